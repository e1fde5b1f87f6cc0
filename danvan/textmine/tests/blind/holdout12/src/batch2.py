from lib import *
PAGES = []

PAGES.append(page("b251-quangngai-bao-chandung-2017", """
BÁO QUẢNG NGÃI ĐIỆN TỬ
Thứ Hai, 28/08/2017
Trang chủ > Xã hội > Dân tộc - Miền núi
Cập nhật lúc 07:30 22/08/2017
Người trưởng thôn Hrê vận động dân hiến 3.500 m2 đất làm đường
(Baoquangngai.vn) - Hơn 10 năm làm trưởng thôn Làng Rêu, ông Đinh Văn Pót được bà con người Hrê ở xã Ba Vinh tin yêu gọi là "người giữ lửa" của làng.
Ông Đinh Văn Pót (giữa) cùng bà con làm đường vào khu sản xuất.
Năm 2016, khi huyện Ba Tơ có chủ trương mở đường bê tông vào khu sản xuất, ông Pót là người đầu tiên hiến 400 m2 đất vườn. Học theo ông, 27 hộ trong thôn đã hiến tổng cộng 3.500 m2 đất, góp hơn 1.900 ngày công để làm 2,4 km đường. Con đường hoàn thành với tổng vốn 1.680.000.000 đồng, trong đó nhân dân đóng góp 210 triệu đồng.
Không chỉ vận động làm đường, ông Pót còn hướng dẫn bà con trồng 18 ha keo và nuôi bò sinh sản; đến nay thôn chỉ còn 31 hộ nghèo, giảm 24 hộ so với năm 2015. Ông vừa được bà con tín nhiệm bầu làm Trưởng Ban công tác Mặt trận thôn Làng Rêu.
Bà Phạm Thị Xoa, Chủ tịch Ủy ban MTTQ Việt Nam xã Ba Vinh, cho biết: "Ông Pót nói ít làm nhiều, việc gì khó trong thôn cũng có ông đi đầu". Năm nay, ông được Chủ tịch UBND tỉnh Quảng Ngãi tặng Bằng khen vì thành tích trong phong trào "Toàn dân đoàn kết xây dựng nông thôn mới".
Ông Đinh Văn Pót tâm sự, điều ông mong nhất là thôn có thêm lớp học mẫu giáo để 40 cháu nhỏ không phải đi bộ 5 km tới điểm trường chính.
Bài, ảnh: Thanh Nhị
Lượt xem: 1.560
Tin khác
- Sơn Tây: Trao 200 suất học bổng cho học sinh Ca Dong (20/08/2017)
- Già làng Đinh Văn Dú và câu chuyện giữ rừng (15/08/2017)
""", "2017-08-22",
"Người trưởng thôn Hrê vận động dân hiến 3.500 m2 đất làm đường",
E(None, None, None),
[P("Đinh Văn Pót", "trưởng thôn Làng Rêu", "Trưởng Ban công tác Mặt trận thôn Làng Rêu"),
 P("Phạm Thị Xoa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ba Vinh")],
[Q("3.500 m2", 3500, "m2"), Q("400 m2", 400, "m2"), Q("27 hộ", 27, "hộ"), Q("hơn 1.900 ngày công", 1900, "ngày công", "over"),
 Q("2,4 km", 2.4, "km"), Q("1.680.000.000 đồng", 1680000000, "đồng"), Q("210 triệu đồng", 210000000, "đồng"),
 Q("18 ha", 18, "ha"), Q("31 hộ nghèo", 31, "hộ nghèo"), Q("24 hộ", 24, "hộ"), Q("40 cháu", 40, "cháu"), Q("5 km", 5, "km")],
[],
[prov("Quảng Ngãi"), com("Ba Vinh")],
["BÁO QUẢNG NGÃI ĐIỆN TỬ", "Trang chủ > Xã hội > Dân tộc - Miền núi", "(Baoquangngai.vn) -",
 "Ông Đinh Văn Pót (giữa) cùng bà con làm đường vào khu sản xuất.", "người giữ lửa", "huyện Ba Tơ", "thôn Làng Rêu",
 "Toàn dân đoàn kết xây dựng nông thôn mới", "Lượt xem: 1.560"],
["Thứ Hai, 28/08/2017", "Lượt xem: 1.560", "Hơn 10 năm", "Năm 2016", "năm 2015"]))

