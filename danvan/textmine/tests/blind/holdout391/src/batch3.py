from lib import *
PAGES = []

PAGES.append(page("b9353-caobang-bdbp-daihoi-2020", """
Báo Cao Bằng điện tử
Chính trị › Xây dựng Đảng › Đại hội Đảng các cấp
24/06/2020 - 08:30
Ảnh: Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Đại hội Đảng bộ BĐBP tỉnh lần thứ XIII: Xây dựng "thế trận lòng dân" vững chắc trên biên giới
Trong 2 ngày 22 và 23/6, Đảng bộ Bộ đội Biên phòng (BĐBP) tỉnh Cao Bằng tổ chức Đại hội đại biểu lần thứ XIII, nhiệm kỳ 2020 - 2025. Dự đại hội có 185 đại biểu đại diện cho hơn 1.100 đảng viên của 24 tổ chức cơ sở đảng trong Đảng bộ. Đồng chí Lục Văn Đàm, Phó Bí thư Tỉnh ủy và Thiếu tướng Phùng Quốc Khải, Phó Chính ủy BĐBP dự và chỉ đạo đại hội.
Nhiệm kỳ 2015 - 2020, Đảng bộ BĐBP tỉnh đã lãnh đạo các đơn vị quản lý, bảo vệ chắc chắn 333 km đường biên giới với 1.500 cột mốc. Công tác dân vận được coi là nhiệm vụ chính trị trọng tâm: cán bộ, chiến sĩ đã giúp nhân dân hơn 96.000 ngày công, xây dựng 287 căn nhà cho hộ nghèo, nhận đỡ đầu 58 học sinh theo chương trình "Nâng bước em tới trường"; tham gia xây dựng nông thôn mới tại 52 xã biên giới. BĐBP tỉnh đã cử 54 cán bộ tăng cường về các xã biên giới, trong đó 36 đồng chí là cấp ủy viên xã. Mô hình "Cột mốc chủ quyền - Lòng dân vững chắc" ở xã Đàm Thủy, mô hình "Tiếng kẻng an ninh" ở xã Lý Quốc được Bộ Tư lệnh BĐBP biểu dương.
Đại hội đã thảo luận, thống nhất phương hướng nhiệm kỳ 2020 - 2025, trong đó đặt mục tiêu 100% đồn biên phòng đạt tiêu chuẩn "Đơn vị dân vận tốt"; mỗi năm giúp dân ít nhất 15.000 ngày công; tiếp tục thực hiện Nghị quyết số 33-NQ/TW của Bộ Chính trị về Chiến lược bảo vệ biên giới quốc gia và Chỉ thị số 01/CT-TTg của Thủ tướng Chính phủ. Công tác chuẩn bị đại hội được tiến hành theo Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.
Phát biểu chỉ đạo, đồng chí Lục Văn Đàm đề nghị Đảng bộ BĐBP tỉnh tiếp tục phối hợp chặt chẽ với cấp ủy, chính quyền 7 huyện biên giới giữ vững an ninh chính trị, ngăn chặn hoạt động xuất nhập cảnh trái phép, buôn lậu qua biên giới; tích cực tham gia phòng, chống dịch COVID-19.
Đại hội đã bầu 13 đồng chí vào Ban Chấp hành Đảng bộ BĐBP tỉnh nhiệm kỳ 2020 - 2025. Tại phiên họp thứ nhất của Ban Chấp hành, Đại tá Đàm Văn Thắng, Chính ủy BĐBP tỉnh, tiếp tục được tín nhiệm bầu giữ chức Bí thư Đảng ủy BĐBP tỉnh; Đại tá Nông Văn Thiệu, Chỉ huy trưởng BĐBP tỉnh, được bầu làm Phó Bí thư Đảng ủy. Đại hội cũng bầu 7 đại biểu chính thức đi dự Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX.
Thay mặt Ban Chấp hành khóa mới, Đại tá Đàm Văn Thắng cảm ơn sự tin tưởng của đại biểu và khẳng định quyết tâm đưa Nghị quyết Đại hội vào cuộc sống, xây dựng Đảng bộ trong sạch vững mạnh tiêu biểu.
Văn Hùng
Lượt xem: 3.415
Các tin khác
- Đảng bộ xã Đàm Thủy tổ chức đại hội điểm (12/06/2020)
- Đồn Biên phòng Lý Vạn đại hội chi bộ nhiệm kỳ 2020 - 2022 (05/06/2020)
- Trao 100 suất học bổng "Nâng bước em tới trường" (28/05/2020)
""", "2020-06-24", "Đại hội Đảng bộ BĐBP tỉnh lần thứ XIII: Xây dựng \"thế trận lòng dân\" vững chắc trên biên giới",
E("dai_hoi", None, "2020-06-22"),
[P("Lục Văn Đàm", "Phó Bí thư Tỉnh ủy"),
 P("Phùng Quốc Khải", "Thiếu tướng", "Phó Chính ủy BĐBP"),
 P("Đàm Văn Thắng", "Đại tá", "Chính ủy BĐBP tỉnh", "Bí thư Đảng ủy BĐBP tỉnh"),
 P("Nông Văn Thiệu", "Đại tá", "Chỉ huy trưởng BĐBP tỉnh", "Phó Bí thư Đảng ủy")],
[Q("185 đại biểu", 185, "đại biểu"), Q("hơn 1.100 đảng viên", 1100, "đảng viên", "over"),
 Q("24 tổ chức cơ sở đảng", 24, "tổ chức cơ sở đảng"), Q("333 km", 333, "km"), Q("1.500 cột mốc", 1500, "cột mốc"),
 Q("hơn 96.000 ngày công", 96000, "ngày công", "over"), Q("287 căn nhà", 287, "căn nhà"), Q("58 học sinh", 58, "học sinh"),
 Q("52 xã biên giới", 52, "xã biên giới"), Q("54 cán bộ", 54, "cán bộ"), Q("36 đồng chí", 36, "đồng chí"),
 Q("100%", 100, "%"), Q("ít nhất 15.000 ngày công", 15000, "ngày công", "over"), Q("7 huyện biên giới", 7, "huyện biên giới"),
 Q("13 đồng chí", 13, "đồng chí"), Q("7 đại biểu chính thức", 7, "đại biểu chính thức")],
[D("Nghị quyết", "33", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 33-NQ/TW"),
 D("Chỉ thị", "01", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 01/CT-TTg"),
 D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 30/5/2019")],
[prov("Cao Bằng"), com("Đàm Thủy"), com("Lý Quốc")],
["Báo Cao Bằng điện tử", "Chính trị › Xây dựng Đảng › Đại hội Đảng các cấp", "Ảnh: Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.",
 "thế trận lòng dân", "Nâng bước em tới trường", "Cột mốc chủ quyền - Lòng dân vững chắc", "Tiếng kẻng an ninh",
 "Đơn vị dân vận tốt", "Lượt xem: 3.415"],
["24/06/2020 - 08:30", "lần thứ XIII", "nhiệm kỳ 2020 - 2025", "Nhiệm kỳ 2015 - 2020", "2 ngày", "36 đồng chí", "13 đồng chí",
 "lần thứ XIX", "COVID-19", "Lượt xem: 3.415"]))

PAGES.append(page("b9354-longan-bdbp-traoqua-2021", """
BÁO LONG AN ONLINE
Xã hội / Chung tay phòng, chống dịch COVID-19
Ngày 28/09/2021 | 10:15
Bộ đội Biên phòng trao 600 phần quà cho người dân biên giới gặp khó khăn do dịch
Trung tá Sơn Hoàng Vũ (bìa phải) trao quà cho người dân xã Mỹ Quý Tây.
(LA) - Ngày 27/9, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh phối hợp với Ủy ban MTTQ Việt Nam tỉnh, Hội Doanh nhân trẻ tỉnh Long An trao 600 phần quà cho hộ nghèo, hộ khó khăn, lao động mất việc làm do dịch COVID-19 tại 20 xã biên giới thuộc các huyện Đức Huệ, Thạnh Hóa, Mộc Hóa, Vĩnh Hưng, Tân Hưng và thị xã Kiến Tường.
Mỗi phần quà gồm 20 kg gạo, dầu ăn, nước mắm, mì gói và 300.000 đồng tiền mặt, trị giá 500.000 đồng. Tổng trị giá đợt trao quà là 300 triệu đồng, do cán bộ, chiến sĩ BĐBP tỉnh trích một ngày lương và vận động các nhà hảo tâm đóng góp.
Đến trao quà tại xã Mỹ Quý Tây, huyện Đức Huệ, Đại tá Trương Văn Lành, Phó Chỉ huy trưởng BĐBP tỉnh, cho biết: thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ và các chỉ đạo của Tỉnh ủy, từ tháng 7 đến nay, BĐBP tỉnh đã duy trì 64 chốt, tổ kiểm soát phòng, chống dịch trên tuyến biên giới dài 137,7 km. Dù nhiệm vụ nặng nề, cán bộ, chiến sĩ vẫn dành thời gian đến từng nhà đồng bào, nắm tình hình đời sống để kịp thời hỗ trợ.
Bà Huỳnh Thị Mai Thảo, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đánh giá cao sự chủ động của BĐBP trong vận động nguồn lực. Theo bà, cùng với gói hỗ trợ theo Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ, những phần quà này góp phần giúp bà con vượt qua giai đoạn khó khăn nhất.
Bà Lê Thị Bé Hai (ấp Gò Châu Mai, xã Mỹ Quý Tây) nhận quà xúc động: "Mấy tháng nay chồng tôi không đi làm thuê được, các chú bộ đội biên phòng tới cho gạo, tiền là quý lắm".
Dịp này, Đồn Biên phòng Mỹ Quý Tây trao học bổng cho 15 em học sinh thuộc chương trình "Con nuôi đồn Biên phòng" và "Nâng bước em tới trường", mỗi em 1 triệu đồng; tặng 35 máy tính bảng cho học sinh học trực tuyến. Trung tá Sơn Hoàng Vũ, Chính trị viên Đồn Biên phòng Mỹ Quý Tây, cho biết đơn vị đang nhận đỡ đầu 3 cháu mồ côi do dịch COVID-19 với mức hỗ trợ 1 triệu đồng/tháng cho đến khi các cháu 18 tuổi.
Trước đó, từ ngày 20 đến 25/9, BĐBP tỉnh cũng phối hợp UBND các xã Bình Hòa Tây, Tuyên Bình, Hưng Điền A trao 1.200 túi an sinh và hơn 8 tấn rau, củ cho người dân khu vực biên giới, theo Kế hoạch số 3185/KH-BCH ngày 15/9/2021 của Bộ Chỉ huy BĐBP tỉnh về hoạt động "Biên phòng chung tay cùng dân vượt qua dịch bệnh".
Minh Hiếu
Tin liên quan
- Long An: Tiêm vắc-xin cho người dân khu vực biên giới (24/09/2021)
- Đồn Biên phòng Bình Hiệp vận động người dân không xuất cảnh trái phép (16/09/2021)
- Trao 100 suất quà cho người lao động Tân Hưng (10/09/2021)
""", "2021-09-28", "Bộ đội Biên phòng trao 600 phần quà cho người dân biên giới gặp khó khăn do dịch",
E("trao_qua", None, "2021-09-27"),
[P("Sơn Hoàng Vũ", "Trung tá", "Chính trị viên Đồn Biên phòng Mỹ Quý Tây"),
 P("Trương Văn Lành", "Đại tá", "Phó Chỉ huy trưởng BĐBP tỉnh"),
 P("Huỳnh Thị Mai Thảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Bé Hai")],
[Q("600 phần quà", 600, "phần quà"), Q("20 xã biên giới", 20, "xã biên giới"), Q("20 kg", 20, "kg"),
 Q("300.000 đồng", 300000, "đồng"), Q("500.000 đồng", 500000, "đồng"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("64 chốt, tổ kiểm soát", 64, "chốt, tổ kiểm soát"), Q("137,7 km", 137.7, "km"), Q("15 em học sinh", 15, "em học sinh"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("35 máy tính bảng", 35, "máy tính bảng"), Q("3 cháu mồ côi", 3, "cháu mồ côi"),
 Q("1 triệu đồng/tháng", 1000000, "đồng"), Q("1.200 túi an sinh", 1200, "túi an sinh"),
 Q("hơn 8 tấn", 8, "tấn", "over")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021"),
 D("Kế hoạch", "3185", "KH-BCH", "2021-09-15", "Bộ Chỉ huy BĐBP tỉnh", "Kế hoạch số 3185/KH-BCH ngày 15/9/2021")],
[prov("Long An"), com("Mỹ Quý Tây"), com("Bình Hòa Tây"), com("Tuyên Bình"), com("Hưng Điền A")],
["BÁO LONG AN ONLINE", "Xã hội / Chung tay phòng, chống dịch COVID-19", "Trung tá Sơn Hoàng Vũ (bìa phải) trao quà cho người dân xã Mỹ Quý Tây.",
 "(LA)", "Con nuôi đồn Biên phòng", "Nâng bước em tới trường", "Biên phòng chung tay cùng dân vượt qua dịch bệnh", "ấp Gò Châu Mai"],
["Ngày 28/09/2021 | 10:15", "COVID-19", "một ngày lương", "tháng 7", "18 tuổi", "Mấy tháng"]))

PAGES.append(page("b9355-quangtri-bdbp-giaoban-2022", """
Báo Quảng Trị điện tử
Trang chủ > Quốc phòng - An ninh
2022-11-02 15:40
Hôm nay: Thứ Năm, 03/11/2022
BĐBP Quảng Trị giao ban công tác vận động quần chúng tháng 10
QTO - Ngày 1/11, Đảng ủy, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh tổ chức giao ban trực tuyến công tác vận động quần chúng tháng 10/2022 với 11 điểm cầu tại các đồn biên phòng. Thượng tá Hồ Văn Lâm, Phó Chính ủy BĐBP tỉnh chủ trì giao ban.
Thượng tá Hồ Văn Lâm chủ trì giao ban tại điểm cầu Bộ Chỉ huy BĐBP tỉnh.
Trong tháng 10, các đồn biên phòng đã phối hợp với cấp ủy, chính quyền các xã biên giới tuyên truyền 46 buổi cho 2.380 lượt người về Luật Biên phòng Việt Nam, phòng chống mua bán người và tội phạm ma túy. Sau bão số 4, cán bộ, chiến sĩ đã giúp dân sửa chữa 63 ngôi nhà bị tốc mái, dọn 2,5 km đường bị sạt lở tại các xã Hướng Lập, Hướng Việt; hỗ trợ 1,8 tấn gạo cho 120 hộ đồng bào Vân Kiều, Pa Kô bị thiệt hại.
Các đồn tiếp tục duy trì chương trình "Nâng bước em tới trường" với 34 em và "Con nuôi đồn Biên phòng" với 11 em; mô hình "Heo đất nuôi bò" ở Đồn Biên phòng Thanh đã trao 4 con bò sinh sản cho các hộ khó khăn. Đặc biệt, Đồn Biên phòng A Túc phối hợp Đảng ủy xã A Dơi vận động 7 hộ bỏ hủ tục chôn chung, di dời mồ mả ra khỏi khu dân cư.
Báo cáo tại giao ban, Thiếu tá Hồ Văn Pâng, Chính trị viên phó Đồn Biên phòng A Túc, người Vân Kiều, cho biết đơn vị đã cử 6 tổ công tác về 14 thôn bám dân, giúp bà con thu hoạch sắn, trồng lại rừng. Trung tá Nguyễn Đình Quý, Chính trị viên Đồn Biên phòng Thanh, kiến nghị Bộ Chỉ huy hỗ trợ kinh phí mở lớp xóa mù chữ cho 25 phụ nữ ở bản Thanh.
Ông Kăn Tiêng, Bí thư Đảng ủy xã A Dơi, tham dự tại điểm cầu Đồn Biên phòng A Túc, đề nghị đồn tiếp tục cử đảng viên về sinh hoạt tại chi bộ thôn theo Quy định số 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị về trách nhiệm của đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú.
Kết luận giao ban, Thượng tá Hồ Văn Lâm yêu cầu tháng 11 các đơn vị thực hiện Hướng dẫn số 1456/HD-CT của Cục Chính trị BĐBP về "Tháng dân vận" và Kế hoạch số 2150/KH-BCH ngày 15/9/2022 của Bộ Chỉ huy BĐBP tỉnh về hưởng ứng 92 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 - 15/10/2022); chuẩn bị tổ chức chương trình "Xuân Biên phòng ấm lòng dân bản" năm 2023, phấn đấu vận động trên 1.000 suất quà.
Lê Trường
Tin khác
- Đồn Biên phòng La Lay giúp dân khắc phục hậu quả bão số 4 (05/10/2022)
- Ra mắt mô hình "Bếp ăn tình thương" ở Hướng Phùng (28/09/2022)
- Trao 20 suất học bổng "Nâng bước em tới trường" (20/09/2022)
""", "2022-11-02", "BĐBP Quảng Trị giao ban công tác vận động quần chúng tháng 10",
E("giao_ban", "2022-10", "2022-11-01"),
[P("Hồ Văn Lâm", "Thượng tá", "Phó Chính ủy BĐBP tỉnh"),
 P("Hồ Văn Pâng", "Thiếu tá", "Chính trị viên phó Đồn Biên phòng A Túc"),
 P("Nguyễn Đình Quý", "Trung tá", "Chính trị viên Đồn Biên phòng Thanh"),
 P("Kăn Tiêng", "Bí thư Đảng ủy xã A Dơi")],
[Q("11 điểm cầu", 11, "điểm cầu"), Q("46 buổi", 46, "buổi"), Q("2.380 lượt người", 2380, "lượt người"),
 Q("63 ngôi nhà", 63, "ngôi nhà"), Q("2,5 km", 2.5, "km"), Q("1,8 tấn", 1.8, "tấn"), Q("120 hộ đồng bào Vân Kiều, Pa Kô", 120, "hộ đồng bào Vân Kiều, Pa Kô"),
 Q("34 em", 34, "em"), Q("11 em", 11, "em"), Q("4 con bò sinh sản", 4, "con bò sinh sản"), Q("7 hộ", 7, "hộ"),
 Q("6 tổ công tác", 6, "tổ công tác"), Q("14 thôn", 14, "thôn"), Q("25 phụ nữ", 25, "phụ nữ"),
 Q("trên 1.000 suất quà", 1000, "suất quà", "over")],
[D("Quy định", "213", "QĐ/TW", "2020-01-02", "Bộ Chính trị", "Quy định số 213-QĐ/TW ngày 2/1/2020"),
 D("Hướng dẫn", "1456", "HD-CT", None, "Cục Chính trị BĐBP", "Hướng dẫn số 1456/HD-CT"),
 D("Kế hoạch", "2150", "KH-BCH", "2022-09-15", "Bộ Chỉ huy BĐBP tỉnh", "Kế hoạch số 2150/KH-BCH ngày 15/9/2022")],
[prov("Quảng Trị"), com("Hướng Lập"), com("Hướng Việt"), com("A Dơi")],
["Báo Quảng Trị điện tử", "Trang chủ > Quốc phòng - An ninh", "Hôm nay: Thứ Năm, 03/11/2022", "QTO",
 "Thượng tá Hồ Văn Lâm chủ trì giao ban tại điểm cầu Bộ Chỉ huy BĐBP tỉnh.", "Luật Biên phòng Việt Nam",
 "Nâng bước em tới trường", "Con nuôi đồn Biên phòng", "Heo đất nuôi bò", "Tháng dân vận", "Xuân Biên phòng ấm lòng dân bản",
 "Đồn Biên phòng Thanh", "bản Thanh"],
["2022-11-02 15:40", "Hôm nay: Thứ Năm, 03/11/2022", "tháng 10/2022", "bão số 4", "tháng 11", "92 năm",
 "15/10/1930 - 15/10/2022", "năm 2023"]))

PAGES.append(page("b9356-daknong-bdbp-taphuan-2022", """
BÁO ĐẮK NÔNG
Trang chủ » Xã hội » Dân tộc - Miền núi
Thứ Ba, 12/07/2022 - 14:10
Cán bộ biên phòng học tiếng M'nông để "nói dân hiểu"
Học viên lớp bồi dưỡng tiếng M'nông trong giờ thực hành giao tiếp.
Ngày 11/7, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đắk Nông khai giảng lớp bồi dưỡng tiếng dân tộc M'nông năm 2022 cho 35 học viên là cán bộ, nhân viên làm công tác vận động quần chúng ở 5 đồn biên phòng và các đội công tác trên tuyến biên giới giáp Campuchia.
Lớp học kéo dài 3 tháng với chương trình 240 tiết, tập trung vào giao tiếp thông dụng, phong tục tập quán, luật tục của đồng bào M'nông và kỹ năng tuyên truyền, vận động bằng tiếng dân tộc. Giảng dạy là các giáo viên của Trường Phổ thông Dân tộc nội trú tỉnh và một số nghệ nhân người M'nông am hiểu văn hóa truyền thống.
Phát biểu khai giảng, Đại tá Y Thuận Niê, Phó Chỉ huy trưởng BĐBP tỉnh, nhấn mạnh: "Muốn vận động được bà con thì phải nói được tiếng của bà con. Cán bộ biên phòng biết tiếng M'nông sẽ dễ gần dân, hiểu dân, được dân tin". Theo ông, khu vực biên giới của tỉnh có 130 km đường biên, 6 xã biên giới với gần 9.000 hộ, trong đó đồng bào M'nông chiếm khoảng 40% dân số.
Lớp bồi dưỡng được mở theo Kế hoạch số 325/KH-BCH ngày 16/5/2022 của Bộ Chỉ huy BĐBP tỉnh, thực hiện nội dung hỗ trợ nâng cao năng lực cán bộ theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030. Kinh phí tổ chức lớp học khoảng 185 triệu đồng.
Nghệ nhân Điểu Sơn, nguyên Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, người trực tiếp soạn bài giảng về luật tục, cho biết ông sẽ đưa học viên về bon Bu Prăng, xã Quảng Trực và bon Bu Dắk, xã Thuận Hạnh để thực hành giao tiếp với bà con. "Biết tiếng thôi chưa đủ, phải biết cách ngồi bên bếp lửa nói chuyện với già làng", ông nói.
Học viên Thượng úy Điểu Ngọc Tâm, cán bộ vận động quần chúng Đồn Biên phòng Bu Prăng, dù là người M'nông nhưng lớn lên ở thị trấn nên nói tiếng mẹ đẻ chưa thạo. "Tôi muốn học bài bản để dịch được các văn bản pháp luật về biên giới cho bà con", anh chia sẻ. Cùng lớp, Thiếu tá Phạm Văn Đoàn, Phó Đồn trưởng Đồn Biên phòng Đắk Lao, đặt mục tiêu sau khóa học có thể tự tổ chức buổi tuyên truyền bằng tiếng M'nông.
Theo Đại tá Y Thuận Niê, từ năm 2015 đến nay, BĐBP tỉnh đã mở 6 lớp tiếng M'nông cho 187 học viên; 100% cán bộ làm công tác vận động quần chúng ở các đồn đã biết giao tiếp bằng ít nhất 1 thứ tiếng dân tộc tại chỗ.
Ngọc Thủy
Tin liên quan
- Đồn Biên phòng Thuận An giúp dân xây dựng nông thôn mới (06/07/2022)
- Đắk Mil: Khai giảng lớp xóa mù chữ cho phụ nữ M'nông (30/06/2022)
- Trao 50 suất quà cho học sinh nghèo biên giới (22/06/2022)
""", "2022-07-12", "Cán bộ biên phòng học tiếng M'nông để \"nói dân hiểu\"",
E("tap_huan", "2022", "2022-07-11"),
[P("Y Thuận Niê", "Đại tá", "Phó Chỉ huy trưởng BĐBP tỉnh"),
 P("Điểu Sơn", "Nghệ nhân", "nguyên Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Điểu Ngọc Tâm", "Thượng úy", "cán bộ vận động quần chúng Đồn Biên phòng Bu Prăng"),
 P("Phạm Văn Đoàn", "Thiếu tá", "Phó Đồn trưởng Đồn Biên phòng Đắk Lao")],
[Q("35 học viên", 35, "học viên"), Q("5 đồn biên phòng", 5, "đồn biên phòng"), Q("240 tiết", 240, "tiết"),
 Q("130 km", 130, "km"), Q("6 xã biên giới", 6, "xã biên giới"), Q("gần 9.000 hộ", 9000, "hộ", "approx"),
 Q("khoảng 40%", 40, "%", "approx"), Q("khoảng 185 triệu đồng", 185000000, "đồng", "approx"), Q("6 lớp", 6, "lớp"),
 Q("187 học viên", 187, "học viên"), Q("100%", 100, "%"), Q("ít nhất 1 thứ tiếng dân tộc", 1, "thứ tiếng dân tộc", "over")],
[D("Kế hoạch", "325", "KH-BCH", "2022-05-16", "Bộ Chỉ huy BĐBP tỉnh", "Kế hoạch số 325/KH-BCH ngày 16/5/2022"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Đắk Nông"), com("Quảng Trực"), com("Thuận Hạnh")],
["BÁO ĐẮK NÔNG", "Trang chủ » Xã hội » Dân tộc - Miền núi", "Học viên lớp bồi dưỡng tiếng M'nông trong giờ thực hành giao tiếp.",
 "Trường Phổ thông Dân tộc nội trú tỉnh", "bon Bu Prăng", "bon Bu Dắk", "Đồn Biên phòng Bu Prăng",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030"],
["Thứ Ba, 12/07/2022 - 14:10", "năm 2022", "3 tháng", "giai đoạn 2021 - 2030", "từ năm 2015"]))

PAGES.append(page("b9357-sonla-bcqs-soket-2023", """
SƠN LA ĐIỆN TỬ - Cơ quan của Đảng bộ, Chính quyền, Nhân dân các dân tộc tỉnh Sơn La
Trang chủ | Quốc phòng - An ninh
17/07/2023 - 16:20
Lực lượng vũ trang tỉnh giúp dân hơn 12.000 ngày công
Toàn cảnh hội nghị. Ảnh: Quàng Hưng
(SL) - Ngày 14/7, Đảng ủy Quân sự tỉnh tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023. Đại tá Quàng Văn Thịnh, Phó Bí thư Thường trực Đảng ủy Quân sự tỉnh, Chỉ huy trưởng Bộ Chỉ huy Quân sự (CHQS) tỉnh chủ trì hội nghị.
6 tháng đầu năm, Đảng ủy Quân sự tỉnh đã lãnh đạo các cơ quan, đơn vị thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị và Nghị quyết số 09, 10-NQ/ĐU của Đảng ủy Quân sự tỉnh về công tác dân vận và xây dựng "thế trận lòng dân" năm 2023. Các đơn vị đã tổ chức 28 đợt làm công tác dân vận, giúp dân hơn 12.000 ngày công, làm mới 9,4 km đường giao thông nội bản, sửa chữa 17 nhà văn hóa bản; phối hợp xây dựng 42 căn nhà "Đại đoàn kết" cho hộ nghèo, mỗi căn hỗ trợ 50 triệu đồng.
Lực lượng vũ trang tỉnh tiếp tục hưởng ứng phong trào thi đua "Dân vận khéo" với 64 mô hình cấp cơ sở, 11 mô hình cấp tỉnh. Các Ban CHQS huyện biên giới phối hợp với Bộ Chỉ huy BĐBP tỉnh duy trì 183 tổ tự quản đường biên, cột mốc; vận động 26 hộ đồng bào Mông di cư tự do trở về nơi ở cũ.
Tại hội nghị, Trung tá Mùa A Vảng, Chính trị viên Ban CHQS huyện Sốp Cộp, chia sẻ kinh nghiệm vận động người Mông ở xã Mường Lèo từ bỏ cây thuốc phiện, chuyển sang trồng mắc ca; đến nay toàn xã đã có 35 ha mắc ca. Chị Lò Thị Ín, Bí thư Chi đoàn bản Huổi Lè, xã Mường Lèo, kể rằng nhờ bộ đội hướng dẫn, 18 thanh niên trong bản đã được học nghề sửa chữa máy nông nghiệp.
Một số ý kiến cho rằng việc phối hợp giữa Ban CHQS huyện với Ban Dân vận Huyện ủy ở một số nơi chưa chặt chẽ; một số đơn vị còn lúng túng trong nắm tình hình tư tưởng đồng bào ở vùng có đạo Tin lành phát triển nhanh. Thượng tá Cầm Văn Chung, Phó Chính ủy Bộ CHQS tỉnh, đề nghị các đơn vị tăng cường cán bộ biết tiếng Thái, tiếng Mông.
Phát biểu kết luận, Đại tá Quàng Văn Thịnh yêu cầu 6 tháng cuối năm, các cơ quan, đơn vị thực hiện có hiệu quả Kế hoạch số 1563/KH-BCH ngày 20/6/2023 của Bộ CHQS tỉnh về "Quân đội chung sức xây dựng nông thôn mới" giai đoạn 2023 - 2025; mỗi đơn vị giúp ít nhất 1 xã đặc biệt khó khăn hoàn thành thêm tiêu chí nông thôn mới; phối hợp chặt chẽ với Ban Dân vận Tỉnh ủy theo Quy chế phối hợp số 04-QC/BDVTU-ĐUQS.
Dịp này, Bộ CHQS tỉnh tặng giấy khen cho 9 tập thể, 17 cá nhân có thành tích xuất sắc trong thực hiện phong trào thi đua "Dân vận khéo" 6 tháng đầu năm 2023.
Quàng Hưng
Tin liên quan
- Bộ CHQS tỉnh bàn giao 10 nhà "Đại đoàn kết" tại Thuận Châu (05/07/2023)
- Sốp Cộp: Ra mắt mô hình "Bản không có ma túy" (28/06/2023)
- Tổ chức Ngày hội "Quân dân chung sức" ở Mai Sơn (20/06/2023)
""", "2023-07-17", "Lực lượng vũ trang tỉnh giúp dân hơn 12.000 ngày công",
E("so_ket", "2023-H1", "2023-07-14"),
[P("Quàng Văn Thịnh", "Đại tá", "Phó Bí thư Thường trực Đảng ủy Quân sự tỉnh", "Chỉ huy trưởng Bộ Chỉ huy Quân sự (CHQS) tỉnh"),
 P("Mùa A Vảng", "Trung tá", "Chính trị viên Ban CHQS huyện Sốp Cộp"),
 P("Lò Thị Ín", "Bí thư Chi đoàn bản Huổi Lè"),
 P("Cầm Văn Chung", "Thượng tá", "Phó Chính ủy Bộ CHQS tỉnh")],
[Q("hơn 12.000 ngày công", 12000, "ngày công", "over"), Q("28 đợt", 28, "đợt"), Q("9,4 km", 9.4, "km"),
 Q("17 nhà văn hóa bản", 17, "nhà văn hóa bản"), Q("42 căn nhà \"Đại đoàn kết\"", 42, "căn nhà \"Đại đoàn kết\""),
 Q("50 triệu đồng", 50000000, "đồng"), Q("64 mô hình cấp cơ sở", 64, "mô hình cấp cơ sở"), Q("11 mô hình cấp tỉnh", 11, "mô hình cấp tỉnh"),
 Q("183 tổ tự quản đường biên, cột mốc", 183, "tổ tự quản đường biên, cột mốc"),
 Q("26 hộ đồng bào Mông di cư tự do", 26, "hộ đồng bào Mông di cư tự do"), Q("35 ha", 35, "ha"), Q("18 thanh niên", 18, "thanh niên"),
 Q("ít nhất 1 xã đặc biệt khó khăn", 1, "xã đặc biệt khó khăn", "over"), Q("9 tập thể", 9, "tập thể"), Q("17 cá nhân", 17, "cá nhân")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy Quân sự tỉnh", "Nghị quyết số 09, 10-NQ/ĐU"),
 D("Nghị quyết", "10", "NQ/ĐU", None, "Đảng ủy Quân sự tỉnh", "Nghị quyết số 09, 10-NQ/ĐU"),
 D("Kế hoạch", "1563", "KH-BCH", "2023-06-20", "Bộ CHQS tỉnh", "Kế hoạch số 1563/KH-BCH ngày 20/6/2023"),
 D("Quy chế phối hợp", "04", "QC/BDVTU-ĐUQS", None, None, "Quy chế phối hợp số 04-QC/BDVTU-ĐUQS")],
[prov("Sơn La"), com("Mường Lèo")],
["SƠN LA ĐIỆN TỬ - Cơ quan của Đảng bộ, Chính quyền, Nhân dân các dân tộc tỉnh Sơn La", "Trang chủ | Quốc phòng - An ninh",
 "Toàn cảnh hội nghị. Ảnh: Quàng Hưng", "(SL)", "thế trận lòng dân", "Dân vận khéo", "Quân đội chung sức xây dựng nông thôn mới",
 "bản Huổi Lè"],
["17/07/2023 - 16:20", "6 tháng đầu năm", "6 tháng cuối năm 2023", "năm 2023", "giai đoạn 2023 - 2025", "6 tháng đầu năm 2023"]))

PAGES.append(page("b9358-binhphuoc-bdbp-tongket-2024", """
BÁO BÌNH PHƯỚC
Thứ Sáu, 27/12/2024
Trang chủ / Quốc phòng - An ninh / Biên giới
Thứ Năm, 26/12/2024, 07:30
BĐBP tỉnh: 52 mô hình dân vận khéo nơi biên cương
You are here: Trang chủ > Biên giới
Đại tá Lê Văn Hiếu trao giấy khen cho các tập thể, cá nhân tiêu biểu.
BP - Ngày 25/12, Đảng ủy, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Bình Phước tổ chức hội nghị tổng kết công tác dân vận, vận động quần chúng năm 2024, triển khai nhiệm vụ năm 2025. Đại tá Lê Văn Hiếu, Tỉnh ủy viên, Bí thư Đảng ủy, Chính ủy BĐBP tỉnh chủ trì. Dự có đồng chí Điểu Thị Hằng, Phó Trưởng Ban Dân vận Tỉnh ủy.
Năm 2024, Đảng ủy BĐBP tỉnh lãnh đạo thực hiện Luật Biên phòng Việt Nam số 66/2020/QH14, Nghị định số 02/2021/NĐ-CP của Chính phủ và Chỉ thị 15, 16-CT/ĐU của Đảng ủy BĐBP tỉnh về công tác vận động quần chúng và xây dựng "thế trận lòng dân" khu vực biên giới. Các đồn biên phòng đã phối hợp với cấp ủy, chính quyền 15 xã biên giới tuyên truyền 312 buổi cho hơn 21.000 lượt người; cử 44 đảng viên về sinh hoạt ở 48 chi bộ ấp, sóc.
BĐBP tỉnh hiện duy trì 52 mô hình "Dân vận khéo", trong đó 8 mô hình được UBND tỉnh công nhận. Chương trình "Nâng bước em tới trường" đang hỗ trợ 67 học sinh, mỗi em 500.000 đồng/tháng; chương trình "Con nuôi đồn Biên phòng" nhận đỡ đầu 21 cháu. Cán bộ, chiến sĩ đã giúp dân 3.140 ngày công, phối hợp xây dựng 19 căn nhà cho hộ nghèo người S'tiêng, Khmer với tổng kinh phí 1,14 tỷ đồng, hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Tại hội nghị, Thiếu tá Lâm Văn Ba, HUV, Đồn trưởng Đồn Biên phòng Hoàng Diệu, chia sẻ cách làm ở sóc Bù Tam, xã Hưng Phước: cán bộ đồn cùng già làng Điểu Kiếp vận động 32 hộ đồng bào S'tiêng góp đất, góp công làm đường; 16 hộ thoát nghèo trong năm. Bà Thị Bé, Chủ tịch Hội Liên hiệp Phụ nữ xã Lộc Thạnh, đề nghị đồn tiếp tục phối hợp mở lớp dạy nghề may cho phụ nữ Khmer.
Phát biểu chỉ đạo, đồng chí Điểu Thị Hằng đánh giá BĐBP tỉnh là lực lượng nòng cốt trong phong trào thi đua "Dân vận khéo" ở khu vực biên giới; đề nghị năm 2025 tập trung vận động nhân dân chấp hành chủ trương sắp xếp đơn vị hành chính, tham gia góp ý dự thảo văn kiện đại hội đảng các cấp.
Kết luận hội nghị, Đại tá Lê Văn Hiếu yêu cầu các đơn vị thực hiện Kế hoạch số 4120/KH-BCH ngày 10/12/2024 của Bộ Chỉ huy BĐBP tỉnh về công tác dân vận năm 2025; phấn đấu mỗi đồn xây dựng thêm ít nhất 1 mô hình dân vận khéo cấp tỉnh. Dịp này, 10 tập thể, 24 cá nhân được Bộ Chỉ huy BĐBP tỉnh tặng giấy khen; Thượng tá Nguyễn Hữu Tài, Phó Chính ủy BĐBP tỉnh công bố quyết định khen thưởng.
Hà Mi
Lượt xem: 642
Tin liên quan
- Đồn Biên phòng Tân Tiến trao 100 suất quà cho hộ nghèo (20/12/2024)
- Bù Đốp: Ra mắt mô hình "Sóc biên giới bình yên" (12/12/2024)
- BĐBP tỉnh tổ chức "Xuân Biên phòng ấm lòng dân bản" năm 2025 (05/12/2024)
""", "2024-12-26", "BĐBP tỉnh: 52 mô hình dân vận khéo nơi biên cương",
E("tong_ket", "2024", "2024-12-25"),
[P("Lê Văn Hiếu", "Đại tá", "Tỉnh ủy viên", "Bí thư Đảng ủy", "Chính ủy BĐBP tỉnh"),
 P("Điểu Thị Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Văn Ba", "Thiếu tá", "HUV", "Đồn trưởng Đồn Biên phòng Hoàng Diệu"),
 P("Điểu Kiếp", "già làng"),
 P("Thị Bé", "Chủ tịch Hội Liên hiệp Phụ nữ xã Lộc Thạnh"),
 P("Nguyễn Hữu Tài", "Thượng tá", "Phó Chính ủy BĐBP tỉnh")],
[Q("52 mô hình", 52, "mô hình"), Q("15 xã biên giới", 15, "xã biên giới"), Q("312 buổi", 312, "buổi"),
 Q("hơn 21.000 lượt người", 21000, "lượt người", "over"), Q("44 đảng viên", 44, "đảng viên"), Q("48 chi bộ ấp, sóc", 48, "chi bộ ấp, sóc"),
 Q("8 mô hình", 8, "mô hình"), Q("67 học sinh", 67, "học sinh"), Q("500.000 đồng/tháng", 500000, "đồng"), Q("21 cháu", 21, "cháu"),
 Q("3.140 ngày công", 3140, "ngày công"), Q("19 căn nhà", 19, "căn nhà"), Q("1,14 tỷ đồng", 1140000000, "đồng"),
 Q("32 hộ đồng bào S'tiêng", 32, "hộ đồng bào S'tiêng"), Q("16 hộ", 16, "hộ"),
 Q("ít nhất 1 mô hình dân vận khéo cấp tỉnh", 1, "mô hình dân vận khéo cấp tỉnh", "over"), Q("10 tập thể", 10, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Luật", "66", "2020/QH14", None, None, "Luật Biên phòng Việt Nam số 66/2020/QH14"),
 D("Nghị định", "02", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 02/2021/NĐ-CP"),
 D("Chỉ thị", "15", "CT/ĐU", None, "Đảng ủy BĐBP tỉnh", "Chỉ thị 15, 16-CT/ĐU"),
 D("Chỉ thị", "16", "CT/ĐU", None, "Đảng ủy BĐBP tỉnh", "Chỉ thị 15, 16-CT/ĐU"),
 D("Kế hoạch", "4120", "KH-BCH", "2024-12-10", "Bộ Chỉ huy BĐBP tỉnh", "Kế hoạch số 4120/KH-BCH ngày 10/12/2024")],
[prov("Bình Phước"), com("Hưng Phước"), com("Lộc Thạnh")],
["BÁO BÌNH PHƯỚC", "Trang chủ / Quốc phòng - An ninh / Biên giới", "You are here: Trang chủ > Biên giới",
 "Đại tá Lê Văn Hiếu trao giấy khen cho các tập thể, cá nhân tiêu biểu.", "BP", "thế trận lòng dân", "Dân vận khéo",
 "Nâng bước em tới trường", "Con nuôi đồn Biên phòng", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "sóc Bù Tam", "Lượt xem: 642"],
["Thứ Sáu, 27/12/2024", "Thứ Năm, 26/12/2024, 07:30", "năm 2024", "năm 2025", "Lượt xem: 642"]))
