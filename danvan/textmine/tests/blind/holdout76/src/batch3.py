from lib import *
PAGES = []

PAGES.append(page("b1793-gialai-bdv-tongket-dvk-2021", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ >> Tin tức - Sự kiện >> Dân vận khéo
30/12/2021 - 15:20
Toàn cảnh hội nghị.
Gia Lai tôn vinh 80 tập thể, cá nhân tiêu biểu trong phong trào "Dân vận khéo"
Chiều 29/12, Ban Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị tổng kết công tác dân vận và phong trào thi đua "Dân vận khéo" năm 2021 theo hình thức trực tiếp kết hợp trực tuyến đến 17 điểm cầu huyện, thị xã, thành phố. Đồng chí Rah Lan Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Kpă Thị Nhung, Lê Quang Vinh và Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Rơ Lan Thuyên.
Năm 2021, Ban Dân vận Tỉnh ủy đã tham mưu Tỉnh ủy triển khai Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về ban hành Quy chế công tác dân vận của hệ thống chính trị; tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 14, 15-KH/TU về phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2025 và về công tác vận động đồng bào Jrai, Bahnar theo đạo Tin lành.
Toàn tỉnh hiện có 1.650 mô hình "Dân vận khéo", trong đó 72 mô hình cấp tỉnh, 418 mô hình cấp huyện, 1.160 mô hình cấp xã. Các mô hình đã giúp 2.870 hộ đồng bào dân tộc thiểu số thoát nghèo; nhân dân hiến trên 96.000 m2 đất, đóng góp gần 41 tỷ đồng xây dựng đường giao thông, nhà văn hóa làng. Trong phòng, chống dịch Covid-19, khối dân vận đã vận động 98,7% người dân trong độ tuổi tiêm vắc xin mũi 1.
Tại hội nghị, đồng chí Siu Blik, HUV, Trưởng Ban Dân vận Huyện ủy Chư Păh, chia sẻ mô hình "Làng không có người di cư tự do" ở xã Ia Ka; ông Đinh Văn Yơk, người có uy tín làng Kon Sơ Lăl, xã Hà Tây, kể việc thuyết phục 14 hộ trả lại đất rừng lấn chiếm. Bà Puih H'Lan, Chủ tịch Hội LHPN xã Ia Dreng, giới thiệu tổ hợp tác dệt thổ cẩm có 32 chị em tham gia.
Dịp này, UBND tỉnh tặng Bằng khen cho 20 tập thể, 30 cá nhân; Ban Thường vụ Tỉnh ủy tặng Giấy khen cho 12 tập thể, 18 cá nhân có thành tích xuất sắc. Các cá nhân được tặng Bằng khen có: ông Nay Phin, Bí thư Chi bộ kiêm Trưởng làng Plei Ơi, xã Ia Piar; Thượng úy Ksor Nhiên, cán bộ Đồn Biên phòng Ia Mơ; bà Nguyễn Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ thị xã Ayun Pa.
Phát biểu kết luận, đồng chí Rah Lan Lâm đề nghị năm 2022 các cấp ủy tiếp tục đổi mới nội dung, phương thức công tác dân vận; mỗi cơ quan, đơn vị lựa chọn mô hình thiết thực, tránh hình thức; phát huy vai trò già làng, người có uy tín trong việc giữ vững an ninh nông thôn.
Ngọc Thu
Lượt truy cập: 412.093
Tin liên quan
- Chư Sê biểu dương 25 điển hình "Dân vận khéo" (22/12/2021)
- Giao ban khối dân vận quý IV năm 2021 (10/12/2021)
- Đức Cơ: vận động đồng bào tiêm vắc xin phòng Covid-19 (26/11/2021)
""", "2021-12-30", 'Gia Lai tôn vinh 80 tập thể, cá nhân tiêu biểu trong phong trào "Dân vận khéo"',
E("tong_ket", "2021", "2021-12-29"),
[P("Rah Lan Lâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kpă Thị Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Quang Vinh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Lan Thuyên", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Blik", "HUV", "Trưởng Ban Dân vận Huyện ủy Chư Păh"),
 P("Đinh Văn Yơk", "người có uy tín làng Kon Sơ Lăl"),
 P("Puih H'Lan", "Chủ tịch Hội LHPN xã Ia Dreng"),
 P("Nay Phin", "Bí thư Chi bộ kiêm Trưởng làng Plei Ơi"),
 P("Ksor Nhiên", "Thượng úy", "cán bộ Đồn Biên phòng Ia Mơ"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ thị xã Ayun Pa")],
[Q("80 tập thể, cá nhân", 80, "tập thể, cá nhân"), Q("17 điểm cầu huyện, thị xã, thành phố", 17, "điểm cầu huyện, thị xã, thành phố"),
 Q("1.650 mô hình", 1650, "mô hình"), Q("72 mô hình cấp tỉnh", 72, "mô hình cấp tỉnh"),
 Q("418 mô hình cấp huyện", 418, "mô hình cấp huyện"), Q("1.160 mô hình cấp xã", 1160, "mô hình cấp xã"),
 Q("2.870 hộ đồng bào dân tộc thiểu số", 2870, "hộ đồng bào dân tộc thiểu số"), Q("trên 96.000 m2", 96000, "m2", "over"),
 Q("gần 41 tỷ đồng", 41000000000, "đồng", "approx"), Q("98,7%", 98.7, "%"), Q("14 hộ", 14, "hộ"),
 Q("32 chị em", 32, "chị em"), Q("20 tập thể", 20, "tập thể"), Q("30 cá nhân", 30, "cá nhân"), Q("12 tập thể", 12, "tập thể"),
 Q("18 cá nhân", 18, "cá nhân")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "14", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 14, 15-KH/TU"),
 D("Kế hoạch", "15", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 14, 15-KH/TU")],
[prov("Gia Lai"), com("Ia Ka"), com("Hà Tây"), com("Ia Dreng"), com("Ia Piar")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ >> Tin tức - Sự kiện >> Dân vận khéo", "Toàn cảnh hội nghị.", "Dân vận khéo",
 "Làng không có người di cư tự do", "Đồn Biên phòng Ia Mơ", "Lượt truy cập: 412.093"],
["30/12/2021 - 15:20", "năm 2021", "giai đoạn 2021 - 2025", "mũi 1", "năm 2022", "Lượt truy cập: 412.093"]))

PAGES.append(page("b1794-travinh-bdv-bieuduong-dvk-2022", """
Báo Trà Vinh điện tử - Cơ quan của Đảng bộ tỉnh Trà Vinh
Chính trị > Dân vận > Dân vận khéo
07.10.2022 | 08:30
Trà Vinh biểu dương 52 mô hình, 68 điển hình "Dân vận khéo"
Sáng 6/10, Ban Dân vận Tỉnh ủy Trà Vinh tổ chức Hội nghị biểu dương mô hình, điển hình "Dân vận khéo" năm 2022. Đồng chí Thạch Chanh Ty, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và phát biểu chỉ đạo. Dự hội nghị có 150 đại biểu là chức sắc tôn giáo, người có uy tín và cán bộ dân vận cơ sở.
Các đại biểu tham quan gian trưng bày sản phẩm của các mô hình.
Theo báo cáo, sau 5 năm thực hiện Kế hoạch số 27-KH/TU ngày 18/5/2017 của Tỉnh ủy về phong trào thi đua "Dân vận khéo", toàn tỉnh đã xây dựng 2.356 mô hình, 1.874 điển hình; trong đó cấp tỉnh công nhận 184 mô hình, cấp huyện 611 mô hình, cấp xã 1.561 mô hình. Riêng năm 2022 có thêm 352 mô hình đăng ký. Các mô hình đã vận động nhân dân hiến 210.000 m2 đất, đóng góp hơn 35 tỷ đồng làm 146 cây cầu, 320 km đường; giúp 4.120 hộ Khmer thoát nghèo.
Tại hội nghị, Ban Dân vận Tỉnh ủy biểu dương 52 mô hình, 68 điển hình tiêu biểu. Trong các điển hình có Đại đức Thạch Sóc Khum, trụ trì chùa Kom Pong, xã Hòa Lợi; Achar Kim Sa Ran, chùa Phnô Đôn, xã Đôn Xuân; bà Sơn Thị Chanh Đa, Chi hội trưởng Chi hội Phụ nữ ấp Sóc Chuối, xã Ngũ Lạc; ông Kiên Sóc Khem, người có uy tín ấp Trà Ốp, xã Lương Hòa; ông Trầm Văn Bé Tư, ĐUV, Chủ tịch Hội Nông dân xã Tân Sơn.
Hòa thượng Thạch Sa Em, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, chia sẻ các chùa Phật giáo Nam tông Khmer đã mở 118 lớp dạy chữ Khmer trong dịp hè cho gần 4.600 học sinh và vận động Phật tử đóng góp 2,3 tỷ đồng hỗ trợ đồng bào khó khăn. Ông Kiên Sóc Khem cho biết ấp Trà Ốp nhiều năm liền không có đơn thư vượt cấp, 100% hộ đăng ký gia đình văn hóa.
Phát biểu tại hội nghị, đồng chí Thạch Chanh Ty đánh giá cao các tập thể, cá nhân được biểu dương; đề nghị các cấp ủy tiếp tục thực hiện tốt Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, gắn với phong trào "Dân vận khéo" và cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Dịp này, Ban Thường vụ Tỉnh ủy tặng Giấy khen cho 20 tập thể, 36 cá nhân; mỗi mô hình, điển hình được biểu dương nhận tiền thưởng 1 triệu đồng.
Hữu Hiệp
Tin cùng chuyên mục
- Cầu Kè: sơ kết 5 năm phong trào dân vận khéo (29/09/2022)
- Giao ban công tác dân vận quý III năm 2022 (23/09/2022)
- Trà Cú: vận động đồng bào Khmer chuyển đổi cây trồng (15/09/2022)
""", "2022-10-07", 'Trà Vinh biểu dương 52 mô hình, 68 điển hình "Dân vận khéo"',
E("hoi_nghi", "2022", "2022-10-06"),
[P("Thạch Chanh Ty", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sóc Khum", "Đại đức", "trụ trì chùa Kom Pong"),
 P("Kim Sa Ran", "Achar"),
 P("Sơn Thị Chanh Đa", "Chi hội trưởng Chi hội Phụ nữ ấp Sóc Chuối"),
 P("Kiên Sóc Khem", "người có uy tín ấp Trà Ốp"),
 P("Trầm Văn Bé Tư", "ĐUV", "Chủ tịch Hội Nông dân xã Tân Sơn"),
 P("Thạch Sa Em", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")],
[Q("52 mô hình", 52, "mô hình"), Q("68 điển hình", 68, "điển hình"), Q("150 đại biểu", 150, "đại biểu"), Q("2.356 mô hình", 2356, "mô hình"),
 Q("1.874 điển hình", 1874, "điển hình"), Q("184 mô hình", 184, "mô hình"), Q("611 mô hình", 611, "mô hình"),
 Q("1.561 mô hình", 1561, "mô hình"), Q("352 mô hình", 352, "mô hình"), Q("210.000 m2", 210000, "m2"),
 Q("hơn 35 tỷ đồng", 35000000000, "đồng", "over"), Q("146 cây cầu", 146, "cây cầu"), Q("320 km", 320, "km"),
 Q("4.120 hộ Khmer", 4120, "hộ Khmer"), Q("118 lớp dạy chữ Khmer", 118, "lớp dạy chữ Khmer"),
 Q("gần 4.600 học sinh", 4600, "học sinh", "approx"), Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("100% hộ", 100, "%"),
 Q("20 tập thể", 20, "tập thể"), Q("36 cá nhân", 36, "cá nhân"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "27", "KH/TU", "2017-05-18", "Tỉnh ủy", "Kế hoạch số 27-KH/TU ngày 18/5/2017"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Trà Vinh"), com("Hòa Lợi"), com("Đôn Xuân"), com("Ngũ Lạc"), com("Lương Hòa"), com("Tân Sơn")],
["Báo Trà Vinh điện tử - Cơ quan của Đảng bộ tỉnh Trà Vinh", "Chính trị > Dân vận > Dân vận khéo",
 "Các đại biểu tham quan gian trưng bày sản phẩm của các mô hình.", "Dân vận khéo", "chùa Kom Pong", "chùa Phnô Đôn",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["07.10.2022 | 08:30", "năm 2022", "5 năm"]))

PAGES.append(page("b1795-caobang-bdv-giaoban-2022-q3", """
BAN DÂN VẬN TỈNH ỦY CAO BẰNG
Vị trí: Trang chủ / Hoạt động của Ban / Giao ban
Ngày đăng 14/10/2022 | 16:20
Quang cảnh giao ban. Ảnh: Hoàng Hiếu
Giao ban công tác dân vận: 128 mô hình "Dân vận khéo" được đánh giá lại
Ngày 12/10/2022, Ban Dân vận Tỉnh ủy Cao Bằng tổ chức giao ban công tác dân vận quý III năm 2022 với Ban Dân vận các huyện ủy, thành ủy và Đảng ủy Khối các cơ quan tỉnh. Đồng chí Nông Thị Hằng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Quý III, Ban Dân vận các cấp đã tập trung triển khai Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về công tác dân vận và Chương trình hành động số 09-CTr/TU của Tỉnh ủy. Qua rà soát, 128 mô hình "Dân vận khéo" được các huyện đánh giá lại theo bộ tiêu chí mới, trong đó 23 mô hình không còn duy trì được đề nghị đưa ra khỏi danh sách. Hiện toàn tỉnh có 1.247 mô hình, gồm 61 mô hình cấp tỉnh, 305 mô hình cấp huyện và 881 mô hình cấp xã.
Trong quý, nhân dân các xã vùng cao đã hiến 14.500 m2 đất, đóng góp 3.900 ngày công làm 37 km đường bê tông; Hội Nông dân vận động 640 hộ người Mông, Dao trồng hồi, quế; các cơ quan dân vận phối hợp hòa giải thành 19/22 vụ việc mâu thuẫn trong nhân dân. Ban Dân vận Tỉnh ủy đã tổ chức 3 đoàn kiểm tra việc thực hiện Quy chế dân vận tại 6 huyện.
Tại giao ban, đồng chí Lục Văn Páo, HUV, Trưởng Ban Dân vận Huyện ủy Hà Quảng cho biết huyện đã vận động 52 hộ ở xóm Khuổi Vin hiến đất làm đường vào khu di tích Pác Bó; đồng chí Triệu Thị Nái, Trưởng Ban Dân vận Huyện ủy Nguyên Bình đề nghị tỉnh quan tâm phụ cấp cho tổ dân vận xóm. Bà Đàm Thị Xuân, Chủ tịch Hội LHPN xã Trường Hà, chia sẻ mô hình "Phụ nữ Nùng An giữ nghề làm hương".
Cũng tại giao ban, đồng chí Nông Thị Hằng công bố quyết định của Ban Thường vụ Tỉnh ủy: đồng chí Hoàng Văn Chúng, Phó Chánh Văn phòng Ban Dân vận Tỉnh ủy được bổ nhiệm làm Phó Trưởng Ban Dân vận Tỉnh ủy từ ngày 1/10/2022.
Kết luận giao ban, đồng chí Nông Thị Hằng yêu cầu quý IV các cấp tập trung chuẩn bị tổng kết năm, kịp thời phát hiện điển hình để đề nghị khen thưởng; theo dõi sát tình hình ở các xã biên giới, chủ động tuyên truyền để đồng bào không nghe theo kẻ xấu xuất cảnh trái phép, không để xảy ra điểm nóng trong dịp cuối năm. Ban Dân vận Tỉnh ủy dự kiến biểu dương 40 điển hình "Dân vận khéo" vào dịp cuối năm.
Hoàng Hiếu
Lượt xem: 1.587
Tin khác
- Thạch An tổ chức hội nghị người có uy tín (07/10/2022)
- Bảo Lâm: ra mắt mô hình dân vận khéo "Xóm không có ma túy" (30/09/2022)
- Giao ban công tác dân vận quý II năm 2022 (08/07/2022)
""", "2022-10-14", 'Giao ban công tác dân vận: 128 mô hình "Dân vận khéo" được đánh giá lại',
E("giao_ban", "2022-Q3", "2022-10-12"),
[P("Nông Thị Hằng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Văn Páo", "HUV", "Trưởng Ban Dân vận Huyện ủy Hà Quảng"),
 P("Triệu Thị Nái", "Trưởng Ban Dân vận Huyện ủy Nguyên Bình"),
 P("Đàm Thị Xuân", "Chủ tịch Hội LHPN xã Trường Hà"),
 P("Hoàng Văn Chúng", "Phó Chánh Văn phòng Ban Dân vận Tỉnh ủy", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("128 mô hình", 128, "mô hình"), Q("23 mô hình", 23, "mô hình"), Q("1.247 mô hình", 1247, "mô hình"),
 Q("61 mô hình cấp tỉnh", 61, "mô hình cấp tỉnh"), Q("305 mô hình cấp huyện", 305, "mô hình cấp huyện"),
 Q("881 mô hình cấp xã", 881, "mô hình cấp xã"), Q("14.500 m2", 14500, "m2"), Q("3.900 ngày công", 3900, "ngày công"),
 Q("37 km", 37, "km"), Q("640 hộ người Mông, Dao", 640, "hộ người Mông, Dao"), Q("19/22 vụ việc mâu thuẫn", 19, "vụ việc mâu thuẫn"),
 Q("3 đoàn kiểm tra", 3, "đoàn kiểm tra"), Q("6 huyện", 6, "huyện"),
 Q("52 hộ", 52, "hộ"), Q("40 điển hình", 40, "điển hình")],
[D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 07/01/2019"),
 D("Chương trình hành động", "09", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 09-CTr/TU")],
[prov("Cao Bằng"), com("Trường Hà")],
["BAN DÂN VẬN TỈNH ỦY CAO BẰNG", "Vị trí: Trang chủ / Hoạt động của Ban / Giao ban", "Quang cảnh giao ban. Ảnh: Hoàng Hiếu",
 "Dân vận khéo", "Phụ nữ Nùng An giữ nghề làm hương", "Nghị quyết Trung ương 7", "Quy chế dân vận", "Lượt xem: 1.587"],
["Ngày đăng 14/10/2022 | 16:20", "quý III năm 2022", "Quý III", "quý IV", "khóa XI", "Trung ương 7", "Lượt xem: 1.587"]))

PAGES.append(page("b1796-ninhthuan-bdv-tongket-2023", """
Ban Dân vận Tỉnh ủy Ninh Thuận
Trang chủ | Tin tức - Sự kiện | Tin hoạt động
Thứ Sáu, 22/12/2023
Ninh Thuận: Tổng kết công tác dân vận năm 2023
Ngày 20/12/2023, Ban Dân vận Tỉnh ủy Ninh Thuận tổ chức hội nghị tổng kết công tác dân vận năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí Chamaléa Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Đàng Thị Ngọc Anh, Trần Minh Khoa.
Đồng chí Chamaléa Thị Hoa trao Giấy khen cho các tập thể có thành tích xuất sắc.
Năm 2023, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 27, 28-CT/TU về công tác dân vận trong đồng bào Chăm theo đạo Bàni, Bà-la-môn và về vận động đồng bào Raglai định canh; phối hợp triển khai Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ ở 47 xã vùng đồng bào dân tộc thiểu số.
Phong trào thi đua "Dân vận khéo" tiếp tục lan tỏa với 1.136 mô hình, điển hình, trong đó 57 mô hình cấp tỉnh, 244 mô hình cấp huyện, 835 mô hình cấp xã. Năm 2023, có 112 mô hình mới được công nhận; nhân dân đóng góp hơn 28 tỷ đồng, hiến 41.000 m2 đất xây dựng nông thôn mới; tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm 3,8%. Khối dân vận đã tham gia giải quyết 214 đơn thư, đạt 91,5%.
Tại hội nghị, đồng chí Pinăng Văn Thành, HUV, Trưởng Ban Dân vận Huyện ủy Bác Ái cho biết huyện đã vận động 286 hộ đồng bào Raglai chuyển từ trồng lúa rẫy sang trồng mì, nuôi dê; bà Katơr Thị Mai, Phó Chủ tịch UBND xã Phước Thành đề nghị hỗ trợ nước sinh hoạt cho 3 thôn vùng cao. Ông Thập Văn Mãnh, chức sắc Hội đồng Chức sắc Hồi giáo Bàni tỉnh, nêu kinh nghiệm vận động bà con tổ chức lễ Ramưwan tiết kiệm, an toàn.
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 16 tập thể và 24 cá nhân. Trong đó có xã Phước Hà, thôn Chất Thường (xã Hoài Trung), Ban Dân vận Huyện ủy Ninh Phước và các cá nhân: ông Lâu Văn Sứ, Trưởng thôn Chất Thường; bà Quảng Thị Hòa, Chi hội trưởng Chi hội Phụ nữ thôn Hữu Đức; ông Nguyễn Văn Dũng, cán bộ Phòng Dân tộc huyện Thuận Bắc.
Phát biểu kết luận, đồng chí Chamaléa Thị Hoa đề nghị năm 2024 các cấp tiếp tục thực hiện nghiêm Quyết định số 23-QĐ/TW của Ban Chấp hành Trung ương về Quy chế công tác dân vận; nâng cao chất lượng các mô hình "Dân vận khéo", kịp thời biểu dương người tốt, việc tốt; chủ động nắm tình hình trong đồng bào tôn giáo, không để hình thành điểm nóng.
Minh Quang
Lượt truy cập: 86.340
Tin liên quan
- Bác Ái: biểu dương 20 điển hình dân vận khéo (15/12/2023)
- Hội nghị giao ban khối dân vận quý III năm 2023 (06/10/2023)
- Thuận Nam: đối thoại với nông dân vùng dự án năng lượng (21/09/2023)
""", "2023-12-22", "Ninh Thuận: Tổng kết công tác dân vận năm 2023",
E("tong_ket", "2023", "2023-12-20"),
[P("Chamaléa Thị Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đàng Thị Ngọc Anh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Minh Khoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Pinăng Văn Thành", "HUV", "Trưởng Ban Dân vận Huyện ủy Bác Ái"),
 P("Katơr Thị Mai", "Phó Chủ tịch UBND xã Phước Thành"),
 P("Thập Văn Mãnh", "chức sắc Hội đồng Chức sắc Hồi giáo Bàni tỉnh"),
 P("Lâu Văn Sứ", "Trưởng thôn Chất Thường"),
 P("Quảng Thị Hòa", "Chi hội trưởng Chi hội Phụ nữ thôn Hữu Đức"),
 P("Nguyễn Văn Dũng", "cán bộ Phòng Dân tộc huyện Thuận Bắc")],
[Q("47 xã", 47, "xã"), Q("1.136 mô hình, điển hình", 1136, "mô hình, điển hình"), Q("57 mô hình cấp tỉnh", 57, "mô hình cấp tỉnh"),
 Q("244 mô hình cấp huyện", 244, "mô hình cấp huyện"), Q("835 mô hình cấp xã", 835, "mô hình cấp xã"),
 Q("112 mô hình", 112, "mô hình"), Q("hơn 28 tỷ đồng", 28000000000, "đồng", "over"), Q("41.000 m2", 41000, "m2"),
 Q("3,8%", 3.8, "%"), Q("214 đơn thư", 214, "đơn thư"), Q("91,5%", 91.5, "%"),
 Q("286 hộ đồng bào Raglai", 286, "hộ đồng bào Raglai"), Q("3 thôn", 3, "thôn"), Q("16 tập thể", 16, "tập thể"),
 Q("24 cá nhân", 24, "cá nhân")],
[D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Chỉ thị", "28", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW")],
[prov("Ninh Thuận"), com("Phước Thành"), com("Phước Hà"), com("Hoài Trung")],
["Ban Dân vận Tỉnh ủy Ninh Thuận", "Trang chủ | Tin tức - Sự kiện | Tin hoạt động",
 "Đồng chí Chamaléa Thị Hoa trao Giấy khen cho các tập thể có thành tích xuất sắc.", "Dân vận khéo",
 "Hội đồng Chức sắc Hồi giáo Bàni tỉnh", "Ramưwan", "Lượt truy cập: 86.340"],
["Thứ Sáu, 22/12/2023", "năm 2023", "năm 2024", "Năm 2023", "Lượt truy cập: 86.340"]))

PAGES.append(page("b1797-kontum-chandung-dvk-2024", """
BÁO KON TUM ĐIỆN TỬ
Xã hội › Gương sáng
08:15 | 08/03/2024
Ông A Thuyên (bìa phải) trao đổi với bà con trong thôn về cách chăm sóc cà phê.
Người Bí thư chi bộ "Dân vận khéo" ở thôn Kon Brăp Ju
Gần 10 năm làm Bí thư Chi bộ kiêm Trưởng thôn Kon Brăp Ju, xã Ngọk Bay, thành phố Kon Tum, ông A Thuyên luôn được bà con người Ba Na tin yêu bởi cách làm "nói ít, làm nhiều, làm trước". Mô hình "Thôn Ba Na đoàn kết, không có hộ đói" do ông khởi xướng đã được công nhận là mô hình "Dân vận khéo" cấp tỉnh năm 2022.
Thôn Kon Brăp Ju có 186 hộ với 812 khẩu, 97% là đồng bào Ba Na. Năm 2015, khi ông A Thuyên nhận nhiệm vụ, thôn còn 64 hộ nghèo, đường vào thôn lầy lội mỗi mùa mưa. Ông cùng chi bộ họp dân, bàn cách làm; chính ông là người đầu tiên hiến 600 m2 đất vườn để mở rộng đường. Noi theo, bà con đã hiến tổng cộng 3.400 m2 đất, góp 920 ngày công làm 1,2 km đường bê tông nội thôn.
Không dừng lại ở đó, ông vận động 25 hộ chuyển 18 ha mì kém hiệu quả sang trồng cà phê xen cây mắc ca; phối hợp Hội Nông dân xã mở 4 lớp tập huấn kỹ thuật cho 130 lượt nông dân. Đến cuối năm 2023, thôn chỉ còn 7 hộ nghèo; thu nhập bình quân đạt 42 triệu đồng/người/năm. Năm 2020, thôn còn được Ban Dân vận Thành ủy biểu dương vì đã vận động 12 hộ đồng bào tự nguyện dời nhà ra khỏi vùng sạt lở ven sông Đăk Bla.
Bà Y Blưn, Chủ tịch Hội LHPN xã Ngọk Bay, nhận xét: "Ông Thuyên nói chuyện với bà con bằng tiếng Ba Na, ngồi cùng bếp lửa nhà rông nên ai cũng nghe". Theo ông A Khoa, Chủ tịch UBND xã Ngọk Bay, nhờ vai trò của ông A Thuyên, nhiều năm liền thôn không có đơn thư vượt cấp, không có người theo đạo trái pháp luật; 100% trẻ em trong độ tuổi được đến trường.
Với những đóng góp ấy, ông A Thuyên được UBND tỉnh tặng Bằng khen theo Quyết định số 312/QĐ-UBND ngày 12/4/2023 về khen thưởng các điển hình trong phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2023. Cùng đợt, UBND tỉnh khen thưởng 18 tập thể và 27 cá nhân trên toàn tỉnh.
Bà Y Hên, một hộ vừa thoát nghèo trong thôn, kể: nhờ ông Thuyên chỉ cách ghép cà phê, vườn nhà bà năm nay thu gần 5 tấn cà phê nhân. Ông A Thuyên chỉ cười: "Mình làm Bí thư, phải đi trước thì dân mới theo".
Ông cho biết năm 2024, chi bộ sẽ vận động bà con góp công sửa lại nhà rông và xây dựng nhà văn hóa thôn khang trang hơn. Với ông, công tác dân vận đơn giản là "gần dân, hiểu dân, vì dân".
Bài, ảnh: Thanh Như
Tin liên quan
- Kon Plông: vận động đồng bào bảo vệ rừng (01/03/2024)
- Tuyên dương 50 người có uy tín tiêu biểu (23/02/2024)
- Đăk Hà: mô hình dân vận khéo trong xây dựng nông thôn mới (16/02/2024)
""", "2024-03-08", 'Người Bí thư chi bộ "Dân vận khéo" ở thôn Kon Brăp Ju',
E("khac", None, None),
[P("A Thuyên", "Bí thư Chi bộ kiêm Trưởng thôn Kon Brăp Ju"),
 P("Y Blưn", "Chủ tịch Hội LHPN xã Ngọk Bay"),
 P("A Khoa", "Chủ tịch UBND xã Ngọk Bay"),
 P("Y Hên")],
[Q("186 hộ", 186, "hộ"), Q("812 khẩu", 812, "khẩu"), Q("97%", 97, "%"), Q("64 hộ nghèo", 64, "hộ nghèo"),
 Q("600 m2", 600, "m2"), Q("3.400 m2", 3400, "m2"), Q("920 ngày công", 920, "ngày công"), Q("1,2 km", 1.2, "km"),
 Q("25 hộ", 25, "hộ"), Q("18 ha", 18, "ha"), Q("4 lớp tập huấn kỹ thuật", 4, "lớp tập huấn kỹ thuật"),
 Q("130 lượt nông dân", 130, "lượt nông dân"), Q("7 hộ nghèo", 7, "hộ nghèo"), Q("42 triệu đồng", 42000000, "đồng"),
 Q("100% trẻ em", 100, "%"), Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân"),
 Q("gần 5 tấn", 5, "tấn", "approx"), Q("12 hộ đồng bào", 12, "hộ đồng bào")],
[D("Quyết định", "312", "QĐ-UBND", "2023-04-12", "UBND tỉnh", "Quyết định số 312/QĐ-UBND ngày 12/4/2023")],
[prov("Kon Tum"), com("Ngọk Bay")],
["BÁO KON TUM ĐIỆN TỬ", "Xã hội › Gương sáng", "Ông A Thuyên (bìa phải) trao đổi với bà con trong thôn về cách chăm sóc cà phê.",
 "Dân vận khéo", "Thôn Ba Na đoàn kết, không có hộ đói", "nói ít, làm nhiều, làm trước", "gần dân, hiểu dân, vì dân"],
["08:15 | 08/03/2024", "Gần 10 năm", "năm 2022", "Năm 2015", "năm 2023", "giai đoạn 2021 - 2023", "năm 2024", "Năm 2020"]))

PAGES.append(page("b1798-bacgiang-bdv-soket-2024", """
Báo Bắc Giang điện tử
Chính trị - Xây dựng Đảng / Dân vận
Thứ Sáu, 19/07/2024 - 16:30
Hơn 2.100 mô hình "Dân vận khéo" được duy trì hiệu quả
BBG - Ngày 17/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Dương Thị Mến, TUV, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Toàn cảnh hội nghị sơ kết.
Theo báo cáo, 6 tháng đầu năm, các cấp ủy, chính quyền đã tập trung triển khai Luật Thực hiện dân chủ ở cơ sở và Nghị định 59/2023/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật; sơ kết Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện Quy chế dân chủ ở cơ sở. Ban Dân vận Tỉnh ủy và Công an tỉnh ký kết Quy chế phối hợp số 05-QC/BDVTU của Ban Dân vận Tỉnh ủy về công tác dân vận trong bảo đảm an ninh trật tự.
Toàn tỉnh hiện có hơn 2.100 mô hình "Dân vận khéo" được duy trì hiệu quả, trong đó 86 mô hình cấp tỉnh, 512 mô hình cấp huyện. Trong 6 tháng, các cấp đã công nhận 174 mô hình mới, khen thưởng 63 tập thể, 98 cá nhân. Nhân dân đã hiến hơn 180.000 m2 đất, tháo dỡ 2.350 m2 công trình để mở rộng đường giao thông, trị giá ước khoảng 57 tỷ đồng. Các cơ quan dân vận phối hợp giải quyết 147/160 đơn thư, đạt 91,9%.
Tại hội nghị, bà Diệp Thị Hoan, UVBCH Hội LHPN tỉnh, Chủ tịch Hội LHPN xã Lục Sơn cho biết hội đã vận động 36 hộ người Sán Dìu xây dựng chuồng trại hợp vệ sinh. Ông Ninh Văn Sản, ĐUV, Bí thư Chi bộ thôn Khuôn Vố, xã An Lạc, chia sẻ mô hình "Thôn Nùng đoàn kết làm du lịch". Đồng chí Hoàng Văn Lùng, HUV, Trưởng Ban Dân vận Huyện ủy Sơn Động, đề nghị tỉnh nhân rộng cách làm "3 đến, 3 không" của cán bộ bám thôn.
Kết luận hội nghị, đồng chí Dương Thị Mến đề nghị 6 tháng cuối năm, các cấp tập trung tuyên truyền, vận động nhân dân đồng thuận với chủ trương sắp xếp đơn vị hành chính cấp xã; thực hiện tốt Chỉ thị 42, 43-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong giải phóng mặt bằng các dự án trọng điểm; tiếp tục lựa chọn các mô hình, điển hình tiêu biểu để biểu dương, nhân rộng, chuẩn bị tổng kết năm 2024.
Dịp này, đồng chí Hà Thị Thu, Phó Trưởng Ban Dân vận Tỉnh ủy, công bố quyết định tặng Giấy khen cho 12 tập thể, 15 cá nhân có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" 6 tháng đầu năm.
Hoàng Anh
Lượt xem: 4.712
Tin liên quan
- Lục Ngạn: biểu dương 30 điển hình dân vận khéo (12/07/2024)
- Giao ban công tác dân vận quý II (04/07/2024)
- Yên Thế: hiến đất mở rộng đường tỉnh 398 (27/06/2024)
""", "2024-07-19", 'Hơn 2.100 mô hình "Dân vận khéo" được duy trì hiệu quả',
E("so_ket", "2024-H1", "2024-07-17"),
[P("Dương Thị Mến", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Diệp Thị Hoan", "UVBCH Hội LHPN tỉnh", "Chủ tịch Hội LHPN xã Lục Sơn"),
 P("Ninh Văn Sản", "ĐUV", "Bí thư Chi bộ thôn Khuôn Vố"),
 P("Hoàng Văn Lùng", "HUV", "Trưởng Ban Dân vận Huyện ủy Sơn Động"),
 P("Hà Thị Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("hơn 2.100 mô hình", 2100, "mô hình", "over"), Q("86 mô hình cấp tỉnh", 86, "mô hình cấp tỉnh"),
 Q("512 mô hình cấp huyện", 512, "mô hình cấp huyện"), Q("174 mô hình", 174, "mô hình"), Q("63 tập thể", 63, "tập thể"),
 Q("98 cá nhân", 98, "cá nhân"), Q("hơn 180.000 m2", 180000, "m2", "over"), Q("2.350 m2", 2350, "m2"),
 Q("khoảng 57 tỷ đồng", 57000000000, "đồng", "approx"), Q("147/160 đơn thư", 147, "đơn thư"), Q("91,9%", 91.9, "%"),
 Q("36 hộ người Sán Dìu", 36, "hộ người Sán Dìu"), Q("12 tập thể", 12, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định 59/2023/NĐ-CP"),
 D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 07/01/2016"),
 D("Quy chế phối hợp", "05", "QC/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Quy chế phối hợp số 05-QC/BDVTU"),
 D("Chỉ thị", "42", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 42, 43-CT/TU"),
 D("Chỉ thị", "43", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 42, 43-CT/TU")],
[prov("Bắc Giang"), com("Lục Sơn"), com("An Lạc")],
["Báo Bắc Giang điện tử", "Chính trị - Xây dựng Đảng / Dân vận", "BBG", "Toàn cảnh hội nghị sơ kết.", "Dân vận khéo",
 "Luật Thực hiện dân chủ ở cơ sở", "Thôn Nùng đoàn kết làm du lịch", "3 đến, 3 không", "Lượt xem: 4.712"],
["Thứ Sáu, 19/07/2024 - 16:30", "6 tháng đầu năm", "6 tháng cuối năm 2024", "Trong 6 tháng", "6 tháng cuối năm",
 "3 đến, 3 không", "năm 2024", "Lượt xem: 4.712"]))
