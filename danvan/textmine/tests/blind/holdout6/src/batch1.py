from lib import *

PAGES = []

# b113 — Ban Dân vận Tỉnh ủy Hà Tĩnh, tổng kết năm 2011 (kind and period only in the lead)
PAGES.append(page(
"b113-hatinh-bdv-tongket-2011",
"""
BAN DÂN VẬN TỈNH ỦY HÀ TĨNH
Trang thông tin điện tử
Hôm nay: Thứ Năm, 29/12/2011
Trang chủ > Tin tức - Sự kiện > Hoạt động dân vận
Cập nhật: 09:42, 28/12/2011 (GMT+7)
Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2012
(DVHT) - Sáng 27/12, Ban Dân vận Tỉnh ủy Hà Tĩnh tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Trần Đình Khuê, Phó Bí thư Thường trực Tỉnh ủy dự và chỉ đạo hội nghị. Chủ trì hội nghị có đồng chí Phan Thị Lựu, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Nguyễn Quang Vịnh, Hồ Sỹ Lâm - Phó Trưởng Ban Dân vận Tỉnh ủy. Dự hội nghị có đồng chí Lê Văn Hùng, Phó Vụ trưởng Vụ Địa phương I - Ban Dân vận Trung ương và các đồng chí Trưởng Ban Dân vận Huyện ủy: Nguyễn Thị Nga, Trần Hậu Bình, Võ Văn Phong.
Toàn cảnh hội nghị.
Năm 2011, khối dân vận toàn tỉnh đã tham mưu cấp ủy ban hành 46 văn bản lãnh đạo, chỉ đạo; tập trung triển khai Quyết định 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị và Chỉ thị 12, 13-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong xây dựng nông thôn mới và giải phóng mặt bằng khu kinh tế Vũng Áng.
Ban đã phối hợp mở 9 lớp tập huấn cho 1.240 lượt cán bộ dân vận cơ sở; hướng dẫn 235/262 xã, phường, thị trấn xây dựng mô hình "Dân vận khéo". Nhiều nơi làm tốt như xã Thạch Đài, xã Cẩm Bình, thị trấn Đức Thọ. Trong năm, Nhân dân đã hiến 184.500 m2 đất, đóng góp trên 42 tỷ đồng và khoảng 96.000 ngày công để làm đường giao thông nông thôn, kênh mương nội đồng. Toàn tỉnh có 1.137 thôn, tổ dân phố đăng ký thực hiện mô hình "4 không" về an ninh trật tự.
Báo cáo tại hội nghị, đồng chí Nguyễn Quang Vịnh cho biết công tác dân vận của chính quyền có chuyển biến: 100% xã, phường, thị trấn thực hiện Quy chế dân chủ ở cơ sở; các cấp chính quyền tổ chức 1.560 buổi tiếp công dân, tiếp 4.218 lượt người, giải quyết 1.032/1.205 đơn thư thuộc thẩm quyền. Tại khu kinh tế Vũng Áng, khối dân vận đã vận động 2.146 hộ di dời, bàn giao 3.400 ha mặt bằng; mỗi hộ tái định cư được hỗ trợ 25 triệu đồng tiền thuê nhà và 12.000.000đ/khẩu để chuyển đổi nghề. Thường trực Tỉnh ủy đã ban hành Thông báo số 138-TB/TU ngày 9/9/2011 giao Ban Dân vận Tỉnh ủy theo dõi, đôn đốc việc thực hiện các cam kết với người dân vùng dự án.
Tham luận tại hội nghị, đồng chí Trần Hậu Bình cho biết Đức Thọ đã xây dựng 48 mô hình "Dân vận khéo", trong đó mô hình vận động Nhân dân dồn điền đổi thửa ở thị trấn Đức Thọ giúp giảm bình quân từ 7 thửa xuống còn 2 thửa/hộ. Đồng chí Võ Văn Phong chia sẻ kinh nghiệm phối hợp với các chức sắc tôn giáo vận động giáo dân ở xã Kỳ Lợi nhận tiền bồi thường, di dời đến khu tái định cư.
Đồng chí Trần Đình Khuê phát biểu chỉ đạo hội nghị.
Phát biểu chỉ đạo, đồng chí Trần Đình Khuê đề nghị khối dân vận tiếp tục nắm chắc tình hình Nhân dân ở các vùng dự án, giải quyết dứt điểm 17 vụ việc khiếu kiện đông người còn tồn đọng; phấn đấu năm 2012 mỗi xã xây dựng thêm 2 mô hình "Dân vận khéo".
Dịp này, 31 đồng chí là cán bộ làm công tác dân vận tiêu biểu được Ban Dân vận Tỉnh ủy tặng Giấy khen; 5 tập thể được UBND tỉnh tặng Bằng khen.
Thu Hà
Lượt xem: 1.527
In bài | Gửi email | Về đầu trang
Tin liên quan
- Hội nghị sơ kết 6 tháng thực hiện Chỉ thị 13-CT/TU (14/07/2011)
- Kỳ Anh: 320 hộ dân bàn giao mặt bằng cho dự án Formosa (02/06/2011)
- Tập huấn nghiệp vụ cho 150 cán bộ dân vận cấp huyện (11/04/2011)
""",
"2011-12-28",
"Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2012",
E("tong_ket", "2011", "2011-12-27"),
[
 P("Trần Đình Khuê", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Phan Thị Lựu", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Quang Vịnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Sỹ Lâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Hùng", "Phó Vụ trưởng Vụ Địa phương I - Ban Dân vận Trung ương"),
 P("Nguyễn Thị Nga", "Trưởng Ban Dân vận Huyện ủy"),
 P("Trần Hậu Bình", "Trưởng Ban Dân vận Huyện ủy"),
 P("Võ Văn Phong", "Trưởng Ban Dân vận Huyện ủy"),
],
[
 Q("46 văn bản", 46, "văn bản"),
 Q("9 lớp tập huấn", 9, "lớp tập huấn"),
 Q("1.240 lượt cán bộ dân vận cơ sở", 1240, "lượt cán bộ dân vận cơ sở"),
 Q("235/262 xã, phường, thị trấn", 235, "xã, phường, thị trấn"),
 Q("235/262 xã, phường, thị trấn", 262, "xã, phường, thị trấn"),
 Q("184.500 m2", 184500, "m2"),
 Q("trên 42 tỷ đồng", 42000000000, "đồng", "over"),
 Q("khoảng 96.000 ngày công", 96000, "ngày công", "approx"),
 Q("1.137 thôn, tổ dân phố", 1137, "thôn, tổ dân phố"),
 Q("100% xã, phường, thị trấn", 100, "%"),
 Q("1.560 buổi tiếp công dân", 1560, "buổi tiếp công dân"),
 Q("4.218 lượt người", 4218, "lượt người"),
 Q("1.032/1.205 đơn thư", 1032, "đơn thư"),
 Q("1.032/1.205 đơn thư", 1205, "đơn thư"),
 Q("2.146 hộ", 2146, "hộ"),
 Q("3.400 ha", 3400, "ha"),
 Q("25 triệu đồng", 25000000, "đồng"),
 Q("12.000.000đ/khẩu", 12000000, "đồng"),
 Q("48 mô hình", 48, "mô hình"),
 Q("7 thửa", 7, "thửa"),
 Q("2 thửa/hộ", 2, "thửa"),
 Q("17 vụ việc", 17, "vụ việc"),
 Q("2 mô hình", 2, "mô hình"),
 Q("31 đồng chí", 31, "đồng chí"),
 Q("5 tập thể", 5, "tập thể"),
],
[
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định 290-QĐ/TW"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Thông báo", "138", "TB/TU", "2011-09-09", "Thường trực Tỉnh ủy", "Thông báo số 138-TB/TU"),
],
[prov("Hà Tĩnh"), com("xã Thạch Đài"), com("xã Cẩm Bình"), com("thị trấn Đức Thọ"), com("xã Kỳ Lợi")],
["BAN DÂN VẬN TỈNH ỦY HÀ TĨNH", "Trang chủ > Tin tức - Sự kiện > Hoạt động dân vận", "Toàn cảnh hội nghị.",
 "Đồng chí Trần Đình Khuê phát biểu chỉ đạo hội nghị.", "Dân vận khéo", "Vũng Áng", "Quy chế dân chủ ở cơ sở", "In bài | Gửi email | Về đầu trang"],
["4 không", "Lượt xem: 1.527", "Thứ Năm, 29/12/2011"],
))

