"""holdout37 batch 4: b863-b868 (Hà Nội 2024, Khánh Hòa 2025, Tuyên Quang 2025, Lâm Đồng 2025, Cần Thơ 2026, Đồng Nai 2026)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b863
PAGES.append(page("b863-hanoi-bdv-bieuduong-dvk-2024", """
BAN DÂN VẬN THÀNH ỦY HÀ NỘI
Trang chủ » Tin tức - Sự kiện » Dân vận khéo
16/10/2024 07:45 (GMT+07:00)
Biểu dương 146 điển hình "Dân vận khéo" của Thủ đô
Sáng 15/10, nhân kỷ niệm 94 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 - 15/10/2024), Ban Dân vận Thành ủy Hà Nội tổ chức Hội nghị biểu dương điển hình "Dân vận khéo" năm 2024. Đồng chí Lê Văn Hòa, Phó Bí thư Thành ủy dự và phát biểu chỉ đạo; đồng chí Đỗ Thị Thu Trang, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy chủ trì hội nghị.
Các điển hình "Dân vận khéo" năm 2024 nhận bằng khen của Ban Thường vụ Thành ủy.
Báo cáo tại hội nghị cho biết, thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị và Chỉ thị số 29-CT/TU ngày 4/12/2023 của Ban Thường vụ Thành ủy, phong trào thi đua "Dân vận khéo" trên địa bàn Thủ đô tiếp tục lan tỏa. Năm 2024, toàn thành phố có 6.812 mô hình "Dân vận khéo" được công nhận, trong đó 1.245 mô hình mới; nhân dân hiến hơn 218.000 m2 đất, đóng góp gần 1.150 tỷ đồng xây dựng nông thôn mới, chỉnh trang đô thị.
Hội nghị biểu dương 146 điển hình, gồm 86 tập thể và 60 cá nhân tiêu biểu ở các lĩnh vực kinh tế, văn hóa - xã hội, quốc phòng - an ninh và xây dựng hệ thống chính trị.
Trong số các điển hình, ông Nguyễn Văn Bảy, Trưởng thôn Đông Cao, xã Tráng Việt đã vận động 57 hộ dân tự nguyện hiến 4.600 m2 đất mở rộng đường trục thôn mà không cần hỗ trợ đền bù. Bà Đinh Thị Thành, người có uy tín thôn Yên Sơn, xã Ba Vì, cùng chị em dân tộc Mường giữ nghề làm thuốc nam, giúp 32 hộ có thu nhập ổn định. Ông Triệu Tiến Hùng, Trưởng thôn Hợp Nhất, xã Ba Vì, là tấm gương người Dao vận động bà con trồng rừng, làm du lịch cộng đồng. Thiếu tá Phạm Thu Hằng, cán bộ Công an phường Phúc Xá, và bà Vũ Thị Loan, tổ trưởng tổ dân phố số 7, phường Phúc Xá đã phối hợp xây dựng mô hình "Tổ dân phố an toàn, văn minh" ven sông Hồng.
Phát biểu tại hội nghị, đồng chí Lê Văn Hòa ghi nhận những kết quả nổi bật của công tác dân vận; đề nghị các cấp ủy tiếp tục thực hiện tốt Quyết định số 23-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị, phát huy vai trò của nhân dân trong giải phóng mặt bằng các công trình trọng điểm như đường Vành đai 4 - Vùng Thủ đô.
Dịp này, Ban Thường vụ Thành ủy tặng bằng khen cho 146 điển hình; mỗi tập thể được thưởng 2 triệu đồng, mỗi cá nhân 1 triệu đồng.
Phương Anh
Tin liên quan
- Quận Hoàn Kiếm: 20 năm phong trào "Dân vận khéo" (12/10/2024)
- Huyện Sóc Sơn tôn vinh 35 điển hình dân vận (10/10/2024)
- Hội nghị giao ban công tác dân vận quý III năm 2024 (04/10/2024)
""",
    "2024-10-16",
    "Biểu dương 146 điển hình \"Dân vận khéo\" của Thủ đô",
    E("hoi_nghi", "2024", "2024-10-15"),
    [
        P("Lê Văn Hòa", "Phó Bí thư Thành ủy"),
        P("Đỗ Thị Thu Trang", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
        P("Nguyễn Văn Bảy", "Trưởng thôn Đông Cao"),
        P("Đinh Thị Thành", "người có uy tín thôn Yên Sơn"),
        P("Triệu Tiến Hùng", "Trưởng thôn Hợp Nhất"),
        P("Phạm Thu Hằng", "Thiếu tá", "cán bộ Công an phường Phúc Xá"),
        P("Vũ Thị Loan", "tổ trưởng tổ dân phố số 7"),
    ],
    [
        Q("6.812 mô hình", 6812, "mô hình"),
        Q("1.245 mô hình", 1245, "mô hình"),
        Q("hơn 218.000 m2", 218000, "m2", "over"),
        Q("gần 1.150 tỷ đồng", 1150000000000, "đồng", "approx"),
        Q("146 điển hình", 146, "điển hình"),
        Q("86 tập thể", 86, "tập thể"),
        Q("60 cá nhân", 60, "cá nhân"),
        Q("57 hộ dân", 57, "hộ dân"),
        Q("4.600 m2", 4600, "m2"),
        Q("32 hộ", 32, "hộ"),
        Q("2 triệu đồng", 2000000, "đồng"),
        Q("1 triệu đồng", 1000000, "đồng"),
    ],
    [
        D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
        D("Chỉ thị", "29", "CT/TU", "2023-12-04", "Ban Thường vụ Thành ủy", "Chỉ thị số 29-CT/TU ngày 4/12/2023"),
        D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW"),
    ],
    [prov("Hà Nội"), com("Tráng Việt"), com("Ba Vì"), com("Phúc Xá")],
    ["BAN DÂN VẬN THÀNH ỦY HÀ NỘI", "Trang chủ » Tin tức - Sự kiện » Dân vận khéo",
     "Các điển hình \"Dân vận khéo\" năm 2024 nhận bằng khen của Ban Thường vụ Thành ủy.",
     "Tổ dân phố an toàn, văn minh", "Vành đai 4 - Vùng Thủ đô", "Đông Cao", "Yên Sơn", "Hợp Nhất"],
    ["16/10/2024 07:45 (GMT+07:00)", "94 năm", "15/10/1930 - 15/10/2024", "tổ dân phố số 7", "Vành đai 4",
     "20 năm", "quý III năm 2024"],
))

# ---------------------------------------------------------------- b864
PAGES.append(page("b864-khanhhoa-btgdv-soket-h1-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH KHÁNH HÒA
Trang chủ | Tin hoạt động | Tuyên giáo và Dân vận
Thứ Tư, 16/07/2025 | 14:05
Đồng chí Nguyễn Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy kết luận hội nghị.
Khối tuyên giáo và dân vận đồng hành cùng chính quyền hai cấp
Sáng 15/7, Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025. Đây là hội nghị đầu tiên của Ban sau khi tỉnh Khánh Hòa và tỉnh Ninh Thuận hợp nhất theo Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng.
Dự hội nghị có đồng chí Trần Văn Tâm, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Nguyễn Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Lê Quang Vinh, Thông Thị Ngọc Châu, Phạm Đình Long.
Sáu tháng đầu năm 2025, ngành tuyên giáo và dân vận đã tập trung tuyên truyền, tạo đồng thuận trong nhân dân về chủ trương sắp xếp đơn vị hành chính, xây dựng mô hình chính quyền địa phương hai cấp; tổ chức lấy ý kiến nhân dân với tỷ lệ cử tri đồng thuận đạt 97,6%. Sau hợp nhất, tỉnh có 65 xã, phường, đặc khu; 100% tổ chức cơ sở đảng đã quán triệt Kế hoạch số 05-KH/BTGDVTU ngày 8/7/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác dân vận trong giai đoạn đầu vận hành chính quyền hai cấp.
Trong 6 tháng, toàn tỉnh đã hoàn thành xóa 2.947 căn nhà tạm, nhà dột nát với tổng kinh phí hơn 150 tỷ đồng, trong đó khu vực Ninh Thuận cũ chiếm gần 60%. Công tác vận động đồng bào Chăm, Raglai được chú trọng; các chức sắc Chăm Bà-la-môn, Chăm Bàni đồng hành cùng chính quyền trong tuyên truyền sắp xếp bộ máy.
Tại hội nghị, đồng chí Đạo Thị Hoa Lài, Bí thư Đảng ủy phường Phan Rang, chia sẻ kinh nghiệm tổ chức tổ công tác "Dân vận chính quyền" hỗ trợ người dân làm thủ tục hành chính tại Trung tâm phục vụ hành chính công phường. Ông Pinăng Văn Thắng, Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hà, phản ánh khó khăn về đi lại của người dân vùng cao khi trung tâm xã mới cách xa thôn bản. Cả sư Bá Văn Chín, Phó Chủ tịch Hội đồng Chức sắc Chăm Bà-la-môn tỉnh, cho rằng cần tiếp tục giải thích rõ để bà con yên tâm về các lễ hội truyền thống sau sắp xếp.
Kết luận hội nghị, đồng chí Nguyễn Thị Hồng Nhung đề nghị 6 tháng cuối năm tập trung tuyên truyền Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; nắm chắc tình hình tư tưởng cán bộ, đảng viên, nhân dân sau sắp xếp; kiện toàn đội ngũ cán bộ làm công tác dân vận ở 65 xã, phường, đặc khu, bảo đảm mỗi đảng ủy cấp xã có ít nhất 1 cán bộ chuyên trách.
Phát biểu chỉ đạo, đồng chí Trần Văn Tâm yêu cầu thực hiện nghiêm Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị, bảo đảm "trên dưới một lòng, ý Đảng hợp lòng dân".
Ngọc Hà
Tin liên quan
- Hội nghị tập huấn nghiệp vụ cho cán bộ dân vận cấp xã sau sắp xếp (10/07/2025)
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa (sau hợp nhất) (01/07/2025)
- Ninh Thuận: Tổng kết công tác dân vận giai đoạn 2020 - 2025 (25/06/2025)
""",
    "2025-07-16",
    "Khối tuyên giáo và dân vận đồng hành cùng chính quyền hai cấp",
    E("so_ket", "2025-H1", "2025-07-15"),
    [
        P("Nguyễn Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Trần Văn Tâm", "Phó Bí thư Thường trực Tỉnh ủy"),
        P("Lê Quang Vinh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Thông Thị Ngọc Châu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Phạm Đình Long", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Đạo Thị Hoa Lài", "Bí thư Đảng ủy phường Phan Rang"),
        P("Pinăng Văn Thắng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hà"),
        P("Bá Văn Chín", "Cả sư", "Phó Chủ tịch Hội đồng Chức sắc Chăm Bà-la-môn tỉnh"),
    ],
    [
        Q("97,6%", 97.6, "%"),
        Q("65 xã, phường, đặc khu", 65, "xã, phường, đặc khu"),
        Q("100% tổ chức cơ sở đảng", 100, "%"),
        Q("2.947 căn nhà tạm, nhà dột nát", 2947, "căn nhà tạm, nhà dột nát"),
        Q("hơn 150 tỷ đồng", 150000000000, "đồng", "over"),
        Q("gần 60%", 60, "%", "approx"),
    ],
    [
        D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
        D("Kế hoạch", "05", "KH/BTGDVTU", "2025-07-08", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 05-KH/BTGDVTU ngày 8/7/2025"),
        D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
    ],
    [prov("Khánh Hòa"), prov("Ninh Thuận"), com("Phan Rang"), com("Phước Hà")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH KHÁNH HÒA", "Trang chủ | Tin hoạt động | Tuyên giáo và Dân vận",
     "Đồng chí Nguyễn Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy kết luận hội nghị.",
     "Dân vận chính quyền", "Trung tâm phục vụ hành chính công", "trên dưới một lòng, ý Đảng hợp lòng dân",
     "Chăm Bà-la-môn", "Chăm Bàni"],
    ["Thứ Tư, 16/07/2025 | 14:05", "6 tháng cuối năm 2025", "ít nhất 1 cán bộ chuyên trách", "hai cấp", "lần thứ I", "nhiệm kỳ 2025 - 2030",
     "giai đoạn 2020 - 2025"],
))

