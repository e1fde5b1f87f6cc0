from lib import *
PAGES = []

PAGES.append(page("b9107-quangnam-hdnd-giamsat-nd116-2017", """
HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM
Trang chủ / Hoạt động giám sát
Cập nhật lúc 16:05 ngày 14/04/2017
Giám sát thực hiện chính sách hỗ trợ học sinh bán trú tại Nam Trà My
Ngày 12/4, Đoàn giám sát của Ban Dân tộc HĐND tỉnh Quảng Nam do ông Bh'riu Lênh, Trưởng Ban Dân tộc HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện Nghị định số 116/2016/NĐ-CP của Chính phủ quy định chính sách hỗ trợ học sinh và trường phổ thông ở xã, thôn đặc biệt khó khăn tại huyện Nam Trà My. Tham gia đoàn có các ông Hồ Văn Lai, Đinh Văn Hòa - Ủy viên Ban Dân tộc HĐND tỉnh, đại diện Ban Dân vận Tỉnh ủy, Sở Giáo dục và Đào tạo.
Đoàn giám sát kiểm tra bếp ăn Trường PTDT bán trú THCS Trà Cang.
Báo cáo của UBND huyện cho thấy, học kỳ I năm học 2016-2017, toàn huyện có 2.935 học sinh được hưởng chính sách hỗ trợ tiền ăn, 486 học sinh được hỗ trợ tiền nhà ở, với tổng kinh phí gần 13,5 tỷ đồng; đã nhận và cấp phát hơn 176 tấn gạo. Huyện có 18 trường được hỗ trợ kinh phí thuê người nấu ăn cho học sinh. UBND tỉnh đã ban hành Quyết định số 2418/QĐ-UBND ngày 5/1/2017 phê duyệt danh sách các thôn đặc biệt khó khăn làm căn cứ xét duyệt.
Ông Hồ Văn Tiến, Phó Chủ tịch UBND huyện Nam Trà My cho biết, do địa hình chia cắt, nhiều nóc nhà cách trường trên 10 km đường rừng, nên huyện đã chủ động bố trí học sinh ở bán trú từ lớp 3. Tuy nhiên, kinh phí hỗ trợ năm 2017 tỉnh mới cấp được 55% nhu cầu; nhiều trường phải nợ tiền thực phẩm của tiểu thương.
Tại Trường PTDT bán trú THCS Trà Cang, cô Đinh Thị Hiền, Hiệu trưởng nhà trường cho biết trường có 347 học sinh, 100% là con em đồng bào Xơ Đăng, Ca Dong; 312 em ở lại trường từ thứ Hai đến chiều thứ Sáu. Nhà trường vận động phụ huynh mỗi tháng góp củi, măng rừng và rau xanh; tổ chức 1 vườn rau rộng 800 m2 và nuôi 15 con heo để cải thiện bữa ăn. Đoàn cũng đến xã Trà Linh và xã Trà Tập, nơi nhiều phòng ở bán trú xuống cấp, mùa mưa bị dột.
Qua giám sát, đoàn ghi nhận việc xét duyệt đối tượng cơ bản đúng quy định, công khai tại thôn; song vẫn còn 27 học sinh chưa được hưởng chế độ do vướng quy định về khoảng cách. Ông Bh'riu Lênh đề nghị UBND tỉnh sớm cấp đủ kinh phí; đề nghị Sở Giáo dục và Đào tạo hướng dẫn cụ thể trường hợp học sinh ở thôn không thuộc diện đặc biệt khó khăn nhưng địa hình hiểm trở; đề nghị huyện bố trí nguồn sửa chữa 9 phòng ở bán trú trước mùa mưa bão.
"Chế độ đúng, đủ, kịp thời là điều kiện để giữ chân học sinh. Không để chậm cấp tiền ăn làm các em bỏ về nhà giữa học kỳ", ông Bh'riu Lênh nhấn mạnh.
Kết quả giám sát sẽ được Ban Dân tộc báo cáo tại kỳ họp thứ 4 HĐND tỉnh khóa IX.
Văn Thanh
Tin liên quan
- Ban Văn hóa - Xã hội giám sát công tác y tế cơ sở (10/4/2017)
- Thường trực HĐND tỉnh tiếp xúc cử tri huyện Tây Giang (28/3/2017)
- Nam Giang: Giữ chân học sinh bán trú sau Tết (15/2/2017)
""", "2017-04-14", "Giám sát thực hiện chính sách hỗ trợ học sinh bán trú tại Nam Trà My",
E("giam_sat", None, "2017-04-12"),
[P("Bh'riu Lênh", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Hồ Văn Lai", "Ủy viên Ban Dân tộc HĐND tỉnh"),
 P("Đinh Văn Hòa", "Ủy viên Ban Dân tộc HĐND tỉnh"),
 P("Hồ Văn Tiến", "Phó Chủ tịch UBND huyện Nam Trà My"),
 P("Đinh Thị Hiền", "Hiệu trưởng nhà trường")],
[Q("2.935 học sinh", 2935, "học sinh"), Q("486 học sinh", 486, "học sinh"),
 Q("gần 13,5 tỷ đồng", 13500000000, "đồng", "approx"), Q("hơn 176 tấn", 176, "tấn", "over"), Q("18 trường", 18, "trường"),
 Q("trên 10 km", 10, "km", "over"), Q("55%", 55, "%"), Q("347 học sinh", 347, "học sinh"), Q("100%", 100, "%"),
 Q("312 em", 312, "em"), Q("800 m2", 800, "m2"), Q("15 con heo", 15, "con heo"), Q("27 học sinh", 27, "học sinh"),
 Q("9 phòng ở bán trú", 9, "phòng ở bán trú")],
[D("Nghị định", "116", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 116/2016/NĐ-CP"),
 D("Quyết định", "2418", "QĐ-UBND", "2017-01-05", "UBND tỉnh", "Quyết định số 2418/QĐ-UBND ngày 5/1/2017")],
[prov("Quảng Nam"), com("Trà Cang"), com("Trà Linh"), com("Trà Tập")],
["HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM", "Trang chủ / Hoạt động giám sát",
 "Đoàn giám sát kiểm tra bếp ăn Trường PTDT bán trú THCS Trà Cang."],
["Cập nhật lúc 16:05 ngày 14/04/2017", "học kỳ I", "năm học 2016-2017", "lớp 3", "1 vườn rau", "kỳ họp thứ 4", "khóa IX"]))

PAGES.append(page("b9108-gialai-bdv-taphuan-bantru-2017", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Vị trí: Trang chủ > Tin tức - Sự kiện > Dân vận chính quyền
18/08/2017 - 09:40
Ảnh: Các học viên thảo luận nhóm tại lớp tập huấn.
Tập huấn kỹ năng vận động học sinh dân tộc thiểu số ở lại trường bán trú
Trong 2 ngày 16 và 17/8, Ban Dân vận Tỉnh ủy Gia Lai phối hợp với Sở Giáo dục và Đào tạo tổ chức lớp tập huấn năm 2017 về kỹ năng vận động học sinh dân tộc thiểu số ra lớp, ở lại trường bán trú cho 120 học viên là cán bộ quản lý các trường PTDT bán trú, cán bộ dân vận xã và người có uy tín trong đồng bào Jrai, Bahnar.
Khai mạc lớp tập huấn, đồng chí Rah Lan Hiếu, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy cho biết, năm học 2016-2017 tỉnh Gia Lai có hơn 8.600 học sinh bán trú; tỷ lệ học sinh bỏ học ở cấp trung học cơ sở vùng đồng bào vẫn ở mức 1,8%, cao gấp 3 lần bình quân chung. Lớp tập huấn nhằm thực hiện Kế hoạch số 78-KH/BDVTU của Ban Dân vận Tỉnh ủy và Quyết định số 500/QĐ-UBND ngày 12/6/2017 của UBND tỉnh về tăng cường công tác vận động học sinh ra lớp giai đoạn 2017 - 2020.
Các báo cáo viên đã giới thiệu những điểm mới của Nghị định 116/2016/NĐ-CP; kỹ năng tiếp cận gia đình học sinh nghỉ học; cách tổ chức bữa ăn, sinh hoạt ngoài giờ cho học sinh bán trú. Bà Siu Thị Nguyên, Phó Trưởng phòng Giáo dục dân tộc Sở Giáo dục và Đào tạo hướng dẫn cách lập danh sách, hồ sơ hưởng chế độ, trong đó lưu ý việc công khai danh sách tại làng ít nhất 5 ngày.
Tại buổi thảo luận, ông Kpă Thuyên, người có uy tín làng Ia Rsươm, xã Ia Rsươm, kể lại việc cùng già làng đến từng nhà vận động 14 học sinh trở lại trường sau mùa thu hoạch cà phê. Thầy Nguyễn Văn Lực, Hiệu trưởng Trường PTDT bán trú THCS Ia Khươl, chia sẻ mô hình "Cô giáo đỡ đầu": mỗi giáo viên nhận kèm cặp từ 2 đến 3 em có nguy cơ bỏ học; nhờ đó năm học qua trường không có học sinh bỏ học.
Nhiều học viên kiến nghị tăng định mức hỗ trợ người nấu ăn; trường có dưới 30 học sinh bán trú cũng được thuê người nấu; có cơ chế cho phụ huynh tham gia quản lý bếp ăn. Các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Ksor Tin, Rơ Mah Jũ, Đinh Văn Thuơng cùng cho rằng cần giao chỉ tiêu vận động học sinh cho từng chi bộ thôn, làng.
Bế mạc lớp tập huấn, đồng chí Nay Đoan, Phó Trưởng Ban Dân vận Tỉnh ủy - Chủ tịch Hội Khuyến học tỉnh đề nghị học viên về địa phương tham mưu cấp ủy đưa chỉ tiêu học sinh ra lớp vào nghị quyết của chi bộ; phối hợp với Hội Khuyến học trao 200 suất học bổng, mỗi suất 1 triệu đồng cho học sinh bán trú nghèo vượt khó trong năm học 2017-2018.
Phương Vy
Tin liên quan
- Ia Grai: Sơ kết 6 tháng thực hiện phong trào "Dân vận khéo" (10/8/2017)
- Chư Prông vận động 85 học sinh trở lại trường (25/7/2017)
- Hội nghị người có uy tín tiêu biểu năm 2017 (12/7/2017)
""", "2017-08-18", "Tập huấn kỹ năng vận động học sinh dân tộc thiểu số ở lại trường bán trú",
E("tap_huan", "2017", "2017-08-16"),
[P("Rah Lan Hiếu", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Siu Thị Nguyên", "Phó Trưởng phòng Giáo dục dân tộc Sở Giáo dục và Đào tạo"),
 P("Kpă Thuyên", "người có uy tín làng Ia Rsươm"),
 P("Nguyễn Văn Lực", "Hiệu trưởng Trường PTDT bán trú THCS Ia Khươl"),
 P("Ksor Tin", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Rơ Mah Jũ", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Đinh Văn Thuơng", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Nay Đoan", "Phó Trưởng Ban Dân vận Tỉnh ủy - Chủ tịch Hội Khuyến học tỉnh")],
[Q("120 học viên", 120, "học viên"), Q("hơn 8.600 học sinh bán trú", 8600, "học sinh bán trú", "over"),
 Q("1,8%", 1.8, "%"), Q("ít nhất 5 ngày", 5, "ngày", "over"), Q("14 học sinh", 14, "học sinh"),
 Q("dưới 30 học sinh bán trú", 30, "học sinh bán trú"), Q("200 suất học bổng", 200, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "78", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 78-KH/BDVTU"),
 D("Quyết định", "500", "QĐ-UBND", "2017-06-12", "UBND tỉnh", "Quyết định số 500/QĐ-UBND ngày 12/6/2017"),
 D("Nghị định", "116", "2016/NĐ-CP", None, None, "Nghị định 116/2016/NĐ-CP")],
[prov("Gia Lai"), com("Ia Rsươm"), com("Ia Khươl")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Vị trí: Trang chủ > Tin tức - Sự kiện > Dân vận chính quyền",
 "Ảnh: Các học viên thảo luận nhóm tại lớp tập huấn.", "Cô giáo đỡ đầu"],
["18/08/2017 - 09:40", "2 ngày", "năm học 2016-2017", "gấp 3 lần", "giai đoạn 2017 - 2020", "từ 2 đến 3 em",
 "năm học 2017-2018"]))

PAGES.append(page("b9109-caobang-bao-bepanbantru-2018", """
Báo Cao Bằng điện tử
Xã hội - Giáo dục
Thứ Sáu, 30/11/2018
Bữa cơm bán trú nơi biên cương
Ở Trường PTDT bán trú THCS Cốc Pàng, huyện Bảo Lạc, bữa cơm trưa của học sinh đã có thịt, có cá, có rau xanh do chính thầy trò trồng. Để có được những bữa cơm ấy là cả một hành trình vận động của nhà trường, chính quyền và Mặt trận xã.
Giờ ăn trưa của học sinh Trường PTDT bán trú THCS Cốc Pàng.
Cốc Pàng là xã biên giới đặc biệt khó khăn của tỉnh Cao Bằng, 95% dân số là đồng bào Mông, Dao. Năm học 2018-2019, trường có 268 học sinh, trong đó 231 em ở bán trú. Mỗi em được hưởng tiền ăn bằng 40% mức lương cơ sở, tương đương 556.000 đồng/tháng, cùng 15 kg gạo/tháng theo Nghị định 116/2016/NĐ-CP. Ngoài ra, theo Nghị quyết số 09/2017/NQ-HĐND của HĐND tỉnh, học sinh bán trú ở xã biên giới được hỗ trợ thêm 100.000 đồng/tháng để cải thiện bữa ăn.
Thầy Hoàng Văn Thắm, Hiệu trưởng nhà trường kể, mấy năm trước, tiền ăn cấp theo quý, có tháng chưa về, nhà trường phải mua chịu gạo, thịt. Từ năm học 2017-2018, huyện tạm ứng đầu tháng nên bữa ăn ổn định hơn. Trường lập Ban quản lý bếp ăn gồm đại diện nhà trường, Hội Cha mẹ học sinh và Ủy ban MTTQ xã; thực đơn, giá thực phẩm được niêm yết hằng tuần.
Bà Triệu Thị Mai, người nấu ăn của trường đã 6 năm, cho biết mỗi ngày bà cùng 2 đồng nghiệp nấu khoảng 45 kg gạo, 12 kg thịt cho học sinh. Khu vườn 1.500 m2 sau trường cho rau cải, su su quanh năm; chuồng trại nuôi 20 con lợn, 150 con gà do học sinh thay phiên chăm sóc.
Ông Lý Văn Sình, Chủ tịch Ủy ban MTTQ xã Cốc Pàng cho biết, Mặt trận xã đã vận động 46 hộ phụ huynh góp ngày công làm nhà bếp, 28 hộ góp củi, măng, rau. "Bà con thấy con được ăn no, ăn ngon thì yên tâm cho con ở lại trường, không giữ con ở nhà làm nương nữa", ông Sình nói.
Em Sùng Thị Pà, học sinh lớp 9 cho biết, trước đây nhiều bạn chỉ học hết lớp 5 là nghỉ để lấy chồng, đi làm thuê. "Bây giờ ở bán trú có cơm ăn, có thầy cô dạy thêm buổi tối, chúng em muốn học tiếp lên cấp 3".
Theo ông Nông Văn Kiên, Phó Trưởng phòng Giáo dục và Đào tạo huyện Bảo Lạc, năm học này toàn huyện có 3.104 học sinh bán trú ở 24 trường. Tỷ lệ học sinh bỏ học đã giảm từ 2,6% xuống còn 0,7%. Huyện đang vận động các tổ chức, cá nhân hỗ trợ 500 chăn ấm, 300 áo ấm cho học sinh trước mùa đông. Ông Kiên cũng cho biết, cái khó hiện nay là nhiều phòng ở bán trú đã xuống cấp, nhà vệ sinh, nhà tắm thiếu nước vào mùa khô; huyện đã đề nghị tỉnh ưu tiên nguồn vốn sửa chữa.
Bài, ảnh: Đàm Thu
Tin khác
- Hà Quảng: Trao 100 suất quà cho học sinh bán trú (25/11/2018)
- Cao Bằng hỗ trợ 1.200 chăn ấm cho học sinh vùng cao (20/11/2018)
- Nguyên Bình: Bếp ăn an toàn ở trường bán trú (12/11/2018)
""", "2018-11-30", "Bữa cơm bán trú nơi biên cương",
E("khac", None, None),
[P("Hoàng Văn Thắm", "Hiệu trưởng nhà trường"),
 P("Triệu Thị Mai", "người nấu ăn của trường"),
 P("Lý Văn Sình", "Chủ tịch Ủy ban MTTQ xã Cốc Pàng"),
 P("Sùng Thị Pà", "học sinh lớp 9"),
 P("Nông Văn Kiên", "Phó Trưởng phòng Giáo dục và Đào tạo huyện Bảo Lạc")],
[Q("95%", 95, "%"), Q("268 học sinh", 268, "học sinh"), Q("231 em", 231, "em"), Q("40%", 40, "%"),
 Q("556.000 đồng", 556000, "đồng"), Q("15 kg", 15, "kg"), Q("100.000 đồng", 100000, "đồng"),
 Q("2 đồng nghiệp", 2, "đồng nghiệp"), Q("khoảng 45 kg", 45, "kg", "approx"), Q("12 kg", 12, "kg"),
 Q("1.500 m2", 1500, "m2"), Q("20 con lợn", 20, "con lợn"), Q("150 con gà", 150, "con gà"),
 Q("46 hộ phụ huynh", 46, "hộ phụ huynh"), Q("28 hộ", 28, "hộ"), Q("3.104 học sinh bán trú", 3104, "học sinh bán trú"),
 Q("24 trường", 24, "trường"), Q("2,6%", 2.6, "%"), Q("0,7%", 0.7, "%"), Q("500 chăn ấm", 500, "chăn ấm"),
 Q("300 áo ấm", 300, "áo ấm")],
[D("Nghị định", "116", "2016/NĐ-CP", None, None, "Nghị định 116/2016/NĐ-CP"),
 D("Nghị quyết", "09", "2017/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 09/2017/NQ-HĐND")],
[prov("Cao Bằng"), com("Cốc Pàng")],
["Báo Cao Bằng điện tử", "Xã hội - Giáo dục", "Giờ ăn trưa của học sinh Trường PTDT bán trú THCS Cốc Pàng.",
 "Bữa cơm bán trú nơi biên cương", "Hội Cha mẹ học sinh"],
["Thứ Sáu, 30/11/2018", "Năm học 2018-2019", "năm học 2017-2018", "6 năm", "lớp 9", "lớp 5", "cấp 3"]))

PAGES.append(page("b9110-travinh-khuyenhoc-tongket-2019", """
HỘI KHUYẾN HỌC TỈNH TRÀ VINH
Trang chủ » Tin hoạt động
21.12.2019 | 08:30
Trà Vinh: Hội Khuyến học tỉnh tổng kết năm 2019, trao 1.215 suất học bổng
Ngày 19/12/2019, Hội Khuyến học tỉnh Trà Vinh tổ chức hội nghị tổng kết công tác khuyến học, khuyến tài năm 2019, triển khai nhiệm vụ năm 2020. Dự hội nghị có ông Sơn Ngọc Hoàng, Phó Chủ tịch UBND tỉnh; bà Thạch Thị Sa Rênh, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Lê Văn Đức, Chủ tịch Hội Khuyến học tỉnh cùng 150 đại biểu.
Quang cảnh hội nghị. Ảnh: Hoàng Nam
Năm 2019, các cấp hội đã thực hiện Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 11-CT/TW của Bộ Chính trị về đẩy mạnh phong trào khuyến học, khuyến tài, xây dựng xã hội học tập. Toàn tỉnh hiện có 106 hội khuyến học xã, phường, thị trấn với hơn 182.000 hội viên. Quỹ khuyến học các cấp vận động được trên 9,7 tỷ đồng, trong đó cấp tỉnh 1,35 tỷ đồng.
Từ nguồn quỹ, các cấp hội đã trao 1.215 suất học bổng cho học sinh, sinh viên nghèo hiếu học, tổng trị giá hơn 2,4 tỷ đồng; trong đó 640 suất dành cho học sinh dân tộc Khmer đang học tại các trường PTDT nội trú và các xã vùng đồng bào. Hội đã phối hợp với các chùa Phật giáo Nam tông Khmer duy trì 38 điểm dạy chữ Khmer và lớp học tình thương; vận động 92 học sinh bỏ học trở lại lớp.
Nhiều hội cơ sở có cách làm sáng tạo. Ông Thạch Sóc Khum, Chủ tịch Hội Khuyến học xã Ngũ Lạc, chia sẻ mô hình "Ống heo khuyến học" ở các ấp: mỗi hộ góp 2.000 đồng/tuần, sau 1 năm đã có gần 60 triệu đồng trao cho học sinh nghèo. Bà Kim Thị Phol, Chủ tịch Hội Khuyến học xã Long Sơn cho biết hội đã cùng nhà trường đưa đón 35 học sinh Khmer ở xa đến điểm trường bằng xe đạp điện do nhà hảo tâm tặng.
Phát biểu chỉ đạo, ông Sơn Ngọc Hoàng ghi nhận kết quả của Hội; đề nghị năm 2020 tập trung vận động xây dựng "Dòng họ học tập", "Cộng đồng học tập"; quan tâm học sinh bán trú, học sinh nội trú người Khmer; phối hợp Ban Dân tộc tỉnh thực hiện đầy đủ chính sách theo Nghị định số 116/2016/NĐ-CP và Quyết định số 12/2013/QĐ-TTg; phấn đấu 100% xã, phường, thị trấn có quỹ khuyến học từ 50 triệu đồng trở lên.
Dịp này, Trung ương Hội Khuyến học Việt Nam tặng bằng khen cho 5 tập thể và 7 cá nhân; Hội Khuyến học tỉnh tặng giấy khen cho 28 tập thể, 43 cá nhân tiêu biểu. Hội nghị cũng trao 120 suất học bổng, mỗi suất 1,5 triệu đồng cho học sinh nghèo vượt khó của xã Đôn Châu và các xã lân cận.
Hoàng Nam
Tin liên quan
- Cầu Kè: Đại hội Hội Khuyến học huyện nhiệm kỳ 2019 - 2024 (05/12/2019)
- Trao 50 xe đạp cho học sinh nghèo Khmer (20/11/2019)
- Hội Khuyến học tỉnh sơ kết 6 tháng đầu năm 2019 (10/7/2019)
""", "2019-12-21", "Trà Vinh: Hội Khuyến học tỉnh tổng kết năm 2019, trao 1.215 suất học bổng",
E("tong_ket", "2019", "2019-12-19"),
[P("Sơn Ngọc Hoàng", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Thị Sa Rênh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Đức", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Thạch Sóc Khum", "Chủ tịch Hội Khuyến học xã Ngũ Lạc"),
 P("Kim Thị Phol", "Chủ tịch Hội Khuyến học xã Long Sơn")],
[Q("150 đại biểu", 150, "đại biểu"), Q("106 hội khuyến học xã, phường, thị trấn", 106, "hội khuyến học xã, phường, thị trấn"),
 Q("hơn 182.000 hội viên", 182000, "hội viên", "over"), Q("trên 9,7 tỷ đồng", 9700000000, "đồng", "over"),
 Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("1.215 suất học bổng", 1215, "suất học bổng"),
 Q("hơn 2,4 tỷ đồng", 2400000000, "đồng", "over"), Q("640 suất", 640, "suất"),
 Q("38 điểm dạy chữ Khmer", 38, "điểm dạy chữ Khmer"), Q("92 học sinh", 92, "học sinh"),
 Q("2.000 đồng", 2000, "đồng"), Q("gần 60 triệu đồng", 60000000, "đồng", "approx"), Q("35 học sinh Khmer", 35, "học sinh Khmer"),
 Q("100%", 100, "%"), Q("từ 50 triệu đồng trở lên", 50000000, "đồng", "over"), Q("5 tập thể", 5, "tập thể"),
 Q("7 cá nhân", 7, "cá nhân"), Q("28 tập thể", 28, "tập thể"), Q("43 cá nhân tiêu biểu", 43, "cá nhân tiêu biểu"),
 Q("120 suất học bổng", 120, "suất học bổng"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Kết luận", "49", "KL/TW", "2019-05-10", "Ban Bí thư", "Kết luận số 49-KL/TW ngày 10/5/2019"),
 D("Chỉ thị", "11", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 11-CT/TW"),
 D("Nghị định", "116", "2016/NĐ-CP", None, None, "Nghị định số 116/2016/NĐ-CP"),
 D("Quyết định", "12", "2013/QĐ-TTg", None, None, "Quyết định số 12/2013/QĐ-TTg")],
[prov("Trà Vinh"), com("Ngũ Lạc"), com("Long Sơn"), com("Đôn Châu")],
["HỘI KHUYẾN HỌC TỈNH TRÀ VINH", "Trang chủ » Tin hoạt động", "Quang cảnh hội nghị. Ảnh: Hoàng Nam", "Ống heo khuyến học",
 "Dòng họ học tập", "Cộng đồng học tập", "Trung ương Hội Khuyến học Việt Nam"],
["21.12.2019 | 08:30", "năm 2019", "năm 2020", "1 năm"]))

PAGES.append(page("b9111-sonla-bdv-giaoban-q3-2019", """
BAN DÂN VẬN TỈNH ỦY SƠN LA
Trang chủ - Tin tức - Hoạt động của Ban
04/10/2019 - 10:05
Đồng chí Cầm Thị Phong phát biểu kết luận giao ban.
Phát huy vai trò khối dân vận trong chăm lo bữa ăn cho học sinh bán trú
Ngày 3/10, Ban Dân vận Tỉnh ủy Sơn La tổ chức giao ban công tác dân vận quý III năm 2019 với Ban Dân vận các huyện ủy, thành ủy và khối Mặt trận, đoàn thể tỉnh. Đồng chí Cầm Thị Phong, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Cùng dự có các đồng chí Lò Văn Mừng, Quàng Thị Hương, Hoàng Văn Chất - Phó Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo giao ban cho thấy, trong quý III, khối dân vận các cấp đã tập trung vận động học sinh ra lớp đầu năm học 2019-2020; tỷ lệ huy động học sinh đến trường đạt 99,1%. Đặc biệt, Ban Dân vận các huyện đã phối hợp phát động phong trào "Góp gạo nuôi em": phụ huynh, hội viên các đoàn thể đã góp hơn 86 tấn gạo, 37 tấn rau xanh và trên 9.400 ngày công sửa chữa nhà ở, nhà bếp cho 197 trường có học sinh bán trú.
Đồng chí Lò Văn Mừng cho biết, Ban đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 15, 16-CT/TU về công tác dân vận trong xây dựng nông thôn mới và trong giáo dục vùng đồng bào; ban hành Hướng dẫn số 21-HD/BDVTU về xây dựng mô hình "Dân vận khéo" trong trường học. Toàn tỉnh đã có 312 mô hình "Dân vận khéo" trong lĩnh vực giáo dục, trong đó có 48 mô hình gắn với bữa ăn bán trú.
Tại giao ban, đồng chí Mùa A Páo, Trưởng Ban Dân vận Huyện ủy Sốp Cộp nêu kinh nghiệm: xã Mường Lạn giao mỗi chi hội nông dân nhận nuôi một đàn gà, trồng một vườn rau cho bếp ăn bán trú; nhờ vậy mỗi tuần học sinh có 3 bữa ăn có thịt. Bà Đinh Thị Lan, Phó Chủ tịch Hội LHPN tỉnh cho biết, các cấp hội đã nhận đỡ đầu 1.025 học sinh nghèo, trẻ mồ côi với số tiền khoảng 1,6 tỷ đồng.
Một số ý kiến phản ánh ở xã Phiêng Pằn và một số xã vùng cao vẫn còn tình trạng phụ huynh "khoán trắng" cho nhà trường, chưa tham gia đóng góp; tiền hỗ trợ người nấu ăn theo Nghị định số 116/2016/NĐ-CP còn thấp, khó thuê được người.
Kết luận giao ban, đồng chí Cầm Thị Phong yêu cầu quý IV tiếp tục vận động phụ huynh đồng hành cùng nhà trường; kiểm tra việc cấp phát gạo, tiền ăn cho học sinh bán trú; không để xảy ra ngộ độc thực phẩm; chuẩn bị tổng kết 20 năm thực hiện Quy chế dân chủ ở cơ sở. Đồng chí đề nghị Ban Dân vận các huyện nhân rộng cách làm của Sốp Cộp, báo cáo kết quả phong trào "Góp gạo nuôi em" trước ngày 15/12.
Lò Hương
Tin liên quan
- Mộc Châu: Ra mắt mô hình "Bữa ăn bán trú an toàn" (25/9/2019)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Bắc Yên (12/9/2019)
- Giao ban công tác dân vận quý II năm 2019 (05/7/2019)
""", "2019-10-04", "Phát huy vai trò khối dân vận trong chăm lo bữa ăn cho học sinh bán trú",
E("giao_ban", "2019-Q3", "2019-10-03"),
[P("Cầm Thị Phong", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Văn Mừng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quàng Thị Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Chất", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mùa A Páo", "Trưởng Ban Dân vận Huyện ủy Sốp Cộp"),
 P("Đinh Thị Lan", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("99,1%", 99.1, "%"), Q("hơn 86 tấn", 86, "tấn", "over"), Q("37 tấn", 37, "tấn"),
 Q("trên 9.400 ngày công", 9400, "ngày công", "over"), Q("197 trường", 197, "trường"),
 Q("312 mô hình", 312, "mô hình"), Q("48 mô hình", 48, "mô hình"), Q("3 bữa ăn", 3, "bữa ăn"),
 Q("1.025 học sinh nghèo, trẻ mồ côi", 1025, "học sinh nghèo, trẻ mồ côi"), Q("khoảng 1,6 tỷ đồng", 1600000000, "đồng", "approx")],
[D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Hướng dẫn", "21", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 21-HD/BDVTU"),
 D("Nghị định", "116", "2016/NĐ-CP", None, None, "Nghị định số 116/2016/NĐ-CP")],
[prov("Sơn La"), com("Mường Lạn"), com("Phiêng Pằn")],
["BAN DÂN VẬN TỈNH ỦY SƠN LA", "Trang chủ - Tin tức - Hoạt động của Ban",
 "Đồng chí Cầm Thị Phong phát biểu kết luận giao ban.", "Góp gạo nuôi em", "Dân vận khéo", "Quy chế dân chủ ở cơ sở"],
["04/10/2019 - 10:05", "quý III năm 2019", "năm học 2019-2020", "quý IV", "20 năm"]))

PAGES.append(page("b9112-daklak-baodaklak-hocbong-2020", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Xã hội | Giáo dục
11/09/2020 | 15:30
Trao 200 suất học bổng cho học sinh dân tộc thiểu số vượt khó
Sáng 10/9, tại Trường PTDT nội trú N'Trang Lơng, Báo Đắk Lắk phối hợp với Ban Dân tộc tỉnh và Tỉnh đoàn tổ chức trao 200 suất học bổng cho học sinh dân tộc thiểu số nghèo vượt khó, học giỏi năm học 2020-2021. Mỗi suất học bổng trị giá 1,5 triệu đồng, tổng trị giá 300 triệu đồng, do các doanh nghiệp, nhà hảo tâm đóng góp qua Báo Đắk Lắk.
Các em học sinh nhận học bổng tại buổi lễ. Ảnh: Hoàng Gia
Dự lễ trao học bổng có ông Y Wang Ayŭn, Phó Trưởng Ban Dân tộc tỉnh; bà H'Nhi Byă, Phó Bí thư Tỉnh đoàn; ông Phạm Văn Quý, Tổng Biên tập Báo Đắk Lắk và đại diện Sở Giáo dục và Đào tạo.
Do ảnh hưởng của dịch COVID-19 và hạn hán, nhiều gia đình đồng bào Êđê, M'nông, Jrai ở các huyện Ea H'leo, Krông Bông, Lắk gặp khó khăn; nguy cơ học sinh bỏ học tăng lên. Theo Ban Dân tộc tỉnh, năm học 2020-2021 toàn tỉnh có khoảng 21.500 học sinh được hưởng chính sách theo Nghị định 116/2016/NĐ-CP, trong đó 6.870 học sinh bán trú. UBND tỉnh đã ban hành Kế hoạch số 3456/KH-UBND về bảo đảm bữa ăn, chỗ ở cho học sinh bán trú trong điều kiện phòng, chống dịch.
Trong số 200 em nhận học bổng lần này có 87 em là học sinh bán trú tại các xã Ea Sol, Cư Pui, Krông Nô; 45 em đạt học sinh giỏi cấp tỉnh. Nhiều em có bố mẹ mất sớm, ở với ông bà. Em H'Yuên Niê, học sinh lớp 12 Trường PTDT nội trú N'Trang Lơng, mồ côi cha từ nhỏ, xúc động: "Em sẽ dùng tiền học bổng mua sách ôn thi, để năm sau thi vào ngành sư phạm, về dạy các em ở buôn".
Phát biểu tại buổi lễ, ông Y Wang Ayŭn cho biết, trong 5 năm qua, chương trình học bổng của Báo Đắk Lắk đã trao hơn 1.100 suất với tổng trị giá trên 1,4 tỷ đồng. Ông đề nghị các em nỗ lực học tập; đề nghị các già làng, người có uy tín ở buôn tiếp tục vận động phụ huynh cho con đi học đều.
Cùng dịp, Tỉnh đoàn trao tặng 10 xe đạp cho học sinh ở xa trường và 300 bộ sách giáo khoa cho thư viện các trường bán trú. Ông Y Tlam Êban, người có uy tín buôn Tơng Jú, xã Ea Sol, thay mặt phụ huynh cảm ơn các nhà tài trợ và hứa sẽ cùng buôn làng động viên con em chăm chỉ học tập.
Theo thầy Nguyễn Đình Hưng, Hiệu trưởng Trường PTDT nội trú N'Trang Lơng, năm học này trường có 560 học sinh thuộc 14 dân tộc, trong đó hơn 70% là con em đồng bào tại chỗ. Trong thời gian nghỉ học phòng dịch, nhà trường đã chuyển gạo, nhu yếu phẩm tới tận buôn cho 132 em có hoàn cảnh khó khăn.
Hoàng Gia
Tin liên quan
- Quỹ học bổng Vừ A Dính trao 150 suất học bổng tại Đắk Lắk (28/8/2020)
- Hỗ trợ gạo cho học sinh bán trú trong mùa dịch (15/4/2020)
- Ea Kar: Vận động 60 học sinh trở lại trường (02/9/2020)
""", "2020-09-11", "Trao 200 suất học bổng cho học sinh dân tộc thiểu số vượt khó",
E("trao_qua", None, "2020-09-10"),
[P("Y Wang Ayŭn", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("H'Nhi Byă", "Phó Bí thư Tỉnh đoàn"),
 P("Phạm Văn Quý", "Tổng Biên tập Báo Đắk Lắk"),
 P("H'Yuên Niê", "học sinh lớp 12 Trường PTDT nội trú N'Trang Lơng"),
 P("Y Tlam Êban", "người có uy tín buôn Tơng Jú"),
 P("Nguyễn Đình Hưng", "Hiệu trưởng Trường PTDT nội trú N'Trang Lơng")],
[Q("200 suất học bổng", 200, "suất học bổng"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("khoảng 21.500 học sinh", 21500, "học sinh", "approx"), Q("6.870 học sinh bán trú", 6870, "học sinh bán trú"),
 Q("87 em", 87, "em"), Q("45 em", 45, "em"), Q("hơn 1.100 suất", 1100, "suất", "over"),
 Q("trên 1,4 tỷ đồng", 1400000000, "đồng", "over"), Q("10 xe đạp", 10, "xe đạp"), Q("300 bộ sách giáo khoa", 300, "bộ sách giáo khoa"),
 Q("560 học sinh", 560, "học sinh"), Q("14 dân tộc", 14, "dân tộc"), Q("hơn 70%", 70, "%", "over"), Q("132 em", 132, "em")],
[D("Nghị định", "116", "2016/NĐ-CP", None, None, "Nghị định 116/2016/NĐ-CP"),
 D("Kế hoạch", "3456", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 3456/KH-UBND")],
[prov("Đắk Lắk"), com("Ea Sol"), com("Cư Pui"), com("Krông Nô")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Xã hội | Giáo dục", "Các em học sinh nhận học bổng tại buổi lễ. Ảnh: Hoàng Gia",
 "Trường PTDT nội trú N'Trang Lơng", "COVID-19"],
["11/09/2020 | 15:30", "năm học 2020-2021", "lớp 12", "5 năm", "COVID-19"]))
