from lib import *
PAGES = []

PAGES.append(page("b8963-thaibinh-hdnd-giamsat-dqtv-2017", """
HĐND TỈNH THÁI BÌNH - Cổng thông tin điện tử
Trang chủ » Hoạt động giám sát
19.10.2017 | 08:40
Giám sát việc thực hiện Luật Dân quân tự vệ và công tác tuyển quân tại huyện Kiến Xương
Ngày 18/10, Đoàn giám sát của Ban Pháp chế HĐND tỉnh do ông Phạm Văn Xuyên, Tỉnh ủy viên, Trưởng Ban Pháp chế HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện Luật Dân quân tự vệ và công tác tuyển chọn, gọi công dân nhập ngũ năm 2017 tại huyện Kiến Xương. Tham gia đoàn có các đồng chí Bùi Thị Nhàn, Lại Văn Tuấn - Ủy viên Ban Pháp chế HĐND tỉnh; Đại tá Vũ Mạnh Hùng, Phó Chỉ huy trưởng Bộ CHQS tỉnh.
Đoàn giám sát làm việc tại UBND huyện Kiến Xương.
Theo báo cáo của UBND huyện do đồng chí Đỗ Thị Lan, Phó Chủ tịch UBND huyện trình bày, huyện hiện có 2.450 cán bộ, chiến sĩ dân quân tự vệ, đạt 1,4% dân số; tỷ lệ đảng viên trong dân quân tự vệ đạt 21,3%. 37/37 xã, thị trấn có chi bộ quân sự. Huyện đã triển khai đầy đủ Nghị định số 03/2016/NĐ-CP ngày 05/01/2016 của Chính phủ và Nghị quyết số 35/2016/NQ-HĐND ngày 14/12/2016 của HĐND tỉnh quy định mức trợ cấp ngày công lao động cho dân quân là 119.200 đồng/ngày. Tổng kinh phí chi cho xây dựng, huấn luyện và hoạt động của lực lượng năm 2017 hơn 3,6 tỷ đồng.
Về tuyển quân, huyện giao 195 tân binh, đạt 100% chỉ tiêu, trong đó có 9 đảng viên; hơn 20% tân binh có trình độ từ trung cấp trở lên. Tuy vậy, vẫn có 4 tân binh bị trả về do phát hiện nghiện chất ma túy và bệnh lý sau khi khám phúc tra.
Trực tiếp giám sát tại xã Vũ Quý và thị trấn Thanh Nê, đoàn ghi nhận cơ sở vật chất phục vụ hoạt động của Ban CHQS xã được bảo đảm; tuy nhiên hồ sơ quản lý dân quân còn thiếu, một số thôn chưa có tổ dân quân tại chỗ. Ông Nguyễn Văn Thịnh, Chỉ huy trưởng Ban CHQS xã Vũ Quý kiến nghị tăng phụ cấp cho thôn đội trưởng, hiện chỉ 0,3 mức lương cơ sở.
Kết luận buổi giám sát, ông Phạm Văn Xuyên ghi nhận những kết quả huyện đạt được, đồng thời đề nghị UBND huyện chỉ đạo Hội đồng NVQS huyện siết chặt khâu khám tuyển, phối hợp với Công an làm tốt xét nghiệm ma túy trước khi giao quân, không để tân binh trả về; rà soát, kiện toàn lực lượng dân quân tại 5 xã còn thiếu thôn đội trưởng; quan tâm giải quyết chế độ cho dân quân khi làm nhiệm vụ. Các kiến nghị thuộc thẩm quyền của tỉnh sẽ được đoàn tổng hợp, báo cáo Thường trực HĐND tỉnh.
Trước đó, đoàn đã giám sát tại huyện Quỳnh Phụ và thành phố Thái Bình; dự kiến báo cáo kết quả giám sát tại kỳ họp thứ năm HĐND tỉnh khóa XVI.
Thu Hiền
Bài viết liên quan
- Ban Văn hóa - Xã hội HĐND tỉnh giám sát chính sách người có công (12/10/2017)
- Thường trực HĐND tỉnh tiếp xúc cử tri huyện Hưng Hà (03/10/2017)
- Giám sát việc thực hiện Luật Nghĩa vụ quân sự tại huyện Đông Hưng (25/09/2017)
""", "2017-10-19", "Giám sát việc thực hiện Luật Dân quân tự vệ và công tác tuyển quân tại huyện Kiến Xương",
E("giam_sat", "2017", "2017-10-18"),
[P("Phạm Văn Xuyên", "Tỉnh ủy viên", "Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Bùi Thị Nhàn", "Ủy viên Ban Pháp chế HĐND tỉnh"),
 P("Lại Văn Tuấn", "Ủy viên Ban Pháp chế HĐND tỉnh"),
 P("Vũ Mạnh Hùng", "Đại tá", "Phó Chỉ huy trưởng Bộ CHQS tỉnh"),
 P("Đỗ Thị Lan", "Phó Chủ tịch UBND huyện"),
 P("Nguyễn Văn Thịnh", "Chỉ huy trưởng Ban CHQS xã Vũ Quý")],
[Q("2.450 cán bộ, chiến sĩ dân quân tự vệ", 2450, "cán bộ, chiến sĩ dân quân tự vệ"), Q("1,4%", 1.4, "%"),
 Q("21,3%", 21.3, "%"), Q("37/37 xã, thị trấn", 37, "xã, thị trấn"), Q("119.200 đồng", 119200, "đồng"),
 Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"), Q("195 tân binh", 195, "tân binh"), Q("100% chỉ tiêu", 100, "%"),
 Q("9 đảng viên", 9, "đảng viên"), Q("hơn 20%", 20, "%", "over"), Q("4 tân binh", 4, "tân binh"), Q("5 xã", 5, "xã")],
[D("Nghị định", "03", "2016/NĐ-CP", "2016-01-05", "Chính phủ", "Nghị định số 03/2016/NĐ-CP ngày 05/01/2016"),
 D("Nghị quyết", "35", "2016/NQ-HĐND", "2016-12-14", "HĐND tỉnh", "Nghị quyết số 35/2016/NQ-HĐND ngày 14/12/2016")],
[prov("Thái Bình"), com("Vũ Quý"), com("Thanh Nê")],
["HĐND TỈNH THÁI BÌNH - Cổng thông tin điện tử", "Trang chủ » Hoạt động giám sát",
 "Đoàn giám sát làm việc tại UBND huyện Kiến Xương.", "Luật Dân quân tự vệ"],
["19.10.2017 | 08:40", "năm 2017", "0,3 mức lương cơ sở", "kỳ họp thứ năm", "khóa XVI"]))

