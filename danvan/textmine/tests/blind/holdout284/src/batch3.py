from lib import *
PAGES = []

PAGES.append(page("b6785-camau-bdvtu-toadam-2022", """
Báo Cà Mau điện tử
Chính trị - Xã hội › Dân vận
Thứ Sáu, 24/06/2022 | 14:35
Toàn cảnh buổi tọa đàm.
Tọa đàm "Đảng viên làm kinh tế giỏi - Điểm tựa cho hộ nghèo vùng ven biển"
(CMO) Sáng 23/6, Ban Dân vận Tỉnh ủy phối hợp Ban Tổ chức Tỉnh ủy và Hội Nông dân tỉnh Cà Mau tổ chức tọa đàm "Đảng viên làm kinh tế giỏi - Điểm tựa cho hộ nghèo vùng ven biển" năm 2022. Đồng chí Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy Lâm Thị Kim Chi và đồng chí Huỳnh Văn Nhựt, Phó Trưởng Ban Tổ chức Tỉnh ủy đồng chủ trì.
Tham dự có 84 đảng viên là chủ hộ nuôi tôm, nuôi cua, làm rừng kết hợp thủy sản đến từ 9 huyện, thành phố. Theo số liệu của Ban Tổ chức Tỉnh ủy, hiện toàn tỉnh có trên 11.000 đảng viên đạt tiêu chí làm kinh tế giỏi, chiếm khoảng 27% tổng số đảng viên; mỗi năm đảng viên giúp đỡ bình quân 3.500 - 4.000 hộ nghèo, hộ cận nghèo.
Các đại biểu đã tập trung trao đổi kinh nghiệm nuôi tôm quảng canh cải tiến, tôm - lúa, tôm - rừng theo hướng hữu cơ; cách thức liên kết để hộ nghèo cùng tham gia chuỗi giá trị. Đồng chí Trần Văn Đẹp, Bí thư Chi bộ ấp Kinh Đào, xã Tân Ân, chia sẻ: gia đình có 12 ha tôm - rừng đạt chứng nhận ASC, lãi ròng khoảng 450 triệu đồng/năm. Ông đứng ra thành lập tổ hợp tác với 27 hộ, trong đó 9 hộ nghèo được ứng trước con giống, cuối vụ mới trả; đến nay 7 hộ đã thoát nghèo.
Chị Dương Mỹ Xuân, Ủy viên Ban Chấp hành Hội Liên hiệp phụ nữ xã Khánh Bình Tây, chủ cơ sở sản xuất khô cá, tạo việc làm cho 14 phụ nữ nghèo với thu nhập 150.000 - 200.000 đồng/ngày. Đồng chí Tạ Minh Luân, Phó Bí thư Đảng ủy xã Viên An Đông, nêu khó khăn về vốn: nhiều hộ muốn mở rộng nhưng đã vay tối đa 100 triệu đồng/hộ từ Ngân hàng Chính sách xã hội.
Kết luận buổi tọa đàm, đồng chí Lâm Thị Kim Chi đề nghị các cấp ủy tiếp tục thực hiện Kết luận số 01-KL/TW của Bộ Chính trị, Nghị quyết số 08-NQ/TU ngày 22/2/2022 của Tỉnh ủy về phát triển kinh tế biển và Quyết định 90/QĐ-TTg ngày 18/1/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025. Đồng chí yêu cầu Ban Dân vận các huyện ủy tham mưu nhân rộng những cách làm hay, phấn đấu đến năm 2025 mỗi chi bộ ấp có từ 3 đảng viên làm kinh tế giỏi trở lên nhận đỡ đầu hộ nghèo.
Nhiều ý kiến cũng đề nghị tỉnh sớm quy hoạch vùng nuôi tôm sinh thái, đầu tư hệ thống thủy lợi, điện phục vụ sản xuất ở các xã bãi ngang, ven biển để người dân yên tâm đầu tư.
Dịp này, Ban tổ chức tặng 20 suất quà, mỗi suất trị giá 1 triệu đồng cho các đảng viên có nhiều đóng góp.
Kim Cương
Tin cùng chuyên mục
- Đầm Dơi: nâng chất mô hình "Dân vận khéo" (20/06/2022)
- U Minh hỗ trợ sinh kế cho đồng bào Khmer (15/06/2022)
- Năm Căn: đảng viên tiên phong giữ rừng (08/06/2022)
""", "2022-06-24", "Tọa đàm \"Đảng viên làm kinh tế giỏi - Điểm tựa cho hộ nghèo vùng ven biển\"",
E("hoi_nghi", "2022", "2022-06-23"),
[P("Lâm Thị Kim Chi", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Nhựt", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Trần Văn Đẹp", "Bí thư Chi bộ ấp Kinh Đào"),
 P("Dương Mỹ Xuân", "Ủy viên Ban Chấp hành Hội Liên hiệp phụ nữ xã Khánh Bình Tây", "chủ cơ sở sản xuất khô cá"),
 P("Tạ Minh Luân", "Phó Bí thư Đảng ủy xã Viên An Đông")],
[Q("84 đảng viên", 84, "đảng viên"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("trên 11.000 đảng viên", 11000, "đảng viên", "over"), Q("khoảng 27%", 27, "%", "approx"),
 Q("3.500 - 4.000 hộ nghèo, hộ cận nghèo", 3500, "hộ nghèo, hộ cận nghèo"), Q("4.000 hộ nghèo, hộ cận nghèo", 4000, "hộ nghèo, hộ cận nghèo"),
 Q("12 ha", 12, "ha"), Q("khoảng 450 triệu đồng/năm", 450000000, "đồng", "approx"), Q("27 hộ", 27, "hộ"),
 Q("9 hộ nghèo", 9, "hộ nghèo"), Q("7 hộ", 7, "hộ"), Q("14 phụ nữ nghèo", 14, "phụ nữ nghèo"),
 Q("150.000 - 200.000 đồng/ngày", 150000, "đồng"), Q("200.000 đồng/ngày", 200000, "đồng"),
 Q("tối đa 100 triệu đồng/hộ", 100000000, "đồng"), Q("từ 3 đảng viên làm kinh tế giỏi trở lên", 3, "đảng viên", "over"),
 Q("20 suất quà", 20, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Nghị quyết", "08", "NQ/TU", "2022-02-22", "Tỉnh ủy", "Nghị quyết số 08-NQ/TU ngày 22/2/2022"),
 D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", "Quyết định 90/QĐ-TTg ngày 18/1/2022")],
[prov("Cà Mau"), com("Tân Ân"), com("Khánh Bình Tây"), com("Viên An Đông")],
["Báo Cà Mau điện tử", "Chính trị - Xã hội › Dân vận", "Toàn cảnh buổi tọa đàm.", "(CMO)", "ASC",
 "Ngân hàng Chính sách xã hội", "Chương trình mục tiêu quốc gia giảm nghèo bền vững"],
["Thứ Sáu, 24/06/2022 | 14:35", "năm 2022", "2021 - 2025", "năm 2025"]))

PAGES.append(page("b6786-thanhhoa-bdvtu-giaoban-q3-2022", """
Hôm nay: Thứ Bảy, 08/10/2022
BÁO THANH HÓA
Thời sự | Chính trị | Dân vận
07/10/2022 - 10:05
Đồng chí Lê Thị Phương Thảo chủ trì hội nghị giao ban.
Phát huy vai trò đảng viên trong giảm nghèo bền vững
Ngày 6/10, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức hội nghị giao ban công tác dân vận quý III năm 2022, tập trung đánh giá kết quả phong trào "Đảng viên làm kinh tế giỏi, giúp nhau thoát nghèo" ở 11 huyện miền núi. Đồng chí Lê Thị Phương Thảo, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hà Văn Khoa, Vi Thị Thanh, Nguyễn Xuân Đông.
Báo cáo tại hội nghị cho biết, quý III, khối dân vận các cấp đã tham mưu cấp ủy triển khai Kế hoạch số 116-KH/TU, 117-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 22-NQ/TU ngày 15/4/2022 của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo đa chiều, bao trùm, bền vững. 9 tháng năm 2022, toàn tỉnh có thêm 1.236 đảng viên đăng ký làm kinh tế giỏi; các đảng viên đã giúp đỡ 4.812 hộ nghèo với tổng giá trị hỗ trợ khoảng 19,5 tỷ đồng; có 2.967 hộ thoát nghèo.
Tại huyện Quan Sơn, đồng chí Lương Văn Khiêm, Bí thư Chi bộ bản Chiềng Lìn, xã Sơn Điện, người Thái, đã cho 12 hộ nghèo mượn đất trồng keo, bao tiêu măng cho bà con với giá ổn định. Ở huyện Như Xuân, đồng chí Lò Thị Hoa, Chủ tịch Hội Nông dân xã Cát Tân, vận động thành lập 2 tổ hợp tác nuôi ong lấy mật với 35 thành viên.
Tham luận tại hội nghị, đồng chí Phạm Ngọc Tuấn, HUV, Trưởng Ban Dân vận Huyện ủy Ngọc Lặc, cho rằng việc hỗ trợ cần chuyển từ "cho cá" sang "cho cần câu", đồng thời đề nghị tỉnh có cơ chế khen thưởng riêng cho đảng viên nhận đỡ đầu từ 5 hộ nghèo trở lên.
Kết luận hội nghị, đồng chí Lê Thị Phương Thảo đề nghị quý IV tập trung tham mưu sơ kết 1 năm thực hiện Nghị quyết 22-NQ/TU; phối hợp Ủy ban MTTQ tỉnh vận động xây dựng 500 nhà "Đại đoàn kết" cho hộ nghèo trước Tết Nguyên đán; chuẩn bị tổng kết phong trào thi đua "Dân vận khéo" năm 2022. Đồng chí cũng lưu ý việc theo dõi, nắm bắt tâm tư của người dân ở các xã vừa sáp nhập thôn, bản, không để phát sinh điểm nóng. Ban Dân vận các huyện ủy cần chủ động phát hiện những đảng viên có cách làm hay để giới thiệu trên Báo Thanh Hóa, Đài Phát thanh và Truyền hình tỉnh, tạo sức lan tỏa trong toàn Đảng bộ.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy cũng đã thông tin về tiến độ chuẩn bị hội nghị biểu dương đảng viên làm kinh tế giỏi người dân tộc thiểu số, dự kiến tổ chức trong tháng 12.
Hội nghị đã thống nhất lịch giao ban định kỳ quý IV vào đầu tháng 1/2023.
Lê Hà
Bài viết liên quan
- Ban Dân vận Tỉnh ủy giao ban quý II năm 2022 (08/07/2022)
- Bá Thước: đảng viên người Mường làm kinh tế giỏi (30/09/2022)
- Thường Xuân: hiệu quả phong trào "Dân vận khéo" (25/09/2022)
""", "2022-10-07", "Phát huy vai trò đảng viên trong giảm nghèo bền vững",
E("giao_ban", "2022-Q3", "2022-10-06"),
[P("Lê Thị Phương Thảo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Khoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Vi Thị Thanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Xuân Đông", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Khiêm", "Bí thư Chi bộ bản Chiềng Lìn"),
 P("Lò Thị Hoa", "Chủ tịch Hội Nông dân xã Cát Tân"),
 P("Phạm Ngọc Tuấn", "HUV", "Trưởng Ban Dân vận Huyện ủy Ngọc Lặc")],
[Q("11 huyện miền núi", 11, "huyện miền núi"), Q("1.236 đảng viên", 1236, "đảng viên"), Q("4.812 hộ nghèo", 4812, "hộ nghèo"),
 Q("khoảng 19,5 tỷ đồng", 19500000000, "đồng", "approx"), Q("2.967 hộ", 2967, "hộ"), Q("12 hộ nghèo", 12, "hộ nghèo"),
 Q("2 tổ hợp tác", 2, "tổ hợp tác"), Q("35 thành viên", 35, "thành viên"), Q("từ 5 hộ nghèo trở lên", 5, "hộ nghèo", "over"),
 Q('500 nhà "Đại đoàn kết"', 500, "nhà \"Đại đoàn kết\"")],
[D("Kế hoạch", "116", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 116-KH/TU, 117-KH/TU"),
 D("Kế hoạch", "117", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 116-KH/TU, 117-KH/TU"),
 D("Nghị quyết", "22", "NQ/TU", "2022-04-15", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 22-NQ/TU ngày 15/4/2022")],
[prov("Thanh Hóa"), com("Sơn Điện"), com("Cát Tân")],
["Hôm nay: Thứ Bảy, 08/10/2022", "BÁO THANH HÓA", "Thời sự | Chính trị | Dân vận",
 "Đồng chí Lê Thị Phương Thảo chủ trì hội nghị giao ban.", "Đảng viên làm kinh tế giỏi, giúp nhau thoát nghèo",
 "cho cá", "cho cần câu", "Dân vận khéo", "Đài Phát thanh và Truyền hình tỉnh"],
["Hôm nay: Thứ Bảy, 08/10/2022", "07/10/2022 - 10:05", "quý III năm 2022", "9 tháng năm 2022", "quý IV", "1 năm",
 "năm 2022", "tháng 1/2023", "tháng 12"]))

PAGES.append(page("b6787-langson-chandung-dangvien-nung-2023", """
BÁO LẠNG SƠN
Trang chủ - Xã hội - Gương sáng
Ngày đăng 15/03/2023 | 16:20
Bà Hoàng Thị Pảo (thứ nhất bên trái) giới thiệu sản phẩm hồi với khách hàng.
Nữ đảng viên Nùng "giữ lửa" cho rừng hồi Văn Quan
Giữa những đồi hồi xanh ngắt ở thôn Khòn Pổ, xã Tri Lễ, huyện Văn Quan, ai cũng biết tiếng bà Hoàng Thị Pảo, 56 tuổi, Bí thư Chi bộ thôn Khòn Pổ, người đã gắn bó hơn 30 năm với cây hồi và giúp nhiều gia đình trong thôn thoát nghèo.
Năm 2005, khi giá hoa hồi xuống thấp, nhiều hộ chặt bỏ hồi để trồng keo, bà Pảo kiên quyết giữ lại 7 ha hồi của gia đình và tìm hướng chế biến sâu. Bà vay 200 triệu đồng mua lò sấy, máy chưng cất tinh dầu, rồi liên hệ với các thương nhân ở Lạng Sơn, Hà Nội để tiêu thụ. Năm 2022, cơ sở của bà thu mua, chế biến khoảng 120 tấn hoa hồi khô và 1,5 tấn tinh dầu, doanh thu trên 5 tỷ đồng, tạo việc làm thời vụ cho 40 lao động, chủ yếu là phụ nữ người Nùng, Tày trong xã.
"Trước đây bà con hái hồi về phơi nắng, gặp mưa là hỏng, bán bị ép giá. Mình có lò sấy rồi thì mua cho bà con đúng giá thị trường, có khi cao hơn 2.000 - 3.000 đồng/kg", bà Pảo kể. Với 18 hộ nghèo trong thôn, bà ứng trước tiền công chăm sóc, phát dọn rừng hồi, cuối vụ trừ dần vào sản phẩm; đã có 13 hộ thoát nghèo, nhiều hộ xây được nhà mới.
Ông Lộc Văn Thìn, Chủ tịch UBND xã Tri Lễ, cho biết: nhờ những đảng viên như bà Pảo, tỷ lệ hộ nghèo của xã giảm từ 34,2% năm 2019 xuống còn 17,8% năm 2022. Xã đang phối hợp xây dựng nhãn hiệu tập thể "Hồi Tri Lễ", đăng ký sản phẩm OCOP 3 sao cho tinh dầu hồi của cơ sở bà Pảo.
Theo đồng chí Vi Văn Thắng, Phó Trưởng Ban Dân vận Huyện ủy Văn Quan, thực hiện Nghị quyết số 06-NQ/TU ngày 20/10/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển lâm nghiệp bền vững và Kết luận số 01-KL/TW của Bộ Chính trị, huyện đã biểu dương 42 đảng viên làm kinh tế giỏi tiêu biểu giai đoạn 2020 - 2022, trong đó bà Hoàng Thị Pảo được UBND tỉnh tặng Bằng khen. Ban Dân vận Huyện ủy đã chọn mô hình "Đảng viên giúp hộ nghèo giữ rừng hồi" của Chi bộ thôn Khòn Pổ là mô hình "Dân vận khéo" cấp huyện năm 2022.
Bà Pảo tâm sự, điều bà mong nhất là con cháu trong thôn biết quý cây hồi: "Cây hồi là cây của ông cha để lại. Mình là đảng viên phải làm sao cho bà con sống được bằng cây hồi, như thế rừng hồi mới còn".
Sắp tới, bà dự định đầu tư thêm 1 dây chuyền đóng chai tinh dầu với kinh phí khoảng 800 triệu đồng, đồng thời vận động thêm 10 hộ tham gia liên kết trồng hồi hữu cơ.
Bài, ảnh: Hoàng Yến
Tin khác
- Bình Gia: đảng viên trẻ làm giàu từ cây quế (10/03/2023)
- Đình Lập phát huy vai trò người có uy tín (03/03/2023)
- Tràng Định: hiệu quả mô hình chăn nuôi lợn đen (24/02/2023)
""", "2023-03-15", "Nữ đảng viên Nùng \"giữ lửa\" cho rừng hồi Văn Quan",
E("khac", None, None),
[P("Hoàng Thị Pảo", "Bí thư Chi bộ thôn Khòn Pổ"),
 P("Lộc Văn Thìn", "Chủ tịch UBND xã Tri Lễ"),
 P("Vi Văn Thắng", "Phó Trưởng Ban Dân vận Huyện ủy Văn Quan")],
[Q("7 ha", 7, "ha"), Q("200 triệu đồng", 200000000, "đồng"), Q("khoảng 120 tấn", 120, "tấn", "approx"),
 Q("1,5 tấn", 1.5, "tấn"), Q("trên 5 tỷ đồng", 5000000000, "đồng", "over"), Q("40 lao động", 40, "lao động"),
 Q("2.000 - 3.000 đồng/kg", 2000, "đồng"), Q("3.000 đồng/kg", 3000, "đồng"), Q("18 hộ nghèo", 18, "hộ nghèo"),
 Q("13 hộ", 13, "hộ"), Q("34,2%", 34.2, "%"), Q("17,8%", 17.8, "%"),
 Q("42 đảng viên làm kinh tế giỏi tiêu biểu", 42, "đảng viên"),
 Q("khoảng 800 triệu đồng", 800000000, "đồng", "approx"), Q("10 hộ", 10, "hộ")],
[D("Nghị quyết", "06", "NQ/TU", "2021-10-20", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 06-NQ/TU ngày 20/10/2021"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW")],
[prov("Lạng Sơn"), com("Tri Lễ")],
["BÁO LẠNG SƠN", "Trang chủ - Xã hội - Gương sáng",
 "Bà Hoàng Thị Pảo (thứ nhất bên trái) giới thiệu sản phẩm hồi với khách hàng.", "Hồi Tri Lễ", "OCOP",
 "Đảng viên giúp hộ nghèo giữ rừng hồi", "Dân vận khéo", "Hà Nội"],
["Ngày đăng 15/03/2023 | 16:20", "56 tuổi", "hơn 30 năm", "Năm 2005", "Năm 2022", "năm 2019", "năm 2022",
 "3 sao", "2020 - 2022", "1 dây chuyền"]))

PAGES.append(page("b6788-kiengiang-taphuan-dangvien-2023", """
kiengiang.gov.vn | Cổng thông tin điện tử Kiên Giang
Tin tức - Sự kiện / Hoạt động địa phương
2023-08-11 16:40
Tập huấn kỹ thuật nuôi tôm, trồng lúa thông minh cho đảng viên và hộ nghèo
Trong hai ngày 9 và 10/8/2023, Huyện ủy An Biên phối hợp với Trung tâm Khuyến nông tỉnh tổ chức lớp tập huấn chuyển giao khoa học kỹ thuật năm 2023 cho 150 học viên là đảng viên làm kinh tế giỏi và đại diện hộ nghèo, hộ cận nghèo của 9 xã, thị trấn.
Lớp học được tổ chức theo Kế hoạch số 145-KH/HU của Ban Thường vụ Huyện ủy về thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị và Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ. Theo đó, mỗi đảng viên tham gia lớp học nhận đỡ đầu 1 - 2 hộ nghèo, trực tiếp hướng dẫn lại kỹ thuật đã học.
Phát biểu khai giảng lớp học, đồng chí Danh Hùng, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy An Biên, cho biết: toàn huyện có 1.096 hộ nghèo, trong đó 412 hộ là đồng bào Khmer. Năm 2022, các đảng viên đã giúp đỡ 358 hộ thoát nghèo, nhưng phần lớn còn thiếu kiến thức sản xuất, dễ tái nghèo khi gặp rủi ro.
Tại lớp học, các học viên được kỹ sư Trần Văn Nhiều, Phó Giám đốc Trung tâm Khuyến nông tỉnh, và ThS. Lê Thị Ngọc Lan, giảng viên Trường Đại học Kiên Giang, hướng dẫn kỹ thuật nuôi tôm càng xanh xen canh trong ruộng lúa, quy trình "1 phải, 5 giảm", cách ghi chép sổ nhật ký đồng ruộng và tiếp cận vốn vay ưu đãi. Học viên còn tham quan mô hình tôm - lúa 5 ha của đảng viên Thạch Sơn, Bí thư Chi bộ ấp Xẻo Nhàu, xã Nam Thái A, cho lợi nhuận khoảng 90 triệu đồng/ha/năm.
Anh Danh Sơn Phol, hộ cận nghèo ở xã Nam Yên, cho biết sau lớp học sẽ dành 0,5 ha ruộng để thử nuôi tôm càng xanh. "Có anh Thạch Sơn hướng dẫn, cho mượn lưới, tôi mạnh dạn làm thử", anh Phol nói. Nhiều học viên khác cũng đề nghị được tham quan thêm các mô hình trồng lúa hữu cơ, lúa - tôm ở các huyện bạn, được hỗ trợ bao tiêu sản phẩm để yên tâm sản xuất.
Bế giảng lớp học, đồng chí Nguyễn Thị Bích Ngọc, Phó Chủ tịch UBND huyện, đề nghị các xã tiếp tục hỗ trợ học viên, ưu tiên nguồn vốn từ Chương trình mục tiêu quốc gia giảm nghèo bền vững cho những hộ nghèo cam kết áp dụng kỹ thuật mới. Dịp này, Ban tổ chức cấp giấy chứng nhận cho 150 học viên và tặng mỗi hộ nghèo 50 kg lúa giống, 2.000 con tôm giống.
Được biết, năm 2023 huyện An Biên dự kiến mở 6 lớp tập huấn tương tự với kinh phí hơn 240 triệu đồng.
Hữu Tài
Xem thêm
- U Minh Thượng: hỗ trợ sinh kế cho hộ nghèo Khmer (05/08/2023)
- Giồng Riềng biểu dương 50 đảng viên làm kinh tế giỏi (28/07/2023)
- Châu Thành tổng kết mô hình "Dân vận khéo" (20/07/2023)
""", "2023-08-11", "Tập huấn kỹ thuật nuôi tôm, trồng lúa thông minh cho đảng viên và hộ nghèo",
E("tap_huan", "2023", "2023-08-09"),
[P("Danh Hùng", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy An Biên"),
 P("Trần Văn Nhiều", "kỹ sư", "Phó Giám đốc Trung tâm Khuyến nông tỉnh"),
 P("Lê Thị Ngọc Lan", "ThS.", "giảng viên Trường Đại học Kiên Giang"),
 P("Thạch Sơn", "Bí thư Chi bộ ấp Xẻo Nhàu"),
 P("Danh Sơn Phol"),
 P("Nguyễn Thị Bích Ngọc", "Phó Chủ tịch UBND huyện")],
[Q("150 học viên", 150, "học viên"), Q("9 xã, thị trấn", 9, "xã, thị trấn"), Q("1 - 2 hộ nghèo", 1, "hộ nghèo"),
 Q("2 hộ nghèo", 2, "hộ nghèo"), Q("1.096 hộ nghèo", 1096, "hộ nghèo"), Q("412 hộ", 412, "hộ"), Q("358 hộ", 358, "hộ"),
 Q("5 ha", 5, "ha"), Q("khoảng 90 triệu đồng/ha/năm", 90000000, "đồng", "approx"), Q("0,5 ha", 0.5, "ha"),
 Q("50 kg", 50, "kg"), Q("2.000 con tôm giống", 2000, "con tôm giống"), Q("6 lớp tập huấn", 6, "lớp tập huấn"),
 Q("hơn 240 triệu đồng", 240000000, "đồng", "over")],
[D("Kế hoạch", "145", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 145-KH/HU"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Kiên Giang"), com("Nam Thái A"), com("Nam Yên")],
["kiengiang.gov.vn | Cổng thông tin điện tử Kiên Giang", "Tin tức - Sự kiện / Hoạt động địa phương",
 "Trung tâm Khuyến nông tỉnh", "1 phải, 5 giảm", "Trường Đại học Kiên Giang", "Chương trình mục tiêu quốc gia giảm nghèo bền vững"],
["2023-08-11 16:40", "hai ngày", "năm 2023", "1 phải, 5 giảm", "Năm 2022"]))

PAGES.append(page("b6789-bacgiang-tinhuy-bieuduong-2024", """
BÁO BẮC GIANG
You are here: Trang chủ > Chính trị > Xây dựng Đảng
Thứ Hai, 20/5/2024 - 09:12
Các đảng viên tiêu biểu nhận Bằng khen của Ban Thường vụ Tỉnh ủy.
Biểu dương 135 đảng viên làm kinh tế giỏi tiêu biểu
BGĐT - Ngày 18/5, Ban Thường vụ Tỉnh ủy Bắc Giang tổ chức hội nghị biểu dương đảng viên làm kinh tế giỏi, giúp nhau thoát nghèo năm 2024 nhân kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh. Dự hội nghị có đồng chí Nguyễn Thị Hương Giang, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Lâm Thị Hương Thành, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.
Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị và Nghị quyết số 138-NQ/TU ngày 22/12/2021 của Ban Thường vụ Tỉnh ủy về đẩy mạnh giảm nghèo bền vững, những năm qua phong trào đảng viên làm kinh tế giỏi được các cấp ủy quan tâm lãnh đạo. Hiện toàn tỉnh có hơn 24.700 đảng viên làm kinh tế giỏi, chiếm 21,6% số đảng viên; trong đó có 1.890 đảng viên là chủ doanh nghiệp, hợp tác xã, chủ trang trại, tạo việc làm cho trên 31.000 lao động. Từ năm 2021 đến nay, các đảng viên đã giúp đỡ 9.467 hộ nghèo, cận nghèo với số tiền gần 68 tỷ đồng; tỷ lệ hộ nghèo toàn tỉnh giảm còn 1,79%.
Tại hội nghị, 6 đảng viên tiêu biểu chia sẻ kinh nghiệm. Đồng chí Giáp Văn Khải, Bí thư Chi bộ thôn Gia Khánh, xã Hồng Giang, chủ 18 ha vải thiều đạt chuẩn VietGAP, xuất khẩu sang Nhật Bản, cho biết mỗi năm gia đình thu lãi khoảng 1,2 tỷ đồng; anh đã cho 11 hộ nghèo vay không lãi 220 triệu đồng và bao tiêu vải cho 40 hộ. Đồng chí Hoàng Thị Tươi, người Sán Chí, Phó Bí thư Chi bộ bản Nà Tèng, xã Dương Hưu, nuôi 200 con lợn đen và vận động 15 hộ đồng bào cùng nuôi theo chuỗi.
Phát biểu tại hội nghị, đồng chí Nguyễn Thị Hương Giang ghi nhận đóng góp của các đảng viên, nhấn mạnh mỗi đảng viên làm kinh tế giỏi phải là "hạt nhân" trong xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu. Đồng chí đề nghị Ban Tổ chức Tỉnh ủy, Ban Dân vận Tỉnh ủy tham mưu sơ kết, đánh giá phong trào theo Kế hoạch số 215-KH/TU; các ngân hàng tạo điều kiện về vốn cho đảng viên có dự án sản xuất liên kết với hộ nghèo; phấn đấu đến cuối năm 2025 không còn hộ nghèo theo chuẩn của tỉnh.
Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 135 đảng viên làm kinh tế giỏi tiêu biểu giai đoạn 2021 - 2024, mỗi đảng viên được thưởng 2 triệu đồng.
Nguyễn Hường
Lượt xem: 3.108
Tin liên quan
- Lục Ngạn: đảng viên tiên phong chuyển đổi cây trồng (15/05/2024)
- Yên Thế tôn vinh 40 gương "Dân vận khéo" (10/05/2024)
- Tỉnh ủy Bắc Giang sơ kết công tác dân vận quý I (05/04/2024)
""", "2024-05-20", "Biểu dương 135 đảng viên làm kinh tế giỏi tiêu biểu",
E("hoi_nghi", "2024", "2024-05-18"),
[P("Nguyễn Thị Hương Giang", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lâm Thị Hương Thành", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Giáp Văn Khải", "Bí thư Chi bộ thôn Gia Khánh", "chủ 18 ha vải thiều đạt chuẩn VietGAP"),
 P("Hoàng Thị Tươi", "Phó Bí thư Chi bộ bản Nà Tèng")],
[Q("135 đảng viên", 135, "đảng viên"), Q("hơn 24.700 đảng viên", 24700, "đảng viên", "over"), Q("21,6%", 21.6, "%"),
 Q("1.890 đảng viên", 1890, "đảng viên"), Q("trên 31.000 lao động", 31000, "lao động", "over"),
 Q("9.467 hộ nghèo, cận nghèo", 9467, "hộ nghèo, cận nghèo"), Q("gần 68 tỷ đồng", 68000000000, "đồng", "approx"),
 Q("1,79%", 1.79, "%"), Q("6 đảng viên tiêu biểu", 6, "đảng viên tiêu biểu"), Q("18 ha", 18, "ha"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("11 hộ nghèo", 11, "hộ nghèo"), Q("220 triệu đồng", 220000000, "đồng"),
 Q("40 hộ", 40, "hộ"), Q("200 con lợn đen", 200, "con lợn đen"), Q("15 hộ đồng bào", 15, "hộ đồng bào"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW"),
 D("Nghị quyết", "138", "NQ/TU", "2021-12-22", "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 138-NQ/TU ngày 22/12/2021"),
 D("Kế hoạch", "215", "KH/TU", None, None, "Kế hoạch số 215-KH/TU")],
[prov("Bắc Giang"), com("Hồng Giang"), com("Dương Hưu")],
["BÁO BẮC GIANG", "You are here: Trang chủ > Chính trị > Xây dựng Đảng", "BGĐT",
 "Các đảng viên tiêu biểu nhận Bằng khen của Ban Thường vụ Tỉnh ủy.", "VietGAP", "Nhật Bản", "Lượt xem: 3.108"],
["Thứ Hai, 20/5/2024 - 09:12", "năm 2024", "134 năm", "năm 2021", "năm 2025", "2021 - 2024", "Lượt xem: 3.108"]))

PAGES.append(page("b6790-quangnam-huyenuy-doithoai-2024", """
QUẢNG NAM ONLINE - Báo Quảng Nam
Chính trị › Xây dựng Đảng
06/11/2024 08:15 GMT+7
Bí thư Huyện ủy Tiên Phước đối thoại với đảng viên làm kinh tế giỏi
(QNO) - Chiều 5/11, Ban Thường vụ Huyện ủy Tiên Phước tổ chức buổi đối thoại giữa đồng chí Bí thư Huyện ủy với đảng viên làm kinh tế giỏi năm 2024. Đồng chí Đoàn Văn Thịnh, Tỉnh ủy viên, Bí thư Huyện ủy Tiên Phước chủ trì; cùng dự có đồng chí Trần Thị Ngọc Ánh, Phó Chủ tịch UBND huyện và 70 đảng viên là chủ trang trại, hợp tác xã, cơ sở sản xuất trên địa bàn.
Theo báo cáo của Ban Dân vận Huyện ủy, thực hiện Kết luận số 01-KL/TW của Bộ Chính trị và Đề án 05-ĐA/HU của Huyện ủy về phát triển kinh tế vườn đồi gắn với giảm nghèo, hiện toàn huyện có 768 đảng viên làm kinh tế giỏi. Các đảng viên đã hỗ trợ 286 hộ nghèo, cận nghèo cây giống, vốn, ngày công; trong năm 2024 có 154 hộ thoát nghèo.
Tại buổi đối thoại, đảng viên Nguyễn Văn Hạnh, Chủ tịch Hội đồng quản trị Hợp tác xã nông nghiệp Tiên Cẩm, xã Tiên Cẩm, phản ánh việc đường vào vùng trồng bưởi, tiêu xuống cấp, xe chở hàng khó lưu thông; đề nghị huyện hỗ trợ xi măng để nhân dân làm đường. Đồng chí Lê Thị Thu, Bí thư Chi bộ thôn Phú Lộc, xã Tiên Lộc, chủ cơ sở sản xuất bánh tráng, kiến nghị hỗ trợ thủ tục đăng ký sản phẩm OCOP và xây dựng kênh bán hàng trên mạng. Đảng viên Hồ Văn Đông, người Cor, ở xã Tiên Lãnh, đề nghị được vay vốn ưu đãi theo Nghị định 28/2022/NĐ-CP của Chính phủ để mở rộng 8 ha quế cho hộ nghèo cùng tham gia.
Sau khi lắng nghe 12 ý kiến, kiến nghị, đồng chí Đoàn Văn Thịnh và lãnh đạo các phòng, ban chuyên môn đã trả lời, làm rõ từng nội dung. Đồng chí Bí thư Huyện ủy cho biết, năm 2025 huyện bố trí khoảng 3 tỷ đồng hỗ trợ xi măng làm đường giao thông nội đồng theo cơ chế "Nhà nước và nhân dân cùng làm"; giao Phòng Nông nghiệp và PTNT hướng dẫn 10 sản phẩm đăng ký OCOP; Ngân hàng Chính sách xã hội huyện ưu tiên vốn cho những dự án có từ 5 hộ nghèo trở lên tham gia.
Đồng chí Đoàn Văn Thịnh đề nghị mỗi đảng viên làm kinh tế giỏi tiếp tục là "cầu nối" giữa Đảng với nhân dân, chủ động chia sẻ kinh nghiệm, nhận giúp đỡ ít nhất 1 hộ nghèo; các chi bộ đưa nội dung giúp hộ nghèo vào sinh hoạt chi bộ định kỳ, đánh giá cuối năm.
Đây là lần thứ 3 Huyện ủy Tiên Phước tổ chức đối thoại theo Quy định số 124-QĐ/TW và Kế hoạch số 65-KH/HU ngày 12/3/2024 của Ban Thường vụ Huyện ủy về đối thoại trực tiếp giữa người đứng đầu cấp ủy với nhân dân.
Thái Cường
TIN CÙNG CHUYÊN MỤC
- Nông Sơn: 30 đảng viên người Cor, Ca Dong làm kinh tế giỏi (01/11/2024)
- Đại Lộc sơ kết phong trào "Dân vận khéo" (28/10/2024)
- Bắc Trà My phát huy vai trò người có uy tín (20/10/2024)
""", "2024-11-06", "Bí thư Huyện ủy Tiên Phước đối thoại với đảng viên làm kinh tế giỏi",
E("doi_thoai", "2024", "2024-11-05"),
[P("Đoàn Văn Thịnh", "Tỉnh ủy viên", "Bí thư Huyện ủy Tiên Phước"),
 P("Trần Thị Ngọc Ánh", "Phó Chủ tịch UBND huyện"),
 P("Nguyễn Văn Hạnh", "Chủ tịch Hội đồng quản trị Hợp tác xã nông nghiệp Tiên Cẩm"),
 P("Lê Thị Thu", "Bí thư Chi bộ thôn Phú Lộc", "chủ cơ sở sản xuất bánh tráng"),
 P("Hồ Văn Đông")],
[Q("70 đảng viên", 70, "đảng viên"), Q("768 đảng viên", 768, "đảng viên"), Q("286 hộ nghèo, cận nghèo", 286, "hộ nghèo, cận nghèo"),
 Q("154 hộ", 154, "hộ"), Q("8 ha", 8, "ha"), Q("12 ý kiến, kiến nghị", 12, "ý kiến, kiến nghị"),
 Q("khoảng 3 tỷ đồng", 3000000000, "đồng", "approx"), Q("10 sản phẩm", 10, "sản phẩm"),
 Q("từ 5 hộ nghèo trở lên", 5, "hộ nghèo", "over")],
[D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Đề án", "05", "ĐA/HU", None, "Huyện ủy", "Đề án 05-ĐA/HU"),
 D("Nghị định", "28", "2022/NĐ-CP", None, "Chính phủ", "Nghị định 28/2022/NĐ-CP"),
 D("Quy định", "124", "QĐ/TW", None, None, "Quy định số 124-QĐ/TW"),
 D("Kế hoạch", "65", "KH/HU", "2024-03-12", "Ban Thường vụ Huyện ủy", "Kế hoạch số 65-KH/HU ngày 12/3/2024")],
[prov("Quảng Nam"), com("Tiên Cẩm"), com("Tiên Lộc"), com("Tiên Lãnh")],
["QUẢNG NAM ONLINE - Báo Quảng Nam", "Chính trị › Xây dựng Đảng", "(QNO)", "OCOP", "Nhà nước và nhân dân cùng làm",
 "Phòng Nông nghiệp và PTNT", "Ngân hàng Chính sách xã hội huyện", "Hợp tác xã nông nghiệp Tiên Cẩm"],
["06/11/2024 08:15 GMT+7", "năm 2024", "năm 2025", "1 hộ nghèo", "lần thứ 3"]))
