from lib import *
PAGES = []

PAGES.append(page("b2219-hatinh-huongkhe-giamsat-2017", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH
Hôm nay: Thứ Hai, 06/11/2017
Trang chủ :: Hoạt động Mặt trận :: Giám sát và phản biện xã hội
Thứ Sáu, 03/11/2017 - 08:20
MTTQ huyện Hương Khê giám sát việc tiếp công dân tại xã Phúc Đồng
Ngày 2/11, Ban Thường trực Ủy ban MTTQ huyện Hương Khê tổ chức giám sát việc tiếp công dân, giải quyết khiếu nại, tố cáo của UBND xã Phúc Đồng năm 2017, theo Kế hoạch số 36/KH-MTTQ-BTT ngày 10/10/2017 của Ban Thường trực Ủy ban MTTQ huyện. Bà Phan Thị Thanh Hoài, Phó Chủ tịch Ủy ban MTTQ huyện, Trưởng đoàn giám sát chủ trì; cùng tham gia đoàn có các ông, bà: Hồ Sỹ Tuấn, Trần Thị Lan - Ủy viên Ban Thường trực Ủy ban MTTQ huyện và đại diện Thanh tra huyện.
Đoàn giám sát làm việc với UBND xã Phúc Đồng.
Theo báo cáo của UBND xã, từ đầu năm 2017 đến nay, lãnh đạo xã đã tiếp 58 lượt công dân, tiếp nhận 21 đơn thư, chủ yếu về tranh chấp đất đai, ranh giới thửa đất và chế độ chính sách; đã giải quyết 19 đơn, còn 2 đơn đang xác minh. Bộ phận tiếp nhận và trả kết quả của xã tiếp nhận 1.430 hồ sơ, 100% được giải quyết đúng hạn. Xã đã niêm yết công khai lịch tiếp công dân tại trụ sở và 14 nhà văn hóa thôn.
Qua kiểm tra sổ sách, đoàn nhận thấy việc tiếp công dân định kỳ của Chủ tịch UBND xã được duy trì; tuy nhiên sổ theo dõi đơn thư ghi chép chưa đầy đủ, 4 đơn giải quyết chậm so với thời hạn luật định, việc trả lời bằng văn bản cho công dân có lúc chưa kịp thời.
Ông Võ Tá Nam, Chủ tịch UBND xã Phúc Đồng tiếp thu và giải trình: xã chỉ có 1 công chức địa chính nên việc xác minh nguồn gốc đất còn chậm. Ông Đặng Văn Cường, Bí thư Đảng ủy, Chủ tịch HĐND xã cam kết chỉ đạo khắc phục trong quý IV.
Kết luận buổi giám sát, bà Phan Thị Thanh Hoài đề nghị UBND xã thực hiện nghiêm Luật Tiếp công dân, Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN ngày 15/6/2017 về hình thức giám sát, phản biện xã hội của Mặt trận; đồng thời kiến nghị 6 nội dung, trong đó có việc bố trí thêm cán bộ cho bộ phận một cửa và phát huy vai trò của tổ hòa giải ở 14 thôn.
Trước đó, đoàn đã làm việc với xã Hương Liên, nơi có đồng bào Chứt duy nhất của tỉnh Hà Tĩnh sinh sống. Ông Hồ Văn Thanh, người có uy tín bản Rào Tre, xã Hương Liên, cho biết năm nay bà con trong bản không có đơn thư vượt cấp. Năm 2017, Ủy ban MTTQ huyện tổ chức 9 cuộc giám sát chuyên đề, trong đó 3 cuộc về công tác tiếp công dân.
Hải Yến - MTTQ Hương Khê
Lượt truy cập: 356.901
Xem thêm
- Hội nghị đối thoại giữa Chủ tịch UBND huyện với nhân dân (25/10/2017)
- MTTQ Vũ Quang giám sát thực hiện chính sách người có công (18/10/2017)
- Ra mắt khu dân cư kiểu mẫu tại xã Phúc Trạch (05/10/2017)
""", "2017-11-03", "MTTQ huyện Hương Khê giám sát việc tiếp công dân tại xã Phúc Đồng",
E("giam_sat", "2017", "2017-11-02"),
[P("Phan Thị Thanh Hoài", "Phó Chủ tịch Ủy ban MTTQ huyện", "Trưởng đoàn giám sát"),
 P("Hồ Sỹ Tuấn", "Ủy viên Ban Thường trực Ủy ban MTTQ huyện"),
 P("Trần Thị Lan", "Ủy viên Ban Thường trực Ủy ban MTTQ huyện"),
 P("Võ Tá Nam", "Chủ tịch UBND xã Phúc Đồng"),
 P("Đặng Văn Cường", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Hồ Văn Thanh", "người có uy tín bản Rào Tre")],
[Q("58 lượt công dân", 58, "lượt công dân"), Q("21 đơn thư", 21, "đơn thư"), Q("19 đơn", 19, "đơn"), Q("2 đơn", 2, "đơn"),
 Q("1.430 hồ sơ", 1430, "hồ sơ"), Q("100%", 100, "%"), Q("14 nhà văn hóa thôn", 14, "nhà văn hóa thôn"), Q("4 đơn", 4, "đơn"),
 Q("6 nội dung", 6, "nội dung"), Q("14 thôn", 14, "thôn"), Q("9 cuộc giám sát chuyên đề", 9, "cuộc giám sát chuyên đề"),
 Q("3 cuộc", 3, "cuộc")],
[D("Kế hoạch", "36", "KH-MTTQ-BTT", "2017-10-10", "Ban Thường trực Ủy ban MTTQ huyện", "Kế hoạch số 36/KH-MTTQ-BTT ngày 10/10/2017"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN", "2017-06-15", None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN ngày 15/6/2017")],
[prov("Hà Tĩnh"), com("Phúc Đồng"), com("Hương Liên")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH", "Trang chủ :: Hoạt động Mặt trận :: Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc với UBND xã Phúc Đồng.", "Luật Tiếp công dân", "Lượt truy cập: 356.901"],
["Hôm nay: Thứ Hai, 06/11/2017", "Thứ Sáu, 03/11/2017 - 08:20", "năm 2017", "quý IV", "1 công chức địa chính", "Lượt truy cập: 356.901"]))

PAGES.append(page("b2220-laocai-bdvtu-taphuan-2018", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ - Tin tức - Đào tạo, bồi dưỡng
12-04-2018 15:35
Học viên tham gia thảo luận tại lớp tập huấn.
Tập huấn nghiệp vụ dân vận chính quyền cho 150 cán bộ cơ sở
Trong 2 ngày 11 và 12/4, tại huyện Bát Xát, Ban Dân vận Tỉnh ủy Lào Cai phối hợp với Sở Nội vụ mở lớp tập huấn nghiệp vụ công tác dân vận chính quyền năm 2018 cho 150 học viên là Phó Chủ tịch UBND, công chức văn phòng - thống kê của 63 xã, thị trấn thuộc các huyện Bát Xát, Mường Khương, Si Ma Cai. Đồng chí Vàng Thị Dín, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy phát biểu khai mạc.
Tại lớp học, các học viên được đồng chí Lê Minh Hà, Phó Vụ trưởng Vụ Dân vận các cơ quan nhà nước Ban Dân vận Trung ương truyền đạt chuyên đề về Kết luận số 114-KL/TW của Ban Bí thư và Quyết định số 290-QĐ/TW của Bộ Chính trị. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hoàng Văn Thào, Tẩn Láo Lở giới thiệu kỹ năng tiếp công dân, đối thoại với nhân dân và cách xây dựng mô hình "Dân vận khéo" trong cải cách thủ tục hành chính. Bà Phàn Thị Mẩy, Phó Giám đốc Sở Nội vụ, hướng dẫn thực hiện Quyết định số 1599/QĐ-UBND ngày 18/5/2017 của UBND tỉnh về Bộ phận tiếp nhận và trả kết quả cấp xã.
Theo Ban Dân vận Tỉnh ủy, năm 2017 toàn tỉnh có 1.247 mô hình "Dân vận khéo", trong đó 34 mô hình cấp tỉnh, 312 mô hình cấp huyện và 901 mô hình cấp xã; lĩnh vực cải cách hành chính có 118 mô hình. Chỉ số cải cách hành chính của tỉnh năm 2017 xếp thứ 9/63 tỉnh, thành phố; chỉ số hài lòng của người dân đạt 82,4%. Tuy nhiên, ở một số xã vùng cao vẫn còn cán bộ có biểu hiện quan liêu, hạch sách; 11 cán bộ, công chức cấp xã bị kỷ luật trong năm.
Trong buổi thảo luận, ông Lý Seo Chúng, Phó Chủ tịch UBND xã Y Tý, chia sẻ: xã có 92% dân số là người Mông, người Hà Nhì nên công chức một cửa phải biết tiếng dân tộc để hướng dẫn bà con. Ông Sần Văn Páo, công chức văn phòng - thống kê xã Lùng Vai, đề nghị tỉnh tiếp tục mở lớp bồi dưỡng tiếng Mông cho cán bộ người Kinh. Lớp học cũng dành riêng một buổi để học viên thực hành xử lý 5 tình huống giả định về khiếu nại đông người và tranh chấp đất rừng giáp ranh.
Bế giảng lớp học, đồng chí Vàng Thị Dín yêu cầu mỗi học viên sau tập huấn đăng ký ít nhất một việc làm cụ thể theo phương châm "4 xin, 4 luôn" khi tiếp xúc với nhân dân. Kết thúc tập huấn, 100% học viên đạt yêu cầu bài thu hoạch.
Trung Dũng
Lượt xem: 788
Tin liên quan
- Tập huấn công tác dân vận cho 120 cán bộ khu vực biên giới (28/03/2018)
- Sa Pa: hội nghị dân vận chính quyền năm 2017 (22/01/2018)
- Biểu dương 45 điển hình "Dân vận khéo" (12/12/2017)
""", "2018-04-12", "Tập huấn nghiệp vụ dân vận chính quyền cho 150 cán bộ cơ sở",
E("tap_huan", "2018", "2018-04-11"),
[P("Vàng Thị Dín", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lê Minh Hà", "Phó Vụ trưởng Vụ Dân vận các cơ quan nhà nước Ban Dân vận Trung ương"),
 P("Hoàng Văn Thào", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tẩn Láo Lở", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phàn Thị Mẩy", "Phó Giám đốc Sở Nội vụ"),
 P("Lý Seo Chúng", "Phó Chủ tịch UBND xã Y Tý"),
 P("Sần Văn Páo", "công chức văn phòng - thống kê xã Lùng Vai")],
[Q("150 cán bộ cơ sở", 150, "cán bộ cơ sở"), Q("150 học viên", 150, "học viên"), Q("63 xã, thị trấn", 63, "xã, thị trấn"),
 Q("1.247 mô hình", 1247, "mô hình"), Q("34 mô hình cấp tỉnh", 34, "mô hình cấp tỉnh"),
 Q("312 mô hình cấp huyện", 312, "mô hình cấp huyện"), Q("901 mô hình cấp xã", 901, "mô hình cấp xã"),
 Q("118 mô hình", 118, "mô hình"), Q("82,4%", 82.4, "%"), Q("11 cán bộ, công chức cấp xã", 11, "cán bộ, công chức cấp xã"),
 Q("92%", 92, "%"), Q("100%", 100, "%"), Q("5 tình huống giả định", 5, "tình huống giả định")],
[D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW"),
 D("Quyết định", "1599", "QĐ-UBND", "2017-05-18", "UBND tỉnh", "Quyết định số 1599/QĐ-UBND ngày 18/5/2017")],
[prov("Lào Cai"), com("Y Tý"), com("Lùng Vai")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ - Tin tức - Đào tạo, bồi dưỡng", "Học viên tham gia thảo luận tại lớp tập huấn.",
 "Dân vận khéo", "4 xin, 4 luôn", "Lượt xem: 788"],
["12-04-2018 15:35", "2 ngày", "11 và 12/4", "năm 2018", "năm 2017", "thứ 9/63", "một việc làm", "4 xin, 4 luôn", "Lượt xem: 788"]))

PAGES.append(page("b2221-binhduong-thuanan-soket-2019", """
Báo Bình Dương điện tử
Trang chủ / Chính trị / Xây dựng Đảng
Cập nhật lúc 17:20 ngày 19/07/2019
Thuận An: Dân vận chính quyền gắn với cải cách hành chính
(BDO) Ngày 18/7, Ban Dân vận Thị ủy Thuận An tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2019, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Thanh Tâm, Thị ủy viên, Trưởng Ban Dân vận Thị ủy, Chủ tịch Ủy ban MTTQ Việt Nam thị xã chủ trì hội nghị.
Đại biểu dự hội nghị sơ kết. Ảnh: Kim Hà
Sáu tháng qua, khối dân vận thị xã đã tham mưu Ban Thường vụ Thị ủy ban hành Chỉ thị 12, 13-CT/ThU về tăng cường công tác dân vận trong doanh nghiệp ngoài nhà nước và trong công tác bồi thường, giải phóng mặt bằng; triển khai Chương trình hành động số 31-CTr/ThU thực hiện Kết luận số 114-KL/TW của Ban Bí thư. Bộ phận một cửa của thị xã và 10 phường, xã đã tiếp nhận 48.216 hồ sơ, giải quyết đúng hạn 99,1%; mức độ hài lòng của người dân qua khảo sát đạt 92,5%.
Lãnh đạo UBND thị xã và các phường, xã đã tiếp 312 lượt công dân, tổ chức 14 buổi đối thoại với người dân, tập trung ở các dự án chỉnh trang đô thị. Phong trào "Dân vận khéo" có 91 mô hình, trong đó 27 mô hình cấp thị xã và 64 mô hình cấp cơ sở; Liên đoàn Lao động thị xã trao 320 suất học bổng cho con công nhân, mỗi suất 1 triệu đồng.
Tại hội nghị, Chủ tịch UBND phường Lái Thiều Võ Minh Hiếu cho biết phường đã rút ngắn thời gian giải quyết hồ sơ đăng ký hộ kinh doanh từ 3 ngày xuống còn 1 ngày, được người dân đồng tình. Bà Trần Thị Kim Loan, Phó Chủ tịch UBND thị xã, thông tin: 6 tháng đầu năm, thị xã đã bồi thường cho 215 hộ bị ảnh hưởng bởi dự án mở rộng quốc lộ 13 với tổng số tiền 386,5 tỷ đồng; còn 9 hộ chưa đồng thuận, đang được vận động.
Đồng chí Lê Văn Đức, Phó Trưởng Ban Dân vận Thị ủy, đề nghị các phường, xã nhân rộng mô hình "Cà phê doanh nhân" của phường An Phú để lắng nghe kiến nghị của doanh nghiệp và người lao động.
Phát biểu kết luận, đồng chí Nguyễn Thanh Tâm yêu cầu 6 tháng cuối năm tiếp tục thực hiện tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"; chuẩn bị tổng kết 10 năm thực hiện phong trào thi đua "Dân vận khéo" và tổ chức thành công Đại hội đại biểu MTTQ Việt Nam thị xã lần thứ XI, nhiệm kỳ 2019 - 2024. Toàn tỉnh Bình Dương hiện có hơn 1,2 triệu công nhân, lao động, trong đó thị xã Thuận An chiếm khoảng 30%.
Kim Hà
Tin cùng chuyên mục
- Dĩ An: 100% khu phố có tổ dân vận (15/07/2019)
- Tân Uyên đối thoại với công nhân lao động (10/07/2019)
- Ban Dân vận Tỉnh ủy giao ban quý II/2019 (05/07/2019)
""", "2019-07-19", "Thuận An: Dân vận chính quyền gắn với cải cách hành chính",
E("so_ket", "2019-H1", "2019-07-18"),
[P("Nguyễn Thanh Tâm", "Thị ủy viên", "Trưởng Ban Dân vận Thị ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thị xã"),
 P("Võ Minh Hiếu", "Chủ tịch UBND phường Lái Thiều"),
 P("Trần Thị Kim Loan", "Phó Chủ tịch UBND thị xã"),
 P("Lê Văn Đức", "Phó Trưởng Ban Dân vận Thị ủy")],
[Q("10 phường, xã", 10, "phường, xã"), Q("48.216 hồ sơ", 48216, "hồ sơ"), Q("99,1%", 99.1, "%"), Q("92,5%", 92.5, "%"),
 Q("312 lượt công dân", 312, "lượt công dân"), Q("14 buổi đối thoại", 14, "buổi đối thoại"), Q("91 mô hình", 91, "mô hình"),
 Q("27 mô hình cấp thị xã", 27, "mô hình cấp thị xã"), Q("64 mô hình cấp cơ sở", 64, "mô hình cấp cơ sở"),
 Q("320 suất học bổng", 320, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("215 hộ", 215, "hộ"),
 Q("386,5 tỷ đồng", 386500000000, "đồng"), Q("9 hộ", 9, "hộ"), Q("hơn 1,2 triệu công nhân, lao động", 1200000, "công nhân, lao động", "over"),
 Q("khoảng 30%", 30, "%", "approx")],
[D("Chỉ thị", "12", "CT/ThU", None, "Ban Thường vụ Thị ủy", "Chỉ thị 12, 13-CT/ThU"),
 D("Chỉ thị", "13", "CT/ThU", None, "Ban Thường vụ Thị ủy", "Chỉ thị 12, 13-CT/ThU"),
 D("Chương trình hành động", "31", "CTr/ThU", None, None, "Chương trình hành động số 31-CTr/ThU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW")],
[prov("Bình Dương"), com("Lái Thiều"), com("An Phú")],
["Báo Bình Dương điện tử", "Trang chủ / Chính trị / Xây dựng Đảng", "(BDO)", "Đại biểu dự hội nghị sơ kết. Ảnh: Kim Hà",
 "Dân vận khéo", "Cà phê doanh nhân", "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"],
["Cập nhật lúc 17:20 ngày 19/07/2019", "6 tháng đầu năm 2019", "6 tháng cuối năm", "3 ngày", "1 ngày", "6 tháng đầu năm,",
 "quốc lộ 13", "10 năm", "lần thứ XI", "2019 - 2024"]))

PAGES.append(page("b2222-quangnam-donggiang-tongket-2020", """
HUYỆN ỦY ĐÔNG GIANG - ĐẢNG BỘ TỈNH QUẢNG NAM
Trang chủ » Công tác dân vận » Tin hoạt động
2020-12-24 10:12
Toàn cảnh hội nghị.
Đông Giang: 146 mô hình "Dân vận khéo" góp phần giảm nghèo bền vững
Chiều 23/12, Ban Dân vận Huyện ủy Đông Giang tổ chức hội nghị tổng kết công tác dân vận năm 2020 và triển khai nhiệm vụ năm 2021. Đồng chí Alăng Bưới, Phó Bí thư Thường trực Huyện ủy dự và chỉ đạo. Đồng chí Zơ Râm Thị Nhứ, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị.
Năm 2020 là năm có nhiều khó khăn do dịch COVID-19 và các cơn bão số 9, số 13. Khối dân vận huyện đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 118-KH/HU ngày 06/3/2020 thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ tại cơ sở; vận động các tầng lớp nhân dân ủng hộ phòng, chống dịch được 1,2 tỷ đồng và hỗ trợ 860 hộ bị thiệt hại do bão. Đoàn viên, hội viên đã giúp dân dựng lại 47 ngôi nhà bị sập, tốc mái.
Toàn huyện có 146 mô hình "Dân vận khéo"; trong đó lĩnh vực kinh tế có 78 mô hình, văn hóa - xã hội có 39 mô hình, quốc phòng - an ninh có 16 mô hình, xây dựng hệ thống chính trị có 13 mô hình. Nhiều mô hình như "Làng du lịch cộng đồng Cơ Tu", "Tổ hợp tác trồng sâm dây" đã giúp 312 hộ đồng bào Cơ Tu thoát nghèo. Tỷ lệ hộ nghèo toàn huyện giảm còn 21,37%.
Về công tác dân vận chính quyền, UBND huyện và các xã đã tổ chức 11 cuộc đối thoại với nhân dân; tiếp 96 lượt công dân; giải quyết 42/45 đơn thư thuộc thẩm quyền. Huyện đã hoàn thành việc sắp xếp, sáp nhập 33 thôn thành 16 thôn theo Nghị quyết số 37/NQ-HĐND của HĐND tỉnh.
Tại hội nghị, các đại biểu cũng chỉ ra hạn chế: một số cán bộ chưa thật sự gần dân; việc phát huy vai trò người có uy tín ở một số thôn chưa hiệu quả. Ông Bling Mai, Bí thư Chi bộ thôn Pơ Nhiêng, xã A Ting, đề nghị huyện hỗ trợ thêm giống sâm dây cho bà con. Bà Coor Thị Sen, Chủ tịch Hội LHPN xã Sông Kôn, chia sẻ kinh nghiệm vận động chị em xóa bỏ tục tảo hôn.
Phát biểu chỉ đạo, đồng chí Alăng Bưới đề nghị năm 2021 khối dân vận tập trung tuyên truyền Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII, chuẩn bị tốt cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 7 tập thể, 10 cá nhân điển hình "Dân vận khéo" năm 2020; Ban Dân vận Tỉnh ủy Quảng Nam tặng giấy khen cho 2 tập thể.
Anh Tuấn
Lượt đọc: 1.975
Tin liên quan
- Xã Tư ra mắt mô hình "Thôn không có người tảo hôn" (12/12/2020)
- Đông Giang hỗ trợ 500 hộ bị ảnh hưởng bão số 9 (05/11/2020)
- Tuyên truyền phòng, chống dịch bằng tiếng Cơ Tu (14/08/2020)
""", "2020-12-24", 'Đông Giang: 146 mô hình "Dân vận khéo" góp phần giảm nghèo bền vững',
E("tong_ket", "2020", "2020-12-23"),
[P("Alăng Bưới", "Phó Bí thư Thường trực Huyện ủy"),
 P("Zơ Râm Thị Nhứ", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Bling Mai", "Bí thư Chi bộ thôn Pơ Nhiêng"),
 P("Coor Thị Sen", "Chủ tịch Hội LHPN xã Sông Kôn")],
[Q("146 mô hình", 146, "mô hình"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("860 hộ", 860, "hộ"),
 Q("47 ngôi nhà", 47, "ngôi nhà"), Q("78 mô hình", 78, "mô hình"), Q("39 mô hình", 39, "mô hình"), Q("16 mô hình", 16, "mô hình"),
 Q("13 mô hình", 13, "mô hình"), Q("312 hộ đồng bào Cơ Tu", 312, "hộ đồng bào Cơ Tu"), Q("21,37%", 21.37, "%"),
 Q("11 cuộc đối thoại", 11, "cuộc đối thoại"), Q("96 lượt công dân", 96, "lượt công dân"), Q("42/45 đơn thư", 42, "đơn thư"),
 Q("33 thôn", 33, "thôn"), Q("16 thôn", 16, "thôn"), Q("7 tập thể", 7, "tập thể"), Q("10 cá nhân", 10, "cá nhân"),
 Q("2 tập thể", 2, "tập thể")],
[D("Kế hoạch", "118", "KH/HU", "2020-03-06", "Ban Thường vụ Huyện ủy", "Kế hoạch số 118-KH/HU ngày 06/3/2020"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Nghị quyết", "37", "NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 37/NQ-HĐND")],
[prov("Quảng Nam"), com("A Ting"), com("Sông Kôn")],
["HUYỆN ỦY ĐÔNG GIANG - ĐẢNG BỘ TỈNH QUẢNG NAM", "Trang chủ » Công tác dân vận » Tin hoạt động", "Toàn cảnh hội nghị.",
 "Dân vận khéo", "Làng du lịch cộng đồng Cơ Tu", "Tổ hợp tác trồng sâm dây", "Lượt đọc: 1.975"],
["2020-12-24 10:12", "năm 2020", "năm 2021", "bão số 9, số 13", "lần thứ XXII", "khóa XV", "Lượt đọc: 1.975"]))

PAGES.append(page("b2223-tiengiang-caillay-giaoban-t9-2021", """
HUYỆN ỦY CAI LẬY - TỈNH TIỀN GIANG
Trang chủ | Tin tức | Công tác dân vận
06/10/2021 | 08:45
Khối dân vận huyện Cai Lậy chung tay hỗ trợ người dân vượt qua dịch bệnh
Sáng 5/10, Ban Dân vận Huyện ủy Cai Lậy tổ chức giao ban khối dân vận tháng 9/2021 theo hình thức trực tuyến tại 16 điểm cầu xã, thị trấn. Đồng chí Nguyễn Thị Bé Tư, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì. Dự có đồng chí Huỳnh Văn Nhãn, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam huyện và lãnh đạo các đoàn thể.
Đồng chí Nguyễn Thị Bé Tư chủ trì giao ban tại điểm cầu huyện.
Trong tháng, khối dân vận đã bám sát Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ và Nghị quyết số 68/NQ-CP của Chính phủ, phối hợp với chính quyền rà soát, chi hỗ trợ cho người lao động gặp khó khăn. MTTQ và các đoàn thể huyện đã trao 4.300 phần quà cho hộ khó khăn với tổng trị giá 1,9 tỷ đồng; tiếp nhận và phân phối 12 tấn gạo, 8 tấn rau củ quả; hỗ trợ 356 lao động từ Thành phố Hồ Chí Minh và các tỉnh Bình Dương, Đồng Nai trở về địa phương.
Ban Dân vận Huyện ủy đã ban hành Công văn số 285-CV/BDVHU ngày 06/9/2021 hướng dẫn các xã, thị trấn phát huy vai trò tổ dân vận, tổ tự quản trong giám sát cách ly tại nhà. Hiện toàn huyện có 197 tổ COVID cộng đồng với 1.182 thành viên; 100% ấp có tổ tự quản.
Cũng trong tháng, UBND huyện đã giải quyết 3.416 hồ sơ thủ tục hành chính qua dịch vụ công trực tuyến, đạt 97,8% đúng hạn; lãnh đạo huyện tiếp 18 lượt công dân qua điện thoại và mạng xã hội. Ban Dân vận Tỉnh ủy Tiền Giang đánh giá Cai Lậy là một trong những huyện làm tốt công tác dân vận chính quyền trong phòng, chống dịch.
Đồng chí Trần Văn Lâm, Bí thư Đảng ủy xã Mỹ Phước Tây, cho biết xã đã vận động 23 nhà hảo tâm ủng hộ trên 150 triệu đồng, giúp 210 hộ nghèo, cận nghèo. Bà Phạm Thị Ngọc Hân, Chủ tịch Hội LHPN xã Tân Hội, chia sẻ mô hình "Phiên chợ 0 đồng" được chị em nhân rộng ra 6 ấp. Các ý kiến cũng phản ánh một số hộ chưa được hỗ trợ theo Nghị quyết 68 do thiếu giấy tờ.
Phát biểu kết luận, đồng chí Nguyễn Thị Bé Tư đề nghị tháng 10 các đoàn thể tiếp tục vận động nhân dân thực hiện thông điệp "5K", tham gia tiêm vắc-xin đầy đủ; khối dân vận các xã chủ động nắm tình hình người dân trở về từ vùng dịch, kịp thời báo cáo cấp ủy những vấn đề nổi cộm; chuẩn bị sơ kết 9 tháng thực hiện mô hình "Dân vận khéo" gắn với xây dựng nông thôn mới nâng cao.
Ngọc Trinh
Lượt truy cập: 93.540
Bài viết liên quan
- Cai Lậy: trao 800 phần quà cho công nhân về quê (28/09/2021)
- Khối dân vận huyện giao ban tháng 8/2021 (07/09/2021)
- Hội LHPN huyện ra mắt mô hình "Phiên chợ 0 đồng" (20/08/2021)
""", "2021-10-06", "Khối dân vận huyện Cai Lậy chung tay hỗ trợ người dân vượt qua dịch bệnh",
E("giao_ban", "2021-09", "2021-10-05"),
[P("Nguyễn Thị Bé Tư", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Huỳnh Văn Nhãn", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam huyện"),
 P("Trần Văn Lâm", "Bí thư Đảng ủy xã Mỹ Phước Tây"),
 P("Phạm Thị Ngọc Hân", "Chủ tịch Hội LHPN xã Tân Hội")],
[Q("16 điểm cầu xã, thị trấn", 16, "điểm cầu xã, thị trấn"), Q("4.300 phần quà", 4300, "phần quà"),
 Q("1,9 tỷ đồng", 1900000000, "đồng"), Q("12 tấn", 12, "tấn"), Q("8 tấn", 8, "tấn"), Q("356 lao động", 356, "lao động"),
 Q("197 tổ COVID cộng đồng", 197, "tổ COVID cộng đồng"), Q("1.182 thành viên", 1182, "thành viên"), Q("100%", 100, "%"),
 Q("23 nhà hảo tâm", 23, "nhà hảo tâm"), Q("trên 150 triệu đồng", 150000000, "đồng", "over"), Q("210 hộ nghèo, cận nghèo", 210, "hộ nghèo, cận nghèo"),
 Q("6 ấp", 6, "ấp"), Q("3.416 hồ sơ thủ tục hành chính", 3416, "hồ sơ thủ tục hành chính"), Q("97,8%", 97.8, "%"),
 Q("18 lượt công dân", 18, "lượt công dân")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Nghị quyết", "68", "NQ-CP", None, "Chính phủ", "Nghị quyết số 68/NQ-CP"),
 D("Công văn", "285", "CV/BDVHU", "2021-09-06", "Ban Dân vận Huyện ủy", "Công văn số 285-CV/BDVHU ngày 06/9/2021")],
[prov("Tiền Giang"), prov("Hồ Chí Minh"), prov("Bình Dương"), prov("Đồng Nai"), com("Mỹ Phước Tây"), com("Tân Hội")],
["HUYỆN ỦY CAI LẬY - TỈNH TIỀN GIANG", "Trang chủ | Tin tức | Công tác dân vận",
 "Đồng chí Nguyễn Thị Bé Tư chủ trì giao ban tại điểm cầu huyện.", "Phiên chợ 0 đồng", "5K", "Dân vận khéo", "Lượt truy cập: 93.540"],
["06/10/2021 | 08:45", "tháng 9/2021", "Nghị quyết 68", "0 đồng", "5K", "tháng 10", "9 tháng", "Lượt truy cập: 93.540"]))

PAGES.append(page("b2224-thainguyen-yenninh-chandung-2021", """
Báo Thái Nguyên điện tử
Trang chủ > Xã hội > Gương sáng
14 tháng 5, 2021 | 07:30
Ông Lương Văn Khoa (thứ hai từ trái sang) trao đổi với người dân xóm Khe Vàng.
Người "dân vận khéo" ở xóm vùng cao Yên Ninh
Hơn 20 năm làm Bí thư Chi bộ kiêm Trưởng xóm Khe Vàng, xã Yên Ninh, huyện Phú Lương, ông Lương Văn Khoa, người dân tộc Tày, được bà con gọi là "người giữ lửa" của xóm. Năm 2020, ông được Chủ tịch UBND tỉnh Thái Nguyên tặng bằng khen là điển hình tiêu biểu trong phong trào thi đua "Dân vận khéo".
Xóm Khe Vàng có 126 hộ với 5 dân tộc Tày, Dao, Nùng, Sán Chay, Kinh cùng sinh sống. Trước đây, xóm có 41 hộ nghèo, đường vào xóm lầy lội, mùa mưa trẻ em không đến được trường. Ông Khoa đi từng nhà vận động bà con hiến đất làm đường. Nhà ông đi đầu hiến 320 m2 đất vườn. Chỉ trong 2 năm, 57 hộ đã hiến tổng cộng 4.100 m2 đất, góp 1.600 ngày công để xóm làm 3,8 km đường bê tông.
Bà Đặng Thị Sen, người Dao trong xóm, kể: "Lúc đầu nhà tôi không muốn cho đất vì ruộng ít. Ông Khoa đến nhà 5 lần, nói chuyện bằng tiếng Dao, giải thích đường làm xong thì cả xóm lợi. Giờ xe chở chè vào tận đồi, ai cũng mừng".
Không chỉ vận động làm đường, ông Khoa còn cùng Chi hội Nông dân xóm đưa giống chè mới về trồng; đến nay xóm có 68 ha chè, thu nhập bình quân đạt 48 triệu đồng/người/năm. Số hộ nghèo giảm còn 6 hộ. Ông còn vận động thành lập tổ hòa giải, nhiều năm liền xóm không có đơn thư vượt cấp. Năm 2019, ông vận động 9 hộ trong xóm chuyển nhà ra khỏi vùng có nguy cơ sạt lở; mỗi hộ được UBND huyện hỗ trợ 30 triệu đồng, các đoàn thể góp thêm 240 ngày công giúp dựng nhà mới.
Ông Trương Văn Phúc, Chủ tịch UBND xã Yên Ninh, nhận xét: "Cái khéo của ông Khoa là nói ít, làm nhiều, việc gì cũng họp dân bàn bạc công khai". Theo ông Phúc, học theo cách làm ở Khe Vàng, xã đã xây dựng 12 mô hình "Dân vận khéo", trong đó 2 mô hình được công nhận cấp tỉnh.
Bà Ma Thị Thu Hà, Phó Trưởng Ban Dân vận Huyện ủy Phú Lương, cho biết toàn huyện hiện có 286 mô hình "Dân vận khéo"; huyện đang nhân rộng cách làm của ông Khoa ra các xóm vùng cao. Năm 2020, Ban Dân vận Huyện ủy đã tham mưu Huyện ủy ban hành Kế hoạch số 205-KH/HU về đẩy mạnh phong trào trong giai đoạn mới.
Ở tuổi 62, ông Khoa vẫn ngày ngày đi xóm. Ông bảo: "Mình làm cán bộ thì phải "nghe dân nói, nói dân hiểu, làm dân tin", không thể ngồi một chỗ mà chỉ đạo được".
Bài và ảnh: Hồng Nhung
Tin khác
- Đại Từ: 50 điển hình được biểu dương (10/05/2021)
- Người có uy tín ở xóm Làng Cẩm (02/05/2021)
- Phú Bình: đối thoại với nông dân về chuyển đổi cây trồng (26/04/2021)
""", "2021-05-14", 'Người "dân vận khéo" ở xóm vùng cao Yên Ninh',
E("khac", None, None),
[P("Lương Văn Khoa", "Bí thư Chi bộ kiêm Trưởng xóm Khe Vàng"),
 P("Đặng Thị Sen"),
 P("Trương Văn Phúc", "Chủ tịch UBND xã Yên Ninh"),
 P("Ma Thị Thu Hà", "Phó Trưởng Ban Dân vận Huyện ủy Phú Lương")],
[Q("126 hộ", 126, "hộ"), Q("5 dân tộc", 5, "dân tộc"), Q("41 hộ nghèo", 41, "hộ nghèo"), Q("320 m2", 320, "m2"),
 Q("57 hộ", 57, "hộ"), Q("4.100 m2", 4100, "m2"), Q("1.600 ngày công", 1600, "ngày công"), Q("3,8 km", 3.8, "km"),
 Q("68 ha", 68, "ha"), Q("48 triệu đồng", 48000000, "đồng"), Q("6 hộ", 6, "hộ"), Q("12 mô hình", 12, "mô hình"),
 Q("2 mô hình", 2, "mô hình"), Q("286 mô hình", 286, "mô hình"),
 Q("9 hộ", 9, "hộ"), Q("30 triệu đồng", 30000000, "đồng"), Q("240 ngày công", 240, "ngày công")],
[D("Kế hoạch", "205", "KH/HU", None, "Huyện ủy", "Kế hoạch số 205-KH/HU")],
[prov("Thái Nguyên"), com("Yên Ninh")],
["Báo Thái Nguyên điện tử", "Trang chủ > Xã hội > Gương sáng",
 "Ông Lương Văn Khoa (thứ hai từ trái sang) trao đổi với người dân xóm Khe Vàng.", "người giữ lửa", "Dân vận khéo",
 "nghe dân nói, nói dân hiểu, làm dân tin", "Bài và ảnh: Hồng Nhung"],
["14 tháng 5, 2021 | 07:30", "Hơn 20 năm", "2 năm", "5 lần", "tuổi 62", "thứ hai"]))