# b114 — MTTQ Quảng Trị, đối thoại với Nhân dân năm 2012
PAGES.append(page(
"b114-quangtri-mttq-doithoai-2012",
"""
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
mattranquangtri.org.vn
Trang chủ » Hoạt động Mặt trận » Dân chủ - Pháp luật
08:15 | 03/11/2012
Người dân vùng dự án được đối thoại trực tiếp với lãnh đạo tỉnh
Ngày 2/11, tại hội trường UBND xã Hải Ba, Ủy ban MTTQ Việt Nam tỉnh Quảng Trị phối hợp với UBND tỉnh tổ chức hội nghị đối thoại với Nhân dân năm 2012 về công tác bồi thường, hỗ trợ tái định cư dự án đường ven biển. Hơn 300 hộ dân của xã Hải Ba và xã Hải An đã tham dự.
Tham dự có đồng chí Hoàng Thị Minh Thư, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Nguyễn Đức Cường, Phó Chủ tịch UBND tỉnh; TUV, Phó Chủ tịch kiêm Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh Đoàn Văn Tâm cùng lãnh đạo các sở, ngành liên quan.
Quang cảnh buổi đối thoại tại xã Hải Ba. Ảnh: Đức Anh
Tại buổi đối thoại, bà con đã nêu 27 ý kiến, kiến nghị, chủ yếu về đơn giá bồi thường đất nông nghiệp, hỗ trợ chuyển đổi nghề và giao đất tái định cư. Ông Trần Văn Lợi ở thôn Kim Giao cho rằng mức hỗ trợ 15 triệu đồng/hộ để di dời mồ mả là chưa phù hợp; bà Lê Thị Xuân đề nghị sớm chi trả khoản tiền còn lại cho 46 hộ đã bàn giao mặt bằng từ tháng 6.
Trả lời các ý kiến, đồng chí Nguyễn Đức Cường cho biết việc bồi thường được thực hiện theo Nghị định số 69/2009/NĐ-CP của Chính phủ và Quyết định số 1468/QĐ-UBND ngày 15/8/2012 của UBND tỉnh. Tỉnh đã bố trí 1 tỷ 200 triệu đồng để chi trả ngay trong tháng 11 cho các hộ còn nợ; riêng khoản hỗ trợ đào tạo nghề, mỗi lao động được nhận 4.500.000đ. Các kiến nghị vượt thẩm quyền sẽ được tổng hợp, trả lời bằng văn bản trong 15 ngày.
Đồng chí Hoàng Thị Minh Thư đề nghị Mặt trận các cấp tiếp tục giám sát việc thực hiện các cam kết tại hội nghị; Ban Thanh tra nhân dân xã Hải Ba, xã Hải An phải công khai danh sách các hộ được bồi thường. Tổng kinh phí bồi thường của dự án trên địa bàn huyện Hải Lăng khoảng 87,6 tỷ đồng.
Minh Tâm
Số lượt đọc: 862
Các tin khác
- Ban Thường trực Ủy ban MTTQ tỉnh giám sát việc thực hiện Nghị định 69 (12/10/2012)
- Hội nghị hiệp thương lần thứ 3 nhiệm kỳ 2009-2014 (25/09/2012)
""",
"2012-11-03",
"Người dân vùng dự án được đối thoại trực tiếp với lãnh đạo tỉnh",
E("doi_thoai", "2012", "2012-11-02"),
[
 P("Hoàng Thị Minh Thư", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đức Cường", "Phó Chủ tịch UBND tỉnh"),
 P("Đoàn Văn Tâm", "TUV", "Phó Chủ tịch kiêm Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Lợi"),
 P("Lê Thị Xuân"),
],
[
 Q("Hơn 300 hộ dân", 300, "hộ dân", "over"),
 Q("27 ý kiến, kiến nghị", 27, "ý kiến, kiến nghị"),
 Q("15 triệu đồng/hộ", 15000000, "đồng"),
 Q("46 hộ", 46, "hộ"),
 Q("1 tỷ 200 triệu đồng", 1200000000, "đồng"),
 Q("4.500.000đ", 4500000, "đồng"),
 Q("khoảng 87,6 tỷ đồng", 87600000000, "đồng", "approx"),
],
[
 D("Nghị định", "69", "2009/NĐ-CP", None, "Chính phủ", "Nghị định số 69/2009/NĐ-CP"),
 D("Quyết định", "1468", "QĐ-UBND", "2012-08-15", "UBND tỉnh", "Quyết định số 1468/QĐ-UBND"),
],
[prov("Quảng Trị"), com("xã Hải Ba"), com("xã Hải An")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ", "mattranquangtri.org.vn", "Trang chủ » Hoạt động Mặt trận » Dân chủ - Pháp luật",
 "Quang cảnh buổi đối thoại tại xã Hải Ba.", "thôn Kim Giao", "huyện Hải Lăng", "Ban Thanh tra nhân dân"],
["15 ngày", "tháng 6", "tháng 11", "Số lượt đọc: 862"],
))

# b115 — Hội LHPN Lào Cai, tập huấn chi hội trưởng
PAGES.append(page(
"b115-laocai-hlhpn-taphuan-2013",
"""
HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ
Bạn đang ở đây: Trang chủ / Tin tức - Sự kiện / Hoạt động Hội
17/05/2013 - 10:05
Tập huấn kỹ năng tuyên truyền cho chi hội trưởng phụ nữ vùng cao
Từ ngày 14 đến 16/5, tại huyện Bắc Hà, Hội LHPN tỉnh Lào Cai tổ chức lớp tập huấn kỹ năng tuyên truyền, vận động cho 65 học viên là chi hội trưởng phụ nữ các thôn, bản của 4 huyện vùng cao. Lớp học được tổ chức theo Kế hoạch số 21/KH-HPN ngày 2/4/2013 của Ban Thường vụ Hội LHPN tỉnh, nhằm cụ thể hóa Nghị quyết số 11-NQ/TW của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước.
Khai giảng lớp học có các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Giàng Thị Dung, Lù Thị Sen; đồng chí Vàng A Chớ, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Hà.
Các học viên thảo luận nhóm tại lớp tập huấn.
Trong 3 ngày, học viên được trang bị kỹ năng tổ chức sinh hoạt chi hội, cách nói chuyện với bà con bằng tiếng Mông, tiếng Dao; tuyên truyền phòng chống mua bán người, tảo hôn và thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch". Các nhóm thực hành với tình huống thực tế ở 32 chi hội có nhiều hội viên không biết chữ.
Chị Sùng Thị Mai, Chi hội trưởng phụ nữ thôn Sín Chải, xã Tả Van Chư chia sẻ: "Chi hội em có 48 hội viên, trước đây họp chỉ đọc văn bản nên chị em ngại đến. Giờ em biết cách kể chuyện, làm tranh để chị em hiểu". Chị Ly Thị Pham ở xã Lùng Phình cho biết chi hội đã vận động được 12 chị em tham gia tổ tiết kiệm, mỗi tháng góp 50 nghìn đồng.
Đến nay, toàn tỉnh có 1.150 hội viên được tập huấn theo chương trình này; mỗi học viên được hỗ trợ 70.000đ/ngày tiền ăn. Năm 2013, Hội đặt mục tiêu xây dựng thêm 8 mô hình "Chi hội phụ nữ không có người tảo hôn".
Bài, ảnh: Hoàng Yến
Lượt truy cập: 2.045
Tin liên quan
- Hội LHPN tỉnh sơ kết 3 năm thực hiện Chỉ thị 01 (10/05/2013)
- Trao 20 con bò giống cho hội viên nghèo Si Ma Cai (22/04/2013)
""",
"2013-05-17",
"Tập huấn kỹ năng tuyên truyền cho chi hội trưởng phụ nữ vùng cao",
E("tap_huan", None, "2013-05-14"),
[
 P("Giàng Thị Dung", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lù Thị Sen", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Vàng A Chớ", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Hà"),
 P("Sùng Thị Mai", "Chi hội trưởng phụ nữ thôn Sín Chải"),
 P("Ly Thị Pham"),
],
[
 Q("65 học viên", 65, "học viên"),
 Q("4 huyện", 4, "huyện"),
 Q("32 chi hội", 32, "chi hội"),
 Q("48 hội viên", 48, "hội viên"),
 Q("12 chị em", 12, "chị em"),
 Q("50 nghìn đồng", 50000, "đồng"),
 Q("1.150 hội viên", 1150, "hội viên"),
 Q("70.000đ/ngày", 70000, "đồng"),
 Q("8 mô hình", 8, "mô hình"),
],
[
 D("Kế hoạch", "21", "KH-HPN", "2013-04-02", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 21/KH-HPN"),
 D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 11-NQ/TW"),
],
[prov("Lào Cai"), com("xã Tả Van Chư"), com("xã Lùng Phình")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI", "Bạn đang ở đây: Trang chủ / Tin tức - Sự kiện / Hoạt động Hội",
 "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ", "Các học viên thảo luận nhóm tại lớp tập huấn.",
 "Xây dựng gia đình 5 không, 3 sạch", "huyện Bắc Hà", "Chi hội phụ nữ không có người tảo hôn"],
["3 ngày", "5 không, 3 sạch", "Lượt truy cập: 2.045"],
))

# b116 — Hội Nông dân Gia Lai, trao quà Tết (200 suất repeated)
PAGES.append(page(
"b116-gialai-hnd-traoqua-tet-2014",
"""
HỘI NÔNG DÂN TỈNH GIA LAI
Trang chủ > Tin tức > Hoạt động các cấp Hội
Thứ Ba, 21/01/2014 15:30
Trao 200 suất quà Tết cho nông dân nghèo Chư Păh
Ngày 20/1, Hội Nông dân tỉnh Gia Lai phối hợp với Công ty TNHH Phân bón Tây Nguyên trao 200 suất quà Tết cho hội viên nông dân có hoàn cảnh khó khăn tại xã Ia Ka và xã Hòa Phú, huyện Chư Păh. Mỗi suất gồm 10 kg gạo, dầu ăn, bánh kẹo và 300.000 đồng tiền mặt, tổng trị giá 100 triệu đồng.
Đồng chí Ksor Phước trao quà cho hội viên nông dân xã Ia Ka.
Đến dự và trao quà có đồng chí Ksor Phước, Phó Chủ tịch Thường trực Hội Nông dân tỉnh; đồng chí Rơ Châm Yên, Phó Chủ tịch Hội Nông dân tỉnh; đồng chí Nay Blum, UVBCH Hội Nông dân tỉnh, Chủ tịch Hội Nông dân huyện Chư Păh và ông Phạm Quốc Việt, Giám đốc Công ty TNHH Phân bón Tây Nguyên.
Thay mặt bà con nhận quà, bà Siu H'Nhim ở làng Ia Ka cảm ơn tấm lòng của các nhà hảo tâm. Gia đình bà có 6 người, năm nay cà phê mất mùa nên Tết đến rất khó khăn.
Chiều cùng ngày, đoàn đến thăm, tặng 2 con bò giống trị giá 24 triệu cho gia đình ông Rơ Mah Thuốc ở xã Hòa Phú, từ nguồn Quỹ Hỗ trợ nông dân.
Dịp Tết Giáp Ngọ 2014, các cấp Hội Nông dân trong tỉnh đã vận động được gần 2,5 tỷ đồng, trao 4.160 suất quà cho hội viên nghèo, gia đình chính sách. Hưởng ứng Chương trình "Tết vì người nghèo" của Ủy ban MTTQ tỉnh, nhiều cơ sở Hội còn tổ chức "Phiên chợ 0 đồng" với 1.200 món hàng cho bà con.
Đến cuối năm 2013, nguồn Quỹ Hỗ trợ nông dân toàn tỉnh đạt 1 tỷ 750 triệu đồng, giúp 312 hộ vay vốn phát triển chăn nuôi, trồng trọt.
H'Ra (Hội ND tỉnh)
Đã xem: 413 lần
TIN CÙNG CHUYÊN MỤC
- Hội Nông dân Đak Đoa trao 50 suất quà (18/01/2014)
- Tổng kết công tác Hội năm 2013 (27/12/2013)
""",
"2014-01-21",
"Trao 200 suất quà Tết cho nông dân nghèo Chư Păh",
E("trao_qua", None, "2014-01-20"),
[
 P("Ksor Phước", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh"),
 P("Rơ Châm Yên", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nay Blum", "UVBCH Hội Nông dân tỉnh", "Chủ tịch Hội Nông dân huyện Chư Păh"),
 P("Phạm Quốc Việt", "Giám đốc Công ty TNHH Phân bón Tây Nguyên"),
 P("Siu H'Nhim"),
 P("Rơ Mah Thuốc"),
],
[
 Q("200 suất quà Tết", 200, "suất quà Tết"),
 Q("10 kg", 10, "kg"),
 Q("300.000 đồng", 300000, "đồng"),
 Q("100 triệu đồng", 100000000, "đồng"),
 Q("6 người", 6, "người"),
 Q("2 con bò giống", 2, "con bò giống"),
 Q("24 triệu", 24000000, "đồng"),
 Q("gần 2,5 tỷ đồng", 2500000000, "đồng", "approx"),
 Q("4.160 suất quà", 4160, "suất quà"),
 Q("1.200 món hàng", 1200, "món hàng"),
 Q("1 tỷ 750 triệu đồng", 1750000000, "đồng"),
 Q("312 hộ", 312, "hộ"),
],
[],
[prov("Gia Lai"), com("xã Ia Ka"), com("xã Hòa Phú")],
["HỘI NÔNG DÂN TỈNH GIA LAI", "Trang chủ > Tin tức > Hoạt động các cấp Hội",
 "Đồng chí Ksor Phước trao quà cho hội viên nông dân xã Ia Ka.", "Công ty TNHH Phân bón Tây Nguyên",
 "Tết vì người nghèo", "Phiên chợ 0 đồng", "Quỹ Hỗ trợ nông dân", "làng Ia Ka", "huyện Chư Păh"],
["Phiên chợ 0 đồng", "Tết Giáp Ngọ 2014", "Đã xem: 413 lần"],
))

# b117 — Hội CCB Thái Bình, sơ kết 6 tháng đầu năm 2015 (headline names the next half)
PAGES.append(page(
"b117-thaibinh-ccb-soket-6thang-2015",
"""
HỘI CỰU CHIẾN BINH TỈNH THÁI BÌNH
Cựu chiến binh Thái Bình - Phát huy bản chất Bộ đội Cụ Hồ
Trang chủ - Tin hoạt động - Tin tỉnh Hội
Thứ Sáu, 10/07/2015 - 14:20
Hội Cựu chiến binh tỉnh triển khai nhiệm vụ 6 tháng cuối năm
Ngày 9/7/2015, Hội Cựu chiến binh (CCB) tỉnh Thái Bình tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2015. Đại tá Phạm Văn Kiên, Chủ tịch Hội CCB tỉnh chủ trì hội nghị; cùng dự có các đồng chí Bùi Văn Sơn, Đỗ Hữu Nghĩa - Phó Chủ tịch Hội CCB tỉnh và đồng chí Ngô Thị Hồng Vân, TUV, Trưởng Ban Dân vận Tỉnh ủy.
Đại tá Phạm Văn Kiên phát biểu kết luận hội nghị.
6 tháng đầu năm, toàn tỉnh kết nạp mới 1.084 hội viên, nâng tổng số lên 42.516 hội viên sinh hoạt tại 286 cơ sở Hội. Các cấp Hội tập trung chuẩn bị đại hội cơ sở tiến tới Đại hội Hội CCB tỉnh lần thứ VI; đến nay 201 cơ sở đã tổ chức xong đại hội, đạt 70,3%.
Thực hiện Chỉ thị số 07-CT/CCB ngày 12/3/2015 của Ban Thường vụ Hội CCB tỉnh về phong trào "CCB gương mẫu", hội viên đã giúp nhau 2.350 ngày công, cho mượn không lấy lãi gần 1,8 tỷ đồng. Nguồn vốn ủy thác qua Ngân hàng Chính sách xã hội đạt 6,2 tỷ đồng với 1.027 hộ hội viên đang vay; tỷ lệ hộ CCB nghèo còn 1,9%.
Ông Trịnh Văn Hòa ở xã Vũ Tiến tự nguyện hiến 350 m2 đất để mở rộng đường liên thôn và được hội nghị biểu dương. Mô hình "Khu dân cư 3 không" của CCB xã Đông Hoàng được nhân rộng ra 14 xã.
Về nhiệm vụ 6 tháng cuối năm, hội nghị thống nhất tiếp tục thực hiện Kết luận số 61-KL/TW của Ban Bí thư và Nghị quyết 02-NQ/HCCB của Ban Chấp hành Hội CCB tỉnh; phấn đấu 100% cơ sở Hội hoàn thành đại hội trước ngày 30/9.
Tin, ảnh: Quang Minh
Số lần xem: 976
Các tin đã đưa
- Hội CCB huyện Tiền Hải đại hội nhiệm kỳ 2015-2020 (03/07/2015)
- Trao 10 nhà "Nghĩa tình đồng đội" (20/06/2015)
""",
"2015-07-10",
"Hội Cựu chiến binh tỉnh triển khai nhiệm vụ 6 tháng cuối năm",
E("so_ket", "2015-H1", "2015-07-09"),
[
 P("Phạm Văn Kiên", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Bùi Văn Sơn", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Đỗ Hữu Nghĩa", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Ngô Thị Hồng Vân", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trịnh Văn Hòa"),
],
[
 Q("1.084 hội viên", 1084, "hội viên"),
 Q("42.516 hội viên", 42516, "hội viên"),
 Q("286 cơ sở Hội", 286, "cơ sở Hội"),
 Q("201 cơ sở", 201, "cơ sở"),
 Q("70,3%", 70.3, "%"),
 Q("2.350 ngày công", 2350, "ngày công"),
 Q("gần 1,8 tỷ đồng", 1800000000, "đồng", "approx"),
 Q("6,2 tỷ đồng", 6200000000, "đồng"),
 Q("1.027 hộ hội viên", 1027, "hộ hội viên"),
 Q("1,9%", 1.9, "%"),
 Q("350 m2", 350, "m2"),
 Q("14 xã", 14, "xã"),
 Q("100% cơ sở Hội", 100, "%"),
],
[
 D("Chỉ thị", "07", "CT/CCB", "2015-03-12", "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị số 07-CT/CCB"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW"),
 D("Nghị quyết", "02", "NQ/HCCB", None, "Ban Chấp hành Hội CCB tỉnh", "Nghị quyết 02-NQ/HCCB"),
],
[prov("Thái Bình"), com("xã Vũ Tiến"), com("xã Đông Hoàng")],
["HỘI CỰU CHIẾN BINH TỈNH THÁI BÌNH", "Cựu chiến binh Thái Bình - Phát huy bản chất Bộ đội Cụ Hồ",
 "Đại tá Phạm Văn Kiên phát biểu kết luận hội nghị.", "CCB gương mẫu", "Khu dân cư 3 không", "Ngân hàng Chính sách xã hội"],
["6 tháng đầu năm", "6 tháng cuối năm", "lần thứ VI", "3 không", "Số lần xem: 976"],
))
