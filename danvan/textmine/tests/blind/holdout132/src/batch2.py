from lib import *
PAGES = []

PAGES.append(page("b3131-quangnam-lhpn-tinh-daihoi-2016", """
QUẢNG NAM ONLINE - Báo Quảng Nam
Xã hội > Phụ nữ
Thứ Tư, 18/05/2016 - 17:35
Khai mạc Đại hội đại biểu Phụ nữ tỉnh Quảng Nam lần thứ XIII
(QNO) - Sáng nay 18/5, Hội Liên hiệp Phụ nữ tỉnh khai mạc Đại hội đại biểu Phụ nữ tỉnh Quảng Nam lần thứ XIII, nhiệm kỳ 2016 - 2021. Dự đại hội có bà Trần Thị Hồng Nhung, Phó Chủ tịch Hội LHPN Việt Nam; ông Lê Minh Trí, Phó Bí thư Tỉnh ủy; bà Phan Thị Thanh Tâm, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh. Có 250 đại biểu chính thức thay mặt cho hơn 259.000 hội viên phụ nữ trong tỉnh về dự.
Toàn cảnh phiên khai mạc đại hội. Ảnh: VINH ANH
Theo báo cáo, nhiệm kỳ 2011 - 2016, các cấp hội đã vận động hội viên tiết kiệm, lập quỹ được gần 47 tỷ đồng, hỗ trợ 6.120 lượt chị em phát triển kinh tế; giúp 4.856 hộ phụ nữ nghèo thoát nghèo. Hội hỗ trợ xây dựng 312 "Mái ấm tình thương" cho phụ nữ khó khăn với tổng kinh phí trên 9,3 tỷ đồng. Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" có 91,4% hộ đăng ký, trong đó 70,2% hộ đạt tiêu chí. Ở 9 huyện miền núi, các cấp hội đã vận động chị em đồng bào Cơ Tu, Xơ Đăng, Giẻ Triêng, Co xóa bỏ hủ tục, giảm tảo hôn; thành lập 57 câu lạc bộ "Phụ nữ với pháp luật".
Đại hội thảo luận các giải pháp thực hiện Nghị quyết số 11-NQ/TW của Bộ Chính trị, Chỉ thị số 21-CT/TW ngày 20/01/2008 của Ban Bí thư về tiếp tục đẩy mạnh công tác vận động phụ nữ trong tình hình mới, và Kế hoạch số 56-KH/TU của Tỉnh ủy Quảng Nam.
Mục tiêu nhiệm kỳ 2016 - 2021 gồm 7 chỉ tiêu: hằng năm phấn đấu 85% cơ sở hội xếp loại vững mạnh; kết nạp mới 15.000 hội viên; hỗ trợ ít nhất 5.000 hộ phụ nữ nghèo, hộ phụ nữ làm chủ hộ thoát nghèo; 100% chi hội có mô hình tiết kiệm; giới thiệu 2.500 hội viên ưu tú cho Đảng bồi dưỡng, kết nạp.
Chiều cùng ngày, đại hội bầu Ban Chấp hành Hội LHPN tỉnh khóa XIII gồm 41 chị. Bà Nguyễn Thị Ngọc Ánh được bầu lại làm Chủ tịch Hội LHPN tỉnh. Các bà Alăng Thị Bốc, Bhling Thị Nga và Huỳnh Thị Kim Hương được bầu làm Phó Chủ tịch. Đại hội cũng bầu 13 đại biểu đi dự Đại hội đại biểu Phụ nữ toàn quốc lần thứ XII.
Phát biểu chỉ đạo, bà Trần Thị Hồng Nhung đề nghị hội tỉnh tập trung xây dựng người phụ nữ Việt Nam "Yêu nước, nhân ái, đảm đang", chăm lo phụ nữ vùng cao và phụ nữ làm nghề biển ở các xã ven biển như Tam Hải, Tam Tiến.
VINH ANH
Lượt xem: 1.146
Tin liên quan
- Ra mắt 30 mô hình "Phụ nữ tiết kiệm" ở Nam Giang (12/05/2016)
- Hội LHPN huyện Tây Giang đại hội nhiệm kỳ 2016 - 2021 (29/03/2016)
- Phụ nữ Quảng Nam giúp nhau làm kinh tế (08/03/2016)
- Hội LHPN tỉnh sơ kết công tác quý I năm 2016 (02/04/2016)
- Trao 20 mái ấm cho phụ nữ nghèo vùng biển Núi Thành (14/01/2016)
- Đại hội điểm phụ nữ cấp xã ở Duy Xuyên rút nhiều kinh nghiệm (05/01/2016)
""", "2016-05-18", "Khai mạc Đại hội đại biểu Phụ nữ tỉnh Quảng Nam lần thứ XIII",
E("dai_hoi", None, "2016-05-18"),
[P("Trần Thị Hồng Nhung", "Phó Chủ tịch Hội LHPN Việt Nam"),
 P("Lê Minh Trí", "Phó Bí thư Tỉnh ủy"),
 P("Phan Thị Thanh Tâm", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Ngọc Ánh", "Chủ tịch Hội LHPN tỉnh"),
 P("Alăng Thị Bốc", "Phó Chủ tịch"),
 P("Bhling Thị Nga", "Phó Chủ tịch"),
 P("Huỳnh Thị Kim Hương", "Phó Chủ tịch")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("hơn 259.000 hội viên phụ nữ", 259000, "hội viên phụ nữ", "over"),
 Q("gần 47 tỷ đồng", 47000000000, "đồng", "approx"), Q("6.120 lượt chị em", 6120, "lượt chị em"),
 Q("4.856 hộ phụ nữ nghèo", 4856, "hộ phụ nữ nghèo"), Q('312 "Mái ấm tình thương"', 312, "Mái ấm tình thương"),
 Q("trên 9,3 tỷ đồng", 9300000000, "đồng", "over"), Q("91,4%", 91.4, "%"), Q("70,2%", 70.2, "%"),
 Q("9 huyện miền núi", 9, "huyện miền núi"), Q("57 câu lạc bộ", 57, "câu lạc bộ"), Q("7 chỉ tiêu", 7, "chỉ tiêu"),
 Q("85%", 85, "%"), Q("15.000 hội viên", 15000, "hội viên"),
 Q("ít nhất 5.000 hộ phụ nữ nghèo, hộ phụ nữ làm chủ hộ", 5000, "hộ phụ nữ nghèo, hộ phụ nữ làm chủ hộ", "over"),
 Q("100%", 100, "%"), Q("2.500 hội viên ưu tú", 2500, "hội viên ưu tú"), Q("41 chị", 41, "chị"),
 Q("13 đại biểu", 13, "đại biểu")],
[D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 11-NQ/TW của Bộ Chính trị"),
 D("Chỉ thị", "21", "CT/TW", "2008-01-20", "Ban Bí thư", "Chỉ thị số 21-CT/TW ngày 20/01/2008"),
 D("Kế hoạch", "56", "KH/TU", None, "Tỉnh ủy Quảng Nam", "Kế hoạch số 56-KH/TU")],
[prov("Quảng Nam"), com("Tam Hải"), com("Tam Tiến")],
["QUẢNG NAM ONLINE - Báo Quảng Nam", "Xã hội > Phụ nữ", "(QNO)", "Toàn cảnh phiên khai mạc đại hội. Ảnh: VINH ANH",
 "Mái ấm tình thương", "Xây dựng gia đình 5 không, 3 sạch", "Phụ nữ với pháp luật", "Yêu nước, nhân ái, đảm đang", "Lượt xem: 1.146"],
["Thứ Tư, 18/05/2016 - 17:35", "lần thứ XIII", "nhiệm kỳ 2016 - 2021", "nhiệm kỳ 2011 - 2016", "5 không, 3 sạch", "khóa XIII",
 "lần thứ XII", "Lượt xem: 1.146"]))

PAGES.append(page("b3132-dienbien-lhpn-xa-daihoi-2016", """
Cổng TTĐT huyện Tuần Giáo
Trang chủ | Tin tức sự kiện | Hoạt động các đoàn thể
07.04.2016 | 15:30
Đại hội đại biểu phụ nữ xã Quài Cang lần thứ VII, nhiệm kỳ 2016 - 2021
Ngày 05 tháng 4, Hội LHPN xã Quài Cang, huyện Tuần Giáo, tỉnh Điện Biên tổ chức Đại hội đại biểu phụ nữ xã lần thứ VII. Tham dự Đại hội có đồng chí Lò Thị Xuân, Chủ tịch Hội LHPN huyện; đồng chí Quàng Văn Tiến, Phó Bí thư Thường trực Đảng ủy xã; cùng 120 đại biểu đại diện cho 1.356 hội viên đang sinh hoạt tại 17 chi hội bản.
Đồng chí Lò Thị Xuân trao hoa chúc mừng Ban Chấp hành khóa VII.
Báo cáo chính trị do chị Lường Thị Ón, Chủ tịch Hội LHPN xã nhiệm kỳ 2011 - 2016 trình bày cho thấy, 5 năm qua Hội đã tích cực tuyên truyền vận động chị em người Thái, người Mông thực hiện Đề án 343 về "Tuyên truyền, giáo dục phẩm chất đạo đức phụ nữ Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước" và Đề án 704 về hỗ trợ phụ nữ học nghề, tạo việc làm; tín chấp cho 187 hội viên vay vốn với tổng dư nợ 4,06 tỷ đồng; thành lập 6 tổ hợp tác dệt thổ cẩm với 72 thành viên. Số hội viên đạt danh hiệu phụ nữ "Tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc" hằng năm khoảng 65%.
Tuy vậy, tình trạng tảo hôn ở một số bản còn xảy ra, trong nhiệm kỳ có 11 trường hợp tảo hôn; số chị em biết đọc, biết viết tiếng phổ thông ở bản vùng cao còn thấp.
Nhiệm kỳ 2016 - 2021, Đại hội đề ra 6 chỉ tiêu: phấn đấu tỷ lệ tập hợp hội viên đạt 88%; mỗi năm phát triển từ 40 hội viên trở lên; 100% chi hội có tổ tiết kiệm vốn vay; giảm tảo hôn, phấn đấu không quá 2 trường hợp/năm; giúp 25 hộ phụ nữ nghèo thoát nghèo; mở 4 lớp xóa mù chữ cho phụ nữ.
Đại hội đã bầu Ban Chấp hành gồm 13 đồng chí. Chị Lò Thị Hương được bầu làm Chủ tịch Hội LHPN xã; các chị Cà Thị Ánh - Phó Chủ tịch, Mùa Thị Chứ - Phó Chủ tịch. Đại hội bầu 6 đại biểu đi dự Đại hội phụ nữ huyện Tuần Giáo lần thứ XIII.
Phát biểu chỉ đạo, đồng chí Quàng Văn Tiến ghi nhận, mong Ban Chấp hành mới thực hiện tốt Nghị quyết Đại hội Đảng bộ xã lần thứ XXI, cùng với các đoàn thể hoàn thành mục tiêu xây dựng xã Quài Cang đạt chuẩn nông thôn mới trước năm 2020. Đảng ủy xã sẽ tạo điều kiện để Hội tổ chức lớp học chữ ban đêm tại các bản Thẩm Táng, Co Muông.
Lò Thị Tươi (Hội LHPN huyện)
Xem thêm
- Tuần Giáo: 19/19 cơ sở hoàn thành đại hội phụ nữ (15/04/2016)
- Hội LHPN xã Quài Nưa đại hội điểm (25/03/2016)
- Phụ nữ bản Hới duy trì tổ dệt thổ cẩm (10/03/2016)
- Tuần Giáo triển khai công tác năm 2016 của Hội LHPN huyện (20/01/2016)
- Ra mắt câu lạc bộ "Phụ nữ không sinh con thứ ba" (11/12/2015)
- Chi hội phụ nữ bản Co Muông nhận cờ thi đua (30/11/2015)
""", "2016-04-07", "Đại hội đại biểu phụ nữ xã Quài Cang lần thứ VII, nhiệm kỳ 2016 - 2021",
E("dai_hoi", None, "2016-04-05"),
[P("Lò Thị Xuân", "Chủ tịch Hội LHPN huyện"),
 P("Quàng Văn Tiến", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Lường Thị Ón", "Chủ tịch Hội LHPN xã"),
 P("Lò Thị Hương", "Chủ tịch Hội LHPN xã"),
 P("Cà Thị Ánh", "Phó Chủ tịch"),
 P("Mùa Thị Chứ", "Phó Chủ tịch")],
[Q("120 đại biểu", 120, "đại biểu"), Q("1.356 hội viên", 1356, "hội viên"), Q("17 chi hội bản", 17, "chi hội bản"),
 Q("187 hội viên", 187, "hội viên"), Q("4,06 tỷ đồng", 4060000000, "đồng"), Q("6 tổ hợp tác dệt thổ cẩm", 6, "tổ hợp tác dệt thổ cẩm"),
 Q("72 thành viên", 72, "thành viên"), Q("khoảng 65%", 65, "%", "approx"), Q("11 trường hợp", 11, "trường hợp"),
 Q("6 chỉ tiêu", 6, "chỉ tiêu"), Q("88%", 88, "%"), Q("từ 40 hội viên trở lên", 40, "hội viên", "over"), Q("100%", 100, "%"),
 Q("không quá 2 trường hợp", 2, "trường hợp"), Q("25 hộ phụ nữ nghèo", 25, "hộ phụ nữ nghèo"), Q("4 lớp xóa mù chữ", 4, "lớp xóa mù chữ"),
 Q("13 đồng chí", 13, "đồng chí"), Q("6 đại biểu", 6, "đại biểu")],
[D("Đề án", "343", None, None, None, "Đề án 343"),
 D("Đề án", "704", None, None, None, "Đề án 704")],
[prov("Điện Biên"), com("Quài Cang")],
["Cổng TTĐT huyện Tuần Giáo", "Trang chủ | Tin tức sự kiện | Hoạt động các đoàn thể",
 "Đồng chí Lò Thị Xuân trao hoa chúc mừng Ban Chấp hành khóa VII.",
 "Tuyên truyền, giáo dục phẩm chất đạo đức phụ nữ Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước",
 "Tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "Thẩm Táng", "Co Muông"],
["07.04.2016 | 15:30", "lần thứ VII", "nhiệm kỳ 2016 - 2021", "5 năm", "13 đồng chí", "lần thứ XIII",
 "lần thứ XXI", "năm 2020"]))

PAGES.append(page("b3133-travinh-doan-xa-daihoi-2017", """
TỈNH ĐOÀN TRÀ VINH
Trang chủ › Tin tức › Đoàn cơ sở
Ngày 11 tháng 4 năm 2017
Cập nhật lúc 17:05 ngày 11/04/2017
Tuổi trẻ Lương Hòa A đại hội nhiệm kỳ mới
Ảnh: Đoàn viên thanh niên biểu diễn văn nghệ chào mừng đại hội.
Ngày 9/4, Đoàn xã Lương Hòa A, huyện Châu Thành, tỉnh Trà Vinh đã tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh xã lần thứ XI, nhiệm kỳ 2017 - 2022. Dự đại hội có anh Thạch Sô Phia, Phó Bí thư Tỉnh đoàn; anh Kim Văn Sơl, Bí thư Huyện đoàn Châu Thành; ông Nguyễn Văn Lộc, Phó Bí thư Thường trực Đảng ủy xã; cùng 100 đại biểu đại diện cho 612 đoàn viên ở 9 chi đoàn ấp và 3 chi đoàn trường học.
Nhiệm kỳ qua, Đoàn xã đã vận động đoàn viên thanh niên tham gia xây dựng nông thôn mới với 2.460 ngày công, nạo vét 7 km kênh nội đồng, lắp đặt 120 bóng đèn cho tuyến "Đường thanh niên thắp sáng" ở ấp Ô Chích A. Đoàn phối hợp mở 5 lớp dạy chữ Khmer trong dịp hè tại chùa Ô Chích với 160 em tham gia; giới thiệu việc làm cho khoảng 230 thanh niên tại các khu công nghiệp ở Bình Dương, Long An. Đoàn kết nạp 148 đoàn viên mới, giới thiệu 21 đoàn viên ưu tú cho Đảng, có 14 đồng chí được kết nạp.
Đại hội đã thảo luận dự thảo văn kiện Đại hội Đoàn huyện Châu Thành và các nội dung theo Hướng dẫn số 21-HD/TĐTN-TCKT ngày 15/11/2016 của Ban Thường vụ Tỉnh đoàn về đại hội Đoàn các cấp nhiệm kỳ 2017 - 2022. Nhiều ý kiến đề xuất thành lập tổ hợp tác thanh niên trồng màu, nuôi bò, giúp thanh niên Khmer lập nghiệp tại quê nhà.
Nhiệm kỳ 2017 - 2022, Đại hội đề ra 6 chỉ tiêu: hằng năm tập hợp 85% thanh niên trong độ tuổi vào tổ chức Đoàn, Hội; kết nạp ít nhất 150 đoàn viên mới; mỗi chi đoàn có 1 công trình thanh niên; giới thiệu 25 đoàn viên ưu tú cho Đảng; hỗ trợ 10 thanh niên khởi nghiệp với 10 dự án khởi nghiệp; 100% chi đoàn xếp loại khá trở lên.
Đại hội đã bầu Ban Chấp hành Đoàn xã khóa XI gồm 11 đồng chí. Tại hội nghị lần thứ nhất, anh Sơn Hoàng Ni được bầu giữ chức Bí thư Đoàn xã; chị Thạch Thị Sa Thi và anh Trần Minh Đức được bầu làm Phó Bí thư Đoàn xã. Đại hội cũng bầu 5 đại biểu chính thức dự Đại hội Đoàn huyện Châu Thành lần thứ XI.
Anh Thạch Sô Phia đề nghị Ban Chấp hành khóa mới phát huy vai trò thanh niên trong giữ gìn chữ viết, văn hóa dân tộc Khmer, phòng, chống ma túy trong thanh niên.
Thay mặt Đảng ủy xã, ông Nguyễn Văn Lộc ghi nhận những đóng góp của tuổi trẻ xã nhà, đề nghị Đoàn xã tiếp tục đồng hành với thanh niên trong học tập, lập nghiệp, nhất là thanh niên hoàn thành nghĩa vụ quân sự trở về địa phương; quan tâm bồi dưỡng cán bộ Đoàn là người dân tộc Khmer để tạo nguồn cán bộ cho xã.
Hữu Tài
Tin khác
- Đoàn xã Đa Lộc tổ chức đại hội điểm (28/03/2017)
- Trà Vinh ra quân Tháng Thanh niên năm 2017 (05/03/2017)
- Thanh niên Châu Thành hiến máu tình nguyện (20/02/2017)
""", "2017-04-11", "Tuổi trẻ Lương Hòa A đại hội nhiệm kỳ mới",
E("dai_hoi", None, "2017-04-09"),
[P("Thạch Sô Phia", "Phó Bí thư Tỉnh đoàn"),
 P("Kim Văn Sơl", "Bí thư Huyện đoàn Châu Thành"),
 P("Nguyễn Văn Lộc", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Sơn Hoàng Ni", "Bí thư Đoàn xã"),
 P("Thạch Thị Sa Thi", "Phó Bí thư Đoàn xã"),
 P("Trần Minh Đức", "Phó Bí thư Đoàn xã")],
[Q("100 đại biểu", 100, "đại biểu"), Q("612 đoàn viên", 612, "đoàn viên"), Q("9 chi đoàn ấp", 9, "chi đoàn ấp"),
 Q("3 chi đoàn trường học", 3, "chi đoàn trường học"), Q("2.460 ngày công", 2460, "ngày công"), Q("7 km", 7, "km"),
 Q("120 bóng đèn", 120, "bóng đèn"), Q("5 lớp dạy chữ Khmer", 5, "lớp dạy chữ Khmer"), Q("160 em", 160, "em"),
 Q("khoảng 230 thanh niên", 230, "thanh niên", "approx"), Q("148 đoàn viên mới", 148, "đoàn viên mới"),
 Q("21 đoàn viên ưu tú", 21, "đoàn viên ưu tú"), Q("14 đồng chí", 14, "đồng chí"), Q("6 chỉ tiêu", 6, "chỉ tiêu"),
 Q("85%", 85, "%"), Q("ít nhất 150 đoàn viên mới", 150, "đoàn viên mới", "over"), Q("25 đoàn viên ưu tú", 25, "đoàn viên ưu tú"),
 Q("10 thanh niên", 10, "thanh niên"), Q("10 dự án khởi nghiệp", 10, "dự án khởi nghiệp"), Q("100%", 100, "%"),
 Q("11 đồng chí", 11, "đồng chí"), Q("5 đại biểu chính thức", 5, "đại biểu chính thức")],
[D("Hướng dẫn", "21", "HD/TĐTN-TCKT", "2016-11-15", "Ban Thường vụ Tỉnh đoàn", "Hướng dẫn số 21-HD/TĐTN-TCKT ngày 15/11/2016")],
[prov("Trà Vinh"), com("Lương Hòa A")],
["TỈNH ĐOÀN TRÀ VINH", "Trang chủ › Tin tức › Đoàn cơ sở", "Ảnh: Đoàn viên thanh niên biểu diễn văn nghệ chào mừng đại hội.",
 "Đường thanh niên thắp sáng", "chùa Ô Chích", "ấp Ô Chích A"],
["Ngày 11 tháng 4 năm 2017", "Cập nhật lúc 17:05 ngày 11/04/2017", "lần thứ XI", "nhiệm kỳ 2017 - 2022", "1 công trình thanh niên",
 "14 đồng chí", "11 đồng chí", "khóa XI", "lần thứ nhất"]))

PAGES.append(page("b3134-binhdinh-ccb-tinh-daihoi-2017", """
Báo Bình Định điện tử
Chính trị | Mặt trận - Đoàn thể
30/06/2017 06:15
Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VI: Phát huy bản chất "Bộ đội Cụ Hồ"
Trong hai ngày 28 - 29/6, Hội Cựu chiến binh (CCB) tỉnh Bình Định tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2017 - 2022. Thượng tướng Nguyễn Văn Đạt, Chủ tịch Trung ương Hội CCB Việt Nam; ông Hồ Quốc Thái, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh và 250 đại biểu chính thức, thay mặt cho hơn 38.500 hội viên CCB trong tỉnh, dự đại hội.
Theo báo cáo, nhiệm kỳ 2012 - 2017, các cấp hội đã hỗ trợ, giúp nhau hơn 26.000 ngày công, cho vay vốn không lãi hơn 6,8 tỷ đồng; phối hợp với các ngân hàng cho 9.834 lượt hộ hội viên vay trên 212 tỷ đồng. Toàn tỉnh có 1.105 doanh nghiệp, trang trại, gia trại do CCB làm chủ, tạo việc làm cho khoảng 7.400 lao động. Các cấp hội vận động xây dựng, sửa chữa 412 nhà "Nghĩa tình đồng đội"; tham gia giải quyết 296 vụ việc tranh chấp, khiếu kiện ở khu dân cư. Hội đã thực hiện tốt Chỉ thị số 06-CT/TU ngày 12/9/2016 của Ban Thường vụ Tỉnh ủy về tăng cường công tác Hội CCB trong tình hình mới.
Đại hội đề ra mục tiêu nhiệm kỳ 2017 - 2022: kết nạp 95% trở lên CCB vào Hội; cơ bản không còn hộ hội viên nghèo vào năm 2022; 85% cơ sở hội trở lên đạt vững mạnh; vận động xây dựng ít nhất 200 nhà "Nghĩa tình đồng đội".
Ngày 29/6, Đại hội đã bầu Ban Chấp hành Hội CCB tỉnh khóa VI gồm 27 ủy viên; Ban Thường vụ gồm 9 ủy viên. Đại tá Đặng Văn Minh được bầu lại làm Chủ tịch Hội CCB tỉnh. Ông Trần Văn Thanh và ông Nguyễn Lâm Hoàng được bầu giữ chức Phó Chủ tịch Hội CCB tỉnh. Đại hội bầu 6 đại biểu dự Đại hội đại biểu toàn quốc Hội CCB Việt Nam lần thứ VI.
Thượng tướng Nguyễn Văn Đạt trao Cờ thi đua của Trung ương Hội CCB Việt Nam cho Hội CCB tỉnh. Ảnh: N.PHÚ
Phát biểu chỉ đạo, ông Hồ Quốc Thái đề nghị các cấp hội tiếp tục thực hiện Quy định số 54-QĐ/TW ngày 12/5/2016 của Ban Bí thư về chế độ học tập lý luận chính trị; chú trọng tập hợp CCB là người đồng bào Ba Na, Chăm, Hrê ở các huyện miền núi An Lão, Vĩnh Thạnh, Vân Canh. Tại đại hội, ông Đinh Văn Bơ, Chủ tịch Hội CCB xã An Toàn, huyện An Lão, trình bày tham luận về mô hình tổ CCB giúp nhau trồng keo, chăn nuôi bò sinh sản.
Đại hội đã thông qua Nghị quyết và phát động phong trào thi đua "Cựu chiến binh gương mẫu" trong toàn tỉnh, hướng tới kỷ niệm 30 năm Ngày thành lập Hội CCB Việt Nam. Trước đó, các cấp hội trong tỉnh đã hoàn thành đại hội cấp cơ sở và cấp huyện đúng kế hoạch, bảo đảm dân chủ, đoàn kết.
NGỌC NHUẬN - NGUYỄN PHÚ
Tin liên quan
- Tuy Phước: Hội CCB huyện đại hội nhiệm kỳ 2017 - 2022 (25/05/2017)
- 159/159 cơ sở hội CCB hoàn thành đại hội (12/04/2017)
- CCB Phù Cát góp 2 tỷ đồng làm đường (02/03/2017)
""", "2017-06-30", 'Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VI: Phát huy bản chất "Bộ đội Cụ Hồ"',
E("dai_hoi", None, "2017-06-28"),
[P("Nguyễn Văn Đạt", "Thượng tướng", "Chủ tịch Trung ương Hội CCB Việt Nam"),
 P("Hồ Quốc Thái", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Đặng Văn Minh", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Trần Văn Thanh", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Nguyễn Lâm Hoàng", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Đinh Văn Bơ", "Chủ tịch Hội CCB xã An Toàn")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("hơn 38.500 hội viên CCB", 38500, "hội viên CCB", "over"),
 Q("hơn 26.000 ngày công", 26000, "ngày công", "over"), Q("hơn 6,8 tỷ đồng", 6800000000, "đồng", "over"),
 Q("9.834 lượt hộ hội viên", 9834, "lượt hộ hội viên"), Q("trên 212 tỷ đồng", 212000000000, "đồng", "over"),
 Q("1.105 doanh nghiệp, trang trại, gia trại", 1105, "doanh nghiệp, trang trại, gia trại"),
 Q("khoảng 7.400 lao động", 7400, "lao động", "approx"), Q("412 nhà", 412, "nhà"),
 Q("296 vụ việc tranh chấp, khiếu kiện", 296, "vụ việc tranh chấp, khiếu kiện"), Q("95% trở lên", 95, "%", "over"),
 Q("85%", 85, "%", "over"), Q("ít nhất 200 nhà", 200, "nhà", "over"), Q("27 ủy viên", 27, "ủy viên"), Q("9 ủy viên", 9, "ủy viên"),
 Q("6 đại biểu", 6, "đại biểu")],
[D("Chỉ thị", "06", "CT/TU", "2016-09-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06-CT/TU ngày 12/9/2016"),
 D("Quy định", "54", "QĐ/TW", "2016-05-12", "Ban Bí thư", "Quy định số 54-QĐ/TW ngày 12/5/2016")],
[prov("Bình Định"), com("An Toàn")],
["Báo Bình Định điện tử", "Chính trị | Mặt trận - Đoàn thể", "Bộ đội Cụ Hồ", "Nghĩa tình đồng đội",
 "Thượng tướng Nguyễn Văn Đạt trao Cờ thi đua của Trung ương Hội CCB Việt Nam cho Hội CCB tỉnh. Ảnh: N.PHÚ", "Cựu chiến binh gương mẫu"],
["30/06/2017 06:15", "hai ngày", "lần thứ VI", "nhiệm kỳ 2017 - 2022", "nhiệm kỳ 2012 - 2017", "năm 2022", "khóa VI", "30 năm"]))

PAGES.append(page("b3135-daklak-hnd-xa-daihoi-2018", """
HỘI NÔNG DÂN TỈNH ĐẮK LẮK
Trang chủ / Hoạt động Hội / Cơ sở Hội
2018-05-16 09:12
Đại hội điểm Hội Nông dân xã Ea Tul nhiệm kỳ 2018 - 2023
Hội viên nông dân buôn Ea Tul tham quan gian trưng bày nông sản bên lề đại hội.
Ngày 14/5/2018, Hội Nông dân xã Ea Tul, huyện Cư M'gar, tỉnh Đắk Lắk tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2018 - 2023. Đây là đại hội điểm cấp cơ sở của Hội Nông dân huyện Cư M'gar. Đến dự có ông Y Bhim Êban, Phó Chủ tịch Hội Nông dân tỉnh; bà H'Luyến Niê, HUV, Chủ tịch Hội Nông dân huyện; ông Y Khuê Byă, Bí thư Đảng ủy, Chủ tịch HĐND xã Ea Tul cùng 95 đại biểu đại diện cho 1.782 hội viên của 14 chi hội.
Theo báo cáo, nhiệm kỳ 2013 - 2018, có 842 hộ đăng ký thi đua sản xuất, kinh doanh giỏi, trong đó 517 hộ đạt danh hiệu các cấp. Hội đã tín chấp cho 326 hộ vay vốn từ Ngân hàng Chính sách xã hội và Ngân hàng Nông nghiệp với dư nợ khoảng 11,5 tỷ đồng; Quỹ Hỗ trợ nông dân của xã đạt 320 triệu đồng, cho 29 hộ vay chăn nuôi bò, trồng tiêu, cà phê. Hội phối hợp tổ chức 18 lớp tập huấn kỹ thuật tái canh cà phê cho hơn 900 lượt hội viên, thành lập 2 tổ hợp tác trồng cà phê bền vững với 46 thành viên. Hội viên hiến 4.300 m2 đất, góp hơn 650 triệu đồng làm đường giao thông nông thôn.
Các đại biểu thẳng thắn chỉ ra hạn chế: có 3 chi hội ở các buôn xa trung tâm sinh hoạt chưa đều; một số hội viên còn bị tư thương ép giá, cho vay nặng lãi. Đại hội thống nhất thực hiện Kết luận số 61-KL/TW ngày 03/12/2009 của Ban Bí thư về nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân, cùng Quyết định số 81/2014/QĐ-TTg của Thủ tướng Chính phủ về phối hợp giữa các bộ, ngành, UBND các cấp với Hội Nông dân.
Nhiệm kỳ 2018 - 2023, Hội Nông dân xã phấn đấu: hằng năm có 60% hộ hội viên đăng ký thi đua sản xuất, kinh doanh giỏi, trong đó 55% đạt danh hiệu các cấp; phát triển Quỹ Hỗ trợ nông dân của xã lên 500 triệu đồng; thành lập mới 2 hợp tác xã nông nghiệp; kết nạp thêm 120 hội viên mới; 80% chi hội đạt vững mạnh.
Đại hội đã bầu Ban Chấp hành khóa X gồm 11 đồng chí. Ông Y Hiên Mlô được bầu làm Chủ tịch Hội Nông dân xã; ông Nguyễn Văn Bảy và bà H'Nga Kbuôr được bầu làm Phó Chủ tịch. Đại hội bầu 7 đại biểu chính thức dự Đại hội Hội Nông dân huyện Cư M'gar lần thứ X.
Phát biểu chỉ đạo, ông Y Bhim Êban đề nghị Ban Chấp hành khóa mới tiếp tục hướng dẫn hội viên người Êđê sản xuất theo chuỗi giá trị, giữ đất sản xuất, không nghe theo kẻ xấu; nhân rộng mô hình "Buôn tự quản về an ninh trật tự" ở các buôn Ea Tul, Kroa.
Y Tuyn
Lượt xem: 688
Bài viết liên quan
- Cư M'gar: hoàn thành đại hội điểm Hội Nông dân cấp xã (18/05/2018)
- Krông Búk: Hội Nông dân xã Pơng Drang đại hội lần thứ IX (10/05/2018)
- Trao 50 con bò cho hội viên nông dân nghèo (28/04/2018)
""", "2018-05-16", "Đại hội điểm Hội Nông dân xã Ea Tul nhiệm kỳ 2018 - 2023",
E("dai_hoi", None, "2018-05-14"),
[P("Y Bhim Êban", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("H'Luyến Niê", "HUV", "Chủ tịch Hội Nông dân huyện"),
 P("Y Khuê Byă", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Ea Tul"),
 P("Y Hiên Mlô", "Chủ tịch Hội Nông dân xã"),
 P("Nguyễn Văn Bảy", "Phó Chủ tịch"),
 P("H'Nga Kbuôr", "Phó Chủ tịch")],
[Q("95 đại biểu", 95, "đại biểu"), Q("1.782 hội viên", 1782, "hội viên"), Q("14 chi hội", 14, "chi hội"), Q("842 hộ", 842, "hộ"),
 Q("517 hộ", 517, "hộ"), Q("326 hộ", 326, "hộ"), Q("khoảng 11,5 tỷ đồng", 11500000000, "đồng", "approx"),
 Q("320 triệu đồng", 320000000, "đồng"), Q("29 hộ", 29, "hộ"), Q("18 lớp tập huấn", 18, "lớp tập huấn"),
 Q("hơn 900 lượt hội viên", 900, "lượt hội viên", "over"), Q("2 tổ hợp tác trồng cà phê bền vững", 2, "tổ hợp tác trồng cà phê bền vững"),
 Q("46 thành viên", 46, "thành viên"), Q("4.300 m2", 4300, "m2"), Q("hơn 650 triệu đồng", 650000000, "đồng", "over"),
 Q("3 chi hội", 3, "chi hội"), Q("60%", 60, "%"), Q("55%", 55, "%"), Q("500 triệu đồng", 500000000, "đồng"),
 Q("2 hợp tác xã nông nghiệp", 2, "hợp tác xã nông nghiệp"), Q("120 hội viên mới", 120, "hội viên mới"), Q("80%", 80, "%"),
 Q("11 đồng chí", 11, "đồng chí"), Q("7 đại biểu chính thức", 7, "đại biểu chính thức")],
[D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 03/12/2009"),
 D("Quyết định", "81", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 81/2014/QĐ-TTg")],
[prov("Đắk Lắk"), com("Ea Tul")],
["HỘI NÔNG DÂN TỈNH ĐẮK LẮK", "Trang chủ / Hoạt động Hội / Cơ sở Hội",
 "Hội viên nông dân buôn Ea Tul tham quan gian trưng bày nông sản bên lề đại hội.", "Buôn tự quản về an ninh trật tự",
 "Quỹ Hỗ trợ nông dân", "Ngân hàng Chính sách xã hội", "Lượt xem: 688"],
["2018-05-16 09:12", "lần thứ X", "nhiệm kỳ 2018 - 2023", "nhiệm kỳ 2013 - 2018", "11 đồng chí", "khóa X", "Lượt xem: 688"]))

PAGES.append(page("b3136-ninhthuan-mttq-tinh-daihoi-2019", """
Báo Ninh Thuận - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Ninh Thuận
Hôm nay: Thứ Hai, 26/08/2019
Thời sự :: Chính trị :: Mặt trận
08:20 | 23/08/2019
Đại hội đại biểu MTTQ Việt Nam tỉnh Ninh Thuận lần thứ XI, nhiệm kỳ 2019 - 2024
Ảnh: Các đại biểu dự phiên khai mạc.
Trong hai ngày 21 và 22/8, Ủy ban MTTQ Việt Nam tỉnh tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI, nhiệm kỳ 2019 - 2024. Dự đại hội có bà Trương Thị Ngọc Lan, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; ông Nguyễn Đức Hạnh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; ông Lưu Văn Khải, Chủ tịch UBND tỉnh. Tham dự có 260 đại biểu chính thức là người tiêu biểu các dân tộc Kinh, Chăm, Raglai, Hoa, chức sắc các tôn giáo Phật giáo, Công giáo, Bà-la-môn, Hồi giáo Bani, Hồi giáo.
Nhiệm kỳ 2014 - 2019, Mặt trận các cấp đã vận động Quỹ "Vì người nghèo" được trên 82,6 tỷ đồng; xây dựng 1.245 căn nhà Đại đoàn kết; tỷ lệ hộ nghèo toàn tỉnh giảm bình quân 2,5%/năm. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" có 94,7% hộ gia đình đạt danh hiệu gia đình văn hóa. Mặt trận tổ chức 372 cuộc giám sát, 58 hội nghị phản biện xã hội với 640 ý kiến góp ý vào dự thảo văn bản của chính quyền; thực hiện Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 về giám sát, phản biện xã hội.
Đại hội thống nhất 6 chương trình hành động, trong đó phấn đấu vận động Quỹ "Vì người nghèo" tăng 10% mỗi năm; 100% khu dân cư có mô hình tự quản; mỗi năm hỗ trợ xây dựng ít nhất 150 căn nhà Đại đoàn kết; 90% khu dân cư đạt chuẩn văn hóa.
Đại hội đã hiệp thương cử 63 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa XI. Tại hội nghị lần thứ nhất, Ủy ban đã hiệp thương cử Ban Thường trực gồm 5 vị. Bà Chamaléa Thị Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các ông, bà: Đàng Thị Mỹ Hương, Lê Văn Bình - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Thông Minh Tuấn - Ủy viên Thường trực. Ủy ban cũng cử 9 vị vào Đoàn Chủ tịch.
Đồng chí Nguyễn Đức Hạnh tặng hoa chúc mừng các thành viên Ủy ban MTTQ tỉnh khóa XI.
Tại phiên thảo luận, Cả sư Thập Tấn, Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh; ông Bá Văn Thuận, Phó Ban đại diện Hội đồng sư cả Hồi giáo Bani, cùng nhiều đại biểu đã phát biểu, khẳng định quyết tâm cùng đồng bào Chăm xây dựng làng xã ổn định, đoàn kết. Ông Katơr Huỳnh, người có uy tín thôn Ma Trai, xã Phước Thành, huyện Bác Ái chia sẻ kinh nghiệm vận động đồng bào Raglai bỏ tập quán đốt rẫy.
Đại hội cũng hiệp thương cử 7 đại biểu dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX, nhiệm kỳ 2019 - 2024.
Đăng Khoa
Các tin khác
- Ninh Phước: Đại hội MTTQ huyện lần thứ XI (25/07/2019)
- Xã Phước Đại hoàn thành đại hội điểm Mặt trận (18/05/2019)
- Trao 40 căn nhà Đại đoàn kết cho hộ nghèo Thuận Bắc (14/04/2019)
""", "2019-08-23", "Đại hội đại biểu MTTQ Việt Nam tỉnh Ninh Thuận lần thứ XI, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-08-21"),
[P("Trương Thị Ngọc Lan", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Nguyễn Đức Hạnh", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Lưu Văn Khải", "Chủ tịch UBND tỉnh"),
 P("Chamaléa Thị Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đàng Thị Mỹ Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thông Minh Tuấn", "Ủy viên Thường trực"),
 P("Thập Tấn", "Cả sư", "Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh"),
 P("Bá Văn Thuận", "Phó Ban đại diện Hội đồng sư cả Hồi giáo Bani"),
 P("Katơr Huỳnh", "người có uy tín thôn Ma Trai")],
[Q("260 đại biểu chính thức", 260, "đại biểu chính thức"), Q("trên 82,6 tỷ đồng", 82600000000, "đồng", "over"),
 Q("1.245 căn nhà Đại đoàn kết", 1245, "căn nhà Đại đoàn kết"), Q("2,5%", 2.5, "%"), Q("94,7%", 94.7, "%"),
 Q("372 cuộc giám sát", 372, "cuộc giám sát"), Q("58 hội nghị phản biện xã hội", 58, "hội nghị phản biện xã hội"),
 Q("640 ý kiến", 640, "ý kiến"), Q("6 chương trình hành động", 6, "chương trình hành động"), Q("10%", 10, "%"), Q("100%", 100, "%"),
 Q("ít nhất 150 căn nhà Đại đoàn kết", 150, "căn nhà Đại đoàn kết", "over"), Q("90%", 90, "%"),
 Q("63 vị", 63, "vị"), Q("5 vị", 5, "vị"), Q("9 vị", 9, "vị"), Q("7 đại biểu", 7, "đại biểu")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15", None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017")],
[prov("Ninh Thuận"), com("Phước Thành")],
["Báo Ninh Thuận - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Ninh Thuận", "Hôm nay: Thứ Hai, 26/08/2019",
 "Thời sự :: Chính trị :: Mặt trận", "Ảnh: Các đại biểu dự phiên khai mạc.", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Đồng chí Nguyễn Đức Hạnh tặng hoa chúc mừng các thành viên Ủy ban MTTQ tỉnh khóa XI.", "Hồi giáo Bani", "Bà-la-môn"],
["Hôm nay: Thứ Hai, 26/08/2019", "08:20 | 23/08/2019", "hai ngày", "lần thứ XI", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019", "khóa XI", "lần thứ nhất", "lần thứ IX"]))
