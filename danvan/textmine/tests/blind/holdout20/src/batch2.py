from lib import *
PAGES = []

PAGES.append(page("b443-hanoi-bdvtu-tongket-2017", """
BAN DÂN VẬN THÀNH ỦY HÀ NỘI
Trang thông tin điện tử Ban Dân vận Thành ủy
Thứ Sáu, 22/12/2017
You are here: Trang chủ > Hoạt động > Dân vận chính quyền
Ban Dân vận Thành ủy triển khai nhiệm vụ năm 2018
Cập nhật lúc 17:10 ngày 22/12/2017
Chiều 21/12, Ban Dân vận Thành ủy Hà Nội tổ chức hội nghị tổng kết công tác dân vận năm 2017, triển khai nhiệm vụ năm 2018 với sự tham dự của 120 điểm cầu quận, huyện, thị xã.
Đồng chí Ngô Thị Hồng Vân, Phó Bí thư Thành ủy (thứ hai từ trái) trao cờ thi đua cho các đơn vị.
Dự hội nghị có đồng chí Ngô Thị Hồng Vân, Phó Bí thư Thành ủy; đồng chí Đào Thị Hoa, Thành ủy viên, Trưởng Ban Dân vận Thành ủy; các đồng chí Phó Trưởng Ban Dân vận Thành ủy Nguyễn Văn Thắng, Lê Thị Thu Hằng.
Báo cáo nêu rõ, năm 2017 khối dân vận đã bám sát Chỉ thị 23-CT/TU ngày 06/6/2017 và Kế hoạch 61, 62-KH/TU của Thành ủy; phối hợp với chính quyền tiếp 14.820 lượt công dân, giải quyết 3.215/3.540 đơn thư, đạt 90,8%. Toàn thành phố có 2.316 mô hình "Dân vận khéo", trong đó 284 mô hình được biểu dương cấp thành phố. Nhân dân hiến 168.000 m2 đất, đóng góp 1.240 tỷ đồng xây dựng nông thôn mới.
Tham luận tại hội nghị, ông Nguyễn Đức Hậu, HUV, Trưởng Ban Dân vận Huyện ủy Ba Vì, giới thiệu cách vận động đồng bào Dao ở xã Ba Vì, xã Khánh Thượng hiến đất làm đường; bà Đặng Thị Mai, người có uy tín thôn Yên Sơn, đã vận động 32 hộ tháo dỡ công trình lấn chiếm.
Phát biểu chỉ đạo, đồng chí Ngô Thị Hồng Vân yêu cầu năm 2018 tập trung thực hiện Quy định 1050-QĐ/TU về trách nhiệm người đứng đầu trong tiếp xúc, đối thoại với nhân dân; giải quyết dứt điểm 46 vụ việc tồn đọng kéo dài.
Dịp này, 36 tập thể và 55 cá nhân được nhận Bằng khen của Ban Thường vụ Thành ủy.
Hồng Minh
Lượt xem: 1.889
Bài viết liên quan
- Ban Dân vận Thành ủy giao ban khối dân vận quý III năm 2017
- Hà Nội: 2.316 mô hình Dân vận khéo
""", "2017-12-22", "Ban Dân vận Thành ủy triển khai nhiệm vụ năm 2018",
E("tong_ket", "2017", "2017-12-21"),
[P("Ngô Thị Hồng Vân", "Phó Bí thư Thành ủy"), P("Đào Thị Hoa", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Văn Thắng", "Phó Trưởng Ban Dân vận Thành ủy"), P("Lê Thị Thu Hằng", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Đức Hậu", "HUV", "Trưởng Ban Dân vận Huyện ủy Ba Vì"), P("Đặng Thị Mai", "người có uy tín thôn Yên Sơn")],
[Q("120 điểm cầu", 120, "điểm cầu"), Q("14.820 lượt công dân", 14820, "lượt công dân"), Q("3.215", 3215, "đơn thư"),
 Q("3.540 đơn thư", 3540, "đơn thư"), Q("90,8%", 90.8, "%"), Q("2.316 mô hình", 2316, "mô hình"), Q("284 mô hình", 284, "mô hình"),
 Q("168.000 m2", 168000, "m2"), Q("1.240 tỷ đồng", 1240000000000, "đồng"), Q("32 hộ", 32, "hộ"), Q("46 vụ việc", 46, "vụ việc"),
 Q("36 tập thể", 36, "tập thể"), Q("55 cá nhân", 55, "cá nhân")],
[D("Chỉ thị", "23", "CT/TU", "2017-06-06", "Thành ủy", "Chỉ thị 23-CT/TU"),
 D("Kế hoạch", "61", "KH/TU", None, "Thành ủy", "Kế hoạch 61, 62-KH/TU"),
 D("Kế hoạch", "62", "KH/TU", None, "Thành ủy", "Kế hoạch 61, 62-KH/TU"),
 D("Quy định", "1050", "QĐ/TU", None, None, "Quy định 1050-QĐ/TU")],
[prov("Hà Nội"), com("Ba Vì"), com("Khánh Thượng")],
["BAN DÂN VẬN THÀNH ỦY HÀ NỘI", "Trang thông tin điện tử Ban Dân vận Thành ủy", "You are here: Trang chủ > Hoạt động > Dân vận chính quyền",
 "Đồng chí Ngô Thị Hồng Vân, Phó Bí thư Thành ủy (thứ hai từ trái) trao cờ thi đua cho các đơn vị.",
 "Dân vận khéo", "thôn Yên Sơn", "Lượt xem: 1.889"],
["Thứ Sáu, 22/12/2017", "Cập nhật lúc 17:10 ngày 22/12/2017", "năm 2018", "Bằng khen", "Lượt xem: 1.889"]))

