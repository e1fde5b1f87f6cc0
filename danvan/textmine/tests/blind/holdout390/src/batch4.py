from lib import *
PAGES = []

PAGES.append(page("b9335-tuyenquang-mttq-traonha-ddk-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Trang chủ > Xã hội > An sinh xã hội
Thứ Sáu, 22/8/2025 | 15:40
Niềm vui nhà mới ở vùng cao nguyên đá Sơn Vĩ
Ngày 21/8/2025, Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang phối hợp với Đảng ủy, UBND xã Sơn Vĩ tổ chức lễ bàn giao 30 căn nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo người Mông, Lô Lô trên địa bàn xã. Đây là những căn nhà đầu tiên được bàn giao tại xã biên giới này kể từ khi tỉnh Tuyên Quang mới chính thức hoạt động.
Bà Vàng Thị Mai trao tượng trưng chìa khóa nhà cho các hộ.
Dự buổi lễ có bà Vàng Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; ông Sùng Mí Sính, Bí thư Đảng ủy xã Sơn Vĩ; ông Ma Văn Chung, Chủ tịch UBND xã Sơn Vĩ.
Mỗi căn nhà có diện tích từ 40 m2 trở lên, được hỗ trợ 60 triệu đồng, trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 50 triệu đồng, Quỹ "Vì người nghèo" xã hỗ trợ 10 triệu đồng; các hộ tự làm móng, góp công và được bộ đội Đồn Biên phòng Sơn Vĩ giúp hơn 450 ngày công vận chuyển vật liệu. Tổng kinh phí xây dựng 30 căn nhà hơn 2,1 tỷ đồng.
Theo ông Sùng Mí Sính, sau khi sắp xếp theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh và việc tổ chức chính quyền địa phương 2 cấp, xã Sơn Vĩ mới có 36 thôn với 4.870 hộ, trong đó còn 1.912 hộ nghèo, chiếm 39,3%. Thực hiện Nghị quyết số 03-NQ/ĐU ngày 15/7/2025 của Đảng ủy xã về giảm nghèo bền vững, xã phấn đấu mỗi năm giảm ít nhất 5% hộ nghèo.
Phát biểu tại buổi lễ, bà Vàng Thị Mai đề nghị cấp ủy, chính quyền xã quan tâm hỗ trợ sinh kế để các hộ yên tâm sản xuất, sớm thoát nghèo; đồng thời thông tin: trong tháng 7 và tháng 8, Mặt trận các cấp trong tỉnh đã bàn giao 284 căn nhà Đại đoàn kết, tập trung ở các xã vùng cao nguyên đá Đồng Văn, Mèo Vạc, Lũng Cú, Sà Phìn.
Xúc động nhận nhà mới, ông Lò Văn Dìn, thôn Lũng Làn, chia sẻ: "Trước đây nhà tôi vách đất, mái lá, gió lùa lạnh lắm. Giờ có nhà mới, 7 người trong nhà không còn lo mưa gió nữa".
Bà Bàn Thị Liềm, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Sơn Vĩ, Chủ tịch Hội Liên hiệp Phụ nữ xã, cho biết các chi hội phụ nữ đã nhận giúp đỡ mỗi hộ một tổ hợp tác nuôi bò, trồng ngô để bà con ổn định cuộc sống.
Dịp này, các nhà hảo tâm tặng 30 bộ bàn ghế, chăn màn và 30 suất quà, mỗi suất trị giá 1 triệu đồng cho các hộ nhận nhà.
Giàng Hương
Lượt xem: 3.418
Tin liên quan
- Mặt trận tỉnh kiện toàn tổ chức bộ máy sau hợp nhất (30/07/2025)
- Xã Mèo Vạc ra mắt Ban công tác Mặt trận các thôn (18/07/2025)
- Hoàn thành xóa nhà tạm, nhà dột nát trên địa bàn tỉnh (10/07/2025)
""", "2025-08-22", "Niềm vui nhà mới ở vùng cao nguyên đá Sơn Vĩ",
E("trao_qua", None, "2025-08-21"),
[P("Vàng Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Sùng Mí Sính", "Bí thư Đảng ủy xã Sơn Vĩ"),
 P("Ma Văn Chung", "Chủ tịch UBND xã Sơn Vĩ"),
 P("Lò Văn Dìn"),
 P("Bàn Thị Liềm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Sơn Vĩ", "Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("30 căn nhà Đại đoàn kết", 30, "căn nhà Đại đoàn kết"), Q("từ 40 m2 trở lên", 40, "m2", "over"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("hơn 450 ngày công", 450, "ngày công", "over"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("36 thôn", 36, "thôn"), Q("4.870 hộ", 4870, "hộ"), Q("1.912 hộ nghèo", 1912, "hộ nghèo"), Q("39,3%", 39.3, "%"),
 Q("ít nhất 5%", 5, "%", "over"), Q("284 căn nhà Đại đoàn kết", 284, "căn nhà Đại đoàn kết"), Q("7 người", 7, "người"),
 Q("30 bộ bàn ghế", 30, "bộ bàn ghế"), Q("30 suất quà", 30, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Nghị quyết", "03", "NQ/ĐU", "2025-07-15", "Đảng ủy xã", "Nghị quyết số 03-NQ/ĐU ngày 15/7/2025")],
[prov("Tuyên Quang"), com("Sơn Vĩ"), com("Đồng Văn"), com("Mèo Vạc"), com("Lũng Cú"), com("Sà Phìn")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ > Xã hội > An sinh xã hội",
 "Bà Vàng Thị Mai trao tượng trưng chìa khóa nhà cho các hộ.", "Vì người nghèo", "Đồn Biên phòng Sơn Vĩ", "Lũng Làn",
 "Lượt xem: 3.418"],
["Thứ Sáu, 22/8/2025 | 15:40", "2 cấp", "tháng 7", "tháng 8", "mỗi năm", "một tổ hợp tác", "Lượt xem: 3.418"]))

PAGES.append(page("b9336-vinhlong-mttq-giamsat-quy-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG
Trang chủ / Giám sát - Phản biện
Thứ Năm, 25-09-2025 - 16:20
Giám sát việc quản lý Quỹ "Vì người nghèo" sau hợp nhất tỉnh
Trong 3 ngày, từ 22 đến 24/9/2025, Đoàn giám sát Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long do bà Phan Thị Bích Trâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc bàn giao, quản lý và sử dụng Quỹ "Vì người nghèo" tại các xã Càng Long, Tam Ngãi và phường Phú Tân. Đây là nội dung thuộc Chương trình giám sát năm 2025 của Ủy ban MTTQ Việt Nam tỉnh.
Đoàn giám sát làm việc tại xã Tam Ngãi.
Sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh và tổ chức chính quyền địa phương 2 cấp, toàn bộ số dư Quỹ "Vì người nghèo" của các huyện đã được bàn giao về tỉnh và xã mới. Tính đến ngày 31/8/2025, số dư Quỹ các cấp trong tỉnh là 48,7 tỷ đồng, trong đó cấp tỉnh 31,2 tỷ đồng. Việc bàn giao được thực hiện theo Hướng dẫn số 15/HD-MTTQ-BTT ngày 25/7/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Công văn số 86/MTTQ-BTT ngày 4/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Qua giám sát, đoàn ghi nhận các xã đã lập biên bản bàn giao, mở tài khoản mới, công khai số dư trên bảng tin. Xã Tam Ngãi nhận bàn giao 1,36 tỷ đồng, đã chi hỗ trợ sửa chữa 12 căn nhà và trao 240 phần quà cho hộ nghèo nhân dịp Lễ Sene Dolta. Tuy nhiên, đoàn cũng chỉ ra một số tồn tại: 2 xã chưa kiện toàn Ban vận động Quỹ; một số khoản chi hỗ trợ đột xuất chưa có đủ chứng từ; sổ theo dõi ở phường Phú Tân còn ghi chép thủ công.
Ông Thạch Sa Rinh, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Tam Ngãi, cho biết xã mới có 27 ấp, gần 6.900 hộ, trong đó hơn 40% là đồng bào Khmer; hiện còn 318 hộ nghèo và 402 hộ cận nghèo. Bà Lê Thị Kim Phượng, Chủ tịch Ủy ban MTTQ Việt Nam xã Càng Long, kiến nghị tỉnh sớm ban hành quy chế quản lý Quỹ thống nhất cho cả 3 khu vực cũ để cơ sở thuận lợi thực hiện.
Kết luận buổi giám sát, bà Phan Thị Bích Trâm đề nghị Mặt trận các xã, phường hoàn thiện hồ sơ, chứng từ trước ngày 15/10/2025; khẩn trương kiện toàn Ban vận động Quỹ; chuẩn bị tốt cho Tháng cao điểm "Vì người nghèo" năm 2025 với chỉ tiêu vận động ít nhất 60 tỷ đồng toàn tỉnh. Đoàn sẽ tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy theo Quy định số 124-QĐ/TW ngày 10/10/2023 của Ban Bí thư về giám sát, phản biện xã hội của Mặt trận.
Tham gia đoàn có ông Trần Văn Nhựt, Trưởng ban Công tác phong trào Ủy ban MTTQ Việt Nam tỉnh, và đại diện Sở Tài chính.
Kim Thoa
Lượt xem: 621
Tin khác
- Mặt trận tỉnh tổ chức hội nghị Ủy ban lần thứ nhất sau hợp nhất (12/09/2025)
- Trao 50 căn nhà Đại đoàn kết ở xã Hưng Khánh Trung (05/09/2025)
- Ra mắt Ban công tác Mặt trận ấp sau sắp xếp (20/08/2025)
""", "2025-09-25", "Giám sát việc quản lý Quỹ \"Vì người nghèo\" sau hợp nhất tỉnh",
E("giam_sat", "2025", "2025-09-22"),
[P("Phan Thị Bích Trâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sa Rinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Tam Ngãi"),
 P("Lê Thị Kim Phượng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Càng Long"),
 P("Trần Văn Nhựt", "Trưởng ban Công tác phong trào Ủy ban MTTQ Việt Nam tỉnh")],
[Q("48,7 tỷ đồng", 48700000000, "đồng"), Q("31,2 tỷ đồng", 31200000000, "đồng"), Q("1,36 tỷ đồng", 1360000000, "đồng"),
 Q("12 căn nhà", 12, "căn nhà"), Q("240 phần quà", 240, "phần quà"), Q("2 xã", 2, "xã"), Q("27 ấp", 27, "ấp"),
 Q("gần 6.900 hộ", 6900, "hộ", "approx"), Q("hơn 40%", 40, "%", "over"), Q("318 hộ nghèo", 318, "hộ nghèo"),
 Q("402 hộ cận nghèo", 402, "hộ cận nghèo"), Q("ít nhất 60 tỷ đồng", 60000000000, "đồng", "over")],
[D("Hướng dẫn", "15", "HD-MTTQ-BTT", "2025-07-25", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 15/HD-MTTQ-BTT ngày 25/7/2025"),
 D("Công văn", "86", "MTTQ-BTT", "2025-08-04", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Công văn số 86/MTTQ-BTT ngày 4/8/2025"),
 D("Quy định", "124", "QĐ/TW", "2023-10-10", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 10/10/2023")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Càng Long"), com("Tam Ngãi"), com("Phú Tân")],
["ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG", "Trang chủ / Giám sát - Phản biện", "Đoàn giám sát làm việc tại xã Tam Ngãi.",
 "Chương trình giám sát năm 2025", "Vì người nghèo", "Lễ Sene Dolta", "Lượt xem: 621"],
["Thứ Năm, 25-09-2025 - 16:20", "3 ngày", "3 tỉnh", "2 cấp", "3 khu vực", "năm 2025", "Lượt xem: 621"]))

PAGES.append(page("b9337-lamdong-mttq-phatdong-thangcaodiem-2025", """
Báo Lâm Đồng điện tử
Chính trị › Mặt trận
17/10/2025 - 10:05
Lâm Đồng phát động Tháng cao điểm "Vì người nghèo" năm 2025
Sáng 17/10, tại phường Xuân Hương - Đà Lạt, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị phát động Tháng cao điểm "Vì người nghèo" năm 2025 (từ ngày 17/10 đến 18/11) và Ngày hội Đại đoàn kết toàn dân tộc. Đây là đợt phát động đầu tiên sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận.
Đại biểu bấm nút phát động Tháng cao điểm. Ảnh: K'Linh
Dự hội nghị có đồng chí K'Đoan, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Điểu Thị Mai, Đàng Văn Tài, Nguyễn Hữu Phước và 3 điểm cầu khu vực tại Đà Lạt, Gia Nghĩa, Phan Thiết.
Theo báo cáo, từ tháng 10/2024 đến nay, Quỹ "Vì người nghèo" các cấp trên địa bàn ba tỉnh cũ tiếp nhận hơn 312 tỷ đồng, góp phần hoàn thành xóa 6.420 căn nhà tạm, nhà dột nát trước ngày 31/8/2025. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều toàn tỉnh hiện còn 2,14%, riêng hộ đồng bào dân tộc thiểu số còn 7,8%.
Năm 2025, Ủy ban MTTQ tỉnh đặt mục tiêu vận động ít nhất 120 tỷ đồng, hỗ trợ 1.500 hộ nghèo sinh kế, 3.000 học sinh nghèo học bổng và trao 50.000 suất quà Tết Bính Ngọ 2026. Kế hoạch số 21/KH-MTTQ-BTT ngày 6/10/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh yêu cầu mỗi cán bộ, công chức, viên chức, người lao động ủng hộ tối thiểu 1 ngày lương, mỗi xã, phường, đặc khu tổ chức ít nhất 1 hoạt động gây quỹ.
Tham luận tại hội nghị, bà Ka Thị Hòa, Chủ tịch Ủy ban MTTQ Việt Nam xã Lạc Dương, cho biết xã có 1.146 hộ đồng bào K'Ho, Cil, Mạ; Mặt trận xã đang vận động các hợp tác xã cà phê nhận đỡ đầu 25 hộ nghèo. Ông Lưu Văn Thành, Bí thư Đảng ủy xã Phan Hiệp, chia sẻ kinh nghiệm vận động bà con Chăm góp lúa gạo vào "Hũ gạo tình thương".
Phát biểu phát động, đồng chí K'Đoan đề nghị các cấp ủy, chính quyền thực hiện Chỉ thị 04, 05-CT/TU của Ban Thường vụ Tỉnh ủy về công tác an sinh xã hội sau sắp xếp và Kết luận số 167-KL/TW ngày 19/6/2025 của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức Mặt trận và các đoàn thể; bảo đảm "không để ai bị bỏ lại phía sau".
Ngay tại hội nghị, 47 cơ quan, doanh nghiệp, nhà hảo tâm đăng ký ủng hộ hơn 18,5 tỷ đồng; Ban Chỉ huy Bộ đội Biên phòng tỉnh trao 20 suất học bổng "Nâng bước em tới trường", mỗi suất 500.000 đồng/tháng cho học sinh nghèo ở đặc khu Phú Quý.
Hồng Thắm
Lượt xem: 1.276
Tin liên quan
- Trao 30 nhà Đại đoàn kết cho hộ nghèo xã Quảng Sơn (10/10/2025)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ hai (26/09/2025)
- Lâm Đồng hoàn thành xóa nhà tạm, nhà dột nát (01/09/2025)
""", "2025-10-17", "Lâm Đồng phát động Tháng cao điểm \"Vì người nghèo\" năm 2025",
E("hoi_nghi", "2025", "2025-10-17"),
[P("K'Đoan", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đàng Văn Tài", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Phước", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka Thị Hòa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lạc Dương"),
 P("Lưu Văn Thành", "Bí thư Đảng ủy xã Phan Hiệp")],
[Q("3 điểm cầu khu vực", 3, "điểm cầu khu vực"), Q("hơn 312 tỷ đồng", 312000000000, "đồng", "over"),
 Q("6.420 căn nhà tạm, nhà dột nát", 6420, "căn nhà tạm, nhà dột nát"), Q("2,14%", 2.14, "%"), Q("7,8%", 7.8, "%"),
 Q("ít nhất 120 tỷ đồng", 120000000000, "đồng", "over"), Q("1.500 hộ nghèo", 1500, "hộ nghèo"),
 Q("3.000 học sinh nghèo", 3000, "học sinh nghèo"), Q("50.000 suất quà", 50000, "suất quà"),
 Q("tối thiểu 1 ngày lương", 1, "ngày lương"), Q("ít nhất 1 hoạt động gây quỹ", 1, "hoạt động gây quỹ", "over"),
 Q("1.146 hộ đồng bào K'Ho, Cil, Mạ", 1146, "hộ đồng bào K'Ho, Cil, Mạ"), Q("25 hộ nghèo", 25, "hộ nghèo"),
 Q("47 cơ quan, doanh nghiệp, nhà hảo tâm", 47, "cơ quan, doanh nghiệp, nhà hảo tâm"),
 Q("hơn 18,5 tỷ đồng", 18500000000, "đồng", "over"), Q("20 suất học bổng", 20, "suất học bổng"),
 Q("500.000 đồng/tháng", 500000, "đồng")],
[D("Kế hoạch", "21", "KH-MTTQ-BTT", "2025-10-06", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 21/KH-MTTQ-BTT ngày 6/10/2025"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 04, 05-CT/TU"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 04, 05-CT/TU"),
 D("Kết luận", "167", "KL/TW", "2025-06-19", "Bộ Chính trị, Ban Bí thư", "Kết luận số 167-KL/TW ngày 19/6/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Xuân Hương - Đà Lạt"), com("Lạc Dương"), com("Phan Hiệp"),
 com("Phú Quý")],
["Báo Lâm Đồng điện tử", "Chính trị › Mặt trận", "Đại biểu bấm nút phát động Tháng cao điểm. Ảnh: K'Linh",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Hũ gạo tình thương", "không để ai bị bỏ lại phía sau", "Nâng bước em tới trường",
 "Ban Chỉ huy Bộ đội Biên phòng tỉnh", "Lượt xem: 1.276"],
["17/10/2025 - 10:05", "năm 2025", "ba tỉnh", "tháng 10/2024", "Tết Bính Ngọ 2026", "Lượt xem: 1.276"]))

PAGES.append(page("b9338-dongnai-mttq-tongket-quy-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự - Chính trị | Mặt trận - Đoàn thể
Ngày 26/12/2025 | 08:15
Ảnh: Quang cảnh hội nghị tổng kết.
Hơn 7.000 căn nhà được xây mới, sửa chữa từ Quỹ "Vì người nghèo"
Chiều 25/12, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác vận động, quản lý, sử dụng Quỹ "Vì người nghèo" và các hoạt động an sinh xã hội năm 2025. Đồng chí Điểu Văn Lợi, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Tham dự có 118 đồng chí là Chủ tịch Ủy ban MTTQ Việt Nam các xã, phường, đặc khu và đại diện các sở, ngành.
Năm 2025 là năm đầu tiên Quỹ được quản lý thống nhất trên địa bàn tỉnh Đồng Nai mới sau hợp nhất với tỉnh Bình Phước. Báo cáo do bà Nguyễn Thị Thu Hiền, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày cho biết, trong năm Quỹ "Vì người nghèo" các cấp tiếp nhận 264,3 tỷ đồng; phối hợp hoàn thành xóa 7.035 căn nhà tạm, nhà dột nát (5.612 căn xây mới, 1.423 căn sửa chữa), vượt 6% kế hoạch. Mức hỗ trợ xây mới 60 triệu đồng/căn, sửa chữa 30 triệu đồng/căn. Dịp Tết Ất Tỵ và các ngày lễ, Mặt trận các cấp trao gần 96.000 suất quà, tổng trị giá khoảng 58 tỷ đồng.
Trong Tháng cao điểm "Vì người nghèo" năm 2025, toàn tỉnh vận động được hơn 41 tỷ đồng, cao nhất từ trước đến nay. 95 xã, phường của tỉnh đều đã kiện toàn Ban vận động Quỹ sau khi tổ chức chính quyền địa phương 2 cấp.
Tại hội nghị, ông Điểu Thanh Hà, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập, cho biết xã đã xóa hết 214 căn nhà tạm của đồng bào S'tiêng, Mnông; bà con góp hơn 3.000 ngày công. Bà Đào Thị Kim Loan, Chủ tịch Ủy ban MTTQ Việt Nam xã Phú Lý, người dân tộc Chơ Ro, đề nghị tiếp tục hỗ trợ sinh kế vì nhiều hộ có nhà mới nhưng chưa có việc làm ổn định. Một số ý kiến cho rằng việc vận động doanh nghiệp ở khu vực Bình Phước cũ còn gặp khó khăn do các đầu mối thay đổi sau sắp xếp; việc cập nhật dữ liệu hộ nghèo trên phần mềm dùng chung giữa các xã còn chậm, cần sớm được thống nhất.
Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Hồ Văn Hà, Phó Bí thư Tỉnh ủy, biểu dương kết quả năm 2025; yêu cầu năm 2026 Mặt trận các cấp thực hiện tốt Nghị quyết số 14-NQ/TU ngày 8/10/2025 của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo đa chiều bền vững, Kế hoạch số 09-KH/TU ngày 20/11/2025 của Ban Thường vụ Tỉnh ủy về chăm lo Tết Nguyên đán Bính Ngọ; phấn đấu giảm tỷ lệ hộ nghèo xuống còn 0,5%.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 38 tập thể, 52 cá nhân; 25 doanh nghiệp được vinh danh vì đóng góp tiêu biểu cho Quỹ "Vì người nghèo".
Thùy Dung
Lượt xem: 894
Tin cùng chuyên mục
- Trao 100 căn nhà Đại đoàn kết tại xã Đắk Ơ (18/12/2025)
- Ngày hội Đại đoàn kết toàn dân tộc tại phường Đồng Xoài (15/11/2025)
- Tổng kết Tháng cao điểm "Vì người nghèo" năm 2025 (20/11/2025)
""", "2025-12-26", "Hơn 7.000 căn nhà được xây mới, sửa chữa từ Quỹ \"Vì người nghèo\"",
E("tong_ket", "2025", "2025-12-25"),
[P("Điểu Văn Lợi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thu Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thanh Hà", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập"),
 P("Đào Thị Kim Loan", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phú Lý"),
 P("Hồ Văn Hà", "Phó Bí thư Tỉnh ủy")],
[Q("118 đồng chí", 118, "đồng chí"), Q("7.035 căn nhà tạm, nhà dột nát", 7035, "căn nhà tạm, nhà dột nát"), Q("264,3 tỷ đồng", 264300000000, "đồng"),
 Q("5.612 căn", 5612, "căn"), Q("1.423 căn", 1423, "căn"), Q("6%", 6, "%"),
 Q("60 triệu đồng/căn", 60000000, "đồng"), Q("30 triệu đồng/căn", 30000000, "đồng"),
 Q("gần 96.000 suất quà", 96000, "suất quà", "approx"), Q("khoảng 58 tỷ đồng", 58000000000, "đồng", "approx"),
 Q("hơn 41 tỷ đồng", 41000000000, "đồng", "over"), Q("95 xã, phường", 95, "xã, phường"),
 Q("214 căn nhà tạm", 214, "căn nhà tạm"), Q("hơn 3.000 ngày công", 3000, "ngày công", "over"),
 Q("0,5%", 0.5, "%"), Q("38 tập thể", 38, "tập thể"), Q("52 cá nhân", 52, "cá nhân"), Q("25 doanh nghiệp", 25, "doanh nghiệp")],
[D("Nghị quyết", "14", "NQ/TU", "2025-10-08", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 14-NQ/TU ngày 8/10/2025"),
 D("Kế hoạch", "09", "KH/TU", "2025-11-20", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 09-KH/TU ngày 20/11/2025")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Phú Lý")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Thời sự - Chính trị | Mặt trận - Đoàn thể", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Tháng cao điểm \"Vì người nghèo\"", "Vì người nghèo", "Lượt xem: 894"],
["Ngày 26/12/2025 | 08:15", "118 đồng chí", "năm 2025", "năm 2026", "Tết Ất Tỵ", "2 cấp", "Tết Nguyên đán Bính Ngọ", "Lượt xem: 894"]))

PAGES.append(page("b9339-gialai-btgdv-traoqua-tet-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ › Tin tức › Hoạt động dân vận
Thứ Ba, 10/02/2026, 14:05
Đồng chí Rơ Châm Huynh tặng quà cho hộ nghèo xã An Lão.
Tết sum vầy nơi vùng cao An Lão
Ngày 9/2/2026, đoàn công tác Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai do đồng chí Rơ Châm Huynh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dẫn đầu đã đến thăm, chúc Tết Nguyên đán Bính Ngọ 2026 và trao 420 phần quà cho hộ nghèo, người có uy tín, gia đình chính sách tại xã An Lão và xã An Toàn.
Cùng đi với đoàn có các đồng chí: Đinh Thị Lành, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Trương Minh Quân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Mỗi phần quà trị giá 700.000 đồng gồm tiền mặt, gạo, bánh chưng và nhu yếu phẩm, tổng trị giá 294 triệu đồng, từ nguồn Quỹ "Vì người nghèo" tỉnh và sự ủng hộ của các doanh nghiệp.
Xã An Lão mới được thành lập trên cơ sở sắp xếp thị trấn An Lão và các xã An Hưng, An Trung, An Tân; có 3.940 hộ, trong đó đồng bào Ba Na, Hrê chiếm 61%. Theo ông Đinh Văn Thành, Bí thư Đảng ủy xã An Lão, năm 2025 xã đã hoàn thành xóa 186 căn nhà tạm, nhà dột nát; tỷ lệ hộ nghèo giảm còn 12,6%.
Tại xã An Toàn, đoàn đến thăm, tặng quà 15 người có uy tín và 8 gia đình người có công. Già làng Đinh Văn Nhẩy, người có uy tín làng 2, xã An Toàn, phấn khởi: "Năm nay cái Tết đến sớm với làng, nhà mới có rồi, đường bê tông vào tận làng rồi, bà con vui lắm".
Phát biểu tại các buổi thăm, đồng chí Rơ Châm Huynh đề nghị cấp ủy, chính quyền xã tiếp tục thực hiện Chỉ thị số 05-CT/TU ngày 5/12/2025 của Ban Thường vụ Tỉnh ủy về tổ chức Tết Nguyên đán Bính Ngọ năm 2026, quan tâm chăm lo để mọi nhà, mọi người đều được đón Tết; phát huy vai trò của người có uy tín trong vận động đồng bào giữ gìn an ninh trật tự, không nghe theo kẻ xấu.
Theo Kế hoạch 30, 31/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, dịp Tết Bính Ngọ, Mặt trận và các tổ chức chính trị - xã hội các cấp trên địa bàn tỉnh trao khoảng 85.000 suất quà, tổng trị giá hơn 52 tỷ đồng. Ông Trương Minh Quân cho biết, đến ngày 8/2, đã có hơn 62.000 suất quà được trao tận tay người dân.
Bà Đinh Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam xã An Toàn, cho biết Mặt trận xã đã vận động các hộ khá giả góp 2,6 tấn gạo, tổ chức gói bánh tét tặng 120 hộ khó khăn trong xã.
Rơ Lan Thu
Lượt xem: 1.055
Tin liên quan
- Ban Tuyên giáo và Dân vận Tỉnh ủy thăm, chúc Tết chức sắc tôn giáo (06/02/2026)
- Trao 500 phần quà Tết cho hộ nghèo xã Ia Grai (04/02/2026)
- Hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025 (29/12/2025)
""", "2026-02-10", "Tết sum vầy nơi vùng cao An Lão",
E("trao_qua", None, "2026-02-09"),
[P("Rơ Châm Huynh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Thị Lành", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trương Minh Quân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Thành", "Bí thư Đảng ủy xã An Lão"),
 P("Đinh Văn Nhẩy", "Già làng", "người có uy tín làng 2"),
 P("Đinh Thị Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam xã An Toàn")],
[Q("420 phần quà", 420, "phần quà"), Q("700.000 đồng", 700000, "đồng"), Q("294 triệu đồng", 294000000, "đồng"),
 Q("3.940 hộ", 3940, "hộ"), Q("61%", 61, "%"), Q("186 căn nhà tạm, nhà dột nát", 186, "căn nhà tạm, nhà dột nát"),
 Q("12,6%", 12.6, "%"), Q("15 người có uy tín", 15, "người có uy tín"), Q("8 gia đình người có công", 8, "gia đình người có công"),
 Q("khoảng 85.000 suất quà", 85000, "suất quà", "approx"), Q("hơn 52 tỷ đồng", 52000000000, "đồng", "over"),
 Q("hơn 62.000 suất quà", 62000, "suất quà", "over"), Q("2,6 tấn", 2.6, "tấn"), Q("120 hộ khó khăn", 120, "hộ khó khăn")],
[D("Chỉ thị", "05", "CT/TU", "2025-12-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 5/12/2025"),
 D("Kế hoạch", "30", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 30, 31/KH-MTTQ-BTT"),
 D("Kế hoạch", "31", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 30, 31/KH-MTTQ-BTT")],
[prov("Gia Lai"), com("An Lão"), com("An Toàn"), com("An Hưng"), com("An Trung"), com("An Tân")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ › Tin tức › Hoạt động dân vận",
 "Đồng chí Rơ Châm Huynh tặng quà cho hộ nghèo xã An Lão.", "Vì người nghèo", "mọi nhà, mọi người đều được đón Tết", "Lượt xem: 1.055"],
["Thứ Ba, 10/02/2026, 14:05", "Tết Nguyên đán Bính Ngọ 2026", "năm 2025", "Tết Nguyên đán Bính Ngọ năm 2026", "Tết Bính Ngọ",
 "làng 2", "Lượt xem: 1.055"]))

PAGES.append(page("b9340-cantho-xa-doithoai-honngheo-2026", """
ĐẢNG ỦY XÃ LỊCH HỘI THƯỢNG - THÀNH PHỐ CẦN THƠ
Trang chủ >> Tin tức >> Dân vận - Mặt trận
Ngày đăng: 19/03/2026 16:20
Bà Lâm Thị Sô Phia phát biểu tại hội nghị đối thoại.
Chủ tịch UBND xã đối thoại với hộ nghèo, hộ cận nghèo
Ngày 18/3/2026, Ban Thường trực Ủy ban MTTQ Việt Nam xã Lịch Hội Thượng phối hợp với UBND xã tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với hộ nghèo, hộ cận nghèo năm 2026, với chủ đề "Chung tay giảm nghèo bền vững, không để ai bị bỏ lại phía sau". Dự hội nghị có 126 đại biểu là đại diện hộ nghèo, hộ cận nghèo, người có uy tín và trưởng ban công tác Mặt trận các ấp.
Xã Lịch Hội Thượng hiện nay được thành lập từ thị trấn Lịch Hội Thượng và xã Trung Bình trước đây, trực thuộc thành phố Cần Thơ sau khi hợp nhất thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang. Theo báo cáo của UBND xã, đầu năm 2026 xã có 142 hộ nghèo và 287 hộ cận nghèo, trong đó hộ Khmer chiếm 71%. Năm 2025, từ Quỹ "Vì người nghèo" và chương trình xóa nhà tạm, xã đã xây mới 48 căn nhà Đại đoàn kết, sửa chữa 19 căn; dịp Tết Bính Ngọ trao 860 phần quà, mỗi phần trị giá 500.000 đồng.
Tại hội nghị, đồng chí Sơn Thanh Tùng, Phó Bí thư Đảng ủy, Chủ tịch UBND xã đã trực tiếp trả lời 17 ý kiến của người dân. Bà Lâm Thị Sô Phia, ấp Tắc Gồng, đề nghị hỗ trợ vốn nuôi bò vì gia đình có 3 lao động nhưng thiếu việc làm; ông Thạch Sà Ren, người có uy tín ấp Vĩnh Phước, phản ánh một số hộ nghèo chưa được cấp thẻ bảo hiểm y tế đúng hạn sau khi thay đổi địa giới hành chính.
Đồng chí Sơn Thanh Tùng tiếp thu, cho biết UBND xã sẽ phối hợp với Ngân hàng Chính sách xã hội giải ngân 2,4 tỷ đồng vốn vay ưu đãi cho 60 hộ trong quý II; chỉ đạo rà soát, cấp bổ sung thẻ bảo hiểm y tế cho người nghèo trước ngày 30/4/2026; thực hiện Kế hoạch số 18-KH/ĐU ngày 12/1/2026 của Đảng ủy xã về giảm nghèo bền vững năm 2026 và Nghị quyết số 05-NQ/ĐU về phát triển sinh kế cho đồng bào Khmer.
Bà Kim Thị Sa Vane, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết Mặt trận xã sẽ đưa các kiến nghị chưa giải quyết dứt điểm vào chương trình giám sát, đồng thời vận động các chùa Khmer, doanh nghiệp trên địa bàn hỗ trợ 20 con bò giống cho hộ nghèo. Theo kế hoạch, năm 2026 xã phấn đấu giảm ít nhất 50 hộ nghèo, không để phát sinh hộ tái nghèo.
Kết thúc hội nghị, Đại đức Lý Sô Phone, trụ trì chùa Tắc Gồng, đại diện các nhà chùa cam kết tiếp tục vận động phật tử đóng góp cho Quỹ "Vì người nghèo" xã.
Ban Xây dựng Đảng
Tin khác
- Xã Lịch Hội Thượng ra mắt Tổ dân vận ấp (05/03/2026)
- Trao 860 phần quà Tết cho hộ nghèo (06/02/2026)
- Hội nghị tổng kết công tác Mặt trận năm 2025 (26/12/2025)
""", "2026-03-19", "Chủ tịch UBND xã đối thoại với hộ nghèo, hộ cận nghèo",
E("doi_thoai", "2026", "2026-03-18"),
[P("Sơn Thanh Tùng", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lâm Thị Sô Phia"),
 P("Thạch Sà Ren", "người có uy tín ấp Vĩnh Phước"),
 P("Kim Thị Sa Vane", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lý Sô Phone", "Đại đức", "trụ trì chùa Tắc Gồng")],
[Q("126 đại biểu", 126, "đại biểu"), Q("142 hộ nghèo", 142, "hộ nghèo"), Q("287 hộ cận nghèo", 287, "hộ cận nghèo"),
 Q("71%", 71, "%"), Q("48 căn nhà Đại đoàn kết", 48, "căn nhà Đại đoàn kết"), Q("19 căn", 19, "căn"),
 Q("860 phần quà", 860, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("17 ý kiến", 17, "ý kiến"),
 Q("3 lao động", 3, "lao động"), Q("2,4 tỷ đồng", 2400000000, "đồng"), Q("60 hộ", 60, "hộ"),
 Q("20 con bò giống", 20, "con bò giống"), Q("ít nhất 50 hộ nghèo", 50, "hộ nghèo", "over")],
[D("Kế hoạch", "18", "KH/ĐU", "2026-01-12", "Đảng ủy xã", "Kế hoạch số 18-KH/ĐU ngày 12/1/2026"),
 D("Nghị quyết", "05", "NQ/ĐU", None, None, "Nghị quyết số 05-NQ/ĐU")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Lịch Hội Thượng"), com("Trung Bình")],
["ĐẢNG ỦY XÃ LỊCH HỘI THƯỢNG - THÀNH PHỐ CẦN THƠ", "Trang chủ >> Tin tức >> Dân vận - Mặt trận",
 "Bà Lâm Thị Sô Phia phát biểu tại hội nghị đối thoại.", "Chung tay giảm nghèo bền vững, không để ai bị bỏ lại phía sau",
 "Vì người nghèo", "Ngân hàng Chính sách xã hội", "Tắc Gồng"],
["Ngày đăng: 19/03/2026 16:20", "năm 2026", "Năm 2025", "Tết Bính Ngọ", "quý II"]))
