from lib import *
from furniture import FOOT
PAGES = []

PAGES.append(page("b557-soctrang-bdv-cholchnamthmay-2012", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ > Tin tức - Sự kiện > Công tác dân tộc, tôn giáo
Cập nhật: 10:15, 11/04/2012 (GMT+7)
Trao 1.200 phần quà Tết Chôl Chnăm Thmây cho đồng bào Khmer
Ngày 10/4/2012, đoàn công tác của Tỉnh ủy Sóc Trăng do đồng chí Thạch Sà Rinh, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết Chôl Chnăm Thmây và trao 1.200 phần quà cho hộ nghèo đồng bào Khmer tại các xã Lịch Hội Thượng, Vĩnh Hải và Tham Đôn.
Đồng chí Thạch Sà Rinh trao quà cho đồng bào Khmer xã Vĩnh Hải.
Cùng đi có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lý Thị Sa Ri, Trần Quốc Khải; bà Kim Thị Sà Phương - Phó Trưởng ban Dân tộc tỉnh.
Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 200.000 đồng tiền mặt, tổng trị giá hơn 540 triệu đồng, do Ủy ban MTTQ Việt Nam tỉnh, Hội Chữ thập đỏ tỉnh và các nhà hảo tâm đóng góp. Dịp này, đoàn cũng thăm 12 chùa Phật giáo Nam tông Khmer, tặng mỗi chùa 2 triệu đồng để tổ chức lễ.
Tại chùa Pô Thi Xa Ram, Hòa thượng Lâm Em, Phó Chủ tịch Hội Đoàn kết Sư sãi yêu nước tỉnh, cảm ơn sự quan tâm của Tỉnh ủy và cho biết năm qua các chùa đã vận động 1.850 lượt sư sãi tham gia tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước trong phum, sóc.
Phát biểu tại các điểm, đồng chí Trưởng Ban Dân vận Tỉnh ủy đề nghị cấp ủy, chính quyền cơ sở tiếp tục thực hiện tốt Chỉ thị 68-CT/TW của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer và Kế hoạch 27-KH/BDVTU ngày 05/3/2012 của Ban Dân vận Tỉnh ủy về vận động đồng bào dân tộc năm 2012; đồng thời phát huy vai trò của 286 người có uy tín trong đồng bào Khmer, thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Ông Danh Sà Quol, người có uy tín ấp Tà Điếp C1, cho biết nhờ vốn vay ưu đãi, 46 hộ nghèo trong ấp đã thoát nghèo trong năm 2011.
Năm 2012, tỉnh phấn đấu giảm 4% hộ nghèo trong đồng bào Khmer theo chương trình 135 và Quyết định 74/2008/QĐ-TTg của Thủ tướng Chính phủ.
Thu Hằng
Lượt xem: 1.062
Tin liên quan
- Hội nghị tổng kết công tác dân vận năm 2011
- Họp mặt chức sắc, chức việc Phật giáo Nam tông Khmer nhân dịp Tết
- Sóc Trăng: 300 suất học bổng cho học sinh Khmer nghèo
- Trao nhà Đại đoàn kết cho hộ nghèo xã An Hiệp
- Tập huấn công tác dân vận cho cán bộ cơ sở năm 2012
- Sơ kết Chương trình phối hợp giữa Ban Dân vận và Ban Dân tộc
- Đoàn công tác thăm các chùa Khmer nhân lễ Sene Đôlta
Xem thêm
- Sóc Trăng: phát huy vai trò người có uy tín trong vùng đồng bào Khmer
""" + FOOT('Ban Dân vận Tỉnh ủy Sóc Trăng', 'số 2 đường Trần Hưng Đạo, phường 2, TP Sóc Trăng', '0299.3821.xxx', 'Trưởng Ban Dân vận Tỉnh ủy', 'Ban Dân vận Tỉnh ủy Sóc Trăng', None), "2012-04-11", "Trao 1.200 phần quà Tết Chôl Chnăm Thmây cho đồng bào Khmer",
E("trao_qua", None, "2012-04-10"),
[P("Thạch Sà Rinh", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Thị Sa Ri", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quốc Khải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kim Thị Sà Phương", "Phó Trưởng ban Dân tộc tỉnh"),
 P("Lâm Em", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết Sư sãi yêu nước tỉnh"),
 P("Danh Sà Quol", "người có uy tín ấp Tà Điếp C1")],
[Q("1.200 phần quà", 1200, "phần quà"),
 Q("10 kg gạo", 10, "kg"),
 Q("200.000 đồng", 200000, "đồng"),
 Q("hơn 540 triệu đồng", 540000000, "đồng", "over"),
 Q("12 chùa", 12, "chùa"),
 Q("2 triệu đồng", 2000000, "đồng"),
 Q("1.850 lượt sư sãi", 1850, "lượt sư sãi"),
 Q("286 người có uy tín", 286, "người có uy tín"),
 Q("46 hộ nghèo", 46, "hộ nghèo"),
 Q("4% hộ nghèo", 4, "%")],
[D("Chỉ thị", "68", "CT/TW", None, "Ban Bí thư", "Chỉ thị 68-CT/TW"),
 D("Kế hoạch", "27", "KH/BDVTU", "2012-03-05", "Ban Dân vận Tỉnh ủy", "Kế hoạch 27-KH/BDVTU"),
 D("Quyết định", "74", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 74/2008/QĐ-TTg")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Vĩnh Hải"), com("Tham Đôn")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ > Tin tức - Sự kiện > Công tác dân tộc, tôn giáo",
 "Đồng chí Thạch Sà Rinh trao quà cho đồng bào Khmer xã Vĩnh Hải.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Pô Thi Xa Ram", "Chôl Chnăm Thmây", "Lượt xem: 1.062"],
["Cập nhật: 10:15, 11/04/2012 (GMT+7)", "chương trình 135", "Lượt xem: 1.062", "năm 2011"]))

PAGES.append(page("b558-travinh-mttq-tongket-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH
Trang chủ » Hoạt động Mặt trận » Tin hoạt động
08:15 | 16/01/2013
Tổng kết công tác Mặt trận, triển khai nhiệm vụ năm 2013
Toàn cảnh hội nghị.
Sáng 15/1, Ủy ban MTTQ Việt Nam tỉnh Trà Vinh tổ chức hội nghị tổng kết công tác Mặt trận năm 2012 và triển khai chương trình hành động năm 2013. Dự hội nghị có đồng chí Sơn Thị Chanh Đa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Huỳnh Văn Lộc, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Theo báo cáo, năm 2012 Mặt trận các cấp vận động Quỹ "Vì người nghèo" được hơn 12,6 tỷ đồng, xây dựng và sửa chữa 415 căn nhà Đại đoàn kết, trong đó có 238 căn nhà cho đồng bào Khmer. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" có 94% khu dân cư đạt danh hiệu khu dân cư văn hóa. Mặt trận phối hợp tổ chức 52 cuộc giám sát và 31 hội nghị phản biện, góp ý dự thảo văn bản.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Kiên Thị Sóc Thia, Nguyễn Hoàng Dũng, Thạch Phen điều hành phần thảo luận. Đại đức Thạch Sóc Xane, trụ trì chùa Âng, chia sẻ kinh nghiệm vận động sư sãi, phật tử tham gia giữ gìn an ninh trật tự; năm qua các chùa Phật giáo Nam tông Khmer đã đóng góp 1.200 ngày công làm đường giao thông nông thôn.
Thực hiện Chương trình phối hợp 01/CTPH-MTTQ-UBND ngày 10/02/2012 giữa Ủy ban MTTQ và UBND tỉnh, Mặt trận đã giúp 3.146 hộ nghèo vay vốn ưu đãi. Hội nghị cũng quán triệt Nghị quyết 09, 10-NQ/MTTQ-ĐCT của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.
Hội nghị đã khen thưởng 18 tập thể và 27 cá nhân có thành tích xuất sắc.
Bảo Ngọc
Lượt xem: 734
Tin liên quan
- Trà Vinh: họp mặt chức sắc các tôn giáo nhân dịp năm mới
- Trao 50 căn nhà Đại đoàn kết tại huyện Trà Cú
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 4, khóa VII
- Mặt trận xã Long Hiệp ra mắt tổ hòa giải ở cơ sở
- Tặng quà Tết cho hộ nghèo đồng bào Khmer
- Giám sát việc thực hiện chính sách đối với người có uy tín
- Ra quân thực hiện cuộc vận động người Việt Nam ưu tiên dùng hàng Việt Nam
- Trà Vinh: Mặt trận các cấp tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư
- Phát huy vai trò của sư sãi trong cuộc vận động xây dựng nông thôn mới
""" + FOOT('Ủy ban MTTQ Việt Nam tỉnh Trà Vinh', 'số 10 đường Lê Lợi, phường 1, TP Trà Vinh', '0294.3862.xxx', 'Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh', 'Mặt trận Tổ quốc tỉnh Trà Vinh', 'Giấy phép số 05/GP-TTĐT do Sở Thông tin và Truyền thông cấp'), "2013-01-16", "Tổng kết công tác Mặt trận, triển khai nhiệm vụ năm 2013",
E("tong_ket", "2012", "2013-01-15"),
[P("Sơn Thị Chanh Đa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Lộc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kiên Thị Sóc Thia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hoàng Dũng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Phen", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sóc Xane", "Đại đức", "trụ trì chùa Âng")],
[Q("hơn 12,6 tỷ đồng", 12600000000, "đồng", "over"),
 Q("415 căn nhà", 415, "căn nhà"),
 Q("238 căn nhà", 238, "căn nhà"),
 Q("94% khu dân cư", 94, "%"),
 Q("52 cuộc giám sát", 52, "cuộc giám sát"),
 Q("31 hội nghị phản biện", 31, "hội nghị phản biện"),
 Q("1.200 ngày công", 1200, "ngày công"),
 Q("3.146 hộ nghèo", 3146, "hộ nghèo"),
 Q("18 tập thể", 18, "tập thể"),
 Q("27 cá nhân", 27, "cá nhân")],
[D("Chương trình phối hợp", "01", "CTPH-MTTQ-UBND", "2012-02-10", None, "Chương trình phối hợp 01/CTPH-MTTQ-UBND"),
 D("Nghị quyết", "09", "NQ/MTTQ-ĐCT", None, "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Nghị quyết 09, 10-NQ/MTTQ-ĐCT"),
 D("Nghị quyết", "10", "NQ/MTTQ-ĐCT", None, "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Nghị quyết 09, 10-NQ/MTTQ-ĐCT")],
[prov("Trà Vinh")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH", "Trang chủ » Hoạt động Mặt trận » Tin hoạt động",
 "Toàn cảnh hội nghị.", "Vì người nghèo", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 734"],
["08:15 | 16/01/2013", "năm 2013", "Lượt xem: 734"]))

PAGES.append(page("b559-gialai-bdv-doithoai-2014", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Bạn đang ở: Trang chủ › Hoạt động › Dân vận chính quyền
17/05/2014 - 10:05
Chủ tịch UBND huyện đối thoại với đồng bào Jrai về đất sản xuất
Ngày 15/5/2014, tại xã Ia Khươl, Ban Dân vận Tỉnh ủy Gia Lai phối hợp với UBND huyện Chư Păh tổ chức buổi đối thoại năm 2014 giữa người đứng đầu chính quyền với đồng bào dân tộc thiểu số về tranh chấp đất sản xuất. Gần 300 người dân làng Ia Ly và làng Ia Phang đã tham dự.
Ông Rơ Mah Tuel trao đổi ý kiến của người dân tại buổi đối thoại.
Chủ trì đối thoại có đồng chí Ksor Thu, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; ông Nguyễn Đình Tuấn, HUV, Chủ tịch UBND huyện Chư Păh. Cùng dự có bà Rơ Châm H'Yơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Siu Blơ, Phó Trưởng ban Dân tộc tỉnh.
Tại buổi đối thoại, người dân nêu 23 ý kiến, tập trung vào việc giao lại 185 ha đất của Công ty cà phê cho 126 hộ đồng bào Jrai thiếu đất sản xuất. Ông Rơ Mah Tuel, người có uy tín làng Ia Ly, đề nghị đo đạc lại ranh giới, mức bồi thường cây trồng không thấp hơn 35 triệu đồng/ha.
Trả lời người dân, ông Nguyễn Đình Tuấn cho biết huyện thực hiện Quyết định 755/QĐ-TTg của Thủ tướng Chính phủ và Nghị quyết 30-NQ/TW của Bộ Chính trị về sắp xếp, đổi mới nông, lâm trường; đến nay đã thu hồi 2.340 ha giao địa phương quản lý. Đồng chí Ksor Thu đề nghị huyện thực hiện Hướng dẫn 12-HD/BDVTU ngày 20/3/2014 của Ban Dân vận Tỉnh ủy về đối thoại, giải quyết xong 21/23 ý kiến trong tháng 6.
Kết thúc buổi đối thoại, nhiều người dân bày tỏ phấn khởi vì các kiến nghị chính đáng đã được lãnh đạo huyện tiếp thu, trả lời thẳng thắn, cụ thể.
Huyện cam kết hỗ trợ 2 tỷ đồng để làm 4 km đường nội đồng.
Ksor Nhiên
Lượt xem: 586
Tin liên quan
- Gia Lai: tập huấn công tác dân vận cho già làng, người có uy tín
- Kết quả thực hiện phong trào thi đua "Dân vận khéo" năm 2013
- Ban Dân vận Tỉnh ủy làm việc với huyện Krông Pa
- Đối thoại với công nhân Công ty cao su Chư Sê
- Ra mắt mô hình "Làng không có tội phạm"
- Hội nghị giao ban khối dân vận quý I/2014
- Gia Lai: nhân rộng mô hình già làng tham gia hòa giải tranh chấp đất đai
- Giao ban công tác dân vận chính quyền khu vực phía Đông tỉnh
- Người có uy tín với phong trào xây dựng làng văn hóa
""" + FOOT('Ban Dân vận Tỉnh ủy Gia Lai', 'số 17 đường Hùng Vương, TP Pleiku', '0269.3824.xxx', 'Trưởng Ban Dân vận Tỉnh ủy', 'Ban Dân vận Tỉnh ủy Gia Lai', None), "2014-05-17", "Chủ tịch UBND huyện đối thoại với đồng bào Jrai về đất sản xuất",
E("doi_thoai", "2014", "2014-05-15"),
[P("Rơ Mah Tuel", "người có uy tín làng Ia Ly"),
 P("Ksor Thu", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đình Tuấn", "HUV", "Chủ tịch UBND huyện Chư Păh"),
 P("Rơ Châm H'Yơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Blơ", "Phó Trưởng ban Dân tộc tỉnh")],
[Q("Gần 300 người", 300, "người", "approx"),
 Q("23 ý kiến", 23, "ý kiến"),
 Q("185 ha", 185, "ha"),
 Q("126 hộ", 126, "hộ"),
 Q("35 triệu đồng/ha", 35000000, "đồng"),
 Q("2.340 ha", 2340, "ha"),
 Q("21/23 ý kiến", 21, "ý kiến"),
 Q("2 tỷ đồng", 2000000000, "đồng"),
 Q("4 km", 4, "km")],
[D("Quyết định", "755", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 755/QĐ-TTg"),
 D("Nghị quyết", "30", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 30-NQ/TW"),
 D("Hướng dẫn", "12", "HD/BDVTU", "2014-03-20", "Ban Dân vận Tỉnh ủy", "Hướng dẫn 12-HD/BDVTU")],
[prov("Gia Lai"), com("Ia Khươl")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Bạn đang ở: Trang chủ › Hoạt động › Dân vận chính quyền",
 "Ông Rơ Mah Tuel trao đổi ý kiến của người dân tại buổi đối thoại.", "làng Ia Ly", "Lượt xem: 586"],
["17/05/2014 - 10:05", "trong tháng 6", "Lượt xem: 586"]))

PAGES.append(page("b560-daklak-hnd-soket-2015", """
HỘI NÔNG DÂN TỈNH ĐẮK LẮK
Trang chủ | Tin tức | Hoạt động Hội
Ngày đăng 24/07/2015 | 16:20
Hội Nông dân tỉnh: 7.850 hộ đạt danh hiệu sản xuất, kinh doanh giỏi
Ngày 22/7, Ban Thường vụ Hội Nông dân tỉnh Đắk Lắk tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2015, triển khai nhiệm vụ 6 tháng cuối năm.
Ông Y Kuăn Niê báo cáo kết quả 6 tháng đầu năm.
Dự hội nghị có đồng chí H'Luyện Mlô, Tỉnh ủy viên, Phó Trưởng Ban Dân vận Tỉnh ủy. Chủ trì hội nghị có các ông Y Kuăn Niê, Lê Văn Thành - Phó Chủ tịch Hội Nông dân tỉnh.
Sáu tháng đầu năm, các cấp Hội kết nạp mới 2.415 hội viên, nâng tổng số hội viên toàn tỉnh lên 226.300 người; có 7.850 hộ đăng ký đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. Quỹ Hỗ trợ nông dân tăng trưởng 3,2 tỷ đồng, tổng nguồn quỹ đạt 41,5 tỷ đồng, hỗ trợ 1.630 hộ vay vốn. Hội phối hợp mở 64 lớp dạy nghề cho hơn 2.000 nông dân, chủ yếu là kỹ thuật tái canh cà phê.
Hội nghị đánh giá việc triển khai Kết luận 61-KL/TW của Ban Bí thư và Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ về hội nông dân tham gia các chương trình phát triển kinh tế - xã hội; cùng đề án 05 "Nâng cao chất lượng hội viên" của Ban Thường vụ Hội.
Ông Y Bhuin Êban, Chủ tịch Hội Nông dân xã Ea Tul, chia sẻ mô hình tổ hợp tác trồng tiêu với 35 thành viên, thu nhập bình quân 120 triệu đồng/hộ/năm. Bà H'Dung Byă, hội viên buôn Tơng Rang, xã Ea Tul, kể chuyện vay 30 triệu đồng từ quỹ để nuôi bò.
Phó Trưởng Ban Dân vận Tỉnh ủy H'Luyện Mlô ghi nhận phong trào "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững".
Y Jen
Lượt xem: 912
Tin liên quan
- Hội Nông dân tỉnh tập huấn kỹ thuật tái canh cà phê
- Tổng kết công tác Hội năm 2014
- Đại hội Hội Nông dân huyện Cư M'gar lần thứ VIII
- Nông dân Krông Năng trồng sầu riêng xen cà phê
- Hội nghị giao ban cụm thi đua năm 2015
- Ra mắt Câu lạc bộ nông dân với pháp luật xã Ea Kpam
- Hội thảo liên kết tiêu thụ nông sản cho hội viên
- Nông dân các buôn đồng bào Ê Đê chuyển đổi cây trồng thích ứng hạn hán
- Quỹ Hỗ trợ nông dân: đòn bẩy giúp hội viên phát triển kinh tế
- Hội Nông dân giám sát việc cung ứng phân bón, vật tư nông nghiệp
""" + FOOT('Hội Nông dân tỉnh Đắk Lắk', 'số 25 đường Lê Duẩn, TP Buôn Ma Thuột', '0262.3852.xxx', 'Chủ tịch Hội Nông dân tỉnh', 'Hội Nông dân tỉnh Đắk Lắk', None), "2015-07-24", "Hội Nông dân tỉnh: 7.850 hộ đạt danh hiệu sản xuất, kinh doanh giỏi",
E("so_ket", "2015-H1", "2015-07-22"),
[P("Y Kuăn Niê", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("H'Luyện Mlô", "Tỉnh ủy viên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Thành", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Y Bhuin Êban", "Chủ tịch Hội Nông dân xã Ea Tul"),
 P("H'Dung Byă", "hội viên buôn Tơng Rang")],
[Q("2.415 hội viên", 2415, "hội viên"),
 Q("226.300 người", 226300, "người"),
 Q("7.850 hộ", 7850, "hộ"),
 Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("41,5 tỷ đồng", 41500000000, "đồng"),
 Q("1.630 hộ", 1630, "hộ"),
 Q("64 lớp dạy nghề", 64, "lớp dạy nghề"),
 Q("hơn 2.000 nông dân", 2000, "nông dân", "over"),
 Q("35 thành viên", 35, "thành viên"),
 Q("120 triệu đồng/hộ/năm", 120000000, "đồng"),
 Q("30 triệu đồng", 30000000, "đồng")],
[D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW"),
 D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 673/QĐ-TTg"),
 D("Đề án", "05", None, None, "Ban Thường vụ Hội", "đề án 05")],
[prov("Đắk Lắk"), com("Ea Tul")],
["HỘI NÔNG DÂN TỈNH ĐẮK LẮK", "Trang chủ | Tin tức | Hoạt động Hội", "Ông Y Kuăn Niê báo cáo kết quả 6 tháng đầu năm.",
 "Nâng cao chất lượng hội viên", "Quỹ Hỗ trợ nông dân", "buôn Tơng Rang",
 "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững", "Lượt xem: 912"],
["Ngày đăng 24/07/2015 | 16:20", "6 tháng đầu năm", "6 tháng cuối năm", "Lượt xem: 912"]))

PAGES.append(page("b561-angiang-tongiao-hoahao-2016", """
BAN TÔN GIÁO - SỞ NỘI VỤ TỈNH AN GIANG
Trang chủ :: Tin hoạt động :: Công tác tôn giáo
Thứ Sáu, 08/07/2016
Họp mặt chức sắc Phật giáo Hòa Hảo nhân kỷ niệm 77 năm ngày khai đạo
Sáng 6/7/2016, tại Tổ đình Phật giáo Hòa Hảo, thị trấn Phú Mỹ, Ban Tôn giáo tỉnh An Giang phối hợp Ban Dân vận Tỉnh ủy tổ chức hội nghị gặp mặt, biểu dương chức việc, tín đồ Phật giáo Hòa Hảo tiêu biểu năm 2016 nhân kỷ niệm 77 năm ngày khai đạo (18/5 âm lịch).
Quang cảnh buổi họp mặt tại Tổ đình.
Dự có ông Võ Thanh Nhàn, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy; bà Châu Thị Mỹ Hạnh, Trưởng Ban Tôn giáo tỉnh; ông Haji Ki Ri Man, Phó Trưởng ban Đại diện cộng đồng Hồi giáo tỉnh, cùng 250 chức việc, tín đồ.
Ông Nguyễn Văn Đức, Trưởng ban Trị sự Trung ương Giáo hội Phật giáo Hòa Hảo, báo cáo: năm qua tín đồ đóng góp hơn 86 tỷ đồng làm từ thiện xã hội, xây dựng 112 cây cầu bê tông, 48 căn nhà tình thương và hỗ trợ 19.000 lượt bệnh nhân nghèo tại các phòng thuốc nam, châm cứu từ thiện. Ông Lê Hoàng Sang, Phó Trưởng ban Trị sự Trung ương, phát động tín đồ hưởng ứng phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Ông Võ Thanh Nhàn ghi nhận đóng góp của đồng đạo và đề nghị tiếp tục thực hiện Chỉ thị 18-CT/TW của Ban Bí thư, Chương trình hành động 25-CTr/TU của Tỉnh ủy về công tác tôn giáo, cùng Kế hoạch 342/KH-UBND ngày 01/6/2016 của UBND tỉnh.
Dịp này, UBND tỉnh tặng bằng khen cho 15 tập thể và 42 cá nhân; Ban Tôn giáo tỉnh trao 100 phần quà, mỗi phần 500.000 đồng, cho hộ tín đồ nghèo ở xã Phú Thành và xã Hòa Lạc.
Các đại biểu cùng dâng hương tưởng niệm tại Tổ đình và tham quan khu trưng bày truyền thống của đạo.
Minh Hiển
Lượt xem: 1.345
Tin liên quan
- Giáo hội Phật giáo Hòa Hảo tổ chức Đại lễ kỷ niệm ngày khai đạo
- An Giang: gặp mặt cộng đồng Chăm Islam nhân tháng Ramadan
- Ban Tôn giáo tỉnh tập huấn Luật Tín ngưỡng, tôn giáo
- Trao nhà tình thương tại huyện Phú Tân
- Hội nghị giao ban công tác tôn giáo 6 tháng đầu năm 2016
- Tăng cường quản lý nhà nước về tín ngưỡng, tôn giáo trong tình hình mới
- Chức sắc, tín đồ các tôn giáo chung tay xây dựng nông thôn mới
- Họp mặt đại diện các tôn giáo nhân dịp Tết Nguyên đán
""" + FOOT('Sở Nội vụ tỉnh An Giang', 'số 8 đường Lê Triệu Kiết, TP Long Xuyên', '0296.3852.xxx', 'Trưởng Ban Tôn giáo tỉnh', 'Ban Tôn giáo tỉnh An Giang', 'Giấy phép số 14/GP-STTTT'), "2016-07-08", "Họp mặt chức sắc Phật giáo Hòa Hảo nhân kỷ niệm 77 năm ngày khai đạo",
E("hoi_nghi", "2016", "2016-07-06"),
[P("Võ Thanh Nhàn", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Châu Thị Mỹ Hạnh", "Trưởng Ban Tôn giáo tỉnh"),
 P("Haji Ki Ri Man", "Phó Trưởng ban Đại diện cộng đồng Hồi giáo tỉnh"),
 P("Nguyễn Văn Đức", "Trưởng ban Trị sự Trung ương Giáo hội Phật giáo Hòa Hảo"),
 P("Lê Hoàng Sang", "Phó Trưởng ban Trị sự Trung ương")],
[Q("250 chức việc, tín đồ", 250, "chức việc, tín đồ"),
 Q("hơn 86 tỷ đồng", 86000000000, "đồng", "over"),
 Q("112 cây cầu", 112, "cây cầu"),
 Q("48 căn nhà tình thương", 48, "căn nhà tình thương"),
 Q("19.000 lượt bệnh nhân nghèo", 19000, "lượt bệnh nhân nghèo"),
 Q("15 tập thể", 15, "tập thể"),
 Q("42 cá nhân", 42, "cá nhân"),
 Q("100 phần quà", 100, "phần quà"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị 18-CT/TW"),
 D("Chương trình hành động", "25", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động 25-CTr/TU"),
 D("Kế hoạch", "342", "KH-UBND", "2016-06-01", "UBND tỉnh", "Kế hoạch 342/KH-UBND")],
[prov("An Giang"), com("Phú Mỹ"), com("Phú Thành"), com("Hòa Lạc")],
["BAN TÔN GIÁO - SỞ NỘI VỤ TỈNH AN GIANG", "Trang chủ :: Tin hoạt động :: Công tác tôn giáo", "Quang cảnh buổi họp mặt tại Tổ đình.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Tổ đình Phật giáo Hòa Hảo", "Lượt xem: 1.345"],
["Thứ Sáu, 08/07/2016", "77 năm", "18/5 âm lịch", "Lượt xem: 1.345"]))

PAGES.append(page("b562-tayninh-mttq-caodai-giaoban-2017", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TÂY NINH
Trang chủ / Tin tức / Mặt trận với tôn giáo
Đăng lúc: 14:30 ngày 12/10/2017
Giao ban công tác Mặt trận với các tôn giáo
Ngày 11/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tây Ninh tổ chức hội nghị giao ban quý III năm 2017 với các tổ chức tôn giáo trên địa bàn, trong đó có 9 hệ phái Cao Đài và Tòa thánh Tây Ninh.
Các đại biểu dự hội nghị giao ban.
Chủ trì hội nghị có bà Trần Thị Ngọc Lan, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Lưu Văn Hải, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Đại diện các tôn giáo có Giáo hữu Thượng Thanh Đạt, Chánh Trị sự Nguyễn Văn Hồng (Hội thánh Cao Đài Tòa thánh Tây Ninh), Linh mục Giuse Phạm Minh Tâm (Giáo hạt Tây Ninh) và Thượng tọa Thích Huệ Minh, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.
Trong quý III, các tôn giáo đã đóng góp hơn 4,7 tỷ đồng cho Quỹ "Vì người nghèo" và công tác xã hội; Hội thánh Cao Đài Tòa thánh Tây Ninh tổ chức 2 đợt khám bệnh, phát thuốc cho 1.500 lượt người; các họ đạo Công giáo xây 23 căn nhà tình thương, mỗi căn 40 triệu đồng.
Ông Lưu Văn Hải thông tin việc thực hiện Nghị quyết liên tịch 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN về giám sát, phản biện xã hội; đề nghị các tôn giáo tham gia góp ý dự thảo Nghị định hướng dẫn Luật Tín ngưỡng, tôn giáo và Kế hoạch 15-KH/MTTQ-BTT ngày 03/8/2017 của Ban Thường trực về lấy ý kiến nhân dân.
Kết luận hội nghị, bà Trần Thị Ngọc Lan đề nghị phát huy phong trào "Sống tốt đời, đẹp đạo" và quý IV chuẩn bị cho 120 điểm sinh hoạt tôn giáo tham gia Ngày hội Đại đoàn kết toàn dân tộc.
Thanh Tùng
Lượt xem: 623
Tin liên quan
- Tây Ninh: thăm, chúc mừng Đại lễ Hội Yến Diêu Trì Cung
- Hội nghị hiệp thương cử bổ sung Ủy viên Ủy ban MTTQ tỉnh
- Trao 30 căn nhà Đại đoàn kết tại huyện Châu Thành
- Giám sát thực hiện chính sách bảo hiểm y tế
- Tập huấn nghiệp vụ cho cán bộ Mặt trận cơ sở
- Họp mặt đồng bào Chăm nhân dịp lễ Ramadan
- Phát huy vai trò chức sắc Cao Đài trong công tác an sinh xã hội
- Tây Ninh: Mặt trận vận động xây nhà Đại đoàn kết cho hộ nghèo biên giới
- Các tôn giáo hưởng ứng phong trào Sống tốt đời, đẹp đạo
""" + FOOT('Ủy ban MTTQ Việt Nam tỉnh Tây Ninh', 'số 93 đường Phạm Tung, TP Tây Ninh', '0276.3822.xxx', 'Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh', 'Mặt trận Tổ quốc tỉnh Tây Ninh', None), "2017-10-12", "Giao ban công tác Mặt trận với các tôn giáo",
E("giao_ban", "2017-Q3", "2017-10-11"),
[P("Trần Thị Ngọc Lan", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lưu Văn Hải", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thượng Thanh Đạt", "Giáo hữu"),
 P("Nguyễn Văn Hồng", "Chánh Trị sự"),
 P("Giuse Phạm Minh Tâm", "Linh mục"),
 P("Thích Huệ Minh", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")],
[Q("9 hệ phái", 9, "hệ phái"),
 Q("hơn 4,7 tỷ đồng", 4700000000, "đồng", "over"),
 Q("2 đợt", 2, "đợt"),
 Q("1.500 lượt người", 1500, "lượt người"),
 Q("23 căn nhà tình thương", 23, "căn nhà tình thương"),
 Q("40 triệu đồng", 40000000, "đồng"),
 Q("120 điểm sinh hoạt tôn giáo", 120, "điểm sinh hoạt tôn giáo")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch 403/2017"),
 D("Kế hoạch", "15", "KH/MTTQ-BTT", "2017-08-03", "Ban Thường trực", "Kế hoạch 15-KH/MTTQ-BTT")],
[prov("Tây Ninh")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TÂY NINH", "Trang chủ / Tin tức / Mặt trận với tôn giáo", "Các đại biểu dự hội nghị giao ban.",
 "Vì người nghèo", "Sống tốt đời, đẹp đạo", "Tòa thánh Tây Ninh", "Giáo hạt Tây Ninh", "Lượt xem: 623"],
["Đăng lúc: 14:30 ngày 12/10/2017", "quý IV", "Lượt xem: 623"]))
