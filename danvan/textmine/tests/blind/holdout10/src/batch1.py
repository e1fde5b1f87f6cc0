from lib import *

PAGES = []

# b197 — Quảng Ngãi, Ban Dân vận Tỉnh ủy, tổng kết 2011 (Hrê names), date "Cập nhật: …(GMT+7)"
PAGES.append(page("b197-quangngai-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NGÃI
Hôm nay: Thứ Hai, 09/01/2012
Trang chủ > Hoạt động > Tin tức
Cập nhật: 14:10, 27/12/2011 (GMT+7)
Toàn tỉnh xây dựng 684 mô hình "Dân vận khéo" trong năm 2011
Chiều 26/12, Ban Dân vận Tỉnh ủy Quảng Ngãi tổ chức hội nghị tổng kết công tác dân vận năm 2011 và triển khai nhiệm vụ năm 2012. Dự hội nghị có 112 đại biểu là lãnh đạo Ban Dân vận các huyện ủy, thành ủy và khối dân vận tỉnh.
Toàn cảnh hội nghị tổng kết công tác dân vận năm 2011.
Đồng chí Đinh Thị Hrin, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Phạm Văn Tường, Đinh Văn Pức, Lê Thị Kim Thoa.
Báo cáo cho biết, trong năm các cấp đã cụ thể hóa Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số. Toàn tỉnh có 684 mô hình "Dân vận khéo", trong đó 217 mô hình ở 6 huyện miền núi; vận động nhân dân hiến 38 ha đất, đóng góp hơn 9,4 tỷ đồng và 41.500 ngày công làm 126 km đường giao thông nông thôn. Các đoàn công tác đã tiếp xúc, đối thoại với 2.350 lượt người, giải quyết dứt điểm 27/31 vụ việc khiếu nại kéo dài.
Phát biểu chỉ đạo, đồng chí Trương Quang Hảo, Phó Bí thư Thường trực Tỉnh ủy đề nghị các cấp thực hiện tốt phương châm "3 cùng" và giữ vững vai trò người có uy tín. Già làng Đinh Văn Gôl ở xã Ba Vì phát biểu cảm ơn cán bộ đã về tận làng giúp bà con trồng keo.
Đồng chí Trương Quang Hảo trao Bằng khen cho các tập thể có thành tích.
Dịp này, UBND tỉnh tặng Bằng khen cho 14 tập thể và 19 cá nhân; ông Đinh Văn Mía, Trưởng thôn Nước Lác, xã Sơn Thượng nhận thưởng 2.000.000 đồng.
Minh Quang
Lượt xem: 1287
Tin liên quan
- Sơn Tây: 40 mô hình dân vận khéo
- Hội nghị giao ban khối dân vận quý III
""", "2011-12-27", "Toàn tỉnh xây dựng 684 mô hình \"Dân vận khéo\" trong năm 2011",
    E("tong_ket", "2011", "2011-12-26"),
    [P("Đinh Thị Hrin", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Phạm Văn Tường", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Đinh Văn Pức", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lê Thị Kim Thoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Trương Quang Hảo", "Phó Bí thư Thường trực Tỉnh ủy"),
     P("Đinh Văn Gôl", "Già làng"),
     P("Đinh Văn Mía", "Trưởng thôn Nước Lác")],
    [Q("684 mô hình", 684, "mô hình"), Q("112 đại biểu", 112, "đại biểu"),
     Q("217 mô hình", 217, "mô hình"), Q("6 huyện", 6, "huyện"), Q("38 ha", 38, "ha"),
     Q("hơn 9,4 tỷ đồng", 9400000000, "đồng", "over"), Q("41.500 ngày công", 41500, "ngày công"),
     Q("126 km", 126, "km"), Q("2.350 lượt người", 2350, "lượt người"),
     Q("27/31 vụ việc", 27, "vụ việc"), Q("31 vụ việc", 31, "vụ việc"),
     Q("14 tập thể", 14, "tập thể"), Q("19 cá nhân", 19, "cá nhân"), Q("2.000.000 đồng", 2000000, "đồng")],
    [D("Chỉ thị", "21", "CT/TU", issuer="Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 21, 22-CT/TU"),
     D("Chỉ thị", "22", "CT/TU", issuer="Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 21, 22-CT/TU")],
    [prov("Quảng Ngãi"), com("Ba Vì"), com("Sơn Thượng")],
    ["BAN DÂN VẬN TỈNH ỦY QUẢNG NGÃI", "Trang chủ > Hoạt động > Tin tức", "Dân vận khéo",
     "Toàn cảnh hội nghị tổng kết công tác dân vận năm 2011.", "Bằng khen", "Lượt xem: 1287"],
    ["3 cùng", "Hôm nay: Thứ Hai, 09/01/2012", "Lượt xem: 1287", "(GMT+7)"]))

# b198 — Trà Vinh, MTTQ, trao quà Tết (Khmer), date "08:30 | 18/01/2012"
PAGES.append(page("b198-travinh-mttq-traoqua-2012", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TRÀ VINH
Trang chủ » Tin hoạt động » Vì người nghèo
08:30 | 18/01/2012
Trao 650 suất quà Tết cho hộ nghèo đồng bào Khmer
Ngày 17/1, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Trà Vinh phối hợp với Công ty TNHH Hòa Phát Long trao 650 suất quà Tết Nhâm Thìn cho hộ nghèo đồng bào Khmer tại 4 xã của huyện Cầu Ngang và Trà Cú.
Trao 650 suất quà Tết cho bà con xã Long Hiệp.
Mỗi suất quà gồm 10 kg gạo, 2 lít nước tương và 300.000 đồng tiền mặt, tổng trị giá hơn 438 triệu đồng. Tham gia đoàn có các ông Thạch Phone, Kim Sa Rươl, Sơn Văn Đẹp - Phó Chủ tịch Ủy ban MTTQ tỉnh và bà Lâm Thị Chanh Thu, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh.
Phát biểu tại buổi trao quà ở xã Long Hiệp, ông Thạch Phone cho biết năm 2011 Quỹ "Vì người nghèo" các cấp trong tỉnh vận động được 15.600.000.000 đồng, xây mới 312 căn nhà đại đoàn kết, giúp 1.940 hộ thoát nghèo.
Hòa thượng Thạch Sok Xane, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đại diện các chùa Khmer tặng thêm 120 phần quà. Bà Kim Thị Sà Ol, ngụ ấp Sóc Chùa, xúc động: "Có quà, nhà tôi ăn Tết đủ đầy hơn".
Ông Sơn Văn Đẹp trao quà cho hộ nghèo tại xã Tập Sơn.
Tại xã Tập Sơn, đoàn cũng trao 25 xe đạp cho học sinh nghèo vượt khó, mỗi chiếc trị giá 1,2 triệu đồng. Các em được nhận quà ngay tại sân chùa, có đông đủ phụ huynh và thầy cô chứng kiến.
Bài, ảnh: Huỳnh Kha
Số lượt xem: 954
Các tin khác
- Trao nhà đại đoàn kết ở Châu Thành
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 5
- Cầu Kè ra mắt mô hình "Ấp văn hóa kiểu mẫu"
- Phật giáo Khmer đồng hành cùng Mặt trận xóa đói giảm nghèo
""", "2012-01-18", "Trao 650 suất quà Tết cho hộ nghèo đồng bào Khmer",
    E("trao_qua", None, "2012-01-17"),
    [P("Thạch Phone", "Phó Chủ tịch Ủy ban MTTQ tỉnh"), P("Kim Sa Rươl", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
     P("Sơn Văn Đẹp", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
     P("Lâm Thị Chanh Thu", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh"),
     P("Thạch Sok Xane", "Hòa thượng", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
     P("Kim Thị Sà Ol")],
    [Q("650 suất quà Tết", 650, "suất quà Tết"), Q("4 xã", 4, "xã"), Q("10 kg gạo", 10, "kg gạo"),
     Q("2 lít nước tương", 2, "lít nước tương"), Q("300.000 đồng", 300000, "đồng"),
     Q("hơn 438 triệu đồng", 438000000, "đồng", "over"), Q("15.600.000.000 đồng", 15600000000, "đồng"),
     Q("312 căn nhà đại đoàn kết", 312, "căn nhà đại đoàn kết"), Q("1.940 hộ", 1940, "hộ"),
     Q("120 phần quà", 120, "phần quà"), Q("25 xe đạp", 25, "xe đạp"), Q("1,2 triệu đồng", 1200000, "đồng")],
    [],
    [prov("Trà Vinh"), com("Long Hiệp"), com("Tập Sơn")],
    ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TRÀ VINH", "Trang chủ » Tin hoạt động » Vì người nghèo",
     "Vì người nghèo", "Trao 650 suất quà Tết cho bà con xã Long Hiệp.",
     "Ông Sơn Văn Đẹp trao quà cho hộ nghèo tại xã Tập Sơn.", "Công ty TNHH Hòa Phát Long", "Số lượt xem: 954",
     "huyện Cầu Ngang"],
    ["Tết Nhâm Thìn", "Số lượt xem: 954", "năm 2011"]))

# b199 — Đắk Lắk, Hội Nông dân, đối thoại 2013 (Ê Đê), date "11/04/2013 - 09:15"
PAGES.append(page("b199-daklak-hnd-doithoai-2013", """
HỘI NÔNG DÂN TỈNH ĐẮK LẮK
Trang chủ / Tin tức - Sự kiện / Hoạt động Hội
11/04/2013 - 09:15
Nông dân Buôn Đôn nêu 23 kiến nghị với chính quyền
Sáng 10/4, Hội Nông dân tỉnh Đắk Lắk phối hợp với UBND huyện Buôn Đôn tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với hội viên nông dân năm 2013. Tham dự có 186 hội viên đến từ 7 xã.
Ông Y Khun Ayun phát biểu tại buổi đối thoại.
Chủ trì đối thoại có ông Y Khun Ayun, UVBCH Trung ương Hội Nông dân Việt Nam, Chủ tịch Hội Nông dân tỉnh và ông Nguyễn Hữu Lộc, HUV, Chủ tịch UBND huyện Buôn Đôn.
Tại hội nghị, nông dân nêu 23 kiến nghị, chủ yếu về giá phân bón, vốn vay và đất sản xuất. Bà H'Blin Êban, hội viên nông dân buôn Ea Mar, xã Ea Wer cho biết gia đình có 1,5 ha cà phê nhưng không vay được vốn tái canh. Ông Y Nuê Mlô ở xã Krông Na đề nghị hỗ trợ giống bò cho 40 hộ nghèo trong buôn.
Trả lời, ông Nguyễn Hữu Lộc cho biết theo Quyết định 755/QĐ-TTg của Thủ tướng Chính phủ, huyện sẽ hỗ trợ đất sản xuất cho 132 hộ đồng bào dân tộc tại chỗ; Ngân hàng Chính sách xã hội huyện dành 3 tỷ đồng cho vay tái canh, mức tối đa 40 triệu đồng/hộ.
Đã có 18/23 kiến nghị được trả lời ngay tại hội nghị, số còn lại được ghi nhận để trả lời bằng văn bản.
Hội viên nông dân nghe giải đáp chính sách tại hội nghị.
Theo bà Hoàng Thị Nhung, Phó Chủ tịch Hội Nông dân tỉnh, năm nay Hội phấn đấu tổ chức 15 cuộc đối thoại ở cấp huyện.
H'Xíu
Lượt xem: 642
Tin cùng chuyên mục
- Tập huấn kỹ thuật tái canh cà phê
- Đối thoại với nông dân Krông Pắc
- Mô hình nuôi bò vỗ béo ở Ea Súp
""", "2013-04-11", "Nông dân Buôn Đôn nêu 23 kiến nghị với chính quyền",
    E("doi_thoai", "2013", "2013-04-10"),
    [P("Y Khun Ayun", "UVBCH Trung ương Hội Nông dân Việt Nam", "Chủ tịch Hội Nông dân tỉnh"),
     P("Nguyễn Hữu Lộc", "HUV", "Chủ tịch UBND huyện Buôn Đôn"),
     P("H'Blin Êban", "hội viên nông dân buôn Ea Mar"),
     P("Y Nuê Mlô"),
     P("Hoàng Thị Nhung", "Phó Chủ tịch Hội Nông dân tỉnh")],
    [Q("186 hội viên", 186, "hội viên"), Q("7 xã", 7, "xã"), Q("23 kiến nghị", 23, "kiến nghị"),
     Q("1,5 ha", 1.5, "ha"), Q("40 hộ nghèo", 40, "hộ nghèo"), Q("132 hộ", 132, "hộ"),
     Q("3 tỷ đồng", 3000000000, "đồng"), Q("40 triệu đồng/hộ", 40000000, "đồng"),
     Q("18/23 kiến nghị", 18, "kiến nghị"), Q("15 cuộc đối thoại", 15, "cuộc đối thoại")],
    [D("Quyết định", "755", "QĐ-TTg", issuer="Thủ tướng Chính phủ", surface="Quyết định 755/QĐ-TTg")],
    [prov("Đắk Lắk"), com("Ea Wer"), com("Krông Na")],
    ["HỘI NÔNG DÂN TỈNH ĐẮK LẮK", "Trang chủ / Tin tức - Sự kiện / Hoạt động Hội",
     "Ông Y Khun Ayun phát biểu tại buổi đối thoại.", "Hội viên nông dân nghe giải đáp chính sách tại hội nghị.",
     "Ngân hàng Chính sách xã hội", "huyện Buôn Đôn", "Lượt xem: 642"],
    ["Lượt xem: 642"]))

# b200 — Lai Châu, Đoàn Thanh niên, tập huấn (Mông, Thái), date "Ngày đăng 20/03/2014 | 15:40"
PAGES.append(page("b200-laichau-doan-taphuan-2014", """
TỈNH ĐOÀN LAI CHÂU
Bạn đang ở: Trang chủ › Công tác Đoàn › Tin hoạt động
Ngày đăng 20/03/2014 | 15:40
Bồi dưỡng nghiệp vụ cho 145 cán bộ Đoàn cơ sở
Trong 3 ngày (từ 17 đến 19/3), Ban Thường vụ Tỉnh đoàn Lai Châu mở lớp tập huấn nghiệp vụ công tác Đoàn năm 2014 cho 145 bí thư, phó bí thư Đoàn xã, thị trấn trong toàn tỉnh.
Đồng chí Lò Văn Xiêng phát biểu khai mạc lớp tập huấn.
Đồng chí Lò Văn Xiêng, Ủy viên BCH Trung ương Đoàn, Bí thư Tỉnh đoàn khai mạc lớp học. Báo cáo viên gồm các đồng chí Phó Bí thư Tỉnh đoàn Tao Thị Hương, Sùng A Chờ và đồng chí Vũ Đức Thịnh, Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn.
Học viên được hướng dẫn thực hiện Nghị quyết 03-NQ/TĐTN về nâng cao chất lượng sinh hoạt chi đoàn và cách triển khai phong trào "Tuổi trẻ vùng cao 3 không" (không ma túy, không tảo hôn, không di cư tự do). Năm 2013, toàn tỉnh thành lập mới 38 chi đoàn thôn bản, kết nạp 1.260 đoàn viên, xây dựng 52 công trình thanh niên trị giá 870 triệu đồng. Các học viên cũng được trao đổi kinh nghiệm tổ chức sinh hoạt chi đoàn bằng tiếng dân tộc và cách vận động thanh niên trở về từ vùng biên.
Anh Giàng A Dia, vừa được tín nhiệm giữ chức Bí thư Đoàn xã Pa Vây Sử, chia sẻ: "Ở xã có 76% thanh niên là người Mông, nhiều em bỏ học sớm nên chúng tôi phải đến tận nhà vận động".
Học viên thảo luận nhóm.
Kết thúc lớp, 139/145 học viên đạt loại khá, giỏi; Tỉnh đoàn tặng 20 bộ tài liệu cho các xã đặc biệt khó khăn.
Thu Hà
Lượt truy cập: 3.406
Tin khác
- Ra quân Tháng Thanh niên 2014
- Đại hội Đoàn xã Mường Tè
- Thanh niên Phong Thổ làm đường về bản
- Hiến máu tình nguyện tại thành phố Lai Châu
""", "2014-03-20", "Bồi dưỡng nghiệp vụ cho 145 cán bộ Đoàn cơ sở",
    E("tap_huan", "2014", "2014-03-17"),
    [P("Lò Văn Xiêng", "Ủy viên BCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
     P("Tao Thị Hương", "Phó Bí thư Tỉnh đoàn"), P("Sùng A Chờ", "Phó Bí thư Tỉnh đoàn"),
     P("Vũ Đức Thịnh", "Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn"),
     P("Giàng A Dia", "Bí thư Đoàn xã Pa Vây Sử")],
    [Q("145 cán bộ Đoàn", 145, "cán bộ Đoàn"), Q("38 chi đoàn", 38, "chi đoàn"),
     Q("1.260 đoàn viên", 1260, "đoàn viên"), Q("52 công trình", 52, "công trình"),
     Q("870 triệu đồng", 870000000, "đồng"), Q("76%", 76, "%"), Q("139/145 học viên", 139, "học viên"),
     Q("20 bộ tài liệu", 20, "bộ tài liệu")],
    [D("Nghị quyết", "03", "NQ/TĐTN", surface="Nghị quyết 03-NQ/TĐTN")],
    [prov("Lai Châu"), com("Pa Vây Sử")],
    ["TỈNH ĐOÀN LAI CHÂU", "Bạn đang ở: Trang chủ › Công tác Đoàn › Tin hoạt động",
     "Đồng chí Lò Văn Xiêng phát biểu khai mạc lớp tập huấn.", "Học viên thảo luận nhóm.",
     "Tuổi trẻ vùng cao 3 không", "Lượt truy cập: 3.406"],
    ["Trong 3 ngày", "3 không", "Lượt truy cập: 3.406", "Năm 2013"]))

# b201 — Bình Thuận, Hội LHPN, sơ kết 6 tháng 2015 (Chăm), date "Thứ Năm, 09/07/2015 - 10:20"
PAGES.append(page("b201-binhthuan-hlhpn-soket-2015", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÌNH THUẬN
Trang chủ | Hoạt động Hội | Tin tức
Thứ Năm, 09/07/2015 - 10:20
Phụ nữ Chăm ở Bắc Bình giúp nhau thoát nghèo
Ngày 8/7, Ban Thường vụ Hội LHPN tỉnh Bình Thuận tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2015, triển khai nhiệm vụ 6 tháng cuối năm.
Đồng chí Bá Thị Sương phát biểu tại hội nghị.
Chủ trì hội nghị có các đồng chí: Nguyễn Thị Bích Liên, Chủ tịch Hội LHPN tỉnh; Bá Thị Sương, Phó Chủ tịch Hội LHPN tỉnh; Đàng Thị Huyền Trân, Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh.
Sáu tháng qua, các cấp Hội đã giúp 286 hộ phụ nữ nghèo có vốn làm ăn, thành lập 17 tổ hợp tác và 43 tổ tiết kiệm, vay vốn với tổng dư nợ ủy thác 412,5 tỷ đồng. Tỷ lệ hộ phụ nữ nghèo người Chăm giảm 3,2% so với cuối năm 2014. Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" có thêm 1.270 hộ đăng ký.
Chị Thông Thị Ngọc Sa, hội viên phụ nữ thôn Bình Minh, xã Phan Thanh, kể chị được vay 25 triệu đồng nuôi dê, nay đàn dê đã lên 35 con. "Chị em trong tổ thay nhau trả lãi, ai khó khăn thì được giãn nợ, nên chẳng ai bỏ tổ", chị nói. Hội nghị cũng nghe ý kiến của các chi hội trưởng về cách quản lý tổ vay vốn và phòng chống bạo lực gia đình.
Đại biểu biểu quyết thông qua phương hướng nhiệm vụ.
Hội nghị đề ra chỉ tiêu 6 tháng cuối năm giúp thêm 200 hộ thoát nghèo và vận động 300.000đ/hội viên xây "Mái ấm tình thương".
Ngọc Lan
Lượt xem: 508
Bài viết liên quan
- Trao mái ấm cho phụ nữ nghèo Tuy Phong
- Phụ nữ Chăm làm gốm Bàu Trúc
- Hội LHPN tỉnh ký kết phối hợp với Ngân hàng Chính sách xã hội
- Phụ nữ Hàm Thuận Nam với phong trào khởi nghiệp
""", "2015-07-09", "Phụ nữ Chăm ở Bắc Bình giúp nhau thoát nghèo",
    E("so_ket", "2015-H1", "2015-07-08"),
    [P("Nguyễn Thị Bích Liên", "Chủ tịch Hội LHPN tỉnh"), P("Bá Thị Sương", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Đàng Thị Huyền Trân", "Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh"),
     P("Thông Thị Ngọc Sa", "hội viên phụ nữ thôn Bình Minh")],
    [Q("286 hộ phụ nữ nghèo", 286, "hộ phụ nữ nghèo"), Q("17 tổ hợp tác", 17, "tổ hợp tác"),
     Q("43 tổ tiết kiệm, vay vốn", 43, "tổ tiết kiệm, vay vốn"), Q("412,5 tỷ đồng", 412500000000, "đồng"),
     Q("3,2%", 3.2, "%"), Q("1.270 hộ", 1270, "hộ"), Q("25 triệu đồng", 25000000, "đồng"),
     Q("35 con", 35, "con"), Q("200 hộ", 200, "hộ"), Q("300.000đ/hội viên", 300000, "đồng")],
    [],
    [prov("Bình Thuận"), com("Phan Thanh")],
    ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÌNH THUẬN", "Trang chủ | Hoạt động Hội | Tin tức",
     "Đồng chí Bá Thị Sương phát biểu tại hội nghị.", "Đại biểu biểu quyết thông qua phương hướng nhiệm vụ.",
     "Xây dựng gia đình 5 không, 3 sạch", "Mái ấm tình thương", "Lượt xem: 508"],
    ["6 tháng đầu năm 2015", "6 tháng cuối năm", "Sáu tháng qua", "5 không, 3 sạch", "Lượt xem: 508"]))

# b202 — Gia Lai, Ban Dân vận, giao ban quý II 2016 (Gia Rai), date "Thứ Ba, 12/7/2016"
PAGES.append(page("b202-gialai-bdv-giaoban-2016", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
You are here: Home > Tin tức > Hoạt động khối dân vận
Thứ Ba, 12/7/2016
Chư Păh: 37 đồng chí cán bộ dân vận bám cơ sở
Ngày 11/7, Ban Dân vận Tỉnh ủy Gia Lai tổ chức giao ban công tác dân vận quý II năm 2016 tại huyện Chư Păh, có 37 đồng chí cán bộ dân vận cơ sở tham dự.
Đồng chí Rơ Châm Ngoan phát biểu kết luận buổi giao ban.
Dự buổi giao ban có đồng chí Rơ Châm Ngoan, TUV, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Ksor Phim, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Đình Trung, HUV, Trưởng Ban Dân vận Huyện ủy Chư Păh.
Trong quý, Ban Dân vận các cấp phối hợp chính quyền thực hiện Kế hoạch 58-KH/BDVTU và Kết luận 114, 115-KL/TW của Ban Bí thư, cử 37 đồng chí về bám làng, tổ chức 94 buổi tuyên truyền cho 6.820 lượt người. Có 12 làng ký cam kết "4 không", 8 hộ người Gia Rai tự nguyện trả lại 4,6 ha đất lấn chiếm.
Ông Siu Blôi, người có uy tín làng Tơ Vơng, xã Ia Ka nhận xét: "Cán bộ về ở với dân, dân tin hơn". Anh Kpuih Thương, cán bộ xã Ia Nhin được giao phụ trách 3 làng.
Đồng chí Ksor Phim trao đổi với người có uy tín.
Đồng chí Rơ Châm Ngoan yêu cầu quý III tập trung vận động đồng bào không nghe theo tà đạo "Hà Mòn". Các huyện cần nắm chắc tình hình ở từng làng, phối hợp Mặt trận và các đoàn thể giải quyết kịp thời các vụ việc tranh chấp đất đai, không để phát sinh điểm nóng. Đại biểu các huyện Ia Grai, Chư Prông, Đức Cơ cũng trao đổi kinh nghiệm vận động bà con làm lúa nước.
Rah Lan Hoa
Lượt xem: 733
Tin liên quan
- Giao ban khối dân vận quý I
- Đức Cơ: dân vận khéo
- Ban Dân vận Tỉnh ủy kiểm tra công tác dân vận tại Kbang
- Người có uy tín ở Ia Grai góp sức giữ bình yên buôn làng
""", "2016-07-12", "Chư Păh: 37 đồng chí cán bộ dân vận bám cơ sở",
    E("giao_ban", "2016-Q2", "2016-07-11"),
    [P("Rơ Châm Ngoan", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"), P("Ksor Phim", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Nguyễn Đình Trung", "HUV", "Trưởng Ban Dân vận Huyện ủy Chư Păh"),
     P("Siu Blôi", "người có uy tín làng Tơ Vơng"), P("Kpuih Thương", "cán bộ xã Ia Nhin")],
    [Q("37 đồng chí", 37, "đồng chí"), Q("94 buổi tuyên truyền", 94, "buổi tuyên truyền"),
     Q("6.820 lượt người", 6820, "lượt người"), Q("12 làng", 12, "làng"), Q("8 hộ", 8, "hộ"),
     Q("4,6 ha", 4.6, "ha"), Q("3 làng", 3, "làng")],
    [D("Kế hoạch", "58", "KH/BDVTU", surface="Kế hoạch 58-KH/BDVTU"),
     D("Kết luận", "114", "KL/TW", issuer="Ban Bí thư", surface="Kết luận 114, 115-KL/TW"),
     D("Kết luận", "115", "KL/TW", issuer="Ban Bí thư", surface="Kết luận 114, 115-KL/TW")],
    [prov("Gia Lai"), com("Ia Ka"), com("Ia Nhin")],
    ["BAN DÂN VẬN TỈNH ỦY GIA LAI", "You are here: Home > Tin tức > Hoạt động khối dân vận",
     "Đồng chí Rơ Châm Ngoan phát biểu kết luận buổi giao ban.", "Đồng chí Ksor Phim trao đổi với người có uy tín.",
     "Hà Mòn", "huyện Chư Păh", "Lượt xem: 733"],
    ["37 đồng chí", "4 không", "quý II năm 2016", "quý III", "Lượt xem: 733"]))
