from lib import *
PAGES = []

PAGES.append(page("b3437-binhduong-hhdn-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ HIỆP HỘI DOANH NGHIỆP TỈNH BÌNH DƯƠNG
Trang chủ > Tin hoạt động > Hoạt động Hiệp hội
Thứ Sáu, 16/12/2011 - 16:40
Quang cảnh hội nghị. Ảnh: Minh Khoa
Hiệp hội Doanh nghiệp tỉnh tổng kết hoạt động năm 2011
Chiều 15/12/2011, tại Thủ Dầu Một, Hiệp hội Doanh nghiệp tỉnh Bình Dương tổ chức hội nghị tổng kết hoạt động năm 2011 và triển khai chương trình công tác năm 2012. Dự hội nghị có đồng chí Lê Thanh Cung, Phó Chủ tịch UBND tỉnh; ông Nguyễn Văn Hùng, Chủ tịch Hiệp hội Doanh nghiệp tỉnh cùng hơn 300 hội viên là giám đốc, chủ doanh nghiệp trên địa bàn.
Theo báo cáo, năm 2011 dù gặp nhiều khó khăn do lãi suất ngân hàng tăng cao, các hội viên vẫn duy trì sản xuất, giải quyết việc làm cho khoảng 85.000 lao động. Hiệp hội kết nạp 46 hội viên mới, nâng tổng số hội viên lên 512 doanh nghiệp. Hiệp hội đã phối hợp Sở Kế hoạch và Đầu tư tổ chức 4 cuộc gặp gỡ giữa lãnh đạo tỉnh với doanh nghiệp, tập hợp 73 kiến nghị gửi các sở, ngành.
Thực hiện Nghị quyết số 09-NQ/TW ngày 9/12/2011 của Bộ Chính trị về xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa và hội nhập quốc tế, Hiệp hội đề ra kế hoạch tuyên truyền đến toàn thể hội viên ngay từ đầu năm 2012. Các doanh nghiệp hội viên cũng hưởng ứng cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" với nhiều chương trình bán hàng bình ổn giá.
Về công tác xã hội, các doanh nghiệp hội viên đã đóng góp trên 12,5 tỷ đồng cho Quỹ "Vì người nghèo", xây 65 căn nhà đại đoàn kết, trao 1.200 suất học bổng cho học sinh nghèo hiếu học. Bà Trần Thị Kim Liên, Phó Chủ tịch Hiệp hội, Giám đốc Công ty TNHH Kim Liên, cho biết riêng doanh nghiệp bà đã hỗ trợ 400 triệu đồng xây trường mẫu giáo ở xã Tân Định.
Tại hội nghị, nhiều doanh nghiệp phản ánh khó khăn về mặt bằng sản xuất, thủ tục hải quan và tiếp cận vốn vay. Ông Phạm Hữu Thắng, Giám đốc Công ty cổ phần Thắng Lợi ở phường Lái Thiêu, đề nghị ngân hàng giảm lãi suất cho doanh nghiệp nhỏ và vừa.
Phát biểu chỉ đạo, đồng chí Lê Thanh Cung ghi nhận đóng góp của cộng đồng doanh nghiệp, đề nghị Hiệp hội thực hiện tốt Quyết định số 2657/QĐ-UBND ngày 12/10/2011 của UBND tỉnh về quy chế phối hợp giữa chính quyền và Hiệp hội, làm cầu nối phản ánh kịp thời khó khăn của doanh nghiệp.
Dịp này, UBND tỉnh tặng bằng khen cho 18 doanh nghiệp và 9 doanh nhân có thành tích xuất sắc trong sản xuất kinh doanh và công tác an sinh xã hội năm 2011.
Minh Khoa
Lượt truy cập: 1.204.339
Tin liên quan
- Doanh nghiệp Bình Dương chung tay vì người nghèo (30/11/2011)
- Gặp mặt doanh nhân nhân Ngày Doanh nhân Việt Nam 13/10 (14/10/2011)
- Hiệp hội Doanh nghiệp tỉnh tiếp đoàn doanh nghiệp Hàn Quốc (20/09/2011)
""", "2011-12-16", "Hiệp hội Doanh nghiệp tỉnh tổng kết hoạt động năm 2011",
E("tong_ket", "2011", "2011-12-15"),
[P("Lê Thanh Cung", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Văn Hùng", "Chủ tịch Hiệp hội Doanh nghiệp tỉnh"),
 P("Trần Thị Kim Liên", "Phó Chủ tịch Hiệp hội", "Giám đốc Công ty TNHH Kim Liên"),
 P("Phạm Hữu Thắng", "Giám đốc Công ty cổ phần Thắng Lợi")],
[Q("hơn 300 hội viên", 300, "hội viên", "over"), Q("khoảng 85.000 lao động", 85000, "lao động", "approx"),
 Q("46 hội viên mới", 46, "hội viên mới"), Q("512 doanh nghiệp", 512, "doanh nghiệp"),
 Q("4 cuộc gặp gỡ", 4, "cuộc gặp gỡ"), Q("73 kiến nghị", 73, "kiến nghị"),
 Q("trên 12,5 tỷ đồng", 12500000000, "đồng", "over"), Q("65 căn nhà đại đoàn kết", 65, "căn nhà đại đoàn kết"),
 Q("1.200 suất học bổng", 1200, "suất học bổng"), Q("400 triệu đồng", 400000000, "đồng"),
 Q("18 doanh nghiệp", 18, "doanh nghiệp"), Q("9 doanh nhân", 9, "doanh nhân")],
[D("Nghị quyết", "09", "NQ/TW", "2011-12-09", "Bộ Chính trị", "Nghị quyết số 09-NQ/TW ngày 9/12/2011"),
 D("Quyết định", "2657", "QĐ-UBND", "2011-10-12", "UBND tỉnh", "Quyết định số 2657/QĐ-UBND ngày 12/10/2011")],
[prov("Bình Dương"), com("Tân Định"), com("Lái Thiêu")],
["CỔNG THÔNG TIN ĐIỆN TỬ HIỆP HỘI DOANH NGHIỆP TỈNH BÌNH DƯƠNG", "Trang chủ > Tin hoạt động > Hoạt động Hiệp hội",
 "Quang cảnh hội nghị. Ảnh: Minh Khoa", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Vì người nghèo",
 "Công ty TNHH Kim Liên", "Công ty cổ phần Thắng Lợi", "Thủ Dầu Một", "Lượt truy cập: 1.204.339"],
["Thứ Sáu, 16/12/2011 - 16:40", "năm 2011", "năm 2012", "Lượt truy cập: 1.204.339"]))

PAGES.append(page("b3438-dongnai-dukdn-soket-2012", """
Đảng ủy Khối Doanh nghiệp tỉnh Đồng Nai
Tin tức - Sự kiện / Xây dựng Đảng
Cập nhật: 08:20, 20/07/2012 (GMT+7)
Đồng chí Vũ Đức Tân phát biểu tại hội nghị.
Đẩy mạnh xây dựng tổ chức đảng trong doanh nghiệp ngoài nhà nước
Ngày 18/7, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2012 và triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Vũ Đức Tân, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối Doanh nghiệp tỉnh chủ trì hội nghị.
Báo cáo do đồng chí Hồ Thị Ngọc Bích, Phó Bí thư Thường trực Đảng ủy Khối trình bày nêu rõ, 6 tháng đầu năm, Đảng ủy Khối đã thành lập mới 7 tổ chức cơ sở đảng trong doanh nghiệp tư nhân, doanh nghiệp có vốn đầu tư nước ngoài, nâng tổng số lên 41 chi bộ, đảng bộ cơ sở ngoài khu vực nhà nước. Toàn Đảng bộ Khối kết nạp 138 đảng viên mới, trong đó 52 đảng viên là công nhân trực tiếp sản xuất; đạt 57,5% chỉ tiêu năm.
Đảng ủy Khối đã ban hành Kế hoạch số 34-KH/ĐUK ngày 05/3/2012 thực hiện Kết luận số 80-KL/TW của Ban Bí thư về tiếp tục đẩy mạnh xây dựng tổ chức đảng, đoàn thể trong doanh nghiệp tư nhân, và Hướng dẫn số 06-HD/ĐUK về sinh hoạt chi bộ trong doanh nghiệp có vốn đầu tư nước ngoài. Tuy nhiên, việc phát triển đảng viên ở nhiều doanh nghiệp còn khó khăn do chủ doanh nghiệp chưa quan tâm, công nhân biến động thường xuyên; còn khoảng 1.700 doanh nghiệp có trên 30 lao động nhưng chưa có tổ chức đảng.
Tại hội nghị, ông Lâm Quốc Huy, Bí thư Chi bộ, Phó Tổng Giám đốc Công ty TNHH Tân Phú Cường ở xã An Phước, chia sẻ cách thuyết phục chủ doanh nghiệp bố trí phòng sinh hoạt và thời gian cho đảng viên. Bà Phan Thị Lệ, Bí thư Đảng ủy Công ty cổ phần Đồng Tiến, cho biết đảng bộ đã vận động 1.450 công nhân đóng góp hơn 180 triệu đồng lập quỹ "Tấm lưới an sinh" giúp công nhân khó khăn.
Kết luận hội nghị, đồng chí Vũ Đức Tân yêu cầu 6 tháng cuối năm các cấp ủy trực thuộc tập trung thực hiện Nghị quyết Trung ương 4 (khóa XI) về một số vấn đề cấp bách trong xây dựng Đảng; phối hợp các huyện ủy khảo sát, phấn đấu thành lập thêm ít nhất 10 tổ chức đảng trong doanh nghiệp tư nhân trước ngày 31/12/2012. Đồng chí cũng đề nghị Công đoàn và Đoàn Thanh niên Khối phối hợp giới thiệu quần chúng ưu tú trong công nhân cho chi bộ bồi dưỡng, xem xét kết nạp.
Đ.T
Tin khác
- Thành lập Chi bộ Công ty TNHH Hưng Thịnh (10/07/2012)
- Hội thi Bí thư chi bộ giỏi khối doanh nghiệp (25/06/2012)
- Khai giảng lớp bồi dưỡng nhận thức về Đảng cho công nhân (12/06/2012)
- Đảng bộ Công ty Tín Nghĩa kết nạp 15 đảng viên mới (30/05/2012)
- Kiểm tra công tác tổ chức đảng tại Khu công nghiệp Nhơn Trạch (16/05/2012)
""", "2012-07-20", "Đẩy mạnh xây dựng tổ chức đảng trong doanh nghiệp ngoài nhà nước",
E("so_ket", "2012-H1", "2012-07-18"),
[P("Vũ Đức Tân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy Khối Doanh nghiệp tỉnh"),
 P("Hồ Thị Ngọc Bích", "Phó Bí thư Thường trực Đảng ủy Khối"),
 P("Lâm Quốc Huy", "Bí thư Chi bộ", "Phó Tổng Giám đốc Công ty TNHH Tân Phú Cường"),
 P("Phan Thị Lệ", "Bí thư Đảng ủy Công ty cổ phần Đồng Tiến")],
[Q("7 tổ chức cơ sở đảng", 7, "tổ chức cơ sở đảng"), Q("41 chi bộ, đảng bộ cơ sở", 41, "chi bộ, đảng bộ cơ sở"),
 Q("138 đảng viên mới", 138, "đảng viên mới"), Q("52 đảng viên", 52, "đảng viên"), Q("57,5%", 57.5, "%"),
 Q("khoảng 1.700 doanh nghiệp", 1700, "doanh nghiệp", "approx"), Q("trên 30 lao động", 30, "lao động", "over"),
 Q("1.450 công nhân", 1450, "công nhân"), Q("hơn 180 triệu đồng", 180000000, "đồng", "over"),
 Q("ít nhất 10 tổ chức đảng", 10, "tổ chức đảng", "over")],
[D("Kế hoạch", "34", "KH/ĐUK", "2012-03-05", "Đảng ủy Khối", "Kế hoạch số 34-KH/ĐUK ngày 05/3/2012"),
 D("Kết luận", "80", "KL/TW", None, "Ban Bí thư", "Kết luận số 80-KL/TW của Ban Bí thư"),
 D("Hướng dẫn", "06", "HD/ĐUK", None, "Đảng ủy Khối", "Hướng dẫn số 06-HD/ĐUK")],
[prov("Đồng Nai"), com("An Phước")],
["Đảng ủy Khối Doanh nghiệp tỉnh Đồng Nai", "Tin tức - Sự kiện / Xây dựng Đảng", "Đồng chí Vũ Đức Tân phát biểu tại hội nghị.",
 "Tấm lưới an sinh", "Nghị quyết Trung ương 4 (khóa XI)", "Công ty TNHH Tân Phú Cường", "Công ty cổ phần Đồng Tiến"],
["Cập nhật: 08:20, 20/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "Nghị quyết Trung ương 4", "31/12/2012"]))

PAGES.append(page("b3439-laocai-ubnd-doithoai-2013", """
BÁO LÀO CAI ĐIỆN TỬ
Kinh tế | Doanh nghiệp - Doanh nhân
08:15 | 08/11/2013
Bạn đang ở: Trang chủ > Kinh tế
Toàn cảnh buổi đối thoại. Ảnh: Hồng Duyên
Chủ tịch UBND tỉnh đối thoại với hơn 200 doanh nghiệp
(BLC) - Sáng 7/11, UBND tỉnh Lào Cai tổ chức hội nghị đối thoại giữa lãnh đạo tỉnh với doanh nghiệp năm 2013. Đồng chí Doãn Văn Hưởng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; cùng dự có các đồng chí Phó Chủ tịch UBND tỉnh: Nguyễn Văn Vịnh, Đặng Xuân Phong và lãnh đạo các sở, ngành. Hơn 200 doanh nghiệp, hợp tác xã trong tỉnh tham dự.
Trước hội nghị, Hiệp hội Doanh nghiệp tỉnh đã tổng hợp 47 ý kiến, kiến nghị của doanh nghiệp, tập trung vào thủ tục đất đai, thuế, giải phóng mặt bằng và hạ tầng tại Khu công nghiệp Tằng Loỏng, Khu kinh tế cửa khẩu. Tại hội nghị, lãnh đạo các sở đã trả lời trực tiếp 32 ý kiến; các ý kiến còn lại được giao trả lời bằng văn bản trước ngày 30/11.
Ông Giàng Seo Phử, Giám đốc Hợp tác xã Chè Tả Phìn ở xã Tả Phìn, huyện Sa Pa, phản ánh khó khăn khi vay vốn mở rộng vùng chè shan tuyết, đề nghị tỉnh hỗ trợ lãi suất. Bà Hoàng Thị Dín, Chủ tịch Hội Doanh nhân nữ tỉnh, Giám đốc Công ty TNHH Dín Hoa, kiến nghị đơn giản hóa thủ tục xuất khẩu nông sản qua cửa khẩu Kim Thành. Ông Lù Văn Pao, chủ doanh nghiệp tư nhân vận tải Pao Phát ở phường Kim Tân, đề nghị sớm sửa chữa tuyến đường vào cửa khẩu.
Trả lời các kiến nghị, ông Sùng A Hồ, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết năm 2013 tỉnh đã dành khoảng 15 tỷ đồng hỗ trợ doanh nghiệp, hợp tác xã đầu tư vào nông nghiệp theo Nghị định số 61/2010/NĐ-CP của Chính phủ; sở sẽ hướng dẫn hồ sơ để Hợp tác xã Chè Tả Phìn được hưởng chính sách.
Phát biểu kết luận, đồng chí Doãn Văn Hưởng khẳng định tỉnh luôn đồng hành cùng doanh nghiệp, yêu cầu các sở, ngành thực hiện nghiêm Chỉ thị số 11/CT-UBND ngày 15/4/2013 của UBND tỉnh về cải thiện môi trường đầu tư, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI); công khai đường dây nóng tiếp nhận phản ánh; người đứng đầu phải chịu trách nhiệm nếu để hồ sơ của doanh nghiệp chậm quá hạn.
Theo số liệu của Sở Kế hoạch và Đầu tư, đến tháng 10/2013 toàn tỉnh có 1.306 doanh nghiệp đang hoạt động với tổng vốn đăng ký khoảng 21.000 tỷ đồng; 10 tháng năm 2013 có 142 doanh nghiệp thành lập mới. Năm 2012, chỉ số PCI của Lào Cai xếp thứ 7 cả nước.
Hồng Duyên
Lượt xem: 2.418
Tin liên quan
- Lào Cai: 142 doanh nghiệp thành lập mới trong 10 tháng (01/11/2013)
- Gặp mặt doanh nhân nhân ngày 13/10 (14/10/2013)
- Hiệp hội Doanh nghiệp tỉnh đại hội nhiệm kỳ mới (20/08/2013)
""", "2013-11-08", "Chủ tịch UBND tỉnh đối thoại với hơn 200 doanh nghiệp",
E("doi_thoai", "2013", "2013-11-07"),
[P("Doãn Văn Hưởng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Văn Vịnh", "Phó Chủ tịch UBND tỉnh"), P("Đặng Xuân Phong", "Phó Chủ tịch UBND tỉnh"),
 P("Giàng Seo Phử", "Giám đốc Hợp tác xã Chè Tả Phìn"),
 P("Hoàng Thị Dín", "Chủ tịch Hội Doanh nhân nữ tỉnh", "Giám đốc Công ty TNHH Dín Hoa"),
 P("Lù Văn Pao", "chủ doanh nghiệp tư nhân vận tải Pao Phát"),
 P("Sùng A Hồ", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn")],
[Q("Hơn 200 doanh nghiệp, hợp tác xã", 200, "doanh nghiệp, hợp tác xã", "over"),
 Q("47 ý kiến, kiến nghị", 47, "ý kiến, kiến nghị"), Q("32 ý kiến", 32, "ý kiến"),
 Q("khoảng 15 tỷ đồng", 15000000000, "đồng", "approx"), Q("1.306 doanh nghiệp", 1306, "doanh nghiệp"),
 Q("khoảng 21.000 tỷ đồng", 21000000000000, "đồng", "approx"), Q("142 doanh nghiệp", 142, "doanh nghiệp")],
[D("Nghị định", "61", "2010/NĐ-CP", None, "Chính phủ", "Nghị định số 61/2010/NĐ-CP của Chính phủ"),
 D("Chỉ thị", "11", "CT-UBND", "2013-04-15", "UBND tỉnh", "Chỉ thị số 11/CT-UBND ngày 15/4/2013")],
[prov("Lào Cai"), com("Tả Phìn"), com("Kim Tân")],
["BÁO LÀO CAI ĐIỆN TỬ", "Kinh tế | Doanh nghiệp - Doanh nhân", "Bạn đang ở: Trang chủ > Kinh tế",
 "Toàn cảnh buổi đối thoại. Ảnh: Hồng Duyên", "(BLC)", "Hợp tác xã Chè Tả Phìn", "Công ty TNHH Dín Hoa", "Pao Phát",
 "Khu công nghiệp Tằng Loỏng", "PCI", "Lượt xem: 2.418"],
["08:15 | 08/11/2013", "năm 2013", "30/11", "tháng 10/2013", "10 tháng năm 2013", "thứ 7", "Lượt xem: 2.418"]))

PAGES.append(page("b3440-quangnam-doanhnhan-traoqua-2014", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM
Trang chủ | Hoạt động | An sinh xã hội
Ngày đăng 22/01/2014 | 10:30
Doanh nhân mang Tết đến với đồng bào Cơ Tu vùng cao
Ngày 20/1, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Câu lạc bộ Doanh nhân Quảng Nam tại Đà Nẵng tổ chức trao quà Tết cho đồng bào nghèo các xã vùng cao huyện Tây Giang và Đông Giang. Tham gia đoàn có bà Đinh Thị Phương Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và ông Trương Văn Mười, Chủ nhiệm Câu lạc bộ Doanh nhân Quảng Nam tại Đà Nẵng.
Ông Trương Văn Mười trao quà cho người dân xã A Tiêng.
Tại xã A Tiêng và xã Ba, đoàn đã trao 600 phần quà Tết, mỗi phần gồm 10 kg gạo, dầu ăn, bánh kẹo và 300.000 đồng tiền mặt, tổng trị giá khoảng 420 triệu đồng. Đoàn cũng trao 150 chiếc chăn ấm cho trẻ em và người già, và 2 bồn nước sạch cho điểm trường thôn Agrồng.
Ông Bríu Pố, Chủ tịch UBND xã A Tiêng, cho biết xã có 312 hộ nghèo, chiếm 58,4% số hộ; nhiều năm qua nhờ sự chung tay của các doanh nghiệp mà bà con có cái Tết đầm ấm hơn. Già làng Alăng Avợt ở thôn Agrồng xúc động chia sẻ đây là lần thứ ba đoàn doanh nhân về với bà con.
Thay mặt Câu lạc bộ, ông Trương Văn Mười cho biết năm 2013, hội viên câu lạc bộ đã ủng hộ hơn 2,1 tỷ đồng cho các hoạt động an sinh xã hội ở quê nhà, trong đó 800 triệu đồng xây 16 căn nhà đại đoàn kết cho hộ nghèo người Cơ Tu. Bà Zơ Râm Thị Lan, Giám đốc Công ty TNHH Lan Hương, tặng thêm 50 suất học bổng, mỗi suất 1 triệu đồng, cho học sinh Trường Phổ thông dân tộc bán trú xã Ba.
Bà Đinh Thị Phương Lan ghi nhận tấm lòng của các doanh nhân xa quê, đề nghị chính quyền các xã phân phát quà đúng đối tượng, công khai, minh bạch theo tinh thần Quyết định số 45/QĐ-MTTQ-BTT ngày 05/12/2013 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động, tiếp nhận và phân phối quà Tết Giáp Ngọ 2014. Tết năm nay, toàn tỉnh đã vận động được hơn 14.000 suất quà từ các doanh nghiệp, nhà hảo tâm.
Cùng ngày, đoàn đến thăm, tặng quà Đồn Biên phòng Ga Ry và tặng 20 phần quà cho cán bộ, chiến sĩ có hoàn cảnh khó khăn. Ông Pơloong Bhiếc, Bí thư Đảng ủy xã Ba, bày tỏ cảm ơn và mong các doanh nghiệp tiếp tục nghiên cứu đầu tư trồng rừng, dược liệu để tạo việc làm cho thanh niên địa phương.
Đoàn Ngọc
Số lượt truy cập: 332.781
Các tin đã đưa
- Mặt trận tỉnh phát động Tết vì người nghèo Giáp Ngọ 2014 (06/12/2013)
- Trao 30 nhà Đại đoàn kết ở huyện Nam Giang (22/11/2013)
- Hội nghị hiệp thương lần thứ hai (15/10/2013)
- Doanh nghiệp chung tay xây dựng nông thôn mới ở miền núi (02/10/2013)
- Ra mắt Câu lạc bộ Doanh nhân Quảng Nam tại Đà Nẵng (18/09/2013)
""", "2014-01-22", "Doanh nhân mang Tết đến với đồng bào Cơ Tu vùng cao",
E("trao_qua", None, "2014-01-20"),
[P("Đinh Thị Phương Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Văn Mười", "Chủ nhiệm Câu lạc bộ Doanh nhân Quảng Nam tại Đà Nẵng"),
 P("Bríu Pố", "Chủ tịch UBND xã A Tiêng"), P("Alăng Avợt", "Già làng"),
 P("Zơ Râm Thị Lan", "Giám đốc Công ty TNHH Lan Hương"), P("Pơloong Bhiếc", "Bí thư Đảng ủy xã Ba")],
[Q("600 phần quà Tết", 600, "phần quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("khoảng 420 triệu đồng", 420000000, "đồng", "approx"), Q("150 chiếc chăn ấm", 150, "chiếc chăn ấm"),
 Q("2 bồn nước sạch", 2, "bồn nước sạch"), Q("312 hộ nghèo", 312, "hộ nghèo"), Q("58,4%", 58.4, "%"),
 Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("800 triệu đồng", 800000000, "đồng"),
 Q("16 căn nhà đại đoàn kết", 16, "căn nhà đại đoàn kết"), Q("50 suất học bổng", 50, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("hơn 14.000 suất quà", 14000, "suất quà", "over"), Q("20 phần quà", 20, "phần quà")],
[D("Quyết định", "45", "QĐ-MTTQ-BTT", "2013-12-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 45/QĐ-MTTQ-BTT ngày 05/12/2013")],
[prov("Quảng Nam"), com("A Tiêng"), com("Ba")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM", "Trang chủ | Hoạt động | An sinh xã hội",
 "Ông Trương Văn Mười trao quà cho người dân xã A Tiêng.", "Câu lạc bộ Doanh nhân Quảng Nam tại Đà Nẵng",
 "Đồn Biên phòng Ga Ry", "Công ty TNHH Lan Hương", "Số lượt truy cập: 332.781"],
["Ngày đăng 22/01/2014 | 10:30", "lần thứ ba", "năm 2013", "Giáp Ngọ 2014", "Số lượt truy cập: 332.781"]))

PAGES.append(page("b3441-cantho-hdnt-daihoi-2015", """
HỘI DOANH NHÂN TRẺ THÀNH PHỐ CẦN THƠ
Trang chủ » Tin tức » Hoạt động Hội
13-10-2015 09:40
Đại hội đại biểu Hội Doanh nhân trẻ thành phố Cần Thơ lần thứ IV, nhiệm kỳ 2015 - 2020
Ngày 11/10/2015, Hội Doanh nhân trẻ thành phố Cần Thơ tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2015 - 2020. Dự đại hội có đồng chí Trần Quốc Trung, Phó Bí thư Thành ủy; đồng chí Đào Anh Dũng, Phó Chủ tịch UBND thành phố; ông Đặng Hồng Anh, Chủ tịch Hội Doanh nhân trẻ Việt Nam cùng 250 đại biểu đại diện cho hơn 400 hội viên.
Các đại biểu dự đại hội chụp ảnh lưu niệm.
Nhiệm kỳ 2010 - 2015, Hội đã phát triển thêm 138 hội viên, tổ chức 26 lớp đào tạo kỹ năng quản trị cho hơn 1.500 lượt doanh nhân trẻ. Các doanh nghiệp hội viên tạo việc làm cho khoảng 32.000 lao động, đóng góp cho công tác an sinh xã hội trên 9 tỷ đồng, trong đó xây tặng 42 căn nhà tình thương và trao 3.200 phần quà Tết cho hộ nghèo. Chương trình "Tiếp sức khởi nghiệp" đã hỗ trợ 35 dự án khởi nghiệp của thanh niên với tổng số vốn 2,8 tỷ đồng.
Phát biểu tại đại hội, đồng chí Trần Quốc Trung đề nghị Hội tiếp tục quán triệt Nghị quyết số 09-NQ/TW của Bộ Chính trị về xây dựng và phát huy vai trò của đội ngũ doanh nhân, Chương trình hành động số 22-CTr/TU ngày 02/4/2012 của Thành ủy Cần Thơ thực hiện nghị quyết này; đồng thời quan tâm thành lập tổ chức đảng, đoàn thanh niên trong doanh nghiệp của hội viên. Hiện chỉ khoảng 12% doanh nghiệp hội viên có chi bộ đảng.
Đại hội đã hiệp thương cử 35 ủy viên Ban Chấp hành khóa IV. Ông Huỳnh Minh Trí, Tổng Giám đốc Công ty cổ phần Thủy sản Minh Trí, được tín nhiệm giữ chức Chủ tịch Hội Doanh nhân trẻ thành phố khóa IV. Các Phó Chủ tịch Hội gồm: bà Lý Thị Sa Rinh, ông Trương Quốc Vinh và ông Thạch Ngọc Sơn. Bà Lý Thị Sa Rinh là Giám đốc Công ty TNHH Gạo sạch Sa Rinh ở phường Long Hòa, một trong những doanh nhân người Khmer tiêu biểu của thành phố.
Nhân dịp này, Hội tặng 100 suất học bổng, mỗi suất 2 triệu đồng cho sinh viên Trường Đại học Cần Thơ có hoàn cảnh khó khăn; UBND thành phố tặng bằng khen cho 8 tập thể và 15 cá nhân có thành tích xuất sắc trong nhiệm kỳ qua.
Đại hội đề ra mục tiêu nhiệm kỳ 2015 - 2020 phát triển hội viên lên 600 người, phấn đấu 100% chi hội có mô hình hỗ trợ khởi nghiệp. Đại hội cũng thông qua chương trình phối hợp với Thành đoàn tư vấn, kết nối vốn cho thanh niên lập nghiệp ở các quận, huyện ngoại thành.
Ngọc Hân
Tin liên quan
- Gặp mặt doanh nhân trẻ nhân Ngày Doanh nhân Việt Nam (12/10/2015)
- Hội Doanh nhân trẻ trao học bổng cho sinh viên nghèo (20/08/2015)
- Hội thảo kết nối doanh nghiệp khởi nghiệp vùng đồng bằng sông Cửu Long (10/07/2015)
""", "2015-10-13", "Đại hội đại biểu Hội Doanh nhân trẻ thành phố Cần Thơ lần thứ IV, nhiệm kỳ 2015 - 2020",
E("dai_hoi", None, "2015-10-11"),
[P("Trần Quốc Trung", "Phó Bí thư Thành ủy"), P("Đào Anh Dũng", "Phó Chủ tịch UBND thành phố"),
 P("Đặng Hồng Anh", "Chủ tịch Hội Doanh nhân trẻ Việt Nam"),
 P("Huỳnh Minh Trí", "Tổng Giám đốc Công ty cổ phần Thủy sản Minh Trí", "Chủ tịch Hội Doanh nhân trẻ thành phố khóa IV"),
 P("Lý Thị Sa Rinh", "Phó Chủ tịch Hội", "Giám đốc Công ty TNHH Gạo sạch Sa Rinh"),
 P("Trương Quốc Vinh", "Phó Chủ tịch Hội"), P("Thạch Ngọc Sơn", "Phó Chủ tịch Hội")],
[Q("250 đại biểu", 250, "đại biểu"), Q("hơn 400 hội viên", 400, "hội viên", "over"), Q("138 hội viên", 138, "hội viên"),
 Q("26 lớp đào tạo kỹ năng quản trị", 26, "lớp đào tạo kỹ năng quản trị"),
 Q("hơn 1.500 lượt doanh nhân trẻ", 1500, "lượt doanh nhân trẻ", "over"),
 Q("khoảng 32.000 lao động", 32000, "lao động", "approx"), Q("trên 9 tỷ đồng", 9000000000, "đồng", "over"),
 Q("42 căn nhà tình thương", 42, "căn nhà tình thương"), Q("3.200 phần quà Tết", 3200, "phần quà"),
 Q("35 dự án khởi nghiệp", 35, "dự án khởi nghiệp"), Q("2,8 tỷ đồng", 2800000000, "đồng"),
 Q("khoảng 12%", 12, "%", "approx"), Q("35 ủy viên Ban Chấp hành", 35, "ủy viên Ban Chấp hành"),
 Q("100 suất học bổng", 100, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân"), Q("600 người", 600, "người"), Q("100% chi hội", 100, "%")],
[D("Nghị quyết", "09", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 09-NQ/TW của Bộ Chính trị"),
 D("Chương trình hành động", "22", "CTr/TU", "2012-04-02", "Thành ủy Cần Thơ", "Chương trình hành động số 22-CTr/TU ngày 02/4/2012")],
[prov("Cần Thơ"), com("Long Hòa")],
["HỘI DOANH NHÂN TRẺ THÀNH PHỐ CẦN THƠ", "Trang chủ » Tin tức » Hoạt động Hội", "Các đại biểu dự đại hội chụp ảnh lưu niệm.",
 "Tiếp sức khởi nghiệp", "Công ty cổ phần Thủy sản Minh Trí", "Công ty TNHH Gạo sạch Sa Rinh", "Trường Đại học Cần Thơ"],
["13-10-2015 09:40", "lần thứ IV", "nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2010 - 2015", "khóa IV"]))

PAGES.append(page("b3442-hatinh-dukdn-giaoban-2016", """
ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH HÀ TĨNH
Vị trí: Trang chủ :: Hoạt động của Đảng bộ
Thứ Ba, 12/04/2016
Giao ban công tác xây dựng Đảng quý I/2016
Sáng 11/4, Đảng ủy Khối Doanh nghiệp tỉnh Hà Tĩnh tổ chức giao ban công tác xây dựng Đảng quý I, triển khai nhiệm vụ quý II năm 2016. Đồng chí Bùi Đình Sơn, Bí thư Đảng ủy Khối chủ trì; dự có 54 đồng chí là bí thư, phó bí thư các tổ chức cơ sở đảng trực thuộc.
Đồng chí Bùi Đình Sơn chủ trì hội nghị giao ban.
Quý I, các tổ chức cơ sở đảng đã tổ chức cho 2.360 đảng viên học tập, quán triệt Nghị quyết Đại hội XII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII; kết nạp 27 đảng viên mới, trong đó 11 đảng viên ở doanh nghiệp ngoài nhà nước. Đảng ủy Khối đã ban hành Kế hoạch 112, 113-KH/ĐUK về kiểm tra, giám sát năm 2016 và về phát triển đảng viên trong doanh nghiệp tư nhân; thành lập mới Chi bộ Công ty TNHH Thép Hòa Phát Vũng Áng với 9 đảng viên.
Đồng chí Nguyễn Thị Hoài Thương, Trưởng Ban Tuyên giáo Đảng ủy Khối, cho biết sau sự cố môi trường biển, tư tưởng của một bộ phận công nhân ở các doanh nghiệp khu kinh tế Vũng Áng có biểu hiện lo lắng; Ban đã phối hợp Công đoàn Khối nắm tình hình ở 14 doanh nghiệp và tổ chức 6 buổi đối thoại giữa chủ doanh nghiệp với người lao động.
Ông Trần Văn Lợi, Bí thư Chi bộ, Giám đốc Công ty cổ phần Xây lắp Lợi Thành ở xã Kỳ Lợi, đề nghị Đảng ủy Khối hướng dẫn cụ thể việc thu, nộp đảng phí ở doanh nghiệp tư nhân theo Quyết định số 342-QĐ/TW ngày 28/12/2010 của Bộ Chính trị. Nhiều ý kiến nêu khó khăn khi đảng viên là công nhân làm theo ca, không bố trí được thời gian sinh hoạt chi bộ.
Kết luận giao ban, đồng chí Bùi Đình Sơn yêu cầu quý II các cấp ủy tập trung tuyên truyền bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021, đảm bảo 100% cử tri là đảng viên, công nhân đi bầu; thực hiện Chỉ thị số 46-CT/TU ngày 22/02/2016 của Ban Thường vụ Tỉnh ủy về lãnh đạo cuộc bầu cử; phấn đấu kết nạp ít nhất 30 đảng viên mới trong quý.
Đồng chí Đặng Quốc Vinh, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối, thông báo kết quả kiểm tra tại 5 tổ chức đảng, trong đó 1 chi bộ bị nhắc nhở vì không sinh hoạt định kỳ 3 tháng liền. Ủy ban Kiểm tra cũng đã thu, nộp đảng phí đúng quy định ở 62 tổ chức cơ sở đảng, tổng số tiền hơn 410 triệu đồng.
Hội nghị đã thống nhất lịch sinh hoạt chi bộ linh hoạt theo ca sản xuất cho các doanh nghiệp tư nhân trong khu kinh tế, giao Ban Tổ chức Đảng ủy Khối hướng dẫn cụ thể trong tháng 5.
P.V
Tin cùng chuyên mục
- Đảng ủy Khối tổng kết công tác năm 2015 (28/12/2015)
- Chi bộ doanh nghiệp tư nhân: khó khăn và cách làm (10/12/2015)
- Công đoàn Khối thăm công nhân tại Vũng Áng (20/11/2015)
""", "2016-04-12", "Giao ban công tác xây dựng Đảng quý I/2016",
E("giao_ban", "2016-Q1", "2016-04-11"),
[P("Bùi Đình Sơn", "Bí thư Đảng ủy Khối"), P("Nguyễn Thị Hoài Thương", "Trưởng Ban Tuyên giáo Đảng ủy Khối"),
 P("Trần Văn Lợi", "Bí thư Chi bộ", "Giám đốc Công ty cổ phần Xây lắp Lợi Thành"),
 P("Đặng Quốc Vinh", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối")],
[Q("54 đồng chí", 54, "đồng chí"), Q("2.360 đảng viên", 2360, "đảng viên"), Q("27 đảng viên mới", 27, "đảng viên mới"),
 Q("11 đảng viên", 11, "đảng viên"), Q("9 đảng viên", 9, "đảng viên"), Q("14 doanh nghiệp", 14, "doanh nghiệp"),
 Q("6 buổi đối thoại", 6, "buổi đối thoại"), Q("100% cử tri", 100, "%"),
 Q("ít nhất 30 đảng viên mới", 30, "đảng viên mới", "over"), Q("5 tổ chức đảng", 5, "tổ chức đảng"), Q("1 chi bộ", 1, "chi bộ"),
 Q("62 tổ chức cơ sở đảng", 62, "tổ chức cơ sở đảng"), Q("hơn 410 triệu đồng", 410000000, "đồng", "over")],
[D("Kế hoạch", "112", "KH/ĐUK", None, "Đảng ủy Khối", "Kế hoạch 112, 113-KH/ĐUK"),
 D("Kế hoạch", "113", "KH/ĐUK", None, "Đảng ủy Khối", "Kế hoạch 112, 113-KH/ĐUK"),
 D("Quyết định", "342", "QĐ/TW", "2010-12-28", "Bộ Chính trị", "Quyết định số 342-QĐ/TW ngày 28/12/2010"),
 D("Chỉ thị", "46", "CT/TU", "2016-02-22", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 46-CT/TU ngày 22/02/2016")],
[prov("Hà Tĩnh"), com("Kỳ Lợi")],
["ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH HÀ TĨNH", "Vị trí: Trang chủ :: Hoạt động của Đảng bộ",
 "Đồng chí Bùi Đình Sơn chủ trì hội nghị giao ban.", "Chi bộ Công ty TNHH Thép Hòa Phát Vũng Áng",
 "Công ty cổ phần Xây lắp Lợi Thành", "Nghị quyết Đại hội XII"],
["Thứ Ba, 12/04/2016", "54 đồng chí", "quý I/2016", "quý II năm 2016", "lần thứ XVIII", "khóa XIV", "nhiệm kỳ 2016 - 2021", "3 tháng"]))
