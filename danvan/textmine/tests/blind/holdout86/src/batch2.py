from lib import *
PAGES = []

PAGES.append(page("b2027-quangninh-bdv-gopy-luatdackhu-2018", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NINH
Vị trí: Trang chủ › Hoạt động dân vận › Tin trong tỉnh
Cập nhật lúc 17:20 ngày 18/05/2018
Vân Đồn: Người dân góp ý dự thảo Luật Đơn vị hành chính - kinh tế đặc biệt
Ngày 16/5/2018, Ban Dân vận Tỉnh ủy Quảng Ninh phối hợp với Huyện ủy Vân Đồn tổ chức hội nghị lấy ý kiến cán bộ, đảng viên và nhân dân vào dự thảo Luật Đơn vị hành chính - kinh tế đặc biệt. Chủ trì hội nghị có đồng chí Hoàng Thị Luyến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh và đồng chí Bàn Văn Kiều, Bí thư Huyện ủy Vân Đồn.
Quang cảnh hội nghị tại Trung tâm Văn hóa huyện Vân Đồn.
Hội nghị thực hiện theo Kế hoạch số 87-KH/TU ngày 3/4/2018 của Ban Thường vụ Tỉnh ủy, Hướng dẫn số 03-HD/BDVTU của Ban Dân vận Tỉnh ủy và Kết luận 26, 27-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong xây dựng đặc khu và về vận động nhân dân giải phóng mặt bằng. Tham dự có 135 đại biểu đến từ 12 xã, thị trấn của huyện, trong đó có 40 người là chủ hộ nuôi trồng thủy sản và ngư dân.
Dự thảo gồm 8 chương, 85 điều, được xây dựng trên tinh thần Nghị quyết số 49/2017/QH14 của Quốc hội. Các đại biểu tập trung góp ý vào các quy định về thời hạn giao đất, cho thuê đất; quyền lợi của người dân có đất bị thu hồi; cơ chế tiếp nhận ý kiến, kiến nghị của cử tri đặc khu.
Ông Tằng Văn Dảu, người có uy tín thôn Đài Van, xã Bản Sen, đề nghị dự thảo bổ sung điều khoản bảo đảm việc làm cho con em đồng bào Sán Dìu khi giao đất cho nhà đầu tư. Bà Chíu Thị Hằng, Chủ tịch Hội LHPN xã Quan Lạn, đề nghị công khai quy hoạch chi tiết để người dân yên tâm. Ông Đỗ Văn Chiến, ngư dân, cho rằng thời hạn giao đất 99 năm là quá dài.
Tổng hợp tại hội nghị có 63 ý kiến phát biểu, 19 ý kiến bằng văn bản, tập trung vào 5 nhóm vấn đề. Theo báo cáo của Huyện ủy, từ đầu năm đến nay huyện đã vận động 1.037 hộ bàn giao mặt bằng cho các dự án với diện tích trên 540 ha; chi trả bồi thường gần 860 tỷ đồng.
Kết luận hội nghị, đồng chí Hoàng Thị Luyến ghi nhận các ý kiến thẳng thắn; đề nghị các cấp tiếp tục nắm chắc tình hình tư tưởng nhân dân, kịp thời thông tin để nhân dân hiểu đúng, không để kẻ xấu lợi dụng kích động. Các ý kiến sẽ được Ban Dân vận Tỉnh ủy tổng hợp, báo cáo Thường trực Tỉnh ủy, gửi Đoàn đại biểu Quốc hội tỉnh.
Thu Hà - Mạnh Trường
Xem thêm
- Hội nghị giao ban khối dân vận quý I/2018 (10/04/2018)
- Tiên Yên: 100% thôn có mô hình "Dân vận khéo" (28/03/2018)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy xã Đồng Tâm (14/03/2018)
- Ba Chẽ: vận động đồng bào Dao trồng rừng gỗ lớn (22/02/2018)
""", "2018-05-18", "Vân Đồn: Người dân góp ý dự thảo Luật Đơn vị hành chính - kinh tế đặc biệt",
E("hoi_nghi", None, "2018-05-16"),
[P("Hoàng Thị Luyến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Bàn Văn Kiều", "Bí thư Huyện ủy Vân Đồn"),
 P("Tằng Văn Dảu", "người có uy tín thôn Đài Van"),
 P("Chíu Thị Hằng", "Chủ tịch Hội LHPN xã Quan Lạn"),
 P("Đỗ Văn Chiến", "ngư dân")],
[Q("135 đại biểu", 135, "đại biểu"), Q("12 xã, thị trấn", 12, "xã, thị trấn"), Q("40 người", 40, "người"),
 Q("8 chương", 8, "chương"), Q("85 điều", 85, "điều"), Q("63 ý kiến", 63, "ý kiến"), Q("19 ý kiến", 19, "ý kiến"),
 Q("5 nhóm vấn đề", 5, "nhóm vấn đề"), Q("1.037 hộ", 1037, "hộ"), Q("trên 540 ha", 540, "ha", "over"),
 Q("gần 860 tỷ đồng", 860000000000, "đồng", "approx")],
[D("Kế hoạch", "87", "KH/TU", "2018-04-03", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 87-KH/TU ngày 3/4/2018"),
 D("Hướng dẫn", "03", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BDVTU"),
 D("Kết luận", "26", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 26, 27-KL/TU"),
 D("Kết luận", "27", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 26, 27-KL/TU"),
 D("Nghị quyết", "49", "2017/QH14", None, "Quốc hội", "Nghị quyết số 49/2017/QH14")],
[prov("Quảng Ninh"), com("Bản Sen"), com("Quan Lạn")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NINH", "Vị trí: Trang chủ › Hoạt động dân vận › Tin trong tỉnh",
 "Quang cảnh hội nghị tại Trung tâm Văn hóa huyện Vân Đồn.", "Luật Đơn vị hành chính - kinh tế đặc biệt"],
["Cập nhật lúc 17:20 ngày 18/05/2018", "99 năm"]))

PAGES.append(page("b2028-binhdinh-huyenuy-doithoai-2019", """
ĐẢNG BỘ TỈNH BÌNH ĐỊNH - Trang thông tin điện tử Huyện ủy Vĩnh Thạnh
Trang chủ - Tin tức - Dân vận
12/09/2019 09:30
Ảnh: Đồng chí Đinh Văn Thun đối thoại với bà con làng Kon Trú.
Người đứng đầu cấp ủy đối thoại với nhân dân về dự thảo phương án tái định cư
Ngày 10/9, tại xã Vĩnh Sơn, Ban Thường vụ Huyện ủy Vĩnh Thạnh tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2019, tập trung vào dự thảo phương án bồi thường, hỗ trợ và tái định cư dự án hồ chứa nước Đồng Mít. Đồng chí Đinh Văn Thun, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì.
Cùng dự có các đồng chí Phó Chủ tịch UBND huyện: Võ Thanh Hải, Đinh Thị Hlon; đại diện Ban Dân vận Tỉnh ủy và 164 hộ dân người Ba Na thuộc diện di dời.
Hội nghị được tổ chức theo Quyết định 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư, Quy định 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Kế hoạch số 36-KH/HU của Huyện ủy.
Dự thảo phương án dự kiến bố trí 3 khu tái định cư với 212 lô đất; tổng kinh phí bồi thường, hỗ trợ hơn 92 tỷ đồng. Mỗi hộ di dời được hỗ trợ ổn định đời sống 6 tháng và 30 triệu đồng để làm nhà.
Tại buổi đối thoại, đã có 23 lượt người phát biểu, nêu 31 kiến nghị. Ông Đinh Văn Bôn, già làng làng Kon Trú, đề nghị khu tái định cư phải gần rẫy, có đất làm nhà rông. Bà Đinh Thị Mớp đề nghị giữ lại bến nước của làng. Ông Đinh Ngọc Yơ, Trưởng ban Công tác Mặt trận làng K3, phản ánh việc đo đạc đất rẫy chưa chính xác ở 17 thửa.
Các kiến nghị thuộc thẩm quyền đã được đồng chí Đinh Văn Thun và lãnh đạo UBND huyện trả lời trực tiếp; 8 kiến nghị được giao các phòng, ban kiểm tra, trả lời bằng văn bản trước ngày 30/9/2019. Đồng chí Bí thư Huyện ủy yêu cầu công khai phương án sau khi hoàn chỉnh, không để người dân thiệt thòi, thực hiện đúng phương châm "dân biết, dân bàn, dân làm, dân kiểm tra".
Theo Ban Dân vận Tỉnh ủy Bình Định, từ đầu năm đến nay đã có 9 huyện, thị xã tổ chức đối thoại theo chuyên đề, chủ yếu về bồi thường, giải phóng mặt bằng và cấp giấy chứng nhận quyền sử dụng đất. Qua đối thoại, nhiều vụ việc phức tạp, kéo dài đã được giải quyết ngay từ cơ sở; niềm tin của đồng bào vào cấp ủy, chính quyền được nâng lên. Tuy vậy, một số nơi còn tổ chức đối thoại mang tính hình thức, chưa theo dõi việc thực hiện các nội dung đã hứa với dân.
Văn Lực
Tin cùng chuyên mục
- Hội nghị sơ kết 6 tháng đầu năm công tác dân vận (15/07/2019)
- Vĩnh Hảo: ra mắt mô hình "Làng không có người sử dụng ma túy" (22/08/2019)
- Trao 50 suất học bổng cho học sinh Ba Na (05/09/2019)
- Vĩnh Kim vận động nhân dân hiến đất làm đường (28/06/2019)
""", "2019-09-12", "Người đứng đầu cấp ủy đối thoại với nhân dân về dự thảo phương án tái định cư",
E("doi_thoai", "2019", "2019-09-10"),
[P("Đinh Văn Thun", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Võ Thanh Hải", "Phó Chủ tịch UBND huyện"),
 P("Đinh Thị Hlon", "Phó Chủ tịch UBND huyện"),
 P("Đinh Văn Bôn", "già làng làng Kon Trú"),
 P("Đinh Thị Mớp"),
 P("Đinh Ngọc Yơ", "Trưởng ban Công tác Mặt trận làng K3")],
[Q("164 hộ dân người Ba Na", 164, "hộ dân người Ba Na"), Q("3 khu tái định cư", 3, "khu tái định cư"),
 Q("212 lô đất", 212, "lô đất"), Q("hơn 92 tỷ đồng", 92000000000, "đồng", "over"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("23 lượt người", 23, "lượt người"), Q("31 kiến nghị", 31, "kiến nghị"), Q("17 thửa", 17, "thửa"),
 Q("8 kiến nghị", 8, "kiến nghị"), Q("9 huyện, thị xã", 9, "huyện, thị xã")],
[D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định 99-QĐ/TW ngày 3/10/2017"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "36", "KH/HU", None, "Huyện ủy", "Kế hoạch số 36-KH/HU")],
[prov("Bình Định"), com("Vĩnh Sơn")],
["ĐẢNG BỘ TỈNH BÌNH ĐỊNH - Trang thông tin điện tử Huyện ủy Vĩnh Thạnh", "Trang chủ - Tin tức - Dân vận",
 "Ảnh: Đồng chí Đinh Văn Thun đối thoại với bà con làng Kon Trú.", "dân biết, dân bàn, dân làm, dân kiểm tra"],
["12/09/2019 09:30", "năm 2019", "6 tháng"]))

PAGES.append(page("b2029-kontum-mttq-gopy-luatdanchu-2022", """
Ủy ban MTTQ Việt Nam tỉnh Kon Tum
Trang chủ / Tin tức / Giám sát - Phản biện xã hội
Thứ Sáu, 24/06/2022
Hội nghị lấy ý kiến vào dự thảo Luật Thực hiện dân chủ ở cơ sở
Sáng 23/6/2022, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum tổ chức hội nghị lấy ý kiến góp ý dự thảo Luật Thực hiện dân chủ ở cơ sở. Đồng chí Y Ngọc Ba, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Ảnh: Các đại biểu dự hội nghị.
Thực hiện Công văn số 412/MTTW-BTT ngày 24/5/2022 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 56/KH-MTTQ-BTT ngày 6/6/2022 của Ban Thường trực Ủy ban MTTQ tỉnh, Mặt trận các cấp đã tổ chức 102 hội nghị góp ý ở cấp xã và 10 hội nghị ở cấp huyện, thu hút 6.350 lượt người tham gia. Dự thảo Luật gồm 6 chương, 91 điều, thay thế Pháp lệnh số 34/2007/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội.
Tại hội nghị, các đại biểu đã đóng góp 48 ý kiến vào các quy định về những nội dung nhân dân bàn và quyết định; hình thức hội nghị thôn, tổ dân phố; vai trò của Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng. Ông A Tuấn, Phó Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, đề nghị quy định rõ việc dùng tiếng dân tộc trong hội nghị thôn ở vùng đồng bào Xơ Đăng, Giẻ Triêng. Bà Y Thương, Trưởng thôn Đăk Lanh, xã Đăk Pxi, cho rằng cần hạ tỷ lệ hộ tham dự hội nghị thôn từ 50% xuống để tránh phải tổ chức nhiều lần vào mùa rẫy. Linh mục Giuse Nguyễn Văn Hòa, Quản xứ giáo xứ Kon Hring, đề nghị bổ sung quy định về công khai các khoản đóng góp tự nguyện.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: A Khiên, Nguyễn Thị Lụa, Y Sa Ly đã tiếp thu, giải trình một số nội dung và cho biết qua 15 năm thực hiện Pháp lệnh, toàn tỉnh có 102 xã, phường, thị trấn xây dựng hương ước, quy ước thôn làng; Ban Thanh tra nhân dân đã giám sát 1.215 công trình, phát hiện, kiến nghị 37 vụ việc.
Kết luận hội nghị, đồng chí Y Ngọc Ba đề nghị thực hiện tốt Kết luận 120-KL/TW ngày 7/1/2016 của Bộ Chính trị về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện quy chế dân chủ ở cơ sở; tổng hợp đầy đủ ý kiến, báo cáo Ủy ban Trung ương MTTQ Việt Nam trước ngày 30/6/2022.
Nhiều đại biểu đánh giá dự thảo đã cụ thể hóa phương châm lấy dân làm gốc, song cần quy định chế tài đối với người đứng đầu không thực hiện công khai.
Minh Trí
Tin liên quan
- Hội nghị giao ban công tác Mặt trận quý I năm 2022 (08/04/2022)
- Đăk Glei: trao 25 nhà Đại đoàn kết (20/05/2022)
- Giám sát việc thực hiện Chương trình mục tiêu quốc gia tại Sa Thầy (10/06/2022)
- Tu Mơ Rông: phát huy vai trò người có uy tín (01/06/2022)
""", "2022-06-24", "Hội nghị lấy ý kiến vào dự thảo Luật Thực hiện dân chủ ở cơ sở",
E("hoi_nghi", None, "2022-06-23"),
[P("Y Ngọc Ba", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Tuấn", "Phó Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thương", "Trưởng thôn Đăk Lanh"),
 P("Giuse Nguyễn Văn Hòa", "Linh mục", "Quản xứ giáo xứ Kon Hring"),
 P("A Khiên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Lụa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Sa Ly", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("102 hội nghị", 102, "hội nghị"), Q("10 hội nghị", 10, "hội nghị"), Q("6.350 lượt người", 6350, "lượt người"),
 Q("6 chương", 6, "chương"), Q("91 điều", 91, "điều"), Q("48 ý kiến", 48, "ý kiến"), Q("50%", 50, "%"),
 Q("102 xã, phường, thị trấn", 102, "xã, phường, thị trấn"), Q("1.215 công trình", 1215, "công trình"),
 Q("37 vụ việc", 37, "vụ việc")],
[D("Công văn", "412", "MTTW-BTT", "2022-05-24", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Công văn số 412/MTTW-BTT ngày 24/5/2022"),
 D("Kế hoạch", "56", "KH-MTTQ-BTT", "2022-06-06", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 56/KH-MTTQ-BTT ngày 6/6/2022"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, "Ủy ban Thường vụ Quốc hội", "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận 120-KL/TW ngày 7/1/2016")],
[prov("Kon Tum"), com("Đăk Pxi")],
["Ủy ban MTTQ Việt Nam tỉnh Kon Tum", "Trang chủ / Tin tức / Giám sát - Phản biện xã hội", "Ảnh: Các đại biểu dự hội nghị.",
 "Luật Thực hiện dân chủ ở cơ sở"],
["Thứ Sáu, 24/06/2022", "15 năm"]))

PAGES.append(page("b2030-tuyenquang-xa-gopy-hienphap-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ MINH QUANG - TỈNH TUYÊN QUANG
Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy
Cập nhật: 15:30, 21/05/2025 (GMT+7)
Toàn cảnh hội nghị tại hội trường UBND xã.
Xã Minh Quang: 2.860 lượt người góp ý dự thảo sửa đổi, bổ sung Hiến pháp năm 2013
Ngày 19/5/2025, Đảng ủy xã Minh Quang tổ chức hội nghị tổng hợp ý kiến nhân dân về dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013. Đồng chí Chẩu Văn Lâm, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì hội nghị.
Thực hiện Nghị quyết số 194/2025/QH15 của Quốc hội, Kế hoạch số 308-KH/TU ngày 8/5/2025 của Ban Thường vụ Tỉnh ủy Tuyên Quang và Kế hoạch số 45-KH/ĐU của Đảng ủy xã, từ ngày 6/5 đến 18/5, xã đã tổ chức lấy ý kiến tại 27 thôn, bằng phiếu giấy và qua ứng dụng VNeID. Kết quả có 2.860 lượt người tham gia góp ý, trong đó 2.415 lượt góp ý trực tuyến; 99,6% ý kiến tán thành với toàn văn dự thảo.
Các ý kiến tập trung vào việc tổ chức chính quyền địa phương 2 cấp, không tổ chức cấp huyện; việc sáp nhập các tổ chức chính trị - xã hội vào Mặt trận Tổ quốc Việt Nam theo Kết luận 127, 137-KL/TW của Bộ Chính trị, Ban Bí thư. Bà Bàn Thị Mai, Trưởng thôn Khuổi Phầy, đề nghị sau khi sắp xếp, xã mới cần có bộ phận một cửa gần dân để đồng bào Dao đi lại thuận tiện. Ông Ma Văn Thảo, người có uy tín thôn Nà Tàng, cho rằng nên giữ tên gọi các thôn, bản gắn với lịch sử. Ông Hoàng Văn Pấu, Chủ tịch Ủy ban MTTQ xã, đề nghị bổ sung quy định về tổ chức Mặt trận cấp cơ sở sau sáp nhập.
Theo Đề án số 02/ĐA-UBND của UBND tỉnh, xã Minh Quang mới được hình thành trên cơ sở 3 xã cũ, có diện tích tự nhiên 242 km2, dân số trên 16.800 người. Các đồng chí Phó Bí thư Đảng ủy xã: Lý Thị Ninh, Nông Đức Hạnh tiếp thu và giải trình một số kiến nghị.
Kết luận hội nghị, đồng chí Chẩu Văn Lâm đề nghị Ủy ban MTTQ xã hoàn thiện biên bản tổng hợp, gửi Ban Thường trực Ủy ban MTTQ tỉnh trước ngày 23/5/2025; đồng thời làm tốt công tác tư tưởng, không để phát sinh điểm nóng trong quá trình sắp xếp đơn vị hành chính.
Theo đánh giá của Đảng ủy xã, đợt lấy ý kiến lần này được nhân dân đồng tình, hưởng ứng; nhiều người cao tuổi, người có uy tín đến tận nhà văn hóa thôn để góp ý trực tiếp. Đoàn viên thanh niên đã hỗ trợ bà con cài đặt, sử dụng ứng dụng để gửi ý kiến trực tuyến. Qua đó, cán bộ, đảng viên và nhân dân hiểu rõ hơn chủ trương sắp xếp tổ chức bộ máy, tin tưởng vào sự lãnh đạo của Đảng.
Nguyễn Thúy
Lượt xem: 534
Tin khác
- Xã Minh Quang hội nghị giao ban công tác dân vận tháng 4 (25/04/2025)
- Tặng 40 suất quà cho hộ nghèo đồng bào Dao (18/04/2025)
- Đảng ủy xã sơ kết công tác quý I năm 2025 (02/04/2025)
- Ra mắt mô hình "Thôn không có tệ nạn xã hội" (20/03/2025)
""", "2025-05-21", "Xã Minh Quang: 2.860 lượt người góp ý dự thảo sửa đổi, bổ sung Hiến pháp năm 2013",
E("hoi_nghi", None, "2025-05-19"),
[P("Chẩu Văn Lâm", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Bàn Thị Mai", "Trưởng thôn Khuổi Phầy"),
 P("Ma Văn Thảo", "người có uy tín thôn Nà Tàng"),
 P("Hoàng Văn Pấu", "Chủ tịch Ủy ban MTTQ xã"),
 P("Lý Thị Ninh", "Phó Bí thư Đảng ủy xã"),
 P("Nông Đức Hạnh", "Phó Bí thư Đảng ủy xã")],
[Q("27 thôn", 27, "thôn"), Q("2.860 lượt người", 2860, "lượt người"), Q("2.415 lượt", 2415, "lượt"),
 Q("99,6%", 99.6, "%"), Q("3 xã cũ", 3, "xã cũ"), Q("242 km2", 242, "km2"), Q("trên 16.800 người", 16800, "người", "over")],
[D("Nghị quyết", "194", "2025/QH15", None, "Quốc hội", "Nghị quyết số 194/2025/QH15"),
 D("Kế hoạch", "308", "KH/TU", "2025-05-08", "Ban Thường vụ Tỉnh ủy Tuyên Quang", "Kế hoạch số 308-KH/TU ngày 8/5/2025"),
 D("Kế hoạch", "45", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 45-KH/ĐU"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 137-KL/TW"),
 D("Kết luận", "137", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 137-KL/TW"),
 D("Đề án", "02", "ĐA-UBND", None, "UBND tỉnh", "Đề án số 02/ĐA-UBND")],
[prov("Tuyên Quang"), com("Minh Quang")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ MINH QUANG - TỈNH TUYÊN QUANG", "Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy",
 "Toàn cảnh hội nghị tại hội trường UBND xã.", "Hiến pháp năm 2013", "VNeID", "Lượt xem: 534"],
["Cập nhật: 15:30, 21/05/2025 (GMT+7)", "năm 2013", "2 cấp", "Lượt xem: 534"]))
