from lib import *
PAGES = []

PAGES.append(page("b6491-camau-ngayhoi-sokhmer-2015", """
Báo Cà Mau điện tử
Trang chủ | Chính trị | Mặt trận - Đoàn thể
Ngày đăng 20/11/2015 | 10:32
Bà con ấp Cây Khô vui ngày hội đoàn kết
Ấp Cây Khô đón nhận danh hiệu "Ấp văn hóa" 5 năm liền.
(CMO) Chiều 19/11, ấp Cây Khô, xã Khánh Bình Tây Bắc (huyện Trần Văn Thời) tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2015, chào mừng 85 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam. Đến dự và chung vui có ông Lâm Văn Bi, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Danh Út, HUV, Trưởng Ban Dân tộc huyện Trần Văn Thời.
Ấp Cây Khô có 538 hộ, trong đó 147 hộ là đồng bào dân tộc Khmer. Những năm gần đây, bà con đã chuyển từ độc canh cây lúa sang mô hình lúa - tôm, tôm - cua kết hợp, thu nhập bình quân đạt khoảng 28 triệu đồng/người/năm. Ấp còn 21 hộ nghèo, chiếm 3,9%, giảm 16 hộ so với năm trước.
Ông Thạch Sa Muôn, Trưởng ban Công tác Mặt trận ấp Cây Khô, người đã gắn bó với công tác Mặt trận gần 20 năm, cho hay: "Năm nay bà con góp tiền, góp công nâng cấp 2 cây cầu và 1,8 km lộ bê tông, trị giá hơn 460 triệu đồng, Nhà nước chỉ hỗ trợ xi măng. Cái quý nhất là người Kinh, người Khmer trong ấp thương nhau như anh em ruột".
Được đại diện ấp phát biểu cảm tưởng, Sư cả Danh Sóc Phol, trụ trì chùa Cây Khô, bày tỏ phấn khởi trước sự quan tâm của cấp ủy, chính quyền đối với đồng bào Khmer; ông cũng cho biết nhà chùa luôn nhắc nhở Phật tử chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước.
Phát biểu tại ngày hội, ông Lâm Văn Bi đánh giá cao những kết quả mà nhân dân ấp Cây Khô đạt được trong thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" do Ủy ban Trung ương MTTQ Việt Nam phát động; đề nghị Ban công tác Mặt trận ấp tiếp tục vận động bà con thực hiện tốt Kế hoạch số 48-KH/TU ngày 5/8/2015 của Tỉnh ủy Cà Mau về giảm nghèo bền vững vùng đồng bào dân tộc thiểu số.
Nhân dịp này, Ban Tổ chức trao 50 phần quà, mỗi phần trị giá 350.000 đồng cho hộ nghèo, hộ chính sách; trao học bổng cho 12 học sinh Khmer hiếu học. Bà Thị Sa Rết, hộ nghèo người Khmer, được trao tặng 1 con bò giống theo mô hình "Ngân hàng bò" do Hội Liên hiệp Phụ nữ xã vận động.
Ông Danh Út cho biết, năm nay 100% ấp, khóm trên địa bàn huyện tổ chức ngày hội, huy động tổng nguồn lực gần 3,2 tỷ đồng. Riêng xã Khánh Bình Tây Bắc có 9 ấp tổ chức trong 2 ngày 18 và 19/11, kết hợp trao 6 căn nhà Đại đoàn kết, mỗi căn trị giá 40 triệu đồng.
Buổi chiều, bà con cùng thưởng thức điệu múa Rom vong, Lâm thôn và tham gia hội thi đan lưới, chèo xuồng trên kênh Cây Khô.
Trúc Ly
Chia sẻ | In bài
Tin khác
- Năm Căn: trao 100 phần quà cho ngư dân (17/11/2015)
- Mặt trận tỉnh họp mặt kỷ niệm 85 năm Ngày truyền thống (16/11/2015)
- U Minh: 6 ấp đạt chuẩn ấp văn hóa (10/11/2015)
""", "2015-11-20", "Bà con ấp Cây Khô vui ngày hội đoàn kết",
E("khac", None, "2015-11-19"),
[P("Lâm Văn Bi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Út", "HUV", "Trưởng Ban Dân tộc huyện Trần Văn Thời"),
 P("Thạch Sa Muôn", "Trưởng ban Công tác Mặt trận ấp Cây Khô"),
 P("Danh Sóc Phol", "Sư cả", "trụ trì chùa Cây Khô"),
 P("Thị Sa Rết")],
[Q("538 hộ", 538, "hộ"), Q("147 hộ", 147, "hộ"), Q("khoảng 28 triệu đồng/người/năm", 28000000, "đồng", "approx"),
 Q("21 hộ nghèo", 21, "hộ nghèo"), Q("3,9%", 3.9, "%"), Q("16 hộ", 16, "hộ"), Q("2 cây cầu", 2, "cây cầu"),
 Q("1,8 km", 1.8, "km"), Q("hơn 460 triệu đồng", 460000000, "đồng", "over"), Q("50 phần quà", 50, "phần quà"),
 Q("350.000 đồng", 350000, "đồng"), Q("12 học sinh Khmer", 12, "học sinh Khmer"), Q("1 con bò giống", 1, "con bò giống"),
 Q("100%", 100, "%"), Q("gần 3,2 tỷ đồng", 3200000000, "đồng", "approx"), Q("9 ấp", 9, "ấp"),
 Q("6 căn nhà Đại đoàn kết", 6, "căn nhà Đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng")],
[D("Kế hoạch", "48", "KH/TU", "2015-08-05", "Tỉnh ủy Cà Mau", "Kế hoạch số 48-KH/TU ngày 5/8/2015")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc")],
["Báo Cà Mau điện tử", "Trang chủ | Chính trị | Mặt trận - Đoàn thể", "Ấp Cây Khô đón nhận danh hiệu \"Ấp văn hóa\" 5 năm liền.",
 "(CMO)", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ngân hàng bò", "Chia sẻ | In bài"],
["Ngày đăng 20/11/2015 | 10:32", "5 năm liền", "85 năm", "gần 20 năm", "năm 2015", "2 ngày"]))

PAGES.append(page("b6492-hungyen-mttq-giamsat-ngayhoi-2016", """
BÁO HƯNG YÊN ĐIỆN TỬ
Chính trị » Mặt trận và các đoàn thể
Thứ Sáu, 25/11/2016, 15:40
Giám sát việc tổ chức Ngày hội Đại đoàn kết ở huyện Tiên Lữ
Ngày 24/11, đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh Hưng Yên do đồng chí Đào Văn Khoa, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2016 và việc sử dụng nguồn kinh phí hỗ trợ ngày hội tại huyện Tiên Lữ.
Cuộc giám sát được tiến hành theo Quyết định số 27/QĐ-MTTQ-BTT ngày 10/11/2016 của Ban Thường trực Ủy ban MTTQ tỉnh, căn cứ Quyết định 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội. Tham gia đoàn có đại diện Ban Dân vận Tỉnh ủy, Sở Văn hóa, Thể thao và Du lịch, Sở Tài chính.
Báo cáo của Ủy ban MTTQ huyện cho biết, năm 2016 toàn huyện có 128/128 thôn, khu phố tổ chức ngày hội, tăng 5 khu dân cư so với năm 2015. Ngân sách tỉnh hỗ trợ mỗi khu dân cư 3 triệu đồng, ngân sách huyện hỗ trợ thêm 1 triệu đồng; nhân dân và con em xa quê đóng góp hơn 1,1 tỷ đồng để sửa chữa nhà văn hóa, mua sắm trang thiết bị, tặng quà cho 430 hộ nghèo, gia đình chính sách.
Đoàn trực tiếp kiểm tra sổ sách, chứng từ tại thôn An Tào, xã Dị Chế và thôn Phương Chiểu, xã Lệ Xá. Ông Nguyễn Văn Thức, Trưởng ban Công tác Mặt trận thôn An Tào, xã Dị Chế cho biết, thôn lập bảng công khai từng khoản thu, chi ngay tại nhà văn hóa để bà con cùng theo dõi.
Qua giám sát, đoàn đánh giá ngày hội ở các khu dân cư cơ bản được tổ chức đúng hướng dẫn, trang trọng, tiết kiệm. Tuy nhiên, còn 7 thôn quyết toán kinh phí chậm, chứng từ chưa đầy đủ; có nơi nội dung báo cáo tại phần lễ còn chung chung, chưa nêu được những việc cụ thể mà khu dân cư đã làm.
Đồng chí Lê Thị Bích Hằng, Phó Chủ tịch Ủy ban MTTQ tỉnh, đề nghị Ủy ban MTTQ huyện hướng dẫn các xã quyết toán kinh phí trước ngày 15/12/2016; tiếp thu ý kiến của nhân dân về việc tổ chức ngày hội vào ngày nghỉ cuối tuần để người lao động ở các khu công nghiệp tham gia.
Kết luận buổi giám sát, đồng chí Đào Văn Khoa ghi nhận sự vào cuộc của cấp ủy, chính quyền huyện; đề nghị huyện rút kinh nghiệm để năm 2017 tổ chức ngày hội tốt hơn, gắn với thực hiện Nghị quyết số 03-NQ/TU ngày 20/4/2016 của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới. Đồng chí Trần Quang Vũ, Phó Bí thư Thường trực Huyện ủy Tiên Lữ tiếp thu ý kiến của đoàn.
Ngọc Hà
Lượt xem: 714
Các tin đã đưa
- Khoái Châu: tổng kết 15 năm cuộc vận động (21/11/2016)
- Ngày hội Đại đoàn kết ở khu phố Lê Lai (18/11/2016)
- Mặt trận tỉnh tiếp nhận ủng hộ đồng bào miền Trung (10/11/2016)
""", "2016-11-25", "Giám sát việc tổ chức Ngày hội Đại đoàn kết ở huyện Tiên Lữ",
E("giam_sat", "2016", "2016-11-24"),
[P("Đào Văn Khoa", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Thức", "Trưởng ban Công tác Mặt trận thôn An Tào"),
 P("Lê Thị Bích Hằng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Quang Vũ", "Phó Bí thư Thường trực Huyện ủy Tiên Lữ")],
[Q("128/128 thôn, khu phố", 128, "thôn, khu phố"), Q("5 khu dân cư", 5, "khu dân cư"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("430 hộ nghèo", 430, "hộ nghèo"),
 Q("7 thôn", 7, "thôn")],
[D("Quyết định", "27", "QĐ-MTTQ-BTT", "2016-11-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Quyết định số 27/QĐ-MTTQ-BTT ngày 10/11/2016"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217-QĐ/TW ngày 12/12/2013"),
 D("Nghị quyết", "03", "NQ/TU", "2016-04-20", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 03-NQ/TU ngày 20/4/2016")],
[prov("Hưng Yên"), com("Dị Chế"), com("Lệ Xá")],
["BÁO HƯNG YÊN ĐIỆN TỬ", "Chính trị » Mặt trận và các đoàn thể", "Lượt xem: 714",
 "Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội"],
["Thứ Sáu, 25/11/2016, 15:40", "năm 2016", "năm 2015", "năm 2017", "Lượt xem: 714"]))

PAGES.append(page("b6493-kontum-ngayhoi-langkonkotu-2016", """
KON TUM ONLINE - BÁO ĐIỆN TỬ TỈNH KON TUM
Thời sự - Chính trị / Mặt trận
12.11.2016 | 08:05
Già làng A Thiêu (giữa) cùng bà con đón đoàn đại biểu.
Tiếng cồng chiêng rộn ràng ngày hội làng Kon Klor
BKT - Ngày 11/11, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Ủy ban MTTQ thành phố Kon Tum tổ chức Ngày hội Đại đoàn kết toàn dân tộc điểm tại làng Kon Klor, phường Thắng Lợi. Đồng chí Y Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí A Đường, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự.
Làng Kon Klor có 247 hộ với hơn 1.100 khẩu, hầu hết là đồng bào Ba Na. Ông A Sớp, Trưởng thôn Kon Klor cho biết, được sự hỗ trợ của Nhà nước, bà con đã chuyển đổi hơn 35 ha đất trồng mì sang trồng cà phê, chanh dây; tỷ lệ hộ nghèo của làng từ 29,3% năm 2013 giảm còn 12,1%. Đến nay 100% hộ có nhà ở kiên cố hoặc bán kiên cố, 95% hộ dùng nước sạch.
Thay mặt người có uy tín trong làng, Già làng A Thiêu phát biểu: "Làng mình bây giờ không còn cảnh uống rượu say rồi đánh nhau, con cháu được đi học đến nơi đến chốn. Già làng nói thì con cháu nghe, cán bộ nói thì dân làm theo".
Dự ngày hội, các đại biểu đã dâng hương tại nhà rông, thăm gian trưng bày thổ cẩm, rượu cần, và xem các đội cồng chiêng, xoang của làng biểu diễn. Các cháu thiếu nhi thi vẽ tranh về làng quê, thi kể chuyện Bác Hồ với đồng bào Tây Nguyên.
Phát biểu tại ngày hội, đồng chí Y Thị Lan biểu dương tinh thần đoàn kết của bà con Kon Klor; đề nghị cấp ủy, chính quyền phường tiếp tục thực hiện Chỉ thị 08-CT/TU về tăng cường công tác dân vận vùng đồng bào dân tộc thiểu số và Kế hoạch 21-KH/TU của Ban Thường vụ Tỉnh ủy về giữ gìn, phát huy văn hóa cồng chiêng; vận động bà con không nghe theo kẻ xấu xúi giục, không bán đất cho người ngoài làng.
Nhân dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng 1 bộ cồng chiêng trị giá 25 triệu đồng cho làng; trao 40 suất quà cho hộ nghèo và 10 suất học bổng, mỗi suất 1 triệu đồng cho học sinh người Ba Na học giỏi. Bà Y Nhơn, Chi hội trưởng phụ nữ làng Kon Klor nhận bằng khen của Ủy ban MTTQ tỉnh vì thành tích vận động chị em tham gia tổ vay vốn, tổ dệt thổ cẩm.
Theo đồng chí A Đường, năm 2016, toàn tỉnh có 762 thôn, làng, tổ dân phố tổ chức ngày hội, trong đó khoảng 70% ở vùng đồng bào dân tộc thiểu số. Mặt trận các cấp đã vận động xây dựng 85 nhà Đại đoàn kết với tổng trị giá hơn 3 tỷ đồng.
Văn Nhung
TIN CÙNG CHUYÊN MỤC
- Đắk Hà: ngày hội ở thôn Kon Stiu (10/11/2016)
- Mặt trận tỉnh gặp mặt 150 già làng, người có uy tín (04/11/2016)
- Sa Thầy bàn giao 12 nhà Đại đoàn kết (28/10/2016)
""", "2016-11-12", "Tiếng cồng chiêng rộn ràng ngày hội làng Kon Klor",
E("khac", None, "2016-11-11"),
[P("Y Thị Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Đường", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Sớp", "Trưởng thôn Kon Klor"),
 P("A Thiêu", "Già làng"),
 P("Y Nhơn", "Chi hội trưởng phụ nữ làng Kon Klor")],
[Q("247 hộ", 247, "hộ"), Q("hơn 1.100 khẩu", 1100, "khẩu", "over"), Q("hơn 35 ha", 35, "ha", "over"),
 Q("29,3%", 29.3, "%"), Q("12,1%", 12.1, "%"), Q("100%", 100, "%"), Q("95%", 95, "%"),
 Q("25 triệu đồng", 25000000, "đồng"), Q("40 suất quà", 40, "suất quà"), Q("10 suất học bổng", 10, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("762 thôn, làng, tổ dân phố", 762, "thôn, làng, tổ dân phố"),
 Q("khoảng 70%", 70, "%", "approx"), Q("85 nhà Đại đoàn kết", 85, "nhà Đại đoàn kết"), Q("hơn 3 tỷ đồng", 3000000000, "đồng", "over")],
[D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08-CT/TU"),
 D("Kế hoạch", "21", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 21-KH/TU")],
[prov("Kon Tum"), com("Thắng Lợi")],
["KON TUM ONLINE - BÁO ĐIỆN TỬ TỈNH KON TUM", "Thời sự - Chính trị / Mặt trận", "Già làng A Thiêu (giữa) cùng bà con đón đoàn đại biểu.", "BKT"],
["12.11.2016 | 08:05", "năm 2013", "năm 2016", "1 bộ cồng chiêng"]))

PAGES.append(page("b6494-khanhhoa-mttq-tongket-ngayhoi-2017", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Thời sự > Mặt trận
15 tháng 12, 2017 | 16:30
Tin nóng: Khánh Hòa tập trung khắc phục hậu quả bão số 12
Ngày hội đại đoàn kết lan tỏa khắp khu dân cư
Sáng 14-12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2017. Đồng chí Nguyễn Thị Hồng Nhung, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Năm nay, 100% trong số 947 thôn, tổ dân phố trong tỉnh tổ chức ngày hội, tập trung từ ngày 10 đến 18-11. Các khu dân cư đã vận động nhân dân đóng góp hơn 4,3 tỷ đồng để tổ chức ngày hội, tặng 3.160 phần quà cho hộ nghèo, hộ có hoàn cảnh khó khăn; khởi công và bàn giao 64 nhà Đại đoàn kết. Qua bình xét, có 812 khu dân cư đạt danh hiệu khu dân cư văn hóa, chiếm 85,7%.
Ông Trần Văn Lợi, Chủ tịch Ủy ban MTTQ Việt Nam huyện Vạn Ninh cho biết, ngày hội ở huyện năm nay gắn với khắc phục hậu quả bão số 12; nhiều khu dân cư vùng biển dành toàn bộ kinh phí ngày hội để hỗ trợ ngư dân bị mất tàu thuyền, lồng bè. Ở xã Vạn Thạnh, 6 thôn cùng tổ chức chung một ngày hội tại sân trường để tiết kiệm chi phí.
Tại hội nghị, nhiều ý kiến đề nghị tỉnh sớm ban hành quy định mức hỗ trợ kinh phí cho khu dân cư theo hướng dẫn của Thông tư liên tịch số 121/2014/TTLT-BTC-BVHTTDL của Bộ Tài chính và Bộ Văn hóa, Thể thao và Du lịch; bổ sung tiêu chí bình xét khu dân cư văn hóa phù hợp với vùng đồng bào Raglai.
Ông Cao Xuân Hòa, Trưởng ban Công tác Mặt trận thôn Suối Cát, xã Suối Cát (huyện Cam Lâm), kể việc thôn vận động 19 hộ hiến đất mở rộng đường liên xã với tổng diện tích gần 2.000 m2, không đòi bồi thường.
Bên cạnh đó, hội nghị chỉ ra một số hạn chế: ở một số khu dân cư, nhất là tại thành phố Nha Trang, tỷ lệ người dân tham gia ngày hội còn thấp, chỉ khoảng 40 - 50% số hộ; phần báo cáo kết quả thực hiện cuộc vận động còn dài, nặng tính hình thức; việc vận động các doanh nghiệp, nhà hảo tâm đóng góp chưa đồng đều giữa các địa phương.
Phát biểu kết luận, đồng chí Nguyễn Thị Hồng Nhung đề nghị năm 2018 Mặt trận các cấp tiếp tục thực hiện Chương trình phối hợp số 05/CTPH-MTTQ-UBND về tổ chức ngày hội giai đoạn 2016 - 2020 giữa Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh; chú trọng công tác khen thưởng, kịp thời nhân rộng những khu dân cư làm tốt.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 24 tập thể và 31 cá nhân; đồng chí Phạm Đức Minh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh công bố quyết định khen thưởng.
KIM DUNG
Tin liên quan
- Cam Ranh: 4 phường ra mắt mô hình "Khu phố tự quản" (05/12/2017)
- Mặt trận tỉnh phân bổ hàng cứu trợ sau bão số 12 (20/11/2017)
- Ngày hội ở thôn Hòn Khói (16/11/2017)
""", "2017-12-15", "Ngày hội đại đoàn kết lan tỏa khắp khu dân cư",
E("tong_ket", "2017", "2017-12-14"),
[P("Nguyễn Thị Hồng Nhung", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Lợi", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Vạn Ninh"),
 P("Cao Xuân Hòa", "Trưởng ban Công tác Mặt trận thôn Suối Cát"),
 P("Phạm Đức Minh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("100%", 100, "%"), Q("947 thôn, tổ dân phố", 947, "thôn, tổ dân phố"), Q("hơn 4,3 tỷ đồng", 4300000000, "đồng", "over"),
 Q("3.160 phần quà", 3160, "phần quà"), Q("64 nhà Đại đoàn kết", 64, "nhà Đại đoàn kết"), Q("812 khu dân cư", 812, "khu dân cư"),
 Q("85,7%", 85.7, "%"), Q("6 thôn", 6, "thôn"), Q("19 hộ", 19, "hộ"), Q("gần 2.000 m2", 2000, "m2", "approx"),
 Q("24 tập thể", 24, "tập thể"), Q("31 cá nhân", 31, "cá nhân"),
 Q("khoảng 40 - 50%", 40, "%", "approx"), Q("50%", 50, "%", "approx")],
[D("Thông tư liên tịch", "121", "2014/TTLT-BTC-BVHTTDL", None, "Bộ Tài chính và Bộ Văn hóa, Thể thao và Du lịch", "Thông tư liên tịch số 121/2014/TTLT-BTC-BVHTTDL"),
 D("Chương trình phối hợp", "05", "CTPH-MTTQ-UBND", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh", "Chương trình phối hợp số 05/CTPH-MTTQ-UBND")],
[prov("Khánh Hòa"), com("Vạn Thạnh"), com("Suối Cát")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Thời sự > Mặt trận", "Tin nóng: Khánh Hòa tập trung khắc phục hậu quả bão số 12"],
["15 tháng 12, 2017 | 16:30", "bão số 12", "năm 2017", "năm 2018", "2016 - 2020"]))

PAGES.append(page("b6495-hatinh-ngayhoi-lanhdao-2018", """
Báo Hà Tĩnh
Chính trị | Mặt trận
Cập nhật: 14/11/2018 08:25
Toàn cảnh ngày hội tại thôn Trung Tiến.
Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam vui ngày hội với nhân dân thôn Trung Tiến
(Baohatinh.vn) - Chiều 13/11, đồng chí Trương Thị Ngọc Thanh, Ủy viên Ban Chấp hành Trung ương Đảng, Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam đã về dự Ngày hội Đại đoàn kết toàn dân tộc tại thôn Trung Tiến, xã Cẩm Quang (huyện Cẩm Xuyên). Cùng dự có đồng chí Phan Văn Điệp, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Hà Tĩnh; đồng chí Võ Thị Hồng Hải, TUV, Chủ tịch Ủy ban MTTQ tỉnh.
Thôn Trung Tiến được sáp nhập từ 2 thôn cũ vào đầu năm 2018, có 312 hộ, 1.145 nhân khẩu. Từ khi triển khai xây dựng khu dân cư nông thôn mới kiểu mẫu, bà con đã hiến 4.600 m2 đất, góp trên 1,35 tỷ đồng cùng hàng nghìn ngày công để chỉnh trang 5,6 km đường thôn, xây 3 nhà văn hóa và trồng hơn 2.000 cây xanh. Thu nhập bình quân đạt 36 triệu đồng/người/năm; hộ nghèo còn 2,2%.
Bà Nguyễn Thị Thanh, Trưởng ban Công tác Mặt trận thôn Trung Tiến chia sẻ: sau sáp nhập, điều lo nhất là bà con hai thôn chưa hiểu nhau. Ban công tác Mặt trận đã chia khu dân cư thành 14 liên gia tự quản, mỗi tháng sinh hoạt 1 lần, ai có việc hiếu hỷ cả thôn cùng góp sức, nhờ vậy chưa đầy một năm, không khí đã đầm ấm như một nhà.
Phát biểu tại ngày hội, đồng chí Trương Thị Ngọc Thanh biểu dương những kết quả mà Đảng bộ, chính quyền, nhân dân xã Cẩm Quang đạt được; đề nghị xã tiếp tục thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về sắp xếp tổ chức bộ máy, trong đó có việc sáp nhập thôn, tổ dân phố, làm sao để việc sáp nhập thực sự được lòng dân. Đồng chí đề nghị Mặt trận các cấp của tỉnh tiếp tục thực hiện Nghị quyết 06-NQ/TU, 07-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới và khu dân cư kiểu mẫu.
Thay mặt cấp ủy, chính quyền địa phương, đồng chí Phan Văn Điệp tiếp thu ý kiến chỉ đạo và khẳng định Hà Tĩnh sẽ tiếp tục quan tâm phát huy vai trò của Ban công tác Mặt trận ở khu dân cư.
Nhân dịp này, Ủy ban Trung ương MTTQ Việt Nam trao tặng thôn Trung Tiến 1 bộ loa truyền thanh trị giá 30 triệu đồng; Ủy ban MTTQ tỉnh trao 20 suất quà cho hộ nghèo, gia đình chính sách, mỗi suất 1 triệu đồng. Đồng chí Lê Văn Hưng, Bí thư Đảng ủy xã Cẩm Quang, cho biết năm 2018 xã có 17/17 thôn tổ chức ngày hội.
Theo Ủy ban MTTQ tỉnh, năm nay toàn tỉnh có 1.983 khu dân cư tổ chức ngày hội; Mặt trận các cấp đã vận động nhân dân hiến hơn 300.000 m2 đất, tháo dỡ trên 40 km tường rào để làm đường giao thông.
Phan Trâm - Thu Phương
Tin khác
- Hương Khê: 70 thôn sáp nhập tổ chức ngày hội (12/11/2018)
- Trao 160 triệu đồng hỗ trợ xây nhà Đại đoàn kết (09/11/2018)
""", "2018-11-14", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam vui ngày hội với nhân dân thôn Trung Tiến",
E("khac", None, "2018-11-13"),
[P("Trương Thị Ngọc Thanh", "Ủy viên Ban Chấp hành Trung ương Đảng", "Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam"),
 P("Phan Văn Điệp", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh Hà Tĩnh"),
 P("Võ Thị Hồng Hải", "TUV", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Thanh", "Trưởng ban Công tác Mặt trận thôn Trung Tiến"),
 P("Lê Văn Hưng", "Bí thư Đảng ủy xã Cẩm Quang")],
[Q("2 thôn cũ", 2, "thôn"), Q("312 hộ", 312, "hộ"), Q("1.145 nhân khẩu", 1145, "nhân khẩu"), Q("4.600 m2", 4600, "m2"),
 Q("trên 1,35 tỷ đồng", 1350000000, "đồng", "over"), Q("5,6 km", 5.6, "km"), Q("3 nhà văn hóa", 3, "nhà văn hóa"),
 Q("hơn 2.000 cây xanh", 2000, "cây xanh", "over"), Q("36 triệu đồng/người/năm", 36000000, "đồng"), Q("2,2%", 2.2, "%"),
 Q("14 liên gia tự quản", 14, "liên gia tự quản"), Q("30 triệu đồng", 30000000, "đồng"), Q("20 suất quà", 20, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("17/17 thôn", 17, "thôn"), Q("1.983 khu dân cư", 1983, "khu dân cư"),
 Q("hơn 300.000 m2", 300000, "m2", "over"), Q("trên 40 km", 40, "km", "over")],
[D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương Đảng khóa XII", "Nghị quyết số 18-NQ/TW ngày 25/10/2017"),
 D("Nghị quyết", "06", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 06-NQ/TU, 07-NQ/TU"),
 D("Nghị quyết", "07", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 06-NQ/TU, 07-NQ/TU")],
[prov("Hà Tĩnh"), com("Cẩm Quang")],
["Báo Hà Tĩnh", "Chính trị | Mặt trận", "Toàn cảnh ngày hội tại thôn Trung Tiến.", "(Baohatinh.vn)"],
["Cập nhật: 14/11/2018 08:25", "năm 2018", "lần thứ sáu", "khóa XII", "1 lần", "1 bộ loa truyền thanh", "một năm"]))

PAGES.append(page("b6496-sonla-mttq-taphuan-bancongtac-2019", """
SƠN LA ĐIỆN TỬ | BÁO SƠN LA
Trang chủ › Chính trị › Mặt trận - Đoàn thể
2019-09-20 14:10
Tập huấn nghiệp vụ cho trưởng ban công tác Mặt trận trước thềm ngày hội
Trong 2 ngày 19 và 20/9, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sơn La tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận năm 2019 cho 210 học viên là trưởng ban công tác Mặt trận bản, tiểu khu, tổ dân phố của các huyện Mường La, Thuận Châu, Quỳnh Nhai và thành phố Sơn La.
Khai mạc lớp tập huấn, đồng chí Lò Thị Liên, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh nhấn mạnh: Ban công tác Mặt trận là "cánh tay nối dài" của Mặt trận ở cơ sở, nơi trực tiếp tổ chức Ngày hội Đại đoàn kết toàn dân tộc, nắm tình hình, phản ánh tâm tư, nguyện vọng của nhân dân.
Các học viên được truyền đạt các chuyên đề: hướng dẫn tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2019 theo Hướng dẫn số 32/HD-MTTW-BTT ngày 15/8/2019 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; kỹ năng hòa giải ở cơ sở; việc thực hiện Quyết định 218-QĐ/TW của Bộ Chính trị về việc Mặt trận và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền; quy trình bình xét khu dân cư văn hóa. Giảng viên là các đồng chí: Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Cầm Văn Chung, Quàng Thị Phượng và đồng chí Tòng Văn Hải, Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, năm 2018, có 3.037/3.101 bản, tiểu khu, tổ dân phố trong tỉnh tổ chức ngày hội, đạt 97,9%; tổng kinh phí tổ chức hơn 5,8 tỷ đồng, trong đó ngân sách hỗ trợ 2,5 triệu đồng/khu dân cư. Ở nhiều bản vùng cao, ngày hội đã trở thành dịp để bà con người Thái, người Mông, người Khơ Mú giao lưu văn hóa, thi tung còn, thi nấu cơm lam.
Tại lớp tập huấn, học viên Mùa A Chớ, Trưởng ban Công tác Mặt trận bản Huổi Một, xã Chiềng Lao (huyện Mường La) nêu khó khăn khi bản ở xa trung tâm, có 86 hộ nhưng nhiều hộ đi làm ăn xa; học viên Lường Thị Ín, Trưởng ban Công tác Mặt trận tiểu khu 2, thị trấn Thuận Châu, đề nghị có tài liệu song ngữ Thái - Việt để tuyên truyền.
Đồng chí Cầm Văn Chung cho biết, Ủy ban MTTQ tỉnh đang tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị về tăng cường sự lãnh đạo của cấp ủy đối với việc tổ chức ngày hội, thay thế Chỉ thị số 17-CT/TU năm 2012. Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu bài kiểm tra cuối khóa; Ban tổ chức cấp phát 210 bộ tài liệu.
Trong năm 2019, Ủy ban MTTQ tỉnh dự kiến mở 6 lớp tập huấn, bồi dưỡng cho khoảng 1.300 lượt cán bộ Mặt trận cơ sở, kinh phí gần 420 triệu đồng.
Bài, ảnh: Lò Thủy
Bài viết liên quan
- Sốp Cộp: ngày hội ở bản Nà Khi (18/11/2018)
- Mặt trận tỉnh giám sát thực hiện chính sách hỗ trợ hộ nghèo (05/09/2019)
""", "2019-09-20", "Tập huấn nghiệp vụ cho trưởng ban công tác Mặt trận trước thềm ngày hội",
E("tap_huan", "2019", "2019-09-19"),
[P("Lò Thị Liên", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cầm Văn Chung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quàng Thị Phượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Tòng Văn Hải", "Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Mùa A Chớ", "Trưởng ban Công tác Mặt trận bản Huổi Một"),
 P("Lường Thị Ín", "Trưởng ban Công tác Mặt trận tiểu khu 2")],
[Q("210 học viên", 210, "học viên"), Q("3.037/3.101 bản, tiểu khu, tổ dân phố", 3037, "bản, tiểu khu, tổ dân phố"),
 Q("97,9%", 97.9, "%"), Q("hơn 5,8 tỷ đồng", 5800000000, "đồng", "over"), Q("2,5 triệu đồng/khu dân cư", 2500000, "đồng"),
 Q("86 hộ", 86, "hộ"), Q("100%", 100, "%"), Q("210 bộ tài liệu", 210, "bộ tài liệu"), Q("6 lớp tập huấn", 6, "lớp tập huấn"),
 Q("khoảng 1.300 lượt cán bộ Mặt trận cơ sở", 1300, "lượt cán bộ Mặt trận cơ sở", "approx"),
 Q("gần 420 triệu đồng", 420000000, "đồng", "approx")],
[D("Hướng dẫn", "32", "HD-MTTW-BTT", "2019-08-15", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 32/HD-MTTW-BTT ngày 15/8/2019"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 218-QĐ/TW"),
 D("Chỉ thị", "17", "CT/TU", None, None, "Chỉ thị số 17-CT/TU")],
[prov("Sơn La"), com("Chiềng Lao"), com("Thuận Châu")],
["SƠN LA ĐIỆN TỬ | BÁO SƠN LA", "Trang chủ › Chính trị › Mặt trận - Đoàn thể", "cánh tay nối dài"],
["2019-09-20 14:10", "2 ngày", "năm 2019", "năm 2018", "năm 2012"]))
