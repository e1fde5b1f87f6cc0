from lib import *
PAGES = []

PAGES.append(page("b269-hagiang-hnd-doithoai-2011", """
HỘI NÔNG DÂN TỈNH HÀ GIANG
Trang tin điện tử
Trang chủ > Hoạt động Hội > Tin cơ sở
Cập nhật: 09:42, 22/09/2011 (GMT+7)
Đối thoại với nông dân Hoàng Su Phì về chuyển đổi giống chè Shan tuyết
Ngày 20/9, Hội Nông dân huyện Hoàng Su Phì phối hợp với UBND huyện tổ chức đối thoại với gần 160 hội viên của 9 xã vùng chè, nội dung đối thoại năm 2011 tập trung vào giống chè, vốn vay và đường liên thôn.
Ông Lù Seo Pà, hội viên thôn Nậm Khòa, nêu kiến nghị tại buổi đối thoại.
Dự và chủ trì buổi đối thoại có đồng chí Hoàng Văn Thẩm, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh; đồng chí Chảo Văn Lìn, HUV, Phó Chủ tịch UBND huyện Hoàng Su Phì.
Tại buổi đối thoại, bà con nêu 27 ý kiến, tập trung vào việc cấp giống chè, hỗ trợ phân bón và sửa 14 km đường liên thôn. Ông Lù Seo Pà đề nghị huyện sớm triển khai Quyết định 1184/QĐ-UBND ngày 15/6/2011 của UBND tỉnh về hỗ trợ trồng mới chè Shan tuyết. Theo quyết định này, mỗi héc-ta chè trồng mới được hỗ trợ 2,4 triệu đồng, năm nay toàn huyện có 418 hộ đăng ký với diện tích khoảng 61 ha.
Trả lời các ý kiến, đồng chí Chảo Văn Lìn cho biết huyện đã bố trí 356 triệu đồng từ Quỹ Hỗ trợ nông dân để cho vay, mỗi hộ được vay tối đa 15 triệu đồng. Bà Triệu Thị Chiêm, Chủ tịch Hội Nông dân xã Nậm Khòa, đề nghị các hộ tham gia phong trào "Nông dân thi đua sản xuất kinh doanh giỏi" đăng ký sớm.
Kết thúc buổi đối thoại, 22 ý kiến đã được trả lời trực tiếp, các ý kiến còn lại được ghi nhận để trả lời bằng văn bản.
Năm 2011, Hội Nông dân tỉnh Hà Giang chọn Hoàng Su Phì làm điểm đối thoại đầu tiên.
Minh Khoa
Lượt xem: 986
Tin liên quan
- Hội Nông dân xã Tụ Nhân ra mắt 3 tổ hợp tác chè
- Quyết định 77/QĐ-UBND về vùng chè Shan tuyết
- Tập huấn kỹ thuật cho 120 nông dân vùng cao
""", "2011-09-22", "Đối thoại với nông dân Hoàng Su Phì về chuyển đổi giống chè Shan tuyết",
E("doi_thoai", "2011", "2011-09-20"),
[P("Lù Seo Pà", "hội viên thôn Nậm Khòa"),
 P("Hoàng Văn Thẩm", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Chảo Văn Lìn", "HUV", "Phó Chủ tịch UBND huyện Hoàng Su Phì"),
 P("Triệu Thị Chiêm", "Chủ tịch Hội Nông dân xã Nậm Khòa")],
[Q("gần 160 hội viên", 160, "hội viên", "approx"), Q("9 xã", 9, "xã"), Q("27 ý kiến", 27, "ý kiến"),
 Q("14 km", 14, "km"), Q("2,4 triệu đồng", 2400000, "đồng"), Q("418 hộ", 418, "hộ"),
 Q("khoảng 61 ha", 61, "ha", "approx"), Q("356 triệu đồng", 356000000, "đồng"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("22 ý kiến", 22, "ý kiến")],
[D("Quyết định", "1184", "QĐ-UBND", "2011-06-15", "UBND tỉnh", "Quyết định 1184/QĐ-UBND ngày 15/6/2011 của UBND tỉnh")],
[prov("Hà Giang"), com("Nậm Khòa")],
["HỘI NÔNG DÂN TỈNH HÀ GIANG", "Trang tin điện tử", "Trang chủ > Hoạt động Hội > Tin cơ sở",
 "Ông Lù Seo Pà, hội viên thôn Nậm Khòa, nêu kiến nghị tại buổi đối thoại.", "Quỹ Hỗ trợ nông dân",
 "Nông dân thi đua sản xuất kinh doanh giỏi", "huyện Hoàng Su Phì", "Lượt xem: 986"],
["(GMT+7)", "Lượt xem: 986", "năm 2011", "Ngày 20/9"]))

PAGES.append(page("b270-backan-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY BẮC KẠN
Hôm nay: Thứ Ba, 17/01/2012
Trang chủ » Tin hoạt động » Hoạt động Ban Dân vận
08:15 | 11/01/2012
Khối dân vận tỉnh vận động nhân dân hiến 42.600 m2 đất làm đường
Sáng 10/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Trong năm, khối dân vận các cấp đã vận động nhân dân hiến 42.600 m2 đất làm đường giao thông nông thôn.
Toàn cảnh hội nghị tổng kết công tác dân vận năm 2011.
Dự hội nghị có đồng chí Ma Thị Nguyên, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Nông Văn Chuyền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hà Thị Liễu, Lường Văn Pản, Đinh Quang Tuyên cùng 73 đồng chí là trưởng ban dân vận các huyện ủy, thị ủy và cán bộ khối dân vận.
Báo cáo cho biết, thực hiện Kế hoạch 14, 15-KH/BDVTU của Ban Dân vận Tỉnh ủy, năm 2011 khối dân vận đã tổ chức 39 cuộc khảo sát, giúp giải quyết 46 vụ việc phức tạp ở cơ sở. Phong trào "Dân vận khéo" có 212 mô hình; nhân dân đóng góp hơn 5.300 ngày công và 1 tỷ 240 triệu đồng xây dựng đường, kênh mương. Tổng số đất hiến 42.600 m2 tập trung ở 6 huyện.
Phát biểu chỉ đạo, đồng chí Ma Thị Nguyên yêu cầu khối dân vận bám sát cơ sở theo phương châm "3 bám, 3 cùng", quán triệt Chỉ thị 49-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận ở vùng đồng bào dân tộc.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 19 tập thể và 27 cá nhân.
Năm 2012, Ban Dân vận Tỉnh ủy Bắc Kạn tiếp tục chỉ đạo điểm ở các xã vùng cao.
Thu Hằng
Lượt truy cập: 2.318
Các tin khác
- Hội nghị giao ban khối dân vận 6 tháng đầu năm
- Chợ Mới: 100% xã có mô hình "Dân vận khéo"
""", "2012-01-11", "Khối dân vận tỉnh vận động nhân dân hiến 42.600 m2 đất làm đường",
E("tong_ket", "2011", "2012-01-10"),
[P("Ma Thị Nguyên", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nông Văn Chuyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Thị Liễu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lường Văn Pản", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Quang Tuyên", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("42.600 m2", 42600, "m2"), Q("73 đồng chí", 73, "đồng chí"), Q("39 cuộc khảo sát", 39, "cuộc khảo sát"),
 Q("46 vụ việc", 46, "vụ việc"), Q("212 mô hình", 212, "mô hình"), Q("hơn 5.300 ngày công", 5300, "ngày công", "over"),
 Q("1 tỷ 240 triệu đồng", 1240000000, "đồng"), Q("6 huyện", 6, "huyện"), Q("19 tập thể", 19, "tập thể"),
 Q("27 cá nhân", 27, "cá nhân")],
[D("Kế hoạch", "14", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 14, 15-KH/BDVTU của Ban Dân vận Tỉnh ủy"),
 D("Kế hoạch", "15", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "15-KH/BDVTU"),
 D("Chỉ thị", "49", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 49-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Bắc Kạn")],
["BAN DÂN VẬN TỈNH ỦY BẮC KẠN", "Trang chủ » Tin hoạt động » Hoạt động Ban Dân vận",
 "Toàn cảnh hội nghị tổng kết công tác dân vận năm 2011.", "Dân vận khéo", "Lượt truy cập: 2.318"],
["Hôm nay: Thứ Ba, 17/01/2012", "73 đồng chí", "3 bám, 3 cùng", "Lượt truy cập: 2.318", "năm 2012"]))

PAGES.append(page("b271-quangbinh-hlhpn-soket-2013", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG BÌNH
Bạn đang ở: Trang chủ / Tin tức - Sự kiện
Thứ Năm, 18/07/2013 - 14:30
Hội LHPN tỉnh: giúp 1.035 phụ nữ nghèo vay vốn
(QBP) - Ngày 16/7, Ban Thường vụ Hội LHPN tỉnh tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm.
Bà Hồ Thị Xuân Lài phát biểu tại hội nghị sơ kết.
Hội nghị do bà Trần Thị Kim Liên, Chủ tịch Hội LHPN tỉnh và các bà Hồ Thị Xuân Lài, Đinh Thị Nhung, Phó Chủ tịch Hội LHPN tỉnh, chủ trì. Dự có bà Nguyễn Thị Thu Hà, Phó Trưởng Ban Dân vận Tỉnh ủy.
Sáu tháng qua, các cấp Hội đã giúp 1.035 phụ nữ nghèo vay vốn với tổng dư nợ trên 14,7 tỷ đồng qua Ngân hàng Chính sách xã hội; thành lập mới 23 tổ tiết kiệm và vay vốn, 4 câu lạc bộ "Phụ nữ với pháp luật". Hội kết nạp 1.862 hội viên mới, nâng tổng số hội viên lên 148.300 chị, đạt 86,5% số phụ nữ trong độ tuổi.
Cuộc vận động "Xây dựng gia đình 4 có, 3 sạch" được 8/8 huyện, thành phố triển khai; 327 căn nhà "Mái ấm tình thương" đã được hỗ trợ sửa chữa, mỗi căn 8 - 12 triệu đồng. Bà Pả Thị Lịch, người Bru - Vân Kiều ở xã Trọng Hóa, được biểu dương vì giúp 11 chị em thoát nghèo.
Thực hiện Chỉ thị 11, 12-CT/HPN của Ban Thường vụ Hội LHPN tỉnh, 6 tháng cuối năm Hội phấn đấu giúp thêm 600 hộ do phụ nữ làm chủ thoát nghèo.
Hội nghị cũng thảo luận việc phối hợp với Hội Nông dân tỉnh Quảng Bình hỗ trợ phụ nữ vùng lũ khôi phục sản xuất, chăm lo cho con em đến trường.
Thanh Mai
Số lượt xem: 1.144
Tin cùng chuyên mục
- Phụ nữ Minh Hóa ra quân vệ sinh môi trường
- Tập huấn cho 80 cán bộ Hội cơ sở
""", "2013-07-18", "Hội LHPN tỉnh: giúp 1.035 phụ nữ nghèo vay vốn",
E("so_ket", "2013-H1", "2013-07-16"),
[P("Hồ Thị Xuân Lài", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trần Thị Kim Liên", "Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Thị Nhung", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Pả Thị Lịch", "người Bru - Vân Kiều ở xã Trọng Hóa")],
[Q("1.035 phụ nữ nghèo", 1035, "phụ nữ nghèo"), Q("trên 14,7 tỷ đồng", 14700000000, "đồng", "over"),
 Q("23 tổ tiết kiệm và vay vốn", 23, "tổ tiết kiệm và vay vốn"), Q("4 câu lạc bộ", 4, "câu lạc bộ"),
 Q("1.862 hội viên mới", 1862, "hội viên mới"), Q("148.300 chị", 148300, "chị"), Q("86,5%", 86.5, "%"),
 Q("8/8 huyện, thành phố", 8, "huyện, thành phố"), Q("327 căn nhà", 327, "căn nhà"),
 Q("8 - 12 triệu đồng", 8000000, "đồng"), Q("8 - 12 triệu đồng", 12000000, "đồng"),
 Q("11 chị em", 11, "chị em"), Q("600 hộ", 600, "hộ")],
[D("Chỉ thị", "11", "CT/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Chỉ thị 11, 12-CT/HPN của Ban Thường vụ Hội LHPN tỉnh"),
 D("Chỉ thị", "12", "CT/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "12-CT/HPN")],
[prov("Quảng Bình"), com("Trọng Hóa")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG BÌNH", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện",
 "Bà Hồ Thị Xuân Lài phát biểu tại hội nghị sơ kết.", "Ngân hàng Chính sách xã hội", "Phụ nữ với pháp luật",
 "Xây dựng gia đình 4 có, 3 sạch", "Mái ấm tình thương", "Số lượt xem: 1.144"],
["6 tháng đầu năm 2013", "6 tháng cuối năm", "Sáu tháng qua", "4 có, 3 sạch", "Số lượt xem: 1.144"]))

PAGES.append(page("b272-nghean-ccb-giaoban-2014", """
HỘI CỰU CHIẾN BINH TỈNH NGHỆ AN
Trang chủ | Hoạt động | Tin trong tỉnh
Ngày đăng 08/04/2014 | 10:20
Hội CCB tỉnh giao ban quý I
Ngày 7/4, Thường trực Hội CCB tỉnh tổ chức giao ban công tác Hội quý I năm 2014 với chủ tịch Hội CCB 21 huyện, thành phố, thị xã.
Đại tá Phan Đình Lục phát biểu kết luận giao ban.
Chủ trì giao ban có Đại tá Phan Đình Lục, Ủy viên BCH Trung ương Hội CCB Việt Nam, Chủ tịch Hội CCB tỉnh; Đại tá Lô Văn Thiết, Thượng tá Nguyễn Hữu Cảnh - Phó Chủ tịch Hội CCB tỉnh. Dự có ông Vi Văn Sơn, Phó Trưởng Ban Dân tộc tỉnh.
Quý I, các cấp Hội đã phát triển 746 hội viên mới; vận động xây dựng 37 căn nhà "Nghĩa tình đồng đội" trị giá 1,48 tỷ đồng, mỗi căn được hỗ trợ 40tr. Hội CCB huyện Kỳ Sơn phối hợp Ban Chỉ huy Quân sự huyện tổ chức cho 260 hội viên người Mông, Khơ Mú học tập chuyên đề "CCB tiên phong giữ bản". Ông Xồng Bá Dì, hội viên CCB bản Huồi Tụ, xã Huồi Tụ, vận động 17 hộ trả lại 2,3 ha đất lấn chiếm.
Thực hiện Kế hoạch 31-KH/CCB của Ban Thường vụ Hội CCB tỉnh, các cấp Hội tham gia hòa giải thành 54 vụ mâu thuẫn trong 61 vụ; duy trì phong trào "4 giữ" ở 21/21 đơn vị.
Đại tá Phan Đình Lục đề nghị quý II tập trung chuẩn bị đại hội cơ sở, phấn đấu 100% chi hội không có hội viên vi phạm pháp luật. Các huyện miền núi cần chú trọng nắm tình hình tư tưởng hội viên là đồng bào dân tộc thiểu số.
Ngoài ra, Hội CCB tỉnh Nghệ An tiếp tục phối hợp với Bộ đội Biên phòng tuyên truyền đồng bào vùng biên không vượt biên trái phép, không nghe kẻ xấu kích động.
Hữu Tuấn
Lượt xem: 731
Tin liên quan
- Hội CCB Quỳ Hợp trao 5 nhà nghĩa tình đồng đội
- Giao ban quý IV năm 2013
""", "2014-04-08", "Hội CCB tỉnh giao ban quý I",
E("giao_ban", "2014-Q1", "2014-04-07"),
[P("Phan Đình Lục", "Đại tá", "Ủy viên BCH Trung ương Hội CCB Việt Nam", "Chủ tịch Hội CCB tỉnh"),
 P("Lô Văn Thiết", "Đại tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Nguyễn Hữu Cảnh", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Vi Văn Sơn", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Xồng Bá Dì", "hội viên CCB bản Huồi Tụ")],
[Q("21 huyện, thành phố, thị xã", 21, "huyện, thành phố, thị xã"), Q("746 hội viên mới", 746, "hội viên mới"),
 Q("37 căn nhà", 37, "căn nhà"), Q("1,48 tỷ đồng", 1480000000, "đồng"), Q("40tr", 40000000, "đồng"),
 Q("260 hội viên", 260, "hội viên"), Q("17 hộ", 17, "hộ"), Q("2,3 ha", 2.3, "ha"),
 Q("54 vụ mâu thuẫn", 54, "vụ mâu thuẫn"), Q("61 vụ", 61, "vụ"), Q("100% chi hội", 100, "%")],
[D("Kế hoạch", "31", "KH/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Kế hoạch 31-KH/CCB của Ban Thường vụ Hội CCB tỉnh")],
[prov("Nghệ An"), com("Huồi Tụ")],
["HỘI CỰU CHIẾN BINH TỈNH NGHỆ AN", "Trang chủ | Hoạt động | Tin trong tỉnh",
 "Đại tá Phan Đình Lục phát biểu kết luận giao ban.", "Nghĩa tình đồng đội", "CCB tiên phong giữ bản", "huyện Kỳ Sơn",
 "bản Huồi Tụ", "Lượt xem: 731"],
["quý I năm 2014", "4 giữ", "21/21 đơn vị", "quý II", "Lượt xem: 731"]))

PAGES.append(page("b273-longan-mttq-traoqua-2015", """
ỦY BAN MTTQ VIỆT NAM TỈNH LONG AN
Cổng thông tin điện tử
Trang chủ › Tin tức › Hoạt động Mặt trận
17/02/2015 - 16:05
Trao 2.150 phần quà Tết cho hộ nghèo vùng biên giới
Ngày 15/2, Ủy ban MTTQ Việt Nam tỉnh phối hợp với các nhà hảo tâm trao 2.150 phần quà Tết Ất Mùi cho hộ nghèo ở 4 huyện biên giới, tổng trị giá hơn 1,07 tỷ đồng.
Ông Lê Hoàng Vũ (thứ hai từ trái) trao quà cho người nghèo xã Bình Hiệp.
Tham gia đoàn có ông Lê Hoàng Vũ, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh; bà Võ Thị Ngọc Trâm, Giám đốc Công ty TNHH Thực phẩm Tân Thạnh Phát; Đại đức Thích Minh Quang, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam huyện Mộc Hóa.
Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt, trị giá 450 ngàn đồng. Riêng 85 hộ nghèo là đồng bào Khmer ở xã Bình Hiệp và xã Tuyên Bình được tặng thêm 1 chăn ấm. Chương trình "Xuân biên giới ấm lòng dân" năm nay được Quỹ Vì người nghèo tỉnh hỗ trợ 670 triệu đồng, còn lại do 12 doanh nghiệp đóng góp.
Ông Lê Hoàng Vũ cho biết, thực hiện Hướng dẫn 09/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, đến nay toàn tỉnh đã trao 2.150 phần quà tại vùng biên giới và hơn 18.000 phần quà trên địa bàn.
Các phần quà được trao tận tay người nhận tại nhà văn hóa ấp, bảo đảm đúng đối tượng, công khai, minh bạch. Năm nay Long An vận động thêm nhiều doanh nghiệp ngoài tỉnh tham gia chương trình.
Bảo Ngọc
Lượt xem: 1.509
Các tin đã đưa
- Mặt trận huyện Tân Hưng trao 40 căn nhà Đại đoàn kết
- Ra quân "Ngày vì người nghèo" năm 2015
""", "2015-02-17", "Trao 2.150 phần quà Tết cho hộ nghèo vùng biên giới",
E("trao_qua", None, "2015-02-15"),
[P("Lê Hoàng Vũ", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Thị Ngọc Trâm", "Giám đốc Công ty TNHH Thực phẩm Tân Thạnh Phát"),
 P("Thích Minh Quang", "Đại đức", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam huyện Mộc Hóa")],
[Q("2.150 phần quà Tết", 2150, "phần quà Tết"), Q("4 huyện", 4, "huyện"), Q("hơn 1,07 tỷ đồng", 1070000000, "đồng", "over"),
 Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"), Q("450 ngàn đồng", 450000, "đồng"),
 Q("85 hộ nghèo", 85, "hộ nghèo"), Q("1 chăn ấm", 1, "chăn ấm"), Q("670 triệu đồng", 670000000, "đồng"),
 Q("12 doanh nghiệp", 12, "doanh nghiệp"), Q("hơn 18.000 phần quà", 18000, "phần quà", "over")],
[D("Hướng dẫn", "09", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn 09/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[prov("Long An"), com("Bình Hiệp"), com("Tuyên Bình")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LONG AN", "Cổng thông tin điện tử", "Trang chủ › Tin tức › Hoạt động Mặt trận",
 "Ông Lê Hoàng Vũ (thứ hai từ trái) trao quà cho người nghèo xã Bình Hiệp.", "Xuân biên giới ấm lòng dân",
 "Quỹ Vì người nghèo tỉnh", "Công ty TNHH Thực phẩm Tân Thạnh Phát", "Lượt xem: 1.509"],
["Tết Ất Mùi", "Lượt xem: 1.509"]))

PAGES.append(page("b274-langson-doan-taphuan-2016", """
TỈNH ĐOÀN LẠNG SƠN
Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh
You are here: Trang chủ > Tin tức > Công tác Đoàn
Cập nhật lúc 07:50 26/05/2016
Bồi dưỡng kỹ năng cho 132 cán bộ Đoàn cơ sở
Từ ngày 24 đến 25/5, Ban Thường vụ Tỉnh đoàn mở lớp tập huấn nghiệp vụ công tác Đoàn năm 2016 cho 132 bí thư, phó bí thư đoàn xã, phường, thị trấn.
Đồng chí Hoàng Thị Mai Phương truyền đạt chuyên đề tại lớp tập huấn.
Dự khai giảng có đồng chí Lộc Văn Tú, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn; các đồng chí Hoàng Thị Mai Phương và Vy Đức Hạnh, cùng là Phó Bí thư Tỉnh đoàn; đồng chí Nông Thị Loan, Phó Giám đốc Trường Chính trị Hoàng Văn Thụ.
Trong 2 ngày, 132 học viên được nghe 5 chuyên đề về kỹ năng vận động thanh niên, tổ chức sinh hoạt chi đoàn và triển khai Chương trình 45-CTr/TĐTN của Ban Thường vụ Tỉnh đoàn về phong trào "Thanh niên Lạng Sơn xung kích phát triển kinh tế biên giới". Lớp học có 41 học viên là người Nùng, 37 người Tày, 9 người Dao.
Đồng chí Lương Văn Khun, vừa được Ban Chấp hành Tỉnh đoàn bầu bổ sung giữ chức Ủy viên Ban Thường vụ Tỉnh đoàn, hướng dẫn học viên xây dựng kế hoạch hoạt động hè với kinh phí 8 triệu đồng/chi đoàn.
Kết thúc lớp tập huấn, 128/132 học viên đạt yêu cầu bài thu hoạch.
Đây là lớp tập huấn đầu tiên Tỉnh đoàn Lạng Sơn tổ chức theo hình thức thảo luận nhóm, thực hành xây dựng kế hoạch và xử lý tình huống thực tế ở cơ sở, giúp học viên tự tin hơn khi về địa phương.
Hải Yến
Lượt xem: 642
Tin khác
- Ra quân Tháng Thanh niên năm 2016
- Tỉnh đoàn trao 35 suất học bổng
""", "2016-05-26", "Bồi dưỡng kỹ năng cho 132 cán bộ Đoàn cơ sở",
E("tap_huan", "2016", "2016-05-24"),
[P("Hoàng Thị Mai Phương", "Phó Bí thư Tỉnh đoàn"),
 P("Lộc Văn Tú", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Vy Đức Hạnh", "Phó Bí thư Tỉnh đoàn"),
 P("Nông Thị Loan", "Phó Giám đốc Trường Chính trị Hoàng Văn Thụ"),
 P("Lương Văn Khun", "Ủy viên Ban Thường vụ Tỉnh đoàn")],
[Q("132 cán bộ Đoàn cơ sở", 132, "cán bộ Đoàn cơ sở"), Q("5 chuyên đề", 5, "chuyên đề"),
 Q("41 học viên", 41, "học viên"), Q("37 người", 37, "người"), Q("9 người", 9, "người"),
 Q("8 triệu đồng/chi đoàn", 8000000, "đồng"), Q("128/132 học viên", 128, "học viên")],
[D("Chương trình", "45", "CTr/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình 45-CTr/TĐTN của Ban Thường vụ Tỉnh đoàn")],
[prov("Lạng Sơn")],
["TỈNH ĐOÀN LẠNG SƠN", "Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh", "You are here: Trang chủ > Tin tức > Công tác Đoàn",
 "Đồng chí Hoàng Thị Mai Phương truyền đạt chuyên đề tại lớp tập huấn.", "Trường Chính trị Hoàng Văn Thụ",
 "Hoàng Văn Thụ", "Thanh niên Lạng Sơn xung kích phát triển kinh tế biên giới", "Lượt xem: 642"],
["Trong 2 ngày", "năm 2016", "Lượt xem: 642"]))