# ---------------------------------------------------------------- b865
PAGES.append(page("b865-tuyenquang-mttq-bangiaonha-2025", """
Báo Tuyên Quang điện tử
Xã hội > An sinh xã hội
Cập nhật lúc 09:30, 20/08/2025
Lượt xem: 2.316
Niềm vui nhà mới ở xã vùng cao Mậu Duệ
Ngày 19/8, Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang phối hợp với Đảng ủy, UBND xã Mậu Duệ và Đồn Biên phòng Mậu Duệ tổ chức bàn giao 58 ngôi nhà cho hộ nghèo, hộ cận nghèo thuộc Chương trình xóa nhà tạm, nhà dột nát trên địa bàn xã.
Đồng chí Đỗ Thị Thanh Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao biển bàn giao nhà cho các hộ dân.
Đồng chí Đỗ Thị Thanh Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và trao nhà. Cùng dự có ông Giàng Mí Dình, Bí thư Đảng ủy xã Mậu Duệ; Thiếu tá Lục Văn Tuấn, Chính trị viên Đồn Biên phòng Mậu Duệ.
Các ngôi nhà được xây dựng theo tiêu chí "3 cứng", diện tích tối thiểu 30 m2. Theo quy định, mỗi căn nhà xây mới được hỗ trợ 60 triệu đồng, nhà sửa chữa được hỗ trợ 30 triệu đồng. Trong số 58 ngôi nhà có 49 nhà xây mới và 9 nhà sửa chữa; tổng kinh phí hỗ trợ hơn 3,2 tỷ đồng từ nguồn vận động của Ủy ban Trung ương MTTQ Việt Nam và Quỹ "Vì người nghèo" tỉnh. Lực lượng biên phòng, dân quân, đoàn viên thanh niên đã giúp gần 1.900 ngày công vận chuyển vật liệu lên những thôn xa trung tâm.
Theo báo cáo của Ủy ban MTTQ Việt Nam tỉnh, thực hiện Kế hoạch số 182/KH-UBND ngày 14/10/2024 của UBND tỉnh Hà Giang (cũ) và chỉ đạo của Ban Thường vụ Tỉnh ủy Tuyên Quang sau hợp nhất, đến ngày 15/8/2025, toàn tỉnh đã khởi công 24.615 căn nhà, hoàn thành, bàn giao 23.980 căn, đạt 97,4% kế hoạch. Tỉnh phấn đấu hoàn thành 100% trước ngày 31/8/2025.
Xúc động nhận nhà mới, ông Vàng Mí Lử ở thôn Khâu Ria chia sẻ: "Nhà cũ làm bằng gỗ tạp, mái lợp tấm xi măng cũ, mùa mưa dột khắp nơi. Nay được Đảng, Nhà nước, bộ đội giúp đỡ, cả gia đình có chỗ ở ổn định rồi". Bà Lò Thị Pà (dân tộc Lô Lô) ở thôn Mỏ Phìn cho biết gia đình đã đối ứng thêm 15 triệu đồng và tự làm phần hoàn thiện.
Phát biểu tại buổi lễ, đồng chí Đỗ Thị Thanh Vân đề nghị chính quyền xã tiếp tục quan tâm, hỗ trợ các hộ phát triển sản xuất, có sinh kế bền vững để "an cư, lạc nghiệp"; Ban công tác Mặt trận ở các thôn giám sát, hướng dẫn người dân sử dụng, giữ gìn nhà ở. Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao 58 suất quà, mỗi suất 1 triệu đồng cho các hộ nhận nhà.
Ông Giàng Mí Dình cho biết, sau khi sắp xếp, xã Mậu Duệ có 42 thôn với trên 3.100 hộ, đa số là đồng bào Mông, Dao, Lô Lô; tỷ lệ hộ nghèo còn 38,5%.
Minh Phương
Tin liên quan
- Hoàn thành xóa nhà tạm tại xã Lùng Tám (16/08/2025)
- Ủy ban MTTQ tỉnh kiện toàn ban công tác Mặt trận sau sắp xếp (12/08/2025)
- Trao 30 ngôi nhà cho hộ nghèo xã Thượng Lâm (08/08/2025)
""",
    "2025-08-20",
    "Niềm vui nhà mới ở xã vùng cao Mậu Duệ",
    E("trao_qua", None, "2025-08-19"),
    [
        P("Đỗ Thị Thanh Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Giàng Mí Dình", "Bí thư Đảng ủy xã Mậu Duệ"),
        P("Lục Văn Tuấn", "Thiếu tá", "Chính trị viên Đồn Biên phòng Mậu Duệ"),
        P("Vàng Mí Lử"),
        P("Lò Thị Pà"),
    ],
    [
        Q("58 ngôi nhà", 58, "ngôi nhà"),
        Q("30 m2", 30, "m2", "over"),
        Q("60 triệu đồng", 60000000, "đồng"),
        Q("30 triệu đồng", 30000000, "đồng"),
        Q("49 nhà xây mới", 49, "nhà xây mới"),
        Q("9 nhà sửa chữa", 9, "nhà sửa chữa"),
        Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"),
        Q("gần 1.900 ngày công", 1900, "ngày công", "approx"),
        Q("24.615 căn nhà", 24615, "căn nhà"),
        Q("23.980 căn", 23980, "căn"),
        Q("97,4%", 97.4, "%"),
        Q("100%", 100, "%"),
        Q("15 triệu đồng", 15000000, "đồng"),
        Q("58 suất quà", 58, "suất quà"),
        Q("1 triệu đồng", 1000000, "đồng"),
        Q("42 thôn", 42, "thôn"),
        Q("trên 3.100 hộ", 3100, "hộ", "over"),
        Q("38,5%", 38.5, "%"),
    ],
    [
        D("Kế hoạch", "182", "KH-UBND", "2024-10-14", "UBND tỉnh Hà Giang", "Kế hoạch số 182/KH-UBND ngày 14/10/2024"),
    ],
    [prov("Tuyên Quang"), prov("Hà Giang"), com("Mậu Duệ")],
    ["Báo Tuyên Quang điện tử", "Xã hội > An sinh xã hội", "Lượt xem: 2.316",
     "Đồng chí Đỗ Thị Thanh Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao biển bàn giao nhà cho các hộ dân.",
     "Chương trình xóa nhà tạm, nhà dột nát", "Vì người nghèo", "an cư, lạc nghiệp", "Đồn Biên phòng Mậu Duệ",
     "Khâu Ria", "Mỏ Phìn"],
    ["Cập nhật lúc 09:30, 20/08/2025", "Lượt xem: 2.316", "3 cứng", "ngày 15/8/2025", "ngày 31/8/2025"],
))

