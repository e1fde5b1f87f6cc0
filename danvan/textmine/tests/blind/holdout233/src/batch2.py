from lib import *
PAGES = []

PAGES.append(page("b5555-gialai-hnct-taphuan-2015", """
Báo Gia Lai điện tử
Xã hội >> Mặt trận - Đoàn thể
20/11/2015 - 16:20
Tập huấn nghiệp vụ cho 150 chủ tịch Hội Người cao tuổi cơ sở
Ảnh: Quang cảnh lớp tập huấn.
(GLO) - Trong 2 ngày 18 và 19/11, Hội Người cao tuổi tỉnh Gia Lai tổ chức lớp tập huấn nghiệp vụ công tác Hội năm 2015 cho 150 chủ tịch, phó chủ tịch Hội NCT các xã, phường, thị trấn của 17 huyện, thị xã, thành phố. Ông Rơ Châm Kheo, Chủ tịch Hội NCT tỉnh khai mạc lớp tập huấn; dự có bà Ksor H'Bơ Khăp, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Các học viên được nghe ông Nguyễn Văn Thưởng, Phó Chủ tịch Thường trực Hội NCT tỉnh, truyền đạt Điều lệ Hội NCT Việt Nam, Hướng dẫn số 09-HD/TWH của Trung ương Hội về sinh hoạt chi hội và Kế hoạch số 154/KH-UBND ngày 21/8/2015 của UBND tỉnh triển khai thực hiện Luật Người cao tuổi. Bà Trần Thị Kim Liên, Trưởng ban Tổ chức - Kiểm tra Hội NCT tỉnh, hướng dẫn cách lập sổ sách, quản lý quỹ hội, xây dựng câu lạc bộ liên thế hệ tự giúp nhau.
Theo báo cáo, đến nay toàn tỉnh có 96.540 người cao tuổi, trong đó người dân tộc thiểu số chiếm khoảng 41%; 222/222 xã, phường, thị trấn có tổ chức Hội với 2.146 chi hội. Năm 2015, các cấp Hội đã chúc thọ, mừng thọ cho 5.213 cụ; vận động xây dựng quỹ chăm sóc NCT được 1,75 tỷ đồng.
Ông Rơ Châm Kheo nhấn mạnh, ở các làng đồng bào Jrai, Bahnar, vai trò người cao tuổi, già làng rất quan trọng trong giữ gìn đoàn kết, vận động con cháu không nghe theo kẻ xấu. Năm qua, các già làng là hội viên NCT đã vận động 38 người đi lao động trái phép ở Campuchia trở về, tham gia hòa giải thành 95 vụ việc tranh chấp đất rẫy.
Tại lớp tập huấn, ông Siu Blech, Chủ tịch Hội NCT xã Ia Băng, huyện Chư Prông, chia sẻ kinh nghiệm duy trì 3 đội cồng chiêng người cao tuổi; ông Đinh Lưnh, già làng, Chủ tịch Chi hội NCT làng Đê Kjiêng, xã Lơ Pang, kể việc cùng Ban Nhân dân làng vận động 46 hộ xóa bỏ tập tục chôn chung. Các ông Rơ Mah Hlanh, Puih Đen - Ủy viên Ban Chấp hành Hội NCT huyện Chư Pưh cũng trao đổi khó khăn khi thu hội phí ở làng nghèo, nơi nhiều hội viên chỉ đóng được 10.000 đồng/năm.
Theo ông Nguyễn Văn Thưởng, năm 2016 Hội NCT tỉnh phấn đấu thành lập thêm 25 câu lạc bộ liên thế hệ tự giúp nhau, mỗi huyện ít nhất 1 câu lạc bộ; đưa số hội viên lên trên 80.000 người; phối hợp ngành y tế khám sức khỏe định kỳ cho khoảng 20.000 người cao tuổi ở vùng sâu, vùng xa.
Kết thúc lớp tập huấn, Hội NCT tỉnh tổ chức kiểm tra nhận thức với 30 câu hỏi trắc nghiệm; 100% học viên đạt yêu cầu, 47 học viên đạt loại giỏi.
Hoàng Ngọc
Tin liên quan
- Chư Sê: mừng thọ 300 người cao tuổi (02/11/2015)
- Hội NCT tỉnh tổng kết 5 năm phong trào "Tuổi cao - gương sáng" (15/10/2015)
- Phú Thiện ra mắt câu lạc bộ dưỡng sinh (28/09/2015)
""", "2015-11-20", "Tập huấn nghiệp vụ cho 150 chủ tịch Hội Người cao tuổi cơ sở",
E("tap_huan", "2015", "2015-11-18"),
[P("Rơ Châm Kheo", "Chủ tịch Hội NCT tỉnh"),
 P("Ksor H'Bơ Khăp", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Thưởng", "Phó Chủ tịch Thường trực Hội NCT tỉnh"),
 P("Trần Thị Kim Liên", "Trưởng ban Tổ chức - Kiểm tra Hội NCT tỉnh"),
 P("Siu Blech", "Chủ tịch Hội NCT xã Ia Băng"),
 P("Đinh Lưnh", "già làng", "Chủ tịch Chi hội NCT làng Đê Kjiêng"),
 P("Rơ Mah Hlanh", "Ủy viên Ban Chấp hành Hội NCT huyện Chư Pưh"),
 P("Puih Đen", "Ủy viên Ban Chấp hành Hội NCT huyện Chư Pưh")],
[Q("150 chủ tịch, phó chủ tịch Hội NCT", 150, "chủ tịch, phó chủ tịch"),
 Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"), Q("96.540 người cao tuổi", 96540, "người cao tuổi"),
 Q("khoảng 41%", 41, "%", "approx"), Q("222/222 xã, phường, thị trấn", 222, "xã, phường, thị trấn"),
 Q("2.146 chi hội", 2146, "chi hội"), Q("5.213 cụ", 5213, "cụ"), Q("1,75 tỷ đồng", 1750000000, "đồng"),
 Q("38 người", 38, "người"), Q("95 vụ việc tranh chấp đất rẫy", 95, "vụ việc tranh chấp đất rẫy"),
 Q("3 đội cồng chiêng người cao tuổi", 3, "đội cồng chiêng người cao tuổi"), Q("46 hộ", 46, "hộ"),
 Q("30 câu hỏi trắc nghiệm", 30, "câu hỏi trắc nghiệm"), Q("100% học viên", 100, "%"), Q("47 học viên", 47, "học viên"),
 Q("10.000 đồng", 10000, "đồng"), Q("25 câu lạc bộ liên thế hệ tự giúp nhau", 25, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("trên 80.000 người", 80000, "người", "over"), Q("khoảng 20.000 người cao tuổi", 20000, "người cao tuổi", "approx")],
[D("Hướng dẫn", "09", "HD/TWH", None, "Trung ương Hội", "Hướng dẫn số 09-HD/TWH"),
 D("Kế hoạch", "154", "KH-UBND", "2015-08-21", "UBND tỉnh", "Kế hoạch số 154/KH-UBND ngày 21/8/2015")],
[prov("Gia Lai"), com("Ia Băng"), com("Lơ Pang")],
["Báo Gia Lai điện tử", "Xã hội >> Mặt trận - Đoàn thể", "Ảnh: Quang cảnh lớp tập huấn.", "(GLO)", "Luật Người cao tuổi",
 "Điều lệ Hội NCT Việt Nam"],
["20/11/2015 - 16:20", "2 ngày", "năm 2015", "Năm 2015", "năm 2016", "1 câu lạc bộ"]))

PAGES.append(page("b5556-binhdinh-mttq-giamsat-nct-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH ĐỊNH
Trang chủ | Hoạt động giám sát và phản biện xã hội
Thứ Sáu, 12/08/2016 - 08:30
Giám sát việc thực hiện chính sách đối với người cao tuổi tại Hoài Nhơn
Ngày 10/8, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Định do bà Phan Thị Mai Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách, pháp luật đối với người cao tuổi tại huyện Hoài Nhơn. Đây là nội dung trong chương trình giám sát năm 2016 của Mặt trận tỉnh, thực hiện theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát và phản biện xã hội.
Đoàn giám sát làm việc tại xã Hoài Thanh Tây.
Tham gia đoàn có ông Lê Văn Sỹ, Chủ tịch Hội NCT tỉnh; đại diện Sở Lao động - Thương binh và Xã hội, Sở Y tế. Tiếp đoàn có ông Trần Hữu Phước, HUV, Phó Chủ tịch UBND huyện Hoài Nhơn, và bà Võ Thị Yến, HUV, Chủ tịch Ủy ban MTTQ huyện.
Báo cáo của UBND huyện cho biết, toàn huyện có 24.785 người cao tuổi, chiếm 11,2% dân số; 3.104 người từ 80 tuổi trở lên đang hưởng trợ cấp xã hội hằng tháng với mức 270.000 đồng/người/tháng theo Nghị định số 136/2013/NĐ-CP của Chính phủ. Từ năm 2014 đến nay, huyện đã chi hơn 2,3 tỷ đồng chúc thọ, mừng thọ cho 8.960 lượt cụ; cấp 19.400 thẻ bảo hiểm y tế cho người cao tuổi. Huyện triển khai Kế hoạch số 45/KH-UBND ngày 3/3/2016 và Kế hoạch số 46/KH-UBND ngày 10/3/2016 của UBND huyện về thực hiện Chương trình hành động quốc gia về NCT và chăm sóc sức khỏe ban đầu cho người cao tuổi. Toàn huyện đã thành lập 17 câu lạc bộ liên thế hệ tự giúp nhau với 1.020 thành viên; 96% xã, thị trấn có quỹ chăm sóc và phát huy vai trò người cao tuổi.
Qua giám sát trực tiếp tại xã Hoài Thanh Tây và thị trấn Bồng Sơn, đoàn ghi nhận việc chi trả trợ cấp đúng, đủ; tuy vậy còn 12 trường hợp chậm được điều chỉnh mức hưởng khi đủ 80 tuổi, 7 hồ sơ xét hỗ trợ mai táng phí bị trả lại do thiếu giấy tờ. Ông Nguyễn Văn Hòa, Chủ tịch Hội NCT xã Hoài Thanh Tây, kiến nghị bố trí kinh phí để 14 chi hội có nơi sinh hoạt.
Kết luận buổi giám sát, bà Phan Thị Mai Hoa đề nghị UBND huyện chỉ đạo rà soát, điều chỉnh kịp thời chế độ cho 12 trường hợp nêu trên trước ngày 30/9/2016; quan tâm bố trí khoảng 1% nguồn thu xổ số cho quỹ chăm sóc người cao tuổi; phối hợp Hội NCT thực hiện Chỉ thị số 07-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác người cao tuổi. Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy và gửi kiến nghị đến UBND tỉnh.
Cũng trong đợt này, đoàn giám sát sẽ làm việc tại các huyện Tây Sơn, Vân Canh và thị xã An Nhơn.
Văn phòng UBMTTQ tỉnh
Các tin khác
- Hội nghị phản biện dự thảo Nghị quyết của HĐND tỉnh (01/08/2016)
- MTTQ tỉnh trao 50 căn nhà Đại đoàn kết (20/07/2016)
""", "2016-08-12", "Giám sát việc thực hiện chính sách đối với người cao tuổi tại Hoài Nhơn",
E("giam_sat", "2016", "2016-08-10"),
[P("Phan Thị Mai Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Sỹ", "Chủ tịch Hội NCT tỉnh"),
 P("Trần Hữu Phước", "HUV", "Phó Chủ tịch UBND huyện Hoài Nhơn"),
 P("Võ Thị Yến", "HUV", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Nguyễn Văn Hòa", "Chủ tịch Hội NCT xã Hoài Thanh Tây")],
[Q("24.785 người cao tuổi", 24785, "người cao tuổi"), Q("11,2%", 11.2, "%"), Q("3.104 người", 3104, "người"),
 Q("270.000 đồng", 270000, "đồng"), Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("8.960 lượt cụ", 8960, "lượt cụ"),
 Q("19.400 thẻ bảo hiểm y tế", 19400, "thẻ bảo hiểm y tế"), Q("12 trường hợp", 12, "trường hợp"),
 Q("7 hồ sơ xét hỗ trợ mai táng phí", 7, "hồ sơ xét hỗ trợ mai táng phí"), Q("14 chi hội", 14, "chi hội"),
 Q("khoảng 1%", 1, "%", "approx"),
 Q("17 câu lạc bộ liên thế hệ tự giúp nhau", 17, "câu lạc bộ liên thế hệ tự giúp nhau"), Q("1.020 thành viên", 1020, "thành viên"),
 Q("96% xã, thị trấn", 96, "%")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Nghị định", "136", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 136/2013/NĐ-CP"),
 D("Kế hoạch", "45", "KH-UBND", "2016-03-03", "UBND huyện", "Kế hoạch số 45/KH-UBND ngày 3/3/2016"),
 D("Kế hoạch", "46", "KH-UBND", "2016-03-10", "UBND huyện", "Kế hoạch số 46/KH-UBND ngày 10/3/2016"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU")],
[prov("Bình Định"), com("Hoài Thanh Tây"), com("Bồng Sơn")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH ĐỊNH", "Trang chủ | Hoạt động giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại xã Hoài Thanh Tây.", "Chương trình hành động quốc gia về NCT", "Văn phòng UBMTTQ tỉnh"],
["Thứ Sáu, 12/08/2016 - 08:30", "năm 2016", "80 tuổi trở lên", "80 tuổi", "Từ năm 2014", "ngày 30/9/2016"]))

PAGES.append(page("b5557-hungyen-hnct-bieuduong-2017", """
Báo Hưng Yên - Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Hưng Yên
Vị trí: Trang chủ / Chính trị / Mặt trận - Đoàn thể
Cập nhật lúc 17:05 ngày 27/10/2017
Đồng chí Vũ Thị Thanh Hương trao Bằng khen cho các cụ tiêu biểu.
Biểu dương 120 người cao tuổi tiêu biểu trong phong trào "Tuổi cao - gương sáng"
Sáng 26/10, Hội Người cao tuổi tỉnh tổ chức hội nghị biểu dương người cao tuổi tiêu biểu năm 2017. Dự hội nghị có đồng chí Vũ Thị Thanh Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Đỗ Đức Lợi, Phó Chủ tịch UBND tỉnh; đồng chí Nguyễn Văn Chăm, Chủ tịch Hội NCT tỉnh cùng 120 người cao tuổi tiêu biểu được biểu dương.
Hội nghị được tổ chức theo Kế hoạch số 38/KH-HNCT ngày 15/8/2017 của Hội NCT tỉnh, hưởng ứng Tháng hành động vì người cao tuổi Việt Nam. 120 cụ được lựa chọn từ 10 huyện, thành phố, là những tấm gương tiêu biểu trong phát triển kinh tế, khuyến học, khuyến tài, hòa giải ở cơ sở và xây dựng nông thôn mới.
Theo báo cáo, tỉnh hiện có 163.400 người cao tuổi, 141.200 người là hội viên. Qua phong trào, đã có 8.620 cụ đạt danh hiệu "Người cao tuổi sản xuất, kinh doanh giỏi", trong đó 356 chủ trang trại, doanh nghiệp tạo việc làm cho khoảng 4.700 lao động; 1.940 cụ làm công tác hòa giải, góp phần hòa giải thành 712 vụ việc. Người cao tuổi toàn tỉnh đóng góp hơn 25 tỷ đồng, hiến trên 38.000 m2 đất xây dựng nông thôn mới.
Trong số các cụ được biểu dương, cụ Trần Văn Đức (85 tuổi), nguyên Chủ nhiệm Hợp tác xã Tân Hưng, xã Tân Châu, vẫn trực tiếp trồng 3 ha nhãn lồng, mỗi năm thu lãi 400 triệu đồng; cụ bà Lê Thị Chuyên, Chi hội trưởng chi hội NCT thôn Đông Tảo, xã Đông Tảo, vận động 60 hộ nuôi gà Đông Tảo theo hướng an toàn sinh học. Cụ Đào Ngọc Mão, Trưởng ban khuyến học dòng họ Đào, xã Dị Sử, lập quỹ khuyến học trên 150 triệu đồng.
Phát biểu tại hội nghị, đồng chí Vũ Thị Thanh Hương đề nghị Hội NCT các cấp tiếp tục thực hiện Chỉ thị số 59-CT/TW của Bộ Chính trị và Kết luận số 17-KL/TU, 18-KL/TU của Ban Thường vụ Tỉnh ủy về công tác NCT và công tác khuyến học; phát huy vai trò người cao tuổi trong giáo dục thế hệ trẻ.
Dịp này, UBND tỉnh tặng Bằng khen cho 20 cá nhân; Hội NCT tỉnh tặng giấy khen cho 100 cụ, mỗi cụ kèm 500.000 đồng.
Trao đổi bên lề hội nghị, ông Nguyễn Văn Chăm cho biết, từ năm 2018 Hội NCT tỉnh sẽ đề nghị UBND tỉnh nâng mức quà mừng thọ cho các cụ 90 tuổi lên 700.000 đồng; đồng thời phối hợp Hội Khuyến học tỉnh nhân rộng mô hình "Dòng họ học tập" ra 1.500 dòng họ. Hiện nay, 161 xã, phường, thị trấn của tỉnh đều có chi hội NCT ở thôn, tổ dân phố, trong đó 93 xã đã thành lập câu lạc bộ liên thế hệ tự giúp nhau.
Thu Hà
Lượt xem: 2.317
Tin liên quan
- Hội NCT huyện Khoái Châu chúc thọ 450 cụ (12/10/2017)
- Văn Lâm: tọa đàm "Người cao tuổi với gia đình" (01/10/2017)
""", "2017-10-27", "Biểu dương 120 người cao tuổi tiêu biểu trong phong trào \"Tuổi cao - gương sáng\"",
E("hoi_nghi", "2017", "2017-10-26"),
[P("Vũ Thị Thanh Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Đức Lợi", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Văn Chăm", "Chủ tịch Hội NCT tỉnh"),
 P("Trần Văn Đức", "nguyên Chủ nhiệm Hợp tác xã Tân Hưng"),
 P("Lê Thị Chuyên", "Chi hội trưởng chi hội NCT thôn Đông Tảo"),
 P("Đào Ngọc Mão", "Trưởng ban khuyến học dòng họ Đào")],
[Q("120 người cao tuổi tiêu biểu", 120, "người cao tuổi tiêu biểu"), Q("10 huyện, thành phố", 10, "huyện, thành phố"),
 Q("163.400 người cao tuổi", 163400, "người cao tuổi"), Q("141.200 người", 141200, "người"), Q("8.620 cụ", 8620, "cụ"),
 Q("356 chủ trang trại, doanh nghiệp", 356, "chủ trang trại, doanh nghiệp"), Q("khoảng 4.700 lao động", 4700, "lao động", "approx"),
 Q("1.940 cụ", 1940, "cụ"), Q("712 vụ việc", 712, "vụ việc"), Q("hơn 25 tỷ đồng", 25000000000, "đồng", "over"),
 Q("trên 38.000 m2", 38000, "m2", "over"), Q("3 ha", 3, "ha"), Q("400 triệu đồng", 400000000, "đồng"), Q("60 hộ", 60, "hộ"),
 Q("trên 150 triệu đồng", 150000000, "đồng", "over"), Q("20 cá nhân", 20, "cá nhân"), Q("100 cụ", 100, "cụ"),
 Q("500.000 đồng", 500000, "đồng"),
 Q("700.000 đồng", 700000, "đồng"), Q("1.500 dòng họ", 1500, "dòng họ"), Q("161 xã, phường, thị trấn", 161, "xã, phường, thị trấn"),
 Q("93 xã", 93, "xã")],
[D("Kế hoạch", "38", "KH-HNCT", "2017-08-15", "Hội NCT tỉnh", "Kế hoạch số 38/KH-HNCT ngày 15/8/2017"),
 D("Chỉ thị", "59", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 59-CT/TW"),
 D("Kết luận", "17", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 17-KL/TU"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "18-KL/TU")],
[prov("Hưng Yên"), com("Tân Châu"), com("Đông Tảo"), com("Dị Sử")],
["Báo Hưng Yên - Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Hưng Yên", "Vị trí: Trang chủ / Chính trị / Mặt trận - Đoàn thể",
 "Đồng chí Vũ Thị Thanh Hương trao Bằng khen cho các cụ tiêu biểu.", "Tuổi cao - gương sáng", "Tháng hành động vì người cao tuổi Việt Nam",
 "Người cao tuổi sản xuất, kinh doanh giỏi", "Dòng họ học tập", "Lượt xem: 2.317"],
["Cập nhật lúc 17:05 ngày 27/10/2017", "năm 2017", "85 tuổi", "90 tuổi", "từ năm 2018", "Lượt xem: 2.317"]))

PAGES.append(page("b5558-kiengiang-hnct-baocao-2018", """
BAN DÂN VẬN TỈNH ỦY KIÊN GIANG
Trang chủ > Tin tức > Hoạt động Mặt trận, đoàn thể
20/07/2018 | 09:10
Hội NCT tỉnh báo cáo kết quả hoạt động 6 tháng đầu năm 2018 với Ban Dân vận Tỉnh ủy
Ngày 19/7/2018, đoàn công tác Ban Dân vận Tỉnh ủy do đồng chí Danh Sà Thươl, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã làm việc với Hội Người cao tuổi tỉnh Kiên Giang, nghe báo cáo kết quả hoạt động 6 tháng đầu năm 2018 và phương hướng nhiệm vụ 6 tháng cuối năm. Cùng đi có đồng chí Nguyễn Thị Bé Tư, Phó Trưởng Ban Dân vận Tỉnh ủy và các đồng chí Trưởng phòng Dân vận chính quyền, Trưởng phòng Tổng hợp Ban Dân vận Tỉnh ủy: Lê Minh Quang, Thạch Thị Sà Ly.
Đồng chí Danh Sà Thươl làm việc với Hội NCT tỉnh.
Báo cáo do ông Trần Văn Mười, Phó Chủ tịch Thường trực Hội NCT tỉnh trình bày cho biết: toàn tỉnh có 178.650 người cao tuổi, trong đó 152.390 hội viên sinh hoạt tại 1.032 chi hội; 6 tháng qua kết nạp 3.215 hội viên mới. Các cấp Hội đã phối hợp chúc thọ, mừng thọ cho 7.480 cụ với kinh phí khoảng 2,1 tỷ đồng; vận động quỹ chăm sóc NCT đạt 4,6 tỷ đồng, tăng 8,5% so với cùng kỳ. Có 215 câu lạc bộ dưỡng sinh, 48 câu lạc bộ liên thế hệ tự giúp nhau hoạt động thường xuyên.
Hội đã triển khai Kế hoạch số 112-KH/TU ngày 6/2/2018 của Tỉnh ủy thực hiện Kết luận số 01-KL/TW của Ban Bí thư về tiếp tục thực hiện Chỉ thị 59-CT/TW; Quyết định số 1533/QĐ-UBND ngày 25/6/2018 của UBND tỉnh ban hành Đề án chăm sóc sức khỏe người cao tuổi tỉnh đến năm 2025. Trong đồng bào Khmer, 73 chùa có hội viên NCT tham gia Ban quản trị; các vị sư sãi cao tuổi tích cực vận động phật tử chấp hành pháp luật.
Ông Danh Sóc Kha, Chủ tịch Hội NCT huyện Gò Quao, báo cáo bổ sung: huyện có 14 tổ hòa giải do người cao tuổi làm tổ trưởng, trong 6 tháng đã hòa giải thành 36/41 vụ việc. Bà Lâm Thị Sa Rum, Chủ tịch Hội NCT xã Vĩnh Phước A, đề nghị tăng phụ cấp cho chi hội trưởng ấp, hiện chỉ khoảng 200.000 đồng/tháng.
Những hạn chế được nêu: 8 xã vùng sâu chưa có nhà sinh hoạt cho Hội; tỷ lệ NCT vào Hội ở phường Vĩnh Thanh Vân và một số phường thuộc thành phố Rạch Giá chỉ đạt khoảng 68%; việc phát huy vai trò NCT trong phát triển kinh tế còn ít mô hình.
Kết luận buổi làm việc, đồng chí Danh Sà Thươl ghi nhận kết quả Hội đạt được, đề nghị 6 tháng cuối năm Hội tiếp tục thực hiện Quyết định số 290-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận; phấn đấu đến cuối năm 2018 có ít nhất 86% người cao tuổi vào Hội; phối hợp Ủy ban MTTQ tỉnh chăm lo Tết cho NCT nghèo, cô đơn. Ban Dân vận Tỉnh ủy sẽ tổng hợp kiến nghị của Hội để báo cáo Thường trực Tỉnh ủy.
Ngọc Lan
Tin liên quan
- Kiên Lương: mừng thọ 210 người cao tuổi (02/07/2018)
- Giao ban khối dân vận quý II/2018 (28/06/2018)
- U Minh Thượng ra mắt câu lạc bộ liên thế hệ (15/06/2018)
""", "2018-07-20", "Hội NCT tỉnh báo cáo kết quả hoạt động 6 tháng đầu năm 2018 với Ban Dân vận Tỉnh ủy",
E("bao_cao", "2018-H1", "2018-07-19"),
[P("Danh Sà Thươl", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Bé Tư", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Minh Quang", "Trưởng phòng Dân vận chính quyền", "Trưởng phòng Tổng hợp Ban Dân vận Tỉnh ủy"),
 P("Thạch Thị Sà Ly", "Trưởng phòng Dân vận chính quyền", "Trưởng phòng Tổng hợp Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Mười", "Phó Chủ tịch Thường trực Hội NCT tỉnh"),
 P("Danh Sóc Kha", "Chủ tịch Hội NCT huyện Gò Quao"),
 P("Lâm Thị Sa Rum", "Chủ tịch Hội NCT xã Vĩnh Phước A")],
[Q("178.650 người cao tuổi", 178650, "người cao tuổi"), Q("152.390 hội viên", 152390, "hội viên"),
 Q("1.032 chi hội", 1032, "chi hội"), Q("3.215 hội viên mới", 3215, "hội viên mới"), Q("7.480 cụ", 7480, "cụ"),
 Q("khoảng 2,1 tỷ đồng", 2100000000, "đồng", "approx"), Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("8,5%", 8.5, "%"),
 Q("215 câu lạc bộ dưỡng sinh", 215, "câu lạc bộ dưỡng sinh"), Q("48 câu lạc bộ liên thế hệ tự giúp nhau", 48, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("73 chùa", 73, "chùa"), Q("14 tổ hòa giải", 14, "tổ hòa giải"), Q("36/41 vụ việc", 36, "vụ việc"),
 Q("khoảng 200.000 đồng", 200000, "đồng", "approx"), Q("8 xã vùng sâu", 8, "xã vùng sâu"), Q("khoảng 68%", 68, "%", "approx"),
 Q("ít nhất 86%", 86, "%", "over")],
[D("Kế hoạch", "112", "KH/TU", "2018-02-06", "Tỉnh ủy", "Kế hoạch số 112-KH/TU ngày 6/2/2018"),
 D("Kết luận", "01", "KL/TW", None, "Ban Bí thư", "Kết luận số 01-KL/TW"),
 D("Chỉ thị", "59", "CT/TW", None, None, "Chỉ thị 59-CT/TW"),
 D("Quyết định", "1533", "QĐ-UBND", "2018-06-25", "UBND tỉnh", "Quyết định số 1533/QĐ-UBND ngày 25/6/2018"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW")],
[prov("Kiên Giang"), com("Vĩnh Phước A"), com("Vĩnh Thanh Vân")],
["BAN DÂN VẬN TỈNH ỦY KIÊN GIANG", "Trang chủ > Tin tức > Hoạt động Mặt trận, đoàn thể", "Đồng chí Danh Sà Thươl làm việc với Hội NCT tỉnh.",
 "Đề án chăm sóc sức khỏe người cao tuổi tỉnh đến năm 2025", "Quy chế công tác dân vận"],
["20/07/2018 | 09:10", "6 tháng đầu năm 2018", "6 tháng cuối năm", "6 tháng qua", "cuối năm 2018", "năm 2025"]))

PAGES.append(page("b5559-laocai-guongnct-2019", """
Báo Lào Cai điện tử
Xã hội » Gương sáng
Cập nhật: 14:25, 01/10/2019
Cụ Sùng A Páo (bìa trái) giới thiệu vườn lê của gia đình. Ảnh: Thanh Bình
"Cây cao bóng cả" của người Mông ở Bản Lầu
Ở tuổi 78, cụ Sùng A Páo, thôn Na Lốc 3, xã Bản Lầu, huyện Mường Khương vẫn được bà con người Mông gọi là "cây cao bóng cả" của bản. Gần 20 năm làm Chi hội trưởng chi hội người cao tuổi thôn, cụ là người đi đầu trong vận động bà con bỏ trồng cây thuốc phiện, chuyển sang trồng chè, lê và chăn nuôi lợn đen.
Gia đình cụ hiện có 2,5 ha chè, 300 gốc lê Tai Nung và đàn lợn 40 con, mỗi năm thu nhập khoảng 180 triệu đồng. Từ mô hình của gia đình, cụ Páo đã hướng dẫn 27 hộ trong thôn làm theo; đến nay thôn Na Lốc 3 chỉ còn 4 hộ nghèo trên tổng số 96 hộ. Năm 2018, cụ được Trung ương Hội NCT Việt Nam tặng Bằng khen vì có thành tích trong phong trào "Tuổi cao - gương sáng".
Ông Lù Văn Sơn, Chủ tịch Hội NCT xã Bản Lầu cho biết: "Chi hội NCT thôn Na Lốc 3 có 52 hội viên, năm nào cũng đạt chi hội vững mạnh. Cụ Páo nói ít nhưng làm nhiều, con cháu trong dòng họ Sùng đều nghe cụ". Theo ông Sơn, toàn xã có 615 người cao tuổi, trong đó 148 cụ là người có uy tín, trưởng dòng họ; 12 chi hội duy trì sinh hoạt đều.
Không chỉ làm kinh tế giỏi, cụ Páo còn tham gia tổ hòa giải thôn. Chỉ riêng năm 2019, tổ đã hòa giải thành 6 vụ tranh chấp đất đai giữa các hộ, vận động 3 cặp vợ chồng trẻ không tảo hôn. Khi có đối tượng lạ vào tuyên truyền đạo trái phép, cụ cùng Trưởng thôn Giàng Seo Chử kịp thời báo cáo Đảng ủy, công an xã.
Đồng chí Vàng Thị Dợ, HUV, Trưởng Ban Dân vận Huyện ủy Mường Khương đánh giá: Thực hiện Kết luận số 114-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước và Kế hoạch số 64-KH/HU ngày 12/3/2018 của Huyện ủy, huyện đã phát huy những người như cụ Páo trong các phong trào "Dân vận khéo". Toàn huyện hiện có 1.280 người có uy tín là người cao tuổi, 42 mô hình "Dân vận khéo" do NCT làm nòng cốt.
Tháng 10, khi cả nước hưởng ứng Tháng hành động vì người cao tuổi Việt Nam, cụ Páo lại cùng chi hội đi thăm 5 cụ neo đơn trong thôn, mang theo gạo, muối, góp tiền được khoảng 2 triệu đồng. "Còn sức thì còn làm, làm cho con cháu nhìn theo", cụ nói.
Bà Thào Thị Mỷ, Phó Chủ tịch Hội NCT huyện Mường Khương cho biết, học tập cách làm ở Na Lốc 3, Hội NCT huyện đã xây dựng 16 chi hội điểm ở các thôn người Mông, người Nùng, vận động hội viên đóng góp xây dựng quỹ hội được trên 300 triệu đồng.
Thanh Bình
Bình luận
Tin liên quan
- Bát Xát: 1.200 người cao tuổi tham gia giữ gìn văn hóa dân tộc (20/09/2019)
- Hội NCT tỉnh sơ kết 6 tháng đầu năm 2019 (12/07/2019)
- Si Ma Cai chúc thọ 150 cụ cao tuổi (30/06/2019)
""", "2019-10-01", "\"Cây cao bóng cả\" của người Mông ở Bản Lầu",
E("khac", None, None),
[P("Sùng A Páo", "Chi hội trưởng chi hội người cao tuổi thôn"),
 P("Lù Văn Sơn", "Chủ tịch Hội NCT xã Bản Lầu"),
 P("Giàng Seo Chử", "Trưởng thôn"),
 P("Vàng Thị Dợ", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Khương"),
 P("Thào Thị Mỷ", "Phó Chủ tịch Hội NCT huyện Mường Khương")],
[Q("2,5 ha", 2.5, "ha"), Q("300 gốc lê Tai Nung", 300, "gốc lê Tai Nung"), Q("40 con", 40, "con"),
 Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"), Q("27 hộ", 27, "hộ"), Q("4 hộ nghèo", 4, "hộ nghèo"), Q("96 hộ", 96, "hộ"),
 Q("52 hội viên", 52, "hội viên"), Q("615 người cao tuổi", 615, "người cao tuổi"), Q("148 cụ", 148, "cụ"), Q("12 chi hội", 12, "chi hội"),
 Q("6 vụ tranh chấp đất đai", 6, "vụ tranh chấp đất đai"), Q("3 cặp vợ chồng trẻ", 3, "cặp vợ chồng trẻ"),
 Q("1.280 người có uy tín", 1280, "người có uy tín"), Q("42 mô hình", 42, "mô hình"), Q("5 cụ neo đơn", 5, "cụ neo đơn"),
 Q("khoảng 2 triệu đồng", 2000000, "đồng", "approx"),
 Q("16 chi hội điểm", 16, "chi hội điểm"), Q("trên 300 triệu đồng", 300000000, "đồng", "over")],
[D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Kế hoạch", "64", "KH/HU", "2018-03-12", "Huyện ủy", "Kế hoạch số 64-KH/HU ngày 12/3/2018")],
[prov("Lào Cai"), com("Bản Lầu")],
["Báo Lào Cai điện tử", "Xã hội » Gương sáng", "Cụ Sùng A Páo (bìa trái) giới thiệu vườn lê của gia đình. Ảnh: Thanh Bình",
 "Cây cao bóng cả", "Tuổi cao - gương sáng", "Dân vận khéo", "Tháng hành động vì người cao tuổi Việt Nam"],
["Cập nhật: 14:25, 01/10/2019", "78", "Gần 20 năm", "Năm 2018", "năm 2019", "Tháng 10"]))

PAGES.append(page("b5560-longan-cangiuoc-hnct-tongket-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẦN GIUỘC
Hôm nay: Thứ Tư, 30/12/2020
Tin tức » Mặt trận - Đoàn thể
29/12/2020 - 15:45
Ảnh: Đại biểu dự hội nghị.
Hội Người cao tuổi huyện Cần Giuộc triển khai nhiệm vụ năm 2021
Sáng 28/12, Hội Người cao tuổi huyện Cần Giuộc, tỉnh Long An tổ chức hội nghị tổng kết công tác Hội năm 2020, triển khai phương hướng, nhiệm vụ năm 2021. Dự hội nghị có đồng chí Nguyễn Văn Tâm, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện; bà Trần Thị Kim Hoa, Phó Chủ tịch Hội NCT tỉnh Long An và 58 đại biểu là chủ tịch, phó chủ tịch Hội NCT 15 xã, thị trấn.
Năm 2020, dù chịu ảnh hưởng của dịch Covid-19, các cấp Hội vẫn duy trì hoạt động, kết nạp 1.128 hội viên mới, nâng tổng số hội viên lên 21.406 người, đạt 88,6% số người cao tuổi. Thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch, Hội đã vận động hội viên ở nhà, không tập trung đông người; phối hợp Ủy ban MTTQ huyện trao 2.350 phần quà cho người cao tuổi khó khăn, tổng trị giá hơn 940 triệu đồng. 215 cụ đã nhận hỗ trợ 1 triệu đồng/người theo Nghị quyết số 42/NQ-CP của Chính phủ.
Hội triển khai Kế hoạch số 102-KH/HU ngày 14/4/2020 của Huyện ủy về thực hiện Kết luận 86-KL/TW, 87-KL/TW của Ban Bí thư, nâng chất phong trào "Tuổi cao - gương sáng". Toàn huyện có 4.216 cụ tham gia sản xuất, kinh doanh, trong đó 312 cụ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; 9 câu lạc bộ liên thế hệ tự giúp nhau với 450 thành viên. Người cao tuổi đã đóng góp trên 1,6 tỷ đồng làm 23 cây cầu, 11 km đường nông thôn.
Tại hội nghị, bà Lê Thị Ánh Tuyết, Chủ tịch Hội NCT xã Long Hậu, chia sẻ cách vận động các doanh nghiệp khu công nghiệp ủng hộ quỹ chăm sóc NCT được 120 triệu đồng; ông Võ Văn Hai, Chủ tịch Hội NCT thị trấn Cần Giuộc, đề nghị tăng cường khám sức khỏe cho khoảng 800 cụ sống một mình.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Tâm đề nghị năm 2021 Hội tập trung tuyên truyền bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026; tiếp tục thực hiện Luật Người cao tuổi và Quyết định số 1781/QĐ-TTg của Thủ tướng Chính phủ về Chương trình hành động quốc gia về người cao tuổi; chủ động phòng, chống dịch. Đồng chí yêu cầu Hội phấn đấu năm 2021 có 90% trở lên người cao tuổi vào Hội, thành lập thêm 3 câu lạc bộ liên thế hệ tự giúp nhau, không để người cao tuổi nào thiếu ăn, không có nơi ở an toàn.
Dịp này, Hội NCT tỉnh tặng giấy khen cho 4 tập thể, 7 cá nhân; Hội NCT huyện khen thưởng 15 tập thể và 32 cá nhân. Ông Phan Văn Út, Chủ tịch Hội NCT huyện, phát biểu tiếp thu.
Minh Thư
Tin khác
- Cần Giuộc trao 300 phần quà Tết cho người cao tuổi (20/12/2020)
- Ra mắt câu lạc bộ dưỡng sinh xã Phước Lâm (05/12/2020)
""", "2020-12-29", "Hội Người cao tuổi huyện Cần Giuộc triển khai nhiệm vụ năm 2021",
E("tong_ket", "2020", "2020-12-28"),
[P("Nguyễn Văn Tâm", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trần Thị Kim Hoa", "Phó Chủ tịch Hội NCT tỉnh Long An"),
 P("Lê Thị Ánh Tuyết", "Chủ tịch Hội NCT xã Long Hậu"),
 P("Võ Văn Hai", "Chủ tịch Hội NCT thị trấn Cần Giuộc"),
 P("Phan Văn Út", "Chủ tịch Hội NCT huyện")],
[Q("58 đại biểu", 58, "đại biểu"), Q("15 xã, thị trấn", 15, "xã, thị trấn"), Q("1.128 hội viên mới", 1128, "hội viên mới"),
 Q("21.406 người", 21406, "người"), Q("88,6%", 88.6, "%"), Q("2.350 phần quà", 2350, "phần quà"),
 Q("hơn 940 triệu đồng", 940000000, "đồng", "over"), Q("215 cụ", 215, "cụ"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("4.216 cụ", 4216, "cụ"), Q("312 cụ", 312, "cụ"), Q("9 câu lạc bộ liên thế hệ tự giúp nhau", 9, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("450 thành viên", 450, "thành viên"), Q("trên 1,6 tỷ đồng", 1600000000, "đồng", "over"), Q("23 cây cầu", 23, "cây cầu"),
 Q("11 km", 11, "km"), Q("120 triệu đồng", 120000000, "đồng"), Q("khoảng 800 cụ", 800, "cụ", "approx"),
 Q("4 tập thể", 4, "tập thể"), Q("7 cá nhân", 7, "cá nhân"), Q("15 tập thể", 15, "tập thể"), Q("32 cá nhân", 32, "cá nhân"),
 Q("90% trở lên", 90, "%", "over"), Q("3 câu lạc bộ liên thế hệ tự giúp nhau", 3, "câu lạc bộ liên thế hệ tự giúp nhau")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP"),
 D("Kế hoạch", "102", "KH/HU", "2020-04-14", "Huyện ủy", "Kế hoạch số 102-KH/HU ngày 14/4/2020"),
 D("Kết luận", "86", "KL/TW", None, "Ban Bí thư", "Kết luận 86-KL/TW"),
 D("Kết luận", "87", "KL/TW", None, "Ban Bí thư", "87-KL/TW"),
 D("Quyết định", "1781", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1781/QĐ-TTg")],
[prov("Long An"), com("Long Hậu"), com("Cần Giuộc")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẦN GIUỘC", "Tin tức » Mặt trận - Đoàn thể", "Ảnh: Đại biểu dự hội nghị.", "Tuổi cao - gương sáng", "Luật Người cao tuổi"],
["Hôm nay: Thứ Tư, 30/12/2020", "29/12/2020 - 15:45", "năm 2020", "năm 2021", "Năm 2020", "khóa XV", "nhiệm kỳ 2021 - 2026"]))
