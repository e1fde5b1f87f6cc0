from lib import *
PAGES = []

PAGES.append(page("b5219-namdinh-ubnd-hoinghi-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH
Trang chủ | Tin tức - Sự kiện | Cải cách hành chính
Thứ Năm, 24/08/2017 - 10:15
Ảnh: Toàn cảnh hội nghị.
Hội nghị chuyên đề "Chính quyền dân vận khéo" năm 2017
Ngày 23/8/2017, UBND tỉnh Nam Định phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị chuyên đề "Chính quyền dân vận khéo" năm 2017 với sự tham dự của 210 đại biểu là lãnh đạo các sở, ngành, UBND 10 huyện, thành phố và đại diện chủ tịch UBND các xã, phường, thị trấn. Đồng chí Trần Minh Khải, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh và đồng chí Vũ Thị Thanh Loan, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy đồng chủ trì.
Báo cáo đề dẫn nêu rõ, thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp, UBND tỉnh đã ban hành Kế hoạch số 82/KH-UBND ngày 30/9/2015 và Chỉ thị 11, 12/CT-UBND về chấn chỉnh kỷ luật, kỷ cương hành chính. Đến nay, 100% xã, phường, thị trấn có bộ phận một cửa đạt chuẩn; 6 tháng đầu năm 2017 toàn tỉnh giải quyết 286.415 hồ sơ, đúng hạn 99,1%. Phong trào thi đua "Dân vận khéo" có 1.347 mô hình, trong đó 362 mô hình thuộc lĩnh vực hành chính công.
Tham luận tại hội nghị, ông Phạm Văn Dũng, Chủ tịch UBND huyện Hải Hậu, cho biết huyện áp dụng "3 không" với cán bộ một cửa: không để dân chờ lâu, không hẹn lại quá một lần, không nhận quà biếu. Bà Lê Thị Hằng, Giám đốc Sở Nội vụ, đề xuất đo mức độ hài lòng của người dân bằng phiếu khảo sát; năm qua đã phát 12.000 phiếu tại 44 cơ quan, đơn vị. Ông Đặng Văn Hòa, Chủ tịch UBND xã Hải Xuân, chia sẻ cách tổ chức "ngày thứ Bảy cùng dân" mà xã đã duy trì 52 tuần liên tục.
Đại diện UBND phường Lộc Hạ nêu kinh nghiệm tiếp nhận hồ sơ qua bưu điện; phường đã trả kết quả tại nhà cho khoảng 1.800 lượt người. Các ý kiến cũng thẳng thắn chỉ ra hạn chế: một số nơi còn tình trạng "trên nóng, dưới lạnh", cán bộ cơ sở ngại va chạm, tiếp dân còn hình thức.
Phát biểu kết luận, đồng chí Trần Minh Khải yêu cầu các cấp chính quyền thực hiện nghiêm Quyết định số 09/2015/QĐ-TTg của Thủ tướng Chính phủ; đưa tiêu chí "dân vận khéo" vào đánh giá, xếp loại cán bộ cuối năm; người đứng đầu phải tiếp dân định kỳ theo Luật Tiếp công dân.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 18 tập thể, 27 cá nhân điển hình; mỗi tập thể được thưởng 2 triệu đồng. Các đồng chí Phó Giám đốc Sở Nội vụ: Ngô Văn Lực, Trần Thị Duyên, cùng Ban tổ chức trao thưởng.
Văn Hải
Lượt xem: 3.052
Tin liên quan
- Nam Định công bố chỉ số cải cách hành chính năm 2016 (20/06/2017)
- Giao Thủy: 23 mô hình dân vận khéo trong xây dựng nông thôn mới (08/06/2017)
- Tập huấn nghiệp vụ một cửa cho công chức cấp xã (25/05/2017)
""", "2017-08-24", "Hội nghị chuyên đề \"Chính quyền dân vận khéo\" năm 2017",
E("hoi_nghi", "2017", "2017-08-23"),
[P("Trần Minh Khải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Vũ Thị Thanh Loan", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Dũng", "Chủ tịch UBND huyện Hải Hậu"),
 P("Lê Thị Hằng", "Giám đốc Sở Nội vụ"),
 P("Đặng Văn Hòa", "Chủ tịch UBND xã Hải Xuân"),
 P("Ngô Văn Lực", "Phó Giám đốc Sở Nội vụ"),
 P("Trần Thị Duyên", "Phó Giám đốc Sở Nội vụ")],
[Q("210 đại biểu", 210, "đại biểu"), Q("10 huyện, thành phố", 10, "huyện, thành phố"), Q("100%", 100, "%"),
 Q("286.415 hồ sơ", 286415, "hồ sơ"), Q("99,1%", 99.1, "%"), Q("1.347 mô hình", 1347, "mô hình"), Q("362 mô hình", 362, "mô hình"),
 Q("12.000 phiếu", 12000, "phiếu"), Q("44 cơ quan, đơn vị", 44, "cơ quan, đơn vị"),
 Q("khoảng 1.800 lượt người", 1800, "lượt người", "approx"), Q("18 tập thể", 18, "tập thể"),
 Q("27 cá nhân điển hình", 27, "cá nhân điển hình"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "82", "KH-UBND", "2015-09-30", "UBND tỉnh", "Kế hoạch số 82/KH-UBND ngày 30/9/2015"),
 D("Chỉ thị", "11", "CT-UBND", None, "UBND tỉnh", "Chỉ thị 11, 12/CT-UBND"),
 D("Chỉ thị", "12", "CT-UBND", None, "UBND tỉnh", "Chỉ thị 11, 12/CT-UBND"),
 D("Quyết định", "09", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 09/2015/QĐ-TTg")],
[prov("Nam Định"), com("Hải Xuân"), com("Lộc Hạ")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NAM ĐỊNH", "Trang chủ | Tin tức - Sự kiện | Cải cách hành chính", "Ảnh: Toàn cảnh hội nghị.",
 "Chính quyền dân vận khéo", "Dân vận khéo", "ngày thứ Bảy cùng dân", "trên nóng, dưới lạnh", "Luật Tiếp công dân", "Lượt xem: 3.052"],
["Thứ Năm, 24/08/2017 - 10:15", "năm 2017", "6 tháng đầu năm 2017", "3 không", "một lần", "52 tuần", "Lượt xem: 3.052"]))

PAGES.append(page("b5220-binhdinh-ubnd-baocao-2018", """
BÁO BÌNH ĐỊNH ONLINE
Chính trị > Cải cách hành chính
Cập nhật lúc 17:20 ngày 20/12/2018
Cải cách hành chính năm 2018: Người dân hài lòng hơn với bộ phận một cửa
Theo Báo cáo số 236/BC-UBND ngày 18/12/2018 của UBND tỉnh Bình Định về kết quả công tác cải cách hành chính năm 2018, chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn tỉnh đạt 84,7%, tăng 3,2% so với năm trước.
Trung tâm Phục vụ hành chính công tỉnh đông người dân đến làm thủ tục.
Báo cáo cho biết, năm 2018 UBND tỉnh đã ban hành Quyết định số 4418/QĐ-UBND ngày 05/12/2018 thành lập Trung tâm Phục vụ hành chính công tỉnh, đưa 1.512 thủ tục hành chính của 21 sở, ngành vào tiếp nhận tại một đầu mối theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ. Bộ phận một cửa của 159 xã, phường, thị trấn đã tiếp nhận hơn 685.000 hồ sơ; số hồ sơ trễ hạn giảm còn 1,3%. Có 318 dịch vụ công trực tuyến mức độ 3, 4 được cung cấp, nhưng chỉ khoảng 9% hồ sơ được nộp trực tuyến.
Cùng với cải cách thủ tục, tỉnh chú trọng dân vận chính quyền theo Kế hoạch số 47-KH/TU của Ban Thường vụ Tỉnh ủy thực hiện Kết luận 114-KL/TW của Ban Bí thư. Ông Nguyễn Tuấn Thanh, Phó Chủ tịch UBND tỉnh, ký báo cáo, đánh giá: việc người đứng đầu trực tiếp đối thoại đã giúp giải quyết 146 vụ việc khiếu nại tồn đọng; 27 công chức vi phạm thái độ, tác phong bị xử lý.
Theo ông Trần Văn Phúc, Giám đốc Sở Nội vụ, những địa phương làm tốt là thị xã An Nhơn và huyện Hoài Nhơn; nhiều xã miền núi của huyện Vân Canh, An Lão còn hạn chế do thiếu cán bộ biết tiếng Ba Na, Chăm H'roi. Bà Đinh Thị Hoa, Chủ tịch UBND xã An Toàn, cho biết xã đã vận động người dân 6 làng làm giấy tờ tùy thân, hoàn thành 412 thẻ căn cước cho đồng bào Ba Na.
Báo cáo chỉ ra hạn chế: vẫn còn 23 hồ sơ phải xin lỗi người dân vì trễ hạn; một số cán bộ chưa thành thạo phần mềm một cửa điện tử; việc công khai, minh bạch ở một số xã còn hình thức. Năm 2019, UBND tỉnh đặt mục tiêu trên 90% người dân hài lòng, ít nhất 30% hồ sơ được nộp trực tuyến; kinh phí dự kiến cho hiện đại hóa nền hành chính khoảng 18,5 tỷ đồng.
Ông Nguyễn Tuấn Thanh lưu ý các sở, ngành thực hiện Chỉ thị số 26/CT-TTg của Thủ tướng Chính phủ về tăng cường kỷ luật, kỷ cương trong các cơ quan hành chính nhà nước các cấp.
Ngọc Thuận
Tin khác
- An Nhơn: biểu dương 40 tập thể, cá nhân dân vận khéo (14/12/2018)
- Vân Canh đối thoại với đồng bào Chăm H'roi (05/12/2018)
- Hoài Ân giao ban dân vận quý IV (28/11/2018)
- Quy Nhơn thí điểm trả kết quả thủ tục hành chính tại nhà (20/11/2018)
- Tập huấn sử dụng phần mềm một cửa điện tử cho 159 xã, phường (09/11/2018)
""", "2018-12-20", "Cải cách hành chính năm 2018: Người dân hài lòng hơn với bộ phận một cửa",
E("bao_cao", "2018", "2018-12-18"),
[P("Nguyễn Tuấn Thanh", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Văn Phúc", "Giám đốc Sở Nội vụ"),
 P("Đinh Thị Hoa", "Chủ tịch UBND xã An Toàn")],
[Q("84,7%", 84.7, "%"), Q("3,2%", 3.2, "%"), Q("1.512 thủ tục hành chính", 1512, "thủ tục hành chính"), Q("21 sở, ngành", 21, "sở, ngành"),
 Q("159 xã, phường, thị trấn", 159, "xã, phường, thị trấn"), Q("hơn 685.000 hồ sơ", 685000, "hồ sơ", "over"), Q("1,3%", 1.3, "%"),
 Q("318 dịch vụ công trực tuyến mức độ 3, 4", 318, "dịch vụ công trực tuyến"), Q("khoảng 9%", 9, "%", "approx"),
 Q("146 vụ việc khiếu nại tồn đọng", 146, "vụ việc khiếu nại tồn đọng"), Q("27 công chức", 27, "công chức"),
 Q("6 làng", 6, "làng"), Q("412 thẻ căn cước", 412, "thẻ căn cước"), Q("23 hồ sơ", 23, "hồ sơ"),
 Q("trên 90%", 90, "%", "over"), Q("ít nhất 30%", 30, "%", "over"), Q("khoảng 18,5 tỷ đồng", 18500000000, "đồng", "approx")],
[D("Báo cáo", "236", "BC-UBND", "2018-12-18", "UBND tỉnh Bình Định", "Báo cáo số 236/BC-UBND ngày 18/12/2018"),
 D("Quyết định", "4418", "QĐ-UBND", "2018-12-05", "UBND tỉnh", "Quyết định số 4418/QĐ-UBND ngày 05/12/2018"),
 D("Nghị định", "61", "2018/NĐ-CP", "2018-04-23", "Chính phủ", "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018"),
 D("Kế hoạch", "47", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 47-KH/TU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW"),
 D("Chỉ thị", "26", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 26/CT-TTg")],
[prov("Bình Định"), com("An Toàn")],
["BÁO BÌNH ĐỊNH ONLINE", "Chính trị > Cải cách hành chính", "Trung tâm Phục vụ hành chính công tỉnh đông người dân đến làm thủ tục.",
 "Trung tâm Phục vụ hành chính công tỉnh"],
["Cập nhật lúc 17:20 ngày 20/12/2018", "năm 2018", "Năm 2019", "mức độ 3, 4"]))

PAGES.append(page("b5221-soctrang-mttqxa-daihoi-2019", """
ỦY BAN MTTQ VIỆT NAM TỈNH SÓC TRĂNG
Trang chủ » Hoạt động cơ sở » Đại hội Mặt trận
16/05/2019 - 08:40
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Đại hội đại biểu MTTQ Việt Nam xã Tham Đôn lần thứ XI thành công tốt đẹp
Ngày 14/5/2019, Ủy ban MTTQ Việt Nam xã Tham Đôn tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XI, nhiệm kỳ 2019 - 2024, với 120 đại biểu chính thức đại diện cho hơn 9.600 nhân khẩu, trong đó đồng bào Khmer chiếm khoảng 62%. Dự đại hội có đồng chí Lâm Thị Sa Phia, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Mỹ Xuyên; đồng chí Thạch Sóc Kha, Bí thư Đảng ủy, Chủ tịch HĐND xã Tham Đôn.
Báo cáo nhiệm kỳ 2014 - 2019 cho biết, Mặt trận xã đã phối hợp với UBND xã thực hiện Quy chế phối hợp số 02/QCPH-MTTQ-UBND ngày 08/01/2015 về tiếp nhận, giải quyết kiến nghị của nhân dân; tổ chức 10 hội nghị đối thoại giữa Chủ tịch UBND xã với nhân dân, tiếp nhận 87 ý kiến, đã được trả lời 81 ý kiến. Qua cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", nhân dân góp hơn 5,3 tỷ đồng, hiến 14.200 m2 đất làm đường; xã hỗ trợ xây mới 46 căn nhà Đại đoàn kết, giảm hộ nghèo từ 18,4% xuống còn 6,2%.
Đại hội nghe ông Danh Út, Chủ tịch UBND xã, thông tin về bộ phận một cửa: trong nhiệm kỳ xã đã tiếp nhận 14.310 hồ sơ, không có hồ sơ trễ hẹn; xã bố trí 1 công chức biết chữ Khmer trực thường xuyên để hướng dẫn bà con. Đại đức Thạch Sa Vọt, trụ trì chùa Tham Đôn, bày tỏ sự đồng tình với cách làm "một cửa song ngữ" và cam kết vận động phật tử chấp hành tốt chủ trương, pháp luật.
Đại hội đã hiệp thương cử 35 vị vào Ủy ban MTTQ Việt Nam xã khóa XI. Bà Sơn Thị Sà Rinh được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Tham Đôn khóa XI; các ông Lý Văn Mến, Kim Hoàng Sơn được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng bầu 7 đại biểu đi dự Đại hội MTTQ Việt Nam huyện lần thứ XII.
Phát biểu chỉ đạo, đồng chí Lâm Thị Sa Phia đề nghị Mặt trận xã tiếp tục thực hiện Quyết định số 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội, giám sát chặt chẽ việc giải quyết thủ tục hành chính tại bộ phận một cửa; phấn đấu ít nhất 80% khu dân cư đạt danh hiệu văn hóa trong nhiệm kỳ tới.
Đại hội thông qua nghị quyết với 100% đại biểu tán thành. Tham Đôn là một trong những xã có đông đồng bào Khmer của tỉnh Sóc Trăng; những năm qua, nhờ chính quyền gần dân, lắng nghe dân, nhiều vụ việc tranh chấp đất đai nhỏ đã được hòa giải ngay tại ấp, không phát sinh đơn thư vượt cấp.
Kim Ngân
Lượt xem: 688
Các tin khác
- Đại hội MTTQ xã Gia Hòa 1 nhiệm kỳ 2019 - 2024 (10/05/2019)
- Phường 5 tổ chức đại hội điểm Mặt trận cấp cơ sở (25/04/2019)
- Trao 20 căn nhà Đại đoàn kết cho hộ nghèo Khmer (12/04/2019)
""", "2019-05-16", "Đại hội đại biểu MTTQ Việt Nam xã Tham Đôn lần thứ XI thành công tốt đẹp",
E("dai_hoi", None, "2019-05-14"),
[P("Lâm Thị Sa Phia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Mỹ Xuyên"),
 P("Thạch Sóc Kha", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Tham Đôn"),
 P("Danh Út", "Chủ tịch UBND xã"),
 P("Thạch Sa Vọt", "Đại đức", "trụ trì chùa Tham Đôn"),
 P("Sơn Thị Sà Rinh", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tham Đôn khóa XI"),
 P("Lý Văn Mến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Kim Hoàng Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("120 đại biểu chính thức", 120, "đại biểu chính thức"), Q("hơn 9.600 nhân khẩu", 9600, "nhân khẩu", "over"),
 Q("khoảng 62%", 62, "%", "approx"), Q("10 hội nghị đối thoại", 10, "hội nghị đối thoại"), Q("87 ý kiến", 87, "ý kiến"),
 Q("81 ý kiến", 81, "ý kiến"), Q("hơn 5,3 tỷ đồng", 5300000000, "đồng", "over"), Q("14.200 m2", 14200, "m2"),
 Q("46 căn nhà Đại đoàn kết", 46, "căn nhà Đại đoàn kết"), Q("18,4%", 18.4, "%"), Q("6,2%", 6.2, "%"),
 Q("14.310 hồ sơ", 14310, "hồ sơ"), Q("1 công chức", 1, "công chức"), Q("35 vị", 35, "vị"), Q("7 đại biểu", 7, "đại biểu"),
 Q("ít nhất 80%", 80, "%", "over"), Q("100%", 100, "%")],
[D("Quy chế phối hợp", "02", "QCPH-MTTQ-UBND", "2015-01-08", None, "Quy chế phối hợp số 02/QCPH-MTTQ-UBND ngày 08/01/2015"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW")],
[prov("Sóc Trăng"), com("Tham Đôn")],
["ỦY BAN MTTQ VIỆT NAM TỈNH SÓC TRĂNG", "Trang chủ » Hoạt động cơ sở » Đại hội Mặt trận", "Đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "một cửa song ngữ", "Lượt xem: 688"],
["16/05/2019 - 08:40", "lần thứ XI", "nhiệm kỳ 2019 - 2024", "nhiệm kỳ 2014 - 2019", "khóa XI", "lần thứ XII", "Lượt xem: 688"]))

PAGES.append(page("b5222-hatinh-bdv-tongket-2020", """
BÁO HÀ TĨNH
Trang chủ / Chính trị / Xây dựng Đảng
Thứ Ba, 29/12/2020 - 11:05
Hà Tĩnh: 1.215 mô hình "Dân vận khéo" góp sức xây dựng chính quyền gần dân
(Baohatinh.vn) - Sáng 28/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị trực tuyến tổng kết công tác dân vận năm 2020, triển khai nhiệm vụ năm 2021 tới 13 điểm cầu huyện, thị xã, thành phố. Đồng chí Trần Thị Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Đồng chí Trần Thị Nhung phát biểu tại điểm cầu tỉnh. Ảnh: Thu Hà
Năm 2020, trong bối cảnh dịch Covid-19 và mưa lũ lịch sử tháng 10, khối dân vận các cấp đã vận động nhân dân ủng hộ hơn 86 tỷ đồng cho phòng, chống dịch và khắc phục hậu quả thiên tai. Toàn tỉnh hiện có 1.215 mô hình "Dân vận khéo", trong đó 431 mô hình thuộc lĩnh vực dân vận chính quyền, cải cách thủ tục hành chính. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 31-CT/TU ngày 12/3/2020 về nâng cao hiệu quả dân vận chính quyền và Quyết định số 1822-QĐ/TU về Bộ tiêu chí đánh giá "Chính quyền thân thiện".
Theo báo cáo, Trung tâm Phục vụ hành chính công tỉnh và 216 bộ phận một cửa cấp xã đã giải quyết trên 98% hồ sơ đúng hạn; 1.740 thủ tục được thực hiện qua dịch vụ bưu chính công ích. Các cấp chính quyền tổ chức 312 cuộc đối thoại với nhân dân, giải quyết dứt điểm 57 vụ việc phức tạp.
Tham luận tại điểm cầu Hương Khê, ông Hồ Văn Bình, HUV, Trưởng Ban Dân vận Huyện ủy, chia sẻ cách vận động đồng bào Chứt ở bản Rào Tre; bà Nguyễn Thị Vân, Chủ tịch UBND phường Kỳ Trinh, cho biết phường đã giảm thời gian cấp giấy phép xây dựng từ 15 ngày còn 7 ngày. Ông Hồ Thanh Hiền, người có uy tín bản Rào Tre, kiến nghị hỗ trợ thêm 20 con bò giống cho các hộ khó khăn.
Phát biểu chỉ đạo, đồng chí Lê Ngọc Hải, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, biểu dương kết quả đạt được, yêu cầu năm 2021 bám sát Kết luận 114-KL/TW của Ban Bí thư và Quyết định 23-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận; chuẩn bị tốt công tác bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021 - 2026.
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 25 tập thể, 40 cá nhân tiêu biểu. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Phan Văn Lộc, Đặng Thị Thu Hương trao khen thưởng.
Thu Hà
Số lượt xem: 1.576
Tin liên quan
- Ban Dân vận Tỉnh ủy giao ban quý III năm 2020 (06/10/2020)
- Vũ Quang: 15 mô hình dân vận khéo gắn với nông thôn mới (18/09/2020)
- Đối thoại với người dân vùng lũ Hương Khê (28/11/2020)
- Biểu dương 120 điển hình dân vận khéo giai đoạn 2016 - 2020 (02/09/2020)
""", "2020-12-29", "Hà Tĩnh: 1.215 mô hình \"Dân vận khéo\" góp sức xây dựng chính quyền gần dân",
E("tong_ket", "2020", "2020-12-28"),
[P("Trần Thị Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hồ Văn Bình", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Thị Vân", "Chủ tịch UBND phường Kỳ Trinh"),
 P("Hồ Thanh Hiền", "người có uy tín bản Rào Tre"),
 P("Lê Ngọc Hải", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Phan Văn Lộc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Thị Thu Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("13 điểm cầu huyện, thị xã, thành phố", 13, "điểm cầu huyện, thị xã, thành phố"), Q("hơn 86 tỷ đồng", 86000000000, "đồng", "over"),
 Q("1.215 mô hình", 1215, "mô hình"), Q("431 mô hình", 431, "mô hình"), Q("216 bộ phận một cửa cấp xã", 216, "bộ phận một cửa cấp xã"),
 Q("trên 98%", 98, "%", "over"), Q("1.740 thủ tục", 1740, "thủ tục"), Q("312 cuộc đối thoại", 312, "cuộc đối thoại"),
 Q("57 vụ việc phức tạp", 57, "vụ việc phức tạp"), Q("20 con bò giống", 20, "con bò giống"),
 Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân tiêu biểu", 40, "cá nhân tiêu biểu")],
[D("Chỉ thị", "31", "CT/TU", "2020-03-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 31-CT/TU ngày 12/3/2020"),
 D("Quyết định", "1822", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 1822-QĐ/TU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 23-QĐ/TW")],
[prov("Hà Tĩnh"), com("Kỳ Trinh")],
["BÁO HÀ TĨNH", "Trang chủ / Chính trị / Xây dựng Đảng", "(Baohatinh.vn)", "Đồng chí Trần Thị Nhung phát biểu tại điểm cầu tỉnh. Ảnh: Thu Hà",
 "Dân vận khéo", "Chính quyền thân thiện", "Số lượt xem: 1.576"],
["Thứ Ba, 29/12/2020 - 11:05", "năm 2020", "năm 2021", "tháng 10", "15 ngày", "7 ngày", "khóa XV", "nhiệm kỳ 2021 - 2026", "Số lượt xem: 1.576"]))

PAGES.append(page("b5223-gialai-bdv-traoqua-2021", """
BÁO GIA LAI ĐIỆN TỬ
You are here: Trang chủ > Xã hội > Dân tộc - Tôn giáo
Thứ Năm, 28/01/2021, 15:20
Trao 300 suất quà Tết cho người có uy tín và hộ nghèo huyện Ia Pa
(GLO) - Ngày 27/1, đoàn công tác của Ban Dân vận Tỉnh ủy và UBND huyện Ia Pa do đồng chí Rơ Chăm H'Nhí, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy dẫn đầu đã đến thăm, chúc Tết và trao 300 suất quà Tết cho người có uy tín và hộ nghèo tại các xã Ia Mrơn, Pờ Tó.
Đồng chí Rơ Chăm H'Nhí trao quà cho người có uy tín xã Ia Mrơn.
Mỗi suất quà trị giá 500.000 đồng gồm tiền mặt và nhu yếu phẩm, tổng trị giá 150 triệu đồng, do Ban Dân vận Tỉnh ủy vận động các doanh nghiệp hỗ trợ theo Chương trình "Tết vì người nghèo". Cùng đi có đồng chí Ksor Phước, HUV, Phó Chủ tịch UBND huyện Ia Pa và bà Nguyễn Thị Kim Liên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Thông tin với đoàn, ông Rah Lan Blui, Chủ tịch UBND xã Ia Mrơn, cho biết xã có 2.134 hộ, trong đó 486 hộ nghèo, chủ yếu là đồng bào Jrai. Năm 2020, thực hiện Kế hoạch số 56-KH/HU của Huyện ủy về "Chính quyền xã gần dân, vì dân", xã đã đưa cán bộ một cửa xuống 12 buôn tiếp nhận hồ sơ tại chỗ; 38 người có uy tín đã tham gia vận động bà con làm giấy khai sinh, chuyển đổi cây trồng và không nghe theo kẻ xấu. Cả xã có 215 hộ thoát nghèo trong năm.
Tại buổi gặp mặt, già làng Siu Dơng, người có uy tín buôn Bi Giông, bày tỏ cảm ơn Đảng, Nhà nước đã quan tâm đến đồng bào; ông hứa sẽ tiếp tục vận động con cháu giữ gìn an ninh, không phá rừng. Bà Kpă H'Jun, người có uy tín buôn Ma Rin, đề nghị huyện mở thêm lớp dạy nghề dệt thổ cẩm cho phụ nữ.
Đồng chí Rơ Chăm H'Nhí đề nghị chính quyền các xã tiếp tục thực hiện Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số; phát huy vai trò người có uy tín trong tuyên truyền Nghị quyết Đại hội XIII của Đảng và vận động nhân dân tham gia bầu cử ngày 23/5/2021.
Trước đó, ngày 26/1, đoàn cũng đã thăm, tặng 50 suất quà cho các gia đình chính sách tại thị trấn Phú Túc. Dịp Tết Tân Sửu này, Ban Dân vận Tỉnh ủy dự kiến trao khoảng 1.200 suất quà tại 17 huyện, thị xã, thành phố của tỉnh Gia Lai, ưu tiên người có uy tín, hộ nghèo ở các xã biên giới và vùng đồng bào dân tộc thiểu số.
Ksor H'Bơ Khăp
Tin liên quan
- Chư Sê: tặng quà Tết cho 150 hộ đồng bào khó khăn (25/01/2021)
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2020 (30/12/2020)
- Người có uy tín góp sức giữ bình yên buôn làng (18/12/2020)
- Krông Pa: đối thoại với đồng bào về chuyển đổi cây trồng (10/12/2020)
""", "2021-01-28", "Trao 300 suất quà Tết cho người có uy tín và hộ nghèo huyện Ia Pa",
E("trao_qua", None, "2021-01-27"),
[P("Rơ Chăm H'Nhí", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Ksor Phước", "HUV", "Phó Chủ tịch UBND huyện Ia Pa"),
 P("Nguyễn Thị Kim Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Rah Lan Blui", "Chủ tịch UBND xã Ia Mrơn"),
 P("Siu Dơng", "già làng", "người có uy tín buôn Bi Giông"),
 P("Kpă H'Jun", "người có uy tín buôn Ma Rin")],
[Q("300 suất quà Tết", 300, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("2.134 hộ", 2134, "hộ"), Q("486 hộ nghèo", 486, "hộ nghèo"), Q("12 buôn", 12, "buôn"), Q("38 người có uy tín", 38, "người có uy tín"),
 Q("215 hộ", 215, "hộ"), Q("50 suất quà", 50, "suất quà"), Q("khoảng 1.200 suất quà", 1200, "suất quà", "approx"),
 Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố")],
[D("Kế hoạch", "56", "KH/HU", None, "Huyện ủy", "Kế hoạch số 56-KH/HU"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg")],
[prov("Gia Lai"), com("Ia Mrơn"), com("Pờ Tó"), com("Phú Túc")],
["BÁO GIA LAI ĐIỆN TỬ", "You are here: Trang chủ > Xã hội > Dân tộc - Tôn giáo", "(GLO)",
 "Đồng chí Rơ Chăm H'Nhí trao quà cho người có uy tín xã Ia Mrơn.", "Tết vì người nghèo", "Chính quyền xã gần dân, vì dân",
 "Nghị quyết Đại hội XIII"],
["Thứ Năm, 28/01/2021, 15:20", "Năm 2020", "Đại hội XIII", "23/5/2021", "Tết Tân Sửu"]))

PAGES.append(page("b5224-bentre-xaanthuy-soket-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BA TRI
Tin tức sự kiện - Hoạt động xã, thị trấn
Thứ Năm, 14/07/2022
Xã An Thủy: Một cửa "không hẹn lần hai"
Ngày 12/7/2022, Đảng ủy xã An Thủy tổ chức hội nghị sơ kết công tác dân vận và cải cách hành chính 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022. Dự hội nghị có đồng chí Võ Thị Bích Tuyền, HUV, Trưởng Ban Dân vận Huyện ủy Ba Tri; đồng chí Huỳnh Văn Tám, Bí thư Đảng ủy xã An Thủy chủ trì.
Ảnh: Đồng chí Huỳnh Văn Tám phát biểu kết luận hội nghị.
Theo báo cáo, 6 tháng đầu năm bộ phận tiếp nhận và trả kết quả của xã đã tiếp nhận 2.486 hồ sơ, trong đó 1.102 hồ sơ nộp trực tuyến, chiếm 44,3%; trả kết quả đúng hạn 100%. Xã thực hiện Nghị quyết chuyên đề số 07-NQ/ĐU ngày 15/01/2022 của Đảng ủy xã về xây dựng "Chính quyền thân thiện, vì nhân dân phục vụ" và Kế hoạch số 12/KH-UBND của UBND xã về chuyển đổi số. Đoàn Thanh niên xã thành lập 8 tổ công nghệ số cộng đồng, hướng dẫn hơn 900 lượt người dân cài đặt ứng dụng và nộp hồ sơ qua Cổng Dịch vụ công quốc gia.
Ông Nguyễn Văn Sơn, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, cho biết xã đã tổ chức 2 buổi đối thoại với người dân về xây dựng nông thôn mới nâng cao; qua đó 76 hộ hiến đất, cây trái để mở rộng 4,2 km đường giao thông, giá trị khoảng 1,8 tỷ đồng. Mặt trận và các đoàn thể vận động xây 12 căn nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo, mỗi căn hỗ trợ 50 triệu đồng.
Thảo luận tại hội nghị, bà Lê Thị Mộng Thu, Chủ tịch Hội Liên hiệp Phụ nữ xã, đề nghị bộ phận một cửa có ghế chờ và nước uống cho người cao tuổi; ông Trần Văn Út, Trưởng ấp An Bình, phản ánh một số hộ vùng ven biển của tỉnh Bến Tre, nhất là người cao tuổi, còn khó khăn khi kê khai trực tuyến vì không có điện thoại thông minh.
Phát biểu chỉ đạo, đồng chí Võ Thị Bích Tuyền ghi nhận mô hình một cửa "không hẹn lần hai" của xã, đề nghị tiếp tục thực hiện Kết luận 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; cán bộ, công chức thực hiện "nghe dân nói, nói dân hiểu, làm dân tin". Đồng chí cũng nhắc xã chuẩn bị tốt việc đón đoàn kiểm tra của Huyện ủy trong quý III.
Kết luận hội nghị, đồng chí Huỳnh Văn Tám giao Khối dân vận xã xây dựng kế hoạch 6 tháng cuối năm, phấn đấu trên 50% hồ sơ nộp trực tuyến và 100% ấp có tổ công nghệ số.
Thanh Tùng
Tin khác
- Ba Tri: tập huấn dịch vụ công trực tuyến cho cán bộ ấp (05/07/2022)
- Xã An Hiệp ra mắt mô hình "Dân vận khéo" về chuyển đổi số (27/06/2022)
- Huyện ủy Ba Tri sơ kết công tác dân vận 6 tháng (21/06/2022)
""", "2022-07-14", "Xã An Thủy: Một cửa \"không hẹn lần hai\"",
E("so_ket", "2022-H1", "2022-07-12"),
[P("Võ Thị Bích Tuyền", "HUV", "Trưởng Ban Dân vận Huyện ủy Ba Tri"),
 P("Huỳnh Văn Tám", "Bí thư Đảng ủy xã An Thủy"),
 P("Nguyễn Văn Sơn", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lê Thị Mộng Thu", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Trần Văn Út", "Trưởng ấp An Bình")],
[Q("2.486 hồ sơ", 2486, "hồ sơ"), Q("1.102 hồ sơ", 1102, "hồ sơ"), Q("44,3%", 44.3, "%"), Q("100%", 100, "%"),
 Q("8 tổ công nghệ số cộng đồng", 8, "tổ công nghệ số cộng đồng"), Q("hơn 900 lượt người dân", 900, "lượt người dân", "over"),
 Q("2 buổi đối thoại", 2, "buổi đối thoại"), Q("76 hộ", 76, "hộ"), Q("4,2 km", 4.2, "km"),
 Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx"), Q("12 căn nhà Đại đoàn kết", 12, "căn nhà Đại đoàn kết"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("trên 50%", 50, "%", "over")],
[D("Nghị quyết", "07", "NQ/ĐU", "2022-01-15", "Đảng ủy xã", "Nghị quyết chuyên đề số 07-NQ/ĐU ngày 15/01/2022"),
 D("Kế hoạch", "12", "KH-UBND", None, "UBND xã", "Kế hoạch số 12/KH-UBND"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận 01-KL/TW"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW")],
[prov("Bến Tre"), com("An Thủy")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BA TRI", "Tin tức sự kiện - Hoạt động xã, thị trấn",
 "Ảnh: Đồng chí Huỳnh Văn Tám phát biểu kết luận hội nghị.", "không hẹn lần hai", "Chính quyền thân thiện, vì nhân dân phục vụ",
 "Cổng Dịch vụ công quốc gia", "nghe dân nói, nói dân hiểu, làm dân tin"],
["Thứ Năm, 14/07/2022", "6 tháng đầu năm", "6 tháng cuối năm 2022", "quý III", "lần hai"]))
