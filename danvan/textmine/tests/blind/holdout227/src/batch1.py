from lib import *
PAGES = []

PAGES.append(page("b5405-binhduong-dukdn-tongket-2011", """
ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH BÌNH DƯƠNG
Trang chủ > Tin tức > Xây dựng Đảng
Thứ Năm, 29/12/2011 - 16:20
Đảng ủy Khối Doanh nghiệp tổng kết công tác xây dựng Đảng trong doanh nghiệp ngoài nhà nước năm 2011
Chiều 27/12, Đảng ủy Khối Doanh nghiệp tỉnh Bình Dương tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2011 và triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Trần Quốc Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy; đồng chí Lê Thị Kim Loan, Tỉnh ủy viên, Bí thư Đảng ủy Khối Doanh nghiệp tỉnh, cùng 215 đại biểu là bí thư chi bộ, đảng bộ cơ sở trực thuộc.
Đồng chí Lê Thị Kim Loan phát biểu tại hội nghị.
Báo cáo của Ban Thường vụ Đảng ủy Khối cho biết, đến cuối năm 2011 Đảng bộ Khối có 68 tổ chức cơ sở đảng, trong đó 41 tổ chức cơ sở đảng trong doanh nghiệp ngoài nhà nước với 1.126 đảng viên. Trong năm, Đảng ủy Khối đã thành lập mới 9 chi bộ cơ sở tại các doanh nghiệp có vốn đầu tư nước ngoài và doanh nghiệp tư nhân, kết nạp 187 đảng viên mới, vượt 24,6% chỉ tiêu. Thực hiện Chỉ thị số 07-CT/TU ngày 18/4/2011 của Tỉnh ủy về phát triển tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước, Đảng ủy Khối đã ban hành Kế hoạch 12, 13-KH/ĐUK của Ban Thường vụ Đảng ủy Khối về khảo sát nguồn phát triển đảng viên và về củng cố chi bộ yếu kém.
Qua khảo sát tại 320 doanh nghiệp có từ 30 lao động trở lên, Đảng ủy Khối xác định hơn 2.000 công nhân, người lao động là đoàn viên, hội viên ưu tú có thể bồi dưỡng thành quần chúng cảm tình Đảng. Các chủ doanh nghiệp đã hỗ trợ hơn 3,2 tỷ đồng cho hoạt động của tổ chức đảng, công đoàn, đoàn thanh niên; 17 doanh nghiệp bố trí phòng sinh hoạt riêng cho chi bộ.
Tại hội nghị, các đồng chí Phó Bí thư Đảng ủy Khối: Nguyễn Văn Thành, Phạm Thị Ngọc Hà lần lượt trình bày dự thảo phương hướng năm 2012 và chương trình kiểm tra, giám sát. Ông Lý Chí Cường, Chủ tịch Hội đồng quản trị Công ty TNHH Thái Sơn, Bí thư Chi bộ công ty, chia sẻ kinh nghiệm "3 cùng" giữa chủ doanh nghiệp, công đoàn và chi bộ; đồng chí Trịnh Văn Đức, Bí thư Chi bộ Công ty cổ phần Gốm sứ Minh Phát ở phường An Phú, đề nghị có cơ chế phụ cấp cho cán bộ đảng kiêm nhiệm trong doanh nghiệp.
Phát biểu chỉ đạo, đồng chí Trần Quốc Hưng yêu cầu năm 2012 Đảng ủy Khối tiếp tục quán triệt Nghị quyết số 09-NQ/TW ngày 9/12/2011 của Bộ Chính trị về xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa, hội nhập quốc tế; phấn đấu thành lập thêm ít nhất 10 tổ chức đảng trong doanh nghiệp tư nhân, không để doanh nghiệp đủ điều kiện mà chưa có tổ chức đảng.
Dịp này, Ban Thường vụ Đảng ủy Khối tặng giấy khen cho 14 tổ chức cơ sở đảng trong sạch, vững mạnh tiêu biểu và 35 đồng chí hoàn thành xuất sắc nhiệm vụ 5 năm liền.
Minh Khoa
Lượt xem: 1.204
Tin liên quan
- Kết nạp 12 đảng viên là công nhân Công ty TNHH Kim Đức (15/12/2011)
- Thành lập Chi bộ Công ty cổ phần Bao bì Hưng Long (30/11/2011)
- Hội nghị chuyên đề công tác dân vận trong doanh nghiệp (18/11/2011)
- Bình Dương: 95% doanh nghiệp FDI có công đoàn cơ sở (02/11/2011)
""", "2011-12-29", "Đảng ủy Khối Doanh nghiệp tổng kết công tác xây dựng Đảng trong doanh nghiệp ngoài nhà nước năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Trần Quốc Hưng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Lê Thị Kim Loan", "Tỉnh ủy viên", "Bí thư Đảng ủy Khối Doanh nghiệp tỉnh"),
 P("Nguyễn Văn Thành", "Phó Bí thư Đảng ủy Khối"),
 P("Phạm Thị Ngọc Hà", "Phó Bí thư Đảng ủy Khối"),
 P("Lý Chí Cường", "Chủ tịch Hội đồng quản trị Công ty TNHH Thái Sơn", "Bí thư Chi bộ công ty"),
 P("Trịnh Văn Đức", "Bí thư Chi bộ Công ty cổ phần Gốm sứ Minh Phát")],
