from lib import *
PAGES = []

PAGES.append(page("b2087-vinhlong-lhpn-20nam-ct49-2025", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH VĨNH LONG
Trang chủ » Tin tức » Hoạt động các cấp Hội
Ngày đăng 06/10/2025 | 16:20
Tổng kết 20 năm thực hiện Chỉ thị 49-CT/TW: 60 gia đình tiêu biểu được tuyên dương
Ngày 3/10/2025, Hội LHPN tỉnh Vĩnh Long phối hợp Sở Văn hóa, Thể thao và Du lịch tổ chức hội nghị tổng kết 20 năm thực hiện Chỉ thị 49-CT/TW ngày 21/2/2005 của Ban Bí thư về xây dựng gia đình thời kỳ công nghiệp hóa, hiện đại hóa đất nước (2005 - 2025). Đây là hội nghị tổng kết đầu tiên của Hội LHPN tỉnh sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Đồng chí Trần Thị Kim Thoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dự và phát biểu chỉ đạo.
Các gia đình tiêu biểu nhận Giấy khen tại hội nghị.
Báo cáo do đồng chí Thạch Thị Sa Vy, Chủ tịch Hội LHPN tỉnh trình bày cho biết, 20 năm qua, thực hiện Kết luận 26-KL/TW ngày 14/11/2017 của Ban Bí thư và Quyết định 2238/QĐ-TTg ngày 30/12/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển gia đình Việt Nam đến năm 2030, các cấp Hội đã vận động hội viên thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch". Đến nay toàn tỉnh có 91,7% hộ đạt danh hiệu "Gia đình văn hóa"; 2.480 câu lạc bộ gia đình phát triển bền vững hoạt động hiệu quả; 124 địa chỉ tin cậy ở cộng đồng tiếp nhận, hỗ trợ phụ nữ, trẻ em bị bạo lực.
Trong 5 năm gần đây, các cấp Hội kết nạp 12.300 hội viên mới; hỗ trợ 8.650 phụ nữ nghèo, phụ nữ đơn thân vay vốn với dư nợ hơn 1.420 tỷ đồng; xây dựng 1.150 căn nhà "Mái ấm tình thương" trị giá khoảng 69 tỷ đồng. Tỷ lệ tảo hôn trong đồng bào Khmer ở các xã vùng sâu giảm còn 0,8%.
Tại hội nghị, bà Sơn Thị Bô Pha, Chủ tịch Hội LHPN xã Trà Cú, kể về mô hình "Phụ nữ Khmer nói không với tảo hôn"; bà Lê Thị Ngọc Hương, Chủ tịch Hội LHPN phường Long Châu, giới thiệu câu lạc bộ "Người cao tuổi giúp con cháu xây dựng gia đình hạnh phúc"; bà Võ Thị Mỹ Lệ, ở xã Tân Thủy, chia sẻ kinh nghiệm nuôi dạy 4 con thành đạt dù chồng mất sớm.
Hội nghị cũng nhận định, sau sáp nhập, địa bàn rộng, chênh lệch mức sống giữa các vùng lớn; tình trạng lao động đi làm ăn xa, trẻ em ở với ông bà còn nhiều; bạo lực gia đình vẫn diễn biến phức tạp ở một số nơi, việc phát hiện và can thiệp còn chậm.
Phát biểu, đồng chí Trần Thị Kim Thoa đề nghị các cấp Hội tham mưu cấp ủy đưa tiêu chí xây dựng gia đình vào nghị quyết, kế hoạch của xã, phường; phát huy vai trò của các đồng chí Phó Chủ tịch Hội LHPN tỉnh Nguyễn Thị Hồng Nhung, Kiên Thị Ngọc Giàu, Đoàn Thị Bích Vân trong theo dõi từng khu vực.
Dịp này, Trung ương Hội LHPN Việt Nam tặng Bằng khen cho 5 tập thể, 7 cá nhân; Chủ tịch UBND tỉnh tặng Bằng khen cho 24 tập thể, 36 cá nhân; Hội LHPN tỉnh tặng Giấy khen cho 60 gia đình tiêu biểu. Mỗi gia đình được tặng 1,5 triệu đồng.
Ngọc Hân
Tin liên quan
- Hội LHPN tỉnh ra mắt Ban Chấp hành nhiệm kỳ 2025 - 2030 (15/08/2025)
- Trao 120 suất học bổng cho con hội viên nghèo (20/09/2025)
- Phụ nữ Trà Cú làm theo lời Bác (02/09/2025)
""", "2025-10-06", "Tổng kết 20 năm thực hiện Chỉ thị 49-CT/TW: 60 gia đình tiêu biểu được tuyên dương",
E("tong_ket", None, "2025-10-03"),
[P("Trần Thị Kim Thoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Thị Sa Vy", "Chủ tịch Hội LHPN tỉnh"),
 P("Sơn Thị Bô Pha", "Chủ tịch Hội LHPN xã Trà Cú"),
 P("Lê Thị Ngọc Hương", "Chủ tịch Hội LHPN phường Long Châu"),
 P("Võ Thị Mỹ Lệ"),
 P("Nguyễn Thị Hồng Nhung", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Kiên Thị Ngọc Giàu", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đoàn Thị Bích Vân", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("60 gia đình tiêu biểu", 60, "gia đình tiêu biểu"), Q("91,7%", 91.7, "%"),
 Q("2.480 câu lạc bộ gia đình phát triển bền vững", 2480, "câu lạc bộ gia đình phát triển bền vững"),
 Q("124 địa chỉ tin cậy", 124, "địa chỉ tin cậy"), Q("12.300 hội viên mới", 12300, "hội viên mới"),
 Q("8.650 phụ nữ nghèo, phụ nữ đơn thân", 8650, "phụ nữ nghèo, phụ nữ đơn thân"), Q("hơn 1.420 tỷ đồng", 1420000000000, "đồng", "over"),
 Q("1.150 căn nhà", 1150, "căn nhà"), Q("khoảng 69 tỷ đồng", 69000000000, "đồng", "approx"), Q("0,8%", 0.8, "%"),
 Q("4 con", 4, "con"), Q("5 tập thể", 5, "tập thể"), Q("7 cá nhân", 7, "cá nhân"), Q("24 tập thể", 24, "tập thể"),
 Q("36 cá nhân", 36, "cá nhân"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Chỉ thị", "49", "CT/TW", "2005-02-21", "Ban Bí thư", "Chỉ thị 49-CT/TW ngày 21/2/2005"),
 D("Kết luận", "26", "KL/TW", "2017-11-14", "Ban Bí thư", "Kết luận 26-KL/TW ngày 14/11/2017"),
 D("Quyết định", "2238", "QĐ-TTg", "2021-12-30", "Thủ tướng Chính phủ", "Quyết định 2238/QĐ-TTg ngày 30/12/2021")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Cú"), com("Long Châu"), com("Tân Thủy")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH VĨNH LONG", "Trang chủ » Tin tức » Hoạt động các cấp Hội",
 "Các gia đình tiêu biểu nhận Giấy khen tại hội nghị.", "Xây dựng gia đình 5 không, 3 sạch", "Gia đình văn hóa",
 "Mái ấm tình thương", "Phụ nữ Khmer nói không với tảo hôn", "Người cao tuổi giúp con cháu xây dựng gia đình hạnh phúc",
 "Chiến lược phát triển gia đình Việt Nam đến năm 2030"],
["Ngày đăng 06/10/2025 | 16:20", "20 năm", "2005 - 2025", "5 năm", "5 không, 3 sạch", "năm 2030"]))

PAGES.append(page("b2088-lamdong-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Trang chủ / Hoạt động / Tin tuyên giáo - dân vận
Thứ Sáu, 26/12/2025, 08:05
Toàn cảnh hội nghị. Ảnh: Hoài Nam
Trao Kỷ niệm chương cho 32 đồng chí có nhiều đóng góp cho công tác tuyên giáo, dân vận
Chiều 25/12, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí K'Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có đồng chí Quảng Thị Ngọc Lan, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy.
Năm 2025 là năm đầu tiên Ban hoạt động theo mô hình mới sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận và vận hành chính quyền hai cấp với 124 xã, phường, đặc khu. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 08, 09-KH/TU về tuyên truyền Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị và về công tác dân vận trong sắp xếp tổ chức bộ máy; hướng dẫn các đảng bộ xã thực hiện Chỉ thị 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp.
Phong trào thi đua "Dân vận khéo" tiếp tục lan tỏa với 1.870 mô hình được công nhận; nhân dân hiến hơn 410.000 m2 đất, đóng góp khoảng 520 tỷ đồng; cùng với Mặt trận các cấp xóa 3.612 căn nhà tạm, nhà dột nát, về đích trước thời hạn. Các cấp đã tổ chức 468 cuộc đối thoại giữa người đứng đầu với nhân dân; 97,2% ý kiến, kiến nghị được trả lời.
Tại hội nghị, bà Điểu Thị Năm, Bí thư Đảng ủy xã Quảng Khê, chia sẻ kinh nghiệm vận động đồng bào Mnông sau sáp nhập; ông Kơ Să K'Thanh, Chủ tịch Ủy ban MTTQ Việt Nam xã Lạc Dương, giới thiệu mô hình "Buôn làng K'Ho không có người nghiện"; ông Nguyễn Hữu Phước, Phó Bí thư Đảng ủy phường Lâm Viên - Đà Lạt, nêu cách lấy ý kiến người dân về chỉnh trang đô thị.
Hội nghị cũng nhận định: cán bộ ở nhiều xã mới chưa quen nhiệm vụ tuyên giáo, dân vận; việc nắm bắt dư luận xã hội trên không gian mạng còn chậm; một số nơi chưa chú trọng công tác dân vận trong triển khai các dự án lớn.
Phát biểu kết luận, đồng chí K'Bình yêu cầu năm 2026 tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I; tổ chức tốt cuộc bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp.
Dịp này, Ban Tuyên giáo Trung ương trao Kỷ niệm chương "Vì sự nghiệp Tuyên giáo" và Ban Dân vận Trung ương trao Kỷ niệm chương "Vì sự nghiệp Dân vận" cho 32 đồng chí; Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 17 tập thể, 26 cá nhân có thành tích xuất sắc năm 2025. Đồng chí Ka Thị Hạnh, Chánh Văn phòng Ban Tuyên giáo và Dân vận Tỉnh ủy, công bố các quyết định.
Hoài Nam
Lượt xem: 804
Các tin khác
- Bắc Bình: hội nghị người có uy tín trong đồng bào Chăm năm 2025 (18/12/2025)
- Giao ban công tác tuyên giáo, dân vận quý IV (05/12/2025)
- Gia Nghĩa: tuyên dương 30 mô hình "Dân vận khéo" (28/11/2025)
""", "2025-12-26", "Trao Kỷ niệm chương cho 32 đồng chí có nhiều đóng góp cho công tác tuyên giáo, dân vận",
E("tong_ket", "2025", "2025-12-25"),
[P("K'Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Quảng Thị Ngọc Lan", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Năm", "Bí thư Đảng ủy xã Quảng Khê"),
 P("Kơ Să K'Thanh", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lạc Dương"),
 P("Nguyễn Hữu Phước", "Phó Bí thư Đảng ủy phường Lâm Viên - Đà Lạt"),
 P("Ka Thị Hạnh", "Chánh Văn phòng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("32 đồng chí", 32, "đồng chí"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("1.870 mô hình", 1870, "mô hình"), Q("hơn 410.000 m2", 410000, "m2", "over"),
 Q("khoảng 520 tỷ đồng", 520000000000, "đồng", "approx"), Q("3.612 căn nhà tạm, nhà dột nát", 3612, "căn nhà tạm, nhà dột nát"),
 Q("468 cuộc đối thoại", 468, "cuộc đối thoại"), Q("97,2%", 97.2, "%"), Q("17 tập thể", 17, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Kế hoạch", "08", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 08, 09-KH/TU"),
 D("Kế hoạch", "09", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 08, 09-KH/TU"),
 D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết 57-NQ/TW ngày 22/12/2024"),
 D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị 45-CT/TW ngày 14/4/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Khê"), com("Lạc Dương"), com("Lâm Viên - Đà Lạt")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Trang chủ / Hoạt động / Tin tuyên giáo - dân vận", "Toàn cảnh hội nghị. Ảnh: Hoài Nam",
 "Dân vận khéo", "Buôn làng K'Ho không có người nghiện", "Vì sự nghiệp Tuyên giáo", "Vì sự nghiệp Dân vận",
 "Nghị quyết Đại hội XIV của Đảng", "Lượt xem: 804"],
["Thứ Sáu, 26/12/2025, 08:05", "32 đồng chí", "năm 2025", "năm 2026", "Đại hội XIV", "lần thứ I", "khóa XVI", "Lượt xem: 804"]))

PAGES.append(page("b2089-dongnai-mttq-giaoban-q1-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ > Tin tức - Sự kiện > Hoạt động Mặt trận
08:15 | 10/04/2026
Giao ban công tác Mặt trận quý I: 95 xã, phường hoàn thành chỉ tiêu vận động Quỹ "Vì người nghèo"
Sáng 9/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị giao ban công tác Mặt trận và các đoàn thể chính trị - xã hội quý I năm 2026 với Ủy ban MTTQ Việt Nam 95 xã, phường. Đồng chí Lâm Thị Kim Yến, UVBCH Đảng bộ tỉnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Quang cảnh hội nghị giao ban.
Theo báo cáo, quý I năm 2026, Mặt trận các cấp đã tập trung tuyên truyền kết quả Đại hội XIV của Đảng và vận động cử tri tham gia bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp; tổ chức 312 hội nghị hiệp thương; vận động Quỹ "Vì người nghèo" được hơn 86 tỷ đồng, trao 41.500 phần quà Tết cho hộ nghèo, hộ cận nghèo, trị giá khoảng 24,9 tỷ đồng.
Thực hiện Hướng dẫn số 03-HD/MTTQ-BTT ngày 20/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, các xã, phường đã hoàn thành việc kiện toàn 1.284 ban công tác Mặt trận ở ấp, khu phố; kết nạp 6.870 đoàn viên, hội viên mới. Mặt trận tỉnh tiếp nhận 96 ý kiến, kiến nghị của cử tri, đã chuyển cơ quan chức năng 91 ý kiến.
Tại hội nghị, bà Điểu Thị Lan, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập, cho biết xã đã vận động 215 hộ người S'tiêng, Mnông tham gia mô hình "Tổ tự quản giữ rừng"; ông Lưu Văn Tài, Chủ tịch Ủy ban MTTQ Việt Nam phường Đồng Xoài, kiến nghị hướng dẫn chi tiết việc sử dụng kinh phí ở khu phố sau sắp xếp; đồng chí Điểu K'Ré, Trưởng ban Công tác Mặt trận ấp Bù Rên, xã Phú Lý, chia sẻ kinh nghiệm vận động đồng bào Chơ Ro.
Các đại biểu cũng nêu khó khăn: sau khi hợp nhất Bình Phước vào tỉnh Đồng Nai, địa bàn rộng, kinh phí hoạt động ở cơ sở chưa kịp bố trí; nhiều cán bộ Mặt trận xã mới luân chuyển từ các đoàn thể, chưa quen nghiệp vụ hiệp thương, giám sát; việc nắm tình hình nhân dân ở các khu công nghiệp còn khó.
Phát biểu kết luận, đồng chí Lâm Thị Kim Yến đề nghị quý II thực hiện tốt Quy chế phối hợp số 02-QCPH/MTTQ-UBND giữa Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh; chuẩn bị tổng kết 5 năm thực hiện Kết luận 01-KL/TW của Bộ Chính trị.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam trao Kỷ niệm chương "Vì sự nghiệp Đại đoàn kết dân tộc" cho 18 cá nhân; Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 9 tập thể, 13 cá nhân có thành tích xuất sắc trong đợt cao điểm Tết Bính Ngọ.
Thanh Tùng
Lượt truy cập: 1.096.342
Tin liên quan
- Đồng Nai: trao 200 căn nhà đại đoàn kết (28/03/2026)
- Hội nghị hiệp thương lần thứ ba (19/03/2026)
- Mặt trận tỉnh giám sát công tác chuẩn bị bầu cử (06/03/2026)
""", "2026-04-10", 'Giao ban công tác Mặt trận quý I: 95 xã, phường hoàn thành chỉ tiêu vận động Quỹ "Vì người nghèo"',
E("giao_ban", "2026-Q1", "2026-04-09"),
[P("Lâm Thị Kim Yến", "UVBCH Đảng bộ tỉnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Lan", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập"),
 P("Lưu Văn Tài", "Chủ tịch Ủy ban MTTQ Việt Nam phường Đồng Xoài"),
 P("Điểu K'Ré", "Trưởng ban Công tác Mặt trận ấp Bù Rên")],
[Q("95 xã, phường", 95, "xã, phường"), Q("312 hội nghị hiệp thương", 312, "hội nghị hiệp thương"),
 Q("hơn 86 tỷ đồng", 86000000000, "đồng", "over"), Q("41.500 phần quà", 41500, "phần quà"),
 Q("khoảng 24,9 tỷ đồng", 24900000000, "đồng", "approx"), Q("1.284 ban công tác Mặt trận", 1284, "ban công tác Mặt trận"),
 Q("6.870 đoàn viên, hội viên mới", 6870, "đoàn viên, hội viên mới"), Q("96 ý kiến, kiến nghị", 96, "ý kiến, kiến nghị"),
 Q("91 ý kiến", 91, "ý kiến"), Q("215 hộ người S'tiêng, Mnông", 215, "hộ người S'tiêng, Mnông"),
 Q("18 cá nhân", 18, "cá nhân"), Q("9 tập thể", 9, "tập thể"), Q("13 cá nhân", 13, "cá nhân")],
[D("Hướng dẫn", "03", "HD/MTTQ-BTT", "2026-01-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 03-HD/MTTQ-BTT ngày 20/01/2026"),
 D("Quy chế phối hợp", "02", "QCPH/MTTQ-UBND", None, None, "Quy chế phối hợp số 02-QCPH/MTTQ-UBND"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận 01-KL/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đồng Xoài"), com("Phú Lý")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ > Tin tức - Sự kiện > Hoạt động Mặt trận", "Quang cảnh hội nghị giao ban.",
 "Vì người nghèo", "Tổ tự quản giữ rừng", "Vì sự nghiệp Đại đoàn kết dân tộc", "Lượt truy cập: 1.096.342"],
["08:15 | 10/04/2026", "quý I năm 2026", "quý I", "quý II", "Đại hội XIV", "khóa XVI", "5 năm", "Tết Bính Ngọ",
 "Lượt truy cập: 1.096.342"]))

PAGES.append(page("b2090-gialai-btvtu-10nam-ct05-2026", """
Báo và Phát thanh, Truyền hình Gia Lai
Chính trị › Xây dựng Đảng
Thứ Năm, 14/05/2026 - 09:30
Đồng chí Đinh Thị Hrên trao Bằng khen của Ban Thường vụ Tỉnh ủy cho các tập thể.
Gia Lai khen thưởng 95 tập thể, cá nhân sau 10 năm học tập và làm theo Bác
(GLO) - Ngày 13/5/2026, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Dự hội nghị có các đồng chí Phó Bí thư Tỉnh ủy: Rah Lan Hiếu, Nguyễn Văn Dõng; đồng chí Đinh Thị Hrên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Báo cáo tổng kết cho biết, trên cơ sở Chỉ thị 05-CT/TW và Kết luận 01-KL/TW ngày 18/5/2021 của Bộ Chính trị, hai tỉnh Gia Lai và Bình Định (cũ) đã ban hành Chương trình hành động số 03-CTr/TU và nhiều văn bản chỉ đạo; sau hợp nhất, Tỉnh ủy Gia Lai ban hành Kế hoạch số 27-KH/TU ngày 5/9/2025 thống nhất việc thực hiện trong toàn Đảng bộ. Gắn với Kết luận 21-KL/TW ngày 25/10/2021 của BCH Trung ương về xây dựng, chỉnh đốn Đảng, 100% chi bộ đưa nội dung làm theo Bác vào sinh hoạt định kỳ.
Trong 10 năm, toàn tỉnh đã có 4.260 tập thể, 12.870 cá nhân được các cấp khen thưởng vì có cách làm hay; 1.935 mô hình "Dân vận khéo" được nhân rộng. Nhân dân vùng đồng bào Jrai, Bahnar đã hiến 2,4 triệu m2 đất, góp trên 860 tỷ đồng xây dựng nông thôn mới; 8.400 căn nhà tạm, nhà dột nát được xóa.
Tại hội nghị, bà Siu Thị Chơi, Bí thư Chi bộ làng Bông Pim, xã Ia Grai, kể việc cả làng góp đất làm sân bóng cho thiếu nhi; ông Đinh Văn Brăk, Bí thư Đảng ủy xã An Lão, nêu cách "nói để đồng bào Bahnar nghe, làm để đồng bào theo"; Thượng tọa Thích Minh Đạo, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, chia sẻ về hoạt động từ thiện của các chùa ở phường Quy Nhơn.
Hội nghị chỉ ra hạn chế: việc học tập ở một số nơi còn hình thức, chưa gắn với giải quyết những việc khó, việc bức xúc của dân; việc nêu gương của người đứng đầu ở một số cơ quan chưa thường xuyên; tuyên truyền gương điển hình trên báo chí, mạng xã hội chưa tương xứng.
Phát biểu kết luận, đồng chí Rah Lan Hiếu đề nghị gắn học tập và làm theo Bác với thực hiện Nghị quyết Đại hội XIV của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 40 tập thể, 55 cá nhân tiêu biểu; tổng tiền thưởng 186 triệu đồng.
Hồng Thi
Tin liên quan
- Vĩnh Thạnh: 10 năm làm theo Bác ở vùng đồng bào Bahnar (05/05/2026)
- Tôn vinh 120 người có uy tín tiêu biểu (24/04/2026)
- Giao ban công tác dân vận quý I năm 2026 (10/04/2026)
""", "2026-05-14", "Gia Lai khen thưởng 95 tập thể, cá nhân sau 10 năm học tập và làm theo Bác",
E("tong_ket", None, "2026-05-13"),
[P("Rah Lan Hiếu", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Văn Dõng", "Phó Bí thư Tỉnh ủy"),
 P("Đinh Thị Hrên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Siu Thị Chơi", "Bí thư Chi bộ làng Bông Pim"),
 P("Đinh Văn Brăk", "Bí thư Đảng ủy xã An Lão"),
 P("Thích Minh Đạo", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")],
[Q("95 tập thể, cá nhân", 95, "tập thể, cá nhân"), Q("100%", 100, "%"), Q("4.260 tập thể", 4260, "tập thể"),
 Q("12.870 cá nhân", 12870, "cá nhân"), Q("1.935 mô hình", 1935, "mô hình"), Q("2,4 triệu m2", 2400000, "m2"),
 Q("trên 860 tỷ đồng", 860000000000, "đồng", "over"), Q("8.400 căn nhà tạm, nhà dột nát", 8400, "căn nhà tạm, nhà dột nát"),
 Q("40 tập thể", 40, "tập thể"), Q("55 cá nhân", 55, "cá nhân"), Q("186 triệu đồng", 186000000, "đồng")],
[D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị 05-CT/TW ngày 15/5/2016"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận 01-KL/TW ngày 18/5/2021"),
 D("Chương trình hành động", "03", "CTr/TU", None, None, "Chương trình hành động số 03-CTr/TU"),
 D("Kế hoạch", "27", "KH/TU", "2025-09-05", "Tỉnh ủy Gia Lai", "Kế hoạch số 27-KH/TU ngày 5/9/2025"),
 D("Kết luận", "21", "KL/TW", "2021-10-25", "BCH Trung ương", "Kết luận 21-KL/TW ngày 25/10/2021")],
[prov("Gia Lai"), prov("Bình Định"), com("Ia Grai"), com("An Lão"), com("Quy Nhơn")],
["Báo và Phát thanh, Truyền hình Gia Lai", "Chính trị › Xây dựng Đảng", "(GLO)",
 "Đồng chí Đinh Thị Hrên trao Bằng khen của Ban Thường vụ Tỉnh ủy cho các tập thể.", "Dân vận khéo",
 "nói để đồng bào Bahnar nghe, làm để đồng bào theo", "Nghị quyết Đại hội XIV của Đảng"],
["Thứ Năm, 14/05/2026 - 09:30", "10 năm", "Đại hội XIV", "lần thứ I"]))

PAGES.append(page("b2091-angiang-btgdv-taphuan-thidua-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN GIANG
Trang chủ | Dân vận | Đào tạo - Bồi dưỡng
17/03/2026 - 10:05
Học viên trao đổi tại lớp tập huấn. Ảnh: Chau Phi
Tập huấn nghiệp vụ thi đua, khen thưởng và nhân rộng điển hình "Dân vận khéo" cho 320 cán bộ cơ sở
Trong 2 ngày 16 và 17/3/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ công tác thi đua, khen thưởng và phát hiện, nhân rộng điển hình "Dân vận khéo" năm 2026 cho 320 học viên là cán bộ phụ trách công tác dân vận của 102 xã, phường, đặc khu. Đồng chí Chau Sóc Hên, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu khai mạc.
Các học viên được nghe báo cáo viên Ban Dân vận Trung ương, ông Trịnh Quốc Bảo, Phó Vụ trưởng Vụ Địa phương II, truyền đạt Luật Thi đua, khen thưởng năm 2022, Nghị định 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành Luật và Hướng dẫn số 06-HD/BTGDVTU ngày 02/3/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy về đánh giá, công nhận mô hình "Dân vận khéo" giai đoạn 2026 - 2030. Bà Néang Sa Rết, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy, hướng dẫn quy trình xét chọn điển hình ở xã.
Theo báo cáo, năm 2025 toàn tỉnh có 2.940 mô hình "Dân vận khéo" được công nhận, trong đó 186 mô hình trong đồng bào Khmer, Chăm; 64 điển hình được đề nghị Ban Dân vận Trung ương biểu dương. Sau khi hợp nhất với Kiên Giang, tỉnh An Giang có 17 dân tộc cùng sinh sống, đồng bào Khmer chiếm khoảng 8,6% dân số.
Tại lớp tập huấn, các học viên trao đổi kinh nghiệm: ông Sa Ly Da, Trưởng ban Công tác Mặt trận ấp Phũm Soài, xã Châu Phong, nói về vận động đồng bào Chăm theo đạo Hồi giữ gìn an ninh trật tự; bà Thị Mỹ Linh, cán bộ dân vận xã Tri Tôn, nêu khó khăn khi tổng hợp hồ sơ khen thưởng cho người dân không biết chữ; ông Danh Quốc Việt, Bí thư Chi bộ khu phố 4, phường Rạch Giá, đề nghị đơn giản hóa thủ tục khen thưởng cho người dân.
Kết thúc lớp tập huấn, mỗi học viên làm bài thu hoạch; Ban đã khen thưởng 12 học viên có bài thu hoạch xuất sắc, mỗi người 500.000 đồng.
Học viên đánh giá nội dung thiết thực, giúp cán bộ ở các xã mới nắm vững quy trình, tránh tình trạng "khen thưởng theo thâm niên", "khen thưởng chức vụ" và bỏ sót người lao động trực tiếp. Đồng chí Chau Sóc Hên đề nghị các xã ban hành kế hoạch thi đua năm 2026 trước ngày 30/4/2026, gắn phong trào "Dân vận khéo" với thực hiện "3 không" trong xây dựng xã văn minh.
Chau Phi
Lượt xem: 457
Xem thêm
- Tri Tôn: tôn vinh 25 người có uy tín trong đồng bào Khmer (05/03/2026)
- Tổng kết công tác tuyên giáo và dân vận năm 2025 (30/12/2025)
- Phú Quốc: đối thoại với nhân dân về quy hoạch (18/12/2025)
""", "2026-03-17", 'Tập huấn nghiệp vụ thi đua, khen thưởng và nhân rộng điển hình "Dân vận khéo" cho 320 cán bộ cơ sở',
E("tap_huan", "2026", "2026-03-16"),
[P("Chau Sóc Hên", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trịnh Quốc Bảo", "báo cáo viên Ban Dân vận Trung ương", "Phó Vụ trưởng Vụ Địa phương II"),
 P("Néang Sa Rết", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sa Ly Da", "Trưởng ban Công tác Mặt trận ấp Phũm Soài"),
 P("Thị Mỹ Linh", "cán bộ dân vận xã Tri Tôn"),
 P("Danh Quốc Việt", "Bí thư Chi bộ khu phố 4")],
[Q("320 học viên", 320, "học viên"), Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"),
 Q("2.940 mô hình", 2940, "mô hình"), Q("186 mô hình", 186, "mô hình"), Q("64 điển hình", 64, "điển hình"),
 Q("17 dân tộc", 17, "dân tộc"), Q("khoảng 8,6%", 8.6, "%", "approx"), Q("12 học viên", 12, "học viên"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Nghị định", "98", "2023/NĐ-CP", "2023-12-31", "Chính phủ", "Nghị định 98/2023/NĐ-CP ngày 31/12/2023"),
 D("Hướng dẫn", "06", "HD/BTGDVTU", "2026-03-02", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 06-HD/BTGDVTU ngày 02/3/2026")],
[prov("An Giang"), prov("Kiên Giang"), com("Châu Phong"), com("Tri Tôn"), com("Rạch Giá")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN GIANG", "Trang chủ | Dân vận | Đào tạo - Bồi dưỡng",
 "Học viên trao đổi tại lớp tập huấn. Ảnh: Chau Phi", "Dân vận khéo", "Luật Thi đua, khen thưởng",
 "khen thưởng theo thâm niên", "khen thưởng chức vụ", "3 không", "Lượt xem: 457"],
["17/03/2026 - 10:05", "2 ngày", "năm 2026", "năm 2022", "2026 - 2030", "năm 2025", "3 không", "khu phố 4", "Lượt xem: 457"]))

PAGES.append(page("b2092-hungyen-xa-thaithuy-soket-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ THÁI THỤY - TỈNH HƯNG YÊN
Trang chủ › Tin tức › Tin hoạt động
Cập nhật: 08:30, 10/07/2026 (GMT+7)
Đảng ủy xã Thái Thụy khen thưởng 8 mô hình "Dân vận khéo"
Ngày 8/7, Đảng ủy xã Thái Thụy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026. Đồng chí Phạm Văn Khải, Phó Bí thư Thường trực Đảng ủy xã chủ trì; dự có đồng chí Bùi Thị Thu Hà, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Đồng chí Phạm Văn Khải phát biểu chỉ đạo hội nghị.
Báo cáo cho biết, 6 tháng đầu năm 2026, khối dân vận xã đã tham mưu Ban Thường vụ Đảng ủy ban hành Kết luận 11, 12-KL/ĐU về công tác dân vận trong giải phóng mặt bằng khu công nghiệp Thái Thụy và về vận động đồng bào Công giáo; triển khai Quyết định 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị tới 100% chi bộ. Khối dân vận đã phối hợp tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp với tỷ lệ cử tri đi bầu đạt 99,4%.
Xã đã vận động 327 hộ bàn giao 41,5 ha đất cho dự án khu công nghiệp, không phát sinh khiếu kiện đông người; nhân dân đóng góp 6,3 tỷ đồng làm 9,2 km đường trục thôn; kết nạp 214 hội viên mới vào các đoàn thể; hòa giải thành 18 vụ việc mâu thuẫn.
Tại hội nghị, Linh mục Giuse Phạm Văn Toàn, Chánh xứ giáo xứ Đông Quách, chia sẻ việc vận động giáo dân tham gia phong trào "Sống tốt đời, đẹp đạo"; ông Nguyễn Văn Thành, Bí thư Chi bộ thôn An Định, đề nghị sớm chi trả tiền hỗ trợ cho các hộ có đất bị thu hồi; bà Đỗ Thị Lan, Chi hội trưởng Chi hội Phụ nữ thôn Tân Bồi, giới thiệu mô hình "Con đường bích họa".
Theo đồng chí Bùi Thị Thu Hà, sau một năm vận hành chính quyền địa phương hai cấp, xã Thái Thụy (tỉnh Hưng Yên, trước đây thuộc tỉnh Thái Bình) được hợp nhất từ 5 xã, có 36 thôn với hơn 38.000 nhân khẩu, nhiều phong tục khác nhau nên công tác nắm tình hình nhân dân phải làm kỹ, làm sát từng thôn.
Hội nghị cũng chỉ ra hạn chế: sinh hoạt của tổ dân vận ở một số thôn chưa đều; việc trả lời kiến nghị của cử tri ở vài trường hợp còn chậm.
Phát biểu kết luận, đồng chí Phạm Văn Khải yêu cầu 6 tháng cuối năm tập trung thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030; chuẩn bị tổng kết 20 năm phong trào "Toàn dân đoàn kết xây dựng nông thôn mới" trên địa bàn.
Dịp này, Đảng ủy xã tặng Giấy khen cho 8 mô hình "Dân vận khéo", mỗi mô hình được thưởng 1 triệu đồng.
Ban Biên tập
Lượt truy cập: 48.216
Tin khác
- Xã Thái Thụy tổ chức Ngày hội Đại đoàn kết tại thôn An Định (18/06/2026)
- Trao 30 suất quà cho gia đình chính sách (22/05/2026)
- Hội nghị giao ban công tác dân vận quý I (08/04/2026)
""", "2026-07-10", 'Đảng ủy xã Thái Thụy khen thưởng 8 mô hình "Dân vận khéo"',
E("so_ket", "2026-H1", "2026-07-08"),
[P("Phạm Văn Khải", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Bùi Thị Thu Hà", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Giuse Phạm Văn Toàn", "Linh mục", "Chánh xứ giáo xứ Đông Quách"),
 P("Nguyễn Văn Thành", "Bí thư Chi bộ thôn An Định"),
 P("Đỗ Thị Lan", "Chi hội trưởng Chi hội Phụ nữ thôn Tân Bồi")],
[Q("8 mô hình", 8, "mô hình"), Q("100%", 100, "%"), Q("99,4%", 99.4, "%"), Q("327 hộ", 327, "hộ"), Q("41,5 ha", 41.5, "ha"),
 Q("6,3 tỷ đồng", 6300000000, "đồng"), Q("9,2 km", 9.2, "km"), Q("214 hội viên mới", 214, "hội viên mới"),
 Q("18 vụ việc mâu thuẫn", 18, "vụ việc mâu thuẫn"), Q("5 xã", 5, "xã"), Q("36 thôn", 36, "thôn"),
 Q("hơn 38.000 nhân khẩu", 38000, "nhân khẩu", "over"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kết luận", "11", "KL/ĐU", None, "Ban Thường vụ Đảng ủy", "Kết luận 11, 12-KL/ĐU"),
 D("Kết luận", "12", "KL/ĐU", None, "Ban Thường vụ Đảng ủy", "Kết luận 11, 12-KL/ĐU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định 23-QĐ/TW ngày 30/7/2021")],
[prov("Hưng Yên"), prov("Thái Bình"), com("Thái Thụy")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ THÁI THỤY - TỈNH HƯNG YÊN", "Trang chủ › Tin tức › Tin hoạt động",
 "Đồng chí Phạm Văn Khải phát biểu chỉ đạo hội nghị.", "Dân vận khéo", "Sống tốt đời, đẹp đạo", "Con đường bích họa",
 "Toàn dân đoàn kết xây dựng nông thôn mới", "Lượt truy cập: 48.216"],
["Cập nhật: 08:30, 10/07/2026 (GMT+7)", "6 tháng đầu năm 2026", "6 tháng đầu năm", "6 tháng cuối năm 2026", "6 tháng cuối năm", "khóa XVI",
 "lần thứ I", "2025 - 2030", "20 năm", "một năm", "Lượt truy cập: 48.216"]))
