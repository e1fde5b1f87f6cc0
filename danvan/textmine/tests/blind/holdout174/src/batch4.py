from lib import *
PAGES = []

PAGES.append(page("b4151-ninhthuan-chucsac-2024", """
Báo Ninh Thuận điện tử
Xã hội | Dân tộc - Tôn giáo
Thứ Sáu, 17/05/2024 - 07:45
Cả sư Thành Văn Đức - người "giữ lửa" đoàn kết ở làng Chăm Hữu Đức
Hơn 20 năm tu hành, Cả sư Thành Văn Đức, Trưởng Ban Đại diện Hội đồng chức sắc Bà-la-môn tỉnh, luôn gương mẫu vận động chức sắc, tín đồ ở xã Phước Hà, huyện Ninh Phước "sống tốt đời, đẹp đạo", góp sức xây dựng nông thôn mới.
Cả sư Thành Văn Đức (giữa) trò chuyện với người dân làng Hữu Đức. Ảnh: Văn Nỷ
Làng Hữu Đức có 1.042 hộ với 5.380 nhân khẩu, 99% là đồng bào Chăm theo đạo Bà-la-môn. Trước đây, nhiều lễ nghi kéo dài, tốn kém. Với uy tín của mình, Cả sư Đức cùng Hội đồng chức sắc vận động bà con tổ chức lễ hội Katê, lễ tang gọn nhẹ, tiết kiệm cho mỗi gia đình khoảng 12 triệu đồng. Ông còn khuyến khích 128 hộ chuyển đổi 46 ha lúa kém hiệu quả sang trồng nho, táo, nuôi dê.
Ông Quảng Đại Tuấn, Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hà, cho biết 5 năm qua, từ sự vận động của các chức sắc, bà con trong xã hiến gần 7.600 m2 đất, đóng góp khoảng 1,3 tỷ đồng làm 4,5 km đường nội đồng. Tỷ lệ hộ nghèo của xã giảm từ 18,6% năm 2019 xuống còn 6,2% năm 2023.
Không chỉ Cả sư Đức, nhiều chức sắc Chăm khác cũng là chỗ dựa của bà con. Ông Đàng Năng Thọ, Phó Trưởng Ban Đại diện Hội đồng chức sắc Bà-la-môn tỉnh, đứng ra hòa giải thành 12 vụ mâu thuẫn trong dòng họ. Ông Lộ Minh Trại, Thư ký Hội đồng Phong tục Chăm Bà-ni, vận động 9 gia đình đưa con em trở lại trường. Bà Phú Thị Ngọc Hân, người có uy tín thôn Hiếu Thiện, giúp 25 chị em vay vốn dệt thổ cẩm.
Đồng chí Chamaléa Thị Bình, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, đánh giá: thực hiện Chỉ thị 18-CT/TW của Ban Bí thư về phát huy vai trò của người có uy tín trong vùng đồng bào dân tộc thiểu số và Kết luận 12, 13-KL/TU của Ban Thường vụ Tỉnh ủy, tỉnh có 156 chức sắc, chức việc Chăm tham gia tổ hòa giải, tổ an ninh tự quản. Năm 2023, Ban Dân vận Tỉnh ủy công nhận 24 mô hình "Dân vận khéo" trong vùng đồng bào Chăm.
Với những đóng góp đó, Cả sư Thành Văn Đức được Thủ tướng Chính phủ tặng Bằng khen theo Quyết định số 1412/QĐ-TTg ngày 20/11/2023; ông là 1 trong 45 cá nhân tiêu biểu được biểu dương tại Đại hội đại biểu các dân tộc thiểu số tỉnh lần thứ IV. Ông Thiên Sanh Hùng, Trưởng Ban Dân tộc tỉnh, cho biết tỉnh đang đề xuất tăng mức hỗ trợ cho người có uy tín lên 1 triệu đồng/người/quý.
"Chức sắc mà nói không đi đôi với làm thì không ai nghe. Mình làm trước, bà con sẽ làm theo", Cả sư Đức chia sẻ.
Văn Nỷ
Lượt xem: 1.968
Tin liên quan
- Biểu dương 45 điển hình dân tộc thiểu số (18/04/2024)
- Ninh Hải: Người có uy tín góp sức xây dựng nông thôn mới (05/04/2024)
""", "2024-05-17", 'Cả sư Thành Văn Đức - người "giữ lửa" đoàn kết ở làng Chăm Hữu Đức',
E("khac", None, None),
[P("Thành Văn Đức", "Cả sư", "Trưởng Ban Đại diện Hội đồng chức sắc Bà-la-môn tỉnh"),
 P("Quảng Đại Tuấn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hà"),
 P("Đàng Năng Thọ", "Phó Trưởng Ban Đại diện Hội đồng chức sắc Bà-la-môn tỉnh"),
 P("Lộ Minh Trại", "Thư ký Hội đồng Phong tục Chăm Bà-ni"),
 P("Phú Thị Ngọc Hân", "người có uy tín thôn Hiếu Thiện"),
 P("Chamaléa Thị Bình", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thiên Sanh Hùng", "Trưởng Ban Dân tộc tỉnh")],
[Q("1.042 hộ", 1042, "hộ"), Q("5.380 nhân khẩu", 5380, "nhân khẩu"), Q("99%", 99, "%"), Q("khoảng 12 triệu đồng", 12000000, "đồng", "approx"),
 Q("128 hộ", 128, "hộ"), Q("46 ha", 46, "ha"), Q("gần 7.600 m2", 7600, "m2", "approx"), Q("khoảng 1,3 tỷ đồng", 1300000000, "đồng", "approx"),
 Q("4,5 km", 4.5, "km"), Q("18,6%", 18.6, "%"), Q("6,2%", 6.2, "%"), Q("12 vụ mâu thuẫn", 12, "vụ mâu thuẫn"), Q("9 gia đình", 9, "gia đình"),
 Q("25 chị em", 25, "chị em"), Q("156 chức sắc, chức việc Chăm", 156, "chức sắc, chức việc Chăm"), Q("24 mô hình", 24, "mô hình"),
 Q("45 cá nhân tiêu biểu", 45, "cá nhân tiêu biểu"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị 18-CT/TW"),
 D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU"),
 D("Kết luận", "13", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU"),
 D("Quyết định", "1412", "QĐ-TTg", "2023-11-20", "Thủ tướng Chính phủ", "Quyết định số 1412/QĐ-TTg ngày 20/11/2023")],
[prov("Ninh Thuận"), com("Phước Hà")],
["Báo Ninh Thuận điện tử", "Xã hội | Dân tộc - Tôn giáo", "Cả sư Thành Văn Đức (giữa) trò chuyện với người dân làng Hữu Đức. Ảnh: Văn Nỷ",
 "giữ lửa", "sống tốt đời, đẹp đạo", "Dân vận khéo", "Katê", "Lượt xem: 1.968"],
["Thứ Sáu, 17/05/2024 - 07:45", "Hơn 20 năm", "5 năm qua", "năm 2019", "năm 2023", "Năm 2023", "lần thứ IV", "1 trong 45", "Lượt xem: 1.968"]))

PAGES.append(page("b4152-longan-hoctaplamtheo-2024", """
BÁO LONG AN ONLINE
Trang chủ >> Chính trị >> Xây dựng Đảng
25/10/2024 | 08:00
Ảnh: Lãnh đạo tỉnh trao Bằng khen cho các điển hình.
Long An: Biểu dương 68 điển hình học tập và làm theo Bác
Sáng 24/10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị biểu dương điển hình tiên tiến trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2024. 68 tập thể, cá nhân tiêu biểu, trong đó có 12 người hiến đất, 9 doanh nhân, 6 chức sắc tôn giáo, được biểu dương.
Dự hội nghị có các đồng chí: Nguyễn Văn Hậu, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy; Huỳnh Văn Quang, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Võ Thị Minh Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy; Nguyễn Thị Bé Ba, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, năm 2024 các cấp đã tổ chức 1.870 buổi sinh hoạt chuyên đề; 100% chi bộ đưa nội dung học tập và làm theo Bác vào sinh hoạt định kỳ. Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị và Kết luận 01-KL/TW ngày 18/5/2021 của Bộ Chính trị, toàn tỉnh xây dựng được 352 mô hình, cách làm hay; nhân dân hiến trên 96.000 m2 đất, đóng góp hơn 128 tỷ đồng làm đường, cầu nông thôn.
Trong số các điển hình, ông Lê Văn Mười, 82 tuổi, ở ấp 3, xã Mỹ Lạc, đã hiến 2.300 m2 đất làm đường, vận động 31 hộ lân cận cùng hiến. Ông Nguyễn Thành Trung, Giám đốc Công ty TNHH Lúa gạo Thành Trung, Phó Chủ tịch Hiệp hội Doanh nghiệp tỉnh, ủng hộ 3,5 tỷ đồng xây 58 căn nhà Đại đoàn kết. Linh mục Giuse Phạm Văn Thành, chánh xứ giáo xứ Tân Hòa, xã Tân Hòa, vận động giáo dân góp 870 triệu đồng làm 2 cây cầu. Đại đức Thích Minh Hạnh, trụ trì chùa Phước Lâm, nấu 250 suất cơm mỗi tuần cho bệnh nhân nghèo. Chị Trần Thị Kiều, Bí thư Chi đoàn ấp Bình Thủy, xã Bình Hòa Nam, lập đội xung kích giúp 17 hộ neo đơn sửa nhà.
Phát biểu tại hội nghị, đồng chí Nguyễn Thị Bé Ba đề nghị các cấp ủy tiếp tục thực hiện Kế hoạch số 142-KH/TU, Kế hoạch số 143-KH/TU của Ban Thường vụ Tỉnh ủy; nhân rộng các điển hình "Dân vận khéo", gắn với phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 20 tập thể, 48 cá nhân. Đồng chí Huỳnh Văn Quang và đồng chí Võ Thị Minh Hiền trao Bằng khen, tổng tiền thưởng hơn 190 triệu đồng. Ông Lê Văn Mười xúc động: "Tui già rồi, còn miếng đất cho con đường đi qua thì vui".
Tại hội nghị, các đồng chí Phó Trưởng Ban Tuyên giáo Tỉnh ủy: Trương Văn Nam, Lê Thị Thúy thông tin mô hình "Mỗi chi bộ một công trình làm theo Bác" với 412 công trình, phần việc đã đăng ký năm 2024.
Hồng Nhung
Lượt truy cập: 9.412
Tin liên quan
- Đức Hòa biểu dương 40 điển hình (18/10/2024)
- Người hiến đất làm đường ở Cần Giuộc (10/10/2024)
""", "2024-10-25", "Long An: Biểu dương 68 điển hình học tập và làm theo Bác",
E("hoi_nghi", "2024", "2024-10-24"),
[P("Nguyễn Văn Hậu", "Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Huỳnh Văn Quang", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Võ Thị Minh Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Nguyễn Thị Bé Ba", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Mười"),
 P("Nguyễn Thành Trung", "Giám đốc Công ty TNHH Lúa gạo Thành Trung", "Phó Chủ tịch Hiệp hội Doanh nghiệp tỉnh"),
 P("Giuse Phạm Văn Thành", "Linh mục", "chánh xứ giáo xứ Tân Hòa"),
 P("Thích Minh Hạnh", "Đại đức", "trụ trì chùa Phước Lâm"),
 P("Trần Thị Kiều", "Bí thư Chi đoàn ấp Bình Thủy"),
 P("Trương Văn Nam", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Lê Thị Thúy", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy")],
[Q("68 tập thể, cá nhân tiêu biểu", 68, "tập thể, cá nhân tiêu biểu"), Q("12 người", 12, "người"), Q("9 doanh nhân", 9, "doanh nhân"),
 Q("6 chức sắc tôn giáo", 6, "chức sắc tôn giáo"), Q("1.870 buổi sinh hoạt chuyên đề", 1870, "buổi sinh hoạt chuyên đề"),
 Q("100% chi bộ", 100, "%"), Q("352 mô hình, cách làm hay", 352, "mô hình, cách làm hay"), Q("trên 96.000 m2", 96000, "m2", "over"),
 Q("hơn 128 tỷ đồng", 128000000000, "đồng", "over"), Q("2.300 m2", 2300, "m2"), Q("31 hộ", 31, "hộ"), Q("3,5 tỷ đồng", 3500000000, "đồng"),
 Q("58 căn nhà Đại đoàn kết", 58, "căn nhà Đại đoàn kết"), Q("870 triệu đồng", 870000000, "đồng"), Q("2 cây cầu", 2, "cây cầu"),
 Q("250 suất cơm", 250, "suất cơm"), Q("17 hộ neo đơn", 17, "hộ neo đơn"), Q("20 tập thể", 20, "tập thể"), Q("48 cá nhân", 48, "cá nhân"),
 Q("hơn 190 triệu đồng", 190000000, "đồng", "over"), Q("412 công trình, phần việc", 412, "công trình, phần việc")],
[D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận 01-KL/TW ngày 18/5/2021"),
 D("Kế hoạch", "142", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 142-KH/TU"),
 D("Kế hoạch", "143", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 143-KH/TU")],
[prov("Long An"), com("Mỹ Lạc"), com("Tân Hòa"), com("Bình Hòa Nam")],
["BÁO LONG AN ONLINE", "Trang chủ >> Chính trị >> Xây dựng Đảng", "Ảnh: Lãnh đạo tỉnh trao Bằng khen cho các điển hình.",
 "Dân vận khéo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Mỗi chi bộ một công trình làm theo Bác",
 "Công ty TNHH Lúa gạo Thành Trung", "Lượt truy cập: 9.412"],
["25/10/2024 | 08:00", "năm 2024", "82 tuổi", "ấp 3", "Lượt truy cập: 9.412"]))

PAGES.append(page("b4153-tuyenquang-nguoimong-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Hôm nay: Thứ Bảy, 20/09/2025
Trang chủ / Xã hội / Người tốt - việc tốt
19/09/2025 - 06:30
Ảnh: Ông Vàng Chúng Dính (thứ hai từ phải) cùng cán bộ xã kiểm tra mương dẫn nước.
Người "đi trước" ở Lô Lô Chải
Gần 25 năm làm Bí thư Chi bộ thôn Lô Lô Chải, xã Lũng Cú, ông Vàng Chúng Dính, người Lô Lô, đã vận động bà con hiến hơn 4.200 m2 đất, góp 2.600 ngày công làm đường và 3,8 km mương, đưa thôn thành điểm du lịch cộng đồng với 42 homestay.
Thôn Lô Lô Chải có 118 hộ, 96% là đồng bào Lô Lô, Mông. Năm 2010, thôn còn 74 hộ nghèo; đến tháng 6/2025 chỉ còn 11 hộ. Ông Dính là người đầu tiên sửa nhà trình tường thành nơi đón khách, rồi đi từng nhà vận động. Năm 2024, thôn đón khoảng 36.000 lượt khách, doanh thu từ du lịch đạt trên 9 tỷ đồng; thu nhập bình quân đạt 38 triệu đồng/người/năm.
Sau khi sắp xếp đơn vị hành chính, xã Lũng Cú mới được thành lập trên cơ sở 3 xã cũ, có 41 thôn với hơn 19.000 nhân khẩu. Đồng chí Lò Văn Páo, Bí thư Đảng ủy xã Lũng Cú, cho biết: thực hiện Nghị quyết 60-NQ/TW của Ban Chấp hành Trung ương và Kế hoạch số 15-KH/ĐU của Đảng ủy xã, xã đang nhân rộng cách làm của Lô Lô Chải ra 8 thôn có tiềm năng du lịch. Ông Sùng Mí Vàng, Chủ tịch UBND xã, bổ sung: 3 tháng vận hành chính quyền hai cấp, xã đã tiếp nhận, giải quyết 1.245 hồ sơ thủ tục hành chính, 98,6% đúng hạn.
Bên cạnh ông Dính, nhiều người có uy tín ở Lũng Cú cũng được bà con tin tưởng. Bà Lù Thị Sở, Chi hội trưởng phụ nữ thôn Lô Lô Chải, lập tổ thêu với 27 chị em; ông Giàng Mí Chứ, người có uy tín thôn Thèn Ván, vận động 15 hộ bỏ tục "ma chay kéo dài", tiết kiệm mỗi đám khoảng 30 triệu đồng.
Theo đồng chí Hoàng Thị Dung, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, tỉnh Tuyên Quang (mới) hiện có 3.286 người có uy tín, trong đó hơn 1.700 người ở địa bàn tỉnh Hà Giang cũ. Thực hiện Chương trình hành động số 03-CTr/TU và Quyết định 1719/QĐ-TTg, năm 2025 tỉnh biểu dương 150 người có uy tín tiêu biểu. Đồng chí Ma Thế Hùng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh, cho biết ông Vàng Chúng Dính vừa được đề nghị tặng danh hiệu "Nông dân Việt Nam xuất sắc" năm 2025, là 1 trong 63 gương mặt của cả nước.
"Mình là người Lô Lô, phải giữ được cái hay của dân tộc mình thì khách mới đến", ông Dính nói. Hiện ông đang cùng Chi bộ vận động 6 hộ còn lại sửa nhà, làm nhà vệ sinh để đón khách trước mùa hoa tam giác mạch.
Hữu Quang
Lượt xem: 2.477
Tin liên quan
- Lũng Cú: Ra mắt tổ du lịch cộng đồng (10/09/2025)
- Người có uy tín góp sức xây dựng chính quyền hai cấp (02/09/2025)
""", "2025-09-19", 'Người "đi trước" ở Lô Lô Chải',
E("khac", None, None),
[P("Vàng Chúng Dính", "Bí thư Chi bộ thôn Lô Lô Chải"),
 P("Lò Văn Páo", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Sùng Mí Vàng", "Chủ tịch UBND xã"),
 P("Lù Thị Sở", "Chi hội trưởng phụ nữ thôn Lô Lô Chải"),
 P("Giàng Mí Chứ", "người có uy tín thôn Thèn Ván"),
 P("Hoàng Thị Dung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ma Thế Hùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh")],
[Q("hơn 4.200 m2", 4200, "m2", "over"), Q("2.600 ngày công", 2600, "ngày công"), Q("3,8 km", 3.8, "km"), Q("42 homestay", 42, "homestay"),
 Q("118 hộ", 118, "hộ"), Q("96%", 96, "%"), Q("74 hộ nghèo", 74, "hộ nghèo"), Q("11 hộ", 11, "hộ"),
 Q("khoảng 36.000 lượt khách", 36000, "lượt khách", "approx"), Q("trên 9 tỷ đồng", 9000000000, "đồng", "over"),
 Q("38 triệu đồng", 38000000, "đồng"), Q("3 xã", 3, "xã"), Q("41 thôn", 41, "thôn"), Q("hơn 19.000 nhân khẩu", 19000, "nhân khẩu", "over"),
 Q("8 thôn", 8, "thôn"), Q("1.245 hồ sơ thủ tục hành chính", 1245, "hồ sơ thủ tục hành chính"), Q("98,6%", 98.6, "%"),
 Q("27 chị em", 27, "chị em"), Q("15 hộ", 15, "hộ"), Q("khoảng 30 triệu đồng", 30000000, "đồng", "approx"),
 Q("3.286 người có uy tín", 3286, "người có uy tín"), Q("hơn 1.700 người", 1700, "người", "over"),
 Q("150 người có uy tín tiêu biểu", 150, "người có uy tín tiêu biểu"), Q("63 gương mặt", 63, "gương mặt"), Q("6 hộ", 6, "hộ")],
[D("Nghị quyết", "60", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 60-NQ/TW"),
 D("Kế hoạch", "15", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU"),
 D("Chương trình hành động", "03", "CTr/TU", None, None, "Chương trình hành động số 03-CTr/TU"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ / Xã hội / Người tốt - việc tốt",
 "Ảnh: Ông Vàng Chúng Dính (thứ hai từ phải) cùng cán bộ xã kiểm tra mương dẫn nước.", "đi trước",
 "ma chay kéo dài", "Nông dân Việt Nam xuất sắc", "Lượt xem: 2.477"],
["Hôm nay: Thứ Bảy, 20/09/2025", "Gần 25 năm", "Năm 2010", "tháng 6/2025", "Năm 2024", "3 tháng", "hai cấp", "năm 2025", "1 trong 63", "Lượt xem: 2.477"]))

PAGES.append(page("b4154-vinhlong-daidoanket-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG
Trang chủ › Hoạt động Mặt trận › Tin tức
12-12-2025 14:30
Vĩnh Long: Tổng kết cuộc vận động năm 2025, tuyên dương 100 gương "Người tốt, việc tốt"
Chiều 11/12, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị tổng kết cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2025 và tuyên dương 100 gương điển hình "Người tốt, việc tốt" - hội nghị đầu tiên sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh.
Toàn cảnh hội nghị. Ảnh: Phương Nghi
Dự hội nghị có các đồng chí: Trần Văn Lâu, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Kiên Thị Sa Rinh, Nguyễn Thanh Phong, Lê Thị Ngọc Yến; Thạch Phước Hưng, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Năm 2025, Mặt trận các cấp đã vận động Quỹ "Vì người nghèo" trên 186 tỷ đồng; xây mới, sửa chữa 4.812 căn nhà cho hộ nghèo, hộ khó khăn về nhà ở, hoàn thành mục tiêu xóa nhà tạm, nhà dột nát trước ngày 31/8/2025. Toàn tỉnh có 96,8% hộ đạt danh hiệu "Gia đình văn hóa"; 1.428 ấp, khóm tổ chức Ngày hội Đại đoàn kết toàn dân tộc.
Trong 100 gương được tuyên dương, có nhiều chức sắc, người có uy tín đồng bào Khmer. Hòa thượng Thạch Sok Xane, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Kom Pong, phường Nguyệt Hóa, vận động 540 triệu đồng xây 9 căn nhà Đại đoàn kết. Ông Kim Sóc Khên, người có uy tín ấp Ô Rồn, xã Tập Sơn, hiến 1.500 m2 đất làm đường. Bà Huỳnh Thị Mỹ Hạnh, Chủ tịch HĐQT Hợp tác xã dừa Phước Long, xã Phước Long, tạo việc làm cho 160 lao động, bao tiêu dừa cho khoảng 1.300 hộ. Anh Đoàn Minh Tâm, Phó Bí thư Đoàn phường Long Châu, lập đội "Shipper 0 đồng" giao 3.200 suất quà cho hộ khó khăn.
Phát biểu tại hội nghị, đồng chí Trần Văn Lâu đề nghị Mặt trận các cấp tiếp tục thực hiện Kết luận 18, 19-KL/TU của Ban Thường vụ Tỉnh ủy về công tác Mặt trận và đoàn thể sau sắp xếp; Kế hoạch số 28-KH/MTTQ-BTT ngày 15/7/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; đồng thời phát huy vai trò giám sát, phản biện xã hội ở 124 xã, phường.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 5 tập thể, 7 cá nhân; Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 30 tập thể và 100 cá nhân tiêu biểu. Tổng giá trị khen thưởng gần 210 triệu đồng.
Bà Kiên Thị Sa Rinh cho biết năm 2026 Mặt trận tỉnh phấn đấu có ít nhất 90% khu dân cư đạt chuẩn văn hóa, vận động Quỹ "Vì người nghèo" không dưới 150 tỷ đồng.
Phương Nghi
Số lượt xem: 4.106
Tin khác
- Trà Vinh: Ra mắt Ủy ban MTTQ Việt Nam phường Trà Vinh (05/12/2025)
- Bến Tre: Trao 200 căn nhà Đại đoàn kết (28/11/2025)
""", "2025-12-12", 'Vĩnh Long: Tổng kết cuộc vận động năm 2025, tuyên dương 100 gương "Người tốt, việc tốt"',
E("tong_ket", "2025", "2025-12-11"),
[P("Trần Văn Lâu", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kiên Thị Sa Rinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thanh Phong", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Ngọc Yến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Phước Hưng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Sok Xane", "Hòa thượng", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Kom Pong"),
 P("Kim Sóc Khên", "người có uy tín ấp Ô Rồn"),
 P("Huỳnh Thị Mỹ Hạnh", "Chủ tịch HĐQT Hợp tác xã dừa Phước Long"),
 P("Đoàn Minh Tâm", "Phó Bí thư Đoàn phường Long Châu")],
[Q('100 gương điển hình', 100, "gương điển hình"), Q("3 tỉnh", 3, "tỉnh"), Q("trên 186 tỷ đồng", 186000000000, "đồng", "over"),
 Q("4.812 căn nhà", 4812, "căn nhà"), Q("96,8%", 96.8, "%"), Q("1.428 ấp, khóm", 1428, "ấp, khóm"), Q("540 triệu đồng", 540000000, "đồng"),
 Q("9 căn nhà Đại đoàn kết", 9, "căn nhà Đại đoàn kết"), Q("1.500 m2", 1500, "m2"), Q("160 lao động", 160, "lao động"),
 Q("khoảng 1.300 hộ", 1300, "hộ", "approx"), Q("3.200 suất quà", 3200, "suất quà"), Q("124 xã, phường", 124, "xã, phường"),
 Q("5 tập thể", 5, "tập thể"), Q("7 cá nhân", 7, "cá nhân"), Q("30 tập thể", 30, "tập thể"),
 Q("gần 210 triệu đồng", 210000000, "đồng", "approx"), Q("ít nhất 90%", 90, "%", "over"), Q("không dưới 150 tỷ đồng", 150000000000, "đồng", "over")],
[D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU"),
 D("Kết luận", "19", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU"),
 D("Kế hoạch", "28", "KH/MTTQ-BTT", "2025-07-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 28-KH/MTTQ-BTT ngày 15/7/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Nguyệt Hóa"), com("Tập Sơn"), com("Phước Long"), com("Long Châu")],
["ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG", "Trang chủ › Hoạt động Mặt trận › Tin tức", "Toàn cảnh hội nghị. Ảnh: Phương Nghi",
 "Người tốt, việc tốt", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Gia đình văn hóa",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Shipper 0 đồng", "Số lượt xem: 4.106"],
["12-12-2025 14:30", "năm 2025", "31/8/2025", "Shipper 0 đồng", "năm 2026", "Số lượt xem: 4.106"]))

PAGES.append(page("b4155-lamdong-uytin-tet-2026", """
Báo Lâm Đồng điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng
Chính trị › Công tác dân tộc
Cập nhật: 10:15, 06/02/2026 (GMT+7)
Ban Tuyên giáo và Dân vận Tỉnh ủy thăm, chúc Tết và tặng 520 suất quà người có uy tín
(LĐ) - Từ ngày 3 đến 5/2, các đoàn công tác của Ban Tuyên giáo và Dân vận Tỉnh ủy đã đến thăm, chúc Tết Bính Ngọ 2026 và tặng 520 suất quà cho người có uy tín, già làng, chức sắc tôn giáo tiêu biểu tại 36 xã trên địa bàn tỉnh, tổng trị giá hơn 780 triệu đồng.
Đồng chí K'Dũng trao quà Tết cho già làng K'Brèo ở xã Lạc Dương. Ảnh: Võ Thảo
Đoàn do đồng chí K'Dũng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn đã thăm già làng K'Brèo, thôn Đưng K'Si, xã Lạc Dương. Năm 2025, già làng K'Brèo vận động 38 hộ K'Ho bàn giao 6,4 ha đất cho dự án đường cao tốc, nhận tiền bồi thường đúng tiến độ; 10 năm liền thôn không có người vi phạm pháp luật về rừng.
Đoàn do đồng chí Điểu Thị Mai, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn, đến thăm ông Y Bri Niê, người có uy tín bon Bu Dăr, xã Quảng Trực, người từng vận động 21 hộ Mnông di cư tự do ổn định cuộc sống; bà Ka Sim, Chi hội trưởng phụ nữ bon Đắk R'moan, xã Đắk Song. Tại xã Phan Sơn, đoàn do đồng chí Bố Xuân Hiếu, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dẫn đầu, thăm ông Mang Văn Lợi, người có uy tín thôn Đá Ba Cái, người Raglai, và Cả sư Thông Ba, chức sắc Bà-la-môn ở xã Phan Hiệp.
Mỗi suất quà gồm 1 triệu đồng tiền mặt và quà hiện vật trị giá 500.000 đồng. Các đoàn đã thông tin tình hình kinh tế - xã hội của tỉnh sau hợp nhất Lâm Đồng, Đắk Nông, Bình Thuận; ghi nhận những đóng góp của người có uy tín trong 6 tháng đầu vận hành chính quyền địa phương hai cấp.
Theo báo cáo của Ban Tuyên giáo và Dân vận Tỉnh ủy, tỉnh hiện có 1.812 người có uy tín ở 1.640 thôn, bon, buôn có đông đồng bào dân tộc thiểu số. Năm 2025, người có uy tín đã vận động hiến trên 52 ha đất, hòa giải thành 264 vụ việc, cung cấp 81 nguồn tin cho lực lượng chức năng; góp phần để 96,2% vụ việc được giải quyết từ cơ sở.
Đồng chí K'Dũng đề nghị các địa phương thực hiện tốt Quyết định số 12/2018/QĐ-TTg, Quyết định 28/2023/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 07-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy; quan tâm hơn đến đời sống người có uy tín. Ông Y Bri Niê bày tỏ: "Đảng, Nhà nước nhớ đến mình dịp Tết, mình về nói bà con ăn Tết vui, an toàn, không tụ tập".
Dịp này, Ủy ban MTTQ Việt Nam tỉnh cũng trao 1.500 suất quà, mỗi suất 600.000 đồng, cho hộ nghèo ở các xã vùng đồng bào.
Võ Thảo
Lượt xem: 1.390
Tin liên quan
- Lâm Đồng: 12.000 suất quà Tết cho hộ nghèo (02/02/2026)
- Gặp mặt chức sắc tôn giáo nhân dịp Tết Bính Ngọ (30/01/2026)
""", "2026-02-06", "Ban Tuyên giáo và Dân vận Tỉnh ủy thăm, chúc Tết và tặng 520 suất quà người có uy tín",
E("trao_qua", None, "2026-02-03"),
[P("K'Dũng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("K'Brèo", "già làng"),
 P("Điểu Thị Mai", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Bri Niê", "người có uy tín bon Bu Dăr"),
 P("Ka Sim", "Chi hội trưởng phụ nữ bon Đắk R'moan"),
 P("Bố Xuân Hiếu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Mang Văn Lợi", "người có uy tín thôn Đá Ba Cái"),
 P("Thông Ba", "Cả sư", "chức sắc Bà-la-môn")],
[Q("520 suất quà", 520, "suất quà"), Q("36 xã", 36, "xã"), Q("hơn 780 triệu đồng", 780000000, "đồng", "over"), Q("38 hộ K'Ho", 38, "hộ K'Ho"),
 Q("6,4 ha", 6.4, "ha"), Q("21 hộ Mnông di cư tự do", 21, "hộ Mnông di cư tự do"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("500.000 đồng", 500000, "đồng"), Q("1.812 người có uy tín", 1812, "người có uy tín"), Q("1.640 thôn, bon, buôn", 1640, "thôn, bon, buôn"),
 Q("trên 52 ha", 52, "ha", "over"), Q("264 vụ việc", 264, "vụ việc"), Q("81 nguồn tin", 81, "nguồn tin"), Q("96,2%", 96.2, "%"),
 Q("1.500 suất quà", 1500, "suất quà"), Q("600.000 đồng", 600000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 28/2023/QĐ-TTg"),
 D("Kế hoạch", "07", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 07-KH/BTGDVTU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương"), com("Quảng Trực"), com("Đắk Song"), com("Phan Sơn"), com("Phan Hiệp")],
["Báo Lâm Đồng điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng", "Chính trị › Công tác dân tộc", "(LĐ)",
 "Đồng chí K'Dũng trao quà Tết cho già làng K'Brèo ở xã Lạc Dương. Ảnh: Võ Thảo", "Lượt xem: 1.390"],
["Cập nhật: 10:15, 06/02/2026 (GMT+7)", "Từ ngày 3 đến 5/2", "Bính Ngọ 2026", "Năm 2025", "10 năm liền", "6 tháng đầu", "hai cấp", "Lượt xem: 1.390"]))

PAGES.append(page("b4156-dongnai-stieng-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Chủ Nhật, 26/04/2026
Trang chủ | Xã hội | Gương sáng quanh ta
Ngày đăng 24/04/2026 | 15:40
Bà Thị Hoa và 3 lần hiến đất ở sóc Bù Đốp
Ba lần hiến tổng cộng gần 3.000 m2 đất để làm trường mẫu giáo, nhà văn hóa và mở đường vào sóc, bà Thị Hoa, 64 tuổi, người S'tiêng ở sóc Bù Đốp, xã Bù Gia Mập, được bà con gọi là "mẹ của sóc".
Bà Thị Hoa (giữa) bên điểm trường mẫu giáo xây trên đất bà hiến. Ảnh: Ngọc Hân
Sóc Bù Đốp có 214 hộ, 87% là đồng bào S'tiêng. Năm 2012, bà Thị Hoa hiến 1.200 m2 đất vườn điều xây điểm trường cho 65 cháu; năm 2018 hiến tiếp 700 m2 làm nhà văn hóa sóc; đầu năm 2026, khi xã triển khai mở rộng đường vào sóc, bà hiến thêm khoảng 1.050 m2 và vận động 19 hộ khác hiến đất, chặt bỏ 340 cây điều đang cho trái.
Ông Điểu Xuân, Bí thư Đảng ủy xã Bù Gia Mập, cho biết xã mới được thành lập trên cơ sở hợp nhất 3 xã cũ, có 29 thôn, sóc với hơn 4.600 hộ, trong đó 38% là đồng bào dân tộc thiểu số. Thực hiện Kết luận 21, 22-KL/ĐU của Ban Thường vụ Đảng ủy xã, 4 tháng đầu năm 2026 nhân dân trong xã hiến hơn 11.000 m2 đất, góp 2,1 tỷ đồng làm 7,3 km đường. Bà Thị Hoa là 1 trong 12 cá nhân được UBND xã khen thưởng đột xuất theo Quyết định số 86/QĐ-UBND ngày 10/4/2026.
Cùng sóc, ông Điểu Lên, Trưởng sóc Bù Đốp, người có uy tín, đã hòa giải thành 6 vụ tranh chấp ranh đất; anh Nguyễn Hữu Phước, Giám đốc Công ty TNHH Cao su Phú Riềng Xanh, hỗ trợ 250 triệu đồng mua vật liệu và tặng 30 suất học bổng, mỗi suất 3 triệu đồng, cho học sinh S'tiêng.
Bà Trần Thị Ngọc Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh, cho biết sau hợp nhất Đồng Nai và Bình Phước, tỉnh có khoảng 3.200 phụ nữ dân tộc thiểu số là hội viên nòng cốt ở các thôn, sóc. Thực hiện Kế hoạch số 19-KH/UBMTTQ của Ủy ban MTTQ Việt Nam tỉnh về phong trào "Mỗi người dân một việc làm cụ thể vì cộng đồng", Mặt trận và các tổ chức thành viên đã chọn 80 gương tiêu biểu để tuyên truyền trong năm 2026.
Theo đồng chí Lâm Văn Đông, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, thực hiện Quyết định 23-QĐ/TW của Bộ Chính trị và Chỉ thị 49-CT/TW của Ban Bí thư, Ban đang chỉ đạo các xã, phường nhân rộng những tấm gương như bà Thị Hoa ở 95 xã, phường trên địa bàn tỉnh.
"Đất để lại cho con cháu, nhưng đường, trường là để lại cho cả sóc", bà Thị Hoa nói bằng tiếng Kinh còn ngọng. Năm nay, bà còn nhận kèm 5 hộ nghèo trong sóc cách trồng xen ca cao dưới tán điều.
Ngọc Hân
Lượt xem: 1.205
Tin khác
- Người S'tiêng giữ rừng ở Bù Gia Mập (18/04/2026)
- Phường Bình Phước ra mắt mô hình "Khu phố không rác" (10/04/2026)
""", "2026-04-24", "Bà Thị Hoa và 3 lần hiến đất ở sóc Bù Đốp",
E("khac", None, None),
[P("Thị Hoa"),
 P("Điểu Xuân", "Bí thư Đảng ủy xã Bù Gia Mập"),
 P("Điểu Lên", "Trưởng sóc Bù Đốp", "người có uy tín"),
 P("Nguyễn Hữu Phước", "Giám đốc Công ty TNHH Cao su Phú Riềng Xanh"),
 P("Trần Thị Ngọc Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Lâm Văn Đông", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("gần 3.000 m2", 3000, "m2", "approx"), Q("214 hộ", 214, "hộ"), Q("87%", 87, "%"), Q("1.200 m2", 1200, "m2"), Q("65 cháu", 65, "cháu"),
 Q("700 m2", 700, "m2"), Q("khoảng 1.050 m2", 1050, "m2", "approx"), Q("19 hộ", 19, "hộ"), Q("340 cây điều", 340, "cây điều"),
 Q("3 xã", 3, "xã"), Q("29 thôn, sóc", 29, "thôn, sóc"), Q("hơn 4.600 hộ", 4600, "hộ", "over"), Q("38%", 38, "%"),
 Q("hơn 11.000 m2", 11000, "m2", "over"), Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("7,3 km", 7.3, "km"), Q("12 cá nhân", 12, "cá nhân"),
 Q("6 vụ tranh chấp ranh đất", 6, "vụ tranh chấp ranh đất"), Q("250 triệu đồng", 250000000, "đồng"), Q("30 suất học bổng", 30, "suất học bổng"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("khoảng 3.200 phụ nữ dân tộc thiểu số", 3200, "phụ nữ dân tộc thiểu số", "approx"),
 Q("80 gương tiêu biểu", 80, "gương tiêu biểu"), Q("95 xã, phường", 95, "xã, phường"), Q("5 hộ nghèo", 5, "hộ nghèo")],
[D("Kết luận", "21", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 21, 22-KL/ĐU"),
 D("Kết luận", "22", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 21, 22-KL/ĐU"),
 D("Quyết định", "86", "QĐ-UBND", "2026-04-10", "UBND xã", "Quyết định số 86/QĐ-UBND ngày 10/4/2026"),
 D("Kế hoạch", "19", "KH/UBMTTQ", None, "Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 19-KH/UBMTTQ"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 23-QĐ/TW"),
 D("Chỉ thị", "49", "CT/TW", None, "Ban Bí thư", "Chỉ thị 49-CT/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Trang chủ | Xã hội | Gương sáng quanh ta", "Bà Thị Hoa (giữa) bên điểm trường mẫu giáo xây trên đất bà hiến. Ảnh: Ngọc Hân",
 "mẹ của sóc", "Mỗi người dân một việc làm cụ thể vì cộng đồng", "Công ty TNHH Cao su Phú Riềng Xanh", "Lượt xem: 1.205"],
["Chủ Nhật, 26/04/2026", "64 tuổi", "Năm 2012", "năm 2018", "đầu năm 2026", "4 tháng đầu năm 2026", "1 trong 12", "năm 2026", "Lượt xem: 1.205"]))
