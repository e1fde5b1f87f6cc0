from lib import *
PAGES = []

PAGES.append(page("b3053-travinh-mttq-quyvnn-tongket-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TRÀ VINH
Trang chủ > Hoạt động Mặt trận > Vì người nghèo
Thứ Tư, 28/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị.
Trà Vinh tổng kết công tác vận động Quỹ "Vì người nghèo" năm 2011
Ngày 26/12/2011, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Trà Vinh tổ chức hội nghị tổng kết công tác vận động, quản lý và sử dụng Quỹ "Vì người nghèo" năm 2011. Đồng chí Thạch Sô Phal, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Theo báo cáo, năm 2011 Quỹ "Vì người nghèo" ba cấp trong tỉnh vận động được hơn 12,6 tỷ đồng, đạt 126% kế hoạch. Từ nguồn quỹ, Mặt trận các cấp đã xây dựng mới 684 căn nhà Đại đoàn kết, sửa chữa 215 căn nhà; hỗ trợ 1.320 học sinh nghèo mua sắm đồ dùng học tập và giúp 410 hộ nghèo vốn sản xuất. Riêng dịp Tết Tân Mão, Mặt trận các cấp trao 18.500 phần quà Tết cho hộ nghèo, tổng trị giá khoảng 4,2 tỷ đồng.
Tỷ lệ hộ nghèo toàn tỉnh theo chuẩn nghèo quy định tại Quyết định số 09/2011/QĐ-TTg ngày 30/01/2011 của Thủ tướng Chính phủ đầu năm là 23,6%, đến cuối năm ước còn khoảng 20,3%. Ban Thường trực Ủy ban MTTQ tỉnh đã ban hành Kế hoạch số 35/KH-MTTQ-BTT và Hướng dẫn số 08/HD-MTTQ-BTT về tổ chức Tháng cao điểm "Vì người nghèo", đồng thời phối hợp Ngân hàng Chính sách xã hội rà soát 9.860 hộ nghèo có nhu cầu vay vốn.
Đồng chí Thạch Sô Phal phát biểu tại hội nghị.
Tại hội nghị, ông Kim Sơn Ni, Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hiệp, cho biết xã có đông đồng bào Khmer, Mặt trận đã vận động các chùa và bà con khá giả đóng góp xây 12 căn nhà cho hộ nghèo. Bà Trầm Thị Phol, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Cầu Kè, đề nghị nâng mức hỗ trợ mỗi căn nhà từ 20 triệu đồng lên 25 triệu đồng vì giá vật liệu tăng. Hòa thượng Thạch Sok Xane, Phó Chủ tịch Ủy ban MTTQ tỉnh, mong các chùa Phật giáo Nam tông Khmer tiếp tục là nơi vận động bà con ủng hộ quỹ.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Hòa, Phó Bí thư Thường trực Tỉnh ủy, ghi nhận kết quả của Mặt trận các cấp và đề nghị năm 2012 tập trung giúp hộ nghèo có nhà ở ổn định, phấn đấu mỗi xã có ít nhất 5 căn nhà Đại đoàn kết. Đồng chí lưu ý việc quản lý quỹ phải công khai, đúng đối tượng, không để xảy ra tiêu cực.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 21 tập thể và 34 cá nhân có thành tích trong vận động Quỹ "Vì người nghèo".
Minh Khoa
Lượt truy cập: 152.408
Tin liên quan
- Châu Thành bàn giao 20 căn nhà Đại đoàn kết (15/12/2011)
- Cầu Ngang: Mặt trận vận động hơn 600 triệu đồng ủng hộ người nghèo (30/11/2011)
- Phát động Tháng cao điểm "Vì người nghèo" năm 2011 (17/10/2011)
- Trà Cú hỗ trợ học sinh nghèo đồng bào Khmer (05/09/2011)
""", "2011-12-28", 'Trà Vinh tổng kết công tác vận động Quỹ "Vì người nghèo" năm 2011',
E("tong_ket", "2011", "2011-12-26"),
[P("Thạch Sô Phal", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Sơn Ni", "Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hiệp"),
 P("Trầm Thị Phol", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Cầu Kè"),
 P("Thạch Sok Xane", "Hòa thượng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Hòa", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("hơn 12,6 tỷ đồng", 12600000000, "đồng", "over"), Q("126%", 126, "%"), Q("684 căn nhà Đại đoàn kết", 684, "căn nhà Đại đoàn kết"),
 Q("215 căn nhà", 215, "căn nhà"), Q("1.320 học sinh nghèo", 1320, "học sinh nghèo"), Q("410 hộ nghèo", 410, "hộ nghèo"),
 Q("18.500 phần quà", 18500, "phần quà"), Q("khoảng 4,2 tỷ đồng", 4200000000, "đồng", "approx"), Q("23,6%", 23.6, "%"),
 Q("khoảng 20,3%", 20.3, "%", "approx"), Q("9.860 hộ nghèo", 9860, "hộ nghèo"), Q("12 căn nhà", 12, "căn nhà"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("25 triệu đồng", 25000000, "đồng"),
 Q("ít nhất 5 căn nhà Đại đoàn kết", 5, "căn nhà Đại đoàn kết", "over"), Q("21 tập thể", 21, "tập thể"), Q("34 cá nhân", 34, "cá nhân")],
[D("Quyết định", "09", "2011/QĐ-TTg", "2011-01-30", "Thủ tướng Chính phủ", "Quyết định số 09/2011/QĐ-TTg"),
 D("Kế hoạch", "35", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 35/KH-MTTQ-BTT"),
 D("Hướng dẫn", "08", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 08/HD-MTTQ-BTT")],
[prov("Trà Vinh"), com("Long Hiệp")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TRÀ VINH", "Trang chủ > Hoạt động Mặt trận > Vì người nghèo", "Ảnh: Quang cảnh hội nghị.",
 "Đồng chí Thạch Sô Phal phát biểu tại hội nghị.", "Vì người nghèo", "Tháng cao điểm", "Lượt truy cập: 152.408", "Ngân hàng Chính sách xã hội"],
["Thứ Tư, 28/12/2011 - 09:30", "năm 2011", "năm 2012", "Lượt truy cập: 152.408", "Tết Tân Mão"]))

PAGES.append(page("b3054-soctrang-mttq-traoqua-tet-2012", """
Cổng thông tin điện tử tỉnh Sóc Trăng
Tin tức - Sự kiện / Mặt trận - Đoàn thể
Cập nhật ngày: 16/01/2012 14:22
Mặt trận tỉnh trao 3.000 phần quà Tết cho hộ nghèo đồng bào Khmer
Trong hai ngày 13 và 14/01/2012, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng do bà Lâm Thị Sa Phương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, chúc Tết và trao 3.000 phần quà cho hộ nghèo, gia đình chính sách tại các huyện Trần Đề, Vĩnh Châu và Mỹ Xuyên nhân dịp Tết Nguyên đán Nhâm Thìn 2012.
Bà Lâm Thị Sa Phương trao quà Tết cho hộ nghèo xã Vĩnh Hải. Ảnh: Thanh Hùng
Mỗi phần quà gồm 10 kg gạo, nước tương, đường, bột ngọt và 200.000 đồng tiền mặt, tổng trị giá trên 1,2 tỷ đồng, trích từ Quỹ "Vì người nghèo" tỉnh và nguồn vận động các doanh nghiệp. Trong số đó, 1.850 phần quà được trao cho hộ nghèo đồng bào Khmer ở các xã Vĩnh Hải, Lai Hòa, Lịch Hội Thượng và Tài Văn.
Tại xã Lai Hòa, ông Sơn Ngọc Thạch, Chủ tịch Ủy ban MTTQ Việt Nam xã cho biết, toàn xã hiện còn 612 hộ nghèo, chiếm 14,8% số hộ; năm qua Mặt trận xã đã phối hợp vận động xây 7 căn nhà Đại đoàn kết và sửa chữa 3 căn. Bà Thạch Thị Sa Quênh, 67 tuổi, ở ấp Xung Thum xúc động: "Năm nào Tết đến Mặt trận cũng nhớ tới, bà con nghèo ai cũng vui".
Cùng dịp, Đại đức Lâm Hoàng Tâm, trụ trì chùa Prêk Chrôu, đã tiếp nhận 50 phần quà để chuyển đến các gia đình khó khăn trong phum sóc. Đoàn cũng đến thăm, tặng quà 15 gia đình chính sách tại thị trấn Mỹ Xuyên, mỗi suất quà trị giá 500.000 đồng.
Theo Ủy ban MTTQ tỉnh, thực hiện Kế hoạch số 112/KH-MTTQ ngày 05/12/2011 về vận động chăm lo Tết cho người nghèo, Mặt trận ba cấp đã vận động được khoảng 9,5 tỷ đồng và hàng hóa; dự kiến đến ngày 20/01/2012 sẽ trao tổng cộng hơn 32.000 phần quà, bảo đảm hộ nghèo nào cũng có Tết. Toàn tỉnh hiện có 52.160 hộ nghèo theo chuẩn mới, tỷ lệ 17,5%.
Tại huyện Trần Đề, đoàn đã đến thăm gia đình bà Trần Thị Út, hộ nghèo neo đơn có chồng mất sớm, con bị bệnh nặng. Ông Lý Văn Sang, Bí thư Đảng ủy xã Tài Văn, thông tin xã đang vận động thêm nguồn lực để hỗ trợ gia đình bà sửa lại căn nhà đã xuống cấp trước mùa mưa.
Bà Lâm Thị Sa Phương đề nghị Mặt trận các huyện phối hợp với các chùa, Ban quản trị ấp lập danh sách đúng đối tượng, không để sót hộ nghèo, hộ có hoàn cảnh đặc biệt khó khăn.
Thanh Hùng - Ngọc Ánh
Số lượt xem: 1.024
Các tin khác
- Tỉnh ủy thăm, chúc Tết lực lượng vũ trang (12/01/2012)
- Hội LHPN tỉnh trao 500 suất quà cho phụ nữ nghèo (10/01/2012)
- Ngã Năm: bàn giao 15 căn nhà tình thương (06/01/2012)
- Hội chợ Xuân Nhâm Thìn khai mạc tại công viên Hùng Vương (04/01/2012)
""", "2012-01-16", "Mặt trận tỉnh trao 3.000 phần quà Tết cho hộ nghèo đồng bào Khmer",
E("trao_qua", None, "2012-01-13"),
[P("Lâm Thị Sa Phương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Trần Thị Út"), P("Lý Văn Sang", "Bí thư Đảng ủy xã Tài Văn"),
 P("Sơn Ngọc Thạch", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thạch Thị Sa Quênh"),
 P("Lâm Hoàng Tâm", "Đại đức", "trụ trì chùa Prêk Chrôu")],
[Q("3.000 phần quà", 3000, "phần quà"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("1.850 phần quà", 1850, "phần quà"), Q("612 hộ nghèo", 612, "hộ nghèo"),
 Q("14,8%", 14.8, "%"), Q("7 căn nhà Đại đoàn kết", 7, "căn nhà Đại đoàn kết"), Q("3 căn", 3, "căn"),
 Q("50 phần quà", 50, "phần quà"), Q("15 gia đình chính sách", 15, "gia đình chính sách"), Q("500.000 đồng", 500000, "đồng"),
 Q("khoảng 9,5 tỷ đồng", 9500000000, "đồng", "approx"), Q("hơn 32.000 phần quà", 32000, "phần quà", "over"),
 Q("52.160 hộ nghèo", 52160, "hộ nghèo"), Q("17,5%", 17.5, "%")],
[D("Kế hoạch", "112", "KH-MTTQ", "2011-12-05", None, "Kế hoạch số 112/KH-MTTQ ngày 05/12/2011")],
[prov("Sóc Trăng"), com("Vĩnh Hải"), com("Lai Hòa"), com("Lịch Hội Thượng"), com("Tài Văn"), com("Mỹ Xuyên")],
["Cổng thông tin điện tử tỉnh Sóc Trăng", "Tin tức - Sự kiện / Mặt trận - Đoàn thể",
 "Bà Lâm Thị Sa Phương trao quà Tết cho hộ nghèo xã Vĩnh Hải. Ảnh: Thanh Hùng", "Vì người nghèo", "Số lượt xem: 1.024", "Prêk Chrôu"],
["Cập nhật ngày: 16/01/2012 14:22", "67 tuổi", "Nhâm Thìn 2012", "Số lượt xem: 1.024"]))

PAGES.append(page("b3055-bentre-mttq-giaoban-quy3-2013", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẾN TRE
Bạn đang ở: Trang chủ » Tin tức » Hoạt động Mặt trận
08:40 | 08/10/2013
Đồng chí Huỳnh Văn Bé phát biểu chỉ đạo.
Giao ban công tác Mặt trận quý III
(MTTQ Bến Tre) - Sáng ngày 07/10/2013, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức giao ban công tác Mặt trận quý III năm 2013 với Ủy ban MTTQ các huyện, thành phố và các tổ chức thành viên. Đồng chí Huỳnh Văn Bé, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Trong quý, Mặt trận các cấp tiếp tục triển khai cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và Quỹ "Vì người nghèo". Quỹ ba cấp tiếp nhận thêm 1,85 tỷ đồng, nâng tổng số 9 tháng lên 6,4 tỷ đồng; đã chi xây dựng 96 căn nhà Đại đoàn kết, mỗi căn hỗ trợ 25 triệu đồng, và sửa chữa 41 căn. Ủy ban MTTQ các huyện Ba Tri, Thạnh Phú, Bình Đại đã phối hợp rà soát hộ nghèo, hộ cận nghèo chuẩn bị cho điều tra cuối năm; dự kiến tỷ lệ hộ nghèo toàn tỉnh cuối năm 2013 giảm còn khoảng 9,8%.
Ban Thường trực cũng đã ban hành Công văn số 215/MTTQ-BTT ngày 12/8/2013 hướng dẫn Mặt trận cơ sở tham gia giám sát việc thực hiện Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ hộ nghèo về nhà ở. Qua giám sát tại 18 xã, phát hiện 4 hộ được hỗ trợ không đúng đối tượng, đã kiến nghị địa phương điều chỉnh.
Các đại biểu cho rằng nguồn quỹ ở nhiều xã còn hạn chế, việc vận động chủ yếu dựa vào cán bộ, công chức và học sinh; một số doanh nghiệp đã cam kết ủng hộ nhưng chậm chuyển tiền. Ở một số nơi, việc bình xét hộ nghèo vẫn còn nể nang, chưa thật sự dân chủ, có hộ thoát nghèo nhưng chưa muốn ra khỏi danh sách để được hưởng chính sách.
Phát biểu tại giao ban, ông Trần Thanh Phong, Chủ tịch Ủy ban MTTQ Việt Nam huyện Mỏ Cày Nam, cho biết huyện đã vận động được 1.120 phần quà cho người nghèo dịp lễ Vu lan; bà Lê Thị Kim Loan, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, thông tin hội đã giúp 230 hội viên nghèo vay vốn với tổng dư nợ gần 3 tỷ đồng.
Kết luận giao ban, đồng chí Huỳnh Văn Bé đề nghị quý IV tập trung tổ chức Tháng cao điểm "Vì người nghèo" từ 17/10 đến 18/11, chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư và sơ kết 3 năm thực hiện Chỉ thị số 04-CT/TU của Tỉnh ủy về xây dựng nhà cho hộ nghèo. Đồng chí cũng nhắc các huyện báo cáo số liệu trước ngày 25 hằng tháng và đề nghị Ban Phong trào tham mưu kế hoạch kiểm tra việc sử dụng quỹ ở cấp xã trong quý IV.
Hải Đăng
Lượt xem: 643
Tin khác
- Thạnh Phú: Ngày hội Đại đoàn kết ở ấp An Điền (02/10/2013)
- Ba Tri trao 30 căn nhà cho hộ nghèo (20/09/2013)
- Mặt trận tỉnh thăm đồng bào bị thiên tai (11/09/2013)
""", "2013-10-08", "Giao ban công tác Mặt trận quý III",
E("giao_ban", "2013-Q3", "2013-10-07"),
[P("Huỳnh Văn Bé", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thanh Phong", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Mỏ Cày Nam"),
 P("Lê Thị Kim Loan", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")],
[Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("6,4 tỷ đồng", 6400000000, "đồng"), Q("96 căn nhà Đại đoàn kết", 96, "căn nhà Đại đoàn kết"),
 Q("25 triệu đồng", 25000000, "đồng"), Q("41 căn", 41, "căn"), Q("khoảng 9,8%", 9.8, "%", "approx"),
 Q("18 xã", 18, "xã"), Q("4 hộ", 4, "hộ"), Q("1.120 phần quà", 1120, "phần quà"), Q("230 hội viên nghèo", 230, "hội viên nghèo"),
 Q("gần 3 tỷ đồng", 3000000000, "đồng", "approx"), Q("100% khu dân cư", 100, "%")],
[D("Công văn", "215", "MTTQ-BTT", "2013-08-12", None, "Công văn số 215/MTTQ-BTT ngày 12/8/2013"),
 D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg"),
 D("Chỉ thị", "04", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 04-CT/TU")],
[prov("Bến Tre")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BẾN TRE", "Bạn đang ở: Trang chủ » Tin tức » Hoạt động Mặt trận",
 "Đồng chí Huỳnh Văn Bé phát biểu chỉ đạo.", "(MTTQ Bến Tre)", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 643"],
["08:40 | 08/10/2013", "quý III năm 2013", "9 tháng", "3 năm", "ngày 25 hằng tháng", "Lượt xem: 643"]))

PAGES.append(page("b3056-angiang-mttq-bangiao-nha-2014", """
Báo An Giang Online
Xã hội › Mặt trận - Đoàn thể
22-08-2014 07:15
Bàn giao 45 căn nhà Đại đoàn kết cho hộ nghèo người Chăm và Khmer
Ông Néang Sa Mây, Phó Chủ tịch UBMTTQVN tỉnh trao quyết định bàn giao nhà cho hộ nghèo. Ảnh: Hữu Nghĩa
(Báo An Giang) - Ngày 21-8, Ủy ban MTTQ Việt Nam tỉnh phối hợp UBND huyện Tri Tôn, Tịnh Biên và An Phú tổ chức lễ bàn giao 45 căn nhà Đại đoàn kết cho hộ nghèo đồng bào dân tộc Chăm, Khmer. Mỗi căn nhà có diện tích 40 m2, kinh phí xây dựng 35 triệu đồng, trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 30 triệu đồng, phần còn lại do gia đình và bà con lối xóm góp công.
Đến dự có ông Néang Sa Mây, Phó Chủ tịch UBMTTQVN tỉnh; ông Mohamad Ka Ri, Phó Trưởng ban Ban Dân tộc tỉnh; ông Chau Sóc Kha, Chủ tịch UBMTTQVN xã Châu Lăng.
Tại xã Châu Phong (Tân Châu) và xã Quốc Thái (An Phú), 18 căn nhà được trao cho hộ nghèo người Chăm. Ông Haji Ysa, Trưởng Ban đại diện Cộng đồng Hồi giáo tỉnh An Giang, cảm ơn Mặt trận đã quan tâm đến bà con Chăm vùng biên giới. Bà Fatimah, 58 tuổi, ở ấp Phũm Soài, người vừa nhận nhà mới, nói nhà cũ lợp lá đã dột nhiều năm, nay có nhà kiên cố để yên tâm đi làm thuê.
Ở Tri Tôn và Tịnh Biên, 27 căn nhà còn lại được trao cho đồng bào Khmer tại các xã Châu Lăng, Lê Trì, An Cư. Ông Chau Sóc Kha cho biết, xã còn 438 hộ nghèo, chiếm 21,5%; riêng năm nay Mặt trận xã vận động các chùa và người con xa quê đóng góp gần 400 triệu đồng để làm nhà và đường dal.
Theo Ban Thường trực Ủy ban MTTQ tỉnh, từ đầu năm 2014 đến nay, Quỹ "Vì người nghèo" các cấp vận động được 18,7 tỷ đồng; đã xây mới 512 căn nhà Đại đoàn kết và sửa chữa 106 căn, hỗ trợ khám chữa bệnh cho 2.400 lượt người nghèo. Việc xây dựng nhà thực hiện theo Hướng dẫn số 27/HD-MTTQ-BTT ngày 10/3/2014 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Quyết định số 1254/QĐ-UBND của UBND tỉnh về định mức hỗ trợ nhà ở cho hộ nghèo.
Ông Néang Sa Mây đề nghị chính quyền địa phương tiếp tục hỗ trợ các hộ vừa nhận nhà vay vốn, học nghề để sớm thoát nghèo; các hộ gia đình giữ gìn, sử dụng nhà đúng mục đích, không sang nhượng.
Đại diện nhà tài trợ, ông Lâm Quốc Thắng, Giám đốc Công ty TNHH Thắng Lợi, cho biết công ty đã đóng góp 300 triệu đồng vào Quỹ "Vì người nghèo" tỉnh để xây 10 căn nhà trong đợt này và sẽ tiếp tục đồng hành với Mặt trận trong những năm tới.
Dịp này, các nhà hảo tâm tặng thêm mỗi hộ 1 bao gạo 25 kg và 500.000 đồng.
Hữu Nghĩa
Chia sẻ: Facebook | Zalo
Tin cùng chuyên mục
- Phật giáo Hòa Hảo trao 200 căn nhà tình thương (18-08-2014)
- Chợ Mới: vận động hơn 1 tỷ đồng cho Quỹ Vì người nghèo (12-08-2014)
- Thoại Sơn ra mắt mô hình "Tổ nhân dân tự quản" (06-08-2014)
- Hội nghị người có uy tín đồng bào dân tộc thiểu số (31-07-2014)
""", "2014-08-22", "Bàn giao 45 căn nhà Đại đoàn kết cho hộ nghèo người Chăm và Khmer",
E("trao_qua", None, "2014-08-21"),
[P("Néang Sa Mây", "Phó Chủ tịch UBMTTQVN tỉnh"),
 P("Mohamad Ka Ri", "Phó Trưởng ban Ban Dân tộc tỉnh"),
 P("Chau Sóc Kha", "Chủ tịch UBMTTQVN xã Châu Lăng"),
 P("Haji Ysa", "Trưởng Ban đại diện Cộng đồng Hồi giáo tỉnh An Giang"),
 P("Fatimah"), P("Lâm Quốc Thắng", "Giám đốc Công ty TNHH Thắng Lợi")],
[Q("45 căn nhà Đại đoàn kết", 45, "căn nhà Đại đoàn kết"), Q("40 m2", 40, "m2"), Q("35 triệu đồng", 35000000, "đồng"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("18 căn nhà", 18, "căn nhà"), Q("27 căn nhà", 27, "căn nhà"),
 Q("438 hộ nghèo", 438, "hộ nghèo"), Q("21,5%", 21.5, "%"), Q("gần 400 triệu đồng", 400000000, "đồng", "approx"),
 Q("18,7 tỷ đồng", 18700000000, "đồng"), Q("512 căn nhà Đại đoàn kết", 512, "căn nhà Đại đoàn kết"), Q("106 căn", 106, "căn"),
 Q("2.400 lượt người nghèo", 2400, "lượt người nghèo"), Q("25 kg", 25, "kg"), Q("500.000 đồng", 500000, "đồng"),
 Q("300 triệu đồng", 300000000, "đồng"), Q("10 căn nhà", 10, "căn nhà")],
[D("Hướng dẫn", "27", "HD-MTTQ-BTT", "2014-03-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 27/HD-MTTQ-BTT ngày 10/3/2014"),
 D("Quyết định", "1254", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1254/QĐ-UBND")],
[prov("An Giang"), com("Châu Lăng"), com("Châu Phong"), com("Quốc Thái"), com("Lê Trì"), com("An Cư")],
["Báo An Giang Online", "Xã hội › Mặt trận - Đoàn thể",
 "Ông Néang Sa Mây, Phó Chủ tịch UBMTTQVN tỉnh trao quyết định bàn giao nhà cho hộ nghèo. Ảnh: Hữu Nghĩa", "(Báo An Giang)",
 "Vì người nghèo", "Chia sẻ: Facebook | Zalo", "Phũm Soài"],
["22-08-2014 07:15", "Ngày 21-8", "58 tuổi", "1 bao gạo", "năm 2014"]))

PAGES.append(page("b3057-kiengiang-mttq-giamsat-nhao-2015", """
UBMTTQ VIỆT NAM TỈNH KIÊN GIANG
Trang chủ | Giám sát và phản biện xã hội
Thứ Năm, 17/09/2015 - 16:05
Giám sát việc hỗ trợ nhà ở cho hộ nghèo tại huyện Gò Quao
Từ ngày 14 đến 16/9/2015, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Kiên Giang do ông Danh Út, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở theo Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015 của Thủ tướng Chính phủ tại huyện Gò Quao. Đây là một trong 3 cuộc giám sát chuyên đề năm 2015 của Mặt trận tỉnh theo Kế hoạch số 14/KH-MTTQ-BTT.
Đoàn giám sát làm việc với UBND huyện Gò Quao.
Báo cáo của UBND huyện cho biết, toàn huyện có 3.912 hộ nghèo, chiếm 10,2% số hộ, trong đó hộ nghèo đồng bào Khmer là 1.645 hộ. Giai đoạn 2009 - 2014, huyện đã hỗ trợ làm mới 1.076 căn nhà theo Quyết định số 167/2008/QĐ-TTg, mỗi hộ được vay 8 triệu đồng và hỗ trợ 7 triệu đồng; hiện còn khoảng 520 hộ nghèo có nhà ở tạm bợ cần được hỗ trợ theo chính sách mới.
Đoàn đã khảo sát thực tế 30 hộ tại các xã Định An, Vĩnh Hòa Hưng Bắc và Thủy Liễu. Qua giám sát, đoàn ghi nhận việc bình xét công khai, đúng quy trình; tuy nhiên có 6 căn nhà xây chưa đạt diện tích tối thiểu 24 m2, 2 hộ đã bán nhà sau khi được hỗ trợ. Một số hộ chưa trả được nợ vay làm nhà do thu nhập bấp bênh. Ở vài ấp, việc công khai danh sách hộ được hỗ trợ chỉ dán tại trụ sở xã, người dân ở xa ít biết; biên bản nghiệm thu còn sơ sài, chưa có chữ ký của đại diện Ban Thanh tra nhân dân.
Ông Danh Sà Ly, Chủ tịch Ủy ban MTTQ Việt Nam xã Định An, kiến nghị nâng mức vay lên 25 triệu đồng/hộ như Quyết định 33 quy định và cho phép Mặt trận xã vận động ngày công, vật liệu để căn nhà rộng hơn. Bà Thị Sà Rươl, hộ nghèo ấp Hòa Hưng, cho biết nhờ được hỗ trợ mà gia đình 5 người có chỗ ở, đi làm thuê yên tâm hơn.
Kết luận đợt giám sát, ông Danh Út đề nghị UBND huyện chỉ đạo rà soát, lập danh sách hộ nghèo được hỗ trợ theo Quyết định 33/2015/QĐ-TTg đúng đối tượng, ưu tiên hộ đồng bào dân tộc thiểu số, người cao tuổi, người khuyết tật; phối hợp Ngân hàng Chính sách xã hội giải ngân kịp thời. Mặt trận các xã cần tham gia giám sát từ khâu bình xét đến nghiệm thu, thu hồi hỗ trợ với 2 hộ bán nhà.
Cùng dự có bà Nguyễn Thị Mỹ Hạnh, Phó Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, và đại diện Ngân hàng Chính sách xã hội tỉnh.
Kim Ngân
Lượt xem: 417
Tin liên quan
- Mặt trận tỉnh phản biện dự thảo Nghị quyết về chính sách giảm nghèo (28/08/2015)
- An Biên: giám sát việc sử dụng Quỹ "Vì người nghèo" (14/08/2015)
- Giồng Riềng bàn giao 30 căn nhà Đại đoàn kết (03/08/2015)
""", "2015-09-17", "Giám sát việc hỗ trợ nhà ở cho hộ nghèo tại huyện Gò Quao",
E("giam_sat", "2015", "2015-09-14"),
[P("Danh Út", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Sà Ly", "Chủ tịch Ủy ban MTTQ Việt Nam xã Định An"),
 P("Thị Sà Rươl"),
 P("Nguyễn Thị Mỹ Hạnh", "Phó Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("3 cuộc giám sát chuyên đề", 3, "cuộc giám sát chuyên đề"), Q("3.912 hộ nghèo", 3912, "hộ nghèo"), Q("10,2%", 10.2, "%"),
 Q("1.645 hộ", 1645, "hộ"), Q("1.076 căn nhà", 1076, "căn nhà"), Q("8 triệu đồng", 8000000, "đồng"), Q("7 triệu đồng", 7000000, "đồng"),
 Q("khoảng 520 hộ nghèo", 520, "hộ nghèo", "approx"), Q("30 hộ", 30, "hộ"), Q("6 căn nhà", 6, "căn nhà"),
 Q("24 m2", 24, "m2"), Q("2 hộ", 2, "hộ"), Q("25 triệu đồng", 25000000, "đồng"), Q("5 người", 5, "người")],
[D("Quyết định", "33", "2015/QĐ-TTg", "2015-08-10", "Thủ tướng Chính phủ", "Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015"),
 D("Kế hoạch", "14", "KH-MTTQ-BTT", None, None, "Kế hoạch số 14/KH-MTTQ-BTT"),
 D("Quyết định", "167", "2008/QĐ-TTg", None, None, "Quyết định số 167/2008/QĐ-TTg")],
[prov("Kiên Giang"), com("Định An"), com("Vĩnh Hòa Hưng Bắc"), com("Thủy Liễu")],
["UBMTTQ VIỆT NAM TỈNH KIÊN GIANG", "Trang chủ | Giám sát và phản biện xã hội", "Đoàn giám sát làm việc với UBND huyện Gò Quao.",
 "Lượt xem: 417", "Ngân hàng Chính sách xã hội"],
["Thứ Năm, 17/09/2015 - 16:05", "năm 2015", "2009 - 2014", "Quyết định 33", "Lượt xem: 417"]))

PAGES.append(page("b3058-camau-mttq-giaoban-thang5-2016", """
BÁO CÀ MAU ĐIỆN TỬ
Thời sự > Chính trị
Cập nhật lúc 15:30 ngày 03/06/2016
Đồng chí Lê Văn Sĩ, Chủ tịch UBMTTQ tỉnh phát biểu tại cuộc họp.
Mặt trận tỉnh: Tập trung vận động giúp dân vùng hạn mặn
(CMO) Chiều 2/6, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cà Mau tổ chức giao ban công tác Mặt trận tháng 5/2016, triển khai nhiệm vụ tháng 6. Đồng chí Lê Văn Sĩ, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Trong tháng 5, Mặt trận các cấp tập trung vận động hỗ trợ người dân bị ảnh hưởng hạn hán, xâm nhập mặn. Ủy ban MTTQ tỉnh đã tiếp nhận 2,35 tỷ đồng từ các tổ chức, cá nhân, trao 4.600 phần quà cho hộ nghèo ở các huyện U Minh, Trần Văn Thời, Thới Bình; mỗi phần trị giá 400.000 đồng. Mặt trận cũng phối hợp lắp đặt 215 bồn chứa nước cho hộ nghèo, hộ cận nghèo thiếu nước sinh hoạt.
Về Quỹ "Vì người nghèo", 5 tháng đầu năm các cấp vận động được 3,9 tỷ đồng; đã xây mới 64 căn nhà Đại đoàn kết. Theo kết quả rà soát theo chuẩn nghèo giai đoạn 2016 - 2020 tại Quyết định số 59/2015/QĐ-TTg, toàn tỉnh có 22.487 hộ nghèo, tỷ lệ 8,42%, và 13.905 hộ cận nghèo.
Bà Trần Thị Mỹ Lệ, Phó Chủ tịch Thường trực UBMTTQ tỉnh, thông tin tiến độ chuẩn bị bầu cử: Mặt trận đã phối hợp tổ chức 312 hội nghị tiếp xúc cử tri trước bầu cử và tuyên truyền cho hơn 780.000 cử tri đi bầu. Ông Thạch Ngọc Tâm, Chủ tịch UBMTTQ huyện Thới Bình, đề nghị tỉnh tiếp tục phân bổ nguồn hỗ trợ cho các xã Biển Bạch, Tân Bằng vì nhiều hộ không có nước sạch.
Nhiều ý kiến cho rằng nguồn lực xã hội hóa đang dồn vào hỗ trợ khẩn cấp, nên việc xây nhà Đại đoàn kết ở một số huyện bị chậm so với kế hoạch; có nơi Mặt trận xã chưa kịp thời cập nhật danh sách hộ nghèo phát sinh do mất mùa, dẫn đến trao quà còn trùng lắp.
Kết luận, Chủ tịch UBMTTQ tỉnh Lê Văn Sĩ yêu cầu tháng 6 Mặt trận các cấp tiếp tục thực hiện Kế hoạch số 86/KH-MTTQ-BTT ngày 12/4/2016 về vận động ủng hộ người dân vùng hạn mặn, rà soát 100% hộ nghèo thiếu nhà ở để đề xuất hỗ trợ từ Quỹ "Vì người nghèo", đồng thời sơ kết 6 tháng đầu năm trước ngày 20/6.
Tại cuộc họp, các đại biểu thống nhất đề nghị UBND tỉnh sớm ban hành quy định mức hỗ trợ xây nhà Đại đoàn kết từ nguồn xã hội hóa, tránh tình trạng mỗi nơi áp dụng một mức khác nhau; đồng thời kiến nghị các ngân hàng giãn nợ cho hộ nghèo mất mùa do hạn mặn.
Lam Khánh
Bình luận (0)
Tin khác
- Phường 8 ra mắt Tổ tự quản giảm nghèo (30/5/2016)
- Năm Căn: trao 50 căn nhà cho hộ nghèo (25/5/2016)
- Hội Nông dân tỉnh hỗ trợ giống lúa chịu mặn (20/5/2016)
- Ngọc Hiển tiếp nhận 300 triệu đồng ủng hộ người nghèo (16/5/2016)
""", "2016-06-03", "Mặt trận tỉnh: Tập trung vận động giúp dân vùng hạn mặn",
E("giao_ban", "2016-05", "2016-06-02"),
[P("Lê Văn Sĩ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch UBMTTQ tỉnh"),
 P("Trần Thị Mỹ Lệ", "Phó Chủ tịch Thường trực UBMTTQ tỉnh"),
 P("Thạch Ngọc Tâm", "Chủ tịch UBMTTQ huyện Thới Bình")],
[Q("2,35 tỷ đồng", 2350000000, "đồng"), Q("4.600 phần quà", 4600, "phần quà"), Q("400.000 đồng", 400000, "đồng"),
 Q("215 bồn chứa nước", 215, "bồn chứa nước"), Q("3,9 tỷ đồng", 3900000000, "đồng"), Q("64 căn nhà Đại đoàn kết", 64, "căn nhà Đại đoàn kết"),
 Q("22.487 hộ nghèo", 22487, "hộ nghèo"), Q("8,42%", 8.42, "%"), Q("13.905 hộ cận nghèo", 13905, "hộ cận nghèo"),
 Q("312 hội nghị tiếp xúc cử tri", 312, "hội nghị tiếp xúc cử tri"), Q("hơn 780.000 cử tri", 780000, "cử tri", "over"),
 Q("100% hộ nghèo", 100, "%")],
[D("Quyết định", "59", "2015/QĐ-TTg", None, None, "Quyết định số 59/2015/QĐ-TTg"),
 D("Kế hoạch", "86", "KH-MTTQ-BTT", "2016-04-12", None, "Kế hoạch số 86/KH-MTTQ-BTT ngày 12/4/2016")],
[prov("Cà Mau"), com("Biển Bạch"), com("Tân Bằng")],
["BÁO CÀ MAU ĐIỆN TỬ", "Thời sự > Chính trị", "Đồng chí Lê Văn Sĩ, Chủ tịch UBMTTQ tỉnh phát biểu tại cuộc họp.", "(CMO)",
 "Vì người nghèo", "Bình luận (0)"],
["Cập nhật lúc 15:30 ngày 03/06/2016", "tháng 5/2016", "5 tháng đầu năm", "2016 - 2020", "6 tháng đầu năm", "ngày 20/6", "Bình luận (0)"]))
