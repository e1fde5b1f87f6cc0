from lib import *
PAGES = []

PAGES.append(page("b3017-binhdinh-baocao-hdnd-2022", """
BÁO BÌNH ĐỊNH ONLINE
Chính trị / Thời sự / Kỳ họp HĐND tỉnh
Thứ Tư, 28/12/2022, 07:30
Ông Hồ Văn Thành trình bày báo cáo tại kỳ họp. Ảnh: N.Q
Mặt trận báo cáo kết quả thực hiện cuộc vận động xây dựng nông thôn mới, đô thị văn minh năm 2022
Tại kỳ họp thứ 9, HĐND tỉnh khóa XIII, chiều 27/12, ông Hồ Văn Thành, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bình Định, đã trình bày báo cáo của Ủy ban MTTQ tỉnh về kết quả thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2022 và tham gia xây dựng chính quyền.
Theo báo cáo, năm 2022 nhân dân trong tỉnh đã đóng góp hơn 96,5 tỷ đồng, hiến trên 21 ha đất, gần 150.000 ngày công để xây dựng đường giao thông, nhà văn hóa thôn, khu phố. Toàn tỉnh có thêm 10 xã đạt chuẩn nông thôn mới, 4 xã đạt chuẩn nông thôn mới nâng cao và 2 thôn đạt chuẩn nông thôn mới kiểu mẫu; 91,2% hộ gia đình được công nhận gia đình văn hóa.
Mặt trận các cấp đã vận động xây dựng 428 nhà Đại đoàn kết, trị giá hơn 21 tỷ đồng; Quỹ "Vì người nghèo" tiếp nhận 34,7 tỷ đồng. Ủy ban MTTQ tỉnh đã chủ trì 3 cuộc giám sát chuyên đề, trong đó có giám sát việc thực hiện Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ về bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025, và tổ chức 5 hội nghị phản biện xã hội đối với dự thảo nghị quyết của HĐND tỉnh.
Báo cáo cũng tổng hợp 286 ý kiến, kiến nghị của cử tri và nhân dân gửi đến kỳ họp, tập trung vào bồi thường, giải phóng mặt bằng các dự án, ô nhiễm môi trường ở khu dân cư, chất lượng các tuyến đường do dân góp công xây dựng nhưng nhanh xuống cấp.
Theo ông Hồ Văn Thành, điểm sáng của năm là nhiều khu dân cư chủ động làm "Đường hoa nông thôn mới", "Tuyến phố văn minh"; đồng bào Bana, Chăm, Hrê ở các huyện miền núi An Lão, Vân Canh, Vĩnh Thạnh hiến đất xây dựng trường học. Điển hình như ông Đinh Văn Xí, người Bana ở làng Kon Trú, xã An Toàn, hiến 1.000 m2 đất để xây điểm trường.
Ủy ban MTTQ tỉnh kiến nghị HĐND, UBND tỉnh sớm cụ thể hóa Nghị quyết số 25/2021/NQ-HĐND của HĐND tỉnh về cơ chế hỗ trợ xi măng, ống cống làm đường giao thông nông thôn; đề nghị các ngành thực hiện Chỉ thị số 16-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường tiếp công dân, đối thoại với nhân dân.
Bà Nguyễn Thị Thanh Bình, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết các kiến nghị sẽ tiếp tục được Mặt trận theo dõi, giám sát việc trả lời tại các kỳ họp tiếp theo.
Kỳ họp sẽ bế mạc vào ngày 29/12.
N.Q
Lượt xem: 2.904
Tin khác
- Phù Cát: Nhân dân hiến gần 3 ha đất làm đường (20/12/2022)
- Hoài Nhơn ra mắt 12 tuyến phố văn minh (15/12/2022)
- Tuy Phước trao 36 nhà Đại đoàn kết (08/12/2022)
""", "2022-12-28", "Mặt trận báo cáo kết quả thực hiện cuộc vận động xây dựng nông thôn mới, đô thị văn minh năm 2022",
E("bao_cao", "2022", "2022-12-27"),
[P("Hồ Văn Thành", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bình Định"),
 P("Đinh Văn Xí"),
 P("Nguyễn Thị Thanh Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 96,5 tỷ đồng", 96500000000, "đồng", "over"), Q("trên 21 ha", 21, "ha", "over"), Q("gần 150.000 ngày công", 150000, "ngày công", "approx"),
 Q("10 xã", 10, "xã"), Q("4 xã", 4, "xã"), Q("2 thôn", 2, "thôn"), Q("91,2%", 91.2, "%"), Q("428 nhà Đại đoàn kết", 428, "nhà Đại đoàn kết"),
 Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"), Q("34,7 tỷ đồng", 34700000000, "đồng"), Q("3 cuộc giám sát chuyên đề", 3, "cuộc giám sát chuyên đề"),
 Q("5 hội nghị phản biện xã hội", 5, "hội nghị phản biện xã hội"), Q("286 ý kiến, kiến nghị", 286, "ý kiến, kiến nghị"), Q("1.000 m2", 1000, "m2")],
[D("Quyết định", "318", "QĐ-TTg", "2022-03-08", "Thủ tướng Chính phủ", "Quyết định số 318/QĐ-TTg ngày 08/3/2022"),
 D("Nghị quyết", "25", "2021/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 25/2021/NQ-HĐND"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU")],
[prov("Bình Định"), com("An Toàn")],
["BÁO BÌNH ĐỊNH ONLINE", "Chính trị / Thời sự / Kỳ họp HĐND tỉnh", "Ông Hồ Văn Thành trình bày báo cáo tại kỳ họp. Ảnh: N.Q",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Đường hoa nông thôn mới", "Tuyến phố văn minh", "Lượt xem: 2.904"],
["Thứ Tư, 28/12/2022, 07:30", "kỳ họp thứ 9", "khóa XIII", "năm 2022", "giai đoạn 2021 - 2025", "ngày 29/12", "Lượt xem: 2.904"]))

PAGES.append(page("b3018-hanoi-ngayhoi-tdp-2023", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam thành phố Hà Nội
Trang chủ › Tin tức › Ngày hội Đại đoàn kết toàn dân tộc
Thứ Sáu, 17/11/2023 - 20:15
Toàn cảnh Ngày hội tại tổ dân phố số 9.
Phường Phúc Lợi: Tổ dân phố số 9 vui Ngày hội Đại đoàn kết
Sáng 16/11, tổ dân phố số 9, phường Phúc Lợi (quận Long Biên) long trọng tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023, chào mừng 93 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam. Dự ngày hội có đồng chí Lê Quang Vinh, Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương; đồng chí Nguyễn Lan Hương, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội.
Tổ dân phố số 9 có 512 hộ với 1.874 nhân khẩu. Bà Phạm Thị Xuân, Trưởng ban Công tác Mặt trận tổ dân phố, cho biết: năm 2023, bà con đã đóng góp hơn 410 triệu đồng cải tạo nhà văn hóa, lắp 2 camera an ninh và trồng 300 cây xanh trên các tuyến ngõ; 98,5% hộ đạt danh hiệu "Gia đình văn hóa". Thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", nhiều hộ đã tự nguyện lùi tường rào, hiến tổng cộng 380 m2 đất để mở rộng ngõ 72 từ 2,5 m lên 4 m.
Theo bà Xuân, tổ dân phố thực hiện nghiêm Quyết định số 522/QĐ-UBND của UBND thành phố về bộ quy tắc ứng xử nơi công cộng; Kế hoạch số 289/KH-UBND ngày 10/10/2023 của UBND thành phố về xây dựng "Tổ dân phố văn minh, sạch, đẹp", và Kết luận số 01-KL/TU của Thành ủy về đẩy mạnh học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Phát biểu tại ngày hội, đồng chí Lê Quang Vinh chúc mừng những kết quả mà cán bộ, nhân dân tổ dân phố đạt được; đề nghị phát huy dân chủ ở cơ sở theo Luật Thực hiện dân chủ ở cơ sở, làm tốt công tác hòa giải, không để mâu thuẫn kéo dài trong khu dân cư; quan tâm người cao tuổi, trẻ em, các gia đình khó khăn.
Dịp này, đồng chí Lê Quang Vinh trao tặng tổ dân phố 1 bộ máy tính và 30 suất quà cho hộ khó khăn, mỗi suất trị giá 1 triệu đồng. Ông Vũ Đức Thắng, Chủ tịch UBND phường Phúc Lợi, trao giấy khen cho 12 gia đình tiêu biểu. Ban Thường trực Ủy ban MTTQ quận Long Biên trao tặng 1 sổ tiết kiệm trị giá 10 triệu đồng cho cháu Nguyễn Minh Khôi, học sinh mồ côi.
Phần hội diễn ra vui tươi với các tiết mục văn nghệ của câu lạc bộ dưỡng sinh, đội múa thiếu nhi và bữa cơm đoàn kết do các gia đình trong tổ dân phố cùng chuẩn bị. Nhiều cụ cao tuổi cho biết, ngõ xóm giờ sạch đẹp, sáng đèn, hàng xóm gắn bó hơn trước.
Theo Ủy ban MTTQ thành phố, năm nay toàn thành phố có 4.380 khu dân cư tổ chức Ngày hội, từ ngày 1/11 đến hết ngày 18/11.
Ngọc Anh
Lượt truy cập: 7.905.112
Tin liên quan
- Ba Đình: Ngày hội Đại đoàn kết ở phường Cống Vị (15/11/2023)
- Sóc Sơn trao 50 nhà Đại đoàn kết cho hộ nghèo (12/11/2023)
- Mê Linh: Nhân dân hiến 2,3 ha đất làm đường trục xã (06/11/2023)
- Gia Lâm ra mắt 20 tuyến đường văn minh (30/10/2023)
- Hoàn Kiếm: Tổ dân phố văn minh, sạch, đẹp - kết quả sau 2 năm (25/10/2023)
""", "2023-11-17", "Phường Phúc Lợi: Tổ dân phố số 9 vui Ngày hội Đại đoàn kết",
E("khac", None, "2023-11-16"),
[P("Lê Quang Vinh", "Bí thư Trung ương Đảng", "Trưởng Ban Dân vận Trung ương"),
 P("Nguyễn Lan Hương", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hà Nội"),
 P("Phạm Thị Xuân", "Trưởng ban Công tác Mặt trận tổ dân phố"),
 P("Vũ Đức Thắng", "Chủ tịch UBND phường Phúc Lợi"),
 P("Nguyễn Minh Khôi")],
[Q("512 hộ", 512, "hộ"), Q("1.874 nhân khẩu", 1874, "nhân khẩu"), Q("hơn 410 triệu đồng", 410000000, "đồng", "over"),
 Q("2 camera an ninh", 2, "camera an ninh"), Q("300 cây xanh", 300, "cây xanh"), Q("98,5%", 98.5, "%"), Q("380 m2", 380, "m2"),
 Q("2,5 m", 2.5, "m"), Q("4 m", 4, "m"), Q("30 suất quà", 30, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("12 gia đình tiêu biểu", 12, "gia đình tiêu biểu"), Q("10 triệu đồng", 10000000, "đồng"), Q("4.380 khu dân cư", 4380, "khu dân cư")],
[D("Quyết định", "522", "QĐ-UBND", None, "UBND thành phố", "Quyết định số 522/QĐ-UBND"),
 D("Kế hoạch", "289", "KH-UBND", "2023-10-10", "UBND thành phố", "Kế hoạch số 289/KH-UBND ngày 10/10/2023"),
 D("Kết luận", "01", "KL/TU", None, "Thành ủy", "Kết luận số 01-KL/TU")],
[prov("Hà Nội"), com("Phúc Lợi")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam thành phố Hà Nội", "Trang chủ › Tin tức › Ngày hội Đại đoàn kết toàn dân tộc",
 "Toàn cảnh Ngày hội tại tổ dân phố số 9.", "Gia đình văn hóa", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Tổ dân phố văn minh, sạch, đẹp", "Luật Thực hiện dân chủ ở cơ sở", "Lượt truy cập: 7.905.112"],
["Thứ Sáu, 17/11/2023 - 20:15", "năm 2023", "93 năm", "ngõ 72", "1 bộ máy tính", "1 sổ tiết kiệm", "từ ngày 1/11 đến hết ngày 18/11", "Lượt truy cập: 7.905.112"]))

PAGES.append(page("b3019-soctrang-doithoai-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRẦN ĐỀ - TỈNH SÓC TRĂNG
Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Tin địa phương
Ngày 09/08/2023 | 16:20
Xã Đại Ân 2: Đối thoại với nhân dân về xây dựng nông thôn mới nâng cao
Ngày 8/8, Đảng ủy, UBND và Ủy ban MTTQ xã Đại Ân 2 tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2023, chủ đề "Xây dựng nông thôn mới nâng cao và giữ gìn an ninh trật tự ở ấp". Ông Lý Hoàng Mến, Bí thư Đảng ủy xã chủ trì; cùng chủ trì có ông Thạch Sô Phanh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
Quang cảnh buổi đối thoại tại hội trường ấp Tiếp Nhựt.
Hơn 150 người dân ở 7 ấp, trong đó có nhiều bà con dân tộc Khmer, đã tham dự. Tại hội nghị, 14 lượt ý kiến được nêu, tập trung vào việc nâng cấp đường đal, cấp nước sạch, hỗ trợ chuyển đổi từ trồng lúa sang trồng màu, nuôi tôm và giải quyết thủ tục cấp giấy chứng nhận quyền sử dụng đất cho các hộ đã hiến đất làm đường.
Ông Kim Sa Rết, ấp Đại Nghĩa Thắng, phản ánh: năm 2022 gia đình ông và 18 hộ khác hiến 2.100 m2 đất làm tuyến đường dài 1,2 km, nhưng đến nay việc chỉnh lý biến động đất đai vẫn chưa xong. Trả lời, ông Thạch Sô Phanh cho biết UBND xã đã lập hồ sơ cho 11 hộ, số còn lại sẽ hoàn thành trong quý IV/2023.
Bà Sơn Thị Sa Quel, Chi hội trưởng Chi hội Phụ nữ ấp Tiếp Nhựt, đề nghị hỗ trợ vốn cho hội viên nghèo. Ông Lý Hoàng Mến thông tin: thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, năm 2023 xã được phân bổ 2,4 tỷ đồng cho các dự án hỗ trợ sản xuất và nước sinh hoạt; Ngân hàng Chính sách xã hội huyện đang cho 87 hộ vay với dư nợ khoảng 4,5 tỷ đồng.
Theo báo cáo của xã, Đại Ân 2 đạt chuẩn nông thôn mới năm 2019, hiện đã đạt 15/19 tiêu chí nông thôn mới nâng cao. Từ năm 2021 đến nay, nhân dân đã đóng góp hơn 1,8 tỷ đồng, hiến 3,4 ha đất; vận động xây dựng 23 căn nhà Đại đoàn kết. Tỷ lệ hộ nghèo còn 2,76%.
Kết luận hội nghị, ông Lý Hoàng Mến yêu cầu các ngành chuyên môn giải quyết dứt điểm 6 kiến nghị thuộc thẩm quyền của xã trước ngày 30/9/2023, công khai kết quả tại các ấp; 8 kiến nghị còn lại được chuyển lên huyện. Hội nghị được tổ chức theo Kế hoạch số 32-KH/ĐU của Đảng ủy xã, thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân.
Theo Ủy ban MTTQ tỉnh Sóc Trăng, trong 6 tháng đầu năm 2023 các xã trên địa bàn tỉnh đã tổ chức đối thoại trực tiếp với nhân dân theo đúng quy định.
Cũng trong dịp này, Ủy ban MTTQ xã trao 20 suất quà cho các hộ có hoàn cảnh khó khăn đã hiến đất làm đường, mỗi suất gồm 10 kg gạo và 300.000 đồng.
Kim Thảo
Lượt xem: 389
Tin khác
- Lịch Hội Thượng: Ra mắt tuyến đường hoa nông thôn mới (02/08/2023)
- Trung Bình: Đại hội điểm Hội Nông dân xã (25/07/2023)
- Liêu Tú hoàn thành 5 căn nhà Đại đoàn kết (18/07/2023)
""", "2023-08-09", "Xã Đại Ân 2: Đối thoại với nhân dân về xây dựng nông thôn mới nâng cao",
E("doi_thoai", "2023", "2023-08-08"),
[P("Lý Hoàng Mến", "Bí thư Đảng ủy xã"),
 P("Thạch Sô Phanh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Kim Sa Rết"),
 P("Sơn Thị Sa Quel", "Chi hội trưởng Chi hội Phụ nữ ấp Tiếp Nhựt")],
[Q("Hơn 150 người dân", 150, "người dân", "over"), Q("7 ấp", 7, "ấp"), Q("14 lượt ý kiến", 14, "lượt ý kiến"),
 Q("18 hộ", 18, "hộ"), Q("2.100 m2", 2100, "m2"), Q("1,2 km", 1.2, "km"), Q("11 hộ", 11, "hộ"), Q("2,4 tỷ đồng", 2400000000, "đồng"),
 Q("87 hộ", 87, "hộ"), Q("khoảng 4,5 tỷ đồng", 4500000000, "đồng", "approx"), Q("15/19 tiêu chí", 15, "tiêu chí nông thôn mới nâng cao"),
 Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"), Q("3,4 ha", 3.4, "ha"), Q("23 căn nhà Đại đoàn kết", 23, "căn nhà Đại đoàn kết"),
 Q("2,76%", 2.76, "%"), Q("6 kiến nghị", 6, "kiến nghị"), Q("8 kiến nghị", 8, "kiến nghị"), Q("20 suất quà", 20, "suất quà"),
 Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "32", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 32-KH/ĐU"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019")],
[prov("Sóc Trăng"), com("Đại Ân 2")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRẦN ĐỀ - TỈNH SÓC TRĂNG", "Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Tin địa phương",
 "Quang cảnh buổi đối thoại tại hội trường ấp Tiếp Nhựt.", "Xây dựng nông thôn mới nâng cao và giữ gìn an ninh trật tự ở ấp",
 "Ngân hàng Chính sách xã hội huyện", "Lượt xem: 389"],
["Ngày 09/08/2023 | 16:20", "năm 2023", "năm 2022", "quý IV/2023", "năm 2019", "Từ năm 2021", "trước ngày 30/9/2023", "6 tháng đầu năm 2023", "Lượt xem: 389"]))

PAGES.append(page("b3020-nghean-daihoi-mttq-xa-2024", """
Báo Nghệ An điện tử
Thời sự › Chính trị › Mặt trận
30/05/2024 06:00
Ảnh: Đoàn chủ tịch điều hành đại hội.
Đại hội đại biểu MTTQ Việt Nam xã Châu Hạnh lần thứ XIII
Ngày 28/5/2024, Ủy ban MTTQ Việt Nam xã Châu Hạnh (huyện Quỳ Châu) tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XIII, nhiệm kỳ 2024 - 2029 - một trong những đại hội điểm cấp xã của tỉnh. Về dự có đồng chí Vi Thị Quỳnh Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nghệ An; đồng chí Lô Văn Thắng, HUV, Chủ tịch Ủy ban MTTQ huyện Quỳ Châu cùng 120 đại biểu đại diện cho hơn 9.600 người dân của 14 bản.
Nhiệm kỳ 2019 - 2024, Mặt trận xã đã vận động nhân dân hiến 2,7 ha đất, đóng góp trên 3,5 tỷ đồng và 11.000 ngày công làm đường giao thông, nhà văn hóa bản; xây dựng mới 46 nhà Đại đoàn kết cho hộ nghèo. Xã Châu Hạnh được công nhận đạt chuẩn nông thôn mới năm 2023; 12/14 bản đạt danh hiệu bản văn hóa, tỷ lệ hộ nghèo giảm từ 24,3% xuống 6,1%.
Đại hội đã hiệp thương cử 35 vị vào Ủy ban MTTQ Việt Nam xã khóa XIII. Tại hội nghị lần thứ nhất, ông Lang Văn Hòa được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; bà Vi Thị Thu, ông Lữ Văn Bình được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng bầu 5 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam huyện Quỳ Châu lần thứ XX.
Phát biểu chỉ đạo, đồng chí Vi Thị Quỳnh Hoa đề nghị Mặt trận xã tiếp tục thực hiện hiệu quả cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" gắn với Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; thực hiện tốt Chỉ thị số 18-CT/TW ngày 10/10/2022 của Ban Bí thư về lãnh đạo đại hội Mặt trận các cấp và Chỉ thị 26, 27-CT/HU của Ban Thường vụ Huyện ủy Quỳ Châu về phát triển rừng keo và giữ gìn bản sắc văn hóa dân tộc Thái.
Đại hội thông qua nghị quyết với 5 chỉ tiêu chủ yếu, trong đó phấn đấu mỗi năm vận động xây dựng 8 nhà Đại đoàn kết, 100% bản tổ chức Ngày hội Đại đoàn kết toàn dân tộc, tỷ lệ hộ nghèo giảm bình quân 1,5% mỗi năm.
Dịp này, Ủy ban MTTQ huyện Quỳ Châu trao 10 suất quà cho hộ nghèo, mỗi suất trị giá 1 triệu đồng.
Tham luận tại đại hội, các đại biểu nêu nhiều cách làm hay trong vận động đồng bào Thái hiến đất, góp công làm đường lên bản, giữ gìn tiếng nói, chữ viết và các làn điệu dân ca; đồng thời chỉ ra những hạn chế trong hoạt động giám sát, phản biện xã hội ở cơ sở.
Đại hội Mặt trận cấp xã ở Nghệ An diễn ra từ tháng 4 đến tháng 6/2024.
Công Kiên - Hồ Phương
Lượt xem: 3.210
Tin liên quan
- Quế Phong: Hoàn thành đại hội Mặt trận ở 13 xã, thị trấn (27/05/2024)
- Tương Dương trao 60 nhà Đại đoàn kết cho hộ nghèo (20/05/2024)
- Kỳ Sơn: Nhân dân hiến đất làm đường lên bản (15/05/2024)
""", "2024-05-30", "Đại hội đại biểu MTTQ Việt Nam xã Châu Hạnh lần thứ XIII",
E("dai_hoi", None, "2024-05-28"),
[P("Vi Thị Quỳnh Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nghệ An"),
 P("Lô Văn Thắng", "HUV", "Chủ tịch Ủy ban MTTQ huyện Quỳ Châu"),
 P("Lang Văn Hòa", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Vi Thị Thu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lữ Văn Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 9.600 người dân", 9600, "người dân", "over"), Q("14 bản", 14, "bản"),
 Q("2,7 ha", 2.7, "ha"), Q("trên 3,5 tỷ đồng", 3500000000, "đồng", "over"), Q("11.000 ngày công", 11000, "ngày công"),
 Q("46 nhà Đại đoàn kết", 46, "nhà Đại đoàn kết"), Q("12/14 bản", 12, "bản"), Q("24,3%", 24.3, "%"), Q("6,1%", 6.1, "%"),
 Q("35 vị", 35, "vị"), Q("5 đại biểu", 5, "đại biểu"), Q("5 chỉ tiêu chủ yếu", 5, "chỉ tiêu chủ yếu"),
 Q("8 nhà Đại đoàn kết", 8, "nhà Đại đoàn kết"), Q("100% bản", 100, "%"), Q("1,5%", 1.5, "%"),
 Q("10 suất quà", 10, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "18", "CT/TW", "2022-10-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/10/2022"),
 D("Chỉ thị", "26", "CT/HU", None, "Ban Thường vụ Huyện ủy Quỳ Châu", "Chỉ thị 26, 27-CT/HU"),
 D("Chỉ thị", "27", "CT/HU", None, "Ban Thường vụ Huyện ủy Quỳ Châu", "Chỉ thị 26, 27-CT/HU")],
[prov("Nghệ An"), com("Châu Hạnh")],
["Báo Nghệ An điện tử", "Thời sự › Chính trị › Mặt trận", "Ảnh: Đoàn chủ tịch điều hành đại hội.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 3.210"],
["30/05/2024 06:00", "lần thứ XIII", "nhiệm kỳ 2024 - 2029", "Nhiệm kỳ 2019 - 2024", "năm 2023", "khóa XIII", "lần thứ nhất", "lần thứ XX",
 "từ tháng 4 đến tháng 6/2024", "Lượt xem: 3.210"]))

PAGES.append(page("b3021-tuyenquang-giaoban-q2-2024", """
ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG
Trang chủ / Tin tức / Hoạt động Mặt trận
2024-07-11 15:40
Hôm nay: Thứ Năm, 11/07/2024
Giao ban công tác Mặt trận quý II: Tập trung vận động xóa nhà tạm, nhà dột nát
Chiều 9/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang tổ chức hội nghị giao ban công tác Mặt trận quý II năm 2024 với Ủy ban MTTQ 7 huyện, thành phố. Bà Ma Thị Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Bà Ma Thị Nguyệt phát biểu kết luận giao ban.
Báo cáo tại hội nghị cho biết, trong quý II, Mặt trận các cấp tiếp tục triển khai cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; vận động nhân dân hiến hơn 3,2 ha đất, đóng góp khoảng 9,6 tỷ đồng làm đường giao thông nông thôn. Thực hiện phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", toàn tỉnh đã khởi công 312 căn nhà, hoàn thành 187 căn, mỗi căn được hỗ trợ 60 triệu đồng xây mới hoặc 30 triệu đồng sửa chữa. Quỹ "Vì người nghèo" các cấp tiếp nhận 6,8 tỷ đồng.
Ủy ban MTTQ tỉnh đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 196-KH/TU về tổ chức đại hội Mặt trận các cấp nhiệm kỳ 2024 - 2029; đến nay 138/138 xã, phường, thị trấn đã hoàn thành đại hội. Mặt trận tỉnh cũng tổ chức 2 cuộc giám sát theo Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư về khung hướng dẫn giám sát, phản biện xã hội.
Tại giao ban, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Triệu Thị Hồng, Hà Trung Kiên đã làm rõ những khó khăn trong việc huy động nguồn lực xây nhà cho hộ nghèo ở các xã vùng cao. Ông Bàn Văn Sinh, Chủ tịch Ủy ban MTTQ huyện Lâm Bình, cho biết đồng bào Dao, Pà Thẻn ở xã Thổ Bình đã góp 1.400 ngày công giúp 9 hộ nghèo dựng nhà. Bà Nông Thị Lan, Chủ tịch Ủy ban MTTQ thành phố Tuyên Quang, đề nghị tỉnh sớm có hướng dẫn tiêu chí "Khu dân cư kiểu mẫu" trong đô thị.
Kết luận hội nghị, bà Ma Thị Nguyệt yêu cầu quý III tập trung hoàn thành 125 căn nhà còn lại trước ngày 30/9/2024; chuẩn bị tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XVII; thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương về phát huy sức mạnh đại đoàn kết toàn dân tộc, quán triệt tới 100% Ban Công tác Mặt trận ở khu dân cư.
Cũng tại hội nghị, Ủy ban MTTQ tỉnh trao 1 tỷ đồng từ Quỹ "Vì người nghèo" tỉnh hỗ trợ huyện Na Hang, Lâm Bình xây nhà cho hộ nghèo.
Thu Trang
Lượt xem: 512
Tin liên quan
- Chiêm Hóa: Đại hội điểm MTTQ Việt Nam xã Hòa Phú (28/06/2024)
- Sơn Dương trao 35 nhà Đại đoàn kết cho hộ nghèo (20/06/2024)
- Hàm Yên: Người dân hiến hơn 5.000 m2 đất làm đường (12/06/2024)
- Yên Sơn sơ kết 6 tháng cuộc vận động (05/06/2024)
""", "2024-07-11", "Giao ban công tác Mặt trận quý II: Tập trung vận động xóa nhà tạm, nhà dột nát",
E("giao_ban", "2024-Q2", "2024-07-09"),
[P("Ma Thị Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Triệu Thị Hồng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Trung Kiên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bàn Văn Sinh", "Chủ tịch Ủy ban MTTQ huyện Lâm Bình"),
 P("Nông Thị Lan", "Chủ tịch Ủy ban MTTQ thành phố Tuyên Quang")],
[Q("7 huyện, thành phố", 7, "huyện, thành phố"), Q("hơn 3,2 ha", 3.2, "ha", "over"), Q("khoảng 9,6 tỷ đồng", 9600000000, "đồng", "approx"),
 Q("312 căn nhà", 312, "căn nhà"), Q("187 căn", 187, "căn"), Q("60 triệu đồng", 60000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("6,8 tỷ đồng", 6800000000, "đồng"), Q("138/138 xã, phường, thị trấn", 138, "xã, phường, thị trấn"), Q("2 cuộc giám sát", 2, "cuộc giám sát"),
 Q("1.400 ngày công", 1400, "ngày công"), Q("9 hộ nghèo", 9, "hộ nghèo"), Q("125 căn nhà", 125, "căn nhà"), Q("100% Ban Công tác Mặt trận", 100, "%"),
 Q("1 tỷ đồng", 1000000000, "đồng")],
[D("Kế hoạch", "196", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 196-KH/TU"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 03/10/2017"),
 D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương", "Nghị quyết số 43-NQ/TW ngày 24/11/2023")],
[prov("Tuyên Quang"), com("Thổ Bình")],
["ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG", "Trang chủ / Tin tức / Hoạt động Mặt trận", "Hôm nay: Thứ Năm, 11/07/2024",
 "Bà Ma Thị Nguyệt phát biểu kết luận giao ban.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Vì người nghèo", "Khu dân cư kiểu mẫu", "Lượt xem: 512"],
["2024-07-11 15:40", "quý II năm 2024", "nhiệm kỳ 2024 - 2029", "quý III", "trước ngày 30/9/2024", "lần thứ XVII", "Lượt xem: 512"]))

PAGES.append(page("b3022-vinhlong-soket-6thang-2025", """
Báo Vĩnh Long điện tử
Chính trị » Mặt trận - Đoàn thể
Thứ Sáu, 18/07/2025 - 10:05
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Mặt trận tỉnh Vĩnh Long (mới) sơ kết công tác đầu tiên sau hợp nhất
Sáng 17/7, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị trực tuyến sơ kết công tác Mặt trận 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm, kết nối đến 124 điểm cầu xã, phường. Đây là hội nghị sơ kết đầu tiên kể từ khi hợp nhất Ủy ban MTTQ ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh từ ngày 1/7/2025.
Chủ trì hội nghị có ông Lữ Quang Ngời, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Thạch Phước Bình, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, 6 tháng đầu năm, Mặt trận các cấp của ba tỉnh (cũ) đã vận động nhân dân hiến hơn 41 ha đất, đóng góp khoảng 186 tỷ đồng xây dựng nông thôn mới, đô thị văn minh. Thực hiện phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", toàn tỉnh đã hoàn thành 5.712 căn nhà, vượt 2 tháng so với kế hoạch, với tổng kinh phí hơn 342 tỷ đồng. Riêng tỉnh Trà Vinh (cũ) có 1.906 căn, phần lớn cho đồng bào Khmer.
Theo Quy chế phối hợp số 01/QCPH-MTTQ-UBND ngày 10/7/2025 giữa Ban Thường trực Ủy ban MTTQ tỉnh và UBND tỉnh, Mặt trận sẽ chủ trì giám sát việc sử dụng kinh phí hỗ trợ nhà ở. Hội nghị cũng quán triệt Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy và Quy định số 304-QĐ/TW ngày 21/5/2025 của Ban Bí thư về chức năng, nhiệm vụ của Ủy ban MTTQ Việt Nam cấp tỉnh, cấp xã.
Tham luận tại hội nghị, bà Nguyễn Thị Mỹ Xuân, Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Thành Bình (trước thuộc tỉnh Bến Tre), chia sẻ cách vận động 26 hộ hiến đất làm đường dừa nông thôn mới. Ông Kim Ngọc Thái, Chủ tịch Ủy ban MTTQ Việt Nam phường Nguyệt Hóa, nêu mô hình "Phum sóc văn minh" ở 4 khóm có đông đồng bào Khmer.
Phát biểu kết luận, ông Lữ Quang Ngời đề nghị 6 tháng cuối năm, Mặt trận các cấp nhanh chóng ổn định tổ chức, bố trí 100% cán bộ theo vị trí việc làm; tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở tất cả khu dân cư; chuẩn bị Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ I, nhiệm kỳ 2025 - 2030.
Dịp này, Ủy ban MTTQ tỉnh trao 50 suất quà cho các gia đình chính sách, mỗi suất trị giá 2 triệu đồng.
Hoài Thanh
Lượt xem: 2.145
Tin liên quan
- Trà Vinh: Trao nhà cho đồng bào Khmer dịp lễ Sene Dolta (11/07/2025)
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long (mới) (01/07/2025)
- Bến Tre hoàn thành xóa nhà tạm trước thời hạn (25/06/2025)
- Vĩnh Long sơ kết 6 tháng cuộc vận động (20/06/2025)
""", "2025-07-18", "Mặt trận tỉnh Vĩnh Long (mới) sơ kết công tác đầu tiên sau hợp nhất",
E("so_ket", "2025-H1", "2025-07-17"),
[P("Lữ Quang Ngời", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Phước Bình", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Mỹ Xuân", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Thành Bình"),
 P("Kim Ngọc Thái", "Chủ tịch Ủy ban MTTQ Việt Nam phường Nguyệt Hóa")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("hơn 41 ha", 41, "ha", "over"), Q("khoảng 186 tỷ đồng", 186000000000, "đồng", "approx"),
 Q("5.712 căn nhà", 5712, "căn nhà"), Q("hơn 342 tỷ đồng", 342000000000, "đồng", "over"), Q("1.906 căn", 1906, "căn"),
 Q("26 hộ", 26, "hộ"), Q("4 khóm", 4, "khóm"), Q("100% cán bộ", 100, "%"), Q("50 suất quà", 50, "suất quà"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Quy chế phối hợp", "01", "QCPH-MTTQ-UBND", "2025-07-10", "Ban Thường trực Ủy ban MTTQ tỉnh và UBND tỉnh", "Quy chế phối hợp số 01/QCPH-MTTQ-UBND ngày 10/7/2025"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Quy định", "304", "QĐ/TW", "2025-05-21", "Ban Bí thư", "Quy định số 304-QĐ/TW ngày 21/5/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Tân Thành Bình"), com("Nguyệt Hóa")],
["Báo Vĩnh Long điện tử", "Chính trị » Mặt trận - Đoàn thể", "Toàn cảnh hội nghị tại điểm cầu tỉnh.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Phum sóc văn minh", "Lượt xem: 2.145"],
["Thứ Sáu, 18/07/2025 - 10:05", "6 tháng đầu năm 2025", "6 tháng cuối năm", "ngày 1/7/2025", "vượt 2 tháng", "lần thứ I", "nhiệm kỳ 2025 - 2030", "ba tỉnh", "Lượt xem: 2.145"]))
