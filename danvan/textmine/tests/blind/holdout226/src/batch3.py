from lib import *
PAGES = []

PAGES.append(page("b5393-kontum-doithoai-2022", """
BÁO KON TUM ĐIỆN TỬ
Chính trị » Dân vận
Ngày 17/08/2022 | 09:15
Chủ tịch UBND tỉnh đối thoại với 120 điển hình tiên tiến trong phong trào thi đua
Ngày 16/8, UBND tỉnh Kon Tum phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với các điển hình tiên tiến, người có uy tín năm 2022. Đồng chí Lê Ngọc Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì đối thoại.
Đồng chí Lê Ngọc Tuấn phát biểu tại hội nghị đối thoại. Ảnh: H.T
Dự hội nghị có đồng chí A Pớt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Y Ngọc, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Văn Mạnh, Giám đốc Sở Nội vụ cùng 120 đại biểu là nông dân, công nhân, già làng, người có uy tín được khen thưởng trong phong trào thi đua yêu nước.
Hội nghị được tổ chức theo Quyết định số 1009/QĐ-UBND ngày 2/8/2022 của UBND tỉnh và Quy chế phối hợp số 05-QCPH/UBND-MTTQ giữa UBND tỉnh và Ủy ban MTTQ tỉnh; thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về quy chế công tác dân vận.
Tại hội nghị có 19 ý kiến gửi đến Chủ tịch UBND tỉnh. Già làng A Đới, làng Kon Klor, phường Thắng Lợi, đề nghị nâng mức hỗ trợ cho người có uy tín; ông Y Nhông, Chi hội trưởng Chi hội nông dân thôn Đăk Sông, xã Đăk Long, đề nghị tạo điều kiện cho 35 hộ Xơ Đăng được vay vốn trồng sâm Ngọc Linh. Bà Trần Thị Thu, công nhân Công ty Cao su Kon Tum, được tặng Bằng khen năm 2021, phản ánh việc xét khen cho công nhân còn ít.
Trả lời, đồng chí Lê Ngọc Tuấn cho biết năm 2021 UBND tỉnh đã tặng Bằng khen cho 312 tập thể, 586 cá nhân, trong đó có khoảng 42% là người trực tiếp sản xuất; tổng tiền thưởng trên 1,9 tỷ đồng. Năm 2022, tỉnh dành khoảng 3 tỷ đồng hỗ trợ phát triển cây dược liệu, ưu tiên hộ đồng bào dân tộc thiểu số; chỉ đạo Sở Nội vụ sửa đổi Quyết định số 14/2019/QĐ-UBND về công tác thi đua, khen thưởng theo hướng tăng tỷ lệ khen cho người lao động.
Chủ tịch UBND tỉnh giao các sở, ngành trả lời bằng văn bản 7 kiến nghị còn lại trước ngày 15/9/2022.
Đồng chí A Pớt đánh giá hội nghị đối thoại là dịp để chính quyền lắng nghe dân, thể hiện tinh thần Chỉ thị 49, 50-CT/TU của Ban Thường vụ Tỉnh ủy. Ủy ban MTTQ tỉnh sẽ giám sát việc thực hiện các cam kết tại hội nghị.
Dịp này, Ủy ban MTTQ tỉnh tặng 120 phần quà cho các đại biểu, mỗi phần 500.000 đồng.
Đây là năm thứ ba tỉnh tổ chức đối thoại với điển hình tiên tiến. Các ý kiến tại hội nghị đều được tổng hợp, chuyển đến các sở, ngành và theo dõi việc giải quyết đến cùng; kết quả sẽ được thông báo công khai trên Báo Kon Tum và Đài Phát thanh - Truyền hình tỉnh để nhân dân biết, cùng giám sát.
Hà Thu
Tin liên quan
- Đăk Hà: biểu dương 60 người có uy tín (05/08/2022)
- Kon Plông đối thoại với thanh niên (25/07/2022)
- Trao 30 con bò cho hộ nghèo Tu Mơ Rông (14/07/2022)
""", "2022-08-17", "Chủ tịch UBND tỉnh đối thoại với 120 điển hình tiên tiến trong phong trào thi đua",
E("doi_thoai", "2022", "2022-08-16"),
[P("Lê Ngọc Tuấn", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("A Pớt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Ngọc", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Mạnh", "Giám đốc Sở Nội vụ"),
 P("A Đới", "Già làng"),
 P("Y Nhông", "Chi hội trưởng Chi hội nông dân thôn Đăk Sông"),
 P("Trần Thị Thu", "công nhân Công ty Cao su Kon Tum")],
[Q("120 điển hình tiên tiến", 120, "điển hình tiên tiến"), Q("19 ý kiến", 19, "ý kiến"), Q("35 hộ Xơ Đăng", 35, "hộ Xơ Đăng"),
 Q("312 tập thể", 312, "tập thể"), Q("586 cá nhân", 586, "cá nhân"), Q("khoảng 42%", 42, "%", "approx"),
 Q("trên 1,9 tỷ đồng", 1900000000, "đồng", "over"), Q("khoảng 3 tỷ đồng", 3000000000, "đồng", "approx"),
 Q("7 kiến nghị", 7, "kiến nghị"), Q("120 phần quà", 120, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "1009", "QĐ-UBND", "2022-08-02", "UBND tỉnh", "Quyết định số 1009/QĐ-UBND ngày 2/8/2022"),
 D("Quy chế phối hợp", "05", "QCPH/UBND-MTTQ", None, None, "Quy chế phối hợp số 05-QCPH/UBND-MTTQ"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Quyết định", "14", "2019/QĐ-UBND", None, None, "Quyết định số 14/2019/QĐ-UBND"),
 D("Chỉ thị", "49", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 49, 50-CT/TU"),
 D("Chỉ thị", "50", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 49, 50-CT/TU")],
[prov("Kon Tum"), com("Thắng Lợi"), com("Đăk Long")],
["BÁO KON TUM ĐIỆN TỬ", "Chính trị » Dân vận", "Đồng chí Lê Ngọc Tuấn phát biểu tại hội nghị đối thoại. Ảnh: H.T",
 "Công ty Cao su Kon Tum", "sâm Ngọc Linh"],
["Ngày 17/08/2022 | 09:15", "năm 2022", "năm 2021", "Năm 2022", "ngày 15/9/2022", "năm thứ ba"]))

PAGES.append(page("b5394-haiphong-ldld-tongket-2023", """
Báo Hải Phòng điện tử
Lao động - Công đoàn
Cập nhật: 08:30, 28/12/2023 (GMT+7)
Ảnh: Đồng chí Đỗ Mạnh Hiến trao Cờ thi đua cho các đơn vị.
Công đoàn thành phố tổng kết năm 2023: Khen thưởng 85 tập thể, 130 cá nhân
Chiều 27/12, Liên đoàn Lao động thành phố Hải Phòng tổ chức hội nghị tổng kết công tác công đoàn và phong trào công nhân, viên chức, lao động năm 2023. Đồng chí Phạm Văn Thìn, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy dự và chỉ đạo. Đồng chí Vũ Thị Hương, Thành ủy viên, Chủ tịch Liên đoàn Lao động thành phố chủ trì.
Năm 2023, các cấp công đoàn thành phố phát triển thêm 15.620 đoàn viên mới, thành lập 96 công đoàn cơ sở; nâng tổng số đoàn viên lên hơn 312.000 người. Phong trào thi đua "Lao động giỏi, lao động sáng tạo" có 2.840 sáng kiến được công nhận, làm lợi gần 410 tỷ đồng. Chương trình "Mái ấm Công đoàn" hỗ trợ xây mới, sửa chữa 38 Mái ấm Công đoàn, mỗi căn hỗ trợ 60 triệu đồng. Tết Giáp Thìn, công đoàn các cấp dự kiến chăm lo cho khoảng 150.000 lượt đoàn viên, người lao động.
Liên đoàn Lao động thành phố đã thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam, Chương trình hành động số 41-CTr/TU của Ban Thường vụ Thành ủy và Kế hoạch số 215/KH-LĐLĐ ngày 6/2/2023 về phát động thi đua. Qua 1.146 cuộc đối thoại tại doanh nghiệp, 93% kiến nghị của người lao động được giải quyết.
Tại hội nghị, ông Đặng Văn Lợi, Chủ tịch Công đoàn Công ty TNHH Regina Miracle, cho biết công đoàn đã thương lượng tăng lương bình quân 7,5% cho 8.000 công nhân. Chị Nguyễn Thị Hoa, công nhân, tổ trưởng tổ sản xuất Công ty Cổ phần Giày Hải Phòng, chia sẻ 3 sáng kiến giúp giảm 12% nguyên liệu hao hụt.
Phát biểu chỉ đạo, đồng chí Phạm Văn Thìn đề nghị công đoàn tiếp tục đổi mới nội dung thi đua, khen thưởng kịp thời công nhân trực tiếp sản xuất.
Dịp này, đồng chí Đỗ Mạnh Hiến, Phó Bí thư Thường trực Thành ủy trao Cờ thi đua của UBND thành phố cho 6 đơn vị; Liên đoàn Lao động thành phố tặng Bằng khen cho 85 tập thể và 130 cá nhân theo Quyết định số 1568/QĐ-LĐLĐ. Các đồng chí Phó Chủ tịch Liên đoàn Lao động thành phố: Lê Thị Thủy, Bùi Quang Tiến công bố các quyết định khen thưởng.
Hội nghị cũng phát động thi đua năm 2024 với mục tiêu phát triển ít nhất 12.000 đoàn viên mới, phấn đấu 100% công đoàn cơ sở tổ chức hội nghị người lao động.
Thanh Hằng
Tin khác
- Trao 50 Mái ấm Công đoàn cho đoàn viên khó khăn (20/12/2023)
- Hội nghị Ban Chấp hành LĐLĐ thành phố lần thứ 8 (15/12/2023)
- Đối thoại với công nhân khu công nghiệp Tràng Duệ (05/12/2023)
""", "2023-12-28", "Công đoàn thành phố tổng kết năm 2023: Khen thưởng 85 tập thể, 130 cá nhân",
E("tong_ket", "2023", "2023-12-27"),
[P("Phạm Văn Thìn", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Vũ Thị Hương", "Thành ủy viên", "Chủ tịch Liên đoàn Lao động thành phố"),
 P("Đặng Văn Lợi", "Chủ tịch Công đoàn Công ty TNHH Regina Miracle"),
 P("Nguyễn Thị Hoa", "công nhân", "tổ trưởng tổ sản xuất Công ty Cổ phần Giày Hải Phòng"),
 P("Đỗ Mạnh Hiến", "Phó Bí thư Thường trực Thành ủy"),
 P("Lê Thị Thủy", "Phó Chủ tịch Liên đoàn Lao động thành phố"),
 P("Bùi Quang Tiến", "Phó Chủ tịch Liên đoàn Lao động thành phố")],
[Q("85 tập thể", 85, "tập thể"), Q("130 cá nhân", 130, "cá nhân"), Q("15.620 đoàn viên mới", 15620, "đoàn viên mới"),
 Q("96 công đoàn cơ sở", 96, "công đoàn cơ sở"), Q("hơn 312.000 người", 312000, "người", "over"),
 Q("2.840 sáng kiến", 2840, "sáng kiến"), Q("gần 410 tỷ đồng", 410000000000, "đồng", "approx"),
 Q("38 Mái ấm Công đoàn", 38, "Mái ấm Công đoàn"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("khoảng 150.000 lượt đoàn viên, người lao động", 150000, "lượt đoàn viên, người lao động", "approx"),
 Q("1.146 cuộc đối thoại", 1146, "cuộc đối thoại"), Q("93%", 93, "%"), Q("7,5%", 7.5, "%"),
 Q("8.000 công nhân", 8000, "công nhân"), Q("3 sáng kiến", 3, "sáng kiến"), Q("12%", 12, "%"),
 Q("6 đơn vị", 6, "đơn vị"), Q("ít nhất 12.000 đoàn viên mới", 12000, "đoàn viên mới", "over"), Q("100%", 100, "%")],
[D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết số 02-NQ/TW ngày 12/6/2021"),
 D("Chương trình hành động", "41", "CTr/TU", None, "Ban Thường vụ Thành ủy", "Chương trình hành động số 41-CTr/TU"),
 D("Kế hoạch", "215", "KH-LĐLĐ", "2023-02-06", None, "Kế hoạch số 215/KH-LĐLĐ ngày 6/2/2023"),
 D("Quyết định", "1568", "QĐ-LĐLĐ", None, None, "Quyết định số 1568/QĐ-LĐLĐ")],
[prov("Hải Phòng")],
["Báo Hải Phòng điện tử", "Lao động - Công đoàn", "Ảnh: Đồng chí Đỗ Mạnh Hiến trao Cờ thi đua cho các đơn vị.",
 "Lao động giỏi, lao động sáng tạo", "Mái ấm Công đoàn", "Công ty TNHH Regina Miracle", "Tết Giáp Thìn"],
["Cập nhật: 08:30, 28/12/2023 (GMT+7)", "năm 2023", "Năm 2023", "năm 2024", "Tết Giáp Thìn"]))

PAGES.append(page("b5395-quangtri-xa-ccb-daihoi-2023", """
Trang thông tin điện tử xã Hướng Phùng - huyện Hướng Hóa - tỉnh Quảng Trị
Trang chủ - Tin tức - Mặt trận, đoàn thể
15/06/2023 06:00
Đại hội thi đua "Cựu chiến binh gương mẫu" xã Hướng Phùng lần thứ V
Ngày 14/6/2023, Hội Cựu chiến binh xã Hướng Phùng tổ chức Đại hội thi đua "Cựu chiến binh gương mẫu" lần thứ V, giai đoạn 2019 - 2024. Dự đại hội có đồng chí Hồ Văn Lai, HUV, Bí thư Đảng ủy xã; đồng chí Nguyễn Quang Huy, Phó Chủ tịch Hội Cựu chiến binh huyện Hướng Hóa; đồng chí Hồ Thị Bôn, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã cùng 85 đại biểu là hội viên tiêu biểu của 11 chi hội.
Các đại biểu chào cờ khai mạc Đại hội.
Báo cáo tại đại hội cho biết, 5 năm qua, thực hiện Kết luận số 87-KL/TW của Ban Bí thư về công tác cựu chiến binh và Kế hoạch số 14-KH/ĐU của Đảng ủy xã, Hội đã vận động 100% hội viên tham gia phong trào thi đua. Toàn xã có 326 hội viên, trong đó 148 hội viên là người đồng bào Vân Kiều, Pa Kô. Hội giúp 42 hội viên thoát nghèo; vận động hội viên hiến 2.450 m2 đất, đóng góp 1.100 ngày công làm đường liên thôn; 18 hộ hội viên có thu nhập từ 200 triệu đồng/năm trở lên nhờ trồng cà phê, chuối.
Nhiều tấm gương tiêu biểu như ông Hồ Văn Pả, hội viên chi hội thôn Xa Re, vận động con cháu không vượt biên trái phép; ông Nguyễn Văn Thông, Chi hội trưởng chi hội thôn Doãng, 10 năm liền hòa giải thành các vụ mâu thuẫn trong cộng đồng; ông Hồ Văn Chiêng, người có uy tín thôn Ta Đủ, tham gia tự quản đường biên, cột mốc.
Phát biểu chỉ đạo, đồng chí Hồ Văn Lai ghi nhận đóng góp của Hội trong thực hiện Nghị quyết số 05, 06-NQ/ĐU của Đảng ủy xã về phát triển kinh tế nông nghiệp và bảo đảm an ninh biên giới; đề nghị Hội tiếp tục là lực lượng nòng cốt trong phong trào "Toàn dân bảo vệ an ninh Tổ quốc".
Dịp này, UBND xã tặng Giấy khen cho 3 chi hội và 12 hội viên có thành tích xuất sắc; Hội Cựu chiến binh huyện tặng Giấy khen cho ông Hồ Văn Pả và ông Nguyễn Văn Thông. Mỗi tập thể, cá nhân được thưởng 400.000 đồng.
Đại hội đã bầu 5 đại biểu đi dự Đại hội thi đua Hội Cựu chiến binh huyện lần thứ V, dự kiến tổ chức trong tháng 7/2023. Đại hội phát động phong trào thi đua giai đoạn mới với trọng tâm giúp nhau phát triển kinh tế, giữ gìn an ninh vùng biên, xây dựng chi hội vững mạnh, tích cực tham gia xây dựng nông thôn mới và bảo vệ rừng đầu nguồn trên địa bàn xã.
Ban Biên tập
Lượt xem: 214
Tin liên quan
- Xã Hướng Phùng ra quân hè tình nguyện năm 2023 (10/06/2023)
- Hội LHPN xã tổ chức ngày hội phụ nữ vùng biên (30/05/2023)
- Trao 20 suất quà cho học sinh nghèo (22/05/2023)
""", "2023-06-15", "Đại hội thi đua \"Cựu chiến binh gương mẫu\" xã Hướng Phùng lần thứ V",
E("dai_hoi", None, "2023-06-14"),
[P("Hồ Văn Lai", "HUV", "Bí thư Đảng ủy xã"),
 P("Nguyễn Quang Huy", "Phó Chủ tịch Hội Cựu chiến binh huyện Hướng Hóa"),
 P("Hồ Thị Bôn", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Hồ Văn Pả", "hội viên chi hội thôn Xa Re"),
 P("Nguyễn Văn Thông", "Chi hội trưởng chi hội thôn Doãng"),
 P("Hồ Văn Chiêng", "người có uy tín thôn Ta Đủ")],
[Q("85 đại biểu", 85, "đại biểu"), Q("11 chi hội", 11, "chi hội"), Q("100%", 100, "%"), Q("326 hội viên", 326, "hội viên"),
 Q("148 hội viên", 148, "hội viên"), Q("42 hội viên", 42, "hội viên"), Q("2.450 m2", 2450, "m2"),
 Q("1.100 ngày công", 1100, "ngày công"), Q("18 hộ hội viên", 18, "hộ hội viên"),
 Q("từ 200 triệu đồng/năm trở lên", 200000000, "đồng", "over"), Q("3 chi hội", 3, "chi hội"),
 Q("12 hội viên", 12, "hội viên"), Q("400.000 đồng", 400000, "đồng"), Q("5 đại biểu", 5, "đại biểu")],
[D("Kết luận", "87", "KL/TW", None, "Ban Bí thư", "Kết luận số 87-KL/TW"),
 D("Kế hoạch", "14", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 14-KH/ĐU"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05, 06-NQ/ĐU"),
 D("Nghị quyết", "06", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05, 06-NQ/ĐU")],
[prov("Quảng Trị"), com("Hướng Phùng")],
["Trang thông tin điện tử xã Hướng Phùng - huyện Hướng Hóa - tỉnh Quảng Trị", "Trang chủ - Tin tức - Mặt trận, đoàn thể",
 "Các đại biểu chào cờ khai mạc Đại hội.", "Cựu chiến binh gương mẫu", "Toàn dân bảo vệ an ninh Tổ quốc", "Ban Biên tập", "Lượt xem: 214"],
["15/06/2023 06:00", "lần thứ V", "giai đoạn 2019 - 2024", "5 năm", "10 năm", "tháng 7/2023", "Lượt xem: 214"]))

PAGES.append(page("b5396-baclieu-bdv-hoinghi-2024", """
BAN DÂN VẬN TỈNH ỦY BẠC LIÊU
You are here: Trang chủ > Tin tức > Dân tộc - Tôn giáo
Thứ Năm, 25/04/2024
Tôn vinh 65 người có uy tín, chức sắc tôn giáo tiêu biểu năm 2024
Sáng ngày 24/4/2024, Ban Dân vận Tỉnh ủy phối hợp Ban Dân tộc tỉnh Bạc Liêu tổ chức Hội nghị biểu dương người có uy tín, chức sắc tôn giáo tiêu biểu năm 2024. Đồng chí Lâm Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Toàn cảnh hội nghị.
Tham dự có đồng chí Trần Quốc Khởi, Phó Chủ tịch UBND tỉnh; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Huỳnh Văn Lâm, Danh Thị Sa Ry; ông Tăng Văn Chẩm, Trưởng Ban Dân tộc tỉnh cùng 65 người có uy tín, chức sắc đại diện cho hơn 1.400 người có uy tín, chức sắc, chức việc trong tỉnh.
Theo báo cáo, từ năm 2022 đến nay, thực hiện Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch 136, 137-KH/TU của Ban Thường vụ Tỉnh ủy, người có uy tín đã tham gia hòa giải thành 284 vụ việc mâu thuẫn, tranh chấp; vận động 3.560 hộ đồng bào Khmer tham gia bảo hiểm y tế; đóng góp trên 6,4 tỷ đồng xây dựng cầu, đường, nhà tình thương. Toàn tỉnh có 89 chùa Phật giáo Nam tông Khmer và 12 chức sắc Tin lành đăng ký thi đua "sống tốt đời, đẹp đạo".
Tại hội nghị, Hòa thượng Thạch Sến, Trụ trì chùa Cù Lao, xã Hưng Hội, chia sẻ việc vận động sư sãi tham gia phòng chống dịch, tặng 600 phần quà cho hộ nghèo. Linh mục Phêrô Nguyễn Văn Hiền, Chánh xứ giáo xứ Tắc Sậy, cho biết giáo xứ có 7 gia đình giáo dân được công nhận "gia đình văn hóa" tiêu biểu. Ông Danh Sơn, người có uy tín ấp Sóc Đồn, phường 5, kể việc vận động 45 hộ không bán đất sản xuất.
Phát biểu tại hội nghị, đồng chí Trần Quốc Khởi đề nghị các ngành thực hiện tốt Nghị định số 35/2023/NĐ-CP; tăng cường đối thoại, tiếp thu ý kiến của người có uy tín.
Kết luận hội nghị, đồng chí Lâm Thị Hồng Nhung nhấn mạnh việc tiếp tục thực hiện Chỉ thị số 18-CT/TW của Ban Bí thư về phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số. Dịp này, UBND tỉnh tặng Bằng khen cho 25 người có uy tín tiêu biểu; Ban Dân vận Tỉnh ủy tặng Giấy khen cho 40 cá nhân, kèm tiền thưởng 1,5 triệu đồng/người.
Hội nghị được tổ chức định kỳ hằng năm nhằm kịp thời ghi nhận, động viên những người có uy tín, chức sắc tôn giáo đã có nhiều đóng góp cho phong trào thi đua yêu nước ở địa phương; đồng thời tạo diễn đàn để các vị phản ánh tâm tư, nguyện vọng của đồng bào, tín đồ với cấp ủy, chính quyền.
Ngọc Thảo
Tin cùng chuyên mục
- Hội nghị giao ban công tác dân vận quý I/2024 (10/04/2024)
- Họp mặt mừng Tết Chôl Chnăm Thmây (08/04/2024)
- Tặng 200 phần quà cho hộ Khmer nghèo (01/04/2024)
""", "2024-04-25", "Tôn vinh 65 người có uy tín, chức sắc tôn giáo tiêu biểu năm 2024",
E("hoi_nghi", "2024", "2024-04-24"),
[P("Lâm Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Quốc Khởi", "Phó Chủ tịch UBND tỉnh"),
 P("Huỳnh Văn Lâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Thị Sa Ry", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tăng Văn Chẩm", "Trưởng Ban Dân tộc tỉnh"),
 P("Thạch Sến", "Hòa thượng", "Trụ trì chùa Cù Lao"),
 P("Phêrô Nguyễn Văn Hiền", "Linh mục", "Chánh xứ giáo xứ Tắc Sậy"),
 P("Danh Sơn", "người có uy tín ấp Sóc Đồn")],
[Q("65 người có uy tín, chức sắc tôn giáo tiêu biểu", 65, "người có uy tín, chức sắc tôn giáo tiêu biểu"),
 Q("hơn 1.400 người có uy tín, chức sắc, chức việc", 1400, "người có uy tín, chức sắc, chức việc", "over"),
 Q("284 vụ việc mâu thuẫn, tranh chấp", 284, "vụ việc mâu thuẫn, tranh chấp"), Q("3.560 hộ đồng bào Khmer", 3560, "hộ đồng bào Khmer"),
 Q("trên 6,4 tỷ đồng", 6400000000, "đồng", "over"), Q("89 chùa Phật giáo Nam tông Khmer", 89, "chùa Phật giáo Nam tông Khmer"),
 Q("12 chức sắc Tin lành", 12, "chức sắc Tin lành"), Q("600 phần quà", 600, "phần quà"), Q("7 gia đình giáo dân", 7, "gia đình giáo dân"),
 Q("45 hộ", 45, "hộ"), Q("25 người có uy tín tiêu biểu", 25, "người có uy tín tiêu biểu"), Q("40 cá nhân", 40, "cá nhân"),
 Q("1,5 triệu đồng/người", 1500000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Kế hoạch", "136", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 136, 137-KH/TU"),
 D("Kế hoạch", "137", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 136, 137-KH/TU"),
 D("Nghị định", "35", "2023/NĐ-CP", None, None, "Nghị định số 35/2023/NĐ-CP"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW")],
[prov("Bạc Liêu"), com("Hưng Hội"), com("phường 5")],
["BAN DÂN VẬN TỈNH ỦY BẠC LIÊU", "You are here: Trang chủ > Tin tức > Dân tộc - Tôn giáo", "Toàn cảnh hội nghị.",
 "sống tốt đời, đẹp đạo", "gia đình văn hóa"],
["Thứ Năm, 25/04/2024", "năm 2024", "năm 2022", "phường 5"]))

PAGES.append(page("b5397-lamdong-ductrong-soket-2024", """
Báo Lâm Đồng điện tử
Trang chủ | Chính trị | Xây dựng Đảng
Thứ Năm, 11/07/2024 | 16:40
Đức Trọng: Sơ kết phong trào thi đua "Dân vận khéo" 6 tháng đầu năm
(LĐ online) - Ngày 10/7/2024, Ban Dân vận Huyện ủy Đức Trọng tổ chức hội nghị sơ kết công tác dân vận và phong trào thi đua "Dân vận khéo" 6 tháng đầu năm 2024. Đồng chí Ka Thị Bích, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì.
Đồng chí K'Bình trao Giấy khen cho các tập thể. Ảnh: N.Ngân
Dự hội nghị có đồng chí K'Bình, Phó Bí thư Thường trực Huyện ủy; các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Nguyễn Thị Lan Anh, Ha Bảo; đại diện lãnh đạo 15 xã, thị trấn.
6 tháng qua, thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về công tác dân vận, Chương trình hành động số 22-CTr/HU của Ban Thường vụ Huyện ủy và Kế hoạch số 09-KH/BDVHU của Ban Dân vận Huyện ủy, toàn huyện có 184 mô hình "Dân vận khéo" đăng ký, trong đó 31 mô hình cấp huyện. Nhân dân hiến hơn 15.000 m2 đất, đóng góp gần 4,6 tỷ đồng làm 23 km đường giao thông nông thôn. Các hội, đoàn thể vận động 2.150 hộ cam kết không phá rừng, không lấn chiếm đất rừng; giúp 96 hộ đồng bào K'Ho thoát nghèo.
Tại xã Tà Năng, mô hình "Thôn dân tộc thiểu số không có người nghiện ma túy" đã giúp 4 thôn không còn người nghiện mới. Xã Đạ Quyn vận động 35 hộ di cư tự do ổn định cuộc sống.
Tại hội nghị, bà Ma Điểu, Chủ tịch Hội Liên hiệp Phụ nữ xã Tà Hine, chia sẻ kinh nghiệm vận động phụ nữ K'Ho dệt thổ cẩm. Ông Bon Đơng Ha Sin, người có uy tín thôn Bóp La, xã Phú Hội, kiến nghị hỗ trợ giống cà phê cho 60 hộ nghèo.
Kết luận hội nghị, đồng chí K'Bình đề nghị 6 tháng cuối năm tiếp tục triển khai Quyết định số 99-QĐ/TW của Ban Bí thư về khung khổ công tác dân vận; chú trọng bình xét, khen thưởng kịp thời.
Dịp này, Ban Thường vụ Huyện ủy tặng Giấy khen cho 9 tập thể và 14 cá nhân có thành tích tiêu biểu trong phong trào thi đua "Dân vận khéo" 6 tháng đầu năm 2024, mỗi tập thể được thưởng 1 triệu đồng, mỗi cá nhân 500.000 đồng.
Hội nghị thống nhất trong 6 tháng cuối năm sẽ tổ chức tuyên dương các mô hình tiêu biểu ở vùng đồng bào dân tộc thiểu số, hướng tới tổng kết phong trào vào cuối năm và chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ tới. Ban Dân vận Huyện ủy cũng sẽ phối hợp các xã kiểm tra thực chất từng mô hình, loại bỏ những mô hình chỉ đăng ký cho có, không phát huy hiệu quả trong đời sống.
N.Ngân
Tin liên quan
- Lâm Hà: sơ kết 5 năm thực hiện Quyết định 99 (02/07/2024)
- 100 hội viên phụ nữ Đức Trọng được tập huấn (20/06/2024)
- Di Linh trao 30 căn nhà Đại đoàn kết (12/06/2024)
""", "2024-07-11", "Đức Trọng: Sơ kết phong trào thi đua \"Dân vận khéo\" 6 tháng đầu năm",
E("so_ket", "2024-H1", "2024-07-10"),
[P("Ka Thị Bích", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("K'Bình", "Phó Bí thư Thường trực Huyện ủy"),
 P("Nguyễn Thị Lan Anh", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Ha Bảo", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Ma Điểu", "Chủ tịch Hội Liên hiệp Phụ nữ xã Tà Hine"),
 P("Bon Đơng Ha Sin", "người có uy tín thôn Bóp La")],
[Q("15 xã, thị trấn", 15, "xã, thị trấn"), Q("184 mô hình", 184, "mô hình"), Q("31 mô hình cấp huyện", 31, "mô hình cấp huyện"),
 Q("hơn 15.000 m2", 15000, "m2", "over"), Q("gần 4,6 tỷ đồng", 4600000000, "đồng", "approx"), Q("23 km", 23, "km"),
 Q("2.150 hộ", 2150, "hộ"), Q("96 hộ đồng bào K'Ho", 96, "hộ đồng bào K'Ho"), Q("4 thôn", 4, "thôn"),
 Q("35 hộ di cư tự do", 35, "hộ di cư tự do"), Q("60 hộ nghèo", 60, "hộ nghèo"), Q("9 tập thể", 9, "tập thể"),
 Q("14 cá nhân", 14, "cá nhân"), Q("1 triệu đồng", 1000000, "đồng"), Q("500.000 đồng", 500000, "đồng")],
[D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Chương trình hành động", "22", "CTr/HU", None, "Ban Thường vụ Huyện ủy", "Chương trình hành động số 22-CTr/HU"),
 D("Kế hoạch", "09", "KH/BDVHU", None, "Ban Dân vận Huyện ủy", "Kế hoạch số 09-KH/BDVHU"),
 D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 99-QĐ/TW")],
[prov("Lâm Đồng"), com("Tà Năng"), com("Đạ Quyn"), com("Tà Hine"), com("Phú Hội")],
["Báo Lâm Đồng điện tử", "Trang chủ | Chính trị | Xây dựng Đảng", "(LĐ online)",
 "Đồng chí K'Bình trao Giấy khen cho các tập thể. Ảnh: N.Ngân", "Dân vận khéo",
 "Thôn dân tộc thiểu số không có người nghiện ma túy"],
["Thứ Năm, 11/07/2024 | 16:40", "6 tháng đầu năm 2024", "6 tháng cuối năm", "6 tháng qua"]))

PAGES.append(page("b5398-bentre-xa-huanchuong-khac-2024", """
BÁO ĐỒNG KHỞI ONLINE
Chính trị > Thi đua - Khen thưởng
02/09/2024 - 07:30
Ảnh: Lãnh đạo tỉnh trao Huân chương Lao động hạng Ba cho Đảng bộ, chính quyền và nhân dân xã.
Xã Phước Long đón nhận Huân chương Lao động hạng Ba
Tối 31/8/2024, Đảng bộ, chính quyền và nhân dân xã Phước Long, huyện Giồng Trôm, tỉnh Bến Tre long trọng tổ chức lễ đón nhận Huân chương Lao động hạng Ba của Chủ tịch nước, mừng kỷ niệm 79 năm Cách mạng tháng Tám và Quốc khánh 2/9.
Đến dự có đồng chí Trần Thanh Lâm, Phó Bí thư Tỉnh ủy; đồng chí Nguyễn Thị Yến Nhi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Huỳnh Quang Triệu, Giám đốc Sở Nội vụ; đồng chí Võ Văn Tâm, Trưởng ban Thi đua - Khen thưởng tỉnh.
Theo Quyết định số 785/QĐ-CTN ngày 19/7/2024 của Chủ tịch nước, xã Phước Long được tặng Huân chương Lao động hạng Ba vì đã có thành tích xuất sắc trong phong trào thi đua xây dựng nông thôn mới giai đoạn 2019 - 2023. Trong 5 năm, nhân dân xã đã hiến 8.600 m2 đất, đóng góp trên 9,2 tỷ đồng xây dựng 17 cây cầu, 21 km đường bê tông; tỷ lệ hộ nghèo giảm còn 1,2%; thu nhập bình quân đạt 68 triệu đồng/người/năm. Xã đạt chuẩn nông thôn mới nâng cao năm 2022.
Đồng chí Lê Văn Hùng, Bí thư Đảng ủy xã, cho biết thành tích trên có được nhờ xã thực hiện tốt Nghị quyết số 15-NQ/ĐU của Đảng ủy xã và Kế hoạch số 54, 55/KH-UBND của UBND xã; phát huy vai trò 9 ban nhân dân ấp và khoảng 2.300 hội viên các đoàn thể. Mỗi năm, xã chọn ít nhất 10 gương điển hình để biểu dương.
Phát biểu tại buổi lễ, đồng chí Trần Thanh Lâm chúc mừng và đề nghị xã tiếp tục thực hiện Nghị quyết số 19-NQ/TW của BCH Trung ương về nông nghiệp, nông dân, nông thôn, xây dựng xã nông thôn mới kiểu mẫu.
Dịp này, UBND tỉnh tặng Bằng khen cho 3 tập thể và 6 cá nhân của xã; UBND huyện tặng Giấy khen cho các ông, bà: Nguyễn Văn Mười, Trần Thị Bé Tư, Lê Văn Út, Trưởng ban nhân dân ấp có thành tích trong vận động hiến đất. Các doanh nghiệp trao 50 suất học bổng, mỗi suất 2 triệu đồng cho học sinh nghèo hiếu học.
Nhân dịp này, xã cũng ra mắt công trình "Tuyến đường hoa kiểu mẫu" dài 2,5 km do nhân dân tự đóng góp. Buổi lễ khép lại với chương trình văn nghệ chào mừng của các câu lạc bộ đờn ca tài tử trong xã. Nhiều người dân cho biết phần thưởng cao quý là niềm tự hào, là động lực để cả xã tiếp tục chung sức giữ vững các tiêu chí nông thôn mới nâng cao, hướng đến kiểu mẫu trong thời gian tới.
Hữu Hiệp
Tin liên quan
- Bến Tre: 15 tập thể được đề nghị tặng Huân chương (25/08/2024)
- Giồng Trôm tổng kết 5 năm xây dựng nông thôn mới (12/08/2024)
- Trao 200 căn nhà Đại đoàn kết (01/08/2024)
""", "2024-09-02", "Xã Phước Long đón nhận Huân chương Lao động hạng Ba",
E("khac", None, "2024-08-31"),
[P("Trần Thanh Lâm", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Thị Yến Nhi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Quang Triệu", "Giám đốc Sở Nội vụ"),
 P("Võ Văn Tâm", "Trưởng ban Thi đua - Khen thưởng tỉnh"),
 P("Lê Văn Hùng", "Bí thư Đảng ủy xã"),
 P("Nguyễn Văn Mười", "Trưởng ban nhân dân ấp"), P("Trần Thị Bé Tư", "Trưởng ban nhân dân ấp"), P("Lê Văn Út", "Trưởng ban nhân dân ấp")],
[Q("8.600 m2", 8600, "m2"), Q("trên 9,2 tỷ đồng", 9200000000, "đồng", "over"), Q("17 cây cầu", 17, "cây cầu"),
 Q("21 km", 21, "km"), Q("1,2%", 1.2, "%"), Q("68 triệu đồng/người/năm", 68000000, "đồng"), Q("9 ban nhân dân ấp", 9, "ban nhân dân ấp"),
 Q("khoảng 2.300 hội viên", 2300, "hội viên", "approx"), Q("ít nhất 10 gương điển hình", 10, "gương điển hình", "over"),
 Q("3 tập thể", 3, "tập thể"), Q("6 cá nhân", 6, "cá nhân"), Q("50 suất học bổng", 50, "suất học bổng"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("2,5 km", 2.5, "km")],
[D("Quyết định", "785", "QĐ-CTN", "2024-07-19", "Chủ tịch nước", "Quyết định số 785/QĐ-CTN ngày 19/7/2024"),
 D("Nghị quyết", "15", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 15-NQ/ĐU"),
 D("Kế hoạch", "54", "KH-UBND", None, "UBND xã", "Kế hoạch số 54, 55/KH-UBND"),
 D("Kế hoạch", "55", "KH-UBND", None, "UBND xã", "Kế hoạch số 54, 55/KH-UBND"),
 D("Nghị quyết", "19", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 19-NQ/TW")],
[prov("Bến Tre"), com("Phước Long")],
["BÁO ĐỒNG KHỞI ONLINE", "Chính trị > Thi đua - Khen thưởng",
 "Ảnh: Lãnh đạo tỉnh trao Huân chương Lao động hạng Ba cho Đảng bộ, chính quyền và nhân dân xã.",
 "Huân chương Lao động hạng Ba", "Tuyến đường hoa kiểu mẫu"],
["02/09/2024 - 07:30", "79 năm", "Quốc khánh 2/9", "hạng Ba", "giai đoạn 2019 - 2023", "5 năm", "năm 2022"]))
