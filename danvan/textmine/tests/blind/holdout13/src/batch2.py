from lib import *
PAGES = []

PAGES.append(page("b275-hatinh-bdv-hoinghi-2017", """
BAN DÂN VẬN TỈNH ỦY HÀ TĨNH
Trang chủ >> Tin tức >> Dân vận chính quyền
Thứ Sáu, 24/11/2017 - 09:35
Nâng cao hiệu quả dân vận chính quyền ở 262 xã, phường, thị trấn
Ngày 23/11, Ban Dân vận Tỉnh ủy phối hợp Ban cán sự đảng UBND tỉnh tổ chức hội nghị chuyên đề công tác dân vận chính quyền năm 2017 với 216 đại biểu dự tại hội trường và 13 điểm cầu huyện, thị xã, thành phố.
Quang cảnh hội nghị tại điểm cầu tỉnh.
Hội nghị do đồng chí Trần Đình Thuấn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh và đồng chí Võ Thị Hồng Mai, Phó Chủ tịch UBND tỉnh, đồng chủ trì.
Báo cáo tại hội nghị nêu rõ, thực hiện Quyết định 317-QĐ/TW của Bộ Chính trị và kế hoạch số 67 của Ban Thường vụ Tỉnh ủy, năm 2017 chính quyền các cấp đã tiếp 4.870 lượt công dân, giải quyết 1.147 đơn thư; 262 xã, phường, thị trấn thực hiện quy chế dân chủ, trong đó 241 xã xếp loại tốt. Việc thu các khoản đóng góp của nhân dân giảm hơn 39 tỷ đồng so với năm 2016.
Đồng chí Phan Thị Nga, Phó Trưởng Ban Dân vận Tỉnh ủy, được phân công theo dõi chuyên đề, đề nghị tiếp tục thực hiện Kết luận 114-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước. Ông Lê Văn Thiện, Bí thư Đảng ủy, Chủ tịch HĐND xã Sơn Kim 1, chia sẻ cách xã đối thoại định kỳ mỗi quý với 5 thôn.
Hội nghị cũng thảo luận các nội dung về cải cách hành chính, tinh thần "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân", và đề ra 4 nhóm giải pháp cho năm 2018. Đồng chí Trần Đình Thuấn đề nghị mỗi huyện chọn ít nhất 1 xã làm điểm về dân vận chính quyền, báo cáo kết quả về Ban Dân vận Tỉnh ủy Hà Tĩnh.
Quang Đức
Lượt xem: 1.876
Tin liên quan
- Kế hoạch 70-KH/TU về dân vận chính quyền
- Hương Khê đối thoại với 300 hộ dân
""", "2017-11-24", "Nâng cao hiệu quả dân vận chính quyền ở 262 xã, phường, thị trấn",
E("hoi_nghi", "2017", "2017-11-23"),
[P("Trần Đình Thuấn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Võ Thị Hồng Mai", "Phó Chủ tịch UBND tỉnh"),
 P("Phan Thị Nga", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Thiện", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Sơn Kim 1")],
[Q("262 xã, phường, thị trấn", 262, "xã, phường, thị trấn"), Q("216 đại biểu", 216, "đại biểu"),
 Q("13 điểm cầu", 13, "điểm cầu"), Q("4.870 lượt công dân", 4870, "lượt công dân"), Q("1.147 đơn thư", 1147, "đơn thư"),
 Q("241 xã", 241, "xã"), Q("hơn 39 tỷ đồng", 39000000000, "đồng", "over"), Q("5 thôn", 5, "thôn"),
 Q("4 nhóm giải pháp", 4, "nhóm giải pháp"), Q("1 xã", 1, "xã")],
[D("Quyết định", "317", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 317-QĐ/TW của Bộ Chính trị"),
 D("Kế hoạch", "67", None, None, "Ban Thường vụ Tỉnh ủy", "kế hoạch số 67 của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW của Ban Bí thư")],
[prov("Hà Tĩnh"), com("Sơn Kim 1")],
["BAN DÂN VẬN TỈNH ỦY HÀ TĨNH", "Trang chủ >> Tin tức >> Dân vận chính quyền", "Quang cảnh hội nghị tại điểm cầu tỉnh.",
 "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân", "Lượt xem: 1.876"],
["xã Sơn Kim 1", "năm 2017", "năm 2016", "năm 2018", "mỗi quý", "Lượt xem: 1.876"]))

PAGES.append(page("b276-baclieu-xa-giaoban-2018", """
ĐẢNG ỦY - HĐND - UBND XÃ NINH QUỚI A
Huyện Hồng Dân - Tỉnh Bạc Liêu
Trang chủ / Tin hoạt động / Tin Mặt trận - Đoàn thể
Thứ Tư, 05/09/2018
Giao ban khối dân vận xã tháng 8
Chiều 4/9, Khối dân vận xã Ninh Quới A tổ chức giao ban đánh giá kết quả công tác dân vận tháng 8 năm 2018 và triển khai nhiệm vụ tháng 9.
Đồng chí Danh Sà Rây phát biểu tại buổi giao ban.
Chủ trì giao ban có đồng chí Trịnh Văn Hậu, ĐUV, Trưởng khối Dân vận xã, Chủ tịch Ủy ban MTTQ Việt Nam xã. Dự có đồng chí Danh Sà Rây, Phó Bí thư Thường trực Đảng ủy xã; bà Thị Sa Rươne, Chủ tịch Hội LHPN xã; ông Lý Văn Chưa, Trưởng ban công tác Mặt trận ấp Ninh Lợi.
Trong tháng, các đoàn thể vận động 57 hộ cam kết không trồng lúa vụ 3 trên 71 ha; hòa giải thành 4/5 vụ tranh chấp ranh đất; vận động 29 hộ Khmer tham gia tổ hợp tác nuôi tôm - lúa. Hội CCB xã phối hợp Chi hội Nông dân ấp Ninh Lợi nạo vét 1,8 km kênh nội đồng, huy động 640 ngày công. Quỹ "Ngày vì người nghèo" xã nhận thêm 11.500.000 đồng.
Đồng chí Danh Sà Rây đề nghị tháng 9 tập trung triển khai Nghị quyết 07-NQ/ĐU và Kế hoạch 19-KH/ĐU của Đảng ủy xã về xây dựng nông thôn mới, nhắc các ấp thực hiện tốt phong trào "Ấp văn hóa, 2 không". Ninh Quới A phấn đấu có thêm 2 ấp đạt chuẩn văn hóa trong năm 2018.
Ban biên tập trang thông tin xã Ninh Quới A cũng đề nghị các đoàn thể gửi tin, ảnh hoạt động trước ngày 25 hằng tháng.
Văn phòng Đảng ủy xã
Số lượt truy cập: 24.913
Tin cùng chuyên mục
- Xã Ninh Quới A ra mắt mô hình "Dân vận khéo"
- Giao ban khối dân vận tháng 7
""", "2018-09-05", "Giao ban khối dân vận xã tháng 8",
E("giao_ban", "2018-08", "2018-09-04"),
[P("Danh Sà Rây", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Trịnh Văn Hậu", "ĐUV", "Trưởng khối Dân vận xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thị Sa Rươne", "Chủ tịch Hội LHPN xã"),
 P("Lý Văn Chưa", "Trưởng ban công tác Mặt trận ấp Ninh Lợi")],
[Q("57 hộ", 57, "hộ"), Q("71 ha", 71, "ha"), Q("4/5 vụ tranh chấp ranh đất", 4, "vụ tranh chấp ranh đất"),
 Q("4/5 vụ tranh chấp ranh đất", 5, "vụ tranh chấp ranh đất"), Q("29 hộ", 29, "hộ"), Q("1,8 km", 1.8, "km"),
 Q("640 ngày công", 640, "ngày công"), Q("11.500.000 đồng", 11500000, "đồng"), Q("2 ấp", 2, "ấp")],
[D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 07-NQ/ĐU"),
 D("Kế hoạch", "19", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 19-KH/ĐU của Đảng ủy xã")],
[prov("Bạc Liêu"), com("Ninh Quới A")],
["ĐẢNG ỦY - HĐND - UBND XÃ NINH QUỚI A", "Huyện Hồng Dân - Tỉnh Bạc Liêu", "Trang chủ / Tin hoạt động / Tin Mặt trận - Đoàn thể",
 "Đồng chí Danh Sà Rây phát biểu tại buổi giao ban.", "ấp Ninh Lợi", "Ngày vì người nghèo", "Ấp văn hóa, 2 không",
 "Văn phòng Đảng ủy xã", "Số lượt truy cập: 24.913"],
["tháng 8 năm 2018", "tháng 9", "lúa vụ 3", "2 không", "ngày 25 hằng tháng", "Số lượt truy cập: 24.913"]))

PAGES.append(page("b277-quangnam-bao-chandung-2019", """
BÁO QUẢNG NAM ĐIỆN TỬ
Thứ Bảy, 21/09/2019
Xã hội > Dân tộc - Miền núi
Cập nhật: 06:30, 19/09/2019 (GMT+7)
Già làng Bhling Mia và con đường 3,6 km
(QNO) - Hơn 20 năm làm già làng thôn Arớt, ông Bhling Mia (68 tuổi, người Cơ Tu) đã vận động bà con hiến đất, góp công mở con đường 3,6 km nối thôn với trung tâm xã Lăng.
Già làng Bhling Mia (bìa phải) cùng cán bộ xã kiểm tra đoạn đường bê tông mới đổ.
Năm 2017, khi huyện Tây Giang có chủ trương làm đường theo phương châm "Nhà nước và nhân dân cùng làm", ông Bhling Mia là người đầu tiên hiến 900 m2 đất vườn. Theo ông, 47 hộ trong thôn đã hiến tổng cộng gần 12.000 m2 đất, góp 1.350 ngày công. Huyện hỗ trợ xi măng, còn bà con góp hai trăm triệu đồng mua cát, đá.
Bà Alăng Thị Dớt, Chủ tịch Ủy ban MTTQ Việt Nam xã Lăng, cho biết con đường 3,6 km hoàn thành sau 8 tháng. Ông Zơrâm Blúi, trưởng thôn Arớt, vừa được bà con tín nhiệm bầu làm Trưởng ban công tác Mặt trận thôn, kể rằng nhiều hộ ban đầu chưa đồng thuận nhưng già làng đã đến từng nhà vận động.
Ông Bhling Mia còn vận động 16 hộ bỏ tập tục chôn chung, làm 3 nhà Gươl bằng vật liệu địa phương. Năm 2019, ông được Chủ tịch UBND tỉnh Quảng Nam tặng Bằng khen theo Quyết định 2614/QĐ-UBND ngày 6/8/2019 vì có thành tích trong phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa".
"Đường mở rồi, con cháu đi học, đi chợ không còn vất vả", già làng nói.
Nhiều thôn khác ở Tây Giang đang học cách làm của thôn Arớt.
Bài, ảnh: Alăng Ngước
Lượt xem: 3.472
Tin liên quan
- Tây Giang: 126 hộ hiến đất làm đường
- Đông Giang phát huy vai trò người có uy tín
""", "2019-09-19", "Già làng Bhling Mia và con đường 3,6 km",
E(None, None, None),
[P("Bhling Mia", "già làng thôn Arớt"),
 P("Alăng Thị Dớt", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lăng"),
 P("Zơrâm Blúi", "trưởng thôn Arớt", "Trưởng ban công tác Mặt trận thôn")],
[Q("3,6 km", 3.6, "km"), Q("900 m2", 900, "m2"), Q("47 hộ", 47, "hộ"), Q("gần 12.000 m2", 12000, "m2", "approx"),
 Q("1.350 ngày công", 1350, "ngày công"), Q("hai trăm triệu đồng", 200000000, "đồng"), Q("16 hộ", 16, "hộ"),
 Q("3 nhà Gươl", 3, "nhà Gươl")],
[D("Quyết định", "2614", "QĐ-UBND", "2019-08-06", "Chủ tịch UBND tỉnh Quảng Nam", "Quyết định 2614/QĐ-UBND ngày 6/8/2019")],
[prov("Quảng Nam"), com("Lăng")],
["BÁO QUẢNG NAM ĐIỆN TỬ", "Xã hội > Dân tộc - Miền núi", "Già làng Bhling Mia (bìa phải) cùng cán bộ xã kiểm tra đoạn đường bê tông mới đổ.",
 "huyện Tây Giang", "thôn Arớt", "Nhà nước và nhân dân cùng làm", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Lượt xem: 3.472"],
["Thứ Bảy, 21/09/2019", "(GMT+7)", "Hơn 20 năm", "68 tuổi", "8 tháng", "Năm 2017", "Lượt xem: 3.472"]))

PAGES.append(page("b278-hoabinh-hnd-tongket-2020", """
HỘI NÔNG DÂN TỈNH HÒA BÌNH
Trang chủ » Tin tức » Hoạt động Hội
17/12/2020 - 10:05
Nông dân Hòa Bình góp 7.420 ngày công làm đường nội đồng
Ngày 16/12, Ban Thường vụ Hội Nông dân tỉnh tổ chức tổng kết công tác Hội và phong trào nông dân năm 2020, triển khai nhiệm vụ năm 2021.
Toàn cảnh hội nghị tổng kết.
Dự hội nghị có đồng chí Bùi Văn Khiêm, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Quách Thị Hương, Ủy viên Ban Thường vụ Trung ương Hội Nông dân Việt Nam, Chủ tịch Hội Nông dân tỉnh; các đồng chí Xa Văn Mừng, Đinh Công Hùng - Phó Chủ tịch Hội Nông dân tỉnh.
Năm 2020, các cấp Hội vận động hội viên góp 7.420 ngày công, hiến 9.860 m2 đất làm 53 km đường nội đồng. Quỹ Hỗ trợ nông dân các cấp đạt 31,2 tỷ đồng, cho 1.487 hộ vay; 22 tổ hợp tác mới được thành lập. Thực hiện Quyết định 1528/QĐ-TTg của Thủ tướng Chính phủ và Nghị quyết 39, 40-NQ/HNDT của Ban Chấp hành Hội Nông dân tỉnh, Hội đã dạy nghề cho 2.630 lao động nông thôn.
Ông Bùi Văn Chiến, nông dân xóm Mớ Đá, xã Tú Sơn, được biểu dương vì thu nhập 800 triệu/năm từ mô hình cam, tạo việc làm cho 14 lao động. Phong trào "Nông dân thi đua sản xuất kinh doanh giỏi" có 41.250 hộ đăng ký, đạt 72,4%.
Dịp này, Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 5 tập thể; Hội Nông dân tỉnh tặng giấy khen cho 36 cá nhân. Hội nghị thống nhất chọn chủ đề năm 2021 là nâng cao chất lượng tổ hợp tác, phấn đấu mỗi xã có ít nhất 2 tổ hợp tác hoạt động hiệu quả.
Mai Hoa
Lượt xem: 1.021
Bài viết liên quan
- Hội Nông dân Lạc Sơn tổng kết năm 2020
- Trao 200 con bò giống cho hộ nghèo
""", "2020-12-17", "Nông dân Hòa Bình góp 7.420 ngày công làm đường nội đồng",
E("tong_ket", "2020", "2020-12-16"),
[P("Bùi Văn Khiêm", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quách Thị Hương", "Ủy viên Ban Thường vụ Trung ương Hội Nông dân Việt Nam", "Chủ tịch Hội Nông dân tỉnh"),
 P("Xa Văn Mừng", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Đinh Công Hùng", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Bùi Văn Chiến", "nông dân xóm Mớ Đá")],
[Q("7.420 ngày công", 7420, "ngày công"), Q("9.860 m2", 9860, "m2"), Q("53 km", 53, "km"),
 Q("31,2 tỷ đồng", 31200000000, "đồng"), Q("1.487 hộ vay", 1487, "hộ vay"), Q("22 tổ hợp tác", 22, "tổ hợp tác"),
 Q("2.630 lao động nông thôn", 2630, "lao động nông thôn"), Q("800 triệu/năm", 800000000, "đồng"),
 Q("14 lao động", 14, "lao động"), Q("41.250 hộ", 41250, "hộ"), Q("72,4%", 72.4, "%"), Q("5 tập thể", 5, "tập thể"),
 Q("36 cá nhân", 36, "cá nhân"), Q("2 tổ hợp tác", 2, "tổ hợp tác")],
[D("Quyết định", "1528", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1528/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Nghị quyết", "39", "NQ/HNDT", None, "Ban Chấp hành Hội Nông dân tỉnh", "Nghị quyết 39, 40-NQ/HNDT của Ban Chấp hành Hội Nông dân tỉnh"),
 D("Nghị quyết", "40", "NQ/HNDT", None, "Ban Chấp hành Hội Nông dân tỉnh", "40-NQ/HNDT")],
[prov("Hòa Bình"), com("Tú Sơn")],
["HỘI NÔNG DÂN TỈNH HÒA BÌNH", "Trang chủ » Tin tức » Hoạt động Hội", "Toàn cảnh hội nghị tổng kết.", "Quỹ Hỗ trợ nông dân",
 "xóm Mớ Đá", "Nông dân thi đua sản xuất kinh doanh giỏi", "Lượt xem: 1.021"],
["năm 2020", "năm 2021", "Lượt xem: 1.021"]))

PAGES.append(page("b279-binhphuoc-mttq-doithoai-2021", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH PHƯỚC
Trang chủ > Hoạt động > Dân chủ - Pháp luật
Thứ Sáu, 15/10/2021 | 15:20
Người đứng đầu chính quyền huyện Bù Gia Mập đối thoại với đồng bào S'tiêng
Ngày 14/10, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bù Gia Mập phối hợp UBND huyện tổ chức hội nghị đối thoại năm 2021 giữa người đứng đầu chính quyền với 135 người dân tiêu biểu của 3 xã Bù Gia Mập, Đắk Ơ, Phú Văn.
Ông Điểu Khứp, người có uy tín bon Bù Lư, nêu ý kiến tại hội nghị.
Dự hội nghị có ông Điểu Lanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Trịnh Hồng Quân, HUV, Chủ tịch UBND huyện; các đồng chí Phó Chủ tịch UBND huyện: Lê Văn Tài, Thị Ngọc Bích.
Người dân nêu 24 ý kiến về cấp giấy chứng nhận quyền sử dụng đất, nước sinh hoạt mùa khô và giá hạt điều. Ông Điểu Khứp đề nghị hỗ trợ 112 hộ đồng bào S'tiêng chưa có đất sản xuất. Bà Thị Lới, hội viên phụ nữ bon Bù Ka, phản ánh 2 giếng khoan bị hỏng.
Trả lời, ông Trịnh Hồng Quân cho biết huyện dành 4,6 tỷ đồng làm 3 công trình nước sạch; hỗ trợ mỗi hộ thiếu đất 12tr để chuyển đổi nghề theo Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ. Cấp giấy chứng nhận cho 318 thửa đất sẽ hoàn thành trong quý I/2022.
Thực hiện Kế hoạch 76/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Mặt trận huyện sẽ giám sát việc trả lời 24 ý kiến. Ngay tại hội nghị, 19 ý kiến đã được trả lời. Đây là cuộc đối thoại thứ hai trong năm Mặt trận tỉnh Bình Phước phối hợp tổ chức tại vùng đồng bào dân tộc thiểu số.
Ngọc Thủy
Lượt xem: 857
Tin khác
- Đối thoại với 140 người có uy tín
- Mặt trận giám sát Kế hoạch 20-KH/MTTQ
""", "2021-10-15", "Người đứng đầu chính quyền huyện Bù Gia Mập đối thoại với đồng bào S'tiêng",
E("doi_thoai", "2021", "2021-10-14"),
[P("Điểu Khứp", "người có uy tín bon Bù Lư"),
 P("Điểu Lanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trịnh Hồng Quân", "HUV", "Chủ tịch UBND huyện"),
 P("Lê Văn Tài", "Phó Chủ tịch UBND huyện"),
 P("Thị Ngọc Bích", "Phó Chủ tịch UBND huyện"),
 P("Thị Lới", "hội viên phụ nữ bon Bù Ka")],
[Q("135 người dân", 135, "người dân"), Q("3 xã", 3, "xã"), Q("24 ý kiến", 24, "ý kiến"), Q("112 hộ", 112, "hộ"),
 Q("2 giếng khoan", 2, "giếng khoan"), Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("3 công trình", 3, "công trình"),
 Q("12tr", 12000000, "đồng"), Q("318 thửa đất", 318, "thửa đất"), Q("19 ý kiến", 19, "ý kiến")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Kế hoạch", "76", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 76/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[prov("Bình Phước"), com("Bù Gia Mập"), com("Đắk Ơ"), com("Phú Văn")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH PHƯỚC", "Trang chủ > Hoạt động > Dân chủ - Pháp luật",
 "Ông Điểu Khứp, người có uy tín bon Bù Lư, nêu ý kiến tại hội nghị.", "huyện Bù Gia Mập", "bon Bù Lư", "bon Bù Ka", "Lượt xem: 857"],
["năm 2021", "quý I/2022", "cuộc đối thoại thứ hai", "Lượt xem: 857"]))

PAGES.append(page("b280-ninhthuan-hlhpn-taphuan-2022", """
HỘI LHPN TỈNH NINH THUẬN
Trang thông tin điện tử
Trang chủ › Hoạt động › Tin trong tỉnh
Ngày đăng 09/06/2022 | 16:20
Tập huấn khởi nghiệp cho 96 phụ nữ người Chăm, Raglai
Từ ngày 7 đến 8/6, Hội LHPN tỉnh phối hợp Sở Lao động - Thương binh và Xã hội tổ chức tập huấn năm 2022 về hỗ trợ phụ nữ khởi nghiệp cho 96 học viên là phụ nữ người Chăm, Raglai ở huyện Bác Ái và huyện Ninh Phước.
Bà Đàng Thị Mỹ Hương hướng dẫn học viên lập phương án kinh doanh.
Dự khai mạc có bà Thuận Thị Ngọc Trinh, Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam, Chủ tịch Hội LHPN tỉnh; bà Chamaléa Thị Thơm, Phó Chủ tịch Hội LHPN tỉnh; bà Đàng Thị Mỹ Hương, Phó Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh.
Thực hiện Đề án 1025 "Hỗ trợ phụ nữ khởi nghiệp" của Thủ tướng Chính phủ và Kế hoạch 112/KH-HLHPN ngày 12/4/2022 của Ban Thường vụ Hội LHPN tỉnh, lớp học gồm 6 chuyên đề: xây dựng ý tưởng, tiếp cận vốn vay, bán hàng qua mạng... Học viên được hỗ trợ 150.000đ/ngày tiền ăn và 2tr7 vốn mồi mỗi người để làm sản phẩm thổ cẩm, gốm.
Bà Mấu Thị Bích, thôn Ma Noi, xã Phước Hòa, chia sẻ nhóm 12 chị em dệt thổ cẩm của bà có doanh thu 15 - 18 triệu đồng/tháng. Sau lớp học, Hội chọn 8 ý tưởng tốt nhất để hỗ trợ tiếp, mỗi ý tưởng tối đa 35 triệu đồng từ nguồn vốn của Hội LHPN tỉnh Ninh Thuận.
Kết thúc lớp, 90/96 học viên hoàn thành phương án kinh doanh. Hội LHPN tỉnh sẽ cử cán bộ theo dõi, hỗ trợ các nhóm sau tập huấn, kết nối tiêu thụ sản phẩm qua các hội chợ và sàn thương mại điện tử.
Hoàng Yến
Lượt xem: 738
Tin liên quan
- Phụ nữ Ninh Sơn ra mắt 4 tổ hợp tác
- Khởi nghiệp từ gốm Bàu Trúc
""", "2022-06-09", "Tập huấn khởi nghiệp cho 96 phụ nữ người Chăm, Raglai",
E("tap_huan", "2022", "2022-06-07"),
[P("Đàng Thị Mỹ Hương", "Phó Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh"),
 P("Thuận Thị Ngọc Trinh", "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam", "Chủ tịch Hội LHPN tỉnh"),
 P("Chamaléa Thị Thơm", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Mấu Thị Bích")],
[Q("96 phụ nữ", 96, "phụ nữ"), Q("6 chuyên đề", 6, "chuyên đề"), Q("150.000đ/ngày", 150000, "đồng"),
 Q("2tr7", 2700000, "đồng"), Q("12 chị em", 12, "chị em"), Q("15 - 18 triệu đồng/tháng", 15000000, "đồng"),
 Q("15 - 18 triệu đồng/tháng", 18000000, "đồng"), Q("8 ý tưởng", 8, "ý tưởng"), Q("35 triệu đồng", 35000000, "đồng"),
 Q("90/96 học viên", 90, "học viên")],
[D("Đề án", "1025", None, None, "Thủ tướng Chính phủ", "Đề án 1025"),
 D("Kế hoạch", "112", "KH-HLHPN", "2022-04-12", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 112/KH-HLHPN ngày 12/4/2022 của Ban Thường vụ Hội LHPN tỉnh")],
[prov("Ninh Thuận"), com("Phước Hòa")],
["HỘI LHPN TỈNH NINH THUẬN", "Trang thông tin điện tử", "Trang chủ › Hoạt động › Tin trong tỉnh",
 "Bà Đàng Thị Mỹ Hương hướng dẫn học viên lập phương án kinh doanh.", "Hỗ trợ phụ nữ khởi nghiệp",
 "Sở Lao động - Thương binh và Xã hội", "huyện Bác Ái", "thôn Ma Noi", "Lượt xem: 738"],
["năm 2022", "Lượt xem: 738"]))
