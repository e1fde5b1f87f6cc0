from lib import *
PAGES = []

PAGES.append(page("b5465-cantho-phuong-soket-2023", """
BÁO CẦN THƠ ONLINE
Thời sự | Chính trị | Mặt trận - Đoàn thể
Cập nhật: 09:42, 08/07/2023 (GMT+7)
Hòa giải thành 94% vụ việc ở khu vực
(CT) - Chiều 7/7, Ủy ban MTTQ Việt Nam phường An Khánh, quận Ninh Kiều, TP Cần Thơ tổ chức sơ kết công tác hòa giải ở cơ sở và giám sát, phản biện xã hội 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Huỳnh Thanh Phong, Quận ủy viên, Bí thư Đảng ủy phường An Khánh dự và chỉ đạo.
Đồng chí Huỳnh Thanh Phong phát biểu tại hội nghị sơ kết.
Theo báo cáo, 6 tháng đầu năm 2023, 9 tổ hòa giải ở 9 khu vực của phường với 63 hòa giải viên đã tiếp nhận 33 vụ việc, hòa giải thành 31 vụ việc, đạt 94%; 2 vụ việc không thành đã hướng dẫn đương sự liên hệ Tòa án nhân dân quận. Phường phối hợp Trung tâm Trợ giúp pháp lý nhà nước thành phố tổ chức 2 buổi tư vấn pháp luật miễn phí cho khoảng 160 người dân, trong đó có 45 hộ cận nghèo và 12 người khuyết tật.
Ban Thường trực Ủy ban MTTQ phường đã triển khai Kế hoạch số 05/KH-MTTQ-BTT ngày 10/1/2023 về giám sát hoạt động của tổ hòa giải; thực hiện Quy định 124-QĐ/TW của Ban Bí thư về giám sát của Mặt trận Tổ quốc và nhân dân đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên. Qua giám sát, Mặt trận kiến nghị UBND phường bổ sung 5 hòa giải viên là người trẻ, có trình độ luật.
Ông Lâm Văn Dũng, Trưởng Ban công tác Mặt trận khu vực 3, Tổ trưởng Tổ hòa giải khu vực 3, cho biết tổ đã hòa giải thành vụ tranh chấp lối đi giữa 4 hộ kéo dài hơn 2 năm. Bà Thạch Thị Sa Ra, người dân khu vực 5, phản ánh một số hộ cho thuê nhà trọ chưa khai báo tạm trú, dễ phát sinh mâu thuẫn. Ông Trần Minh Hiếu, Trưởng khu vực 7, đề nghị phường hỗ trợ kinh phí in tờ rơi hướng dẫn quy trình hòa giải cho khoảng 1.500 người thuê trọ.
Bà Đoàn Thị Mỹ Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam phường An Khánh cho biết, tổng kinh phí hỗ trợ hòa giải 6 tháng là 18,9 triệu đồng; 6 tháng cuối năm, Mặt trận phường phấn đấu tỷ lệ hòa giải thành không dưới 90%, mỗi khu vực xây dựng ít nhất 1 mô hình "Khu vực không có đơn thư vượt cấp", đồng thời phối hợp Hội Luật gia quận thành lập câu lạc bộ pháp luật ở khu vực 6.
Phát biểu chỉ đạo, đồng chí Huỳnh Thanh Phong đề nghị các tổ hòa giải quan tâm nhóm người lao động ngoại tỉnh; thực hiện tốt Nghị quyết số 09-NQ/ĐU ngày 5/2/2023 của Đảng ủy phường và Kết luận 04, 05-KL/QU của Ban Thường vụ Quận ủy Ninh Kiều về công tác dân vận, hòa giải ở cơ sở; kịp thời biểu dương hòa giải viên có cách làm hay.
Dịp này, Ủy ban MTTQ phường tặng giấy khen cho 2 tập thể, 6 cá nhân.
Ngọc Trâm
Tin cùng chuyên mục
- Quận Bình Thủy giám sát hoạt động hòa giải ở cơ sở (03/07/2023)
- Ninh Kiều tập huấn kỹ năng hòa giải cho 200 hòa giải viên (22/06/2023)
- Trợ giúp pháp lý cho người khuyết tật ở phường Hưng Lợi (10/06/2023)
""", "2023-07-08", "Hòa giải thành 94% vụ việc ở khu vực",
E("so_ket", "2023-H1", "2023-07-07"),
[P("Huỳnh Thanh Phong", "Quận ủy viên", "Bí thư Đảng ủy phường An Khánh"),
 P("Lâm Văn Dũng", "Trưởng Ban công tác Mặt trận khu vực 3", "Tổ trưởng Tổ hòa giải khu vực 3"),
 P("Thạch Thị Sa Ra"),
 P("Trần Minh Hiếu", "Trưởng khu vực 7"),
 P("Đoàn Thị Mỹ Hạnh", "Chủ tịch Ủy ban MTTQ Việt Nam phường An Khánh")],
[Q("94%", 94, "%"), Q("9 tổ hòa giải", 9, "tổ hòa giải"), Q("9 khu vực", 9, "khu vực"), Q("63 hòa giải viên", 63, "hòa giải viên"),
 Q("33 vụ việc", 33, "vụ việc"), Q("31 vụ việc", 31, "vụ việc"), Q("2 vụ việc", 2, "vụ việc"),
 Q("2 buổi tư vấn pháp luật", 2, "buổi tư vấn pháp luật"), Q("khoảng 160 người dân", 160, "người dân", "approx"),
 Q("45 hộ cận nghèo", 45, "hộ cận nghèo"), Q("12 người khuyết tật", 12, "người khuyết tật"), Q("5 hòa giải viên", 5, "hòa giải viên"),
 Q("4 hộ", 4, "hộ"), Q("khoảng 1.500 người thuê trọ", 1500, "người thuê trọ", "approx"), Q("18,9 triệu đồng", 18900000, "đồng"),
 Q("không dưới 90%", 90, "%", "over"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("2 tập thể", 2, "tập thể"), Q("6 cá nhân", 6, "cá nhân")],
[D("Kế hoạch", "05", "KH-MTTQ-BTT", "2023-01-10", None, "Kế hoạch số 05/KH-MTTQ-BTT ngày 10/1/2023"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định 124-QĐ/TW"),
 D("Nghị quyết", "09", "NQ/ĐU", "2023-02-05", "Đảng ủy phường", "Nghị quyết số 09-NQ/ĐU ngày 5/2/2023"),
 D("Kết luận", "04", "KL/QU", None, "Ban Thường vụ Quận ủy Ninh Kiều", "Kết luận 04, 05-KL/QU"),
 D("Kết luận", "05", "KL/QU", None, "Ban Thường vụ Quận ủy Ninh Kiều", "Kết luận 04, 05-KL/QU")],
[prov("Cần Thơ"), com("An Khánh")],
["BÁO CẦN THƠ ONLINE", "Thời sự | Chính trị | Mặt trận - Đoàn thể", "(CT)", "Đồng chí Huỳnh Thanh Phong phát biểu tại hội nghị sơ kết.",
 "Khu vực không có đơn thư vượt cấp"],
["Cập nhật: 09:42, 08/07/2023 (GMT+7)", "6 tháng đầu năm 2023", "6 tháng cuối năm", "khu vực 3", "hơn 2 năm", "6 tháng"]))

PAGES.append(page("b5466-thanhhoa-hoagiaivien-chandung-2023", """
Báo Thanh Hóa
Trang chủ > Xã hội > Gương sáng
Thứ Năm, 16/11/2023, 08:05
"Người giữ lửa" hòa giải ở bản Mường
Bà Bùi Thị Xoan (bên phải) trò chuyện với người dân bản Lặn. Ảnh: Lê Hợi
Hơn 20 năm làm hòa giải viên, bà Bùi Thị Xoan, Tổ trưởng Tổ hòa giải bản Lặn, xã Thành Lâm, huyện Bá Thước, đã cùng tổ hòa giải thành hàng trăm vụ việc lớn, nhỏ. Với bà con người Mường nơi đây, "chuyện gì khó cứ tìm bà Xoan".
Bản Lặn có 214 hộ với hơn 900 nhân khẩu, 98% là đồng bào Mường. Năm 2002, bà Xoan khi đó là Chi hội trưởng Chi hội Phụ nữ bản được bà con bầu làm hòa giải viên. Theo sổ theo dõi của tổ, từ năm 2014 đến nay tổ đã tiếp nhận 167 vụ việc, hòa giải thành 159 vụ việc; riêng 10 tháng năm 2023 tổ hòa giải thành 11/12 vụ việc. Nhiều vụ tranh chấp đất rừng, lối đi, mâu thuẫn mẹ chồng - nàng dâu đã được bà và các thành viên tổ hòa giải giải quyết ngay bên bếp lửa nhà sàn.
Ông Hà Văn Tính, Bí thư Chi bộ, Trưởng bản Lặn, kể: năm 2021, hai dòng họ trong bản tranh chấp gần 2 ha đất rừng keo, có lúc xô xát. Bà Xoan cùng tổ hòa giải kiên trì đến từng nhà, mời người cao tuổi trong hai họ ngồi lại, tra lại bản đồ giao đất. Sau 5 buổi hòa giải, hai bên đã ký biên bản thống nhất ranh giới.
Ông Trương Văn Lực, Phó Chủ tịch UBND xã Thành Lâm cho biết, xã có 9 tổ hòa giải với 54 hòa giải viên; năm 2022 hòa giải thành 26/28 vụ việc, đạt 92,8%. Xã thực hiện Kế hoạch số 18/KH-UBND ngày 24/2/2023 của UBND xã về công tác phổ biến, giáo dục pháp luật và hòa giải ở cơ sở, cùng Chỉ thị số 03-CT/ĐU của Đảng ủy xã về phát huy vai trò người có uy tín trong hòa giải.
Bà Phạm Thị Hằng, Phó Trưởng phòng Phổ biến, giáo dục pháp luật Sở Tư pháp đánh giá, toàn tỉnh Thanh Hóa có 6.172 tổ hòa giải với trên 38.000 hòa giải viên; những người như bà Xoan là nòng cốt thực hiện Luật Hòa giải ở cơ sở và Quyết định số 1134/QĐ-UBND của UBND tỉnh về nâng cao năng lực hòa giải viên. Năm 2022, bà Xoan được Bộ Tư pháp tặng Bằng khen, là 1 trong 30 hòa giải viên tiêu biểu của tỉnh.
Không chỉ hòa giải, bà còn cùng Chi hội Phụ nữ vận động 35 hộ tham gia mô hình "Gia đình không có bạo lực", giúp 7 hộ thoát nghèo nhờ nuôi bò sinh sản. Ở tuổi 63, bà Xoan vẫn tham gia câu lạc bộ "Hòa giải viên giỏi" của huyện. Bà tâm sự: "Hòa giải cũng như gỡ rối sợi chỉ, phải chậm, phải khéo, không giật mạnh".
Chị Hà Thị Lan, một người dân bản Lặn từng được tổ hòa giải giúp đỡ, kể gia đình chị suýt tan vỡ vì chồng rượu chè. Bà Xoan đến nhà nhiều lần, nói chuyện với cả hai vợ chồng và bố mẹ chồng, rồi giới thiệu anh tham gia tổ vay vốn. Nay gia đình chị đã ổn định, có thu nhập từ rừng keo.
Lê Hợi
Tin liên quan
- Hội thi hòa giải viên giỏi huyện Bá Thước năm 2023 (02/11/2023)
- Quan Hóa: trợ giúp pháp lý cho đồng bào Thái (20/10/2023)
- Phụ nữ Thường Xuân tham gia hòa giải ở cơ sở (05/10/2023)
""", "2023-11-16", '"Người giữ lửa" hòa giải ở bản Mường',
E("khac", None, None),
[P("Bùi Thị Xoan", "Tổ trưởng Tổ hòa giải bản Lặn", "Chi hội trưởng Chi hội Phụ nữ bản"),
 P("Hà Văn Tính", "Bí thư Chi bộ", "Trưởng bản Lặn"),
 P("Trương Văn Lực", "Phó Chủ tịch UBND xã Thành Lâm"),
 P("Phạm Thị Hằng", "Phó Trưởng phòng Phổ biến, giáo dục pháp luật Sở Tư pháp"),
 P("Hà Thị Lan")],
[Q("214 hộ", 214, "hộ"), Q("hơn 900 nhân khẩu", 900, "nhân khẩu", "over"), Q("98%", 98, "%"),
 Q("167 vụ việc", 167, "vụ việc"), Q("159 vụ việc", 159, "vụ việc"), Q("11/12 vụ việc", 11, "vụ việc"),
 Q("gần 2 ha", 2, "ha", "approx"), Q("5 buổi hòa giải", 5, "buổi hòa giải"), Q("9 tổ hòa giải", 9, "tổ hòa giải"),
 Q("54 hòa giải viên", 54, "hòa giải viên"), Q("26/28 vụ việc", 26, "vụ việc"), Q("92,8%", 92.8, "%"),
 Q("6.172 tổ hòa giải", 6172, "tổ hòa giải"), Q("trên 38.000 hòa giải viên", 38000, "hòa giải viên", "over"),
 Q("30 hòa giải viên tiêu biểu", 30, "hòa giải viên tiêu biểu"), Q("35 hộ", 35, "hộ"), Q("7 hộ", 7, "hộ")],
[D("Kế hoạch", "18", "KH-UBND", "2023-02-24", "UBND xã", "Kế hoạch số 18/KH-UBND ngày 24/2/2023"),
 D("Chỉ thị", "03", "CT/ĐU", None, "Đảng ủy xã", "Chỉ thị số 03-CT/ĐU"),
 D("Quyết định", "1134", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1134/QĐ-UBND")],
[prov("Thanh Hóa"), com("Thành Lâm")],
["Báo Thanh Hóa", "Trang chủ > Xã hội > Gương sáng", "Bà Bùi Thị Xoan (bên phải) trò chuyện với người dân bản Lặn. Ảnh: Lê Hợi",
 "Người giữ lửa", "chuyện gì khó cứ tìm bà Xoan", "Gia đình không có bạo lực", "Hòa giải viên giỏi", "Luật Hòa giải ở cơ sở"],
["Thứ Năm, 16/11/2023, 08:05", "Hơn 20 năm", "Năm 2002", "10 tháng năm 2023", "năm 2021", "năm 2022", "tuổi 63", "1 trong 30"]))

PAGES.append(page("b5467-ninhthuan-hoagiaivien-hoinghi-2024", """
BÁO NINH THUẬN ĐIỆN TỬ
Trang chủ › Chính trị › Pháp luật
Thứ Sáu, 24/05/2024 - 15:30
Biểu dương 45 hòa giải viên tiêu biểu năm 2024
Các hòa giải viên tiêu biểu nhận Bằng khen của UBND tỉnh.
Ngày 23/5, UBND tỉnh phối hợp với Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận tổ chức hội nghị biểu dương hòa giải viên ở cơ sở tiêu biểu năm 2024. Dự hội nghị có đồng chí Chamaléa Thị Nhớ, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; đồng chí Đàng Văn Sáu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Thành Thị Bích Vân, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo của Sở Tư pháp cho thấy, toàn tỉnh có 448 tổ hòa giải với 2.811 hòa giải viên, trong đó 612 người là đồng bào Chăm, 317 người là đồng bào Raglai. Từ năm 2022 đến quý I/2024, các tổ hòa giải đã tiếp nhận 1.539 vụ việc, hòa giải thành 1.384 vụ việc, đạt 89,9%; nhiều vụ việc liên quan đến đất đai, hôn nhân theo chế độ mẫu hệ của đồng bào Chăm được giải quyết thấu tình, đạt lý. Kinh phí cấp cho hoạt động hòa giải bình quân mỗi năm khoảng 1,6 tỷ đồng.
Ông Lê Văn Phúc, Giám đốc Sở Tư pháp cho biết, tỉnh đã thực hiện Kế hoạch số 2744/KH-UBND ngày 16/6/2022 của UBND tỉnh triển khai Quyết định số 428/QĐ-TTg của Thủ tướng Chính phủ, Nghị quyết số 11/2021/NQ-HĐND của HĐND tỉnh về mức chi hỗ trợ hòa giải viên; phối hợp Ban Thường trực Ủy ban MTTQ tỉnh ban hành Chương trình phối hợp số 04/CTPH-STP-MTTQ về hòa giải ở vùng đồng bào dân tộc thiểu số, tôn giáo.
Tại hội nghị, các hòa giải viên tiêu biểu chia sẻ kinh nghiệm. Ông Thập Văn Chiến, Cả sư, Tổ viên Tổ hòa giải thôn Phước Nhơn, xã Xuân Hải kể, ông thường mời các vị chức sắc Bàlamôn, Bà Ni cùng ngồi hòa giải những vụ tranh chấp trong dòng tộc. Bà Pinăng Thị Thuận, Tổ trưởng Tổ hòa giải thôn Ma Ty, xã Phước Hà, cho biết tổ đã hòa giải thành 14/15 vụ việc trong năm 2023, phần lớn giữa các hộ Raglai tranh chấp rẫy. Ông Quảng Văn Nam, Trưởng thôn Hữu Đức, xã Phước Hữu, đề nghị tiếp tục tập huấn song ngữ Việt - Chăm.
Phát biểu tại hội nghị, đồng chí Chamaléa Thị Nhớ đề nghị các ngành tiếp tục thực hiện Chỉ thị 22, 23-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác hòa giải ở cơ sở và về phát huy vai trò người có uy tín; phấn đấu năm 2024 hòa giải thành trên 90% vụ việc. Đồng chí Đàng Văn Sáu đề nghị gắn hòa giải với phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2025.
Dịp này, UBND tỉnh tặng Bằng khen cho 45 hòa giải viên tiêu biểu và 12 tổ hòa giải xuất sắc; mỗi cá nhân được thưởng 1,5 triệu đồng. Ủy ban MTTQ Việt Nam tỉnh tặng 45 phần quà, mỗi phần trị giá 500.000 đồng.
Thanh Nga
Tin liên quan
- Ninh Phước: trợ giúp pháp lý cho đồng bào Chăm (15/05/2024)
- Hội thi hòa giải viên giỏi huyện Bác Ái (03/05/2024)
- MTTQ tỉnh giám sát việc thực hiện Luật Hòa giải ở cơ sở (19/04/2024)
""", "2024-05-24", "Biểu dương 45 hòa giải viên tiêu biểu năm 2024",
E("hoi_nghi", "2024", "2024-05-23"),
[P("Chamaléa Thị Nhớ", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Đàng Văn Sáu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thành Thị Bích Vân", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Phúc", "Giám đốc Sở Tư pháp"),
 P("Thập Văn Chiến", "Cả sư", "Tổ viên Tổ hòa giải thôn Phước Nhơn"),
 P("Pinăng Thị Thuận", "Tổ trưởng Tổ hòa giải thôn Ma Ty"),
 P("Quảng Văn Nam", "Trưởng thôn Hữu Đức")],
[Q("45 hòa giải viên tiêu biểu", 45, "hòa giải viên tiêu biểu"), Q("448 tổ hòa giải", 448, "tổ hòa giải"),
 Q("2.811 hòa giải viên", 2811, "hòa giải viên"), Q("612 người", 612, "người"), Q("317 người", 317, "người"),
 Q("1.539 vụ việc", 1539, "vụ việc"), Q("1.384 vụ việc", 1384, "vụ việc"), Q("89,9%", 89.9, "%"),
 Q("khoảng 1,6 tỷ đồng", 1600000000, "đồng", "approx"), Q("14/15 vụ việc", 14, "vụ việc"), Q("trên 90%", 90, "%", "over"),
 Q("12 tổ hòa giải xuất sắc", 12, "tổ hòa giải xuất sắc"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("45 phần quà", 45, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "2744", "KH-UBND", "2022-06-16", "UBND tỉnh", "Kế hoạch số 2744/KH-UBND ngày 16/6/2022"),
 D("Quyết định", "428", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 428/QĐ-TTg"),
 D("Nghị quyết", "11", "2021/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 11/2021/NQ-HĐND"),
 D("Chương trình phối hợp", "04", "CTPH-STP-MTTQ", None, None, "Chương trình phối hợp số 04/CTPH-STP-MTTQ"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 22, 23-CT/TU"),
 D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 22, 23-CT/TU")],
[prov("Ninh Thuận"), com("Xuân Hải"), com("Phước Hà"), com("Phước Hữu")],
["BÁO NINH THUẬN ĐIỆN TỬ", "Trang chủ › Chính trị › Pháp luật", "Các hòa giải viên tiêu biểu nhận Bằng khen của UBND tỉnh.",
 "Dân vận khéo", "Bàlamôn", "Bà Ni"],
["Thứ Sáu, 24/05/2024 - 15:30", "năm 2024", "quý I/2024", "năm 2023", "giai đoạn 2021 - 2025"]))

PAGES.append(page("b5468-lamdong-khoidanvan-giaoban-2024", """
BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Trang chủ >> Tin tức - Sự kiện >> Hoạt động của Ban
Thứ Ba, 05/11/2024 - 10:20
Ảnh: Quang cảnh buổi giao ban.
Tập trung hòa giải các vụ tranh chấp đất đai ở vùng đồng bào K'Ho
Sáng 4/11, Ban Dân vận Tỉnh ủy Lâm Đồng tổ chức giao ban công tác dân vận tháng 10/2024 với Ủy ban MTTQ, các đoàn thể và Sở Tư pháp, tập trung vào công tác hòa giải ở cơ sở và trợ giúp pháp lý cho đồng bào dân tộc thiểu số. Đồng chí K'Mák, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, trong tháng 10, các tổ hòa giải trên địa bàn tỉnh đã tiếp nhận 186 vụ việc, hòa giải thành 161 vụ việc, đạt 86,6%; trong đó 52 vụ việc tranh chấp đất đai tại các huyện Lạc Dương, Đam Rông, Di Linh. Trung tâm Trợ giúp pháp lý nhà nước tỉnh thụ lý 74 vụ việc, tổ chức 4 đợt trợ giúp pháp lý lưu động tại các xã Đạ Tông, Lát, Gia Bắc với khoảng 420 lượt người dự. Các cơ quan khối dân vận đã tiếp 37 lượt công dân, nhận 21 đơn thư, kiến nghị.
Bà Ka Hồng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, Mặt trận các cấp đã giám sát hoạt động của 63 tổ hòa giải theo Kế hoạch số 112/KH-MTTQ-BTT; qua giám sát, phát hiện 9 tổ chưa ghi chép sổ theo dõi, 14 hòa giải viên đã chuyển công tác chưa được thay thế. Ông Nguyễn Văn Hòa, Phó Giám đốc Sở Tư pháp thông tin, Sở đang tham mưu UBND tỉnh sơ kết Đề án hỗ trợ hòa giải viên vùng đồng bào dân tộc thiểu số theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Thị Ngọc Hà, Ya Tuấn đề nghị các huyện phát huy vai trò người có uy tín và chức sắc tôn giáo trong hòa giải, nhất là ở vùng có đông đồng bào theo đạo Tin lành. Ông Bon Niêng Ha Ly, Bí thư Đảng ủy xã Đạ Tông, huyện Đam Rông, cho biết xã đã hòa giải thành vụ tranh chấp 3,5 ha đất rẫy giữa 2 dòng họ kéo dài nhiều năm. Bà Liêng Jrang Ha Bích, HUV, Trưởng Ban Dân vận Huyện ủy Lạc Dương, đề nghị tỉnh bố trí kinh phí in tài liệu hòa giải bằng tiếng K'Ho.
Kết luận giao ban, đồng chí K'Mák đề nghị trong tháng 11 các cơ quan tiếp tục thực hiện Chỉ thị 31, 32-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong giải quyết tranh chấp đất đai và về phát huy vai trò người có uy tín; chuẩn bị tốt Ngày Pháp luật 9/11 và hội nghị tổng kết công tác dân vận năm 2024; phấn đấu đến cuối năm có 100% tổ hòa giải ở vùng đồng bào được kiện toàn, không dưới 85% vụ việc được hòa giải thành.
Hoàng Yến
Lượt xem: 397
Các tin khác
- Đức Trọng: đối thoại với nhân dân về giải phóng mặt bằng (29/10/2024)
- Bảo Lâm tập huấn kỹ năng hòa giải cho người có uy tín (18/10/2024)
- Giao ban công tác dân vận tháng 9/2024 (07/10/2024)
""", "2024-11-05", "Tập trung hòa giải các vụ tranh chấp đất đai ở vùng đồng bào K'Ho",
E("giao_ban", "2024-10", "2024-11-04"),
[P("K'Mák", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ka Hồng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hòa", "Phó Giám đốc Sở Tư pháp"),
 P("Trần Thị Ngọc Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ya Tuấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bon Niêng Ha Ly", "Bí thư Đảng ủy xã Đạ Tông"),
 P("Liêng Jrang Ha Bích", "HUV", "Trưởng Ban Dân vận Huyện ủy Lạc Dương")],
[Q("186 vụ việc", 186, "vụ việc"), Q("161 vụ việc", 161, "vụ việc"), Q("86,6%", 86.6, "%"),
 Q("52 vụ việc tranh chấp đất đai", 52, "vụ việc tranh chấp đất đai"), Q("74 vụ việc", 74, "vụ việc"),
 Q("4 đợt trợ giúp pháp lý lưu động", 4, "đợt trợ giúp pháp lý lưu động"), Q("khoảng 420 lượt người", 420, "lượt người", "approx"),
 Q("37 lượt công dân", 37, "lượt công dân"), Q("21 đơn thư, kiến nghị", 21, "đơn thư, kiến nghị"), Q("63 tổ hòa giải", 63, "tổ hòa giải"),
 Q("9 tổ", 9, "tổ"), Q("14 hòa giải viên", 14, "hòa giải viên"), Q("3,5 ha", 3.5, "ha"), Q("2 dòng họ", 2, "dòng họ"),
 Q("100%", 100, "%"), Q("không dưới 85%", 85, "%", "over")],
[D("Kế hoạch", "112", "KH-MTTQ-BTT", None, None, "Kế hoạch số 112/KH-MTTQ-BTT"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Chỉ thị", "31", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 31, 32-CT/TU"),
 D("Chỉ thị", "32", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 31, 32-CT/TU")],
[prov("Lâm Đồng"), com("Đạ Tông"), com("Lát"), com("Gia Bắc")],
["BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động của Ban", "Ảnh: Quang cảnh buổi giao ban.",
 "Tin lành", "Ngày Pháp luật", "Lượt xem: 397"],
["Thứ Ba, 05/11/2024 - 10:20", "tháng 10/2024", "tháng 10", "tháng 11", "Ngày Pháp luật 9/11", "năm 2024", "Lượt xem: 397"]))

PAGES.append(page("b5469-tuyenquang-lungcu-tongket-2025", """
Hôm nay: Thứ Hai, 22/12/2025
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Trang chủ / Chính trị / Mặt trận - Đoàn thể
2025-12-19 16:40
Xã Lũng Cú: hòa giải thành 37/39 vụ việc, giữ bình yên nơi địa đầu
Toàn cảnh hội nghị tại hội trường xã Lũng Cú.
Ngày 18/12, Ủy ban MTTQ Việt Nam xã Lũng Cú phối hợp với UBND xã tổ chức hội nghị tổng kết công tác Mặt trận và hòa giải ở cơ sở năm 2025, triển khai nhiệm vụ năm 2026. Dự hội nghị có đồng chí Hoàng Thị Bích Liên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang; đồng chí Sùng Mí Dế, Bí thư Đảng ủy xã Lũng Cú; đồng chí Giàng Thị Mai, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã. Các đồng chí Thào Mí Sính, Vừ Thị Dợ, Lò Văn Pó - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Cú cùng dự.
Theo báo cáo, sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương 2 cấp, xã Lũng Cú có 31 thôn, 31 tổ hòa giải với 186 hòa giải viên, trong đó 172 người là đồng bào Mông, Lô Lô. Năm 2025, các tổ hòa giải tiếp nhận 39 vụ việc, hòa giải thành 37 vụ việc, đạt 94,9%; 2 vụ việc không thành đã hướng dẫn các bên đến cơ quan có thẩm quyền. Các vụ việc chủ yếu là tranh chấp đất nương, mâu thuẫn do tảo hôn, nợ nần sau mùa vụ.
Xã đã triển khai Chương trình hành động số 03-CTr/ĐU của Đảng ủy xã thực hiện nghị quyết đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030, Kế hoạch 15, 16-KH/ĐU của Ban Thường vụ Đảng ủy xã về công tác dân vận và hòa giải ở vùng biên giới, cùng Hướng dẫn số 02-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về hoạt động của tổ dân vận thôn. Phối hợp Trung tâm Trợ giúp pháp lý nhà nước tỉnh, xã tổ chức 3 đợt trợ giúp pháp lý lưu động cho hơn 350 lượt người; tư vấn 28 trường hợp về đất đai, hôn nhân, thừa kế. Kinh phí hỗ trợ hòa giải năm 2025 là 62,4 triệu đồng, bình quân 400.000 đồng/vụ việc.
Ông Ly Mí Chứ, Bí thư Chi bộ, Trưởng thôn Thèn Ván, cho biết thôn có 76 hộ, 100% là đồng bào Mông; nhờ tổ hòa giải và người có uy tín kịp thời vào cuộc, 3 cặp tảo hôn đã được vận động tạm dừng chung sống. Bà Lò Thị Dính, người có uy tín thôn Lô Lô Chải, đề nghị xã duy trì sinh hoạt câu lạc bộ "Phụ nữ Lô Lô với pháp luật".
Phát biểu tại hội nghị, đồng chí Hoàng Thị Bích Liên đề nghị xã tiếp tục thực hiện Luật Thực hiện dân chủ ở cơ sở; phấn đấu năm 2026 hòa giải thành từ 95% trở lên, không để phát sinh điểm nóng; phát huy vai trò của 23 người có uy tín trong xã. Đồng chí Sùng Mí Dế yêu cầu các thôn gắn hòa giải với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Dịp này, Ủy ban MTTQ Việt Nam xã tặng giấy khen cho 5 tổ hòa giải tiêu biểu, 9 cá nhân; UBND xã trao 40 suất quà cho hòa giải viên có hoàn cảnh khó khăn, mỗi suất 300.000 đồng.
Vàng Dũng
Tin liên quan
- Xã Đồng Văn đối thoại với nhân dân về hòa giải đất nương (12/12/2025)
- Tuyên Quang: 1.842 tổ hòa giải được kiện toàn sau sáp nhập (28/11/2025)
- Xã Mèo Vạc ra mắt tổ dân vận thôn (14/11/2025)
""", "2025-12-19", "Xã Lũng Cú: hòa giải thành 37/39 vụ việc, giữ bình yên nơi địa đầu",
E("tong_ket", "2025", "2025-12-18"),
[P("Hoàng Thị Bích Liên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang"),
 P("Sùng Mí Dế", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Giàng Thị Mai", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thào Mí Sính", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Cú"),
 P("Vừ Thị Dợ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Cú"),
 P("Lò Văn Pó", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Cú"),
 P("Ly Mí Chứ", "Bí thư Chi bộ", "Trưởng thôn Thèn Ván"),
 P("Lò Thị Dính", "người có uy tín thôn Lô Lô Chải")],
[Q("37/39 vụ việc", 37, "vụ việc"), Q("31 thôn", 31, "thôn"), Q("31 tổ hòa giải", 31, "tổ hòa giải"),
 Q("186 hòa giải viên", 186, "hòa giải viên"), Q("172 người", 172, "người"), Q("39 vụ việc", 39, "vụ việc"),
 Q("94,9%", 94.9, "%"), Q("2 vụ việc", 2, "vụ việc"), Q("3 đợt trợ giúp pháp lý lưu động", 3, "đợt trợ giúp pháp lý lưu động"),
 Q("hơn 350 lượt người", 350, "lượt người", "over"), Q("28 trường hợp", 28, "trường hợp"), Q("62,4 triệu đồng", 62400000, "đồng"),
 Q("400.000 đồng", 400000, "đồng"), Q("76 hộ", 76, "hộ"), Q("100%", 100, "%"), Q("3 cặp tảo hôn", 3, "cặp tảo hôn"),
 Q("từ 95% trở lên", 95, "%", "over"), Q("23 người có uy tín", 23, "người có uy tín"), Q("5 tổ hòa giải tiêu biểu", 5, "tổ hòa giải tiêu biểu"),
 Q("9 cá nhân", 9, "cá nhân"), Q("40 suất quà", 40, "suất quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Chương trình hành động", "03", "CTr/ĐU", None, "Đảng ủy xã", "Chương trình hành động số 03-CTr/ĐU"),
 D("Kế hoạch", "15", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch 15, 16-KH/ĐU"),
 D("Kế hoạch", "16", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch 15, 16-KH/ĐU"),
 D("Hướng dẫn", "02", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 02-HD/BTGDVTU")],
[prov("Tuyên Quang"), com("Lũng Cú")],
["Hôm nay: Thứ Hai, 22/12/2025", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ / Chính trị / Mặt trận - Đoàn thể",
 "Toàn cảnh hội nghị tại hội trường xã Lũng Cú.", "Phụ nữ Lô Lô với pháp luật", "Luật Thực hiện dân chủ ở cơ sở",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["Hôm nay: Thứ Hai, 22/12/2025", "2025-12-19 16:40", "năm 2025", "năm 2026", "2 cấp", "nhiệm kỳ 2025 - 2030"]))

PAGES.append(page("b5470-vinhlong-tapson-doithoai-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Chính trị > Dân vận > Cơ sở
Ngày đăng 10/10/2025 | 14:20
Bí thư, Chủ tịch xã Tập Sơn đối thoại với bà con Khmer về hòa giải, trợ giúp pháp lý
Ông Kim Sóc Thươl trả lời kiến nghị của người dân. Ảnh: Sơn Vũ
Ngày 9/10, Đảng ủy, UBND và Ủy ban MTTQ Việt Nam xã Tập Sơn, tỉnh Vĩnh Long tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2025 về công tác hòa giải ở cơ sở và trợ giúp pháp lý. Gần 250 người dân, sư sãi, Achar ở 22 ấp, trong đó hơn 70% là đồng bào Khmer, tham dự.
Chủ trì đối thoại có ông Kim Sóc Thươl, Bí thư Đảng ủy xã Tập Sơn và ông Nguyễn Văn Lâm, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Dự có bà Thạch Thị Sa Vân, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; ông Lê Hoàng Khải, Phó Giám đốc Trung tâm Trợ giúp pháp lý nhà nước tỉnh; Hòa thượng Thạch Sên, trụ trì chùa Sóc Tro Giữa, Chủ tịch Hội Đoàn kết sư sãi yêu nước xã.
Mở đầu, bà Sơn Thị Mỹ Linh, Chủ tịch Ủy ban MTTQ Việt Nam xã thông tin: sau khi xã mới được thành lập trên cơ sở sáp nhập 3 xã cũ từ ngày 1/7/2025, toàn xã có 22 tổ hòa giải với 146 hòa giải viên; 9 tháng năm 2025 đã hòa giải thành 48/53 vụ việc, đạt 90,5%. Xã thực hiện Nghị quyết số 05-NQ/ĐU ngày 20/8/2025 của Ban Chấp hành Đảng bộ xã về công tác dân vận và Kế hoạch số 21/KH-UBND ngày 28/8/2025 của UBND xã về hòa giải ở cơ sở, phổ biến pháp luật cho đồng bào Khmer.
Tại buổi đối thoại, người dân nêu 17 ý kiến. Ông Thạch Sa Rươne, ấp Sóc Tro Dưới, phản ánh tranh chấp ranh đất ruộng với hộ bên cạnh đã hòa giải 2 lần không thành. Bà Kim Thị Sà Phênh, ấp Đồn Điền, hỏi thủ tục nhờ trợ giúp viên pháp lý tham gia vụ án ly hôn. Achar Sơn Chanh Tha, ấp Ô Rung, đề nghị tổ hòa giải có thêm người biết tiếng Khmer để giải thích cho bà con lớn tuổi.
Lãnh đạo xã và các ngành đã trả lời trực tiếp 15 ý kiến; 2 ý kiến được ghi nhận, chuyển cơ quan cấp tỉnh. Ông Lê Hoàng Khải cho biết, theo Luật Trợ giúp pháp lý, người dân tộc thiểu số cư trú ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn được trợ giúp miễn phí; 9 tháng qua Trung tâm đã thụ lý 11 vụ việc của người dân xã Tập Sơn. Trung tâm cũng tặng 300 tờ gấp song ngữ Việt - Khmer.
Kết luận đối thoại, ông Kim Sóc Thươl cam kết giải quyết dứt điểm các ý kiến trong tháng 11; đề nghị các ấp thực hiện tốt Quy định 124-QĐ/TW của Ban Bí thư, mô hình "Ấp không có đơn thư vượt cấp"; mỗi ấp bổ sung ít nhất 1 hòa giải viên là sư sãi hoặc Achar. Dịp này, xã trao 30 suất quà cho hộ nghèo người Khmer, mỗi suất 500.000 đồng, tổng trị giá 15 triệu đồng.
Sơn Vũ
Tin khác
- Xã Long Hiệp tập huấn nghiệp vụ hòa giải (03/10/2025)
- Tỉnh Vĩnh Long kiện toàn tổ hòa giải sau sắp xếp đơn vị hành chính (25/09/2025)
- Phường Trà Vinh đối thoại với nhân dân về chỉnh trang đô thị (18/09/2025)
""", "2025-10-10", "Bí thư, Chủ tịch xã Tập Sơn đối thoại với bà con Khmer về hòa giải, trợ giúp pháp lý",
E("doi_thoai", "2025", "2025-10-09"),
[P("Kim Sóc Thươl", "Bí thư Đảng ủy xã Tập Sơn"),
 P("Nguyễn Văn Lâm", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thạch Thị Sa Vân", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Hoàng Khải", "Phó Giám đốc Trung tâm Trợ giúp pháp lý nhà nước tỉnh"),
 P("Thạch Sên", "Hòa thượng", "trụ trì chùa Sóc Tro Giữa", "Chủ tịch Hội Đoàn kết sư sãi yêu nước xã"),
 P("Sơn Thị Mỹ Linh", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thạch Sa Rươne"),
 P("Kim Thị Sà Phênh"),
 P("Sơn Chanh Tha", "Achar")],
[Q("Gần 250 người dân", 250, "người dân", "approx"), Q("22 ấp", 22, "ấp"), Q("hơn 70%", 70, "%", "over"),
 Q("3 xã", 3, "xã"), Q("22 tổ hòa giải", 22, "tổ hòa giải"), Q("146 hòa giải viên", 146, "hòa giải viên"),
 Q("48/53 vụ việc", 48, "vụ việc"), Q("90,5%", 90.5, "%"), Q("17 ý kiến", 17, "ý kiến"), Q("15 ý kiến", 15, "ý kiến"),
 Q("2 ý kiến", 2, "ý kiến"), Q("11 vụ việc", 11, "vụ việc"), Q("300 tờ gấp song ngữ", 300, "tờ gấp song ngữ"),
 Q("ít nhất 1 hòa giải viên", 1, "hòa giải viên", "over"), Q("30 suất quà", 30, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("15 triệu đồng", 15000000, "đồng")],
[D("Nghị quyết", "05", "NQ/ĐU", "2025-08-20", "Ban Chấp hành Đảng bộ xã", "Nghị quyết số 05-NQ/ĐU ngày 20/8/2025"),
 D("Kế hoạch", "21", "KH-UBND", "2025-08-28", "UBND xã", "Kế hoạch số 21/KH-UBND ngày 28/8/2025"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định 124-QĐ/TW")],
[prov("Vĩnh Long"), com("Tập Sơn")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Chính trị > Dân vận > Cơ sở", "Ông Kim Sóc Thươl trả lời kiến nghị của người dân. Ảnh: Sơn Vũ",
 "Hội Đoàn kết sư sãi yêu nước xã", "Luật Trợ giúp pháp lý", "Ấp không có đơn thư vượt cấp"],
["Ngày đăng 10/10/2025 | 14:20", "năm 2025", "ngày 1/7/2025", "9 tháng năm 2025", "2 lần", "9 tháng qua", "tháng 11"]))
