from lib import *
PAGES = []

PAGES.append(page("b1163-namdinh-hlhpn-daihoi-2016", """
BÁO NAM ĐỊNH ĐIỆN TỬ
Trang chủ >> Chính trị >> Đoàn thể
Thứ Sáu, 17/06/2016 - 18:05
Đại biểu biểu quyết thông qua chương trình làm việc của Đại hội. Ảnh: Viết Dư
Đại hội đại biểu Phụ nữ tỉnh Nam Định lần thứ XVII thành công tốt đẹp
Trong 2 ngày 16 và 17/6, Hội Liên hiệp Phụ nữ tỉnh Nam Định long trọng tổ chức Đại hội đại biểu Phụ nữ tỉnh lần thứ XVII, nhiệm kỳ 2016 - 2021. Dự Đại hội có 300 đại biểu chính thức, đại diện cho hơn 420.000 hội viên phụ nữ trong tỉnh.
Tới dự có đồng chí Lê Thị Thủy Chung, Ủy viên Đoàn Chủ tịch, Trưởng ban Tổ chức Trung ương Hội LHPN Việt Nam; đồng chí Trần Quang Vượng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Mai Thị Huyền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo chính trị do đồng chí Vũ Thị Hồng Nhung, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh khóa XVI trình bày nêu rõ: nhiệm kỳ 2011 - 2016, các cấp Hội đã bám sát Nghị quyết 11-NQ/TW của Bộ Chính trị về công tác phụ nữ và Chỉ thị 07-CT/TU ngày 10/9/2015 của Ban Thường vụ Tỉnh ủy về lãnh đạo Đại hội Phụ nữ các cấp. Hội giúp 8.650 hộ phụ nữ nghèo thoát nghèo; vận động xây dựng, sửa chữa 1.124 "Mái ấm tình thương"; phối hợp quản lý nguồn vốn ủy thác với dư nợ 1.216 tỷ đồng. Có 97,5% hội viên được học tập, quán triệt các nghị quyết của Đảng, của Hội; 86% chi hội đạt tiêu chí "5 không, 3 sạch".
Tham luận tại Đại hội, bà Trần Thị Liên, Chủ tịch Hội LHPN xã Hải Minh (huyện Hải Hậu) chia sẻ kinh nghiệm duy trì 14 tổ phụ nữ tiết kiệm ở các xóm ven biển; bà Phạm Thị Quế, Phó Chủ tịch Hội LHPN thị trấn Xuân Trường nói về mô hình "Phụ nữ giáo dân sống tốt đời, đẹp đạo".
Phát biểu chỉ đạo, đồng chí Trần Quang Vượng đề nghị các cấp Hội tiếp tục thực hiện Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; đổi mới nội dung, phương thức hoạt động, hướng mạnh về chi, tổ hội; quan tâm bồi dưỡng, giới thiệu cán bộ nữ có đủ năng lực vào cấp ủy, chính quyền các cấp.
Đại hội đã bầu Ban Chấp hành Hội LHPN tỉnh khóa XVII gồm 35 đồng chí; Ban Thường vụ gồm 9 đồng chí. Đồng chí Vũ Thị Hồng Nhung tiếp tục được tín nhiệm bầu giữ chức Chủ tịch Hội LHPN tỉnh; các đồng chí được bầu làm Phó Chủ tịch Hội LHPN tỉnh: Đỗ Thị Thanh Hoa, Trần Thị Mai Phương. Đại hội cũng bầu 12 đại biểu chính thức đi dự Đại hội đại biểu Phụ nữ toàn quốc lần thứ XII.
Nhiệm kỳ 2016 - 2021, Đại hội đề ra 9 chỉ tiêu, trong đó phấn đấu hằng năm thu hút thêm 3% hội viên, giúp 5.000 hộ phụ nữ nghèo thoát nghèo, 100% cơ sở Hội tổ chức sinh hoạt chuyên đề ít nhất 2 lần mỗi năm.
Hải Yến
Lượt xem: 2.031
Tin liên quan
- Nghĩa Hưng: Đại hội Phụ nữ huyện lần thứ XVIII (20/05/2016)
- Trao 25 "Mái ấm tình thương" cho hội viên nghèo (12/05/2016)
- Hội LHPN tỉnh gặp mặt 50 nữ doanh nhân tiêu biểu (06/03/2016)
""", "2016-06-17", "Đại hội đại biểu Phụ nữ tỉnh Nam Định lần thứ XVII thành công tốt đẹp",
E("dai_hoi", None, "2016-06-16"),
[P("Lê Thị Thủy Chung", "Ủy viên Đoàn Chủ tịch", "Trưởng ban Tổ chức Trung ương Hội LHPN Việt Nam"),
 P("Trần Quang Vượng", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Mai Thị Huyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Thị Hồng Nhung", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh khóa XVI", "Chủ tịch Hội LHPN tỉnh"),
 P("Trần Thị Liên", "Chủ tịch Hội LHPN xã Hải Minh"),
 P("Phạm Thị Quế", "Phó Chủ tịch Hội LHPN thị trấn Xuân Trường"),
 P("Đỗ Thị Thanh Hoa", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trần Thị Mai Phương", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("300 đại biểu chính thức", 300, "đại biểu chính thức"), Q("hơn 420.000 hội viên phụ nữ", 420000, "hội viên phụ nữ", "over"),
 Q("8.650 hộ phụ nữ nghèo", 8650, "hộ phụ nữ nghèo"), Q("1.124 \"Mái ấm tình thương\"", 1124, "Mái ấm tình thương"),
 Q("1.216 tỷ đồng", 1216000000000, "đồng"), Q("97,5%", 97.5, "%"), Q("86%", 86, "%"),
 Q("14 tổ phụ nữ tiết kiệm", 14, "tổ phụ nữ tiết kiệm"), Q("35 đồng chí", 35, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"),
 Q("12 đại biểu chính thức", 12, "đại biểu chính thức"), Q("9 chỉ tiêu", 9, "chỉ tiêu"), Q("3%", 3, "%"),
 Q("5.000 hộ phụ nữ nghèo", 5000, "hộ phụ nữ nghèo"), Q("100%", 100, "%")],
[D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 11-NQ/TW"),
 D("Chỉ thị", "07", "CT/TU", "2015-09-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07-CT/TU ngày 10/9/2015"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị 05-CT/TW ngày 15/5/2016")],
[prov("Nam Định"), com("Hải Minh"), com("Xuân Trường")],
["BÁO NAM ĐỊNH ĐIỆN TỬ", "Trang chủ >> Chính trị >> Đoàn thể", "Đại biểu biểu quyết thông qua chương trình làm việc của Đại hội. Ảnh: Viết Dư",
 "Mái ấm tình thương", "5 không, 3 sạch", "Phụ nữ giáo dân sống tốt đời, đẹp đạo", "Lượt xem: 2.031"],
["Thứ Sáu, 17/06/2016 - 18:05", "2 ngày", "lần thứ XVII", "nhiệm kỳ 2016 - 2021", "nhiệm kỳ 2011 - 2016", "khóa XVI", "khóa XVII",
 "5 không, 3 sạch", "lần thứ XII", "2 lần", "35 đồng chí", "9 đồng chí", "Lượt xem: 2.031"]))

PAGES.append(page("b1164-hanam-mttq-baocao-hdnd-2016", """
Báo Hà Nam điện tử
Thời sự - Chính trị / Kỳ họp HĐND
14-12-2016 10:30
Cử tri tiếp tục kiến nghị về ô nhiễm môi trường nông thôn
Sáng 13/12, tiếp tục chương trình kỳ họp thứ ba HĐND tỉnh Hà Nam khóa XVIII, đồng chí Trần Văn Chương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày báo cáo của Ủy ban MTTQ tỉnh về công tác tham gia xây dựng chính quyền năm 2016 và tổng hợp ý kiến, kiến nghị của cử tri và nhân dân gửi tới kỳ họp.
Theo báo cáo, năm 2016 Mặt trận các cấp đã hoàn thành tốt vai trò trong cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021, với tỷ lệ cử tri đi bầu đạt 99,6%. Thực hiện Quyết định 218-QĐ/TW của Bộ Chính trị và Quy chế phối hợp số 05/QCPH-MTTQ-UBND ngày 12/8/2016 giữa Ban Thường trực Ủy ban MTTQ tỉnh và UBND tỉnh, Mặt trận các cấp tổ chức 218 cuộc giám sát, 46 hội nghị góp ý dự thảo văn bản; Ban Thanh tra nhân dân ở 116 xã, phường, thị trấn phát hiện, kiến nghị xử lý 37 vụ việc. Quỹ "Vì người nghèo" các cấp tiếp nhận 11,3 tỷ đồng, hỗ trợ xây mới 162 nhà Đại đoàn kết.
Trước kỳ họp, Ủy ban MTTQ các cấp phối hợp với Thường trực HĐND tổ chức 112 hội nghị tiếp xúc cử tri với khoảng 9.560 lượt cử tri tham dự. Qua tổng hợp, cử tri nêu 146 ý kiến, kiến nghị, tập trung vào các vấn đề: ô nhiễm môi trường ở các làng nghề và khu chăn nuôi tập trung; chất lượng nước sinh hoạt; giá vật tư nông nghiệp tăng; thủ tục cấp giấy chứng nhận quyền sử dụng đất còn chậm.
Cử tri xã Thanh Hải (huyện Thanh Liêm) đề nghị tỉnh có biện pháp xử lý dứt điểm bụi từ các mỏ đá; cử tri phường Lê Hồng Phong (thành phố Phủ Lý) phản ánh tình trạng ngập úng cục bộ mỗi khi mưa lớn. Nhiều cử tri kiến nghị có chính sách hỗ trợ nông dân chuyển đổi khoảng 350 ha lúa kém hiệu quả sang trồng cây ăn quả, rau an toàn.
Ủy ban MTTQ tỉnh đề nghị HĐND, UBND tỉnh chỉ đạo các sở, ngành trả lời đầy đủ, công khai các kiến nghị; có cơ chế để Mặt trận tham gia giám sát việc giải quyết. Theo đồng chí Trần Văn Chương, trong số 131 kiến nghị gửi kỳ họp giữa năm, đến nay mới có 104 kiến nghị được giải quyết dứt điểm.
Trước đó, bà Đinh Thị Hà, Phó Chủ tịch Ủy ban MTTQ tỉnh, cho biết năm 2017 Mặt trận sẽ phối hợp với HĐND tỉnh giám sát chuyên đề về vệ sinh an toàn thực phẩm và thực hiện Nghị quyết số 16/2016/NQ-HĐND ngày 8/7/2016 của HĐND tỉnh về hỗ trợ xây dựng nông thôn mới.
Kỳ họp thứ ba HĐND tỉnh diễn ra trong 3 ngày, từ 12 đến 14/12.
Nguyễn Hương
Tin khác
- Khai mạc kỳ họp thứ ba HĐND tỉnh khóa XVIII (12/12/2016)
- Đồng chí Chủ tịch UBND tỉnh tiếp xúc cử tri huyện Lý Nhân (01/12/2016)
- Ủy ban MTTQ tỉnh giám sát công tác tiếp công dân (18/11/2016)
""", "2016-12-14", "Cử tri tiếp tục kiến nghị về ô nhiễm môi trường nông thôn",
E("bao_cao", "2016", "2016-12-13"),
[P("Trần Văn Chương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Hà", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("99,6%", 99.6, "%"), Q("218 cuộc giám sát", 218, "cuộc giám sát"), Q("46 hội nghị", 46, "hội nghị"),
 Q("116 xã, phường, thị trấn", 116, "xã, phường, thị trấn"), Q("37 vụ việc", 37, "vụ việc"),
 Q("11,3 tỷ đồng", 11300000000, "đồng"), Q("162 nhà Đại đoàn kết", 162, "nhà Đại đoàn kết"),
 Q("112 hội nghị tiếp xúc cử tri", 112, "hội nghị tiếp xúc cử tri"),
 Q("khoảng 9.560 lượt cử tri", 9560, "lượt cử tri", "approx"), Q("146 ý kiến, kiến nghị", 146, "ý kiến, kiến nghị"),
 Q("khoảng 350 ha", 350, "ha", "approx"), Q("131 kiến nghị", 131, "kiến nghị"), Q("104 kiến nghị", 104, "kiến nghị")],
[D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 218-QĐ/TW"),
 D("Quy chế phối hợp", "05", "QCPH-MTTQ-UBND", "2016-08-12", None, "Quy chế phối hợp số 05/QCPH-MTTQ-UBND ngày 12/8/2016"),
 D("Nghị quyết", "16", "2016/NQ-HĐND", "2016-07-08", "HĐND tỉnh", "Nghị quyết số 16/2016/NQ-HĐND ngày 8/7/2016")],
[prov("Hà Nam"), com("Thanh Hải"), com("Lê Hồng Phong")],
["Báo Hà Nam điện tử", "Thời sự - Chính trị / Kỳ họp HĐND", "Vì người nghèo"],
["14-12-2016 10:30", "kỳ họp thứ ba", "khóa XVIII", "khóa XIV", "nhiệm kỳ 2016 - 2021", "năm 2016", "năm 2017", "3 ngày", "từ 12 đến 14/12"]))

PAGES.append(page("b1165-dienbien-tinhdoan-doithoai-2017", """
ĐIỆN BIÊN PHỦ ONLINE - Báo Điện Biên Phủ
Trang chủ | Xã hội | Thanh niên
Thứ Bảy, 25/3/2017 06:30
Bí thư Tỉnh ủy đối thoại với thanh niên
Sáng 24/3, Ban Thường vụ Tỉnh đoàn Điện Biên phối hợp với Văn phòng Tỉnh ủy tổ chức chương trình đối thoại giữa đồng chí Bí thư Tỉnh ủy với thanh niên năm 2017, nhân kỷ niệm 86 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh. Tham gia đối thoại có 300 đoàn viên, thanh niên tiêu biểu đến từ 10 huyện, thị xã, thành phố.
Đồng chí Vì Văn Thoại, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì buổi đối thoại. Cùng dự có các đồng chí: Quàng Văn Bình, Phó Chủ tịch UBND tỉnh; Lường Thị Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; lãnh đạo các sở Lao động - Thương binh và Xã hội, Nông nghiệp và Phát triển nông thôn, Giáo dục và Đào tạo.
Đồng chí Vì Văn Thoại trả lời câu hỏi của đoàn viên, thanh niên.
Mở đầu chương trình, đồng chí Cà Thị Hồng Nhung, Bí thư Tỉnh đoàn báo cáo tình hình thanh niên và kết quả thực hiện Chỉ thị 42-CT/TW ngày 24/3/2015 của Ban Bí thư về giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ. Năm 2016, Quỹ hỗ trợ thanh niên lập nghiệp của tỉnh cho vay 2,4 tỷ đồng với 186 dự án; tuy nhiên tỷ lệ thanh niên qua đào tạo nghề mới đạt 38%, nhiều thanh niên vùng cao chưa có việc làm ổn định.
Tại buổi đối thoại có 12 ý kiến được nêu trực tiếp. Anh Mùa A Vảng, Bí thư Chi đoàn bản Huổi Lụ, xã Nà Tòng (huyện Tuần Giáo) hỏi về cơ chế hỗ trợ thanh niên người Mông trồng cây mắc ca; chị Lò Thị Ơn, Giám đốc Hợp tác xã dệt thổ cẩm Hoa Ban, xã Thanh Chăn (huyện Điện Biên) mong được vay vốn ưu đãi để mở rộng xưởng dệt, tạo việc làm cho 25 chị em trong bản. Anh Cà Văn Hặc, Phó Bí thư Đoàn xã Mường Phăng đề nghị quan tâm đầu tư sân chơi cho thanh thiếu nhi.
Trả lời các ý kiến, đồng chí Quàng Văn Bình cho biết, theo Quyết định số 1224/QĐ-UBND ngày 15/12/2016 của UBND tỉnh, thanh niên tham gia dự án trồng cây mắc ca được hỗ trợ giống và 50% chi phí phân bón trong 3 năm đầu.
Phát biểu kết luận, Bí thư Tỉnh ủy Vì Văn Thoại khẳng định tỉnh luôn coi thanh niên là lực lượng nòng cốt trong thực hiện Đề án số 04-ĐA/TU của Tỉnh ủy về phát triển kinh tế - xã hội vùng cao. Đồng chí giao Tỉnh đoàn tổng hợp đầy đủ các kiến nghị, chuyển các cơ quan chức năng trả lời bằng văn bản trong tháng 4/2017, đồng thời mong thanh niên "dám nghĩ, dám làm, dám chịu trách nhiệm".
Thanh Tâm
Lượt xem: 1.437
Bài viết liên quan
- Ra quân Tháng Thanh niên năm 2017 (01/03/2017)
- Tuần Giáo: 40 thanh niên được hỗ trợ vay vốn lập nghiệp (20/02/2017)
- Tỉnh đoàn tổng kết công tác Đoàn năm 2016 (28/12/2016)
""", "2017-03-25", "Bí thư Tỉnh ủy đối thoại với thanh niên",
E("doi_thoai", "2017", "2017-03-24"),
[P("Vì Văn Thoại", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Quàng Văn Bình", "Phó Chủ tịch UBND tỉnh"),
 P("Lường Thị Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cà Thị Hồng Nhung", "Bí thư Tỉnh đoàn"),
 P("Mùa A Vảng", "Bí thư Chi đoàn bản Huổi Lụ"),
 P("Lò Thị Ơn", "Giám đốc Hợp tác xã dệt thổ cẩm Hoa Ban"),
 P("Cà Văn Hặc", "Phó Bí thư Đoàn xã Mường Phăng")],
[Q("300 đoàn viên, thanh niên tiêu biểu", 300, "đoàn viên, thanh niên tiêu biểu"),
 Q("10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"), Q("2,4 tỷ đồng", 2400000000, "đồng"),
 Q("186 dự án", 186, "dự án"), Q("38%", 38, "%"), Q("12 ý kiến", 12, "ý kiến"), Q("25 chị em", 25, "chị em"), Q("50%", 50, "%")],
[D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", "Chỉ thị 42-CT/TW ngày 24/3/2015"),
 D("Quyết định", "1224", "QĐ-UBND", "2016-12-15", "UBND tỉnh", "Quyết định số 1224/QĐ-UBND ngày 15/12/2016"),
 D("Đề án", "04", "ĐA/TU", None, "Tỉnh ủy", "Đề án số 04-ĐA/TU")],
[prov("Điện Biên"), com("Nà Tòng"), com("Thanh Chăn"), com("Mường Phăng")],
["ĐIỆN BIÊN PHỦ ONLINE - Báo Điện Biên Phủ", "Trang chủ | Xã hội | Thanh niên",
 "Đồng chí Vì Văn Thoại trả lời câu hỏi của đoàn viên, thanh niên.", "dám nghĩ, dám làm, dám chịu trách nhiệm", "Lượt xem: 1.437"],
["Thứ Bảy, 25/3/2017 06:30", "năm 2017", "86 năm", "Năm 2016", "3 năm", "tháng 4/2017", "Lượt xem: 1.437"]))

PAGES.append(page("b1166-haiduong-ldld-tongket-2018", """
BÁO HẢI DƯƠNG ĐIỆN TỬ
Trang chủ » Xã hội » Lao động - Việc làm
Cập nhật lúc 15:40 ngày 27/12/2018
Toàn cảnh hội nghị.
Công đoàn Hải Dương ký mới 214 bản thỏa ước lao động tập thể
Chiều 26/12, Liên đoàn Lao động (LĐLĐ) tỉnh Hải Dương tổ chức hội nghị tổng kết phong trào công nhân, viên chức, lao động và hoạt động công đoàn năm 2018, triển khai nhiệm vụ năm 2019. Dự hội nghị có đồng chí Hà Ngọc Tuấn, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam; đồng chí Nguyễn Thị Loan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy. Đồng chí Phạm Văn Tuân, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh chủ trì hội nghị.
Năm 2018, các cấp công đoàn trong tỉnh đã phát triển mới 15.230 đoàn viên, thành lập 86 công đoàn cơ sở, vượt 28% chỉ tiêu Tổng Liên đoàn giao. Toàn tỉnh hiện có 1.142 công đoàn cơ sở với trên 182.000 đoàn viên. Công đoàn các cấp tham gia ký mới 214 bản thỏa ước lao động tập thể, nâng tổng số bản thỏa ước còn hiệu lực lên 612 bản; phối hợp tổ chức 860 hội nghị người lao động tại doanh nghiệp.
Thực hiện Chỉ thị 22-CT/TW ngày 5/6/2008 của Ban Bí thư về xây dựng quan hệ lao động hài hòa, ổn định, tiến bộ trong doanh nghiệp và Nghị quyết 6b/NQ-BCH ngày 29/1/2011 của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam về công tác chăm lo đời sống, bảo vệ quyền, lợi ích hợp pháp của đoàn viên, công đoàn các cấp đã hỗ trợ 1.846 lượt đoàn viên khó khăn với tổng số tiền 2,35 tỷ đồng, trao 21 Mái ấm Công đoàn. Trong năm, trên địa bàn xảy ra 7 cuộc ngừng việc tập thể, giảm 5 cuộc so với năm 2017; các cuộc ngừng việc đều được công đoàn phối hợp giải quyết ổn thỏa.
Tại hội nghị, bà Vũ Thị Thơm, Chủ tịch Công đoàn Công ty TNHH Ford Việt Nam nói về kinh nghiệm thương lượng tăng lương; ông Lê Văn Thịnh, Chủ tịch Công đoàn cơ sở Công ty cổ phần May Cẩm Bình (xã Cẩm Phúc, huyện Cẩm Giàng) đề nghị LĐLĐ tỉnh tiếp tục tổ chức "Phiên chợ nghĩa tình" cho công nhân.
Phát biểu tại hội nghị, đồng chí Hà Ngọc Tuấn đánh giá cao kết quả LĐLĐ tỉnh đạt được, đề nghị chuẩn bị tốt Đại hội Công đoàn tỉnh lần thứ XVI và thực hiện Kế hoạch số 45/KH-TLĐ của Tổng Liên đoàn về tổ chức Tháng Công nhân năm 2019.
Dịp này, 20 tập thể, 35 cá nhân được nhận Bằng khen của LĐLĐ tỉnh; các đồng chí Nguyễn Văn Bằng, Đinh Thị Thu Trang - Phó Chủ tịch LĐLĐ tỉnh trao Bằng khen cho các tập thể, cá nhân. Bà Lương Thị Hoa, Trưởng ban Chính sách - Pháp luật LĐLĐ tỉnh, đọc quyết định khen thưởng.
Hải Minh
Lượt xem: 906
Tin cùng chuyên mục
- LĐLĐ tỉnh trao 200 suất quà cho công nhân nhập cư (20/12/2018)
- Ký kết quy chế phối hợp giữa LĐLĐ tỉnh và Sở Lao động - Thương binh và Xã hội (05/12/2018)
- Tập huấn kỹ năng thương lượng tập thể cho 120 cán bộ công đoàn (22/11/2018)
""", "2018-12-27", "Công đoàn Hải Dương ký mới 214 bản thỏa ước lao động tập thể",
E("tong_ket", "2018", "2018-12-26"),
[P("Hà Ngọc Tuấn", "Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam"),
 P("Nguyễn Thị Loan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Tuân", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Vũ Thị Thơm", "Chủ tịch Công đoàn Công ty TNHH Ford Việt Nam"),
 P("Lê Văn Thịnh", "Chủ tịch Công đoàn cơ sở Công ty cổ phần May Cẩm Bình"),
 P("Nguyễn Văn Bằng", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Đinh Thị Thu Trang", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Lương Thị Hoa", "Trưởng ban Chính sách - Pháp luật LĐLĐ tỉnh")],
[Q("214 bản thỏa ước lao động tập thể", 214, "bản thỏa ước lao động tập thể"), Q("15.230 đoàn viên", 15230, "đoàn viên"),
 Q("86 công đoàn cơ sở", 86, "công đoàn cơ sở"), Q("28%", 28, "%"), Q("1.142 công đoàn cơ sở", 1142, "công đoàn cơ sở"),
 Q("trên 182.000 đoàn viên", 182000, "đoàn viên", "over"), Q("612 bản", 612, "bản"),
 Q("860 hội nghị người lao động", 860, "hội nghị người lao động"), Q("1.846 lượt đoàn viên khó khăn", 1846, "lượt đoàn viên khó khăn"),
 Q("2,35 tỷ đồng", 2350000000, "đồng"), Q("21 Mái ấm Công đoàn", 21, "Mái ấm Công đoàn"),
 Q("7 cuộc ngừng việc tập thể", 7, "cuộc ngừng việc tập thể"), Q("5 cuộc", 5, "cuộc"),
 Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", "Chỉ thị 22-CT/TW ngày 5/6/2008"),
 D("Nghị quyết", "6b", "NQ-BCH", "2011-01-29", "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam", "Nghị quyết 6b/NQ-BCH ngày 29/1/2011"),
 D("Kế hoạch", "45", "KH-TLĐ", None, "Tổng Liên đoàn", "Kế hoạch số 45/KH-TLĐ")],
[prov("Hải Dương"), com("Cẩm Phúc")],
["BÁO HẢI DƯƠNG ĐIỆN TỬ", "Trang chủ » Xã hội » Lao động - Việc làm", "Toàn cảnh hội nghị.", "Phiên chợ nghĩa tình",
 "Đại hội Công đoàn tỉnh lần thứ XVI", "Tháng Công nhân", "Lượt xem: 906"],
["Cập nhật lúc 15:40 ngày 27/12/2018", "năm 2018", "năm 2019", "năm 2017", "lần thứ XVI", "Lượt xem: 906"]))

PAGES.append(page("b1167-laocai-hccb-guongsang-2018", """
Báo Lào Cai điện tử
Trang chủ / Xã hội / Người tốt việc tốt
Thứ Sáu, 27/07/2018 | 10:15
Ông Hoàng Văn Sình (bên phải) thăm mô hình trồng chuối của hội viên.
Người "thủ lĩnh" cựu chiến binh ở Phong Niên
Ở xã Phong Niên (huyện Bảo Thắng), nhắc đến ông Hoàng Văn Sình, Chủ tịch Hội Cựu chiến binh xã, ai cũng nể cái tính "nói được, làm được" của người lính già người Giáy này.
Trở về địa phương sau gần 20 năm quân ngũ, năm 2009 ông Sình được hội viên tín nhiệm bầu làm Chủ tịch Hội CCB xã. Khi ấy Hội có 186 hội viên, trong đó 14 hộ hội viên nghèo, nhiều gia đình không có vốn sản xuất. Ông cùng Ban Chấp hành Hội bàn cách vận động hội viên góp vốn xoay vòng, đồng thời nhận ủy thác vốn vay của Ngân hàng Chính sách xã hội với dư nợ hiện nay gần 1,5 tỷ đồng cho 37 hộ vay.
Bản thân ông mạnh dạn chuyển 12 ha đồi sắn kém hiệu quả của gia đình và anh em trong họ sang trồng chuối tiêu hồng, mỗi năm thu lãi khoảng 300 triệu đồng. Từ mô hình của ông, đến nay xã có 23 hộ cựu chiến binh trồng chuối, hình thành tổ hợp tác với 41 thành viên, bao tiêu sản phẩm cho bà con.
Ông Lù Văn Tịnh, hội viên ở thôn Phong Hải 2, kể: "Năm 2015 nhà tôi còn nghèo, được ông Sình đứng ra bảo lãnh vay 30 triệu đồng, lại xuống tận vườn chỉ cách làm. Giờ nhà tôi có 2 ha chuối, đã xây được nhà". Đến nay, 14 hộ hội viên nghèo của xã đều đã thoát nghèo.
Không chỉ làm kinh tế, Hội CCB xã còn là nòng cốt trong giữ gìn an ninh trật tự. Thực hiện Quy chế phối hợp số 02/QCPH-CCB-CA ngày 15/3/2016 giữa Hội CCB và Công an huyện, Hội thành lập 9 tổ cựu chiến binh tự quản ở các thôn, phối hợp hòa giải thành 16 vụ việc mâu thuẫn trong nhân dân. Hội viên cũng hiến hơn 2.000 m2 đất, góp 450 ngày công làm đường bê tông liên thôn theo Nghị quyết số 10-NQ/TU ngày 25/4/2016 của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo bền vững.
Ông Bàn Văn Phú, Phó Chủ tịch kiêm Trưởng ban Tổ chức - Kiểm tra Hội CCB huyện Bảo Thắng nhận xét, Hội CCB xã Phong Niên nhiều năm liền đạt danh hiệu trong sạch, vững mạnh, là điểm sáng của huyện trong phong trào "Cựu chiến binh gương mẫu". Năm 2017, ông Hoàng Văn Sình vinh dự được Trung ương Hội CCB Việt Nam tặng Bằng khen.
Theo đồng chí Vũ Văn Thao, Chủ tịch Hội CCB tỉnh Lào Cai, toàn tỉnh hiện có hơn 17.000 hội viên cựu chiến binh; những tấm gương như ông Sình đang được Hội nhân rộng ở cả 9 huyện, thành phố.
Bài, ảnh: Thu Trang
Lượt xem: 1.275
Tin liên quan
- Hội CCB xã Xuân Quang giúp hội viên thoát nghèo (10/07/2018)
- Bát Xát: Gặp mặt 120 cựu chiến binh tiêu biểu (25/06/2018)
- Hội CCB tỉnh sơ kết 6 tháng đầu năm 2018 (20/06/2018)
""", "2018-07-27", "Người \"thủ lĩnh\" cựu chiến binh ở Phong Niên",
E("khac", None, None),
[P("Hoàng Văn Sình", "Chủ tịch Hội Cựu chiến binh xã", "Chủ tịch Hội CCB xã"),
 P("Lù Văn Tịnh"),
 P("Bàn Văn Phú", "Phó Chủ tịch kiêm Trưởng ban Tổ chức - Kiểm tra Hội CCB huyện Bảo Thắng"),
 P("Vũ Văn Thao", "Chủ tịch Hội CCB tỉnh Lào Cai")],
[Q("186 hội viên", 186, "hội viên"), Q("14 hộ hội viên nghèo", 14, "hộ hội viên nghèo"),
 Q("gần 1,5 tỷ đồng", 1500000000, "đồng", "approx"), Q("37 hộ", 37, "hộ"), Q("12 ha", 12, "ha"),
 Q("khoảng 300 triệu đồng", 300000000, "đồng", "approx"), Q("23 hộ cựu chiến binh", 23, "hộ cựu chiến binh"),
 Q("41 thành viên", 41, "thành viên"), Q("30 triệu đồng", 30000000, "đồng"), Q("2 ha", 2, "ha"),
 Q("9 tổ cựu chiến binh tự quản", 9, "tổ cựu chiến binh tự quản"), Q("16 vụ việc mâu thuẫn", 16, "vụ việc mâu thuẫn"),
 Q("hơn 2.000 m2", 2000, "m2", "over"), Q("450 ngày công", 450, "ngày công"),
 Q("hơn 17.000 hội viên cựu chiến binh", 17000, "hội viên cựu chiến binh", "over"), Q("9 huyện, thành phố", 9, "huyện, thành phố")],
[D("Quy chế phối hợp", "02", "QCPH-CCB-CA", "2016-03-15", None, "Quy chế phối hợp số 02/QCPH-CCB-CA ngày 15/3/2016"),
 D("Nghị quyết", "10", "NQ/TU", "2016-04-25", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 10-NQ/TU ngày 25/4/2016")],
[prov("Lào Cai"), com("Phong Niên")],
["Báo Lào Cai điện tử", "Trang chủ / Xã hội / Người tốt việc tốt", "Ông Hoàng Văn Sình (bên phải) thăm mô hình trồng chuối của hội viên.",
 "nói được, làm được", "Cựu chiến binh gương mẫu", "Lượt xem: 1.275"],
["Thứ Sáu, 27/07/2018 | 10:15", "gần 20 năm", "năm 2009", "Năm 2015", "Năm 2017", "Lượt xem: 1.275"]))

PAGES.append(page("b1168-hungyen-mttq-daihoi-2019", """
BÁO HƯNG YÊN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hưng Yên
Trang chủ > Chính trị > Mặt trận - Đoàn thể
17/07/2019 - 17:20
Đại hội đại biểu MTTQ Việt Nam tỉnh Hưng Yên lần thứ XV, nhiệm kỳ 2019 - 2024
(BHY) - Ngày 16/7, Ủy ban MTTQ Việt Nam tỉnh Hưng Yên long trọng tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XV, nhiệm kỳ 2019 - 2024. Dự Đại hội có 250 đại biểu chính thức đại diện cho các tầng lớp nhân dân, các dân tộc, tôn giáo trong tỉnh.
Các đồng chí lãnh đạo tỉnh tặng hoa chúc mừng Đại hội.
Tới dự có đồng chí Đàm Văn Thức, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng chí Lương Minh Đức, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; các đồng chí Phó Bí thư Tỉnh ủy: Nguyễn Văn Phượng, Trần Quốc Huy.
Báo cáo tại Đại hội cho thấy, nhiệm kỳ 2014 - 2019, Mặt trận các cấp đã chủ trì, phối hợp vận động Quỹ "Vì người nghèo" được 68,5 tỷ đồng, hỗ trợ xây mới, sửa chữa 2.318 nhà Đại đoàn kết; tỷ lệ hộ nghèo toàn tỉnh giảm còn 2,17%. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được triển khai sâu rộng, nhân dân đóng góp hơn 1.200 tỷ đồng và hiến trên 310.000 m2 đất. Thực hiện Quyết định 217, 218-QĐ/TW của Bộ Chính trị, Mặt trận các cấp chủ trì 1.486 cuộc giám sát, tổ chức 312 hội nghị phản biện xã hội và góp ý xây dựng Đảng, chính quyền.
Tham luận tại Đại hội, Linh mục Giuse Nguyễn Văn Hiển, Chánh xứ giáo xứ Phù Sa, Ủy viên Ủy ban MTTQ tỉnh, nói về phong trào "Sống tốt đời, đẹp đạo" của đồng bào Công giáo; ông Vũ Văn Thư, Trưởng ban Công tác Mặt trận thôn Lương Tài, xã Dị Sử (thị xã Mỹ Hào) chia sẻ cách vận động người dân hiến đất mở đường.
Phát biểu chỉ đạo, đồng chí Lương Minh Đức đề nghị Mặt trận các cấp tiếp tục quán triệt Chỉ thị 30-CT/TW của Ban Bí thư về lãnh đạo đại hội MTTQ Việt Nam các cấp và Chỉ thị 28-CT/TU ngày 15/11/2018 của Ban Thường vụ Tỉnh ủy; đổi mới phương thức hoạt động theo hướng hướng về cơ sở, lấy khu dân cư làm địa bàn hoạt động chủ yếu.
Đại hội đã hiệp thương cử 65 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa XV. Tại hội nghị lần thứ nhất, Ủy ban đã hiệp thương cử Ban Thường trực gồm 5 vị. Đồng chí Nguyễn Duy Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Lê Thị Thu Hà, Phạm Văn Kiên, Vũ Mạnh Cường được hiệp thương cử làm Phó Chủ tịch. Đại hội cũng thông qua Chương trình hành động với 5 chương trình trọng tâm và cử 10 đại biểu dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX.
Ngọc Anh
Lượt xem: 1.602
Tin khác
- Hiệp thương giới thiệu người ứng cử Ủy viên Ủy ban MTTQ tỉnh khóa XV (08/07/2019)
- Đại hội MTTQ huyện Văn Lâm lần thứ XXI (28/06/2019)
- Khoái Châu: trao 45 nhà Đại đoàn kết (14/06/2019)
""", "2019-07-17", "Đại hội đại biểu MTTQ Việt Nam tỉnh Hưng Yên lần thứ XV, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-07-16"),
[P("Đàm Văn Thức", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Lương Minh Đức", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Văn Phượng", "Phó Bí thư Tỉnh ủy"),
 P("Trần Quốc Huy", "Phó Bí thư Tỉnh ủy"),
 P("Giuse Nguyễn Văn Hiển", "Linh mục", "Chánh xứ giáo xứ Phù Sa", "Ủy viên Ủy ban MTTQ tỉnh"),
 P("Vũ Văn Thư", "Trưởng ban Công tác Mặt trận thôn Lương Tài"),
 P("Nguyễn Duy Hưng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Thu Hà", "Phó Chủ tịch"),
 P("Phạm Văn Kiên", "Phó Chủ tịch"),
 P("Vũ Mạnh Cường", "Phó Chủ tịch")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("68,5 tỷ đồng", 68500000000, "đồng"),
 Q("2.318 nhà Đại đoàn kết", 2318, "nhà Đại đoàn kết"), Q("2,17%", 2.17, "%"),
 Q("hơn 1.200 tỷ đồng", 1200000000000, "đồng", "over"), Q("trên 310.000 m2", 310000, "m2", "over"),
 Q("1.486 cuộc giám sát", 1486, "cuộc giám sát"), Q("312 hội nghị phản biện xã hội", 312, "hội nghị phản biện xã hội"),
 Q("65 vị", 65, "vị"), Q("5 vị", 5, "vị"), Q("5 chương trình trọng tâm", 5, "chương trình trọng tâm"), Q("10 đại biểu", 10, "đại biểu")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Chỉ thị", "30", "CT/TW", None, "Ban Bí thư", "Chỉ thị 30-CT/TW"),
 D("Chỉ thị", "28", "CT/TU", "2018-11-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 28-CT/TU ngày 15/11/2018")],
[prov("Hưng Yên"), com("Dị Sử")],
["BÁO HƯNG YÊN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hưng Yên", "Trang chủ > Chính trị > Mặt trận - Đoàn thể", "(BHY)",
 "Các đồng chí lãnh đạo tỉnh tặng hoa chúc mừng Đại hội.", "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Sống tốt đời, đẹp đạo", "Lượt xem: 1.602"],
["17/07/2019 - 17:20", "lần thứ XV", "nhiệm kỳ 2019 - 2024", "nhiệm kỳ 2014 - 2019", "khóa XV", "lần thứ nhất", "lần thứ IX", "Lượt xem: 1.602"]))
