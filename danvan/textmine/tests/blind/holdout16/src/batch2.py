from lib import *

PAGES = []

# b347 — Kon Tum, Ban Dân vận Tỉnh ủy, conference honouring village elders "năm 2017" held 3/11; hoi_nghi from the lead
PAGES.append(page("b347-kontum-bdv-hoinghi-2017", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Trang thông tin điện tử
Hôm nay: Thứ Hai, 06/11/2017
Trang chủ > Tin tức - Sự kiện > Dân tộc - Tôn giáo
Chủ nhật, 05/11/2017, 20:31 (GMT+07:00)
Kon Tum: Tôn vinh 96 già làng, người có uy tín
Ngày 3/11, Ban Dân vận Tỉnh ủy Kon Tum phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị biểu dương 96 già làng, người có uy tín tiêu biểu năm 2017.
Các già làng, người có uy tín nhận Bằng khen tại hội nghị.
Dự và chủ trì hội nghị có đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Y Khuyên; ông A Hoan, ông Trần Đình Lực (Phó Trưởng Ban Dân tộc tỉnh).
Toàn tỉnh Kon Tum hiện có 732 người có uy tín trong đồng bào các dân tộc Xơ Đăng, Ba Na, Gié Triêng, Brâu, Rơ Măm. Năm 2017, họ đã vận động 2.150 hộ bỏ tập quán du canh, hiến hơn 3,5 ha đất làm đường và tham gia hòa giải thành 64 vụ việc ở thôn, làng.
Ông A Thút, già làng Kon Klor, phường Thắng Lợi kể lại việc vận động con cháu không tảo hôn, giữ làng "4 gương mẫu". Bà Y Hiên (dân tộc Xơ Đăng), người có uy tín thôn Đăk Rế, xã Đăk Kôi chia sẻ: nhờ bà con tin theo, tỷ lệ hộ nghèo của thôn đã giảm 4,8% trong năm. Mục sư A Ling, Quản nhiệm Chi hội Tin Lành Đăk Hà, cũng nói về việc vận động tín đồ sống "tốt đời, đẹp đạo".
Hội nghị quán triệt Chỉ thị 06, 07 của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số và Quyết định số 83/2016/QĐ-TTg của Thủ tướng Chính phủ về chế độ đối với người có uy tín. Mỗi người được biểu dương nhận 1 triệu đồng kèm Bằng khen của UBND tỉnh.
Y Ngọc
Lượt xem: 2.231
Tin liên quan
- Kon Tum: Giao ban khối dân vận quý III/2017
- Thăm, tặng quà 50 người có uy tín huyện Kon Plông
""",
    "2017-11-05", "Kon Tum: Tôn vinh 96 già làng, người có uy tín",
    E("hoi_nghi", "2017", "2017-11-03"),
    [P("Y Khuyên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("A Hoan", "Phó Trưởng Ban Dân tộc tỉnh"),
     P("Trần Đình Lực", "Phó Trưởng Ban Dân tộc tỉnh"),
     P("A Thút", "già làng Kon Klor"),
     P("Y Hiên", "người có uy tín thôn Đăk Rế"),
     P("A Ling", "Mục sư", "Quản nhiệm Chi hội Tin Lành Đăk Hà")],
    [Q("96 già làng, người có uy tín", 96, "già làng, người có uy tín"),
     Q("732 người có uy tín", 732, "người có uy tín"),
     Q("2.150 hộ", 2150, "hộ"),
     Q("hơn 3,5 ha", 3.5, "ha", "over"),
     Q("64 vụ việc", 64, "vụ việc"),
     Q("4,8%", 4.8, "%"),
     Q("1 triệu đồng", 1000000, "đồng")],
    [D("Chỉ thị", "06", None, None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07"),
     D("Chỉ thị", "07", None, None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07"),
     D("Quyết định", "83", "2016/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 83/2016/QĐ-TTg")],
    [prov("Kon Tum"), com("Thắng Lợi"), com("Đăk Kôi")],
    ["BAN DÂN VẬN TỈNH ỦY KON TUM", "Trang thông tin điện tử", "Trang chủ > Tin tức - Sự kiện > Dân tộc - Tôn giáo",
     "Các già làng, người có uy tín nhận Bằng khen tại hội nghị.", "4 gương mẫu", "tốt đời, đẹp đạo",
     "Chi hội Tin Lành Đăk Hà", "làng Kon Klor", "thôn Đăk Rế", "Lượt xem: 2.231"],
    ["(GMT+07:00)", "Hôm nay: Thứ Hai, 06/11/2017", "Lượt xem: 2.231", "4 gương mẫu", "năm 2017", "Năm 2017",
     "Ngày 3/11"]))

# b348 — Gia Lai, Ủy ban MTTQ tỉnh, monthly briefing "tháng 5 năm 2018" held 5/6; headline has kind and month
PAGES.append(page("b348-gialai-mttq-giaoban-2018", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI
Cổng thông tin Mặt trận
Đang xem: Trang chủ » Tin hoạt động » Mặt trận tỉnh
Đăng lúc: 16h20' ngày 07/06/2018
Mặt trận Gia Lai giao ban tháng 5
Sáng 5/6, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức giao ban công tác Mặt trận tháng 5 năm 2018 với Mặt trận 17 huyện, thị xã, thành phố qua hình thức trực tuyến.
Đồng chí Ksor Phước phát biểu kết luận buổi giao ban.
Chủ trì buổi giao ban là đồng chí Phó Chủ tịch Thường trực - Trưởng ban Tổ chức - Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh Ksor Phước. Tham dự có các Ủy viên Thường trực Ủy ban MTTQ tỉnh: Rah Lan Chung, Kpă Thuyên, Đinh Yơk.
Theo báo cáo, trong tháng 5, Mặt trận các cấp đã vận động được 1,7 tỷ đồng ủng hộ Quỹ "Vì người nghèo"; khởi công 38 căn nhà Đại đoàn kết, mỗi căn được hỗ trợ từ 40 đến 45 triệu đồng. Mặt trận các cấp tổ chức 9 cuộc giám sát theo kế hoạch số 63/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh và triển khai Thông tri số 07/TTr-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về chuẩn bị bầu trưởng thôn, làng.
Bà Puih H'Bloanh, ĐUV, Chủ tịch Ủy ban MTTQ xã Ia Kênh báo cáo cách làm ở xã Ia Kênh: các làng đồng bào Jrai duy trì "Ngày thứ Bảy vì người nghèo", mỗi tháng góp khoảng 12 triệu đồng giúp hộ khó khăn. Ông Rơ Châm Ú, Trưởng Ban Công tác Mặt trận làng Plei Ring, xã Ia Băng, đề nghị tỉnh hỗ trợ thêm bò giống cho 25 hộ nghèo của làng.
Kết luận giao ban, đồng chí Ksor Phước đề nghị trong tháng 6 hoàn thành việc bình xét hộ nghèo ở xấp xỉ 98% khu dân cư và tổ chức tốt "Ngày hội Đại đoàn kết toàn dân tộc" ở các làng đồng bào dân tộc thiểu số trên địa bàn tỉnh Gia Lai.
Kim Ngân
Lượt xem: 411
Tin cùng chuyên mục
- Gia Lai: Trao 120 căn nhà Đại đoàn kết cho hộ nghèo
- Giao ban công tác Mặt trận tháng 4 năm 2018
""",
    "2018-06-07", "Mặt trận Gia Lai giao ban tháng 5",
    E("giao_ban", "2018-05", "2018-06-05"),
    [P("Ksor Phước", "Phó Chủ tịch Thường trực - Trưởng ban Tổ chức - Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh"),
     P("Rah Lan Chung", "Ủy viên Thường trực Ủy ban MTTQ tỉnh"),
     P("Kpă Thuyên", "Ủy viên Thường trực Ủy ban MTTQ tỉnh"),
     P("Đinh Yơk", "Ủy viên Thường trực Ủy ban MTTQ tỉnh"),
     P("Puih H'Bloanh", "ĐUV", "Chủ tịch Ủy ban MTTQ xã Ia Kênh"),
     P("Rơ Châm Ú", "Trưởng Ban Công tác Mặt trận làng Plei Ring")],
    [Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
     Q("1,7 tỷ đồng", 1700000000, "đồng"),
     Q("38 căn nhà Đại đoàn kết", 38, "căn nhà Đại đoàn kết"),
     Q("từ 40 đến 45 triệu đồng", 40000000, "đồng"),
     Q("từ 40 đến 45 triệu đồng", 45000000, "đồng"),
     Q("9 cuộc giám sát", 9, "cuộc giám sát"),
     Q("khoảng 12 triệu đồng", 12000000, "đồng", "approx"),
     Q("25 hộ nghèo", 25, "hộ nghèo"),
     Q("xấp xỉ 98%", 98, "%", "approx")],
    [D("Kế hoạch", "63", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "kế hoạch số 63/KH-MTTQ-BTT"),
     D("Thông tri", "07", "TTr-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Thông tri số 07/TTr-MTTW-BTT")],
    [prov("Gia Lai"), com("Ia Kênh"), com("Ia Băng")],
    ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI", "Cổng thông tin Mặt trận",
     "Đang xem: Trang chủ » Tin hoạt động » Mặt trận tỉnh", "Đồng chí Ksor Phước phát biểu kết luận buổi giao ban.",
     "Vì người nghèo", "Ngày thứ Bảy vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc", "làng Plei Ring", "Lượt xem: 411"],
    ["Lượt xem: 411", "giao ban tháng 5", "tháng 5 năm 2018", "trong tháng 5", "trong tháng 6", "mỗi tháng", "Sáng 5/6",
     "16h20' ngày 07/06/2018"]))

