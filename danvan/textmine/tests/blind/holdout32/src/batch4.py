from lib import *

PAGES = []

# b743 Ninh Thuận, Công an tỉnh, tập huấn công tác dân vận 2023
PAGES.append(page("b743-ninhthuan-congan-taphuan-2023", """
BÁO NINH THUẬN ĐIỆN TỬ
Quốc phòng - An ninh › Công an
08:15 | 17/08/2023
Tập huấn công tác dân vận cho 210 cán bộ Công an cơ sở
Thượng tá Đàng Năng Thọ truyền đạt chuyên đề tại lớp tập huấn.
Trong 2 ngày 15 và 16/8/2023, Công an tỉnh Ninh Thuận phối hợp với Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2023 cho 210 học viên là trưởng Công an xã, phường, thị trấn và cán bộ làm công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc.
Dự khai mạc có Đại tá Lê Quang Nhân, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh; đồng chí Châu Thị Mỹ Phương, Phó Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Giám đốc Công an tỉnh: Đại tá Nguyễn Văn Trí, Thượng tá Trượng Văn Sơn.
Báo cáo viên là Thượng tá Đàng Năng Thọ, Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc; Trung tá Thuận Thị Hồng Nhung, Phó Trưởng phòng Công tác đảng và công tác chính trị; đồng chí Katơr Thị Thảo, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy.
Học viên được nghiên cứu Quy định 20-QĐ/TW của Ban Bí thư về công tác dân vận của các cơ quan nhà nước, Nghị định 42/2021/NĐ-CP của Chính phủ về xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc, Kế hoạch 102-KH/CAT-PV05 của Công an tỉnh về thực hiện phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2025; kỹ năng nắm tình hình, vận động đồng bào Chăm theo đạo Bàlamôn, Hồi giáo Bani và đồng bào Raglai.
Theo Đại tá Lê Quang Nhân, từ khi bố trí Công an chính quy về xã, Công an tỉnh đã phối hợp vận động 3.480 hộ dân ký cam kết không vi phạm pháp luật; nhân dân cung cấp 512 tin báo tố giác tội phạm; toàn tỉnh có 146 mô hình tự quản về an ninh trật tự, trong đó 38 mô hình ở vùng đồng bào Chăm. Đợt cao điểm vừa qua, Công an các xã đã vận động thu hồi 74 vũ khí, vật liệu nổ, công cụ hỗ trợ.
Tại lớp học, ông Thiên Sanh Thảng, chức sắc Hội đồng Phong tục Chăm Bàlamôn, được mời chia sẻ kinh nghiệm vận động bà con giữ gìn an ninh trong các lễ hội Katê, Ramưwan. Thiếu tá Pinăng Văn Hiếu, Trưởng Công an xã Phước Bình (huyện Bác Ái), kể cách cán bộ "ba bám, bốn cùng" với đồng bào Raglai.
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu. Công an tỉnh phấn đấu đến cuối năm 2023 xây dựng thêm 20 mô hình "Dân vận khéo" trong lực lượng Công an.
Các học viên cũng đề xuất tăng cường bồi dưỡng tiếng Chăm, tiếng Raglai cho cán bộ Công an xã ở vùng đồng bào, in tài liệu tuyên truyền song ngữ, phối hợp chặt chẽ với Ban công tác Mặt trận, người có uy tín trong giải quyết những mâu thuẫn phát sinh ngay tại thôn.
Văn Nỷ
Lượt xem: 1.376
Tin liên quan
- Công an Ninh Phước ra mắt mô hình "Camera an ninh" ở thôn Chăm (10/08/2023)
- Ngày hội toàn dân bảo vệ an ninh Tổ quốc ở Thuận Nam (02/08/2023)
- Công an tỉnh tặng 50 suất quà cho hộ nghèo người Raglai (25/07/2023)
- Trao 20 xe đạp cho học sinh vùng đồng bào Chăm (18/07/2023)
Báo Ninh Thuận - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Ninh Thuận. Giấy phép số 214/GP-BTTTT. Địa chỉ: 508 Thống Nhất, thành phố Phan Rang - Tháp Chàm. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""",
    "2023-08-17", "Tập huấn công tác dân vận cho 210 cán bộ Công an cơ sở",
    E("tap_huan", "2023", "2023-08-15"),
    [P("Đàng Năng Thọ", "Thượng tá", "Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc"),
     P("Lê Quang Nhân", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Công an tỉnh"),
     P("Châu Thị Mỹ Phương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Nguyễn Văn Trí", "Đại tá", "Phó Giám đốc Công an tỉnh"),
     P("Trượng Văn Sơn", "Thượng tá", "Phó Giám đốc Công an tỉnh"),
     P("Thuận Thị Hồng Nhung", "Trung tá", "Phó Trưởng phòng Công tác đảng và công tác chính trị"),
     P("Katơr Thị Thảo", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
     P("Thiên Sanh Thảng", "chức sắc Hội đồng Phong tục Chăm Bàlamôn"),
     P("Pinăng Văn Hiếu", "Thiếu tá", "Trưởng Công an xã Phước Bình")],
    [Q("210 cán bộ Công an cơ sở", 210, "cán bộ Công an cơ sở"),
     Q("3.480 hộ dân", 3480, "hộ dân"),
     Q("512 tin báo tố giác tội phạm", 512, "tin báo tố giác tội phạm"),
     Q("146 mô hình tự quản về an ninh trật tự", 146, "mô hình tự quản về an ninh trật tự"),
     Q("38 mô hình", 38, "mô hình"),
     Q("74 vũ khí, vật liệu nổ, công cụ hỗ trợ", 74, "vũ khí, vật liệu nổ, công cụ hỗ trợ"),
     Q("100% học viên", 100, "%"),
     Q("20 mô hình", 20, "mô hình")],
    [D("Quy định", "20", "QĐ/TW", issuer="Ban Bí thư", surface="Quy định 20-QĐ/TW"),
     D("Nghị định", "42", "2021/NĐ-CP", issuer="Chính phủ", surface="Nghị định 42/2021/NĐ-CP"),
     D("Kế hoạch", "102", "KH/CAT-PV05", issuer="Công an tỉnh", surface="Kế hoạch 102-KH/CAT-PV05")],
    [prov("Ninh Thuận"), com("Phước Bình")],
    ["BÁO NINH THUẬN ĐIỆN TỬ", "Quốc phòng - An ninh › Công an", "Thượng tá Đàng Năng Thọ truyền đạt chuyên đề tại lớp tập huấn.",
     "Dân vận khéo", "Chăm", "Bàlamôn", "Hồi giáo Bani", "Raglai", "Katê, Ramưwan", "Văn Nỷ", "Lượt xem: 1.376"],
    ["08:15 | 17/08/2023", "2 ngày", "15 và 16/8/2023", "năm 2023", "2021 - 2025", "ba bám, bốn cùng", "PV05",
     "Lượt xem: 1.376"]))

# b744 An Giang, BĐBP tỉnh, giao ban công tác dân vận quý I/2024
PAGES.append(page("b744-angiang-bdbp-giaoban-2024", """
Báo An Giang Online
Trang chủ >> Quốc phòng - An ninh >> Biên phòng
05/04/2024 - 10:20
Ảnh: Đại tá Trần Văn Phúc phát biểu chỉ đạo.
Bộ đội Biên phòng An Giang giao ban công tác dân vận
Ngày 3/4/2024, Đảng ủy, Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang tổ chức hội nghị giao ban công tác dân vận quý I/2024, trực tuyến đến 9 đồn Biên phòng và 2 hải đội.
Chủ trì hội nghị có Đại tá Trần Văn Phúc, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Đảng ủy, Chính ủy Bộ đội Biên phòng tỉnh. Dự có đồng chí Néang Sô Phi, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Mohamad Ly, Phó Trưởng Ban Dân tộc tỉnh; Thượng tá Nguyễn Hoàng Khải, Phó Chủ nhiệm Chính trị; Thiếu tá Chau Sóc Thươl, Trưởng Ban Dân vận, Phòng Chính trị.
Quý I, thực hiện Kết luận 43-KL/TW của Ban Bí thư về tiếp tục thực hiện Nghị quyết 25-NQ/TW và Chỉ thị 01/CT-BTL của Tư lệnh Bộ đội Biên phòng, các đồn đã cử 48 cán bộ tham gia sinh hoạt tại chi bộ ấp, khóm; 27 đảng viên đồn Biên phòng phụ trách 312 hộ gia đình. Tết Giáp Thìn, Bộ đội Biên phòng tỉnh tổ chức chương trình "Xuân Biên phòng ấm lòng dân bản", trao 1.850 phần quà, trị giá gần 1,2 tỷ đồng cho đồng bào Khmer, Chăm và hộ nghèo khu vực biên giới.
Chương trình "Nâng bước em tới trường" tiếp tục duy trì nhận đỡ đầu 64 học sinh, mỗi em 500.000 đồng/tháng; chương trình "Con nuôi đồn Biên phòng" có 23 cháu. Các đồn phối hợp vận động nhân dân phát hiện, tố giác 41 vụ buôn lậu, vận chuyển hàng cấm qua biên giới; 120 tổ tự quản đường biên, cột mốc với 860 thành viên hoạt động hiệu quả.
Đồng chí Néang Sô Phi ghi nhận kết quả và đề nghị tiếp tục phối hợp thực hiện Quy chế phối hợp 05/QCPH-BDVTU-BĐBP giữa Ban Dân vận Tỉnh ủy và Đảng ủy Bộ đội Biên phòng tỉnh; quan tâm công tác vận động chức sắc, chức việc Phật giáo Nam tông Khmer và Hồi giáo trước lễ Chôl Chnăm Thmây.
Thiếu tá Chau Sóc Thươl báo cáo, trong quý có 6 mô hình "Dân vận khéo" mới được công nhận, tiêu biểu mô hình "Đồn Biên phòng với sư sãi chùa Khmer" ở xã Lạc Quới (huyện Tri Tôn). Ông Haji Ahmad, Trưởng ban đại diện cộng đồng Hồi giáo thánh đường Mubarak, xã Châu Phong (thị xã Tân Châu), cảm ơn các chiến sĩ đã giúp bà con sửa 12 căn nhà.
Kết luận, Đại tá Trần Văn Phúc yêu cầu quý II tập trung tuyên truyền Luật Biên phòng Việt Nam, chuẩn bị tổng kết 10 năm phong trào thi đua "Dân vận khéo".
Vũ Tiến - Hữu Thành
Xem thêm
- Đồn Biên phòng Vĩnh Xương khám bệnh miễn phí cho 300 người dân (28/03/2024)
- Trao nhà "Mái ấm biên cương" ở xã Khánh An (20/03/2024)
- Bộ đội Biên phòng tỉnh ra quân tuần tra cao điểm (10/03/2024)
- Gặp mặt người có uy tín khu vực biên giới (02/03/2024)
- Đồn Biên phòng Tịnh Biên ra mắt mô hình "Ngôi nhà an toàn" (25/02/2024)
- Bộ đội Biên phòng tỉnh phối hợp tổ chức lễ hội đua bò Bảy Núi (18/02/2024)
- Hải đội 2 tặng quà ngư dân trước mùa biển động (10/02/2024)
- Đồn Biên phòng Khánh Bình giúp dân thu hoạch lúa (02/02/2024)
Báo An Giang - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh An Giang. Địa chỉ: số 1, đường Lý Tự Trọng, thành phố Long Xuyên. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""",
    "2024-04-05", "Bộ đội Biên phòng An Giang giao ban công tác dân vận",
    E("giao_ban", "2024-Q1", "2024-04-03"),
    [P("Trần Văn Phúc", "Đại tá", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Bí thư Đảng ủy", "Chính ủy Bộ đội Biên phòng tỉnh"),
     P("Néang Sô Phi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Mohamad Ly", "Phó Trưởng Ban Dân tộc tỉnh"),
     P("Nguyễn Hoàng Khải", "Thượng tá", "Phó Chủ nhiệm Chính trị"),
     P("Chau Sóc Thươl", "Thiếu tá", "Trưởng Ban Dân vận, Phòng Chính trị"),
     P("Haji Ahmad", "Trưởng ban đại diện cộng đồng Hồi giáo thánh đường Mubarak")],
    [Q("9 đồn Biên phòng", 9, "đồn Biên phòng"),
     Q("2 hải đội", 2, "hải đội"),
     Q("48 cán bộ", 48, "cán bộ"),
     Q("27 đảng viên", 27, "đảng viên"),
     Q("312 hộ gia đình", 312, "hộ gia đình"),
     Q("1.850 phần quà", 1850, "phần quà"),
     Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
     Q("64 học sinh", 64, "học sinh"),
     Q("500.000 đồng/tháng", 500000, "đồng"),
     Q("23 cháu", 23, "cháu"),
     Q("41 vụ", 41, "vụ"),
     Q("120 tổ tự quản đường biên, cột mốc", 120, "tổ tự quản đường biên, cột mốc"),
     Q("860 thành viên", 860, "thành viên"),
     Q("6 mô hình", 6, "mô hình"),
     Q("12 căn nhà", 12, "căn nhà")],
    [D("Kết luận", "43", "KL/TW", issuer="Ban Bí thư", surface="Kết luận 43-KL/TW"),
     D("Nghị quyết", "25", "NQ/TW", surface="Nghị quyết 25-NQ/TW"),
     D("Chỉ thị", "01", "CT-BTL", issuer="Tư lệnh Bộ đội Biên phòng", surface="Chỉ thị 01/CT-BTL"),
     D("Quy chế phối hợp", "05", "QCPH-BDVTU-BĐBP", surface="Quy chế phối hợp 05/QCPH-BDVTU-BĐBP")],
    [prov("An Giang"), com("Lạc Quới"), com("Châu Phong")],
    ["Báo An Giang Online", "Trang chủ >> Quốc phòng - An ninh >> Biên phòng", "Ảnh: Đại tá Trần Văn Phúc phát biểu chỉ đạo.",
     "Xuân Biên phòng ấm lòng dân bản", "Nâng bước em tới trường", "Con nuôi đồn Biên phòng", "Dân vận khéo",
     "Đồn Biên phòng với sư sãi chùa Khmer", "Phật giáo Nam tông Khmer", "Chôl Chnăm Thmây", "Mubarak", "Vũ Tiến - Hữu Thành",
     "Luật Biên phòng Việt Nam"],
    ["05/04/2024 - 10:20", "quý I/2024", "quý II", "Tết Giáp Thìn", "10 năm", "Ngày 3/4/2024"]))

# b745 Sơn La, Hội Người cao tuổi tỉnh, sơ kết 6 tháng đầu năm 2024
PAGES.append(page("b745-sonla-nct-soket-2024", """
Báo Sơn La
Tin tức / Xã hội / Người cao tuổi
Ngày 19/7/2024 | 14:50
Toàn cảnh hội nghị.
Hội Người cao tuổi tỉnh sơ kết công tác 6 tháng
Ngày 17/7, Ban Thường vụ Hội Người cao tuổi tỉnh Sơn La tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.
Dự hội nghị có đồng chí Lò Thị Luyến, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Cầm Văn Chính, Chủ tịch Hội Người cao tuổi tỉnh; các đồng chí Phó Chủ tịch Hội Người cao tuổi tỉnh: Quàng Văn Binh, Hà Thị Nhiên; cùng chủ tịch Hội Người cao tuổi 12 huyện, thành phố.
Đồng chí Lò Thị Luyến phát biểu tại hội nghị. (Ảnh: Thu Hà)
6 tháng đầu năm, Hội Người cao tuổi các cấp đã kết nạp 2.315 hội viên mới, nâng tổng số hội viên lên 128.460 người, đạt 96,8% số người cao tuổi trong tỉnh. Các cấp Hội phối hợp tổ chức mừng thọ cho 21.700 cụ; thăm, tặng 4.620 suất quà cho người cao tuổi có hoàn cảnh khó khăn, tổng trị giá 1,38 tỷ đồng. Toàn tỉnh duy trì 342 câu lạc bộ liên thế hệ tự giúp nhau theo Quyết định 1336/QĐ-TTg của Thủ tướng Chính phủ.
Thực hiện Kết luận 39, 40-KL/TU của Ban Thường vụ Tỉnh ủy về công tác người cao tuổi và phát huy vai trò người có uy tín, các cụ đã tham gia hòa giải thành 286 vụ việc, vận động 1.140 hộ đồng bào Mông, Thái, Khơ Mú hiến 6,5 ha đất làm đường, xây nhà văn hóa; 418 cụ là người có uy tín tích cực tuyên truyền, vận động con cháu không nghe theo kẻ xấu truyền đạo trái pháp luật.
Tại hội nghị, cụ Giàng A Chớ, Già làng bản Hua Tạt, xã Vân Hồ (huyện Vân Hồ), chia sẻ việc vận động 27 hộ bỏ tục thách cưới, tổ chức đám cưới tiết kiệm. Cụ Lò Văn Ún, Chủ tịch Hội Người cao tuổi xã Chiềng Khoi (huyện Yên Châu), được Trung ương Hội biểu dương "Tuổi cao - gương sáng" năm 2024. Cụ Vì Thị Pọm, Chi hội trưởng Chi hội người cao tuổi bản Mòn, kiến nghị tăng mức trợ cấp cho người từ đủ 75 tuổi trở lên.
Phát biểu, đồng chí Lò Thị Luyến đề nghị 6 tháng cuối năm các cấp Hội thực hiện tốt Hướng dẫn 15-HD/BDVTU của Ban Dân vận Tỉnh ủy về phát huy vai trò người cao tuổi trong xây dựng khối đại đoàn kết, chuẩn bị tổng kết 5 năm phong trào "Tuổi cao - gương sáng".
Chủ tịch Hội Người cao tuổi tỉnh cũng thông báo chủ trương vận động hội viên tham gia ủng hộ Quỹ "Vì người nghèo", chung tay xóa nhà tạm, nhà dột nát, phấn đấu xây mới 150 căn nhà cho hộ nghèo có người cao tuổi trong năm 2024.
Hội nghị đã dành thời gian thảo luận các giải pháp chăm sóc sức khỏe ban đầu cho người cao tuổi vùng cao, nơi đường sá đi lại khó khăn; phát triển các câu lạc bộ văn nghệ, thể dục dưỡng sinh, giữ gìn điệu xòe, tiếng khèn của đồng bào các dân tộc; động viên các cụ truyền dạy chữ Thái cổ cho con cháu.
Thu Hà
Bài viết liên quan
- Hội Người cao tuổi huyện Mộc Châu mừng thọ 1.200 cụ (10/07/2024)
- Câu lạc bộ liên thế hệ tự giúp nhau xã Mường Giàng (02/07/2024)
- Tập huấn kỹ năng hoạt động Hội cho chi hội trưởng (25/06/2024)
Báo Sơn La - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La. Địa chỉ: đường Tô Hiệu, thành phố Sơn La. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""",
    "2024-07-19", "Hội Người cao tuổi tỉnh sơ kết công tác 6 tháng",
    E("so_ket", "2024-H1", "2024-07-17"),
    [P("Lò Thị Luyến", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Cầm Văn Chính", "Chủ tịch Hội Người cao tuổi tỉnh"),
     P("Quàng Văn Binh", "Phó Chủ tịch Hội Người cao tuổi tỉnh"),
     P("Hà Thị Nhiên", "Phó Chủ tịch Hội Người cao tuổi tỉnh"),
     P("Giàng A Chớ", "Già làng bản Hua Tạt"),
     P("Lò Văn Ún", "Chủ tịch Hội Người cao tuổi xã Chiềng Khoi"),
     P("Vì Thị Pọm", "Chi hội trưởng Chi hội người cao tuổi bản Mòn")],
    [Q("12 huyện, thành phố", 12, "huyện, thành phố"),
     Q("2.315 hội viên mới", 2315, "hội viên mới"),
     Q("128.460 người", 128460, "người"),
     Q("96,8%", 96.8, "%"),
     Q("21.700 cụ", 21700, "cụ"),
     Q("4.620 suất quà", 4620, "suất quà"),
     Q("1,38 tỷ đồng", 1380000000, "đồng"),
     Q("342 câu lạc bộ liên thế hệ tự giúp nhau", 342, "câu lạc bộ liên thế hệ tự giúp nhau"),
     Q("286 vụ việc", 286, "vụ việc"),
     Q("1.140 hộ", 1140, "hộ"),
     Q("6,5 ha", 6.5, "ha"),
     Q("418 cụ", 418, "cụ"),
     Q("27 hộ", 27, "hộ"),
     Q("150 căn nhà", 150, "căn nhà")],
    [D("Quyết định", "1336", "QĐ-TTg", issuer="Thủ tướng Chính phủ", surface="Quyết định 1336/QĐ-TTg"),
     D("Kết luận", "39", "KL/TU", issuer="Ban Thường vụ Tỉnh ủy", surface="Kết luận 39, 40-KL/TU"),
     D("Kết luận", "40", "KL/TU", issuer="Ban Thường vụ Tỉnh ủy", surface="Kết luận 39, 40-KL/TU"),
     D("Hướng dẫn", "15", "HD/BDVTU", issuer="Ban Dân vận Tỉnh ủy", surface="Hướng dẫn 15-HD/BDVTU")],
    [prov("Sơn La"), com("Vân Hồ"), com("Chiềng Khoi")],
    ["Báo Sơn La", "Tin tức / Xã hội / Người cao tuổi", "Toàn cảnh hội nghị.",
     "Đồng chí Lò Thị Luyến phát biểu tại hội nghị. (Ảnh: Thu Hà)", "Tuổi cao - gương sáng", "Vì người nghèo", "Hua Tạt",
     "Mông, Thái, Khơ Mú", "bản Mòn", "Thu Hà"],
    ["Ngày 19/7/2024 | 14:50", "6 tháng đầu năm", "6 tháng cuối năm 2024", "75 tuổi", "5 năm", "năm 2024", "Ngày 17/7"]))

# b746 Yên Bái, Hội LHPN tỉnh, giám sát (hội nghị thông qua kết quả giám sát) 2025
PAGES.append(page("b746-yenbai-lhpn-giamsat-2025", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH YÊN BÁI
You are here: Trang chủ / Tin tức - Sự kiện / Giám sát, phản biện
Cập nhật: 16:20, 15/05/2025 (GMT+7)
Ảnh: Đoàn giám sát làm việc tại xã Nậm Có.
Giám sát việc thực hiện Dự án 8 tại huyện Mù Cang Chải
Ngày 13/5/2025, Đoàn giám sát của Ban Thường vụ Hội LHPN tỉnh Yên Bái do đồng chí Hà Thị Thu Thủy, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh, làm trưởng đoàn đã tổ chức hội nghị thông qua kết quả giám sát việc thực hiện Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" năm 2024 tại huyện Mù Cang Chải.
Tham gia đoàn có các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Đinh Thị Phương Lan, Sùng Thị Sinh; đồng chí Đỗ Thị Thanh Nga, Phó Trưởng Ban Dân vận Tỉnh ủy. Làm việc với đoàn có đồng chí Giàng A Tông, HUV, Phó Chủ tịch UBND huyện Mù Cang Chải; đồng chí Lường Thị Ban, Chủ tịch Hội LHPN huyện.
Dự án 8 thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030 theo Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ. Năm 2024, huyện Mù Cang Chải được phân bổ 4,26 tỷ đồng, đã giải ngân 3,9 tỷ đồng, đạt 91,5%. Huyện đã thành lập 32 "Tổ truyền thông cộng đồng", 14 "Địa chỉ tin cậy", 21 câu lạc bộ "Thủ lĩnh của sự thay đổi" với 630 thành viên là học sinh; tổ chức 96 buổi truyền thông cho 7.400 lượt người, chủ yếu là phụ nữ Mông.
Đoàn giám sát ghi nhận tỷ lệ tảo hôn giảm từ 14,2% năm 2022 xuống 9,6% năm 2024. Tuy vậy, còn 3 xã giải ngân chậm; một số nội dung chưa phù hợp phong tục, tập quán; đội ngũ cán bộ Hội cơ sở còn hạn chế về trình độ tiếng phổ thông.
Tại buổi làm việc, chị Hờ Thị Dua, Chủ tịch Hội LHPN xã Nậm Có, kiến nghị tăng thời lượng truyền thông bằng tiếng Mông. Chị Thào Thị Máy, Chi hội trưởng Chi hội phụ nữ bản Chống Tông, vừa được bầu làm Trưởng bản, đề nghị hỗ trợ thêm sinh kế cho phụ nữ đơn thân.
Kết luận, đồng chí Hà Thị Thu Thủy đề nghị UBND huyện đẩy nhanh tiến độ giải ngân trước ngày 30/6/2025, thực hiện đúng Hướng dẫn 25/HD-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam và Kế hoạch 63-KH/HPN của Ban Thường vụ Hội LHPN tỉnh; lưu ý chuẩn bị tốt việc sắp xếp tổ chức Hội khi sáp nhập tỉnh và tổ chức chính quyền địa phương 2 cấp.
Đồng chí Giàng A Tông tiếp thu, cam kết chỉ đạo các xã hoàn thành chỉ tiêu giải ngân, lồng ghép nội dung bình đẳng giới trong sinh hoạt cộng đồng ở các bản vùng cao.
Hoàng Diệp
Tin khác
- Hội LHPN tỉnh phản biện dự thảo đề án sắp xếp tổ chức Hội (08/05/2025)
- Trao 30 "Mái ấm tình thương" cho hội viên nghèo huyện Trạm Tấu (28/04/2025)
- Phụ nữ Văn Chấn phát triển sản phẩm OCOP từ chè Shan tuyết (20/04/2025)
- Hội LHPN huyện Lục Yên ra mắt "Tổ phụ nữ khởi nghiệp" (12/04/2025)
- Tập huấn kỹ năng truyền thông về phòng, chống tảo hôn (05/04/2025)
- Hội LHPN thành phố Yên Bái sơ kết quý I (28/03/2025)
- Phụ nữ Trấn Yên giữ nghề dệt thổ cẩm (20/03/2025)
Cơ quan chủ quản: Hội LHPN tỉnh Yên Bái. Địa chỉ: đường Hòa Bình, thành phố Yên Bái. Điện thoại: 0216.3852.xxx. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""",
    "2025-05-15", "Giám sát việc thực hiện Dự án 8 tại huyện Mù Cang Chải",
    E("hoi_nghi", "2024", "2025-05-13"),
    [P("Hà Thị Thu Thủy", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
     P("Đinh Thị Phương Lan", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Sùng Thị Sinh", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Đỗ Thị Thanh Nga", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Giàng A Tông", "HUV", "Phó Chủ tịch UBND huyện Mù Cang Chải"),
     P("Lường Thị Ban", "Chủ tịch Hội LHPN huyện"),
     P("Hờ Thị Dua", "Chủ tịch Hội LHPN xã Nậm Có"),
     P("Thào Thị Máy", "Chi hội trưởng Chi hội phụ nữ bản Chống Tông", "Trưởng bản")],
    [Q("4,26 tỷ đồng", 4260000000, "đồng"),
     Q("3,9 tỷ đồng", 3900000000, "đồng"),
     Q("91,5%", 91.5, "%"),
     Q("32 \"Tổ truyền thông cộng đồng\"", 32, "Tổ truyền thông cộng đồng"),
     Q("14 \"Địa chỉ tin cậy\"", 14, "Địa chỉ tin cậy"),
     Q("21 câu lạc bộ", 21, "câu lạc bộ"),
     Q("630 thành viên", 630, "thành viên"),
     Q("96 buổi truyền thông", 96, "buổi truyền thông"),
     Q("7.400 lượt người", 7400, "lượt người"),
     Q("14,2%", 14.2, "%"),
     Q("9,6%", 9.6, "%"),
     Q("3 xã", 3, "xã")],
    [D("Quyết định", "1719", "QĐ-TTg", issuer="Thủ tướng Chính phủ", surface="Quyết định 1719/QĐ-TTg"),
     D("Hướng dẫn", "25", "HD-ĐCT", issuer="Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", surface="Hướng dẫn 25/HD-ĐCT"),
     D("Kế hoạch", "63", "KH/HPN", issuer="Ban Thường vụ Hội LHPN tỉnh", surface="Kế hoạch 63-KH/HPN")],
    [prov("Yên Bái"), com("Nậm Có")],
    ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH YÊN BÁI", "You are here: Trang chủ / Tin tức - Sự kiện / Giám sát, phản biện",
     "Ảnh: Đoàn giám sát làm việc tại xã Nậm Có.", "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em",
     "Thủ lĩnh của sự thay đổi", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
     "Mông", "Chống Tông", "Hoàng Diệp"],
    ["Cập nhật: 16:20, 15/05/2025 (GMT+7)", "Dự án 8", "năm 2024", "2021 - 2030", "năm 2022", "trước ngày 30/6/2025", "2 cấp"]))

# b747 Đồng Nai (mới), Tỉnh đoàn, đối thoại với thanh niên công nhân 2025
PAGES.append(page("b747-dongnai-doan-doithoai-2025", """
Báo và Phát thanh, Truyền hình Đồng Nai
Thứ Năm, 04/12/2025 06:30 (GMT+7)
Chính trị › Đoàn thể › Thanh niên
Ảnh: Toàn cảnh buổi đối thoại tại Khu công nghiệp Amata.
Lãnh đạo tỉnh đối thoại với 600 thanh niên công nhân
Tối 2/12, Ban Thường vụ Tỉnh đoàn Đồng Nai phối hợp với Liên đoàn Lao động tỉnh tổ chức chương trình đối thoại giữa lãnh đạo tỉnh với thanh niên công nhân năm 2025 tại phường Long Bình. Đây là lần đầu chương trình được tổ chức sau khi hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước, với 600 thanh niên công nhân trực tiếp tham gia và 4 điểm cầu trực tuyến.
Dự và đối thoại có đồng chí Võ Tấn Đức, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Điểu Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Nguyễn Thị Hồng Phúc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Liên đoàn Lao động tỉnh; đồng chí Lê Đăng Khoa, Bí thư Tỉnh đoàn; các đồng chí Phó Bí thư Tỉnh đoàn: Thị Kim Liên, Nguyễn Hoàng Vũ, Điểu K'Rang.
Thanh niên công nhân nêu câu hỏi tại chương trình.
Theo Tỉnh đoàn, toàn tỉnh có 52 khu công nghiệp với hơn 820.000 công nhân, trong đó khoảng 62% dưới 35 tuổi. Năm 2025, Tỉnh đoàn đã xây dựng 38 "Điểm hỗ trợ thanh niên công nhân", tổ chức 145 buổi tư vấn pháp luật, việc làm; trao 2.600 suất quà cho thanh niên công nhân khó khăn. Thực hiện Kết luận 80-KL/TW của Ban Bí thư và Kế hoạch 09-KH/TĐTN-TNCN của Ban Thường vụ Tỉnh đoàn, các cơ sở Đoàn trong doanh nghiệp đã kết nạp 3.150 đoàn viên mới.
Tại chương trình, 22 câu hỏi được gửi trực tiếp. Anh Thạch Rết, công nhân Công ty TNHH Changshin Việt Nam, hỏi về chính sách nhà ở xã hội cho công nhân thuê; chị Lương Thị Dương, Bí thư Chi đoàn Công ty cổ phần Điện tử Tân Thuận (phường Đồng Xoài), đề nghị mở thêm nhóm trẻ cho con công nhân. Anh Đinh Văn Khởi, công nhân người S'tiêng ở xã Bù Gia Mập, phản ánh đường từ nhà đến khu công nghiệp còn xa, chưa có xe đưa đón.
Trả lời, đồng chí Võ Tấn Đức cho biết tỉnh đang thực hiện Nghị quyết 201/2025/QH15 của Quốc hội thí điểm một số cơ chế, chính sách đặc biệt phát triển nhà ở xã hội; giai đoạn 2025 - 2030 phấn đấu hoàn thành 45.000 căn hộ nhà ở xã hội, trong đó năm 2026 khởi công 6 dự án. Tỉnh sẽ hỗ trợ 50% chi phí vé xe buýt cho công nhân trên các tuyến kết nối khu công nghiệp.
Đồng chí Điểu Thị Hồng Nhung đề nghị Tỉnh đoàn và các cấp công đoàn duy trì đối thoại định kỳ, lắng nghe tâm tư, kịp thời giải quyết vướng mắc ngay tại cơ sở.
Dịp này, Ban tổ chức trao 100 suất quà, mỗi suất 1 triệu đồng cho thanh niên công nhân có hoàn cảnh khó khăn.
Hạnh Dung
Tin cùng chuyên mục
- Tuổi trẻ Đồng Nai ra quân "Tháng Thanh niên công nhân" (25/11/2025)
- Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Đồng Nai nhiệm kỳ 2025 - 2030 (10/10/2025)
- Trao 200 suất học bổng cho con công nhân (02/10/2025)
- Ra mắt "Nhà trọ Đoàn viên" ở phường Tam Hiệp (25/09/2025)
- Tỉnh đoàn ký kết phối hợp với doanh nghiệp FDI (18/09/2025)
Báo và Phát thanh, Truyền hình Đồng Nai. Địa chỉ: phường Trấn Biên, tỉnh Đồng Nai. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""",
    "2025-12-04", "Lãnh đạo tỉnh đối thoại với 600 thanh niên công nhân",
    E("doi_thoai", "2025", "2025-12-02"),
    [P("Võ Tấn Đức", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
     P("Điểu Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Nguyễn Thị Hồng Phúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Liên đoàn Lao động tỉnh"),
     P("Lê Đăng Khoa", "Bí thư Tỉnh đoàn"),
     P("Thị Kim Liên", "Phó Bí thư Tỉnh đoàn"),
     P("Nguyễn Hoàng Vũ", "Phó Bí thư Tỉnh đoàn"),
     P("Điểu K'Rang", "Phó Bí thư Tỉnh đoàn"),
     P("Thạch Rết", "công nhân Công ty TNHH Changshin Việt Nam"),
     P("Lương Thị Dương", "Bí thư Chi đoàn Công ty cổ phần Điện tử Tân Thuận"),
     P("Đinh Văn Khởi")],
    [Q("600 thanh niên công nhân", 600, "thanh niên công nhân"),
     Q("4 điểm cầu", 4, "điểm cầu"),
     Q("52 khu công nghiệp", 52, "khu công nghiệp"),
     Q("hơn 820.000 công nhân", 820000, "công nhân", "over"),
     Q("khoảng 62%", 62, "%", "approx"),
     Q("38 \"Điểm hỗ trợ thanh niên công nhân\"", 38, "Điểm hỗ trợ thanh niên công nhân"),
     Q("145 buổi tư vấn pháp luật, việc làm", 145, "buổi tư vấn pháp luật, việc làm"),
     Q("2.600 suất quà", 2600, "suất quà"),
     Q("3.150 đoàn viên mới", 3150, "đoàn viên mới"),
     Q("22 câu hỏi", 22, "câu hỏi"),
     Q("45.000 căn hộ nhà ở xã hội", 45000, "căn hộ nhà ở xã hội"),
     Q("6 dự án", 6, "dự án"),
     Q("50%", 50, "%"),
     Q("100 suất quà", 100, "suất quà"),
     Q("1 triệu đồng", 1000000, "đồng")],
    [D("Kết luận", "80", "KL/TW", issuer="Ban Bí thư", surface="Kết luận 80-KL/TW"),
     D("Kế hoạch", "09", "KH/TĐTN-TNCN", issuer="Ban Thường vụ Tỉnh đoàn", surface="Kế hoạch 09-KH/TĐTN-TNCN"),
     D("Nghị quyết", "201", "2025/QH15", issuer="Quốc hội", surface="Nghị quyết 201/2025/QH15")],
    [prov("Đồng Nai"), prov("Bình Phước"), com("Long Bình"), com("Đồng Xoài"), com("Bù Gia Mập")],
    ["Báo và Phát thanh, Truyền hình Đồng Nai", "Chính trị › Đoàn thể › Thanh niên",
     "Ảnh: Toàn cảnh buổi đối thoại tại Khu công nghiệp Amata.", "Thanh niên công nhân nêu câu hỏi tại chương trình.",
     "S'tiêng", "Hạnh Dung", "Khu công nghiệp Amata"],
    ["Thứ Năm, 04/12/2025 06:30 (GMT+7)", "năm 2025", "Tối 2/12", "35 tuổi", "2025 - 2030", "năm 2026", "QH15"]))

# b748 Cà Mau (mới), BĐBP tỉnh + Hội Nông dân, trao quà Tết 2026
PAGES.append(page("b748-camau-bdbp-traoqua-2026", """
BÁO CÀ MAU
Hôm nay: Thứ Năm, 05/02/2026
Trang chủ | Quốc phòng - An ninh | Biên phòng
Thứ Ba, 03/02/2026 | 19:05
"Xuân Biên phòng ấm lòng dân bản" đến với 1.500 hộ dân vùng biển
Ngày 1/2, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cà Mau phối hợp với Hội Nông dân tỉnh và Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức chương trình "Xuân Biên phòng ấm lòng dân bản" Tết Bính Ngọ 2026 tại xã Đất Mũi và xã Gành Hào, trao quà cho 1.500 hộ dân khó khăn khu vực biên giới biển.
Đại tá Lâm Quốc Khởi trao quà cho bà con xã Đất Mũi.
Tham dự có Đại tá Lâm Quốc Khởi, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ đội Biên phòng tỉnh; đồng chí Huỳnh Thị Mỹ Xuyên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Danh Sà Phol, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh; Thượng tá Trần Quang Định, Phó Chính ủy Bộ đội Biên phòng tỉnh; các đồng chí Thiếu tá Nguyễn Văn Tèo, Đại úy Lý Thành Nhân - Chính trị viên phó Đồn Biên phòng Đất Mũi.
Tại xã Đất Mũi, đoàn trao 800 phần quà, mỗi phần trị giá 700.000 đồng gồm gạo, nhu yếu phẩm và tiền mặt; tại xã Gành Hào thuộc địa bàn tỉnh Bạc Liêu cũ, trao 700 phần quà cho ngư dân và hộ đồng bào Khmer. Tổng trị giá chương trình hơn 1,05 tỷ đồng, do các doanh nghiệp, nhà hảo tâm và Quỹ Hỗ trợ nông dân đóng góp. Đoàn cũng trao 5 căn "Nhà đồng đội", mỗi căn 80 triệu đồng, và 2 con bò giống theo mô hình "Bò giống nông dân - Biên phòng".
Thực hiện Chỉ thị 04/CT-BTL của Tư lệnh Bộ đội Biên phòng và Kế hoạch 16-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, dịp Tết Bính Ngọ, các đồn Biên phòng trong tỉnh dự kiến trao tổng cộng 6.200 suất quà, tổ chức 9 điểm "Chợ Tết 0 đồng" phục vụ khoảng 4.000 lượt người.
Ông Thạch Sa Rươl, nông dân ấp Ông Do, xã Gành Hào, xúc động cho biết gia đình năm nay mất mùa tôm nên món quà rất ý nghĩa. Ông Tô Văn Hùng, Chủ tịch Hội Nông dân xã Đất Mũi, vừa được tín nhiệm giữ chức Bí thư Chi bộ ấp Mũi, cảm ơn bộ đội luôn đồng hành cùng ngư dân bám biển.
Phát biểu, Đại tá Lâm Quốc Khởi chúc bà con đón Tết an vui, đề nghị ngư dân chấp hành nghiêm quy định về chống khai thác hải sản bất hợp pháp, không khai báo và không theo quy định (IUU), không vi phạm vùng biển nước ngoài.
Ngay sau lễ trao quà, cán bộ, chiến sĩ đồn Biên phòng cùng đoàn viên thanh niên, hội viên nông dân đã đến từng gia đình neo đơn, người già yếu để trao tận tay những phần quà còn lại, giúp bà con dọn dẹp nhà cửa, treo cờ Tổ quốc, sửa sang lối đi trước Tết.
Minh Nhựt
Lượt xem: 812
Tin liên quan
- Hội Nông dân tỉnh trao 300 suất quà cho hội viên nghèo (28/01/2026)
- Bộ đội Biên phòng tỉnh ra quân đợt cao điểm chống khai thác IUU (20/01/2026)
- Khởi công "Nhà đồng đội" cho quân nhân khó khăn ở Năm Căn (12/01/2026)
- Ngư dân Sông Đốc ra khơi đầu năm mới (08/01/2026)
- Hội Nông dân xã Gành Hào ra mắt tổ hợp tác nuôi tôm (02/01/2026)
- Tặng cờ Tổ quốc cho ngư dân Đất Mũi (28/12/2025)
- Hội Nông dân tỉnh tổng kết năm 2025 (22/12/2025)
Báo Cà Mau - Cơ quan của Đảng bộ tỉnh Cà Mau. Địa chỉ: phường Tân Thành, tỉnh Cà Mau. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""",
    "2026-02-03", "\"Xuân Biên phòng ấm lòng dân bản\" đến với 1.500 hộ dân vùng biển",
    E("trao_qua", None, "2026-02-01"),
    [P("Lâm Quốc Khởi", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
     P("Huỳnh Thị Mỹ Xuyên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Danh Sà Phol", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
     P("Trần Quang Định", "Thượng tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
     P("Nguyễn Văn Tèo", "Thiếu tá", "Chính trị viên phó Đồn Biên phòng Đất Mũi"),
     P("Lý Thành Nhân", "Đại úy", "Chính trị viên phó Đồn Biên phòng Đất Mũi"),
     P("Thạch Sa Rươl", "nông dân ấp Ông Do"),
     P("Tô Văn Hùng", "Chủ tịch Hội Nông dân xã Đất Mũi", "Bí thư Chi bộ ấp Mũi")],
    [Q("1.500 hộ dân", 1500, "hộ dân"),
     Q("800 phần quà", 800, "phần quà"),
     Q("700.000 đồng", 700000, "đồng"),
     Q("700 phần quà", 700, "phần quà"),
     Q("hơn 1,05 tỷ đồng", 1050000000, "đồng", "over"),
     Q("5 căn \"Nhà đồng đội\"", 5, "Nhà đồng đội"),
     Q("80 triệu đồng", 80000000, "đồng"),
     Q("2 con bò giống", 2, "con bò giống"),
     Q("6.200 suất quà", 6200, "suất quà"),
     Q("9 điểm", 9, "điểm"),
     Q("khoảng 4.000 lượt người", 4000, "lượt người", "approx")],
    [D("Chỉ thị", "04", "CT-BTL", issuer="Tư lệnh Bộ đội Biên phòng", surface="Chỉ thị 04/CT-BTL"),
     D("Kế hoạch", "16", "KH/BTGDVTU", issuer="Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Kế hoạch 16-KH/BTGDVTU")],
    [prov("Cà Mau"), prov("Bạc Liêu"), com("Đất Mũi"), com("Gành Hào")],
    ["BÁO CÀ MAU", "Hôm nay: Thứ Năm, 05/02/2026", "Trang chủ | Quốc phòng - An ninh | Biên phòng",
     "Đại tá Lâm Quốc Khởi trao quà cho bà con xã Đất Mũi.", "Xuân Biên phòng ấm lòng dân bản", "Nhà đồng đội",
     "Bò giống nông dân - Biên phòng", "Chợ Tết 0 đồng", "Ông Do", "Khmer", "Minh Nhựt", "Lượt xem: 812", "IUU", "Tết Bính Ngọ"],
    ["Hôm nay: Thứ Năm, 05/02/2026", "Tết Bính Ngọ 2026", "0 đồng", "Ngày 1/2", "Lượt xem: 812"]))
