"""holdout48 batch 2: b1115-b1120. Page text and labels side by side."""
from lib import Q, D, P, E, page, prov, com

PAGES = []

# ---------------------------------------------------------------- b1115
PAGES.append(page(
"b1115-hungyen-xa-taytienhai-daihoi-2025",
"""
TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂY TIỀN HẢI
Tỉnh Hưng Yên
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Văn bản chỉ đạo điều hành | Liên hệ
Tin tức - Sự kiện / Xây dựng Đảng
Đại hội đại biểu Đảng bộ xã Tây Tiền Hải lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp
Cập nhật ngày 06 tháng 08 năm 2025
Đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Văn phòng Đảng ủy
Trong 2 ngày 04 và 05/8/2025, Đảng bộ xã Tây Tiền Hải long trọng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội đầu tiên của Đảng bộ xã sau khi sắp xếp 4 xã Tây Giang, Tây Phong, Tây Ninh và Tây Tiến thuộc huyện Tiền Hải, tỉnh Thái Bình (cũ) thành xã Tây Tiền Hải, tỉnh Hưng Yên.
Về dự Đại hội có đồng chí Phạm Văn Định, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Hưng Yên; đồng chí Nguyễn Thị Hằng, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Tổ trưởng Tổ công tác của Ban Thường vụ Tỉnh ủy. Tham dự Đại hội có 350 đại biểu chính thức, đại diện cho 2.146 đảng viên sinh hoạt tại 42 chi bộ trực thuộc.
Báo cáo chính trị do đồng chí Vũ Đức Thuận, Bí thư Đảng ủy xã trình bày nêu rõ: nhiệm kỳ 2020 - 2025, các xã trước sắp xếp đều đạt chuẩn nông thôn mới nâng cao; tổng giá trị sản xuất năm 2024 đạt 2.450 tỷ đồng; thu nhập bình quân đầu người đạt 78 triệu đồng/năm. Đại hội thống nhất mục tiêu đến năm 2030: tốc độ tăng trưởng kinh tế bình quân 10,5%/năm; thu nhập bình quân đầu người đạt 120 triệu đồng; giảm tỷ lệ hộ nghèo còn 0,8%; 100% thôn đạt chuẩn văn hóa.
Đại hội đã thảo luận, góp ý vào dự thảo Văn kiện Đại hội đại biểu Đảng bộ tỉnh và dự thảo Văn kiện Đại hội XIV của Đảng. Đồng chí Đào Thị Nhung, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã trình bày tham luận về phát huy sức mạnh khối đại đoàn kết toàn dân tộc, nhất là trong vận động đồng bào Công giáo ở 6 giáo họ trên địa bàn.
Phát biểu chỉ đạo, đồng chí Phạm Văn Định đề nghị Đảng bộ xã tiếp tục thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; phát huy lợi thế vùng ven biển, xây dựng xã Tây Tiền Hải trở thành xã kiểu mẫu của tỉnh.
Thực hiện Quyết định số 1362-QĐ/TU ngày 30/6/2025 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 02-KH/ĐU của Ban Thường vụ Đảng ủy xã, Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 31 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm 11 đồng chí; đồng chí Vũ Đức Thuận tiếp tục được tín nhiệm bầu giữ chức Bí thư Đảng ủy xã; các đồng chí Nguyễn Thị Thu, Đào Thị Nhung được bầu giữ chức Phó Bí thư Đảng ủy xã. Đồng chí Trần Văn Khải được bầu làm Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã. Đại hội cũng bầu 5 đại biểu chính thức dự Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025 - 2030.
Nghị quyết Đại hội được 100% đại biểu có mặt biểu quyết thông qua.
Ban Biên tập
Số lượt truy cập: 45.112
Tin liên quan
- Lễ công bố thành lập xã Tây Tiền Hải (30/06/2025)
- Đại hội điểm chi bộ thôn Lũ Phong nhiệm kỳ 2025 - 2027 (12/05/2025)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ nhất (06/08/2025)
""",
"2025-08-06",
"Đại hội đại biểu Đảng bộ xã Tây Tiền Hải lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp",
E("dai_hoi", None, "2025-08-04"),
[
    P("Phạm Văn Định", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh Hưng Yên"),
    P("Nguyễn Thị Hằng", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Tổ trưởng Tổ công tác của Ban Thường vụ Tỉnh ủy"),
    P("Vũ Đức Thuận", "Bí thư Đảng ủy xã"),
    P("Đào Thị Nhung", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã", "Phó Bí thư Đảng ủy xã"),
    P("Nguyễn Thị Thu", "Phó Bí thư Đảng ủy xã"),
    P("Trần Văn Khải", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã"),
],
[
    Q("4 xã", 4, "xã"),
    Q("350 đại biểu chính thức", 350, "đại biểu chính thức"),
    Q("2.146 đảng viên", 2146, "đảng viên"),
    Q("42 chi bộ", 42, "chi bộ"),
    Q("2.450 tỷ đồng", 2450000000000, "đồng"),
    Q("78 triệu đồng", 78000000, "đồng"),
    Q("10,5%", 10.5, "%"),
    Q("120 triệu đồng", 120000000, "đồng"),
    Q("0,8%", 0.8, "%"),
    Q("100% thôn", 100, "%"),
    Q("6 giáo họ", 6, "giáo họ"),
    Q("31 đồng chí", 31, "đồng chí"),
    Q("11 đồng chí", 11, "đồng chí"),
    Q("5 đại biểu chính thức", 5, "đại biểu chính thức"),
    Q("100% đại biểu", 100, "%"),
],
[
    D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", surface="Chỉ thị số 45-CT/TW"),
    D("Quyết định", "1362", "QĐ/TU", "2025-06-30", "Ban Thường vụ Tỉnh ủy", surface="Quyết định số 1362-QĐ/TU"),
    D("Kế hoạch", "02", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", surface="Kế hoạch số 02-KH/ĐU"),
],
[prov("Hưng Yên"), prov("Thái Bình"), com("Tây Tiền Hải"), com("Tây Giang"), com("Tây Phong"), com("Tây Ninh"), com("Tây Tiến")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ TÂY TIỀN HẢI", "Tin tức - Sự kiện / Xây dựng Đảng",
 "Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Văn bản chỉ đạo điều hành | Liên hệ",
 "Đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Văn phòng Đảng ủy", "Số lượt truy cập: 45.112",
 "Ban Biên tập", "Tây Ninh", "Tiền Hải"],
["Cập nhật ngày 06 tháng 08 năm 2025", "lần thứ I", "nhiệm kỳ 2025 - 2030", "nhiệm kỳ 2020 - 2025", "năm 2024", "năm 2030",
 "lần thứ XIV", "Đại hội XIV", "khóa I", "phiên họp thứ nhất", "31 đồng chí", "11 đồng chí", "2 ngày", "Số lượt truy cập: 45.112"],
))

# ---------------------------------------------------------------- b1116
PAGES.append(page(
"b1116-dongnai-mttq-giamsat-2025",
"""
BÁO ĐỒNG NAI ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
12 tháng 11, 2025 | 10:45
Giám sát chính sách hỗ trợ nhà ở cho đồng bào dân tộc thiểu số tại xã Phú Nghĩa
Đoàn giám sát kiểm tra thực tế căn nhà của hộ ông Điểu Kha. Ảnh: Bích Nhàn
Ngày 11/11, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai đã giám sát việc thực hiện chính sách hỗ trợ nhà ở, đất sản xuất cho đồng bào dân tộc thiểu số tại xã Phú Nghĩa. Đây là 1 trong 6 cuộc giám sát chuyên đề theo chương trình giám sát năm 2025 của Ủy ban MTTQ Việt Nam tỉnh, thực hiện theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCT-UBTWMTTQVN và Kế hoạch số 112/KH-MTTQ-BTT ngày 20/10/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Đoàn do đồng chí Lê Thị Mỹ Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng đoàn giám sát dẫn đầu. Tham gia đoàn có các đồng chí: Điểu Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; Nguyễn Văn Lực, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Cựu chiến binh tỉnh; ông Điểu Lênh, vừa được bổ nhiệm làm Phó Giám đốc Sở Dân tộc và Tôn giáo.
Theo báo cáo của UBND xã, từ năm 2022 đến nay, thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ và Quyết định số 2207/QĐ-UBND của UBND tỉnh Bình Phước (cũ), trên địa bàn các xã Phú Nghĩa, Đa Kia (cũ) có 412 hộ đồng bào dân tộc thiểu số thuộc diện hỗ trợ nhà ở. Đến nay đã có 386 căn nhà hoàn thành, 26 căn đang xây dựng; mức hỗ trợ 60 triệu đồng/căn, tổng kinh phí trên 23 tỷ đồng, đạt 93,7% kế hoạch. Tuy nhiên, xã còn 73 hộ chưa có đất sản xuất; quỹ đất công để giao cho đồng bào chỉ còn khoảng 45 ha, phân tán, xa khu dân cư.
Tại buổi làm việc, đồng chí Lâm Văn Chiến, Bí thư Đảng ủy, Chủ tịch HĐND xã Phú Nghĩa cho biết, sau khi xã mới đi vào hoạt động từ ngày 01/7/2025, hồ sơ của các hộ được bàn giao từ huyện Bù Gia Mập (cũ) còn thiếu, nhiều trường hợp phải rà soát lại. Bà Thị Bích, Phó Chủ tịch UBND xã đề nghị tỉnh sớm hướng dẫn cơ chế giao đất đối với diện tích rừng nghèo đã thu hồi từ các công ty lâm nghiệp.
Đoàn đã đến kiểm tra thực tế tại sóc Bù Ka. Ông Điểu Kha, người có uy tín sóc Bù Ka phản ánh một số căn nhà làm xong nhưng chưa có nhà vệ sinh, chưa có nước sạch; có hộ đã bán lại đất được hỗ trợ.
Kết luận buổi giám sát, đồng chí Lê Thị Mỹ Dung đề nghị UBND xã công khai danh sách hộ được hỗ trợ tại nhà văn hóa các thôn, sóc; phối hợp với Ủy ban MTTQ Việt Nam xã và Ban Giám sát đầu tư của cộng đồng theo dõi việc sử dụng nhà, đất sau hỗ trợ; kiên quyết thu hồi, xử lý các trường hợp chuyển nhượng trái quy định. Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh sẽ tổng hợp kiến nghị gửi UBND tỉnh Đồng Nai trước ngày 15/12/2025.
Bích Nhàn
Xem thêm
- Giám sát việc thu hồi đất dự án sân bay Long Thành (05/11/2025)
- Ủy ban MTTQ Việt Nam tỉnh Đồng Nai phản biện dự thảo nghị quyết về giá đất (30/10/2025)
- Phường Bình Phước ra mắt Ban Thanh tra nhân dân (22/10/2025)
""",
"2025-11-12",
"Giám sát chính sách hỗ trợ nhà ở cho đồng bào dân tộc thiểu số tại xã Phú Nghĩa",
E("giam_sat", "2025", "2025-11-11"),
[
    P("Lê Thị Mỹ Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng đoàn giám sát"),
    P("Điểu Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
    P("Nguyễn Văn Lực", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Cựu chiến binh tỉnh"),
    P("Điểu Lênh", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
    P("Lâm Văn Chiến", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Phú Nghĩa"),
    P("Thị Bích", "Phó Chủ tịch UBND xã"),
    P("Điểu Kha", "người có uy tín sóc Bù Ka"),
],
[
    Q("6 cuộc giám sát chuyên đề", 6, "cuộc giám sát chuyên đề"),
    Q("412 hộ đồng bào dân tộc thiểu số", 412, "hộ đồng bào dân tộc thiểu số"),
    Q("386 căn nhà", 386, "căn nhà"),
    Q("26 căn", 26, "căn"),
    Q("60 triệu đồng", 60000000, "đồng"),
    Q("trên 23 tỷ đồng", 23000000000, "đồng", "over"),
    Q("93,7%", 93.7, "%"),
    Q("73 hộ", 73, "hộ"),
    Q("khoảng 45 ha", 45, "ha", "approx"),
],
[
    D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-ĐCT-UBTWMTTQVN", None, None,
      surface="Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCT-UBTWMTTQVN"),
    D("Kế hoạch", "112", "KH-MTTQ-BTT", "2025-10-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", surface="Kế hoạch số 112/KH-MTTQ-BTT"),
    D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", surface="Quyết định số 1719/QĐ-TTg"),
    D("Quyết định", "2207", "QĐ-UBND", None, "UBND tỉnh Bình Phước", surface="Quyết định số 2207/QĐ-UBND"),
],
[prov("Đồng Nai"), prov("Bình Phước"), com("Phú Nghĩa"), com("Đa Kia")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể",
 "Đoàn giám sát kiểm tra thực tế căn nhà của hộ ông Điểu Kha. Ảnh: Bích Nhàn", "Bù Ka", "Bù Gia Mập",
 "Ban Giám sát đầu tư của cộng đồng"],
["12 tháng 11, 2025 | 10:45", "1 trong 6", "năm 2025", "năm 2022", "01/7/2025", "15/12/2025"],
))

# ---------------------------------------------------------------- b1117
PAGES.append(page(
"b1117-sonla-bdv-uytin-2016",
"""
Báo Sơn La điện tử
Trang chủ | Chính trị | Dân tộc - Tôn giáo
Ngày xuất bản: 28/09/2016 16:30
Biểu dương 120 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số
Sáng 27/9, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2016. Tham dự hội nghị có 120 người có uy tín tiêu biểu đại diện cho 2.918 người có uy tín của 12 dân tộc trong toàn tỉnh.
Đồng chí Cầm Thị Phong, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Tòng Văn Thắng, Trưởng Ban Dân tộc tỉnh đồng chủ trì hội nghị.
Đại biểu là người có uy tín dự hội nghị.
Những năm qua, thực hiện Quyết định 18/2011/QĐ-TTg và Quyết định 56/2013/QĐ-TTg của Thủ tướng Chính phủ về chế độ, chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, Kế hoạch số 46-KH/TU của Tỉnh ủy và Hướng dẫn số 05-HD/BDVTW ngày 8/7/2016 của Ban Dân vận Trung ương, các cấp, các ngành đã quan tâm phát huy vai trò người có uy tín. Năm 2016, tỉnh tổ chức thăm hỏi 215 lượt người có uy tín ốm đau, cấp không thu tiền 18 đầu báo, tạp chí với tổng kinh phí 2,1 tỷ đồng.
Người có uy tín đã vận động đồng bào hiến 8.600 m2 đất làm đường, làm nhà văn hóa bản; tham gia hòa giải thành 147 vụ việc; cung cấp thông tin giúp cơ quan chức năng phát hiện 12 vụ vận chuyển ma túy qua biên giới; vận động 36 hộ trả lại đất lấn chiếm rừng phòng hộ.
Tại hội nghị, ông Quàng Văn Hặc, người có uy tín bản Nà Sài, xã Chiềng Ly chia sẻ cách vận động bà con bỏ tục thách cưới. Ông Mùa A Sư, người có uy tín bản Pá Khôm, xã Mường Giôn kể việc thuyết phục 9 hộ đồng bào Mông không nghe theo kẻ xấu tuyên truyền "Vương quốc Mông". Bà Lường Thị Tem, trưởng bản Hua Ít, thị trấn Ít Ong đề nghị có thêm lớp dạy nghề cho thanh niên sau cai nghiện. Ông Giàng A Chá vừa được bà con tín nhiệm bầu làm Trưởng bản Co Sâu cũng mong được tập huấn về pháp luật đất đai.
Thay mặt các đại biểu, các ông Lò Văn Biến, Hà Văn Nọi, Vì Văn Thưởng - Bí thư chi bộ kiêm trưởng bản - đã ký giao ước thi đua giữ vững an ninh vùng biên giới xã Chiềng Sơn.
Phát biểu kết luận, đồng chí Cầm Thị Phong đề nghị các cấp ủy tiếp tục lắng nghe ý kiến người có uy tín, giải quyết kịp thời kiến nghị chính đáng của đồng bào. Dịp này, mỗi đại biểu được tặng Giấy khen và 1 phần quà trị giá 1 triệu đồng.
Lò Hương
Tin liên quan
- Mộc Châu: Gặp mặt người có uy tín năm 2016 (15/09/2016)
- Sốp Cộp vận động đồng bào bỏ tục lệ lạc hậu (02/09/2016)
- Thăm hỏi người có uy tín bị ốm tại Thuận Châu (25/08/2016)
- Quỳnh Nhai: Vận động đồng bào tái định cư ổn định cuộc sống (18/08/2016)
""",
"2016-09-28",
"Biểu dương 120 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số",
E("hoi_nghi", "2016", "2016-09-27"),
[
    P("Cầm Thị Phong", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Tòng Văn Thắng", "Trưởng Ban Dân tộc tỉnh"),
    P("Quàng Văn Hặc", "người có uy tín bản Nà Sài"),
    P("Mùa A Sư", "người có uy tín bản Pá Khôm"),
    P("Lường Thị Tem", "trưởng bản Hua Ít"),
    P("Giàng A Chá", "Trưởng bản Co Sâu"),
    P("Lò Văn Biến", "Bí thư chi bộ kiêm trưởng bản"),
    P("Hà Văn Nọi", "Bí thư chi bộ kiêm trưởng bản"),
    P("Vì Văn Thưởng", "Bí thư chi bộ kiêm trưởng bản"),
],
[
    Q("120 người có uy tín tiêu biểu", 120, "người có uy tín tiêu biểu"),
    Q("2.918 người có uy tín", 2918, "người có uy tín"),
    Q("12 dân tộc", 12, "dân tộc"),
    Q("215 lượt người có uy tín", 215, "lượt người có uy tín"),
    Q("18 đầu báo, tạp chí", 18, "đầu báo, tạp chí"),
    Q("2,1 tỷ đồng", 2100000000, "đồng"),
    Q("8.600 m2", 8600, "m2"),
    Q("147 vụ việc", 147, "vụ việc"),
    Q("12 vụ vận chuyển ma túy", 12, "vụ vận chuyển ma túy"),
    Q("36 hộ", 36, "hộ"),
    Q("9 hộ đồng bào Mông", 9, "hộ đồng bào Mông"),
    Q("1 triệu đồng", 1000000, "đồng"),
],
[
    D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 18/2011/QĐ-TTg"),
    D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 56/2013/QĐ-TTg"),
    D("Kế hoạch", "46", "KH/TU", None, "Tỉnh ủy", surface="Kế hoạch số 46-KH/TU"),
    D("Hướng dẫn", "05", "HD/BDVTW", "2016-07-08", "Ban Dân vận Trung ương", surface="Hướng dẫn số 05-HD/BDVTW"),
],
[prov("Sơn La"), com("Chiềng Ly"), com("Mường Giôn"), com("Ít Ong"), com("Chiềng Sơn")],
["Báo Sơn La điện tử", "Trang chủ | Chính trị | Dân tộc - Tôn giáo", "Đại biểu là người có uy tín dự hội nghị.",
 "Vương quốc Mông", "Nà Sài", "Pá Khôm", "Hua Ít", "Co Sâu"],
["Ngày xuất bản: 28/09/2016 16:30", "năm 2016", "1 phần quà", "Năm 2016"],
))

# ---------------------------------------------------------------- b1118
PAGES.append(page(
"b1118-daklak-btgdv-giaoban-q1-2026",
"""
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK
Thời sự | Chính trị | Kinh tế | Xã hội | Bầu cử 2026
Chính trị › Xây dựng Đảng
Khối tuyên giáo và dân vận góp phần quan trọng vào thành công của cuộc bầu cử
Thứ Năm, 02/04/2026 - 16:10
Chiều 1/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý I/2026, triển khai nhiệm vụ quý II/2026. Hội nghị được kết nối trực tuyến tới 102 xã, phường.
Đồng chí Y Dhuê Kbuôr, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị. Cùng chủ trì có đồng chí Trần Công Hậu, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy và các đồng chí Phó Trưởng Ban: H'Bla Buôn Yă, Lê Quang Vinh.
Đồng chí Y Dhuê Kbuôr phát biểu tại hội nghị.
Quý I/2026, khối tuyên giáo và dân vận tập trung tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 theo Chỉ thị số 46-CT/TW của Bộ Chính trị và Kết luận số 18-KL/TU ngày 12/01/2026 của Ban Thường vụ Tỉnh ủy. Ban đã ban hành Hướng dẫn số 07-HD/BTGDVTU về tuyên truyền bầu cử, Kế hoạch 24, 25-KH/BTGDVTU về nắm tình hình tư tưởng cử tri và vận động đồng bào dân tộc thiểu số tham gia bầu cử. Toàn tỉnh tổ chức 1.126 buổi tuyên truyền lưu động, phát hành 45.000 tờ gấp bằng tiếng Việt, tiếng Êđê và tiếng Jrai; huy động 1.250 báo cáo viên, tuyên truyền viên cơ sở. Kết quả, gần 2,3 triệu cử tri đi bầu, đạt 99,6%.
Báo cáo cũng cho biết, các lực lượng đã kịp thời nắm và vận động 14 hộ ở vùng giáp ranh không nghe theo số đối tượng FULRO lưu vong kích động; không có hoạt động "Tin lành Đêga" công khai.
Tại hội nghị, đồng chí Y Bhiăk Mlô, Bí thư Đảng ủy, Chủ tịch HĐND xã Ea Súp cho biết xã đã vận động 100% cử tri đồng bào dân tộc thiểu số đi bầu trước 15 giờ. Đồng chí Phan Văn Khoa, Bí thư Đảng ủy phường Tuy Hòa chia sẻ cách phối hợp với các tổ dân phố ven biển trong tuyên truyền. Đồng chí Nguyễn Thị Mỹ Linh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Bí thư Tỉnh đoàn đề nghị duy trì đội hình thanh niên tình nguyện tuyên truyền sau bầu cử. Mục sư Y Kô Niê, Hội trưởng Chi hội Tin lành Buôn Ko Tam, được mời dự hội nghị, đánh giá cao việc chính quyền phường Buôn Ma Thuột tổ chức gặp mặt chức sắc trước ngày bầu cử.
Kết luận hội nghị, đồng chí Y Dhuê Kbuôr yêu cầu quý II/2026 tập trung tuyên truyền kết quả bầu cử và Nghị quyết Đại hội XIV của Đảng; theo dõi sát dư luận xã hội về việc sắp xếp thôn, buôn, tổ dân phố; hoàn thành sơ kết 6 tháng đầu năm 2026 trước ngày 25/6.
Hoàng Thu
Tin cùng chuyên mục
- Đắk Lắk: 99,6% cử tri đi bầu cử (16/03/2026)
- Phường Tuy Hòa tổ chức hội nghị tiếp xúc cử tri (28/02/2026)
- Tập huấn báo cáo viên về công tác bầu cử (20/01/2026)
""",
"2026-04-02",
"Khối tuyên giáo và dân vận góp phần quan trọng vào thành công của cuộc bầu cử",
E("giao_ban", "2026-Q1", "2026-04-01"),
[
    P("Y Dhuê Kbuôr", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Trần Công Hậu", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("H'Bla Buôn Yă", "Phó Trưởng Ban"),
    P("Lê Quang Vinh", "Phó Trưởng Ban"),
    P("Y Bhiăk Mlô", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Ea Súp"),
    P("Phan Văn Khoa", "Bí thư Đảng ủy phường Tuy Hòa"),
    P("Nguyễn Thị Mỹ Linh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
    P("Y Kô Niê", "Mục sư", "Hội trưởng Chi hội Tin lành Buôn Ko Tam"),
],
[
    Q("102 xã, phường", 102, "xã, phường"),
    Q("1.126 buổi tuyên truyền lưu động", 1126, "buổi tuyên truyền lưu động"),
    Q("45.000 tờ gấp", 45000, "tờ gấp"),
    Q("1.250 báo cáo viên, tuyên truyền viên", 1250, "báo cáo viên, tuyên truyền viên"),
    Q("gần 2,3 triệu cử tri", 2300000, "cử tri", "approx"),
    Q("99,6%", 99.6, "%"),
    Q("14 hộ", 14, "hộ"),
    Q("100% cử tri", 100, "%"),
],
[
    D("Chỉ thị", "46", "CT/TW", None, "Bộ Chính trị", surface="Chỉ thị số 46-CT/TW"),
    D("Kết luận", "18", "KL/TU", "2026-01-12", "Ban Thường vụ Tỉnh ủy", surface="Kết luận số 18-KL/TU"),
    D("Hướng dẫn", "07", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Hướng dẫn số 07-HD/BTGDVTU"),
    D("Kế hoạch", "24", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Kế hoạch 24, 25-KH/BTGDVTU"),
    D("Kế hoạch", "25", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Kế hoạch 24, 25-KH/BTGDVTU"),
],
[prov("Đắk Lắk"), com("Ea Súp"), com("Tuy Hòa"), com("Buôn Ma Thuột")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐẮK LẮK", "Thời sự | Chính trị | Kinh tế | Xã hội | Bầu cử 2026", "Chính trị › Xây dựng Đảng",
 "Đồng chí Y Dhuê Kbuôr phát biểu tại hội nghị.", "FULRO", "Tin lành Đêga", "Buôn Ko Tam"],
["Thứ Năm, 02/04/2026 - 16:10", "quý I/2026", "quý II/2026", "Quý I/2026", "khóa XVI", "nhiệm kỳ 2026 - 2031",
 "15 giờ", "6 tháng đầu năm 2026", "Đại hội XIV", "25/6"],
))

# ---------------------------------------------------------------- b1119
PAGES.append(page(
"b1119-phutho-xa-caophong-traoqua-tet-2026",
"""
CỔNG THÔNG TIN ĐIỆN TỬ XÃ CAO PHONG - TỈNH PHÚ THỌ
Trang chủ > Tin tức > Hoạt động Mặt trận - đoàn thể
Ngày 10/02/2026 | 08:45
Xã Cao Phong trao 465 suất quà Tết cho hộ nghèo, gia đình chính sách
Ngày 9/2, Ủy ban MTTQ Việt Nam xã Cao Phong phối hợp với Hội Chữ thập đỏ xã tổ chức trao 465 suất quà Tết Bính Ngọ 2026 cho hộ nghèo, hộ cận nghèo, gia đình chính sách và người có hoàn cảnh khó khăn trên địa bàn xã.
Mỗi suất quà trị giá 600.000 đồng, gồm 400.000 đồng tiền mặt, gạo, dầu ăn và bánh kẹo; tổng trị giá 279 triệu đồng. Nguồn quà do Quỹ "Vì người nghèo" xã, Công ty cổ phần Cam Cao Phong và các nhà hảo tâm quê hương Mường Bi ủng hộ, trong khuôn khổ chương trình "Tết vì người nghèo và nạn nhân chất độc da cam".
Bà Bùi Thị Nhàn, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã trao quà cho các hộ nghèo xóm Đá Bia.
Tới dự và trao quà có đồng chí Quách Văn Hùng, Bí thư Đảng ủy, Chủ tịch HĐND xã; bà Bùi Thị Nhàn, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã; đồng chí Xa Văn Tú, Phó Chủ tịch UBND xã; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Bùi Văn Liên, Hà Thị Huế.
Theo bà Bùi Thị Nhàn, xã Cao Phong được thành lập trên cơ sở nhập thị trấn Cao Phong với 2 xã Thu Phong, Bắc Phong của huyện Cao Phong, tỉnh Hòa Bình (cũ). Toàn xã hiện còn gần 300 hộ nghèo, chủ yếu là đồng bào Mường ở các xóm vùng cao. Thực hiện Công văn số 115-CV/ĐU ngày 15/01/2026 của Ban Thường vụ Đảng ủy xã và Kế hoạch số 21/KH-UBND của UBND xã về tổ chức Tết Nguyên đán, Ủy ban MTTQ Việt Nam xã đã rà soát, lập danh sách để không hộ nào không có Tết. Ngoài số quà trên, xã đã nhận và chuyển tới các hộ 180 suất quà của Ủy ban MTTQ Việt Nam tỉnh Phú Thọ và 28 suất quà của Chủ tịch nước tặng gia đình người có công.
Phát biểu tại buổi trao quà, đồng chí Quách Văn Hùng ghi nhận tinh thần "lá lành đùm lá rách" của bà con, đồng thời đề nghị các xóm tổ chức Tết vui tươi, lành mạnh, tiết kiệm; khoảng 40 hộ có nguy cơ tái nghèo sẽ được hỗ trợ cây giống cam, bưởi ngay sau Tết. Chị Đinh Thị Lan, hộ nghèo xóm Đá Bia, xúc động cho biết: "Năm nay có thêm quà của Mặt trận, nhà tôi có bánh chưng, có thịt đón Tết".
Dịp này, Hội Liên hiệp Phụ nữ xã trao 30 xuất học bổng, mỗi xuất 1 triệu đồng, cho học sinh nghèo vượt khó. Cùng ngày, Đoàn Thanh niên xã phối hợp với Trường THCS Cao Phong tổ chức "Gian hàng 0 đồng" với hơn 1.000 sản phẩm quần áo, đồ dùng học tập cho bà con xóm Đá Bia và xóm Rằng.
Văn phòng HĐND và UBND xã
Số lượt truy cập: 125.836 | Đang truy cập: 12
Các tin đã đưa
- Xã Cao Phong ra quân trồng cây đầu Xuân (05/02/2026)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 5 (28/01/2026)
- Tổng kết công tác Mặt trận năm 2025 (20/01/2026)
""",
"2026-02-10",
"Xã Cao Phong trao 465 suất quà Tết cho hộ nghèo, gia đình chính sách",
E("trao_qua", None, "2026-02-09"),
[
    P("Bùi Thị Nhàn", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
    P("Quách Văn Hùng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
    P("Xa Văn Tú", "Phó Chủ tịch UBND xã"),
    P("Bùi Văn Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
    P("Hà Thị Huế", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
    P("Đinh Thị Lan"),
],
[
    Q("465 suất quà", 465, "suất quà"),
    Q("600.000 đồng", 600000, "đồng"),
    Q("400.000 đồng", 400000, "đồng"),
    Q("279 triệu đồng", 279000000, "đồng"),
    Q("2 xã", 2, "xã"),
    Q("gần 300 hộ nghèo", 300, "hộ nghèo", "approx"),
    Q("180 suất quà", 180, "suất quà"),
    Q("28 suất quà", 28, "suất quà"),
    Q("khoảng 40 hộ", 40, "hộ", "approx"),
    Q("30 xuất học bổng", 30, "xuất học bổng"),
    Q("1 triệu đồng", 1000000, "đồng"),
    Q("hơn 1.000 sản phẩm", 1000, "sản phẩm", "over"),
],
[
    D("Công văn", "115", "CV/ĐU", "2026-01-15", "Ban Thường vụ Đảng ủy xã", surface="Công văn số 115-CV/ĐU"),
    D("Kế hoạch", "21", "KH-UBND", None, "UBND xã", surface="Kế hoạch số 21/KH-UBND"),
],
[prov("Phú Thọ"), prov("Hòa Bình"), com("Cao Phong"), com("Thu Phong"), com("Bắc Phong")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ CAO PHONG - TỈNH PHÚ THỌ", "Trang chủ > Tin tức > Hoạt động Mặt trận - đoàn thể",
 "Bà Bùi Thị Nhàn, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã trao quà cho các hộ nghèo xóm Đá Bia.",
 "Vì người nghèo", "Tết vì người nghèo và nạn nhân chất độc da cam", "Công ty cổ phần Cam Cao Phong", "Mường Bi",
 "Đá Bia", "lá lành đùm lá rách", "Gian hàng 0 đồng", "Trường THCS Cao Phong", "Văn phòng HĐND và UBND xã", "Số lượt truy cập: 125.836 | Đang truy cập: 12"],
["Ngày 10/02/2026 | 08:45", "Bính Ngọ 2026", "Gian hàng 0 đồng", "Số lượt truy cập: 125.836 | Đang truy cập: 12"],
))

# ---------------------------------------------------------------- b1120
PAGES.append(page(
"b1120-bacgiang-bdv-tongket-2020",
"""
BÁO BẮC GIANG ĐIỆN TỬ
Xã hội - Đoàn thể > Dân vận
15:10 | 29/12/2020
Các đại biểu dự hội nghị. Ảnh: Hữu Chinh
Khối dân vận Bắc Giang chung sức cùng nhân dân vượt qua dịch bệnh
BGĐT - Ngày 28/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2020, triển khai nhiệm vụ năm 2021. Đồng chí Lê Văn Thuấn, Phó Bí thư Thường trực Tỉnh ủy dự và chỉ đạo. Đồng chí Đỗ Thị Bích Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2020, trong bối cảnh dịch Covid-19 diễn biến phức tạp, khối dân vận các cấp đã tuyên truyền, vận động nhân dân chấp hành nghiêm Chỉ thị 15, 16/CT-TTg của Thủ tướng Chính phủ về phòng, chống dịch; phối hợp rà soát, chi trả hỗ trợ theo Nghị quyết 42/NQ-CP của Chính phủ cho trên 185 nghìn người. Mặt trận và các đoàn thể vận động ủng hộ phòng, chống dịch trên 63 tỷ đồng; hơn 12 nghìn lượt đoàn viên thanh niên tham gia trực chốt, hỗ trợ tiêu thụ 155 nghìn tấn vải thiều trong mùa dịch.
Ban Dân vận Tỉnh ủy tham mưu Tỉnh ủy sơ kết 5 năm thực hiện Kết luận 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 (khóa XI) về công tác dân vận; ban hành Kế hoạch số 226-KH/BDVTU về kiểm tra công tác dân vận chính quyền tại 10 huyện, thành phố. Phong trào thi đua "Dân vận khéo" có thêm 612 mô hình, điển hình được công nhận, nâng tổng số lên 3.120 mô hình.
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hoàng Văn Phủ, Nguyễn Thị Duyên thông tin kết quả khảo sát tình hình tư tưởng nhân dân tại các khu công nghiệp. Đồng chí Trương Văn Lìu, HUV, Trưởng Ban Dân vận Huyện ủy Lục Nam chia sẻ kinh nghiệm vận động đồng bào Sán Dìu ở xã Lục Sơn hiến 6.500 m2 đất mở rộng đường. Thượng tá Ngô Văn Bình, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh cho biết lực lượng vũ trang đã phối hợp với Ban Dân vận xây dựng 18 căn nhà "Đại đoàn kết" cho hộ nghèo. Chị Lương Thị Mến, Chủ tịch Hội Liên hiệp Phụ nữ thị trấn Chũ kể về mô hình "Tổ phụ nữ tự quản phòng dịch" với 40 thành viên.
Phát biểu chỉ đạo, đồng chí Lê Văn Thuấn đề nghị năm 2021 khối dân vận tập trung tuyên truyền Đại hội XIII của Đảng, chuẩn bị bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021 - 2026; tiếp tục thực hiện "mục tiêu kép" vừa phòng, chống dịch vừa phát triển kinh tế - xã hội.
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 22 tập thể, 35 cá nhân; đồng chí Hoàng Văn Nghiêm, Bí thư Đảng ủy xã Phúc Hòa được tặng Bằng khen của Ban Dân vận Trung ương.
Hữu Chinh
Tin khác
- Tân Yên: Gặp mặt người có uy tín năm 2020 (22/12/2020)
- Giao ban công tác dân vận quý IV (15/12/2020)
- 200 suất quà tặng công nhân khó khăn dịp Tết (10/12/2020)
""",
"2020-12-29",
"Khối dân vận Bắc Giang chung sức cùng nhân dân vượt qua dịch bệnh",
E("tong_ket", "2020", "2020-12-28"),
[
    P("Lê Văn Thuấn", "Phó Bí thư Thường trực Tỉnh ủy"),
    P("Đỗ Thị Bích Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Hoàng Văn Phủ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Nguyễn Thị Duyên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Trương Văn Lìu", "HUV", "Trưởng Ban Dân vận Huyện ủy Lục Nam"),
    P("Ngô Văn Bình", "Thượng tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
    P("Lương Thị Mến", "Chủ tịch Hội Liên hiệp Phụ nữ thị trấn Chũ"),
    P("Hoàng Văn Nghiêm", "Bí thư Đảng ủy xã Phúc Hòa"),
],
[
    Q("trên 185 nghìn người", 185000, "người", "over"),
    Q("trên 63 tỷ đồng", 63000000000, "đồng", "over"),
    Q("hơn 12 nghìn lượt đoàn viên thanh niên", 12000, "lượt đoàn viên thanh niên", "over"),
    Q("155 nghìn tấn", 155000, "tấn"),
    Q("10 huyện, thành phố", 10, "huyện, thành phố"),
    Q("612 mô hình, điển hình", 612, "mô hình, điển hình"),
    Q("3.120 mô hình", 3120, "mô hình"),
    Q("6.500 m2", 6500, "m2"),
    Q("18 căn nhà", 18, "căn nhà"),
    Q("40 thành viên", 40, "thành viên"),
    Q("22 tập thể", 22, "tập thể"),
    Q("35 cá nhân", 35, "cá nhân"),
],
[
    D("Chỉ thị", "15", "CT-TTg", None, "Thủ tướng Chính phủ", surface="Chỉ thị 15, 16/CT-TTg"),
    D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", surface="Chỉ thị 15, 16/CT-TTg"),
    D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", surface="Nghị quyết 42/NQ-CP"),
    D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", surface="Kết luận 43-KL/TW"),
    D("Kế hoạch", "226", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Kế hoạch số 226-KH/BDVTU"),
],
[prov("Bắc Giang"), com("Lục Sơn"), com("Chũ"), com("Phúc Hòa")],
["BÁO BẮC GIANG ĐIỆN TỬ", "Xã hội - Đoàn thể > Dân vận", "Các đại biểu dự hội nghị. Ảnh: Hữu Chinh", "BGĐT",
 "Dân vận khéo", "Đại đoàn kết", "Tổ phụ nữ tự quản phòng dịch", "Nghị quyết Trung ương 7 (khóa XI)", "mục tiêu kép"],
["15:10 | 29/12/2020", "năm 2020", "năm 2021", "Năm 2020", "5 năm", "Nghị quyết Trung ương 7", "khóa XI", "Đại hội XIII",
 "khóa XV", "nhiệm kỳ 2021 - 2026"],
))
