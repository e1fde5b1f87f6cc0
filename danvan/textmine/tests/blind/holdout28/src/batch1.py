from lib import *
PAGES = []

# ---------------------------------------------------------------- b629 Bắc Kạn, Ban Dân vận, sơ kết 6 tháng đầu năm 2011
PAGES.append(page("b629-backan-bdv-soket-2011", """
BAN DÂN VẬN TỈNH ỦY BẮC KẠN
Trang thông tin điện tử - Cơ quan của Ban Dân vận Tỉnh ủy
Trang chủ » Tin tức » Hoạt động dân vận
Thứ Năm, 14/07/2011 - 09:10
Bắc Kạn: Sơ kết công tác dân vận 6 tháng đầu năm 2011
Ngày 12/7, Ban Dân vận Tỉnh ủy Bắc Kạn tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai phương hướng, nhiệm vụ 6 tháng cuối năm 2011. Đồng chí Hoàng Văn Slẩy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có đồng chí Triệu Đức Lân, Phó Bí thư Thường trực Tỉnh ủy; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nông Thị Hằng, Lý Văn Thào cùng 74 đại biểu đại diện Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh, ban dân vận các huyện ủy, thị ủy và đảng ủy trực thuộc.
Đồng chí Triệu Đức Lân phát biểu chỉ đạo hội nghị. Ảnh: Thu Hà
Báo cáo tại hội nghị cho biết, 6 tháng đầu năm, hệ thống dân vận trong tỉnh tập trung tuyên truyền, vận động Nhân dân tham gia cuộc bầu cử đại biểu Quốc hội khóa XIII và đại biểu HĐND các cấp nhiệm kỳ 2011 - 2016; tỷ lệ cử tri đi bầu toàn tỉnh đạt 99,6%. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành kế hoạch số 17-KH/TU về tiếp tục thực hiện Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị; đồng thời ban hành Hướng dẫn 03, 04-HD/BDVTU của Ban Dân vận Tỉnh ủy về xây dựng mô hình điểm "Dân vận khéo" và về công tác dân vận ở vùng đồng bào Dao, Mông.
Phong trào thi đua "Dân vận khéo" tiếp tục lan tỏa, toàn tỉnh đã đăng ký 126 mô hình, trong đó 41 mô hình thuộc lĩnh vực phát triển kinh tế. Nhân dân hiến hơn 9.800 m2 đất, đóng góp trên 3,2 tỷ đồng và 27.400 ngày công để làm mới 58 km đường bê tông nông thôn. Khối dân vận chính quyền đã tiếp 312 lượt công dân, phối hợp giải quyết dứt điểm 29 vụ khiếu nại ở các xã Quảng Bạch, Nam Cường và Bằng Vân. Các đoàn thể vận động hội viên giúp đỡ nhau về giống, vốn, kỹ thuật; nhiều hộ đồng bào Dao ở vùng cao đã chuyển sang trồng rừng kinh tế, chăn nuôi trâu, bò theo hướng hàng hóa.
Tham luận tại hội nghị, đồng chí Ma Đình Quý, HUV, Trưởng Ban Dân vận Huyện ủy Chợ Đồn nêu kinh nghiệm vận động đồng bào dồn điền, đổi thửa. Bà Hà Thị Liễu, Phó Chủ tịch Hội LHPN tỉnh thông tin kết quả cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" với 1.540 hộ gia đình đạt tiêu chí. Ông Đồng Văn Tặng, Chủ tịch Hội Nông dân tỉnh cho biết Hội đã tín chấp cho 2.315 hộ hội viên vay 46,5 tỷ đồng từ Ngân hàng Chính sách xã hội. Bí thư Đảng ủy xã Bằng Vân Hoàng Thị Kiều chia sẻ cách đưa "Dân vận khéo" vào từng thôn, bản; ông Lục Văn Cương, Trưởng Ban Dân vận Đảng ủy Khối các cơ quan tỉnh đề nghị sớm có hướng dẫn đánh giá phong trào trong khối cơ quan hành chính.
Phát biểu chỉ đạo, đồng chí Triệu Đức Lân ghi nhận những kết quả mà hệ thống dân vận đã đạt được, nhất là trong công tác bầu cử. Đồng chí đề nghị thời gian tới, khối dân vận tập trung vận động Nhân dân thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" gắn với chương trình xây dựng nông thôn mới; nắm chắc tình hình tư tưởng của đồng bào vùng cao, không để kẻ xấu lợi dụng tuyên truyền đạo trái phép.
Kết luận hội nghị, đồng chí Hoàng Văn Slẩy yêu cầu ban dân vận các huyện ủy, thị ủy rà soát lại các mô hình đã đăng ký, chọn mô hình tiêu biểu để nhân rộng. Trong tháng 9, Ban Dân vận Tỉnh ủy sẽ thành lập 3 đoàn kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 16 xã khó khăn.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 9 tập thể và 14 cá nhân có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" 6 tháng đầu năm.
Thu Hà
Lượt xem: 864
Tin liên quan
- Chợ Đồn: Ra mắt mô hình "Dân vận khéo" ở thôn Bản Khết (05/07/2011)
- Hội nghị giao ban khối dân vận quý II (24/06/2011)
- Ba Bể: Vận động Nhân dân hiến đất làm đường (10/06/2011)
- Tập huấn nghiệp vụ cho cán bộ dân vận cơ sở (27/05/2011)
""",
    "2011-07-14", "Bắc Kạn: Sơ kết công tác dân vận 6 tháng đầu năm 2011",
    E("so_ket", "2011-H1", "2011-07-12"),
    [P("Hoàng Văn Slẩy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Triệu Đức Lân", "Phó Bí thư Thường trực Tỉnh ủy"),
     P("Nông Thị Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lý Văn Thào", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Ma Đình Quý", "HUV", "Trưởng Ban Dân vận Huyện ủy Chợ Đồn"),
     P("Hà Thị Liễu", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Đồng Văn Tặng", "Chủ tịch Hội Nông dân tỉnh"),
     P("Hoàng Thị Kiều", "Bí thư Đảng ủy xã Bằng Vân"),
     P("Lục Văn Cương", "Trưởng Ban Dân vận Đảng ủy Khối các cơ quan tỉnh")],
    [Q("74 đại biểu", 74, "đại biểu"),
     Q("99,6%", 99.6, "%"),
     Q("126 mô hình", 126, "mô hình"),
     Q("41 mô hình", 41, "mô hình"),
     Q("hơn 9.800 m2", 9800, "m2", "over"),
     Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"),
     Q("27.400 ngày công", 27400, "ngày công"),
     Q("58 km", 58, "km"),
     Q("312 lượt công dân", 312, "lượt công dân"),
     Q("29 vụ khiếu nại", 29, "vụ khiếu nại"),
     Q("1.540 hộ gia đình", 1540, "hộ gia đình"),
     Q("2.315 hộ hội viên", 2315, "hộ hội viên"),
     Q("46,5 tỷ đồng", 46500000000, "đồng"),
     Q("3 đoàn kiểm tra", 3, "đoàn kiểm tra"),
     Q("16 xã", 16, "xã"),
     Q("9 tập thể", 9, "tập thể"),
     Q("14 cá nhân", 14, "cá nhân")],
    [D("Kế hoạch", "17", "KH/TU", issuer="Ban Thường vụ Tỉnh ủy", surface="kế hoạch số 17-KH/TU"),
     D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", surface="Quyết định số 290-QĐ/TW ngày 25/02/2010"),
     D("Hướng dẫn", "03", "HD/BDVTU", issuer="Ban Dân vận Tỉnh ủy", surface="Hướng dẫn 03, 04-HD/BDVTU"),
     D("Hướng dẫn", "04", "HD/BDVTU", issuer="Ban Dân vận Tỉnh ủy", surface="Hướng dẫn 03, 04-HD/BDVTU")],
    [prov("Bắc Kạn"), com("Quảng Bạch"), com("Nam Cường"), com("Bằng Vân")],
    ["BAN DÂN VẬN TỈNH ỦY BẮC KẠN", "Trang thông tin điện tử - Cơ quan của Ban Dân vận Tỉnh ủy",
     "Trang chủ » Tin tức » Hoạt động dân vận", "Đồng chí Triệu Đức Lân phát biểu chỉ đạo hội nghị. Ảnh: Thu Hà",
     "Dân vận khéo", "Xây dựng gia đình 5 không, 3 sạch", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
     "Ngân hàng Chính sách xã hội", "Lượt xem: 864"],
    ["Thứ Năm, 14/07/2011 - 09:10", "6 tháng đầu năm", "6 tháng cuối năm 2011", "khóa XIII", "nhiệm kỳ 2011 - 2016",
     "5 không, 3 sạch", "tháng 9", "Lượt xem: 864"]))

# ---------------------------------------------------------------- b630 Thái Bình, Hội LHPN, tổng kết năm 2011
PAGES.append(page("b630-thaibinh-lhpn-tongket-2011", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH THÁI BÌNH
Thái Bình, Thứ Năm, 12/01/2012
Trang chủ | Hoạt động Hội | Tin tức - Sự kiện
Cập nhật: 08:30, 10/01/2012 (GMT+7)
Toàn cảnh hội nghị tổng kết.
Phụ nữ Thái Bình giúp nhau thoát nghèo, xây dựng gia đình no ấm
Ngày 6/1/2012, Hội LHPN tỉnh Thái Bình tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2011, triển khai nhiệm vụ năm 2012. Bà Vũ Thị Nguyệt, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị. Dự và chỉ đạo có bà Nguyễn Thị Hồng Loan, Ủy viên Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam; ông Đoàn Văn Khiết, Phó Chủ tịch UBND tỉnh cùng 135 đại biểu là chủ tịch hội phụ nữ các huyện, thành phố và cơ sở tiêu biểu.
Năm 2011, các cấp Hội trong tỉnh đã bám sát Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ XIV, triển khai Chỉ thị 15, 16-CT/HPN của Ban Thường vụ Hội LHPN tỉnh về phát triển hội viên và về củng cố chi hội yếu. Thực hiện Quyết định số 295/QĐ-TTg ngày 26/02/2010 của Thủ tướng Chính phủ phê duyệt đề án "Hỗ trợ phụ nữ học nghề, tạo việc làm giai đoạn 2010 - 2015", Hội đã phối hợp mở 42 lớp dạy nghề cho 1.260 lao động nữ nông thôn.
Bà Vũ Thị Nguyệt, Chủ tịch Hội LHPN tỉnh phát biểu tại hội nghị. Ảnh: Minh Hương
Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" được hội viên hưởng ứng, có 218.400 hộ đăng ký và 176.950 hộ đạt tiêu chí. Các cấp Hội kết nạp 6.820 hội viên mới, nâng tỷ lệ tập hợp hội viên lên 87,4%. Thông qua 1.340 tổ tiết kiệm và vay vốn, Hội quản lý dư nợ ủy thác 512 tỷ đồng của Ngân hàng Chính sách xã hội; hội viên tiết kiệm được trên 18,6 tỷ đồng để giúp nhau. Trong năm, Hội đã giúp 1.915 hộ phụ nữ nghèo thoát nghèo, riêng chương trình "Mái ấm tình thương" xây mới 37 căn nhà cho hội viên khó khăn, mỗi căn được hỗ trợ 25 triệu đồng.
Tại hội nghị có 9 ý kiến tham luận. Bà Lại Thị Thoa, Chủ tịch Hội LHPN huyện Kiến Xương chia sẻ cách vận động chị em giáo dân tham gia sinh hoạt Hội. Bà Maria Trần Thị Nhuần, Chi hội trưởng phụ nữ giáo họ Đông Trung (xã Vũ Tây) kể về mô hình "Tổ phụ nữ giáo dân giúp nhau làm kinh tế" với 28 thành viên, mỗi tháng góp 200.000 đồng quay vòng cho nhau vay. Bà Bùi Thị Hiên, Phó Chủ tịch Hội LHPN tỉnh thông tin về công tác phòng, chống bạo lực gia đình, cho biết toàn tỉnh đã thành lập 86 câu lạc bộ, thu hút 2.400 thành viên.
Bà Lương Thị Hoa, Trưởng Ban Gia đình - Xã hội Hội LHPN tỉnh cho biết, năm qua Hội đã phối hợp tổ chức 54 buổi truyền thông về dân số, sức khỏe sinh sản cho hơn 8.000 lượt phụ nữ; vận động 320 phụ nữ nghèo tham gia bảo hiểm y tế tự nguyện. Một số ý kiến đề nghị tỉnh có cơ chế hỗ trợ chi hội trưởng phụ nữ ở thôn, xóm, bởi mức phụ cấp hiện chỉ khoảng 150.000 đồng/tháng, chưa tương xứng với khối lượng công việc.
Phát biểu chỉ đạo, bà Nguyễn Thị Hồng Loan đánh giá cao những kết quả mà phụ nữ Thái Bình đạt được, đề nghị năm 2012 Hội tiếp tục đổi mới nội dung sinh hoạt, hướng mạnh về chi hội. Ông Đoàn Văn Khiết yêu cầu các cấp Hội phối hợp chặt chẽ với chính quyền trong thực hiện chương trình giảm nghèo và xây dựng nông thôn mới, phấn đấu giảm tỷ lệ hộ nghèo toàn tỉnh xuống dưới 6%.
Hội nghị đã khen thưởng 12 tập thể, 25 cá nhân có thành tích xuất sắc trong công tác Hội năm 2011. Trong số cá nhân được khen có các hội viên: bà Đỗ Thị Mến (xã Thụy Liên), bà Phạm Thị Gấm (xã Vũ Tây), bà Ngô Thị Thắm (xã Nam Hải), là những người đã giúp nhiều chị em vươn lên thoát nghèo. Dịp này, Ban Thường vụ Hội LHPN tỉnh cũng trao danh hiệu "Chi hội phụ nữ 5 tốt" cho 16 chi hội.
Minh Hương
Số lượt xem: 1.027
Các tin khác
- Hội LHPN huyện Vũ Thư tổng kết năm 2011 (04/01/2012)
- Trao 20 mái ấm tình thương cho hội viên nghèo (28/12/2011)
- Phụ nữ giáo dân Kiến Xương làm kinh tế giỏi (15/12/2011)
- Tọa đàm kỷ niệm 81 năm ngày thành lập Hội LHPN Việt Nam (20/10/2011)
""",
    "2012-01-10", "Phụ nữ Thái Bình giúp nhau thoát nghèo, xây dựng gia đình no ấm",
    E("tong_ket", "2011", "2012-01-06"),
    [P("Vũ Thị Nguyệt", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
     P("Nguyễn Thị Hồng Loan", "Ủy viên Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam"),
     P("Đoàn Văn Khiết", "Phó Chủ tịch UBND tỉnh"),
     P("Lại Thị Thoa", "Chủ tịch Hội LHPN huyện Kiến Xương"),
     P("Maria Trần Thị Nhuần", "Chi hội trưởng phụ nữ giáo họ Đông Trung"),
     P("Bùi Thị Hiên", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Lương Thị Hoa", "Trưởng Ban Gia đình - Xã hội Hội LHPN tỉnh"),
     P("Đỗ Thị Mến"), P("Phạm Thị Gấm"), P("Ngô Thị Thắm")],
    [Q("135 đại biểu", 135, "đại biểu"),
     Q("42 lớp dạy nghề", 42, "lớp dạy nghề"),
     Q("1.260 lao động nữ nông thôn", 1260, "lao động nữ nông thôn"),
     Q("218.400 hộ", 218400, "hộ"),
     Q("176.950 hộ", 176950, "hộ"),
     Q("6.820 hội viên mới", 6820, "hội viên mới"),
     Q("87,4%", 87.4, "%"),
     Q("1.340 tổ tiết kiệm và vay vốn", 1340, "tổ tiết kiệm và vay vốn"),
     Q("512 tỷ đồng", 512000000000, "đồng"),
     Q("trên 18,6 tỷ đồng", 18600000000, "đồng", "over"),
     Q("1.915 hộ phụ nữ nghèo", 1915, "hộ phụ nữ nghèo"),
     Q("37 căn nhà", 37, "căn nhà"),
     Q("25 triệu đồng", 25000000, "đồng"),
     Q("9 ý kiến tham luận", 9, "ý kiến tham luận"),
     Q("28 thành viên", 28, "thành viên"),
     Q("200.000 đồng", 200000, "đồng"),
     Q("86 câu lạc bộ", 86, "câu lạc bộ"),
     Q("2.400 thành viên", 2400, "thành viên"),
     Q("54 buổi truyền thông", 54, "buổi truyền thông"),
     Q("hơn 8.000 lượt phụ nữ", 8000, "lượt phụ nữ", "over"),
     Q("320 phụ nữ nghèo", 320, "phụ nữ nghèo"),
     Q("khoảng 150.000 đồng", 150000, "đồng", "approx"),
     Q("dưới 6%", 6, "%"),
     Q("12 tập thể", 12, "tập thể"),
     Q("25 cá nhân", 25, "cá nhân"),
     Q("16 chi hội", 16, "chi hội")],
    [D("Chỉ thị", "15", "CT/HPN", issuer="Ban Thường vụ Hội LHPN tỉnh", surface="Chỉ thị 15, 16-CT/HPN"),
     D("Chỉ thị", "16", "CT/HPN", issuer="Ban Thường vụ Hội LHPN tỉnh", surface="Chỉ thị 15, 16-CT/HPN"),
     D("Quyết định", "295", "QĐ-TTg", "2010-02-26", "Thủ tướng Chính phủ", surface="Quyết định số 295/QĐ-TTg ngày 26/02/2010")],
    [prov("Thái Bình"), com("Vũ Tây"), com("Thụy Liên"), com("Nam Hải")],
    ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH THÁI BÌNH", "Trang chủ | Hoạt động Hội | Tin tức - Sự kiện", "Toàn cảnh hội nghị tổng kết.",
     "Bà Vũ Thị Nguyệt, Chủ tịch Hội LHPN tỉnh phát biểu tại hội nghị. Ảnh: Minh Hương",
     "Hỗ trợ phụ nữ học nghề, tạo việc làm giai đoạn 2010 - 2015", "Xây dựng gia đình 5 không, 3 sạch", "Mái ấm tình thương",
     "Tổ phụ nữ giáo dân giúp nhau làm kinh tế", "Chi hội phụ nữ 5 tốt", "Đông Trung", "Ngân hàng Chính sách xã hội",
     "Số lượt xem: 1.027"],
    ["Thứ Năm, 12/01/2012", "Cập nhật: 08:30, 10/01/2012 (GMT+7)", "năm 2011", "năm 2012", "lần thứ XIV",
     "giai đoạn 2010 - 2015", "5 không, 3 sạch", "5 tốt", "mỗi tháng", "Số lượt xem: 1.027"]))

# ---------------------------------------------------------------- b631 Lào Cai, MTTQ, đối thoại 2013
PAGES.append(page("b631-laocai-mttq-doithoai-2013", """
ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI
Bạn đang ở: Trang chủ › Hoạt động Mặt trận › Tin cơ sở
14:25 | 22/05/2013
Đối thoại với Nhân dân về bồi thường, hỗ trợ tái định cư
Ngày 21/5, tại xã Bản Vược, huyện Bát Xát, Ban Thường trực Ủy ban MTTQ tỉnh Lào Cai phối hợp với UBND tỉnh tổ chức hội nghị đối thoại năm 2013 giữa người đứng đầu chính quyền với Nhân dân về công tác bồi thường, hỗ trợ, tái định cư dự án đường nối khu công nghiệp với cửa khẩu. Đồng chí Giàng Seo Vần, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và đồng chí Lồ Thị Chúng, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đồng chủ trì hội nghị.
Đồng chí Giàng Seo Vần trả lời ý kiến của Nhân dân. Ảnh: Phàn Sử
Tham dự hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Hoàng Thị Lả, Nguyễn Hữu Trọng; đồng chí Tráng A Páo, Giám đốc Sở Tài nguyên và Môi trường; đại diện các sở, ngành, lãnh đạo huyện Bát Xát và hơn 220 người dân thuộc 4 xã có đất bị thu hồi.
Theo báo cáo của UBND huyện Bát Xát, dự án thu hồi 86,7 ha đất của 312 hộ dân, trong đó 57 hộ phải di chuyển chỗ ở. Đến nay đã chi trả 64,3 tỷ đồng tiền bồi thường, hỗ trợ cho 268 hộ; còn 44 hộ chưa nhận tiền do chưa thống nhất đơn giá. Việc bồi thường được thực hiện theo Quyết định số 39/2012/QĐ-UBND ngày 12/9/2012 của UBND tỉnh và Nghị định 69/2009/NĐ-CP của Chính phủ về quy hoạch sử dụng đất, giá đất, thu hồi đất, bồi thường, hỗ trợ và tái định cư.
Tại hội nghị, 17 lượt ý kiến của người dân được nêu trực tiếp. Ông Phàn Văn Lở (thôn Cốc Phương, xã Bản Vược), dân tộc Dao, đề nghị nâng đơn giá bồi thường đất trồng lúa từ 45.000 đồng/m2 lên bằng mức của xã bên cạnh. Bà Lý Thị Sửu (xã Bản Qua) hỏi về việc cấp đất làm nhà ở khu tái định cư cho các hộ con đã lập gia đình riêng. Ông Ma Seo Chư, người dân tộc Mông ở xã Cốc Mỳ, phản ánh tuyến mương thủy lợi bị đứt đoạn khiến 12 ha ruộng của bà con không có nước cấy vụ mùa. Ông Vàng A Sình, Trưởng thôn Phìn Chải, thay mặt bà con đề nghị sớm làm đường vào khu tái định cư.
Trả lời các ý kiến, đồng chí Giàng Seo Vần khẳng định mọi chính sách được áp dụng công khai, đúng quy định; yêu cầu huyện Bát Xát rà soát lại toàn bộ 44 hộ chưa nhận tiền trong tháng 6, nếu áp giá chưa đúng phải điều chỉnh ngay. Đồng chí giao Sở Nông nghiệp và Phát triển nông thôn khắc phục tuyến mương trước vụ mùa và đồng ý hỗ trợ thêm 3 triệu đồng/hộ tiền thuê nhà tạm cho các hộ phải di chuyển. Ông Nguyễn Văn Hải, Chủ tịch UBND huyện Bát Xát nhận trách nhiệm về những chậm trễ trong khâu kiểm đếm.
Bà Sần Thị Mai, Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh thông tin thêm: trước hội nghị, Mặt trận các cấp đã tổ chức 2 cuộc giám sát việc kiểm đếm, áp giá bồi thường tại 4 xã, phát hiện 9 trường hợp bị đo thiếu diện tích và đã kiến nghị điều chỉnh, với tổng số tiền bổ sung hơn 380 triệu đồng. Ông Lù Văn Pủ, Chủ tịch Ủy ban MTTQ xã Bản Vược cho biết các hộ dân tộc Giáy, Dao trong xã cơ bản đồng tình, nhưng mong muốn được ưu tiên nhận vào làm việc tại khu công nghiệp sau khi bàn giao đất.
Kết luận hội nghị, đồng chí Lồ Thị Chúng đề nghị Mặt trận các cấp tăng cường giám sát việc thực hiện các ý kiến đã được tiếp thu tại hội nghị; các Ban công tác Mặt trận ở thôn, bản tiếp tục tuyên truyền để bà con đồng thuận bàn giao mặt bằng. Đến hết tháng 5, Ủy ban MTTQ tỉnh đã phối hợp tổ chức 6 hội nghị đối thoại ở cơ sở theo Kế hoạch số 08/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, thu hút gần 1.500 lượt người tham dự.
Phàn Sử
Lượt đọc: 712
Tin cùng chuyên mục
- Sa Pa: Mặt trận vận động đồng bào giữ rừng đầu nguồn (15/05/2013)
- Trao 50 suất quà cho hộ nghèo xã Y Tý (07/05/2013)
- Giám sát việc thực hiện chính sách hỗ trợ gạo cho đồng bào vùng cao (25/04/2013)
""",
    "2013-05-22", "Đối thoại với Nhân dân về bồi thường, hỗ trợ tái định cư",
    E("doi_thoai", "2013", "2013-05-21"),
    [P("Giàng Seo Vần", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
     P("Lồ Thị Chúng", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Hoàng Thị Lả", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Nguyễn Hữu Trọng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Tráng A Páo", "Giám đốc Sở Tài nguyên và Môi trường"),
     P("Phàn Văn Lở"), P("Lý Thị Sửu"), P("Ma Seo Chư"),
     P("Vàng A Sình", "Trưởng thôn Phìn Chải"),
     P("Nguyễn Văn Hải", "Chủ tịch UBND huyện Bát Xát"),
     P("Sần Thị Mai", "Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
     P("Lù Văn Pủ", "Chủ tịch Ủy ban MTTQ xã Bản Vược")],
    [Q("hơn 220 người dân", 220, "người dân", "over"),
     Q("4 xã", 4, "xã"),
     Q("86,7 ha", 86.7, "ha"),
     Q("312 hộ dân", 312, "hộ dân"),
     Q("57 hộ", 57, "hộ"),
     Q("64,3 tỷ đồng", 64300000000, "đồng"),
     Q("268 hộ", 268, "hộ"),
     Q("44 hộ", 44, "hộ"),
     Q("17 lượt ý kiến", 17, "lượt ý kiến"),
     Q("45.000 đồng", 45000, "đồng"),
     Q("12 ha", 12, "ha"),
     Q("3 triệu đồng", 3000000, "đồng"),
     Q("2 cuộc giám sát", 2, "cuộc giám sát"),
     Q("9 trường hợp", 9, "trường hợp"),
     Q("hơn 380 triệu đồng", 380000000, "đồng", "over"),
     Q("6 hội nghị đối thoại", 6, "hội nghị đối thoại"),
     Q("gần 1.500 lượt người", 1500, "lượt người", "approx")],
    [D("Quyết định", "39", "2012/QĐ-UBND", "2012-09-12", "UBND tỉnh", surface="Quyết định số 39/2012/QĐ-UBND ngày 12/9/2012"),
     D("Nghị định", "69", "2009/NĐ-CP", None, "Chính phủ", surface="Nghị định 69/2009/NĐ-CP"),
     D("Kế hoạch", "08", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", surface="Kế hoạch số 08/KH-MTTQ-BTT")],
    [prov("Lào Cai"), com("Bản Vược"), com("Bản Qua"), com("Cốc Mỳ")],
    ["ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI", "Bạn đang ở: Trang chủ › Hoạt động Mặt trận › Tin cơ sở",
     "Đồng chí Giàng Seo Vần trả lời ý kiến của Nhân dân. Ảnh: Phàn Sử", "Cốc Phương", "Phìn Chải",
     "Sở Nông nghiệp và Phát triển nông thôn", "Lượt đọc: 712"],
    ["14:25 | 22/05/2013", "năm 2013", "tháng 6", "tháng 5", "Lượt đọc: 712"]))

# ---------------------------------------------------------------- b632 Nghệ An, Hội Nông dân, giao ban quý III/2013
PAGES.append(page("b632-nghean-hnd-giaoban-q3-2013", """
HỘI NÔNG DÂN TỈNH NGHỆ AN
Trang chủ > Tin tức > Hoạt động các cấp Hội
08/10/2013 - 15:40
Hội Nông dân tỉnh giao ban công tác Hội quý III
Ngày 7/10, Ban Thường vụ Hội Nông dân tỉnh Nghệ An tổ chức hội nghị giao ban công tác Hội và phong trào nông dân quý III/2013, triển khai nhiệm vụ quý IV. Ông Phan Đình Trạc, Chủ tịch Hội Nông dân tỉnh chủ trì. Cùng dự có các ông Hồ Văn Thái, Lô Văn Nhẳm, Vi Văn Khánh - Phó Chủ tịch Hội Nông dân tỉnh và 48 đồng chí chủ tịch, phó chủ tịch Hội Nông dân các huyện, thành, thị.
Ảnh: Quang cảnh hội nghị giao ban quý III/2013
Trong quý III, các cấp Hội tiếp tục triển khai Kết luận 61-KL/TW của Ban Bí thư về nâng cao vai trò của Hội Nông dân trong phát triển nông nghiệp, xây dựng nông thôn mới và Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ; đồng thời thực hiện Kế hoạch 45, 46-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh về phát triển hội viên và về phong trào nông dân sản xuất, kinh doanh giỏi. Toàn tỉnh kết nạp mới 3.470 hội viên, thành lập 21 chi hội nghề nghiệp và 38 tổ hợp tác. Quỹ Hỗ trợ nông dân các cấp tăng thêm 2,75 tỷ đồng, nâng tổng nguồn quỹ lên hơn 41 tỷ đồng; Hội phối hợp mở 96 lớp dạy nghề nông nghiệp cho 3.120 lao động nông thôn.
Phong trào nông dân thi đua sản xuất, kinh doanh giỏi có 84.300 hộ đăng ký. Nhiều hội viên ở vùng miền Tây như ông Lương Văn Phò (xã Châu Hạnh, huyện Quỳ Châu), người dân tộc Thái, mạnh dạn vay 150 triệu đồng mở trang trại nuôi 30 con bò và trồng 8 ha keo, thu nhập mỗi năm khoảng 200 triệu đồng. Các cấp Hội cũng vận động hội viên hiến 14.600 m2 đất, đóng góp 9.700 ngày công xây dựng nông thôn mới.
Tại hội nghị, ông Lô Văn Nhẳm thông tin về công tác Hội ở 11 huyện miền núi, nơi có đông đồng bào Thái, Khơ Mú, Ơ Đu sinh sống. Ông Nguyễn Văn Thắng, Chủ tịch Hội Nông dân huyện Yên Thành chia sẻ mô hình vận động bà con giáo dân ở giáo xứ Đông Thành tham gia Hội: năm nay có thêm 186 hội viên là người Công giáo. Linh mục Phêrô Nguyễn Đình Thục, Chánh xứ Giáo xứ Đông Thành, được mời dự hội nghị, đánh giá cao sự phối hợp giữa Hội và giáo xứ trong việc giúp bà con làm kinh tế. Ông Vi Văn Khánh nêu những khó khăn trong công tác ủy thác vốn vay: dư nợ qua Hội đạt 1.365 tỷ đồng nhưng tỷ lệ nợ quá hạn ở một số huyện vẫn trên 1,2%.
Bà Lang Thị Hoa, Trưởng Ban Kinh tế - Xã hội Hội Nông dân tỉnh báo cáo kết quả phối hợp với ngành nông nghiệp chuyển giao kỹ thuật: trong quý, các cấp Hội tổ chức 412 buổi hội thảo, tập huấn cho 25.800 lượt hội viên; cung ứng 1.150 tấn phân bón trả chậm cho nông dân các huyện Thanh Chương, Anh Sơn. Ông Hồ Văn Thái đề nghị các huyện quan tâm hơn đến việc củng cố chi hội yếu, nhất là ở những xã vừa chia tách địa giới.
Kết luận hội nghị, ông Phan Đình Trạc đề nghị trong quý IV các cấp Hội tập trung tổ chức thành công đại hội Hội Nông dân cấp cơ sở, phấn đấu 100% chi hội tổ chức xong đại hội trước ngày 30/11; chuẩn bị tổng kết 5 năm thực hiện Kết luận 61-KL/TW; tiếp tục vận động nông dân thực hiện phong trào "Nông dân giúp nhau thoát nghèo" và cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Ông cũng yêu cầu Văn phòng Hội tổng hợp ý kiến các huyện để kiến nghị với UBND tỉnh về chính sách hỗ trợ nông dân bị thiệt hại do bão số 10.
Trong quý III, Ban Thường vụ Hội Nông dân tỉnh đã tặng giấy khen cho 7 tập thể và 19 cá nhân có thành tích xuất sắc trong phong trào nông dân.
Thanh Tâm
Lượt truy cập: 2.311
Tin cùng chuyên mục
- Quỳ Hợp: Nông dân vay vốn nuôi bò sinh sản (01/10/2013)
- Hội Nông dân Diễn Châu tổ chức đại hội điểm (24/09/2013)
- Tập huấn kỹ thuật trồng cam cho 200 hội viên (16/09/2013)
""",
    "2013-10-08", "Hội Nông dân tỉnh giao ban công tác Hội quý III",
    E("giao_ban", "2013-Q3", "2013-10-07"),
    [P("Phan Đình Trạc", "Chủ tịch Hội Nông dân tỉnh"),
     P("Hồ Văn Thái", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Lô Văn Nhẳm", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Vi Văn Khánh", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Lương Văn Phò"),
     P("Nguyễn Văn Thắng", "Chủ tịch Hội Nông dân huyện Yên Thành"),
     P("Phêrô Nguyễn Đình Thục", "Linh mục", "Chánh xứ Giáo xứ Đông Thành"),
     P("Lang Thị Hoa", "Trưởng Ban Kinh tế - Xã hội Hội Nông dân tỉnh")],
    [Q("48 đồng chí", 48, "đồng chí"),
     Q("3.470 hội viên", 3470, "hội viên"),
     Q("21 chi hội nghề nghiệp", 21, "chi hội nghề nghiệp"),
     Q("38 tổ hợp tác", 38, "tổ hợp tác"),
     Q("2,75 tỷ đồng", 2750000000, "đồng"),
     Q("hơn 41 tỷ đồng", 41000000000, "đồng", "over"),
     Q("96 lớp dạy nghề", 96, "lớp dạy nghề"),
     Q("3.120 lao động nông thôn", 3120, "lao động nông thôn"),
     Q("84.300 hộ", 84300, "hộ"),
     Q("150 triệu đồng", 150000000, "đồng"),
     Q("30 con bò", 30, "con bò"),
     Q("8 ha", 8, "ha"),
     Q("khoảng 200 triệu đồng", 200000000, "đồng", "approx"),
     Q("14.600 m2", 14600, "m2"),
     Q("9.700 ngày công", 9700, "ngày công"),
     Q("11 huyện", 11, "huyện"),
     Q("186 hội viên", 186, "hội viên"),
     Q("1.365 tỷ đồng", 1365000000000, "đồng"),
     Q("trên 1,2%", 1.2, "%", "over"),
     Q("412 buổi hội thảo", 412, "buổi hội thảo"),
     Q("25.800 lượt hội viên", 25800, "lượt hội viên"),
     Q("1.150 tấn", 1150, "tấn"),
     Q("100% chi hội", 100, "%"),
     Q("7 tập thể", 7, "tập thể"),
     Q("19 cá nhân", 19, "cá nhân")],
    [D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", surface="Kết luận 61-KL/TW"),
     D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 673/QĐ-TTg"),
     D("Kế hoạch", "45", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", surface="Kế hoạch 45, 46-KH/HNDT"),
     D("Kế hoạch", "46", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", surface="Kế hoạch 45, 46-KH/HNDT")],
    [prov("Nghệ An"), com("Châu Hạnh")],
    ["HỘI NÔNG DÂN TỈNH NGHỆ AN", "Trang chủ > Tin tức > Hoạt động các cấp Hội", "Ảnh: Quang cảnh hội nghị giao ban quý III/2013",
     "Quỹ Hỗ trợ nông dân", "Nông dân giúp nhau thoát nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
     "Giáo xứ Đông Thành", "Văn phòng Hội", "Lượt truy cập: 2.311"],
    ["08/10/2013 - 15:40", "48 đồng chí", "quý III/2013", "quý IV", "quý III", "5 năm", "bão số 10", "mỗi năm",
     "Lượt truy cập: 2.311"]))

# ---------------------------------------------------------------- b633 Hải Dương, Tỉnh đoàn, tập huấn 2014
PAGES.append(page("b633-haiduong-doan-taphuan-2014", """
TỈNH ĐOÀN HẢI DƯƠNG
Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh Hải Dương
Trang chủ / Tin tức / Công tác Đoàn
Ngày đăng 18/04/2014 | 10:15
180 cán bộ Đoàn cơ sở được tập huấn kỹ năng dân vận
Trong 2 ngày 16 và 17/4, Ban Thường vụ Tỉnh đoàn Hải Dương tổ chức lớp tập huấn công tác dân vận và kỹ năng vận động thanh niên năm 2014 cho 180 cán bộ Đoàn cơ sở là bí thư, phó bí thư Đoàn các xã, phường, thị trấn thuộc 12 huyện, thị xã, thành phố. Dự khai mạc có đồng chí Nguyễn Thị Thu Trang, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn; các đồng chí Phó Bí thư Tỉnh đoàn: Vũ Đức Mạnh, Phạm Thị Loan.
180 cán bộ Đoàn cơ sở tham dự lớp tập huấn. Ảnh: Đức Anh
Lớp tập huấn được tổ chức theo kế hoạch số 112-KH/TĐTN-TG của Ban Thường vụ Tỉnh đoàn, nhằm triển khai Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới và Chương trình hành động số 14-CTr/TU của Tỉnh ủy thực hiện nghị quyết này. Các học viên được nghe 4 chuyên đề: những vấn đề cơ bản về công tác dân vận; kỹ năng nắm bắt tư tưởng thanh niên; kỹ năng tổ chức đối thoại với đoàn viên và kỹ năng xây dựng mô hình "Dân vận khéo" trong tuổi trẻ.
Đồng chí Trần Quang Vinh, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy trực tiếp truyền đạt chuyên đề thứ nhất. Chuyên đề về kỹ năng đối thoại do bà Đặng Thị Hải Yến, giảng viên Trường Chính trị tỉnh trình bày. Ngoài phần lý thuyết, học viên được chia thành 6 nhóm thực hành xử lý tình huống như thanh niên tụ tập gây rối, vận động gia đình hiến đất làm đường hay tuyên truyền đoàn viên là giáo dân tham gia sinh hoạt Đoàn.
Theo báo cáo của Tỉnh đoàn, năm 2013, tuổi trẻ toàn tỉnh đã làm mới và tu sửa 286 công trình thanh niên, trong đó có 74 km đường giao thông nông thôn, tổng trị giá 9,4 tỷ đồng; thu hút hơn 45.000 lượt đoàn viên thanh niên tham gia hoạt động tình nguyện. Các cơ sở Đoàn kết nạp 2.150 đoàn viên mới, thành lập 37 câu lạc bộ thanh niên lập nghiệp. Phong trào "Tuổi trẻ Hải Dương chung tay xây dựng nông thôn mới" có sức lan tỏa rộng, nhiều chi đoàn nhận chăm sóc các tuyến đường hoa, đường cây xanh.
Trao đổi tại lớp học, anh Lê Văn Hưng, vừa được bầu giữ chức Bí thư Đoàn xã Cẩm Vũ, chia sẻ cách vận động thanh niên trong xã tham gia dọn vệ sinh kênh mương. Anh Phạm Văn Định, ĐUV, Bí thư Đoàn phường Cộng Hòa cho biết, chi đoàn khu dân cư đã duy trì sinh hoạt đều đặn nhờ gắn với tổ an ninh tự quản. Chị Nguyễn Thị Ngát, mới được bổ nhiệm làm Phó Trưởng Ban Tổ chức Tỉnh đoàn, đề nghị mỗi cơ sở Đoàn đăng ký ít nhất một việc làm cụ thể theo tinh thần "Dân vận khéo".
Chiều 17/4, các học viên đi thực tế tại xã Cẩm Vũ, huyện Cẩm Giàng, nơi có mô hình "Chi đoàn khu dân cư tự quản về vệ sinh môi trường". Ông Vũ Văn Tiến, Chủ tịch UBND xã Cẩm Vũ giới thiệu, trong 3 năm qua thanh niên xã đã đóng góp 1.800 ngày công, lắp đặt 5,2 km đường điện chiếu sáng và trồng 1.350 cây xanh ven đường liên thôn. Nhiều học viên bày tỏ sẽ học tập cách làm này để áp dụng ở địa phương mình.
Bế mạc lớp học, đồng chí Vũ Đức Mạnh yêu cầu các học viên sau tập huấn xây dựng kế hoạch vận động thanh niên ngay tại địa phương. Kết quả bài kiểm tra cuối khóa cho thấy 176/180 học viên đạt yêu cầu, trong đó 58 học viên đạt loại giỏi. Mỗi học viên được hỗ trợ 70.000 đồng/ngày tiền ăn và tài liệu học tập.
Đức Anh
Lượt xem: 538
Bài viết liên quan
- Ra quân Tháng Thanh niên năm 2014 (02/03/2014)
- Tỉnh đoàn tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2013 (10/01/2014)
- Thanh niên Chí Linh chung tay xây dựng nông thôn mới (20/12/2013)
""",
    "2014-04-18", "180 cán bộ Đoàn cơ sở được tập huấn kỹ năng dân vận",
    E("tap_huan", "2014", "2014-04-16"),
    [P("Nguyễn Thị Thu Trang", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
     P("Vũ Đức Mạnh", "Phó Bí thư Tỉnh đoàn"),
     P("Phạm Thị Loan", "Phó Bí thư Tỉnh đoàn"),
     P("Trần Quang Vinh", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
     P("Đặng Thị Hải Yến", "giảng viên Trường Chính trị tỉnh"),
     P("Lê Văn Hưng", "Bí thư Đoàn xã Cẩm Vũ"),
     P("Phạm Văn Định", "ĐUV", "Bí thư Đoàn phường Cộng Hòa"),
     P("Nguyễn Thị Ngát", "Phó Trưởng Ban Tổ chức Tỉnh đoàn"),
     P("Vũ Văn Tiến", "Chủ tịch UBND xã Cẩm Vũ")],
    [Q("180 cán bộ Đoàn cơ sở", 180, "cán bộ Đoàn cơ sở"),
     Q("12 huyện, thị xã, thành phố", 12, "huyện, thị xã, thành phố"),
     Q("4 chuyên đề", 4, "chuyên đề"),
     Q("6 nhóm", 6, "nhóm"),
     Q("286 công trình thanh niên", 286, "công trình thanh niên"),
     Q("74 km", 74, "km"),
     Q("9,4 tỷ đồng", 9400000000, "đồng"),
     Q("hơn 45.000 lượt đoàn viên thanh niên", 45000, "lượt đoàn viên thanh niên", "over"),
     Q("2.150 đoàn viên mới", 2150, "đoàn viên mới"),
     Q("37 câu lạc bộ thanh niên lập nghiệp", 37, "câu lạc bộ thanh niên lập nghiệp"),
     Q("1.800 ngày công", 1800, "ngày công"),
     Q("5,2 km", 5.2, "km"),
     Q("1.350 cây xanh", 1350, "cây xanh"),
     Q("176/180 học viên", 176, "học viên"),
     Q("58 học viên", 58, "học viên"),
     Q("70.000 đồng", 70000, "đồng")],
    [D("Kế hoạch", "112", "KH/TĐTN-TG", None, "Ban Thường vụ Tỉnh đoàn", surface="kế hoạch số 112-KH/TĐTN-TG"),
     D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", surface="Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
     D("Chương trình hành động", "14", "CTr/TU", None, "Tỉnh ủy", surface="Chương trình hành động số 14-CTr/TU")],
    [prov("Hải Dương"), com("Cẩm Vũ"), com("Cộng Hòa")],
    ["TỈNH ĐOÀN HẢI DƯƠNG", "Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh Hải Dương", "Trang chủ / Tin tức / Công tác Đoàn",
     "180 cán bộ Đoàn cơ sở tham dự lớp tập huấn. Ảnh: Đức Anh", "Dân vận khéo",
     "Tuổi trẻ Hải Dương chung tay xây dựng nông thôn mới", "Trường Chính trị tỉnh",
     "Chi đoàn khu dân cư tự quản về vệ sinh môi trường", "Lượt xem: 538"],
    ["Ngày đăng 18/04/2014 | 10:15", "2 ngày", "16 và 17/4", "năm 2014", "năm 2013", "khóa XI", "3 năm qua", "Lượt xem: 538"]))

# ---------------------------------------------------------------- b634 Sơn La, Ban Dân vận, giám sát Quy chế dân chủ 2015
PAGES.append(page("b634-sonla-bdv-giamsat-2015", """
BAN DÂN VẬN TỈNH ỦY SƠN LA
Vị trí: Trang chủ >> Tin hoạt động >> Kiểm tra, giám sát
Cập nhật lúc 09:05 ngày 27/11/2015
Thông báo kết quả giám sát thực hiện Quy chế dân chủ ở cơ sở tại huyện Mộc Châu
Ngày 25/11/2015, Đoàn giám sát số 3 của Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh Sơn La tổ chức hội nghị thông báo kết quả giám sát việc thực hiện Quy chế dân chủ ở cơ sở năm 2015 tại huyện Mộc Châu. Đồng chí Cầm Văn Ỉnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Phó Trưởng Ban Thường trực Ban Chỉ đạo, Trưởng đoàn giám sát chủ trì hội nghị.
Đồng chí Cầm Văn Ỉnh thông báo kết quả giám sát.
Thành viên đoàn giám sát gồm: ông Sồng A Của, Phó Chủ tịch Ủy ban MTTQ tỉnh; bà Tòng Thị Ón, Phó Trưởng Ban Nội chính Tỉnh ủy; ông Quàng Văn Tư, Phó Chánh Thanh tra tỉnh. Về phía huyện Mộc Châu có Phó Bí thư Thường trực Huyện ủy Hà Văn Khiêm; bà Lường Thị Phượng, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện cùng lãnh đạo 4 xã, thị trấn được giám sát.
Thực hiện Chỉ thị 30-CT/TW của Bộ Chính trị và Pháp lệnh số 34/2007/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội, căn cứ kế hoạch số 39-KH/BCĐ của Ban Chỉ đạo tỉnh và Quyết định số 12, 13/QĐ-BCĐ ngày 14/9/2015 về thành lập các đoàn giám sát, từ ngày 2 đến ngày 20/11, đoàn đã làm việc tại các xã Chiềng Sơn, Lóng Sập, Tân Lập và thị trấn Nông trường Mộc Châu; kiểm tra 236 hồ sơ, văn bản và khảo sát trực tiếp 120 hộ dân ở 8 bản, tiểu khu.
Kết quả giám sát cho thấy, cấp ủy, chính quyền cơ sở cơ bản thực hiện tốt phương châm "Dân biết, dân bàn, dân làm, dân kiểm tra". 100% bản, tiểu khu đã xây dựng hương ước, quy ước được UBND huyện phê duyệt; các khoản đóng góp của Nhân dân năm 2015 đạt 2,36 tỷ đồng, được công khai tại nhà văn hóa. Các xã đã tiếp nhận 41 đơn thư, giải quyết xong 37 đơn. Ban Giám sát đầu tư của cộng đồng đã giám sát 19 công trình, kiến nghị sửa chữa 3 công trình có chất lượng chưa bảo đảm.
Tuy nhiên, đoàn cũng chỉ ra một số hạn chế: còn 7 bản chưa công khai danh sách hộ nghèo được hỗ trợ; xã Lóng Sập thu quỹ làm đường 50.000 đồng/khẩu khi chưa được Nhân dân bàn bạc thống nhất; hoạt động của Ban Thanh tra nhân dân ở một số nơi còn hình thức.
Riêng thị trấn Nông trường Mộc Châu được đoàn đánh giá cao về việc lấy ý kiến Nhân dân trước khi triển khai các dự án chỉnh trang đô thị: trong năm, thị trấn đã tổ chức 26 hội nghị tại các tiểu khu với hơn 1.430 lượt người tham dự. Bà Lường Thị Phượng cho biết thêm, năm 2015 Mặt trận và các đoàn thể huyện đã phối hợp tổ chức 2 hội nghị đối thoại giữa Chủ tịch UBND huyện với Nhân dân, tiếp nhận 64 ý kiến, kiến nghị, đến nay đã giải quyết 58 ý kiến.
Tại hội nghị, Bí thư Đảng ủy xã Chiềng Sơn Vì Văn Thoàn giải trình việc chậm công khai danh sách hộ nghèo và cam kết khắc phục trước ngày 15/12. Ông Đinh Công Sáng, Phó Chủ tịch UBND huyện Mộc Châu tiếp thu ý kiến của đoàn, cho biết huyện sẽ chỉ đạo xã Lóng Sập hoàn trả khoản thu cho 312 hộ. Ông Mùa A Lềnh, Trưởng bản Pha Luông, người dân tộc Mông, phát biểu mong muốn cán bộ xã về bản họp dân thường xuyên hơn.
Kết luận hội nghị, đồng chí Cầm Văn Ỉnh đề nghị Huyện ủy Mộc Châu chỉ đạo khắc phục ngay những tồn tại; gắn thực hiện Quy chế dân chủ với phong trào thi đua "Dân vận khéo" và cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Kết quả giám sát sẽ được tổng hợp báo cáo Ban Thường vụ Tỉnh ủy trước ngày 10/12.
Hoàng Quyên
Lượt xem: 1.146
Tin liên quan
- Đoàn giám sát số 1 làm việc tại huyện Sông Mã (20/11/2015)
- Hội nghị tập huấn Quy chế dân chủ ở cơ sở năm 2015 (16/10/2015)
- Thuận Châu: Ra mắt mô hình bản văn hóa gắn với dân vận khéo (29/09/2015)
""",
    "2015-11-27", "Thông báo kết quả giám sát thực hiện Quy chế dân chủ ở cơ sở tại huyện Mộc Châu",
    E("hoi_nghi", "2015", "2015-11-25"),
    [P("Cầm Văn Ỉnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Phó Trưởng Ban Thường trực Ban Chỉ đạo", "Trưởng đoàn giám sát"),
     P("Sồng A Của", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
     P("Tòng Thị Ón", "Phó Trưởng Ban Nội chính Tỉnh ủy"),
     P("Quàng Văn Tư", "Phó Chánh Thanh tra tỉnh"),
     P("Hà Văn Khiêm", "Phó Bí thư Thường trực Huyện ủy"),
     P("Lường Thị Phượng", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
     P("Vì Văn Thoàn", "Bí thư Đảng ủy xã Chiềng Sơn"),
     P("Đinh Công Sáng", "Phó Chủ tịch UBND huyện Mộc Châu"),
     P("Mùa A Lềnh", "Trưởng bản Pha Luông")],
    [Q("4 xã, thị trấn", 4, "xã, thị trấn"),
     Q("236 hồ sơ, văn bản", 236, "hồ sơ, văn bản"),
     Q("120 hộ dân", 120, "hộ dân"),
     Q("8 bản, tiểu khu", 8, "bản, tiểu khu"),
     Q("100% bản, tiểu khu", 100, "%"),
     Q("2,36 tỷ đồng", 2360000000, "đồng"),
     Q("41 đơn thư", 41, "đơn thư"),
     Q("37 đơn", 37, "đơn"),
     Q("19 công trình", 19, "công trình"),
     Q("3 công trình", 3, "công trình"),
     Q("7 bản", 7, "bản"),
     Q("50.000 đồng", 50000, "đồng"),
     Q("312 hộ", 312, "hộ"),
     Q("26 hội nghị", 26, "hội nghị"),
     Q("hơn 1.430 lượt người", 1430, "lượt người", "over"),
     Q("2 hội nghị đối thoại", 2, "hội nghị đối thoại"),
     Q("64 ý kiến, kiến nghị", 64, "ý kiến, kiến nghị"),
     Q("58 ý kiến", 58, "ý kiến")],
    [D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", surface="Chỉ thị 30-CT/TW"),
     D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, "Ủy ban Thường vụ Quốc hội", surface="Pháp lệnh số 34/2007/PL-UBTVQH11"),
     D("Kế hoạch", "39", "KH/BCĐ", None, "Ban Chỉ đạo tỉnh", surface="kế hoạch số 39-KH/BCĐ"),
     D("Quyết định", "12", "QĐ-BCĐ", "2015-09-14", None, surface="Quyết định số 12, 13/QĐ-BCĐ ngày 14/9/2015"),
     D("Quyết định", "13", "QĐ-BCĐ", "2015-09-14", None, surface="Quyết định số 12, 13/QĐ-BCĐ ngày 14/9/2015")],
    [prov("Sơn La"), com("Chiềng Sơn"), com("Lóng Sập"), com("Tân Lập"), com("Nông trường Mộc Châu")],
    ["BAN DÂN VẬN TỈNH ỦY SƠN LA", "Vị trí: Trang chủ >> Tin hoạt động >> Kiểm tra, giám sát",
     "Đồng chí Cầm Văn Ỉnh thông báo kết quả giám sát.", "Dân biết, dân bàn, dân làm, dân kiểm tra", "Dân vận khéo",
     "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ban Thanh tra nhân dân", "Pha Luông", "Lượt xem: 1.146"],
    ["Cập nhật lúc 09:05 ngày 27/11/2015", "Đoàn giám sát số 3", "năm 2015", "từ ngày 2 đến ngày 20/11", "Lượt xem: 1.146"]))
