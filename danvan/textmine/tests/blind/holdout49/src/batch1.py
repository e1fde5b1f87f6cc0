from lib import *
PAGES = []

PAGES.append(page("b1133-dienbien-bdv-taphuan-2011", """
BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN
Trang chủ » Tin tức - Sự kiện » Hoạt động dân vận
Thứ Sáu, 23/09/2011 - 16:30
Tập huấn nghiệp vụ công tác dân vận cho 120 học viên cơ sở
Trong 2 ngày 21 và 22/9/2011, Ban Dân vận Tỉnh ủy Điện Biên phối hợp với Trường Chính trị tỉnh mở lớp tập huấn nghiệp vụ công tác dân vận năm 2011 cho 120 học viên là trưởng khối dân vận, cán bộ Mặt trận và các đoàn thể của 38 xã biên giới. Đồng chí Lò Thị Xiêng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy dự và phát biểu khai mạc.
Đồng chí Lò Thị Xiêng phát biểu khai mạc lớp tập huấn. Ảnh: Quàng Hương
Lớp học được tổ chức theo Kế hoạch số 18-KH/BDVTU ngày 10/8/2011 của Ban Dân vận Tỉnh ủy. Trong thời gian tập huấn, các học viên được nghe 6 chuyên đề, trong đó có chuyên đề quán triệt Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị và Chỉ thị số 05-CT/TU ngày 12/4/2011 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động đồng bào Mông ổn định dân cư, không di cư tự do.
Đồng chí Vừ A Bằng, Phó Trưởng Ban Dân vận Tỉnh ủy, trực tiếp truyền đạt chuyên đề về kỹ năng nắm tình hình nhân dân, xử lý các vụ việc phức tạp ở cơ sở. Theo đồng chí Vừ A Bằng, thời gian qua một số đối tượng lợi dụng vấn đề dân tộc, tôn giáo để lôi kéo, kích động bà con; vì vậy cán bộ dân vận cấp xã phải "đi từng ngõ, gõ từng nhà", nói bằng tiếng dân tộc để bà con hiểu, tin và làm theo.
Ông Lường Văn Pọm, Trưởng khoa Xây dựng Đảng Trường Chính trị tỉnh, giới thiệu phương pháp xây dựng kế hoạch và báo cáo định kỳ; hướng dẫn cách tổ chức hội nghị đối thoại giữa chính quyền xã với người dân. Các học viên được chia thành 4 nhóm thảo luận về tình huống cụ thể như vận động hộ dân di cư trở về quê cũ, giải quyết tranh chấp đất nương giữa các bản.
Chia sẻ tại lớp học, chị Giàng Thị Dợ, Chủ tịch Hội Liên hiệp Phụ nữ xã Chung Chải, cho biết năm qua xã đã vận động được 27 hộ di cư tự do trở về bản cũ, ổn định sản xuất. Ông Lò Văn Hặc, Bí thư Đảng ủy xã Pa Ham, kiến nghị tỉnh có chế độ phụ cấp cho trưởng khối dân vận xã vì phần lớn đều kiêm nhiệm.
Kết thúc lớp học, mỗi học viên được cấp 1 cuốn sổ tay công tác dân vận; Ban đã phát hành tổng cộng 150 cuốn sổ tay cho các xã. Kinh phí tổ chức lớp tập huấn hơn 85 triệu đồng, từ nguồn ngân sách tỉnh.
Phát biểu bế mạc, đồng chí Trưởng Ban Dân vận Tỉnh ủy Lò Thị Xiêng đề nghị các học viên vận dụng kiến thức vào thực tiễn, bám bản, bám dân, kịp thời báo cáo cấp ủy những vấn đề nảy sinh, nhất là ở các xã giáp biên.
Minh Thu
Lượt xem: 1.254
Tin liên quan
- Mường Chà: tổng kết 5 năm thực hiện Quy chế dân chủ ở cơ sở (15/09/2011)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Mường Nhé (06/09/2011)
- Gặp mặt 45 người có uy tín tiêu biểu năm 2011 (26/08/2011)
- Tuần Giáo ra quân vận động nhân dân làm đường giao thông nông thôn (12/08/2011)
""", "2011-09-23", "Tập huấn nghiệp vụ công tác dân vận cho 120 học viên cơ sở",
E("tap_huan", "2011", "2011-09-21"),
[P("Lò Thị Xiêng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vừ A Bằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lường Văn Pọm", "Trưởng khoa Xây dựng Đảng Trường Chính trị tỉnh"),
 P("Giàng Thị Dợ", "Chủ tịch Hội Liên hiệp Phụ nữ xã Chung Chải"),
 P("Lò Văn Hặc", "Bí thư Đảng ủy xã Pa Ham")],
[Q("120 học viên", 120, "học viên"), Q("38 xã biên giới", 38, "xã biên giới"), Q("6 chuyên đề", 6, "chuyên đề"),
 Q("4 nhóm thảo luận", 4, "nhóm thảo luận"), Q("27 hộ di cư tự do", 27, "hộ di cư tự do"), Q("150 cuốn sổ tay", 150, "cuốn sổ tay"),
 Q("hơn 85 triệu đồng", 85000000, "đồng", "over")],
[D("Kế hoạch", "18", "KH/BDVTU", "2011-08-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 18-KH/BDVTU ngày 10/8/2011"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Chỉ thị", "05", "CT/TU", "2011-04-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 12/4/2011")],
[prov("Điện Biên"), com("Chung Chải"), com("Pa Ham")],
["BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN", "Trang chủ » Tin tức - Sự kiện » Hoạt động dân vận",
 "Đồng chí Lò Thị Xiêng phát biểu khai mạc lớp tập huấn.", "Trường Chính trị tỉnh", "Quy chế công tác dân vận của hệ thống chính trị",
 "đi từng ngõ, gõ từng nhà", "Lượt xem: 1.254"],
["Thứ Sáu, 23/09/2011 - 16:30", "2 ngày", "năm 2011", "1 cuốn sổ tay", "Lượt xem: 1.254"]))

PAGES.append(page("b1134-namdinh-bdv-tongket-2012", """
Báo Nam Định điện tử
Trang chủ > Chính trị > Xây dựng Đảng
Cập nhật lúc 15:42 ngày 27/12/2012
Toàn cảnh hội nghị tổng kết.
Khối dân vận tỉnh: Phát huy sức mạnh nhân dân trong xây dựng nông thôn mới
Chiều 26/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2012, triển khai nhiệm vụ năm 2013. Dự hội nghị có đồng chí Trần Hữu Thức, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh. Đồng chí Phạm Thị Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2012, các cấp ủy đảng đã tập trung lãnh đạo thực hiện Nghị quyết 07, 08-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về xây dựng nông thôn mới và về phát triển kinh tế biển. Ban Dân vận Tỉnh ủy và Ủy ban MTTQ tỉnh ký kết Quy chế phối hợp số 03-QC/BDVTU-MTTQ về nắm tình hình nhân dân; 226/226 xã, phường, thị trấn đã kiện toàn khối dân vận.
Phong trào thi đua "Dân vận khéo" được triển khai sâu rộng với 214 mô hình được công nhận. Nhân dân trong tỉnh đã đóng góp 186,5 tỷ đồng, hiến trên 52.000 m2 đất để làm đường giao thông, kênh mương nội đồng và nhà văn hóa xóm. Các cơ quan dân vận tiếp nhận 312 đơn thư, phối hợp giải quyết 287 đơn, đạt 92%.
Công tác vận động đồng bào Công giáo có nhiều chuyển biến. Linh mục Giuse Phạm Văn Hiển, Chánh văn phòng Tòa Giám mục Bùi Chu, đánh giá cao sự quan tâm của chính quyền trong việc giao đất xây dựng cơ sở thờ tự theo đúng pháp luật. Ông Đỗ Văn Khoa, Trưởng Ban Dân vận Huyện ủy Xuân Trường, cho biết 100% giáo họ trên địa bàn đăng ký xây dựng "Xứ, họ đạo bình yên".
Bên cạnh kết quả đạt được, hội nghị chỉ ra một số hạn chế: công tác dân vận chính quyền ở một số nơi chưa chuyển biến; việc thực hiện quy chế dân chủ ở xã Hải Lý và thị trấn Thịnh Long còn hình thức, để xảy ra khiếu kiện đông người.
Phát biểu chỉ đạo, đồng chí Trần Hữu Thức, Phó Bí thư Thường trực Tỉnh ủy, đề nghị năm 2013 khối dân vận tiếp tục triển khai Nghị quyết Trung ương 7 (khóa XI) về công tác dân vận khi Trung ương ban hành, thực hiện tốt Chỉ thị số 49-CT/TU ngày 14/5/2012 của Ban Thường vụ Tỉnh ủy về tiếp công dân, giải quyết khiếu nại, tố cáo.
Năm 2012, Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh kết nạp mới 18.400 đoàn viên, hội viên; Quỹ "Vì người nghèo" các cấp vận động được 9,2 tỷ đồng, xây mới và sửa chữa 435 nhà Đại đoàn kết. Ông Vũ Đức Thắng, Chủ tịch UBND xã Giao Thịnh, chia sẻ kinh nghiệm vận động nhân dân dồn điền đổi thửa, tự nguyện góp đất chỉnh trang 14 km đường trục xã mà không phải bồi thường.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 25 tập thể và 40 cá nhân có thành tích xuất sắc.
Ngọc Lan
Tin khác
- Hải Hậu: gặp mặt chức sắc tôn giáo nhân dịp Lễ Giáng sinh (24/12/2012)
- Vụ Bản ra mắt 12 mô hình "Dân vận khéo" (12/12/2012)
- Tổng kết 10 năm thực hiện Quy chế dân chủ ở cơ sở (30/11/2012)
- Giao Thủy: đối thoại với nông dân về dồn điền đổi thửa (22/11/2012)
""", "2012-12-27", "Khối dân vận tỉnh: Phát huy sức mạnh nhân dân trong xây dựng nông thôn mới",
E("tong_ket", "2012", "2012-12-26"),
[P("Trần Hữu Thức", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Phạm Thị Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giuse Phạm Văn Hiển", "Linh mục", "Chánh văn phòng Tòa Giám mục Bùi Chu"),
 P("Đỗ Văn Khoa", "Trưởng Ban Dân vận Huyện ủy Xuân Trường"),
 P("Vũ Đức Thắng", "Chủ tịch UBND xã Giao Thịnh")],
[Q("226/226 xã, phường, thị trấn", 226, "xã, phường, thị trấn"), Q("214 mô hình", 214, "mô hình"),
 Q("186,5 tỷ đồng", 186500000000, "đồng"), Q("trên 52.000 m2", 52000, "m2", "over"),
 Q("312 đơn thư", 312, "đơn thư"), Q("287 đơn", 287, "đơn"), Q("92%", 92, "%"), Q("100%", 100, "%"),
 Q("18.400 đoàn viên, hội viên", 18400, "đoàn viên, hội viên"), Q("9,2 tỷ đồng", 9200000000, "đồng"),
 Q("435 nhà Đại đoàn kết", 435, "nhà Đại đoàn kết"), Q("14 km", 14, "km"),
 Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Nghị quyết", "07", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 07, 08-NQ/TU"),
 D("Nghị quyết", "08", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 07, 08-NQ/TU"),
 D("Quy chế phối hợp", "03", "QC/BDVTU-MTTQ", None, None, "Quy chế phối hợp số 03-QC/BDVTU-MTTQ"),
 D("Chỉ thị", "49", "CT/TU", "2012-05-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 49-CT/TU ngày 14/5/2012")],
[prov("Nam Định"), com("Hải Lý"), com("Thịnh Long"), com("Giao Thịnh")],
["Báo Nam Định điện tử", "Trang chủ > Chính trị > Xây dựng Đảng", "Toàn cảnh hội nghị tổng kết.", "Dân vận khéo",
 "Xứ, họ đạo bình yên", "Tòa Giám mục Bùi Chu", "Vì người nghèo", "Nghị quyết Trung ương 7 (khóa XI)"],
["Cập nhật lúc 15:42 ngày 27/12/2012", "năm 2012", "năm 2013", "Nghị quyết Trung ương 7", "khóa XI"]))

PAGES.append(page("b1135-quangtri-giaoban-quy3-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ
Bạn đang ở: Trang chủ / Tin tức / Hoạt động các ngành
Ngày đăng: 08/10/2013 - 09:20
Giao ban khối dân vận quý III năm 2013
Ngày 7/10, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý III, triển khai nhiệm vụ quý IV năm 2013. Đồng chí Trần Đình Tùng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Thị Hương, Hồ Văn Khai.
Quý III, khối dân vận các cấp đã tham mưu cấp ủy tổ chức sơ kết 3 năm thực hiện Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Vân Kiều, Pa Kô và về công tác dân vận trong giải phóng mặt bằng tuyến đường Hồ Chí Minh nhánh Tây. Ban Dân vận Tỉnh ủy ban hành Hướng dẫn số 11-HD/BDVTU về xây dựng mô hình "Dân vận khéo" ở vùng đồng bào dân tộc thiểu số.
Trong quý, các địa phương vận động 1.250 hộ đồng bào dân tộc thiểu số trồng mới 420 ha rừng kinh tế; hỗ trợ 86 hộ nghèo làm nhà, mỗi hộ được hỗ trợ 2 triệu đồng. Ban Dân vận các huyện, thị xã tiếp nhận 46 đơn thư; đã chuyển và đôn đốc giải quyết 39 đơn. Tình hình an ninh nông thôn cơ bản ổn định, không để xảy ra điểm nóng.
Báo cáo tại giao ban, đồng chí Nguyễn Văn Bình, HUV, Trưởng Ban Dân vận Huyện ủy Hướng Hóa cho biết, qua 3 đợt cao điểm, huyện đã vận động 14 hộ ở xã Hướng Phùng tự nguyện tháo dỡ công trình lấn chiếm hành lang an toàn đường bộ; phối hợp Bộ đội Biên phòng tỉnh tổ chức 22 buổi tuyên truyền pháp luật cho hơn 1.800 lượt người ở các bản giáp biên. Nhiều ý kiến đề nghị tăng cường phối hợp giữa lực lượng vũ trang với cấp ủy, chính quyền xã trong công tác dân vận ở vùng đồng bào dân tộc thiểu số miền Tây Quảng Trị.
Tại buổi giao ban, ông Hồ Văn Lìa, già làng, người có uy tín bản Chênh Vênh, xã Hướng Lập, được mời dự và phản ánh tâm tư của bà con về việc cấp giấy chứng nhận quyền sử dụng đất rừng. Đồng chí Kăn Sơn, Bí thư Đảng ủy xã A Ngo, đề nghị bố trí cán bộ biết tiếng Pa Kô làm công tác dân vận ở các bản giáp biên.
Phát biểu kết luận, đồng chí Trần Đình Tùng yêu cầu quý IV tập trung tuyên truyền Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể; chuẩn bị tốt hội nghị tổng kết năm. Đồng chí Trưởng ban cũng giao đồng chí Hồ Văn Khai trực tiếp theo dõi các xã miền núi huyện Đakrông và Hướng Hóa.
Văn Sơn (Ban Dân vận Tỉnh ủy)
Số lượt xem: 642
Tin liên quan
- Vĩnh Linh: vận động nhân dân hiến đất làm đường liên xã (25/09/2013)
- Giao ban khối dân vận quý II năm 2013 (09/07/2013)
- Hội nghị người có uy tín huyện Hướng Hóa (20/06/2013)
- Gio Linh: ra mắt mô hình "Khu dân cư tự quản về an ninh trật tự" (11/06/2013)
- Ban Dân vận Tỉnh ủy kiểm tra thực hiện Quy chế dân chủ tại Triệu Phong (28/05/2013)
""", "2013-10-08", "Giao ban khối dân vận quý III năm 2013",
E("giao_ban", "2013-Q3", "2013-10-07"),
[P("Trần Đình Tùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng ban"),
 P("Lê Thị Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Khai", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Lìa", "già làng", "người có uy tín bản Chênh Vênh"),
 P("Kăn Sơn", "Bí thư Đảng ủy xã A Ngo"),
 P("Nguyễn Văn Bình", "HUV", "Trưởng Ban Dân vận Huyện ủy Hướng Hóa")],
[Q("1.250 hộ đồng bào dân tộc thiểu số", 1250, "hộ đồng bào dân tộc thiểu số"), Q("420 ha", 420, "ha"),
 Q("86 hộ nghèo", 86, "hộ nghèo"), Q("2 triệu đồng", 2000000, "đồng"), Q("46 đơn thư", 46, "đơn thư"), Q("39 đơn", 39, "đơn"),
 Q("3 đợt cao điểm", 3, "đợt cao điểm"), Q("14 hộ", 14, "hộ"), Q("22 buổi tuyên truyền pháp luật", 22, "buổi tuyên truyền pháp luật"),
 Q("hơn 1.800 lượt người", 1800, "lượt người", "over")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Hướng dẫn", "11", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 11-HD/BDVTU"),
 D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 8/12/2009")],
[prov("Quảng Trị"), com("Hướng Lập"), com("A Ngo"), com("Hướng Phùng")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ", "Bạn đang ở: Trang chủ / Tin tức / Hoạt động các ngành", "Dân vận khéo",
 "Số lượt xem: 642"],
["Ngày đăng: 08/10/2013 - 09:20", "quý III", "quý IV năm 2013", "3 năm", "Số lượt xem: 642"]))

PAGES.append(page("b1136-camau-traoqua-tet-2014", """
BÁO CÀ MAU ONLINE
Thời sự | Chính trị | Xã hội
Thứ Hai, 20/01/2014, 14:05
Mang Tết ấm đến với đồng bào Khmer Trần Văn Thời
(CMO) Ngày 18/1, đoàn công tác của Tỉnh ủy do đồng chí Dương Văn Bé, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh dẫn đầu đã đến thăm, tặng quà Tết Giáp Ngọ cho hộ nghèo, gia đình chính sách và đồng bào dân tộc Khmer tại xã Khánh Bình Tây và xã Khánh Hải, huyện Trần Văn Thời, tỉnh Cà Mau.
Cùng đi có bà Lâm Thị Hồng, Trưởng Ban Dân vận Tỉnh ủy; ông Huỳnh Minh Trí, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đồng chí Dương Văn Bé trao quà cho hộ nghèo xã Khánh Bình Tây.
Tại 2 điểm trao quà, đoàn đã trao 800 phần quà, mỗi phần quà gồm tiền mặt và nhu yếu phẩm trị giá 400.000 đồng; tổng trị giá 320 triệu đồng, từ nguồn Quỹ "Vì người nghèo" tỉnh và sự đóng góp của các doanh nghiệp. Dịp này, đoàn cũng bàn giao 12 căn nhà Đại đoàn kết cho hộ nghèo người Khmer, mỗi căn trị giá 40 triệu đồng.
Thăm chùa Rạch Ruộng, đồng chí Dương Văn Bé chúc Đại đức Danh Hoàng, trụ trì chùa Rạch Ruộng cùng sư sãi và bà con phật tử đón Tết vui tươi; đề nghị nhà chùa tiếp tục vận động bà con cho con em đến trường, tham gia giữ gìn an ninh trật tự ấp, khóm.
Báo cáo với đoàn, ông Danh Út, Chủ tịch UBND xã Khánh Bình Tây, cho biết xã có 1.046 hộ đồng bào Khmer, chiếm gần 21% số hộ toàn xã; năm 2013 tỷ lệ hộ nghèo người Khmer giảm còn 14,3%. Xã đã vận động được 36 hộ khá giúp vốn, cây giống cho hộ nghèo phát triển sản xuất.
Các ông Danh Sang, Lý Mến, Thạch Sơn - người có uy tín trong đồng bào Khmer xã Khánh Bình Tây bày tỏ vui mừng trước sự quan tâm của Đảng, Nhà nước và cam kết vận động bà con không nghe lời kẻ xấu, không tham gia tụ tập đông người.
Phát biểu tại buổi trao quà, đồng chí Phó Bí thư Tỉnh ủy Dương Văn Bé yêu cầu cấp ủy, chính quyền địa phương rà soát, không để hộ nào không có Tết, nhất là các hộ neo đơn, người già không nơi nương tựa; Ban Dân vận Huyện ủy tiếp tục thực hiện tốt phong trào thi đua "Dân vận khéo" trong đồng bào dân tộc.
Theo Ban Dân vận Tỉnh ủy, dịp Tết Giáp Ngọ toàn tỉnh dự kiến trao hơn 24.000 phần quà cho hộ nghèo, hộ cận nghèo, gia đình chính sách với tổng kinh phí khoảng 12 tỷ đồng. Riêng đối với đồng bào Khmer, tỉnh trích ngân sách hỗ trợ 2.300 hộ nghèo, mỗi hộ 300.000 đồng để mua sắm Tết.
Cùng ngày, Ủy ban MTTQ huyện Trần Văn Thời trao thêm 150 phần quà cho học sinh người Khmer nghèo vượt khó.
Hoàng Vũ
Lượt xem: 980
Tin liên quan
- Thăm, chúc Tết các chùa Khmer tại U Minh (16/01/2014)
- Cà Mau: hơn 24.000 phần quà Tết đến với người nghèo (14/01/2014)
- Trao 30 căn nhà Đại đoàn kết tại Đầm Dơi (10/01/2014)
- Hội nghị người có uy tín trong đồng bào Khmer năm 2013 (27/12/2013)
""", "2014-01-20", "Mang Tết ấm đến với đồng bào Khmer Trần Văn Thời",
E("trao_qua", None, "2014-01-18"),
[P("Dương Văn Bé", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lâm Thị Hồng", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Minh Trí", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Hoàng", "Đại đức", "trụ trì chùa Rạch Ruộng"),
 P("Danh Út", "Chủ tịch UBND xã Khánh Bình Tây"),
 P("Danh Sang", "người có uy tín trong đồng bào Khmer xã Khánh Bình Tây"),
 P("Lý Mến", "người có uy tín trong đồng bào Khmer xã Khánh Bình Tây"),
 P("Thạch Sơn", "người có uy tín trong đồng bào Khmer xã Khánh Bình Tây")],
[Q("2 điểm trao quà", 2, "điểm trao quà"), Q("800 phần quà", 800, "phần quà"), Q("400.000 đồng", 400000, "đồng"), Q("320 triệu đồng", 320000000, "đồng"),
 Q("12 căn nhà Đại đoàn kết", 12, "căn nhà Đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("1.046 hộ đồng bào Khmer", 1046, "hộ đồng bào Khmer"), Q("gần 21%", 21, "%", "approx"), Q("14,3%", 14.3, "%"),
 Q("36 hộ khá", 36, "hộ khá"), Q("150 phần quà", 150, "phần quà"),
 Q("hơn 24.000 phần quà", 24000, "phần quà", "over"), Q("khoảng 12 tỷ đồng", 12000000000, "đồng", "approx"),
 Q("2.300 hộ nghèo", 2300, "hộ nghèo"), Q("300.000 đồng", 300000, "đồng")],
[],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Khánh Hải")],
["BÁO CÀ MAU ONLINE", "Thời sự | Chính trị | Xã hội", "(CMO)", "Đồng chí Dương Văn Bé trao quà cho hộ nghèo xã Khánh Bình Tây.",
 "Vì người nghèo", "Dân vận khéo", "chùa Rạch Ruộng", "Lượt xem: 980"],
["Thứ Hai, 20/01/2014, 14:05", "Tết Giáp Ngọ", "năm 2013", "Lượt xem: 980"]))

PAGES.append(page("b1137-hagiang-mttq-daihoi-2014", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ GIANG
Trang chủ :: Hoạt động Mặt trận :: Tin tức
26-09-2014 10:15
Đại hội đại biểu MTTQ Việt Nam tỉnh Hà Giang lần thứ XIII thành công tốt đẹp
Trong 2 ngày 24 và 25/9/2014, Ủy ban MTTQ Việt Nam tỉnh Hà Giang tổ chức Đại hội đại biểu lần thứ XIII, nhiệm kỳ 2014 - 2019. Về dự có đồng chí Nguyễn Hữu Dũng, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng chí Hoàng Minh Chiến, Phó Bí thư Thường trực Tỉnh ủy; cùng 250 đại biểu chính thức đại diện cho các tầng lớp nhân dân, 19 dân tộc trong tỉnh.
Quang cảnh Đại hội. Ảnh: Hồng Nhung
Nhiệm kỳ 2009 - 2014, thực hiện Kế hoạch số 96-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Quy chế dân chủ ở cơ sở, các cấp Mặt trận đã phối hợp vận động xây dựng 3.215 nhà Đại đoàn kết với tổng trị giá trên 96 tỷ đồng. Quỹ "Vì người nghèo" các cấp vận động được 42,3 tỷ đồng. Tỷ lệ hộ nghèo toàn tỉnh giảm từ 45,6% xuống còn 28,7%. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được hưởng ứng rộng rãi, có 1.870 khu dân cư đạt danh hiệu "Khu dân cư văn hóa".
Trong nhiệm kỳ, Mặt trận các cấp đã tổ chức 1.124 cuộc giám sát, phát hiện và kiến nghị xử lý 37 vụ việc sai phạm; phối hợp tổ chức 9 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân. Tuy vậy, Đại hội cũng thẳng thắn chỉ ra hoạt động của Ban công tác Mặt trận ở nhiều thôn, bản vùng sâu còn hình thức, chưa nắm chắc tình hình nhân dân.
Phát biểu chỉ đạo, đồng chí Nguyễn Hữu Dũng, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam đề nghị Mặt trận tỉnh quán triệt Chỉ thị số 37-CT/TW của Bộ Chính trị về lãnh đạo đại hội Mặt trận các cấp, tập trung giám sát việc thực hiện chính sách dân tộc ở các huyện vùng cao núi đá.
Đại hội đã hiệp thương cử 75 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa XIII. Tại hội nghị lần thứ nhất, đồng chí Vàng Thị Say được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XIII; các đồng chí: Lù Văn Tịnh, Nguyễn Thị Lan Anh được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Đại hội cũng hiệp thương cử 11 đại biểu đi dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ VIII.
Tham luận tại Đại hội, ông Sùng Mí Páo, người có uy tín thôn Lũng Cú, xã Lũng Cú, chia sẻ việc vận động bà con người Mông bỏ tục lệ lạc hậu trong tang ma, cưới xin. Bà Hoàng Thị Duyên, Trưởng Ban công tác Mặt trận thôn Nà Khương, xã Yên Định, giới thiệu mô hình "Tổ tự quản đường giao thông".
Đồng chí Vàng Thị Say cam kết sẽ cùng tập thể Ủy ban đổi mới phương thức hoạt động, hướng mạnh về khu dân cư.
Thanh Hà
Tin cùng chuyên mục
- Mèo Vạc: Đại hội MTTQ huyện lần thứ XIII (28/08/2014)
- Hoàn thành đại hội Mặt trận cấp xã (15/07/2014)
- Trao 50 nhà Đại đoàn kết cho hộ nghèo Đồng Văn (02/07/2014)
""", "2014-09-26", "Đại hội đại biểu MTTQ Việt Nam tỉnh Hà Giang lần thứ XIII thành công tốt đẹp",
E("dai_hoi", None, "2014-09-24"),
[P("Nguyễn Hữu Dũng", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Hoàng Minh Chiến", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Vàng Thị Say", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XIII"),
 P("Lù Văn Tịnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Lan Anh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng Mí Páo", "người có uy tín thôn Lũng Cú"),
 P("Hoàng Thị Duyên", "Trưởng Ban công tác Mặt trận thôn Nà Khương")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("19 dân tộc", 19, "dân tộc"),
 Q("3.215 nhà Đại đoàn kết", 3215, "nhà Đại đoàn kết"), Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"),
 Q("42,3 tỷ đồng", 42300000000, "đồng"), Q("45,6%", 45.6, "%"), Q("28,7%", 28.7, "%"),
 Q("1.870 khu dân cư", 1870, "khu dân cư"), Q("1.124 cuộc giám sát", 1124, "cuộc giám sát"),
 Q("37 vụ việc sai phạm", 37, "vụ việc sai phạm"), Q("9 hội nghị đối thoại", 9, "hội nghị đối thoại"), Q("75 vị", 75, "vị"), Q("11 đại biểu", 11, "đại biểu")],
[D("Kế hoạch", "96", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 96-KH/TU"),
 D("Chỉ thị", "37", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 37-CT/TW")],
[prov("Hà Giang"), com("Lũng Cú"), com("Yên Định")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ GIANG", "Trang chủ :: Hoạt động Mặt trận :: Tin tức", "Quang cảnh Đại hội.",
 "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Khu dân cư văn hóa", "Tổ tự quản đường giao thông"],
["26-09-2014 10:15", "2 ngày", "lần thứ XIII", "nhiệm kỳ 2014 - 2019", "2009 - 2014", "lần thứ VIII", "lần thứ nhất"]))

PAGES.append(page("b1138-thanhhoa-mttq-giamsat-2015", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thời sự › Chính trị
14/08/2015 - 07:50
Giám sát thực hiện chính sách hỗ trợ nhà ở cho người có công tại Như Xuân
Thực hiện Chương trình giám sát năm 2015, ngày 13/8, đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do đồng chí Lê Văn Thiện, Phó Chủ tịch Ủy ban MTTQ tỉnh, Trưởng đoàn giám sát dẫn đầu đã giám sát việc thực hiện chính sách hỗ trợ người có công với cách mạng về nhà ở tại huyện Như Xuân.
Đoàn giám sát làm việc tại xã Thanh Quân.
Cùng tham gia đoàn có đại diện Ban Dân vận Tỉnh ủy, Sở Lao động - Thương binh và Xã hội, Sở Xây dựng. Hoạt động giám sát được tiến hành theo Kế hoạch số 15/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh và Nghị quyết liên tịch số 403/2014/NQLT-UBTVQH13-CP-ĐCTUBTWMTTQVN của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam quy định chi tiết các hình thức giám sát, phản biện xã hội.
Báo cáo với đoàn, ông Lê Đình Phúc, Phó Chủ tịch UBND huyện Như Xuân, cho biết theo Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013 của Thủ tướng Chính phủ, toàn huyện có 684 hộ người có công được phê duyệt hỗ trợ. Mức hỗ trợ là 40 triệu đồng/hộ xây mới và 20 triệu đồng/hộ sửa chữa. Đến nay huyện đã hoàn thành 612 căn nhà, đạt 89,5%; tổng kinh phí đã giải ngân hơn 17,6 tỷ đồng.
Theo số liệu của Sở Xây dựng, toàn tỉnh Thanh Hóa có 19.640 hộ người có công thuộc diện được hỗ trợ, trong đó 11.230 hộ xây mới, 8.410 hộ sửa chữa nhà ở; đến hết tháng 7/2015 đã có 15.275 hộ hoàn thành.
Qua giám sát thực tế tại xã Thanh Quân và xã Xuân Bình, đoàn ghi nhận việc bình xét công khai, dân chủ, có sự tham gia của Ban Giám sát đầu tư của cộng đồng. Tuy nhiên vẫn còn 72 hộ chưa khởi công do khó khăn về đất ở; một số hộ cao tuổi, neo đơn không có khả năng đối ứng.
Ông Cầm Bá Tuyên, Chủ tịch UBND xã Xuân Bình, đề nghị tỉnh sớm bổ sung nguồn vốn, đồng thời huy động doanh nghiệp hỗ trợ thêm cho hộ đặc biệt khó khăn. Bà Lương Thị Hoa, Chủ tịch Ủy ban MTTQ xã Thanh Quân, cho biết Mặt trận xã đã vận động 230 ngày công giúp các gia đình vận chuyển vật liệu.
Kết luận buổi giám sát, đồng chí Lê Văn Thiện đề nghị huyện rà soát lại danh sách, không để sót đối tượng; hoàn thành dứt điểm trước ngày 31/12/2015. Ủy ban MTTQ huyện phát huy vai trò giám sát của nhân dân, kịp thời phát hiện sai phạm.
Kiều Huyền
Tin liên quan
- MTTQ tỉnh phản biện dự thảo đề án phát triển kinh tế miền núi (05/08/2015)
- Mường Lát: đẩy mạnh cuộc vận động "Ngày vì người nghèo" (28/07/2015)
- Giám sát việc thực hiện Quy chế dân chủ tại Quảng Xương (17/07/2015)
- Ban Dân vận Tỉnh ủy gặp mặt người có uy tín vùng đồng bào Thái, Mường (09/07/2015)
""", "2015-08-14", "Giám sát thực hiện chính sách hỗ trợ nhà ở cho người có công tại Như Xuân",
E("giam_sat", "2015", "2015-08-13"),
[P("Lê Văn Thiện", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "Trưởng đoàn giám sát"),
 P("Lê Đình Phúc", "Phó Chủ tịch UBND huyện Như Xuân"),
 P("Cầm Bá Tuyên", "Chủ tịch UBND xã Xuân Bình"),
 P("Lương Thị Hoa", "Chủ tịch Ủy ban MTTQ xã Thanh Quân")],
[Q("684 hộ người có công", 684, "hộ người có công"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("612 căn nhà", 612, "căn nhà"), Q("89,5%", 89.5, "%"),
 Q("hơn 17,6 tỷ đồng", 17600000000, "đồng", "over"), Q("19.640 hộ người có công", 19640, "hộ người có công"),
 Q("11.230 hộ", 11230, "hộ"), Q("8.410 hộ", 8410, "hộ"), Q("15.275 hộ", 15275, "hộ"), Q("72 hộ", 72, "hộ"), Q("230 ngày công", 230, "ngày công")],
[D("Kế hoạch", "15", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 15/KH-MTTQ-BTT"),
 D("Nghị quyết liên tịch", "403", "2014/NQLT-UBTVQH13-CP-ĐCTUBTWMTTQVN", None,
   "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
   "Nghị quyết liên tịch số 403/2014/NQLT-UBTVQH13-CP-ĐCTUBTWMTTQVN"),
 D("Quyết định", "22", "2013/QĐ-TTg", "2013-04-26", "Thủ tướng Chính phủ", "Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013")],
[prov("Thanh Hóa"), com("Thanh Quân"), com("Xuân Bình")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Thời sự › Chính trị",
 "Đoàn giám sát làm việc tại xã Thanh Quân.", "Chương trình giám sát năm 2015", "Ban Giám sát đầu tư của cộng đồng"],
["14/08/2015 - 07:50", "Chương trình giám sát năm 2015", "31/12/2015", "tháng 7/2015"]))
