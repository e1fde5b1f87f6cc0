from lib import *
PAGES = []

PAGES.append(page("b293-laocai-hnd-doithoai-2011", """
HỘI NÔNG DÂN TỈNH LÀO CAI
Trang thông tin điện tử
Trang chủ » Hoạt động Hội » Tin cơ sở
Cập nhật: 10:15, 16/03/2011 (GMT+7)
Nông dân Bát Xát kiến nghị về vốn vay trồng quế
Ngày 14/3, tại xã Mường Vi, Hội Nông dân tỉnh phối hợp với UBND huyện Bát Xát tổ chức buổi đối thoại với hội viên nông dân năm 2011, tập trung vào vốn vay và đầu ra cho cây quế.
Ông Tẩn Seo Lở, hội viên thôn Cốc Phương, nêu kiến nghị tại buổi đối thoại.
Dự buổi đối thoại có đồng chí Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh Giàng Văn Sùng; đồng chí HUV, Phó Chủ tịch UBND huyện Bát Xát Lý Văn Phìn cùng gần 140 hội viên đến từ 7 xã vùng cao.
Tại buổi đối thoại, bà con đã nêu 21 ý kiến, chủ yếu xin được vay thêm vốn từ Quỹ Hỗ trợ nông dân để mở rộng diện tích quế. Ông Tẩn Seo Lở cho biết gia đình ông đã trồng 3,5 ha quế nhưng thiếu vốn chăm sóc, mỗi năm chỉ bán được khoảng 42 triệu đồng tiền vỏ quế.
Bà Chảo Thị Mẩy, Chủ tịch Hội Nông dân xã Mường Vi, phản ánh giá vỏ quế khô năm qua chỉ còn 17.000đ/kg, thấp hơn chi phí thu hái.
Đồng chí Giàng Văn Sùng đã trả lời trực tiếp 16 ý kiến; các ý kiến còn lại được chuyển tới các ngành chuyên môn. Theo Quyết định số 2087/QĐ-UBND ngày 28/10/2010 của UBND tỉnh, mỗi hộ vay vốn trồng quế được hỗ trợ lãi suất tối đa 30 triệu đồng trong 3 năm. Năm 2010, Hội đã giải ngân 1,26 tỷ đồng cho 57 hộ.
Kết thúc buổi đối thoại, Hội Nông dân tỉnh phát động phong trào "Nông dân vùng cao làm giàu từ cây quế" trong toàn huyện.
Theo đánh giá của Hội Nông dân tỉnh Lào Cai, đối thoại trực tiếp giúp cán bộ nắm rõ tâm tư của bà con vùng cao.
Văn Thắng
Lượt xem: 1.204
Tin liên quan
- Hội Nông dân huyện Sa Pa tập huấn trồng thảo quả (10/3/2011)
- Đối thoại với nông dân Bảo Thắng năm 2010
""", "2011-03-16", "Nông dân Bát Xát kiến nghị về vốn vay trồng quế",
E("doi_thoai", "2011", "2011-03-14"),
[P("Tẩn Seo Lở", "hội viên thôn Cốc Phương"),
 P("Giàng Văn Sùng", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lý Văn Phìn", "HUV", "Phó Chủ tịch UBND huyện Bát Xát"),
 P("Chảo Thị Mẩy", "Chủ tịch Hội Nông dân xã Mường Vi")],
[Q("gần 140 hội viên", 140, "hội viên", "approx"), Q("7 xã", 7, "xã"), Q("21 ý kiến", 21, "ý kiến"),
 Q("3,5 ha", 3.5, "ha"), Q("khoảng 42 triệu đồng", 42000000, "đồng", "approx"), Q("17.000đ/kg", 17000, "đồng"),
 Q("16 ý kiến", 16, "ý kiến"), Q("30 triệu đồng", 30000000, "đồng"), Q("1,26 tỷ đồng", 1260000000, "đồng"),
 Q("57 hộ", 57, "hộ")],
[D("Quyết định", "2087", "QĐ-UBND", "2010-10-28", "UBND tỉnh", "Quyết định số 2087/QĐ-UBND")],
[prov("Lào Cai"), com("Mường Vi")],
["HỘI NÔNG DÂN TỈNH LÀO CAI", "Trang thông tin điện tử", "Trang chủ » Hoạt động Hội » Tin cơ sở",
 "Ông Tẩn Seo Lở, hội viên thôn Cốc Phương, nêu kiến nghị tại buổi đối thoại.", "Quỹ Hỗ trợ nông dân",
 "Nông dân vùng cao làm giàu từ cây quế", "huyện Bát Xát", "Lượt xem: 1.204"],
["(GMT+7)", "Lượt xem: 1.204", "năm 2011", "Ngày 14/3", "trong 3 năm", "Năm 2010"]))

PAGES.append(page("b294-yenbai-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY YÊN BÁI
Hôm nay: Thứ Hai, 16/01/2012
Trang chủ > Tin tức > Hoạt động Ban Dân vận
08:40 | 12/01/2012
Khối dân vận vận động nhân dân làm 186 km đường bê tông nông thôn
Ngày 10/1/2012, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012.
Toàn cảnh hội nghị tổng kết công tác dân vận năm 2011.
Đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Hoàng Thị Vân Anh chủ trì hội nghị. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Đinh Văn Khoa, Hà Thị Nhàn, Sầm Văn Pỏm và 64 đồng chí là trưởng ban dân vận các huyện ủy, thị ủy, thành ủy và các đảng ủy trực thuộc.
Năm 2011, khối dân vận các cấp đã vận động nhân dân hiến 37.800 m2 đất, đóng góp trên 9.400 ngày công, làm được 186 km đường bê tông nông thôn. Phong trào "Dân vận khéo" có 312 mô hình được biểu dương.
Thực hiện Kết luận 72, 73-KL/TW của Bộ Chính trị và Chỉ thị 07-CT/TU của Ban Thường vụ Tỉnh ủy, các cấp đã tổ chức 1.045 cuộc tiếp xúc, đối thoại với nhân dân, giải quyết 418 đơn thư. Tỷ lệ hộ nghèo giảm 4,2%.
Phát biểu tại hội nghị, đồng chí Hoàng Thị Vân Anh yêu cầu khối dân vận tiếp tục thực hiện phương châm "3 bám, 4 cùng" ở vùng đồng bào Mông, Dao.
Hội nghị đã khen thưởng 18 tập thể và 27 cá nhân, mỗi tập thể được thưởng 1.500.000 đồng.
Hội nghị cũng chỉ ra hạn chế: công tác nắm tình hình nhân dân ở một số nơi còn chậm, việc phối hợp giữa chính quyền và Mặt trận, các đoàn thể chưa thường xuyên. Năm tới, khối dân vận tỉnh Yên Bái tập trung vận động đồng bào vùng cao chuyển đổi cơ cấu cây trồng, giữ gìn an ninh trật tự và xây dựng nông thôn mới.
Minh Huyền
Số lượt đọc: 2.318
Các tin đã đưa
- Giao ban khối dân vận quý IV năm 2011 (05/12/2011)
- Hội nghị học tập Nghị quyết Đại hội XI
""", "2012-01-12", "Khối dân vận vận động nhân dân làm 186 km đường bê tông nông thôn",
E("tong_ket", "2011", "2012-01-10"),
[P("Hoàng Thị Vân Anh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Khoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Thị Nhàn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sầm Văn Pỏm", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("64 đồng chí", 64, "đồng chí"), Q("37.800 m2", 37800, "m2"), Q("trên 9.400 ngày công", 9400, "ngày công", "over"),
 Q("186 km", 186, "km"), Q("312 mô hình", 312, "mô hình"), Q("1.045 cuộc tiếp xúc, đối thoại", 1045, "cuộc tiếp xúc, đối thoại"),
 Q("418 đơn thư", 418, "đơn thư"), Q("4,2%", 4.2, "%"), Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân"),
 Q("1.500.000 đồng", 1500000, "đồng")],
[D("Kết luận", "72", "KL/TW", None, "Bộ Chính trị", "Kết luận 72, 73-KL/TW"),
 D("Kết luận", "73", "KL/TW", None, "Bộ Chính trị", "Kết luận 72, 73-KL/TW"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07-CT/TU")],
[prov("Yên Bái")],
["BAN DÂN VẬN TỈNH ỦY YÊN BÁI", "Trang chủ > Tin tức > Hoạt động Ban Dân vận",
 "Toàn cảnh hội nghị tổng kết công tác dân vận năm 2011.", "Dân vận khéo", "Số lượt đọc: 2.318"],
["Hôm nay: Thứ Hai, 16/01/2012", "64 đồng chí", "3 bám, 4 cùng", "Số lượt đọc: 2.318", "năm 2012", "Năm 2011"]))

PAGES.append(page("b295-dienbien-hlhpn-soket-2013", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐIỆN BIÊN
Bạn đang ở: Trang chủ / Tin hoạt động
Thứ Sáu, 19/07/2013 - 15:10
Phụ nữ Điện Biên giúp 842 hội viên vay vốn phát triển sản xuất
(ĐBP) - Sáng 17/7, Hội LHPN tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm.
Bà Lò Thị Xiêm (đứng), Chủ tịch Hội LHPN tỉnh, phát biểu kết luận hội nghị.
Chủ trì hội nghị có các bà Quàng Thị Bun, Vừ Thị Dua - Phó Chủ tịch Hội LHPN tỉnh. Đồng chí Lò Thị Xiêm, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh dự và kết luận.
Sáu tháng qua, các cấp Hội đã tín chấp cho 842 hội viên vay vốn với tổng dư nợ 21 tỷ 350 triệu đồng; thành lập mới 46 tổ tiết kiệm và vay vốn; kết nạp 1.137 hội viên mới. Toàn tỉnh có 93% chi hội đạt tiêu chí "4 có, 2 sạch".
Hội đã phối hợp tổ chức 65 buổi truyền thông về phòng chống mua bán người, thu hút 4.870 lượt người tham dự. Thực hiện Chỉ thị 02-CT/ĐCT của Đoàn Chủ tịch Trung ương Hội, các cấp Hội đã hỗ trợ 12 căn nhà "Mái ấm nghĩa tình", mỗi căn 25tr.
Chị Giàng Thị Pá, hội viên bản Huổi Lóng, chia sẻ nhờ vay 15 triệu đồng nuôi lợn đen, gia đình chị đã thoát nghèo.
Hội nghị đề ra chỉ tiêu 6 tháng cuối năm giúp thêm 300 phụ nữ nghèo có việc làm.
Bên cạnh kết quả đạt được, hội nghị nhận định công tác nắm bắt tư tưởng hội viên ở các bản vùng sâu còn hạn chế; một số chi hội sinh hoạt chưa đều đặn, nội dung chưa phong phú. Hội LHPN tỉnh Điện Biên đề nghị các cấp Hội tiếp tục đổi mới phương thức hoạt động, hướng về chi hội, lấy hội viên làm trung tâm, chú trọng tuyên truyền bằng tiếng dân tộc cho chị em người Thái, người Mông.
Thu Hương
Lượt xem: 765
Tin liên quan
- Hội LHPN huyện Tủa Chùa ra mắt mô hình "Phụ nữ giữ bản" (12/7/2013)
""", "2013-07-19", "Phụ nữ Điện Biên giúp 842 hội viên vay vốn phát triển sản xuất",
E("so_ket", "2013-H1", "2013-07-17"),
[P("Lò Thị Xiêm", "Chủ tịch Hội LHPN tỉnh", "Tỉnh ủy viên"),
 P("Quàng Thị Bun", "Phó Chủ tịch Hội LHPN tỉnh"), P("Vừ Thị Dua", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Giàng Thị Pá", "hội viên bản Huổi Lóng")],
[Q("842 hội viên", 842, "hội viên"), Q("21 tỷ 350 triệu đồng", 21350000000, "đồng"),
 Q("46 tổ tiết kiệm và vay vốn", 46, "tổ tiết kiệm và vay vốn"), Q("1.137 hội viên mới", 1137, "hội viên mới"),
 Q("93%", 93, "%"), Q("65 buổi truyền thông", 65, "buổi truyền thông"), Q("4.870 lượt người", 4870, "lượt người"),
 Q("12 căn nhà", 12, "căn nhà"), Q("25tr", 25000000, "đồng"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("300 phụ nữ nghèo", 300, "phụ nữ nghèo")],
[D("Chỉ thị", "02", "CT/ĐCT", None, "Đoàn Chủ tịch Trung ương Hội", "Chỉ thị 02-CT/ĐCT")],
[prov("Điện Biên")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐIỆN BIÊN", "Bạn đang ở: Trang chủ / Tin hoạt động",
 "Bà Lò Thị Xiêm (đứng), Chủ tịch Hội LHPN tỉnh, phát biểu kết luận hội nghị.", "Mái ấm nghĩa tình", "bản Huổi Lóng", "Lượt xem: 765"],
["4 có, 2 sạch", "6 tháng đầu năm 2013", "6 tháng cuối năm", "Sáu tháng qua", "Lượt xem: 765", "Sáng 17/7"]))

PAGES.append(page("b296-sonla-hccb-giaoban-2014", """
HỘI CỰU CHIẾN BINH TỈNH SƠN LA
Trang chủ › Hoạt động › Tin trong tỉnh
Ngày đăng 09/04/2014 | 09:45
Hội CCB tỉnh giao ban công tác Hội quý I năm 2014
Ngày 7/4, Thường trực Hội CCB tỉnh tổ chức giao ban công tác Hội quý I năm 2014 với chủ tịch Hội CCB 12 huyện, thành phố.
Đại tá Cầm Văn Thẳm, Chủ tịch Hội CCB tỉnh, kết luận buổi giao ban.
Tham dự có Đại tá Cầm Văn Thẳm, Ủy viên BCH Trung ương Hội CCB Việt Nam, Chủ tịch Hội CCB tỉnh; Thượng tá Lường Văn Chiến, Trung tá Hoàng Minh Đức - Phó Chủ tịch Hội CCB tỉnh; ông Tòng Văn Ún, Phó Trưởng Ban Dân tộc tỉnh.
Quý I, các cấp Hội đã tham gia hòa giải thành 39 vụ mâu thuẫn trong 44 vụ việc phát sinh ở cơ sở; vận động hội viên xây dựng 17 mô hình "Tổ CCB tự quản đường biên". Quỹ hỗ trợ CCB phát triển kinh tế đạt 3,72 tỷ đồng, tăng 410 triệu so với cùng kỳ; giúp 96 hộ hội viên vay vốn, mức vay 10 - 20 triệu đồng/hộ.
Thực hiện Hướng dẫn 14-HD/CCB của Ban Thường vụ Hội CCB tỉnh về phong trào "CCB gương mẫu giữ bản", các cơ sở Hội đã tổ chức 58 buổi sinh hoạt chuyên đề.
Đại tá Cầm Văn Thẳm đề nghị các huyện thực hiện tốt phương châm "2 giữ, 3 không" trong quý II, tập trung tuyên truyền chống di cư tự do.
Các đại biểu cũng trao đổi về việc phối hợp với đồn biên phòng trong tuần tra đường biên, vận động đồng bào không nghe kẻ xấu kích động. Hội CCB tỉnh Sơn La đánh giá các huyện đã bám sát nhiệm vụ, nhiều chi hội làm tốt công tác nắm tình hình trong nhân dân, kịp thời báo cáo cấp ủy những vấn đề phát sinh ngay từ cơ sở. Một số đơn vị báo cáo còn chậm, cần khắc phục.
Quang Vinh
Lượt truy cập: 3.410
Tin khác
- Hội CCB huyện Mộc Châu tổng kết năm 2013
""", "2014-04-09", "Hội CCB tỉnh giao ban công tác Hội quý I năm 2014",
E("giao_ban", "2014-Q1", "2014-04-07"),
[P("Cầm Văn Thẳm", "Đại tá", "Ủy viên BCH Trung ương Hội CCB Việt Nam", "Chủ tịch Hội CCB tỉnh"),
 P("Lường Văn Chiến", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Hoàng Minh Đức", "Trung tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Tòng Văn Ún", "Phó Trưởng Ban Dân tộc tỉnh")],
[Q("12 huyện, thành phố", 12, "huyện, thành phố"), Q("39 vụ mâu thuẫn", 39, "vụ mâu thuẫn"), Q("44 vụ việc", 44, "vụ việc"),
 Q("17 mô hình", 17, "mô hình"), Q("3,72 tỷ đồng", 3720000000, "đồng"), Q("410 triệu", 410000000, "đồng"),
 Q("96 hộ", 96, "hộ"), Q("10 - 20 triệu đồng/hộ", 10000000, "đồng"), Q("10 - 20 triệu đồng/hộ", 20000000, "đồng"),
 Q("58 buổi sinh hoạt chuyên đề", 58, "buổi sinh hoạt chuyên đề")],
[D("Hướng dẫn", "14", "HD/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Hướng dẫn 14-HD/CCB")],
[prov("Sơn La")],
["HỘI CỰU CHIẾN BINH TỈNH SƠN LA", "Trang chủ › Hoạt động › Tin trong tỉnh",
 "Đại tá Cầm Văn Thẳm, Chủ tịch Hội CCB tỉnh, kết luận buổi giao ban.", "Tổ CCB tự quản đường biên",
 "CCB gương mẫu giữ bản", "Quỹ hỗ trợ CCB", "Lượt truy cập: 3.410"],
["2 giữ, 3 không", "quý I năm 2014", "Quý I", "quý II", "Lượt truy cập: 3.410", "Ngày 7/4"]))

PAGES.append(page("b297-caobang-doan-taphuan-2015", """
TỈNH ĐOÀN CAO BẰNG
Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh
You are here: Trang chủ >> Tin tức >> Công tác Đoàn
Thứ Sáu, 21/08/2015 - 08:20
Bồi dưỡng kỹ năng cho 118 bí thư chi đoàn vùng biên
Từ ngày 19 đến 20/8, Tỉnh đoàn tổ chức lớp tập huấn nghiệp vụ công tác Đoàn năm 2015 cho 118 bí thư chi đoàn thôn, xóm các xã biên giới.
Đồng chí Nông Thị Hằng, Phó Bí thư Tỉnh đoàn, phát biểu khai mạc lớp tập huấn.
Khai mạc lớp học có đồng chí UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn Bế Văn Quyết. Đồng chí Nông Thị Hằng và đồng chí Lục Văn Páo, cùng là Phó Bí thư Tỉnh đoàn, trực tiếp giảng dạy.
Học viên được nghe giới thiệu Chương trình 05-CTr/TĐTN của Ban Thường vụ Tỉnh đoàn về thanh niên tham gia bảo vệ đường biên, mốc giới và cách tổ chức sinh hoạt chi đoàn theo chủ đề "Tuổi trẻ biên cương 3 xung kích".
Đồng chí Hoàng Thị Mỷ vừa được Ban Chấp hành Tỉnh đoàn bầu bổ sung giữ chức Ủy viên Ban Thường vụ Tỉnh đoàn, chia sẻ kinh nghiệm vận động 23 thanh niên Mông bỏ tục tảo hôn.
Kết thúc lớp học, 112/118 học viên đạt yêu cầu, mỗi học viên được hỗ trợ 120.000đ/ngày tiền ăn và một bộ tài liệu. Năm nay, Tỉnh đoàn dành 64 triệu đồng cho công tác tập huấn cán bộ cơ sở.
Nhiều học viên cho biết lần đầu được hướng dẫn cách tổ chức diễn đàn thanh niên, cách viết tin bài đưa lên trang mạng xã hội của chi đoàn. Tỉnh đoàn Cao Bằng yêu cầu các cơ sở Đoàn vận dụng kiến thức được học vào hoạt động thực tiễn, gắn công tác Đoàn với nhiệm vụ giữ gìn an ninh vùng biên, phát triển kinh tế hộ gia đình và giữ gìn bản sắc văn hóa các dân tộc Tày, Nùng, Mông, Dao.
Thanh Tùng
Lượt xem: 1.087
Tin liên quan
- Tuổi trẻ Trùng Khánh ra quân tình nguyện hè 2015
""", "2015-08-21", "Bồi dưỡng kỹ năng cho 118 bí thư chi đoàn vùng biên",
E("tap_huan", "2015", "2015-08-19"),
[P("Nông Thị Hằng", "Phó Bí thư Tỉnh đoàn"),
 P("Bế Văn Quyết", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Lục Văn Páo", "Phó Bí thư Tỉnh đoàn"),
 P("Hoàng Thị Mỷ", "Ủy viên Ban Thường vụ Tỉnh đoàn")],
[Q("118 bí thư chi đoàn", 118, "bí thư chi đoàn"), Q("23 thanh niên", 23, "thanh niên"), Q("112/118 học viên", 112, "học viên"),
 Q("120.000đ/ngày", 120000, "đồng"), Q("64 triệu đồng", 64000000, "đồng")],
[D("Chương trình", "05", "CTr/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình 05-CTr/TĐTN")],
[prov("Cao Bằng")],
["TỈNH ĐOÀN CAO BẰNG", "Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh", "You are here: Trang chủ >> Tin tức >> Công tác Đoàn",
 "Đồng chí Nông Thị Hằng, Phó Bí thư Tỉnh đoàn, phát biểu khai mạc lớp tập huấn.", "Tuổi trẻ biên cương 3 xung kích", "Lượt xem: 1.087"],
["Từ ngày 19 đến 20/8", "năm 2015", "Lượt xem: 1.087", "3 xung kích"]))

PAGES.append(page("b298-thanhhoa-mttq-traoqua-2016", """
ỦY BAN MTTQ VIỆT NAM TỈNH THANH HÓA
Cổng thông tin điện tử Mặt trận tỉnh
Trang chủ | Tin tức | An sinh xã hội
01/02/2016 - 07:55
Trao 1.740 suất quà Tết cho hộ nghèo miền núi
Ngày 30/1, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp với các doanh nghiệp trao 1.740 suất quà Tết cho hộ nghèo, hộ đồng bào Thái, Mường tại 6 huyện miền núi.
Bà Phạm Thị Thu Hà (thứ hai từ phải) trao quà cho hộ nghèo xã Trung Lý.
Đoàn công tác do bà Phạm Thị Thu Hà, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn; cùng đi có ông Lê Đình Khương, Giám đốc Công ty cổ phần Mía đường Lam Sơn 2.
Mỗi suất quà gồm 500 ngàn đồng tiền mặt, 10 kg gạo và một chăn ấm, tổng trị giá hơn 1,4 tỷ đồng. Riêng xã Trung Lý nhận 280 suất, trong đó 45 suất dành cho hộ người Mông mới định cư. Nguồn kinh phí từ Quỹ Vì người nghèo tỉnh và các nhà hảo tâm.
Thực hiện Kế hoạch số 93/KH-MTTQ-BTT ngày 4/1/2016 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, dịp Tết Bính Thân toàn tỉnh dự kiến trao khoảng 24.000 suất quà, vận động xây mới 310 căn nhà Đại đoàn kết.
Ông Hà Văn Lò, trưởng bản Pù Quăn, xã Trung Lý, bày tỏ cảm ơn tấm lòng của Mặt trận và doanh nghiệp.
Theo Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa, việc trao quà được thực hiện công khai, đúng đối tượng, có sự giám sát của Ban công tác Mặt trận ở từng thôn, bản. Những năm qua, nhờ sự chung tay của các doanh nghiệp và nhà hảo tâm, đời sống của đồng bào vùng cao từng bước được cải thiện, nhiều hộ đã có nhà ở kiên cố và sinh kế ổn định.
Lê Hà
Lượt xem: 2.902
Tin cùng chuyên mục
- Mặt trận huyện Quan Sơn thăm hộ nghèo dịp Tết (28/1/2016)
""", "2016-02-01", "Trao 1.740 suất quà Tết cho hộ nghèo miền núi",
E("trao_qua", None, "2016-01-30"),
[P("Phạm Thị Thu Hà", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Đình Khương", "Giám đốc Công ty cổ phần Mía đường Lam Sơn 2"),
 P("Hà Văn Lò", "trưởng bản Pù Quăn")],
[Q("1.740 suất quà Tết", 1740, "suất quà Tết"), Q("6 huyện", 6, "huyện"), Q("500 ngàn đồng", 500000, "đồng"),
 Q("10 kg", 10, "kg"), Q("một chăn ấm", 1, "chăn ấm"), Q("hơn 1,4 tỷ đồng", 1400000000, "đồng", "over"),
 Q("280 suất", 280, "suất"), Q("45 suất", 45, "suất"), Q("khoảng 24.000 suất quà", 24000, "suất quà", "approx"),
 Q("310 căn nhà Đại đoàn kết", 310, "căn nhà Đại đoàn kết")],
[D("Kế hoạch", "93", "KH-MTTQ-BTT", "2016-01-04", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 93/KH-MTTQ-BTT")],
[prov("Thanh Hóa"), com("Trung Lý")],
["ỦY BAN MTTQ VIỆT NAM TỈNH THANH HÓA", "Cổng thông tin điện tử Mặt trận tỉnh", "Trang chủ | Tin tức | An sinh xã hội",
 "Bà Phạm Thị Thu Hà (thứ hai từ phải) trao quà cho hộ nghèo xã Trung Lý.", "Quỹ Vì người nghèo tỉnh", "bản Pù Quăn", "Lượt xem: 2.902"],
["Lam Sơn 2", "Tết Bính Thân", "Lượt xem: 2.902", "Ngày 30/1"]))
