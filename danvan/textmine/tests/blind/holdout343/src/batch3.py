from lib import *
PAGES = []

PAGES.append(page("b8201-angiang-cham-taphuan-2023", """
Báo An Giang Online
Trang chủ / Kinh tế / Du lịch
2023-03-16 10:20
Học viên thực hành pha trà, trang trí món ăn Chăm tại lớp học.
Châu Phong: Tập huấn làm du lịch cộng đồng cho đồng bào Chăm
Từ ngày 14 đến 16/3/2023, tại Thánh đường Mubarak, xã Châu Phong (thị xã Tân Châu), Sở Văn hóa, Thể thao và Du lịch tỉnh An Giang phối hợp Ban Dân tộc tỉnh mở lớp tập huấn "Nâng cao năng lực làm du lịch cộng đồng cho đồng bào dân tộc Chăm" năm 2023. Lớp học có 60 học viên là chủ hộ homestay, thợ dệt, người làm ẩm thực và thanh niên Chăm ở các ấp Phũm Soài, Châu Giang.
Phát biểu khai mạc, ông Hồ Văn Tư, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, cho biết Châu Phong hiện có 7 hộ đón khách nghỉ qua đêm với 26 phòng, năm 2022 làng dệt Chăm đón trên 42.000 lượt khách, khoảng 65% là khách quốc tế đi tàu du lịch trên sông Hậu. Tuy nhiên, khách chủ yếu dừng chân 1 - 2 giờ, chi tiêu bình quân chỉ khoảng 150.000 đồng/người.
Trong 3 ngày, các giảng viên: Trần Thị Mỹ Xuyên, Nguyễn Quốc Khánh - Giảng viên Trường Cao đẳng Nghề An Giang hướng dẫn học viên kỹ năng đón tiếp, vệ sinh an toàn thực phẩm, thiết kế trải nghiệm "một ngày làm người Chăm", cách tính giá và chia doanh thu giữa các hộ trong tổ. Ông Mohamad Sên, Phó Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh, giới thiệu những điều cần lưu ý để hoạt động đón khách phù hợp với giáo luật, như trang phục khi vào thánh đường, thời gian hành lễ.
Bà Sa Ly Da, chủ một homestay ở ấp Phũm Soài, cho biết tổ du lịch của ấp gồm 11 hộ thống nhất trích 5% doanh thu lập quỹ chung; khách đặt phòng qua tổ sẽ được chia đều cho các hộ theo lượt. "Nhà nào đông khách thì chia bớt cho nhà khác, không ai giành ai", bà nói.
Ông Ha Ri, Phó Chủ tịch UBND xã Châu Phong, thông tin xã đang triển khai Kế hoạch 68, 69/KH-UBND của UBND thị xã Tân Châu về phát triển du lịch cộng đồng và bảo tồn nghề dệt thổ cẩm; xã đề xuất hỗ trợ mỗi hộ làm homestay tối đa 20 triệu đồng để cải tạo khu vệ sinh từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Cũng trong năm 2023, theo Quyết định số 512/QĐ-UBND ngày 28/2/2023 của UBND tỉnh, An Giang sẽ chọn 3 điểm du lịch cộng đồng vùng đồng bào dân tộc để đầu tư thí điểm, trong đó có làng Chăm Châu Phong và phum sóc Khmer ở xã Ô Lâm.
Kết thúc lớp tập huấn, 58 học viên được cấp giấy chứng nhận; 2 học viên vắng do bận việc gia đình sẽ học bổ sung ở lớp tiếp theo vào tháng 6.
Ngọc Thanh
Tin liên quan
- Tri Tôn: du lịch cộng đồng ở phum sóc Khmer (09/03/2023)
- Núi Cấm đón hơn 100.000 lượt khách dịp Tết (02/02/2023)
- Lễ hội Roja Haji của người Chăm (12/01/2023)
""", "2023-03-16", "Châu Phong: Tập huấn làm du lịch cộng đồng cho đồng bào Chăm",
E("tap_huan", "2023", "2023-03-14"),
[P("Hồ Văn Tư", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Trần Thị Mỹ Xuyên", "Giảng viên Trường Cao đẳng Nghề An Giang"),
 P("Nguyễn Quốc Khánh", "Giảng viên Trường Cao đẳng Nghề An Giang"),
 P("Mohamad Sên", "Phó Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Sa Ly Da", "chủ một homestay ở ấp Phũm Soài"),
 P("Ha Ri", "Phó Chủ tịch UBND xã Châu Phong")],
[Q("60 học viên", 60, "học viên"), Q("7 hộ", 7, "hộ"), Q("26 phòng", 26, "phòng"),
 Q("trên 42.000 lượt khách", 42000, "lượt khách", "over"), Q("khoảng 65%", 65, "%", "approx"),
 Q("khoảng 150.000 đồng", 150000, "đồng", "approx"), Q("11 hộ", 11, "hộ"), Q("5%", 5, "%"),
 Q("tối đa 20 triệu đồng", 20000000, "đồng"), Q("3 điểm du lịch cộng đồng", 3, "điểm du lịch cộng đồng"),
 Q("58 học viên", 58, "học viên"), Q("2 học viên", 2, "học viên")],
[D("Kế hoạch", "68", "KH-UBND", None, "UBND thị xã Tân Châu", "Kế hoạch 68, 69/KH-UBND"),
 D("Kế hoạch", "69", "KH-UBND", None, "UBND thị xã Tân Châu", "Kế hoạch 68, 69/KH-UBND"),
 D("Quyết định", "512", "QĐ-UBND", "2023-02-28", "UBND tỉnh", "Quyết định số 512/QĐ-UBND ngày 28/2/2023")],
[prov("An Giang"), com("Châu Phong"), com("Ô Lâm")],
["Báo An Giang Online", "Trang chủ / Kinh tế / Du lịch", "Học viên thực hành pha trà, trang trí món ăn Chăm tại lớp học.",
 "Nâng cao năng lực làm du lịch cộng đồng cho đồng bào dân tộc Chăm", "một ngày làm người Chăm", "Thánh đường Mubarak",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["2023-03-16 10:20", "năm 2023", "năm 2022", "1 - 2 giờ", "3 ngày", "tháng 6"]))

PAGES.append(page("b8202-dienbien-thai-giaoban-2023", """
BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN
You are here: Trang chủ > Hoạt động dân vận > Dân vận các cấp
Thứ Sáu, 26/05/2023 - 14:10
Ảnh: Đồng chí Lò Thị Xuân phát biểu tại hội nghị.
Khối dân vận thành phố giao ban tháng 5: tập trung vận động bản Thái làm du lịch cộng đồng
Chiều 25/5, Ban Dân vận Thành ủy Điện Biên Phủ tổ chức giao ban khối dân vận tháng 5/2023. Dự và chủ trì có đồng chí Lường Văn Tiến, Thành ủy viên, Trưởng Ban Dân vận Thành ủy; Thành ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam thành phố Lò Thị Xuân; đại diện Hội Nông dân, Hội LHPN, Thành đoàn, Hội Cựu chiến binh thành phố.
Hội nghị đánh giá, trong tháng, các cơ quan khối dân vận đã phối hợp tổ chức 4 buổi tuyên truyền tại bản Him Lam 2 (phường Him Lam) và bản Mển (xã Thanh Nưa) về phát triển du lịch cộng đồng; vận động 9 hộ người Thái cải tạo nhà sàn, chuồng trại cách xa nhà ở để đón khách. Bản Mển hiện có 5 hộ homestay, tháng 5 đón gần 600 lượt khách; đội văn nghệ 20 người biểu diễn xòe phục vụ khách được chia 40% tiền vé, phần còn lại nộp quỹ bản.
Bà Lò Thị Xuân đề nghị Mặt trận phường, xã đưa nội dung giữ gìn cảnh quan, không bán đất ven cánh đồng Mường Thanh cho người ngoài vào hương ước; đồng thời cho biết Ủy ban MTTQ thành phố đã nhận 3 ý kiến phản ánh việc một công ty thu phí chụp ảnh tại cánh đồng lúa mà không chia cho bản.
Ông Quàng Văn Phanh, Bí thư Chi bộ bản Mển, xã Thanh Nưa, cho biết chi bộ đã ra nghị quyết lãnh đạo phát triển du lịch, trong đó quy định mỗi hộ làm homestay đóng góp 50.000 đồng/tháng và 3% doanh thu cho quỹ bản. Bà Cà Thị Ánh, Chủ tịch Hội LHPN thành phố, thông tin Hội đã giới thiệu 12 chị em vay tổng cộng 480 triệu đồng để làm dịch vụ ăn uống, may trang phục Thái bán cho khách.
Kết luận hội nghị, đồng chí Lường Văn Tiến đề nghị các cơ quan khối dân vận tiếp tục thực hiện Chỉ thị số 23-CT/TU ngày 16/2/2023 của Ban Thường vụ Tỉnh ủy về phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới và Kế hoạch số 112-KH/TU của Thành ủy; tháng 6/2023 tổ chức ít nhất 1 hội nghị đối thoại giữa Chủ tịch UBND phường Him Lam với các hộ làm du lịch; rà soát, nắm chắc tâm tư của 36 hộ có đất bị ảnh hưởng bởi dự án khu du lịch sinh thái.
Đồng chí cũng đề nghị Thành đoàn phối hợp mở lớp hướng dẫn thanh niên bản quảng bá homestay trên mạng xã hội, giới thiệu món ăn, điệu xòe của người Thái một cách chân thực, tránh sân khấu hóa.
Quàng Hương - Ban Dân vận Thành ủy
Lượt xem: 413
Tin khác
- Mường Chà: giao ban khối dân vận tháng 4/2023 (28/04/2023)
- Tuần Giáo vận động nhân dân hiến đất làm đường (20/04/2023)
- Tập huấn Quy chế dân vận cho cán bộ cơ sở (13/04/2023)
""", "2023-05-26", "Khối dân vận thành phố giao ban tháng 5: tập trung vận động bản Thái làm du lịch cộng đồng",
E("giao_ban", "2023-05", "2023-05-25"),
[P("Lường Văn Tiến", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Lò Thị Xuân", "Thành ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam thành phố"),
 P("Quàng Văn Phanh", "Bí thư Chi bộ bản Mển"),
 P("Cà Thị Ánh", "Chủ tịch Hội LHPN thành phố")],
[Q("4 buổi tuyên truyền", 4, "buổi tuyên truyền"), Q("9 hộ người Thái", 9, "hộ người Thái"), Q("5 hộ homestay", 5, "hộ homestay"),
 Q("gần 600 lượt khách", 600, "lượt khách", "approx"), Q("20 người", 20, "người"), Q("40%", 40, "%"),
 Q("3 ý kiến", 3, "ý kiến"), Q("50.000 đồng", 50000, "đồng"), Q("3%", 3, "%"), Q("12 chị em", 12, "chị em"),
 Q("480 triệu đồng", 480000000, "đồng"), Q("ít nhất 1 hội nghị đối thoại", 1, "hội nghị đối thoại", "over"),
 Q("36 hộ", 36, "hộ")],
[D("Chỉ thị", "23", "CT/TU", "2023-02-16", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 23-CT/TU ngày 16/2/2023"),
 D("Kế hoạch", "112", "KH/TU", None, "Thành ủy", "Kế hoạch số 112-KH/TU")],
[prov("Điện Biên"), com("Him Lam"), com("Thanh Nưa")],
["BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN", "You are here: Trang chủ > Hoạt động dân vận > Dân vận các cấp",
 "Ảnh: Đồng chí Lò Thị Xuân phát biểu tại hội nghị.", "Lượt xem: 413"],
["Thứ Sáu, 26/05/2023 - 14:10", "tháng 5/2023", "tháng 6/2023", "Lượt xem: 413"]))

PAGES.append(page("b8203-laichau-mong-tongket-2024", """
BÁO LAI CHÂU
Chuyên mục: Kinh tế - Du lịch
Thứ Sáu, 20/12/2024
Hội nghị tổng kết hoạt động Hợp tác xã du lịch cộng đồng Sin Suối Hồ.
Sin Suối Hồ: Du lịch cộng đồng mang lại gần 9 tỷ đồng cho người Mông
Ngày 18/12/2024, Hợp tác xã Du lịch cộng đồng Sin Suối Hồ (huyện Phong Thổ) tổ chức hội nghị tổng kết hoạt động năm 2024, triển khai kế hoạch năm 2025. Dự hội nghị có đồng chí Vàng A Chua, Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch UBND huyện Phong Thổ; lãnh đạo Đảng ủy, UBND xã Sin Suối Hồ và 64 thành viên hợp tác xã.
Năm 2024, bản Sin Suối Hồ đón trên 31.000 lượt khách, trong đó 2.700 lượt khách quốc tế; tổng doanh thu từ du lịch gần 9 tỷ đồng, tăng 27% so với năm 2023. Bản có 21 homestay với hơn 400 chỗ nghỉ, 2 đội khèn, 1 đội múa với 35 người tham gia biểu diễn thường xuyên.
Ông Thào A Sềnh, Giám đốc Hợp tác xã, cho biết hợp tác xã áp dụng quy chế phân phối: 80% doanh thu dịch vụ chi trả trực tiếp cho hộ cung cấp; 12% nộp quỹ phát triển cộng đồng; 8% chi quản lý. Năm qua, quỹ phát triển cộng đồng thu được khoảng 540 triệu đồng, đã chi 210 triệu đồng làm 1,2 km đường hoa nội bản, 95 triệu đồng hỗ trợ 19 hộ nghèo mua giống rau, nuôi lợn đen; cấp học bổng 1 triệu đồng/em cho 45 học sinh.
Nhờ du lịch, thu nhập bình quân đầu người của bản đạt 42 triệu đồng/năm, tỷ lệ hộ nghèo giảm từ 61% năm 2015 xuống còn 4,8%. Bà Vàng Thị Sua, chủ homestay, thành viên Hội đồng quản trị hợp tác xã, chia sẻ: "Trước đây người Mông mình chỉ trồng ngô, giờ khách đến đông, con cháu không phải đi làm xa nữa".
Đồng chí Sùng A Pó, Bí thư Đảng ủy, Chủ tịch HĐND xã Sin Suối Hồ, cho biết Đảng ủy đã ban hành Nghị quyết 17, 18-NQ/ĐU về phát triển du lịch cộng đồng gắn với xây dựng nông thôn mới kiểu mẫu và về giữ gìn bản sắc văn hóa dân tộc Mông. Một số hạn chế được chỉ ra: 6 hộ xây nhà mái tôn cao tầng làm mất cảnh quan; việc phân loại rác tại nguồn chưa triệt để.
Phát biểu chỉ đạo, đồng chí Vàng A Chua đề nghị hợp tác xã tiếp tục thực hiện Quyết định số 1254/QĐ-UBND ngày 05/9/2023 của UBND tỉnh Lai Châu về phát triển du lịch cộng đồng giai đoạn 2023 - 2030; năm 2025 phấn đấu đón 35.000 lượt khách, có thêm từ 3 đến 5 homestay đạt chuẩn.
Sin Suối Hồ hiện là 1 trong những điểm du lịch cộng đồng tiêu biểu của vùng Tây Bắc, nhiều năm liền được chọn đón các đoàn khảo sát của các tỉnh bạn đến học tập cách làm. Dịp này, hợp tác xã khen thưởng 10 hộ và tặng 50 phần quà cho các hộ khó khăn trong bản, mỗi phần trị giá 300.000 đồng.
Giàng Tủa
Tin liên quan
- Tam Đường: bản Sì Thâu Chải đón khách mùa hoa đào (13/12/2024)
- Phong Thổ: giao ban công tác dân vận quý IV (06/12/2024)
- Hội thi ẩm thực các dân tộc tỉnh Lai Châu năm 2024 (29/11/2024)
""", "2024-12-20", "Sin Suối Hồ: Du lịch cộng đồng mang lại gần 9 tỷ đồng cho người Mông",
E("tong_ket", "2024", "2024-12-18"),
[P("Vàng A Chua", "Ủy viên Ban Thường vụ Huyện ủy", "Phó Chủ tịch UBND huyện Phong Thổ"),
 P("Thào A Sềnh", "Giám đốc Hợp tác xã"),
 P("Vàng Thị Sua", "chủ homestay", "thành viên Hội đồng quản trị hợp tác xã"),
 P("Sùng A Pó", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Sin Suối Hồ")],
[Q("64 thành viên", 64, "thành viên"), Q("trên 31.000 lượt khách", 31000, "lượt khách", "over"),
 Q("2.700 lượt khách quốc tế", 2700, "lượt khách quốc tế"), Q("gần 9 tỷ đồng", 9000000000, "đồng", "approx"),
 Q("27%", 27, "%"), Q("21 homestay", 21, "homestay"), Q("hơn 400 chỗ nghỉ", 400, "chỗ nghỉ", "over"),
 Q("2 đội khèn", 2, "đội khèn"), Q("35 người", 35, "người"), Q("80%", 80, "%"), Q("12%", 12, "%"), Q("8%", 8, "%"),
 Q("khoảng 540 triệu đồng", 540000000, "đồng", "approx"), Q("210 triệu đồng", 210000000, "đồng"), Q("1,2 km", 1.2, "km"),
 Q("95 triệu đồng", 95000000, "đồng"), Q("19 hộ nghèo", 19, "hộ nghèo"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("45 học sinh", 45, "học sinh"), Q("42 triệu đồng", 42000000, "đồng"), Q("61%", 61, "%"), Q("4,8%", 4.8, "%"),
 Q("6 hộ", 6, "hộ"), Q("35.000 lượt khách", 35000, "lượt khách"), Q("từ 3 đến 5 homestay đạt chuẩn", 3, "homestay đạt chuẩn"),
 Q("5 homestay đạt chuẩn", 5, "homestay đạt chuẩn"), Q("10 hộ", 10, "hộ"), Q("50 phần quà", 50, "phần quà"),
 Q("300.000 đồng", 300000, "đồng")],
[D("Nghị quyết", "17", "NQ/ĐU", None, "Đảng ủy", "Nghị quyết 17, 18-NQ/ĐU"),
 D("Nghị quyết", "18", "NQ/ĐU", None, "Đảng ủy", "Nghị quyết 17, 18-NQ/ĐU"),
 D("Quyết định", "1254", "QĐ-UBND", "2023-09-05", "UBND tỉnh Lai Châu", "Quyết định số 1254/QĐ-UBND ngày 05/9/2023")],
[prov("Lai Châu"), com("Sin Suối Hồ")],
["BÁO LAI CHÂU", "Chuyên mục: Kinh tế - Du lịch", "Hội nghị tổng kết hoạt động Hợp tác xã du lịch cộng đồng Sin Suối Hồ.",
 "Hợp tác xã Du lịch cộng đồng Sin Suối Hồ"],
["Thứ Sáu, 20/12/2024", "năm 2024", "năm 2025", "năm 2023", "năm 2015", "giai đoạn 2023 - 2030", "1 đội múa", "1 trong những điểm"]))

PAGES.append(page("b8204-backan-tay-doithoai-2024", """
ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BẮC KẠN
Thời sự › Địa phương
Ngày đăng 11/07/2024 | 09:30
Ba Bể: Chủ tịch UBND huyện đối thoại với người dân Pác Ngòi về chia sẻ nguồn thu du lịch
BKTV - Sáng 9/7/2024, tại nhà văn hóa thôn Pác Ngòi, xã Nam Mẫu, ông Hoàng Văn Tiến, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Ba Bể chủ trì hội nghị đối thoại với người dân năm 2024, chuyên đề phát triển du lịch cộng đồng trong Vườn quốc gia Ba Bể. Tham dự có khoảng 150 người dân các thôn Pác Ngòi, Bó Lù, Cốc Tộc và đại diện Ban Quản lý Vườn quốc gia.
Quang cảnh buổi đối thoại tại thôn Pác Ngòi.
Ba Bể là điểm du lịch trọng điểm của tỉnh Bắc Kạn. Theo báo cáo của UBND xã Nam Mẫu, 6 tháng đầu năm 2024, 3 thôn đón khoảng 38.000 lượt khách; có 52 hộ làm homestay, 96 thuyền máy của người dân chở khách trên hồ. Doanh thu dịch vụ du lịch của xã ước trên 25 tỷ đồng.
Tại buổi đối thoại, bà con nêu 19 ý kiến. Ông Triệu Văn Chằn, người Dao ở thôn Cốc Tộc, phản ánh thôn có ít khách nghỉ, đề nghị điều phối để các đoàn khách ghé ăn trưa ở Cốc Tộc. Bà Ma Thị Hiền, Tổ trưởng tổ thuyền thôn Bó Lù, kiến nghị sửa quy chế luân phiên chở khách vì hiện 30% thuyền không đến lượt trong cả tuần. Nhiều hộ hỏi về việc sử dụng khoản 10% phí dịch vụ môi trường rừng trích lại cho cộng đồng.
Trả lời người dân, ông Hoàng Văn Tiến cho biết huyện sẽ sửa đổi Quy chế 09/QC-UBND về quản lý hoạt động vận chuyển khách trên hồ Ba Bể theo hướng bốc thăm, phân chia khách giữa 3 thôn; năm 2024 bố trí 1,5 tỷ đồng làm tuyến đường bộ nối Pác Ngòi - Cốc Tộc. Ông Nông Đức Thuận, Giám đốc Vườn quốc gia Ba Bể, thông tin khoản chi trả dịch vụ môi trường rừng năm 2023 cho cộng đồng là 820 triệu đồng, được công khai theo Nghị định số 156/2018/NĐ-CP.
Bà Hà Thị Thoa, Phó Chủ tịch UBND xã Nam Mẫu, cam kết công khai danh sách thuyền, lịch luân phiên tại nhà văn hóa các thôn.
Kết luận buổi đối thoại, ông Hoàng Văn Tiến yêu cầu các phòng chuyên môn trả lời bằng văn bản những ý kiến chưa giải quyết được trong 10 ngày, đồng thời thực hiện nghiêm Nghị quyết số 08-NQ/HU ngày 22/3/2021 của Ban Chấp hành Đảng bộ huyện về phát triển du lịch giai đoạn 2021 - 2025 và Luật Thực hiện dân chủ ở cơ sở. Huyện giao UBND xã Nam Mẫu phối hợp Ủy ban MTTQ xã theo dõi việc thực hiện các cam kết sau đối thoại.
Sau buổi đối thoại, nhiều hộ dân bày tỏ phấn khởi vì lần đầu được trực tiếp trao đổi với người đứng đầu huyện về cách chia khách, chia nguồn thu.
Thu Hằng
Tin liên quan
- Pác Nặm: vận động bà con dân tộc Mông giữ rừng đầu nguồn (05/07/2024)
- Chợ Đồn: hội nghị giao ban quý II (29/06/2024)
- Khai mạc Lễ hội Hồ Ba Bể năm 2024 (20/06/2024)
""", "2024-07-11", "Ba Bể: Chủ tịch UBND huyện đối thoại với người dân Pác Ngòi về chia sẻ nguồn thu du lịch",
E("doi_thoai", "2024", "2024-07-09"),
[P("Hoàng Văn Tiến", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Ba Bể"), P("Triệu Văn Chằn"),
 P("Ma Thị Hiền", "Tổ trưởng tổ thuyền thôn Bó Lù"), P("Nông Đức Thuận", "Giám đốc Vườn quốc gia Ba Bể"),
 P("Hà Thị Thoa", "Phó Chủ tịch UBND xã Nam Mẫu")],
[Q("khoảng 150 người dân", 150, "người dân", "approx"), Q("3 thôn", 3, "thôn"),
 Q("khoảng 38.000 lượt khách", 38000, "lượt khách", "approx"), Q("52 hộ", 52, "hộ"), Q("96 thuyền máy", 96, "thuyền máy"),
 Q("trên 25 tỷ đồng", 25000000000, "đồng", "over"), Q("19 ý kiến", 19, "ý kiến"), Q("30%", 30, "%"), Q("10%", 10, "%"),
 Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("820 triệu đồng", 820000000, "đồng")],
[D("Quy chế", "09", "QC-UBND", None, None, "Quy chế 09/QC-UBND"),
 D("Nghị định", "156", "2018/NĐ-CP", None, None, "Nghị định số 156/2018/NĐ-CP"),
 D("Nghị quyết", "08", "NQ/HU", "2021-03-22", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 08-NQ/HU ngày 22/3/2021")],
[prov("Bắc Kạn"), com("Nam Mẫu")],
["ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BẮC KẠN", "Thời sự › Địa phương", "BKTV", "Quang cảnh buổi đối thoại tại thôn Pác Ngòi.",
 "Vườn quốc gia Ba Bể", "Luật Thực hiện dân chủ ở cơ sở"],
["Ngày đăng 11/07/2024 | 09:30", "năm 2024", "6 tháng đầu năm 2024", "cả tuần", "năm 2023", "10 ngày", "giai đoạn 2021 - 2025"]))

PAGES.append(page("b8205-thanhhoa-puluong-giamsat-2025", """
HĐND TỈNH THANH HÓA - Trang thông tin điện tử
Trang chủ | Hoạt động giám sát | Tin Ban Dân tộc
15.05.2025 | 16:05
Đoàn giám sát làm việc tại bản Đôn, xã Thành Lâm. Ảnh: Lê Hợi
Hoạt động HĐND
Ban Dân tộc HĐND tỉnh giám sát phát triển du lịch cộng đồng tại Pù Luông
Trong hai ngày 13 và 14/5/2025, Đoàn giám sát Ban Dân tộc HĐND tỉnh do ông Hà Văn Ngọc, Trưởng Ban Dân tộc HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ phát triển du lịch cộng đồng vùng đồng bào dân tộc thiểu số năm 2025 tại huyện Bá Thước. Tham gia đoàn có bà Phạm Thị Xuân, Phó Trưởng Ban Dân tộc HĐND tỉnh; đại diện Sở Văn hóa, Thể thao và Du lịch, Sở Dân tộc và Tôn giáo.
Pù Luông là điểm đến du lịch cộng đồng nổi bật nhất của miền núi tỉnh Thanh Hóa. Theo báo cáo của UBND huyện Bá Thước, khu bảo tồn thiên nhiên Pù Luông hiện có 128 cơ sở lưu trú, trong đó 74 homestay do người Thái, người Mường tự làm chủ; năm 2024 đón trên 205.000 lượt khách, doanh thu khoảng 260 tỷ đồng. Giai đoạn 2022 - 2024, huyện đã hỗ trợ 46 hộ, mỗi hộ 30 triệu đồng theo Nghị quyết số 185/2021/NQ-HĐND của HĐND tỉnh để cải tạo nhà sàn làm homestay.
Tuy nhiên, tại xã Thành Lâm và xã Thành Sơn, đoàn ghi nhận khoảng 60% cơ sở lưu trú lớn thuộc về nhà đầu tư ngoài tỉnh thuê hoặc mua lại đất của người dân; nhiều hộ sau khi bán đất trở thành lao động làm thuê với mức lương 5 - 6 triệu đồng/tháng. Có 12 công trình xây dựng sai phép, 4 vụ việc tranh chấp ranh giới đất chưa được giải quyết dứt điểm.
Ông Lương Văn Khởi, Chủ tịch UBND xã Thành Lâm, cho biết xã đã thí điểm quy chế mỗi cơ sở lưu trú đóng góp 2% doanh thu vào quỹ của bản; từ tháng 1 đến tháng 4/2025, 5 bản thu được khoảng 310 triệu đồng để làm đường, thắp sáng và hỗ trợ học sinh. Bà Hà Thị Lượng, Trưởng bản Đôn, đề nghị có quy định ưu tiên tuyển lao động tại chỗ, ít nhất 70% lao động của mỗi cơ sở phải là người trong bản.
Kết luận đợt giám sát, ông Hà Văn Ngọc đề nghị UBND huyện rà soát, xử lý dứt điểm các công trình sai phép theo Kế hoạch số 97/KH-UBND ngày 10/4/2024 của UBND tỉnh; tham mưu tỉnh ban hành quy định về đóng góp quỹ cộng đồng đối với cơ sở lưu trú trong khu bảo tồn; vận động người dân không bán đất mà góp đất, góp nhà cùng nhà đầu tư để được chia lợi nhuận lâu dài. Kết quả giám sát sẽ được báo cáo tại kỳ họp HĐND tỉnh giữa năm 2025.
Trước đó, đoàn đã khảo sát 6 homestay tại bản Đôn, bản Kho Mường và bản Son.
Lê Hợi
Tin cùng chuyên mục
- Giám sát thực hiện Chương trình mục tiêu quốc gia tại Mường Lát (08/05/2025)
- Ban Văn hóa - Xã hội HĐND tỉnh khảo sát trường học miền núi (24/04/2025)
- Tiếp xúc cử tri huyện Quan Hóa trước kỳ họp (15/04/2025)
""", "2025-05-15", "Ban Dân tộc HĐND tỉnh giám sát phát triển du lịch cộng đồng tại Pù Luông",
E("giam_sat", "2025", "2025-05-13"),
[P("Hà Văn Ngọc", "Trưởng Ban Dân tộc HĐND tỉnh", "trưởng đoàn"), P("Phạm Thị Xuân", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Lương Văn Khởi", "Chủ tịch UBND xã Thành Lâm"), P("Hà Thị Lượng", "Trưởng bản Đôn")],
[Q("128 cơ sở lưu trú", 128, "cơ sở lưu trú"), Q("74 homestay", 74, "homestay"),
 Q("trên 205.000 lượt khách", 205000, "lượt khách", "over"), Q("khoảng 260 tỷ đồng", 260000000000, "đồng", "approx"),
 Q("46 hộ", 46, "hộ"), Q("30 triệu đồng", 30000000, "đồng"), Q("khoảng 60%", 60, "%", "approx"),
 Q("5 - 6 triệu đồng", 5000000, "đồng"), Q("6 triệu đồng", 6000000, "đồng"), Q("12 công trình", 12, "công trình"),
 Q("4 vụ việc tranh chấp ranh giới đất", 4, "vụ việc tranh chấp ranh giới đất"), Q("2%", 2, "%"), Q("5 bản", 5, "bản"),
 Q("khoảng 310 triệu đồng", 310000000, "đồng", "approx"), Q("ít nhất 70%", 70, "%", "over"), Q("6 homestay", 6, "homestay")],
[D("Nghị quyết", "185", "2021/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 185/2021/NQ-HĐND"),
 D("Kế hoạch", "97", "KH-UBND", "2024-04-10", "UBND tỉnh", "Kế hoạch số 97/KH-UBND ngày 10/4/2024")],
[prov("Thanh Hóa"), com("Thành Lâm"), com("Thành Sơn")],
["HĐND TỈNH THANH HÓA - Trang thông tin điện tử", "Trang chủ | Hoạt động giám sát | Tin Ban Dân tộc",
 "Đoàn giám sát làm việc tại bản Đôn, xã Thành Lâm. Ảnh: Lê Hợi", "Hoạt động HĐND", "Sở Dân tộc và Tôn giáo"],
["15.05.2025 | 16:05", "hai ngày", "năm 2025", "năm 2024", "Giai đoạn 2022 - 2024", "tháng 4/2025", "giữa năm 2025"]))

PAGES.append(page("b8206-tuyenquang-lungcu-soket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Trang chủ › Xã hội › Cơ sở
Thứ Tư, 16/07/2025 - 10:45
Lũng Cú: Du lịch cộng đồng đưa thu nhập người Lô Lô, người Mông tăng mạnh
Ngày 14/7, Đảng ủy xã Lũng Cú (tỉnh Tuyên Quang) tổ chức hội nghị sơ kết 6 tháng đầu năm 2025 thực hiện Nghị quyết chuyên đề số 03-NQ/ĐU về phát triển du lịch cộng đồng. Đây là hội nghị chuyên đề đầu tiên của Đảng ủy xã sau khi vận hành chính quyền địa phương 2 cấp.
Chủ trì hội nghị có đồng chí Lò Văn Pháo, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Sình Thị Mai, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Dự hội nghị có đại diện Sở Văn hóa, Thể thao và Du lịch tỉnh và 48 đại biểu là bí thư chi bộ, trưởng thôn, chủ homestay.
Du khách trải nghiệm dệt vải cùng phụ nữ Lô Lô thôn Lô Lô Chải.
Báo cáo cho thấy, 6 tháng đầu năm, các thôn Lô Lô Chải, Thèn Pả, Séo Lủng đón trên 96.000 lượt khách đến cột cờ Lũng Cú, trong đó khoảng 23.000 lượt khách lưu trú tại 41 homestay. Doanh thu dịch vụ đạt khoảng 17 tỷ đồng. Riêng thôn Lô Lô Chải có 32 trên 115 hộ làm du lịch; theo hương ước, các hộ kinh doanh nộp 7% doanh thu cho quỹ thôn, quỹ hiện có gần 500 triệu đồng, đã trả lương cho 8 người thu gom rác và hỗ trợ các hộ không làm homestay mở quầy bán nông sản.
Ông Sính Dì Gai, Bí thư Chi bộ, Trưởng thôn Lô Lô Chải, cho biết thôn đang đề xuất trích thêm 2% cho quỹ bảo tồn nhà trình tường và lễ cúng tổ tiên của người Lô Lô. Bà Vàng Thị Chá, chủ homestay thôn Thèn Pả, phản ánh tình trạng nhiều hộ tự đặt giá phòng từ 150.000 đến 500.000 đồng/người/đêm, gây lộn xộn.
Hội nghị chỉ ra hạn chế: 5 công trình xây mới bằng bê tông ở lõi thôn; nguồn nước sinh hoạt mùa khô chưa đủ cho khoảng 1.200 khách/đêm vào dịp cao điểm; số thanh niên biết ngoại ngữ còn ít.
Phát biểu chỉ đạo, đồng chí Lò Văn Pháo yêu cầu 6 tháng cuối năm các chi bộ tiếp tục quán triệt Nghị quyết số 12-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch cộng đồng và Kế hoạch số 41-KH/ĐU của Đảng ủy xã; xây dựng bảng giá dịch vụ chung cho toàn xã; phấn đấu cả năm 2025 đón 200.000 lượt khách, trong đó ít nhất 50.000 lượt khách nghỉ lại.
Đồng chí đề nghị UBND xã sớm làm việc với Sở Văn hóa, Thể thao và Du lịch tỉnh để xây dựng chương trình đào tạo tiếng Anh, tiếng Trung giao tiếp cho thanh niên các thôn, đồng thời vận động các hộ giữ nguyên kiến trúc nhà trình tường truyền thống. Dịp này, Đảng ủy xã khen thưởng 4 chi bộ và 9 cá nhân tiêu biểu trong phát triển du lịch cộng đồng.
Sùng Hương
Tin liên quan
- Xã Đồng Văn ra mắt bộ máy chính quyền mới (02/07/2025)
- Khai trương tuyến du lịch Mã Pì Lèng - Lũng Cú (25/06/2025)
- Tuyên Quang: hợp nhất các hiệp hội du lịch sau sắp xếp tỉnh (20/06/2025)
""", "2025-07-16", "Lũng Cú: Du lịch cộng đồng đưa thu nhập người Lô Lô, người Mông tăng mạnh",
E("so_ket", "2025-H1", "2025-07-14"),
[P("Lò Văn Pháo", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"), P("Sình Thị Mai", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Sính Dì Gai", "Bí thư Chi bộ", "Trưởng thôn Lô Lô Chải"), P("Vàng Thị Chá", "chủ homestay thôn Thèn Pả")],
[Q("48 đại biểu", 48, "đại biểu"), Q("trên 96.000 lượt khách", 96000, "lượt khách", "over"),
 Q("khoảng 23.000 lượt khách", 23000, "lượt khách", "approx"), Q("41 homestay", 41, "homestay"),
 Q("khoảng 17 tỷ đồng", 17000000000, "đồng", "approx"), Q("32 trên 115 hộ", 32, "hộ"), Q("7%", 7, "%"),
 Q("gần 500 triệu đồng", 500000000, "đồng", "approx"), Q("8 người", 8, "người"), Q("2%", 2, "%"),
 Q("từ 150.000 đến 500.000 đồng", 150000, "đồng"), Q("500.000 đồng", 500000, "đồng"), Q("5 công trình", 5, "công trình"),
 Q("khoảng 1.200 khách", 1200, "khách", "approx"), Q("200.000 lượt khách", 200000, "lượt khách"),
 Q("ít nhất 50.000 lượt khách", 50000, "lượt khách", "over"), Q("4 chi bộ", 4, "chi bộ"), Q("9 cá nhân tiêu biểu", 9, "cá nhân tiêu biểu")],
[D("Nghị quyết", "03", "NQ/ĐU", None, None, "Nghị quyết chuyên đề số 03-NQ/ĐU"),
 D("Nghị quyết", "12", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 12-NQ/TU"),
 D("Kế hoạch", "41", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 41-KH/ĐU")],
[prov("Tuyên Quang"), com("Lũng Cú")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ › Xã hội › Cơ sở",
 "Du khách trải nghiệm dệt vải cùng phụ nữ Lô Lô thôn Lô Lô Chải."],
["Thứ Tư, 16/07/2025 - 10:45", "6 tháng đầu năm 2025", "chính quyền địa phương 2 cấp", "6 tháng cuối năm", "năm 2025"]))