PAGES.append(page("b252-soctrang-xa-giaoban-2018", """
ĐẢNG ỦY - HĐND - UBND XÃ LỊCH HỘI THƯỢNG
Huyện Trần Đề - Tỉnh Sóc Trăng
Trang chủ › Tin tức › Hoạt động Đảng ủy
05/06/2018 10:20
Giao ban khối dân vận tháng 5
Ngày 4/6, Đảng ủy xã Lịch Hội Thượng tổ chức giao ban khối dân vận tháng 5 năm 2018, đánh giá việc vận động đồng bào Khmer chuyển đổi cơ cấu cây trồng.
Đồng chí Thạch Thị Sa Rênh phát biểu tại buổi giao ban.
Chủ trì giao ban có đồng chí Lâm Văn Sết, Bí thư Đảng ủy - Chủ tịch HĐND xã; đồng chí Thạch Thị Sa Rênh, ĐUV, Trưởng khối Dân vận xã, Chủ tịch Ủy ban MTTQ Việt Nam xã. Dự giao ban có Đại đức Lý Sô Phanh, Trụ trì chùa Lịch Hội Thượng, và các đồng chí trưởng các đoàn thể xã.
Trong tháng, khối dân vận đã vận động 86 hộ chuyển 41 ha đất lúa kém hiệu quả sang trồng hành tím; phối hợp hòa giải thành 3/4 vụ tranh chấp; tổ chức 9 buổi sinh hoạt tại 7 ấp với 520 lượt người dự. Hội Nông dân xã đã giới thiệu 37 hộ vay vốn với tổng số tiền 1,85 tỷ đồng. Tuy vậy, giá hành tím giảm mạnh khiến một số hộ lo lắng; một số tuyến đường ấp còn lầy lội mỗi khi mưa lớn. Các chi bộ ấp thực hiện Nghị quyết 05-NQ/ĐU và Nghị quyết 06-NQ/ĐU của Đảng ủy xã về phát triển kinh tế hộ.
Đồng chí Lâm Văn Sết đề nghị trong tháng 6 khối dân vận vận động bà con chăm sóc hành vụ mùa, phòng chống dịch bệnh, thực hiện "3 sạch" ở từng ấp, và vận động mỗi hộ góp 50.000 đồng vào quỹ khuyến học. Các đoàn thể báo cáo kết quả về Văn phòng Đảng ủy xã trước ngày 28 hằng tháng.
Văn phòng Đảng ủy xã
Lượt xem: 318
Tin cùng chuyên mục
- Hội nghị Ban Chấp hành Đảng bộ xã tháng 5 (31/05/2018)
- Ra mắt tổ hòa giải ấp Tắc Bướm (22/05/2018)
""", "2018-06-05",
"Giao ban khối dân vận tháng 5",
E("giao_ban", "2018-05", "2018-06-04"),
[P("Lâm Văn Sết", "Bí thư Đảng ủy - Chủ tịch HĐND xã"),
 P("Thạch Thị Sa Rênh", "ĐUV", "Trưởng khối Dân vận xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lý Sô Phanh", "Đại đức", "Trụ trì chùa Lịch Hội Thượng")],
[Q("86 hộ", 86, "hộ"), Q("41 ha", 41, "ha"), Q("3/4 vụ tranh chấp", 3, "vụ tranh chấp"), Q("3/4 vụ tranh chấp", 4, "vụ tranh chấp"),
 Q("9 buổi", 9, "buổi"), Q("7 ấp", 7, "ấp"), Q("520 lượt người", 520, "lượt người"), Q("37 hộ", 37, "hộ"),
 Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("50.000 đồng", 50000, "đồng")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 05-NQ/ĐU"),
 D("Nghị quyết", "06", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 06-NQ/ĐU")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng")],
["ĐẢNG ỦY - HĐND - UBND XÃ LỊCH HỘI THƯỢNG", "Huyện Trần Đề - Tỉnh Sóc Trăng", "Trang chủ › Tin tức › Hoạt động Đảng ủy",
 "Đồng chí Thạch Thị Sa Rênh phát biểu tại buổi giao ban.", "chùa Lịch Hội Thượng", "Văn phòng Đảng ủy xã", "Lượt xem: 318"],
["Lượt xem: 318", "ngày 28 hằng tháng", "tháng 5 năm 2018", "tháng 6", "3 sạch"]))

