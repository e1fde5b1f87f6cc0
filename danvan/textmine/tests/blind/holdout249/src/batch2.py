from lib import *
PAGES = []

PAGES.append(page("b5939-hatinh-mttq-tongket-2016", """
Báo Hà Tĩnh
Trang chủ >> Chính trị >> Mặt trận - Đoàn thể
15/12/2016 - 10:05
Ảnh: Quang cảnh hội nghị tổng kết.
Hà Tĩnh: Quỹ "Vì người nghèo" năm 2016 tiếp nhận hơn 38 tỷ đồng
(Baohatinh.vn) - Chiều 14/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác vận động, quản lý, sử dụng Quỹ "Vì người nghèo" và an sinh xã hội năm 2016, đánh giá kết quả Tháng cao điểm vừa qua. Đồng chí Trần Đình Gia, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có đồng chí Hoàng Thị Lài, Phó Chủ tịch UBND tỉnh.
Năm 2016, dù chịu ảnh hưởng nặng nề của sự cố môi trường biển, Quỹ "Vì người nghèo" và an sinh xã hội các cấp vẫn tiếp nhận hơn 38 tỷ đồng, trong đó cấp tỉnh 14,6 tỷ đồng. Từ nguồn quỹ, Mặt trận các cấp đã hỗ trợ xây mới 1.126 nhà ở cho hộ nghèo, hộ chính sách, sửa chữa 302 nhà; hỗ trợ 2.450 hộ ngư dân 4 huyện ven biển sinh kế, học nghề; tặng 18.600 suất quà Tết. Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm còn 10,85%, vượt chỉ tiêu Nghị quyết.
Thực hiện Quyết định số 59/2015/QĐ-TTg của Thủ tướng Chính phủ về chuẩn nghèo tiếp cận đa chiều và Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, Ủy ban MTTQ tỉnh đã phối hợp ban hành Nghị quyết liên tịch số 18/NQLT-MTTQ-UBND về huy động nguồn lực giúp hộ nghèo có nhà ở an toàn. Ban Thường trực cũng ban hành Hướng dẫn 07, 08/HD-MTTQ về xét chọn hộ được hỗ trợ và về quyết toán kinh phí.
Tại hội nghị, đồng chí Phan Văn Thuận, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Kỳ Anh, chia sẻ cách huy động con em xa quê đóng góp 4,2 tỷ đồng. Bà Nguyễn Thị Hoa, Chủ tịch Ủy ban MTTQ xã Thạch Kim, kể về việc cùng ngư dân vượt qua khó khăn sau sự cố, vận động 17 chủ tàu góp vốn giúp 30 hộ thiếu việc làm. Ông Lê Văn Đạt, Bí thư Chi bộ kiêm Trưởng thôn Tân Phúc, xã Kỳ Lợi, đề nghị tiếp tục hỗ trợ hộ tái định cư.
Phát biểu chỉ đạo, đồng chí Hoàng Thị Lài ghi nhận vai trò của Mặt trận và đề nghị năm 2017 phấn đấu hỗ trợ làm mới không dưới 800 nhà, thực hiện tốt Kế hoạch số 305/KH-UBND của UBND tỉnh về giảm nghèo bền vững. Đồng chí Trần Đình Gia lưu ý các địa phương không chạy theo thành tích, chỉ hỗ trợ hộ có đủ đất và có nhu cầu thực sự; vận động doanh nghiệp đăng ký nhận đỡ đầu xã nghèo.
Dịp này, UBND tỉnh tặng bằng khen cho 21 tập thể, 33 cá nhân; Ủy ban MTTQ tỉnh tặng giấy khen cho 45 đơn vị, doanh nghiệp có đóng góp tích cực. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Văn Hòa, Trần Thị Mỹ Hạnh, Đặng Quốc Vinh trao giấy khen cho các tập thể.
Thu Hà
Lượt xem: 2.318
Tin liên quan
- Cẩm Xuyên bàn giao 40 nhà cho hộ nghèo (10/12/2016)
- Phát động Tháng cao điểm "Vì người nghèo" năm 2016 (17/10/2016)
- Hỗ trợ ngư dân 4 huyện ven biển ổn định cuộc sống (02/09/2016)
""", "2016-12-15", 'Hà Tĩnh: Quỹ "Vì người nghèo" năm 2016 tiếp nhận hơn 38 tỷ đồng',
E("tong_ket", "2016", "2016-12-14"),
[P("Trần Đình Gia", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Thị Lài", "Phó Chủ tịch UBND tỉnh"),
 P("Phan Văn Thuận", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Kỳ Anh"),
 P("Nguyễn Thị Hoa", "Chủ tịch Ủy ban MTTQ xã Thạch Kim"),
 P("Lê Văn Đạt", "Bí thư Chi bộ kiêm Trưởng thôn Tân Phúc"),
 P("Nguyễn Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Mỹ Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Quốc Vinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 38 tỷ đồng", 38000000000, "đồng", "over"), Q("14,6 tỷ đồng", 14600000000, "đồng"),
 Q("1.126 nhà ở", 1126, "nhà ở"), Q("302 nhà", 302, "nhà"), Q("2.450 hộ ngư dân", 2450, "hộ ngư dân"),
 Q("4 huyện ven biển", 4, "huyện ven biển"), Q("18.600 suất quà Tết", 18600, "suất quà"), Q("10,85%", 10.85, "%"),
 Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("17 chủ tàu", 17, "chủ tàu"), Q("30 hộ", 30, "hộ"),
 Q("không dưới 800 nhà", 800, "nhà", "over"), Q("21 tập thể", 21, "tập thể"), Q("33 cá nhân", 33, "cá nhân"),
 Q("45 đơn vị, doanh nghiệp", 45, "đơn vị, doanh nghiệp")],
[D("Quyết định", "59", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 59/2015/QĐ-TTg"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW"),
 D("Nghị quyết liên tịch", "18", "NQLT-MTTQ-UBND", None, None, "Nghị quyết liên tịch số 18/NQLT-MTTQ-UBND"),
 D("Hướng dẫn", "07", "HD-MTTQ", None, "Ban Thường trực", "Hướng dẫn 07, 08/HD-MTTQ"),
 D("Hướng dẫn", "08", "HD-MTTQ", None, "Ban Thường trực", "Hướng dẫn 07, 08/HD-MTTQ"),
 D("Kế hoạch", "305", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 305/KH-UBND")],
[prov("Hà Tĩnh"), com("Thạch Kim"), com("Kỳ Lợi")],
["Báo Hà Tĩnh", "Trang chủ >> Chính trị >> Mặt trận - Đoàn thể", "Ảnh: Quang cảnh hội nghị tổng kết.", "(Baohatinh.vn)",
 "Vì người nghèo", "Lượt xem: 2.318"],
["15/12/2016 - 10:05", "năm 2016", "năm 2017", "Lượt xem: 2.318"]))

PAGES.append(page("b5940-kontum-mttq-taphuan-2016", """
BÁO KON TUM ĐIỆN TỬ
Vị trí: Trang chủ - Xã hội - Mặt trận
Ngày 20/10/2016 | 14:10
Tập huấn nghiệp vụ quản lý Quỹ "Vì người nghèo" cho cán bộ Mặt trận cơ sở
Đồng chí A Hùng phát biểu khai mạc lớp tập huấn.
Trong 2 ngày 18 và 19/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum tổ chức lớp tập huấn nghiệp vụ vận động, quản lý và sử dụng Quỹ "Vì người nghèo" năm 2016 cho 124 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ các xã, phường, thị trấn và cán bộ kế toán kiêm nhiệm. Đồng chí A Hùng, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và phát biểu khai mạc.
Tại lớp tập huấn, các học viên được bà Y Thương, Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh và ông Lê Hữu Sơn, Kế toán trưởng Văn phòng Ủy ban MTTQ Việt Nam tỉnh truyền đạt các chuyên đề: Quy chế quản lý Quỹ ban hành kèm theo Quyết định số 1059/QĐ-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; cách lập sổ sách, chứng từ thu, chi; quy trình bình xét hộ được hỗ trợ làm nhà; kỹ năng vận động trong Tháng cao điểm từ 17/10 đến 18/11.
Theo báo cáo, năm 2015 Quỹ "Vì người nghèo" toàn tỉnh tiếp nhận 5,3 tỷ đồng; hỗ trợ làm mới 186 nhà cho hộ nghèo đồng bào Xơ Đăng, Ba Na, Gia Rai, Brâu, Rơ Măm; 9 tháng năm 2016 tiếp nhận 2,76 tỷ đồng. Toàn tỉnh còn 21.500 hộ nghèo, chiếm 20,98% theo chuẩn nghèo giai đoạn 2016 - 2020, trong đó trên 90% là hộ đồng bào dân tộc thiểu số.
Qua kiểm tra năm trước, nhiều xã còn ghi chép sổ sách chưa đúng mẫu, có xã chưa mở tài khoản riêng cho Quỹ. Vì vậy, lớp học dành một buổi thực hành trên hồ sơ mẫu; mỗi học viên được phát 1 bộ tài liệu và sổ theo dõi. Học viên cũng được hướng dẫn triển khai Kế hoạch số 34/KH-MTTQ-BTT ngày 5/10/2016 của Ban Thường trực Ủy ban MTTQ tỉnh về tổ chức Tháng cao điểm năm 2016, với mục tiêu vận động ít nhất 3 tỷ đồng.
Chia sẻ tại lớp, ông A Phương, Chủ tịch Ủy ban MTTQ xã Đăk Nhoong, cho biết nhờ vận động bà con góp công, góp gỗ, xã đã dựng 12 nhà chỉ với 15 triệu đồng mỗi nhà từ Quỹ. Bà Y Blới, Phó Chủ tịch Ủy ban MTTQ xã Ngọk Réo, đề nghị in tài liệu bằng tiếng Ba Na để cán bộ thôn dễ tuyên truyền.
Bế mạc lớp tập huấn, đồng chí A Hùng yêu cầu sau tập huấn, mỗi xã phải rà soát danh sách hộ nghèo, hộ cận nghèo; niêm yết công khai kết quả vận động và chi hỗ trợ; báo cáo về Ban Thường trực Ủy ban MTTQ tỉnh trước ngày 25/11. Những nơi làm tốt sẽ được đề nghị khen thưởng trong dịp tổng kết cuối năm.
Văn Thành
Số lượt xem: 418
Tin khác
- Ngọc Hồi trao 10 nhà "Đại đoàn kết" (12/10/2016)
- Đắk Hà vận động gần 300 triệu đồng ủng hộ người nghèo (05/10/2016)
- Tập huấn công tác giám sát, phản biện xã hội (22/09/2016)
""", "2016-10-20", 'Tập huấn nghiệp vụ quản lý Quỹ "Vì người nghèo" cho cán bộ Mặt trận cơ sở',
E("tap_huan", "2016", "2016-10-18"),
[P("A Hùng", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thương", "Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Hữu Sơn", "Kế toán trưởng Văn phòng Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Phương", "Chủ tịch Ủy ban MTTQ xã Đăk Nhoong"),
 P("Y Blới", "Phó Chủ tịch Ủy ban MTTQ xã Ngọk Réo")],
[Q("124 học viên", 124, "học viên"), Q("5,3 tỷ đồng", 5300000000, "đồng"), Q("186 nhà", 186, "nhà"),
 Q("2,76 tỷ đồng", 2760000000, "đồng"), Q("21.500 hộ nghèo", 21500, "hộ nghèo"), Q("20,98%", 20.98, "%"),
 Q("trên 90%", 90, "%", "over"), Q("ít nhất 3 tỷ đồng", 3000000000, "đồng", "over"), Q("12 nhà", 12, "nhà"),
 Q("15 triệu đồng", 15000000, "đồng")],
[D("Quyết định", "1059", "QĐ-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Quyết định số 1059/QĐ-MTTW-BTT"),
 D("Kế hoạch", "34", "KH-MTTQ-BTT", "2016-10-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 34/KH-MTTQ-BTT ngày 5/10/2016")],
[prov("Kon Tum"), com("Đăk Nhoong"), com("Ngọk Réo")],
["BÁO KON TUM ĐIỆN TỬ", "Vị trí: Trang chủ - Xã hội - Mặt trận", "Đồng chí A Hùng phát biểu khai mạc lớp tập huấn.",
 "Vì người nghèo", "Số lượt xem: 418"],
["Ngày 20/10/2016 | 14:10", "2 ngày", "từ 17/10 đến 18/11", "2016 - 2020", "9 tháng năm 2016", "1 bộ tài liệu",
 "Số lượt xem: 418"]))

PAGES.append(page("b5941-bentre-mttq-giaoban-2017", """
ĐỒNG KHỞI ONLINE - Báo Bến Tre
Thời sự › Mặt trận
2017-10-06 16:40
Giao ban công tác Mặt trận quý III, triển khai Tháng cao điểm "Vì người nghèo"
Sáng 5/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bến Tre tổ chức giao ban với Thường trực Ủy ban MTTQ 9 huyện, thành phố, đánh giá kết quả công tác Mặt trận quý III/2017 và triển khai Tháng cao điểm "Vì người nghèo" năm 2017. Đồng chí Võ Thị Ngọc Hân, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu tại buổi giao ban.
Trong quý, Quỹ "Vì người nghèo" các cấp tiếp nhận 2,18 tỷ đồng; chi xây dựng 73 căn nhà Đại đoàn kết, trị giá 40 triệu đồng/căn; hỗ trợ 215 hộ nghèo vay vốn không lãi từ nguồn quỹ xoay vòng với tổng số 1,07 tỷ đồng. Lũy kế 9 tháng, Mặt trận các cấp đã vận động gần 7,5 tỷ đồng, đạt 83% kế hoạch năm. Toàn tỉnh còn 14.920 hộ nghèo, chiếm 5,4%.
Báo cáo cũng nêu việc thực hiện Chỉ thị 11, 12-CT/TU của Tỉnh ủy về công tác giảm nghèo và về xây dựng nhà ở cho hộ nghèo đến năm 2020; Quyết định số 2003/QĐ-UBND của UBND tỉnh ban hành đề án "Ngôi nhà mơ ước". Các huyện Ba Tri, Thạnh Phú, Bình Đại tiếp tục là địa bàn ưu tiên do ảnh hưởng của xâm nhập mặn.
Tại buổi giao ban, ông Nguyễn Văn Lũy, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Thạnh Phú, đề nghị tỉnh hỗ trợ 50 bồn chứa nước cho hộ nghèo vùng mặn. Bà Huỳnh Thị Út, Chủ tịch Ủy ban MTTQ xã An Thủy, cho biết xã có 112 hộ nghèo, trong đó 46 hộ không có đất sản xuất. Ông Lê Hoàng Tú, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, thông tin kết quả giám sát tại 6 xã.
Về Tháng cao điểm năm nay, Ban Thường trực thống nhất tổ chức lễ phát động cấp tỉnh vào ngày 17/10 theo Kế hoạch số 56/KH-MTTQ-BTT; đề nghị mỗi cán bộ, công chức, viên chức ủng hộ ít nhất 1 ngày lương, mỗi hộ dân ít nhất 10.000 đồng; phấn đấu xây mới 300 căn nhà trong năm 2018.
Kết luận giao ban, đồng chí Võ Thị Ngọc Hân đề nghị các huyện bám sát Nghị quyết số 76/2014/QH13 của Quốc hội về đẩy mạnh giảm nghèo bền vững, chủ động phối hợp với ngành Lao động - Thương binh và Xã hội rà soát hộ nghèo cuối năm, không để sót hộ, không để lợi dụng chính sách. Đồng chí cũng nhắc các huyện gửi báo cáo quý IV đúng hạn.
Các đại biểu cũng trao đổi về cách làm để nguồn vốn xoay vòng phát huy hiệu quả: nhiều xã đã giao cho chi hội phụ nữ, chi hội nông dân ở ấp theo dõi từng hộ vay, hướng dẫn nuôi heo, nuôi dê, trồng dừa xen ca cao; đến hạn, hộ hoàn trả để chuyển cho hộ khác. Một số nơi còn để hộ vay dùng vốn sai mục đích, khó thu hồi. Ban Thường trực Ủy ban MTTQ tỉnh đề nghị các huyện rà soát, chấn chỉnh ngay trong quý IV.
Thanh Đồng
Tin cùng chuyên mục
- Mỏ Cày Nam bàn giao 15 căn nhà Đại đoàn kết (29/09/2017)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 8 (15/09/2017)
- Châu Thành: Hiệp thương giới thiệu người ứng cử Trưởng ấp (30/08/2017)
""", "2017-10-06", 'Giao ban công tác Mặt trận quý III, triển khai Tháng cao điểm "Vì người nghèo"',
E("giao_ban", "2017-Q3", "2017-10-05"),
[P("Võ Thị Ngọc Hân", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Lũy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Thạnh Phú"),
 P("Huỳnh Thị Út", "Chủ tịch Ủy ban MTTQ xã An Thủy"),
 P("Lê Hoàng Tú", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("2,18 tỷ đồng", 2180000000, "đồng"),
 Q("73 căn nhà Đại đoàn kết", 73, "căn nhà Đại đoàn kết"), Q("40 triệu đồng/căn", 40000000, "đồng"),
 Q("215 hộ nghèo", 215, "hộ nghèo"), Q("1,07 tỷ đồng", 1070000000, "đồng"),
 Q("gần 7,5 tỷ đồng", 7500000000, "đồng", "approx"), Q("83%", 83, "%"), Q("14.920 hộ nghèo", 14920, "hộ nghèo"),
 Q("5,4%", 5.4, "%"), Q("50 bồn chứa nước", 50, "bồn chứa nước"), Q("112 hộ nghèo", 112, "hộ nghèo"),
 Q("46 hộ", 46, "hộ"), Q("6 xã", 6, "xã"), Q("ít nhất 1 ngày lương", 1, "ngày lương", "over"),
 Q("ít nhất 10.000 đồng", 10000, "đồng", "over"), Q("300 căn nhà", 300, "căn nhà")],
[D("Chỉ thị", "11", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Quyết định", "2003", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2003/QĐ-UBND"),
 D("Kế hoạch", "56", "KH-MTTQ-BTT", None, None, "Kế hoạch số 56/KH-MTTQ-BTT"),
 D("Nghị quyết", "76", "2014/QH13", None, "Quốc hội", "Nghị quyết số 76/2014/QH13")],
[prov("Bến Tre"), com("An Thủy")],
["ĐỒNG KHỞI ONLINE - Báo Bến Tre", "Thời sự › Mặt trận", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu tại buổi giao ban.",
 "Vì người nghèo", "Ngôi nhà mơ ước"],
["2017-10-06 16:40", "quý III/2017", "9 tháng", "năm 2017", "năm 2018", "năm 2020", "quý IV"]))

PAGES.append(page("b5942-hoabinh-mttq-doithoai-2018", """
BÁO HÒA BÌNH ONLINE
Chính trị - Xã hội | Mặt trận
30 tháng 11, 2018 | 08:45
Ảnh: Các đại biểu dự hội nghị đối thoại.
Đối thoại với hộ nghèo về chính sách hỗ trợ từ Quỹ "Vì người nghèo" ở Đà Bắc
Ngày 28/11, Ủy ban MTTQ Việt Nam huyện Đà Bắc (tỉnh Hòa Bình) phối hợp với UBND huyện tổ chức hội nghị đối thoại với hộ nghèo, hộ cận nghèo năm 2018 tại xã Tân Minh. Chủ trì đối thoại có đồng chí Xa Văn Thịnh, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Đà Bắc và đồng chí Đinh Công Hướng, Phó Chủ tịch UBND huyện. Tham dự có 160 đại biểu đại diện hộ nghèo người Mường, Tày, Dao ở 5 xã vùng hồ.
Mở đầu hội nghị, bà Bùi Thị Thoan, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện thông tin: năm 2018 Quỹ "Vì người nghèo" huyện tiếp nhận 840 triệu đồng, trong Tháng cao điểm từ 17/10 đến 18/11 vận động thêm khoảng 290 triệu đồng; đã hỗ trợ làm mới 31 nhà, mỗi nhà 30 triệu đồng, hỗ trợ 78 hộ con giống. Toàn huyện còn 3.912 hộ nghèo, tỷ lệ 37,4%, là huyện nghèo theo Nghị quyết 30a/2008/NQ-CP.
Tại hội nghị, 19 ý kiến của người dân đã được nêu. Ông Lò Văn Sướng, xóm Bưa Cọ, xã Tân Minh hỏi vì sao gia đình có nhà tạm nhưng chưa được hỗ trợ làm nhà. Bà Triệu Thị Mây, người Dao ở xóm Tát, xã Tân Pheo, đề nghị hỗ trợ giống cây dược liệu thay cho lợn giống hay bị dịch bệnh. Ông Xa Văn Duẩn, Trưởng xóm Nà Chang, đề nghị công khai danh sách hộ được hỗ trợ tại nhà văn hóa xóm.
Trả lời các ý kiến, đồng chí Đinh Công Hướng cho biết việc hỗ trợ thực hiện theo Kế hoạch số 112/KH-UBND của UBND huyện và Hướng dẫn số 15/HD-MTTQ-BTT ngày 10/4/2018 của Ban Thường trực Ủy ban MTTQ tỉnh, ưu tiên hộ có người già, người khuyết tật; hộ chưa được hỗ trợ năm nay sẽ được xem xét trong năm 2019. Đồng chí Xa Văn Thịnh cam kết chuyển 4 kiến nghị thuộc thẩm quyền tỉnh lên cấp trên và trả lời bằng văn bản trong 30 ngày.
Kết thúc đối thoại, Ủy ban MTTQ huyện trao 50 suất quà, mỗi suất 400.000 đồng cho hộ nghèo xã Tân Minh. Đồng chí Xa Văn Thịnh đề nghị Mặt trận các xã duy trì đối thoại định kỳ theo Quyết định số 04/QĐ-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ huyện ban hành quy chế đối thoại, để hộ nghèo nói thẳng những vướng mắc.
Theo đánh giá của huyện, sau 3 năm thực hiện đối thoại, số đơn thư liên quan đến chính sách hỗ trợ hộ nghèo giảm rõ rệt; nhiều hộ đã mạnh dạn nhận vốn vay, đăng ký thoát nghèo. Một số xã vùng hồ như Tân Minh, Tân Pheo đã xây dựng được tổ hợp tác trồng keo, nuôi cá lồng, thu hút hộ nghèo tham gia, tạo việc làm ổn định.
Bùi Minh
Tin khác
- Đà Bắc phát động Tháng cao điểm "Vì người nghèo" (16/10/2018)
- Lạc Sơn trao 20 nhà Đại đoàn kết (10/10/2018)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 9 (20/09/2018)
""", "2018-11-30", 'Đối thoại với hộ nghèo về chính sách hỗ trợ từ Quỹ "Vì người nghèo" ở Đà Bắc',
E("doi_thoai", "2018", "2018-11-28"),
[P("Xa Văn Thịnh", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Đà Bắc"),
 P("Đinh Công Hướng", "Phó Chủ tịch UBND huyện"),
 P("Bùi Thị Thoan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lò Văn Sướng"), P("Triệu Thị Mây"),
 P("Xa Văn Duẩn", "Trưởng xóm Nà Chang")],
[Q("160 đại biểu", 160, "đại biểu"), Q("5 xã vùng hồ", 5, "xã vùng hồ"), Q("840 triệu đồng", 840000000, "đồng"),
 Q("khoảng 290 triệu đồng", 290000000, "đồng", "approx"), Q("31 nhà", 31, "nhà"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("78 hộ", 78, "hộ"), Q("3.912 hộ nghèo", 3912, "hộ nghèo"), Q("37,4%", 37.4, "%"), Q("19 ý kiến", 19, "ý kiến"),
 Q("4 kiến nghị", 4, "kiến nghị"), Q("50 suất quà", 50, "suất quà"), Q("400.000 đồng", 400000, "đồng")],
[D("Nghị quyết", "30a", "2008/NQ-CP", None, None, "Nghị quyết 30a/2008/NQ-CP"),
 D("Kế hoạch", "112", "KH-UBND", None, "UBND huyện", "Kế hoạch số 112/KH-UBND"),
 D("Hướng dẫn", "15", "HD-MTTQ-BTT", "2018-04-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 15/HD-MTTQ-BTT ngày 10/4/2018"),
 D("Quyết định", "04", "QĐ-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ huyện", "Quyết định số 04/QĐ-MTTQ-BTT")],
[prov("Hòa Bình"), com("Tân Minh"), com("Tân Pheo")],
["BÁO HÒA BÌNH ONLINE", "Chính trị - Xã hội | Mặt trận", "Ảnh: Các đại biểu dự hội nghị đối thoại.", "Vì người nghèo"],
["30 tháng 11, 2018 | 08:45", "từ 17/10 đến 18/11", "năm 2018", "năm 2019", "30 ngày", "3 năm"]))

PAGES.append(page("b5943-binhdinh-mttq-thamtang-2019", """
Báo Bình Định
Xã hội › Vì người nghèo
21.10.2019 | 09:30
Thăm, tặng quà hộ nghèo nhân Tháng cao điểm "Vì người nghèo"
BĐ - Ngày 19/10, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh do đồng chí Trần Thị Kim Chi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, tặng quà các hộ nghèo, hộ đồng bào Bana, Chăm tại huyện Vân Canh và huyện An Lão nhân Tháng cao điểm "Vì người nghèo" năm 2019.
Đồng chí Trần Thị Kim Chi trao quà cho hộ nghèo xã Canh Liên.
Tại xã Canh Liên (huyện Vân Canh), đoàn trao 120 suất quà, mỗi suất gồm 20 kg gạo và 300.000 đồng tiền mặt; trao 2 căn nhà Đại đoàn kết trị giá 50 triệu đồng/căn cho hộ ông Đinh Văn Hlôm và bà Đinh Thị Y Ngân. Tại xã An Toàn (huyện An Lão), đoàn tặng 80 suất quà, 100 chăn ấm và 60 bộ quần áo cho học sinh bán trú. Tổng giá trị quà trong chuyến công tác khoảng 165 triệu đồng, từ nguồn Quỹ "Vì người nghèo" tỉnh và sự đóng góp của Ngân hàng TMCP Phương Đông chi nhánh Bình Định.
Cùng đi với đoàn có đồng chí Đặng Văn Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Hồ Minh Tuấn, Giám đốc Ngân hàng TMCP Phương Đông chi nhánh Bình Định. Tiếp đoàn có đồng chí Đinh Văn Thiện, Bí thư Huyện ủy Vân Canh và các đồng chí Phó Chủ tịch UBND huyện An Lão: Đinh Thị Hương, Nguyễn Tấn Lực.
Theo báo cáo của Ủy ban MTTQ tỉnh, 9 tháng năm 2019 Quỹ "Vì người nghèo" các cấp đã tiếp nhận 12,4 tỷ đồng, hỗ trợ xây mới, sửa chữa 406 căn nhà, trong đó 94 căn ở 3 huyện miền núi. Tỷ lệ hộ nghèo toàn tỉnh còn 4,03%; riêng huyện Vân Canh còn trên 28%. Việc hỗ trợ thực hiện theo Kế hoạch số 44/KH-MTTQ-BTT ngày 27/9/2019 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Quyết định 33/2015/QĐ-TTg của Thủ tướng Chính phủ về chính sách hỗ trợ nhà ở đối với hộ nghèo.
Thăm hỏi bà con, đồng chí Trần Thị Kim Chi mong các hộ tự lực vươn lên, cho con em đi học đầy đủ; đề nghị cấp ủy, chính quyền 2 huyện quan tâm hướng dẫn bà con trồng keo, nuôi bò theo Nghị quyết 09-NQ/HU của Huyện ủy Vân Canh. Già làng Đinh Văn Rố, xã Canh Liên thay mặt bà con cảm ơn tỉnh và hứa vận động con cháu không phá rừng, chăm lo làm ăn.
Cũng trong dịp này, đoàn đến thăm các điểm trường, nhà văn hóa làng và lắng nghe ý kiến của người có uy tín về việc bố trí đất sản xuất cho hộ nghèo. Đồng chí Trần Thị Kim Chi giao Ban Thường trực Ủy ban MTTQ tỉnh tổng hợp các kiến nghị, phối hợp với sở, ngành liên quan xem xét giải quyết trong quý IV.
Hoài Thu
Tin liên quan
- Bình Định phát động Tháng cao điểm "Vì người nghèo" năm 2019 (17/10/2019)
- Hoài Nhơn trao 30 nhà Đại đoàn kết (12/10/2019)
- Tuy Phước: Ra mắt mô hình "Khu dân cư không có hộ nghèo" (02/10/2019)
""", "2019-10-21", 'Thăm, tặng quà hộ nghèo nhân Tháng cao điểm "Vì người nghèo"',
E("trao_qua", None, "2019-10-19"),
[P("Trần Thị Kim Chi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Hlôm"), P("Đinh Thị Y Ngân"),
 P("Đặng Văn Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Minh Tuấn", "Giám đốc Ngân hàng TMCP Phương Đông chi nhánh Bình Định"),
 P("Đinh Văn Thiện", "Bí thư Huyện ủy Vân Canh"),
 P("Đinh Thị Hương", "Phó Chủ tịch UBND huyện An Lão"),
 P("Nguyễn Tấn Lực", "Phó Chủ tịch UBND huyện An Lão"),
 P("Đinh Văn Rố", "Già làng")],
[Q("120 suất quà", 120, "suất quà"), Q("20 kg gạo", 20, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"), Q("50 triệu đồng/căn", 50000000, "đồng"),
 Q("80 suất quà", 80, "suất quà"), Q("100 chăn ấm", 100, "chăn ấm"), Q("60 bộ quần áo", 60, "bộ quần áo"),
 Q("khoảng 165 triệu đồng", 165000000, "đồng", "approx"), Q("12,4 tỷ đồng", 12400000000, "đồng"),
 Q("406 căn nhà", 406, "căn nhà"), Q("94 căn", 94, "căn"), Q("3 huyện miền núi", 3, "huyện miền núi"),
 Q("4,03%", 4.03, "%"), Q("trên 28%", 28, "%", "over")],
[D("Kế hoạch", "44", "KH-MTTQ-BTT", "2019-09-27", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 44/KH-MTTQ-BTT ngày 27/9/2019"),
 D("Quyết định", "33", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 33/2015/QĐ-TTg"),
 D("Nghị quyết", "09", "NQ/HU", None, "Huyện ủy Vân Canh", "Nghị quyết 09-NQ/HU")],
[prov("Bình Định"), com("Canh Liên"), com("An Toàn")],
["Báo Bình Định", "Xã hội › Vì người nghèo", "Đồng chí Trần Thị Kim Chi trao quà cho hộ nghèo xã Canh Liên.", "BĐ -",
 "Vì người nghèo", "Ngân hàng TMCP Phương Đông chi nhánh Bình Định"],
["21.10.2019 | 09:30", "9 tháng năm 2019", "năm 2019", "quý IV", "2 huyện"]))

PAGES.append(page("b5944-camau-mttq-baocao-2019", """
ỦY BAN MTTQ VIỆT NAM TỈNH CÀ MAU - CỔNG THÔNG TIN ĐIỆN TỬ
Hôm nay: Thứ Sáu, 20/12/2019
Trang chủ | Văn bản - Báo cáo | Vì người nghèo
Cập nhật: 08:50, 26/11/2019 (GMT+7)
Kết quả Tháng cao điểm "Vì người nghèo" năm 2019
Ngày 25/11/2019, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cà Mau ban hành Báo cáo số 97/BC-MTTQ-BTT về kết quả vận động Quỹ "Vì người nghèo" trong Tháng cao điểm năm 2019 (từ ngày 17/10 đến ngày 18/11/2019). Báo cáo do đồng chí Tô Minh Hiếu, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh ký.
Theo báo cáo, thực hiện Kế hoạch số 81/KH-MTTQ-BTT ngày 3/10/2019 và Công văn số 652/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, Mặt trận các cấp đã tổ chức lễ phát động ở 9/9 huyện, thành phố và 101/101 xã, phường, thị trấn. Kết quả, trong Tháng cao điểm các cấp vận động được 16,82 tỷ đồng, tăng 2,1 tỷ đồng so với năm 2018; trong đó cấp tỉnh 6,3 tỷ đồng, cấp huyện 5,9 tỷ đồng, cấp xã 4,62 tỷ đồng. Có 1.306 tập thể, doanh nghiệp và trên 48.000 lượt cá nhân tham gia ủng hộ.
Từ nguồn quỹ, Mặt trận các cấp đã hỗ trợ xây dựng 512 căn nhà Đại đoàn kết, mỗi căn trị giá 45 triệu đồng; sửa chữa 87 căn; hỗ trợ 1.640 suất học bổng và 2.300 thẻ bảo hiểm y tế cho người thuộc hộ cận nghèo. Đến cuối năm 2019, toàn tỉnh còn 6.781 hộ nghèo, chiếm 2,22%; 12 ấp có trên 25% hộ nghèo là đồng bào Khmer.
Báo cáo đánh giá việc thực hiện Chỉ thị số 08-CT/TU ngày 12/6/2018 của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả Quỹ "Vì người nghèo" đã tạo chuyển biến rõ; nhiều doanh nghiệp thủy sản đăng ký đỡ đầu xã nghèo ven biển. Các huyện Ngọc Hiển, Năm Căn, Đầm Dơi vận động tốt; còn 3 xã chưa đạt 70% chỉ tiêu.
Trong số đơn vị tiêu biểu, báo cáo nêu Ủy ban MTTQ xã Khánh Bình Tây (huyện Trần Văn Thời) do bà Danh Thị Sa Rinh, Chủ tịch Ủy ban MTTQ xã làm trưởng ban vận động đã huy động 312 triệu đồng; ông Châu Văn Hiền, Bí thư Chi bộ ấp Đá Bạc, xã Khánh Bình Tây, vận động con em xa quê góp 90 triệu đồng xây 2 căn nhà. Ông Trần Quốc Việt, Giám đốc Công ty cổ phần Thủy sản Minh Phát ủng hộ 1 tỷ đồng.
Về nhiệm vụ năm 2020, Ban Thường trực đề nghị thực hiện nghiêm Quyết định số 1059/QĐ-MTTW-BTT về quản lý Quỹ; đến hết năm 2020 hỗ trợ ít nhất 600 căn nhà, góp phần giảm tỷ lệ hộ nghèo xuống còn 1,8%. Báo cáo được gửi Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Thường trực Tỉnh ủy và UBND tỉnh.
Báo cáo cũng chỉ ra một số hạn chế: việc công khai thu, chi Quỹ ở một số xã còn chậm; nhiều ấp vùng sâu chưa có ban vận động; việc hỗ trợ sinh kế còn dàn trải, chưa gắn với nhu cầu thực tế của hộ nghèo.
Ban Phong trào
Lượt truy cập: 1.027.415
Các tin đã đưa
- Cà Mau phát động Tháng cao điểm "Vì người nghèo" (16/10/2019)
- U Minh bàn giao 25 căn nhà Đại đoàn kết (10/10/2019)
""", "2019-11-26", 'Kết quả Tháng cao điểm "Vì người nghèo" năm 2019',
E("bao_cao", "2019", "2019-11-25"),
[P("Tô Minh Hiếu", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Thị Sa Rinh", "Chủ tịch Ủy ban MTTQ xã"),
 P("Châu Văn Hiền", "Bí thư Chi bộ ấp Đá Bạc"),
 P("Trần Quốc Việt", "Giám đốc Công ty cổ phần Thủy sản Minh Phát")],
[Q("9/9 huyện, thành phố", 9, "huyện, thành phố"), Q("101/101 xã, phường, thị trấn", 101, "xã, phường, thị trấn"),
 Q("16,82 tỷ đồng", 16820000000, "đồng"), Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("6,3 tỷ đồng", 6300000000, "đồng"),
 Q("5,9 tỷ đồng", 5900000000, "đồng"), Q("4,62 tỷ đồng", 4620000000, "đồng"),
 Q("1.306 tập thể, doanh nghiệp", 1306, "tập thể, doanh nghiệp"), Q("trên 48.000 lượt cá nhân", 48000, "lượt cá nhân", "over"),
 Q("512 căn nhà Đại đoàn kết", 512, "căn nhà Đại đoàn kết"), Q("45 triệu đồng", 45000000, "đồng"),
 Q("87 căn", 87, "căn"), Q("1.640 suất học bổng", 1640, "suất học bổng"), Q("2.300 thẻ bảo hiểm y tế", 2300, "thẻ bảo hiểm y tế"),
 Q("6.781 hộ nghèo", 6781, "hộ nghèo"), Q("2,22%", 2.22, "%"), Q("12 ấp", 12, "ấp"), Q("trên 25%", 25, "%", "over"),
 Q("3 xã", 3, "xã"), Q("70% chỉ tiêu", 70, "%"), Q("312 triệu đồng", 312000000, "đồng"), Q("90 triệu đồng", 90000000, "đồng"),
 Q("2 căn nhà", 2, "căn nhà"), Q("1 tỷ đồng", 1000000000, "đồng"), Q("ít nhất 600 căn nhà", 600, "căn nhà", "over"),
 Q("1,8%", 1.8, "%")],
[D("Báo cáo", "97", "BC-MTTQ-BTT", "2019-11-25", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cà Mau", "Báo cáo số 97/BC-MTTQ-BTT"),
 D("Kế hoạch", "81", "KH-MTTQ-BTT", "2019-10-03", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 81/KH-MTTQ-BTT ngày 3/10/2019"),
 D("Công văn", "652", "MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Công văn số 652/MTTQ-BTT"),
 D("Chỉ thị", "08", "CT/TU", "2018-06-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08-CT/TU ngày 12/6/2018"),
 D("Quyết định", "1059", "QĐ-MTTW-BTT", None, None, "Quyết định số 1059/QĐ-MTTW-BTT")],
[prov("Cà Mau"), com("Khánh Bình Tây")],
["ỦY BAN MTTQ VIỆT NAM TỈNH CÀ MAU - CỔNG THÔNG TIN ĐIỆN TỬ", "Hôm nay: Thứ Sáu, 20/12/2019",
 "Trang chủ | Văn bản - Báo cáo | Vì người nghèo", "Vì người nghèo", "Ban Phong trào", "Lượt truy cập: 1.027.415"],
["Hôm nay: Thứ Sáu, 20/12/2019", "Cập nhật: 08:50, 26/11/2019 (GMT+7)", "từ ngày 17/10 đến ngày 18/11/2019",
 "năm 2018", "năm 2019", "năm 2020", "Lượt truy cập: 1.027.415"]))
