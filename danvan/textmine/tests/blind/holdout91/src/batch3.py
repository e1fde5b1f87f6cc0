from lib import *
PAGES = []

PAGES.append(page("b2153-gialai-bdv-nguoiuytin-2021", """
Báo Gia Lai điện tử
Thời sự › Chính trị › Dân vận
Thứ Sáu, 16/04/2021 - 11:20
Biểu dương 120 người có uy tín tiêu biểu trong đồng bào Jrai, Bahnar
(GLO) - Ngày 15/4, Ban Dân vận Tỉnh ủy Gia Lai phối hợp Ban Dân tộc tỉnh tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2021. Đồng chí Ksor Phước Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và phát biểu; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Rơ Châm Thuyên, Nguyễn Thị Ánh Tuyết.
Các đại biểu dự hội nghị. Ảnh: Hồng Thi
Hội nghị đã biểu dương 120 người có uy tín tiêu biểu của 17 huyện, thị xã, thành phố. Theo báo cáo, toàn tỉnh hiện có 1.612 người có uy tín, trong đó 1.287 người là đảng viên. Năm 2020, người có uy tín đã vận động 2.340 hộ đồng bào tham gia bảo vệ rừng, hiến 18.600 m2 đất làm đường; phối hợp hòa giải thành 214 vụ việc tranh chấp trong cộng đồng; vận động 67 người đang theo "Tin lành Đê Ga" từ bỏ.
Tại hội nghị, nhiều người có uy tín chia sẻ kinh nghiệm. Ông Đinh Văn Jơk, người Bahnar, Bí thư Chi bộ kiêm Trưởng làng Kon Lốc 2, xã Đak Rong, cho biết chi bộ làng có 23 đảng viên, cả làng không còn hộ đói. Các ông Rơ Mah Hlim, Kpă Blơm, Siu Đoan - người có uy tín làng Ia Kênh, đã phát hiện và báo cho công an 3 đối tượng vượt biên trái phép. Bà Ksor H'Vân, người Jrai, người có uy tín buôn Sai, phường Cheo Reo, kể chuyện vận động các gia đình không để con em tảo hôn.
Phát biểu, đồng chí Ksor Phước Hà ghi nhận người có uy tín là "cánh tay nối dài" của cấp ủy, chính quyền; đề nghị tiếp tục thực hiện tốt Quyết định 12/2018/QĐ-TTg, Kế hoạch số 218-KH/TU ngày 4/3/2021 của Tỉnh ủy về tuyên truyền bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026, vận động bà con đi bỏ phiếu đầy đủ. Đồng chí cũng biểu dương 5 làng có 100% người dân không vi phạm pháp luật nhiều năm liền.
Đồng chí Rơ Châm Thuyên công bố quyết định tặng giấy khen cho các cá nhân; mỗi người có uy tín được biểu dương nhận giấy khen và phần thưởng trị giá 1,5 triệu đồng.
Dịp này, đồng chí Nay Y Blim, Phó Trưởng Ban Dân tộc tỉnh, thông tin về kế hoạch đưa 60 người có uy tín đi tham quan, học tập tại Thủ đô Hà Nội và các tỉnh phía Bắc trong quý III năm 2021. Người có uy tín sẽ được thăm Lăng Chủ tịch Hồ Chí Minh, gặp gỡ lãnh đạo Ủy ban Dân tộc và giao lưu với đồng bào các dân tộc ở Làng Văn hóa - Du lịch các dân tộc Việt Nam.
Hồng Thi
Tin liên quan
- Ayun Pa: 300 người có uy tín được tập huấn (06/04/2021)
- Mang Yang gặp mặt 45 già làng (30/03/2021)
- Tỉnh Gia Lai sẵn sàng cho ngày bầu cử (18/03/2021)
""", "2021-04-16", "Biểu dương 120 người có uy tín tiêu biểu trong đồng bào Jrai, Bahnar",
E("hoi_nghi", "2021", "2021-04-15"),
[P("Ksor Phước Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Rơ Châm Thuyên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Ánh Tuyết", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Jơk", "Bí thư Chi bộ kiêm Trưởng làng Kon Lốc 2"),
 P("Rơ Mah Hlim", "người có uy tín làng Ia Kênh"),
 P("Kpă Blơm", "người có uy tín làng Ia Kênh"),
 P("Siu Đoan", "người có uy tín làng Ia Kênh"),
 P("Ksor H'Vân", "người có uy tín buôn Sai"),
 P("Nay Y Blim", "Phó Trưởng Ban Dân tộc tỉnh")],
[Q("120 người có uy tín tiêu biểu", 120, "người có uy tín tiêu biểu"), Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("1.612 người có uy tín", 1612, "người có uy tín"), Q("1.287 người", 1287, "người"), Q("2.340 hộ đồng bào", 2340, "hộ đồng bào"),
 Q("18.600 m2", 18600, "m2"), Q("214 vụ việc tranh chấp", 214, "vụ việc tranh chấp"), Q("67 người", 67, "người"),
 Q("23 đảng viên", 23, "đảng viên"), Q("3 đối tượng", 3, "đối tượng"), Q("5 làng", 5, "làng"), Q("100%", 100, "%"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("60 người có uy tín", 60, "người có uy tín")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, None, "Quyết định 12/2018/QĐ-TTg"),
 D("Kế hoạch", "218", "KH/TU", "2021-03-04", "Tỉnh ủy", "Kế hoạch số 218-KH/TU ngày 4/3/2021")],
[prov("Gia Lai"), com("Đak Rong"), com("Cheo Reo"), prov("Hà Nội")],
["Báo Gia Lai điện tử", "Thời sự › Chính trị › Dân vận", "Các đại biểu dự hội nghị. Ảnh: Hồng Thi", "(GLO)", "Tin lành Đê Ga",
 "cánh tay nối dài", "Lăng Chủ tịch Hồ Chí Minh", "Làng Văn hóa - Du lịch các dân tộc Việt Nam"],
["Thứ Sáu, 16/04/2021 - 11:20", "năm 2021", "Năm 2020", "khóa XV", "nhiệm kỳ 2021 - 2026", "quý III năm 2021", "Kon Lốc 2"]))

PAGES.append(page("b2154-yenbai-xa-checunha-taphuan-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ CHẾ CU NHA - HUYỆN MÙ CANG CHẢI - TỈNH YÊN BÁI
Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy
Thứ Sáu, 12-11-2021 09:15
Lượt truy cập: 48.216
Bồi dưỡng kỹ năng dân vận cho cán bộ thôn bản
Trong 2 ngày 10 - 11/11/2021, Đảng ủy xã Chế Cu Nha tổ chức lớp tập huấn, bồi dưỡng kỹ năng công tác dân vận năm 2021 cho bí thư chi bộ, trưởng thôn, chi hội trưởng các đoàn thể và người có uy tín. Đồng chí Giàng A Của, Bí thư Đảng ủy, Chủ tịch HĐND xã dự và phát biểu khai mạc.
Học viên lớp tập huấn tại hội trường UBND xã.
Tham gia lớp học có 68 học viên đến từ 9 thôn của xã, 100% là người Mông. Báo cáo viên là các đồng chí Phó Trưởng Ban Dân vận Huyện ủy Mù Cang Chải: Lò Văn Hảo, Mùa Thị Sử; và đồng chí Hờ A Dua, cán bộ Ban Dân vận Huyện ủy, giảng bằng tiếng Mông cho học viên dễ hiểu.
Nội dung tập huấn gồm: Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương; Nghị quyết số 12-NQ/ĐU ngày 5/3/2021 của Đảng ủy xã về nâng cao chất lượng sinh hoạt chi bộ thôn; kỹ năng nắm tình hình, hòa giải ở cơ sở và vận động đồng bào tiêm vắc-xin phòng Covid-19.
Chế Cu Nha là xã vùng cao của huyện Mù Cang Chải, tỉnh Yên Bái, nằm dưới chân đèo Khau Phạ; tỷ lệ hộ nghèo còn 46,8%. Đời sống của bà con chủ yếu dựa vào trồng lúa nương, ngô và chăn nuôi; thời gian gần đây nhiều hộ đã mạnh dạn làm du lịch cộng đồng gắn với mùa lúa chín trên ruộng bậc thang. Năm 2021, Đảng ủy xã đã kết nạp 7 đảng viên mới, đưa tổng số đảng viên lên 126 đồng chí sinh hoạt tại 11 chi bộ; tất cả các thôn đều đã có chi bộ, có bí thư chi bộ là người tại chỗ. Nhân dân đã đóng góp 1.350 ngày công, hiến 4.800 m2 đất làm đường liên thôn; vận động 214 hộ chuyển đổi sang trồng sơn tra, quế.
Tại lớp học, đồng chí Sùng A Chớ, người vừa được tín nhiệm giữ chức Bí thư Chi bộ thôn Khấu Chu, chia sẻ: trước đây nhiều hộ trong thôn còn tổ chức đám ma kéo dài 5 - 7 ngày, mổ nhiều trâu bò; sau khi chi bộ ra nghị quyết chuyên đề, 100% hộ đã ký cam kết thực hiện nếp sống mới. Bà Thào Thị Dở, Chi hội trưởng Chi hội Phụ nữ thôn Chế Cu Nha, kể việc vận động 12 cặp vợ chồng tảo hôn đi đăng ký kết hôn khi đủ tuổi.
Bế giảng lớp học, đồng chí Lý A Tủa, Phó Bí thư Thường trực Đảng ủy xã, yêu cầu học viên về thôn tổ chức ngay sinh hoạt "Ngày thứ 7 dân vận", mỗi chi bộ xây dựng 1 mô hình dân vận khéo. Mỗi học viên được hỗ trợ tiền ăn 100.000 đồng/ngày.
Văn phòng Đảng ủy xã
Các tin khác
- Chế Cu Nha ra quân xây dựng nông thôn mới (01/11/2021)
- Xã tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại thôn Háng Cuốn Rùa (18/10/2021)
- Hội Nông dân xã tập huấn trồng sơn tra (05/10/2021)
""", "2021-11-12", "Bồi dưỡng kỹ năng dân vận cho cán bộ thôn bản",
E("tap_huan", "2021", "2021-11-10"),
[P("Giàng A Của", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lò Văn Hảo", "Phó Trưởng Ban Dân vận Huyện ủy Mù Cang Chải"),
 P("Mùa Thị Sử", "Phó Trưởng Ban Dân vận Huyện ủy Mù Cang Chải"),
 P("Hờ A Dua", "cán bộ Ban Dân vận Huyện ủy"),
 P("Sùng A Chớ", "Bí thư Chi bộ thôn Khấu Chu"),
 P("Thào Thị Dở", "Chi hội trưởng Chi hội Phụ nữ thôn Chế Cu Nha"),
 P("Lý A Tủa", "Phó Bí thư Thường trực Đảng ủy xã")],
[Q("68 học viên", 68, "học viên"), Q("9 thôn", 9, "thôn"), Q("100%", 100, "%"), Q("46,8%", 46.8, "%"),
 Q("7 đảng viên mới", 7, "đảng viên mới"), Q("126 đồng chí", 126, "đồng chí"), Q("11 chi bộ", 11, "chi bộ"),
 Q("1.350 ngày công", 1350, "ngày công"), Q("4.800 m2", 4800, "m2"), Q("214 hộ", 214, "hộ"),
 Q("12 cặp vợ chồng tảo hôn", 12, "cặp vợ chồng tảo hôn"), Q("100.000 đồng", 100000, "đồng")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Nghị quyết", "12", "NQ/ĐU", "2021-03-05", "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU ngày 5/3/2021")],
[prov("Yên Bái"), com("Chế Cu Nha")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ CHẾ CU NHA - HUYỆN MÙ CANG CHẢI - TỈNH YÊN BÁI", "Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy",
 "Lượt truy cập: 48.216", "Học viên lớp tập huấn tại hội trường UBND xã.", "Ngày thứ 7 dân vận", "Quy chế công tác dân vận"],
["Thứ Sáu, 12-11-2021 09:15", "Lượt truy cập: 48.216", "2 ngày", "năm 2021", "126 đồng chí", "5 - 7 ngày", "Ngày thứ 7 dân vận",
 "1 mô hình", "Covid-19"]))

PAGES.append(page("b2155-daklak-bdv-baocao-2022", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ » Nghiên cứu - Trao đổi » Công tác dân tộc
23/12/2022 - 15:45
Công tác dân vận vùng đồng bào Ê Đê, M'nông năm 2022: nhiều chuyển biến tích cực
Ban Dân vận Tỉnh ủy Đắk Lắk vừa ban hành Báo cáo số 115-BC/BDVTU ngày 20/12/2022 về kết quả công tác dân vận vùng đồng bào dân tộc thiểu số năm 2022. Dưới đây là một số kết quả chính.
Toàn tỉnh có 608 buôn đồng bào dân tộc thiểu số tại chỗ với hơn 402.000 người, chủ yếu là đồng bào Ê Đê, M'nông, Gia Rai; ngoài ra có 43 dân tộc thiểu số từ các tỉnh phía Bắc đến sinh sống. Năm 2022, các cấp ủy đã triển khai Kết luận số 65-KL/TW của Bộ Chính trị và Kế hoạch số 94-KH/TU ngày 8/4/2022 của Ban Thường vụ Tỉnh ủy về công tác dân tộc trong tình hình mới; 100% buôn có chi bộ, 581 buôn có tổ dân vận hoạt động.
Trong năm, khối dân vận phối hợp tổ chức 46 hội nghị đối thoại với nhân dân ở cấp xã; tiếp nhận 327 ý kiến, kiến nghị, đã giải quyết 298 ý kiến. Người có uy tín tham gia hòa giải thành công 412 vụ việc mâu thuẫn trong nội bộ nhân dân, vận động 1.036 hộ tham gia mô hình "Buôn văn hóa". Hoạt động của tổ chức phản động "Nhà nước Đề Ga" bị đẩy lùi; 19 đối tượng ra đầu thú, 7 trường hợp trốn ra nước ngoài đã trở về.
Nhiều cách làm hay được ghi nhận. Tại xã Ea Tul, huyện Cư M'gar, đồng chí Y Wem Ayŭn, Bí thư Chi bộ buôn Knul, vận động 37 hộ hiến đất mở rộng đường buôn. Tại xã Nam Ka, huyện Lắk, ông Y Pú B'ya, người M'nông, người có uy tín buôn Dhăm, cùng chi đoàn thanh niên bảo vệ 150 ha rừng. Bà H'Năm Niê, Chủ tịch Hội LHPN xã Ea Bar, huyện Buôn Đôn, hướng dẫn 24 chị em dệt thổ cẩm bán cho khách du lịch, thu nhập mỗi người khoảng 3 triệu đồng/tháng.
Báo cáo cũng nêu hạn chế: tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số tại chỗ còn 19,6%, cao gấp hơn 2 lần bình quân chung; tình trạng tảo hôn chưa giảm; còn 11 vụ tranh chấp đất đai giữa người dân với công ty nông, lâm nghiệp kéo dài.
Năm 2023, Ban Dân vận Tỉnh ủy đề ra 5 nhóm nhiệm vụ, trong đó trọng tâm là tham mưu thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ; tiếp tục phát huy vai trò già làng, người có uy tín.
Theo đồng chí H'Zơ Mlô, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, kết quả trên có được là nhờ cán bộ dân vận "đi từng ngõ, gõ từng nhà", nói tiếng đồng bào, hiểu phong tục của đồng bào.
Phòng Dân tộc - Tôn giáo
Tin liên quan
- Hội nghị tổng kết công tác dân vận năm 2022 (21/12/2022)
- Krông Năng: 12 mô hình "Dân vận khéo" vùng đồng bào (10/12/2022)
""", "2022-12-23", "Công tác dân vận vùng đồng bào Ê Đê, M'nông năm 2022: nhiều chuyển biến tích cực",
E("bao_cao", "2022", "2022-12-20"),
[P("Y Wem Ayŭn", "Bí thư Chi bộ buôn Knul"),
 P("Y Pú B'ya", "người có uy tín buôn Dhăm"),
 P("H'Năm Niê", "Chủ tịch Hội LHPN xã Ea Bar"),
 P("H'Zơ Mlô", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("608 buôn đồng bào dân tộc thiểu số tại chỗ", 608, "buôn đồng bào dân tộc thiểu số tại chỗ"),
 Q("hơn 402.000 người", 402000, "người", "over"), Q("43 dân tộc thiểu số", 43, "dân tộc thiểu số"), Q("100%", 100, "%"),
 Q("581 buôn", 581, "buôn"), Q("46 hội nghị đối thoại", 46, "hội nghị đối thoại"), Q("327 ý kiến, kiến nghị", 327, "ý kiến, kiến nghị"),
 Q("298 ý kiến", 298, "ý kiến"), Q("412 vụ việc mâu thuẫn", 412, "vụ việc mâu thuẫn"), Q("1.036 hộ", 1036, "hộ"),
 Q("19 đối tượng", 19, "đối tượng"), Q("7 trường hợp", 7, "trường hợp"), Q("37 hộ", 37, "hộ"), Q("150 ha", 150, "ha"),
 Q("24 chị em", 24, "chị em"), Q("khoảng 3 triệu đồng", 3000000, "đồng", "approx"), Q("19,6%", 19.6, "%"),
 Q("11 vụ tranh chấp đất đai", 11, "vụ tranh chấp đất đai"), Q("5 nhóm nhiệm vụ", 5, "nhóm nhiệm vụ")],
[D("Báo cáo", "115", "BC/BDVTU", "2022-12-20", "Ban Dân vận Tỉnh ủy Đắk Lắk", "Báo cáo số 115-BC/BDVTU ngày 20/12/2022"),
 D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", "Kết luận số 65-KL/TW"),
 D("Kế hoạch", "94", "KH/TU", "2022-04-08", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 94-KH/TU ngày 8/4/2022"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Nam Ka"), com("Ea Bar")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ » Nghiên cứu - Trao đổi » Công tác dân tộc", "Buôn văn hóa", "Nhà nước Đề Ga",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "đi từng ngõ, gõ từng nhà"],
["23/12/2022 - 15:45", "năm 2022", "Năm 2022", "Năm 2023", "gấp hơn 2 lần"]))

PAGES.append(page("b2156-laocai-batxat-giaoban-2023", """
Cổng Thông tin điện tử huyện Bát Xát
Trang chủ / Tin tức / Xây dựng Đảng
Cập nhật: 07/04/2023 10:20
Ảnh: Quang cảnh buổi giao ban.
Khối dân vận Bát Xát giao ban tháng 3
Sáng 5/4, Ban Dân vận Huyện ủy Bát Xát tổ chức giao ban khối dân vận huyện tháng 3/2023. Đồng chí Tẩn Láo Lở, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì; dự có lãnh đạo Hội Nông dân, Hội LHPN, Huyện đoàn, Hội Cựu chiến binh, Liên đoàn Lao động huyện.
Trong tháng 3, khối dân vận đã phối hợp tổ chức các hoạt động kỷ niệm 92 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh; vận động đoàn viên, hội viên tham gia trồng 6.500 cây quế, cây mỡ trong "Tết trồng cây đời đời nhớ ơn Bác Hồ". Các xã Y Tý, A Lù, A Mú Sung đã tổ chức 14 buổi tuyên truyền pháp luật bằng tiếng Hà Nhì, tiếng Mông, tiếng Dao cho 1.120 lượt người.
Hội LHPN huyện vận động 38 hội viên mới, trao 15 con bò giống cho phụ nữ nghèo người Hà Nhì ở xã Y Tý, mỗi con trị giá 14 triệu đồng. Huyện đoàn ra quân "Ngày thứ 7 tình nguyện" với 620 đoàn viên tham gia, làm mới 2,3 km đường liên thôn. Các chi bộ thôn tiếp tục thực hiện Kết luận 21-KL/TW của BCH Trung ương khóa XIII về xây dựng, chỉnh đốn Đảng.
Tại giao ban, đồng chí Chu Thị Lý, người Hà Nhì, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Y Tý, báo cáo xã đã vận động 23 hộ ở thôn Lao Chải sửa sang nhà trình tường làm homestay, đón 4.200 lượt khách trong quý I. Đồng chí Vương Văn Tỉnh, Chủ tịch Hội Nông dân huyện, đề nghị tăng nguồn vốn vay ủy thác cho hội viên trồng thảo quả. Đồng chí Chảo Thị Lìu, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện, cho biết Mặt trận đã phối hợp giám sát việc cấp 240 tấn gạo hỗ trợ giáp hạt cho 3.900 nhân khẩu.
Các ý kiến cũng chỉ ra hạn chế: một số hội viên ở thôn vùng cao chưa tham gia sinh hoạt đều; việc nắm tình hình di cư tự do, kết hôn không đăng ký với người bên kia biên giới ở các xã giáp Trung Quốc còn chậm, có việc chưa kịp thời báo cáo cấp ủy để chỉ đạo xử lý.
Kết luận giao ban, đồng chí Tẩn Láo Lở yêu cầu tháng 4 các đoàn thể tập trung triển khai Kế hoạch số 136-KH/HU ngày 20/2/2023 của Ban Thường vụ Huyện ủy về thực hiện Nghị quyết số 11-NQ/TU của Tỉnh ủy Lào Cai về phát triển du lịch cộng đồng vùng đồng bào Hà Nhì, Mông, Dao; hướng dẫn các chi bộ thôn sinh hoạt chuyên đề về công tác dân vận. Ban Dân vận Huyện ủy sẽ kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 3 xã Dền Sáng, Sàng Ma Sáo và Trịnh Tường trong tháng 4.
Quang Hòa
Lượt xem: 355
Các tin khác
- Bát Xát tổng kết công tác dân vận năm 2022 (30/12/2022)
- Gặp mặt người có uy tín dịp Tết Quý Mão (12/01/2023)
- Huyện ủy Bát Xát đối thoại với thanh niên (02/03/2023)
""", "2023-04-07", "Khối dân vận Bát Xát giao ban tháng 3",
E("giao_ban", "2023-03", "2023-04-05"),
[P("Tẩn Láo Lở", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Chu Thị Lý", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Y Tý"),
 P("Vương Văn Tỉnh", "Chủ tịch Hội Nông dân huyện"),
 P("Chảo Thị Lìu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện")],
[Q("6.500 cây quế, cây mỡ", 6500, "cây quế, cây mỡ"), Q("14 buổi tuyên truyền pháp luật", 14, "buổi tuyên truyền pháp luật"),
 Q("1.120 lượt người", 1120, "lượt người"), Q("38 hội viên mới", 38, "hội viên mới"), Q("15 con bò giống", 15, "con bò giống"),
 Q("14 triệu đồng", 14000000, "đồng"), Q("620 đoàn viên", 620, "đoàn viên"), Q("2,3 km", 2.3, "km"), Q("23 hộ", 23, "hộ"),
 Q("4.200 lượt khách", 4200, "lượt khách"), Q("240 tấn", 240, "tấn"), Q("3.900 nhân khẩu", 3900, "nhân khẩu"), Q("3 xã", 3, "xã")],
[D("Kết luận", "21", "KL/TW", None, "BCH Trung ương", "Kết luận 21-KL/TW"),
 D("Kế hoạch", "136", "KH/HU", "2023-02-20", "Ban Thường vụ Huyện ủy", "Kế hoạch số 136-KH/HU ngày 20/2/2023"),
 D("Nghị quyết", "11", "NQ/TU", None, "Tỉnh ủy Lào Cai", "Nghị quyết số 11-NQ/TU")],
[prov("Lào Cai"), com("Y Tý"), com("A Lù"), com("A Mú Sung"), com("Dền Sáng"), com("Sàng Ma Sáo"), com("Trịnh Tường")],
["Cổng Thông tin điện tử huyện Bát Xát", "Trang chủ / Tin tức / Xây dựng Đảng", "Ảnh: Quang cảnh buổi giao ban.",
 "Tết trồng cây đời đời nhớ ơn Bác Hồ", "Ngày thứ 7 tình nguyện", "Lượt xem: 355"],
["Cập nhật: 07/04/2023 10:20", "tháng 3/2023", "Trong tháng 3", "92 năm", "khóa XIII", "quý I", "tháng 4", "Lượt xem: 355",
 "Ngày thứ 7 tình nguyện"]))

PAGES.append(page("b2157-kontum-mttq-tumorong-giamsat-2023", """
ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM
Trang chủ :: Hoạt động Mặt trận các cấp :: Giám sát - phản biện xã hội
Thứ Sáu, ngày 18/08/2023 - 14:30
Tu Mơ Rông: Giám sát hỗ trợ nhà ở, đất sản xuất cho đồng bào Xơ Đăng
Từ ngày 15 đến 17/8/2023, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Tu Mơ Rông tổ chức đoàn giám sát việc thực hiện chính sách hỗ trợ đất ở, nhà ở, đất sản xuất, nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo giai đoạn 2022 - 2023 tại các xã Đăk Hà, Tê Xăng và Măng Ri. Đoàn do ông A Vinh, Chủ tịch Ủy ban MTTQ Việt Nam huyện làm trưởng đoàn.
Đoàn giám sát kiểm tra thực tế nhà ở của hộ nghèo tại làng Tu Thôn. Ảnh: Y Linh
Theo báo cáo, thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ và Nghị quyết số 08/2022/NQ-HĐND của HĐND tỉnh Kon Tum, giai đoạn 2022 - 2023 huyện được phân bổ hơn 31,6 tỷ đồng để hỗ trợ 412 hộ làm nhà ở, 186 hộ chuyển đổi nghề và 95 hộ được hỗ trợ nước sinh hoạt phân tán; mức hỗ trợ nhà ở là 44 triệu đồng/hộ. Đến nay đã có 357 căn nhà hoàn thành, đạt 86,7%.
Tại xã Đăk Hà, đoàn làm việc với UBND xã và trực tiếp đến 12 hộ. Bà Y Ngọc, người Xơ Đăng, Bí thư Chi bộ thôn Đăk Chum 1, cho biết chi bộ đã phân công 18 đảng viên mỗi người giúp một hộ làm nhà; người dân góp công, góp gỗ nên các căn nhà đều vững chãi. Ông A Dũng, người có uy tín thôn Tu Thôn, phản ánh có 4 hộ chưa nhận đủ tiền đợt 2 do vướng thủ tục thanh toán.
Tại xã Tê Xăng, ông A Thái, Phó Chủ tịch UBND xã, báo cáo việc giao đất sản xuất chậm vì quỹ đất hạn hẹp; xã đã vận động 7 hộ có đất nhường lại 3,5 ha cho hộ nghèo trong làng. Ông A Hùng, Trưởng Ban Công tác Mặt trận thôn Tê Pheo, kiến nghị ưu tiên hỗ trợ con giống thay vì tiền mặt.
Qua giám sát, đoàn đánh giá việc bình xét đối tượng được thực hiện công khai, dân chủ tại các cuộc họp thôn, có sự tham gia của Ban Công tác Mặt trận và người có uy tín; tuy nhiên tiến độ giải ngân ở một số xã còn chậm, việc nghiệm thu chưa kịp thời, một số hộ sử dụng tiền hỗ trợ chuyển đổi nghề chưa đúng mục đích.
Kết thúc đợt giám sát, ông A Vinh đề nghị UBND huyện chỉ đạo giải ngân dứt điểm cho các hộ còn vướng mắc trước ngày 30/9/2023; công khai danh sách hộ được hỗ trợ tại nhà rông của làng để người dân giám sát; phát huy vai trò chi bộ thôn và người có uy tín trong vận động bà con không bán nhà, bán đất sau khi được hỗ trợ. Đoàn sẽ có văn bản kiến nghị gửi UBND huyện trong tháng 9.
Được biết, thực hiện Quyết định số 217-QĐ/TW và 218-QĐ/TW của Bộ Chính trị, năm 2023 Ủy ban MTTQ Việt Nam huyện Tu Mơ Rông đã chủ trì 6 cuộc giám sát, tổ chức 3 hội nghị phản biện xã hội.
Y Linh
Tin khác
- Đăk Glei: Mặt trận giám sát thực hiện Chương trình 1719 (10/08/2023)
- Ngọc Hồi tổ chức Ngày hội Đại đoàn kết (02/08/2023)
""", "2023-08-18", "Tu Mơ Rông: Giám sát hỗ trợ nhà ở, đất sản xuất cho đồng bào Xơ Đăng",
E("giam_sat", None, "2023-08-15"),
[P("A Vinh", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Y Ngọc", "Bí thư Chi bộ thôn Đăk Chum 1"),
 P("A Dũng", "người có uy tín thôn Tu Thôn"),
 P("A Thái", "Phó Chủ tịch UBND xã"),
 P("A Hùng", "Trưởng Ban Công tác Mặt trận thôn Tê Pheo")],
[Q("hơn 31,6 tỷ đồng", 31600000000, "đồng", "over"), Q("412 hộ", 412, "hộ"), Q("186 hộ", 186, "hộ"), Q("95 hộ", 95, "hộ"),
 Q("44 triệu đồng", 44000000, "đồng"), Q("357 căn nhà", 357, "căn nhà"), Q("86,7%", 86.7, "%"), Q("12 hộ", 12, "hộ"),
 Q("18 đảng viên", 18, "đảng viên"), Q("4 hộ", 4, "hộ"), Q("7 hộ", 7, "hộ"), Q("3,5 ha", 3.5, "ha"),
 Q("6 cuộc giám sát", 6, "cuộc giám sát"), Q("3 hội nghị phản biện xã hội", 3, "hội nghị phản biện xã hội")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Nghị quyết", "08", "2022/NQ-HĐND", None, "HĐND tỉnh Kon Tum", "Nghị quyết số 08/2022/NQ-HĐND"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW và 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW và 218-QĐ/TW")],
[prov("Kon Tum"), com("Đăk Hà"), com("Tê Xăng"), com("Măng Ri")],
["ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM", "Trang chủ :: Hoạt động Mặt trận các cấp :: Giám sát - phản biện xã hội",
 "Đoàn giám sát kiểm tra thực tế nhà ở của hộ nghèo tại làng Tu Thôn. Ảnh: Y Linh"],
["Thứ Sáu, ngày 18/08/2023 - 14:30", "giai đoạn 2022 - 2023", "đợt 2", "30/9/2023", "tháng 9", "năm 2023", "Đăk Chum 1"]))

PAGES.append(page("b2158-hagiang-dongvan-doithoai-2024", """
Báo Hà Giang điện tử
Xây dựng Đảng | Dân vận
Thứ 6, 10/05/2024 16:05
Bí thư Huyện ủy Đồng Văn đối thoại với đồng bào Lô Lô xã Lũng Cú
Ngày 8/5/2024, tại nhà văn hóa thôn Lô Lô Chải, xã Lũng Cú, Ban Thường vụ Huyện ủy Đồng Văn tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với Nhân dân năm 2024. Đồng chí Ly Mí Sính, Tỉnh ủy viên, Bí thư Huyện ủy Đồng Văn chủ trì; cùng dự có đồng chí Vừ Mí Dế, Phó Chủ tịch UBND huyện, lãnh đạo các phòng, ban và hơn 150 người dân các thôn Lô Lô Chải, Thèn Ván, Séo Lủng.
Đồng chí Ly Mí Sính lắng nghe ý kiến của người dân.
Lũng Cú là xã biên giới cực Bắc của Tổ quốc thuộc tỉnh Hà Giang, nơi có cột cờ Lũng Cú nổi tiếng, có 9 thôn với 1.078 hộ, 5.612 khẩu, gồm đồng bào Mông, Lô Lô, Dao, Giáy, Hoa; trong đó thôn Lô Lô Chải có 114 hộ người Lô Lô. Những năm gần đây, thực hiện Nghị quyết số 06-NQ/HU ngày 15/1/2022 của Huyện ủy về phát triển du lịch cộng đồng, thôn Lô Lô Chải có 36 hộ làm homestay, năm 2023 đón hơn 28.000 lượt khách.
Tại buổi đối thoại, 14 ý kiến được nêu trực tiếp. Bà Sình Thị Sáo, người Lô Lô ở thôn Lô Lô Chải, đang làm homestay, đề nghị huyện hỗ trợ lớp dạy tiếng Anh giao tiếp cho thanh niên làm du lịch. Ông Lò Dìn Pủa, người có uy tín thôn Lô Lô Chải, kiến nghị có chính sách giữ gìn nhà trình tường cổ và bộ trống đồng của đồng bào. Ông Vàng Chỉn Mìn phản ánh đường từ thôn Séo Lủng ra trung tâm xã bị sạt lở, đi lại khó khăn. Chị Cháng Thị Lan, người Pu Péo, vừa được bầu làm Bí thư Chi đoàn thôn Thèn Ván, mong được vay vốn phát triển nghề thêu.
Trả lời người dân, đồng chí Vừ Mí Dế cho biết năm 2024 huyện bố trí 2,8 tỷ đồng sửa chữa tuyến đường Séo Lủng; hỗ trợ 20 triệu đồng/hộ cho các hộ giữ nguyên kiến trúc nhà trình tường truyền thống theo Đề án 03 của UBND huyện. Ngân hàng Chính sách xã hội huyện cam kết giải ngân cho thanh niên vay theo Chương trình mục tiêu quốc gia 1719, mức cho vay 100 triệu đồng mỗi hộ. Đồng chí cũng giao Phòng Văn hóa - Thông tin huyện phối hợp xã Lũng Cú khảo sát, lập danh mục nhà trình tường cổ cần bảo tồn.
Kết luận hội nghị, đồng chí Ly Mí Sính khẳng định việc đối thoại là thực hiện Quy định số 11-QĐi/TW của Trung ương và Luật Thực hiện dân chủ ở cơ sở; đề nghị các cơ quan trả lời bằng văn bản các kiến nghị thuộc thẩm quyền trong 15 ngày. Đồng chí Sùng Mí Páo, Bí thư Đảng ủy xã Lũng Cú, được giao theo dõi, báo cáo kết quả.
Dịp này, Huyện ủy tặng 50 bộ trang phục truyền thống cho đội văn nghệ thôn Lô Lô Chải.
Mai Phương
Tin cùng chuyên mục
- Mèo Vạc: ra mắt 8 chi bộ thôn kiểu mẫu (02/05/2024)
- Yên Minh gặp mặt người có uy tín (24/04/2024)
""", "2024-05-10", "Bí thư Huyện ủy Đồng Văn đối thoại với đồng bào Lô Lô xã Lũng Cú",
E("doi_thoai", "2024", "2024-05-08"),
[P("Ly Mí Sính", "Tỉnh ủy viên", "Bí thư Huyện ủy Đồng Văn"),
 P("Vừ Mí Dế", "Phó Chủ tịch UBND huyện"),
 P("Sình Thị Sáo"),
 P("Lò Dìn Pủa", "người có uy tín thôn Lô Lô Chải"),
 P("Vàng Chỉn Mìn"),
 P("Cháng Thị Lan", "Bí thư Chi đoàn thôn Thèn Ván"),
 P("Sùng Mí Páo", "Bí thư Đảng ủy xã Lũng Cú")],
[Q("hơn 150 người dân", 150, "người dân", "over"), Q("9 thôn", 9, "thôn"), Q("1.078 hộ", 1078, "hộ"), Q("5.612 khẩu", 5612, "khẩu"),
 Q("114 hộ người Lô Lô", 114, "hộ người Lô Lô"), Q("36 hộ", 36, "hộ"), Q("hơn 28.000 lượt khách", 28000, "lượt khách", "over"),
 Q("14 ý kiến", 14, "ý kiến"), Q("2,8 tỷ đồng", 2800000000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("100 triệu đồng", 100000000, "đồng"), Q("50 bộ trang phục truyền thống", 50, "bộ trang phục truyền thống")],
[D("Nghị quyết", "06", "NQ/HU", "2022-01-15", "Huyện ủy", "Nghị quyết số 06-NQ/HU ngày 15/1/2022"),
 D("Đề án", "03", None, None, "UBND huyện", "Đề án 03"),
 D("Quy định", "11", "QĐi/TW", None, "Trung ương", "Quy định số 11-QĐi/TW")],
[prov("Hà Giang"), com("Lũng Cú")],
["Báo Hà Giang điện tử", "Xây dựng Đảng | Dân vận", "Đồng chí Ly Mí Sính lắng nghe ý kiến của người dân.",
 "Luật Thực hiện dân chủ ở cơ sở", "Chương trình mục tiêu quốc gia 1719"],
["Thứ 6, 10/05/2024 16:05", "năm 2024", "năm 2023", "15 ngày", "Chương trình mục tiêu quốc gia 1719"]))
