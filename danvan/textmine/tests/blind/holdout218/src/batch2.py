from lib import *
PAGES = []

PAGES.append(page("b5195-daklak-mttq-giamsat-2017", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ > Hoạt động Mặt trận > Giám sát và phản biện xã hội
03-11-2017 09:40
Giám sát việc thực hiện chính sách hỗ trợ học sinh bán trú tại huyện Krông Bông
Ngày 1/11/2017, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk do đồng chí Y Ngông Ksơr, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ học sinh và trường phổ thông ở xã, thôn đặc biệt khó khăn tại huyện Krông Bông, theo chương trình giám sát năm 2017.
Đoàn giám sát làm việc tại Trường PTDT bán trú THCS xã Yang Mao.
Cùng tham gia đoàn có đồng chí H'Mai Byă, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh; đại diện Sở Giáo dục và Đào tạo, Sở Tài chính, Hội Liên hiệp Phụ nữ tỉnh.
Theo báo cáo của UBND huyện, thực hiện Nghị định số 116/2016/NĐ-CP ngày 18/7/2016 của Chính phủ, năm học 2016-2017 toàn huyện có 1.538 học sinh được hưởng chính sách hỗ trợ tiền ăn, nhà ở và gạo; tổng kinh phí hơn 9,6 tỷ đồng, cấp 264 tấn gạo. Các xã Yang Mao, Cư Drăm, Hòa Phong có tỷ lệ học sinh bán trú cao nhất, chiếm khoảng 62% tổng số học sinh được hỗ trợ.
Qua giám sát trực tiếp tại 4 trường, đoàn ghi nhận bếp ăn bán trú cơ bản bảo đảm vệ sinh, mỗi em được hỗ trợ 40% mức lương cơ sở/tháng và 15 kg gạo/tháng. Tuy nhiên, còn 2 trường chưa có nhà ở bán trú, 73 học sinh phải ở nhờ nhà dân; việc công khai danh sách học sinh được hỗ trợ tại một số trường chưa kịp thời.
Thầy Y Blôk Niê, Hiệu trưởng Trường PTDT bán trú THCS Yang Mao, kiến nghị bổ sung 1 nhân viên nấu ăn vì hiện 2 cô cấp dưỡng phải nấu cho 310 em. Bà H'Liên Mlô, Phó Trưởng Ban đại diện cha mẹ học sinh nhà trường, đề nghị nâng mức hỗ trợ nhà ở cho các em ở xa trường trên 10 km.
Kết luận buổi giám sát, đồng chí Y Ngông Ksơr đề nghị UBND huyện chỉ đạo rà soát, không để sót đối tượng; phối hợp với Ủy ban MTTQ huyện thực hiện Quyết định 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội; báo cáo kết quả khắc phục trước ngày 30/12/2017. Kết quả giám sát sẽ được tổng hợp, kiến nghị UBND tỉnh Đắk Lắk theo Kế hoạch số 45/KH-MTTQ-BTT ngày 6/3/2017 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Trước đó, đoàn đã làm việc với Phòng Giáo dục và Đào tạo huyện, kiểm tra hồ sơ, sổ sách chi trả và trò chuyện với các em học sinh người Êđê, Mnông tại khu nội trú.
Cùng ngày, đoàn đã tặng 100 suất quà cho học sinh bán trú, mỗi suất trị giá 300.000 đồng.
H'Xíu - Ban Tuyên giáo
Tin khác
- Hội nghị phản biện dự thảo Nghị quyết về học phí năm học 2017-2018 (20/10/2017)
- Ra mắt 3 Ban Thanh tra nhân dân tại trường học (05/10/2017)
- Tặng 1.000 chiếc áo ấm cho học sinh nghèo (18/09/2017)
""", "2017-11-03", "Giám sát việc thực hiện chính sách hỗ trợ học sinh bán trú tại huyện Krông Bông",
E("giam_sat", "2017", "2017-11-01"),
[P("Y Ngông Ksơr", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Mai Byă", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Blôk Niê", "Hiệu trưởng Trường PTDT bán trú THCS Yang Mao"),
 P("H'Liên Mlô", "Phó Trưởng Ban đại diện cha mẹ học sinh nhà trường")],
[Q("1.538 học sinh", 1538, "học sinh"), Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"), Q("264 tấn", 264, "tấn"),
 Q("khoảng 62%", 62, "%", "approx"), Q("4 trường", 4, "trường"), Q("40%", 40, "%"), Q("15 kg", 15, "kg"),
 Q("2 trường", 2, "trường"), Q("73 học sinh", 73, "học sinh"), Q("1 nhân viên nấu ăn", 1, "nhân viên nấu ăn"),
 Q("2 cô cấp dưỡng", 2, "cô cấp dưỡng"), Q("310 em", 310, "em"), Q("trên 10 km", 10, "km", "over"),
 Q("100 suất quà", 100, "suất quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Nghị định", "116", "2016/NĐ-CP", "2016-07-18", "Chính phủ", "Nghị định số 116/2016/NĐ-CP ngày 18/7/2016"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", "2017-03-06", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 45/KH-MTTQ-BTT ngày 6/3/2017")],
[prov("Đắk Lắk"), com("Yang Mao"), com("Cư Drăm"), com("Hòa Phong")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ > Hoạt động Mặt trận > Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại Trường PTDT bán trú THCS xã Yang Mao."],
["03-11-2017 09:40", "năm 2017", "năm học 2016-2017", "ngày 30/12/2017"]))

PAGES.append(page("b5196-hanoi-phucloi-khuyenhoc-daihoi-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN LONG BIÊN
Vị trí: Trang chủ :: Tin tức - Sự kiện :: Phường
21.04.2018 | 16:05
Ảnh: Đại hội biểu quyết thông qua nghị quyết.
Đại hội đại biểu Hội Khuyến học phường Phúc Lợi lần thứ IV, nhiệm kỳ 2018 - 2023
Ngày 20/4/2018, Hội Khuyến học phường Phúc Lợi, quận Long Biên, thành phố Hà Nội tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2018 - 2023. Dự đại hội có đồng chí Lê Thị Thanh Hương, Phó Chủ tịch Hội Khuyến học thành phố; đồng chí Ngô Đức Vinh, Ủy viên Ban Thường vụ Quận ủy, Trưởng Ban Dân vận Quận ủy; đồng chí Đặng Văn Quý, Bí thư Đảng ủy phường Phúc Lợi cùng 125 đại biểu đại diện cho hơn 3.400 hội viên của 14 chi hội.
Báo cáo của Ban Chấp hành nhiệm kỳ 2013 - 2018 cho biết, Hội đã phối hợp với 5 trường mầm non, tiểu học, THCS trên địa bàn xây dựng 1.865 "Gia đình hiếu học", 22 "Dòng họ hiếu học" và 16 "Cộng đồng học tập" cấp tổ dân phố. Quỹ khuyến học phường huy động được trên 1,15 tỷ đồng, trao 2.460 suất học bổng, phần thưởng cho học sinh nghèo vượt khó, học sinh giỏi; 98% học sinh lớp 9 của phường thi đỗ vào lớp 10 công lập và ngoài công lập.
Thực hiện Chỉ thị số 11-CT/TW ngày 13/4/2007 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập và Quyết định số 281/QĐ-TTg ngày 20/2/2014 của Thủ tướng Chính phủ, Hội đã phối hợp với Trung tâm học tập cộng đồng mở 38 lớp chuyên đề với khoảng 4.200 lượt người tham gia.
Phát biểu chỉ đạo, đồng chí Ngô Đức Vinh đề nghị Hội tiếp tục thực hiện Kế hoạch 89-KH/QU của Quận ủy về xây dựng xã hội học tập giai đoạn 2018 - 2020; phát huy vai trò của các nhà giáo nghỉ hưu, cựu giáo chức trong vận động nhân dân chăm lo sự nghiệp giáo dục; gắn công tác khuyến học với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Đại hội đã bầu Ban Chấp hành nhiệm kỳ 2018 - 2023 gồm 15 đồng chí. Tại phiên họp thứ nhất, đồng chí Nguyễn Thị Bích Liên, nguyên Hiệu trưởng Trường THCS Phúc Lợi, được tín nhiệm giữ chức Chủ tịch Hội Khuyến học phường khóa IV; các đồng chí Trịnh Văn Sơn, Lưu Thị Mai được bầu làm Phó Chủ tịch Hội Khuyến học phường.
Đại hội đã thông qua nghị quyết với chỉ tiêu đến năm 2023 có ít nhất 85% hộ gia đình đạt danh hiệu "Gia đình học tập" và phát triển thêm 300 hội viên mới.
Thu Trang (Đài Truyền thanh phường)
Tin cùng chuyên mục
- Phường Phúc Lợi ra quân dọn vệ sinh môi trường (15/04/2018)
- Hội nghị tiếp xúc cử tri trước kỳ họp HĐND (10/04/2018)
- Trao 60 suất quà cho học sinh có hoàn cảnh khó khăn (02/02/2018)
""", "2018-04-21", "Đại hội đại biểu Hội Khuyến học phường Phúc Lợi lần thứ IV, nhiệm kỳ 2018 - 2023",
E("dai_hoi", None, "2018-04-20"),
[P("Lê Thị Thanh Hương", "Phó Chủ tịch Hội Khuyến học thành phố"),
 P("Ngô Đức Vinh", "Ủy viên Ban Thường vụ Quận ủy", "Trưởng Ban Dân vận Quận ủy"),
 P("Đặng Văn Quý", "Bí thư Đảng ủy phường Phúc Lợi"),
 P("Nguyễn Thị Bích Liên", "nguyên Hiệu trưởng Trường THCS Phúc Lợi", "Chủ tịch Hội Khuyến học phường khóa IV"),
 P("Trịnh Văn Sơn", "Phó Chủ tịch Hội Khuyến học phường"),
 P("Lưu Thị Mai", "Phó Chủ tịch Hội Khuyến học phường")],
[Q("125 đại biểu", 125, "đại biểu"), Q("hơn 3.400 hội viên", 3400, "hội viên", "over"), Q("14 chi hội", 14, "chi hội"),
 Q("5 trường mầm non, tiểu học, THCS", 5, "trường mầm non, tiểu học, THCS"),
 Q('1.865 "Gia đình hiếu học"', 1865, "Gia đình hiếu học"), Q('22 "Dòng họ hiếu học"', 22, "Dòng họ hiếu học"),
 Q('16 "Cộng đồng học tập"', 16, "Cộng đồng học tập"),
 Q("trên 1,15 tỷ đồng", 1150000000, "đồng", "over"), Q("2.460 suất học bổng, phần thưởng", 2460, "suất học bổng, phần thưởng"),
 Q("98%", 98, "%"), Q("38 lớp chuyên đề", 38, "lớp chuyên đề"), Q("khoảng 4.200 lượt người", 4200, "lượt người", "approx"),
 Q("15 đồng chí", 15, "đồng chí"), Q("ít nhất 85%", 85, "%", "over"), Q("300 hội viên mới", 300, "hội viên mới")],
[D("Chỉ thị", "11", "CT/TW", "2007-04-13", "Bộ Chính trị", "Chỉ thị số 11-CT/TW ngày 13/4/2007"),
 D("Quyết định", "281", "QĐ-TTg", "2014-02-20", "Thủ tướng Chính phủ", "Quyết định số 281/QĐ-TTg ngày 20/2/2014"),
 D("Kế hoạch", "89", "KH/QU", None, "Quận ủy", "Kế hoạch 89-KH/QU")],
[prov("Hà Nội"), com("Phúc Lợi")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN LONG BIÊN", "Vị trí: Trang chủ :: Tin tức - Sự kiện :: Phường",
 "Ảnh: Đại hội biểu quyết thông qua nghị quyết.", "Gia đình hiếu học", "Dòng họ hiếu học", "Cộng đồng học tập",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Gia đình học tập", "Đài Truyền thanh phường"],
["21.04.2018 | 16:05", "lần thứ IV", "nhiệm kỳ 2018 - 2023", "nhiệm kỳ 2013 - 2018", "15 đồng chí", "lớp 9", "lớp 10",
 "giai đoạn 2018 - 2020", "phiên họp thứ nhất", "khóa IV", "năm 2023"]))

PAGES.append(page("b5197-cantho-bdv-hocsinhkhmer-hoinghi-2019", """
Báo Cần Thơ Online
Chính trị › Dân vận
Cập nhật lúc 17:20 ngày 22/11/2019
Biểu dương 120 học sinh, sinh viên dân tộc Khmer tiêu biểu năm 2019
Sáng 21-11, Ban Dân vận Thành ủy phối hợp với Ban Dân tộc thành phố, Sở Giáo dục và Đào tạo tổ chức Hội nghị biểu dương học sinh, sinh viên dân tộc Khmer tiêu biểu năm 2019. Đến dự có đồng chí Lê Thị Minh Nguyệt, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Cần Thơ; đồng chí Sơn Thanh Liêm, Trưởng Ban Dân tộc thành phố.
Đồng chí Lê Thị Minh Nguyệt trao giấy khen cho các em học sinh tiêu biểu.
Thành phố hiện có hơn 21.000 người Khmer, sống tập trung ở quận Ô Môn, huyện Thới Lai, huyện Vĩnh Thạnh. Năm học 2018-2019, toàn thành phố có 3.812 học sinh, sinh viên người Khmer, tăng 214 em so với năm học trước; 100% học sinh Khmer thuộc hộ nghèo, hộ cận nghèo được miễn học phí theo Nghị định 86/2015/NĐ-CP của Chính phủ. Trường Phổ thông Dân tộc nội trú thành phố có 280 học sinh, tỷ lệ tốt nghiệp THPT đạt 100%.
Thực hiện Chỉ thị số 19-CT/TW ngày 10/1/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới và Kế hoạch số 112-KH/TU ngày 2/5/2018 của Thành ủy, các cấp đã vận động 6 chùa Khmer mở lớp dạy chữ Khmer hè cho 645 em; trao 430 suất học bổng với tổng số tiền gần 650 triệu đồng.
Tại hội nghị, Đại đức Danh Sóc Tha, trụ trì chùa Pôthisomrôn, phường Trường Lạc, chia sẻ: nhà chùa luôn phối hợp với nhà trường động viên con em đồng bào đi học đầy đủ. Em Thạch Thị Chanh Đa, sinh viên Trường Đại học Cần Thơ, đại diện các bạn phát biểu cảm tưởng, hứa sẽ học tập tốt để trở về phục vụ quê hương.
Phát biểu tại hội nghị, đồng chí Lê Thị Minh Nguyệt ghi nhận sự nỗ lực của các em và vai trò của các chức sắc, chức việc, người có uy tín trong đồng bào Khmer. Đồng chí đề nghị các ngành tiếp tục thực hiện tốt Đề án "Hỗ trợ học sinh, sinh viên dân tộc thiểu số" của thành phố, quan tâm tạo việc làm cho sinh viên Khmer sau tốt nghiệp.
Dịp này, Ban Dân vận Thành ủy tặng giấy khen cho 120 học sinh, sinh viên dân tộc Khmer tiêu biểu, mỗi em nhận 1 phần quà trị giá 1 triệu đồng. Các đồng chí Phó Trưởng Ban Dân vận Thành ủy: Trần Văn Cường, Kim Thị Sóc Kha trao quà cho các em.
Hội nghị được tổ chức định kỳ hằng năm, góp phần cổ vũ phong trào thi đua học tập trong con em đồng bào Khmer và củng cố niềm tin của bà con đối với Đảng, chính quyền.
Thanh Thúy
Tin liên quan
- Ô Môn họp mặt mừng lễ Sene Đolta (26/09/2019)
- Thới Lai: Vận động 200 học sinh ra lớp (30/08/2019)
- Hội nghị người có uy tín trong đồng bào Khmer năm 2019 (15/08/2019)
""", "2019-11-22", "Biểu dương 120 học sinh, sinh viên dân tộc Khmer tiêu biểu năm 2019",
E("hoi_nghi", "2019", "2019-11-21"),
[P("Lê Thị Minh Nguyệt", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố Cần Thơ"),
 P("Sơn Thanh Liêm", "Trưởng Ban Dân tộc thành phố"),
 P("Danh Sóc Tha", "Đại đức", "trụ trì chùa Pôthisomrôn"),
 P("Thạch Thị Chanh Đa", "sinh viên Trường Đại học Cần Thơ"),
 P("Trần Văn Cường", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Kim Thị Sóc Kha", "Phó Trưởng Ban Dân vận Thành ủy")],
[Q("120 học sinh, sinh viên dân tộc Khmer tiêu biểu", 120, "học sinh, sinh viên dân tộc Khmer tiêu biểu"),
 Q("hơn 21.000 người Khmer", 21000, "người Khmer", "over"), Q("3.812 học sinh, sinh viên", 3812, "học sinh, sinh viên"),
 Q("214 em", 214, "em"), Q("100%", 100, "%"), Q("280 học sinh", 280, "học sinh"),
 Q("6 chùa Khmer", 6, "chùa Khmer"), Q("645 em", 645, "em"), Q("430 suất học bổng", 430, "suất học bổng"),
 Q("gần 650 triệu đồng", 650000000, "đồng", "approx"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị định", "86", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 86/2015/NĐ-CP"),
 D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/1/2018"),
 D("Kế hoạch", "112", "KH/TU", "2018-05-02", "Thành ủy", "Kế hoạch số 112-KH/TU ngày 2/5/2018")],
[prov("Cần Thơ"), com("Trường Lạc")],
["Báo Cần Thơ Online", "Chính trị › Dân vận", "Đồng chí Lê Thị Minh Nguyệt trao giấy khen cho các em học sinh tiêu biểu.",
 "Hỗ trợ học sinh, sinh viên dân tộc thiểu số", "chùa Pôthisomrôn", "Trường Đại học Cần Thơ"],
["Cập nhật lúc 17:20 ngày 22/11/2019", "năm 2019", "Năm học 2018-2019", "năm học trước", "1 phần quà"]))

PAGES.append(page("b5198-kontum-dukgd-baocao-2020", """
ĐẢNG BỘ TỈNH KON TUM - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ | Xây dựng Đảng | Dân vận
29/12/2020 06:00
Đảng ủy Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện công tác dân vận năm 2020
Ngày 28/12/2020, Đảng ủy Sở Giáo dục và Đào tạo tỉnh Kon Tum đã có Báo cáo số 84-BC/ĐU về kết quả thực hiện công tác dân vận năm 2020 và phương hướng năm 2021 gửi Ban Dân vận Tỉnh ủy và Đảng ủy Khối Các cơ quan tỉnh.
Theo báo cáo, trong năm 2020, Đảng ủy Sở đã lãnh đạo 19 chi bộ trực thuộc quán triệt, thực hiện Kết luận 114-KL/TW của Ban Bí thư và Chương trình hành động số 32-CTr/ĐU ngày 15/1/2020 của Đảng ủy Sở về công tác dân vận. Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở của Sở đã được kiện toàn, gồm 9 thành viên do đồng chí A Tuấn, Bí thư Đảng ủy, Giám đốc Sở Giáo dục và Đào tạo làm Trưởng ban; đồng chí Y Hoa, Phó Bí thư Đảng ủy, Phó Giám đốc Sở làm Phó Trưởng ban Thường trực.
Dù ảnh hưởng của dịch Covid-19, học sinh phải nghỉ học gần 3 tháng, ngành giáo dục đã phối hợp với Mặt trận, đoàn thể vận động được 98,7% học sinh trở lại trường sau thời gian giãn cách; tỷ lệ học sinh bỏ học giảm còn 0,36%. Các trường đã vận động phụ huynh, nhà hảo tâm ủng hộ gần 2.600 bộ sách giáo khoa, 318 chiếc ti vi, điện thoại phục vụ học trực tuyến và 1.040 suất quà cho học sinh nghèo người Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng.
Phong trào thi đua "Dân vận khéo" được triển khai sâu rộng; năm 2020 có 27 mô hình, điển hình "Dân vận khéo" được công nhận, trong đó 3 mô hình cấp tỉnh. Tiêu biểu là mô hình "Cõng chữ lên non" của cô Y Thị Nhung, giáo viên Trường Mầm non xã Đăk Choong, và mô hình "Bữa cơm có thầy" của Trường PTDT bán trú Tiểu học và THCS xã Măng Ri.
Báo cáo cũng chỉ ra hạn chế: một số chi bộ chưa đưa nội dung dân vận vào sinh hoạt thường xuyên; việc nắm tình hình tư tưởng giáo viên hợp đồng còn chậm. Trong năm, Sở đã tiếp nhận 14 đơn thư, giải quyết 13 đơn, đạt 92,8%.
Năm 2021, Đảng ủy Sở đề ra chỉ tiêu 100% chi bộ thực hiện tốt Quy chế dân vận; mỗi trường có ít nhất 1 mô hình "Dân vận khéo"; phấn đấu không dưới 95% học sinh dân tộc thiểu số hoàn thành chương trình tiểu học; tham gia triển khai Nghị quyết số 88/2019/QH14 của Quốc hội về Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Báo cáo do đồng chí A Tuấn ký. Ban Dân vận Tỉnh ủy đánh giá đây là một trong những đảng bộ khối cơ quan làm tốt công tác dân vận trong năm.
Đ.H (Ban Dân vận Tỉnh ủy)
Bài viết liên quan
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2020 (24/12/2020)
- Trao 500 suất quà cho học sinh vùng sâu (15/12/2020)
- Hội nghị người có uy tín tỉnh Kon Tum năm 2020 (20/11/2020)
""", "2020-12-29", "Đảng ủy Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện công tác dân vận năm 2020",
E("bao_cao", "2020", "2020-12-28"),
[P("A Tuấn", "Bí thư Đảng ủy", "Giám đốc Sở Giáo dục và Đào tạo", "Trưởng ban"),
 P("Y Hoa", "Phó Bí thư Đảng ủy", "Phó Giám đốc Sở", "Phó Trưởng ban Thường trực"),
 P("Y Thị Nhung", "giáo viên Trường Mầm non xã Đăk Choong")],
[Q("19 chi bộ", 19, "chi bộ"), Q("9 thành viên", 9, "thành viên"), Q("98,7%", 98.7, "%"), Q("0,36%", 0.36, "%"),
 Q("gần 2.600 bộ sách giáo khoa", 2600, "bộ sách giáo khoa", "approx"), Q("318 chiếc ti vi, điện thoại", 318, "chiếc ti vi, điện thoại"),
 Q("1.040 suất quà", 1040, "suất quà"), Q("27 mô hình, điển hình", 27, "mô hình, điển hình"),
 Q("3 mô hình cấp tỉnh", 3, "mô hình cấp tỉnh"), Q("14 đơn thư", 14, "đơn thư"), Q("13 đơn", 13, "đơn"),
 Q("92,8%", 92.8, "%"), Q("100%", 100, "%"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("không dưới 95%", 95, "%", "over")],
[D("Báo cáo", "84", "BC/ĐU", "2020-12-28", "Đảng ủy Sở Giáo dục và Đào tạo tỉnh Kon Tum", "Báo cáo số 84-BC/ĐU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW"),
 D("Chương trình hành động", "32", "CTr/ĐU", "2020-01-15", "Đảng ủy Sở", "Chương trình hành động số 32-CTr/ĐU ngày 15/1/2020"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14")],
[prov("Kon Tum"), com("Đăk Choong"), com("Măng Ri")],
["ĐẢNG BỘ TỈNH KON TUM - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ | Xây dựng Đảng | Dân vận", "Dân vận khéo",
 "Cõng chữ lên non", "Bữa cơm có thầy", "Quy chế dân vận", "Đ.H (Ban Dân vận Tỉnh ủy)"],
["29/12/2020 06:00", "năm 2020", "năm 2021", "gần 3 tháng", "Covid-19"]))

PAGES.append(page("b5199-hungyen-giaovien-danvankheo-2021", """
BÁO HƯNG YÊN ĐIỆN TỬ
You are here: Trang chủ / Xã hội / Gương sáng
Thứ Tư, 08/09/2021, 08:05
Cô giáo Đào Thị Hiền (bìa phải) đến nhà vận động học sinh nhập học.
Cô giáo "Dân vận khéo" ở xã Tân Dân
Hơn 20 năm đứng lớp, cô Đào Thị Hiền, Bí thư Chi bộ, Phó Hiệu trưởng Trường Tiểu học Tân Dân, huyện Khoái Châu, được phụ huynh và học trò gọi thân mật là "cô giáo dân vận". Năm 2021, cô là một trong 12 gương điển hình "Dân vận khéo" được Ban Dân vận Tỉnh ủy Hưng Yên biểu dương.
Xã Tân Dân có hơn 1.300 hộ làm nghề trồng cây cảnh, nhiều phụ huynh đi làm ăn xa, gửi con cho ông bà. Năm học 2019-2020, trường có 27 học sinh thường xuyên nghỉ học, 9 em có nguy cơ bỏ học. Cô Hiền cùng 14 giáo viên chủ nhiệm lập nhóm "Cô trò cùng tiến", chia nhau đến từng nhà, trò chuyện với ông bà, gọi điện cho bố mẹ các em. Sau một học kỳ, cả 27 em đều đi học đều; không em nào bỏ học.
Thực hiện Kế hoạch số 165-KH/TU ngày 9/3/2020 của Tỉnh ủy về phong trào thi đua "Dân vận khéo" giai đoạn 2020 - 2025 và Hướng dẫn 23-HD/BDVTU của Ban Dân vận Tỉnh ủy, cô đề xuất với chi bộ mô hình "Phụ huynh đồng hành cùng nhà trường". Chỉ trong 2 năm, phụ huynh đã góp hơn 350 triệu đồng, 620 ngày công để lát sân, xây 2 nhà vệ sinh, mua 40 bộ bàn ghế và làm thư viện xanh với trên 2.000 đầu sách.
Khi dịch Covid-19 bùng phát, cô vận động các nhà hảo tâm tặng 56 máy tính bảng cho học sinh nghèo học trực tuyến. Ông Lê Văn Thịnh, Trưởng thôn Đông Kết, xã Tân Dân, kể: "Cô Hiền nói chuyện nhẹ nhàng, có lý có tình, nên bà con nghe theo".
Đồng chí Nguyễn Văn Huân, Bí thư Đảng ủy xã Tân Dân, cho biết: từ cách làm của cô Hiền, Đảng ủy đã ban hành Nghị quyết chuyên đề số 08-NQ/ĐU về công tác dân vận trong trường học, nhân rộng ra 3 trường mầm non, tiểu học, THCS của xã. Tỷ lệ phụ huynh tham gia họp lớp đạt trên 95%.
Bà Trần Thị Thu, Phó Trưởng Ban Dân vận Huyện ủy Khoái Châu, nhận xét: cô Hiền là minh chứng cho phương châm "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân" trong ngành giáo dục.
Nói về công việc của mình, cô Hiền chỉ giản dị: "Muốn học trò đến lớp thì trước hết phải hiểu gia đình các em, phải coi phụ huynh là người cùng làm với mình. Có lúc đến nhà ba, bốn lần mới thuyết phục được, nhưng khi các em trở lại lớp thì mọi vất vả đều xứng đáng". Với những đóng góp đó, cô nhiều năm liền đạt danh hiệu chiến sĩ thi đua cơ sở và được các thế hệ học trò quý mến.
Bài, ảnh: Minh Thu
Xem thêm
- Hưng Yên biểu dương điển hình "Dân vận khéo" năm 2021 (28/08/2021)
- Khoái Châu: Trao 300 suất học bổng (20/08/2021)
- Vận động phụ huynh tiêm vắc xin phòng Covid-19 (10/08/2021)
""", "2021-09-08", "Cô giáo \"Dân vận khéo\" ở xã Tân Dân",
E("khac", None, None),
[P("Đào Thị Hiền", "Bí thư Chi bộ", "Phó Hiệu trưởng Trường Tiểu học Tân Dân"),
 P("Lê Văn Thịnh", "Trưởng thôn Đông Kết"),
 P("Nguyễn Văn Huân", "Bí thư Đảng ủy xã Tân Dân"),
 P("Trần Thị Thu", "Phó Trưởng Ban Dân vận Huyện ủy Khoái Châu")],
[Q("12 gương điển hình", 12, "gương điển hình"), Q("hơn 1.300 hộ", 1300, "hộ", "over"), Q("27 học sinh", 27, "học sinh"),
 Q("9 em", 9, "em"), Q("14 giáo viên chủ nhiệm", 14, "giáo viên chủ nhiệm"),
 Q("hơn 350 triệu đồng", 350000000, "đồng", "over"), Q("620 ngày công", 620, "ngày công"), Q("2 nhà vệ sinh", 2, "nhà vệ sinh"),
 Q("40 bộ bàn ghế", 40, "bộ bàn ghế"), Q("trên 2.000 đầu sách", 2000, "đầu sách", "over"),
 Q("56 máy tính bảng", 56, "máy tính bảng"), Q("3 trường mầm non, tiểu học, THCS", 3, "trường mầm non, tiểu học, THCS"),
 Q("trên 95%", 95, "%", "over")],
[D("Kế hoạch", "165", "KH/TU", "2020-03-09", "Tỉnh ủy", "Kế hoạch số 165-KH/TU ngày 9/3/2020"),
 D("Hướng dẫn", "23", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 23-HD/BDVTU"),
 D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy", "Nghị quyết chuyên đề số 08-NQ/ĐU")],
[prov("Hưng Yên"), com("Tân Dân")],
["BÁO HƯNG YÊN ĐIỆN TỬ", "You are here: Trang chủ / Xã hội / Gương sáng",
 "Cô giáo Đào Thị Hiền (bìa phải) đến nhà vận động học sinh nhập học.", "Dân vận khéo", "cô giáo dân vận",
 "Cô trò cùng tiến", "Phụ huynh đồng hành cùng nhà trường", "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân"],
["Thứ Tư, 08/09/2021, 08:05", "Hơn 20 năm", "Năm 2021", "Năm học 2019-2020", "một học kỳ", "cả 27 em", "2 năm",
 "giai đoạn 2020 - 2025"]))

PAGES.append(page("b5200-binhdinh-bdv-giaoduc-tongket-2022", """
Báo Bình Định - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Định
Chính trị - Xây dựng Đảng
27 tháng 12, 2022 | 17:45
Toàn cảnh hội nghị. Ảnh: N.H
Ngành Giáo dục: 156 mô hình "Dân vận khéo" được công nhận
(BĐ) - Ngày 26.12, Ban Dân vận Tỉnh ủy phối hợp với Ban cán sự đảng UBND tỉnh tổ chức hội nghị tổng kết công tác dân vận chính quyền và phong trào thi đua "Dân vận khéo" trong ngành giáo dục năm 2022. Đồng chí Lê Văn Toản, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí Đinh Thị Hường, Giám đốc Sở Giáo dục và Đào tạo chủ trì.
Năm 2022, toàn ngành có 156 mô hình "Dân vận khéo" được công nhận, trong đó 41 mô hình cấp tỉnh, 115 mô hình cấp huyện. Các trường vận động được 8.640 học sinh tham gia bảo hiểm y tế, nâng tỷ lệ lên 99,1%; phụ huynh và các nhà tài trợ đóng góp khoảng 12,5 tỷ đồng xây dựng cơ sở vật chất, nhờ đó có thêm 37 trường đạt chuẩn quốc gia. Ngành đã giải quyết 46/49 đơn thư, kiến nghị của giáo viên, phụ huynh.
Thực hiện Kết luận 01, 02-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong các cơ sở giáo dục và về vận động nhân dân tham gia xây dựng trường chuẩn, Sở Giáo dục và Đào tạo đã ban hành Kế hoạch số 2650/KH-SGDĐT ngày 15/3/2022; phối hợp với Ủy ban MTTQ tỉnh giám sát việc thu, chi đầu năm học tại 52 trường.
Tại hội nghị, ông Đinh Văn Nhơn, Hiệu trưởng Trường PTDT nội trú huyện Vĩnh Thạnh, chia sẻ cách vận động đồng bào Bana đưa con em đến trường; bà Đinh Thị Bé, giáo viên Trường Tiểu học xã An Toàn, huyện An Lão, kể về việc dạy tiếng Việt cho trẻ Hrê. Các ông, bà Nguyễn Văn Hòa, Trần Thị Kim Loan - Phó Trưởng phòng Giáo dục và Đào tạo thị xã An Nhơn nêu kinh nghiệm đối thoại với phụ huynh về các khoản thu.
Phát biểu kết luận, đồng chí Lê Văn Toản đề nghị năm 2023 ngành giáo dục tiếp tục thực hiện Quyết định 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị; phấn đấu không dưới 50 mô hình mới; xử lý nghiêm các trường hợp lạm thu.
Dịp này, UBND tỉnh tặng Bằng khen cho 10 tập thể, 18 cá nhân; Ban Dân vận Tỉnh ủy tặng Giấy khen cho 25 tập thể, 40 cá nhân có thành tích xuất sắc.
Hội nghị đánh giá, công tác dân vận trong ngành giáo dục đã góp phần tạo đồng thuận của phụ huynh và nhân dân, nhất là trong việc triển khai chương trình giáo dục phổ thông mới, sắp xếp trường lớp và khắc phục hậu quả dịch bệnh ở vùng sâu, vùng xa.
Ngọc Hà
Tin liên quan
- Ban Dân vận Tỉnh ủy giao ban quý III/2022 (05/10/2022)
- An Lão: Trao 320 suất quà cho học sinh nghèo (25/09/2022)
- Hội nghị đối thoại với giáo viên mầm non (12/08/2022)
""", "2022-12-27", "Ngành Giáo dục: 156 mô hình \"Dân vận khéo\" được công nhận",
E("tong_ket", "2022", "2022-12-26"),
[P("Lê Văn Toản", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Hường", "Giám đốc Sở Giáo dục và Đào tạo"),
 P("Đinh Văn Nhơn", "Hiệu trưởng Trường PTDT nội trú huyện Vĩnh Thạnh"),
 P("Đinh Thị Bé", "giáo viên Trường Tiểu học xã An Toàn"),
 P("Nguyễn Văn Hòa", "Phó Trưởng phòng Giáo dục và Đào tạo thị xã An Nhơn"),
 P("Trần Thị Kim Loan", "Phó Trưởng phòng Giáo dục và Đào tạo thị xã An Nhơn")],
[Q("156 mô hình", 156, "mô hình"), Q("41 mô hình cấp tỉnh", 41, "mô hình cấp tỉnh"), Q("115 mô hình cấp huyện", 115, "mô hình cấp huyện"),
 Q("8.640 học sinh", 8640, "học sinh"), Q("99,1%", 99.1, "%"), Q("khoảng 12,5 tỷ đồng", 12500000000, "đồng", "approx"),
 Q("37 trường", 37, "trường"), Q("46/49 đơn thư, kiến nghị", 46, "đơn thư, kiến nghị"), Q("52 trường", 52, "trường"),
 Q("không dưới 50 mô hình mới", 50, "mô hình mới", "over"), Q("10 tập thể", 10, "tập thể"), Q("18 cá nhân", 18, "cá nhân"),
 Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kế hoạch", "2650", "KH-SGDĐT", "2022-03-15", "Sở Giáo dục và Đào tạo", "Kế hoạch số 2650/KH-SGDĐT ngày 15/3/2022"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định 23-QĐ/TW ngày 30/7/2021")],
[prov("Bình Định"), com("An Toàn")],
["Báo Bình Định - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Định", "Chính trị - Xây dựng Đảng",
 "Toàn cảnh hội nghị. Ảnh: N.H", "(BĐ)", "Dân vận khéo"],
["27 tháng 12, 2022 | 17:45", "năm 2022", "năm 2023"]))
