from lib import *
PAGES = []

PAGES.append(page("b6581-thaibinh-morongthanhpho-2011", """
BÁO THÁI BÌNH ĐIỆN TỬ
Trang chủ > Chính trị > Dân vận
Thứ Sáu, 19/08/2011 - 09:30
Làm tốt công tác dân vận khi mở rộng địa giới thành phố
(TBĐT) - Ngày 18/8, Ban Dân vận Tỉnh ủy phối hợp với Ban Thường vụ Thành ủy Thái Bình tổ chức hội nghị triển khai công tác dân vận phục vụ đề án điều chỉnh địa giới hành chính, sáp nhập các xã ven đô vào thành phố. Đồng chí Nguyễn Thị Hải Yến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Bùi Văn Thịnh, Phó Bí thư Thường trực Thành ủy chủ trì hội nghị. Dự hội nghị có gần 300 đại biểu là bí thư đảng ủy, chủ tịch UBND, chủ tịch Ủy ban MTTQ và trưởng các đoàn thể của các xã trong vùng đề án.
Đồng chí Nguyễn Thị Hải Yến phát biểu chỉ đạo hội nghị.
Theo đề án, thành phố sẽ nhận thêm 5 xã của hai huyện Vũ Thư và Kiến Xương; diện tích tự nhiên tăng hơn 2.100 ha, dân số tăng khoảng 38.000 người. Hai xã Vũ Phúc và Vũ Chính được đề nghị nâng lên thành phường. Để chuẩn bị, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 56-KH/TU ngày 02/8/2011 về lãnh đạo công tác tuyên truyền, vận động nhân dân; Ban Dân vận Tỉnh ủy có Hướng dẫn số 09-HD/BDVTU gửi các huyện ủy, thành ủy và đảng ủy các xã liên quan.
Đồng chí Trần Quốc Hưng, Phó Trưởng Ban Dân vận Tỉnh ủy quán triệt nội dung hướng dẫn, trong đó yêu cầu mỗi chi bộ thôn phân công đảng viên phụ trách từ 10 đến 15 hộ, đến từng gia đình giải thích lý do, quyền lợi và những thay đổi về giấy tờ sau khi sáp nhập. Việc lấy ý kiến cử tri phải công khai, đúng quy trình, hoàn thành trước ngày 20/9.
Tại hội nghị, ông Phạm Quang Khải, Chủ tịch UBND xã Vũ Phúc cho biết người dân phấn khởi vì được lên phường, song còn băn khoăn về giá đất, thuế và việc bố trí lại đất canh tác. Bà Đặng Thị Thu, Bí thư Đảng ủy xã Vũ Chính, đề nghị tỉnh sớm có chính sách cho khoảng 40 cán bộ không chuyên trách có thể dôi dư sau khi thành lập phường. Đại diện xã Phú Xuân nêu việc cần giữ ổn định 3.418 hộ sản xuất nông nghiệp trong giai đoạn chuyển đổi.
Kết luận hội nghị, đồng chí Bùi Văn Thịnh đề nghị các cấp ủy coi đây là nhiệm vụ chính trị trọng tâm của những tháng cuối năm; mặt trận và các đoàn thể tổ chức đối thoại ngay tại thôn, xóm, không để kẻ xấu lợi dụng kích động. UBND tỉnh đã bố trí 1,2 tỷ đồng cho công tác tuyên truyền, in 25.000 tờ gấp phát đến các hộ gia đình.
Cũng tại hội nghị, nhiều đại biểu đề nghị tỉnh sớm công bố quy hoạch sử dụng đất của các phường mới, để người dân yên tâm sản xuất, không chạy theo tin đồn mua bán đất.
Phấn đấu trên 90% cử tri đồng ý với đề án, gắn với phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Minh Thu
Lượt đọc: 1.204
Tin liên quan
- Vũ Thư: tổng kết 10 năm thực hiện Quy chế dân chủ ở cơ sở (10/08/2011)
- Kiến Xương vận động nhân dân hiến đất làm đường (02/08/2011)
- Hội nghị giao ban công tác dân vận 6 tháng đầu năm (15/07/2011)
""", "2011-08-19", "Làm tốt công tác dân vận khi mở rộng địa giới thành phố",
E("hoi_nghi", None, "2011-08-18"),
[P("Nguyễn Thị Hải Yến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bùi Văn Thịnh", "Phó Bí thư Thường trực Thành ủy"),
 P("Trần Quốc Hưng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Quang Khải", "Chủ tịch UBND xã Vũ Phúc"),
 P("Đặng Thị Thu", "Bí thư Đảng ủy xã Vũ Chính")],
[Q("gần 300 đại biểu", 300, "đại biểu", "approx"), Q("5 xã", 5, "xã"), Q("hơn 2.100 ha", 2100, "ha", "over"),
 Q("khoảng 38.000 người", 38000, "người", "approx"), Q("từ 10 đến 15 hộ", 10, "hộ"),
 Q("khoảng 40 cán bộ không chuyên trách", 40, "cán bộ không chuyên trách", "approx"),
 Q("3.418 hộ sản xuất nông nghiệp", 3418, "hộ sản xuất nông nghiệp"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("25.000 tờ gấp", 25000, "tờ gấp"), Q("trên 90%", 90, "%", "over")],
[D("Kế hoạch", "56", "KH/TU", "2011-08-02", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 56-KH/TU ngày 02/8/2011"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU")],
[prov("Thái Bình"), com("Vũ Phúc"), com("Vũ Chính"), com("Phú Xuân")],
["BÁO THÁI BÌNH ĐIỆN TỬ", "Trang chủ > Chính trị > Dân vận", "(TBĐT)", "Đồng chí Nguyễn Thị Hải Yến phát biểu chỉ đạo hội nghị.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt đọc: 1.204"],
["Thứ Sáu, 19/08/2011 - 09:30", "ngày 20/9", "Lượt đọc: 1.204"]))

PAGES.append(page("b6582-hatinh-sapnhapthon-soket-2012", """
Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Thời sự | Xây dựng Đảng | Dân vận
Cập nhật: 15:42, 10/07/2012 (GMT+7)
Vận động nhân dân đồng thuận sáp nhập thôn, xóm
(Baohatinh.vn) - Chiều 9/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Văn Bình, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Thị Minh Hương, Lê Đình Sơn.
Quang cảnh hội nghị. Ảnh: Thu Phương
Điểm nổi bật trong 6 tháng là khối dân vận các cấp đã vào cuộc cùng chính quyền thực hiện Nghị quyết số 10-NQ/TU ngày 12/10/2011 của Ban Chấp hành Đảng bộ tỉnh về sắp xếp, kiện toàn thôn, tổ dân phố. Đến nay toàn tỉnh đã sáp nhập 146 thôn, xóm thành 68 thôn; 21 xã ở 9 huyện, thị xã hoàn thành việc bầu trưởng thôn, bí thư chi bộ ở thôn mới. Tỷ lệ hộ đồng ý với phương án sáp nhập đạt 96,4%. Việc giảm số thôn giúp tiết kiệm khoảng 1,5 tỷ đồng chi phụ cấp mỗi năm.
Ban Dân vận Tỉnh ủy đã ban hành kế hoạch số 38-KH/BDVTU về vận động nhân dân sau sáp nhập và phối hợp với UBND tỉnh hướng dẫn thực hiện Quyết định số 1958/QĐ-UBND ngày 28/6/2012 về chế độ đối với người hoạt động không chuyên trách ở thôn dôi dư. Theo đó, 183 người thôi việc được hỗ trợ mỗi người 3 triệu đồng.
Phát biểu tại hội nghị, ông Phan Đình Lộc, Bí thư Chi bộ kiêm Trưởng thôn Tân Phúc, xã Cẩm Quan, chia sẻ: "Hai thôn cũ có hai nhà văn hóa, hai quỹ, hai ngày giỗ họ. Chúng tôi họp dân mấy lượt, để bà con tự bàn việc chọn tên thôn, chọn nơi làm nhà văn hóa chung thì mới xuôi". Bà Võ Thị Lài, Chủ tịch Ủy ban MTTQ xã Thạch Đài, cho biết xã vận động con em xa quê đóng góp hơn 400 triệu đồng xây nhà văn hóa thôn sau sáp nhập.
Một số ý kiến lưu ý vẫn còn tâm lý cục bộ dòng họ, một số người băn khoăn về việc chia quỹ, tài sản chung; ở một vài nơi còn có đơn thư về việc bố trí cán bộ thôn. Có nơi cán bộ chỉ họp phổ biến một lần rồi lập biên bản, chưa đến từng hộ lắng nghe, nên khi bầu trưởng thôn mới thì phát sinh ý kiến trái chiều. Đại diện Hội Nông dân tỉnh đề nghị quan tâm việc dồn điền, đổi thửa ở những thôn mới có đồng ruộng nằm xen kẽ.
Các đại biểu cũng đánh giá cao cách làm của nhiều chi bộ: tổ chức lễ ra mắt thôn mới trang trọng, mời các cụ cao tuổi, trưởng họ của cả hai thôn cũ cùng dự; duy trì ngày hội đại đoàn kết chung; giữ nguyên các đội văn nghệ, câu lạc bộ dưỡng sinh để bà con sớm gắn bó.
Kết luận hội nghị, đồng chí Nguyễn Văn Bình yêu cầu 6 tháng cuối năm các cấp tiếp tục thực hiện "Dân vận khéo", làm tốt việc hòa nhập cộng đồng ở thôn mới, giải quyết dứt điểm tài sản chung; phấn đấu đến cuối năm 100% thôn sau sáp nhập có quy ước, hương ước mới.
Hoàng Anh
Tin liên quan
- Can Lộc: bầu trưởng thôn sau sáp nhập (03/07/2012)
- Thạch Hà hoàn thành sáp nhập 24 xóm (26/06/2012)
- Ban Dân vận Tỉnh ủy kiểm tra Quy chế dân chủ ở cơ sở (12/06/2012)
- Hương Khê: phát huy vai trò người có uy tín trong đồng bào Chứt (04/06/2012)
""", "2012-07-10", "Vận động nhân dân đồng thuận sáp nhập thôn, xóm",
E("so_ket", "2012-H1", "2012-07-09"),
[P("Nguyễn Văn Bình", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Minh Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Đình Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Đình Lộc", "Bí thư Chi bộ kiêm Trưởng thôn Tân Phúc"),
 P("Võ Thị Lài", "Chủ tịch Ủy ban MTTQ xã Thạch Đài")],
[Q("146 thôn, xóm", 146, "thôn, xóm"), Q("68 thôn", 68, "thôn"), Q("21 xã", 21, "xã"), Q("9 huyện, thị xã", 9, "huyện, thị xã"),
 Q("96,4%", 96.4, "%"), Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"), Q("183 người", 183, "người"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("hơn 400 triệu đồng", 400000000, "đồng", "over"),
 Q("100% thôn", 100, "%")],
[D("Nghị quyết", "10", "NQ/TU", "2011-10-12", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 10-NQ/TU ngày 12/10/2011"),
 D("Kế hoạch", "38", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 38-KH/BDVTU"),
 D("Quyết định", "1958", "QĐ-UBND", "2012-06-28", "UBND tỉnh", "Quyết định số 1958/QĐ-UBND ngày 28/6/2012")],
[prov("Hà Tĩnh"), com("Cẩm Quan"), com("Thạch Đài")],
["Báo Hà Tĩnh - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh", "Thời sự | Xây dựng Đảng | Dân vận",
 "Quang cảnh hội nghị. Ảnh: Thu Phương", "(Baohatinh.vn)", "Dân vận khéo"],
["Cập nhật: 15:42, 10/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "6 tháng"]))

PAGES.append(page("b6583-quangbinh-doithoai-nhapban-2013", """
QUẢNG BÌNH ONLINE - Cổng thông tin điện tử tỉnh Quảng Bình
Tin tức » Chính trị - Xã hội
08:15 | 25/10/2013
Minh Hóa: Đối thoại với đồng bào Chứt về nhập bản
Ngày 23/10, tại nhà văn hóa bản Ón, xã Trọng Hóa, UBND huyện Minh Hóa phối hợp với Ban Dân vận Huyện ủy tổ chức buổi đối thoại năm 2013 giữa người đứng đầu chính quyền huyện với đồng bào dân tộc Chứt và Bru - Vân Kiều về chủ trương nhập các bản nhỏ. Ông Cao Xuân Lịch, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì; hơn 150 người dân của 7 bản tham dự.
Già làng Đinh Xuân Thành phát biểu tại buổi đối thoại. Ảnh: N.H
Theo phương án của huyện, xã Trọng Hóa sẽ nhập 17 bản thành 11 bản, xã Dân Hóa nhập 14 bản thành 10 bản. Có bản chỉ có 19 hộ, cán bộ bản kiêm nhiệm nhiều việc, phụ cấp thấp. Bà Hồ Thị Xuân, HUV, Trưởng Ban Dân vận Huyện ủy giải thích: sau khi nhập, mỗi bản có 1 trưởng bản, 1 bí thư chi bộ, được phụ cấp cao hơn, việc đầu tư nhà văn hóa, đường vào bản cũng tập trung hơn.
Ý kiến của người dân chủ yếu xoay quanh đất sản xuất, rừng cộng đồng và tên gọi của bản mới. Ông Hồ Văn Ba, người có uy tín bản Ra Mai, băn khoăn: "Bản mình với bản Ón khác dòng họ, nhập rồi đất rẫy của ai thì ai vẫn làm hay phải chia lại?". Chị Đinh Thị Nga, Trưởng bản Ón, đề nghị giữ nguyên ranh giới rừng cộng đồng đã giao theo Quyết định số 2317/QĐ-UBND ngày 16/9/2011 của UBND tỉnh.
Trả lời, ông Cao Xuân Lịch khẳng định đất rẫy, rừng đã giao cho hộ, cho cộng đồng được giữ nguyên, bản mới sẽ do dân bàn, dân chọn tên; huyện hỗ trợ mỗi bản sau khi nhập 50 triệu đồng để sửa nhà văn hóa. Huyện cũng giao Phòng Nội vụ hoàn thiện hồ sơ theo Thông tư số 04/2012/TT-BNV của Bộ Nội vụ và Kế hoạch số 27-KH/HU của Huyện ủy, lấy ý kiến từng hộ trước khi trình tỉnh.
Nhiều người dân còn hỏi về việc làm lại giấy tờ. Đại diện Phòng Tư pháp huyện cho biết việc thay đổi tên bản không buộc người dân phải đổi sổ hộ khẩu, giấy chứng nhận quyền sử dụng đất ngay; các giấy tờ cũ vẫn còn giá trị, khi có nhu cầu thì điều chỉnh miễn phí. Về trường học, trạm y tế, huyện giữ nguyên điểm trường ở các bản xa để các cháu không phải đi học xa hơn.
Chị Hồ Thị Liên, người bản Ra Mai, mong sau khi nhập bản, cán bộ bản quan tâm hơn đến các gia đình có con nhỏ, giúp bà con vay vốn nuôi bò, trồng rừng. Ông Cao Xuân Lịch ghi nhận và giao Hội Liên hiệp Phụ nữ huyện, Ngân hàng Chính sách xã hội huyện phối hợp với xã rà soát.
Kết thúc buổi đối thoại, đại diện 7 bản thống nhất với chủ trương; 23 ý kiến của người dân được ghi nhận để trả lời bằng văn bản. Già làng Đinh Xuân Thành, bản Ón, nói ông sẽ cùng trưởng bản đi đến từng nhà vận động.
Nguyễn Hoa
Các tin khác
- Tuyên Hóa: đối thoại với nhân dân về giải phóng mặt bằng (18/10/2013)
- Bố Trạch ra mắt mô hình "Dân vận khéo" (09/10/2013)
- Ban Dân vận Tỉnh ủy làm việc tại Minh Hóa (30/09/2013)
- Lệ Thủy: tập huấn kỹ năng dân vận cho cán bộ cơ sở (21/09/2013)
""", "2013-10-25", "Minh Hóa: Đối thoại với đồng bào Chứt về nhập bản",
E("doi_thoai", "2013", "2013-10-23"),
[P("Cao Xuân Lịch", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Đinh Xuân Thành", "Già làng"),
 P("Hồ Thị Xuân", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hồ Văn Ba", "người có uy tín bản Ra Mai"),
 P("Đinh Thị Nga", "Trưởng bản Ón"),
 P("Hồ Thị Liên")],
[Q("hơn 150 người dân", 150, "người dân", "over"), Q("7 bản", 7, "bản"), Q("17 bản", 17, "bản"), Q("11 bản", 11, "bản"),
 Q("14 bản", 14, "bản"), Q("10 bản", 10, "bản"), Q("19 hộ", 19, "hộ"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("23 ý kiến", 23, "ý kiến")],
[D("Quyết định", "2317", "QĐ-UBND", "2011-09-16", "UBND tỉnh", "Quyết định số 2317/QĐ-UBND ngày 16/9/2011"),
 D("Thông tư", "04", "2012/TT-BNV", None, "Bộ Nội vụ", "Thông tư số 04/2012/TT-BNV"),
 D("Kế hoạch", "27", "KH/HU", None, "Huyện ủy", "Kế hoạch số 27-KH/HU")],
[prov("Quảng Bình"), com("Trọng Hóa"), com("Dân Hóa")],
["QUẢNG BÌNH ONLINE - Cổng thông tin điện tử tỉnh Quảng Bình", "Tin tức » Chính trị - Xã hội", "Già làng Đinh Xuân Thành phát biểu tại buổi đối thoại. Ảnh: N.H",
 "Dân vận khéo"],
["08:15 | 25/10/2013", "năm 2013", "1 trưởng bản", "1 bí thư chi bộ"]))

PAGES.append(page("b6584-nghean-giaoban-q3-2014", """
Ban Dân vận Tỉnh ủy Nghệ An
Bạn đang ở: Trang chủ / Hoạt động / Tin trong tỉnh
Ngày đăng 08/10/2014 | 14:20
Ảnh: Đồng chí Hoàng Thị Quỳnh Anh chủ trì giao ban.
Sắp xếp xóm, khối phố: lấy sự đồng thuận của dân làm thước đo
Sáng 7/10/2014, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý III/2014 với ban dân vận các huyện, thành, thị ủy và Đảng ủy Khối. Đồng chí Hoàng Thị Quỳnh Anh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự có đồng chí Lê Văn Cường, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh.
Giao ban trực tuyến được kết nối đến các huyện miền núi phía Tây. Báo cáo của Ban cho thấy, trong quý, các địa phương tiếp tục thực hiện Chỉ thị 17, 18-CT/TU của Ban Thường vụ Tỉnh ủy về sắp xếp, sáp nhập xóm, khối phố và về củng cố tổ dân vận. Toàn tỉnh đã hợp nhất 312 xóm, khối có quy mô nhỏ; còn khoảng 20 xóm ở các huyện miền núi chưa thống nhất được phương án. Khối dân vận đã tổ chức 64 cuộc đối thoại tại cơ sở, tiếp nhận 97 ý kiến, kiến nghị; đã trả lời 85 ý kiến.
Các đồng chí Lô Văn Thắng, Vi Thị Mai - Trưởng Ban Dân vận Huyện ủy, báo cáo tình hình ở hai huyện miền núi: đồng bào Thái, Khơ Mú vẫn nặng tình với tên bản cũ, nhiều bản cách nhau cả chục cây số đường rừng. Đồng chí Lô Văn Thắng đề nghị không cơ học theo số hộ, bản nào quá xa thì giữ lại.
Một số huyện đồng bằng như Diễn Châu, Yên Thành đã làm tốt: chi bộ họp trước, mặt trận họp sau, rồi mới đưa ra hội nghị toàn dân; những việc lớn như đặt tên xóm, chọn nơi làm hội quán, chia quỹ xóm cũ đều được biểu quyết công khai. Tại xã Diễn Kỷ, các dòng họ còn ký cam kết đoàn kết, không để chuyện họ tộc chi phối việc bầu trưởng xóm.
Ban cũng phổ biến kế hoạch số 112-KH/BDVTU về kiểm tra việc thực hiện Quy chế dân chủ ở xóm mới trong quý IV, và Quyết định 2149/QĐ-UBND.VX ngày 12/6/2014 của UBND tỉnh về tiêu chí xóm, khối phố. Kinh phí hỗ trợ làm hội quán cho các xóm sáp nhập khoảng 8,6 tỷ đồng, trong đó nhân dân đóng góp 35%.
Kết luận giao ban, đồng chí Hoàng Thị Quỳnh Anh nhấn mạnh: sắp xếp xóm là việc hệ trọng, đụng đến tình làng nghĩa xóm, phải để dân bàn. Quý IV, các huyện phải hoàn thành phương án, kiểm tra ít nhất 2 xã mỗi huyện, tránh để phát sinh điểm nóng; gắn với phong trào "Cả nước chung sức xây dựng nông thôn mới".
Hương Giang
Lượt xem: 642
Tin liên quan
- Quỳ Hợp: sơ kết Chỉ thị về sắp xếp xóm (30/09/2014)
- Giao ban khối dân vận quý II/2014 (09/07/2014)
- Anh Sơn: ra mắt 12 xóm mới (15/06/2014)
- Con Cuông: đối thoại với đồng bào Đan Lai về tái định cư (02/06/2014)
""", "2014-10-08", "Sắp xếp xóm, khối phố: lấy sự đồng thuận của dân làm thước đo",
E("giao_ban", "2014-Q3", "2014-10-07"),
[P("Hoàng Thị Quỳnh Anh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Cường", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lô Văn Thắng", "Trưởng Ban Dân vận Huyện ủy"),
 P("Vi Thị Mai", "Trưởng Ban Dân vận Huyện ủy")],
[Q("312 xóm, khối", 312, "xóm, khối"), Q("khoảng 20 xóm", 20, "xóm", "approx"), Q("64 cuộc đối thoại", 64, "cuộc đối thoại"),
 Q("97 ý kiến, kiến nghị", 97, "ý kiến, kiến nghị"), Q("85 ý kiến", 85, "ý kiến"),
 Q("khoảng 8,6 tỷ đồng", 8600000000, "đồng", "approx"), Q("35%", 35, "%"), Q("ít nhất 2 xã", 2, "xã", "over")],
[D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Kế hoạch", "112", "KH/BDVTU", None, None, "kế hoạch số 112-KH/BDVTU"),
 D("Quyết định", "2149", "QĐ-UBND.VX", "2014-06-12", "UBND tỉnh", "Quyết định 2149/QĐ-UBND.VX ngày 12/6/2014")],
[prov("Nghệ An"), com("Diễn Kỷ")],
["Ban Dân vận Tỉnh ủy Nghệ An", "Bạn đang ở: Trang chủ / Hoạt động / Tin trong tỉnh",
 "Ảnh: Đồng chí Hoàng Thị Quỳnh Anh chủ trì giao ban.", "Cả nước chung sức xây dựng nông thôn mới", "Lượt xem: 642"],
["Ngày đăng 08/10/2014 | 14:20", "quý III/2014", "Quý IV", "quý IV", "Lượt xem: 642"]))

PAGES.append(page("b6585-laocai-taphuan-thonban-2015", """
BÁO LÀO CAI
Trang nhất › Xây dựng Đảng › Dân vận
17/06/2015 - 10:05
Bồi dưỡng kỹ năng vận động quần chúng cho cán bộ thôn, bản sau sáp nhập
Trong 2 ngày 15 và 16/6, Ban Dân vận Tỉnh ủy Lào Cai mở lớp tập huấn nghiệp vụ công tác dân vận năm 2015 cho 120 học viên là bí thư chi bộ, trưởng thôn và trưởng ban công tác mặt trận của các thôn, bản vừa sáp nhập ở huyện Bát Xát, Sa Pa và Mường Khương.
Học viên thảo luận nhóm tại lớp tập huấn.
Phát biểu khai mạc, đồng chí Hoàng Thị Thanh, TUV, Trưởng Ban Dân vận Tỉnh ủy cho biết, thực hiện Đề án số 05-ĐA/TU của Ban Thường vụ Tỉnh ủy về sắp xếp thôn, tổ dân phố, từ năm 2013 đến nay tỉnh đã giảm 214 thôn, bản; nhiều thôn mới có trên 150 hộ, gồm nhiều dân tộc cùng sinh sống. Trưởng thôn, bí thư chi bộ sau sáp nhập phải quản lý địa bàn rộng hơn, phong tục khác nhau nên cần kỹ năng mới.
Các học viên được nghe đồng chí Giàng A Chư, Phó Trưởng Ban Dân vận Tỉnh ủy, truyền đạt chuyên đề về Quyết định số 290-QĐ/TW của Bộ Chính trị và cách tổ chức họp thôn; đồng chí Tẩn Láo Lở, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, hướng dẫn nắm tình hình tư tưởng và phòng ngừa truyền đạo trái pháp luật. Chuyên đề về hòa giải ở cơ sở do bà Sùng Thị Mỷ, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh trình bày.
Nhiều học viên kể cách làm trong thực tế. Ông Lý A Sùng, Trưởng thôn Sín Chải mới, xã Tả Phìn, kể thôn phải họp 3 buổi mới chọn được nơi đặt nhà văn hóa; chị Vàng Thị Dợ, Bí thư Chi bộ thôn Lao Chải, xã Y Tý, chia sẻ kinh nghiệm dùng loa phát thanh song ngữ Mông - Kinh.
Tại buổi thảo luận, học viên nêu nhiều vướng mắc: thôn mới có hai nhà văn hóa nhưng chỉ được hỗ trợ sửa một; các hộ ở xa trung tâm thôn ngại đi họp; một số người cao tuổi chưa quen với trưởng thôn mới không cùng dòng họ. Giảng viên gợi ý chia thôn thành các tổ liên gia, mỗi tổ có người có uy tín làm tổ trưởng, để thông tin được truyền đến từng nhà; các buổi họp thôn nên tổ chức vào tối hoặc ngày phiên chợ, có phiên dịch tiếng dân tộc.
Theo Hướng dẫn số 21-HD/BDVTU, sau tập huấn mỗi thôn xây dựng 1 kế hoạch vận động cụ thể. Tổng kinh phí mở lớp gần 96 triệu đồng, từ nguồn Chương trình 135.
Đánh giá chung, các học viên cho rằng nội dung sát thực tế, nhiều tình huống lấy từ chính các thôn vừa sáp nhập trong tỉnh.
Bế mạc lớp tập huấn, Ban Dân vận Tỉnh ủy trao giấy chứng nhận cho 118 học viên hoàn thành khóa học.
Vũ Hằng
Tin cùng chuyên mục
- Mường Khương: giao ban khối dân vận quý II (12/06/2015)
- Sa Pa: hơn 200 hộ hiến đất làm đường (05/06/2015)
- Bắc Hà kiện toàn tổ dân vận thôn (28/05/2015)
- Văn Bàn: vận động đồng bào Mông định canh, định cư (20/05/2015)
""", "2015-06-17", "Bồi dưỡng kỹ năng vận động quần chúng cho cán bộ thôn, bản sau sáp nhập",
E("tap_huan", "2015", "2015-06-15"),
[P("Hoàng Thị Thanh", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Chư", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tẩn Láo Lở", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Sùng Thị Mỷ", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Lý A Sùng", "Trưởng thôn Sín Chải mới"),
 P("Vàng Thị Dợ", "Bí thư Chi bộ thôn Lao Chải")],
[Q("120 học viên", 120, "học viên"), Q("214 thôn, bản", 214, "thôn, bản"), Q("trên 150 hộ", 150, "hộ", "over"),
 Q("3 buổi", 3, "buổi"), Q("gần 96 triệu đồng", 96000000, "đồng", "approx"),
 Q("118 học viên", 118, "học viên")],
[D("Đề án", "05", "ĐA/TU", None, "Ban Thường vụ Tỉnh ủy", "Đề án số 05-ĐA/TU"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW"),
 D("Hướng dẫn", "21", "HD/BDVTU", None, None, "Hướng dẫn số 21-HD/BDVTU")],
[prov("Lào Cai"), com("Tả Phìn"), com("Y Tý")],
["BÁO LÀO CAI", "Trang nhất › Xây dựng Đảng › Dân vận", "Học viên thảo luận nhóm tại lớp tập huấn.", "Chương trình 135"],
["17/06/2015 - 10:05", "2 ngày", "năm 2015", "từ năm 2013", "1 kế hoạch", "Chương trình 135"]))

PAGES.append(page("b6586-quangninh-giamsat-khuthon-2016", """
CỔNG THÔNG TIN ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NINH
Thứ Bảy, 24/09/2016
Trang chủ :: Hoạt động Mặt trận :: Giám sát, phản biện
23-09-2016 16:40
Giám sát việc thực hiện dân chủ trong sắp xếp thôn, khu phố ở Hoành Bồ
Ngày 22/9, đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do bà Chíu Thị Sáu, Phó Chủ tịch Ủy ban MTTQ tỉnh dẫn đầu đã giám sát việc thực hiện Quy chế dân chủ ở cơ sở trong quá trình sắp xếp, sáp nhập thôn, khu phố tại huyện Hoành Bồ, tỉnh Quảng Ninh. Cùng đi có ông Phạm Văn Tuấn, Phó Trưởng Ban Dân vận Tỉnh ủy và đại diện Sở Nội vụ.
Đoàn giám sát làm việc tại xã Đồng Lâm.
Thực hiện Nghị quyết số 15-NQ/TU ngày 05/01/2016 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 1672/KH-UBND của UBND tỉnh, huyện Hoành Bồ đã sắp xếp 82 thôn, khu phố thành 49 thôn, khu phố. Trước khi sáp nhập, các xã đã tổ chức 164 cuộc họp dân; tỷ lệ cử tri đại diện hộ gia đình đồng ý đạt 92,7%, cao nhất là xã Đồng Lâm với 98%.
Qua giám sát trực tiếp tại các xã Đồng Lâm, Kỳ Thượng và Bằng Cả, đoàn ghi nhận việc niêm yết công khai phương án, biên bản họp dân được lưu đầy đủ. Tuy nhiên, ở một số thôn người dân chưa được thông báo về việc xử lý tài sản, quỹ của thôn cũ; 11 người hoạt động không chuyên trách dôi dư chưa được giải quyết chế độ. Ông Lỷ Văn Hin, Trưởng thôn Khe Càn, xã Bằng Cả, kiến nghị hỗ trợ thêm kinh phí sửa nhà văn hóa vì thôn mới có tới 186 hộ người Dao.
Một số hộ dân được đoàn gặp trực tiếp cho biết họ đồng tình với chủ trương vì thôn lớn hơn thì được đầu tư đường, điện tốt hơn, nhưng mong cán bộ thôn mới thường xuyên xuống các xóm lẻ. Ở thôn Đồng Trà, người dân phản ánh lịch họp thôn trùng mùa thu hoạch keo nên nhiều hộ vắng mặt; đoàn đề nghị xã bố trí lại thời gian cho phù hợp và ghi nhận ý kiến bằng phiếu đối với hộ vắng.
Ông Đặng Văn Cường, Phó Chủ tịch UBND huyện Hoành Bồ tiếp thu, cho biết huyện đã bố trí 2,35 tỷ đồng để sửa chữa, nâng cấp 14 nhà văn hóa thôn; các trường hợp dôi dư sẽ được chi trả xong trong quý IV theo Nghị quyết 03/2016/NQ-HĐND của HĐND tỉnh.
Đoàn cũng kiểm tra hồ sơ tại Văn phòng HĐND - UBND huyện, đánh giá huyện đã làm đúng các bước theo hướng dẫn của Sở Nội vụ.
Kết luận buổi giám sát, bà Chíu Thị Sáu đề nghị huyện công khai quyết toán tài sản của thôn cũ, phát huy vai trò ban công tác mặt trận và người có uy tín trong cộng đồng người Dao, Sán Dìu; kiến nghị của đoàn sẽ được gửi bằng văn bản trong 15 ngày.
Thu Nguyệt
Lượt truy cập: 2.315.774
Tin khác
- Ủy ban MTTQ tỉnh giám sát tại thị xã Quảng Yên (16/09/2016)
- Hội nghị phản biện dự thảo Nghị quyết về thôn, khu phố (30/08/2016)
- Tiên Yên: ra mắt thôn mới sau sáp nhập (19/08/2016)
""", "2016-09-23", "Giám sát việc thực hiện dân chủ trong sắp xếp thôn, khu phố ở Hoành Bồ",
E("giam_sat", None, "2016-09-22"),
[P("Chíu Thị Sáu", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phạm Văn Tuấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lỷ Văn Hin", "Trưởng thôn Khe Càn"),
 P("Đặng Văn Cường", "Phó Chủ tịch UBND huyện Hoành Bồ")],
[Q("82 thôn, khu phố", 82, "thôn, khu phố"), Q("49 thôn, khu phố", 49, "thôn, khu phố"), Q("164 cuộc họp dân", 164, "cuộc họp dân"),
 Q("92,7%", 92.7, "%"), Q("98%", 98, "%"), Q("11 người hoạt động không chuyên trách", 11, "người hoạt động không chuyên trách"),
 Q("186 hộ người Dao", 186, "hộ người Dao"), Q("2,35 tỷ đồng", 2350000000, "đồng"), Q("14 nhà văn hóa thôn", 14, "nhà văn hóa thôn")],
[D("Nghị quyết", "15", "NQ/TU", "2016-01-05", "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 15-NQ/TU ngày 05/01/2016"),
 D("Kế hoạch", "1672", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 1672/KH-UBND"),
 D("Nghị quyết", "03", "2016/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết 03/2016/NQ-HĐND")],
[prov("Quảng Ninh"), com("Đồng Lâm"), com("Kỳ Thượng"), com("Bằng Cả")],
["CỔNG THÔNG TIN ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NINH", "Trang chủ :: Hoạt động Mặt trận :: Giám sát, phản biện",
 "Đoàn giám sát làm việc tại xã Đồng Lâm.", "Lượt truy cập: 2.315.774"],
["Thứ Bảy, 24/09/2016", "23-09-2016 16:40", "quý IV", "15 ngày", "Lượt truy cập: 2.315.774"]))
