from lib import *

PAGES = []

# ---------------------------------------------------------------- b983
PAGES.append(page("b983-tayninh-xamyhanh-nhadaidoanket-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ MỸ HẠNH - TỈNH TÂY NINH
Trang chủ > Tin tức - Sự kiện > Mặt trận - Đoàn thể
Ngày đăng: 22/08/2025 | Người đăng: Quản trị viên | Lượt xem: 316
Bàn giao 12 căn nhà Đại đoàn kết cho hộ nghèo, hộ công nhân khó khăn
Sáng ngày 21/8/2025, Ủy ban MTTQ Việt Nam xã Mỹ Hạnh tổ chức lễ bàn giao 12 căn nhà Đại đoàn kết cho các hộ nghèo, hộ cận nghèo và hộ công nhân có hoàn cảnh khó khăn trên địa bàn xã. Đây là những căn nhà đầu tiên được xây dựng từ nguồn Quỹ "Vì người nghèo" của xã sau khi xã Mỹ Hạnh (tỉnh Tây Ninh) mới được thành lập trên cơ sở sắp xếp các xã Mỹ Hạnh Bắc, Mỹ Hạnh Nam và Đức Hòa Thượng (huyện Đức Hòa cũ).
Dự buổi lễ có đồng chí Nguyễn Thành Được, Bí thư Đảng ủy xã; đồng chí Trần Thị Kim Thoa, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã; đồng chí Lê Văn Hậu, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; bà Võ Thị Ngọc Trâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã cùng đại diện các doanh nghiệp trong Khu công nghiệp Xuyên Á.
Mỗi căn nhà có diện tích từ 40 đến 50 m2, tổng kinh phí xây dựng hơn 780 triệu đồng; trong đó Ủy ban MTTQ Việt Nam xã hỗ trợ 60 triệu đồng/căn, phần còn lại do gia đình, dòng họ và các mạnh thường quân đóng góp. Trong số 12 hộ được nhận nhà có 5 hộ công nhân từ các tỉnh miền Tây đến làm việc, đã nhập hộ khẩu thường trú tại xã nhiều năm nhưng chưa có nhà ở ổn định.
Theo Ủy ban MTTQ Việt Nam xã, thực hiện Kế hoạch số 15-KH/ĐU ngày 10/7/2025 của Đảng ủy xã về tiếp tục thực hiện phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", từ nay đến cuối năm xã phấn đấu xây mới thêm 18 căn nhà. Quỹ "Vì người nghèo" của xã hiện đã vận động được hơn 1,2 tỷ đồng. Linh mục Giuse Lê Văn Phước, quản xứ giáo xứ Lộc Giang, và Đại đức Thích Minh Hiếu, trụ trì chùa Phước Lâm, đã vận động giáo dân, Phật tử đóng góp 230 triệu đồng.
Xúc động nhận chìa khóa nhà mới, chị Nguyễn Thị Bé Năm, công nhân Công ty TNHH Giày Hưng Phát, ngụ ấp Giồng Lớn, cho biết: "Vợ chồng tôi ở nhà trọ hơn 10 năm, nay có căn nhà kiên cố để các con yên tâm đi học". Ông Huỳnh Văn Tư, trưởng ấp Giồng Lớn, cho biết bà con trong ấp đã góp 35 ngày công để phụ giúp xây nhà.
Phát biểu tại buổi lễ, đồng chí Nguyễn Thành Được đề nghị Ủy ban MTTQ Việt Nam xã tiếp tục phối hợp các tổ chức chính trị - xã hội, các tôn giáo và doanh nghiệp vận động nguồn lực, bảo đảm đúng đối tượng, công khai, minh bạch; đồng thời nhắc các hộ nhận nhà giữ gìn, sử dụng hiệu quả.
Ủy ban MTTQ Việt Nam xã Mỹ Hạnh
Tin khác
- Xã Mỹ Hạnh ra mắt Ủy ban MTTQ Việt Nam xã sau sắp xếp (03/07/2025)
- Hội nghị triển khai Nghị quyết Đại hội Đảng bộ xã lần thứ I (15/08/2025)
- Thăm, tặng quà gia đình chính sách nhân ngày Thương binh - Liệt sĩ (25/07/2025)
""",
    "2025-08-22", "Bàn giao 12 căn nhà Đại đoàn kết cho hộ nghèo, hộ công nhân khó khăn",
    E("trao_qua", None, "2025-08-21"),
    [P("Nguyễn Thành Được", "Bí thư Đảng ủy xã"),
     P("Trần Thị Kim Thoa", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Lê Văn Hậu", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
     P("Võ Thị Ngọc Trâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
     P("Giuse Lê Văn Phước", "Linh mục", "quản xứ giáo xứ Lộc Giang"),
     P("Thích Minh Hiếu", "Đại đức", "trụ trì chùa Phước Lâm"),
     P("Nguyễn Thị Bé Năm", "công nhân Công ty TNHH Giày Hưng Phát"),
     P("Huỳnh Văn Tư", "trưởng ấp Giồng Lớn")],
    [Q("12 căn nhà Đại đoàn kết", 12, "căn nhà Đại đoàn kết"),
     Q("từ 40", 40, "m2"),
     Q("50 m2", 50, "m2"),
     Q("hơn 780 triệu đồng", 780000000, "đồng", "over"),
     Q("60 triệu đồng/căn", 60000000, "đồng"),
     Q("5 hộ công nhân", 5, "hộ công nhân"),
     Q("18 căn nhà", 18, "căn nhà"),
     Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"),
     Q("230 triệu đồng", 230000000, "đồng"),
     Q("35 ngày công", 35, "ngày công")],
    [D("Kế hoạch", "15", "KH/ĐU", "2025-07-10", "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU")],
    [prov("Tây Ninh"), com("Mỹ Hạnh"), com("Mỹ Hạnh Bắc"), com("Mỹ Hạnh Nam"), com("Đức Hòa Thượng")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ XÃ MỸ HẠNH - TỈNH TÂY NINH", "Trang chủ > Tin tức - Sự kiện > Mặt trận - Đoàn thể",
     "Người đăng: Quản trị viên", "Vì người nghèo", "Cả nước chung tay xóa nhà tạm, nhà dột nát",
     "Khu công nghiệp Xuyên Á", "Ủy ban MTTQ Việt Nam xã Mỹ Hạnh"],
    ["Lượt xem: 316", "hơn 10 năm", "12 hộ"]))

# ---------------------------------------------------------------- b984
PAGES.append(page("b984-hcm-phuongthuanan-congnhan-doithoai-2025", """
ĐẢNG ỦY - HĐND - UBND - ỦY BAN MTTQ VIỆT NAM PHƯỜNG THUẬN AN
Thành phố Hồ Chí Minh
Trang chủ › Tin tức › Hoạt động Đảng ủy
Đảng ủy phường Thuận An đối thoại với công nhân, người lao động năm 2025
17/10/2025 09:30
Chiều ngày 16/10, Đảng ủy phường Thuận An tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền phường với công nhân, người lao động năm 2025. Hơn 320 công nhân, người lao động đang làm việc tại các doanh nghiệp và sinh sống trong các khu nhà trọ trên địa bàn phường đã tham dự.
Chủ trì đối thoại có đồng chí Phan Minh Khôi, Bí thư Đảng ủy phường; đồng chí Đỗ Thị Thanh Xuân, Phó Bí thư Đảng ủy, Chủ tịch UBND phường; đồng chí Lưu Văn Tài, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Công đoàn phường; Trung tá Lê Hữu Phát, Trưởng Công an phường.
Phường Thuận An hiện có khoảng 98.000 người lao động, trong đó hơn 70% là người từ các tỉnh, thành khác đến tạm trú tại 3.150 khu nhà trọ. Từ sau khi sắp xếp đơn vị hành chính, Công đoàn phường đã tiếp nhận quản lý 214 công đoàn cơ sở với 61.500 đoàn viên. Thực hiện Chỉ thị số 37-CT/TW ngày 3/9/2019 của Ban Bí thư, Đảng ủy phường đã ban hành Kế hoạch số 21-KH/ĐU về xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ.
Tại buổi đối thoại, có 27 ý kiến được nêu. Chị Kiều Thị Nhàn, công nhân Công ty TNHH Đồ gỗ Minh Phong, phản ánh nhiều khu nhà trọ tính giá điện, nước cao hơn quy định. Anh Lò Văn Thắng (dân tộc Thái, quê Sơn La), công nhân Công ty TNHH Bao bì Hưng Long, đề nghị phường hỗ trợ chỗ gửi trẻ cho con công nhân làm ca đêm. Bà Trương Thị Lệ, tổ trưởng tổ tự quản khu nhà trọ khu phố Bình Đức 2, kiến nghị lắp thêm camera an ninh và đèn chiếu sáng ở các hẻm.
Trả lời các ý kiến, đồng chí Đỗ Thị Thanh Xuân cho biết phường sẽ kiểm tra 100% khu nhà trọ về giá điện, nước trong quý IV; phối hợp doanh nghiệp mở thêm 2 nhóm trẻ gia đình cho con công nhân. Trung tá Lê Hữu Phát thông tin, từ đầu năm Công an phường đã phối hợp lắp đặt 146 camera tại các khu nhà trọ, kéo giảm các vụ trộm cắp. Đồng chí Lưu Văn Tài cho biết Công đoàn phường sẽ dành 500 suất quà, mỗi suất 500.000 đồng, và 300 vé xe "Chuyến xe mùa xuân" cho công nhân dịp Tết Bính Ngọ.
Kết luận hội nghị, đồng chí Phan Minh Khôi yêu cầu các cơ quan chuyên môn trả lời bằng văn bản những ý kiến chưa giải quyết tại chỗ trong vòng 15 ngày; giao Ủy ban MTTQ Việt Nam phường giám sát việc thực hiện.
Văn phòng Đảng ủy phường
Tin liên quan
- Phường Thuận An ra mắt Công đoàn phường (28/07/2025)
- Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 3 (30/09/2025)
- Trao Mái ấm Công đoàn cho đoàn viên khó khăn (12/09/2025)
""",
    "2025-10-17", "Đảng ủy phường Thuận An đối thoại với công nhân, người lao động năm 2025",
    E("doi_thoai", "2025", "2025-10-16"),
    [P("Phan Minh Khôi", "Bí thư Đảng ủy phường"),
     P("Đỗ Thị Thanh Xuân", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
     P("Lưu Văn Tài", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Công đoàn phường"),
     P("Lê Hữu Phát", "Trung tá", "Trưởng Công an phường"),
     P("Kiều Thị Nhàn", "công nhân Công ty TNHH Đồ gỗ Minh Phong"),
     P("Lò Văn Thắng", "công nhân Công ty TNHH Bao bì Hưng Long"),
     P("Trương Thị Lệ", "tổ trưởng tổ tự quản khu nhà trọ khu phố Bình Đức 2")],
    [Q("Hơn 320 công nhân, người lao động", 320, "công nhân, người lao động", "over"),
     Q("khoảng 98.000 người lao động", 98000, "người lao động", "approx"),
     Q("hơn 70%", 70, "%", "over"),
     Q("3.150 khu nhà trọ", 3150, "khu nhà trọ"),
     Q("214 công đoàn cơ sở", 214, "công đoàn cơ sở"),
     Q("61.500 đoàn viên", 61500, "đoàn viên"),
     Q("27 ý kiến", 27, "ý kiến"),
     Q("100% khu nhà trọ", 100, "%"),
     Q("2 nhóm trẻ gia đình", 2, "nhóm trẻ gia đình"),
     Q("146 camera", 146, "camera"),
     Q("500 suất quà", 500, "suất quà"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("300 vé xe", 300, "vé xe")],
    [D("Chỉ thị", "37", "CT/TW", "2019-09-03", "Ban Bí thư", "Chỉ thị số 37-CT/TW"),
     D("Kế hoạch", "21", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 21-KH/ĐU")],
    [prov("Hồ Chí Minh"), com("Thuận An"), prov("Sơn La")],
    ["ĐẢNG ỦY - HĐND - UBND - ỦY BAN MTTQ VIỆT NAM PHƯỜNG THUẬN AN", "Thành phố Hồ Chí Minh",
     "Trang chủ › Tin tức › Hoạt động Đảng ủy", "Chuyến xe mùa xuân", "Văn phòng Đảng ủy phường"],
    ["17/10/2025 09:30", "quý IV", "Tết Bính Ngọ", "trong vòng 15 ngày", "lần thứ 3", "khu phố Bình Đức 2"]))

# ---------------------------------------------------------------- b985
PAGES.append(page("b985-camau-xasongdoc-mttq-tongket-2025", """
Cổng thông tin điện tử xã Sông Đốc
Tỉnh Cà Mau
Tin tức | Mặt trận - Đoàn thể
Thứ Sáu, 09/01/2026 | 14:00
Ủy ban MTTQ Việt Nam xã Sông Đốc tổng kết công tác Mặt trận năm 2025
Ngày 8/1/2026, Ủy ban MTTQ Việt Nam xã Sông Đốc tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Dự hội nghị có đồng chí Tạ Văn Hoàng, Bí thư Đảng ủy xã; đồng chí Châu Thị Mộng Tuyền, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã cùng 120 đại biểu là ủy viên Ủy ban MTTQ xã, Ban Công tác Mặt trận các khóm, ấp và đại diện các tôn giáo.
Năm 2025 là năm đầu tiên Ủy ban MTTQ Việt Nam xã Sông Đốc hoạt động theo mô hình mới sau khi sắp xếp, hợp nhất các tổ chức chính trị - xã hội. Mặt trận xã đã vận động Quỹ "Vì người nghèo" được hơn 2,4 tỷ đồng; xây dựng, sửa chữa 46 căn nhà Đại đoàn kết, mỗi căn từ 50 đến 60 triệu đồng; trao 3.200 phần quà cho hộ nghèo, ngư dân gặp khó khăn dịp Tết và mùa mưa bão, trị giá trên 1,6 tỷ đồng.
Xã hiện có 1.052 tàu cá với khoảng 6.800 lao động trên biển. Mặt trận phối hợp Đồn Biên phòng Sông Đốc tuyên truyền chống khai thác IUU cho 2.750 lượt ngư dân; vận động 100% chủ tàu ký cam kết không vi phạm vùng biển nước ngoài. Trong năm, xã không có tàu cá, ngư dân bị nước ngoài bắt giữ. Quỹ "Ngư dân tương trợ" do Mặt trận xã phát động đã hỗ trợ 14 gia đình ngư dân gặp nạn, mỗi gia đình 10 triệu đồng.
Về công tác giám sát, Ban Thường trực Ủy ban MTTQ xã đã thực hiện 6 cuộc giám sát theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị; tiếp nhận 19 đơn thư, kiến nghị của người dân, chuyển cơ quan có thẩm quyền giải quyết 17 đơn.
Tại hội nghị, ông Lâm Văn Sáu, Trưởng Ban Công tác Mặt trận khóm 9, và Đại đức Lý Chanh Đa, trụ trì chùa Sông Đốc (chùa Khmer), tham luận về kinh nghiệm vận động nhân dân giữ gìn an ninh trật tự và chăm lo người nghèo. Thượng tá Nguyễn Quốc Bảo, Đồn trưởng Đồn Biên phòng Sông Đốc, đề nghị Mặt trận tiếp tục phối hợp duy trì 28 tổ đoàn kết trên biển.
Phát biểu chỉ đạo, đồng chí Tạ Văn Hoàng đề nghị năm 2026 Mặt trận xã tập trung tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; thực hiện Nghị quyết số 04-NQ/ĐU của Đảng ủy xã về phát triển kinh tế biển; phấn đấu xóa 30 hộ nghèo.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh Cà Mau tặng Bằng khen cho 3 tập thể, 5 cá nhân.
Ban Biên tập
Tin liên quan
- Trao 500 phần quà Tết cho ngư dân khó khăn (05/01/2026)
- Xã Sông Đốc ra quân cao điểm chống khai thác IUU (18/12/2025)
- Đại hội đại biểu MTTQ Việt Nam xã Sông Đốc lần thứ I (12/11/2025)
""",
    "2026-01-09", "Ủy ban MTTQ Việt Nam xã Sông Đốc tổng kết công tác Mặt trận năm 2025",
    E("tong_ket", "2025", "2026-01-08"),
    [P("Tạ Văn Hoàng", "Bí thư Đảng ủy xã"),
     P("Châu Thị Mộng Tuyền", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Lâm Văn Sáu", "Trưởng Ban Công tác Mặt trận khóm 9"),
     P("Lý Chanh Đa", "Đại đức", "trụ trì chùa Sông Đốc"),
     P("Nguyễn Quốc Bảo", "Thượng tá", "Đồn trưởng Đồn Biên phòng Sông Đốc")],
    [Q("120 đại biểu", 120, "đại biểu"),
     Q("hơn 2,4 tỷ đồng", 2400000000, "đồng", "over"),
     Q("46 căn nhà Đại đoàn kết", 46, "căn nhà Đại đoàn kết"),
     Q("từ 50", 50000000, "đồng"),
     Q("60 triệu đồng", 60000000, "đồng"),
     Q("3.200 phần quà", 3200, "phần quà"),
     Q("trên 1,6 tỷ đồng", 1600000000, "đồng", "over"),
     Q("1.052 tàu cá", 1052, "tàu cá"),
     Q("khoảng 6.800 lao động", 6800, "lao động", "approx"),
     Q("2.750 lượt ngư dân", 2750, "lượt ngư dân"),
     Q("100% chủ tàu", 100, "%"),
     Q("14 gia đình ngư dân", 14, "gia đình ngư dân"),
     Q("10 triệu đồng", 10000000, "đồng"),
     Q("6 cuộc giám sát", 6, "cuộc giám sát"),
     Q("19 đơn thư, kiến nghị", 19, "đơn thư, kiến nghị"),
     Q("17 đơn", 17, "đơn"),
     Q("28 tổ đoàn kết trên biển", 28, "tổ đoàn kết trên biển"),
     Q("30 hộ nghèo", 30, "hộ nghèo"),
     Q("3 tập thể", 3, "tập thể"),
     Q("5 cá nhân", 5, "cá nhân")],
    [D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
     D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 04-NQ/ĐU")],
    [prov("Cà Mau"), com("Sông Đốc")],
    ["Cổng thông tin điện tử xã Sông Đốc", "Tin tức | Mặt trận - Đoàn thể", "Vì người nghèo", "Ngư dân tương trợ",
     "Đồn Biên phòng Sông Đốc", "Ban Biên tập"],
    ["Thứ Sáu, 09/01/2026 | 14:00", "năm 2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "khóm 9"]))

# ---------------------------------------------------------------- b986
PAGES.append(page("b986-bacninh-btgdv-giaoban-quy1-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH BẮC NINH
Thời sự › Chính trị
Thứ Sáu, 10/04/2026 - 15:05
Giao ban công tác tuyên giáo và dân vận quý I: Quan tâm đời sống công nhân các khu công nghiệp
Chiều 9/4, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý I năm 2026. Đồng chí Hoàng Văn Quyết, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị. Cùng dự có đồng chí Giáp Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Liên đoàn Lao động tỉnh.
Báo cáo tại hội nghị cho biết, trong quý I, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 09, 10-CT/TU về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 và về tăng cường công tác dân vận trong doanh nghiệp; hướng dẫn thực hiện Nghị quyết Đại hội XIV của Đảng. Cuộc bầu cử ngày 15/3/2026 diễn ra thành công với tỷ lệ cử tri đi bầu đạt 99,62%.
Bắc Ninh hiện có 48 khu công nghiệp với hơn 680.000 công nhân lao động, trong đó khoảng 35% là người dân tộc thiểu số đến từ các tỉnh miền núi phía Bắc. Dịp Tết Bính Ngọ, các cấp công đoàn đã chăm lo cho 215.000 lượt đoàn viên với tổng kinh phí trên 96 tỷ đồng; bình quân thưởng Tết đạt 9,4 triệu đồng/người. Trong quý, xảy ra 4 cuộc ngừng việc tập thể với khoảng 1.300 người tham gia, đã được giải quyết ổn định trong vòng 48 giờ.
Tại hội nghị, đồng chí Ngô Đức Thịnh, Bí thư Đảng ủy phường Yên Phong, cho biết phường có hơn 3.000 khu nhà trọ; Đảng ủy phường đã thành lập 42 tổ tự quản nhà trọ, mỗi tổ do một đảng viên phụ trách. Chị Hoàng Thị Nhung (dân tộc Nùng), Chủ tịch công đoàn cơ sở Công ty TNHH Điện tử Hanbit Vina, chia sẻ về mô hình "Tổ công nhân đồng hương" giúp lao động mới đến từ Lạng Sơn, Cao Bằng ổn định cuộc sống. Đồng chí Lục Văn Hiền, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền, báo cáo kết quả khảo sát dư luận xã hội về đời sống công nhân với 1.200 phiếu.
Hội nghị cũng chỉ ra một số hạn chế: việc nắm tình hình tư tưởng công nhân ở các doanh nghiệp chưa có tổ chức đảng còn chậm; tình trạng thông tin sai lệch về chính sách tiền lương, bảo hiểm xã hội lan truyền trên mạng xã hội vẫn diễn ra; một số xã, phường mới chưa bố trí đủ cán bộ theo dõi công tác dân vận.
Kết luận hội nghị, đồng chí Hoàng Văn Quyết đề nghị quý II tập trung tuyên truyền, quán triệt Nghị quyết Đại hội XIV; thực hiện Kết luận số 03-KL/TU của Ban Thường vụ Tỉnh ủy về chăm lo nhà ở cho công nhân; chuẩn bị tổ chức Tháng Công nhân năm 2026 với chủ đề "Công nhân vững bước - Doanh nghiệp phát triển".
Lê Hương
Xem thêm
- Hội nghị báo cáo viên tháng 3/2026 (27/03/2026)
- Bắc Ninh hoàn thành cuộc bầu cử đại biểu Quốc hội, HĐND các cấp (17/03/2026)
- Trao 1.500 vé xe cho công nhân về quê đón Tết Bính Ngọ (05/02/2026)
""",
    "2026-04-10", "Giao ban công tác tuyên giáo và dân vận quý I: Quan tâm đời sống công nhân các khu công nghiệp",
    E("giao_ban", "2026-Q1", "2026-04-09"),
    [P("Hoàng Văn Quyết", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Giáp Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Liên đoàn Lao động tỉnh"),
     P("Ngô Đức Thịnh", "Bí thư Đảng ủy phường Yên Phong"),
     P("Hoàng Thị Nhung", "Chủ tịch công đoàn cơ sở Công ty TNHH Điện tử Hanbit Vina"),
     P("Lục Văn Hiền", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền")],
    [Q("99,62%", 99.62, "%"),
     Q("48 khu công nghiệp", 48, "khu công nghiệp"),
     Q("hơn 680.000 công nhân lao động", 680000, "công nhân lao động", "over"),
     Q("khoảng 35%", 35, "%", "approx"),
     Q("215.000 lượt đoàn viên", 215000, "lượt đoàn viên"),
     Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"),
     Q("9,4 triệu đồng/người", 9400000, "đồng"),
     Q("4 cuộc ngừng việc tập thể", 4, "cuộc ngừng việc tập thể"),
     Q("khoảng 1.300 người", 1300, "người", "approx"),
     Q("hơn 3.000 khu nhà trọ", 3000, "khu nhà trọ", "over"),
     Q("42 tổ tự quản nhà trọ", 42, "tổ tự quản nhà trọ"),
     Q("1.200 phiếu", 1200, "phiếu")],
    [D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 09, 10-CT/TU"),
     D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 09, 10-CT/TU"),
     D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 03-KL/TU")],
    [prov("Bắc Ninh"), com("Yên Phong"), prov("Lạng Sơn"), prov("Cao Bằng")],
    ["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH BẮC NINH", "Thời sự › Chính trị", "Tổ công nhân đồng hương",
     "Công nhân vững bước - Doanh nghiệp phát triển", "Nghị quyết Đại hội XIV", "Tháng Công nhân"],
    ["Thứ Sáu, 10/04/2026 - 15:05", "quý I năm 2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "ngày 15/3/2026",
     "trong vòng 48 giờ", "Tết Bính Ngọ", "quý II"]))

# ---------------------------------------------------------------- b987
PAGES.append(page("b987-khanhhoa-mttq-taphuan-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH KHÁNH HÒA
Chính trị - Xã hội / Mặt trận
22/05/2026 | 08:50
Bồi dưỡng nghiệp vụ cho hơn 200 cán bộ Mặt trận cấp xã
Các học viên tham gia thảo luận nhóm.
Trong 2 ngày 20 và 21/5, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận năm 2026 cho 214 học viên là Phó Chủ tịch Ủy ban MTTQ Việt Nam các xã, phường, đặc khu và cán bộ chuyên trách của Ủy ban MTTQ cấp xã trong toàn tỉnh.
Phát biểu khai mạc, bà Mấu Thị Bích Thủy, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, cho biết sau khi hợp nhất tỉnh Khánh Hòa và tỉnh Ninh Thuận, tổ chức lại các đoàn thể trực thuộc Mặt trận, toàn tỉnh có 65 xã, phường, đặc khu với hơn 1.400 cán bộ Mặt trận, đoàn thể cấp xã, trong đó gần một nửa mới đảm nhiệm công việc. Lớp tập huấn nhằm giúp cán bộ nắm vững Quy chế số 02/QC-MTTQ-BTT ngày 20/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về phối hợp hoạt động giữa Mặt trận và các tổ chức chính trị - xã hội trực thuộc; Hướng dẫn số 12/HD-MTTQ-BTT ngày 15/4/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát, phản biện xã hội ở cấp xã.
Các học viên được truyền đạt các chuyên đề: kỹ năng vận động quần chúng, tổ chức Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; công tác vận động đồng bào dân tộc, tôn giáo; vận động ngư dân chống khai thác IUU; quản lý, sử dụng Quỹ "Vì người nghèo" và xóa nhà tạm, nhà dột nát. Năm 2025, Mặt trận các cấp trong tỉnh đã vận động Quỹ "Vì người nghèo" được 87 tỷ đồng, hỗ trợ xây mới, sửa chữa 2.946 căn nhà cho hộ nghèo, hộ khó khăn về nhà ở.
Chia sẻ kinh nghiệm, bà Pi Năng Thị Mai (dân tộc Raglai), Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Sơn, cho biết xã đã phát huy vai trò của 36 người có uy tín trong vận động bà con bỏ tập quán phát rừng làm rẫy. Ông Nguyễn Văn Châu, Trưởng ban Công tác Mặt trận tổ dân phố Xương Huân 3, phường Nha Trang, giới thiệu mô hình "Bếp ăn 0 đồng cho ngư dân" mỗi tuần phục vụ khoảng 400 suất cơm. Ông Thiên Sanh Cảnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hữu, chia sẻ cách phối hợp với chức sắc Bà-la-môn, Hồi giáo Bà-ni trong công tác vận động đồng bào Chăm.
Bế mạc lớp tập huấn, bà Mấu Thị Bích Thủy đề nghị học viên vận dụng ngay vào công việc, nhất là giám sát việc thực hiện các chính sách an sinh, bảo đảm dân chủ ở cơ sở sau sắp xếp đơn vị hành chính.
Thu Hiền
Tin cùng chuyên mục
- Hội nghị hiệp thương lần thứ ba ở các xã, phường (20/02/2026)
- Mặt trận tỉnh trao 300 phần quà cho ngư dân bám biển (12/01/2026)
- Ra mắt Ban Công tác Mặt trận ở các tổ dân phố phường Nha Trang (05/11/2025)
""",
    "2026-05-22", "Bồi dưỡng nghiệp vụ cho hơn 200 cán bộ Mặt trận cấp xã",
    E("tap_huan", "2026", "2026-05-20"),
    [P("Mấu Thị Bích Thủy", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
     P("Pi Năng Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Sơn"),
     P("Nguyễn Văn Châu", "Trưởng ban Công tác Mặt trận tổ dân phố Xương Huân 3"),
     P("Thiên Sanh Cảnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hữu")],
    [Q("hơn 200 cán bộ Mặt trận cấp xã", 200, "cán bộ Mặt trận cấp xã", "over"),
     Q("214 học viên", 214, "học viên"),
     Q("65 xã, phường, đặc khu", 65, "xã, phường, đặc khu"),
     Q("hơn 1.400 cán bộ Mặt trận, đoàn thể cấp xã", 1400, "cán bộ Mặt trận, đoàn thể cấp xã", "over"),
     Q("87 tỷ đồng", 87000000000, "đồng"),
     Q("2.946 căn nhà", 2946, "căn nhà"),
     Q("36 người có uy tín", 36, "người có uy tín"),
     Q("khoảng 400 suất cơm", 400, "suất cơm", "approx")],
    [D("Quy chế", "02", "QC-MTTQ-BTT", "2025-08-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quy chế số 02/QC-MTTQ-BTT"),
     D("Hướng dẫn", "12", "HD-MTTQ-BTT", "2026-04-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 12/HD-MTTQ-BTT")],
    [prov("Khánh Hòa"), prov("Ninh Thuận"), com("Khánh Sơn"), com("Nha Trang"), com("Phước Hữu")],
    ["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH KHÁNH HÒA", "Chính trị - Xã hội / Mặt trận", "Các học viên tham gia thảo luận nhóm.",
     "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Bếp ăn 0 đồng cho ngư dân"],
    ["22/05/2026 | 08:50", "2 ngày", "gần một nửa", "tổ dân phố Xương Huân 3", "Bếp ăn 0 đồng"]))

# ---------------------------------------------------------------- b988
PAGES.append(page("b988-angiang-xaphutan-hoahao-hoinghi-2026", """
Cổng Thông tin điện tử xã Phú Tân - tỉnh An Giang
Trang chủ / Tin tức - Sự kiện / Dân tộc - Tôn giáo
Thứ Ba, 30/06/2026
Họp mặt chức sắc, chức việc Phật giáo Hòa Hảo nhân kỷ niệm 87 năm ngày khai đạo
Đồng chí Châu Văn Lĩnh tặng hoa chúc mừng Ban Trị sự Phật giáo Hòa Hảo xã.
Sáng 29/6, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam xã Phú Tân tổ chức hội nghị họp mặt chức sắc, chức việc Phật giáo Hòa Hảo năm 2026 nhân kỷ niệm 87 năm ngày khai đạo Phật giáo Hòa Hảo (18/5/1939 - 18/5/2026 âm lịch). Tham dự có hơn 150 đại biểu là thành viên Ban Trị sự Phật giáo Hòa Hảo xã, các ban đại diện ấp và tín đồ tiêu biểu.
Về phía xã có các đồng chí: Châu Văn Lĩnh, Bí thư Đảng ủy xã; Nguyễn Thị Diễm Thúy, Phó Bí thư Thường trực Đảng ủy xã; Lê Hoàng Khải, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã. Về phía chức sắc có ông Nguyễn Văn Chính, Trưởng ban Trị sự Phật giáo Hòa Hảo xã Phú Tân, và ông Trần Văn Hiền, Phó Trưởng ban Trị sự.
Theo báo cáo, xã Phú Tân có khoảng 46.000 tín đồ Phật giáo Hòa Hảo, chiếm gần 90% dân số. Từ tháng 7/2025 đến nay, tín đồ đã đóng góp hơn 9,6 tỷ đồng làm từ thiện xã hội: xây dựng 6 cây cầu bê tông, tặng 85 căn nhà cho hộ khó khăn, duy trì 24 điểm nấu cơm, nước sôi miễn phí, 5 phòng thuốc Nam phước thiện khám, điều trị cho hơn 31.000 lượt người. Ban Trị sự xã còn phối hợp Ủy ban MTTQ xã vận động xóa 42 căn nhà tạm, nhà dột nát trong năm 2025.
Đồng chí Lê Hoàng Khải cho biết, thực hiện Kế hoạch số 08-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam xã, Mặt trận đã phối hợp Ban Trị sự xây dựng mô hình "Ấp an toàn, tín đồ gương mẫu" ở 9/14 ấp. Ông Nguyễn Văn Chính bày tỏ phấn khởi khi cấp ủy, chính quyền xã mới luôn lắng nghe, tạo điều kiện để bà con tín đồ sinh hoạt tôn giáo đúng pháp luật, góp phần giữ vững khối đại đoàn kết.
Phát biểu tại buổi họp mặt, đồng chí Châu Văn Lĩnh đề nghị Ban Trị sự tiếp tục tuyên truyền tín đồ thực hiện tốt Luật Tín ngưỡng, tôn giáo và Nghị quyết số 01-NQ/ĐU của Đảng ủy xã về phát triển kinh tế - xã hội giai đoạn 2025 - 2030; phối hợp bảo đảm an ninh, trật tự trong dịp Đại lễ 18/5 âm lịch, khi dự kiến có khoảng 500.000 lượt khách thập phương về xã dự lễ.
Tại hội nghị, nhiều đại biểu kiến nghị xã quan tâm nâng cấp tuyến đường dẫn vào khu vực Tổ đình, bố trí thêm bãi giữ xe và điểm sơ cấp cứu phục vụ khách dịp Đại lễ; đề nghị ngành chức năng kiểm tra an toàn thực phẩm tại các điểm nấu ăn phục vụ miễn phí.
Dịp này, Ủy ban MTTQ Việt Nam xã trao 100 phần quà, mỗi phần 500.000 đồng, cho các tín đồ cao tuổi có hoàn cảnh khó khăn.
Ban Biên tập
Tin khác
- Xã Phú Tân tổ chức Hội nghị người có uy tín năm 2026 (15/06/2026)
- Ủy ban MTTQ Việt Nam xã ra mắt mô hình "Ấp an toàn, tín đồ gương mẫu" (20/05/2026)
- Trao 10 căn nhà Đại đoàn kết cho hộ khó khăn (08/05/2026)
""",
    "2026-06-30", "Họp mặt chức sắc, chức việc Phật giáo Hòa Hảo nhân kỷ niệm 87 năm ngày khai đạo",
    E("hoi_nghi", "2026", "2026-06-29"),
    [P("Châu Văn Lĩnh", "Bí thư Đảng ủy xã"),
     P("Nguyễn Thị Diễm Thúy", "Phó Bí thư Thường trực Đảng ủy xã"),
     P("Lê Hoàng Khải", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Nguyễn Văn Chính", "Trưởng ban Trị sự Phật giáo Hòa Hảo xã Phú Tân"),
     P("Trần Văn Hiền", "Phó Trưởng ban Trị sự")],
    [Q("hơn 150 đại biểu", 150, "đại biểu", "over"),
     Q("khoảng 46.000 tín đồ Phật giáo Hòa Hảo", 46000, "tín đồ Phật giáo Hòa Hảo", "approx"),
     Q("gần 90%", 90, "%", "approx"),
     Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"),
     Q("6 cây cầu bê tông", 6, "cây cầu bê tông"),
     Q("85 căn nhà", 85, "căn nhà"),
     Q("24 điểm nấu cơm, nước sôi miễn phí", 24, "điểm nấu cơm, nước sôi miễn phí"),
     Q("5 phòng thuốc Nam phước thiện", 5, "phòng thuốc Nam phước thiện"),
     Q("hơn 31.000 lượt người", 31000, "lượt người", "over"),
     Q("42 căn nhà tạm, nhà dột nát", 42, "căn nhà tạm, nhà dột nát"),
     Q("9/14 ấp", 9, "ấp"),
     Q("khoảng 500.000 lượt khách thập phương", 500000, "lượt khách thập phương", "approx"),
     Q("100 phần quà", 100, "phần quà"),
     Q("500.000 đồng", 500000, "đồng")],
    [D("Kế hoạch", "08", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 08-KH/MTTQ-BTT"),
     D("Nghị quyết", "01", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 01-NQ/ĐU")],
    [prov("An Giang"), com("Phú Tân")],
    ["Cổng Thông tin điện tử xã Phú Tân - tỉnh An Giang", "Trang chủ / Tin tức - Sự kiện / Dân tộc - Tôn giáo",
     "Đồng chí Châu Văn Lĩnh tặng hoa chúc mừng Ban Trị sự Phật giáo Hòa Hảo xã.", "Ấp an toàn, tín đồ gương mẫu",
     "Luật Tín ngưỡng, tôn giáo"],
    ["87 năm", "18/5/1939 - 18/5/2026 âm lịch", "tháng 7/2025", "năm 2025", "giai đoạn 2025 - 2030", "18/5 âm lịch"]))
