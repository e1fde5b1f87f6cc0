from lib import *
PAGES = []

PAGES.append(page("b4721-vinhlong-hnd-chandung-2022", """
BÁO VĨNH LONG ONLINE
Nông nghiệp - Nông thôn › Gương sáng nhà nông
Ngày đăng 14/06/2022 | 07:30
"Lão nông" hiến đất, vận động bà con làm cống ngăn mặn
Hơn 10 năm qua, ông Nguyễn Văn Tám, 68 tuổi, Chi hội trưởng Chi hội nông dân ấp Phú Thạnh, xã Phú Đức, huyện Long Hồ, tỉnh Vĩnh Long, được bà con gọi thân mật là "ông Tám cống" vì đã hiến đất, đứng ra vận động làm 4 cống ngăn mặn, trữ ngọt và hàng chục cây cầu cho ấp.
Ông Nguyễn Văn Tám (bìa phải) kiểm tra cống ngăn mặn ấp Phú Thạnh. Ảnh: Thảo Ly
Ấp Phú Thạnh nằm giữa hai nhánh sông Cổ Chiên, mùa khô 2016 và 2020 mặn tràn vào làm gần 60% diện tích vườn cây ăn trái của bà con bị thiệt hại. "Không có cống thì mất vườn, mà chờ Nhà nước làm hết thì không kịp", ông Tám kể. Năm 2020, ông hiến 320 m2 đất vườn, góp 15 triệu đồng và cùng Ban Công tác Mặt trận ấp vận động 126 hộ đóng góp hơn 480 triệu đồng, hơn 900 ngày công làm 2 cống ngăn mặn kiên cố trên rạch Cái Sơn. Nhờ có cống, mùa khô năm 2022 toàn ấp không có hộ nào bị thiệt hại do mặn.
Không chỉ làm thủy lợi, ông Tám còn vận động 35 hộ hiến gần 1.800 m2 đất làm đường đal liên ấp dài 2,4 km; thành lập tổ hợp tác trồng chôm chôm với 22 thành viên, mỗi năm cho thu nhập bình quân 250 triệu đồng/ha. Chi hội nông dân do ông phụ trách có 87 hội viên, nhiều năm liền đạt vững mạnh; 100% hội viên tham gia đóng góp Quỹ Hỗ trợ nông dân.
Ông Trương Văn Đổ, Chủ tịch Hội Nông dân xã Phú Đức, nhận xét: "Ông Tám nói ít, làm nhiều, bà con tin nên việc gì ông vận động cũng thành". Theo ông Phạm Văn Hậu, Phó Chủ tịch Thường trực Hội Nông dân tỉnh, phong trào nông dân tham gia xây dựng nông thôn mới ở Vĩnh Long có nhiều gương như ông Tám; chỉ tính từ năm 2021 đến nay, hội viên toàn tỉnh đã hiến trên 120.000 m2 đất, đóng góp 38 tỷ đồng làm 412 công trình thủy lợi nhỏ, giao thông nông thôn.
Với những đóng góp đó, ông Nguyễn Văn Tám được Trung ương Hội Nông dân Việt Nam tặng Bằng khen; năm 2021 được UBND tỉnh tặng danh hiệu "Nông dân Việt Nam xuất sắc" cấp tỉnh. Thực hiện Kết luận 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW, xã Phú Đức đã chọn ông làm điển hình học tập và làm theo Bác của xã năm 2022.
Sắp tới, ông dự định vận động bà con góp thêm tiền nâng cấp bờ bao dọc sông Cổ Chiên, phòng sạt lở. "Còn sức thì còn làm, miễn bà con đồng thuận", ông Tám cười.
Thảo Ly
Lượt xem: 2.145
Tin liên quan
- Vũng Liêm: 12 nông dân được tôn vinh "Nông dân sản xuất giỏi" (08/06/2022)
- Hội Nông dân tỉnh sơ kết 5 năm chương trình phối hợp làm thủy lợi (30/05/2022)
- Trà Ôn: người dân góp 2 tỷ đồng làm đường (25/05/2022)
""", "2022-06-14", "\"Lão nông\" hiến đất, vận động bà con làm cống ngăn mặn",
E("khac", None, None),
[P("Nguyễn Văn Tám", "Chi hội trưởng Chi hội nông dân ấp Phú Thạnh"),
 P("Trương Văn Đổ", "Chủ tịch Hội Nông dân xã Phú Đức"),
 P("Phạm Văn Hậu", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh")],
[Q("4 cống ngăn mặn, trữ ngọt", 4, "cống ngăn mặn, trữ ngọt"), Q("gần 60%", 60, "%", "approx"), Q("320 m2", 320, "m2"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("126 hộ", 126, "hộ"), Q("hơn 480 triệu đồng", 480000000, "đồng", "over"),
 Q("hơn 900 ngày công", 900, "ngày công", "over"), Q("2 cống ngăn mặn kiên cố", 2, "cống ngăn mặn kiên cố"),
 Q("35 hộ", 35, "hộ"), Q("gần 1.800 m2", 1800, "m2", "approx"), Q("2,4 km", 2.4, "km"), Q("22 thành viên", 22, "thành viên"),
 Q("250 triệu đồng/ha", 250000000, "đồng"), Q("87 hội viên", 87, "hội viên"), Q("100% hội viên", 100, "%"),
 Q("trên 120.000 m2", 120000, "m2", "over"), Q("38 tỷ đồng", 38000000000, "đồng"), Q("412 công trình thủy lợi nhỏ, giao thông nông thôn", 412, "công trình thủy lợi nhỏ, giao thông nông thôn")],
[D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận 01-KL/TW"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW")],
[prov("Vĩnh Long"), com("Phú Đức")],
["BÁO VĨNH LONG ONLINE", "Nông nghiệp - Nông thôn › Gương sáng nhà nông", "ông Tám cống",
 "Ông Nguyễn Văn Tám (bìa phải) kiểm tra cống ngăn mặn ấp Phú Thạnh. Ảnh: Thảo Ly", "Nông dân Việt Nam xuất sắc",
 "Quỹ Hỗ trợ nông dân", "Lượt xem: 2.145"],
["Ngày đăng 14/06/2022 | 07:30", "Hơn 10 năm", "68 tuổi", "mùa khô 2016 và 2020", "Năm 2020", "năm 2022", "năm 2021", "Lượt xem: 2.145"]))

PAGES.append(page("b4722-kiengiang-mttq-giamsat-2023", """
ỦY BAN MTTQ VIỆT NAM TỈNH KIÊN GIANG
Trang chủ » Giám sát, phản biện xã hội » Tin hoạt động
Cập nhật: 09:42, 09/11/2023 (GMT+7)
Giám sát việc di dời hộ dân ra khỏi vùng sạt lở ven biển An Minh, An Biên
Trong 2 ngày 7 và 8/11/2023, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà Lê Thị Minh Phụng, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn giám sát việc thực hiện chính sách hỗ trợ di dời, bố trí ổn định dân cư vùng sạt lở bờ biển tại các xã Đông Hưng A, Vân Khánh Tây và Nam Thái A, theo kế hoạch giám sát năm 2023 của Ủy ban MTTQ Việt Nam tỉnh Kiên Giang.
Đoàn giám sát khảo sát đoạn đê biển bị sạt lở tại xã Vân Khánh Tây. Ảnh: Lê Huy
Báo cáo của các địa phương cho biết, tình trạng sạt lở bờ biển Tây đoạn qua 2 huyện An Minh, An Biên dài khoảng 8.200 m, có nơi lấn sâu vào rừng phòng hộ 40 m; 263 hộ dân sống ngoài đê cần di dời. Thực hiện Quyết định 590/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chương trình bố trí dân cư các vùng thiên tai và Quyết định số 1834/QĐ-UBND ngày 27/7/2023 của UBND tỉnh, đến nay đã di dời 158 hộ vào 3 cụm dân cư tập trung, đạt 60,1%; mỗi hộ được hỗ trợ 60 triệu đồng làm nhà và 12 triệu đồng ổn định đời sống.
Qua giám sát, đoàn ghi nhận cấp ủy, chính quyền địa phương đã công khai chính sách tại 100% ấp, tổ chức 19 cuộc đối thoại với người dân. Tuy nhiên, hạ tầng các cụm dân cư còn thiếu, chưa có nước sạch; 38 hộ đã nhận tiền nhưng chưa di dời; một số hộ nghèo không có khả năng đối ứng xây nhà.
Bà Danh Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Dân chủ - Pháp luật và Giám sát, đề nghị UBND huyện An Minh rà soát trường hợp nhận tiền mà chưa di dời, thông báo kết quả cho Ban Công tác Mặt trận ấp. Ông Nguyễn Thành Phát, Chủ tịch Hội Nông dân tỉnh, đề xuất lồng ghép Quỹ Hỗ trợ nông dân để hộ di dời chuyển đổi sinh kế.
Ông Lâm Văn Sơn, Chủ tịch UBND xã Vân Khánh Tây, cho biết xã đã vận động nhân dân đóng góp 1,3 tỷ đồng, 2.600 ngày công trồng mới 12 ha rừng phòng hộ và đắp 3,5 km bờ bao tạm.
Phát biểu kết luận, bà Lê Thị Minh Phụng đề nghị các địa phương thực hiện đúng Quyết định 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị; Mặt trận các cấp phối hợp Hội Nông dân, Hội LHPN vận động nguồn lực xây 50 căn nhà "Đại đoàn kết" cho hộ nghèo phải di dời, hoàn thành trước Tết Giáp Thìn 2024.
Lê Huy
Lượt truy cập: 1.092
Tin khác
- Mặt trận tỉnh giám sát thực hiện Quy chế dân chủ ở cơ sở tại Giồng Riềng (30/10/2023)
- Phú Quốc: bàn giao 10 căn nhà Đại đoàn kết (25/10/2023)
- Hội nghị phản biện dự thảo Nghị quyết về hỗ trợ hộ nghèo (18/10/2023)
""", "2023-11-09", "Giám sát việc di dời hộ dân ra khỏi vùng sạt lở ven biển An Minh, An Biên",
E("giam_sat", "2023", "2023-11-07"),
[P("Lê Thị Minh Phụng", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân chủ - Pháp luật và Giám sát"),
 P("Nguyễn Thành Phát", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lâm Văn Sơn", "Chủ tịch UBND xã Vân Khánh Tây")],
[Q("khoảng 8.200 m", 8200, "m", "approx"), Q("40 m", 40, "m"), Q("263 hộ dân", 263, "hộ dân"), Q("158 hộ", 158, "hộ"),
 Q("3 cụm dân cư tập trung", 3, "cụm dân cư tập trung"), Q("60,1%", 60.1, "%"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("12 triệu đồng", 12000000, "đồng"), Q("100% ấp", 100, "%"), Q("19 cuộc đối thoại", 19, "cuộc đối thoại"), Q("38 hộ", 38, "hộ"),
 Q("1,3 tỷ đồng", 1300000000, "đồng"), Q("2.600 ngày công", 2600, "ngày công"), Q("12 ha", 12, "ha"), Q("3,5 km", 3.5, "km"),
 Q("50 căn nhà", 50, "căn nhà")],
[D("Quyết định", "590", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 590/QĐ-TTg"),
 D("Quyết định", "1834", "QĐ-UBND", "2023-07-27", "UBND tỉnh", "Quyết định số 1834/QĐ-UBND ngày 27/7/2023"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW")],
[prov("Kiên Giang"), com("Đông Hưng A"), com("Vân Khánh Tây"), com("Nam Thái A")],
["ỦY BAN MTTQ VIỆT NAM TỈNH KIÊN GIANG", "Trang chủ » Giám sát, phản biện xã hội » Tin hoạt động",
 "Đoàn giám sát khảo sát đoạn đê biển bị sạt lở tại xã Vân Khánh Tây. Ảnh: Lê Huy", "Đại đoàn kết", "Quỹ Hỗ trợ nông dân",
 "Lượt truy cập: 1.092"],
["Cập nhật: 09:42, 09/11/2023 (GMT+7)", "2 ngày", "năm 2023", "2 huyện", "Tết Giáp Thìn 2024", "Lượt truy cập: 1.092"]))

PAGES.append(page("b4723-dongthap-dbqh-tiepxuc-2023", """
Báo Đồng Tháp điện tử
Thời sự > Chính trị > Hoạt động đại biểu
8 tháng 12, 2023 | 16:50
Cử tri Hồng Ngự kiến nghị sớm xây kè chống sạt lở sông Tiền
Ngày 7/12, Đoàn đại biểu Quốc hội tỉnh phối hợp Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức Hội nghị tiếp xúc cử tri sau Kỳ họp thứ 6, Quốc hội khóa XV tại xã Long Thuận và xã Phú Thuận A. Tham dự có bà Phạm Thị Minh Huệ, Phó Trưởng Đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh; ông Huỳnh Minh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, đại biểu Quốc hội; cùng 215 cử tri.
Quang cảnh hội nghị tiếp xúc cử tri tại xã Long Thuận. Ảnh: Hữu Nghĩa
Tại hội nghị, bà Phạm Thị Minh Huệ thông tin tới cử tri kết quả Kỳ họp thứ 6, trong đó Quốc hội đã thông qua 8 luật và 12 nghị quyết, có Nghị quyết 101/2023/QH15 về Kế hoạch phát triển kinh tế - xã hội năm 2024.
Cử tri Lê Văn Nhơn, ấp Long Thạnh A, xã Long Thuận, phản ánh: năm 2023 trên địa bàn xã xảy ra 9 điểm sạt lở với tổng chiều dài khoảng 1.250 m, 21 căn nhà phải di dời khẩn cấp; đề nghị sớm đầu tư kè bảo vệ cồn Long Khánh. Cử tri Nguyễn Thị Hoa, Chi hội trưởng Chi hội phụ nữ ấp Phú Hòa, xã Phú Thuận A, kiến nghị tăng mức hỗ trợ di dời vì 30 triệu đồng/hộ không đủ mua nền.
Cử tri cũng đề nghị nạo vét kênh Hồng Ngự - Vĩnh Hưng, kênh Tân Thành - Lò Gạch để chủ động nước tưới cho vụ Đông Xuân 2023 - 2024 trong bối cảnh El Nino; kiểm soát chặt khai thác cát trên sông Tiền. Có 34 ý kiến tập trung vào sạt lở, thủy lợi và giá lúa.
Thay mặt Đoàn, ông Huỳnh Minh Tuấn tiếp thu, cho biết tỉnh đã bố trí 420 tỷ đồng từ nguồn dự phòng ngân sách Trung ương theo Quyết định 1357/QĐ-TTg của Thủ tướng Chính phủ để xây dựng 3,8 km kè chống sạt lở; vận động 146 hộ trong vùng nguy hiểm di dời vào 4 cụm, tuyến dân cư. Ông đề nghị UBND thị xã Hồng Ngự phối hợp Ủy ban MTTQ thị xã công khai danh sách, tiến độ, đồng thời nghiên cứu hỗ trợ thêm từ Quỹ phòng, chống thiên tai tỉnh.
Ông Lê Thanh Bình, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết Mặt trận tỉnh đã vận động trên 2,4 tỷ đồng hỗ trợ hộ bị sạt lở, cất mới 52 căn nhà "Đại đoàn kết"; Hội Nông dân, Hội LHPN hai xã góp 650 triệu đồng, 1.400 ngày công làm 3 tuyến bờ bao tạm.
Trả lời cử tri về nạo vét kênh, ông Trần Trí Quang, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết năm 2024, tỉnh nạo vét 52 tuyến kênh cấp I, II với khoảng 1,9 triệu m3 đất theo Kế hoạch số 310/KH-UBND ngày 15/11/2023 của UBND tỉnh Đồng Tháp; vận động nhân dân nạo vét kênh nội đồng theo phương châm "Nhà nước và nhân dân cùng làm".
Hữu Nghĩa
Lượt xem: 873
Tin liên quan
- Tiếp xúc cử tri huyện Tam Nông (06/12/2023)
- Tỉnh công bố tình huống khẩn cấp sạt lở tại Tân Hồng (28/11/2023)
- Mặt trận tỉnh trao 20 căn nhà Đại đoàn kết (20/11/2023)
""", "2023-12-08", "Cử tri Hồng Ngự kiến nghị sớm xây kè chống sạt lở sông Tiền",
E("hoi_nghi", None, "2023-12-07"),
[P("Phạm Thị Minh Huệ", "Phó Trưởng Đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh"),
 P("Huỳnh Minh Tuấn", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "đại biểu Quốc hội"),
 P("Lê Văn Nhơn"), P("Nguyễn Thị Hoa", "Chi hội trưởng Chi hội phụ nữ ấp Phú Hòa"),
 P("Lê Thanh Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Trí Quang", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn")],
[Q("215 cử tri", 215, "cử tri"), Q("8 luật", 8, "luật"), Q("12 nghị quyết", 12, "nghị quyết"), Q("9 điểm sạt lở", 9, "điểm sạt lở"),
 Q("khoảng 1.250 m", 1250, "m", "approx"), Q("21 căn nhà", 21, "căn nhà"), Q("30 triệu đồng/hộ", 30000000, "đồng"),
 Q("34 ý kiến", 34, "ý kiến"), Q("420 tỷ đồng", 420000000000, "đồng"), Q("3,8 km", 3.8, "km"), Q("146 hộ", 146, "hộ"),
 Q("4 cụm, tuyến dân cư", 4, "cụm, tuyến dân cư"), Q("trên 2,4 tỷ đồng", 2400000000, "đồng", "over"), Q("52 căn nhà", 52, "căn nhà"),
 Q("650 triệu đồng", 650000000, "đồng"), Q("1.400 ngày công", 1400, "ngày công"), Q("3 tuyến bờ bao tạm", 3, "tuyến bờ bao tạm"),
 Q("52 tuyến kênh cấp I, II", 52, "tuyến kênh cấp I, II"), Q("khoảng 1,9 triệu m3", 1900000, "m3", "approx")],
[D("Nghị quyết", "101", "2023/QH15", None, "Quốc hội", "Nghị quyết 101/2023/QH15"),
 D("Quyết định", "1357", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1357/QĐ-TTg"),
 D("Kế hoạch", "310", "KH-UBND", "2023-11-15", "UBND tỉnh Đồng Tháp", "Kế hoạch số 310/KH-UBND ngày 15/11/2023")],
[prov("Đồng Tháp"), com("Long Thuận"), com("Phú Thuận A")],
["Báo Đồng Tháp điện tử", "Thời sự > Chính trị > Hoạt động đại biểu", "Quang cảnh hội nghị tiếp xúc cử tri tại xã Long Thuận. Ảnh: Hữu Nghĩa",
 "Đại đoàn kết", "Nhà nước và nhân dân cùng làm", "Quỹ phòng, chống thiên tai tỉnh", "Lượt xem: 873"],
["8 tháng 12, 2023 | 16:50", "Kỳ họp thứ 6", "khóa XV", "năm 2024", "năm 2023", "Đông Xuân 2023 - 2024", "Lượt xem: 873"]))

PAGES.append(page("b4724-baclieu-hnd-tongket-2024", """
HỘI NÔNG DÂN TỈNH BẠC LIÊU
Trang chủ | Tin tức - Sự kiện | Hoạt động Hội
Thứ Sáu, 27/12/2024 - 15:10
Ảnh: Toàn cảnh hội nghị tổng kết.
Hội Nông dân tỉnh Bạc Liêu tổng kết công tác Hội và phong trào nông dân năm 2024
Ngày 26/12/2024, Ban Thường vụ Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có đồng chí Lâm Thị Sa Phia, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Văn Thành, Ủy viên Ban Thường vụ Trung ương Hội Nông dân Việt Nam, Trưởng ban Kinh tế - Xã hội Trung ương Hội.
Năm 2024, hạn hán, xâm nhập mặn và sạt lở ven biển tiếp tục gây khó khăn cho sản xuất; các cấp Hội đã vận động hội viên, nông dân đóng góp 21,7 tỷ đồng, 86.300 ngày công, hiến 48.000 m2 đất nạo vét 318 tuyến kênh nội đồng, xây dựng 27 cống hộ đập, làm mới 104 km đường giao thông nông thôn. Toàn tỉnh có 42.816 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; kết nạp 2.306 hội viên mới; phát triển 64 tổ hợp tác, 11 hợp tác xã nông nghiệp, trong đó có 8 mô hình tôm - lúa thích ứng biến đổi khí hậu. Nguồn Quỹ Hỗ trợ nông dân các cấp đạt 58,2 tỷ đồng, giúp 1.915 hộ vay vốn; phối hợp Ngân hàng Chính sách xã hội quản lý dư nợ 1.246 tỷ đồng.
Thực hiện Kết luận 61-KL/TW của Ban Bí thư và Quyết định 81/QĐ-TTg của Thủ tướng Chính phủ, các cấp Hội tổ chức 1.120 cuộc tuyên truyền cho trên 46.000 lượt hội viên; phối hợp Ủy ban MTTQ tỉnh giúp 37 hộ dân ven biển xã Vĩnh Hậu A, Vĩnh Thịnh di dời khỏi vùng sạt lở. Ban Thường vụ Hội tỉnh ban hành Nghị quyết chuyên đề số 05-NQ/HNDT về tham gia xây dựng nông thôn mới gắn với ứng phó biến đổi khí hậu.
Phát biểu tại hội nghị, đồng chí Lâm Thị Sa Phia đề nghị năm 2025, Hội Nông dân tỉnh tập trung thực hiện Nghị quyết 18-NQ/TW của BCH Trung ương khóa XII về sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả; nâng chất lượng phong trào thi đua; vận động nông dân chủ động trữ nước, chuyển đổi cơ cấu cây trồng vùng nhiễm mặn.
Đồng chí Nguyễn Văn Thành đánh giá Hội Nông dân tỉnh Bạc Liêu là một trong những đơn vị dẫn đầu cụm thi đua các tỉnh đồng bằng sông Cửu Long. Ông Huỳnh Thanh Tùng, Chủ tịch Hội Nông dân xã Vĩnh Hậu A, chia sẻ kinh nghiệm vận động 95 hộ góp 1,6 tỷ đồng làm đê bao ngăn triều cường.
Dịp này, Trung ương Hội Nông dân Việt Nam tặng cờ thi đua cho Hội Nông dân tỉnh; UBND tỉnh tặng bằng khen cho 10 tập thể, 18 cá nhân; Ban Thường vụ Hội Nông dân tỉnh tặng giấy khen cho 30 tập thể và 45 cá nhân xuất sắc. Các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Trương Hoàng Vũ, Thạch Thị Xuân trao khen thưởng.
Hoài Thanh
Lượt xem: 734
Tin liên quan
- Hội Nông dân Hòa Bình tổng kết năm 2024 (24/12/2024)
- Trao 20 con bò giống cho hội viên nghèo (16/12/2024)
- Nông dân Đông Hải góp sức làm cống ngăn mặn (09/12/2024)
""", "2024-12-27", "Hội Nông dân tỉnh Bạc Liêu tổng kết công tác Hội và phong trào nông dân năm 2024",
E("tong_ket", "2024", "2024-12-26"),
[P("Lâm Thị Sa Phia", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Thành", "Ủy viên Ban Thường vụ Trung ương Hội Nông dân Việt Nam", "Trưởng ban Kinh tế - Xã hội Trung ương Hội"),
 P("Huỳnh Thanh Tùng", "Chủ tịch Hội Nông dân xã Vĩnh Hậu A"),
 P("Trương Hoàng Vũ", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Thị Xuân", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("21,7 tỷ đồng", 21700000000, "đồng"), Q("86.300 ngày công", 86300, "ngày công"), Q("48.000 m2", 48000, "m2"),
 Q("318 tuyến kênh nội đồng", 318, "tuyến kênh nội đồng"), Q("27 cống hộ đập", 27, "cống hộ đập"), Q("104 km", 104, "km"),
 Q("42.816 hộ", 42816, "hộ"), Q("2.306 hội viên mới", 2306, "hội viên mới"), Q("64 tổ hợp tác", 64, "tổ hợp tác"),
 Q("11 hợp tác xã nông nghiệp", 11, "hợp tác xã nông nghiệp"), Q("8 mô hình tôm - lúa", 8, "mô hình tôm - lúa"),
 Q("58,2 tỷ đồng", 58200000000, "đồng"), Q("1.915 hộ", 1915, "hộ"), Q("1.246 tỷ đồng", 1246000000000, "đồng"),
 Q("1.120 cuộc tuyên truyền", 1120, "cuộc tuyên truyền"), Q("trên 46.000 lượt hội viên", 46000, "lượt hội viên", "over"),
 Q("37 hộ dân", 37, "hộ dân"), Q("95 hộ", 95, "hộ"), Q("1,6 tỷ đồng", 1600000000, "đồng"), Q("10 tập thể", 10, "tập thể"),
 Q("18 cá nhân", 18, "cá nhân"), Q("30 tập thể", 30, "tập thể"), Q("45 cá nhân xuất sắc", 45, "cá nhân xuất sắc")],
[D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW"),
 D("Quyết định", "81", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 81/QĐ-TTg"),
 D("Nghị quyết", "05", "NQ/HNDT", None, "Ban Thường vụ Hội tỉnh", "Nghị quyết chuyên đề số 05-NQ/HNDT"),
 D("Nghị quyết", "18", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 18-NQ/TW")],
[prov("Bạc Liêu"), com("Vĩnh Hậu A"), com("Vĩnh Thịnh")],
["HỘI NÔNG DÂN TỈNH BẠC LIÊU", "Trang chủ | Tin tức - Sự kiện | Hoạt động Hội", "Ảnh: Toàn cảnh hội nghị tổng kết.",
 "Quỹ Hỗ trợ nông dân", "Ngân hàng Chính sách xã hội", "Lượt xem: 734"],
["Thứ Sáu, 27/12/2024 - 15:10", "năm 2024", "năm 2025", "khóa XII", "Lượt xem: 734"]))

PAGES.append(page("b4725-cantho-bdv-soket-2024", """
BÁO CẦN THƠ ONLINE
Chính trị › Xây dựng Đảng › Dân vận
Ngày 19-07-2024, 10:15
Dân vận khéo trong vận động di dời nhà ven sông
Ngày 18/7, Ban Dân vận Thành ủy Cần Thơ tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Đỗ Thị Thanh Bình, Thành ủy viên, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì hội nghị.
Đồng chí Đỗ Thị Thanh Bình phát biểu kết luận hội nghị.
Báo cáo cho thấy, 6 tháng đầu năm 2024, trên địa bàn thành phố xảy ra 17 vụ sạt lở bờ sông, kênh rạch, tổng chiều dài khoảng 1.020 m, làm 23 căn nhà bị sụp hoặc hư hỏng, thiệt hại ước trên 9 tỷ đồng. Khối dân vận các cấp phối hợp chính quyền vận động 184 hộ ở vùng sạt lở nguy hiểm trên sông Hậu, sông Cần Thơ, rạch Cái Sơn di dời đến nơi an toàn; các phường Thới An Đông, Bình Thủy, Long Hòa hoàn thành vận động hộ dân bàn giao mặt bằng xây kè.
Ban Dân vận Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành Chỉ thị 24-CT/ThU về tăng cường công tác dân vận trong phòng, chống thiên tai, sạt lở; Kế hoạch số 145-KH/ThU thực hiện Kết luận 114-KL/TW của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của Đảng. Phong trào thi đua "Dân vận khéo" có 1.386 mô hình được công nhận, trong đó 97 mô hình cấp thành phố, 12 mô hình về bảo vệ môi trường, chống sạt lở.
Tại hội nghị, đồng chí Trần Thị Xuân Mai, Quận ủy viên, Trưởng Ban Dân vận Quận ủy Ninh Kiều, chia sẻ cách vận động 42 hộ dân rạch Khai Luông tự nguyện tháo dỡ nhà lấn chiếm, nhường 2.300 m2 đất làm bờ kè và đường đi bộ. Đại đức Danh Sơn, trụ trì chùa Pô Thi Sômarôn, phường Long Tuyền, cho biết nhà chùa phối hợp vận động đồng bào Khmer trữ nước, phòng chống nắng nóng.
Ông Lê Văn Chiến, Phó Chủ tịch Thường trực Hội Nông dân thành phố, cho biết các cấp Hội đã vận động hội viên góp 1,7 tỷ đồng, hơn 3.200 ngày công nạo vét 58 tuyến kênh thủy lợi nội đồng, trồng 6.500 cây bần, dừa nước giữ bờ; 215 hộ hội viên ven sông ký cam kết không xây dựng nhà trong hành lang bảo vệ bờ sông.
Kết luận hội nghị, đồng chí Đỗ Thị Thanh Bình yêu cầu 6 tháng cuối năm, khối dân vận tập trung tuyên truyền Quyết định 99-QĐ/TW, Quy định 124-QĐ/TW của Ban Bí thư; chủ động nắm tình hình nhân dân ở vùng sạt lở, vùng dự án; phấn đấu 100% hộ dân ở vùng có nguy cơ sạt lở cao được vận động di dời trước mùa mưa lũ.
Dịp này, Ban Dân vận Thành ủy trao giấy khen cho 8 tập thể, 14 cá nhân có thành tích xuất sắc trong công tác dân vận 6 tháng đầu năm.
Phương Nhi
Lượt xem: 1.528
Xem thêm
- Ô Môn: vận động 30 hộ dân tháo dỡ nhà ven rạch (10/07/2024)
- Phong Điền ra mắt mô hình "Dân vận khéo" giữ gìn bờ sông (02/07/2024)
- Ban Dân vận Thành ủy giao ban khối dân vận quý II (25/06/2024)
""", "2024-07-19", "Dân vận khéo trong vận động di dời nhà ven sông",
E("so_ket", "2024-H1", "2024-07-18"),
[P("Đỗ Thị Thanh Bình", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Trần Thị Xuân Mai", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy Ninh Kiều"),
 P("Danh Sơn", "Đại đức", "trụ trì chùa Pô Thi Sômarôn"),
 P("Lê Văn Chiến", "Phó Chủ tịch Thường trực Hội Nông dân thành phố")],
[Q("17 vụ sạt lở bờ sông, kênh rạch", 17, "vụ sạt lở bờ sông, kênh rạch"), Q("khoảng 1.020 m", 1020, "m", "approx"),
 Q("23 căn nhà", 23, "căn nhà"), Q("trên 9 tỷ đồng", 9000000000, "đồng", "over"), Q("184 hộ", 184, "hộ"),
 Q("1.386 mô hình", 1386, "mô hình"), Q("97 mô hình cấp thành phố", 97, "mô hình cấp thành phố"), Q("12 mô hình", 12, "mô hình"),
 Q("42 hộ dân", 42, "hộ dân"), Q("2.300 m2", 2300, "m2"), Q("100% hộ dân", 100, "%"), Q("8 tập thể", 8, "tập thể"),
 Q("14 cá nhân", 14, "cá nhân"), Q("1,7 tỷ đồng", 1700000000, "đồng"), Q("hơn 3.200 ngày công", 3200, "ngày công", "over"),
 Q("58 tuyến kênh thủy lợi nội đồng", 58, "tuyến kênh thủy lợi nội đồng"), Q("6.500 cây bần, dừa nước", 6500, "cây bần, dừa nước"), Q("215 hộ hội viên", 215, "hộ hội viên")],
[D("Chỉ thị", "24", "CT/ThU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 24-CT/ThU"),
 D("Kế hoạch", "145", "KH/ThU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 145-KH/ThU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW"),
 D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định 99-QĐ/TW"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định 124-QĐ/TW")],
[prov("Cần Thơ"), com("Thới An Đông"), com("Bình Thủy"), com("Long Hòa"), com("Long Tuyền")],
["BÁO CẦN THƠ ONLINE", "Chính trị › Xây dựng Đảng › Dân vận", "Đồng chí Đỗ Thị Thanh Bình phát biểu kết luận hội nghị.",
 "Dân vận khéo", "Lượt xem: 1.528"],
["Ngày 19-07-2024, 10:15", "6 tháng đầu năm", "6 tháng cuối năm 2024", "6 tháng đầu năm 2024", "Lượt xem: 1.528"]))

PAGES.append(page("b4726-haugiang-bdv-giaoban-2025", """
Cổng Thông tin điện tử Ban Dân vận Tỉnh ủy Hậu Giang
You are here: Trang chủ > Tin tức > Hoạt động dân vận
Cập nhật lúc 16:05 ngày 04/04/2025
Ảnh: Quang cảnh buổi giao ban.
Khối dân vận tỉnh giao ban quý I, bàn giải pháp ứng phó sạt lở, khô hạn
Sáng 3/4/2025, Ban Dân vận Tỉnh ủy Hậu Giang tổ chức giao ban khối dân vận quý I năm 2025. Chủ trì buổi giao ban có đồng chí Lê Thị Thúy Hằng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Lanh, Danh Thị Mỹ Xuân.
Theo báo cáo, quý I, nắng nóng kéo dài, mặn xâm nhập sâu vào kênh Xà No và sông Cái Lớn với độ mặn đo được cao nhất 4,2‰; trên địa bàn tỉnh xảy ra 11 vụ sạt lở với tổng chiều dài 486 m, 6 căn nhà bị ảnh hưởng. Khối dân vận phối hợp vận động nhân dân góp 2,9 tỷ đồng, 7.500 ngày công đắp 54 đập tạm, nạo vét 73 tuyến kênh nội đồng; Ủy ban MTTQ tỉnh vận động 1.200 bồn chứa nước hỗ trợ hộ nghèo vùng bị nhiễm mặn ở các huyện Long Mỹ, Vị Thủy.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy quán triệt Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy của hệ thống chính trị; nắm tình hình tư tưởng cán bộ, đảng viên và nhân dân trước chủ trương sáp nhập tỉnh, bỏ cấp huyện. Qua nắm tình hình, có 28 ý kiến quan tâm đến việc đặt tên xã mới và chế độ cho cán bộ không chuyên trách.
Tại giao ban, đồng chí Trần Thị Kim Loan, HUV, Trưởng Ban Dân vận Huyện ủy Long Mỹ, cho biết huyện đang vận động 39 hộ dân xã Lương Tâm và xã Xà Phiên tháo dỡ nhà lấn chiếm bờ kênh; mỗi hộ được hỗ trợ 20 triệu đồng. Ông Phạm Minh Tâm, Chủ tịch Hội Nông dân tỉnh, thông tin về 16 mô hình nông dân thích ứng hạn, mặn đang được nhân rộng, trong đó có mô hình trồng khóm xen dừa tại xã Hỏa Tiến.
Bà Thạch Thị Sa Vy, Bí thư Chi bộ kiêm Trưởng ấp Mỹ Phú, xã Hỏa Tiến, phản ánh nước sinh hoạt ở ấp bị nhiễm mặn, 62 hộ phải mua nước bình với giá 12.000 đồng/bình; đề nghị sớm kéo tuyến ống nước sạch dài khoảng 3 km về ấp.
Kết luận giao ban, đồng chí Lê Thị Thúy Hằng đề nghị quý II, khối dân vận tiếp tục thực hiện Nghị quyết 43-NQ/TW của BCH Trung ương về phát huy sức mạnh khối đại đoàn kết toàn dân tộc; tuyên truyền, vận động nhân dân đồng thuận với việc sắp xếp đơn vị hành chính; phấn đấu không để xảy ra điểm nóng, khiếu kiện đông người.
Đồng chí cũng giao Văn phòng Ban phối hợp Ủy ban MTTQ tỉnh tổng hợp 100% kiến nghị của nhân dân về chống sạt lở, báo cáo Thường trực Tỉnh ủy trước ngày 15/4.
Tâm Đoan
Lượt truy cập: 2.211
Tin liên quan
- Hội nghị sơ kết 3 năm thực hiện Chỉ thị 16-CT/TU (20/03/2025)
- Vị Thủy ra mắt 4 mô hình "Dân vận khéo" (12/03/2025)
- Giao ban khối dân vận tháng 2/2025 (04/03/2025)
""", "2025-04-04", "Khối dân vận tỉnh giao ban quý I, bàn giải pháp ứng phó sạt lở, khô hạn",
E("giao_ban", "2025-Q1", "2025-04-03"),
[P("Lê Thị Thúy Hằng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Lanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Thị Mỹ Xuân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Kim Loan", "HUV", "Trưởng Ban Dân vận Huyện ủy Long Mỹ"),
 P("Phạm Minh Tâm", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Thị Sa Vy", "Bí thư Chi bộ kiêm Trưởng ấp Mỹ Phú")],
[Q("4,2‰", 4.2, "‰"), Q("11 vụ sạt lở", 11, "vụ sạt lở"), Q("486 m", 486, "m"), Q("6 căn nhà", 6, "căn nhà"),
 Q("2,9 tỷ đồng", 2900000000, "đồng"), Q("7.500 ngày công", 7500, "ngày công"), Q("54 đập tạm", 54, "đập tạm"),
 Q("73 tuyến kênh nội đồng", 73, "tuyến kênh nội đồng"), Q("1.200 bồn chứa nước", 1200, "bồn chứa nước"),
 Q("28 ý kiến", 28, "ý kiến"), Q("39 hộ dân", 39, "hộ dân"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("16 mô hình", 16, "mô hình"), Q("100% kiến nghị", 100, "%"), Q("62 hộ", 62, "hộ"),
 Q("12.000 đồng/bình", 12000, "đồng"), Q("khoảng 3 km", 3, "km", "approx")],
[D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Nghị quyết", "43", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 43-NQ/TW")],
[prov("Hậu Giang"), com("Lương Tâm"), com("Xà Phiên"), com("Hỏa Tiến")],
["Cổng Thông tin điện tử Ban Dân vận Tỉnh ủy Hậu Giang", "You are here: Trang chủ > Tin tức > Hoạt động dân vận",
 "Ảnh: Quang cảnh buổi giao ban.", "Lượt truy cập: 2.211"],
["Cập nhật lúc 16:05 ngày 04/04/2025", "quý I năm 2025", "quý II", "Lượt truy cập: 2.211"]))
