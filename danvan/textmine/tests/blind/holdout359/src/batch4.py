from lib import *
PAGES = []

PAGES.append(page("b8591-longan-benluc-bieuduong-bithu-2024", """
BÁO LONG AN ONLINE
Chính trị >> Xây dựng Đảng
Thứ Sáu, 22/11/2024 - 07:45
Bến Lức biểu dương 45 bí thư chi bộ ấp, khu phố tiêu biểu
Đồng chí Nguyễn Minh Lâm, Tỉnh ủy viên, Bí thư Huyện ủy Bến Lức trao giấy khen cho các bí thư chi bộ tiêu biểu.
(LA) - Ngày 20/11, Huyện ủy Bến Lức tổ chức hội nghị biểu dương bí thư chi bộ ấp, khu phố tiêu biểu năm 2024. Đồng chí Nguyễn Minh Lâm, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị; dự có đồng chí Trương Thị Kim Chi, Phó Trưởng Ban Tổ chức Tỉnh ủy Long An.
Đảng bộ huyện Bến Lức có 15 đảng bộ xã, thị trấn với 103 chi bộ ấp, khu phố. Năm 2024, các chi bộ ấp, khu phố kết nạp 87 đảng viên mới, chiếm 41,2% tổng số đảng viên kết nạp của huyện; 100% chi bộ ấp, khu phố tổ chức sinh hoạt chuyên đề ít nhất mỗi quý 1 lần theo Hướng dẫn 12-HD/BTCTW của Ban Tổ chức Trung ương. Đảng viên nơi cư trú vận động nhân dân hiến hơn 18.600 m2 đất, đóng góp 6,8 tỷ đồng làm đường giao thông nông thôn và 320 mét đường đèn "Thắp sáng đường quê".
Hội nghị biểu dương 45 bí thư chi bộ ấp, khu phố tiêu biểu, mỗi người được tặng giấy khen và 1 triệu đồng tiền thưởng. Trong đó có các đồng chí: Lê Văn Hai, Bí thư Chi bộ ấp 3, xã Mỹ Yên; Phạm Thị Thu Ba, Bí thư Chi bộ kiêm Trưởng ấp Chánh, xã Tân Bửu; Đỗ Minh Nhựt, Bí thư Chi bộ khu phố 5, thị trấn Bến Lức.
Ông Lê Văn Hai chia sẻ, chi bộ ấp 3 có 38 đảng viên, trong đó 17 đảng viên đang công tác ở các cơ quan, doanh nghiệp. "Chi bộ giao cho mỗi đảng viên đang công tác phụ trách một tổ nhân dân tự quản. Sinh hoạt chi bộ xong, tối đó đảng viên xuống tổ nói lại với bà con, việc gì dân chưa đồng tình thì tháng sau chi bộ bàn lại", ông Hai nói. Năm 2024, chi bộ kết nạp 4 đảng viên mới, ấp 3 không có khiếu nại vượt cấp.
Bà Phạm Thị Thu Ba cho biết, kiêm nhiệm giúp việc của chi bộ và của ấp thống nhất từ nghị quyết đến tổ chức thực hiện, nhưng khối lượng công việc lớn, mức phụ cấp còn thấp.
Phát biểu tại hội nghị, đồng chí Trương Thị Kim Chi đề nghị Huyện ủy tiếp tục thực hiện Chỉ thị 35-CT/TW ngày 14/6/2024 của Bộ Chính trị, chuẩn bị nhân sự bí thư chi bộ cho đại hội chi bộ nhiệm kỳ 2025 - 2030, ưu tiên đảng viên trẻ, có uy tín ở khu dân cư. Đồng chí Nguyễn Minh Lâm yêu cầu Ban Tổ chức Huyện ủy tham mưu sửa đổi Quy định số 07-QĐ/HU về chế độ hỗ trợ đối với bí thư chi bộ ấp, khu phố; phấn đấu năm 2025 không còn chi bộ ấp xếp loại không hoàn thành nhiệm vụ.
Minh Thư
Tin liên quan
- Long An: 100% chi bộ ấp, khu phố có đảng viên trẻ (10/11/2024)
- Cần Giuộc giao ban công tác xây dựng Đảng quý III (15/10/2024)
- Đức Hòa kết nạp 150 đảng viên mới (30/09/2024)
""", "2024-11-22", "Bến Lức biểu dương 45 bí thư chi bộ ấp, khu phố tiêu biểu",
E("hoi_nghi", "2024", "2024-11-20"),
[P("Nguyễn Minh Lâm", "Tỉnh ủy viên", "Bí thư Huyện ủy Bến Lức", "Bí thư Huyện ủy"),
 P("Trương Thị Kim Chi", "Phó Trưởng Ban Tổ chức Tỉnh ủy Long An"),
 P("Lê Văn Hai", "Bí thư Chi bộ ấp 3"),
 P("Phạm Thị Thu Ba", "Bí thư Chi bộ kiêm Trưởng ấp Chánh"),
 P("Đỗ Minh Nhựt", "Bí thư Chi bộ khu phố 5")],
[Q("45 bí thư chi bộ ấp, khu phố tiêu biểu", 45, "bí thư chi bộ ấp, khu phố tiêu biểu"),
 Q("15 đảng bộ xã, thị trấn", 15, "đảng bộ xã, thị trấn"), Q("103 chi bộ ấp, khu phố", 103, "chi bộ ấp, khu phố"),
 Q("87 đảng viên mới", 87, "đảng viên mới"), Q("41,2%", 41.2, "%"), Q("100%", 100, "%"),
 Q("hơn 18.600 m2", 18600, "m2", "over"), Q("6,8 tỷ đồng", 6800000000, "đồng"), Q("320 mét", 320, "mét"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("38 đảng viên", 38, "đảng viên"), Q("17 đảng viên", 17, "đảng viên"),
 Q("4 đảng viên mới", 4, "đảng viên mới")],
[D("Hướng dẫn", "12", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn 12-HD/BTCTW của Ban Tổ chức Trung ương"),
 D("Chỉ thị", "35", "CT/TW", "2024-06-14", "Bộ Chính trị", "Chỉ thị 35-CT/TW ngày 14/6/2024 của Bộ Chính trị"),
 D("Quy định", "07", "QĐ/HU", None, None, "Quy định số 07-QĐ/HU")],
[prov("Long An"), com("Mỹ Yên"), com("Tân Bửu"), com("Bến Lức")],
["BÁO LONG AN ONLINE", "Chính trị >> Xây dựng Đảng", "(LA)",
 "Đồng chí Nguyễn Minh Lâm, Tỉnh ủy viên, Bí thư Huyện ủy Bến Lức trao giấy khen cho các bí thư chi bộ tiêu biểu.",
 "Thắp sáng đường quê"],
["Thứ Sáu, 22/11/2024 - 07:45", "mỗi quý 1 lần", "nhiệm kỳ 2025 - 2030", "năm 2025"]))

PAGES.append(page("b8592-quangbinh-quangninh-chandung-bithu-2024", """
Báo Quảng Bình điện tử
Trang chủ / Xây dựng Đảng / Gương sáng
30 tháng 8, 2024 | 17:45
Ông Võ Văn Tình, Bí thư Chi bộ thôn Hiển Trung (bìa phải), trao đổi với người dân về đường bê tông mới làm.
Người "giữ lửa" chi bộ thôn Hiển Trung
(QBĐT) - Gần 20 năm làm Bí thư Chi bộ thôn Hiển Trung, xã Võ Ninh, huyện Quảng Ninh, ông Võ Văn Tình đã cùng chi bộ đưa một thôn thuần nông, hay ngập lụt trở thành thôn đầu tiên của xã đạt chuẩn khu dân cư nông thôn mới kiểu mẫu.
Thôn Hiển Trung có 312 hộ với 1.186 nhân khẩu; chi bộ có 41 đảng viên, trong đó 12 đảng viên đang công tác ở các cơ quan của huyện, tỉnh về sinh hoạt nơi cư trú. Ông Tình kể, những năm đầu, có tháng chi bộ họp chỉ được hơn một nửa số đảng viên, nội dung chủ yếu là đọc văn bản cấp trên. Từ năm 2013, chi bộ thống nhất mỗi buổi sinh hoạt chỉ bàn 1 - 2 việc của thôn, việc gì đã bàn thì giao tận người, tháng sau kiểm tra lại.
Nhờ vậy, chi bộ đã lãnh đạo nhân dân hiến 4.500 m2 đất, góp hơn 2,1 tỷ đồng làm 5,6 km đường bê tông và hệ thống mương thoát lũ; xây dựng 3 tuyến đường hoa. Khi thôn bị ngập sâu trong trận lũ tháng 10/2020, ông Tình cùng đảng viên trong chi bộ trực suốt 3 ngày đêm, di dời 57 hộ đến nơi an toàn. Trong 5 năm gần đây, chi bộ kết nạp 6 đảng viên mới, đều là thanh niên; năm nào chi bộ cũng được xếp loại hoàn thành tốt nhiệm vụ trở lên.
Bà Trần Thị Lựu, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Võ Ninh nhận xét: "Ông Tình nói ít, làm nhiều. Chi bộ Hiển Trung là nơi xã thường chọn để tổ chức sinh hoạt mẫu cho các chi bộ khác học tập". Theo Đảng ủy xã, cách làm của chi bộ đã được nhân rộng ra 11 chi bộ thôn trong xã theo Nghị quyết số 12-NQ/ĐU ngày 3/3/2023 của Đảng ủy xã về nâng cao chất lượng sinh hoạt chi bộ.
Ông Võ Văn Tình nay đã 66 tuổi, có 38 năm tuổi Đảng. Năm 2023, ông được Ban Thường vụ Tỉnh ủy Quảng Bình tặng bằng khen vì thành tích tiêu biểu trong thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị. Ông bảo, điều ông lo nhất bây giờ là chọn người thay mình: "Chi bộ phải có người trẻ, hiểu việc, dân tin. Tôi đang kèm 2 đồng chí trong chi ủy, đến đại hội chi bộ nhiệm kỳ tới thì giao lại".
Đồng chí Phan Văn Quyết, HUV, Trưởng Ban Tổ chức Huyện ủy Quảng Ninh cho biết, toàn huyện hiện có 115 chi bộ thôn, tiểu khu; những bí thư chi bộ như ông Tình là chỗ dựa để huyện thực hiện Quy định 213-QĐ/TW của Bộ Chính trị, kéo đảng viên đang công tác về với nơi cư trú.
Hà Vi
Tin liên quan
- Quảng Ninh: sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024 (18/07/2024)
- Xã Hải Ninh kết nạp 3 đảng viên là ngư dân (05/07/2024)
- Quảng Bình tuyên dương 80 bí thư chi bộ tiêu biểu (20/06/2024)
""", "2024-08-30", 'Người "giữ lửa" chi bộ thôn Hiển Trung',
E("khac", None, None),
[P("Võ Văn Tình", "Bí thư Chi bộ thôn Hiển Trung"),
 P("Trần Thị Lựu", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Võ Ninh"),
 P("Phan Văn Quyết", "HUV", "Trưởng Ban Tổ chức Huyện ủy Quảng Ninh")],
[Q("312 hộ", 312, "hộ"), Q("1.186 nhân khẩu", 1186, "nhân khẩu"), Q("41 đảng viên", 41, "đảng viên"),
 Q("12 đảng viên", 12, "đảng viên"), Q("4.500 m2", 4500, "m2"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("5,6 km", 5.6, "km"), Q("3 tuyến đường hoa", 3, "tuyến đường hoa"), Q("57 hộ", 57, "hộ"),
 Q("6 đảng viên mới", 6, "đảng viên mới"), Q("11 chi bộ thôn", 11, "chi bộ thôn"), Q("2 đồng chí", 2, "đồng chí"),
 Q("115 chi bộ thôn, tiểu khu", 115, "chi bộ thôn, tiểu khu")],
[D("Nghị quyết", "12", "NQ/ĐU", "2023-03-03", "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU ngày 3/3/2023 của Đảng ủy xã"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW của Bộ Chính trị"),
 D("Quy định", "213", "QĐ/TW", None, "Bộ Chính trị", "Quy định 213-QĐ/TW của Bộ Chính trị")],
[prov("Quảng Bình"), com("Võ Ninh")],
["Báo Quảng Bình điện tử", "Trang chủ / Xây dựng Đảng / Gương sáng", "(QBĐT)",
 "Ông Võ Văn Tình, Bí thư Chi bộ thôn Hiển Trung (bìa phải), trao đổi với người dân về đường bê tông mới làm."],
["30 tháng 8, 2024 | 17:45", "Gần 20 năm", "1 - 2 việc", "tháng 10/2020", "3 ngày đêm", "5 năm", "66 tuổi", "38 năm tuổi Đảng",
 "Năm 2023", "2 đồng chí"]))

PAGES.append(page("b8593-hungyen-vangiang-daihoi-chibo-2025", """
BÁO HƯNG YÊN ĐIỆN TỬ
Chính trị | Đại hội Đảng các cấp
Thứ Ba, 18/03/2025 | 09:30
Văn Giang: Đại hội điểm Chi bộ thôn Xuân Quan 2 nhiệm kỳ 2025 - 2030
Quang cảnh đại hội. Ảnh: Duy Hưng
Ngày 16/3, Chi bộ thôn Xuân Quan 2, xã Xuân Quan, huyện Văn Giang tổ chức đại hội điểm nhiệm kỳ 2025 - 2030. Đây là chi bộ được Ban Thường vụ Huyện ủy Văn Giang chọn tổ chức đại hội điểm để các chi bộ trực thuộc đảng ủy cơ sở trong huyện rút kinh nghiệm.
Dự đại hội có các đồng chí: Đào Văn Tiến, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy; Nguyễn Thị Thanh Thủy, Bí thư Đảng ủy, Chủ tịch HĐND xã Xuân Quan.
Chi bộ thôn Xuân Quan 2 hiện có 64 đảng viên, trong đó 23 đồng chí là đảng viên đang công tác ở cơ quan, doanh nghiệp về sinh hoạt nơi cư trú. Nhiệm kỳ 2022 - 2025, chi bộ lãnh đạo thôn phát triển nghề trồng hoa, cây cảnh với 86 ha, thu nhập bình quân đầu người đạt 92 triệu đồng/năm; hoàn thành 2,8 km đường nội đồng và cải tạo nhà văn hóa thôn với tổng kinh phí hơn 5,3 tỷ đồng, trong đó nhân dân đóng góp 3,1 tỷ đồng. Chi bộ kết nạp 5 đảng viên mới, 3 năm liền được xếp loại hoàn thành tốt nhiệm vụ.
Đại hội được tổ chức theo Chỉ thị 35-CT/TW ngày 14/6/2024 và Kết luận 118-KL/TW ngày 18/1/2025 của Bộ Chính trị, Kế hoạch 260, 261-KH/HU của Ban Thường vụ Huyện ủy Văn Giang. Đại hội dành thời gian thảo luận về việc sắp xếp đơn vị hành chính cấp xã, tổ chức chính quyền địa phương 2 cấp và những việc chi bộ cần làm để người dân yên tâm khi sáp nhập xã. Có 9 ý kiến góp ý vào dự thảo báo cáo chính trị của chi bộ và dự thảo văn kiện Đại hội Đảng bộ xã.
Đồng chí Đặng Văn Quý, Bí thư Chi bộ thôn Xuân Quan 2 nhiệm kỳ 2022 - 2025 cho biết, từ năm 2023 chi bộ tổ chức sinh hoạt 2 kỳ liền nhau vào tối ngày 5 hằng tháng để đảng viên đi làm ban ngày về dự được; tỷ lệ đảng viên dự sinh hoạt đạt trên 95%.
Đại hội bầu Chi ủy nhiệm kỳ 2025 - 2030 gồm 5 đồng chí. Đồng chí Đặng Văn Quý tiếp tục được bầu làm Bí thư Chi bộ; đồng chí Lê Thị Ngọc Ánh, Trưởng thôn Xuân Quan 2, được bầu giữ chức Phó Bí thư Chi bộ. Đại hội bầu 4 đại biểu chính thức dự Đại hội Đảng bộ xã Xuân Quan lần thứ XXVI.
Phát biểu chỉ đạo, đồng chí Đào Văn Tiến đề nghị chi bộ cụ thể hóa nghị quyết đại hội thành chương trình hành động; quan tâm tạo nguồn kết nạp đảng viên trong thanh niên, phấn đấu mỗi năm kết nạp ít nhất 2 đảng viên mới. Theo kế hoạch, 100% chi bộ trực thuộc ở Văn Giang hoàn thành đại hội trước ngày 15/4/2025; xã Phụng Công và xã Cửu Cao sẽ tổ chức đại hội điểm cấp cơ sở trong tháng 4 tại tỉnh Hưng Yên.
Duy Hưng
Tin liên quan
- Hưng Yên: hoàn thành đại hội chi bộ trực thuộc đảng ủy cơ sở trong tháng 4 (10/03/2025)
- Khoái Châu kết nạp 60 đảng viên trong quý I (05/03/2025)
- Văn Lâm: đại hội điểm chi bộ khu phố (28/02/2025)
""", "2025-03-18", "Văn Giang: Đại hội điểm Chi bộ thôn Xuân Quan 2 nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-03-16"),
[P("Đào Văn Tiến", "Ủy viên Ban Thường vụ", "Trưởng Ban Tổ chức Huyện ủy"),
 P("Nguyễn Thị Thanh Thủy", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Xuân Quan"),
 P("Đặng Văn Quý", "Bí thư Chi bộ thôn Xuân Quan 2 nhiệm kỳ 2022 - 2025", "Bí thư Chi bộ"),
 P("Lê Thị Ngọc Ánh", "Trưởng thôn Xuân Quan 2", "Phó Bí thư Chi bộ")],
[Q("64 đảng viên", 64, "đảng viên"), Q("23 đồng chí", 23, "đồng chí"), Q("86 ha", 86, "ha"), Q("92 triệu đồng", 92000000, "đồng"),
 Q("2,8 km", 2.8, "km"), Q("hơn 5,3 tỷ đồng", 5300000000, "đồng", "over"), Q("3,1 tỷ đồng", 3100000000, "đồng"),
 Q("5 đảng viên mới", 5, "đảng viên mới"), Q("9 ý kiến", 9, "ý kiến"), Q("trên 95%", 95, "%", "over"), Q("5 đồng chí", 5, "đồng chí"),
 Q("4 đại biểu chính thức", 4, "đại biểu chính thức"), Q("ít nhất 2 đảng viên mới", 2, "đảng viên mới", "over"), Q("100%", 100, "%")],
[D("Chỉ thị", "35", "CT/TW", "2024-06-14", "Bộ Chính trị", "Chỉ thị 35-CT/TW ngày 14/6/2024"),
 D("Kết luận", "118", "KL/TW", "2025-01-18", "Bộ Chính trị", "Kết luận 118-KL/TW ngày 18/1/2025 của Bộ Chính trị"),
 D("Kế hoạch", "260", "KH/HU", None, "Ban Thường vụ Huyện ủy Văn Giang", "Kế hoạch 260, 261-KH/HU"),
 D("Kế hoạch", "261", "KH/HU", None, "Ban Thường vụ Huyện ủy Văn Giang", "Kế hoạch 260, 261-KH/HU")],
[prov("Hưng Yên"), com("Xuân Quan"), com("Phụng Công"), com("Cửu Cao")],
["BÁO HƯNG YÊN ĐIỆN TỬ", "Chính trị | Đại hội Đảng các cấp", "Quang cảnh đại hội. Ảnh: Duy Hưng"],
["Thứ Ba, 18/03/2025 | 09:30", "nhiệm kỳ 2025 - 2030", "nhiệm kỳ 2022 - 2025", "3 năm liền", "2 kỳ", "ngày 5 hằng tháng",
 "lần thứ XXVI", "23 đồng chí", "5 đồng chí", "2 cấp", "ngày 15/4/2025"]))

PAGES.append(page("b8594-tuyenquang-quanba-ketnap-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Xây dựng Đảng - Chính quyền 2 cấp
Cập nhật: 10/10/2025 08:20
Xã Quản Bạ kết nạp 5 đảng viên là thanh niên người Mông
(BTQ) - Ngày 8/10, Đảng ủy xã Quản Bạ tổ chức lễ kết nạp 5 đảng viên là thanh niên người Mông tại 3 chi bộ thôn Lùng Khúy, Nậm Đăm và Pải Chư Phìn. Đây là đợt kết nạp đảng viên đầu tiên của Đảng bộ xã kể từ khi xã mới đi vào hoạt động theo mô hình chính quyền địa phương 2 cấp.
Lễ kết nạp đảng viên tại Chi bộ thôn Lùng Khúy.
Dự buổi lễ có đồng chí Sùng Mí Chứ, Bí thư Đảng ủy xã Quản Bạ; đồng chí Vàng Thị Dúa, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Năm đảng viên mới gồm: Giàng Mí Lử, Lù Văn Páo, Thào Thị Sinh, Vừ Mí Chờ, Sùng Thị Mai; đều là đoàn viên tích cực, tham gia tổ tự quản bảo vệ rừng, tổ hòa giải ở thôn.
Xã Quản Bạ (mới) được thành lập trên cơ sở sắp xếp thị trấn Tam Sơn và các xã Quản Bạ, Quyết Tiến, Cán Tỷ, thuộc tỉnh Tuyên Quang sau khi hợp nhất với tỉnh Hà Giang. Đảng bộ xã hiện có 46 chi bộ với 1.318 đảng viên, trong đó 39 chi bộ thôn, tổ dân phố. Sau sắp xếp, Đảng ủy xã đã kiện toàn 12 chi bộ thôn, điều động 7 đảng viên là công chức xã về tăng cường cho các chi bộ thôn vùng cao.
Theo đồng chí Sùng Mí Chứ, thực hiện Quy định 232-QĐ/TW ngày 20/1/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng và Hướng dẫn 06-HD/TW ngày 9/6/2025 của Ban Bí thư, Đảng ủy xã ban hành Nghị quyết số 05-NQ/ĐU về phát triển đảng viên giai đoạn 2025 - 2030, đặt mục tiêu mỗi năm kết nạp từ 40 đảng viên trở lên, không để thôn nào không có đảng viên là người tại chỗ. Hiện Đảng ủy xã đang bồi dưỡng 37 quần chúng, trong đó 21 người đã học xong lớp nhận thức về Đảng.
Phát biểu tại buổi lễ, đồng chí Vàng Thị Dúa nhắc các đảng viên mới ghi nhớ nhiệm vụ của người đảng viên ở thôn: đi đầu trong phát triển kinh tế, vận động gia đình, dòng họ không tảo hôn, không nghe theo kẻ xấu tuyên truyền đạo trái pháp luật. Đồng chí Thào Thị Sinh, đảng viên mới, chi hội trưởng phụ nữ thôn Nậm Đăm, xúc động: "Em sẽ cố gắng để bà con trong thôn tin tưởng".
Trong 9 tháng năm 2025, các chi bộ thuộc Đảng bộ xã Quản Bạ và Đảng bộ phường Hà Giang 1 đã kết nạp 68 đảng viên mới. Nhân dịp này, Đảng ủy xã tặng 3 chi bộ có đảng viên mới 3 bộ tài liệu sinh hoạt chi bộ song ngữ Việt - Mông, trị giá 1,5 triệu đồng mỗi bộ, để các chi bộ dùng trong sinh hoạt chuyên đề hằng tháng với đảng viên cao tuổi chưa thạo tiếng phổ thông.
Mai Thông
Tin liên quan
- Tuyên Quang: 124 xã, phường sau sắp xếp ổn định tổ chức đảng (25/09/2025)
- Phường Hà Giang 2 kết nạp 7 đảng viên mới (15/09/2025)
- Đồng Văn tổ chức sinh hoạt chi bộ chuyên đề bằng tiếng Mông (02/09/2025)
""", "2025-10-10", "Xã Quản Bạ kết nạp 5 đảng viên là thanh niên người Mông",
E("khac", None, "2025-10-08"),
[P("Sùng Mí Chứ", "Bí thư Đảng ủy xã Quản Bạ"),
 P("Vàng Thị Dúa", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Giàng Mí Lử"), P("Lù Văn Páo"), P("Thào Thị Sinh", "chi hội trưởng phụ nữ thôn Nậm Đăm"),
 P("Vừ Mí Chờ"), P("Sùng Thị Mai")],
[Q("5 đảng viên", 5, "đảng viên"), Q("3 chi bộ thôn", 3, "chi bộ thôn"), Q("46 chi bộ", 46, "chi bộ"),
 Q("1.318 đảng viên", 1318, "đảng viên"), Q("39 chi bộ thôn, tổ dân phố", 39, "chi bộ thôn, tổ dân phố"),
 Q("12 chi bộ thôn", 12, "chi bộ thôn"), Q("7 đảng viên", 7, "đảng viên"), Q("từ 40 đảng viên trở lên", 40, "đảng viên", "over"),
 Q("37 quần chúng", 37, "quần chúng"), Q("21 người", 21, "người"), Q("68 đảng viên mới", 68, "đảng viên mới"),
 Q("3 bộ tài liệu sinh hoạt chi bộ song ngữ", 3, "bộ tài liệu sinh hoạt chi bộ song ngữ"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Quy định", "232", "QĐ/TW", "2025-01-20", "Ban Chấp hành Trung ương", "Quy định 232-QĐ/TW ngày 20/1/2025 của Ban Chấp hành Trung ương"),
 D("Hướng dẫn", "06", "HD/TW", "2025-06-09", "Ban Bí thư", "Hướng dẫn 06-HD/TW ngày 9/6/2025 của Ban Bí thư"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Quản Bạ"), com("Tam Sơn"), com("Quyết Tiến"), com("Cán Tỷ"), com("Hà Giang 1")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Xây dựng Đảng - Chính quyền 2 cấp", "(BTQ)", "Lễ kết nạp đảng viên tại Chi bộ thôn Lùng Khúy."],
["Cập nhật: 10/10/2025 08:20", "2 cấp", "giai đoạn 2025 - 2030", "9 tháng năm 2025"]))

PAGES.append(page("b8595-angiang-giongrieng-tongket-2025", """
Hôm nay: Thứ Tư, 21/01/2026
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Thời sự › Xây dựng Đảng
20/01/2026 | 16:05
Đồng chí Danh Sóc phát biểu tại hội nghị.
Xã Giồng Riềng triển khai nhiệm vụ xây dựng Đảng năm 2026
Ngày 19/1, Đảng ủy xã Giồng Riềng tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Danh Sóc, Bí thư Đảng ủy xã chủ trì; dự có đồng chí Nguyễn Hoàng Phúc, Phó Trưởng Ban Tổ chức Tỉnh ủy An Giang.
Xã Giồng Riềng được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp thị trấn Giồng Riềng và các xã Thạnh Hưng, Thạnh Phước thuộc tỉnh Kiên Giang trước đây. Đảng bộ xã có 34 chi bộ với 1.046 đảng viên, trong đó 27 chi bộ ấp, khu phố; khoảng 30% dân số là đồng bào Khmer.
Năm 2025, Đảng bộ xã tập trung ổn định tổ chức sau sắp xếp, hoàn thành đại hội 34/34 chi bộ trực thuộc và Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030. Thực hiện Quy định 232-QĐ/TW của Ban Chấp hành Trung ương và Hướng dẫn 02, 03-HD/BTCTU của Ban Tổ chức Tỉnh ủy, các chi bộ ấp, khu phố duy trì sinh hoạt định kỳ; tỷ lệ đảng viên dự sinh hoạt bình quân đạt 92,8%. Đảng bộ kết nạp 38 đảng viên mới, đạt 126,7% chỉ tiêu, trong đó 11 đảng viên là người Khmer. Có 215 đảng viên đang công tác ở cơ quan xã, trường học giữ mối liên hệ với chi bộ nơi cư trú.
Theo Nghị quyết số 01-NQ/ĐU ngày 15/7/2025 của Ban Chấp hành Đảng bộ xã, mỗi chi bộ ấp nhận giúp đỡ ít nhất 2 hộ nghèo. Qua đó, đảng viên đã vận động xây tặng 19 căn nhà Đại đoàn kết với tổng trị giá 1,14 tỷ đồng, góp phần giảm tỷ lệ hộ nghèo của xã còn 1,9%.
Tại hội nghị, các đồng chí Phó Bí thư Đảng ủy xã: Trần Văn Út, Lâm Thị Sa Phia cùng các đồng chí Danh Thị Kim Phượng, Thạch Minh Tâm - Bí thư Chi bộ ấp người Khmer đã trao đổi về cách sinh hoạt chi bộ song ngữ Việt - Khmer, việc phối hợp với các chùa Phật giáo Nam tông Khmer trong vận động quần chúng. Đồng chí Danh Thị Kim Phượng cho biết năm 2025 chi bộ ấp của chị kết nạp 3 đảng viên là người Khmer, trong đó 1 đảng viên từng tu ở chùa.
Đánh giá, xếp loại năm 2025 có 5 chi bộ hoàn thành xuất sắc nhiệm vụ, 26 chi bộ hoàn thành tốt nhiệm vụ; không có chi bộ không hoàn thành nhiệm vụ. Hạn chế là việc quản lý đảng viên đi làm ăn xa ở các tỉnh miền Đông còn khó: toàn xã có 58 đảng viên đang làm việc ngoài tỉnh.
Phát biểu chỉ đạo, đồng chí Nguyễn Hoàng Phúc đề nghị năm 2026 Đảng ủy xã thực hiện tốt việc sắp xếp, kiện toàn chi bộ ấp sau sáp nhập ấp, khu phố; phấn đấu kết nạp từ 35 đảng viên mới trở lên; đưa nội dung chuẩn bị bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp vào sinh hoạt chi bộ.
Thị Sa Ri
Tin liên quan
- An Giang: 102 xã, phường tổng kết công tác xây dựng Đảng năm 2025 (16/01/2026)
- Phường Rạch Giá kết nạp 45 đảng viên mới (10/01/2026)
- Xã Hòn Đất sinh hoạt chi bộ chuyên đề bằng tiếng Khmer (28/12/2025)
""", "2026-01-20", "Xã Giồng Riềng triển khai nhiệm vụ xây dựng Đảng năm 2026",
E("tong_ket", "2025", "2026-01-19"),
[P("Danh Sóc", "Bí thư Đảng ủy xã"),
 P("Nguyễn Hoàng Phúc", "Phó Trưởng Ban Tổ chức Tỉnh ủy An Giang"),
 P("Trần Văn Út", "Phó Bí thư Đảng ủy xã"),
 P("Lâm Thị Sa Phia", "Phó Bí thư Đảng ủy xã"),
 P("Danh Thị Kim Phượng", "Bí thư Chi bộ ấp"),
 P("Thạch Minh Tâm", "Bí thư Chi bộ ấp")],
[Q("34 chi bộ", 34, "chi bộ"), Q("1.046 đảng viên", 1046, "đảng viên"), Q("27 chi bộ ấp, khu phố", 27, "chi bộ ấp, khu phố"),
 Q("khoảng 30%", 30, "%", "approx"), Q("92,8%", 92.8, "%"),
 Q("38 đảng viên mới", 38, "đảng viên mới"), Q("126,7%", 126.7, "%"), Q("11 đảng viên", 11, "đảng viên"),
 Q("215 đảng viên", 215, "đảng viên"), Q("ít nhất 2 hộ nghèo", 2, "hộ nghèo", "over"),
 Q("19 căn nhà Đại đoàn kết", 19, "căn nhà Đại đoàn kết"), Q("1,14 tỷ đồng", 1140000000, "đồng"), Q("1,9%", 1.9, "%"),
 Q("3 đảng viên", 3, "đảng viên"), Q("1 đảng viên", 1, "đảng viên"), Q("5 chi bộ", 5, "chi bộ"), Q("26 chi bộ", 26, "chi bộ"),
 Q("58 đảng viên", 58, "đảng viên"), Q("từ 35 đảng viên mới trở lên", 35, "đảng viên mới", "over")],
[D("Quy định", "232", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định 232-QĐ/TW của Ban Chấp hành Trung ương"),
 D("Hướng dẫn", "02", "HD/BTCTU", None, "Ban Tổ chức Tỉnh ủy", "Hướng dẫn 02, 03-HD/BTCTU"),
 D("Hướng dẫn", "03", "HD/BTCTU", None, "Ban Tổ chức Tỉnh ủy", "Hướng dẫn 02, 03-HD/BTCTU"),
 D("Nghị quyết", "01", "NQ/ĐU", "2025-07-15", "Ban Chấp hành Đảng bộ xã", "Nghị quyết số 01-NQ/ĐU ngày 15/7/2025 của Ban Chấp hành Đảng bộ xã")],
[prov("An Giang"), prov("Kiên Giang"), com("Giồng Riềng"), com("Thạnh Hưng"), com("Thạnh Phước")],
["Hôm nay: Thứ Tư, 21/01/2026", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG", "Thời sự › Xây dựng Đảng",
 "Đồng chí Danh Sóc phát biểu tại hội nghị."],
["Hôm nay: Thứ Tư, 21/01/2026", "20/01/2026 | 16:05", "năm 2026", "ngày 1/7/2025", "lần thứ I", "nhiệm kỳ 2025 - 2030", "khóa XVI"]))

PAGES.append(page("b8596-lamdong-bacgianghia-giamsat-2026", """
BÁO LÂM ĐỒNG
Chính trị > Xây dựng Đảng
16/04/2026 - 14:10
Giám sát chi bộ tổ dân phố về sinh hoạt và quản lý đảng viên
(LĐO) - Ngày 14/4, Đoàn giám sát của Ủy ban Kiểm tra Đảng ủy phường Bắc Gia Nghĩa đã công bố kết quả giám sát chuyên đề đối với 4 chi bộ tổ dân phố về việc chấp hành chế độ sinh hoạt chi bộ, quản lý đảng viên và thực hiện Quy định 213-QĐ/TW của Bộ Chính trị.
Đoàn giám sát làm việc tại Chi bộ tổ dân phố 3.
Đoàn giám sát do đồng chí Điểu Khanh, Phó Bí thư Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường làm trưởng đoàn, được thành lập theo Quyết định số 45-QĐ/UBKTĐU ngày 2/4/2026 và Kế hoạch số 12-KH/UBKTĐU của Ủy ban Kiểm tra Đảng ủy phường, thực hiện Quy định 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng.
Phường Bắc Gia Nghĩa, tỉnh Lâm Đồng được thành lập từ tháng 7/2025 trên cơ sở sắp xếp các phường Nghĩa Phú, Nghĩa Tân, Nghĩa Thành của thành phố Gia Nghĩa, tỉnh Đắk Nông trước đây. Đảng bộ phường có 52 chi bộ với 1.873 đảng viên, trong đó 29 chi bộ tổ dân phố, bon.
Kết quả giám sát cho thấy, 4 chi bộ được giám sát với 218 đảng viên đã duy trì sinh hoạt định kỳ hằng tháng; năm 2025 có 46 cuộc sinh hoạt, trong đó 12 cuộc sinh hoạt chuyên đề. Tỷ lệ đảng viên dự sinh hoạt đạt 88,5%; có 63 đảng viên đang công tác đã báo cáo với chi bộ nơi cư trú, đạt 94%. Tuy vậy, 2 chi bộ ghi biên bản còn sơ sài, chưa ghi rõ ý kiến của đảng viên; Chi bộ tổ dân phố 3 còn 4 đảng viên được miễn sinh hoạt nhưng hồ sơ chưa đầy đủ; 1 chi bộ chậm thu đảng phí 2 tháng.
Bà H'Bleo, Bí thư Chi bộ bon Bu Sir, cho biết chi bộ có 27 đảng viên, phần lớn là người Mnông. "Sau khi sáp nhập, bon mình về phường, đảng viên có người đi xa hơn để dự họp. Chi bộ chuyển sang họp tối thứ Bảy đầu tháng tại nhà văn hóa bon, ai cũng đến được", bà nói. Ông Y Sơn Niê, Bí thư Chi bộ tổ dân phố 3, tiếp thu các thiếu sót, cam kết hoàn thiện hồ sơ trước ngày 30/4.
Kết luận giám sát, đồng chí Điểu Khanh đề nghị các chi bộ khắc phục ngay hạn chế; thực hiện đúng Hướng dẫn 12-HD/BTCTW của Ban Tổ chức Trung ương về nội dung sinh hoạt chi bộ; mỗi quý ít nhất 1 lần tổ chức sinh hoạt chuyên đề. Các chi bộ báo cáo kết quả khắc phục về Ủy ban Kiểm tra Đảng ủy phường trước ngày 15/5/2026. Đồng chí Trần Thị Ngọc Lan, Bí thư Đảng ủy phường Bắc Gia Nghĩa cũng đề nghị nhân rộng cách làm của Chi bộ bon Bu Sir ra các chi bộ bon, tổ dân phố trong phường và phường Nam Gia Nghĩa.
Hồng Thắm
Tin liên quan
- Lâm Đồng: 124 xã, phường giám sát việc thực hiện Quy định 213 (05/04/2026)
- Phường Đông Gia Nghĩa kết nạp 6 đảng viên là người Mnông (28/03/2026)
- Xã Quảng Sơn sinh hoạt chi bộ chuyên đề về giảm nghèo (15/03/2026)
""", "2026-04-16", "Giám sát chi bộ tổ dân phố về sinh hoạt và quản lý đảng viên",
E("giam_sat", None, "2026-04-14"),
[P("Điểu Khanh", "Phó Bí thư Đảng ủy", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường", "trưởng đoàn"),
 P("H'Bleo", "Bí thư Chi bộ bon Bu Sir"),
 P("Y Sơn Niê", "Bí thư Chi bộ tổ dân phố 3"),
 P("Trần Thị Ngọc Lan", "Bí thư Đảng ủy phường Bắc Gia Nghĩa")],
[Q("4 chi bộ tổ dân phố", 4, "chi bộ tổ dân phố"), Q("52 chi bộ", 52, "chi bộ"), Q("1.873 đảng viên", 1873, "đảng viên"),
 Q("29 chi bộ tổ dân phố, bon", 29, "chi bộ tổ dân phố, bon"), Q("218 đảng viên", 218, "đảng viên"),
 Q("46 cuộc sinh hoạt", 46, "cuộc sinh hoạt"), Q("12 cuộc sinh hoạt chuyên đề", 12, "cuộc sinh hoạt chuyên đề"), Q("88,5%", 88.5, "%"),
 Q("63 đảng viên", 63, "đảng viên"), Q("94%", 94, "%"), Q("2 chi bộ", 2, "chi bộ"), Q("4 đảng viên", 4, "đảng viên"),
 Q("1 chi bộ", 1, "chi bộ"), Q("27 đảng viên", 27, "đảng viên")],
[D("Quy định", "213", "QĐ/TW", None, "Bộ Chính trị", "Quy định 213-QĐ/TW của Bộ Chính trị"),
 D("Quyết định", "45", "QĐ/UBKTĐU", "2026-04-02", "Ủy ban Kiểm tra Đảng ủy phường", "Quyết định số 45-QĐ/UBKTĐU ngày 2/4/2026"),
 D("Kế hoạch", "12", "KH/UBKTĐU", None, "Ủy ban Kiểm tra Đảng ủy phường", "Kế hoạch số 12-KH/UBKTĐU của Ủy ban Kiểm tra Đảng ủy phường"),
 D("Quy định", "296", "QĐ/TW", "2025-05-30", "Ban Chấp hành Trung ương", "Quy định 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương"),
 D("Hướng dẫn", "12", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn 12-HD/BTCTW của Ban Tổ chức Trung ương")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Bắc Gia Nghĩa"), com("Nghĩa Phú"), com("Nghĩa Tân"), com("Nghĩa Thành"), com("Nam Gia Nghĩa")],
["BÁO LÂM ĐỒNG", "Chính trị > Xây dựng Đảng", "(LĐO)", "Đoàn giám sát làm việc tại Chi bộ tổ dân phố 3."],
["16/04/2026 - 14:10", "tháng 7/2025", "năm 2025", "2 tháng", "tối thứ Bảy đầu tháng", "ngày 30/4", "1 lần", "ngày 15/5/2026"]))
