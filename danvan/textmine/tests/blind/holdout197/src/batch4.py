from lib import *
PAGES = []

PAGES.append(page("b4703-danang-mttq-nguhanhson-tongket-2023", """
MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN NGŨ HÀNH SƠN
Bạn đang xem: Trang chủ > Tin hoạt động > Mặt trận quận
Thứ Sáu, 05/01/2024, 08:05
Toàn cảnh hội nghị.
Ngũ Hành Sơn: Mặt trận triển khai nhiệm vụ năm 2024, tập trung xây dựng khu dân cư văn minh
Ngày 4/1/2024, Ủy ban MTTQ Việt Nam quận Ngũ Hành Sơn tổ chức hội nghị tổng kết công tác Mặt trận năm 2023 và triển khai nhiệm vụ năm 2024. Dự hội nghị có đồng chí Nguyễn Đình Lộc, Thành ủy viên, Bí thư Quận ủy; đồng chí Huỳnh Thị Mỹ Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Đà Nẵng. Chủ trì hội nghị là đồng chí Lê Văn Hải, Quận ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam quận.
Năm 2023, Mặt trận quận và 4 phường Mỹ An, Khuê Mỹ, Hòa Hải, Hòa Quý đã triển khai Kế hoạch số 96/KH-MTTQ-BTT về thực hiện chủ đề "Năm xây dựng văn hóa, văn minh đô thị" của thành phố. Ban công tác Mặt trận ở 121 tổ dân phố đã vận động 98,2% hộ đăng ký, 95,3% hộ đạt danh hiệu "Gia đình văn hóa"; 117/121 khu dân cư đạt danh hiệu "Khu dân cư văn hóa". Nhân dân đóng góp khoảng 4,8 tỷ đồng, hiến 2.600 m2 đất để chỉnh trang 35 kiệt, hẻm; lắp đặt 182 camera an ninh kết nối với Công an phường.
Hoạt động của 121 tổ an ninh trật tự tự quản, 68 tổ "Nhân dân tự quản bảo vệ môi trường" được duy trì; các tổ hòa giải hòa giải thành 52/58 vụ việc. Quỹ "Vì người nghèo" quận vận động được 1,27 tỷ đồng, hỗ trợ xây mới 8 nhà "Đại đoàn kết", mỗi nhà 60 triệu đồng; 146 hộ thoát nghèo theo chuẩn nghèo thành phố.
Tham luận tại hội nghị, ông Đoàn Công Thạnh, Bí thư Chi bộ, Trưởng ban công tác Mặt trận tổ dân phố 41, phường Hòa Hải, chia sẻ cách vận động các hộ kinh doanh homestay giữ gìn an ninh và vệ sinh bãi biển; bà Phạm Thị Như, Tổ trưởng tổ dân phố 15, phường Khuê Mỹ, kiến nghị có chính sách cho tổ trưởng sau khi thành phố thực hiện Nghị quyết số 64/2023/NQ-HĐND của HĐND thành phố.
Phát biểu chỉ đạo, đồng chí Nguyễn Đình Lộc đề nghị năm 2024 Mặt trận chuẩn bị tốt Đại hội đại biểu MTTQ Việt Nam quận lần thứ VIII, nhiệm kỳ 2024 - 2029, tiếp tục thực hiện Kết luận số 18-KL/TW của Ban Bí thư và Quy định 124-QĐ/TW; mỗi phường xây dựng ít nhất 1 mô hình "Khu dân cư văn minh, không rác thải nhựa".
Dịp này, Ủy ban MTTQ Việt Nam thành phố tặng bằng khen cho 3 tập thể; Ủy ban MTTQ Việt Nam quận tặng giấy khen cho 15 tập thể và 22 cá nhân. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam quận: Trần Thị Kim Oanh, Nguyễn Hữu Tín công bố quyết định khen thưởng.
Thùy Dương
Lượt xem: 1.532
Tin liên quan
- Phường Mỹ An ra mắt tuyến đường văn minh (25/12/2023)
- Ngũ Hành Sơn: 100% khu dân cư tổ chức Ngày hội Đại đoàn kết (20/11/2023)
- Mặt trận quận giám sát việc thu gom rác tại phường Hòa Hải (10/10/2023)
""", "2024-01-05", "Ngũ Hành Sơn: Mặt trận triển khai nhiệm vụ năm 2024, tập trung xây dựng khu dân cư văn minh",
E("tong_ket", "2023", "2024-01-04"),
[P("Nguyễn Đình Lộc", "Thành ủy viên", "Bí thư Quận ủy"),
 P("Huỳnh Thị Mỹ Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Đà Nẵng"),
 P("Lê Văn Hải", "Quận ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Đoàn Công Thạnh", "Bí thư Chi bộ", "Trưởng ban công tác Mặt trận tổ dân phố 41"),
 P("Phạm Thị Như", "Tổ trưởng tổ dân phố 15"),
 P("Trần Thị Kim Oanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Nguyễn Hữu Tín", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận")],
[Q("4 phường", 4, "phường"), Q("121 tổ dân phố", 121, "tổ dân phố"), Q("98,2% hộ", 98.2, "%"), Q("95,3% hộ", 95.3, "%"),
 Q("117/121 khu dân cư", 117, "khu dân cư"), Q("khoảng 4,8 tỷ đồng", 4800000000, "đồng", "approx"), Q("2.600 m2", 2600, "m2"),
 Q("35 kiệt, hẻm", 35, "kiệt, hẻm"), Q("182 camera an ninh", 182, "camera an ninh"),
 Q("121 tổ an ninh trật tự tự quản", 121, "tổ an ninh trật tự tự quản"), Q("68 tổ", 68, "tổ"), Q("52/58 vụ việc", 52, "vụ việc"),
 Q("1,27 tỷ đồng", 1270000000, "đồng"), Q("8 nhà \"Đại đoàn kết\"", 8, "nhà \"Đại đoàn kết\""), Q("60 triệu đồng", 60000000, "đồng"),
 Q("146 hộ", 146, "hộ"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("3 tập thể", 3, "tập thể"), Q("15 tập thể", 15, "tập thể"),
 Q("22 cá nhân", 22, "cá nhân")],
[D("Kế hoạch", "96", "KH-MTTQ-BTT", None, None, "Kế hoạch số 96/KH-MTTQ-BTT"),
 D("Nghị quyết", "64", "2023/NQ-HĐND", None, "HĐND thành phố", "Nghị quyết số 64/2023/NQ-HĐND"),
 D("Kết luận", "18", "KL/TW", None, "Ban Bí thư", "Kết luận số 18-KL/TW"),
 D("Quy định", "124", "QĐ/TW", None, None, "Quy định 124-QĐ/TW")],
[prov("Đà Nẵng"), com("Mỹ An"), com("Khuê Mỹ"), com("Hòa Hải"), com("Hòa Quý")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN NGŨ HÀNH SƠN", "Bạn đang xem: Trang chủ > Tin hoạt động > Mặt trận quận", "Toàn cảnh hội nghị.",
 "Năm xây dựng văn hóa, văn minh đô thị", "Gia đình văn hóa", "Khu dân cư văn hóa", "Nhân dân tự quản bảo vệ môi trường",
 "Vì người nghèo", "Khu dân cư văn minh, không rác thải nhựa", "Lượt xem: 1.532"],
["Thứ Sáu, 05/01/2024, 08:05", "năm 2023", "năm 2024", "lần thứ VIII", "nhiệm kỳ 2024 - 2029", "tổ dân phố 41", "tổ dân phố 15", "Lượt xem: 1.532"]))

PAGES.append(page("b4704-hcm-govap-giaoban-quy1-2024", """
BAN DÂN VẬN QUẬN ỦY GÒ VẤP
Trang chủ › Tin tức › Công tác dân vận
24/04/2024 06:00
Ảnh: Đồng chí Nguyễn Thị Thu Vân phát biểu kết luận.
Gò Vấp: Dân vận khéo ở khu phố góp phần chỉnh trang đô thị
Ngày 22/4, Ban Dân vận Quận ủy Gò Vấp tổ chức giao ban khối dân vận quý I/2024 với Ban Dân vận Đảng ủy, khối dân vận 16 phường. Chủ trì có đồng chí Nguyễn Thị Thu Vân, Ủy viên Ban Thường vụ Quận ủy, Trưởng Ban Dân vận Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận Gò Vấp, TP Hồ Chí Minh.
Theo báo cáo, quý I, các Ban điều hành khu phố đã vận động 1.214 hộ dân trên 37 tuyến hẻm tự nguyện tháo dỡ mái che, bảng hiệu lấn chiếm, giải phóng hơn 4.100 m2 vỉa hè; 9 tuyến hẻm ở phường 5, phường 10 và phường 17 được mở rộng nhờ người dân hiến gần 560 m2 đất. Khối dân vận cũng phối hợp rà soát 632 hộ có nhà trong hẻm sâu, hẻm cụt để vận động lắp bình chữa cháy, đến nay 587 hộ đã trang bị, đạt 92,9%.
Thực hiện Chỉ thị số 25-CT/TU ngày 18/12/2023 của Ban Thường vụ Thành ủy và Kế hoạch số 118-KH/QU của Quận ủy về xây dựng "Khu phố sáng - xanh - sạch - an toàn", đã có 38/124 khu phố đăng ký đạt chuẩn trong năm 2024. Đồng chí Lâm Văn Tài, Phó Trưởng Ban Thường trực Ban Dân vận Quận ủy, cho biết tỷ lệ khu phố có tổ dân vận hoạt động đều đạt 100%; các tổ đã tham gia giải quyết 46 vụ việc mâu thuẫn, tranh chấp trong khu dân cư.
Tại giao ban, bà Kha Thị Lan, người Hoa, Trưởng ban công tác Mặt trận khu phố 6, phường 17, chia sẻ cách vận động 14 hộ kinh doanh ăn uống đóng góp 70 triệu đồng lắp đèn chiếu sáng hẻm. Ông Dương Văn Bé Năm, Bí thư Chi bộ kiêm Trưởng khu phố 3, phường 10, đề nghị quận có chế độ hỗ trợ thêm cho tổ trưởng tổ dân phố vì từ tháng 1/2024 mức hỗ trợ theo Nghị quyết số 35/2023/NQ-HĐND của HĐND Thành phố chỉ còn áp dụng với một số chức danh.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam quận: Trương Văn Lực, Hứa Thị Bích Trâm báo cáo việc chuẩn bị Đại hội đại biểu MTTQ Việt Nam các phường nhiệm kỳ 2024 - 2029, dự kiến hoàn thành trước ngày 30/6. Phường 5 được chọn tổ chức đại hội điểm của quận.
Kết luận giao ban, đồng chí Nguyễn Thị Thu Vân đề nghị quý II tập trung vận động nhân dân thực hiện Kết luận 18, 19-KL/QU của Ban Thường vụ Quận ủy về chỉnh trang đô thị và về phát huy vai trò người có uy tín trong đồng bào người Hoa; tổ chức ít nhất 16 buổi đối thoại giữa Chủ tịch UBND phường với nhân dân khu phố.
Hồng Nhung
Lượt xem: 877
Tin khác
- Phường 17 ra mắt mô hình "Hẻm không rác" (15/04/2024)
- Gò Vấp tổng kết công tác dân vận năm 2023 (28/12/2023)
- Hội nghị giao ban khối dân vận quý IV/2023 (12/01/2024)
""", "2024-04-24", "Gò Vấp: Dân vận khéo ở khu phố góp phần chỉnh trang đô thị",
E("giao_ban", "2024-Q1", "2024-04-22"),
[P("Nguyễn Thị Thu Vân", "Ủy viên Ban Thường vụ Quận ủy", "Trưởng Ban Dân vận Quận ủy", "Chủ tịch Ủy ban MTTQ Việt Nam quận Gò Vấp"),
 P("Lâm Văn Tài", "Phó Trưởng Ban Thường trực Ban Dân vận Quận ủy"),
 P("Kha Thị Lan", "Trưởng ban công tác Mặt trận khu phố 6"),
 P("Dương Văn Bé Năm", "Bí thư Chi bộ kiêm Trưởng khu phố 3"),
 P("Trương Văn Lực", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Hứa Thị Bích Trâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận")],
[Q("16 phường", 16, "phường"), Q("1.214 hộ dân", 1214, "hộ dân"), Q("37 tuyến hẻm", 37, "tuyến hẻm"), Q("hơn 4.100 m2", 4100, "m2", "over"),
 Q("9 tuyến hẻm", 9, "tuyến hẻm"), Q("gần 560 m2", 560, "m2", "approx"), Q("632 hộ", 632, "hộ"), Q("587 hộ", 587, "hộ"),
 Q("92,9%", 92.9, "%"), Q("38/124 khu phố", 38, "khu phố"), Q("100%", 100, "%"), Q("46 vụ việc mâu thuẫn, tranh chấp", 46, "vụ việc mâu thuẫn, tranh chấp"),
 Q("14 hộ kinh doanh ăn uống", 14, "hộ kinh doanh ăn uống"), Q("70 triệu đồng", 70000000, "đồng"),
 Q("ít nhất 16 buổi đối thoại", 16, "buổi đối thoại", "over")],
[D("Chỉ thị", "25", "CT/TU", "2023-12-18", "Ban Thường vụ Thành ủy", "Chỉ thị số 25-CT/TU ngày 18/12/2023"),
 D("Kế hoạch", "118", "KH/QU", None, "Quận ủy", "Kế hoạch số 118-KH/QU"),
 D("Nghị quyết", "35", "2023/NQ-HĐND", None, "HĐND Thành phố", "Nghị quyết số 35/2023/NQ-HĐND"),
 D("Kết luận", "18", "KL/QU", None, "Ban Thường vụ Quận ủy", "Kết luận 18, 19-KL/QU"),
 D("Kết luận", "19", "KL/QU", None, "Ban Thường vụ Quận ủy", "Kết luận 18, 19-KL/QU")],
[prov("Hồ Chí Minh"), com("phường 5"), com("phường 10"), com("phường 17")],
["BAN DÂN VẬN QUẬN ỦY GÒ VẤP", "Trang chủ › Tin tức › Công tác dân vận", "Ảnh: Đồng chí Nguyễn Thị Thu Vân phát biểu kết luận.",
 "Khu phố sáng - xanh - sạch - an toàn", "Dân vận khéo", "Lượt xem: 877"],
["24/04/2024 06:00", "quý I/2024", "quý I", "quý II", "năm 2024", "khu phố 6", "khu phố 3", "tháng 1/2024", "nhiệm kỳ 2024 - 2029",
 "ngày 30/6", "Lượt xem: 877"]))

PAGES.append(page("b4705-hanoi-chandung-totruong-2024", """
Báo Đại Đoàn Kết - Cơ quan Trung ương của Mặt trận Tổ quốc Việt Nam
Xã hội › Gương sáng › Chuyện tử tế
Thứ Ba, 18/06/2024 - 07:45
Bà Tạ Thị Thu Hằng (thứ hai từ trái) trao đổi với người dân trong ngõ. Ảnh: Q.T
Người "giữ lửa" ở tổ dân phố số 6
Gần 20 năm làm tổ trưởng, rồi kiêm Trưởng ban công tác Mặt trận, bà Tạ Thị Thu Hằng ở phường Phúc Tân (quận Hoàn Kiếm, Hà Nội) vẫn giữ thói quen mỗi sáng đi một vòng quanh các ngõ ven sông Hồng để "nhìn xem nhà ai có chuyện".
Tổ dân phố số 6 có 218 hộ với khoảng 860 nhân khẩu, phần lớn là lao động tự do, nhiều hộ sống trong những căn nhà chưa đầy 20 m2 ở bãi giữa và ven đê. Khi bà Hằng nhận nhiệm vụ năm 2005, tổ có 31 hộ nghèo và 7 người nghiện ma túy. "Muốn dân nghe thì mình phải đến tận nhà, ngồi nghe dân nói trước đã", bà kể.
Bằng cách đó, bà cùng Ban công tác Mặt trận vận động 42 hộ tự tháo dỡ công trình lấn chiếm bờ đê, góp gần 300 triệu đồng bê tông hóa 5 ngõ nhỏ, lắp 64 bóng đèn và 11 camera. Từ năm 2019 đến nay, tổ không còn hộ nghèo; 9 năm liền đạt danh hiệu "Tổ dân phố văn hóa". Tổ hòa giải do bà làm tổ trưởng đã hòa giải thành 23 vụ việc mâu thuẫn gia đình, hàng xóm.
Ông Lý Văn Hợi, người Dao, Bí thư Chi bộ tổ dân phố số 6, nhận xét: "Chị Hằng nhỏ người nhưng nói là dân nghe, vì việc gì chị cũng làm trước". Bà Chu Thị Bích Ngọc, Chủ tịch Ủy ban MTTQ Việt Nam phường Phúc Tân, cho biết mô hình "Ngõ phố bình yên" mà bà Hằng khởi xướng đã được nhân rộng ra 12/16 tổ dân phố của phường, góp phần đưa phường đạt chuẩn văn minh đô thị theo Quyết định số 1562/QĐ-UBND của UBND thành phố.
Năm 2023, bà Hằng là một trong 50 cá nhân tiêu biểu được Ủy ban MTTQ Việt Nam thành phố Hà Nội tôn vinh tại hội nghị biểu dương "Người tốt, việc tốt" ở khu dân cư, được nhận bằng khen và 3 triệu đồng. Trước đó, bà 2 lần được Chủ tịch UBND thành phố tặng bằng khen theo Kế hoạch số 45, 46/KH-UBND về thi đua xây dựng khu dân cư văn minh.
Nay đã 67 tuổi, bà Hằng vẫn chưa nghĩ đến chuyện nghỉ. Với bà, việc khó nhất bây giờ là vận động khoảng 40 hộ còn ở trong vùng di dời ven sông theo quy hoạch phân khu đô thị sông Hồng. "Dân mình thương nhà, thương ngõ; phải nói cho dân hiểu thì dân mới đi", bà nói.
Đồng chí Nguyễn Văn Phong, Phó Bí thư Thường trực Quận ủy Hoàn Kiếm, cho rằng những tổ trưởng như bà Hằng là "cánh tay nối dài" của chính quyền ở cơ sở và đề nghị phường kịp thời khen thưởng, nhân rộng.
Quỳnh Trang
Lượt đọc: 6.320
Tin cùng chuyên mục
- Ông tổ trưởng 80 tuổi "gác cổng" phố cổ (10/06/2024)
- Chuyện người Trưởng ban công tác Mặt trận ở khu tập thể Kim Liên (02/06/2024)
- Nữ tổ trưởng dân phố vận động 100 hộ hiến đất (25/05/2024)
""", "2024-06-18", "Người \"giữ lửa\" ở tổ dân phố số 6",
E("khac", None, None),
[P("Tạ Thị Thu Hằng", "tổ trưởng", "Trưởng ban công tác Mặt trận"),
 P("Lý Văn Hợi", "Bí thư Chi bộ tổ dân phố số 6"),
 P("Chu Thị Bích Ngọc", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phúc Tân"),
 P("Nguyễn Văn Phong", "Phó Bí thư Thường trực Quận ủy Hoàn Kiếm")],
[Q("218 hộ", 218, "hộ"), Q("khoảng 860 nhân khẩu", 860, "nhân khẩu", "approx"), Q("chưa đầy 20 m2", 20, "m2", "approx"),
 Q("31 hộ nghèo", 31, "hộ nghèo"), Q("7 người nghiện ma túy", 7, "người nghiện ma túy"), Q("42 hộ", 42, "hộ"),
 Q("gần 300 triệu đồng", 300000000, "đồng", "approx"), Q("5 ngõ", 5, "ngõ"), Q("64 bóng đèn", 64, "bóng đèn"), Q("11 camera", 11, "camera"),
 Q("23 vụ việc mâu thuẫn gia đình, hàng xóm", 23, "vụ việc mâu thuẫn gia đình, hàng xóm"), Q("12/16 tổ dân phố", 12, "tổ dân phố"),
 Q("50 cá nhân tiêu biểu", 50, "cá nhân tiêu biểu"), Q("3 triệu đồng", 3000000, "đồng"), Q("khoảng 40 hộ", 40, "hộ", "approx")],
[D("Quyết định", "1562", "QĐ-UBND", None, "UBND thành phố", "Quyết định số 1562/QĐ-UBND"),
 D("Kế hoạch", "45", "KH-UBND", None, None, "Kế hoạch số 45, 46/KH-UBND"),
 D("Kế hoạch", "46", "KH-UBND", None, None, "Kế hoạch số 45, 46/KH-UBND")],
[prov("Hà Nội"), com("Phúc Tân")],
["Báo Đại Đoàn Kết - Cơ quan Trung ương của Mặt trận Tổ quốc Việt Nam", "Xã hội › Gương sáng › Chuyện tử tế",
 "Bà Tạ Thị Thu Hằng (thứ hai từ trái) trao đổi với người dân trong ngõ. Ảnh: Q.T", "giữ lửa", "Tổ dân phố văn hóa",
 "Ngõ phố bình yên", "Người tốt, việc tốt", "cánh tay nối dài", "Lượt đọc: 6.320"],
["Thứ Ba, 18/06/2024 - 07:45", "Gần 20 năm", "năm 2005", "Từ năm 2019", "9 năm liền", "Năm 2023", "2 lần", "67 tuổi",
 "tổ dân phố số 6", "Lượt đọc: 6.320"]))

PAGES.append(page("b4706-danang-haichau-ramat-todanpho-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HẢI CHÂU - THÀNH PHỐ ĐÀ NẴNG
Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể
12/09/2025 16:20
Phường Hải Châu ra mắt 86 Ban công tác Mặt trận tổ dân phố sau sắp xếp
Sáng 11/9, Đảng ủy - HĐND - UBND - Ủy ban MTTQ Việt Nam phường Hải Châu tổ chức hội nghị công bố quyết định thành lập tổ dân phố và ra mắt 86 Ban công tác Mặt trận tổ dân phố sau sắp xếp. Đây là phường đầu tiên của thành phố Đà Nẵng (mới) hoàn thành việc kiện toàn Ban công tác Mặt trận ở khu dân cư sau khi vận hành chính quyền địa phương 2 cấp.
Các đại biểu tặng hoa chúc mừng Ban công tác Mặt trận các tổ dân phố. Ảnh: Minh Trí
Dự hội nghị có đồng chí Lê Thị Bích Thuận, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Đà Nẵng; đồng chí Phan Văn Tư, Bí thư Đảng ủy, Chủ tịch HĐND phường Hải Châu; đồng chí Võ Thị Như Ý, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường.
Theo đề án sắp xếp, phường Hải Châu được thành lập trên cơ sở 8 phường cũ, có diện tích 12,4 km2 với hơn 102.000 nhân khẩu. Thực hiện Nghị quyết số 1659/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của thành phố Đà Nẵng, cùng Quyết định số 285/QĐ-UBND ngày 28/8/2025 của UBND phường, 249 tổ dân phố trước đây được sắp xếp lại thành 86 tổ dân phố, mỗi tổ bình quân khoảng 370 hộ.
Đồng chí Võ Thị Như Ý cho biết, Ban Thường trực Ủy ban MTTQ Việt Nam phường đã ban hành Hướng dẫn số 03/HD-MTTQ-BTT về kiện toàn Ban công tác Mặt trận, bảo đảm mỗi Ban có từ 5 thành viên trở lên, trong đó có đại diện Chi hội Cựu chiến binh, Chi hội Phụ nữ, Chi đoàn Thanh niên và người có uy tín. Tổng số 512 thành viên Ban công tác Mặt trận được công nhận, 38% là nữ, 12% dưới 40 tuổi.
Phát biểu tại hội nghị, đồng chí Phan Văn Tư đề nghị đội ngũ Trưởng tổ dân phố, Trưởng ban công tác Mặt trận sớm nắm chắc địa bàn mới, tổ chức ngay hội nghị tổ dân phố để người dân biết, liên hệ; thực hiện tốt Kết luận số 150-KL/TW của Bộ Chính trị và Hướng dẫn 31, 32-HD/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương.
Thay mặt các tổ dân phố, ông Hồ Văn Sáu, Trưởng tổ dân phố Thạch Thang 3, kiêm Trưởng ban công tác Mặt trận, phát biểu nhận nhiệm vụ; bà Trần Thị Lệ Thủy, Trưởng ban công tác Mặt trận tổ dân phố Phước Ninh 2, đề xuất phường sớm bố trí nơi sinh hoạt cho 14 tổ dân phố chưa có nhà văn hóa.
Dịp này, Ủy ban MTTQ Việt Nam phường tặng 86 bộ tài liệu nghiệp vụ và 86 lá cờ Tổ quốc cho các tổ dân phố. Tỉnh Quảng Nam cũ và thành phố Đà Nẵng đã hợp nhất từ ngày 1/7/2025.
Minh Trí
Lượt truy cập: 2.118
Tin liên quan
- Phường Hòa Cường tổ chức hội nghị tổ dân phố (10/09/2025)
- Đà Nẵng hướng dẫn kiện toàn tổ dân phố sau sắp xếp (05/09/2025)
- Ủy ban MTTQ phường Hải Châu ra mắt (01/07/2025)
""", "2025-09-12", "Phường Hải Châu ra mắt 86 Ban công tác Mặt trận tổ dân phố sau sắp xếp",
E("hoi_nghi", None, "2025-09-11"),
[P("Lê Thị Bích Thuận", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Đà Nẵng"),
 P("Phan Văn Tư", "Bí thư Đảng ủy", "Chủ tịch HĐND phường Hải Châu"),
 P("Võ Thị Như Ý", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Hồ Văn Sáu", "Trưởng tổ dân phố Thạch Thang 3", "Trưởng ban công tác Mặt trận"),
 P("Trần Thị Lệ Thủy", "Trưởng ban công tác Mặt trận tổ dân phố Phước Ninh 2")],
[Q("86 Ban công tác Mặt trận tổ dân phố", 86, "Ban công tác Mặt trận tổ dân phố"), Q("8 phường cũ", 8, "phường"),
 Q("12,4 km2", 12.4, "km2"), Q("hơn 102.000 nhân khẩu", 102000, "nhân khẩu", "over"), Q("249 tổ dân phố", 249, "tổ dân phố"),
 Q("86 tổ dân phố", 86, "tổ dân phố"), Q("khoảng 370 hộ", 370, "hộ", "approx"), Q("từ 5 thành viên trở lên", 5, "thành viên", "over"),
 Q("512 thành viên Ban công tác Mặt trận", 512, "thành viên Ban công tác Mặt trận"), Q("38%", 38, "%"), Q("12%", 12, "%"),
 Q("14 tổ dân phố", 14, "tổ dân phố"), Q("86 bộ tài liệu nghiệp vụ", 86, "bộ tài liệu nghiệp vụ"), Q("86 lá cờ Tổ quốc", 86, "lá cờ Tổ quốc")],
[D("Nghị quyết", "1659", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1659/NQ-UBTVQH15 ngày 16/6/2025"),
 D("Quyết định", "285", "QĐ-UBND", "2025-08-28", "UBND phường", "Quyết định số 285/QĐ-UBND ngày 28/8/2025"),
 D("Hướng dẫn", "03", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam phường", "Hướng dẫn số 03/HD-MTTQ-BTT"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150-KL/TW"),
 D("Hướng dẫn", "31", "HD/BTGDVTW", None, "Ban Tuyên giáo và Dân vận Trung ương", "Hướng dẫn 31, 32-HD/BTGDVTW"),
 D("Hướng dẫn", "32", "HD/BTGDVTW", None, "Ban Tuyên giáo và Dân vận Trung ương", "Hướng dẫn 31, 32-HD/BTGDVTW")],
[prov("Đà Nẵng"), com("Hải Châu"), prov("Quảng Nam")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HẢI CHÂU - THÀNH PHỐ ĐÀ NẴNG", "Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể",
 "Các đại biểu tặng hoa chúc mừng Ban công tác Mặt trận các tổ dân phố. Ảnh: Minh Trí", "Lượt truy cập: 2.118"],
["12/09/2025 16:20", "2 cấp", "40 tuổi", "ngày 1/7/2025", "Thạch Thang 3", "Phước Ninh 2", "Lượt truy cập: 2.118"]))

PAGES.append(page("b4707-hcm-benthanh-mttq-tongket-2025", """
BÁO NGƯỜI LAO ĐỘNG ĐIỆN TỬ
Thời sự > Chính trị
Thứ Sáu, 26/12/2025 | 19:30
Khu phố "đổi mới" sau sắp xếp: nhiều cách làm hay ở phường Bến Thành
(NLĐO) - Chiều 25-12, Ủy ban MTTQ Việt Nam phường Bến Thành, TP Hồ Chí Minh, tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026 - năm đầu tiên phường hoạt động trọn vẹn theo mô hình chính quyền địa phương 2 cấp.
Bà Nguyễn Phước Minh Thư phát biểu tại hội nghị. Ảnh: NGỌC ANH
Dự hội nghị có bà Nguyễn Phước Minh Thư, Phó Chủ tịch Ủy ban MTTQ Việt Nam TP Hồ Chí Minh; ông Trần Quốc Việt, Bí thư Đảng ủy phường Bến Thành; bà Diệp Thị Bảo Châu, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường.
Theo báo cáo, sau khi TP Hồ Chí Minh hợp nhất với tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu, phường Bến Thành được thành lập từ 4 phường cũ, có 54 khu phố với hơn 14.300 hộ. Ngay từ tháng 7, Mặt trận phường đã tham mưu Đảng ủy ban hành Kế hoạch số 12-KH/ĐU về kiện toàn Ban công tác Mặt trận ở 54/54 khu phố; đến tháng 9, 100% khu phố có Trưởng khu phố, Bí thư chi bộ và Trưởng ban công tác Mặt trận mới.
Năm 2025, Mặt trận phường và các khu phố vận động Quỹ "Vì người nghèo" hơn 2,35 tỷ đồng; hỗ trợ 63 hộ nghèo, hộ cận nghèo; cùng Công an phường duy trì 54 tổ bảo vệ an ninh trật tự ở cơ sở với 318 thành viên. Phường đã tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 54 khu phố; 52 khu phố đạt chuẩn "Khu phố văn minh - sạch - an toàn". Tại khu phố 9 (trước thuộc phường Phạm Ngũ Lão), 126 hộ kinh doanh lưu trú đã ký cam kết không để khách nước ngoài xả rác, gây ồn ào.
Tham luận tại hội nghị, ông Mã Chí Hào, người Hoa, Trưởng khu phố 21, chia sẻ việc lập "tổ Zalo" kết nối 460 chủ hộ; bà Thái Thị Ngọc Lan, Bí thư Chi bộ, Trưởng ban công tác Mặt trận khu phố 4, cho biết khu phố vận động được 26 suất học bổng, mỗi suất 1,5 triệu đồng cho học sinh khó khăn.
Phát biểu chỉ đạo, bà Nguyễn Phước Minh Thư đề nghị Mặt trận phường thực hiện tốt Quyết định số 297-QĐ/TW, 298-QĐ/TW của Bộ Chính trị và Ban Bí thư về chức năng, nhiệm vụ của Mặt trận Tổ quốc sau sắp xếp; chuẩn bị chu đáo cho cuộc bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 - 2031, dự kiến diễn ra trong tháng 3/2026.
Dịp này, Ủy ban MTTQ Việt Nam phường tặng giấy khen cho 18 tập thể và 34 cá nhân có thành tích xuất sắc năm 2025.
NGỌC ANH
Lượt xem: 3.774
Tin liên quan
- Phường Sài Gòn tổng kết công tác Mặt trận năm 2025 (24/12/2025)
- Phường Tân Định ra mắt mô hình "Khu phố không rác" (18/12/2025)
- TP HCM: hơn 3.000 khu phố tổ chức Ngày hội Đại đoàn kết (20/11/2025)
""", "2025-12-26", "Khu phố \"đổi mới\" sau sắp xếp: nhiều cách làm hay ở phường Bến Thành",
E("tong_ket", "2025", "2025-12-25"),
[P("Nguyễn Phước Minh Thư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam TP Hồ Chí Minh"),
 P("Trần Quốc Việt", "Bí thư Đảng ủy phường Bến Thành"),
 P("Diệp Thị Bảo Châu", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Mã Chí Hào", "Trưởng khu phố 21"),
 P("Thái Thị Ngọc Lan", "Bí thư Chi bộ", "Trưởng ban công tác Mặt trận khu phố 4")],
[Q("4 phường cũ", 4, "phường"), Q("54 khu phố", 54, "khu phố"), Q("hơn 14.300 hộ", 14300, "hộ", "over"), Q("54/54 khu phố", 54, "khu phố"),
 Q("100% khu phố", 100, "%"), Q("hơn 2,35 tỷ đồng", 2350000000, "đồng", "over"), Q("63 hộ nghèo, hộ cận nghèo", 63, "hộ nghèo, hộ cận nghèo"),
 Q("54 tổ bảo vệ an ninh trật tự ở cơ sở", 54, "tổ bảo vệ an ninh trật tự"), Q("318 thành viên", 318, "thành viên"),
 Q("52 khu phố", 52, "khu phố"), Q("126 hộ kinh doanh lưu trú", 126, "hộ kinh doanh lưu trú"), Q("460 chủ hộ", 460, "chủ hộ"),
 Q("26 suất học bổng", 26, "suất học bổng"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("18 tập thể", 18, "tập thể"), Q("34 cá nhân", 34, "cá nhân")],
[D("Kế hoạch", "12", "KH/ĐU", None, "Đảng ủy", "Kế hoạch số 12-KH/ĐU"),
 D("Quyết định", "297", "QĐ/TW", None, "Bộ Chính trị và Ban Bí thư", "Quyết định số 297-QĐ/TW"),
 D("Quyết định", "298", "QĐ/TW", None, "Bộ Chính trị và Ban Bí thư", "298-QĐ/TW")],
[prov("Hồ Chí Minh"), com("Bến Thành"), prov("Bình Dương"), prov("Bà Rịa - Vũng Tàu"), com("Phạm Ngũ Lão")],
["BÁO NGƯỜI LAO ĐỘNG ĐIỆN TỬ", "Thời sự > Chính trị", "(NLĐO)", "Bà Nguyễn Phước Minh Thư phát biểu tại hội nghị. Ảnh: NGỌC ANH",
 "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc", "Khu phố văn minh - sạch - an toàn", "tổ Zalo", "Lượt xem: 3.774"],
["Thứ Sáu, 26/12/2025 | 19:30", "năm 2025", "năm 2026", "2 cấp", "tháng 7", "tháng 9", "khu phố 9", "khu phố 21", "khu phố 4",
 "khóa XVI", "nhiệm kỳ 2026 - 2031", "tháng 3/2026", "Lượt xem: 3.774"]))

PAGES.append(page("b4708-haiphong-thanhdong-giaoban-quy1-2026", """
ĐẢNG BỘ PHƯỜNG THÀNH ĐÔNG - THÀNH PHỐ HẢI PHÒNG
You are here: Trang chủ » Tin tức » Công tác dân vận
Thứ Tư, 08/04/2026
Ngày đăng 07/04/2026 | 15:40
Phường Thành Đông: 42 tổ dân phố ký giao ước thi đua xây dựng khu dân cư văn minh
Chiều 6/4, Đảng ủy phường Thành Đông tổ chức hội nghị giao ban công tác dân vận và Mặt trận quý I/2026 với các chi bộ, Ban công tác Mặt trận và trưởng 42 tổ dân phố. Đồng chí Nông Thị Hồng, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận phường chủ trì; dự có đồng chí Đặng Văn Tuấn, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng.
Trưởng các tổ dân phố ký giao ước thi đua. Ảnh: Thanh Hương
Báo cáo giao ban cho biết, quý I, khối dân vận phường đã phối hợp tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 với tỷ lệ cử tri đi bầu đạt 99,72%; 42/42 tổ dân phố hoàn thành trước 15 giờ. Thực hiện Kế hoạch số 08-KH/ĐU của Ban Thường vụ Đảng ủy phường về "Năm dân vận chính quyền 2026", 100% cán bộ, công chức phường được phân công phụ trách tổ dân phố; đã tổ chức 2 hội nghị đối thoại với nhân dân, tiếp nhận 31 ý kiến, giải quyết xong 27 ý kiến.
Trong dịp Tết Bính Ngọ, Ủy ban MTTQ Việt Nam phường vận động trao 1.150 suất quà trị giá hơn 690 triệu đồng cho hộ nghèo, hộ cận nghèo, người cao tuổi cô đơn; hỗ trợ sửa chữa 3 căn nhà cho hộ khó khăn, mỗi căn 40 triệu đồng theo Hướng dẫn số 05/HD-MTTQ-BTT ngày 5/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố.
Tại hội nghị, 42 tổ dân phố đã ký giao ước thi đua thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2026. Ông Nguyễn Văn Khánh, Trưởng tổ dân phố Đông Ngàn 1, đề nghị phường bổ sung 15 camera an ninh ở các ngõ; bà Vũ Thị Dung, Trưởng ban công tác Mặt trận tổ dân phố Bình Lâu, phản ánh việc thu gom rác chưa đúng giờ sau khi thay đổi đơn vị thu gom.
Đồng chí Đặng Văn Tuấn đánh giá cao cách làm của Đảng ủy phường và đề nghị quý II tập trung triển khai Nghị quyết số 05-NQ/TU, 06-NQ/TU của Ban Chấp hành Đảng bộ thành phố về phát triển đô thị Hải Dương cũ thành trung tâm phía Tây của Hải Phòng, gắn với phát huy vai trò trưởng tổ dân phố, người có uy tín. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam phường: Phạm Thị Thanh Xuân, Hoàng Đức Anh được giao theo dõi việc thực hiện giao ước.
Kết luận, đồng chí Nông Thị Hồng yêu cầu mỗi chi bộ tổ dân phố xây dựng ít nhất 1 mô hình "Dân vận khéo"; phấn đấu cuối năm 2026 có trên 90% tổ dân phố đạt danh hiệu "Tổ dân phố văn hóa".
Thanh Hương
Lượt xem: 1.064
Tin khác
- Phường Hải Dương tổ chức giao ban dân vận quý I/2026 (03/04/2026)
- Hải Phòng: 99,6% cử tri đi bầu cử (16/03/2026)
- Phường Lê Thanh Nghị ra mắt tổ dân vận (20/01/2026)
""", "2026-04-07", "Phường Thành Đông: 42 tổ dân phố ký giao ước thi đua xây dựng khu dân cư văn minh",
E("giao_ban", "2026-Q1", "2026-04-06"),
[P("Nông Thị Hồng", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận phường"),
 P("Đặng Văn Tuấn", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng"),
 P("Nguyễn Văn Khánh", "Trưởng tổ dân phố Đông Ngàn 1"),
 P("Vũ Thị Dung", "Trưởng ban công tác Mặt trận tổ dân phố Bình Lâu"),
 P("Phạm Thị Thanh Xuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Hoàng Đức Anh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("42 tổ dân phố", 42, "tổ dân phố"), Q("99,72%", 99.72, "%"), Q("42/42 tổ dân phố", 42, "tổ dân phố"), Q("100% cán bộ, công chức", 100, "%"),
 Q("2 hội nghị đối thoại", 2, "hội nghị đối thoại"), Q("31 ý kiến", 31, "ý kiến"), Q("27 ý kiến", 27, "ý kiến"),
 Q("1.150 suất quà", 1150, "suất quà"), Q("hơn 690 triệu đồng", 690000000, "đồng", "over"), Q("3 căn nhà", 3, "căn nhà"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("15 camera an ninh", 15, "camera an ninh"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"),
 Q("trên 90%", 90, "%", "over")],
[D("Kế hoạch", "08", "KH/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kế hoạch số 08-KH/ĐU"),
 D("Hướng dẫn", "05", "HD-MTTQ-BTT", "2026-01-05", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Hướng dẫn số 05/HD-MTTQ-BTT ngày 5/1/2026"),
 D("Nghị quyết", "05", "NQ/TU", None, "Ban Chấp hành Đảng bộ thành phố", "Nghị quyết số 05-NQ/TU"),
 D("Nghị quyết", "06", "NQ/TU", None, "Ban Chấp hành Đảng bộ thành phố", "06-NQ/TU")],
[prov("Hải Phòng"), com("Thành Đông")],
["ĐẢNG BỘ PHƯỜNG THÀNH ĐÔNG - THÀNH PHỐ HẢI PHÒNG", "You are here: Trang chủ » Tin tức » Công tác dân vận",
 "Trưởng các tổ dân phố ký giao ước thi đua. Ảnh: Thanh Hương", "Năm dân vận chính quyền 2026",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Dân vận khéo", "Tổ dân phố văn hóa", "Lượt xem: 1.064"],
["Thứ Tư, 08/04/2026", "Ngày đăng 07/04/2026 | 15:40", "quý I/2026", "quý II", "khóa XVI", "nhiệm kỳ 2026 - 2031", "15 giờ",
 "Tết Bính Ngọ", "năm 2026", "Đông Ngàn 1", "Lượt xem: 1.064"]))