PAGES.append(page("b444-caobang-mttq-hoinghi-2018", """
ỦY BAN MTTQ VIỆT NAM TỈNH CAO BẰNG
Cổng thông tin điện tử Mặt trận Tổ quốc tỉnh Cao Bằng
Trang chủ >> Tin tức >> Hoạt động Mặt trận
Hôm nay: Thứ Năm, 29/11/2018
Ngày 23/11/2018 | 14:05
Phát huy vai trò người có uy tín vùng biên giới
Ngày 21/11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng tổ chức hội nghị biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2018. Hội nghị có 215 đại biểu là già làng, trưởng bản, người có uy tín ở 19 xã biên giới.
Ông Nông Văn Nghiệp, người có uy tín xóm Nà Pò, xã Đàm Thủy, phát biểu tham luận.
Dự hội nghị có đồng chí Hoàng Văn Thạch, Ủy viên Trung ương Đảng, Chủ tịch UBND tỉnh; đồng chí Đàm Văn Khuông, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Lương Thị Thúy, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, toàn tỉnh có 1.412 người có uy tín người Tày, Nùng, Mông, Dao, Sán Chỉ, Lô Lô. Thực hiện Quyết định 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ, năm 2018 mỗi người có uy tín được cấp 1 tờ báo, thăm hỏi khi ốm đau, với tổng kinh phí 1,06 tỷ đồng. Người có uy tín đã vận động 96 hộ tháo dỡ lều lán trái phép ở vùng rừng đầu nguồn, phát hiện 23 vụ xuất nhập cảnh trái phép, tham gia hòa giải thành 74 vụ việc.
Ông Nông Văn Nghiệp, người có uy tín xóm Nà Pò, kể việc thuyết phục 11 hộ người Mông không nghe theo kẻ xấu truyền đạo trái pháp luật. Bà Lý Thị Sình, trưởng xóm Lũng Rỳ, xã Sóc Hà, người Dao, vận động con em trong xóm đi học đủ 100%.
Đồng chí Lương Thị Thúy đề nghị các cấp Mặt trận tiếp tục thực hiện Chương trình phối hợp 115/CTPH-MTTQ-BCHBĐBP giữa Ủy ban MTTQ tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh về xây dựng biên giới hòa bình.
Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 45 người có uy tín tiêu biểu, mỗi người kèm 500.000 đồng.
Nông Hà
Số lượt truy cập: 640
Tin liên quan
- Trao 200 suất quà cho người có uy tín dịp Tết
- Mặt trận Cao Bằng tổng kết năm 2017
""", "2018-11-23", "Phát huy vai trò người có uy tín vùng biên giới",
E("hoi_nghi", "2018", "2018-11-21"),
[P("Nông Văn Nghiệp", "người có uy tín xóm Nà Pò"), P("Hoàng Văn Thạch", "Ủy viên Trung ương Đảng", "Chủ tịch UBND tỉnh"),
 P("Đàm Văn Khuông", "Phó Bí thư Thường trực Tỉnh ủy"), P("Lương Thị Thúy", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Thị Sình", "trưởng xóm Lũng Rỳ")],
[Q("215 đại biểu", 215, "đại biểu"), Q("19 xã", 19, "xã biên giới"), Q("1.412 người có uy tín", 1412, "người có uy tín"),
 Q("1 tờ báo", 1, "tờ báo"), Q("1,06 tỷ đồng", 1060000000, "đồng"), Q("96 hộ", 96, "hộ"), Q("23 vụ", 23, "vụ xuất nhập cảnh trái phép"),
 Q("74 vụ việc", 74, "vụ việc"), Q("11 hộ", 11, "hộ"), Q("100%", 100, "%"), Q("45 người có uy tín", 45, "người có uy tín"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg"),
 D("Chương trình phối hợp", "115", "CTPH-MTTQ-BCHBĐBP", None, "Ủy ban MTTQ tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Chương trình phối hợp 115/CTPH-MTTQ-BCHBĐBP")],
[prov("Cao Bằng"), com("Đàm Thủy"), com("Sóc Hà")],
["ỦY BAN MTTQ VIỆT NAM TỈNH CAO BẰNG", "Cổng thông tin điện tử Mặt trận Tổ quốc tỉnh Cao Bằng", "Trang chủ >> Tin tức >> Hoạt động Mặt trận",
 "Ông Nông Văn Nghiệp, người có uy tín xóm Nà Pò, xã Đàm Thủy, phát biểu tham luận.", "xóm Nà Pò", "xóm Lũng Rỳ", "Số lượt truy cập: 640"],
["Hôm nay: Thứ Năm, 29/11/2018", "Ngày 23/11/2018 | 14:05", "năm 2018", "Bằng khen", "Số lượt truy cập: 640"]))

PAGES.append(page("b445-thanhhoa-baothanhhoa-chandung-2019", """
BÁO THANH HÓA
Thời sự | Chính trị | Xã hội | Kinh tế | Văn hóa | Thể thao
Nữ Chủ tịch Hội phụ nữ xã vùng cao và những mùa ngô mới
Thứ Ba, 10/09/2019 - 07:45
Chị Hà Thị Nguyệt (giữa) cùng hội viên chăm sóc vườn cam. Ảnh: Lê Hoa
(Baothanhhoa.vn) - Hơn 8 năm làm Chủ tịch Hội LHPN xã Trung Lý, huyện Mường Lát, chị Hà Thị Nguyệt, người Thái, đã cùng chị em đưa 146 hộ hội viên thoát nghèo.
Trung Lý là xã biên giới với gần 80% dân số là người Mông. Khi chị Nguyệt mới nhận nhiệm vụ, cả xã có 1.020 hộ nghèo, nhiều chị em chưa biết chữ. Chị đi từng bản vận động mở 6 lớp xóa mù chữ cho 154 chị em, lập 12 tổ tiết kiệm với tổng số vốn gần 460 triệu đồng.
Năm 2017, thực hiện Đề án 938 của Thủ tướng Chính phủ về "Hỗ trợ phụ nữ khởi nghiệp", Hội LHPN xã phối hợp trồng 35 ha cam, ngô lai. Nhiều hộ như gia đình chị Thào Thị Xia ở bản Pù Quăn có thu nhập 70 triệu đồng/năm.
Bà Lò Thị Phương, Phó Chủ tịch Hội LHPN huyện Mường Lát, nhận xét: "Nguyệt là người bám bản nhất, tháng nào cũng có 20 ngày ở bản".
Ông Vi Văn Sáng, Bí thư Đảng ủy xã Trung Lý, cho biết nhờ Hội phụ nữ vận động, tỷ lệ tảo hôn của xã giảm từ 31% năm 2015 xuống 9% năm 2018.
Với những đóng góp đó, chị Hà Thị Nguyệt được Chủ tịch UBND tỉnh tặng Bằng khen theo Quyết định số 2315/QĐ-UBND ngày 20/6/2019 và là 1 trong 10 cán bộ Hội tiêu biểu của tỉnh năm 2019. Hội LHPN tỉnh Thanh Hóa đang nhân rộng cách làm của chị ra 16 xã vùng cao của các huyện miền núi, gắn với cuộc vận động "Phụ nữ vùng cao vượt khó".
Lê Hoa
Tin khác
- Phụ nữ Quan Sơn giữ nghề dệt thổ cẩm
- Hội LHPN tỉnh sơ kết 6 tháng đầu năm 2019
""", "2019-09-10", "Nữ Chủ tịch Hội phụ nữ xã vùng cao và những mùa ngô mới",
E(None, None, None),
[P("Hà Thị Nguyệt", "Chủ tịch Hội LHPN xã Trung Lý"), P("Thào Thị Xia"),
 P("Lò Thị Phương", "Phó Chủ tịch Hội LHPN huyện Mường Lát"), P("Vi Văn Sáng", "Bí thư Đảng ủy xã Trung Lý")],
[Q("146 hộ", 146, "hộ hội viên"), Q("gần 80%", 80, "%", "approx"), Q("1.020 hộ nghèo", 1020, "hộ nghèo"),
 Q("6 lớp", 6, "lớp xóa mù chữ"), Q("154 chị em", 154, "chị em"), Q("12 tổ tiết kiệm", 12, "tổ tiết kiệm"),
 Q("gần 460 triệu đồng", 460000000, "đồng", "approx"), Q("35 ha", 35, "ha"), Q("70 triệu đồng/năm", 70000000, "đồng"),
 Q("31%", 31, "%"), Q("9%", 9, "%"), Q("10 cán bộ", 10, "cán bộ Hội tiêu biểu"), Q("16 xã", 16, "xã vùng cao")],
[D("Đề án", "938", None, None, "Thủ tướng Chính phủ", "Đề án 938"),
 D("Quyết định", "2315", "QĐ-UBND", "2019-06-20", "Chủ tịch UBND tỉnh", "Quyết định số 2315/QĐ-UBND")],
[prov("Thanh Hóa"), com("Trung Lý")],
["BÁO THANH HÓA", "Thời sự | Chính trị | Xã hội | Kinh tế | Văn hóa | Thể thao",
 "Chị Hà Thị Nguyệt (giữa) cùng hội viên chăm sóc vườn cam. Ảnh: Lê Hoa", "(Baothanhhoa.vn)", "Hỗ trợ phụ nữ khởi nghiệp",
 "Mường Lát", "bản Pù Quăn", "Phụ nữ vùng cao vượt khó"],
["Thứ Ba, 10/09/2019 - 07:45", "Hơn 8 năm", "20 ngày", "năm 2015", "năm 2018", "Năm 2017", "1 trong 10", "Bằng khen"]))

PAGES.append(page("b446-bacgiang-hnd-giaoban-2020", """
HỘI NÔNG DÂN TỈNH BẮC GIANG
Trang thông tin điện tử Hội Nông dân tỉnh Bắc Giang
Trang chủ › Tin tức › Hoạt động Hội
Cập nhật: 09:42, 07/10/2020 (GMT+7)
Nông dân Lục Ngạn tiêu thụ hơn 180.000 tấn vải thiều bất chấp dịch bệnh
Ngày 5/10/2020, Ban Thường vụ Hội Nông dân tỉnh Bắc Giang tổ chức giao ban công tác Hội tháng 9/2020 với Chủ tịch Hội Nông dân 10 huyện, thành phố.
Quang cảnh buổi giao ban. Ảnh: Hội Nông dân tỉnh
Ông Thân Văn Hòa, Chủ tịch Hội Nông dân tỉnh chủ trì giao ban; cùng dự có ông Nguyễn Văn Lạng và bà Hà Thị Thu Trang - Phó Chủ tịch Hội Nông dân tỉnh.
Báo cáo cho thấy, thực hiện Kết luận 97, 98-KL/TW của Ban Bí thư và Kế hoạch số 204-KH/HNDT ngày 15/4/2020 của Ban Thường vụ Hội Nông dân tỉnh, trong tháng các cơ sở Hội đã hỗ trợ nông dân tiêu thụ hơn 180.000 tấn vải thiều, tổng giá trị khoảng 5.400 tỷ đồng. Hội đã giải ngân 2,35 tỷ đồng từ Quỹ Hỗ trợ nông dân cho 47 hộ vay; tổ chức 36 lớp tập huấn cho 2.150 lượt hội viên.
Ông Hoàng Văn Lục, Chủ tịch Hội Nông dân xã Phượng Sơn, cho biết xã có 1.200 hộ trồng vải; giá vải sớm dao động từ 15.000 đến 22.000 đồng/kg. Nhiều hội viên người Sán Dìu, Nùng như ông Lăng Văn Sềnh ở thôn Khuôn Thần đã xây dựng vườn vải VietGAP 4 ha.
Ông Thân Văn Hòa đề nghị các cơ sở Hội tiếp tục thực hiện phong trào "Nông dân thi đua sản xuất, kinh doanh giỏi", chuẩn bị giao ban quý IV và tổng kết năm 2020; không để 2 không "không tụ tập đông người, không chủ quan" bị lơ là.
Kim Ngân
Lượt xem: 431
Xem thêm
- Hội Nông dân tỉnh giao ban tháng 8/2020
- Trao 50 triệu đồng cho nông dân bị thiệt hại mưa đá
""", "2020-10-07", "Nông dân Lục Ngạn tiêu thụ hơn 180.000 tấn vải thiều bất chấp dịch bệnh",
E("giao_ban", "2020-09", "2020-10-05"),
[P("Thân Văn Hòa", "Chủ tịch Hội Nông dân tỉnh"), P("Nguyễn Văn Lạng", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Hà Thị Thu Trang", "Phó Chủ tịch Hội Nông dân tỉnh"), P("Hoàng Văn Lục", "Chủ tịch Hội Nông dân xã Phượng Sơn"),
 P("Lăng Văn Sềnh")],
[Q("hơn 180.000 tấn", 180000, "tấn", "over"), Q("10 huyện, thành phố", 10, "huyện, thành phố"),
 Q("khoảng 5.400 tỷ đồng", 5400000000000, "đồng", "approx"), Q("2,35 tỷ đồng", 2350000000, "đồng"), Q("47 hộ vay", 47, "hộ vay"),
 Q("36 lớp", 36, "lớp tập huấn"), Q("2.150 lượt hội viên", 2150, "lượt hội viên"), Q("1.200 hộ", 1200, "hộ"),
 Q("từ 15.000", 15000, "đồng"), Q("22.000 đồng/kg", 22000, "đồng"), Q("4 ha", 4, "ha")],
[D("Kết luận", "97", "KL/TW", None, "Ban Bí thư", "Kết luận 97, 98-KL/TW"),
 D("Kết luận", "98", "KL/TW", None, "Ban Bí thư", "Kết luận 97, 98-KL/TW"),
 D("Kế hoạch", "204", "KH/HNDT", "2020-04-15", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 204-KH/HNDT")],
[prov("Bắc Giang"), com("Phượng Sơn")],
["HỘI NÔNG DÂN TỈNH BẮC GIANG", "Trang thông tin điện tử Hội Nông dân tỉnh Bắc Giang", "Trang chủ › Tin tức › Hoạt động Hội",
 "Quang cảnh buổi giao ban. Ảnh: Hội Nông dân tỉnh", "Lục Ngạn", "thôn Khuôn Thần", "Quỹ Hỗ trợ nông dân",
 "Nông dân thi đua sản xuất, kinh doanh giỏi", "Lượt xem: 431"],
["Cập nhật: 09:42, 07/10/2020 (GMT+7)", "tháng 9/2020", "quý IV", "năm 2020", "2 không", "Lượt xem: 431"]))

PAGES.append(page("b447-dienbien-bdv-soket-2021", """
BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Điện Biên
Thứ Sáu, 09/07/2021
Trang chủ - Tin tức - Sự kiện - Công tác dân vận
Đồng bào Mông hiến hơn 61.000 m2 đất mở đường vào bản
Đồng chí Lò Thị Bun, Trưởng Ban Dân vận Tỉnh ủy, phát biểu kết luận hội nghị.
Ngày 7/7, tại hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2021 của Ban Dân vận Tỉnh ủy Điện Biên, nhiều địa phương báo cáo kết quả vận động nhân dân hiến đất, góp công làm đường.
Dự hội nghị có đồng chí Lò Thị Bun, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Quàng Văn Piêng, Vừ A Dính; cùng lãnh đạo các tổ chức chính trị - xã hội tỉnh.
Theo báo cáo, 6 tháng đầu năm, thực hiện Kết luận 114-KL/TW của Ban Bí thư và Nghị quyết 08-NQ/TU của Ban Chấp hành Đảng bộ tỉnh, đồng bào các dân tộc đã hiến hơn 61.000 m2 đất, góp 12.400 ngày công làm 47 km đường bê tông, trị giá gần 8,2 tỷ đồng. Công tác dân vận chính quyền có chuyển biến; các cấp đã tổ chức 182 cuộc đối thoại với 9.640 lượt người tham dự.
Đồng chí Mùa A Vàng, HUV, Trưởng Ban Dân vận Huyện ủy Tủa Chùa, vừa được bổ nhiệm làm Phó Trưởng Ban Dân vận Tỉnh ủy từ ngày 1/7, chia sẻ kinh nghiệm ở xã Sính Phình: mỗi đảng viên phụ trách 15 hộ, nhờ đó 100% hộ đồng ý hiến đất.
Ông Cà Văn Tiến, trưởng bản Huổi Lóng, xã Mường Phăng, người Thái, đã vận động 38 hộ cùng hiến 4.500 m2 đất vườn.
Kết luận hội nghị, đồng chí Lò Thị Bun đề nghị 6 tháng cuối năm phát huy mô hình "Dân vận khéo", phòng, chống dịch COVID-19 tại các bản biên giới.
Ngọc Bích
Lượt xem: 1.102
Tin liên quan
- Ban Dân vận Tỉnh ủy giao ban quý I/2021
- 500 hộ Mường Nhé được hỗ trợ làm nhà
""", "2021-07-09", "Đồng bào Mông hiến hơn 61.000 m2 đất mở đường vào bản",
E("so_ket", "2021-H1", "2021-07-07"),
[P("Lò Thị Bun", "Trưởng Ban Dân vận Tỉnh ủy", "Tỉnh ủy viên"), P("Quàng Văn Piêng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vừ A Dính", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mùa A Vàng", "HUV", "Trưởng Ban Dân vận Huyện ủy Tủa Chùa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cà Văn Tiến", "trưởng bản Huổi Lóng")],
[Q("hơn 61.000 m2", 61000, "m2", "over"), Q("12.400 ngày công", 12400, "ngày công"), Q("47 km", 47, "km"),
 Q("gần 8,2 tỷ đồng", 8200000000, "đồng", "approx"), Q("182 cuộc đối thoại", 182, "cuộc đối thoại"),
 Q("9.640 lượt người", 9640, "lượt người"), Q("15 hộ", 15, "hộ"), Q("100%", 100, "%"), Q("38 hộ", 38, "hộ"), Q("4.500 m2", 4500, "m2")],
[D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW"),
 D("Nghị quyết", "08", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 08-NQ/TU")],
[prov("Điện Biên"), com("Sính Phình"), com("Mường Phăng")],
["BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN", "Trang thông tin điện tử Ban Dân vận Tỉnh ủy Điện Biên", "Trang chủ - Tin tức - Sự kiện - Công tác dân vận",
 "Đồng chí Lò Thị Bun, Trưởng Ban Dân vận Tỉnh ủy, phát biểu kết luận hội nghị.", "Dân vận khéo", "Tủa Chùa", "bản Huổi Lóng", "Lượt xem: 1.102"],
["Thứ Sáu, 09/07/2021", "6 tháng đầu năm 2021", "6 tháng cuối năm", "COVID-19", "1/7", "Lượt xem: 1.102"]))

PAGES.append(page("b448-phutho-mttq-tongket-2022", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ THỌ
Trang chủ | Tin tức | Hoạt động Mặt trận các cấp
28-12-2022 10:30
Mặt trận Phú Thọ: Hơn 42 tỷ đồng Quỹ "Vì người nghèo" đến với người dân
Sáng 27/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Phú Thọ tổ chức hội nghị tổng kết công tác Mặt trận năm 2022, triển khai chương trình phối hợp và thống nhất hành động năm 2023.
Quang cảnh hội nghị tổng kết. Ảnh: Thanh Nga
Dự hội nghị có đồng chí Hà Kế Sơn, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Đinh Công Thức, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Các ông Hà Văn Tĩnh, Nguyễn Minh Quế và bà Đinh Thị Hồng Liên - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh - điều hành thảo luận.
Năm 2022, Quỹ "Vì người nghèo" các cấp tiếp nhận hơn 42 tỷ đồng; xây mới và sửa chữa 612 căn nhà Đại đoàn kết, mỗi căn được hỗ trợ từ 40 đến 60 triệu đồng. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được đẩy mạnh: 96,3% hộ gia đình đạt danh hiệu "Gia đình văn hóa".
Thực hiện Chỉ thị 05, 06 của Ban Thường vụ Tỉnh ủy và Quyết định 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị, Mặt trận các cấp tổ chức 1.168 cuộc giám sát, 254 hội nghị phản biện xã hội với 4.300 ý kiến góp ý. Bà Đinh Thị Hồng Liên cho biết Ban Dân chủ - Pháp luật đã tổng hợp 1.237 lượt ý kiến, kiến nghị của cử tri trước kỳ họp HĐND tỉnh.
Ông Hà Văn Thái, Trưởng Ban công tác Mặt trận khu Đồng Lão, xã Xuân Sơn, người Mường, được biểu dương vì vận động 23 hộ hiến 3.600 m2 đất làm nhà văn hóa khu.
Dịp này, 40 tập thể, 62 cá nhân nhận Bằng khen của Ủy ban Trung ương MTTQ Việt Nam và Ủy ban MTTQ Việt Nam tỉnh.
Thanh Nga
Số lần xem: 987
Tin cùng chuyên mục
- Mặt trận tỉnh giám sát việc thực hiện chính sách cho người có công
- Trao 100 suất quà Tết cho hộ nghèo xã Tân Sơn
""", "2022-12-28", "Mặt trận Phú Thọ: Hơn 42 tỷ đồng Quỹ \"Vì người nghèo\" đến với người dân",
E("tong_ket", "2022", "2022-12-27"),
[P("Hà Kế Sơn", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Đinh Công Thức", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Văn Tĩnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Nguyễn Minh Quế", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Hồng Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Văn Thái", "Trưởng Ban công tác Mặt trận khu Đồng Lão")],
[Q("Hơn 42 tỷ đồng", 42000000000, "đồng", "over"), Q("612 căn nhà", 612, "căn nhà Đại đoàn kết"), Q("từ 40", 40000000, "đồng"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("96,3%", 96.3, "%"), Q("1.168 cuộc giám sát", 1168, "cuộc giám sát"),
 Q("254 hội nghị", 254, "hội nghị phản biện xã hội"), Q("4.300 ý kiến", 4300, "ý kiến góp ý"),
 Q("1.237 lượt ý kiến", 1237, "lượt ý kiến, kiến nghị"), Q("23 hộ", 23, "hộ"), Q("3.600 m2", 3600, "m2"),
 Q("40 tập thể", 40, "tập thể"), Q("62 cá nhân", 62, "cá nhân")],
[D("Chỉ thị", "05", None, None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06"),
 D("Chỉ thị", "06", None, None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW")],
[prov("Phú Thọ"), com("Xuân Sơn")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ THỌ", "Trang chủ | Tin tức | Hoạt động Mặt trận các cấp", "Quang cảnh hội nghị tổng kết. Ảnh: Thanh Nga",
 "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Gia đình văn hóa", "khu Đồng Lão", "Số lần xem: 987"],
["28-12-2022 10:30", "năm 2022", "năm 2023", "Bằng khen", "Số lần xem: 987"]))
