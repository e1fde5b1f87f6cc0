from lib import *
PAGES = []

PAGES.append(page("b7487-lamdong-mttq-congvan-unghobao-2025", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Chính trị > Mặt trận - Đoàn thể
Thứ Tư, 08/10/2025 | 11:25
Mặt trận tỉnh ra công văn vận động ủng hộ đồng bào miền Bắc khắc phục hậu quả bão
Ngày 6/10/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng ban hành Công văn số 318/MTTQ-BTT về việc vận động ủng hộ đồng bào các tỉnh miền Bắc, Bắc Trung Bộ bị thiệt hại do bão số 10 và mưa lũ sau bão. Công văn gửi Ủy ban MTTQ Việt Nam các xã, phường, đặc khu, các tổ chức thành viên, cơ quan, đơn vị, doanh nghiệp trên địa bàn tỉnh.
Thực hiện Lời kêu gọi của Ủy ban Trung ương MTTQ Việt Nam và Hướng dẫn số 142/HD-MTTW-BTT ngày 30/9/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Ban Thường trực đề nghị mỗi cán bộ, công chức, viên chức, người lao động trong các cơ quan nhà nước, lực lượng vũ trang ủng hộ tối thiểu 1 ngày lương; các doanh nghiệp, tổ chức kinh tế, chức sắc tôn giáo, nhà hảo tâm ủng hộ theo khả năng.
Theo báo cáo ban đầu, bão số 10 đã làm hơn 50 người chết, mất tích; hàng chục nghìn ngôi nhà bị ngập, tốc mái. Năm 2024, trong đợt ủng hộ đồng bào bị ảnh hưởng bởi bão số 3, nhân dân ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận (cũ) đã đóng góp hơn 47 tỷ đồng.
Thời gian vận động từ ngày 06/10 đến hết ngày 31/10/2025. Tiền ủng hộ được chuyển vào tài khoản của Ban Vận động cứu trợ tỉnh; hiện vật chỉ tiếp nhận khi có nhu cầu cụ thể từ địa phương bị thiệt hại. Mặt trận cấp xã tổ chức tiếp nhận tại trụ sở, niêm yết công khai danh sách và chuyển toàn bộ về tỉnh trước ngày 05/11/2025.
Trao đổi với phóng viên, ông K'Bốp, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết chỉ sau 2 ngày phát động, Mặt trận tỉnh đã tiếp nhận khoảng 2,8 tỷ đồng từ 64 cơ quan, đơn vị, doanh nghiệp. Ủy ban MTTQ Việt Nam phường Xuân Hương - Đà Lạt vận động tiểu thương chợ Đà Lạt góp 120 triệu đồng; đồng bào M'nông ở xã Quảng Khê cũng góp tiền, gạo gửi ra miền Bắc.
Bà Nguyễn Thị Bích Thủy, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, lưu ý việc vận động phải trên tinh thần tự nguyện, không ép buộc, không giao chỉ tiêu; các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền rộng rãi để người dân cùng chung tay.
Công văn do Chủ tịch Ủy ban MTTQ Việt Nam tỉnh ký:
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Trần Hồng Thái
Ông Trần Hồng Thái hiện là Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Khánh Phúc
Tin liên quan
- Lâm Đồng gửi 30 tấn nông sản ủng hộ đồng bào miền Bắc (07/10/2025)
- Phường Phan Thiết ra quân vận động ủng hộ (07/10/2025)
- Mặt trận xã Bảo Lâm trao 40 suất quà cho hộ khó khăn (02/10/2025)
""", "2025-10-08", "Mặt trận tỉnh ra công văn vận động ủng hộ đồng bào miền Bắc khắc phục hậu quả bão",
E("khac", None, None),
[P("K'Bốp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Bích Thủy", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Hồng Thái", "CHỦ TỊCH", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 50 người", 50, "người", "over"), Q("hơn 47 tỷ đồng", 47000000000, "đồng", "over"),
 Q("khoảng 2,8 tỷ đồng", 2800000000, "đồng", "approx"), Q("64 cơ quan, đơn vị, doanh nghiệp", 64, "cơ quan, đơn vị, doanh nghiệp"),
 Q("120 triệu đồng", 120000000, "đồng")],
[D("Công văn", "318", "MTTQ-BTT", "2025-10-06", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng", "Công văn số 318/MTTQ-BTT"),
 D("Hướng dẫn", "142", "HD-MTTW-BTT", "2025-09-30", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 142/HD-MTTW-BTT ngày 30/9/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Xuân Hương - Đà Lạt"), com("Quảng Khê")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Chính trị > Mặt trận - Đoàn thể", "Lời kêu gọi của Ủy ban Trung ương MTTQ Việt Nam", "TM. BAN THƯỜNG TRỰC"],
["bão số 10", "bão số 3", "1 ngày lương", "hàng chục nghìn", "2 ngày", "Năm 2024", "ba tỉnh", "Thứ Tư, 08/10/2025 | 11:25"]))

PAGES.append(page("b7488-tuyenquang-mttq-giamsat-xoanhatam-2025", """
TUYÊN QUANG ONLINE
Trang chủ / Chính trị / Mặt trận
20/11/2025 - 07:45
Thông báo kết quả giám sát việc hỗ trợ xóa nhà tạm tại hai xã vùng cao
Từ ngày 17 đến 18/11/2025, đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang do ông Sùng Mí Vừ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm Trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ xóa nhà tạm, nhà dột nát tại xã Mèo Vạc và xã Yên Minh. Ngày 19/11/2025, Ban Thường trực ký Thông báo số 46/TB-MTTQ-BTT về kết quả giám sát.
Đợt giám sát thực hiện theo Kế hoạch số 21/KH-MTTQ-BTT ngày 15/10/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Quyết định số 22/2023/QĐ-TTg của Thủ tướng Chính phủ về cho vay vốn tín dụng chính sách thực hiện chính sách nhà ở. Đoàn đã kiểm tra hồ sơ, khảo sát thực tế 40 hộ được hỗ trợ, trò chuyện với người dân tại các thôn.
Thông báo ghi nhận: xã Mèo Vạc được hỗ trợ 312 căn nhà, đã hoàn thành 298 căn, đạt 95,5%; xã Yên Minh hoàn thành 264/270 căn. Mức hỗ trợ từ ngân sách và nguồn vận động là 60 triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa; nhiều hộ được bà con dòng họ góp thêm ngày công, vật liệu. Anh Giàng Mí Chúa ở thôn Pả Vi Thượng, xã Mèo Vạc, cho biết lần đầu gia đình có ngôi nhà kiên cố sau nhiều năm ở nhà gỗ tạm.
Đoàn chỉ ra một số tồn tại: 14 căn chậm tiến độ do thiếu đất ở, vận chuyển vật liệu khó khăn; hồ sơ thanh quyết toán ở một số thôn chưa đầy đủ chữ ký của hộ nhận hỗ trợ; một số nhà chưa có công trình vệ sinh.
Ông Vàng Seo Hùng, Chủ tịch UBND xã Yên Minh, tiếp thu ý kiến và cam kết hoàn thành các căn còn lại trước ngày 15/12/2025. Bà Lý Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam xã Mèo Vạc, đề nghị tỉnh sớm bố trí kinh phí cho các hộ phát sinh mới sau đợt mưa lũ tháng 9.
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh kiến nghị UBND tỉnh chỉ đạo các sở, ngành tháo gỡ vướng mắc về đất ở cho hộ đồng bào Mông, Dao; giao Mặt trận cấp xã phối hợp với Ban giám sát đầu tư của cộng đồng theo dõi chất lượng công trình đến khi bàn giao.
Theo Ban Thường trực, đây là hai xã thuộc địa bàn tỉnh Hà Giang (cũ) có số nhà tạm lớn nhất; sau đợt giám sát này, Mặt trận tỉnh sẽ tiếp tục giám sát tại các xã vùng cao khác, kết quả được tổng hợp báo cáo Ban Thường vụ Tỉnh ủy trước khi tổng kết chương trình. Ý kiến của người dân được đoàn ghi nhận đầy đủ vào biên bản làm việc.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Sùng Mí Vừ
Thu Phương
Lượt xem: 734
Các tin khác
- Mặt trận xã Đồng Văn bàn giao 25 căn nhà đại đoàn kết (14/11/2025)
- Hội nghị phản biện dự thảo nghị quyết hỗ trợ người có uy tín (07/11/2025)
- Tuyên Quang tổng kết Ngày hội Đại đoàn kết toàn dân tộc (30/10/2025)
""", "2025-11-20", "Thông báo kết quả giám sát việc hỗ trợ xóa nhà tạm tại hai xã vùng cao",
E("giam_sat", None, "2025-11-17"),
[P("Sùng Mí Vừ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng đoàn", "PHÓ CHỦ TỊCH"),
 P("Giàng Mí Chúa"),
 P("Vàng Seo Hùng", "Chủ tịch UBND xã Yên Minh"),
 P("Lý Thị Mai", "Chủ tịch Ủy ban MTTQ Việt Nam xã Mèo Vạc")],
[Q("40 hộ", 40, "hộ"), Q("312 căn nhà", 312, "căn nhà"), Q("298 căn", 298, "căn"), Q("95,5%", 95.5, "%"),
 Q("264/270 căn", 264, "căn"), Q("60 triệu đồng/căn", 60000000, "đồng"), Q("30 triệu đồng/căn", 30000000, "đồng"),
 Q("14 căn", 14, "căn")],
[D("Thông báo", "46", "TB-MTTQ-BTT", "2025-11-19", "Ban Thường trực", "Thông báo số 46/TB-MTTQ-BTT"),
 D("Kế hoạch", "21", "KH-MTTQ-BTT", "2025-10-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 21/KH-MTTQ-BTT ngày 15/10/2025"),
 D("Quyết định", "22", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 22/2023/QĐ-TTg")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Yên Minh")],
["TUYÊN QUANG ONLINE", "Trang chủ / Chính trị / Mặt trận", "KT. CHỦ TỊCH", "Lượt xem: 734"],
["hai xã", "tháng 9", "20/11/2025 - 07:45", "Lượt xem: 734"]))

PAGES.append(page("b7489-vinhlong-mttq-hiepthuong-lan3-2026", """
Báo Vĩnh Long
Thời sự › Chính trị › Bầu cử
06/02/2026 - 09:20
Ảnh: Đại biểu biểu quyết tại hội nghị hiệp thương.
Vĩnh Long lập danh sách chính thức 17 người ứng cử đại biểu Quốc hội khóa XVI
Ngày 3/2/2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị hiệp thương lần thứ ba để lựa chọn, lập danh sách những người đủ tiêu chuẩn ứng cử đại biểu Quốc hội khóa XVI và đại biểu HĐND tỉnh nhiệm kỳ 2026 - 2031. Đây là cuộc bầu cử đầu tiên của tỉnh Vĩnh Long sau khi hợp nhất với Bến Tre và Trà Vinh.
Hội nghị do bà Trần Thị Ngọc Diễm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Dự hội nghị có ông Thạch Sô Phol, Phó Chủ tịch HĐND tỉnh, Phó Chủ tịch Ủy ban bầu cử tỉnh; Hòa thượng Thạch Sok Xane, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.
Theo Thông báo số 58/TB-MTTQ-BTT ngày 04/02/2026, hội nghị thống nhất danh sách chính thức gồm 17 người ứng cử đại biểu Quốc hội để bầu 10 đại biểu tại 4 đơn vị bầu cử, và 121 người ứng cử đại biểu HĐND tỉnh để bầu 72 đại biểu. Trong danh sách ứng cử HĐND tỉnh, nữ chiếm 39,67%, người dân tộc Khmer chiếm 14,05%, người ngoài Đảng chiếm 10,74%.
Hội nghị được tổ chức theo Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND (sửa đổi), Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN hướng dẫn quy trình hiệp thương và Kế hoạch số 09/KH-MTTQ-BTT ngày 10/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Trước đó, Ủy ban MTTQ Việt Nam các xã, phường đã tổ chức 384 hội nghị lấy ý kiến cử tri nơi cư trú với gần 26.000 lượt cử tri tham dự; 100% người được giới thiệu đạt tỷ lệ tín nhiệm trên 50%. Tại phường Trà Vinh và xã Mỏ Cày, cử tri đã trao đổi thẳng thắn về năng lực, phẩm chất của người được giới thiệu.
Phát biểu kết luận, bà Trần Thị Ngọc Diễm đề nghị Mặt trận các xã, phường phối hợp niêm yết danh sách, tổ chức để người ứng cử tiếp xúc cử tri đúng luật; tuyên truyền bằng tiếng Khmer tại các phum, sóc để đồng bào hiểu rõ quyền và nghĩa vụ, đi bầu cử đầy đủ vào ngày 15/3/2026.
Ban Thường trực lưu ý các tổ bầu cử bố trí điểm bỏ phiếu phụ cho người cao tuổi, người khuyết tật và người lao động đi làm ăn xa; phối hợp với các chùa Phật giáo Nam tông Khmer thông báo lịch tiếp xúc cử tri vào các buổi sinh hoạt của phum, sóc, bảo đảm mọi cử tri đều được biết thông tin về người ứng cử.
Thông báo được ký:
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Trần Thị Ngọc Diễm
Hồng Nhung
Tin liên quan
- Hiệp thương lần thứ hai: giới thiệu 210 người ứng cử HĐND tỉnh (12/01/2026)
- Xã Châu Thành lấy ý kiến cử tri nơi cư trú (20/01/2026)
- Mặt trận tỉnh tập huấn nghiệp vụ bầu cử cho cán bộ cơ sở (05/12/2025)
""", "2026-02-06", "Vĩnh Long lập danh sách chính thức 17 người ứng cử đại biểu Quốc hội khóa XVI",
E("hoi_nghi", None, "2026-02-03"),
[P("Trần Thị Ngọc Diễm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "CHỦ TỊCH"),
 P("Thạch Sô Phol", "Phó Chủ tịch HĐND tỉnh", "Phó Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Thạch Sok Xane", "Hòa thượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")],
[Q("17 người", 17, "người"), Q("10 đại biểu", 10, "đại biểu"), Q("4 đơn vị bầu cử", 4, "đơn vị bầu cử"),
 Q("121 người", 121, "người"), Q("72 đại biểu", 72, "đại biểu"), Q("39,67%", 39.67, "%"), Q("14,05%", 14.05, "%"),
 Q("10,74%", 10.74, "%"), Q("384 hội nghị", 384, "hội nghị"), Q("gần 26.000 lượt cử tri", 26000, "lượt cử tri", "approx"),
 Q("100% người được giới thiệu", 100, "%"), Q("trên 50%", 50, "%", "over")],
[D("Thông báo", "58", "TB-MTTQ-BTT", "2026-02-04", None, "Thông báo số 58/TB-MTTQ-BTT ngày 04/02/2026"),
 D("Nghị quyết liên tịch", "102", "2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "09", "KH-MTTQ-BTT", "2025-11-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 09/KH-MTTQ-BTT ngày 10/11/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Vinh"), com("Mỏ Cày")],
["Báo Vĩnh Long", "Thời sự › Chính trị › Bầu cử", "Ảnh: Đại biểu biểu quyết tại hội nghị hiệp thương.", "TM. BAN THƯỜNG TRỰC",
 "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND (sửa đổi)"],
["lần thứ ba", "khóa XVI", "nhiệm kỳ 2026 - 2031", "06/02/2026 - 09:20"]))

PAGES.append(page("b7490-angiang-mttq-giaoban-quy1-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Vị trí: Trang chủ >> Chính trị >> Mặt trận
Thứ Sáu, 10/04/2026 - 14:40
Ông Danh Hùng chủ trì hội nghị giao ban.
Thông báo kết luận giao ban công tác Mặt trận quý I
Ngày 8/4/2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh An Giang tổ chức hội nghị giao ban công tác Mặt trận quý I năm 2026 với Ủy ban MTTQ Việt Nam các xã, phường, đặc khu. Ngày 9/4, Ban Thường trực ban hành Thông báo số 87/TB-MTTQ-BTT kết luận của ông Danh Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh tại hội nghị.
Theo thông báo, quý I, Mặt trận các cấp đã phối hợp tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, tỷ lệ cử tri đi bầu đạt 99,6%. Dịp Tết Bính Ngọ, các cấp Mặt trận và tổ chức thành viên đã trao hơn 85.000 phần quà với tổng trị giá khoảng 54 tỷ đồng cho hộ nghèo, hộ cận nghèo, gia đình chính sách, đồng bào Khmer.
Mặt trận tỉnh đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 03, 04-CT/TU về tăng cường công tác vận động đồng bào dân tộc, tôn giáo và về công tác Mặt trận ở khu dân cư sau sắp xếp; triển khai Quy định số 304-QĐ/TW của Bộ Chính trị về chức năng, nhiệm vụ của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội. Quỹ "Vì người nghèo" tiếp nhận 18,7 tỷ đồng; 126 căn nhà đại đoàn kết được khởi công.
Một số hạn chế: còn 9 xã, phường chưa kiện toàn xong Ban công tác Mặt trận ở ấp, khóm; việc báo cáo định kỳ chậm; một số nơi chưa nắm chắc tình hình các điểm nhóm tôn giáo mới.
Tại hội nghị, bà Néang Sa Phi, Chủ tịch Ủy ban MTTQ Việt Nam xã Tri Tôn, kiến nghị hỗ trợ kinh phí sửa chữa sala của các chùa Khmer; ông Trương Văn Sáu, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Long Xuyên, đề nghị tỉnh sớm ban hành quy chế phối hợp mới giữa Mặt trận với chính quyền cấp xã.
Nhiệm vụ quý II: tập trung tổng kết công tác bầu cử; chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư; phấn đấu đến ngày 30/6/2026 hoàn thành ít nhất 300 căn nhà đại đoàn kết; tổ chức giám sát việc thực hiện chính sách đối với người có uy tín. Các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lê Thị Kim Phượng, Châu Văn Hòa theo dõi, đôn đốc các cụm thi đua.
Thông báo do Chánh Văn phòng ký thừa lệnh:
TL. BAN THƯỜNG TRỰC
CHÁNH VĂN PHÒNG
Nguyễn Thanh Tùng
Hữu Huynh
Lượt xem: 512
Tin cùng chuyên mục
- Mặt trận phường Rạch Giá trao 100 phần quà cho người lao động (05/04/2026)
- Hội nghị tổng kết công tác bầu cử tại đặc khu Phú Quốc (02/04/2026)
- Tri Tôn: vận động đồng bào Khmer hiến đất làm đường (28/03/2026)
""", "2026-04-10", "Thông báo kết luận giao ban công tác Mặt trận quý I",
E("giao_ban", "2026-Q1", "2026-04-08"),
[P("Danh Hùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Néang Sa Phi", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tri Tôn"),
 P("Trương Văn Sáu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Long Xuyên"),
 P("Lê Thị Kim Phượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Châu Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thanh Tùng", "CHÁNH VĂN PHÒNG")],
[Q("99,6%", 99.6, "%"), Q("hơn 85.000 phần quà", 85000, "phần quà", "over"), Q("khoảng 54 tỷ đồng", 54000000000, "đồng", "approx"),
 Q("18,7 tỷ đồng", 18700000000, "đồng"), Q("126 căn nhà đại đoàn kết", 126, "căn nhà đại đoàn kết"), Q("9 xã, phường", 9, "xã, phường"),
 Q("ít nhất 300 căn nhà đại đoàn kết", 300, "căn nhà đại đoàn kết", "over")],
[D("Thông báo", "87", "TB-MTTQ-BTT", None, "Ban Thường trực", "Thông báo số 87/TB-MTTQ-BTT"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Quy định", "304", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 304-QĐ/TW")],
[prov("An Giang"), com("Tri Tôn"), com("Long Xuyên")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG", "Vị trí: Trang chủ >> Chính trị >> Mặt trận", "Ông Danh Hùng chủ trì hội nghị giao ban.",
 "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc", "TL. BAN THƯỜNG TRỰC", "Lượt xem: 512"],
["quý I năm 2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Tết Bính Ngọ", "Nhiệm vụ quý II", "Thứ Sáu, 10/04/2026 - 14:40", "Lượt xem: 512"]))

PAGES.append(page("b7491-hanoi-mttq-phanbo-quatet-2026", """
HÀ NỘI MỚI
Thủ đô › Mặt trận - Đoàn thể
Thứ Năm, 22/01/2026 - 18:00
Ủy ban MTTQ thành phố phân bổ 4.500 suất quà Tết Bính Ngọ, trao quà tại phường Hồng Hà
Ngày 19/1/2026, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội ban hành Thông báo số 125/TB-MTTQ-BTT về việc phân bổ quà Tết Nguyên đán Bính Ngọ 2026 từ nguồn Quỹ "Vì người nghèo" thành phố. Theo đó, 4.500 suất quà được phân bổ cho hộ nghèo, hộ cận nghèo và người có hoàn cảnh đặc biệt khó khăn tại 126 xã, phường; mỗi suất quà trị giá 1,5 triệu đồng, gồm 1 triệu đồng tiền mặt và hàng hóa.
Chiều 20/1, đoàn công tác của Ủy ban MTTQ Việt Nam thành phố do bà Nguyễn Lan Hương, Phó Bí thư Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố dẫn đầu đã đến thăm, chúc Tết và trao 150 suất quà cho các hộ khó khăn tại phường Hồng Hà và xã Ba Vì. Cùng đi có ông Đỗ Đình Tuấn, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố.
Thông báo nêu rõ, việc phân bổ căn cứ danh sách hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 quy định tại Nghị định số 07/2021/NĐ-CP của Chính phủ, và Kế hoạch số 98/KH-MTTQ-BTT ngày 10/12/2025 về vận động, chăm lo Tết cho người nghèo. Ủy ban MTTQ Việt Nam các xã, phường có trách nhiệm tổ chức trao quà trước ngày 10/2/2026, công khai danh sách tại nhà văn hóa tổ dân phố, thôn.
Năm nay, tổng nguồn lực chăm lo Tết của các cấp Mặt trận thành phố ước đạt hơn 210 tỷ đồng, tăng khoảng 8% so với năm trước. Ngoài quà của thành phố, nhiều doanh nghiệp, cơ sở tôn giáo nhận đỡ đầu hộ nghèo; Giáo hội Phật giáo Việt Nam thành phố trao 1.000 phần quà, Tòa Tổng Giám mục Hà Nội trao 600 phần quà cho bà con khó khăn.
Tại phường Hồng Hà, bà Lê Thị Thoa, 78 tuổi, sống một mình ở tổ dân phố số 12, xúc động khi nhận quà. Ông Trần Quang Vinh, Chủ tịch Ủy ban MTTQ Việt Nam phường Hồng Hà, cho biết phường hiện còn 37 hộ cận nghèo, đều đã được các tổ chức, cá nhân nhận hỗ trợ.
Bà Nguyễn Lan Hương đề nghị Mặt trận cơ sở rà soát kỹ, không để hộ nào bị bỏ sót, bảo đảm "không ai bị bỏ lại phía sau"; đồng thời chăm lo Tết cho công nhân ở lại thành phố.
Ban Thường trực cũng đề nghị các tổ chức thành viên, cơ quan báo chí của thành phố tuyên truyền rộng rãi, biểu dương kịp thời những tập thể, cá nhân có nhiều đóng góp; Mặt trận cơ sở tổng hợp kết quả chăm lo Tết gửi về Ban Thường trực sau Tết để báo cáo Thành ủy, Ủy ban Trung ương MTTQ Việt Nam.
Thông báo do bà Nguyễn Lan Hương ký:
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Nguyễn Lan Hương
Bảo Anh
Tin liên quan
- Hà Nội: 1.200 suất quà Tết cho công nhân khó khăn (18/01/2026)
- Xã Ba Vì trao 50 con bò giống cho hộ nghèo người Dao (15/01/2026)
- Mặt trận phường Cửa Nam phát động ủng hộ Quỹ "Vì người nghèo" (10/01/2026)
""", "2026-01-22", "Ủy ban MTTQ thành phố phân bổ 4.500 suất quà Tết Bính Ngọ, trao quà tại phường Hồng Hà",
E("trao_qua", None, "2026-01-20"),
[P("Nguyễn Lan Hương", "Phó Bí thư Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "CHỦ TỊCH"),
 P("Đỗ Đình Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Thị Thoa"),
 P("Trần Quang Vinh", "Chủ tịch Ủy ban MTTQ Việt Nam phường Hồng Hà")],
[Q("4.500 suất quà", 4500, "suất quà"), Q("126 xã, phường", 126, "xã, phường"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("150 suất quà", 150, "suất quà"), Q("hơn 210 tỷ đồng", 210000000000, "đồng", "over"),
 Q("khoảng 8%", 8, "%", "approx"), Q("1.000 phần quà", 1000, "phần quà"), Q("600 phần quà", 600, "phần quà"),
 Q("37 hộ cận nghèo", 37, "hộ cận nghèo")],
[D("Thông báo", "125", "TB-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội", "Thông báo số 125/TB-MTTQ-BTT"),
 D("Nghị định", "07", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 07/2021/NĐ-CP"),
 D("Kế hoạch", "98", "KH-MTTQ-BTT", "2025-12-10", None, "Kế hoạch số 98/KH-MTTQ-BTT ngày 10/12/2025")],
[prov("Hà Nội"), com("Hồng Hà"), com("Ba Vì")],
["HÀ NỘI MỚI", "Thủ đô › Mặt trận - Đoàn thể", "Vì người nghèo", "không ai bị bỏ lại phía sau", "TM. BAN THƯỜNG TRỰC",
 "Giáo hội Phật giáo Việt Nam thành phố", "Tòa Tổng Giám mục Hà Nội"],
["Tết Bính Ngọ", "78 tuổi", "tổ dân phố số 12", "giai đoạn 2022 - 2025", "Năm nay", "Thứ Năm, 22/01/2026 - 18:00"]))

PAGES.append(page("b7492-camau-mttq-tongket-2025", """
Báo Cà Mau điện tử
Chính trị | Mặt trận - Đoàn thể
Ngày 09/01/2026 | 10:15
Hôm nay: Thứ Bảy, 10/01/2026
Toàn cảnh hội nghị tổng kết.
Ban Thường trực Ủy ban MTTQ tỉnh thông báo kết luận hội nghị tổng kết năm 2025
Ngày 7/1/2026, Ủy ban MTTQ Việt Nam tỉnh Cà Mau tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Ngày 8/1/2026, Ban Thường trực ký Thông báo số 205/TB-MTTQ-BTT kết luận của ông Lâm Văn Bi, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh tại hội nghị.
Theo thông báo, năm 2025 là năm đặc biệt khi Mặt trận hai tỉnh Cà Mau, Bạc Liêu hợp nhất, các tổ chức chính trị - xã hội trở thành thành viên trực thuộc Mặt trận từ ngày 01/7/2025. Mặt trận các cấp đã triển khai nghiêm túc Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư và Kế hoạch số 35/KH-MTTQ-BTT của Ban Thường trực về sắp xếp tổ chức bộ máy Mặt trận sau hợp nhất, bảo đảm hoạt động thông suốt từ tỉnh đến cơ sở, không để gián đoạn công việc phục vụ nhân dân.
Trong năm, tỉnh hoàn thành xóa 4.218 căn nhà tạm, nhà dột nát, về đích trước thời hạn; Quỹ "Vì người nghèo" các cấp vận động hơn 96 tỷ đồng. Mặt trận các cấp chủ trì 41 cuộc giám sát, tổ chức 17 hội nghị phản biện xã hội; tiếp nhận 312 ý kiến, kiến nghị của cử tri gửi đến các kỳ họp. Tỷ lệ hộ nghèo toàn tỉnh còn 1,12%.
Hạn chế được nêu: một số xã mới sau sắp xếp còn lúng túng trong tổ chức hoạt động; đội ngũ cán bộ Mặt trận cấp xã biến động lớn; việc nắm tình hình ở các xã ven biển và đồng bào Khmer ở một số nơi chưa kịp thời.
Tại hội nghị, bà Thạch Thị Sa Rênh, Chủ tịch Ủy ban MTTQ Việt Nam phường Bạc Liêu, chia sẻ mô hình "Khóm đoàn kết, nghĩa tình". Ông Nguyễn Văn Út, Bí thư Chi bộ ấp Mũi, xã Đất Mũi, kiến nghị đầu tư kè chống sạt lở bảo vệ 85 hộ dân ven biển.
Nhiệm vụ năm 2026: tổ chức tốt cuộc bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp; chuẩn bị Đại hội đại biểu MTTQ Việt Nam tỉnh Cà Mau lần thứ nhất; phấn đấu 100% xã, phường có mô hình "Dân vận khéo" của Mặt trận.
Ông Lâm Văn Bi yêu cầu các ban chuyên môn, Văn phòng Ủy ban MTTQ tỉnh cụ thể hóa kết luận thành chương trình công tác từng quý; Mặt trận cấp xã chủ động nắm tình hình nhân dân trước, trong và sau Tết Nguyên đán, kịp thời phản ánh những vấn đề bức xúc để cấp ủy, chính quyền giải quyết.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen cho 5 tập thể, 7 cá nhân; Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 28 tập thể, 45 cá nhân.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Lâm Văn Bi
Ngọc Hân
Tin liên quan
- Đất Mũi: trao 20 căn nhà đại đoàn kết cho hộ nghèo (05/01/2026)
- Mặt trận xã Tân Thành tổng kết năm 2025 (30/12/2025)
- Hội nghị hiệp thương lần thứ hai bầu cử Quốc hội khóa XVI (25/12/2025)
""", "2026-01-09", "Ban Thường trực Ủy ban MTTQ tỉnh thông báo kết luận hội nghị tổng kết năm 2025",
E("tong_ket", "2025", "2026-01-07"),
[P("Lâm Văn Bi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "CHỦ TỊCH"),
 P("Thạch Thị Sa Rênh", "Chủ tịch Ủy ban MTTQ Việt Nam phường Bạc Liêu"),
 P("Nguyễn Văn Út", "Bí thư Chi bộ ấp Mũi")],
[Q("4.218 căn nhà tạm, nhà dột nát", 4218, "căn nhà tạm, nhà dột nát"), Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over"),
 Q("41 cuộc giám sát", 41, "cuộc giám sát"), Q("17 hội nghị phản biện xã hội", 17, "hội nghị phản biện xã hội"),
 Q("312 ý kiến, kiến nghị", 312, "ý kiến, kiến nghị"), Q("1,12%", 1.12, "%"), Q("85 hộ dân ven biển", 85, "hộ dân"),
 Q("100% xã, phường", 100, "%"), Q("5 tập thể", 5, "tập thể"), Q("7 cá nhân", 7, "cá nhân"),
 Q("28 tập thể", 28, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Thông báo", "205", "TB-MTTQ-BTT", None, "Ban Thường trực", "Thông báo số 205/TB-MTTQ-BTT"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW"),
 D("Kế hoạch", "35", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch số 35/KH-MTTQ-BTT")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("Bạc Liêu"), com("Đất Mũi")],
["Báo Cà Mau điện tử", "Chính trị | Mặt trận - Đoàn thể", "Toàn cảnh hội nghị tổng kết.", "Vì người nghèo",
 "Khóm đoàn kết, nghĩa tình", "Dân vận khéo", "TM. BAN THƯỜNG TRỰC"],
["năm 2025", "năm 2026", "hai tỉnh", "khóa XVI", "lần thứ nhất", "Hôm nay: Thứ Bảy, 10/01/2026"]))
