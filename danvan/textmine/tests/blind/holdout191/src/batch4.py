from lib import *
PAGES = []

PAGES.append(page("b4559-angiang-ccb-giamsat-2026", """
Báo và Phát thanh, Truyền hình An Giang
Chính trị | Mặt trận - Đoàn thể
20/03/2026 07:45
Hội Cựu chiến binh tỉnh giám sát thực hiện chính sách đối với hội viên tại phường Rạch Giá
(ABO) - Ngày 19/3, Đoàn giám sát Hội Cựu chiến binh tỉnh An Giang do Phó Chủ tịch Thường trực Hội CCB tỉnh, Đại tá Trần Văn Lâm làm trưởng đoàn đã giám sát việc thực hiện chế độ, chính sách đối với CCB, thân nhân CCB và công tác hòa giải ở cơ sở tại phường Rạch Giá và xã Ô Lâm.
Đoàn giám sát làm việc với Đảng ủy, UBND phường Rạch Giá. Ảnh: Hồng Cẩm
Cuộc giám sát thực hiện theo Kế hoạch giám sát số 15/KH-CCB ngày 2/3/2026 của Ban Thường vụ Hội CCB tỉnh và Quyết định số 01-QĐ/CCB, 02-QĐ/CCB về thành lập đoàn giám sát, phân công thành viên. Nội dung giám sát tập trung vào việc thực hiện Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14, Nghị định số 131/2021/NĐ-CP của Chính phủ và chế độ bảo hiểm y tế đối với CCB.
Báo cáo với đoàn, ông Nguyễn Thanh Phong, Phó Bí thư Đảng ủy, Chủ tịch UBND phường Rạch Giá, cho biết phường hiện có 1.236 hội viên CCB; 100% hội viên thuộc diện được cấp thẻ bảo hiểm y tế đã được cấp thẻ. Từ ngày 1/7/2025 đến nay, phường đã chi trả trợ cấp cho 318 người có công, tổng số tiền hơn 4,2 tỷ đồng; hỗ trợ 9 hộ hội viên sửa chữa nhà ở với mức 30 triệu đồng/hộ. Các tổ hòa giải có 64 hội viên CCB tham gia, đã hòa giải thành 27/31 vụ việc, chủ yếu tranh chấp ranh đất, lối đi và mâu thuẫn gia đình.
Tại xã Ô Lâm, đoàn làm việc với bà Néang Sa Phia, Phó Chủ tịch UBND xã, và ông Chau Phi Rích, Chủ tịch Hội CCB xã Ô Lâm, người dân tộc Khmer. Xã có 412 hội viên, trong đó 138 hội viên là đồng bào Khmer; còn 6 trường hợp CCB chưa được giải quyết chế độ do hồ sơ ghi sai năm sinh. Ông Chau Phi Rích kể, chi hội phum Phước Long vừa hòa giải thành vụ tranh chấp 1.200 m2 đất ruộng kéo dài 4 năm giữa 2 gia đình, sau 6 lần gặp gỡ các bên.
Qua giám sát, đoàn đánh giá hai địa phương đã triển khai kịp thời các chính sách sau khi vận hành chính quyền địa phương 2 cấp; tuy nhiên việc bàn giao hồ sơ người có công từ huyện cũ về xã còn chậm, một số hồ sơ thất lạc. Đại tá Trần Văn Lâm đề nghị UBND xã Ô Lâm phối hợp Sở Nội vụ rà soát 6 hồ sơ trên, hoàn thành trước ngày 30/6/2026; Hội CCB phường Rạch Giá nhân rộng mô hình "Chi hội CCB tham gia hòa giải giỏi". Bà Danh Thị Sa Rết, Ủy viên Ban Thường vụ Hội CCB tỉnh, thành viên đoàn, lưu ý các chi hội nắm chắc tư tưởng hội viên trước thềm bầu cử.
Kết quả giám sát sẽ được báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh An Giang theo quy định.
Hồng Cẩm
Lượt xem: 387
Tin liên quan
- Hội CCB tỉnh An Giang triển khai nhiệm vụ năm 2026 (15/01/2026)
- Trao 15 căn nhà "Nghĩa tình đồng đội" tại xã Tri Tôn (20/12/2025)
- Gặp mặt CCB người dân tộc Khmer tiêu biểu (05/12/2025)
""", "2026-03-20", "Hội Cựu chiến binh tỉnh giám sát thực hiện chính sách đối với hội viên tại phường Rạch Giá",
E("giam_sat", None, "2026-03-19"),
[P("Trần Văn Lâm", "Phó Chủ tịch Thường trực Hội CCB tỉnh", "Đại tá"),
 P("Nguyễn Thanh Phong", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường Rạch Giá"),
 P("Néang Sa Phia", "Phó Chủ tịch UBND xã"),
 P("Chau Phi Rích", "Chủ tịch Hội CCB xã Ô Lâm"),
 P("Danh Thị Sa Rết", "Ủy viên Ban Thường vụ Hội CCB tỉnh", "thành viên đoàn")],
[Q("1.236 hội viên CCB", 1236, "hội viên CCB"), Q("100%", 100, "%"), Q("318 người có công", 318, "người có công"),
 Q("hơn 4,2 tỷ đồng", 4200000000, "đồng", "over"), Q("9 hộ hội viên", 9, "hộ hội viên"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("64 hội viên CCB", 64, "hội viên CCB"), Q("27/31 vụ việc", 27, "vụ việc"), Q("412 hội viên", 412, "hội viên"),
 Q("138 hội viên", 138, "hội viên"), Q("6 trường hợp", 6, "trường hợp"), Q("1.200 m2", 1200, "m2"), Q("2 gia đình", 2, "gia đình"),
 Q("6 lần", 6, "lần")],
[D("Kế hoạch", "15", "KH-CCB", "2026-03-02", "Ban Thường vụ Hội CCB tỉnh", "Kế hoạch giám sát số 15/KH-CCB ngày 2/3/2026"),
 D("Quyết định", "01", "QĐ/CCB", None, None, "Quyết định số 01-QĐ/CCB"),
 D("Quyết định", "02", "QĐ/CCB", None, None, "02-QĐ/CCB"),
 D("Pháp lệnh", "02", "2020/UBTVQH14", None, None, "Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14"),
 D("Nghị định", "131", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 131/2021/NĐ-CP")],
[prov("An Giang"), com("Rạch Giá"), com("Ô Lâm")],
["Báo và Phát thanh, Truyền hình An Giang", "Chính trị | Mặt trận - Đoàn thể", "(ABO)",
 "Đoàn giám sát làm việc với Đảng ủy, UBND phường Rạch Giá. Ảnh: Hồng Cẩm", "Chi hội CCB tham gia hòa giải giỏi", "Lượt xem: 387"],
["20/03/2026 07:45", "4 năm", "2 cấp", "ngày 1/7/2025", "Lượt xem: 387"]))

PAGES.append(page("b4560-phutho-ccb-lamgiau-2014", """
BÁO PHÚ THỌ ĐIỆN TỬ
You are here: Trang chủ > Kinh tế > Nông nghiệp - Nông thôn
26/09/2014 | 08:12
Đinh Công Sứ chăm sóc đồi chè. Ảnh: Thu Hà
Người cựu chiến binh làm giàu trên đồi chè
Trở về quê hương xã Minh Đài (Tân Sơn) sau 12 năm quân ngũ, cựu chiến binh Đinh Công Sứ, người dân tộc Mường, nay là Chủ tịch Hội CCB xã Minh Đài, đã biến những quả đồi cằn thành trang trại chè, keo cho thu nhập hàng tỷ đồng mỗi năm.
Năm 1995, với 8 triệu đồng tiền trợ cấp xuất ngũ và số vốn vay 20 triệu đồng từ Ngân hàng Nông nghiệp, ông Sứ nhận khoán 5 ha đồi trọc để trồng chè. Những năm đầu, chè chết vì hạn, ông phải trồng dặm tới 3 lần. Kiên trì học hỏi, đến nay trang trại của ông đã có 15 ha chè, 22 ha keo lai và một xưởng chế biến chè xanh công suất 2 tấn búp tươi/ngày. Năm 2013, doanh thu đạt khoảng 1,8 tỷ đồng, trừ chi phí lãi trên 600 triệu đồng. Trang trại tạo việc làm thường xuyên cho 26 lao động địa phương, trong đó có 9 con em hội viên CCB, thu nhập 3,2 triệu đồng/người/tháng.
Ông Hà Văn Thắng, Phó Chủ tịch Hội CCB huyện Tân Sơn, cho biết: "Ông Sứ không chỉ làm giàu cho mình, còn đứng ra bảo lãnh cho 12 hộ hội viên vay không lãi mỗi hộ 10 triệu đồng, giúp 7 hộ thoát nghèo". Mô hình của ông đã được Hội CCB tỉnh nhân rộng theo Nghị quyết số 02-NQ/HCCB của Ban Chấp hành Hội CCB tỉnh về phát triển kinh tế trang trại trong hội viên.
Trang trại của ông Sứ cũng là một trong 40 trang trại được hỗ trợ theo Quyết định số 1452/QĐ-UBND ngày 24/6/2013 của UBND tỉnh Phú Thọ về đề án phát triển chè chất lượng cao. Ông đã hiến 600 m2 đất làm đường vào khu sản xuất, vận động 36 hộ trong khu Chiềng góp tiền, góp công làm 1,5 km đường bê tông.
Bà Đinh Thị Hoa, Bí thư Đảng ủy xã Minh Đài, nhận xét: "Ở xã có 214 hội viên CCB thì hơn 30 người làm theo ông Sứ. Hội CCB xã mấy năm liền dẫn đầu phong trào thi đua của huyện". Ông Sứ còn là tổ trưởng tổ hòa giải khu Chiềng, năm 2013 hòa giải thành 5 vụ mâu thuẫn, không để đơn thư vượt cấp.
Hiện toàn huyện Tân Sơn có 186 hộ hội viên CCB làm kinh tế giỏi; nhiều mô hình trồng chè, keo, nuôi trâu sinh sản của CCB người Mường, Dao đã cho thu nhập từ 100 triệu đồng/năm trở lên.
Năm 2014, ông vinh dự được Trung ương Hội CCB Việt Nam tặng Bằng khen và được chọn là 1 trong 10 gương mặt tiêu biểu dự hội nghị điển hình tiên tiến của Hội CCB tỉnh. Hỏi về dự định, ông Sứ cười: "Tôi đang tính làm thêm sản phẩm chè đóng gói, mở thêm lối ra cho bà con".
Thu Hà
Số lượt xem: 1.065
Tin cùng chuyên mục
- Thanh Sơn: hội viên CCB giúp nhau nuôi lợn rừng lai (19/09/2014)
- Hội CCB tỉnh sơ kết 6 tháng đầu năm 2014 (11/07/2014)
- Yên Lập: 52 CCB được vay vốn phát triển sản xuất (30/06/2014)
- Gương sáng cựu chiến binh ở vùng chè Thanh Ba (12/06/2014)
- Hội CCB Cẩm Khê ra mắt câu lạc bộ doanh nhân CCB (28/05/2014)
""", "2014-09-26", "Người cựu chiến binh làm giàu trên đồi chè",
E("khac", None, None),
[P("Đinh Công Sứ", "Chủ tịch Hội CCB xã Minh Đài", "tổ trưởng tổ hòa giải khu Chiềng"),
 P("Hà Văn Thắng", "Phó Chủ tịch Hội CCB huyện Tân Sơn"),
 P("Đinh Thị Hoa", "Bí thư Đảng ủy xã Minh Đài")],
[Q("8 triệu đồng", 8000000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"), Q("5 ha", 5, "ha"), Q("3 lần", 3, "lần"),
 Q("15 ha", 15, "ha"), Q("22 ha", 22, "ha"), Q("2 tấn", 2, "tấn"), Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx"),
 Q("trên 600 triệu đồng", 600000000, "đồng", "over"), Q("26 lao động", 26, "lao động"), Q("9 con em hội viên CCB", 9, "con em hội viên CCB"),
 Q("3,2 triệu đồng", 3200000, "đồng"), Q("12 hộ hội viên", 12, "hộ hội viên"), Q("10 triệu đồng", 10000000, "đồng"), Q("7 hộ", 7, "hộ"),
 Q("40 trang trại", 40, "trang trại"), Q("600 m2", 600, "m2"), Q("36 hộ", 36, "hộ"), Q("1,5 km", 1.5, "km"),
 Q("214 hội viên CCB", 214, "hội viên CCB"), Q("hơn 30 người", 30, "người", "over"), Q("5 vụ mâu thuẫn", 5, "vụ mâu thuẫn"),
 Q("10 gương mặt tiêu biểu", 10, "gương mặt tiêu biểu"),
 Q("186 hộ hội viên CCB", 186, "hộ hội viên CCB"), Q("100 triệu đồng/năm trở lên", 100000000, "đồng", "over")],
[D("Nghị quyết", "02", "NQ/HCCB", None, "Ban Chấp hành Hội CCB tỉnh", "Nghị quyết số 02-NQ/HCCB"),
 D("Quyết định", "1452", "QĐ-UBND", "2013-06-24", "UBND tỉnh Phú Thọ", "Quyết định số 1452/QĐ-UBND ngày 24/6/2013")],
[prov("Phú Thọ"), com("Minh Đài")],
["BÁO PHÚ THỌ ĐIỆN TỬ", "You are here: Trang chủ > Kinh tế > Nông nghiệp - Nông thôn", "Đinh Công Sứ chăm sóc đồi chè. Ảnh: Thu Hà",
 "Ngân hàng Nông nghiệp", "khu Chiềng", "Số lượt xem: 1.065"],
["26/09/2014 | 08:12", "12 năm", "Năm 1995", "Năm 2013", "Năm 2014", "mấy năm liền", "1 trong 10", "Số lượt xem: 1.065"]))

PAGES.append(page("b4561-caobang-ccb-quatet-2019", """
Báo Cao Bằng điện tử
Trang chủ - Xã hội - Mặt trận, đoàn thể
Thứ Sáu, 25/01/2019 - 09:10
Trao 350 suất quà Tết cho cựu chiến binh, cựu thanh niên xung phong khó khăn
Từ ngày 21 đến 24/1/2019, Hội Cựu chiến binh tỉnh phối hợp Hội Cựu thanh niên xung phong tỉnh Cao Bằng tổ chức thăm, chúc Tết, trao 350 suất quà cho hội viên CCB, cựu TNXP có hoàn cảnh khó khăn, thương binh, nạn nhân chất độc da cam tại các huyện Hà Quảng, Thạch An, Quảng Uyên và thành phố Cao Bằng nhân dịp Tết Nguyên đán Kỷ Hợi 2019.
Đại tá Nông Văn Hoan trao quà Tết cho hội viên xã Đức Long.
Các đoàn do Đại tá Nông Văn Hoan, Chủ tịch Hội CCB tỉnh; bà Hoàng Thị Nhình, Chủ tịch Hội CTNXP tỉnh và các ông Lục Văn Pầu, Lý Văn Khuyến, Mã Văn Tấn - Phó Chủ tịch Hội CCB tỉnh dẫn đầu. Mỗi suất quà trị giá 500.000 đồng gồm tiền mặt và hàng hóa, tổng trị giá 175 triệu đồng, từ nguồn quỹ "Nghĩa tình đồng đội" và sự ủng hộ của 14 doanh nghiệp, nhà hảo tâm.
Tại xã Đức Long, đoàn đến thăm gia đình ông Hoàng Văn Dìn, thương binh hạng 3/4, hội viên Chi hội CCB xóm Nà Pồng, có vợ bị bệnh nặng; trao tặng gia đình bà Đàm Thị Chiêm, cựu TNXP Đội 53 tuyến đường 20 Quyết Thắng, hiện sống một mình, 1 suất quà và 2 triệu đồng tiền mặt. Ở xã Hưng Đạo, đoàn thăm 5 hộ CCB người Nùng nhiễm chất độc da cam.
Cùng dịp, thực hiện Kế hoạch số 112-KH/CCB ngày 3/12/2018 của Ban Thường vụ Hội CCB tỉnh và Công văn số 45/HCTNXP của Hội CTNXP tỉnh, các cấp Hội trong tỉnh đã vận động trao thêm 1.240 suất quà Tết, tổng trị giá hơn 420 triệu đồng; phối hợp thực hiện Quyết định 22/2013/QĐ-TTg của Thủ tướng Chính phủ hỗ trợ 23 hộ người có công là hội viên sửa chữa, xây mới nhà ở, mỗi hộ từ 20 đến 40 triệu đồng.
Theo Đại tá Nông Văn Hoan, năm 2018, toàn tỉnh có 17.830 hội viên CCB; tỷ lệ hộ nghèo trong hội viên vẫn còn 16,7%, cao hơn bình quân chung của tỉnh. Hội đề ra mục tiêu trong năm 2019 giảm ít nhất 3% hộ nghèo trong hội viên, xây dựng 20 mô hình kinh tế CCB ở các xã vùng cao.
Bà Hoàng Thị Nhình cho biết, Hội CTNXP tỉnh hiện có 2.146 hội viên, nhiều người tuổi đã cao, sức khỏe yếu; Hội sẽ tiếp tục đề nghị giải quyết chế độ cho 58 cựu TNXP còn tồn đọng hồ sơ.
Ông Nông Văn Thịnh, Chủ tịch Hội CCB xã Quang Trung, thay mặt hội viên cảm ơn sự quan tâm của các cấp Hội, hứa động viên hội viên đón Tết vui tươi, an toàn, không vi phạm pháp luật.
Bế Hằng
Lượt xem: 528
Tin liên quan
- Hội CCB tỉnh tổng kết công tác năm 2018 (28/12/2018)
- Trùng Khánh: bàn giao 2 nhà "Nghĩa tình đồng đội" (20/12/2018)
- Gặp mặt cựu TNXP nhân kỷ niệm 68 năm Ngày truyền thống (15/07/2018)
- Hòa An: CCB giúp nhau phát triển chăn nuôi bò (02/07/2018)
""", "2019-01-25", "Trao 350 suất quà Tết cho cựu chiến binh, cựu thanh niên xung phong khó khăn",
E("trao_qua", None, "2019-01-21"),
[P("Nông Văn Hoan", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Hoàng Thị Nhình", "Chủ tịch Hội CTNXP tỉnh"),
 P("Lục Văn Pầu", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Lý Văn Khuyến", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Mã Văn Tấn", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Hoàng Văn Dìn", "thương binh hạng 3/4", "hội viên Chi hội CCB xóm Nà Pồng"),
 P("Đàm Thị Chiêm", "cựu TNXP Đội 53 tuyến đường 20 Quyết Thắng"),
 P("Nông Văn Thịnh", "Chủ tịch Hội CCB xã Quang Trung")],
[Q("350 suất quà", 350, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("175 triệu đồng", 175000000, "đồng"),
 Q("14 doanh nghiệp, nhà hảo tâm", 14, "doanh nghiệp, nhà hảo tâm"), Q("2 triệu đồng", 2000000, "đồng"), Q("5 hộ CCB", 5, "hộ CCB"),
 Q("1.240 suất quà", 1240, "suất quà"), Q("hơn 420 triệu đồng", 420000000, "đồng", "over"), Q("23 hộ người có công", 23, "hộ người có công"),
 Q("20", 20000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"), Q("17.830 hội viên CCB", 17830, "hội viên CCB"), Q("16,7%", 16.7, "%"),
 Q("ít nhất 3%", 3, "%", "over"), Q("20 mô hình kinh tế CCB", 20, "mô hình kinh tế CCB"), Q("2.146 hội viên", 2146, "hội viên"),
 Q("58 cựu TNXP", 58, "cựu TNXP")],
[D("Kế hoạch", "112", "KH/CCB", "2018-12-03", "Ban Thường vụ Hội CCB tỉnh", "Kế hoạch số 112-KH/CCB ngày 3/12/2018"),
 D("Công văn", "45", "HCTNXP", None, "Hội CTNXP tỉnh", "Công văn số 45/HCTNXP"),
 D("Quyết định", "22", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 22/2013/QĐ-TTg")],
[prov("Cao Bằng"), com("Đức Long"), com("Hưng Đạo"), com("Quang Trung")],
["Báo Cao Bằng điện tử", "Trang chủ - Xã hội - Mặt trận, đoàn thể", "Đại tá Nông Văn Hoan trao quà Tết cho hội viên xã Đức Long.",
 "Nghĩa tình đồng đội", "Tết Nguyên đán Kỷ Hợi 2019", "Lượt xem: 528"],
["Thứ Sáu, 25/01/2019 - 09:10", "năm 2018", "năm 2019", "hạng 3/4", "Đội 53", "đường 20", "1 suất quà", "Lượt xem: 528"]))

PAGES.append(page("b4562-binhthuan-ccb-toadam-2021", """
Báo Bình Thuận Online
Chính trị - Xã hội › Mặt trận - Đoàn thể
Ngày đăng 05/11/2021 | 16:20
Ảnh: Các đại biểu dự tọa đàm.
CCB vùng đồng bào Chăm góp sức giữ bình yên thôn xóm
Ngày 4/11, Hội Cựu chiến binh tỉnh phối hợp Công an tỉnh tổ chức tọa đàm "CCB tham gia giữ gìn an ninh trật tự, hòa giải ở cơ sở vùng đồng bào dân tộc Chăm" năm 2021 tại huyện Bắc Bình. Đồng chí Nguyễn Thị Bích Ngọc, Phó Trưởng Ban Dân vận Tỉnh ủy, dự và phát biểu chỉ đạo.
Chủ trì tọa đàm có Đại tá Huỳnh Văn Tâm, Chủ tịch Hội CCB tỉnh và Đại tá Trần Quốc Thắng, Phó Giám đốc Công an tỉnh. Tham dự có 85 đại biểu là Chủ tịch Hội CCB các xã, chức sắc tôn giáo Bà-la-môn, Bani và người có uy tín trong đồng bào Chăm.
Tọa đàm nhằm đánh giá 3 năm thực hiện Quy chế phối hợp số 03/QCPH-CCB-CA ngày 10/5/2018 giữa Hội CCB tỉnh và Công an tỉnh; Chương trình hành động số 07-CTr/HCCB của Ban Thường vụ Hội CCB tỉnh thực hiện Chỉ thị 15-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Chăm. Toàn tỉnh có 9 xã, 1 thị trấn có đông đồng bào Chăm sinh sống với 672 hội viên CCB là người Chăm.
Qua 3 năm, CCB vùng đồng bào Chăm đã tham gia hòa giải thành 146 vụ việc mâu thuẫn, tranh chấp đất đai, nguồn nước tưới; cung cấp 38 nguồn tin giúp cơ quan công an triệt phá 4 vụ trộm cắp tài sản; vận động 21 thanh niên bỏ tụ tập, gây rối về sinh hoạt đúng pháp luật. Hội đã xây dựng 12 mô hình "Tổ CCB tự quản an ninh trật tự" với 96 thành viên.
Ông Đàng Văn Thành, Chủ tịch Hội CCB xã Phan Hiệp, chia sẻ: "Chăm mình trọng lời người lớn tuổi. CCB đi hòa giải cùng vị Cả sư, người có uy tín thì bà con nghe". Ông Thông Minh Hải, Chi hội trưởng Chi hội CCB thôn Bình Minh, xã Phan Thanh, kể việc hòa giải thành vụ tranh chấp mương nước giữa 14 hộ. Bà Thuận Thị Hoa, Phó Chủ tịch Hội CCB xã Phan Hòa, đề nghị hỗ trợ kinh phí hoạt động cho tổ tự quản từ 1 triệu đồng lên 2 triệu đồng/tổ/năm.
Các đại biểu cũng chỉ ra hạn chế: một số tổ tự quản hoạt động hình thức; việc nắm tình hình số thanh niên đi làm ăn xa còn chậm; kinh phí cho hòa giải viên chưa kịp thời. Đại tá Trần Quốc Thắng đề nghị mỗi chi hội CCB cử người tham gia tổ an ninh trật tự cơ sở.
Phát biểu, Cả sư Lưu Văn Quyết, Trưởng Hội đồng Cả sư huyện Bắc Bình, đánh giá CCB là lực lượng gần dân, hiểu phong tục của đồng bào.
Kết luận tọa đàm, Đại tá Huỳnh Văn Tâm đề nghị mỗi Hội CCB xã vùng đồng bào Chăm xây dựng ít nhất 1 mô hình tự quản, phấn đấu 90% vụ việc được hòa giải thành ngay tại cơ sở; đồng thời đề nghị Công an tỉnh tiếp tục thực hiện Quyết định số 1135/QĐ-UBND của UBND tỉnh về hỗ trợ tổ tự quản.
Minh Vân
Lượt xem: 462
Các tin khác
- Hội CCB tỉnh sơ kết 9 tháng năm 2021 (15/10/2021)
- Tuy Phong: trao 3 nhà "Nghĩa tình đồng đội" (28/09/2021)
- Hội CCB hỗ trợ hội viên khó khăn do dịch Covid-19 (10/09/2021)
""", "2021-11-05", "CCB vùng đồng bào Chăm góp sức giữ bình yên thôn xóm",
E("hoi_nghi", "2021", "2021-11-04"),
[P("Nguyễn Thị Bích Ngọc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Tâm", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Trần Quốc Thắng", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Đàng Văn Thành", "Chủ tịch Hội CCB xã Phan Hiệp"),
 P("Thông Minh Hải", "Chi hội trưởng Chi hội CCB thôn Bình Minh"),
 P("Thuận Thị Hoa", "Phó Chủ tịch Hội CCB xã Phan Hòa"),
 P("Lưu Văn Quyết", "Cả sư", "Trưởng Hội đồng Cả sư huyện Bắc Bình")],
[Q("85 đại biểu", 85, "đại biểu"), Q("9 xã", 9, "xã"), Q("672 hội viên CCB", 672, "hội viên CCB"),
 Q("146 vụ việc mâu thuẫn, tranh chấp đất đai, nguồn nước tưới", 146, "vụ việc mâu thuẫn, tranh chấp đất đai, nguồn nước tưới"),
 Q("38 nguồn tin", 38, "nguồn tin"), Q("4 vụ trộm cắp tài sản", 4, "vụ trộm cắp tài sản"), Q("21 thanh niên", 21, "thanh niên"),
 Q("12 mô hình", 12, "mô hình"), Q("96 thành viên", 96, "thành viên"), Q("14 hộ", 14, "hộ"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"), Q("90%", 90, "%")],
[D("Quy chế phối hợp", "03", "QCPH-CCB-CA", "2018-05-10", None, "Quy chế phối hợp số 03/QCPH-CCB-CA ngày 10/5/2018"),
 D("Chương trình hành động", "07", "CTr/HCCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chương trình hành động số 07-CTr/HCCB"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15-CT/TU"),
 D("Quyết định", "1135", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1135/QĐ-UBND")],
[prov("Bình Thuận"), com("Phan Hiệp"), com("Phan Thanh"), com("Phan Hòa")],
["Báo Bình Thuận Online", "Chính trị - Xã hội › Mặt trận - Đoàn thể", "Ảnh: Các đại biểu dự tọa đàm.",
 "CCB tham gia giữ gìn an ninh trật tự, hòa giải ở cơ sở vùng đồng bào dân tộc Chăm", "Tổ CCB tự quản an ninh trật tự", "Bà-la-môn", "Bani", "Lượt xem: 462"],
["Ngày đăng 05/11/2021 | 16:20", "năm 2021", "1 thị trấn", "3 năm", "ít nhất 1 mô hình", "Lượt xem: 462"]))

PAGES.append(page("b4563-cantho-ctnxp-soket-2025", """
HỘI CỰU THANH NIÊN XUNG PHONG THÀNH PHỐ CẦN THƠ
Trang chủ / Tin tức - Sự kiện / Hoạt động Hội
11/07/2025 - 14:25
Hội Cựu TNXP thành phố Cần Thơ ổn định tổ chức, chăm lo hội viên
Sáng 10/7/2025, Hội Cựu thanh niên xung phong thành phố Cần Thơ tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm; đây là hội nghị đầu tiên sau khi hợp nhất Hội CTNXP thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang.
Ông Trần Văn Út, Chủ tịch Hội CTNXP thành phố phát biểu tại hội nghị. Ảnh: Bảo Ngọc
Dự hội nghị có bà Nguyễn Thị Ngọc Hân, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố; bà Trần Thị Lệ, Phó Chủ tịch Thường trực Trung ương Hội CTNXP Việt Nam. Ông Trần Văn Út, Chủ tịch Hội CTNXP thành phố; các ông Lê Văn Hai, Thạch Sóc Khonl - Phó Chủ tịch Hội CTNXP thành phố đồng chủ trì.
Theo báo cáo, sau hợp nhất, Hội có 12.478 hội viên sinh hoạt tại 103 Hội cơ sở ở các xã, phường. Thực hiện Quyết định số 115-QĐ/MTTQ-BTT ngày 30/6/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố và Kế hoạch số 27-KH/HCTNXP của Hội, các cấp Hội đã kiện toàn xong Ban Chấp hành lâm thời với 41 ủy viên.
6 tháng đầu năm, các cấp Hội đã trao 1.650 phần quà cho hội viên khó khăn, tổng trị giá 825 triệu đồng; phối hợp bàn giao 34 căn nhà "Nghĩa tình đồng đội" trong chương trình xóa nhà tạm, nhà dột nát, mỗi căn 60 triệu đồng; giới thiệu 218 lượt hội viên vay vốn ưu đãi với tổng số tiền 9,6 tỷ đồng. Hội đã đề nghị giải quyết chế độ theo Nghị định số 75/2021/NĐ-CP cho 46 người, còn khoảng 120 trường hợp đang bổ sung hồ sơ.
Tại hội nghị, bà Lý Thị Sa Rum, người Khmer, Chủ tịch Hội CTNXP phường Sóc Trăng, chia sẻ về việc duy trì sinh hoạt chi hội trong thời gian sắp xếp; ông Nguyễn Văn Bảy, Chủ tịch Hội CTNXP xã Phong Điền, giới thiệu mô hình "Cựu TNXP giúp nhau trồng sầu riêng" với 15 hộ tham gia. Bà Đỗ Thị Mười, Chủ tịch Hội CTNXP phường Vị Thanh, đề nghị sớm bố trí trụ sở làm việc cho Hội.
Phát biểu chỉ đạo, bà Nguyễn Thị Ngọc Hân đề nghị Hội tập trung thực hiện tốt chủ trương vận hành chính quyền địa phương 2 cấp, tổ chức các hoạt động kỷ niệm 75 năm Ngày truyền thống lực lượng TNXP Việt Nam (15/7/1950 - 15/7/2025), phấn đấu đến cuối năm 2025 không còn hội viên ở nhà tạm.
Bà Trần Thị Lệ ghi nhận Hội CTNXP thành phố Cần Thơ đã thực hiện nghiêm Nghị quyết 60-NQ/TW của Ban Chấp hành Trung ương, không để gián đoạn hoạt động, và trao Kỷ niệm chương "Vì thế hệ trẻ" cho 12 cá nhân.
Bảo Ngọc
Lượt xem: 356
Tin khác
- Ra mắt Ủy ban MTTQ Việt Nam thành phố Cần Thơ (01/07/2025)
- Hội CTNXP tỉnh Hậu Giang trao 5 căn nhà tình nghĩa (20/06/2025)
- Sóc Trăng: gặp mặt cựu TNXP tiêu biểu (05/06/2025)
""", "2025-07-11", "Hội Cựu TNXP thành phố Cần Thơ ổn định tổ chức, chăm lo hội viên",
E("so_ket", "2025-H1", "2025-07-10"),
[P("Trần Văn Út", "Chủ tịch Hội CTNXP thành phố"),
 P("Nguyễn Thị Ngọc Hân", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Trần Thị Lệ", "Phó Chủ tịch Thường trực Trung ương Hội CTNXP Việt Nam"),
 P("Lê Văn Hai", "Phó Chủ tịch Hội CTNXP thành phố"),
 P("Thạch Sóc Khonl", "Phó Chủ tịch Hội CTNXP thành phố"),
 P("Lý Thị Sa Rum", "Chủ tịch Hội CTNXP phường Sóc Trăng"),
 P("Nguyễn Văn Bảy", "Chủ tịch Hội CTNXP xã Phong Điền"),
 P("Đỗ Thị Mười", "Chủ tịch Hội CTNXP phường Vị Thanh")],
[Q("12.478 hội viên", 12478, "hội viên"), Q("103 Hội cơ sở", 103, "Hội cơ sở"), Q("41 ủy viên", 41, "ủy viên"),
 Q("1.650 phần quà", 1650, "phần quà"), Q("825 triệu đồng", 825000000, "đồng"), Q("34 căn nhà", 34, "căn nhà"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("218 lượt hội viên", 218, "lượt hội viên"), Q("9,6 tỷ đồng", 9600000000, "đồng"),
 Q("46 người", 46, "người"), Q("khoảng 120 trường hợp", 120, "trường hợp", "approx"), Q("15 hộ", 15, "hộ"), Q("12 cá nhân", 12, "cá nhân")],
[D("Quyết định", "115", "QĐ/MTTQ-BTT", "2025-06-30", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Quyết định số 115-QĐ/MTTQ-BTT ngày 30/6/2025"),
 D("Kế hoạch", "27", "KH/HCTNXP", None, None, "Kế hoạch số 27-KH/HCTNXP"),
 D("Nghị định", "75", "2021/NĐ-CP", None, None, "Nghị định số 75/2021/NĐ-CP"),
 D("Nghị quyết", "60", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 60-NQ/TW")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Sóc Trăng"), com("Phong Điền"), com("Vị Thanh")],
["HỘI CỰU THANH NIÊN XUNG PHONG THÀNH PHỐ CẦN THƠ", "Trang chủ / Tin tức - Sự kiện / Hoạt động Hội",
 "Ông Trần Văn Út, Chủ tịch Hội CTNXP thành phố phát biểu tại hội nghị. Ảnh: Bảo Ngọc", "Nghĩa tình đồng đội",
 "Cựu TNXP giúp nhau trồng sầu riêng", "Vì thế hệ trẻ", "Lượt xem: 356"],
["11/07/2025 - 14:25", "6 tháng đầu năm 2025", "6 tháng cuối năm", "2 cấp", "75 năm", "15/7/1950 - 15/7/2025", "năm 2025", "Lượt xem: 356"]))

PAGES.append(page("b4564-lamdong-ccb-giaoban-2026", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Hôm nay: Thứ 6, 17/04/2026
Chính trị » Mặt trận - Đoàn thể
Cập nhật: 16/04/2026 - 17:05
Cựu chiến binh tham gia hòa giải thành 412 vụ việc
(LĐ online) - Chiều 15/4, Hội Cựu chiến binh tỉnh Lâm Đồng tổ chức hội nghị giao ban công tác Hội quý I/2026. Đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội CCB tỉnh Đại tá Phạm Văn Khoa chủ trì; dự có đại diện các ban chuyên môn Ủy ban MTTQ Việt Nam tỉnh.
Quang cảnh hội nghị giao ban. Ảnh: Khánh Phúc
Theo báo cáo, quý I/2026, các cấp Hội đã tham gia hòa giải thành 412 vụ việc mâu thuẫn, tranh chấp trong tổng số 468 vụ việc tiếp nhận, đạt 88%; trong đó riêng khu vực phía Nam (Bình Thuận cũ) hòa giải thành 157 vụ việc, khu vực Đắk Nông cũ 96 vụ việc. Hội viên CCB tham gia 1.724 tổ hòa giải trên địa bàn 124 xã, phường, đặc khu.
Hội đã triển khai Kết luận 04, 05-KL/CCB của Ban Thường vụ Hội CCB tỉnh về nâng cao chất lượng hòa giải ở cơ sở và phát triển kinh tế hội viên sau sắp xếp; thực hiện Hướng dẫn số 12-HD/MTTQ-BTT ngày 5/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về tham gia bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 - 2031. Có 28 hội viên CCB trúng cử đại biểu HĐND cấp xã.
Hội nghị đánh giá, sau sắp xếp địa bàn rộng, nhiều Hội CCB xã phải quản lý hội viên ở hơn 20 thôn, buôn; việc sinh hoạt chi hội ghép ở một số nơi còn lúng túng, hồ sơ hội viên của huyện cũ chưa bàn giao đầy đủ.
Quý I, các cấp Hội thăm, tặng 2.380 suất quà Tết cho hội viên khó khăn, trị giá gần 1,2 tỷ đồng; khởi công 18 nhà "Nghĩa tình đồng đội".
Tại hội nghị, ông K'Brơi, người K'Ho, Chủ tịch Hội CCB xã Lạc Dương, cho biết chi hội buôn Đưng K'Si vừa hòa giải thành vụ tranh chấp 3 sào cà phê giữa 2 anh em sau 4 lần hòa giải. Ông Điểu K'Đơm, Chủ tịch Hội CCB phường Bắc Gia Nghĩa; bà Ka Thị Hòa, Phó Chủ tịch Hội CCB phường Xuân Hương - Đà Lạt và ông Y Bhin Niê, hội viên xã Quảng Khê, kiến nghị tập huấn kỹ năng hòa giải các vụ việc liên quan đất đai sau khi bỏ cấp huyện. Ông Võ Văn Mến, Chủ tịch Hội CCB phường Phan Thiết, giới thiệu mô hình "CCB nói không với tín dụng đen" ở 9 khu phố.
Các đồng chí Thượng tá Nguyễn Đình Hải, Trung tá Lê Thị Thu - Phó Chủ tịch Hội CCB tỉnh được phân công theo dõi hai khu vực phía Nam và phía Tây.
Kết luận hội nghị, Đại tá Phạm Văn Khoa yêu cầu quý II tập trung hòa giải dứt điểm 56 vụ việc còn tồn đọng, phấn đấu năm 2026 tỷ lệ hòa giải thành đạt từ 90% trở lên; hoàn thành trên 60 nhà "Nghĩa tình đồng đội" trước ngày 27/7.
Khánh Phúc
Lượt xem: 744
Tin liên quan
- Hội CCB tỉnh tổng kết công tác năm 2025 (09/01/2026)
- Trao 10 nhà "Nghĩa tình đồng đội" tại xã Tuy Phong (20/12/2025)
- Hội CCB phường Lâm Viên - Đà Lạt đại hội điểm (15/11/2025)
""", "2026-04-16", "Cựu chiến binh tham gia hòa giải thành 412 vụ việc",
E("giao_ban", "2026-Q1", "2026-04-15"),
[P("Phạm Văn Khoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội CCB tỉnh", "Đại tá"),
 P("K'Brơi", "Chủ tịch Hội CCB xã Lạc Dương"),
 P("Điểu K'Đơm", "Chủ tịch Hội CCB phường Bắc Gia Nghĩa"),
 P("Ka Thị Hòa", "Phó Chủ tịch Hội CCB phường Xuân Hương - Đà Lạt"),
 P("Y Bhin Niê", "hội viên xã Quảng Khê"),
 P("Võ Văn Mến", "Chủ tịch Hội CCB phường Phan Thiết"),
 P("Nguyễn Đình Hải", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Lê Thị Thu", "Trung tá", "Phó Chủ tịch Hội CCB tỉnh")],
[Q("412 vụ việc mâu thuẫn, tranh chấp", 412, "vụ việc mâu thuẫn, tranh chấp"), Q("468 vụ việc", 468, "vụ việc"), Q("88%", 88, "%"),
 Q("157 vụ việc", 157, "vụ việc"), Q("96 vụ việc", 96, "vụ việc"), Q("1.724 tổ hòa giải", 1724, "tổ hòa giải"),
 Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("28 hội viên CCB", 28, "hội viên CCB"), Q("2.380 suất quà", 2380, "suất quà"),
 Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("18 nhà", 18, "nhà"), Q("3 sào", 3, "sào"), Q("2 anh em", 2, "anh em"),
 Q("4 lần", 4, "lần"), Q("9 khu phố", 9, "khu phố"), Q("hơn 20 thôn, buôn", 20, "thôn, buôn", "over"), Q("56 vụ việc", 56, "vụ việc"), Q("từ 90% trở lên", 90, "%", "over"),
 Q("trên 60 nhà", 60, "nhà", "over")],
[D("Kết luận", "04", "KL/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Kết luận 04, 05-KL/CCB"),
 D("Kết luận", "05", "KL/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Kết luận 04, 05-KL/CCB"),
 D("Hướng dẫn", "12", "HD/MTTQ-BTT", "2026-01-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 12-HD/MTTQ-BTT ngày 5/1/2026")],
[prov("Lâm Đồng"), prov("Bình Thuận"), prov("Đắk Nông"), com("Lạc Dương"), com("Bắc Gia Nghĩa"), com("Xuân Hương - Đà Lạt"),
 com("Quảng Khê"), com("Phan Thiết")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Chính trị » Mặt trận - Đoàn thể", "(LĐ online)", "Quang cảnh hội nghị giao ban. Ảnh: Khánh Phúc",
 "CCB nói không với tín dụng đen", "Nghĩa tình đồng đội", "Lượt xem: 744"],
["Hôm nay: Thứ 6, 17/04/2026", "Cập nhật: 16/04/2026 - 17:05", "quý I/2026", "quý II", "khóa XVI", "2026 - 2031", "năm 2026",
 "ngày 27/7", "Lượt xem: 744"]))
