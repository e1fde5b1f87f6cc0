from lib import *
PAGES = []

PAGES.append(page("b8513-soctrang-bdv-hoinghi-chucsac-2021", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ >> Tin tức >> Công tác dân tộc - tôn giáo
26/03/2021 06:00
Sư sãi, achar chung tay phòng, chống dịch bệnh trong phum, sóc
Ngày 25/3, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh Sóc Trăng tổ chức hội nghị triển khai công tác vận động chức sắc, sư sãi, achar tham gia phòng, chống dịch COVID-19 và sốt xuất huyết năm 2021. Dự hội nghị có hơn 200 đại biểu là trụ trì, Ban quản trị các chùa Phật giáo Nam tông Khmer và người có uy tín trong đồng bào Khmer.
Quang cảnh hội nghị. Ảnh: Thạch Ngọc
Chủ trì hội nghị có đồng chí Lâm Thị Sa Rương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Sơn Văn Sinh, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh; Thượng tọa Thạch Sô Phal, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh.
Năm 2020, toàn tỉnh ghi nhận 1.362 ca sốt xuất huyết, 2 trường hợp tử vong, trong đó thị xã Vĩnh Châu và huyện Mỹ Xuyên, nơi có đông đồng bào Khmer, chiếm gần 40%. Thực hiện Quy chế phối hợp số 03-QCPH/BDVTU-BDT giữa Ban Dân vận Tỉnh ủy và Ban Dân tộc tỉnh, năm qua có 92 chùa Phật giáo Nam tông Khmer tham gia tuyên truyền bằng loa phát thanh của chùa; hơn 2.500 sư sãi cùng phật tử dọn vệ sinh khuôn viên chùa, trường học, sóc ấp; các chùa vận động được khoảng 360 triệu đồng hỗ trợ người bệnh khó khăn.
Tại hội nghị, Đại đức Lý Sa Ren, trụ trì chùa Prếk Chru, phường Vĩnh Phước, chia sẻ: "Mỗi buổi lễ, nhà chùa dành 15 phút nhắc phật tử úp lu, thay nước bình bông trên bàn thờ. Bà con nghe sư nói thì làm liền". Ông Thạch Sà Rết, Achar chùa Tham Đôn, xã Tham Đôn, đề nghị ngành y tế in tài liệu bằng chữ Khmer. Bà Kim Thị Sa Phương, Chủ tịch Hội LHPN xã Lai Hòa, cho biết xã thành lập 18 tổ phụ nữ phòng bệnh, mỗi tổ phụ trách từ 30 hộ trở lên.
Đồng chí Sơn Văn Sinh thông tin Kế hoạch số 25/KH-UBND ngày 18/2/2021 của UBND tỉnh về phòng, chống dịch bệnh truyền nhiễm năm 2021, trong đó giao Ban Dân tộc phối hợp in 10.000 tờ rơi song ngữ Việt - Khmer, cấp cho 4.200 hộ đồng bào Khmer nghèo mỗi hộ 1 bình lọc nước.
Phát biểu kết luận, đồng chí Lâm Thị Sa Rương ghi nhận sự đồng hành của sư sãi, achar; đề nghị các chùa tiếp tục là điểm tuyên truyền trong các dịp lễ Chôl Chnăm Thmây, Sene Đôlta, Ok Om Bok; mỗi chùa phối hợp với Ban Công tác Mặt trận ấp tổ chức ít nhất 1 buổi tổng vệ sinh mỗi tháng. Ban Dân vận Tỉnh ủy sẽ đưa nội dung này vào Kế hoạch số 47-KH/BDVTU về công tác dân vận năm 2021.
Dịp này, Ban Dân vận Tỉnh ủy và Ban Dân tộc tỉnh tặng giấy khen cho 15 chùa, 22 cá nhân có thành tích trong phòng, chống dịch bệnh năm 2020.
Thạch Ngọc
Tin liên quan
- Vĩnh Châu: Ra quân diệt lăng quăng tại 10 xã, phường (18/03/2021)
- Thăm, chúc Tết Chôl Chnăm Thmây tại các chùa Khmer (10/03/2021)
- Hội nghị người có uy tín năm 2021 (25/02/2021)
""", "2021-03-26", "Sư sãi, achar chung tay phòng, chống dịch bệnh trong phum, sóc",
E("hoi_nghi", "2021", "2021-03-25"),
[P("Lâm Thị Sa Rương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sơn Văn Sinh", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
 P("Thạch Sô Phal", "Thượng tọa", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Lý Sa Ren", "Đại đức", "trụ trì chùa Prếk Chru"),
 P("Thạch Sà Rết", "Achar chùa Tham Đôn"),
 P("Kim Thị Sa Phương", "Chủ tịch Hội LHPN xã Lai Hòa")],
[Q("hơn 200 đại biểu", 200, "đại biểu", "over"), Q("1.362 ca sốt xuất huyết", 1362, "ca sốt xuất huyết"),
 Q("2 trường hợp", 2, "trường hợp"), Q("gần 40%", 40, "%", "approx"),
 Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"), Q("hơn 2.500 sư sãi", 2500, "sư sãi", "over"),
 Q("khoảng 360 triệu đồng", 360000000, "đồng", "approx"), Q("18 tổ phụ nữ phòng bệnh", 18, "tổ phụ nữ phòng bệnh"),
 Q("từ 30 hộ trở lên", 30, "hộ", "over"), Q("10.000 tờ rơi song ngữ", 10000, "tờ rơi song ngữ"),
 Q("4.200 hộ đồng bào Khmer nghèo", 4200, "hộ đồng bào Khmer nghèo"), Q("15 chùa", 15, "chùa"), Q("22 cá nhân", 22, "cá nhân")],
[D("Quy chế phối hợp", "03", "QCPH/BDVTU-BDT", None, None, "Quy chế phối hợp số 03-QCPH/BDVTU-BDT"),
 D("Kế hoạch", "25", "KH-UBND", "2021-02-18", "UBND tỉnh", "Kế hoạch số 25/KH-UBND ngày 18/2/2021"),
 D("Kế hoạch", "47", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 47-KH/BDVTU")],
[prov("Sóc Trăng"), com("Vĩnh Phước"), com("Tham Đôn"), com("Lai Hòa")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ >> Tin tức >> Công tác dân tộc - tôn giáo", "Quang cảnh hội nghị. Ảnh: Thạch Ngọc",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "chùa Prếk Chru", "Chôl Chnăm Thmây", "Sene Đôlta", "Ok Om Bok"],
["26/03/2021 06:00", "năm 2021", "Năm 2020", "15 phút", "1 bình lọc nước", "ít nhất 1 buổi tổng vệ sinh mỗi tháng", "năm 2020", "COVID-19"]))

PAGES.append(page("b8514-tayninh-tanbinh-baocao-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN BÌNH - THÀNH PHỐ TÂY NINH
Thứ Sáu, 17/12/2021 | 08:30
Tin tức > Y tế - Dân số
Xã Tân Bình: Kết quả công tác phòng, chống sốt xuất huyết năm 2021
Ngày 15/12/2021, UBND xã Tân Bình ban hành Báo cáo số 312/BC-UBND về kết quả công tác phòng, chống dịch bệnh sốt xuất huyết năm 2021 và phương hướng năm 2022. Báo cáo được gửi UBND thành phố Tây Ninh, Trung tâm Y tế thành phố và Ủy ban MTTQ Việt Nam xã.
Năm 2021, dù tập trung phòng, chống dịch COVID-19, xã vẫn duy trì công tác phòng, chống sốt xuất huyết theo Kế hoạch số 16/KH-UBND ngày 25/1/2021 của UBND xã và Công văn số 2108/SYT-NVY ngày 7/6/2021 của Sở Y tế tỉnh Tây Ninh. Toàn xã ghi nhận 23 ca sốt xuất huyết, giảm 61,7% so với năm 2020 (60 ca), không có ổ dịch, không có trường hợp tử vong.
Theo báo cáo, 4 ấp của xã (Tân Trung, Tân Lập, Tân Đông, Tân Phước) đã tổ chức 11 đợt chiến dịch vệ sinh môi trường kết hợp diệt lăng quăng với 1.860 lượt người tham gia; kiểm tra 2.415 hộ, xử lý 37 ổ lăng quăng. Tổ COVID cộng đồng gồm 28 thành viên được giao thêm nhiệm vụ nhắc nhở các hộ đậy kín dụng cụ chứa nước khi đi kiểm tra. Kinh phí thực hiện 47,5 triệu đồng, trong đó ngân sách xã 32 triệu đồng, vận động xã hội hóa 15,5 triệu đồng.
Báo cáo nêu một số hạn chế: còn 6 hộ trồng kiểng, làm phế liệu chưa chấp hành; chỉ số nhà có lăng quăng (HI) tại ấp Tân Phước vẫn ở mức 12%, cao hơn ngưỡng cho phép; lực lượng cộng tác viên thiếu do nhiều người tham gia chống dịch COVID-19; hệ thống loa truyền thanh ở một số ấp có lúc bị hư hỏng, việc tuyên truyền chưa thường xuyên.
Ông Nguyễn Văn Mạnh, Chủ tịch UBND xã Tân Bình cho biết: "Kết quả năm nay có sự đóng góp lớn của Mặt trận và các đoàn thể, nhất là mô hình "Tổ tự quản vệ sinh môi trường" của Hội Cựu chiến binh xã". Bà Trần Thị Bé Tư, Trạm trưởng Trạm Y tế xã, đề nghị năm 2022 bổ sung 2 máy phun hóa chất đeo vai.
Phương hướng năm 2022, xã phấn đấu giảm ít nhất 10% số ca mắc, 100% ấp tổ chức tổng vệ sinh mỗi tháng một lần; giao Ủy ban MTTQ Việt Nam xã phối hợp các đoàn thể đưa nội dung phòng bệnh vào cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Đồng chí Lê Hoàng Phong, Bí thư Đảng ủy, Chủ tịch HĐND xã đã có ý kiến chỉ đạo các chi bộ ấp đưa nội dung này vào sinh hoạt định kỳ.
Các đồng chí Phó Chủ tịch UBND xã: Võ Thành Tâm, Nguyễn Thị Kim Loan được phân công theo dõi, đôn đốc việc thực hiện ở các ấp.
Ban biên tập
Tin khác
- Xã Tân Bình tiêm vắc xin phòng COVID-19 mũi 3 cho người dân (10/12/2021)
- Hội Cựu chiến binh xã tổng kết năm 2021 (06/12/2021)
- Ấp Tân Lập ra mắt mô hình "Tuyến đường hoa" (25/11/2021)
""", "2021-12-17", "Xã Tân Bình: Kết quả công tác phòng, chống sốt xuất huyết năm 2021",
E("bao_cao", "2021", "2021-12-15"),
[P("Nguyễn Văn Mạnh", "Chủ tịch UBND xã Tân Bình"),
 P("Trần Thị Bé Tư", "Trạm trưởng Trạm Y tế xã"),
 P("Lê Hoàng Phong", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Võ Thành Tâm", "Phó Chủ tịch UBND xã"),
 P("Nguyễn Thị Kim Loan", "Phó Chủ tịch UBND xã")],
[Q("23 ca sốt xuất huyết", 23, "ca sốt xuất huyết"), Q("61,7%", 61.7, "%"), Q("60 ca", 60, "ca"), Q("4 ấp", 4, "ấp"),
 Q("11 đợt chiến dịch vệ sinh môi trường", 11, "đợt chiến dịch vệ sinh môi trường"), Q("1.860 lượt người", 1860, "lượt người"),
 Q("2.415 hộ", 2415, "hộ"), Q("37 ổ lăng quăng", 37, "ổ lăng quăng"), Q("28 thành viên", 28, "thành viên"),
 Q("47,5 triệu đồng", 47500000, "đồng"), Q("32 triệu đồng", 32000000, "đồng"), Q("15,5 triệu đồng", 15500000, "đồng"),
 Q("6 hộ", 6, "hộ"), Q("12%", 12, "%"), Q("2 máy phun hóa chất đeo vai", 2, "máy phun hóa chất đeo vai"),
 Q("ít nhất 10%", 10, "%", "over"), Q("100% ấp", 100, "%")],
[D("Báo cáo", "312", "BC-UBND", None, "UBND xã Tân Bình", "Báo cáo số 312/BC-UBND"),
 D("Kế hoạch", "16", "KH-UBND", "2021-01-25", "UBND xã", "Kế hoạch số 16/KH-UBND ngày 25/1/2021"),
 D("Công văn", "2108", "SYT-NVY", "2021-06-07", "Sở Y tế tỉnh Tây Ninh", "Công văn số 2108/SYT-NVY ngày 7/6/2021")],
[prov("Tây Ninh"), com("Tân Bình")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN BÌNH - THÀNH PHỐ TÂY NINH", "Tin tức > Y tế - Dân số", "Tổ tự quản vệ sinh môi trường",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Tổ COVID cộng đồng", "Ban biên tập"],
["Thứ Sáu, 17/12/2021 | 08:30", "năm 2021", "năm 2022", "năm 2020", "COVID-19", "mỗi tháng một lần"]))

PAGES.append(page("b8515-danang-mttq-giamsat-sxh-2022", """
Báo Đà Nẵng điện tử
Chính trị | Mặt trận - Đoàn thể
Thứ Sáu, 15/07/2022, 08:05
Ủy ban MTTQ Việt Nam thành phố giám sát công tác phòng, chống sốt xuất huyết tại quận Liên Chiểu
Ngày 14/7, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Đà Nẵng do bà Trần Thị Thanh Tâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố làm trưởng đoàn, giám sát việc thực hiện công tác phòng, chống dịch sốt xuất huyết năm 2022 tại UBND quận Liên Chiểu, phường Hòa Minh và phường Hòa Khánh Bắc.
Đoàn giám sát kiểm tra thực tế tại một khu nhà trọ ở phường Hòa Khánh Bắc.
Theo báo cáo của UBND quận, từ đầu năm đến ngày 10/7, Liên Chiểu ghi nhận 812 ca sốt xuất huyết, chiếm gần 30% số ca toàn thành phố; đã có 1 trường hợp tử vong. Quận đã triển khai Kế hoạch số 73/KH-UBND ngày 5/4/2022 của UBND thành phố và Quyết định số 3711/QĐ-BYT của Bộ Y tế; tổ chức 9 đợt chiến dịch với hơn 12.000 lượt người tham gia, xử lý 64 ổ dịch, phun hóa chất cho 18.500 hộ.
Ông Huỳnh Văn Lực, Phó Chủ tịch UBND quận Liên Chiểu cho biết khó khăn lớn nhất là quận có hơn 4.000 cơ sở nhà trọ với trên 60.000 sinh viên, công nhân thuê trọ, nhiều công trình xây dựng bỏ dở có nước đọng. Bà Phạm Thị Lan, Giám đốc Trung tâm Y tế quận, đề xuất thành phố hỗ trợ thêm kinh phí vì chi phí hóa chất mỗi đợt phun lên đến 250 triệu đồng.
Tại phường Hòa Minh, Chủ tịch UBND phường Nguyễn Đức Thành báo cáo phường đã giao 48 tổ dân phố ký cam kết, thành lập 96 tổ xung kích gồm cán bộ hội, đoàn viên và tổ trưởng tổ dân phố. Bà Võ Thị Diệu Hiền, Chủ tịch Ủy ban MTTQ Việt Nam phường Hòa Khánh Bắc, nêu thực tế: "Nhiều phòng trọ khóa cửa cả ngày, tổ xung kích không vào được, phải hẹn buổi tối".
Các thành viên đoàn giám sát: Lê Quang Vinh, Đoàn Thị Mỹ Hạnh - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam thành phố cùng đại diện Hội Liên hiệp Phụ nữ, Thành đoàn đã có ý kiến về việc phát huy vai trò Ban Công tác Mặt trận và tổ dân phố trong giám sát các cơ sở nhà trọ.
Kết luận, bà Trần Thị Thanh Tâm đề nghị quận tăng cường xử phạt các chủ công trình, chủ nhà trọ để phát sinh lăng quăng; bố trí không dưới 15% kinh phí phòng, chống dịch cho hoạt động truyền thông tại cộng đồng; thực hiện Chỉ thị số 14/CT-UBND ngày 20/6/2022 của Chủ tịch UBND thành phố về các biện pháp cấp bách phòng, chống sốt xuất huyết. Kết quả giám sát sẽ được tổng hợp, kiến nghị UBND thành phố trước ngày 30/7.
Thanh Lam
Tin liên quan
- Đà Nẵng: Số ca sốt xuất huyết tăng gấp 4 lần cùng kỳ (12/07/2022)
- Thành đoàn ra quân "Ngày Chủ nhật xanh" tại 56 phường, xã (10/07/2022)
- Sơn Trà: diệt lăng quăng tại 7 phường (05/07/2022)
""", "2022-07-15", "Ủy ban MTTQ Việt Nam thành phố giám sát công tác phòng, chống sốt xuất huyết tại quận Liên Chiểu",
E("giam_sat", "2022", "2022-07-14"),
[P("Trần Thị Thanh Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Huỳnh Văn Lực", "Phó Chủ tịch UBND quận Liên Chiểu"),
 P("Phạm Thị Lan", "Giám đốc Trung tâm Y tế quận"),
 P("Nguyễn Đức Thành", "Chủ tịch UBND phường"),
 P("Võ Thị Diệu Hiền", "Chủ tịch Ủy ban MTTQ Việt Nam phường Hòa Khánh Bắc"),
 P("Lê Quang Vinh", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam thành phố"),
 P("Đoàn Thị Mỹ Hạnh", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam thành phố")],
[Q("812 ca sốt xuất huyết", 812, "ca sốt xuất huyết"), Q("gần 30%", 30, "%", "approx"), Q("1 trường hợp", 1, "trường hợp"),
 Q("9 đợt chiến dịch", 9, "đợt chiến dịch"), Q("hơn 12.000 lượt người", 12000, "lượt người", "over"), Q("64 ổ dịch", 64, "ổ dịch"),
 Q("18.500 hộ", 18500, "hộ"), Q("hơn 4.000 cơ sở nhà trọ", 4000, "cơ sở nhà trọ", "over"),
 Q("trên 60.000 sinh viên, công nhân", 60000, "sinh viên, công nhân", "over"), Q("250 triệu đồng", 250000000, "đồng"),
 Q("48 tổ dân phố", 48, "tổ dân phố"), Q("96 tổ xung kích", 96, "tổ xung kích"), Q("không dưới 15%", 15, "%", "over")],
[D("Kế hoạch", "73", "KH-UBND", "2022-04-05", "UBND thành phố", "Kế hoạch số 73/KH-UBND ngày 5/4/2022"),
 D("Quyết định", "3711", "QĐ-BYT", None, "Bộ Y tế", "Quyết định số 3711/QĐ-BYT"),
 D("Chỉ thị", "14", "CT-UBND", "2022-06-20", "Chủ tịch UBND thành phố", "Chỉ thị số 14/CT-UBND ngày 20/6/2022")],
[prov("Đà Nẵng"), com("Hòa Minh"), com("Hòa Khánh Bắc")],
["Báo Đà Nẵng điện tử", "Chính trị | Mặt trận - Đoàn thể", "Đoàn giám sát kiểm tra thực tế tại một khu nhà trọ ở phường Hòa Khánh Bắc.",
 "Hội Liên hiệp Phụ nữ", "Thành đoàn", "Trung tâm Y tế quận"],
["Thứ Sáu, 15/07/2022, 08:05", "năm 2022", "ngày 10/7", "ngày 30/7"]))

PAGES.append(page("b8516-kontum-hlhpn-taphuan-2022", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH KON TUM
Trang chủ - Hoạt động các cấp Hội - Dự án 8
15:30 - 09/09/2022
Tập huấn kỹ năng phòng, chống sốt xuất huyết cho phụ nữ dân tộc thiểu số
Ngày 8/9, tại xã Đăk Cấm, Hội LHPN tỉnh Kon Tum tổ chức lớp tập huấn "Nâng cao kỹ năng phòng, chống sốt xuất huyết và vệ sinh môi trường cho phụ nữ dân tộc thiểu số" năm 2022 cho 120 học viên là cán bộ Hội cơ sở, chi hội trưởng phụ nữ thôn, làng ở 6 xã, phường của thành phố Kon Tum.
Học viên thảo luận nhóm tại lớp tập huấn.
Lớp tập huấn thuộc Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" của Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, được phê duyệt tại Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, và Kế hoạch số 112/KH-HPN ngày 20/7/2022 của Ban Thường vụ Hội LHPN tỉnh.
Khai mạc lớp học, bà Y Hồng Nhung, Phó Chủ tịch Hội LHPN tỉnh cho biết, năm 2022 thành phố Kon Tum là điểm nóng sốt xuất huyết với 1.528 ca mắc, trong đó gần 45% là người Ba Na, Xơ Đăng. Nhiều làng còn thói quen trữ nước trong can, chum không đậy nắp; vườn nhà nhiều vỏ lon, chai lọ.
Trong 2 ngày, BS. Nguyễn Thị Mai, Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh và các báo cáo viên hướng dẫn học viên cách nhận biết dấu hiệu sốt xuất huyết nặng, cách đưa người bệnh đến trạm y tế, cách vận động chị em "3 không": không để nước đọng, không để lăng quăng, không để muỗi đốt. Học viên đóng vai, nói chuyện bằng tiếng Ba Na, tiếng Xơ Đăng để tuyên truyền tại nhà rông.
Chị Y Blích, vừa được bầu giữ chức Chi hội trưởng chi hội phụ nữ làng Kon Klor, phường Thắng Lợi, chia sẻ: "Trước đây chị em nghĩ sốt là chuyện bình thường, tự uống lá cây ở nhà. Sau lớp học này, mình về nói lại cho 65 hội viên trong chi hội". Bà Y Hiên, Chủ tịch Hội LHPN xã Ngọk Bay, cho biết xã đã thành lập 9 tổ "Phụ nữ làng sạch", mỗi tổ khoảng 12 thành viên.
Các đồng chí: Y Nhi, Chủ tịch Hội LHPN xã Đăk Rơ Wa; Nguyễn Thị Hoa, Chủ tịch Hội LHPN xã Vinh Quang đề nghị Hội cấp trên hỗ trợ loa cầm tay, tài liệu có hình ảnh để dễ tuyên truyền cho chị em không biết chữ.
Bế mạc lớp học, bà Y Hồng Nhung trao 200 thùng có nắp đậy, 500 chai nước rửa tay cho chi hội các làng đặc biệt khó khăn, tổng trị giá khoảng 46 triệu đồng. Mỗi học viên được hỗ trợ tiền ăn, đi lại 150.000 đồng/ngày. Hội LHPN tỉnh đề nghị mỗi chi hội tổ chức ít nhất 2 buổi sinh hoạt chuyên đề về phòng, chống sốt xuất huyết trước ngày 30/10.
Y Ngọc
Xem thêm
- Ra mắt 12 Tổ truyền thông cộng đồng tại huyện Kon Plông (30/08/2022)
- Kon Tum: Hơn 1.500 ca sốt xuất huyết, nhiều ổ dịch mới (25/08/2022)
- Hội LHPN tỉnh sơ kết 6 tháng đầu năm 2022 (15/07/2022)
""", "2022-09-09", "Tập huấn kỹ năng phòng, chống sốt xuất huyết cho phụ nữ dân tộc thiểu số",
E("tap_huan", "2022", "2022-09-08"),
[P("Y Hồng Nhung", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Mai", "BS.", "Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh"),
 P("Y Blích", "Chi hội trưởng chi hội phụ nữ làng Kon Klor"),
 P("Y Hiên", "Chủ tịch Hội LHPN xã Ngọk Bay"),
 P("Y Nhi", "Chủ tịch Hội LHPN xã Đăk Rơ Wa"),
 P("Nguyễn Thị Hoa", "Chủ tịch Hội LHPN xã Vinh Quang")],
[Q("120 học viên", 120, "học viên"), Q("6 xã, phường", 6, "xã, phường"), Q("1.528 ca mắc", 1528, "ca"),
 Q("gần 45%", 45, "%", "approx"), Q("65 hội viên", 65, "hội viên"), Q("9 tổ", 9, "tổ"), Q("khoảng 12 thành viên", 12, "thành viên", "approx"),
 Q("200 thùng có nắp đậy", 200, "thùng"), Q("500 chai nước rửa tay", 500, "chai nước rửa tay"),
 Q("khoảng 46 triệu đồng", 46000000, "đồng", "approx"), Q("150.000 đồng", 150000, "đồng"),
 Q("ít nhất 2 buổi sinh hoạt chuyên đề", 2, "buổi sinh hoạt chuyên đề", "over")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "112", "KH-HPN", "2022-07-20", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 112/KH-HPN ngày 20/7/2022")],
[prov("Kon Tum"), com("Đăk Cấm"), com("Thắng Lợi"), com("Ngọk Bay"), com("Đăk Rơ Wa"), com("Vinh Quang")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH KON TUM", "Trang chủ - Hoạt động các cấp Hội - Dự án 8", "Học viên thảo luận nhóm tại lớp tập huấn.",
 "Nâng cao kỹ năng phòng, chống sốt xuất huyết và vệ sinh môi trường cho phụ nữ dân tộc thiểu số",
 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Phụ nữ làng sạch",
 "Trung tâm Kiểm soát bệnh tật tỉnh"],
["15:30 - 09/09/2022", "Dự án 8", "năm 2022", "Trong 2 ngày", "3 không", "ngày 30/10"]))

PAGES.append(page("b8517-binhthuan-bacbinh-hoinghi-cham-2023", """
Báo Bình Thuận
Chính trị | Dân vận - Dân tộc - Tôn giáo
17/5/2023 10:22
Bắc Bình: Phát huy vai trò chức sắc, người có uy tín Chăm trong phòng, chống sốt xuất huyết
Ngày 16/5, tại xã Phan Hiệp, Ban Dân vận Huyện ủy Bắc Bình phối hợp với Trung tâm Y tế huyện tổ chức hội nghị tuyên truyền, vận động chức sắc, chức việc tôn giáo Bà-la-môn, Bàni và người có uy tín trong đồng bào Chăm tham gia phòng, chống sốt xuất huyết năm 2023. Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Thông Văn Chiến chủ trì hội nghị.
Chức sắc Chăm trao đổi tại hội nghị. Ảnh: N.Lân
Theo Trung tâm Y tế huyện, 4 tháng đầu năm 2023 Bắc Bình có 346 ca sốt xuất huyết, tăng 56% so với cùng kỳ; 3 xã có đông đồng bào Chăm là Phan Hiệp, Phan Hòa, Phan Thanh chiếm 128 ca. Nguyên nhân chủ yếu do người dân trữ nước mưa trong lu, bể để dùng mùa khô, nhiều khuôn viên đền tháp, thánh đường có cây rậm rạp.
Thực hiện Kế hoạch 165, 166-KH/HU của Ban Thường vụ Huyện ủy về công tác vận động đồng bào dân tộc thiểu số và về phòng, chống dịch bệnh giai đoạn 2023 - 2025, cùng Kế hoạch số 1482/KH-UBND ngày 12/4/2023 của UBND tỉnh Bình Thuận, khối dân vận huyện đã phối hợp với 7 đền tháp, thánh đường tổ chức tuyên truyền trong các lễ hội; vận động 2.860 hộ đồng bào Chăm ký cam kết giữ vệ sinh, đậy kín dụng cụ chứa nước.
Tại hội nghị, Cả sư Thuận Văn Hiếu, Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh Bình Thuận, cho biết các vị chức sắc sẽ lồng ghép nội dung phòng bệnh khi làm lễ tại từng gia đình. Ông Lưu Văn Nhức, Phó Ban Đại diện Hội đồng Chức sắc Hồi giáo Bàni, xã Phan Thanh, đề nghị huyện hỗ trợ nắp đậy bể nước cho hộ nghèo. Các ông Bá Văn Tình, Hán Văn Lư - người có uy tín thôn Bình Minh cam kết vận động bà con dọn vệ sinh quanh nhà mỗi sáng Chủ nhật.
Bà Đàng Thị Hồng, Chủ tịch Hội LHPN xã Phan Hòa, cho biết xã đã duy trì 12 tổ phụ nữ tự quản vệ sinh môi trường, mỗi tháng thu gom khoảng 2 tấn rác thải nhựa. Ông Phú Văn Sang, được bầu làm Trưởng thôn Bình Tiến, xã Phan Hiệp từ đầu năm, nói: "Thôn có 318 hộ, gần như hộ nào cũng có lu trữ nước. Chúng tôi đi từng nhà, chỉ cho bà con thả cá bảy màu vào lu".
Kết luận hội nghị, đồng chí Thông Văn Chiến đề nghị các chức sắc, người có uy tín là "cầu nối" giữa cấp ủy, chính quyền với đồng bào; giao Ủy ban MTTQ các xã phối hợp Trạm Y tế kiểm tra 100% hộ trong tháng 6. Dịp này, Ban Dân vận Huyện ủy trao 85 triệu đồng từ nguồn vận động để mua 400 nắp bể nước cho hộ nghèo ở 3 xã.
Ngọc Lân
Tin liên quan
- Bình Thuận: Ra quân diệt lăng quăng tại 124 xã, phường (10/05/2023)
- Gặp mặt chức sắc tôn giáo nhân dịp lễ Ramưwan (28/03/2023)
- Tuy Phong: Tập huấn cho cộng tác viên y tế thôn (15/03/2023)
""", "2023-05-17", "Bắc Bình: Phát huy vai trò chức sắc, người có uy tín Chăm trong phòng, chống sốt xuất huyết",
E("hoi_nghi", "2023", "2023-05-16"),
[P("Thông Văn Chiến", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Thuận Văn Hiếu", "Cả sư", "Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh Bình Thuận"),
 P("Lưu Văn Nhức", "Phó Ban Đại diện Hội đồng Chức sắc Hồi giáo Bàni"),
 P("Bá Văn Tình", "người có uy tín thôn Bình Minh"),
 P("Hán Văn Lư", "người có uy tín thôn Bình Minh"),
 P("Đàng Thị Hồng", "Chủ tịch Hội LHPN xã Phan Hòa"),
 P("Phú Văn Sang", "Trưởng thôn Bình Tiến")],
[Q("346 ca sốt xuất huyết", 346, "ca sốt xuất huyết"), Q("56%", 56, "%"), Q("3 xã", 3, "xã"), Q("128 ca", 128, "ca"),
 Q("7 đền tháp, thánh đường", 7, "đền tháp, thánh đường"), Q("2.860 hộ đồng bào Chăm", 2860, "hộ đồng bào Chăm"),
 Q("12 tổ phụ nữ tự quản vệ sinh môi trường", 12, "tổ phụ nữ tự quản vệ sinh môi trường"), Q("khoảng 2 tấn", 2, "tấn", "approx"),
 Q("318 hộ", 318, "hộ"), Q("100% hộ", 100, "%"), Q("85 triệu đồng", 85000000, "đồng"), Q("400 nắp bể nước", 400, "nắp bể nước")],
[D("Kế hoạch", "165", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 165, 166-KH/HU"),
 D("Kế hoạch", "166", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 165, 166-KH/HU"),
 D("Kế hoạch", "1482", "KH-UBND", "2023-04-12", "UBND tỉnh Bình Thuận", "Kế hoạch số 1482/KH-UBND ngày 12/4/2023")],
[prov("Bình Thuận"), com("Phan Hiệp"), com("Phan Hòa"), com("Phan Thanh")],
["Báo Bình Thuận", "Chính trị | Dân vận - Dân tộc - Tôn giáo", "Chức sắc Chăm trao đổi tại hội nghị. Ảnh: N.Lân",
 "Hội đồng Chức sắc Bà-la-môn", "Trung tâm Y tế huyện", "cầu nối"],
["17/5/2023 10:22", "năm 2023", "4 tháng đầu năm 2023", "giai đoạn 2023 - 2025", "tháng 6", "mỗi tháng", "sáng Chủ nhật"]))

PAGES.append(page("b8518-haiphong-ldld-traoqua-sxh-2023", """
CÔNG ĐOÀN HẢI PHÒNG - Cơ quan của Liên đoàn Lao động thành phố Hải Phòng
Trang chủ › Hoạt động công đoàn › Chăm lo đời sống
Chủ Nhật, 08/10/2023
Ảnh: Lãnh đạo LĐLĐ thành phố thăm hỏi công nhân đang điều trị sốt xuất huyết.
Thăm, tặng quà công nhân mắc sốt xuất huyết, ra quân vệ sinh khu nhà trọ
Ngày 7/10, Liên đoàn Lao động thành phố Hải Phòng phối hợp với Công đoàn Khu kinh tế Hải Phòng tổ chức thăm, tặng 150 suất quà cho công nhân lao động bị sốt xuất huyết có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng; đồng thời ra quân tổng vệ sinh môi trường tại các khu nhà trọ công nhân ở xã Lê Thiện, xã An Hồng (huyện An Dương) và phường Sở Dầu (quận Hồng Bàng).
Đoàn do đồng chí Nguyễn Thị Kim Dung, Phó Chủ tịch Thường trực LĐLĐ thành phố làm trưởng đoàn; cùng đi có đồng chí Vũ Mạnh Hùng, Chủ tịch Công đoàn Khu kinh tế Hải Phòng và đại diện Trung tâm Kiểm soát bệnh tật thành phố.
Từ đầu năm đến ngày 5/10, Hải Phòng ghi nhận 2.164 ca sốt xuất huyết, nhiều nhất tại huyện An Dương, Thủy Nguyên và các quận nội thành; trong đó gần 40% là công nhân lao động ở trọ gần các khu công nghiệp. Nhiều khu trọ chật hẹp, có cả trăm phòng nhưng không có hệ thống thoát nước, rác thải không được thu gom thường xuyên.
Thực hiện Kế hoạch số 78/KH-LĐLĐ ngày 25/9/2023 của Ban Thường vụ LĐLĐ thành phố và Công văn số 3320/SYT-NVY của Sở Y tế về tăng cường phòng, chống dịch sốt xuất huyết, hơn 300 đoàn viên công đoàn, thanh niên công nhân đã thu gom khoảng 8 tấn rác, phát quang, khơi thông cống rãnh tại 12 khu nhà trọ; cán bộ y tế hướng dẫn chủ trọ và người lao động cách diệt lăng quăng, bọ gậy.
Chị Lò Thị Hương, quê Sơn La, làm việc tại một doanh nghiệp trong Khu công nghiệp Tràng Duệ, xúc động: "Em nằm viện 5 ngày, mất gần nửa tháng lương. Công đoàn đến thăm, hỗ trợ, em thấy ấm lòng lắm". Ông Trần Văn Bình, Chủ tịch UBND xã Lê Thiện, cho biết xã có hơn 1.200 phòng trọ, đang quản lý 4.500 công nhân thuê trọ; xã đã ký cam kết với 86 chủ nhà trọ về giữ vệ sinh môi trường.
Phát biểu tại buổi ra quân, đồng chí Nguyễn Thị Kim Dung đề nghị công đoàn cơ sở phối hợp với chủ doanh nghiệp tổ chức tuyên truyền tại các ca làm việc; các chủ nhà trọ phải bố trí thùng rác có nắp, định kỳ phát quang. LĐLĐ thành phố sẽ trích 300 triệu đồng từ Quỹ Xã hội công đoàn hỗ trợ công nhân mắc bệnh nặng; mỗi công đoàn cơ sở có từ 500 đoàn viên trở lên cần thành lập ít nhất 1 tổ xung kích vệ sinh môi trường.
Thu Trang
Tin cùng chuyên mục
- Chương trình "Tháng Công nhân" năm 2023 chăm lo hơn 60.000 đoàn viên (30/05/2023)
- Ra mắt "Nhà trọ công đoàn" tại Khu công nghiệp Nomura (20/04/2023)
- LĐLĐ thành phố ký kết phối hợp với Sở Y tế (15/03/2023)
""", "2023-10-08", "Thăm, tặng quà công nhân mắc sốt xuất huyết, ra quân vệ sinh khu nhà trọ",
E("trao_qua", None, "2023-10-07"),
[P("Nguyễn Thị Kim Dung", "Phó Chủ tịch Thường trực LĐLĐ thành phố"),
 P("Vũ Mạnh Hùng", "Chủ tịch Công đoàn Khu kinh tế Hải Phòng"),
 P("Lò Thị Hương"),
 P("Trần Văn Bình", "Chủ tịch UBND xã Lê Thiện")],
[Q("150 suất quà", 150, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("2.164 ca sốt xuất huyết", 2164, "ca sốt xuất huyết"),
 Q("gần 40%", 40, "%", "approx"), Q("hơn 300 đoàn viên công đoàn, thanh niên công nhân", 300, "đoàn viên công đoàn, thanh niên công nhân", "over"),
 Q("khoảng 8 tấn", 8, "tấn", "approx"), Q("12 khu nhà trọ", 12, "khu nhà trọ"), Q("hơn 1.200 phòng trọ", 1200, "phòng trọ", "over"),
 Q("4.500 công nhân", 4500, "công nhân"), Q("86 chủ nhà trọ", 86, "chủ nhà trọ"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("từ 500 đoàn viên trở lên", 500, "đoàn viên", "over")],
[D("Kế hoạch", "78", "KH-LĐLĐ", "2023-09-25", "Ban Thường vụ LĐLĐ thành phố", "Kế hoạch số 78/KH-LĐLĐ ngày 25/9/2023"),
 D("Công văn", "3320", "SYT-NVY", None, "Sở Y tế", "Công văn số 3320/SYT-NVY")],
[prov("Hải Phòng"), com("Lê Thiện"), com("An Hồng"), com("Sở Dầu")],
["CÔNG ĐOÀN HẢI PHÒNG - Cơ quan của Liên đoàn Lao động thành phố Hải Phòng", "Trang chủ › Hoạt động công đoàn › Chăm lo đời sống",
 "Ảnh: Lãnh đạo LĐLĐ thành phố thăm hỏi công nhân đang điều trị sốt xuất huyết.", "Trung tâm Kiểm soát bệnh tật thành phố",
 "Quỹ Xã hội công đoàn", "Khu công nghiệp Tràng Duệ"],
["Chủ Nhật, 08/10/2023", "ngày 5/10", "5 ngày", "gần nửa tháng lương", "ít nhất 1 tổ xung kích", "cả trăm phòng"]))
