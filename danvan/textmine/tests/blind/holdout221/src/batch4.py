from lib import *
PAGES = []

PAGES.append(page("b5279-binhduong-thuanan-hoinghi-2024", """
THÀNH ỦY THUẬN AN - TỈNH BÌNH DƯƠNG
Trang chủ > Dân vận > Dân vận khéo
08:20 | Thứ Sáu, 08/11/2024
Thuận An biểu dương 45 mô hình "Dân vận khéo" về bảo vệ môi trường
Ngày 6/11/2024, Ban Dân vận Thành ủy Thuận An, tỉnh Bình Dương tổ chức hội nghị biểu dương mô hình "Dân vận khéo" trong lĩnh vực bảo vệ môi trường năm 2024. Đồng chí Lê Thị Kim Thoa, Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố dự và phát biểu chỉ đạo; đồng chí Nguyễn Thanh Sơn, Thành ủy viên, Trưởng Ban Dân vận Thành ủy chủ trì.
Quang cảnh hội nghị biểu dương. Ảnh: Ngọc Hân
Theo báo cáo, thực hiện Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy về đẩy mạnh phong trào thi đua "Dân vận khéo" và phân loại chất thải rắn sinh hoạt tại nguồn, cùng đề án 62 "Thuận An xanh - sạch - đẹp" của UBND thành phố, năm 2024 toàn thành phố xây dựng được 45 mô hình "Dân vận khéo" về môi trường, trong đó có 12 mô hình cấp thành phố. Các mô hình đã vận động 27.600 hộ dân phân loại rác, thu gom trên 310 tấn phế liệu tái chế; các doanh nghiệp trong khu công nghiệp đóng góp khoảng 2,4 tỷ đồng làm 16 tuyến đường "Phố không rác".
Tham luận tại hội nghị, các đồng chí Bí thư Đảng ủy phường: Trần Văn Út (phường Lái Thiêu), Phạm Thị Hồng Nhung (phường An Phú) giới thiệu cách vận động công nhân nhà trọ phân loại rác, ký cam kết "3 không" với chủ nhà trọ. Ông Thạch Sơn Vươl, Trưởng khu phố Bình Hòa 2, chia sẻ mô hình "Khu phố không túi ni lông" với 380 hộ tham gia; bà Nguyễn Thị Lệ Thủy, Chủ tịch Hội LHPN phường An Phú, cho biết hội viên đã may tặng 5.000 túi vải cho tiểu thương chợ.
Tại hội nghị, đồng chí Võ Thị Mỹ Hạnh được bổ nhiệm làm Phó Trưởng Ban Dân vận Thành ủy. Ban Dân vận Thành ủy công bố Kế hoạch số 86-KH/BDVTU ngày 1/11/2024 về nhân rộng mô hình giai đoạn 2025 - 2026, phấn đấu mỗi phường có ít nhất 3 mô hình.
Phát biểu chỉ đạo, đồng chí Lê Thị Kim Thoa đề nghị các cấp ủy quán triệt Kết luận số 114-KL/TW ngày 14/7/2021 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; gắn công tác dân vận với thực hiện Luật Bảo vệ môi trường, xây dựng đô thị văn minh. Đồng chí cũng lưu ý, Thuận An có hơn 300.000 người lao động nhập cư, việc vận động phải linh hoạt, tổ chức vào buổi tối và ngày nghỉ.
Dịp này, Ban Thường vụ Thành ủy tặng giấy khen cho 20 tập thể, 25 cá nhân tiêu biểu; mỗi tập thể được thưởng 1,5 triệu đồng. Các đại biểu cũng đề xuất thành phố hỗ trợ thêm thùng rác phân loại cho các khu nhà trọ đông công nhân và đưa kết quả phân loại rác vào tiêu chí bình xét khu phố văn hóa.
Ngọc Hân
Tin liên quan
- Thuận An: đối thoại với công nhân về nhà ở, môi trường (24/10/2024)
- Ra mắt mô hình "Khu trọ xanh" tại phường Bình Chuẩn (11/10/2024)
- Hội nghị giao ban công tác dân vận quý III năm 2024 (03/10/2024)
""", "2024-11-08", "Thuận An biểu dương 45 mô hình \"Dân vận khéo\" về bảo vệ môi trường",
E("hoi_nghi", "2024", "2024-11-06"),
[P("Lê Thị Kim Thoa", "Phó Bí thư Thường trực Thành ủy", "Chủ tịch HĐND thành phố"),
 P("Nguyễn Thanh Sơn", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Trần Văn Út", "Bí thư Đảng ủy phường"),
 P("Phạm Thị Hồng Nhung", "Bí thư Đảng ủy phường"),
 P("Thạch Sơn Vươl", "Trưởng khu phố Bình Hòa 2"),
 P("Nguyễn Thị Lệ Thủy", "Chủ tịch Hội LHPN phường An Phú"),
 P("Võ Thị Mỹ Hạnh", "Phó Trưởng Ban Dân vận Thành ủy")],
[Q("45 mô hình", 45, "mô hình"), Q("12 mô hình cấp thành phố", 12, "mô hình cấp thành phố"),
 Q("27.600 hộ dân", 27600, "hộ dân"), Q("trên 310 tấn", 310, "tấn", "over"), Q("khoảng 2,4 tỷ đồng", 2400000000, "đồng", "approx"),
 Q("16 tuyến đường", 16, "tuyến đường"), Q("380 hộ", 380, "hộ"), Q("5.000 túi vải", 5000, "túi vải"),
 Q("ít nhất 3 mô hình", 3, "mô hình", "over"), Q("hơn 300.000 người lao động nhập cư", 300000, "người lao động nhập cư", "over"),
 Q("20 tập thể", 20, "tập thể"), Q("25 cá nhân tiêu biểu", 25, "cá nhân tiêu biểu"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Đề án", "62", None, None, "UBND thành phố", "đề án 62"),
 D("Kế hoạch", "86", "KH/BDVTU", "2024-11-01", "Ban Dân vận Thành ủy", "Kế hoạch số 86-KH/BDVTU ngày 1/11/2024"),
 D("Kết luận", "114", "KL/TW", "2021-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2021")],
[prov("Bình Dương"), com("Lái Thiêu"), com("An Phú")],
["THÀNH ỦY THUẬN AN - TỈNH BÌNH DƯƠNG", "Trang chủ > Dân vận > Dân vận khéo", "Quang cảnh hội nghị biểu dương. Ảnh: Ngọc Hân",
 "Dân vận khéo", "Thuận An xanh - sạch - đẹp", "Phố không rác", "Khu phố không túi ni lông", "Luật Bảo vệ môi trường"],
["08:20 | Thứ Sáu, 08/11/2024", "3 không", "năm 2024", "giai đoạn 2025 - 2026", "Bình Hòa 2"]))

PAGES.append(page("b5280-tuyenquang-btgdv-soket-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Chính trị | Xây dựng Đảng | Tuyên giáo - Dân vận
Thứ Sáu, 25/7/2025, 15:40
Toàn cảnh hội nghị sơ kết.
Tuyên Quang: Giữ "xanh" vùng cao sau sắp xếp đơn vị hành chính
Ngày 23/7/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm 2025, đây là hội nghị đầu tiên sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội. Đồng chí Ma Thị Thúy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Hoàng Văn Chiến, Vàng Thị Mai, Đặng Quang Tuyến.
Báo cáo cho biết, thực hiện Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy, Ban đã hướng dẫn 124 xã, phường mới tiếp tục duy trì phong trào "Thôn bản xanh - sạch - đẹp". Sáu tháng qua, nhân dân các dân tộc đóng góp trên 21 tỷ đồng, hiến 36.000 m2 đất làm đường; làm mới 3.150 hố rác gia đình, xây 290 lò đốt rác thôn bản. Tỷ lệ thôn có tổ tự quản vệ sinh môi trường đạt 78,6%.
Tại khu vực cao nguyên đá, đồng chí Sùng Mí Vàng, Bí thư Đảng ủy xã Lũng Cú, cho biết xã vận động khoảng 1.100 hộ người Mông, Lô Lô không vứt túi ni lông, vỏ chai xuống hốc đá; du khách được phát túi đựng rác khi lên cột cờ. Bà Lò Thị Mỷ, người có uy tín thôn Lô Lô Chải, đề nghị duy trì chế độ hỗ trợ người có uy tín theo Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ. Ông Nông Văn Đạt, Chủ tịch Ủy ban MTTQ Việt Nam phường Minh Xuân, chia sẻ phường đã vận động 42 tổ dân phố ký quy ước hạn chế đồ nhựa dùng một lần.
Ban cũng ban hành Kế hoạch số 05-KH/BTGDVTU ngày 10/7/2025 về tổ chức thí điểm mô hình "Chợ phiên không túi ni lông" ở 8 xã vùng cao. Qua nắm tình hình, tư tưởng của cán bộ, đảng viên và nhân dân sau sắp xếp cơ bản ổn định; một số xã mới có diện tích rộng nên việc thu gom rác ở các thôn xa trung tâm còn khó khăn.
Phát biểu kết luận, đồng chí Ma Thị Thúy yêu cầu 6 tháng cuối năm tập trung tuyên truyền Đại hội Đảng bộ các cấp, tiếp tục thực hiện Chỉ thị số 41-CT/TU ngày 2/3/2025 của Ban Thường vụ Tỉnh ủy về bảo vệ môi trường du lịch; phấn đấu có thêm ít nhất 60 mô hình "Dân vận khéo" về môi trường, 100% xã vùng cao có điểm tập kết rác.
Các đại biểu cũng đề nghị tỉnh sớm bố trí kinh phí mua xe thu gom rác cho các xã mới có địa bàn rộng, đồng thời kiện toàn đội ngũ cán bộ làm công tác dân vận ở cơ sở sau khi kết thúc hoạt động cấp huyện.
Hải Đăng
Tin liên quan
- Phường Hà Giang 1 ra quân làm sạch bờ sông Lô (18/07/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy ra mắt sau hợp nhất (03/07/2025)
- Hội nghị giao ban công tác dân vận quý II năm 2025 (20/06/2025)
""", "2025-07-25", "Tuyên Quang: Giữ \"xanh\" vùng cao sau sắp xếp đơn vị hành chính",
E("so_ket", "2025-H1", "2025-07-23"),
[P("Ma Thị Thúy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Văn Chiến", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vàng Thị Mai", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đặng Quang Tuyến", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Vàng", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Lò Thị Mỷ", "người có uy tín thôn Lô Lô Chải"),
 P("Nông Văn Đạt", "Chủ tịch Ủy ban MTTQ Việt Nam phường Minh Xuân")],
[Q("124 xã, phường", 124, "xã, phường"), Q("trên 21 tỷ đồng", 21000000000, "đồng", "over"), Q("36.000 m2", 36000, "m2"),
 Q("3.150 hố rác gia đình", 3150, "hố rác gia đình"), Q("290 lò đốt rác thôn bản", 290, "lò đốt rác thôn bản"),
 Q("78,6%", 78.6, "%"), Q("khoảng 1.100 hộ", 1100, "hộ", "approx"), Q("42 tổ dân phố", 42, "tổ dân phố"),
 Q("8 xã vùng cao", 8, "xã vùng cao"), Q("ít nhất 60 mô hình", 60, "mô hình", "over"), Q("100% xã vùng cao", 100, "%")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Kế hoạch", "05", "KH/BTGDVTU", "2025-07-10", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 05-KH/BTGDVTU ngày 10/7/2025"),
 D("Chỉ thị", "41", "CT/TU", "2025-03-02", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 41-CT/TU ngày 2/3/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Minh Xuân")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Chính trị | Xây dựng Đảng | Tuyên giáo - Dân vận", "Toàn cảnh hội nghị sơ kết.",
 "Thôn bản xanh - sạch - đẹp", "Chợ phiên không túi ni lông", "Dân vận khéo"],
["Thứ Sáu, 25/7/2025, 15:40", "6 tháng đầu năm 2025", "6 tháng cuối năm", "Sáu tháng qua"]))

PAGES.append(page("b5281-vinhlong-xatapson-tongket-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TẬP SƠN - TỈNH VĨNH LONG
You are here: Trang chủ / Tin tức / Mặt trận
Ngày đăng 19/12/2025 | 16:10
Mặt trận xã Tập Sơn tổng kết năm 2025, phát động "Phum sóc không rác thải nhựa"
Chiều 17/12/2025, Ủy ban MTTQ Việt Nam xã Tập Sơn, tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác Mặt trận và các đoàn thể chính trị - xã hội năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên xã mới hoạt động sau khi sáp nhập các xã Tập Sơn, Tân Sơn, Phước Hưng cũ. Dự có đồng chí Thạch Sô Phia, Bí thư Đảng ủy, Chủ tịch HĐND xã Tập Sơn; đồng chí Kim Thị Sa Ra, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Đồng chí Kim Thị Sa Ra phát biểu tại hội nghị.
Báo cáo cho biết, năm 2025, thực hiện Hướng dẫn số 08-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về hoạt động của Mặt trận cấp xã sau sắp xếp và Kế hoạch 19, 20-KH/ĐU của Đảng ủy xã, Mặt trận và các đoàn thể đã vận động 4.870 hộ tham gia phân loại rác tại nguồn, đạt 81,2%; ra mắt 19 tổ tự quản "Phum sóc không rác thải nhựa" ở 19 ấp. Nhân dân, mạnh thường quân đóng góp trên 3,6 tỷ đồng xây dựng 12 căn nhà Đại đoàn kết, 6 cây cầu giao thông nông thôn; trồng 8.500 cây xanh dọc đường liên ấp.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Sơn Văn Thươl, Lê Thị Cẩm Tú, Thạch Thị Chanh Thy lần lượt báo cáo kết quả các phong trào của Hội Nông dân, Hội LHPN và Đoàn Thanh niên. Hội Nông dân vận động 350 hộ nuôi tôm không xả vỏ bao bì thức ăn xuống kênh; Hội LHPN thu gom khoảng 2,8 tấn rác thải nhựa, bán lấy 21 triệu đồng giúp 7 hội viên khó khăn.
Đại đức Thạch Sa Vy, trụ trì chùa Ô Mịch, cho biết nhà chùa đã vận động phật tử dùng hộp giấy, lá chuối trong lễ Sen Dolta; Ông Lâm Văn Sáu, Trưởng ban Công tác Mặt trận ấp Ô Mịch, kiến nghị xã bố trí thêm 20 thùng rác lớn ở chợ.
Năm 2026, Mặt trận xã phấn đấu 100% ấp có tổ tự quản môi trường, ít nhất 90% hộ phân loại rác, vận động Quỹ "Vì người nghèo" trên 500 triệu đồng. Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 2 tập thể, 3 cá nhân; Ủy ban MTTQ xã tặng giấy khen 15 tập thể, 22 cá nhân tiêu biểu.
Phát biểu kết luận, đồng chí Thạch Sô Phia đề nghị Mặt trận xã tiếp tục phát huy vai trò của sư sãi, người có uy tín trong đồng bào Khmer, gắn phong trào bảo vệ môi trường với thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ tại các ấp đặc biệt khó khăn.
Hội nghị cũng phát động đợt thi đua cao điểm chào mừng Đại hội MTTQ Việt Nam xã lần thứ I và Tết cổ truyền năm 2026, yêu cầu mỗi ấp tổ chức ít nhất một buổi ra quân tổng vệ sinh đường làng, kênh rạch.
Ban Biên tập
Tin khác
- Xã Tập Sơn ra mắt Ủy ban MTTQ Việt Nam xã sau hợp nhất (02/07/2025)
- Trao 300 phần quà cho hộ nghèo dịp lễ Sen Dolta (20/09/2025)
- Đoàn xã ra quân vớt lục bình trên kênh Ô Mịch (14/06/2025)
""", "2025-12-19", "Mặt trận xã Tập Sơn tổng kết năm 2025, phát động \"Phum sóc không rác thải nhựa\"",
E("tong_ket", "2025", "2025-12-17"),
[P("Thạch Sô Phia", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Tập Sơn"),
 P("Kim Thị Sa Ra", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sơn Văn Thươl", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Thị Cẩm Tú", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thạch Thị Chanh Thy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thạch Sa Vy", "Đại đức", "trụ trì chùa Ô Mịch"),
 P("Lâm Văn Sáu", "Trưởng ban Công tác Mặt trận ấp Ô Mịch")],
[Q("4.870 hộ", 4870, "hộ"), Q("81,2%", 81.2, "%"), Q("19 tổ tự quản", 19, "tổ tự quản"), Q("19 ấp", 19, "ấp"),
 Q("trên 3,6 tỷ đồng", 3600000000, "đồng", "over"), Q("12 căn nhà Đại đoàn kết", 12, "căn nhà Đại đoàn kết"),
 Q("6 cây cầu giao thông nông thôn", 6, "cây cầu giao thông nông thôn"), Q("8.500 cây xanh", 8500, "cây xanh"),
 Q("350 hộ", 350, "hộ"), Q("khoảng 2,8 tấn", 2.8, "tấn", "approx"), Q("21 triệu đồng", 21000000, "đồng"),
 Q("7 hội viên khó khăn", 7, "hội viên khó khăn"), Q("20 thùng rác lớn", 20, "thùng rác lớn"), Q("100% ấp", 100, "%"),
 Q("ít nhất 90%", 90, "%", "over"), Q("trên 500 triệu đồng", 500000000, "đồng", "over"), Q("2 tập thể", 2, "tập thể"),
 Q("3 cá nhân", 3, "cá nhân"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân tiêu biểu", 22, "cá nhân tiêu biểu")],
[D("Hướng dẫn", "08", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 08-HD/MTTW-BTT"),
 D("Kế hoạch", "19", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 19, 20-KH/ĐU"),
 D("Kế hoạch", "20", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 19, 20-KH/ĐU"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Vĩnh Long"), com("Tập Sơn"), com("Tân Sơn"), com("Phước Hưng")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TẬP SƠN - TỈNH VĨNH LONG", "You are here: Trang chủ / Tin tức / Mặt trận",
 "Đồng chí Kim Thị Sa Ra phát biểu tại hội nghị.", "Phum sóc không rác thải nhựa", "Vì người nghèo", "Sen Dolta", "Ban Biên tập"],
["Ngày đăng 19/12/2025 | 16:10", "năm 2025", "năm 2026", "Năm 2026", "lần thứ I", "một buổi ra quân"]))

PAGES.append(page("b5282-lamdong-mttq-giaoban-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ » Tin tức » Hoạt động Mặt trận
10/04/2026 - 16:50
Ảnh: Quang cảnh giao ban.
Lâm Đồng: Mặt trận các cấp giao ban quý I, đẩy mạnh phong trào chống rác thải nhựa từ cao nguyên đến biển
Ngày 9/4/2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức giao ban công tác Mặt trận quý I năm 2026 với Ủy ban MTTQ các xã, phường, đặc khu. Đồng chí Điểu K'Rứ, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có các đồng chí Đàng Thị Mỹ Dung, Ka Sô Liễng, Phạm Văn Hậu - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, quý I năm 2026, thực hiện Chỉ thị 45, 46-CT/TU của Ban Thường vụ Tỉnh ủy về phong trào "Lâm Đồng xanh - sạch - đẹp" và quản lý rác thải nhựa ở khu du lịch, Mặt trận các cấp đã tổ chức 96 đợt ra quân tại các bãi biển Mũi Né, Hòn Rơm và hồ Xuân Hương, thu gom khoảng 42 tấn rác thải, trong đó khoảng 60% là rác nhựa. Các tổ chức chính trị - xã hội trực thuộc Mặt trận vận động 5.600 hộ dân ký cam kết không dùng túi ni lông khó phân hủy; trao 2.500 thùng rác phân loại trị giá khoảng 1,3 tỷ đồng.
Đồng chí Thập Văn Thiện, Chủ tịch Ủy ban MTTQ Việt Nam phường Mũi Né, cho biết phường có 34 cơ sở lưu trú ven biển cam kết "Không đồ nhựa dùng một lần"; đồng chí Y Phăm Knul, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Trực, thông tin đồng bào Mnông ở 7 bon đã tự làm hố rác và không đốt rác nhựa trên rẫy. Già làng K'Brếu, thôn Đạ Nghịt, xã Lạc Dương, đề nghị có chính sách hỗ trợ người dân thu gom rác trong rừng thông.
Ban Thường trực cũng thông tin kết quả triển khai Kế hoạch số 15-KH/MTTQ-BTT ngày 20/1/2026 về giám sát việc thực hiện Luật Bảo vệ môi trường tại 12 xã, phường và hướng dẫn các xã mới thực hiện Quy định số 304-QĐ/TW của Ban Bí thư về tổ chức và hoạt động của Mặt trận sau sắp xếp. Một số xã có diện tích lớn sau hợp nhất còn lúng túng trong việc bố trí điểm tập kết rác; kinh phí hoạt động của Ban Công tác Mặt trận ở thôn, bon còn hạn chế.
Kết luận giao ban, đồng chí Điểu K'Rứ yêu cầu quý II các cấp tập trung tổ chức Tháng hành động vì môi trường, phấn đấu 100% xã, phường ven biển và khu du lịch có mô hình chống rác thải nhựa; tiếp tục vận động Quỹ "Vì người nghèo" hỗ trợ 300 căn nhà Đại đoàn kết trong năm 2026.
Các đại biểu cũng thống nhất đưa tiêu chí phân loại rác tại nguồn vào bình xét "Khu dân cư văn hóa" năm 2026 và tăng cường phối hợp với ngành du lịch để vận động doanh nghiệp, du khách cùng hưởng ứng.
Minh Đạo
Tin cùng chuyên mục
- Phường Phan Thiết ra quân làm sạch bãi biển (28/03/2026)
- Đắk Song: đồng bào Mnông giữ rừng, giữ nguồn nước (15/03/2026)
- MTTQ tỉnh thăm, chúc Tết đồng bào dân tộc thiểu số (10/02/2026)
""", "2026-04-10", "Lâm Đồng: Mặt trận các cấp giao ban quý I, đẩy mạnh phong trào chống rác thải nhựa từ cao nguyên đến biển",
E("giao_ban", "2026-Q1", "2026-04-09"),
[P("Điểu K'Rứ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đàng Thị Mỹ Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka Sô Liễng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Hậu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thập Văn Thiện", "Chủ tịch Ủy ban MTTQ Việt Nam phường Mũi Né"),
 P("Y Phăm Knul", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Trực"),
 P("K'Brếu", "Già làng")],
[Q("96 đợt ra quân", 96, "đợt ra quân"), Q("khoảng 42 tấn", 42, "tấn", "approx"), Q("khoảng 60%", 60, "%", "approx"),
 Q("5.600 hộ dân", 5600, "hộ dân"), Q("2.500 thùng rác phân loại", 2500, "thùng rác phân loại"),
 Q("khoảng 1,3 tỷ đồng", 1300000000, "đồng", "approx"), Q("34 cơ sở lưu trú", 34, "cơ sở lưu trú"), Q("7 bon", 7, "bon"),
 Q("12 xã, phường", 12, "xã, phường"), Q("100% xã, phường", 100, "%"), Q("300 căn nhà Đại đoàn kết", 300, "căn nhà Đại đoàn kết")],
[D("Chỉ thị", "45", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 45, 46-CT/TU"),
 D("Chỉ thị", "46", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 45, 46-CT/TU"),
 D("Kế hoạch", "15", "KH/MTTQ-BTT", "2026-01-20", None, "Kế hoạch số 15-KH/MTTQ-BTT ngày 20/1/2026"),
 D("Quy định", "304", "QĐ/TW", None, "Ban Bí thư", "Quy định số 304-QĐ/TW")],
[prov("Lâm Đồng"), com("Mũi Né"), com("Quảng Trực"), com("Lạc Dương")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ » Tin tức » Hoạt động Mặt trận", "Ảnh: Quang cảnh giao ban.",
 "Lâm Đồng xanh - sạch - đẹp", "Không đồ nhựa dùng một lần", "Vì người nghèo", "Khu dân cư văn hóa", "Tháng hành động vì môi trường",
 "Luật Bảo vệ môi trường", "hồ Xuân Hương"],
["10/04/2026 - 16:50", "quý I năm 2026", "quý II", "năm 2026"]))

PAGES.append(page("b5283-dongnai-xabombo-daihoi-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 22/05/2026 - 07:55
Đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Khánh Minh
Đại hội điểm Hội Nông dân xã Bom Bo: nông dân S'tiêng chung tay giảm rác thải nhựa
Ngày 20/5/2026, Hội Nông dân xã Bom Bo, tỉnh Đồng Nai tổ chức Đại hội đại biểu Hội Nông dân xã lần thứ I, nhiệm kỳ 2026 - 2031, là đại hội điểm cấp xã của tỉnh. Dự đại hội có 150 đại biểu đại diện cho hơn 3.400 hội viên nông dân của xã. Dự và chỉ đạo có đồng chí Nguyễn Thị Thanh Tâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh; đồng chí Điểu Bình, Bí thư Đảng ủy xã Bom Bo; ông Lê Văn Thành, UVBCH Hội Nông dân tỉnh.
Báo cáo chính trị nêu rõ, nhiệm kỳ qua, các chi hội ở xã Bom Bo và xã Bình Minh cũ (thuộc tỉnh Bình Phước trước khi hợp nhất) đã thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của BCH Trung ương về nông nghiệp, nông dân, nông thôn và Chỉ thị 12, 13-CT/TU của Ban Thường vụ Tỉnh ủy về sản xuất nông nghiệp an toàn, giảm rác thải nhựa. Hội đã vận động khoảng 1.800 hộ nông dân thu gom vỏ bao bì thuốc bảo vệ thực vật, phân bón trên vườn điều, cà phê, tiêu; riêng năm 2025 thu gom được 12 tấn vỏ bao bì đưa đi xử lý. Toàn xã có 28 mô hình "Vườn sạch, rẫy sạch", 62 tổ hợp tác; Quỹ Hỗ trợ nông dân đạt 4,2 tỷ đồng, giúp 210 hộ vay phát triển sản xuất. Tỷ lệ hội viên đạt 95% số hộ nông nghiệp.
Tham luận tại đại hội, bà Điểu Thị Ngọc, Chi hội trưởng Chi hội nông dân ấp Bù Cà Mau, chia sẻ cách vận động bà con S'tiêng không đốt bao bì trên rẫy, mang về 18 điểm tập kết; ông Trần Văn Lực, Giám đốc Hợp tác xã Điều hữu cơ Bom Bo, cho biết hợp tác xã thay túi nhựa bằng bao đay khi đóng hạt điều cho 46 thành viên.
Đại hội đã bầu 15 đồng chí vào Ban Chấp hành Hội Nông dân xã khóa I. Ông Điểu Thanh Hùng được tín nhiệm giữ chức Chủ tịch Hội Nông dân xã Bom Bo khóa I; các bà Thị Lan, Nguyễn Thị Hoa - Phó Chủ tịch Hội Nông dân xã.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Thanh Tâm đề nghị nhiệm kỳ mới Hội tập trung thực hiện Kế hoạch số 21-KH/HND ngày 5/1/2026 của Ban Thường vụ Hội Nông dân tỉnh về phong trào "Nông dân chung tay bảo vệ môi trường", phấn đấu đến năm 2031 có ít nhất 80% hộ hội viên thu gom, phân loại rác tại nguồn, không còn tình trạng vứt bao bì thuốc bảo vệ thực vật ra kênh mương.
Đại hội biểu quyết thông qua nghị quyết với 6 chỉ tiêu chủ yếu và bầu 7 đại biểu đi dự Đại hội Hội Nông dân tỉnh. Đây là đại hội đầu tiên của Hội Nông dân xã sau khi tổ chức Hội được sắp xếp trực thuộc Ủy ban MTTQ Việt Nam xã.
Khánh Minh
Tin liên quan
- Đồng Nai: hội nông dân ra quân thu gom bao bì thuốc bảo vệ thực vật (10/05/2026)
- Xã Bom Bo tổ chức Ngày hội đại đoàn kết đồng bào S'tiêng (18/04/2026)
- Hội Nông dân tỉnh tập huấn nghiệp vụ cho cán bộ cấp xã (02/04/2026)
""", "2026-05-22", "Đại hội điểm Hội Nông dân xã Bom Bo: nông dân S'tiêng chung tay giảm rác thải nhựa",
E("dai_hoi", None, "2026-05-20"),
[P("Nguyễn Thị Thanh Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Điểu Bình", "Bí thư Đảng ủy xã Bom Bo"),
 P("Lê Văn Thành", "UVBCH Hội Nông dân tỉnh"),
 P("Điểu Thị Ngọc", "Chi hội trưởng Chi hội nông dân ấp Bù Cà Mau"),
 P("Trần Văn Lực", "Giám đốc Hợp tác xã Điều hữu cơ Bom Bo"),
 P("Điểu Thanh Hùng", "Chủ tịch Hội Nông dân xã Bom Bo khóa I"),
 P("Thị Lan", "Phó Chủ tịch Hội Nông dân xã"),
 P("Nguyễn Thị Hoa", "Phó Chủ tịch Hội Nông dân xã")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 3.400 hội viên nông dân", 3400, "hội viên nông dân", "over"),
 Q("khoảng 1.800 hộ nông dân", 1800, "hộ nông dân", "approx"), Q("12 tấn", 12, "tấn"), Q("28 mô hình", 28, "mô hình"),
 Q("62 tổ hợp tác", 62, "tổ hợp tác"), Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("210 hộ", 210, "hộ"), Q("95%", 95, "%"),
 Q("18 điểm tập kết", 18, "điểm tập kết"), Q("46 thành viên", 46, "thành viên"), Q("15 đồng chí", 15, "đồng chí"),
 Q("ít nhất 80%", 80, "%", "over"), Q("6 chỉ tiêu chủ yếu", 6, "chỉ tiêu chủ yếu"), Q("7 đại biểu", 7, "đại biểu")],
[D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "BCH Trung ương", "Nghị quyết số 19-NQ/TW ngày 16/6/2022"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Kế hoạch", "21", "KH/HND", "2026-01-05", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 21-KH/HND ngày 5/1/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bom Bo"), com("Bình Minh")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "Đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Khánh Minh",
 "Vườn sạch, rẫy sạch", "Nông dân chung tay bảo vệ môi trường", "Quỹ Hỗ trợ nông dân", "Hợp tác xã Điều hữu cơ Bom Bo"],
["Thứ Sáu, 22/05/2026 - 07:55", "lần thứ I", "nhiệm kỳ 2026 - 2031", "năm 2025", "khóa I", "năm 2031", "15 đồng chí"]))

PAGES.append(page("b5284-khanhhoa-mttq-baocao-2026", """
Hôm nay: Thứ Hai, 19/01/2026
BÁO KHÁNH HÒA ĐIỆN TỬ
Thời sự › Mặt trận › Tin tức
Thứ Sáu, 16/01/2026 | 09:40
Phong trào "Chống rác thải nhựa" lan tỏa từ phố biển đến buôn làng Raglai
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa vừa ban hành Báo cáo số 245/BC-MTTQ-BTT ngày 12/1/2026 về kết quả thực hiện phong trào "Chống rác thải nhựa" năm 2025, năm đầu tiên sau khi tỉnh Khánh Hòa và tỉnh Ninh Thuận hợp nhất. Báo cáo do đồng chí Võ Thị Ngọc Hân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh ký.
Người dân phường Đô Vinh phân loại rác tại nhà. Ảnh: Hải Yến
Theo báo cáo, thực hiện Chỉ thị số 03-CT/TU ngày 15/8/2025 của Ban Thường vụ Tỉnh ủy về giảm thiểu chất thải nhựa và Kế hoạch số 36-KH/MTTQ-BTT ngày 10/3/2025 của Ban Thường trực Ủy ban MTTQ tỉnh, Mặt trận và các tổ chức chính trị - xã hội đã tổ chức 412 đợt ra quân làm sạch bãi biển, đầm Nại, vịnh Nha Trang với khoảng 58.000 lượt người tham gia, thu gom trên 310 tấn rác, trong đó rác nhựa chiếm khoảng 55%. Toàn tỉnh có 65 xã, phường, đặc khu triển khai mô hình "Khu dân cư không rác thải nhựa"; 31.400 hộ cam kết không dùng túi ni lông khó phân hủy; 1.240 ngư dân của 215 tàu cá mang rác về bờ.
Vùng đồng bào Chăm, các đồng chí Thập Thị Hồng Nhung, Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hậu; Quảng Đại Tuyên, Cả sư trụ trì đền Po Klong Garai; Đàng Văn Hiếu, người có uy tín thôn Hiếu Thiện, đã vận động bà con không vứt rác xuống kênh Nam. Ở vùng Raglai, bà Chamaléa Thị Hoa, Bí thư Đảng ủy xã Anh Dũng và ông Pinăng Văn Tốt, Già làng thôn Ma Oai, vận động 9 thôn làm hố rác chung.
Kinh phí thực hiện phong trào khoảng 6,2 tỷ đồng, chủ yếu từ xã hội hóa; 40 doanh nghiệp du lịch cam kết "Không đồ nhựa dùng một lần", tặng 12.000 túi vải và 700 thùng rác phân loại. Các hạn chế được nêu: 17 xã miền núi chưa có dịch vụ thu gom rác; việc phân loại rác tại nguồn ở nông thôn mới đạt 38%.
Năm 2026, Ban Thường trực đề ra mục tiêu ít nhất 80% khu dân cư ven biển xây dựng mô hình chống rác thải nhựa, thực hiện Quyết định số 1746/QĐ-TTg ngày 4/12/2019 của Thủ tướng Chính phủ và Hướng dẫn 11, 12-HD/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát việc thực hiện Luật Bảo vệ môi trường. Các đồng chí Lê Hữu Phước, Nguyễn Thị Thu Thảo - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh được phân công chỉ đạo khu vực phía nam tỉnh.
Báo cáo cũng kiến nghị UBND tỉnh bố trí kinh phí đầu tư lò đốt rác quy mô nhỏ cho các xã miền núi, hỗ trợ ngư dân thùng chứa rác trên tàu và đưa nội dung chống rác thải nhựa vào chương trình giáo dục địa phương.
Hải Yến
Tin liên quan
- Khánh Hòa tổng kết công tác Mặt trận năm 2025 (29/12/2025)
- Phường Nha Trang ra mắt tổ dân phố không rác thải nhựa (12/12/2025)
- Ninh Hải: ngư dân mang rác về bờ (20/11/2025)
""", "2026-01-16", "Phong trào \"Chống rác thải nhựa\" lan tỏa từ phố biển đến buôn làng Raglai",
E("bao_cao", "2025", None),
[P("Võ Thị Ngọc Hân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thập Thị Hồng Nhung", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hậu"),
 P("Quảng Đại Tuyên", "Cả sư", "trụ trì đền Po Klong Garai"),
 P("Đàng Văn Hiếu", "người có uy tín thôn Hiếu Thiện"),
 P("Chamaléa Thị Hoa", "Bí thư Đảng ủy xã Anh Dũng"),
 P("Pinăng Văn Tốt", "Già làng thôn Ma Oai"),
 P("Lê Hữu Phước", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thu Thảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("412 đợt ra quân", 412, "đợt ra quân"), Q("khoảng 58.000 lượt người", 58000, "lượt người", "approx"),
 Q("trên 310 tấn", 310, "tấn", "over"), Q("khoảng 55%", 55, "%", "approx"), Q("65 xã, phường, đặc khu", 65, "xã, phường, đặc khu"),
 Q("31.400 hộ", 31400, "hộ"), Q("1.240 ngư dân", 1240, "ngư dân"), Q("215 tàu cá", 215, "tàu cá"), Q("9 thôn", 9, "thôn"),
 Q("khoảng 6,2 tỷ đồng", 6200000000, "đồng", "approx"), Q("40 doanh nghiệp du lịch", 40, "doanh nghiệp du lịch"),
 Q("12.000 túi vải", 12000, "túi vải"), Q("700 thùng rác phân loại", 700, "thùng rác phân loại"),
 Q("17 xã miền núi", 17, "xã miền núi"), Q("38%", 38, "%"), Q("ít nhất 80%", 80, "%", "over")],
[D("Báo cáo", "245", "BC-MTTQ-BTT", "2026-01-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa", "Báo cáo số 245/BC-MTTQ-BTT ngày 12/1/2026"),
 D("Chỉ thị", "03", "CT/TU", "2025-08-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 15/8/2025"),
 D("Kế hoạch", "36", "KH/MTTQ-BTT", "2025-03-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 36-KH/MTTQ-BTT ngày 10/3/2025"),
 D("Quyết định", "1746", "QĐ-TTg", "2019-12-04", "Thủ tướng Chính phủ", "Quyết định số 1746/QĐ-TTg ngày 4/12/2019"),
 D("Hướng dẫn", "11", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn 11, 12-HD/MTTQ-BTT"),
 D("Hướng dẫn", "12", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn 11, 12-HD/MTTQ-BTT")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Đô Vinh"), com("Phước Hậu"), com("Anh Dũng")],
["Hôm nay: Thứ Hai, 19/01/2026", "BÁO KHÁNH HÒA ĐIỆN TỬ", "Thời sự › Mặt trận › Tin tức", "Người dân phường Đô Vinh phân loại rác tại nhà. Ảnh: Hải Yến",
 "Chống rác thải nhựa", "Khu dân cư không rác thải nhựa", "Không đồ nhựa dùng một lần", "Luật Bảo vệ môi trường", "đền Po Klong Garai", "kênh Nam"],
["Thứ Sáu, 16/01/2026 | 09:40", "năm 2025", "Năm 2026", "Hôm nay: Thứ Hai, 19/01/2026"]))
