from lib import *
PAGES = []

PAGES.append(page("b9317-hagiang-bdv-traoqua-tet-2011", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Trang chủ > Tin tức - Sự kiện > Hoạt động dân vận
Thứ Tư, 26/01/2011 - 16:30
Đồng chí Sùng Mí Chá trao quà cho hộ nghèo xã Lũng Cú.
Trao 650 suất quà Tết cho hộ nghèo vùng cao Đồng Văn
Ngày 25/1/2011, đoàn công tác Ban Dân vận Tỉnh ủy do đồng chí Sùng Mí Chá, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết và trao 650 suất quà Tết Tân Mão cho hộ nghèo, gia đình chính sách tại các xã Lũng Cú, Ma Lé và Sà Phìn, huyện Đồng Văn, tỉnh Hà Giang.
Thực hiện Kế hoạch số 86-KH/BDVTU ngày 4/1/2011 của Ban Dân vận Tỉnh ủy về thăm, tặng quà nhân dịp Tết Nguyên đán, mỗi suất quà gồm 10 kg gạo, chăn ấm và 200.000 đồng tiền mặt; tổng trị giá gần 390 triệu đồng, trong đó Quỹ "Vì người nghèo" của tỉnh hỗ trợ 250 triệu đồng, phần còn lại do các doanh nghiệp và cán bộ, công chức khối dân vận đóng góp.
Tham gia đoàn có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lý Văn Hùng, Ngô Thị Yến cùng đại diện Ủy ban MTTQ Việt Nam tỉnh, Hội Chữ thập đỏ tỉnh.
Tại xã Lũng Cú, đồng chí Sùng Mí Chá thăm hỏi đời sống của bà con người Mông, Lô Lô; đề nghị cấp ủy, chính quyền xã vận động nhân dân đón Tết vui tươi, tiết kiệm, không để hộ nào thiếu đói trong dịp Tết. Ông Hoàng Văn Páo, Bí thư Đảng ủy xã Lũng Cú cho biết, toàn xã hiện còn 412 hộ nghèo, chiếm 58,3% số hộ; năm 2010 xã được hỗ trợ làm 37 căn nhà theo Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008 của Thủ tướng Chính phủ về hỗ trợ hộ nghèo về nhà ở.
Già làng Giàng Seo Lử, người có uy tín thôn Lô Lô Chải, xúc động nói: "Năm nào Đảng, Nhà nước cũng nhớ đến bà con vùng biên, có gạo, có chăn, Tết này bà con yên tâm đón xuân".
Tại xã Ma Lé và xã Sà Phìn, đoàn đã đến thăm 6 gia đình thương binh, liệt sĩ và 4 già làng tiêu biểu. Bà Lầu Thị Mai, Chủ tịch Ủy ban MTTQ xã Sà Phìn, cho biết Mặt trận xã đã vận động được 18 tấn ngô giống và gần 3.000 cây giống ăn quả từ các nhà hảo tâm để hỗ trợ bà con sản xuất vụ xuân.
Dịp này, Ban Dân vận Tỉnh ủy cũng đề nghị Ban Dân vận các huyện ủy phối hợp với Mặt trận, các đoàn thể tổ chức thăm, tặng quà Tết tại cơ sở, bảo đảm "mọi nhà, mọi người đều có Tết" theo tinh thần Chỉ thị số 45-CT/TU ngày 20/12/2010 của Ban Thường vụ Tỉnh ủy về tổ chức Tết Nguyên đán Tân Mão 2011.
Vàng Thị Hoa
Số lượt xem: 1.204
Tin liên quan
- Mèo Vạc: bàn giao 25 nhà Đại đoàn kết cho hộ nghèo (18/01/2011)
- Hội nghị tổng kết công tác dân vận năm 2010 (28/12/2010)
- Quản Bạ ra mắt mô hình "Dân vận khéo" (10/12/2010)
- Yên Minh: vận động nhân dân hiến đất làm đường liên thôn (29/11/2010)
""", "2011-01-26", "Trao 650 suất quà Tết cho hộ nghèo vùng cao Đồng Văn",
E("trao_qua", None, "2011-01-25"),
[P("Sùng Mí Chá", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ngô Thị Yến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Páo", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Giàng Seo Lử", "Già làng", "người có uy tín thôn Lô Lô Chải"),
 P("Lầu Thị Mai", "Chủ tịch Ủy ban MTTQ xã Sà Phìn")],
[Q("650 suất quà", 650, "suất quà"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("gần 390 triệu đồng", 390000000, "đồng", "approx"), Q("250 triệu đồng", 250000000, "đồng"),
 Q("412 hộ nghèo", 412, "hộ nghèo"), Q("58,3%", 58.3, "%"), Q("37 căn nhà", 37, "căn nhà"),
 Q("6 gia đình thương binh, liệt sĩ", 6, "gia đình thương binh, liệt sĩ"), Q("4 già làng tiêu biểu", 4, "già làng tiêu biểu"),
 Q("18 tấn", 18, "tấn"), Q("gần 3.000 cây giống ăn quả", 3000, "cây giống ăn quả", "approx")],
[D("Kế hoạch", "86", "KH/BDVTU", "2011-01-04", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 86-KH/BDVTU ngày 4/1/2011"),
 D("Quyết định", "167", "2008/QĐ-TTg", "2008-12-12", "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008"),
 D("Chỉ thị", "45", "CT/TU", "2010-12-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 45-CT/TU ngày 20/12/2010")],
[prov("Hà Giang"), com("Lũng Cú"), com("Ma Lé"), com("Sà Phìn")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Trang chủ > Tin tức - Sự kiện > Hoạt động dân vận",
 "Đồng chí Sùng Mí Chá trao quà cho hộ nghèo xã Lũng Cú.", "Vì người nghèo", "mọi nhà, mọi người đều có Tết",
 "Số lượt xem: 1.204", "Lô Lô Chải"],
["Thứ Tư, 26/01/2011 - 16:30", "Tết Nguyên đán Tân Mão 2011", "năm 2010", "Số lượt xem: 1.204"]))

PAGES.append(page("b9318-quangtri-mttq-tongket-quy-2012", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
Trang chủ / Hoạt động Mặt trận / Vì người nghèo
28/12/2012 - 09:15
Ảnh: Quang cảnh hội nghị.
Quỹ "Vì người nghèo" giúp hơn 1.100 hộ thoát nghèo
Sáng 27/12, Ban vận động Quỹ "Vì người nghèo" tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác vận động, quản lý và sử dụng Quỹ năm 2012, triển khai nhiệm vụ năm 2013. Đồng chí Hồ Văn Nhương, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban vận động Quỹ chủ trì hội nghị.
Theo báo cáo do bà Trần Thị Lệ Thủy, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh trình bày, năm 2012 Quỹ "Vì người nghèo" các cấp trong tỉnh vận động được 8,6 tỷ đồng, tăng 12% so với năm trước. Từ nguồn Quỹ, các cấp đã xây mới 312 nhà Đại đoàn kết, sửa chữa 95 nhà, mỗi căn nhà xây mới được hỗ trợ 20 triệu đồng; trao 6.820 suất quà Tết trị giá hơn 2 tỷ đồng; hỗ trợ 2.400 học sinh nghèo học bổng, sách vở. Nhờ đó, trong năm có hơn 1.100 hộ thoát nghèo, tỷ lệ hộ nghèo toàn tỉnh giảm còn 13,4%.
Công tác vận động được triển khai theo Chỉ thị 14, 15-CT/TU của Ban Thường vụ Tỉnh ủy và Kế hoạch số 22/KH-MTTQ-BTT ngày 2/10/2012 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, gắn với thực hiện Nghị quyết số 80/NQ-CP ngày 19/5/2011 của Chính phủ về định hướng giảm nghèo bền vững thời kỳ từ năm 2011 đến năm 2020.
Tại hội nghị, ông Kăn Đin, Bí thư Đảng ủy xã A Ngo, huyện Đakrông, cho biết nhờ nguồn Quỹ, xã đã làm được 28 căn nhà Đại đoàn kết cho đồng bào Pa Kô, Vân Kiều; bà con góp hơn 600 ngày công vận chuyển vật liệu. Ông Hồ Văn Ly, Chủ tịch Ủy ban MTTQ xã Hướng Lập, đề nghị nâng mức hỗ trợ vì giá vật liệu ở vùng cao tăng mạnh, một căn nhà 3 gian phải tốn trên 45 triệu đồng.
Một số ý kiến cho rằng ở vài nơi việc bình xét hộ được hỗ trợ còn chậm, công khai chưa đầy đủ; việc vận động doanh nghiệp ngoài tỉnh, con em quê hương làm ăn xa chưa được quan tâm đúng mức; sự phối hợp giữa Mặt trận với ngành lao động - thương binh và xã hội trong rà soát hộ nghèo có lúc chưa chặt chẽ.
Phát biểu kết luận, đồng chí Hồ Văn Nhương yêu cầu năm 2013 Mặt trận các cấp tiếp tục phát huy tinh thần "lá lành đùm lá rách", phấn đấu xóa cơ bản nhà tạm cho hộ nghèo ở các xã biên giới; thực hiện công khai, minh bạch thu, chi Quỹ ở cả 3 cấp.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 16 tập thể và 23 cá nhân có thành tích xuất sắc trong vận động Quỹ "Vì người nghèo" năm 2012.
Minh Đức
Lượt đọc: 532
Các tin khác
- Trao 150 suất quà cho hộ nghèo huyện Hướng Hóa (20/12/2012)
- Vĩnh Linh bàn giao 12 nhà Đại đoàn kết (05/12/2012)
- Gio Linh ra mắt mô hình "Khu dân cư không có hộ nghèo ở nhà tạm" (28/11/2012)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 8 (22/11/2012)
""", "2012-12-28", "Quỹ \"Vì người nghèo\" giúp hơn 1.100 hộ thoát nghèo",
E("tong_ket", "2012", "2012-12-27"),
[P("Hồ Văn Nhương", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban vận động Quỹ"),
 P("Trần Thị Lệ Thủy", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kăn Đin", "Bí thư Đảng ủy xã A Ngo"),
 P("Hồ Văn Ly", "Chủ tịch Ủy ban MTTQ xã Hướng Lập")],
[Q("hơn 1.100 hộ", 1100, "hộ", "over"), Q("8,6 tỷ đồng", 8600000000, "đồng"), Q("12%", 12, "%"),
 Q("312 nhà Đại đoàn kết", 312, "nhà Đại đoàn kết"), Q("95 nhà", 95, "nhà"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("6.820 suất quà", 6820, "suất quà"), Q("hơn 2 tỷ đồng", 2000000000, "đồng", "over"),
 Q("2.400 học sinh nghèo", 2400, "học sinh nghèo"), Q("13,4%", 13.4, "%"),
 Q("28 căn nhà Đại đoàn kết", 28, "căn nhà Đại đoàn kết"), Q("hơn 600 ngày công", 600, "ngày công", "over"),
 Q("trên 45 triệu đồng", 45000000, "đồng", "over"), Q("3 cấp", 3, "cấp"),
 Q("16 tập thể", 16, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Chỉ thị", "14", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14, 15-CT/TU"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14, 15-CT/TU"),
 D("Kế hoạch", "22", "KH-MTTQ-BTT", "2012-10-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 22/KH-MTTQ-BTT ngày 2/10/2012"),
 D("Nghị quyết", "80", "NQ-CP", "2011-05-19", "Chính phủ", "Nghị quyết số 80/NQ-CP ngày 19/5/2011")],
[prov("Quảng Trị"), com("A Ngo"), com("Hướng Lập")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ", "Trang chủ / Hoạt động Mặt trận / Vì người nghèo",
 "Ảnh: Quang cảnh hội nghị.", "Vì người nghèo", "lá lành đùm lá rách", "Lượt đọc: 532"],
["28/12/2012 - 09:15", "năm 2012", "năm 2013", "một căn nhà 3 gian", "Lượt đọc: 532"]))

PAGES.append(page("b9319-soctrang-mttq-traonha-ddk-2013", """
Báo Sóc Trăng Online
Thời sự » Xã hội » Dân tộc - Tôn giáo
Cập nhật lúc 15:45 ngày 14/08/2013
Trao 20 căn nhà Đại đoàn kết cho đồng bào Khmer nghèo Trần Đề
(STO) - Ngày 13/8, Ủy ban MTTQ Việt Nam huyện Trần Đề phối hợp với Ban Dân vận Huyện ủy tổ chức lễ bàn giao 20 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Khmer tại các xã Đại Ân 2, Lịch Hội Thượng và Trung Bình.
Đại đức Kim Sa Ráth trao quyết định bàn giao nhà cho hộ nghèo. Ảnh: Hoàng Lê
Mỗi căn nhà có diện tích 40 m2, khung bê tông cốt thép, mái tôn, trị giá 35 triệu đồng; trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 25 triệu đồng, số còn lại do gia đình đối ứng và bà con trong phum, sóc góp công. Kinh phí xây dựng 20 căn nhà lấy từ nguồn vận động nhân dịp Lễ Sen Dolta năm 2012 và sự đóng góp của các nhà chùa.
Phát biểu tại buổi lễ, bà Sơn Thị Sa Rươn, HUV, Trưởng Ban Dân vận Huyện ủy Trần Đề, nhấn mạnh việc bàn giao nhà là kết quả cụ thể của việc thực hiện Chỉ thị số 68-CT/TW ngày 18/4/1991 của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer và Kế hoạch số 15/KH-MTTQ ngày 3/3/2013 của Ủy ban MTTQ Việt Nam huyện về xây dựng nhà Đại đoàn kết năm 2013.
Ông Thạch Sô Phên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết từ đầu năm đến nay, Mặt trận các cấp trong tỉnh đã xây mới và sửa chữa 486 căn nhà Đại đoàn kết, tổng kinh phí trên 14,5 tỷ đồng; riêng đồng bào Khmer chiếm hơn 60%. Ông đề nghị các hộ được nhận nhà tiếp tục vươn lên, sử dụng hiệu quả nguồn vốn vay của Ngân hàng Chính sách xã hội, phấn đấu thoát nghèo bền vững.
Đại đức Kim Sa Ráth, Phó Trưởng Ban Trị sự Hội Đoàn kết sư sãi yêu nước huyện, trụ trì chùa Prây Chóp, cho biết nhà chùa đã vận động phật tử đóng góp 62 triệu đồng và 120 ngày công để xây nhà cho bà con.
Xúc động khi nhận nhà mới, bà Lý Thị Sà Phoa ở ấp Tắc Gồng, xã Lịch Hội Thượng, chia sẻ: "Nhà cũ dột nát, mưa là cả nhà 5 người phải đi ngủ nhờ, nay có nhà kiên cố rồi, tôi sẽ cố gắng nuôi bò, làm ruộng để thoát nghèo".
Ông Trần Văn Út, Chủ tịch Ủy ban MTTQ Việt Nam xã Đại Ân 2, cho biết xã còn 317 hộ nghèo, trong đó có 41 hộ đang ở nhà tạm, xã đã lập danh sách đề nghị hỗ trợ trong năm 2014.
Theo kế hoạch, đến cuối năm 2013, huyện Trần Đề sẽ bàn giao thêm 35 căn nhà Đại đoàn kết cho hộ nghèo. Ban Dân vận Huyện ủy cũng đề nghị các chùa Khmer tiếp tục phát huy vai trò của sư sãi, vận động phật tử chung tay giúp đỡ hộ nghèo, giữ gìn an ninh trật tự trong phum, sóc, không nghe theo kẻ xấu kích động.
Hoàng Lê
TIN CÙNG CHUYÊN MỤC
- Mỹ Xuyên: 15 căn nhà tình thương đến với hộ nghèo (09/08/2013)
- Tặng 300 phần quà cho hộ nghèo nhân Lễ Sen Dolta (02/08/2013)
- Vĩnh Châu ra mắt mô hình "Sóc không có đơn thư vượt cấp" (25/07/2013)
""", "2013-08-14", "Trao 20 căn nhà Đại đoàn kết cho đồng bào Khmer nghèo Trần Đề",
E("trao_qua", None, "2013-08-13"),
[P("Kim Sa Ráth", "Đại đức", "Phó Trưởng Ban Trị sự Hội Đoàn kết sư sãi yêu nước huyện", "trụ trì chùa Prây Chóp"),
 P("Sơn Thị Sa Rươn", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Đề"),
 P("Thạch Sô Phên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Thị Sà Phoa"),
 P("Trần Văn Út", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đại Ân 2")],
[Q("20 căn nhà Đại đoàn kết", 20, "căn nhà Đại đoàn kết"), Q("40 m2", 40, "m2"), Q("35 triệu đồng", 35000000, "đồng"),
 Q("25 triệu đồng", 25000000, "đồng"), Q("486 căn nhà Đại đoàn kết", 486, "căn nhà Đại đoàn kết"),
 Q("trên 14,5 tỷ đồng", 14500000000, "đồng", "over"), Q("hơn 60%", 60, "%", "over"),
 Q("62 triệu đồng", 62000000, "đồng"), Q("120 ngày công", 120, "ngày công"), Q("5 người", 5, "người"),
 Q("317 hộ nghèo", 317, "hộ nghèo"), Q("41 hộ", 41, "hộ"), Q("35 căn nhà Đại đoàn kết", 35, "căn nhà Đại đoàn kết")],
[D("Chỉ thị", "68", "CT/TW", "1991-04-18", "Ban Bí thư", "Chỉ thị số 68-CT/TW ngày 18/4/1991"),
 D("Kế hoạch", "15", "KH-MTTQ", "2013-03-03", "Ủy ban MTTQ Việt Nam huyện", "Kế hoạch số 15/KH-MTTQ ngày 3/3/2013")],
[prov("Sóc Trăng"), com("Đại Ân 2"), com("Lịch Hội Thượng"), com("Trung Bình")],
["Báo Sóc Trăng Online", "Thời sự » Xã hội » Dân tộc - Tôn giáo", "(STO)",
 "Đại đức Kim Sa Ráth trao quyết định bàn giao nhà cho hộ nghèo. Ảnh: Hoàng Lê", "Vì người nghèo",
 "Ngân hàng Chính sách xã hội", "Hội Đoàn kết sư sãi yêu nước huyện", "Lễ Sen Dolta", "Tắc Gồng"],
["Cập nhật lúc 15:45 ngày 14/08/2013", "năm 2012", "năm 2013", "năm 2014"]))

PAGES.append(page("b9320-nghean-mttq-phatdong-thangcaodiem-2014", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Nghệ An
Trang chủ >> Hoạt động >> Vì người nghèo - An sinh xã hội
17-10-2014 08:40
Phát động ủng hộ người nghèo: hơn 4,3 tỷ đồng được đăng ký ngay tại hội nghị
Sáng 16/10, tại thành phố Vinh, Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức hội nghị phát động Tháng cao điểm "Vì người nghèo" năm 2014 (từ ngày 17/10 đến ngày 18/11/2014). Dự hội nghị có đồng chí Hoàng Đình Nhân, Phó Bí thư Tỉnh ủy; đồng chí Vi Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trần Hữu Bình, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Các đơn vị, doanh nghiệp trao biểu trưng ủng hộ Quỹ "Vì người nghèo" tỉnh.
Năm 2013, Quỹ "Vì người nghèo" các cấp trong tỉnh đã tiếp nhận hơn 37,8 tỷ đồng; xây mới 1.250 nhà Đại đoàn kết và sửa chữa 318 nhà cho hộ nghèo, hỗ trợ giống, vốn sản xuất cho 2.900 hộ. Tỷ lệ hộ nghèo toàn tỉnh giảm từ 13,3% xuống còn 11,2%. Tuy vậy, ở 6 huyện miền núi cao như Kỳ Sơn, Tương Dương, Quế Phong, tỷ lệ hộ nghèo vẫn trên 40%, còn gần 3.500 hộ đang ở nhà tạm.
Thực hiện Hướng dẫn số 35/HD-MTTW-BTT ngày 10/9/2014 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Ban Thường trực Ủy ban MTTQ tỉnh đã ban hành Quyết định số 112, 113/QĐ-MTTQ-BTT về kiện toàn Ban vận động Quỹ và Ban Chỉ đạo xây dựng nhà Đại đoàn kết. Mục tiêu năm 2014 là vận động ít nhất 40 tỷ đồng, xây mới 1.500 nhà cho hộ nghèo, ưu tiên đồng bào dân tộc Thái, Mông, Khơ Mú ở vùng biên giới.
Tại hội nghị, đồng chí Lương Văn Khăm, Chủ tịch Ủy ban MTTQ huyện Quế Phong, đề nghị các doanh nghiệp nhận đỡ đầu xây nhà theo từng bản. Ông Xồng Bá Vừ, người có uy tín bản Huồi Giảng 1, xã Mường Lống, phát biểu: "Được ở nhà mới, bà con người Mông sẽ không du canh du cư nữa, yên tâm trồng rừng, chăn nuôi".
Phát biểu phát động, đồng chí Hoàng Đình Nhân đề nghị mỗi cán bộ, công chức, viên chức, người lao động trong tỉnh ủng hộ ít nhất 1 ngày lương; các doanh nghiệp tùy khả năng nhận hỗ trợ xây nhà hoặc hỗ trợ sinh kế; Mặt trận các cấp công khai danh sách hộ được giúp đỡ tại khu dân cư.
Ngay tại hội nghị, 32 cơ quan, đơn vị, doanh nghiệp đã đăng ký ủng hộ Quỹ với tổng số tiền 4,35 tỷ đồng, trong đó Công ty CP Xi măng Đô Lương ủng hộ 500 tấn xi măng. Xã Châu Hạnh và xã Mường Lống mỗi xã nhận hỗ trợ 10 căn nhà từ các doanh nghiệp. Ban Thường trực Ủy ban MTTQ tỉnh sẽ công bố kết quả ủng hộ trên Báo Nghệ An và Đài Phát thanh - Truyền hình tỉnh, bảo đảm mọi khoản đóng góp đều được sử dụng đúng mục đích.
Trần Quang Huy
Lượt xem: 2.018
Bài viết liên quan
- Trao 200 suất quà cho hộ nghèo huyện Kỳ Sơn (03/10/2014)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 4, khóa XIII (25/09/2014)
- Tương Dương khánh thành 30 nhà Đại đoàn kết (12/09/2014)
""", "2014-10-17", "Phát động ủng hộ người nghèo: hơn 4,3 tỷ đồng được đăng ký ngay tại hội nghị",
E("hoi_nghi", "2014", "2014-10-16"),
[P("Hoàng Đình Nhân", "Phó Bí thư Tỉnh ủy"),
 P("Vi Thị Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Hữu Bình", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lương Văn Khăm", "Chủ tịch Ủy ban MTTQ huyện Quế Phong"),
 P("Xồng Bá Vừ", "người có uy tín bản Huồi Giảng 1")],
[Q("4,35 tỷ đồng", 4350000000, "đồng"), Q("hơn 37,8 tỷ đồng", 37800000000, "đồng", "over"),
 Q("1.250 nhà Đại đoàn kết", 1250, "nhà Đại đoàn kết"), Q("318 nhà", 318, "nhà"), Q("2.900 hộ", 2900, "hộ"),
 Q("13,3%", 13.3, "%"), Q("11,2%", 11.2, "%"), Q("6 huyện miền núi cao", 6, "huyện miền núi cao"),
 Q("trên 40%", 40, "%", "over"), Q("gần 3.500 hộ", 3500, "hộ", "approx"),
 Q("ít nhất 40 tỷ đồng", 40000000000, "đồng", "over"), Q("1.500 nhà", 1500, "nhà"),
 Q("ít nhất 1 ngày lương", 1, "ngày lương", "over"),
 Q("32 cơ quan, đơn vị, doanh nghiệp", 32, "cơ quan, đơn vị, doanh nghiệp"),
 Q("500 tấn", 500, "tấn"), Q("10 căn nhà", 10, "căn nhà")],
[D("Hướng dẫn", "35", "HD-MTTW-BTT", "2014-09-10", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 35/HD-MTTW-BTT ngày 10/9/2014"),
 D("Quyết định", "112", "QĐ-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Quyết định số 112, 113/QĐ-MTTQ-BTT"),
 D("Quyết định", "113", "QĐ-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Quyết định số 112, 113/QĐ-MTTQ-BTT")],
[prov("Nghệ An"), com("Mường Lống"), com("Châu Hạnh")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Nghệ An", "Trang chủ >> Hoạt động >> Vì người nghèo - An sinh xã hội",
 "Các đơn vị, doanh nghiệp trao biểu trưng ủng hộ Quỹ \"Vì người nghèo\" tỉnh.", "Tháng cao điểm \"Vì người nghèo\"",
 "Công ty CP Xi măng Đô Lương", "Lượt xem: 2.018", "Huồi Giảng 1"],
["17-10-2014 08:40", "năm 2014", "Năm 2013", "Lượt xem: 2.018"]))

PAGES.append(page("b9321-gialai-mttq-giamsat-nhao-2015", """
BÁO GIA LAI ĐIỆN TỬ
Thời sự | Chính trị | Mặt trận
Thứ Năm, 09/07/2015 | 10:20
Giám sát việc hỗ trợ nhà ở cho hộ nghèo tại Krông Pa
Từ ngày 6 đến 8/7/2015, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do bà Rơ Mah H'Djun, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo tại huyện Krông Pa, theo Chương trình giám sát năm 2015 của Ủy ban MTTQ Việt Nam tỉnh.
Đoàn giám sát kiểm tra thực tế nhà ở của hộ nghèo tại buôn Bluk. Ảnh: Đ.Q
Đoàn đã làm việc với UBND huyện và kiểm tra thực tế tại các xã Ia Rsai, Chư Drăng, Phú Cần của huyện vùng sâu phía đông nam tỉnh Gia Lai. Tham gia đoàn có đại diện Ban Dân vận Tỉnh ủy, Sở Xây dựng, Hội Liên hiệp Phụ nữ tỉnh và Hội Nông dân tỉnh. Theo báo cáo của huyện, giai đoạn 2 thực hiện Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ, Krông Pa có 642 hộ nghèo thuộc diện hỗ trợ; đến nay đã hoàn thành 517 căn nhà, đạt 80,5% kế hoạch. Mỗi hộ được hỗ trợ 8 triệu đồng từ ngân sách và vay ưu đãi tối đa 15 triệu đồng từ Ngân hàng Chính sách xã hội. Ngoài ra, Quỹ "Vì người nghèo" huyện hỗ trợ thêm 2 triệu đồng/hộ cho 130 hộ đặc biệt khó khăn.
Ông Ksor Y Thơn, Phó Chủ tịch UBND huyện Krông Pa, cho biết huyện cũng đã triển khai Quyết định số 755/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ, cấp 46 ha đất sản xuất cho 187 hộ đồng bào Jrai.
Qua giám sát, đoàn nhận thấy phần lớn nhà được xây đúng diện tích tối thiểu 24 m2, có khung cột bền chắc. Tuy nhiên, vẫn còn 38 căn nhà xây dở dang do hộ không có vốn đối ứng; một số hộ bán gỗ được hỗ trợ, nhà làm xong nhưng chưa ở. Tại xã Ia Rsai, đoàn ghi nhận 9 trường hợp hộ đã thoát nghèo vẫn có tên trong danh sách hỗ trợ.
Bà Nay H'Lam, Chủ tịch Ủy ban MTTQ xã Chư Drăng, kiến nghị cho phép các hộ góp công thay cho vốn đối ứng, đồng thời lồng ghép với Kế hoạch số 18/KH-MTTQ-BTT ngày 5/6/2015 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về xây dựng nhà Đại đoàn kết. Già làng Siu Blơn, buôn Bluk, cho biết bà con trong buôn đã góp hơn 200 ngày công giúp các hộ dựng nhà.
Kết luận buổi giám sát, bà Rơ Mah H'Djun đề nghị UBND huyện rà soát lại danh sách, xử lý dứt điểm các căn nhà dở dang trước ngày 31/12/2015; Mặt trận các xã tăng cường giám sát cộng đồng, công khai mức hỗ trợ tại nhà rông, hội trường thôn, buôn. Đoàn sẽ tổng hợp kiến nghị gửi UBND tỉnh trong tháng 8.
Đinh Quang
Tin khác
- Ia Pa: 50 hộ nghèo nhận bò giống (02/07/2015)
- Mặt trận tỉnh giám sát việc thực hiện Quyết định 755 tại Chư Sê (24/06/2015)
- Trao 15 nhà Đại đoàn kết tại huyện Đak Pơ (10/06/2015)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 3, khóa IX (29/05/2015)
""", "2015-07-09", "Giám sát việc hỗ trợ nhà ở cho hộ nghèo tại Krông Pa",
E("giam_sat", "2015", "2015-07-06"),
[P("Rơ Mah H'Djun", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Y Thơn", "Phó Chủ tịch UBND huyện Krông Pa"),
 P("Nay H'Lam", "Chủ tịch Ủy ban MTTQ xã Chư Drăng"),
 P("Siu Blơn", "Già làng")],
[Q("642 hộ nghèo", 642, "hộ nghèo"), Q("517 căn nhà", 517, "căn nhà"), Q("80,5%", 80.5, "%"),
 Q("8 triệu đồng", 8000000, "đồng"), Q("tối đa 15 triệu đồng", 15000000, "đồng"),
 Q("2 triệu đồng/hộ", 2000000, "đồng"), Q("130 hộ đặc biệt khó khăn", 130, "hộ đặc biệt khó khăn"),
 Q("46 ha", 46, "ha"), Q("187 hộ đồng bào Jrai", 187, "hộ đồng bào Jrai"), Q("tối thiểu 24 m2", 24, "m2"),
 Q("38 căn nhà", 38, "căn nhà"), Q("9 trường hợp", 9, "trường hợp"), Q("hơn 200 ngày công", 200, "ngày công", "over")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg"),
 D("Quyết định", "755", "QĐ-TTg", "2013-05-20", "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg ngày 20/5/2013"),
 D("Kế hoạch", "18", "KH-MTTQ-BTT", "2015-06-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 18/KH-MTTQ-BTT ngày 5/6/2015")],
[prov("Gia Lai"), com("Ia Rsai"), com("Chư Drăng"), com("Phú Cần")],
["BÁO GIA LAI ĐIỆN TỬ", "Thời sự | Chính trị | Mặt trận", "Đoàn giám sát kiểm tra thực tế nhà ở của hộ nghèo tại buôn Bluk. Ảnh: Đ.Q",
 "Chương trình giám sát năm 2015", "Vì người nghèo", "Ngân hàng Chính sách xã hội"],
["Thứ Năm, 09/07/2015 | 10:20", "giai đoạn 2", "năm 2015", "tháng 8"]))

PAGES.append(page("b9322-thanhhoa-mttq-soket-6thang-2016", """
MẶT TRẬN TỔ QUỐC TỈNH THANH HÓA - TRANG THÔNG TIN ĐIỆN TỬ
Bạn đang ở: Trang chủ › Tin tức › Hoạt động Mặt trận
Ngày đăng 14/07/2016 | 15:05
Toàn cảnh hội nghị.
Mặt trận các cấp vận động hơn 42 tỷ đồng xây nhà Đại đoàn kết
Ngày 13/7/2016, Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2016, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Phạm Thị Thanh Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Báo cáo tại hội nghị cho biết, 6 tháng qua, thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và Chương trình hành động số 09-CTr/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về hỗ trợ xóa nhà tạm cho hộ nghèo, Mặt trận các cấp đã vận động hơn 42 tỷ đồng, xây mới 1.096 nhà Đại đoàn kết và sửa chữa 215 nhà. Riêng dịp Tết Nguyên đán Bính Thân, các cấp Mặt trận trao 24.500 suất quà Tết cho hộ nghèo, mỗi suất trị giá từ 300.000 đồng đến 500.000 đồng.
Toàn tỉnh đã có 11 huyện hoàn thành việc hỗ trợ nhà ở cho hộ nghèo theo Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015 của Thủ tướng Chính phủ. Công tác giám sát được chú trọng, Mặt trận các cấp đã chủ trì 146 cuộc giám sát việc bình xét hộ nghèo và sử dụng nguồn Quỹ "Vì người nghèo".
Tại hội nghị, các đại biểu: Hà Văn Tiến, Phạm Thị Hương, Lò Văn Hải - Chủ tịch Ủy ban MTTQ huyện chia sẻ kinh nghiệm vận động con em xa quê đóng góp xây nhà cho hộ nghèo người Thái, Mường. Bà Phạm Thị Hương cho biết, huyện Bá Thước đã huy động được 156 tấn xi măng và 48 m3 gỗ từ các dòng họ; mỗi căn nhà được hỗ trợ 40 triệu đồng. Ông Lò Văn Hải phản ánh việc thanh quyết toán kinh phí hỗ trợ còn chậm, một số hộ neo đơn, người cao tuổi không có khả năng đối ứng nên rất cần sự chung tay của các đoàn thể, dòng họ và nhà hảo tâm. Nhiều ý kiến đề nghị tăng cường công khai danh sách hộ được hỗ trợ tại nhà văn hóa thôn, bản để nhân dân cùng giám sát.
Phát biểu kết luận, đồng chí Phạm Thị Thanh Thủy yêu cầu 6 tháng cuối năm, Mặt trận các cấp tiếp tục thực hiện Nghị quyết số 05-NQ/TU ngày 18/8/2015 của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo nhanh và bền vững; phấn đấu cả năm xây mới ít nhất 2.000 nhà Đại đoàn kết; chuẩn bị tốt Tháng cao điểm "Vì người nghèo" và Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư.
Đồng chí Lê Anh Tuấn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, phổ biến kế hoạch tổ chức 60 năm Ngày truyền thống Mặt trận tỉnh.
Ngọc Minh
Lượt xem: 745
Tin cùng chuyên mục
- Trao 30 nhà Đại đoàn kết cho hộ nghèo huyện Mường Lát (06/07/2016)
- Mặt trận tỉnh giám sát công tác bầu cử (20/05/2016)
- Hội nghị hiệp thương lần thứ ba (14/04/2016)
""", "2016-07-14", "Mặt trận các cấp vận động hơn 42 tỷ đồng xây nhà Đại đoàn kết",
E("so_ket", "2016-H1", "2016-07-13"),
[P("Phạm Thị Thanh Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Văn Tiến", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Phạm Thị Hương", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Lò Văn Hải", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Lê Anh Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 42 tỷ đồng", 42000000000, "đồng", "over"), Q("1.096 nhà Đại đoàn kết", 1096, "nhà Đại đoàn kết"),
 Q("215 nhà", 215, "nhà"), Q("24.500 suất quà", 24500, "suất quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("500.000 đồng", 500000, "đồng"), Q("11 huyện", 11, "huyện"), Q("146 cuộc giám sát", 146, "cuộc giám sát"),
 Q("156 tấn", 156, "tấn"), Q("48 m3", 48, "m3"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("ít nhất 2.000 nhà Đại đoàn kết", 2000, "nhà Đại đoàn kết", "over"), Q("100%", 100, "%")],
[D("Chương trình hành động", "09", "CTr/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Chương trình hành động số 09-CTr/MTTQ-BTT"),
 D("Quyết định", "33", "2015/QĐ-TTg", "2015-08-10", "Thủ tướng Chính phủ", "Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015"),
 D("Nghị quyết", "05", "NQ/TU", "2015-08-18", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 05-NQ/TU ngày 18/8/2015")],
[prov("Thanh Hóa")],
["MẶT TRẬN TỔ QUỐC TỈNH THANH HÓA - TRANG THÔNG TIN ĐIỆN TỬ", "Bạn đang ở: Trang chủ › Tin tức › Hoạt động Mặt trận",
 "Toàn cảnh hội nghị.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 745"],
["Ngày đăng 14/07/2016 | 15:05", "6 tháng đầu năm 2016", "6 tháng cuối năm", "Tết Nguyên đán Bính Thân",
 "60 năm", "Lượt xem: 745"]))
