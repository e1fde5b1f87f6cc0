from lib import *
PAGES = []

PAGES.append(page("b9647-vinhlong-mttq-giamsat-ntm-hoaminh-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Chính trị » Mặt trận - Đoàn thể
Thứ Năm, 21/08/2025 - 06:45
Đoàn giám sát khảo sát tuyến đường nông thôn tại ấp Bến Có. Ảnh: Thạch Vũ
Mặt trận tỉnh giám sát xây dựng nông thôn mới nâng cao ở xã Hòa Minh
Ngày 20/8, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long do đồng chí Thạch Phan Sa Rinh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh làm trưởng đoàn đã giám sát việc thực hiện các tiêu chí xã nông thôn mới nâng cao tại xã Hòa Minh.
Đây là cuộc giám sát đầu tiên về nông thôn mới của Mặt trận tỉnh kể từ khi tỉnh Vĩnh Long mới được thành lập trên cơ sở hợp nhất các tỉnh Vĩnh Long, Bến Tre, Trà Vinh theo Nghị quyết số 202/2025/QH15 của Quốc hội và chính quyền địa phương hai cấp đi vào hoạt động từ ngày 1/7/2025. Cuộc giám sát được thực hiện theo Kế hoạch số 07/KH-MTTQ-BTT ngày 11/7/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo của UBND xã, xã Hòa Minh mới được sắp xếp từ 3 xã cũ, có 6.214 hộ với 23.880 nhân khẩu, đồng bào Khmer chiếm 41%. Trước sắp xếp, cả 3 xã đều đã đạt chuẩn nông thôn mới, 1 xã đạt chuẩn nông thôn mới nâng cao. Thu nhập bình quân năm 2024 đạt 68,5 triệu đồng/người; tỷ lệ hộ nghèo theo chuẩn đa chiều còn 1,92%. Giai đoạn 2021 - 2025, xã đã huy động 94,3 tỷ đồng, trong đó nhân dân đóng góp 11,7 tỷ đồng, hiến 2,8 ha đất làm đường.
Qua giám sát, Đoàn ghi nhận xã đã kịp thời kiện toàn Ban Chỉ đạo, rà soát lại 19 tiêu chí theo địa giới mới. Tuy nhiên, 2 tiêu chí môi trường và y tế đang bị "rớt" do khối lượng rác thải tăng, trạm y tế ở điểm trường cũ xuống cấp; 17 tuyến đường nội ấp chưa có đèn chiếu sáng. Việc lấy ý kiến sự hài lòng của người dân chưa thực hiện theo Quyết định số 318/QĐ-TTg của Thủ tướng Chính phủ.
Tại buổi làm việc, ông Thạch Sà Phươl, Trưởng ban công tác Mặt trận ấp Bến Có, kiến nghị hỗ trợ thêm 200 thùng rác cho các hộ ven sông. Đại đức Kim Sô Phia, trụ trì chùa Bến Có, cho biết nhà chùa sẵn sàng phối hợp mở lớp dạy chữ Khmer và tuyên truyền bảo vệ môi trường cho 120 em học sinh dịp hè.
Đồng chí Sơn Thị Ngọc Mai, Bí thư Đảng ủy xã Hòa Minh, tiếp thu ý kiến và cho biết Đảng ủy đang xây dựng Nghị quyết chuyên đề về xây dựng xã nông thôn mới kiểu mẫu giai đoạn 2025 - 2030.
Kết luận buổi giám sát, đồng chí Thạch Phan Sa Rinh đề nghị xã công khai các nguồn lực, không để người dân đóng góp vượt khả năng; phát huy vai trò của Ban Giám sát đầu tư của cộng đồng. Kết quả giám sát sẽ được tổng hợp, kiến nghị UBND tỉnh.
Thạch Vũ
Tin liên quan
- Mặt trận tỉnh hướng dẫn tổ chức Ngày hội Đại đoàn kết năm 2025 (15/08/2025)
- Phường Trà Vinh ra mắt mô hình "Khu phố văn minh, không rác" (08/08/2025)
- Xã Giồng Trôm trao 15 căn nhà Đại đoàn kết (01/08/2025)
""", "2025-08-21", "Mặt trận tỉnh giám sát xây dựng nông thôn mới nâng cao ở xã Hòa Minh",
E("giam_sat", None, "2025-08-20"),
[P("Thạch Phan Sa Rinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Sà Phươl", "Trưởng ban công tác Mặt trận ấp Bến Có"),
 P("Kim Sô Phia", "Đại đức", "trụ trì chùa Bến Có"),
 P("Sơn Thị Ngọc Mai", "Bí thư Đảng ủy xã Hòa Minh")],
[Q("3 xã cũ", 3, "xã cũ"), Q("6.214 hộ", 6214, "hộ"), Q("23.880 nhân khẩu", 23880, "nhân khẩu"), Q("41%", 41, "%"),
 Q("68,5 triệu đồng", 68500000, "đồng"), Q("1,92%", 1.92, "%"), Q("94,3 tỷ đồng", 94300000000, "đồng"),
 Q("11,7 tỷ đồng", 11700000000, "đồng"), Q("2,8 ha", 2.8, "ha"), Q("2 tiêu chí", 2, "tiêu chí"),
 Q("17 tuyến đường nội ấp", 17, "tuyến đường nội ấp"), Q("200 thùng rác", 200, "thùng rác"), Q("120 em học sinh", 120, "em học sinh")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Kế hoạch", "07", "KH-MTTQ-BTT", "2025-07-11", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 07/KH-MTTQ-BTT ngày 11/7/2025"),
 D("Quyết định", "318", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 318/QĐ-TTg")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Hòa Minh")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Chính trị » Mặt trận - Đoàn thể", "Đoàn giám sát khảo sát tuyến đường nông thôn tại ấp Bến Có. Ảnh: Thạch Vũ",
 "Ban Giám sát đầu tư của cộng đồng"],
["Thứ Năm, 21/08/2025 - 06:45", "ngày 1/7/2025", "năm 2024", "Giai đoạn 2021 - 2025", "19 tiêu chí", "giai đoạn 2025 - 2030", "hai cấp", "1 xã"]))

PAGES.append(page("b9648-dongnai-daihoi-thidua-locninh-2025", """
Báo Đồng Nai điện tử
Thời sự | Chính trị | Địa phương
26/09/2025 15:20 GMT+7
Quang cảnh đại hội. Ảnh: Điểu Hùng
Xã Lộc Ninh tổ chức Đại hội Thi đua yêu nước lần thứ I
Sáng 25/9, UBND xã Lộc Ninh tổ chức Đại hội Thi đua yêu nước lần thứ I, năm 2025, với sự tham dự của 210 đại biểu tiêu biểu cho các tầng lớp nhân dân trong xã. Dự đại hội có đồng chí Trương Minh Khoa, Phó Chủ tịch UBND tỉnh Đồng Nai; đồng chí Điểu Thanh Hải, Bí thư Đảng ủy xã nhiệm kỳ 2025 - 2030.
Xã Lộc Ninh được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp thị trấn Lộc Ninh và các xã Lộc Thái, Lộc Thuận của tỉnh Bình Phước (cũ), nay thuộc tỉnh Đồng Nai. Xã có 9.846 hộ, 35.120 nhân khẩu, trong đó đồng bào S'tiêng, Khmer chiếm gần 18%.
Báo cáo tại đại hội cho thấy, giai đoạn 2020 - 2025, phong trào "Cả nước chung sức xây dựng nông thôn mới" và cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" là điểm nhấn trong các phong trào thi đua. Nhân dân trên địa bàn đã hiến 6,3 ha đất, đóng góp 27,4 tỷ đồng để làm 42 km đường giao thông; xây dựng 16 tuyến đường "Sáng - xanh - sạch - đẹp". Toàn xã có 11 sản phẩm OCOP, trong đó 3 sản phẩm hạt điều đạt 4 sao. Thu nhập bình quân đầu người đạt 79 triệu đồng/năm; hộ nghèo giảm còn 0,86%.
Tham luận tại đại hội, bà Thị Sen, người có uy tín sóc Bù Nồm, kể về việc vận động 32 hộ đồng bào S'tiêng chuyển từ trồng điều già cỗi sang điều ghép cao sản; ông Lâm Văn Sóc, Giám đốc Hợp tác xã Nông nghiệp Lộc Thái, chia sẻ mô hình liên kết tiêu thụ với 214 hộ thành viên. Anh Hoàng Minh Trí, Bí thư Đoàn xã, giới thiệu công trình "Thắp sáng đường quê" do đoàn viên thực hiện với 1.200 bóng đèn.
Phát biểu chỉ đạo, đồng chí Trương Minh Khoa đánh giá cao những thành quả của xã; đề nghị giai đoạn 2025 - 2030 tập trung thực hiện Kế hoạch số 118/KH-UBND của UBND tỉnh về xây dựng xã nông thôn mới kiểu mẫu, gắn thi đua với thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I và Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.
Đồng chí Nguyễn Thị Hương, Chủ tịch UBND xã Lộc Ninh, phát động phong trào thi đua giai đoạn mới với chủ đề "Đoàn kết, đổi mới, xây dựng Lộc Ninh văn minh, hiện đại".
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 4 tập thể, 7 cá nhân; Chủ tịch UBND xã tặng giấy khen cho 36 tập thể, 58 cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025. Đại hội đã bầu 12 đại biểu dự Đại hội Thi đua yêu nước tỉnh Đồng Nai lần thứ I.
Điểu Hùng
Tin khác
- Xã Bù Đốp ra mắt mô hình "Sóc văn hóa, an toàn" (19/09/2025)
- Phường Bình Phước trao nhà Đại đoàn kết cho 8 hộ nghèo (12/09/2025)
- Hội nghị tập huấn về xây dựng nông thôn mới cho cán bộ cấp xã (05/09/2025)
""", "2025-09-26", "Xã Lộc Ninh tổ chức Đại hội Thi đua yêu nước lần thứ I",
E("dai_hoi", None, "2025-09-25"),
[P("Trương Minh Khoa", "Phó Chủ tịch UBND tỉnh Đồng Nai"),
 P("Điểu Thanh Hải", "Bí thư Đảng ủy xã nhiệm kỳ 2025 - 2030"),
 P("Thị Sen", "người có uy tín sóc Bù Nồm"),
 P("Lâm Văn Sóc", "Giám đốc Hợp tác xã Nông nghiệp Lộc Thái"),
 P("Hoàng Minh Trí", "Bí thư Đoàn xã"),
 P("Nguyễn Thị Hương", "Chủ tịch UBND xã Lộc Ninh")],
[Q("210 đại biểu tiêu biểu", 210, "đại biểu tiêu biểu"), Q("9.846 hộ", 9846, "hộ"), Q("35.120 nhân khẩu", 35120, "nhân khẩu"),
 Q("gần 18%", 18, "%", "approx"), Q("6,3 ha", 6.3, "ha"), Q("27,4 tỷ đồng", 27400000000, "đồng"), Q("42 km", 42, "km"),
 Q("16 tuyến đường", 16, "tuyến đường"), Q("11 sản phẩm OCOP", 11, "sản phẩm OCOP"), Q("3 sản phẩm hạt điều", 3, "sản phẩm hạt điều"),
 Q("79 triệu đồng", 79000000, "đồng"), Q("0,86%", 0.86, "%"), Q("32 hộ đồng bào S'tiêng", 32, "hộ đồng bào S'tiêng"),
 Q("214 hộ thành viên", 214, "hộ thành viên"), Q("1.200 bóng đèn", 1200, "bóng đèn"), Q("4 tập thể", 4, "tập thể"),
 Q("7 cá nhân", 7, "cá nhân"), Q("36 tập thể", 36, "tập thể"), Q("58 cá nhân", 58, "cá nhân"), Q("12 đại biểu", 12, "đại biểu")],
[D("Kế hoạch", "118", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 118/KH-UBND"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Lộc Ninh"), com("Lộc Thái"), com("Lộc Thuận")],
["Báo Đồng Nai điện tử", "Thời sự | Chính trị | Địa phương", "Quang cảnh đại hội. Ảnh: Điểu Hùng",
 "Cả nước chung sức xây dựng nông thôn mới", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Sáng - xanh - sạch - đẹp", "Thắp sáng đường quê", "Đoàn kết, đổi mới, xây dựng Lộc Ninh văn minh, hiện đại",
 "Nghị quyết Đại hội Đảng bộ xã lần thứ I"],
["26/09/2025 15:20 GMT+7", "lần thứ I", "năm 2025", "nhiệm kỳ 2025 - 2030", "ngày 1/7/2025", "giai đoạn 2020 - 2025",
 "giai đoạn 2025 - 2030", "4 sao"]))

PAGES.append(page("b9649-tuyenquang-ngayhoi-ddk-lungcu-2025", """
Báo và Phát thanh, Truyền hình Tuyên Quang
Trang chủ > Chính trị > Mặt trận
Cập nhật: 14/11/2025, 19:05
Đồng chí Hầu Minh Lợi cùng bà con thôn Lô Lô Chải múa hát mừng ngày hội.
Lũng Cú: Ngày hội Đại đoàn kết nơi cực Bắc Tổ quốc
Ngày 13/11, tại thôn Lô Lô Chải, xã Lũng Cú, Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang phối hợp với Đảng ủy, UBND, Ủy ban MTTQ Việt Nam xã tổ chức Ngày hội Đại đoàn kết toàn dân tộc, kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2025). Dự có đồng chí Hầu Minh Lợi, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Vàng Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đây là năm đầu tiên ngày hội được tổ chức theo mô hình chính quyền địa phương hai cấp, sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất. Thôn Lô Lô Chải có 118 hộ, 542 nhân khẩu, chủ yếu là đồng bào Lô Lô và Mông; là làng văn hóa du lịch cộng đồng với 19 homestay.
Thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và Kế hoạch số 52/KH-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, năm 2025 bà con trong thôn đã đóng góp hơn 460 triệu đồng, 1.350 ngày công để chỉnh trang 2,1 km đường đá, lát sân nhà văn hóa, trồng 3.000 cây hoa tam giác mạch dọc đường vào thôn. Tỷ lệ hộ nghèo giảm từ 21,2% xuống còn 12,7%; 102 hộ đạt gia đình văn hóa.
Ông Sình Dì Gái, Trưởng ban công tác Mặt trận thôn Lô Lô Chải, phấn khởi: "Thôn không còn nhà tạm, không còn người tảo hôn. Bà con đoàn kết giữ trống đồng, giữ trang phục Lô Lô để khách đến đông hơn". Ông Giàng Mí Chá, Bí thư Đảng ủy xã Lũng Cú, cho biết xã mới có 24 thôn, năm 2025 đã tổ chức ngày hội ở tất cả các thôn, gắn với ra quân "Ngày Chủ nhật xanh".
Phát biểu tại ngày hội, đồng chí Hầu Minh Lợi ghi nhận những đổi thay của vùng cao nguyên đá; đề nghị cấp ủy, chính quyền xã phát huy vai trò người có uy tín, già làng, trưởng họ, tiếp tục thực hiện Nghị quyết số 12-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch cộng đồng vùng đồng bào dân tộc thiểu số. Đồng chí mong bà con giữ gìn bản sắc, bảo vệ vững chắc đường biên, mốc giới.
Dịp này, Ủy ban MTTQ Việt Nam xã tặng giấy khen cho 6 hộ gia đình tiêu biểu; đồng chí Lù Thị Dín, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Cú, trao quyết định công nhận thôn Lô Lô Chải đạt danh hiệu "Thôn văn hóa" 3 năm liền.
Ngày hội kết thúc với màn trình diễn trang phục Lô Lô, thi đánh trống đồng, kéo co và giã bánh giầy.
Hồng Nhung
Tin liên quan
- Xã Đồng Văn: Ngày hội Đại đoàn kết ở thôn Phố Cáo (12/11/2025)
- Phường Minh Xuân tổ chức ngày hội tại tổ dân phố 9 (11/11/2025)
- Mặt trận tỉnh trao 50 nhà Đại đoàn kết cho hộ nghèo vùng cao (06/11/2025)
""", "2025-11-14", "Lũng Cú: Ngày hội Đại đoàn kết nơi cực Bắc Tổ quốc",
E("khac", None, "2025-11-13"),
[P("Hầu Minh Lợi", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Vàng Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sình Dì Gái", "Trưởng ban công tác Mặt trận thôn Lô Lô Chải"),
 P("Giàng Mí Chá", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Lù Thị Dín", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Cú")],
[Q("118 hộ", 118, "hộ"), Q("542 nhân khẩu", 542, "nhân khẩu"), Q("19 homestay", 19, "homestay"),
 Q("hơn 460 triệu đồng", 460000000, "đồng", "over"), Q("1.350 ngày công", 1350, "ngày công"), Q("2,1 km", 2.1, "km"),
 Q("3.000 cây hoa tam giác mạch", 3000, "cây hoa tam giác mạch"), Q("21,2%", 21.2, "%"), Q("12,7%", 12.7, "%"),
 Q("102 hộ", 102, "hộ"), Q("24 thôn", 24, "thôn"), Q("6 hộ gia đình tiêu biểu", 6, "hộ gia đình tiêu biểu")],
[D("Kế hoạch", "52", "KH-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Kế hoạch số 52/KH-MTTW-BTT"),
 D("Nghị quyết", "12", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 12-NQ/TU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú")],
["Báo và Phát thanh, Truyền hình Tuyên Quang", "Trang chủ > Chính trị > Mặt trận",
 "Đồng chí Hầu Minh Lợi cùng bà con thôn Lô Lô Chải múa hát mừng ngày hội.", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngày Chủ nhật xanh", "Thôn văn hóa"],
["Cập nhật: 14/11/2025, 19:05", "95 năm", "18/11/1930 - 18/11/2025", "năm 2025", "hai cấp", "3 năm liền"]))

PAGES.append(page("b9650-gialai-ngayhoi-ddk-langop-2025", """
BÁO GIA LAI ĐIỆN TỬ
Hôm nay: Thứ Ba, 18/11/2025
Chính trị › Mặt trận - Đoàn thể
Thứ Hai, 17/11/2025 | 08:00
Già làng Rơ Châm Thu (giữa) đánh chiêng mừng ngày hội.
Phường Pleiku: Làng Ốp vui Ngày hội Đại đoàn kết
Ngày 16/11, làng Ốp, phường Pleiku, tỉnh Gia Lai tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Tham dự có đồng chí Lê Thị Thu Hương, Phó Bí thư Tỉnh ủy; đồng chí Ksor H'Bla, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh cùng lãnh đạo Đảng ủy, HĐND, UBND phường Pleiku.
Làng Ốp là làng đồng bào Jrai nằm giữa lòng đô thị, có 312 hộ, 1.436 khẩu. Sau hơn 3 tháng phường Pleiku đi vào hoạt động theo mô hình chính quyền hai cấp, làng tiếp tục là điểm sáng trong thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Năm 2025, bà con đã góp 285 triệu đồng và 700 ngày công để chỉnh trang 1,6 km hẻm, lắp 58 bóng đèn năng lượng mặt trời, cải tạo sân nhà rông làm nơi sinh hoạt cộng đồng. Làng có 298 hộ đạt gia đình văn hóa, chiếm 95,5%; không còn hộ nghèo.
Già làng Rơ Châm Thu chia sẻ: "Làng Ốp ở giữa phố nhưng vẫn giữ nhà rông, giữ chiêng. Con cháu đi học, đi làm ở phố rồi về làng vẫn đánh chiêng, múa xoang". Ông Siu Phiơ, Trưởng ban công tác Mặt trận làng Ốp, cho biết làng đã xây dựng hương ước mới phù hợp Luật Thực hiện dân chủ ở cơ sở, trong đó quy định không tổ chức bỏ mả kéo dài, không uống rượu say gây mất trật tự.
Bà Trần Thị Ngọc Ánh, Chủ tịch Ủy ban MTTQ Việt Nam phường Pleiku, thông tin: phường có 47 tổ dân phố, làng; từ ngày 1 đến 18/11 tất cả đều tổ chức ngày hội theo Hướng dẫn số 09/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Phường đang thực hiện Nghị quyết 03, 04-NQ/ĐU của Đảng ủy phường về xây dựng phường văn minh, hiện đại và về bảo tồn không gian văn hóa các làng đồng bào Jrai, Bahnar trong đô thị.
Phát biểu tại ngày hội, đồng chí Lê Thị Thu Hương biểu dương tinh thần đoàn kết của bà con làng Ốp; đề nghị phường Pleiku quan tâm hỗ trợ thanh niên trong làng học nghề, phát triển du lịch văn hóa gắn với không gian văn hóa cồng chiêng Tây Nguyên; chú trọng giữ gìn an ninh trật tự, không để kẻ xấu lợi dụng tôn giáo gây mất đoàn kết.
Dịp này, Ủy ban MTTQ Việt Nam phường Pleiku tặng giấy khen cho 5 gia đình tiêu biểu; Đoàn thanh niên phường ra mắt Câu lạc bộ cồng chiêng thanh niên làng Ốp với 24 thành viên.
Phần hội diễn ra sôi nổi với các tiết mục đánh chiêng, múa xoang, thi nấu cơm lam, giã gạo của các gia đình trong làng.
Đức Thụy
Tin liên quan
- Xã Ia Grai: Ngày hội Đại đoàn kết ở làng Dơr 1 (15/11/2025)
- Phường Quy Nhơn Nam ra mắt mô hình "Khu phố văn minh" (10/11/2025)
- Mặt trận tỉnh gặp mặt 200 người có uy tín tiêu biểu (05/11/2025)
""", "2025-11-17", "Phường Pleiku: Làng Ốp vui Ngày hội Đại đoàn kết",
E("khac", None, "2025-11-16"),
[P("Rơ Châm Thu", "Già làng"),
 P("Lê Thị Thu Hương", "Phó Bí thư Tỉnh ủy"),
 P("Ksor H'Bla", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Siu Phiơ", "Trưởng ban công tác Mặt trận làng Ốp"),
 P("Trần Thị Ngọc Ánh", "Chủ tịch Ủy ban MTTQ Việt Nam phường Pleiku")],
[Q("312 hộ", 312, "hộ"), Q("1.436 khẩu", 1436, "khẩu"), Q("285 triệu đồng", 285000000, "đồng"), Q("700 ngày công", 700, "ngày công"),
 Q("1,6 km", 1.6, "km"), Q("58 bóng đèn năng lượng mặt trời", 58, "bóng đèn năng lượng mặt trời"), Q("298 hộ", 298, "hộ"),
 Q("95,5%", 95.5, "%"), Q("47 tổ dân phố, làng", 47, "tổ dân phố, làng"), Q("5 gia đình tiêu biểu", 5, "gia đình tiêu biểu"),
 Q("24 thành viên", 24, "thành viên")],
[D("Hướng dẫn", "09", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 09/HD-MTTQ-BTT"),
 D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết 03, 04-NQ/ĐU"),
 D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết 03, 04-NQ/ĐU")],
[prov("Gia Lai"), com("Pleiku")],
["BÁO GIA LAI ĐIỆN TỬ", "Hôm nay: Thứ Ba, 18/11/2025", "Chính trị › Mặt trận - Đoàn thể",
 "Già làng Rơ Châm Thu (giữa) đánh chiêng mừng ngày hội.", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Luật Thực hiện dân chủ ở cơ sở", "Câu lạc bộ cồng chiêng thanh niên làng Ốp"],
["Hôm nay: Thứ Ba, 18/11/2025", "Thứ Hai, 17/11/2025 | 08:00", "hơn 3 tháng", "hai cấp", "Năm 2025", "từ ngày 1 đến 18/11"]))

PAGES.append(page("b9651-lamdong-mttq-tongket-cvd-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ >> Tin tức - Sự kiện >> Hoạt động Mặt trận tỉnh
Ngày đăng 09/01/2026 | 16:20
Ảnh: Toàn cảnh hội nghị tại điểm cầu tỉnh.
Lâm Đồng: Mặt trận các cấp triển khai nhiệm vụ năm 2026
Ngày 8/1/2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị trực tuyến tổng kết công tác Mặt trận và cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Hội nghị được kết nối tới 124 điểm cầu xã, phường, đặc khu. Đồng chí K'Mák, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2025 là năm đầu tiên Mặt trận tỉnh Lâm Đồng hoạt động trên địa bàn mới sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận, đồng thời sắp xếp các tổ chức chính trị - xã hội trực thuộc Ủy ban MTTQ Việt Nam. Trong năm, toàn tỉnh có 3.212 khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc; 91,8% hộ đạt danh hiệu gia đình văn hóa. Quỹ "Vì người nghèo" các cấp vận động được 86,5 tỷ đồng; phối hợp hoàn thành xóa 4.762 căn nhà tạm, nhà dột nát, vượt tiến độ trước ngày 31/8/2025.
Ban Thường trực đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 06, 07-KL/TU về phát huy vai trò Mặt trận trong xây dựng nông thôn mới sau sắp xếp và về công tác vận động đồng bào dân tộc thiểu số, đồng bào có đạo. Thực hiện Quy định số 124-QĐ/TW của Ban Bí thư về giám sát, phản biện xã hội, Mặt trận các cấp đã tổ chức 412 cuộc giám sát, 58 hội nghị phản biện xã hội.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Điểu K'Ré, Đàng Thị Hồng Nhung, Nguyễn Văn Hậu đã báo cáo chuyên đề về hoạt động của các tổ chức chính trị - xã hội sau sắp xếp, về công tác dân tộc, tôn giáo và về chương trình an sinh xã hội năm 2026.
Tham luận tại hội nghị, bà Thị Hằng, Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Tín, nêu kinh nghiệm vận động đồng bào Mnông ở bon Bu Sir chuyển đổi 120 ha cà phê già cỗi; ông Thông Văn Tài, Chủ tịch Ủy ban MTTQ Việt Nam phường Phan Thiết, chia sẻ mô hình "Khu phố văn minh - biển xanh không rác thải nhựa".
Phát biểu chỉ đạo, đồng chí Ya Tuấn Anh, Phó Bí thư Tỉnh ủy, yêu cầu năm 2026 Mặt trận các cấp làm tốt công tác hiệp thương, giới thiệu người ứng cử đại biểu Quốc hội và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; triển khai Nghị quyết số 18/2025/NQ-HĐND của HĐND tỉnh về hỗ trợ xây dựng xã nông thôn mới nâng cao; phấn đấu có thêm 15 xã đạt chuẩn nông thôn mới nâng cao.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen cho 6 tập thể, 9 cá nhân; Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 45 tập thể và 62 cá nhân tiêu biểu.
Ban Tuyên truyền
Lượt xem: 1.015
Tin liên quan
- Gặp mặt người có uy tín tiêu biểu năm 2025 (26/12/2025)
- Mặt trận tỉnh trao 100 căn nhà Đại đoàn kết ở vùng đồng bào Mnông (18/12/2025)
- Tập huấn nghiệp vụ cho cán bộ Mặt trận cấp xã sau sắp xếp (10/12/2025)
""", "2026-01-09", "Lâm Đồng: Mặt trận các cấp triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("K'Mák", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu K'Ré", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đàng Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hậu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Hằng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Tín"),
 P("Thông Văn Tài", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phan Thiết"),
 P("Ya Tuấn Anh", "Phó Bí thư Tỉnh ủy")],
