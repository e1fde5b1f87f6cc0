from lib import *

PAGES = []

# ---------------------------------------------------------------- b173
PAGES.append(page("b173-quangnam-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Cổng thông tin điện tử | Hôm nay: Thứ Năm, 05/01/2012
Trang chủ > Hoạt động dân vận > Tin trong tỉnh
Cập nhật: 15:20, 28/12/2011 (GMT+7)
Công tác dân vận góp phần giữ vững ổn định vùng đồng bào Cơ Tu
Ngày 27/12, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012.
Toàn cảnh hội nghị tổng kết. (Ảnh: Hoài Thu)
Dự hội nghị có đồng chí Nguyễn Hữu Thạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Thị Kim Oanh, Alăng Văn Bhriu, Lê Công Hiếu; cùng 86 đồng chí là Trưởng, Phó ban dân vận các huyện ủy, thành ủy.
Năm 2011, hệ thống dân vận toàn tỉnh đã vận động nhân dân hiến 47.500 m2 đất, đóng góp hơn 12,6 tỷ đồng và 38.200 ngày công để làm mới 215 km đường giao thông nông thôn. Toàn tỉnh xây dựng được 126 mô hình "Dân vận khéo", trong đó 41 mô hình ở vùng đồng bào dân tộc thiểu số miền núi. Số hộ nghèo giảm 4.830 hộ, tỷ lệ hộ nghèo còn 21,4%.
Các cấp ủy đã triển khai Chỉ thị 12, 13-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số và vùng giáo. Việc thực hiện "3 cùng" với đồng bào được duy trì ở 52 thôn đặc biệt khó khăn.
Tại hội nghị, ông Bríu Pố, Già làng thôn Aró, xã Lăng chia sẻ: "Cán bộ về ăn, ở với dân thì dân tin, dân nghe. Thôn tôi năm nay không còn ai phát rẫy làm nương trái phép".
Đồng chí A Viết Sơn, Bí thư Huyện ủy Tây Giang trao Giấy khen cho các tập thể. Ảnh: Hoài Thu
Phát biểu chỉ đạo, đồng chí Nguyễn Hữu Thạnh đề nghị năm 2012 mỗi huyện miền núi có ít nhất 5 mô hình dân vận khéo mới, gắn với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 18 tập thể và 25 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2011.
Hoài Thu
Lượt xem: 2.315
Tin liên quan
- Tây Giang: 12 thôn đạt chuẩn văn hóa
- Hội nghị giao ban công tác dân vận quý III năm 2011
- Tập huấn nghiệp vụ cho 150 cán bộ dân vận cơ sở
""",
    published="2011-12-28",
    title="Công tác dân vận góp phần giữ vững ổn định vùng đồng bào Cơ Tu",
    event=E("tong_ket", "2011", "2011-12-27"),
    people=[
        P("Nguyễn Hữu Thạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Trần Thị Kim Oanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Alăng Văn Bhriu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Lê Công Hiếu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Bríu Pố", "Già làng thôn Aró"),
        P("A Viết Sơn", "Bí thư Huyện ủy Tây Giang"),
    ],
    quantities=[
        Q("86 đồng chí", 86, "đồng chí"),
        Q("47.500 m2", 47500, "m2"),
        Q("hơn 12,6 tỷ đồng", 12600000000, "đồng", "over"),
        Q("38.200 ngày công", 38200, "ngày công"),
        Q("215 km", 215, "km"),
        Q("126 mô hình", 126, "mô hình"),
        Q("41 mô hình", 41, "mô hình"),
        Q("4.830 hộ", 4830, "hộ"),
        Q("21,4%", 21.4, "%"),
        Q("52 thôn", 52, "thôn"),
        Q("5 mô hình", 5, "mô hình"),
        Q("18 tập thể", 18, "tập thể"),
        Q("25 cá nhân", 25, "cá nhân"),
    ],
    documents=[
        D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
        D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "13-CT/TU"),
    ],
    places=[prov("Quảng Nam"), com("xã Lăng")],
    not_people=["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Trang chủ > Hoạt động dân vận > Tin trong tỉnh",
                "Toàn cảnh hội nghị tổng kết. (Ảnh: Hoài Thu)", "Dân vận khéo", "thôn Aró",
                "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Cơ Tu"],
    not_money=["Lượt xem: 2.315", "Hôm nay: Thứ Năm, 05/01/2012", "86 đồng chí", "3 cùng", "năm 2012"],
))

# ---------------------------------------------------------------- b174
PAGES.append(page("b174-soctrang-mttq-traoqua-2012", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG
Trang chủ » Hoạt động » Vì người nghèo
08:30 | 16/01/2012
Trao 420 suất quà Tết cho hộ nghèo đồng bào Khmer
Ngày 14/1, Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng phối hợp với Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh trao 420 suất quà Tết cho hộ nghèo tại xã Vĩnh Hải và xã Lai Hòa.
Trao 420 suất quà cho hộ nghèo xã Vĩnh Hải. Ảnh: Kim Thoa
Tham dự có bà Trần Thị Ngọc Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Hòa thượng Lý Hên, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; ông Thạch Sa Rây, Phó Trưởng ban Dân tộc tỉnh và đại diện nhà tài trợ, ông Danh Út, Giám đốc Công ty TNHH Thuận Phát.
Mỗi suất quà gồm 10 kg gạo, 5 lít nước mắm và 200.000 đồng tiền mặt, tổng trị giá 252 triệu đồng. Riêng 35 hộ có người già neo đơn được tặng thêm mỗi hộ một chiếc chăn ấm.
Bà Kim Thị Sà Phi, ấp Prey Chóp, xúc động: "Năm nay nhà tôi có gạo ăn Tết, có tiền mua cho các cháu bộ đồ mới".
Theo ông Lâm Văn Kol, Chủ tịch Ủy ban MTTQ thị xã Vĩnh Châu, toàn thị xã hiện còn 3.126 hộ nghèo, chiếm 14,8% số hộ, phần lớn là đồng bào Khmer.
Dịp Tết Nhâm Thìn, Mặt trận các cấp trong tỉnh đã vận động được hơn 4,7 tỷ đồng từ Quỹ "Vì người nghèo", trao 9.850 phần quà và hỗ trợ xây mới, sửa chữa 146 căn nhà đại đoàn kết. Việc hỗ trợ thực hiện theo Quyết định số 1453/QĐ-UBND ngày 12/12/2011 của UBND tỉnh về vận động, chăm lo Tết cho người nghèo.
Hòa thượng Lý Hên chia sẻ, các chùa Khmer trong tỉnh đã góp 1.200 phần quà, mỗi phần trị giá 350 nghìn đồng.
Kim Thoa
Số lượt xem: 987
Tin khác
- Vĩnh Châu: Trao 60 căn nhà đại đoàn kết
- Mặt trận tỉnh thăm, chúc Tết các chùa Khmer
""",
    published="2012-01-16",
    title="Trao 420 suất quà Tết cho hộ nghèo đồng bào Khmer",
    event=E("trao_qua", None, "2012-01-14"),
    people=[
        P("Trần Thị Ngọc Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Lý Hên", "Hòa thượng", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
        P("Thạch Sa Rây", "Phó Trưởng ban Dân tộc tỉnh"),
        P("Danh Út", "Giám đốc Công ty TNHH Thuận Phát"),
        P("Kim Thị Sà Phi"),
        P("Lâm Văn Kol", "Chủ tịch Ủy ban MTTQ thị xã Vĩnh Châu"),
    ],
    quantities=[
        Q("420 suất quà Tết", 420, "suất quà Tết"),
        Q("10 kg gạo", 10, "kg gạo"),
        Q("5 lít nước mắm", 5, "lít nước mắm"),
        Q("200.000 đồng", 200000, "đồng"),
        Q("252 triệu đồng", 252000000, "đồng"),
        Q("35 hộ", 35, "hộ"),
        Q("3.126 hộ nghèo", 3126, "hộ nghèo"),
        Q("14,8%", 14.8, "%"),
        Q("hơn 4,7 tỷ đồng", 4700000000, "đồng", "over"),
        Q("9.850 phần quà", 9850, "phần quà"),
        Q("146 căn nhà đại đoàn kết", 146, "căn nhà đại đoàn kết"),
        Q("1.200 phần quà", 1200, "phần quà"),
        Q("350 nghìn đồng", 350000, "đồng"),
    ],
    documents=[D("Quyết định", "1453", "QĐ-UBND", "2011-12-12", "UBND tỉnh", "Quyết định số 1453/QĐ-UBND")],
    places=[prov("Sóc Trăng"), com("xã Vĩnh Hải"), com("xã Lai Hòa")],
    not_people=["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG", "Trang chủ » Hoạt động » Vì người nghèo",
                "Trao 420 suất quà cho hộ nghèo xã Vĩnh Hải. Ảnh: Kim Thoa", "Vì người nghèo",
                "Công ty TNHH Thuận Phát", "ấp Prey Chóp"],
    not_money=["Số lượt xem: 987", "Tết Nhâm Thìn"],
))

# ---------------------------------------------------------------- b175
PAGES.append(page("b175-gialai-hnd-doithoai-2013", """
HỘI NÔNG DÂN TỈNH GIA LAI
Bạn đang ở: Trang chủ / Tin tức / Hoạt động Hội
17/05/2013 - 10:05
Nông dân Ia Grai kiến nghị về giá phân bón và vốn vay
Ngày 15/5, tại xã Ia Sao, Hội Nông dân tỉnh Gia Lai phối hợp với UBND huyện Ia Grai tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với hội viên nông dân năm 2013.
Quang cảnh buổi đối thoại tại xã Ia Sao.
Chủ trì đối thoại có các đồng chí: Ksor Hlơn, UVBCH Trung ương Hội Nông dân Việt Nam, Chủ tịch Hội Nông dân tỉnh; Rơ Châm Hiêng, Phó Chủ tịch UBND huyện Ia Grai. Cùng dự có 210 hội viên nông dân đến từ 6 xã và đại diện Ngân hàng Chính sách xã hội huyện.
Tại buổi đối thoại, 17 ý kiến của nông dân tập trung vào giá phân bón, giống cà phê tái canh, thủ tục vay vốn và việc cấp giấy chứng nhận quyền sử dụng đất. Ông Siu Đoan, hội viên nông dân làng Dơ Nâu, kiến nghị nâng mức vay không thế chấp lên 50 triệu đồng/hộ để tái canh cà phê.
Bà Rơ Mah H'Bỉu, làng Kép, đề nghị hướng dẫn bà con trồng xen hồ tiêu trên diện tích 1,5 ha cà phê già cỗi của gia đình.
Trả lời các kiến nghị, ông Rơ Châm Hiêng cho biết năm 2013 huyện dành 3,8 tỷ đồng hỗ trợ giống cà phê tái canh cho 620 hộ, ưu tiên hộ đồng bào Gia Rai. Đã giải đáp trực tiếp 15/17 ý kiến; 2 ý kiến còn lại được chuyển đến các ngành chức năng.
Đồng chí Ksor Hlơn đề nghị các cấp hội tiếp tục thực hiện Quyết định 818/QĐ-TTg của Thủ tướng Chính phủ và Kết luận 61-KL/TW của Ban Bí thư, phấn đấu năm 2013 có thêm 45 tổ hợp tác, 12 hợp tác xã nông nghiệp.
Đồng chí Ksor Hlơn, Chủ tịch Hội Nông dân tỉnh trả lời ý kiến hội viên.
Theo số liệu của Hội Nông dân tỉnh, Quỹ Hỗ trợ nông dân hiện có 9.300.000.000 đồng, đang cho 1.740 hộ vay.
Bài, ảnh: Đức Thụy
Lượt đọc: 1.402
Tin liên quan
- Ia Grai: 300 hội viên dự tập huấn tái canh cà phê
- Chư Sê đối thoại với nông dân trồng tiêu
""",
    published="2013-05-17",
    title="Nông dân Ia Grai kiến nghị về giá phân bón và vốn vay",
    event=E("doi_thoai", "2013", "2013-05-15"),
    people=[
        P("Ksor Hlơn", "UVBCH Trung ương Hội Nông dân Việt Nam", "Chủ tịch Hội Nông dân tỉnh"),
        P("Rơ Châm Hiêng", "Phó Chủ tịch UBND huyện Ia Grai"),
        P("Siu Đoan", "hội viên nông dân làng Dơ Nâu"),
        P("Rơ Mah H'Bỉu"),
    ],
    quantities=[
        Q("210 hội viên nông dân", 210, "hội viên nông dân"),
        Q("6 xã", 6, "xã"),
        Q("17 ý kiến", 17, "ý kiến"),
        Q("50 triệu đồng/hộ", 50000000, "đồng"),
        Q("1,5 ha", 1.5, "ha"),
        Q("3,8 tỷ đồng", 3800000000, "đồng"),
        Q("620 hộ", 620, "hộ"),
        Q("15/17 ý kiến", 15, "ý kiến"),
        Q("2 ý kiến", 2, "ý kiến"),
        Q("45 tổ hợp tác", 45, "tổ hợp tác"),
        Q("12 hợp tác xã", 12, "hợp tác xã"),
        Q("9.300.000.000 đồng", 9300000000, "đồng"),
        Q("1.740 hộ", 1740, "hộ"),
    ],
    documents=[
        D("Quyết định", "818", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 818/QĐ-TTg"),
        D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW"),
    ],
    places=[prov("Gia Lai"), com("xã Ia Sao")],
    not_people=["HỘI NÔNG DÂN TỈNH GIA LAI", "Bạn đang ở: Trang chủ / Tin tức / Hoạt động Hội",
                "Quang cảnh buổi đối thoại tại xã Ia Sao.", "Ngân hàng Chính sách xã hội huyện",
                "làng Kép", "Quỹ Hỗ trợ nông dân", "Gia Rai"],
    not_money=["Lượt đọc: 1.402"],
))

# ---------------------------------------------------------------- b176
PAGES.append(page("b176-dienbien-doan-taphuan-2014", """
TỈNH ĐOÀN ĐIỆN BIÊN - CỔNG THÔNG TIN
Trang chủ › Công tác Đoàn › Tin cơ sở
Ngày đăng 06/09/2014 | 16:20
Bồi dưỡng kỹ năng cho 180 Bí thư chi đoàn bản vùng cao
Trong 3 ngày, từ ngày 3 đến 5/9, Ban Thường vụ Tỉnh đoàn Điện Biên tổ chức lớp tập huấn nghiệp vụ công tác Đoàn năm 2014 cho 180 Bí thư chi đoàn các bản thuộc huyện Mường Nhé và Nậm Pồ.
Các học viên thảo luận nhóm tại lớp tập huấn.
Dự khai mạc có đồng chí Lò Văn Piêng, Ủy viên BCH Trung ương Đoàn, Bí thư Tỉnh đoàn; đồng chí Sùng A Páo, Phó Bí thư Tỉnh đoàn và đồng chí Lường Thị Ọn, Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn.
Lớp học do các đồng chí Sùng A Páo - Phó Bí thư Tỉnh đoàn, Giàng Seo Chứ - Trưởng ban Thanh niên nông thôn Tỉnh đoàn trực tiếp giảng dạy. Trong số học viên có 112 đoàn viên người Mông, 41 người Thái, 27 người Hà Nhì và Khơ Mú; 64 học viên là nữ.
Học viên được hướng dẫn triển khai Chương trình số 15-CTr/TĐTN của Ban Thường vụ Tỉnh đoàn về thanh niên tham gia phát triển kinh tế, cách lập dự án vay vốn từ 20 đến 50 triệu đồng, kỹ năng tổ chức sinh hoạt chi đoàn theo chủ đề "Tuổi trẻ vùng cao 3 không".
Anh Vàng A Dế, Bí thư Chi đoàn bản Huổi Lụ, xã Chung Chải cho biết: "Chi đoàn bản tôi có 26 đoàn viên, năm nay làm được 2 km đường nội bản và 1 mô hình nuôi dê".
Chị Lò Thị Xuân, vừa được tín nhiệm giữ chức Bí thư Đoàn xã Nà Hỳ, nói lớp học giúp chị tự tin hơn khi sinh hoạt với đoàn viên.
Kết thúc lớp, Tỉnh đoàn tặng 180 bộ tài liệu và 30 chiếc tủ sách cho các chi đoàn bản đặc biệt khó khăn.
Quàng Hương
Số lần đọc: 744
Tin cùng chuyên mục
- Mường Chà: Ra quân Chiến dịch thanh niên tình nguyện hè
- Tủa Chùa tổng kết 10 năm phong trào 4 tốt
""",
    published="2014-09-06",
    title="Bồi dưỡng kỹ năng cho 180 Bí thư chi đoàn bản vùng cao",
    event=E("tap_huan", "2014", "2014-09-03"),
    people=[
        P("Lò Văn Piêng", "Ủy viên BCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
        P("Sùng A Páo", "Phó Bí thư Tỉnh đoàn"),
        P("Lường Thị Ọn", "Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn"),
        P("Giàng Seo Chứ", "Trưởng ban Thanh niên nông thôn Tỉnh đoàn"),
        P("Vàng A Dế", "Bí thư Chi đoàn bản Huổi Lụ"),
        P("Lò Thị Xuân", "Bí thư Đoàn xã Nà Hỳ"),
    ],
    quantities=[
        Q("180 Bí thư chi đoàn", 180, "Bí thư chi đoàn"),
        Q("112 đoàn viên", 112, "đoàn viên"),
        Q("41 người Thái", 41, "người"),
        Q("27 người Hà Nhì", 27, "người"),
        Q("64 học viên", 64, "học viên"),
        Q("20 đến 50 triệu đồng", 20000000, "đồng"),
        Q("50 triệu đồng", 50000000, "đồng"),
        Q("26 đoàn viên", 26, "đoàn viên"),
        Q("2 km", 2, "km"),
        Q("1 mô hình", 1, "mô hình"),
        Q("180 bộ tài liệu", 180, "bộ tài liệu"),
        Q("30 chiếc tủ sách", 30, "chiếc tủ sách"),
    ],
    documents=[D("Chương trình", "15", "CTr/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình số 15-CTr/TĐTN")],
    places=[prov("Điện Biên"), com("xã Chung Chải"), com("xã Nà Hỳ")],
    not_people=["TỈNH ĐOÀN ĐIỆN BIÊN - CỔNG THÔNG TIN", "Trang chủ › Công tác Đoàn › Tin cơ sở",
                "Các học viên thảo luận nhóm tại lớp tập huấn.", "Tuổi trẻ vùng cao 3 không", "bản Huổi Lụ"],
    not_money=["Số lần đọc: 744", "Trong 3 ngày", "3 không"],
))

# ---------------------------------------------------------------- b177
PAGES.append(page("b177-ninhthuan-hlhpn-soket-2015", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH NINH THUẬN
Hôm nay: 20/07/2015
Trang chủ | Hoạt động Hội | Tin tỉnh
Thứ Ba, 14/07/2015 09:20
Phụ nữ Chăm, Raglai tích cực tham gia phát triển kinh tế gia đình
Sáng 13/7, Hội LHPN tỉnh Ninh Thuận tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2015.
Chị em hội viên xã Phước Hà giới thiệu sản phẩm thổ cẩm.
Dự hội nghị có bà Đàng Thị Mỹ Hạnh, Chủ tịch Hội LHPN tỉnh; các bà Phó Chủ tịch Hội LHPN tỉnh: Quảng Thị Nga, Trượng Thị Hoa; bà Pinăng Thị Sanh, Phó Trưởng Ban Dân vận Tỉnh ủy cùng 64 chủ tịch hội phụ nữ cơ sở.
Sáu tháng qua, các cấp Hội đã giúp 318 hộ phụ nữ nghèo vay vốn với tổng dư nợ hơn 5,4 tỷ đồng; thành lập mới 9 tổ hợp tác và 23 tổ tiết kiệm, vay vốn. Phong trào "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc" thu hút 86% hội viên tham gia. Hội vận động xây tặng 7 "Mái ấm tình thương", mỗi căn trị giá 45 triệu đồng.
Chị Thập Thị Lài, hội viên phụ nữ thôn Chất Thường, xã Phước Hà, chia sẻ mô hình dệt thổ cẩm giúp 15 chị em có thu nhập 2,5 triệu đồng/tháng.
Bà Đàng Thị Mỹ Hạnh đề nghị 6 tháng cuối năm thực hiện tốt Kế hoạch số 27/KH-HPN của Ban Thường vụ Hội LHPN tỉnh, phấn đấu giảm 2% hộ nghèo do phụ nữ làm chủ; tiếp tục vận động "5 không, 3 sạch".
Hội nghị khen thưởng 11 tập thể và 19 cá nhân.
Bà Đàng Thị Mỹ Hạnh trao giấy khen cho các tập thể. Ảnh: Mai Hoa
Mai Hoa
Lượt truy cập: 3.051
Bài viết liên quan
- Ninh Phước: Hội thi "Phụ nữ khéo tay" năm 2015
- 150 phụ nữ nghèo được hỗ trợ con giống
""",
    published="2015-07-14",
    title="Phụ nữ Chăm, Raglai tích cực tham gia phát triển kinh tế gia đình",
    event=E("so_ket", "2015-H1", "2015-07-13"),
    people=[
        P("Đàng Thị Mỹ Hạnh", "Chủ tịch Hội LHPN tỉnh"),
        P("Quảng Thị Nga", "Phó Chủ tịch Hội LHPN tỉnh"),
        P("Trượng Thị Hoa", "Phó Chủ tịch Hội LHPN tỉnh"),
        P("Pinăng Thị Sanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Thập Thị Lài", "hội viên phụ nữ thôn Chất Thường"),
    ],
    quantities=[
        Q("64 chủ tịch hội phụ nữ cơ sở", 64, "chủ tịch hội phụ nữ cơ sở"),
        Q("318 hộ phụ nữ nghèo", 318, "hộ phụ nữ nghèo"),
        Q("hơn 5,4 tỷ đồng", 5400000000, "đồng", "over"),
        Q("9 tổ hợp tác", 9, "tổ hợp tác"),
        Q("23 tổ tiết kiệm, vay vốn", 23, "tổ tiết kiệm, vay vốn"),
        Q("86%", 86, "%"),
        Q('7 "Mái ấm tình thương"', 7, "Mái ấm tình thương"),
        Q("45 triệu đồng", 45000000, "đồng"),
        Q("15 chị em", 15, "chị em"),
        Q("2,5 triệu đồng/tháng", 2500000, "đồng"),
        Q("2%", 2, "%"),
        Q("11 tập thể", 11, "tập thể"),
        Q("19 cá nhân", 19, "cá nhân"),
    ],
    documents=[D("Kế hoạch", "27", "KH-HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 27/KH-HPN")],
    places=[prov("Ninh Thuận"), com("xã Phước Hà")],
    not_people=["HỘI LIÊN HIỆP PHỤ NỮ TỈNH NINH THUẬN", "Trang chủ | Hoạt động Hội | Tin tỉnh",
                "Chị em hội viên xã Phước Hà giới thiệu sản phẩm thổ cẩm.",
                "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "Mái ấm tình thương",
                "Bà Đàng Thị Mỹ Hạnh trao giấy khen cho các tập thể. Ảnh: Mai Hoa"],
    not_money=["Lượt truy cập: 3.051", "Hôm nay: 20/07/2015", "Sáu tháng qua", "5 không, 3 sạch", "6 tháng đầu năm", "6 tháng cuối năm thực hiện",
               "6 tháng cuối năm 2015"],
))

# ---------------------------------------------------------------- b178
PAGES.append(page("b178-kontum-bdv-giaoban-2016", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Trang chủ >> Tin tức - Sự kiện
Thứ Năm, 13/10/2016 - 16:20
Kon Tum: Vận động đồng bào Xơ Đăng, Ba Na bỏ tập quán lạc hậu
Chiều 12/10, Ban Dân vận Tỉnh ủy Kon Tum tổ chức giao ban công tác dân vận khối các huyện, thành phố quý III năm 2016.
Đồng chí A Hmoan phát biểu tại buổi giao ban.
Chủ trì giao ban có đồng chí Y Khuyên, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí A Hmoan, Phó Trưởng Ban Dân vận Tỉnh ủy. Tham dự có Trưởng Ban Dân vận các huyện ủy: Y Thị Brép, A Giang, Nguyễn Văn Tùng.
Báo cáo cho thấy trong quý III, các huyện đã vận động 1.072 hộ đồng bào Xơ Đăng, Ba Na làm chuồng trại cách xa nhà ở, 418 hộ bỏ tục chôn chung, chia của; hòa giải thành 37/42 vụ việc ở cơ sở. Nhân dân hiến 9.600 m2 đất làm 14 km đường liên thôn và 3 nhà rông văn hóa.
Đồng chí Y Thị Brép, HUV, Trưởng Ban Dân vận Huyện ủy Kon Plông cho biết, huyện đang nhân rộng 8 mô hình "Dân vận khéo" trong trồng sâm dây và nuôi cá nước lạnh, giúp 212 hộ có thu nhập thêm 20 - 30 triệu đồng/năm.
Ông A Thút, người có uy tín làng Kon Klor, phường Thắng Lợi, kể: "Làng tôi 127 hộ thì 120 hộ đã làm nhà vệ sinh".
Kết luận giao ban, đồng chí Y Khuyên yêu cầu triển khai Kế hoạch số 34-KH/BDVTU về dân vận chính quyền và quán triệt Chỉ thị 49, 50-CT/TU của Ban Thường vụ Tỉnh ủy; quý IV tập trung vận động nhân dân thực hiện "Ngày Chủ nhật xanh".
Dịp này, 6 tập thể được Ban Dân vận Tỉnh ủy tặng Giấy khen.
Thanh Huyền
Lượt xem: 612
Các tin khác
- Sa Thầy: Hội nghị tổng kết 5 năm thực hiện Quy chế dân chủ
- Đăk Glei: 50 cán bộ được tập huấn dân vận
""",
    published="2016-10-13",
    title="Kon Tum: Vận động đồng bào Xơ Đăng, Ba Na bỏ tập quán lạc hậu",
    event=E("giao_ban", "2016-Q3", "2016-10-12"),
    people=[
        P("Y Khuyên", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("A Hmoan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Y Thị Brép", "Trưởng Ban Dân vận các huyện ủy", "HUV", "Trưởng Ban Dân vận Huyện ủy Kon Plông"),
        P("A Giang", "Trưởng Ban Dân vận các huyện ủy"),
        P("Nguyễn Văn Tùng", "Trưởng Ban Dân vận các huyện ủy"),
        P("A Thút", "người có uy tín làng Kon Klor"),
    ],
    quantities=[
        Q("1.072 hộ", 1072, "hộ"),
        Q("418 hộ", 418, "hộ"),
        Q("37/42 vụ việc", 37, "vụ việc"),
        Q("42 vụ việc", 42, "vụ việc"),
        Q("9.600 m2", 9600, "m2"),
        Q("14 km", 14, "km"),
        Q("3 nhà rông văn hóa", 3, "nhà rông văn hóa"),
        Q("8 mô hình", 8, "mô hình"),
        Q("212 hộ", 212, "hộ"),
        Q("20 - 30 triệu đồng/năm", 20000000, "đồng"),
        Q("30 triệu đồng/năm", 30000000, "đồng"),
        Q("127 hộ", 127, "hộ"),
        Q("120 hộ", 120, "hộ"),
        Q("6 tập thể", 6, "tập thể"),
    ],
    documents=[
        D("Kế hoạch", "34", "KH/BDVTU", None, None, "Kế hoạch số 34-KH/BDVTU"),
        D("Chỉ thị", "49", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 49, 50-CT/TU"),
        D("Chỉ thị", "50", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "50-CT/TU"),
    ],
    places=[prov("Kon Tum"), com("phường Thắng Lợi")],
    not_people=["BAN DÂN VẬN TỈNH ỦY KON TUM", "Trang chủ >> Tin tức - Sự kiện",
                "Đồng chí A Hmoan phát biểu tại buổi giao ban.", "Dân vận khéo", "Ngày Chủ nhật xanh",
                "làng Kon Klor"],
    not_money=["Lượt xem: 612", "quý III năm 2016", "quý IV"],
))
