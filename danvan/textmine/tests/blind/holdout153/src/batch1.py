from lib import *
PAGES = []

PAGES.append(page("b3629-quangninh-cdthan-tongket-2011", """
CÔNG ĐOÀN THAN - KHOÁNG SẢN VIỆT NAM
Trang chủ > Hoạt động công đoàn > Công đoàn cơ sở
Thứ Hai, 26/12/2011 - 09:30
Toàn cảnh hội nghị tổng kết. Ảnh: Minh Hà
Công đoàn Than Mạo Khê: Chăm lo tốt đời sống thợ lò
Ngày 23/12/2011, Công đoàn Công ty Than Mạo Khê - TKV tổ chức hội nghị tổng kết công tác công đoàn năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Vũ Đức Thuận, Chủ tịch Công đoàn Than - Khoáng sản Việt Nam dự và chỉ đạo hội nghị. Cùng dự có đồng chí Nguyễn Văn Khởi, Bí thư Đảng ủy, Giám đốc Công ty.
Năm 2011, Công ty có 5.862 công nhân, trong đó hơn 3.100 thợ lò trực tiếp sản xuất; sản lượng than nguyên khai đạt 1,85 triệu tấn. Thu nhập bình quân của người lao động đạt 7,6 triệu đồng/người/tháng, tăng 14% so với năm 2010. Công đoàn đã phối hợp với Giám đốc tổ chức hội nghị người lao động ở 36 đơn vị, ký lại thỏa ước lao động tập thể; giám sát việc thực hiện Nghị định số 87/2007/NĐ-CP của Chính phủ về quy chế dân chủ ở cơ sở tại công ty cổ phần.
Thực hiện Nghị quyết số 20-NQ/TW ngày 28/1/2008 của BCH Trung ương về tiếp tục xây dựng giai cấp công nhân Việt Nam, Công đoàn đã kết nạp 214 đoàn viên mới, giới thiệu 58 đoàn viên ưu tú cho Đảng xem xét kết nạp. Quỹ "Vì người lao động" của Công ty đã hỗ trợ 42 gia đình thợ lò khó khăn với tổng số tiền khoảng 630 triệu đồng; bàn giao 6 Mái ấm Công đoàn, mỗi căn trị giá 40 triệu đồng.
Tại hội nghị, anh Bàn Văn Quý, người Dao, Tổ trưởng Tổ đào lò số 3 Phân xưởng Khai thác 6, phản ánh nhà tập thể khu Vĩnh Tuy còn xuống cấp. Chị Hoàng Thị Mến, Phó Chủ tịch Công đoàn Công ty, cho biết năm 2012 Công ty sẽ cải tạo 120 phòng ở tập thể cho công nhân độc thân ở thị trấn Mạo Khê.
Phát biểu chỉ đạo, đồng chí Vũ Đức Thuận yêu cầu Công đoàn Công ty bám sát Kế hoạch số 112/KH-CĐTKV của Công đoàn Than - Khoáng sản Việt Nam, tăng cường đối thoại tại nơi làm việc, bảo đảm an toàn lao động, không để xảy ra tai nạn lao động nghiêm trọng. Đồng chí cũng đề nghị Công ty phối hợp với chính quyền địa phương tỉnh Quảng Ninh giải quyết dứt điểm việc cấp đất làm nhà cho hộ công nhân lâu năm, quan tâm khám sức khỏe định kỳ, phát hiện sớm bệnh bụi phổi cho người lao động hầm lò. Dịp này, 15 tập thể và 37 cá nhân được tặng bằng khen.
Nguyễn Minh Hà
Lượt xem: 1.204
Tin liên quan
- Than Vàng Danh: hội nghị người lao động năm 2012 (20/12/2011)
- Trao 10 Mái ấm Công đoàn cho thợ lò Than Hà Lầm (12/12/2011)
- Công đoàn Than Quảng Ninh tập huấn an toàn vệ sinh lao động (28/11/2011)
- Thăm hỏi gia đình công nhân bị tai nạn lao động tại Cẩm Phả (14/11/2011)
""", "2011-12-26", "Công đoàn Than Mạo Khê: Chăm lo tốt đời sống thợ lò",
E("tong_ket", "2011", "2011-12-23"),
[P("Vũ Đức Thuận", "Chủ tịch Công đoàn Than - Khoáng sản Việt Nam"),
 P("Nguyễn Văn Khởi", "Bí thư Đảng ủy", "Giám đốc Công ty"),
 P("Bàn Văn Quý", "Tổ trưởng Tổ đào lò số 3 Phân xưởng Khai thác 6"),
 P("Hoàng Thị Mến", "Phó Chủ tịch Công đoàn Công ty")],
[Q("5.862 công nhân", 5862, "công nhân"), Q("hơn 3.100 thợ lò", 3100, "thợ lò", "over"),
 Q("1,85 triệu tấn", 1850000, "tấn"), Q("7,6 triệu đồng", 7600000, "đồng"), Q("14%", 14, "%"),
 Q("36 đơn vị", 36, "đơn vị"), Q("214 đoàn viên mới", 214, "đoàn viên mới"), Q("58 đoàn viên ưu tú", 58, "đoàn viên ưu tú"),
 Q("42 gia đình thợ lò khó khăn", 42, "gia đình thợ lò khó khăn"), Q("khoảng 630 triệu đồng", 630000000, "đồng", "approx"),
 Q("6 Mái ấm Công đoàn", 6, "Mái ấm Công đoàn"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("120 phòng ở tập thể", 120, "phòng ở tập thể"), Q("15 tập thể", 15, "tập thể"), Q("37 cá nhân", 37, "cá nhân")],
[D("Nghị định", "87", "2007/NĐ-CP", None, "Chính phủ", "Nghị định số 87/2007/NĐ-CP của Chính phủ"),
 D("Nghị quyết", "20", "NQ/TW", "2008-01-28", "BCH Trung ương", "Nghị quyết số 20-NQ/TW ngày 28/1/2008 của BCH Trung ương"),
 D("Kế hoạch", "112", "KH-CĐTKV", None, "Công đoàn Than - Khoáng sản Việt Nam", "Kế hoạch số 112/KH-CĐTKV của Công đoàn Than - Khoáng sản Việt Nam")],
[prov("Quảng Ninh"), com("Mạo Khê")],
["CÔNG ĐOÀN THAN - KHOÁNG SẢN VIỆT NAM", "Trang chủ > Hoạt động công đoàn > Công đoàn cơ sở",
 "Toàn cảnh hội nghị tổng kết. Ảnh: Minh Hà", "Vì người lao động", "Lượt xem: 1.204", "TKV"],
["Thứ Hai, 26/12/2011 - 09:30", "năm 2011", "năm 2012", "năm 2010", "Lượt xem: 1.204", "số 3", "Khai thác 6"]))

PAGES.append(page("b3630-haiphong-ldld-doithoai-2012", """
LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HẢI PHÒNG
Tin tức - Sự kiện / Quan hệ lao động
08:15 | 19/06/2012
Đối thoại với công nhân Khu công nghiệp Nomura: Nhà trọ, nhà trẻ là bức xúc lớn nhất
Chiều 17/6, Liên đoàn Lao động thành phố phối hợp với Ban Quản lý Khu kinh tế Hải Phòng tổ chức đối thoại với công nhân lao động Khu công nghiệp Nomura năm 2012. Chủ trì có các đồng chí Phó Chủ tịch LĐLĐ thành phố: Lê Văn Tám, Đỗ Thị Thu Hằng và ông Phạm Quang Vinh, Phó Trưởng ban Quản lý Khu kinh tế Hải Phòng.
Khu công nghiệp hiện có 52 doanh nghiệp với khoảng 18.000 lao động, trong đó gần 70% là lao động nữ từ các tỉnh Thái Bình, Thanh Hóa, Nghệ An đến làm việc, phần lớn thuê trọ ở xã Tân Tiến và xã An Hưng. Tại buổi đối thoại, 23 ý kiến đã được nêu, tập trung vào giá điện, nước tại nhà trọ, thiếu nhà trẻ cho con công nhân, tăng ca kéo dài.
Chị Lò Thị Xuân, người Thái, công nhân Công ty TNHH Điện tử Nomura, cho biết mỗi tháng tiền trọ, điện nước hết khoảng 1,2 triệu đồng trong khi lương cơ bản chỉ hơn 2,1 triệu đồng. Anh Quách Văn Lực, người Mường, Chủ tịch Công đoàn cơ sở Công ty TNHH Kỹ thuật số Việt, đề nghị doanh nghiệp hỗ trợ tiền nhà ở 200.000 đồng/tháng.
Trả lời công nhân, đại diện Sở Lao động - Thương binh và Xã hội cho biết thành phố đang thực hiện Quyết định số 1249/QĐ-UBND ngày 28/7/2011 của UBND thành phố về phát triển nhà ở cho công nhân khu công nghiệp; đến năm 2015 phấn đấu xây dựng 5.000 căn hộ cho người lao động thuê. Đồng chí Lê Văn Tám yêu cầu các công đoàn cơ sở giám sát việc thi hành Bộ luật Lao động, Nghị định 70/2011/NĐ-CP về lương tối thiểu vùng, không để chủ doanh nghiệp chậm trả lương.
Kết thúc buổi đối thoại, LĐLĐ thành phố đã trao 100 suất quà, mỗi suất 300.000 đồng cho công nhân có hoàn cảnh khó khăn. Liên đoàn cũng ghi nhận 8 kiến nghị chuyển UBND thành phố trả lời bằng văn bản trong 30 ngày.
Trước đó, LĐLĐ thành phố đã khảo sát 600 công nhân tại 12 doanh nghiệp; kết quả cho thấy 81% công nhân thuê trọ bên ngoài, chỉ 6% được ở nhà do doanh nghiệp xây. Nhiều phòng trọ diện tích dưới 10 m2 nhưng có 3 - 4 người ở.
Nhiều công nhân cũng mong muốn thành phố sớm quy hoạch thiết chế văn hóa, sân chơi, thư viện gần khu công nghiệp để người lao động có nơi sinh hoạt sau giờ làm, giảm tình trạng thanh niên tụ tập quán xá. Đại diện các doanh nghiệp Nhật Bản cam kết nghiên cứu, phản hồi các kiến nghị về tăng ca và bữa ăn giữa ca.
Thu Hiền
Bản in | Gửi email
Các tin khác
- Hải Phòng: 3.000 công nhân được khám sức khỏe miễn phí (12/06/2012)
- Thủy Nguyên ra mắt nghiệp đoàn nghề cá (05/06/2012)
- Tập huấn kỹ năng thương lượng tập thể cho cán bộ công đoàn (28/05/2012)
- Công nhân khu công nghiệp Đình Vũ hưởng ứng Tháng Công nhân (15/05/2012)
""", "2012-06-19", "Đối thoại với công nhân Khu công nghiệp Nomura: Nhà trọ, nhà trẻ là bức xúc lớn nhất",
E("doi_thoai", "2012", "2012-06-17"),
[P("Lê Văn Tám", "Phó Chủ tịch LĐLĐ thành phố"), P("Đỗ Thị Thu Hằng", "Phó Chủ tịch LĐLĐ thành phố"),
 P("Phạm Quang Vinh", "Phó Trưởng ban Quản lý Khu kinh tế Hải Phòng"),
 P("Lò Thị Xuân", "công nhân Công ty TNHH Điện tử Nomura"),
 P("Quách Văn Lực", "Chủ tịch Công đoàn cơ sở Công ty TNHH Kỹ thuật số Việt")],
[Q("52 doanh nghiệp", 52, "doanh nghiệp"), Q("khoảng 18.000 lao động", 18000, "lao động", "approx"),
 Q("gần 70%", 70, "%", "approx"), Q("23 ý kiến", 23, "ý kiến"), Q("khoảng 1,2 triệu đồng", 1200000, "đồng", "approx"),
 Q("hơn 2,1 triệu đồng", 2100000, "đồng", "over"), Q("200.000 đồng", 200000, "đồng"),
 Q("5.000 căn hộ", 5000, "căn hộ"), Q("100 suất quà", 100, "suất quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("8 kiến nghị", 8, "kiến nghị"), Q("600 công nhân", 600, "công nhân"), Q("12 doanh nghiệp", 12, "doanh nghiệp"),
 Q("81%", 81, "%"), Q("6%", 6, "%"), Q("dưới 10 m2", 10, "m2")],
[D("Quyết định", "1249", "QĐ-UBND", "2011-07-28", "UBND thành phố", "Quyết định số 1249/QĐ-UBND ngày 28/7/2011 của UBND thành phố"),
 D("Nghị định", "70", "2011/NĐ-CP", None, None, "Nghị định 70/2011/NĐ-CP")],
[prov("Hải Phòng"), prov("Thái Bình"), prov("Thanh Hóa"), prov("Nghệ An"), com("Tân Tiến"), com("An Hưng")],
["LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HẢI PHÒNG", "Tin tức - Sự kiện / Quan hệ lao động", "Bản in | Gửi email", "Bộ luật Lao động"],
["08:15 | 19/06/2012", "năm 2012", "30 ngày", "3 - 4 người", "năm 2015"]))

PAGES.append(page("b3631-quangninh-campha-bdv-soket-2013", """
Cổng thông tin điện tử thành phố Cẩm Phả
Bạn đang ở: Trang chủ › Tin tức › Dân vận
Cập nhật: 16:40, 15/07/2013 (GMT+7)
Ảnh: Đồng chí Trần Thị Hoa phát biểu tại hội nghị.
Dân vận ở vùng mỏ: lắng nghe thợ lò từ tổ dân phố
Ngày 12/7, Ban Dân vận Thành ủy Cẩm Phả tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2013. Đồng chí Trần Thị Hoa, Thành ủy viên, Trưởng Ban Dân vận Thành ủy chủ trì hội nghị.
Cẩm Phả có 16 phường, xã với trên 41.000 công nhân mỏ đang làm việc tại 14 công ty than. 6 tháng qua, khối dân vận đã phối hợp với công đoàn các mỏ nắm tình hình tư tưởng thợ mỏ khi một số đơn vị giảm sản lượng, bố trí luân phiên nghỉ việc. Ban Dân vận đã hướng dẫn thực hiện Kết luận 15, 16-KL/ThU của Ban Thường vụ Thành ủy về công tác dân vận trong các doanh nghiệp ngành than và về di dân ra khỏi vùng ảnh hưởng của bãi thải mỏ.
Tại phường Mông Dương và phường Cửa Ông, các tổ dân vận đã vận động 312 hộ dân di chuyển khỏi vùng sạt lở bãi thải, nhận tiền hỗ trợ khoảng 46 tỷ đồng. 27 vụ việc khiếu nại về bụi than, nước thải đã được hòa giải ở cơ sở.
Đồng chí Đặng Văn Lợi, Chủ tịch Công đoàn Công ty Than Mông Dương, cho biết Công ty đã đối thoại định kỳ với 9 phân xưởng; thợ lò đề nghị bố trí xe đưa đón ca ba và tăng bồi dưỡng độc hại. Ông Lý Văn Sềnh, người Sán Chỉ, tổ trưởng tổ dân phố 4 phường Mông Dương, phản ánh đường lên khu tập thể thợ mỏ bị xuống cấp.
Phát biểu kết luận, đồng chí Trần Thị Hoa đề nghị 6 tháng cuối năm các đơn vị tiếp tục triển khai Quyết định 290-QĐ/TW của Bộ Chính trị, thực hiện tốt kế hoạch số 37-KH/BDVThU về dân vận chính quyền; phát huy phong trào "Dân vận khéo" trong công nhân mỏ. Bà Phạm Thu Trang, Phó Trưởng Ban Dân vận Thành ủy, thông qua chương trình phối hợp với Công đoàn Than Cẩm Phả.
Nhiều ý kiến cho rằng việc nắm tư tưởng công nhân ở khu nhà trọ còn chậm; có lúc thông tin về việc giảm giờ làm chưa được giải thích kịp thời khiến người lao động băn khoăn. Đại diện Ủy ban MTTQ thành phố đề nghị phối hợp chặt chẽ hơn với Ban Dân vận Tỉnh ủy Quảng Ninh và Công đoàn Than Cẩm Phả trong việc tiếp nhận, trả lời phản ánh của công nhân, người dân sống gần khai trường, nhất là vào mùa mưa bão khi nguy cơ sạt lở bãi thải tăng cao.
Minh Châu
Số lượt xem: 542
Tin khác
- Cẩm Phả: hội nghị người có uy tín khu vực miền núi Dương Huy (05/07/2013)
- Phường Cẩm Đông ra mắt mô hình "Khu phố không có đơn thư" (20/06/2013)
- Thợ mỏ Đèo Nai hiến máu tình nguyện (08/06/2013)
- Ban Dân vận Thành ủy làm việc với Đảng ủy phường Quang Hanh (29/05/2013)
""", "2013-07-15", "Dân vận ở vùng mỏ: lắng nghe thợ lò từ tổ dân phố",
E("so_ket", "2013-H1", "2013-07-12"),
[P("Trần Thị Hoa", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Đặng Văn Lợi", "Chủ tịch Công đoàn Công ty Than Mông Dương"),
 P("Lý Văn Sềnh", "tổ trưởng tổ dân phố 4 phường Mông Dương"),
 P("Phạm Thu Trang", "Phó Trưởng Ban Dân vận Thành ủy")],
[Q("16 phường, xã", 16, "phường, xã"), Q("trên 41.000 công nhân mỏ", 41000, "công nhân mỏ", "over"),
 Q("14 công ty than", 14, "công ty than"), Q("312 hộ dân", 312, "hộ dân"),
 Q("khoảng 46 tỷ đồng", 46000000000, "đồng", "approx"), Q("27 vụ việc khiếu nại", 27, "vụ việc khiếu nại"),
 Q("9 phân xưởng", 9, "phân xưởng")],
[D("Kết luận", "15", "KL/ThU", None, "Ban Thường vụ Thành ủy", "Kết luận 15, 16-KL/ThU"),
 D("Kết luận", "16", "KL/ThU", None, "Ban Thường vụ Thành ủy", "Kết luận 15, 16-KL/ThU"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 290-QĐ/TW của Bộ Chính trị"),
 D("Kế hoạch", "37", "KH/BDVThU", None, None, "kế hoạch số 37-KH/BDVThU")],
[prov("Quảng Ninh"), com("Mông Dương"), com("Cửa Ông")],
["Cổng thông tin điện tử thành phố Cẩm Phả", "Bạn đang ở: Trang chủ › Tin tức › Dân vận",
 "Ảnh: Đồng chí Trần Thị Hoa phát biểu tại hội nghị.", "Dân vận khéo", "Số lượt xem: 542"],
["Cập nhật: 16:40, 15/07/2013 (GMT+7)", "6 tháng đầu năm", "6 tháng cuối năm 2013", "ca ba", "tổ dân phố 4", "Số lượt xem: 542"]))

PAGES.append(page("b3632-haiphong-cathai-nghiepdoan-daihoi-2014", """
HỘI NÔNG DÂN THÀNH PHỐ HẢI PHÒNG
Trang chủ >> Hoạt động Hội >> Cơ sở
29-09-2014 10:20
Đại hội Nghiệp đoàn nghề cá xã Hoàng Châu lần thứ II
Ngày 27/9/2014, Nghiệp đoàn nghề cá xã Hoàng Châu, huyện Cát Hải tổ chức Đại hội lần thứ II, nhiệm kỳ 2014 - 2019. Dự đại hội có ông Nguyễn Hữu Đạt, Phó Chủ tịch Hội Nông dân thành phố khóa X; bà Vũ Thị Lan, HUV, Chủ tịch Hội Nông dân huyện Cát Hải và 85 đoàn viên đại diện cho 312 ngư dân của xã.
Nhiệm kỳ qua, Nghiệp đoàn đã thành lập 14 tổ đoàn kết khai thác hải sản trên biển với 97 tàu cá, trong đó có 21 tàu có công suất từ 90 CV trở lên đánh bắt xa bờ tại ngư trường Bạch Long Vĩ. Sản lượng khai thác bình quân đạt hơn 4.200 tấn/năm; thu nhập của ngư dân khoảng 6 triệu đồng/người/tháng. Nghiệp đoàn đã phối hợp với Đồn Biên phòng Cát Hải tuyên truyền Luật Biển Việt Nam, vận động ngư dân không vi phạm vùng biển nước ngoài.
Thực hiện Nghị định số 67/2014/NĐ-CP ngày 7/7/2014 của Chính phủ về một số chính sách phát triển thủy sản, Nghiệp đoàn đã hướng dẫn 9 chủ tàu lập hồ sơ vay vốn đóng mới tàu vỏ thép, mỗi tàu được vay tới 15 tỷ đồng. Quỹ tương trợ của Nghiệp đoàn hiện có 180 triệu đồng, đã giúp 11 hộ gặp rủi ro trên biển.
Đại hội đã bầu Ban Chấp hành nhiệm kỳ mới gồm 7 đồng chí. Ông Phạm Văn Thắm được bầu làm Chủ tịch Nghiệp đoàn nghề cá xã Hoàng Châu; ông Đào Văn Biển được bầu giữ chức Phó Chủ tịch Nghiệp đoàn.
Phát biểu chỉ đạo, ông Nguyễn Hữu Đạt đề nghị Nghiệp đoàn tiếp tục thực hiện Chỉ thị số 05-CT/HU của Ban Thường vụ Huyện ủy Cát Hải về phát triển kinh tế biển gắn với bảo vệ chủ quyền; xây dựng thêm tổ đoàn kết ở xã Văn Phong; gắn hoạt động nghiệp đoàn với phong trào "Ngư dân bám biển, giữ biển".
Anh Phạm Văn Thắm chia sẻ, sau mỗi chuyến biển dài ngày, các tàu trong tổ thường họp rút kinh nghiệm, chia sẻ ngư trường, giúp nhau sửa máy, kéo tàu khi gặp sự cố. Nhờ vậy, nhiều năm nay ngư dân Hoàng Châu không để xảy ra thiệt hại về người trên biển.
Thay mặt Hội Nông dân thành phố Hải Phòng, ông Nguyễn Hữu Đạt biểu dương tinh thần đoàn kết của ngư dân xã đảo, đồng thời lưu ý Ban Chấp hành mới cần quan tâm hơn đến đời sống vợ con ngư dân ở nhà, phối hợp với Hội Liên hiệp Phụ nữ xã giúp các gia đình phát triển nghề phụ như chế biến hải sản khô, nước mắm, làm du lịch cộng đồng.
Đại hội cũng thông qua nghị quyết với các chỉ tiêu chủ yếu, trong đó phấn đấu đến cuối nhiệm kỳ không còn hộ ngư dân nghèo và 100% tàu cá lắp thiết bị liên lạc tầm xa.
Đoàn Thủy
Tin cùng chuyên mục
- Nông dân Thủy Nguyên thi đua sản xuất giỏi (22/09/2014)
- Ra mắt tổ hợp tác khai thác hải sản xa bờ ở Bạch Long Vĩ (15/09/2014)
- Hội Nông dân thành phố tập huấn nuôi trồng thủy sản (08/09/2014)
- Kiến Thụy: ngư dân được hỗ trợ dầu cho tàu cá (30/08/2014)
""", "2014-09-29", "Đại hội Nghiệp đoàn nghề cá xã Hoàng Châu lần thứ II",
E("dai_hoi", None, "2014-09-27"),
[P("Nguyễn Hữu Đạt", "Phó Chủ tịch Hội Nông dân thành phố khóa X"),
 P("Vũ Thị Lan", "HUV", "Chủ tịch Hội Nông dân huyện Cát Hải"),
 P("Phạm Văn Thắm", "Chủ tịch Nghiệp đoàn nghề cá xã Hoàng Châu"),
 P("Đào Văn Biển", "Phó Chủ tịch Nghiệp đoàn")],
[Q("85 đoàn viên", 85, "đoàn viên"), Q("312 ngư dân", 312, "ngư dân"),
 Q("14 tổ đoàn kết khai thác hải sản", 14, "tổ đoàn kết khai thác hải sản"), Q("97 tàu cá", 97, "tàu cá"),
 Q("21 tàu có công suất", 21, "tàu"), Q("90 CV", 90, "CV", "over"),
 Q("hơn 4.200 tấn", 4200, "tấn", "over"), Q("khoảng 6 triệu đồng", 6000000, "đồng", "approx"),
 Q("9 chủ tàu", 9, "chủ tàu"), Q("15 tỷ đồng", 15000000000, "đồng"), Q("180 triệu đồng", 180000000, "đồng"),
 Q("11 hộ", 11, "hộ"), Q("7 đồng chí", 7, "đồng chí"), Q("100%", 100, "%")],
[D("Nghị định", "67", "2014/NĐ-CP", "2014-07-07", "Chính phủ", "Nghị định số 67/2014/NĐ-CP ngày 7/7/2014 của Chính phủ"),
 D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy Cát Hải", "Chỉ thị số 05-CT/HU của Ban Thường vụ Huyện ủy Cát Hải")],
[prov("Hải Phòng"), com("Hoàng Châu"), com("Văn Phong")],
["HỘI NÔNG DÂN THÀNH PHỐ HẢI PHÒNG", "Trang chủ >> Hoạt động Hội >> Cơ sở", "Luật Biển Việt Nam",
 "Ngư dân bám biển, giữ biển", "Đồn Biên phòng Cát Hải"],
["29-09-2014 10:20", "lần thứ II", "nhiệm kỳ 2014 - 2019", "7 đồng chí", "2014 - 2019"]))

PAGES.append(page("b3633-quangninh-uongbi-maiam-traoqua-2015", """
Báo Quảng Ninh điện tử
Xã hội | Lao động - Việc làm
Thứ Ba, 27/01/2015 - 14:05
Trao 12 Mái ấm Công đoàn cho thợ mỏ Uông Bí
(BQN) - Sáng 25/1, Liên đoàn Lao động tỉnh phối hợp với Công đoàn Than - Khoáng sản Việt Nam trao 12 Mái ấm Công đoàn cho công nhân lao động có hoàn cảnh khó khăn về nhà ở tại thành phố Uông Bí. Tới dự có đồng chí Đỗ Thị Thanh Bình, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh Quảng Ninh; đồng chí Lê Minh Châu, Phó Chủ tịch Công đoàn Than - Khoáng sản Việt Nam.
Ảnh: Lãnh đạo LĐLĐ tỉnh trao biển Mái ấm Công đoàn cho gia đình anh Chìu Văn Sáng.
Mỗi Mái ấm Công đoàn được hỗ trợ 50 triệu đồng từ Quỹ Xã hội Công đoàn, phần còn lại do gia đình và doanh nghiệp đóng góp; tổng giá trị 12 căn nhà khoảng 1,4 tỷ đồng. Các hộ được nhận nhà đều là thợ lò, thợ cơ điện của Công ty Than Vàng Danh, Công ty Than Nam Mẫu và Công ty Than Uông Bí, có thâm niên từ 10 năm trở lên.
Anh Chìu Văn Sáng, người Sán Dìu, công nhân Phân xưởng Đào lò 2 Công ty Than Nam Mẫu xúc động: "Vợ chồng tôi ở nhờ nhà ngoại ở phường Vàng Danh suốt 8 năm. Có Mái ấm Công đoàn, các con có chỗ học hành tử tế".
Cùng ngày, đoàn đã tặng 200 suất quà Tết, mỗi suất trị giá 500.000 đồng cho công nhân nghèo, công nhân bị bệnh nghề nghiệp ở phường Vàng Danh, phường Bắc Sơn và phường Thanh Sơn. Chị Nịnh Thị Hiền, người Tày, Chủ tịch Công đoàn Công ty Than Vàng Danh, cho biết năm 2014 Công đoàn Công ty đã hỗ trợ hơn 700 lượt công nhân ốm đau với số tiền gần 900 triệu đồng.
Đồng chí Đỗ Thị Thanh Bình cho biết, thực hiện Kế hoạch số 45/KH-LĐLĐ ngày 10/3/2014 của LĐLĐ tỉnh về chăm lo nhà ở cho công nhân, từ năm 2010 đến nay toàn tỉnh đã trao 346 Mái ấm Công đoàn. Năm 2015, LĐLĐ tỉnh phấn đấu trao thêm ít nhất 50 căn, ưu tiên công nhân ngành than, công nhân khu công nghiệp Cái Lân và Việt Hưng.
Ông Phan Đình Tuấn, Phó Giám đốc Công ty Than Uông Bí, cam kết Công ty sẽ tiếp tục trích quỹ phúc lợi để hỗ trợ công nhân sửa chữa nhà ở, đồng thời phối hợp với chính quyền các phường rà soát quỹ đất xây nhà ở xã hội cho thợ mỏ. Theo ông, hiện toàn Công ty vẫn còn khoảng 300 hộ công nhân phải thuê trọ hoặc ở nhờ người thân.
Chương trình Mái ấm Công đoàn là một trong những hoạt động thiết thực của tổ chức công đoàn tỉnh Quảng Ninh nhằm giúp người lao động an cư, yên tâm gắn bó lâu dài với nghề mỏ. Nhiều doanh nghiệp ngành than đã chủ động đối ứng kinh phí, cử công nhân tay nghề cao giúp đồng nghiệp dựng nhà vào ngày nghỉ.
Phương Thúy
Lượt xem: 2.310
Tin liên quan
- Công nhân Than Hạ Long vui Tết sớm (22/01/2015)
- LĐLĐ tỉnh tổng kết hoạt động công đoàn năm 2014 (16/01/2015)
- Than Mạo Khê: đối thoại định kỳ với người lao động (06/01/2015)
""", "2015-01-27", "Trao 12 Mái ấm Công đoàn cho thợ mỏ Uông Bí",
E("trao_qua", None, "2015-01-25"),
[P("Đỗ Thị Thanh Bình", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh Quảng Ninh"),
 P("Lê Minh Châu", "Phó Chủ tịch Công đoàn Than - Khoáng sản Việt Nam"),
 P("Chìu Văn Sáng", "công nhân Phân xưởng Đào lò 2 Công ty Than Nam Mẫu"),
 P("Nịnh Thị Hiền", "Chủ tịch Công đoàn Công ty Than Vàng Danh"),
 P("Phan Đình Tuấn", "Phó Giám đốc Công ty Than Uông Bí")],
[Q("12 Mái ấm Công đoàn", 12, "Mái ấm Công đoàn"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("khoảng 1,4 tỷ đồng", 1400000000, "đồng", "approx"), Q("200 suất quà Tết", 200, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("hơn 700 lượt công nhân ốm đau", 700, "lượt công nhân ốm đau", "over"),
 Q("gần 900 triệu đồng", 900000000, "đồng", "approx"), Q("346 Mái ấm Công đoàn", 346, "Mái ấm Công đoàn"),
 Q("ít nhất 50 căn", 50, "căn", "over"), Q("khoảng 300 hộ công nhân", 300, "hộ công nhân", "approx")],
[D("Kế hoạch", "45", "KH-LĐLĐ", "2014-03-10", "LĐLĐ tỉnh", "Kế hoạch số 45/KH-LĐLĐ ngày 10/3/2014 của LĐLĐ tỉnh")],
[prov("Quảng Ninh"), com("Vàng Danh"), com("Bắc Sơn"), com("Thanh Sơn")],
["Báo Quảng Ninh điện tử", "Xã hội | Lao động - Việc làm", "(BQN)",
 "Ảnh: Lãnh đạo LĐLĐ tỉnh trao biển Mái ấm Công đoàn cho gia đình anh Chìu Văn Sáng.", "Quỹ Xã hội Công đoàn", "Lượt xem: 2.310"],
["Thứ Ba, 27/01/2015 - 14:05", "10 năm", "8 năm", "năm 2014", "từ năm 2010", "Năm 2015", "Lượt xem: 2.310", "Đào lò 2"]))

PAGES.append(page("b3634-quangninh-mttq-giamsat-halam-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NINH
Vị trí: Trang chủ / Hoạt động giám sát, phản biện
Ngày đăng 22/09/2016 | 15:30
Giám sát việc thực hiện chính sách đối với người lao động tại Công ty CP Than Hà Lầm
Thực hiện chương trình giám sát năm 2016, ngày 20/9/2016, đoàn giám sát của Ủy ban MTTQ tỉnh do ông Nguyễn Văn Đọc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chế độ, chính sách đối với người lao động tại Công ty CP Than Hà Lầm - Vinacomin. Tham gia đoàn có đại diện LĐLĐ tỉnh, Sở Lao động - Thương binh và Xã hội và Ủy ban MTTQ thành phố Hạ Long.
Theo báo cáo của Công ty, hiện đơn vị có 3.985 lao động, trong đó 2.460 thợ lò; tiền lương bình quân 8 tháng năm 2016 đạt 11,8 triệu đồng/người/tháng. Công ty đã đóng đủ bảo hiểm xã hội, bảo hiểm y tế cho 100% người lao động với tổng số tiền hơn 96 tỷ đồng. Hằng năm Công ty tổ chức khám sức khỏe định kỳ cho người lao động; năm 2015 phát hiện 37 trường hợp mắc bệnh bụi phổi silic.
Ông Lương Văn Hải, Chủ tịch Công đoàn Công ty, cho biết Công ty đã tổ chức 4 cuộc đối thoại định kỳ theo Nghị định 60/2013/NĐ-CP; giải quyết 19 kiến nghị của công nhân về nhà ăn, nhà tắm giặt và xe đưa đón. Khu nhà chung cư cho công nhân ở phường Hà Lầm đã bố trí 280 căn hộ.
Qua giám sát, đoàn đề nghị Công ty sớm hoàn thành việc cải tạo khu tập thể Cột 8 đã xuống cấp, nâng mức bồi dưỡng ca ba, bảo đảm điều kiện vi khí hậu trong lò theo Thông tư số 26/2013/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội. Ông Nguyễn Văn Đọc đề nghị Công đoàn Công ty tăng cường giám sát việc thực hiện thỏa ước lao động tập thể, chủ động phản ánh với Ủy ban MTTQ tỉnh những vướng mắc vượt thẩm quyền.
Tiếp thu ý kiến, ông Triệu Đức Hòa, Phó Giám đốc Công ty, cho biết sẽ tiếp thu đầy đủ các kiến nghị của đoàn, báo cáo Tập đoàn bố trí khoảng 15 tỷ đồng cho cải tạo nhà ở công nhân trong năm 2017.
Đây là hoạt động giám sát thứ 3 của Ủy ban MTTQ tỉnh trong năm 2016 theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội. Trước đó, đoàn đã giám sát tại Công ty Than Quang Hanh và Công ty Kho vận Hòn Gai. Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy Quảng Ninh và UBND tỉnh, đồng thời gửi Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam để chỉ đạo các đơn vị thành viên khắc phục.
Thanh Hằng
Các tin đã đưa
- Ủy ban MTTQ tỉnh tổ chức hội nghị phản biện dự thảo đề án nhà ở xã hội (12/09/2016)
- Hạ Long: ra mắt tổ tự quản khu dân cư ven mỏ (05/09/2016)
- Giám sát việc cấp thẻ bảo hiểm y tế tại huyện Hoành Bồ (26/08/2016)
""", "2016-09-22", "Giám sát việc thực hiện chính sách đối với người lao động tại Công ty CP Than Hà Lầm",
E("giam_sat", "2016", "2016-09-20"),
[P("Nguyễn Văn Đọc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lương Văn Hải", "Chủ tịch Công đoàn Công ty"),
 P("Triệu Đức Hòa", "Phó Giám đốc Công ty")],
[Q("3.985 lao động", 3985, "lao động"), Q("2.460 thợ lò", 2460, "thợ lò"), Q("11,8 triệu đồng", 11800000, "đồng"),
 Q("100% người lao động", 100, "%"), Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over"),
 Q("37 trường hợp", 37, "trường hợp"), Q("4 cuộc đối thoại định kỳ", 4, "cuộc đối thoại định kỳ"),
 Q("19 kiến nghị", 19, "kiến nghị"), Q("280 căn hộ", 280, "căn hộ"), Q("khoảng 15 tỷ đồng", 15000000000, "đồng", "approx")],
[D("Nghị định", "60", "2013/NĐ-CP", None, None, "Nghị định 60/2013/NĐ-CP"),
 D("Thông tư", "26", "2013/TT-BLĐTBXH", None, "Bộ Lao động - Thương binh và Xã hội", "Thông tư số 26/2013/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị")],
[prov("Quảng Ninh"), com("Hà Lầm")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NINH", "Vị trí: Trang chủ / Hoạt động giám sát, phản biện",
 "Cột 8", "Vinacomin", "Quy chế giám sát và phản biện xã hội"],
["Ngày đăng 22/09/2016 | 15:30", "8 tháng năm 2016", "năm 2015", "năm 2017", "thứ 3", "Cột 8", "ca ba", "năm 2016"]))
