from lib import *
PAGES = []

PAGES.append(page("b3851-hatinh-hnd-uythac-tongket-2017", """
Cổng thông tin điện tử Hội Nông dân tỉnh Hà Tĩnh
Trang chủ :: Tin tức :: Hoạt động Hội
28-12-2017 09:40
Hội Nông dân Hà Tĩnh: dư nợ ủy thác đạt 1.563 tỷ đồng, giúp 3.870 hộ thoát nghèo
Ngày 26/12, Ban Thường vụ Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2017, trong đó đánh giá sâu hoạt động nhận ủy thác cho vay vốn Ngân hàng Chính sách xã hội (NHCSXH). Đồng chí Trần Tiến Lạng, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì; dự có đồng chí Lê Văn Thiệp, Phó Chủ tịch UBND tỉnh, Trưởng Ban đại diện Hội đồng quản trị NHCSXH tỉnh.
Toàn cảnh hội nghị tổng kết. Ảnh: Thu Phương
Năm 2017, Hội Nông dân các cấp quản lý 1.247 tổ tiết kiệm và vay vốn, dư nợ 1.563 tỷ đồng, tăng 154,7 tỷ đồng (10,98%) so với năm 2016, với 59.214 hộ vay; nợ quá hạn 0,16%, thấp nhất trong 4 tổ chức chính trị - xã hội nhận ủy thác. Có 9/13 huyện, thị xã, thành phố không có nợ quá hạn trên 0,3%. Nguồn vốn đã giúp 3.870 hộ thoát nghèo, 1.920 hộ vượt cận nghèo, tạo việc làm cho 4.115 lao động, trong đó 612 lao động đi làm việc ở nước ngoài theo hợp đồng.
Quỹ Hỗ trợ nông dân toàn tỉnh đạt 41,2 tỷ đồng, trong đó nguồn Trung ương ủy thác 12 tỷ đồng, ngân sách tỉnh 20 tỷ đồng, hội viên đóng góp 9,2 tỷ đồng; quỹ đang cho 2.146 hộ vay thông qua 143 dự án. Hội đã xây dựng 128 mô hình kinh tế tập thể từ nguồn vốn quỹ, nổi bật là 36 tổ hợp tác chăn nuôi hươu, 22 tổ hợp tác trồng cam.
Báo cáo nêu rõ những tồn tại: ở một số xã, việc bình xét cho vay còn nể nang; có 14 tổ sinh hoạt không thường xuyên; việc thu tiết kiệm qua tổ đạt thấp, bình quân chỉ khoảng 260.000 đồng/tổ viên.
Phát biểu, đồng chí Lê Văn Thiệp đánh giá cao vai trò của Hội trong thực hiện Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban Bí thư và Kế hoạch số 1234/KH-UBND của UBND tỉnh; đề nghị Hội năm 2018 nâng dư nợ ủy thác lên trên 1.700 tỷ đồng, giữ nợ quá hạn dưới 0,2%. Đồng chí Trần Tiến Lạng yêu cầu các huyện rà soát, xử lý dứt điểm 5 tổ yếu kém; bổ sung vào Quỹ Hỗ trợ nông dân khoảng 5 tỷ đồng.
Tại hội nghị, ông Phan Đình Cừ, Chủ tịch Hội Nông dân xã Thạch Ngọc, chia sẻ kinh nghiệm "3 bám" trong đôn đốc thu nợ; bà Đặng Thị Huệ, Tổ trưởng tổ tiết kiệm và vay vốn thôn Trung Tiến, xã Sơn Trung, kể về 12 năm làm tổ trưởng không để phát sinh nợ quá hạn.
Dịp này, Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 2 tập thể, 3 cá nhân; UBND tỉnh tặng Bằng khen cho 7 tập thể, 11 cá nhân; Ban Thường vụ Hội Nông dân tỉnh tặng Giấy khen cho 26 tổ tiết kiệm và vay vốn điển hình.
Thu Phương - Hải Nam
Lượt xem: 2.047
Tin liên quan
- Can Lộc: Hội Nông dân tổng kết Quỹ hỗ trợ nông dân (20/12/2017)
- Hội nghị đối thoại nông dân với Chủ tịch UBND tỉnh (11/12/2017)
- Vũ Quang ra mắt 4 tổ hợp tác chăn nuôi (30/11/2017)
""", "2017-12-28", "Hội Nông dân Hà Tĩnh: dư nợ ủy thác đạt 1.563 tỷ đồng, giúp 3.870 hộ thoát nghèo",
E("tong_ket", "2017", "2017-12-26"),
[P("Trần Tiến Lạng", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Văn Thiệp", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban đại diện Hội đồng quản trị NHCSXH tỉnh"),
 P("Phan Đình Cừ", "Chủ tịch Hội Nông dân xã Thạch Ngọc"),
 P("Đặng Thị Huệ", "Tổ trưởng tổ tiết kiệm và vay vốn thôn Trung Tiến")],
[Q("1.563 tỷ đồng", 1563000000000, "đồng"), Q("3.870 hộ", 3870, "hộ"), Q("1.247 tổ tiết kiệm và vay vốn", 1247, "tổ tiết kiệm và vay vốn"),
 Q("154,7 tỷ đồng", 154700000000, "đồng"), Q("10,98%", 10.98, "%"), Q("59.214 hộ", 59214, "hộ"), Q("0,16%", 0.16, "%"),
 Q("4 tổ chức chính trị - xã hội", 4, "tổ chức chính trị - xã hội"), Q("9/13 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("trên 0,3%", 0.3, "%", "over"), Q("1.920 hộ", 1920, "hộ"), Q("4.115 lao động", 4115, "lao động"), Q("612 lao động", 612, "lao động"),
 Q("41,2 tỷ đồng", 41200000000, "đồng"), Q("12 tỷ đồng", 12000000000, "đồng"), Q("20 tỷ đồng", 20000000000, "đồng"),
 Q("9,2 tỷ đồng", 9200000000, "đồng"), Q("2.146 hộ", 2146, "hộ"), Q("143 dự án", 143, "dự án"),
 Q("128 mô hình kinh tế tập thể", 128, "mô hình kinh tế tập thể"), Q("36 tổ hợp tác chăn nuôi hươu", 36, "tổ hợp tác chăn nuôi hươu"),
 Q("22 tổ hợp tác trồng cam", 22, "tổ hợp tác trồng cam"), Q("14 tổ", 14, "tổ"), Q("khoảng 260.000 đồng", 260000, "đồng", "approx"),
 Q("trên 1.700 tỷ đồng", 1700000000000, "đồng", "over"), Q("dưới 0,2%", 0.2, "%"), Q("5 tổ yếu kém", 5, "tổ yếu kém"),
 Q("khoảng 5 tỷ đồng", 5000000000, "đồng", "approx"), Q("2 tập thể", 2, "tập thể"), Q("3 cá nhân", 3, "cá nhân"),
 Q("7 tập thể", 7, "tập thể"), Q("11 cá nhân", 11, "cá nhân"), Q("26 tổ tiết kiệm và vay vốn điển hình", 26, "tổ tiết kiệm và vay vốn điển hình")],
[D("Chỉ thị", "40", "CT/TW", "2014-11-22", "Ban Bí thư", "Chỉ thị số 40-CT/TW ngày 22/11/2014"),
 D("Kế hoạch", "1234", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 1234/KH-UBND")],
[prov("Hà Tĩnh"), com("Thạch Ngọc"), com("Sơn Trung")],
["Cổng thông tin điện tử Hội Nông dân tỉnh Hà Tĩnh", "Trang chủ :: Tin tức :: Hoạt động Hội", "Toàn cảnh hội nghị tổng kết. Ảnh: Thu Phương",
 "Quỹ Hỗ trợ nông dân", "Lượt xem: 2.047"],
["28-12-2017 09:40", "năm 2017", "năm 2016", "năm 2018", "3 bám", "12 năm", "Lượt xem: 2.047"]))

PAGES.append(page("b3852-tuyenquang-hnd-daihoi-2018", """
ĐẢNG BỘ XÃ PHÚC ỨNG - HUYỆN SƠN DƯƠNG - TỈNH TUYÊN QUANG
Trang chủ > Tin tức - Sự kiện > Đoàn thể
Thứ Sáu, 22/06/2018 - 14:35
Đại hội đại biểu Hội Nông dân xã Phúc Ứng lần thứ X, nhiệm kỳ 2018 - 2023
Ngày 20/6/2018, Hội Nông dân xã Phúc Ứng long trọng tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2018 - 2023. Về dự có đồng chí Hà Văn Thắm, Phó Chủ tịch Hội Nông dân huyện Sơn Dương; đồng chí Ma Thị Nguyệt, Bí thư Đảng ủy, Chủ tịch HĐND xã cùng 112 đại biểu đại diện cho 1.386 hội viên của 28 chi hội.
Báo cáo chính trị do đồng chí Triệu Văn Khánh, Chủ tịch Hội Nông dân xã khóa IX trình bày nêu rõ: nhiệm kỳ qua, Hội đã phát triển được 214 hội viên mới, nâng tỷ lệ tập hợp nông dân vào Hội đạt 82,4%. Hội quản lý 9 tổ tiết kiệm và vay vốn với 486 hộ vay, dư nợ đến 31/5/2018 là 15,7 tỷ đồng, tăng 6,3 tỷ đồng so với đầu nhiệm kỳ; không có nợ quá hạn. Quỹ Hỗ trợ nông dân của xã đạt 320 triệu đồng, cho 34 hộ vay nuôi trâu, bò và trồng keo. Nhờ vốn vay, toàn xã đã có 297 hộ thoát nghèo; tỷ lệ hộ nghèo giảm từ 18,6% xuống còn 6,1%.
Trong nhiệm kỳ, Hội Nông dân xã phối hợp với Phòng giao dịch NHCSXH huyện tổ chức 24 buổi tuyên truyền chính sách tín dụng cho 1.150 lượt hội viên; 100% tổ tiết kiệm và vay vốn được Chi nhánh NHCSXH tỉnh Tuyên Quang xếp loại tốt. Số dư tiền gửi tiết kiệm qua tổ đạt 447 triệu đồng.
Phong trào nông dân sản xuất, kinh doanh giỏi có 412 hộ đạt danh hiệu các cấp, trong đó 5 hộ cấp tỉnh, 63 hộ cấp huyện. Hội vận động hội viên hiến 7.200 m2 đất, đóng góp trên 1.000 ngày công làm đường giao thông nông thôn.
Phát biểu chỉ đạo, đồng chí Hà Văn Thắm đề nghị nhiệm kỳ 2018 - 2023 Hội Nông dân xã thực hiện tốt Nghị quyết Đại hội Hội Nông dân tỉnh, Chỉ thị 40-CT/TW của Ban Bí thư và Kết luận số 61-KL/TW; phấn đấu dư nợ ủy thác đạt trên 20 tỷ đồng, Quỹ Hỗ trợ nông dân tăng thêm ít nhất 200 triệu đồng, mỗi năm giúp từ 30 hộ trở lên thoát nghèo.
Đại hội đã bầu Ban Chấp hành khóa X gồm 11 đồng chí. Đồng chí Triệu Văn Khánh được tín nhiệm bầu giữ chức Chủ tịch Hội Nông dân xã khóa X; các đồng chí Hoàng Thị Lụa, Nông Văn Đức được bầu làm Phó Chủ tịch Hội Nông dân xã. Đại hội cũng bầu 8 đại biểu đi dự Đại hội Hội Nông dân huyện.
Đồng chí Ma Thị Nguyệt tặng hoa chúc mừng Ban Chấp hành khóa mới.
Dịp này, Hội Nông dân huyện tặng Giấy khen cho 3 chi hội và 6 hội viên có thành tích xuất sắc trong phong trào nông dân thi đua sản xuất, kinh doanh giỏi.
Nông Hạnh
Lượt truy cập: 318
Tin khác
- Chi bộ thôn Cầu Trâu tổng kết 6 tháng đầu năm (15/06/2018)
- Xã Phúc Ứng ra quân làm đường bê tông (02/06/2018)
- Trao 2 con bò giống cho hộ nghèo thôn Đồng Khoan (25/05/2018)
""", "2018-06-22", "Đại hội đại biểu Hội Nông dân xã Phúc Ứng lần thứ X, nhiệm kỳ 2018 - 2023",
E("dai_hoi", None, "2018-06-20"),
[P("Hà Văn Thắm", "Phó Chủ tịch Hội Nông dân huyện Sơn Dương"),
 P("Ma Thị Nguyệt", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Triệu Văn Khánh", "Chủ tịch Hội Nông dân xã khóa IX", "Chủ tịch Hội Nông dân xã khóa X"),
 P("Hoàng Thị Lụa", "Phó Chủ tịch Hội Nông dân xã"),
 P("Nông Văn Đức", "Phó Chủ tịch Hội Nông dân xã")],
[Q("112 đại biểu", 112, "đại biểu"), Q("1.386 hội viên", 1386, "hội viên"), Q("28 chi hội", 28, "chi hội"),
 Q("214 hội viên mới", 214, "hội viên mới"), Q("82,4%", 82.4, "%"), Q("9 tổ tiết kiệm và vay vốn", 9, "tổ tiết kiệm và vay vốn"),
 Q("486 hộ", 486, "hộ"), Q("15,7 tỷ đồng", 15700000000, "đồng"), Q("6,3 tỷ đồng", 6300000000, "đồng"),
 Q("320 triệu đồng", 320000000, "đồng"), Q("34 hộ", 34, "hộ"), Q("297 hộ", 297, "hộ"), Q("18,6%", 18.6, "%"), Q("6,1%", 6.1, "%"),
 Q("412 hộ", 412, "hộ"), Q("5 hộ cấp tỉnh", 5, "hộ cấp tỉnh"), Q("63 hộ cấp huyện", 63, "hộ cấp huyện"), Q("7.200 m2", 7200, "m2"),
 Q("trên 1.000 ngày công", 1000, "ngày công", "over"), Q("trên 20 tỷ đồng", 20000000000, "đồng", "over"),
 Q("ít nhất 200 triệu đồng", 200000000, "đồng", "over"), Q("từ 30 hộ trở lên", 30, "hộ", "over"), Q("11 đồng chí", 11, "đồng chí"),
 Q("8 đại biểu", 8, "đại biểu"), Q("24 buổi tuyên truyền chính sách tín dụng", 24, "buổi tuyên truyền chính sách tín dụng"),
 Q("1.150 lượt hội viên", 1150, "lượt hội viên"), Q("100%", 100, "%"), Q("447 triệu đồng", 447000000, "đồng"), Q("3 chi hội", 3, "chi hội"), Q("6 hội viên", 6, "hội viên")],
[D("Chỉ thị", "40", "CT/TW", None, "Ban Bí thư", "Chỉ thị 40-CT/TW"),
 D("Kết luận", "61", "KL/TW", None, None, "Kết luận số 61-KL/TW")],
[prov("Tuyên Quang"), com("Phúc Ứng")],
["ĐẢNG BỘ XÃ PHÚC ỨNG - HUYỆN SƠN DƯƠNG - TỈNH TUYÊN QUANG", "Trang chủ > Tin tức - Sự kiện > Đoàn thể",
 "Đồng chí Ma Thị Nguyệt tặng hoa chúc mừng Ban Chấp hành khóa mới.", "Nghị quyết Đại hội Hội Nông dân tỉnh", "Quỹ Hỗ trợ nông dân", "Lượt truy cập: 318"],
["Thứ Sáu, 22/06/2018 - 14:35", "lần thứ X", "nhiệm kỳ 2018 - 2023", "11 đồng chí", "Lượt truy cập: 318", "31/5/2018"]))

PAGES.append(page("b3853-angiang-hnd-baocao-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ VĨNH HANH - HUYỆN CHÂU THÀNH
Vị trí: Trang chủ » Mặt trận - Đoàn thể » Hội Nông dân
Cập nhật lúc 17:20 ngày 27/12/2019
Báo cáo kết quả hoạt động nhận ủy thác vốn vay chính sách năm 2019 của Hội Nông dân xã
Căn cứ Văn bản liên tịch số 2195/VBLT ngày 14/11/2014 giữa Ngân hàng Chính sách xã hội và Trung ương Hội Nông dân Việt Nam; thực hiện Kế hoạch số 86-KH/HND ngày 10/01/2019 của Ban Thường vụ Hội Nông dân huyện Châu Thành, Hội Nông dân xã Vĩnh Hanh báo cáo kết quả hoạt động nhận ủy thác năm 2019 như sau:
1. Tình hình dư nợ: Tính đến ngày 20/12/2019, Hội Nông dân xã quản lý 11 tổ tiết kiệm và vay vốn ở 7 ấp, với 538 hộ còn dư nợ, tổng dư nợ 17.862 triệu đồng, tăng 1.934 triệu đồng so với năm 2018, đạt 104,2% kế hoạch. Dư nợ theo từng chương trình: cho vay hộ nghèo 3.125 triệu đồng; hộ cận nghèo 4.410 triệu đồng; hộ mới thoát nghèo 2.086 triệu đồng; nước sạch và vệ sinh môi trường nông thôn 3.740 triệu đồng; hộ sản xuất kinh doanh vùng khó khăn 4.501 triệu đồng.
2. Chất lượng tín dụng: Nợ quá hạn 12 triệu đồng, chiếm 0,07%; không có nợ khoanh. Thu lãi đạt 100% kế hoạch. Các tổ huy động tiết kiệm được 486 triệu đồng. Xếp loại tổ: 10 tổ tốt, 1 tổ khá, không có tổ trung bình, yếu.
3. Công tác kiểm tra: Ban Thường vụ Hội Nông dân xã kiểm tra 22 cuộc, đối chiếu 146 hộ vay, qua đó phát hiện 3 trường hợp sử dụng vốn chưa đúng mục đích và đã đôn đốc khắc phục.
4. Hiệu quả: Trong năm, nguồn vốn ủy thác góp phần giúp 64 hộ thoát nghèo, 41 hộ thoát cận nghèo; xây dựng 215 công trình nước sạch, nhà tiêu hợp vệ sinh; hỗ trợ 17 lao động đi làm việc tại Nhật Bản, Hàn Quốc. Tỷ lệ hộ nghèo toàn xã giảm còn 1,92%.
5. Phương hướng năm 2020: Phấn đấu tăng trưởng dư nợ từ 8% trở lên; tiếp tục củng cố tổ ấp Vĩnh Thuận, ấp Vĩnh Phú; không để phát sinh nợ quá hạn; phối hợp thực hiện Chỉ thị số 40-CT/TW của Ban Bí thư và Kết luận 06-KL/HU, 07-KL/HU của Ban Thường vụ Huyện ủy.
Báo cáo đã được đồng chí Nguyễn Văn Út, Chủ tịch Hội Nông dân xã và đồng chí Huỳnh Thị Bé Tư, Phó Chủ tịch Hội Nông dân xã, kiêm Tổ trưởng tổ tiết kiệm và vay vốn ấp Vĩnh Lợi thông qua tại phiên họp Ban Chấp hành ngày 24/12/2019, có sự tham dự của ông Lê Minh Trung, Phó Giám đốc Phòng giao dịch NHCSXH huyện Châu Thành. Nơi nhận: Hội Nông dân huyện, Đảng ủy, UBND xã Vĩnh Hanh, tỉnh An Giang.
HND xã Vĩnh Hanh
Lượt xem: 207
Tin liên quan
- Hội Nông dân xã sơ kết 6 tháng đầu năm 2019 (05/07/2019)
- Ra mắt tổ hợp tác trồng nấm rơm ấp Vĩnh Thạnh (14/05/2019)
- Danh sách hộ được vay vốn quý I/2019 (02/04/2019)
""", "2019-12-27", "Báo cáo kết quả hoạt động nhận ủy thác vốn vay chính sách năm 2019 của Hội Nông dân xã",
E("bao_cao", "2019", "2019-12-24"),
[P("Nguyễn Văn Út", "Chủ tịch Hội Nông dân xã"),
 P("Huỳnh Thị Bé Tư", "Phó Chủ tịch Hội Nông dân xã", "Tổ trưởng tổ tiết kiệm và vay vốn ấp Vĩnh Lợi"),
 P("Lê Minh Trung", "Phó Giám đốc Phòng giao dịch NHCSXH huyện Châu Thành")],
[Q("11 tổ tiết kiệm và vay vốn", 11, "tổ tiết kiệm và vay vốn"), Q("7 ấp", 7, "ấp"), Q("538 hộ", 538, "hộ"),
 Q("17.862 triệu đồng", 17862000000, "đồng"), Q("1.934 triệu đồng", 1934000000, "đồng"), Q("104,2%", 104.2, "%"),
 Q("3.125 triệu đồng", 3125000000, "đồng"), Q("4.410 triệu đồng", 4410000000, "đồng"), Q("2.086 triệu đồng", 2086000000, "đồng"),
 Q("3.740 triệu đồng", 3740000000, "đồng"), Q("4.501 triệu đồng", 4501000000, "đồng"), Q("12 triệu đồng", 12000000, "đồng"),
 Q("0,07%", 0.07, "%"), Q("100%", 100, "%"), Q("486 triệu đồng", 486000000, "đồng"), Q("10 tổ tốt", 10, "tổ tốt"),
 Q("1 tổ khá", 1, "tổ khá"), Q("22 cuộc", 22, "cuộc"), Q("146 hộ", 146, "hộ"), Q("3 trường hợp", 3, "trường hợp"),
 Q("64 hộ", 64, "hộ"), Q("41 hộ", 41, "hộ"), Q("215 công trình nước sạch, nhà tiêu hợp vệ sinh", 215, "công trình nước sạch, nhà tiêu hợp vệ sinh"),
 Q("17 lao động", 17, "lao động"), Q("1,92%", 1.92, "%"), Q("từ 8% trở lên", 8, "%", "over")],
[D("Văn bản liên tịch", "2195", "VBLT", "2014-11-14", None, "Văn bản liên tịch số 2195/VBLT ngày 14/11/2014"),
 D("Kế hoạch", "86", "KH/HND", "2019-01-10", "Ban Thường vụ Hội Nông dân huyện Châu Thành", "Kế hoạch số 86-KH/HND ngày 10/01/2019"),
 D("Chỉ thị", "40", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 40-CT/TW"),
 D("Kết luận", "06", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 06-KL/HU, 07-KL/HU"),
 D("Kết luận", "07", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 06-KL/HU, 07-KL/HU")],
[prov("An Giang"), com("Vĩnh Hanh")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ VĨNH HANH - HUYỆN CHÂU THÀNH", "Vị trí: Trang chủ » Mặt trận - Đoàn thể » Hội Nông dân",
 "HND xã Vĩnh Hanh", "Lượt xem: 207"],
["Cập nhật lúc 17:20 ngày 27/12/2019", "năm 2019", "năm 2018", "năm 2020", "1.", "2.", "3.", "4.", "5.", "Lượt xem: 207", "20/12/2019"]))

PAGES.append(page("b3854-quangnam-phunu-traoqua-2020", """
Báo Quảng Nam điện tử
Xã hội | Phụ nữ - Gia đình
Thứ Năm, 05/11/2020 - 11:10
Hội LHPN tỉnh trao 1,2 tỷ đồng hỗ trợ phụ nữ vùng lũ khôi phục sinh kế
(QNO) - Ngày 4/11, Hội Liên hiệp Phụ nữ tỉnh phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh Quảng Nam trao 1,2 tỷ đồng hỗ trợ phụ nữ các huyện miền núi bị thiệt hại nặng do bão số 9 và mưa lũ, gồm tiền mặt, vật tư sản xuất và 240 phần quà. Tham dự có bà Phan Thị Kim Trâm, Chủ tịch Hội LHPN tỉnh; bà Alăng Thị Bốn, Phó Chủ tịch Hội LHPN tỉnh; ông Trần Quốc Bảo, Phó Giám đốc Chi nhánh NHCSXH tỉnh.
Bà Phan Thị Kim Trâm trao quà cho hội viên xã Trà Leng. Ảnh: Văn Sự
Tại xã Trà Leng và xã Trà Dơn, đoàn đã trao 120 phần quà, mỗi phần gồm 10kg gạo, nhu yếu phẩm và 1 triệu đồng tiền mặt; trao 45 con heo giống, 1.200 con gà giống cho 60 hộ phụ nữ nghèo là tổ viên tổ tiết kiệm và vay vốn. Tại xã Phước Lộc, đoàn trao 120 suất quà, mỗi suất trị giá 700.000 đồng cho phụ nữ dân tộc Giẻ Triêng, Ca Dong có hoàn cảnh khó khăn.
Theo bà Alăng Thị Bốn, đợt mưa lũ cuối tháng 10 khiến 1.860 hộ vay vốn qua kênh Hội Phụ nữ ở 4 huyện Nam Trà My, Bắc Trà My, Phước Sơn, Nam Giang bị thiệt hại, trong đó 312 hộ bị sập, trôi nhà; dư nợ bị ảnh hưởng ước khoảng 41,6 tỷ đồng. Hội đã phối hợp với ngân hàng rà soát, lập hồ sơ đề nghị xử lý rủi ro theo Nghị định số 78/2002/NĐ-CP và Quyết định 50/2010/QĐ-TTg; đồng thời đề nghị gia hạn nợ cho 527 hộ.
Ông Trần Quốc Bảo cho biết, Chi nhánh đã dành khoảng 30 tỷ đồng để cho vay mới, cho vay bổ sung đối với hộ bị thiệt hại, mức cho vay tối đa 50 triệu đồng/hộ. Đến 31/10/2020, tổng dư nợ ủy thác qua Hội LHPN tỉnh đạt 1.486 tỷ đồng với 1.319 tổ tiết kiệm và vay vốn, 52.420 hộ vay; nợ quá hạn 0,12%.
Bà Hồ Thị Liên, Tổ trưởng tổ tiết kiệm và vay vốn thôn 2, xã Trà Leng, xúc động: tổ có 38 hộ thì 21 hộ mất trắng hoa màu, 6 hộ mất nhà; sự hỗ trợ kịp thời giúp chị em yên tâm tái sản xuất. Bà Hồ Thị Liên cho biết sẽ đôn đốc tổ viên sinh hoạt lại ngay khi đường thông.
Cùng ngày, đoàn đã đến thăm, động viên 8 gia đình có người thân mất tích trong vụ sạt lở núi, trao mỗi gia đình 5 triệu đồng. Hội LHPN tỉnh kêu gọi các cấp hội tiếp tục thực hiện chương trình "Phụ nữ Quảng Nam chung tay vì đồng bào vùng lũ", phấn đấu vận động thêm ít nhất 2 tỷ đồng.
Văn Sự
Lượt đọc: 1.562
TIN CÙNG CHUYÊN MỤC
- Phụ nữ Tiên Phước giúp nhau khắc phục hậu quả lũ lụt (03/11/2020)
- Trao 300 suất quà cho hội viên vùng bị cô lập (01/11/2020)
- Hội LHPN tỉnh phát động ủng hộ đồng bào miền Trung (28/10/2020)
- Nam Trà My: 500 hội viên được vay vốn trồng sâm (20/10/2020)
""", "2020-11-05", "Hội LHPN tỉnh trao 1,2 tỷ đồng hỗ trợ phụ nữ vùng lũ khôi phục sinh kế",
E("trao_qua", None, "2020-11-04"),
[P("Phan Thị Kim Trâm", "Chủ tịch Hội LHPN tỉnh"),
 P("Alăng Thị Bốn", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trần Quốc Bảo", "Phó Giám đốc Chi nhánh NHCSXH tỉnh"),
 P("Hồ Thị Liên", "Tổ trưởng tổ tiết kiệm và vay vốn thôn 2")],
[Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("240 phần quà", 240, "phần quà"), Q("120 phần quà", 120, "phần quà"), Q("10kg", 10, "kg"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("45 con heo giống", 45, "con heo giống"), Q("1.200 con gà giống", 1200, "con gà giống"),
 Q("60 hộ phụ nữ nghèo", 60, "hộ phụ nữ nghèo"), Q("120 suất quà", 120, "suất quà"), Q("700.000 đồng", 700000, "đồng"),
 Q("1.860 hộ", 1860, "hộ"), Q("4 huyện", 4, "huyện"), Q("312 hộ", 312, "hộ"), Q("khoảng 41,6 tỷ đồng", 41600000000, "đồng", "approx"),
 Q("527 hộ", 527, "hộ"), Q("khoảng 30 tỷ đồng", 30000000000, "đồng", "approx"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("1.486 tỷ đồng", 1486000000000, "đồng"), Q("1.319 tổ tiết kiệm và vay vốn", 1319, "tổ tiết kiệm và vay vốn"),
 Q("52.420 hộ", 52420, "hộ"), Q("0,12%", 0.12, "%"), Q("38 hộ", 38, "hộ"), Q("21 hộ", 21, "hộ"), Q("6 hộ", 6, "hộ"),
 Q("8 gia đình", 8, "gia đình"), Q("5 triệu đồng", 5000000, "đồng"), Q("ít nhất 2 tỷ đồng", 2000000000, "đồng", "over")],
[D("Nghị định", "78", "2002/NĐ-CP", None, None, "Nghị định số 78/2002/NĐ-CP"),
 D("Quyết định", "50", "2010/QĐ-TTg", None, None, "Quyết định 50/2010/QĐ-TTg")],
[prov("Quảng Nam"), com("Trà Leng"), com("Trà Dơn"), com("Phước Lộc")],
["Báo Quảng Nam điện tử", "Xã hội | Phụ nữ - Gia đình", "(QNO)", "Bà Phan Thị Kim Trâm trao quà cho hội viên xã Trà Leng. Ảnh: Văn Sự",
 "Phụ nữ Quảng Nam chung tay vì đồng bào vùng lũ", "Lượt đọc: 1.562"],
["Thứ Năm, 05/11/2020 - 11:10", "bão số 9", "tháng 10", "thôn 2", "Lượt đọc: 1.562", "31/10/2020"]))

PAGES.append(page("b3855-camau-hnd-giaoban-2021", """
BÁO CÀ MAU
Trang chủ › Kinh tế › Nông nghiệp
14/04/2021 - 10:05
Ảnh: Quang cảnh buổi giao ban.
Vốn chính sách tiếp sức nông dân vượt hạn mặn
(CMO) Sáng 13/4, Ban Thường vụ Hội Nông dân tỉnh Cà Mau tổ chức giao ban công tác Hội quý I năm 2021 với Hội Nông dân 9 huyện, thành phố và Chi nhánh Ngân hàng Chính sách xã hội tỉnh. Ông Nguyễn Văn Sang, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì; các ông, bà Phó Chủ tịch Hội Nông dân tỉnh: Trần Hồng Phúc, Lý Thị Kim Hoa cùng dự.
Theo báo cáo, quý I/2021, dư nợ ủy thác qua Hội Nông dân toàn tỉnh đạt 1.128,5 tỷ đồng, tăng 31,4 tỷ đồng so với cuối năm 2020, với 1.035 tổ tiết kiệm và vay vốn, 41.692 hộ vay. Nợ quá hạn 0,19%. Do ảnh hưởng của hạn hán, xâm nhập mặn và dịch Covid-19, 1.247 hộ nuôi tôm, trồng lúa gặp khó khăn trả nợ; Hội đã phối hợp đề nghị gia hạn nợ cho 386 hộ với số tiền 9,8 tỷ đồng.
Quỹ Hỗ trợ nông dân các cấp có tổng nguồn vốn 38,6 tỷ đồng, đang cho 1.520 hộ vay qua 96 dự án; trong quý giải ngân mới 11 dự án với 2,6 tỷ đồng. Hội Nông dân tỉnh đã triển khai Quyết định số 2107/QĐ-UBND của UBND tỉnh về bổ sung 5 tỷ đồng từ ngân sách cho Quỹ.
Cũng trong quý I, các cấp Hội đã phối hợp tổ chức 148 buổi sinh hoạt tổ, bình xét cho 2.034 hộ vay mới với số tiền 68,7 tỷ đồng; vận động 620 hộ gửi tiết kiệm với số dư 4,3 tỷ đồng. Hội Nông dân huyện U Minh và Hội Nông dân huyện Ngọc Hiển không có nợ quá hạn.
Tại buổi giao ban, ông Danh Sươl, Chủ tịch Hội Nông dân xã Khánh Bình Tây Bắc, cho biết nhiều hộ đồng bào Khmer đã chuyển sang mô hình tôm - lúa nhờ vốn vay; ông Huỳnh Văn Tèo, Chủ tịch Hội Nông dân xã Tân Hưng Đông, phản ánh một số tổ viên đi làm ăn xa, tổ trưởng khó liên hệ thu lãi.
Phó Giám đốc Chi nhánh NHCSXH tỉnh Ngô Thanh Hải thông tin về chương trình cho vay người lao động bị ảnh hưởng bởi đại dịch theo Nghị quyết số 42/NQ-CP của Chính phủ và Quyết định 15/2020/QĐ-TTg; đến nay toàn tỉnh đã có 4 đơn vị được vay trả lương ngừng việc với số tiền 1,18 tỷ đồng.
Kết luận giao ban, ông Nguyễn Văn Sang đề nghị quý II các cấp Hội tập trung triển khai Kế hoạch số 131-KH/HNDT, 132-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh về củng cố tổ tiết kiệm và vay vốn và nâng cao hiệu quả Quỹ; phấn đấu 100% tổ xếp loại khá trở lên, thu hồi khoảng 3 tỷ đồng nợ Quỹ đến hạn; phối hợp tổ chức 9 hội nghị đối thoại với nông dân trong năm 2021.
Hồng Nhung
Lượt xem: 1.318
Tin khác
- Hội Nông dân Trần Văn Thời ra mắt 3 tổ hợp tác (09/04/2021)
- Nông dân Cà Mau ứng phó hạn mặn (30/03/2021)
- Đầm Dơi: đối thoại giữa nông dân với chính quyền (22/03/2021)
""", "2021-04-14", "Vốn chính sách tiếp sức nông dân vượt hạn mặn",
E("giao_ban", "2021-Q1", "2021-04-13"),
[P("Nguyễn Văn Sang", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Hồng Phúc", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lý Thị Kim Hoa", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Danh Sươl", "Chủ tịch Hội Nông dân xã Khánh Bình Tây Bắc"),
 P("Huỳnh Văn Tèo", "Chủ tịch Hội Nông dân xã Tân Hưng Đông"),
 P("Ngô Thanh Hải", "Phó Giám đốc Chi nhánh NHCSXH tỉnh")],
[Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("1.128,5 tỷ đồng", 1128500000000, "đồng"), Q("31,4 tỷ đồng", 31400000000, "đồng"),
 Q("1.035 tổ tiết kiệm và vay vốn", 1035, "tổ tiết kiệm và vay vốn"), Q("41.692 hộ", 41692, "hộ"), Q("0,19%", 0.19, "%"),
 Q("1.247 hộ nuôi tôm, trồng lúa", 1247, "hộ nuôi tôm, trồng lúa"), Q("386 hộ", 386, "hộ"), Q("9,8 tỷ đồng", 9800000000, "đồng"),
 Q("38,6 tỷ đồng", 38600000000, "đồng"), Q("1.520 hộ", 1520, "hộ"), Q("96 dự án", 96, "dự án"), Q("11 dự án", 11, "dự án"),
 Q("2,6 tỷ đồng", 2600000000, "đồng"), Q("5 tỷ đồng", 5000000000, "đồng"), Q("4 đơn vị", 4, "đơn vị"),
 Q("1,18 tỷ đồng", 1180000000, "đồng"), Q("100%", 100, "%"), Q("khoảng 3 tỷ đồng", 3000000000, "đồng", "approx"),
 Q("9 hội nghị đối thoại", 9, "hội nghị đối thoại"),
 Q("148 buổi sinh hoạt tổ", 148, "buổi sinh hoạt tổ"), Q("2.034 hộ", 2034, "hộ"), Q("68,7 tỷ đồng", 68700000000, "đồng"),
 Q("620 hộ", 620, "hộ"), Q("4,3 tỷ đồng", 4300000000, "đồng")],
[D("Quyết định", "2107", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2107/QĐ-UBND"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, None, "Quyết định 15/2020/QĐ-TTg"),
 D("Kế hoạch", "131", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 131-KH/HNDT, 132-KH/HNDT"),
 D("Kế hoạch", "132", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 131-KH/HNDT, 132-KH/HNDT")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc"), com("Tân Hưng Đông")],
["BÁO CÀ MAU", "Trang chủ › Kinh tế › Nông nghiệp", "Ảnh: Quang cảnh buổi giao ban.", "(CMO)", "Quỹ Hỗ trợ nông dân", "Lượt xem: 1.318"],
["14/04/2021 - 10:05", "quý I năm 2021", "quý I/2021", "quý II", "Covid-19", "năm 2021", "Lượt xem: 1.318"]))

PAGES.append(page("b3856-haiduong-phunu-hoinghi-2022", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HẢI DƯƠNG
Trang chủ >> Tin hoạt động >> Hỗ trợ phụ nữ phát triển kinh tế
Ngày 24/03/2022 | 08:30
Triển khai nhiệm vụ ủy thác năm 2022: mục tiêu dư nợ 1.450 tỷ đồng
Ngày 23/3/2022, Hội LHPN tỉnh Hải Dương phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh tổ chức hội nghị triển khai nhiệm vụ nhận ủy thác năm 2022 theo hình thức trực tiếp kết hợp trực tuyến tới 12 điểm cầu huyện, thị xã, thành phố. Dự hội nghị có bà Nguyễn Thị Ngọc Bích, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; ông Vũ Đức Thuận, Giám đốc Chi nhánh NHCSXH tỉnh; bà Phạm Thị Hà, Phó Chủ tịch Hội LHPN tỉnh cùng gần 200 đại biểu.
Bà Nguyễn Thị Ngọc Bích phát biểu chỉ đạo hội nghị. Ảnh: Thanh Huyền
Năm 2021, dư nợ ủy thác qua Hội LHPN tỉnh đạt 1.327,4 tỷ đồng, tăng 112,6 tỷ đồng, chiếm 33,6% tổng dư nợ của chi nhánh; 1.106 tổ tiết kiệm và vay vốn, 45.830 thành viên; tỷ lệ nợ quá hạn 0,03%, thấp nhất từ trước tới nay. Có 100% tổ được xếp loại tốt, khá; 41 tổ được NHCSXH tỉnh tặng giấy khen. Nguồn vốn đã giúp 2.116 lượt hộ nghèo, cận nghèo và hộ mới thoát nghèo phát triển sản xuất, tạo việc làm cho 1.930 lao động.
Năm 2022, Hội đặt mục tiêu dư nợ 1.450 tỷ đồng, tăng khoảng 9% so với năm 2021; giữ nợ quá hạn dưới 0,05%; tập huấn nghiệp vụ cho 100% tổ trưởng. Hội nghị đã quán triệt Nghị quyết số 43/2022/QH15 của Quốc hội và Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ về Chương trình phục hồi và phát triển kinh tế - xã hội, trong đó NHCSXH được giao khoảng 38.400 tỷ đồng để cho vay các chương trình tín dụng chính sách; triển khai Kế hoạch số 08/KH-BTV ngày 15/02/2022 của Ban Thường vụ Hội LHPN tỉnh.
Tham luận tại hội nghị, bà Đỗ Thị Thu, Chủ tịch Hội LHPN xã Cẩm Vũ, cho biết xã có 7 tổ với 412 thành viên, dư nợ 16,2 tỷ đồng, 5 năm liền không có nợ quá hạn; bà Nguyễn Thị Hoa, Tổ trưởng tổ tiết kiệm và vay vốn thôn Bình An, xã Thanh Hải, chia sẻ cách vận động tổ viên gửi tiết kiệm hằng tháng, bình quân 100.000 đồng/người.
Phát biểu tại hội nghị, ông Vũ Đức Thuận đề nghị Hội phối hợp rà soát 1.564 hộ có nhu cầu vay theo các chương trình mới, ưu tiên hộ có lao động mất việc do dịch Covid-19. Bà Nguyễn Thị Ngọc Bích yêu cầu các cấp hội gắn nhiệm vụ ủy thác với Đề án 939 về hỗ trợ phụ nữ khởi nghiệp; năm 2022 hỗ trợ ít nhất 50 ý tưởng khởi nghiệp của phụ nữ, thành lập mới 15 tổ hợp tác do phụ nữ làm chủ.
Dịp này, Hội LHPN tỉnh và Chi nhánh NHCSXH tỉnh ký kết Quy chế phối hợp số 02/QCPH năm 2022; tặng Giấy khen cho 6 tập thể, 9 cá nhân có thành tích xuất sắc.
Thanh Huyền
Lượt xem: 746
Bài viết liên quan
- Phụ nữ Kinh Môn giúp nhau phát triển kinh tế (18/03/2022)
- Hội LHPN tỉnh tổng kết công tác Hội năm 2021 (12/01/2022)
- Trao vốn cho 30 phụ nữ khởi nghiệp tại Thanh Hà (05/01/2022)
""", "2022-03-24", "Triển khai nhiệm vụ ủy thác năm 2022: mục tiêu dư nợ 1.450 tỷ đồng",
E("hoi_nghi", "2022", "2022-03-23"),
[P("Nguyễn Thị Ngọc Bích", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Vũ Đức Thuận", "Giám đốc Chi nhánh NHCSXH tỉnh"),
 P("Phạm Thị Hà", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đỗ Thị Thu", "Chủ tịch Hội LHPN xã Cẩm Vũ"),
 P("Nguyễn Thị Hoa", "Tổ trưởng tổ tiết kiệm và vay vốn thôn Bình An")],
[Q("1.450 tỷ đồng", 1450000000000, "đồng"), Q("12 điểm cầu huyện, thị xã, thành phố", 12, "điểm cầu huyện, thị xã, thành phố"),
 Q("gần 200 đại biểu", 200, "đại biểu", "approx"), Q("1.327,4 tỷ đồng", 1327400000000, "đồng"), Q("112,6 tỷ đồng", 112600000000, "đồng"),
 Q("33,6%", 33.6, "%"), Q("1.106 tổ tiết kiệm và vay vốn", 1106, "tổ tiết kiệm và vay vốn"), Q("45.830 thành viên", 45830, "thành viên"),
 Q("0,03%", 0.03, "%"), Q("100%", 100, "%"), Q("41 tổ", 41, "tổ"),
 Q("2.116 lượt hộ nghèo, cận nghèo và hộ mới thoát nghèo", 2116, "lượt hộ nghèo, cận nghèo và hộ mới thoát nghèo"),
 Q("1.930 lao động", 1930, "lao động"), Q("khoảng 9%", 9, "%", "approx"), Q("dưới 0,05%", 0.05, "%"),
 Q("khoảng 38.400 tỷ đồng", 38400000000000, "đồng", "approx"), Q("7 tổ", 7, "tổ"), Q("412 thành viên", 412, "thành viên"),
 Q("16,2 tỷ đồng", 16200000000, "đồng"), Q("100.000 đồng", 100000, "đồng"), Q("1.564 hộ", 1564, "hộ"),
 Q("ít nhất 50 ý tưởng khởi nghiệp", 50, "ý tưởng khởi nghiệp", "over"), Q("15 tổ hợp tác", 15, "tổ hợp tác"),
 Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Nghị quyết", "43", "2022/QH15", None, "Quốc hội", "Nghị quyết số 43/2022/QH15"),
 D("Nghị quyết", "11", "NQ-CP", "2022-01-30", "Chính phủ", "Nghị quyết số 11/NQ-CP ngày 30/01/2022"),
 D("Kế hoạch", "08", "KH-BTV", "2022-02-15", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 08/KH-BTV ngày 15/02/2022"),
 D("Quy chế phối hợp", "02", "QCPH", None, None, "Quy chế phối hợp số 02/QCPH"),
 D("Đề án", "939", None, None, None, "Đề án 939")],
[prov("Hải Dương"), com("Cẩm Vũ"), com("Thanh Hải")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HẢI DƯƠNG", "Trang chủ >> Tin hoạt động >> Hỗ trợ phụ nữ phát triển kinh tế",
 "Bà Nguyễn Thị Ngọc Bích phát biểu chỉ đạo hội nghị. Ảnh: Thanh Huyền", "Chương trình phục hồi và phát triển kinh tế - xã hội",
 "Lượt xem: 746"],
["Ngày 24/03/2022 | 08:30", "năm 2022", "Năm 2021", "5 năm", "Covid-19", "Lượt xem: 746"]))