[Q("124 điểm cầu xã, phường, đặc khu", 124, "điểm cầu xã, phường, đặc khu"), Q("3.212 khu dân cư", 3212, "khu dân cư"),
 Q("91,8%", 91.8, "%"), Q("86,5 tỷ đồng", 86500000000, "đồng"), Q("4.762 căn nhà tạm, nhà dột nát", 4762, "căn nhà tạm, nhà dột nát"),
 Q("412 cuộc giám sát", 412, "cuộc giám sát"), Q("58 hội nghị phản biện xã hội", 58, "hội nghị phản biện xã hội"),
 Q("120 ha", 120, "ha"), Q("15 xã", 15, "xã"), Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân"),
 Q("45 tập thể", 45, "tập thể"), Q("62 cá nhân tiêu biểu", 62, "cá nhân tiêu biểu")],
[D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW"),
 D("Nghị quyết", "18", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 18/2025/NQ-HĐND")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Tín"), com("Phan Thiết")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động Mặt trận tỉnh",
 "Ảnh: Toàn cảnh hội nghị tại điểm cầu tỉnh.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Vì người nghèo", "Khu phố văn minh - biển xanh không rác thải nhựa", "Ban Tuyên truyền",
 "Lượt xem: 1.015"],
["Ngày đăng 09/01/2026 | 16:20", "năm 2026", "năm 2025", "Năm 2025", "ngày 31/8/2025", "nhiệm kỳ 2026 - 2031", "Lượt xem: 1.015"]))

