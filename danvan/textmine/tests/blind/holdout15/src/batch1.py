from lib import *
PAGES = []

PAGES.append(page("b317-nghean-bdv-tongket-2010", """
BAN DÂN VẬN TỈNH ỦY NGHỆ AN
Trang thông tin điện tử
Hôm nay: Thứ Hai, 17/01/2011
Trang chủ > Tin tức > Hoạt động dân vận
Cập nhật: 07:50, 14/01/2011 (GMT+7)
Khối dân vận tỉnh vận động làm mới 412 km đường giao thông nông thôn
Sáng 12/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2010, triển khai nhiệm vụ năm 2011.
Toàn cảnh hội nghị.
Dự hội nghị có đồng chí Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy Lô Văn Thoóng; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Vi Thị Mùi, Lương Đình Khắp, Cao Xuân Thiều; cùng 47 đồng chí là trưởng ban dân vận các huyện, thành, thị ủy và đảng ủy trực thuộc.
Năm 2010, khối dân vận đã vận động nhân dân hiến 86.500 m2 đất, đóng góp 23 tỷ 640 triệu đồng và 31.200 ngày công, làm mới 412 km đường giao thông nông thôn. Mô hình "4 nhà cùng đồng hành" được nhân rộng ở 19 huyện, thành, thị. Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 58, 59-KL/TU về công tác dân vận ở vùng giáo và vùng đồng bào dân tộc thiểu số.
Phát biểu chỉ đạo, đồng chí Lô Văn Thoóng đề nghị các cấp tiếp tục thực hiện Chỉ thị 73-CT/TW của Ban Bí thư và Quyết định số 318-QĐ/TW của BCH Trung ương về Quy chế công tác dân vận của hệ thống chính trị.
Dịp này, 12 tập thể và 25 cá nhân được tặng Giấy khen. Ông Lương Văn Pả, người có uy tín bản Huồi Tụ, xã Huồi Tụ, chia sẻ: cả bản góp gần 180 triệu đồng làm đường.
Hội nghị thống nhất phương châm "trọng dân, gần dân, hiểu dân" trong toàn tỉnh Nghệ An năm 2011.
Văn Thanh
Lượt xem: 2.317
Tin liên quan
- Ban Dân vận Huyện ủy Kỳ Sơn sơ kết 6 tháng
- Hội nghị giao ban khối dân vận quý IV năm 2010
- Tập huấn nghiệp vụ cho 120 cán bộ dân vận cơ sở
- Dân vận khéo ở bản vùng cao Tương Dương
""", "2011-01-14", "Khối dân vận tỉnh vận động làm mới 412 km đường giao thông nông thôn",
E("tong_ket", "2010", "2011-01-12"),
[P("Lô Văn Thoóng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Thị Mùi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Đình Khắp", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cao Xuân Thiều", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Pả", "người có uy tín bản Huồi Tụ")],
[Q("47 đồng chí", 47, "đồng chí"),
 Q("86.500 m2", 86500, "m2"),
 Q("23 tỷ 640 triệu đồng", 23640000000, "đồng"),
 Q("31.200 ngày công", 31200, "ngày công"),
 Q("412 km", 412, "km"),
 Q("19 huyện, thành, thị", 19, "huyện, thành, thị"),
 Q("12 tập thể", 12, "tập thể"),
 Q("25 cá nhân", 25, "cá nhân"),
 Q("gần 180 triệu đồng", 180000000, "đồng", "approx")],
[D("Kết luận", "58", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 58, 59-KL/TU"),
 D("Kết luận", "59", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "59-KL/TU"),
 D("Chỉ thị", "73", "CT/TW", None, "Ban Bí thư", "Chỉ thị 73-CT/TW"),
 D("Quyết định", "318", "QĐ/TW", None, "BCH Trung ương", "Quyết định số 318-QĐ/TW")],
[prov("Nghệ An"), com("Huồi Tụ")],
["BAN DÂN VẬN TỈNH ỦY NGHỆ AN", "Trang thông tin điện tử", "Trang chủ > Tin tức > Hoạt động dân vận", "Toàn cảnh hội nghị.", "4 nhà cùng đồng hành", "Lượt xem: 2.317", "bản Huồi Tụ"],
["(GMT+7)", "Hôm nay: Thứ Hai, 17/01/2011", "Lượt xem: 2.317", "năm 2010", "Sáng 12/1", "47 đồng chí"]))

PAGES.append(page("b318-hatinh-mttq-traoqua-2012", """
ỦY BAN MTTQ VIỆT NAM TỈNH HÀ TĨNH
Cổng thông tin Mặt trận
Trang chủ » Hoạt động » An sinh xã hội
08:15 | 18/01/2012
Trao 2.650 suất quà Tết cho hộ nghèo vùng lũ
(MTHT) - Từ ngày 15 đến 17/1, Ban Thường trực Ủy ban MTTQ tỉnh phối hợp các nhà hảo tâm trao 2.650 suất quà Tết cho hộ nghèo bị ảnh hưởng lũ lụt tại 4 huyện.
Bà Trần Thị Bích Liên (thứ hai từ trái) trao quà cho hộ nghèo xã Hương Trạch.
Tham gia đoàn có các đồng chí Nguyễn Hữu Chương, Đặng Thị Vân Khánh - Phó Chủ tịch Ủy ban MTTQ tỉnh; bà Trần Thị Bích Liên, Ủy viên Ban Thường trực, Trưởng ban Tuyên giáo Ủy ban MTTQ tỉnh.
Mỗi suất quà gồm 300.000đ tiền mặt, 10 kg gạo và một chăn ấm; tổng trị giá gần 1,06 tỷ đồng từ Quỹ "Vì người nghèo" và cuộc vận động "Tết vì người nghèo và nạn nhân chất độc da cam". Riêng xã Hương Trạch nhận 420 suất, xã Phương Mỹ nhận 385 suất.
Thực hiện Kế hoạch số 112/KH-MTTQ-BTT ngày 26/12/2011 của Ban Thường trực Ủy ban MTTQ tỉnh, các cấp Mặt trận còn trao 46 căn nhà Đại đoàn kết, mức hỗ trợ 25 triệu/căn. Ông Võ Văn Huề, người dân thôn Trung Thượng, xã Phương Mỹ, xúc động nhận quà sau trận lũ cuối năm.
Đồng chí Nguyễn Hữu Chương cho biết đến nay 2.650 suất quà đã đến tay người dân trước Tết Nhâm Thìn.
Công tác an sinh dịp Tết được lãnh đạo tỉnh Hà Tĩnh đánh giá cao; Mặt trận các cấp tiếp tục kêu gọi doanh nghiệp chung tay hỗ trợ người dân vùng lũ khôi phục sản xuất sau Tết.
Hoàng Lam
Lượt truy cập: 5.802
Các tin khác
- Vận động ủng hộ đồng bào lũ lụt được 3,2 tỷ đồng
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 6
- Ra mắt khu dân cư kiểu mẫu ở huyện Cẩm Xuyên
- Mặt trận huyện Hương Khê giám sát việc bình xét hộ nghèo
- Phát động Tháng cao điểm Vì người nghèo năm 2011
- Hội nghị hiệp thương lần thứ ba
""", "2012-01-18", "Trao 2.650 suất quà Tết cho hộ nghèo vùng lũ",
E("trao_qua", None, "2012-01-15"),
[P("Nguyễn Hữu Chương", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đặng Thị Vân Khánh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Thị Bích Liên", "Ủy viên Ban Thường trực", "Trưởng ban Tuyên giáo Ủy ban MTTQ tỉnh"),
 P("Võ Văn Huề", "người dân thôn Trung Thượng")],
[Q("2.650 suất quà Tết", 2650, "suất quà Tết"),
 Q("4 huyện", 4, "huyện"),
 Q("300.000đ", 300000, "đồng"),
 Q("10 kg", 10, "kg"),
 Q("một chăn ấm", 1, "chăn ấm"),
 Q("gần 1,06 tỷ đồng", 1060000000, "đồng", "approx"),
 Q("420 suất", 420, "suất"),
 Q("385 suất", 385, "suất"),
 Q("46 căn nhà Đại đoàn kết", 46, "căn nhà Đại đoàn kết"),
 Q("25 triệu/căn", 25000000, "đồng")],
[D("Kế hoạch", "112", "KH-MTTQ-BTT", "2011-12-26", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT")],
[prov("Hà Tĩnh"), com("Hương Trạch"), com("Phương Mỹ")],
["ỦY BAN MTTQ VIỆT NAM TỈNH HÀ TĨNH", "Cổng thông tin Mặt trận", "Trang chủ » Hoạt động » An sinh xã hội", "Bà Trần Thị Bích Liên (thứ hai từ trái) trao quà cho hộ nghèo xã Hương Trạch.", "Vì người nghèo", "Tết vì người nghèo và nạn nhân chất độc da cam", "Lượt truy cập: 5.802", "thôn Trung Thượng"],
["Lượt truy cập: 5.802", "Tết Nhâm Thìn", "Từ ngày 15 đến 17/1"]))

PAGES.append(page("b319-langson-hnd-doithoai-2013", """
HỘI NÔNG DÂN TỈNH LẠNG SƠN
Trang chủ / Tin tức / Hoạt động các cấp Hội
Thứ Năm, 23/05/2013 - 16:05
Nông dân Văn Quan kiến nghị về giá hồi và vốn vay
Ngày 21/5, Hội Nông dân tỉnh phối hợp UBND huyện Văn Quan tổ chức hội nghị đối thoại với nông dân năm 2013 về phát triển cây hồi và tiếp cận vốn vay.
Ông Hoàng Văn Slằn, hội viên thôn Khòn Pát, nêu kiến nghị tại hội nghị.
Tham dự có đồng chí Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh Nông Thị Slí; đồng chí HUV, Phó Chủ tịch UBND huyện Văn Quan Lành Văn Páo và gần 160 hội viên đến từ 9 xã.
Tại hội nghị, 26 ý kiến đã được nêu, tập trung vào giá hoa hồi xuống còn 45.000 đ/kg và thủ tục vay vốn. Ông Hoàng Văn Slằn đề nghị nâng mức cho vay từ Quỹ Hỗ trợ nông dân lên 50tr/hộ. Bà Lộc Thị Hiền, Chủ tịch Hội Nông dân xã Tú Xuyên, cho biết xã có 214 hộ trồng hồi với diện tích 380 ha.
Trả lời các kiến nghị, đồng chí Lành Văn Páo cho biết huyện sẽ thực hiện Quyết định 1874/QĐ-TTg của Thủ tướng Chính phủ về đào tạo nghề cho lao động nông thôn, năm nay mở 14 lớp cho 490 lao động nông thôn. 19 ý kiến được trả lời ngay tại hội nghị.
Đồng chí Nông Thị Slí đề nghị cơ sở Hội tiếp tục phong trào "Nông dân thi đua sản xuất kinh doanh giỏi".
Hội nghị là dịp để cấp ủy, chính quyền tỉnh Lạng Sơn lắng nghe tâm tư của nông dân vùng hồi, sớm tháo gỡ khó khăn về đầu ra cho sản phẩm.
Minh Hà
Số lượt xem: 986
Tin cùng chuyên mục
- Hội Nông dân huyện Lộc Bình tập huấn kỹ thuật trồng thạch đen
- Giải ngân 2 tỷ đồng vốn Quỹ Hỗ trợ nông dân
- Nông dân Bình Gia chuyển đổi cây trồng trên đất dốc
- Hội Nông dân tỉnh giám sát phân bón giả
- Hướng dẫn thành lập chi hội nghề nghiệp
""", "2013-05-23", "Nông dân Văn Quan kiến nghị về giá hồi và vốn vay",
E("doi_thoai", "2013", "2013-05-21"),
[P("Hoàng Văn Slằn", "hội viên thôn Khòn Pát"),
 P("Nông Thị Slí", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lành Văn Páo", "HUV", "Phó Chủ tịch UBND huyện Văn Quan"),
 P("Lộc Thị Hiền", "Chủ tịch Hội Nông dân xã Tú Xuyên")],
[Q("gần 160 hội viên", 160, "hội viên", "approx"),
 Q("9 xã", 9, "xã"),
 Q("26 ý kiến", 26, "ý kiến"),
 Q("45.000 đ/kg", 45000, "đồng"),
 Q("50tr/hộ", 50000000, "đồng"),
 Q("214 hộ", 214, "hộ"),
 Q("380 ha", 380, "ha"),
 Q("14 lớp", 14, "lớp"),
 Q("490 lao động nông thôn", 490, "lao động nông thôn"),
 Q("19 ý kiến", 19, "ý kiến")],
[D("Quyết định", "1874", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1874/QĐ-TTg")],
[prov("Lạng Sơn"), com("Tú Xuyên")],
["HỘI NÔNG DÂN TỈNH LẠNG SƠN", "Trang chủ / Tin tức / Hoạt động các cấp Hội", "Ông Hoàng Văn Slằn, hội viên thôn Khòn Pát, nêu kiến nghị tại hội nghị.", "Quỹ Hỗ trợ nông dân", "Nông dân thi đua sản xuất kinh doanh giỏi", "huyện Văn Quan", "Số lượt xem: 986"],
["Số lượt xem: 986", "Ngày 21/5", "năm 2013"]))

PAGES.append(page("b320-quangtri-doan-soket-2014", """
TỈNH ĐOÀN QUẢNG TRỊ
Cổng thông tin Tuổi trẻ Quảng Trị
Bạn đang ở: Trang chủ › Hoạt động Đoàn › Tin tức
Ngày đăng 11/07/2014 | 14:35
Hơn 9.400 lượt đoàn viên tham gia tình nguyện hè
Chiều 9/7, Ban Thường vụ Tỉnh đoàn tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2014.
Các đại biểu dự hội nghị sơ kết.
Dự hội nghị có các đồng chí Bí thư Tỉnh đoàn Lê Quang Chiến; các Phó Bí thư Tỉnh đoàn: Hồ Thị Ngọc Ánh, Trần Văn Lực; đồng chí Hồ Văn Kăn, UVBCH Tỉnh đoàn, Bí thư Đoàn xã A Túc.
Sáu tháng qua, hơn 9.400 lượt đoàn viên tham gia các hoạt động tình nguyện, làm mới 17 công trình thanh niên, tổng giá trị khoảng 860 triệu đồng; riêng đường bê tông thanh niên có suất đầu tư 1tr2/m. Các cơ sở Đoàn kết nạp 1.135 đoàn viên mới, đạt 108% kế hoạch. Thực hiện Chương trình 24-CTr/TĐTN của Ban Thường vụ Tỉnh đoàn, 62 cơ sở Đoàn ra mắt mô hình "Thanh niên với văn hóa giao thông".
Anh Hồ Văn Kăn chia sẻ, ở xã A Túc, 38 đoàn viên đã góp 420 ngày công giúp đồng bào Vân Kiều làm nhà. Phong trào "3 sẵn sàng" và "5 xung kích" tiếp tục được hưởng ứng.
Đồng chí Lê Quang Chiến đề nghị 6 tháng cuối năm tập trung vào Tháng Thanh niên và chiến dịch tình nguyện hè với hơn 9.400 lượt đoàn viên đã đăng ký.
Hội nghị cũng trao Bằng khen của Ban Thường vụ Tỉnh đoàn cho các tập thể có thành tích xuất sắc trong công tác Đoàn và phong trào thanh thiếu nhi; tuổi trẻ Quảng Trị cam kết hoàn thành chỉ tiêu cả năm.
Thu Hương
Lượt xem: 1.472
Tin khác
- Tuổi trẻ Hải Lăng ra quân Ngày Chủ nhật xanh
- Tuyên dương 40 thầy thuốc trẻ
- Đoàn xã A Vao ra mắt đội thanh niên tình nguyện
- Hội thi Bí thư chi đoàn giỏi cấp tỉnh
- Tiếp sức mùa thi tại Đông Hà
""", "2014-07-11", "Hơn 9.400 lượt đoàn viên tham gia tình nguyện hè",
E("so_ket", "2014-H1", "2014-07-09"),
[P("Lê Quang Chiến", "Bí thư Tỉnh đoàn"),
 P("Hồ Thị Ngọc Ánh", "Phó Bí thư Tỉnh đoàn"),
 P("Trần Văn Lực", "Phó Bí thư Tỉnh đoàn"),
 P("Hồ Văn Kăn", "UVBCH Tỉnh đoàn", "Bí thư Đoàn xã A Túc")],
[Q("hơn 9.400 lượt đoàn viên", 9400, "lượt đoàn viên", "over"),
 Q("17 công trình thanh niên", 17, "công trình thanh niên"),
 Q("1tr2", 1200000, "đồng"),
 Q("khoảng 860 triệu đồng", 860000000, "đồng", "approx"),
 Q("1.135 đoàn viên mới", 1135, "đoàn viên mới"),
 Q("108%", 108, "%"),
 Q("62 cơ sở Đoàn", 62, "cơ sở Đoàn"),
 Q("38 đoàn viên", 38, "đoàn viên"),
 Q("420 ngày công", 420, "ngày công")],
[D("Chương trình", "24", "CTr/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình 24-CTr/TĐTN")],
[prov("Quảng Trị"), com("A Túc")],
["TỈNH ĐOÀN QUẢNG TRỊ", "Cổng thông tin Tuổi trẻ Quảng Trị", "Bạn đang ở: Trang chủ › Hoạt động Đoàn › Tin tức", "Các đại biểu dự hội nghị sơ kết.", "Thanh niên với văn hóa giao thông", "3 sẵn sàng", "5 xung kích", "Lượt xem: 1.472"],
["3 sẵn sàng", "5 xung kích", "6 tháng đầu năm 2014", "Sáu tháng qua", "6 tháng cuối năm", "Lượt xem: 1.472"]))

PAGES.append(page("b321-bentre-hlhpn-taphuan-2015", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE
Trang tin điện tử
Trang chủ | Hoạt động Hội | Tập huấn
17/09/2015 - 10:20
Bồi dưỡng kỹ năng cho 135 chi hội trưởng phụ nữ
Từ ngày 14 đến 16/9, Ban Thường vụ Hội LHPN tỉnh mở lớp tập huấn kỹ năng vận động hội viên năm 2015 cho 135 chi hội trưởng phụ nữ.
Bà Đoàn Thị Kim Hương phát biểu khai mạc lớp tập huấn.
Đến dự có bà Đoàn Thị Kim Hương, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; các bà Huỳnh Thị Ngọc Sương, Lê Thị Mỹ Dung, Phó Chủ tịch Hội LHPN tỉnh; bà Phan Thị Thu Trang, Phó Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh.
Học viên được hướng dẫn thực hiện Kế hoạch 41, 42-KH/HPN của Ban Thường vụ Hội LHPN tỉnh về cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" và Đề án 704 về hỗ trợ phụ nữ khởi nghiệp. Năm nay, các cấp Hội giúp 1.920 phụ nữ nghèo vay 28,4 tỷ đồng, mức vay bình quân 14.800.000 đồng/hộ; thành lập 83 tổ hợp tác nuôi bò, đan lục bình.
Bà Nguyễn Thị Bé Tư, Chi hội trưởng phụ nữ ấp Phú Hữu, xã Phú Túc, chia sẻ chi hội có 46 hội viên tham gia tổ tiết kiệm, mỗi tháng góp 100 ngàn.
Cuối lớp, 131/135 học viên đạt yêu cầu.
Theo bà Đoàn Thị Kim Hương, sau lớp học mỗi chi hội trưởng sẽ trực tiếp hướng dẫn lại cho hội viên ở ấp, khu phố, góp phần đưa phong trào phụ nữ tỉnh Bến Tre phát triển bền vững, nhất là ở vùng bị xâm nhập mặn.
Ngọc Diệp
Lượt xem: 742
Bài viết liên quan
- Hội LHPN huyện Mỏ Cày Nam trao 12 mái ấm
- Ra mắt câu lạc bộ phụ nữ khởi nghiệp
- Phụ nữ Ba Tri chung tay xây dựng nông thôn mới
- Tọa đàm phòng chống bạo lực gia đình
- Trao vốn cho hội viên nghèo xã An Thủy
- Hội thi nữ cán bộ Hội giỏi năm 2015
""", "2015-09-17", "Bồi dưỡng kỹ năng cho 135 chi hội trưởng phụ nữ",
E("tap_huan", "2015", "2015-09-14"),
[P("Đoàn Thị Kim Hương", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Huỳnh Thị Ngọc Sương", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lê Thị Mỹ Dung", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Phan Thị Thu Trang", "Phó Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh"),
 P("Nguyễn Thị Bé Tư", "Chi hội trưởng phụ nữ ấp Phú Hữu")],
[Q("135 chi hội trưởng phụ nữ", 135, "chi hội trưởng phụ nữ"),
 Q("1.920 phụ nữ nghèo", 1920, "phụ nữ nghèo"),
 Q("28,4 tỷ đồng", 28400000000, "đồng"),
 Q("14.800.000 đồng/hộ", 14800000, "đồng"),
 Q("83 tổ hợp tác", 83, "tổ hợp tác"),
 Q("46 hội viên", 46, "hội viên"),
 Q("100 ngàn", 100000, "đồng"),
 Q("131/135 học viên", 131, "học viên")],
[D("Kế hoạch", "41", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 41, 42-KH/HPN"),
 D("Kế hoạch", "42", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "42-KH/HPN"),
 D("Đề án", "704", None, None, None, "Đề án 704")],
[prov("Bến Tre"), com("Phú Túc")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE", "Trang tin điện tử", "Trang chủ | Hoạt động Hội | Tập huấn", "Bà Đoàn Thị Kim Hương phát biểu khai mạc lớp tập huấn.", "Xây dựng gia đình 5 không, 3 sạch", "ấp Phú Hữu", "Lượt xem: 742"],
["5 không, 3 sạch", "Từ ngày 14 đến 16/9", "năm 2015", "Lượt xem: 742"]))

PAGES.append(page("b322-hagiang-hccb-giaoban-2016", """
HỘI CỰU CHIẾN BINH TỈNH HÀ GIANG
Trang chủ >> Tin hoạt động >> Giao ban
Cập nhật lúc 15:10 07/10/2016
Giao ban công tác Hội quý III năm 2016
Ngày 5/10, Thường trực Hội CCB tỉnh tổ chức giao ban công tác Hội quý III năm 2016 với Hội CCB 11 huyện, thành phố.
Đại tá Hầu Mí Chúng (giữa) chủ trì hội nghị.
Chủ trì có Đại tá Hầu Mí Chúng, Ủy viên BCH Trung ương Hội CCB Việt Nam, Chủ tịch Hội CCB tỉnh; các Phó Chủ tịch Hội CCB tỉnh: Thượng tá Vàng Seo Dín, Trung tá Ly Thị Sua.
Quý III, các cấp Hội kết nạp 164 hội viên mới, nâng tổng số lên 14.087 hội viên. Hội CCB tỉnh giúp 52 hội viên thoát nghèo; Quỹ hỗ trợ CCB cho vay 1 tỷ 215 triệu đồng. Tổ CCB tự quản biên giới tham gia tuần tra 96 lượt cùng đồn biên phòng. Mô hình "3 giỏi, 2 giữ" được nhân rộng tại 27 chi hội.
Thực hiện Chỉ thị 11, 12-CT/CCB của Thường trực Hội CCB tỉnh, cựu chiến binh Sùng Mí Lử, Chi hội trưởng CCB thôn Lũng Cú, xã Lũng Cú, cùng 9 đồng chí hội viên vận động bà con trồng 7,5 ha rừng.
Đại tá Hầu Mí Chúng đề nghị quý IV hoàn thành đại hội chi hội và kiểm tra 100% cơ sở.
Hội nghị cũng thông báo tình hình biên giới và nhiệm vụ giữ gìn an ninh trật tự trên địa bàn tỉnh Hà Giang; các chi hội vùng cao được giao vận động bà con không nghe kẻ xấu, không di cư tự do, giữ gìn đường biên, cột mốc.
CCB Hà Giang
Lượt xem: 633
Các tin đã đưa
- Hội CCB huyện Đồng Văn trao 15 con bò giống
- Giao ban quý II năm 2016
- Cựu chiến binh Mèo Vạc giúp nhau thoát nghèo
- Kỷ niệm 27 năm thành lập Hội CCB Việt Nam
- Tổ CCB tự quản biên giới xã Sủng Là
- Trao nhà tình nghĩa cho hội viên khó khăn
""", "2016-10-07", "Giao ban công tác Hội quý III năm 2016",
E("giao_ban", "2016-Q3", "2016-10-05"),
[P("Hầu Mí Chúng", "Đại tá", "Ủy viên BCH Trung ương Hội CCB Việt Nam", "Chủ tịch Hội CCB tỉnh"),
 P("Vàng Seo Dín", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Ly Thị Sua", "Trung tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Sùng Mí Lử", "Chi hội trưởng CCB thôn Lũng Cú")],
[Q("11 huyện, thành phố", 11, "huyện, thành phố"),
 Q("164 hội viên mới", 164, "hội viên mới"),
 Q("14.087 hội viên", 14087, "hội viên"),
 Q("52 hội viên", 52, "hội viên"),
 Q("1 tỷ 215 triệu đồng", 1215000000, "đồng"),
 Q("96 lượt", 96, "lượt"),
 Q("27 chi hội", 27, "chi hội"),
 Q("9 đồng chí", 9, "đồng chí"),
 Q("7,5 ha", 7.5, "ha"),
 Q("100%", 100, "%")],
[D("Chỉ thị", "11", "CT/CCB", None, "Thường trực Hội CCB tỉnh", "Chỉ thị 11, 12-CT/CCB"),
 D("Chỉ thị", "12", "CT/CCB", None, "Thường trực Hội CCB tỉnh", "12-CT/CCB")],
[prov("Hà Giang"), com("Lũng Cú")],
["HỘI CỰU CHIẾN BINH TỈNH HÀ GIANG", "Trang chủ >> Tin hoạt động >> Giao ban", "Đại tá Hầu Mí Chúng (giữa) chủ trì hội nghị.", "3 giỏi, 2 giữ", "Quỹ hỗ trợ CCB", "CCB Hà Giang", "Lượt xem: 633"],
["quý III năm 2016", "Quý III", "3 giỏi, 2 giữ", "9 đồng chí", "quý IV", "Lượt xem: 633"]))
