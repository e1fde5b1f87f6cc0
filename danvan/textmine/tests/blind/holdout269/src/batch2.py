from lib import *
PAGES = []

PAGES.append(page("b6419-quangtri-bdv-taphuan-2017", """
Báo Quảng Trị điện tử
Trang chủ › Chính trị › Xây dựng Đảng
Thứ Sáu, 14/04/2017 - 07:45
Tập huấn kỹ năng vận động nhân dân hiến đất làm đường cho cán bộ cơ sở
QTO - Trong 2 ngày 12 và 13/4, Ban Dân vận Tỉnh ủy Quảng Trị phối hợp với Văn phòng điều phối Chương trình xây dựng nông thôn mới tỉnh tổ chức lớp tập huấn năm 2017 về kỹ năng công tác dân vận trong xây dựng giao thông nông thôn cho 135 học viên là cán bộ dân vận, Mặt trận, đoàn thể các xã và trưởng thôn, bản.
Các học viên tham gia thảo luận nhóm tại lớp tập huấn.
Đồng chí Hồ Thị Thu Hằng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy phát biểu khai giảng lớp học. Đồng chí nhấn mạnh, từ năm 2011 đến nay, nhân dân trong tỉnh đã hiến trên 1,2 triệu m2 đất, đóng góp khoảng 187 tỷ đồng để xây dựng 2.350 km đường giao thông nông thôn. Tuy vậy, ở một số nơi, nhất là vùng đồng bào Vân Kiều, Pa Kô ở Hướng Hóa, Đakrông, việc vận động còn lúng túng, cán bộ chưa biết cách đối thoại với dân.
Tại lớp học, các học viên được nghe ông Lê Quang Trung, Phó Trưởng Ban Dân vận Tỉnh ủy, quán triệt Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp và Hướng dẫn số 09-HD/BDVTU của Ban Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo". Ông Trần Văn Lực, Phó Chánh Văn phòng điều phối nông thôn mới tỉnh, giới thiệu Quyết định số 1600/QĐ-TTg ngày 16/8/2016 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016 - 2020 và cơ chế hỗ trợ xi măng của tỉnh, mức 70% khối lượng xi măng đối với đường trục thôn.
Buổi chiều, các học viên thảo luận tình huống: vận động hộ không đồng ý tháo dỡ cổng ngõ, xử lý khi có người đòi bồi thường, công khai khoản đóng góp. Anh Hồ Văn Sen, Trưởng bản Ra Ly, xã A Dơi, chia sẻ bản có 48 hộ thì 46 hộ đã hiến đất, chỉ còn 2 hộ đang vận động; bản đã mời già làng Hồ Văn Kăn cùng đến nhà từng hộ nói chuyện. Chị Nguyễn Thị Mỹ Lệ, Chủ tịch Hội LHPN xã Triệu Long, giới thiệu mô hình phụ nữ góp tiền tiết kiệm mỗi tháng 20.000 đồng để làm đường kiệt.
Ngày 13/4, đoàn học viên đi thực tế tại xã Gio Mỹ, nơi có 14,6 km đường được bê tông hóa nhờ nhân dân hiến đất, góp công. Kết thúc lớp học, 100% học viên hoàn thành bài thu hoạch.
Đồng chí Hồ Thị Thu Hằng đề nghị sau tập huấn, mỗi xã xây dựng ít nhất 1 mô hình "Dân vận khéo" về giao thông nông thôn, báo cáo kết quả về Ban Dân vận Tỉnh ủy trước ngày 30/11.
Minh Trí
Tin cùng chuyên mục
- Vĩnh Linh: Hiến đất mở đường ở vùng cát (08/04/2017)
- Ban Dân vận Tỉnh ủy giao ban quý I (31/03/2017)
- Gio Linh ra mắt mô hình "Con đường hoa" (20/03/2017)
""", "2017-04-14", "Tập huấn kỹ năng vận động nhân dân hiến đất làm đường cho cán bộ cơ sở",
E("tap_huan", "2017", "2017-04-12"),
[P("Hồ Thị Thu Hằng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Quang Trung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Lực", "Phó Chánh Văn phòng điều phối nông thôn mới tỉnh"),
 P("Hồ Văn Sen", "Trưởng bản Ra Ly"),
 P("Hồ Văn Kăn", "già làng"),
 P("Nguyễn Thị Mỹ Lệ", "Chủ tịch Hội LHPN xã Triệu Long")],
[Q("135 học viên", 135, "học viên"), Q("trên 1,2 triệu m2", 1200000, "m2", "over"),
 Q("khoảng 187 tỷ đồng", 187000000000, "đồng", "approx"), Q("2.350 km", 2350, "km"), Q("70%", 70, "%"),
 Q("48 hộ", 48, "hộ"), Q("46 hộ", 46, "hộ"), Q("2 hộ", 2, "hộ"), Q("20.000 đồng", 20000, "đồng"), Q("14,6 km", 14.6, "km"),
 Q("100%", 100, "%")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU"),
 D("Quyết định", "1600", "QĐ-TTg", "2016-08-16", "Thủ tướng Chính phủ", "Quyết định số 1600/QĐ-TTg ngày 16/8/2016")],
[prov("Quảng Trị"), com("A Dơi"), com("Triệu Long"), com("Gio Mỹ")],
["Báo Quảng Trị điện tử", "Trang chủ › Chính trị › Xây dựng Đảng", "QTO", "Các học viên tham gia thảo luận nhóm tại lớp tập huấn.",
 "Dân vận khéo", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"],
["Thứ Sáu, 14/04/2017 - 07:45", "2 ngày", "năm 2017", "giai đoạn 2016 - 2020", "1 mô hình", "mỗi tháng"]))

PAGES.append(page("b6420-longan-trao-qua-hien-dat-2018", """
BÁO LONG AN ONLINE
Thời sự - Chính trị » Mặt trận - Đoàn thể
07/02/2018 - 14:30
Tặng quà Tết cho hộ nghèo hiến đất làm đường ở Cần Giuộc
Sáng 6/2, Ủy ban MTTQ Việt Nam huyện Cần Giuộc phối hợp với Ban Dân vận Huyện ủy tổ chức thăm, tặng 150 phần quà Tết cho các hộ nghèo, hộ cận nghèo đã hiến đất, dời nhà để xây dựng các tuyến đường giao thông nông thôn trong năm 2017.
Mỗi phần quà gồm 10 kg gạo, bánh mứt và 500.000 đồng tiền mặt, tổng trị giá trên 115 triệu đồng, do các doanh nghiệp, nhà hảo tâm trên địa bàn đóng góp thông qua Quỹ "Vì người nghèo" huyện. Tham dự có bà Phan Thị Mỹ Dung, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Cần Giuộc và ông Trương Văn Nam, Phó Chủ tịch UBND huyện.
Quang cảnh buổi trao quà tại UBND xã Phước Lại.
Năm 2017, phong trào hiến đất làm đường ở Cần Giuộc có bước chuyển rõ nét. Toàn huyện có 684 hộ hiến 47.300 m2 đất, trong đó nhiều hộ có hoàn cảnh khó khăn nhưng vẫn sẵn sàng tháo dỡ nhà, chuồng trại để con đường đi qua. Nhờ sự đồng thuận của nhân dân, huyện đã nâng cấp, mở rộng 38 tuyến đường với tổng chiều dài 52,7 km, kinh phí gần 96 tỷ đồng, trong đó vận động xã hội hóa được 21,5 tỷ đồng.
Phát biểu tại buổi trao quà, bà Phan Thị Mỹ Dung ghi nhận sự hy sinh của những gia đình "nhà còn khó mà lòng không khó", khẳng định đây là minh chứng sinh động cho hiệu quả của Chỉ thị số 14-CT/HU của Ban Thường vụ Huyện ủy về đẩy mạnh công tác dân vận trong xây dựng nông thôn mới và Kế hoạch số 120/KH-UBND ngày 15/3/2017 của UBND huyện về phát triển giao thông nông thôn.
Ông Nguyễn Văn Bé, 71 tuổi, ấp Phước Hòa, xã Phước Lại, người đã hiến gần 200 m2 đất và dời căn nhà tạm vào sâu phía trong, xúc động: "Đường rộng rồi, xe chở lúa vào tận nhà, con cháu đi học không còn lội bùn". Tương tự, gia đình bà Lê Thị Thu, ấp Long Thới, xã Long Hậu, hiến 85 m2 đất dù chỉ có mảnh vườn nhỏ.
Cùng ngày, đoàn cũng thăm và tặng 20 suất học bổng, mỗi suất 1 triệu đồng, cho học sinh nghèo là con em các hộ hiến đất. Ông Trương Văn Nam cho biết năm 2018 huyện tiếp tục đầu tư 25 tuyến đường, ưu tiên các xã Long Hậu, Phước Lại, Tân Tập.
Theo Ban Thường trực Ủy ban MTTQ Việt Nam huyện, những năm qua Cần Giuộc là một trong những địa phương dẫn đầu tỉnh Long An về phong trào hiến đất làm đường. Các tuyến đường mới không chỉ giúp việc đi lại, vận chuyển nông sản thuận lợi mà còn thu hút doanh nghiệp về đầu tư, tạo việc làm cho lao động địa phương. Nhiều gia đình sau khi hiến đất đã mở quán nhỏ, tiệm tạp hóa ven đường, cuộc sống khá lên thấy rõ.
Hoài Thương
Lượt xem: 642
Tin liên quan
- Cần Đước: vận động 300 hộ hiến đất làm đường (30/01/2018)
- Trao 500 phần quà cho người nghèo vùng biên (25/01/2018)
- Thạnh Hóa khánh thành 5 cây cầu nông thôn (16/01/2018)
""", "2018-02-07", "Tặng quà Tết cho hộ nghèo hiến đất làm đường ở Cần Giuộc",
E("trao_qua", None, "2018-02-06"),
[P("Phan Thị Mỹ Dung", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Cần Giuộc"),
 P("Trương Văn Nam", "Phó Chủ tịch UBND huyện"),
 P("Nguyễn Văn Bé"), P("Lê Thị Thu")],
[Q("150 phần quà", 150, "phần quà"), Q("10 kg", 10, "kg"), Q("500.000 đồng", 500000, "đồng"),
 Q("trên 115 triệu đồng", 115000000, "đồng", "over"), Q("684 hộ", 684, "hộ"), Q("47.300 m2", 47300, "m2"),
 Q("38 tuyến đường", 38, "tuyến đường"), Q("52,7 km", 52.7, "km"), Q("gần 96 tỷ đồng", 96000000000, "đồng", "approx"),
 Q("21,5 tỷ đồng", 21500000000, "đồng"), Q("gần 200 m2", 200, "m2", "approx"), Q("85 m2", 85, "m2"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("25 tuyến đường", 25, "tuyến đường")],
[D("Chỉ thị", "14", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 14-CT/HU"),
 D("Kế hoạch", "120", "KH-UBND", "2017-03-15", "UBND huyện", "Kế hoạch số 120/KH-UBND ngày 15/3/2017")],
[prov("Long An"), com("Phước Lại"), com("Long Hậu"), com("Tân Tập")],
["BÁO LONG AN ONLINE", "Thời sự - Chính trị » Mặt trận - Đoàn thể", "Vì người nghèo",
 "Quang cảnh buổi trao quà tại UBND xã Phước Lại.", "nhà còn khó mà lòng không khó", "Lượt xem: 642"],
["07/02/2018 - 14:30", "năm 2017", "71 tuổi", "năm 2018", "Lượt xem: 642"]))

PAGES.append(page("b6421-phutho-bdv-tongket-2019", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Phú Thọ
Hôm nay: Thứ Hai, 30/12/2019
Trang chủ - Tin tức - Sự kiện
Cập nhật: 27/12/2019 - 10:20
Ảnh: Các đại biểu dự hội nghị.
Khối dân vận Phú Thọ: vận động làm hơn 900 km đường giao thông nông thôn
Ngày 26/12, Ban Dân vận Tỉnh ủy Phú Thọ tổ chức hội nghị tổng kết công tác dân vận năm 2019, triển khai nhiệm vụ năm 2020. Đồng chí Đỗ Hồng Quân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hà Thị Thúy, Nguyễn Văn Lợi.
Năm 2019, công tác vận động nhân dân tham gia xây dựng nông thôn mới tiếp tục là điểm sáng. Thực hiện Nghị quyết số 20-NQ/TU ngày 15/9/2016 của Ban Chấp hành Đảng bộ tỉnh về phát triển giao thông nông thôn giai đoạn 2016 - 2020, khối dân vận các cấp đã phối hợp vận động nhân dân hiến trên 312.000 m2 đất, đóng góp hơn 135 tỷ đồng và khoảng 420.000 ngày công; toàn tỉnh cứng hóa được 917,4 km đường giao thông nông thôn, vượt 14,7% kế hoạch. Đến nay có 152/225 xã đạt tiêu chí giao thông.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận số 84, 85-KL/TU về công tác dân vận trong thực hiện các dự án giao thông và về phát huy vai trò người có uy tín; phối hợp với Ban cán sự đảng UBND tỉnh sơ kết 3 năm thực hiện Quy chế phối hợp số 12-QC/BDVTU-BCSĐ. Phong trào thi đua "Dân vận khéo" có 1.862 mô hình được công nhận, trong đó 94 mô hình cấp tỉnh.
Thảo luận tại hội nghị, đồng chí Hoàng Văn Tuấn, HUV, Trưởng Ban Dân vận Huyện ủy Yên Lập, cho biết huyện vận động được 2.140 hộ người Mường hiến đất, nhiều tuyến đường vùng cao được mở rộng lên 6 m. Đồng chí Đinh Thị Nguyệt, Bí thư Đảng ủy xã Xuân Viên, kiến nghị tỉnh sớm có cơ chế hỗ trợ kinh phí duy tu các tuyến đường đã xuống cấp.
Kết luận hội nghị, đồng chí Đỗ Hồng Quân yêu cầu năm 2020 khối dân vận tập trung tham mưu chuẩn bị tốt đại hội đảng bộ các cấp, tiếp tục vận động nhân dân hoàn thành tiêu chí giao thông ở 28 xã phấn đấu đạt chuẩn nông thôn mới; không để phát sinh điểm nóng liên quan đến giải phóng mặt bằng các dự án.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 21 tập thể, 34 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2019.
Nhiều đại biểu cũng đề nghị tăng cường phối hợp giữa khối dân vận với các cơ quan chuyên môn trong khảo sát, thiết kế tuyến đường ngay từ đầu, tránh việc phải vận động dân hiến đất nhiều lần cho cùng một tuyến; đồng thời quan tâm hơn đến việc tôn vinh những hộ hiến đất tiêu biểu ở cơ sở.
Thu Hà
Các tin đã đưa
- Thanh Sơn: Hiến đất mở đường ở xã vùng cao (18/12/2019)
- Giao ban khối dân vận quý III/2019 (04/10/2019)
- Tuyên dương 60 điển hình "Dân vận khéo" (10/09/2019)
""", "2019-12-27", "Khối dân vận Phú Thọ: vận động làm hơn 900 km đường giao thông nông thôn",
E("tong_ket", "2019", "2019-12-26"),
[P("Đỗ Hồng Quân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Thị Thúy", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Nguyễn Văn Lợi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Tuấn", "HUV", "Trưởng Ban Dân vận Huyện ủy Yên Lập"),
 P("Đinh Thị Nguyệt", "Bí thư Đảng ủy xã Xuân Viên")],
[Q("trên 312.000 m2", 312000, "m2", "over"), Q("hơn 135 tỷ đồng", 135000000000, "đồng", "over"),
 Q("khoảng 420.000 ngày công", 420000, "ngày công", "approx"), Q("917,4 km", 917.4, "km"), Q("14,7%", 14.7, "%"),
 Q("152/225 xã", 152, "xã"), Q("1.862 mô hình", 1862, "mô hình"), Q("94 mô hình cấp tỉnh", 94, "mô hình cấp tỉnh"),
 Q("2.140 hộ", 2140, "hộ"), Q("6 m", 6, "m"), Q("28 xã", 28, "xã"), Q("21 tập thể", 21, "tập thể"), Q("34 cá nhân", 34, "cá nhân")],
[D("Nghị quyết", "20", "NQ/TU", "2016-09-15", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 20-NQ/TU ngày 15/9/2016"),
 D("Kết luận", "84", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 84, 85-KL/TU"),
 D("Kết luận", "85", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 84, 85-KL/TU"),
 D("Quy chế phối hợp", "12", "QC/BDVTU-BCSĐ", None, None, "Quy chế phối hợp số 12-QC/BDVTU-BCSĐ")],
[prov("Phú Thọ"), com("Xuân Viên")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Phú Thọ", "Hôm nay: Thứ Hai, 30/12/2019", "Trang chủ - Tin tức - Sự kiện",
 "Ảnh: Các đại biểu dự hội nghị.", "Dân vận khéo"],
["Hôm nay: Thứ Hai, 30/12/2019", "Cập nhật: 27/12/2019 - 10:20", "năm 2019", "năm 2020", "giai đoạn 2016 - 2020", "3 năm"]))

PAGES.append(page("b6422-dongthap-khanh-thanh-duong-2019", """
ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG THÁP
Tin tức > Thời sự > Địa phương
02/09/2019 | 18:10
Khánh thành tuyến đường 4,5 tỷ đồng do dân hiến đất, góp vốn
Thđt - Ngày 1/9, UBND xã Mỹ Xương, huyện Cao Lãnh phối hợp Ủy ban MTTQ xã tổ chức lễ khánh thành, đưa vào sử dụng tuyến đường bê tông liên ấp Mỹ Phú - Mỹ Thới, chào mừng 74 năm Cách mạng tháng Tám và Quốc khánh 2/9.
Đại biểu cắt băng khánh thành tuyến đường.
Tuyến đường dài 3,8 km, mặt rộng 3,5 m, có 2 cây cầu bê tông, tổng kinh phí xây dựng khoảng 4,5 tỷ đồng. Trong đó, ngân sách nhà nước hỗ trợ 2,6 tỷ đồng, còn lại do nhân dân, các mạnh thường quân đóng góp. Đặc biệt, 96 hộ dân dọc tuyến đã tự nguyện hiến hơn 11.000 m2 đất, di dời 17 căn nhà, 1.240 m hàng rào và chặt bỏ hàng trăm gốc xoài, nhãn để mở rộng đường.
Phát biểu tại lễ khánh thành, ông Nguyễn Văn Phong, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Mỹ Xương, cho biết: để có tuyến đường này, Đảng ủy, UBND xã đã tổ chức 12 cuộc họp dân, công khai thiết kế, dự toán và từng khoản đóng góp theo đúng Nghị định số 24/1999/NĐ-CP của Chính phủ về tổ chức huy động, quản lý và sử dụng các khoản đóng góp tự nguyện của nhân dân để xây dựng cơ sở hạ tầng của các xã, thị trấn. Ông đặc biệt cảm ơn ông Trần Văn Năm, Trưởng ấp Mỹ Phú, người đã 30 lần đến từng nhà vận động.
Bà Lê Thị Bích Tuyền, Chủ tịch Ủy ban MTTQ xã, cho biết trong quá trình thi công, ban giám sát đầu tư cộng đồng đã phát hiện 2 đoạn đổ bê tông chưa đạt độ dày và yêu cầu nhà thầu làm lại. Người dân được mời tham gia nghiệm thu từng đoạn đường.
Ông Võ Văn Út, ấp Mỹ Thới, hộ hiến nhiều đất nhất với 620 m2, chia sẻ: "Trước đây mùa nước nổi bà con phải đi xuồng, giờ xe tải vào tận ruộng mua xoài, giá bán cao hơn mỗi ký vài ngàn đồng".
Dịp này, UBND huyện Cao Lãnh tặng giấy khen cho 8 hộ tiêu biểu trong phong trào hiến đất làm đường. Theo ông Đặng Minh Trí, Phó Chủ tịch UBND huyện Cao Lãnh, từ đầu năm đến nay toàn huyện đã có 1.035 hộ hiến đất, góp phần xây mới 26 tuyến đường nông thôn, thực hiện Nghị quyết số 05-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển giao thông nông thôn.
Được biết, thực hiện phong trào "Đồng Tháp chung sức xây dựng nông thôn mới", những năm gần đây phong trào hiến đất, góp công làm đường, bắc cầu ở các xã vùng trong của huyện Cao Lãnh phát triển mạnh. Nhiều tuyến đường đất trước đây chỉ đi được vào mùa khô nay đã được bê tông hóa, xe ô tô vào tận các vườn xoài, góp phần nâng giá trị nông sản và thu hút khách du lịch về trải nghiệm vườn cây ăn trái.
Hồng Nhung
Xem thêm
- Tháp Mười: Hơn 500 hộ hiến đất làm đường (20/08/2019)
- Mặt trận vận động xây 20 cây cầu nông thôn (10/08/2019)
- Lai Vung: Khánh thành cầu Sa Nhiên (28/07/2019)
""", "2019-09-02", "Khánh thành tuyến đường 4,5 tỷ đồng do dân hiến đất, góp vốn",
E("khac", None, None),
[P("Nguyễn Văn Phong", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Mỹ Xương"),
 P("Trần Văn Năm", "Trưởng ấp Mỹ Phú"),
 P("Lê Thị Bích Tuyền", "Chủ tịch Ủy ban MTTQ xã"),
 P("Võ Văn Út"),
 P("Đặng Minh Trí", "Phó Chủ tịch UBND huyện Cao Lãnh")],
[Q("khoảng 4,5 tỷ đồng", 4500000000, "đồng", "approx"), Q("3,8 km", 3.8, "km"), Q("3,5 m", 3.5, "m"),
 Q("2 cây cầu bê tông", 2, "cây cầu bê tông"), Q("2,6 tỷ đồng", 2600000000, "đồng"), Q("96 hộ dân", 96, "hộ dân"),
 Q("hơn 11.000 m2", 11000, "m2", "over"), Q("17 căn nhà", 17, "căn nhà"), Q("1.240 m", 1240, "m"),
 Q("12 cuộc họp dân", 12, "cuộc họp dân"), Q("30 lần", 30, "lần"), Q("2 đoạn", 2, "đoạn"), Q("620 m2", 620, "m2"),
 Q("8 hộ tiêu biểu", 8, "hộ tiêu biểu"), Q("1.035 hộ", 1035, "hộ"), Q("26 tuyến đường nông thôn", 26, "tuyến đường nông thôn")],
[D("Nghị định", "24", "1999/NĐ-CP", None, "Chính phủ", "Nghị định số 24/1999/NĐ-CP"),
 D("Nghị quyết", "05", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 05-NQ/HU")],
[prov("Đồng Tháp"), com("Mỹ Xương")],
["ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG THÁP", "Tin tức > Thời sự > Địa phương", "Thđt", "Đại biểu cắt băng khánh thành tuyến đường.", "Đồng Tháp chung sức xây dựng nông thôn mới"],
["02/09/2019 | 18:10", "74 năm", "Quốc khánh 2/9"]))

PAGES.append(page("b6423-laocai-xa-baocao-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ BẢN XÈO - HUYỆN BÁT XÁT - TỈNH LÀO CAI
Trang chủ :: Chính quyền :: Văn bản - Báo cáo
30/12/2020 08:00
Báo cáo kết quả thực hiện bê tông hóa đường giao thông nông thôn năm 2020
Ngày 28/12/2020, UBND xã Bản Xèo ban hành Báo cáo số 186/BC-UBND về kết quả thực hiện chương trình bê tông hóa đường giao thông nông thôn năm 2020 trên địa bàn xã, trình kỳ họp thứ 12 HĐND xã khóa XX. Báo cáo do ông Lù Văn Páo, Chủ tịch UBND xã ký.
Theo báo cáo, thực hiện Nghị quyết số 10/2016/NQ-HĐND ngày 21/7/2016 của HĐND tỉnh Lào Cai về chính sách hỗ trợ xi măng làm đường giao thông nông thôn và Kế hoạch số 45/KH-UBND của UBND huyện, năm 2020 xã được giao kế hoạch bê tông hóa 6,5 km đường thôn, nội thôn. Kết quả, xã đã hoàn thành 7,2 km, đạt 110,8% kế hoạch; trong đó đường trục thôn 4,1 km, đường ngõ xóm 3,1 km.
Về nguồn lực: tỉnh hỗ trợ 1.180 tấn xi măng; ngân sách huyện hỗ trợ 640 triệu đồng mua cát, sỏi và vận chuyển; nhân dân đóng góp 5.760 ngày công, tương đương khoảng 1,15 tỷ đồng. Đồng bào Mông, Dao ở 6 thôn đã tự nguyện hiến 8.430 m2 đất nương, đất vườn, tháo dỡ 43 chuồng trại và 215 m tường đá để mở rộng nền đường, không có trường hợp nào đòi bồi thường.
Công tác dân vận được chú trọng. Đảng ủy xã phân công 27 đảng viên phụ trách từng nhóm hộ; Ủy ban MTTQ xã, các đoàn thể tổ chức 34 buổi tuyên truyền bằng tiếng Mông, tiếng Dao. Điển hình là thôn Sẻng Sáng, ông Sùng A Lử, Bí thư Chi bộ thôn, vận động 100% số hộ hiến đất; thôn Trung Hồ do ông Tẩn Láo Lở, Trưởng thôn, trực tiếp đứng ra phân công các nhóm hộ thi công.
Tồn tại, hạn chế: một số tuyến thi công chậm do mùa mưa kéo dài; 2 thôn chưa thành lập tổ duy tu đường; một vài hộ còn trông chờ vào sự hỗ trợ của Nhà nước.
Phương hướng năm 2021, xã phấn đấu bê tông hóa thêm ít nhất 5 km đường, hoàn thành tiêu chí giao thông theo Quyết định số 1980/QĐ-TTg ngày 17/10/2016 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016 - 2020. Báo cáo đề nghị HĐND xã giao bà Giàng Thị Mỷ, Phó Chủ tịch UBND xã, chỉ đạo rà soát, lập danh mục các tuyến ưu tiên ngay từ đầu năm.
Tại kỳ họp, ông Lý Seo Chẩn, Bí thư Đảng ủy, Chủ tịch HĐND xã, đánh giá cao kết quả đạt được và đề nghị tiếp tục phát huy sức dân, thực hiện tốt phương châm "Nhà nước và nhân dân cùng làm".
Văn phòng HĐND - UBND xã
Lượt truy cập: 35.418
Tin khác
- Thông báo lịch tiếp công dân tháng 1/2021 (29/12/2020)
- Kỳ họp thứ 12 HĐND xã khóa XX (25/12/2020)
- Xã Bản Xèo ra quân làm đường thôn Phìn Chải (15/11/2020)
- Hội Nông dân xã tập huấn kỹ thuật trồng chè (02/11/2020)
""", "2020-12-30", "Báo cáo kết quả thực hiện bê tông hóa đường giao thông nông thôn năm 2020",
E("bao_cao", "2020", "2020-12-28"),
[P("Lù Văn Páo", "Chủ tịch UBND xã"),
 P("Sùng A Lử", "Bí thư Chi bộ thôn"),
 P("Tẩn Láo Lở", "Trưởng thôn"),
 P("Giàng Thị Mỷ", "Phó Chủ tịch UBND xã"),
 P("Lý Seo Chẩn", "Bí thư Đảng ủy", "Chủ tịch HĐND xã")],
[Q("6,5 km", 6.5, "km"), Q("7,2 km", 7.2, "km"), Q("110,8%", 110.8, "%"), Q("4,1 km", 4.1, "km"), Q("3,1 km", 3.1, "km"),
 Q("1.180 tấn", 1180, "tấn"), Q("640 triệu đồng", 640000000, "đồng"), Q("5.760 ngày công", 5760, "ngày công"),
 Q("khoảng 1,15 tỷ đồng", 1150000000, "đồng", "approx"), Q("6 thôn", 6, "thôn"), Q("8.430 m2", 8430, "m2"),
 Q("43 chuồng trại", 43, "chuồng trại"), Q("215 m", 215, "m"), Q("27 đảng viên", 27, "đảng viên"),
 Q("34 buổi tuyên truyền", 34, "buổi tuyên truyền"), Q("100%", 100, "%"), Q("2 thôn", 2, "thôn"),
 Q("ít nhất 5 km", 5, "km", "over")],
[D("Báo cáo", "186", "BC-UBND", "2020-12-28", "UBND xã Bản Xèo", "Báo cáo số 186/BC-UBND"),
 D("Nghị quyết", "10", "2016/NQ-HĐND", "2016-07-21", "HĐND tỉnh Lào Cai", "Nghị quyết số 10/2016/NQ-HĐND ngày 21/7/2016"),
 D("Kế hoạch", "45", "KH-UBND", None, "UBND huyện", "Kế hoạch số 45/KH-UBND"),
 D("Quyết định", "1980", "QĐ-TTg", "2016-10-17", "Thủ tướng Chính phủ", "Quyết định số 1980/QĐ-TTg ngày 17/10/2016")],
[prov("Lào Cai"), com("Bản Xèo")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ BẢN XÈO - HUYỆN BÁT XÁT - TỈNH LÀO CAI", "Trang chủ :: Chính quyền :: Văn bản - Báo cáo",
 "Văn phòng HĐND - UBND xã", "Nhà nước và nhân dân cùng làm", "Lượt truy cập: 35.418"],
["30/12/2020 08:00", "năm 2020", "kỳ họp thứ 12", "khóa XX", "năm 2021", "giai đoạn 2016 - 2020", "Lượt truy cập: 35.418"]))

PAGES.append(page("b6424-quangnam-hoinghi-bieuduong-2020", """
Báo Quảng Nam
Trang chủ / Chính trị / Dân vận
Thứ Sáu, 20/11/2020, 16:25 (GMT+7)
Tây Giang biểu dương 50 hộ đồng bào Cơ Tu hiến đất làm đường
(QNO) - Sáng nay 20/11, Huyện ủy Tây Giang tổ chức hội nghị biểu dương điển hình tiên tiến trong phong trào hiến đất làm đường giao thông nông thôn năm 2020. Tới dự có bà Zơ Râm Thị Ấm, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Tây Giang và ông Bhling Mia, Bí thư Huyện ủy Tây Giang.
Ông Bhling Mia trao giấy khen cho các hộ tiêu biểu. Ảnh: ALĂNG NGƯỚC
Là huyện vùng cao biên giới, hơn 90% dân số là đồng bào Cơ Tu, Tây Giang có địa hình chia cắt, đất ở khan hiếm. Vậy nhưng từ năm 2016 đến nay, đồng bào đã tự nguyện hiến gần 68.000 m2 đất, chặt bỏ hơn 3.500 cây keo, cây ăn quả để mở 42 tuyến đường liên thôn, nội thôn với tổng chiều dài 57,6 km. Riêng năm 2020, 50 hộ tiêu biểu được biểu dương đã hiến tổng cộng 12.800 m2 đất, nhiều hộ hiến trên 500 m2.
Theo ông Bhling Mia, kết quả này có được nhờ Huyện ủy kịp thời ban hành Nghị quyết số 09-NQ/HU về phát triển giao thông nông thôn gắn với bố trí dân cư, đồng thời triển khai hiệu quả Chỉ thị số 18-CT/TU ngày 5/4/2017 của Ban Thường vụ Tỉnh ủy Quảng Nam về tăng cường công tác dân vận vùng đồng bào dân tộc thiểu số. Vai trò của già làng, người có uy tín là rất lớn.
Tại hội nghị, già làng Clâu Nhấp, thôn Agrích, xã Atiêng, kể: "Mình nói con cháu, đường mở thì cái xe máy, xe chở keo vào được, bán được giá cao hơn. Đất còn thì làm rẫy chỗ khác". Gia đình ông hiến 1.200 m2 đất rẫy, là hộ hiến nhiều nhất huyện trong năm. Ông A Lăng Văn Hùng, Bí thư Chi bộ thôn Arớh, xã Lăng, cho biết chi bộ đưa chỉ tiêu hiến đất vào nghị quyết, đảng viên làm trước, quần chúng theo sau.
Bà Bríu Thị Ngân, Chủ tịch Hội LHPN xã Bhalêê, chia sẻ cách vận động của hội: mỗi chi hội nhận "đỡ đầu" một đoạn đường, phụ nữ tự trồng hoa, làm vệ sinh hai bên đường vào ngày chủ nhật hàng tuần.
Dịp này, UBND huyện tặng giấy khen cho 50 hộ và 6 tập thể; mỗi hộ được thưởng 1 triệu đồng. Hội nghị cũng phát động phong trào thi đua hiến đất mở đường giai đoạn 2021 - 2025 với mục tiêu 100% thôn có đường ô tô đến trung tâm.
Phát biểu kết luận, bà Zơ Râm Thị Ấm đề nghị các cấp ủy tiếp tục thực hiện Quy chế dân chủ ở cơ sở, "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng" trong từng công trình; không để hộ nào hiến đất xong lại thiếu đất sản xuất.
Alăng Ngước
Tin liên quan
- Nam Giang: 300 hộ hiến đất mở đường vào khu sản xuất (12/11/2020)
- Đông Giang khánh thành cầu treo Arút (01/11/2020)
- Già làng Cơ Tu giữ rừng, giữ bản (25/10/2020)
""", "2020-11-20", "Tây Giang biểu dương 50 hộ đồng bào Cơ Tu hiến đất làm đường",
E("hoi_nghi", "2020", "2020-11-20"),
[P("Zơ Râm Thị Ấm", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Tây Giang"),
 P("Bhling Mia", "Bí thư Huyện ủy Tây Giang"),
 P("Clâu Nhấp", "già làng"),
 P("A Lăng Văn Hùng", "Bí thư Chi bộ thôn Arớh"),
 P("Bríu Thị Ngân", "Chủ tịch Hội LHPN xã Bhalêê")],
[Q("50 hộ", 50, "hộ"), Q("hơn 90%", 90, "%", "over"), Q("gần 68.000 m2", 68000, "m2", "approx"),
 Q("hơn 3.500 cây keo, cây ăn quả", 3500, "cây keo, cây ăn quả", "over"), Q("42 tuyến đường liên thôn, nội thôn", 42, "tuyến đường liên thôn, nội thôn"),
 Q("57,6 km", 57.6, "km"), Q("12.800 m2", 12800, "m2"), Q("trên 500 m2", 500, "m2", "over"), Q("1.200 m2", 1200, "m2"),
 Q("6 tập thể", 6, "tập thể"), Q("1 triệu đồng", 1000000, "đồng"), Q("100%", 100, "%")],
[D("Nghị quyết", "09", "NQ/HU", None, "Huyện ủy", "Nghị quyết số 09-NQ/HU"),
 D("Chỉ thị", "18", "CT/TU", "2017-04-05", "Ban Thường vụ Tỉnh ủy Quảng Nam", "Chỉ thị số 18-CT/TU ngày 5/4/2017")],
[prov("Quảng Nam"), com("Atiêng"), com("Lăng"), com("Bhalêê")],
["Báo Quảng Nam", "Trang chủ / Chính trị / Dân vận", "(QNO)", "Ông Bhling Mia trao giấy khen cho các hộ tiêu biểu. Ảnh: ALĂNG NGƯỚC",
 "Quy chế dân chủ ở cơ sở", "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"],
["Thứ Sáu, 20/11/2020, 16:25 (GMT+7)", "năm 2020", "năm 2016", "giai đoạn 2021 - 2025"]))