[Q("215 đại biểu", 215, "đại biểu"), Q("68 tổ chức cơ sở đảng", 68, "tổ chức cơ sở đảng"),
 Q("41 tổ chức cơ sở đảng", 41, "tổ chức cơ sở đảng"), Q("1.126 đảng viên", 1126, "đảng viên"),
 Q("9 chi bộ cơ sở", 9, "chi bộ cơ sở"), Q("187 đảng viên mới", 187, "đảng viên mới"), Q("24,6%", 24.6, "%"),
 Q("320 doanh nghiệp", 320, "doanh nghiệp"), Q("từ 30 lao động trở lên", 30, "lao động", "over"),
 Q("hơn 2.000 công nhân, người lao động", 2000, "công nhân, người lao động", "over"),
 Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("17 doanh nghiệp", 17, "doanh nghiệp"),
 Q("ít nhất 10 tổ chức đảng", 10, "tổ chức đảng", "over"),
 Q("14 tổ chức cơ sở đảng trong sạch, vững mạnh tiêu biểu", 14, "tổ chức cơ sở đảng trong sạch, vững mạnh tiêu biểu"),
 Q("35 đồng chí", 35, "đồng chí")],
[D("Chỉ thị", "07", "CT/TU", "2011-04-18", "Tỉnh ủy", "Chỉ thị số 07-CT/TU ngày 18/4/2011"),
 D("Kế hoạch", "12", "KH/ĐUK", None, "Ban Thường vụ Đảng ủy Khối", "Kế hoạch 12, 13-KH/ĐUK"),
 D("Kế hoạch", "13", "KH/ĐUK", None, "Ban Thường vụ Đảng ủy Khối", "Kế hoạch 12, 13-KH/ĐUK"),
 D("Nghị quyết", "09", "NQ/TW", "2011-12-09", "Bộ Chính trị", "Nghị quyết số 09-NQ/TW ngày 9/12/2011")],
[prov("Bình Dương"), com("An Phú")],
["ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH BÌNH DƯƠNG", "Trang chủ > Tin tức > Xây dựng Đảng",
 "Đồng chí Lê Thị Kim Loan phát biểu tại hội nghị.", "Lượt xem: 1.204", "Công ty TNHH Thái Sơn"],
