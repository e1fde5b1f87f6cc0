"""holdout44 batch 1: b1013-b1018 (Thanh Hóa 2011, Nghệ An 2012, Hà Tĩnh 2013, Quảng Nam 2014, Quảng Bình 2015, Quảng Trị 2016)."""
from lib import *

PAGES = []

# ---------------------------------------------------------------- b1013
PAGES.append(page(
"b1013-thanhhoa-mttq-tongket-2011",
"""
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH THANH HÓA
Trang chủ » Hoạt động Mặt trận » Tin tức - Sự kiện
Thứ Sáu, 30/12/2011 - 16:20
Ảnh: Toàn cảnh hội nghị tổng kết.
Mặt trận Thanh Hóa vận động 52,4 tỷ đồng ủng hộ người nghèo
Ngày 29/12, Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác Mặt trận năm 2011, triển khai chương trình phối hợp và thống nhất hành động năm 2012. Dự hội nghị có đồng chí Lê Thị Minh Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Hà Văn Thắm, Phó Chủ tịch UBND tỉnh. Đồng chí Trịnh Văn Khải, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Năm 2011, Mặt trận các cấp đã phối hợp tổ chức tốt Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" và Cuộc vận động "Ngày vì người nghèo". Quỹ "Vì người nghèo" các cấp tiếp nhận 52,4 tỷ đồng, trong đó cấp tỉnh 18,7 tỷ đồng. Từ nguồn quỹ, Mặt trận đã hỗ trợ xây mới và sửa chữa 1.846 nhà Đại đoàn kết, mỗi nhà được hỗ trợ từ 15 đến 20 triệu đồng; tặng 23.600 suất quà Tết cho hộ nghèo, gia đình chính sách; hỗ trợ 1.250 hộ đồng bào dân tộc thiểu số ở vùng cao mua giống, phân bón. Cùng với nguồn vốn theo Quyết định 167/2008/QĐ-TTg ngày 12/12/2008 của Thủ tướng Chính phủ, toàn tỉnh đã cơ bản xóa nhà tạm cho hộ nghèo ở 11 huyện miền núi.
Toàn tỉnh có 4.512/4.598 khu dân cư đăng ký xây dựng khu dân cư văn hóa; 3.760 khu dân cư được công nhận danh hiệu "Khu dân cư văn hóa", đạt 81,8%. Công tác giám sát, phản biện xã hội có chuyển biến; Ban Thanh tra nhân dân ở 637 xã, phường, thị trấn tiếp nhận gần 2.900 ý kiến, kiến nghị của nhân dân. Mặt trận các cấp đã phối hợp tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XIII và đại biểu HĐND các cấp nhiệm kỳ 2011 - 2016 ngày 22/5/2011, tỷ lệ cử tri đi bầu đạt 99,68%. Các tổ chức thành viên là Hội Cựu chiến binh, Hội Nông dân, Hội LHPN, Tỉnh đoàn đã góp 3,6 tỷ đồng và hơn 25.000 ngày công làm nhà Đại đoàn kết, trong đó Hội LHPN tỉnh xây 86 “Mái ấm tình thương”.
Tại hội nghị, bà Lò Thị Chiêm, Chủ tịch Ủy ban MTTQ huyện Mường Lát, chia sẻ kinh nghiệm vận động đồng bào Mông, Thái ở vùng biên giới định canh, định cư. Ông Vi Văn Lún, Trưởng ban công tác Mặt trận bản Pù Toong, xã Tam Chung, cho biết bản đã vận động 42 hộ hiến gần 6.000 m2 đất làm đường liên bản. Ông Quách Công Nhạc, Phó Chủ tịch Ủy ban MTTQ huyện Thạch Thành, đề nghị nâng mức hỗ trợ làm nhà cho hộ nghèo lên 25 triệu đồng/căn.
Phát biểu chỉ đạo, đồng chí Lê Thị Minh Hằng đề nghị Mặt trận các cấp tiếp tục thực hiện Kết luận 25, 26-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận và xây dựng khối đại đoàn kết toàn dân tộc; quán triệt Hướng dẫn số 28/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" ở khu dân cư.
Phát biểu kết luận, Chủ tịch Ủy ban MTTQ tỉnh Trịnh Văn Khải nêu 5 nhiệm vụ trọng tâm năm 2012, trong đó phấn đấu hỗ trợ xây dựng 2.000 nhà Đại đoàn kết và vận động Quỹ "Vì người nghèo" đạt 55 tỷ đồng.
Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 35 tập thể và 62 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2011.
Lê Hà
Tin liên quan
- Mường Lát: Ra mắt 12 mô hình "Khu dân cư tự quản" (20/12/2011)
- Quỹ "Vì người nghèo" tỉnh tiếp nhận 3,2 tỷ đồng dịp cao điểm (15/11/2011)
- Hội nghị giao ban công tác Mặt trận cụm miền núi (02/11/2011)
- Ngày hội Đại đoàn kết ở bản Pù Toong, xã Tam Chung (18/10/2011)
- Đồng chí Trịnh Văn Khải thăm, tặng quà đồng bào vùng lũ Quan Hóa (05/10/2011)
- Hướng dẫn thực hiện Quyết định 167/2008/QĐ-TTg giai đoạn 2 (21/09/2011)
Bản quyền thuộc Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa. Địa chỉ: 35 Đại lộ Lê Lợi, TP Thanh Hóa.
Điện thoại: 037.3852.204 - Fax: 037.3852.117 - Số lượt truy cập: 1.208.364
""",
"2011-12-30",
"Mặt trận Thanh Hóa vận động 52,4 tỷ đồng ủng hộ người nghèo",
E("tong_ket", "2011", "2011-12-29"),
[
    P("Lê Thị Minh Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Hà Văn Thắm", "Phó Chủ tịch UBND tỉnh"),
    P("Trịnh Văn Khải", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Ủy ban MTTQ tỉnh"),
    P("Lò Thị Chiêm", "Chủ tịch Ủy ban MTTQ huyện Mường Lát"),
    P("Vi Văn Lún", "Trưởng ban công tác Mặt trận bản Pù Toong"),
    P("Quách Công Nhạc", "Phó Chủ tịch Ủy ban MTTQ huyện Thạch Thành"),
],
[
    Q("52,4 tỷ đồng", 52400000000, "đồng"),
    Q("18,7 tỷ đồng", 18700000000, "đồng"),
    Q("1.846 nhà Đại đoàn kết", 1846, "nhà Đại đoàn kết"),
    Q("từ 15 đến 20 triệu đồng", 15000000, "đồng"),
    Q("20 triệu đồng", 20000000, "đồng"),
    Q("23.600 suất quà Tết", 23600, "suất quà Tết"),
    Q("1.250 hộ đồng bào dân tộc thiểu số", 1250, "hộ đồng bào dân tộc thiểu số"),
    Q("11 huyện miền núi", 11, "huyện miền núi"),
    Q("4.512/4.598 khu dân cư", 4512, "khu dân cư"),
    Q("3.760 khu dân cư", 3760, "khu dân cư"),
    Q("81,8%", 81.8, "%"),
    Q("637 xã, phường, thị trấn", 637, "xã, phường, thị trấn"),
    Q("gần 2.900 ý kiến, kiến nghị", 2900, "ý kiến, kiến nghị", "approx"),
    Q("99,68%", 99.68, "%"),
    Q("3,6 tỷ đồng", 3600000000, "đồng"),
    Q("hơn 25.000 ngày công", 25000, "ngày công", "over"),
    Q("86 “Mái ấm tình thương”", 86, "Mái ấm tình thương"),
    Q("42 hộ", 42, "hộ"),
    Q("gần 6.000 m2", 6000, "m2", "approx"),
    Q("25 triệu đồng/căn", 25000000, "đồng"),
    Q("5 nhiệm vụ trọng tâm", 5, "nhiệm vụ trọng tâm"),
    Q("2.000 nhà Đại đoàn kết", 2000, "nhà Đại đoàn kết"),
    Q("55 tỷ đồng", 55000000000, "đồng"),
    Q("35 tập thể", 35, "tập thể"),
    Q("62 cá nhân", 62, "cá nhân"),
],
[
    D("Quyết định", "167", "2008/QĐ-TTg", "2008-12-12", "Thủ tướng Chính phủ", surface="Quyết định 167/2008/QĐ-TTg ngày 12/12/2008"),
    D("Kết luận", "25", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kết luận 25, 26-KL/TU"),
    D("Kết luận", "26", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kết luận 25, 26-KL/TU"),
    D("Hướng dẫn", "28", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", surface="Hướng dẫn số 28/HD-MTTW-BTT"),
],
[prov("Thanh Hóa"), com("Tam Chung")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH THANH HÓA", "Trang chủ » Hoạt động Mặt trận » Tin tức - Sự kiện",
 "Ảnh: Toàn cảnh hội nghị tổng kết.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Ngày vì người nghèo",
 "Vì người nghèo", "Khu dân cư văn hóa", "Ngày hội Đại đoàn kết toàn dân tộc", "Ban Thanh tra nhân dân", "bản Pù Toong",
 "huyện Mường Lát", "huyện Thạch Thành", "Mái ấm tình thương"],
["Thứ Sáu, 30/12/2011 - 16:20", "Ngày 29/12", "năm 2011", "năm 2012", "hộ đồng bào", "25, 26-KL/TU", "khóa XIII",
 "nhiệm kỳ 2011 - 2016", "ngày 22/5/2011"],
))

# ---------------------------------------------------------------- b1014
PAGES.append(page(
"b1014-nghean-hnd-soket-2012",
"""
Báo Nghệ An điện tử
Thời sự > Chính trị > Mặt trận - Đoàn thể
Cập nhật ngày: 18/07/2012 15:40
Chủ tịch Hội Nông dân tỉnh phát biểu tại hội nghị. Ảnh: Hoài Thu
Nông dân Nghệ An được vay 86 tỷ đồng từ Quỹ Hỗ trợ nông dân
(Baonghean) - Ngày 17/7, Hội Nông dân tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2012. Đồng chí Nguyễn Văn Hòe, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì; dự có đồng chí Lô Thị Kim Ngân, Phó Trưởng Ban Dân vận Tỉnh ủy và đại diện Trung ương Hội Nông dân Việt Nam.
6 tháng qua, các cấp Hội đã kết nạp 4.215 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 468.300 người. Phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững có 96.540 hộ đăng ký, đạt 71,3% số hộ nông dân. Quỹ Hỗ trợ nông dân các cấp đạt 86 tỷ đồng, tăng 9,6 tỷ đồng so với cuối năm 2011; đã giải ngân cho 2.870 lượt hộ vay phát triển chăn nuôi, trồng rừng.
Thực hiện Quyết định 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ, Hội đã phối hợp mở 126 lớp dạy nghề, tập huấn chuyển giao khoa học kỹ thuật cho hơn 7.500 lượt hội viên; nhận ủy thác cho vay của Ngân hàng Chính sách xã hội với dư nợ 1.420 tỷ đồng. Nông dân đã áp dụng quy trình "3 giảm, 3 tăng" trên 12.000 ha lúa vụ xuân. Trong xây dựng nông thôn mới, hội viên hiến 185.000 m2 đất, đóng góp 112.400 ngày công làm đường giao thông, kênh mương nội đồng.
Tại hội nghị, ông Xồng Bá Dênh, Chủ tịch Hội Nông dân xã Mường Lống (Kỳ Sơn), cho biết nhờ nguồn vốn của Hội, 38 hộ đồng bào Mông trong xã đã chuyển sang nuôi bò sinh sản, trồng đào; bà Lương Thị Nhàn, Phó Chủ tịch Hội Nông dân huyện Quế Phong, đề nghị tăng định mức cho vay lên 30 triệu đồng/hộ. Ông Vi Văn Quỳnh, Chi hội trưởng Chi hội nông dân bản Cọc, xã Châu Kim, chia sẻ cách vận động bà con góp 45 triệu đồng làm cầu treo qua suối.
Phát biểu chỉ đạo, đồng chí Lô Thị Kim Ngân ghi nhận những kết quả các cấp Hội đạt được, đề nghị 6 tháng cuối năm tiếp tục thực hiện Nghị quyết 26-NQ/TW ngày 5/8/2008 của Ban Chấp hành Trung ương Đảng (khóa X) về nông nghiệp, nông dân, nông thôn và Kết luận 61-KL/TW ngày 3/12/2009 của Ban Bí thư về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam".
Ông Nguyễn Văn Hòe cho biết Ban Thường vụ Hội Nông dân tỉnh đã ban hành kế hoạch số 48-KH/HNDT về phát triển Quỹ Hỗ trợ nông dân, phấn đấu đến cuối năm 2012 quỹ đạt 100 tỷ đồng; mỗi huyện xây dựng ít nhất 2 mô hình kinh tế tập thể. Dịp này, Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 8 tập thể và 15 cá nhân.
Hoài Thu
Các tin khác
- Thanh Chương: 1.200 nông dân được tập huấn trồng chè (12/07/2012)
- Hội Nông dân Diễn Châu ra mắt câu lạc bộ nông dân sản xuất giỏi (05/07/2012)
- Tín chấp cho vay 20 tỷ đồng cho hội viên vùng cao (28/06/2012)
- Quế Phong: Nông dân góp công làm đường lên bản (20/06/2012)
""",
"2012-07-18",
"Nông dân Nghệ An được vay 86 tỷ đồng từ Quỹ Hỗ trợ nông dân",
E("so_ket", "2012-H1", "2012-07-17"),
[
    P("Nguyễn Văn Hòe", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
    P("Lô Thị Kim Ngân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Xồng Bá Dênh", "Chủ tịch Hội Nông dân xã Mường Lống"),
    P("Lương Thị Nhàn", "Phó Chủ tịch Hội Nông dân huyện Quế Phong"),
    P("Vi Văn Quỳnh", "Chi hội trưởng Chi hội nông dân bản Cọc"),
],
[
    Q("4.215 hội viên mới", 4215, "hội viên mới"),
    Q("468.300 người", 468300, "người"),
    Q("96.540 hộ", 96540, "hộ"),
    Q("71,3%", 71.3, "%"),
    Q("86 tỷ đồng", 86000000000, "đồng"),
    Q("9,6 tỷ đồng", 9600000000, "đồng"),
    Q("2.870 lượt hộ vay", 2870, "lượt hộ vay"),
    Q("126 lớp dạy nghề", 126, "lớp dạy nghề"),
    Q("hơn 7.500 lượt hội viên", 7500, "lượt hội viên", "over"),
    Q("1.420 tỷ đồng", 1420000000000, "đồng"),
    Q("12.000 ha", 12000, "ha"),
    Q("185.000 m2", 185000, "m2"),
    Q("112.400 ngày công", 112400, "ngày công"),
    Q("38 hộ đồng bào Mông", 38, "hộ đồng bào Mông"),
    Q("30 triệu đồng/hộ", 30000000, "đồng"),
    Q("45 triệu đồng", 45000000, "đồng"),
    Q("100 tỷ đồng", 100000000000, "đồng"),
    Q("2 mô hình kinh tế tập thể", 2, "mô hình kinh tế tập thể", "over"),
    Q("8 tập thể", 8, "tập thể"),
    Q("15 cá nhân", 15, "cá nhân"),
],
[
    D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", surface="Quyết định 673/QĐ-TTg ngày 10/5/2011"),
    D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "Ban Chấp hành Trung ương Đảng", surface="Nghị quyết 26-NQ/TW ngày 5/8/2008"),
    D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", surface="Kết luận 61-KL/TW ngày 3/12/2009"),
    D("Kế hoạch", "48", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", surface="kế hoạch số 48-KH/HNDT"),
],
[prov("Nghệ An"), com("Mường Lống"), com("Châu Kim")],
["Báo Nghệ An điện tử", "Thời sự > Chính trị > Mặt trận - Đoàn thể",
 "Chủ tịch Hội Nông dân tỉnh phát biểu tại hội nghị. Ảnh: Hoài Thu", "(Baonghean)", "Quỹ Hỗ trợ nông dân",
 "Ngân hàng Chính sách xã hội", "Trung ương Hội Nông dân Việt Nam", "3 giảm, 3 tăng", "bản Cọc",
 "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam"],
["Cập nhật ngày: 18/07/2012 15:40", "6 tháng đầu năm", "6 tháng cuối năm 2012", "cuối năm 2011", "3 giảm, 3 tăng",
 "khóa X", "hộ đồng bào Mông"],
))

# ---------------------------------------------------------------- b1015
PAGES.append(page(
"b1015-hatinh-hlhpn-traoqua-2013",
"""
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ TĨNH
Trang chủ / Tin hoạt động / Hoạt động Hội
08:15 | 29/01/2013
Lượt xem: 1.246
Trao 5 “Mái ấm tình thương” và 300 suất quà Tết cho phụ nữ nghèo Hương Khê
Ngày 28/1, Hội LHPN tỉnh Hà Tĩnh phối hợp với Công ty CP Xây lắp Hồng Lĩnh tổ chức trao 300 suất quà Tết Quý Tỵ cho hội viên phụ nữ nghèo, phụ nữ đơn thân và bàn giao 5 “Mái ấm tình thương” tại các xã Phúc Đồng, Hương Trạch, Hương Liên (huyện Hương Khê).
Bà Trần Thị Thanh Tâm, Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam, Chủ tịch Hội LHPN tỉnh; bà Nguyễn Thị Hoa, Phó Chủ tịch Hội LHPN tỉnh và ông Đặng Văn Luận, Phó Chủ tịch UBND huyện Hương Khê dự và trao quà.
Mỗi suất quà gồm 300.000 đồng tiền mặt cùng gạo, dầu ăn, bánh chưng, tổng trị giá 135 triệu đồng. Mỗi “Mái ấm tình thương” có diện tích 40 m2, trị giá 35 triệu đồng, trong đó Hội hỗ trợ 25 triệu đồng, gia đình và họ hàng đóng góp ngày công, vật liệu tại chỗ.
Ảnh: Bà Trần Thị Thanh Tâm trao quà cho phụ nữ nghèo xã Phúc Đồng.
Nhận chìa khóa nhà mới, chị Hồ Thị Ninh, người dân tộc Chứt ở bản Rào Tre, xã Hương Liên, xúc động cho biết gia đình có 4 người con, chồng mất sớm, trước nay chỉ ở trong căn lều tranh dựng tạm bên suối. Bà Phan Thị Lài, Chi hội trưởng phụ nữ thôn 6, xã Hương Trạch, kể chi hội đã góp 120 ngày công giúp hội viên dựng nhà kịp đón Tết.
Cũng trong dịp này, Hội LHPN huyện Hương Khê trao 20 suất học bổng “Thắp sáng ước mơ”, mỗi suất 500.000 đồng, cho học sinh nữ nghèo vượt khó; đoàn viên thanh niên huyện góp hơn 150 ngày công vận chuyển vật liệu lên các bản vùng cao.
Năm 2012, các cấp Hội trong tỉnh đã vận động xây dựng 68 “Mái ấm tình thương” với tổng kinh phí hơn 2,1 tỷ đồng; giúp 1.340 hộ phụ nữ thoát nghèo; tỷ lệ hộ nghèo do phụ nữ làm chủ giảm còn 12,6%. Thực hiện chương trình “Mẹ đỡ đầu”, hội viên đã nhận đỡ đầu 215 trẻ em mồ côi, mỗi em được hỗ trợ 200.000 đồng/tháng. Các cấp Hội tiếp tục triển khai Nghị quyết 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước, đề án 343 về giáo dục phẩm chất đạo đức phụ nữ và Quyết định 295/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ phụ nữ học nghề, tạo việc làm; đã giới thiệu 860 lao động nữ học nghề.
Bà Trần Thị Thanh Tâm cho biết, theo Kế hoạch số 04/KH-HPN của Ban Thường vụ Hội LHPN tỉnh, dịp Tết Nguyên đán Quý Tỵ 2013, các cấp Hội phấn đấu trao ít nhất 3.000 suất quà cho phụ nữ và trẻ em có hoàn cảnh khó khăn; mỗi cơ sở Hội vận động giúp đỡ ít nhất 1 hộ nghèo thoát nghèo bền vững.
Thu Hà
Bài viết liên quan
- Hội LHPN tỉnh tổng kết công tác Hội năm 2012 (18/01/2013)
- Ra mắt 10 câu lạc bộ “Phụ nữ với pháp luật” (10/01/2013)
- Phụ nữ Vũ Quang tiết kiệm hơn 800 triệu đồng giúp nhau (28/12/2012)
""",
"2013-01-29",
"Trao 5 “Mái ấm tình thương” và 300 suất quà Tết cho phụ nữ nghèo Hương Khê",
E("trao_qua", None, "2013-01-28"),
[
    P("Trần Thị Thanh Tâm", "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam", "Chủ tịch Hội LHPN tỉnh"),
    P("Nguyễn Thị Hoa", "Phó Chủ tịch Hội LHPN tỉnh"),
    P("Đặng Văn Luận", "Phó Chủ tịch UBND huyện Hương Khê"),
    P("Hồ Thị Ninh"),
    P("Phan Thị Lài", "Chi hội trưởng phụ nữ thôn 6"),
],
[
    Q("5 “Mái ấm tình thương”", 5, "Mái ấm tình thương"),
    Q("300 suất quà Tết", 300, "suất quà Tết"),
    Q("300.000 đồng", 300000, "đồng"),
    Q("135 triệu đồng", 135000000, "đồng"),
    Q("40 m2", 40, "m2"),
    Q("35 triệu đồng", 35000000, "đồng"),
    Q("25 triệu đồng", 25000000, "đồng"),
    Q("4 người con", 4, "người con"),
    Q("120 ngày công", 120, "ngày công"),
    Q("20 suất học bổng", 20, "suất học bổng"),
    Q("mỗi suất 500.000 đồng", 500000, "đồng"),
    Q("hơn 150 ngày công", 150, "ngày công", "over"),
    Q("68 “Mái ấm tình thương”", 68, "Mái ấm tình thương"),
    Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
    Q("1.340 hộ phụ nữ", 1340, "hộ phụ nữ"),
    Q("12,6%", 12.6, "%"),
    Q("215 trẻ em mồ côi", 215, "trẻ em mồ côi"),
    Q("200.000 đồng/tháng", 200000, "đồng"),
    Q("860 lao động nữ", 860, "lao động nữ"),
    Q("3.000 suất quà", 3000, "suất quà", "over"),
],
[
    D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", surface="Nghị quyết 11-NQ/TW ngày 27/4/2007"),
    D("Đề án", "343", None, None, None, surface="đề án 343"),
    D("Quyết định", "295", "QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 295/QĐ-TTg"),
    D("Kế hoạch", "04", "KH-HPN", None, "Ban Thường vụ Hội LHPN tỉnh", surface="Kế hoạch số 04/KH-HPN"),
],
[prov("Hà Tĩnh"), com("Phúc Đồng"), com("Hương Trạch"), com("Hương Liên")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ TĨNH", "Trang chủ / Tin hoạt động / Hoạt động Hội", "Lượt xem: 1.246",
 "Công ty CP Xây lắp Hồng Lĩnh", "Mái ấm tình thương", "Ảnh: Bà Trần Thị Thanh Tâm trao quà cho phụ nữ nghèo xã Phúc Đồng.",
 "bản Rào Tre", "Mẹ đỡ đầu", "huyện Hương Khê", "Thắp sáng ước mơ"],
["08:15 | 29/01/2013", "Lượt xem: 1.246", "Ngày 28/1", "Năm 2012", "thôn 6", "Tết Nguyên đán Quý Tỵ 2013", "1 hộ nghèo"],
))

# ---------------------------------------------------------------- b1016
PAGES.append(page(
"b1016-quangnam-mttq-daihoi-2014",
"""
Báo Quảng Nam Online
Thời sự | Chính trị | Mặt trận - Đoàn thể
Thứ Năm, 26/06/2014, 14:32 GMT+7
Các đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: A.N
Tây Giang: Hiệp thương cử 45 vị vào Ủy ban MTTQ huyện khóa V
(QNO) - Ngày 25.6, Ủy ban MTTQ Việt Nam huyện Tây Giang tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2014 - 2019 với 150 đại biểu đại diện cho các tầng lớp nhân dân, già làng, người có uy tín trong đồng bào Cơ Tu. Dự đại hội có bà Phan Thị Thu Nguyệt, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Nam; ông Bh'riu Pố, Tỉnh ủy viên, Bí thư Huyện ủy Tây Giang.
Nhiệm kỳ 2009 - 2014, Mặt trận huyện đã vận động Quỹ "Vì người nghèo" được 1,86 tỷ đồng, cùng các nguồn lực hỗ trợ xây dựng 214 nhà Đại đoàn kết, mỗi nhà từ 20 - 30 triệu đồng; 10/10 xã tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" hằng năm. Vận động đồng bào bỏ hủ tục trong ma chay, cưới hỏi; 100% thôn xây dựng hương ước, quy ước. Mặt trận phối hợp chính quyền vận động nhân dân hiến hơn 12 ha đất làm đường, xây trường học; hỗ trợ 1.420 hộ đồng bào làm chuồng trại cách xa nhà ở. Tỷ lệ hộ nghèo giảm từ 78,6% xuống còn 49,3%.
Thực hiện Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, Ban Thường trực Ủy ban MTTQ huyện đã xây dựng kế hoạch giám sát, góp ý xây dựng Đảng, xây dựng chính quyền, bước đầu tổ chức 6 cuộc giám sát chuyên đề về chính sách hỗ trợ đồng bào dân tộc thiểu số.
Phát biểu tại đại hội, già làng Arâl Blơi, thôn Agrồng, xã A Xan, mong Mặt trận tiếp tục làm "cầu nối" giữa Đảng, chính quyền với bà con. Bà Zơ Râm Thị Bốn, Chủ tịch Hội LHPN huyện, trình bày tham luận về giúp phụ nữ vùng cao phát triển kinh tế hộ gia đình.
Theo Hướng dẫn số 45/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, đại hội đã hiệp thương cử 45 vị vào Ủy ban MTTQ Việt Nam huyện khóa V; cử 12 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ X. Tại hội nghị lần thứ nhất, ông Alăng Tư được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện; các ông, bà Clâu Nhím, Zơ Râm Thị Bốn - Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện.
Nhiệm kỳ 2014 - 2019, đại hội đề ra 8 chỉ tiêu, trong đó phấn đấu mỗi năm giúp ít nhất 250 hộ thoát nghèo, hỗ trợ xây mới 150 nhà Đại đoàn kết; 100% khu dân cư tổ chức tốt Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Đồng chí Bh'riu Pố đề nghị Mặt trận quán triệt Chỉ thị 08-CT/TU của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội Mặt trận các cấp, chú trọng vận động đồng bào ở 3 xã biên giới A Xan, Ch'ơm, Ga Ri giữ đất, giữ rừng.
Alăng Ngước
Tin cùng chuyên mục
- Nam Giang: Đại hội MTTQ huyện lần thứ IX (24.6.2014)
- Trao 40 nhà Đại đoàn kết cho hộ nghèo Phước Sơn (18.6.2014)
- Đông Giang hiệp thương cử 39 vị vào Ủy ban MTTQ huyện (12.6.2014)
""",
"2014-06-26",
"Tây Giang: Hiệp thương cử 45 vị vào Ủy ban MTTQ huyện khóa V",
E("dai_hoi", None, "2014-06-25"),
[
    P("Phan Thị Thu Nguyệt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Nam"),
    P("Bh'riu Pố", "Tỉnh ủy viên", "Bí thư Huyện ủy Tây Giang"),
    P("Arâl Blơi", "già làng"),
    P("Zơ Râm Thị Bốn", "Chủ tịch Hội LHPN huyện", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
    P("Alăng Tư", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
    P("Clâu Nhím", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
],
[
    Q("150 đại biểu", 150, "đại biểu"),
    Q("1,86 tỷ đồng", 1860000000, "đồng"),
    Q("214 nhà Đại đoàn kết", 214, "nhà Đại đoàn kết"),
    Q("từ 20 - 30 triệu đồng", 20000000, "đồng"),
    Q("30 triệu đồng", 30000000, "đồng"),
    Q("10/10 xã", 10, "xã"),
    Q("100% thôn", 100, "%"),
    Q("hơn 12 ha", 12, "ha", "over"),
    Q("1.420 hộ đồng bào", 1420, "hộ đồng bào"),
    Q("78,6%", 78.6, "%"),
    Q("49,3%", 49.3, "%"),
    Q("6 cuộc giám sát chuyên đề", 6, "cuộc giám sát chuyên đề"),
    Q("45 vị", 45, "vị"),
    Q("12 đại biểu", 12, "đại biểu"),
    Q("8 chỉ tiêu", 8, "chỉ tiêu"),
    Q("250 hộ", 250, "hộ", "over"),
    Q("150 nhà Đại đoàn kết", 150, "nhà Đại đoàn kết"),
    Q("100% khu dân cư", 100, "%"),
    Q("3 xã biên giới", 3, "xã biên giới"),
],
[
    D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", surface="Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
    D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", surface="Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
    D("Hướng dẫn", "45", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", surface="Hướng dẫn số 45/HD-MTTQ-BTT"),
    D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 08-CT/TU"),
],
[prov("Quảng Nam"), com("A Xan"), com("Ch'ơm"), com("Ga Ri")],
["Báo Quảng Nam Online", "Thời sự | Chính trị | Mặt trận - Đoàn thể",
 "Các đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: A.N", "(QNO)", "Vì người nghèo",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "thôn Agrồng", "Cơ Tu",
 "Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ X"],
["Thứ Năm, 26/06/2014, 14:32 GMT+7", "Ngày 25.6", "lần thứ V", "nhiệm kỳ 2014 - 2019", "Nhiệm kỳ 2009 - 2014", "khóa V",
 "lần thứ X", "lần thứ nhất", "hộ đồng bào"],
))

# ---------------------------------------------------------------- b1017
PAGES.append(page(
"b1017-quangbinh-mttq-giamsat-2015",
"""
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG BÌNH
Hôm nay: Thứ Bảy, 24/10/2015
Bạn đang ở: Trang chủ >> Giám sát - Phản biện
Đăng lúc: 09:12 - 22/10/2015
Giám sát việc hỗ trợ nhà ở cho hộ nghèo tại huyện Minh Hóa
Từ ngày 19 đến 21/10, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Bình do bà Trần Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở theo Quyết định 167/2008/QĐ-TTg của Thủ tướng Chính phủ tại huyện Minh Hóa. Đây là nội dung thuộc Chương trình giám sát năm 2015 của Mặt trận tỉnh.
Cùng đi có ông Phạm Xuân Lộc, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh và đại diện Sở Xây dựng, Ngân hàng Chính sách xã hội tỉnh. Làm việc với đoàn có bà Đinh Thị Thúy, Phó Chủ tịch UBND huyện Minh Hóa và ông Đinh Văn Nam, Chủ tịch Ủy ban MTTQ huyện Minh Hóa. Ông Đinh Văn Nam cho biết năm 2015, Mặt trận huyện đã vận động Quỹ "Vì người nghèo" được 615 triệu đồng, hỗ trợ làm mới 18 nhà Đại đoàn kết, mỗi nhà 30 triệu đồng; Hội Cựu chiến binh và Đoàn Thanh niên huyện góp hơn 1.200 ngày công giúp hộ nghèo vận chuyển vật liệu lên các bản vùng cao.
Theo báo cáo, giai đoạn 2009 - 2015, huyện có 2.146 hộ nghèo được hỗ trợ nhà ở với tổng kinh phí 42,9 tỷ đồng, trong đó ngân sách hỗ trợ 12,9 tỷ đồng, vốn vay ưu đãi 17,2 tỷ đồng, còn lại do Mặt trận vận động và người dân đóng góp. Mỗi hộ được hỗ trợ 6 triệu đồng và vay tối đa 8 triệu đồng, lãi suất 3%/năm. Riêng đồng bào Chứt ở các bản thuộc xã Dân Hóa, Trọng Hóa có 163 hộ được làm nhà mới.
Đoàn đã kiểm tra thực tế 64 hộ tại 4 xã Trọng Hóa, Dân Hóa, Hóa Sơn, Thượng Hóa. Qua giám sát, đoàn ghi nhận việc bình xét đối tượng cơ bản dân chủ, công khai; tuy nhiên còn 37 hộ xây dựng chưa hoàn thiện, 12 hộ sử dụng vốn vay chưa đúng mục đích, một số nhà làm xong nhưng thiếu nhà vệ sinh. Ông Cao Xuân Thính, Trưởng bản Ka Ai, xã Dân Hóa, phản ánh nhiều hộ chưa trả được nợ gốc vì thu nhập bấp bênh.
Bà Trần Thị Thu Hà đề nghị huyện rà soát toàn bộ số nhà chưa hoàn thiện, vận động dòng họ, Hội Cựu chiến binh, Đoàn Thanh niên góp ngày công giúp các hộ; đồng thời chuẩn bị triển khai Quyết định 33/2015/QĐ-TTg ngày 10/8/2015 của Thủ tướng Chính phủ, theo đó mỗi hộ nghèo được vay tối đa 25 triệu đồng để làm nhà. Đoàn cũng đề nghị công khai danh sách hộ được hỗ trợ tại nhà văn hóa thôn, bản.
Kết quả giám sát sẽ được tổng hợp báo cáo Ban Thường vụ Tỉnh ủy theo Kế hoạch số 96/KH-MTTQ-BTT ngày 14/9/2015 của Ban Thường trực Ủy ban MTTQ tỉnh. Hiện tỷ lệ hộ nghèo của huyện Minh Hóa còn 38,5%, cao nhất tỉnh.
Văn Tuấn - Ban Dân chủ - Pháp luật
Các tin đã đưa
- Lệ Thủy: Giám sát thu, chi các khoản đóng góp của nhân dân (15/10/2015)
- Tuyên Hóa giám sát xây dựng nông thôn mới tại 5 xã (09/10/2015)
- Ban Thanh tra nhân dân xã Quảng Hợp hoạt động hiệu quả (30/09/2015)
- Tập huấn kỹ năng giám sát cho cán bộ Mặt trận cơ sở (22/09/2015)
""",
"2015-10-22",
"Giám sát việc hỗ trợ nhà ở cho hộ nghèo tại huyện Minh Hóa",
E("giam_sat", "2015", "2015-10-19"),
[
    P("Trần Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Phạm Xuân Lộc", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
    P("Đinh Thị Thúy", "Phó Chủ tịch UBND huyện Minh Hóa"),
    P("Cao Xuân Thính", "Trưởng bản Ka Ai"),
    P("Đinh Văn Nam", "Chủ tịch Ủy ban MTTQ huyện Minh Hóa"),
],
[
    Q("615 triệu đồng", 615000000, "đồng"),
    Q("18 nhà Đại đoàn kết", 18, "nhà Đại đoàn kết"),
    Q("mỗi nhà 30 triệu đồng", 30000000, "đồng"),
    Q("hơn 1.200 ngày công", 1200, "ngày công", "over"),
    Q("2.146 hộ nghèo", 2146, "hộ nghèo"),
    Q("42,9 tỷ đồng", 42900000000, "đồng"),
    Q("12,9 tỷ đồng", 12900000000, "đồng"),
    Q("17,2 tỷ đồng", 17200000000, "đồng"),
    Q("6 triệu đồng", 6000000, "đồng"),
    Q("8 triệu đồng", 8000000, "đồng"),
    Q("3%/năm", 3, "%"),
    Q("163 hộ", 163, "hộ"),
    Q("64 hộ", 64, "hộ"),
    Q("4 xã", 4, "xã"),
    Q("37 hộ", 37, "hộ"),
    Q("12 hộ", 12, "hộ"),
    Q("25 triệu đồng", 25000000, "đồng"),
    Q("38,5%", 38.5, "%"),
],
[
    D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 167/2008/QĐ-TTg"),
    D("Quyết định", "33", "2015/QĐ-TTg", "2015-08-10", "Thủ tướng Chính phủ", surface="Quyết định 33/2015/QĐ-TTg ngày 10/8/2015"),
    D("Kế hoạch", "96", "KH-MTTQ-BTT", "2015-09-14", "Ban Thường trực Ủy ban MTTQ tỉnh", surface="Kế hoạch số 96/KH-MTTQ-BTT ngày 14/9/2015"),
],
[prov("Quảng Bình"), com("Dân Hóa"), com("Trọng Hóa"), com("Hóa Sơn"), com("Thượng Hóa")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG BÌNH", "Bạn đang ở: Trang chủ >> Giám sát - Phản biện",
 "Chương trình giám sát năm 2015", "Sở Xây dựng", "Ngân hàng Chính sách xã hội tỉnh", "bản Ka Ai", "huyện Minh Hóa",
 "Văn Tuấn - Ban Dân chủ - Pháp luật", "Vì người nghèo"],
["Hôm nay: Thứ Bảy, 24/10/2015", "Đăng lúc: 09:12 - 22/10/2015", "Từ ngày 19 đến 21/10", "giai đoạn 2009 - 2015"],
))

# ---------------------------------------------------------------- b1018
PAGES.append(page(
"b1018-quangtri-hnd-doithoai-2016",
"""
BÁO QUẢNG TRỊ ĐIỆN TỬ
Chính trị - Xã hội › Mặt trận - Đoàn thể
14/10/2016 | 08:47
Quang cảnh buổi đối thoại. Ảnh: Đ.T
Nông dân kiến nghị về giá sắn, vốn vay và đất sản xuất
QTO - Nhân kỷ niệm 86 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2016), chiều 13/10, Hội Nông dân tỉnh Quảng Trị phối hợp với UBND tỉnh tổ chức hội nghị Chủ tịch UBND tỉnh đối thoại với nông dân năm 2016. Đồng chí Trần Đức Cường, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và đồng chí Lê Thị Hương Giang, TUV, Chủ tịch Hội Nông dân tỉnh đồng chủ trì.
Tham dự có hơn 200 hội viên nông dân tiêu biểu đến từ các huyện, thị xã, thành phố và lãnh đạo các sở, ngành. Đối thoại được tổ chức theo Quyết định 81/2014/QĐ-TTg ngày 31/12/2014 của Thủ tướng Chính phủ và Kế hoạch số 37-KH/HNDT ngày 20/9/2016 của Ban Thường vụ Hội Nông dân tỉnh.
Tại buổi đối thoại, 23 ý kiến được nêu trực tiếp. Ông Hồ Văn Pai, người Vân Kiều ở bản Ruộng, xã Hướng Linh, cho biết giá sắn tươi giảm còn 1.800 đồng/kg, nhiều hộ thua lỗ, đề nghị tỉnh có giải pháp bao tiêu. Bà Kăn Thị Ngọc, Chi hội trưởng Chi hội Nông dân thôn A Ho, xã A Ngo, kiến nghị tăng mức cho vay từ Quỹ Hỗ trợ nông dân vì định mức 20 triệu đồng/hộ không đủ để nuôi bò. Ông Lê Văn Tư, nông dân xã Triệu Độ, phản ánh tình trạng 350 ha lúa bị nhiễm mặn sau đợt triều cường. Bà Nguyễn Thị Thu Hằng, Phó Chủ tịch Hội Nông dân huyện Gio Linh, đề nghị tỉnh hỗ trợ kinh phí xây dựng 12 mô hình trồng rau an toàn, mỗi mô hình khoảng 150 triệu đồng.
Trả lời các kiến nghị, ông Hoàng Văn Nghĩa, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết tỉnh đang khuyến khích doanh nghiệp liên kết bao tiêu cho 4.600 ha sắn nguyên liệu; ông Phan Minh Sơn, Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh, cho biết nông dân có thể vay đến 50 triệu đồng không cần tài sản bảo đảm theo Nghị định 55/2015/NĐ-CP ngày 9/6/2015 của Chính phủ.
Đồng chí Trần Đức Cường ghi nhận các ý kiến, giao các ngành rà soát đất sản xuất cho 1.150 hộ đồng bào Vân Kiều, Pa Kô thiếu đất; hỗ trợ 50% kinh phí mua máy gặt đập liên hợp cho tổ hợp tác. UBND tỉnh sẽ bổ sung 5 tỷ đồng cho Quỹ Hỗ trợ nông dân, nâng tổng nguồn quỹ toàn tỉnh lên 23,5 tỷ đồng.
Chủ tịch Hội Nông dân tỉnh Lê Thị Hương Giang cho biết sau đối thoại năm 2015, 19/21 kiến nghị đã được giải quyết dứt điểm. Hội sẽ theo dõi, đôn đốc việc trả lời các kiến nghị lần này và tiếp tục thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới.
Đăng Tâm
Tin khác
- Hội Nông dân tỉnh kỷ niệm 86 năm Ngày thành lập (12/10/2016)
- Hướng Hóa: Nông dân trồng 300 ha chuối theo chuỗi liên kết (06/10/2016)
- Tập huấn kỹ thuật nuôi bò vỗ béo cho hội viên Đakrông (28/09/2016)
""",
"2016-10-14",
"Nông dân kiến nghị về giá sắn, vốn vay và đất sản xuất",
E("doi_thoai", "2016", "2016-10-13"),
[
    P("Trần Đức Cường", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
    P("Lê Thị Hương Giang", "TUV", "Chủ tịch Hội Nông dân tỉnh"),
    P("Hồ Văn Pai"),
    P("Kăn Thị Ngọc", "Chi hội trưởng Chi hội Nông dân thôn A Ho"),
    P("Lê Văn Tư"),
    P("Nguyễn Thị Thu Hằng", "Phó Chủ tịch Hội Nông dân huyện Gio Linh"),
    P("Hoàng Văn Nghĩa", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
    P("Phan Minh Sơn", "Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
],
[
    Q("hơn 200 hội viên nông dân tiêu biểu", 200, "hội viên nông dân tiêu biểu", "over"),
    Q("23 ý kiến", 23, "ý kiến"),
    Q("1.800 đồng/kg", 1800, "đồng"),
    Q("20 triệu đồng/hộ", 20000000, "đồng"),
    Q("350 ha", 350, "ha"),
    Q("12 mô hình trồng rau an toàn", 12, "mô hình trồng rau an toàn"),
    Q("khoảng 150 triệu đồng", 150000000, "đồng", "approx"),
    Q("4.600 ha", 4600, "ha"),
    Q("50 triệu đồng", 50000000, "đồng"),
    Q("1.150 hộ đồng bào Vân Kiều, Pa Kô", 1150, "hộ đồng bào Vân Kiều, Pa Kô"),
    Q("50% kinh phí", 50, "%"),
    Q("5 tỷ đồng", 5000000000, "đồng"),
    Q("23,5 tỷ đồng", 23500000000, "đồng"),
    Q("19/21 kiến nghị", 19, "kiến nghị"),
],
[
    D("Quyết định", "81", "2014/QĐ-TTg", "2014-12-31", "Thủ tướng Chính phủ", surface="Quyết định 81/2014/QĐ-TTg ngày 31/12/2014"),
    D("Kế hoạch", "37", "KH/HNDT", "2016-09-20", "Ban Thường vụ Hội Nông dân tỉnh", surface="Kế hoạch số 37-KH/HNDT ngày 20/9/2016"),
    D("Nghị định", "55", "2015/NĐ-CP", "2015-06-09", "Chính phủ", surface="Nghị định 55/2015/NĐ-CP ngày 9/6/2015"),
],
[prov("Quảng Trị"), com("Hướng Linh"), com("A Ngo"), com("Triệu Độ")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Chính trị - Xã hội › Mặt trận - Đoàn thể", "Quang cảnh buổi đối thoại. Ảnh: Đ.T", "QTO",
 "Quỹ Hỗ trợ nông dân", "bản Ruộng", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
 "Ngân hàng Chính sách xã hội tỉnh"],
["14/10/2016 | 08:47", "86 năm", "14/10/1930 - 14/10/2016", "chiều 13/10", "năm 2016", "năm 2015", "hộ đồng bào"],
))
