from lib import *
PAGES = []

PAGES.append(page("b1859-hoabinh-bdv-giaoban-2017", """
BAN DÂN VẬN TỈNH ỦY HÒA BÌNH
Trang chủ >> Tin hoạt động >> Khối dân vận
Cập nhật lúc 17:20 ngày 06/10/2017
Ảnh: Quang cảnh hội nghị giao ban.
Khối dân vận tỉnh giao ban công tác quý III
Ngày 5/10/2017, Ban Dân vận Tỉnh ủy Hòa Bình tổ chức giao ban khối dân vận quý III năm 2017. Đồng chí Bùi Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có đại diện Ủy ban MTTQ tỉnh, các đoàn thể chính trị - xã hội và trưởng ban dân vận 11 huyện, thành ủy.
Trong quý III, khối dân vận các cấp đã nắm bắt và phản ánh 36 vấn đề dư luận xã hội nổi lên, trong đó có việc thu hồi đất làm Khu công nghiệp bờ trái sông Đà và giá bồi thường của dự án đường cao tốc Hòa Lạc - Hòa Bình. Các cơ quan dân vận đã phối hợp tiếp 214 lượt công dân, tiếp nhận 97 đơn thư, chuyển cơ quan có thẩm quyền giải quyết 81 đơn; tham gia 6 cuộc đối thoại với hộ dân bị ảnh hưởng bởi dự án.
Ông Quách Văn Thịnh, HUV, Trưởng Ban Dân vận Huyện ủy Lương Sơn, báo cáo: huyện còn 22 hộ chưa nhận tiền bồi thường do chưa thống nhất nguồn gốc đất; Huyện ủy đã giao các đồng chí Huyện ủy viên: Đinh Công Tuấn, Xa Thị Lan phụ trách từng xóm, vận động từng hộ. Bà Hà Thị Nguyệt, Chủ tịch Hội Liên hiệp phụ nữ huyện Mai Châu, cho biết Hội đã hòa giải thành 11 vụ tranh chấp đất vườn giữa anh em trong gia đình người Thái.
Báo cáo cũng nêu, việc thực hiện Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng công tác dân vận của cơ quan nhà nước, chính quyền các cấp có chuyển biến; 100% xã đã có quy chế tiếp dân của Bí thư cấp ủy. Ban Dân vận Tỉnh ủy đã ban hành hướng dẫn số 15-HD/BDVTU và công văn 204-CV/BDVTU đôn đốc các huyện báo cáo kết quả tiếp dân trước ngày 20 hằng tháng.
Một số ý kiến cho rằng đơn thư vượt cấp tăng so với quý II (tăng 12 đơn), nguyên nhân do một số xã chưa trả lời công dân đúng hạn. Đồng chí Bạch Công Trường, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị mỗi xã lập sổ theo dõi thời hạn giải quyết từng đơn.
Kết luận giao ban, đồng chí Bùi Thị Hoa yêu cầu quý IV tập trung vận động các hộ còn lại bàn giao mặt bằng trước ngày 15/12/2017; tổ chức tốt hội nghị tổng kết 5 năm phong trào thi đua "Dân vận khéo" và tuyên truyền kỷ niệm 87 năm Ngày truyền thống công tác dân vận của Đảng.
Công tác giao ban được duy trì đều đặn hằng quý đã giúp Ban Dân vận Tỉnh ủy nắm chắc tình hình, kịp thời tham mưu Ban Thường vụ Tỉnh ủy chỉ đạo xử lý các vấn đề nảy sinh từ cơ sở, nhất là những nơi có dự án lớn của tỉnh Hòa Bình.
Thu Hằng
Số lượt truy cập: 1.208.455
Các tin đã đưa
- Kim Bôi: đối thoại với 45 hộ dân dự án thủy điện (22/09/2017)
- Tập huấn nghiệp vụ dân vận năm 2017 (08/09/2017)
- Tân Lạc tổng kết 10 năm thực hiện Quy chế dân chủ (24/08/2017)
""", "2017-10-06", "Khối dân vận tỉnh giao ban công tác quý III",
E("giao_ban", "2017-Q3", "2017-10-05"),
[P("Bùi Thị Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quách Văn Thịnh", "HUV", "Trưởng Ban Dân vận Huyện ủy Lương Sơn"),
 P("Đinh Công Tuấn", "Huyện ủy viên"), P("Xa Thị Lan", "Huyện ủy viên"),
 P("Hà Thị Nguyệt", "Chủ tịch Hội Liên hiệp phụ nữ huyện Mai Châu"),
 P("Bạch Công Trường", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("11 huyện, thành ủy", 11, "huyện, thành ủy"), Q("36 vấn đề dư luận xã hội", 36, "vấn đề dư luận xã hội"),
 Q("214 lượt công dân", 214, "lượt công dân"), Q("97 đơn thư", 97, "đơn thư"), Q("81 đơn", 81, "đơn"),
 Q("6 cuộc đối thoại", 6, "cuộc đối thoại"), Q("22 hộ", 22, "hộ"), Q("11 vụ tranh chấp đất vườn", 11, "vụ tranh chấp đất vườn"),
 Q("100%", 100, "%"), Q("12 đơn", 12, "đơn")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận 114-KL/TW ngày 14/7/2015"),
 D("Hướng dẫn", "15", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 15-HD/BDVTU"),
 D("Công văn", "204", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "công văn 204-CV/BDVTU")],
[prov("Hòa Bình")],
["BAN DÂN VẬN TỈNH ỦY HÒA BÌNH", "Trang chủ >> Tin hoạt động >> Khối dân vận", "Ảnh: Quang cảnh hội nghị giao ban.",
 "Khu công nghiệp bờ trái sông Đà", "Dân vận khéo", "Số lượt truy cập: 1.208.455"],
["Cập nhật lúc 17:20 ngày 06/10/2017", "quý III năm 2017", "quý II", "quý IV", "ngày 20 hằng tháng", "15/12/2017", "5 năm",
 "87 năm", "Số lượt truy cập: 1.208.455"]))

PAGES.append(page("b1860-binhthuan-xa-doithoai-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA THẮNG - HUYỆN BẮC BÌNH - TỈNH BÌNH THUẬN
Trang chủ › Tin tức sự kiện › Hoạt động của Đảng ủy
21.03.2018 | 16:05
Đồng chí Bí thư Đảng ủy xã phát biểu tại buổi đối thoại.
Đảng ủy xã Hòa Thắng đối thoại với nhân dân về đất dự án điện gió
Ngày 20/3/2018, Đảng ủy - UBND - Ủy ban MTTQ xã Hòa Thắng tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2018. Đồng chí Nguyễn Văn Bảy, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; dự có đồng chí Mang Thị Liên, Phó Trưởng Ban Dân vận Huyện ủy Bắc Bình và hơn 150 cử tri của 4 thôn.
Buổi đối thoại tập trung vào việc thu hồi 286 ha đất để xây dựng hai dự án điện gió, điện mặt trời trên địa bàn. Ông Ma Văn Quý, dân tộc Raglai, thôn Hồng Thắng, phản ánh: đất rẫy gia đình canh tác ổn định từ năm 1995 nhưng chưa được cấp giấy nên chỉ được hỗ trợ 50% giá đất. Bà Đàng Thị Hoa, thôn Hồng Lâm, đề nghị công ty trả tiền một lần thay vì chia làm 3 đợt. Ông Trần Đình Phúc, Trưởng thôn Hòa Thuận, kiến nghị làm lại tuyến đường liên thôn bị xe chở thiết bị làm hư hỏng khoảng 2,5 km.
Trả lời các ý kiến, đồng chí Lê Thanh Sơn, Phó Chủ tịch UBND xã, cho biết trong quý I xã đã nhận 38 đơn kiến nghị về đất đai, đã giải quyết và trả lời 29 đơn, số còn lại đang chờ kết quả đo đạc của Văn phòng đăng ký đất đai. Việc bồi thường thực hiện theo Luật Đất đai năm 2013, Nghị định số 47/2014/NĐ-CP ngày 15/5/2014 của Chính phủ và Quyết định số 08/2015/QĐ-UBND của UBND tỉnh Bình Thuận. Chủ đầu tư đã chi trả hơn 41,3 tỷ đồng cho 173 hộ; còn 19 hộ chưa đồng thuận.
Đồng chí Nguyễn Văn Bảy đề nghị chủ đầu tư cam kết tuyển dụng ít nhất 60 lao động địa phương, sửa chữa đường trước mùa mưa; giao Ủy ban MTTQ xã và các đoàn thể giám sát việc chi trả, công khai danh sách tại 4 nhà văn hóa thôn. Những kiến nghị vượt thẩm quyền sẽ được xã tổng hợp báo cáo UBND huyện trong vòng 15 ngày.
Thực hiện Nghị quyết 09-NQ/ĐU của Đảng ủy xã về công tác dân vận trong các dự án năng lượng, thời gian qua cấp ủy đã phân công 12 đảng viên bám thôn, gặp từng hộ để giải thích chính sách; nhờ vậy đến nay chưa có trường hợp khiếu kiện đông người.
Người dân đánh giá cao việc lãnh đạo xã trực tiếp nghe và trả lời; nhiều ý kiến đề nghị duy trì đối thoại định kỳ 6 tháng một lần, nhất là trong giai đoạn các nhà máy bắt đầu thi công. Ban Dân vận Huyện ủy cho biết sẽ đưa cách làm của xã vào báo cáo điển hình mô hình "Dân vận khéo" năm 2018.
Văn phòng Đảng ủy xã
Xem thêm
- Xã Hòa Thắng ra quân Tháng Thanh niên 2018 (10/03/2018)
- Hội nghị cán bộ, công chức xã năm 2018 (25/01/2018)
""", "2018-03-21", "Đảng ủy xã Hòa Thắng đối thoại với nhân dân về đất dự án điện gió",
E("doi_thoai", "2018", "2018-03-20"),
[P("Nguyễn Văn Bảy", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Mang Thị Liên", "Phó Trưởng Ban Dân vận Huyện ủy Bắc Bình"),
 P("Ma Văn Quý"), P("Đàng Thị Hoa"),
 P("Trần Đình Phúc", "Trưởng thôn Hòa Thuận"),
 P("Lê Thanh Sơn", "Phó Chủ tịch UBND xã")],
[Q("hơn 150 cử tri", 150, "cử tri", "over"), Q("4 thôn", 4, "thôn"), Q("286 ha", 286, "ha"), Q("50%", 50, "%"),
 Q("khoảng 2,5 km", 2.5, "km", "approx"), Q("38 đơn kiến nghị", 38, "đơn kiến nghị"), Q("29 đơn", 29, "đơn"),
 Q("hơn 41,3 tỷ đồng", 41300000000, "đồng", "over"), Q("173 hộ", 173, "hộ"), Q("19 hộ", 19, "hộ"),
 Q("ít nhất 60 lao động", 60, "lao động", "over"), Q("4 nhà văn hóa thôn", 4, "nhà văn hóa thôn"),
 Q("12 đảng viên", 12, "đảng viên")],
[D("Nghị định", "47", "2014/NĐ-CP", "2014-05-15", "Chính phủ", "Nghị định số 47/2014/NĐ-CP ngày 15/5/2014"),
 D("Quyết định", "08", "2015/QĐ-UBND", None, "UBND tỉnh Bình Thuận", "Quyết định số 08/2015/QĐ-UBND"),
 D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 09-NQ/ĐU")],
[prov("Bình Thuận"), com("Hòa Thắng")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ HÒA THẮNG - HUYỆN BẮC BÌNH - TỈNH BÌNH THUẬN", "Trang chủ › Tin tức sự kiện › Hoạt động của Đảng ủy",
 "Đồng chí Bí thư Đảng ủy xã phát biểu tại buổi đối thoại.", "Luật Đất đai năm 2013", "Dân vận khéo", "Văn phòng Đảng ủy xã"],
["21.03.2018 | 16:05", "năm 2018", "từ năm 1995", "3 đợt", "quý I", "15 ngày", "6 tháng một lần", "Luật Đất đai năm 2013"]))

PAGES.append(page("b1861-gialai-bdv-soket-2018", """
Báo Gia Lai điện tử
Chính trị › Dân vận
Thứ Sáu, 13/07/2018, 08:05
Gia Lai: Giải quyết dứt điểm 41 vụ tranh chấp đất đai trong 6 tháng
(GLO) - Ngày 12/7, Ban Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2018. Đồng chí Rah Lan Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Đồng chí Rah Lan Lâm phát biểu kết luận hội nghị. Ảnh: Hồng Thi
Theo báo cáo, 6 tháng đầu năm 2018, các cơ quan, đơn vị đã giải quyết dứt điểm 41 vụ tranh chấp đất đai, phần lớn giữa người dân với các công ty nông, lâm nghiệp như Công ty TNHH MTV Cà phê Ia Grai, Công ty Lâm nghiệp Kông Chro. Khối dân vận đã phối hợp tiếp 1.127 lượt công dân; tham gia 23 cuộc đối thoại; vận động 356 hộ đồng bào Jrai, Bahnar trả lại khoảng 840 ha đất lấn chiếm để trồng rừng.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết 4 năm thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị và ban hành Kế hoạch 84, 85-KH/TU về công tác dân vận trong giải quyết tranh chấp đất đai và về rà soát, bàn giao đất của các công ty nông, lâm nghiệp cho địa phương theo Nghị quyết số 30-NQ/TW ngày 12/3/2014 của Bộ Chính trị.
Tại hội nghị, các đồng chí Trưởng Ban Dân vận Huyện ủy: Ksor Nham (Krông Pa), Siu Thị Hlen (Ia Pa) đã chia sẻ kinh nghiệm "3 cùng" với dân để vận động. Bà Đinh Thị Hrông, Bí thư Đảng ủy xã Kon Chiêng, cho biết xã có 14 hộ đã trả đất cho Công ty lâm nghiệp sau 5 lần gặp gỡ, đối thoại. Ông Puih Bếp, người có uy tín làng Ia Mơ, xã Ia Ma Rơn, kiến nghị hỗ trợ giống cây cho các hộ trả đất.
Hội nghị cũng chỉ ra, còn 67 vụ việc tranh chấp chưa giải quyết xong, 9 vụ có dấu hiệu phức tạp; một số nơi chậm trả lời đơn, quá thời hạn 30 ngày theo Luật Khiếu nại. Đồng chí Nguyễn Thị Kim Xuân, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị các huyện rà soát, lập danh sách từng vụ việc, phân công người chịu trách nhiệm và thời gian hoàn thành.
Kết luận hội nghị, đồng chí Rah Lan Lâm yêu cầu 6 tháng cuối năm giải quyết ít nhất 80% số vụ việc còn tồn; tăng cường đối thoại tại làng, sử dụng tiếng dân tộc; chuẩn bị tổ chức gặp mặt 1.240 người có uy tín trước Tết Nguyên đán. Đồng chí nhấn mạnh tinh thần "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân".
Theo Ban Dân vận Tỉnh ủy, những kết quả trên có sự đóng góp lớn của đội ngũ cán bộ dân vận cơ sở, nhiều người đã nhiều tháng liền bám làng, ăn ở cùng bà con để nắm tâm tư, nguyện vọng và giải thích chính sách đất đai của Nhà nước.
Hồng Thi
Tin liên quan
- Chư Prông: đối thoại với 120 hộ dân về đất cao su (05/07/2018)
- Gặp gỡ người có uy tín vùng biên giới (28/06/2018)
- Kbang giải quyết tranh chấp đất rừng (15/06/2018)
""", "2018-07-13", "Gia Lai: Giải quyết dứt điểm 41 vụ tranh chấp đất đai trong 6 tháng",
E("so_ket", "2018-H1", "2018-07-12"),
[P("Rah Lan Lâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor Nham", "Trưởng Ban Dân vận Huyện ủy"),
 P("Siu Thị Hlen", "Trưởng Ban Dân vận Huyện ủy"),
 P("Đinh Thị Hrông", "Bí thư Đảng ủy xã Kon Chiêng"),
 P("Puih Bếp", "người có uy tín làng Ia Mơ"),
 P("Nguyễn Thị Kim Xuân", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("41 vụ tranh chấp đất đai", 41, "vụ tranh chấp đất đai"), Q("1.127 lượt công dân", 1127, "lượt công dân"),
 Q("23 cuộc đối thoại", 23, "cuộc đối thoại"), Q("356 hộ đồng bào Jrai, Bahnar", 356, "hộ đồng bào Jrai, Bahnar"),
 Q("khoảng 840 ha", 840, "ha", "approx"), Q("14 hộ", 14, "hộ"), Q("67 vụ việc tranh chấp", 67, "vụ việc tranh chấp"),
 Q("5 lần", 5, "lần"), Q("9 vụ", 9, "vụ"), Q("ít nhất 80%", 80, "%", "over"), Q("1.240 người có uy tín", 1240, "người có uy tín")],
[D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 35-CT/TW"),
 D("Kế hoạch", "84", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 84, 85-KH/TU"),
 D("Kế hoạch", "85", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 84, 85-KH/TU"),
 D("Nghị quyết", "30", "NQ/TW", "2014-03-12", "Bộ Chính trị", "Nghị quyết số 30-NQ/TW ngày 12/3/2014")],
[prov("Gia Lai"), com("Kon Chiêng"), com("Ia Ma Rơn")],
["Báo Gia Lai điện tử", "Chính trị › Dân vận", "Đồng chí Rah Lan Lâm phát biểu kết luận hội nghị.", "(GLO)",
 "Công ty TNHH MTV Cà phê Ia Grai", "Công ty Lâm nghiệp Kông Chro", "3 cùng", "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân",
 "Luật Khiếu nại"],
["Thứ Sáu, 13/07/2018, 08:05", "6 tháng đầu năm 2018", "6 tháng cuối năm 2018", "trong 6 tháng", "4 năm", "3 cùng",
 "30 ngày"]))

PAGES.append(page("b1862-haiphong-mttq-hoinghi-2019", """
Ủy ban MTTQ Việt Nam thành phố Hải Phòng
Trang chủ - Tin tức - Dân chủ, pháp luật
Ngày 16/04/2019 | 09:15
Triển khai Quy định 11-QĐi/TW về tiếp dân, đối thoại
Sáng 15/4/2019, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hải Phòng tổ chức hội nghị quán triệt, triển khai Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân năm 2019. Chủ trì hội nghị có đồng chí Lê Thị Khánh Vân, Ủy viên Ban Thường vụ Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố.
Tham dự có 320 đại biểu là chủ tịch Ủy ban MTTQ các quận, huyện, xã, phường, thị trấn và trưởng ban thanh tra nhân dân.
Theo báo cáo, năm 2018 Mặt trận các cấp của thành phố đã tham gia 1.462 buổi tiếp công dân cùng chính quyền; phối hợp tổ chức 97 hội nghị đối thoại; tiếp nhận 603 đơn thư gửi đến Mặt trận, đã chuyển 588 đơn tới cơ quan có thẩm quyền và theo dõi kết quả giải quyết. Ban Thanh tra nhân dân ở 217 xã, phường, thị trấn đã giám sát 1.034 vụ việc, kiến nghị thu hồi cho ngân sách hơn 1,2 tỷ đồng.
Tại hội nghị, ông Phạm Văn Sáu, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố, hướng dẫn các nội dung Mặt trận tham gia theo Quy định 11 và Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền. Theo đó, người đứng đầu cấp ủy phải tiếp dân định kỳ ít nhất 1 ngày trong tháng và đối thoại trực tiếp với dân ít nhất 1 lần/năm; Mặt trận có trách nhiệm tổng hợp ý kiến trước và giám sát việc thực hiện sau đối thoại.
Bà Vũ Thị Hằng, Chủ tịch Ủy ban MTTQ xã Lại Xuân, huyện Thủy Nguyên, nêu kinh nghiệm: trước mỗi buổi đối thoại, xã tổ chức lấy ý kiến ở 6 thôn, phân loại thành 3 nhóm nội dung, gửi trước cho lãnh đạo xã chuẩn bị trả lời. Ông Đặng Văn Tám, Trưởng ban Thanh tra nhân dân phường Đông Hải 1, đề nghị quy định cụ thể thời hạn để chính quyền trả lời những kiến nghị chưa giải quyết được ngay tại buổi đối thoại.
Phát biểu kết luận, đồng chí Lê Thị Khánh Vân đề nghị Mặt trận các cấp chủ động xây dựng kế hoạch, đến ngày 30/6/2019 hoàn thành việc phối hợp với cấp ủy cùng cấp tổ chức ít nhất 1 cuộc đối thoại; kịp thời báo cáo những vụ việc phức tạp, khiếu kiện đông người. Ban Thường trực Ủy ban MTTQ thành phố sẽ ban hành Hướng dẫn số 09/HD-MTTQ-BTT để thống nhất thực hiện.
Các đại biểu đánh giá Quy định mới đã nâng trách nhiệm người đứng đầu, tạo cơ sở để Mặt trận giám sát thực chất hơn việc giải quyết kiến nghị của nhân dân.
Hải Yến
Tin cùng chuyên mục
- Mặt trận thành phố giám sát công tác bồi thường dự án cầu Hoàng Văn Thụ (02/04/2019)
- Tập huấn nghiệp vụ cho 600 trưởng ban thanh tra nhân dân (20/03/2019)
- Kiến An: hòa giải thành 92% vụ việc (05/03/2019)
""", "2019-04-16", "Triển khai Quy định 11-QĐi/TW về tiếp dân, đối thoại",
E("hoi_nghi", "2019", "2019-04-15"),
[P("Lê Thị Khánh Vân", "Ủy viên Ban Thường vụ Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Phạm Văn Sáu", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam thành phố"),
 P("Vũ Thị Hằng", "Chủ tịch Ủy ban MTTQ xã Lại Xuân"),
 P("Đặng Văn Tám", "Trưởng ban Thanh tra nhân dân phường Đông Hải 1")],
[Q("320 đại biểu", 320, "đại biểu"), Q("1.462 buổi tiếp công dân", 1462, "buổi tiếp công dân"),
 Q("97 hội nghị đối thoại", 97, "hội nghị đối thoại"), Q("603 đơn thư", 603, "đơn thư"), Q("588 đơn", 588, "đơn"),
 Q("217 xã, phường, thị trấn", 217, "xã, phường, thị trấn"), Q("1.034 vụ việc", 1034, "vụ việc"),
 Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("6 thôn", 6, "thôn"), Q("3 nhóm nội dung", 3, "nhóm nội dung")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW"),
 D("Hướng dẫn", "09", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ thành phố", "Hướng dẫn số 09/HD-MTTQ-BTT")],
[prov("Hải Phòng"), com("Lại Xuân"), com("Đông Hải 1")],
["Ủy ban MTTQ Việt Nam thành phố Hải Phòng", "Trang chủ - Tin tức - Dân chủ, pháp luật"],
["Ngày 16/04/2019 | 09:15", "năm 2019", "năm 2018", "Quy định 11", "1 ngày trong tháng", "1 lần/năm", "30/6/2019",
 "ít nhất 1 cuộc đối thoại", "Đông Hải 1"]))

PAGES.append(page("b1863-travinh-ubnd-doithoai-2019", """
BAN DÂN VẬN TỈNH ỦY TRÀ VINH
Trang chủ / Dân vận chính quyền / Tin hoạt động
Thứ Năm, 21/11/2019
Chủ tịch UBND tỉnh Trà Vinh đối thoại với đồng bào Khmer về đất chùa
Chiều 19/11/2019, tại chùa Kom Pong, xã Lương Hòa, đồng chí Đồng Văn Lâm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã chủ trì buổi đối thoại năm 2019 với đại diện sư sãi, Ban quản trị chùa và 86 hộ đồng bào Khmer đang sử dụng đất có nguồn gốc đất chùa. Dự có Hòa thượng Thạch Sóc Chanh, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh; đồng chí Kim Thị Sô Phi, Phó Trưởng Ban Dân vận Tỉnh ủy.
Quang cảnh buổi đối thoại tại chùa Kom Pong.
Theo báo cáo của Sở Tài nguyên và Môi trường, tranh chấp liên quan khoảng 12,6 ha đất do chùa quản lý từ trước năm 1975, nay có 86 hộ đang canh tác, cất nhà ở. Từ năm 2016 đến nay, các cấp đã nhận 34 đơn của các hộ dân và của Ban quản trị chùa; UBND huyện Châu Thành đã tổ chức 5 lần hòa giải nhưng chưa thành.
Tại buổi đối thoại, ông Thạch Sang ở ấp Sâm Bua đề nghị được tiếp tục ở trên phần đất gia đình đã sinh sống ba đời. Bà Sơn Thị Sa Ry, ấp Nhuệ Tứ, mong được cấp giấy chứng nhận cho 1.200 m2 đất ở. Đại đức Kim Sa Vông, trụ trì chùa Kom Pong, khẳng định nhà chùa không đòi lại đất ở của bà con, chỉ đề nghị giữ lại phần đất xung quanh chánh điện và sala.
Sau khi nghe ý kiến, đồng chí Đồng Văn Lâm kết luận: giao UBND huyện Châu Thành trong 60 ngày đo đạc lại toàn bộ khu đất, tách phần đất tôn giáo và phần đất ở của 86 hộ; đề xuất cấp giấy chứng nhận cho các hộ đủ điều kiện theo Luật Đất đai và Nghị định số 43/2014/NĐ-CP của Chính phủ. Tỉnh hỗ trợ 1,5 tỷ đồng để chỉnh trang khuôn viên chùa. Quyết định giải quyết được thực hiện theo Quy định số 14-QĐ/TU của Ban Thường vụ Tỉnh ủy về đối thoại với nhân dân.
Đồng chí đề nghị Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh và Hội Đoàn kết sư sãi yêu nước tỉnh phối hợp vận động, giám sát; các hộ dân giữ gìn đoàn kết, không để kẻ xấu lợi dụng kích động.
Sau buổi đối thoại, đại diện Ban quản trị chùa và các hộ dân đều thống nhất với hướng giải quyết. Theo Ban Dân vận Tỉnh ủy, năm 2019 tỉnh đã tổ chức 9 cuộc đối thoại về đất đai ở vùng đồng bào Khmer, giải quyết dứt điểm 6 vụ việc kéo dài.
Việc chọn chùa làm nơi đối thoại, có sư sãi cùng ngồi nghe, được bà con đánh giá là cách làm phù hợp với phong tục của đồng bào Khmer Nam Bộ, giúp buổi đối thoại diễn ra cởi mở, thẳng thắn.
Thạch Ngọc
Tin khác
- Trà Cú: 1.500 phần quà tặng hộ nghèo Khmer dịp Sene Dolta (20/09/2019)
- Tập huấn công tác dân vận cho chức sắc Phật giáo Nam tông Khmer (10/09/2019)
""", "2019-11-21", "Chủ tịch UBND tỉnh Trà Vinh đối thoại với đồng bào Khmer về đất chùa",
E("doi_thoai", "2019", "2019-11-19"),
[P("Đồng Văn Lâm", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Thạch Sóc Chanh", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Kim Thị Sô Phi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sang"), P("Sơn Thị Sa Ry"),
 P("Kim Sa Vông", "Đại đức", "trụ trì chùa Kom Pong")],
[Q("86 hộ đồng bào Khmer", 86, "hộ đồng bào Khmer"), Q("khoảng 12,6 ha", 12.6, "ha", "approx"), Q("34 đơn", 34, "đơn"), Q("5 lần", 5, "lần"),
 Q("1.200 m2", 1200, "m2"), Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("9 cuộc đối thoại", 9, "cuộc đối thoại"),
 Q("6 vụ việc", 6, "vụ việc")],
[D("Nghị định", "43", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 43/2014/NĐ-CP"),
 D("Quy định", "14", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 14-QĐ/TU")],
[prov("Trà Vinh"), com("Lương Hòa")],
["BAN DÂN VẬN TỈNH ỦY TRÀ VINH", "Trang chủ / Dân vận chính quyền / Tin hoạt động", "Quang cảnh buổi đối thoại tại chùa Kom Pong.",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Luật Đất đai", "chùa Kom Pong"],
["Thứ Năm, 21/11/2019", "năm 2019", "năm 1975", "Từ năm 2016", "ba đời", "60 ngày"]))

PAGES.append(page("b1864-kontum-bdv-giamsat-2020", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Kon Tum
Trang chủ » Kiểm tra, giám sát
2020-09-28 16:40
Giám sát việc tiếp dân, đối thoại của người đứng đầu cấp ủy tại Đắk Glei
Ngày 25/9/2020, Đoàn giám sát số 3 của Ban Thường vụ Tỉnh ủy do đồng chí Y Mửi, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị tại Ban Thường vụ Huyện ủy Đắk Glei. Tiếp đoàn có đồng chí A Tuấn, Tỉnh ủy viên, Bí thư Huyện ủy Đắk Glei.
Đồng chí Y Mửi phát biểu tại buổi giám sát. Ảnh: Y Thuận
Báo cáo của Huyện ủy cho thấy, từ tháng 3/2019 đến tháng 8/2020, Bí thư Huyện ủy đã tiếp công dân định kỳ 17 lần, tiếp 46 lượt công dân; tổ chức 2 cuộc đối thoại trực tiếp với nhân dân; chỉ đạo giải quyết 39/42 vụ việc, đạt 92,9%. Ở cấp xã, 12/12 bí thư đảng ủy đã tiếp dân định kỳ, có 8 xã tổ chức đối thoại. Các kiến nghị chủ yếu liên quan tranh chấp đất rẫy giữa các làng, đất của Công ty Lâm nghiệp Đắk Glei và hỗ trợ tái định cư thủy điện Đắk Mi.
Huyện ủy đã ban hành Kế hoạch số 52-KH/HU và Quy định số 07-QĐ/HU ngày 10/5/2019 về trách nhiệm người đứng đầu cấp ủy các cấp trong tiếp dân; thực hiện Hướng dẫn số 35-HD/BDVTU của Ban Dân vận Tỉnh ủy. Tuy vậy, qua giám sát, đoàn chỉ ra: sổ theo dõi tiếp dân ở 5 xã ghi chép chưa đầy đủ; 3 vụ việc quá hạn trả lời; việc thông báo kết quả giải quyết cho dân sau đối thoại chưa kịp thời.
Ông A Đen, Bí thư Đảng ủy xã Đắk Nhoong, giải trình: xã có 7 làng ở xa, đường vào mùa mưa bị chia cắt nên việc trả lời có lúc chậm. Bà Y Khiêm, Trưởng Ban Dân vận Huyện ủy, cho biết huyện đã thành lập 34 tổ dân vận thôn, làng giúp nắm tình hình và vận động người dân.
Kết luận buổi giám sát, đồng chí Y Mửi đề nghị Ban Thường vụ Huyện ủy khắc phục hạn chế trước ngày 31/12/2020; mỗi năm tổ chức ít nhất 1 cuộc đối thoại ở cấp huyện và ở 100% xã; dùng người có uy tín, già làng làm cầu nối. Đoàn sẽ báo cáo kết quả giám sát năm 2020 với Thường trực Tỉnh ủy.
Đại diện Ban Thường vụ Huyện ủy Đắk Glei tiếp thu đầy đủ các ý kiến, cho biết sẽ bổ sung quy chế tiếp dân, giao Văn phòng Huyện ủy mở sổ điện tử theo dõi từng kiến nghị và định kỳ báo cáo Ban Dân vận Tỉnh ủy kết quả khắc phục.
Theo kế hoạch, trong tháng 10, các đoàn giám sát của Ban Thường vụ Tỉnh ủy tiếp tục làm việc tại các huyện Tu Mơ Rông, Sa Thầy và thành phố Kon Tum; kết quả giám sát sẽ là căn cứ để đánh giá, xếp loại người đứng đầu cấp ủy cuối năm.
Y Thuận
Lượt xem: 318
Tin liên quan
- Đắk Tô: đối thoại với 30 hộ dân về đất sản xuất (18/09/2020)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Khối doanh nghiệp (04/09/2020)
""", "2020-09-28", "Giám sát việc tiếp dân, đối thoại của người đứng đầu cấp ủy tại Đắk Glei",
E("giam_sat", "2020", "2020-09-25"),
[P("Y Mửi", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Tuấn", "Tỉnh ủy viên", "Bí thư Huyện ủy Đắk Glei"),
 P("A Đen", "Bí thư Đảng ủy xã Đắk Nhoong"),
 P("Y Khiêm", "Trưởng Ban Dân vận Huyện ủy")],
[Q("17 lần", 17, "lần"), Q("46 lượt công dân", 46, "lượt công dân"), Q("2 cuộc đối thoại", 2, "cuộc đối thoại"),
 Q("39/42 vụ việc", 39, "vụ việc"), Q("92,9%", 92.9, "%"), Q("12/12 bí thư đảng ủy", 12, "bí thư đảng ủy"), Q("8 xã", 8, "xã"),
 Q("5 xã", 5, "xã"), Q("3 vụ việc", 3, "vụ việc"), Q("7 làng", 7, "làng"), Q("34 tổ dân vận thôn, làng", 34, "tổ dân vận thôn, làng"),
 Q("100%", 100, "%")],
[D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Kế hoạch", "52", "KH/HU", None, "Huyện ủy", "Kế hoạch số 52-KH/HU"),
 D("Quy định", "07", "QĐ/HU", "2019-05-10", "Huyện ủy", "Quy định số 07-QĐ/HU ngày 10/5/2019"),
 D("Hướng dẫn", "35", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 35-HD/BDVTU")],
[prov("Kon Tum"), com("Đắk Nhoong")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Kon Tum", "Trang chủ » Kiểm tra, giám sát", "Đồng chí Y Mửi phát biểu tại buổi giám sát.",
 "Công ty Lâm nghiệp Đắk Glei", "Lượt xem: 318"],
["2020-09-28 16:40", "Đoàn giám sát số 3", "tháng 3/2019", "tháng 8/2020", "31/12/2020", "ít nhất 1 cuộc đối thoại", "năm 2020",
 "tháng 10", "Lượt xem: 318"]))