# b349 — Đắk Lắk, newspaper portrait; no event
PAGES.append(page("b349-daklak-bao-chandung-2019", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Thứ Ba, 26/03/2019
Trang chủ / Xã hội / Dân tộc - Miền núi
Thứ Hai, 25 Tháng 3, 2019 | 07:00
Nữ chi hội trưởng người Ê Đê giúp buôn làng thoát nghèo
(ĐL) - Hơn 10 năm gắn bó với công tác Hội, chị H'Ngơi Byă, Chi hội trưởng Phụ nữ buôn Kram, xã Ea Tu, thành phố Buôn Ma Thuột đã cùng chị em trong buôn đổi thay nếp nghĩ, cách làm.
Chị H'Ngơi Byă (bìa trái) hướng dẫn chị em tỉa cành cà phê.
Năm 2009, chị được chị em tín nhiệm bầu làm chi hội trưởng khi cả buôn còn 15 hộ nghèo. Chi hội khi ấy chỉ có 41 hội viên, nay đã lên 87 hội viên. Chị đứng ra tín chấp cho 23 chị em vay 420 triệu đồng từ Ngân hàng Chính sách xã hội để trồng cà phê, nuôi heo. Riêng gia đình chị có 2,5 ha cà phê, năm rồi bán được hơn 7 tấn nhân với giá 33.000 đ/kg.
Ông Y Khu Niê, Bí thư Chi bộ buôn Kram cho biết: "Chị H'Ngơi nói ít, làm nhiều. Chị em trong buôn nghe chị vì chị làm trước". Đến cuối năm 2018, buôn chỉ còn 4 hộ nghèo. Già làng Y Ki Êban thì kể chị còn vận động được 9 cặp vợ chồng trẻ đăng ký kết hôn, bỏ tục "nối dây".
Bà H'Bhiăk Mlô, Chủ tịch Hội LHPN xã Ea Tu nhận xét, chi hội buôn Kram 5 năm liền là chi hội vững mạnh của xã. Tháng 3/2019, chị H'Ngơi Byă được tặng Bằng khen theo Quyết định số 618/QĐ-UBND ngày 12/3/2019 của Chủ tịch UBND tỉnh Đắk Lắk vì có thành tích trong phong trào "Phụ nữ Đắk Lắk giúp nhau phát triển kinh tế gia đình".
Ở tỉnh Đắk Lắk, những người phụ nữ như chị H'Ngơi đang góp phần giữ buôn làng bình yên.
Hoàng Oanh
Lượt xem: 5.046
Bài viết liên quan
- Đắk Lắk: 300 phụ nữ Ê Đê được hỗ trợ vốn trồng cà phê
- Người giữ lửa ở buôn Tơng Jú
""",
    "2019-03-25", "Nữ chi hội trưởng người Ê Đê giúp buôn làng thoát nghèo",
    E(None, None, None),
    [P("H'Ngơi Byă", "Chi hội trưởng Phụ nữ buôn Kram", "chi hội trưởng"),
     P("Y Khu Niê", "Bí thư Chi bộ buôn Kram"),
     P("Y Ki Êban", "Già làng"),
     P("H'Bhiăk Mlô", "Chủ tịch Hội LHPN xã Ea Tu")],
    [Q("15 hộ nghèo", 15, "hộ nghèo"),
     Q("41 hội viên", 41, "hội viên"),
     Q("87 hội viên", 87, "hội viên"),
     Q("23 chị em", 23, "chị em"),
     Q("420 triệu đồng", 420000000, "đồng"),
     Q("2,5 ha", 2.5, "ha"),
     Q("hơn 7 tấn", 7, "tấn", "over"),
     Q("33.000 đ/kg", 33000, "đồng"),
     Q("4 hộ nghèo", 4, "hộ nghèo"),
     Q("9 cặp vợ chồng trẻ", 9, "cặp vợ chồng trẻ")],
    [D("Quyết định", "618", "QĐ-UBND", "2019-03-12", "Chủ tịch UBND tỉnh Đắk Lắk", "Quyết định số 618/QĐ-UBND")],
    [prov("Đắk Lắk"), com("Ea Tu")],
    ["BÁO ĐẮK LẮK ĐIỆN TỬ", "Trang chủ / Xã hội / Dân tộc - Miền núi",
     "Chị H'Ngơi Byă (bìa trái) hướng dẫn chị em tỉa cành cà phê.", "Ngân hàng Chính sách xã hội",
     "Phụ nữ Đắk Lắk giúp nhau phát triển kinh tế gia đình", "buôn Kram", "thành phố Buôn Ma Thuột", "Lượt xem: 5.046"],
    ["Thứ Ba, 26/03/2019", "Lượt xem: 5.046", "Hơn 10 năm", "Năm 2009", "5 năm liền", "cuối năm 2018",
     "Tháng 3/2019"]))

# b350 — Sóc Trăng, Ủy ban MTTQ tỉnh with the monks' association, gifts on 5/4/2020; figure in headline, lead, caption
PAGES.append(page("b350-soctrang-mttq-traoqua-2020", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG
Trang chủ - Tin tức - Công tác dân tộc, tôn giáo
Ngày cập nhật: 7/4/2020
Sóc Trăng: 2.500 phần quà đến với người khó khăn do dịch Covid-19
Ngày 5/4, Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng phối hợp Hội Đoàn kết sư sãi yêu nước tỉnh trao 2.500 phần quà cho hộ nghèo, lao động mất việc làm do dịch Covid-19 tại 11 huyện, thị xã, thành phố.
Trao 2.500 phần quà cho người dân khó khăn tại chùa Bưng Coóc.
Tham dự buổi trao quà có ông Trương Quốc Kiệt, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Hòa thượng Thạch Sóc Kha, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh; Đại đức Lý Sô Phanh và Đại đức Danh Sa Vát, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh.
Mỗi phần quà gồm 25 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt, tổng trị giá khoảng 1,5 tỷ. Nguồn quà do Quỹ phòng, chống dịch Covid-19 của tỉnh cùng các nhà hảo tâm đóng góp; trong đó Công ty cổ phần thủy sản Mỹ Thanh ủng hộ 500 triệu VNĐ, các chùa Khmer trong tỉnh góp 120 triệu VND.
Việc trao quà thực hiện theo Kế hoạch số 38/KH-MTTQ-BTT ngày 30/3/2020 của Ban Thường trực Ủy ban MTTQ tỉnh. Để bảo đảm giãn cách, quà được chia theo 46 điểm phát tại các chùa, nhà văn hóa ấp; mỗi lượt chỉ 20 người vào nhận.
Ông Kim Sa Ron, Achar chùa Bưng Coóc cho biết nhà chùa đã vận động được 3,2 tấn gạo. Bà Thạch Thị Sa Vi, lao động tự do ấp Prey Chóp, xã Lâm Tân, xúc động: "Mất việc cả tháng nay, có gạo này là đỡ lắm".
Từ đầu mùa dịch, Mặt trận các cấp ở Sóc Trăng đã tiếp nhận hơn 4,6 tỷ đồng tiền và hàng ủng hộ.
Trà My
Lượt xem: 1.396
Tin liên quan
- Sóc Trăng tiếp nhận 300 triệu đồng ủng hộ phòng chống dịch
- Hội Đoàn kết sư sãi tỉnh tặng 1.000 khẩu trang
""",
    "2020-04-07", "Sóc Trăng: 2.500 phần quà đến với người khó khăn do dịch Covid-19",
    E("trao_qua", None, "2020-04-05"),
    [P("Trương Quốc Kiệt", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Thạch Sóc Kha", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
     P("Lý Sô Phanh", "Đại đức", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
     P("Danh Sa Vát", "Đại đức", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
     P("Kim Sa Ron", "Achar chùa Bưng Coóc"),
     P("Thạch Thị Sa Vi", "lao động tự do ấp Prey Chóp")],
    [Q("2.500 phần quà", 2500, "phần quà"),
     Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
     Q("25 kg", 25, "kg"),
     Q("300.000 đồng", 300000, "đồng"),
     Q("khoảng 1,5 tỷ", 1500000000, "đồng", "approx"),
     Q("500 triệu VNĐ", 500000000, "đồng"),
     Q("120 triệu VND", 120000000, "đồng"),
     Q("46 điểm phát", 46, "điểm phát"),
     Q("20 người", 20, "người"),
     Q("3,2 tấn", 3.2, "tấn"),
     Q("hơn 4,6 tỷ đồng", 4600000000, "đồng", "over")],
    [D("Kế hoạch", "38", "KH-MTTQ-BTT", "2020-03-30", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 38/KH-MTTQ-BTT")],
    [prov("Sóc Trăng"), com("Lâm Tân")],
    ["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG", "Trang chủ - Tin tức - Công tác dân tộc, tôn giáo",
     "Trao 2.500 phần quà cho người dân khó khăn tại chùa Bưng Coóc.", "Hội Đoàn kết sư sãi yêu nước tỉnh",
     "Công ty cổ phần thủy sản Mỹ Thanh", "chùa Bưng Coóc", "ấp Prey Chóp", "Lượt xem: 1.396"],
    ["Covid-19", "Lượt xem: 1.396", "cả tháng nay", "Ngày 5/4"]))

# b351 — Phú Yên, Tỉnh đoàn, online training "năm 2021" held 16/8; headline figure repeated in the lead
PAGES.append(page("b351-phuyen-doan-taphuan-2021", """
TỈNH ĐOÀN PHÚ YÊN
Tuổi trẻ Phú Yên - Cổng thông tin điện tử
You are here: Trang chủ > Tin tức > Công tác Đoàn
Đăng ngày: 18/8/2021 - 09:30
Hơn 1.100 cán bộ Đoàn học kỹ năng chuyển đổi số
Ngày 16/8, Ban Thường vụ Tỉnh đoàn Phú Yên tổ chức tập huấn trực tuyến kỹ năng chuyển đổi số cho cán bộ Đoàn năm 2021 tại 112 điểm cầu, thu hút hơn 1.100 cán bộ Đoàn tham gia.
Điểm cầu chính tại Tỉnh đoàn. Ảnh: Quốc Huy
Lớp tập huấn triển khai Kết luận 19, 20-KL/TWĐTN-BBT của Ban Bí thư Trung ương Đoàn về chuyển đổi số trong tổ chức Đoàn và Chương trình số 12-CTr/TĐTN-TG của Ban Thường vụ Tỉnh đoàn. Đây là nội dung của Đề án "Chuyển đổi số trong công tác Đoàn" mà Tỉnh đoàn đang thực hiện.
Phát biểu khai mạc, anh Lê Minh Tú, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh cho biết: năm qua, các cơ sở Đoàn đã chuyển 2.600 tài khoản đoàn viên lên ứng dụng quản lý; mô hình "Chợ 4.0" giúp 85 hộ nông dân bán nông sản trong thời gian giãn cách. Anh Ksor Y Phin, Bí thư Đoàn xã Ea Bar, người dân tộc Chăm H'roi, chia sẻ việc đưa "Siêu thị 0 đồng" về buôn làng với hơn 700 suất hàng thiết yếu.
Tỉnh đoàn cũng trao 45 máy tính bảng, trị giá 3 triệu đồng/máy, cho đoàn viên có hoàn cảnh khó khăn ở xã Ea Bar và xã Sơn Hội.
Dịp này, anh Kpă Y Trung vừa được Ban Thường vụ Tỉnh ủy chỉ định giữ chức Bí thư Tỉnh đoàn Phú Yên nhiệm kỳ 2017 - 2022 đã giao nhiệm vụ: đến cuối năm, 100% cơ sở Đoàn trong tỉnh Phú Yên có trang tin trên mạng xã hội.
Tuổi trẻ Phú Yên
Lượt xem: 318
Tin khác
- Phú Yên: 500 tình nguyện viên hỗ trợ phòng chống dịch
- Tỉnh đoàn Phú Yên sơ kết 6 tháng đầu năm 2021
""",
    "2021-08-18", "Hơn 1.100 cán bộ Đoàn học kỹ năng chuyển đổi số",
    E("tap_huan", "2021", "2021-08-16"),
    [P("Lê Minh Tú", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
     P("Ksor Y Phin", "Bí thư Đoàn xã Ea Bar"),
     P("Kpă Y Trung", "Bí thư Tỉnh đoàn Phú Yên")],
    [Q("hơn 1.100 cán bộ Đoàn", 1100, "cán bộ Đoàn", "over"),
     Q("112 điểm cầu", 112, "điểm cầu"),
     Q("2.600 tài khoản đoàn viên", 2600, "tài khoản đoàn viên"),
     Q("85 hộ nông dân", 85, "hộ nông dân"),
     Q("hơn 700 suất hàng thiết yếu", 700, "suất hàng thiết yếu", "over"),
     Q("45 máy tính bảng", 45, "máy tính bảng"),
     Q("3 triệu đồng/máy", 3000000, "đồng"),
     Q("100%", 100, "%")],
    [D("Kết luận", "19", "KL/TWĐTN-BBT", None, "Ban Bí thư Trung ương Đoàn", "Kết luận 19, 20-KL/TWĐTN-BBT"),
     D("Kết luận", "20", "KL/TWĐTN-BBT", None, "Ban Bí thư Trung ương Đoàn", "Kết luận 19, 20-KL/TWĐTN-BBT"),
     D("Chương trình", "12", "CTr/TĐTN-TG", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình số 12-CTr/TĐTN-TG")],
    [prov("Phú Yên"), com("Ea Bar"), com("Sơn Hội")],
    ["TỈNH ĐOÀN PHÚ YÊN", "Tuổi trẻ Phú Yên - Cổng thông tin điện tử",
     "You are here: Trang chủ > Tin tức > Công tác Đoàn", "Điểm cầu chính tại Tỉnh đoàn. Ảnh: Quốc Huy",
     "Chuyển đổi số trong công tác Đoàn", "Chợ 4.0", "Siêu thị 0 đồng", "Lượt xem: 318"],
    ["Siêu thị 0 đồng", "Chợ 4.0", "Lượt xem: 318", "năm 2021", "nhiệm kỳ 2017 - 2022", "Ngày 16/8"]))

# b352 — Hòa Bình, commune site xã Tân Minh, quarterly briefing quý II năm 2022 held 5/7; kind and period only in the lead
PAGES.append(page("b352-hoabinh-xa-giaoban-2022", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN MINH
Huyện Đà Bắc - Tỉnh Hòa Bình
Trang chủ › Tin tức › Hoạt động của Đảng ủy
Cập nhật: 10:05 07/07/2022
Khối dân vận xã Tân Minh vận động làm 2,4 km đường bê tông nội đồng
Chiều 5/7, Đảng ủy xã Tân Minh tổ chức hội nghị giao ban khối dân vận quý II năm 2022. Hội nghị đánh giá kết quả vận động nhân dân làm đường bê tông nội đồng và triển khai nhiệm vụ quý III.
Quang cảnh hội nghị giao ban khối dân vận xã.
Dự hội nghị có ông Xa Văn Hùng, Bí thư Đảng ủy xã; Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Bùi Văn Hặc; bà Đinh Thị Hoạn, ĐUV, Trưởng khối dân vận xã cùng các trưởng xóm: Lý Văn Hựu, Sa Văn Thơm, Bùi Thị Lan.
Thực hiện Nghị quyết 03, 04 của Đảng ủy xã về xây dựng nông thôn mới và Kế hoạch số 27-KH/HU của Ban Thường vụ Huyện ủy, trong quý, khối dân vận đã vận động nhân dân hiến 3.600 m2 đất, góp 520 ngày công và 250 triệu đồng để làm 2,4 km đường bê tông nội đồng. Nhà nước hỗ trợ 120 tấn xi măng. Cả 9 xóm đều giữ vững danh hiệu xóm "4 không".
Ông Lý Văn Hựu, trưởng xóm Bản Sưng cho biết, người Dao ở xóm góp mỗi hộ 200 nghìn và 3 ngày công; 42 hộ của xóm đều đồng thuận.
Phát biểu kết luận, ông Xa Văn Hùng đề nghị quý III khối dân vận tiếp tục phối hợp vận động 100% hộ dân tham gia bảo hiểm y tế và hoàn thành 1,1 km đường còn lại trước mùa mưa lũ. Năm nay, xã Tân Minh phấn đấu đạt thêm 2 tiêu chí nông thôn mới.
Văn phòng Đảng ủy xã
Lượt truy cập: 27.615
Các tin khác
- Xã Tân Minh tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2021
- Hội nghị giao ban khối dân vận quý I năm 2022
""",
    "2022-07-07", "Khối dân vận xã Tân Minh vận động làm 2,4 km đường bê tông nội đồng",
    E("giao_ban", "2022-Q2", "2022-07-05"),
    [P("Xa Văn Hùng", "Bí thư Đảng ủy xã"),
     P("Bùi Văn Hặc", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
     P("Đinh Thị Hoạn", "ĐUV", "Trưởng khối dân vận xã"),
     P("Lý Văn Hựu", "trưởng xóm", "trưởng xóm Bản Sưng"),
     P("Sa Văn Thơm", "trưởng xóm"),
     P("Bùi Thị Lan", "trưởng xóm")],
    [Q("2,4 km", 2.4, "km"),
     Q("3.600 m2", 3600, "m2"),
     Q("520 ngày công", 520, "ngày công"),
     Q("250 triệu đồng", 250000000, "đồng"),
     Q("120 tấn xi măng", 120, "tấn"),
     Q("9 xóm", 9, "xóm"),
     Q("200 nghìn", 200000, "đồng"),
     Q("3 ngày công", 3, "ngày công"),
     Q("42 hộ", 42, "hộ"),
     Q("100% hộ dân", 100, "%"),
     Q("1,1 km", 1.1, "km"),
     Q("2 tiêu chí nông thôn mới", 2, "tiêu chí nông thôn mới")],
    [D("Nghị quyết", "03", None, None, "Đảng ủy xã", "Nghị quyết 03, 04"),
     D("Nghị quyết", "04", None, None, "Đảng ủy xã", "Nghị quyết 03, 04"),
     D("Kế hoạch", "27", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 27-KH/HU")],
    [com("Tân Minh")],
    ["TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂN MINH", "Huyện Đà Bắc - Tỉnh Hòa Bình", "Trang chủ › Tin tức › Hoạt động của Đảng ủy",
     "Quang cảnh hội nghị giao ban khối dân vận xã.", "4 không", "xóm Bản Sưng", "Văn phòng Đảng ủy xã",
     "Lượt truy cập: 27.615"],
    ["Lượt truy cập: 27.615", "quý II năm 2022", "quý III", "trong quý", "4 không", "Chiều 5/7"]))
