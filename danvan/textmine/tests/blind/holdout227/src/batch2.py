from lib import *
PAGES = []

PAGES.append(page("b5411-cantho-mttq-giamsat-2017", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ
Trang chủ | Hoạt động Mặt trận | Giám sát, phản biện
Cập nhật lúc 17:20 ngày 14/06/2017
Giám sát việc đóng bảo hiểm xã hội tại doanh nghiệp ngoài nhà nước
Ngày 13/6, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ do bà Trần Thị Diệu, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố làm trưởng đoàn, đã giám sát việc thực hiện chính sách bảo hiểm xã hội, bảo hiểm y tế cho người lao động tại 5 doanh nghiệp tư nhân ở phường Trà Nóc và phường Thới An Đông. Đây là nội dung giám sát chuyên đề năm 2017 của Mặt trận thành phố.
Đoàn giám sát làm việc tại Công ty TNHH Thủy sản Phú Thịnh.
Cuộc giám sát thực hiện theo Kế hoạch số 15/KH-MTTQ-BTT ngày 2/5/2017 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố, căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội.
Qua giám sát, 5 doanh nghiệp đang sử dụng 1.850 lao động, trong đó 1.619 người được đóng bảo hiểm xã hội, đạt 87,5%. Còn 2 doanh nghiệp nợ đóng bảo hiểm với tổng số tiền hơn 2,3 tỷ đồng, kéo dài từ 6 tháng đến 14 tháng. Một số doanh nghiệp chỉ đóng trên mức lương tối thiểu vùng, chưa đóng trên tiền lương thực trả. Tại 3 doanh nghiệp đã có tổ chức đảng, việc thực hiện chính sách cho người lao động nghiêm túc hơn.
Làm việc với đoàn, ông Thạch Sô Phanh, Bí thư Chi bộ, Phó Giám đốc Công ty TNHH Thủy sản Phú Thịnh, cho biết công ty có 420 công nhân, phần lớn là đồng bào Khmer từ các tỉnh lân cận; chi bộ có 11 đảng viên, đã vận động chủ doanh nghiệp trả hết nợ bảo hiểm trong quý III. Bà Nguyễn Thị Bích Thủy, Chủ tịch Công đoàn cơ sở Công ty cổ phần Bao bì Thới An, kiến nghị cơ quan bảo hiểm tăng cường đối thoại với người lao động.
Các thành viên đoàn giám sát gồm các ông, bà Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam thành phố: Lâm Văn Hoàng, Danh Thị Kim Sơn, cùng đại diện Liên đoàn Lao động, Bảo hiểm xã hội thành phố.
Theo đại diện các doanh nghiệp, khó khăn chung là đơn hàng giảm, giá thủy sản nguyên liệu tăng, nhiều công nhân nghỉ việc không báo trước nên việc chốt sổ bảo hiểm bị chậm. Một số người lao động cũng chưa muốn tham gia vì cho rằng số tiền phải đóng hằng tháng lớn.
Kết luận buổi giám sát, bà Trần Thị Diệu đề nghị các doanh nghiệp thực hiện nghiêm Luật Bảo hiểm xã hội, xây dựng lộ trình trả nợ; đoàn sẽ tổng hợp 12 kiến nghị gửi UBND thành phố. Ủy ban MTTQ thành phố cũng đề nghị Đảng ủy Khối Doanh nghiệp thành phố đẩy mạnh thành lập tổ chức đảng, công đoàn tại những doanh nghiệp có từ 30 lao động trở lên.
Phương Linh
Tin khác
- Cần Thơ: giám sát thực hiện Quy chế dân chủ ở cơ sở tại 8 doanh nghiệp (30/05/2017)
- Mặt trận phường Trà Nóc vận động 200 triệu đồng xây nhà đại đoàn kết (15/05/2017)
- Lấy ý kiến phản biện dự thảo quy hoạch khu công nghiệp (02/05/2017)
""", "2017-06-14", "Giám sát việc đóng bảo hiểm xã hội tại doanh nghiệp ngoài nhà nước",
E("giam_sat", "2017", "2017-06-13"),
[P("Trần Thị Diệu", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố"),
 P("Thạch Sô Phanh", "Bí thư Chi bộ", "Phó Giám đốc Công ty TNHH Thủy sản Phú Thịnh"),
 P("Nguyễn Thị Bích Thủy", "Chủ tịch Công đoàn cơ sở Công ty cổ phần Bao bì Thới An"),
 P("Lâm Văn Hoàng", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam thành phố"),
 P("Danh Thị Kim Sơn", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam thành phố")],
[Q("5 doanh nghiệp tư nhân", 5, "doanh nghiệp tư nhân"), Q("1.850 lao động", 1850, "lao động"), Q("1.619 người", 1619, "người"),
 Q("87,5%", 87.5, "%"), Q("2 doanh nghiệp", 2, "doanh nghiệp"), Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"),
 Q("3 doanh nghiệp", 3, "doanh nghiệp"), Q("420 công nhân", 420, "công nhân"), Q("11 đảng viên", 11, "đảng viên"),
 Q("12 kiến nghị", 12, "kiến nghị"), Q("từ 30 lao động trở lên", 30, "lao động", "over")],
[D("Kế hoạch", "15", "KH-MTTQ-BTT", "2017-05-02", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch số 15/KH-MTTQ-BTT ngày 2/5/2017"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013")],
[prov("Cần Thơ"), com("Trà Nóc"), com("Thới An Đông")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ", "Trang chủ | Hoạt động Mặt trận | Giám sát, phản biện",
 "Đoàn giám sát làm việc tại Công ty TNHH Thủy sản Phú Thịnh.", "Luật Bảo hiểm xã hội", "Công ty TNHH Thủy sản Phú Thịnh"],
["Cập nhật lúc 17:20 ngày 14/06/2017", "năm 2017", "từ 6 tháng đến 14 tháng", "quý III"]))

PAGES.append(page("b5412-nghean-tu-hoinghi-2018", """
BÁO NGHỆ AN
Thời sự › Chính trị › Doanh nghiệp - Doanh nhân
11.10.2018 | 16:05
Ảnh: Lãnh đạo tỉnh tặng hoa chúc mừng các doanh nhân.
Tỉnh ủy gặp mặt 50 doanh nhân tiêu biểu nhân Ngày Doanh nhân Việt Nam
Chiều 10/10, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh Nghệ An tổ chức hội nghị gặp mặt, biểu dương doanh nhân tiêu biểu năm 2018 nhân kỷ niệm 14 năm Ngày Doanh nhân Việt Nam (13/10/2004 - 13/10/2018). Đồng chí Nguyễn Đắc Lâm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh dự và phát biểu.
Theo báo cáo của Hiệp hội Doanh nghiệp tỉnh, đến nay Nghệ An có hơn 11.500 doanh nghiệp đang hoạt động, khu vực kinh tế tư nhân đóng góp khoảng 18% tổng thu ngân sách, tương đương 4.200 tỷ đồng. Thực hiện Nghị quyết số 10-NQ/TW ngày 3/6/2017 của Ban Chấp hành Trung ương Đảng khóa XII về phát triển kinh tế tư nhân và Chương trình hành động số 18-CTr/TU ngày 20/9/2017 của Tỉnh ủy, các cấp đã thành lập 38 tổ chức đảng trong doanh nghiệp tư nhân, kết nạp 215 đảng viên là người lao động và chủ doanh nghiệp.
Tại hội nghị, bà Lô Thị Kim Ngân, Giám đốc Công ty TNHH Thổ cẩm Quỳ Châu, người dân tộc Thái, chia sẻ công ty tạo việc làm cho gần 300 phụ nữ ở xã Châu Hạnh với thu nhập bình quân 4,5 triệu đồng/người/tháng. Ông Vi Văn Sơn, Bí thư Chi bộ, Chủ tịch Hội đồng thành viên Công ty TNHH Lâm nghiệp Con Cuông, cho biết chi bộ công ty đã phát triển được 6 đảng viên mới. Các ông Hồ Sỹ Nguyên, Đậu Quang Vinh, Lương Văn Thoa - Phó Chủ tịch Hội Doanh nhân trẻ tỉnh, đề nghị tỉnh tạo điều kiện về mặt bằng sản xuất cho doanh nghiệp khởi nghiệp; hiện hội có 26 dự án khởi nghiệp đang cần vốn.
Đồng chí Nguyễn Đắc Lâm ghi nhận những đóng góp của đội ngũ doanh nhân, nhất là trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" với tổng số tiền ủng hộ hơn 85 tỷ đồng. Đồng chí đề nghị doanh nhân tiếp tục đồng hành cùng tỉnh, tạo điều kiện để tổ chức đảng, công đoàn, đoàn thanh niên hoạt động trong doanh nghiệp; các sở, ngành thực hiện nghiêm Quyết định số 1123/QĐ-UBND ngày 28/3/2018 của UBND tỉnh về bộ chỉ số đánh giá năng lực điều hành cấp sở, ngành, huyện.
Theo ý kiến nhiều doanh nhân, bên cạnh kết quả đạt được, doanh nghiệp tư nhân của tỉnh phần lớn quy mô nhỏ, năng lực quản trị hạn chế; việc tiếp cận đất đai, tín dụng còn khó khăn; chi phí không chính thức vẫn còn ở một số khâu. Một số chủ doanh nghiệp chưa nhận thức đầy đủ vai trò của tổ chức đảng, đoàn thể trong doanh nghiệp.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 50 doanh nhân tiêu biểu và 22 doanh nghiệp xuất sắc. Đồng chí Hoàng Thị Quỳnh Hoa, Phó Trưởng Ban Dân vận Tỉnh ủy, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, trao biểu trưng "Doanh nghiệp vì cộng đồng" cho 12 đơn vị.
Thanh Duy
Tin liên quan
- Hội Doanh nhân trẻ Nghệ An trao 100 suất học bổng (05/10/2018)
- Thêm 4 chi bộ đảng trong doanh nghiệp tư nhân ở Vinh (25/09/2018)
- Đối thoại với doanh nghiệp về thủ tục đất đai (12/09/2018)
""", "2018-10-11", "Tỉnh ủy gặp mặt 50 doanh nhân tiêu biểu nhân Ngày Doanh nhân Việt Nam",
E("hoi_nghi", "2018", "2018-10-10"),
[P("Nguyễn Đắc Lâm", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lô Thị Kim Ngân", "Giám đốc Công ty TNHH Thổ cẩm Quỳ Châu"),
 P("Vi Văn Sơn", "Bí thư Chi bộ", "Chủ tịch Hội đồng thành viên Công ty TNHH Lâm nghiệp Con Cuông"),
 P("Hồ Sỹ Nguyên", "Phó Chủ tịch Hội Doanh nhân trẻ tỉnh"), P("Đậu Quang Vinh", "Phó Chủ tịch Hội Doanh nhân trẻ tỉnh"),
 P("Lương Văn Thoa", "Phó Chủ tịch Hội Doanh nhân trẻ tỉnh"),
 P("Hoàng Thị Quỳnh Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh")],
[Q("50 doanh nhân tiêu biểu", 50, "doanh nhân tiêu biểu"), Q("hơn 11.500 doanh nghiệp", 11500, "doanh nghiệp", "over"),
 Q("khoảng 18%", 18, "%", "approx"), Q("4.200 tỷ đồng", 4200000000000, "đồng"), Q("38 tổ chức đảng", 38, "tổ chức đảng"),
 Q("215 đảng viên", 215, "đảng viên"), Q("gần 300 phụ nữ", 300, "phụ nữ", "approx"),
 Q("4,5 triệu đồng/người/tháng", 4500000, "đồng"), Q("6 đảng viên mới", 6, "đảng viên mới"),
 Q("26 dự án khởi nghiệp", 26, "dự án khởi nghiệp"), Q("hơn 85 tỷ đồng", 85000000000, "đồng", "over"),
 Q("22 doanh nghiệp xuất sắc", 22, "doanh nghiệp xuất sắc"), Q("12 đơn vị", 12, "đơn vị")],
[D("Nghị quyết", "10", "NQ/TW", "2017-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 10-NQ/TW ngày 3/6/2017"),
 D("Chương trình hành động", "18", "CTr/TU", "2017-09-20", "Tỉnh ủy", "Chương trình hành động số 18-CTr/TU ngày 20/9/2017"),
 D("Quyết định", "1123", "QĐ-UBND", "2018-03-28", "UBND tỉnh", "Quyết định số 1123/QĐ-UBND ngày 28/3/2018")],
[prov("Nghệ An"), com("Châu Hạnh")],
["BÁO NGHỆ AN", "Thời sự › Chính trị › Doanh nghiệp - Doanh nhân", "Ảnh: Lãnh đạo tỉnh tặng hoa chúc mừng các doanh nhân.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Doanh nghiệp vì cộng đồng", "Ngày Doanh nhân Việt Nam"],
["11.10.2018 | 16:05", "14 năm", "13/10/2004 - 13/10/2018", "khóa XII", "năm 2018"]))

PAGES.append(page("b5413-bacninh-hu-hoinghi-2019", """
HUYỆN ỦY YÊN PHONG - TỈNH BẮC NINH
Tin tức > Hoạt động của Đảng bộ
30 tháng 5, 2019 | 17:45
Đồng chí Nguyễn Quang Thiều phát biểu tại hội nghị.
Quán triệt Chỉ thị 33-CT/TW về xây dựng tổ chức đảng trong đơn vị kinh tế tư nhân
Ngày 29/5, Ban Thường vụ Huyện ủy Yên Phong (Bắc Ninh) tổ chức hội nghị quán triệt, triển khai Chỉ thị số 33-CT/TW ngày 18/3/2019 của Ban Bí thư về tăng cường xây dựng tổ chức đảng trong các đơn vị kinh tế tư nhân và Kế hoạch số 127-KH/TU ngày 10/5/2019 của Ban Thường vụ Tỉnh ủy thực hiện chỉ thị. Hội nghị có sự tham gia của 300 đại biểu là HUV, bí thư các chi, đảng bộ cơ sở, chủ doanh nghiệp trên địa bàn.
Đồng chí Nguyễn Quang Thiều, TUV, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị. Báo cáo viên là đồng chí Đào Thị Thu Hường, Phó Trưởng Ban Tổ chức Tỉnh ủy.
Theo báo cáo, trên địa bàn huyện có 1.250 doanh nghiệp ngoài nhà nước, thu hút trên 95.000 lao động, trong đó có nhiều doanh nghiệp có vốn đầu tư nước ngoài tại các khu công nghiệp. Tuy nhiên, mới có 45 tổ chức đảng trong doanh nghiệp với 612 đảng viên; số doanh nghiệp có tổ chức đảng chỉ chiếm 3,6%. Nhiều đảng viên là công nhân vẫn sinh hoạt tại nơi cư trú, chưa được giới thiệu về sinh hoạt tại doanh nghiệp.
Để triển khai Chỉ thị, Ban Thường vụ Huyện ủy đã ban hành Hướng dẫn 28, 29-HD/HU về thành lập chi bộ trong doanh nghiệp tư nhân và về quản lý đảng viên là công nhân tạm trú. Huyện phấn đấu đến năm 2020 có ít nhất 60 tổ chức đảng trong doanh nghiệp; 100% doanh nghiệp có từ 30 đảng viên trở lên thành lập đảng bộ bộ phận.
Tại hội nghị, đồng chí Ngô Văn Hùng, ĐUV, Bí thư Chi bộ Công ty TNHH Điện tử Yên Trung, chia sẻ kinh nghiệm thuyết phục chủ đầu tư nước ngoài chấp thuận cho chi bộ sinh hoạt trong giờ hành chính. Bà Nguyễn Thị Tâm, Bí thư Đảng ủy xã Đông Phong, cho biết xã đã giới thiệu 23 đảng viên về sinh hoạt tại 4 chi bộ doanh nghiệp. Các đồng chí Phó Bí thư Huyện ủy: Lê Đình Khải, Trần Văn Nghĩa, giải đáp các kiến nghị về kinh phí hoạt động của chi bộ.
Đồng chí Nguyễn Quang Thiều yêu cầu các cấp ủy thực hiện phương châm "3 không": không có doanh nghiệp đủ điều kiện mà chưa có tổ chức đảng, không có đảng viên không sinh hoạt, không có chi bộ yếu kém kéo dài. Ban Tổ chức Huyện ủy chủ trì rà soát, báo cáo kết quả trước ngày 30/9/2019.
Các ý kiến tại hội nghị cũng nêu thực tế nhiều doanh nghiệp nước ngoài chưa hiểu về vai trò của tổ chức đảng; một số chủ doanh nghiệp tư nhân trong nước còn e ngại chi bộ can thiệp vào hoạt động sản xuất, kinh doanh; cán bộ làm công tác đảng trong doanh nghiệp đều kiêm nhiệm, chưa có chế độ phụ cấp phù hợp.
Minh Hương
Tin cùng chuyên mục
- Yên Phong: kết nạp 35 đảng viên năm 2018 (20/05/2019)
- Thành lập Chi bộ Công ty TNHH Kỹ thuật Đông Phong (02/05/2019)
- Hội nghị báo cáo viên tháng 4/2019 (19/04/2019)
""", "2019-05-30", "Quán triệt Chỉ thị 33-CT/TW về xây dựng tổ chức đảng trong đơn vị kinh tế tư nhân",
E("hoi_nghi", None, "2019-05-29"),
[P("Nguyễn Quang Thiều", "TUV", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Đào Thị Thu Hường", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Ngô Văn Hùng", "ĐUV", "Bí thư Chi bộ Công ty TNHH Điện tử Yên Trung"),
 P("Nguyễn Thị Tâm", "Bí thư Đảng ủy xã Đông Phong"),
 P("Lê Đình Khải", "Phó Bí thư Huyện ủy"), P("Trần Văn Nghĩa", "Phó Bí thư Huyện ủy")],
[Q("300 đại biểu", 300, "đại biểu"), Q("1.250 doanh nghiệp ngoài nhà nước", 1250, "doanh nghiệp ngoài nhà nước"),
 Q("trên 95.000 lao động", 95000, "lao động", "over"), Q("45 tổ chức đảng", 45, "tổ chức đảng"),
 Q("612 đảng viên", 612, "đảng viên"), Q("3,6%", 3.6, "%"), Q("ít nhất 60 tổ chức đảng", 60, "tổ chức đảng", "over"),
 Q("100% doanh nghiệp", 100, "%"), Q("từ 30 đảng viên trở lên", 30, "đảng viên", "over"),
 Q("23 đảng viên", 23, "đảng viên"), Q("4 chi bộ doanh nghiệp", 4, "chi bộ doanh nghiệp")],
[D("Chỉ thị", "33", "CT/TW", "2019-03-18", "Ban Bí thư", "Chỉ thị số 33-CT/TW ngày 18/3/2019"),
 D("Kế hoạch", "127", "KH/TU", "2019-05-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 127-KH/TU ngày 10/5/2019"),
 D("Hướng dẫn", "28", "HD/HU", None, "Ban Thường vụ Huyện ủy", "Hướng dẫn 28, 29-HD/HU"),
 D("Hướng dẫn", "29", "HD/HU", None, "Ban Thường vụ Huyện ủy", "Hướng dẫn 28, 29-HD/HU")],
[prov("Bắc Ninh"), com("Đông Phong")],
["HUYỆN ỦY YÊN PHONG - TỈNH BẮC NINH", "Tin tức > Hoạt động của Đảng bộ", "Đồng chí Nguyễn Quang Thiều phát biểu tại hội nghị.",
 "3 không", "Công ty TNHH Điện tử Yên Trung"],
["30 tháng 5, 2019 | 17:45", "3 không", "năm 2020", "30/9/2019"]))

PAGES.append(page("b5414-gialai-hhdn-traoqua-2020", """
BÁO GIA LAI ĐIỆN TỬ
Xã hội | Doanh nghiệp đồng hành
Thứ Tư, 06/05/2020 - 14:30
Hiệp hội Doanh nghiệp tỉnh trao 500 suất quà cho công nhân, hộ nghèo bị ảnh hưởng dịch Covid-19
(GLO) - Ngày 5/5, Hiệp hội Doanh nghiệp tỉnh Gia Lai phối hợp với Ủy ban MTTQ Việt Nam tỉnh và Liên đoàn Lao động tỉnh tổ chức trao 500 suất quà cho công nhân mất việc và hộ nghèo bị ảnh hưởng bởi dịch Covid-19 tại xã Ia Băng và phường Thống Nhất.
Đồng chí Rơ Mah H'Lim trao quà cho người dân xã Ia Băng.
Mỗi suất quà gồm 10 kg gạo, nhu yếu phẩm và 500.000 đồng tiền mặt, tổng trị giá 250 triệu đồng. Trong đó, 120 suất dành cho công nhân các doanh nghiệp chế biến gỗ, cao su phải tạm nghỉ việc; 380 suất dành cho hộ nghèo, hộ cận nghèo là đồng bào Jrai, Bahnar. Hiệp hội cũng trao tặng Ủy ban MTTQ tỉnh 10 tấn gạo để tiếp tục hỗ trợ các địa phương.
Tham dự buổi trao quà có bà Rơ Mah H'Lim, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Ksor Phước Hà, Phó Chủ tịch Thường trực Liên đoàn Lao động tỉnh; ông Trần Khắc Hiển, Chủ tịch Hiệp hội Doanh nghiệp tỉnh.
Theo ông Trần Khắc Hiển, thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về các biện pháp cấp bách phòng, chống dịch, khoảng 70% doanh nghiệp hội viên phải thu hẹp sản xuất, hơn 3.200 lao động bị giảm giờ làm hoặc tạm nghỉ. Hiệp hội đã phát động hội viên chung tay ủng hộ, đến nay tiếp nhận gần 1,8 tỷ đồng và nhiều hiện vật. Các chi bộ đảng trong doanh nghiệp hội viên gương mẫu đi đầu, 42 đảng viên tự nguyện ủng hộ một ngày lương.
Nhận quà, chị Siu Đoan, công nhân Công ty TNHH Chế biến gỗ Ia Băng, xúc động cho biết gia đình có 2 con nhỏ, chồng cũng mất việc nên món quà rất thiết thực. Bà Puih Thị Nhung, Chủ tịch Ủy ban MTTQ xã Ia Băng, thông tin xã đang lập danh sách 215 hộ đề nghị hỗ trợ theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch.
Bà Rơ Mah H'Lim ghi nhận tinh thần "tương thân tương ái" của cộng đồng doanh nghiệp; đề nghị Hiệp hội tiếp tục phối hợp với Mặt trận các cấp thực hiện Kế hoạch số 45-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về vận động ủng hộ phòng, chống dịch, bảo đảm hỗ trợ đúng đối tượng, công khai, minh bạch.
Trước đó, Hiệp hội đã trao tặng 2 máy thở và 5.000 khẩu trang y tế cho Bệnh viện Đa khoa tỉnh. Dịp này, các doanh nghiệp hội viên cũng cam kết ưu tiên tuyển dụng lại người lao động khi sản xuất phục hồi, không cắt giảm lao động là đảng viên, đoàn viên.
Hồng Thi
Tin liên quan
- Gia Lai: 1.000 suất quà đến với công nhân khó khăn (28/04/2020)
- Doanh nghiệp Gia Lai ủng hộ 3 tỷ đồng phòng, chống dịch (15/04/2020)
- Mặt trận tỉnh tiếp nhận ủng hộ đợt 2 (06/04/2020)
""", "2020-05-06", "Hiệp hội Doanh nghiệp tỉnh trao 500 suất quà cho công nhân, hộ nghèo bị ảnh hưởng dịch Covid-19",
E("trao_qua", None, "2020-05-05"),
[P("Rơ Mah H'Lim", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Phước Hà", "Phó Chủ tịch Thường trực Liên đoàn Lao động tỉnh"),
 P("Trần Khắc Hiển", "Chủ tịch Hiệp hội Doanh nghiệp tỉnh"),
 P("Siu Đoan", "công nhân Công ty TNHH Chế biến gỗ Ia Băng"),
 P("Puih Thị Nhung", "Chủ tịch Ủy ban MTTQ xã Ia Băng")],
[Q("500 suất quà", 500, "suất quà"), Q("10 kg", 10, "kg"), Q("500.000 đồng", 500000, "đồng"), Q("250 triệu đồng", 250000000, "đồng"),
 Q("120 suất", 120, "suất"), Q("380 suất", 380, "suất"), Q("10 tấn", 10, "tấn"), Q("khoảng 70%", 70, "%", "approx"),
 Q("hơn 3.200 lao động", 3200, "lao động", "over"), Q("gần 1,8 tỷ đồng", 1800000000, "đồng", "approx"),
 Q("42 đảng viên", 42, "đảng viên"), Q("2 con", 2, "con"), Q("215 hộ", 215, "hộ"), Q("2 máy thở", 2, "máy thở"),
 Q("5.000 khẩu trang y tế", 5000, "khẩu trang y tế")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Kế hoạch", "45", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 45-KH/MTTQ-BTT")],
[prov("Gia Lai"), com("Ia Băng"), com("Thống Nhất")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội | Doanh nghiệp đồng hành", "(GLO)", "Đồng chí Rơ Mah H'Lim trao quà cho người dân xã Ia Băng.",
 "tương thân tương ái", "Covid-19"],
["Thứ Tư, 06/05/2020 - 14:30", "một ngày lương", "Covid-19"]))

PAGES.append(page("b5415-dongnai-dukdn-baocao-2021", """
ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH ĐỒNG NAI
Trang chủ / Tin hoạt động / Tổ chức - Xây dựng Đảng
2021-11-24 16:40
Ảnh: Đoàn công tác làm việc với Đảng ủy Khối Doanh nghiệp tỉnh.
Đảng ủy Khối Doanh nghiệp báo cáo kết quả xây dựng tổ chức đảng trong doanh nghiệp tư nhân năm 2021
Chiều 23/11, Đoàn công tác của Ban Tổ chức Trung ương do đồng chí Lê Văn Tâm, Phó Vụ trưởng Vụ Tổ chức cơ sở đảng, đảng viên Ban Tổ chức Trung ương làm trưởng đoàn, đã làm việc với Đảng ủy Khối Doanh nghiệp tỉnh Đồng Nai, nghe báo cáo kết quả xây dựng tổ chức đảng, đoàn thể trong doanh nghiệp tư nhân năm 2021.
Báo cáo do đồng chí Phan Thị Mỹ Hạnh, Phó Bí thư Thường trực Đảng ủy Khối Doanh nghiệp tỉnh trình bày cho biết, sau hơn 2 năm thực hiện Chỉ thị số 33-CT/TW của Ban Bí thư và Kế hoạch số 112-KH/TU ngày 20/6/2019 của Tỉnh ủy, Đảng bộ Khối đã thành lập mới 19 tổ chức cơ sở đảng trong doanh nghiệp tư nhân, nâng tổng số lên 186 tổ chức đảng với 3.245 đảng viên. Năm 2021, dù dịch Covid-19 diễn biến phức tạp, 41% chi bộ doanh nghiệp vẫn duy trì sinh hoạt bằng hình thức trực tuyến; các chi bộ đã kết nạp 128 đảng viên mới.
Trong thời gian thực hiện "3 tại chỗ", 5 doanh nghiệp có tổ chức đảng đã bố trí chỗ ăn, nghỉ cho hơn 12.000 công nhân; các tổ chức đảng, công đoàn vận động doanh nghiệp chi khoảng 12 tỷ đồng hỗ trợ người lao động. Đảng ủy Khối đã ban hành Quy định số 04, 05-QĐ/ĐUK của Ban Thường vụ Đảng ủy Khối về tiêu chí đánh giá chi bộ doanh nghiệp tư nhân và về quản lý đảng viên làm việc xa nơi cư trú.
Đại diện các doanh nghiệp, ông Điểu Văn Trung, người dân tộc Chơ Ro, Bí thư Chi bộ Công ty TNHH Nông sản Phước Thiền ở xã Phước Thiền, cho biết chi bộ có 8 đảng viên, trong đó 3 đảng viên là người dân tộc thiểu số. Bà Vương Ngọc Bích, Phó Chủ tịch Hội đồng quản trị, Bí thư Đảng ủy Công ty cổ phần Dệt may Long Bình, đề xuất Trung ương sớm có hướng dẫn về phụ cấp cho cấp ủy viên trong doanh nghiệp ngoài nhà nước theo Hướng dẫn số 27-HD/BTCTW ngày 15/3/2021 của Ban Tổ chức Trung ương.
Đồng chí Lê Văn Tâm đánh giá cao kết quả Đồng Nai đạt được; đề nghị tỉnh tổng hợp kiến nghị để đoàn báo cáo Ban Bí thư khi sơ kết Chỉ thị 33. Đoàn cũng đến thăm Chi bộ Công ty TNHH Giày Việt Thắng tại phường Long Bình, nơi có 6.500 công nhân.
Cùng làm việc với đoàn có đồng chí Thái Bảo, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy, và đồng chí Nguyễn Văn Lực, Bí thư Đảng ủy Khối Doanh nghiệp tỉnh.
Theo báo cáo, hạn chế hiện nay là tỷ lệ doanh nghiệp tư nhân có tổ chức đảng còn thấp so với số doanh nghiệp đang hoạt động; nhiều đảng viên nghỉ việc, chuyển nơi làm việc nhưng không chuyển sinh hoạt đảng; một số chủ doanh nghiệp nước ngoài chưa đồng thuận với việc thành lập tổ chức đảng, gây khó khăn cho công tác tạo nguồn.
Bảo Ngọc
Xem thêm
- Đồng Nai: 3 chi bộ doanh nghiệp sinh hoạt trực tuyến (12/10/2021)
- Kết nạp đảng viên trong điều kiện "3 tại chỗ" (28/08/2021)
""", "2021-11-24", "Đảng ủy Khối Doanh nghiệp báo cáo kết quả xây dựng tổ chức đảng trong doanh nghiệp tư nhân năm 2021",
E("bao_cao", "2021", "2021-11-23"),
[P("Lê Văn Tâm", "Phó Vụ trưởng Vụ Tổ chức cơ sở đảng, đảng viên Ban Tổ chức Trung ương"),
 P("Phan Thị Mỹ Hạnh", "Phó Bí thư Thường trực Đảng ủy Khối Doanh nghiệp tỉnh"),
 P("Điểu Văn Trung", "Bí thư Chi bộ Công ty TNHH Nông sản Phước Thiền"),
 P("Vương Ngọc Bích", "Phó Chủ tịch Hội đồng quản trị", "Bí thư Đảng ủy Công ty cổ phần Dệt may Long Bình"),
 P("Thái Bảo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Nguyễn Văn Lực", "Bí thư Đảng ủy Khối Doanh nghiệp tỉnh")],
[Q("19 tổ chức cơ sở đảng", 19, "tổ chức cơ sở đảng"), Q("186 tổ chức đảng", 186, "tổ chức đảng"),
 Q("3.245 đảng viên", 3245, "đảng viên"), Q("41%", 41, "%"), Q("128 đảng viên mới", 128, "đảng viên mới"),
 Q("5 doanh nghiệp", 5, "doanh nghiệp"), Q("hơn 12.000 công nhân", 12000, "công nhân", "over"),
 Q("khoảng 12 tỷ đồng", 12000000000, "đồng", "approx"), Q("8 đảng viên", 8, "đảng viên"), Q("3 đảng viên", 3, "đảng viên"),
 Q("6.500 công nhân", 6500, "công nhân")],
[D("Chỉ thị", "33", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 33-CT/TW"),
 D("Kế hoạch", "112", "KH/TU", "2019-06-20", "Tỉnh ủy", "Kế hoạch số 112-KH/TU ngày 20/6/2019"),
 D("Quy định", "04", "QĐ/ĐUK", None, "Ban Thường vụ Đảng ủy Khối", "Quy định số 04, 05-QĐ/ĐUK"),
 D("Quy định", "05", "QĐ/ĐUK", None, "Ban Thường vụ Đảng ủy Khối", "Quy định số 04, 05-QĐ/ĐUK"),
 D("Hướng dẫn", "27", "HD/BTCTW", "2021-03-15", "Ban Tổ chức Trung ương", "Hướng dẫn số 27-HD/BTCTW ngày 15/3/2021")],
[prov("Đồng Nai"), com("Phước Thiền"), com("Long Bình")],
["ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH ĐỒNG NAI", "Trang chủ / Tin hoạt động / Tổ chức - Xây dựng Đảng",
 "Ảnh: Đoàn công tác làm việc với Đảng ủy Khối Doanh nghiệp tỉnh.", "3 tại chỗ", "Chỉ thị 33"],
["2021-11-24 16:40", "hơn 2 năm", "3 tại chỗ", "Năm 2021", "Chỉ thị 33"]))

PAGES.append(page("b5416-thanhhoa-dukdn-giaoban-2022", """
BÁO THANH HÓA
Chính trị - Xây dựng Đảng
Ngày 05/09/2022 | 09:15
Đảng ủy Khối Doanh nghiệp giao ban công tác tháng 8
Sáng 3/9, Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Thanh Hóa tổ chức giao ban đánh giá kết quả công tác xây dựng Đảng tháng 8/2022, triển khai nhiệm vụ tháng 9 với bí thư các đảng bộ, chi bộ cơ sở trong doanh nghiệp ngoài nhà nước. Đồng chí Bùi Văn Phấn, người dân tộc Mường, Tỉnh ủy viên, Bí thư Đảng ủy Khối Doanh nghiệp tỉnh chủ trì.
Quang cảnh buổi giao ban.
Trong tháng, Đảng ủy Khối đã kết nạp 17 đảng viên mới, trong đó 11 đảng viên là công nhân trực tiếp sản xuất; chuyển đảng chính thức cho 9 đảng viên; thành lập Chi bộ Công ty TNHH May Hoằng Long ở xã Hoằng Long với 5 đảng viên. Các tổ chức đảng tiếp tục triển khai Kết luận số 21-KL/TW ngày 25/10/2021 của BCH Trung ương khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng; 100% chi bộ doanh nghiệp đã sinh hoạt chuyên đề tháng 8.
Ủy ban Kiểm tra Đảng ủy Khối đã kiểm tra 4 tổ chức đảng và 6 đảng viên khi có dấu hiệu vi phạm, trong đó thi hành kỷ luật 1 đảng viên bằng hình thức khiển trách. Đảng ủy Khối cũng thu nộp đảng phí đạt khoảng 1,35 tỷ đồng trong 8 tháng.
Tại buổi giao ban, đồng chí Hà Thị Vân, Phó Bí thư Đảng ủy Khối, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối, quán triệt Kế hoạch 54, 55-KH/ĐU của Ban Thường vụ Đảng ủy Khối về kiểm tra, giám sát năm 2022 và chuẩn bị đại hội chi bộ nhiệm kỳ 2022 - 2025. Đồng chí Lê Minh Quang, Bí thư Đảng bộ Công ty cổ phần Xi măng Đông Hương ở phường Đông Hương, phản ánh nhiều đảng viên làm việc theo ca nên tỷ lệ dự sinh hoạt chỉ đạt 76%. Các đồng chí Ủy viên Ban Thường vụ Đảng ủy Khối: Trịnh Xuân Hòa, Phạm Thị Lệ, Cao Văn Thành, được phân công theo dõi các cụm doanh nghiệp.
Bí thư các chi bộ cũng báo cáo tình hình tư tưởng công nhân: hơn 900 lao động đang thiếu đơn hàng, giảm giờ làm; một số doanh nghiệp chậm trả lương. Đảng ủy Khối đề nghị Liên đoàn Lao động tỉnh phối hợp nắm tình hình, không để phát sinh ngừng việc tập thể.
Một số ý kiến cho rằng nội dung sinh hoạt ở nhiều chi bộ doanh nghiệp còn đơn điệu, chủ yếu thông báo tình hình sản xuất; việc đánh giá, xếp loại đảng viên là người quản lý doanh nghiệp còn nể nang; công tác nắm tình hình đảng viên đi làm ăn xa, đảng viên nghỉ việc chưa kịp thời, có trường hợp chi bộ không nắm được đảng viên đã chuyển sang doanh nghiệp khác.
Kết luận giao ban, đồng chí Bùi Văn Phấn yêu cầu tháng 9 các cấp ủy thực hiện tốt Quy định số 24-QĐ/TW ngày 30/7/2021 của BCH Trung ương thi hành Điều lệ Đảng, hoàn thành ít nhất 70% chỉ tiêu kết nạp đảng viên năm; chuẩn bị sơ kết 9 tháng công tác xây dựng Đảng trong doanh nghiệp tư nhân.
Lê Hà
Tin liên quan
- Đảng ủy Khối Doanh nghiệp giao ban tháng 7 (04/08/2022)
- Kết nạp 20 đảng viên là công nhân (20/07/2022)
- Thanh Hóa: 300 doanh nghiệp tư nhân có tổ chức đảng (05/07/2022)
""", "2022-09-05", "Đảng ủy Khối Doanh nghiệp giao ban công tác tháng 8",
E("giao_ban", "2022-08", "2022-09-03"),
[P("Bùi Văn Phấn", "Tỉnh ủy viên", "Bí thư Đảng ủy Khối Doanh nghiệp tỉnh"),
 P("Hà Thị Vân", "Phó Bí thư Đảng ủy Khối", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối"),
 P("Lê Minh Quang", "Bí thư Đảng bộ Công ty cổ phần Xi măng Đông Hương"),
 P("Trịnh Xuân Hòa", "Ủy viên Ban Thường vụ Đảng ủy Khối"), P("Phạm Thị Lệ", "Ủy viên Ban Thường vụ Đảng ủy Khối"),
 P("Cao Văn Thành", "Ủy viên Ban Thường vụ Đảng ủy Khối")],
[Q("17 đảng viên mới", 17, "đảng viên mới"), Q("11 đảng viên", 11, "đảng viên"), Q("9 đảng viên", 9, "đảng viên"),
 Q("5 đảng viên", 5, "đảng viên"), Q("100% chi bộ doanh nghiệp", 100, "%"), Q("4 tổ chức đảng", 4, "tổ chức đảng"),
 Q("6 đảng viên", 6, "đảng viên"), Q("khoảng 1,35 tỷ đồng", 1350000000, "đồng", "approx"),
 Q("76%", 76, "%"), Q("hơn 900 lao động", 900, "lao động", "over"), Q("ít nhất 70%", 70, "%", "over")],
[D("Kết luận", "21", "KL/TW", "2021-10-25", "BCH Trung ương", "Kết luận số 21-KL/TW ngày 25/10/2021"),
 D("Kế hoạch", "54", "KH/ĐU", None, "Ban Thường vụ Đảng ủy Khối", "Kế hoạch 54, 55-KH/ĐU"),
 D("Kế hoạch", "55", "KH/ĐU", None, "Ban Thường vụ Đảng ủy Khối", "Kế hoạch 54, 55-KH/ĐU"),
 D("Quy định", "24", "QĐ/TW", "2021-07-30", "BCH Trung ương", "Quy định số 24-QĐ/TW ngày 30/7/2021")],
[prov("Thanh Hóa"), com("Hoằng Long"), com("Đông Hương")],
["BÁO THANH HÓA", "Chính trị - Xây dựng Đảng", "Quang cảnh buổi giao ban.", "Điều lệ Đảng"],
["Ngày 05/09/2022 | 09:15", "1 đảng viên", "tháng 8/2022", "tháng 9", "khóa XIII", "8 tháng", "nhiệm kỳ 2022 - 2025", "9 tháng"]))
