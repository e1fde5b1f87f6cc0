from lib import *
PAGES = []

PAGES.append(page("b5897-kiengiang-bdv-tangqua-sene-dolta-2023", """
BÁO KIÊN GIANG ĐIỆN TỬ
Thời sự > Chính trị > Dân tộc - Tôn giáo
Thứ Sáu, 13/10/2023 - 08:30
Đồng chí Danh Sóc Kha (thứ 3 từ phải sang) tặng quà chùa Láng Cát.
Thăm, tặng quà các chùa Khmer nhân lễ Sene Đôlta năm 2023
Ngày 12/10, đoàn công tác Tỉnh ủy Kiên Giang do đồng chí Danh Sóc Kha, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đến thăm, chúc mừng lễ Sene Đôlta và tặng quà chức sắc, sư sãi các chùa Phật giáo Nam tông Khmer tại huyện Châu Thành và thành phố Rạch Giá.
Tại chùa Láng Cát, xã Minh Hòa, Hòa thượng Danh Ngọc Lành, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa, thông tin: năm 2023, các chùa trên địa bàn huyện đã vận động phật tử đóng góp hơn 1,8 tỷ đồng sửa chữa 14 căn nhà cho hộ Khmer nghèo, mở 22 lớp dạy chữ Khmer hè cho 640 học sinh. Chùa hiện có 27 vị sư, 8 vị achar.
Đồng chí Danh Sóc Kha chúc đồng bào Khmer đón lễ vui tươi, an toàn; đề nghị các vị sư sãi tiếp tục vận động phật tử thực hiện Chỉ thị số 19-CT/TW ngày 10/1/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới và Kế hoạch số 156-KH/TU ngày 20/4/2023 của Ban Thường vụ Tỉnh ủy; cảnh giác trước luận điệu xuyên tạc của tổ chức "Khmer Kampuchea Krom".
Cùng đi có đồng chí Thạch Thị Sa Ra, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, và các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Danh Hùng, Lâm Thị Kim Phượng.
Dịp này, đoàn trao 35 phần quà cho các chùa, mỗi phần trị giá 5 triệu đồng, và 200 suất quà cho hộ nghèo, gia đình chính sách người Khmer, mỗi suất gồm 10 kg gạo và 300.000 đồng tiền mặt. Tổng kinh phí trên 210 triệu đồng do Quỹ "Vì người nghèo" tỉnh và các nhà hảo tâm đóng góp.
Tại chùa Cà Lang, phường Vĩnh Thanh Vân, Đại đức Danh Sa Rinh, trụ trì chùa, bày tỏ cảm ơn; cho biết chùa đã thành lập tổ hòa giải với 5 thành viên, phối hợp tổ dân phố hòa giải thành 6 vụ việc mâu thuẫn trong năm. Ông Danh Phai, Trưởng ban quản trị chùa Cà Lang, đề nghị hỗ trợ kinh phí tôn tạo cổng chùa.
Theo Ban Dân vận Tỉnh ủy, toàn tỉnh có 76 chùa Phật giáo Nam tông Khmer với 2.350 vị sư; trong dịp lễ Sene Đôlta, Tỉnh ủy, UBND tỉnh đã thành lập 6 đoàn đi thăm, chúc mừng các chùa, các vị chức sắc, người có uy tín và gia đình chính sách; các huyện, thành phố cũng tổ chức đoàn thăm, tặng quà theo phân cấp.
Phật giáo Nam tông Khmer ở Kiên Giang luôn đồng hành cùng địa phương trong xây dựng nông thôn mới, giữ gìn an ninh trật tự vùng biên giới biển. Nhiều chùa trở thành điểm tựa tinh thần, nơi lưu giữ chữ viết, lễ hội truyền thống của đồng bào.
Danh Thành
Tin cùng chuyên mục
- Gò Quao: gặp mặt người có uy tín đồng bào Khmer (05/10/2023)
- Trao 100 căn nhà Đại đoàn kết cho hộ Khmer nghèo (20/09/2023)
- Hội nghị biểu dương sư sãi tiêu biểu (08/09/2023)
""", "2023-10-13", "Thăm, tặng quà các chùa Khmer nhân lễ Sene Đôlta năm 2023",
E("trao_qua", None, "2023-10-12"),
[P("Danh Sóc Kha", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Ngọc Lành", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa"),
 P("Thạch Thị Sa Ra", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Danh Hùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Thị Kim Phượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Sa Rinh", "Đại đức", "trụ trì chùa"),
 P("Danh Phai", "Trưởng ban quản trị chùa Cà Lang")],
[Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"), Q("14 căn nhà", 14, "căn nhà"),
 Q("22 lớp dạy chữ Khmer hè", 22, "lớp dạy chữ Khmer hè"), Q("640 học sinh", 640, "học sinh"),
 Q("27 vị sư", 27, "vị sư"), Q("8 vị achar", 8, "vị achar"), Q("35 phần quà", 35, "phần quà"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("200 suất quà", 200, "suất quà"), Q("10 kg", 10, "kg"),
 Q("300.000 đồng", 300000, "đồng"), Q("trên 210 triệu đồng", 210000000, "đồng", "over"),
 Q("5 thành viên", 5, "thành viên"), Q("6 vụ việc mâu thuẫn", 6, "vụ việc mâu thuẫn"),
 Q("76 chùa Phật giáo Nam tông Khmer", 76, "chùa Phật giáo Nam tông Khmer"), Q("2.350 vị sư", 2350, "vị sư"),
 Q("6 đoàn", 6, "đoàn")],
[D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/1/2018"),
 D("Kế hoạch", "156", "KH/TU", "2023-04-20", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 156-KH/TU ngày 20/4/2023")],
[prov("Kiên Giang"), com("Minh Hòa"), com("Vĩnh Thanh Vân")],
["BÁO KIÊN GIANG ĐIỆN TỬ", "Thời sự > Chính trị > Dân tộc - Tôn giáo",
 "Đồng chí Danh Sóc Kha (thứ 3 từ phải sang) tặng quà chùa Láng Cát.", "Sene Đôlta", "Khmer Kampuchea Krom",
 "Vì người nghèo", "Hội Đoàn kết sư sãi yêu nước"],
["Thứ Sáu, 13/10/2023 - 08:30", "năm 2023", "thứ 3"]))

PAGES.append(page("b5898-lamdong-kadon-doithoai-chucviec-2023", """
Cổng thông tin điện tử xã Ka Đơn - huyện Đơn Dương - tỉnh Lâm Đồng
Bạn đang ở: Trang chủ / Tin tức / Hoạt động của Đảng ủy - Mặt trận
Ngày 26/05/2023 | 09:45
Đảng ủy xã Ka Đơn đối thoại với chức sắc, chức việc các tôn giáo
Sáng 25/5, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam xã Ka Đơn tổ chức hội nghị đối thoại với chức sắc, chức việc các tôn giáo năm 2023. Chủ trì hội nghị có đồng chí Ya Tiên, Bí thư Đảng ủy xã; đồng chí Bơ Ya Ha Hùng, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Dự có 46 đại biểu là chức sắc, chức việc Công giáo, Tin lành, Phật giáo và người có uy tín trong đồng bào Chu Ru, K'Ho.
Đồng chí Ya Tiên phát biểu khai mạc hội nghị đối thoại.
Theo báo cáo, xã Ka Đơn có 2.815 hộ với 11.460 khẩu, trong đó đồng bào dân tộc thiểu số chiếm 71%; có 3 tôn giáo với 6.930 tín đồ, chiếm khoảng 60,5% dân số. Thực hiện Nghị quyết số 12-NQ/ĐU ngày 10/2/2023 của Đảng ủy xã về phát triển kinh tế vùng đồng bào dân tộc thiểu số, năm 2022 xã đã giảm 48 hộ nghèo, còn 3,2%; 93% hộ tín đồ đạt danh hiệu gia đình văn hóa.
Tại hội nghị, Mục sư Touneh Ha Dũng, Quản nhiệm chi hội Tin lành Ka Đơn, đề nghị xã hướng dẫn thủ tục xây dựng nhà thờ mới trên diện tích 1.200 m2 đất được cấp. Linh mục Đaminh Nguyễn Văn Trọng, Quản xứ giáo xứ Ka Đơn, phản ánh tuyến đường liên thôn Ka Đơn - Tou Néh xuống cấp. Ông Ma Ly, người có uy tín thôn Ka Rái, và bà K'Bróp, chức việc điểm nhóm Tin lành thôn Lạc Sơn, đề nghị tăng nguồn vốn vay cho hộ trồng rau, hoa.
Trả lời các kiến nghị, đồng chí Bơ Ya Ha Hùng cho biết xã đã lập hồ sơ trình huyện theo Nghị định số 162/2017/NĐ-CP của Chính phủ quy định chi tiết Luật Tín ngưỡng, tôn giáo; tuyến đường liên thôn đã có trong kế hoạch đầu tư năm 2024 với kinh phí dự kiến 3,6 tỷ đồng. Ngân hàng Chính sách xã hội huyện sẽ giải ngân thêm khoảng 2 tỷ đồng cho 40 hộ vay theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ.
Các đồng chí Phó Chủ tịch UBND xã: Nguyễn Văn Thắng, Kơ Să Ha Thuyên đã trả lời trực tiếp 14 ý kiến góp ý; 3 ý kiến còn lại được ghi nhận để báo cáo cấp trên.
Kết luận hội nghị, đồng chí Ya Tiên đề nghị các chức sắc, chức việc tiếp tục phối hợp thực hiện Quy chế phối hợp số 05-QCPH/ĐU-MTTQ giữa Đảng ủy và Ủy ban MTTQ xã về vận động đồng bào có đạo; phát huy vai trò trong phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", không để kẻ xấu lợi dụng tôn giáo gây mất ổn định.
Ủy ban MTTQ xã
Lượt truy cập: 12.308
Tin liên quan
- Xã Ka Đơn ra mắt mô hình "Thôn đạo văn minh" (12/04/2023)
- Gặp mặt người có uy tín năm 2023 (20/01/2023)
- Tổng kết công tác Mặt trận năm 2022 (28/12/2022)
""", "2023-05-26", "Đảng ủy xã Ka Đơn đối thoại với chức sắc, chức việc các tôn giáo",
E("doi_thoai", "2023", "2023-05-25"),
[P("Ya Tiên", "Bí thư Đảng ủy xã"),
 P("Bơ Ya Ha Hùng", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Touneh Ha Dũng", "Mục sư", "Quản nhiệm chi hội Tin lành Ka Đơn"),
 P("Đaminh Nguyễn Văn Trọng", "Linh mục", "Quản xứ giáo xứ Ka Đơn"),
 P("Ma Ly", "người có uy tín thôn Ka Rái"),
 P("K'Bróp", "chức việc điểm nhóm Tin lành thôn Lạc Sơn"),
 P("Nguyễn Văn Thắng", "Phó Chủ tịch UBND xã"),
 P("Kơ Să Ha Thuyên", "Phó Chủ tịch UBND xã")],
[Q("46 đại biểu", 46, "đại biểu"), Q("2.815 hộ", 2815, "hộ"), Q("11.460 khẩu", 11460, "khẩu"), Q("71%", 71, "%"),
 Q("3 tôn giáo", 3, "tôn giáo"), Q("6.930 tín đồ", 6930, "tín đồ"), Q("khoảng 60,5%", 60.5, "%", "approx"),
 Q("48 hộ nghèo", 48, "hộ nghèo"), Q("3,2%", 3.2, "%"), Q("93%", 93, "%"), Q("1.200 m2", 1200, "m2"),
 Q("3,6 tỷ đồng", 3600000000, "đồng"), Q("khoảng 2 tỷ đồng", 2000000000, "đồng", "approx"), Q("40 hộ", 40, "hộ"),
 Q("14 ý kiến góp ý", 14, "ý kiến"), Q("3 ý kiến", 3, "ý kiến")],
[D("Nghị quyết", "12", "NQ/ĐU", "2023-02-10", "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU ngày 10/2/2023"),
 D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 162/2017/NĐ-CP"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Quy chế phối hợp", "05", "QCPH/ĐU-MTTQ", None, None, "Quy chế phối hợp số 05-QCPH/ĐU-MTTQ")],
[prov("Lâm Đồng"), com("Ka Đơn")],
["Cổng thông tin điện tử xã Ka Đơn - huyện Đơn Dương - tỉnh Lâm Đồng",
 "Bạn đang ở: Trang chủ / Tin tức / Hoạt động của Đảng ủy - Mặt trận",
 "Đồng chí Ya Tiên phát biểu khai mạc hội nghị đối thoại.", "Luật Tín ngưỡng, tôn giáo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngân hàng Chính sách xã hội", "Lượt truy cập: 12.308"],
["Ngày 26/05/2023 | 09:45", "năm 2023", "năm 2022", "năm 2024", "Lượt truy cập: 12.308"]))

PAGES.append(page("b5899-nghean-bdv-tongket-congiao-2024", """
Thứ Sáu, 20/12/2024
BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN
Chính trị » Dân vận khéo
Cập nhật lúc 16:40 ngày 19/12/2024
Nghệ An gặp mặt linh mục, tu sĩ trước thềm Giáng sinh
Chiều 18/12, Ban Dân vận Tỉnh ủy Nghệ An tổ chức hội nghị tổng kết công tác vận động đồng bào Công giáo năm 2024, kết hợp gặp mặt linh mục, tu sĩ, chức việc các giáo xứ nhân dịp Lễ Giáng sinh. Dự hội nghị có 185 đại biểu, trong đó có 64 linh mục quản xứ thuộc Giáo phận Vinh.
Các đại biểu dự hội nghị. Ảnh: Thành Duy
Chủ trì hội nghị có đồng chí Võ Thị Minh Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Thanh An, Hoàng Văn Kỷ.
Theo báo cáo, tỉnh hiện có 219 giáo xứ, giáo họ với khoảng 290.000 giáo dân, chiếm 8,4% dân số. Năm 2024, Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy sơ kết Kết luận 05, 06-KL/TU về công tác vận động đồng bào Công giáo và về giải quyết vướng mắc đất đai liên quan cơ sở tôn giáo; phối hợp triển khai Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ. Các giáo xứ đã đóng góp gần 62 tỷ đồng xây dựng nông thôn mới, 1.350 giáo dân tham gia hiến đất mở rộng đường; 33 xã vùng giáo đạt chuẩn nông thôn mới nâng cao.
Khối dân vận các cấp đã phối hợp giải quyết 18/21 vụ việc khiếu nại về đất đai; không để xảy ra "điểm nóng". Mô hình "Giáo họ bình yên" được nhân rộng ra 47 giáo họ.
Tại hội nghị, Linh mục Phêrô Trần Đình Lai, Chánh xứ giáo xứ Song Ngọc, xã Quỳnh Ngọc, đề nghị tỉnh quan tâm xây dựng kè chắn sóng bảo vệ khu dân cư ven biển. Linh mục Gioan Nguyễn Văn Hiền, Quản hạt Bảo Nham, và ông Hồ Sỹ Tuân, Chủ tịch Hội đồng mục vụ giáo xứ Yên Lý, xã Diễn Yên, cùng kiến nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho 12 cơ sở tôn giáo.
Phát biểu kết luận, đồng chí Võ Thị Minh Hương cảm ơn các linh mục đã đồng hành cùng chính quyền trong ứng phó bão số 3 và lũ lụt năm 2024; đề nghị năm 2025 tiếp tục thực hiện Chỉ thị số 18-CT/TW của Ban Bí thư và Quy định số 1142-QĐ/TU ngày 5/6/2024 của Ban Thường vụ Tỉnh ủy về tiếp xúc, đối thoại với chức sắc tôn giáo; phối hợp tổ chức Lễ Giáng sinh an toàn, đúng quy định.
Nhân dịp này, Ban Dân vận Tỉnh ủy tặng 64 suất quà, mỗi suất trị giá 2 triệu đồng, cho các giáo xứ; Ủy ban MTTQ tỉnh tặng giấy khen cho 20 tập thể, 35 cá nhân tiêu biểu trong phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Thanh Duy - Hoài Thu
Tin liên quan
- Tòa Giám mục Vinh tặng 500 phần quà cho đồng bào vùng lũ (25/10/2024)
- Nghi Lộc: gặp mặt chức sắc Công giáo (10/12/2024)
- Quỳnh Lưu nhân rộng mô hình "Giáo họ bình yên" (21/11/2024)
""", "2024-12-19", "Nghệ An gặp mặt linh mục, tu sĩ trước thềm Giáng sinh",
E("tong_ket", "2024", "2024-12-18"),
[P("Võ Thị Minh Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thanh An", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Kỷ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phêrô Trần Đình Lai", "Linh mục", "Chánh xứ giáo xứ Song Ngọc"),
 P("Gioan Nguyễn Văn Hiền", "Linh mục", "Quản hạt Bảo Nham"),
 P("Hồ Sỹ Tuân", "Chủ tịch Hội đồng mục vụ giáo xứ Yên Lý")],
[Q("185 đại biểu", 185, "đại biểu"), Q("64 linh mục quản xứ", 64, "linh mục quản xứ"),
 Q("219 giáo xứ, giáo họ", 219, "giáo xứ, giáo họ"), Q("khoảng 290.000 giáo dân", 290000, "giáo dân", "approx"),
 Q("8,4%", 8.4, "%"), Q("gần 62 tỷ đồng", 62000000000, "đồng", "approx"), Q("1.350 giáo dân", 1350, "giáo dân"),
 Q("33 xã vùng giáo", 33, "xã vùng giáo"), Q("18/21 vụ việc khiếu nại về đất đai", 18, "vụ việc khiếu nại về đất đai"), Q("47 giáo họ", 47, "giáo họ"),
 Q("12 cơ sở tôn giáo", 12, "cơ sở tôn giáo"), Q("64 suất quà", 64, "suất quà"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân tiêu biểu", 35, "cá nhân tiêu biểu")],
[D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Nghị định", "95", "2023/NĐ-CP", "2023-12-29", "Chính phủ", "Nghị định số 95/2023/NĐ-CP ngày 29/12/2023"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW"),
 D("Quy định", "1142", "QĐ/TU", "2024-06-05", "Ban Thường vụ Tỉnh ủy", "Quy định số 1142-QĐ/TU ngày 5/6/2024")],
[prov("Nghệ An"), com("Quỳnh Ngọc"), com("Diễn Yên")],
["Thứ Sáu, 20/12/2024", "BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN", "Chính trị » Dân vận khéo",
 "Các đại biểu dự hội nghị. Ảnh: Thành Duy", "Giáo họ bình yên", "điểm nóng",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Giáo phận Vinh"],
["Thứ Sáu, 20/12/2024", "Cập nhật lúc 16:40 ngày 19/12/2024", "năm 2024", "Năm 2024", "năm 2025", "bão số 3"]))

PAGES.append(page("b5900-binhdinh-bdv-giaoban-phatgiao-2024", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Bình Định
Vị trí: Trang chủ > Hoạt động > Tin trong tỉnh
14:20 | 04/04/2024
Toàn cảnh buổi giao ban.
Khối dân vận tỉnh giao ban, gặp gỡ Ban Trị sự Phật giáo tỉnh
Sáng 3/4, Ban Dân vận Tỉnh ủy Bình Định tổ chức giao ban khối dân vận quý I/2024, kết hợp gặp gỡ, trao đổi với Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh về công tác chuẩn bị Đại lễ Phật đản Phật lịch 2568. Đồng chí Đinh Thị Bích Ngọc, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có Hòa thượng Thích Nguyên Hạnh, Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.
Báo cáo giao ban cho biết, quý I, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 178-KH/TU ngày 12/1/2024 về gặp mặt chức sắc, chức việc tôn giáo năm 2024 và Hướng dẫn số 09-HD/BDVTU của Ban Dân vận Tỉnh ủy về công tác dân vận đối với tôn giáo. Dịp Tết Giáp Thìn, lãnh đạo tỉnh đã thăm, chúc Tết 58 cơ sở tôn giáo, tặng 420 suất quà trị giá hơn 400 triệu đồng.
Toàn tỉnh hiện có 462 cơ sở thờ tự Phật giáo với khoảng 1.100 tăng ni; năm 2023, Phật giáo tỉnh đóng góp công tác từ thiện trên 31 tỷ đồng, góp phần hỗ trợ 126 hộ nghèo xây nhà. Tình hình tôn giáo quý I ổn định; phát sinh 2 vụ việc tranh chấp đất đai liên quan cơ sở thờ tự tại thị xã An Nhơn, đã được hòa giải.
Tại buổi gặp gỡ, Thượng tọa Thích Thiện Duyên, Chánh Thư ký Ban Trị sự, thông tin Ban Trị sự dự kiến tổ chức Đại lễ Phật đản tại 11 huyện, thị xã, thành phố với khoảng 25.000 lượt phật tử tham dự; đề nghị các cấp chính quyền hỗ trợ đảm bảo an ninh trật tự. Đại đức Thích Minh Chánh, trụ trì chùa Thiên Hưng, phường Nhơn Thành, kiến nghị tháo gỡ vướng mắc hồ sơ đất đai của chùa.
Ý kiến tại giao ban, đồng chí Đinh Văn Mùa, HUV, Trưởng Ban Dân vận Huyện ủy Vĩnh Thạnh, cho biết huyện đã vận động 85% hộ đồng bào Ba Na ở xã Vĩnh Sơn tham gia mô hình "Dân vận khéo" phát triển sâm Bình Định; đồng chí Lê Thị Kim Quy, Phó Trưởng Ban Dân vận Huyện ủy Phù Cát, nêu kinh nghiệm phối hợp với các chùa trong tuyên truyền pháp luật.
Kết luận giao ban, đồng chí Đinh Thị Bích Ngọc đề nghị quý II/2024 các cơ quan khối dân vận tập trung phối hợp tổ chức Đại lễ Phật đản trang nghiêm, an toàn; tiếp tục thực hiện Kết luận số 51-KL/TW ngày 30/5/2023 của Ban Bí thư về tiếp tục thực hiện Nghị quyết số 25-NQ/TW, và Nghị định số 95/2023/NĐ-CP. Ban Dân vận Tỉnh ủy sẽ tổ chức ít nhất 3 cuộc tiếp xúc chức sắc các tôn giáo trong quý.
Nguyễn Hòa
Lượt xem: 931
Xem thêm
- Bình Định: gặp mặt chức sắc các tôn giáo dịp Tết Giáp Thìn (01/02/2024)
- Giao ban khối dân vận quý IV/2023 (28/12/2023)
- Hoài Nhơn ra mắt 5 mô hình "Dân vận khéo" (15/12/2023)
""", "2024-04-04", "Khối dân vận tỉnh giao ban, gặp gỡ Ban Trị sự Phật giáo tỉnh",
E("giao_ban", "2024-Q1", "2024-04-03"),
[P("Đinh Thị Bích Ngọc", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thích Nguyên Hạnh", "Hòa thượng", "Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Thích Thiện Duyên", "Thượng tọa", "Chánh Thư ký Ban Trị sự"),
 P("Thích Minh Chánh", "Đại đức", "trụ trì chùa Thiên Hưng"),
 P("Đinh Văn Mùa", "HUV", "Trưởng Ban Dân vận Huyện ủy Vĩnh Thạnh"),
 P("Lê Thị Kim Quy", "Phó Trưởng Ban Dân vận Huyện ủy Phù Cát")],
[Q("58 cơ sở tôn giáo", 58, "cơ sở tôn giáo"), Q("420 suất quà", 420, "suất quà"),
 Q("hơn 400 triệu đồng", 400000000, "đồng", "over"), Q("462 cơ sở thờ tự Phật giáo", 462, "cơ sở thờ tự Phật giáo"),
 Q("khoảng 1.100 tăng ni", 1100, "tăng ni", "approx"), Q("trên 31 tỷ đồng", 31000000000, "đồng", "over"),
 Q("126 hộ nghèo", 126, "hộ nghèo"), Q("2 vụ việc tranh chấp đất đai", 2, "vụ việc tranh chấp đất đai"),
 Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
 Q("khoảng 25.000 lượt phật tử", 25000, "lượt phật tử", "approx"), Q("85%", 85, "%"),
 Q("ít nhất 3 cuộc tiếp xúc", 3, "cuộc tiếp xúc", "over")],
[D("Kế hoạch", "178", "KH/TU", "2024-01-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 178-KH/TU ngày 12/1/2024"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU"),
 D("Kết luận", "51", "KL/TW", "2023-05-30", "Ban Bí thư", "Kết luận số 51-KL/TW ngày 30/5/2023"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết số 25-NQ/TW"),
 D("Nghị định", "95", "2023/NĐ-CP", None, None, "Nghị định số 95/2023/NĐ-CP")],
[prov("Bình Định"), com("Nhơn Thành"), com("Vĩnh Sơn")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Bình Định", "Vị trí: Trang chủ > Hoạt động > Tin trong tỉnh",
 "Toàn cảnh buổi giao ban.", "Đại lễ Phật đản Phật lịch 2568", "Dân vận khéo", "sâm Bình Định", "Lượt xem: 931"],
["14:20 | 04/04/2024", "quý I/2024", "quý II/2024", "Phật lịch 2568", "năm 2024", "năm 2023", "Tết Giáp Thìn", "Lượt xem: 931"]))

PAGES.append(page("b5901-cantho-mttq-soket-hoahao-2024", """
MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ
You are here: Trang chủ » Tin tức » Dân tộc - Tôn giáo
17.07.2024 | 10:30
Bà Trần Thị Xuân Lan phát biểu tại hội nghị.
Phát huy vai trò chức sắc, chức việc trong xây dựng khối đại đoàn kết
Ngày 16/7, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức hội nghị sơ kết 6 tháng đầu năm 2024 thực hiện Chương trình phối hợp số 07/CTPH-MTTQ-BTT với các tổ chức tôn giáo, kết hợp gặp mặt chức sắc, chức việc tiêu biểu. Bà Trần Thị Xuân Lan, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì.
Dự hội nghị có 156 chức sắc, chức việc đại diện 12 tổ chức tôn giáo, trong đó có ông Nguyễn Văn Nhơn, Phó Trưởng ban Trị sự Phật giáo Hòa Hảo thành phố; Hòa thượng Thích Minh Thiện, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam thành phố; Linh mục Giuse Lê Văn Định, Đại diện Tòa Giám mục Cần Thơ.
Theo báo cáo, 6 tháng đầu năm, các tổ chức tôn giáo đã vận động tín đồ đóng góp trên 38,6 tỷ đồng cho công tác an sinh xã hội; xây tặng 112 căn nhà Đại đoàn kết, sửa chữa 36 cây cầu nông thôn; duy trì 47 tủ thuốc nam và 29 bếp ăn từ thiện. Riêng Phật giáo Hòa Hảo hỗ trợ gần 9.500 lượt bệnh nhân nghèo, hơn 60 tấn gạo.
Ủy ban MTTQ thành phố đã tham mưu triển khai Kế hoạch số 39-KH/TU ngày 8/3/2024 của Ban Thường vụ Thành ủy về tăng cường công tác vận động chức sắc, chức việc và Hướng dẫn số 12-HD/MTTQ-BTT của Ban Thường trực; phối hợp Ban Tôn giáo thành phố tổ chức 4 lớp tập huấn Nghị định số 95/2023/NĐ-CP cho 380 chức việc.
Tại hội nghị, ông Trần Văn Lợi, Trưởng ban Đại diện Phật giáo Hòa Hảo phường Thới An Đông, chia sẻ cách vận động tín đồ hiến 2.600 m2 đất làm đường; Giáo hữu Ngọc Tân Thanh, Đầu họ đạo Cao Đài Ban Chỉnh đạo xã Thạnh Phú, đề nghị tăng cường tuyên truyền để tín đồ nhận diện hoạt động lợi dụng tôn giáo trên mạng xã hội.
Đồng chí Trương Cảnh Toàn, Thành ủy viên, Phó Chủ tịch UBND thành phố, đánh giá cao đóng góp của các tôn giáo; cho biết thành phố đã giải quyết 14/16 kiến nghị của các tổ chức tôn giáo trong 6 tháng qua.
Phát biểu kết luận, bà Trần Thị Xuân Lan đề nghị 6 tháng cuối năm tiếp tục phối hợp thực hiện phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam"; chuẩn bị tốt Đại hội đại biểu MTTQ Việt Nam thành phố lần thứ XI. Dịp này, Ủy ban MTTQ thành phố tặng bằng khen cho 16 tập thể, 24 cá nhân; các ông Lê Văn Tám, Nguyễn Hoàng Ba - Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố trao khen thưởng.
Ngọc Thảo
Tin liên quan
- Gặp mặt chức sắc Phật giáo Hòa Hảo nhân kỷ niệm 85 năm khai đạo (20/06/2024)
- Ô Môn: sơ kết quy chế phối hợp với các tôn giáo (10/07/2024)
- Cần Thơ: 100 căn nhà Đại đoàn kết cho hộ nghèo (01/07/2024)
""", "2024-07-17", "Phát huy vai trò chức sắc, chức việc trong xây dựng khối đại đoàn kết",
E("so_ket", "2024-H1", "2024-07-16"),
[P("Trần Thị Xuân Lan", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Nguyễn Văn Nhơn", "Phó Trưởng ban Trị sự Phật giáo Hòa Hảo thành phố"),
 P("Thích Minh Thiện", "Hòa thượng", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam thành phố"),
 P("Giuse Lê Văn Định", "Linh mục", "Đại diện Tòa Giám mục Cần Thơ"),
 P("Trần Văn Lợi", "Trưởng ban Đại diện Phật giáo Hòa Hảo phường Thới An Đông"),
 P("Ngọc Tân Thanh", "Giáo hữu", "Đầu họ đạo Cao Đài Ban Chỉnh đạo xã Thạnh Phú"),
 P("Trương Cảnh Toàn", "Thành ủy viên", "Phó Chủ tịch UBND thành phố"),
 P("Lê Văn Tám", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Nguyễn Hoàng Ba", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố")],
[Q("156 chức sắc, chức việc", 156, "chức sắc, chức việc"), Q("12 tổ chức tôn giáo", 12, "tổ chức tôn giáo"),
 Q("trên 38,6 tỷ đồng", 38600000000, "đồng", "over"), Q("112 căn nhà Đại đoàn kết", 112, "căn nhà Đại đoàn kết"),
 Q("36 cây cầu nông thôn", 36, "cây cầu nông thôn"), Q("47 tủ thuốc nam", 47, "tủ thuốc nam"),
 Q("29 bếp ăn từ thiện", 29, "bếp ăn từ thiện"), Q("gần 9.500 lượt bệnh nhân nghèo", 9500, "lượt bệnh nhân nghèo", "approx"),
 Q("hơn 60 tấn", 60, "tấn", "over"), Q("4 lớp tập huấn", 4, "lớp tập huấn"), Q("380 chức việc", 380, "chức việc"),
 Q("2.600 m2", 2600, "m2"), Q("14/16 kiến nghị", 14, "kiến nghị"), Q("16 tập thể", 16, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Chương trình phối hợp", "07", "CTPH-MTTQ-BTT", None, None, "Chương trình phối hợp số 07/CTPH-MTTQ-BTT"),
 D("Kế hoạch", "39", "KH/TU", "2024-03-08", "Ban Thường vụ Thành ủy", "Kế hoạch số 39-KH/TU ngày 8/3/2024"),
 D("Hướng dẫn", "12", "HD/MTTQ-BTT", None, "Ban Thường trực", "Hướng dẫn số 12-HD/MTTQ-BTT"),
 D("Nghị định", "95", "2023/NĐ-CP", None, None, "Nghị định số 95/2023/NĐ-CP")],
[prov("Cần Thơ"), com("Thới An Đông"), com("Thạnh Phú")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ", "You are here: Trang chủ » Tin tức » Dân tộc - Tôn giáo",
 "Bà Trần Thị Xuân Lan phát biểu tại hội nghị.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Ban Tôn giáo thành phố"],
["17.07.2024 | 10:30", "6 tháng đầu năm 2024", "6 tháng cuối năm", "6 tháng qua", "lần thứ XI"]))

PAGES.append(page("b5902-tuyenquang-yenminh-gapmat-chucsac-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Trang chủ / Chính trị / Mặt trận - Đoàn thể
Thứ Tư, 22/10/2025
Đồng chí Ly Mí Sính trao đổi với các chức việc Tin lành bên lề hội nghị.
Xã Yên Minh gặp mặt chức sắc, chức việc, người có uy tín
Ngày 21/10, Đảng ủy, Ủy ban MTTQ Việt Nam xã Yên Minh (tỉnh Tuyên Quang) tổ chức hội nghị gặp mặt chức sắc, chức việc tôn giáo và người có uy tín năm 2025. Đây là lần đầu xã tổ chức hội nghị sau khi sắp xếp đơn vị hành chính, hợp nhất các xã Yên Minh, Mậu Duệ cũ và thị trấn Yên Minh thuộc tỉnh Hà Giang trước đây.
Dự hội nghị có đồng chí Ly Mí Sính, Bí thư Đảng ủy xã; đồng chí Giàng Thị Dợ, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã; đồng chí Hoàng Văn Toàn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh cùng 72 đại biểu là chức việc Tin lành, Công giáo, người có uy tín các thôn, tổ dân phố.
Báo cáo tại hội nghị cho biết, xã Yên Minh mới có 38 thôn, tổ dân phố với 6.240 hộ, 29.870 nhân khẩu, đồng bào Mông chiếm trên 60%. Trên địa bàn có 19 điểm nhóm Tin lành với khoảng 4.100 tín đồ và 1 giáo họ Công giáo. 9 tháng năm 2025, các chức việc đã vận động 214 hộ hiến 3,2 ha đất làm đường, tham gia xóa 96 nhà tạm, nhà dột nát theo chương trình của tỉnh với tổng kinh phí trên 5,7 tỷ đồng.
Thực hiện Nghị quyết số 02-NQ/ĐU ngày 15/8/2025 của Đảng ủy xã và Kế hoạch 45, 46-KH/ĐU về công tác dân vận, công tác tôn giáo trong giai đoạn mới, Ủy ban MTTQ xã đã tổ chức 12 buổi tuyên truyền Nghị định số 95/2023/NĐ-CP cho 860 lượt người.
Tại hội nghị, ông Sùng A Chứ, Trưởng điểm nhóm Tin lành thôn Na Pô, đề nghị xã sớm hoàn thiện thủ tục đăng ký sinh hoạt tôn giáo tập trung; ông Lý Văn Pao, người có uy tín thôn Khâu Vai, và bà Vàng Thị Say, Trưởng thôn Nà Tằm, kiến nghị sửa chữa 2 tuyến đường bị sạt lở sau mưa lũ. Ông Vừ Mí Lử, Bí thư Chi bộ kiêm Trưởng thôn Bản Chang, phản ánh một số hộ còn theo "Giê Sùa".
Đồng chí Đặng Văn Hiếu, Phó Chủ tịch UBND xã, tiếp thu, trả lời 11 ý kiến; cho biết xã ưu tiên 1,5 tỷ đồng khắc phục đường sạt lở trong quý IV.
Kết luận hội nghị, đồng chí Ly Mí Sính đề nghị các chức sắc, chức việc, người có uy tín tiếp tục hướng dẫn tín đồ thực hiện Kết luận số 126-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy; tuyên truyền đồng bào không nghe theo kẻ xấu, không di cư tự do. Dịp này, xã tặng 50 suất quà cho người có uy tín, chức việc tiêu biểu.
Lò Hương
Tin liên quan
- Tuyên Quang: hội nghị người có uy tín năm 2025 (02/10/2025)
- Xã Mậu Duệ ra mắt tổ tự quản an ninh trật tự (15/09/2025)
- Đồng Văn gặp mặt chức việc Tin lành (08/09/2025)
""", "2025-10-22", "Xã Yên Minh gặp mặt chức sắc, chức việc, người có uy tín",
E("hoi_nghi", "2025", "2025-10-21"),
[P("Ly Mí Sính", "Bí thư Đảng ủy xã"),
 P("Giàng Thị Dợ", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hoàng Văn Toàn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Sùng A Chứ", "Trưởng điểm nhóm Tin lành thôn Na Pô"),
 P("Lý Văn Pao", "người có uy tín thôn Khâu Vai"),
 P("Vàng Thị Say", "Trưởng thôn Nà Tằm"),
 P("Vừ Mí Lử", "Bí thư Chi bộ kiêm Trưởng thôn Bản Chang"),
 P("Đặng Văn Hiếu", "Phó Chủ tịch UBND xã")],
[Q("72 đại biểu", 72, "đại biểu"), Q("38 thôn, tổ dân phố", 38, "thôn, tổ dân phố"), Q("6.240 hộ", 6240, "hộ"),
 Q("29.870 nhân khẩu", 29870, "nhân khẩu"), Q("trên 60%", 60, "%", "over"), Q("19 điểm nhóm Tin lành", 19, "điểm nhóm Tin lành"),
 Q("khoảng 4.100 tín đồ", 4100, "tín đồ", "approx"), Q("214 hộ", 214, "hộ"), Q("3,2 ha", 3.2, "ha"),
 Q("96 nhà tạm, nhà dột nát", 96, "nhà tạm, nhà dột nát"), Q("trên 5,7 tỷ đồng", 5700000000, "đồng", "over"),
 Q("12 buổi tuyên truyền", 12, "buổi tuyên truyền"), Q("860 lượt người", 860, "lượt người"),
 Q("2 tuyến đường", 2, "tuyến đường"), Q("11 ý kiến", 11, "ý kiến"), Q("1,5 tỷ đồng", 1500000000, "đồng"),
 Q("50 suất quà", 50, "suất quà")],
[D("Nghị quyết", "02", "NQ/ĐU", "2025-08-15", "Đảng ủy xã", "Nghị quyết số 02-NQ/ĐU ngày 15/8/2025"),
 D("Kế hoạch", "45", "KH/ĐU", None, None, "Kế hoạch 45, 46-KH/ĐU"),
 D("Kế hoạch", "46", "KH/ĐU", None, None, "Kế hoạch 45, 46-KH/ĐU"),
 D("Nghị định", "95", "2023/NĐ-CP", None, None, "Nghị định số 95/2023/NĐ-CP"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 126-KL/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Yên Minh"), com("Mậu Duệ")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ / Chính trị / Mặt trận - Đoàn thể",
 "Đồng chí Ly Mí Sính trao đổi với các chức việc Tin lành bên lề hội nghị.", "Giê Sùa"],
["Thứ Tư, 22/10/2025", "năm 2025", "9 tháng năm 2025", "quý IV", "1 giáo họ"]))
