from lib import *
PAGES = []

PAGES.append(page("b7685-bacgiang-vaithieu-hoinghi-2011", """
BÁO BẮC GIANG ĐIỆN TỬ
Trang chủ » Kinh tế » Nông nghiệp - Nông thôn
Thứ Bảy, 04/06/2011 - 08:30
Toàn cảnh hội nghị xúc tiến tiêu thụ vải thiều.
Hội nghị xúc tiến tiêu thụ vải thiều năm 2011: Kết nối thương lái, giữ giá cho nhà vườn
(BGĐT) - Ngày 03/6, UBND tỉnh Bắc Giang tổ chức hội nghị xúc tiến tiêu thụ vải thiều năm 2011 tại huyện Lục Ngạn. Dự hội nghị có gần 300 đại biểu là đại diện các sở, ngành, doanh nghiệp, thương nhân trong và ngoài nước cùng các hộ trồng vải tiêu biểu. Đồng chí Nguyễn Văn Lợi, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.
Theo báo cáo của Sở Công Thương, năm nay toàn tỉnh có khoảng 38.000 ha vải thiều, sản lượng dự kiến đạt 180.000 tấn, giảm 12% so với năm trước. Những ngày đầu vụ, giá vải sớm tại các điểm thu mua chỉ từ 6.000 đến 8.000 đồng/kg, thấp hơn cùng kỳ gần một nửa, khiến nhiều nhà vườn lo lắng. Để tránh tình trạng ép giá, tỉnh đã thành lập 25 điểm cân vải tập trung dọc quốc lộ 31, bố trí 120 cán bộ, chiến sĩ công an giữ gìn an ninh trật tự, phân luồng giao thông.
Ông Trần Quang Tuấn, Giám đốc Sở Công Thương, cho biết Sở đã ký 14 hợp đồng nguyên tắc với các công ty xuất khẩu sang Trung Quốc, Malaysia, Singapore; đồng thời đề nghị Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh dành khoảng 200 tỷ đồng cho thương nhân vay thu mua, sấy vải. Huyện Lục Ngạn cũng ban hành Kế hoạch số 27/KH-UBND ngày 10/5/2011 về tổ chức tiêu thụ vải thiều, giao các xã bố trí nơi ăn nghỉ miễn phí cho thương nhân.
Tại hội nghị, ông Hoàng Văn Sình, Chủ tịch Hội Nông dân xã Phượng Sơn, phản ánh: "Năm ngoái có lúc giá xuống 4.000 đồng/kg, bà con phải bán tháo. Năm nay chúng tôi mong tỉnh có cơ chế để hộ trồng vải bán được trực tiếp cho doanh nghiệp". Đại diện thương nhân tỉnh Quảng Tây (Trung Quốc) cam kết thu mua trên 30.000 tấn vải tươi nếu khâu thông quan tại cửa khẩu Tân Thanh được thuận lợi.
Ảnh: Thương nhân thu mua vải tại điểm cân xã Quý Sơn.
Phát biểu kết luận, đồng chí Nguyễn Văn Lợi yêu cầu các ngành thực hiện nghiêm Chỉ thị số 09/CT-UBND của Chủ tịch UBND tỉnh về tăng cường quản lý thị trường mùa vải; kiên quyết xử lý các trường hợp cân gian, ép giá; Hội Nông dân, Hội Liên hiệp Phụ nữ tỉnh vận động hội viên thu hoạch đúng độ chín, không chạy theo vải sớm. Mục tiêu năm 2011 là tiêu thụ hết 100% sản lượng, trong đó xuất khẩu khoảng 60%.
Cũng trong dịp này, Tỉnh đoàn phối hợp với Hội Nông dân tỉnh ra quân 15 đội thanh niên tình nguyện hỗ trợ nhà vườn thu hoạch, vận chuyển vải tại các xã Phượng Sơn, Quý Sơn, Hồng Giang.
Minh Hương
Lượt xem: 1.245
Tin liên quan
- Lục Ngạn: giá vải sớm tăng nhẹ sau ngày đầu thu hoạch (01/06/2011)
- Chuẩn bị chu đáo cho mùa vải thiều năm 2011 (25/05/2011)
- Hội nghị quảng bá vải thiều tại Hà Nội (18/05/2011)
""", "2011-06-04", "Hội nghị xúc tiến tiêu thụ vải thiều năm 2011: Kết nối thương lái, giữ giá cho nhà vườn",
E("hoi_nghi", "2011", "2011-06-03"),
[P("Nguyễn Văn Lợi", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Quang Tuấn", "Giám đốc Sở Công Thương"),
 P("Hoàng Văn Sình", "Chủ tịch Hội Nông dân xã Phượng Sơn")],
[Q("gần 300 đại biểu", 300, "đại biểu", "approx"), Q("khoảng 38.000 ha", 38000, "ha", "approx"),
 Q("180.000 tấn", 180000, "tấn"), Q("12%", 12, "%"),
 Q("6.000", 6000, "đồng"), Q("8.000 đồng/kg", 8000, "đồng"),
 Q("25 điểm cân vải tập trung", 25, "điểm cân vải tập trung"), Q("120 cán bộ, chiến sĩ", 120, "cán bộ, chiến sĩ"),
 Q("14 hợp đồng nguyên tắc", 14, "hợp đồng nguyên tắc"), Q("khoảng 200 tỷ đồng", 200000000000, "đồng", "approx"),
 Q("4.000 đồng/kg", 4000, "đồng"), Q("trên 30.000 tấn", 30000, "tấn", "over"),
 Q("100%", 100, "%"), Q("khoảng 60%", 60, "%", "approx"), Q("15 đội thanh niên tình nguyện", 15, "đội thanh niên tình nguyện")],
[D("Kế hoạch", "27", "KH-UBND", "2011-05-10", None, "Kế hoạch số 27/KH-UBND ngày 10/5/2011"),
 D("Chỉ thị", "09", "CT-UBND", None, "Chủ tịch UBND tỉnh", "Chỉ thị số 09/CT-UBND của Chủ tịch UBND tỉnh")],
[prov("Bắc Giang"), com("Phượng Sơn"), com("Quý Sơn"), com("Hồng Giang")],
["BÁO BẮC GIANG ĐIỆN TỬ", "Trang chủ » Kinh tế » Nông nghiệp - Nông thôn", "Toàn cảnh hội nghị xúc tiến tiêu thụ vải thiều.",
 "Ảnh: Thương nhân thu mua vải tại điểm cân xã Quý Sơn.", "(BGĐT)", "Lượt xem: 1.245", "Sở Công Thương", "Quảng Tây", "Tân Thanh"],
["Thứ Bảy, 04/06/2011 - 08:30", "năm 2011", "quốc lộ 31", "Lượt xem: 1.245", "Năm ngoái"]))

PAGES.append(page("b7686-soctrang-hanhtim-khac-2012", """
Cổng thông tin điện tử Hội Nông dân tỉnh Sóc Trăng
Trang chủ > Tin tức > Hoạt động Hội
Cập nhật: 09:42, 21/03/2012 (GMT+7)
Chung tay "giải cứu" hành tím cho nông dân Vĩnh Châu
Trước tình trạng giá hành tím rớt xuống mức thấp nhất trong nhiều năm, Hội Nông dân tỉnh Sóc Trăng đã vận động các cơ sở, doanh nghiệp và cán bộ, hội viên mua hành tím giúp bà con, trong đó phần lớn là đồng bào Khmer ở thị xã Vĩnh Châu.
Nông dân phường Vĩnh Phước thu hoạch hành tím. Ảnh: Ngọc Thúy
Vụ hành năm nay toàn thị xã xuống giống trên 6.200 ha, năng suất bình quân 18 tấn/ha. Do thương lái Trung Quốc ngưng thu mua, từ đầu tháng 3, giá hành tươi tại ruộng chỉ còn 2.500 - 3.000 đồng/kg, trong khi giá thành sản xuất khoảng 5.000 đồng/kg; nhiều hộ lỗ từ 30 đến 40 triệu đồng mỗi công. Ước tính còn khoảng 45.000 tấn hành chưa tiêu thụ được.
Ông Lâm Văn Tươl, Phó Chủ tịch Thường trực Hội Nông dân tỉnh, cho biết Hội đã có văn bản gửi 18 doanh nghiệp, siêu thị trong và ngoài tỉnh đề nghị hỗ trợ thu mua; phối hợp với Ủy ban MTTQ Việt Nam tỉnh kêu gọi mỗi cán bộ, công chức mua ít nhất 5 kg hành. Sau 10 ngày phát động, các cơ quan, đơn vị đã đăng ký mua hơn 120 tấn; Liên hiệp Hợp tác xã thương mại TP Hồ Chí Minh (Saigon Co.op) nhận bao tiêu 300 tấn với giá 6.000 đồng/kg.
Bà Thạch Thị Sa Quênh, nông dân khóm Wathpich, phường Vĩnh Phước, vui mừng: "Nhà tôi có 8 công hành, thương lái không tới, hành héo ngoài ruộng. Nhờ Hội giới thiệu, tôi bán được 4 tấn cho hợp tác xã, đủ trả tiền phân, thuốc".
Theo ông Trương Minh Hiếu, Chủ tịch UBND thị xã Vĩnh Châu, thị xã đã chỉ đạo các phường, xã hướng dẫn nông dân phơi, treo hành khô để kéo dài thời gian bảo quản; đề nghị Ngân hàng Chính sách xã hội giãn nợ cho 1.350 hộ trồng hành bị thua lỗ. Tỉnh cũng đang xem xét đề xuất hỗ trợ 1.000 đồng/kg cho hành xuất khẩu theo Công văn số 312/UBND-KT ngày 15/3/2012 của UBND tỉnh gửi Bộ Công Thương.
Các ông, bà Sơn Ngọc Thạnh, Kim Thị Phol - Ủy viên Ban Thường vụ Hội Nông dân tỉnh trực tiếp xuống các phường Vĩnh Phước, Khánh Hòa và xã Lạc Hòa nắm tình hình, hướng dẫn các tổ hội nông dân nghề nghiệp liên kết bán hành theo nhóm để giữ giá.
Bài học rút ra từ vụ hành năm nay, theo lãnh đạo Hội Nông dân tỉnh, là nông dân cần tuân thủ lịch thời vụ, không đổ xô mở rộng diện tích và tham gia chuỗi liên kết có hợp đồng bao tiêu thay vì trông chờ thương lái.
Ngọc Thúy
Tin khác
- Hội Nông dân tỉnh tập huấn kỹ thuật trồng hành tím an toàn (12/03/2012)
- Mỹ Xuyên: ra mắt 3 tổ hợp tác trồng màu (02/03/2012)
- Vốn vay Quỹ hỗ trợ nông dân giúp hội viên thoát nghèo (20/02/2012)
""", "2012-03-21", "Chung tay \"giải cứu\" hành tím cho nông dân Vĩnh Châu",
E("khac", None, None),
[P("Lâm Văn Tươl", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh"),
 P("Thạch Thị Sa Quênh", "nông dân khóm Wathpich"),
 P("Trương Minh Hiếu", "Chủ tịch UBND thị xã Vĩnh Châu"),
 P("Sơn Ngọc Thạnh", "Ủy viên Ban Thường vụ Hội Nông dân tỉnh"),
 P("Kim Thị Phol", "Ủy viên Ban Thường vụ Hội Nông dân tỉnh")],
[Q("trên 6.200 ha", 6200, "ha", "over"), Q("18 tấn/ha", 18, "tấn"),
 Q("2.500", 2500, "đồng"), Q("3.000 đồng/kg", 3000, "đồng"), Q("khoảng 5.000 đồng/kg", 5000, "đồng", "approx"),
 Q("30", 30000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"), Q("khoảng 45.000 tấn", 45000, "tấn", "approx"),
 Q("18 doanh nghiệp, siêu thị", 18, "doanh nghiệp, siêu thị"), Q("ít nhất 5 kg", 5, "kg", "over"),
 Q("hơn 120 tấn", 120, "tấn", "over"), Q("300 tấn", 300, "tấn"), Q("6.000 đồng/kg", 6000, "đồng"),
 Q("8 công", 8, "công"), Q("4 tấn", 4, "tấn"), Q("1.350 hộ", 1350, "hộ"), Q("1.000 đồng/kg", 1000, "đồng")],
[D("Công văn", "312", "UBND-KT", "2012-03-15", "UBND tỉnh", "Công văn số 312/UBND-KT ngày 15/3/2012 của UBND tỉnh")],
[prov("Sóc Trăng"), com("Vĩnh Phước"), com("Khánh Hòa"), com("Lạc Hòa")],
["Cổng thông tin điện tử Hội Nông dân tỉnh Sóc Trăng", "Trang chủ > Tin tức > Hoạt động Hội",
 "Nông dân phường Vĩnh Phước thu hoạch hành tím. Ảnh: Ngọc Thúy", "Saigon Co.op", "Ngân hàng Chính sách xã hội", "Vĩnh Châu", "Wathpich"],
["Cập nhật: 09:42, 21/03/2012 (GMT+7)", "10 ngày", "đầu tháng 3"]))

PAGES.append(page("b7687-hungyen-nhanlong-soket-2013", """
BAN DÂN VẬN TỈNH ỦY HƯNG YÊN
Bạn đang ở: Trang chủ / Hoạt động dân vận / Dân vận chính quyền
08:15 | 12/07/2013
Ảnh: Quang cảnh hội nghị sơ kết.
Vận động tiêu thụ nhãn lồng, nâng cao thu nhập cho nhà vườn
Ngày 10/7, Ban Dân vận Tỉnh ủy Hưng Yên tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2013, trong đó dành nhiều thời gian bàn giải pháp vận động tiêu thụ nhãn lồng chính vụ khi giá đang xuống thấp. Đồng chí Đỗ Thị Hải Yến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, chủ trì hội nghị.
Báo cáo do đồng chí Lưu Văn Khải, Phó Trưởng Ban Dân vận Tỉnh ủy, trình bày cho biết: vụ nhãn năm 2013 toàn tỉnh có trên 4.500 ha cho thu hoạch, sản lượng ước khoảng 50.000 tấn, tăng 25% so với năm 2012. Do được mùa, giá nhãn lồng loại 1 tại vườn chỉ còn 12.000 - 15.000 đồng/kg, nhãn xô 5.000 đồng/kg. Thực hiện Kế hoạch số 56-KH/BDVTU của Ban Dân vận Tỉnh ủy, khối dân vận các cấp đã phối hợp với Sở Công Thương tổ chức 3 phiên chợ nhãn tại Hà Nội, giới thiệu 27 doanh nghiệp ký hợp đồng thu mua với các hợp tác xã.
Trong 6 tháng, các cấp đã xây dựng 11 mô hình "Dân vận khéo" gắn với liên kết sản xuất, tiêu thụ nông sản; vận động 2.300 hộ trồng nhãn áp dụng quy trình VietGAP; 46 hộ ở xã Hồng Nam được cấp giấy chứng nhận. Công tác dân vận chính quyền góp phần giải quyết 39 đơn thư liên quan đến đất đai, đạt 87%.
Tại hội nghị, đồng chí Phạm Thị Hoa, HUV, Trưởng Ban Dân vận Huyện ủy Kim Động, nêu kinh nghiệm vận động hội viên phụ nữ sấy long nhãn để giảm áp lực tiêu thụ nhãn tươi. Đồng chí Trần Văn Nghĩa, Bí thư Đảng ủy phường Hồng Châu, đề nghị tỉnh sớm xây dựng thương hiệu, chỉ dẫn địa lý cho nhãn lồng Hưng Yên.
Phát biểu kết luận, đồng chí Đỗ Thị Hải Yến đề nghị các huyện, thành phố tiếp tục thực hiện Chỉ thị 11, 12-CT/TU của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả công tác dân vận trong xây dựng nông thôn mới và trong phát triển kinh tế trang trại; khối dân vận chủ động nắm bắt tâm tư nông dân, kịp thời phản ánh để chính quyền có chính sách hỗ trợ. Mục tiêu 6 tháng cuối năm, mỗi huyện có ít nhất 1 chuỗi liên kết tiêu thụ nhãn, vải có hợp đồng.
Đồng chí cũng lưu ý cần vận động nhân dân thực hiện tốt cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" gắn với tiêu thụ nông sản địa phương, để mỗi gia đình, cơ quan đều ưu tiên mua nhãn, vải của bà con trong tỉnh.
Hoàng Lan
Lượt xem: 532
Xem thêm
- Hội Nông dân tỉnh tổ chức phiên chợ nhãn tại Hà Nội (05/07/2013)
- Kim Động: 5 mô hình "Dân vận khéo" hiệu quả (21/06/2013)
- Tập huấn kỹ thuật chăm sóc nhãn lồng theo VietGAP (03/06/2013)
""", "2013-07-12", "Vận động tiêu thụ nhãn lồng, nâng cao thu nhập cho nhà vườn",
E("so_ket", "2013-H1", "2013-07-10"),
[P("Đỗ Thị Hải Yến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lưu Văn Khải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Hoa", "HUV", "Trưởng Ban Dân vận Huyện ủy Kim Động"),
 P("Trần Văn Nghĩa", "Bí thư Đảng ủy phường Hồng Châu")],
[Q("trên 4.500 ha", 4500, "ha", "over"), Q("khoảng 50.000 tấn", 50000, "tấn", "approx"), Q("25%", 25, "%"),
 Q("12.000", 12000, "đồng"), Q("15.000 đồng/kg", 15000, "đồng"), Q("5.000 đồng/kg", 5000, "đồng"),
 Q("3 phiên chợ nhãn", 3, "phiên chợ nhãn"), Q("27 doanh nghiệp", 27, "doanh nghiệp"),
 Q("11 mô hình", 11, "mô hình"), Q("2.300 hộ", 2300, "hộ"), Q("46 hộ", 46, "hộ"),
 Q("39 đơn thư", 39, "đơn thư"), Q("87%", 87, "%")],
[D("Kế hoạch", "56", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 56-KH/BDVTU của Ban Dân vận Tỉnh ủy"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU")],
[prov("Hưng Yên"), prov("Hà Nội"), com("Hồng Nam"), com("Hồng Châu")],
["BAN DÂN VẬN TỈNH ỦY HƯNG YÊN", "Bạn đang ở: Trang chủ / Hoạt động dân vận / Dân vận chính quyền", "Ảnh: Quang cảnh hội nghị sơ kết.",
 "Dân vận khéo", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Lượt xem: 532", "VietGAP"],
["08:15 | 12/07/2013", "ít nhất 1 chuỗi", "6 tháng đầu năm 2013", "6 tháng cuối năm", "năm 2012", "Lượt xem: 532"]))

PAGES.append(page("b7688-lamdong-rau-doithoai-2014", """
Báo Lâm Đồng điện tử
Chính trị - Xã hội | Dân vận
17/05/2014 - 10:05
Đối thoại với nông dân về tiêu thụ rau, hoa: Nhiều kiến nghị tâm huyết
Ngày 15/5, Ban Dân vận Tỉnh ủy phối hợp với UBND tỉnh Lâm Đồng tổ chức buổi đối thoại với nông dân năm 2014 với chủ đề "Tiêu thụ rau, hoa - khó khăn và giải pháp". Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Trương Thị Bích Thủy, Trưởng Ban Dân vận Tỉnh ủy; Phan Văn Đa, Phó Chủ tịch UBND tỉnh đồng chủ trì.
Quang cảnh buổi đối thoại.
Tham gia đối thoại có 215 nông dân, đại diện 32 hợp tác xã và tổ hợp tác sản xuất rau, hoa đến từ các huyện Đơn Dương, Đức Trọng, Lạc Dương và TP Đà Lạt. Những tháng đầu năm, giá bắp cải tại ruộng nhiều thời điểm chỉ còn 500 - 700 đồng/kg, cà rốt 1.500 đồng/kg, thấp hơn giá thành; không ít hộ phải cày bỏ cả ruộng rau.
Ông Ya Tiong, nông dân xã Lát, kiến nghị tỉnh hỗ trợ người đồng bào K'Ho làm nhà lưới và tìm đầu ra ổn định. Bà K'Thị Hòa, Tổ trưởng tổ hợp tác rau an toàn thôn Đa Ra Hoa, xã Ka Đơn, băn khoăn: "Tổ có 24 thành viên, làm rau theo hợp đồng nhưng doanh nghiệp hay bỏ cọc khi giá ngoài chợ xuống".
Trả lời các ý kiến, ông Nguyễn Văn Yên, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết toàn tỉnh hiện có 52.000 ha rau, 7.300 ha hoa; năm 2013 mới có khoảng 18% sản lượng rau được tiêu thụ theo hợp đồng. Sở đang tham mưu UBND tỉnh sửa đổi Quyết định số 1814/QĐ-UBND về chương trình phát triển nông nghiệp ứng dụng công nghệ cao, trong đó hỗ trợ tối đa 50% chi phí làm nhà kính cho hộ tham gia liên kết.
Đại diện Sở Công Thương cho hay đã kết nối 6 siêu thị tại TP Hồ Chí Minh nhận bao tiêu khoảng 40 tấn rau mỗi ngày; đồng thời đề nghị các hộ tuân thủ Quyết định số 62/2013/QĐ-TTg ngày 25/10/2013 của Thủ tướng Chính phủ về khuyến khích hợp tác, liên kết sản xuất gắn với tiêu thụ nông sản, xây dựng cánh đồng lớn.
Kết luận buổi đối thoại, đồng chí Trương Thị Bích Thủy ghi nhận 47 ý kiến, kiến nghị của nông dân, giao các sở, ngành trả lời bằng văn bản trước ngày 30/6; đề nghị Hội Nông dân tỉnh phát huy vai trò cầu nối, vận động hội viên tham gia tổ hợp tác, hợp tác xã, giữ chữ tín trong hợp đồng. Đồng chí Phan Văn Đa cho biết tỉnh sẽ dành 15 tỷ đồng từ ngân sách năm 2014 để hỗ trợ xúc tiến thương mại cho nông sản.
Cũng tại buổi đối thoại, Ủy viên Ban Thường vụ, Trưởng Ban Kinh tế - Xã hội Hội Nông dân tỉnh Cil Múp cam kết sẽ tổ chức thêm các chuyến tham quan mô hình liên kết hiệu quả cho hội viên vùng đồng bào dân tộc thiểu số.
Thanh Hằng
Tin liên quan
- Đơn Dương: giá bắp cải xuống thấp, nông dân lao đao (02/05/2014)
- Hội Nông dân tỉnh ký kết liên kết tiêu thụ rau an toàn (18/04/2014)
- Đà Lạt: phát triển 3 chuỗi rau, hoa công nghệ cao (05/04/2014)
""", "2014-05-17", "Đối thoại với nông dân về tiêu thụ rau, hoa: Nhiều kiến nghị tâm huyết",
E("doi_thoai", "2014", "2014-05-15"),
[P("Trương Thị Bích Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Văn Đa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"),
 P("Ya Tiong", "nông dân xã Lát"),
 P("K'Thị Hòa", "Tổ trưởng tổ hợp tác rau an toàn thôn Đa Ra Hoa"),
 P("Nguyễn Văn Yên", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Cil Múp", "Ủy viên Ban Thường vụ", "Trưởng Ban Kinh tế - Xã hội Hội Nông dân tỉnh")],
[Q("215 nông dân", 215, "nông dân"), Q("32 hợp tác xã và tổ hợp tác sản xuất rau, hoa", 32, "hợp tác xã và tổ hợp tác sản xuất rau, hoa"),
 Q("500", 500, "đồng"), Q("700 đồng/kg", 700, "đồng"), Q("1.500 đồng/kg", 1500, "đồng"),
 Q("24 thành viên", 24, "thành viên"), Q("52.000 ha", 52000, "ha"), Q("7.300 ha", 7300, "ha"),
 Q("khoảng 18%", 18, "%", "approx"), Q("tối đa 50%", 50, "%"), Q("6 siêu thị", 6, "siêu thị"),
 Q("khoảng 40 tấn", 40, "tấn", "approx"), Q("47 ý kiến, kiến nghị", 47, "ý kiến, kiến nghị"), Q("15 tỷ đồng", 15000000000, "đồng")],
[D("Quyết định", "1814", "QĐ-UBND", None, None, "Quyết định số 1814/QĐ-UBND"),
 D("Quyết định", "62", "2013/QĐ-TTg", "2013-10-25", "Thủ tướng Chính phủ", "Quyết định số 62/2013/QĐ-TTg ngày 25/10/2013 của Thủ tướng Chính phủ")],
[prov("Lâm Đồng"), prov("Hồ Chí Minh"), com("Lát"), com("Ka Đơn")],
["Báo Lâm Đồng điện tử", "Chính trị - Xã hội | Dân vận", "Quang cảnh buổi đối thoại.", "Tiêu thụ rau, hoa - khó khăn và giải pháp", "Đa Ra Hoa", "Sở Công Thương"],
["17/05/2014 - 10:05", "năm 2014", "năm 2013", "ngày 30/6"]))

PAGES.append(page("b7689-thaibinh-khoaitay-giamsat-2015", """
ỦY BAN MTTQ VIỆT NAM TỈNH THÁI BÌNH
Trang chủ :: Hoạt động Mặt trận :: Giám sát và phản biện xã hội
Ngày đăng 06/03/2015 | 16:20
Giám sát việc hỗ trợ tiêu thụ khoai tây, rau màu vụ đông tại huyện Quỳnh Phụ
Thực hiện chương trình giám sát năm 2015, từ ngày 03 đến 05/3, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Thái Bình do ông Ngô Văn Quyết, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ sản xuất và tiêu thụ khoai tây, rau màu vụ đông 2014 - 2015 tại huyện Quỳnh Phụ và các xã An Ninh, Quỳnh Hồng, Quỳnh Hải.
Đoàn giám sát làm việc với UBND xã An Ninh.
Theo báo cáo của UBND huyện, vụ đông năm nay toàn huyện gieo trồng 3.620 ha, trong đó 1.150 ha khoai tây. Thực hiện Nghị quyết số 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển sản xuất vụ đông và Quyết định số 2350/QĐ-UBND ngày 15/10/2014 của UBND tỉnh, huyện đã hỗ trợ 50% giá giống khoai tây cho 4.280 hộ với tổng kinh phí trên 3,2 tỷ đồng.
Tuy nhiên, khi vào thu hoạch rộ giữa tháng 2, giá khoai tây thương phẩm giảm còn 3.000 - 3.500 đồng/kg, bắp cải chỉ 800 đồng/bắp, chưa đủ bù chi phí. Các doanh nghiệp ký hợp đồng bao tiêu mới thu mua được khoảng 2.100 tấn, đạt 35% kế hoạch; có 2 công ty chậm thanh toán tiền cho nông dân. Tại xã Quỳnh Hồng, còn 17 hộ chưa được nhận tiền bán khoai từ tháng 1.
Ông Vũ Đình Thắng, Chủ tịch UBND xã An Ninh, thừa nhận công tác vận động nông dân ký hợp đồng còn lúng túng vì nhiều hộ chỉ muốn bán cho thương lái lấy tiền ngay. Bà Nguyễn Thị Mến, Trưởng Ban Công tác Mặt trận thôn Tô Xuyên, phản ánh nhiều hộ trồng khoai theo hợp đồng nhưng bị trừ giá do củ không đạt kích cỡ.
Kết luận buổi giám sát, ông Ngô Văn Quyết đề nghị UBND huyện chỉ đạo các xã rà soát toàn bộ hợp đồng liên kết, yêu cầu doanh nghiệp thanh toán dứt điểm cho các hộ trước ngày 20/3/2015; công khai danh sách hộ được hỗ trợ giống tại nhà văn hóa thôn. Đồng thời kiến nghị UBND tỉnh sớm có cơ chế xử lý doanh nghiệp vi phạm hợp đồng theo Quyết định 80/2002/QĐ-TTg của Thủ tướng Chính phủ và ưu tiên vốn vay cho các hợp tác xã làm kho lạnh bảo quản khoai tây.
Tham gia đoàn giám sát có các đồng chí Ủy viên Ủy ban MTTQ Việt Nam tỉnh: Trần Quang Hiển, Đoàn Thị Lựu; đại diện Hội Nông dân tỉnh và Sở Nông nghiệp và Phát triển nông thôn. Ông Phạm Văn Hòa, Phó Chủ tịch UBND huyện Quỳnh Phụ, tiếp thu các ý kiến, cam kết báo cáo kết quả khắc phục trước ngày 15/4/2015.
Văn phòng Ủy ban MTTQ tỉnh
Các tin khác
- Ủy ban MTTQ tỉnh giám sát chính sách bảo hiểm y tế hộ cận nghèo (27/02/2015)
- Hội nghị triển khai chương trình giám sát, phản biện xã hội năm 2015 (12/02/2015)
- Vũ Thư: vận động nhân dân đóng góp xây dựng nông thôn mới (30/01/2015)
""", "2015-03-06", "Giám sát việc hỗ trợ tiêu thụ khoai tây, rau màu vụ đông tại huyện Quỳnh Phụ",
E("giam_sat", "2015", "2015-03-03"),
[P("Ngô Văn Quyết", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vũ Đình Thắng", "Chủ tịch UBND xã An Ninh"),
 P("Nguyễn Thị Mến", "Trưởng Ban Công tác Mặt trận thôn Tô Xuyên"),
 P("Trần Quang Hiển", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đoàn Thị Lựu", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Hòa", "Phó Chủ tịch UBND huyện Quỳnh Phụ")],
[Q("3.620 ha", 3620, "ha"), Q("1.150 ha", 1150, "ha"), Q("50%", 50, "%"), Q("4.280 hộ", 4280, "hộ"),
 Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("3.000", 3000, "đồng"), Q("3.500 đồng/kg", 3500, "đồng"),
 Q("800 đồng/bắp", 800, "đồng"), Q("khoảng 2.100 tấn", 2100, "tấn", "approx"), Q("35%", 35, "%"),
 Q("2 công ty", 2, "công ty"), Q("17 hộ", 17, "hộ")],
[D("Nghị quyết", "06", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 06-NQ/TU"),
 D("Quyết định", "2350", "QĐ-UBND", "2014-10-15", "UBND tỉnh", "Quyết định số 2350/QĐ-UBND ngày 15/10/2014"),
 D("Quyết định", "80", "2002/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 80/2002/QĐ-TTg")],
[prov("Thái Bình"), com("An Ninh"), com("Quỳnh Hồng"), com("Quỳnh Hải")],
["ỦY BAN MTTQ VIỆT NAM TỈNH THÁI BÌNH", "Trang chủ :: Hoạt động Mặt trận :: Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc với UBND xã An Ninh.", "Văn phòng Ủy ban MTTQ tỉnh", "Tô Xuyên"],
["Ngày đăng 06/03/2015 | 16:20", "năm 2015", "vụ đông 2014 - 2015", "giữa tháng 2", "tháng 1", "ngày 20/3/2015", "ngày 15/4/2015"]))

PAGES.append(page("b7690-bentre-dua-tongket-2016", """
HỘI NÔNG DÂN TỈNH BẾN TRE
Trang chủ › Tin tức - Sự kiện › Hoạt động Hội
Thứ Năm, 29/12/2016
Hội Nông dân tỉnh tổng kết công tác Hội năm 2016: Nổi bật vai trò cầu nối tiêu thụ dừa cho hội viên
Ngày 27/12/2016, Ban Chấp hành Hội Nông dân tỉnh Bến Tre tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2016, triển khai nhiệm vụ năm 2017. Dự hội nghị có đồng chí Cao Văn Trọng, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh; đồng chí Huỳnh Thị Bé Hai, Chủ tịch Hội Nông dân tỉnh chủ trì.
Đồng chí Huỳnh Thị Bé Hai trao cờ thi đua cho các đơn vị dẫn đầu phong trào.
Năm 2016 là năm nông dân Bến Tre chịu nhiều thiệt hại do hạn hán, xâm nhập mặn lịch sử; cuối năm, giá dừa khô lại giảm mạnh, có thời điểm chỉ còn 25.000 - 30.000 đồng/chục (12 trái), bằng một nửa đầu năm. Trước tình hình đó, các cấp Hội đã vận động 15 doanh nghiệp chế biến ký kết thu mua dừa cho 126 tổ hợp tác với sản lượng trên 18 triệu trái; phối hợp tổ chức 9 phiên chợ nông sản tại TP Hồ Chí Minh và các tỉnh miền Đông, tiêu thụ khoảng 600 tấn bưởi da xanh, chôm chôm, sầu riêng.
Thực hiện Kế hoạch số 1270/KH-UBND của UBND tỉnh về tái cơ cấu ngành dừa, Hội đã giới thiệu 3.450 hội viên tham gia chuỗi liên kết dừa hữu cơ; giải ngân Quỹ hỗ trợ nông dân hơn 14,6 tỷ đồng cho 1.120 lượt hộ vay. Toàn tỉnh có 38.212 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, tăng 6,5% so với năm 2015; 210 hộ thoát nghèo nhờ mô hình nuôi gà dưới tán dừa.
Tại hội nghị, ông Lê Văn Chín, Chủ tịch Hội Nông dân xã Tân Thành Bình, chia sẻ kinh nghiệm vận động nông dân thành lập tổ liên kết bán dừa trực tiếp cho nhà máy, giá cao hơn thương lái 2.000 - 3.000 đồng/chục. Ông Trần Văn Lớn, nông dân xã Phong Nẫm, đề nghị tỉnh hỗ trợ vốn để các hợp tác xã đầu tư lò sấy cơm dừa.
Phát biểu chỉ đạo, đồng chí Cao Văn Trọng đánh giá cao sự năng động của các cấp Hội trong hỗ trợ tiêu thụ nông sản; đề nghị năm 2017 tiếp tục thực hiện Kết luận số 61-KL/TW của Ban Bí thư về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam", Quyết định số 673/QĐ-TTg của Thủ tướng Chính phủ về việc Hội Nông dân Việt Nam trực tiếp thực hiện và phối hợp thực hiện một số chương trình, đề án phát triển kinh tế, văn hóa, xã hội nông thôn.
Dịp này, Trung ương Hội Nông dân Việt Nam tặng bằng khen cho 4 tập thể, 6 cá nhân; Hội Nông dân tỉnh tặng giấy khen cho 28 tập thể và 45 cá nhân có thành tích xuất sắc.
Minh Trí
Tin liên quan
- Mỏ Cày Nam: nông dân lo lắng vì giá dừa giảm sâu (12/12/2016)
- Hội thảo giải pháp tiêu thụ dừa bền vững (25/11/2016)
- Chợ Lách: phiên chợ cây giống, hoa kiểng phục vụ Tết (15/11/2016)
""", "2016-12-29", "Hội Nông dân tỉnh tổng kết công tác Hội năm 2016: Nổi bật vai trò cầu nối tiêu thụ dừa cho hội viên",
E("tong_ket", "2016", "2016-12-27"),
[P("Cao Văn Trọng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Huỳnh Thị Bé Hai", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Văn Chín", "Chủ tịch Hội Nông dân xã Tân Thành Bình"),
 P("Trần Văn Lớn", "nông dân xã Phong Nẫm")],
[Q("25.000", 25000, "đồng"), Q("30.000 đồng/chục", 30000, "đồng"), Q("12 trái", 12, "trái"),
 Q("15 doanh nghiệp chế biến", 15, "doanh nghiệp chế biến"), Q("126 tổ hợp tác", 126, "tổ hợp tác"),
 Q("trên 18 triệu trái", 18000000, "trái", "over"), Q("9 phiên chợ nông sản", 9, "phiên chợ nông sản"),
 Q("khoảng 600 tấn", 600, "tấn", "approx"), Q("3.450 hội viên", 3450, "hội viên"),
 Q("hơn 14,6 tỷ đồng", 14600000000, "đồng", "over"), Q("1.120 lượt hộ", 1120, "lượt hộ"),
 Q("38.212 hộ", 38212, "hộ"), Q("6,5%", 6.5, "%"), Q("210 hộ", 210, "hộ"),
 Q("2.000", 2000, "đồng"), Q("3.000 đồng/chục", 3000, "đồng"),
 Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân"), Q("28 tập thể", 28, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Kế hoạch", "1270", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 1270/KH-UBND của UBND tỉnh"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW của Ban Bí thư"),
 D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Bến Tre"), prov("Hồ Chí Minh"), com("Tân Thành Bình"), com("Phong Nẫm")],
["HỘI NÔNG DÂN TỈNH BẾN TRE", "Trang chủ › Tin tức - Sự kiện › Hoạt động Hội",
 "Đồng chí Huỳnh Thị Bé Hai trao cờ thi đua cho các đơn vị dẫn đầu phong trào.",
 "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam",
 "Quỹ hỗ trợ nông dân"],
["Thứ Năm, 29/12/2016", "năm 2016", "năm 2017", "năm 2015"]))
