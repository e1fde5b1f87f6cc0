"""holdout38 batch 4: b887-b892 (page text and labels side by side)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b887
PAGES.append(page("b887-bacninh-doithoai-congnhan-kcn-2024", """
BÁO BẮC NINH
Lao động - Việc làm :: Công đoàn
Đăng lúc 2024-09-26 16:15
Chủ tịch UBND tỉnh đối thoại với công nhân lao động các khu công nghiệp
Chiều 25/9, tại Nhà văn hóa công nhân KCN Quế Võ, UBND tỉnh phối hợp với Liên đoàn Lao động tỉnh tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân lao động năm 2024. Chủ tịch UBND tỉnh Kiều Minh Khang chủ trì hội nghị. Cùng dự có bà Hoàng Thị Minh Nguyệt, Chủ tịch LĐLĐ tỉnh; ông Nguyễn Quang Thái, Phó Trưởng ban Quản lý các KCN tỉnh; bà Trần Thị Hằng, Giám đốc Sở Lao động - Thương binh và Xã hội cùng gần 300 công nhân, cán bộ công đoàn cơ sở.
Toàn cảnh hội nghị đối thoại.
Bắc Ninh hiện có 16 KCN đang hoạt động, thu hút hơn 340.000 lao động, trong đó lao động ngoại tỉnh chiếm khoảng 60%. Tiền lương bình quân của người lao động đạt 8,6 triệu đồng/người/tháng. Các cấp công đoàn đang quản lý 1.152 công đoàn cơ sở với hơn 278.000 đoàn viên. Thực hiện Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, Nghị định số 59/2023/NĐ-CP của Chính phủ và Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ, có 84% doanh nghiệp đã tổ chức hội nghị người lao động, đối thoại định kỳ tại nơi làm việc.
Trước hội nghị, LĐLĐ tỉnh đã tổng hợp 56 ý kiến, kiến nghị của người lao động gửi các sở, ngành trả lời. Tại hội nghị, 12 ý kiến được nêu trực tiếp, tập trung vào nhà ở xã hội, trường mầm non cho con công nhân, chất lượng bữa ăn ca và việc doanh nghiệp cắt giảm đơn hàng.
Chị Hoàng Thị Bích (dân tộc Tày, quê Lạng Sơn), công nhân Công ty TNHH Điện tử Hòa Thịnh, cho biết vợ chồng chị thuê trọ đã 7 năm, mong được mua nhà ở xã hội trả góp. Anh Lò Văn Tuấn (dân tộc Thái, quê Sơn La), tổ trưởng tổ sản xuất Công ty TNHH Cơ khí Bảo An, đề nghị tỉnh có chính sách hỗ trợ học nghề cho lao động lớn tuổi bị mất việc.
Trả lời các ý kiến, ông Nguyễn Quang Thái cho biết, tỉnh đang triển khai 7 dự án nhà ở xã hội với hơn 9.400 căn hộ, ưu tiên công nhân các KCN. Bà Trần Thị Hằng thông tin, 9 tháng năm 2024, Sở đã giới thiệu việc làm cho 5.600 lao động bị mất việc, chi trả trợ cấp thất nghiệp cho hơn 11.000 người.
Kết luận hội nghị, Chủ tịch UBND tỉnh Kiều Minh Khang ghi nhận những đóng góp của công nhân lao động; giao các sở, ngành thực hiện Kế hoạch số 398/KH-UBND ngày 10/7/2024 của UBND tỉnh về chăm lo nhà ở, thiết chế văn hóa cho công nhân; yêu cầu các doanh nghiệp thực hiện nghiêm quy chế dân chủ ở cơ sở, không để nợ lương, nợ bảo hiểm xã hội. Ông đề nghị tổ chức công đoàn làm tốt vai trò cầu nối, kịp thời nắm bắt tâm tư của người lao động, không để xảy ra ngừng việc tập thể.
Dịp này, bà Hoàng Thị Minh Nguyệt trao 100 suất quà, mỗi suất 1 triệu đồng cho công nhân có hoàn cảnh khó khăn và trao 3 "Mái ấm Công đoàn" cho đoàn viên chưa có nhà ở.
Ngọc Thúy
Xem thêm
- Yên Phong: 2.000 công nhân được khám sức khỏe miễn phí (20/09/2024)
- Công đoàn các KCN tổ chức "Tháng Công nhân" năm 2024 (15/05/2024)
- Đối thoại về an toàn lao động tại doanh nghiệp FDI (28/08/2024)
""",
    "2024-09-26",
    "Chủ tịch UBND tỉnh đối thoại với công nhân lao động các khu công nghiệp",
    E("doi_thoai", "2024", "2024-09-25"),
    [
        P("Kiều Minh Khang", "Chủ tịch UBND tỉnh"),
        P("Hoàng Thị Minh Nguyệt", "Chủ tịch LĐLĐ tỉnh"),
        P("Nguyễn Quang Thái", "Phó Trưởng ban Quản lý các KCN tỉnh"),
        P("Trần Thị Hằng", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
        P("Hoàng Thị Bích", "công nhân Công ty TNHH Điện tử Hòa Thịnh"),
        P("Lò Văn Tuấn", "tổ trưởng tổ sản xuất Công ty TNHH Cơ khí Bảo An"),
    ],
    [
        Q("gần 300 công nhân, cán bộ công đoàn cơ sở", 300, "công nhân, cán bộ công đoàn cơ sở", "approx"),
        Q("16 KCN", 16, "KCN"),
        Q("hơn 340.000 lao động", 340000, "lao động", "over"),
        Q("khoảng 60%", 60, "%", "approx"),
        Q("8,6 triệu đồng", 8600000, "đồng"),
        Q("1.152 công đoàn cơ sở", 1152, "công đoàn cơ sở"),
        Q("hơn 278.000 đoàn viên", 278000, "đoàn viên", "over"),
        Q("84%", 84, "%"),
        Q("56 ý kiến, kiến nghị", 56, "ý kiến, kiến nghị"),
        Q("12 ý kiến", 12, "ý kiến"),
        Q("7 dự án nhà ở xã hội", 7, "dự án nhà ở xã hội"),
        Q("hơn 9.400 căn hộ", 9400, "căn hộ", "over"),
        Q("5.600 lao động", 5600, "lao động"),
        Q("hơn 11.000 người", 11000, "người", "over"),
        Q("100 suất quà", 100, "suất quà"),
        Q("1 triệu đồng", 1000000, "đồng"),
        Q("3 \"Mái ấm Công đoàn\"", 3, "Mái ấm Công đoàn"),
    ],
    [
        D("Luật", "10", "2022/QH15", None, None, surface="Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
        D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", surface="Nghị định số 59/2023/NĐ-CP"),
        D("Nghị định", "145", "2020/NĐ-CP", "2020-12-14", "Chính phủ", surface="Nghị định số 145/2020/NĐ-CP"),
        D("Kế hoạch", "398", "KH-UBND", "2024-07-10", "UBND tỉnh", surface="Kế hoạch số 398/KH-UBND"),
    ],
    [prov("Bắc Ninh"), prov("Lạng Sơn"), prov("Sơn La")],
    ["BÁO BẮC NINH", "Lao động - Việc làm :: Công đoàn", "Toàn cảnh hội nghị đối thoại.", "Nhà văn hóa công nhân KCN Quế Võ",
     "Mái ấm Công đoàn", "Ngọc Thúy"],
    ["Đăng lúc 2024-09-26 16:15", "7 năm", "9 tháng năm 2024", "8,6 triệu đồng/người/tháng"],
))

# ---------------------------------------------------------------- b888
PAGES.append(page("b888-tayninh-chucsac-caodai-2024", """
Báo Tây Ninh Online
Trang chủ » Chính trị » Tôn giáo
Cập nhật ngày: 30/10/2024
Gặp mặt 250 chức sắc, chức việc, tín đồ tiêu biểu các tôn giáo
(BTN) - Sáng 29/10, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Ban Dân vận Tỉnh ủy, Ban Tôn giáo (Sở Nội vụ) tổ chức hội nghị gặp mặt chức sắc, chức việc, tín đồ tiêu biểu các tôn giáo năm 2024. Bà Lê Thị Thu Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và ông Trương Văn Lực, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.
Quang cảnh buổi gặp mặt.
Tây Ninh là trung tâm của đạo Cao Đài, toàn tỉnh hiện có 10 tôn giáo được Nhà nước công nhận với hơn 850.000 tín đồ, chiếm khoảng 70% dân số; riêng Hội Thánh Cao Đài Tây Ninh có 92 họ đạo trong tỉnh. Năm 2024, các tôn giáo đã đóng góp hơn 120 tỷ đồng cho công tác an sinh xã hội, hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát" với 126 căn nhà được xây mới, sửa chữa. Các chức sắc đã vận động tín đồ hiến hơn 18.000 m2 đất làm đường giao thông, mở rộng trường học.
Thực hiện Kế hoạch số 112-KH/TU ngày 14/5/2019 của Ban Thường vụ Tỉnh ủy về công tác tôn giáo và Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ quy định chi tiết Luật Tín ngưỡng, tôn giáo, các cấp chính quyền đã giải quyết 64 hồ sơ, thủ tục liên quan đến hoạt động tôn giáo đúng thời hạn; không để phát sinh vụ việc phức tạp.
Tại hội nghị, Phối sư Thượng Trí Thanh, Phó Chưởng quản Hội đồng Chưởng quản Hội Thánh Cao Đài Tây Ninh, bày tỏ đồng thuận với chủ trương sắp xếp tổ chức bộ máy và đề nghị tỉnh quan tâm quy hoạch khu vực Tòa Thánh gắn với phát triển du lịch tâm linh. Giáo hữu Ngọc Lợi Thanh, Đầu tộc đạo Gò Dầu, chia sẻ mô hình "Bếp ăn từ thiện" của họ đạo mỗi tuần phục vụ khoảng 400 suất cơm cho bệnh nhân nghèo.
Hòa thượng Thích Minh Tánh, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, Linh mục Giuse Đinh Quang Vinh, Quản hạt Tây Ninh và ông Mã Sa Ly, Trưởng Ban Đại diện cộng đồng Hồi giáo tỉnh cùng đề nghị tỉnh tiếp tục tạo điều kiện để các tôn giáo tham gia hoạt động giáo dục, y tế, từ thiện xã hội.
Phát biểu tại hội nghị, bà Lê Thị Thu Vân ghi nhận sự đồng hành của chức sắc, chức việc và đồng bào các tôn giáo; đề nghị tiếp tục thực hiện tốt phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Ông Trương Văn Lực giao Sở Nội vụ chủ trì rà soát, giải quyết các kiến nghị về đất đai của cơ sở tôn giáo trong quý I/2025.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 85 tập thể, cá nhân là chức sắc, chức việc, tín đồ tiêu biểu. Dự hội nghị còn có các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Đoàn Thị Nga, Nguyễn Văn Tới.
Thanh Hương
Tin khác
- Thăm, chúc mừng Hội Thánh Cao Đài Tây Ninh nhân Đại lễ Hội Yến Diêu Trì Cung (15/09/2024)
- Gò Dầu: biểu dương 40 gương điển hình "Sống tốt đời, đẹp đạo" (05/10/2024)
- Tân Biên gặp mặt đồng bào Khmer nhân lễ Sene Dolta (01/10/2024)
""",
    "2024-10-30",
    "Gặp mặt 250 chức sắc, chức việc, tín đồ tiêu biểu các tôn giáo",
    E("hoi_nghi", "2024", "2024-10-29"),
    [
        P("Lê Thị Thu Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Trương Văn Lực", "Phó Chủ tịch UBND tỉnh"),
        P("Thượng Trí Thanh", "Phối sư", "Phó Chưởng quản Hội đồng Chưởng quản Hội Thánh Cao Đài Tây Ninh"),
        P("Ngọc Lợi Thanh", "Giáo hữu", "Đầu tộc đạo Gò Dầu"),
        P("Thích Minh Tánh", "Hòa thượng", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
        P("Giuse Đinh Quang Vinh", "Linh mục", "Quản hạt Tây Ninh"),
        P("Mã Sa Ly", "Trưởng Ban Đại diện cộng đồng Hồi giáo tỉnh"),
        P("Đoàn Thị Nga", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Nguyễn Văn Tới", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    ],
    [
        Q("250 chức sắc, chức việc, tín đồ tiêu biểu", 250, "chức sắc, chức việc, tín đồ tiêu biểu"),
        Q("10 tôn giáo", 10, "tôn giáo"),
        Q("hơn 850.000 tín đồ", 850000, "tín đồ", "over"),
        Q("khoảng 70%", 70, "%", "approx"),
        Q("92 họ đạo", 92, "họ đạo"),
        Q("hơn 120 tỷ đồng", 120000000000, "đồng", "over"),
        Q("126 căn nhà", 126, "căn nhà"),
        Q("hơn 18.000 m2", 18000, "m2", "over"),
        Q("64 hồ sơ, thủ tục", 64, "hồ sơ, thủ tục"),
        Q("khoảng 400 suất cơm", 400, "suất cơm", "approx"),
        Q("85 tập thể, cá nhân", 85, "tập thể, cá nhân"),
    ],
    [
        D("Kế hoạch", "112", "KH/TU", "2019-05-14", "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch số 112-KH/TU"),
        D("Nghị định", "95", "2023/NĐ-CP", "2023-12-29", "Chính phủ", surface="Nghị định số 95/2023/NĐ-CP"),
    ],
    [prov("Tây Ninh")],
    ["Báo Tây Ninh Online", "Trang chủ » Chính trị » Tôn giáo", "(BTN)", "Quang cảnh buổi gặp mặt.",
     "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Bếp ăn từ thiện", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
     "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Luật Tín ngưỡng, tôn giáo", "Hội Thánh Cao Đài Tây Ninh", "Thanh Hương"],
    ["Cập nhật ngày: 30/10/2024", "mỗi tuần", "quý I/2025"],
))

# ---------------------------------------------------------------- b889
PAGES.append(page("b889-quangngai-btgdv-soket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG NGÃI
Thời sự | Chính trị | Xây dựng Đảng
Thứ Tư, 16/07/2025
Công tác dân vận góp phần để chính quyền địa phương hai cấp vận hành thông suốt
Ngày 15/7, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm. Đây là hội nghị đầu tiên của Ban sau khi hợp nhất tỉnh Quảng Ngãi và tỉnh Kon Tum. Đồng chí Nguyễn Đăng Khoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Cùng chủ trì có các Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: A Pớt, Phạm Thị Kim Yến, Đinh Văn Tèo.
Đồng chí Nguyễn Đăng Khoa phát biểu kết luận hội nghị.
Theo báo cáo, 6 tháng đầu năm, khối dân vận hai tỉnh (cũ) đã tập trung tuyên truyền, vận động cán bộ, đảng viên và nhân dân đồng thuận với chủ trương sắp xếp đơn vị hành chính, tổ chức chính quyền địa phương hai cấp theo Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng. Tỉnh Quảng Ngãi mới có 96 đơn vị hành chính cấp xã; việc bàn giao, tiếp nhận trụ sở, con dấu, hồ sơ được thực hiện đúng tiến độ, người dân đến làm thủ tục tại 96 Trung tâm phục vụ hành chính công cấp xã được hướng dẫn tận tình.
Trong đợt lấy ý kiến nhân dân về dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013, toàn tỉnh đã thu thập hơn 1,2 triệu lượt ý kiến. Hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", các địa phương đã hoàn thành xóa 4.326 căn nhà tạm, nhà dột nát, trong đó có 2.180 căn của hộ đồng bào dân tộc thiểu số. Ban đã tham mưu ban hành Kế hoạch số 04-KH/BTGDVTU ngày 08/7/2025 về kiểm tra việc thực hiện Quyết định số 23-QĐ/TW của Ban Chấp hành Trung ương ở cấp xã mới.
Tại hội nghị, đồng chí Y Khuyên, Bí thư Đảng ủy xã Măng Đen cho biết, xã mới có 14 thôn, chủ yếu là đồng bào Xơ Đăng; cán bộ xã đã xuống từng thôn gặp già làng, người có uy tín để giải thích về mô hình chính quyền mới. Già làng A Thút ở thôn Kon Chênh, xã Măng Đen đề nghị sớm sửa chữa tuyến đường liên thôn bị sạt lở. Đồng chí Đinh Thị Nết, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Sơn Hà, phản ánh một số người dân, nhất là người cao tuổi đồng bào Hrê còn lúng túng khi làm thủ tục trực tuyến. Đồng chí Lê Thị Thu Trang, Phó Chủ tịch UBND phường Cẩm Thành, chia sẻ cách lập tổ công nghệ số cộng đồng tại 23 tổ dân phố.
Kết luận hội nghị, đồng chí Nguyễn Đăng Khoa yêu cầu 6 tháng cuối năm, khối dân vận nắm chắc tình hình tư tưởng của cán bộ, người dân sau sắp xếp; kịp thời tham mưu giải quyết kiến nghị chính đáng của nhân dân, không để phát sinh điểm nóng; chuẩn bị tốt công tác dân vận phục vụ Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030.
Thanh Nhàn
Tin liên quan
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi (01/07/2025)
- Kon Tum (cũ): gặp mặt người có uy tín trước khi hợp nhất (20/06/2025)
- Vận động người dân thực hiện thủ tục hành chính trực tuyến (10/07/2025)
""",
    "2025-07-16",
    "Công tác dân vận góp phần để chính quyền địa phương hai cấp vận hành thông suốt",
    E("so_ket", "2025-H1", "2025-07-15"),
    [
        P("Nguyễn Đăng Khoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("A Pớt", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Phạm Thị Kim Yến", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Đinh Văn Tèo", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Y Khuyên", "Bí thư Đảng ủy xã Măng Đen"),
        P("A Thút", "Già làng"),
        P("Đinh Thị Nết", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Sơn Hà"),
        P("Lê Thị Thu Trang", "Phó Chủ tịch UBND phường Cẩm Thành"),
    ],
    [
        Q("96 đơn vị hành chính cấp xã", 96, "đơn vị hành chính cấp xã"),
        Q("96 Trung tâm phục vụ hành chính công cấp xã", 96, "Trung tâm phục vụ hành chính công cấp xã"),
        Q("hơn 1,2 triệu lượt ý kiến", 1200000, "lượt ý kiến", "over"),
        Q("4.326 căn nhà tạm, nhà dột nát", 4326, "căn nhà tạm, nhà dột nát"),
        Q("2.180 căn", 2180, "căn"),
        Q("14 thôn", 14, "thôn"),
        Q("23 tổ dân phố", 23, "tổ dân phố"),
    ],
    [
        D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương Đảng", surface="Nghị quyết số 60-NQ/TW"),
        D("Kế hoạch", "04", "KH/BTGDVTU", "2025-07-08", "Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Kế hoạch số 04-KH/BTGDVTU"),
        D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", surface="Quyết định số 23-QĐ/TW"),
    ],
    [prov("Quảng Ngãi"), prov("Kon Tum"), com("Măng Đen"), com("Sơn Hà"), com("Cẩm Thành")],
    ["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG NGÃI", "Thời sự | Chính trị | Xây dựng Đảng",
     "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Hiến pháp năm 2013",
     "Trung tâm phục vụ hành chính công", "Thanh Nhàn"],
    ["Thứ Tư, 16/07/2025", "6 tháng đầu năm 2025", "6 tháng cuối năm", "lần thứ I", "nhiệm kỳ 2025 - 2030", "hai cấp"],
))

