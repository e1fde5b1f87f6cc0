from lib import Q, D, P, page, E, prov, com

PAGES = []

# b413 — Bến Tre, Mặt trận tỉnh, tổng kết năm 2010 (held 19/1/2011)
PAGES.append(page("b413-bentre-mttq-tongket-2010", """
ỦY BAN MTTQ VIỆT NAM TỈNH BẾN TRE
Trang thông tin điện tử Mặt trận Tổ quốc tỉnh Bến Tre
Trang chủ » Hoạt động Mặt trận » Tin tức - Sự kiện
Cập nhật: 15:20, 21/01/2011 (GMT+7)
Mặt trận Bến Tre: 1.926 căn nhà Đại đoàn kết đến với hộ nghèo
(MTBT) - Ngày 19/1, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bến Tre tổ chức hội nghị tổng kết công tác Mặt trận năm 2010, triển khai nhiệm vụ năm 2011. Dự hội nghị có đồng chí Trần Văn Đẩu, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Nguyễn Thị Bé Mười, Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Trần Văn Đẩu phát biểu chỉ đạo hội nghị. Ảnh: Hữu Phước
Báo cáo do đồng chí Huỳnh Văn Be, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày cho biết: năm 2010, các cấp Mặt trận trong tỉnh vận động Quỹ "Vì người nghèo" được hơn 21,7 tỷ đồng; xây mới và sửa chữa 1.926 căn nhà Đại đoàn kết, mỗi căn được hỗ trợ từ 15 đến 20 triệu đồng. Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" được triển khai đến 164 xã, phường, thị trấn; có 812 khu dân cư đăng ký và 736 khu dân cư đạt danh hiệu khu dân cư văn hóa, chiếm 90,6%.
Thực hiện Chỉ thị số 12-CT/TU và số 15-CT/TU của Ban Thường vụ Tỉnh ủy, Mặt trận các cấp phối hợp tổ chức 58 cuộc giám sát, phát hiện và kiến nghị xử lý 23 trường hợp sai sót trong bình xét hộ nghèo. Kế hoạch số 27/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát việc thực hiện chính sách an sinh xã hội được các huyện đánh giá là sát thực tế.
Thay mặt Ban Thường trực, các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Lê Văn Út, Huỳnh Thị Kim Loan, Võ Minh Tâm đã trả lời ý kiến của đại biểu các huyện Ba Tri, Thạnh Phú về tiến độ hỗ trợ nhà ở. Ông Đoàn Văn Lực, Trưởng Ban công tác Mặt trận ấp Phú Lợi, xã Phú Hưng, chia sẻ kinh nghiệm vận động bà con hiến 1.200 m2 đất làm đường.
Phát biểu chỉ đạo, đồng chí Trần Văn Đẩu đề nghị Mặt trận tiếp tục làm tốt vai trò giám sát, phản biện, năm 2011 phấn đấu xây thêm 1.500 căn nhà. Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 24 tập thể và 37 cá nhân.
Thanh Tùng
Số lần xem: 845
Tin liên quan
- Bến Tre: trao 500 phần quà cho hộ nghèo dịp Tết
- Mặt trận huyện Mỏ Cày Nam giám sát cấp thẻ bảo hiểm y tế (12/01/2011)
- Hội nghị hiệp thương lần thứ 3 (05/01/2011)
""", "2011-01-21", "Mặt trận Bến Tre: 1.926 căn nhà Đại đoàn kết đến với hộ nghèo",
    E("tong_ket", "2010", "2011-01-19"),
    [P("Trần Văn Đẩu", "Phó Bí thư Thường trực Tỉnh ủy"),
     P("Nguyễn Thị Bé Mười", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Huỳnh Văn Be", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Lê Văn Út", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
     P("Huỳnh Thị Kim Loan", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
     P("Võ Minh Tâm", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
     P("Đoàn Văn Lực", "Trưởng Ban công tác Mặt trận ấp Phú Lợi")],
    [Q("1.926 căn nhà Đại đoàn kết", 1926, "căn nhà Đại đoàn kết"),
     Q("hơn 21,7 tỷ đồng", 21700000000, "đồng", "over"),
     Q("từ 15", 15000000, "đồng"),
     Q("20 triệu đồng", 20000000, "đồng"),
     Q("164 xã, phường, thị trấn", 164, "xã, phường, thị trấn"),
     Q("812 khu dân cư", 812, "khu dân cư"),
     Q("736 khu dân cư", 736, "khu dân cư"),
     Q("90,6%", 90.6, "%"),
     Q("58 cuộc giám sát", 58, "cuộc giám sát"),
     Q("23 trường hợp", 23, "trường hợp"),
     Q("1.200 m2", 1200, "m2"),
     Q("1.500 căn nhà", 1500, "căn nhà"),
     Q("24 tập thể", 24, "tập thể"),
     Q("37 cá nhân", 37, "cá nhân")],
    [D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU"),
     D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "số 15-CT/TU"),
     D("Kế hoạch", "27", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT")],
    [prov("Bến Tre"), com("Phú Hưng")],
    ["ỦY BAN MTTQ VIỆT NAM TỈNH BẾN TRE", "Trang thông tin điện tử Mặt trận Tổ quốc tỉnh Bến Tre",
     "Trang chủ » Hoạt động Mặt trận » Tin tức - Sự kiện", "Đồng chí Trần Văn Đẩu phát biểu chỉ đạo hội nghị. Ảnh: Hữu Phước",
     "Vì người nghèo", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "ấp Phú Lợi", "Ba Tri", "Thạnh Phú", "Số lần xem: 845"],
    ["năm 2010", "năm 2011", "15:20", "Số lần xem: 845", "Bằng khen"]))

# b414 — Sóc Trăng, Ban Dân vận Tỉnh ủy, giao ban quý IV/2011 (held 6/1/2012)
PAGES.append(page("b414-soctrang-bdv-giaoban-2011q4", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Cổng thông tin điện tử Dân vận Sóc Trăng
Hôm nay: Thứ Tư, 11/01/2012
Trang chủ | Tin hoạt động | Dân vận chính quyền
Thứ hai, 09/01/2012 | 10:12
Khối dân vận tỉnh giao ban: 146 vụ việc khiếu nại được giải quyết dứt điểm
(DVST) - Sáng 6/1, tại Hội trường Tỉnh ủy, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý IV năm 2011 với 27 đồng chí lãnh đạo Mặt trận, các đoàn thể và Ban Dân vận các huyện, thị xã, thành phố. Trưởng Ban Dân vận Tỉnh ủy Thạch Sa Vông chủ trì.
Quang cảnh buổi giao ban khối dân vận quý IV.
Theo báo cáo, trong quý các cơ quan nhà nước đã tiếp nhận 160 vụ việc khiếu nại, tố cáo; giải quyết dứt điểm 146 vụ việc, đạt 91,3%. Các huyện tổ chức 38 cuộc đối thoại với 2.450 lượt người tham dự, chủ yếu về bồi thường, giải phóng mặt bằng dự án Quốc lộ 60. Đồng bào Khmer đón Tết Chôl Chnăm Thmây và lễ Sen Đôn Ta an toàn; các chùa Khmer nhận 212 phần quà, trị giá 318 triệu đồng.
Thực hiện Hướng dẫn số 08-HD/BDVTU ngày 12/10/2011 của Ban Dân vận Tỉnh ủy và Kết luận 14, 15-KL/TU của Ban Thường vụ Tỉnh ủy, 109 xã, phường, thị trấn đã kiện toàn tổ dân vận ấp, khóm.
Tại buổi giao ban, Đại đức Thạch Sô Thanh, trụ trì chùa Prêk Ba, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, phản ánh nhu cầu sửa chữa trường dạy chữ Khmer. Bà Lý Thị Sa Kha, Chủ tịch Hội LHPN tỉnh và ông Kim Chanh Thu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đề nghị tăng nguồn vốn vay cho hộ đồng bào dân tộc.
Đồng chí Tăng Sô Phane, người vừa được bổ nhiệm làm Phó Trưởng Ban Dân vận Tỉnh ủy từ tháng 12/2011, thông qua 6 nhiệm vụ trọng tâm quý I/2012 của khối dân vận tỉnh Sóc Trăng, trong đó có việc nhân rộng mô hình "Dân vận khéo" ở 32 xã có đông đồng bào Khmer.
Sơn Hòa
Lượt truy cập: 3.417
Các tin khác
- Ban Dân vận Tỉnh ủy thăm, chúc Tết chùa Khmer
- Tập huấn công tác dân vận chính quyền năm 2011
""", "2012-01-09", "Khối dân vận tỉnh giao ban: 146 vụ việc khiếu nại được giải quyết dứt điểm",
    E("giao_ban", "2011-Q4", "2012-01-06"),
    [P("Thạch Sa Vông", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Thạch Sô Thanh", "Đại đức", "trụ trì chùa Prêk Ba", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
     P("Lý Thị Sa Kha", "Chủ tịch Hội LHPN tỉnh"),
     P("Kim Chanh Thu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Tăng Sô Phane", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
    [Q("27 đồng chí", 27, "đồng chí"),
     Q("146 vụ việc", 146, "vụ việc"),
     Q("160 vụ việc", 160, "vụ việc"),
     Q("91,3%", 91.3, "%"),
     Q("38 cuộc đối thoại", 38, "cuộc đối thoại"),
     Q("2.450 lượt người", 2450, "lượt người"),
     Q("212 phần quà", 212, "phần quà"),
     Q("318 triệu đồng", 318000000, "đồng"),
     Q("109 xã, phường, thị trấn", 109, "xã, phường, thị trấn"),
     Q("6 nhiệm vụ trọng tâm", 6, "nhiệm vụ trọng tâm"),
     Q("32 xã", 32, "xã")],
    [D("Hướng dẫn", "08", "HD/BDVTU", "2011-10-12", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 08-HD/BDVTU"),
     D("Kết luận", "14", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 14, 15-KL/TU"),
     D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 14, 15-KL/TU")],
    [prov("Sóc Trăng")],
    ["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Cổng thông tin điện tử Dân vận Sóc Trăng", "Trang chủ | Tin hoạt động | Dân vận chính quyền",
     "Quang cảnh buổi giao ban khối dân vận quý IV.", "Dân vận khéo", "Chôl Chnăm Thmây", "Sen Đôn Ta", "chùa Prêk Ba",
     "Quốc lộ 60", "Lượt truy cập: 3.417"],
    ["27 đồng chí", "Hôm nay: Thứ Tư, 11/01/2012", "10:12", "quý IV năm 2011", "quý I/2012", "tháng 12/2011", "Quốc lộ 60", "Lượt truy cập: 3.417"]))

# b415 — Đắk Nông, Hội LHPN tỉnh, sơ kết 6 tháng đầu năm 2013 (held 10/7/2013)
PAGES.append(page("b415-daknong-hlhpn-soket-2013", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐẮK NÔNG
Website Hội LHPN tỉnh Đắk Nông - Vì sự tiến bộ của phụ nữ
Tin tức / Hoạt động Hội / Tin trong tỉnh
Ngày 12.07.2013 - 08:40
Phụ nữ Đắk Nông giúp 312 hội viên thoát nghèo
Ngày 10/7, Ban Thường vụ Hội LHPN tỉnh Đắk Nông tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2013. Chủ tịch Hội LHPN tỉnh Nguyễn Thị Thu Hà chủ trì; dự có bà H'Bơ Lan, Phó Chủ tịch Hội LHPN tỉnh và đại diện Ngân hàng Chính sách xã hội tỉnh.
312 hội viên thoát nghèo là kết quả nổi bật của phong trào 6 tháng qua. Ảnh: Minh Thu
Sáu tháng đầu năm, các cấp Hội đã giúp 312 hội viên thoát nghèo, trong đó có 174 hội viên là đồng bào M'Nông, Ê Đê. Hội ủy thác cho 2.140 lượt hội viên vay vốn với dư nợ 4,8 tỷ đồng; thành lập mới 67 tổ tiết kiệm và vay vốn. Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" được triển khai tại 71 xã, phường, thị trấn, tỷ lệ hộ đạt tiêu chí là 89,5%.
Thực hiện Kế hoạch số 34/KH-HPN ngày 15/3/2013 của Ban Thường vụ Hội LHPN tỉnh và Quyết định 1102/QĐ-UBND của UBND tỉnh, Hội đã tổ chức truyền thông phòng chống mua bán người tại 18 bon, buôn vùng biên giới với hơn 1.300 lượt người tham dự.
Tại hội nghị, chị Thị Rin, hội viên bon Bu Prăng, xã Quảng Trực, kể lại việc được vay 20 triệu đồng nuôi 2 con bò sinh sản. Bà Điểu Thị Bích, Chủ tịch Hội LHPN huyện Tuy Đức và bà Trần Thị Hồng, Chủ tịch Hội LHPN xã Đắk Búk So, kiến nghị tăng vốn cho hộ đồng bào tại chỗ.
Bà Nguyễn Thị Thu Hà yêu cầu 6 tháng cuối năm phấn đấu giúp thêm 250 hộ thoát nghèo, phát triển 1.000 hội viên mới.
H'Yên
Lượt đọc: 512
Bài viết liên quan
- Đắk Nông: hội thi "Phụ nữ duyên dáng" năm 2013
- Ra mắt 5 câu lạc bộ gia đình hạnh phúc
""", "2013-07-12", "Phụ nữ Đắk Nông giúp 312 hội viên thoát nghèo",
    E("so_ket", "2013-H1", "2013-07-10"),
    [P("Nguyễn Thị Thu Hà", "Chủ tịch Hội LHPN tỉnh"),
     P("H'Bơ Lan", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Thị Rin", "hội viên bon Bu Prăng"),
     P("Điểu Thị Bích", "Chủ tịch Hội LHPN huyện Tuy Đức"),
     P("Trần Thị Hồng", "Chủ tịch Hội LHPN xã Đắk Búk So")],
    [Q("312 hội viên", 312, "hội viên"),
     Q("174 hội viên", 174, "hội viên"),
     Q("2.140 lượt hội viên", 2140, "lượt hội viên"),
     Q("4,8 tỷ đồng", 4800000000, "đồng"),
     Q("67 tổ tiết kiệm", 67, "tổ tiết kiệm và vay vốn"),
     Q("71 xã, phường, thị trấn", 71, "xã, phường, thị trấn"),
     Q("89,5%", 89.5, "%"),
     Q("18 bon, buôn", 18, "bon, buôn"),
     Q("hơn 1.300 lượt người", 1300, "lượt người", "over"),
     Q("20 triệu đồng", 20000000, "đồng"),
     Q("2 con bò", 2, "con bò sinh sản"),
     Q("250 hộ", 250, "hộ"),
     Q("1.000 hội viên mới", 1000, "hội viên mới")],
    [D("Kế hoạch", "34", "KH-HPN", "2013-03-15", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 34/KH-HPN"),
     D("Quyết định", "1102", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1102/QĐ-UBND")],
    [prov("Đắk Nông"), com("Quảng Trực"), com("Đắk Búk So")],
    ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐẮK NÔNG", "Website Hội LHPN tỉnh Đắk Nông - Vì sự tiến bộ của phụ nữ",
     "Tin tức / Hoạt động Hội / Tin trong tỉnh", "312 hội viên thoát nghèo là kết quả nổi bật của phong trào 6 tháng qua. Ảnh: Minh Thu",
     "Xây dựng gia đình 5 không, 3 sạch", "Ngân hàng Chính sách xã hội", "bon Bu Prăng", "Tuy Đức", "Lượt đọc: 512"],
    ["5 không, 3 sạch", "6 tháng đầu năm 2013", "Sáu tháng đầu năm", "6 tháng cuối năm", "08:40", "Lượt đọc: 512"]))

# b416 — Quảng Nam, Hội Nông dân tỉnh, đối thoại năm 2014 (held 13/8/2014)
PAGES.append(page("b416-quangnam-hnd-doithoai-2014", """
HỘI NÔNG DÂN TỈNH QUẢNG NAM
Trang tin điện tử Hội Nông dân Quảng Nam
Trang chủ > Tin tức > Hoạt động Hội
Thứ Sáu, 15/08/2014 - 09:12 AM
Hơn 200 nông dân miền núi nêu 27 ý kiến với lãnh đạo tỉnh
Ngày 13/8, tại huyện Tây Giang, Hội Nông dân tỉnh Quảng Nam phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với hội viên, nông dân các huyện miền núi năm 2014. Đồng chí Nguyễn Ngọc Kha, Phó Chủ tịch UBND tỉnh, được Chủ tịch UBND tỉnh ủy quyền chủ trì đối thoại.
Ông Bh'riu Pố, hội viên xã A Tiêng, nêu ý kiến tại buổi đối thoại.
Hơn 200 hội viên, nông dân người Cơ Tu, Giẻ Triêng, Xơ Đăng đến từ 6 huyện đã nêu 27 ý kiến, tập trung vào giá cây keo, đất sản xuất và vốn vay. Ông Bh'riu Pố phản ánh giá keo nguyên liệu giảm từ 1,2 triệu đồng/tấn xuống còn 950.000 đồng/tấn. Bà Alăng Thị Mai, Chi hội trưởng Chi hội nông dân thôn Aur, xin hỗ trợ giống heo đen.
Có 18 ý kiến được lãnh đạo các sở, ngành trả lời trực tiếp; 9 ý kiến còn lại được giao cho Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường trả lời bằng văn bản trước ngày 30/9. Đồng chí Nguyễn Ngọc Kha cho biết tỉnh sẽ thực hiện Quyết định 2135/QĐ-TTg ngày 10/11/2011 của Thủ tướng Chính phủ về hỗ trợ đất sản xuất, giao 1.450 ha đất rừng cho 620 hộ đồng bào.
Chủ tịch Hội Nông dân tỉnh Zơ Râm Dương cho biết Hội đang phối hợp theo chương trình phối hợp số 09 với Ngân hàng Chính sách xã hội, năm 2014 giải ngân Quỹ Hỗ trợ nông dân 3,6 tỷ đồng và nhân rộng mô hình liên kết 4 nhà trồng sâm Ngọc Linh, ba kích. Các ông Clâu Nhím, Bríu Liếc, A Lăng Thanh - Chủ tịch Hội Nông dân huyện - cam kết theo dõi việc trả lời kiến nghị.
Hồ Quân
Lượt xem: 1.128
Tin liên quan
- Hội Nông dân tỉnh tổng kết 5 năm thực hiện Kết luận 74
- Tập huấn kỹ thuật trồng ba kích tím
""", "2014-08-15", "Hơn 200 nông dân miền núi nêu 27 ý kiến với lãnh đạo tỉnh",
    E("doi_thoai", "2014", "2014-08-13"),
    [P("Nguyễn Ngọc Kha", "Phó Chủ tịch UBND tỉnh"),
     P("Bh'riu Pố", "hội viên xã A Tiêng"),
     P("Alăng Thị Mai", "Chi hội trưởng Chi hội nông dân thôn Aur"),
     P("Zơ Râm Dương", "Chủ tịch Hội Nông dân tỉnh"),
     P("Clâu Nhím", "Chủ tịch Hội Nông dân huyện"),
     P("Bríu Liếc", "Chủ tịch Hội Nông dân huyện"),
     P("A Lăng Thanh", "Chủ tịch Hội Nông dân huyện")],
    [Q("Hơn 200 nông dân", 200, "nông dân", "over"),
     Q("27 ý kiến", 27, "ý kiến"),
     Q("6 huyện", 6, "huyện"),
     Q("1,2 triệu đồng/tấn", 1200000, "đồng"),
     Q("950.000 đồng/tấn", 950000, "đồng"),
     Q("18 ý kiến", 18, "ý kiến"),
     Q("9 ý kiến", 9, "ý kiến"),
     Q("1.450 ha", 1450, "ha"),
     Q("620 hộ", 620, "hộ"),
     Q("3,6 tỷ đồng", 3600000000, "đồng")],
    [D("Quyết định", "2135", "QĐ-TTg", "2011-11-10", "Thủ tướng Chính phủ", "Quyết định 2135/QĐ-TTg"),
     D("Chương trình phối hợp", "09", None, None, None, "chương trình phối hợp số 09")],
    [prov("Quảng Nam"), com("A Tiêng")],
    ["HỘI NÔNG DÂN TỈNH QUẢNG NAM", "Trang tin điện tử Hội Nông dân Quảng Nam", "Trang chủ > Tin tức > Hoạt động Hội",
     "Ông Bh'riu Pố, hội viên xã A Tiêng, nêu ý kiến tại buổi đối thoại.", "thôn Aur", "Tây Giang",
     "Ngân hàng Chính sách xã hội", "Quỹ Hỗ trợ nông dân", "Sở Nông nghiệp và Phát triển nông thôn", "sâm Ngọc Linh", "Lượt xem: 1.128"],
    ["liên kết 4 nhà", "năm 2014", "ngày 30/9", "09:12 AM", "Lượt xem: 1.128"]))

# b417 — Bình Phước, Tỉnh đoàn, tập huấn năm 2015 (20–21/4/2015)
PAGES.append(page("b417-binhphuoc-tinhdoan-taphuan-2015", """
TỈNH ĐOÀN BÌNH PHƯỚC
Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh Bình Phước
Bạn đang ở: Trang chủ › Tin hoạt động › Công tác Đoàn
22/4/2015 3:05:10 PM
Cán bộ Đoàn cơ sở học cách "đi từng ngõ, gõ từng nhà"
(TĐBP) - Trong hai ngày 20 và 21/4, Ban Thường vụ Tỉnh đoàn mở lớp tập huấn nghiệp vụ công tác dân vận năm 2015 cho 165 cán bộ Đoàn cơ sở của 11 huyện, thị xã. Phó Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh Điểu Lên khai mạc lớp học.
Học viên thảo luận nhóm tại lớp tập huấn.
Lớp học do các báo cáo viên của Ban Dân vận Tỉnh ủy truyền đạt, gồm Chỉ thị 47-CT/TW ngày 12/3/2015 của Bộ Chính trị về công tác giáo dục thanh niên, Hướng dẫn số 22-HD/TWĐTN của Ban Bí thư Trung ương Đoàn về đoàn viên tham gia công tác dân vận và kỹ năng nắm tình hình thanh niên vùng đồng bào dân tộc thiểu số.
Bà Thị Thu Hằng, TUV, Phó Trưởng Ban Dân vận Tỉnh ủy, nhấn mạnh mỗi cán bộ Đoàn phải "đi từng ngõ, gõ từng nhà" để hiểu tâm tư của thanh niên người S'tiêng, M'nông, Khmer. Học viên Điểu Thị Dung, Bí thư Đoàn xã Bù Gia Mập, chia sẻ mô hình "Tổ thanh niên tự quản đường biên" với 14 thành viên.
Năm 2014, các cơ sở Đoàn trong tỉnh Bình Phước đã vận động 6.820 lượt đoàn viên tham gia các phong trào "5 xung kích phát triển kinh tế - xã hội và bảo vệ Tổ quốc", "4 đồng hành với thanh niên lập thân, lập nghiệp"; giúp 96 thanh niên vay 2,35 tỷ đồng khởi nghiệp.
Bế giảng lớp học, đồng chí Nguyễn Văn Lợi, Ủy viên Ban Thường vụ Tỉnh đoàn, Trưởng Ban Tổ chức - Kiểm tra Tỉnh đoàn, đề nghị các học viên về địa phương tham mưu cấp ủy ban hành kế hoạch thực hiện Kế hoạch 56-KH/TĐTN của Ban Thường vụ Tỉnh đoàn; 100% học viên đạt yêu cầu.
Hồng Nhung - Ban Tuyên giáo Tỉnh đoàn
Lượt xem: 276
Tin cùng chuyên mục
- Ra quân Tháng Thanh niên năm 2015
- Đại hội Đoàn xã Lộc Thiện nhiệm kỳ 2012 - 2017
""", "2015-04-22", "Cán bộ Đoàn cơ sở học cách \"đi từng ngõ, gõ từng nhà\"",
    E("tap_huan", "2015", "2015-04-20"),
    [P("Điểu Lên", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
     P("Thị Thu Hằng", "TUV", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Điểu Thị Dung", "Bí thư Đoàn xã Bù Gia Mập"),
     P("Nguyễn Văn Lợi", "Ủy viên Ban Thường vụ Tỉnh đoàn", "Trưởng Ban Tổ chức - Kiểm tra Tỉnh đoàn")],
    [Q("165 cán bộ Đoàn cơ sở", 165, "cán bộ Đoàn cơ sở"),
     Q("11 huyện, thị xã", 11, "huyện, thị xã"),
     Q("14 thành viên", 14, "thành viên"),
     Q("6.820 lượt đoàn viên", 6820, "lượt đoàn viên"),
     Q("96 thanh niên", 96, "thanh niên"),
     Q("2,35 tỷ đồng", 2350000000, "đồng"),
     Q("100% học viên", 100, "%")],
    [D("Chỉ thị", "47", "CT/TW", "2015-03-12", "Bộ Chính trị", "Chỉ thị 47-CT/TW"),
     D("Hướng dẫn", "22", "HD/TWĐTN", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 22-HD/TWĐTN"),
     D("Kế hoạch", "56", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 56-KH/TĐTN")],
    [prov("Bình Phước"), com("Bù Gia Mập")],
    ["TỈNH ĐOÀN BÌNH PHƯỚC", "Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh Bình Phước",
     "Bạn đang ở: Trang chủ › Tin hoạt động › Công tác Đoàn", "Học viên thảo luận nhóm tại lớp tập huấn.",
     "đi từng ngõ, gõ từng nhà", "Tổ thanh niên tự quản đường biên", "Hồng Nhung - Ban Tuyên giáo Tỉnh đoàn", "Lượt xem: 276"],
    ["5 xung kích phát triển kinh tế - xã hội và bảo vệ Tổ quốc", "4 đồng hành với thanh niên lập thân, lập nghiệp",
     "3:05:10 PM", "hai ngày", "Năm 2014", "Lượt xem: 276"]))

# b418 — Cà Mau, Hội CCB tỉnh, hội nghị biểu dương giai đoạn 2011-2016 (held 26/10/2016)
PAGES.append(page("b418-camau-hccb-bieuduong-2016", """
HỘI CỰU CHIẾN BINH TỈNH CÀ MAU
Trang thông tin Hội Cựu chiến binh tỉnh Cà Mau
Trang chủ :: Tin tức :: Phong trào thi đua
Đăng lúc: 28-10-2016 | 09:05
Biểu dương 126 CCB sản xuất, kinh doanh giỏi
Ngày 26/10, Hội CCB tỉnh Cà Mau tổ chức hội nghị biểu dương CCB sản xuất, kinh doanh giỏi giai đoạn 2011 - 2016. Đến dự có đồng chí Lâm Văn Tới, Phó Chủ tịch UBND tỉnh; Đại tá Trần Thanh Sang, Chủ tịch Hội CCB tỉnh chủ trì hội nghị.
Đại tá Trần Thanh Sang trao Giấy khen cho các CCB tiêu biểu. Ảnh: Quốc Việt
Hội nghị biểu dương 126 CCB có thu nhập từ 300 triệu đồng/năm trở lên, trong đó 19 hội viên thu lãi hơn 1 tỷ đồng/năm từ nuôi tôm, cua, trồng rừng đước. Toàn tỉnh hiện có 2.314 hộ CCB sản xuất, kinh doanh giỏi, tạo việc làm cho 4.600 lao động; 5 năm qua đã giúp 815 hội viên vay vốn không lãi tổng số tiền 6,15 tỷ đồng.
Ông Danh Nô, hội viên CCB ấp Cây Khô, xã Khánh Bình Tây, nuôi tôm quảng canh cải tiến trên 12 ha, mỗi năm lãi khoảng 700 triệu đồng, giúp 11 hộ đồng bào Khmer có việc làm. Các ông Lý Văn Sóc, Thạch Hoàng Em và bà Thạch Thị Sa Ly, hội viên CCB xã Trí Phải, được chọn báo cáo điển hình tại hội nghị.
Thượng tá Nguyễn Hữu Phước, Phó Chủ tịch Thường trực Hội CCB tỉnh, cho biết thực hiện Kết luận 66-KL/TU của Tỉnh ủy và Quyết định số 1420/QĐ-CCB ngày 05/9/2016 của Trung ương Hội CCB Việt Nam, Hội tiếp tục phong trào "CCB gương mẫu", phấn đấu đến năm 2020 không còn hộ CCB nghèo.
Dịp này, Hội CCB tỉnh tặng Giấy khen cho 45 CCB tiêu biểu; UBND tỉnh tặng Bằng khen cho 8 tập thể.
Minh Luân
Số lượt xem: 934
Tin liên quan
- Hội CCB huyện Trần Văn Thời xây 3 căn nhà đồng đội
- Cà Mau: 2.000 CCB tham gia bảo vệ rừng phòng hộ
""", "2016-10-28", "Biểu dương 126 CCB sản xuất, kinh doanh giỏi",
    E("hoi_nghi", None, "2016-10-26"),
    [P("Lâm Văn Tới", "Phó Chủ tịch UBND tỉnh"),
     P("Trần Thanh Sang", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
     P("Danh Nô", "hội viên CCB ấp Cây Khô"),
     P("Lý Văn Sóc", "hội viên CCB xã Trí Phải"),
     P("Thạch Hoàng Em", "hội viên CCB xã Trí Phải"),
     P("Thạch Thị Sa Ly", "hội viên CCB xã Trí Phải"),
     P("Nguyễn Hữu Phước", "Thượng tá", "Phó Chủ tịch Thường trực Hội CCB tỉnh")],
    [Q("126 CCB", 126, "CCB"),
     Q("từ 300 triệu đồng/năm", 300000000, "đồng"),
     Q("19 hội viên", 19, "hội viên"),
     Q("hơn 1 tỷ đồng/năm", 1000000000, "đồng", "over"),
     Q("2.314 hộ CCB", 2314, "hộ CCB"),
     Q("4.600 lao động", 4600, "lao động"),
     Q("815 hội viên", 815, "hội viên"),
     Q("6,15 tỷ đồng", 6150000000, "đồng"),
     Q("12 ha", 12, "ha"),
     Q("khoảng 700 triệu đồng", 700000000, "đồng", "approx"),
     Q("11 hộ đồng bào Khmer", 11, "hộ đồng bào Khmer"),
     Q("45 CCB tiêu biểu", 45, "CCB tiêu biểu"),
     Q("8 tập thể", 8, "tập thể")],
    [D("Kết luận", "66", "KL/TU", None, "Tỉnh ủy", "Kết luận 66-KL/TU"),
     D("Quyết định", "1420", "QĐ-CCB", "2016-09-05", "Trung ương Hội CCB Việt Nam", "Quyết định số 1420/QĐ-CCB")],
    [prov("Cà Mau"), com("Khánh Bình Tây"), com("Trí Phải")],
    ["HỘI CỰU CHIẾN BINH TỈNH CÀ MAU", "Trang thông tin Hội Cựu chiến binh tỉnh Cà Mau", "Trang chủ :: Tin tức :: Phong trào thi đua",
     "Đại tá Trần Thanh Sang trao Giấy khen cho các CCB tiêu biểu. Ảnh: Quốc Việt", "CCB gương mẫu", "ấp Cây Khô", "Số lượt xem: 934"],
    ["giai đoạn 2011 - 2016", "5 năm qua", "năm 2020", "09:05", "Số lượt xem: 934"]))
