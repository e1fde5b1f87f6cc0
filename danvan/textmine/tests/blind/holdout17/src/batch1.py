from lib import *
PAGES = []

# b365 Hà Giang, Ban Dân vận Tỉnh ủy, tổng kết 2010 (kind and period in the headline)
PAGES.append(page("b365-hagiang-bdv-tongket-2010", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Trang thông tin công tác dân vận
Hôm nay: Thứ Hai, 07/02/2011
Trang chủ :: Tin tức - Sự kiện :: Hoạt động Ban Dân vận

Hà Giang: Tổng kết công tác dân vận năm 2010, hơn 12.600 ngày công giúp dân làm đường
Cập nhật: 14:22 - 25/01/2011

(DVHG) - Ngày 21/1/2011, Ban Dân vận Tỉnh ủy Hà Giang tổ chức hội nghị tổng kết công tác dân vận năm 2010, triển khai nhiệm vụ năm 2011. Đồng chí Ly Seo Chúng, TUV, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.

Đồng chí Ly Seo Chúng phát biểu khai mạc hội nghị. Ảnh: Hải Yến

Năm 2010, khối dân vận các cấp triển khai Nghị quyết 08, 09, 10-NQ/TU của Ban Thường vụ Tỉnh ủy gắn với phương châm "4 cùng" ở 195 xã, phường, thị trấn. Các đoàn thể vận động nhân dân hiến hơn 41.000 m2 đất, đóng góp 3,4 tỷ đồng và hơn 12.600 ngày công làm 127 km đường bê tông nông thôn. Riêng xã Lũng Cú và xã Sủng Là làm được 18,5 km.

Phong trào thi đua "Dân vận khéo" có 346 mô hình, trong đó 58 mô hình cấp tỉnh. Hội Phụ nữ các cấp phối hợp Ngân hàng Chính sách xã hội giải ngân 21,7 tỷ đồng cho 1.085 hộ nghèo vay vốn, bình quân 20 triệu đồng/hộ.

Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Mua A Dình, Nông Thị Thúy và Hoàng Văn Pấu báo cáo ba chuyên đề. Ông Sùng Mí Chứ, trưởng thôn Lũng Cẩm, xã Sủng Là chia sẻ cách vận động 42 hộ dân dỡ tường đá, hiến đất mở đường vào thôn.

Phát biểu chỉ đạo, đồng chí Vương Mí Vàng, Phó Bí thư Thường trực Tỉnh ủy đề nghị khối dân vận bám cơ sở, nói để dân hiểu, làm để dân tin. Dịp này, 15 tập thể và 32 cá nhân được Ban Dân vận Tỉnh ủy tặng Giấy khen.

Hải Yến
Lượt xem: 2.014

Tin liên quan
- Hội nghị giao ban khối dân vận quý IV năm 2010
- Đồng Văn: 300 hộ Mông hiến đất làm đường
- Tập huấn nghiệp vụ cho cán bộ dân vận cơ sở năm 2010
""", "2011-01-25",
"Hà Giang: Tổng kết công tác dân vận năm 2010, hơn 12.600 ngày công giúp dân làm đường",
E("tong_ket", "2010", "2011-01-21"),
[P("Ly Seo Chúng", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mua A Dình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nông Thị Thúy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Pấu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng Mí Chứ", "trưởng thôn Lũng Cẩm"),
 P("Vương Mí Vàng", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("hơn 12.600 ngày công", 12600, "ngày công", "over"),
 Q("195 xã, phường, thị trấn", 195, "xã, phường, thị trấn"),
 Q("hơn 41.000 m2", 41000, "m2", "over"),
 Q("3,4 tỷ đồng", 3400000000, "đồng"),
 Q("127 km", 127, "km"),
 Q("18,5 km", 18.5, "km"),
 Q("346 mô hình", 346, "mô hình"),
 Q("58 mô hình", 58, "mô hình"),
 Q("21,7 tỷ đồng", 21700000000, "đồng"),
 Q("1.085 hộ nghèo", 1085, "hộ nghèo"),
 Q("20 triệu đồng/hộ", 20000000, "đồng"),
 Q("42 hộ dân", 42, "hộ dân"),
 Q("15 tập thể", 15, "tập thể"),
 Q("32 cá nhân", 32, "cá nhân")],
[D("Nghị quyết", "08", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 08, 09, 10-NQ/TU"),
 D("Nghị quyết", "09", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 08, 09, 10-NQ/TU"),
 D("Nghị quyết", "10", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 08, 09, 10-NQ/TU")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sủng Là")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Trang thông tin công tác dân vận",
 "Trang chủ :: Tin tức - Sự kiện :: Hoạt động Ban Dân vận",
 "Đồng chí Ly Seo Chúng phát biểu khai mạc hội nghị. Ảnh: Hải Yến", "Dân vận khéo", "thôn Lũng Cẩm",
 "Ngân hàng Chính sách xã hội", "Lượt xem: 2.014"],
["Hôm nay: Thứ Hai, 07/02/2011", "4 cùng", "năm 2010", "năm 2011", "Ngày 21/1/2011", "Lượt xem: 2.014"]))

# b366 Lạng Sơn, Ủy ban MTTQ tỉnh, trao quà (figure repeated in headline, lead and caption; money and count side by side)
PAGES.append(page("b366-langson-mttq-traoqua-2012", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN
Cổng thông tin điện tử
Trang nhất | Hoạt động Mặt trận | Vì người nghèo

Trao 1.240 suất quà cho hộ nghèo vùng biên
Thứ 4, 18/01/2012 | 09:10

(MTLS) - Từ ngày 12 đến 14/1/2012, Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn phối hợp với các nhà hảo tâm trao 1.240 suất quà, trị giá 620 triệu đồng, cho hộ nghèo, hộ chính sách ở các xã biên giới nhân dịp Tết Nhâm Thìn.

Trao 1.240 suất quà Tết tại xã Thanh Lòa. Ảnh: Lăng Hiếu

Đoàn công tác do đồng chí Lăng Văn Sáng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đã đến xã Thanh Lòa, xã Tân Thanh và xã Bảo Lâm. Mỗi suất quà gồm 10 kg gạo, 1 chiếc chăn và 300.000 đồng tiền mặt. Riêng 86 hộ người cao tuổi neo đơn được tặng thêm 200 nghìn đồng/hộ.

Cùng đi có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Vy Thị Mìn, Hứa Văn Phoóng; đồng chí Lô Văn Cang, HUV, Chủ tịch Ủy ban MTTQ huyện Cao Lộc.

Thực hiện chỉ thị số 02/CT-UBND của UBND tỉnh về chăm lo Tết cho người nghèo, năm 2011 Quỹ "Vì người nghèo" các cấp vận động được 4,65 tỷ đồng, hỗ trợ xây mới 152 căn nhà Đại đoàn kết và sửa chữa 67 căn, mỗi căn 25 - 30 triệu đồng.

Bà Hoàng Thị Mếnh, hộ nghèo thôn Nà Mò, xã Tân Thanh xúc động: "Năm nay nhà tôi có Tết ấm hơn". Tại buổi trao quà, đồng chí Lăng Văn Sáng đề nghị MTTQ các xã rà soát, không để hộ nào không có Tết.

Lăng Hiếu
Số lượt đọc: 976

Các tin khác
- Lạng Sơn: Ra quân "Tháng cao điểm vì người nghèo" năm 2011
- Trao 500 suất quà cho người nghèo huyện Đình Lập
- Mặt trận huyện Tràng Định giúp dân xóa nhà tạm
""", "2012-01-18",
"Trao 1.240 suất quà cho hộ nghèo vùng biên",
E("trao_qua", None, "2012-01-12"),
[P("Lăng Văn Sáng", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vy Thị Mìn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hứa Văn Phoóng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lô Văn Cang", "HUV", "Chủ tịch Ủy ban MTTQ huyện Cao Lộc"),
 P("Hoàng Thị Mếnh", "hộ nghèo thôn Nà Mò")],
[Q("1.240 suất quà", 1240, "suất quà"),
 Q("620 triệu đồng", 620000000, "đồng"),
 Q("10 kg", 10, "kg"),
 Q("1 chiếc chăn", 1, "chiếc chăn"),
 Q("300.000 đồng", 300000, "đồng"),
 Q("86 hộ người cao tuổi neo đơn", 86, "hộ người cao tuổi neo đơn"),
 Q("200 nghìn đồng/hộ", 200000, "đồng"),
 Q("4,65 tỷ đồng", 4650000000, "đồng"),
 Q("152 căn nhà Đại đoàn kết", 152, "căn nhà Đại đoàn kết"),
 Q("67 căn", 67, "căn"),
 Q("25 - 30 triệu đồng", 25000000, "đồng"),
 Q("25 - 30 triệu đồng", 30000000, "đồng")],
[D("Chỉ thị", "02", "CT-UBND", None, "UBND tỉnh", "chỉ thị số 02/CT-UBND")],
[prov("Lạng Sơn"), com("Thanh Lòa"), com("Tân Thanh"), com("Bảo Lâm")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN", "Cổng thông tin điện tử",
 "Trang nhất | Hoạt động Mặt trận | Vì người nghèo", "Trao 1.240 suất quà Tết tại xã Thanh Lòa. Ảnh: Lăng Hiếu",
 "Vì người nghèo", "thôn Nà Mò", "huyện Cao Lộc", "Đoàn công tác", "Số lượt đọc: 976"],
["Tết Nhâm Thìn", "năm 2011", "Số lượt đọc: 976", "09:10"]))

# b367 Nghệ An, Hội Nông dân tỉnh, đối thoại năm 2013 (kind and period only in the lead; "được ... bầu giữ chức")
PAGES.append(page("b367-nghean-hnd-doithoai-2013", """
HỘI NÔNG DÂN TỈNH NGHỆ AN
Nông dân xứ Nghệ - Trang tin điện tử
Vị trí hiện tại: Trang chủ / Tin hoạt động / Tin cơ sở

Nông dân miền Tây Nghệ An gửi 57 ý kiến tới lãnh đạo tỉnh
Ngày đăng tin: 03/07/2013

Sáng 28/6, tại huyện Quỳ Châu, Hội Nông dân tỉnh phối hợp với UBND tỉnh tổ chức hội nghị Chủ tịch UBND tỉnh đối thoại với nông dân năm 2013. Hơn 300 hội viên nông dân các huyện miền Tây đã dự.

Quang cảnh buổi đối thoại tại huyện Quỳ Châu.

Chủ trì đối thoại có đồng chí Lang Văn Tiến, Phó Chủ tịch UBND tỉnh và đồng chí Vi Thị Hằng, UVBTV Tỉnh ủy, Chủ tịch Hội Nông dân tỉnh. Đồng chí Vi Thị Hằng vừa được Ban Chấp hành Hội Nông dân tỉnh tín nhiệm bầu giữ chức Chủ tịch Hội tại hội nghị tháng 4/2013.

Nông dân đã nêu 57 ý kiến, kiến nghị, tập trung vào giá keo nguyên liệu (chỉ còn 800.000 - 900.000 đồng/tấn), vốn vay và việc thực hiện Quyết định 1732/QĐ-TTg của Thủ tướng Chính phủ về đào tạo nghề. Ông Lô Văn Khăm, hội viên bản Na Lạn, xã Châu Hạnh hỏi về hỗ trợ giống ngô cho 120 ha đất bãi. Bà Moong Thị Pheo (dân tộc Khơ Mú), hội viên xã Châu Phong, đề nghị mở lớp dạy nghề dệt thổ cẩm.

Trả lời các ý kiến, đại diện Sở Nông nghiệp và Phát triển nông thôn cho biết năm 2013 tỉnh dành 2,5 tỷ đồng hỗ trợ giống cho các huyện miền Tây. Quỹ Hỗ trợ nông dân tỉnh hiện có 38 tỷ đồng, cho 1.460 hộ vay.

Kết luận, đồng chí Lang Văn Tiến giao các sở, ngành trả lời bằng văn bản những ý kiến chưa trả lời tại hội nghị trước ngày 30/7.

Thu Huyền

Tin cùng chuyên mục
- Hội Nông dân huyện Quế Phong tập huấn trồng keo
- Nông dân Con Cuông thi đua sản xuất kinh doanh giỏi
""", "2013-07-03",
"Nông dân miền Tây Nghệ An gửi 57 ý kiến tới lãnh đạo tỉnh",
E("doi_thoai", "2013", "2013-06-28"),
[P("Lang Văn Tiến", "Phó Chủ tịch UBND tỉnh"),
 P("Vi Thị Hằng", "UVBTV Tỉnh ủy", "Chủ tịch Hội Nông dân tỉnh", "Chủ tịch Hội"),
 P("Lô Văn Khăm", "hội viên bản Na Lạn"),
 P("Moong Thị Pheo", "hội viên xã Châu Phong")],
[Q("57 ý kiến, kiến nghị", 57, "ý kiến, kiến nghị"),
 Q("Hơn 300 hội viên nông dân", 300, "hội viên nông dân", "over"),
 Q("800.000 - 900.000 đồng/tấn", 800000, "đồng"),
 Q("800.000 - 900.000 đồng/tấn", 900000, "đồng"),
 Q("120 ha", 120, "ha"),
 Q("2,5 tỷ đồng", 2500000000, "đồng"),
 Q("38 tỷ đồng", 38000000000, "đồng"),
 Q("1.460 hộ", 1460, "hộ")],
[D("Quyết định", "1732", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1732/QĐ-TTg")],
[prov("Nghệ An"), com("Châu Hạnh"), com("Châu Phong")],
["HỘI NÔNG DÂN TỈNH NGHỆ AN", "Nông dân xứ Nghệ - Trang tin điện tử",
 "Vị trí hiện tại: Trang chủ / Tin hoạt động / Tin cơ sở", "Quang cảnh buổi đối thoại tại huyện Quỳ Châu.",
 "huyện Quỳ Châu", "bản Na Lạn", "Quỹ Hỗ trợ nông dân", "Sở Nông nghiệp và Phát triển nông thôn"],
["năm 2013", "tháng 4/2013", "Sáng 28/6", "ngày 30/7"]))

# b368 Quảng Trị, Hội LHPN tỉnh, sơ kết 6 tháng 2014 (lower-case kế hoạch, slogan "5 không, 3 sạch", one title after a list)
PAGES.append(page("b368-quangtri-hlhpn-soket-2014", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG TRỊ
Trang chủ » Hoạt động Hội » Tin tức

Phụ nữ Quảng Trị giúp 412 hội viên nghèo có sinh kế
Đăng bởi: Admin | 21/07/2014 10:48

Ngày 16/7, Hội LHPN tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2014. Dự hội nghị có đại diện Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh và lãnh đạo Hội LHPN 10 huyện, thị xã, thành phố.

Các đại biểu dự hội nghị sơ kết tại Đông Hà.

Theo báo cáo, 6 tháng qua các cấp Hội thực hiện kế hoạch số 17/KH-HPN của Ban Thường vụ Hội LHPN tỉnh về cuộc vận động "Xây dựng gia đình 5 không, 3 sạch", kết nạp 1.318 hội viên mới; giúp 412 hội viên nghèo có sinh kế với tổng số vốn gần 2,9 tỷ đồng. Hội phụ nữ huyện Hướng Hóa và Đakrông trao 96 con bò giống cho hội viên người Vân Kiều, Pa Kô, mỗi con trị giá khoảng 9 triệu đồng.

Tại xã Hướng Phùng, mô hình tổ phụ nữ tiết kiệm do chị Hồ Thị Bay, chi hội trưởng thôn Cà Xéng phụ trách có 35 thành viên, số tiền tiết kiệm đạt 124 triệu đồng. Ở xã A Ngo, chị Kăn Thị Đoan được hội viên tín nhiệm bầu làm chi hội trưởng khi mới 24 tuổi.

Hội nghị tặng Giấy khen cho các chị Hồ Thị Bay, Kăn Thị Đoan và Pả Thị Liên, Ủy viên Ban Chấp hành Hội LHPN huyện, vì có nhiều cách làm hay trong vận động chị em người Vân Kiều, Pa Kô bỏ tục tảo hôn.

Phát biểu kết luận, bà Trần Thị Hoài Thương, Chủ tịch Hội LHPN tỉnh đề nghị các cấp Hội tập trung giúp phụ nữ dân tộc thiểu số vay vốn, phấn đấu 100% chi hội ở hai huyện miền núi có tổ tiết kiệm.

P.V
Lượt truy cập: 1.203

Bài viết liên quan
- Hội LHPN tỉnh tập huấn kỹ năng cho chi hội trưởng
- Phụ nữ Đakrông với mô hình nuôi lợn đen
- Ra mắt câu lạc bộ phòng chống tảo hôn ở xã Húc
""", "2014-07-21",
"Phụ nữ Quảng Trị giúp 412 hội viên nghèo có sinh kế",
E("so_ket", "2014-H1", "2014-07-16"),
[P("Hồ Thị Bay", "chi hội trưởng thôn Cà Xéng", "Ủy viên Ban Chấp hành Hội LHPN huyện"),
 P("Kăn Thị Đoan", "chi hội trưởng", "Ủy viên Ban Chấp hành Hội LHPN huyện"),
 P("Pả Thị Liên", "Ủy viên Ban Chấp hành Hội LHPN huyện"),
 P("Trần Thị Hoài Thương", "Chủ tịch Hội LHPN tỉnh")],
[Q("412 hội viên nghèo", 412, "hội viên nghèo"),
 Q("1.318 hội viên mới", 1318, "hội viên mới"),
 Q("gần 2,9 tỷ đồng", 2900000000, "đồng", "approx"),
 Q("96 con bò giống", 96, "con bò giống"),
 Q("khoảng 9 triệu đồng", 9000000, "đồng", "approx"),
 Q("35 thành viên", 35, "thành viên"),
 Q("124 triệu đồng", 124000000, "đồng"),
 Q("100% chi hội", 100, "%"),
 Q("10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố")],
[D("Kế hoạch", "17", "KH-HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "kế hoạch số 17/KH-HPN")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("A Ngo")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG TRỊ", "Trang chủ » Hoạt động Hội » Tin tức",
 "Các đại biểu dự hội nghị sơ kết tại Đông Hà.", "Xây dựng gia đình 5 không, 3 sạch", "huyện Hướng Hóa",
 "thôn Cà Xéng", "Lượt truy cập: 1.203", "Đăng bởi: Admin"],
["5 không, 3 sạch", "6 tháng đầu năm 2014", "6 tháng qua", "24 tuổi", "Lượt truy cập: 1.203", "Ngày 16/7"]))

# b369 Thừa Thiên Huế, Tỉnh đoàn, tập huấn năm 2015 (colon list with "đồng chí", title after verb, abbreviation BTV)
PAGES.append(page("b369-hue-tinhdoan-taphuan-2015", """
TỈNH ĐOÀN THỪA THIÊN HUẾ
Đoàn TNCS Hồ Chí Minh - Tuổi trẻ Cố đô
Bạn đang ở đây: Trang chủ > Công tác Đoàn > Tin Tỉnh đoàn

Bồi dưỡng kỹ năng cho 185 Bí thư chi đoàn vùng cao
Cập nhật ngày 09 tháng 06 năm 2015

Trong 2 ngày 5 và 6/6, Ban Thường vụ Tỉnh đoàn Thừa Thiên Huế mở lớp tập huấn nghiệp vụ công tác Đoàn và kỹ năng dân vận cho cán bộ Đoàn cơ sở năm 2015 tại huyện A Lưới.

Học viên thảo luận nhóm tại lớp tập huấn. Ảnh: Minh Đức

Lớp học có 185 Bí thư chi đoàn thôn, bản đến từ 21 xã của huyện A Lưới và Nam Đông, trong đó 124 học viên là người Tà Ôi, Cơ Tu, Pa Kô. Học viên được nghe quán triệt Chỉ thị 42, 43-CT/TĐTN của Ban Thường vụ Tỉnh đoàn và Chương trình "Tuổi trẻ Thừa Thiên Huế chung tay xây dựng nông thôn mới".

Trực tiếp truyền đạt có các đồng chí BTV Tỉnh đoàn: Hồ Văn Ngoan, Lê Thị Pi Ráo, Alăng Thị Nhiên. Đồng chí Hồ Văn Ngoan vừa được điều động giữ chức Trưởng ban Thanh niên nông thôn Tỉnh đoàn từ tháng 3/2015.

Anh Kêr Văn Hoa, Bí thư Chi đoàn thôn Tà Rê, xã Hương Nguyên chia sẻ: "Sau lớp học, chi đoàn sẽ vận động 40 đoàn viên làm 2 km đường vào khu sản xuất". Năm nay, Tỉnh đoàn dành 150 triệu đồng hỗ trợ 6 công trình thanh niên ở xã Hồng Thủy, xã Hương Nguyên.

Nhiều học viên cho biết lần đầu được học cách tổ chức một buổi sinh hoạt chi đoàn bằng tiếng Tà Ôi, cách ghi chép ý kiến của thanh niên để báo cáo Đoàn xã, cách phối hợp với già làng, trưởng thôn khi vận động bà con bỏ tục lệ lạc hậu.

Bế giảng lớp học, đồng chí Nguyễn Hữu Thắng, Bí thư Tỉnh đoàn trao giấy chứng nhận cho 185 học viên.

Minh Đức
Lượt xem: 642

Tin khác
- Tuổi trẻ A Lưới ra quân Chiến dịch Thanh niên tình nguyện hè 2015
- Tỉnh đoàn giao ban công tác quý I
""", "2015-06-09",
"Bồi dưỡng kỹ năng cho 185 Bí thư chi đoàn vùng cao",
E("tap_huan", "2015", "2015-06-05"),
[P("Hồ Văn Ngoan", "BTV Tỉnh đoàn", "Trưởng ban Thanh niên nông thôn Tỉnh đoàn"),
 P("Lê Thị Pi Ráo", "BTV Tỉnh đoàn"),
 P("Alăng Thị Nhiên", "BTV Tỉnh đoàn"),
 P("Kêr Văn Hoa", "Bí thư Chi đoàn thôn Tà Rê"),
 P("Nguyễn Hữu Thắng", "Bí thư Tỉnh đoàn")],
[Q("185 Bí thư chi đoàn", 185, "Bí thư chi đoàn"),
 Q("21 xã", 21, "xã"),
 Q("124 học viên", 124, "học viên"),
 Q("40 đoàn viên", 40, "đoàn viên"),
 Q("2 km", 2, "km"),
 Q("150 triệu đồng", 150000000, "đồng"),
 Q("6 công trình thanh niên", 6, "công trình thanh niên")],
[D("Chỉ thị", "42", "CT/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chỉ thị 42, 43-CT/TĐTN"),
 D("Chỉ thị", "43", "CT/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chỉ thị 42, 43-CT/TĐTN")],
[prov("Thừa Thiên Huế"), com("Hương Nguyên"), com("Hồng Thủy")],
["TỈNH ĐOÀN THỪA THIÊN HUẾ", "Đoàn TNCS Hồ Chí Minh - Tuổi trẻ Cố đô",
 "Bạn đang ở đây: Trang chủ > Công tác Đoàn > Tin Tỉnh đoàn", "Học viên thảo luận nhóm tại lớp tập huấn. Ảnh: Minh Đức",
 "Tuổi trẻ Thừa Thiên Huế chung tay xây dựng nông thôn mới", "huyện A Lưới", "thôn Tà Rê", "Lượt xem: 642"],
["Trong 2 ngày 5 và 6/6", "năm 2015", "tháng 3/2015", "Lượt xem: 642"]))

# b370 Quảng Nam, Hội CCB tỉnh, giao ban quý III 2016 (ranks in a list, "đồng chí" count, period in the headline only as "quý III")
PAGES.append(page("b370-quangnam-ccb-giaoban-2016q3", """
HỘI CỰU CHIẾN BINH TỈNH QUẢNG NAM
Trang tin điện tử Cựu chiến binh Quảng Nam
Trang chủ › Tin hoạt động › Hội cơ sở

CCB miền núi Quảng Nam: 19 căn nhà đồng đội trong quý III
(25/08/2016 08:05)

Sáng 23/8, Thường trực Hội CCB tỉnh tổ chức giao ban công tác Hội quý III năm 2016 với Hội CCB các huyện miền núi. Dự có 34 đồng chí là Chủ tịch, Phó Chủ tịch Hội CCB các huyện, thị xã, thành phố. Chủ trì giao ban là đồng chí Phan Văn Lực, Đại tá, Chủ tịch Hội CCB tỉnh.

Đại tá Phan Văn Lực (đứng) phát biểu chỉ đạo tại buổi giao ban.

Quý III, các cấp Hội tiếp tục thực hiện Chỉ thị 11-CT/TU của Tỉnh ủy và Kết luận số 58 và 59-KL/TU của Ban Thường vụ Tỉnh ủy, cuộc vận động "Cựu chiến binh gương mẫu". Toàn tỉnh có 27 Hội cơ sở đạt "CCB 4 giúp", xây 19 căn nhà đồng đội, mỗi căn 40 triệu đồng. Quỹ hội đạt 8,2 tỷ đồng, cho 730 hội viên vay.

Ở huyện Tây Giang, CCB người Cơ Tu Bh'riu Liếc, Chủ tịch Hội CCB xã A Xan, cùng hội viên vận động 54 hộ làm 3,5 km đường đến khu sản xuất. Hai hội viên Chi hội thôn Ga'lêê là Trung tá Alăng Bhơi và Thiếu tá Zơ Râm Mia được biểu dương vì nhiều năm cùng bà con giữ 120 ha rừng đầu nguồn, không để xảy ra cháy rừng.

Tại giao ban, Hội CCB xã Sông Kôn và xã Tà Lu kiến nghị hỗ trợ 12 hộ CCB còn nhà tạm, nhà dột nát trước mùa mưa bão. Nhiều ý kiến đề nghị Hội cấp tỉnh quan tâm đào tạo cán bộ Hội cơ sở là người dân tộc thiểu số. Đồng chí Phan Văn Lực giao Văn phòng Hội tổng hợp, báo cáo Tỉnh ủy trong tháng 9.

Văn phòng Hội CCB tỉnh
Lượt đọc: 433

Tin cùng chuyên mục
- Hội CCB huyện Đông Giang tổng kết phong trào thi đua
- Trao nhà đồng đội cho hội viên xã Ba
- CCB Nam Trà My giúp nhau trồng sâm
""", "2016-08-25",
"CCB miền núi Quảng Nam: 19 căn nhà đồng đội trong quý III",
E("giao_ban", "2016-Q3", "2016-08-23"),
[P("Phan Văn Lực", "Chủ tịch Hội CCB tỉnh", "Đại tá"),
 P("Bh'riu Liếc", "Chủ tịch Hội CCB xã A Xan"),
 P("Alăng Bhơi", "Trung tá", "hội viên Chi hội thôn Ga'lêê"),
 P("Zơ Râm Mia", "Thiếu tá", "hội viên Chi hội thôn Ga'lêê")],
[Q("34 đồng chí", 34, "đồng chí"),
 Q("27 Hội cơ sở", 27, "Hội cơ sở"),
 Q("19 căn nhà đồng đội", 19, "căn nhà đồng đội"),
 Q("40 triệu đồng", 40000000, "đồng"),
 Q("8,2 tỷ đồng", 8200000000, "đồng"),
 Q("730 hội viên", 730, "hội viên"),
 Q("54 hộ", 54, "hộ"),
 Q("3,5 km", 3.5, "km"),
 Q("12 hộ CCB", 12, "hộ CCB"),
 Q("120 ha", 120, "ha")],
[D("Chỉ thị", "11", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 11-CT/TU"),
 D("Kết luận", "58", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 58 và 59-KL/TU"),
 D("Kết luận", "59", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 58 và 59-KL/TU")],
[prov("Quảng Nam"), com("A Xan"), com("Sông Kôn"), com("Tà Lu")],
["HỘI CỰU CHIẾN BINH TỈNH QUẢNG NAM", "Trang tin điện tử Cựu chiến binh Quảng Nam",
 "Trang chủ › Tin hoạt động › Hội cơ sở", "Đại tá Phan Văn Lực (đứng) phát biểu chỉ đạo tại buổi giao ban.",
 "Cựu chiến binh gương mẫu", "huyện Tây Giang", "thôn Ga'lêê", "Văn phòng Hội CCB tỉnh", "Lượt đọc: 433"],
["34 đồng chí", "CCB 4 giúp", "quý III năm 2016", "trong tháng 9", "Lượt đọc: 433", "(25/08/2016 08:05)"]))
