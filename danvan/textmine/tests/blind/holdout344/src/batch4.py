from lib import *
PAGES = []

PAGES.append(page("b8231-haiduong-nct-tongket-2025", """
BÁO HẢI DƯƠNG ĐIỆN TỬ
Trang chủ >> Xã hội >> Người cao tuổi
Cập nhật: 09:42, 10/01/2025 (GMT+7)
Hội Người cao tuổi tỉnh Hải Dương triển khai nhiệm vụ năm 2025
Ảnh: Toàn cảnh hội nghị.
Ngày 9/1, Ban Chấp hành Hội Người cao tuổi tỉnh tổ chức hội nghị tổng kết công tác Hội năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có đồng chí Lương Thị Hòa, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; ông Phạm Đức Thiện, Chủ tịch Hội Người cao tuổi tỉnh chủ trì; các đồng chí Phó Chủ tịch Hội Người cao tuổi tỉnh: Vũ Văn Khiêm, Nguyễn Thị Tuyết.
Năm 2024, các cấp hội tiếp tục thực hiện Nghị quyết 12, 13/2023/NQ-HĐND của HĐND tỉnh về mức quà mừng thọ và về hỗ trợ bảo hiểm y tế cho người cao tuổi. Toàn tỉnh có 327.640 người cao tuổi, chiếm 17,2% dân số; 100% người cao tuổi được lập hồ sơ theo dõi sức khỏe; 236.100 lượt người được khám sức khỏe định kỳ, tăng 9,4% so với năm 2023.
Các cấp hội đã tổ chức mừng thọ cho 21.475 cụ ở tuổi 70, 75, 80, 85, 90, 95 và trên 100 tuổi; trong đó 186 cụ tròn 100 tuổi được nhận thiếp chúc thọ của Chủ tịch nước và quà trị giá 700.000 đồng kèm 5 mét vải lụa. Tổng kinh phí mừng thọ từ ngân sách và xã hội hóa trên 26 tỷ đồng. Quỹ chăm sóc và phát huy vai trò người cao tuổi đạt 41,3 tỷ đồng.
Phong trào "Tuổi cao - gương sáng" tiếp tục lan tỏa: 1.112 câu lạc bộ liên thế hệ tự giúp nhau, câu lạc bộ dưỡng sinh hoạt động thường xuyên; 56.800 người cao tuổi còn tham gia sản xuất, kinh doanh, trong đó 8.420 người được công nhận sản xuất, kinh doanh giỏi. Người cao tuổi đã hiến 3.700 m2 đất, đóng góp trên 12,5 tỷ đồng làm đường giao thông nông thôn.
Tại hội nghị, ông Nguyễn Văn Chiến, Chủ tịch Hội Người cao tuổi xã Hưng Đạo, thành phố Chí Linh, chia sẻ cách phối hợp với trạm y tế khám sức khỏe tại nhà cho 64 cụ neo đơn, ốm yếu. Bà Đào Thị Lụa, Chủ nhiệm Câu lạc bộ dưỡng sinh phường Sao Đỏ, đề nghị tổ chức giải thi đấu dưỡng sinh cấp tỉnh hằng năm.
Phát biểu chỉ đạo, đồng chí Lương Thị Hòa đề nghị năm 2025 Hội chủ động nắm tình hình tư tưởng hội viên trước việc sắp xếp đơn vị hành chính, sáp nhập tỉnh; tiếp tục thực hiện Chỉ thị số 08-CT/TU ngày 15/5/2023 của Ban Thường vụ Tỉnh ủy về công tác người cao tuổi; chuẩn bị tốt đại hội hội người cao tuổi các cấp.
Dịp này, Hội Người cao tuổi tỉnh tặng bằng khen cho 28 tập thể và 43 cá nhân tiêu biểu năm 2024.
Đức Minh
Tin liên quan
- Gia Lộc mừng thọ người cao tuổi dịp Tết Ất Tỵ (06/01/2025)
- Tứ Kỳ: ra mắt câu lạc bộ liên thế hệ tự giúp nhau xã Quang Phục (20/12/2024)
- Khám sàng lọc đột quỵ cho 600 người cao tuổi (05/12/2024)
- Hội Người cao tuổi tỉnh giao ban quý IV (02/12/2024)
""", "2025-01-10", "Hội Người cao tuổi tỉnh Hải Dương triển khai nhiệm vụ năm 2025",
E("tong_ket", "2024", "2025-01-09"),
[P("Lương Thị Hòa", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Phạm Đức Thiện", "Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Vũ Văn Khiêm", "Phó Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Nguyễn Thị Tuyết", "Phó Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Nguyễn Văn Chiến", "Chủ tịch Hội Người cao tuổi xã Hưng Đạo"),
 P("Đào Thị Lụa", "Chủ nhiệm Câu lạc bộ dưỡng sinh phường Sao Đỏ")],
[Q("327.640 người cao tuổi", 327640, "người cao tuổi"), Q("17,2%", 17.2, "%"), Q("100% người cao tuổi", 100, "%"),
 Q("236.100 lượt người", 236100, "lượt người"), Q("9,4%", 9.4, "%"), Q("21.475 cụ", 21475, "cụ"), Q("186 cụ", 186, "cụ"),
 Q("700.000 đồng", 700000, "đồng"), Q("5 mét vải lụa", 5, "mét"), Q("trên 26 tỷ đồng", 26000000000, "đồng", "over"),
 Q("41,3 tỷ đồng", 41300000000, "đồng"),
 Q("1.112 câu lạc bộ liên thế hệ tự giúp nhau, câu lạc bộ dưỡng sinh", 1112, "câu lạc bộ liên thế hệ tự giúp nhau, câu lạc bộ dưỡng sinh"),
 Q("56.800 người cao tuổi", 56800, "người cao tuổi"), Q("8.420 người", 8420, "người"), Q("3.700 m2", 3700, "m2"),
 Q("trên 12,5 tỷ đồng", 12500000000, "đồng", "over"), Q("64 cụ", 64, "cụ"),
 Q("28 tập thể", 28, "tập thể"), Q("43 cá nhân tiêu biểu", 43, "cá nhân tiêu biểu")],
[D("Nghị quyết", "12", "2023/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 12, 13/2023/NQ-HĐND"),
 D("Nghị quyết", "13", "2023/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 12, 13/2023/NQ-HĐND"),
 D("Chỉ thị", "08", "CT/TU", "2023-05-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08-CT/TU ngày 15/5/2023")],
[prov("Hải Dương"), com("Hưng Đạo"), com("Sao Đỏ")],
["BÁO HẢI DƯƠNG ĐIỆN TỬ", "Trang chủ >> Xã hội >> Người cao tuổi", "Ảnh: Toàn cảnh hội nghị.", "Tuổi cao - gương sáng", "Chủ tịch nước"],
["Cập nhật: 09:42, 10/01/2025 (GMT+7)", "năm 2025", "Năm 2024", "năm 2023", "70, 75, 80, 85, 90, 95 và trên 100 tuổi", "100 tuổi"]))

PAGES.append(page("b8232-tuyenquang-xa-mungtho-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội
Thứ Sáu, 26/09/2025 - 15:20
Mừng thọ 168 người cao tuổi trên vùng cao nguyên đá
Ngày 25/9/2025, Hội Người cao tuổi xã Mèo Vạc phối hợp với UBND xã tổ chức lễ mừng thọ người cao tuổi năm 2025 nhân kỷ niệm Ngày Quốc tế Người cao tuổi. Đây là lần đầu tiên lễ mừng thọ được tổ chức tập trung sau khi xã Mèo Vạc (mới) đi vào hoạt động theo mô hình chính quyền địa phương hai cấp.
Lãnh đạo xã chúc thọ các cụ tròn 90 tuổi.
Dự buổi lễ có đồng chí Sùng Mí Dế, Bí thư Đảng ủy xã; đồng chí Lò Văn Pà, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; bà Giàng Thị Súa, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã.
Năm nay, toàn xã có 168 cụ được mừng thọ, trong đó 104 cụ tròn 70 tuổi, 41 cụ tròn 80 tuổi, 19 cụ tròn 90 tuổi và 4 cụ từ 100 tuổi trở lên. Thực hiện Nghị quyết số 15/2025/NQ-HĐND của HĐND tỉnh Tuyên Quang về chính sách đối với người cao tuổi trên địa bàn tỉnh sau hợp nhất, mỗi cụ tròn 90 tuổi được tặng thiếp chúc thọ và quà 1 triệu đồng; cụ tròn 70, 80 tuổi được tặng quà 300.000 đồng do UBND xã trao. Tổng kinh phí hơn 74 triệu đồng.
Cụ Ly Mí Chá, 101 tuổi, ở thôn Pả Vi Hạ, là cụ cao tuổi nhất xã. Con cháu cụ có 5 đời, hơn 60 người. Cụ Chá từng làm trưởng thôn nhiều năm, nay vẫn được bà con tìm đến hỏi ý kiến khi có việc lớn. Ông Vàng Chúa Sử, người có uy tín thôn Tò Đú, Chi hội trưởng Chi hội Người cao tuổi thôn, thay mặt các cụ hứa sẽ tiếp tục nhắc nhở con cháu không di cư tự do, không nghe kẻ xấu tuyên truyền.
Theo ông Vương Văn Hải, Chủ tịch Hội Người cao tuổi xã, xã hiện có 1.246 người cao tuổi, chiếm khoảng 7% dân số, phần lớn là đồng bào Mông, Lô Lô, Giáy. Thực hiện Kế hoạch số 46/KH-UBND ngày 10/9/2025 của UBND xã, từ đầu tháng 9, Trạm Y tế xã đã phối hợp với Trung tâm Y tế khu vực khám sức khỏe cho 520 cụ, phát hiện 87 cụ tăng huyết áp, 26 cụ đục thủy tinh thể cần mổ. Xã đang vận động thành lập 3 câu lạc bộ liên thế hệ tự giúp nhau ở các thôn Pả Vi Thượng, Sủng Pờ, Tò Đú.
Phát biểu tại buổi lễ, đồng chí Sùng Mí Dế mong các cụ giữ gìn sức khỏe, tiếp tục là chỗ dựa tinh thần cho con cháu, tham gia giữ gìn bản sắc văn hóa dân tộc, xây dựng xã Mèo Vạc phát triển du lịch cộng đồng. Trước đó, các cụ ở tỉnh Hà Giang (cũ) đã được tỉnh thăm, tặng quà nhân dịp Quốc khánh 2/9.
Dịp này, Hội Liên hiệp Phụ nữ xã trao 20 chiếc chăn ấm cho các cụ neo đơn, có hoàn cảnh khó khăn.
Vàng Thị Lan
Tin khác
- Xã Mèo Vạc ra mắt Ban Chấp hành Hội Người cao tuổi xã (15/07/2025)
- Xã Sơn Vĩ tổ chức khám bệnh miễn phí cho người dân (28/08/2025)
- Xã Lũng Cú tặng quà người cao tuổi neo đơn (10/08/2025)
""", "2025-09-26", "Mừng thọ 168 người cao tuổi trên vùng cao nguyên đá",
E("trao_qua", None, "2025-09-25"),
[P("Sùng Mí Dế", "Bí thư Đảng ủy xã"),
 P("Lò Văn Pà", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Giàng Thị Súa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Ly Mí Chá"),
 P("Vàng Chúa Sử", "người có uy tín thôn Tò Đú", "Chi hội trưởng Chi hội Người cao tuổi thôn"),
 P("Vương Văn Hải", "Chủ tịch Hội Người cao tuổi xã")],
[Q("168 cụ", 168, "cụ"), Q("104 cụ", 104, "cụ"), Q("41 cụ", 41, "cụ"), Q("19 cụ", 19, "cụ"), Q("4 cụ", 4, "cụ"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("300.000 đồng", 300000, "đồng"), Q("hơn 74 triệu đồng", 74000000, "đồng", "over"),
 Q("hơn 60 người", 60, "người", "over"), Q("1.246 người cao tuổi", 1246, "người cao tuổi"), Q("khoảng 7%", 7, "%", "approx"),
 Q("520 cụ", 520, "cụ"), Q("87 cụ", 87, "cụ"), Q("26 cụ", 26, "cụ"),
 Q("3 câu lạc bộ liên thế hệ tự giúp nhau", 3, "câu lạc bộ liên thế hệ tự giúp nhau"), Q("20 chiếc chăn ấm", 20, "chiếc chăn ấm")],
[D("Nghị quyết", "15", "2025/NQ-HĐND", None, "HĐND tỉnh Tuyên Quang", "Nghị quyết số 15/2025/NQ-HĐND"),
 D("Kế hoạch", "46", "KH-UBND", "2025-09-10", "UBND xã", "Kế hoạch số 46/KH-UBND ngày 10/9/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ MÈO VẠC - TỈNH TUYÊN QUANG", "Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội",
 "Lãnh đạo xã chúc thọ các cụ tròn 90 tuổi.", "Ngày Quốc tế Người cao tuổi", "Trung tâm Y tế khu vực"],
["Thứ Sáu, 26/09/2025 - 15:20", "năm 2025", "70 tuổi", "80 tuổi", "90 tuổi", "100 tuổi trở lên", "101 tuổi", "5 đời",
 "hai cấp", "Quốc khánh 2/9"]))

PAGES.append(page("b8233-vinhlong-nct-khammat-2025", """
BÁO VĨNH LONG ONLINE
Xã hội › Y tế
Ngày đăng: 07/11/2025 | 14:10
Hơn 500 người cao tuổi Khmer được khám mắt, cấp kính miễn phí
Bác sĩ khám mắt cho người cao tuổi tại chùa Ông Mẹt. Ảnh: Thạch Hùng
Ngày 6/11/2025, tại chùa Ông Mẹt, phường Trà Vinh, Hội Người cao tuổi tỉnh Vĩnh Long phối hợp với Bệnh viện Mắt tỉnh và Hội Chữ thập đỏ tỉnh tổ chức khám mắt, cấp kính và thuốc miễn phí cho hơn 500 người cao tuổi, phần lớn là đồng bào Khmer ở các phường, xã thuộc tỉnh Trà Vinh (cũ).
Chương trình do Đại đức Thạch Ngọc Sang, trụ trì chùa Ông Mẹt, và bà Kim Thị Sô Phi, Phó Chủ tịch Hội Người cao tuổi tỉnh, đồng chủ trì. Đoàn gồm 35 y, bác sĩ, kỹ thuật viên chia thành các bàn đo thị lực, khám mắt, đo huyết áp và tư vấn dinh dưỡng.
Kết quả, có 512 người được khám, 260 người được cấp kính lão, 38 người được chỉ định mổ đục thủy tinh thể và sẽ được mổ miễn phí tại Bệnh viện Mắt tỉnh trong tháng 11 và tháng 12. Mỗi người đến khám được tặng một phần quà trị giá 200.000 đồng. Tổng kinh phí chương trình khoảng 180 triệu đồng, do các mạnh thường quân tài trợ.
BSCKII. Lê Minh Khoa, Giám đốc Bệnh viện Mắt tỉnh, cho biết khoảng 60% người cao tuổi được khám mắc bệnh về mắt, chủ yếu là đục thủy tinh thể, mộng thịt, tật khúc xạ. "Nhiều cụ để mắt mờ lâu năm vì ngại đi xa, sợ tốn kém. Chúng tôi sẽ tiếp tục đưa đoàn về các chùa, điểm sinh hoạt cộng đồng", ông Khoa nói.
Cụ Sơn Văn Dên, 78 tuổi, ở khóm 4, phường Trà Vinh, sau khi được đeo thử kính mới đã xúc động: "Giờ tôi đọc được kinh, nhìn rõ mặt con cháu". Bà Thạch Thị Sa Rương - Chi hội trưởng Chi hội Người cao tuổi ấp Ô Chích, xã Hòa Ân - đưa 24 cụ trong ấp đến khám từ sáng sớm bằng xe do nhà chùa hỗ trợ. Nhiều cụ lần đầu được đo thị lực, được bác sĩ giải thích cặn kẽ bằng tiếng Khmer qua sự hỗ trợ của các vị sư.
Theo bà Kim Thị Sô Phi, sau hợp nhất, tỉnh Vĩnh Long có khoảng 468.000 người cao tuổi, trong đó hơn 42.000 người là đồng bào Khmer. Năm 2025, Hội đặt mục tiêu tổ chức ít nhất 6 đợt khám mắt miễn phí, hiện đã thực hiện được 4 đợt tại các xã, phường thuộc Bến Tre (cũ) và Trà Vinh (cũ). Hội cũng đang phối hợp với ngành y tế rà soát, cấp thẻ bảo hiểm y tế cho 100% người cao tuổi đồng bào dân tộc thiểu số.
Dịp này, Hội Chữ thập đỏ tỉnh trao 50 suất quà cho người cao tuổi Khmer có hoàn cảnh khó khăn, mỗi suất gồm 10 kg gạo và 300.000 đồng.
Thạch Hùng
Tin liên quan
- Mừng thọ người cao tuổi nhân Ngày Quốc tế Người cao tuổi (01/10/2025)
- Hội Người cao tuổi tỉnh Vĩnh Long ra mắt Ban Chấp hành lâm thời (20/08/2025)
- Xã Hòa Ân ra mắt câu lạc bộ dưỡng sinh (12/08/2025)
- Phường Trà Vinh tặng thẻ bảo hiểm y tế cho người cao tuổi khó khăn (25/07/2025)
- Khám sức khỏe miễn phí cho người cao tuổi xã Tập Sơn (10/07/2025)
""", "2025-11-07", "Hơn 500 người cao tuổi Khmer được khám mắt, cấp kính miễn phí",
E("khac", None, "2025-11-06"),
[P("Thạch Ngọc Sang", "Đại đức", "trụ trì chùa Ông Mẹt"),
 P("Kim Thị Sô Phi", "Phó Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Lê Minh Khoa", "BSCKII.", "Giám đốc Bệnh viện Mắt tỉnh"),
 P("Sơn Văn Dên"),
 P("Thạch Thị Sa Rương", "Chi hội trưởng Chi hội Người cao tuổi ấp Ô Chích")],
[Q("hơn 500 người cao tuổi", 500, "người cao tuổi", "over"), Q("35 y, bác sĩ, kỹ thuật viên", 35, "y, bác sĩ, kỹ thuật viên"),
 Q("512 người", 512, "người"), Q("260 người", 260, "người"), Q("38 người", 38, "người"), Q("200.000 đồng", 200000, "đồng"),
 Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"), Q("khoảng 60%", 60, "%", "approx"), Q("24 cụ", 24, "cụ"),
 Q("khoảng 468.000 người cao tuổi", 468000, "người cao tuổi", "approx"), Q("hơn 42.000 người", 42000, "người", "over"),
 Q("ít nhất 6 đợt khám mắt miễn phí", 6, "đợt khám mắt miễn phí", "over"), Q("4 đợt", 4, "đợt"), Q("100% người cao tuổi", 100, "%"),
 Q("50 suất quà", 50, "suất quà"), Q("10 kg gạo", 10, "kg"), Q("300.000 đồng", 300000, "đồng")],
[],
[prov("Vĩnh Long"), prov("Trà Vinh"), prov("Bến Tre"), com("Trà Vinh"), com("Hòa Ân")],
["BÁO VĨNH LONG ONLINE", "Xã hội › Y tế", "Bác sĩ khám mắt cho người cao tuổi tại chùa Ông Mẹt. Ảnh: Thạch Hùng", "chùa Ông Mẹt",
 "Bệnh viện Mắt tỉnh"],
["Ngày đăng: 07/11/2025 | 14:10", "một phần quà", "78 tuổi", "khóm 4", "Năm 2025", "tháng 11 và tháng 12"]))

PAGES.append(page("b8234-lamdong-hdnd-giamsat-2025", """
HĐND TỈNH LÂM ĐỒNG
Trang chủ | Hoạt động của HĐND | Giám sát - Khảo sát
Chủ Nhật, 14/12/2025 - 08:00
Giám sát việc thực hiện chính sách đối với người cao tuổi tại xã Lạc Dương
Ngày 12/12/2025, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh Lâm Đồng do bà Ka H'Dung, Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn đã giám sát chuyên đề việc thực hiện chính sách đối với người cao tuổi năm 2025 tại xã Lạc Dương và xã Quảng Khê.
Đoàn giám sát làm việc tại UBND xã Lạc Dương.
Cuộc giám sát thực hiện theo Nghị quyết số 08/NQ-HĐND ngày 18/7/2025 của HĐND tỉnh về thành lập đoàn giám sát chuyên đề năm 2025, trong bối cảnh tỉnh Lâm Đồng hợp nhất với Đắk Nông, Bình Thuận và chính quyền địa phương hai cấp mới đi vào vận hành.
Báo cáo của UBND xã Lạc Dương cho thấy xã có 1.874 người cao tuổi, trong đó 63% là đồng bào K'Ho, Cil; 312 người hưởng trợ cấp xã hội hằng tháng với mức 500.000 đồng/người/tháng theo Nghị định số 76/2024/NĐ-CP của Chính phủ. Từ tháng 7 đến nay, xã đã chi trả hơn 935 triệu đồng, tổ chức mừng thọ cho 146 cụ, khám sức khỏe định kỳ cho 1.120 người cao tuổi, đạt 59,8%.
Tại xã Quảng Khê, bà Điểu Thị Sem, Chủ tịch Hội Người cao tuổi xã, cho biết 2 câu lạc bộ liên thế hệ tự giúp nhau của xã duy trì sinh hoạt đều, 2 câu lạc bộ dưỡng sinh tạm ngưng vì thiếu kinh phí thuê địa điểm sau khi trụ sở cũ của huyện không còn sử dụng.
Ông Cil Mup, Phó Chủ tịch UBND xã Lạc Dương, thừa nhận việc bàn giao hồ sơ người hưởng trợ cấp từ huyện về xã còn chậm, có 27 hồ sơ phải lập lại, 9 trường hợp chậm nhận trợ cấp tháng 7 và tháng 8. Bà Liêng Hót Ha Xuân, người có uy tín bon Đăng Gia Rít, kiến nghị đưa bác sĩ về tận bon khám cho người già, vì từ bon lên trạm y tế xã khoảng 12 km.
Kết luận buổi giám sát, bà Ka H'Dung đề nghị các xã hoàn thiện dữ liệu người cao tuổi trước ngày 31/12/2025; bảo đảm 100% người cao tuổi đủ điều kiện được hưởng trợ cấp đúng hạn; bố trí địa điểm sinh hoạt cho câu lạc bộ dưỡng sinh; phối hợp Trung tâm Y tế khu vực tổ chức ít nhất 2 đợt khám lưu động mỗi năm tại các bon xa. Các kiến nghị vượt thẩm quyền sẽ được tổng hợp báo cáo Thường trực HĐND tỉnh tại kỳ họp cuối năm.
Tham gia đoàn giám sát còn có các ông Trần Quang Vinh, Nguyễn Hữu Nghĩa - đại biểu HĐND tỉnh khóa X, và đại diện Sở Y tế.
Nguyên Thảo
TIN CÙNG CHUYÊN MỤC
- Khảo sát việc thực hiện chính sách bảo trợ xã hội tại phường Bảo Lộc 1 (05/12/2025)
- Thường trực HĐND tỉnh tiếp xúc cử tri xã Đinh Văn Lâm Hà (28/11/2025)
- Ban Văn hóa - Xã hội thẩm tra các dự thảo nghị quyết trình kỳ họp (20/11/2025)
""", "2025-12-14", "Giám sát việc thực hiện chính sách đối với người cao tuổi tại xã Lạc Dương",
E("giam_sat", "2025", "2025-12-12"),
[P("Ka H'Dung", "Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Điểu Thị Sem", "Chủ tịch Hội Người cao tuổi xã"),
 P("Cil Mup", "Phó Chủ tịch UBND xã Lạc Dương"),
 P("Liêng Hót Ha Xuân", "người có uy tín bon Đăng Gia Rít"),
 P("Trần Quang Vinh", "đại biểu HĐND tỉnh khóa X"),
 P("Nguyễn Hữu Nghĩa", "đại biểu HĐND tỉnh khóa X")],
[Q("1.874 người cao tuổi", 1874, "người cao tuổi"), Q("63%", 63, "%"), Q("312 người", 312, "người"),
 Q("500.000 đồng/người/tháng", 500000, "đồng"), Q("hơn 935 triệu đồng", 935000000, "đồng", "over"), Q("146 cụ", 146, "cụ"),
 Q("1.120 người cao tuổi", 1120, "người cao tuổi"), Q("59,8%", 59.8, "%"),
 Q("2 câu lạc bộ liên thế hệ tự giúp nhau", 2, "câu lạc bộ liên thế hệ tự giúp nhau"), Q("2 câu lạc bộ dưỡng sinh", 2, "câu lạc bộ dưỡng sinh"),
 Q("27 hồ sơ", 27, "hồ sơ"), Q("9 trường hợp", 9, "trường hợp"), Q("khoảng 12 km", 12, "km", "approx"),
 Q("100% người cao tuổi", 100, "%"), Q("ít nhất 2 đợt khám lưu động", 2, "đợt khám lưu động", "over")],
[D("Nghị quyết", "08", "NQ-HĐND", "2025-07-18", "HĐND tỉnh", "Nghị quyết số 08/NQ-HĐND ngày 18/7/2025"),
 D("Nghị định", "76", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 76/2024/NĐ-CP")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương"), com("Quảng Khê")],
["HĐND TỈNH LÂM ĐỒNG", "Trang chủ | Hoạt động của HĐND | Giám sát - Khảo sát", "Đoàn giám sát làm việc tại UBND xã Lạc Dương.",
 "Trung tâm Y tế khu vực", "Thường trực HĐND tỉnh"],
["Chủ Nhật, 14/12/2025 - 08:00", "năm 2025", "hai cấp", "tháng 7 và tháng 8", "kỳ họp cuối năm", "khóa X"]))

PAGES.append(page("b8235-dongnai-nct-tongket-2026", """
Báo Đồng Nai điện tử
Chính trị - Xã hội / Mặt trận - Đoàn thể
16/01/2026 - 08:05
Năm 2025: hơn 214.000 lượt người cao tuổi được khám sức khỏe
Toàn cảnh hội nghị tổng kết. Ảnh: Minh Châu
Sáng 15/1, Ban Chấp hành Hội Người cao tuổi tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác Hội năm 2025, triển khai phương hướng, nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên của Hội sau khi hợp nhất Hội Người cao tuổi hai tỉnh Đồng Nai và Bình Phước.
Dự hội nghị có đồng chí Điểu Lành, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh; ông Huỳnh Văn Mười, Chủ tịch Hội Người cao tuổi tỉnh nhiệm kỳ 2021 - 2026 chủ trì.
Báo cáo cho biết, toàn tỉnh hiện có hơn 520.000 người cao tuổi, 412.300 hội viên sinh hoạt tại 1.046 chi hội. Năm 2025, ngành y tế phối hợp với Hội khám sức khỏe cho hơn 214.000 lượt người cao tuổi, trong đó 31.500 lượt được khám sàng lọc đột quỵ, tim mạch; 98,7% người cao tuổi có thẻ bảo hiểm y tế. Các cấp hội tổ chức mừng thọ cho 28.640 cụ, tổng kinh phí gần 19 tỷ đồng.
Thực hiện Kết luận 07, 08-KL/TU của Ban Thường vụ Tỉnh ủy về công tác người cao tuổi và về củng cố tổ chức Hội sau sắp xếp đơn vị hành chính, các cấp hội đã kiện toàn bộ máy ở 95 xã, phường; thành lập mới 38 câu lạc bộ liên thế hệ tự giúp nhau, nâng tổng số lên 284 câu lạc bộ. Quỹ chăm sóc và phát huy vai trò người cao tuổi đạt 36,4 tỷ đồng, tăng 11% so với năm 2024 (tính chung hai tỉnh).
Tại hội nghị, bà Thị Xuyên, người S'tiêng, Chủ nhiệm Câu lạc bộ liên thế hệ tự giúp nhau sóc Bom Bo, xã Bom Bo, chia sẻ câu lạc bộ có 60 thành viên, mỗi tháng tổ chức đo huyết áp và đưa người già đi khám ở trạm y tế. Ông Lê Văn Thới, Chủ tịch Hội Người cao tuổi phường Trấn Biên, kiến nghị xây dựng phần mềm quản lý hội viên dùng chung cho 95 xã, phường.
Phát biểu chỉ đạo, đồng chí Điểu Lành đề nghị năm 2026 Hội chuẩn bị tốt đại hội hội người cao tuổi các cấp nhiệm kỳ 2026 - 2031, phấn đấu 100% người cao tuổi được lập hồ sơ sức khỏe điện tử; thực hiện Nghị quyết số 42/2025/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh về mức quà mừng thọ thống nhất trên toàn tỉnh, theo đó cụ tròn 90 tuổi được tặng 1,5 triệu đồng, cụ tròn 100 tuổi được tặng 3 triệu đồng.
Dịp này, Trung ương Hội Người cao tuổi Việt Nam tặng bằng khen cho 5 tập thể, 7 cá nhân; UBND tỉnh tặng bằng khen cho 12 tập thể và 20 cá nhân có thành tích xuất sắc. Các bà Điểu Thị Mai, Trần Thị Kim Hoa - Phó Chủ tịch Hội Người cao tuổi tỉnh trao giấy khen cho 40 câu lạc bộ tiêu biểu.
Minh Châu
Tin liên quan
- Phường Bình Phước mừng thọ người cao tuổi đầu năm mới (08/01/2026)
- Khám sức khỏe miễn phí cho 400 người cao tuổi xã Bù Gia Mập (20/12/2025)
- Hội Người cao tuổi tỉnh giao ban quý IV năm 2025 (05/12/2025)
""", "2026-01-16", "Năm 2025: hơn 214.000 lượt người cao tuổi được khám sức khỏe",
E("tong_ket", "2025", "2026-01-15"),
[P("Điểu Lành", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Mười", "Chủ tịch Hội Người cao tuổi tỉnh nhiệm kỳ 2021 - 2026"),
 P("Thị Xuyên", "Chủ nhiệm Câu lạc bộ liên thế hệ tự giúp nhau sóc Bom Bo"),
 P("Lê Văn Thới", "Chủ tịch Hội Người cao tuổi phường Trấn Biên"),
 P("Điểu Thị Mai", "Phó Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Trần Thị Kim Hoa", "Phó Chủ tịch Hội Người cao tuổi tỉnh")],
[Q("hơn 214.000 lượt người cao tuổi", 214000, "lượt người cao tuổi", "over"),
 Q("hơn 520.000 người cao tuổi", 520000, "người cao tuổi", "over"), Q("412.300 hội viên", 412300, "hội viên"),
 Q("1.046 chi hội", 1046, "chi hội"), Q("31.500 lượt", 31500, "lượt"), Q("98,7%", 98.7, "%"), Q("28.640 cụ", 28640, "cụ"),
 Q("gần 19 tỷ đồng", 19000000000, "đồng", "approx"), Q("95 xã, phường", 95, "xã, phường"),
 Q("38 câu lạc bộ liên thế hệ tự giúp nhau", 38, "câu lạc bộ liên thế hệ tự giúp nhau"), Q("284 câu lạc bộ", 284, "câu lạc bộ"),
 Q("36,4 tỷ đồng", 36400000000, "đồng"), Q("11%", 11, "%"), Q("60 thành viên", 60, "thành viên"),
 Q("100% người cao tuổi", 100, "%"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("5 tập thể", 5, "tập thể"), Q("7 cá nhân", 7, "cá nhân"), Q("12 tập thể", 12, "tập thể"),
 Q("20 cá nhân có thành tích xuất sắc", 20, "cá nhân"), Q("40 câu lạc bộ tiêu biểu", 40, "câu lạc bộ tiêu biểu")],
[D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 07, 08-KL/TU"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 07, 08-KL/TU"),
 D("Nghị quyết", "42", "2025/NQ-HĐND", "2025-12-10", "HĐND tỉnh", "Nghị quyết số 42/2025/NQ-HĐND ngày 10/12/2025")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bom Bo"), com("Trấn Biên")],
["Báo Đồng Nai điện tử", "Chính trị - Xã hội / Mặt trận - Đoàn thể", "Toàn cảnh hội nghị tổng kết. Ảnh: Minh Châu",
 "Trung ương Hội Người cao tuổi Việt Nam"],
["16/01/2026 - 08:05", "Năm 2025", "năm 2026", "2021 - 2026", "2026 - 2031", "năm 2024", "90 tuổi", "100 tuổi"]))

PAGES.append(page("b8236-khanhhoa-xa-daihoi-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHƯỚC HỮU
Tỉnh Khánh Hòa
Tin tức > Hoạt động đoàn thể
20/03/2026 | 09:30
Các đại biểu bỏ phiếu bầu Ban Chấp hành khóa I.
Đại hội đại biểu Hội Người cao tuổi xã Phước Hữu lần thứ I, nhiệm kỳ 2026 - 2031
Ngày 19/3/2026, Hội Người cao tuổi xã Phước Hữu tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2026 - 2031. Đây là đại hội đầu tiên của Hội sau khi xã Phước Hữu (mới) được thành lập trên cơ sở sáp nhập các xã Phước Hữu, Phước Thái, Phước Vinh cũ. Dự đại hội có đồng chí Đàng Văn Thọ, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy xã; bà Thập Thị Hường, Phó Chủ tịch Hội Người cao tuổi tỉnh Khánh Hòa cùng 120 đại biểu đại diện cho 2.150 hội viên sinh hoạt tại 14 chi hội.
Nhiệm kỳ qua, tính chung các xã cũ, các cấp hội đã vận động con cháu và nhà hảo tâm xây dựng quỹ hội đạt 480 triệu đồng; phối hợp Trạm Y tế khám sức khỏe cho 1.860 lượt người cao tuổi, lập hồ sơ theo dõi sức khỏe cho 92% hội viên; mừng thọ cho 412 cụ ở tuổi 70, 75, 80, 85, 90 và trên 90. Xã hiện có 6 câu lạc bộ dưỡng sinh, 3 câu lạc bộ liên thế hệ tự giúp nhau và 1 đội văn nghệ dân gian Chăm.
Đại hội đã nghe tham luận của bà Chamaléa Thị Sen, người Raglai, Chi hội trưởng Chi hội Người cao tuổi thôn Phước Lập, về vận động người già đi khám bệnh, bỏ tập quán chữa bệnh bằng cúng bái. Ông Pinăng Văn Hòa, người có uy tín thôn Phước Lập, nêu kinh nghiệm hòa giải mâu thuẫn trong dòng họ, giúp 5 vụ việc tranh chấp đất rẫy được giải quyết ngay tại thôn.
Thực hiện Quyết định số 27-QĐ/ĐU ngày 2/2/2026 của Ban Thường vụ Đảng ủy xã về việc chỉ đạo đại hội và Chỉ thị 03, 04-CT/ĐU của Ban Thường vụ Đảng ủy xã về lãnh đạo đại hội các đoàn thể, đại hội đã bầu Ban Chấp hành khóa I gồm 11 ủy viên. Ông Quảng Đại Tài, nguyên Chủ tịch Hội Người cao tuổi xã Phước Thái, được bầu giữ chức Chủ tịch Hội Người cao tuổi xã nhiệm kỳ 2026 - 2031; bà Trượng Thị Nga và ông Nguyễn Văn Tư được bầu làm Phó Chủ tịch Hội.
Đại hội thống nhất các chỉ tiêu đến năm 2031: phát triển thêm ít nhất 300 hội viên mới; 100% người cao tuổi được lập hồ sơ sức khỏe điện tử; trên 95% người cao tuổi có thẻ bảo hiểm y tế; thành lập thêm 4 câu lạc bộ liên thế hệ tự giúp nhau ở các thôn đồng bào Raglai.
Phát biểu chỉ đạo, đồng chí Đàng Văn Thọ đề nghị Hội phát huy vai trò người cao tuổi trong giữ gìn bản sắc văn hóa Chăm, Raglai, tham gia xây dựng nông thôn mới nâng cao. Bà Thập Thị Hường trao tặng Hội 10 máy đo huyết áp điện tử, trị giá mỗi máy 900.000 đồng.
Thanh Trà
Tin khác
- Xã Phước Hữu tổ chức khám sức khỏe cho người cao tuổi (10/03/2026)
- Ra mắt Ban Chấp hành lâm thời Hội Người cao tuổi xã (15/08/2025)
- Mừng thọ người cao tuổi dịp Tết Bính Ngọ (12/02/2026)
- Hội Người cao tuổi tỉnh hướng dẫn tổ chức đại hội cấp xã (20/01/2026)
""", "2026-03-20", "Đại hội đại biểu Hội Người cao tuổi xã Phước Hữu lần thứ I, nhiệm kỳ 2026 - 2031",
E("dai_hoi", None, "2026-03-19"),
[P("Đàng Văn Thọ", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Thập Thị Hường", "Phó Chủ tịch Hội Người cao tuổi tỉnh Khánh Hòa"),
 P("Chamaléa Thị Sen", "Chi hội trưởng Chi hội Người cao tuổi thôn Phước Lập"),
 P("Pinăng Văn Hòa", "người có uy tín thôn Phước Lập"),
 P("Quảng Đại Tài", "nguyên Chủ tịch Hội Người cao tuổi xã Phước Thái", "Chủ tịch Hội Người cao tuổi xã nhiệm kỳ 2026 - 2031"),
 P("Trượng Thị Nga", "Phó Chủ tịch Hội"),
 P("Nguyễn Văn Tư", "Phó Chủ tịch Hội")],
[Q("120 đại biểu", 120, "đại biểu"), Q("2.150 hội viên", 2150, "hội viên"), Q("14 chi hội", 14, "chi hội"),
 Q("480 triệu đồng", 480000000, "đồng"), Q("1.860 lượt người cao tuổi", 1860, "lượt người cao tuổi"), Q("92%", 92, "%"),
 Q("412 cụ", 412, "cụ"), Q("6 câu lạc bộ dưỡng sinh", 6, "câu lạc bộ dưỡng sinh"),
 Q("3 câu lạc bộ liên thế hệ tự giúp nhau", 3, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("5 vụ việc tranh chấp đất rẫy", 5, "vụ việc tranh chấp đất rẫy"), Q("11 ủy viên", 11, "ủy viên"),
 Q("ít nhất 300 hội viên mới", 300, "hội viên mới", "over"), Q("100% người cao tuổi", 100, "%"), Q("trên 95%", 95, "%", "over"),
 Q("4 câu lạc bộ liên thế hệ tự giúp nhau", 4, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("10 máy đo huyết áp điện tử", 10, "máy đo huyết áp điện tử"), Q("900.000 đồng", 900000, "đồng")],
[D("Quyết định", "27", "QĐ/ĐU", "2026-02-02", "Ban Thường vụ Đảng ủy xã", "Quyết định số 27-QĐ/ĐU ngày 2/2/2026"),
 D("Chỉ thị", "03", "CT/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Chỉ thị 03, 04-CT/ĐU"),
 D("Chỉ thị", "04", "CT/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Chỉ thị 03, 04-CT/ĐU")],
[prov("Khánh Hòa"), com("Phước Hữu"), com("Phước Thái"), com("Phước Vinh")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHƯỚC HỮU", "Tỉnh Khánh Hòa", "Tin tức > Hoạt động đoàn thể", "Các đại biểu bỏ phiếu bầu Ban Chấp hành khóa I."],
["20/03/2026 | 09:30", "lần thứ I", "2026 - 2031", "năm 2031", "70, 75, 80, 85, 90 và trên 90", "1 đội văn nghệ dân gian Chăm", "khóa I"]))
