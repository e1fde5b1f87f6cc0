from lib import *
PAGES = []

PAGES.append(page("b3107-hcm-bdv-tongket-2017", """
BAN DÂN VẬN THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH
Hôm nay: Thứ Hai, 18/12/2017
Trang chủ | Tin tức | Hoạt động Ban
Thứ Bảy, 16/12/2017, 08:30
Ảnh: Quang cảnh hội nghị tổng kết.
Khối dân vận thành phố: lắng nghe dân nhiều hơn, giải quyết nhanh hơn
Ngày 15/12/2017, Ban Dân vận Thành ủy TP Hồ Chí Minh tổ chức hội nghị tổng kết công tác dân vận năm 2017 và triển khai phương hướng, nhiệm vụ năm 2018. Chủ trì hội nghị có đồng chí Võ Thị Ngọc Diễm, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy; các đồng chí Phó Trưởng Ban Dân vận Thành ủy: Quách Tú Linh, Nguyễn Hồ Hải Đăng, Sa Ly Mách.
Năm 2017, Ban đã tham mưu Ban Thường vụ Thành ủy ban hành Chương trình hành động số 14-CTr/TU thực hiện Kết luận 114-KL/TW của Ban Bí thư, Kết luận 31, 32-KL/TU về công tác dân vận trong các dự án chỉnh trang đô thị và trong doanh nghiệp ngoài nhà nước. Toàn thành phố có 1.348 mô hình "Dân vận khéo", trong đó 86 mô hình cấp thành phố; 31 đồng chí được đề nghị khen thưởng tại hội nghị.
Công tác dân vận chính quyền có chuyển biến: 100% sở, ngành, quận, huyện thực hiện tiếp công dân định kỳ; thành phố tiếp nhận hơn 26.000 đơn thư, giải quyết 94,6% thuộc thẩm quyền. Qua tổng đài 1022, người dân đã gửi khoảng 118.000 phản ánh về hạ tầng, môi trường, trật tự đô thị. Nhân dân đã đóng góp trên 420 tỷ đồng xây dựng hẻm, cầu, đèn chiếu sáng.
Tham luận tại hội nghị, bà Mai Thị Xuân Thảo, HUV, Trưởng Ban Dân vận Huyện ủy Củ Chi, chia sẻ việc vận động 2.317 hộ dân hiến đất mở rộng đường giao thông nông thôn; ông Mohamad Ly, Phó Chủ tịch Ban đại diện cộng đồng Hồi giáo thành phố, nói về việc phối hợp chăm lo cho 7 thánh đường và bà con người Chăm nghèo ở phường Tân Thành.
Phát biểu chỉ đạo, đồng chí Đặng Văn Hiếu, Phó Bí thư Thường trực Thành ủy, ghi nhận những kết quả nổi bật; yêu cầu năm 2018 khối dân vận tập trung thực hiện Nghị quyết 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương về sắp xếp tổ chức bộ máy, nắm chắc tư tưởng của cán bộ, công chức; theo dõi sát các điểm nóng về đất đai tại khu đô thị mới Thủ Thiêm.
Dịp này, Ủy ban nhân dân thành phố tặng bằng khen cho 45 tập thể và 62 cá nhân; Ban Dân vận Trung ương tặng kỷ niệm chương "Vì sự nghiệp Dân vận" cho 19 đồng chí.
Theo nhận định tại hội nghị, bên cạnh kết quả, việc đối thoại ở một số phường còn mang tính hình thức, trả lời chung chung; cán bộ một cửa ở nơi này nơi khác còn gây phiền hà; việc tiếp nhận và phản hồi ý kiến qua mạng xã hội chưa kịp thời.
Hồng Nhung
Tin liên quan
- Quận 12 sơ kết 5 năm mô hình "Tổ dân vận tự quản" (08/12/2017)
- Trao 50 căn nhà tình nghĩa cho gia đình chính sách (01/12/2017)
- Tọa đàm "Dân vận chính quyền trong cải cách hành chính" (22/11/2017)
""", "2017-12-16", "Khối dân vận thành phố: lắng nghe dân nhiều hơn, giải quyết nhanh hơn",
E("tong_ket", "2017", "2017-12-15"),
[P("Võ Thị Ngọc Diễm", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Quách Tú Linh", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Hồ Hải Đăng", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Sa Ly Mách", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Mai Thị Xuân Thảo", "HUV", "Trưởng Ban Dân vận Huyện ủy Củ Chi"),
 P("Mohamad Ly", "Phó Chủ tịch Ban đại diện cộng đồng Hồi giáo thành phố"),
 P("Đặng Văn Hiếu", "Phó Bí thư Thường trực Thành ủy")],
[Q("1.348 mô hình", 1348, "mô hình"), Q("86 mô hình cấp thành phố", 86, "mô hình cấp thành phố"), Q("31 đồng chí", 31, "đồng chí"),
 Q("100%", 100, "%"), Q("hơn 26.000 đơn thư", 26000, "đơn thư", "over"), Q("94,6%", 94.6, "%"),
 Q("khoảng 118.000 phản ánh", 118000, "phản ánh", "approx"), Q("trên 420 tỷ đồng", 420000000000, "đồng", "over"),
 Q("2.317 hộ dân", 2317, "hộ dân"), Q("7 thánh đường", 7, "thánh đường"),
 Q("45 tập thể", 45, "tập thể"), Q("62 cá nhân", 62, "cá nhân"), Q("19 đồng chí", 19, "đồng chí")],
[D("Chương trình hành động", "14", "CTr/TU", None, "Ban Thường vụ Thành ủy", "Chương trình hành động số 14-CTr/TU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW của Ban Bí thư"),
 D("Kết luận", "31", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 31, 32-KL/TU"),
 D("Kết luận", "32", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 31, 32-KL/TU"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương", "Nghị quyết 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương")],
[prov("Hồ Chí Minh"), com("Tân Thành")],
["BAN DÂN VẬN THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH", "Hôm nay: Thứ Hai, 18/12/2017", "Trang chủ | Tin tức | Hoạt động Ban",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Dân vận khéo", "Vì sự nghiệp Dân vận", "Thủ Thiêm"],
["Hôm nay: Thứ Hai, 18/12/2017", "Thứ Bảy, 16/12/2017, 08:30", "31 đồng chí", "19 đồng chí", "tổng đài 1022", "năm 2017", "năm 2018"]))

PAGES.append(page("b3108-danang-bdv-soket-2018", """
Báo Đà Nẵng điện tử
Trang chủ :: Chính trị :: Dân vận
Cập nhật lúc 17:20 ngày 20/07/2018
Hơn 9.000 hộ dân đồng thuận nhường đất mở đường kiệt, hẻm
Ngày 19/7, Ban Dân vận Thành ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2018. Đồng chí Trần Thị Diệu Hoa, Thành ủy viên, Trưởng Ban Dân vận Thành ủy chủ trì hội nghị, với sự tham dự của 7 điểm cầu quận, huyện.
Đại biểu dự hội nghị tại điểm cầu chính.
Báo cáo cho thấy, 6 tháng qua khối dân vận đã phối hợp vận động hơn 9.000 hộ dân nhường đất, tháo dỡ vật kiến trúc để chỉnh trang, mở rộng 146 kiệt, hẻm; giá trị đất và tài sản người dân hiến tặng ước khoảng 37,8 tỷ đồng. Ban Dân vận Thành ủy đã tham mưu Thường trực Thành ủy ban hành Quy chế phối hợp số 09-QC/TU giữa Ban Dân vận Thành ủy với Ban Cán sự đảng UBND thành phố trong công tác dân vận chính quyền; ban hành Hướng dẫn số 13-HD/BDVTU về đánh giá chất lượng tổ dân vận khu dân cư.
Về tiếp nhận ý kiến người dân, thành phố ghi nhận 6.402 lượt người phản ánh qua ứng dụng Góp ý Đà Nẵng, tổng đài 1022; 83% phản ánh đã được xử lý và phản hồi. Các quận, huyện đã tổ chức 41 buổi đối thoại với doanh nghiệp và người dân về giải tỏa, tái định cư.
Tại hội nghị, ông Bríu Liếc, Bí thư Đảng ủy xã Hòa Bắc, kiến nghị có chính sách hỗ trợ đồng bào Cơ Tu trồng rừng gỗ lớn; bà Alăng Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã Hòa Phú, cho biết hội đã vận động 68 hội viên vay vốn phát triển du lịch cộng đồng. Ông Hồ Văn Tân, HUV, Trưởng Ban Dân vận Huyện ủy Hòa Vang, đề nghị sớm giải quyết dứt điểm 12 hồ sơ tái định cư tồn đọng.
Kết luận hội nghị, đồng chí Trần Thị Diệu Hoa đề nghị 6 tháng cuối năm tiếp tục thực hiện Kết luận 114-KL/TW của Ban Bí thư, Nghị quyết 25-NQ/TU ngày 04/4/2018 của Ban Thường vụ Thành ủy về phát huy quyền làm chủ của nhân dân; tập trung vận động nhân dân thực hiện thành phố "4 an"; tổ chức tốt hội thi "Dân vận khéo" cấp thành phố lần thứ 3.
Nhiều ý kiến cho rằng việc giải quyết đơn thư ở một số phường còn chậm; một số dự án thu hồi đất kéo dài nhiều năm, người dân chưa được bố trí tái định cư, gây bức xúc và khiếu kiện vượt cấp. Ở một số phường, việc tiếp nhận phản ánh qua ứng dụng chưa gắn với trách nhiệm của người đứng đầu, phản hồi còn chung chung, thậm chí trả lời sai nội dung người dân hỏi. Một số tổ dân phố chưa phát huy vai trò tổ dân vận trong nắm bắt dư luận.
T.Hương
Tin cùng chuyên mục
- Liên Chiểu đối thoại với người dân khu vực Bàu Tràm (12/07/2018)
- Hòa Vang trao 40 suất học bổng cho học sinh Cơ Tu (05/07/2018)
- Sơn Trà ra mắt mô hình "Kiệt, hẻm văn minh" (28/06/2018)
""", "2018-07-20", "Hơn 9.000 hộ dân đồng thuận nhường đất mở đường kiệt, hẻm",
E("so_ket", "2018-H1", "2018-07-19"),
[P("Trần Thị Diệu Hoa", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Bríu Liếc", "Bí thư Đảng ủy xã Hòa Bắc"),
 P("Alăng Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ xã Hòa Phú"),
 P("Hồ Văn Tân", "HUV", "Trưởng Ban Dân vận Huyện ủy Hòa Vang")],
[Q("7 điểm cầu quận, huyện", 7, "điểm cầu quận, huyện"), Q("hơn 9.000 hộ dân", 9000, "hộ dân", "over"), Q("146 kiệt, hẻm", 146, "kiệt, hẻm"),
 Q("khoảng 37,8 tỷ đồng", 37800000000, "đồng", "approx"), Q("6.402 lượt người", 6402, "lượt người"), Q("83%", 83, "%"),
 Q("41 buổi đối thoại", 41, "buổi đối thoại"), Q("68 hội viên", 68, "hội viên"), Q("12 hồ sơ tái định cư", 12, "hồ sơ tái định cư")],
[D("Quy chế phối hợp", "09", "QC/TU", None, "Thường trực Thành ủy", "Quy chế phối hợp số 09-QC/TU"),
 D("Hướng dẫn", "13", "HD/BDVTU", None, "Ban Dân vận Thành ủy", "Hướng dẫn số 13-HD/BDVTU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW của Ban Bí thư"),
 D("Nghị quyết", "25", "NQ/TU", "2018-04-04", "Ban Thường vụ Thành ủy", "Nghị quyết 25-NQ/TU ngày 04/4/2018 của Ban Thường vụ Thành ủy")],
[prov("Đà Nẵng"), com("Hòa Bắc"), com("Hòa Phú")],
["Báo Đà Nẵng điện tử", "Trang chủ :: Chính trị :: Dân vận", "Đại biểu dự hội nghị tại điểm cầu chính.", "Góp ý Đà Nẵng",
 "Dân vận khéo", "4 an"],
["Cập nhật lúc 17:20 ngày 20/07/2018", "6 tháng đầu năm", "6 tháng cuối năm 2018", "tổng đài 1022", "4 an", "lần thứ 3"]))

PAGES.append(page("b3109-haiphong-giaoban-q1-2019", """
BAN DÂN VẬN THÀNH ỦY HẢI PHÒNG
Vị trí: Trang chủ >> Tin tức - Sự kiện >> Hoạt động khối dân vận
2019-04-10 09:15
Đồng chí Lê Thị Thu Hà, Phó Trưởng Ban Dân vận Thành ủy chủ trì giao ban.
Khối dân vận thành phố triển khai nhiệm vụ trọng tâm quý II
Ngày 09/4/2019, Ban Dân vận Thành ủy Hải Phòng tổ chức giao ban khối dân vận quý I năm 2019. Đồng chí Lê Thị Thu Hà, Phó Trưởng Ban Dân vận Thành ủy chủ trì; dự có lãnh đạo Ủy ban MTTQ Việt Nam thành phố, các đoàn thể và trưởng ban dân vận 15 quận, huyện ủy.
Trong quý I, khối dân vận đã tập trung vận động nhân dân đón Tết Kỷ Hợi an toàn, tiết kiệm; tổ chức thăm, tặng 14.650 suất quà cho hộ nghèo, gia đình chính sách với tổng trị giá hơn 7,3 tỷ đồng. Ban Dân vận Thành ủy ban hành Kế hoạch số 56-KH/BDVTU ngày 15/01/2019 về công tác dân vận năm 2019 và Hướng dẫn số 19-HD/BDVTU về xây dựng mô hình "Dân vận khéo" trong cải cách hành chính.
Về dân vận chính quyền, các cơ quan hành chính thành phố đã tiếp 2.041 lượt công dân, tiếp nhận 786 đơn thư, kiến nghị; đã giải quyết 612 đơn. Thành phố tổ chức 5 hội nghị đối thoại về giải phóng mặt bằng dự án đường ven biển và dự án khu công nghiệp tại huyện Tiên Lãng, vận động 326 hộ nhận tiền bồi thường. Chỉ số hài lòng về sự phục vụ hành chính đạt 86,7%.
Tại buổi giao ban, ông Nguyễn Xuân Bình, Trưởng Ban Dân vận Huyện ủy Tiên Lãng, cho biết còn 17 hộ ở xã Vinh Quang chưa đồng thuận với giá bồi thường; bà Phạm Thị Hường, Chủ tịch Hội Nông dân thành phố, đề nghị có cơ chế hỗ trợ chuyển đổi nghề cho nông dân mất đất. Ông Vũ Tiến Phụng, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, thông tin về việc lấy ý kiến nhân dân đối với đội ngũ cán bộ, đảng viên theo Quy định 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư.
Kết luận, đồng chí Lê Thị Thu Hà yêu cầu quý II tập trung tổng kết 20 năm thực hiện Chỉ thị 30-CT/TW của Bộ Chính trị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở; phối hợp đôn đốc giải quyết các kiến nghị của cử tri trước kỳ họp HĐND thành phố giữa năm; chuẩn bị hội nghị biểu dương "Dân vận khéo" giai đoạn 2016-2019.
Một số ý kiến phản ánh việc công khai thủ tục hành chính trên cổng dịch vụ công đã tốt hơn, nhưng người cao tuổi ở nông thôn còn gặp khó khi nộp hồ sơ trực tuyến; cần bố trí cán bộ hướng dẫn tại bộ phận một cửa các xã, thị trấn. Ban Dân vận Thành ủy sẽ đưa nội dung này vào chương trình giám sát trong quý III.
Phương Thảo
Bài viết liên quan
- Dương Kinh đối thoại với nhân dân phường Hòa Nghĩa (02/04/2019)
- Ban Dân vận Thành ủy kiểm tra Quy chế dân chủ tại huyện An Lão (25/03/2019)
- Vĩnh Bảo ra mắt 6 mô hình "Dân vận khéo" (15/03/2019)
""", "2019-04-10", "Khối dân vận thành phố triển khai nhiệm vụ trọng tâm quý II",
E("giao_ban", "2019-Q1", "2019-04-09"),
[P("Lê Thị Thu Hà", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Xuân Bình", "Trưởng Ban Dân vận Huyện ủy Tiên Lãng"),
 P("Phạm Thị Hường", "Chủ tịch Hội Nông dân thành phố"),
 P("Vũ Tiến Phụng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố")],
[Q("15 quận, huyện ủy", 15, "quận, huyện ủy"), Q("14.650 suất quà", 14650, "suất quà"), Q("hơn 7,3 tỷ đồng", 7300000000, "đồng", "over"),
 Q("2.041 lượt công dân", 2041, "lượt công dân"), Q("786 đơn thư, kiến nghị", 786, "đơn thư, kiến nghị"), Q("612 đơn", 612, "đơn"),
 Q("5 hội nghị đối thoại", 5, "hội nghị đối thoại"), Q("326 hộ", 326, "hộ"), Q("86,7%", 86.7, "%"), Q("17 hộ", 17, "hộ")],
[D("Kế hoạch", "56", "KH/BDVTU", "2019-01-15", "Ban Dân vận Thành ủy", "Kế hoạch số 56-KH/BDVTU ngày 15/01/2019"),
 D("Hướng dẫn", "19", "HD/BDVTU", None, "Ban Dân vận Thành ủy", "Hướng dẫn số 19-HD/BDVTU"),
 D("Quy định", "124", "QĐ/TW", "2018-02-02", "Ban Bí thư", "Quy định 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 30-CT/TW của Bộ Chính trị")],
[prov("Hải Phòng"), com("Vinh Quang")],
["BAN DÂN VẬN THÀNH ỦY HẢI PHÒNG", "Vị trí: Trang chủ >> Tin tức - Sự kiện >> Hoạt động khối dân vận",
 "Đồng chí Lê Thị Thu Hà, Phó Trưởng Ban Dân vận Thành ủy chủ trì giao ban.", "Tết Kỷ Hợi", "Dân vận khéo"],
["2019-04-10 09:15", "quý I năm 2019", "quý II", "20 năm", "giai đoạn 2016-2019", "năm 2019"]))

PAGES.append(page("b3110-cantho-taphuan-2019", """
Ban Dân vận Thành ủy Cần Thơ
Trang chủ / Tin tức / Tập huấn - Bồi dưỡng
30 tháng 10, 2019 | 17:45
Bồi dưỡng kỹ năng dân vận cho cán bộ công chức cấp xã
Trong 2 ngày 29 và 30/10/2019, Ban Dân vận Thành ủy Cần Thơ phối hợp Sở Nội vụ tổ chức lớp tập huấn nghiệp vụ công tác dân vận chính quyền năm 2019 cho 180 học viên là cán bộ, công chức bộ phận một cửa, tư pháp - hộ tịch, địa chính của 85 xã, phường, thị trấn.
Các học viên tham dự lớp tập huấn. Ảnh: Bảo Trân
Phát biểu khai mạc, đồng chí Sơn Thị Thanh Lệ, Thành ủy viên, Trưởng Ban Dân vận Thành ủy nhấn mạnh: cán bộ một cửa là "bộ mặt" của chính quyền; mỗi lời nói, thái độ của cán bộ tác động trực tiếp đến niềm tin của người dân. Thành phố đặt mục tiêu đến năm 2020 có trên 95% người dân hài lòng khi giao dịch tại bộ phận một cửa cấp xã.
Các học viên được truyền đạt chuyên đề về Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước; Quyết định số 1847/QĐ-TTg của Thủ tướng Chính phủ về Đề án văn hóa công vụ; kỹ năng tiếp công dân, xử lý tình huống khi người dân bức xúc. Báo cáo viên là ông Lý Minh Triều, Phó Trưởng Ban Dân vận Thành ủy và bà Thạch Thị Kim Hương, Trưởng phòng Dân vận chính quyền Ban Dân vận Thành ủy.
Theo khảo sát của Ban Dân vận Thành ủy tại 12 phường, xã trong năm 2018, có khoảng 14% người dân phản ánh còn phải đi lại nhiều lần mới hoàn tất một hồ sơ; 27 trường hợp cán bộ bị phản ánh thái độ thiếu chuẩn mực. Từ thực tế đó, thành phố ban hành Kế hoạch số 88/KH-UBND về nâng cao chất lượng phục vụ người dân.
Chia sẻ tại lớp, chị Danh Thị Mỹ Xuyên, công chức văn hóa - xã hội xã Thới Hưng, người dân tộc Khmer, cho biết xã có 312 hộ Khmer nên chị thường dùng tiếng Khmer để giải thích thủ tục cho bà con. Ông Trần Văn Đực, Chủ tịch UBND phường Thới An Đông, đề nghị tăng thời lượng thực hành xử lý tình huống.
Trong buổi thảo luận, các học viên nêu nhiều tình huống khó: người dân nộp hồ sơ thiếu giấy tờ nhưng ở xa, không thể đi lại; người cao tuổi không biết sử dụng dịch vụ công trực tuyến; công dân quay phim, phát trực tiếp khi đang làm thủ tục. Báo cáo viên đã cùng học viên phân tích cách ứng xử đúng mực, vừa đúng quy định vừa giữ được sự tôn trọng với người dân.
Cuối khóa, 176 học viên đạt yêu cầu bài kiểm tra và được cấp giấy chứng nhận.
Bảo Trân
Lượt xem: 642
Tin khác
- Ô Môn tổ chức hội thi "Dân vận khéo" năm 2019 (21/10/2019)
- Phong Điền đối thoại với nông dân về chuyển đổi cây trồng (11/10/2019)
- Ban Dân vận Thành ủy thăm chùa Khmer dịp lễ Sene Đolta (27/09/2019)
""", "2019-10-30", "Bồi dưỡng kỹ năng dân vận cho cán bộ công chức cấp xã",
E("tap_huan", "2019", "2019-10-29"),
[P("Sơn Thị Thanh Lệ", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Lý Minh Triều", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Thạch Thị Kim Hương", "Trưởng phòng Dân vận chính quyền Ban Dân vận Thành ủy"),
 P("Danh Thị Mỹ Xuyên", "công chức văn hóa - xã hội xã Thới Hưng"),
 P("Trần Văn Đực", "Chủ tịch UBND phường Thới An Đông")],
[Q("180 học viên", 180, "học viên"), Q("85 xã, phường, thị trấn", 85, "xã, phường, thị trấn"), Q("trên 95%", 95, "%", "over"),
 Q("12 phường, xã", 12, "phường, xã"), Q("khoảng 14%", 14, "%", "approx"), Q("27 trường hợp", 27, "trường hợp"),
 Q("312 hộ Khmer", 312, "hộ Khmer"), Q("176 học viên", 176, "học viên")],
[D("Nghị định", "04", "2015/NĐ-CP", "2015-01-09", "Chính phủ", "Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ"),
 D("Quyết định", "1847", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1847/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Kế hoạch", "88", "KH-UBND", None, None, "Kế hoạch số 88/KH-UBND")],
[prov("Cần Thơ"), com("Thới Hưng"), com("Thới An Đông")],
["Ban Dân vận Thành ủy Cần Thơ", "Trang chủ / Tin tức / Tập huấn - Bồi dưỡng", "Các học viên tham dự lớp tập huấn. Ảnh: Bảo Trân",
 "bộ mặt", "Đề án văn hóa công vụ", "Lượt xem: 642"],
["30 tháng 10, 2019 | 17:45", "2 ngày", "năm 2019", "năm 2020", "năm 2018", "Lượt xem: 642"]))

PAGES.append(page("b3111-hanoi-baocao-q1-2020", """
BAN DÂN VẬN THÀNH ỦY HÀ NỘI - dangcongsan.hanoi
Trang chủ > Văn bản - Báo cáo > Dân vận chính quyền
Thứ Hai, 06/04/2020
Kết quả công tác dân vận chính quyền quý I năm 2020
Theo Báo cáo số 215-BC/BDVTU ngày 03/4/2020 của Ban Dân vận Thành ủy Hà Nội, trong quý I năm 2020, công tác dân vận chính quyền trên địa bàn thành phố được triển khai trong bối cảnh dịch bệnh Covid-19 diễn biến phức tạp; các cấp chính quyền đã kịp thời thông tin, vận động nhân dân thực hiện nghiêm Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch.
Người dân làm thủ tục tại bộ phận một cửa quận Ba Đình. Ảnh minh họa
1. Về tiếp công dân và giải quyết đơn thư: Lãnh đạo UBND thành phố và 30 quận, huyện, thị xã đã tiếp 1.917 lượt công dân, trong đó có 43 đoàn đông người; tiếp nhận 4.108 đơn thư, đã giải quyết 3.502 đơn thuộc thẩm quyền, đạt 85,2%. Từ ngày 01/4, việc tiếp công dân trực tiếp tạm dừng, chuyển sang tiếp nhận qua đường bưu điện, thư điện tử và đường dây nóng.
2. Về cải cách hành chính: Toàn thành phố tiếp nhận hơn 1,26 triệu hồ sơ, trong đó khoảng 38% qua dịch vụ công trực tuyến mức độ 3, 4; tỷ lệ hồ sơ trả đúng hạn đạt 99,1%. UBND thành phố đã ban hành Kế hoạch số 61/KH-UBND ngày 02/3/2020 về đẩy mạnh dịch vụ công trực tuyến trong mùa dịch.
3. Về vận động nhân dân: Các cấp chính quyền phối hợp Mặt trận vận động nhân dân ủng hộ phòng, chống dịch được trên 74 tỷ đồng và nhiều hiện vật; 2.600 tổ Covid cộng đồng được thành lập ở tổ dân phố, thôn. Phong trào "Dân vận khéo" tiếp tục có 215 mô hình mới đăng ký.
4. Hạn chế: Một số nơi chưa công khai kịp thời các khoản hỗ trợ người lao động mất việc; việc trả lời phản ánh của người dân trên các nền tảng số còn chậm; còn 7 vụ việc khiếu kiện đông người tại huyện Đông Anh và quận Hoàng Mai chưa giải quyết dứt điểm.
Báo cáo đề ra nhiệm vụ quý II: tiếp tục thực hiện Kết luận 114-KL/TW của Ban Bí thư; hướng dẫn quận, huyện tổ chức đối thoại trực tuyến khi chưa thể tiếp dân trực tiếp; phối hợp với Ủy ban MTTQ thành phố giám sát việc chi trả hỗ trợ theo Quyết định số 1042/QĐ-UBND ngày 30/3/2020 của UBND thành phố.
Đồng chí Nguyễn Văn Phong, Phó Trưởng Ban Dân vận Thành ủy, đề nghị các quận, huyện ủy gửi báo cáo quý II trước ngày 25/6 để tổng hợp. Báo cáo do bà Lò Thị Hương, Trưởng phòng Dân vận chính quyền Ban Dân vận Thành ủy, chủ trì soạn thảo.
P.V
Các tin đã đưa
- Hà Nội: nhân dân ủng hộ phòng, chống Covid-19 (02/04/2020)
- Ban Dân vận Thành ủy tạm dừng giao ban trực tiếp (25/03/2020)
- Thanh Oai: đối thoại với nhân dân xã Cự Khê (10/03/2020)
""", "2020-04-06", "Kết quả công tác dân vận chính quyền quý I năm 2020",
E("bao_cao", "2020-Q1", "2020-04-03"),
[P("Nguyễn Văn Phong", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Lò Thị Hương", "Trưởng phòng Dân vận chính quyền Ban Dân vận Thành ủy")],
[Q("30 quận, huyện, thị xã", 30, "quận, huyện, thị xã"), Q("1.917 lượt công dân", 1917, "lượt công dân"), Q("43 đoàn đông người", 43, "đoàn đông người"),
 Q("4.108 đơn thư", 4108, "đơn thư"), Q("3.502 đơn", 3502, "đơn"), Q("85,2%", 85.2, "%"),
 Q("hơn 1,26 triệu hồ sơ", 1260000, "hồ sơ", "over"), Q("khoảng 38%", 38, "%", "approx"), Q("99,1%", 99.1, "%"),
 Q("trên 74 tỷ đồng", 74000000000, "đồng", "over"), Q("2.600 tổ Covid cộng đồng", 2600, "tổ Covid cộng đồng"),
 Q("215 mô hình mới", 215, "mô hình mới"), Q("7 vụ việc khiếu kiện đông người", 7, "vụ việc khiếu kiện đông người")],
[D("Báo cáo", "215", "BC/BDVTU", "2020-04-03", "Ban Dân vận Thành ủy Hà Nội", "Báo cáo số 215-BC/BDVTU ngày 03/4/2020 của Ban Dân vận Thành ủy Hà Nội"),
 D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "61", "KH-UBND", "2020-03-02", "UBND thành phố", "Kế hoạch số 61/KH-UBND ngày 02/3/2020"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW của Ban Bí thư"),
 D("Quyết định", "1042", "QĐ-UBND", "2020-03-30", "UBND thành phố", "Quyết định số 1042/QĐ-UBND ngày 30/3/2020 của UBND thành phố")],
[prov("Hà Nội")],
["BAN DÂN VẬN THÀNH ỦY HÀ NỘI - dangcongsan.hanoi", "Trang chủ > Văn bản - Báo cáo > Dân vận chính quyền",
 "Người dân làm thủ tục tại bộ phận một cửa quận Ba Đình. Ảnh minh họa", "Dân vận khéo", "Covid-19"],
["Thứ Hai, 06/04/2020", "quý I năm 2020", "Covid-19", "mức độ 3, 4", "1. Về tiếp công dân", "quý II", "25/6"]))

PAGES.append(page("b3112-hcm-giaoban-thang5-2020", """
Báo Sài Gòn Giải Phóng Online
Chính trị › Dân vận
03.06.2020 | 16:05
Tháo gỡ vướng mắc trong chi trả hỗ trợ người dân gặp khó do dịch
SGGP - Ngày 2/6, Ban Dân vận Thành ủy TP Hồ Chí Minh tổ chức giao ban công tác dân vận tháng 5/2020 với ban dân vận 24 quận, huyện ủy. Đồng chí Nguyễn Hữu Hòa, Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy chủ trì.
Quang cảnh buổi giao ban trực tuyến. Ảnh: VIỆT DŨNG
Báo cáo tại giao ban cho biết, trong tháng 5, các địa phương tiếp tục rà soát, chi trả hỗ trợ theo Nghị quyết 42/NQ-CP của Chính phủ và Quyết định 15/2020/QĐ-TTg của Thủ tướng Chính phủ. Đến ngày 31/5, thành phố đã chi trả cho hơn 356.000 người lao động tự do, hộ kinh doanh với số tiền khoảng 410 tỷ đồng; còn khoảng 4,7% trường hợp đang bổ sung hồ sơ.
Khối dân vận ghi nhận 1.264 ý kiến phản ánh của người dân, tập trung vào việc xác nhận đối tượng lao động tự do không có hợp đồng, người tạm trú không được hỗ trợ, danh sách công khai chậm. Các quận, huyện đã tổ chức 96 buổi đối thoại tại khu phố, ấp để giải thích chính sách.
Ông Lý Quốc Cường, Trưởng Ban Dân vận Quận ủy Quận 6, chia sẻ quận đã phối hợp với 14 hội quán, hội tương tế người Hoa vận động hỗ trợ hơn 3.000 phần quà cho lao động nghèo. Bà Nguyễn Thị Thu Vân, Phó Chủ tịch UBND Quận Bình Tân, cho biết quận có số người lao động tự do cần hỗ trợ lớn nhất thành phố với gần 42.000 người. Ông Mã Văn Sang, Chủ tịch UBND phường Phú Thọ Hòa, nêu vướng mắc khi xác nhận người bán vé số dạo.
Kết luận buổi giao ban, đồng chí Nguyễn Hữu Hòa yêu cầu các địa phương công khai danh sách hỗ trợ tại khu phố, ấp; lắng nghe, giải quyết kịp thời thắc mắc của người dân, không để phát sinh điểm nóng; thực hiện nghiêm Hướng dẫn 18-HD/BDVTU ngày 15/5/2020 của Ban Dân vận Thành ủy về nắm tình hình nhân dân trong dịch. Tháng 6, khối dân vận chuẩn bị sơ kết 6 tháng đầu năm và hội nghị biểu dương các mô hình "Dân vận khéo" trong phòng, chống dịch.
Cùng dự có bà Chamaléa Thị Hằng, Phó Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Thành ủy, và đại diện Ủy ban MTTQ Việt Nam TP.
Theo ghi nhận tại giao ban, một số khu phố chưa lập tổ bình xét đúng quy định, để người dân thắc mắc vì sao người này được, người kia không. Một số quận chưa phối hợp tốt với công an phường trong xác nhận nơi cư trú của người lao động ngoại tỉnh.
Thanh Hiền
Tin cùng chuyên mục
- Quận 8 đối thoại với người lao động tự do (29/05/2020)
- Ban Dân vận Thành ủy thăm các cơ sở tôn giáo dịp Phật đản (25/05/2020)
- Củ Chi: vận động nhân dân hiến đất làm đường (18/05/2020)
- Bình Chánh công khai danh sách hỗ trợ người lao động (12/05/2020)
""", "2020-06-03", "Tháo gỡ vướng mắc trong chi trả hỗ trợ người dân gặp khó do dịch",
E("giao_ban", "2020-05", "2020-06-02"),
[P("Nguyễn Hữu Hòa", "Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy"),
 P("Lý Quốc Cường", "Trưởng Ban Dân vận Quận ủy Quận 6"),
 P("Nguyễn Thị Thu Vân", "Phó Chủ tịch UBND Quận Bình Tân"),
 P("Mã Văn Sang", "Chủ tịch UBND phường Phú Thọ Hòa"),
 P("Chamaléa Thị Hằng", "Phó Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Thành ủy")],
[Q("24 quận, huyện ủy", 24, "quận, huyện ủy"), Q("hơn 356.000 người lao động tự do, hộ kinh doanh", 356000, "người lao động tự do, hộ kinh doanh", "over"),
 Q("khoảng 410 tỷ đồng", 410000000000, "đồng", "approx"), Q("khoảng 4,7%", 4.7, "%", "approx"),
 Q("1.264 ý kiến phản ánh", 1264, "ý kiến phản ánh"), Q("96 buổi đối thoại", 96, "buổi đối thoại"),
 Q("14 hội quán, hội tương tế người Hoa", 14, "hội quán, hội tương tế người Hoa"), Q("hơn 3.000 phần quà", 3000, "phần quà", "over"),
 Q("gần 42.000 người", 42000, "người", "approx")],
[D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết 42/NQ-CP của Chính phủ"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 15/2020/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Hướng dẫn", "18", "HD/BDVTU", "2020-05-15", "Ban Dân vận Thành ủy", "Hướng dẫn 18-HD/BDVTU ngày 15/5/2020 của Ban Dân vận Thành ủy")],
[prov("Hồ Chí Minh"), com("Phú Thọ Hòa")],
["Báo Sài Gòn Giải Phóng Online", "Chính trị › Dân vận", "Quang cảnh buổi giao ban trực tuyến. Ảnh: VIỆT DŨNG", "SGGP", "Dân vận khéo"],
["03.06.2020 | 16:05", "Quận 6", "tháng 5/2020", "tháng 5", "31/5", "Tháng 6", "6 tháng đầu năm"]))
