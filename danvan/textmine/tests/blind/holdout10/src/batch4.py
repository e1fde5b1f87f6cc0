from lib import *

PAGES = []

# b215 — Lào Cai (+Yên Bái), commune site Lao Chải, giao ban tháng 10 (held 4/11), "Nghị quyết 03, 04 của Đảng ủy xã"
PAGES.append(page("b215-laocai-xa-giaoban-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ LAO CHẢI
Tỉnh Lào Cai
Trang chủ > Tin tức > Hoạt động của Mặt trận và các đoàn thể
Thứ Tư, 05/11/2025 - 08:40
Lao Chải: 412 hộ tham gia làm đường sau bão
Sáng 4/11, Đảng ủy xã Lao Chải tổ chức giao ban khối dân vận tháng 10 năm 2025, đánh giá kết quả khắc phục hậu quả bão và triển khai nhiệm vụ tháng 11 trong mô hình chính quyền 2 cấp.
Đồng chí Sùng A Lử phát biểu tại buổi giao ban.
Dự giao ban có đồng chí Sùng A Lử, Bí thư Đảng ủy xã; đồng chí Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã Vàng Thị Chá; đồng chí Lò Văn Hặc, ĐUV, Chủ tịch Ủy ban MTTQ Việt Nam xã; đại diện Hội Nông dân, Hội Phụ nữ, Đoàn Thanh niên, Hội CCB xã.
Thực hiện Nghị quyết 03, 04 của Đảng ủy xã về xây dựng nông thôn mới và sắp xếp dân cư vùng sạt lở, trong tháng 10, Mặt trận và các đoàn thể vận động 412 hộ tham gia làm đường, góp 2.060 ngày công, mở rộng 7,5 km đường liên thôn; 19 hộ hiến 3.400 m2 đất. Xã tiếp nhận 264 triệu đồng ủng hộ khắc phục bão từ tỉnh Yên Bái cũ và các nhà hảo tâm.
Anh Giàng A Páo, vừa được bầu bổ sung giữ chức Phó Chủ tịch Hội Nông dân xã, cho biết đã có 46 hộ Mông ở thôn Dề Thàng đăng ký chuyển sang trồng sơn tra. Các trưởng thôn Hờ A Dê, Lý Thị Say, Thào A Chứ đề nghị xã hỗ trợ xi măng để làm lại 3 ngầm tràn.
Đồng chí Vàng Thị Chá đề nghị các đoàn thể tuyên truyền phòng chống tảo hôn, thực hiện phương châm "4 tại chỗ".
Đại biểu các thôn dự giao ban.
Xã đặt chỉ tiêu tháng 11 hoàn thành di dời 27 hộ ra khỏi vùng nguy cơ sạt lở.
Ban Tuyên giáo và Dân vận Đảng ủy xã
Lượt truy cập: 4.882
Các tin đã đưa
- Giao ban khối dân vận tháng 9 năm 2025
- Lao Chải ra mắt Ban công tác Mặt trận thôn
- Hội Nông dân xã tập huấn trồng sơn tra
- Đoàn Thanh niên xã giúp dân sau bão
""", "2025-11-05", "Lao Chải: 412 hộ tham gia làm đường sau bão",
    E("giao_ban", "2025-10", "2025-11-04"),
    [P("Sùng A Lử", "Bí thư Đảng ủy xã"),
     P("Vàng Thị Chá", "Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã"),
     P("Lò Văn Hặc", "ĐUV", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Giàng A Páo", "Phó Chủ tịch Hội Nông dân xã"),
     P("Hờ A Dê", "trưởng thôn"), P("Lý Thị Say", "trưởng thôn"), P("Thào A Chứ", "trưởng thôn")],
    [Q("412 hộ", 412, "hộ"), Q("2.060 ngày công", 2060, "ngày công"), Q("7,5 km", 7.5, "km"),
     Q("19 hộ", 19, "hộ"), Q("3.400 m2", 3400, "m2"), Q("264 triệu đồng", 264000000, "đồng"),
     Q("46 hộ", 46, "hộ"), Q("3 ngầm tràn", 3, "ngầm tràn"), Q("27 hộ", 27, "hộ")],
    [D("Nghị quyết", "03", None, issuer="Đảng ủy xã", surface="Nghị quyết 03, 04 của Đảng ủy xã"),
     D("Nghị quyết", "04", None, issuer="Đảng ủy xã", surface="Nghị quyết 03, 04 của Đảng ủy xã")],
    [prov("Lào Cai"), prov("Yên Bái"), com("Lao Chải")],
    ["TRANG THÔNG TIN ĐIỆN TỬ XÃ LAO CHẢI", "Tỉnh Lào Cai",
     "Trang chủ > Tin tức > Hoạt động của Mặt trận và các đoàn thể",
     "Đồng chí Sùng A Lử phát biểu tại buổi giao ban.", "Đại biểu các thôn dự giao ban.",
     "Ban Tuyên giáo và Dân vận Đảng ủy xã", "Dề Thàng"],
    ["tháng 10 năm 2025", "tháng 11", "chính quyền 2 cấp", "4 tại chỗ", "trong tháng 10", "Lượt truy cập: 4.882"]))

# b216 — Gia Lai (+Bình Định), Ban Tuyên giáo và Dân vận, tổng kết 2025 held 15/1/2026, "16/01/2026 - 14:50"
PAGES.append(page("b216-gialai-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ / Tin tức / Công tác dân vận
16/01/2026 - 14:50
Năm 2026: mỗi xã, phường ít nhất 3 mô hình dân vận mới
Chiều 15/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026, kết nối 129 điểm cầu xã, phường.
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Chủ trì hội nghị có đồng chí Tỉnh ủy viên, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đinh Hữu Thọ. Cùng dự có các đồng chí: Rơ Châm Thúy, Phó Trưởng ban Thường trực; Lê Quang Minh, Phó Trưởng ban; Đinh Thị Hlang, Phó Trưởng ban phụ trách dân vận - tôn giáo.
Năm 2025, Ban đã tham mưu triển khai Quy định 11-QĐi/TW của Bộ Chính trị và Nghị quyết 226/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính tới 100% tổ chức cơ sở đảng. Toàn tỉnh có 3.175 mô hình "Dân vận khéo", trong đó 892 mô hình ở các xã thuộc tỉnh Bình Định cũ; vận động nhân dân đóng góp 512 tỷ đồng và hiến 86 ha đất làm đường. Khối dân vận tổ chức 1.460 cuộc đối thoại với 58.300 lượt người.
Đồng chí Đinh Thị Hlang cho biết, người có uy tín đã vận động 214 người theo đạo trái pháp luật từ bỏ sinh hoạt.
Ông Rmah Thuông, Bí thư Chi bộ làng Bi, xã Ia Hrung, kể làng đã 4 năm liền không có hộ tái nghèo. Ông Đinh Văn Bưng, người Ba Na ở xã An Toàn, đề nghị làm lại cầu qua suối.
Đồng chí Rơ Châm Thúy trao Giấy khen cho các tập thể.
Năm 2026, mỗi xã, phường xây dựng ít nhất 3 mô hình dân vận mới; hội nghị khen thưởng 24 tập thể, 31 cá nhân.
Hữu Phúc
Lượt xem: 1.726
Tin liên quan
- Gia Lai: dân vận sau sáp nhập tỉnh
- Giao ban khối dân vận tháng 12
""", "2026-01-16", "Năm 2026: mỗi xã, phường ít nhất 3 mô hình dân vận mới",
    E("tong_ket", "2025", "2026-01-15"),
    [P("Đinh Hữu Thọ", "Tỉnh ủy viên", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
     P("Rơ Châm Thúy", "Phó Trưởng ban Thường trực"), P("Lê Quang Minh", "Phó Trưởng ban"),
     P("Đinh Thị Hlang", "Phó Trưởng ban phụ trách dân vận - tôn giáo"),
     P("Rmah Thuông", "Bí thư Chi bộ làng Bi"), P("Đinh Văn Bưng")],
    [Q("ít nhất 3 mô hình", 3, "mô hình"), Q("129 điểm cầu", 129, "điểm cầu"), Q("100% tổ chức cơ sở đảng", 100, "%"),
     Q("3.175 mô hình", 3175, "mô hình"), Q("892 mô hình", 892, "mô hình"), Q("512 tỷ đồng", 512000000000, "đồng"),
     Q("86 ha", 86, "ha"), Q("1.460 cuộc đối thoại", 1460, "cuộc đối thoại"),
     Q("58.300 lượt người", 58300, "lượt người"), Q("214 người", 214, "người"),
     Q("24 tập thể", 24, "tập thể"), Q("31 cá nhân", 31, "cá nhân")],
    [D("Quy định", "11", "QĐi/TW", issuer="Bộ Chính trị", surface="Quy định 11-QĐi/TW"),
     D("Nghị quyết", "226", "2025/QH15", issuer="Quốc hội", surface="Nghị quyết 226/2025/QH15")],
    [prov("Gia Lai"), prov("Bình Định"), com("Ia Hrung"), com("An Toàn")],
    ["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ / Tin tức / Công tác dân vận",
     "Toàn cảnh hội nghị tại điểm cầu tỉnh.", "Đồng chí Rơ Châm Thúy trao Giấy khen cho các tập thể.",
     "Dân vận khéo", "Giấy khen", "Lượt xem: 1.726"],
    ["năm 2026", "4 năm", "Lượt xem: 1.726"]))

# b217 — Phú Thọ (+Vĩnh Phúc, Hòa Bình), Hội Nông dân, đối thoại 2026 (Mường, Dao), "Ngày đăng 12/03/2026 | 09:05"
PAGES.append(page("b217-phutho-hnd-doithoai-2026", """
HỘI NÔNG DÂN TỈNH PHÚ THỌ
Trang chủ » Hoạt động Hội » Tin tức - Sự kiện
Ngày đăng 12/03/2026 | 09:05
Nông dân vùng Mường đối thoại về đất rừng và giá chè
Ngày 11/3, tại xã Cao Phong, Hội Nông dân tỉnh Phú Thọ phối hợp UBND xã tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với hội viên nông dân năm 2026, có 210 hội viên tham dự.
Ông Bùi Văn Khánh phát biểu tại buổi đối thoại.
Chủ trì có ông Bùi Văn Khánh, Phó Chủ tịch Thường trực Hội Nông dân tỉnh; ông Quách Đình Lợi, Chủ tịch UBND xã Cao Phong. Cùng dự có ông Nguyễn Mạnh Cường, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh và các Phó Chủ tịch Hội Nông dân xã Đinh Thị Mây, Xa Văn Hùng.
Hội nghị thực hiện Kế hoạch 09-KH/HNDT ngày 20/1/2026 của Ban Thường vụ Hội Nông dân tỉnh. Nông dân nêu 17 kiến nghị; ông Bùi Văn Ngọ, hội viên xóm Bưng, đề nghị cấp giấy chứng nhận cho 35 ha đất rừng sản xuất. Bà Triệu Thị Mùi, người Dao ở xóm Mát, hỏi về hỗ trợ giống chè cho 28 hộ.
Ông Quách Đình Lợi cho biết xã sẽ đo đạc, cấp giấy cho 142 thửa đất trong quý II; hỗ trợ 40% giá giống chè, tối đa 15 triệu đồng/hộ. Có 15/17 kiến nghị được trả lời tại chỗ.
Theo ông Bùi Văn Khánh, sau hợp nhất 3 tỉnh Phú Thọ, Vĩnh Phúc, Hòa Bình, Hội Nông dân tỉnh có 514.000 hội viên; Quỹ Hỗ trợ nông dân các cấp dư nợ 318 tỷ đồng.
Hội viên nông dân nêu kiến nghị với lãnh đạo xã.
Dịp này, Hội trao 10 suất quà, mỗi suất 2 triệu đồng, cho hội viên nghèo.
Minh Thư
Lượt xem: 743
Tin cùng chuyên mục
- Hội Nông dân tỉnh ra mắt hợp tác xã chè
- Vĩnh Phúc cũ: nông dân chuyển đổi số
""", "2026-03-12", "Nông dân vùng Mường đối thoại về đất rừng và giá chè",
    E("doi_thoai", "2026", "2026-03-11"),
    [P("Bùi Văn Khánh", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh"),
     P("Quách Đình Lợi", "Chủ tịch UBND xã Cao Phong"),
     P("Nguyễn Mạnh Cường", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh"),
     P("Đinh Thị Mây", "Phó Chủ tịch Hội Nông dân xã"), P("Xa Văn Hùng", "Phó Chủ tịch Hội Nông dân xã"),
     P("Bùi Văn Ngọ", "hội viên xóm Bưng"), P("Triệu Thị Mùi")],
    [Q("210 hội viên", 210, "hội viên"), Q("17 kiến nghị", 17, "kiến nghị"), Q("35 ha", 35, "ha"),
     Q("28 hộ", 28, "hộ"), Q("142 thửa đất", 142, "thửa đất"), Q("40%", 40, "%"),
     Q("15 triệu đồng/hộ", 15000000, "đồng"), Q("15/17 kiến nghị", 15, "kiến nghị"),
     Q("514.000 hội viên", 514000, "hội viên"), Q("318 tỷ đồng", 318000000000, "đồng"),
     Q("10 suất quà", 10, "suất quà"), Q("2 triệu đồng", 2000000, "đồng"), Q("3 tỉnh", 3, "tỉnh")],
    [D("Kế hoạch", "09", "KH/HNDT", date="2026-01-20", issuer="Ban Thường vụ Hội Nông dân tỉnh",
       surface="Kế hoạch 09-KH/HNDT")],
    [prov("Phú Thọ"), prov("Vĩnh Phúc"), prov("Hòa Bình"), com("Cao Phong")],
    ["HỘI NÔNG DÂN TỈNH PHÚ THỌ", "Trang chủ » Hoạt động Hội » Tin tức - Sự kiện",
     "Ông Bùi Văn Khánh phát biểu tại buổi đối thoại.", "Hội viên nông dân nêu kiến nghị với lãnh đạo xã.",
     "Quỹ Hỗ trợ nông dân", "Lượt xem: 743"],
    ["quý II", "Lượt xem: 743"]))

# b218 — Sơn La, Tỉnh đoàn, tập huấn (no "năm" → period null), "21-05-2026 15:30"; title before list without colon
PAGES.append(page("b218-sonla-doan-taphuan-2026", """
TỈNH ĐOÀN SƠN LA
Trang chủ | Tin hoạt động | Công tác cán bộ
21-05-2026 15:30
Bồi dưỡng 175 bí thư chi đoàn bản về kỹ năng vận động thanh niên
Trong 2 ngày 19 và 20/5, Ban Thường vụ Tỉnh đoàn Sơn La mở lớp bồi dưỡng kỹ năng công tác dân vận cho 175 bí thư chi đoàn bản, tiểu khu ở các xã vùng cao.
175 học viên tham dự lớp bồi dưỡng tại thành phố Sơn La.
Khai giảng lớp học có các đồng chí Phó Bí thư Tỉnh đoàn Lường Thị Thoa, Tòng Văn Khay; đồng chí Mùa A Tủa, UVBCH Tỉnh đoàn, Trưởng ban Thanh niên nông thôn Tỉnh đoàn. Giảng viên là Thạc sĩ Cầm Thị Ngoan, Phó Trưởng khoa Dân vận Trường Chính trị tỉnh.
Học viên được giới thiệu Chương trình 04-CTr/TĐTN của Ban Thường vụ Tỉnh đoàn về đồng hành cùng thanh niên lập nghiệp và kỹ năng đối thoại "3 nghe, 2 hiểu". Năm qua, Đoàn các xã vùng cao đã giúp 1.320 thanh niên vay 46,5 tỷ đồng vốn ưu đãi; 63 dự án khởi nghiệp được hỗ trợ, mỗi dự án từ 30 đến 80 triệu đồng.
Anh Lò Văn Bun, người Xinh Mun, Bí thư Chi đoàn bản Nà Sài, xã Chiềng Khương, chia sẻ: "Bản tôi có 58 đoàn viên, nhưng 1/3 đi làm ăn xa, phải gọi điện sinh hoạt chi đoàn". Chị Quàng Thị Phăn, Bí thư Chi đoàn tiểu khu 5, phường Mộc Sơn, kể chi đoàn đã vận động 9 cặp bỏ ý định tảo hôn. Lớp học còn nghe các đồng chí: Hà Thị Lả, Bí thư Đoàn xã Mường Lạn; Sồng A Lừ, Bí thư Đoàn xã Chiềng Sơ chia sẻ cách tổ chức sinh hoạt chi đoàn trực tuyến cho 2.400 đoàn viên đi làm ăn xa.
Học viên thực hành kỹ năng nói trước đám đông.
Cuối khóa, 168/175 học viên được cấp giấy chứng nhận; Tỉnh đoàn tặng 40 chiếc loa kéo cho chi đoàn bản khó khăn.
Lò Hằng
Lượt xem: 517
Tin khác
- Tuổi trẻ Sơn La ra quân Tháng Thanh niên
- Sông Mã: thanh niên giữ rừng
""", "2026-05-21", "Bồi dưỡng 175 bí thư chi đoàn bản về kỹ năng vận động thanh niên",
    E("tap_huan", None, "2026-05-19"),
    [P("Lường Thị Thoa", "Phó Bí thư Tỉnh đoàn"), P("Tòng Văn Khay", "Phó Bí thư Tỉnh đoàn"),
     P("Mùa A Tủa", "UVBCH Tỉnh đoàn", "Trưởng ban Thanh niên nông thôn Tỉnh đoàn"),
     P("Cầm Thị Ngoan", "Thạc sĩ", "Phó Trưởng khoa Dân vận Trường Chính trị tỉnh"),
     P("Lò Văn Bun", "Bí thư Chi đoàn bản Nà Sài"), P("Quàng Thị Phăn", "Bí thư Chi đoàn tiểu khu 5"),
     P("Hà Thị Lả", "Bí thư Đoàn xã Mường Lạn"), P("Sồng A Lừ", "Bí thư Đoàn xã Chiềng Sơ")],
    [Q("175 bí thư chi đoàn", 175, "bí thư chi đoàn"), Q("1.320 thanh niên", 1320, "thanh niên"),
     Q("46,5 tỷ đồng", 46500000000, "đồng"), Q("63 dự án", 63, "dự án"),
     Q("30 đến 80 triệu đồng", 30000000, "đồng"), Q("80 triệu đồng", 80000000, "đồng"),
     Q("58 đoàn viên", 58, "đoàn viên"), Q("9 cặp", 9, "cặp"), Q("168/175 học viên", 168, "học viên"),
     Q("40 chiếc loa kéo", 40, "chiếc loa kéo"), Q("2.400 đoàn viên", 2400, "đoàn viên")],
    [D("Chương trình", "04", "CTr/TĐTN", issuer="Ban Thường vụ Tỉnh đoàn", surface="Chương trình 04-CTr/TĐTN")],
    [prov("Sơn La"), com("Chiềng Khương"), com("Mộc Sơn"), com("Mường Lạn"), com("Chiềng Sơ")],
    ["TỈNH ĐOÀN SƠN LA", "Trang chủ | Tin hoạt động | Công tác cán bộ",
     "175 học viên tham dự lớp bồi dưỡng tại thành phố Sơn La.", "Học viên thực hành kỹ năng nói trước đám đông.",
     "Lượt xem: 517"],
    ["Trong 2 ngày", "3 nghe, 2 hiểu", "1/3", "tiểu khu 5", "Năm qua", "Lượt xem: 517"]))

# b219 — An Giang (+Kiên Giang), Hội LHPN, sơ kết 6 tháng 2026 (Khmer, Chăm), "Thứ Sáu, 10/7/2026 | 16:00"
PAGES.append(page("b219-angiang-hlhpn-soket-2026", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH AN GIANG
You are here: Trang chủ > Tin tức > Hoạt động Hội
Thứ Sáu, 10/7/2026 | 16:00
Phụ nữ An Giang vận động 27,4 tỷ đồng giúp hội viên khó khăn
Sáng 9/7, Ban Thường vụ Hội LHPN tỉnh An Giang tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2026 bằng hình thức trực tuyến đến 102 xã, phường, đặc khu.
Bà Nguyễn Thị Kiều Oanh phát biểu chỉ đạo hội nghị.
Dự hội nghị có bà Nguyễn Thị Kiều Oanh, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; các bà Néang Sa Ry, Võ Thị Thu Ba, Mariam - Phó Chủ tịch Hội LHPN tỉnh.
Sáu tháng qua, các cấp Hội vận động được 27,4 tỷ đồng giúp 3.960 hội viên khó khăn; xây 58 "Mái ấm tình thương", mỗi căn từ 50 - 70 triệu đồng; phối hợp Ngân hàng Chính sách xã hội giải ngân 1.318 tỷ đồng cho 24.500 hộ vay. Có 92,5% hộ gia đình hội viên đạt tiêu chí "5 không, 3 sạch".
Bà Néang Sa Ry cho biết ở các xã đồng bào Khmer vùng Tri Tôn, Tịnh Biên, Hội đã dạy nghề cho 640 phụ nữ, trong đó 310 chị có việc làm ổn định. Chị Sa Phi Gia, hội viên phụ nữ ấp Phũm Soài, xã Châu Phong, người Chăm, kể chị vay 30 triệu đồng dệt thổ cẩm, nay thu 8 triệu đồng/tháng.
Bà Chau Thị Sa Ruôn, Chủ tịch Hội LHPN đặc khu Phú Quốc, tỉnh Kiên Giang cũ, được biểu dương với mô hình "Phụ nữ giữ gìn biển đảo xanh". Phát biểu tại hội nghị, bà Lê Thị Mỹ Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, ghi nhận Hội đã vận động 1.450 phụ nữ tham gia giữ gìn an ninh trật tự ở 87 tổ tự quản.
Bà Mariam trao Giấy khen cho các cá nhân.
Hội nghị khen 15 tập thể, 22 cá nhân có thành tích xuất sắc.
Kim Ngân
Lượt xem: 683
Tin liên quan
- Phụ nữ Khmer Tri Tôn làm du lịch cộng đồng
- Hội LHPN tỉnh tổng kết năm 2025
""", "2026-07-10", "Phụ nữ An Giang vận động 27,4 tỷ đồng giúp hội viên khó khăn",
    E("so_ket", "2026-H1", "2026-07-09"),
    [P("Nguyễn Thị Kiều Oanh", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
     P("Néang Sa Ry", "Phó Chủ tịch Hội LHPN tỉnh"), P("Võ Thị Thu Ba", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Mariam", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Sa Phi Gia", "hội viên phụ nữ ấp Phũm Soài"),
     P("Chau Thị Sa Ruôn", "Chủ tịch Hội LHPN đặc khu Phú Quốc"),
     P("Lê Thị Mỹ Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
    [Q("27,4 tỷ đồng", 27400000000, "đồng"), Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"),
     Q("3.960 hội viên", 3960, "hội viên"), Q("58 \"Mái ấm tình thương\"", 58, "\"Mái ấm tình thương\""),
     Q("50 - 70 triệu đồng", 50000000, "đồng"), Q("70 triệu đồng", 70000000, "đồng"),
     Q("1.318 tỷ đồng", 1318000000000, "đồng"), Q("24.500 hộ", 24500, "hộ"), Q("92,5%", 92.5, "%"),
     Q("640 phụ nữ", 640, "phụ nữ"), Q("310 chị", 310, "chị"), Q("30 triệu đồng", 30000000, "đồng"),
     Q("8 triệu đồng/tháng", 8000000, "đồng"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân"),
     Q("1.450 phụ nữ", 1450, "phụ nữ"), Q("87 tổ tự quản", 87, "tổ tự quản")],
    [],
    [prov("An Giang"), prov("Kiên Giang"), com("Châu Phong"), com("Phú Quốc")],
    ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH AN GIANG", "You are here: Trang chủ > Tin tức > Hoạt động Hội",
     "Bà Nguyễn Thị Kiều Oanh phát biểu chỉ đạo hội nghị.", "Bà Mariam trao Giấy khen cho các cá nhân.",
     "Mái ấm tình thương", "Phụ nữ giữ gìn biển đảo xanh", "Ngân hàng Chính sách xã hội", "Phũm Soài",
     "Lượt xem: 683"],
    ["6 tháng đầu năm 2026", "Sáu tháng qua", "5 không, 3 sạch", "Lượt xem: 683"]))

# b220 — Đồng Nai (+Bình Phước), newspaper portrait (S'tiêng), no event, header date before article date
PAGES.append(page("b220-dongnai-bao-chandung-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Thứ Ba, 01/12/2026
Trang chủ › Xã hội › Dân tộc - Tôn giáo
Cập nhật lúc 16:10 30/11/2026
Người giữ rừng ở sóc Bom Bo
Gần 30 năm làm trưởng sóc, ông Điểu Lên ở sóc Bom Bo, xã Bom Bo, vùng Bình Phước cũ, đã vận động 127 hộ người S'tiêng trồng điều, nhận khoán bảo vệ 460 ha rừng phòng hộ.
Ông Điểu Lên (bên phải) cùng tổ bảo vệ rừng tuần tra.
Sóc Bom Bo hiện có 214 hộ, 82% là người S'tiêng. Năm 1998, khi ông Điểu Lên được bà con tín nhiệm bầu làm trưởng sóc, sóc có 96 hộ nghèo. Ông là người đầu tiên đưa giống điều cao sản về trồng trên 3 ha đất nhà mình, mỗi năm thu khoảng 250 triệu đồng.
Ông lập tổ bảo vệ rừng với 24 thành viên, mỗi người được trả 4.500.000 đồng/năm tiền khoán. Nhờ vậy, 5 năm qua không xảy ra vụ cháy rừng nào. Đến nay sóc chỉ còn 7 hộ nghèo.
Bà Thị Bích, Chủ tịch Ủy ban MTTQ Việt Nam xã Bom Bo, nhận xét: "Ông Lên nói một câu, cả sóc nghe theo". Ông Điểu Đông, con trai ông, đang là Bí thư Chi đoàn sóc.
Năm 2026, ông được Chủ tịch UBND tỉnh Đồng Nai tặng Bằng khen vì có thành tích trong công tác bảo vệ rừng và xây dựng khối đại đoàn kết toàn dân tộc. Ông còn cùng bà con góp 600 ngày công làm 2,4 km đường bê tông vào khu sản xuất. Trung tuần tháng 11, ông Lâm Văn Khang, Phó Trưởng ban Dân tộc và Tôn giáo tỉnh, đến thăm và tặng tổ bảo vệ rừng 2 chiếc máy thổi gió chữa cháy trị giá 18 triệu đồng.
Ông Điểu Lên bên vườn điều của gia đình.
"Rừng còn thì sóc còn", ông nói khi tiễn chúng tôi ra cổng sóc.
Bài, ảnh: Phước Hưng
Lượt xem: 3.105
Tin liên quan
- Bù Đăng: người có uy tín giữ bình yên buôn sóc
- Đồng Nai biểu dương 150 người có uy tín
""", "2026-11-30", "Người giữ rừng ở sóc Bom Bo",
    E(None, None, None),
    [P("Điểu Lên", "trưởng sóc"), P("Thị Bích", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bom Bo"),
     P("Điểu Đông", "Bí thư Chi đoàn sóc"),
     P("Lâm Văn Khang", "Phó Trưởng ban Dân tộc và Tôn giáo tỉnh")],
    [Q("127 hộ", 127, "hộ"), Q("460 ha", 460, "ha"), Q("214 hộ", 214, "hộ"), Q("82%", 82, "%"),
     Q("96 hộ nghèo", 96, "hộ nghèo"), Q("3 ha", 3, "ha"), Q("khoảng 250 triệu đồng", 250000000, "đồng", "approx"),
     Q("24 thành viên", 24, "thành viên"), Q("4.500.000 đồng/năm", 4500000, "đồng"), Q("7 hộ nghèo", 7, "hộ nghèo"),
     Q("600 ngày công", 600, "ngày công"), Q("2,4 km", 2.4, "km"),
     Q("2 chiếc máy thổi gió", 2, "chiếc máy thổi gió"), Q("18 triệu đồng", 18000000, "đồng")],
    [],
    [prov("Đồng Nai"), prov("Bình Phước"), com("Bom Bo")],
    ["BÁO ĐỒNG NAI ĐIỆN TỬ", "Trang chủ › Xã hội › Dân tộc - Tôn giáo",
     "Ông Điểu Lên (bên phải) cùng tổ bảo vệ rừng tuần tra.", "Ông Điểu Lên bên vườn điều của gia đình.",
     "Rừng còn thì sóc còn", "Bằng khen", "Lượt xem: 3.105"],
    ["Thứ Ba, 01/12/2026", "Gần 30 năm", "Năm 1998", "5 năm qua", "Năm 2026", "Lượt xem: 3.105"]))
