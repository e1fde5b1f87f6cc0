from lib import *
PAGES = []

PAGES.append(page("b1409-quangtri-doithoai-taidinhcu-hochua-2022", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Vị trí: Trang chủ > Dân vận chính quyền
Thứ Năm, 26/05/2022 - 08:40
Người đứng đầu đối thoại với người dân vùng tái định cư hồ chứa nước
Ngày 24/5, Đảng ủy, UBND xã Vĩnh Hà, huyện Vĩnh Linh, tỉnh Quảng Trị tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2022, tập trung vào những vướng mắc của các hộ dân tái định cư dự án hồ chứa nước Sa Lung. Dự có đồng chí Nguyễn Thị Thúy Hằng, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; đồng chí Lê Đức Thịnh, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Vĩnh Linh.
Người dân nêu ý kiến tại hội nghị đối thoại.
Đồng chí Trần Văn Hiếu, Bí thư Đảng ủy xã và đồng chí Hồ Văn Lực, Phó Bí thư Đảng ủy, Chủ tịch UBND xã đồng chủ trì đối thoại. Hơn 120 người dân đại diện cho 168 hộ tái định cư ở các thôn Xuân Hòa, Lâm Cao, Khe Hó tham dự.
Tại hội nghị, nhiều ý kiến nêu việc khu tái định cư đã bàn giao từ năm 2019 nhưng đường nội bộ xuống cấp, mương thoát nước chưa hoàn thiện, mùa mưa nước tràn vào nhà. Ông Hồ Văn Bốn, người đồng bào Vân Kiều thôn Khe Hó, phản ánh 17 hộ chưa được cấp giấy chứng nhận quyền sử dụng đất ở; bà Hồ Thị Nam đề nghị được hỗ trợ giống cây keo, cây cao su để trồng trên diện tích đất sản xuất mới được giao. Một số hộ cho rằng diện tích đất sản xuất bình quân 0,5 ha/hộ là không đủ để ổn định cuộc sống.
Trả lời các ý kiến, đồng chí Chủ tịch UBND xã cho biết xã đã có văn bản đề nghị huyện và chủ đầu tư sửa chữa tuyến đường nội bộ với kinh phí khoảng 1,8 tỷ đồng; việc cấp giấy chứng nhận cho 17 hộ sẽ hoàn thành trong quý III. Với kiến nghị bổ sung đất sản xuất, xã đang rà soát quỹ đất công do xã quản lý, dự kiến giao thêm 12 ha cho các hộ thiếu đất. Xã cũng đã hướng dẫn người dân vay vốn theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Phát biểu tại hội nghị, đồng chí Nguyễn Thị Thúy Hằng đánh giá cao cách làm của xã, đề nghị thực hiện nghiêm Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân; các kiến nghị sau đối thoại phải được theo dõi, trả lời bằng văn bản, công khai tại thôn.
Theo Ban Dân vận Huyện ủy Vĩnh Linh, từ đầu năm đến nay, toàn huyện đã tổ chức 14 hội nghị đối thoại với 1.350 lượt người tham dự, tiếp nhận 96 ý kiến, kiến nghị; trong đó 71 ý kiến đã được trả lời tại chỗ.
Thanh Hải
Tin liên quan
- Đakrông: vận động người dân không tái lấn chiếm đất rừng (16/05/2022)
- Hội nghị giao ban khối dân vận quý I năm 2022 (12/04/2022)
- Gio Linh: mô hình “Dân vận khéo” trong giải phóng mặt bằng (29/03/2022)
""", "2022-05-26", "Người đứng đầu đối thoại với người dân vùng tái định cư hồ chứa nước",
E("doi_thoai", "2022", "2022-05-24"),
[P("Nguyễn Thị Thúy Hằng", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lê Đức Thịnh", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Vĩnh Linh"),
 P("Trần Văn Hiếu", "Bí thư Đảng ủy xã"),
 P("Hồ Văn Lực", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Hồ Văn Bốn"),
 P("Hồ Thị Nam")],
[Q("Hơn 120 người dân", 120, "người dân", "over"), Q("168 hộ tái định cư", 168, "hộ tái định cư"), Q("17 hộ", 17, "hộ"),
 Q("0,5 ha/hộ", 0.5, "ha"), Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx"), Q("12 ha", 12, "ha"),
 Q("14 hội nghị đối thoại", 14, "hội nghị đối thoại"), Q("1.350 lượt người", 1350, "lượt người"), Q("96 ý kiến, kiến nghị", 96, "ý kiến, kiến nghị"),
 Q("71 ý kiến", 71, "ý kiến")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW")],
[prov("Quảng Trị"), com("Vĩnh Hà")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Vị trí: Trang chủ > Dân vận chính quyền", "Người dân nêu ý kiến tại hội nghị đối thoại.", "Sa Lung",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Thứ Năm, 26/05/2022 - 08:40", "năm 2019", "quý III", "từ đầu năm đến nay"]))

PAGES.append(page("b1410-bacgiang-giaoban-thang9-2022", """
Báo Bắc Giang điện tử
Chính trị › Xây dựng Đảng
Cập nhật: 15:25, 05/10/2022 (GMT+7)
Khối dân vận giao ban tháng 9: nắm chắc tình hình, xử lý sớm kiến nghị của dân
BGĐT - Chiều 4/10, Ban Dân vận Tỉnh ủy Bắc Giang tổ chức giao ban công tác tháng 9/2022 với khối dân vận tỉnh và các huyện, thành ủy. Đồng chí Nguyễn Văn Thạo, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Đồng chí Nguyễn Văn Thạo kết luận buổi giao ban. Ảnh: Phương Anh
Báo cáo tại giao ban nêu rõ, trong tháng 9, tư tưởng cán bộ, đảng viên và nhân dân cơ bản ổn định, phấn khởi trước kết quả phục hồi kinh tế sau dịch Covid-19. Tuy nhiên, nhân dân quan tâm, lo lắng về giá cả vật tư nông nghiệp tăng cao; một số hộ ở thị trấn Nham Biền, huyện Yên Dũng và xã Tân Mỹ, thành phố Bắc Giang phản ánh việc bồi thường, hỗ trợ khi thu hồi đất làm khu công nghiệp, khu đô thị chưa thỏa đáng. Tại xã Hồng Thái, huyện Việt Yên, có nhóm khoảng 30 người tụ tập tại công trường phản đối việc san lấp làm ảnh hưởng mương tưới tiêu; lực lượng chức năng cùng Ban Dân vận Huyện ủy đã kịp thời có mặt, đối thoại, vận động người dân giải tán. Trên không gian mạng xuất hiện một số bài viết xuyên tạc việc thu hồi đất, được chia sẻ trong các nhóm Zalo của người dân địa phương.
Trong tháng, các cơ quan khối dân vận đã tiếp 184 lượt công dân, nhận 67 đơn thư; Ban Dân vận Tỉnh ủy chủ trì 2 cuộc làm việc với UBND các huyện Lạng Giang, Lục Nam về thực hiện Quy chế dân chủ ở cơ sở. Thực hiện Kế hoạch số 152-KH/TU của Ban Thường vụ Tỉnh ủy, khối dân vận đã vận động 236 hộ bàn giao 41,7 ha mặt bằng cho dự án đường vành đai IV.
Phát biểu tại giao ban, đồng chí Thân Văn Quyết, HUV, Trưởng Ban Dân vận Huyện ủy Việt Yên, cho biết huyện đã giao cho 8 tổ công tác do lãnh đạo huyện làm tổ trưởng bám nắm từng hộ còn vướng mắc. Đồng chí Nguyễn Thị Hương Giang, Phó Chủ tịch Ủy ban MTTQ tỉnh, đề nghị các địa phương công khai kết quả giải quyết kiến nghị sau các kỳ họp để Mặt trận giám sát.
Kết luận giao ban, đồng chí Nguyễn Văn Thạo yêu cầu trong tháng 10 khối dân vận tiếp tục tham mưu thực hiện Chỉ thị số 16-CT/TU ngày 8/6/2022 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong giải phóng mặt bằng; phối hợp với các ngành chuẩn bị tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW của BCH Trung ương khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; kiểm tra công tác dân vận chính quyền ở 3 huyện.
Văn Thắng
Tin liên quan
- Giao ban khối dân vận tháng 8/2022 (06/09/2022)
- Lạng Giang: đối thoại với người dân vùng dự án (25/08/2022)
- Yên Thế: 60 mô hình dân vận khéo được công nhận (18/08/2022)
""", "2022-10-05", "Khối dân vận giao ban tháng 9: nắm chắc tình hình, xử lý sớm kiến nghị của dân",
E("giao_ban", "2022-09", "2022-10-04"),
[P("Nguyễn Văn Thạo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thân Văn Quyết", "HUV", "Trưởng Ban Dân vận Huyện ủy Việt Yên"),
 P("Nguyễn Thị Hương Giang", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("khoảng 30 người", 30, "người", "approx"), Q("184 lượt công dân", 184, "lượt công dân"), Q("67 đơn thư", 67, "đơn thư"),
 Q("2 cuộc làm việc", 2, "cuộc làm việc"), Q("236 hộ", 236, "hộ"), Q("41,7 ha", 41.7, "ha"), Q("8 tổ công tác", 8, "tổ công tác"),
 Q("3 huyện", 3, "huyện")],
[D("Kế hoạch", "152", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 152-KH/TU"),
 D("Chỉ thị", "16", "CT/TU", "2022-06-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 25-NQ/TW")],
[prov("Bắc Giang"), com("Nham Biền"), com("Tân Mỹ"), com("Hồng Thái")],
["Báo Bắc Giang điện tử", "Chính trị › Xây dựng Đảng", "BGĐT", "Đồng chí Nguyễn Văn Thạo kết luận buổi giao ban. Ảnh: Phương Anh",
 "Quy chế dân chủ ở cơ sở"],
["Cập nhật: 15:25, 05/10/2022 (GMT+7)", "tháng 9/2022", "tháng 10", "10 năm", "khóa XI", "vành đai IV", "Covid-19"]))

PAGES.append(page("b1411-kiengiang-bdv-baocao-6thang-2023", """
BAN DÂN VẬN TỈNH ỦY KIÊN GIANG
Trang chủ - Tin tức - Sự kiện - Công tác dân vận
21/07/2023 - 10:15
Tình hình nhân dân 6 tháng đầu năm: còn điểm nóng về đất đai ở Phú Quốc
Ban Dân vận Tỉnh ủy Kiên Giang vừa có báo cáo gửi Thường trực Tỉnh ủy về tình hình nhân dân 6 tháng đầu năm 2023. Báo cáo do đồng chí Danh Út, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy ký, được Thường trực Tỉnh ủy cho ý kiến tại cuộc họp chiều 20/7.
Đoàn công tác Ban Dân vận Tỉnh ủy nắm tình hình tại phường Dương Đông. Ảnh: BDV
Theo báo cáo, tư tưởng cán bộ, đảng viên và các tầng lớp nhân dân cơ bản ổn định; đồng bào Khmer và các tôn giáo chấp hành tốt chủ trương, chính sách. Tuy nhiên, người dân còn băn khoăn về giá cả sinh hoạt, giá lúa, tình trạng sạt lở bờ sông, bờ biển ở các huyện An Biên, An Minh. Nổi lên là tình hình đất đai tại thành phố Phú Quốc: trong 6 tháng, thành phố phát hiện 312 trường hợp xây dựng trái phép trên đất rừng, đất công; một số hộ ở xã Cửa Dương, xã Dương Tơ tụ tập, cản trở đoàn cưỡng chế; có 26 hộ gửi đơn tập thể đến Trung ương đề nghị xem xét việc thu hồi đất làm dự án khu du lịch. Trên địa bàn tỉnh, các cơ quan chức năng đã tiếp 2.037 lượt công dân, tiếp nhận 1.428 đơn thư, trong đó khoảng 75% liên quan đất đai; số vụ khiếu nại đông người là 19 vụ.
Khối dân vận các cấp đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 145-KH/TU ngày 15/3/2023 về tăng cường công tác dân vận trong giải quyết khiếu nại, tố cáo về đất đai và triển khai Kết luận số 43-KL/TW ngày 7/1/2023 của Ban Bí thư về tiếp tục thực hiện Nghị quyết số 25-NQ/TW khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận. Ban Dân vận Thành ủy Phú Quốc phối hợp tổ chức 38 cuộc đối thoại, vận động được 87 hộ tự tháo dỡ công trình vi phạm.
Báo cáo cũng ghi nhận ý kiến của ông Lý Văn Hoàng, Phó Chủ tịch UBND thành phố Phú Quốc, cho rằng nguyên nhân sâu xa là việc quản lý đất đai trước đây buông lỏng, nhiều hộ mua bán giấy tay, xây nhà trên đất không đủ điều kiện; một số đối tượng lợi dụng kích động người dân khiếu kiện. Ông Thạch Phol, người có uy tín ấp Sóc Ven, xã Bình An, phản ánh nhiều hộ đồng bào Khmer lo lắng về tiến độ cấp giấy chứng nhận quyền sử dụng đất.
Từ thực tế trên, Ban Dân vận Tỉnh ủy đề xuất 6 tháng cuối năm tập trung giám sát việc thực hiện Quyết định số 24/2022/QĐ-UBND của UBND tỉnh về hạn mức công nhận đất ở; tổ chức đối thoại ở các xã, phường có điểm nóng; tăng cường nắm dư luận trên không gian mạng, kịp thời phản bác thông tin sai trái; quan tâm hỗ trợ 154 hộ bị ảnh hưởng sạt lở với tổng kinh phí dự kiến 3,85 tỷ đồng.
Kim Ngân
Tin liên quan
- Phú Quốc: đối thoại với người dân về giải phóng mặt bằng (12/07/2023)
- Giao ban khối dân vận quý II/2023 (06/07/2023)
- Hòn Đất: vận động hiến đất làm đường nông thôn (23/06/2023)
""", "2023-07-21", "Tình hình nhân dân 6 tháng đầu năm: còn điểm nóng về đất đai ở Phú Quốc",
E("bao_cao", "2023-H1", "2023-07-20"),
[P("Danh Út", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Văn Hoàng", "Phó Chủ tịch UBND thành phố Phú Quốc"),
 P("Thạch Phol", "người có uy tín ấp Sóc Ven")],
[Q("312 trường hợp", 312, "trường hợp"), Q("26 hộ", 26, "hộ"), Q("2.037 lượt công dân", 2037, "lượt công dân"), Q("1.428 đơn thư", 1428, "đơn thư"),
 Q("khoảng 75%", 75, "%", "approx"), Q("19 vụ", 19, "vụ"), Q("38 cuộc đối thoại", 38, "cuộc đối thoại"), Q("87 hộ", 87, "hộ"),
 Q("154 hộ", 154, "hộ"), Q("3,85 tỷ đồng", 3850000000, "đồng")],
[D("Kế hoạch", "145", "KH/TU", "2023-03-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 145-KH/TU"),
 D("Kết luận", "43", "KL/TW", "2023-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết số 25-NQ/TW"),
 D("Quyết định", "24", "2022/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 24/2022/QĐ-UBND")],
[prov("Kiên Giang"), com("Dương Đông"), com("Cửa Dương"), com("Dương Tơ"), com("Bình An")],
["BAN DÂN VẬN TỈNH ỦY KIÊN GIANG", "Trang chủ - Tin tức - Sự kiện - Công tác dân vận",
 "Đoàn công tác Ban Dân vận Tỉnh ủy nắm tình hình tại phường Dương Đông. Ảnh: BDV"],
["21/07/2023 - 10:15", "6 tháng đầu năm 2023", "6 tháng cuối năm", "trong 6 tháng", "khóa XI"]))

PAGES.append(page("b1412-haiphong-tongket-tiepcongdan-2023", """
Cổng thông tin điện tử thành phố Hải Phòng
Tin tức >> Chính trị >> Tin hoạt động
Thứ Sáu, 05/01/2024 - 09:30
Năm 2023: Hải Phòng giải quyết dứt điểm nhiều vụ khiếu nại đất đai kéo dài
Ngày 4/1/2024, Ban Dân vận Thành ủy phối hợp với Thanh tra thành phố và Ban Tiếp công dân thành phố tổ chức hội nghị tổng kết công tác dân vận trong tiếp công dân, giải quyết khiếu nại, tố cáo năm 2023. Đồng chí Đào Thị Thu Hường, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố và đồng chí Lê Khắc Nhân, Phó Chủ tịch UBND thành phố đồng chủ trì.
Toàn cảnh hội nghị tổng kết. Ảnh: Hải Nam
Theo báo cáo, năm 2023 các cấp, các ngành thành phố đã tiếp 9.846 lượt công dân với 412 đoàn đông người; tiếp nhận 6.215 đơn thư, giảm 11,4% so với năm 2022. Nội dung chủ yếu là khiếu nại về bồi thường, hỗ trợ, tái định cư khi thu hồi đất thực hiện các dự án khu công nghiệp, đường giao thông; tranh chấp đất đai trong nội bộ nhân dân và đề nghị cấp giấy chứng nhận quyền sử dụng đất. Đã giải quyết 1.132/1.208 vụ việc thuộc thẩm quyền, đạt 93,7%; rà soát, giải quyết dứt điểm 29 vụ việc khiếu nại phức tạp, kéo dài.
Theo Quy chế phối hợp số 07-QCPH/BDV-TTTP giữa Ban Dân vận Thành ủy và Thanh tra thành phố, khối dân vận đã tham gia 146 cuộc đối thoại, vận động 1.873 hộ nhận tiền bồi thường, bàn giao mặt bằng cho dự án đường ven sông Lạch Tray, khu công nghiệp Tiên Thanh. Tại huyện Thủy Nguyên, việc kiên trì vận động đã giúp xã Lập Lễ thu hồi hơn 80 ha đất cho dự án cảng mà không phải cưỡng chế.
Tham luận tại hội nghị, đồng chí Vũ Văn Tuấn, HUV, Trưởng Ban Dân vận Huyện ủy Tiên Lãng, chia sẻ: huyện duy trì chế độ người đứng đầu đối thoại định kỳ mỗi quý một lần, có vụ việc phải đối thoại đến lần thứ năm người dân mới đồng thuận. Bà Nguyễn Thị Lan, Chủ tịch Ủy ban MTTQ Việt Nam phường Đông Hải 1, quận Hải An, đề nghị tăng cường vai trò giám sát của Mặt trận đối với việc thực hiện các cam kết sau đối thoại.
Phát biểu kết luận, đồng chí Đào Thị Thu Hường đề nghị năm 2024 tiếp tục thực hiện Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác tiếp công dân và giải quyết khiếu nại, tố cáo; Luật Tiếp công dân số 42/2013/QH13; phấn đấu giải quyết trên 90% vụ việc mới phát sinh, không để hình thành điểm nóng.
Dịp này, UBND thành phố tặng bằng khen cho 12 tập thể, 20 cá nhân.
Hoàng Hà
Tin khác
- Hội nghị tổng kết công tác dân vận năm 2023 (28/12/2023)
- Kiến Thụy: đối thoại với người dân về bồi thường giải phóng mặt bằng (15/12/2023)
- Đồ Sơn: giao ban khối dân vận quý IV (08/12/2023)
""", "2024-01-05", "Năm 2023: Hải Phòng giải quyết dứt điểm nhiều vụ khiếu nại đất đai kéo dài",
E("tong_ket", "2023", "2024-01-04"),
[P("Đào Thị Thu Hường", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Khắc Nhân", "Phó Chủ tịch UBND thành phố"),
 P("Vũ Văn Tuấn", "HUV", "Trưởng Ban Dân vận Huyện ủy Tiên Lãng"),
 P("Nguyễn Thị Lan", "Chủ tịch Ủy ban MTTQ Việt Nam phường Đông Hải 1")],
[Q("9.846 lượt công dân", 9846, "lượt công dân"), Q("412 đoàn đông người", 412, "đoàn đông người"), Q("6.215 đơn thư", 6215, "đơn thư"),
 Q("11,4%", 11.4, "%"), Q("1.132/1.208 vụ việc", 1132, "vụ việc"), Q("93,7%", 93.7, "%"), Q("29 vụ việc khiếu nại phức tạp", 29, "vụ việc khiếu nại phức tạp"),
 Q("146 cuộc đối thoại", 146, "cuộc đối thoại"), Q("1.873 hộ", 1873, "hộ"), Q("hơn 80 ha", 80, "ha", "over"), Q("trên 90%", 90, "%", "over"),
 Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Quy chế phối hợp", "07", "QCPH/BDV-TTTP", None, None, "Quy chế phối hợp số 07-QCPH/BDV-TTTP"),
 D("Chỉ thị", "35", "CT/TW", "2014-05-26", "Bộ Chính trị", "Chỉ thị số 35-CT/TW"),
 D("Luật", "42", "2013/QH13", None, None, "Luật Tiếp công dân số 42/2013/QH13")],
[prov("Hải Phòng"), com("Lập Lễ"), com("Đông Hải 1")],
["Cổng thông tin điện tử thành phố Hải Phòng", "Tin tức >> Chính trị >> Tin hoạt động", "Toàn cảnh hội nghị tổng kết. Ảnh: Hải Nam"],
["Thứ Sáu, 05/01/2024 - 09:30", "năm 2022", "mỗi quý một lần", "lần thứ năm", "năm 2024"]))

PAGES.append(page("b1413-daklak-daihoi-mttq-xa-eatieu-2024", """
Báo Đắk Lắk điện tử
Chính trị › Mặt trận - Đoàn thể
Thứ Sáu, 17/05/2024 - 16:45
Đại hội đại biểu MTTQ Việt Nam xã Ea Tiêu: đoàn kết, giữ vững bình yên buôn làng
Ngày 16/5, Ủy ban MTTQ Việt Nam xã Ea Tiêu, huyện Cư Kuin tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XII, nhiệm kỳ 2024 - 2029. Đây là đơn vị được huyện chọn tổ chức đại hội điểm cấp xã. Dự đại hội có đồng chí H'Nhi Byă, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk; đồng chí Y Khuê Niê, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Cư Kuin.
Các đại biểu biểu quyết thông qua chương trình đại hội.
Báo cáo tại đại hội cho thấy, nhiệm kỳ qua Mặt trận xã đã vận động nhân dân đóng góp hơn 4,6 tỷ đồng xây dựng nông thôn mới, làm mới 11 km đường giao thông; xây dựng, sửa chữa 37 căn nhà Đại đoàn kết cho hộ nghèo. Đặc biệt, sau vụ khủng bố xảy ra rạng sáng 11/6/2023 tại trụ sở UBND xã Ea Tiêu và xã Ea Ktur, tình hình nhân dân có thời điểm hoang mang, lo lắng; Mặt trận và các đoàn thể đã phối hợp với già làng, người có uy tín tổ chức 64 buổi gặp gỡ tại các buôn, vận động 9 đối tượng lẩn trốn ra đầu thú, giao nộp 14 khẩu súng tự chế.
Ông Y Blim Kbuôr, già làng buôn Cư Dhăt, phát biểu tại đại hội: “Sau vụ việc, người dân trong buôn ai cũng sợ. Cán bộ về ở với dân, ăn cùng, nói chuyện cùng nên bà con hiểu, không nghe theo kẻ xấu nữa”. Bà H'Lim Niê, Chi hội trưởng Chi hội Phụ nữ buôn Kram, kiến nghị quan tâm giải quyết dứt điểm các vụ tranh chấp đất rẫy giữa người dân với Công ty TNHH MTV cà phê để tránh bị lợi dụng.
Đại hội đã hiệp thương cử 35 vị vào Ủy ban MTTQ Việt Nam xã khóa XII. Ông Y Thắng Êban được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Ea Tiêu; các ông, bà Nguyễn Văn Hùng, H'Duyên Mlô được cử làm Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng bầu 5 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam huyện.
Phát biểu chỉ đạo, đồng chí H'Nhi Byă đề nghị Mặt trận xã tiếp tục thực hiện Chỉ thị số 18-CT/TW ngày 10/10/2022 của Ban Bí thư về lãnh đạo đại hội Mặt trận Tổ quốc Việt Nam các cấp và Kế hoạch số 207-KH/TU của Ban Thường vụ Tỉnh ủy Đắk Lắk về củng cố, xây dựng hệ thống chính trị cơ sở vùng đồng bào dân tộc thiểu số; phát huy vai trò của 18 người có uy tín trên địa bàn xã trong nắm tình hình, hòa giải mâu thuẫn, không để phát sinh điểm nóng.
H'Xíu
Tin liên quan
- Cư Kuin: tặng quà người có uy tín vùng đồng bào dân tộc thiểu số (10/05/2024)
- Đại hội điểm MTTQ cấp huyện tại Krông Bông (02/05/2024)
- Ea Tiêu: một năm sau vụ việc, buôn làng bình yên (15/04/2024)
""", "2024-05-17", "Đại hội đại biểu MTTQ Việt Nam xã Ea Tiêu: đoàn kết, giữ vững bình yên buôn làng",
E("dai_hoi", None, "2024-05-16"),
[P("H'Nhi Byă", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk"),
 P("Y Khuê Niê", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Cư Kuin"),
 P("Y Blim Kbuôr", "già làng buôn Cư Dhăt"),
 P("H'Lim Niê", "Chi hội trưởng Chi hội Phụ nữ buôn Kram"),
 P("Y Thắng Êban", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ea Tiêu"),
 P("Nguyễn Văn Hùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("H'Duyên Mlô", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("hơn 4,6 tỷ đồng", 4600000000, "đồng", "over"), Q("11 km", 11, "km"), Q("37 căn nhà Đại đoàn kết", 37, "căn nhà Đại đoàn kết"),
 Q("64 buổi gặp gỡ", 64, "buổi gặp gỡ"), Q("9 đối tượng", 9, "đối tượng"), Q("14 khẩu súng tự chế", 14, "khẩu súng tự chế"),
 Q("35 vị", 35, "vị"), Q("5 đại biểu", 5, "đại biểu"), Q("18 người có uy tín", 18, "người có uy tín")],
[D("Chỉ thị", "18", "CT/TW", "2022-10-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW"),
 D("Kế hoạch", "207", "KH/TU", None, "Ban Thường vụ Tỉnh ủy Đắk Lắk", "Kế hoạch số 207-KH/TU")],
[prov("Đắk Lắk"), com("Ea Tiêu"), com("Ea Ktur")],
["Báo Đắk Lắk điện tử", "Chính trị › Mặt trận - Đoàn thể", "Các đại biểu biểu quyết thông qua chương trình đại hội.",
 "Công ty TNHH MTV cà phê"],
["Thứ Sáu, 17/05/2024 - 16:45", "lần thứ XII", "nhiệm kỳ 2024 - 2029", "khóa XII", "rạng sáng 11/6/2023"]))

PAGES.append(page("b1414-caobang-traoqua-dididoi-satlo-2024", """
BAN DÂN VẬN TỈNH ỦY CAO BẰNG
Trang chủ / Hoạt động / An sinh xã hội
22/10/2024 08:10
Ban Dân vận Tỉnh ủy hỗ trợ các hộ phải di dời khẩn cấp do sạt lở đất
Ngày 21/10/2024, đoàn công tác của Ban Dân vận Tỉnh ủy do đồng chí Nông Thị Tuyết, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, trao quà và kinh phí hỗ trợ làm nhà cho các hộ dân phải di dời khẩn cấp do sạt lở đất sau cơn bão số 3 tại xã Ca Thành và xã Phan Thanh, huyện Nguyên Bình, tỉnh Cao Bằng.
Đồng chí Nông Thị Tuyết trao hỗ trợ cho gia đình ông Triệu Văn Quẩy, xóm Khuổi Khiếc.
Cùng đi có đồng chí Hoàng Văn Định, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lục Thị Mai, HUV, Trưởng Ban Dân vận Huyện ủy Nguyên Bình.
Bão số 3 và hoàn lưu bão đã gây mưa lớn kéo dài, làm sạt lở nghiêm trọng tại nhiều xóm vùng cao của huyện Nguyên Bình. Toàn huyện có 126 hộ phải di dời khẩn cấp, trong đó 58 hộ người Dao, Mông ở các xóm Khuổi Khiếc, Nà Vài đã mất hoàn toàn nhà ở. Hiện các hộ đang ở nhờ nhà người thân, nhà văn hóa xóm hoặc lán tạm; đời sống rất khó khăn, nhiều hộ lo lắng chưa biết nơi ở mới sẽ được bố trí ở đâu.
Tại buổi làm việc, ông Bế Văn Khoa, Chủ tịch UBND xã Ca Thành, cho biết xã đã rà soát, đề xuất 2 vị trí làm khu tái định cư tập trung, diện tích khoảng 3,5 ha, nhưng người dân còn băn khoăn vì xa nương rẫy; xã đã tổ chức 6 buổi họp xóm để lấy ý kiến. Ông Triệu Văn Quẩy, người có uy tín xóm Khuổi Khiếc, nói: “Bà con muốn ở gần nương, nhưng chỗ cũ thì không dám ở nữa. Cán bộ giải thích rồi, bà con đồng ý chuyển đi”.
Dịp này, đoàn đã trao 20 suất quà, mỗi suất gồm 2 triệu đồng tiền mặt và chăn, gạo; đồng thời trao 300 triệu đồng hỗ trợ làm nhà cho 6 hộ khó khăn nhất, mỗi hộ 50 triệu đồng, từ nguồn Quỹ cứu trợ của Ủy ban MTTQ Việt Nam tỉnh và đóng góp của cán bộ khối dân vận.
Phát biểu động viên bà con, đồng chí Nông Thị Tuyết đề nghị cấp ủy, chính quyền địa phương thực hiện tốt Công văn số 1125-CV/TU ngày 12/9/2024 của Ban Thường vụ Tỉnh ủy về tập trung khắc phục hậu quả bão số 3, ổn định đời sống nhân dân; công khai, minh bạch việc phân bổ tiền, hàng hỗ trợ; vận động nhân dân giúp nhau dựng lại nhà cửa, không để hộ nào thiếu đói, không có chỗ ở trước mùa đông.
Theo Ban Dân vận Huyện ủy, đến nay huyện đã tiếp nhận hơn 4,2 tỷ đồng tiền ủng hộ, huy động gần 1.500 ngày công giúp người dân dọn dẹp, dựng lán tạm.
Bế Hà
Tin liên quan
- Hà Quảng: vận động người dân di dời khỏi vùng nguy hiểm (14/10/2024)
- Ban Dân vận Tỉnh ủy tiếp nhận ủng hộ đồng bào bị thiệt hại do bão số 3 (20/09/2024)
- Hội nghị giao ban khối dân vận quý III năm 2024 (03/10/2024)
""", "2024-10-22", "Ban Dân vận Tỉnh ủy hỗ trợ các hộ phải di dời khẩn cấp do sạt lở đất",
E("trao_qua", None, "2024-10-21"),
[P("Nông Thị Tuyết", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Định", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Thị Mai", "HUV", "Trưởng Ban Dân vận Huyện ủy Nguyên Bình"),
 P("Bế Văn Khoa", "Chủ tịch UBND xã Ca Thành"),
 P("Triệu Văn Quẩy", "người có uy tín xóm Khuổi Khiếc")],
[Q("126 hộ", 126, "hộ"), Q("58 hộ người Dao, Mông", 58, "hộ người Dao, Mông"), Q("2 vị trí", 2, "vị trí"), Q("khoảng 3,5 ha", 3.5, "ha", "approx"),
 Q("6 buổi họp xóm", 6, "buổi họp xóm"), Q("20 suất quà", 20, "suất quà"), Q("2 triệu đồng", 2000000, "đồng"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("6 hộ", 6, "hộ"), Q("50 triệu đồng", 50000000, "đồng"), Q("hơn 4,2 tỷ đồng", 4200000000, "đồng", "over"), Q("gần 1.500 ngày công", 1500, "ngày công", "approx")],
[D("Công văn", "1125", "CV/TU", "2024-09-12", "Ban Thường vụ Tỉnh ủy", "Công văn số 1125-CV/TU")],
[prov("Cao Bằng"), com("Ca Thành"), com("Phan Thanh")],
["BAN DÂN VẬN TỈNH ỦY CAO BẰNG", "Trang chủ / Hoạt động / An sinh xã hội",
 "Đồng chí Nông Thị Tuyết trao hỗ trợ cho gia đình ông Triệu Văn Quẩy, xóm Khuổi Khiếc.", "Quỹ cứu trợ"],
["22/10/2024 08:10", "bão số 3", "cơn bão số 3"]))
