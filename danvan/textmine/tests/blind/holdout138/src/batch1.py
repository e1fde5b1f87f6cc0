from lib import *
PAGES = []

PAGES.append(page("b3269-nghean-btg-giaoban-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Chính trị
Thứ Sáu, 28/10/2011 - 09:30
Nâng cao chất lượng đội ngũ báo cáo viên cơ sở
Ngày 27/10, Ban Tuyên giáo Tỉnh ủy Nghệ An tổ chức hội nghị giao ban công tác tuyên giáo quý III năm 2011. Đồng chí Nguyễn Đình Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị; dự có 64 đồng chí là trưởng, phó ban tuyên giáo các huyện, thành, thị ủy và đảng ủy trực thuộc.
Toàn cảnh hội nghị giao ban.
Theo báo cáo, trong quý III, toàn tỉnh đã kiện toàn đội ngũ với 312 báo cáo viên cấp huyện và hơn 2.600 tuyên truyền viên ở cơ sở. Các địa phương tổ chức 1.145 buổi sinh hoạt thông tin thời sự cho cán bộ, đảng viên, thu hút khoảng 86.000 lượt người nghe. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 27-KH/TU ngày 12/8/2011 về tổ chức học tập, quán triệt Nghị quyết Đại hội XI của Đảng. Ban cũng ban hành Hướng dẫn số 14-HD/BTGTU về chế độ cung cấp thông tin cho báo cáo viên.
Công tác nắm bắt dư luận xã hội được chú trọng. Mạng lưới 486 cộng tác viên dư luận xã hội ở các huyện đã gửi về Ban 1.230 phiếu thông tin; các vấn đề được quan tâm là giá cả, thu hồi đất và tình hình Biển Đông. Ban đã xây dựng 3 báo cáo chuyên đề phục vụ sự lãnh đạo của Thường trực Tỉnh ủy.
Tại hội nghị, đồng chí Lô Thị Kim Ngân, Trưởng Ban Tuyên giáo Huyện ủy Quỳ Châu, cho biết ở các bản vùng cao, hệ thống loa truyền thanh của 12 xã đã xuống cấp, nhiều cụm loa hỏng, cán bộ phải dùng loa cầm tay để tuyên truyền. Đồng chí Vi Văn Sơn, Bí thư Đảng ủy xã Châu Hạnh, đề nghị có chế độ bồi dưỡng cho tuyên truyền viên bản, hiện mỗi người chỉ được hỗ trợ 50.000 đồng/tháng.
Nhiều ý kiến cho rằng nội dung sinh hoạt báo cáo viên ở một số nơi còn đơn điệu, chủ yếu đọc lại tài liệu; việc nắm và phản ánh tâm tư của nhân dân vùng tái định cư thủy điện chưa kịp thời, có lúc để thông tin xấu lan truyền trước.
Phát biểu kết luận, đồng chí Nguyễn Đình Thắng yêu cầu các cấp tiếp tục thực hiện Chỉ thị 17, 18-CT/TU của Ban Thường vụ Tỉnh ủy về công tác thông tin cơ sở và công tác báo cáo viên; mỗi huyện chọn ít nhất 2 xã làm điểm về đổi mới sinh hoạt báo cáo viên; duy trì chế độ báo cáo dư luận xã hội hằng tháng, gửi về Ban trước ngày 25.
Dịp này, Ban Tuyên giáo Tỉnh ủy tặng giấy khen cho 9 tập thể và 21 cá nhân có thành tích trong công tác tuyên truyền miệng. Đồng chí Hồ Thị Lan, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, công bố quyết định khen thưởng.
Hữu Nghĩa
Lượt xem: 1.204
Tin liên quan
- Quỳ Hợp bồi dưỡng nghiệp vụ cho 80 tuyên truyền viên (20/10/2011)
- Học tập chuyên đề năm 2011 về tấm gương đạo đức Hồ Chí Minh (12/10/2011)
- Diễn Châu: nâng cấp đài truyền thanh 5 xã ven biển (30/9/2011)
""", "2011-10-28", "Nâng cao chất lượng đội ngũ báo cáo viên cơ sở",
E("giao_ban", "2011-Q3", "2011-10-27"),
[P("Nguyễn Đình Thắng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Lô Thị Kim Ngân", "Trưởng Ban Tuyên giáo Huyện ủy Quỳ Châu"),
 P("Vi Văn Sơn", "Bí thư Đảng ủy xã Châu Hạnh"),
 P("Hồ Thị Lan", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy")],
[Q("64 đồng chí", 64, "đồng chí"), Q("312 báo cáo viên cấp huyện", 312, "báo cáo viên cấp huyện"),
 Q("hơn 2.600 tuyên truyền viên", 2600, "tuyên truyền viên", "over"),
 Q("1.145 buổi sinh hoạt thông tin thời sự", 1145, "buổi sinh hoạt thông tin thời sự"),
 Q("khoảng 86.000 lượt người nghe", 86000, "lượt người nghe", "approx"),
 Q("486 cộng tác viên dư luận xã hội", 486, "cộng tác viên dư luận xã hội"),
 Q("1.230 phiếu thông tin", 1230, "phiếu thông tin"), Q("3 báo cáo chuyên đề", 3, "báo cáo chuyên đề"),
 Q("12 xã", 12, "xã"), Q("50.000 đồng/tháng", 50000, "đồng"), Q("ít nhất 2 xã", 2, "xã", "over"),
 Q("9 tập thể", 9, "tập thể"), Q("21 cá nhân", 21, "cá nhân")],
[D("Kế hoạch", "27", "KH/TU", "2011-08-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 27-KH/TU ngày 12/8/2011"),
 D("Hướng dẫn", "14", "HD/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Hướng dẫn số 14-HD/BTGTU"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU")],
[prov("Nghệ An"), com("Châu Hạnh")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN", "Trang chủ > Tin tức - Sự kiện > Chính trị", "Toàn cảnh hội nghị giao ban.",
 "Nghị quyết Đại hội XI", "Biển Đông", "Lượt xem: 1.204"],
["Thứ Sáu, 28/10/2011 - 09:30", "quý III năm 2011", "ngày 25", "64 đồng chí", "Lượt xem: 1.204"]))

PAGES.append(page("b3270-thanhhoa-btg-taphuan-ctv-2012", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Chính trị / Xây dựng Đảng
Cập nhật: 14:05, 16/08/2012 (GMT+7)
Ảnh: Quang cảnh lớp tập huấn.
Tập huấn nghiệp vụ cho 150 cộng tác viên dư luận xã hội
(Baothanhhoa.vn) - Trong 2 ngày 14 và 15/8, Ban Tuyên giáo Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ công tác nắm bắt, tổng hợp dư luận xã hội năm 2012 cho 150 cộng tác viên dư luận xã hội của các huyện, thị xã, thành phố và đảng ủy trực thuộc.
Dự khai mạc lớp tập huấn có đồng chí Lê Thị Thu Hà, Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy; đồng chí Phạm Bá Toàn, Trưởng phòng Dư luận xã hội và Thông tin Ban Tuyên giáo Tỉnh ủy.
Các học viên được nghe giới thiệu Quyết định số 38-QĐ/TW ngày 16/6/2011 của Ban Bí thư về công tác dư luận xã hội trong giai đoạn mới và Quy chế hoạt động của mạng lưới cộng tác viên dư luận xã hội ban hành kèm theo quyết định số 112-QĐ/BTGTU của Ban Tuyên giáo Tỉnh ủy. Báo cáo viên hướng dẫn kỹ năng lập phiếu khảo sát, ghi chép ý kiến trong các cuộc sinh hoạt cộng đồng và viết báo cáo nhanh khi có vụ việc phức tạp.
Năm 2011, mạng lưới cộng tác viên của tỉnh đã gửi 2.874 báo cáo, tổ chức 6 cuộc điều tra dư luận xã hội với khoảng 3.500 phiếu hỏi. Tuy vậy, theo đánh giá của Ban, chỉ khoảng 40% báo cáo đúng hạn, nhiều báo cáo còn chung chung, chưa phản ánh được tâm trạng của nhân dân ở vùng biển và vùng đồng bào Mường, Thái.
Chia sẻ tại lớp học, bà Hà Thị Nhung, cộng tác viên dư luận xã hội của huyện Bá Thước, cho biết mỗi tháng chị đi khoảng 10 bản, ghi lại ý kiến của bà con về giá phân bón, giá thóc và việc làm đường giao thông nông thôn. Ông Cầm Bá Luân, Chủ tịch Hội Cựu chiến binh xã Thành Sơn, cộng tác viên của huyện Quan Hóa, kiến nghị bổ sung kinh phí in phiếu và hỗ trợ tiền điện thoại để báo cáo nhanh.
Nhiều học viên cho rằng tài liệu tập huấn thiết thực, dễ áp dụng; đề nghị Ban tổ chức thêm lớp ở cụm miền núi để cộng tác viên không phải đi xa, đồng thời sớm có phần mềm tổng hợp phiếu thay cho việc cộng tác viên gửi báo cáo viết tay qua đường bưu điện như hiện nay.
Bế mạc lớp học, đồng chí Lê Thị Thu Hà đề nghị các cộng tác viên duy trì báo cáo định kỳ hằng tháng, chậm nhất ngày 20; kịp thời phản ánh những vấn đề nảy sinh ở cơ sở. Ban Tuyên giáo Tỉnh ủy sẽ hỗ trợ mỗi cộng tác viên 100.000 đồng mỗi tháng từ quý IV năm 2012.
Quốc Hương
Lượt đọc: 652
Bài viết liên quan
- Nga Sơn: giao ban báo cáo viên tháng 7 (02/08/2012)
- Khai mạc lớp bồi dưỡng lý luận chính trị cho đảng viên mới (25/07/2012)
- Tuyên truyền về chủ quyền biển, đảo ở các xã ven biển (10/07/2012)
""", "2012-08-16", "Tập huấn nghiệp vụ cho 150 cộng tác viên dư luận xã hội",
E("tap_huan", "2012", "2012-08-14"),
[P("Lê Thị Thu Hà", "Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy"),
 P("Phạm Bá Toàn", "Trưởng phòng Dư luận xã hội và Thông tin Ban Tuyên giáo Tỉnh ủy"),
 P("Hà Thị Nhung", "cộng tác viên dư luận xã hội của huyện Bá Thước"),
 P("Cầm Bá Luân", "Chủ tịch Hội Cựu chiến binh xã Thành Sơn", "cộng tác viên của huyện Quan Hóa")],
[Q("150 cộng tác viên dư luận xã hội", 150, "cộng tác viên dư luận xã hội"),
 Q("2.874 báo cáo", 2874, "báo cáo"), Q("6 cuộc điều tra dư luận xã hội", 6, "cuộc điều tra dư luận xã hội"),
 Q("khoảng 3.500 phiếu hỏi", 3500, "phiếu hỏi", "approx"), Q("khoảng 40%", 40, "%", "approx"),
 Q("khoảng 10 bản", 10, "bản", "approx"), Q("100.000 đồng", 100000, "đồng")],
[D("Quyết định", "38", "QĐ/TW", "2011-06-16", "Ban Bí thư", "Quyết định số 38-QĐ/TW ngày 16/6/2011"),
 D("Quyết định", "112", "QĐ/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "quyết định số 112-QĐ/BTGTU")],
[prov("Thanh Hóa"), com("Thành Sơn")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Chính trị / Xây dựng Đảng",
 "Ảnh: Quang cảnh lớp tập huấn.", "(Baothanhhoa.vn)", "Lượt đọc: 652",
 "Quy chế hoạt động của mạng lưới cộng tác viên dư luận xã hội"],
["Cập nhật: 14:05, 16/08/2012 (GMT+7)", "2 ngày", "ngày 20", "quý IV năm 2012", "Lượt đọc: 652"]))

PAGES.append(page("b3271-laocai-btg-hoinghibcv-2013", """
BAN TUYÊN GIÁO TỈNH ỦY LÀO CAI
Bạn đang ở: Trang chủ » Hoạt động tuyên giáo » Công tác báo cáo viên
08:45 | 09/10/2013
Hội nghị báo cáo viên tháng 10: thông tin nhanh về tình hình thời sự
Sáng 8/10, Ban Tuyên giáo Tỉnh ủy Lào Cai tổ chức Hội nghị báo cáo viên tháng 10/2013 bằng hình thức trực tuyến tới 9 điểm cầu huyện, thành phố với khoảng 420 đại biểu là báo cáo viên cấp tỉnh, cấp huyện và tuyên truyền viên cơ sở.
Đồng chí Sùng A Páo, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị.
Tại hội nghị, các đại biểu được nghe đồng chí Nông Thị Liên, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, thông tin về công tác chuẩn bị Năm Du lịch quốc gia; đồng chí Hoàng Đức Mạnh, Phó Trưởng Ban Dân tộc tỉnh, thông tin kết quả thực hiện chính sách hỗ trợ đồng bào theo Quyết định số 755/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ về hỗ trợ đất ở, đất sản xuất, nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo.
Đồng chí Sùng A Páo cũng thông báo nhanh tình hình dư luận xã hội tháng 9: nhân dân phấn khởi trước kết quả Hội nghị Trung ương 7 (khóa XI); quan tâm tới giá vật tư nông nghiệp, tình trạng sạt lở đất sau mưa lũ làm 17 ngôi nhà bị sập hoàn toàn ở 2 huyện Bát Xát, Sa Pa và việc lợi dụng mạng xã hội để tuyên truyền, kích động người Mông di cư tự do. Trong tháng, mạng lưới 215 cộng tác viên dư luận xã hội đã gửi 198 báo cáo về Ban, đạt 92%.
Ở cơ sở, các xã vùng cao đã phát huy hệ thống loa truyền thanh. Xã Bản Phố hiện có 14 cụm loa ở 14 thôn, phát sóng bằng tiếng phổ thông và tiếng Mông mỗi ngày 2 buổi. Bà Lù Thị Mỷ, tuyên truyền viên thôn Sín Chải, xã Bản Phố, cho biết nhờ nghe loa, bà con biết cách phòng chống rét cho trâu bò và không tin theo lời xúi giục bỏ bản đi nơi khác.
Ông Tẩn Láo Lở, Bí thư Chi bộ thôn Nậm Pung, xã Tả Phìn, đề nghị huyện sớm thay các cụm loa hỏng, vì hiện thôn chỉ còn 1 loa hoạt động được.
Kết luận hội nghị, đồng chí Sùng A Páo yêu cầu báo cáo viên các cấp thực hiện đúng Quy định số 40-QĐ/BTGTW của Ban Tuyên giáo Trung ương về quản lý, sinh hoạt báo cáo viên; định kỳ nắm tình hình trước ngày 20 hằng tháng và khi có vấn đề đột xuất phải báo cáo ngay, không chờ đến kỳ.
Hội nghị báo cáo viên được tổ chức định kỳ hằng tháng, là kênh cung cấp thông tin chính thống cho đội ngũ làm công tác tuyên truyền miệng trên địa bàn tỉnh.
Minh Khoa - Ban Tuyên giáo Tỉnh ủy
Số lượt truy cập: 35.212
Tin khác
- Bắc Hà: hội nghị báo cáo viên quý III (30/09/2013)
- Tuyên truyền phòng chống di cư tự do ở xã Y Tý (18/09/2013)
- Bảo Thắng tập huấn cho 60 tuyên truyền viên (05/09/2013)
""", "2013-10-09", "Hội nghị báo cáo viên tháng 10: thông tin nhanh về tình hình thời sự",
E("hoi_nghi", "2013-10", "2013-10-08"),
[P("Sùng A Páo", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy"),
 P("Nông Thị Liên", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Hoàng Đức Mạnh", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Lù Thị Mỷ", "tuyên truyền viên thôn Sín Chải"),
 P("Tẩn Láo Lở", "Bí thư Chi bộ thôn Nậm Pung")],
[Q("9 điểm cầu huyện, thành phố", 9, "điểm cầu huyện, thành phố"), Q("khoảng 420 đại biểu", 420, "đại biểu", "approx"),
 Q("17 ngôi nhà", 17, "ngôi nhà"), Q("2 huyện", 2, "huyện"),
 Q("215 cộng tác viên dư luận xã hội", 215, "cộng tác viên dư luận xã hội"), Q("198 báo cáo", 198, "báo cáo"),
 Q("92%", 92, "%"), Q("14 cụm loa", 14, "cụm loa"), Q("14 thôn", 14, "thôn")],
[D("Quyết định", "755", "QĐ-TTg", "2013-05-20", "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg ngày 20/5/2013"),
 D("Quy định", "40", "QĐ/BTGTW", None, "Ban Tuyên giáo Trung ương", "Quy định số 40-QĐ/BTGTW")],
[prov("Lào Cai"), com("Bản Phố"), com("Tả Phìn")],
["BAN TUYÊN GIÁO TỈNH ỦY LÀO CAI", "Bạn đang ở: Trang chủ » Hoạt động tuyên giáo » Công tác báo cáo viên",
 "Hội nghị Trung ương 7 (khóa XI)", "Năm Du lịch quốc gia", "Số lượt truy cập: 35.212", "Minh Khoa - Ban Tuyên giáo Tỉnh ủy"],
["08:45 | 09/10/2013", "tháng 10/2013", "2 buổi", "1 loa", "ngày 20", "Số lượt truy cập: 35.212", "Trung ương 7"]))

PAGES.append(page("b3272-hatinh-btg-soket-dlxh-2014", """
hatinh.gov.vn | Cổng thông tin điện tử Hà Tĩnh
Tin tức >> Hoạt động các cơ quan Đảng
18-07-2014 10:20
Kịp thời định hướng dư luận trước sự kiện Biển Đông
Chiều 17/7, Ban Tuyên giáo Tỉnh ủy Hà Tĩnh tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2014, trong đó công tác nắm bắt, định hướng dư luận xã hội được đặt lên hàng đầu. Đồng chí Trần Thị Thanh Huyền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì.
Đồng chí Trần Thị Thanh Huyền phát biểu chỉ đạo tại hội nghị. Ảnh: Thu Hà
Báo cáo tại hội nghị nêu rõ, từ đầu tháng 5, khi Trung Quốc hạ đặt trái phép giàn khoan Hải Dương 981, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Công văn số 1257-CV/TU ngày 14/5/2014 về định hướng tuyên truyền, giữ vững an ninh trật tự; đồng thời ban hành Hướng dẫn số 36-HD/BTGTU về tuyên truyền chủ quyền biển, đảo. Đội ngũ 48 báo cáo viên tỉnh, 427 báo cáo viên cấp huyện đã nói chuyện tại 1.356 buổi sinh hoạt chi bộ, họp thôn, xóm.
Mạng lưới cộng tác viên dư luận xã hội gồm 312 người được bổ sung thêm 57 cộng tác viên ở các doanh nghiệp có vốn đầu tư nước ngoài trong Khu kinh tế Vũng Áng. Trong 6 tháng, Ban nhận 1.840 báo cáo, tổng hợp 6 số thông tin dư luận xã hội gửi Thường trực Tỉnh ủy. Cuộc thăm dò nhanh với khoảng 1.200 phiếu cho thấy hơn 95% người được hỏi đồng tình với chủ trương của Đảng, Nhà nước về bảo vệ chủ quyền.
Tại hội nghị, đồng chí Nguyễn Văn Lợi, Trưởng Ban Tuyên giáo Thị ủy Kỳ Anh, thừa nhận việc nắm tình hình trong công nhân chưa sát, dẫn đến bị động khi có tụ tập đông người giữa tháng 5. Đồng chí Phan Thị Hoa, Phó Chủ tịch UBND xã Kỳ Lợi, kiến nghị tăng thời lượng phát thanh trên hệ thống loa của xã, hiện mỗi ngày phát 2 lần, mỗi lần khoảng 30 phút. Theo bà, người dân vùng bãi ngang chủ yếu nghe thông tin qua loa của xã và qua điện thoại, nên nếu loa chậm thì tin đồn trên mạng xã hội sẽ đi trước.
Kết luận hội nghị, đồng chí Trần Thị Thanh Huyền yêu cầu 6 tháng cuối năm tập trung tuyên truyền Nghị quyết 9 (khóa XI) về xây dựng, phát triển văn hóa, con người Việt Nam; thực hiện nghiêm Quy chế phát ngôn và cung cấp thông tin cho báo chí; mỗi cộng tác viên báo cáo ít nhất 1 lần mỗi tháng và báo cáo ngay khi có vụ việc phức tạp.
Các ban tuyên giáo huyện, thị ủy cũng được yêu cầu rà soát, kiện toàn đội ngũ báo cáo viên trước ngày 30/9; thay thế những người không còn đủ điều kiện hoạt động.
Thu Hà
In bài | Gửi email
Tin cùng chuyên mục
- Hương Khê: tọa đàm về công tác dư luận xã hội (10/07/2014)
- Tuyên truyền về chủ quyền biển đảo tới 100% chi bộ (25/06/2014)
- Lộc Hà tập huấn cho báo cáo viên cơ sở (12/06/2014)
""", "2014-07-18", "Kịp thời định hướng dư luận trước sự kiện Biển Đông",
E("so_ket", "2014-H1", "2014-07-17"),
[P("Trần Thị Thanh Huyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Nguyễn Văn Lợi", "Trưởng Ban Tuyên giáo Thị ủy Kỳ Anh"),
 P("Phan Thị Hoa", "Phó Chủ tịch UBND xã Kỳ Lợi")],
[Q("48 báo cáo viên tỉnh", 48, "báo cáo viên tỉnh"), Q("427 báo cáo viên cấp huyện", 427, "báo cáo viên cấp huyện"),
 Q("1.356 buổi sinh hoạt chi bộ, họp thôn, xóm", 1356, "buổi sinh hoạt chi bộ, họp thôn, xóm"),
 Q("312 người", 312, "người"), Q("57 cộng tác viên", 57, "cộng tác viên"),
 Q("1.840 báo cáo", 1840, "báo cáo"), Q("6 số thông tin dư luận xã hội", 6, "số thông tin dư luận xã hội"),
 Q("khoảng 1.200 phiếu", 1200, "phiếu", "approx"), Q("hơn 95%", 95, "%", "over")],
[D("Công văn", "1257", "CV/TU", "2014-05-14", "Ban Thường vụ Tỉnh ủy", "Công văn số 1257-CV/TU ngày 14/5/2014"),
 D("Hướng dẫn", "36", "HD/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Hướng dẫn số 36-HD/BTGTU")],
[prov("Hà Tĩnh"), com("Kỳ Lợi")],
["hatinh.gov.vn | Cổng thông tin điện tử Hà Tĩnh", "Tin tức >> Hoạt động các cơ quan Đảng",
 "Đồng chí Trần Thị Thanh Huyền phát biểu chỉ đạo tại hội nghị. Ảnh: Thu Hà", "Hải Dương 981", "Khu kinh tế Vũng Áng",
 "Nghị quyết 9 (khóa XI)", "Quy chế phát ngôn và cung cấp thông tin cho báo chí", "In bài | Gửi email"],
["18-07-2014 10:20", "6 tháng đầu năm 2014", "6 tháng cuối năm", "2 lần", "khoảng 30 phút", "ít nhất 1 lần", "Hải Dương 981", "Nghị quyết 9", "ngày 30/9"]))

PAGES.append(page("b3273-sonla-btg-tongket-ttcs-2015", """
SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH SƠN LA
Trang chủ / Tin tức / Thông tin cơ sở
Ngày đăng 30/12/2015 | 16:10
Toàn cảnh hội nghị tổng kết.
Năm 2015: 187 xã, phường có đài truyền thanh cơ sở
Ngày 29/12/2015, Sở Thông tin và Truyền thông tỉnh Sơn La phối hợp với Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị tổng kết công tác thông tin cơ sở năm 2015 và triển khai nhiệm vụ năm 2016.
Chủ trì hội nghị có ông Lò Văn Muôn, Giám đốc Sở Thông tin và Truyền thông; bà Cầm Thị Phong, Phó Trưởng Ban Tuyên giáo Tỉnh ủy.
Báo cáo của Sở cho biết, đến hết năm 2015, toàn tỉnh có 187/204 xã, phường, thị trấn có đài truyền thanh cơ sở, với 1.524 cụm loa đặt tại các bản, tiểu khu. Trong năm, các đài phát được khoảng 31.000 giờ chương trình, trong đó hơn 4.000 giờ bằng tiếng Thái và tiếng Mông. Tỉnh đầu tư nâng cấp 23 đài truyền thanh xã với tổng kinh phí gần 6,4 tỷ đồng từ Chương trình mục tiêu quốc gia đưa thông tin về cơ sở miền núi, vùng sâu, vùng xa. Đội ngũ báo cáo viên, tuyên truyền viên của tỉnh có 3.418 người, trong đó 1.102 người là người dân tộc thiểu số.
Tuy nhiên, 17 xã vùng cao chưa có đài truyền thanh; khoảng 30% cụm loa đã hư hỏng, không hoạt động do thời tiết và thiếu kinh phí sửa chữa. Cán bộ phụ trách đài ở xã hầu hết kiêm nhiệm, chế độ phụ cấp thấp.
Phát biểu tại hội nghị, ông Quàng Văn Hặc, Chủ tịch UBND xã Chiềng Khoang, chia sẻ: xã đã vận động nhân dân đóng góp 42 triệu đồng và hơn 300 ngày công để kéo dây, lắp loa cho 11 bản. Bà Mùa Thị Dợ, Phó Bí thư Đảng ủy xã Mường Lạn, cho biết từ khi có loa tiếng Mông, số vụ việc truyền đạo trái pháp luật ở xã đã giảm rõ rệt. Nhiều đại biểu đề nghị tỉnh sớm có cơ chế hỗ trợ phụ cấp cho người trực tiếp vận hành đài, vì hiện nhiều xã phải trả bằng nguồn xã hội hóa, không ổn định; đồng thời mở lớp bồi dưỡng kỹ năng biên tập tin bài bằng tiếng dân tộc cho cán bộ văn hóa - thông tin xã.
Về công tác tuyên truyền miệng, đội ngũ báo cáo viên đã bám sát các sự kiện chính trị lớn trong năm như đại hội đảng bộ các cấp, kỷ niệm 70 năm Cách mạng tháng Tám và Quốc khánh, kịp thời thông tin tới các bản vùng sâu.
Ông Lò Văn Muôn đề nghị các huyện, thành phố năm 2016 tập trung triển khai Chỉ thị số 07/CT-UBND ngày 15/6/2015 của UBND tỉnh về tăng cường công tác thông tin cơ sở, Kế hoạch số 118/KH-UBND của UBND tỉnh về thông tin tuyên truyền giai đoạn 2016-2020.
Dịp này, UBND tỉnh tặng bằng khen cho 8 tập thể, 15 cá nhân; Sở Thông tin và Truyền thông tặng giấy khen cho 20 đài truyền thanh cơ sở tiêu biểu.
Bích Ngọc
Lượt xem: 2.031
Tin khác
- Mộc Châu: khai trương đài truyền thanh xã Chiềng Hắc (18/12/2015)
- Tập huấn kỹ năng viết tin cho cán bộ đài truyền thanh xã (04/12/2015)
- Thuận Châu: hơn 90% bản có cụm loa (20/11/2015)
""", "2015-12-30", "Năm 2015: 187 xã, phường có đài truyền thanh cơ sở",
E("tong_ket", "2015", "2015-12-29"),
[P("Lò Văn Muôn", "Giám đốc Sở Thông tin và Truyền thông"),
 P("Cầm Thị Phong", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Quàng Văn Hặc", "Chủ tịch UBND xã Chiềng Khoang"),
 P("Mùa Thị Dợ", "Phó Bí thư Đảng ủy xã Mường Lạn")],
[Q("187/204 xã, phường, thị trấn", 187, "xã, phường, thị trấn"), Q("1.524 cụm loa", 1524, "cụm loa"),
 Q("khoảng 31.000 giờ chương trình", 31000, "giờ chương trình", "approx"), Q("hơn 4.000 giờ", 4000, "giờ", "over"),
 Q("23 đài truyền thanh xã", 23, "đài truyền thanh xã"), Q("gần 6,4 tỷ đồng", 6400000000, "đồng", "approx"),
 Q("3.418 người", 3418, "người"), Q("1.102 người", 1102, "người"), Q("17 xã vùng cao", 17, "xã vùng cao"),
 Q("khoảng 30%", 30, "%", "approx"), Q("42 triệu đồng", 42000000, "đồng"), Q("hơn 300 ngày công", 300, "ngày công", "over"),
 Q("11 bản", 11, "bản"), Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân"),
 Q("20 đài truyền thanh cơ sở tiêu biểu", 20, "đài truyền thanh cơ sở tiêu biểu")],
[D("Chỉ thị", "07", "CT-UBND", "2015-06-15", "UBND tỉnh", "Chỉ thị số 07/CT-UBND ngày 15/6/2015"),
 D("Kế hoạch", "118", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 118/KH-UBND")],
[prov("Sơn La"), com("Chiềng Khoang"), com("Mường Lạn")],
["SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH SƠN LA", "Trang chủ / Tin tức / Thông tin cơ sở", "Toàn cảnh hội nghị tổng kết.",
 "Chương trình mục tiêu quốc gia đưa thông tin về cơ sở miền núi, vùng sâu, vùng xa", "Lượt xem: 2.031"],
["Ngày đăng 30/12/2015 | 16:10", "70 năm", "năm 2015", "năm 2016", "giai đoạn 2016-2020", "Lượt xem: 2.031"]))

PAGES.append(page("b3274-quangnam-hdnd-giamsat-loa-2016", """
BÁO QUẢNG NAM ONLINE
Thời sự › Chính quyền
Thứ Sáu, 23/09/2016 - 07:40
Giám sát hoạt động truyền thanh cơ sở tại Tây Giang
(QNO) - Ngày 22/9, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh Quảng Nam do bà Lê Thị Mỹ Dung, Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn, giám sát việc thực hiện chính sách đầu tư, quản lý hệ thống truyền thanh cơ sở và công tác thông tin, tuyên truyền ở vùng đồng bào dân tộc thiểu số tại huyện Tây Giang.
Đoàn giám sát làm việc tại xã A Tiêng.
Theo báo cáo của UBND huyện, Tây Giang có 10 xã với hơn 4.300 hộ, chủ yếu là đồng bào Cơ Tu. Từ năm 2011 đến nay, huyện được đầu tư 10 đài truyền thanh không dây cấp xã với tổng kinh phí khoảng 5,2 tỷ đồng; đến nay 3 đài đã hư hỏng thiết bị phát, chưa có kinh phí sửa chữa. Toàn huyện có 126 cụm loa ở 62 thôn, nhưng chỉ khoảng 70% hoạt động thường xuyên.
Huyện đã xây dựng đội ngũ 54 tuyên truyền viên thôn, trong đó 38 người là già làng, trưởng thôn. Hằng tháng, Ban Tuyên giáo Huyện ủy tổng hợp báo cáo tình hình tư tưởng, dư luận xã hội từ các chi bộ thôn, gửi Ban Tuyên giáo Tỉnh ủy trước ngày 22.
Ông Alăng Đơớt, Phó Chủ tịch UBND huyện Tây Giang, cho biết huyện đã ban hành Kế hoạch số 86/KH-UBND ngày 10/3/2016 về nâng cao hiệu quả thông tin cơ sở, trong đó yêu cầu mỗi đài xã phát tối thiểu 3 chương trình tiếng Cơ Tu mỗi tuần. Ông Alăng Bướch, Chủ tịch UBND xã A Tiêng, kiến nghị tỉnh hỗ trợ thêm kinh phí trả phụ cấp cho người trực đài, hiện mức chi chỉ 300.000 đồng/tháng.
Già làng Bríu Pố ở thôn Agrồng, xã A Tiêng, nói rằng bà con thích nghe loa khi có tiếng Cơ Tu, nghe rõ chủ trương mới, không bị kẻ xấu xúi giục. Nhiều thôn ở xa, loa chỉ phát được khi có điện lưới, mùa mưa thường xuyên mất điện nhiều ngày, có nơi phải nhờ người đi chợ mang tin về.
Kết luận buổi giám sát, bà Lê Thị Mỹ Dung đề nghị UBND huyện rà soát, đánh giá lại hiệu quả đầu tư các đài truyền thanh theo Quyết định số 119/QĐ-TTg ngày 18/1/2011 của Thủ tướng Chính phủ; phối hợp Sở Thông tin và Truyền thông đề xuất danh mục sửa chữa năm 2017; có cơ chế phối hợp giữa đài truyền thanh xã với đội ngũ báo cáo viên, tuyên truyền viên để thông tin chính thống đến được từng hộ dân.
Đoàn cũng ghi nhận kiến nghị của huyện về việc đưa chỉ tiêu cụm loa hoạt động vào bộ tiêu chí thôn văn hóa, và sẽ tổng hợp trình kỳ họp HĐND tỉnh cuối năm.
Alăng Ngược
Lượt xem: 1.117
Tin liên quan
- Nam Giang: đưa thông tin về cơ sở vùng biên giới (12/09/2016)
- HĐND tỉnh giám sát chính sách người có uy tín (30/08/2016)
- Đông Giang tập huấn cho 40 tuyên truyền viên thôn (15/08/2016)
""", "2016-09-23", "Giám sát hoạt động truyền thanh cơ sở tại Tây Giang",
E("giam_sat", None, "2016-09-22"),
[P("Lê Thị Mỹ Dung", "Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Alăng Đơớt", "Phó Chủ tịch UBND huyện Tây Giang"),
 P("Alăng Bướch", "Chủ tịch UBND xã A Tiêng"),
 P("Bríu Pố", "Già làng")],
[Q("10 xã", 10, "xã"), Q("hơn 4.300 hộ", 4300, "hộ", "over"),
 Q("10 đài truyền thanh không dây cấp xã", 10, "đài truyền thanh không dây cấp xã"),
 Q("khoảng 5,2 tỷ đồng", 5200000000, "đồng", "approx"), Q("3 đài", 3, "đài"), Q("126 cụm loa", 126, "cụm loa"),
 Q("62 thôn", 62, "thôn"), Q("khoảng 70%", 70, "%", "approx"), Q("54 tuyên truyền viên thôn", 54, "tuyên truyền viên thôn"),
 Q("38 người", 38, "người"), Q("tối thiểu 3 chương trình tiếng Cơ Tu", 3, "chương trình tiếng Cơ Tu"),
 Q("300.000 đồng/tháng", 300000, "đồng")],
[D("Kế hoạch", "86", "KH-UBND", "2016-03-10", "UBND huyện", "Kế hoạch số 86/KH-UBND ngày 10/3/2016"),
 D("Quyết định", "119", "QĐ-TTg", "2011-01-18", "Thủ tướng Chính phủ", "Quyết định số 119/QĐ-TTg ngày 18/1/2011")],
[prov("Quảng Nam"), com("A Tiêng")],
["BÁO QUẢNG NAM ONLINE", "Thời sự › Chính quyền", "(QNO)", "Đoàn giám sát làm việc tại xã A Tiêng.", "Lượt xem: 1.117", "thôn văn hóa"],
["Thứ Sáu, 23/09/2016 - 07:40", "ngày 22", "năm 2017", "Lượt xem: 1.117"]))
