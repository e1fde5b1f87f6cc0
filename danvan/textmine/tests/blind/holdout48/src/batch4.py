"""holdout48 batch 4: b1127-b1132. Page text and labels side by side."""
from lib import Q, D, P, E, page, prov, com

PAGES = []

# ---------------------------------------------------------------- b1127
PAGES.append(page(
"b1127-namdinh-btgdv-giaoban-q1-2025",
"""
BÁO NAM ĐỊNH ĐIỆN TỬ
Chính trị | Kinh tế | Văn hóa - Xã hội | Pháp luật | Nam Định ngày nay
Thứ Sáu, ngày 04/04/2025
Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban công tác quý I
Chiều 3/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Nam Định tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý I, triển khai nhiệm vụ quý II năm 2025. Đây là hội nghị giao ban đầu tiên kể từ khi Ban được thành lập trên cơ sở hợp nhất Ban Tuyên giáo Tỉnh ủy và Ban Dân vận Tỉnh ủy theo Quyết định số 1521-QĐ/TU ngày 26/02/2025 của Ban Chấp hành Đảng bộ tỉnh.
Đồng chí Phạm Thị Minh Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị. Cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Đoàn Văn Phúc, Trần Thị Hoa, Lại Văn Bình, Vũ Hải Đăng; lãnh đạo Ban Tuyên giáo và Dân vận các huyện ủy, thành ủy.
Quang cảnh hội nghị giao ban. Ảnh: Thanh Thúy
Báo cáo cho biết, quý I/2025, Ban đã tham mưu Ban Thường vụ Tỉnh ủy tổng kết 7 năm thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII; quán triệt Kết luận 126-KL/TW, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy và đơn vị hành chính. Ban đã ban hành Quy chế làm việc số 01-QC/BTGDVTU và Hướng dẫn số 02-HD/BTGDVTU về nắm bắt dư luận xã hội trong quá trình sắp xếp. Các cấp tổ chức 126 hội nghị quán triệt cho trên 58.000 lượt cán bộ, đảng viên; tổng hợp 1.350 ý kiến của nhân dân gửi cấp trên.
Công tác dân vận tiếp tục chú trọng vùng đồng bào Công giáo với khoảng 480.000 giáo dân. Dịp lễ Phục sinh, khối dân vận các cấp đã thăm hỏi 215 giáo xứ, họ đạo. Toàn tỉnh hiện có 2.140 mô hình "Dân vận khéo"; đã tiếp nhận 127 đơn thư, giải quyết xong 119 đơn.
Tại hội nghị, đồng chí Trần Văn Mạnh, HUV, Trưởng Ban Tuyên giáo và Dân vận Huyện ủy Hải Hậu phản ánh tâm lý băn khoăn của một bộ phận cán bộ cấp xã trước việc kết thúc hoạt động cấp huyện. Đồng chí Ngô Thị Hải Yến, Bí thư Đảng ủy xã Xuân Ngọc đề nghị sớm có hướng dẫn về việc đặt tên xã mới. Linh mục Giuse Vũ Đình Khiêm, Ủy viên Ủy ban MTTQ Việt Nam tỉnh, Chánh xứ giáo xứ Phú Nhai, được mời dự, cho biết giáo dân đồng thuận cao với chủ trương sắp xếp, mong được thông tin đầy đủ, kịp thời. Đại diện thị trấn Quất Lâm báo cáo kết quả vận động người dân ven biển tham gia giữ gìn vệ sinh môi trường mùa du lịch.
Kết luận hội nghị, đồng chí Phạm Thị Minh Nguyệt yêu cầu quý II/2025 tập trung tuyên truyền chủ trương sắp xếp đơn vị hành chính, nắm chắc tư tưởng cán bộ, đảng viên và nhân dân; chuẩn bị tổ chức lấy ý kiến nhân dân bảo đảm dân chủ, công khai, đúng tiến độ.
Thanh Thúy
Lượt xem: 1.024
Tin liên quan
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy (01/03/2025)
- Giao lưu "Dân vận khéo" khu vực phía Nam tỉnh (18/03/2025)
- Hải Hậu: Hội nghị báo cáo viên tháng 3 (27/03/2025)
""",
"2025-04-04",
"Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban công tác quý I",
E("giao_ban", "2025-Q1", "2025-04-03"),
[
    P("Phạm Thị Minh Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Đoàn Văn Phúc", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Trần Thị Hoa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Lại Văn Bình", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Vũ Hải Đăng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Trần Văn Mạnh", "HUV", "Trưởng Ban Tuyên giáo và Dân vận Huyện ủy Hải Hậu"),
    P("Ngô Thị Hải Yến", "Bí thư Đảng ủy xã Xuân Ngọc"),
    P("Giuse Vũ Đình Khiêm", "Linh mục", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh", "Chánh xứ giáo xứ Phú Nhai"),
],
[
    Q("126 hội nghị", 126, "hội nghị"),
    Q("trên 58.000 lượt cán bộ, đảng viên", 58000, "lượt cán bộ, đảng viên", "over"),
    Q("1.350 ý kiến", 1350, "ý kiến"),
    Q("khoảng 480.000 giáo dân", 480000, "giáo dân", "approx"),
    Q("215 giáo xứ, họ đạo", 215, "giáo xứ, họ đạo"),
    Q("2.140 mô hình", 2140, "mô hình"),
    Q("127 đơn thư", 127, "đơn thư"),
    Q("119 đơn", 119, "đơn"),
],
[
    D("Quyết định", "1521", "QĐ/TU", "2025-02-26", "Ban Chấp hành Đảng bộ tỉnh", surface="Quyết định số 1521-QĐ/TU"),
    D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương Đảng", surface="Nghị quyết số 18-NQ/TW"),
    D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", surface="Kết luận 126-KL/TW"),
    D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", surface="127-KL/TW"),
    D("Quy chế làm việc", "01", "QC/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Quy chế làm việc số 01-QC/BTGDVTU"),
    D("Hướng dẫn", "02", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Hướng dẫn số 02-HD/BTGDVTU"),
],
[prov("Nam Định"), com("Xuân Ngọc"), com("Quất Lâm")],
["BÁO NAM ĐỊNH ĐIỆN TỬ", "Chính trị | Kinh tế | Văn hóa - Xã hội | Pháp luật | Nam Định ngày nay",
 "Quang cảnh hội nghị giao ban. Ảnh: Thanh Thúy", "Dân vận khéo", "Phú Nhai", "Lượt xem: 1.024", "Hải Hậu"],
["Thứ Sáu, ngày 04/04/2025", "quý I", "quý II năm 2025", "quý I/2025", "quý II/2025", "7 năm", "khóa XII", "Lượt xem: 1.024"],
))

# ---------------------------------------------------------------- b1128
PAGES.append(page(
"b1128-laocai-xa-batxat-giaoban-thang9-2025",
"""
Cổng thông tin điện tử xã Bát Xát - tỉnh Lào Cai
Trang chủ :: Tin tức - Sự kiện :: Mặt trận - Đoàn thể
2025-10-02 08:30:15
Giao ban khối Mặt trận và các đoàn thể chính trị - xã hội tháng 9
Chiều 30/9, Ủy ban MTTQ Việt Nam xã Bát Xát tổ chức hội nghị giao ban công tác Mặt trận và các tổ chức chính trị - xã hội tháng 9/2025, triển khai nhiệm vụ tháng 10. Đồng chí Chảo Văn Lâm, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì. Dự hội nghị có đồng chí Hoàng Thị Vân Anh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lào Cai và các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Phàn Thị Mẩy, Ly Seo Chứ, Tẩn Láo Lở.
Trong tháng 9, các đoàn thể tập trung khắc phục hậu quả mưa lũ tại các thôn vùng cao. Ủy ban MTTQ Việt Nam xã đã tiếp nhận, phân bổ kịp thời nguồn hỗ trợ cho 126 hộ bị ảnh hưởng, mỗi hộ 3 triệu đồng, tổng số tiền 378 triệu đồng; huy động 450 lượt đoàn viên, hội viên giúp dân dọn bùn đất, dựng lại nhà; tiếp nhận khoảng 2 tấn gạo từ các xã Y Tý, Trịnh Tường và xã A Mú Sung ủng hộ.
Thực hiện kế hoạch số 16-KH/ĐU ngày 10/9/2025 của Đảng ủy xã và Hướng dẫn số 22/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025, xã đã chọn thôn Tả Pờ Hồ tổ chức điểm ngày hội. Đồng chí Phàn Thị Mẩy, Chủ tịch Hội Liên hiệp Phụ nữ xã cho biết trong tháng Hội kết nạp 32 hội viên mới; tỷ lệ thu quỹ hội đạt 87%. Đồng chí Ly Seo Chứ, Chủ tịch Hội Nông dân xã báo cáo kết quả hướng dẫn bà con trồng lại 35 ha ngô sau lũ. Đồng chí Lù Thị Sen vừa được tín nhiệm giữ chức Bí thư Đoàn xã đề xuất thành lập đội thanh niên xung kích ở 9 thôn có nguy cơ sạt lở.
Ông Chu Ha Xá, người có uy tín thôn Choản Thèn, xã Y Tý, được mời dự giao ban, cho biết bà con người Hà Nhì đã chủ động di dời 14 hộ ra khỏi vùng nguy hiểm. Đồng chí Tẩn Láo Lở, Chủ tịch Hội Cựu chiến binh xã đề nghị có cơ chế hỗ trợ vật liệu làm lại 6 cây cầu treo dân sinh.
Phát biểu tại hội nghị, đồng chí Hoàng Thị Vân Anh ghi nhận Ủy ban MTTQ Việt Nam xã Bát Xát đã vận hành ổn định sau 3 tháng sắp xếp, phối hợp nhịp nhàng với các tổ chức thành viên. Trước đây các hội, đoàn thể ở xã hoạt động riêng rẽ, nay cùng chung một đầu mối, việc điều hành thuận lợi hơn.
Kết luận hội nghị, đồng chí Chảo Văn Lâm giao các đoàn thể trong tháng 10 hoàn thành rà soát hộ nghèo, hộ cận nghèo; chuẩn bị chu đáo Ngày hội Đại đoàn kết; tiếp tục tuyên truyền "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Văn phòng HĐND và UBND xã
Đang truy cập: 18 | Tổng lượt truy cập: 356.410
Các tin khác
- Xã Bát Xát trao tiền hỗ trợ người dân bị ảnh hưởng mưa lũ (22/09/2025)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 3 (15/09/2025)
- Tỉnh Lào Cai thăm, tặng quà người dân vùng lũ xã Bát Xát (12/09/2025)
""",
"2025-10-02",
"Giao ban khối Mặt trận và các đoàn thể chính trị - xã hội tháng 9",
E("giao_ban", "2025-09", "2025-09-30"),
[
    P("Chảo Văn Lâm", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
    P("Hoàng Thị Vân Anh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lào Cai"),
    P("Phàn Thị Mẩy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
    P("Ly Seo Chứ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân xã"),
    P("Tẩn Láo Lở", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Cựu chiến binh xã"),
    P("Lù Thị Sen", "Bí thư Đoàn xã"),
    P("Chu Ha Xá", "người có uy tín thôn Choản Thèn"),
],
[
    Q("126 hộ", 126, "hộ"),
    Q("3 triệu đồng", 3000000, "đồng"),
    Q("378 triệu đồng", 378000000, "đồng"),
    Q("450 lượt đoàn viên, hội viên", 450, "lượt đoàn viên, hội viên"),
    Q("khoảng 2 tấn", 2, "tấn", "approx"),
    Q("32 hội viên mới", 32, "hội viên mới"),
    Q("87%", 87, "%"),
    Q("35 ha", 35, "ha"),
    Q("9 thôn", 9, "thôn"),
    Q("14 hộ", 14, "hộ"),
    Q("6 cây cầu treo dân sinh", 6, "cây cầu treo dân sinh"),
],
[
    D("Kế hoạch", "16", "KH/ĐU", "2025-09-10", "Đảng ủy xã", surface="kế hoạch số 16-KH/ĐU"),
    D("Hướng dẫn", "22", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", surface="Hướng dẫn số 22/HD-MTTQ-BTT"),
],
[prov("Lào Cai"), com("Bát Xát"), com("Y Tý"), com("Trịnh Tường"), com("A Mú Sung")],
["Cổng thông tin điện tử xã Bát Xát - tỉnh Lào Cai", "Trang chủ :: Tin tức - Sự kiện :: Mặt trận - Đoàn thể",
 "A Mú Sung", "Tả Pờ Hồ", "Choản Thèn", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Văn phòng HĐND và UBND xã",
 "Đang truy cập: 18 | Tổng lượt truy cập: 356.410"],
["2025-10-02 08:30:15", "tháng 9/2025", "tháng 10", "Trong tháng 9", "năm 2025", "3 tháng",
 "Đang truy cập: 18 | Tổng lượt truy cập: 356.410"],
))

# ---------------------------------------------------------------- b1129
PAGES.append(page(
"b1129-baclieu-hlhpn-soket-2015",
"""
Báo Bạc Liêu điện tử
Trang chủ > Xã hội > Phụ nữ
Cập nhật lúc: 08:52 10/07/2015
Phụ nữ Bạc Liêu giúp nhau phát triển kinh tế gia đình
Ngày 9/7, Hội Liên hiệp Phụ nữ (LHPN) tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2015, triển khai nhiệm vụ 6 tháng cuối năm. Bà Huỳnh Thị Hồng Nhung, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị; bà Trần Thị Kim Thoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và phát biểu chỉ đạo.
Chị em phụ nữ xã Ninh Thạnh Lợi chăm sóc vườn rau. Ảnh: Minh Thư
6 tháng đầu năm, các cấp Hội tiếp tục triển khai Nghị quyết 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa; thực hiện đề án 343 của Thủ tướng Chính phủ về tuyên truyền, giáo dục phẩm chất đạo đức phụ nữ và cuộc vận động "Xây dựng gia đình 5 không, 3 sạch". Toàn tỉnh kết nạp 2.350 hội viên mới; dư nợ ủy thác của Ngân hàng Chính sách xã hội qua Hội đạt 812 tỷ đồng, giúp 1.120 hộ phụ nữ nghèo được vay vốn. Hội duy trì 356 tổ tiết kiệm với 6.200 thành viên, vốn tiết kiệm 9,6 tỷ đồng. Theo Kế hoạch liên tịch số 07/KHLT-HPN-NHCSXH giữa Hội LHPN tỉnh và Ngân hàng Chính sách xã hội tỉnh, việc bình xét cho vay được công khai tại tổ; tỷ lệ nợ quá hạn giảm còn 0,6%.
Các cấp Hội đã vận động xây dựng, bàn giao 45 mái ấm tình thương, mỗi căn 40 triệu đồng; có 92,3% hộ hội viên đạt tiêu chí "5 không, 3 sạch".
Tại hội nghị, bà Thạch Thị Đa Ra, Phó Chủ tịch Hội LHPN tỉnh thông tin kết quả thực hiện Quyết định số 1181/QĐ-UBND ngày 12/6/2015 của UBND tỉnh về hỗ trợ phụ nữ đồng bào Khmer học nghề. Bà Lý Thị Sa Rươn, Chi hội trưởng phụ nữ ấp Cà Lăng, xã Ninh Thạnh Lợi chia sẻ mô hình "Tổ phụ nữ Khmer trồng rau an toàn" giúp khoảng 3.000 phụ nữ có thêm thu nhập. Bà Nguyễn Thị Bé Ba, Ủy viên Ban Thường vụ - Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh phản ánh tình trạng phụ nữ đi làm ăn xa bị lừa đảo. Đại diện thị trấn Châu Hưng và phường Láng Tròn báo cáo về câu lạc bộ "Gia đình hạnh phúc". Trong 6 tháng, các cấp Hội đã phối hợp tổ chức 128 buổi truyền thông về phòng, chống mua bán người, bạo lực gia đình, thu hút hơn 9.000 lượt hội viên tham dự.
Phát biểu chỉ đạo, bà Trần Thị Kim Thoa đề nghị 6 tháng cuối năm 2015 Hội tập trung chuẩn bị đại hội phụ nữ các cấp, hướng tới Đại hội đại biểu phụ nữ tỉnh lần thứ XII, nhiệm kỳ 2016 - 2021; chú trọng phát triển hội viên trong đồng bào Khmer và nữ công nhân các khu công nghiệp.
Minh Thư
Tin cùng chuyên mục
- Hội LHPN huyện Hồng Dân tổ chức đại hội điểm (05/07/2015)
- 200 phụ nữ nghèo được hỗ trợ vốn (29/06/2015)
- Ngày hội "Phụ nữ Khmer với văn hóa truyền thống" (22/06/2015)
""",
"2015-07-10",
"Phụ nữ Bạc Liêu giúp nhau phát triển kinh tế gia đình",
E("so_ket", "2015-H1", "2015-07-09"),
[
    P("Huỳnh Thị Hồng Nhung", "Chủ tịch Hội LHPN tỉnh"),
    P("Trần Thị Kim Thoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Thạch Thị Đa Ra", "Phó Chủ tịch Hội LHPN tỉnh"),
    P("Lý Thị Sa Rươn", "Chi hội trưởng phụ nữ ấp Cà Lăng"),
    P("Nguyễn Thị Bé Ba", "Ủy viên Ban Thường vụ - Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh"),
],
[
    Q("2.350 hội viên mới", 2350, "hội viên mới"),
    Q("812 tỷ đồng", 812000000000, "đồng"),
    Q("1.120 hộ phụ nữ nghèo", 1120, "hộ phụ nữ nghèo"),
    Q("356 tổ tiết kiệm", 356, "tổ tiết kiệm"),
    Q("6.200 thành viên", 6200, "thành viên"),
    Q("9,6 tỷ đồng", 9600000000, "đồng"),
    Q("0,6%", 0.6, "%"),
    Q("45 mái ấm tình thương", 45, "mái ấm tình thương"),
    Q("40 triệu đồng", 40000000, "đồng"),
    Q("92,3%", 92.3, "%"),
    Q("khoảng 3.000 phụ nữ", 3000, "phụ nữ", "approx"),
    Q("128 buổi truyền thông", 128, "buổi truyền thông"),
    Q("hơn 9.000 lượt hội viên", 9000, "lượt hội viên", "over"),
],
[
    D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", surface="Nghị quyết 11-NQ/TW"),
    D("Đề án", "343", None, None, "Thủ tướng Chính phủ", surface="đề án 343 của Thủ tướng Chính phủ"),
    D("Kế hoạch liên tịch", "07", "KHLT-HPN-NHCSXH", None, None, surface="Kế hoạch liên tịch số 07/KHLT-HPN-NHCSXH"),
    D("Quyết định", "1181", "QĐ-UBND", "2015-06-12", "UBND tỉnh", surface="Quyết định số 1181/QĐ-UBND"),
],
[prov("Bạc Liêu"), com("Ninh Thạnh Lợi"), com("Châu Hưng"), com("Láng Tròn")],
["Báo Bạc Liêu điện tử", "Trang chủ > Xã hội > Phụ nữ", "Chị em phụ nữ xã Ninh Thạnh Lợi chăm sóc vườn rau. Ảnh: Minh Thư",
 "Xây dựng gia đình 5 không, 3 sạch", "Tổ phụ nữ Khmer trồng rau an toàn", "Gia đình hạnh phúc", "Cà Lăng",
 "Ngân hàng Chính sách xã hội"],
["Cập nhật lúc: 08:52 10/07/2015", "6 tháng đầu năm 2015", "6 tháng cuối năm", "6 tháng đầu năm", "6 tháng cuối năm 2015",
 "5 không, 3 sạch", "lần thứ XII", "nhiệm kỳ 2016 - 2021", "Trong 6 tháng"],
))

# ---------------------------------------------------------------- b1130
PAGES.append(page(
"b1130-khanhhoa-mttq-hiepthuong-2026",
"""
ỦY BAN MTTQ VIỆT NAM TỈNH KHÁNH HÒA - TRANG THÔNG TIN ĐIỆN TỬ
Tin tức | Bầu cử ĐBQH và HĐND các cấp | Dân chủ - Pháp luật | Văn bản
Đăng lúc: 17:05 - 20/01/2026
Hiệp thương lần thứ hai: Lập danh sách sơ bộ 128 người ứng cử đại biểu HĐND tỉnh
Ngày 19/1, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa tổ chức Hội nghị hiệp thương lần thứ hai để thỏa thuận lập danh sách sơ bộ những người ứng cử đại biểu HĐND tỉnh nhiệm kỳ 2026 - 2031 và xem xét người ứng cử đại biểu Quốc hội khóa XVI.
Đồng chí Võ Thị Minh Thư, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Lê Văn Hưng, Phó Chủ tịch Thường trực HĐND tỉnh, Phó Chủ tịch Ủy ban Bầu cử tỉnh; đồng chí Thập Thị Mỹ Hạnh, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Pinăng Văn Ngọc, Giám đốc Sở Nội vụ; các đồng chí Chamaléa Thị Tư, Nguyễn Hữu Phước - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đại biểu biểu quyết tại hội nghị hiệp thương.
Theo Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN và Hướng dẫn số 38/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, tỉnh Khánh Hòa được bầu 95 đại biểu HĐND tỉnh. Sau hiệp thương lần thứ nhất và quá trình giới thiệu, các cơ quan, tổ chức, đơn vị ở tỉnh đã giới thiệu 121 người, có 7 người tự ứng cử. Hội nghị đã thống nhất danh sách sơ bộ 128 người để gửi lấy ý kiến cử tri nơi cư trú và nơi công tác.
Trong danh sách sơ bộ, tỷ lệ nữ đạt 37,5%; người dân tộc thiểu số chiếm 18%, chủ yếu là đồng bào Raglai, Chăm, Cơ Ho ở khu vực Ninh Thuận trước đây; người ngoài Đảng chiếm 10,2%. Trong số những người được giới thiệu có Hòa thượng Thích Minh Tuấn, Ủy viên Ủy ban MTTQ Việt Nam tỉnh và Cả sư Thành Quang Thái, Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh.
Phát biểu tại hội nghị, đồng chí Lê Văn Hưng đề nghị các cơ quan, đơn vị tổ chức lấy ý kiến cử tri đúng quy trình theo Kế hoạch số 150/KH-MTTQ-BTT ngày 05/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; thực hiện nghiêm Nghị quyết số 1892/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội về hướng dẫn xác định dự kiến cơ cấu, thành phần và phân bổ số lượng người được giới thiệu ứng cử.
Đồng chí Võ Thị Minh Thư lưu ý, với địa bàn rộng gồm 65 xã, phường, đặc khu, trong đó có đặc khu Trường Sa, việc lấy ý kiến cử tri cần chủ động về thời gian, nhất là ở các xã miền núi như Phước Hà, Khánh Sơn. Tại phường Nha Trang và phường Phan Rang, hội nghị cử tri sẽ được tổ chức vào cuối tuần để người lao động tham dự.
Cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 sẽ diễn ra vào Chủ nhật ngày 15/3/2026, toàn tỉnh có gần 1,9 triệu cử tri.
Hồng Đào
Bài viết liên quan
- Khánh Hòa: Hiệp thương lần thứ nhất cấp xã (15/12/2025)
- Ủy ban MTTQ Việt Nam tỉnh tập huấn nghiệp vụ bầu cử (05/12/2025)
- Công bố số lượng đại biểu HĐND các cấp được bầu (28/11/2025)
""",
"2026-01-20",
"Hiệp thương lần thứ hai: Lập danh sách sơ bộ 128 người ứng cử đại biểu HĐND tỉnh",
E("hoi_nghi", None, "2026-01-19"),
[
    P("Võ Thị Minh Thư", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Lê Văn Hưng", "Phó Chủ tịch Thường trực HĐND tỉnh", "Phó Chủ tịch Ủy ban Bầu cử tỉnh"),
    P("Thập Thị Mỹ Hạnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Pinăng Văn Ngọc", "Giám đốc Sở Nội vụ"),
    P("Chamaléa Thị Tư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Nguyễn Hữu Phước", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Thích Minh Tuấn", "Hòa thượng", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
    P("Thành Quang Thái", "Cả sư", "Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh"),
],
[
    Q("128 người", 128, "người"),
    Q("95 đại biểu", 95, "đại biểu"),
    Q("121 người", 121, "người"),
    Q("7 người tự ứng cử", 7, "người tự ứng cử"),
    Q("37,5%", 37.5, "%"),
    Q("18%", 18, "%"),
    Q("10,2%", 10.2, "%"),
    Q("65 xã, phường, đặc khu", 65, "xã, phường, đặc khu"),
    Q("gần 1,9 triệu cử tri", 1900000, "cử tri", "approx"),
],
[
    D("Nghị quyết liên tịch", "102", "2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", None, None,
      surface="Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"),
    D("Hướng dẫn", "38", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", surface="Hướng dẫn số 38/HD-MTTW-BTT"),
    D("Kế hoạch", "150", "KH-MTTQ-BTT", "2026-01-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", surface="Kế hoạch số 150/KH-MTTQ-BTT"),
    D("Nghị quyết", "1892", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", surface="Nghị quyết số 1892/NQ-UBTVQH15"),
],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Trường Sa"), com("Phước Hà"), com("Khánh Sơn"), com("Nha Trang"), com("Phan Rang")],
["ỦY BAN MTTQ VIỆT NAM TỈNH KHÁNH HÒA - TRANG THÔNG TIN ĐIỆN TỬ",
 "Tin tức | Bầu cử ĐBQH và HĐND các cấp | Dân chủ - Pháp luật | Văn bản", "Đại biểu biểu quyết tại hội nghị hiệp thương.",
 "Hồng Đào"],
["Đăng lúc: 17:05 - 20/01/2026", "lần thứ hai", "lần thứ nhất", "nhiệm kỳ 2026 - 2031", "khóa XVI", "15/3/2026"],
))

# ---------------------------------------------------------------- b1131
PAGES.append(page(
"b1131-haiduong-tinhdoan-doithoai-2024",
"""
BÁO HẢI DƯƠNG
Thời sự | Chính trị | Xã hội | Tuổi trẻ
Thứ Hai, 25/03/2024 - 18:40
Chủ tịch UBND tỉnh đối thoại với thanh niên: Nhiều kiến nghị về việc làm, khởi nghiệp
Chiều 23/3, Tỉnh đoàn Hải Dương phối hợp với UBND tỉnh tổ chức chương trình Chủ tịch UBND tỉnh đối thoại với thanh niên năm 2024, chào mừng kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh. Chương trình được kết nối tới 12 điểm cầu huyện, thị xã, thành phố với khoảng 1.500 đoàn viên, thanh niên tham dự.
Đồng chí Nguyễn Đức Khiêm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì đối thoại. Điều phối chương trình là đồng chí Bùi Thị Thu Hằng, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh.
Đồng chí Nguyễn Đức Khiêm trả lời câu hỏi của đoàn viên, thanh niên. Ảnh: Thành Chung
Tại buổi đối thoại, 26 ý kiến của thanh niên tập trung vào việc làm, học nghề, vốn khởi nghiệp và phòng, chống tệ nạn xã hội. Anh Phạm Văn Tú, vừa được tín nhiệm giữ chức Bí thư Đoàn xã Hiệp Sơn, hỏi về cơ chế hỗ trợ thanh niên hồi hương sau thời gian đi lao động ở nước ngoài. Chị Nguyễn Thị Lan Anh, Giám đốc Hợp tác xã Nông nghiệp sạch Thanh Xuân, kiến nghị hỗ trợ chứng nhận sản phẩm OCOP cho các hợp tác xã do thanh niên làm chủ. Anh Đỗ Văn Thái, UVBCH Tỉnh đoàn, Bí thư Thành đoàn Hải Dương, đề nghị bố trí quỹ đất xây dựng thiết chế văn hóa cho thanh niên công nhân.
Ông Phạm Văn Hòa, Giám đốc Sở Lao động - Thương binh và Xã hội cho biết năm 2023 toàn tỉnh giải quyết việc làm cho 35.200 lao động, tỷ lệ lao động qua đào tạo đạt 78%. Bà Vũ Thị Mai, Giám đốc Sở Kế hoạch và Đầu tư thông tin tỉnh có 52 dự án khởi nghiệp của thanh niên được hỗ trợ. Thượng tá Nguyễn Văn Toản, Phó Giám đốc Công an tỉnh trả lời các câu hỏi về tội phạm lừa đảo qua mạng.
Kết luận buổi đối thoại, Chủ tịch UBND tỉnh Nguyễn Đức Khiêm khẳng định tỉnh tiếp tục thực hiện Chỉ thị 42-CT/TW ngày 24/3/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ và Quyết định 1331/QĐ-TTg của Thủ tướng Chính phủ về Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021 - 2030. Đồng chí giao Sở Lao động - Thương binh và Xã hội tham mưu sửa đổi Kế hoạch số 185/KH-UBND của UBND tỉnh; nâng Quỹ hỗ trợ thanh niên khởi nghiệp lên 5 tỷ đồng, mỗi dự án được vay 100 triệu đồng. Tỉnh đoàn được giao cụ thể hóa bằng Nghị quyết 09, 10-NQ/TĐ của Ban Chấp hành Tỉnh đoàn. Phường Cộng Hòa được chọn làm điểm xây dựng khu vui chơi cho thiếu nhi.
Thành Chung
Tin liên quan
- Tuổi trẻ Hải Dương ra quân Tháng Thanh niên 2024 (02/03/2024)
- 300 đoàn viên hiến máu tình nguyện (17/03/2024)
- Trao 50 suất học bổng cho học sinh vượt khó (10/03/2024)
""",
"2024-03-25",
"Chủ tịch UBND tỉnh đối thoại với thanh niên: Nhiều kiến nghị về việc làm, khởi nghiệp",
E("doi_thoai", "2024", "2024-03-23"),
[
    P("Nguyễn Đức Khiêm", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
    P("Bùi Thị Thu Hằng", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn", "Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh"),
    P("Phạm Văn Tú", "Bí thư Đoàn xã Hiệp Sơn"),
    P("Nguyễn Thị Lan Anh", "Giám đốc Hợp tác xã Nông nghiệp sạch Thanh Xuân"),
    P("Đỗ Văn Thái", "UVBCH Tỉnh đoàn", "Bí thư Thành đoàn Hải Dương"),
    P("Phạm Văn Hòa", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
    P("Vũ Thị Mai", "Giám đốc Sở Kế hoạch và Đầu tư"),
    P("Nguyễn Văn Toản", "Thượng tá", "Phó Giám đốc Công an tỉnh"),
],
[
    Q("12 điểm cầu huyện, thị xã, thành phố", 12, "điểm cầu huyện, thị xã, thành phố"),
    Q("khoảng 1.500 đoàn viên, thanh niên", 1500, "đoàn viên, thanh niên", "approx"),
    Q("26 ý kiến", 26, "ý kiến"),
    Q("35.200 lao động", 35200, "lao động"),
    Q("78%", 78, "%"),
    Q("52 dự án khởi nghiệp", 52, "dự án khởi nghiệp"),
    Q("5 tỷ đồng", 5000000000, "đồng"),
    Q("100 triệu đồng", 100000000, "đồng"),
],
[
    D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", surface="Chỉ thị 42-CT/TW"),
    D("Quyết định", "1331", "QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 1331/QĐ-TTg"),
    D("Kế hoạch", "185", "KH-UBND", None, "UBND tỉnh", surface="Kế hoạch số 185/KH-UBND"),
    D("Nghị quyết", "09", "NQ/TĐ", None, "Ban Chấp hành Tỉnh đoàn", surface="Nghị quyết 09, 10-NQ/TĐ"),
    D("Nghị quyết", "10", "NQ/TĐ", None, "Ban Chấp hành Tỉnh đoàn", surface="Nghị quyết 09, 10-NQ/TĐ"),
],
[prov("Hải Dương"), com("Hiệp Sơn"), com("Cộng Hòa")],
["BÁO HẢI DƯƠNG", "Thời sự | Chính trị | Xã hội | Tuổi trẻ",
 "Đồng chí Nguyễn Đức Khiêm trả lời câu hỏi của đoàn viên, thanh niên. Ảnh: Thành Chung",
 "Hợp tác xã Nông nghiệp sạch Thanh Xuân", "Thanh Xuân", "OCOP", "Quỹ hỗ trợ thanh niên khởi nghiệp"],
["Thứ Hai, 25/03/2024 - 18:40", "năm 2024", "93 năm", "năm 2023", "giai đoạn 2021 - 2030"],
))

# ---------------------------------------------------------------- b1132
PAGES.append(page(
"b1132-danang-btgdv-soket-2026",
"""
Đà Nẵng Online - Báo và Phát thanh, Truyền hình Đà Nẵng
Chính trị › Xây dựng Đảng
Cập nhật: 03/07/2026 lúc 20:15
Toàn cảnh hội nghị. Ảnh: Ngọc Hà
Nâng cao chất lượng dân vận ở các xã miền núi phía Tây
Chiều 2/7, Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026. Hội nghị được kết nối trực tuyến đến 94 xã, phường, đặc khu.
Đồng chí Trần Đình Quý, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy chủ trì. Cùng chủ trì có đồng chí Nguyễn Thị Thanh Tâm, Thành ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Thành ủy và các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy: Lê Văn Ba, Hôih Thị Lan, Phan Minh Khoa.
Theo báo cáo, 6 tháng đầu năm, Ban đã tham mưu Ban Thường vụ Thành ủy ban hành Nghị quyết số 04-NQ/TU ngày 10/3/2026 về công tác dân vận ở vùng đồng bào dân tộc thiểu số miền núi phía Tây thành phố; tham mưu Ban Chấp hành Đảng bộ thành phố ban hành Chương trình hành động số 06-CTr/TU thực hiện Nghị quyết Đại hội XIV của Đảng; sơ kết Kết luận 20, 21-KL/TU của Ban Thường vụ Thành ủy về công tác tôn giáo và về vận động nhân dân trong giải phóng mặt bằng. Ban đã ban hành Kế hoạch số 50-KH/BTGDVTU về tổ chức Tháng dân vận năm 2026.
Toàn thành phố hiện có 3.460 mô hình "Dân vận khéo". Trong 6 tháng, nhân dân hiến 21.500 m2 đất, góp trên 40 tỷ đồng xây dựng nông thôn mới; 1.050 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn được hỗ trợ sửa chữa, xây mới.
Đồng chí Zơ Râm Bưm, Bí thư Đảng ủy, Chủ tịch HĐND xã Avương phát biểu tại hội nghị.
Tại hội nghị, đồng chí Zơ Râm Bưm, Bí thư Đảng ủy, Chủ tịch HĐND xã Avương cho biết xã được thành lập từ các xã của huyện Tây Giang, tỉnh Quảng Nam (cũ), khoảng 70% dân số là đồng bào Cơ Tu; xã đã vận động 42 hộ ở vùng sạt lở di dời đến khu tái định cư mới. Đồng chí Clâu Thị Hiền, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Tây Giang, Chủ tịch Hội Liên hiệp Phụ nữ xã kiến nghị hỗ trợ phụ nữ Cơ Tu phát triển nghề dệt thổ cẩm. Đồng chí Hồ Văn Dũng, Bí thư Đảng ủy xã Trà Linh nêu khó khăn khi vận động đồng bào Xơ Đăng không khai thác sâm Ngọc Linh trái phép. Già làng Bríu Pố, người có uy tín thôn Arớt được mời dự, mong thành phố giữ gìn lễ hội truyền thống của đồng bào.
Đại diện phường Hải Châu chia sẻ kinh nghiệm vận động các hộ kinh doanh ven sông Hàn; đại diện phường Tam Kỳ báo cáo kết quả đối thoại với người dân bị ảnh hưởng bởi dự án mở rộng đường ven biển.
Kết luận hội nghị, đồng chí Trần Đình Quý đề nghị 6 tháng cuối năm 2026 tập trung tuyên truyền kỷ niệm 96 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 - 15/10/2026); đổi mới hình thức tuyên truyền trên nền tảng số; bảo đảm mỗi xã miền núi có ít nhất 1 mô hình "Dân vận khéo" gắn với giảm nghèo bền vững.
Ngọc Hà
Tin cùng chuyên mục
- Đà Nẵng: 50 tập thể được khen thưởng về công tác dân vận (25/06/2026)
- Xã Avương ra mắt tổ dệt thổ cẩm (18/06/2026)
- Họp mặt người có uy tín đồng bào Cơ Tu (05/06/2026)
""",
"2026-07-03",
"Nâng cao chất lượng dân vận ở các xã miền núi phía Tây",
E("so_ket", "2026-H1", "2026-07-02"),
[
    P("Trần Đình Quý", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
    P("Nguyễn Thị Thanh Tâm", "Thành ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Thành ủy"),
    P("Lê Văn Ba", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
    P("Hôih Thị Lan", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
    P("Phan Minh Khoa", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
    P("Zơ Râm Bưm", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Avương"),
    P("Clâu Thị Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Tây Giang", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
    P("Hồ Văn Dũng", "Bí thư Đảng ủy xã Trà Linh"),
    P("Bríu Pố", "Già làng", "người có uy tín thôn Arớt"),
],
[
    Q("94 xã, phường, đặc khu", 94, "xã, phường, đặc khu"),
    Q("3.460 mô hình", 3460, "mô hình"),
    Q("21.500 m2", 21500, "m2"),
    Q("trên 40 tỷ đồng", 40000000000, "đồng", "over"),
    Q("1.050 căn nhà", 1050, "căn nhà"),
    Q("khoảng 70%", 70, "%", "approx"),
    Q("42 hộ", 42, "hộ"),
],
[
    D("Nghị quyết", "04", "NQ/TU", "2026-03-10", "Ban Thường vụ Thành ủy", surface="Nghị quyết số 04-NQ/TU"),
    D("Chương trình hành động", "06", "CTr/TU", None, "Ban Chấp hành Đảng bộ thành phố", surface="Chương trình hành động số 06-CTr/TU"),
    D("Kết luận", "20", "KL/TU", None, "Ban Thường vụ Thành ủy", surface="Kết luận 20, 21-KL/TU"),
    D("Kết luận", "21", "KL/TU", None, "Ban Thường vụ Thành ủy", surface="Kết luận 20, 21-KL/TU"),
    D("Kế hoạch", "50", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Thành ủy", surface="Kế hoạch số 50-KH/BTGDVTU"),
],
[prov("Đà Nẵng"), prov("Quảng Nam"), com("Avương"), com("Tây Giang"), com("Trà Linh"), com("Hải Châu"), com("Tam Kỳ")],
["Đà Nẵng Online - Báo và Phát thanh, Truyền hình Đà Nẵng", "Chính trị › Xây dựng Đảng", "Toàn cảnh hội nghị. Ảnh: Ngọc Hà",
 "Đồng chí Zơ Râm Bưm, Bí thư Đảng ủy, Chủ tịch HĐND xã Avương phát biểu tại hội nghị.", "Dân vận khéo", "Arớt",
 "Tháng dân vận", "sâm Ngọc Linh"],
["Cập nhật: 03/07/2026 lúc 20:15", "6 tháng đầu năm", "6 tháng cuối năm 2026", "Trong 6 tháng", "năm 2026", "96 năm",
 "15/10/1930 - 15/10/2026", "ít nhất 1 mô hình", "Đại hội XIV"],
))
