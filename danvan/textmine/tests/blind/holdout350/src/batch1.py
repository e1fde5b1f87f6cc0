from lib import *
PAGES = []

PAGES.append(page("b8357-hatinh-mttq-traoqua-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH HÀ TĨNH
Trang chủ > Hoạt động Mặt trận > Cứu trợ xã hội
Thứ Hai, 10/10/2011 - 16:45
Trao 1.200 suất quà cho nhân dân vùng lũ Hương Khê, Vũ Quang
Ngày 8/10/2011, đoàn công tác Ủy ban MTTQ Việt Nam tỉnh do ông Trần Đình Khánh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đã đến thăm hỏi, trao 1.200 suất quà cho các hộ dân bị thiệt hại nặng do lũ tại hai huyện Hương Khê và Vũ Quang.
Ông Trần Đình Khánh trao quà cho người dân xã Hương Trạch.
Đợt mưa lũ từ ngày 1 đến ngày 5/10 vừa qua đã làm 3 người chết, hơn 14.000 ngôi nhà bị ngập, trong đó 2.350 nhà ngập sâu; khoảng 6.800 ha lúa, hoa màu bị hư hại, nhiều tuyến đường liên xã bị chia cắt. Tổng thiệt hại ước tính gần 420 tỷ đồng. Ngay khi nước rút, các lực lượng đã giúp dân dọn dẹp nhà cửa, vệ sinh môi trường, không để dịch bệnh bùng phát.
Mỗi suất quà gồm 20 kg gạo, mì tôm, nước uống và 300.000 đồng tiền mặt, tổng trị giá hơn 600 triệu đồng, được trích từ Quỹ Cứu trợ tỉnh và nguồn ủng hộ của các doanh nghiệp. Trước đó, thực hiện Công văn số 215/MTTQ-BTT ngày 3/10/2011 của Ban Thường trực Ủy ban MTTQ tỉnh về vận động ủng hộ đồng bào bị thiệt hại do lũ lụt, các tổ chức, cá nhân trong và ngoài tỉnh Hà Tĩnh đã đăng ký ủng hộ trên 3,2 tỷ đồng.
Tại xã Hương Trạch, ông Nguyễn Văn Lợi, Chủ tịch UBND xã cho biết toàn xã có 412 hộ bị ngập, 17 hộ bị cuốn trôi toàn bộ tài sản. Nhờ chủ động sơ tán 96 hộ với 351 nhân khẩu ở vùng thấp trũng lên nhà văn hóa thôn và trường học từ chiều 1/10 nên địa phương không có thiệt hại về người. Bà Hồ Thị Lan, người dân tộc Chứt ở bản Rào Tre, xã Hương Liên, xúc động: "Nước lên nhanh quá, bộ đội biên phòng phải dùng thuyền đưa cả nhà tôi ra khỏi bản trong đêm".
Cùng đi với đoàn, bà Lê Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đã làm việc với Ban Thường trực Ủy ban MTTQ huyện Vũ Quang về việc phân bổ hàng cứu trợ. Theo Quyết định số 3125/QĐ-UBND ngày 4/10/2011 của UBND tỉnh, huyện Vũ Quang được hỗ trợ khẩn cấp 1.500 triệu đồng và 50 tấn gạo để cứu đói cho nhân dân trong thời gian giáp hạt.
Phát biểu tại buổi trao quà, ông Trần Đình Khánh đề nghị cấp ủy, chính quyền và Mặt trận các xã công khai danh sách hộ được nhận hỗ trợ tại nhà văn hóa thôn, bảo đảm đúng đối tượng, không để xảy ra thắc mắc, khiếu kiện. Ông cũng biểu dương 2 tổ xung kích của xã Hương Điền đã cứu được 11 người bị nước cuốn khi đi qua ngầm tràn.
Ngay trong tháng 10, Ủy ban MTTQ tỉnh sẽ phối hợp với Hội Chữ thập đỏ tiếp tục tiếp nhận hàng cứu trợ để phân bổ cho 12 huyện, thị xã bị ảnh hưởng.
Thu Hà
Tin liên quan
- Hà Tĩnh: ủng hộ đồng bào vùng lũ hơn 1 tỷ đồng (06/10/2011)
- Vũ Quang khẩn trương khắc phục hậu quả mưa lũ (05/10/2011)
- Cẩm Xuyên: di dời 300 hộ dân ra khỏi vùng ngập (02/10/2011)
""", "2011-10-10", "Trao 1.200 suất quà cho nhân dân vùng lũ Hương Khê, Vũ Quang",
E("trao_qua", None, "2011-10-08"),
[P("Trần Đình Khánh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Lợi", "Chủ tịch UBND xã"),
 P("Hồ Thị Lan"),
 P("Lê Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("1.200 suất quà", 1200, "suất quà"), Q("3 người", 3, "người"), Q("hơn 14.000 ngôi nhà", 14000, "ngôi nhà", "over"),
 Q("2.350 nhà", 2350, "nhà"), Q("khoảng 6.800 ha", 6800, "ha", "approx"), Q("gần 420 tỷ đồng", 420000000000, "đồng", "approx"),
 Q("20 kg", 20, "kg"), Q("300.000 đồng", 300000, "đồng"), Q("hơn 600 triệu đồng", 600000000, "đồng", "over"),
 Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("412 hộ", 412, "hộ"), Q("17 hộ", 17, "hộ"), Q("96 hộ", 96, "hộ"),
 Q("351 nhân khẩu", 351, "nhân khẩu"), Q("1.500 triệu đồng", 1500000000, "đồng"), Q("50 tấn", 50, "tấn"),
 Q("2 tổ xung kích", 2, "tổ xung kích"), Q("11 người", 11, "người"), Q("12 huyện, thị xã", 12, "huyện, thị xã")],
[D("Công văn", "215", "MTTQ-BTT", "2011-10-03", "Ban Thường trực Ủy ban MTTQ tỉnh", "Công văn số 215/MTTQ-BTT ngày 3/10/2011"),
 D("Quyết định", "3125", "QĐ-UBND", "2011-10-04", "UBND tỉnh", "Quyết định số 3125/QĐ-UBND ngày 4/10/2011")],
[prov("Hà Tĩnh"), com("Hương Trạch"), com("Hương Liên"), com("Hương Điền")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH HÀ TĨNH", "Trang chủ > Hoạt động Mặt trận > Cứu trợ xã hội",
 "Ông Trần Đình Khánh trao quà cho người dân xã Hương Trạch.", "Quỹ Cứu trợ tỉnh", "Rào Tre"],
["Thứ Hai, 10/10/2011 - 16:45", "từ ngày 1 đến ngày 5/10", "tháng 10"]))

PAGES.append(page("b8358-quangbinh-sotan-bao-2012", """
Báo Quảng Bình điện tử
Thời sự | Phòng chống thiên tai
Cập nhật lúc 21:10 ngày 29/10/2012
Quảng Bình: Khẩn trương sơ tán gần 4.000 hộ dân trước bão số 8
Trước diễn biến phức tạp của bão số 8, chiều 29/10, Ban Chỉ huy Phòng chống lụt bão và Tìm kiếm cứu nạn tỉnh đã ra lệnh sơ tán khẩn cấp người dân ở các vùng xung yếu ven biển, cửa sông trước 17 giờ cùng ngày.
Lực lượng biên phòng giúp ngư dân đưa thuyền lên bờ tránh bão. Ảnh: Đức Thọ
Theo báo cáo nhanh của Ban Chỉ huy PCLB&TKCN tỉnh, đến 19 giờ, toàn tỉnh đã sơ tán 3.917 hộ với 13.460 nhân khẩu đến nơi an toàn, tập trung tại các xã ven biển của huyện Quảng Ninh, Lệ Thủy và thành phố Đồng Hới. Riêng xã Bảo Ninh đã di dời 612 hộ dân ra khỏi vùng nguy hiểm, bố trí tạm trú tại 7 trường học và trụ sở cơ quan.
Ông Nguyễn Hữu Hoàng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy PCLB&TKCN tỉnh đã trực tiếp kiểm tra công tác sơ tán dân tại xã Hải Ninh và xã Ngư Thủy Bắc. Ông yêu cầu chính quyền các xã kiên quyết cưỡng chế di dời những hộ cố tình ở lại, tuyệt đối không để người dân ở lại trên tàu thuyền, chòi canh nuôi trồng thủy sản khi bão đổ bộ.
Đến chiều cùng ngày, còn 1.256 tàu thuyền với 6.028 lao động đã vào nơi tránh trú an toàn; 18 tàu của ngư dân Quảng Trạch đang hoạt động tại vùng biển Hoàng Sa đã nhận được thông tin và đang di chuyển ra khỏi vùng nguy hiểm. Bộ đội Biên phòng tỉnh huy động 450 cán bộ, chiến sĩ cùng 22 xuồng, ca nô túc trực tại các địa bàn trọng điểm.
Tại Lệ Thủy, ông Đinh Xuân Hùng, HUV, Chủ tịch UBND xã Ngân Thủy, người dân tộc Vân Kiều, cho biết xã đã vận động 54 hộ đồng bào ở bản Khe Giữa sống dưới chân đồi có nguy cơ sạt lở chuyển đến nhà văn hóa bản Cây Sú. Thực hiện phương châm "4 tại chỗ", xã đã dự trữ 2 tấn gạo, 300 thùng mì tôm và thuốc men đủ dùng trong 7 ngày.
Ông Phan Văn Gấm, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, Phó Trưởng ban Thường trực Ban Chỉ huy PCLB&TKCN tỉnh cho biết các hồ chứa lớn như Phú Vinh, Vực Tròn đang vận hành xả tràn theo quy trình; Sở đã bố trí 9 đoàn kiểm tra xuống các huyện. Theo Chỉ thị số 12/CT-UBND ngày 15/8/2012 của UBND tỉnh về công tác phòng, chống lụt bão năm 2012, mỗi xã phải có phương án sơ tán dân cụ thể đến từng hộ.
Trước đó, các đoàn thể đã tổ chức 38 đội thanh niên xung kích giúp dân chằng chống nhà cửa, chặt tỉa cành cây, gia cố khoảng 2.000 ngôi nhà yếu.
Hoàng Minh
Tin liên quan
- Bão số 8 cách bờ biển Quảng Bình 300 km (29/10/2012)
- Ngư dân Quảng Bình khẩn trương vào bờ tránh bão (28/10/2012)
- Hỗ trợ 100 triệu đồng cho ngư dân bị nạn (20/10/2012)
""", "2012-10-29", "Quảng Bình: Khẩn trương sơ tán gần 4.000 hộ dân trước bão số 8",
E("khac", None, None),
[P("Nguyễn Hữu Hoàng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ huy PCLB&TKCN tỉnh"),
 P("Đinh Xuân Hùng", "HUV", "Chủ tịch UBND xã Ngân Thủy"),
 P("Phan Văn Gấm", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Phó Trưởng ban Thường trực Ban Chỉ huy PCLB&TKCN tỉnh")],
[Q("gần 4.000 hộ dân", 4000, "hộ dân", "approx"), Q("3.917 hộ", 3917, "hộ"), Q("13.460 nhân khẩu", 13460, "nhân khẩu"),
 Q("612 hộ dân", 612, "hộ dân"), Q("7 trường học", 7, "trường học"), Q("1.256 tàu thuyền", 1256, "tàu thuyền"),
 Q("6.028 lao động", 6028, "lao động"), Q("18 tàu", 18, "tàu"), Q("450 cán bộ, chiến sĩ", 450, "cán bộ, chiến sĩ"),
 Q("22 xuồng, ca nô", 22, "xuồng, ca nô"), Q("54 hộ đồng bào", 54, "hộ đồng bào"), Q("2 tấn", 2, "tấn"),
 Q("300 thùng mì tôm", 300, "thùng mì tôm"), Q("9 đoàn kiểm tra", 9, "đoàn kiểm tra"),
 Q("38 đội thanh niên xung kích", 38, "đội thanh niên xung kích"), Q("khoảng 2.000 ngôi nhà yếu", 2000, "ngôi nhà yếu", "approx")],
[D("Chỉ thị", "12", "CT-UBND", "2012-08-15", "UBND tỉnh", "Chỉ thị số 12/CT-UBND ngày 15/8/2012")],
[prov("Quảng Bình"), com("Bảo Ninh"), com("Hải Ninh"), com("Ngư Thủy Bắc"), com("Ngân Thủy")],
["Báo Quảng Bình điện tử", "Thời sự | Phòng chống thiên tai", "Lực lượng biên phòng giúp ngư dân đưa thuyền lên bờ tránh bão. Ảnh: Đức Thọ",
 "4 tại chỗ", "Hoàng Sa", "Khe Giữa", "Cây Sú", "Phú Vinh", "Vực Tròn"],
["Cập nhật lúc 21:10 ngày 29/10/2012", "bão số 8", "17 giờ", "19 giờ", "4 tại chỗ", "7 ngày", "năm 2012"]))

PAGES.append(page("b8359-nghean-pclb-tongket-2013", """
BÁO NGHỆ AN ĐIỆN TỬ
Trang chủ » Thời sự » Nông nghiệp - Nông thôn
27-12-2013 09:40
Toàn cảnh hội nghị tổng kết.
Nghệ An tổng kết công tác phòng, chống lụt bão năm 2013
(Baonghean) - Sáng 26/12, Ban Chỉ huy Phòng chống lụt bão - Tìm kiếm cứu nạn tỉnh Nghệ An tổ chức hội nghị tổng kết công tác phòng, chống lụt bão và tìm kiếm cứu nạn năm 2013, triển khai nhiệm vụ năm 2014. Chủ trì hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh: Lê Xuân Đạt, Đinh Viết Hùng.
Năm 2013, Nghệ An chịu ảnh hưởng trực tiếp của 4 cơn bão, 2 áp thấp nhiệt đới và nhiều đợt mưa lũ lớn, đặc biệt là bão số 10 và đợt lũ cuối tháng 9 làm 6 người chết, 14 người bị thương; trên 27.500 ngôi nhà bị ngập, tốc mái; 18.300 ha lúa, hoa màu bị mất trắng. Tổng thiệt hại ước khoảng 1.250 tỷ đồng.
Nhờ làm tốt công tác dự báo và phương châm "4 tại chỗ", các địa phương đã sơ tán 21.764 hộ với hơn 80.000 nhân khẩu ra khỏi vùng nguy hiểm, trong đó huyện Quỳnh Lưu sơ tán 5.120 hộ. Các lực lượng vũ trang huy động trên 12.000 lượt cán bộ, chiến sĩ, 210 phương tiện các loại giúp dân chằng chống nhà cửa, di dời tài sản.
Báo cáo do đồng chí Hoàng Nghĩa Hảo, Giám đốc Sở Nông nghiệp và PTNT, Phó Trưởng ban Thường trực Ban Chỉ huy PCLB-TKCN tỉnh trình bày cho biết, tỉnh đã xuất 1.950 tấn gạo dự trữ và 38,6 tỷ đồng từ ngân sách để cứu đói, hỗ trợ khắc phục hậu quả; tu sửa khẩn cấp 46 km đê sông, đê biển bị sạt lở. Toàn tỉnh đã triển khai Quyết định số 1002/QĐ-TTg ngày 13/7/2009 của Thủ tướng Chính phủ về Đề án Nâng cao nhận thức cộng đồng và quản lý rủi ro thiên tai dựa vào cộng đồng tại 35 xã thường xuyên bị ảnh hưởng.
Tại hội nghị, ông Lô Văn Thoàn, Chủ tịch UBND xã Tam Thái (Tương Dương), người dân tộc Thái, cho biết lũ quét đã cuốn trôi 23 nhà ở bản Phòng; xã đã vận động 140 hộ dân góp công, góp gỗ dựng lại nhà cho các hộ bị mất nhà trong vòng một tháng. Ông Moong Văn Thả, trưởng bản Huồi Pủng, xã Mỹ Lý (Kỳ Sơn) đề nghị tỉnh sớm có dự án bố trí dân cư cho 68 hộ đồng bào Khơ Mú đang ở khu vực có nguy cơ sạt lở.
Kết luận hội nghị, đồng chí Lê Xuân Đạt yêu cầu các ngành, địa phương tiếp tục thực hiện Chỉ thị số 17/CT-UBND ngày 4/6/2013 của UBND tỉnh về tăng cường công tác phòng, chống thiên tai; rà soát các khu dân cư ven sông, ven suối để xây dựng phương án di dời, sắp xếp lại; chuẩn bị tốt các điều kiện để triển khai Luật Phòng, chống thiên tai có hiệu lực từ giữa năm 2014.
Dịp này, UBND tỉnh tặng bằng khen cho 27 tập thể, 45 cá nhân có thành tích xuất sắc trong công tác phòng, chống lụt bão năm 2013.
Thành Chung
Tin liên quan
- Hỗ trợ 500 triệu đồng cho huyện Tương Dương khắc phục lũ quét (15/11/2013)
- Quỳnh Lưu: Khẩn trương sơ tán dân trước bão số 10 (29/09/2013)
- Lũ quét ở Kỳ Sơn, 2 người mất tích (20/09/2013)
""", "2013-12-27", "Nghệ An tổng kết công tác phòng, chống lụt bão năm 2013",
E("tong_ket", "2013", "2013-12-26"),
[P("Lê Xuân Đạt", "Phó Chủ tịch UBND tỉnh"), P("Đinh Viết Hùng", "Phó Chủ tịch UBND tỉnh"),
 P("Hoàng Nghĩa Hảo", "Giám đốc Sở Nông nghiệp và PTNT", "Phó Trưởng ban Thường trực Ban Chỉ huy PCLB-TKCN tỉnh"),
 P("Lô Văn Thoàn", "Chủ tịch UBND xã Tam Thái"),
 P("Moong Văn Thả", "trưởng bản Huồi Pủng")],
[Q("4 cơn bão", 4, "cơn bão"), Q("2 áp thấp nhiệt đới", 2, "áp thấp nhiệt đới"), Q("6 người", 6, "người"),
 Q("14 người", 14, "người"), Q("trên 27.500 ngôi nhà", 27500, "ngôi nhà", "over"), Q("18.300 ha", 18300, "ha"),
 Q("khoảng 1.250 tỷ đồng", 1250000000000, "đồng", "approx"), Q("21.764 hộ", 21764, "hộ"),
 Q("hơn 80.000 nhân khẩu", 80000, "nhân khẩu", "over"), Q("5.120 hộ", 5120, "hộ"),
 Q("trên 12.000 lượt cán bộ, chiến sĩ", 12000, "lượt cán bộ, chiến sĩ", "over"), Q("210 phương tiện", 210, "phương tiện"),
 Q("1.950 tấn", 1950, "tấn"), Q("38,6 tỷ đồng", 38600000000, "đồng"), Q("46 km", 46, "km"), Q("35 xã", 35, "xã"),
 Q("23 nhà", 23, "nhà"), Q("140 hộ dân", 140, "hộ dân"), Q("68 hộ đồng bào Khơ Mú", 68, "hộ đồng bào Khơ Mú"),
 Q("27 tập thể", 27, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Quyết định", "1002", "QĐ-TTg", "2009-07-13", "Thủ tướng Chính phủ", "Quyết định số 1002/QĐ-TTg ngày 13/7/2009"),
 D("Chỉ thị", "17", "CT-UBND", "2013-06-04", "UBND tỉnh", "Chỉ thị số 17/CT-UBND ngày 4/6/2013")],
[prov("Nghệ An"), com("Tam Thái"), com("Mỹ Lý")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Trang chủ » Thời sự » Nông nghiệp - Nông thôn", "Toàn cảnh hội nghị tổng kết.", "(Baonghean)",
 "4 tại chỗ", "Luật Phòng, chống thiên tai", "Huồi Pủng", "Nâng cao nhận thức cộng đồng và quản lý rủi ro thiên tai dựa vào cộng đồng"],
["27-12-2013 09:40", "bão số 10", "năm 2013", "năm 2014", "4 tại chỗ", "một tháng"]))

PAGES.append(page("b8360-quangtri-bdv-hoinghi-2014", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân vận chính quyền
08:15 | 15/08/2014
Vận động nhân dân chủ động phòng, tránh bão lũ, sẵn sàng di dời khi có lệnh
Ngày 14/8/2014, Ban Dân vận Tỉnh ủy Quảng Trị phối hợp với Ban Chỉ huy Phòng chống lụt bão tỉnh tổ chức hội nghị triển khai công tác vận động nhân dân phòng, tránh bão lũ năm 2014. Dự hội nghị có các đồng chí Lê Văn Bình, Trần Thị Thu - Phó Trưởng Ban Dân vận Tỉnh ủy; đại diện lãnh đạo ban dân vận 10 huyện, thị xã, thành phố và 47 xã, thị trấn vùng trũng, ven biển.
Đồng chí Trần Thị Thu quán triệt kế hoạch tại hội nghị.
Theo đánh giá, mùa mưa bão năm 2013 nhờ làm tốt công tác vận động nên các địa phương đã di dời 9.850 hộ với khoảng 34.000 người đến nơi an toàn; tuy vậy ở một số nơi vẫn còn người dân chủ quan, không chịu rời nhà khi lũ lên, nhất là người già, người neo đơn ở vùng hạ du sông Thạch Hãn, sông Ô Lâu.
Thực hiện Kế hoạch số 37-KH/TU ngày 2/7/2014 của Ban Thường vụ Tỉnh ủy về lãnh đạo công tác phòng, chống bão lũ, Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn số 08-HD/BDVTU, yêu cầu mỗi khu dân cư thành lập tổ vận động di dời do trưởng thôn, chi hội trưởng các đoàn thể đảm nhận. Đến nay, toàn tỉnh đã thành lập 386 tổ vận động với 2.410 thành viên; 1.150 "nhà an toàn cộng đồng" và nhà kiên cố của các hộ dân được đăng ký làm điểm tránh lũ.
Tại hội nghị, nhiều ý kiến chia sẻ kinh nghiệm. Đồng chí Kăn Sương, Bí thư Đảng ủy xã A Ngo (Đakrông), người dân tộc Pa Kô, cho biết xã đã vận động 32 hộ ở thôn A Đeng sống ven suối chuyển lên khu tái định cư mới. Bà Hồ Thị Pây, Chi hội trưởng Chi hội Phụ nữ thôn Ra Ly, kể lại kinh nghiệm đến từng nhà thuyết phục chị em dời đồ đạc, gia súc lên cao trước khi lũ về. Đồng chí Nguyễn Đức Cường, HUV, Trưởng Ban Dân vận Huyện ủy Hải Lăng, đề nghị hỗ trợ kinh phí cho tổ vận động, mỗi tổ khoảng 2 triệu đồng/năm.
Kết luận hội nghị, đồng chí Lê Văn Bình yêu cầu khối dân vận các cấp bám sát địa bàn, phối hợp với Mặt trận và các đoàn thể làm tốt công tác tuyên truyền để trên 90% hộ dân vùng trũng nắm được phương án di dời của thôn; kiên quyết không để xảy ra thiệt hại về người do chủ quan.
Cũng tại hội nghị, Ban Chỉ huy Phòng chống lụt bão tỉnh trao tặng 200 áo phao và 15 xuồng nhôm cho các xã Hải Quy, Triệu Độ, Hải Thượng.
Hương Giang
Tin liên quan
- Hải Lăng: 15 tổ vận động di dời ra mắt (05/08/2014)
- Quảng Trị sẵn sàng ứng phó mùa mưa bão (28/07/2014)
- Ban Dân vận Tỉnh ủy giao ban quý II (10/07/2014)
- Triệu Phong: Phụ nữ giúp nhau khắc phục hậu quả lũ lụt (18/06/2014)
- Nhân rộng mô hình "Thôn an toàn trước thiên tai" ở Gio Linh (02/06/2014)
""", "2014-08-15", "Vận động nhân dân chủ động phòng, tránh bão lũ, sẵn sàng di dời khi có lệnh",
E("hoi_nghi", "2014", "2014-08-14"),
[P("Lê Văn Bình", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Trần Thị Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kăn Sương", "Bí thư Đảng ủy xã A Ngo"),
 P("Hồ Thị Pây", "Chi hội trưởng Chi hội Phụ nữ thôn Ra Ly"),
 P("Nguyễn Đức Cường", "HUV", "Trưởng Ban Dân vận Huyện ủy Hải Lăng")],
[Q("10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"), Q("47 xã, thị trấn", 47, "xã, thị trấn"),
 Q("9.850 hộ", 9850, "hộ"), Q("khoảng 34.000 người", 34000, "người", "approx"), Q("386 tổ vận động", 386, "tổ vận động"),
 Q("2.410 thành viên", 2410, "thành viên"), Q("1.150", 1150, "nhà an toàn cộng đồng"), Q("32 hộ", 32, "hộ"),
 Q("khoảng 2 triệu đồng/năm", 2000000, "đồng", "approx"), Q("trên 90%", 90, "%", "over"),
 Q("200 áo phao", 200, "áo phao"), Q("15 xuồng nhôm", 15, "xuồng nhôm")],
[D("Kế hoạch", "37", "KH/TU", "2014-07-02", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 37-KH/TU ngày 2/7/2014"),
 D("Hướng dẫn", "08", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 08-HD/BDVTU")],
[prov("Quảng Trị"), com("A Ngo"), com("Hải Quy"), com("Triệu Độ"), com("Hải Thượng")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân vận chính quyền",
 "Đồng chí Trần Thị Thu quán triệt kế hoạch tại hội nghị.", "nhà an toàn cộng đồng", "A Đeng", "Ra Ly", "Thạch Hãn", "Ô Lâu"],
["08:15 | 15/08/2014", "năm 2014", "năm 2013"]))

PAGES.append(page("b8361-hue-mttq-giamsat-2015", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THỪA THIÊN HUẾ
Trang chủ | Giám sát và phản biện xã hội
Ngày đăng 04/12/2015 | 14:20
Ảnh: Đoàn giám sát làm việc tại xã Quảng Thái.
Giám sát việc hỗ trợ nhân dân khắc phục hậu quả lũ lụt tại Phong Điền, Quảng Điền
Từ ngày 30/11 đến 3/12/2015, đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế do bà Nguyễn Thị Sáu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ nhân dân khắc phục hậu quả đợt lũ tháng 11/2015 tại 2 huyện Phong Điền, Quảng Điền.
Đợt giám sát năm 2015 được tiến hành theo Quyết định 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội, và Kế hoạch số 48/KH-MTTQ-BTT ngày 25/11/2015 của Ban Thường trực Ủy ban MTTQ tỉnh. Tham gia đoàn có đại diện Hội Nông dân, Hội Cựu chiến binh, Sở Lao động - Thương binh và Xã hội và Sở Nông nghiệp và PTNT.
Qua làm việc với UBND các xã Quảng Thái, Quảng Lợi, Phong Chương và Phong Bình, đoàn ghi nhận, đợt lũ đã làm 1.862 ngôi nhà bị ngập, 430 ha rau màu và 215 ha ao hồ nuôi trồng thủy sản bị thiệt hại. Thực hiện Quyết định số 142/2009/QĐ-TTg của Thủ tướng Chính phủ về cơ chế, chính sách hỗ trợ giống cây trồng, vật nuôi, thủy sản để khôi phục sản xuất vùng bị thiệt hại do thiên tai, hai huyện đã cấp phát 46 tấn lúa giống, 3,5 tấn giống rau màu và 18 tấn giống thủy sản cho 2.940 hộ. Tổng kinh phí hỗ trợ hơn 5,3 tỷ đồng, đạt 97% kế hoạch.
Đoàn đánh giá việc bình xét hộ được hỗ trợ cơ bản công khai, dân chủ; danh sách được niêm yết tại nhà văn hóa thôn ít nhất 7 ngày. Tuy nhiên, ở một số thôn việc chi trả còn chậm, có 14 hộ nuôi tôm ở xã Quảng Lợi thuộc diện thiệt hại trên 70% nhưng chưa có tên trong danh sách; một số hộ nhận giống lúa không phù hợp với chân đất.
Ông Hồ Văn Lanh, Chủ tịch UBND xã Phong Chương cho biết xã đã giải trình và bổ sung 9 hộ vào danh sách, đồng thời đề nghị tỉnh xem xét hỗ trợ thêm kinh phí nạo vét 3 tuyến kênh mương bị bồi lấp. Ông Trương Công Định, Trưởng thôn Mai Dương, kiêm Trưởng Ban công tác Mặt trận thôn, phản ánh người dân mong muốn được hỗ trợ xi măng để gia cố nền nhà.
Kết luận đợt giám sát, bà Nguyễn Thị Sáu đề nghị UBND các huyện chỉ đạo rà soát, bổ sung kịp thời các hộ bị bỏ sót; hoàn thành chi trả trước ngày 20/12/2015 để người dân kịp xuống giống vụ Đông Xuân. Ban Thường trực Ủy ban MTTQ tỉnh sẽ tổng hợp kiến nghị, gửi UBND tỉnh trong tháng 12.
Minh Tâm
Tin liên quan
- Tiếp nhận 2 tỷ đồng ủng hộ đồng bào vùng lũ (25/11/2015)
- Phong Điền: 300 hộ dân được sơ tán trong đêm (16/11/2015)
- Mặt trận giám sát việc thực hiện quy chế dân chủ ở cơ sở (03/10/2015)
""", "2015-12-04", "Giám sát việc hỗ trợ nhân dân khắc phục hậu quả lũ lụt tại Phong Điền, Quảng Điền",
E("giam_sat", "2015", "2015-11-30"),
[P("Nguyễn Thị Sáu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Lanh", "Chủ tịch UBND xã Phong Chương"),
 P("Trương Công Định", "Trưởng thôn Mai Dương", "kiêm Trưởng Ban công tác Mặt trận thôn")],
[Q("2 huyện", 2, "huyện"), Q("1.862 ngôi nhà", 1862, "ngôi nhà"), Q("430 ha", 430, "ha"), Q("215 ha", 215, "ha"),
 Q("46 tấn", 46, "tấn"), Q("3,5 tấn", 3.5, "tấn"), Q("18 tấn", 18, "tấn"), Q("2.940 hộ", 2940, "hộ"),
 Q("hơn 5,3 tỷ đồng", 5300000000, "đồng", "over"), Q("97%", 97, "%"), Q("14 hộ nuôi tôm", 14, "hộ nuôi tôm"),
 Q("trên 70%", 70, "%", "over"), Q("9 hộ", 9, "hộ"), Q("3 tuyến kênh mương", 3, "tuyến kênh mương")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "48", "KH-MTTQ-BTT", "2015-11-25", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 48/KH-MTTQ-BTT ngày 25/11/2015"),
 D("Quyết định", "142", "2009/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 142/2009/QĐ-TTg")],
[prov("Thừa Thiên Huế"), com("Quảng Thái"), com("Quảng Lợi"), com("Phong Chương"), com("Phong Bình")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THỪA THIÊN HUẾ", "Trang chủ | Giám sát và phản biện xã hội",
 "Ảnh: Đoàn giám sát làm việc tại xã Quảng Thái.", "Mai Dương"],
["Ngày đăng 04/12/2015 | 14:20", "Từ ngày 30/11 đến 3/12/2015", "tháng 11/2015", "năm 2015", "7 ngày", "tháng 12"]))

PAGES.append(page("b8362-thanhhoa-bdv-soket-2016", """
Ban Dân vận Tỉnh ủy Thanh Hóa - Cổng thông tin điện tử
Hôm nay: Thứ Sáu, 15/07/2016
Tin tức » Hoạt động của Ban
08/07/2016 - 10:05
Góp phần giữ vững ổn định vùng dân cư bị ảnh hưởng thiên tai
Ngày 7/7, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2016. Đồng chí Phạm Thị Hằng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Quang cảnh hội nghị. Ảnh: Lê Hà
6 tháng qua, khối dân vận các cấp đã tập trung vận động nhân dân các huyện miền núi khắc phục hậu quả trận lũ quét cuối năm 2015. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 146, 147-KL/TU về công tác vận động nhân dân di dời, sắp xếp dân cư vùng có nguy cơ sạt lở và về nâng cao hiệu quả phong trào "Dân vận khéo" trong xây dựng nông thôn mới.
Đến hết tháng 6/2016, các huyện Mường Lát, Quan Sơn, Quan Hóa đã vận động 327 hộ ở vùng nguy hiểm chuyển đến 9 khu tái định cư tập trung; nhân dân hiến trên 4,6 ha đất ở, đất vườn và góp hơn 15.000 ngày công làm đường vào khu tái định cư. Các đoàn thể phối hợp dựng 85 căn nhà cho hộ bị mất nhà do lũ, mỗi căn được hỗ trợ 25 triệu đồng từ Quỹ "Vì người nghèo" các cấp.
Các đồng chí Bùi Văn Hạnh, Hà Thị Mến, Lò Văn Pành - Trưởng Ban Dân vận Huyện ủy đã trao đổi kinh nghiệm vận động đồng bào Mường, Thái ở các huyện Bá Thước, Quan Hóa, Quan Sơn. Đồng chí Thào A Lử, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Trung Lý (Mường Lát), người dân tộc Mông, cho biết những ngày đầu nhiều hộ không muốn rời bản cũ vì gần nương rẫy; cán bộ xã phải đến từng nhà, nhờ già làng, trưởng họ vận động, đến nay 46 hộ ở bản Cá Nọi đã chuyển đến nơi ở mới.
Cũng trong 6 tháng, các cấp dân vận đã tiếp nhận 64 đơn thư, phối hợp giải quyết 58 đơn, đạt 90,6%; phần lớn liên quan đến đất đai tái định cư và chế độ hỗ trợ thiên tai.
Phát biểu kết luận, đồng chí Phạm Thị Hằng đề nghị 6 tháng cuối năm tiếp tục thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; chủ động xây dựng phương án vận động nhân dân sơ tán trong mùa mưa bão; phấn đấu 100% thôn, bản vùng nguy cơ có tổ vận động di dời. Đồng chí Lê Quang Vinh, Phó Trưởng Ban Dân vận Tỉnh ủy, đã trình bày kế hoạch kiểm tra, giám sát 6 tháng cuối năm.
Hoàng Lan
Tin liên quan
- Quan Sơn: ra mắt 3 khu tái định cư mới (20/06/2016)
- Hội nghị giao ban công tác dân vận quý I (08/04/2016)
- Mường Lát vận động 120 hộ dân hiến đất (15/03/2016)
- Bá Thước: đồng bào Mường chung tay dựng lại nhà sau lũ (22/01/2016)
- Trao 50 căn nhà Đại đoàn kết cho hộ nghèo vùng lũ (30/12/2015)
""", "2016-07-08", "Góp phần giữ vững ổn định vùng dân cư bị ảnh hưởng thiên tai",
E("so_ket", "2016-H1", "2016-07-07"),
[P("Phạm Thị Hằng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bùi Văn Hạnh", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hà Thị Mến", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lò Văn Pành", "Trưởng Ban Dân vận Huyện ủy"),
 P("Thào A Lử", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Trung Lý"),
 P("Lê Quang Vinh", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("327 hộ", 327, "hộ"), Q("9 khu tái định cư tập trung", 9, "khu tái định cư tập trung"), Q("trên 4,6 ha", 4.6, "ha", "over"),
 Q("hơn 15.000 ngày công", 15000, "ngày công", "over"), Q("85 căn nhà", 85, "căn nhà"), Q("25 triệu đồng", 25000000, "đồng"),
 Q("46 hộ", 46, "hộ"), Q("64 đơn thư", 64, "đơn thư"), Q("58 đơn", 58, "đơn"), Q("90,6%", 90.6, "%"), Q("100%", 100, "%")],
[D("Kết luận", "146", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 146, 147-KL/TU"),
 D("Kết luận", "147", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 146, 147-KL/TU"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Thanh Hóa"), com("Trung Lý")],
["Ban Dân vận Tỉnh ủy Thanh Hóa - Cổng thông tin điện tử", "Hôm nay: Thứ Sáu, 15/07/2016", "Tin tức » Hoạt động của Ban",
 "Quang cảnh hội nghị. Ảnh: Lê Hà", "Dân vận khéo", "Vì người nghèo", "Cá Nọi"],
["Hôm nay: Thứ Sáu, 15/07/2016", "08/07/2016 - 10:05", "6 tháng đầu năm", "6 tháng cuối năm 2016", "tháng 6/2016", "6 tháng"]))
