from lib import *
PAGES = []

PAGES.append(page("b5387-quangnam-mttq-taphuan-2017", """
ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NAM
Vị trí: Trang chủ :: Hoạt động Mặt trận :: Tập huấn
12/05/2017 - 15:40
Tập huấn nghiệp vụ thi đua, khen thưởng cho 180 cán bộ Mặt trận cơ sở
Trong 2 ngày 10 và 11/5/2017, Ủy ban MTTQ Việt Nam tỉnh Quảng Nam tổ chức lớp tập huấn nghiệp vụ công tác thi đua, khen thưởng năm 2017 cho 180 học viên là chủ tịch, phó chủ tịch Ủy ban MTTQ các xã, phường, thị trấn thuộc 9 huyện phía Tây và đồng bằng.
Quang cảnh lớp tập huấn tại thành phố Tam Kỳ.
Phát biểu khai mạc, đồng chí Đinh Văn Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh nhấn mạnh: bình xét thi đua phải từ cơ sở, từ khu dân cư, tránh bệnh thành tích. Các báo cáo viên gồm ông Phan Văn Cảnh, Trưởng ban Thi đua - Khen thưởng tỉnh; bà Hồ Thị Nga, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh; ông Trần Đăng Khoa, Chánh Văn phòng Ủy ban MTTQ Việt Nam tỉnh.
Học viên được quán triệt Luật Thi đua, khen thưởng sửa đổi năm 2013, Nghị định số 91/2017/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng, Thông tư 08, 09/2017/TT-BNV của Bộ Nội vụ (tài liệu dự thảo), cùng Hướng dẫn số 14/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về thi đua, khen thưởng trong hệ thống Mặt trận. Báo cáo viên hướng dẫn cách lập hồ sơ đề nghị tặng Bằng khen, Cờ thi đua; cách chấm điểm 5 khối thi đua cấp xã theo Quyết định số 1125/QĐ-UBND ngày 28/3/2017 của UBND tỉnh.
Theo thống kê, năm 2016 Ủy ban MTTQ tỉnh đã đề nghị khen thưởng 64 tập thể và 97 cá nhân; tuy nhiên có 11 hồ sơ phải trả lại do thiếu minh chứng. Tỷ lệ cá nhân là người lao động trực tiếp được khen chỉ chiếm khoảng 18%.
Tại lớp tập huấn, bà Zơ Râm Thị Bốn, Phó Chủ tịch Ủy ban MTTQ xã Lăng, huyện Tây Giang, phản ánh nhiều thôn vùng cao chưa có cán bộ đủ nghiệp vụ lập hồ sơ. Ông Bh'riu Liếc, Trưởng ban Công tác Mặt trận thôn Arớt, xã A Tiêng, đề nghị đơn giản hóa mẫu biểu cho cơ sở. Ông A Lăng Thân, Chủ tịch Ủy ban MTTQ xã Tr'Hy, chia sẻ cách xã bình chọn 25 gương "người tốt, việc tốt" bằng cách lấy ý kiến trực tiếp tại 6 thôn.
Kết thúc lớp học, 100% học viên làm bài thu hoạch đạt yêu cầu. Ủy ban MTTQ tỉnh hỗ trợ mỗi học viên vùng cao 150.000 đồng/ngày tiền ăn và tặng mỗi xã một bộ tài liệu.
Đồng chí Đinh Văn Thu đề nghị sau tập huấn, các xã tham mưu cấp ủy triển khai Kế hoạch số 77-KH/TU ngày 20/2/2017 của Tỉnh ủy về đẩy mạnh phong trào thi đua yêu nước giai đoạn 2016-2020.
Thu Hiền
Lượt truy cập: 2.316.402
Các tin đã đưa
- Núi Thành tổng kết cuộc vận động "Toàn dân đoàn kết..." (04/05/2017)
- Trao 45 nhà Đại đoàn kết cho hộ nghèo Nam Trà My (25/04/2017)
- Đại hội MTTQ xã Tam Hòa (12/04/2017)
""", "2017-05-12", "Tập huấn nghiệp vụ thi đua, khen thưởng cho 180 cán bộ Mặt trận cơ sở",
E("tap_huan", "2017", "2017-05-10"),
[P("Đinh Văn Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Văn Cảnh", "Trưởng ban Thi đua - Khen thưởng tỉnh"),
 P("Hồ Thị Nga", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Đăng Khoa", "Chánh Văn phòng Ủy ban MTTQ Việt Nam tỉnh"),
 P("Zơ Râm Thị Bốn", "Phó Chủ tịch Ủy ban MTTQ xã Lăng"),
 P("Bh'riu Liếc", "Trưởng ban Công tác Mặt trận thôn Arớt"),
 P("A Lăng Thân", "Chủ tịch Ủy ban MTTQ xã Tr'Hy")],
[Q("180 cán bộ Mặt trận cơ sở", 180, "cán bộ Mặt trận cơ sở"), Q("9 huyện", 9, "huyện"),
 Q("5 khối thi đua cấp xã", 5, "khối thi đua cấp xã"), Q("64 tập thể", 64, "tập thể"), Q("97 cá nhân", 97, "cá nhân"),
 Q("11 hồ sơ", 11, "hồ sơ"), Q("khoảng 18%", 18, "%", "approx"), Q("25 gương", 25, "gương"), Q("6 thôn", 6, "thôn"),
 Q("100%", 100, "%"), Q("150.000 đồng/ngày", 150000, "đồng")],
[D("Nghị định", "91", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 91/2017/NĐ-CP"),
 D("Thông tư", "08", "2017/TT-BNV", None, "Bộ Nội vụ", "Thông tư 08, 09/2017/TT-BNV"),
 D("Thông tư", "09", "2017/TT-BNV", None, "Bộ Nội vụ", "Thông tư 08, 09/2017/TT-BNV"),
 D("Hướng dẫn", "14", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 14/HD-MTTW-BTT"),
 D("Quyết định", "1125", "QĐ-UBND", "2017-03-28", "UBND tỉnh", "Quyết định số 1125/QĐ-UBND ngày 28/3/2017"),
 D("Kế hoạch", "77", "KH/TU", "2017-02-20", "Tỉnh ủy", "Kế hoạch số 77-KH/TU ngày 20/2/2017")],
[prov("Quảng Nam"), com("Lăng"), com("A Tiêng"), com("Tr'Hy")],
["ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NAM", "Vị trí: Trang chủ :: Hoạt động Mặt trận :: Tập huấn",
 "Quang cảnh lớp tập huấn tại thành phố Tam Kỳ.", "Luật Thi đua, khen thưởng", "người tốt, việc tốt",
 "Lượt truy cập: 2.316.402"],
["12/05/2017 - 15:40", "2 ngày", "năm 2017", "năm 2013", "năm 2016", "giai đoạn 2016-2020", "Lượt truy cập: 2.316.402", "một bộ tài liệu"]))

PAGES.append(page("b5388-hanoi-xa-hnd-tongket-2018", """
Cổng thông tin điện tử xã Phù Đổng - huyện Gia Lâm - thành phố Hà Nội
Trang chủ > Tin tức sự kiện > Hoạt động đoàn thể
Cập nhật lúc 16:05 ngày 26/12/2018
Hội Nông dân xã Phù Đổng tổng kết công tác Hội năm 2018, khen thưởng 32 hội viên sản xuất giỏi
Sáng ngày 25/12/2018, Hội Nông dân xã Phù Đổng tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2018, triển khai nhiệm vụ năm 2019. Dự hội nghị có đồng chí Nguyễn Văn Tuấn, Đảng ủy viên, Phó Chủ tịch UBND xã; đồng chí Ngô Thị Lan, Phó Chủ tịch Hội Nông dân huyện Gia Lâm; đồng chí Đặng Văn Hòa, Bí thư Chi bộ thôn Phù Dực 1 cùng 95 đại biểu là ủy viên BCH, chi hội trưởng và hội viên tiêu biểu.
Ảnh: Đồng chí Nguyễn Văn Tuấn trao Giấy khen cho các hội viên.
Báo cáo của BCH Hội Nông dân xã do đồng chí Trần Thị Mai, ĐUV, Chủ tịch Hội Nông dân xã trình bày cho biết: năm 2018 Hội phát triển thêm 46 hội viên mới, nâng tổng số lên 1.512 hội viên ở 8 chi hội. Phong trào thi đua nông dân sản xuất, kinh doanh giỏi có 624 hộ đăng ký, cuối năm 418 hộ đạt danh hiệu các cấp, trong đó 12 hộ đạt cấp thành phố. Hội phối hợp Ngân hàng Chính sách xã hội giải ngân 3,6 tỷ đồng cho 87 hộ vay vốn; nguồn Quỹ hỗ trợ nông dân của xã đạt 450 triệu đồng. Nông dân đã đóng góp hơn 1.800 ngày công, hiến 620 m2 đất làm đường ngõ xóm.
Hội đã thực hiện tốt Kế hoạch số 46-KH/ĐU ngày 15/1/2018 của Đảng ủy xã về phong trào thi đua xây dựng nông thôn mới nâng cao; Chương trình hành động số 05-CTr/HND của Hội Nông dân huyện thực hiện Nghị quyết Đại hội Hội Nông dân thành phố. Đặc biệt, 100% chi hội đăng ký mô hình "Chi hội nông dân không có hội viên vi phạm pháp luật".
Bên cạnh đó, việc phát triển hội viên trẻ còn khó khăn; một số chi hội sinh hoạt chưa đều.
Phát biểu tại hội nghị, đồng chí Nguyễn Văn Tuấn đề nghị Hội tiếp tục tham gia thực hiện Nghị quyết số 08, 09-NQ/ĐU của Đảng ủy xã về phát triển nông nghiệp công nghệ cao và chỉnh trang khu dân cư.
Dịp này, UBND xã tặng Giấy khen cho 4 chi hội và 32 hội viên sản xuất giỏi, mỗi hội viên được thưởng 300.000 đồng; Hội Nông dân huyện tặng Giấy khen cho các đồng chí Chi hội trưởng: Nguyễn Văn Bình, Lê Văn Sinh, Đỗ Thị Hường.
Hội nghị phát động thi đua năm 2019 với chỉ tiêu kết nạp ít nhất 40 hội viên, 65% hộ hội viên đăng ký sản xuất, kinh doanh giỏi. Các chi hội được giao rà soát danh sách hộ khó khăn để có phương án giúp đỡ cụ thể, gắn với phong trào xây dựng khu dân cư kiểu mẫu.
Ban Biên tập
Tin khác
- Đại hội Đoàn Thanh niên xã Phù Đổng nhiệm kỳ 2017-2022 (12/11/2018)
- Xã Phù Đổng tổ chức Hội khỏe Phù Đổng năm 2018 (25/10/2018)
- Trao 10 sổ tiết kiệm cho hộ nghèo (19/10/2018)
""", "2018-12-26", "Hội Nông dân xã Phù Đổng tổng kết công tác Hội năm 2018, khen thưởng 32 hội viên sản xuất giỏi",
E("tong_ket", "2018", "2018-12-25"),
[P("Nguyễn Văn Tuấn", "Đảng ủy viên", "Phó Chủ tịch UBND xã"),
 P("Ngô Thị Lan", "Phó Chủ tịch Hội Nông dân huyện Gia Lâm"),
 P("Đặng Văn Hòa", "Bí thư Chi bộ thôn Phù Dực 1"),
 P("Trần Thị Mai", "ĐUV", "Chủ tịch Hội Nông dân xã"),
 P("Nguyễn Văn Bình", "Chi hội trưởng"), P("Lê Văn Sinh", "Chi hội trưởng"), P("Đỗ Thị Hường", "Chi hội trưởng")],
[Q("32 hội viên sản xuất giỏi", 32, "hội viên sản xuất giỏi"), Q("95 đại biểu", 95, "đại biểu"),
 Q("46 hội viên mới", 46, "hội viên mới"), Q("1.512 hội viên", 1512, "hội viên"), Q("8 chi hội", 8, "chi hội"),
 Q("624 hộ", 624, "hộ"), Q("418 hộ", 418, "hộ"), Q("12 hộ", 12, "hộ"), Q("3,6 tỷ đồng", 3600000000, "đồng"),
 Q("87 hộ", 87, "hộ"), Q("450 triệu đồng", 450000000, "đồng"), Q("hơn 1.800 ngày công", 1800, "ngày công", "over"),
 Q("620 m2", 620, "m2"), Q("100%", 100, "%"), Q("4 chi hội", 4, "chi hội"), Q("300.000 đồng", 300000, "đồng"),
 Q("ít nhất 40 hội viên", 40, "hội viên", "over"), Q("65%", 65, "%")],
[D("Kế hoạch", "46", "KH/ĐU", "2018-01-15", "Đảng ủy xã", "Kế hoạch số 46-KH/ĐU ngày 15/1/2018"),
 D("Chương trình hành động", "05", "CTr/HND", None, "Hội Nông dân huyện", "Chương trình hành động số 05-CTr/HND"),
 D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 08, 09-NQ/ĐU"),
 D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 08, 09-NQ/ĐU")],
[prov("Hà Nội"), com("Phù Đổng")],
["Cổng thông tin điện tử xã Phù Đổng - huyện Gia Lâm - thành phố Hà Nội", "Trang chủ > Tin tức sự kiện > Hoạt động đoàn thể",
 "Ảnh: Đồng chí Nguyễn Văn Tuấn trao Giấy khen cho các hội viên.", "Chi hội nông dân không có hội viên vi phạm pháp luật",
 "Quỹ hỗ trợ nông dân", "Ngân hàng Chính sách xã hội", "Ban Biên tập"],
["Cập nhật lúc 16:05 ngày 26/12/2018", "năm 2018", "năm 2019", "Phù Dực 1"]))

PAGES.append(page("b5389-soctrang-khmer-khac-2019", """
BÁO SÓC TRĂNG ONLINE
Xã hội » Dân tộc - Tôn giáo
Thứ Ba, 03/09/2019, 09:12
Ảnh: Hòa thượng Lâm Sươl (giữa) nhận Huân chương Lao động hạng Ba.
Vị sư cả hơn 30 năm vận động đồng bào Khmer thi đua làm đường, dựng trường
Sáng 2/9, tại chùa Tà Mum, xã Thạnh Thới An, huyện Trần Đề, UBND tỉnh Sóc Trăng tổ chức lễ trao Huân chương Lao động hạng Ba của Chủ tịch nước cho Hòa thượng Lâm Sươl, Trụ trì chùa Tà Mum, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, vì đã có thành tích xuất sắc trong phong trào thi đua yêu nước và công tác vận động đồng bào.
Trao Huân chương là đồng chí Lê Minh Triết, Phó Chủ tịch UBND tỉnh. Dự buổi lễ có ông Sơn Thanh Liêm, Phó Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Hội đồng Thi đua khối Dân vận; bà Thạch Thị Sa Rine, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Lý Sà Quên, Trưởng Ban Dân tộc tỉnh.
Hơn 30 năm làm trụ trì, Hòa thượng Lâm Sươl đã vận động phật tử và bà con hiến gần 12.000 m2 đất, góp trên 5,3 tỷ đồng xây 14 cây cầu, 9 km đường nông thôn và 2 điểm trường mẫu giáo. Chùa mở 6 lớp dạy chữ Khmer hè mỗi năm cho khoảng 250 em học sinh; giúp 40 hộ nghèo Khmer sửa nhà. Quyết định số 1360/QĐ-CTN ngày 15/7/2019 của Chủ tịch nước ghi nhận những đóng góp ấy.
"Sư chỉ làm điều Phật dạy: giúp người nghèo, giữ phum sóc bình yên", Hòa thượng nói. Ông Thạch Sóc, Trưởng ấp Tà Mum, cho biết nhờ Hòa thượng vận động mà ấp nhiều năm liền không có người đi làm ăn xa bỏ học, 100% hộ đăng ký gia đình văn hóa.
Theo ông Sơn Thanh Liêm, thực hiện Chỉ thị số 19-CT/TW của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer và Kế hoạch 112, 113-KH/TU của Ban Thường vụ Tỉnh ủy, nhiều năm qua tỉnh đã biểu dương hàng trăm vị sư sãi, người có uy tín. Riêng năm 2019, Ủy ban MTTQ tỉnh tặng Bằng khen cho 23 vị sư sãi, achar tiêu biểu.
Dịp này, Ban Dân vận Tỉnh ủy tặng chùa Tà Mum một phần quà trị giá 10 triệu đồng; Hội Đoàn kết sư sãi yêu nước huyện Trần Đề tặng Giấy khen cho các vị Đại đức: Kim Sa Rết, Thạch Chanh Đa vì đã tích cực giúp Hòa thượng trong công tác xã hội.
Ông Lê Minh Triết đề nghị các chùa tiếp tục đồng hành cùng chính quyền trong xây dựng nông thôn mới, phòng chống ma túy ở phum sóc. Ông cũng giao Sở Nội vụ phối hợp Ban Dân tộc tỉnh rà soát, đề xuất khen thưởng các vị chức sắc, sư sãi có nhiều đóng góp trong dịp tổng kết phong trào thi đua yêu nước cuối năm, bảo đảm kịp thời, đúng đối tượng và có tác dụng nêu gương trong đồng bào.
Ngọc Hân
Tin liên quan
- Sóc Trăng: Họp mặt mừng lễ Sene Đôlta năm 2019 (25/08/2019)
- 500 suất học bổng cho học sinh Khmer nghèo (15/08/2019)
- Trao Bằng khen cho 15 người có uy tín (30/07/2019)
""", "2019-09-03", "Vị sư cả hơn 30 năm vận động đồng bào Khmer thi đua làm đường, dựng trường",
E("khac", None, "2019-09-02"),
[P("Lâm Sươl", "Hòa thượng", "Trụ trì chùa Tà Mum", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Lê Minh Triết", "Phó Chủ tịch UBND tỉnh"),
 P("Sơn Thanh Liêm", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Hội đồng Thi đua khối Dân vận"),
 P("Thạch Thị Sa Rine", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Sà Quên", "Trưởng Ban Dân tộc tỉnh"),
 P("Thạch Sóc", "Trưởng ấp Tà Mum"),
 P("Kim Sa Rết", "Đại đức"), P("Thạch Chanh Đa", "Đại đức")],
[Q("gần 12.000 m2", 12000, "m2", "approx"), Q("trên 5,3 tỷ đồng", 5300000000, "đồng", "over"),
 Q("14 cây cầu", 14, "cây cầu"), Q("9 km", 9, "km"), Q("2 điểm trường mẫu giáo", 2, "điểm trường mẫu giáo"),
 Q("6 lớp dạy chữ Khmer hè", 6, "lớp dạy chữ Khmer hè"), Q("khoảng 250 em học sinh", 250, "em học sinh", "approx"),
 Q("40 hộ nghèo Khmer", 40, "hộ nghèo Khmer"), Q("100%", 100, "%"),
 Q("23 vị sư sãi, achar tiêu biểu", 23, "vị sư sãi, achar tiêu biểu"), Q("10 triệu đồng", 10000000, "đồng")],
[D("Quyết định", "1360", "QĐ-CTN", "2019-07-15", "Chủ tịch nước", "Quyết định số 1360/QĐ-CTN ngày 15/7/2019"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 19-CT/TW"),
 D("Kế hoạch", "112", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 112, 113-KH/TU"),
 D("Kế hoạch", "113", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 112, 113-KH/TU")],
[prov("Sóc Trăng"), com("Thạnh Thới An")],
["BÁO SÓC TRĂNG ONLINE", "Xã hội » Dân tộc - Tôn giáo",
 "Ảnh: Hòa thượng Lâm Sươl (giữa) nhận Huân chương Lao động hạng Ba.", "Huân chương Lao động hạng Ba",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "chùa Tà Mum"],
["Thứ Ba, 03/09/2019, 09:12", "hơn 30 năm", "Hơn 30 năm", "năm 2019", "hạng Ba", "một phần quà"]))

PAGES.append(page("b5390-binhdinh-mttq-giamsat-2020", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH ĐỊNH
Trang chủ / Giám sát và phản biện xã hội
21.10.2020 | 10:30
Ủy ban MTTQ tỉnh giám sát công tác thi đua, khen thưởng tại 4 địa phương
Từ ngày 14 đến 19/10/2020, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Bình Định do đồng chí Võ Thị Thu Hà, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện công tác thi đua, khen thưởng năm 2020 tại UBND huyện Hoài Ân, An Lão, Vân Canh và thị xã An Nhơn.
Đoàn giám sát làm việc tại UBND huyện An Lão.
Thành viên đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Văn Quang, Đinh Thị Lệ; ông Trương Minh Hòa, Phó Trưởng ban Thi đua - Khen thưởng Sở Nội vụ; đại diện Liên đoàn Lao động tỉnh.
Cuộc giám sát thực hiện theo Kế hoạch số 86/KH-MTTQ-BTT ngày 25/9/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Quyết định 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội, Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN và Quyết định số 2950/QĐ-UBND của UBND tỉnh ban hành quy chế thi đua.
Qua giám sát, từ đầu năm đến nay 4 địa phương đã khen thưởng 1.246 tập thể, cá nhân, trong đó 38% là người lao động trực tiếp, công nhân, nông dân; chi khen thưởng khoảng 2,1 tỷ đồng. Tại An Lão, 27 người đồng bào Hrê được UBND huyện tặng Giấy khen. Tuy nhiên, vẫn có 9 hồ sơ đề nghị khen thưởng chậm hơn thời hạn quy định; việc công khai danh sách ở một số xã như xã An Hòa, xã Canh Thuận chưa thực hiện đầy đủ.
Làm việc với đoàn, ông Đinh Văn Thiên, HUV, Phó Chủ tịch UBND huyện An Lão, cho biết UBND huyện đã ban hành Hướng dẫn 03, 04/HD-UBND về bình xét thi đua ở thôn, làng. Bà Đinh Thị Bia, Chủ tịch Ủy ban MTTQ xã An Hòa, đề nghị tăng mức thưởng cho người có uy tín từ 200.000 đồng lên 500.000 đồng.
Kết luận, đồng chí Võ Thị Thu Hà đề nghị các địa phương khắc phục hạn chế trước ngày 15/12; bảo đảm tỷ lệ khen thưởng người lao động trực tiếp đạt từ 40% trở lên theo Chỉ thị số 34-CT/TW của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng. Kết quả giám sát sẽ được báo cáo Thường trực Tỉnh ủy trong tháng 11.
Năm 2020, Mặt trận các cấp trong tỉnh tổ chức 156 cuộc giám sát, trong đó cấp tỉnh 5 cuộc. Theo Ban Thường trực, nội dung giám sát công tác thi đua, khen thưởng được chọn vì cử tri nhiều nơi phản ánh việc khen thưởng còn thiên về cán bộ lãnh đạo, chưa chú ý người trực tiếp sản xuất ở vùng cao, vùng bãi ngang.
Hoài Thu
Tin cùng chuyên mục
- Phản biện dự thảo quy định về khen thưởng đột xuất (10/10/2020)
- Hoài Nhơn: giám sát việc hỗ trợ người dân gặp khó khăn do Covid-19 (02/10/2020)
- Trao 100 suất quà cho hộ nghèo vùng lũ (25/09/2020)
""", "2020-10-21", "Ủy ban MTTQ tỉnh giám sát công tác thi đua, khen thưởng tại 4 địa phương",
E("giam_sat", "2020", "2020-10-14"),
[P("Võ Thị Thu Hà", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Quang", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Lệ", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Minh Hòa", "Phó Trưởng ban Thi đua - Khen thưởng Sở Nội vụ"),
 P("Đinh Văn Thiên", "HUV", "Phó Chủ tịch UBND huyện An Lão"),
 P("Đinh Thị Bia", "Chủ tịch Ủy ban MTTQ xã An Hòa")],
[Q("4 địa phương", 4, "địa phương"), Q("1.246 tập thể, cá nhân", 1246, "tập thể, cá nhân"), Q("38%", 38, "%"),
 Q("khoảng 2,1 tỷ đồng", 2100000000, "đồng", "approx"), Q("27 người đồng bào Hrê", 27, "người đồng bào Hrê"),
 Q("9 hồ sơ", 9, "hồ sơ"), Q("200.000 đồng", 200000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("từ 40% trở lên", 40, "%", "over"), Q("156 cuộc giám sát", 156, "cuộc giám sát"), Q("5 cuộc", 5, "cuộc")],
[D("Kế hoạch", "86", "KH-MTTQ-BTT", "2020-09-25", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 86/KH-MTTQ-BTT ngày 25/9/2020"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Quyết định", "2950", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2950/QĐ-UBND"),
 D("Hướng dẫn", "03", "HD-UBND", None, "UBND huyện", "Hướng dẫn 03, 04/HD-UBND"),
 D("Hướng dẫn", "04", "HD-UBND", None, "UBND huyện", "Hướng dẫn 03, 04/HD-UBND"),
 D("Chỉ thị", "34", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 34-CT/TW")],
[prov("Bình Định"), com("An Hòa"), com("Canh Thuận")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH ĐỊNH", "Trang chủ / Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND huyện An Lão.", "Liên đoàn Lao động tỉnh", "Sở Nội vụ"],
["21.10.2020 | 10:30", "năm 2020", "Năm 2020", "ngày 15/12", "tháng 11"]))

PAGES.append(page("b5391-hagiang-mttq-baocao-2021", """
Báo Hà Giang điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Giang
Thời sự > Chính trị
14 tháng 7, 2021 | 08:40
Thường trực Tỉnh ủy nghe Mặt trận báo cáo kết quả phong trào thi đua
Chiều 13/7, đồng chí Hoàng Văn Dương, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì buổi làm việc nghe Ban Thường trực Ủy ban MTTQ tỉnh báo cáo kết quả công tác Mặt trận và các phong trào thi đua 6 tháng đầu năm 2021.
Toàn cảnh buổi làm việc. Ảnh: Lê Hoa
Dự buổi làm việc có đồng chí Sùng Thị Mỷ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Lý Văn Sính, Nguyễn Thị Hồng Vân, Vàng Seo Chớ.
Theo báo cáo, 6 tháng đầu năm, Mặt trận các cấp đã tham gia tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026 với tỷ lệ cử tri đi bầu đạt 99,6%. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" có 1.850/2.068 thôn, tổ dân phố đăng ký thi đua. Quỹ "Vì người nghèo" các cấp tiếp nhận trên 8,7 tỷ đồng; hỗ trợ làm mới 312 căn nhà cho hộ nghèo theo Đề án 89 "Xóa nhà tạm cho hộ nghèo" của Ban Thường vụ Tỉnh ủy. Hơn 3.400 lượt người tham gia ủng hộ Quỹ vắc-xin phòng Covid-19 với tổng số tiền trên 1,2 tỷ đồng.
Ủy ban MTTQ tỉnh đã tham mưu triển khai Chỉ thị số 03-CT/TU ngày 5/2/2021 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 21/KH-MTTQ-BTT về phong trào thi đua "Hà Giang chung sức xây dựng nông thôn mới" giai đoạn 2021-2025. Trong 6 tháng, Mặt trận các cấp tặng Giấy khen cho 146 tập thể và 298 cá nhân; đề nghị UBND tỉnh tặng Bằng khen cho 12 tập thể, 20 cá nhân.
Ông Giàng Mí Lử, người có uy tín thôn Lũng Cú, xã Lũng Cú, được Ủy ban MTTQ tỉnh khen thưởng vì vận động 26 hộ Mông tháo dỡ nhà tạm, hiến 1.300 m2 đất làm đường. Bà Lò Thị Dung, Chủ tịch Ủy ban MTTQ xã Thanh Vân, được biểu dương vì vận động 100% hộ gia đình ký cam kết không tái trồng cây có chứa chất ma túy.
Phát biểu kết luận, đồng chí Hoàng Văn Dương ghi nhận kết quả Mặt trận đạt được; đề nghị 6 tháng cuối năm tiếp tục thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; chú trọng khen thưởng người dân vùng cao, người có uy tín; đẩy mạnh giám sát việc thực hiện chính sách ở vùng đồng bào dân tộc thiểu số.
Đồng chí Sùng Thị Mỷ tiếp thu ý kiến chỉ đạo, cam kết tập trung hoàn thành các chỉ tiêu thi đua năm 2021.
Lê Hoa
Tin liên quan
- Ủy ban MTTQ tỉnh trao 50 suất quà cho người có uy tín (02/07/2021)
- Mèo Vạc: biểu dương 30 gương điển hình (25/06/2021)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 3 (18/06/2021)
""", "2021-07-14", "Thường trực Tỉnh ủy nghe Mặt trận báo cáo kết quả phong trào thi đua",
E("bao_cao", "2021-H1", "2021-07-13"),
[P("Hoàng Văn Dương", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Sùng Thị Mỷ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lý Văn Sính", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Hồng Vân", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vàng Seo Chớ", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Giàng Mí Lử", "người có uy tín thôn Lũng Cú"),
 P("Lò Thị Dung", "Chủ tịch Ủy ban MTTQ xã Thanh Vân")],
[Q("99,6%", 99.6, "%"), Q("1.850/2.068 thôn, tổ dân phố", 1850, "thôn, tổ dân phố"),
 Q("trên 8,7 tỷ đồng", 8700000000, "đồng", "over"), Q("312 căn nhà", 312, "căn nhà"),
 Q("Hơn 3.400 lượt người", 3400, "lượt người", "over"), Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("146 tập thể", 146, "tập thể"), Q("298 cá nhân", 298, "cá nhân"), Q("12 tập thể", 12, "tập thể"),
 Q("20 cá nhân", 20, "cá nhân"), Q("26 hộ Mông", 26, "hộ Mông"), Q("1.300 m2", 1300, "m2"), Q("100%", 100, "%")],
[D("Đề án", "89", None, None, "Ban Thường vụ Tỉnh ủy", "Đề án 89"),
 D("Chỉ thị", "03", "CT/TU", "2021-02-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 5/2/2021"),
 D("Kế hoạch", "21", "KH-MTTQ-BTT", None, None, "Kế hoạch số 21/KH-MTTQ-BTT"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW")],
[prov("Hà Giang"), com("Lũng Cú"), com("Thanh Vân")],
["Báo Hà Giang điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Giang", "Thời sự > Chính trị",
 "Toàn cảnh buổi làm việc. Ảnh: Lê Hoa", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo",
 "Xóa nhà tạm cho hộ nghèo", "Hà Giang chung sức xây dựng nông thôn mới", "Quỹ vắc-xin phòng Covid-19"],
["14 tháng 7, 2021 | 08:40", "6 tháng đầu năm 2021", "khóa XV", "nhiệm kỳ 2021-2026", "giai đoạn 2021-2025",
 "6 tháng cuối năm", "năm 2021", "Covid-19"]))

PAGES.append(page("b5392-tayninh-bdv-giaoban-2022", """
BAN DÂN VẬN TỈNH ỦY TÂY NINH
Hôm nay: Thứ Sáu, 09/12/2022
Trang chủ › Hoạt động › Khối thi đua
2022-11-04 15:20
Ảnh: Quang cảnh buổi giao ban.
Khối thi đua dân vận giao ban, thống nhất chấm điểm cuối năm
Ngày 3/11/2022, Ban Dân vận Tỉnh ủy Tây Ninh tổ chức giao ban công tác dân vận tháng 10/2022 với Khối thi đua dân vận, MTTQ và các đoàn thể chính trị - xã hội tỉnh. Đồng chí Nguyễn Thị Thanh Tâm, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có đồng chí Lê Văn Sang, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, Trưởng khối thi đua.
Trong tháng 10, các thành viên khối đã hoàn thành 3 cuộc kiểm tra chéo việc thực hiện Chỉ thị 42, 43-CT/TU của Ban Thường vụ Tỉnh ủy; Ban Dân vận Tỉnh ủy ban hành Hướng dẫn số 18-HD/BDVTU ngày 14/10/2022 về tiêu chí chấm điểm thi đua năm 2022 và Quyết định số 97-QĐ/BDVTU thành lập Hội đồng Thi đua - Khen thưởng khối dân vận.
Hội Liên hiệp Phụ nữ tỉnh vận động 1.150 hội viên tham gia "Ngày thứ Bảy tình nguyện", trao 45 suất học bổng, mỗi suất 1 triệu đồng. Hội Cựu chiến binh tỉnh giúp 63 hội viên thoát nghèo. Tỉnh đoàn tổ chức 7 lớp bồi dưỡng cho 540 đoàn viên; Liên đoàn Lao động tỉnh thăm hỏi 1.200 lượt công nhân có hoàn cảnh khó khăn với tổng kinh phí khoảng 720 triệu đồng.
Tại xã Tân Hòa, 14 hộ đồng bào Khmer được hỗ trợ sửa chữa nhà; phường Ninh Sơn ra mắt mô hình "Khu phố không rác thải nhựa".
Tham luận tại giao ban, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Trần Văn Đức, Châu Thị Kim Phượng đề nghị thống nhất thời gian nộp hồ sơ trước ngày 25/11; ông Phạm Hùng Thái, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Hội Nông dân tỉnh, phản ánh một số chi hội ấp chưa cập nhật minh chứng.
Kết luận giao ban, đồng chí Nguyễn Thị Thanh Tâm yêu cầu tháng 11 tập trung chuẩn bị hội nghị tổng kết Khối thi đua; thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về công tác dân vận của cơ quan nhà nước; đề xuất khen thưởng tối đa 5 tập thể tiêu biểu của khối, bảo đảm đúng thực chất.
Ban Dân vận Tỉnh ủy cũng thông tin, đến cuối tháng 10, toàn tỉnh có 736 mô hình "Dân vận khéo", tăng 58 mô hình so với năm 2021. Nhiều mô hình ở các xã biên giới gắn với vận động nhân dân tham gia tự quản đường biên, cột mốc, giữ gìn an ninh trật tự ở ấp; khối thi đua sẽ chọn các mô hình tiêu biểu nhất để giới thiệu tại hội nghị tổng kết và đề nghị cấp trên biểu dương.
Hồng Nhung
Lượt xem: 523
Tin cùng chuyên mục
- Giao ban công tác dân vận tháng 9/2022 (07/10/2022)
- Trảng Bàng: tuyên dương 20 mô hình dân vận khéo (28/09/2022)
- Tân Châu tổ chức đối thoại với nông dân (15/09/2022)
""", "2022-11-04", "Khối thi đua dân vận giao ban, thống nhất chấm điểm cuối năm",
E("giao_ban", "2022-10", "2022-11-03"),
[P("Nguyễn Thị Thanh Tâm", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Sang", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy", "Trưởng khối thi đua"),
 P("Trần Văn Đức", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Châu Thị Kim Phượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Hùng Thái", "Ủy viên Ban Thường vụ", "Trưởng ban Tuyên giáo Hội Nông dân tỉnh")],
[Q("3 cuộc kiểm tra chéo", 3, "cuộc kiểm tra chéo"), Q("1.150 hội viên", 1150, "hội viên"),
 Q("45 suất học bổng", 45, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("63 hội viên", 63, "hội viên"),
 Q("7 lớp bồi dưỡng", 7, "lớp bồi dưỡng"), Q("540 đoàn viên", 540, "đoàn viên"), Q("1.200 lượt công nhân", 1200, "lượt công nhân"),
 Q("khoảng 720 triệu đồng", 720000000, "đồng", "approx"), Q("14 hộ đồng bào Khmer", 14, "hộ đồng bào Khmer"),
 Q("tối đa 5 tập thể tiêu biểu", 5, "tập thể tiêu biểu"), Q("736 mô hình", 736, "mô hình"), Q("58 mô hình", 58, "mô hình")],
[D("Chỉ thị", "42", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 42, 43-CT/TU"),
 D("Chỉ thị", "43", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 42, 43-CT/TU"),
 D("Hướng dẫn", "18", "HD/BDVTU", "2022-10-14", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 18-HD/BDVTU ngày 14/10/2022"),
 D("Quyết định", "97", "QĐ/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Quyết định số 97-QĐ/BDVTU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015")],
[prov("Tây Ninh"), com("Tân Hòa"), com("Ninh Sơn")],
["BAN DÂN VẬN TỈNH ỦY TÂY NINH", "Hôm nay: Thứ Sáu, 09/12/2022", "Trang chủ › Hoạt động › Khối thi đua",
 "Ảnh: Quang cảnh buổi giao ban.", "Ngày thứ Bảy tình nguyện", "Khu phố không rác thải nhựa", "Dân vận khéo", "Lượt xem: 523"],
["2022-11-04 15:20", "Hôm nay: Thứ Sáu, 09/12/2022", "tháng 10/2022", "năm 2022", "ngày 25/11", "năm 2021", "Lượt xem: 523"]))
