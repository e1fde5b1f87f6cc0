from lib import *
PAGES = []

PAGES.append(page("b5585-thanhhoa-xa-giaoban-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ CẨM LƯƠNG - HUYỆN CẨM THỦY - TỈNH THANH HÓA
Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy
Thứ Tư, 05/10/2022
Khối dân vận xã Cẩm Lương giao ban tháng 9: vận động các thôn giữ tiếng chiêng Mường
Ngày 03/10/2022, Đảng ủy xã Cẩm Lương tổ chức giao ban khối dân vận tháng 9/2022, đánh giá kết quả thực hiện nhiệm vụ trong tháng và triển khai nhiệm vụ tháng 10. Đồng chí Trương Thị Hằng, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã chủ trì; dự giao ban có đồng chí Bùi Văn Chương, Bí thư Đảng ủy xã.
Trong tháng 9, khối dân vận tập trung thực hiện Nghị quyết chuyên đề số 05-NQ/ĐU của Đảng ủy xã về bảo tồn văn hóa dân tộc Mường giai đoạn 2021 - 2025 và Kế hoạch số 18-KH/ĐU ngày 12/3/2022 về xây dựng đội chiêng ở các thôn. Xã có 9 thôn với 1.420 hộ, trong đó 92% là đồng bào Mường; hiện 7 đội chiêng đang hoạt động, tổng số 86 chiếc chiêng được người dân gìn giữ. Trong tháng, Ban công tác Mặt trận các thôn đã vận động 35 hộ hiến chiêng cổ cho nhà văn hóa thôn để cộng đồng cùng sử dụng, quyên góp được 42 triệu đồng mua thêm 2 bộ chiêng cho thôn Ngọc Lẫm và thôn Dùn.
Ông Quách Văn Lự, Chủ tịch Ủy ban MTTQ xã báo cáo việc thực hiện Quy chế phối hợp số 03 giữa Ủy ban MTTQ xã và UBND xã về vận động nhân dân xây dựng nông thôn mới; 95% hộ gia đình đã đăng ký danh hiệu "Gia đình văn hóa" năm 2022. Bà Bùi Thị Nga, Chủ tịch Hội LHPN xã cho biết hội đã thành lập câu lạc bộ hát Xường, hát Ví với 28 hội viên, sinh hoạt mỗi tháng 2 lần.
Tại giao ban, các ông Bùi Văn Tùng, Phạm Văn Dũng, Quách Công Lâm - nghệ nhân chiêng Mường được mời dự đã đề nghị xã mở lớp dạy đánh chiêng cho học sinh Trường THCS Cẩm Lương vào dịp hè, vì "các cháu bây giờ thích nhạc điện tử hơn tiếng chiêng". Đồng chí Bùi Văn Chương đồng ý giao Đoàn Thanh niên phối hợp nhà trường xây dựng kế hoạch, kinh phí lấy từ nguồn xã hội hóa và nguồn hỗ trợ theo Quyết định số 3447/QĐ-UBND của UBND tỉnh Thanh Hóa.
Kết luận giao ban, đồng chí Trương Thị Hằng yêu cầu tháng 10 các đoàn thể vận động nhân dân chuẩn bị Ngày hội văn hóa các thôn vào dịp 18/11, có phần thi đánh chiêng, hát Xường và ẩm thực Mường; tiếp tục thực hiện phong trào "Dân vận khéo", phấn đấu có thêm 2 mô hình về bảo tồn văn hóa.
Đồng chí cũng lưu ý các chi bộ thôn nắm chắc tình hình tư tưởng nhân dân, phản ánh kịp thời những kiến nghị về giá điện, nước sinh hoạt và tiến độ làm đường giao thông nội đồng để Đảng ủy có hướng xử lý.
Văn phòng Đảng ủy
Tin khác
- Cẩm Lương: Đón nhận danh hiệu xã đạt chuẩn nông thôn mới (20/09/2022)
- Hội LHPN xã ra mắt câu lạc bộ hát Xường (05/09/2022)
- Giao ban khối dân vận tháng 8/2022 (02/09/2022)
""", "2022-10-05", "Khối dân vận xã Cẩm Lương giao ban tháng 9: vận động các thôn giữ tiếng chiêng Mường",
E("giao_ban", "2022-09", "2022-10-03"),
[P("Trương Thị Hằng", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Bùi Văn Chương", "Bí thư Đảng ủy xã"),
 P("Quách Văn Lự", "Chủ tịch Ủy ban MTTQ xã"),
 P("Bùi Thị Nga", "Chủ tịch Hội LHPN xã"),
 P("Bùi Văn Tùng", "nghệ nhân chiêng Mường"), P("Phạm Văn Dũng", "nghệ nhân chiêng Mường"), P("Quách Công Lâm", "nghệ nhân chiêng Mường")],
[Q("9 thôn", 9, "thôn"), Q("1.420 hộ", 1420, "hộ"), Q("92%", 92, "%"), Q("7 đội chiêng", 7, "đội chiêng"), Q("86 chiếc chiêng", 86, "chiếc chiêng"),
 Q("35 hộ", 35, "hộ"), Q("42 triệu đồng", 42000000, "đồng"), Q("2 bộ chiêng", 2, "bộ chiêng"), Q("95%", 95, "%"),
 Q("28 hội viên", 28, "hội viên"), Q("2 mô hình", 2, "mô hình")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 05-NQ/ĐU"),
 D("Kế hoạch", "18", "KH/ĐU", "2022-03-12", "Đảng ủy xã", "Kế hoạch số 18-KH/ĐU ngày 12/3/2022"),
 D("Quy chế phối hợp", "03", None, None, None, "Quy chế phối hợp số 03"),
 D("Quyết định", "3447", "QĐ-UBND", None, "UBND tỉnh Thanh Hóa", "Quyết định số 3447/QĐ-UBND")],
[prov("Thanh Hóa"), com("Cẩm Lương")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ CẨM LƯƠNG - HUYỆN CẨM THỦY - TỈNH THANH HÓA", "Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy",
 "Gia đình văn hóa", "Dân vận khéo", "Văn phòng Đảng ủy", "Trường THCS Cẩm Lương"],
["Thứ Tư, 05/10/2022", "tháng 9/2022", "tháng 10", "giai đoạn 2021 - 2025", "năm 2022", "mỗi tháng 2 lần", "18/11"]))

PAGES.append(page("b5586-angiang-bdv-traoqua-2022", """
BÁO AN GIANG ONLINE
Thời sự | Chính trị | Dân tộc - Tôn giáo
24/09/2022 06:00
Lãnh đạo tỉnh thăm, tặng quà chùa Khmer nhân Lễ Sene Dolta
Đồng chí Chau Văn Lâm (thứ hai từ trái) trao quà cho chùa Phnôm Pi.
(AG) - Ngày 23/9/2022, đoàn công tác của Ban Dân vận Tỉnh ủy An Giang do đồng chí Chau Văn Lâm, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc mừng và tặng quà các chùa Phật giáo Nam tông Khmer, gia đình người có uy tín và hộ nghèo người Khmer tại huyện Tri Tôn, thị xã Tịnh Biên nhân Lễ Sene Dolta năm 2022.
Đoàn đã đến thăm 15 chùa Khmer, tặng mỗi chùa 3 triệu đồng; trao 200 suất quà cho hộ nghèo, hộ cận nghèo, mỗi suất trị giá 500.000 đồng gồm gạo, dầu ăn và nhu yếu phẩm. Tổng trị giá quà tặng trên 145 triệu đồng, do Ban Dân vận Tỉnh ủy vận động các doanh nghiệp, nhà hảo tâm đóng góp.
Tại chùa Phnôm Pi, xã Châu Lăng, Hòa thượng Chau Sóc Pha, Trụ trì chùa, Ủy viên Hội đồng Trị sự Giáo hội Phật giáo Việt Nam tỉnh bày tỏ cảm ơn sự quan tâm của Tỉnh ủy. Hòa thượng cho biết, chùa đang duy trì 6 lớp dạy chữ Khmer với 180 học sinh, một đội nhạc ngũ âm và đội múa Rô băm phục vụ các lễ hội của bà con phum, sóc.
Đồng chí Chau Văn Lâm ghi nhận vai trò của các vị sư sãi, người có uy tín trong vận động đồng bào thực hiện Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư và Kế hoạch số 127-KH/TU của Tỉnh ủy; đề nghị các chùa tiếp tục giữ gìn chữ viết, lễ hội truyền thống, tham gia chuẩn bị tốt Hội đua bò Bảy Núi lần thứ 29. Theo Chương trình phối hợp số 04-CTr/BDVTU-MTTQ giữa Ban Dân vận Tỉnh ủy và Ủy ban MTTQ Việt Nam tỉnh, năm 2022 các chùa được hỗ trợ 1,3 tỷ đồng tu bổ trường dạy chữ và sala.
Ông Néang Sóc Ka, người có uy tín phum Sà Lôn, xã An Cư chia sẻ: "Lễ Sene Dolta là dịp con cháu về báo hiếu ông bà, tổ tiên. Năm nay bà con vui hơn vì được chính quyền quan tâm, đường vô sóc đã được láng nhựa".
Cùng đi với đoàn có các đồng chí Chau Thị Sa Ri, Phó Trưởng Ban Dân vận Tỉnh ủy; Lê Thanh Phong, Phó Trưởng Ban Dân tộc tỉnh; Đinh Thị Bé Tư, HUV, Bí thư Đảng ủy thị trấn Tri Tôn.
Cùng ngày, Thường trực Ủy ban MTTQ Việt Nam tỉnh cũng tổ chức các đoàn đến thăm, tặng quà 20 chùa Khmer tại huyện Tri Tôn và thị xã Tịnh Biên với tổng trị giá khoảng 100 triệu đồng.
Lễ Sene Dolta là lễ hội truyền thống lớn của đồng bào Khmer, diễn ra từ ngày 29/8 đến hết ngày 1/9 âm lịch hằng năm. Trong những ngày lễ, bà con mang lễ vật đến chùa, tổ chức nghi thức cúng ông bà, tổ tiên; các phum, sóc tổ chức văn nghệ, thể thao, tạo không khí vui tươi, đoàn kết. Ban Dân vận Tỉnh ủy đề nghị các địa phương bảo đảm an ninh trật tự, an toàn giao thông trong suốt thời gian lễ hội.
Ngọc Hân
Tin liên quan
- Tri Tôn: Hội thi văn nghệ dân gian Khmer năm 2022 (15/09/2022)
- Trao 300 suất quà cho hộ nghèo đồng bào Khmer (10/09/2022)
- Lễ hội đua bò Bảy Núi sẽ diễn ra tại Tịnh Biên (02/09/2022)
""", "2022-09-24", "Lãnh đạo tỉnh thăm, tặng quà chùa Khmer nhân Lễ Sene Dolta",
E("trao_qua", None, "2022-09-23"),
[P("Chau Văn Lâm", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chau Sóc Pha", "Hòa thượng", "Trụ trì chùa", "Ủy viên Hội đồng Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Néang Sóc Ka", "người có uy tín phum Sà Lôn"),
 P("Chau Thị Sa Ri", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thanh Phong", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Đinh Thị Bé Tư", "HUV", "Bí thư Đảng ủy thị trấn Tri Tôn")],
[Q("15 chùa Khmer", 15, "chùa Khmer"), Q("3 triệu đồng", 3000000, "đồng"), Q("200 suất quà", 200, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("trên 145 triệu đồng", 145000000, "đồng", "over"),
 Q("6 lớp dạy chữ Khmer", 6, "lớp dạy chữ Khmer"), Q("180 học sinh", 180, "học sinh"), Q("1,3 tỷ đồng", 1300000000, "đồng"),
 Q("20 chùa Khmer", 20, "chùa Khmer"), Q("khoảng 100 triệu đồng", 100000000, "đồng", "approx")],
[D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/01/2018"),
 D("Kế hoạch", "127", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 127-KH/TU"),
 D("Chương trình phối hợp", "04", "CTr/BDVTU-MTTQ", None, None, "Chương trình phối hợp số 04-CTr/BDVTU-MTTQ")],
[prov("An Giang"), com("Châu Lăng"), com("An Cư"), com("Tri Tôn")],
["BÁO AN GIANG ONLINE", "Thời sự | Chính trị | Dân tộc - Tôn giáo", "Đồng chí Chau Văn Lâm (thứ hai từ trái) trao quà cho chùa Phnôm Pi.",
 "(AG)", "Sene Dolta", "Hội đua bò Bảy Núi", "Rô băm"],
["24/09/2022 06:00", "năm 2022", "lần thứ 29", "thứ hai từ trái"]))

PAGES.append(page("b5587-binhphuoc-bdv-taphuan-2023", """
Báo Bình Phước
Trang chủ / Chính trị / Dân vận
Thứ Năm, 13/04/2023, 08:05
Học viên thực hành giao tiếp tiếng S'tiêng tại lớp tập huấn.
Cán bộ dân vận "học tiếng đồng bào để hiểu lòng đồng bào"
Từ ngày 11 đến 12/4/2023, Ban Dân vận Tỉnh ủy Bình Phước tổ chức lớp tập huấn nghiệp vụ công tác dân vận vùng đồng bào dân tộc thiểu số năm 2023, kết hợp dạy tiếng S'tiêng giao tiếp cho 80 học viên là cán bộ dân vận, Mặt trận, đoàn thể cấp huyện, xã.
Phát biểu khai mạc, đồng chí Điểu Lên, Phó Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: cán bộ dân vận không nói được tiếng đồng bào thì khó "nghe dân nói, nói dân hiểu". Lớp tập huấn được tổ chức theo Kế hoạch số 223-KH/BDVTU ngày 20/3/2023 của Ban Dân vận Tỉnh ủy và Hướng dẫn 06, 07-HD/BDVTU về công tác dân vận vùng đồng bào dân tộc thiểu số và về xây dựng đội ngũ người có uy tín.
Học viên được nghe 3 chuyên đề: tình hình đồng bào dân tộc thiểu số trong tỉnh; chính sách thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ; kỹ năng vận động đồng bào giữ gìn lễ hội, cồng chiêng. Thầy Điểu Xuân, giáo viên Trường Phổ thông Dân tộc nội trú tỉnh trực tiếp dạy khoảng 300 từ, câu giao tiếp thông dụng bằng tiếng S'tiêng.
Theo báo cáo, toàn tỉnh có trên 41.000 người S'tiêng, sống tập trung ở Bù Gia Mập, Bù Đăng, Lộc Ninh; hiện còn 47 đội cồng chiêng, nhưng số nghệ nhân biết chỉnh chiêng chỉ khoảng 20 người. Năm 2022, tỉnh đã hỗ trợ 850 triệu đồng để phục dựng lễ hội Cầu mưa, lễ hội Mừng lúa mới của người S'tiêng tại các xã Đak Ơ, Đồng Nai.
Chia sẻ tại lớp học, ông Điểu Bình, người có uy tín sóc Bù Dốt, xã Lộc Thịnh cho biết: "Cán bộ xuống sóc mà chào bà con bằng tiếng S'tiêng thì bà con mở lòng ngay". Chị Thị Hoài Thương, Bí thư Đoàn xã Đak Ơ, đề xuất đưa bài học tiếng S'tiêng lên mạng xã hội để đoàn viên tự học.
Mỗi học viên được hỗ trợ 200.000 đồng/ngày; tổng kinh phí lớp tập huấn 96 triệu đồng. Kết thúc lớp học, 78 học viên đạt yêu cầu bài kiểm tra giao tiếp, đạt 97,5%.
Bế mạc lớp tập huấn, đồng chí Lâm Thị Hồng Nhung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy đề nghị học viên về địa phương tiếp tục tự học, mỗi cán bộ dân vận xã phải giao tiếp được bằng tiếng dân tộc đông nhất trên địa bàn trong năm 2023. Ban Dân vận Tỉnh ủy sẽ biên soạn sổ tay từ vựng S'tiêng, M'nông, Khmer phát cho cơ sở trong quý III.
Hồng Nhung - Điểu Hiền
Xem thêm
- Bù Gia Mập ra mắt câu lạc bộ cồng chiêng S'tiêng (06/04/2023)
- Hội nghị người có uy tín năm 2023 (28/03/2023)
- Lộc Ninh: Dạy tiếng Khmer cho cán bộ cơ sở (15/03/2023)
""", "2023-04-13", "Cán bộ dân vận \"học tiếng đồng bào để hiểu lòng đồng bào\"",
E("tap_huan", "2023", "2023-04-11"),
[P("Điểu Lên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Điểu Xuân", "giáo viên Trường Phổ thông Dân tộc nội trú tỉnh"),
 P("Điểu Bình", "người có uy tín sóc Bù Dốt"),
 P("Thị Hoài Thương", "Bí thư Đoàn xã Đak Ơ"),
 P("Lâm Thị Hồng Nhung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("80 học viên", 80, "học viên"), Q("3 chuyên đề", 3, "chuyên đề"), Q("khoảng 300 từ, câu", 300, "từ, câu", "approx"),
 Q("trên 41.000 người S'tiêng", 41000, "người S'tiêng", "over"), Q("47 đội cồng chiêng", 47, "đội cồng chiêng"),
 Q("khoảng 20 người", 20, "người", "approx"), Q("850 triệu đồng", 850000000, "đồng"), Q("200.000 đồng", 200000, "đồng"),
 Q("96 triệu đồng", 96000000, "đồng"), Q("78 học viên", 78, "học viên"), Q("97,5%", 97.5, "%")],
[D("Kế hoạch", "223", "KH/BDVTU", "2023-03-20", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 223-KH/BDVTU ngày 20/3/2023"),
 D("Hướng dẫn", "06", "HD/BDVTU", None, None, "Hướng dẫn 06, 07-HD/BDVTU"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, None, "Hướng dẫn 06, 07-HD/BDVTU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Bình Phước"), com("Lộc Thịnh"), com("Đak Ơ"), com("Đồng Nai")],
["Báo Bình Phước", "Trang chủ / Chính trị / Dân vận", "Học viên thực hành giao tiếp tiếng S'tiêng tại lớp tập huấn.",
 "nghe dân nói, nói dân hiểu", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Trường Phổ thông Dân tộc nội trú tỉnh"],
["Thứ Năm, 13/04/2023, 08:05", "năm 2023", "Năm 2022"]))

PAGES.append(page("b5588-kiengiang-bdv-soket-2023", """
BAN DÂN VẬN TỈNH ỦY KIÊN GIANG
You are here: Trang chủ » Hoạt động » Công tác dân tộc
Cập nhật: 10:25, 14/07/2023 (GMT+7)
Toàn cảnh hội nghị.
Kiên Giang: Chuẩn bị chu đáo Lễ hội Ok Om Bok, đua ghe Ngo
Sáng 13/7, Ban Dân vận Tỉnh ủy Kiên Giang tổ chức hội nghị sơ kết công tác dân vận vùng đồng bào dân tộc Khmer 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm, trọng tâm là chuẩn bị Lễ hội Ok Om Bok - đua ghe Ngo năm 2023. Đồng chí Danh Hùng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Theo báo cáo, 6 tháng đầu năm, khối dân vận đã phối hợp 75 chùa Khmer tổ chức Tết Chôl Chnăm Thmây; vận động thành lập 36 đội ghe Ngo với trên 2.100 vận động viên tập luyện cho mùa giải. Các cấp đã triển khai Kế hoạch số 202-KH/TU của Tỉnh ủy về công tác vùng đồng bào Khmer và Chỉ thị 10, 11-CT/TU của Ban Thường vụ Tỉnh ủy về tổ chức lễ hội và về bảo tồn chữ viết Khmer. Vốn thuộc chương trình mục tiêu quốc gia theo Nghị quyết số 120/2020/QH14 ngày 19/6/2020 của Quốc hội đã hỗ trợ 1,6 tỷ đồng cho các thiết chế văn hóa; tỷ lệ hộ nghèo người Khmer giảm còn 3,2%.
Đồng chí Lâm Văn Dươl, Phó Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy cho biết, hè năm nay có 64 lớp dạy chữ Khmer hè với 2.860 học sinh; 12 đội nhạc ngũ âm được hỗ trợ nhạc cụ. Hòa thượng Danh Sóc Thươl, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh đề nghị các địa phương sớm bố trí kinh phí sửa ghe Ngo, vì nhiều ghe đã trên 30 năm tuổi.
Tại hội nghị, bà Thạch Thị Kim Hoa, Phó Trưởng Ban Dân tộc tỉnh nêu khó khăn trong việc tìm thợ làm ghe Ngo; ông Danh Sên, người có uy tín ấp Xà Xiêm, xã Vĩnh Hòa Hưng Bắc đề nghị giữ đúng các nghi thức cúng trăng, thả đèn nước trong lễ hội, không để bị thương mại hóa. Các bà Danh Thị Phola, Sơn Thị Dara - Phó Chủ tịch Hội LHPN tỉnh thông tin về kế hoạch tổ chức thi ẩm thực, trình diễn trang phục Khmer bên lề lễ hội.
Phát biểu kết luận, đồng chí Danh Hùng yêu cầu 6 tháng cuối năm các cấp ủy chỉ đạo tổ chức lễ hội an toàn, tiết kiệm; Ban Dân vận các huyện phối hợp Ban quản trị chùa vận động bà con đóng góp sửa chữa 36 chiếc ghe Ngo, dự kiến trên 500 triệu đồng; tiếp tục nhân rộng mô hình "Dân vận khéo" trong đồng bào Khmer, phấn đấu mỗi huyện có ít nhất 2 mô hình mới.
Dịp này, Ban Dân vận Tỉnh ủy khen thưởng 9 tập thể, 14 cá nhân có thành tích tiêu biểu trong công tác vận động đồng bào Khmer 6 tháng đầu năm.
Kim Ngân
Tin cùng chuyên mục
- Gò Quao: 8 đội ghe Ngo bắt đầu tập luyện (05/07/2023)
- Trao 400 phần quà cho học sinh Khmer học chữ hè (30/06/2023)
- Châu Thành: Đối thoại với sư sãi, người có uy tín (20/06/2023)
""", "2023-07-14", "Kiên Giang: Chuẩn bị chu đáo Lễ hội Ok Om Bok, đua ghe Ngo",
E("so_ket", "2023-H1", "2023-07-13"),
[P("Danh Hùng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Văn Dươl", "Phó Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Danh Sóc Thươl", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Thạch Thị Kim Hoa", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Danh Sên", "người có uy tín ấp Xà Xiêm"),
 P("Danh Thị Phola", "Phó Chủ tịch Hội LHPN tỉnh"), P("Sơn Thị Dara", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("75 chùa Khmer", 75, "chùa Khmer"), Q("36 đội ghe Ngo", 36, "đội ghe Ngo"), Q("trên 2.100 vận động viên", 2100, "vận động viên", "over"),
 Q("1,6 tỷ đồng", 1600000000, "đồng"), Q("3,2%", 3.2, "%"), Q("64 lớp dạy chữ Khmer hè", 64, "lớp dạy chữ Khmer hè"),
 Q("2.860 học sinh", 2860, "học sinh"), Q("12 đội nhạc ngũ âm", 12, "đội nhạc ngũ âm"), Q("36 chiếc ghe Ngo", 36, "chiếc ghe Ngo"),
 Q("trên 500 triệu đồng", 500000000, "đồng", "over"), Q("ít nhất 2 mô hình mới", 2, "mô hình mới", "over"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Kế hoạch", "202", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 202-KH/TU"),
 D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 10, 11-CT/TU"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 10, 11-CT/TU"),
 D("Nghị quyết", "120", "2020/QH14", "2020-06-19", "Quốc hội", "Nghị quyết số 120/2020/QH14 ngày 19/6/2020")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Bắc")],
["BAN DÂN VẬN TỈNH ỦY KIÊN GIANG", "You are here: Trang chủ » Hoạt động » Công tác dân tộc", "Toàn cảnh hội nghị.",
 "Ok Om Bok", "Chôl Chnăm Thmây", "Dân vận khéo", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["Cập nhật: 10:25, 14/07/2023 (GMT+7)", "6 tháng đầu năm 2023", "6 tháng cuối năm", "năm 2023", "trên 30 năm tuổi"]))

PAGES.append(page("b5589-quangngai-huyen-hoinghi-2024", """
Báo Quảng Ngãi điện tử
Chính trị - Xây dựng Đảng » Dân vận
20/03/2024 - 15:30
Ba Tơ: Già làng, người có uy tín chung tay giữ tiếng chiêng Hrê
(Báo Quảng Ngãi) - Ngày 19/3, Huyện ủy Ba Tơ tổ chức hội nghị gặp mặt già làng, người có uy tín năm 2024 với chủ đề giữ gìn tiếng nói, cồng chiêng và lễ hội của đồng bào Hrê. Bí thư Huyện ủy Ba Tơ Đinh Minh Tới chủ trì hội nghị; dự có Phó Chủ tịch UBND huyện Phạm Thị Lài cùng 150 già làng, người có uy tín đến từ 19 xã, thị trấn.
Theo báo cáo của Ban Dân vận Huyện ủy, huyện hiện có trên 1.270 bộ chiêng ba, chiêng năm và 43 đội chiêng; năm 2023 mở 8 lớp truyền dạy chiêng cho 240 học viên, trong đó có 165 học sinh. Đồng bào đã phục dựng lễ hội Ăn trâu, lễ mừng lúa mới ở 5 thôn. Đội ngũ người có uy tín được thực hiện chính sách theo Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ, mỗi người được hỗ trợ 500.000 đồng mỗi quý tiền thông tin, tuyên truyền.
Huyện ủy đã ban hành Nghị quyết số 07-NQ/HU về bảo tồn văn hóa dân tộc Hrê giai đoạn 2021 - 2025 và Kế hoạch số 145-KH/HU ngày 10/01/2024 về phát huy vai trò người có uy tín. Kinh phí năm 2023 dành cho bảo tồn văn hóa là 1,12 tỷ đồng, trong đó xã hội hóa chiếm khoảng 35%.
Tại hội nghị, ông Đinh Văn Chơn, già làng thôn Làng Trui, xã Ba Vì kể: "Ngày trước nhà nào cũng có chiêng, giờ nhiều nhà bán chiêng lấy tiền mua xe máy. Mình đi vận động từng nhà giữ chiêng, giữ cái gốc của người Hrê". Bà Phạm Thị Bông, người có uy tín thôn Gò Khôn, xã Ba Thành, đề nghị đưa hát Ka-choi, Ka-lêu vào sinh hoạt của Chi hội phụ nữ. Ông Đinh Văn Ý, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện tiếp thu và giải trình 12 ý kiến, kiến nghị của đại biểu.
Phát biểu kết luận, Bí thư Huyện ủy Đinh Minh Tới khẳng định già làng, người có uy tín là "cầu nối" giữa cấp ủy với dân; yêu cầu các xã tiếp tục thực hiện Chỉ thị 03, 04-CT/HU của Ban Thường vụ Huyện ủy về vận động đồng bào bỏ hủ tục và về xây dựng đội chiêng thôn; mỗi thôn vùng đồng bào Hrê phải có ít nhất 1 đội chiêng thiếu niên.
Dịp này, Huyện ủy tặng giấy khen cho 16 già làng, người có uy tín tiêu biểu và tặng 150 phần quà, mỗi phần trị giá 300.000 đồng.
Bên lề hội nghị, đội chiêng thiếu niên thôn Làng Trui và đội chiêng nữ xã Ba Thành biểu diễn các bài chiêng truyền thống, hát Ka-choi chào mừng đại biểu. Nhiều già làng xúc động khi thấy các em nhỏ tự tin đánh chiêng, múa, hát bằng tiếng Hrê, coi đó là tín hiệu vui cho công tác bảo tồn văn hóa ở các thôn vùng cao.
Phạm Lý
Tin liên quan
- Sơn Tây: Bế mạc lớp truyền dạy cồng chiêng Ca Dong (15/03/2024)
- Minh Long tổ chức Ngày hội văn hóa các dân tộc (05/03/2024)
- Gặp mặt người có uy tín tỉnh Quảng Ngãi năm 2024 (25/01/2024)
""", "2024-03-20", "Ba Tơ: Già làng, người có uy tín chung tay giữ tiếng chiêng Hrê",
E("hoi_nghi", "2024", "2024-03-19"),
[P("Đinh Minh Tới", "Bí thư Huyện ủy Ba Tơ"),
 P("Phạm Thị Lài", "Phó Chủ tịch UBND huyện"),
 P("Đinh Văn Chơn", "già làng thôn Làng Trui"),
 P("Phạm Thị Bông", "người có uy tín thôn Gò Khôn"),
 P("Đinh Văn Ý", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện")],
[Q("150 già làng, người có uy tín", 150, "già làng, người có uy tín"), Q("19 xã, thị trấn", 19, "xã, thị trấn"),
 Q("trên 1.270 bộ chiêng ba, chiêng năm", 1270, "bộ chiêng ba, chiêng năm", "over"), Q("43 đội chiêng", 43, "đội chiêng"),
 Q("8 lớp truyền dạy chiêng", 8, "lớp truyền dạy chiêng"), Q("240 học viên", 240, "học viên"), Q("165 học sinh", 165, "học sinh"),
 Q("5 thôn", 5, "thôn"), Q("500.000 đồng", 500000, "đồng"), Q("1,12 tỷ đồng", 1120000000, "đồng"), Q("khoảng 35%", 35, "%", "approx"),
 Q("12 ý kiến, kiến nghị", 12, "ý kiến, kiến nghị"), Q("16 già làng, người có uy tín tiêu biểu", 16, "già làng, người có uy tín tiêu biểu"),
 Q("150 phần quà", 150, "phần quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018"),
 D("Nghị quyết", "07", "NQ/HU", None, "Huyện ủy", "Nghị quyết số 07-NQ/HU"),
 D("Kế hoạch", "145", "KH/HU", "2024-01-10", "Huyện ủy", "Kế hoạch số 145-KH/HU ngày 10/01/2024"),
 D("Chỉ thị", "03", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 03, 04-CT/HU"),
 D("Chỉ thị", "04", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 03, 04-CT/HU")],
[prov("Quảng Ngãi"), com("Ba Vì"), com("Ba Thành")],
["Báo Quảng Ngãi điện tử", "Chính trị - Xây dựng Đảng » Dân vận", "(Báo Quảng Ngãi)", "cầu nối", "Ka-choi, Ka-lêu"],
["20/03/2024 - 15:30", "năm 2024", "năm 2023", "giai đoạn 2021 - 2025", "ít nhất 1 đội chiêng thiếu niên", "Kinh phí năm 2023"]))

PAGES.append(page("b5590-yenbai-mttq-giamsat-2024", """
ỦY BAN MTTQ VIỆT NAM TỈNH YÊN BÁI
Trang chủ › Giám sát, phản biện xã hội
17/05/2024 - 10:05
Đoàn giám sát làm việc với UBND xã La Pán Tẩn.
Mặt trận tỉnh giám sát việc bảo tồn văn hóa dân tộc Mông tại Mù Cang Chải
Ngày 15/5/2024, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Yên Bái do bà Giàng Thị Dua, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Dự án 6 "Bảo tồn, phát huy giá trị văn hóa truyền thống tốt đẹp của các dân tộc thiểu số gắn với phát triển du lịch" tại huyện Mù Cang Chải.
Cuộc giám sát thực hiện theo Quy định số 124-QĐ/TW ngày 10/10/2023 của Ban Bí thư về giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội; Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN quy định chi tiết các hình thức giám sát, phản biện xã hội và Kế hoạch số 56/KH-MTTQ-BTT ngày 22/4/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo với đoàn, ông Lý A Sử, Phó Chủ tịch UBND huyện Mù Cang Chải cho biết, năm 2023 và 4 tháng đầu năm 2024, huyện được phân bổ trên 4,6 tỷ đồng thực hiện Dự án 6; đã hỗ trợ 21 đội văn nghệ truyền thống, 14 câu lạc bộ khèn Mông, sửa chữa 7 nhà văn hóa bản, tổ chức 3 lớp truyền dạy múa khèn cho 105 học viên. Tỷ lệ giải ngân mới đạt 61,4%, nguyên nhân là vướng mắc trong hướng dẫn thủ tục thanh quyết toán.
Tại xã La Pán Tẩn, đồng chí Thào A Tủa, Bí thư Đảng ủy xã cho biết xã có 11 bản, 1.150 hộ đều là đồng bào Mông; hằng năm tổ chức Lễ hội Gầu Tào gắn với mùa lúa chín, thu hút khoảng 8.000 lượt khách. Ông Sùng A Lồng, người có uy tín bản Pú Nhu, xã La Pán Tẩn đề nghị hỗ trợ người dạy khèn vì "cả bản chỉ còn 3 người làm được khèn".
Thành viên đoàn giám sát có các đồng chí: Hà Văn Thái, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh; Vàng A Chư, Phó Trưởng Ban Dân tộc tỉnh; Lò Thị Thanh, Phó Chủ tịch Hội LHPN tỉnh.
Qua giám sát, đoàn kiến nghị UBND huyện đẩy nhanh giải ngân, lựa chọn đúng đối tượng nghệ nhân được hỗ trợ, ưu tiên các bản có nguy cơ mai một tiếng khèn, dân ca; đề nghị tỉnh có cơ chế hỗ trợ tối đa 50 triệu đồng/câu lạc bộ để mua nhạc cụ, trang phục. Bà Giàng Thị Dua đề nghị Ban công tác Mặt trận các bản tích cực vận động nhân dân tham gia giám sát cộng đồng việc thực hiện dự án.
Hồng Duyên
Tin cùng chuyên mục
- Văn Chấn: Giám sát thực hiện chính sách đối với người có uy tín (10/05/2024)
- Phản biện dự thảo Nghị quyết về hỗ trợ du lịch cộng đồng (25/04/2024)
- Trạm Tấu: Mặt trận vận động đồng bào bỏ tục thách cưới (12/04/2024)
""", "2024-05-17", "Mặt trận tỉnh giám sát việc bảo tồn văn hóa dân tộc Mông tại Mù Cang Chải",
E("giam_sat", None, "2024-05-15"),
[P("Giàng Thị Dua", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý A Sử", "Phó Chủ tịch UBND huyện Mù Cang Chải"),
 P("Thào A Tủa", "Bí thư Đảng ủy xã"),
 P("Sùng A Lồng", "người có uy tín bản Pú Nhu"),
 P("Hà Văn Thái", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng A Chư", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Lò Thị Thanh", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("trên 4,6 tỷ đồng", 4600000000, "đồng", "over"), Q("21 đội văn nghệ truyền thống", 21, "đội văn nghệ truyền thống"),
 Q("14 câu lạc bộ khèn Mông", 14, "câu lạc bộ khèn Mông"), Q("7 nhà văn hóa bản", 7, "nhà văn hóa bản"),
 Q("3 lớp truyền dạy múa khèn", 3, "lớp truyền dạy múa khèn"), Q("105 học viên", 105, "học viên"), Q("61,4%", 61.4, "%"),
 Q("11 bản", 11, "bản"), Q("1.150 hộ", 1150, "hộ"), Q("khoảng 8.000 lượt khách", 8000, "lượt khách", "approx"),
 Q("3 người", 3, "người"), Q("tối đa 50 triệu đồng", 50000000, "đồng")],
[D("Quy định", "124", "QĐ/TW", "2023-10-10", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 10/10/2023"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "56", "KH-MTTQ-BTT", "2024-04-22", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 56/KH-MTTQ-BTT ngày 22/4/2024")],
[prov("Yên Bái"), com("La Pán Tẩn")],
["ỦY BAN MTTQ VIỆT NAM TỈNH YÊN BÁI", "Trang chủ › Giám sát, phản biện xã hội", "Đoàn giám sát làm việc với UBND xã La Pán Tẩn.",
 "Bảo tồn, phát huy giá trị văn hóa truyền thống tốt đẹp của các dân tộc thiểu số gắn với phát triển du lịch", "Gầu Tào", "Dự án 6"],
["17/05/2024 - 10:05", "Dự án 6", "năm 2023", "4 tháng đầu năm 2024"]))