["Thứ Năm, 29/12/2011 - 16:20", "35 đồng chí", "3 cùng", "5 năm liền", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b5406-haiphong-hhdn-daihoi-2012", """
Báo Hải Phòng điện tử
Kinh tế | Doanh nghiệp - Doanh nhân
Cập nhật: 09:42, 21/09/2012 (GMT+7)
Ảnh: Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Đại hội Hiệp hội Doanh nghiệp thành phố lần thứ III: Doanh nghiệp đồng hành cùng tổ chức đảng
(BHP) - Ngày 20/9, Hiệp hội Doanh nghiệp thành phố Hải Phòng tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2012 - 2017. Dự đại hội có đồng chí Vũ Tiến Dũng, Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố; đồng chí Nguyễn Thị Lan Hương, Thành ủy viên, Trưởng Ban Dân vận Thành ủy, cùng 350 đại biểu đại diện cho 1.260 hội viên.
Nhiệm kỳ 2007 - 2012, Hiệp hội đã kết nạp thêm 478 hội viên mới, thành lập 6 chi hội doanh nghiệp theo ngành nghề. Các doanh nghiệp hội viên nộp ngân sách bình quân khoảng 2.400 tỷ đồng/năm, tạo việc làm cho trên 45.000 lao động. Hiệp hội phối hợp với Đảng ủy Khối Doanh nghiệp thành phố vận động thành lập 11 tổ chức đảng và 27 công đoàn cơ sở tại doanh nghiệp hội viên; tham gia góp ý 19 dự thảo văn bản quy phạm pháp luật, trong đó có Nghị định số 45/2010/NĐ-CP ngày 21/4/2010 của Chính phủ quy định về tổ chức, hoạt động và quản lý hội khi sửa đổi.
Hưởng ứng cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam", các hội viên đã ủng hộ Quỹ "Vì người nghèo" thành phố hơn 6,5 tỷ đồng, xây tặng 84 nhà đại đoàn kết cho hộ nghèo ở các xã ven biển.
Phát biểu tại đại hội, đồng chí Vũ Tiến Dũng đề nghị Hiệp hội quán triệt Nghị quyết số 09-NQ/TW ngày 9/12/2011 của Bộ Chính trị về đội ngũ doanh nhân và Kế hoạch số 28-KH/TU ngày 6/3/2012 của Thành ủy thực hiện nghị quyết này; làm cầu nối để chủ doanh nghiệp tư nhân tạo điều kiện cho tổ chức đảng, đoàn thể hoạt động.
Đại hội đã bầu 41 ủy viên Ban Chấp hành khóa III. Ông Đỗ Mạnh Cường, Tổng Giám đốc Công ty cổ phần Thép Lạch Tray, được tín nhiệm bầu giữ chức Chủ tịch Hiệp hội Doanh nghiệp thành phố khóa III. Các Phó Chủ tịch Hiệp hội gồm: Vũ Đình Lợi, Ngô Quang Tuấn, Bùi Thị Thu Hằng. Bà Trần Thị Minh Nguyệt được bổ nhiệm làm Tổng Thư ký Hiệp hội.
Trước đó, ông Đỗ Mạnh Cường trình bày Quyết định số 1245/QĐ-UBND ngày 14/8/2012 của UBND thành phố phê duyệt Điều lệ Hiệp hội (sửa đổi). Trụ sở Hiệp hội đặt tại phường Lạch Tray.
Đại hội biểu quyết thông qua Nghị quyết với 96,8% đại biểu tán thành; đề ra chỉ tiêu nhiệm kỳ mới tăng số hội viên lên khoảng 1.800 doanh nghiệp.
Hồng Nhung
Tin khác
- Doanh nhân trẻ Hải Phòng ra mắt Câu lạc bộ "Doanh nhân vì cộng đồng" (12/09/2012)
- Gặp mặt 200 doanh nghiệp tiêu biểu (30/08/2012)
- Thêm 3 chi bộ đảng trong doanh nghiệp tư nhân (15/08/2012)
""", "2012-09-21", "Đại hội Hiệp hội Doanh nghiệp thành phố lần thứ III: Doanh nghiệp đồng hành cùng tổ chức đảng",
E("dai_hoi", None, "2012-09-20"),
[P("Vũ Tiến Dũng", "Phó Bí thư Thường trực Thành ủy", "Chủ tịch HĐND thành phố"),
 P("Nguyễn Thị Lan Hương", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Đỗ Mạnh Cường", "Tổng Giám đốc Công ty cổ phần Thép Lạch Tray", "Chủ tịch Hiệp hội Doanh nghiệp thành phố khóa III"),
 P("Vũ Đình Lợi", "Phó Chủ tịch Hiệp hội"), P("Ngô Quang Tuấn", "Phó Chủ tịch Hiệp hội"),
 P("Bùi Thị Thu Hằng", "Phó Chủ tịch Hiệp hội"), P("Trần Thị Minh Nguyệt", "Tổng Thư ký Hiệp hội")],
[Q("350 đại biểu", 350, "đại biểu"), Q("1.260 hội viên", 1260, "hội viên"), Q("478 hội viên mới", 478, "hội viên mới"),
 Q("6 chi hội doanh nghiệp", 6, "chi hội doanh nghiệp"), Q("khoảng 2.400 tỷ đồng/năm", 2400000000000, "đồng", "approx"),
 Q("trên 45.000 lao động", 45000, "lao động", "over"), Q("11 tổ chức đảng", 11, "tổ chức đảng"),
 Q("27 công đoàn cơ sở", 27, "công đoàn cơ sở"), Q("19 dự thảo văn bản quy phạm pháp luật", 19, "dự thảo văn bản quy phạm pháp luật"),
 Q("hơn 6,5 tỷ đồng", 6500000000, "đồng", "over"), Q("84 nhà đại đoàn kết", 84, "nhà đại đoàn kết"),
 Q("41 ủy viên Ban Chấp hành", 41, "ủy viên Ban Chấp hành"), Q("96,8%", 96.8, "%"),
 Q("khoảng 1.800 doanh nghiệp", 1800, "doanh nghiệp", "approx")],
[D("Nghị định", "45", "2010/NĐ-CP", "2010-04-21", "Chính phủ", "Nghị định số 45/2010/NĐ-CP ngày 21/4/2010"),
 D("Nghị quyết", "09", "NQ/TW", "2011-12-09", "Bộ Chính trị", "Nghị quyết số 09-NQ/TW ngày 9/12/2011"),
 D("Kế hoạch", "28", "KH/TU", "2012-03-06", "Thành ủy", "Kế hoạch số 28-KH/TU ngày 6/3/2012"),
 D("Quyết định", "1245", "QĐ-UBND", "2012-08-14", "UBND thành phố", "Quyết định số 1245/QĐ-UBND ngày 14/8/2012")],
[prov("Hải Phòng"), com("Lạch Tray")],
["Báo Hải Phòng điện tử", "Kinh tế | Doanh nghiệp - Doanh nhân", "Ảnh: Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.",
 "(BHP)", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Vì người nghèo", "Công ty cổ phần Thép Lạch Tray"],
["Cập nhật: 09:42, 21/09/2012 (GMT+7)", "lần thứ III", "nhiệm kỳ 2012 - 2017", "Nhiệm kỳ 2007 - 2012", "khóa III"]))

PAGES.append(page("b5407-quangnam-dukdn-soket-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH QUẢNG NAM
Bạn đang ở: Trang chủ / Xây dựng Đảng / Tổ chức cơ sở đảng
08:15 | 16/07/2013
Ảnh: Quang cảnh hội nghị.
Thêm 6 chi bộ đảng trong doanh nghiệp tư nhân
Sáng 15/7, Đảng ủy Khối Doanh nghiệp tỉnh Quảng Nam tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm. Tỉnh ủy viên, Bí thư Đảng ủy Khối Doanh nghiệp tỉnh Nguyễn Hữu Phước chủ trì hội nghị.
Sáu tháng qua, Đảng ủy Khối đã thành lập 6 chi bộ đảng trong doanh nghiệp tư nhân, nâng tổng số tổ chức đảng trong khu vực này lên 23 chi, đảng bộ; kết nạp 52 đảng viên mới, trong đó 31 đảng viên là công nhân trực tiếp sản xuất. Tỷ lệ doanh nghiệp có từ 50 lao động trở lên có tổ chức đảng đạt 74%. Các doanh nghiệp trích khoảng 450 triệu đồng hỗ trợ sinh hoạt chi bộ và đoàn thể.
Triển khai Hướng dẫn số 04-HD/ĐUK ngày 10/1/2013 của Ban Thường vụ Đảng ủy Khối về tạo nguồn phát triển đảng viên trong doanh nghiệp ngoài nhà nước, các chi bộ đã giới thiệu 118 quần chúng ưu tú tham gia lớp nhận thức về Đảng. Đảng ủy Khối cũng phối hợp với Liên đoàn Lao động tỉnh ký Chương trình phối hợp số 02-CTr/ĐUK-LĐLĐ về xây dựng tổ chức đảng, công đoàn tại 2.800 lao động thuộc các khu công nghiệp.
Tại hội nghị, bà A Lăng Thị Hương, Bí thư Chi bộ Công ty TNHH Lâm sản Đông Giang, cho biết chi bộ có 9 đảng viên là người Cơ Tu; công ty đã ký hợp đồng nhận khoán bảo vệ rừng với 146 hộ đồng bào ở xã Tà Lu. Ông Phan Văn Thiện, Giám đốc Công ty cổ phần May Điện Nam, Bí thư Chi bộ công ty, đề xuất Tỉnh ủy sớm ban hành cơ chế hỗ trợ kinh phí cho chi bộ ở doanh nghiệp nhỏ. Đồng chí Zơ Râm Dưn, Phó Bí thư Đảng ủy xã Điện Nam Bắc, thông tin về việc phối hợp quản lý đảng viên là công nhân tạm trú.
Kết luận hội nghị, đồng chí Nguyễn Hữu Phước yêu cầu 6 tháng cuối năm thực hiện nghiêm Nghị quyết số 09-NQ/TW của Bộ Chính trị và Chương trình hành động số 25-CTr/TU ngày 20/3/2012 của Tỉnh ủy; phấn đấu cả năm kết nạp không dưới 100 đảng viên trong doanh nghiệp, thành lập mới 10 tổ chức đảng.
Nhiều ý kiến cho rằng việc phát triển đảng viên trong doanh nghiệp tư nhân còn gặp khó vì công nhân thường xuyên thay đổi chỗ làm, một số chủ doanh nghiệp chưa thật sự ủng hộ, thời gian sinh hoạt chi bộ phải bố trí ngoài giờ sản xuất. Có nơi đảng viên chuyển đến chưa xuất trình hồ sơ, chi bộ khó quản lý; công tác tạo nguồn chưa gắn với quy hoạch cán bộ công đoàn, đoàn thanh niên.
Hội nghị đã nghe đồng chí Lê Thị Mỹ Dung, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Đảng ủy Khối, quán triệt kế hoạch kiểm tra chi bộ doanh nghiệp.
Văn Thắng
Tin cùng chuyên mục
- Đông Giang: kết nạp đảng viên người Cơ Tu tại doanh nghiệp (02/07/2013)
- Hội thảo nâng cao chất lượng sinh hoạt chi bộ doanh nghiệp (20/06/2013)
- Chi bộ doanh nghiệp vận động công nhân hiến máu (05/06/2013)
""", "2013-07-16", "Thêm 6 chi bộ đảng trong doanh nghiệp tư nhân",
E("so_ket", "2013-H1", "2013-07-15"),
[P("Nguyễn Hữu Phước", "Tỉnh ủy viên", "Bí thư Đảng ủy Khối Doanh nghiệp tỉnh"),
 P("A Lăng Thị Hương", "Bí thư Chi bộ Công ty TNHH Lâm sản Đông Giang"),
 P("Phan Văn Thiện", "Giám đốc Công ty cổ phần May Điện Nam", "Bí thư Chi bộ công ty"),
 P("Zơ Râm Dưn", "Phó Bí thư Đảng ủy xã Điện Nam Bắc"),
 P("Lê Thị Mỹ Dung", "Ủy viên Ban Thường vụ", "Trưởng Ban Tổ chức Đảng ủy Khối")],
[Q("6 chi bộ đảng", 6, "chi bộ đảng"), Q("23 chi, đảng bộ", 23, "chi, đảng bộ"), Q("52 đảng viên mới", 52, "đảng viên mới"),
 Q("31 đảng viên", 31, "đảng viên"), Q("từ 50 lao động trở lên", 50, "lao động", "over"), Q("74%", 74, "%"),
 Q("khoảng 450 triệu đồng", 450000000, "đồng", "approx"), Q("118 quần chúng ưu tú", 118, "quần chúng ưu tú"),
 Q("2.800 lao động", 2800, "lao động"), Q("9 đảng viên", 9, "đảng viên"), Q("146 hộ", 146, "hộ"),
 Q("không dưới 100 đảng viên", 100, "đảng viên", "over"), Q("10 tổ chức đảng", 10, "tổ chức đảng")],
[D("Hướng dẫn", "04", "HD/ĐUK", "2013-01-10", "Ban Thường vụ Đảng ủy Khối", "Hướng dẫn số 04-HD/ĐUK ngày 10/1/2013"),
 D("Chương trình phối hợp", "02", "CTr/ĐUK-LĐLĐ", None, None, "Chương trình phối hợp số 02-CTr/ĐUK-LĐLĐ"),
 D("Nghị quyết", "09", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 09-NQ/TW"),
 D("Chương trình hành động", "25", "CTr/TU", "2012-03-20", "Tỉnh ủy", "Chương trình hành động số 25-CTr/TU ngày 20/3/2012")],
[prov("Quảng Nam"), com("Tà Lu"), com("Điện Nam Bắc")],
["CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH QUẢNG NAM", "Bạn đang ở: Trang chủ / Xây dựng Đảng / Tổ chức cơ sở đảng",
 "Ảnh: Quang cảnh hội nghị.", "Công ty TNHH Lâm sản Đông Giang"],
["08:15 | 16/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "Sáu tháng qua"]))

PAGES.append(page("b5408-daklak-ubnd-doithoai-2014", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Trang chủ › Kinh tế › Doanh nghiệp
Ngày đăng 23/10/2014 | 16:20
Đối thoại để tháo gỡ khó khăn cho doanh nghiệp ngoài nhà nước
Ngày 22/10, UBND tỉnh phối hợp với Hiệp hội Doanh nghiệp tỉnh Đắk Lắk tổ chức Hội nghị đối thoại giữa lãnh đạo tỉnh với cộng đồng doanh nghiệp năm 2014. Đồng chí Y Djăk Mlô, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, chủ trì; tham dự có khoảng 210 doanh nghiệp, hợp tác xã.
Đồng chí Y Djăk Mlô trả lời kiến nghị của doanh nghiệp.
Theo Sở Kế hoạch và Đầu tư, 9 tháng năm 2014 toàn tỉnh có 412 doanh nghiệp thành lập mới với tổng vốn đăng ký gần 1.500 tỷ đồng; tuy nhiên có 96 doanh nghiệp giải thể hoặc tạm ngừng hoạt động. Trước hội nghị, Hiệp hội đã tổng hợp 37 ý kiến góp ý và 12 kiến nghị của hội viên, tập trung vào thủ tục đất đai, thuế và tiếp cận vốn vay.
Tại hội nghị, ông Phan Đình Khoa, Chủ tịch Hiệp hội Doanh nghiệp tỉnh, đề nghị tỉnh đẩy nhanh thực hiện Nghị quyết số 19/NQ-CP ngày 18/3/2014 của Chính phủ về những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh. Bà H'Bia Ktla, Chủ tịch Hội Doanh nhân nữ tỉnh, Giám đốc Hợp tác xã Dệt thổ cẩm Buôn Jun, phản ánh nhiều hộ đồng bào Êđê làm nghề dệt chưa được vay vốn ưu đãi. Các ông Trương Văn Hải, Lê Quốc Bảo - Phó Chủ tịch Hiệp hội Doanh nghiệp tỉnh, nêu vướng mắc về giao đất rừng cho doanh nghiệp trồng cà phê tại xã Ea Kao.
Lãnh đạo các sở, ngành đã trả lời trực tiếp 29 ý kiến; các ý kiến còn lại được giao xử lý bằng văn bản trong 15 ngày. Đồng chí Nay Phi Hùng, Giám đốc Sở Tài nguyên và Môi trường, cho biết ngành đã cấp 58 giấy chứng nhận quyền sử dụng đất cho doanh nghiệp trong năm.
Kết luận hội nghị, đồng chí Y Djăk Mlô giao các sở thực hiện nghiêm Chỉ thị số 11-CT/TU ngày 5/8/2014 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo phát triển doanh nghiệp; rút ngắn thời gian giải quyết thủ tục xuống còn không quá 10 ngày; phấn đấu gần 80% doanh nghiệp hài lòng với dịch vụ công. Đồng chí cũng đề nghị các chủ doanh nghiệp tạo điều kiện thành lập tổ chức đảng, công đoàn theo Quyết định số 2345/QĐ-UBND ngày 12/9/2014 của UBND tỉnh về quy chế phối hợp hỗ trợ doanh nghiệp.
Nhiều doanh nghiệp cũng cho rằng thủ tục thành lập tổ chức đảng, công đoàn trong doanh nghiệp tư nhân còn chậm; cán bộ các sở, ngành có lúc còn gây phiền hà, đùn đẩy trách nhiệm khi giải quyết hồ sơ. Một số hộ đồng bào dân tộc thiểu số liên kết sản xuất với doanh nghiệp chưa được hướng dẫn kỹ về hợp đồng, dễ phát sinh tranh chấp khi giá nông sản biến động.
Dịp này, UBND tỉnh tặng bằng khen cho 20 doanh nghiệp tiêu biểu, mỗi đơn vị kèm 3 triệu đồng.
H'Xíu
Lượt truy cập: 3.456.021
Bài viết liên quan
- Hội Doanh nhân trẻ tỉnh trao 50 suất học bổng (10/10/2014)
- Gặp mặt doanh nhân nhân Ngày Doanh nhân Việt Nam (13/10/2014)
- Buôn Ma Thuột: 15 doanh nghiệp có chi bộ đảng (25/09/2014)
""", "2014-10-23", "Đối thoại để tháo gỡ khó khăn cho doanh nghiệp ngoài nhà nước",
E("doi_thoai", "2014", "2014-10-22"),
[P("Y Djăk Mlô", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Phan Đình Khoa", "Chủ tịch Hiệp hội Doanh nghiệp tỉnh"),
 P("H'Bia Ktla", "Chủ tịch Hội Doanh nhân nữ tỉnh", "Giám đốc Hợp tác xã Dệt thổ cẩm Buôn Jun"),
 P("Trương Văn Hải", "Phó Chủ tịch Hiệp hội Doanh nghiệp tỉnh"),
 P("Lê Quốc Bảo", "Phó Chủ tịch Hiệp hội Doanh nghiệp tỉnh"),
 P("Nay Phi Hùng", "Giám đốc Sở Tài nguyên và Môi trường")],
[Q("khoảng 210 doanh nghiệp, hợp tác xã", 210, "doanh nghiệp, hợp tác xã", "approx"),
 Q("412 doanh nghiệp", 412, "doanh nghiệp"), Q("gần 1.500 tỷ đồng", 1500000000000, "đồng", "approx"),
 Q("96 doanh nghiệp", 96, "doanh nghiệp"), Q("37 ý kiến", 37, "ý kiến"), Q("12 kiến nghị", 12, "kiến nghị"),
 Q("29 ý kiến", 29, "ý kiến"), Q("58 giấy chứng nhận quyền sử dụng đất", 58, "giấy chứng nhận quyền sử dụng đất"),
 Q("gần 80%", 80, "%", "approx"), Q("20 doanh nghiệp tiêu biểu", 20, "doanh nghiệp tiêu biểu"),
 Q("3 triệu đồng", 3000000, "đồng")],
[D("Nghị quyết", "19", "NQ-CP", "2014-03-18", "Chính phủ", "Nghị quyết số 19/NQ-CP ngày 18/3/2014"),
 D("Chỉ thị", "11", "CT/TU", "2014-08-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU ngày 5/8/2014"),
 D("Quyết định", "2345", "QĐ-UBND", "2014-09-12", "UBND tỉnh", "Quyết định số 2345/QĐ-UBND ngày 12/9/2014")],
[prov("Đắk Lắk"), com("Ea Kao")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Trang chủ › Kinh tế › Doanh nghiệp", "Đồng chí Y Djăk Mlô trả lời kiến nghị của doanh nghiệp.",
 "Lượt truy cập: 3.456.021", "Hợp tác xã Dệt thổ cẩm Buôn Jun"],
["Ngày đăng 23/10/2014 | 16:20", "9 tháng năm 2014", "15 ngày", "không quá 10 ngày", "Lượt truy cập: 3.456.021"]))

PAGES.append(page("b5409-longan-bdv-giaoban-2015", """
Thứ Năm, 22/10/2015
BAN DÂN VẬN TỈNH ỦY LONG AN
Vị trí: Trang chủ >> Hoạt động >> Dân vận trong doanh nghiệp
15/10/2015 - 10:05
Giao ban công tác dân vận khối doanh nghiệp quý III
Ngày 14/10/2015, Ban Dân vận Tỉnh ủy Long An tổ chức giao ban công tác dân vận trong doanh nghiệp quý III/2015 với Liên đoàn Lao động tỉnh, Hiệp hội Doanh nghiệp tỉnh và Ban Quản lý các khu kinh tế. Đồng chí Huỳnh Thị Ngọc Trâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, trong quý, trên địa bàn tỉnh xảy ra 14 cuộc ngừng việc tập thể với khoảng 6.300 công nhân tham gia, chủ yếu tại các doanh nghiệp có vốn nước ngoài ở xã Đức Hòa Hạ và xã Long Hiệp; các vụ việc đều được giải quyết trong ngày. Liên đoàn Lao động tỉnh đã thành lập 18 công đoàn cơ sở, kết nạp 9.600 đoàn viên công đoàn mới, nâng số công đoàn cơ sở trong doanh nghiệp ngoài nhà nước lên 126. Trên 85% doanh nghiệp có công đoàn đã ký thỏa ước lao động tập thể.
Thực hiện Quy chế phối hợp số 03-QCPH/BDVTU-LĐLĐ giữa Ban Dân vận Tỉnh ủy và Liên đoàn Lao động tỉnh, các lực lượng đã tổ chức 42 buổi đối thoại tại nơi làm việc, tiếp nhận 215 ý kiến của người lao động. Ban Dân vận Tỉnh ủy cũng ban hành hướng dẫn số 08-HD/BDVTU về xây dựng mô hình "Dân vận khéo" trong doanh nghiệp; đến nay có 31 mô hình được công nhận.
Tại buổi giao ban, đồng chí Đoàn Văn Sáu, Phó Chủ tịch Liên đoàn Lao động tỉnh, đề nghị các chủ doanh nghiệp trích đủ 2% kinh phí công đoàn. Bà Lâm Thị Kiều Oanh, Phó Chủ tịch Thường trực Hiệp hội Doanh nghiệp tỉnh, cho biết hiệp hội đã vận động hội viên ủng hộ gần 1,2 tỷ đồng xây "Mái ấm công đoàn". Đồng chí Võ Minh Triết, HUV, Trưởng Ban Dân vận Huyện ủy Đức Hòa, nêu khó khăn khi nắm tình hình công nhân ở các khu nhà trọ.
Các đại biểu cũng chỉ ra một số hạn chế: việc nắm tình hình tư tưởng công nhân ở khu nhà trọ còn chậm; một số chủ doanh nghiệp chưa thực hiện đúng quy định về tiền lương, bảo hiểm, thời giờ làm việc; phối hợp giữa cấp ủy địa phương với công đoàn cơ sở trong xử lý ngừng việc tập thể có lúc chưa chặt chẽ, thông tin báo cáo chưa kịp thời.
Kết luận giao ban, đồng chí Huỳnh Thị Ngọc Trâm yêu cầu tiếp tục quán triệt Nghị quyết số 20-NQ/TW ngày 28/1/2008 của BCH Trung ương (khóa X) về tiếp tục xây dựng giai cấp công nhân; chuẩn bị tốt các điều kiện để quý IV thành lập thêm ít nhất 5 chi bộ đảng trong doanh nghiệp tư nhân theo Kế hoạch 86, 87-KH/TU của Tỉnh ủy; nắm chắc tư tưởng công nhân trước Tết Nguyên đán.
Ngọc Hân
Các tin khác
- Đức Hòa: đối thoại với 500 công nhân khu công nghiệp (08/10/2015)
- Trao 30 "Mái ấm công đoàn" cho công nhân khó khăn (25/09/2015)
- Ra mắt Chi bộ Công ty TNHH Giày Long Hiệp (11/09/2015)
""", "2015-10-15", "Giao ban công tác dân vận khối doanh nghiệp quý III",
E("giao_ban", "2015-Q3", "2015-10-14"),
[P("Huỳnh Thị Ngọc Trâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đoàn Văn Sáu", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Lâm Thị Kiều Oanh", "Phó Chủ tịch Thường trực Hiệp hội Doanh nghiệp tỉnh"),
 P("Võ Minh Triết", "HUV", "Trưởng Ban Dân vận Huyện ủy Đức Hòa")],
[Q("14 cuộc ngừng việc tập thể", 14, "cuộc ngừng việc tập thể"), Q("khoảng 6.300 công nhân", 6300, "công nhân", "approx"),
 Q("18 công đoàn cơ sở", 18, "công đoàn cơ sở"), Q("9.600 đoàn viên công đoàn mới", 9600, "đoàn viên công đoàn mới"),
 Q("126", 126, "công đoàn cơ sở"), Q("Trên 85%", 85, "%", "over"), Q("42 buổi đối thoại", 42, "buổi đối thoại"),
 Q("215 ý kiến", 215, "ý kiến"), Q("31 mô hình", 31, "mô hình"), Q("2%", 2, "%"),
 Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("ít nhất 5 chi bộ đảng", 5, "chi bộ đảng", "over")],
[D("Quy chế phối hợp", "03", "QCPH/BDVTU-LĐLĐ", None, None, "Quy chế phối hợp số 03-QCPH/BDVTU-LĐLĐ"),
 D("Hướng dẫn", "08", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 08-HD/BDVTU"),
 D("Nghị quyết", "20", "NQ/TW", "2008-01-28", "BCH Trung ương", "Nghị quyết số 20-NQ/TW ngày 28/1/2008"),
 D("Kế hoạch", "86", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 86, 87-KH/TU"),
 D("Kế hoạch", "87", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 86, 87-KH/TU")],
[prov("Long An"), com("Đức Hòa Hạ"), com("Long Hiệp")],
["BAN DÂN VẬN TỈNH ỦY LONG AN", "Vị trí: Trang chủ >> Hoạt động >> Dân vận trong doanh nghiệp", "Dân vận khéo",
 "Mái ấm công đoàn", "Thứ Năm, 22/10/2015"],
["Thứ Năm, 22/10/2015", "15/10/2015 - 10:05", "quý III/2015", "khóa X", "quý IV"]))

PAGES.append(page("b5410-thainguyen-btctu-taphuan-2016", """
BÁO THÁI NGUYÊN ĐIỆN TỬ
Xây dựng Đảng - Chính quyền
Thứ Ba, 10/05/2016
Tập huấn nghiệp vụ công tác đảng cho cấp ủy viên trong doanh nghiệp ngoài nhà nước
Trong 2 ngày 9 và 10/5, Đảng ủy Khối Doanh nghiệp tỉnh Thái Nguyên phối hợp với Trường Chính trị tỉnh tổ chức lớp tập huấn nghiệp vụ công tác đảng năm 2016 cho 145 học viên là bí thư, phó bí thư, cấp ủy viên chi bộ, đảng bộ trong doanh nghiệp ngoài nhà nước.
Các học viên tại lớp tập huấn. Ảnh: Thu Hà
Dự khai mạc có đồng chí Ma Thị Nguyệt, Tỉnh ủy viên, Phó Trưởng Ban Tổ chức Tỉnh ủy; đồng chí Hoàng Văn Lục, Bí thư Đảng ủy Khối Doanh nghiệp tỉnh.
Trong 2 ngày, các học viên được truyền đạt 8 chuyên đề: quy trình kết nạp đảng viên, ghi chép sổ sách, quản lý hồ sơ đảng viên, nội dung sinh hoạt chi bộ, công tác kiểm tra, giám sát trong doanh nghiệp tư nhân, thu nộp đảng phí... Báo cáo viên TS. Dương Văn Khánh, Phó Hiệu trưởng Trường Chính trị tỉnh, giới thiệu những điểm mới của Hướng dẫn số 21-HD/BTCTW ngày 14/11/2015 của Ban Tổ chức Trung ương và Quy định số 05, 06-QĐi/ĐUK của Ban Thường vụ Đảng ủy Khối về chức năng, nhiệm vụ của chi bộ trong doanh nghiệp tư nhân.
Hiện Đảng bộ Khối có 62 doanh nghiệp ngoài nhà nước có tổ chức đảng với hơn 1.400 đảng viên; khoảng 30% bí thư chi bộ đồng thời là chủ doanh nghiệp hoặc thành viên hội đồng quản trị. Năm 2015, các chi bộ đã kết nạp 96 đảng viên mới, 100% chi bộ duy trì sinh hoạt định kỳ hằng tháng.
Chia sẻ tại lớp học, đồng chí Lý Thị Sắn, người dân tộc Dao, Bí thư Chi bộ Công ty TNHH Chè Tân Cương Xanh ở xã Phúc Xuân, cho biết chi bộ có 14 đảng viên, đã vận động 230 hộ trồng chè liên kết với công ty theo quy trình VietGAP. Đồng chí Nông Quốc Toản, Giám đốc Công ty cổ phần Cơ khí Gang Thép, Bí thư Đảng bộ công ty, đề nghị tổ chức thêm lớp bồi dưỡng cho đảng viên là người quản lý.
Theo các học viên, khó khăn lớn nhất hiện nay là đảng viên trong doanh nghiệp tư nhân làm việc theo ca, khó bố trí thời gian sinh hoạt; nhiều chi bộ chưa xây dựng được nội dung sinh hoạt chuyên đề phù hợp với đặc thù sản xuất, kinh doanh; việc phối hợp giữa chi bộ doanh nghiệp với cấp ủy nơi cư trú để quản lý đảng viên còn lỏng lẻo.
Ông Hoàng Văn Lục cho biết năm 2016 Đảng ủy Khối phấn đấu kết nạp trên 120 đảng viên, thành lập mới 8 tổ chức đảng; bố trí khoảng 500 triệu đồng từ ngân sách hỗ trợ hoạt động chi bộ theo Quyết định số 1023/QĐ-UBND ngày 25/4/2016 của UBND tỉnh. Kết thúc lớp, các học viên làm bài thu hoạch, 100% đạt yêu cầu.
Thu Hà
Tin cùng chuyên mục
- Đại Từ: thành lập chi bộ đảng đầu tiên trong hợp tác xã (28/04/2016)
- Kết nạp 15 đảng viên là công nhân Công ty Samsung (15/04/2016)
- Bồi dưỡng lý luận chính trị cho 80 quần chúng ưu tú (01/04/2016)
""", "2016-05-10", "Tập huấn nghiệp vụ công tác đảng cho cấp ủy viên trong doanh nghiệp ngoài nhà nước",
E("tap_huan", "2016", "2016-05-09"),
[P("Ma Thị Nguyệt", "Tỉnh ủy viên", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Hoàng Văn Lục", "Bí thư Đảng ủy Khối Doanh nghiệp tỉnh"),
 P("Dương Văn Khánh", "TS.", "Phó Hiệu trưởng Trường Chính trị tỉnh"),
 P("Lý Thị Sắn", "Bí thư Chi bộ Công ty TNHH Chè Tân Cương Xanh"),
 P("Nông Quốc Toản", "Giám đốc Công ty cổ phần Cơ khí Gang Thép", "Bí thư Đảng bộ công ty")],
[Q("145 học viên", 145, "học viên"), Q("8 chuyên đề", 8, "chuyên đề"), Q("62 doanh nghiệp ngoài nhà nước", 62, "doanh nghiệp ngoài nhà nước"),
 Q("hơn 1.400 đảng viên", 1400, "đảng viên", "over"), Q("khoảng 30%", 30, "%", "approx"),
 Q("96 đảng viên mới", 96, "đảng viên mới"), Q("100% chi bộ", 100, "%"), Q("14 đảng viên", 14, "đảng viên"),
 Q("230 hộ", 230, "hộ"), Q("trên 120 đảng viên", 120, "đảng viên", "over"), Q("8 tổ chức đảng", 8, "tổ chức đảng"),
 Q("khoảng 500 triệu đồng", 500000000, "đồng", "approx"), Q("100% đạt yêu cầu", 100, "%")],
[D("Hướng dẫn", "21", "HD/BTCTW", "2015-11-14", "Ban Tổ chức Trung ương", "Hướng dẫn số 21-HD/BTCTW ngày 14/11/2015"),
 D("Quy định", "05", "QĐi/ĐUK", None, "Ban Thường vụ Đảng ủy Khối", "Quy định số 05, 06-QĐi/ĐUK"),
 D("Quy định", "06", "QĐi/ĐUK", None, "Ban Thường vụ Đảng ủy Khối", "Quy định số 05, 06-QĐi/ĐUK"),
 D("Quyết định", "1023", "QĐ-UBND", "2016-04-25", "UBND tỉnh", "Quyết định số 1023/QĐ-UBND ngày 25/4/2016")],
[prov("Thái Nguyên"), com("Phúc Xuân")],
["BÁO THÁI NGUYÊN ĐIỆN TỬ", "Xây dựng Đảng - Chính quyền", "Các học viên tại lớp tập huấn. Ảnh: Thu Hà",
 "VietGAP", "Công ty TNHH Chè Tân Cương Xanh"],
["Thứ Ba, 10/05/2016", "2 ngày", "năm 2016", "Năm 2015"]))
