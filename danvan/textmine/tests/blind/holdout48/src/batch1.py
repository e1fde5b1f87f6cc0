"""holdout48 batch 1: b1109-b1114. Page text and labels side by side."""
from lib import Q, D, P, E, page, prov, com

PAGES = []

# ---------------------------------------------------------------- b1109
PAGES.append(page(
"b1109-tuyenquang-xa-lungcu-soket-2025",
"""
CỔNG THÔNG TIN ĐIỆN TỬ XÃ LŨNG CÚ - TỈNH TUYÊN QUANG
Trang chủ / Tin tức - Sự kiện / Công tác Dân vận
Thứ Sáu, 18/07/2025 - 09:30
Quang cảnh hội nghị. Ảnh: Mỷ Giàng
Lũng Cú: Khối dân vận bắt nhịp ngay với mô hình chính quyền hai cấp
Chiều 16/7, Đảng ủy xã Lũng Cú tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025. Đây là hội nghị đầu tiên về công tác dân vận kể từ khi xã Lũng Cú mới chính thức đi vào hoạt động từ ngày 01/7/2025, trên cơ sở sắp xếp 3 xã Lũng Cú, Má Lé và Lũng Táo của huyện Đồng Văn (cũ) theo Nghị quyết số 1684/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội.
Dự hội nghị có đồng chí Hầu Văn Lực, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang. Đồng chí Sùng Mí Chá, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì hội nghị.
Xã Lũng Cú mới có diện tích tự nhiên hơn 80 km2, gồm 28 thôn với 4.160 hộ, trên 21.000 nhân khẩu; đồng bào Mông chiếm 96% dân số. Trước ngày 01/7/2025, khu vực này thuộc tỉnh Hà Giang; nay là địa bàn biên giới cực Bắc của tỉnh Tuyên Quang mới.
Báo cáo do đồng chí Lò Văn Tuấn, Trưởng Ban Xây dựng Đảng Đảng ủy xã trình bày cho biết: ngay sau khi đi vào hoạt động, Ban đã tham mưu Đảng ủy ban hành Kế hoạch số 07-KH/ĐU ngày 08/7/2025 thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; đồng thời triển khai Hướng dẫn số 03-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về kiện toàn khối dân vận cấp xã sau sắp xếp.
Trong 6 tháng đầu năm, toàn xã duy trì 12 mô hình "Dân vận khéo"; vận động nhân dân hiến trên 3.500 m2 đất, đóng góp trên 1.200 ngày công làm đường liên thôn. Chương trình xóa nhà tạm, nhà dột nát về đích với 37 căn nhà tạm, nhà dột nát được xóa, tổng kinh phí 1,85 tỷ đồng. Các cơ quan khối dân vận tiếp nhận 54 đơn thư, kiến nghị của công dân, đã phối hợp giải quyết dứt điểm 49 đơn, không để phát sinh điểm nóng.
Đồng chí Vàng Thị Dín, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã cho biết, sau sắp xếp, Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh và Đoàn Thanh niên xã đã trực thuộc Ủy ban MTTQ Việt Nam xã; bộ phận giúp việc chỉ còn 5 cán bộ chuyên trách nên phải phân công lại địa bàn phụ trách. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Ly Thị Mai, Thào Mí Sử đề nghị tỉnh sớm có hướng dẫn về chế độ phụ cấp cho chi hội trưởng ở thôn.
Đồng chí Hầu Văn Lực, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu tại hội nghị.
Ông Sình Dũng Há, người có uy tín thôn Lô Lô Chải, kiến nghị có thêm lớp dạy chữ phổ thông cho phụ nữ lớn tuổi. Đồng chí Vừ Mí Lử, Phó Bí thư Đảng ủy, Chủ tịch UBND xã tiếp thu và giao bộ phận chuyên môn rà soát, báo cáo trong tháng 8.
Phát biểu chỉ đạo, đồng chí Hầu Văn Lực ghi nhận khối dân vận xã đã không để gián đoạn công việc trong những ngày đầu vận hành bộ máy mới, đề nghị xã tiếp tục thực hiện tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
Kết luận hội nghị, đồng chí Bí thư Đảng ủy xã Sùng Mí Chá yêu cầu 6 tháng cuối năm 2025 tập trung tuyên truyền, vận động nhân dân chuẩn bị Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030, giữ vững an ninh vùng biên giới.
Mỷ Giàng (Văn phòng Đảng ủy xã)
Lượt xem: 312
Tin liên quan
- Xã Lũng Cú ra mắt Ủy ban MTTQ Việt Nam xã (02/07/2025)
- Bàn giao 5 căn nhà Đại đoàn kết cho hộ nghèo thôn Séo Lủng (24/06/2025)
- Hội Liên hiệp Phụ nữ xã tổ chức ngày hội "Phụ nữ biên cương" (10/06/2025)
- Tuyên truyền Luật Biên phòng Việt Nam tại thôn Thèn Ván (28/05/2025)
""",
"2025-07-18",
"Lũng Cú: Khối dân vận bắt nhịp ngay với mô hình chính quyền hai cấp",
E("so_ket", "2025-H1", "2025-07-16"),
[
    P("Hầu Văn Lực", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Sùng Mí Chá", "Bí thư Đảng ủy", "Chủ tịch HĐND xã", "Bí thư Đảng ủy xã"),
    P("Lò Văn Tuấn", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
    P("Vàng Thị Dín", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
    P("Ly Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
    P("Thào Mí Sử", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
    P("Sình Dũng Há", "người có uy tín thôn Lô Lô Chải"),
    P("Vừ Mí Lử", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
],
[
    Q("3 xã", 3, "xã"),
    Q("hơn 80 km2", 80, "km2", "over"),
    Q("28 thôn", 28, "thôn"),
    Q("4.160 hộ", 4160, "hộ"),
    Q("trên 21.000 nhân khẩu", 21000, "nhân khẩu", "over"),
    Q("96%", 96, "%"),
    Q("12 mô hình", 12, "mô hình"),
    Q("trên 3.500 m2", 3500, "m2", "over"),
    Q("trên 1.200 ngày công", 1200, "ngày công", "over"),
    Q("37 căn nhà tạm, nhà dột nát", 37, "căn nhà tạm, nhà dột nát"),
    Q("1,85 tỷ đồng", 1850000000, "đồng"),
    Q("54 đơn thư, kiến nghị", 54, "đơn thư, kiến nghị"),
    Q("49 đơn", 49, "đơn"),
    Q("5 cán bộ chuyên trách", 5, "cán bộ chuyên trách"),
],
[
    D("Nghị quyết", "1684", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", surface="Nghị quyết số 1684/NQ-UBTVQH15"),
    D("Kế hoạch", "07", "KH/ĐU", "2025-07-08", "Đảng ủy", surface="Kế hoạch số 07-KH/ĐU"),
    D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", surface="Quyết định số 23-QĐ/TW"),
    D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Hướng dẫn số 03-HD/BTGDVTU"),
],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Má Lé"), com("Lũng Táo")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ LŨNG CÚ - TỈNH TUYÊN QUANG", "Trang chủ / Tin tức - Sự kiện / Công tác Dân vận",
 "Quang cảnh hội nghị. Ảnh: Mỷ Giàng", "Dân vận khéo", "Lô Lô Chải", "Lượt xem: 312",
 "Đồng chí Hầu Văn Lực, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu tại hội nghị.",
 "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Đồng Văn"],
["Thứ Sáu, 18/07/2025 - 09:30", "6 tháng đầu năm", "6 tháng cuối năm 2025", "lần thứ I", "nhiệm kỳ 2025 - 2030",
 "Lượt xem: 312", "tháng 8"],
))

# ---------------------------------------------------------------- b1110
PAGES.append(page(
"b1110-lamdong-btgdv-taphuan-2025",
"""
BÁO LÂM ĐỒNG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng
Thời sự | Chính trị | Xây dựng Đảng
23/10/2025 15:40 (GMT+07:00)
A- A+ | In bài | Chia sẻ
Đồng chí Ka Nhung, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu khai mạc lớp tập huấn. Ảnh: Phan Nhân
Bồi dưỡng nghiệp vụ dân vận cho hơn 250 cán bộ cấp xã
(LĐ) - Trong 2 ngày 22 - 23/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2025 cho hơn 250 cán bộ trực tiếp làm công tác dân vận tại 124 xã, phường, đặc khu trên địa bàn tỉnh.
Lớp tập huấn được tổ chức trực tiếp tại Hội trường Tỉnh ủy, kết nối trực tuyến đến 2 điểm cầu tại phường Bắc Gia Nghĩa và phường Phan Thiết để học viên ở khu vực Đắk Nông, Bình Thuận trước đây không phải di chuyển xa.
Khai mạc lớp học, đồng chí Trương Thị Hồng Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy nhấn mạnh: sau khi hợp nhất 3 tỉnh và vận hành chính quyền địa phương hai cấp, đội ngũ làm công tác dân vận ở cơ sở phần lớn mới được điều động, bố trí, nhiều đồng chí chưa qua đào tạo nghiệp vụ; trong khi đó cấp xã nay phải trực tiếp giải quyết những việc trước đây do huyện đảm nhận.
Cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Ka Nhung, Điểu Sơn Hải, Nguyễn Bá Thành.
Học viên được truyền đạt 6 chuyên đề, trong đó có: quán triệt Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; Kết luận 08, 09-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong vùng đồng bào dân tộc thiểu số và vùng đồng bào có đạo; Quy định số 96-QĐ/TU về chức năng, nhiệm vụ của khối dân vận cấp xã. Tiến sĩ Lê Văn Hòa, Phó Hiệu trưởng Trường Chính trị tỉnh giới thiệu kỹ năng tiếp dân, đối thoại và xử lý tình huống phức tạp phát sinh từ cơ sở.
Theo Kế hoạch số 18-KH/BTGDVTU ngày 02/10/2025, lớp học dành riêng một buổi thảo luận nhóm theo 3 khu vực. Chuyên đề về công tác dân tộc, tôn giáo do đồng chí Bố Thị Kim Nhàn, Trưởng phòng Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy trình bày, giới thiệu những điểm mới trong vận động đồng bào Chăm, đồng bào K'Ho, Mạ, Mnông và đồng bào có đạo.
Chị Liêng Hót Ha Thu, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã Lạc Dương chia sẻ, từ ngày về xã mới, mỗi cán bộ phụ trách 2 - 3 thôn, khối lượng công việc tăng gần gấp đôi. Anh Điểu Ty, công chức Văn phòng Đảng ủy xã Quảng Trực mong muốn được hướng dẫn kỹ hơn cách viết báo cáo, cách lập sổ theo dõi đơn thư. Còn đồng chí Đàng Văn Thân, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Hòa kể lại kinh nghiệm vận động 46 hộ đồng bào Chăm bàn giao mặt bằng làm đường ven biển.
Kết thúc lớp học, 100% học viên làm bài thu hoạch; 92% bài đạt loại khá, giỏi. Ban Tuyên giáo và Dân vận Tỉnh ủy sẽ tổ chức tiếp 2 lớp cho cán bộ các thôn, tổ dân phố trong quý I/2026.
Phan Nhân
Bài viết liên quan
- Lâm Đồng: 15 tập thể được khen thưởng về công tác dân vận chính quyền (12/10/2025)
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy sau hợp nhất (03/07/2025)
- Đối thoại với đồng bào Chăm về giải phóng mặt bằng (19/09/2025)
- Hướng dẫn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025 (08/10/2025)
""",
"2025-10-23",
"Bồi dưỡng nghiệp vụ dân vận cho hơn 250 cán bộ cấp xã",
E("tap_huan", "2025", "2025-10-22"),
[
    P("Ka Nhung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Trương Thị Hồng Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Điểu Sơn Hải", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Nguyễn Bá Thành", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Lê Văn Hòa", "Tiến sĩ", "Phó Hiệu trưởng Trường Chính trị tỉnh"),
    P("Bố Thị Kim Nhàn", "Trưởng phòng Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Liêng Hót Ha Thu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã Lạc Dương"),
    P("Điểu Ty", "công chức Văn phòng Đảng ủy xã Quảng Trực"),
    P("Đàng Văn Thân", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Hòa"),
],
[
    Q("hơn 250 cán bộ", 250, "cán bộ", "over"),
    Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
    Q("2 điểm cầu", 2, "điểm cầu"),
    Q("3 tỉnh", 3, "tỉnh"),
    Q("6 chuyên đề", 6, "chuyên đề"),
    Q("3 khu vực", 3, "khu vực"),
    Q("46 hộ đồng bào Chăm", 46, "hộ đồng bào Chăm"),
    Q("100% học viên", 100, "%"),
    Q("92%", 92, "%"),
    Q("2 lớp", 2, "lớp"),
],
[
    D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", surface="Nghị quyết số 25-NQ/TW"),
    D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", surface="Kết luận số 114-KL/TW"),
    D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kết luận 08, 09-KL/TU"),
    D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kết luận 08, 09-KL/TU"),
    D("Quy định", "96", "QĐ/TU", None, None, surface="Quy định số 96-QĐ/TU"),
    D("Kế hoạch", "18", "KH/BTGDVTU", "2025-10-02", None, surface="Kế hoạch số 18-KH/BTGDVTU"),
],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Bắc Gia Nghĩa"), com("Phan Thiết"),
 com("Lạc Dương"), com("Quảng Trực"), com("Phan Hòa")],
["BÁO LÂM ĐỒNG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng", "Thời sự | Chính trị | Xây dựng Đảng",
 "A- A+ | In bài | Chia sẻ", "(LĐ)", "Hội trường Tỉnh ủy",
 "Đồng chí Ka Nhung, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu khai mạc lớp tập huấn. Ảnh: Phan Nhân"],
["23/10/2025 15:40 (GMT+07:00)", "2 ngày", "22 - 23/10", "2 - 3 thôn", "khóa XI", "quý I/2026"],
))

# ---------------------------------------------------------------- b1111
PAGES.append(page(
"b1111-gialai-mttq-traoqua-2025",
"""
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI
Trang thông tin điện tử
Giới thiệu | Tin hoạt động | Vì người nghèo | An sinh xã hội | Văn bản
Bạn đang ở: Trang chủ » Tin hoạt động » An sinh xã hội
Ngày đăng 14/08/2025 | 16:20
Bàn giao 15 căn nhà Đại đoàn kết, trao 120 suất quà cho hộ nghèo xã Ia Hrú
Ngày 13/8, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Gia Lai phối hợp với UBND xã Ia Hrú tổ chức bàn giao 15 căn nhà Đại đoàn kết và trao 120 suất quà cho hộ nghèo, hộ cận nghèo là đồng bào Jrai, Bahnar trên địa bàn xã.
Các căn nhà được xây dựng từ nguồn Quỹ "Vì người nghèo" tỉnh và nguồn xã hội hóa, mỗi căn được hỗ trợ 70 triệu đồng; các hộ tự đối ứng thêm vật liệu và ngày công. Tổng kinh phí xây dựng 15 căn nhà là 1,05 tỷ đồng. Mỗi suất quà gồm gạo, nhu yếu phẩm và tiền mặt, trị giá 500.000 đồng; tổng trị giá quà tặng 60 triệu đồng.
Đến dự và trao nhà có đồng chí Hồ Văn Điềm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Trần Thị Hạnh, Siu Đinh - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Kpă Thị H'Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh. Về phía địa phương có đồng chí Nay Rin, ĐUV, Chủ tịch UBND xã Ia Hrú cùng đại diện các thôn, làng.
Đồng chí Hồ Văn Điềm trao nhà cho gia đình bà Rơ Châm H'Blưn, làng Plei Ơi.
Phát biểu tại buổi lễ, đồng chí Hồ Văn Điềm cho biết, sau khi hợp nhất tỉnh Gia Lai và tỉnh Bình Định, Ủy ban MTTQ Việt Nam tỉnh đã thống nhất quỹ "Vì người nghèo" của 2 tỉnh; từ đầu năm đến nay, toàn tỉnh vận động được trên 96 tỷ đồng, hỗ trợ xây mới và sửa chữa 2.315 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn. Tỉnh phấn đấu hoàn thành xóa nhà tạm, nhà dột nát trước ngày 31/8/2025 theo Kế hoạch số 35/KH-MTTQ-BTT ngày 04/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Đồng chí đề nghị cấp ủy, chính quyền và Ủy ban MTTQ Việt Nam các xã, phường, nhất là ở khu vực phía Tây của tỉnh, tiếp tục rà soát, không để sót hộ nào thuộc diện hỗ trợ; gắn việc hỗ trợ nhà ở với hướng dẫn sinh kế để người dân "an cư, lạc nghiệp".
Thay mặt các hộ được nhận nhà, bà Rơ Châm H'Blưn xúc động nói: "Cả đời tôi ở nhà tranh, mùa mưa dột khắp nơi. Nay có nhà mới, tôi yên tâm cho các cháu đi học". Già làng Ksor Yuh, người có uy tín làng Plei Ơi, hứa sẽ vận động con cháu giữ gìn nhà cửa, làm ăn chăm chỉ, không nghe theo kẻ xấu.
Theo đồng chí Nay Rin, xã Ia Hrú hiện còn 187 hộ nghèo, chiếm khoảng 4,6% tổng số hộ; trong năm 2025, xã đăng ký thoát nghèo cho 60 hộ. Ban Công tác Mặt trận các thôn, làng đã giúp người dân chuyển đổi khoảng 120 ha cà phê già cỗi sang trồng sầu riêng xen canh.
Dịp này, Công ty TNHH Đại Phát trao tặng 50 xe đạp cho học sinh nghèo của xã.
Ksor H'Nguyệt
TIN CÙNG CHUYÊN MỤC
- Ủy ban MTTQ Việt Nam tỉnh Gia Lai hỗ trợ người dân vùng lũ phường Quy Nhơn Nam (08/08/2025)
- Hợp nhất Quỹ "Vì người nghèo" tỉnh Gia Lai (15/07/2025)
- Phường Pleiku ra quân xóa nhà tạm (30/07/2025)
- Trao 300 suất học bổng cho học sinh dân tộc thiểu số (25/07/2025)
""",
"2025-08-14",
"Bàn giao 15 căn nhà Đại đoàn kết, trao 120 suất quà cho hộ nghèo xã Ia Hrú",
E("trao_qua", None, "2025-08-13"),
[
    P("Hồ Văn Điềm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Trần Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Siu Đinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Kpă Thị H'Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
    P("Nay Rin", "ĐUV", "Chủ tịch UBND xã Ia Hrú"),
    P("Rơ Châm H'Blưn"),
    P("Ksor Yuh", "Già làng", "người có uy tín làng Plei Ơi"),
],
[
    Q("15 căn nhà Đại đoàn kết", 15, "căn nhà Đại đoàn kết"),
    Q("120 suất quà", 120, "suất quà"),
    Q("70 triệu đồng", 70000000, "đồng"),
    Q("1,05 tỷ đồng", 1050000000, "đồng"),
    Q("500.000 đồng", 500000, "đồng"),
    Q("60 triệu đồng", 60000000, "đồng"),
    Q("2 tỉnh", 2, "tỉnh"),
    Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"),
    Q("2.315 căn nhà", 2315, "căn nhà"),
    Q("187 hộ nghèo", 187, "hộ nghèo"),
    Q("khoảng 4,6%", 4.6, "%", "approx"),
    Q("60 hộ", 60, "hộ"),
    Q("khoảng 120 ha", 120, "ha", "approx"),
    Q("50 xe đạp", 50, "xe đạp"),
],
[
    D("Kế hoạch", "35", "KH-MTTQ-BTT", "2025-08-04", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", surface="Kế hoạch số 35/KH-MTTQ-BTT"),
],
[prov("Gia Lai"), prov("Bình Định"), com("Ia Hrú")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI", "Trang thông tin điện tử",
 "Giới thiệu | Tin hoạt động | Vì người nghèo | An sinh xã hội | Văn bản",
 "Bạn đang ở: Trang chủ » Tin hoạt động » An sinh xã hội", "Vì người nghèo",
 "Đồng chí Hồ Văn Điềm trao nhà cho gia đình bà Rơ Châm H'Blưn, làng Plei Ơi.", "Plei Ơi",
 "Công ty TNHH Đại Phát", "an cư, lạc nghiệp"],
["Ngày đăng 14/08/2025 | 16:20", "31/8/2025", "năm 2025"],
))

# ---------------------------------------------------------------- b1112
PAGES.append(page(
"b1112-nghean-hnd-tongket-2013",
"""
Báo Nghệ An điện tử
Thứ Hai, 23/12/2013, 16:20
Chính trị - Xã hội » Mặt trận - Đoàn thể
Đồng chí Trần Hữu Cảnh trao Bằng khen cho các tập thể có thành tích xuất sắc. Ảnh: Thanh Lê
Hội Nông dân Nghệ An kết nạp mới 18.420 hội viên
(Baonghean) - Sáng 21/12, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2013, triển khai nhiệm vụ năm 2014. Dự hội nghị có đồng chí Trần Hữu Cảnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lương Văn Khánh, Ủy viên BCH Trung ương Hội Nông dân Việt Nam, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị.
Năm 2013, các cấp Hội trong tỉnh tiếp tục triển khai Nghị quyết 26-NQ/TW của BCH Trung ương (khóa X) về nông nghiệp, nông dân, nông thôn; Kết luận 61-KL/TW của Ban Bí thư về nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ về việc Hội Nông dân trực tiếp thực hiện và phối hợp thực hiện một số chương trình, đề án phát triển kinh tế, văn hóa, xã hội nông thôn. Hội cũng phối hợp với các sở, ngành triển khai Quyết định số 2512/QĐ-UBND ngày 12/6/2013 của UBND tỉnh và tham gia sơ kết Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy về xây dựng nông thôn mới.
Trong năm, toàn tỉnh kết nạp được 18.420 hội viên mới, nâng tổng số hội viên lên 312.560 người, sinh hoạt ở 4.126 chi hội; tỷ lệ tập hợp nông dân vào Hội đạt 78,5%. Phong trào "Nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững" có 126.350 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. Quỹ Hỗ trợ nông dân các cấp đạt trên 45 tỷ đồng; dư nợ ủy thác qua Ngân hàng Chính sách xã hội 2.350 tỷ đồng, giúp 8.200 lượt hộ vay vốn. Các cấp Hội tổ chức 1.245 lớp tập huấn khoa học kỹ thuật cho 98.600 lượt nông dân, thành lập mới 29 tổ hợp tác. Hội viên nông dân hiến 215.000 m2 đất, góp hàng chục nghìn ngày công làm đường giao thông nông thôn.
Tham luận tại hội nghị, đồng chí Vi Văn Sơn, Chủ tịch Hội Nông dân huyện Quế Phong cho biết nhờ mô hình chăn nuôi bò sinh sản, nhiều hộ đồng bào Thái ở thị trấn Kim Sơn đã thoát nghèo. Đồng chí Lầu Bá Dính, Chủ tịch Hội Nông dân xã Nậm Cắn nêu khó khăn khi vận động đồng bào Mông bỏ tập quán du canh; chị Lô Thị Thoa, hội viên chi hội bản Xốp Pột, chia sẻ kinh nghiệm trồng gừng theo tổ hợp tác. Đại diện xã Diễn Thịnh báo cáo mô hình "Cánh đồng mẫu lớn" với 120 ha lúa.
Phát biểu chỉ đạo, đồng chí Trần Hữu Cảnh đánh giá cao kết quả Hội đạt được trong năm, đề nghị năm 2014 các cấp Hội tập trung đổi mới nội dung sinh hoạt chi hội, tham gia có hiệu quả chương trình xây dựng nông thôn mới, nhất là ở các huyện miền núi.
Dịp này, đồng chí Phan Thị Huyền được Ban Chấp hành tín nhiệm bầu giữ chức Phó Chủ tịch Hội Nông dân tỉnh. UBND tỉnh tặng Bằng khen cho 25 tập thể và 40 cá nhân có thành tích xuất sắc trong phong trào nông dân năm 2013.
Thanh Lê
Các tin khác
- Hội Nông dân Thanh Chương ra mắt tổ hợp tác chè (20/12/2013)
- Tập huấn cho 60 chi hội trưởng nông dân huyện Kỳ Sơn (18/12/2013)
- Nông dân Yên Thành thi đua làm giàu (16/12/2013)
- Hội nghị Ban Chấp hành Hội Nông dân tỉnh lần thứ 5 (10/12/2013)
""",
"2013-12-23",
"Hội Nông dân Nghệ An kết nạp mới 18.420 hội viên",
E("tong_ket", "2013", "2013-12-21"),
[
    P("Trần Hữu Cảnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Lương Văn Khánh", "Ủy viên BCH Trung ương Hội Nông dân Việt Nam", "Chủ tịch Hội Nông dân tỉnh"),
    P("Vi Văn Sơn", "Chủ tịch Hội Nông dân huyện Quế Phong"),
    P("Lầu Bá Dính", "Chủ tịch Hội Nông dân xã Nậm Cắn"),
    P("Lô Thị Thoa", "hội viên chi hội bản Xốp Pột"),
    P("Phan Thị Huyền", "Phó Chủ tịch Hội Nông dân tỉnh"),
],
[
    Q("18.420 hội viên", 18420, "hội viên"),
    Q("312.560 người", 312560, "người"),
    Q("4.126 chi hội", 4126, "chi hội"),
    Q("78,5%", 78.5, "%"),
    Q("126.350 hộ", 126350, "hộ"),
    Q("trên 45 tỷ đồng", 45000000000, "đồng", "over"),
    Q("2.350 tỷ đồng", 2350000000000, "đồng"),
    Q("8.200 lượt hộ", 8200, "lượt hộ"),
    Q("1.245 lớp tập huấn", 1245, "lớp tập huấn"),
    Q("98.600 lượt nông dân", 98600, "lượt nông dân"),
    Q("29 tổ hợp tác", 29, "tổ hợp tác"),
    Q("215.000 m2", 215000, "m2"),
    Q("120 ha", 120, "ha"),
    Q("25 tập thể", 25, "tập thể"),
    Q("40 cá nhân", 40, "cá nhân"),
],
[
    D("Nghị quyết", "26", "NQ/TW", None, "BCH Trung ương", surface="Nghị quyết 26-NQ/TW"),
    D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", surface="Kết luận 61-KL/TW"),
    D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 673/QĐ-TTg"),
    D("Quyết định", "2512", "QĐ-UBND", "2013-06-12", "UBND tỉnh", surface="Quyết định số 2512/QĐ-UBND"),
    D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 21, 22-CT/TU"),
    D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 21, 22-CT/TU"),
],
[prov("Nghệ An"), com("Kim Sơn"), com("Nậm Cắn"), com("Diễn Thịnh")],
["Báo Nghệ An điện tử", "Chính trị - Xã hội » Mặt trận - Đoàn thể", "(Baonghean)",
 "Đồng chí Trần Hữu Cảnh trao Bằng khen cho các tập thể có thành tích xuất sắc. Ảnh: Thanh Lê",
 "Nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững",
 "Cánh đồng mẫu lớn", "Ngân hàng Chính sách xã hội", "Xốp Pột", "Quế Phong"],
["Thứ Hai, 23/12/2013, 16:20", "năm 2013", "năm 2014", "khóa X", "hàng chục nghìn ngày công"],
))

# ---------------------------------------------------------------- b1113
PAGES.append(page(
"b1113-vinhlong-btgdv-tongket-2025",
"""
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH LONG
Hôm nay: Thứ Hai, 19/01/2026
Trang chủ › Tin tức › Chính trị - Xây dựng Đảng
Năm đầu vận hành bộ máy mới: khối tuyên giáo và dân vận hoàn thành 9/9 chỉ tiêu
Thứ Ba, 13/01/2026 | 10:05
Ngày 12/01, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Ban hoạt động trên địa bàn tỉnh Vĩnh Long mới, hợp nhất từ 3 tỉnh Vĩnh Long, Bến Tre và Trà Vinh.
Dự và chỉ đạo hội nghị có đồng chí Trần Quốc Thái, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh. Đồng chí Lâm Minh Tuấn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy cùng các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Thạch Sô Kha, Nguyễn Thị Bé Tư, Lê Hoàng Em chủ trì.
Toàn cảnh hội nghị tổng kết. Ảnh: Minh Khang
Theo báo cáo, ngay sau khi Ban Thường vụ Tỉnh ủy ban hành Quyết định số 45-QĐ/TU ngày 01/7/2025 quy định chức năng, nhiệm vụ, tổ chức bộ máy của Ban Tuyên giáo và Dân vận Tỉnh ủy, Ban đã nhanh chóng ổn định tổ chức, hoàn thành 9/9 chỉ tiêu được giao. Ban tham mưu Tỉnh ủy quán triệt, triển khai Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII; tham mưu Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết số 03-NQ/TU ngày 15/10/2025 về đẩy mạnh công tác dân vận trong giai đoạn mới và Chương trình hành động số 02-CTr/TU thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030. Ban cũng tham mưu sơ kết Kết luận 12, 13-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Khmer và công tác tôn giáo; ban hành Hướng dẫn số 05-HD/BTGDVTU về tổ chức sinh hoạt tư tưởng ở chi bộ ấp, khóm.
Phong trào thi đua "Dân vận khéo" có 1.356 mô hình được công nhận; các xã, phường tổ chức 2.480 cuộc tiếp xúc, đối thoại với nhân dân, thu hút hơn 3.500 lượt người tham gia góp ý. Toàn tỉnh vận động xây mới, sửa chữa 6.210 căn nhà cho hộ nghèo, hộ chính sách với tổng kinh phí 412 tỷ đồng; 98,6% đảng viên được học tập, quán triệt các nghị quyết của Đảng.
Tại hội nghị, Hòa thượng Thạch Sươl, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh đánh giá cao việc khối dân vận thăm hỏi 245 chức sắc, chức việc nhân các lễ Chôl Chnăm Thmây, Sene Đolta. Đồng chí Sơn Thị Chanh Đa, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Trà Vinh kiến nghị bố trí thêm biên chế cho bộ phận dân vận của Đảng ủy phường. Đồng chí Huỳnh Văn Tới, Tỉnh ủy viên, Phó Chủ tịch Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh đề nghị tăng cường phối hợp giám sát việc giải quyết đơn thư ở các xã Long Hiệp, Long Hữu.
Phát biểu chỉ đạo, Bí thư Tỉnh ủy Trần Quốc Thái yêu cầu năm 2026 khối tuyên giáo và dân vận tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng, cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; nắm chắc tình hình tư tưởng nhân dân ở phường Long Châu và các địa bàn có dự án lớn.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy khen thưởng 18 tập thể và 27 cá nhân.
Minh Khang
Tin khác
- Vĩnh Long: Họp mặt chức sắc tôn giáo mừng Xuân Bính Ngọ 2026 (09/01/2026)
- Trao 500 căn nhà Đại đoàn kết cho hộ nghèo (26/12/2025)
- Tập huấn báo cáo viên cấp xã (18/12/2025)
""",
"2026-01-13",
"Năm đầu vận hành bộ máy mới: khối tuyên giáo và dân vận hoàn thành 9/9 chỉ tiêu",
E("tong_ket", "2025", "2026-01-12"),
[
    P("Trần Quốc Thái", "Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng Đoàn đại biểu Quốc hội tỉnh"),
    P("Lâm Minh Tuấn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Thạch Sô Kha", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Nguyễn Thị Bé Tư", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Lê Hoàng Em", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Thạch Sươl", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
    P("Sơn Thị Chanh Đa", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Trà Vinh"),
    P("Huỳnh Văn Tới", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
],
[
    Q("3 tỉnh", 3, "tỉnh"),
    Q("9/9 chỉ tiêu", 9, "chỉ tiêu"),
    Q("1.356 mô hình", 1356, "mô hình"),
    Q("2.480 cuộc tiếp xúc, đối thoại", 2480, "cuộc tiếp xúc, đối thoại"),
    Q("hơn 3.500 lượt người", 3500, "lượt người", "over"),
    Q("6.210 căn nhà", 6210, "căn nhà"),
    Q("412 tỷ đồng", 412000000000, "đồng"),
    Q("98,6%", 98.6, "%"),
    Q("245 chức sắc, chức việc", 245, "chức sắc, chức việc"),
    Q("18 tập thể", 18, "tập thể"),
    Q("27 cá nhân", 27, "cá nhân"),
],
[
    D("Quyết định", "45", "QĐ/TU", "2025-07-01", "Ban Thường vụ Tỉnh ủy", surface="Quyết định số 45-QĐ/TU"),
    D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương Đảng", surface="Nghị quyết số 60-NQ/TW"),
    D("Nghị quyết", "03", "NQ/TU", "2025-10-15", "Ban Chấp hành Đảng bộ tỉnh", surface="Nghị quyết số 03-NQ/TU"),
    D("Chương trình hành động", "02", "CTr/TU", None, "Ban Chấp hành Đảng bộ tỉnh", surface="Chương trình hành động số 02-CTr/TU"),
    D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kết luận 12, 13-KL/TU"),
    D("Kết luận", "13", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kết luận 12, 13-KL/TU"),
    D("Hướng dẫn", "05", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Hướng dẫn số 05-HD/BTGDVTU"),
],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Vinh"), com("Long Hiệp"), com("Long Hữu"), com("Long Châu")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH LONG", "Hôm nay: Thứ Hai, 19/01/2026", "Trang chủ › Tin tức › Chính trị - Xây dựng Đảng",
 "Toàn cảnh hội nghị tổng kết. Ảnh: Minh Khang", "Dân vận khéo", "Chôl Chnăm Thmây", "Sene Đolta"],
["Thứ Ba, 13/01/2026 | 10:05", "năm 2025", "năm 2026", "lần thứ 11", "khóa XIII", "lần thứ I", "nhiệm kỳ 2025 - 2030",
 "khóa XVI", "nhiệm kỳ 2026 - 2031", "Đại hội XIV"],
))

# ---------------------------------------------------------------- b1114
PAGES.append(page(
"b1114-quangbinh-bdv-giaoban-q3-2018",
"""
BAN DÂN VẬN TỈNH ỦY QUẢNG BÌNH - TRANG THÔNG TIN ĐIỆN TỬ
Thứ Sáu, 19/10/2018
Đang xem: Trang chủ >> Hoạt động dân vận >> Tin tức
Linh mục Phaolô Nguyễn Văn Tường phát biểu tại buổi giao ban.
Quảng Bình: Nâng cao hiệu quả vận động đồng bào Công giáo và đồng bào Bru - Vân Kiều
Thứ Tư, 17/10/2018 | 15:00
Chiều 16/10, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý III/2018 với Ban Dân vận các huyện ủy, thị ủy, thành ủy và các tổ chức chính trị - xã hội tỉnh. Đồng chí Trần Minh Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; cùng dự có các đồng chí Hoàng Văn Dũng, Lê Thị Thu Hà - Phó Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo do đồng chí Phạm Thị Hương, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy trình bày cho biết, trong quý III, khối dân vận tiếp tục triển khai Chỉ thị 49-CT/TW ngày 20/10/2015 của Ban Bí thư về tăng cường và đổi mới công tác dân vận của Đảng ở vùng đồng bào dân tộc thiểu số; phối hợp với Ủy ban MTTQ tỉnh thực hiện Quyết định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền. Ban Dân vận Tỉnh ủy đã ban hành kế hoạch số 112-KH/BDVTU về khảo sát tình hình đời sống đồng bào Bru - Vân Kiều ở các xã Thượng Trạch, Trường Sơn, Kim Thủy và Công văn số 245-CV/BDVTU hướng dẫn các huyện tổ chức gặp mặt chức sắc tôn giáo dịp lễ Giáng sinh.
Trong quý, các cấp đã xây dựng mới 58 mô hình "Dân vận khéo", nâng tổng số lên 1.062 mô hình; vận động nhân dân hiến 12.400 m2 đất làm đường giao thông nông thôn, đóng góp 3,2 tỷ đồng xây dựng nông thôn mới. Các cơ quan tiếp nhận 86 lượt công dân, 32 đơn thư; đã giải quyết 27 đơn. 126 hộ đồng bào Bru - Vân Kiều được hỗ trợ giống cây trồng; khoảng 2.000 giáo dân giáo xứ Tam Tòa tham gia ngày chủ nhật xanh.
Tham luận tại buổi giao ban, đồng chí Hồ Thị Lê, HUV, Trưởng Ban Dân vận Huyện ủy Quảng Ninh nêu những khó khăn trong vận động đồng bào ở các bản vùng cao định canh, định cư. Linh mục Phaolô Nguyễn Văn Tường, Quản xứ giáo xứ Tam Tòa cho biết giáo xứ đã xây dựng mô hình "Khu dân cư 4 tốt", phối hợp với chính quyền phường giữ gìn an ninh trật tự. Thượng tá Đinh Văn Hiếu, Phó Giám đốc Công an tỉnh thông tin tình hình an ninh nông thôn, vùng giáo.
Kết luận buổi giao ban, đồng chí Trần Minh Tâm đề nghị quý IV/2018 khối dân vận tập trung nắm tình hình nhân dân trước mùa mưa bão, chuẩn bị tốt các hoạt động dịp lễ Giáng sinh và Tết Nguyên đán; hoàn thành tổng kết công tác dân vận năm 2018 trước ngày 15/12.
P.V
Tin cùng chuyên mục
- Tặng quà đồng bào Bru - Vân Kiều xã Dân Hóa (05/10/2018)
- Hội nghị báo cáo viên tháng 9/2018 (28/09/2018)
- Minh Hóa: 12 mô hình dân vận khéo được biểu dương (20/09/2018)
""",
"2018-10-17",
"Quảng Bình: Nâng cao hiệu quả vận động đồng bào Công giáo và đồng bào Bru - Vân Kiều",
E("giao_ban", "2018-Q3", "2018-10-16"),
[
    P("Trần Minh Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Hoàng Văn Dũng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Lê Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Phạm Thị Hương", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
    P("Hồ Thị Lê", "HUV", "Trưởng Ban Dân vận Huyện ủy Quảng Ninh"),
    P("Phaolô Nguyễn Văn Tường", "Linh mục", "Quản xứ giáo xứ Tam Tòa"),
    P("Đinh Văn Hiếu", "Thượng tá", "Phó Giám đốc Công an tỉnh"),
],
[
    Q("58 mô hình", 58, "mô hình"),
    Q("1.062 mô hình", 1062, "mô hình"),
    Q("12.400 m2", 12400, "m2"),
    Q("3,2 tỷ đồng", 3200000000, "đồng"),
    Q("86 lượt công dân", 86, "lượt công dân"),
    Q("32 đơn thư", 32, "đơn thư"),
    Q("27 đơn", 27, "đơn"),
    Q("126 hộ đồng bào Bru - Vân Kiều", 126, "hộ đồng bào Bru - Vân Kiều"),
    Q("khoảng 2.000 giáo dân", 2000, "giáo dân", "approx"),
],
[
    D("Chỉ thị", "49", "CT/TW", "2015-10-20", "Ban Bí thư", surface="Chỉ thị 49-CT/TW"),
    D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 217, 218-QĐ/TW"),
    D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 217, 218-QĐ/TW"),
    D("Kế hoạch", "112", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="kế hoạch số 112-KH/BDVTU"),
    D("Công văn", "245", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Công văn số 245-CV/BDVTU"),
],
[prov("Quảng Bình"), com("Thượng Trạch"), com("Trường Sơn"), com("Kim Thủy")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG BÌNH - TRANG THÔNG TIN ĐIỆN TỬ", "Đang xem: Trang chủ >> Hoạt động dân vận >> Tin tức",
 "Linh mục Phaolô Nguyễn Văn Tường phát biểu tại buổi giao ban.", "Dân vận khéo", "Khu dân cư 4 tốt", "Tam Tòa",
 "Quảng Ninh", "P.V"],
["Thứ Sáu, 19/10/2018", "Thứ Tư, 17/10/2018 | 15:00", "quý III/2018", "quý IV/2018", "4 tốt", "15/12", "năm 2018"],
))
