from lib import *
PAGES = []

PAGES.append(page("b245-laocai-hnd-doithoai-2011", """
HỘI NÔNG DÂN TỈNH LÀO CAI
Trang thông tin điện tử
Trang chủ » Hoạt động Hội » Cơ sở Hội
Cập nhật: 08:20, 14/06/2011 (GMT+7)
Bát Xát: Nông dân đối thoại với lãnh đạo huyện về giống lúa lai và kênh mương
Sáng 13/6, tại xã Y Tý, Hội Nông dân tỉnh Lào Cai phối hợp với UBND huyện Bát Xát tổ chức buổi đối thoại năm 2011 giữa người đứng đầu cấp ủy, chính quyền với hội viên nông dân các xã vùng cao.
Ông Sần Seo Chản, hội viên thôn Lao Chải, nêu kiến nghị tại buổi đối thoại.
Tham dự có đồng chí Hoàng Quốc Thịnh, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh; đồng chí Lý Seo Dìn, HUV, Phó Chủ tịch UBND huyện Bát Xát; đại diện Phòng Nông nghiệp và Phát triển nông thôn huyện cùng gần 140 hội viên đến từ 11 xã.
Tại buổi đối thoại, bà con đã nêu 23 ý kiến, tập trung vào chất lượng giống lúa lai cấp theo Quyết định số 927/QĐ-UBND ngày 08/4/2011 của UBND tỉnh, tiến độ tu sửa 36 km kênh mương nội đồng và việc vay vốn từ Quỹ Hỗ trợ nông dân. Ông Sần Seo Chản cho biết vụ xuân năm nay 326 hộ của thôn gieo cấy giống mới nhưng có khoảng 9 ha bị lép hạt.
Trả lời các ý kiến, đồng chí Lý Seo Dìn cho biết huyện đã hỗ trợ 487 triệu đồng để sửa chữa kênh mương, huy động 14.200 ngày công của nhân dân theo phương châm "Nhà nước và nhân dân cùng làm". Những diện tích lúa bị lép hạt sẽ được hỗ trợ 1,5 triệu đồng/ha. Đồng chí Phàn Thị Mẩy, Chủ tịch Hội Nông dân xã Y Tý, đề nghị huyện sớm cấp thêm 6 tấn phân bón cho các hộ nghèo.
Phát biểu kết luận, đồng chí Hoàng Quốc Thịnh yêu cầu các cấp hội tiếp tục làm cầu nối để nông dân thực hiện tốt phong trào "Nông dân thi đua sản xuất kinh doanh giỏi". 19 ý kiến đã được trả lời trực tiếp; các ý kiến còn lại được ghi nhận để chuyển cơ quan chức năng.
Văn Toàn
Lượt xem: 1.207
Tin liên quan
- Hội Nông dân huyện Mường Khương tập huấn kỹ thuật trồng chè (06/06/2011)
- Sa Pa: Trao 20 con bò giống cho hộ nghèo (28/05/2011)
""", "2011-06-14",
"Bát Xát: Nông dân đối thoại với lãnh đạo huyện về giống lúa lai và kênh mương",
E("doi_thoai", "2011", "2011-06-13"),
[P("Sần Seo Chản", "hội viên thôn Lao Chải"),
 P("Hoàng Quốc Thịnh", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lý Seo Dìn", "HUV", "Phó Chủ tịch UBND huyện Bát Xát"),
 P("Phàn Thị Mẩy", "Chủ tịch Hội Nông dân xã Y Tý")],
[Q("gần 140 hội viên", 140, "hội viên", "approx"), Q("11 xã", 11, "xã"), Q("23 ý kiến", 23, "ý kiến"),
 Q("36 km", 36, "km"), Q("326 hộ", 326, "hộ"), Q("khoảng 9 ha", 9, "ha", "approx"),
 Q("487 triệu đồng", 487000000, "đồng"), Q("14.200 ngày công", 14200, "ngày công"),
 Q("1,5 triệu đồng/ha", 1500000, "đồng"), Q("6 tấn", 6, "tấn"), Q("19 ý kiến", 19, "ý kiến")],
[D("Quyết định", "927", "QĐ-UBND", "2011-04-08", "UBND tỉnh", "Quyết định số 927/QĐ-UBND")],
[prov("Lào Cai"), com("Y Tý")],
["HỘI NÔNG DÂN TỈNH LÀO CAI", "Trang thông tin điện tử", "Trang chủ » Hoạt động Hội » Cơ sở Hội",
 "Ông Sần Seo Chản, hội viên thôn Lao Chải, nêu kiến nghị tại buổi đối thoại.", "Nhà nước và nhân dân cùng làm",
 "Nông dân thi đua sản xuất kinh doanh giỏi", "Quỹ Hỗ trợ nông dân", "huyện Bát Xát", "Phòng Nông nghiệp và Phát triển nông thôn huyện", "Lượt xem: 1.207"],
["(GMT+7)", "Lượt xem: 1.207", "vụ xuân năm nay", "năm 2011"]))

PAGES.append(page("b246-sonla-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY SƠN LA
Hôm nay: Thứ Năm, 19/01/2012
Trang chủ > Tin tức - Sự kiện > Hoạt động dân vận
15:40 | 10/01/2012
Công tác dân vận góp phần giải quyết dứt điểm 74 vụ tranh chấp đất đai
Ngày 9/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. 
Toàn cảnh hội nghị tổng kết công tác dân vận năm 2011.
Dự hội nghị có đồng chí Cầm Văn Chinh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lò Thị Ỉn, Quàng Văn Phanh, Nguyễn Đức Hiếu; đồng chí Tòng Văn Lả, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cùng 62 đồng chí là trưởng ban dân vận các huyện ủy, thành ủy và đảng ủy trực thuộc.
Báo cáo cho thấy, năm 2011 hệ thống dân vận toàn tỉnh Sơn La đã phối hợp hòa giải 93 vụ việc ở cơ sở, trong đó giải quyết dứt điểm 74 vụ tranh chấp đất đai; vận động nhân dân hiến hơn 18.000 m2 đất để mở đường; 2.415 hộ tái định cư thủy điện được hỗ trợ ổn định đời sống. Phong trào thi đua "Dân vận khéo" có 318 mô hình được công nhận.
Các cấp ủy đã thực hiện nghiêm Kế hoạch 27, 28-KH/BDVTU của Ban Dân vận Tỉnh ủy về công tác dân vận ở vùng tái định cư và vùng đồng bào Mông. Tuy nhiên, vẫn còn 22 vụ việc kéo dài chưa giải quyết xong.
Phát biểu chỉ đạo, đồng chí Cầm Văn Chinh đề nghị năm 2012 mỗi huyện xây dựng ít nhất 3 mô hình "Dân vận khéo", thực hiện tốt phương châm "3 bám, 4 cùng" với nhân dân. Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 27 tập thể và 41 cá nhân.
Lò Hương
Số lượt xem: 932
Các tin khác
- Mai Sơn: Sơ kết công tác dân vận chính quyền (28/12/2011)
- Hội nghị giao ban khối dân vận quý IV (15/12/2011)
""", "2012-01-10",
"Công tác dân vận góp phần giải quyết dứt điểm 74 vụ tranh chấp đất đai",
E("tong_ket", "2011", "2012-01-09"),
[P("Cầm Văn Chinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Thị Ỉn", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Quàng Văn Phanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đức Hiếu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tòng Văn Lả", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("62 đồng chí", 62, "đồng chí"), Q("93 vụ việc", 93, "vụ việc"), Q("74 vụ tranh chấp đất đai", 74, "vụ tranh chấp đất đai"),
 Q("hơn 18.000 m2", 18000, "m2", "over"), Q("2.415 hộ", 2415, "hộ"), Q("318 mô hình", 318, "mô hình"),
 Q("22 vụ việc", 22, "vụ việc"), Q("3 mô hình", 3, "mô hình"), Q("27 tập thể", 27, "tập thể"), Q("41 cá nhân", 41, "cá nhân")],
[D("Kế hoạch", "27", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 27, 28-KH/BDVTU"),
 D("Kế hoạch", "28", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 27, 28-KH/BDVTU")],
[prov("Sơn La")],
["BAN DÂN VẬN TỈNH ỦY SƠN LA", "Trang chủ > Tin tức - Sự kiện > Hoạt động dân vận",
 "Toàn cảnh hội nghị tổng kết công tác dân vận năm 2011.", "Dân vận khéo", "Số lượt xem: 932"],
["Hôm nay: Thứ Năm, 19/01/2012", "Số lượt xem: 932", "62 đồng chí", "3 bám, 4 cùng", "năm 2011", "năm 2012"]))

PAGES.append(page("b247-dienbien-hlhpn-soket-2013", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐIỆN BIÊN
Bạn đang ở: Trang chủ / Tin hoạt động / Phong trào phụ nữ
Thứ Ba, 09/07/2013 - 10:15
Phụ nữ Điện Biên giúp 1.126 hội viên nghèo phát triển kinh tế
(ĐBP) - Ngày 8/7, Ban Thường vụ Hội LHPN tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm.
Bà Lò Thị Cương phát biểu tại hội nghị.
Theo báo cáo, 6 tháng qua các cấp hội đã giúp 1.126 hội viên nghèo phát triển kinh tế, phối hợp giải ngân hơn 21,6 tỷ đồng vốn vay ưu đãi từ Ngân hàng Chính sách xã hội cho 874 hộ vay; thành lập mới 14 tổ hợp tác và 39 tổ tiết kiệm. Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" được triển khai tới 100% chi hội. Hội đã tuyên truyền Chỉ thị 03, 04-CT/HPN của Ban Thường vụ Hội LHPN tỉnh cho gần 9.000 lượt hội viên.
Dự và chỉ đạo hội nghị có đồng chí Lò Thị Cương, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; các bà Giàng Thị Dua, Vừ Thị Sua, Phó Chủ tịch Hội LHPN tỉnh. Đại diện xã Mường Phăng, bà Lường Thị Phóng, Chủ tịch Hội LHPN xã, chia sẻ mô hình nuôi lợn đen bản địa giúp 46 chị em thoát nghèo, mỗi hộ thu 32 - 40 triệu đồng/năm.
Phát biểu kết luận, bà Lò Thị Cương đề nghị các cấp hội tập trung giúp đỡ phụ nữ dân tộc thiểu số, phấn đấu hết năm 2013 giảm 5% số hộ hội viên nghèo, đồng thời quan tâm hỗ trợ chị em vùng biên giới Mường Nhé, Nậm Pồ tiếp cận vốn vay và học nghề.
Thu Hằng
Lượt truy cập: 12.850
Tin cùng chuyên mục
- Tủa Chùa: Ra mắt câu lạc bộ phụ nữ không sinh con thứ 3 (01/07/2013)
- Tập huấn công tác hội cho 120 chi hội trưởng (20/06/2013)
""", "2013-07-09",
"Phụ nữ Điện Biên giúp 1.126 hội viên nghèo phát triển kinh tế",
E("so_ket", "2013-H1", "2013-07-08"),
[P("Lò Thị Cương", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Giàng Thị Dua", "Phó Chủ tịch Hội LHPN tỉnh"), P("Vừ Thị Sua", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lường Thị Phóng", "Chủ tịch Hội LHPN xã")],
[Q("1.126 hội viên nghèo", 1126, "hội viên nghèo"), Q("hơn 21,6 tỷ đồng", 21600000000, "đồng", "over"),
 Q("874 hộ vay", 874, "hộ vay"), Q("14 tổ hợp tác", 14, "tổ hợp tác"), Q("39 tổ tiết kiệm", 39, "tổ tiết kiệm"),
 Q("100%", 100, "%"), Q("gần 9.000 lượt hội viên", 9000, "lượt hội viên", "approx"), Q("46 chị em", 46, "chị em"),
 Q("32 - 40 triệu đồng/năm", 32000000, "đồng"), Q("32 - 40 triệu đồng/năm", 40000000, "đồng"), Q("5%", 5, "%")],
[D("Chỉ thị", "03", "CT/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Chỉ thị 03, 04-CT/HPN"),
 D("Chỉ thị", "04", "CT/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Chỉ thị 03, 04-CT/HPN")],
[prov("Điện Biên"), com("Mường Phăng")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐIỆN BIÊN", "Bạn đang ở: Trang chủ / Tin hoạt động / Phong trào phụ nữ",
 "Bà Lò Thị Cương phát biểu tại hội nghị.", "Xây dựng gia đình 5 không, 3 sạch", "Ngân hàng Chính sách xã hội", "Lượt truy cập: 12.850"],
["Lượt truy cập: 12.850", "5 không, 3 sạch", "6 tháng đầu năm 2013", "6 tháng cuối năm", "6 tháng qua", "năm 2013"]))

PAGES.append(page("b248-thanhhoa-hccb-giaoban-2014", """
HỘI CỰU CHIẾN BINH TỈNH THANH HÓA
Trang chủ | Tin hoạt động | Giao ban
Ngày đăng 07/10/2014 | 16:20
Giao ban công tác Hội quý III năm 2014
Ngày 6/10, Thường trực Hội CCB tỉnh tổ chức giao ban công tác Hội quý III năm 2014 với Chủ tịch Hội CCB 27 huyện, thị xã, thành phố.
Đại tá Lê Văn Thước phát biểu chỉ đạo hội nghị giao ban.
Chủ trì giao ban có Đại tá Lê Văn Thước, Ủy viên BCH Trung ương Hội CCB Việt Nam, Chủ tịch Hội CCB tỉnh; Đại tá Hà Văn Mịn, Thượng tá Phạm Bá Quế - Phó Chủ tịch Hội CCB tỉnh. Dự giao ban còn có ông Cao Văn Khiêm, Phó Trưởng ban Dân tộc tỉnh.
Trong quý, các cấp hội CCB tỉnh Thanh Hóa kết nạp 1.340 hội viên mới, nâng tổng số hội viên toàn tỉnh lên trên 94.000 người; giúp 213 hội viên thoát nghèo; xây dựng và sửa chữa 17 nhà "Nghĩa tình đồng đội" với tổng kinh phí 1 tỷ 156 triệu đồng, mức hỗ trợ 68 triệu đồng/căn. Hội CCB huyện Mường Lát vận động hội viên người Mông, Thái tham gia tổ tự quản bảo vệ 2.600 ha rừng. Các cấp hội thực hiện có hiệu quả Hướng dẫn 12-HD/CCB của Ban Thường vụ Hội CCB tỉnh về phong trào "CCB gương mẫu".
Giao ban thống nhất trong quý IV tập trung vận động hội viên thực hiện cuộc vận động "3 không": không vi phạm pháp luật, không tham gia tệ nạn xã hội, không khiếu kiện vượt cấp; chuẩn bị tổng kết năm; phối hợp với Mặt trận các cấp chăm lo Tết cho hội viên khó khăn ở các huyện miền núi.
Đại tá Lê Văn Thước đề nghị Hội CCB 27 đơn vị hoàn thành báo cáo trước ngày 15/11.
Minh Hiếu
Lượt xem: 604
TIN CÙNG CHUYÊN MỤC
- Hội CCB Thọ Xuân trao 5 nhà đồng đội (02/10/2014)
- Tập huấn nghiệp vụ kiểm tra cho cán bộ Hội (25/09/2014)
""", "2014-10-07",
"Giao ban công tác Hội quý III năm 2014",
E("giao_ban", "2014-Q3", "2014-10-06"),
[P("Lê Văn Thước", "Đại tá", "Ủy viên BCH Trung ương Hội CCB Việt Nam", "Chủ tịch Hội CCB tỉnh"),
 P("Hà Văn Mịn", "Đại tá", "Phó Chủ tịch Hội CCB tỉnh"), P("Phạm Bá Quế", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Cao Văn Khiêm", "Phó Trưởng ban Dân tộc tỉnh")],
[Q("27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"), Q("1.340 hội viên", 1340, "hội viên"),
 Q("trên 94.000 người", 94000, "người", "over"), Q("213 hội viên", 213, "hội viên"), Q("17 nhà", 17, "nhà"),
 Q("1 tỷ 156 triệu đồng", 1156000000, "đồng"), Q("68 triệu đồng/căn", 68000000, "đồng"), Q("2.600 ha", 2600, "ha")],
[D("Hướng dẫn", "12", "HD/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Hướng dẫn 12-HD/CCB")],
[prov("Thanh Hóa")],
["HỘI CỰU CHIẾN BINH TỈNH THANH HÓA", "Trang chủ | Tin hoạt động | Giao ban",
 "Đại tá Lê Văn Thước phát biểu chỉ đạo hội nghị giao ban.", "Nghĩa tình đồng đội", "CCB gương mẫu",
 "huyện Mường Lát", "Lượt xem: 604"],
["Lượt xem: 604", "quý III năm 2014", "quý IV", "3 không", "ngày 15/11"]))

PAGES.append(page("b249-gialai-mttq-traoqua-2015", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI
Trang chủ > Tin tức > Hoạt động Mặt trận
Thứ Ba, 03/02/2015
Trao 1.480 suất quà Tết cho hộ nghèo đồng bào Jrai, Bahnar
Sáng 2/2, Ủy ban MTTQ Việt Nam tỉnh Gia Lai phối hợp với các nhà hảo tâm tổ chức trao 1.480 suất quà Tết cho hộ nghèo tại 9 huyện phía Đông của tỉnh.
1.480 suất quà Tết được trao đến tận tay hộ nghèo.
Tham dự có ông Rơ Mah Tuân, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Ksor H'Bơ Khắp, Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh; ông Đinh Văn Dũ, Giám đốc Công ty TNHH Cao su Hàm Rồng.
Mỗi suất quà trị giá 500.000đ gồm gạo, dầu ăn, bánh kẹo và tiền mặt; tổng trị giá hơn 740 triệu đồng, trích từ Quỹ Vì người nghèo tỉnh và nguồn vận động. Riêng tại xã Ia Băng, 215 hộ được nhận quà; già làng Rơ Châm Hyưn thay mặt bà con cảm ơn tấm lòng của các nhà hảo tâm.
Dịp này, Ủy ban MTTQ tỉnh còn bàn giao 12 căn nhà Đại đoàn kết, mỗi căn được hỗ trợ 40 triệu đồng, cho các hộ ở xã Chư Đăng Ya và xã Ia Ka. Chương trình "Tết vì người nghèo" năm nay đã vận động được 3,2 tỷ đồng.
Ông Rơ Mah Tuân mong bà con đón Tết Ất Mùi vui tươi, tiếp tục đoàn kết, không nghe kẻ xấu xúi giục, tích cực tham gia cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", giữ gìn an ninh trật tự ở buôn làng và chăm lo sản xuất vụ đông xuân.
Bài, ảnh: Hà Duy
Lượt đọc: 2.314
Tin liên quan
- Đak Đoa: Hội nghị hiệp thương giới thiệu người ứng cử (27/01/2015)
- Trao 300 chăn ấm cho học sinh bán trú (20/01/2015)
""", "2015-02-03",
"Trao 1.480 suất quà Tết cho hộ nghèo đồng bào Jrai, Bahnar",
E("trao_qua", None, "2015-02-02"),
[P("Rơ Mah Tuân", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor H'Bơ Khắp", "Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Dũ", "Giám đốc Công ty TNHH Cao su Hàm Rồng"),
 P("Rơ Châm Hyưn", "già làng")],
[Q("1.480 suất quà Tết", 1480, "suất quà Tết"), Q("9 huyện", 9, "huyện"), Q("500.000đ", 500000, "đồng"),
 Q("hơn 740 triệu đồng", 740000000, "đồng", "over"), Q("215 hộ", 215, "hộ"), Q("12 căn nhà Đại đoàn kết", 12, "căn nhà Đại đoàn kết"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("3,2 tỷ đồng", 3200000000, "đồng")],
[],
[prov("Gia Lai"), com("Ia Băng"), com("Chư Đăng Ya"), com("Ia Ka")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI", "Trang chủ > Tin tức > Hoạt động Mặt trận",
 "1.480 suất quà Tết được trao đến tận tay hộ nghèo.", "Công ty TNHH Cao su Hàm Rồng", "Quỹ Vì người nghèo tỉnh",
 "Tết vì người nghèo", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt đọc: 2.314"],
["Lượt đọc: 2.314", "Tết Ất Mùi"]))

PAGES.append(page("b250-caobang-doan-taphuan-2016", """
TỈNH ĐOÀN CAO BẰNG
Cổng thông tin Đoàn TNCS Hồ Chí Minh
Trang chủ » Tin tức » Công tác Đoàn
19/04/2016 - 09:05
Bồi dưỡng kỹ năng cho 145 bí thư chi đoàn vùng biên giới
Từ ngày 17 đến 18/4, tại Trường Chính trị Hoàng Đình Giong, Ban Thường vụ Tỉnh đoàn Cao Bằng tổ chức lớp tập huấn nghiệp vụ công tác Đoàn năm 2016 cho 145 bí thư chi đoàn các xã biên giới.
145 học viên tham gia lớp tập huấn.
Dự khai mạc có đồng chí Nông Thị Thoan, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn; đồng chí Hoàng Văn Khải, Phó Bí thư Tỉnh đoàn. Đồng chí Lục Văn Sáu, Phó Trưởng Ban Dân vận Tỉnh ủy, trực tiếp truyền đạt chuyên đề về công tác dân vận của Đoàn.
Trong 2 ngày, học viên được nghe giới thiệu Chương trình 21-CTr/TĐTN của Ban Thường vụ Tỉnh đoàn về đồng hành cùng thanh niên dân tộc thiểu số và Kế hoạch số 58-KH/TĐTN ngày 02/3/2016 về phong trào "Tuổi trẻ Cao Bằng xung kích bảo vệ biên giới". Các học viên thực hành tổ chức sinh hoạt chi đoàn, xây dựng 4 mô hình thanh niên phát triển kinh tế và trao đổi kinh nghiệm vận động 327 đoàn viên tham gia bảo vệ cột mốc.
Đồng chí Đàm Thị Nhị, Bí thư Đoàn xã Đàm Thủy, chia sẻ: chi đoàn xã đã vận động thanh niên trồng 5.000 cây hồi và góp 18 triệu đồng làm sân bóng cho thôn.
Kết thúc lớp tập huấn, 138/145 học viên đạt yêu cầu; 12 học viên được khen thưởng. Tỉnh đoàn hỗ trợ mỗi học viên 100.000 đồng/ngày tiền ăn. Sau lớp học, các bí thư chi đoàn sẽ triển khai nội dung tập huấn tới đoàn viên ở thôn, bản trong tháng 5.
Thanh Tùng
Lượt xem: 781
Bài viết liên quan
- Ra quân Tháng Thanh niên năm 2016 (05/03/2016)
- Hòa An: Đại hội Đoàn xã điểm (28/02/2016)
""", "2016-04-19",
"Bồi dưỡng kỹ năng cho 145 bí thư chi đoàn vùng biên giới",
E("tap_huan", "2016", "2016-04-17"),
[P("Nông Thị Thoan", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Hoàng Văn Khải", "Phó Bí thư Tỉnh đoàn"),
 P("Lục Văn Sáu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đàm Thị Nhị", "Bí thư Đoàn xã Đàm Thủy")],
[Q("145 bí thư chi đoàn", 145, "bí thư chi đoàn"), Q("4 mô hình", 4, "mô hình"), Q("327 đoàn viên", 327, "đoàn viên"),
 Q("5.000 cây hồi", 5000, "cây hồi"), Q("18 triệu đồng", 18000000, "đồng"), Q("138/145 học viên", 138, "học viên"),
 Q("12 học viên", 12, "học viên"), Q("100.000 đồng/ngày", 100000, "đồng")],
[D("Chương trình", "21", "CTr/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình 21-CTr/TĐTN"),
 D("Kế hoạch", "58", "KH/TĐTN", "2016-03-02", None, "Kế hoạch số 58-KH/TĐTN")],
[prov("Cao Bằng"), com("Đàm Thủy")],
["TỈNH ĐOÀN CAO BẰNG", "Cổng thông tin Đoàn TNCS Hồ Chí Minh", "Trang chủ » Tin tức » Công tác Đoàn",
 "145 học viên tham gia lớp tập huấn.", "Trường Chính trị Hoàng Đình Giong", "Hoàng Đình Giong",
 "Tuổi trẻ Cao Bằng xung kích bảo vệ biên giới", "Lượt xem: 781"],
["Lượt xem: 781", "Trong 2 ngày", "năm 2016"]))
