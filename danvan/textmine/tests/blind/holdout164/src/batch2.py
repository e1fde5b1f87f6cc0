from lib import *
PAGES = []

PAGES.append(page("b3899-quangninh-bdv-giaoban-2017", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NINH
Trang chủ >> Tin tức - Sự kiện >> Dân vận các cấp
Cập nhật lúc 17:20 ngày 06/09/2017
Giao ban tháng 8: Vận động người dân dỡ bỏ lều lán, thông tuyến đường vào bãi xỉ
Chiều 5/9, Ban Dân vận Tỉnh ủy Quảng Ninh tổ chức giao ban công tác dân vận tháng 8/2017 với Ban Dân vận các huyện, thị, thành ủy. Đồng chí Đỗ Thị Hoàng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Đồng chí Đỗ Thị Hoàng phát biểu chỉ đạo giao ban. Ảnh: Thu Trang
Nội dung được quan tâm nhất tại giao ban là vụ việc người dân tổ 4, khu 6, phường Hà Khánh dựng 3 lều lán, chặn đường vào bãi thải xỉ của nhà máy nhiệt điện từ ngày 14/8 do bụi xỉ và nước thải ảnh hưởng tới khu dân cư. Có thời điểm khoảng 200 người tụ tập, trong đó có cả người già và trẻ em. Sau 5 buổi tiếp xúc, đối thoại do đồng chí Vũ Văn Diện, Phó Chủ tịch UBND thành phố Hạ Long chủ trì, đến ngày 28/8 người dân đã tự nguyện dỡ bỏ lều lán, thông tuyến đường.
Theo đồng chí Lương Thị Nguyệt, Thành ủy viên, Trưởng Ban Dân vận Thành ủy Hạ Long, thành phố đã yêu cầu doanh nghiệp dừng đổ xỉ ở khu vực giáp dân cư, xây 1,2 km tường chắn và hỗ trợ 86 hộ bị ảnh hưởng mỗi hộ 10 triệu đồng; đồng thời giao Công an thành phố xử lý 2 đối tượng có hành vi kích động.
Cũng trong tháng, Ban Dân vận các cấp tiếp nhận 38 đơn thư của công dân, đã chuyển cơ quan chức năng giải quyết 35 đơn, phần lớn liên quan đến đất đai, môi trường và chế độ chính sách; không có đơn thư tồn đọng quá hạn.
Trong tháng 8, toàn tỉnh có 9 lượt đoàn đông người (từ 5 người trở lên) đến Trụ sở tiếp công dân tỉnh với tổng số 163 lượt người, giảm 4 đoàn so với tháng 7. Ở xã Lê Lợi, 27 hộ dân tiếp tục có đơn khiếu nại về đơn giá bồi thường đất rừng sản xuất; đồng chí Hoàng Văn Chắn, Bí thư Đảng ủy xã Lê Lợi, cho biết xã đã cử 6 tổ công tác "3 cùng" đến từng hộ vận động.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Văn Lâm, Nịnh Thị Mai báo cáo kết quả kiểm tra việc thực hiện Kết luận 04, 05-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong các dự án trọng điểm; qua kiểm tra 11 dự án, 8 dự án đã thành lập tổ dân vận.
Kết luận giao ban, đồng chí Đỗ Thị Hoàng yêu cầu khối dân vận thực hiện tốt Chỉ thị số 16-CT/TU ngày 10/7/2017 của Ban Thường vụ Tỉnh ủy về tăng cường công tác tiếp dân, đối thoại; tháng 9 tập trung nắm tình hình các vụ việc môi trường, không để người dân tụ tập kéo dài; mỗi vụ việc phải có ít nhất 1 lãnh đạo cấp ủy trực tiếp phụ trách.
Hải Đường
Lượt xem: 941
Tin liên quan
- Cẩm Phả: gặp mặt người có uy tín trong đồng bào Sán Dìu (25/08/2017)
- Hội thi "Dân vận khéo" cụm Đông Triều (18/08/2017)
- Vân Đồn: 126 hộ bàn giao mặt bằng khu kinh tế (04/08/2017)
""", "2017-09-06", "Giao ban tháng 8: Vận động người dân dỡ bỏ lều lán, thông tuyến đường vào bãi xỉ",
E("giao_ban", "2017-08", "2017-09-05"),
[P("Đỗ Thị Hoàng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Văn Diện", "Phó Chủ tịch UBND thành phố Hạ Long"),
 P("Lương Thị Nguyệt", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy Hạ Long"),
 P("Hoàng Văn Chắn", "Bí thư Đảng ủy xã Lê Lợi"),
 P("Trần Văn Lâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nịnh Thị Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("3 lều lán", 3, "lều lán"), Q("khoảng 200 người", 200, "người", "approx"), Q("5 buổi tiếp xúc, đối thoại", 5, "buổi tiếp xúc, đối thoại"),
 Q("1,2 km", 1.2, "km"), Q("86 hộ", 86, "hộ"), Q("10 triệu đồng", 10000000, "đồng"), Q("2 đối tượng", 2, "đối tượng"), Q("38 đơn thư", 38, "đơn thư"), Q("35 đơn", 35, "đơn"),
 Q("9 lượt đoàn đông người", 9, "lượt đoàn đông người"), Q("163 lượt người", 163, "lượt người"), Q("4 đoàn", 4, "đoàn"),
 Q("27 hộ dân", 27, "hộ dân"), Q("6 tổ công tác", 6, "tổ công tác"), Q("11 dự án", 11, "dự án"), Q("8 dự án", 8, "dự án"),
 Q("ít nhất 1 lãnh đạo cấp ủy", 1, "lãnh đạo cấp ủy", "over")],
[D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Chỉ thị", "16", "CT/TU", "2017-07-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 10/7/2017")],
[prov("Quảng Ninh"), com("Hà Khánh"), com("Lê Lợi")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NINH", "Trang chủ >> Tin tức - Sự kiện >> Dân vận các cấp",
 "Đồng chí Đỗ Thị Hoàng phát biểu chỉ đạo giao ban. Ảnh: Thu Trang", "Lượt xem: 941", "3 cùng"],
["Cập nhật lúc 17:20 ngày 06/09/2017", "tháng 8/2017", "tháng 7", "3 cùng", "từ 5 người trở lên", "tháng 9", "Lượt xem: 941"]))

PAGES.append(page("b3900-langson-xa-doithoai-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN THÀNH
Huyện Cao Lộc - Tỉnh Lạng Sơn
Trang chủ / Tin tức / Tin hoạt động
29-06-2018 09:40
Ảnh: Quang cảnh hội nghị đối thoại
Đối thoại với 64 hộ dân có đất bị thu hồi làm đường cao tốc
Ngày 27/6, Đảng ủy, UBND xã Tân Thành tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2018, tập trung vào những vướng mắc trong bồi thường, giải phóng mặt bằng dự án đường cao tốc đoạn qua địa bàn xã.
Chủ trì hội nghị có đồng chí Hoàng Văn Pảo, Bí thư Đảng ủy xã và đồng chí Lộc Thị Duyên, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Dự có đồng chí Vi Thị Hoa, HUV, Trưởng Ban Dân vận Huyện ủy Cao Lộc; đại diện Trung tâm Phát triển quỹ đất huyện và Ban Quản lý dự án.
Đồng chí Lộc Thị Duyên phát biểu tại hội nghị.
Theo báo cáo của UBND xã, dự án đi qua 3 thôn của xã, thu hồi gần 18 ha đất của 64 hộ dân, trong đó 11 hộ phải di dời nhà ở. Đến nay đã có 52 hộ nhận tiền bồi thường với tổng số trên 9,6 tỷ đồng, đạt 81,3%; còn 12 hộ chưa nhận tiền, chưa bàn giao mặt bằng. Từ tháng 4 đến nay, có 3 lần người dân tập trung tại công trường, yêu cầu dừng thi công do chưa thống nhất giá đền bù đất trồng cây hồi.
Tại hội nghị có 19 ý kiến của bà con. Ông Nông Văn Thín, thôn Nà Nhàn, đề nghị xem xét lại việc áp giá đất rừng trồng hồi, vì "cây hồi trồng 20 năm mới cho quả, tính như rừng tạp là thiệt cho dân". Bà Chu Thị Lìu phản ánh việc đo đạc ranh giới còn sai lệch, có thửa đất bị đo thiếu gần 200 m2. Một số hộ kiến nghị bố trí tái định cư gần khu dân cư cũ để tiện sản xuất.
Đại diện Trung tâm Phát triển quỹ đất huyện giải thích việc bồi thường căn cứ Nghị định số 47/2014/NĐ-CP của Chính phủ và Quyết định số 20/2015/QĐ-UBND của UBND tỉnh Lạng Sơn; với 7 trường hợp đo đạc sai lệch, đơn vị sẽ đo lại trong tháng 7.
Đồng chí Vi Thị Hoa đề nghị cán bộ, đảng viên và các đoàn thể "đi từng ngõ, gõ từng nhà", giải thích chính sách để bà con hiểu, đồng thuận. Kết luận hội nghị, đồng chí Hoàng Văn Pảo khẳng định mọi kiến nghị hợp pháp, chính đáng sẽ được xã tổng hợp báo cáo cấp trên theo Kế hoạch số 15-KH/ĐU ngày 2/5/2018 của Đảng ủy xã về tổ chức đối thoại; đồng thời kêu gọi 12 hộ còn lại sớm bàn giao mặt bằng, không nghe theo kẻ xấu kích động.
Ngay sau hội nghị, Ủy ban MTTQ xã đã thành lập 4 tổ vận động gồm cán bộ Mặt trận, các đoàn thể và trưởng thôn, đến từng hộ còn vướng mắc để nắm tâm tư, nguyện vọng, giải thích chính sách của Nhà nước về bồi thường, hỗ trợ và tái định cư.
Hoàng Thúy - Văn hóa xã
Lượt truy cập: 9.106
Tin khác
- Tân Thành ra quân vệ sinh môi trường (15/06/2018)
- Hội Nông dân xã tập huấn trồng hồi, quế (01/06/2018)
- Đại hội Chi bộ thôn Nà Nhàn (21/05/2018)
""", "2018-06-29", "Đối thoại với 64 hộ dân có đất bị thu hồi làm đường cao tốc",
E("doi_thoai", "2018", "2018-06-27"),
[P("Hoàng Văn Pảo", "Bí thư Đảng ủy xã"),
 P("Lộc Thị Duyên", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Vi Thị Hoa", "HUV", "Trưởng Ban Dân vận Huyện ủy Cao Lộc"),
 P("Nông Văn Thín"), P("Chu Thị Lìu")],
[Q("64 hộ dân", 64, "hộ dân"), Q("3 thôn", 3, "thôn"), Q("gần 18 ha", 18, "ha", "approx"), Q("11 hộ", 11, "hộ"),
 Q("52 hộ", 52, "hộ"), Q("trên 9,6 tỷ đồng", 9600000000, "đồng", "over"), Q("81,3%", 81.3, "%"), Q("12 hộ", 12, "hộ"),
 Q("19 ý kiến", 19, "ý kiến"), Q("gần 200 m2", 200, "m2", "approx"), Q("7 trường hợp", 7, "trường hợp"), Q("4 tổ vận động", 4, "tổ vận động")],
[D("Nghị định", "47", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 47/2014/NĐ-CP"),
 D("Quyết định", "20", "2015/QĐ-UBND", None, "UBND tỉnh Lạng Sơn", "Quyết định số 20/2015/QĐ-UBND"),
 D("Kế hoạch", "15", "KH/ĐU", "2018-05-02", "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU ngày 2/5/2018")],
[prov("Lạng Sơn"), com("Tân Thành")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN THÀNH", "Huyện Cao Lộc - Tỉnh Lạng Sơn", "Trang chủ / Tin tức / Tin hoạt động",
 "Ảnh: Quang cảnh hội nghị đối thoại", "Đồng chí Lộc Thị Duyên phát biểu tại hội nghị.", "Lượt truy cập: 9.106",
 "đi từng ngõ, gõ từng nhà"],
["29-06-2018 09:40", "năm 2018", "20 năm", "tháng 4", "tháng 7", "Lượt truy cập: 9.106"]))

PAGES.append(page("b3901-dongnai-bdv-tongket-2019", """
Hôm nay: Thứ Ba, 24/12/2019
BÁO ĐỒNG NAI ĐIỆN TỬ
Chính trị › Dân vận
Thứ Hai, 23/12/2019 - 15:35
Không để hình thành "điểm nóng" tại vùng dự án sân bay Long Thành
Ngày 20/12, Ban Dân vận Tỉnh ủy Đồng Nai tổ chức hội nghị tổng kết công tác dân vận năm 2019, triển khai nhiệm vụ năm 2020. Đồng chí Lê Thị Ngọc Loan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Quang cảnh hội nghị tổng kết. Ảnh: Công Nghĩa
Năm 2019, công tác vận động người dân bàn giao mặt bằng dự án Cảng hàng không quốc tế Long Thành là nhiệm vụ trọng tâm của khối dân vận. Dự án thu hồi đất của khoảng 5.000 hộ, trong đó có 4.300 hộ phải tái định cư. Trong năm, Ban Dân vận các cấp đã cử 34 tổ dân vận "bám" từng ấp, phối hợp tổ chức 126 buổi tiếp xúc, đối thoại với 3.850 lượt hộ dân; nhờ đó đã có 3.120 hộ nhận tiền bồi thường, đạt 72,5%, với tổng số tiền hơn 6.800 tỷ đồng.
Tuy nhiên, tình hình vẫn còn tiềm ẩn phức tạp: năm 2019 xảy ra 8 vụ khiếu kiện đông người, chủ yếu về giá bồi thường đất nông nghiệp và diện tích đất tái định cư; có 2 vụ người dân kéo lên Trụ sở Tiếp công dân Trung ương. Tại xã Bình Sơn và xã Suối Trầu, một số hộ giáo dân được vận động đã ký đơn tập thể, đề nghị giữ lại khuôn viên 2 nhà thờ trong vùng dự án.
Đồng chí Nguyễn Văn Hùng, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, cho biết Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 21-CT/TU ngày 15/3/2019 về tăng cường công tác dân vận trong thực hiện dự án; phối hợp Ban Tôn giáo tỉnh tổ chức 14 cuộc gặp gỡ với linh mục, chức việc các giáo xứ liên quan.
Tại hội nghị, đồng chí Phạm Thị Hồng Nhung, HUV, Trưởng Ban Dân vận Huyện ủy Long Thành, kiến nghị tỉnh sớm hoàn thiện hạ tầng khu tái định cư Lộc An - Bình Sơn để người dân "an cư" trước khi bàn giao đất. Linh mục Phêrô Nguyễn Văn Thịnh, Quản xứ giáo xứ Bình Lâm, bày tỏ mong muốn được bố trí đất xây dựng nhà thờ mới tương xứng.
Năm 2019, toàn tỉnh có 1.264 mô hình "Dân vận khéo" được công nhận, trong đó 86 mô hình cấp tỉnh; khối dân vận tiếp nhận 215 đơn thư, đã giải quyết 197 đơn, đạt 91,6%.
Phát biểu kết luận, đồng chí Lê Thị Ngọc Loan yêu cầu năm 2020 tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2016 của Bộ Chính trị và Kết luận 114-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận của Đảng, chính quyền; kiên quyết không để hình thành "điểm nóng" trong vùng dự án, bảo đảm "nhà ở mới bằng hoặc tốt hơn nơi ở cũ".
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 25 tập thể và 41 cá nhân có thành tích trong công tác dân vận năm 2019.
Hoàng Lộc
Lượt xem: 3.482
Tin liên quan
- Long Thành: giao ban khối dân vận quý IV (12/12/2019)
- Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (05/12/2019)
- Trảng Bom: 12 mô hình "Dân vận khéo" (22/11/2019)
""", "2019-12-23", "Không để hình thành \"điểm nóng\" tại vùng dự án sân bay Long Thành",
E("tong_ket", "2019", "2019-12-20"),
[P("Lê Thị Ngọc Loan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hùng", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Hồng Nhung", "HUV", "Trưởng Ban Dân vận Huyện ủy Long Thành"),
 P("Phêrô Nguyễn Văn Thịnh", "Linh mục", "Quản xứ giáo xứ Bình Lâm")],
[Q("khoảng 5.000 hộ", 5000, "hộ", "approx"), Q("4.300 hộ", 4300, "hộ"), Q("34 tổ dân vận", 34, "tổ dân vận"),
 Q("126 buổi tiếp xúc, đối thoại", 126, "buổi tiếp xúc, đối thoại"), Q("3.850 lượt hộ dân", 3850, "lượt hộ dân"),
 Q("3.120 hộ", 3120, "hộ"), Q("72,5%", 72.5, "%"), Q("hơn 6.800 tỷ đồng", 6800000000000, "đồng", "over"),
 Q("8 vụ khiếu kiện đông người", 8, "vụ khiếu kiện đông người"), Q("2 vụ", 2, "vụ"), Q("2 nhà thờ", 2, "nhà thờ"),
 Q("14 cuộc gặp gỡ", 14, "cuộc gặp gỡ"), Q("1.264 mô hình", 1264, "mô hình"), Q("86 mô hình cấp tỉnh", 86, "mô hình cấp tỉnh"),
 Q("215 đơn thư", 215, "đơn thư"), Q("197 đơn", 197, "đơn"), Q("91,6%", 91.6, "%"),
 Q("25 tập thể", 25, "tập thể"), Q("41 cá nhân", 41, "cá nhân")],
[D("Chỉ thị", "21", "CT/TU", "2019-03-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 15/3/2019"),
 D("Quyết định", "23", "QĐ/TW", "2016-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2016"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW")],
[prov("Đồng Nai"), com("Bình Sơn"), com("Suối Trầu")],
["Hôm nay: Thứ Ba, 24/12/2019", "BÁO ĐỒNG NAI ĐIỆN TỬ", "Chính trị › Dân vận", "Quang cảnh hội nghị tổng kết. Ảnh: Công Nghĩa",
 "Dân vận khéo", "Lượt xem: 3.482", "nhà ở mới bằng hoặc tốt hơn nơi ở cũ", "Cảng hàng không quốc tế Long Thành"],
["Hôm nay: Thứ Ba, 24/12/2019", "Thứ Hai, 23/12/2019 - 15:35", "năm 2019", "năm 2020", "Lượt xem: 3.482"]))

PAGES.append(page("b3902-thuathienhue-bdv-hoinghi-2019", """
Thừa Thiên Huế Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thừa Thiên Huế
You are here: Trang chủ > Chính trị > Tôn giáo - Dân tộc
10/04/2019 16:45
Đồng chí Hoàng Thị Thanh Tâm tặng hoa các chức sắc tôn giáo dự hội nghị. Ảnh: Ngọc Hân
Gặp gỡ, đối thoại với chức sắc tôn giáo: cùng tháo gỡ vướng mắc về đất đai cơ sở thờ tự
Sáng 9/4, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh và Ban Tôn giáo tỉnh tổ chức hội nghị gặp mặt chức sắc, chức việc các tôn giáo năm 2019. Đồng chí Hoàng Thị Thanh Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Trần Ngọc Khánh, Phó Chủ tịch UBND tỉnh đồng chủ trì. Dự hội nghị có 156 đại biểu là chức sắc, chức việc của Phật giáo, Công giáo, Tin lành, Cao Đài.
Theo báo cáo của Ban Tôn giáo tỉnh, toàn tỉnh hiện có 7 tôn giáo với khoảng 540.000 tín đồ. Từ năm 2016 đến nay, trên địa bàn phát sinh 17 vụ việc liên quan đến đất đai cơ sở tôn giáo, trong đó 9 vụ việc đã được giải quyết, còn 8 vụ việc đang xem xét. Năm 2018 xảy ra 3 vụ tụ tập đông người phản đối việc thi công công trình trên đất tranh chấp, có lúc khoảng 300 tín đồ tham gia, tập trung ở phường Phú Hội và xã Thủy Bằng.
Phát biểu tại hội nghị, Hòa thượng Thích Phước Hòa, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị các cấp sớm cấp giấy chứng nhận quyền sử dụng đất cho 42 cơ sở thờ tự còn lại. Linh mục Phaolô Lê Văn Trực, Quản xứ giáo xứ Phủ Cam, mong chính quyền công khai hồ sơ, "ngồi lại với giáo dân để hiểu nhau". Mục sư Nguyễn Hữu Bình, Quản nhiệm Hội thánh Tin lành Huế, kiến nghị tạo điều kiện cho các điểm nhóm được đăng ký sinh hoạt.
Trả lời các ý kiến, đồng chí Trần Ngọc Khánh cho biết UBND tỉnh đã ban hành Quyết định số 745/QĐ-UBND ngày 2/4/2019 thành lập tổ công tác liên ngành rà soát đất đai của các cơ sở tôn giáo; trong năm 2019 phấn đấu cấp giấy chứng nhận cho không dưới 20 cơ sở, giải quyết dứt điểm 5 vụ việc kéo dài.
Đồng chí Hoàng Thị Thanh Tâm đề nghị các chức sắc tiếp tục hướng dẫn tín đồ thực hiện Luật Tín ngưỡng, tôn giáo, "sống tốt đời, đẹp đạo"; các cấp ủy thực hiện Chỉ thị 18, 19-CT/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo và công tác dân vận vùng đồng bào có đạo, giải quyết kiến nghị của các tổ chức tôn giáo theo đúng Kế hoạch số 120-KH/TU ngày 25/1/2019 của Tỉnh ủy.
Nhân dịp này, Ban Dân vận Tỉnh ủy biểu dương 21 chức sắc, chức việc có nhiều đóng góp trong vận động tín đồ tham gia xây dựng khu dân cư văn hóa.
Phương Thảo
Lượt xem: 1.752
Các tin khác
- Giáo hội Phật giáo tỉnh tổng kết Phật sự năm 2018 (28/12/2018)
- Gặp mặt chức sắc Công giáo dịp Giáng sinh (20/12/2018)
- Phú Vang: vận động giáo dân hiến đất mở đường (15/11/2018)
""", "2019-04-10", "Gặp gỡ, đối thoại với chức sắc tôn giáo: cùng tháo gỡ vướng mắc về đất đai cơ sở thờ tự",
E("hoi_nghi", "2019", "2019-04-09"),
[P("Hoàng Thị Thanh Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Ngọc Khánh", "Phó Chủ tịch UBND tỉnh"),
 P("Thích Phước Hòa", "Hòa thượng", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Phaolô Lê Văn Trực", "Linh mục", "Quản xứ giáo xứ Phủ Cam"),
 P("Nguyễn Hữu Bình", "Mục sư", "Quản nhiệm Hội thánh Tin lành Huế")],
[Q("156 đại biểu", 156, "đại biểu"), Q("7 tôn giáo", 7, "tôn giáo"), Q("khoảng 540.000 tín đồ", 540000, "tín đồ", "approx"),
 Q("17 vụ việc", 17, "vụ việc"), Q("9 vụ việc", 9, "vụ việc"), Q("8 vụ việc", 8, "vụ việc"),
 Q("3 vụ tụ tập đông người", 3, "vụ tụ tập đông người"), Q("khoảng 300 tín đồ", 300, "tín đồ", "approx"),
 Q("42 cơ sở thờ tự", 42, "cơ sở thờ tự"), Q("không dưới 20 cơ sở", 20, "cơ sở", "over"), Q("5 vụ việc kéo dài", 5, "vụ việc kéo dài"),
 Q("21 chức sắc, chức việc", 21, "chức sắc, chức việc")],
[D("Quyết định", "745", "QĐ-UBND", "2019-04-02", "UBND tỉnh", "Quyết định số 745/QĐ-UBND ngày 2/4/2019"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU"),
 D("Kế hoạch", "120", "KH/TU", "2019-01-25", "Tỉnh ủy", "Kế hoạch số 120-KH/TU ngày 25/1/2019")],
[prov("Thừa Thiên Huế"), com("Phú Hội"), com("Thủy Bằng")],
["Thừa Thiên Huế Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thừa Thiên Huế", "You are here: Trang chủ > Chính trị > Tôn giáo - Dân tộc",
 "Đồng chí Hoàng Thị Thanh Tâm tặng hoa các chức sắc tôn giáo dự hội nghị. Ảnh: Ngọc Hân", "Luật Tín ngưỡng, tôn giáo",
 "sống tốt đời, đẹp đạo", "Lượt xem: 1.752"],
["10/04/2019 16:45", "năm 2019", "Năm 2018", "Từ năm 2016", "Lượt xem: 1.752"]))

PAGES.append(page("b3903-travinh-mttq-soket-2020", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TRÀ VINH
Trang chủ | Hoạt động Mặt trận | Dân tộc - Tôn giáo
Thứ Sáu, 03/07/2020
Mặt trận các cấp hòa giải thành 126 vụ việc mâu thuẫn trong 6 tháng
Ngày 2/7, Ủy ban MTTQ Việt Nam tỉnh Trà Vinh tổ chức hội nghị trực tuyến sơ kết công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020 tại 9 điểm cầu. Đồng chí Thạch Thị Sa Rinh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có đồng chí Kim Ngọc Thái, Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh.
Quang cảnh hội nghị tại điểm cầu tỉnh. Ảnh: Sơn Rết
Báo cáo nêu rõ, 6 tháng đầu năm 2020, dù chịu tác động của dịch COVID-19, Mặt trận các cấp vẫn chủ động nắm tình hình nhân dân, tham gia giải quyết các vụ việc phức tạp. Các tổ hòa giải ở cơ sở tiếp nhận 148 vụ việc mâu thuẫn, tranh chấp trong nhân dân, hòa giải thành 126 vụ việc, đạt 85,1%. Mặt trận tham gia giải quyết 4 vụ tranh chấp đất đai giữa nhà chùa và người dân, trong đó vụ tranh chấp đất chùa Ô Chắc ở xã Ngọc Biên kéo dài hơn 10 năm với 17 hộ đang canh tác trên đất chùa đã được giải quyết dứt điểm, các hộ đồng ý ký hợp đồng thuê đất với nhà chùa.
Trên địa bàn còn 2 vụ khiếu kiện đông người liên quan dự án điện gió ven biển ở xã Trường Long Hòa, với khoảng 70 hộ dân nuôi trồng thủy sản phản đối việc thi công đường dây. Mặt trận tỉnh đã phối hợp tổ chức 3 cuộc đối thoại; đồng chí Thạch Thị Sa Rinh trực tiếp gặp gỡ 26 hộ có đơn.
Thực hiện Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN về giám sát, phản biện xã hội và Kế hoạch 15, 16-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Mặt trận các cấp đã tổ chức 58 cuộc giám sát, trong đó có 11 cuộc giám sát việc chi trả hỗ trợ người dân gặp khó khăn do đại dịch theo Nghị quyết 42/NQ-CP của Chính phủ.
Tại hội nghị, Hòa thượng Thạch Sok Xane, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, đề nghị tiếp tục vận động đồng bào Khmer không nghe theo các đối tượng xấu lợi dụng vấn đề dân tộc, tôn giáo. Ông Kiên Văn Sơn, Chủ tịch Ủy ban MTTQ xã Ngọc Biên, chia sẻ kinh nghiệm phối hợp Ban Quản trị chùa và người có uy tín để hòa giải tranh chấp.
Trong 6 tháng, Mặt trận các cấp đã vận động hơn 21 tỷ đồng ủng hộ phòng, chống dịch và xây 86 căn nhà Đại đoàn kết; trao 12.400 phần quà cho hộ nghèo, hộ cận nghèo.
Hữu Hiệp
Lượt xem: 812
Tin liên quan
- Gặp mặt chức sắc Phật giáo Nam tông Khmer (10/06/2020)
- Trà Cú: hòa giải thành 18 vụ tranh chấp (28/05/2020)
- Vận động ủng hộ phòng, chống COVID-19 (15/04/2020)
""", "2020-07-03", "Mặt trận các cấp hòa giải thành 126 vụ việc mâu thuẫn trong 6 tháng",
E("so_ket", "2020-H1", "2020-07-02"),
[P("Thạch Thị Sa Rinh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Ngọc Thái", "Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sok Xane", "Hòa thượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Kiên Văn Sơn", "Chủ tịch Ủy ban MTTQ xã Ngọc Biên")],
[Q("126 vụ việc mâu thuẫn", 126, "vụ việc mâu thuẫn"), Q("9 điểm cầu", 9, "điểm cầu"),
 Q("148 vụ việc mâu thuẫn, tranh chấp", 148, "vụ việc mâu thuẫn, tranh chấp"), Q("85,1%", 85.1, "%"),
 Q("4 vụ tranh chấp đất đai", 4, "vụ tranh chấp đất đai"), Q("17 hộ", 17, "hộ"),
 Q("2 vụ khiếu kiện đông người", 2, "vụ khiếu kiện đông người"), Q("khoảng 70 hộ dân nuôi trồng thủy sản", 70, "hộ dân nuôi trồng thủy sản", "approx"),
 Q("3 cuộc đối thoại", 3, "cuộc đối thoại"), Q("26 hộ", 26, "hộ"), Q("58 cuộc giám sát", 58, "cuộc giám sát"),
 Q("11 cuộc giám sát", 11, "cuộc giám sát"), Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("86 căn nhà Đại đoàn kết", 86, "căn nhà Đại đoàn kết"), Q("12.400 phần quà", 12400, "phần quà")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "15", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 15, 16-KH/MTTQ-BTT"),
 D("Kế hoạch", "16", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 15, 16-KH/MTTQ-BTT"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết 42/NQ-CP")],
[prov("Trà Vinh"), com("Ngọc Biên"), com("Trường Long Hòa")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TRÀ VINH", "Trang chủ | Hoạt động Mặt trận | Dân tộc - Tôn giáo",
 "Quang cảnh hội nghị tại điểm cầu tỉnh. Ảnh: Sơn Rết", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lượt xem: 812", "COVID-19"],
["Thứ Sáu, 03/07/2020", "6 tháng đầu năm", "6 tháng cuối năm 2020", "hơn 10 năm", "COVID-19", "Lượt xem: 812"]))

PAGES.append(page("b3904-haiphong-bdv-giaoban-2020", """
BÁO HẢI PHÒNG
Trang chủ » Thời sự » Xây dựng Đảng
Ngày 16/10/2020 | 09:15
Quý III, giảm 6 đoàn khiếu kiện đông người so với cùng kỳ
Sáng 15/10, Ban Dân vận Thành ủy Hải Phòng tổ chức giao ban khối dân vận quý III/2020. Đồng chí Lê Văn Thành, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy chủ trì.
Các đại biểu dự giao ban. Ảnh: Hoàng Nam
Theo báo cáo, trong quý III, trên địa bàn thành phố có 11 đoàn đông người với khoảng 260 lượt người đến các trụ sở tiếp công dân, giảm 6 đoàn so với cùng kỳ năm 2019. Nội dung chủ yếu là khiếu nại về bồi thường, hỗ trợ giải phóng mặt bằng các dự án đường ven biển, khu công nghiệp và phản ánh ô nhiễm từ các cơ sở tái chế phế liệu. Đáng chú ý, tại xã Tân Trào, khoảng 120 người dân tụ tập phản đối cơ sở đốt rác thải công nghiệp; sau 2 buổi đối thoại, cơ sở này đã dừng hoạt động để khắc phục.
Các cấp ủy, chính quyền đã tổ chức 38 cuộc đối thoại với 1.415 lượt người dân, giải quyết 19/24 vụ việc phức tạp, đạt 79,2%; còn 5 vụ việc đang tiếp tục vận động, trong đó có 2 vụ việc vượt cấp lên Trung ương. Khối dân vận đã xây dựng 4 báo cáo chuyên đề nắm tình hình dư luận xã hội gửi Ban Thường vụ Thành ủy.
Tại giao ban, các đồng chí Đỗ Thị Thu Hằng, Nguyễn Đức Long - Phó Trưởng Ban Dân vận Thành ủy báo cáo kết quả kiểm tra thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư và Chỉ thị 12, 13-CT/TU của Ban Thường vụ Thành ủy tại 6 quận, huyện. Đồng chí Phạm Văn Tuyến, Quận ủy viên, Trưởng Ban Dân vận Quận ủy Dương Kinh, cho biết quận đã vận động 136 hộ bàn giao mặt bằng dự án đường ven biển, chỉ còn 9 hộ chưa đồng thuận. Đồng chí Vũ Thị Nga, Chủ tịch Ủy ban MTTQ phường Anh Dũng, kiến nghị tăng mức hỗ trợ chuyển đổi nghề cho người dân mất đất.
Đại diện Sở Tài nguyên và Môi trường cho biết đã kiểm tra 14 cơ sở tái chế, xử phạt vi phạm hành chính 7 cơ sở với tổng số tiền 485 triệu đồng, đình chỉ hoạt động 2 cơ sở. Sở cũng đề nghị các địa phương công khai kết quả quan trắc môi trường tại nhà văn hóa thôn, tổ dân phố để người dân theo dõi, giám sát, tránh tin đồn thất thiệt gây bức xúc.
Kết luận giao ban, đồng chí Lê Văn Thành yêu cầu quý IV tập trung phục vụ đại hội đảng bộ các cấp, nắm chắc diễn biến tư tưởng của nhân dân, không để xảy ra khiếu kiện đông người "nóng" trước và trong Đại hội XVI Đảng bộ thành phố; cấp ủy phải phân công người đứng đầu trực tiếp đối thoại ngay từ khi vụ việc mới phát sinh.
Hải Yến
Lượt xem: 1.094
Tin khác
- Kiến Thụy: 25 mô hình "Dân vận khéo" (08/10/2020)
- Hội nghị đối thoại giữa Bí thư Thành ủy với nông dân (25/09/2020)
- Gặp mặt các chức sắc tôn giáo (12/09/2020)
""", "2020-10-16", "Quý III, giảm 6 đoàn khiếu kiện đông người so với cùng kỳ",
E("giao_ban", "2020-Q3", "2020-10-15"),
[P("Lê Văn Thành", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Đỗ Thị Thu Hằng", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Đức Long", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Phạm Văn Tuyến", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy Dương Kinh"),
 P("Vũ Thị Nga", "Chủ tịch Ủy ban MTTQ phường Anh Dũng")],
[Q("6 đoàn", 6, "đoàn"), Q("11 đoàn đông người", 11, "đoàn đông người"), Q("khoảng 260 lượt người", 260, "lượt người", "approx"),
 Q("khoảng 120 người dân", 120, "người dân", "approx"), Q("2 buổi đối thoại", 2, "buổi đối thoại"),
 Q("38 cuộc đối thoại", 38, "cuộc đối thoại"), Q("1.415 lượt người dân", 1415, "lượt người dân"),
 Q("19/24 vụ việc phức tạp", 19, "vụ việc phức tạp"), Q("79,2%", 79.2, "%"), Q("5 vụ việc", 5, "vụ việc"),
 Q("2 vụ việc", 2, "vụ việc"), Q("4 báo cáo chuyên đề", 4, "báo cáo chuyên đề"), Q("6 quận, huyện", 6, "quận, huyện"),
 Q("136 hộ", 136, "hộ"), Q("9 hộ", 9, "hộ"), Q("14 cơ sở tái chế", 14, "cơ sở tái chế"), Q("7 cơ sở", 7, "cơ sở"),
 Q("485 triệu đồng", 485000000, "đồng"), Q("2 cơ sở", 2, "cơ sở")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 12, 13-CT/TU")],
[prov("Hải Phòng"), com("Tân Trào"), com("Anh Dũng")],
["BÁO HẢI PHÒNG", "Trang chủ » Thời sự » Xây dựng Đảng", "Các đại biểu dự giao ban. Ảnh: Hoàng Nam", "Lượt xem: 1.094"],
["Ngày 16/10/2020 | 09:15", "quý III/2020", "năm 2019", "quý IV", "Đại hội XVI", "Lượt xem: 1.094"]))