# ---------------------------------------------------------------- b890
PAGES.append(page("b890-daklak-bdbp-trungthu-iarve-2025", """
Báo và Phát thanh, Truyền hình Đắk Lắk
Xã hội / Quốc phòng - An ninh
03/10/2025 08:20
"Trung thu cho em" nơi biên giới Ia Rvê
Ngày 2/10, Đồn Biên phòng Ia Rvê (Bộ đội Biên phòng tỉnh Đắk Lắk) phối hợp với Đảng ủy, UBND xã Ia Rvê tổ chức chương trình "Trung thu cho em" năm 2025, trao 350 phần quà cho học sinh nghèo, học sinh là con em đồng bào dân tộc thiểu số trên địa bàn xã biên giới.
Cán bộ, chiến sĩ Đồn Biên phòng Ia Rvê vui Trung thu cùng các em nhỏ.
Mỗi phần quà gồm bánh Trung thu, sữa, đồ dùng học tập, trị giá 250.000 đồng. Đơn vị còn tặng 20 chiếc xe đạp, 200 bộ sách vở cho học sinh vượt khó; trao 4 con bò giống cho hộ nghèo theo mô hình "Bò giống giúp người nghèo nơi biên giới", mỗi con trị giá 15 triệu đồng. Tổng kinh phí chương trình hơn 210 triệu đồng do đơn vị vận động các nhà hảo tâm, doanh nghiệp ủng hộ.
Thượng tá Y Thịnh Niê, Đồn trưởng Đồn Biên phòng Ia Rvê cho biết, Ia Rvê là xã biên giới có 9 thôn, buôn với hơn 1.900 hộ, gồm đồng bào Êđê, Jrai, M'nông và các dân tộc Thái, Tày, Nùng từ phía Bắc vào lập nghiệp. Thực hiện kế hoạch số 312/KH-ĐBP của đơn vị về công tác dân vận năm 2025, đồn đã duy trì 3 tổ công tác bám địa bàn, cử 6 đảng viên tham gia sinh hoạt tại chi bộ thôn, buôn; nhận đỡ đầu 15 học sinh theo chương trình "Nâng bước em tới trường" và 4 cháu "Con nuôi đồn Biên phòng".
Sau khi thực hiện chính quyền địa phương hai cấp, đồn phối hợp chặt chẽ với Đảng ủy xã nắm tình hình, vận động đồng bào không nghe theo kẻ xấu, không tham gia hoạt động của tổ chức "Nhà nước Đêga". Ông Lê Văn Hào, Bí thư Đảng ủy xã Ia Rvê đánh giá, bộ đội Biên phòng là lực lượng nòng cốt trong xây dựng "thế trận lòng dân" ở khu vực biên giới.
Tại chương trình, bà H'Nguyệt Êban, Chủ tịch Ủy ban MTTQ Việt Nam xã, đề nghị đơn vị tiếp tục phối hợp mở lớp xóa mù chữ cho phụ nữ trong các buôn. Già làng Y Phiơng Mlô ở buôn Đrang Phốk cảm ơn bộ đội Biên phòng đã mang Tết Trung thu đến với con cháu trong buôn. Ông Lương Văn Thắm (dân tộc Thái), trưởng thôn 6, cho biết thôn có 41 hộ nghèo, mong tiếp tục được hỗ trợ cây, con giống.
Dịp này, Đại úy H'Linh Byă, Phó Đội trưởng Đội vận động quần chúng của đồn cùng các chiến sĩ đã tổ chức rước đèn, phá cỗ cho hơn 400 em học sinh. Các em còn được các chiến sĩ kể chuyện về biên giới, về tình cảm của Bác Hồ với thiếu nhi và được hướng dẫn cách giữ an toàn khi qua suối mùa mưa.
Hoàng Thiên
Tin cùng chuyên mục
- BĐBP Đắk Lắk trao 500 suất quà Trung thu cho trẻ em biên giới (01/10/2025)
- Đồn Biên phòng Sêrêpốk giúp dân thu hoạch lúa (25/09/2025)
- Ra mắt mô hình "Tổ tự quản an ninh trật tự" ở buôn biên giới (15/09/2025)
""",
    "2025-10-03",
    "\"Trung thu cho em\" nơi biên giới Ia Rvê",
    E("trao_qua", None, "2025-10-02"),
    [
        P("Y Thịnh Niê", "Thượng tá", "Đồn trưởng Đồn Biên phòng Ia Rvê"),
        P("Lê Văn Hào", "Bí thư Đảng ủy xã Ia Rvê"),
        P("H'Nguyệt Êban", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
        P("Y Phiơng Mlô", "Già làng"),
        P("Lương Văn Thắm", "trưởng thôn 6"),
        P("H'Linh Byă", "Đại úy", "Phó Đội trưởng Đội vận động quần chúng của đồn"),
    ],
    [
        Q("350 phần quà", 350, "phần quà"),
        Q("250.000 đồng", 250000, "đồng"),
        Q("20 chiếc xe đạp", 20, "chiếc xe đạp"),
        Q("200 bộ sách vở", 200, "bộ sách vở"),
        Q("4 con bò giống", 4, "con bò giống"),
        Q("15 triệu đồng", 15000000, "đồng"),
        Q("hơn 210 triệu đồng", 210000000, "đồng", "over"),
        Q("9 thôn, buôn", 9, "thôn, buôn"),
        Q("hơn 1.900 hộ", 1900, "hộ", "over"),
        Q("3 tổ công tác", 3, "tổ công tác"),
        Q("6 đảng viên", 6, "đảng viên"),
        Q("15 học sinh", 15, "học sinh"),
        Q("4 cháu", 4, "cháu"),
        Q("41 hộ nghèo", 41, "hộ nghèo"),
        Q("hơn 400 em học sinh", 400, "em học sinh", "over"),
    ],
    [
        D("Kế hoạch", "312", "KH-ĐBP", None, "Đồn Biên phòng Ia Rvê", surface="kế hoạch số 312/KH-ĐBP"),
    ],
    [prov("Đắk Lắk"), com("Ia Rvê")],
    ["Báo và Phát thanh, Truyền hình Đắk Lắk", "Xã hội / Quốc phòng - An ninh", "Trung thu cho em",
     "Cán bộ, chiến sĩ Đồn Biên phòng Ia Rvê vui Trung thu cùng các em nhỏ.", "Bò giống giúp người nghèo nơi biên giới",
     "Nâng bước em tới trường", "Con nuôi đồn Biên phòng", "Nhà nước Đêga", "thế trận lòng dân", "Hoàng Thiên"],
    ["03/10/2025 08:20", "hai cấp"],
))

# ---------------------------------------------------------------- b891
PAGES.append(page("b891-vinhlong-btgdv-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH VĨNH LONG
Đang xem: Chính trị > Xây dựng Đảng
09/01/2026 - 17:30
Triển khai nhiệm vụ công tác dân vận năm 2026
Ngày 8/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Nguyễn Thị Bé Mười, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị.
Toàn cảnh hội nghị.
Năm 2025 là năm đầu tiên tỉnh Vĩnh Long mới (hợp nhất từ ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh) đi vào hoạt động với 124 xã, phường. Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy Lê Minh Triết trình bày báo cáo cho biết, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 03, 04-CT/TU về công tác dân vận trong tình hình mới và về tăng cường công tác vận động đồng bào Khmer; tham mưu thực hiện Kết luận số 121-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương về sắp xếp tổ chức bộ máy.
Công tác dân vận chính quyền có nhiều chuyển biến: các cấp chính quyền đã tổ chức 845 cuộc đối thoại với nhân dân, giải quyết 1.930/2.064 đơn thư, kiến nghị. Toàn tỉnh có 1.326 mô hình "Dân vận khéo" được công nhận, trong đó 218 mô hình ở vùng đồng bào Khmer. Hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", tỉnh đã hoàn thành xóa 5.214 căn nhà với tổng kinh phí gần 312 tỷ đồng. Trong năm, các cấp đã thăm, tặng 12.000 phần quà cho đồng bào Khmer nhân các lễ Chôl Chnăm Thmây, Sene Dolta.
Tại hội nghị, Đại đức Kim Sa Vương, trụ trì chùa Ô Chắc, xã Long Hiệp cho biết nhà chùa đã phối hợp với chính quyền mở 6 lớp dạy chữ Khmer, vận động thanh niên Khmer tránh xa ma túy. Đồng chí Trần Văn Út, Bí thư Đảng ủy xã Phú Túc, chia sẻ kinh nghiệm vận động giáo dân tham gia xây dựng nông thôn mới. Đồng chí Thạch Thị Sô Phia, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, thông tin về việc tổ chức lấy ý kiến nhân dân góp ý dự thảo văn kiện trình Đại hội XIV của Đảng với hơn 96.000 lượt ý kiến. Ông Nguyễn Văn Chín, Trưởng ấp Tân Thạnh, xã Tân Quới đề nghị tăng phụ cấp cho người hoạt động không chuyên trách ở ấp.
Phát biểu kết luận, đồng chí Nguyễn Thị Bé Mười yêu cầu năm 2026, khối dân vận tập trung tuyên truyền, vận động nhân dân tham gia bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; thực hiện tốt Luật Thực hiện dân chủ ở cơ sở; nắm chắc tình hình tôn giáo, dân tộc, không để bị động, bất ngờ.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 22 tập thể và 31 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2025.
Phương Thảo
Tin liên quan
- Vĩnh Long: gặp mặt người có uy tín trong đồng bào Khmer (05/01/2026)
- Hội nghị tổng kết công tác Mặt trận năm 2025 (30/12/2025)
- Ra mắt 20 mô hình "Dân vận khéo" ở vùng đồng bào Khmer (15/12/2025)
""",
    "2026-01-09",
    "Triển khai nhiệm vụ công tác dân vận năm 2026",
    E("tong_ket", "2025", "2026-01-08"),
    [
        P("Nguyễn Thị Bé Mười", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Lê Minh Triết", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Kim Sa Vương", "Đại đức", "trụ trì chùa Ô Chắc"),
        P("Trần Văn Út", "Bí thư Đảng ủy xã Phú Túc"),
        P("Thạch Thị Sô Phia", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Nguyễn Văn Chín", "Trưởng ấp Tân Thạnh"),
    ],
    [
        Q("124 xã, phường", 124, "xã, phường"),
        Q("845 cuộc đối thoại", 845, "cuộc đối thoại"),
        Q("1.930/2.064 đơn thư, kiến nghị", 1930, "đơn thư, kiến nghị"),
        Q("1.326 mô hình", 1326, "mô hình"),
        Q("218 mô hình", 218, "mô hình"),
        Q("5.214 căn nhà", 5214, "căn nhà"),
        Q("gần 312 tỷ đồng", 312000000000, "đồng", "approx"),
        Q("12.000 phần quà", 12000, "phần quà"),
        Q("6 lớp dạy chữ Khmer", 6, "lớp dạy chữ Khmer"),
        Q("hơn 96.000 lượt ý kiến", 96000, "lượt ý kiến", "over"),
        Q("22 tập thể", 22, "tập thể"),
        Q("31 cá nhân", 31, "cá nhân"),
    ],
    [
        D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 03, 04-CT/TU"),
        D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 03, 04-CT/TU"),
        D("Kết luận", "121", "KL/TW", "2025-01-24", "Ban Chấp hành Trung ương", surface="Kết luận số 121-KL/TW"),
    ],
    [prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp"), com("Phú Túc"), com("Tân Quới")],
    ["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH VĨNH LONG", "Đang xem: Chính trị > Xây dựng Đảng", "Toàn cảnh hội nghị.", "Dân vận khéo",
     "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Luật Thực hiện dân chủ ở cơ sở", "Chôl Chnăm Thmây", "Sene Dolta", "Phương Thảo"],
    ["09/01/2026 - 17:30", "năm 2026", "Đại hội XIV", "nhiệm kỳ 2026 - 2031"],
))

# ---------------------------------------------------------------- b892
PAGES.append(page("b892-laocai-xayty-giaoban-quy1-2026", """
Cổng thông tin điện tử xã Y Tý - tỉnh Lào Cai
Hôm nay: Thứ Hai, 06/04/2026
Trang chủ >> Tin hoạt động >> Xây dựng Đảng
Ngày đăng: 03/04/2026
Khối dân vận xã Y Tý giao ban quý I năm 2026
Chiều 2/4, Đảng ủy xã Y Tý tổ chức giao ban công tác dân vận quý I năm 2026 với các thành viên khối dân vận xã, Công an xã, Ban Chỉ huy quân sự xã, Đồn Biên phòng Y Tý và bí thư chi bộ, trưởng thôn của 18 thôn. Đồng chí Lý Mò Sừ, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã chủ trì.
Đồng chí Lý Mò Sừ phát biểu tại buổi giao ban.
Quý I, thực hiện Hướng dẫn số 05-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy và Kế hoạch số 12-KH/ĐU ngày 15/01/2026 của Đảng ủy xã, khối dân vận đã tuyên truyền, vận động nhân dân đón Tết Bính Ngọ vui tươi, an toàn; chuẩn bị cho cuộc bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp. Đảng ủy xã ban hành Quy chế số 03-QC/ĐU về công tác dân vận của hệ thống chính trị xã. Các tổ chức đã trao 210 suất quà Tết cho hộ nghèo, hộ gia đình chính sách; vận động nhân dân hiến 2.300 m2 đất mở rộng đường liên thôn.
Khối dân vận đã tiếp nhận 14 đơn thư, kiến nghị, giải quyết xong 12 đơn; tổ chức 3 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với nhân dân. Xã xây dựng mới 4 mô hình "Dân vận khéo", trong đó có mô hình "Thôn không có trẻ em tảo hôn" ở thôn Lao Chải.
Tại buổi giao ban, Đại úy Phạm Văn Quân, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Y Tý cho biết, đồn đã phối hợp với người có uy tín vận động 7 hộ người Mông từ bỏ hoạt động "Giê Sùa", trở lại phong tục truyền thống. Thượng úy Vàng A Thào, Phó Trưởng Công an xã đề nghị các thôn tiếp tục duy trì tổ tự quản về an ninh trật tự. Trung úy Ly A Chứ, Phó Chỉ huy trưởng Ban Chỉ huy quân sự xã, báo cáo kết quả giao quân năm 2026 đạt 100% chỉ tiêu với 16 thanh niên lên đường nhập ngũ.
Ông Phù Chà Lừ (người Hà Nhì), trưởng thôn Choản Thền, đề nghị xã hỗ trợ giống cây thảo quả cho các hộ mới tách hộ. Bà Thào Thị Mỷ, Chủ tịch Hội Liên hiệp Phụ nữ xã, cho biết hội đang vận động phụ nữ người Mông, Hà Nhì tham gia lớp học xóa mù chữ.
Kết luận buổi giao ban, đồng chí Lý Mò Sừ đề nghị quý II, khối dân vận tập trung vận động cử tri đi bầu cử đầy đủ; phối hợp với Đồn Biên phòng Y Tý, Công an xã nắm chắc tình hình biên giới, không để xảy ra xuất cảnh trái phép; mỗi đoàn thể có ít nhất 1 mô hình "Dân vận khéo" mới.
Ban Xây dựng Đảng xã
Tin khác
- Xã Y Tý ra quân trồng cây đầu xuân Bính Ngọ 2026 (20/02/2026)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 5 (28/03/2026)
- Y Tý: trao 120 suất quà cho hộ nghèo dịp Tết (05/02/2026)
""",
    "2026-04-03",
    "Khối dân vận xã Y Tý giao ban quý I năm 2026",
    E("giao_ban", "2026-Q1", "2026-04-02"),
    [
        P("Lý Mò Sừ", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
        P("Phạm Văn Quân", "Đại úy", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Y Tý"),
        P("Vàng A Thào", "Thượng úy", "Phó Trưởng Công an xã"),
        P("Ly A Chứ", "Trung úy", "Phó Chỉ huy trưởng Ban Chỉ huy quân sự xã"),
        P("Phù Chà Lừ", "trưởng thôn Choản Thền"),
        P("Thào Thị Mỷ", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
    ],
    [
        Q("18 thôn", 18, "thôn"),
        Q("210 suất quà Tết", 210, "suất quà Tết"),
        Q("2.300 m2", 2300, "m2"),
        Q("14 đơn thư, kiến nghị", 14, "đơn thư, kiến nghị"),
        Q("12 đơn", 12, "đơn"),
        Q("3 hội nghị đối thoại", 3, "hội nghị đối thoại"),
        Q("4 mô hình", 4, "mô hình"),
        Q("7 hộ người Mông", 7, "hộ người Mông"),
        Q("100% chỉ tiêu", 100, "%"),
        Q("16 thanh niên", 16, "thanh niên"),
    ],
    [
        D("Hướng dẫn", "05", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Hướng dẫn số 05-HD/BTGDVTU"),
        D("Kế hoạch", "12", "KH/ĐU", "2026-01-15", "Đảng ủy xã", surface="Kế hoạch số 12-KH/ĐU"),
        D("Quy chế", "03", "QC/ĐU", None, "Đảng ủy xã", surface="Quy chế số 03-QC/ĐU"),
    ],
    [prov("Lào Cai"), com("Y Tý")],
    ["Cổng thông tin điện tử xã Y Tý - tỉnh Lào Cai", "Trang chủ >> Tin hoạt động >> Xây dựng Đảng",
     "Dân vận khéo", "Thôn không có trẻ em tảo hôn", "Giê Sùa", "Tết Bính Ngọ",
     "Ban Xây dựng Đảng xã"],
    ["Hôm nay: Thứ Hai, 06/04/2026", "Ngày đăng: 03/04/2026", "quý II", "ít nhất 1 mô hình"],
))
