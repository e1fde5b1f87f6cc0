from lib import *

PAGES = []

# ---------------------------------------------------------------- b138
PAGES.append(page("b138-haiduong-ccb-soket-2016h1", """
HỘI CỰU CHIẾN BINH TỈNH HẢI DƯƠNG
Trang chủ > Tin tức - Sự kiện > Hoạt động các cấp Hội
16/07/2016 - 09:15
Hội CCB tỉnh triển khai nhiệm vụ 6 tháng cuối năm
Ngày 15/7, Hội Cựu chiến binh tỉnh Hải Dương tổ chức hội nghị sơ kết công tác Hội và phong trào CCB 6 tháng đầu năm 2016, triển khai nhiệm vụ 6 tháng cuối năm.
Quang cảnh hội nghị sơ kết.
Dự hội nghị có Đại tá Vũ Quang Thiều, Chủ tịch Hội CCB tỉnh; đồng chí Lê Thị Hảo, Phó Trưởng Ban Dân vận Tỉnh ủy; Thượng tá Bùi Văn Khuê, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh.
Theo báo cáo của Ủy viên Ban Thường vụ, Trưởng ban Tổ chức - Kiểm tra Hội CCB tỉnh Đỗ Đức Thắng, 6 tháng qua các cấp Hội kết nạp 612 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 41.287 người. Thực hiện Kế hoạch 87, 88/KH-CCB của Ban Thường vụ Hội CCB tỉnh về cuộc vận động "CCB gương mẫu" và phong trào "CCB giúp nhau giảm nghèo, làm kinh tế giỏi", các cấp Hội đã giúp 84 hộ hội viên thoát nghèo, hỗ trợ xây, sửa 21 nhà "Nghĩa tình đồng đội" với tổng số tiền 1 tỷ 260 triệu đồng. Quỹ hội toàn tỉnh đạt hơn 37 tỷ đồng; 216 doanh nghiệp, trang trại của CCB tạo việc làm cho khoảng 5.400 lao động.
Các cấp Hội tham gia hòa giải thành công 93 vụ việc tại khu dân cư, tham gia giữ gìn an ninh trật tự, phối hợp với Công an xã Nam Đồng và xã Hồng Lạc xây dựng mô hình "Khu dân cư 3 không".
Đại tá Vũ Quang Thiều phát biểu chỉ đạo hội nghị. Ảnh: Hữu Tâm
Nhiệm vụ 6 tháng cuối năm, Hội CCB tỉnh tập trung thực hiện Nghị quyết số 02/NQ-CCB của Ban Chấp hành Hội CCB tỉnh về nâng cao chất lượng hội viên; tổ chức tổng kết 5 năm phong trào "CCB giúp nhau giảm nghèo, làm kinh tế giỏi".
Dịp này, các ông Phạm Văn Chởi, Nguyễn Đình Sáng, Trịnh Xuân Bảy - Chủ tịch Hội CCB xã được Hội CCB tỉnh tặng Giấy khen vì thành tích xuất sắc 6 tháng đầu năm.
Văn Hưng
Lượt xem: 692
Tin liên quan
- Hội CCB huyện Thanh Hà giúp hội viên phát triển vải thiều (05/07/2016)
- Hải Dương: 35 hộ CCB được hỗ trợ làm nhà (20/06/2016)
""", "2016-07-16", "Hội CCB tỉnh triển khai nhiệm vụ 6 tháng cuối năm",
E("so_ket", "2016-H1", "2016-07-15"),
[P("Vũ Quang Thiều", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Lê Thị Hảo", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bùi Văn Khuê", "Thượng tá", "Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
 P("Đỗ Đức Thắng", "Ủy viên Ban Thường vụ", "Trưởng ban Tổ chức - Kiểm tra Hội CCB tỉnh"),
 P("Phạm Văn Chởi", "Chủ tịch Hội CCB xã"),
 P("Nguyễn Đình Sáng", "Chủ tịch Hội CCB xã"),
 P("Trịnh Xuân Bảy", "Chủ tịch Hội CCB xã")],
[Q("612 hội viên mới", 612, "hội viên mới"),
 Q("41.287 người", 41287, "người"),
 Q("84 hộ hội viên", 84, "hộ hội viên"),
 Q("21 nhà", 21, "nhà \"Nghĩa tình đồng đội\""),
 Q("1 tỷ 260 triệu đồng", 1260000000, "đồng"),
 Q("hơn 37 tỷ đồng", 37000000000, "đồng", "over"),
 Q("216 doanh nghiệp, trang trại", 216, "doanh nghiệp, trang trại"),
 Q("khoảng 5.400 lao động", 5400, "lao động", "approx"),
 Q("93 vụ việc", 93, "vụ việc")],
[D("Kế hoạch", "87", "KH-CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Kế hoạch 87, 88/KH-CCB"),
 D("Kế hoạch", "88", "KH-CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Kế hoạch 87, 88/KH-CCB"),
 D("Nghị quyết", "02", "NQ-CCB", None, "Ban Chấp hành Hội CCB tỉnh", "Nghị quyết số 02/NQ-CCB")],
[prov("Hải Dương"), com("xã Nam Đồng"), com("xã Hồng Lạc")],
["HỘI CỰU CHIẾN BINH TỈNH HẢI DƯƠNG", "Trang chủ > Tin tức - Sự kiện > Hoạt động các cấp Hội", "Quang cảnh hội nghị sơ kết.",
 "Đại tá Vũ Quang Thiều phát biểu chỉ đạo hội nghị. Ảnh: Hữu Tâm", "CCB gương mẫu",
 "CCB giúp nhau giảm nghèo, làm kinh tế giỏi", "Nghĩa tình đồng đội", "Khu dân cư 3 không"],
["6 tháng cuối năm", "6 tháng đầu năm 2016", "6 tháng đầu năm", "6 tháng qua", "5 năm", "3 không", "Lượt xem: 692"]))

# ---------------------------------------------------------------- b139
PAGES.append(page("b139-binhphuoc-mttq-doithoai-2017", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH PHƯỚC
Thứ Bảy, 19/08/2017
Trang chủ / Tin tức / Dân chủ - Pháp luật
Ngày đăng: 19/08/2017 - 14:10
Lắng nghe người dân nói về đất đai, đền bù
Ngày 18/8, tại xã Đak Ơ, Ủy ban MTTQ Việt Nam tỉnh Bình Phước phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa người đứng đầu chính quyền với nhân dân năm 2017, kết nối trực tuyến đến 11 điểm cầu cấp huyện.
Các đại biểu dự hội nghị đối thoại tại điểm cầu xã Đak Ơ.
Chủ trì hội nghị có đồng chí Trần Quốc Hưng, Phó Chủ tịch UBND tỉnh và đồng chí Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đinh Thị Mai Loan. Tham dự có đồng chí Ủy viên Ban Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh Lâm Văn Thuận cùng gần 300 người dân, trong đó có 74 người đồng bào S'tiêng, M'nông.
Tại hội nghị, 26 ý kiến của người dân tập trung vào việc đền bù đất làm đường ĐT 741 theo Nghị định số 52/2016/NĐ-CP của Chính phủ và quyết định số 1475/QĐ-UBND ngày 12/6/2017 của UBND tỉnh. Ông Điểu Bré, Người có uy tín sóc Bù Đăng Krông, phản ánh 19 hộ chưa nhận đủ tiền bồi thường, mỗi hộ còn thiếu từ 12 đến 40 triệu đồng. Bà Thị Lanh ở xã Phú Văn đề nghị tỉnh hỗ trợ giống điều cho 35 hộ nghèo đồng bào dân tộc thiểu số.
Đồng chí Trần Quốc Hưng trả lời ý kiến của người dân. Ảnh: Phương Linh
Trả lời người dân, đồng chí Trần Quốc Hưng cho biết tỉnh đã chi trả 86,4 tỷ đồng cho 1.270 hộ có đất bị thu hồi; số tiền còn lại sẽ được chi trả trong tháng 9. Tỉnh sẽ trích 2,5 tỷ đồng từ ngân sách hỗ trợ giống cây trồng cho hộ nghèo các xã biên giới.
Kết thúc hội nghị, đồng chí Đinh Thị Mai Loan đề nghị Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng ở 111/111 xã, phường, thị trấn tiếp tục giám sát việc thực hiện các cam kết tại hội nghị.
Thái Bảo
Lượt đọc: 1.034
Tin khác
- Bình Phước: Hiệp thương lần thứ ba bầu cử bổ sung (01/08/2017)
- Trao 50 căn nhà Đại đoàn kết cho hộ nghèo (22/07/2017)
""", "2017-08-19", "Lắng nghe người dân nói về đất đai, đền bù",
E("doi_thoai", "2017", "2017-08-18"),
[P("Trần Quốc Hưng", "Phó Chủ tịch UBND tỉnh"),
 P("Đinh Thị Mai Loan", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Văn Thuận", "Ủy viên Ban Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Bré", "Người có uy tín sóc Bù Đăng Krông"),
 P("Thị Lanh")],
[Q("11 điểm cầu", 11, "điểm cầu"),
 Q("gần 300 người dân", 300, "người dân", "approx"),
 Q("74 người đồng bào S'tiêng, M'nông", 74, "người đồng bào S'tiêng, M'nông"),
 Q("26 ý kiến", 26, "ý kiến"),
 Q("19 hộ", 19, "hộ"),
 Q("12 đến 40 triệu đồng", 12000000, "đồng"),
 Q("40 triệu đồng", 40000000, "đồng"),
 Q("35 hộ nghèo", 35, "hộ nghèo"),
 Q("86,4 tỷ đồng", 86400000000, "đồng"),
 Q("1.270 hộ", 1270, "hộ"),
 Q("2,5 tỷ đồng", 2500000000, "đồng"),
 Q("111/111 xã, phường, thị trấn", 111, "xã, phường, thị trấn")],
[D("Nghị định", "52", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 52/2016/NĐ-CP"),
 D("Quyết định", "1475", "QĐ-UBND", "2017-06-12", "UBND tỉnh", "quyết định số 1475/QĐ-UBND")],
[prov("Bình Phước"), com("xã Đak Ơ"), com("xã Phú Văn")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH PHƯỚC", "Trang chủ / Tin tức / Dân chủ - Pháp luật",
 "Các đại biểu dự hội nghị đối thoại tại điểm cầu xã Đak Ơ.",
 "Đồng chí Trần Quốc Hưng trả lời ý kiến của người dân. Ảnh: Phương Linh",
 "sóc Bù Đăng Krông", "Ban Thanh tra nhân dân", "ĐT 741"],
["Thứ Bảy, 19/08/2017", "ĐT 741", "tháng 9", "Lượt đọc: 1.034"]))

# ---------------------------------------------------------------- b140
PAGES.append(page("b140-kiengiang-bdv-hoinghi-2018", """
BAN DÂN VẬN TỈNH ỦY KIÊN GIANG
Hôm nay: Thứ Hai, 01/10/2018
You are here: Trang chủ > Dân vận khéo > Điển hình
Thứ Năm, 27/09/2018 | 15:40
Biểu dương 64 điển hình "Dân vận khéo"
Chiều 26/9, tại thành phố Rạch Giá, Ban Dân vận Tỉnh ủy Kiên Giang tổ chức hội nghị biểu dương điển hình "Dân vận khéo" giai đoạn 2016 - 2018, tuyên dương 64 tập thể, cá nhân tiêu biểu.
Các điển hình "Dân vận khéo" nhận Bằng khen tại hội nghị.
Dự hội nghị có đồng chí TUV, Trưởng Ban Dân vận Tỉnh ủy Danh Út Thẩm; đồng chí Nguyễn Thị Bích Thủy, Phó Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Hội LHPN tỉnh; đồng chí HUV, Bí thư Đảng ủy xã Bàn Thạch Lê Hoàng Khải.
Thực hiện Kết luận số 119-KL/TW ngày 20/4/2016 của Ban Bí thư và Quyết định 23-QĐ/TU của Tỉnh ủy về công tác dân vận của chính quyền, 3 năm qua toàn tỉnh xây dựng 1.176 mô hình "Dân vận khéo", trong đó 312 mô hình trên lĩnh vực kinh tế. Nhân dân hiến 48.300 m2 đất, góp hơn 126 tỷ đồng làm 1.048 km đường và 311 cây cầu nông thôn.
Nhiều điển hình được giới thiệu tại hội nghị: ông Danh Sóc, Trưởng ấp Xẻo Nhàu, vận động 46 hộ Khmer chuyển sang nuôi tôm - lúa, thu nhập bình quân 150tr/ha/năm; bà Thị Sa Ry, Chi hội trưởng Chi hội phụ nữ ấp Kênh 8, lập tổ tiết kiệm góp mỗi tháng 200.000đ/người cho 27 chị vay không lãi. Thượng tọa Danh Chiêm, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, vận động sư sãi và phật tử góp 4.200.000đ/tháng nuôi 9 học sinh nghèo.
Đồng chí Danh Út Thẩm phát biểu tại hội nghị. Ảnh: Kim Ngân
Đồng chí Danh Út Thẩm đề nghị các cấp ủy thực hiện tốt Chỉ thị 49, 50-CT/TU của Ban Thường vụ Tỉnh ủy, nhân rộng mô hình "Dân vận khéo" gắn với phong trào thi đua "4 đẩy mạnh".
Hội nghị trao Bằng khen của UBND tỉnh cho 21 tập thể và 43 cá nhân.
Ngọc Hân
Lượt xem: 1.398
Tin liên quan
- Giồng Riềng: 15 mô hình dân vận khéo được nhân rộng (12/09/2018)
- Hội thi dân vận khéo ngành Giáo dục (30/08/2018)
""", "2018-09-27", "Biểu dương 64 điển hình \"Dân vận khéo\"",
E("hoi_nghi", None, "2018-09-26"),
[P("Danh Út Thẩm", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Bích Thủy", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Hội LHPN tỉnh"),
 P("Lê Hoàng Khải", "HUV", "Bí thư Đảng ủy xã Bàn Thạch"),
 P("Danh Sóc", "Trưởng ấp Xẻo Nhàu"),
 P("Thị Sa Ry", "Chi hội trưởng Chi hội phụ nữ ấp Kênh 8"),
 P("Danh Chiêm", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")],
[Q("64 tập thể, cá nhân", 64, "tập thể, cá nhân"),
 Q("1.176 mô hình", 1176, "mô hình"),
 Q("312 mô hình", 312, "mô hình"),
 Q("48.300 m2", 48300, "m2"),
 Q("hơn 126 tỷ đồng", 126000000000, "đồng", "over"),
 Q("1.048 km", 1048, "km"),
 Q("311 cây cầu", 311, "cây cầu"),
 Q("46 hộ Khmer", 46, "hộ Khmer"),
 Q("150tr/ha/năm", 150000000, "đồng"),
 Q("200.000đ/người", 200000, "đồng"),
 Q("27 chị", 27, "chị"),
 Q("4.200.000đ/tháng", 4200000, "đồng"),
 Q("9 học sinh nghèo", 9, "học sinh nghèo"),
 Q("21 tập thể", 21, "tập thể"),
 Q("43 cá nhân", 43, "cá nhân")],
[D("Kết luận", "119", "KL/TW", "2016-04-20", "Ban Bí thư", "Kết luận số 119-KL/TW"),
 D("Quyết định", "23", "QĐ/TU", None, "Tỉnh ủy", "Quyết định 23-QĐ/TU"),
 D("Chỉ thị", "49", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 49, 50-CT/TU"),
 D("Chỉ thị", "50", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 49, 50-CT/TU")],
[prov("Kiên Giang"), com("xã Bàn Thạch")],
["BAN DÂN VẬN TỈNH ỦY KIÊN GIANG", "You are here: Trang chủ > Dân vận khéo > Điển hình",
 "Các điển hình \"Dân vận khéo\" nhận Bằng khen tại hội nghị.", "Đồng chí Danh Út Thẩm phát biểu tại hội nghị. Ảnh: Kim Ngân",
 "Dân vận khéo", "ấp Xẻo Nhàu", "ấp Kênh 8", "Rạch Giá"],
["Hôm nay: Thứ Hai, 01/10/2018", "giai đoạn 2016 - 2018", "3 năm qua", "4 đẩy mạnh", "Kênh 8", "Lượt xem: 1.398"]))

# ---------------------------------------------------------------- b141
PAGES.append(page("b141-yenbai-hnd-doithoai-2019", """
HỘI NÔNG DÂN TỈNH YÊN BÁI
Trang chủ | Tin tức | Hoạt động Hội
08:15 | 27/06/2019
Nông dân vùng cao đối thoại với Chủ tịch UBND tỉnh
Sáng 26/6, Hội Nông dân tỉnh Yên Bái phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2019, chủ đề "Phát triển vùng nguyên liệu quế, sơn tra gắn với giảm nghèo bền vững".
Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân.
Tham dự có đồng chí Đỗ Trung Kiên, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Ủy viên Ban Chấp hành Trung ương Hội Nông dân Việt Nam, Chủ tịch Hội Nông dân tỉnh Hoàng Thị Vân Anh cùng hơn 220 hội viên nông dân tiêu biểu đến từ 9 huyện, thị xã, thành phố.
Hội nghị được tổ chức theo Quyết định số 88/2014/QĐ-TTg của Thủ tướng Chính phủ về đối thoại giữa Chủ tịch UBND các cấp với nông dân. Trong hơn 3 giờ, có 14 ý kiến phát biểu trực tiếp và 37 ý kiến gửi bằng văn bản. Ông Mùa A Sử, nông dân xã Hồ Bốn, đề nghị nâng mức hỗ trợ trồng sơn tra lên 8 triệu đồng/ha. Bà Triệu Thị Chòi, Chi hội trưởng Chi hội nông dân thôn Khe Mạ, xã Nà Hẩu, hỏi về thời hạn vay vốn. Ông Hoàng Văn Sòi, Giám đốc Hợp tác xã quế hữu cơ Đại Sơn, kiến nghị cấp chứng nhận cho 1.350 ha quế.
Trả lời nông dân, đồng chí Đỗ Trung Kiên cho biết, theo nghị quyết số 09/2018/NQ-HĐND của HĐND tỉnh, năm 2019 tỉnh dành 42 tỷ đồng hỗ trợ phát triển vùng nguyên liệu; nông dân trồng quế được hỗ trợ 5 triệu đồng/ha. Tỉnh sẽ chỉ đạo các sở, ngành hoàn thành cấp chứng nhận quế hữu cơ trong quý III.
Đồng chí Đỗ Trung Kiên trả lời ý kiến của nông dân. Ảnh: Thanh Miền
Toàn tỉnh hiện có 11.260 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; Quỹ Hỗ trợ nông dân các cấp đạt 23,7 tỷ đồng. Nông dân Yên Bái đang thực hiện phong trào "1 phải, 5 giảm" trong sản xuất lúa.
Minh Huyền
Số lượt xem: 2.457
Bài viết liên quan
- Trạm Tấu: Nông dân thu 1,2 tỷ đồng từ sơn tra (15/06/2019)
- Hội Nông dân tỉnh tập huấn kỹ thuật trồng quế (02/05/2019)
""", "2019-06-27", "Nông dân vùng cao đối thoại với Chủ tịch UBND tỉnh",
E("doi_thoai", "2019", "2019-06-26"),
[P("Đỗ Trung Kiên", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Hoàng Thị Vân Anh", "Ủy viên Ban Chấp hành Trung ương Hội Nông dân Việt Nam", "Chủ tịch Hội Nông dân tỉnh"),
 P("Mùa A Sử", "nông dân xã Hồ Bốn"),
 P("Triệu Thị Chòi", "Chi hội trưởng Chi hội nông dân thôn Khe Mạ"),
 P("Hoàng Văn Sòi", "Giám đốc Hợp tác xã quế hữu cơ Đại Sơn")],
[Q("hơn 220 hội viên nông dân tiêu biểu", 220, "hội viên nông dân tiêu biểu", "over"),
 Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("14 ý kiến", 14, "ý kiến"),
 Q("37 ý kiến", 37, "ý kiến"),
 Q("8 triệu đồng/ha", 8000000, "đồng"),
 Q("1.350 ha", 1350, "ha"),
 Q("42 tỷ đồng", 42000000000, "đồng"),
 Q("5 triệu đồng/ha", 5000000, "đồng"),
 Q("11.260 hộ", 11260, "hộ"),
 Q("23,7 tỷ đồng", 23700000000, "đồng")],
[D("Quyết định", "88", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 88/2014/QĐ-TTg"),
 D("Nghị quyết", "09", "2018/NQ-HĐND", None, "HĐND tỉnh", "nghị quyết số 09/2018/NQ-HĐND")],
[prov("Yên Bái"), com("xã Hồ Bốn"), com("xã Nà Hẩu")],
["HỘI NÔNG DÂN TỈNH YÊN BÁI", "Trang chủ | Tin tức | Hoạt động Hội", "Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân.",
 "Đồng chí Đỗ Trung Kiên trả lời ý kiến của nông dân. Ảnh: Thanh Miền",
 "Phát triển vùng nguyên liệu quế, sơn tra gắn với giảm nghèo bền vững", "thôn Khe Mạ", "Hợp tác xã quế hữu cơ Đại Sơn",
 "Quỹ Hỗ trợ nông dân"],
["hơn 3 giờ", "quý III", "1 phải, 5 giảm", "Số lượt xem: 2.457"]))

# ---------------------------------------------------------------- b142
PAGES.append(page("b142-phuyen-ccb-traoqua-2020", """
HỘI CỰU CHIẾN BINH TỈNH PHÚ YÊN
Trang chủ » Hoạt động Hội » An sinh xã hội
Cập nhật lúc: 16/04/2020 10:05
Hội CCB tỉnh trao 120 suất quà cho hội viên khó khăn do dịch Covid-19
Ngày 15/4, Hội Cựu chiến binh tỉnh Phú Yên trao 120 suất quà cho hội viên có hoàn cảnh khó khăn, bị ảnh hưởng bởi dịch Covid-19 tại xã Phú Mỡ và xã Xuân Lãnh.
Đại tá Lê Văn Phương trao quà cho hội viên xã Phú Mỡ.
Đoàn do Đại tá Lê Văn Phương, Phó Chủ tịch Thường trực Hội CCB tỉnh làm trưởng đoàn; cùng đi có ông Nguyễn Tấn Hòa, Ủy viên Ban Thường vụ, Chánh Văn phòng Hội CCB tỉnh và ông Ksơr Y Bi, Chủ tịch Hội CCB xã Phú Mỡ.
Mỗi suất quà gồm 25 kg gạo, 5 lít dầu ăn, khẩu trang và 500 nghìn đồng tiền mặt, tổng trị giá hơn 110 triệu đồng, do Hội vận động từ hội viên là doanh nhân CCB. Việc trao quà được tổ chức theo từng nhóm nhỏ, bảo đảm khoảng cách theo Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ.
Theo Đại tá Lê Văn Phương, từ đầu mùa dịch, các cấp Hội trong tỉnh đã vận động được 1 tỷ 85 triệu đồng, 36 tấn gạo, hỗ trợ 2.140 lượt hội viên và người dân khó khăn; 412 hội viên tham gia tổ Covid cộng đồng ở thôn, khu phố.
Ông La Ô Tươi, 74 tuổi, hội viên Hội CCB xã Xuân Lãnh, người đồng bào Ê Đê, cảm động: "Dịch bệnh không đi làm được, có gạo của đồng đội là quý lắm".
Cũng trong dịp này, Hội CCB tỉnh trao 2 sổ tiết kiệm, mỗi sổ 5 triệu đồng cho 2 hội viên già yếu cô đơn là ông Ka Sô Liễng và bà Rơ Ô Thị Mí.
Trao quà tại xã Xuân Lãnh. Ảnh: Duy Thanh
Các cấp Hội CCB trong tỉnh tiếp tục thực hiện phong trào "CCB giúp nhau giảm nghèo, làm kinh tế giỏi" và cuộc vận động "Cựu chiến binh gương mẫu", cùng toàn dân phòng, chống dịch theo tinh thần "5K".
Hồng Nhung
Lượt xem: 775
Tin liên quan
- Hội CCB huyện Tây Hòa trao 50 suất quà (10/04/2020)
- Phú Yên: CCB góp 200 triệu đồng chống dịch (02/04/2020)
""", "2020-04-16", "Hội CCB tỉnh trao 120 suất quà cho hội viên khó khăn do dịch Covid-19",
E("trao_qua", None, "2020-04-15"),
[P("Lê Văn Phương", "Đại tá", "Phó Chủ tịch Thường trực Hội CCB tỉnh"),
 P("Nguyễn Tấn Hòa", "Ủy viên Ban Thường vụ", "Chánh Văn phòng Hội CCB tỉnh"),
 P("Ksơr Y Bi", "Chủ tịch Hội CCB xã Phú Mỡ"),
 P("La Ô Tươi", "hội viên Hội CCB xã Xuân Lãnh"),
 P("Ka Sô Liễng"),
 P("Rơ Ô Thị Mí")],
[Q("120 suất quà", 120, "suất quà"),
 Q("25 kg gạo", 25, "kg gạo"),
 Q("5 lít dầu ăn", 5, "lít dầu ăn"),
 Q("500 nghìn đồng", 500000, "đồng"),
 Q("hơn 110 triệu đồng", 110000000, "đồng", "over"),
 Q("1 tỷ 85 triệu đồng", 1085000000, "đồng"),
 Q("36 tấn gạo", 36, "tấn gạo"),
 Q("2.140 lượt hội viên và người dân khó khăn", 2140, "lượt hội viên và người dân khó khăn"),
 Q("412 hội viên", 412, "hội viên"),
 Q("2 sổ tiết kiệm", 2, "sổ tiết kiệm"),
 Q("5 triệu đồng", 5000000, "đồng"),
 Q("2 hội viên già yếu cô đơn", 2, "hội viên già yếu cô đơn")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg")],
[prov("Phú Yên"), com("xã Phú Mỡ"), com("xã Xuân Lãnh")],
["HỘI CỰU CHIẾN BINH TỈNH PHÚ YÊN", "Trang chủ » Hoạt động Hội » An sinh xã hội",
 "Đại tá Lê Văn Phương trao quà cho hội viên xã Phú Mỡ.", "Trao quà tại xã Xuân Lãnh. Ảnh: Duy Thanh",
 "CCB giúp nhau giảm nghèo, làm kinh tế giỏi", "Cựu chiến binh gương mẫu", "tổ Covid cộng đồng"],
["Covid-19", "74 tuổi", "5K", "Lượt xem: 775"]))