PAGES.append(page("b8964-longan-hdnvqs-hoinghi-tuyenquan-2018", """
Báo Long An Online
You are here: Home > Tin tức > Quốc phòng - An ninh
25/01/2018 08:15
Ảnh: Quang cảnh hội nghị
Long An triển khai nhiệm vụ tuyển quân năm 2018
Ngày 24/01/2018, Hội đồng Nghĩa vụ quân sự tỉnh Long An tổ chức hội nghị triển khai nhiệm vụ tuyển chọn và gọi công dân nhập ngũ năm 2018. Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng NVQS tỉnh Nguyễn Hữu Phước chủ trì hội nghị, với sự tham dự của đại diện các sở, ngành và Hội đồng NVQS 15 huyện, thị xã, thành phố.
Năm 2017, toàn tỉnh đã khám sức khỏe cho 9.860 thanh niên, giao 1.630 tân binh, đạt 100% chỉ tiêu, trong đó có 42 đảng viên, 285 tân binh có trình độ cao đẳng, đại học. Địa phương thực hiện đúng Thông tư liên tịch số 16/2016/TTLT-BYT-BQP của Bộ Y tế, Bộ Quốc phòng về khám sức khỏe thực hiện nghĩa vụ quân sự và Nghị định số 13/2016/NĐ-CP của Chính phủ về đăng ký nghĩa vụ quân sự. Tuy nhiên, còn 11 công dân không chấp hành lệnh gọi khám tuyển, 2 trường hợp bỏ trốn khỏi đơn vị.
Năm 2018, theo Quyết định số 4588/QĐ-UBND ngày 29/12/2017 của UBND tỉnh, Long An được giao 1.700 công dân nhập ngũ, trong đó 1.560 tân binh cho quân đội và 140 công dân thực hiện nghĩa vụ tham gia Công an nhân dân. Lễ giao nhận quân được tổ chức đồng loạt trong 1 ngày, dự kiến ngày 02/3/2018.
Phát biểu tại hội nghị, Đại tá Trần Văn Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ CHQS tỉnh đề nghị các địa phương quán triệt Kết luận 18, 19-KL/TU của Ban Thường vụ Tỉnh ủy về lãnh đạo công tác quân sự, quốc phòng địa phương và xây dựng lực lượng dân quân tự vệ; làm tốt công tác tuyên truyền Luật Nghĩa vụ quân sự năm 2015 đến từng hộ gia đình, nhất là ở các xã biên giới.
Tại hội nghị, các đồng chí Chủ tịch UBND huyện: Lê Hoàng Sơn (Đức Hòa), Võ Thị Thu Cúc (Cần Giuộc) trình bày kinh nghiệm phối hợp giữa Ban CHQS với Công an xã, Đoàn Thanh niên trong quản lý nguồn. Ông Huỳnh Văn Lợi, Chủ tịch UBND xã Mỹ Quý Tây (Đức Huệ), cho biết xã biên giới có nhiều thanh niên đi làm ăn xa nên phải nhờ người thân liên lạc, vận động về khám tuyển.
Kết luận hội nghị, ông Nguyễn Hữu Phước yêu cầu các địa phương hoàn thành khám tuyển trước ngày 31/01/2018; công khai danh sách công dân đủ điều kiện nhập ngũ tại 188 xã, phường, thị trấn; giao quân đủ 100% chỉ tiêu, bảo đảm chất lượng, không để tân binh trả về. Ủy ban MTTQ và các đoàn thể chuẩn bị chu đáo việc thăm hỏi, tặng quà cho tân binh và gia đình, nhất là gia đình thuộc hộ nghèo, hộ cận nghèo.
Dịp này, Hội đồng NVQS tỉnh trao giấy khen cho 8 tập thể có thành tích trong công tác tuyển quân năm 2017, trong đó có Hội đồng NVQS thị trấn Hậu Nghĩa.
Thanh Nhàn
Tin khác
- Tân Thạnh: 98 thanh niên lên đường nhập ngũ (10/03/2017)
- Bộ CHQS tỉnh tổng kết công tác quốc phòng năm 2017 (28/12/2017)
- Cần Đước diễn tập khu vực phòng thủ năm 2017 (16/11/2017)
""", "2018-01-25", "Long An triển khai nhiệm vụ tuyển quân năm 2018",
E("hoi_nghi", "2018", "2018-01-24"),
[P("Nguyễn Hữu Phước", "Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng NVQS tỉnh"),
 P("Trần Văn Tâm", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ CHQS tỉnh"),
 P("Lê Hoàng Sơn", "Chủ tịch UBND huyện"),
 P("Võ Thị Thu Cúc", "Chủ tịch UBND huyện"),
 P("Huỳnh Văn Lợi", "Chủ tịch UBND xã Mỹ Quý Tây")],
[Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"), Q("9.860 thanh niên", 9860, "thanh niên"),
 Q("1.630 tân binh", 1630, "tân binh"), Q("100% chỉ tiêu", 100, "%"), Q("42 đảng viên", 42, "đảng viên"),
 Q("285 tân binh", 285, "tân binh"), Q("11 công dân", 11, "công dân"), Q("2 trường hợp", 2, "trường hợp"),
 Q("1.700 công dân", 1700, "công dân"), Q("1.560 tân binh", 1560, "tân binh"), Q("140 công dân", 140, "công dân"),
 Q("188 xã, phường, thị trấn", 188, "xã, phường, thị trấn"), Q("đủ 100% chỉ tiêu", 100, "%"), Q("8 tập thể", 8, "tập thể")],
[D("Thông tư liên tịch", "16", "2016/TTLT-BYT-BQP", None, "Bộ Y tế, Bộ Quốc phòng", "Thông tư liên tịch số 16/2016/TTLT-BYT-BQP"),
 D("Nghị định", "13", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 13/2016/NĐ-CP"),
 D("Quyết định", "4588", "QĐ-UBND", "2017-12-29", "UBND tỉnh", "Quyết định số 4588/QĐ-UBND ngày 29/12/2017"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU"),
 D("Kết luận", "19", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU")],
[prov("Long An"), com("Mỹ Quý Tây"), com("Hậu Nghĩa")],
["Báo Long An Online", "You are here: Home > Tin tức > Quốc phòng - An ninh", "Ảnh: Quang cảnh hội nghị",
 "Luật Nghĩa vụ quân sự năm 2015"],
["25/01/2018 08:15", "Năm 2017", "năm 2018", "1 ngày", "ngày 02/3/2018", "ngày 31/01/2018"]))

PAGES.append(page("b8965-thuathienhue-huongthuy-tongket-qpdp-2018", """
Hôm nay: Thứ Sáu, 21/12/2018
CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ HƯƠNG THỦY
Trang chủ :: Tin tức sự kiện :: Quốc phòng - An ninh
Thứ Năm, 20/12/2018 - 16:45
Hương Thủy tổng kết công tác quốc phòng, quân sự địa phương năm 2018
Sáng ngày 19/12/2018, Thị ủy - UBND thị xã Hương Thủy (tỉnh Thừa Thiên Huế) tổ chức hội nghị tổng kết công tác quốc phòng, quân sự địa phương năm 2018, triển khai nhiệm vụ năm 2019. Dự hội nghị có Đại tá Hồ Đắc Thành, Phó Chỉ huy trưởng Bộ CHQS tỉnh; các đồng chí Ủy viên Ban Thường vụ Thị ủy: Lê Ngọc Sơn, Trương Thị Hạnh, Nguyễn Công Bảo.
Năm 2018, thị xã đã quán triệt, triển khai Nghị quyết 06-NQ/TU của Ban Thường vụ Thị ủy về tăng cường lãnh đạo công tác quốc phòng địa phương giai đoạn 2016 - 2020 và Kế hoạch số 225/KH-UBND ngày 12/3/2018 của UBND thị xã về huấn luyện dân quân tự vệ. Lực lượng dân quân tự vệ được kiện toàn với 1.320 cán bộ, chiến sĩ, đạt 1,3% dân số, trong đó dân quân thường trực 2 tiểu đội; tỷ lệ đảng viên đạt 22,4%. Công tác huấn luyện đạt 100% kế hoạch, kết quả kiểm tra có 78% khá, giỏi.
Thị xã giao 213 tân binh, đạt 100% chỉ tiêu, trong đó phường Phú Bài giao nhiều nhất với 31 tân binh. Nhân dịp lễ giao nhận quân, các cơ quan, đơn vị, doanh nghiệp trên địa bàn trao 213 phần quà, mỗi phần 500.000 đồng, tổng trị giá hơn 106 triệu đồng. Diễn tập chiến đấu phòng thủ được tổ chức thành công tại 2 xã Thủy Bằng, Dương Hòa, được Bộ CHQS tỉnh đánh giá đạt loại giỏi.
Công tác chính sách được quan tâm: giải quyết chế độ cho 46 đối tượng theo Quyết định 49/2015/QĐ-TTg của Thủ tướng Chính phủ về chế độ đối với dân công hỏa tuyến; xây dựng 3 nhà tình nghĩa với tổng kinh phí 180 triệu đồng.
Tại hội nghị, 4 ý kiến tham luận làm rõ cách làm hay ở cơ sở. Các đồng chí Trần Văn Lực, Hoàng Thị Kim Chi - Chỉ huy trưởng Ban CHQS phường chia sẻ kinh nghiệm quản lý quân nhân dự bị đi làm ăn xa; ông Nguyễn Văn Tám, Chủ tịch UBND xã Dương Hòa, nêu cách huy động lực lượng dân quân và nhân dân vùng gò đồi tham gia diễn tập, bảo đảm hậu cần tại chỗ.
Phát biểu chỉ đạo, đồng chí Lê Ngọc Sơn, Phó Bí thư Thị ủy, Chủ tịch UBND thị xã, Chủ tịch Hội đồng NVQS thị xã, biểu dương các phường, xã đã làm tốt, đồng thời chỉ ra hạn chế: việc đăng ký quân nhân dự bị ở một số phường chưa chặt chẽ; phụ cấp cho thôn đội trưởng chưa kịp thời. Năm 2019, thị xã phấn đấu giao quân đạt 100% chỉ tiêu, tổ chức tốt hội thao dân quân tự vệ và diễn tập cho phường Thủy Dương.
Dịp này, UBND thị xã tặng giấy khen cho 7 tập thể, 12 cá nhân; Trung tá Phan Thanh Hải, Chỉ huy trưởng Ban CHQS thị xã, nhận Bằng khen của UBND tỉnh.
Phú Lộc
Tin liên quan
- Hương Thủy: 213 thanh niên lên đường nhập ngũ (02/03/2018)
- Hội thao dân quân tự vệ thị xã năm 2018 (15/08/2018)
- Diễn tập chiến đấu phòng thủ xã Thủy Bằng (20/10/2018)
""", "2018-12-20", "Hương Thủy tổng kết công tác quốc phòng, quân sự địa phương năm 2018",
E("tong_ket", "2018", "2018-12-19"),
[P("Hồ Đắc Thành", "Đại tá", "Phó Chỉ huy trưởng Bộ CHQS tỉnh"),
 P("Lê Ngọc Sơn", "Ủy viên Ban Thường vụ Thị ủy", "Phó Bí thư Thị ủy", "Chủ tịch UBND thị xã", "Chủ tịch Hội đồng NVQS thị xã"),
 P("Trương Thị Hạnh", "Ủy viên Ban Thường vụ Thị ủy"),
 P("Nguyễn Công Bảo", "Ủy viên Ban Thường vụ Thị ủy"),
 P("Phan Thanh Hải", "Trung tá", "Chỉ huy trưởng Ban CHQS thị xã"),
 P("Trần Văn Lực", "Chỉ huy trưởng Ban CHQS phường"),
 P("Hoàng Thị Kim Chi", "Chỉ huy trưởng Ban CHQS phường"),
 P("Nguyễn Văn Tám", "Chủ tịch UBND xã Dương Hòa")],
[Q("1.320 cán bộ, chiến sĩ", 1320, "cán bộ, chiến sĩ"), Q("1,3%", 1.3, "%"), Q("2 tiểu đội", 2, "tiểu đội"),
 Q("22,4%", 22.4, "%"), Q("100% kế hoạch", 100, "%"), Q("78%", 78, "%"), Q("213 tân binh", 213, "tân binh"),
 Q("100% chỉ tiêu", 100, "%"), Q("31 tân binh", 31, "tân binh"), Q("213 phần quà", 213, "phần quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("hơn 106 triệu đồng", 106000000, "đồng", "over"), Q("2 xã", 2, "xã"),
 Q("46 đối tượng", 46, "đối tượng"), Q("3 nhà tình nghĩa", 3, "nhà tình nghĩa"), Q("180 triệu đồng", 180000000, "đồng"),
 Q("7 tập thể", 7, "tập thể"), Q("12 cá nhân", 12, "cá nhân"),
 Q("4 ý kiến tham luận", 4, "ý kiến tham luận")],
[D("Nghị quyết", "06", "NQ/TU", None, "Ban Thường vụ Thị ủy", "Nghị quyết 06-NQ/TU"),
 D("Kế hoạch", "225", "KH-UBND", "2018-03-12", "UBND thị xã", "Kế hoạch số 225/KH-UBND ngày 12/3/2018"),
 D("Quyết định", "49", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 49/2015/QĐ-TTg")],
[prov("Thừa Thiên Huế"), com("Phú Bài"), com("Thủy Bằng"), com("Dương Hòa"), com("Thủy Dương")],
["Hôm nay: Thứ Sáu, 21/12/2018", "CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ HƯƠNG THỦY", "Trang chủ :: Tin tức sự kiện :: Quốc phòng - An ninh"],
["Hôm nay: Thứ Sáu, 21/12/2018", "Thứ Năm, 20/12/2018 - 16:45", "năm 2018", "năm 2019", "giai đoạn 2016 - 2020", "Năm 2019"]))

PAGES.append(page("b8966-tuyenquang-nahang-hlhpn-quatanbinh-2019", """
Báo Tuyên Quang điện tử
Xã hội | Phụ nữ
08:15 | 13/02/2019
Na Hang: Phụ nữ tặng quà tân binh, tiếp sức người lính trẻ
Chiều 12/2, Hội Liên hiệp Phụ nữ huyện Na Hang phối hợp với Ban CHQS huyện tổ chức gặp mặt, tặng 135 suất quà cho tân binh chuẩn bị lên đường nhập ngũ năm 2019. Bà Ma Thị Nguyệt, HUV, Chủ tịch Hội LHPN huyện, và Trung tá Bàn Văn Kiên, Chỉ huy trưởng Ban CHQS huyện dự, trao quà.
Hội LHPN huyện trao quà cho tân binh. Ảnh: Hồng Nhung
Năm nay, huyện Na Hang (tỉnh Tuyên Quang) giao 135 công dân nhập ngũ, trong đó 128 tân binh vào quân đội, 7 tân binh thực hiện nghĩa vụ tham gia Công an nhân dân. Tân binh chủ yếu là con em đồng bào dân tộc Tày, Dao, Mông ở các xã vùng cao như Côn Lôn, Sơn Phú, Đà Vị. Thực hiện Kế hoạch số 09-KH/HU ngày 20/10/2018 của Huyện ủy về lãnh đạo công tác tuyển quân năm 2019, các cơ sở Hội đã tham gia tuyên truyền, vận động 100% gia đình có con trúng tuyển động viên con em lên đường.
Mỗi suất quà trị giá 500.000 đồng gồm tiền mặt, khăn mặt, bàn chải, kim chỉ và thư của các mẹ, các chị gửi gắm tâm tình. Tổng trị giá quà gần 70 triệu đồng, do các cơ sở Hội vận động từ các cấp hội, hội viên và các nhà hảo tâm. Đây là năm thứ ba Hội LHPN huyện thực hiện mô hình "Tiếp sức người lính", gắn với Chương trình hành động số 12-CTr/HU của Ban Thường vụ Huyện ủy về thực hiện Nghị quyết Đại hội Đảng bộ huyện.
Phát biểu tại buổi gặp mặt, bà Ma Thị Nguyệt gửi gắm: "Các em hãy coi đơn vị là nhà, đồng đội là anh em. Các mẹ, các chị ở quê sẽ luôn dõi theo và thăm hỏi gia đình các em". Trung tá Bàn Văn Kiên thông tin về lịch giao nhận quân và nhắc nhở tân binh giữ gìn sức khỏe trong những ngày còn lại ở địa phương.
Chị Hoàng Thị Nguyên, Chủ tịch Hội LHPN xã Côn Lôn, cho biết: Hội viên phụ nữ các thôn đã đến từng gia đình tân binh thăm hỏi, tặng quà nhỏ, động viên những gia đình có hoàn cảnh khó khăn. Riêng thị trấn Na Hang có 26 gia đình tân binh được hội viên trực tiếp đến thăm.
Xúc động nhận quà, tân binh Giàng A Chu ở thôn Phiêng Ngàm, xã Sơn Phú, nói: "Em là người Mông đầu tiên trong thôn được học cấp ba rồi đi bộ đội. Em hứa sẽ cố gắng để mẹ yên lòng". Còn tân binh Bàn Văn Thành, người Dao ở xã Đà Vị, mong được học lái xe trong quân đội để sau này về quê lập nghiệp.
Cũng trong tuần này, Huyện đoàn Na Hang tổ chức chương trình "Tiễn tân binh lên đường" với 45 đoàn viên thanh niên tham gia văn nghệ.
Hồng Nhung
Tin cùng chuyên mục
- Lâm Bình: 118 tân binh sẵn sàng lên đường (12/02/2019)
- Sơn Dương: mẹ đỡ đầu trẻ mồ côi (28/01/2019)
- Chiêm Hóa: thăm, tặng quà Tết hội viên nghèo (25/01/2019)
""", "2019-02-13", "Na Hang: Phụ nữ tặng quà tân binh, tiếp sức người lính trẻ",
E("trao_qua", None, "2019-02-12"),
[P("Ma Thị Nguyệt", "HUV", "Chủ tịch Hội LHPN huyện"),
 P("Bàn Văn Kiên", "Trung tá", "Chỉ huy trưởng Ban CHQS huyện"),
 P("Hoàng Thị Nguyên", "Chủ tịch Hội LHPN xã Côn Lôn"),
 P("Giàng A Chu", "tân binh"),
 P("Bàn Văn Thành", "tân binh")],
[Q("135 suất quà", 135, "suất quà"), Q("135 công dân", 135, "công dân"), Q("128 tân binh", 128, "tân binh"),
 Q("7 tân binh", 7, "tân binh"), Q("100% gia đình", 100, "%"), Q("500.000 đồng", 500000, "đồng"),
 Q("gần 70 triệu đồng", 70000000, "đồng", "approx"), Q("26 gia đình tân binh", 26, "gia đình tân binh"),
 Q("45 đoàn viên thanh niên", 45, "đoàn viên thanh niên")],
[D("Kế hoạch", "09", "KH/HU", "2018-10-20", "Huyện ủy", "Kế hoạch số 09-KH/HU ngày 20/10/2018"),
 D("Chương trình hành động", "12", "CTr/HU", None, "Ban Thường vụ Huyện ủy", "Chương trình hành động số 12-CTr/HU")],
[prov("Tuyên Quang"), com("Côn Lôn"), com("Sơn Phú"), com("Đà Vị"), com("Na Hang")],
["Báo Tuyên Quang điện tử", "Xã hội | Phụ nữ", "Hội LHPN huyện trao quà cho tân binh. Ảnh: Hồng Nhung",
 "Tiếp sức người lính", "Tiễn tân binh lên đường"],
["08:15 | 13/02/2019", "năm 2019", "năm thứ ba"]))

PAGES.append(page("b8967-camau-tranvanthoi-daihoi-thidua-2019", """
BÁO CÀ MAU - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau
Trang chủ >> Quốc phòng - An ninh
22-11-2019 09:40
Trần Văn Thời: Đại hội Thi đua Quyết thắng lực lượng vũ trang giai đoạn 2014 - 2019
Ngày 21/11, Ban CHQS huyện Trần Văn Thời tổ chức Đại hội Thi đua Quyết thắng lực lượng vũ trang huyện giai đoạn 2014 - 2019, với sự tham dự của 150 đại biểu tiêu biểu cho lực lượng dân quân tự vệ, dự bị động viên và bộ đội thường trực trên địa bàn.
Tham dự đại hội có các đồng chí: Trần Văn Nghĩa, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Trần Văn Thời; Đại tá Lâm Minh Hậu, Phó Chính ủy Bộ CHQS tỉnh Cà Mau; Nguyễn Thị Kiều Oanh, Phó Chủ tịch UBND huyện.
Đại tá Lâm Minh Hậu trao cờ thi đua cho các tập thể.
Báo cáo tại đại hội do Thượng tá Lê Thanh Phong - Chính trị viên Ban CHQS huyện trình bày cho biết, 5 năm qua, phong trào thi đua Quyết thắng được triển khai theo Hướng dẫn số 1532/HD-CT ngày 15/4/2014 của Cục Chính trị Quân khu 9 và Kế hoạch số 156/KH-BCH ngày 10/6/2019 của Ban CHQS huyện. Lực lượng vũ trang huyện đã hoàn thành tốt nhiệm vụ huấn luyện, sẵn sàng chiến đấu; lực lượng dân quân tự vệ duy trì 1.250 đồng chí, trong đó dân quân biển 2 trung đội. Huyện giao 1.430 tân binh trong 5 năm, năm nào cũng đạt 100% chỉ tiêu; tỷ lệ tân binh có trình độ văn hóa từ lớp 9 trở lên đạt 98,7%.
Hưởng ứng phong trào "Dân vận khéo", lực lượng vũ trang huyện đã giúp dân hơn 12.000 ngày công, nạo vét 23 km kênh mương; cùng các đơn vị vận động xây dựng 17 căn nhà đồng đội với tổng kinh phí hơn 850 triệu đồng. Ban CHQS thị trấn Sông Đốc phối hợp Đồn Biên phòng tuyên truyền cho hơn 300 lượt ngư dân về chủ quyền biển, đảo.
Tại đại hội, đồng chí Đặng Văn Bé, Chỉ huy trưởng Ban CHQS xã Khánh Bình Tây Bắc, tham luận về xây dựng dân quân tự vệ "vững mạnh, rộng khắp"; chị Nguyễn Thị Hồng Nhiên, Trung đội trưởng Trung đội dân quân cơ động xã Khánh Hải, chia sẻ kinh nghiệm của một nữ cán bộ dân quân.
Phát biểu chỉ đạo, đồng chí Trần Văn Nghĩa biểu dương những thành tích của lực lượng vũ trang huyện, đề nghị tiếp tục đẩy mạnh phong trào thi đua gắn với thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị, làm tốt công tác tuyển quân năm 2020.
Dịp này, UBND huyện tặng giấy khen cho 27 tập thể và 45 cá nhân tiêu biểu; đại hội bầu 8 đại biểu dự Đại hội Thi đua Quyết thắng lực lượng vũ trang tỉnh.
Hoàng Vũ
Tin khác
- U Minh: Đại hội Thi đua Quyết thắng giai đoạn 2014 - 2019 (19/11/2019)
- Trao nhà đồng đội cho quân nhân khó khăn (05/11/2019)
- Huấn luyện dân quân biển năm 2019 (20/08/2019)
""", "2019-11-22", "Trần Văn Thời: Đại hội Thi đua Quyết thắng lực lượng vũ trang giai đoạn 2014 - 2019",
E("dai_hoi", None, "2019-11-21"),
[P("Trần Văn Nghĩa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Huyện ủy Trần Văn Thời"),
 P("Lâm Minh Hậu", "Đại tá", "Phó Chính ủy Bộ CHQS tỉnh Cà Mau"),
 P("Nguyễn Thị Kiều Oanh", "Phó Chủ tịch UBND huyện"),
 P("Lê Thanh Phong", "Thượng tá", "Chính trị viên Ban CHQS huyện"),
 P("Đặng Văn Bé", "Chỉ huy trưởng Ban CHQS xã Khánh Bình Tây Bắc"),
 P("Nguyễn Thị Hồng Nhiên", "Trung đội trưởng Trung đội dân quân cơ động xã Khánh Hải")],
[Q("150 đại biểu tiêu biểu", 150, "đại biểu tiêu biểu"), Q("1.250 đồng chí", 1250, "đồng chí"),
 Q("2 trung đội", 2, "trung đội"), Q("1.430 tân binh", 1430, "tân binh"), Q("100% chỉ tiêu", 100, "%"),
 Q("98,7%", 98.7, "%"), Q("hơn 12.000 ngày công", 12000, "ngày công", "over"), Q("23 km", 23, "km"),
 Q("17 căn nhà đồng đội", 17, "căn nhà đồng đội"), Q("hơn 850 triệu đồng", 850000000, "đồng", "over"),
 Q("hơn 300 lượt ngư dân", 300, "lượt ngư dân", "over"), Q("27 tập thể", 27, "tập thể"),
 Q("45 cá nhân tiêu biểu", 45, "cá nhân tiêu biểu"), Q("8 đại biểu", 8, "đại biểu")],
[D("Hướng dẫn", "1532", "HD-CT", "2014-04-15", "Cục Chính trị Quân khu 9", "Hướng dẫn số 1532/HD-CT ngày 15/4/2014"),
 D("Kế hoạch", "156", "KH-BCH", "2019-06-10", "Ban CHQS huyện", "Kế hoạch số 156/KH-BCH ngày 10/6/2019"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW của Bộ Chính trị")],
[prov("Cà Mau"), com("Sông Đốc"), com("Khánh Bình Tây Bắc"), com("Khánh Hải")],
["BÁO CÀ MAU - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau", "Trang chủ >> Quốc phòng - An ninh",
 "Đại tá Lâm Minh Hậu trao cờ thi đua cho các tập thể.", "Dân vận khéo", "vững mạnh, rộng khắp", "Quyết thắng"],
["22-11-2019 09:40", "giai đoạn 2014 - 2019", "5 năm", "lớp 9", "năm 2020", "1.250 đồng chí", "Quân khu 9"]))

PAGES.append(page("b8968-daklak-bchqs-taphuan-luatdqtv-2020", """
Báo Đắk Lắk điện tử
Trang chủ › Quốc phòng - An ninh › Tin tức
Ngày 14/08/2020 | 09:15
Tập huấn Luật Dân quân tự vệ năm 2019 cho hơn 240 học viên
Trong 2 ngày 12 và 13/8, Bộ Chỉ huy Quân sự tỉnh Đắk Lắk tổ chức lớp tập huấn Luật Dân quân tự vệ năm 2019 và Luật Lực lượng dự bị động viên năm 2019 cho hơn 240 học viên là chủ tịch UBND, chỉ huy trưởng Ban CHQS các xã, phường, thị trấn và cán bộ các cơ quan, đơn vị trong tỉnh. Lớp học được tổ chức theo hai điểm cầu, bảo đảm các biện pháp phòng, chống dịch Covid-19.
Đại tá Y Ngông Niê, Phó Chỉ huy trưởng Bộ CHQS tỉnh phát biểu khai mạc.
Theo Kế hoạch số 2156/KH-UBND ngày 20/7/2020 của UBND tỉnh, các học viên được quán triệt những nội dung cơ bản, điểm mới của Luật Dân quân tự vệ số 48/2019/QH14 ngày 22/11/2019 (có hiệu lực từ ngày 1/7/2020) và Luật Lực lượng dự bị động viên số 53/2019/QH14; Nghị định số 72/2020/NĐ-CP ngày 30/6/2020 của Chính phủ quy định chi tiết một số điều của Luật Dân quân tự vệ về tổ chức xây dựng lực lượng và chế độ, chính sách đối với dân quân tự vệ.
Theo báo cáo viên, Đại tá Y Ngông Niê, Phó Chỉ huy trưởng Bộ CHQS tỉnh, điểm mới đáng chú ý của Luật là bổ sung lực lượng dân quân thường trực; quy định tỷ lệ dân quân tự vệ từ 1,2% đến 1,4% dân số; mức phụ cấp chức vụ của Chỉ huy trưởng Ban CHQS cấp xã được nâng lên. Hiện toàn tỉnh có 184 xã, phường, thị trấn, đã xây dựng được hơn 19.500 cán bộ, chiến sĩ dân quân tự vệ, trong đó khoảng 35% là người đồng bào dân tộc thiểu số.
Các đại biểu được thảo luận, giải đáp vướng mắc. Bà H'Linh Mlô, Chủ tịch UBND xã Ea Tu, kiến nghị sớm có hướng dẫn về chế độ cho dân quân thường trực ở các xã có đường biên giới. Ông Y Jăk Êban, Chỉ huy trưởng Ban CHQS xã Hòa Thắng, đề nghị tỉnh sớm ban hành nghị quyết về mức trợ cấp ngày công cho dân quân theo Luật mới.
Trung tá Nguyễn Đức Long, Trưởng phòng Tham mưu Bộ CHQS tỉnh, giải đáp: tỉnh đang xây dựng dự thảo nghị quyết trình HĐND tỉnh tại kỳ họp cuối năm 2020, dự kiến mức trợ cấp ngày công là 149.000 đồng/ngày.
Kết thúc lớp tập huấn, các học viên làm bài thu hoạch, 100% đạt yêu cầu, trong đó 62 học viên đạt loại giỏi. Ban CHQS thị trấn Buôn Trấp và xã Ea Tu được biểu dương vì đã tổ chức tuyên truyền Luật đến từng buôn.
Theo kế hoạch, tháng 9/2020, Bộ CHQS tỉnh sẽ tổ chức kiểm tra việc triển khai Luật tại 15 huyện, thị xã, thành phố.
H'Xíu
Tin liên quan
- Krông Ana: huấn luyện dân quân năm thứ nhất (05/08/2020)
- Đắk Lắk: hoàn thành giao nhận quân năm 2020 (20/02/2020)
- Tổ chức lực lượng dân quân thường trực (30/07/2020)
""", "2020-08-14", "Tập huấn Luật Dân quân tự vệ năm 2019 cho hơn 240 học viên",
E("tap_huan", "2020", "2020-08-12"),
[P("Y Ngông Niê", "Đại tá", "Phó Chỉ huy trưởng Bộ CHQS tỉnh"),
 P("H'Linh Mlô", "Chủ tịch UBND xã Ea Tu"),
 P("Y Jăk Êban", "Chỉ huy trưởng Ban CHQS xã Hòa Thắng"),
 P("Nguyễn Đức Long", "Trung tá", "Trưởng phòng Tham mưu Bộ CHQS tỉnh")],
[Q("hơn 240 học viên", 240, "học viên", "over"), Q("hai điểm cầu", 2, "điểm cầu"),
 Q("1,2%", 1.2, "%"), Q("1,4%", 1.4, "%"), Q("184 xã, phường, thị trấn", 184, "xã, phường, thị trấn"),
 Q("hơn 19.500 cán bộ, chiến sĩ dân quân tự vệ", 19500, "cán bộ, chiến sĩ dân quân tự vệ", "over"),
 Q("khoảng 35%", 35, "%", "approx"), Q("149.000 đồng", 149000, "đồng"),
 Q("100%", 100, "%"), Q("62 học viên", 62, "học viên"), Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố")],
[D("Kế hoạch", "2156", "KH-UBND", "2020-07-20", "UBND tỉnh", "Kế hoạch số 2156/KH-UBND ngày 20/7/2020"),
 D("Luật", "48", "2019/QH14", "2019-11-22", None, "Luật Dân quân tự vệ số 48/2019/QH14 ngày 22/11/2019"),
 D("Luật", "53", "2019/QH14", None, None, "Luật Lực lượng dự bị động viên số 53/2019/QH14"),
 D("Nghị định", "72", "2020/NĐ-CP", "2020-06-30", "Chính phủ", "Nghị định số 72/2020/NĐ-CP ngày 30/6/2020")],
[prov("Đắk Lắk"), com("Ea Tu"), com("Hòa Thắng"), com("Buôn Trấp")],
["Báo Đắk Lắk điện tử", "Trang chủ › Quốc phòng - An ninh › Tin tức",
 "Đại tá Y Ngông Niê, Phó Chỉ huy trưởng Bộ CHQS tỉnh phát biểu khai mạc.", "Covid-19"],
["Ngày 14/08/2020 | 09:15", "2 ngày", "năm 2019", "năm 2020", "Covid-19", "tháng 9/2020", "ngày 1/7/2020"]))
