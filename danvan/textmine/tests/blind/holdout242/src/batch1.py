from lib import *
PAGES = []

PAGES.append(page("b5765-hanoi-hoankiem-bdv-tongket-2011", """
CỔNG GIAO TIẾP ĐIỆN TỬ QUẬN HOÀN KIẾM - THÀNH PHỐ HÀ NỘI
Trang chủ » Tin tức - Sự kiện » Công tác dân vận
Thứ Tư, 28/12/2011 - 16:20
Toàn cảnh hội nghị tổng kết.
Ban Dân vận Quận ủy Hoàn Kiếm tổng kết công tác năm 2011
Chiều 27/12/2011, Ban Dân vận Quận ủy Hoàn Kiếm tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Trịnh Thu Hà, Ủy viên Ban Thường vụ Quận ủy, Trưởng Ban Dân vận Quận ủy chủ trì hội nghị. Dự có đồng chí Lại Văn Khiêm, Phó Trưởng Ban Dân vận Thành ủy Hà Nội; 65 đồng chí là bí thư đảng ủy, trưởng khối dân vận 18 phường và trưởng các đoàn thể quận.
Báo cáo tổng kết do đồng chí Đỗ Minh Hiếu, Phó Trưởng Ban Dân vận Quận ủy trình bày nêu rõ: năm 2011, Ban đã tham mưu Ban Thường vụ Quận ủy ban hành Kế hoạch 38, 39-KH/QU về thực hiện Quy chế dân vận của hệ thống chính trị và về vận động nhân dân giữ gìn trật tự văn minh đô thị khu vực hồ Hoàn Kiếm; hướng dẫn các phường thực hiện Chỉ thị số 11-CT/TU ngày 12/4/2011 của Thành ủy Hà Nội về đổi mới công tác dân vận trong tình hình mới.
Qua triển khai cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", 92,6% hộ gia đình trên địa bàn quận đạt danh hiệu gia đình văn hóa; 146 tổ dân phố đạt tổ dân phố văn hóa. Các tổ hòa giải cơ sở đã hòa giải thành 87 vụ việc trong tổng số 94 vụ việc mâu thuẫn ở khu dân cư. Nhân dân đóng góp trên 1,3 tỷ đồng ủng hộ Quỹ "Vì người nghèo", giúp sửa chữa 23 căn nhà dột nát cho hộ nghèo.
Tại hội nghị, bà Phùng Thị Lan, Bí thư Đảng ủy phường Hàng Bạc, chia sẻ cách vận động các hộ kinh doanh trong phố cổ không lấn chiếm vỉa hè; ông Cao Xuân Tùng, Trưởng khối dân vận phường Phúc Tân, nêu khó khăn khi vận động 312 hộ dân ngoài bãi sông Hồng di dời. Các đồng chí Phó Chủ tịch Ủy ban MTTQ quận: Ngô Thị Bích Ngọc, Vũ Đức Trọng đề nghị tăng cường phối hợp giữa Mặt trận với chính quyền trong tiếp dân, giải quyết đơn thư.
Phát biểu kết luận, đồng chí Trịnh Thu Hà đề nghị năm 2012 các cấp ủy tiếp tục quán triệt Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; đẩy mạnh phong trào thi đua "Dân vận khéo"; chuẩn bị tốt hội nghị đối thoại giữa lãnh đạo quận với nhân dân các phường vào quý I/2012.
Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 9 tập thể và 14 cá nhân tiêu biểu trong công tác dân vận năm 2011.
Thu Phương
Lượt đọc: 1.024
Tin liên quan
- Phường Hàng Trống ra mắt mô hình "Tổ dân phố không rác thải" (20/12/2011)
- Hoàn Kiếm: 250 suất quà cho hộ nghèo dịp Tết (15/12/2011)
- Hội nghị đối thoại với nhân dân phường Chương Dương (08/12/2011)
- Giao ban khối dân vận quận quý III/2011 (07/10/2011)
""", "2011-12-28", "Ban Dân vận Quận ủy Hoàn Kiếm tổng kết công tác năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Trịnh Thu Hà", "Ủy viên Ban Thường vụ Quận ủy", "Trưởng Ban Dân vận Quận ủy"),
 P("Lại Văn Khiêm", "Phó Trưởng Ban Dân vận Thành ủy Hà Nội"),
 P("Đỗ Minh Hiếu", "Phó Trưởng Ban Dân vận Quận ủy"),
 P("Phùng Thị Lan", "Bí thư Đảng ủy phường Hàng Bạc"),
 P("Cao Xuân Tùng", "Trưởng khối dân vận phường Phúc Tân"),
 P("Ngô Thị Bích Ngọc", "Phó Chủ tịch Ủy ban MTTQ quận"),
 P("Vũ Đức Trọng", "Phó Chủ tịch Ủy ban MTTQ quận")],
