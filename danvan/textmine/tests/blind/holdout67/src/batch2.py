from lib import *
PAGES = []

PAGES.append(page("b1571-dongnai-khoidanvan-giaoban-q3-2017", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỊNH QUÁN
Trang chủ | Tin tức | Hoạt động các cơ quan Đảng
Hôm nay: Thứ Sáu, 06/10/2017
Khối dân vận huyện Định Quán giao ban quý III
Ngày 04/10/2017 | 15:35
Ngày 03/10, Ban Dân vận Huyện ủy Định Quán, tỉnh Đồng Nai tổ chức giao ban khối dân vận quý III, triển khai nhiệm vụ quý IV năm 2017. Chủ trì giao ban có đồng chí Điểu Thị Lan, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện. Tham dự có đại diện các đoàn thể chính trị - xã hội huyện, Trưởng khối dân vận 14 xã, thị trấn.
Quang cảnh buổi giao ban.
Báo cáo tại giao ban cho biết, trong quý III, khối dân vận các cấp đã tập trung tuyên truyền, vận động nhân dân thực hiện Kế hoạch số 86-KH/HU của Huyện ủy về thực hiện Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Đặc biệt, công tác vận động đồng bào dân tộc Chơro, S'tiêng, Mạ tại các xã Phú Tân, Thanh Sơn, Phú Vinh có nhiều chuyển biến.
Trong quý, Mặt trận và các đoàn thể đã phối hợp tổ chức 36 buổi tuyên truyền với 2.800 lượt người dự; Hội Nông dân huyện giải ngân gần 4,2 tỷ đồng vốn vay cho 97 hộ hội viên; Hội Liên hiệp Phụ nữ vận động thành lập mới 6 tổ hợp tác, 3 câu lạc bộ "Phụ nữ với pháp luật". Ban Dân vận Huyện ủy đã tiếp 21 lượt công dân, nhận 9 đơn thư, chuyển cơ quan có thẩm quyền giải quyết 7 đơn.
Tại giao ban, bà Nguyễn Thị Thu Trang, Chủ tịch Hội Liên hiệp Phụ nữ huyện, kiến nghị huyện sớm có hướng dẫn về việc sắp xếp, kiện toàn chi hội ở các ấp có đông đồng bào dân tộc; ông Nguyễn Hữu Phước, Bí thư Huyện Đoàn, đề xuất hỗ trợ thanh niên dân tộc thiểu số học nghề.
Kết luận giao ban, đồng chí Điểu Thị Lan đề nghị các đoàn thể tiếp tục thực hiện tốt Quyết định số 217-QĐ/TW và Hướng dẫn số 24-HD/BDVTU ngày 02/8/2017 của Ban Dân vận Tỉnh ủy về công tác dân vận chính quyền năm 2017; chuẩn bị chu đáo cho hội nghị tổng kết 10 năm phong trào "Dân vận khéo" của huyện; nắm chắc tình hình nhân dân ở vùng có dự án đường cao tốc Dầu Giây - Liên Khương đi qua.
Quý IV, khối dân vận phấn đấu xây dựng thêm 20 mô hình "Dân vận khéo", trao 15 căn nhà Đại đoàn kết cho hộ nghèo, mỗi căn trị giá 50 triệu đồng.
Thanh Bình - Ban Dân vận Huyện ủy
Lượt truy cập: 388
Tin liên quan
- Định Quán: Hội nghị biểu dương già làng, người có uy tín tiêu biểu (21/09/2017)
- Ra mắt mô hình "Tổ dân vận tự quản" ấp 4, xã Phú Vinh (06/09/2017)
- Sơ kết 5 năm thực hiện Nghị quyết 25-NQ/TW (24/08/2017)
- Tập huấn nghiệp vụ công tác Mặt trận cho cán bộ ấp (10/08/2017)
""", "2017-10-04", "Khối dân vận huyện Định Quán giao ban quý III",
E("giao_ban", "2017-Q3", "2017-10-03"),
[P("Điểu Thị Lan", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Thị Thu Trang", "Chủ tịch Hội Liên hiệp Phụ nữ huyện"),
 P("Nguyễn Hữu Phước", "Bí thư Huyện Đoàn")],
[Q("14 xã, thị trấn", 14, "xã, thị trấn"), Q("36 buổi tuyên truyền", 36, "buổi tuyên truyền"), Q("2.800 lượt người", 2800, "lượt người"),
 Q("gần 4,2 tỷ đồng", 4200000000, "đồng", "approx"), Q("97 hộ hội viên", 97, "hộ hội viên"), Q("6 tổ hợp tác", 6, "tổ hợp tác"),
 Q("3 câu lạc bộ", 3, "câu lạc bộ"), Q("21 lượt công dân", 21, "lượt công dân"), Q("9 đơn thư", 9, "đơn thư"), Q("7 đơn", 7, "đơn"),
 Q("20 mô hình", 20, "mô hình"), Q("15 căn nhà Đại đoàn kết", 15, "căn nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng")],
[D("Kế hoạch", "86", "KH/HU", None, "Huyện ủy", "Kế hoạch số 86-KH/HU của Huyện ủy"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị"),
 D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định số 217-QĐ/TW"),
 D("Hướng dẫn", "24", "HD/BDVTU", "2017-08-02", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 24-HD/BDVTU ngày 02/8/2017")],
[prov("Đồng Nai"), com("Phú Tân"), com("Thanh Sơn"), com("Phú Vinh")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỊNH QUÁN", "Trang chủ | Tin tức | Hoạt động các cơ quan Đảng", "Quang cảnh buổi giao ban.",
 "Phụ nữ với pháp luật", "Dân vận khéo", "Lượt truy cập: 388"],
["Hôm nay: Thứ Sáu, 06/10/2017", "Ngày 04/10/2017 | 15:35", "quý III", "quý IV năm 2017", "10 năm", "Lượt truy cập: 388"]))

PAGES.append(page("b1572-hue-phongdien-doithoai-2018", """
Cổng Thông tin điện tử huyện Phong Điền - Tỉnh Thừa Thiên Huế
Vị trí: Trang chủ > Tin tức sự kiện > Tin hoạt động
Thứ Sáu, 23/11/2018 - 09:10
Ảnh: Quang cảnh buổi đối thoại
Chủ tịch UBND huyện đối thoại với nhân dân xã Phong Hải
Chiều 21/11, UBND huyện Phong Điền phối hợp Ủy ban MTTQ Việt Nam huyện tổ chức buổi đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân xã Phong Hải năm 2018. Chủ trì buổi đối thoại có các đồng chí: Lê Văn Bảo, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; Hoàng Thị Ngọc Ánh, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy. Tham dự có lãnh đạo các phòng, ban chuyên môn và gần 200 người dân đại diện cho 4 thôn ven biển.
Buổi đối thoại được tổ chức theo Quyết định số 1200/QĐ-UBND ngày 30/7/2018 của UBND huyện và thực hiện Chỉ thị số 27-CT/TU của Ban Thường vụ Tỉnh ủy về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân. Trước đó, Ủy ban MTTQ xã đã tổng hợp 23 ý kiến, kiến nghị của cử tri gửi trước đến UBND huyện.
Tại buổi đối thoại, người dân tập trung phản ánh về tình trạng sạt lở bờ biển, việc hỗ trợ ngư dân bị ảnh hưởng bởi sự cố môi trường biển, tiến độ xây dựng khu tái định cư thôn Trung Thạnh, ô nhiễm từ các hồ nuôi tôm trên cát. Ông Trần Văn Lộc, thôn Hải Thế, đề nghị làm rõ vì sao 12 hộ chưa nhận đủ tiền đền bù; bà Nguyễn Thị Hoa, thôn Trung Thạnh, hỏi về việc cấp giấy chứng nhận quyền sử dụng đất cho 35 hộ tái định cư.
Trả lời các kiến nghị, ông Lê Văn Bảo cho biết đến nay huyện đã chi trả hơn 168 tỷ đồng bồi thường thiệt hại do sự cố môi trường biển cho 1.426 hộ ngư dân của xã, đạt 99,2%; số hộ còn lại chưa nhận do đang tranh chấp thừa kế. Huyện sẽ bố trí 4,5 tỷ đồng kè chống sạt lở đoạn bờ biển dài 600 m trong năm 2019. Về cấp giấy chứng nhận, huyện giao Phòng Tài nguyên và Môi trường hoàn thành trước ngày 30/12/2018.
Phát biểu kết thúc buổi đối thoại, đồng chí Hoàng Thị Ngọc Ánh đề nghị các phòng, ban giải quyết dứt điểm các kiến nghị thuộc thẩm quyền, trả lời công khai cho người dân; các kiến nghị vượt thẩm quyền, huyện sẽ báo cáo UBND tỉnh Thừa Thiên Huế. Ủy ban MTTQ huyện sẽ theo dõi, giám sát việc thực hiện các cam kết tại buổi đối thoại.
Năm 2018, UBND huyện đã tổ chức 6 cuộc đối thoại tại các xã Phong Hải, Điền Hương, Điền Môn, Phong Bình, Phong Mỹ và thị trấn Phong Điền.
Minh Nhật - Trung tâm VH-TT
Lượt xem: 734
Tin khác
- Phong Điền sơ kết thực hiện Quy chế dân chủ ở cơ sở (14/11/2018)
- Hội nghị đại biểu nhân dân các thôn ven biển (02/11/2018)
- Trao 30 suất học bổng cho học sinh nghèo vượt khó (26/10/2018)
""", "2018-11-23", "Chủ tịch UBND huyện đối thoại với nhân dân xã Phong Hải",
E("doi_thoai", "2018", "2018-11-21"),
[P("Lê Văn Bảo", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Hoàng Thị Ngọc Ánh", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy"),
 P("Trần Văn Lộc"), P("Nguyễn Thị Hoa")],
[Q("gần 200 người dân", 200, "người dân", "approx"), Q("4 thôn ven biển", 4, "thôn ven biển"),
 Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"), Q("12 hộ", 12, "hộ"), Q("35 hộ tái định cư", 35, "hộ tái định cư"),
 Q("hơn 168 tỷ đồng", 168000000000, "đồng", "over"), Q("1.426 hộ ngư dân", 1426, "hộ ngư dân"), Q("99,2%", 99.2, "%"),
 Q("4,5 tỷ đồng", 4500000000, "đồng"), Q("600 m", 600, "m"), Q("6 cuộc đối thoại", 6, "cuộc đối thoại")],
[D("Quyết định", "1200", "QĐ-UBND", "2018-07-30", "UBND huyện", "Quyết định số 1200/QĐ-UBND ngày 30/7/2018 của UBND huyện"),
 D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 27-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Thừa Thiên Huế"), com("Phong Hải"), com("Điền Hương"), com("Điền Môn"), com("Phong Bình"), com("Phong Mỹ"), com("Phong Điền")],
["Cổng Thông tin điện tử huyện Phong Điền - Tỉnh Thừa Thiên Huế", "Vị trí: Trang chủ > Tin tức sự kiện > Tin hoạt động",
 "Ảnh: Quang cảnh buổi đối thoại", "Lượt xem: 734"],
["Thứ Sáu, 23/11/2018 - 09:10", "năm 2018", "năm 2019", "30/12/2018", "Lượt xem: 734"]))

PAGES.append(page("b1573-hanam-lynhan-taphuan-2019", """
BAN DÂN VẬN HUYỆN ỦY LÝ NHÂN - TỈNH HÀ NAM
Trang chủ >> Tin tức >> Công tác dân vận
29.03.2019 | 14:50
Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở năm 2019
Ngày 27 và 28/3/2019, Ban Dân vận Huyện ủy Lý Nhân tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2019 cho 168 học viên là Trưởng khối dân vận, cán bộ Mặt trận, đoàn thể và Tổ trưởng tổ dân vận thôn của 22 xã, thị trấn trong huyện.
Đồng chí Trần Văn Quyết phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Trần Văn Quyết, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy nhấn mạnh: đội ngũ cán bộ dân vận cơ sở là lực lượng gần dân nhất, cần được trang bị kỹ năng nắm tình hình, tuyên truyền, vận động và giải quyết những vấn đề bức xúc ngay từ thôn, xóm.
Trong 2 ngày, các học viên được nghe đồng chí Phạm Thị Nguyệt, Phó Trưởng Ban Dân vận Tỉnh ủy Hà Nam, truyền đạt chuyên đề về Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; Quyết định số 290-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị. Đồng chí Đỗ Thị Thu Hà, Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, hướng dẫn kỹ năng tiếp xúc, đối thoại với nhân dân và cách xây dựng mô hình "Dân vận khéo".
Ngoài ra, lớp học còn được phổ biến Hướng dẫn số 07-HD/BDVTU ngày 15/01/2019 của Ban Dân vận Tỉnh ủy về nội dung, phương thức hoạt động của tổ dân vận thôn, tổ dân phố và Kế hoạch số 68-KH/HU của Ban Thường vụ Huyện ủy về thực hiện Nghị quyết 25-NQ/TW khóa XI.
Theo Ban Dân vận Huyện ủy, toàn huyện hiện có 196 tổ dân vận thôn, tổ dân phố với trên 980 thành viên. Năm 2018, các tổ đã nắm và phản ánh kịp thời 214 vụ việc, tham gia hòa giải thành 87 vụ việc mâu thuẫn ở khu dân cư; nhân dân trong huyện đã hiến gần 7.300 m2 đất, đóng góp 9,6 tỷ đồng xây dựng nông thôn mới.
Tại lớp học, các học viên đã thảo luận, trao đổi về những vướng mắc trong công tác dồn điền, đổi thửa, thu gom rác thải ở nông thôn. Ông Vũ Đức Thịnh, Bí thư Đảng ủy xã Nhân Khang, chia sẻ kinh nghiệm vận động 312 hộ dân dồn điền đổi thửa 45 ha ruộng để làm cánh đồng lớn trồng chuối.
Kết thúc lớp tập huấn, 100% học viên làm bài thu hoạch đạt yêu cầu.
Tin, ảnh: Phương Linh
Lượt xem: 297
Tin liên quan
- Lý Nhân: Giao ban công tác dân vận quý I/2019 (22/03/2019)
- Nhân Khang ra mắt mô hình "Xóm không rác thải" (08/03/2019)
- Tổng kết công tác dân vận năm 2018 (28/12/2018)
""", "2019-03-29", "Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở năm 2019",
E("tap_huan", "2019", "2019-03-27"),
[P("Trần Văn Quyết", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Phạm Thị Nguyệt", "Phó Trưởng Ban Dân vận Tỉnh ủy Hà Nam"),
 P("Đỗ Thị Thu Hà", "Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Vũ Đức Thịnh", "Bí thư Đảng ủy xã Nhân Khang")],
[Q("168 học viên", 168, "học viên"), Q("22 xã, thị trấn", 22, "xã, thị trấn"),
 Q("196 tổ dân vận thôn, tổ dân phố", 196, "tổ dân vận thôn, tổ dân phố"), Q("trên 980 thành viên", 980, "thành viên", "over"),
 Q("214 vụ việc", 214, "vụ việc"), Q("87 vụ việc mâu thuẫn", 87, "vụ việc mâu thuẫn"), Q("gần 7.300 m2", 7300, "m2", "approx"),
 Q("9,6 tỷ đồng", 9600000000, "đồng"), Q("312 hộ dân", 312, "hộ dân"), Q("45 ha", 45, "ha"), Q("100%", 100, "%")],
[D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW của Bộ Chính trị"),
 D("Hướng dẫn", "07", "HD/BDVTU", "2019-01-15", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BDVTU ngày 15/01/2019"),
 D("Kế hoạch", "68", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 68-KH/HU của Ban Thường vụ Huyện ủy"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW")],
[prov("Hà Nam"), com("Nhân Khang")],
["BAN DÂN VẬN HUYỆN ỦY LÝ NHÂN - TỈNH HÀ NAM", "Trang chủ >> Tin tức >> Công tác dân vận",
 "Đồng chí Trần Văn Quyết phát biểu khai mạc lớp tập huấn.", "Dân vận khéo", "Nghị quyết Trung ương 7 khóa XI", "Lượt xem: 297"],
["29.03.2019 | 14:50", "năm 2019", "2 ngày", "Năm 2018", "khóa XI", "Lượt xem: 297"]))

PAGES.append(page("b1574-dienbien-bdv-baocao-2019", """
BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN
Trang chủ › Tin tức - Sự kiện › Tin trong tỉnh
Cập nhật lúc 16:30 ngày 18/12/2019
Đoàn công tác của Ban Dân vận Trung ương nghe báo cáo kết quả thực hiện Quyết định 599
Ngày 17/12/2019, Đoàn công tác của Ban Dân vận Trung ương do đồng chí Phạm Văn Thành, Ủy viên Trung ương Đảng, Phó Trưởng Ban Dân vận Trung ương làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Điện Biên, nghe báo cáo kết quả 5 năm thực hiện Quyết định số 599-QĐ/TW ngày 19/12/2013 của Bộ Chính trị về thành lập Ban Chỉ đạo Tây Bắc và công tác vận động đồng bào dân tộc thiểu số vùng Tây Bắc.
Tiếp và làm việc với đoàn có đồng chí Lò Văn Thiêm, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Lò Văn Xuân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy cùng lãnh đạo các sở, ngành liên quan.
Đồng chí Phạm Văn Thành phát biểu tại buổi làm việc.
Báo cáo do đồng chí Lò Văn Xuân trình bày cho thấy, giai đoạn 2014-2019, các cấp ủy đã cụ thể hóa bằng 37 văn bản chỉ đạo, trong đó có Nghị quyết số 11-NQ/TU ngày 21/4/2016 của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế - xã hội vùng đồng bào Mông và Chỉ thị số 26-CT/TU của Ban Thường vụ Tỉnh ủy về ngăn chặn di cư tự do. Tỷ lệ hộ nghèo toàn tỉnh giảm bình quân 4,5%/năm; 100% xã có đường ô tô đến trung tâm; 1.628 thôn, bản có điện lưới quốc gia.
Đến nay, tình hình di cư tự do, truyền đạo trái pháp luật cơ bản được kiểm soát; số hộ di cư tự do đi khỏi tỉnh giảm từ 247 hộ năm 2014 xuống 18 hộ năm 2019. Đội ngũ 1.912 người có uy tín phát huy vai trò tích cực, tham gia hòa giải thành 420 vụ việc, vận động 86 hộ tự nguyện quay về địa phương sinh sống. Tuy nhiên, một số huyện như Mường Nhé, Nậm Pồ vẫn còn tỷ lệ hộ nghèo trên 50%.
Tại buổi làm việc, đồng chí Giàng A Tính, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị Trung ương tiếp tục có chính sách đặc thù cho đội ngũ người có uy tín, nâng mức hỗ trợ lên 1 triệu đồng/người/quý.
Phát biểu kết luận, đồng chí Phạm Văn Thành đánh giá cao kết quả Điện Biên đạt được, đề nghị tỉnh tiếp tục thực hiện Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín; tổng hợp những kiến nghị để đoàn báo cáo Bộ Chính trị.
Trước đó, đoàn đã đến thăm, làm việc tại xã Thanh Chăn, huyện Điện Biên và xã Mường Phăng.
Hoàng Châu
Lượt xem: 1.208
Các tin khác
- Gặp mặt người có uy tín tiêu biểu tỉnh Điện Biên năm 2019 (10/12/2019)
- Ban Dân vận Tỉnh ủy tổng kết Quy chế phối hợp với UBND tỉnh (29/11/2019)
- Hội thảo công tác vận động đồng bào Mông (15/11/2019)
""", "2019-12-18", "Đoàn công tác của Ban Dân vận Trung ương nghe báo cáo kết quả thực hiện Quyết định 599",
E("bao_cao", None, "2019-12-17"),
[P("Phạm Văn Thành", "Ủy viên Trung ương Đảng", "Phó Trưởng Ban Dân vận Trung ương", "trưởng đoàn"),
 P("Lò Văn Thiêm", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lò Văn Xuân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Tính", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("37 văn bản chỉ đạo", 37, "văn bản chỉ đạo"), Q("4,5%", 4.5, "%"), Q("100%", 100, "%"), Q("1.628 thôn, bản", 1628, "thôn, bản"),
 Q("247 hộ", 247, "hộ"), Q("18 hộ", 18, "hộ"), Q("1.912 người có uy tín", 1912, "người có uy tín"), Q("420 vụ việc", 420, "vụ việc"),
 Q("86 hộ", 86, "hộ"), Q("trên 50%", 50, "%", "over"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "599", "QĐ/TW", "2013-12-19", "Bộ Chính trị", "Quyết định số 599-QĐ/TW ngày 19/12/2013 của Bộ Chính trị"),
 D("Nghị quyết", "11", "NQ/TU", "2016-04-21", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 11-NQ/TU ngày 21/4/2016 của Ban Chấp hành Đảng bộ tỉnh"),
 D("Chỉ thị", "26", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 26-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Điện Biên"), com("Thanh Chăn"), com("Mường Phăng")],
["BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN", "Trang chủ › Tin tức - Sự kiện › Tin trong tỉnh", "Đồng chí Phạm Văn Thành phát biểu tại buổi làm việc.",
 "Ban Chỉ đạo Tây Bắc", "Lượt xem: 1.208"],
["Cập nhật lúc 16:30 ngày 18/12/2019", "5 năm", "giai đoạn 2014-2019", "năm 2014", "năm 2019", "Lượt xem: 1.208"]))

PAGES.append(page("b1575-longan-ductrue-hoinghi-tongiao-2020", """
Báo Long An Online
Chính trị > Dân vận
07/08/2020 - 10:20
Đức Huệ: Hội nghị cung cấp thông tin cho chức sắc, chức việc các tôn giáo năm 2020
Ngày 06/8, Ban Dân vận Huyện ủy Đức Huệ phối hợp Phòng Nội vụ huyện tổ chức hội nghị cung cấp thông tin thời sự, chính sách pháp luật cho chức sắc, chức việc các tôn giáo năm 2020. Dự hội nghị có 85 đại biểu là chức sắc, chức việc Phật giáo, Công giáo, Cao Đài, Hòa Hảo và Tin lành trên địa bàn huyện.
Các đại biểu dự hội nghị thực hiện phòng, chống dịch Covid-19.
Tại hội nghị, đồng chí Võ Thị Kim Phượng, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Đức Huệ thông tin về tình hình kinh tế - xã hội 7 tháng đầu năm 2020 của huyện, công tác chuẩn bị Đại hội Đảng bộ huyện lần thứ XI, nhiệm kỳ 2020-2025 và các biện pháp phòng, chống dịch Covid-19 theo Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ.
Theo báo cáo, 7 tháng đầu năm, tổng giá trị sản xuất của huyện ước đạt 3.215 tỷ đồng, tăng 6,8% so cùng kỳ; huyện đã hỗ trợ 2.974 người lao động và hộ kinh doanh gặp khó khăn do dịch bệnh với số tiền trên 4,1 tỷ đồng theo Nghị quyết số 42/NQ-CP của Chính phủ. Các cơ sở tôn giáo đã đóng góp 640 triệu đồng, 12 tấn gạo cùng nhiều nhu yếu phẩm giúp người nghèo.
Đồng chí Trần Văn Tâm, Phó Trưởng phòng Nội vụ huyện phổ biến những nội dung cơ bản của Luật Tín ngưỡng, tôn giáo và Nghị định số 162/2017/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật; đề nghị các cơ sở tôn giáo đăng ký sinh hoạt tôn giáo tập trung đúng quy định.
Phát biểu tại hội nghị, Đại đức Thích Minh Tâm, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Đức Huệ và Linh mục Phêrô Nguyễn Văn Hiền, Chánh xứ giáo xứ Mỹ Quý Tây, bày tỏ đồng tình với các chủ trương của huyện, cam kết vận động tín đồ thực hiện tốt phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Ông Huỳnh Văn Sáu, Trưởng Ban Cai quản họ đạo Cao Đài Mỹ Thạnh Bắc đề nghị huyện quan tâm sửa chữa tuyến đường dẫn vào họ đạo, đã xuống cấp sau mùa mưa năm 2019.
Hòa thượng Thích Huệ Lực, trụ trì chùa Long Phước, xã Bình Hòa Bắc, cho biết trong đợt dịch vừa qua, nhà chùa đã phối hợp Ủy ban MTTQ xã nấu cơm chay phát cho người lao động nghèo; đồng thời mong chính quyền tiếp tục tạo điều kiện để các cơ sở tôn giáo tham gia công tác từ thiện, xã hội. Ông Lê Văn Tròn, Trưởng Ban đại diện Phật giáo Hòa Hảo xã Mỹ Quý Tây, đề nghị huyện hướng dẫn thủ tục thành lập Ban Trị sự cấp xã.
Kết thúc hội nghị, Ban Dân vận Huyện ủy ghi nhận 6 ý kiến, kiến nghị của chức sắc, chức việc để tổng hợp báo cáo Thường trực Huyện ủy.
Ngọc Mến
Tin liên quan
- Đức Huệ: Ra mắt mô hình "Ấp không có người sử dụng trái phép chất ma túy" (29/07/2020)
- Hội nghị giao ban khối dân vận 6 tháng đầu năm 2020 (15/07/2020)
- Trao 50 phần quà cho người nghèo xã Mỹ Quý Đông (30/06/2020)
""", "2020-08-07", "Đức Huệ: Hội nghị cung cấp thông tin cho chức sắc, chức việc các tôn giáo năm 2020",
E("hoi_nghi", "2020", "2020-08-06"),
[P("Võ Thị Kim Phượng", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Đức Huệ"),
 P("Trần Văn Tâm", "Phó Trưởng phòng Nội vụ huyện"),
 P("Thích Minh Tâm", "Đại đức", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Đức Huệ"),
 P("Phêrô Nguyễn Văn Hiền", "Linh mục", "Chánh xứ giáo xứ Mỹ Quý Tây"),
 P("Huỳnh Văn Sáu", "Trưởng Ban Cai quản họ đạo Cao Đài Mỹ Thạnh Bắc"),
 P("Thích Huệ Lực", "Hòa thượng", "trụ trì chùa Long Phước"),
 P("Lê Văn Tròn", "Trưởng Ban đại diện Phật giáo Hòa Hảo xã Mỹ Quý Tây")],
[Q("85 đại biểu", 85, "đại biểu"), Q("3.215 tỷ đồng", 3215000000000, "đồng"), Q("6,8%", 6.8, "%"),
 Q("2.974 người lao động và hộ kinh doanh", 2974, "người lao động và hộ kinh doanh"), Q("trên 4,1 tỷ đồng", 4100000000, "đồng", "over"),
 Q("640 triệu đồng", 640000000, "đồng"), Q("12 tấn gạo", 12, "tấn"), Q("6 ý kiến, kiến nghị", 6, "ý kiến, kiến nghị")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP của Chính phủ"),
 D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 162/2017/NĐ-CP của Chính phủ")],
[prov("Long An"), com("Bình Hòa Bắc"), com("Mỹ Quý Tây")],
["Báo Long An Online", "Chính trị > Dân vận", "Các đại biểu dự hội nghị thực hiện phòng, chống dịch Covid-19.", "Luật Tín ngưỡng, tôn giáo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Giáo hội Phật giáo Việt Nam"],
["07/08/2020 - 10:20", "năm 2020", "7 tháng đầu năm 2020", "lần thứ XI", "nhiệm kỳ 2020-2025", "Covid-19", "năm 2019"]))

PAGES.append(page("b1576-binhthuan-mttq-giamsat-2021", """
ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH THUẬN
Trang chủ - Giám sát, phản biện xã hội
Thứ Sáu, 12/11/2021 - 15:20
Giám sát việc hỗ trợ người dân gặp khó khăn do đại dịch Covid-19 tại Tuy Phong
Từ ngày 09 - 11/11/2021, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Thuận do bà Nguyễn Thị Bích Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm Trưởng đoàn đã giám sát việc thực hiện các chính sách hỗ trợ người lao động, người sử dụng lao động gặp khó khăn do đại dịch Covid-19 theo Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ và Quyết định số 23/2021/QĐ-TTg của Thủ tướng Chính phủ tại huyện Tuy Phong.
Thành viên đoàn gồm các ông, bà: Nguyễn Tấn Lợi, Lê Thị Hồng Nhung - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đại diện Ban Dân vận Tỉnh ủy, Liên đoàn Lao động tỉnh và Sở Lao động - Thương binh và Xã hội.
Đoàn giám sát làm việc tại UBND xã Phước Thể.
Theo báo cáo của UBND huyện Tuy Phong, đến ngày 31/10/2021, huyện đã hỗ trợ 8.417 lao động tự do, 1.236 hộ kinh doanh và 312 lao động tạm hoãn hợp đồng với tổng kinh phí trên 12,6 tỷ đồng. Mỗi lao động tự do được hỗ trợ 1,5 triệu đồng. Ủy ban MTTQ các cấp trong huyện đã tiếp nhận 3,8 tỷ đồng và 146 tấn gạo, hàng hóa của các tổ chức, cá nhân ủng hộ; trao 21.500 túi an sinh cho các hộ khó khăn.
Qua kiểm tra thực tế tại xã Phước Thể, xã Vĩnh Hảo và thị trấn Liên Hương, đoàn nhận thấy việc rà soát, lập danh sách được thực hiện công khai tại thôn, khu phố; tuy nhiên vẫn còn 164 hồ sơ chưa được chi trả do thiếu giấy tờ xác nhận nơi cư trú; một số trường hợp ngư dân làm thuê trên tàu cá chưa được đưa vào danh sách.
Ông Lê Văn Hùng, Phó Chủ tịch UBND huyện Tuy Phong, giải trình và cho biết huyện sẽ chỉ đạo giải quyết dứt điểm trước ngày 15/12/2021. Ông Đặng Văn Minh, Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Hảo đề nghị cho phép xác nhận qua tổ trưởng tổ dân vận để rút ngắn thời gian.
Đại diện Liên đoàn Lao động tỉnh cho biết, qua nắm tình hình, phần lớn công nhân các nhà máy chế biến hải sản trên địa bàn huyện đã trở lại làm việc; tuy nhiên khoảng 15% lao động vẫn chưa có việc làm ổn định, đời sống khó khăn, cần được quan tâm hỗ trợ trong thời gian tới, nhất là dịp Tết Nguyên đán Nhâm Dần sắp đến.
Kết luận, bà Nguyễn Thị Bích Vân đề nghị huyện thực hiện nghiêm Quyết định số 217-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội; chấn chỉnh tình trạng chậm chi trả; phát huy vai trò Ban Giám sát đầu tư của cộng đồng và Ban Thanh tra nhân dân ở cơ sở.
Ngọc Lân
Lượt xem: 506
Tin cùng chuyên mục
- Ủy ban MTTQ tỉnh phản biện dự thảo Nghị quyết về hỗ trợ ngư dân (02/11/2021)
- Bình Thuận: 110 nghìn túi an sinh đến với người dân vùng dịch (25/10/2021)
- Hội nghị giao ban công tác Mặt trận quý III/2021 (08/10/2021)
""", "2021-11-12", "Giám sát việc hỗ trợ người dân gặp khó khăn do đại dịch Covid-19 tại Tuy Phong",
E("giam_sat", None, "2021-11-09"),
[P("Nguyễn Thị Bích Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng đoàn"),
 P("Nguyễn Tấn Lợi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Hùng", "Phó Chủ tịch UBND huyện Tuy Phong"),
 P("Đặng Văn Minh", "Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Hảo")],
[Q("8.417 lao động tự do", 8417, "lao động tự do"), Q("1.236 hộ kinh doanh", 1236, "hộ kinh doanh"),
 Q("312 lao động tạm hoãn hợp đồng", 312, "lao động tạm hoãn hợp đồng"), Q("trên 12,6 tỷ đồng", 12600000000, "đồng", "over"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("3,8 tỷ đồng", 3800000000, "đồng"), Q("146 tấn gạo, hàng hóa", 146, "tấn"),
 Q("21.500 túi an sinh", 21500, "túi an sinh"), Q("164 hồ sơ", 164, "hồ sơ"), Q("khoảng 15%", 15, "%", "approx")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ"),
 D("Quyết định", "23", "2021/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW của Bộ Chính trị")],
[prov("Bình Thuận"), com("Phước Thể"), com("Vĩnh Hảo"), com("Liên Hương")],
["ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH THUẬN", "Trang chủ - Giám sát, phản biện xã hội", "Đoàn giám sát làm việc tại UBND xã Phước Thể.",
 "Lượt xem: 506"],
["Thứ Sáu, 12/11/2021 - 15:20", "Covid-19", "31/10/2021", "15/12/2021", "Lượt xem: 506"]))
