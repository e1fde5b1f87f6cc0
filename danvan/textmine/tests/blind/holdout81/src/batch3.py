from lib import *
PAGES = []

PAGES.append(page("b1913-dongnai-xa-guong-bithu-chibo-2025", """
Báo Đồng Nai điện tử
Xã hội | Gương sáng
24/10/2025 06:00
Bà Điểu Thị Hiền (thứ hai từ trái) trò chuyện với bà con sóc Bù Lư.
Nữ Bí thư chi bộ người S'tiêng giữ lửa ở sóc Bù Lư
Hơn 10 năm làm Bí thư Chi bộ sóc Bù Lư, xã Bù Gia Mập (tỉnh Đồng Nai), bà Điểu Thị Hiền đã cùng chi bộ vận động bà con người S'tiêng bỏ tập quán du canh, trồng điều, cao su và đưa trẻ đến trường. Sau khi sắp xếp đơn vị hành chính, sóc Bù Lư trở thành một trong 26 thôn, sóc của xã Bù Gia Mập mới.
Bà Điểu Thị Hiền, Bí thư Chi bộ, Trưởng sóc Bù Lư, năm nay 47 tuổi, là đảng viên trẻ nhất khi chi bộ được thành lập. Khi bà nhận nhiệm vụ, cả sóc có 142 hộ thì 61 hộ nghèo, nhiều gia đình thiếu đất sản xuất. Bà cùng chi ủy đi từng nhà, họp dân ngay dưới tán rừng điều để bàn cách làm ăn.
Theo đồng chí Lê Quang Minh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Bù Gia Mập, nhờ sự vận động của chi bộ, đến nay sóc chỉ còn 9 hộ nghèo; 100% trẻ em trong độ tuổi được đến trường; bà con hiến hơn 2.600 m2 đất làm đường nội sóc. Chi bộ từ 5 đảng viên nay đã có 17 đảng viên, trong đó có 8 đảng viên là người S'tiêng.
Bà Hiền còn vận động các con ở xa đóng góp 120 triệu đồng xây nhà sinh hoạt cộng đồng, lập tổ hợp tác trồng điều hữu cơ với 18 thành viên. Năm 2024, tổ bán được 46 tấn hạt điều, thu về khoảng 1,6 tỷ đồng.
Già làng Điểu Lênh, người có uy tín sóc Bù Lư, kể: "Cô Hiền nói cái gì thì làm trước, làm cho bà con thấy rồi mới bảo bà con làm theo." Bà Thị Bảo, Chi hội trưởng Chi hội Nông dân sóc, cho biết nhờ chi bộ mà nhiều thanh niên bỏ được rượu, tham gia đội bóng đá và đội cồng chiêng.
Năm 2025, bà Điểu Thị Hiền được Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen vì có thành tích xuất sắc trong thực hiện Chỉ thị số 19-CT/TW ngày 10/5/2018 của Ban Bí thư về tăng cường công tác ở chi bộ thôn, sóc; chi bộ sóc 5 năm liền hoàn thành tốt nhiệm vụ.
Đồng chí Vũ Thị Hải Yến, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy xã Bù Gia Mập đánh giá: "Những bí thư chi bộ như chị Hiền là cầu nối để chủ trương của Đảng đến với bà con nhanh nhất."
Khi được hỏi mong muốn gì, bà Hiền chỉ nói muốn sóc có thêm một sân chơi cho trẻ và một lớp dạy chữ S'tiêng vào dịp hè. Xã Bù Gia Mập hiện có khoảng 2.400 hộ đồng bào dân tộc thiểu số, chiếm 52% số hộ toàn xã. Năm 2025, Đảng ủy xã đặt mục tiêu mỗi sóc có ít nhất 2 mô hình "Dân vận khéo".
Bài, ảnh: Ngọc Hà
Tin khác
- Xã Bù Gia Mập tổ chức lễ hội Cầu mưa (15/10/2025)
- Đồng Nai: 300 người có uy tín được tập huấn (10/10/2025)
- Phú Nghĩa ra mắt tổ dân vận bon (05/10/2025)
""", "2025-10-24", "Nữ Bí thư chi bộ người S'tiêng giữ lửa ở sóc Bù Lư",
E("khac", None, None),
[P("Điểu Thị Hiền", "Bí thư Chi bộ sóc Bù Lư", "Bí thư Chi bộ", "Trưởng sóc Bù Lư"),
 P("Lê Quang Minh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Bù Gia Mập"),
 P("Điểu Lênh", "Già làng", "người có uy tín sóc Bù Lư"),
 P("Thị Bảo", "Chi hội trưởng Chi hội Nông dân sóc"),
 P("Vũ Thị Hải Yến", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy xã Bù Gia Mập")],
[Q("26 thôn, sóc", 26, "thôn, sóc"), Q("142 hộ", 142, "hộ"), Q("61 hộ nghèo", 61, "hộ nghèo"),
 Q("9 hộ nghèo", 9, "hộ nghèo"), Q("100%", 100, "%"), Q("hơn 2.600 m2", 2600, "m2", "over"),
 Q("5 đảng viên", 5, "đảng viên"), Q("17 đảng viên", 17, "đảng viên"), Q("8 đảng viên", 8, "đảng viên"),
 Q("120 triệu đồng", 120000000, "đồng"), Q("18 thành viên", 18, "thành viên"), Q("46 tấn", 46, "tấn"),
 Q("khoảng 1,6 tỷ đồng", 1600000000, "đồng", "approx"), Q("khoảng 2.400 hộ đồng bào dân tộc thiểu số", 2400, "hộ đồng bào dân tộc thiểu số", "approx"),
 Q("52%", 52, "%"), Q("2 mô hình", 2, "mô hình")],
[D("Chỉ thị", "19", "CT/TW", "2018-05-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/5/2018")],
[prov("Đồng Nai"), com("Bù Gia Mập")],
["Báo Đồng Nai điện tử", "Xã hội | Gương sáng", "Bà Điểu Thị Hiền (thứ hai từ trái) trò chuyện với bà con sóc Bù Lư.", "Dân vận khéo"],
["24/10/2025 06:00", "Hơn 10 năm", "47 tuổi", "5 năm liền", "Năm 2024", "Năm 2025", "thứ hai"]))

PAGES.append(page("b1914-angiang-xa-giaoban-t10-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ HÒN ĐẤT
Tỉnh An Giang
Trang chủ » Tin tức » Dân vận - Mặt trận
08:15 | 03/11/2025
Khối dân vận xã Hòn Đất giao ban tháng 10/2025
Chiều 31/10, Ban Tuyên giáo và Dân vận Đảng ủy xã Hòn Đất chủ trì giao ban công tác dân vận tháng 10/2025 với Ủy ban MTTQ Việt Nam xã, Công an xã và các chi bộ ấp. Đồng chí Danh Thị Sà Phia, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã chủ trì.
Theo báo cáo, trong tháng 10, xã tiếp nhận 17 đơn, kiến nghị của công dân, đã giải quyết 12 đơn; hòa giải thành 5/6 vụ việc tranh chấp đất đai. Ủy ban MTTQ xã phối hợp vận động 2.150 hộ hoàn thành cập nhật dữ liệu dân cư trên ứng dụng VNeID; Hội Nông dân xã hướng dẫn 320 hộ trồng lúa theo quy trình giảm phát thải thuộc Đề án 1 triệu ha lúa chất lượng cao.
Xã cũng triển khai Kế hoạch số 31-KH/ĐU ngày 15/10/2025 của Ban Thường vụ Đảng ủy xã và Công văn số 214-CV/BTGDVTU ngày 20/10/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về nắm tình hình tư tưởng nhân dân trước mùa mưa bão. 
Tại giao ban, ông Trần Văn Hải, Bí thư Chi bộ ấp Vàm Rầy, xã Hòn Đất cho biết, ấp có 27 hộ sống ven kênh có nguy cơ sạt lở, đã vận động 11 hộ tạm di dời. Bà Lâm Thị Kiều, Chi hội trưởng Chi hội Phụ nữ ấp Sóc Xoài, đề nghị tiếp tục giới thiệu việc làm cho lao động nữ người Khmer. Ông Quách Văn Ngọc, Trưởng ban Công tác Mặt trận ấp Mỹ Lộc, phản ánh 3 tuyến đèn chiếu sáng chưa được sửa chữa.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Danh Hùng, Nguyễn Thị Thu Hà, Tô Kim Yến báo cáo tiến độ xây dựng 35 căn nhà Đại đoàn kết cho hộ nghèo, mỗi căn được hỗ trợ 60 triệu đồng; đến nay đã bàn giao 31 căn.
Phát biểu kết luận, đồng chí Danh Thị Sà Phia đề nghị tháng 11 khối dân vận tập trung tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% ấp, kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam; phát huy vai trò tổ dân vận ấp, nắm chắc tình hình, kịp thời tham mưu cấp ủy giải quyết những vấn đề bức xúc.
Xã Hòn Đất được thành lập trên cơ sở thị trấn Hòn Đất và các xã Mỹ Hiệp Sơn, Nam Thái Sơn (huyện Hòn Đất, tỉnh Kiên Giang cũ); có 19 ấp, gần 13.000 hộ.
Trong tháng, Ủy ban MTTQ xã tiếp nhận 25 tấn gạo do các nhà hảo tâm ủng hộ, trao cho 500 hộ nghèo, hộ cận nghèo, mỗi hộ 50 kg.
Dịp này, Ủy ban MTTQ Việt Nam xã cũng phát động ủng hộ đồng bào miền Trung bị thiệt hại do bão lũ, bước đầu tiếp nhận 46 triệu đồng.
Thanh Tùng - Đài truyền thanh xã
Lượt truy cập: 48.219
Tin liên quan
- Xã Hòn Đất ra quân dọn vệ sinh kênh rạch (28/10/2025)
- Đảng ủy xã sơ kết 3 tháng hoạt động (10/10/2025)
- Giao ban dân vận tháng 9 (02/10/2025)
""", "2025-11-03", "Khối dân vận xã Hòn Đất giao ban tháng 10/2025",
E("giao_ban", "2025-10", "2025-10-31"),
[P("Danh Thị Sà Phia", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã"),
 P("Trần Văn Hải", "Bí thư Chi bộ ấp Vàm Rầy"),
 P("Lâm Thị Kiều", "Chi hội trưởng Chi hội Phụ nữ ấp Sóc Xoài"),
 P("Quách Văn Ngọc", "Trưởng ban Công tác Mặt trận ấp Mỹ Lộc"),
 P("Danh Hùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Tô Kim Yến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("17 đơn, kiến nghị", 17, "đơn, kiến nghị"), Q("12 đơn", 12, "đơn"), Q("5/6 vụ việc tranh chấp đất đai", 5, "vụ việc tranh chấp đất đai"),
 Q("2.150 hộ", 2150, "hộ"), Q("320 hộ", 320, "hộ"), Q("27 hộ", 27, "hộ"), Q("11 hộ", 11, "hộ"),
 Q("3 tuyến đèn chiếu sáng", 3, "tuyến đèn chiếu sáng"), Q("35 căn nhà Đại đoàn kết", 35, "căn nhà Đại đoàn kết"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("31 căn", 31, "căn"), Q("100%", 100, "%"), Q("19 ấp", 19, "ấp"),
 Q("gần 13.000 hộ", 13000, "hộ", "approx"), Q("46 triệu đồng", 46000000, "đồng"), Q("25 tấn", 25, "tấn"), Q("500 hộ nghèo, hộ cận nghèo", 500, "hộ nghèo, hộ cận nghèo"),
 Q("50 kg", 50, "kg")],
[D("Kế hoạch", "31", "KH/ĐU", "2025-10-15", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 31-KH/ĐU ngày 15/10/2025"),
 D("Công văn", "214", "CV/BTGDVTU", "2025-10-20", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Công văn số 214-CV/BTGDVTU ngày 20/10/2025")],
[prov("An Giang"), prov("Kiên Giang"), com("Hòn Đất"), com("Mỹ Hiệp Sơn"), com("Nam Thái Sơn")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ HÒN ĐẤT", "Trang chủ » Tin tức » Dân vận - Mặt trận", "VNeID",
 "Đề án 1 triệu ha lúa chất lượng cao", "Thanh Tùng - Đài truyền thanh xã", "Lượt truy cập: 48.219"],
["08:15 | 03/11/2025", "tháng 10/2025", "tháng 10", "tháng 11", "95 năm", "1 triệu ha", "Lượt truy cập: 48.219"]))

PAGES.append(page("b1915-dienbien-hoinghi-uytin-2022", """
Báo Điện Biên Phủ điện tử
Thời sự | Chính trị
12/08/2022 - 15:30
Mường Nhé: 196 người có uy tín được gặp mặt, cung cấp thông tin
Sáng 11/8, Ban Dân vận Huyện ủy Mường Nhé phối hợp Ủy ban MTTQ huyện tổ chức hội nghị gặp mặt, cung cấp thông tin cho người có uy tín trong đồng bào dân tộc thiểu số năm 2022. Tham dự có 196 người có uy tín là già làng, trưởng bản, trưởng dòng họ người Mông, Hà Nhì, Cống, Si La, Dao, Thái của 11 xã.
Đến dự có đồng chí Lò Thị Luyến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Vàng A Dính, Phó Bí thư Thường trực Huyện ủy; Pờ Thị Nhung, HUV, Trưởng Ban Dân vận Huyện ủy.
Đồng chí Pờ Thị Nhung, HUV, Trưởng Ban Dân vận Huyện ủy thông tin tại hội nghị.
Tại hội nghị, các đại biểu được nghe thông tin về tình hình kinh tế - xã hội của huyện 7 tháng năm 2022; việc thực hiện Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín; Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi và Kế hoạch số 58-KH/HU ngày 20/4/2022 của Ban Thường vụ Huyện ủy về vận động đồng bào không di cư tự do.
Ông Chảo Chà Phừ, người có uy tín bản Tá Miếu, xã Sín Thầu, phản ánh bản có 12 hộ chưa có điện lưới. Ông Lý Gạ Sinh, già làng bản Nậm Pắc, xã Chung Chải, cho biết năm qua bà con người Hà Nhì trong bản đã hiến 1.500 m2 đất để làm điểm trường. Bà Giàng Thị Dia, trưởng dòng họ Giàng ở xã Quảng Lâm, đề nghị mở lớp dạy nghề cho thanh niên.
Đồng chí Vàng A Dính giải đáp các kiến nghị; đồng thời cho biết, 6 tháng đầu năm, người có uy tín đã tham gia hòa giải thành 34 vụ việc, vận động 57 hộ trở về nơi cư trú, phát hiện, tố giác 9 vụ việc liên quan đến ma túy.
Phát biểu tại hội nghị, đồng chí Lò Thị Luyến ghi nhận đóng góp của đội ngũ người có uy tín, đề nghị tiếp tục vận động nhân dân thực hiện tốt "3 không": không nghe, không tin, không làm theo kẻ xấu; không trồng, tái trồng cây thuốc phiện.
Nhân dịp này, Ban Dân vận Tỉnh ủy trao 196 phần quà cho người có uy tín, mỗi phần trị giá 500.000 đồng; Ủy ban MTTQ huyện tặng giấy khen cho 14 người có uy tín tiêu biểu.
Theo Ban Dân vận Huyện ủy, toàn huyện hiện có 11 xã với 116 bản; tổng kinh phí cho hoạt động của người có uy tín năm 2022 khoảng 520 triệu đồng. Sau hội nghị, các đại biểu được tham quan mô hình trồng sa nhân dưới tán rừng tại xã Chung Chải.
Hoàng Châu
Tin cùng chuyên mục
- Nậm Pồ: đối thoại với người có uy tín (09/08/2022)
- Điện Biên Đông sơ kết 6 tháng công tác dân vận (01/08/2022)
- Mường Chà vận động nhân dân không di cư tự do (25/07/2022)
""", "2022-08-12", "Mường Nhé: 196 người có uy tín được gặp mặt, cung cấp thông tin",
E("hoi_nghi", "2022", "2022-08-11"),
[P("Lò Thị Luyến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng A Dính", "Phó Bí thư Thường trực Huyện ủy"),
 P("Pờ Thị Nhung", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Chảo Chà Phừ", "người có uy tín bản Tá Miếu"),
 P("Lý Gạ Sinh", "già làng bản Nậm Pắc"),
 P("Giàng Thị Dia", "trưởng dòng họ Giàng ở xã Quảng Lâm")],
[Q("196 người có uy tín", 196, "người có uy tín"), Q("11 xã", 11, "xã"), Q("12 hộ", 12, "hộ"), Q("1.500 m2", 1500, "m2"),
 Q("34 vụ việc", 34, "vụ việc"), Q("57 hộ", 57, "hộ"), Q("9 vụ việc", 9, "vụ việc"), Q("196 phần quà", 196, "phần quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("14 người có uy tín tiêu biểu", 14, "người có uy tín tiêu biểu"),
 Q("116 bản", 116, "bản"), Q("khoảng 520 triệu đồng", 520000000, "đồng", "approx")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Kế hoạch", "58", "KH/HU", "2022-04-20", "Ban Thường vụ Huyện ủy", "Kế hoạch số 58-KH/HU ngày 20/4/2022")],
[prov("Điện Biên"), com("Sín Thầu"), com("Chung Chải"), com("Quảng Lâm")],
["Báo Điện Biên Phủ điện tử", "Thời sự | Chính trị", "Đồng chí Pờ Thị Nhung, HUV, Trưởng Ban Dân vận Huyện ủy thông tin tại hội nghị.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "3 không"],
["12/08/2022 - 15:30", "năm 2022", "7 tháng năm 2022", "6 tháng đầu năm", "3 không"]))

PAGES.append(page("b1916-hatinh-xa-tongket-danvankheo-2023", """
BAN DÂN VẬN TỈNH ỦY HÀ TĨNH
You are here: Trang chủ › Dân vận khéo › Tin cơ sở
Thứ Hai, 15/01/2024
Toàn cảnh hội nghị tổng kết.
Xã Thạch Hội có 21 mô hình "Dân vận khéo" được công nhận
Ngày 12/01/2024, Đảng ủy xã Thạch Hội tổ chức hội nghị tổng kết công tác dân vận và phong trào thi đua "Dân vận khéo" năm 2023. Đồng chí Nguyễn Thị Thu Hằng, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã chủ trì.
Năm 2023, khối dân vận xã đã tham mưu Đảng ủy xã ban hành Nghị quyết chuyên đề số 07-NQ/ĐU về xây dựng khu dân cư nông thôn mới kiểu mẫu và Kế hoạch số 42-KH/ĐU thực hiện Chỉ thị 08, 09-CT/HU của Ban Thường vụ Huyện ủy Thạch Hà. Toàn xã có 21 mô hình "Dân vận khéo" được công nhận, trong đó 4 mô hình cấp huyện; nhân dân hiến 7.800 m2 đất, đóng góp 2,35 tỷ đồng làm 6,2 km đường liên thôn và 850 m kênh mương.
Ông Trần Đình Hưng, Trưởng thôn Hội Tiến, chia sẻ: thôn vận động 38 hộ tháo dỡ tường rào, hiến đất mà không phải đền bù. Bà Võ Thị Lài, Chi hội trưởng Chi hội Phụ nữ thôn Hội Thủy, cho biết mô hình "Tổ liên gia tự quản" đã giúp giảm 90% số vụ mâu thuẫn trong thôn.
Đồng chí Phan Văn Cường, HUV, Trưởng Ban Dân vận Huyện ủy Thạch Hà, đánh giá cao cách làm của xã và đề nghị năm 2024 tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương ban hành Quy chế công tác dân vận của hệ thống chính trị, chú trọng dân vận chính quyền.
Hội nghị đã biểu dương 12 tập thể, 25 cá nhân tiêu biểu, mỗi tập thể được thưởng 1 triệu đồng, mỗi cá nhân 500.000 đồng. Các đồng chí Lê Văn Thông, Hồ Thị Thanh - Ủy viên Ban Chấp hành Đảng bộ xã được phân công theo dõi phong trào ở 2 cụm dân cư.
Trong năm, Ban Thanh tra nhân dân xã tiếp nhận 9 đơn thư, kiến nghị, đã phối hợp giải quyết 9 đơn; không có đơn thư vượt cấp. Tỷ lệ hộ nghèo của xã giảm còn 2,1%, thu nhập bình quân đạt 52 triệu đồng/người/năm.
Kết thúc hội nghị, các đại biểu ký giao ước thi đua năm 2024 với chủ đề "Dân vận khéo xây dựng khu dân cư kiểu mẫu".
Theo Ban Dân vận Tỉnh ủy Hà Tĩnh, năm 2023 toàn tỉnh có hơn 2.000 mô hình "Dân vận khéo" được công nhận ở các cấp. Xã Thạch Hội là 1 trong 5 xã của huyện Thạch Hà được chọn làm điểm xây dựng khu dân cư kiểu mẫu gắn với dân vận khéo; đến nay đã có 3/7 thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu.
Ban Thường vụ Huyện ủy Thạch Hà cũng chọn xã làm nơi tổ chức hội nghị điểm về dân vận chính quyền trong quý I/2024.
Quang Đức
Tin liên quan
- Thạch Hà tổng kết phong trào "Dân vận khéo" năm 2023 (10/01/2024)
- Cẩm Xuyên: 100% xã có mô hình "Dân vận khéo" (05/01/2024)
- Kỷ niệm 90 năm Ngày truyền thống công tác dân vận (15/10/2023)
""", "2024-01-15", 'Xã Thạch Hội có 21 mô hình "Dân vận khéo" được công nhận',
E("tong_ket", "2023", "2024-01-12"),
[P("Nguyễn Thị Thu Hằng", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Trần Đình Hưng", "Trưởng thôn Hội Tiến"),
 P("Võ Thị Lài", "Chi hội trưởng Chi hội Phụ nữ thôn Hội Thủy"),
 P("Phan Văn Cường", "HUV", "Trưởng Ban Dân vận Huyện ủy Thạch Hà"),
 P("Lê Văn Thông", "Ủy viên Ban Chấp hành Đảng bộ xã"),
 P("Hồ Thị Thanh", "Ủy viên Ban Chấp hành Đảng bộ xã")],
[Q("21 mô hình", 21, "mô hình"), Q("4 mô hình", 4, "mô hình"), Q("7.800 m2", 7800, "m2"),
 Q("2,35 tỷ đồng", 2350000000, "đồng"), Q("6,2 km", 6.2, "km"), Q("850 m", 850, "m"), Q("38 hộ", 38, "hộ"),
 Q("90%", 90, "%"), Q("12 tập thể", 12, "tập thể"), Q("25 cá nhân", 25, "cá nhân"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("500.000 đồng", 500000, "đồng"), Q("2 cụm dân cư", 2, "cụm dân cư"), Q("9 đơn thư, kiến nghị", 9, "đơn thư, kiến nghị"),
 Q("9 đơn", 9, "đơn"), Q("2,1%", 2.1, "%"), Q("52 triệu đồng/người/năm", 52000000, "đồng"),
 Q("hơn 2.000 mô hình", 2000, "mô hình", "over"), Q("5 xã", 5, "xã"), Q("3/7 thôn", 3, "thôn")],
[D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 07-NQ/ĐU"),
 D("Kế hoạch", "42", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 42-KH/ĐU"),
 D("Chỉ thị", "08", "CT/HU", None, "Ban Thường vụ Huyện ủy Thạch Hà", "Chỉ thị 08, 09-CT/HU"),
 D("Chỉ thị", "09", "CT/HU", None, "Ban Thường vụ Huyện ủy Thạch Hà", "Chỉ thị 08, 09-CT/HU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Hà Tĩnh"), com("Thạch Hội")],
["BAN DÂN VẬN TỈNH ỦY HÀ TĨNH", "You are here: Trang chủ › Dân vận khéo › Tin cơ sở", "Toàn cảnh hội nghị tổng kết.",
 "Dân vận khéo", "Tổ liên gia tự quản", "Quy chế công tác dân vận của hệ thống chính trị", "Dân vận khéo xây dựng khu dân cư kiểu mẫu"],
["Thứ Hai, 15/01/2024", "năm 2023", "năm 2024", "1 trong 5", "quý I/2024"]))
