from lib import *

PAGES = []

# ---------------------------------------------------------------- b185
PAGES.append(page("b185-baclieu-hlhpn-doithoai-2023", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẠC LIÊU
Bạn đang ở đây: Trang chủ > Tin hoạt động > Hội nghị - Hội thảo
10-03-2023 14:30
Chủ tịch UBND tỉnh trả lời 19 kiến nghị của hội viên phụ nữ
Nhân kỷ niệm Ngày Quốc tế Phụ nữ 8/3, sáng ngày 8/3, Hội LHPN tỉnh Bạc Liêu phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với phụ nữ năm 2023.
Quang cảnh hội nghị đối thoại.
Tham dự có ông Nguyễn Hoàng Khải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; bà Lâm Thị Sang, Chủ tịch Hội LHPN tỉnh. Cùng dự có bà Lý Thị Sa Quênh và bà Tăng Thị Ngọc Mai, cùng là Phó Chủ tịch Hội LHPN tỉnh, và 250 hội viên, cán bộ Hội các cấp.
Tại hội nghị, 21 ý kiến của chị em tập trung vào việc làm cho lao động nữ, vốn vay khởi nghiệp, bạo lực gia đình và trẻ em bỏ học. Chủ tịch UBND tỉnh trực tiếp trả lời 19/21 ý kiến, các ý kiến còn lại giao Sở Lao động - Thương binh và Xã hội trả lời bằng văn bản.
Chị Thạch Thị Sa Rươne, hội viên phụ nữ phường 8, đề nghị tăng vốn vay cho hộ nuôi tôm quy mô nhỏ. Ông Nguyễn Hoàng Khải cho biết năm 2023 tỉnh dành 3,5 tỷ đồng cho 140 phụ nữ khởi nghiệp vay với lãi suất ưu đãi, mức vay tối đa 100 triệu đồng.
Bà Lâm Thị Sang cho biết, theo kế hoạch số 45/KH-UBND của UBND tỉnh, năm 2023 toàn tỉnh hỗ trợ 1.200 hộ phụ nữ nghèo, tổ chức 36 lớp dạy nghề; chương trình "Phụ nữ khởi nghiệp" đã hỗ trợ 62 ý tưởng. Việc thực hiện Quyết định số 1017/QĐ-UBND ngày 20/5/2022 của UBND tỉnh đạt 92% chỉ tiêu.
Bà Tăng Thị Ngọc Mai đối thoại với chị em. Ảnh: Hồng Nhung
Dịp này, Hội LHPN tỉnh trao 50 suất học bổng, mỗi suất 1.000.000 đồng, cho con hội viên nghèo học giỏi.
Hồng Nhung
Lượt xem: 1.140
Bài viết liên quan
- Hội thi "Phụ nữ Bạc Liêu khéo tay" năm 2023
- 300 phụ nữ Khmer được tập huấn nuôi tôm
""",
    published="2023-03-10",
    title="Chủ tịch UBND tỉnh trả lời 19 kiến nghị của hội viên phụ nữ",
    event=E("doi_thoai", "2023", "2023-03-08"),
    people=[
        P("Nguyễn Hoàng Khải", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
        P("Lâm Thị Sang", "Chủ tịch Hội LHPN tỉnh"),
        P("Lý Thị Sa Quênh", "Phó Chủ tịch Hội LHPN tỉnh"),
        P("Tăng Thị Ngọc Mai", "Phó Chủ tịch Hội LHPN tỉnh"),
        P("Thạch Thị Sa Rươne", "hội viên phụ nữ phường 8"),
    ],
    quantities=[
        Q("250 hội viên", 250, "hội viên"),
        Q("21 ý kiến", 21, "ý kiến"),
        Q("19/21 ý kiến", 19, "ý kiến"),
        Q("3,5 tỷ đồng", 3500000000, "đồng"),
        Q("140 phụ nữ", 140, "phụ nữ"),
        Q("100 triệu đồng", 100000000, "đồng"),
        Q("1.200 hộ phụ nữ nghèo", 1200, "hộ phụ nữ nghèo"),
        Q("36 lớp", 36, "lớp"),
        Q("62 ý tưởng", 62, "ý tưởng"),
        Q("92%", 92, "%"),
        Q("50 suất học bổng", 50, "suất học bổng"),
        Q("1.000.000 đồng", 1000000, "đồng"),
    ],
    documents=[
        D("Kế hoạch", "45", "KH-UBND", None, "UBND tỉnh", "kế hoạch số 45/KH-UBND"),
        D("Quyết định", "1017", "QĐ-UBND", "2022-05-20", "UBND tỉnh", "Quyết định số 1017/QĐ-UBND"),
    ],
    places=[prov("Bạc Liêu"), com("phường 8")],
    not_people=["HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẠC LIÊU",
                "Bạn đang ở đây: Trang chủ > Tin hoạt động > Hội nghị - Hội thảo", "Quang cảnh hội nghị đối thoại.",
                "Phụ nữ khởi nghiệp", "Sở Lao động - Thương binh và Xã hội",
                "Bà Tăng Thị Ngọc Mai đối thoại với chị em. Ảnh: Hồng Nhung", "Ngày Quốc tế Phụ nữ 8/3"],
    not_money=["Lượt xem: 1.140", "ngày 8/3"],
))

# ---------------------------------------------------------------- b186
PAGES.append(page("b186-phuyen-mttq-soket-2024", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ YÊN
Trang chủ / Hoạt động Mặt trận / Tin tỉnh
12/07/2024 - 14:05
Mặt trận Phú Yên triển khai nhiệm vụ 6 tháng cuối năm 2024
Ngày 10/7, Ủy ban MTTQ Việt Nam tỉnh Phú Yên tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2024 với sự tham dự của 27 đồng chí Ủy viên Ủy ban MTTQ Việt Nam tỉnh.
Đồng chí Ksor Y Thắng phát biểu tại hội nghị.
Chủ trì hội nghị có đồng chí Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Ksor Y Thắng; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Trần Thị Như Hoa, La O Thị Mai. Dự có đồng chí Nguyễn Văn Lực, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh.
Sáu tháng đầu năm, Quỹ "Vì người nghèo" các cấp vận động được 8,6 tỷ đồng; hỗ trợ xây mới 132 căn nhà đại đoàn kết, sửa chữa 47 căn, mỗi căn xây mới hỗ trợ 60 triệu đồng. Mặt trận các cấp chủ trì 112 cuộc giám sát, tổ chức 86 hội nghị phản biện, lấy ý kiến; 3.540 lượt người được khám bệnh, cấp thuốc miễn phí.
Phong trào xóa nhà tạm, nhà dột nát được đẩy mạnh theo Chỉ thị 17, 18-CT/TU của Ban Thường vụ Tỉnh ủy Phú Yên; đến nay đã xóa 1.284 căn nhà tạm, đạt 64% kế hoạch.
Ông Y Thuân Niê, người có uy tín buôn Ma Giai, xã Ea Bar, chia sẻ việc buôn vận động 18 hộ góp 250 ngày công giúp các gia đình khó khăn dựng nhà.
Đồng chí Ksor Y Thắng đề nghị 6 tháng cuối năm hoàn thành xóa nhà tạm trước ngày 31/12 và chuẩn bị tốt Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XIII.
Khánh Linh
Lượt xem: 874
Tin liên quan
- Sông Hinh: Bàn giao 20 căn nhà đại đoàn kết
- Mặt trận tỉnh giám sát chính sách bảo hiểm y tế
""",
    published="2024-07-12",
    title="Mặt trận Phú Yên triển khai nhiệm vụ 6 tháng cuối năm 2024",
    event=E("so_ket", "2024-H1", "2024-07-10"),
    people=[
        P("Ksor Y Thắng", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Trần Thị Như Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("La O Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Nguyễn Văn Lực", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
        P("Y Thuân Niê", "người có uy tín buôn Ma Giai"),
    ],
    quantities=[
        Q("27 đồng chí", 27, "đồng chí"),
        Q("8,6 tỷ đồng", 8600000000, "đồng"),
        Q("132 căn nhà đại đoàn kết", 132, "căn nhà đại đoàn kết"),
        Q("47 căn", 47, "căn"),
        Q("60 triệu đồng", 60000000, "đồng"),
        Q("112 cuộc giám sát", 112, "cuộc giám sát"),
        Q("86 hội nghị", 86, "hội nghị"),
        Q("3.540 lượt người", 3540, "lượt người"),
        Q("1.284 căn nhà tạm", 1284, "căn nhà tạm"),
        Q("64%", 64, "%"),
        Q("18 hộ", 18, "hộ"),
        Q("250 ngày công", 250, "ngày công"),
    ],
    documents=[
        D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy Phú Yên", "Chỉ thị 17, 18-CT/TU"),
        D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy Phú Yên", "18-CT/TU"),
    ],
    places=[prov("Phú Yên"), com("xã Ea Bar")],
    not_people=["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ YÊN", "Trang chủ / Hoạt động Mặt trận / Tin tỉnh",
                "Đồng chí Ksor Y Thắng phát biểu tại hội nghị.", "Vì người nghèo", "buôn Ma Giai"],
    not_money=["Lượt xem: 874", "27 đồng chí", "Sáu tháng đầu năm", "lần thứ XIII", "6 tháng đầu năm 2024", "6 tháng cuối năm hoàn thành", "ngày 31/12",
               "6 tháng cuối năm 2024"],
))

# ---------------------------------------------------------------- b187
PAGES.append(page("b187-laocai-doan-giaoban-2024", """
TỈNH ĐOÀN LÀO CAI
Trang chủ >> Hoạt động Đoàn >> Tin tỉnh
Thứ Hai, 08/04/2024 - 09:00
Tuổi trẻ Lào Cai ra quân Tháng Thanh niên với 45 công trình
Ngày 5/4, Ban Thường vụ Tỉnh đoàn Lào Cai tổ chức hội nghị giao ban công tác Đoàn và phong trào thanh thiếu nhi quý I năm 2024 với 9 điểm cầu các huyện, thị xã, thành phố.
Đồng chí Tẩn Láo Lở, Bí thư Tỉnh đoàn kết luận hội nghị.
Dự có đồng chí Tẩn Láo Lở, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn; các đồng chí Phó Bí thư Tỉnh đoàn Giàng A Tủa, Chảo Thị Mẩy; đồng chí Lý Seo Chà, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Tỉnh đoàn.
Trong quý I, các cơ sở Đoàn đã khởi công 45 công trình thanh niên với tổng giá trị hơn 2,3 tỷ đồng, làm 12 km đường giao thông nông thôn; 1.260 đoàn viên tham gia hiến máu tình nguyện; trao 300 suất quà cho thiếu nhi vùng cao, mỗi suất 200 nghìn đồng. Toàn tỉnh kết nạp 1.815 đoàn viên mới, đạt 60,5% chỉ tiêu năm.
Đồng chí Vàng Thị Dung, Bí thư Huyện đoàn Bắc Hà, báo cáo: huyện đoàn đã phát động 4 đợt "Ngày thứ bảy tình nguyện", huy động 2.400 lượt đoàn viên, thanh niên tham gia.
Anh Ma Seo Sử, đoàn viên thôn Sín Chải, xã Tả Van, là 1 trong 15 thanh niên được biểu dương vì có mô hình du lịch cộng đồng thu hút 3.000 lượt khách.
Kết luận hội nghị, đồng chí Tẩn Láo Lở đề nghị thực hiện tốt Kế hoạch số 212-KH/TĐTN của Ban Thường vụ Tỉnh đoàn về Tháng Thanh niên và Nghị quyết số 02-NQ/TĐTN về phát triển đoàn viên, phấn đấu quý II hoàn thành 100% công trình đã khởi công.
Bài, ảnh: Vàng Hoa
Lượt đọc: 1.517
Tin khác
- Sa Pa: Ra mắt 3 câu lạc bộ khởi nghiệp thanh niên
- Tỉnh đoàn giao ban công tác quý IV năm 2023
""",
    published="2024-04-08",
    title="Tuổi trẻ Lào Cai ra quân Tháng Thanh niên với 45 công trình",
    event=E("giao_ban", "2024-Q1", "2024-04-05"),
    people=[
        P("Tẩn Láo Lở", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
        P("Giàng A Tủa", "Phó Bí thư Tỉnh đoàn"),
        P("Chảo Thị Mẩy", "Phó Bí thư Tỉnh đoàn"),
        P("Lý Seo Chà", "Ủy viên Ban Thường vụ", "Trưởng ban Tuyên giáo Tỉnh đoàn"),
        P("Vàng Thị Dung", "Bí thư Huyện đoàn Bắc Hà"),
        P("Ma Seo Sử", "đoàn viên thôn Sín Chải"),
    ],
    quantities=[
        Q("45 công trình", 45, "công trình"),
        Q("9 điểm cầu", 9, "điểm cầu"),
        Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"),
        Q("12 km", 12, "km"),
        Q("1.260 đoàn viên", 1260, "đoàn viên"),
        Q("300 suất quà", 300, "suất quà"),
        Q("200 nghìn đồng", 200000, "đồng"),
        Q("1.815 đoàn viên", 1815, "đoàn viên"),
        Q("60,5%", 60.5, "%"),
        Q("2.400 lượt đoàn viên, thanh niên", 2400, "lượt đoàn viên, thanh niên"),
        Q("15 thanh niên", 15, "thanh niên"),
        Q("3.000 lượt khách", 3000, "lượt khách"),
        Q("100%", 100, "%"),
    ],
    documents=[
        D("Kế hoạch", "212", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 212-KH/TĐTN"),
        D("Nghị quyết", "02", "NQ/TĐTN", None, None, "Nghị quyết số 02-NQ/TĐTN"),
    ],
    places=[prov("Lào Cai"), com("xã Tả Van")],
    not_people=["TỈNH ĐOÀN LÀO CAI", "Trang chủ >> Hoạt động Đoàn >> Tin tỉnh",
                "Đồng chí Tẩn Láo Lở, Bí thư Tỉnh đoàn kết luận hội nghị.", "Ngày thứ bảy tình nguyện",
                "Tháng Thanh niên", "thôn Sín Chải"],
    not_money=["Lượt đọc: 1.517", "4 đợt", "1 trong 15", "quý I năm 2024", "quý II"],
))

# ---------------------------------------------------------------- b188
PAGES.append(page("b188-binhdinh-ccb-tongket-2024", """
HỘI CỰU CHIẾN BINH TỈNH BÌNH ĐỊNH
Trang chủ › Tin tức › Hoạt động Hội
Thứ Sáu, 10/1/2025, 08:30
Cựu chiến binh Bình Định giúp nhau thoát nghèo, giữ vững phẩm chất Bộ đội Cụ Hồ
Ngày 9/1, Hội CCB tỉnh Bình Định tổ chức hội nghị tổng kết công tác Hội và phong trào CCB năm 2024, triển khai phương hướng năm 2025.
Toàn cảnh hội nghị. Ảnh: Văn Lưu
Dự hội nghị có Đại tá Trương Công Định, Chủ tịch Hội CCB tỉnh; Thượng tá Đinh Văn Nhang, Phó Chủ tịch Hội CCB tỉnh; đồng chí Lê Thị Hồng Vân, Phó Trưởng Ban Dân vận Tỉnh ủy và 41 đồng chí Chủ tịch Hội CCB các huyện, thị xã, thành phố và đơn vị trực thuộc.
Năm 2024, toàn tỉnh kết nạp 1.040 hội viên mới, nâng tổng số lên 42.618 hội viên. Hội đang quản lý hơn 196 tỷ đồng vốn ủy thác cho 5.230 hộ vay; giúp 2.100 hội viên vay vốn không lãi với số tiền 3 tỷ 250 triệu đồng. Các cấp Hội đã xây 16 căn nhà "Đồng đội", mỗi căn 60 triệu; tỷ lệ cơ sở Hội vững mạnh đạt 99,2%.
Ông Đinh Văn Lũy, hội viên Hội CCB xã An Toàn, người Ba Na, được biểu dương vì đã vận động 23 hộ trong làng trồng 40 ha keo và bỏ tục làm nhà mồ tốn kém.
Các đồng chí Nguyễn Văn Sáu, Phan Hữu Cảnh, Đinh Thị Hưng - Chủ tịch Hội CCB cấp huyện đã trao đổi kinh nghiệm thực hiện Nghị quyết 05-NQ/CCB của Ban Chấp hành Trung ương Hội CCB Việt Nam và Chỉ thị 02-CT/TU của Tỉnh ủy Bình Định.
Phát biểu tại hội nghị, Đại tá Trương Công Định đề nghị năm 2025 mỗi chi hội có ít nhất 1 mô hình "CCB giúp nhau làm kinh tế", giữ vững "4 không" trong hội viên.
Hội nghị khen thưởng 28 tập thể và 46 cá nhân.
Văn Lưu
Lượt xem: 693
Tin liên quan
- Hoài Nhơn: 12 căn nhà "Đồng đội" được bàn giao
- CCB An Lão giúp nhau phát triển kinh tế
""",
    published="2025-01-10",
    title="Cựu chiến binh Bình Định giúp nhau thoát nghèo, giữ vững phẩm chất Bộ đội Cụ Hồ",
    event=E("tong_ket", "2024", "2025-01-09"),
    people=[
        P("Trương Công Định", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
        P("Đinh Văn Nhang", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
        P("Lê Thị Hồng Vân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Đinh Văn Lũy", "hội viên Hội CCB xã An Toàn"),
        P("Nguyễn Văn Sáu", "Chủ tịch Hội CCB cấp huyện"),
        P("Phan Hữu Cảnh", "Chủ tịch Hội CCB cấp huyện"),
        P("Đinh Thị Hưng", "Chủ tịch Hội CCB cấp huyện"),
    ],
    quantities=[
        Q("41 đồng chí", 41, "đồng chí"),
        Q("1.040 hội viên", 1040, "hội viên"),
        Q("42.618 hội viên", 42618, "hội viên"),
        Q("hơn 196 tỷ đồng", 196000000000, "đồng", "over"),
        Q("5.230 hộ", 5230, "hộ"),
        Q("2.100 hội viên", 2100, "hội viên"),
        Q("3 tỷ 250 triệu đồng", 3250000000, "đồng"),
        Q('16 căn nhà "Đồng đội"', 16, 'căn nhà "Đồng đội"'),
        Q("60 triệu", 60000000, "đồng"),
        Q("99,2%", 99.2, "%"),
        Q("23 hộ", 23, "hộ"),
        Q("40 ha", 40, "ha"),
        Q("1 mô hình", 1, "mô hình"),
        Q("28 tập thể", 28, "tập thể"),
        Q("46 cá nhân", 46, "cá nhân"),
    ],
    documents=[
        D("Nghị quyết", "05", "NQ/CCB", None, "Ban Chấp hành Trung ương Hội CCB Việt Nam", "Nghị quyết 05-NQ/CCB"),
        D("Chỉ thị", "02", "CT/TU", None, "Tỉnh ủy Bình Định", "Chỉ thị 02-CT/TU"),
    ],
    places=[prov("Bình Định"), com("xã An Toàn")],
    not_people=["HỘI CỰU CHIẾN BINH TỈNH BÌNH ĐỊNH", "Trang chủ › Tin tức › Hoạt động Hội",
                "Toàn cảnh hội nghị. Ảnh: Văn Lưu", "Đồng đội", "CCB giúp nhau làm kinh tế", "Bộ đội Cụ Hồ"],
    not_money=["Lượt xem: 693", "41 đồng chí", "4 không", "năm 2025"],
))

# ---------------------------------------------------------------- b189
PAGES.append(page("b189-gialai-btgdv-hoinghi-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ | Dân vận | Tin hoạt động
Ngày đăng: 15/08/2025 - 10:20
Gia Lai biểu dương 135 mô hình "Dân vận khéo" sau hợp nhất
Ngày 13/8, tại phường Quy Nhơn, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị biểu dương điển hình "Dân vận khéo" năm 2025 - lần đầu tiên kể từ khi tỉnh Gia Lai và tỉnh Bình Định hợp nhất.
135 mô hình "Dân vận khéo" được biểu dương tại hội nghị.
Dự hội nghị có đồng chí Rơ Châm Hiếu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Thị Thanh Lịch, Kpă Hlinh, Đào Văn Hiền, Siu H'Mai.
Theo báo cáo, 135 mô hình được chọn từ 1.086 mô hình ở 135 xã, phường của tỉnh mới, trong đó 58 mô hình ở vùng đồng bào Gia Rai, Ba Na, Hrê. Các mô hình đã vận động Nhân dân hiến 31 ha đất, góp hơn 86 tỷ đồng xây dựng hạ tầng và hỗ trợ 2.730 hộ thoát nghèo.
Bà Rmah H'Lan, Bí thư Chi bộ làng Blang, xã Ia Hrung, chia sẻ mô hình "Làng không có người nghiện rượu" đã giúp 97% hộ trong làng đạt gia đình văn hóa. Ông Đinh Văn Hmăng, người có uy tín ở xã An Lão, kể làng ông có 64 hộ thì 60 hộ đã có nhà kiên cố.
Đồng chí Rơ Châm Hiếu đề nghị thực hiện Kết luận 126, 127-KL/TW của Bộ Chính trị và Nghị quyết số 202/2025/QH15 của Quốc hội, bảo đảm chính quyền 2 cấp vận hành thông suốt, gần dân.
Đồng chí Kpă Hlinh (thứ hai từ phải) trao Giấy khen cho các điển hình. Ảnh: Hoàng Ngọc
Hội nghị trao Giấy khen cho 40 tập thể và 95 cá nhân, mỗi điển hình kèm phần thưởng 1,5 triệu đồng.
Hoàng Ngọc
Lượt xem: 2.246
Tin liên quan
- Gia Lai: Tổng kết 10 năm phong trào thi đua "Dân vận khéo"
- Hội nghị giao ban dân vận quý II năm 2025
""",
    published="2025-08-15",
    title='Gia Lai biểu dương 135 mô hình "Dân vận khéo" sau hợp nhất',
    event=E("hoi_nghi", "2025", "2025-08-13"),
    people=[
        P("Rơ Châm Hiếu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Nguyễn Thị Thanh Lịch", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Kpă Hlinh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Đào Văn Hiền", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Siu H'Mai", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Rmah H'Lan", "Bí thư Chi bộ làng Blang"),
        P("Đinh Văn Hmăng", "người có uy tín ở xã An Lão"),
    ],
    quantities=[
        Q('135 mô hình "Dân vận khéo"', 135, "mô hình"),
        Q("1.086 mô hình", 1086, "mô hình"),
        Q("135 xã, phường", 135, "xã, phường"),
        Q("58 mô hình", 58, "mô hình"),
        Q("31 ha", 31, "ha"),
        Q("hơn 86 tỷ đồng", 86000000000, "đồng", "over"),
        Q("2.730 hộ", 2730, "hộ"),
        Q("97%", 97, "%"),
        Q("64 hộ", 64, "hộ"),
        Q("60 hộ", 60, "hộ"),
        Q("40 tập thể", 40, "tập thể"),
        Q("95 cá nhân", 95, "cá nhân"),
        Q("1,5 triệu đồng", 1500000, "đồng"),
    ],
    documents=[
        D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị", "Kết luận 126, 127-KL/TW"),
        D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị", "127-KL/TW"),
        D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
    ],
    places=[prov("Gia Lai"), prov("Bình Định"), com("phường Quy Nhơn"), com("xã Ia Hrung"), com("xã An Lão")],
    not_people=["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ | Dân vận | Tin hoạt động",
                '135 mô hình "Dân vận khéo" được biểu dương tại hội nghị.', "Dân vận khéo",
                "Làng không có người nghiện rượu", "làng Blang",
                "Đồng chí Kpă Hlinh (thứ hai từ phải) trao Giấy khen cho các điển hình. Ảnh: Hoàng Ngọc"],
    not_money=["Lượt xem: 2.246", "chính quyền 2 cấp", "lần đầu tiên"],
))

# ---------------------------------------------------------------- b190
PAGES.append(page("b190-angiang-mttq-traoqua-2025", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG
Trang chủ » An sinh xã hội
Thứ Sáu, 03/10/2025 | 15:45
Trao 500 suất quà cho hộ dân vùng sạt lở ven biển
Ngày 1/10, Ủy ban MTTQ Việt Nam tỉnh An Giang trao 500 suất quà cho các hộ dân bị ảnh hưởng sạt lở bờ biển tại xã Hòn Đất và xã Sơn Kiên (thuộc tỉnh Kiên Giang cũ).
Trao 500 suất quà cho người dân xã Hòn Đất. Ảnh: Ngọc Trâm
Tham gia đoàn có bà Danh Thị Hồng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Chau Văn Sóc Pha, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; Đại đức Danh Sươl, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, cùng đại diện Công ty CP Thủy sản Biển Tây.
Mỗi suất quà trị giá 1,5 triệu đồng, gồm 1 triệu đồng tiền mặt, 20 kg gạo và nhu yếu phẩm; tổng trị giá 750 triệu đồng. Riêng 12 hộ có nhà bị sập hoàn toàn được hỗ trợ mỗi hộ 15.000.000 đồng để dựng lại nhà.
Theo ông Kim Ngọc Điệp, Chủ tịch Ủy ban MTTQ Việt Nam xã Hòn Đất, đợt sạt lở vừa qua làm hư hỏng 87 căn nhà, 2,8 km đê bao và khoảng 140 ha lúa, hoa màu.
Chị Thạch Thị Phan Na, ấp Vàm Răng, bồng con nhận quà: "Nhà tôi mất trắng 3 công lúa, có quà này đỡ lo được mấy tháng".
Thực hiện kế hoạch số 72/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, từ đầu năm đến nay Mặt trận tỉnh đã vận động ủng hộ đồng bào vùng thiên tai hơn 2,35 tỷ đồng. Sau khi hợp nhất với tỉnh Kiên Giang, Mặt trận tỉnh có 102 xã, phường, đặc khu với hơn 4.900 Ban công tác Mặt trận ở khu dân cư.
Ngọc Trâm
Lượt xem: 1.362
Tin khác
- Phú Quốc: Trao 80 căn nhà đại đoàn kết
- Mặt trận tỉnh phát động ủng hộ đồng bào miền Trung
""",
    published="2025-10-03",
    title="Trao 500 suất quà cho hộ dân vùng sạt lở ven biển",
    event=E("trao_qua", None, "2025-10-01"),
    people=[
        P("Danh Thị Hồng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Chau Văn Sóc Pha", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
        P("Danh Sươl", "Đại đức", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
        P("Kim Ngọc Điệp", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hòn Đất"),
        P("Thạch Thị Phan Na"),
    ],
    quantities=[
        Q("500 suất quà", 500, "suất quà"),
        Q("1,5 triệu đồng", 1500000, "đồng"),
        Q("1 triệu đồng", 1000000, "đồng"),
        Q("20 kg gạo", 20, "kg gạo"),
        Q("750 triệu đồng", 750000000, "đồng"),
        Q("12 hộ", 12, "hộ"),
        Q("15.000.000 đồng", 15000000, "đồng"),
        Q("87 căn nhà", 87, "căn nhà"),
        Q("2,8 km", 2.8, "km"),
        Q("khoảng 140 ha", 140, "ha", "approx"),
        Q("3 công lúa", 3, "công"),
        Q("hơn 2,35 tỷ đồng", 2350000000, "đồng", "over"),
        Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"),
        Q("hơn 4.900 Ban công tác Mặt trận", 4900, "Ban công tác Mặt trận", "over"),
    ],
    documents=[D("Kế hoạch", "72", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "kế hoạch số 72/KH-MTTQ-BTT")],
    places=[prov("An Giang"), prov("Kiên Giang"), com("xã Hòn Đất"), com("xã Sơn Kiên")],
    not_people=["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG", "Trang chủ » An sinh xã hội",
                "Trao 500 suất quà cho người dân xã Hòn Đất. Ảnh: Ngọc Trâm", "Công ty CP Thủy sản Biển Tây",
                "ấp Vàm Răng"],
    not_money=["Lượt xem: 1.362", "mấy tháng"],
))
