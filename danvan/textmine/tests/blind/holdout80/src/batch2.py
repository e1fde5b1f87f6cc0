from lib import *
PAGES = []

PAGES.append(page("b1883-hagiang-hlhpn-daihoi-2016", """
BÁO HÀ GIANG ĐIỆN TỬ
Thời sự › Chính trị › Mặt trận - Đoàn thể
Cập nhật ngày 26 tháng 08 năm 2016
Đại hội đại biểu Phụ nữ tỉnh Hà Giang lần thứ XV, nhiệm kỳ 2016 - 2021 thành công tốt đẹp
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.
BHG - Trong 2 ngày 24 và 25/8, tại Trung tâm Hội nghị tỉnh, Hội LHPN tỉnh Hà Giang tổ chức Đại hội đại biểu Phụ nữ tỉnh lần thứ XV, nhiệm kỳ 2016 - 2021. Dự đại hội có đồng chí Nguyễn Thị Thu Hương, Ủy viên Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam; đồng chí Vàng Thị Mai, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; cùng 298 đại biểu chính thức đại diện cho hơn 186.000 hội viên trong toàn tỉnh. Đại hội có chủ đề "Đoàn kết - Sáng tạo - Bình đẳng - Phát triển".
Báo cáo của Ban Chấp hành khóa XIV cho thấy, nhiệm kỳ qua các cấp hội đã kết nạp 21.450 hội viên mới; vận động xây dựng 1.150 căn nhà tình thương; phối hợp Ngân hàng Chính sách xã hội quản lý dư nợ ủy thác 890 tỷ đồng; giúp 6.820 hộ nghèo thoát nghèo. Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" có 78% số hộ đăng ký tham gia. Hội đã tham mưu Tỉnh ủy ban hành Nghị quyết 06-NQ/TU về công tác cán bộ nữ người dân tộc thiểu số, triển khai Quyết định số 2351/QĐ-TTg ngày 24/12/2010 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia về bình đẳng giới.
Thảo luận tại đại hội, chị Ly Thị Chư, Chủ tịch Hội LHPN xã Lũng Cú, chia sẻ kinh nghiệm vận động chị em người Mông bỏ tảo hôn, hôn nhân cận huyết thống; chị Lò Thị Sáu, người dân tộc Lô Lô ở xã Sủng Là, kể về tổ phụ nữ dệt thổ cẩm làm du lịch cộng đồng. Hội LHPN thị trấn Yên Minh tham luận về mô hình "Tiếng kẻng an ninh" trong chị em tiểu thương.
Phát biểu chỉ đạo, đồng chí Vàng Thị Mai đề nghị Hội tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, quan tâm đào tạo cán bộ hội ở vùng cao núi đá.
Đại hội đã bầu Ban Chấp hành Hội LHPN tỉnh khóa XV gồm 35 đồng chí; Ban Thường vụ gồm 11 đồng chí. Đồng chí Hoàng Thị Nhung được tín nhiệm bầu giữ chức Chủ tịch Hội LHPN tỉnh khóa XV; các đồng chí Sùng Thị Mỷ, Bàn Thị Xuân được bầu giữ chức Phó Chủ tịch Hội LHPN tỉnh. Đại hội cũng bầu 9 đại biểu chính thức đi dự Đại hội đại biểu Phụ nữ toàn quốc lần thứ XII.
Các ý kiến tại đại hội thẳng thắn chỉ ra hạn chế: tỷ lệ tập hợp hội viên ở một số xã biên giới còn thấp, cán bộ hội cơ sở phần lớn chưa qua đào tạo, việc nắm bắt tâm tư của chị em đi làm ăn xa còn chậm. Nhiều ý kiến đề nghị có chính sách riêng cho cán bộ hội thôn bản.
Mai Phương
Tin cùng chuyên mục
- Đồng Văn: Đại hội Phụ nữ huyện lần thứ XVIII (05/07/2016)
- Hội LHPN tỉnh trao 50 con bò cho phụ nữ nghèo (20/06/2016)
- Bắc Mê ra mắt câu lạc bộ phòng, chống mua bán người (02/06/2016)
""", "2016-08-26", "Đại hội đại biểu Phụ nữ tỉnh Hà Giang lần thứ XV, nhiệm kỳ 2016 - 2021 thành công tốt đẹp",
E("dai_hoi", None, "2016-08-24"),
[P("Nguyễn Thị Thu Hương", "Ủy viên Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam"),
 P("Vàng Thị Mai", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Ly Thị Chư", "Chủ tịch Hội LHPN xã Lũng Cú"),
 P("Lò Thị Sáu"),
 P("Hoàng Thị Nhung", "Chủ tịch Hội LHPN tỉnh khóa XV"),
 P("Sùng Thị Mỷ", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Bàn Thị Xuân", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("298 đại biểu chính thức", 298, "đại biểu chính thức"), Q("hơn 186.000 hội viên", 186000, "hội viên", "over"),
 Q("21.450 hội viên mới", 21450, "hội viên mới"), Q("1.150 căn nhà tình thương", 1150, "căn nhà tình thương"),
 Q("890 tỷ đồng", 890000000000, "đồng"), Q("6.820 hộ nghèo", 6820, "hộ nghèo"), Q("78%", 78, "%"),
 Q("35 đồng chí", 35, "đồng chí"), Q("11 đồng chí", 11, "đồng chí"), Q("9 đại biểu chính thức", 9, "đại biểu chính thức")],
[D("Nghị quyết", "06", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết 06-NQ/TU"),
 D("Quyết định", "2351", "QĐ-TTg", "2010-12-24", "Thủ tướng Chính phủ", "Quyết định số 2351/QĐ-TTg ngày 24/12/2010"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sủng Là"), com("Yên Minh")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Thời sự › Chính trị › Mặt trận - Đoàn thể", "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.",
 "BHG", "Đoàn kết - Sáng tạo - Bình đẳng - Phát triển", "Xây dựng gia đình 5 không, 3 sạch", "Tiếng kẻng an ninh",
 "Trung tâm Hội nghị tỉnh"],
["lần thứ XV", "nhiệm kỳ 2016 - 2021", "2 ngày", "khóa XIV", "5 không, 3 sạch", "khóa XV", "35 đồng chí", "11 đồng chí",
 "lần thứ XII"]))

PAGES.append(page("b1884-quangtri-hccb-tongket-2017", """
Hội Cựu chiến binh tỉnh Quảng Trị - Trang thông tin điện tử
Trang chủ - Tin tức - Hoạt động Hội
Thứ Sáu, 22/12/2017
Hội Cựu chiến binh Quảng Trị: 2.140 hội viên đạt danh hiệu "CCB gương mẫu"
Ngày 21/12, Hội CCB tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác Hội năm 2017, triển khai phương hướng nhiệm vụ năm 2018. Dự hội nghị có đồng chí Hoàng Đức Thắng, Phó Chủ tịch Trung ương Hội CCB Việt Nam. Đồng chí Lê Quang Vinh, UVBCH Trung ương Hội CCB Việt Nam, Chủ tịch Hội CCB tỉnh chủ trì.
Đồng chí Hoàng Đức Thắng trao bằng khen cho các tập thể. Ảnh: Đ.T
Năm 2017, các cấp hội kết nạp 536 hội viên mới, nâng tổng số lên 31.245 hội viên, sinh hoạt ở 162 cơ sở hội. Hội tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, Nghị quyết số 03-NQ/HCCB của Ban Chấp hành Hội CCB tỉnh về nâng cao chất lượng sinh hoạt chi hội, và Chương trình phối hợp số 15/CTr-PH giữa Hội CCB tỉnh và Công an tỉnh về bảo đảm an ninh trật tự ở cơ sở.
Qua bình xét, toàn tỉnh có 2.140 hội viên đạt danh hiệu "CCB gương mẫu". Phong trào giúp nhau giảm nghèo, làm kinh tế giỏi có nhiều chuyển biến: hội viên đã thành lập 14 doanh nghiệp và 126 trang trại, giải quyết việc làm cho 1.860 lao động; Quỹ hội các cấp đạt 18,6 tỷ đồng. Hội vận động xây dựng 12 nhà nghĩa tình đồng đội, mỗi nhà 50 triệu đồng; hỗ trợ 45 con bò giống cho hội viên nghèo ở các huyện miền núi. Tỷ lệ hộ nghèo trong hội viên còn 2,7%.
Tại hội nghị, ông Hồ Văn Lai, Chủ tịch Hội CCB xã Hướng Phùng, cho biết hội viên người Vân Kiều đã chuyển sang trồng cà phê, chuối xuất khẩu; ông Kăn Lịch, Chi hội trưởng Chi hội CCB thôn A Dơi Đớ, xã A Dơi, kể việc chi hội phối hợp bộ đội biên phòng tuần tra đường biên, mốc giới. Hội CCB phường Đông Lương giới thiệu mô hình "Khu dân cư không có tội phạm".
Hội nghị cũng chỉ ra một số hạn chế: công tác nắm tình hình tư tưởng hội viên có lúc chưa kịp thời; một vài cơ sở hội còn lúng túng khi tham gia giải quyết đơn thư liên quan đất đai, chế độ chính sách; việc tổng kết các mô hình kinh tế chưa thường xuyên; hoạt động của ban chấp hành một số chi hội ở vùng sâu còn yếu.
Phát biểu tại hội nghị, đồng chí Hoàng Đức Thắng đánh giá cao kết quả mà Hội CCB tỉnh Quảng Trị đạt được, đề nghị năm 2018 các cấp hội tiếp tục làm tốt vai trò nòng cốt tham gia bảo vệ Đảng, chính quyền, bảo vệ nền tảng tư tưởng của Đảng, đấu tranh với các luận điệu xuyên tạc lịch sử; quan tâm hội viên là thương binh, người nhiễm chất độc da cam.
Dịp này, Hội CCB tỉnh được Trung ương Hội tặng cờ thi đua xuất sắc.
Đức Thịnh
Lượt truy cập: 88.412
Tin khác
- Hướng Hóa: trao 5 nhà đồng đội cho hội viên khó khăn (12/12/2017)
- Hội CCB tỉnh gặp mặt kỷ niệm ngày thành lập Quân đội nhân dân Việt Nam (30/11/2017)
- Cam Lộ: hội thảo mô hình chăn nuôi bò của cựu chiến binh (15/11/2017)
""", "2017-12-22", 'Hội Cựu chiến binh Quảng Trị: 2.140 hội viên đạt danh hiệu "CCB gương mẫu"',
E("tong_ket", "2017", "2017-12-21"),
[P("Hoàng Đức Thắng", "Phó Chủ tịch Trung ương Hội CCB Việt Nam"),
 P("Lê Quang Vinh", "UVBCH Trung ương Hội CCB Việt Nam", "Chủ tịch Hội CCB tỉnh"),
 P("Hồ Văn Lai", "Chủ tịch Hội CCB xã Hướng Phùng"),
 P("Kăn Lịch", "Chi hội trưởng Chi hội CCB thôn A Dơi Đớ")],
[Q("2.140 hội viên", 2140, "hội viên"), Q("536 hội viên mới", 536, "hội viên mới"), Q("31.245 hội viên", 31245, "hội viên"),
 Q("162 cơ sở hội", 162, "cơ sở hội"), Q("14 doanh nghiệp", 14, "doanh nghiệp"), Q("126 trang trại", 126, "trang trại"),
 Q("1.860 lao động", 1860, "lao động"), Q("18,6 tỷ đồng", 18600000000, "đồng"),
 Q("12 nhà nghĩa tình đồng đội", 12, "nhà nghĩa tình đồng đội"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("45 con bò giống", 45, "con bò giống"), Q("2,7%", 2.7, "%")],
[D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW"),
 D("Nghị quyết", "03", "NQ/HCCB", None, "Ban Chấp hành Hội CCB tỉnh", "Nghị quyết số 03-NQ/HCCB"),
 D("Chương trình phối hợp", "15", "CTr-PH", None, None, "Chương trình phối hợp số 15/CTr-PH")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("A Dơi"), com("Đông Lương")],
["Hội Cựu chiến binh tỉnh Quảng Trị - Trang thông tin điện tử", "Trang chủ - Tin tức - Hoạt động Hội",
 "Đồng chí Hoàng Đức Thắng trao bằng khen cho các tập thể. Ảnh: Đ.T", "CCB gương mẫu",
 "Khu dân cư không có tội phạm", "Lượt truy cập: 88.412"],
["Thứ Sáu, 22/12/2017", "năm 2017", "năm 2018", "Lượt truy cập: 88.412"]))

PAGES.append(page("b1885-daklak-tinhdoan-soket-2018", """
TỈNH ĐOÀN ĐẮK LẮK
Trang chủ / Tin tức / Hoạt động Đoàn
13.07.2018 | 09:20
Đồng chí H'Hồng Niê phát biểu tại hội nghị.
Tỉnh Đoàn Đắk Lắk sơ kết công tác Đoàn, Hội, Đội
Sáng 12/7, Ban Thường vụ Tỉnh đoàn Đắk Lắk tổ chức hội nghị sơ kết công tác Đoàn, Hội, Đội và phong trào thanh thiếu nhi 6 tháng đầu năm 2018. Dự hội nghị có đồng chí H'Hồng Niê, Phó Trưởng Ban Dân vận Tỉnh ủy. Đồng chí Y Thanh Byă, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn và các đồng chí Phó Bí thư Tỉnh đoàn: Nguyễn Hoàng Anh, H'Nga Knul đồng chủ trì.
6 tháng qua, các cấp bộ Đoàn tiếp tục quán triệt Chỉ thị 42-CT/TW ngày 24/3/2015 của Ban Bí thư về giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ; triển khai Kế hoạch số 103-KH/TĐTN của Ban Thường vụ Tỉnh đoàn và Nghị quyết 07, 08-NQ/TU của Tỉnh ủy về phát triển nguồn nhân lực trẻ người dân tộc thiểu số. Toàn tỉnh kết nạp 2.315 đoàn viên mới, thành lập mới 12 chi đoàn; giới thiệu 186 đoàn viên ưu tú cho Đảng.
Phong trào "Ngày Chủ nhật xanh" được tổ chức với 164 đợt ra quân, thu hút 12.800 lượt đoàn viên thanh niên tham gia; các cơ sở Đoàn thắp sáng 28 km đường quê. Tỉnh đoàn phối hợp trao 420 suất học bổng trị giá 336 triệu đồng cho học sinh nghèo; Quỹ Hỗ trợ thanh niên lập nghiệp hỗ trợ vốn cho 37 dự án khởi nghiệp với số tiền 2,1 tỷ đồng. Tỷ lệ thanh niên được tập hợp vào các tổ chức Đoàn, Hội đạt 51,4%.
Tại hội nghị, đồng chí Y Blin Ktla, Bí thư Huyện đoàn Krông Bông, cho biết huyện đoàn vận động thanh niên buôn làng xóa bỏ tập tục lạc hậu trong ma chay, cưới hỏi; đoàn viên xã Cư Pui đã nhận chăm sóc 15 ha rừng. Đồng chí Lê Thị Thảo, Bí thư Đoàn xã Ea Kao, giới thiệu mô hình "Cà phê sạch của thanh niên" giúp thanh niên người Êđê tăng thu nhập.
Hội nghị cũng thẳng thắn nhìn nhận, việc tập hợp thanh niên công nhân ở các khu công nghiệp, thanh niên tôn giáo còn khó khăn; một số cơ sở Đoàn hoạt động cầm chừng, nội dung sinh hoạt chưa hấp dẫn; tình trạng thanh niên vi phạm pháp luật, sử dụng ma túy ở một số địa bàn có chiều hướng gia tăng, cần có giải pháp phối hợp với gia đình và nhà trường.
Phát biểu kết luận, đồng chí Y Thanh Byă yêu cầu 6 tháng cuối năm các cấp bộ Đoàn triển khai hiệu quả Chiến dịch Thanh niên tình nguyện hè, chuẩn bị tốt đại hội Hội Liên hiệp Thanh niên các cấp, chủ động nắm tình hình thanh niên vùng đồng bào dân tộc thiểu số.
Y Khoa
Xem thêm
- Krông Pắc: ra quân Chiến dịch Thanh niên tình nguyện hè năm 2018 (02/07/2018)
- Trao 50 xe đạp cho học sinh nghèo vượt khó (20/06/2018)
- Hội thi "Thủ lĩnh Đội giỏi" cấp tỉnh (08/06/2018)
""", "2018-07-13", "Tỉnh Đoàn Đắk Lắk sơ kết công tác Đoàn, Hội, Đội",
E("so_ket", "2018-H1", "2018-07-12"),
[P("H'Hồng Niê", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Thanh Byă", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Nguyễn Hoàng Anh", "Phó Bí thư Tỉnh đoàn"),
 P("H'Nga Knul", "Phó Bí thư Tỉnh đoàn"),
 P("Y Blin Ktla", "Bí thư Huyện đoàn Krông Bông"),
 P("Lê Thị Thảo", "Bí thư Đoàn xã Ea Kao")],
[Q("2.315 đoàn viên mới", 2315, "đoàn viên mới"), Q("12 chi đoàn", 12, "chi đoàn"), Q("186 đoàn viên ưu tú", 186, "đoàn viên ưu tú"),
 Q("164 đợt ra quân", 164, "đợt ra quân"), Q("12.800 lượt đoàn viên thanh niên", 12800, "lượt đoàn viên thanh niên"),
 Q("28 km", 28, "km"), Q("420 suất học bổng", 420, "suất học bổng"), Q("336 triệu đồng", 336000000, "đồng"),
 Q("37 dự án khởi nghiệp", 37, "dự án khởi nghiệp"), Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("51,4%", 51.4, "%"),
 Q("15 ha", 15, "ha")],
[D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", "Chỉ thị 42-CT/TW ngày 24/3/2015"),
 D("Kế hoạch", "103", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 103-KH/TĐTN"),
 D("Nghị quyết", "07", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết 07, 08-NQ/TU"),
 D("Nghị quyết", "08", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết 07, 08-NQ/TU")],
[prov("Đắk Lắk"), com("Cư Pui"), com("Ea Kao")],
["TỈNH ĐOÀN ĐẮK LẮK", "Trang chủ / Tin tức / Hoạt động Đoàn", "Đồng chí H'Hồng Niê phát biểu tại hội nghị.",
 "Ngày Chủ nhật xanh", "Quỹ Hỗ trợ thanh niên lập nghiệp", "Cà phê sạch của thanh niên", "Thanh niên tình nguyện hè"],
["13.07.2018 | 09:20", "6 tháng đầu năm 2018", "6 tháng qua", "6 tháng cuối năm"]))

PAGES.append(page("b1886-ninhthuan-hnd-giamsat-2018", """
HỘI NÔNG DÂN TỈNH NINH THUẬN
Trang chủ › Hoạt động › Giám sát, phản biện xã hội
Cập nhật lúc 16:40 ngày 19/10/2018
Hội Nông dân tỉnh giám sát thực hiện chính sách tín dụng phục vụ nông nghiệp
Ngày 18/10, Đoàn giám sát của Hội Nông dân tỉnh Ninh Thuận do đồng chí Pinăng Thị Hòa, Phó Chủ tịch Hội Nông dân tỉnh, Trưởng đoàn giám sát dẫn đầu đã giám sát việc thực hiện Nghị định 55/2015/NĐ-CP ngày 9/6/2015 của Chính phủ về chính sách tín dụng phục vụ phát triển nông nghiệp, nông thôn tại huyện Ninh Phước. Tham gia đoàn có đại diện Ủy ban MTTQ Việt Nam tỉnh, Ngân hàng Nhà nước chi nhánh tỉnh.
Đoàn giám sát làm việc tại Agribank chi nhánh huyện Ninh Phước. Ảnh: Hoài Nam
Cuộc giám sát được thực hiện theo Quyết định 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội, và Kế hoạch số 142-KH/HNDT ngày 20/8/2018 của Ban Thường vụ Hội Nông dân tỉnh.
Theo báo cáo của ông Phạm Quốc Khánh, Giám đốc Agribank chi nhánh huyện Ninh Phước, đến 30/9/2018 dư nợ cho vay nông nghiệp, nông thôn trên địa bàn huyện đạt 1.246 tỷ đồng với 8.930 khách hàng; trong đó cho vay không có tài sản bảo đảm 312 tỷ đồng. Từ khi Nghị định 116/2018/NĐ-CP của Chính phủ có hiệu lực, mức cho vay không có tài sản bảo đảm đối với cá nhân, hộ gia đình được nâng lên tối đa 100 triệu đồng. Nợ quá hạn chiếm 0,8% tổng dư nợ.
Đoàn đã làm việc với UBND 2 xã Phước Hậu, Phước Thái và trực tiếp gặp 24 hộ vay vốn. Bà Trượng Thị Hiền, Chủ tịch Hội Nông dân xã Phước Hậu, phản ánh nhiều hộ người Chăm trồng nho, nuôi dê cần vốn lớn nhưng thủ tục xác nhận của xã còn chậm; ông Đàng Văn Lực, Phó Chủ tịch UBND xã Phước Thái, cho biết xã đã rút ngắn thời gian xác nhận hồ sơ vay còn 3 ngày. Ông Katơr Sinh ở thôn Hữu Đức đề nghị ngân hàng kéo dài thời hạn vay cho hộ trồng táo.
Qua giám sát, đoàn ghi nhận chính sách tín dụng đã đến được với nông dân, góp phần chuyển dịch cơ cấu cây trồng, vật nuôi. Tuy vậy, việc tuyên truyền chính sách chưa sâu rộng, nhiều hộ đồng bào dân tộc thiểu số chưa biết mình được vay không cần tài sản bảo đảm; một số hồ sơ còn yêu cầu giấy tờ không cần thiết; sự phối hợp giữa ngân hàng và tổ chức hội ở cơ sở chưa chặt chẽ.
Kết thúc buổi giám sát, đồng chí Pinăng Thị Hòa đề nghị Agribank chi nhánh huyện công khai quy trình, thủ tục vay; UBND các xã phối hợp với Hội Nông dân tuyên truyền để nông dân tiếp cận vốn thuận lợi. Đoàn sẽ tổng hợp kiến nghị gửi các cơ quan có thẩm quyền.
Hoài Nam
Tin cùng chuyên mục
- Hội Nông dân tỉnh phản biện dự thảo quy định giá đất (05/10/2018)
- Thuận Nam: giám sát việc cung ứng giống cây trồng (21/09/2018)
- Đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2018 (30/08/2018)
""", "2018-10-19", "Hội Nông dân tỉnh giám sát thực hiện chính sách tín dụng phục vụ nông nghiệp",
E("giam_sat", None, "2018-10-18"),
[P("Pinăng Thị Hòa", "Phó Chủ tịch Hội Nông dân tỉnh", "Trưởng đoàn giám sát"),
 P("Phạm Quốc Khánh", "Giám đốc Agribank chi nhánh huyện Ninh Phước"),
 P("Trượng Thị Hiền", "Chủ tịch Hội Nông dân xã Phước Hậu"),
 P("Đàng Văn Lực", "Phó Chủ tịch UBND xã Phước Thái"),
 P("Katơr Sinh")],
[Q("1.246 tỷ đồng", 1246000000000, "đồng"), Q("8.930 khách hàng", 8930, "khách hàng"), Q("312 tỷ đồng", 312000000000, "đồng"),
 Q("100 triệu đồng", 100000000, "đồng"), Q("0,8%", 0.8, "%"), Q("2 xã", 2, "xã"), Q("24 hộ", 24, "hộ")],
[D("Nghị định", "55", "2015/NĐ-CP", "2015-06-09", "Chính phủ", "Nghị định 55/2015/NĐ-CP ngày 9/6/2015"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "142", "KH/HNDT", "2018-08-20", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 142-KH/HNDT ngày 20/8/2018"),
 D("Nghị định", "116", "2018/NĐ-CP", None, "Chính phủ", "Nghị định 116/2018/NĐ-CP")],
[prov("Ninh Thuận"), com("Phước Hậu"), com("Phước Thái")],
["HỘI NÔNG DÂN TỈNH NINH THUẬN", "Trang chủ › Hoạt động › Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại Agribank chi nhánh huyện Ninh Phước. Ảnh: Hoài Nam", "Ngân hàng Nhà nước chi nhánh tỉnh"],
["Cập nhật lúc 16:40 ngày 19/10/2018", "30/9/2018", "3 ngày"]))

PAGES.append(page("b1887-thanhhoa-hoangdao-hnd-baocao-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ HOẰNG ĐẠO - HUYỆN HOẰNG HÓA - TỈNH THANH HÓA
Trang chủ >> Tin tức >> Hoạt động đoàn thể
Ngày 20/06/2019 | 08:00
Báo cáo kết quả công tác Hội Nông dân xã 6 tháng đầu năm 2019
Ngày 18/6/2019, Ban Chấp hành Hội Nông dân xã Hoằng Đạo (huyện Hoằng Hóa, tỉnh Thanh Hóa) ban hành Báo cáo số 12/BC-HND về kết quả công tác Hội và phong trào nông dân 6 tháng đầu năm 2019, phương hướng nhiệm vụ 6 tháng cuối năm. Cổng thông tin điện tử xã xin giới thiệu nội dung chính của báo cáo.
I. Công tác tuyên truyền, giáo dục
Hội Nông dân xã hiện có 14 chi hội với 1.236 hội viên. 6 tháng đầu năm, Hội tổ chức quán triệt Kết luận 61-KL/TW của Ban Bí thư, Quyết định 81/2014/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 07/KH-HND ngày 10/1/2019 của Hội Nông dân xã về thực hiện phong trào "Nông dân thi đua sản xuất, kinh doanh giỏi" năm 2019. Trong kỳ, Hội kết nạp 38 hội viên mới, đạt 52% kế hoạch năm.
II. Kết quả thực hiện các phong trào
Hội phối hợp Trạm Khuyến nông tổ chức 6 lớp tập huấn cho 420 lượt hội viên về kỹ thuật trồng lúa chất lượng cao, nuôi lợn an toàn sinh học. Vốn vay Ngân hàng Chính sách xã hội do Hội quản lý có dư nợ 9,8 tỷ đồng với 312 hộ vay; Quỹ Hỗ trợ nông dân xã có 280 triệu đồng, cho 14 hộ vay nuôi bò sinh sản. Hội phối hợp cung ứng 45 tấn phân bón trả chậm cho hội viên.
Hưởng ứng phong trào xây dựng nông thôn mới kiểu mẫu, hội viên các chi hội đã hiến 1.200 m2 đất, góp ngày công làm 3,2 km đường giao thông nội đồng. Chi hội thôn Đạo Sơn, thôn Phú Thọ được Hội Nông dân huyện biểu dương. Hội tham gia hòa giải thành 3 vụ việc mâu thuẫn trong nhân dân, không có đơn thư vượt cấp.
III. Tồn tại, hạn chế
Sinh hoạt ở một số chi hội chưa đều, chất lượng sinh hoạt chưa cao; số hội viên trẻ tham gia còn ít do phần lớn lao động đi làm ăn xa; việc thu hồi vốn vay ở một số tổ còn chậm. Công tác kiểm tra, giám sát của Ban Thường vụ Hội đối với các chi hội chưa thường xuyên.
IV. Phương hướng 6 tháng cuối năm
Tập trung vận động hội viên chăm sóc lúa mùa, phòng chống thiên tai; chuẩn bị tổng kết 10 năm thực hiện Kết luận 61-KL/TW; phấn đấu hoàn thành chỉ tiêu kết nạp hội viên năm 2019.
Báo cáo do đồng chí Lê Văn Hùng, Chủ tịch Hội Nông dân xã ký. Đồng chí Nguyễn Thị Lan, Phó Chủ tịch Hội Nông dân xã cho biết, Hội sẽ phối hợp Hợp tác xã dịch vụ nông nghiệp xã chuẩn bị đủ giống, vật tư cho vụ mùa.
Ban biên tập
Lượt xem: 237
Tin khác
- Hoằng Đạo tổ chức lễ ra quân làm đường giao thông nội đồng (10/06/2019)
- Đoàn Thanh niên xã ra quân Tháng Thanh niên (26/03/2019)
- Hội Cựu chiến binh xã tổng kết năm 2018 (28/12/2018)
""", "2019-06-20", "Báo cáo kết quả công tác Hội Nông dân xã 6 tháng đầu năm 2019",
E("bao_cao", "2019-H1", "2019-06-18"),
[P("Lê Văn Hùng", "Chủ tịch Hội Nông dân xã"),
 P("Nguyễn Thị Lan", "Phó Chủ tịch Hội Nông dân xã")],
[Q("14 chi hội", 14, "chi hội"), Q("1.236 hội viên", 1236, "hội viên"), Q("38 hội viên mới", 38, "hội viên mới"), Q("52%", 52, "%"),
 Q("6 lớp tập huấn", 6, "lớp tập huấn"), Q("420 lượt hội viên", 420, "lượt hội viên"), Q("9,8 tỷ đồng", 9800000000, "đồng"),
 Q("312 hộ", 312, "hộ"), Q("280 triệu đồng", 280000000, "đồng"), Q("14 hộ", 14, "hộ"), Q("45 tấn", 45, "tấn"),
 Q("1.200 m2", 1200, "m2"), Q("3,2 km", 3.2, "km"), Q("3 vụ việc mâu thuẫn", 3, "vụ việc mâu thuẫn")],
[D("Báo cáo", "12", "BC-HND", "2019-06-18", "Ban Chấp hành Hội Nông dân xã", "Báo cáo số 12/BC-HND"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW"),
 D("Quyết định", "81", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 81/2014/QĐ-TTg"),
 D("Kế hoạch", "07", "KH-HND", "2019-01-10", "Hội Nông dân xã", "Kế hoạch số 07/KH-HND ngày 10/1/2019")],
[prov("Thanh Hóa"), com("Hoằng Đạo")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ HOẰNG ĐẠO - HUYỆN HOẰNG HÓA - TỈNH THANH HÓA", "Trang chủ >> Tin tức >> Hoạt động đoàn thể",
 "Nông dân thi đua sản xuất, kinh doanh giỏi", "Quỹ Hỗ trợ nông dân", "Ngân hàng Chính sách xã hội", "Lượt xem: 237"],
["Ngày 20/06/2019 | 08:00", "6 tháng đầu năm 2019", "6 tháng cuối năm", "10 năm", "năm 2019", "Lượt xem: 237"]))

PAGES.append(page("b1888-bentre-hlhpn-soket-2020", """
Hội Liên hiệp Phụ nữ tỉnh Bến Tre
Trang chủ | Tin tức - Sự kiện | Hoạt động Hội
15 tháng 7, 2020 | 10:30
Hội LHPN tỉnh sơ kết 6 tháng: hơn 2.000 phụ nữ được hỗ trợ vượt khó sau hạn mặn, dịch bệnh
Sáng 14/7, Hội LHPN tỉnh Bến Tre tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Huỳnh Thị Kim Quyên, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì; dự hội nghị có đồng chí Trương Minh Nhựt, Phó Trưởng Ban Dân vận Tỉnh ủy.
Quang cảnh hội nghị. Ảnh: Thanh Đồng
Sáu tháng đầu năm, hạn hán, xâm nhập mặn lịch sử và dịch Covid-19 ảnh hưởng nặng nề đến đời sống hội viên. Thực hiện Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ và Nghị quyết 42/NQ-CP của Chính phủ, các cấp hội vận động 3.640 phần quà cho phụ nữ nghèo, trị giá 1,82 tỷ đồng; trao 126 bồn chứa nước cho hộ thiếu nước sinh hoạt. Tổng cộng, Hội đã hỗ trợ hơn 2.000 phụ nữ vượt khó.
Công tác xây dựng tổ chức Hội được duy trì: kết nạp 2.015 hội viên mới; thành lập 18 tổ hợp tác, 3 hợp tác xã do phụ nữ quản lý. Thực hiện Quyết định 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ về hỗ trợ phụ nữ khởi nghiệp, Hội hỗ trợ 46 ý tưởng khởi nghiệp. Dư nợ ủy thác qua Hội đạt 1.136 tỷ đồng; tỷ lệ hộ nghèo do phụ nữ làm chủ giảm 0,6%. Các cấp hội tiếp tục học tập, quán triệt Chỉ thị 21-CT/TW ngày 20/1/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới.
Tại hội nghị, chị Phan Thị Ngọc Giàu, Chủ tịch Hội LHPN xã Thạnh Phước, chia sẻ mô hình "Tổ phụ nữ trữ nước ngọt" giúp chị em vượt qua mùa khô; Hội LHPN xã An Thủy đề xuất hỗ trợ giống rau chịu mặn. Chị Lê Thị Mỹ Xuyên, Phó Chủ tịch Hội LHPN tỉnh, thông tin kế hoạch tổ chức đại hội phụ nữ cấp cơ sở nhiệm kỳ 2021 - 2026.
Hội nghị cũng nêu hạn chế: một số cơ sở hội còn lúng túng khi chuyển sang hình thức sinh hoạt trực tuyến trong thời gian giãn cách; việc nắm tâm tư của nữ công nhân mất việc làm chưa kịp thời; nguồn lực hỗ trợ phụ nữ khởi nghiệp còn hạn chế, phần lớn mô hình quy mô nhỏ, chưa có đầu ra ổn định.
Phát biểu tại hội nghị, đồng chí Trương Minh Nhựt đề nghị các cấp hội tiếp tục đồng hành cùng phụ nữ khôi phục sản xuất sau dịch bệnh, thiên tai, tích cực tham gia góp ý văn kiện đại hội đảng bộ các cấp.
Nhiều ý kiến cho rằng, thời gian tới cần đẩy mạnh chuyển đổi số trong hoạt động Hội, hướng dẫn chị em bán hàng trên mạng xã hội, kết nối tiêu thụ sản phẩm dừa, bưởi, rau màu; đồng thời quan tâm chăm lo phụ nữ đơn thân, phụ nữ khuyết tật bị ảnh hưởng nặng do dịch bệnh.
Hồng Nhung
Lượt xem: 1.530
Tin liên quan
- Trao 30 bồn chứa nước cho phụ nữ nghèo Ba Tri (28/06/2020)
- Hội LHPN tỉnh phát động phụ nữ chung tay phòng, chống dịch Covid-19 (02/04/2020)
- Bình Đại: chị em góp tiền mua lu chứa nước (18/03/2020)
""", "2020-07-15", "Hội LHPN tỉnh sơ kết 6 tháng: hơn 2.000 phụ nữ được hỗ trợ vượt khó sau hạn mặn, dịch bệnh",
E("so_ket", "2020-H1", "2020-07-14"),
[P("Huỳnh Thị Kim Quyên", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Trương Minh Nhựt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Thị Ngọc Giàu", "Chủ tịch Hội LHPN xã Thạnh Phước"),
 P("Lê Thị Mỹ Xuyên", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("hơn 2.000 phụ nữ", 2000, "phụ nữ", "over"), Q("3.640 phần quà", 3640, "phần quà"), Q("1,82 tỷ đồng", 1820000000, "đồng"),
 Q("126 bồn chứa nước", 126, "bồn chứa nước"), Q("2.015 hội viên mới", 2015, "hội viên mới"), Q("18 tổ hợp tác", 18, "tổ hợp tác"),
 Q("3 hợp tác xã", 3, "hợp tác xã"), Q("46 ý tưởng khởi nghiệp", 46, "ý tưởng khởi nghiệp"),
 Q("1.136 tỷ đồng", 1136000000000, "đồng"), Q("0,6%", 0.6, "%")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết 42/NQ-CP"),
 D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định 939/QĐ-TTg ngày 30/6/2017"),
 D("Chỉ thị", "21", "CT/TW", "2018-01-20", "Ban Bí thư", "Chỉ thị 21-CT/TW ngày 20/1/2018")],
[prov("Bến Tre"), com("Thạnh Phước"), com("An Thủy")],
["Hội Liên hiệp Phụ nữ tỉnh Bến Tre", "Trang chủ | Tin tức - Sự kiện | Hoạt động Hội", "Quang cảnh hội nghị. Ảnh: Thanh Đồng",
 "Tổ phụ nữ trữ nước ngọt", "Lượt xem: 1.530"],
["15 tháng 7, 2020 | 10:30", "6 tháng đầu năm 2020", "6 tháng cuối năm", "Sáu tháng đầu năm", "nhiệm kỳ 2021 - 2026", "Lượt xem: 1.530"]))