PAGES.append(page("b253-daklak-bdv-hoinghi-2019", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ >> Tin hoạt động >> Dân vận chính quyền
Đăng ngày: 13/11/2019 | 14:05
Biểu dương 126 mô hình "Dân vận khéo" tiêu biểu
Sáng 12/11, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức hội nghị biểu dương điển hình "Dân vận khéo" năm 2019 với sự tham dự của 210 đại biểu.
Quang cảnh hội nghị biểu dương mô hình "Dân vận khéo".
Dự hội nghị có đồng chí Y Biêr Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí H'Yăm Byă, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Thanh Hà, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh; đồng chí Ama Thuột, Tỉnh ủy viên, Trưởng ban Dân tộc tỉnh.
Năm 2019, toàn tỉnh có 126 mô hình "Dân vận khéo" được công nhận, tăng 19 mô hình so với năm trước. Nhiều mô hình hiệu quả như "Buôn không có ma túy" ở xã Ea Tu, "Góp gạo nuôi bạn nghèo" ở xã Cư Êbur. Qua phong trào, nhân dân đã hiến 42.600 m2 đất, đóng góp trên 9,4 tỷ đồng làm đường giao thông nông thôn; 1.370 hộ đồng bào Ê Đê, M'nông được hỗ trợ nhà ở theo Quyết định 2085/QĐ-TTg của Thủ tướng Chính phủ.
Các cấp ủy thực hiện Kết luận 114-KL/TW của Ban Bí thư về nâng cao chất lượng công tác dân vận chính quyền. Ông Y Kun Mlô, trưởng buôn Ko Sier, được tín nhiệm bầu làm Tổ trưởng tổ hòa giải buôn, chia sẻ cách vận động bà con xóa bỏ tục "nối dây".
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 35 tập thể, 48 cá nhân; mỗi phần thưởng kèm 1,2 triệu đồng.
Hồng Chuyên
Số lượt xem: 1.045
Tin liên quan
- Hội nghị giao ban công tác dân vận quý III năm 2019 (10/10/2019)
- Krông Pắc: Tổng kết 10 năm Dân vận khéo (25/09/2019)
""", "2019-11-13",
"Biểu dương 126 mô hình \"Dân vận khéo\" tiêu biểu",
E("hoi_nghi", "2019", "2019-11-12"),
[P("Y Biêr Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Yăm Byă", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thanh Hà", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ama Thuột", "Tỉnh ủy viên", "Trưởng ban Dân tộc tỉnh"),
 P("Y Kun Mlô", "trưởng buôn Ko Sier", "Tổ trưởng tổ hòa giải buôn")],
[Q("126 mô hình", 126, "mô hình"), Q("210 đại biểu", 210, "đại biểu"), Q("19 mô hình", 19, "mô hình"),
 Q("42.600 m2", 42600, "m2"), Q("trên 9,4 tỷ đồng", 9400000000, "đồng", "over"), Q("1.370 hộ", 1370, "hộ"),
 Q("35 tập thể", 35, "tập thể"), Q("48 cá nhân", 48, "cá nhân"), Q("1,2 triệu đồng", 1200000, "đồng")],
[D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 2085/QĐ-TTg"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW")],
[prov("Đắk Lắk"), com("Ea Tu"), com("Cư Êbur")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ >> Tin hoạt động >> Dân vận chính quyền",
 "Quang cảnh hội nghị biểu dương mô hình \"Dân vận khéo\".", "Dân vận khéo", "Buôn không có ma túy", "Góp gạo nuôi bạn nghèo",
 "buôn Ko Sier", "Số lượt xem: 1.045"],
["Số lượt xem: 1.045", "Năm 2019", "năm 2019"]))

PAGES.append(page("b254-angiang-hnd-tongket-2020", """
HỘI NÔNG DÂN TỈNH AN GIANG
Trang chủ / Tin tức / Hoạt động Hội
08:15 | 17/12/2020
Nông dân An Giang đóng góp 3.260 ngày công xây dựng nông thôn mới
Ngày 16/12, Ban Thường vụ Hội Nông dân tỉnh tổ chức hội nghị trực tuyến tổng kết công tác Hội và phong trào nông dân năm 2020 tại 12 điểm cầu.
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Dự hội nghị có đồng chí Chau Sóc Khum, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh; các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Néang Sa Ly, Trần Văn Lợi; đồng chí Nguyễn Thị Bé Ba, Phó Trưởng Ban Dân vận Tỉnh ủy.
Năm 2020, các cấp hội đã vận động hội viên đóng góp 3.260 ngày công và hơn 4,7 tỷ đồng xây dựng 65 cây cầu nông thôn; 38.420 hộ đạt danh hiệu sản xuất kinh doanh giỏi các cấp. Quỹ Hỗ trợ nông dân tăng trưởng 6,2%, tổng nguồn vốn đạt 52 tỷ 400 triệu đồng, cho 1.915 hộ vay. Hội phối hợp tổ chức 226 lớp chuyển giao kỹ thuật trồng lúa "1 phải, 5 giảm" cho 8.650 lượt nông dân.
Các cấp hội thực hiện Nghị quyết 26-NQ/TW của BCH Trung ương về nông nghiệp, nông dân, nông thôn và Chương trình hành động 14-CTr/HND của Ban Thường vụ Hội Nông dân tỉnh. Ông Chau Ty, nông dân xã Lê Trì, được biểu dương vì mô hình nuôi bò vỗ béo thu lãi 350 triệu đồng/năm.
Hội nghị khen thưởng 22 tập thể và 31 cá nhân. Đồng chí Chau Sóc Khum đề nghị năm 2021 các cơ sở hội kết nạp ít nhất 3.500 hội viên mới, chủ động ứng phó hạn mặn, tham gia liên kết tiêu thụ lúa gạo với doanh nghiệp và giữ vững an ninh nông thôn vùng biên giới.
Ngọc Hân
Lượt xem: 877
Tin liên quan
- Tri Tôn: Hội Nông dân trao 40 con bò giống (10/12/2020)
- Tập huấn phòng chống hạn mặn vụ đông xuân (04/12/2020)
""", "2020-12-17",
"Nông dân An Giang đóng góp 3.260 ngày công xây dựng nông thôn mới",
E("tong_ket", "2020", "2020-12-16"),
[P("Chau Sóc Khum", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Néang Sa Ly", "Phó Chủ tịch Hội Nông dân tỉnh"), P("Trần Văn Lợi", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Thị Bé Ba", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chau Ty", "nông dân xã Lê Trì")],
[Q("12 điểm cầu", 12, "điểm cầu"), Q("3.260 ngày công", 3260, "ngày công"), Q("hơn 4,7 tỷ đồng", 4700000000, "đồng", "over"),
 Q("65 cây cầu nông thôn", 65, "cây cầu nông thôn"), Q("38.420 hộ", 38420, "hộ"), Q("6,2%", 6.2, "%"),
 Q("52 tỷ 400 triệu đồng", 52400000000, "đồng"), Q("1.915 hộ vay", 1915, "hộ vay"), Q("226 lớp", 226, "lớp"),
 Q("8.650 lượt nông dân", 8650, "lượt nông dân"), Q("350 triệu đồng/năm", 350000000, "đồng"),
 Q("22 tập thể", 22, "tập thể"), Q("31 cá nhân", 31, "cá nhân"), Q("ít nhất 3.500 hội viên", 3500, "hội viên")],
[D("Nghị quyết", "26", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 26-NQ/TW"),
 D("Chương trình", "14", "CTr/HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Chương trình hành động 14-CTr/HND")],
[prov("An Giang"), com("Lê Trì")],
["HỘI NÔNG DÂN TỈNH AN GIANG", "Trang chủ / Tin tức / Hoạt động Hội", "Toàn cảnh hội nghị tại điểm cầu tỉnh.",
 "Quỹ Hỗ trợ nông dân", "Lượt xem: 877"],
["Lượt xem: 877", "1 phải, 5 giảm", "năm 2020", "năm 2021"]))

PAGES.append(page("b255-yenbai-mttq-doithoai-2021", """
ỦY BAN MTTQ VIỆT NAM TỈNH YÊN BÁI
You are here: Trang chủ > Tin tức - Sự kiện > Giám sát, phản biện
Thứ Năm, 23/9/2021 | 09:40
Lãnh đạo huyện Trạm Tấu trả lời 18 kiến nghị của đồng bào Mông
Ngày 22/9, tại xã Bản Công, Ủy ban MTTQ Việt Nam tỉnh Yên Bái phối hợp với UBND huyện Trạm Tấu tổ chức hội nghị đối thoại năm 2021 giữa người đứng đầu chính quyền với nhân dân về thực hiện chính sách hỗ trợ hộ nghèo.
Ông Giàng A Chu, thôn Tà Xùa, nêu kiến nghị tại hội nghị.
Tham dự có bà Giàng Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Hà Văn Thuấn, HUV, Chủ tịch UBND huyện Trạm Tấu; các ông Vàng A Lử, Đinh Văn Tòng - Phó Chủ tịch UBND huyện, cùng 96 người dân.
Tại hội nghị, bà con nêu 18 kiến nghị về tiến độ hỗ trợ 57 căn nhà theo Quyết định số 33/2015/QĐ-TTg, việc chi trả 340.000 đồng/ha/năm tiền khoán bảo vệ rừng và nước sinh hoạt. Ông Giàng A Chu, người có uy tín thôn Tà Xùa, đề nghị huyện sớm sửa 2 bể nước tập trung bị hỏng.
Trả lời các kiến nghị, ông Hà Văn Thuấn cho biết đã bố trí 1,26 tỷ đồng để hoàn thành số nhà còn lại trước ngày 30/11; 15/18 kiến nghị được trả lời ngay. Ông Sùng A Dế, Chủ tịch Ủy ban MTTQ xã Bản Công, được giao giám sát việc thực hiện.
Bà Giàng Thị Dung yêu cầu chính quyền thực hiện tốt Chỉ thị 17-CT/TU của Ban Thường vụ Tỉnh ủy về đối thoại với nhân dân; Mặt trận các cấp tiếp tục theo dõi, giám sát việc giải quyết kiến nghị và thông báo kết quả cho bà con tại các buổi họp thôn.
Khánh Ly
Lượt xem: 1.132
Xem thêm
- Mù Cang Chải: Trao 100 suất quà cho hộ khó khăn (15/09/2021)
- Giám sát việc thực hiện chính sách an sinh xã hội (08/09/2021)
""", "2021-09-23",
"Lãnh đạo huyện Trạm Tấu trả lời 18 kiến nghị của đồng bào Mông",
E("doi_thoai", "2021", "2021-09-22"),
[P("Giàng A Chu", "người có uy tín thôn Tà Xùa"),
 P("Giàng Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Văn Thuấn", "HUV", "Chủ tịch UBND huyện Trạm Tấu"),
 P("Vàng A Lử", "Phó Chủ tịch UBND huyện"), P("Đinh Văn Tòng", "Phó Chủ tịch UBND huyện"),
 P("Sùng A Dế", "Chủ tịch Ủy ban MTTQ xã Bản Công")],
[Q("18 kiến nghị", 18, "kiến nghị"), Q("96 người dân", 96, "người dân"), Q("57 căn nhà", 57, "căn nhà"),
 Q("340.000 đồng/ha/năm", 340000, "đồng"), Q("2 bể nước", 2, "bể nước"), Q("1,26 tỷ đồng", 1260000000, "đồng"),
 Q("15/18 kiến nghị", 15, "kiến nghị")],
[D("Quyết định", "33", "2015/QĐ-TTg", None, None, "Quyết định số 33/2015/QĐ-TTg"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17-CT/TU")],
[prov("Yên Bái"), com("Bản Công")],
["ỦY BAN MTTQ VIỆT NAM TỈNH YÊN BÁI", "You are here: Trang chủ > Tin tức - Sự kiện > Giám sát, phản biện",
 "Ông Giàng A Chu, thôn Tà Xùa, nêu kiến nghị tại hội nghị.", "huyện Trạm Tấu", "thôn Tà Xùa", "Lượt xem: 1.132"],
["Lượt xem: 1.132", "năm 2021", "ngày 30/11"]))

PAGES.append(page("b256-binhdinh-hlhpn-taphuan-2022", """
HỘI LHPN TỈNH BÌNH ĐỊNH
Hôm nay: Thứ Sáu, 03/06/2022
Trang chủ » Hoạt động » Tập huấn
26/05/2022 - 15:30
Trang bị kỹ năng chuyển đổi số cho 134 cán bộ Hội cơ sở
Trong 2 ngày 24 và 25/5, Hội LHPN tỉnh Bình Định tổ chức lớp tập huấn năm 2022 về kỹ năng chuyển đổi số và tuyên truyền trên mạng xã hội cho 134 chủ tịch, phó chủ tịch Hội LHPN xã, phường, thị trấn.
Các học viên thực hành lập trang tuyên truyền trên mạng xã hội.
Phát biểu khai mạc, bà Đinh Thị Hương, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh, nhấn mạnh yêu cầu thực hiện Đề án 939 của Thủ tướng Chính phủ về hỗ trợ phụ nữ khởi nghiệp và Kế hoạch 46/KH-HPN ngày 12/4/2022 của Ban Thường vụ Hội LHPN tỉnh. Báo cáo viên là ThS. Võ Thị Ngọc Hân, Phó Giám đốc Trung tâm Chuyển đổi số tỉnh, và bà Đinh Thị Lệ, Phó Chủ tịch Hội LHPN huyện Vân Canh.
Học viên được hướng dẫn lập 1 fanpage cho mỗi cơ sở hội, livestream bán nông sản; đến nay toàn tỉnh có 91 cơ sở hội lập trang riêng, thu hút hơn 25.000 lượt theo dõi. Chị Đinh Thị Lơi, người Bana ở xã Canh Liên, cho biết nhờ bán măng khô qua mạng, mỗi tháng chị thu thêm 3 - 4 triệu đồng.
Cuối lớp, 127/134 học viên hoàn thành bài kiểm tra; Ban tổ chức trao 20 suất học bổng, mỗi suất 1.000.000 đ cho học viên xuất sắc. Sau tập huấn, mỗi cơ sở hội sẽ cử một cán bộ phụ trách truyền thông, cập nhật tin hoạt động và giới thiệu sản phẩm của hội viên lên mạng xã hội ít nhất mỗi tuần một lần.
Lê Thu
Lượt xem: 645
Tin cùng chuyên mục
- Ra mắt mô hình "Chi hội 5 không, 3 sạch" (20/05/2022)
- Hoài Nhơn: Trao 15 sinh kế cho phụ nữ nghèo (12/05/2022)
""", "2022-05-26",
"Trang bị kỹ năng chuyển đổi số cho 134 cán bộ Hội cơ sở",
E("tap_huan", "2022", "2022-05-24"),
[P("Đinh Thị Hương", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Võ Thị Ngọc Hân", "ThS.", "Phó Giám đốc Trung tâm Chuyển đổi số tỉnh"),
 P("Đinh Thị Lệ", "Phó Chủ tịch Hội LHPN huyện Vân Canh"),
 P("Đinh Thị Lơi", "người Bana ở xã Canh Liên")],
[Q("134 cán bộ", 134, "cán bộ"), Q("1 fanpage", 1, "fanpage"), Q("91 cơ sở hội", 91, "cơ sở hội"),
 Q("hơn 25.000 lượt theo dõi", 25000, "lượt theo dõi", "over"), Q("3 - 4 triệu đồng", 3000000, "đồng"),
 Q("3 - 4 triệu đồng", 4000000, "đồng"), Q("127/134 học viên", 127, "học viên"), Q("20 suất học bổng", 20, "suất học bổng"),
 Q("1.000.000 đ", 1000000, "đồng")],
[D("Đề án", "939", None, None, "Thủ tướng Chính phủ", "Đề án 939"),
 D("Kế hoạch", "46", "KH-HPN", "2022-04-12", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 46/KH-HPN")],
[prov("Bình Định"), com("Canh Liên")],
["HỘI LHPN TỈNH BÌNH ĐỊNH", "Trang chủ » Hoạt động » Tập huấn", "Các học viên thực hành lập trang tuyên truyền trên mạng xã hội.",
 "Trung tâm Chuyển đổi số tỉnh", "huyện Vân Canh", "Lượt xem: 645"],
["Hôm nay: Thứ Sáu, 03/06/2022", "Lượt xem: 645", "Trong 2 ngày", "năm 2022"]))
