from lib import *
PAGES = []

PAGES.append(page("b2795-cantho-ccb-giamsat-2017", """
BÁO CẦN THƠ ONLINE
Thời sự › Chính trị › Mặt trận - Đoàn thể
22/11/2017 - 08:45
Hội Cựu chiến binh giám sát việc thực hiện chính sách đối với hội viên
Sáng 21/11/2017, Đoàn giám sát của Hội Cựu chiến binh thành phố Cần Thơ do ông Trịnh Văn Bảy, Phó Chủ tịch Hội CCB thành phố, làm trưởng đoàn, làm việc với UBND quận Ô Môn về việc thực hiện chế độ, chính sách đối với CCB và thân nhân năm 2017.
Theo báo cáo của UBND quận, đến nay địa phương đã giải quyết chế độ trợ cấp một lần cho 1.436 đối tượng theo Quyết định 62/2011/QĐ-TTg và Quyết định 49/2015/QĐ-TTg của Thủ tướng Chính phủ; cấp thẻ bảo hiểm y tế cho 2.108 CCB, đạt 100%. Còn 37 hồ sơ tồn đọng do thiếu giấy tờ gốc, chủ yếu là CCB tham gia bảo vệ Tổ quốc ở biên giới Tây Nam. Quận đã hỗ trợ xây mới, sửa chữa 9 căn nhà cho hội viên khó khăn với tổng kinh phí hơn 540 triệu đồng.
Đoàn giám sát đã đến phường Thới An, phường Phước Thới kiểm tra hồ sơ, gặp gỡ hội viên. Ông Thạch Sô Phol, hội viên Chi hội CCB khu vực Thới Hòa, người Khmer, phản ánh hồ sơ hưởng chế độ của ông đã nộp từ năm 2015 nhưng chưa có kết quả. Ông Lâm Văn Khởi, Chủ tịch Hội CCB phường Phước Thới, cho biết phường có 212 hội viên, trong đó 18 hội viên là người Khmer, 7 hội viên thuộc hộ cận nghèo.
Bà Lê Thị Kim Thoa, Phó Chủ tịch UBND quận Ô Môn, tiếp thu ý kiến và cam kết chỉ đạo Phòng Lao động - Thương binh và Xã hội rà soát, trả lời dứt điểm các trường hợp tồn đọng trước ngày 31/12/2017. Bà cho biết quận đang lấy ý kiến dự thảo Kế hoạch số 115/KH-UBND về chăm lo người có công dịp Tết Mậu Tuất.
Kết luận buổi giám sát, ông Trịnh Văn Bảy ghi nhận sự quan tâm của quận, đồng thời đề nghị thực hiện đúng Nghị định 157/2016/NĐ-CP của Chính phủ sửa đổi, bổ sung một số điều của Nghị định 150/2006/NĐ-CP; công khai danh sách đối tượng tại khu vực để hội viên theo dõi; phối hợp với Hội CCB quận giải quyết kịp thời 37 hồ sơ còn vướng.
Theo kế hoạch, từ nay đến ngày 5/12, Đoàn sẽ giám sát tại 4 quận, huyện còn lại. Đây là nội dung giám sát theo Quyết định 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội của Mặt trận và các đoàn thể chính trị - xã hội, được Hội CCB thành phố đưa vào chương trình công tác năm 2017.
Ông Huỳnh Văn Đực, Chủ tịch Hội CCB quận Ô Môn, cho biết qua giám sát, Hội đã kiến nghị 11 nội dung, trong đó có việc hỗ trợ vốn vay cho hội viên là người dân tộc thiểu số.
KIM NGỌC
Tin liên quan
- Hội CCB thành phố tổng kết 5 năm mô hình "Tổ tự quản" (15/11/2017)
- Ô Môn: trao 50 suất quà cho CCB nghèo (02/11/2017)
- Phong Điền: ra mắt hợp tác xã CCB (25/10/2017)
""", "2017-11-22", "Hội Cựu chiến binh giám sát việc thực hiện chính sách đối với hội viên",
E("giam_sat", "2017", "2017-11-21"),
[P("Trịnh Văn Bảy", "Phó Chủ tịch Hội CCB thành phố"),
 P("Thạch Sô Phol", "hội viên Chi hội CCB khu vực Thới Hòa"),
 P("Lâm Văn Khởi", "Chủ tịch Hội CCB phường Phước Thới"),
 P("Lê Thị Kim Thoa", "Phó Chủ tịch UBND quận Ô Môn"),
 P("Huỳnh Văn Đực", "Chủ tịch Hội CCB quận Ô Môn")],
[Q("1.436 đối tượng", 1436, "đối tượng"), Q("2.108 CCB", 2108, "CCB"), Q("100%", 100, "%"), Q("37 hồ sơ", 37, "hồ sơ"),
 Q("9 căn nhà", 9, "căn nhà"), Q("hơn 540 triệu đồng", 540000000, "đồng", "over"), Q("212 hội viên", 212, "hội viên"),
 Q("18 hội viên", 18, "hội viên"), Q("7 hội viên", 7, "hội viên"), Q("4 quận, huyện", 4, "quận, huyện"), Q("11 nội dung", 11, "nội dung")],
[D("Quyết định", "62", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 62/2011/QĐ-TTg"),
 D("Quyết định", "49", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 49/2015/QĐ-TTg"),
 D("Kế hoạch", "115", "KH-UBND", None, None, "Kế hoạch số 115/KH-UBND"),
 D("Nghị định", "157", "2016/NĐ-CP", None, "Chính phủ", "Nghị định 157/2016/NĐ-CP"),
 D("Nghị định", "150", "2006/NĐ-CP", None, None, "Nghị định 150/2006/NĐ-CP"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW")],
[prov("Cần Thơ"), com("Thới An"), com("Phước Thới")],
["BÁO CẦN THƠ ONLINE", "Thời sự › Chính trị › Mặt trận - Đoàn thể", "Tết Mậu Tuất", "Thới Hòa"],
["22/11/2017 - 08:45", "năm 2017", "năm 2015", "31/12/2017", "ngày 5/12"]))

PAGES.append(page("b2796-laocai-xa-nct-mungtho-2018", """
ỦY BAN NHÂN DÂN XÃ BẢN LẦU - HUYỆN MƯỜNG KHƯƠNG - TỈNH LÀO CAI
Trang chủ - Tin tức sự kiện - Tin hoạt động xã
Ngày đăng: 03/10/2018
Xã Bản Lầu tổ chức mừng thọ, tặng quà người cao tuổi năm 2018
Nhân kỷ niệm 28 năm Ngày Quốc tế Người cao tuổi (1/10/1990 - 1/10/2018), ngày 1/10/2018, Hội Người cao tuổi xã Bản Lầu phối hợp UBND xã tổ chức lễ mừng thọ, tặng quà cho các cụ tròn tuổi 70, 75, 80, 85, 90 và từ 100 tuổi trở lên.
Dự buổi lễ có ông Lù Văn Páo, Bí thư Đảng ủy xã; ông Giàng Seo Chư, Chủ tịch UBND xã; bà Hoàng Thị Mai, Chủ tịch Hội Người cao tuổi huyện Mường Khương, cùng đông đảo con cháu các cụ.
Năm nay, xã có 64 cụ được mừng thọ, trong đó 21 cụ tuổi 70, 17 cụ tuổi 75, 12 cụ tuổi 80, 9 cụ tuổi 85, 4 cụ tuổi 90 và 1 cụ trên 100 tuổi. Mỗi cụ được tặng giấy chúc thọ, khăn, áo và phần quà trị giá từ 200.000 đồng đến 500.000 đồng theo độ tuổi; tổng giá trị quà khoảng 19 triệu đồng, trích từ ngân sách xã và Quỹ chăm sóc NCT.
Cao tuổi nhất là cụ bà Thào Thị Sía, người Mông ở thôn Lùng Thàng, năm nay 101 tuổi, vẫn tự đi lại, kể chuyện cổ tích cho con cháu. Cụ ông Nùng Văn Sáng, người Nùng ở thôn Na Lốc, 90 tuổi, nhiều năm là Chi hội trưởng chi hội NCT thôn, đến nay vẫn tham gia tổ hòa giải.
Phát biểu tại buổi lễ, ông Lù Văn Páo chúc các cụ mạnh khỏe, sống vui, sống khỏe, tiếp tục là "cây cao bóng cả" của gia đình, dòng họ. Ông ghi nhận những đóng góp của 412 hội viên NCT trong xã trong việc vận động con cháu bỏ tục lệ lạc hậu, không trồng cây thuốc phiện, tham gia hiến 3.200 m2 đất làm đường nông thôn.
Bà Hoàng Thị Mai, Chủ tịch Hội NCT huyện, cho biết: thực hiện Luật Người cao tuổi, Thông tư 96/2018/TT-BTC của Bộ Tài chính và Kế hoạch số 87/KH-UBND ngày 22/3/2018 của UBND huyện, năm 2018 toàn huyện tổ chức mừng thọ cho 1.146 cụ tại 16 xã, thị trấn. Bà đề nghị xã quan tâm xây dựng câu lạc bộ liên thế hệ tự giúp nhau và lập quỹ "Tình thương" cho NCT cô đơn.
Theo Ban Đại diện Hội NCT huyện, Bản Lầu là một trong những xã biên giới của tỉnh Lào Cai có phong trào NCT khá. Chi hội NCT các thôn duy trì sinh hoạt hằng tháng; câu lạc bộ dưỡng sinh của xã có 46 thành viên, đội văn nghệ NCT thường xuyên biểu diễn hát then, múa khèn phục vụ bà con dịp lễ, Tết. Năm 2018, các cụ còn vận động con cháu đăng ký 15 gia đình văn hóa mới, góp 120 ngày công dọn vệ sinh đường làng.
Thay mặt các cụ, cụ Tráng A Lử, Chi hội trưởng chi hội NCT thôn Sín Chải, cảm ơn cấp ủy, chính quyền và hứa tiếp tục là tấm gương "Tuổi cao gương sáng" cho con cháu noi theo.
Ban Văn hóa - Thông tin xã
Lượt xem: 389
Tin khác
- Bản Lầu: ra quân làm đường giao thông nông thôn (20/09/2018)
- Hội CCB xã tổng kết mô hình "Tiếng kẻng an ninh" (06/09/2018)
""", "2018-10-03", "Xã Bản Lầu tổ chức mừng thọ, tặng quà người cao tuổi năm 2018",
E("trao_qua", None, "2018-10-01"),
[P("Lù Văn Páo", "Bí thư Đảng ủy xã"),
 P("Giàng Seo Chư", "Chủ tịch UBND xã"),
 P("Hoàng Thị Mai", "Chủ tịch Hội Người cao tuổi huyện Mường Khương", "Chủ tịch Hội NCT huyện"),
 P("Thào Thị Sía"),
 P("Nùng Văn Sáng"),
 P("Tráng A Lử", "Chi hội trưởng chi hội NCT thôn Sín Chải")],
[Q("64 cụ", 64, "cụ"), Q("21 cụ", 21, "cụ"), Q("17 cụ", 17, "cụ"), Q("12 cụ", 12, "cụ"), Q("9 cụ", 9, "cụ"), Q("4 cụ", 4, "cụ"),
 Q("200.000 đồng", 200000, "đồng"), Q("500.000 đồng", 500000, "đồng"), Q("khoảng 19 triệu đồng", 19000000, "đồng", "approx"),
 Q("412 hội viên NCT", 412, "hội viên NCT"), Q("3.200 m2", 3200, "m2"), Q("1.146 cụ", 1146, "cụ"), Q("16 xã, thị trấn", 16, "xã, thị trấn"),
 Q("46 thành viên", 46, "thành viên"), Q("15 gia đình văn hóa mới", 15, "gia đình văn hóa mới"), Q("120 ngày công", 120, "ngày công")],
[D("Thông tư", "96", "2018/TT-BTC", None, "Bộ Tài chính", "Thông tư 96/2018/TT-BTC"),
 D("Kế hoạch", "87", "KH-UBND", "2018-03-22", "UBND huyện", "Kế hoạch số 87/KH-UBND ngày 22/3/2018")],
[prov("Lào Cai"), com("Bản Lầu")],
["ỦY BAN NHÂN DÂN XÃ BẢN LẦU - HUYỆN MƯỜNG KHƯƠNG - TỈNH LÀO CAI", "Trang chủ - Tin tức sự kiện - Tin hoạt động xã",
 "cây cao bóng cả", "Luật Người cao tuổi", "Tình thương", "Tuổi cao gương sáng", "Lùng Thàng", "Na Lốc", "Lượt xem: 389"],
["28 năm", "1/10/1990 - 1/10/2018", "tuổi 70, 75, 80, 85, 90", "100 tuổi", "1 cụ trên 100 tuổi", "101 tuổi", "90 tuổi", "năm 2018", "Lượt xem: 389"]))

PAGES.append(page("b2797-kontum-ccb-giaoban-2019", """
HỘI CỰU CHIẾN BINH TỈNH KON TUM
You are here: Trang chủ :: Tin hoạt động :: Giao ban
Thứ Sáu, 05/04/2019 - 10:20
Toàn cảnh buổi giao ban.
Giao ban công tác Hội quý I: tập trung giúp hội viên vùng sâu thoát nghèo
Ngày 3/4, Thường trực Hội Cựu chiến binh tỉnh Kon Tum tổ chức giao ban công tác Hội quý I/2019 với Hội CCB các huyện, thành phố và cơ sở Hội khối cơ quan tỉnh. Đồng chí A Thới, Chủ tịch Hội CCB tỉnh chủ trì.
Báo cáo tại giao ban cho biết, trong quý I các cấp hội đã kết nạp 168 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 14.925 người, sinh hoạt ở 102 cơ sở hội. Dịp Tết Kỷ Hợi, các cấp hội thăm, tặng 1.312 suất quà cho hội viên nghèo, thương binh, gia đình liệt sĩ, trị giá hơn 393 triệu đồng; xây mới 3 nhà "Nghĩa tình đồng đội", mỗi căn 40 triệu đồng.
Hội tiếp tục thực hiện Chỉ thị 44-CT/TU của Ban Thường vụ Tỉnh ủy về phát huy vai trò CCB trong phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số; hướng dẫn cơ sở triển khai Kế hoạch số 12-KH/CCB ngày 10/1/2019 của Ban Thường vụ Hội CCB tỉnh về phong trào thi đua "Cựu chiến binh gương mẫu" năm 2019. Vốn vay ủy thác qua Hội đạt khoảng 186 tỷ đồng với 4.630 hộ vay.
Tại giao ban, ông A Nhiên, Chủ tịch Hội CCB huyện Tu Mơ Rông, người Xơ Đăng, cho biết huyện có 15% hội viên thuộc hộ nghèo; Hội đã vận động hội viên trồng 42 ha sâm dây, quế dưới tán rừng. Ông Y Khiêm, Phó Chủ tịch Hội CCB huyện Sa Thầy, đề nghị tỉnh hỗ trợ con giống cho hội viên làng Rờ Kơi. Bà Y Hơn, Chủ tịch Hội CCB xã Đăk Hà (huyện Tu Mơ Rông), cho biết hội viên đã tham gia tuần tra, phát hiện 2 vụ khai thác gỗ trái phép.
Ông Nguyễn Văn Thịnh, Phó Chủ tịch Hội CCB tỉnh, thông tin về việc chuẩn bị tổng kết 30 năm thành lập Hội và kế hoạch kiểm tra việc thực hiện Nghị quyết 02-NQ/CCB của Ban Chấp hành Trung ương Hội.
Một số ý kiến nêu khó khăn: địa bàn rộng, hội viên ở các làng vùng sâu đi lại vất vả, kinh phí hoạt động của chi hội chỉ khoảng 2 triệu đồng/năm; nhiều chi hội trưởng tuổi đã cao. Bà Nguyễn Thị Hằng, Trưởng ban Tổ chức - Kiểm tra Hội CCB tỉnh, đề nghị các huyện rà soát, kiện toàn 9 chi hội chưa đủ cán bộ chủ chốt trước ngày 30/6.
Kết luận giao ban, đồng chí A Thới yêu cầu quý II/2019 các cấp hội tập trung tổ chức kỷ niệm 30 năm Ngày truyền thống Hội CCB Việt Nam (6/12/1989 - 6/12/2019), làm tốt công tác tuyên truyền, đấu tranh với luận điệu xuyên tạc về chủ quyền biển, đảo; vận động hội viên tham gia bảo vệ rừng, giữ gìn an ninh làng.
Hội CCB tỉnh
Lượt truy cập: 7.891
Các tin đã đưa
- Hội CCB thành phố Kon Tum ra mắt tổ tự quản (28/03/2019)
- Đăk Tô: tặng nhà nghĩa tình đồng đội (15/03/2019)
- Hội nghị Ban Chấp hành Hội CCB tỉnh (10/01/2019)
""", "2019-04-05", "Giao ban công tác Hội quý I: tập trung giúp hội viên vùng sâu thoát nghèo",
E("giao_ban", "2019-Q1", "2019-04-03"),
[P("A Thới", "Chủ tịch Hội CCB tỉnh"),
 P("A Nhiên", "Chủ tịch Hội CCB huyện Tu Mơ Rông"),
 P("Y Khiêm", "Phó Chủ tịch Hội CCB huyện Sa Thầy"),
 P("Y Hơn", "Chủ tịch Hội CCB xã Đăk Hà"),
 P("Nguyễn Văn Thịnh", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Nguyễn Thị Hằng", "Trưởng ban Tổ chức - Kiểm tra Hội CCB tỉnh")],
[Q("168 hội viên mới", 168, "hội viên mới"), Q("14.925 người", 14925, "người"), Q("102 cơ sở hội", 102, "cơ sở hội"),
 Q("1.312 suất quà", 1312, "suất quà"), Q("hơn 393 triệu đồng", 393000000, "đồng", "over"), Q("3 nhà", 3, "nhà"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("khoảng 186 tỷ đồng", 186000000000, "đồng", "approx"), Q("4.630 hộ", 4630, "hộ"),
 Q("15%", 15, "%"), Q("42 ha", 42, "ha"), Q("2 vụ khai thác gỗ trái phép", 2, "vụ khai thác gỗ trái phép"),
 Q("khoảng 2 triệu đồng", 2000000, "đồng", "approx"), Q("9 chi hội", 9, "chi hội")],
[D("Chỉ thị", "44", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 44-CT/TU"),
 D("Kế hoạch", "12", "KH/CCB", "2019-01-10", "Ban Thường vụ Hội CCB tỉnh", "Kế hoạch số 12-KH/CCB ngày 10/1/2019"),
 D("Nghị quyết", "02", "NQ/CCB", None, "Ban Chấp hành Trung ương Hội", "Nghị quyết 02-NQ/CCB")],
[prov("Kon Tum"), com("Đăk Hà")],
["HỘI CỰU CHIẾN BINH TỈNH KON TUM", "You are here: Trang chủ :: Tin hoạt động :: Giao ban", "Toàn cảnh buổi giao ban.",
 "Nghĩa tình đồng đội", "Cựu chiến binh gương mẫu", "Tết Kỷ Hợi", "Rờ Kơi", "Lượt truy cập: 7.891"],
["Thứ Sáu, 05/04/2019 - 10:20", "quý I/2019", "quý II/2019", "năm 2019", "30 năm", "6/12/1989 - 6/12/2019", "ngày 30/6", "Lượt truy cập: 7.891"]))

PAGES.append(page("b2798-hanam-nct-taphuan-2019", """
Báo Hà Nam điện tử
Xã hội › Người cao tuổi
20.08.2019 | 09:10
Bồi dưỡng nghiệp vụ cho 320 cán bộ Hội Người cao tuổi cơ sở
Trong 2 ngày 15 và 16/8, Hội Người cao tuổi tỉnh Hà Nam tổ chức lớp tập huấn nghiệp vụ công tác Hội năm 2019 cho 320 học viên là chủ tịch, phó chủ tịch Hội NCT các xã, phường, thị trấn và chi hội trưởng tiêu biểu.
Dự khai mạc có ông Trần Văn Chiến, Chủ tịch Hội NCT tỉnh; bà Lại Thị Thanh Nhàn, Phó Giám đốc Sở Lao động - Thương binh và Xã hội.
Các học viên được nghe giới thiệu những điểm mới của Điều lệ Hội NCT Việt Nam; hướng dẫn lập sổ sách, quản lý hội viên, thu chi quỹ; phổ biến Nghị định 136/2013/NĐ-CP của Chính phủ về chính sách trợ giúp xã hội và Thông tư 06/2012/TT-BLĐTBXH. Báo cáo viên của Hội NCT Việt Nam cũng hướng dẫn cách xây dựng, duy trì câu lạc bộ liên thế hệ tự giúp nhau theo Quyết định số 1533/QĐ-TTg ngày 2/8/2016 của Thủ tướng Chính phủ.
Theo ông Trần Văn Chiến, toàn tỉnh hiện có 115.620 NCT, trong đó 98.340 người là hội viên, đạt khoảng 85%. Hội đã thành lập 52 câu lạc bộ liên thế hệ tự giúp nhau với khoảng 3.100 thành viên; 6 tháng đầu năm 2019 có 1.270 lượt NCT được vay vốn phát triển sản xuất với tổng dư nợ gần 18 tỷ đồng.
Tại lớp tập huấn, bà Đinh Thị Lụa, Chủ tịch Hội NCT xã Thanh Tân (huyện Thanh Liêm), chia sẻ kinh nghiệm vận động con cháu đóng góp Quỹ chăm sóc NCT: chỉ sau 2 năm quỹ của xã đã đạt 146 triệu đồng. Ông Vũ Đình Thuần, Chủ tịch Hội NCT phường Lam Hạ, TP Phủ Lý, đề nghị tăng thời lượng thực hành kỹ năng tư vấn pháp luật cho NCT.
Ông Phạm Văn Nghị, Phó Chủ tịch Hội NCT tỉnh, cho biết qua khảo sát trước lớp học, có tới 41% cán bộ hội cơ sở mới được bầu, chưa qua bồi dưỡng. Hội đề nghị mỗi huyện phối hợp với Trung tâm Chính trị cấp huyện mở thêm lớp cho chi hội trưởng trong quý IV.
Buổi chiều ngày thứ hai, học viên thảo luận theo nhóm về những khó khăn ở cơ sở: hội phí thấp, nhiều nơi chỉ thu 12.000 đồng/hội viên/năm; một số chi hội ở khu dân cư mới đô thị hóa khó tập hợp hội viên vì các cụ đi chăm cháu ở xa; việc phối hợp với trạm y tế xã lập hồ sơ theo dõi sức khỏe NCT chưa đồng bộ. Ông Nguyễn Hữu Tình, Chi hội trưởng chi hội NCT thôn Bồng Lạng, xã Thanh Nghị, đề xuất đưa nội dung chăm sóc NCT vào hương ước, quy ước của thôn, xóm.
Kết thúc lớp, học viên làm bài thu hoạch; 100% học viên đạt yêu cầu. Hội NCT tỉnh cũng phát cho mỗi học viên 1 bộ tài liệu và cuốn sổ tay công tác Hội.
Thu Hiền
Lượt xem: 1.208
Tin khác
- Duy Tiên mừng thọ hơn 2.000 cụ (10/08/2019)
- Kim Bảng: ra mắt câu lạc bộ liên thế hệ thứ 5 (01/08/2019)
- Hội NCT tỉnh sơ kết 6 tháng (12/07/2019)
""", "2019-08-20", "Bồi dưỡng nghiệp vụ cho 320 cán bộ Hội Người cao tuổi cơ sở",
E("tap_huan", "2019", "2019-08-15"),
[P("Trần Văn Chiến", "Chủ tịch Hội NCT tỉnh"),
 P("Lại Thị Thanh Nhàn", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Đinh Thị Lụa", "Chủ tịch Hội NCT xã Thanh Tân"),
 P("Vũ Đình Thuần", "Chủ tịch Hội NCT phường Lam Hạ"),
 P("Phạm Văn Nghị", "Phó Chủ tịch Hội NCT tỉnh"),
 P("Nguyễn Hữu Tình", "Chi hội trưởng chi hội NCT thôn Bồng Lạng")],
[Q("320 cán bộ", 320, "cán bộ"), Q("115.620 NCT", 115620, "NCT"), Q("98.340 người", 98340, "người"), Q("khoảng 85%", 85, "%", "approx"),
 Q("52 câu lạc bộ liên thế hệ tự giúp nhau", 52, "câu lạc bộ liên thế hệ tự giúp nhau"), Q("khoảng 3.100 thành viên", 3100, "thành viên", "approx"),
 Q("1.270 lượt NCT", 1270, "lượt NCT"), Q("gần 18 tỷ đồng", 18000000000, "đồng", "approx"), Q("146 triệu đồng", 146000000, "đồng"),
 Q("41%", 41, "%"), Q("100%", 100, "%"), Q("12.000 đồng", 12000, "đồng")],
[D("Nghị định", "136", "2013/NĐ-CP", None, "Chính phủ", "Nghị định 136/2013/NĐ-CP"),
 D("Thông tư", "06", "2012/TT-BLĐTBXH", None, None, "Thông tư 06/2012/TT-BLĐTBXH"),
 D("Quyết định", "1533", "QĐ-TTg", "2016-08-02", "Thủ tướng Chính phủ", "Quyết định số 1533/QĐ-TTg ngày 2/8/2016")],
[prov("Hà Nam"), com("Thanh Tân"), com("Lam Hạ"), com("Thanh Nghị")],
["Báo Hà Nam điện tử", "Xã hội › Người cao tuổi", "Điều lệ Hội NCT Việt Nam", "Lượt xem: 1.208"],
["20.08.2019 | 09:10", "2 ngày", "15 và 16/8", "năm 2019", "6 tháng đầu năm 2019", "2 năm", "1 bộ tài liệu", "Lượt xem: 1.208"]))

PAGES.append(page("b2799-soctrang-ccb-soket-2020", """
HỘI CỰU CHIẾN BINH TỈNH SÓC TRĂNG
Trang chủ / Tin tức / Hoạt động các cấp Hội
Cập nhật: 14:05, 10/07/2020 (GMT+7)
Ảnh: Đại biểu dự hội nghị thực hiện khai báo y tế.
Cựu chiến binh chung tay phòng, chống dịch, chăm lo hội viên khó khăn
Ngày 9/7, Hội Cựu chiến binh tỉnh Sóc Trăng tổ chức hội nghị sơ kết công tác Hội và phong trào CCB 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lâm Văn Phước, Chủ tịch Hội CCB tỉnh chủ trì; dự có đồng chí Thạch Thị Sa Ni, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo cho biết, 6 tháng đầu năm, dịch COVID-19 ảnh hưởng đến hoạt động, nhưng các cấp hội đã chủ động tuyên truyền, vận động hội viên thực hiện Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ; 2.460 lượt hội viên tham gia chốt kiểm soát dịch, tổ COVID cộng đồng. Hội viên và doanh nghiệp của CCB đóng góp hơn 1,2 tỷ đồng, 18 tấn gạo cho công tác phòng, chống dịch; trao 3.150 phần quà cho hội viên nghèo, gia đình chính sách bị ảnh hưởng bởi dịch và hạn mặn.
Toàn tỉnh hiện có 23.718 hội viên, trong đó khoảng 21% là người dân tộc Khmer. Các cấp hội đã tham gia góp ý văn kiện đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025, thực hiện Kế hoạch số 09-KH/CCB ngày 3/2/2020 của Ban Thường vụ Hội CCB tỉnh và Hướng dẫn 04-HD/CCB về giám sát, phản biện xã hội.
Tại hội nghị, ông Sơn Sà Rết, Chủ tịch Hội CCB huyện Trần Đề, cho biết Hội đã hỗ trợ 126 hộ hội viên bị thiệt hại do hạn mặn, mỗi hộ 500.000 đồng. Ông Kim Sóc Kha, Chủ tịch Hội CCB xã Viên Bình, người Khmer, chia sẻ việc vận động 34 hộ hội viên chuyển từ lúa sang nuôi tôm, trồng màu. Bà Trần Thị Ngọc Điệp, Chủ tịch Hội CCB phường 5, thành phố Sóc Trăng, đề nghị quan tâm hội viên là lao động tự do mất việc do dịch.
Cũng tại hội nghị, đồng chí Lý Quang Hên, Phó Chủ tịch Hội CCB tỉnh, thông qua kế hoạch tổ chức Đại hội Thi đua yêu nước "Cựu chiến binh gương mẫu" lần thứ VI, dự kiến biểu dương 80 tập thể, cá nhân tiêu biểu.
Phát biểu chỉ đạo, đồng chí Thạch Thị Sa Ni ghi nhận vai trò CCB trong phòng, chống dịch và hạn mặn; đề nghị 6 tháng cuối năm Hội tiếp tục thực hiện Chỉ thị 23-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào Khmer, vận động hội viên không tin, không nghe luận điệu xuyên tạc trên mạng xã hội, chung tay xây dựng nông thôn mới.
Nhân dịp này, Hội CCB tỉnh trao 12 suất học bổng cho con hội viên nghèo hiếu học, mỗi suất 1 triệu đồng.
Minh Khang
Số lượt truy cập: 245.870
Tin liên quan
- Hội CCB huyện Mỹ Xuyên tặng 200 phần quà (25/06/2020)
- Cựu chiến binh Khmer giữ gìn phum sóc bình yên (12/06/2020)
- Hội CCB tỉnh giao ban quý I năm 2020 (08/04/2020)
""", "2020-07-10", "Cựu chiến binh chung tay phòng, chống dịch, chăm lo hội viên khó khăn",
E("so_ket", "2020-H1", "2020-07-09"),
[P("Lâm Văn Phước", "Chủ tịch Hội CCB tỉnh"),
 P("Thạch Thị Sa Ni", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sơn Sà Rết", "Chủ tịch Hội CCB huyện Trần Đề"),
 P("Kim Sóc Kha", "Chủ tịch Hội CCB xã Viên Bình"),
 P("Trần Thị Ngọc Điệp", "Chủ tịch Hội CCB phường 5"),
 P("Lý Quang Hên", "Phó Chủ tịch Hội CCB tỉnh")],
[Q("2.460 lượt hội viên", 2460, "lượt hội viên"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("18 tấn", 18, "tấn"),
 Q("3.150 phần quà", 3150, "phần quà"), Q("23.718 hội viên", 23718, "hội viên"), Q("khoảng 21%", 21, "%", "approx"),
 Q("126 hộ hội viên", 126, "hộ hội viên"), Q("500.000 đồng", 500000, "đồng"), Q("34 hộ hội viên", 34, "hộ hội viên"),
 Q("80 tập thể, cá nhân tiêu biểu", 80, "tập thể, cá nhân tiêu biểu"), Q("12 suất học bổng", 12, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg"),
 D("Kế hoạch", "09", "KH/CCB", "2020-02-03", "Ban Thường vụ Hội CCB tỉnh", "Kế hoạch số 09-KH/CCB ngày 3/2/2020"),
 D("Hướng dẫn", "04", "HD/CCB", None, None, "Hướng dẫn 04-HD/CCB"),
 D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 23-CT/TU")],
[prov("Sóc Trăng"), com("Viên Bình"), com("phường 5")],
["HỘI CỰU CHIẾN BINH TỈNH SÓC TRĂNG", "Trang chủ / Tin tức / Hoạt động các cấp Hội", "Ảnh: Đại biểu dự hội nghị thực hiện khai báo y tế.",
 "Cựu chiến binh gương mẫu", "COVID-19", "Số lượt truy cập: 245.870"],
["Cập nhật: 14:05, 10/07/2020 (GMT+7)", "6 tháng đầu năm 2020", "6 tháng cuối năm", "nhiệm kỳ 2020 - 2025", "lần thứ VI", "COVID-19", "Số lượt truy cập: 245.870"]))

PAGES.append(page("b2800-gialai-ccb-chandung-2020", """
GIA LAI ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH GIA LAI
Hôm nay: Thứ Tư, 23/12/2020
Xã hội » Gương sáng
22/12/2020 06:30
Ksor H'Bliu cùng đồng đội kể chuyện chiến trường cho lớp trẻ. Ảnh: Đ.Y
Người cựu binh Jrai giữ rừng, giữ làng
(GLO) - Ở làng Plei Ơi, xã Ia Ko (huyện Chư Sê), ai cũng biết ông Rơ Mah Bơn, 71 tuổi, Chi hội trưởng chi hội Cựu chiến binh làng. Hơn 20 năm nay, ông là người đi đầu trong giữ rừng, vận động bà con làm ăn, giữ bình yên buôn làng.
Năm 1968, chàng trai Jrai 19 tuổi Rơ Mah Bơn xung phong vào bộ đội, chiến đấu ở chiến trường Tây Nguyên. Sau ngày thống nhất, ông trở về làng, làm rẫy, rồi được bà con tín nhiệm bầu làm trưởng làng. Những năm 2001 - 2004, khi một số người trong làng nghe theo kẻ xấu đi theo "Tin lành Đê Ga", ông cùng già làng Siu Blêh kiên trì đến từng nhà vận động. Nhờ vậy, cả 9 hộ đã quay về làm ăn.
Từ năm 2015, ông nhận khoán bảo vệ 35 ha rừng cộng đồng; chi hội CCB làng do ông làm chi hội trưởng có 17 hội viên, đều tham gia tổ tuần tra. Mỗi năm, tổ được chi trả khoảng 14 triệu đồng tiền dịch vụ môi trường rừng; ông vận động hội viên trích một phần lập quỹ giúp nhau mua giống cà phê, hồ tiêu.
Gia đình ông hiện có 2,5 ha cà phê, 600 trụ tiêu, thu nhập hơn 200 triệu đồng mỗi năm. Ông còn hiến 400 m2 đất để làng xây nhà rông văn hóa. Năm 2020, ông được UBND tỉnh tặng bằng khen trong phong trào "Cựu chiến binh gương mẫu".
Ông Nguyễn Văn Sang, Chủ tịch Hội CCB xã Ia Ko, cho biết: "Ông Bơn nói ít, làm nhiều. Cái gì ông làm trước thì bà con làm theo. Chi hội Plei Ơi 5 năm liền được công nhận chi hội vững mạnh". Theo bà Ksor H'Bliu, Phó Chủ tịch Hội CCB huyện Chư Sê, toàn huyện có 1.480 hội viên CCB, trong đó 326 hội viên là người dân tộc thiểu số; nhiều người như ông Bơn đang là người có uy tín trong làng.
Ông Rơ Mah Bơn tâm sự: "Mình là bộ đội Cụ Hồ, về làng cũng phải là bộ đội. Con cháu nhìn vào mình mà làm theo". Năm nay, ông vận động được 6 thanh niên trong làng lên đường nhập ngũ, trong đó có cháu nội của ông.
Ông Đinh Văn Thuận, Phó Chủ tịch Hội CCB tỉnh Gia Lai, nhận xét: những cựu chiến binh như ông Bơn là "cầu nối" giữa cấp ủy, chính quyền với đồng bào. Ở nhiều làng của huyện Chư Sê, Chư Pưh, Ia Pa, hội viên CCB người dân tộc thiểu số đã đứng ra hòa giải mâu thuẫn đất rẫy, vận động bỏ tục cúng bái tốn kém khi ốm đau.
Hội CCB tỉnh đánh giá, hiện toàn tỉnh có hơn 2.300 hội viên CCB người Jrai, Bahnar là người có uy tín ở thôn, làng. Thực hiện Kết luận 81-KL/TU ngày 15/4/2019 của Ban Thường vụ Tỉnh ủy về phát huy vai trò người có uy tín, các cấp hội thường xuyên bồi dưỡng kỹ năng vận động quần chúng cho hội viên này.
ĐINH YẾN
Tin cùng chuyên mục
- Ia Grai: CCB giúp nhau làm kinh tế (18/12/2020)
- Tặng quà gia đình chính sách dịp 22/12 (16/12/2020)
""", "2020-12-22", "Người cựu binh Jrai giữ rừng, giữ làng",
E("khac", None, None),
[P("Rơ Mah Bơn", "Chi hội trưởng chi hội Cựu chiến binh làng", "trưởng làng"),
 P("Siu Blêh", "già làng"),
 P("Nguyễn Văn Sang", "Chủ tịch Hội CCB xã Ia Ko"),
 P("Ksor H'Bliu", "Phó Chủ tịch Hội CCB huyện Chư Sê"),
 P("Đinh Văn Thuận", "Phó Chủ tịch Hội CCB tỉnh Gia Lai")],
[Q("35 ha", 35, "ha"), Q("9 hộ", 9, "hộ"), Q("17 hội viên", 17, "hội viên"), Q("khoảng 14 triệu đồng", 14000000, "đồng", "approx"),
 Q("2,5 ha", 2.5, "ha"), Q("600 trụ tiêu", 600, "trụ tiêu"), Q("hơn 200 triệu đồng", 200000000, "đồng", "over"), Q("400 m2", 400, "m2"),
 Q("1.480 hội viên CCB", 1480, "hội viên CCB"), Q("326 hội viên", 326, "hội viên"), Q("6 thanh niên", 6, "thanh niên"),
 Q("hơn 2.300 hội viên CCB", 2300, "hội viên CCB", "over")],
[D("Kết luận", "81", "KL/TU", "2019-04-15", "Ban Thường vụ Tỉnh ủy", "Kết luận 81-KL/TU ngày 15/4/2019")],
[prov("Gia Lai"), com("Ia Ko")],
["GIA LAI ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH GIA LAI", "Hôm nay: Thứ Tư, 23/12/2020", "Xã hội » Gương sáng",
 "Ksor H'Bliu cùng đồng đội kể chuyện chiến trường cho lớp trẻ. Ảnh: Đ.Y", "(GLO)", "Tin lành Đê Ga", "Cựu chiến binh gương mẫu", "Plei Ơi"],
["Hôm nay: Thứ Tư, 23/12/2020", "71 tuổi", "Hơn 20 năm", "Năm 1968", "19 tuổi", "2001 - 2004", "Từ năm 2015", "5 năm", "Năm 2020"]))