[Q("65 đồng chí", 65, "đồng chí"), Q("18 phường", 18, "phường"), Q("92,6%", 92.6, "%"),
 Q("146 tổ dân phố", 146, "tổ dân phố"), Q("87 vụ việc", 87, "vụ việc"), Q("94 vụ việc mâu thuẫn", 94, "vụ việc mâu thuẫn"),
 Q("trên 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("23 căn nhà dột nát", 23, "căn nhà dột nát"),
 Q("312 hộ dân", 312, "hộ dân"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân tiêu biểu", 14, "cá nhân tiêu biểu")],
[D("Kế hoạch", "38", "KH/QU", None, "Ban Thường vụ Quận ủy", "Kế hoạch 38, 39-KH/QU"),
 D("Kế hoạch", "39", "KH/QU", None, "Ban Thường vụ Quận ủy", "Kế hoạch 38, 39-KH/QU"),
 D("Chỉ thị", "11", "CT/TU", "2011-04-12", "Thành ủy Hà Nội", "Chỉ thị số 11-CT/TU ngày 12/4/2011 của Thành ủy Hà Nội"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị")],
[prov("Hà Nội"), com("Hàng Bạc"), com("Phúc Tân")],
["CỔNG GIAO TIẾP ĐIỆN TỬ QUẬN HOÀN KIẾM - THÀNH PHỐ HÀ NỘI", "Trang chủ » Tin tức - Sự kiện » Công tác dân vận",
 "Toàn cảnh hội nghị tổng kết.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo",
 "Dân vận khéo", "Quy chế dân vận", "Lượt đọc: 1.024"],
["Thứ Tư, 28/12/2011 - 16:20", "65 đồng chí", "năm 2011", "năm 2012", "quý I/2012", "Lượt đọc: 1.024"]))

PAGES.append(page("b5766-hcm-bennghe-doithoai-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN 1 - TP HỒ CHÍ MINH
Bạn đang ở: Trang chủ > Tin tức > Phường - Khu phố
Cập nhật: 09:42, 16/11/2012 (GMT+7)
Phường Bến Nghé: lãnh đạo phường đối thoại với hơn 200 hộ dân
Sáng 15/11, Đảng ủy - UBND phường Bến Nghé (Quận 1) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2012. Chủ trì hội nghị có đồng chí Lương Hoàng Phúc, Bí thư Đảng ủy phường Bến Nghé và đồng chí Tạ Minh Trí, Phó Bí thư Đảng ủy, Chủ tịch UBND phường. Dự hội nghị có đồng chí Mai Thanh Bình, Quận ủy viên, Trưởng Ban Dân vận Quận ủy Quận 1.
Ảnh: Quang cảnh buổi đối thoại tại hội trường khu phố 4.
Hơn 200 hộ dân của 6 khu phố đã đến dự. Theo bà Lê Thị Kim Chi, Chủ tịch Ủy ban MTTQ Việt Nam phường Bến Nghé, trước buổi đối thoại Mặt trận phường đã tổng hợp 27 ý kiến, kiến nghị của cử tri, tập trung vào việc bồi thường, hỗ trợ cho 1.250 hộ kinh doanh trong khu vực chỉnh trang đô thị theo Quyết định số 1445/QĐ-UBND ngày 21/3/2012 của UBND Quận 1, việc cấp giấy chứng nhận quyền sử dụng đất và tình trạng buôn bán lấn chiếm lòng lề đường.
Ông Trần Văn Nhựt, Tổ trưởng tổ dân phố 12, khu phố 3, phản ánh việc thi công cống thoát nước kéo dài gây ngập cục bộ; bà Nguyễn Thị Sáu, ngụ đường Tôn Đức Thắng, đề nghị phường công khai danh sách 48 hộ được hỗ trợ tái định cư. Ông Hứa Vĩnh Khang, người Hoa, Trưởng Ban điều hành khu phố 2, đề nghị có thêm điểm sinh hoạt cho người cao tuổi.
Trả lời các ý kiến, đồng chí Tạ Minh Trí cho biết phường đã giải quyết dứt điểm 19 ý kiến ngay tại hội nghị, 8 ý kiến còn lại thuộc thẩm quyền của quận sẽ được chuyển và trả lời bằng văn bản trong 15 ngày. Phường thực hiện công khai theo Pháp lệnh số 34/2007/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội về thực hiện dân chủ ở xã, phường, thị trấn và Kế hoạch số 27/KH-UBND ngày 02/5/2012 của UBND phường Bến Nghé về tiếp công dân.
Năm 2012, phường đã vận động được 3,5 tỷ đồng xây dựng Quỹ "Vì người nghèo", hỗ trợ 74 hộ nghèo vay vốn không lãi; tỷ lệ hộ nghèo theo chuẩn của TP Hồ Chí Minh giảm còn 0,8%.
Kết luận hội nghị, đồng chí Lương Hoàng Phúc yêu cầu các đoàn thể phối hợp với Ban điều hành 6 khu phố theo dõi, giám sát việc thực hiện các ý kiến đã trả lời; định kỳ 6 tháng một lần tổ chức đối thoại, thực hiện tốt phương châm "Dân biết, dân bàn, dân làm, dân kiểm tra".
Hoàng Yến
Số lượt xem: 642
Các tin khác
- Quận 1: tập huấn công tác dân vận cho cán bộ khu phố (05/11/2012)
- Phường Bến Thành ra mắt "Tuyến đường văn minh" (30/10/2012)
- 120 hộ dân phường Cầu Kho được hỗ trợ vốn (19/10/2012)
""", "2012-11-16", "Phường Bến Nghé: lãnh đạo phường đối thoại với hơn 200 hộ dân",
E("doi_thoai", "2012", "2012-11-15"),
[P("Lương Hoàng Phúc", "Bí thư Đảng ủy phường Bến Nghé"),
 P("Tạ Minh Trí", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Mai Thanh Bình", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy Quận 1"),
 P("Lê Thị Kim Chi", "Chủ tịch Ủy ban MTTQ Việt Nam phường Bến Nghé"),
 P("Trần Văn Nhựt", "Tổ trưởng tổ dân phố 12"),
 P("Nguyễn Thị Sáu"),
 P("Hứa Vĩnh Khang", "Trưởng Ban điều hành khu phố 2")],
[Q("hơn 200 hộ dân", 200, "hộ dân", "over"), Q("6 khu phố", 6, "khu phố"), Q("27 ý kiến, kiến nghị", 27, "ý kiến, kiến nghị"),
 Q("1.250 hộ kinh doanh", 1250, "hộ kinh doanh"), Q("48 hộ", 48, "hộ"), Q("19 ý kiến", 19, "ý kiến"),
 Q("8 ý kiến", 8, "ý kiến"), Q("3,5 tỷ đồng", 3500000000, "đồng"), Q("74 hộ nghèo", 74, "hộ nghèo"), Q("0,8%", 0.8, "%")],
[D("Quyết định", "1445", "QĐ-UBND", "2012-03-21", "UBND Quận 1", "Quyết định số 1445/QĐ-UBND ngày 21/3/2012 của UBND Quận 1"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, "Ủy ban Thường vụ Quốc hội", "Pháp lệnh số 34/2007/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội"),
 D("Kế hoạch", "27", "KH-UBND", "2012-05-02", "UBND phường Bến Nghé", "Kế hoạch số 27/KH-UBND ngày 02/5/2012 của UBND phường Bến Nghé")],
[prov("Hồ Chí Minh"), com("Bến Nghé")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN 1 - TP HỒ CHÍ MINH", "Bạn đang ở: Trang chủ > Tin tức > Phường - Khu phố",
 "Ảnh: Quang cảnh buổi đối thoại tại hội trường khu phố 4.", "Vì người nghèo", "Dân biết, dân bàn, dân làm, dân kiểm tra",
 "Số lượt xem: 642", "Tôn Đức Thắng"],
["Cập nhật: 09:42, 16/11/2012 (GMT+7)", "năm 2012", "15 ngày", "6 tháng một lần", "Số lượt xem: 642", "Quận 1"]))

PAGES.append(page("b5767-hanoi-bavi-bdv-soket-2013", """
BÁO HÀ NỘI MỚI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ HÀ NỘI
Chính trị | Xây dựng Đảng | Dân vận
08:15 | 10/07/2013
Ba Vì: Vận động đồng bào Dao hiến đất mở đường lên thôn Yên Sơn
(HNM) - Ngày 8/7, Ban Dân vận Huyện ủy Ba Vì tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Đinh Công Sơn, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị.
Theo báo cáo do đồng chí Đinh Thị Nhàn, Phó Trưởng Ban Dân vận Huyện ủy trình bày, 6 tháng qua Ban đã tham mưu Ban Thường vụ Huyện ủy sơ kết Chỉ thị 05, 06-CT/HU về công tác dân vận ở 7 xã miền núi và về vận động đồng bào dân tộc Mường, Dao phát triển kinh tế đồi rừng; triển khai Nghị quyết số 03-NQ/HU ngày 15/1/2013 của Huyện ủy về xây dựng nông thôn mới gắn với công tác dân vận.
Khối dân vận các cấp đã phối hợp vận động 126 hộ đồng bào Dao ở xã Ba Vì hiến trên 2.300 m2 đất, góp 650 triệu đồng và hơn 1.200 ngày công mở 4,2 km đường lên thôn Yên Sơn. Toàn huyện có 1.860 hộ đồng bào dân tộc thiểu số, 98% số hộ ký cam kết không nghe theo kẻ xấu truyền đạo trái pháp luật. Các xã đã tổ chức 15 buổi gặp mặt người có uy tín, tiếp nhận và giải quyết 34 đơn thư, kiến nghị.
Đồng chí Đinh Thị Nhàn phát biểu tại hội nghị. Ảnh: Minh Hải
Tại hội nghị, ông Bàn Văn Thắng, Bí thư Đảng ủy xã Ba Vì, cho biết xã đã duy trì 3 mô hình "Dân vận khéo" trong phát triển trồng chè, làm thuốc nam của đồng bào Dao; bà Triệu Thị Mẩy, Chủ tịch Hội LHPN xã Ba Vì, kiến nghị hỗ trợ vốn cho chị em người Dao làm du lịch cộng đồng. Ông Quách Văn Đạo, người có uy tín thôn Yên Sơn, xã Ba Vì, phát biểu cảm ơn cấp ủy, chính quyền đã quan tâm làm đường. Đồng chí Bạch Thị Vân, Chủ tịch Ủy ban MTTQ xã Ba Trại, nêu cách làm của xã khi vận động 45 hộ đồng bào Mường chuyển đổi 12 ha đất đồi sang trồng cây ăn quả.
Kết luận hội nghị, đồng chí Đinh Công Sơn yêu cầu 6 tháng cuối năm bám sát Quyết định số 449/QĐ-TTg ngày 12/3/2013 của Thủ tướng Chính phủ phê duyệt Chiến lược công tác dân tộc đến năm 2020; tiếp tục thực hiện phong trào "3 tốt, 2 không" ở các thôn vùng đồng bào dân tộc; chủ động nắm tình hình, không để hình thành điểm nóng.
Dịp này, Ban Dân vận Huyện ủy đề nghị Ban Dân vận Thành ủy Hà Nội khen thưởng 2 tập thể và 5 cá nhân có thành tích trong vận động đồng bào dân tộc thiểu số; đồng thời giao các xã miền núi hoàn thành việc kiện toàn tổ dân vận thôn trước ngày 30/9.
Minh Hải
Tin khác
- Ba Vì: 300 suất quà cho hộ nghèo xã Khánh Thượng (02/07/2013)
- Tập huấn nghiệp vụ dân vận cho cán bộ thôn (21/06/2013)
- Giao ban khối dân vận huyện Ba Vì quý I/2013 (10/04/2013)
""", "2013-07-10", "Ba Vì: Vận động đồng bào Dao hiến đất mở đường lên thôn Yên Sơn",
E("so_ket", "2013-H1", "2013-07-08"),
[P("Đinh Công Sơn", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Đinh Thị Nhàn", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Bàn Văn Thắng", "Bí thư Đảng ủy xã Ba Vì"),
 P("Triệu Thị Mẩy", "Chủ tịch Hội LHPN xã Ba Vì"),
 P("Quách Văn Đạo", "người có uy tín thôn Yên Sơn"),
 P("Bạch Thị Vân", "Chủ tịch Ủy ban MTTQ xã Ba Trại")],
[Q("7 xã miền núi", 7, "xã miền núi"), Q("126 hộ đồng bào Dao", 126, "hộ đồng bào Dao"), Q("trên 2.300 m2", 2300, "m2", "over"),
 Q("650 triệu đồng", 650000000, "đồng"), Q("hơn 1.200 ngày công", 1200, "ngày công", "over"), Q("4,2 km", 4.2, "km"),
 Q("1.860 hộ đồng bào dân tộc thiểu số", 1860, "hộ đồng bào dân tộc thiểu số"), Q("98%", 98, "%"),
 Q("15 buổi gặp mặt", 15, "buổi gặp mặt"), Q("34 đơn thư, kiến nghị", 34, "đơn thư, kiến nghị"), Q("3 mô hình", 3, "mô hình"),
 Q("45 hộ đồng bào Mường", 45, "hộ đồng bào Mường"), Q("12 ha", 12, "ha"), Q("2 tập thể", 2, "tập thể"), Q("5 cá nhân", 5, "cá nhân")],
[D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU"),
 D("Chỉ thị", "06", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU"),
 D("Nghị quyết", "03", "NQ/HU", "2013-01-15", "Huyện ủy", "Nghị quyết số 03-NQ/HU ngày 15/1/2013 của Huyện ủy"),
 D("Quyết định", "449", "QĐ-TTg", "2013-03-12", "Thủ tướng Chính phủ", "Quyết định số 449/QĐ-TTg ngày 12/3/2013 của Thủ tướng Chính phủ")],
[prov("Hà Nội"), com("Ba Vì"), com("Ba Trại")],
["BÁO HÀ NỘI MỚI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ HÀ NỘI", "Chính trị | Xây dựng Đảng | Dân vận",
 "(HNM)", "Đồng chí Đinh Thị Nhàn phát biểu tại hội nghị. Ảnh: Minh Hải", "Dân vận khéo", "3 tốt, 2 không", "Yên Sơn"],
["08:15 | 10/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "3 tốt, 2 không", "đến năm 2020"]))

PAGES.append(page("b5768-hcm-binhtan-mttq-traoqua-2014", """
MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN BÌNH TÂN
Trang chủ / Hoạt động Mặt trận / An sinh xã hội
Ngày đăng 24/01/2014 | 16:20
Ảnh: Lãnh đạo quận trao quà Tết cho người dân phường An Lạc.
Bình Tân trao 1.500 phần quà Tết cho hộ nghèo, công nhân khó khăn
Ngày 23/1, Ủy ban MTTQ Việt Nam quận Bình Tân phối hợp UBND quận tổ chức trao 1.500 phần quà Tết Giáp Ngọ 2014 cho hộ nghèo, hộ cận nghèo và công nhân có hoàn cảnh khó khăn tại 10 phường. Mỗi phần quà trị giá 600.000 đồng gồm tiền mặt và nhu yếu phẩm; tổng kinh phí 900 triệu đồng từ Quỹ "Vì người nghèo" quận.
Tham dự có đồng chí Phan Văn Lực, Phó Bí thư Thường trực Quận ủy; bà Huỳnh Thị Ngọc Bích, Quận ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam quận Bình Tân; các đồng chí Phó Chủ tịch UBND quận: Dương Quốc Hưng, Lâm Thị Hồng Nhung.
Theo bà Huỳnh Thị Ngọc Bích, thực hiện Kế hoạch số 12/KH-MTTQ-BTT ngày 06/12/2013 của Ban Thường trực Ủy ban MTTQ quận về vận động chăm lo Tết cho người nghèo, năm nay quận ưu tiên 820 hộ nghèo theo chuẩn của Thành phố và 680 công nhân ở trọ không về quê đón Tết. Cùng dịp, quận bàn giao 35 căn nhà đại đoàn kết, mỗi căn được hỗ trợ 40 triệu đồng, và trao 210 suất học bổng cho học sinh nghèo hiếu học.
Tại phường Bình Hưng Hòa, chị Thạch Thị Sa Mây, công nhân người Khmer quê tỉnh Sóc Trăng, xúc động cho biết đây là năm thứ ba chị ở lại làm việc dịp Tết và được Công đoàn, Mặt trận quan tâm. Ông Đặng Văn Lộc, Trưởng Ban công tác Mặt trận khu phố 7, phường An Lạc, cho biết khu phố có 64 hộ nghèo, 29 hộ cận nghèo, đều được nhận quà và được thăm hỏi tận nhà.
Phát biểu tại buổi trao quà, đồng chí Phan Văn Lực đề nghị các phường rà soát đúng đối tượng theo Quyết định số 09/2011/QĐ-TTg ngày 30/1/2011 của Thủ tướng Chính phủ về chuẩn hộ nghèo, hộ cận nghèo, không để hộ nào thiếu Tết; đồng thời tiếp tục hưởng ứng Chương trình "Tết vì người nghèo và nạn nhân chất độc da cam".
Dịp này, 18 doanh nghiệp và các nhà hảo tâm đã ủng hộ Quỹ "Vì người nghèo" quận gần 1,2 tỷ đồng.
Theo Ủy ban MTTQ Việt Nam TP Hồ Chí Minh, dịp Tết Giáp Ngọ, Bình Tân là một trong những quận có đông công nhân nhập cư nhất Thành phố, với khoảng 250.000 người lao động đang thuê trọ. Ngoài quà Tết, các phường còn tổ chức 12 chuyến xe miễn phí đưa công nhân về quê và chương trình "Phiên chợ 0 đồng" tại khu nhà trọ phường Bình Hưng Hòa A.
Bảo Ngọc - Ảnh: Thanh Tùng
Lượt xem: 2.318
Tin liên quan
- Bình Tân: giám sát việc bình xét hộ nghèo năm 2013 (10/01/2014)
- Phường Tân Tạo ra mắt Câu lạc bộ "Dân vận khéo" (26/12/2013)
- 500 phần quà cho công nhân nhà trọ (20/12/2013)
""", "2014-01-24", "Bình Tân trao 1.500 phần quà Tết cho hộ nghèo, công nhân khó khăn",
E("trao_qua", None, "2014-01-23"),
[P("Phan Văn Lực", "Phó Bí thư Thường trực Quận ủy"),
 P("Huỳnh Thị Ngọc Bích", "Quận ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam quận Bình Tân"),
 P("Dương Quốc Hưng", "Phó Chủ tịch UBND quận"),
 P("Lâm Thị Hồng Nhung", "Phó Chủ tịch UBND quận"),
 P("Thạch Thị Sa Mây"),
 P("Đặng Văn Lộc", "Trưởng Ban công tác Mặt trận khu phố 7")],
[Q("1.500 phần quà Tết", 1500, "phần quà"), Q("10 phường", 10, "phường"), Q("600.000 đồng", 600000, "đồng"),
 Q("900 triệu đồng", 900000000, "đồng"), Q("820 hộ nghèo", 820, "hộ nghèo"), Q("680 công nhân", 680, "công nhân"),
 Q("35 căn nhà đại đoàn kết", 35, "căn nhà đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("210 suất học bổng", 210, "suất học bổng"), Q("64 hộ nghèo", 64, "hộ nghèo"), Q("29 hộ cận nghèo", 29, "hộ cận nghèo"),
 Q("18 doanh nghiệp", 18, "doanh nghiệp"), Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("khoảng 250.000 người lao động", 250000, "người lao động", "approx"), Q("12 chuyến xe", 12, "chuyến xe")],
[D("Kế hoạch", "12", "KH-MTTQ-BTT", "2013-12-06", "Ban Thường trực Ủy ban MTTQ quận", "Kế hoạch số 12/KH-MTTQ-BTT ngày 06/12/2013 của Ban Thường trực Ủy ban MTTQ quận"),
 D("Quyết định", "09", "2011/QĐ-TTg", "2011-01-30", "Thủ tướng Chính phủ", "Quyết định số 09/2011/QĐ-TTg ngày 30/1/2011 của Thủ tướng Chính phủ")],
[prov("Hồ Chí Minh"), prov("Sóc Trăng"), com("An Lạc"), com("Bình Hưng Hòa"), com("Bình Hưng Hòa A")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM QUẬN BÌNH TÂN", "Trang chủ / Hoạt động Mặt trận / An sinh xã hội",
 "Ảnh: Lãnh đạo quận trao quà Tết cho người dân phường An Lạc.", "Vì người nghèo",
 "Tết vì người nghèo và nạn nhân chất độc da cam", "Phiên chợ 0 đồng", "Lượt xem: 2.318"],
["Ngày đăng 24/01/2014 | 16:20", "Tết Giáp Ngọ 2014", "năm thứ ba", "Phiên chợ 0 đồng", "Lượt xem: 2.318"]))

PAGES.append(page("b5769-hanoi-dongda-giaoban-2015q3", """
QUẬN ỦY ĐỐNG ĐA - ĐẢNG BỘ THÀNH PHỐ HÀ NỘI
Vị trí: Trang chủ › Dân vận › Hoạt động khối dân vận
09/10/2015 - 10:05
Nâng cao hiệu quả dân vận chính quyền ở 21 phường
Ngày 8/10/2015, Ban Dân vận Quận ủy Đống Đa tổ chức giao ban khối dân vận quý III/2015, đánh giá kết quả thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp. Đồng chí Hoàng Thị Thu Trang, Ủy viên Ban Thường vụ Quận ủy, Trưởng Ban Dân vận Quận ủy chủ trì; cùng dự có các đồng chí Nguyễn Hữu Thắng, Lê Thị Mai Hoa - Phó Trưởng Ban Dân vận Quận ủy.
Đồng chí Hoàng Thị Thu Trang chủ trì giao ban.
Báo cáo cho biết, trong quý III, Ban đã tham mưu Ban Thường vụ Quận ủy ban hành Kế hoạch số 41-KH/QU ngày 05/8/2015 thực hiện Kết luận 114 và Hướng dẫn số 07-HD/BDVQU của Ban Dân vận Quận ủy về xây dựng mô hình "Dân vận khéo" năm 2015. Khối dân vận 21 phường đã phối hợp giải quyết 11 vụ việc khiếu nại đông người, vận động 3.560 hộ dân ký cam kết giữ gìn vệ sinh môi trường; 100% tổ dân phố tổ chức hội nghị nhân dân lấy ý kiến vào dự thảo văn kiện Đại hội Đảng bộ Thành phố.
Đồng chí Đào Quang Vinh, Quận ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam quận Đống Đa cho biết Mặt trận các phường đã tổ chức 48 hội nghị lấy ý kiến với gần 4.200 lượt người tham gia, thu được 356 ý kiến góp ý.
Các ý kiến tại giao ban tập trung vào việc vận động 210 hộ dân phường Văn Chương bàn giao mặt bằng dự án mở rộng đường; việc giải quyết đơn thư tại phường Ô Chợ Dừa. Bà Vương Thị Hằng, Bí thư Đảng ủy phường Khương Thượng, đề nghị quận sớm ban hành Quy chế phối hợp số 06 giữa UBND quận với khối dân vận để thống nhất đầu mối. Ông Trương Đình Quý, Trưởng Ban Dân vận Đảng ủy phường Văn Chương, cho biết 186/210 hộ đã đồng thuận.
Kết luận giao ban, đồng chí Hoàng Thị Thu Trang yêu cầu quý IV tập trung tuyên truyền Nghị quyết Đại hội Đảng bộ quận lần thứ XXVI, thực hiện Chỉ thị số 03-CT/TU ngày 10/6/2015 của Ban Thường vụ Thành ủy về tiếp tục nâng cao chất lượng công tác dân vận; tổ chức đánh giá 6 mô hình "Dân vận khéo" cấp quận.
Theo Ban Dân vận Thành ủy Hà Nội, Đống Đa là một trong những quận đông dân nhất Thủ đô với trên 400.000 người; nhiều dự án giải phóng mặt bằng kéo dài nên công tác dân vận chính quyền được xác định là nhiệm vụ trọng tâm. Quận đề ra mục tiêu đến cuối năm 2015 có ít nhất 90% vụ việc khiếu nại được giải quyết tại cơ sở.
Phương Anh
Tin cùng chuyên mục
- Đống Đa: tổng kết 5 năm phong trào "Dân vận khéo" (15/09/2015)
- Hội nghị đối thoại với nhân dân phường Láng Hạ (20/08/2015)
- 142 phần quà cho gia đình chính sách (25/07/2015)
""", "2015-10-09", "Nâng cao hiệu quả dân vận chính quyền ở 21 phường",
E("giao_ban", "2015-Q3", "2015-10-08"),
[P("Hoàng Thị Thu Trang", "Ủy viên Ban Thường vụ Quận ủy", "Trưởng Ban Dân vận Quận ủy"),
 P("Nguyễn Hữu Thắng", "Phó Trưởng Ban Dân vận Quận ủy"),
 P("Lê Thị Mai Hoa", "Phó Trưởng Ban Dân vận Quận ủy"),
 P("Đào Quang Vinh", "Quận ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam quận Đống Đa"),
 P("Vương Thị Hằng", "Bí thư Đảng ủy phường Khương Thượng"),
 P("Trương Đình Quý", "Trưởng Ban Dân vận Đảng ủy phường Văn Chương")],
[Q("21 phường", 21, "phường"), Q("11 vụ việc khiếu nại đông người", 11, "vụ việc khiếu nại đông người"),
 Q("3.560 hộ dân", 3560, "hộ dân"), Q("100%", 100, "%"), Q("48 hội nghị", 48, "hội nghị"),
 Q("gần 4.200 lượt người", 4200, "lượt người", "approx"), Q("356 ý kiến góp ý", 356, "ý kiến"),
 Q("210 hộ dân", 210, "hộ dân"), Q("186/210 hộ", 186, "hộ"), Q("6 mô hình", 6, "mô hình"),
 Q("trên 400.000 người", 400000, "người", "over"), Q("ít nhất 90%", 90, "%", "over")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư"),
 D("Kế hoạch", "41", "KH/QU", "2015-08-05", "Ban Thường vụ Quận ủy", "Kế hoạch số 41-KH/QU ngày 05/8/2015"),
 D("Hướng dẫn", "07", "HD/BDVQU", None, "Ban Dân vận Quận ủy", "Hướng dẫn số 07-HD/BDVQU của Ban Dân vận Quận ủy"),
 D("Chỉ thị", "03", "CT/TU", "2015-06-10", "Ban Thường vụ Thành ủy", "Chỉ thị số 03-CT/TU ngày 10/6/2015 của Ban Thường vụ Thành ủy")],
[prov("Hà Nội"), com("Văn Chương"), com("Ô Chợ Dừa"), com("Khương Thượng")],
["QUẬN ỦY ĐỐNG ĐA - ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "Vị trí: Trang chủ › Dân vận › Hoạt động khối dân vận",
 "Đồng chí Hoàng Thị Thu Trang chủ trì giao ban.", "Dân vận khéo", "Quy chế phối hợp số 06", "Nghị quyết Đại hội Đảng bộ quận lần thứ XXVI"],
["09/10/2015 - 10:05", "quý III/2015", "quý III", "quý IV", "lần thứ XXVI", "Kết luận 114", "năm 2015"]))

PAGES.append(page("b5770-hcm-tanphong-phunu-daihoi-2016", """
Hội Liên hiệp Phụ nữ Quận 7 - Thành phố Hồ Chí Minh
Tin tức >> Hoạt động Hội >> Đại hội phụ nữ cơ sở
Thứ Sáu, 20/05/2016
Đại hội đại biểu Phụ nữ phường Tân Phong lần thứ X, nhiệm kỳ 2016 - 2021
Ngày 19/5, Hội LHPN phường Tân Phong, Quận 7 long trọng tổ chức Đại hội đại biểu Phụ nữ phường lần thứ X, nhiệm kỳ 2016 - 2021. Về dự có đồng chí Tô Thị Bích Vân, Quận ủy viên, Chủ tịch Hội LHPN Quận 7; đồng chí Lưu Quang Hiển, Bí thư Đảng ủy phường Tân Phong cùng 120 đại biểu đại diện cho 2.450 hội viên của 9 chi hội khu phố.
Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Báo cáo nhiệm kỳ 2011 - 2016 cho thấy, Hội đã kết nạp 260 hội viên mới, nâng tỷ lệ tập hợp phụ nữ lên 86,5%; giúp 148 hội viên nghèo vay trên 1,8 tỷ đồng vốn từ Ngân hàng Chính sách xã hội và nguồn vốn của Hội; xây dựng 3 "Mái ấm tình thương" cho hội viên khó khăn. Phong trào "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc" và cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" được triển khai sâu rộng; 95% hộ gia đình hội viên đạt gia đình văn hóa.
Phát biểu chỉ đạo, đồng chí Lưu Quang Hiển đề nghị Hội tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; Kế hoạch số 17-KH/ĐU của Đảng ủy phường về công tác dân vận năm 2016, chú trọng vận động chị em người Hoa, người Khmer đang sinh sống trên địa bàn.
Đại hội đã thảo luận, tham gia ý kiến vào dự thảo văn kiện Đại hội đại biểu Phụ nữ Quận 7 và bầu Ban Chấp hành nhiệm kỳ mới gồm 15 ủy viên. Theo Hướng dẫn số 04/HD-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam, Đại hội bầu trực tiếp chức danh chủ tịch. Chị Võ Thị Thu Hằng được tín nhiệm giữ chức Chủ tịch Hội LHPN phường Tân Phong nhiệm kỳ 2016 - 2021; các chị Phó Chủ tịch Hội LHPN phường: Lý Ngọc Hân, Kim Thị Sô Phia. Đại hội cũng bầu 5 đại biểu chính thức đi dự Đại hội đại biểu Phụ nữ Quận 7 lần thứ XI.
Nhiệm kỳ 2016 - 2021, Hội đặt chỉ tiêu kết nạp ít nhất 300 hội viên mới, hằng năm giới thiệu 10 hội viên ưu tú cho Đảng xem xét kết nạp, 100% chi hội có mô hình "Dân vận khéo".
Cũng tại Đại hội, Hội LHPN phường đã trao 20 suất học bổng, mỗi suất 1 triệu đồng, cho con hội viên nghèo học giỏi và ra mắt Câu lạc bộ "Phụ nữ với pháp luật". Theo Hội LHPN TP Hồ Chí Minh, đến hết tháng 5/2016, 28 phường, xã của Thành phố đã hoàn thành đại hội phụ nữ cơ sở.
Thu Hà
Lượt truy cập: 35.417
Bài viết liên quan
- Đại hội Phụ nữ phường Tân Thuận Đông lần thứ X (12/05/2016)
- Phường Phú Mỹ: 60 hội viên được vay vốn khởi nghiệp (28/04/2016)
""", "2016-05-20", "Đại hội đại biểu Phụ nữ phường Tân Phong lần thứ X, nhiệm kỳ 2016 - 2021",
E("dai_hoi", None, "2016-05-19"),
[P("Tô Thị Bích Vân", "Quận ủy viên", "Chủ tịch Hội LHPN Quận 7"),
 P("Lưu Quang Hiển", "Bí thư Đảng ủy phường Tân Phong"),
 P("Võ Thị Thu Hằng", "Chủ tịch Hội LHPN phường Tân Phong nhiệm kỳ 2016 - 2021"),
 P("Lý Ngọc Hân", "Phó Chủ tịch Hội LHPN phường"),
 P("Kim Thị Sô Phia", "Phó Chủ tịch Hội LHPN phường")],
[Q("120 đại biểu", 120, "đại biểu"), Q("2.450 hội viên", 2450, "hội viên"), Q("9 chi hội khu phố", 9, "chi hội khu phố"),
 Q("260 hội viên mới", 260, "hội viên mới"), Q("86,5%", 86.5, "%"), Q("148 hội viên nghèo", 148, "hội viên nghèo"),
 Q("trên 1,8 tỷ đồng", 1800000000, "đồng", "over"), Q('3 "Mái ấm tình thương"', 3, "Mái ấm tình thương"), Q("95%", 95, "%"),
 Q("15 ủy viên", 15, "ủy viên"), Q("5 đại biểu chính thức", 5, "đại biểu chính thức"),
 Q("ít nhất 300 hội viên mới", 300, "hội viên mới", "over"), Q("10 hội viên ưu tú", 10, "hội viên ưu tú"), Q("100%", 100, "%"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("28 phường, xã", 28, "phường, xã")],
[D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị"),
 D("Kế hoạch", "17", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 17-KH/ĐU của Đảng ủy phường"),
 D("Hướng dẫn", "04", "HD-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 04/HD-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam")],
[prov("Hồ Chí Minh"), com("Tân Phong")],
["Hội Liên hiệp Phụ nữ Quận 7 - Thành phố Hồ Chí Minh", "Tin tức >> Hoạt động Hội >> Đại hội phụ nữ cơ sở",
 "Các đại biểu biểu quyết thông qua nghị quyết đại hội.", "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc",
 "Xây dựng gia đình 5 không, 3 sạch", "Dân vận khéo", "Phụ nữ với pháp luật", "Lượt truy cập: 35.417", "Ngân hàng Chính sách xã hội"],
["Thứ Sáu, 20/05/2016", "lần thứ X", "nhiệm kỳ 2016 - 2021", "nhiệm kỳ 2011 - 2016", "5 không, 3 sạch", "lần thứ XI", "Lượt truy cập: 35.417"]))
