from lib import *
PAGES = []

PAGES.append(page("b1229-gialai-mttq-tongket-vinguoingheo-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI
Trang chủ » Hoạt động Mặt trận » An sinh xã hội
Thứ Năm, 29/12/2011 - 16:20
Toàn cảnh hội nghị. Ảnh: Kim Oanh
Gia Lai: Năm 2011 xây dựng, sửa chữa 1.126 căn nhà Đại đoàn kết
Ngày 27/12/2011, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai tổ chức hội nghị tổng kết công tác vận động, quản lý và sử dụng Quỹ "Vì người nghèo" năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Rơ Mah Khuyên, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Huỳnh Thị Lan Phương, Phó Chủ tịch UBND tỉnh; lãnh đạo Ban Dân vận Tỉnh ủy, các sở, ngành và Ủy ban MTTQ 17 huyện, thị xã, thành phố.
Báo cáo do đồng chí Đỗ Văn Hiền, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh trình bày cho biết, thực hiện Kế hoạch số 12/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Chỉ thị số 07-CT/TU của Tỉnh ủy về tăng cường sự lãnh đạo của các cấp ủy đảng đối với cuộc vận động "Ngày vì người nghèo", năm qua Quỹ "Vì người nghèo" các cấp trong tỉnh vận động được trên 18,6 tỷ đồng, đạt 124% kế hoạch năm.
Từ nguồn quỹ này, cùng với vốn hỗ trợ theo Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008 của Thủ tướng Chính phủ, toàn tỉnh đã xây dựng và sửa chữa 1.126 căn nhà Đại đoàn kết cho hộ nghèo, trong đó xây mới 874 căn, sửa chữa 252 căn; mức hỗ trợ từ quỹ là 25 triệu đồng cho mỗi căn xây mới. Dịp Tết Nguyên đán Tân Mão, Mặt trận các cấp đã trao 3.450 suất quà Tết cho hộ nghèo, trị giá hơn 1,3 tỷ đồng; hỗ trợ 215 học sinh nghèo vượt khó; phối hợp tổ chức khám bệnh, cấp thuốc miễn phí cho 2.800 lượt người ở vùng sâu, vùng xa.
Tại hội nghị, ông Ksor Blông, Chủ tịch Ủy ban MTTQ xã Ia Dêr (huyện Ia Grai), chia sẻ kinh nghiệm vận động bà con làng Dêr góp công, góp gỗ làm nhà cho hộ nghèo, nhờ đó mỗi căn nhà giảm được chi phí đáng kể. Bà Siu H'Nhí, người có uy tín làng Bồ, xã Ia Băng, kiến nghị tăng thêm nguồn hỗ trợ cho đồng bào Jrai ở những làng còn nhiều nhà tạm.
Nhiều ý kiến cho rằng việc quản lý Quỹ ở một số xã còn lúng túng, sổ sách chưa rõ ràng; việc bình xét hộ được hỗ trợ có nơi chưa thật sự dân chủ, công khai; sự phối hợp giữa Mặt trận với chính quyền cơ sở trong theo dõi, đôn đốc tiến độ làm nhà chưa chặt chẽ.
Phát biểu chỉ đạo, Chủ tịch Ủy ban MTTQ tỉnh Rơ Mah Khuyên đề nghị năm 2012, Mặt trận các cấp đẩy mạnh tuyên truyền, vận động, phấn đấu xây dựng mới 1.000 căn nhà Đại đoàn kết; công khai danh sách hộ được hỗ trợ tại nhà văn hóa làng, tổ dân phố; gắn cuộc vận động với phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 12 tập thể và 20 cá nhân có thành tích xuất sắc trong công tác vận động Quỹ "Vì người nghèo" năm 2011.
Kim Oanh
Lượt xem: 1.204
Tin liên quan
- Chư Sê: bàn giao 35 căn nhà Đại đoàn kết cho đồng bào Jrai (15/12/2011)
- Mặt trận tỉnh tổ chức Ngày hội Đại đoàn kết toàn dân tộc điểm tại Pleiku (18/11/2011)
- Ủy ban MTTQ tỉnh phát động Tháng cao điểm "Vì người nghèo" (17/10/2011)
- Kbang: hơn 300 triệu đồng ủng hộ Quỹ "Vì người nghèo" (30/09/2011)
""", "2011-12-29", "Gia Lai: Năm 2011 xây dựng, sửa chữa 1.126 căn nhà Đại đoàn kết",
E("tong_ket", "2011", "2011-12-27"),
[P("Rơ Mah Khuyên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Huỳnh Thị Lan Phương", "Phó Chủ tịch UBND tỉnh"),
 P("Đỗ Văn Hiền", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Blông", "Chủ tịch Ủy ban MTTQ xã Ia Dêr"),
 P("Siu H'Nhí", "người có uy tín làng Bồ")],
[Q("1.126 căn nhà Đại đoàn kết", 1126, "căn nhà Đại đoàn kết"),
 Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("trên 18,6 tỷ đồng", 18600000000, "đồng", "over"), Q("124%", 124, "%"),
 Q("874 căn", 874, "căn"), Q("252 căn", 252, "căn"), Q("25 triệu đồng", 25000000, "đồng"),
 Q("3.450 suất quà", 3450, "suất quà"), Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"),
 Q("215 học sinh nghèo vượt khó", 215, "học sinh nghèo vượt khó"), Q("2.800 lượt người", 2800, "lượt người"),
 Q("1.000 căn nhà Đại đoàn kết", 1000, "căn nhà Đại đoàn kết"),
 Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Kế hoạch", "12", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 12/KH-MTTQ-BTT"),
 D("Chỉ thị", "07", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 07-CT/TU của Tỉnh ủy"),
 D("Quyết định", "167", "2008/QĐ-TTg", "2008-12-12", "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008")],
[prov("Gia Lai"), com("Ia Dêr"), com("Ia Băng")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI", "Trang chủ » Hoạt động Mặt trận » An sinh xã hội",
 "Toàn cảnh hội nghị. Ảnh: Kim Oanh", "Vì người nghèo", "Ngày vì người nghèo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 1.204"],
["Thứ Năm, 29/12/2011 - 16:20", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b1230-dongnai-ldld-maiam-quatet-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI
Trang chủ / Tin tức - Sự kiện / Chăm lo đời sống
16/01/2012 - 09:30
Trao 8 Mái ấm Công đoàn và 2.500 phần quà cho công nhân khó khăn
(LĐĐN) - Ngày 14/1, Liên đoàn Lao động (LĐLĐ) tỉnh Đồng Nai phối hợp với Công ty TNHH Giày Tân Phong tổ chức bàn giao 8 Mái ấm Công đoàn và trao 2.500 phần quà Tết Nhâm Thìn cho đoàn viên, công nhân lao động có hoàn cảnh khó khăn tại huyện Trảng Bom và thành phố Biên Hòa.
Bà Lê Thị Mỹ Hạnh trao biên bản bàn giao Mái ấm Công đoàn cho gia đình công nhân. Ảnh: Hoàng Lộc
Tham dự có bà Lê Thị Mỹ Hạnh, Ủy viên Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam, Chủ tịch LĐLĐ tỉnh Đồng Nai; ông Trương Công Định, Phó Chủ tịch UBND huyện Trảng Bom; ông Phạm Minh Trí, Phó Tổng Giám đốc Công ty TNHH Giày Tân Phong cùng đại diện công đoàn cơ sở các doanh nghiệp trên địa bàn.
Thực hiện Kế hoạch số 05/KH-LĐLĐ của Ban Thường vụ LĐLĐ tỉnh về tổ chức chương trình "Tết Sum vầy" năm 2012 và Chỉ thị số 03/CT-UBND ngày 28/12/2011 của UBND tỉnh về tổ chức Tết Nguyên đán, các cấp công đoàn trong tỉnh đã vận động doanh nghiệp, nhà hảo tâm đóng góp kinh phí xây dựng 8 Mái ấm Công đoàn, mỗi căn trị giá 50 triệu đồng. Các căn nhà được xây dựng kiên cố, diện tích từ 40 m2 trở lên, trong đó 5 căn ở xã Bàu Hàm và xã Sông Trầu, 3 căn ở phường Tam Phước.
Mỗi phần quà trị giá 400.000 đồng, gồm tiền mặt và nhu yếu phẩm. Tổng trị giá chương trình gần 1,4 tỷ đồng, trong đó Công ty TNHH Giày Tân Phong đóng góp 600 triệu đồng.
Phát biểu tại buổi lễ, bà Lê Thị Mỹ Hạnh cho biết năm 2011, toàn tỉnh có khoảng 1.300 công nhân lao động đang phải ở trọ trong những căn phòng chật chội, xuống cấp hoặc nhà tạm. Từ năm 2008 đến nay, Quỹ Mái ấm Công đoàn tỉnh đã xây dựng và sửa chữa 186 căn nhà cho đoàn viên khó khăn về nhà ở. Năm 2012, LĐLĐ tỉnh phấn đấu vận động xây dựng thêm 40 Mái ấm Công đoàn, đồng thời đề nghị các doanh nghiệp quan tâm bố trí xe đưa đón công nhân về quê đón Tết.
Chị Điểu Thị Bích (dân tộc Chơ Ro, ngụ xã Bàu Hàm), có chồng bị tai nạn lao động, hai con còn nhỏ, xúc động cho biết: "Gia đình tôi ở nhà lá hơn chục năm nay, mùa mưa dột khắp nơi. Nay có căn nhà mới, cả nhà được đón Tết ấm áp".
Dịp này, Công đoàn Công ty TNHH Giày Tân Phong cũng trao 120 vé xe miễn phí cho công nhân ở xa về quê ăn Tết.
Hoàng Lộc
Tin khác
- LĐLĐ tỉnh tổ chức "Chợ Tết Công đoàn" năm 2012 (12/01/2012)
- Biên Hòa: thăm, tặng quà công nhân có hoàn cảnh khó khăn (10/01/2012)
- Hơn 4 tỷ đồng chăm lo Tết cho người lao động Long Thành (06/01/2012)
""", "2012-01-16", "Trao 8 Mái ấm Công đoàn và 2.500 phần quà cho công nhân khó khăn",
E("trao_qua", None, "2012-01-14"),
[P("Lê Thị Mỹ Hạnh", "Ủy viên Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam", "Chủ tịch LĐLĐ tỉnh Đồng Nai"),
 P("Trương Công Định", "Phó Chủ tịch UBND huyện Trảng Bom"),
 P("Phạm Minh Trí", "Phó Tổng Giám đốc Công ty TNHH Giày Tân Phong"),
 P("Điểu Thị Bích")],
[Q("8 Mái ấm Công đoàn", 8, "Mái ấm Công đoàn"), Q("2.500 phần quà", 2500, "phần quà"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("40 m2", 40, "m2", "over"), Q("5 căn", 5, "căn"), Q("3 căn", 3, "căn"),
 Q("400.000 đồng", 400000, "đồng"), Q("gần 1,4 tỷ đồng", 1400000000, "đồng", "approx"),
 Q("600 triệu đồng", 600000000, "đồng"),
 Q("khoảng 1.300 công nhân lao động", 1300, "công nhân lao động", "approx"),
 Q("186 căn nhà", 186, "căn nhà"), Q("40 Mái ấm Công đoàn", 40, "Mái ấm Công đoàn"),
 Q("120 vé xe miễn phí", 120, "vé xe miễn phí")],
[D("Kế hoạch", "05", "KH-LĐLĐ", None, "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch số 05/KH-LĐLĐ"),
 D("Chỉ thị", "03", "CT-UBND", "2011-12-28", "UBND tỉnh", "Chỉ thị số 03/CT-UBND ngày 28/12/2011")],
[prov("Đồng Nai"), com("Bàu Hàm"), com("Sông Trầu"), com("Tam Phước")],
["CỔNG THÔNG TIN ĐIỆN TỬ LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI", "Trang chủ / Tin tức - Sự kiện / Chăm lo đời sống",
 "(LĐĐN)", "Bà Lê Thị Mỹ Hạnh trao biên bản bàn giao Mái ấm Công đoàn cho gia đình công nhân. Ảnh: Hoàng Lộc",
 "Tết Sum vầy", "Quỹ Mái ấm Công đoàn"],
["16/01/2012 - 09:30", "Tết Nhâm Thìn", "năm 2012", "năm 2011", "Từ năm 2008 đến nay", "hơn chục năm"]))

PAGES.append(page("b1231-daklak-bdv-soket-2013", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Bạn đang ở: Trang chủ > Hoạt động dân vận > Tin trong tỉnh
Cập nhật lúc 15:40 ngày 10/07/2013
Vận động đồng bào Êđê, M'nông hiến đất, góp công làm nhà cho hộ nghèo
Sáng 9/7, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Y Wơn Êban, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Phạm Thị Mai Hương, Nguyễn Hữu Bình.
Đồng chí Y Wơn Êban phát biểu kết luận hội nghị.
6 tháng qua, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 12, 13-CT/TU về công tác vận động đồng bào dân tộc thiểu số tại chỗ và về phát huy vai trò người có uy tín trong buôn; ban hành Kế hoạch số 38-KH/BDVTU ngày 15/01/2013 của Ban Dân vận Tỉnh ủy về triển khai phong trào thi đua "Dân vận khéo" năm 2013. Khối dân vận các cấp đã vận động nhân dân hiến 12.500 m2 đất, đóng góp gần 3,2 tỷ đồng và 6.700 ngày công để làm đường giao thông nông thôn, xây dựng 418 căn nhà Đại đoàn kết cho hộ nghèo.
Toàn tỉnh có thêm 47 mô hình "Dân vận khéo", nâng tổng số mô hình được công nhận lên 312. Các cơ quan dân vận phối hợp với chính quyền giải quyết dứt điểm 36/41 vụ việc tranh chấp đất đai, không để phát sinh điểm nóng.
Báo cáo cũng chỉ ra một số hạn chế: việc triển khai Quyết định số 22/2013/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ người có công với cách mạng về nhà ở còn chậm do khâu rà soát đối tượng; một số nơi còn tình trạng đồng bào bán đất sản xuất, di cư tự do; công tác nắm tình hình ở một số buôn vùng sâu chưa kịp thời.
Tại hội nghị, đồng chí H'Ruth Byă, HUV, Trưởng Ban Dân vận Huyện ủy Krông Bông, nêu cách làm "cán bộ bám buôn, đảng viên nhận hộ" giúp 95 hộ nghèo có nhà ở ổn định. Ông Y Kar Knul, Bí thư Chi bộ kiêm Trưởng buôn Cuôr Knia, xã Ea Bar, chia sẻ: "Buôn mình bàn bạc công khai, hộ nào khó nhất thì làm nhà trước, ai có gỗ góp gỗ, ai có sức góp công". Đại diện Ủy ban MTTQ huyện Ea Súp kiến nghị sớm bố trí vốn đối ứng cho xã Cư Kbang.
Kết luận hội nghị, đồng chí Y Wơn Êban yêu cầu 6 tháng cuối năm, các cấp ủy, cơ quan dân vận tập trung thực hiện Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị; nhân rộng mô hình "hộ khá giúp hộ nghèo"; chủ động phối hợp nắm tình hình tôn giáo, dân tộc, không để kẻ xấu lợi dụng lôi kéo đồng bào.
Minh Thuận
Lượt xem: 642
Tin liên quan
- Krông Ana: ra mắt mô hình "Buôn không có người di cư tự do" (28/06/2013)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Lắk (14/06/2013)
- Hội nghị công tác dân vận chính quyền quý I năm 2013 (05/04/2013)
""", "2013-07-10", "Vận động đồng bào Êđê, M'nông hiến đất, góp công làm nhà cho hộ nghèo",
E("so_ket", "2013-H1", "2013-07-09"),
[P("Y Wơn Êban", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Mai Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Bình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Ruth Byă", "HUV", "Trưởng Ban Dân vận Huyện ủy Krông Bông"),
 P("Y Kar Knul", "Bí thư Chi bộ kiêm Trưởng buôn Cuôr Knia")],
[Q("12.500 m2", 12500, "m2"), Q("gần 3,2 tỷ đồng", 3200000000, "đồng", "approx"),
 Q("6.700 ngày công", 6700, "ngày công"), Q("418 căn nhà Đại đoàn kết", 418, "căn nhà Đại đoàn kết"),
 Q("47 mô hình", 47, "mô hình"), Q("312", 312, "mô hình"),
 Q("36/41 vụ việc tranh chấp đất đai", 36, "vụ việc tranh chấp đất đai"),
 Q("95 hộ nghèo", 95, "hộ nghèo")],
[D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Kế hoạch", "38", "KH/BDVTU", "2013-01-15", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 38-KH/BDVTU ngày 15/01/2013"),
 D("Quyết định", "22", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 22/2013/QĐ-TTg"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/02/2010")],
[prov("Đắk Lắk"), com("Ea Bar"), com("Cư Kbang")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Bạn đang ở: Trang chủ > Hoạt động dân vận > Tin trong tỉnh",
 "Đồng chí Y Wơn Êban phát biểu kết luận hội nghị.", "Dân vận khéo", "cán bộ bám buôn, đảng viên nhận hộ",
 "hộ khá giúp hộ nghèo", "Quy chế công tác dân vận của hệ thống chính trị", "Lượt xem: 642"],
["Cập nhật lúc 15:40 ngày 10/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "năm 2013", "6 tháng qua", "Lượt xem: 642"]))

PAGES.append(page("b1232-binhthuan-mttq-keugoi-lulut-2013", """
BÁO BÌNH THUẬN ONLINE
Thời sự | Xã hội | Mặt trận - Đoàn thể
Thứ Ba, 05/11/2013 | 14:10
Chung tay giúp đồng bào vùng lũ sớm ổn định cuộc sống
Trước những thiệt hại nặng nề do đợt mưa lũ lịch sử cuối tháng 10 vừa qua, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Thuận vừa ra Lời kêu gọi toàn thể cán bộ, đảng viên, công chức, viên chức, người lao động, doanh nghiệp và các tầng lớp nhân dân trong và ngoài tỉnh chung tay ủng hộ đồng bào bị thiệt hại.
Nước lũ vẫn còn ngập sâu nhiều khu dân cư ở huyện Tánh Linh. Ảnh: Ngọc Lân
Theo báo cáo của Ban Chỉ huy Phòng chống lụt bão và Tìm kiếm cứu nạn tỉnh, mưa lớn kéo dài trong 3 ngày đã làm 3 người chết, 5 người bị thương; 1.240 ngôi nhà bị ngập, trong đó 37 nhà bị sập hoàn toàn; hơn 2.600 ha lúa, hoa màu bị hư hại; nhiều tuyến đường giao thông, kênh mương bị sạt lở. Tổng thiệt hại ước khoảng 85 tỷ đồng. Các địa phương bị ảnh hưởng nặng nhất là thị trấn Lạc Tánh, xã Đông Giang, xã La Dạ và xã Phan Sơn.
Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lê Tấn Hùng cho biết, căn cứ Nghị định số 64/2008/NĐ-CP của Chính phủ về vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện hỗ trợ nhân dân khắc phục khó khăn do thiên tai, hỏa hoạn, sự cố nghiêm trọng, Ban Cứu trợ tỉnh đã mở tài khoản tiếp nhận tiền ủng hộ tại Kho bạc Nhà nước tỉnh. Mọi khoản đóng góp sẽ được công khai trên Báo Bình Thuận và Đài Phát thanh - Truyền hình tỉnh.
Ngay trong ngày đầu phát động, Ban Cứu trợ tỉnh đã tiếp nhận 460 triệu đồng và 12 tấn gạo của các cơ quan, doanh nghiệp. Trước đó, thực hiện Quyết định số 2389/QĐ-UBND ngày 4/11/2013 của Chủ tịch UBND tỉnh, tỉnh đã xuất 150 tấn gạo dự trữ hỗ trợ khẩn cấp cho các hộ bị mất lương thực và hỗ trợ 5 triệu đồng cho mỗi gia đình có người chết.
Ông Katơr Thanh, Trưởng thôn Đa Mi, xã La Dạ, cho biết nhiều hộ đồng bào Raglai, K'Ho trong thôn bị cuốn trôi toàn bộ lúa giống và vật nuôi. "Bà con đang rất cần gạo, nước sạch và thuốc men", ông nói.
Lời kêu gọi nêu rõ: "Phát huy truyền thống "lá lành đùm lá rách", "một miếng khi đói bằng một gói khi no", Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tha thiết kêu gọi mỗi cơ quan, đơn vị, mỗi gia đình và mỗi người dân bằng tấm lòng nhân ái hãy chung tay giúp đỡ đồng bào vùng lũ sớm vượt qua khó khăn".
Cùng ngày, Ủy ban MTTQ các huyện Tánh Linh, Đức Linh, Hàm Thuận Bắc cũng đã thành lập các tổ vận động, phân công cán bộ bám địa bàn để kịp thời phân phối hàng cứu trợ, bảo đảm đúng đối tượng, không bỏ sót hộ khó khăn.
Ngọc Lân
Tin cùng chuyên mục
- Hội Chữ thập đỏ tỉnh chuyển 800 thùng mì tôm đến vùng lũ (04/11/2013)
- Tánh Linh: khẩn trương khắc phục hậu quả mưa lũ (03/11/2013)
- Đức Linh: di dời hơn 200 hộ dân ra khỏi vùng ngập (01/11/2013)
""", "2013-11-05", "Chung tay giúp đồng bào vùng lũ sớm ổn định cuộc sống",
E("khac", None, None),
[P("Lê Tấn Hùng", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Katơr Thanh", "Trưởng thôn Đa Mi")],
[Q("3 người", 3, "người"), Q("5 người", 5, "người"), Q("1.240 ngôi nhà", 1240, "ngôi nhà"),
 Q("37 nhà", 37, "nhà"), Q("hơn 2.600 ha", 2600, "ha", "over"), Q("khoảng 85 tỷ đồng", 85000000000, "đồng", "approx"),
 Q("460 triệu đồng", 460000000, "đồng"), Q("12 tấn gạo", 12, "tấn"), Q("150 tấn gạo", 150, "tấn"),
 Q("5 triệu đồng", 5000000, "đồng")],
[D("Nghị định", "64", "2008/NĐ-CP", None, "Chính phủ", "Nghị định số 64/2008/NĐ-CP"),
 D("Quyết định", "2389", "QĐ-UBND", "2013-11-04", "Chủ tịch UBND tỉnh", "Quyết định số 2389/QĐ-UBND ngày 4/11/2013")],
[prov("Bình Thuận"), com("Lạc Tánh"), com("Đông Giang"), com("La Dạ"), com("Phan Sơn")],
["BÁO BÌNH THUẬN ONLINE", "Thời sự | Xã hội | Mặt trận - Đoàn thể",
 "Nước lũ vẫn còn ngập sâu nhiều khu dân cư ở huyện Tánh Linh. Ảnh: Ngọc Lân", "lá lành đùm lá rách",
 "một miếng khi đói bằng một gói khi no", "Lời kêu gọi"],
["Thứ Ba, 05/11/2013 | 14:10", "cuối tháng 10", "trong 3 ngày"]))

PAGES.append(page("b1233-kontum-mttq-giamsat-nhao-2014", """
Cổng thông tin điện tử tỉnh Kon Tum
Tin tức - Sự kiện >> Hoạt động các sở, ban, ngành
22/05/2014 10:15
Giám sát thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo tại Kon Plông
Ngày 21/5, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí A Pớt, Tỉnh ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở tại huyện Kon Plông. Tham gia đoàn có các đồng chí Ủy viên Thường trực Ủy ban MTTQ tỉnh: Đinh Thị Hà, Hồ Văn Sáu; đại diện Sở Xây dựng, Ngân hàng Chính sách xã hội tỉnh.
Đoàn giám sát làm việc với UBND huyện Kon Plông.
Cuộc giám sát được thực hiện theo Kế hoạch số 19/KH-MTTQ-BTT ngày 8/4/2014 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội.
Báo cáo của UBND huyện do Phó Chủ tịch UBND huyện Kon Plông Nguyễn Văn Khoa trình bày cho thấy, thực hiện Quyết định số 167/2008/QĐ-TTg và Quyết định số 67/2010/QĐ-TTg của Thủ tướng Chính phủ, giai đoạn 2 toàn huyện có 1.146 hộ nghèo thuộc diện được hỗ trợ nhà ở. Đến nay đã có 702 hộ khởi công, trong đó 537 hộ đã hoàn thành đưa vào sử dụng, đạt 46,9% kế hoạch. Mỗi hộ được ngân sách hỗ trợ 8 triệu đồng và được vay vốn ưu đãi 15 triệu đồng. Ủy ban MTTQ và các đoàn thể huyện vận động được 410 triệu đồng và 1.850 ngày công giúp các hộ làm nhà.
Trực tiếp kiểm tra tại xã Hiếu và xã Măng Cành, đoàn ghi nhận nhiều căn nhà được làm chắc chắn, đúng thiết kế. Tuy nhiên, vẫn còn 23 căn chưa có nhà vệ sinh, một số hộ dùng tiền hỗ trợ không đúng mục đích; có hộ đã nhận tiền nhưng chưa khởi công do thiếu gỗ, thiếu nhân công. Bà Y Nhỏ, ở thôn Kon Bring, xã Hiếu, cho biết gia đình mới làm xong phần khung, còn thiếu tôn lợp vì giá vật liệu tăng.
Ông A Đinh, Chủ tịch UBND xã Hiếu, kiến nghị tỉnh xem xét nâng mức hỗ trợ cho các hộ ở vùng đặc biệt khó khăn, giao thông cách trở như các thôn của xã Đăk Tăng.
Kết luận buổi giám sát, đồng chí A Pớt đề nghị UBND huyện chỉ đạo các xã rà soát lại toàn bộ danh sách, công khai tại thôn; phối hợp với Ủy ban MTTQ huyện vận động doanh nghiệp, đoàn viên thanh niên hỗ trợ ngày công, vật liệu; phấn đấu đến cuối năm hoàn thành ít nhất 80% số nhà còn lại. Kết quả giám sát sẽ được tổng hợp, kiến nghị UBND tỉnh trong tháng 6.
Ngọc Hà (Ủy ban MTTQ tỉnh)
Lượt truy cập: 3.517
Các tin khác
- Đăk Hà: giám sát việc thực hiện Quy chế dân chủ ở cơ sở (16/05/2014)
- Ủy ban MTTQ tỉnh tổ chức hội nghị giao ban khu vực (09/05/2014)
- Ngọc Hồi: trao 15 căn nhà Đại đoàn kết (25/04/2014)
""", "2014-05-22", "Giám sát thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo tại Kon Plông",
E("giam_sat", None, "2014-05-21"),
[P("A Pớt", "Tỉnh ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Hà", "Ủy viên Thường trực Ủy ban MTTQ tỉnh"),
 P("Hồ Văn Sáu", "Ủy viên Thường trực Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Khoa", "Phó Chủ tịch UBND huyện Kon Plông"),
 P("Y Nhỏ"),
 P("A Đinh", "Chủ tịch UBND xã Hiếu")],
[Q("1.146 hộ nghèo", 1146, "hộ nghèo"), Q("702 hộ", 702, "hộ"), Q("537 hộ", 537, "hộ"), Q("46,9%", 46.9, "%"),
 Q("8 triệu đồng", 8000000, "đồng"), Q("15 triệu đồng", 15000000, "đồng"), Q("410 triệu đồng", 410000000, "đồng"),
 Q("1.850 ngày công", 1850, "ngày công"), Q("23 căn", 23, "căn"), Q("80%", 80, "%", "over")],
[D("Kế hoạch", "19", "KH-MTTQ-BTT", "2014-04-08", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 19/KH-MTTQ-BTT ngày 8/4/2014"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg"),
 D("Quyết định", "67", "2010/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 67/2010/QĐ-TTg")],
[prov("Kon Tum"), com("Hiếu"), com("Măng Cành"), com("Đăk Tăng")],
["Cổng thông tin điện tử tỉnh Kon Tum", "Tin tức - Sự kiện >> Hoạt động các sở, ban, ngành",
 "Đoàn giám sát làm việc với UBND huyện Kon Plông.",
 "Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội",
 "Lượt truy cập: 3.517"],
["22/05/2014 10:15", "giai đoạn 2", "trong tháng 6", "Lượt truy cập: 3.517"]))

PAGES.append(page("b1234-binhphuoc-chuthapdo-daihoi-2015", """
BÁO BÌNH PHƯỚC ĐIỆN TỬ
Chính trị » Mặt trận - Đoàn thể
27-06-2015 08:45
Đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Thu Hà
Đại hội Hội Chữ thập đỏ tỉnh lần thứ IV: Vì mục tiêu "Ở đâu có người cần, ở đó có Chữ thập đỏ"
Ngày 26/6, tại Hội trường Tỉnh ủy, Hội Chữ thập đỏ tỉnh Bình Phước long trọng tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2015 - 2020. Về dự có đồng chí Lê Quang Thịnh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Điểu Lên, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Nguyễn Hải Yến, Phó Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam cùng 150 đại biểu đại diện cho hơn 42.000 hội viên, tình nguyện viên trong toàn tỉnh.
Nhiệm kỳ 2010 - 2015, các cấp Hội đã vận động được trên 96 tỷ đồng tiền mặt và hàng hóa, giúp đỡ hơn 185.000 lượt người có hoàn cảnh khó khăn; xây dựng 312 căn nhà nhân đạo; vận động hiến 21.450 đơn vị máu, vượt 18% chỉ tiêu đại hội đề ra. Phong trào "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo" được triển khai rộng khắp với 1.960 địa chỉ được kết nối hỗ trợ. Hội đã tổ chức tốt việc cứu trợ đột xuất cho 640 hộ bị thiệt hại do lốc xoáy tại các xã Đắk Ơ, Bình Thắng và nhiều địa phương khác.
Việc triển khai Nghị định số 03/2011/NĐ-CP của Chính phủ quy định chi tiết, hướng dẫn thi hành Luật Hoạt động chữ thập đỏ và Hướng dẫn số 14/HD-TWHCTĐ của Trung ương Hội được thực hiện nghiêm túc. Đến nay 100% xã, phường, thị trấn có tổ chức Hội, trong đó phường Tân Phú là đơn vị dẫn đầu phong trào hiến máu tình nguyện nhiều năm liền.
Phát biểu chỉ đạo, đồng chí Lê Quang Thịnh ghi nhận những đóng góp của Hội trong công tác an sinh xã hội, nhất là ở vùng đồng bào S'tiêng, M'nông; đề nghị nhiệm kỳ tới Hội tập trung xây dựng cơ sở vững mạnh, tăng cường công tác truyền thông, minh bạch nguồn lực nhân đạo, phối hợp chặt chẽ với Mặt trận trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Đại hội đã bầu Ban Chấp hành Hội khóa IV gồm 31 ủy viên. Bà Huỳnh Thị Thu Sương được tín nhiệm bầu giữ chức Chủ tịch Hội Chữ thập đỏ tỉnh khóa IV; các ông, bà Phạm Văn Bảy, Thị Sang được bầu làm Phó Chủ tịch Hội. Đại hội cũng bầu 13 đại biểu đi dự Đại hội đại biểu toàn quốc Hội Chữ thập đỏ Việt Nam lần thứ X.
Nghị quyết đại hội đề ra 8 chỉ tiêu, trong đó phấn đấu mỗi năm vận động trên 20 tỷ đồng và 6.000 đơn vị máu.
Thu Hà
Số lượt xem: 925
Tin liên quan
- Đại hội Hội Chữ thập đỏ huyện Bù Đốp nhiệm kỳ 2015 - 2020 (12/05/2015)
- Trao 20 căn nhà nhân đạo cho hộ nghèo Lộc Ninh (28/04/2015)
- Phát động Tháng Nhân đạo năm 2015 (08/05/2015)
""", "2015-06-27", "Đại hội Hội Chữ thập đỏ tỉnh lần thứ IV: Vì mục tiêu \"Ở đâu có người cần, ở đó có Chữ thập đỏ\"",
E("dai_hoi", None, "2015-06-26"),
[P("Lê Quang Thịnh", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Điểu Lên", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hải Yến", "Phó Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam"),
 P("Huỳnh Thị Thu Sương", "Chủ tịch Hội Chữ thập đỏ tỉnh khóa IV"),
 P("Phạm Văn Bảy", "Phó Chủ tịch Hội"),
 P("Thị Sang", "Phó Chủ tịch Hội")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 42.000 hội viên, tình nguyện viên", 42000, "hội viên, tình nguyện viên", "over"),
 Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"), Q("hơn 185.000 lượt người", 185000, "lượt người", "over"),
 Q("312 căn nhà nhân đạo", 312, "căn nhà nhân đạo"), Q("21.450 đơn vị máu", 21450, "đơn vị máu"), Q("18%", 18, "%"),
 Q("1.960 địa chỉ", 1960, "địa chỉ"), Q("640 hộ", 640, "hộ"), Q("100%", 100, "%"),
 Q("31 ủy viên", 31, "ủy viên"), Q("13 đại biểu", 13, "đại biểu"), Q("8 chỉ tiêu", 8, "chỉ tiêu"),
 Q("trên 20 tỷ đồng", 20000000000, "đồng", "over"), Q("6.000 đơn vị máu", 6000, "đơn vị máu")],
[D("Nghị định", "03", "2011/NĐ-CP", None, "Chính phủ", "Nghị định số 03/2011/NĐ-CP"),
 D("Hướng dẫn", "14", "HD-TWHCTĐ", None, "Trung ương Hội", "Hướng dẫn số 14/HD-TWHCTĐ")],
[prov("Bình Phước"), com("Đắk Ơ"), com("Bình Thắng"), com("Tân Phú")],
["BÁO BÌNH PHƯỚC ĐIỆN TỬ", "Chính trị » Mặt trận - Đoàn thể", "Đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Thu Hà",
 "Ở đâu có người cần, ở đó có Chữ thập đỏ", "Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân đạo",
 "Luật Hoạt động chữ thập đỏ", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Số lượt xem: 925"],
["27-06-2015 08:45", "lần thứ IV", "nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2010 - 2015", "khóa IV", "lần thứ X", "Số lượt xem: 925"]))