# ---------------------------------------------------------------- b866
PAGES.append(page("b866-lamdong-xa-doithoai-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ LẠC DƯƠNG - TỈNH LÂM ĐỒNG
Trang chủ / Tin tức / Hoạt động của Đảng ủy - HĐND - UBND - MTTQ
09/10/2025 | 10:15
Bí thư Đảng ủy, Chủ tịch UBND xã đối thoại với nhân dân năm 2025
Chiều ngày 08/10/2025, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam xã Lạc Dương (tỉnh Lâm Đồng) phối hợp tổ chức Hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với nhân dân năm 2025. Đây là hội nghị đối thoại đầu tiên kể từ khi xã mới đi vào hoạt động theo mô hình chính quyền địa phương hai cấp.
Chủ trì hội nghị có đồng chí Liêng Hót Ha Hiếu, Bí thư Đảng ủy xã; đồng chí Trần Quốc Huy, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Hội nghị có sự tham dự của hơn 150 đại biểu là già làng, người có uy tín, chức sắc tôn giáo, trưởng thôn và nhân dân các thôn Đạ Nghịt, Bon Đưng, Đăng Gia.
Hội nghị được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Nghị định số 59/2023/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở.
Trước hội nghị, Ủy ban MTTQ xã đã tổng hợp 23 ý kiến, kiến nghị. Tại hội nghị, đã có thêm 9 ý kiến được nêu trực tiếp. Già làng Cil Duyên, thôn Đạ Nghịt, đề nghị chính quyền hỗ trợ bà con người K'Ho chuyển từ trồng cà phê già cỗi sang trồng rau, hoa công nghệ cao. Ông Rơ Ông Ha Bé, Trưởng thôn Bon Đưng, phản ánh đường liên thôn dài 4,5 km xuống cấp, mùa mưa xe máy đi lại rất khó khăn. Mục sư Kơ Să Ha Thuận, quản nhiệm Hội thánh Tin lành Lạc Dương, đề nghị xã sớm cấp đất xây dựng nơi sinh hoạt tôn giáo cho khoảng 600 tín đồ. Bà Nguyễn Thị Minh Thư (thôn Đăng Gia) hỏi về thủ tục cấp phép kinh doanh lưu trú homestay sau khi sắp xếp.
Trả lời các ý kiến, đồng chí Trần Quốc Huy cho biết, năm 2025 xã được bố trí 6,7 tỷ đồng để sửa chữa đường giao thông nông thôn, trong đó ưu tiên đoạn đường qua thôn Bon Đưng, dự kiến thi công từ tháng 11. Về đất cho sinh hoạt tôn giáo, UBND xã sẽ rà soát quỹ đất và báo cáo Sở Nông nghiệp và Môi trường. Xã có 1.236 hộ trồng rau, hoa, trong đó 35% đã ứng dụng công nghệ cao.
Kết luận hội nghị, đồng chí Liêng Hót Ha Hiếu đánh giá cao tinh thần thẳng thắn, xây dựng của bà con; giao các bộ phận chuyên môn giải quyết dứt điểm 27/32 ý kiến trong quý IV, số còn lại báo cáo cấp trên. Đồng chí đề nghị già làng, người có uy tín tiếp tục vận động bà con đoàn kết, giữ gìn bản sắc văn hóa cồng chiêng của đồng bào K'Ho, Chil.
Văn phòng HĐND và UBND xã
Tin liên quan
- Xã Lạc Dương tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại thôn Đạ Sar (02/10/2025)
- Ra mắt Ban công tác Mặt trận 14 thôn sau sắp xếp (15/09/2025)
- Trao 12 căn nhà cho hộ nghèo người K'Ho (28/08/2025)
""",
    "2025-10-09",
    "Bí thư Đảng ủy, Chủ tịch UBND xã đối thoại với nhân dân năm 2025",
    E("doi_thoai", "2025", "2025-10-08"),
    [
        P("Liêng Hót Ha Hiếu", "Bí thư Đảng ủy xã"),
        P("Trần Quốc Huy", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
        P("Cil Duyên", "Già làng"),
        P("Rơ Ông Ha Bé", "Trưởng thôn Bon Đưng"),
        P("Kơ Să Ha Thuận", "Mục sư", "quản nhiệm Hội thánh Tin lành Lạc Dương"),
        P("Nguyễn Thị Minh Thư"),
    ],
    [
        Q("hơn 150 đại biểu", 150, "đại biểu", "over"),
        Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"),
        Q("9 ý kiến", 9, "ý kiến"),
        Q("4,5 km", 4.5, "km"),
        Q("khoảng 600 tín đồ", 600, "tín đồ", "approx"),
        Q("6,7 tỷ đồng", 6700000000, "đồng"),
        Q("1.236 hộ", 1236, "hộ"),
        Q("35%", 35, "%"),
        Q("27/32 ý kiến", 27, "ý kiến"),
    ],
    [
        D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
        D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 59/2023/NĐ-CP"),
    ],
    [prov("Lâm Đồng"), com("Lạc Dương")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ XÃ LẠC DƯƠNG - TỈNH LÂM ĐỒNG",
     "Trang chủ / Tin tức / Hoạt động của Đảng ủy - HĐND - UBND - MTTQ", "Văn phòng HĐND và UBND xã",
     "Luật Thực hiện dân chủ ở cơ sở", "Hội thánh Tin lành Lạc Dương", "Đạ Nghịt", "Bon Đưng", "Đăng Gia"],
    ["09/10/2025 | 10:15", "hai cấp", "từ tháng 11", "quý IV"],
))

# ---------------------------------------------------------------- b867
PAGES.append(page("b867-cantho-mttq-tongket-2025", """
Hôm nay: Thứ Bảy, 10/01/2026
BÁO CẦN THƠ ONLINE
Chính trị > Mặt trận - Đoàn thể
Ngày 09-01-2026 | 18:20
MTTQ thành phố Cần Thơ triển khai nhiệm vụ năm 2026
(CT) - Chiều 9/1, Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Đây là năm đầu tiên Ủy ban MTTQ thành phố hoạt động sau khi hợp nhất thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang, đồng thời các tổ chức chính trị - xã hội trực thuộc Mặt trận.
Dự hội nghị có đồng chí Huỳnh Thanh Phong, Phó Bí thư Thành ủy; đồng chí Lâm Văn Mẫn, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố.
Năm 2025, Mặt trận các cấp đã hoàn thành sắp xếp tổ chức bộ máy theo Hướng dẫn số 12/HD-MTTW-BTT ngày 18/7/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; kiện toàn Ủy ban MTTQ 103 xã, phường. Quỹ "Vì người nghèo" các cấp vận động hơn 312 tỷ đồng; phối hợp hoàn thành xóa 9.850 căn nhà tạm, nhà dột nát. Mặt trận và các tổ chức thành viên đã chủ trì 1.480 cuộc giám sát, 126 hội nghị phản biện xã hội; tiếp nhận 2.314 ý kiến, kiến nghị của cử tri và nhân dân.
Hội nghị cũng đánh giá kết quả 3 năm thực hiện Chỉ thị 03, 04-CT/TU của Ban Thường vụ Thành ủy về công tác vận động đồng bào dân tộc Khmer và đồng bào có đạo. Toàn thành phố có 127 chùa Phật giáo Nam tông Khmer, 100% chùa tham gia các phong trào do Mặt trận phát động.
Phát biểu tham luận, bà Trần Thị Ngọc Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố - Chủ tịch Hội Liên hiệp Phụ nữ thành phố, chia sẻ việc duy trì 2.460 tổ phụ nữ tiết kiệm sau hợp nhất. Thượng tọa Thạch Chanh Đa Ra, Trụ trì chùa Som Rong, phường Sóc Trăng, cho biết nhà chùa đã vận động xây 14 căn nhà Đại đoàn kết cho đồng bào Khmer nghèo. Ông Lý Sa Văn, Trưởng ban công tác Mặt trận ấp Phước Thuận, xã Kế Sách, nêu kinh nghiệm hòa giải 100% vụ việc tranh chấp ngay tại ấp.
Phát biểu chỉ đạo, đồng chí Huỳnh Thanh Phong đề nghị năm 2026, Mặt trận các cấp tập trung thực hiện Kế hoạch số 25-KH/TU ngày 2/10/2025 của Ban Thường vụ Thành ủy về nâng cao chất lượng giám sát, phản biện xã hội; tổ chức tốt hiệp thương, giới thiệu người ứng cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 - 2031.
Dịp này, Ủy ban MTTQ Việt Nam thành phố tặng bằng khen cho 38 tập thể, 54 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2025.
Hoài Thu
Tin liên quan
- Cần Thơ: Trao 2.000 phần quà Tết cho đồng bào Khmer (07/01/2026)
- Hội nghị hiệp thương lần thứ nhất bầu cử đại biểu HĐND thành phố (05/01/2026)
- Phường Ninh Kiều tổ chức đối thoại với nhân dân (30/12/2025)
""",
    "2026-01-09",
    "MTTQ thành phố Cần Thơ triển khai nhiệm vụ năm 2026",
    E("tong_ket", "2025", "2026-01-09"),
    [
        P("Huỳnh Thanh Phong", "Phó Bí thư Thành ủy"),
        P("Lâm Văn Mẫn", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
        P("Trần Thị Ngọc Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố - Chủ tịch Hội Liên hiệp Phụ nữ thành phố"),
        P("Thạch Chanh Đa Ra", "Thượng tọa", "Trụ trì chùa Som Rong"),
        P("Lý Sa Văn", "Trưởng ban công tác Mặt trận ấp Phước Thuận"),
    ],
    [
        Q("103 xã, phường", 103, "xã, phường"),
        Q("hơn 312 tỷ đồng", 312000000000, "đồng", "over"),
        Q("9.850 căn nhà tạm, nhà dột nát", 9850, "căn nhà tạm, nhà dột nát"),
        Q("1.480 cuộc giám sát", 1480, "cuộc giám sát"),
        Q("126 hội nghị phản biện xã hội", 126, "hội nghị phản biện xã hội"),
        Q("2.314 ý kiến, kiến nghị", 2314, "ý kiến, kiến nghị"),
        Q("127 chùa Phật giáo Nam tông Khmer", 127, "chùa Phật giáo Nam tông Khmer"),
        Q("100% chùa", 100, "%"),
        Q("2.460 tổ phụ nữ tiết kiệm", 2460, "tổ phụ nữ tiết kiệm"),
        Q("14 căn nhà Đại đoàn kết", 14, "căn nhà Đại đoàn kết"),
        Q("100% vụ việc", 100, "%"),
        Q("38 tập thể", 38, "tập thể"),
        Q("54 cá nhân", 54, "cá nhân"),
    ],
    [
        D("Hướng dẫn", "12", "HD-MTTW-BTT", "2025-07-18", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
          "Hướng dẫn số 12/HD-MTTW-BTT ngày 18/7/2025"),
        D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 03, 04-CT/TU"),
        D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 03, 04-CT/TU"),
        D("Kế hoạch", "25", "KH/TU", "2025-10-02", "Ban Thường vụ Thành ủy", "Kế hoạch số 25-KH/TU ngày 2/10/2025"),
    ],
    [prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Sóc Trăng"), com("Kế Sách")],
    ["Hôm nay: Thứ Bảy, 10/01/2026", "BÁO CẦN THƠ ONLINE", "Chính trị > Mặt trận - Đoàn thể", "(CT)",
     "Vì người nghèo", "Phước Thuận"],
    ["Hôm nay: Thứ Bảy, 10/01/2026", "Ngày 09-01-2026 | 18:20", "năm 2026", "3 năm", "khóa XVI", "nhiệm kỳ 2026 - 2031"],
))

# ---------------------------------------------------------------- b868
PAGES.append(page("b868-dongnai-mttq-giamsat-taidinhcu-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ › Giám sát - Phản biện xã hội
Thứ Sáu, 20/3/2026 - 07:15
Giám sát việc bố trí tái định cư, hỗ trợ sinh kế cho người dân vùng dự án
Ngày 19/3, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai do bà Nguyễn Thị Thu Sương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng đoàn giám sát dẫn đầu đã làm việc với UBND xã Bình An và xã Long Phước về việc thực hiện chính sách bồi thường, hỗ trợ, tái định cư và hỗ trợ sinh kế cho người dân có đất bị thu hồi. Đây là cuộc giám sát chuyên đề năm 2026 thực hiện Kế hoạch số 14/KH-MTTQ-BTT ngày 20/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Đoàn giám sát làm việc tại khu tái định cư xã Bình An.
Theo báo cáo của UBND xã Bình An, trên địa bàn xã có 1.684 hộ bị ảnh hưởng bởi các dự án giao thông, khu công nghiệp; đến nay đã chi trả bồi thường cho 1.596 hộ với tổng số tiền hơn 2.840 tỷ đồng; bố trí 812 lô tái định cư. Xã Long Phước có 436 hộ phải di dời, trong đó 45 hộ là đồng bào dân tộc Chơ Ro, S'tiêng chuyển đến từ khu vực Bình Phước cũ theo diện lao động tại các nông trường cao su.
Tại buổi làm việc, ông Điểu Văn Bình, người có uy tín ấp 4, xã Long Phước, phản ánh nhiều lao động lớn tuổi sau khi mất đất sản xuất chưa tìm được việc làm phù hợp. Bà Thị Lan, Chi hội trưởng Chi hội Phụ nữ ấp Suối Râm, đề nghị mở thêm lớp dạy nghề may công nghiệp cho phụ nữ tại khu tái định cư. Ông Phạm Văn Lộc, Phó Chủ tịch UBND xã Bình An giải trình: xã đã phối hợp với Trung tâm Dịch vụ việc làm tỉnh tổ chức 6 lớp đào tạo nghề cho 210 lao động, giới thiệu việc làm cho 375 người; mỗi lao động tham gia học nghề được hỗ trợ từ 3 đến 6 triệu đồng.
Qua giám sát, đoàn ghi nhận các xã đã công khai phương án bồi thường, tổ chức 18 cuộc đối thoại với người dân; Ban Giám sát đầu tư cộng đồng hoạt động tích cực. Tuy nhiên, hạ tầng một số khu tái định cư chưa hoàn chỉnh, còn 88 hộ chưa nhận bàn giao nền; 23 đơn thư kiến nghị về giá bồi thường chưa được trả lời.
Kết luận, bà Nguyễn Thị Thu Sương đề nghị UBND hai xã khẩn trương rà soát, trả lời dứt điểm các đơn thư trong quý II/2026; phối hợp với Ủy ban MTTQ xã tổ chức thêm các hội nghị đối thoại, bảo đảm quyền lợi chính đáng của người dân. Đoàn sẽ tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy và kiến nghị sửa đổi Quyết định số 09/2025/QĐ-UBND của UBND tỉnh về đơn giá hỗ trợ chuyển đổi nghề.
Hải Yến
Tin liên quan
- Hội nghị phản biện dự thảo Nghị quyết HĐND tỉnh về chính sách hỗ trợ người có uy tín (13/03/2026)
- Ủy ban MTTQ tỉnh trao 500 phần quà cho công nhân khó khăn (06/03/2026)
- Giám sát việc giải quyết đơn thư tại phường Bình Phước (27/02/2026)
""",
    "2026-03-20",
    "Giám sát việc bố trí tái định cư, hỗ trợ sinh kế cho người dân vùng dự án",
    E("giam_sat", "2026", "2026-03-19"),
    [
        P("Nguyễn Thị Thu Sương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng đoàn giám sát"),
        P("Điểu Văn Bình", "người có uy tín ấp 4"),
        P("Thị Lan", "Chi hội trưởng Chi hội Phụ nữ ấp Suối Râm"),
        P("Phạm Văn Lộc", "Phó Chủ tịch UBND xã Bình An"),
    ],
    [
        Q("1.684 hộ", 1684, "hộ"),
        Q("1.596 hộ", 1596, "hộ"),
        Q("hơn 2.840 tỷ đồng", 2840000000000, "đồng", "over"),
        Q("812 lô tái định cư", 812, "lô tái định cư"),
        Q("436 hộ", 436, "hộ"),
        Q("45 hộ", 45, "hộ"),
        Q("6 lớp đào tạo nghề", 6, "lớp đào tạo nghề"),
        Q("210 lao động", 210, "lao động"),
        Q("375 người", 375, "người"),
        Q("từ 3 đến 6 triệu đồng", 3000000, "đồng"),
        Q("đến 6 triệu đồng", 6000000, "đồng"),
        Q("18 cuộc đối thoại", 18, "cuộc đối thoại"),
        Q("88 hộ", 88, "hộ"),
        Q("23 đơn thư", 23, "đơn thư kiến nghị"),
    ],
    [
        D("Kế hoạch", "14", "KH-MTTQ-BTT", "2026-01-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
          "Kế hoạch số 14/KH-MTTQ-BTT ngày 20/1/2026"),
        D("Quyết định", "09", "2025/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 09/2025/QĐ-UBND của UBND tỉnh"),
    ],
    [prov("Đồng Nai"), prov("Bình Phước"), com("Bình An"), com("Long Phước")],
    ["ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ › Giám sát - Phản biện xã hội",
     "Đoàn giám sát làm việc tại khu tái định cư xã Bình An.", "Ban Giám sát đầu tư cộng đồng",
     "Trung tâm Dịch vụ việc làm tỉnh", "Suối Râm"],
    ["Thứ Sáu, 20/3/2026 - 07:15", "ấp 4", "quý II/2026", "hai xã"],
))
