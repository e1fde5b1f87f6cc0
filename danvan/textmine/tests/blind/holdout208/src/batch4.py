from lib import *
PAGES = []

PAGES.append(page("b4967-tuyenquang-xaquanba-daihoi-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ › Chính trị › Mặt trận
12/09/2025 - 07:50
Đại hội đại biểu MTTQ xã Quản Bạ lần thứ I: Đoàn kết xây dựng nông thôn mới vùng cao nguyên đá
Ngày 10/9, Ủy ban MTTQ Việt Nam xã Quản Bạ, tỉnh Tuyên Quang tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội đầu tiên của Mặt trận xã sau khi sắp xếp đơn vị hành chính và hợp nhất tỉnh Hà Giang với tỉnh Tuyên Quang.
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Minh Khoa
Dự đại hội có đồng chí Hoàng Thị Thu Hà, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Sùng Mí Dính, Bí thư Đảng ủy, Chủ tịch HĐND xã cùng 135 đại biểu đại diện cho hơn 18.000 nhân dân các dân tộc Mông, Tày, Dao, Giáy trong xã.
Nhiệm kỳ qua, Mặt trận các xã trước sáp nhập đã vận động nhân dân thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của BCH Trung ương về sắp xếp tổ chức bộ máy, đồng thời tham gia xây dựng nông thôn mới: 312 hộ hiến đất làm đường, đóng góp 2,8 tỷ đồng và trên 14.000 ngày công; làm mới 96 căn nhà cho hộ nghèo theo phong trào xóa nhà tạm, nhà dột nát. Thu nhập bình quân đạt 32 triệu đồng/người/năm, tỷ lệ hộ nghèo còn 38,2%, giảm 6,5% so với đầu nhiệm kỳ.
Tham luận tại đại hội, bà Vàng Thị Say, Trưởng ban công tác Mặt trận thôn Lùng Cúng, chia sẻ cách vận động 27 hộ người Mông bỏ tục cúng ma tốn kém; ông Lù Văn Pó, người có uy tín thôn Nậm Đăm, nêu kinh nghiệm làm du lịch cộng đồng gắn với giữ gìn bản sắc. Ông Thào Mí Chá, Chủ tịch Hội Nông dân xã, đề nghị Mặt trận phối hợp tổ chức các lớp trồng chè, nuôi bò theo chuỗi.
Đại hội được tổ chức theo Kế hoạch số 05-KH/ĐU của Đảng ủy xã và Hướng dẫn số 31-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy. Đại hội đã hiệp thương cử Ủy ban MTTQ Việt Nam xã khóa I gồm 45 vị; bầu 8 đại biểu dự Đại hội MTTQ Việt Nam tỉnh. Tại hội nghị lần thứ nhất, bà Giàng Thị Mai được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Quản Bạ khóa I, nhiệm kỳ 2025 - 2030; các ông Nguyễn Văn Tuyên, Hầu Mí Sử được cử làm Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Kết quả được Ban Thường vụ Đảng ủy xã công nhận tại Quyết định 35, 36-QĐ/ĐU.
Phát biểu chỉ đạo, đồng chí Hoàng Thị Thu Hà đề nghị Mặt trận xã phát huy vai trò giám sát, phản biện, vận động đồng bào các dân tộc giữ vững 12 tiêu chí nông thôn mới đã đạt và phấn đấu đến năm 2030 có ít nhất 50% số thôn đạt chuẩn thôn nông thôn mới.
Minh Khoa
Tin liên quan
- Đồng Văn: Đại hội MTTQ xã lần thứ I (08/09/2025)
- Mặt trận tỉnh tổ chức đại hội điểm cấp xã (28/08/2025)
- Yên Minh trao 20 nhà Đại đoàn kết (20/08/2025)
""", "2025-09-12", "Đại hội đại biểu MTTQ xã Quản Bạ lần thứ I: Đoàn kết xây dựng nông thôn mới vùng cao nguyên đá",
E("dai_hoi", None, "2025-09-10"),
[P("Hoàng Thị Thu Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng Mí Dính", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Vàng Thị Say", "Trưởng ban công tác Mặt trận thôn Lùng Cúng"),
 P("Lù Văn Pó", "người có uy tín thôn Nậm Đăm"),
 P("Thào Mí Chá", "Chủ tịch Hội Nông dân xã"),
 P("Giàng Thị Mai", "Chủ tịch Ủy ban MTTQ Việt Nam xã Quản Bạ khóa I"),
 P("Nguyễn Văn Tuyên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hầu Mí Sử", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("135 đại biểu", 135, "đại biểu"), Q("hơn 18.000 nhân dân các dân tộc", 18000, "nhân dân các dân tộc", "over"),
 Q("312 hộ", 312, "hộ"), Q("2,8 tỷ đồng", 2800000000, "đồng"), Q("trên 14.000 ngày công", 14000, "ngày công", "over"),
 Q("96 căn nhà", 96, "căn nhà"), Q("32 triệu đồng/người/năm", 32000000, "đồng"), Q("38,2%", 38.2, "%"), Q("6,5%", 6.5, "%"),
 Q("27 hộ người Mông", 27, "hộ người Mông"), Q("45 vị", 45, "vị"), Q("8 đại biểu", 8, "đại biểu"),
 Q("12 tiêu chí", 12, "tiêu chí"), Q("ít nhất 50%", 50, "%", "over")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "BCH Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kế hoạch", "05", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 05-KH/ĐU"),
 D("Hướng dẫn", "31", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 31-HD/BTGDVTU"),
 D("Quyết định", "35", "QĐ/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Quyết định 35, 36-QĐ/ĐU"),
 D("Quyết định", "36", "QĐ/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Quyết định 35, 36-QĐ/ĐU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Quản Bạ")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ › Chính trị › Mặt trận", "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Minh Khoa",
 "Nghị quyết Đại hội"],
["12/09/2025 - 07:50", "lần thứ I", "2025 - 2030", "khóa I", "hội nghị lần thứ nhất", "năm 2030"]))

PAGES.append(page("b4968-vinhlong-btgdvtu-giaoban-2025q3", """
BÁO VĨNH LONG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH VĨNH LONG
Trang chủ | Chính trị | Dân vận
Thứ Sáu, 10/10/2025 - 08:00
Giao ban khối dân vận quý III: vận động đồng bào Khmer chung sức xây dựng nông thôn mới
Ngày 8/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức giao ban khối dân vận quý III năm 2025, triển khai nhiệm vụ quý IV. Đây là lần giao ban đầu tiên của khối dân vận tỉnh sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh, với 124 xã, phường tham gia bằng hình thức trực tuyến.
Quang cảnh buổi giao ban tại điểm cầu tỉnh.
Đồng chí Nguyễn Thị Minh Trang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng chủ trì có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Thạch Ngọc Sương, Lê Văn Bảy, Huỳnh Thị Thu Ba.
Báo cáo cho biết, trong quý khối dân vận đã quán triệt Nghị quyết số 02-NQ/TU ngày 15/7/2025 của Ban Chấp hành Đảng bộ tỉnh và Chỉ thị 02, 03-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận sau sắp xếp và về vận động nhân dân xây dựng nông thôn mới nâng cao; Ban ban hành Kế hoạch số 14-KH/BTGDVTU ngày 5/8/2025 về phong trào "Dân vận khéo" giai đoạn mới.
Toàn tỉnh đã vận động được 18,6 tỷ đồng xây dựng 214 căn nhà Đại đoàn kết, hoàn thành xóa nhà tạm, nhà dột nát; 1.350 hộ đồng bào Khmer được hỗ trợ chuyển đổi sinh kế. 52 chùa Phật giáo Nam tông Khmer tham gia vận động Phật tử giữ gìn vệ sinh môi trường. Lực lượng dân vận đã nắm và giải quyết 73 vụ việc tranh chấp đất đai ngay từ cơ sở, đạt 91%.
Bà Kim Thị Sô Phi, Bí thư Đảng ủy phường Trà Vinh, cho biết phường đã thành lập 9 tổ dân vận khu phố với 108 thành viên. Ông Trương Văn Út, Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hồ, kiến nghị có cơ chế duy trì tiêu chí môi trường sau sáp nhập. Ông Sơn Chanh Đa, Phó Chủ tịch UBND xã Giồng Trôm, đề nghị sớm hướng dẫn chế độ cho người có uy tín trong đồng bào dân tộc thiểu số theo Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ.
Kết luận giao ban, đồng chí Nguyễn Thị Minh Trang yêu cầu quý IV tập trung vận động đồng bào tổ chức lễ hội Ok Om Bok tiết kiệm, an toàn, nắm chắc tình hình tư tưởng nhân dân sau sắp xếp, chỉ đạo các xã, phường tổ chức hội nghị đối thoại với nhân dân trước ngày 15/12.
Dịp này, đồng chí Ngô Thanh Hải được bổ nhiệm làm Trưởng phòng Dân vận, Dân tộc và Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Thạch Thị Sa Rên, Phó Trưởng phòng, được giao phụ trách công tác dân tộc.
Ngọc Hân
Các tin khác
- Mặt trận tỉnh ra mắt 10 mô hình "Khu dân cư kiểu mẫu" (03/10/2025)
- Trà Cú: đối thoại với đồng bào Khmer về đất sản xuất (26/09/2025)
- Ba Tri: tập huấn cho 150 cán bộ dân vận cơ sở (18/09/2025)
""", "2025-10-10", "Giao ban khối dân vận quý III: vận động đồng bào Khmer chung sức xây dựng nông thôn mới",
E("giao_ban", "2025-Q3", "2025-10-08"),
[P("Nguyễn Thị Minh Trang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Ngọc Sương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Văn Bảy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Huỳnh Thị Thu Ba", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Thị Sô Phi", "Bí thư Đảng ủy phường Trà Vinh"),
 P("Trương Văn Út", "Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hồ"),
 P("Sơn Chanh Đa", "Phó Chủ tịch UBND xã Giồng Trôm"),
 P("Ngô Thanh Hải", "Trưởng phòng Dân vận, Dân tộc và Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Thị Sa Rên", "Phó Trưởng phòng")],
[Q("124 xã, phường", 124, "xã, phường"), Q("18,6 tỷ đồng", 18600000000, "đồng"), Q("214 căn nhà Đại đoàn kết", 214, "căn nhà Đại đoàn kết"),
 Q("1.350 hộ đồng bào Khmer", 1350, "hộ đồng bào Khmer"), Q("52 chùa Phật giáo Nam tông Khmer", 52, "chùa Phật giáo Nam tông Khmer"),
 Q("73 vụ việc tranh chấp đất đai", 73, "vụ việc tranh chấp đất đai"), Q("91%", 91, "%"), Q("9 tổ dân vận khu phố", 9, "tổ dân vận khu phố"),
 Q("108 thành viên", 108, "thành viên")],
[D("Nghị quyết", "02", "NQ/TU", "2025-07-15", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 02-NQ/TU ngày 15/7/2025"),
 D("Chỉ thị", "02", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 02, 03-CT/TU"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 02, 03-CT/TU"),
 D("Kế hoạch", "14", "KH/BTGDVTU", "2025-08-05", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 14-KH/BTGDVTU ngày 5/8/2025"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Vinh"), com("Long Hồ"), com("Giồng Trôm")],
["BÁO VĨNH LONG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH VĨNH LONG", "Trang chủ | Chính trị | Dân vận",
 "Quang cảnh buổi giao ban tại điểm cầu tỉnh.", "Dân vận khéo", "Ok Om Bok"],
["Thứ Sáu, 10/10/2025 - 08:00", "quý III năm 2025", "quý IV", "ngày 15/12"]))

PAGES.append(page("b4969-lamdong-btgdvtu-tongket-2025", """
Báo Lâm Đồng điện tử
Hôm nay: Thứ Sáu, 09/01/2026
Vị trí: Trang chủ > Chính trị > Xây dựng Đảng
Cập nhật: 15:20, 08/01/2026 (GMT+7)
Ảnh: Toàn cảnh hội nghị tại điểm cầu tỉnh.
Khối dân vận Lâm Đồng triển khai nhiệm vụ năm 2026
Chiều 7/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị trực tuyến tổng kết công tác dân vận năm 2025, triển khai nhiệm vụ năm 2026 đến 124 điểm cầu xã, phường, đặc khu. Đây là năm đầu tiên tỉnh Lâm Đồng mới, hợp nhất từ Lâm Đồng, Đắk Nông và Bình Thuận, tổng kết công tác dân vận.
Đồng chí K'Brôl, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy trình bày báo cáo tại hội nghị.
Đồng chí Trần Văn Hiệp, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có đồng chí Ka Nhung, Tỉnh ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí Thập Văn Tân, Phó Giám đốc Sở Dân tộc và Tôn giáo.
Theo báo cáo do đồng chí K'Brôl, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy trình bày, năm 2025 khối dân vận tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 07, 08-KL/TU về công tác dân vận trong sắp xếp đơn vị hành chính và về vận động đồng bào dân tộc thiểu số xây dựng nông thôn mới; Ban ban hành Hướng dẫn số 22-HD/BTGDVTU ngày 9/9/2025. Toàn tỉnh hoàn thành xóa 2.874 căn nhà tạm, nhà dột nát với tổng kinh phí gần 140 tỷ đồng; 1.120 mô hình "Dân vận khéo" được công nhận, trong đó 85 mô hình tiêu biểu cấp tỉnh.
Nhân dân hiến trên 48 ha đất, đóng góp 215 tỷ đồng xây dựng nông thôn mới; 67 xã đạt chuẩn nông thôn mới, tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm 3,2%. Các cơ quan dân vận phối hợp giải quyết 156 vụ việc phức tạp về đất đai, 142 vụ việc đã được hòa giải.
Tại hội nghị, bà Bon Jốc Ha Thu, Bí thư Đảng ủy xã Đam Rông 2, chia sẻ kinh nghiệm vận động 64 hộ đồng bào Mạ, K'Ho trồng cà phê theo tiêu chuẩn bền vững; ông Điểu Brê, người có uy tín bon N'Jriêng, xã Quảng Sơn, kể việc vận động 12 hộ trả lại đất lấn chiếm rừng. Ông Nguyễn Hữu Nghĩa, Chủ tịch Ủy ban MTTQ Việt Nam phường Phan Thiết, nêu cách làm "tổ dân phố không rác".
Phát biểu kết luận, đồng chí Trần Văn Hiệp yêu cầu năm 2026 tập trung tuyên truyền, vận động nhân dân tham gia bầu cử đại biểu Quốc hội và HĐND các cấp, thực hiện Quy định số 304-QĐ/TW của Bộ Chính trị về công tác dân vận và Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn mới.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 30 tập thể, 45 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2025.
Thảo Nguyên
Tin liên quan
- Lâm Đồng: hội nghị người có uy tín năm 2025 (26/12/2025)
- Đức Trọng: 100% xã tổ chức đối thoại với nhân dân (18/12/2025)
- Bảo Lộc tổng kết phong trào dân vận khéo (10/12/2025)
""", "2026-01-08", "Khối dân vận Lâm Đồng triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-07"),
[P("K'Brôl", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Văn Hiệp", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ka Nhung", "Tỉnh ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thập Văn Tân", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Bon Jốc Ha Thu", "Bí thư Đảng ủy xã Đam Rông 2"),
 P("Điểu Brê", "người có uy tín bon N'Jriêng"),
 P("Nguyễn Hữu Nghĩa", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phan Thiết")],
[Q("124 điểm cầu xã, phường, đặc khu", 124, "điểm cầu xã, phường, đặc khu"), Q("2.874 căn nhà tạm, nhà dột nát", 2874, "căn nhà tạm, nhà dột nát"),
 Q("gần 140 tỷ đồng", 140000000000, "đồng", "approx"), Q("1.120 mô hình", 1120, "mô hình"),
 Q("85 mô hình tiêu biểu cấp tỉnh", 85, "mô hình tiêu biểu cấp tỉnh"), Q("trên 48 ha", 48, "ha", "over"),
 Q("215 tỷ đồng", 215000000000, "đồng"), Q("67 xã", 67, "xã"), Q("3,2%", 3.2, "%"),
 Q("156 vụ việc phức tạp về đất đai", 156, "vụ việc phức tạp về đất đai"), Q("142 vụ việc", 142, "vụ việc"),
 Q("64 hộ đồng bào Mạ, K'Ho", 64, "hộ đồng bào Mạ, K'Ho"), Q("12 hộ", 12, "hộ"), Q("30 tập thể", 30, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 07, 08-KL/TU"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 07, 08-KL/TU"),
 D("Hướng dẫn", "22", "HD/BTGDVTU", "2025-09-09", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 22-HD/BTGDVTU ngày 9/9/2025"),
 D("Quy định", "304", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 304-QĐ/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Đam Rông 2"), com("Quảng Sơn"), com("Phan Thiết")],
["Báo Lâm Đồng điện tử", "Vị trí: Trang chủ > Chính trị > Xây dựng Đảng", "Ảnh: Toàn cảnh hội nghị tại điểm cầu tỉnh.",
 "Đồng chí K'Brôl, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy trình bày báo cáo tại hội nghị.",
 "Dân vận khéo", "tổ dân phố không rác", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"],
["Hôm nay: Thứ Sáu, 09/01/2026", "Cập nhật: 15:20, 08/01/2026 (GMT+7)", "năm 2025", "năm 2026"]))

PAGES.append(page("b4970-dongnai-mttq-taphuan-2026", """
Cổng thông tin Ủy ban MTTQ Việt Nam tỉnh Đồng Nai
Trang chủ >> Hoạt động Mặt trận >> Tập huấn
13/03/2026 | 16:05
Tập huấn giám sát, vận động nhân dân xây dựng nông thôn mới cho cán bộ Mặt trận cơ sở
Trong 2 ngày 11 - 12/3, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận năm 2026 cho 210 học viên là chủ tịch, phó chủ tịch Ủy ban MTTQ các xã, phường thuộc khu vực phía Bắc tỉnh (địa bàn tỉnh Bình Phước trước đây).
Học viên thảo luận nhóm tại lớp tập huấn. Ảnh: Bảo Ngọc
Khai mạc lớp học, đồng chí Điểu Thị Vét, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh nhấn mạnh, sau hợp nhất toàn tỉnh có 95 xã, phường; nhiều xã vùng đồng bào S'tiêng, M'nông còn khó khăn, tỷ lệ hộ nghèo trên 6%, nên cán bộ Mặt trận cơ sở phải thạo việc vận động và giám sát.
Các học viên được nghe bà Lê Thị Hồng Nhung, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, hướng dẫn thực hiện Nghị quyết số 257/2025/QH15 của Quốc hội về Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2026 - 2035 và Quyết định 15, 16/QĐ-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về quy trình giám sát đầu tư của cộng đồng. ThS. Trần Quốc Khánh, Phó Trưởng Ban Phong trào Ủy ban Trung ương MTTQ Việt Nam, truyền đạt chuyên đề kỹ năng tổ chức hội nghị đối thoại ở khu dân cư.
Tài liệu lớp học gồm 6 chuyên đề, tổng kinh phí 126 triệu đồng, trong đó mỗi học viên được hỗ trợ 150.000 đồng/ngày. Học viên thảo luận tình huống về việc vận động 40 hộ dân tộc thiểu số hiến đất làm đường vào khu sản xuất và việc giám sát 7 công trình chậm tiến độ.
Chia sẻ tại lớp học, ông Điểu Lên, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Đăng, cho biết năm 2025 xã đã vận động 83 hộ hiến hơn 1,2 ha đất, Ban giám sát đầu tư của cộng đồng phát hiện 2 sai phạm về khối lượng. Bà Thị Bích, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Thiện Hưng, đề nghị biên soạn tài liệu bằng tiếng S'tiêng. Ông Phạm Minh Tuấn, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Đồng Xoài, nêu khó khăn trong vận động nhân dân ở các khu dân cư mới sáp nhập.
Bế giảng lớp học, 100% học viên hoàn thành bài kiểm tra cuối khóa. Đồng chí Điểu Thị Vét yêu cầu mỗi Ủy ban MTTQ xã, phường xây dựng kế hoạch giám sát năm 2026 với ít nhất 2 cuộc giám sát chuyên đề về nông thôn mới; hoàn thành trước ngày 31/3. Lớp tập huấn khu vực phía Nam tỉnh sẽ được tổ chức vào tháng 4 cho khoảng 250 học viên.
Bảo Ngọc
Tin khác
- Mặt trận tỉnh ra quân hiệp thương bầu cử (05/03/2026)
- Đồng Nai trao 120 căn nhà Đại đoàn kết (25/02/2026)
- Hội nghị người có uy tín vùng đồng bào S'tiêng (12/02/2026)
""", "2026-03-13", "Tập huấn giám sát, vận động nhân dân xây dựng nông thôn mới cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2026", "2026-03-11"),
[P("Điểu Thị Vét", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Hồng Nhung", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Quốc Khánh", "ThS.", "Phó Trưởng Ban Phong trào Ủy ban Trung ương MTTQ Việt Nam"),
 P("Điểu Lên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Đăng"),
 P("Thị Bích", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Thiện Hưng"),
 P("Phạm Minh Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Đồng Xoài")],
[Q("210 học viên", 210, "học viên"), Q("95 xã, phường", 95, "xã, phường"), Q("trên 6%", 6, "%", "over"),
 Q("6 chuyên đề", 6, "chuyên đề"), Q("126 triệu đồng", 126000000, "đồng"), Q("150.000 đồng/ngày", 150000, "đồng"),
 Q("40 hộ dân tộc thiểu số", 40, "hộ dân tộc thiểu số"), Q("7 công trình", 7, "công trình"), Q("83 hộ", 83, "hộ"),
 Q("hơn 1,2 ha", 1.2, "ha", "over"), Q("2 sai phạm", 2, "sai phạm"), Q("100% học viên", 100, "%"),
 Q("ít nhất 2 cuộc giám sát chuyên đề", 2, "cuộc giám sát chuyên đề", "over"), Q("khoảng 250 học viên", 250, "học viên", "approx")],
[D("Nghị quyết", "257", "2025/QH15", None, "Quốc hội", "Nghị quyết số 257/2025/QH15"),
 D("Quyết định", "15", "QĐ-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Quyết định 15, 16/QĐ-MTTQ-BTT"),
 D("Quyết định", "16", "QĐ-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Quyết định 15, 16/QĐ-MTTQ-BTT")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Đăng"), com("Thiện Hưng"), com("Đồng Xoài")],
["Cổng thông tin Ủy ban MTTQ Việt Nam tỉnh Đồng Nai", "Trang chủ >> Hoạt động Mặt trận >> Tập huấn",
 "Học viên thảo luận nhóm tại lớp tập huấn. Ảnh: Bảo Ngọc", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"],
["13/03/2026 | 16:05", "2 ngày", "năm 2026", "2026 - 2035", "năm 2025", "ngày 31/3", "tháng 4"]))

PAGES.append(page("b4971-phutho-xamaichau-doithoai-2026", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ MAI CHÂU - TỈNH PHÚ THỌ
Chủ Nhật, 19/04/2026
Trang chủ / Tin tức / Hoạt động của Đảng ủy
17/04/2026 - 10:05
Người đứng đầu cấp ủy, chính quyền xã Mai Châu đối thoại với nhân dân
Sáng 15/4, Đảng ủy, UBND xã Mai Châu tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2026, chủ đề "Phát huy vai trò chủ thể của nhân dân trong xây dựng nông thôn mới gắn với du lịch cộng đồng". Đồng chí Hà Công Thịnh, Bí thư Đảng ủy xã và đồng chí Bùi Thị Mến, Phó Bí thư Đảng ủy, Chủ tịch UBND xã đồng chủ trì.
Đồng chí Hà Công Thịnh trả lời ý kiến của người dân.
Dự hội nghị có hơn 180 đại biểu là người có uy tín, trưởng bản và nhân dân 26 bản người Thái, Mường trên địa bàn xã; đại diện Ban Dân tộc HĐND tỉnh Phú Thọ. Xã Mai Châu mới được thành lập từ việc sáp nhập thị trấn Mai Châu và 4 xã lân cận, thuộc tỉnh Phú Thọ mới hợp nhất từ Phú Thọ, Vĩnh Phúc, Hòa Bình.
Mở đầu, đồng chí Bùi Thị Mến thông tin: năm 2025 xã đón 215.000 lượt khách du lịch, doanh thu khoảng 340 tỷ đồng; 92% số hộ đạt danh hiệu gia đình văn hóa; còn 3,8% hộ nghèo. Xã đang thực hiện Nghị quyết số 03-NQ/ĐU ngày 20/8/2025 của Đảng ủy xã về phát triển du lịch cộng đồng gắn với nông thôn mới và Kế hoạch 41, 42/KH-UBND của UBND xã.
Tại hội nghị, 38 ý kiến được nêu. Ông Xa Văn Pún, người có uy tín bản Lác, đề nghị xã quy hoạch lại bãi đỗ xe vì 16 homestay trong bản thường xuyên quá tải. Bà Lò Thị Duyên, Trưởng bản Pom Coọng, phản ánh tình trạng xây nhà bê tông làm mất kiến trúc nhà sàn truyền thống. Ông Đinh Công Sứ, cựu chiến binh bản Văn, hỏi về chính sách hỗ trợ 50 triệu đồng/hộ làm nhà sàn theo Nghị quyết số 18/2025/NQ-HĐND của HĐND tỉnh.
Trả lời các ý kiến, đồng chí Hà Công Thịnh cho biết xã sẽ dành 2,5 tỷ đồng làm bãi đỗ xe tập trung trong năm 2026; giao Ủy ban MTTQ xã phối hợp với các bản xây dựng hương ước về giữ gìn kiến trúc nhà sàn. Các đồng chí Quách Văn Lừng, Hà Thị Loan - Phó Chủ tịch UBND xã được giao trả lời bằng văn bản 11 ý kiến vượt thẩm quyền trước ngày 30/5.
Kết thúc hội nghị, đồng chí Bùi Thị Mến khẳng định đối thoại sẽ được duy trì định kỳ; mọi chủ trương lớn về nông thôn mới, du lịch đều đưa ra để dân bàn, dân quyết định. Ông Hoàng Văn Khiêm, Chủ tịch Ủy ban MTTQ Việt Nam xã, đề nghị các bản đưa nội dung "3 không" vào quy ước sinh hoạt cộng đồng.
Hà Linh
Tin liên quan
- Xã Mai Châu ra mắt 5 tổ du lịch cộng đồng (10/04/2026)
- Tân Lạc: đối thoại với nhân dân về đất rừng (03/04/2026)
- Hội nghị người có uy tín xã Mai Châu năm 2026 (27/03/2026)
""", "2026-04-17", "Người đứng đầu cấp ủy, chính quyền xã Mai Châu đối thoại với nhân dân",
E("doi_thoai", "2026", "2026-04-15"),
[P("Hà Công Thịnh", "Bí thư Đảng ủy xã"),
 P("Bùi Thị Mến", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Xa Văn Pún", "người có uy tín bản Lác"),
 P("Lò Thị Duyên", "Trưởng bản Pom Coọng"),
 P("Đinh Công Sứ"),
 P("Quách Văn Lừng", "Phó Chủ tịch UBND xã"),
 P("Hà Thị Loan", "Phó Chủ tịch UBND xã"),
 P("Hoàng Văn Khiêm", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("hơn 180 đại biểu", 180, "đại biểu", "over"), Q("26 bản người Thái, Mường", 26, "bản người Thái, Mường"), Q("4 xã", 4, "xã"),
 Q("215.000 lượt khách du lịch", 215000, "lượt khách du lịch"), Q("khoảng 340 tỷ đồng", 340000000000, "đồng", "approx"),
 Q("92%", 92, "%"), Q("3,8%", 3.8, "%"), Q("38 ý kiến", 38, "ý kiến"), Q("16 homestay", 16, "homestay"),
 Q("50 triệu đồng/hộ", 50000000, "đồng"), Q("2,5 tỷ đồng", 2500000000, "đồng"), Q("11 ý kiến vượt thẩm quyền", 11, "ý kiến vượt thẩm quyền")],
[D("Nghị quyết", "03", "NQ/ĐU", "2025-08-20", "Đảng ủy xã", "Nghị quyết số 03-NQ/ĐU ngày 20/8/2025"),
 D("Kế hoạch", "41", "KH-UBND", None, "UBND xã", "Kế hoạch 41, 42/KH-UBND"),
 D("Kế hoạch", "42", "KH-UBND", None, "UBND xã", "Kế hoạch 41, 42/KH-UBND"),
 D("Nghị quyết", "18", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 18/2025/NQ-HĐND")],
[prov("Phú Thọ"), prov("Vĩnh Phúc"), prov("Hòa Bình"), com("Mai Châu")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ MAI CHÂU - TỈNH PHÚ THỌ", "Trang chủ / Tin tức / Hoạt động của Đảng ủy",
 "Đồng chí Hà Công Thịnh trả lời ý kiến của người dân.",
 "Phát huy vai trò chủ thể của nhân dân trong xây dựng nông thôn mới gắn với du lịch cộng đồng", "Ban Dân tộc HĐND tỉnh Phú Thọ", "3 không"],
["Chủ Nhật, 19/04/2026", "17/04/2026 - 10:05", "năm 2026", "năm 2025", "3 không", "ngày 30/5"]))

PAGES.append(page("b4972-gialai-mttq-giamsat-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Trang chủ › Thời sự › Mặt trận - Đoàn thể
05/06/2026 14:45
Mặt trận tỉnh giám sát chính sách hỗ trợ sản xuất vùng đồng bào dân tộc thiểu số
Từ ngày 2 đến 4/6, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai do đồng chí Rơ Châm H'Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ phát triển sản xuất gắn với xây dựng nông thôn mới năm 2026 tại xã Ia Grai, xã An Lão và phường Quy Nhơn Bắc.
Đoàn giám sát kiểm tra mô hình nuôi bò sinh sản tại làng Kép, xã Ia Grai.
Tham gia đoàn có ông Đinh Văn Tơ, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh; bà Nguyễn Thị Thanh Tâm, Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh; đại diện Sở Nông nghiệp và Môi trường, Sở Dân tộc và Tôn giáo.
Cuộc giám sát thực hiện theo Kế hoạch số 27/KH-MTTQ-BTT ngày 5/5/2026 của Ban Thường trực Ủy ban MTTQ tỉnh, căn cứ Quy định số 124-QĐ/TW ngày 10/10/2023 của Ban Bí thư về giám sát, phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội.
Theo báo cáo của UBND xã Ia Grai, từ năm 2025 đến nay xã đã triển khai 11 dự án hỗ trợ sản xuất với tổng vốn 8,4 tỷ đồng, cấp 315 con bò giống cho 315 hộ; 86% số hộ được hỗ trợ đã có thu nhập ổn định. Ông Rơ Lan Kheo, người có uy tín làng Kép, cho biết bà con rất phấn khởi nhưng còn 9 con bò bị chết do dịch bệnh chưa được cấp bù. Tại xã An Lão, ông Đinh Văn Hùng, Chủ tịch UBND xã, cho biết xã hỗ trợ 120 hộ đồng bào Hrê trồng quế với diện tích khoảng 95 ha.
Ở phường Quy Nhơn Bắc, đoàn làm việc với bà Trần Thị Kim Cúc, Chủ tịch Ủy ban MTTQ Việt Nam phường, về việc thực hiện 2 mô hình sinh kế cho hộ ngư dân chuyển đổi nghề. Đoàn ghi nhận 23 ý kiến, kiến nghị của người dân, tập trung vào giá giống cao, chậm giải ngân và thiếu hướng dẫn kỹ thuật.
Kết luận đợt giám sát, đồng chí Rơ Châm H'Mai đánh giá các địa phương đã thực hiện công khai, dân chủ trong bình xét hộ hưởng chính sách; không phát hiện trường hợp trục lợi. Đoàn đưa ra 8 kiến nghị, đề nghị UBND tỉnh chỉ đạo hướng dẫn thống nhất định mức hỗ trợ sau hợp nhất Gia Lai và Bình Định, chi trả bù cho 9 hộ có bò bị chết trước ngày 30/6.
Cũng trong đợt giám sát, đoàn đã tặng 50 suất quà cho hộ nghèo, trị giá 25 triệu đồng. Theo kế hoạch, năm 2026 Mặt trận tỉnh tổ chức không dưới 12 cuộc giám sát chuyên đề về các chương trình mục tiêu quốc gia.
Lê Hòa
Tin cùng chuyên mục
- Ia Pa: trao 30 căn nhà Đại đoàn kết (29/05/2026)
- Mặt trận phường Quy Nhơn phản biện dự thảo đề án (22/05/2026)
- Hội nghị người có uy tín khu vực phía Tây tỉnh (15/05/2026)
""", "2026-06-05", "Mặt trận tỉnh giám sát chính sách hỗ trợ sản xuất vùng đồng bào dân tộc thiểu số",
E("giam_sat", "2026", "2026-06-02"),
[P("Rơ Châm H'Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Tơ", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thanh Tâm", "Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Rơ Lan Kheo", "người có uy tín làng Kép"),
 P("Đinh Văn Hùng", "Chủ tịch UBND xã"),
 P("Trần Thị Kim Cúc", "Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("11 dự án hỗ trợ sản xuất", 11, "dự án hỗ trợ sản xuất"), Q("8,4 tỷ đồng", 8400000000, "đồng"), Q("315 con bò giống", 315, "con bò giống"),
 Q("315 hộ", 315, "hộ"), Q("86%", 86, "%"), Q("9 con bò", 9, "con bò"), Q("120 hộ đồng bào Hrê", 120, "hộ đồng bào Hrê"),
 Q("khoảng 95 ha", 95, "ha", "approx"), Q("2 mô hình sinh kế", 2, "mô hình sinh kế"), Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"),
 Q("8 kiến nghị", 8, "kiến nghị"), Q("9 hộ", 9, "hộ"), Q("50 suất quà", 50, "suất quà"), Q("25 triệu đồng", 25000000, "đồng"),
 Q("không dưới 12 cuộc giám sát chuyên đề", 12, "cuộc giám sát chuyên đề", "over")],
[D("Kế hoạch", "27", "KH-MTTQ-BTT", "2026-05-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT ngày 5/5/2026"),
 D("Quy định", "124", "QĐ/TW", "2023-10-10", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 10/10/2023")],
[prov("Gia Lai"), prov("Bình Định"), com("Ia Grai"), com("An Lão"), com("Quy Nhơn Bắc")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Trang chủ › Thời sự › Mặt trận - Đoàn thể",
 "Đoàn giám sát kiểm tra mô hình nuôi bò sinh sản tại làng Kép, xã Ia Grai.", "Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo"],
["05/06/2026 14:45", "năm 2026", "năm 2025", "ngày 30/6"]))
