from lib import *
PAGES = []

PAGES.append(page("b6041-soctrang-lichhoithuong-giaoban-2019", """
Trang thông tin điện tử xã Lịch Hội Thượng - huyện Trần Đề
Trang chủ / Tin tức / Hoạt động khối dân vận
30/10/2019 - 15:20
Ảnh: Đồng chí Lâm Thị Sa Phươne phát biểu chỉ đạo.
Khối dân vận xã giao ban tháng 10 với ban quản trị các chùa
Chiều 29/10/2019, Khối dân vận xã Lịch Hội Thượng tổ chức giao ban công tác dân vận tháng 10/2019, có sự tham dự của đại diện ban quản trị 5 chùa Phật giáo Nam tông Khmer trên địa bàn. Đồng chí Lâm Thị Sa Phươne, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã chủ trì. Dự có đồng chí Thạch Văn Hùng, HUV, Phó Trưởng Ban Dân vận Huyện ủy Trần Đề.
Trong tháng, khối dân vận đã phối hợp các chùa tổ chức lễ Sene Đôlta an toàn, tiết kiệm; vận động 146 hộ tham gia bảo hiểm y tế hộ gia đình, nâng tỷ lệ lên 88,5%; phối hợp Hội Chữ thập đỏ trao 120 phần quà cho hộ nghèo, mỗi phần trị giá 300.000 đồng. Ban quản trị chùa Trà Set và chùa Bưng Sa Ren vận động Phật tử góp 85 triệu đồng nâng cấp 700 m đường đal ấp Đầu Giồng. Tổ hòa giải có achar tham gia đã hòa giải thành 4 vụ tranh chấp đất đai giữa các hộ trong ấp.
Tại giao ban, ông Sơn Văn Rết, achar chùa Trà Set, phản ánh việc 2 hộ xả nước thải nuôi tôm ra kênh chung; ông Thạch Sa Ngọc, Trưởng ban quản trị chùa Bưng Sa Ren, đề nghị xã hỗ trợ kinh phí sửa chữa phòng học chữ Khmer. Các đồng chí Phó Chủ tịch UBND xã: Trương Văn Tài, Lý Thị Ngọc Hiền đã trả lời trực tiếp; riêng việc xử lý nước thải, UBND xã sẽ kiểm tra, lập biên bản trước ngày 10/11.
Đồng chí Lâm Thị Sa Phươne đề nghị tháng 11 các đoàn thể tập trung tuyên truyền Kế hoạch số 35-KH/ĐU ngày 15/10/2019 của Đảng ủy xã về chuẩn bị Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025; phối hợp với các chùa chuẩn bị lễ hội Ok Om Bok; tiếp tục thực hiện Nghị quyết 03, 04-NQ/ĐU của Đảng ủy xã về giảm nghèo bền vững và xây dựng nông thôn mới nâng cao.
Đồng chí Thạch Văn Hùng ghi nhận cách làm của xã trong việc đưa ban quản trị chùa vào giao ban hằng tháng, đề nghị nhân rộng theo Hướng dẫn số 16-HD/BDVHU của Ban Dân vận Huyện ủy. Hiện xã có 3.112 hộ với 13.640 nhân khẩu, trong đó đồng bào Khmer chiếm 71%; toàn xã còn 228 hộ nghèo và 164 hộ cận nghèo.
Trong tháng 10, mô hình "Chùa xanh - sạch - đẹp" tại chùa Trà Set được Ban Dân vận Huyện ủy công nhận là mô hình "Dân vận khéo" cấp huyện, thưởng 2 triệu đồng. Đây là mô hình thứ ba của xã được công nhận, góp phần vào phong trào thi đua chung của tỉnh Sóc Trăng.
Ban Biên tập
Tin cùng chuyên mục
- Giao ban khối dân vận tháng 9/2019 (27/09/2019)
- Lịch Hội Thượng: trao 15 căn nhà đại đoàn kết (15/09/2019)
- Sơ kết 6 tháng thực hiện Quy chế dân chủ ở cơ sở (10/07/2019)
""", "2019-10-30", "Khối dân vận xã giao ban tháng 10 với ban quản trị các chùa",
E("giao_ban", "2019-10", "2019-10-29"),
[P("Lâm Thị Sa Phươne", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Thạch Văn Hùng", "HUV", "Phó Trưởng Ban Dân vận Huyện ủy Trần Đề"),
 P("Sơn Văn Rết", "achar chùa Trà Set"),
 P("Thạch Sa Ngọc", "Trưởng ban quản trị chùa Bưng Sa Ren"),
 P("Trương Văn Tài", "Phó Chủ tịch UBND xã"),
 P("Lý Thị Ngọc Hiền", "Phó Chủ tịch UBND xã")],
[Q("5 chùa Phật giáo Nam tông Khmer", 5, "chùa Phật giáo Nam tông Khmer"), Q("146 hộ", 146, "hộ"), Q("88,5%", 88.5, "%"),
 Q("120 phần quà", 120, "phần quà"), Q("300.000 đồng", 300000, "đồng"), Q("85 triệu đồng", 85000000, "đồng"),
 Q("700 m", 700, "m"), Q("4 vụ tranh chấp đất đai", 4, "vụ tranh chấp đất đai"), Q("2 hộ", 2, "hộ"),
 Q("3.112 hộ", 3112, "hộ"), Q("13.640 nhân khẩu", 13640, "nhân khẩu"), Q("71%", 71, "%"),
 Q("228 hộ nghèo", 228, "hộ nghèo"), Q("164 hộ cận nghèo", 164, "hộ cận nghèo"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Kế hoạch", "35", "KH/ĐU", "2019-10-15", "Đảng ủy xã", "Kế hoạch số 35-KH/ĐU ngày 15/10/2019 của Đảng ủy xã"),
 D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 03, 04-NQ/ĐU của Đảng ủy xã"),
 D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 03, 04-NQ/ĐU của Đảng ủy xã"),
 D("Hướng dẫn", "16", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn số 16-HD/BDVHU của Ban Dân vận Huyện ủy")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng")],
["Trang thông tin điện tử xã Lịch Hội Thượng - huyện Trần Đề", "Trang chủ / Tin tức / Hoạt động khối dân vận",
 "Ảnh: Đồng chí Lâm Thị Sa Phươne phát biểu chỉ đạo.", "Chùa xanh - sạch - đẹp", "Dân vận khéo"],
["30/10/2019 - 15:20", "mô hình thứ ba", "tháng 10/2019", "tháng 11", "nhiệm kỳ 2020 - 2025", "trước ngày 10/11"]))

PAGES.append(page("b6042-kiengiang-bdv-soket-2020", """
Báo Kiên Giang Online
Cập nhật: 09:42, 14/07/2020 (GMT+7)
Chính trị | Dân vận
Các chùa Khmer đồng hành cùng chính quyền phòng, chống dịch
Ảnh: Toàn cảnh hội nghị sơ kết.
(BKG) - Sáng 13/7, Ban Dân vận Tỉnh ủy Kiên Giang tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020. Đồng chí Danh Hoàng Nam, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Hội nghị được kết nối trực tuyến với 15 điểm cầu huyện, thành phố.
Báo cáo của Ban nêu rõ, thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, 75 chùa Phật giáo Nam tông Khmer trong tỉnh đã tạm dừng tổ chức Tết Chôl Chnăm Thmây tập trung đông người; sư sãi, achar vận động Phật tử cúng tại gia. Các chùa đã đóng góp 1.860 phần quà, trên 42 tấn gạo và 1,35 tỷ đồng cho người dân gặp khó khăn do dịch Covid-19. Ban cũng tham mưu Ban Thường vụ Tỉnh ủy ban hành Công văn số 815-CV/TU về phát huy vai trò người có uy tín trong phòng, chống dịch.
6 tháng qua, Ban Dân vận các cấp tiếp nhận 46 đơn thư, đã phối hợp giải quyết 39 đơn; tổ chức 128 cuộc tiếp xúc, đối thoại với 3.470 lượt người dân. Mô hình "Dân vận khéo" có thêm 62 mô hình mới, nâng tổng số lên 1.214 mô hình.
Tại hội nghị, Thượng tọa Danh Nhiên, Phó Chủ tịch Thường trực Hội Đoàn kết sư sãi yêu nước tỉnh, cho biết sư sãi trẻ đã tham gia 24 tổ tuyên truyền bằng tiếng Khmer trên loa di động. Bà Thị Sa Rum, HUV, Trưởng Ban Dân vận Huyện ủy Gò Quao, đề nghị tiếp tục hỗ trợ các chùa kinh phí mua thiết bị phòng dịch. Ông Danh Sơn, achar chùa Khlang Mương, xã Định An, cho biết ban quản trị chùa đã lập danh sách 213 hộ Khmer khó khăn để các đoàn thể trao quà.
Các đồng chí Danh Thị Mỹ Lệ, Danh Văn Út - Phó Trưởng Ban Dân vận Tỉnh ủy đã giải trình về việc chi hỗ trợ theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ; đến cuối tháng 6 đã có 5.960 lượt người Khmer được hỗ trợ.
Kết luận hội nghị, đồng chí Danh Hoàng Nam yêu cầu 6 tháng cuối năm tập trung tuyên truyền Đại hội Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025; phối hợp tổ chức lễ Sene Đôlta theo Kế hoạch số 64-KH/BDVTU; sơ kết 5 năm thực hiện Chỉ thị 38, 39-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân tộc, tôn giáo trên địa bàn tỉnh.
Hội nghị khen thưởng 9 tập thể và 14 cá nhân có thành tích trong vận động nhân dân phòng, chống dịch.
Thiện Tâm
Tin liên quan
- Châu Thành: 12 chùa Khmer góp gạo hỗ trợ người nghèo (20/04/2020)
- Sư sãi Khmer chung tay chống dịch (10/04/2020)
- Tạm dừng tổ chức lễ hội Chôl Chnăm Thmây tập trung (01/04/2020)
""", "2020-07-14", "Các chùa Khmer đồng hành cùng chính quyền phòng, chống dịch",
E("so_ket", "2020-H1", "2020-07-13"),
[P("Danh Hoàng Nam", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Nhiên", "Thượng tọa", "Phó Chủ tịch Thường trực Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Thị Sa Rum", "HUV", "Trưởng Ban Dân vận Huyện ủy Gò Quao"),
 P("Danh Sơn", "achar chùa Khlang Mương"),
 P("Danh Thị Mỹ Lệ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Văn Út", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("15 điểm cầu", 15, "điểm cầu"), Q("75 chùa Phật giáo Nam tông Khmer", 75, "chùa Phật giáo Nam tông Khmer"),
 Q("1.860 phần quà", 1860, "phần quà"), Q("trên 42 tấn", 42, "tấn", "over"), Q("1,35 tỷ đồng", 1350000000, "đồng"),
 Q("46 đơn thư", 46, "đơn thư"), Q("39 đơn", 39, "đơn"), Q("128 cuộc", 128, "cuộc"), Q("3.470 lượt người dân", 3470, "lượt người dân"),
 Q("62 mô hình mới", 62, "mô hình mới"), Q("1.214 mô hình", 1214, "mô hình"), Q("24 tổ tuyên truyền", 24, "tổ tuyên truyền"),
 Q("213 hộ Khmer khó khăn", 213, "hộ Khmer khó khăn"), Q("5.960 lượt người Khmer", 5960, "lượt người Khmer"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ"),
 D("Công văn", "815", "CV/TU", None, "Ban Thường vụ Tỉnh ủy", "Công văn số 815-CV/TU"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ"),
 D("Kế hoạch", "64", "KH/BDVTU", None, None, "Kế hoạch số 64-KH/BDVTU"),
 D("Chỉ thị", "38", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 38, 39-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "39", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 38, 39-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Kiên Giang"), com("Định An")],
["Báo Kiên Giang Online", "Chính trị | Dân vận", "Ảnh: Toàn cảnh hội nghị sơ kết.", "(BKG)", "Dân vận khéo",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Tết Chôl Chnăm Thmây"],
["Cập nhật: 09:42, 14/07/2020 (GMT+7)", "6 tháng đầu năm", "6 tháng cuối năm 2020", "6 tháng qua", "lần thứ XI",
 "nhiệm kỳ 2020 - 2025", "5 năm", "Covid-19"]))

PAGES.append(page("b6043-vinhlong-bdv-tongket-2021", """
BAN DÂN VẬN TỈNH ỦY VĨNH LONG
Vị trí: Trang chủ » Tin tức » Dân tộc - Tôn giáo
Thứ Tư, 29/12/2021 - 14:10
Toàn cảnh hội nghị.
Vĩnh Long: tổng kết Quy chế phối hợp vận động sư sãi, achar năm 2021
Ngày 28/12/2021, Ban Dân vận Tỉnh ủy Vĩnh Long phối hợp Ban Dân tộc tỉnh tổ chức hội nghị tổng kết công tác vận động đồng bào Khmer và thực hiện Quy chế phối hợp số 04-QCPH/BDVTU-BDT năm 2021. Đồng chí Nguyễn Thị Minh Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và ông Thạch Sa Rươne, Trưởng Ban Dân tộc tỉnh đồng chủ trì.
Vĩnh Long có trên 5.400 hộ đồng bào Khmer với gần 23.000 người, sống tập trung ở thị xã Bình Minh, huyện Trà Ôn và Tam Bình; có 14 chùa Phật giáo Nam tông Khmer với 358 sư sãi và 96 achar. Năm 2021, do ảnh hưởng dịch Covid-19, các chùa đã tổ chức lễ Sene Đôlta, Ok Om Bok trong nội bộ; sư sãi, achar vận động Phật tử đóng góp 1,26 tỷ đồng, trên 28 tấn gạo hỗ trợ 3.150 lượt hộ khó khăn.
Ban Dân vận Tỉnh ủy đã tham mưu ban hành Kế hoạch số 98-KH/TU ngày 11/5/2021 thực hiện Kết luận số 01-KL/TW của Bộ Chính trị và Chỉ thị 05-CT/TW về tiếp tục học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; hướng dẫn các chùa thực hiện Luật Tín ngưỡng, tôn giáo. Hộ nghèo đồng bào Khmer giảm còn 3,1%; 12/14 chùa đạt "Chùa văn hóa".
Tại hội nghị, Đại đức Thạch Sôl, trụ trì chùa Phù Ly II, xã Xuân Hiệp, đề nghị tỉnh hỗ trợ tu bổ chánh điện bị xuống cấp. Ông Kim Sô Kha, achar chùa Kỳ Son, xã Loan Mỹ, chia sẻ ban quản trị đã phối hợp Chi hội Nông dân ấp vận động 38 hộ chuyển đổi 21 ha lúa sang trồng khoai lang. Bà Sơn Thị Sà Phia, Phó Chủ tịch Ủy ban MTTQ Việt Nam thị xã Bình Minh, báo cáo kết quả trao 16 căn nhà đại đoàn kết, mỗi căn 50 triệu đồng.
Các đồng chí Trần Văn Hùng, Lâm Thị Hồng Nhung - Phó Trưởng Ban Dân vận Tỉnh ủy đã trình bày dự thảo chương trình phối hợp năm 2022, trong đó có nội dung thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Kết luận, đồng chí Nguyễn Thị Minh Hạnh đề nghị năm 2022 tiếp tục phát huy vai trò sư sãi, achar, người có uy tín; phấn đấu có thêm ít nhất 2 chùa đạt "Chùa văn hóa"; tổ chức Tết Chôl Chnăm Thmây an toàn, phù hợp tình hình dịch bệnh.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 6 tập thể, 11 cá nhân có thành tích tiêu biểu.
Ngọc Trân
Tin liên quan
- Trà Ôn: trao 10 căn nhà đại đoàn kết cho hộ Khmer (10/12/2021)
- Thăm, tặng quà các chùa Khmer nhân lễ Ok Om Bok (18/11/2021)
- Giao ban khối dân vận quý III/2021 (05/10/2021)
""", "2021-12-29", "Vĩnh Long: tổng kết Quy chế phối hợp vận động sư sãi, achar năm 2021",
E("tong_ket", "2021", "2021-12-28"),
[P("Nguyễn Thị Minh Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sa Rươne", "Trưởng Ban Dân tộc tỉnh"),
 P("Thạch Sôl", "Đại đức", "trụ trì chùa Phù Ly II"),
 P("Kim Sô Kha", "achar chùa Kỳ Son"),
 P("Sơn Thị Sà Phia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thị xã Bình Minh"),
 P("Trần Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Thị Hồng Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("trên 5.400 hộ đồng bào Khmer", 5400, "hộ đồng bào Khmer", "over"), Q("gần 23.000 người", 23000, "người", "approx"),
 Q("14 chùa Phật giáo Nam tông Khmer", 14, "chùa Phật giáo Nam tông Khmer"), Q("358 sư sãi", 358, "sư sãi"), Q("96 achar", 96, "achar"),
 Q("1,26 tỷ đồng", 1260000000, "đồng"), Q("trên 28 tấn", 28, "tấn", "over"), Q("3.150 lượt hộ khó khăn", 3150, "lượt hộ khó khăn"),
 Q("3,1%", 3.1, "%"), Q("12/14 chùa", 12, "chùa"), Q("38 hộ", 38, "hộ"), Q("21 ha", 21, "ha"),
 Q("16 căn nhà đại đoàn kết", 16, "căn nhà đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("ít nhất 2 chùa", 2, "chùa", "over"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Quy chế phối hợp", "04", "QCPH/BDVTU-BDT", None, None, "Quy chế phối hợp số 04-QCPH/BDVTU-BDT"),
 D("Kế hoạch", "98", "KH/TU", "2021-05-11", None, "Kế hoạch số 98-KH/TU ngày 11/5/2021"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW của Bộ Chính trị"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ")],
[prov("Vĩnh Long"), com("Xuân Hiệp"), com("Loan Mỹ")],
["BAN DÂN VẬN TỈNH ỦY VĨNH LONG", "Vị trí: Trang chủ » Tin tức » Dân tộc - Tôn giáo", "Toàn cảnh hội nghị.", "Chùa văn hóa",
 "Luật Tín ngưỡng, tôn giáo", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Thứ Tư, 29/12/2021 - 14:10", "năm 2021", "năm 2022", "Covid-19"]))

PAGES.append(page("b6044-tayninh-taphuan-achar-2022", """
Báo Tây Ninh Online
20/05/2022 - 10:05
Chính trị | Dân tộc - Tôn giáo
Tập huấn kỹ năng vận động quần chúng cho achar, ban quản trị chùa Khmer
Ảnh: Các học viên tham dự lớp tập huấn.
Ngày 19/5, Ban Dân vận Tỉnh ủy Tây Ninh phối hợp Ban Dân tộc tỉnh tổ chức lớp tập huấn kỹ năng vận động quần chúng năm 2022 cho 70 achar, thành viên ban quản trị chùa, người có uy tín trong đồng bào Khmer. Đồng chí Trần Thị Kim Loan, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy dự, phát biểu khai mạc.
Tây Ninh có 6 chùa Phật giáo Nam tông Khmer với 64 sư sãi; đồng bào Khmer có 1.932 hộ, hơn 7.800 người, sống chủ yếu ở các xã biên giới thuộc huyện Tân Biên, Châu Thành, Tân Châu và thị xã Trảng Bàng. Hiện có 28 achar tham gia ban quản trị chùa và 46 người có uy tín được công nhận theo Quyết định số 12/2018/QĐ-TTg.
Tại lớp tập huấn, các học viên được ông Lâm Văn Rưng, Trưởng phòng Dân tộc - Tôn giáo - Dân vận chính quyền Ban Dân vận Tỉnh ủy truyền đạt chuyên đề về kỹ năng nắm tình hình, tuyên truyền, vận động nhân dân ở khu dân cư; bà Thị Thu Trang, Phó Trưởng Ban Dân tộc tỉnh, phổ biến chính sách theo Quyết định số 1719/QĐ-TTg và Thông tư số 02/2022/TT-UBDT của Ủy ban Dân tộc; Thượng tọa Chau Sóc Hên, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh Tây Ninh, trụ trì chùa Kh'Leang, chia sẻ kinh nghiệm vận động Phật tử chấp hành pháp luật.
Thảo luận, ông Lâm Sà Ron, achar chùa Sóc Thiết, xã Tân Bình, cho biết năm 2021 ban quản trị đã vận động 52 hộ Khmer tiêm vắc xin Covid-19, hỗ trợ 180 phần quà cho bà con khó khăn. Ông Chau Ty, người có uy tín ấp Tầm Phô, xã Hòa Hiệp, đề nghị hỗ trợ vốn để 15 hộ trồng mì chuyển sang chăn nuôi bò.
Lớp tập huấn được tổ chức theo Kế hoạch số 152-KH/BDVTU ngày 25/4/2022 của Ban Dân vận Tỉnh ủy, kinh phí 48 triệu đồng; mỗi học viên được hỗ trợ 200.000 đồng tiền đi lại. Cuối buổi, 68/70 học viên đạt yêu cầu bài thu hoạch, chiếm 97,1%.
Phát biểu bế mạc, bà Trần Thị Kim Loan đề nghị các học viên vận dụng kiến thức, thực hiện có hiệu quả Chỉ thị 12, 13-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân tộc và công tác tôn giáo; tham gia phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2025; làm tốt vai trò cầu nối giữa cấp ủy, chính quyền với đồng bào Khmer. Ban Dân vận Tỉnh ủy sẽ tiếp tục mở lớp cho sư sãi trẻ trong quý III, sau khi hoàn thành khảo sát nhu cầu tại các chùa.
Đức Thắng
Tin liên quan
- Tây Ninh thăm, chúc mừng Tết Chôl Chnăm Thmây năm 2022 (12/04/2022)
- Tân Biên: 10 hộ Khmer được hỗ trợ bò giống (30/03/2022)
- Gặp mặt người có uy tín tiêu biểu năm 2022 (15/02/2022)
""", "2022-05-20", "Tập huấn kỹ năng vận động quần chúng cho achar, ban quản trị chùa Khmer",
E("tap_huan", "2022", "2022-05-19"),
[P("Trần Thị Kim Loan", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lâm Văn Rưng", "Trưởng phòng Dân tộc - Tôn giáo - Dân vận chính quyền Ban Dân vận Tỉnh ủy"),
 P("Thị Thu Trang", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Chau Sóc Hên", "Thượng tọa", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh Tây Ninh", "trụ trì chùa Kh'Leang"),
 P("Lâm Sà Ron", "achar chùa Sóc Thiết"),
 P("Chau Ty", "người có uy tín ấp Tầm Phô")],
[Q("70 achar, thành viên ban quản trị chùa, người có uy tín", 70, "achar, thành viên ban quản trị chùa, người có uy tín"),
 Q("6 chùa Phật giáo Nam tông Khmer", 6, "chùa Phật giáo Nam tông Khmer"), Q("64 sư sãi", 64, "sư sãi"),
 Q("1.932 hộ", 1932, "hộ"), Q("hơn 7.800 người", 7800, "người", "over"), Q("28 achar", 28, "achar"),
 Q("46 người có uy tín", 46, "người có uy tín"), Q("52 hộ Khmer", 52, "hộ Khmer"), Q("180 phần quà", 180, "phần quà"),
 Q("15 hộ", 15, "hộ"), Q("48 triệu đồng", 48000000, "đồng"), Q("200.000 đồng", 200000, "đồng"),
 Q("68/70 học viên", 68, "học viên"), Q("97,1%", 97.1, "%")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, None, "Quyết định số 12/2018/QĐ-TTg"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg"),
 D("Thông tư", "02", "2022/TT-UBDT", None, "Ủy ban Dân tộc", "Thông tư số 02/2022/TT-UBDT của Ủy ban Dân tộc"),
 D("Kế hoạch", "152", "KH/BDVTU", "2022-04-25", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 152-KH/BDVTU ngày 25/4/2022 của Ban Dân vận Tỉnh ủy"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Tây Ninh"), com("Tân Bình"), com("Hòa Hiệp")],
["Báo Tây Ninh Online", "Chính trị | Dân tộc - Tôn giáo", "Ảnh: Các học viên tham dự lớp tập huấn.", "Dân vận khéo",
 "Hội Đoàn kết sư sãi yêu nước tỉnh Tây Ninh"],
["20/05/2022 - 10:05", "quý III", "năm 2022", "năm 2021", "giai đoạn 2021 - 2025", "Covid-19"]))

PAGES.append(page("b6045-baclieu-hoabinh-doithoai-2022", """
Báo Bạc Liêu điện tử
Thứ Sáu, 23/09/2022 | 16:20
Trang chủ > Chính trị > Dân vận
Hòa Bình: Bí thư Huyện ủy đối thoại với sư sãi, achar và đồng bào Khmer
Đồng chí Lâm Thị Ngọc Diệu, Bí thư Huyện ủy Hòa Bình phát biểu tại buổi đối thoại. Ảnh: Hoàng Vũ
(BL) - Sáng 22/9, Ban Thường vụ Huyện ủy Hòa Bình phối hợp Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với sư sãi, achar, người có uy tín đồng bào Khmer năm 2022. Đồng chí Lâm Thị Ngọc Diệu, Tỉnh ủy viên, Bí thư Huyện ủy và đồng chí Trần Văn Khởi, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì. Dự có đồng chí Kim Thị Sa Ly, Phó Trưởng Ban Dân vận Tỉnh ủy.
Hội nghị thực hiện theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Kế hoạch số 87-KH/HU của Huyện ủy. Có 92 đại biểu tham dự, trong đó có 18 sư sãi, 26 achar của 6 chùa Phật giáo Nam tông Khmer trên địa bàn huyện.
Tại buổi đối thoại, 17 ý kiến được nêu. Ông Lý Văn Sa Phia, achar chùa Vĩnh Hưng, xã Vĩnh Hậu A, kiến nghị nạo vét kênh Cái Cùng dài 3,5 km để phục vụ sản xuất của 160 hộ. Đại đức Thạch Sô Khon, trụ trì chùa Cù Lao, đề nghị hỗ trợ xây dựng nhà tăng xá cho 32 sư sãi. Bà Tăng Thị Sa Rênh, người có uy tín ấp Vĩnh Lạc, đề nghị tăng cường dạy nghề cho thanh niên, vì có trên 40% lao động trẻ Khmer phải đi làm xa.
Trả lời các ý kiến, đồng chí Trần Văn Khởi cho biết huyện đã bố trí 2,4 tỷ đồng nạo vét kênh Cái Cùng trong quý IV; hỗ trợ chùa Cù Lao 200 triệu đồng từ nguồn xã hội hóa. Ông Huỳnh Minh Thắng, Trưởng phòng Lao động - Thương binh và Xã hội huyện, cho biết năm 2022 huyện mở 12 lớp dạy nghề cho khoảng 350 lao động nông thôn, ưu tiên người Khmer theo Quyết định số 1719/QĐ-TTg.
Phát biểu kết luận, đồng chí Lâm Thị Ngọc Diệu ghi nhận những đóng góp của sư sãi, achar trong vận động Phật tử xây dựng nông thôn mới; đến nay 3/6 chùa đã đạt "Chùa văn hóa", hộ nghèo Khmer giảm còn 2,87%. Đồng chí giao các phòng, ban trả lời bằng văn bản 17 ý kiến trước ngày 15/10, thực hiện Kết luận 12, 13-KL/HU của Ban Thường vụ Huyện ủy về công tác dân tộc, tôn giáo; Ủy ban MTTQ Việt Nam huyện giám sát việc thực hiện.
Đồng chí Kim Thị Sa Ly đánh giá cao cách làm của huyện Hòa Bình, đề nghị Ban Dân vận Huyện ủy tham mưu duy trì đối thoại định kỳ hằng năm, gắn với Chỉ thị số 49-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở vùng đồng bào Khmer.
Hoàng Vũ
Tin liên quan
- Vĩnh Lợi: gặp mặt sư sãi, achar nhân lễ Sene Đôlta (20/09/2022)
- Bạc Liêu: 58 chùa Khmer được tặng quà dịp lễ Sene Đôlta (19/09/2022)
- Giao ban dân vận quý III/2022 (15/09/2022)
""", "2022-09-23", "Hòa Bình: Bí thư Huyện ủy đối thoại với sư sãi, achar và đồng bào Khmer",
E("doi_thoai", "2022", "2022-09-22"),
[P("Lâm Thị Ngọc Diệu", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Trần Văn Khởi", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Kim Thị Sa Ly", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Văn Sa Phia", "achar chùa Vĩnh Hưng"),
 P("Thạch Sô Khon", "Đại đức", "trụ trì chùa Cù Lao"),
 P("Tăng Thị Sa Rênh", "người có uy tín ấp Vĩnh Lạc"),
 P("Huỳnh Minh Thắng", "Trưởng phòng Lao động - Thương binh và Xã hội huyện")],
[Q("92 đại biểu", 92, "đại biểu"), Q("18 sư sãi", 18, "sư sãi"), Q("26 achar", 26, "achar"),
 Q("6 chùa Phật giáo Nam tông Khmer", 6, "chùa Phật giáo Nam tông Khmer"), Q("17 ý kiến", 17, "ý kiến"),
 Q("3,5 km", 3.5, "km"), Q("160 hộ", 160, "hộ"), Q("32 sư sãi", 32, "sư sãi"), Q("trên 40%", 40, "%", "over"),
 Q("2,4 tỷ đồng", 2400000000, "đồng"), Q("200 triệu đồng", 200000000, "đồng"), Q("12 lớp dạy nghề", 12, "lớp dạy nghề"),
 Q("khoảng 350 lao động nông thôn", 350, "lao động nông thôn", "approx"), Q("3/6 chùa", 3, "chùa"), Q("2,87%", 2.87, "%")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị"),
 D("Kế hoạch", "87", "KH/HU", None, "Huyện ủy", "Kế hoạch số 87-KH/HU của Huyện ủy"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg"),
 D("Kết luận", "12", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 12, 13-KL/HU của Ban Thường vụ Huyện ủy"),
 D("Kết luận", "13", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 12, 13-KL/HU của Ban Thường vụ Huyện ủy"),
 D("Chỉ thị", "49", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 49-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Bạc Liêu"), com("Vĩnh Hậu A")],
["Báo Bạc Liêu điện tử", "Trang chủ > Chính trị > Dân vận",
 "Đồng chí Lâm Thị Ngọc Diệu, Bí thư Huyện ủy Hòa Bình phát biểu tại buổi đối thoại. Ảnh: Hoàng Vũ", "(BL)", "Chùa văn hóa"],
["Thứ Sáu, 23/09/2022 | 16:20", "năm 2022", "quý IV", "trước ngày 15/10"]))

PAGES.append(page("b6046-cantho-mttq-gapmat-achar-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TP CẦN THƠ
Trang chủ :: Tin hoạt động :: Dân tộc - Tôn giáo
Ngày 16/06/2023 | 09:15
Biểu dương 45 achar, sư sãi tiêu biểu năm 2023
Quang cảnh hội nghị.
Ngày 15/6, Ủy ban MTTQ Việt Nam thành phố Cần Thơ phối hợp Ban Dân vận Thành ủy tổ chức hội nghị gặp mặt, biểu dương achar, sư sãi tiêu biểu trong đồng bào Khmer năm 2023. Đồng chí Nguyễn Trung Nhân, Thành ủy viên, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố và đồng chí Kim Thị Sa Huôl, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì.
Cần Thơ có 8 chùa Phật giáo Nam tông Khmer với 214 sư sãi; đồng bào Khmer có khoảng 5.800 hộ, hơn 21.400 người, sống tập trung ở quận Ô Môn và các huyện Thới Lai, Cờ Đỏ, Phong Điền. Giai đoạn 2021 - 2023, sư sãi, achar đã vận động Phật tử đóng góp trên 6,3 tỷ đồng xây dựng 17 cây cầu, sửa 4,2 km đường nông thôn, hỗ trợ 2.640 phần quà cho hộ Khmer nghèo; 8/8 chùa duy trì lớp dạy chữ Khmer hè với 1.150 học sinh.
Tại hội nghị, Hòa thượng Sơn Thanh Rết, Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố Cần Thơ, trụ trì chùa Pôthi Somrôn, đề nghị thành phố hỗ trợ tu bổ 3 chùa xuống cấp. Ông Lâm Văn Sang, achar chùa Ô Môn, phường Châu Văn Liêm, cho biết ban quản trị đã phối hợp tổ hòa giải hòa giải thành 9 vụ việc mâu thuẫn. Ông Thạch Sô Rinh, Trưởng ban quản trị chùa Sóc Rôm, xã Thới Thạnh, chia sẻ cách vận động 47 hộ hiến 3.600 m2 đất mở rộng đường.
Đồng chí Nguyễn Trung Nhân đề nghị các cấp tiếp tục thực hiện Chỉ thị số 19-CT/TW ngày 10/1/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới, Kế hoạch số 105-KH/TU của Ban Thường vụ Thành ủy; phát huy vai trò các achar trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau".
Dịp này, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố tặng giấy khen cho 45 achar, sư sãi tiêu biểu theo Quyết định số 218/QĐ-MTTQ-BTT ngày 5/6/2023; mỗi người được thưởng 1 triệu đồng. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố: Kim Thị Sa Huôl, Phan Văn Bé Bảy đã trao giấy khen.
Trước hội nghị, đoàn đại biểu đã dâng hương tại chùa Pôthi Somrôn và thăm 12 hộ Khmer nghèo tại phường Châu Văn Liêm. Theo kế hoạch, Ủy ban MTTQ Việt Nam thành phố sẽ tổ chức hội nghị này hằng năm vào dịp trước lễ Sene Đôlta.
Ngọc Thắm
Tin khác
- Cần Thơ: tổ chức Tết Chôl Chnăm Thmây năm 2023 (13/04/2023)
- Ô Môn: trao 20 căn nhà đại đoàn kết cho hộ Khmer (20/05/2023)
- Tọa đàm công tác dân tộc trong tình hình mới (02/06/2023)
""", "2023-06-16", "Biểu dương 45 achar, sư sãi tiêu biểu năm 2023",
E("hoi_nghi", "2023", "2023-06-15"),
[P("Nguyễn Trung Nhân", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Kim Thị Sa Huôl", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Sơn Thanh Rết", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước thành phố Cần Thơ", "trụ trì chùa Pôthi Somrôn"),
 P("Lâm Văn Sang", "achar chùa Ô Môn"),
 P("Thạch Sô Rinh", "Trưởng ban quản trị chùa Sóc Rôm"),
 P("Phan Văn Bé Bảy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố")],
[Q("45 achar, sư sãi tiêu biểu", 45, "achar, sư sãi tiêu biểu"),
 Q("8 chùa Phật giáo Nam tông Khmer", 8, "chùa Phật giáo Nam tông Khmer"), Q("214 sư sãi", 214, "sư sãi"),
 Q("khoảng 5.800 hộ", 5800, "hộ", "approx"), Q("hơn 21.400 người", 21400, "người", "over"),
 Q("trên 6,3 tỷ đồng", 6300000000, "đồng", "over"), Q("17 cây cầu", 17, "cây cầu"), Q("4,2 km", 4.2, "km"),
 Q("2.640 phần quà", 2640, "phần quà"), Q("8/8 chùa", 8, "chùa"), Q("1.150 học sinh", 1150, "học sinh"),
 Q("3 chùa", 3, "chùa"), Q("9 vụ việc mâu thuẫn", 9, "vụ việc mâu thuẫn"), Q("47 hộ", 47, "hộ"), Q("3.600 m2", 3600, "m2"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("12 hộ Khmer nghèo", 12, "hộ Khmer nghèo")],
[D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/1/2018 của Ban Bí thư"),
 D("Kế hoạch", "105", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 105-KH/TU của Ban Thường vụ Thành ủy"),
 D("Quyết định", "218", "QĐ-MTTQ-BTT", "2023-06-05", None, "Quyết định số 218/QĐ-MTTQ-BTT ngày 5/6/2023")],
[prov("Cần Thơ"), com("Châu Văn Liêm"), com("Thới Thạnh")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TP CẦN THƠ", "Trang chủ :: Tin hoạt động :: Dân tộc - Tôn giáo", "Quang cảnh hội nghị.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
 "Hội Đoàn kết sư sãi yêu nước thành phố Cần Thơ"],
["Ngày 16/06/2023 | 09:15", "năm 2023", "Giai đoạn 2021 - 2023"]))
