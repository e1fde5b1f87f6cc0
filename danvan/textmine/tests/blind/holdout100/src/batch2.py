from lib import *
PAGES = []

PAGES.append(page("b2363-vinhphuc-mttq-giamsat-bhxh-2017", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH VĨNH PHÚC
Trang chủ | Giám sát, phản biện xã hội | Tin hoạt động
Cập nhật: 09:42, 14/09/2017 (GMT+7)
Giám sát việc đóng bảo hiểm, bảo đảm an toàn lao động tại Khu công nghiệp Bình Xuyên
Ngày 13/9, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Vĩnh Phúc do đồng chí Lam Thị Hòa, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện chính sách, pháp luật về bảo hiểm xã hội và an toàn, vệ sinh lao động năm 2017 tại các doanh nghiệp trong Khu công nghiệp Bình Xuyên.
Cuộc giám sát được thực hiện theo Quyết định 217-QĐ/TW của Bộ Chính trị, Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN và Kế hoạch số 46/KH-MTTQ-BTT ngày 10/8/2017 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Tham gia đoàn có đại diện Liên đoàn Lao động tỉnh, Sở Lao động - Thương binh và Xã hội, Bảo hiểm xã hội tỉnh.
Đoàn giám sát làm việc tại Công ty TNHH Linh kiện Hoàng Sơn.
Theo báo cáo, đoàn đã giám sát trực tiếp 12 doanh nghiệp sử dụng 8.900 lao động, trong đó 9 doanh nghiệp có vốn đầu tư nước ngoài. Nhìn chung các doanh nghiệp đã đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp cho 97,5% số lao động thuộc diện tham gia. Tuy nhiên, còn 3 doanh nghiệp chậm đóng bảo hiểm với số tiền khoảng 4,3 tỷ đồng, có doanh nghiệp nợ kéo dài 8 tháng.
Từ đầu năm 2017 đến nay, tại 12 doanh nghiệp được giám sát đã xảy ra 17 vụ tai nạn lao động, làm 2 người chết và 19 người bị thương; 2 doanh nghiệp chưa thành lập hội đồng an toàn, vệ sinh lao động. Qua trao đổi với 150 công nhân, nhiều ý kiến cho rằng bữa ăn ca mới đạt 15.000 đồng/suất, thấp hơn mức cam kết trong thỏa ước.
Tại buổi làm việc, ông Kim Đức Thọ, Chủ tịch Công đoàn Công ty TNHH Linh kiện Hoàng Sơn, cho biết công ty đã trích 1,8 tỷ đồng trang bị bảo hộ lao động và mỗi quý tổ chức đối thoại định kỳ với công nhân. Đồng chí Trần Quang Vinh, Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Hương Canh, đề nghị doanh nghiệp thông báo công khai việc đóng bảo hiểm để công nhân tự kiểm tra qua tin nhắn.
Kết luận buổi giám sát, đồng chí Lam Thị Hòa ghi nhận sự hợp tác của doanh nghiệp và đưa ra 6 kiến nghị, trong đó yêu cầu các doanh nghiệp nợ bảo hiểm hoàn thành việc trích nộp trước ngày 31/12/2017; đề nghị Liên đoàn Lao động tỉnh khởi kiện nếu doanh nghiệp cố tình trốn đóng. Ủy ban MTTQ Việt Nam xã Sơn Lôi sẽ tiếp tục theo dõi ý kiến của công nhân đang ở trọ trên địa bàn.
Bảo Ngọc
Tin khác
- Hội nghị phản biện dự thảo Nghị quyết về hỗ trợ nhà ở công nhân (30/08/2017)
- Tam Đảo: giám sát việc thực hiện chính sách đối với hộ nghèo (18/08/2017)
- Mặt trận các cấp vận động Quỹ "Vì người nghèo" được 15 tỷ đồng (02/08/2017)
- Phúc Yên: đối thoại giữa người đứng đầu cấp ủy với nhân dân (20/07/2017)
""", "2017-09-14", "Giám sát việc đóng bảo hiểm, bảo đảm an toàn lao động tại Khu công nghiệp Bình Xuyên",
E("giam_sat", "2017", "2017-09-13"),
[P("Lam Thị Hòa", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Kim Đức Thọ", "Chủ tịch Công đoàn Công ty TNHH Linh kiện Hoàng Sơn"),
 P("Trần Quang Vinh", "Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Hương Canh")],
[Q("12 doanh nghiệp", 12, "doanh nghiệp"), Q("8.900 lao động", 8900, "lao động"), Q("9 doanh nghiệp có vốn đầu tư nước ngoài", 9, "doanh nghiệp có vốn đầu tư nước ngoài"),
 Q("97,5%", 97.5, "%"), Q("3 doanh nghiệp", 3, "doanh nghiệp"), Q("khoảng 4,3 tỷ đồng", 4300000000, "đồng", "approx"),
 Q("17 vụ tai nạn lao động", 17, "vụ tai nạn lao động"), Q("2 người", 2, "người"), Q("19 người", 19, "người"),
 Q("2 doanh nghiệp", 2, "doanh nghiệp"), Q("150 công nhân", 150, "công nhân"), Q("15.000 đồng", 15000, "đồng"),
 Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("6 kiến nghị", 6, "kiến nghị")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "46", "KH-MTTQ-BTT", "2017-08-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 46/KH-MTTQ-BTT ngày 10/8/2017")],
[prov("Vĩnh Phúc"), com("Hương Canh"), com("Sơn Lôi")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH VĨNH PHÚC", "Trang chủ | Giám sát, phản biện xã hội | Tin hoạt động",
 "Đoàn giám sát làm việc tại Công ty TNHH Linh kiện Hoàng Sơn.", "Khu công nghiệp Bình Xuyên", "Bảo Ngọc"],
["Cập nhật: 09:42, 14/09/2017 (GMT+7)", "năm 2017", "8 tháng", "mỗi quý", "31/12/2017"]))

PAGES.append(page("b2364-tayninh-daihoi-congdoan-kcn-2018", """
Báo Tây Ninh Online
Xã hội › Lao động - Việc làm
19/06/2018 - 16:05
Đại hội Công đoàn các Khu công nghiệp tỉnh lần thứ IV thành công tốt đẹp
Ngày 18/6, Công đoàn các Khu công nghiệp tỉnh Tây Ninh tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2018 - 2023. Dự đại hội có đồng chí Nguyễn Thị Kim Phượng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Võ Minh Trí, Chủ tịch Liên đoàn Lao động tỉnh cùng 118 đại biểu chính thức thay mặt cho hơn 22.500 đoàn viên của 65 công đoàn cơ sở.
Các đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Thanh Sơn
Nhiệm kỳ 2013 - 2018, số lao động trong các khu công nghiệp Trảng Bàng, Phước Đông, Linh Trung 3 tăng từ 41.000 lên gần 78.000 người, chủ yếu làm may mặc, da giày, sợi. Công đoàn đã thành lập 38 công đoàn cơ sở, phát triển 19.700 đoàn viên mới; 100% công đoàn cơ sở ký thỏa ước lao động tập thể. Quỹ xã hội công đoàn vận động được 2,3 tỷ đồng, hỗ trợ 1.450 lượt đoàn viên khó khăn, bị tai nạn, ốm đau; xây dựng 16 "Mái ấm Công đoàn".
Báo cáo cũng thẳng thắn chỉ ra trong nhiệm kỳ xảy ra 34 vụ ngừng việc tập thể, trong đó 21 vụ ở doanh nghiệp chưa có tổ chức công đoàn. Thu nhập bình quân của công nhân đạt 5,8 triệu đồng/tháng nhưng tiền thuê trọ chiếm gần 20% thu nhập; khoảng 60% công nhân đã lập gia đình chưa có chỗ gửi trẻ gần nơi làm việc.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Kim Phượng đề nghị Công đoàn các Khu công nghiệp tiếp tục thực hiện Nghị quyết số 07-NQ/TU của Ban Thường vụ Tỉnh ủy về nâng cao đời sống công nhân và Quyết định số 1652/QĐ-TLĐ của Tổng Liên đoàn Lao động Việt Nam; đẩy mạnh phong trào "Xanh - Sạch - Đẹp, bảo đảm an toàn vệ sinh lao động"; phối hợp với Đảng ủy xã Phước Đông, Đảng ủy thị trấn Trảng Bàng vận động chủ nhà trọ giữ ổn định giá phòng.
Đại hội đã bầu Ban Chấp hành khóa IV gồm 15 đồng chí. Bà Thạch Thị Sa Phia, nữ công nhân người Khmer, được bầu vào Ban Chấp hành. Tại phiên họp thứ nhất, đồng chí Trịnh Văn Đạt được bầu giữ chức Chủ tịch Công đoàn các Khu công nghiệp tỉnh; các đồng chí Sa Mách, Lê Thị Huyền được bầu làm Phó Chủ tịch. Đại hội cũng bầu 7 đại biểu dự Đại hội Công đoàn tỉnh lần thứ XII.
Đại hội thông qua chỉ tiêu nhiệm kỳ 2018 - 2023: phát triển 25.000 đoàn viên, thành lập 40 công đoàn cơ sở, 90% đoàn viên được học tập nghị quyết của Đảng.
Trung Hiếu
Tin liên quan
- Gò Dầu: 2.000 công nhân tham gia ngày hội việc làm (14/06/2018)
- Liên đoàn Lao động tỉnh trao 30 suất học bổng cho con đoàn viên (06/06/2018)
- Công ty TNHH Dệt may Hòa Thành tổ chức hội nghị người lao động (29/05/2018)
""", "2018-06-19", "Đại hội Công đoàn các Khu công nghiệp tỉnh lần thứ IV thành công tốt đẹp",
E("dai_hoi", None, "2018-06-18"),
[P("Nguyễn Thị Kim Phượng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Minh Trí", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Thạch Thị Sa Phia"),
 P("Trịnh Văn Đạt", "Chủ tịch Công đoàn các Khu công nghiệp tỉnh"),
 P("Sa Mách", "Phó Chủ tịch"),
 P("Lê Thị Huyền", "Phó Chủ tịch")],
[Q("118 đại biểu chính thức", 118, "đại biểu chính thức"), Q("hơn 22.500 đoàn viên", 22500, "đoàn viên", "over"),
 Q("65 công đoàn cơ sở", 65, "công đoàn cơ sở"), Q("41.000", 41000, "người"), Q("gần 78.000 người", 78000, "người", "approx"),
 Q("38 công đoàn cơ sở", 38, "công đoàn cơ sở"), Q("19.700 đoàn viên mới", 19700, "đoàn viên mới"), Q("100%", 100, "%"),
 Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("1.450 lượt đoàn viên khó khăn", 1450, "lượt đoàn viên khó khăn"),
 Q('16 "Mái ấm Công đoàn"', 16, "Mái ấm Công đoàn"), Q("34 vụ ngừng việc tập thể", 34, "vụ ngừng việc tập thể"),
 Q("21 vụ", 21, "vụ"), Q("5,8 triệu đồng", 5800000, "đồng"), Q("gần 20%", 20, "%", "approx"), Q("khoảng 60%", 60, "%", "approx"),
 Q("15 đồng chí", 15, "đồng chí"), Q("7 đại biểu", 7, "đại biểu"), Q("25.000 đoàn viên", 25000, "đoàn viên"),
 Q("40 công đoàn cơ sở", 40, "công đoàn cơ sở"), Q("90%", 90, "%")],
[D("Nghị quyết", "07", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 07-NQ/TU"),
 D("Quyết định", "1652", "QĐ-TLĐ", None, "Tổng Liên đoàn Lao động Việt Nam", "Quyết định số 1652/QĐ-TLĐ")],
[prov("Tây Ninh"), com("Phước Đông"), com("Trảng Bàng")],
["Báo Tây Ninh Online", "Xã hội › Lao động - Việc làm", "Các đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: Thanh Sơn",
 "Mái ấm Công đoàn", "Xanh - Sạch - Đẹp, bảo đảm an toàn vệ sinh lao động"],
["19/06/2018 - 16:05", "lần thứ IV", "nhiệm kỳ 2018 - 2023", "Nhiệm kỳ 2013 - 2018", "15 đồng chí", "khóa IV", "phiên họp thứ nhất",
 "lần thứ XII"]))

PAGES.append(page("b2365-bacgiang-hoinghi-nhao-congnhan-2019", """
BAN DÂN VẬN TỈNH ỦY BẮC GIANG
Vị trí: Trang chủ / Tin tức / Công tác dân vận
Cập nhật lúc 17:20 ngày 22/11/2019
Nhà ở, thiết chế văn hóa cho công nhân: cần sự vào cuộc của cả hệ thống chính trị
Ngày 21/11/2019, Ban Dân vận Tỉnh ủy Bắc Giang tổ chức hội nghị chuyên đề về công tác dân vận trong doanh nghiệp và chăm lo nhà ở cho công nhân các khu công nghiệp năm 2019. Chủ trì hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hoàng Văn Lìn, Lăng Thị Tuyết. Dự hội nghị có 135 đại biểu là lãnh đạo các huyện ủy, chủ tịch công đoàn cơ sở, đại diện 42 doanh nghiệp.
Toàn cảnh hội nghị. Ảnh: Đức Thuận
Theo báo cáo, đến tháng 10/2019, các khu công nghiệp Đình Trám, Quang Châu, Vân Trung, Song Khê - Nội Hoàng đã thu hút khoảng 105.000 lao động, trong đó hơn 60% là người ngoại tỉnh. Nhu cầu nhà ở của công nhân là khoảng 45.000 chỗ, nhưng các dự án nhà ở xã hội mới đáp ứng 3.600 chỗ; phần lớn công nhân thuê trọ trong dân ở xã Quang Châu, xã Nội Hoàng với giá từ 600.000 đến 900.000 đồng/phòng/tháng.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 11, 12-CT/TU về tăng cường lãnh đạo công tác dân vận trong doanh nghiệp và về xây dựng tổ chức đảng, đoàn thể trong doanh nghiệp ngoài nhà nước; sơ kết Nghị quyết 140-NQ/TU của Ban Thường vụ Tỉnh ủy về phát triển nhà ở công nhân. Đến nay, toàn tỉnh có 52 tổ chức cơ sở đảng với 1.340 đảng viên trong doanh nghiệp ngoài nhà nước.
Tại hội nghị, đồng chí Tô Văn Đích, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Việt Yên cho biết, huyện đã vận động 216 hộ kinh doanh nhà trọ ký cam kết "Nhà trọ an toàn, văn minh", lắp đặt 1.100 bình chữa cháy. Bà Sầm Thị Thoa, Chủ tịch Công đoàn Công ty TNHH Khoa học kỹ thuật Hồng Phát, chia sẻ công ty có 21.000 lao động, đã đầu tư 3 nhà trẻ với 480 cháu và xe đưa đón miễn phí cho 6.500 công nhân.
Một số ý kiến phản ánh tình trạng một số doanh nghiệp ép công nhân làm thêm quá 300 giờ/năm; việc chi trả trợ cấp thôi việc cho người lao động lớn tuổi chưa kịp thời. Ông Giáp Văn Hưng, Trưởng ban Tổ chức Liên đoàn Lao động tỉnh, đề nghị cấp ủy chỉ đạo doanh nghiệp bố trí quỹ đất xây dựng thiết chế công đoàn theo Quyết định 655/QĐ-TTg của Thủ tướng Chính phủ.
Kết luận hội nghị, đồng chí Hoàng Văn Lìn đề nghị các huyện có khu công nghiệp xây dựng ít nhất 2 khu nhà ở công nhân đến năm 2020; Ban Dân vận Tỉnh ủy sẽ tổng hợp 27 ý kiến góp ý của đại biểu để báo cáo Thường trực Tỉnh ủy.
Minh Thu
Xem thêm
- Lục Ngạn: tiếp xúc, đối thoại với nhân dân về giải phóng mặt bằng (15/11/2019)
- Trao 40 "Mái ấm Công đoàn" cho đoàn viên khó khăn (08/11/2019)
- Yên Dũng: vận động 98 hộ hiến đất mở rộng đường (25/10/2019)
""", "2019-11-22", "Nhà ở, thiết chế văn hóa cho công nhân: cần sự vào cuộc của cả hệ thống chính trị",
E("hoi_nghi", "2019", "2019-11-21"),
[P("Hoàng Văn Lìn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lăng Thị Tuyết", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tô Văn Đích", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Việt Yên"),
 P("Sầm Thị Thoa", "Chủ tịch Công đoàn Công ty TNHH Khoa học kỹ thuật Hồng Phát"),
 P("Giáp Văn Hưng", "Trưởng ban Tổ chức Liên đoàn Lao động tỉnh")],
[Q("135 đại biểu", 135, "đại biểu"), Q("42 doanh nghiệp", 42, "doanh nghiệp"), Q("khoảng 105.000 lao động", 105000, "lao động", "approx"),
 Q("hơn 60%", 60, "%", "over"), Q("khoảng 45.000 chỗ", 45000, "chỗ", "approx"), Q("3.600 chỗ", 3600, "chỗ"),
 Q("600.000", 600000, "đồng"), Q("900.000 đồng", 900000, "đồng"),
 Q("52 tổ chức cơ sở đảng", 52, "tổ chức cơ sở đảng"), Q("1.340 đảng viên", 1340, "đảng viên"),
 Q("216 hộ kinh doanh nhà trọ", 216, "hộ kinh doanh nhà trọ"), Q("1.100 bình chữa cháy", 1100, "bình chữa cháy"),
 Q("21.000 lao động", 21000, "lao động"), Q("3 nhà trẻ", 3, "nhà trẻ"), Q("480 cháu", 480, "cháu"), Q("6.500 công nhân", 6500, "công nhân"),
 Q("2 khu nhà ở công nhân", 2, "khu nhà ở công nhân"), Q("27 ý kiến", 27, "ý kiến")],
[D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Nghị quyết", "140", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 140-NQ/TU"),
 D("Quyết định", "655", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 655/QĐ-TTg")],
[prov("Bắc Giang"), com("Quang Châu"), com("Nội Hoàng")],
["BAN DÂN VẬN TỈNH ỦY BẮC GIANG", "Vị trí: Trang chủ / Tin tức / Công tác dân vận", "Toàn cảnh hội nghị. Ảnh: Đức Thuận",
 "Nhà trọ an toàn, văn minh", "Minh Thu"],
["Cập nhật lúc 17:20 ngày 22/11/2019", "năm 2019", "tháng 10/2019", "năm 2020", "300 giờ/năm"]))

PAGES.append(page("b2366-quangnam-bdv-tongket-2020", """
Báo Quảng Nam Online
Thời sự | Chính trị | Dân vận
Thứ Tư, 30/12/2020
Tôn vinh 45 tập thể, cá nhân tiêu biểu trong vận động công nhân vượt qua đại dịch
Chiều 29/12, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức hội nghị tổng kết công tác dân vận năm 2020, triển khai nhiệm vụ năm 2021 và tôn vinh 45 tập thể, cá nhân tiêu biểu. Đồng chí Alăng Thị Hoa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Đồng chí Alăng Thị Hoa trao bằng khen cho các điển hình.
Năm 2020, dịch Covid-19 ảnh hưởng nặng nề đến các doanh nghiệp trong Khu kinh tế mở Chu Lai và các khu công nghiệp Điện Nam - Điện Ngọc, Thuận Yên. Hơn 5.200 lao động bị mất việc, 14.600 lao động bị giảm giờ làm. Các cấp công đoàn đã phối hợp chi hỗ trợ 12,5 tỷ đồng cho người lao động theo Nghị quyết 42/NQ-CP của Chính phủ; vận động doanh nghiệp giữ việc làm cho hơn 80% lao động. Trong năm không xảy ra vụ ngừng việc tập thể nào kéo dài quá 1 ngày.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 98, 99-KL/TU về công tác vận động công nhân trong bối cảnh dịch bệnh và về hỗ trợ đồng bào Cơ Tu, Giẻ Triêng đi làm công nhân ở khu công nghiệp. Phong trào "Dân vận khéo" có 312 mô hình được công nhận, trong đó 37 mô hình cấp tỉnh. Mặt trận và các đoàn thể vận động được 46 tỷ đồng ủng hộ phòng, chống dịch và khắc phục hậu quả các cơn bão số 9, số 13.
Tại hội nghị, ông Bh'riu Liếc, Bí thư Đảng ủy xã A Tiêng, cho biết xã đã đưa 86 thanh niên Cơ Tu xuống làm việc tại các doanh nghiệp ở Chu Lai, thu nhập bình quân 5,5 triệu đồng/tháng. Chị Zơrâm Thị Nhàn, Phó Chủ tịch Công đoàn Công ty CP Ô tô Trường Phát, cho biết công ty đã bố trí 250 phòng ở miễn phí cho công nhân miền núi. Đồng chí Nguyễn Văn Khoa, Phó Bí thư Thường trực Đảng ủy phường Điện Nam Bắc, chia sẻ cách vận động 1.200 hộ cho thuê trọ giảm 20% giá phòng trong những tháng cách ly xã hội. Hội nghị cũng nghe báo cáo việc thực hiện dân chủ ở cơ sở tại 27 doanh nghiệp nhà nước, nơi hội nghị người lao động được tổ chức đúng quy định.
Phát biểu chỉ đạo, đồng chí Lê Văn Thanh, Phó Bí thư Tỉnh ủy, đề nghị năm 2021 khối dân vận bám sát Chỉ thị số 49-CT/TU ngày 06/8/2020 của Tỉnh ủy, tiếp tục theo dõi tư tưởng công nhân, nhất là lao động là người dân tộc thiểu số, không để các thế lực xấu lợi dụng lôi kéo ngừng việc.
Văn Phúc
Các tin đã đưa
- Núi Thành: đối thoại với 300 công nhân Khu kinh tế mở Chu Lai (22/12/2020)
- Vận động Quỹ "Vì người nghèo" năm 2020 đạt 72 tỷ đồng (15/12/2020)
- Tây Giang: 120 lao động Cơ Tu xuống đồng bằng làm việc (03/12/2020)
""", "2020-12-30", "Tôn vinh 45 tập thể, cá nhân tiêu biểu trong vận động công nhân vượt qua đại dịch",
E("tong_ket", "2020", "2020-12-29"),
[P("Alăng Thị Hoa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bh'riu Liếc", "Bí thư Đảng ủy xã A Tiêng"),
 P("Zơrâm Thị Nhàn", "Phó Chủ tịch Công đoàn Công ty CP Ô tô Trường Phát"),
 P("Nguyễn Văn Khoa", "Phó Bí thư Thường trực Đảng ủy phường Điện Nam Bắc"),
 P("Lê Văn Thanh", "Phó Bí thư Tỉnh ủy")],
[Q("45 tập thể, cá nhân tiêu biểu", 45, "tập thể, cá nhân tiêu biểu"), Q("Hơn 5.200 lao động", 5200, "lao động", "over"),
 Q("14.600 lao động", 14600, "lao động"), Q("12,5 tỷ đồng", 12500000000, "đồng"), Q("hơn 80%", 80, "%", "over"),
 Q("312 mô hình", 312, "mô hình"), Q("37 mô hình cấp tỉnh", 37, "mô hình cấp tỉnh"), Q("46 tỷ đồng", 46000000000, "đồng"),
 Q("86 thanh niên Cơ Tu", 86, "thanh niên Cơ Tu"), Q("5,5 triệu đồng", 5500000, "đồng"), Q("250 phòng", 250, "phòng"),
 Q("1.200 hộ", 1200, "hộ"), Q("20%", 20, "%"), Q("27 doanh nghiệp nhà nước", 27, "doanh nghiệp nhà nước")],
[D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết 42/NQ-CP"),
 D("Kết luận", "98", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 98, 99-KL/TU"),
 D("Kết luận", "99", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 98, 99-KL/TU"),
 D("Chỉ thị", "49", "CT/TU", "2020-08-06", "Tỉnh ủy", "Chỉ thị số 49-CT/TU ngày 06/8/2020")],
[prov("Quảng Nam"), com("A Tiêng"), com("Điện Nam Bắc")],
["Báo Quảng Nam Online", "Thời sự | Chính trị | Dân vận", "Đồng chí Alăng Thị Hoa trao bằng khen cho các điển hình.",
 "Dân vận khéo", "Khu kinh tế mở Chu Lai", "Văn Phúc"],
["Thứ Tư, 30/12/2020", "năm 2020", "năm 2021", "1 ngày", "bão số 9, số 13", "Covid-19"]))

PAGES.append(page("b2367-hanam-bdv-giaoban-thang9-2021", """
BAN DÂN VẬN TỈNH ỦY HÀ NAM
Trang chủ - Hoạt động dân vận - Giao ban
05/10/2021 06:00
Đồng chí Lại Thị Ngọc Bích chủ trì giao ban.
Bảo đảm an toàn cho công nhân khi doanh nghiệp trở lại sản xuất
Sáng 4/10, Ban Dân vận Tỉnh ủy Hà Nam tổ chức giao ban công tác dân vận tháng 9/2021 theo hình thức trực tuyến với 6 điểm cầu huyện, thị xã, thành phố. Đồng chí Lại Thị Ngọc Bích, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, trong tháng 9, toàn tỉnh có 248 doanh nghiệp trong các khu công nghiệp Đồng Văn, Hòa Mạc, Châu Sơn duy trì sản xuất với khoảng 93.000 lao động; 68 doanh nghiệp thực hiện phương án "3 tại chỗ" hoặc "1 cung đường 2 điểm đến" cho hơn 21.000 công nhân. Đã có 95% công nhân được tiêm vắc xin mũi 1. Trong tháng không xảy ra ngừng việc tập thể; có 2 vụ tập trung đông người đòi thanh toán lương tại doanh nghiệp may ở phường Đồng Văn đã được công đoàn và chính quyền giải quyết ngay trong ngày.
Thực hiện Nghị quyết 68/NQ-CP ngày 01/7/2021 của Chính phủ và Quyết định 23/2021/QĐ-TTg của Thủ tướng Chính phủ, các ngành đã chi hỗ trợ 9,6 tỷ đồng cho 27.400 lượt người lao động; Liên đoàn Lao động tỉnh trao 3.200 túi an sinh công đoàn, mỗi túi trị giá 300.000 đồng cho công nhân ở trọ bị phong tỏa. Ban Dân vận Tỉnh ủy ban hành Công văn số 176-CV/BDVTU đề nghị các chủ nhà trọ giảm, miễn tiền phòng; đến nay 1.860 chủ nhà trọ đã hưởng ứng, giảm cho khoảng 12.000 công nhân.
Đồng chí Trương Quốc Hùng, TUV, Chủ tịch Liên đoàn Lao động tỉnh cho biết, nhiều công nhân ngoại tỉnh có nguyện vọng về quê, công đoàn đã phối hợp đưa 430 công nhân về các tỉnh Thanh Hóa, Nghệ An an toàn. Ông Đinh Công Sửu, Chủ tịch Ủy ban MTTQ Việt Nam xã Thanh Hải, báo cáo xã đã lập 4 tổ Covid cộng đồng trong khu nhà trọ công nhân. Bà Lương Thị Hiên, Trưởng ban Dân vận Huyện ủy Kim Bảng, đề nghị sớm có hướng dẫn đưa công nhân trở lại làm việc khi điều chỉnh biện pháp phòng dịch.
Kết luận giao ban, đồng chí Lại Thị Ngọc Bích yêu cầu trong tháng 10 khối dân vận tiếp tục nắm chắc tình hình tư tưởng công nhân, chủ động phối hợp với doanh nghiệp phục hồi sản xuất, không để phát sinh điểm nóng; kịp thời tham mưu Thường trực Tỉnh ủy các giải pháp hỗ trợ người lao động. Hội Liên hiệp Phụ nữ tỉnh được đề nghị tiếp tục vận động, sau khi đã dành 150 triệu đồng mua sữa cho 520 trẻ em là con công nhân ở trọ.
Thu Hằng
Tin liên quan
- Duy Tiên: 1.500 túi an sinh đến với công nhân khu trọ (27/09/2021)
- Ban Dân vận Tỉnh ủy giao ban tháng 8/2021 (06/09/2021)
- Thanh Liêm: vận động chủ nhà trọ giảm giá phòng cho công nhân (25/08/2021)
""", "2021-10-05", "Bảo đảm an toàn cho công nhân khi doanh nghiệp trở lại sản xuất",
E("giao_ban", "2021-09", "2021-10-04"),
[P("Lại Thị Ngọc Bích", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Quốc Hùng", "TUV", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Đinh Công Sửu", "Chủ tịch Ủy ban MTTQ Việt Nam xã Thanh Hải"),
 P("Lương Thị Hiên", "Trưởng ban Dân vận Huyện ủy Kim Bảng")],
[Q("6 điểm cầu huyện, thị xã, thành phố", 6, "điểm cầu huyện, thị xã, thành phố"), Q("248 doanh nghiệp", 248, "doanh nghiệp"),
 Q("khoảng 93.000 lao động", 93000, "lao động", "approx"), Q("68 doanh nghiệp", 68, "doanh nghiệp"),
 Q("hơn 21.000 công nhân", 21000, "công nhân", "over"), Q("95%", 95, "%"),
 Q("2 vụ tập trung đông người đòi thanh toán lương", 2, "vụ tập trung đông người đòi thanh toán lương"),
 Q("9,6 tỷ đồng", 9600000000, "đồng"), Q("27.400 lượt người lao động", 27400, "lượt người lao động"),
 Q("3.200 túi an sinh công đoàn", 3200, "túi an sinh công đoàn"), Q("300.000 đồng", 300000, "đồng"),
 Q("1.860 chủ nhà trọ", 1860, "chủ nhà trọ"), Q("khoảng 12.000 công nhân", 12000, "công nhân", "approx"),
 Q("430 công nhân", 430, "công nhân"), Q("4 tổ Covid cộng đồng", 4, "tổ Covid cộng đồng"), Q("150 triệu đồng", 150000000, "đồng"), Q("520 trẻ em", 520, "trẻ em")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết 68/NQ-CP ngày 01/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 23/2021/QĐ-TTg"),
 D("Công văn", "176", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 176-CV/BDVTU")],
[prov("Hà Nam"), prov("Thanh Hóa"), prov("Nghệ An"), com("Đồng Văn"), com("Thanh Hải")],
["BAN DÂN VẬN TỈNH ỦY HÀ NAM", "Trang chủ - Hoạt động dân vận - Giao ban", "Đồng chí Lại Thị Ngọc Bích chủ trì giao ban.",
 "3 tại chỗ", "1 cung đường 2 điểm đến", "Thu Hằng"],
["05/10/2021 06:00", "tháng 9/2021", "trong tháng 9", "3 tại chỗ", "1 cung đường 2 điểm đến", "mũi 1", "trong tháng 10"]))

PAGES.append(page("b2368-cantho-bdv-baocao-doanhnghiep-2022", """
Ban Dân vận Thành ủy Cần Thơ
Trang chủ > Nghiên cứu - Trao đổi > Báo cáo, số liệu
Thứ Hai, 21/11/2022, 08:05
Kết quả công tác dân vận trong doanh nghiệp năm 2022
Ban Dân vận Thành ủy Cần Thơ vừa có Báo cáo số 215-BC/BDVTU ngày 18/11/2022 gửi Ban Thường vụ Thành ủy về kết quả công tác dân vận trong các doanh nghiệp, khu công nghiệp năm 2022. Trang thông tin giới thiệu một số nội dung chính của báo cáo.
Công nhân Khu công nghiệp Trà Nóc sau giờ tan ca.
Về tình hình lao động, đến cuối tháng 10/2022, thành phố có 8 khu công nghiệp, khu chế xuất với 312 doanh nghiệp đang hoạt động, sử dụng gần 48.000 lao động; tiền lương bình quân đạt 6,9 triệu đồng/tháng, tăng 7,2% so với năm 2021. Mức lương tối thiểu vùng II theo Nghị định 38/2022/NĐ-CP của Chính phủ là 4.160.000 đồng/tháng, được 100% doanh nghiệp khảo sát áp dụng từ ngày 01/7/2022.
Về quan hệ lao động, trong năm xảy ra 3 vụ ngừng việc tập thể với 1.150 người tham gia, giảm 5 vụ so với năm trước; các vụ việc đều được giải quyết trong vòng 2 ngày. Công đoàn các cấp đã hướng dẫn 186 doanh nghiệp tổ chức đối thoại định kỳ, 204 doanh nghiệp tổ chức hội nghị người lao động. Thực hiện Chương trình "Mái ấm Công đoàn" và Chương trình "Tháng Công nhân" năm 2022, các cấp công đoàn đã hỗ trợ xây mới, sửa chữa 48 căn nhà với tổng kinh phí 2,4 tỷ đồng; tổ chức 12 phiên chợ giá rẻ. Báo cáo cũng nêu còn 6 doanh nghiệp nợ đọng bảo hiểm xã hội với số tiền 3,2 tỷ đồng.
Về xây dựng tổ chức, Ban Dân vận Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành Chỉ thị 14, 15-CT/TU về tăng cường lãnh đạo xây dựng quan hệ lao động hài hòa và về phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước; hướng dẫn thực hiện Kết luận 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW. Đến nay, 41 doanh nghiệp có tổ chức đảng, kết nạp 96 đảng viên mới là công nhân.
Báo cáo dẫn ý kiến của đồng chí Danh Thị Kim Loan, Phó Trưởng Ban Dân vận Thành ủy: "Công nhân cần nhất là việc làm ổn định, lương đủ sống và chỗ ở an toàn". Theo đồng chí Huỳnh Kim Sơn, Bí thư Đảng ủy phường Trà Nóc, phường đã vận động 74 chủ nhà trọ tham gia mô hình "Nhà trọ công nhân văn minh"; phường Phước Thới xây dựng 1 thiết chế công đoàn với 260 phòng ở.
Báo cáo đề ra 5 nhóm giải pháp cho năm 2023, trong đó có đề xuất dành 20% quỹ đất các dự án nhà ở thương mại để xây nhà ở xã hội cho công nhân.
Minh Đức
Bài viết liên quan
- Ô Môn: đối thoại với công nhân Nhà máy nhiệt điện (10/11/2022)
- Thốt Nốt ra mắt 3 tổ tự quản nhà trọ (28/10/2022)
- Công đoàn các Khu chế xuất và công nghiệp thành phố trao 150 suất quà (14/10/2022)
""", "2022-11-21", "Kết quả công tác dân vận trong doanh nghiệp năm 2022",
E("bao_cao", "2022", "2022-11-18"),
[P("Danh Thị Kim Loan", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Huỳnh Kim Sơn", "Bí thư Đảng ủy phường Trà Nóc")],
[Q("8 khu công nghiệp, khu chế xuất", 8, "khu công nghiệp, khu chế xuất"), Q("312 doanh nghiệp", 312, "doanh nghiệp"),
 Q("gần 48.000 lao động", 48000, "lao động", "approx"), Q("6,9 triệu đồng", 6900000, "đồng"), Q("7,2%", 7.2, "%"),
 Q("4.160.000 đồng", 4160000, "đồng"), Q("100%", 100, "%"), Q("3 vụ ngừng việc tập thể", 3, "vụ ngừng việc tập thể"),
 Q("1.150 người", 1150, "người"), Q("5 vụ", 5, "vụ"), Q("186 doanh nghiệp", 186, "doanh nghiệp"), Q("204 doanh nghiệp", 204, "doanh nghiệp"),
 Q("48 căn nhà", 48, "căn nhà"), Q("2,4 tỷ đồng", 2400000000, "đồng"), Q("12 phiên chợ giá rẻ", 12, "phiên chợ giá rẻ"), Q("6 doanh nghiệp", 6, "doanh nghiệp"), Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("41 doanh nghiệp", 41, "doanh nghiệp"), Q("96 đảng viên mới", 96, "đảng viên mới"), Q("74 chủ nhà trọ", 74, "chủ nhà trọ"),
 Q("260 phòng ở", 260, "phòng ở"), Q("5 nhóm giải pháp", 5, "nhóm giải pháp"), Q("20%", 20, "%")],
[D("Báo cáo", "215", "BC/BDVTU", "2022-11-18", "Ban Dân vận Thành ủy Cần Thơ", "Báo cáo số 215-BC/BDVTU ngày 18/11/2022"),
 D("Nghị định", "38", "2022/NĐ-CP", None, "Chính phủ", "Nghị định 38/2022/NĐ-CP"),
 D("Chỉ thị", "14", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 14, 15-CT/TU"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 14, 15-CT/TU"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận 01-KL/TW"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW")],
[prov("Cần Thơ"), com("Trà Nóc"), com("Phước Thới")],
["Ban Dân vận Thành ủy Cần Thơ", "Trang chủ > Nghiên cứu - Trao đổi > Báo cáo, số liệu", "Công nhân Khu công nghiệp Trà Nóc sau giờ tan ca.",
 "Mái ấm Công đoàn", "Tháng Công nhân", "Nhà trọ công nhân văn minh", "Minh Đức"],
["Thứ Hai, 21/11/2022, 08:05", "năm 2022", "tháng 10/2022", "năm 2021", "vùng II", "2 ngày", "năm trước", "1 thiết chế công đoàn",
 "năm 2023"]))