PAGES.append(page("b9652-angiang-khoidanvan-giaoban-q1-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN GIANG
Trang chủ / Dân vận / Tin hoạt động
2026-04-07 09:30
Đồng chí Néang Sa Vy phát biểu kết luận giao ban.
Khối dân vận giao ban quý I/2026
Ngày 6/4, Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang tổ chức giao ban khối dân vận và Ủy ban MTTQ Việt Nam tỉnh, đánh giá kết quả công tác quý I, triển khai nhiệm vụ quý II/2026. Đồng chí Néang Sa Vy, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Trong quý I, các cơ quan khối dân vận đã phối hợp tổ chức chu đáo các hoạt động chăm lo Tết Nguyên đán Bính Ngọ và Tết cổ truyền Chôl Chnăm Thmây của đồng bào Khmer; vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 với tỷ lệ cử tri đi bầu đạt 99,6%. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành kế hoạch số 18-KH/TU về thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" giai đoạn 2026 - 2030 và ban hành Hướng dẫn 03, 04-HD/BTGDVTU về xây dựng mô hình "Dân vận khéo" ở xã, phường, đặc khu.
Toàn tỉnh có 102 xã, phường, đặc khu; đến nay 1.218 ấp, khóm đăng ký xây dựng khu dân cư văn minh, 67 mô hình "Dân vận khéo" được công nhận mới. Mặt trận các cấp vận động Quỹ "Vì người nghèo" được 41,2 tỷ đồng, hỗ trợ xây mới 236 căn nhà Đại đoàn kết.
Thảo luận tại giao ban, ông Chau Sóc Thía, Chủ tịch Ủy ban MTTQ Việt Nam xã Tri Tôn, phản ánh còn 14 vụ việc tranh chấp đất đai trong đồng bào Khmer chưa giải quyết dứt điểm; bà Thị Sóc Khanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, đề nghị bố trí kinh phí cho 52 tổ phụ nữ tự quản môi trường. Ông Đoàn Văn Lộc, Bí thư Đảng ủy đặc khu Phú Quốc, thông tin về việc vận động 318 hộ dân bàn giao mặt bằng các công trình phục vụ Hội nghị APEC 2027.
Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Danh Hồng Phúc, Lê Thị Kiều Oanh đã thông tin về việc triển khai Quyết định số 1525/QĐ-UBND ngày 20/3/2026 của UBND tỉnh về bộ tiêu chí khu dân cư văn minh và việc sơ kết Quy chế phối hợp số 02-QCPH/BTGDVTU-MTTQ.
Kết luận giao ban, đồng chí Néang Sa Vy yêu cầu quý II/2026 tập trung nắm tình hình tư tưởng nhân dân ở các xã biên giới; phối hợp tổ chức Lễ Sene Dolta gắn với tuyên truyền xây dựng nông thôn mới; chuẩn bị tổng kết 5 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận của chính quyền các cấp.
Hữu Thành
Lượt xem: 428
Tin liên quan
- Xã Tịnh Biên: ra mắt mô hình "Khu dân cư văn minh, không ma túy" (30/03/2026)
- Gặp mặt chức sắc Phật giáo Nam tông Khmer nhân Tết Chôl Chnăm Thmây (10/04/2025)
- Đặc khu Kiên Hải trao 12 nhà Đại đoàn kết (20/03/2026)
""", "2026-04-07", "Khối dân vận giao ban quý I/2026",
E("giao_ban", "2026-Q1", "2026-04-06"),
[P("Néang Sa Vy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chau Sóc Thía", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tri Tôn"),
 P("Thị Sóc Khanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Đoàn Văn Lộc", "Bí thư Đảng ủy đặc khu Phú Quốc"),
 P("Danh Hồng Phúc", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Kiều Oanh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("99,6%", 99.6, "%"), Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"), Q("1.218 ấp, khóm", 1218, "ấp, khóm"),
 Q("67 mô hình", 67, "mô hình"), Q("41,2 tỷ đồng", 41200000000, "đồng"), Q("236 căn nhà Đại đoàn kết", 236, "căn nhà Đại đoàn kết"),
 Q("14 vụ việc tranh chấp đất đai", 14, "vụ việc tranh chấp đất đai"), Q("52 tổ phụ nữ tự quản môi trường", 52, "tổ phụ nữ tự quản môi trường"),
 Q("318 hộ dân", 318, "hộ dân")],
[D("Kế hoạch", "18", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "kế hoạch số 18-KH/TU"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 03, 04-HD/BTGDVTU"),
 D("Hướng dẫn", "04", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 03, 04-HD/BTGDVTU"),
 D("Quyết định", "1525", "QĐ-UBND", "2026-03-20", "UBND tỉnh", "Quyết định số 1525/QĐ-UBND ngày 20/3/2026"),
 D("Quy chế phối hợp", "02", "QCPH/BTGDVTU-MTTQ", None, None, "Quy chế phối hợp số 02-QCPH/BTGDVTU-MTTQ"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW")],
[prov("An Giang"), com("Tri Tôn"), com("Phú Quốc")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN GIANG", "Trang chủ / Dân vận / Tin hoạt động",
 "Đồng chí Néang Sa Vy phát biểu kết luận giao ban.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Dân vận khéo", "Vì người nghèo", "Chôl Chnăm Thmây", "Sene Dolta", "Hội nghị APEC 2027", "Lượt xem: 428"],
["2026-04-07 09:30", "quý I/2026", "quý I", "quý II/2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "giai đoạn 2026 - 2030",
 "5 năm", "APEC 2027", "Lượt xem: 428"]))
