from lib import *
PAGES = []

PAGES.append(page("b9611-gialai-mttq-hiepthuong-chutich-2016", """
BÁO GIA LAI ĐIỆN TỬ
Trang chủ » Chính trị » Mặt trận
Cập nhật lúc 10:15 ngày 26/05/2016
Đồng chí Rơ Châm H'Yơn giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Gia Lai
(GLO) - Sáng 25/5, Ủy ban MTTQ Việt Nam tỉnh Gia Lai khóa IX, nhiệm kỳ 2014 - 2019 tổ chức hội nghị lần thứ 7 để hiệp thương cử bổ sung Chủ tịch Ủy ban. Đồng chí Rah Lan Blút, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và chỉ đạo hội nghị.
Đồng chí Rah Lan Blút trao quyết định và tặng hoa chúc mừng tân Chủ tịch Ủy ban MTTQ tỉnh.
Căn cứ Quyết định số 1152-QĐ/TU ngày 18/5/2016 của Ban Thường vụ Tỉnh ủy về giới thiệu nhân sự và Hướng dẫn số 11/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, hội nghị đã hiệp thương cử đồng chí Rơ Châm H'Yơn, Tỉnh ủy viên, Phó Trưởng Ban Dân vận Tỉnh ủy, giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa IX. Kết quả có 63/64 ủy viên có mặt đồng ý, đạt 98,4%.
Đồng chí Rơ Châm H'Yơn thay đồng chí Đinh Văn Thành, người vừa trúng cử đại biểu HĐND tỉnh khóa XI và được giới thiệu để bầu giữ chức Phó Chủ tịch HĐND tỉnh tại kỳ họp thứ nhất.
Tại hội nghị, Ban Thường trực Ủy ban MTTQ tỉnh thông tin kết quả cuộc bầu cử ngày 22/5: toàn tỉnh có hơn 860.000 cử tri đi bầu, đạt 99,32%. Trước đó, Mặt trận các cấp đã tổ chức 3 vòng hiệp thương, 1.740 hội nghị lấy ý kiến cử tri nơi cư trú đối với người ứng cử; vận động 1.216 người có uy tín trong các làng đồng bào Jrai, Bahnar tuyên truyền bà con đi bầu đầy đủ.
Ông Puih Dlah, Chủ tịch Ủy ban MTTQ xã Ia Pếch, cho biết ở 9 làng của xã, ban công tác Mặt trận đã đến từng nhà nhắc bà con mang thẻ cử tri, kể cả những hộ đi làm rẫy xa. Bà Nay H'Phi, Phó Chủ tịch Ủy ban MTTQ tỉnh, lưu ý một số xã vùng sâu như Kông Lơng Khơng còn có cử tri bỏ phiếu thay, cần rút kinh nghiệm.
Phát biểu chỉ đạo, đồng chí Rah Lan Blút đề nghị tân Chủ tịch cùng Ban Thường trực tiếp tục thực hiện Kết luận 62-KL/TW của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận, triển khai Luật MTTQ Việt Nam năm 2015, nắm chắc tình hình tư tưởng nhân dân ở vùng có đạo Tin lành, kịp thời phát hiện hoạt động của "Tin lành Đê Ga".
Nhận nhiệm vụ, đồng chí Rơ Châm H'Yơn cảm ơn sự tín nhiệm của Ủy ban và bày tỏ sẽ dành nhiều thời gian xuống cơ sở, lắng nghe đồng bào các dân tộc, chuẩn bị tốt cho đại hội Mặt trận các cấp giữa nhiệm kỳ tới.
Hội nghị cũng thông qua việc cho thôi làm ủy viên đối với 3 đồng chí đã chuyển công tác.
Hoàng Ngọc
Tin liên quan
- Mặt trận huyện Chư Sê gặp mặt người có uy tín (18/05/2016)
- Gia Lai sẵn sàng cho ngày hội của toàn dân (20/05/2016)
- Trao 40 nhà Đại đoàn kết cho hộ nghèo Krông Pa (05/05/2016)
""", "2016-05-26", "Đồng chí Rơ Châm H'Yơn giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Gia Lai",
E("hoi_nghi", None, "2016-05-25"),
[P("Rah Lan Blút", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Châm H'Yơn", "Tỉnh ủy viên", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa IX",
   "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Gia Lai"),
 P("Đinh Văn Thành", "đại biểu HĐND tỉnh khóa XI", "Phó Chủ tịch HĐND tỉnh"),
 P("Puih Dlah", "Chủ tịch Ủy ban MTTQ xã Ia Pếch"),
 P("Nay H'Phi", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("63/64 ủy viên", 63, "ủy viên"), Q("98,4%", 98.4, "%"), Q("hơn 860.000 cử tri", 860000, "cử tri", "over"),
 Q("99,32%", 99.32, "%"), Q("1.740 hội nghị", 1740, "hội nghị"), Q("1.216 người có uy tín", 1216, "người có uy tín"),
 Q("9 làng", 9, "làng"), Q("3 đồng chí", 3, "đồng chí")],
[D("Quyết định", "1152", "QĐ/TU", "2016-05-18", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1152-QĐ/TU ngày 18/5/2016"),
 D("Hướng dẫn", "11", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 11/HD-MTTW-BTT"),
 D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận 62-KL/TW")],
[prov("Gia Lai"), com("Ia Pếch"), com("Kông Lơng Khơng")],
["BÁO GIA LAI ĐIỆN TỬ", "Trang chủ » Chính trị » Mặt trận", "(GLO)",
 "Đồng chí Rah Lan Blút trao quyết định và tặng hoa chúc mừng tân Chủ tịch Ủy ban MTTQ tỉnh.",
 "Luật MTTQ Việt Nam năm 2015", "Tin lành Đê Ga"],
["Cập nhật lúc 10:15 ngày 26/05/2016", "nhiệm kỳ 2014 - 2019", "lần thứ 7", "ngày 22/5", "3 vòng", "3 đồng chí",
 "kỳ họp thứ nhất"]))

PAGES.append(page("b9612-hoabinh-chan-dung-chutich-mttq-xa-2017", """
Báo Hòa Bình điện tử
Xã hội | Gương sáng
Thứ Ba, 14/11/2017
Bà Bùi Thị Lan (bên phải) trò chuyện với người dân xóm Mớ Đá.
Người "giữ lửa" Mặt trận ở xã vùng cao Phúc Sạn
Ba lần được tín nhiệm hiệp thương cử làm Chủ tịch Ủy ban MTTQ xã Phúc Sạn (Mai Châu), bà Bùi Thị Lan, người dân tộc Mường, được bà con các xóm gọi thân mật là "bà Lan Mặt trận". Những ngày cả nước hướng tới Ngày hội Đại đoàn kết toàn dân tộc, chúng tôi có dịp theo chân bà đến các xóm vùng cao.
Phúc Sạn là một trong những xã đặc biệt khó khăn của tỉnh Hòa Bình, có 6 xóm với 612 hộ, đồng bào Mường, Dao, Thái sinh sống đan xen. Năm 2009, khi bà Lan lần đầu đảm nhận cương vị Chủ tịch Ủy ban MTTQ xã, tỷ lệ hộ nghèo còn tới 61,3%. Tại Đại hội đại biểu MTTQ xã nhiệm kỳ 2014 - 2019, bà tiếp tục được tín nhiệm và đặt mục tiêu mỗi năm giảm ít nhất 5% hộ nghèo.
"Muốn dân nghe thì mình phải ở với dân, làm trước cho dân xem", bà Lan nói. Mấy năm nay, bà cùng ban công tác Mặt trận các xóm vận động 142 hộ nghèo chuyển sang trồng chè shan, nuôi ong lấy mật; kêu gọi các doanh nghiệp, nhà hảo tâm ủng hộ trên 500 triệu đồng để làm 36 nhà Đại đoàn kết. Riêng xóm Mớ Đá, người Dao đã góp 1.200 ngày công mở 3 km đường lên khu sản xuất.
Ông Đinh Văn Cường, Bí thư Đảng ủy xã Phúc Sạn, nhận xét: "Chị Lan không có bằng cấp cao nhưng rất khéo vận động. Việc khó nào của xã, từ giải phóng mặt bằng đến vận động bỏ tục lệ lạc hậu trong đám ma, cũng có phần của Mặt trận". Thực hiện Nghị quyết 02-NQ/ĐU của Đảng ủy xã về xây dựng nông thôn mới, năm 2017 nhân dân đã hiến 2.800 m2 đất làm nhà văn hóa và sân thể thao.
Ông Triệu Văn Sinh, Trưởng ban Công tác Mặt trận xóm Mớ Đá, cho biết bà Lan thường ở lại xóm sau các buổi họp để nghe bà con kể chuyện nhà, chuyện rẫy. Nhờ vậy mà nhiều mâu thuẫn nhỏ được hòa giải ngay tại xóm, 3 năm liền không có đơn thư vượt cấp.
Đến nay tỷ lệ hộ nghèo của Phúc Sạn còn 27,8%; 4/6 xóm đạt danh hiệu khu dân cư văn hóa. Bà Lan vừa được Ủy ban MTTQ tỉnh tặng bằng khen vì có thành tích xuất sắc trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Không chỉ lo việc xã, bà còn là người "giữ nhịp" cho hơn 30 trưởng ban, tổ viên công tác Mặt trận ở các xóm. Mỗi quý, bà tổ chức một buổi sinh hoạt chung để các xóm kể cho nhau cách làm hay, từ vận động trả nợ vốn vay đúng hạn đến giữ gìn tiếng Mường, điệu hát đang trong đám cưới.
Sắp tới, xã chuẩn bị tổ chức Ngày hội ở xóm Bưa Cút; bà Lan lại cùng chị em phụ nữ tập văn nghệ, gói bánh chưng cho ngày hội.
Bài và ảnh: Đinh Thắng
Lượt đọc: 642
Tin cùng chuyên mục
- Người có uy tín ở xóm Dao Tân Dân (08/11/2017)
- Cô giáo cắm bản ở Hang Kia (30/10/2017)
- Chàng trai Mường khởi nghiệp với cá suối (20/10/2017)
""", "2017-11-14", "Người \"giữ lửa\" Mặt trận ở xã vùng cao Phúc Sạn",
E("khac", None, None),
[P("Bùi Thị Lan", "Chủ tịch Ủy ban MTTQ xã Phúc Sạn"),
 P("Đinh Văn Cường", "Bí thư Đảng ủy xã Phúc Sạn"),
 P("Triệu Văn Sinh", "Trưởng ban Công tác Mặt trận xóm Mớ Đá")],
[Q("6 xóm", 6, "xóm"), Q("612 hộ", 612, "hộ"), Q("61,3%", 61.3, "%"), Q("ít nhất 5%", 5, "%", "over"),
 Q("142 hộ nghèo", 142, "hộ nghèo"), Q("trên 500 triệu đồng", 500000000, "đồng", "over"),
 Q("36 nhà Đại đoàn kết", 36, "nhà Đại đoàn kết"), Q("1.200 ngày công", 1200, "ngày công"), Q("3 km", 3, "km"),
 Q("2.800 m2", 2800, "m2"), Q("27,8%", 27.8, "%"), Q("4/6 xóm", 4, "xóm"),
 Q("hơn 30 trưởng ban, tổ viên công tác Mặt trận", 30, "trưởng ban, tổ viên công tác Mặt trận", "over")],
[D("Nghị quyết", "02", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 02-NQ/ĐU")],
[prov("Hòa Bình"), com("Phúc Sạn")],
["Báo Hòa Bình điện tử", "Xã hội | Gương sáng", "Bà Bùi Thị Lan (bên phải) trò chuyện với người dân xóm Mớ Đá.",
 "bà Lan Mặt trận", "Ngày hội Đại đoàn kết toàn dân tộc", "Muốn dân nghe thì mình phải ở với dân, làm trước cho dân xem",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt đọc: 642", "giữ nhịp"],
["Thứ Ba, 14/11/2017", "Mỗi quý", "Ba lần", "Năm 2009", "nhiệm kỳ 2014 - 2019", "năm 2017", "3 năm liền", "Lượt đọc: 642"]))

PAGES.append(page("b9613-thanhhoa-trienkhai-ct17-daihoi-mttq-2018", """
BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thời sự :: Chính trị :: Xây dựng Đảng
30-05-2018 16:20
Chuẩn bị chu đáo cho đại hội Mặt trận các cấp, nhiệm kỳ 2019 - 2024
Chiều 29/5, Ban Thường vụ Tỉnh ủy Thanh Hóa tổ chức hội nghị quán triệt, triển khai Chỉ thị số 17-CT/TW của Ban Bí thư về lãnh đạo đại hội MTTQ Việt Nam các cấp và Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX, nhiệm kỳ 2019 - 2024. Hội nghị được kết nối trực tuyến tới 27 điểm cầu huyện, thị xã, thành phố.
Đồng chí Phạm Văn Tuân, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị; cùng dự có đồng chí Lê Thị Thìn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Theo Kế hoạch số 104-KH/TU ngày 14/5/2018 của Ban Thường vụ Tỉnh ủy, đại hội Mặt trận cấp xã ở 635 xã, phường, thị trấn hoàn thành trước ngày 31/3/2019; cấp huyện hoàn thành trước ngày 30/6/2019; Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XIX tổ chức trong quý III/2019. Tỉnh chọn xã Thiệu Giao (Thiệu Hóa) và phường Đông Vệ (TP Thanh Hóa) làm đại hội điểm cấp xã.
Đồng chí Hà Thị Hương, Phó Chủ tịch - Trưởng ban Tổ chức - Tuyên giáo Ủy ban MTTQ tỉnh, hướng dẫn những điểm mới trong Hướng dẫn số 18/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về nội dung, quy trình tổ chức đại hội. Theo đó, số lượng ủy viên Ủy ban MTTQ cấp xã không quá 45 người; số đại biểu dự đại hội cấp tỉnh không quá 350 đại biểu; tỷ lệ ủy viên là người ngoài Đảng không dưới 30%.
Tại hội nghị, đồng chí Lò Văn Phiêng, Chủ tịch Ủy ban MTTQ huyện Mường Lát, đề nghị có hướng dẫn riêng về cơ cấu ủy viên ở những xã có đông đồng bào Mông, Thái, nơi nhiều bản chưa có đảng viên. Đồng chí Cầm Bá Xuân, Chủ tịch Ủy ban MTTQ xã Trung Thành, kiến nghị bố trí kinh phí tổ chức đại hội cho các xã miền núi, vì mức chi hiện nay chỉ khoảng 15 triệu đồng/xã.
Kết luận hội nghị, đồng chí Phạm Văn Tuân yêu cầu cấp ủy các cấp trực tiếp lãnh đạo công tác chuẩn bị nhân sự, bảo đảm tính đại diện rộng rãi; phối hợp chặt chẽ với việc thực hiện Quyết định 217, 218-QĐ/TW của Bộ Chính trị và Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương về tinh gọn tổ chức bộ máy, tránh để xảy ra xáo trộn khi sáp nhập thôn, bản.
Năm 2018, Mặt trận các cấp của tỉnh phấn đấu vận động Quỹ "Vì người nghèo" được khoảng 60 tỷ đồng, hỗ trợ xây dựng 1.500 nhà Đại đoàn kết, coi đây là kết quả để chào mừng đại hội Mặt trận các cấp.
Lê Hà
Các tin đã đưa
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 10 (12/01/2018)
- Mặt trận huyện Quan Sơn ra quân vận động Quỹ Vì người nghèo (20/04/2018)
- Giám sát việc thực hiện chính sách bảo hiểm y tế tại Như Xuân (11/05/2018)
""", "2018-05-30", "Chuẩn bị chu đáo cho đại hội Mặt trận các cấp, nhiệm kỳ 2019 - 2024",
E("hoi_nghi", None, "2018-05-29"),
[P("Phạm Văn Tuân", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lê Thị Thìn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Thị Hương", "Phó Chủ tịch - Trưởng ban Tổ chức - Tuyên giáo Ủy ban MTTQ tỉnh"),
 P("Lò Văn Phiêng", "Chủ tịch Ủy ban MTTQ huyện Mường Lát"),
 P("Cầm Bá Xuân", "Chủ tịch Ủy ban MTTQ xã Trung Thành")],
[Q("27 điểm cầu huyện, thị xã, thành phố", 27, "điểm cầu huyện, thị xã, thành phố"),
 Q("635 xã, phường, thị trấn", 635, "xã, phường, thị trấn"), Q("không quá 45 người", 45, "người"),
 Q("không quá 350 đại biểu", 350, "đại biểu"), Q("không dưới 30%", 30, "%", "over"),
 Q("khoảng 15 triệu đồng/xã", 15000000, "đồng", "approx"), Q("khoảng 60 tỷ đồng", 60000000000, "đồng", "approx"),
 Q("1.500 nhà Đại đoàn kết", 1500, "nhà Đại đoàn kết")],
[D("Chỉ thị", "17", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 17-CT/TW"),
 D("Kế hoạch", "104", "KH/TU", "2018-05-14", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 104-KH/TU ngày 14/5/2018"),
 D("Hướng dẫn", "18", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 18/HD-MTTW-BTT"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Nghị quyết", "18", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW")],
[prov("Thanh Hóa"), com("Thiệu Giao"), com("Đông Vệ"), com("Trung Thành")],
["BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Thời sự :: Chính trị :: Xây dựng Đảng",
 "Vì người nghèo"],
["30-05-2018 16:20", "nhiệm kỳ 2019 - 2024", "lần thứ IX", "ngày 31/3/2019", "ngày 30/6/2019", "lần thứ XIX",
 "quý III/2019", "Năm 2018"]))

PAGES.append(page("b9614-quangnam-xa-atieng-daihoi-2019", """
QUẢNG NAM ONLINE
Chính trị - Xã hội / Mặt trận
16/04/2019, 09:45 (GMT+7)
Ảnh: Đại biểu hiệp thương cử Ủy ban MTTQ xã khóa mới.
Tây Giang: Đại hội điểm Mặt trận cấp xã ở A Tiêng
(QNO) - Ngày 15/4, Ủy ban MTTQ Việt Nam xã A Tiêng (Tây Giang) tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ V, nhiệm kỳ 2019 - 2024. Đây là đại hội điểm cấp xã của huyện Tây Giang. Dự đại hội có ông Tơ Ngôl Hùng, Phó Chủ tịch Ủy ban MTTQ tỉnh Quảng Nam; ông A Lăng Blêch, Phó Bí thư Huyện ủy Tây Giang.
A Tiêng có 7 thôn với 712 hộ, 2.860 khẩu, trong đó đồng bào Cơ Tu chiếm 98%. Về dự đại hội có 105 đại biểu chính thức, là già làng, trưởng bản, người có uy tín, đại diện các tổ chức thành viên.
Nhiệm kỳ 2014 - 2019, Mặt trận xã đã vận động người dân hiến 12 ha đất làm đường và xây dựng khu tái định cư, trồng mới 350 ha rừng; Quỹ "Vì người nghèo" vận động được 186 triệu đồng. Nhờ sự vào cuộc của các thôn, tỷ lệ hộ nghèo giảm từ 71,4% xuống còn 39,6%; 5/7 thôn giữ được nếp sinh hoạt văn hóa truyền thống, không có tệ nạn.
Thực hiện Chỉ thị 17-CT/TW của Ban Bí thư và Kế hoạch số 33-KH/HU ngày 10/10/2018 của Ban Thường vụ Huyện ủy Tây Giang, văn kiện đại hội được thông qua tại các gươl, nhà làng để bà con góp ý bằng tiếng Cơ Tu. Đã có 86 ý kiến góp ý được tiếp thu.
Phát biểu tham luận, già làng Alăng Bhờm ở thôn Ariêu kể chuyện vận động bà con không phá rừng đầu nguồn làm rẫy; chị Clâu Thị Nhiều, Bí thư Chi đoàn thôn Aur, đề nghị Mặt trận xã hỗ trợ thanh niên học nghề dệt thổ cẩm, trồng ba kích để có thêm thu nhập.
Phát biểu chỉ đạo, ông Tơ Ngôl Hùng ghi nhận A Tiêng là địa phương làm tốt việc phát huy vai trò già làng trong giữ gìn an ninh biên giới, đồng thời lưu ý Mặt trận xã cần chủ động nắm tâm trạng của đồng bào khi triển khai dự án thủy điện.
Đại hội hiệp thương cử 29 ủy viên Ủy ban MTTQ Việt Nam xã khóa V. Bà Alăng Thị Lạ được hiệp thương tái cử Chủ tịch Ủy ban MTTQ Việt Nam xã A Tiêng; ông Bnướch Tuấn, Phó Chủ tịch. Đại hội cũng bầu 7 đại biểu dự Đại hội Mặt trận huyện.
Trong phần thảo luận, nhiều đại biểu thẳng thắn chỉ ra hạn chế: hoạt động của một số ban công tác Mặt trận thôn còn phụ thuộc vào trưởng thôn; việc giám sát các công trình hạ tầng do Nhà nước đầu tư chưa thường xuyên; một bộ phận người dân còn trông chờ, ỷ lại vào hỗ trợ. Ông Bhriu Liêng, Trưởng ban Công tác Mặt trận thôn Ariêu, đề nghị mỗi thôn có ít nhất một tổ tự quản về bảo vệ rừng do già làng làm tổ trưởng.
Sau đại hội điểm ở A Tiêng, các xã Lăng, Bhalêê, Dang sẽ lần lượt tổ chức đại hội trước ngày 30/4.
Alăng Ngước
Tin liên quan
- Đại Lộc: 100% xã hoàn thành đại hội Mặt trận (10/04/2019)
- Nam Giang trao nhà Đại đoàn kết cho đồng bào Cơ Tu (29/03/2019)
- Mặt trận tỉnh tập huấn nghiệp vụ tổ chức đại hội (14/01/2019)
""", "2019-04-16", "Tây Giang: Đại hội điểm Mặt trận cấp xã ở A Tiêng",
E("dai_hoi", None, "2019-04-15"),
[P("Tơ Ngôl Hùng", "Phó Chủ tịch Ủy ban MTTQ tỉnh Quảng Nam"),
 P("A Lăng Blêch", "Phó Bí thư Huyện ủy Tây Giang"),
 P("Alăng Bhờm", "già làng"),
 P("Clâu Thị Nhiều", "Bí thư Chi đoàn thôn Aur"),
 P("Alăng Thị Lạ", "Chủ tịch Ủy ban MTTQ Việt Nam xã A Tiêng"),
 P("Bnướch Tuấn", "Phó Chủ tịch"),
 P("Bhriu Liêng", "Trưởng ban Công tác Mặt trận thôn Ariêu")],
[Q("7 thôn", 7, "thôn"), Q("712 hộ", 712, "hộ"), Q("2.860 khẩu", 2860, "khẩu"), Q("98%", 98, "%"),
 Q("105 đại biểu chính thức", 105, "đại biểu chính thức"), Q("12 ha", 12, "ha"), Q("350 ha", 350, "ha"),
 Q("186 triệu đồng", 186000000, "đồng"), Q("71,4%", 71.4, "%"), Q("39,6%", 39.6, "%"), Q("5/7 thôn", 5, "thôn"),
 Q("86 ý kiến góp ý", 86, "ý kiến"), Q("29 ủy viên", 29, "ủy viên"), Q("7 đại biểu", 7, "đại biểu")],
[D("Chỉ thị", "17", "CT/TW", None, "Ban Bí thư", "Chỉ thị 17-CT/TW"),
 D("Kế hoạch", "33", "KH/HU", "2018-10-10", "Ban Thường vụ Huyện ủy Tây Giang", "Kế hoạch số 33-KH/HU ngày 10/10/2018")],
[prov("Quảng Nam"), com("A Tiêng"), com("Lăng"), com("Bhalêê"), com("Dang")],
["QUẢNG NAM ONLINE", "Chính trị - Xã hội / Mặt trận", "Ảnh: Đại biểu hiệp thương cử Ủy ban MTTQ xã khóa mới.", "(QNO)",
 "Vì người nghèo"],
["16/04/2019, 09:45 (GMT+7)", "lần thứ V", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019", "ngày 30/4"]))

PAGES.append(page("b9615-daklak-mttq-daihoi-tinh-2019", """
Hôm nay: Thứ Bảy, 20/07/2019
BÁO ĐẮK LẮK ĐIỆN TỬ
You are here: Trang chủ > Chính trị > Mặt trận
Thứ Năm, 18/07/2019 - 17:20
Bế mạc Đại hội đại biểu MTTQ Việt Nam tỉnh Đắk Lắk lần thứ XI, nhiệm kỳ 2019 - 2024
Chiều 18/7, sau 2 ngày làm việc, Đại hội đại biểu MTTQ Việt Nam tỉnh Đắk Lắk lần thứ XI, nhiệm kỳ 2019 - 2024 đã bế mạc. Dự đại hội có đồng chí Lê Bá Trình, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng chí Phạm Minh Tấn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy.
Các đại biểu bấm nút biểu quyết thông qua Nghị quyết đại hội.
Đại hội có 300 đại biểu chính thức, đại diện cho hơn 1,9 triệu người của 49 dân tộc trong tỉnh. Nhiệm kỳ qua, Mặt trận các cấp đã vận động xây dựng 2.870 nhà Đại đoàn kết trị giá hơn 110 tỷ đồng; Quỹ "Vì người nghèo" các cấp tiếp nhận 138,5 tỷ đồng. Toàn tỉnh có 1.260 người có uy tín trong đồng bào dân tộc thiểu số tham gia vận động nhân dân giữ gìn an ninh trật tự ở buôn làng.
Công tác giám sát và phản biện xã hội được triển khai theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/3/2017; Mặt trận tỉnh chủ trì 21 cuộc giám sát, tổ chức 9 hội nghị phản biện đối với dự thảo nghị quyết của HĐND tỉnh.
Tham luận tại đại hội, ông Y Thu Niê, người có uy tín buôn Ea Kmar, xã Cư Pơng, kể chuyện vận động bà con trả lại 6 ha đất rừng lấn chiếm; Mục sư Y Nhơ Byă, Quản nhiệm Chi hội Tin lành Buôn Ma Thuột, khẳng định tín đồ tin tưởng vào chính sách tôn giáo của Đảng, Nhà nước; bà Điểu Thị Lim, Chủ tịch Ủy ban MTTQ xã Đắk Phơi, chia sẻ cách đồng bào M'nông giữ rừng gắn với phát triển du lịch cộng đồng.
Phát biểu chỉ đạo, đồng chí Lê Bá Trình đề nghị Mặt trận tỉnh tiếp tục thực hiện Kết luận 62-KL/TW của Bộ Chính trị và Chỉ thị 17-CT/TW của Ban Bí thư, chú trọng đoàn kết các dân tộc, tôn giáo, không để các thế lực xấu lợi dụng vấn đề dân tộc, tôn giáo gây mất ổn định.
Đại hội đã hiệp thương cử 87 ủy viên Ủy ban MTTQ Việt Nam tỉnh khóa XI, trong đó 26,4% là người dân tộc thiểu số. Ban Thường trực gồm 5 đồng chí: đồng chí Y Ngông Mlô, Ủy viên Ban Thường vụ Tỉnh ủy, tái cử Chủ tịch; các đồng chí Nguyễn Thị Thu Trang, H'Yâo Knul, Lê Văn Hòa được hiệp thương giữ chức Phó Chủ tịch; đồng chí Trương Công Lý, Trưởng ban Tổ chức - Kiểm tra Ủy ban MTTQ tỉnh, là Ủy viên Thường trực.
Đại hội bầu 14 đại biểu chính thức đi dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX.
Thúy Hồng
Tin khác
- Krông Ana hoàn thành đại hội Mặt trận cấp huyện (26/06/2019)
- Trao 50 suất quà cho người có uy tín (10/07/2019)
- Hội nghị phản biện dự thảo nghị quyết về giá đất (02/07/2019)
""", "2019-07-18", "Bế mạc Đại hội đại biểu MTTQ Việt Nam tỉnh Đắk Lắk lần thứ XI, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-07-17"),
[P("Lê Bá Trình", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Phạm Minh Tấn", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Y Thu Niê", "người có uy tín buôn Ea Kmar"),
 P("Y Nhơ Byă", "Mục sư", "Quản nhiệm Chi hội Tin lành Buôn Ma Thuột"),
 P("Điểu Thị Lim", "Chủ tịch Ủy ban MTTQ xã Đắk Phơi"),
 P("Y Ngông Mlô", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch"),
 P("Nguyễn Thị Thu Trang", "Phó Chủ tịch"),
 P("H'Yâo Knul", "Phó Chủ tịch"),
 P("Lê Văn Hòa", "Phó Chủ tịch"),
 P("Trương Công Lý", "Trưởng ban Tổ chức - Kiểm tra Ủy ban MTTQ tỉnh", "Ủy viên Thường trực")],
[Q("300 đại biểu chính thức", 300, "đại biểu chính thức"), Q("hơn 1,9 triệu người", 1900000, "người", "over"),
 Q("49 dân tộc", 49, "dân tộc"), Q("2.870 nhà Đại đoàn kết", 2870, "nhà Đại đoàn kết"),
 Q("hơn 110 tỷ đồng", 110000000000, "đồng", "over"), Q("138,5 tỷ đồng", 138500000000, "đồng"),
 Q("1.260 người có uy tín", 1260, "người có uy tín"), Q("21 cuộc giám sát", 21, "cuộc giám sát"),
 Q("9 hội nghị phản biện", 9, "hội nghị phản biện"), Q("6 ha", 6, "ha"), Q("87 ủy viên", 87, "ủy viên"),
 Q("26,4%", 26.4, "%"), Q("5 đồng chí", 5, "đồng chí"), Q("14 đại biểu chính thức", 14, "đại biểu chính thức")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-03-15", None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/3/2017"),
 D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận 62-KL/TW"),
 D("Chỉ thị", "17", "CT/TW", None, "Ban Bí thư", "Chỉ thị 17-CT/TW")],
[prov("Đắk Lắk"), com("Cư Pơng"), com("Đắk Phơi")],
["Hôm nay: Thứ Bảy, 20/07/2019", "BÁO ĐẮK LẮK ĐIỆN TỬ", "You are here: Trang chủ > Chính trị > Mặt trận",
 "Các đại biểu bấm nút biểu quyết thông qua Nghị quyết đại hội.", "Vì người nghèo"],
["Hôm nay: Thứ Bảy, 20/07/2019", "Thứ Năm, 18/07/2019 - 17:20", "lần thứ XI", "nhiệm kỳ 2019 - 2024", "2 ngày",
 "5 đồng chí", "lần thứ IX"]))

PAGES.append(page("b9616-baclieu-phuong-nhamat-daihoi-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ BẠC LIÊU
Tin tức - Sự kiện > Hoạt động các phường, xã
21.05.2019 | 08:10
Đại hội đại biểu MTTQ Việt Nam phường Nhà Mát lần thứ XI
Ban Thường trực Ủy ban MTTQ phường khóa XI ra mắt đại hội.
Ngày 20/5, Ủy ban MTTQ Việt Nam phường Nhà Mát, thành phố Bạc Liêu tổ chức Đại hội đại biểu MTTQ Việt Nam phường lần thứ XI, nhiệm kỳ 2019 - 2024 với 95 đại biểu chính thức. Dự đại hội có bà Lâm Thị Sô Phi, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bạc Liêu; ông Quách Văn Hưng, Thành ủy viên, Chủ tịch Ủy ban MTTQ thành phố; Đại đức Lý Sa Ra, Phó trụ trì chùa Xiêm Cán.
Nhà Mát là phường ven biển, có 8 khóm với 3.456 hộ, 13.920 nhân khẩu; đồng bào Khmer, Hoa chiếm 31,5% dân số. Nhiệm kỳ 2014 - 2019, Mặt trận phường đã vận động các tầng lớp nhân dân đóng góp trên 1,26 tỷ đồng xây dựng 20 căn nhà Đại đoàn kết, làm 4,5 km lộ bê tông; trao 240 suất học bổng cho học sinh nghèo hiếu học. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" có 8/8 khóm đạt chuẩn khóm văn hóa.
Cùng với đó, Mặt trận phối hợp vận động 68 hộ nuôi tôm quảng canh cải tiến liên kết thành tổ hợp tác; vận động 17 hộ sống trên đê biển di dời vào khu tái định cư an toàn.
Việc tổ chức đại hội thực hiện theo Kế hoạch số 45-KH/ĐU ngày 8/1/2019 của Đảng ủy phường và Nghị quyết 05-NQ/TU của BCH Đảng bộ tỉnh về phát triển đô thị ven biển. Dự thảo báo cáo đã được lấy ý kiến tại 8 khóm với gần 300 lượt người tham gia.
Phát biểu tại đại hội, bà Lâm Thị Sô Phi đề nghị Mặt trận phường phát huy hơn nữa vai trò của các vị sư sãi, chức sắc người Hoa trong vận động đồng bào giữ gìn vệ sinh môi trường, phòng chống sạt lở bờ biển. Bà Tăng Kim Hoa, Trưởng ban Công tác Mặt trận khóm Giồng Giữa, chia sẻ việc vận động các hộ kinh doanh ở khu du lịch ký cam kết không bán hàng rong, chèo kéo du khách.
Ông Thạch Sa Phoen, người có uy tín khóm Cồng Cái Môn, đề nghị phường quan tâm hơn đến các hộ Khmer không có đất sản xuất, tạo điều kiện cho con em học nghề tại chỗ.
Đại hội đã hiệp thương cử 33 ủy viên Ủy ban MTTQ Việt Nam phường khóa XI. Bà Trương Mỹ Lệ được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ phường Nhà Mát; các ông Danh Hoàng Sơn, Triệu Quốc Vinh - Phó Chủ tịch.
Đại hội cũng chọn 6 đại biểu dự Đại hội đại biểu MTTQ thành phố Bạc Liêu lần thứ XII và thông qua chương trình hành động với 5 nhóm nhiệm vụ trọng tâm.
Nhà Mát là đơn vị thứ 5 trong 10 phường, xã của thành phố hoàn thành đại hội; xã Hiệp Thành tổ chức vào ngày 24/5.
Khánh Vân
Tin liên quan
- Phường 3 tổ chức đại hội điểm MTTQ (12/04/2019)
- Trao 30 căn nhà Đại đoàn kết cho hộ nghèo (29/04/2019)
""", "2019-05-21", "Đại hội đại biểu MTTQ Việt Nam phường Nhà Mát lần thứ XI",
E("dai_hoi", None, "2019-05-20"),
[P("Lâm Thị Sô Phi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bạc Liêu"),
 P("Quách Văn Hưng", "Thành ủy viên", "Chủ tịch Ủy ban MTTQ thành phố"),
 P("Lý Sa Ra", "Đại đức", "Phó trụ trì chùa Xiêm Cán"),
 P("Tăng Kim Hoa", "Trưởng ban Công tác Mặt trận khóm Giồng Giữa"),
 P("Thạch Sa Phoen", "người có uy tín khóm Cồng Cái Môn"),
 P("Trương Mỹ Lệ", "Chủ tịch Ủy ban MTTQ phường Nhà Mát"),
 P("Danh Hoàng Sơn", "Phó Chủ tịch"),
 P("Triệu Quốc Vinh", "Phó Chủ tịch")],
[Q("95 đại biểu chính thức", 95, "đại biểu chính thức"), Q("8 khóm", 8, "khóm"), Q("3.456 hộ", 3456, "hộ"),
 Q("13.920 nhân khẩu", 13920, "nhân khẩu"), Q("31,5%", 31.5, "%"), Q("trên 1,26 tỷ đồng", 1260000000, "đồng", "over"),
 Q("20 căn nhà Đại đoàn kết", 20, "căn nhà Đại đoàn kết"), Q("4,5 km", 4.5, "km"), Q("240 suất học bổng", 240, "suất học bổng"),
 Q("8/8 khóm", 8, "khóm"), Q("68 hộ", 68, "hộ"), Q("17 hộ", 17, "hộ"), Q("gần 300 lượt người", 300, "lượt người", "approx"),
 Q("33 ủy viên", 33, "ủy viên"), Q("6 đại biểu", 6, "đại biểu"), Q("5 nhóm nhiệm vụ trọng tâm", 5, "nhóm nhiệm vụ trọng tâm"),
 Q("10 phường, xã", 10, "phường, xã")],
[D("Kế hoạch", "45", "KH/ĐU", "2019-01-08", "Đảng ủy phường", "Kế hoạch số 45-KH/ĐU ngày 8/1/2019"),
 D("Nghị quyết", "05", "NQ/TU", None, "BCH Đảng bộ tỉnh", "Nghị quyết 05-NQ/TU")],
[prov("Bạc Liêu"), com("Nhà Mát"), com("Hiệp Thành")],
["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ BẠC LIÊU", "Tin tức - Sự kiện > Hoạt động các phường, xã",
 "Ban Thường trực Ủy ban MTTQ phường khóa XI ra mắt đại hội.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["21.05.2019 | 08:10", "lần thứ XI", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019", "lần thứ XII", "đơn vị thứ 5",
 "ngày 24/5"]))
