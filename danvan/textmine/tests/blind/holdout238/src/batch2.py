from lib import *
PAGES = []

PAGES.append(page("b5675-hagiang-bdv-tinvan-taphuan-2017", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Vị trí: Trang chủ › Hoạt động dân vận › Tin vắn
2017-08-24 07:45
Tin vắn dân vận tuần qua
Trong tuần, Ban Dân vận Tỉnh ủy Hà Giang mở lớp tập huấn nghiệp vụ công tác dân vận năm 2017 cho cán bộ cơ sở; nhiều huyện vùng cao ra mắt mô hình "Dân vận khéo".
■ Tập huấn nghiệp vụ cho 180 cán bộ dân vận cơ sở
Từ ngày 21 đến 23/8/2017, Ban Dân vận Tỉnh ủy tổ chức tập huấn nghiệp vụ công tác dân vận năm 2017 cho 180 học viên là trưởng khối dân vận, chủ tịch Mặt trận các xã, thị trấn. Đồng chí Sùng Mí Vàng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc. Các báo cáo viên là các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hoàng Văn Nhự, Lý Thị Sáo, giới thiệu Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị và Nghị quyết số 25-NQ/TW ngày 3/6/2013 của BCH Trung ương về tăng cường, đổi mới sự lãnh đạo của Đảng đối với công tác dân vận. Kinh phí lớp học khoảng 96 triệu đồng.
Đồng chí Sùng Mí Vàng phát biểu khai mạc lớp tập huấn.
■ Đồng Văn: 7 mô hình "Dân vận khéo" gắn với xây dựng nông thôn mới
Ban Dân vận Huyện ủy Đồng Văn công nhận 7 mô hình cấp huyện. Ông Vừ Mí Kía, HUV, Trưởng Ban Dân vận Huyện ủy Đồng Văn cho biết, tại xã Lũng Cú, bà con đã góp 2.300 ngày công, hiến hơn 3.000 m2 đất làm 6,2 km đường bê tông.
■ Mèo Vạc: vận động xóa bỏ tảo hôn
Hội LHPN huyện Mèo Vạc phối hợp Đồn Biên phòng vận động 124 cặp vợ chồng ký cam kết không tảo hôn, không kết hôn cận huyết thống. Bà Giàng Thị Dở, Chủ tịch Hội LHPN xã Pả Vi, cho biết 6 tháng đầu năm 2017 xã không còn trường hợp tảo hôn.
■ Hoàng Su Phì: người có uy tín vận động bà con trồng chè
Ông Lù Văn Pủ, người có uy tín thôn Nậm Khòa, xã Nậm Ty, vận động 43 hộ người Dao trồng mới 15 ha chè Shan tuyết. Ông Phàn Văn Dình, Phó Chủ tịch UBND xã Nậm Ty, cho biết thu nhập từ chè của các hộ tăng khoảng 30%.
■ Bắc Quang: kiểm tra thực hiện Chỉ thị 17
Đoàn kiểm tra của Ban Thường vụ Huyện ủy Bắc Quang kiểm tra thực hiện Chỉ thị số 17-CT/TU ngày 10/3/2016 của Ban Thường vụ Tỉnh ủy về công tác vận động quần chúng ở 5 xã; phát hiện 2 xã chưa xây dựng kế hoạch thực hiện Quy chế dân vận.
■ Mặt trận hỗ trợ làm nhà
Ủy ban MTTQ tỉnh cho biết từ đầu năm đã hỗ trợ xây 312 nhà Đại đoàn kết cho hộ nghèo, tổng kinh phí trên 12 tỷ đồng, mỗi nhà 40 triệu đồng.
■ Quang Bình: ra mắt tổ dân vận thôn
Đảng ủy xã Tân Trịnh ra mắt 11 tổ dân vận thôn với 55 thành viên. Bà Nguyễn Thị Hằng, Bí thư Chi bộ kiêm Trưởng thôn Tân Bình, được bầu làm Tổ trưởng tổ dân vận thôn.
Vàng Thị Mai
Tin cùng chuyên mục
- Vị Xuyên: giao ban khối dân vận quý II/2017 (18/07/2017)
- Yên Minh tổ chức đối thoại với người dân về giải phóng mặt bằng (10/07/2017)
- Quản Bạ ra mắt 3 tổ dân vận thôn (22/06/2017)
""", "2017-08-24", "Tin vắn dân vận tuần qua",
E("tap_huan", "2017", "2017-08-21"),
[P("Sùng Mí Vàng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Nhự", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Thị Sáo", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vừ Mí Kía", "HUV", "Trưởng Ban Dân vận Huyện ủy Đồng Văn"),
 P("Giàng Thị Dở", "Chủ tịch Hội LHPN xã Pả Vi"),
 P("Lù Văn Pủ", "người có uy tín thôn Nậm Khòa"),
 P("Phàn Văn Dình", "Phó Chủ tịch UBND xã Nậm Ty"),
 P("Nguyễn Thị Hằng", "Bí thư Chi bộ kiêm Trưởng thôn Tân Bình", "Tổ trưởng tổ dân vận thôn")],
[Q("180 học viên", 180, "học viên"), Q("khoảng 96 triệu đồng", 96000000, "đồng", "approx"),
 Q("7 mô hình cấp huyện", 7, "mô hình cấp huyện"), Q("2.300 ngày công", 2300, "ngày công"),
 Q("hơn 3.000 m2", 3000, "m2", "over"), Q("6,2 km", 6.2, "km"), Q("124 cặp vợ chồng", 124, "cặp vợ chồng"),
 Q("43 hộ người Dao", 43, "hộ người Dao"), Q("15 ha", 15, "ha"), Q("khoảng 30%", 30, "%", "approx"),
 Q("5 xã", 5, "xã"), Q("2 xã", 2, "xã"), Q("312 nhà Đại đoàn kết", 312, "nhà Đại đoàn kết"),
 Q("trên 12 tỷ đồng", 12000000000, "đồng", "over"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("11 tổ dân vận thôn", 11, "tổ dân vận thôn"), Q("55 thành viên", 55, "thành viên")],
[D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Chỉ thị", "17", "CT/TU", "2016-03-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 10/3/2016")],
[prov("Hà Giang"), com("Lũng Cú"), com("Pả Vi"), com("Nậm Ty"), com("Tân Trịnh")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Vị trí: Trang chủ › Hoạt động dân vận › Tin vắn", "Dân vận khéo",
 "Đồng chí Sùng Mí Vàng phát biểu khai mạc lớp tập huấn.", "Quy chế dân vận"],
["2017-08-24 07:45", "năm 2017", "6 tháng đầu năm 2017"]))

PAGES.append(page("b5676-quangnam-bdv-giaoban-quy3-2018", """
Báo Quảng Nam online
Thời sự » Chính trị » Dân vận
Thứ Sáu, 05/10/2018 | 14:10
Toàn cảnh buổi giao ban. Ảnh: V.L
Bản tin dân vận: Giao ban khối dân vận quý III; Tây Giang vận động dời nhà khỏi vùng sạt lở
Sáng 3/10, Ban Dân vận Tỉnh ủy chủ trì giao ban khối dân vận tỉnh quý III năm 2018. Cùng trong tuần, nhiều địa phương có cách làm hay trong vận động nhân dân.
1. Giao ban khối dân vận quý III
Đồng chí Lê Thị Thanh Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì giao ban. Quý III, các cơ quan khối dân vận tiếp nhận 41 đơn thư, kiến nghị, đã giải quyết 33 đơn; tổ chức 128 buổi tiếp xúc, đối thoại với gần 6.500 lượt người. Khối dân vận tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 112, 113-KH/TU về thực hiện Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của BCH Trung ương.
2. Tây Giang: 27 hộ Cơ Tu di dời khỏi vùng sạt lở
Ban Dân vận Huyện ủy Tây Giang phối hợp chính quyền xã A Tiêng vận động 27 hộ đồng bào Cơ Tu di dời đến khu tái định cư mới, mỗi hộ được hỗ trợ 30 triệu đồng. Ông Bríu Quân, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang, Chủ tịch Ủy ban MTTQ huyện, cho biết việc di dời hoàn thành trước mùa mưa bão.
3. Duy Xuyên: đối thoại về môi trường
Chủ tịch UBND huyện Duy Xuyên đối thoại với 150 hộ dân xã Duy Nghĩa về ô nhiễm từ các trại nuôi tôm. Ông Phạm Hữu Châu, Phó Chủ tịch UBND huyện, cam kết xử lý dứt điểm 12 cơ sở nuôi tôm xả thải sai quy định trong quý IV.
4. Nam Giang: phát huy người có uy tín
Huyện Nam Giang có 96 người có uy tín; ông Zơ Râm Thương, người có uy tín thôn Pà Dồn, xã Tà Bhing, vận động 18 hộ giao nộp 7 khẩu súng tự chế.
5. Đoàn thể
Hội Nông dân tỉnh cho vay 4,7 tỷ đồng cho 235 hộ; Tỉnh đoàn tổ chức 25 điểm tình nguyện "Tiếp sức mùa thi"; Hội CCB tỉnh giúp 14 hội viên xóa nhà tạm. Bà Alăng Thị Lan, Phó Chủ tịch Hội LHPN tỉnh, đề nghị tăng cường phối hợp theo Chương trình phối hợp số 09-CTr/BDVTU ngày 16/4/2018 của Ban Dân vận Tỉnh ủy.
6. Hiệp Đức: dân vận chính quyền
UBND huyện Hiệp Đức giải quyết 95% hồ sơ hành chính đúng hạn trong quý III. Ông Đinh Văn Thu, Phó Bí thư Thường trực Huyện ủy, Trưởng Ban Dân vận Huyện ủy Hiệp Đức, đề nghị các xã tiếp tục thực hiện Chỉ thị số 16-CT/TU ngày 20/7/2017 của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả công tác dân vận chính quyền. Tại xã Quế Thọ, người dân góp 850 triệu đồng và hiến 2.100 m2 đất làm đường giao thông nông thôn; xã Bình Lâm có 3 thôn đạt chuẩn "Khu dân cư kiểu mẫu".
Vĩnh Lộc
Lượt đọc: 2.314
Xem thêm
- Quảng Nam: trao 100 suất học bổng cho học sinh miền núi (28/09/2018)
- Hội nghị tổng kết 5 năm thực hiện Nghị quyết 25-NQ/TW (18/09/2018)
- Núi Thành: sơ kết mô hình "Khu dân cư tự quản" (12/09/2018)
""", "2018-10-05", "Bản tin dân vận: Giao ban khối dân vận quý III; Tây Giang vận động dời nhà khỏi vùng sạt lở",
E("giao_ban", "2018-Q3", "2018-10-03"),
[P("Lê Thị Thanh Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bríu Quân", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Phạm Hữu Châu", "Phó Chủ tịch UBND huyện"),
 P("Zơ Râm Thương", "người có uy tín thôn Pà Dồn"),
 P("Alăng Thị Lan", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Văn Thu", "Phó Bí thư Thường trực Huyện ủy", "Trưởng Ban Dân vận Huyện ủy Hiệp Đức")],
[Q("41 đơn thư, kiến nghị", 41, "đơn thư, kiến nghị"), Q("33 đơn", 33, "đơn"),
 Q("128 buổi tiếp xúc, đối thoại", 128, "buổi tiếp xúc, đối thoại"), Q("gần 6.500 lượt người", 6500, "lượt người", "approx"),
 Q("27 hộ đồng bào Cơ Tu", 27, "hộ đồng bào Cơ Tu"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("150 hộ dân", 150, "hộ dân"), Q("12 cơ sở nuôi tôm", 12, "cơ sở nuôi tôm"), Q("96 người có uy tín", 96, "người có uy tín"),
 Q("18 hộ", 18, "hộ"), Q("7 khẩu súng tự chế", 7, "khẩu súng tự chế"), Q("4,7 tỷ đồng", 4700000000, "đồng"),
 Q("235 hộ", 235, "hộ"), Q("25 điểm tình nguyện", 25, "điểm tình nguyện"), Q("14 hội viên", 14, "hội viên"),
 Q("95%", 95, "%"), Q("850 triệu đồng", 850000000, "đồng"), Q("2.100 m2", 2100, "m2"), Q("3 thôn", 3, "thôn")],
[D("Kế hoạch", "112", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 112, 113-KH/TU"),
 D("Kế hoạch", "113", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 112, 113-KH/TU"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "BCH Trung ương", "Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017"),
 D("Nghị quyết", "19", "NQ/TW", "2017-10-25", "BCH Trung ương", "19-NQ/TW ngày 25/10/2017 của BCH Trung ương"),
 D("Chỉ thị", "16", "CT/TU", "2017-07-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 20/7/2017"),
 D("Chương trình phối hợp", "09", "CTr/BDVTU", "2018-04-16", "Ban Dân vận Tỉnh ủy", "Chương trình phối hợp số 09-CTr/BDVTU ngày 16/4/2018")],
[prov("Quảng Nam"), com("A Tiêng"), com("Duy Nghĩa"), com("Tà Bhing"), com("Quế Thọ"), com("Bình Lâm")],
["Báo Quảng Nam online", "Thời sự » Chính trị » Dân vận", "Toàn cảnh buổi giao ban. Ảnh: V.L", "Tiếp sức mùa thi",
 "Lượt đọc: 2.314", "Khu dân cư kiểu mẫu"],
["Thứ Sáu, 05/10/2018 | 14:10", "quý III năm 2018", "quý IV", "Lượt đọc: 2.314", "quý III"]))

PAGES.append(page("b5677-daklak-krongbong-bdvhu-tongket-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG BÔNG
Trang chủ >> Tin tức - Sự kiện >> Dân vận
Cập nhật lúc 15:30 ngày 27/12/2019
Ảnh: Đồng chí Y Phôn Niê trao giấy khen cho các tập thể.
Tin tổng hợp hoạt động dân vận, Mặt trận và đoàn thể tháng 12
Ngày 26/12/2019, Ban Dân vận Huyện ủy Krông Bông tổ chức hội nghị tổng kết công tác dân vận năm 2019, triển khai nhiệm vụ năm 2020. Dưới đây là một số tin nổi bật trong tháng.
◆ Tổng kết công tác dân vận năm 2019
Đồng chí Y Phôn Niê, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị. Năm 2019, khối dân vận huyện nắm tình hình tại 14 xã, thị trấn; vận động 212 hộ đồng bào Êđê, M'nông hiến 26.400 m2 đất làm đường; nhân dân góp 3,85 tỷ đồng xây dựng nông thôn mới. Toàn huyện có 46 mô hình "Dân vận khéo", trong đó 9 mô hình tiêu biểu được tuyên dương. Ban đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 96-KH/HU ngày 15/4/2019 về thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết 25-NQ/TW. Dịp này, 8 tập thể và 15 cá nhân được tặng giấy khen.
◆ Cư Kty: đối thoại với người dân buôn Khóa
Đảng ủy xã Cư Kty đối thoại với 85 người dân buôn Khóa về tranh chấp đất rẫy. Ông Y Thoan Mlô, Bí thư Đảng ủy xã Cư Kty, cho biết 4 vụ tranh chấp đất đai đã được hòa giải thành.
◆ Yang Mao: người có uy tín giúp dân làm ăn
Già làng Y Khu Knul, người có uy tín buôn Tơ Lơ, xã Yang Mao, vận động 32 hộ chuyển đổi 48 ha cà phê già cỗi sang trồng sầu riêng, bơ.
◆ Mặt trận trao nhà Đại đoàn kết
Ủy ban MTTQ huyện trao 12 nhà Đại đoàn kết, mỗi nhà 50 triệu đồng cho hộ nghèo tại xã Hòa Sơn, Khuê Ngọc Điền. Bà H'Yim Byă, Phó Chủ tịch Ủy ban MTTQ huyện cho biết năm 2019 Quỹ "Vì người nghèo" huyện vận động được hơn 1,2 tỷ đồng.
◆ Hội Nông dân và Huyện đoàn
Hội Nông dân huyện kết nạp 320 hội viên mới; 1.150 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. Huyện đoàn tổ chức 6 lớp dạy tiếng Êđê cho 180 cán bộ, đoàn viên. Anh Y Dương Êban, Ủy viên BCH Tỉnh đoàn, Bí thư Huyện đoàn Krông Bông, nhận bằng khen của Trung ương Đoàn.
◆ Tôn giáo
Ban Dân vận Huyện ủy phối hợp Phòng Nội vụ gặp mặt 35 chức sắc, chức việc các tôn giáo nhân dịp Lễ Giáng sinh năm 2019. Mục sư Y Ngun Ayun, Quản nhiệm Chi hội Tin lành Ea Kiết, đề nghị chính quyền sớm cấp đất xây nhà nguyện.
◆ Đoàn công tác của tỉnh làm việc tại huyện
Ngày 19/12, đoàn công tác Ban Dân vận Tỉnh ủy Đắk Lắk do bà H'Kim Hoa Byă, Phó Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn làm việc tại xã Ea Trul về thực hiện Quy chế dân chủ ở cơ sở. Xã có 9 buôn, 1.860 hộ; tỷ lệ hộ nghèo còn 21,4%.
Trần Hòa
Tin liên quan
- Hội nghị giao ban khối dân vận quý III/2019 (04/10/2019)
- Krông Bông: gặp mặt người có uy tín năm 2019 (18/09/2019)
- Ra mắt mô hình "Buôn không có tội phạm" tại xã Ea Trul (20/08/2019)
""", "2019-12-27", "Tin tổng hợp hoạt động dân vận, Mặt trận và đoàn thể tháng 12",
E("tong_ket", "2019", "2019-12-26"),
[P("Y Phôn Niê", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Y Thoan Mlô", "Bí thư Đảng ủy xã Cư Kty"),
 P("Y Khu Knul", "Già làng", "người có uy tín buôn Tơ Lơ"),
 P("H'Yim Byă", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Y Dương Êban", "Ủy viên BCH Tỉnh đoàn", "Bí thư Huyện đoàn Krông Bông"),
 P("Y Ngun Ayun", "Mục sư", "Quản nhiệm Chi hội Tin lành Ea Kiết"),
 P("H'Kim Hoa Byă", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("14 xã, thị trấn", 14, "xã, thị trấn"), Q("212 hộ đồng bào Êđê, M'nông", 212, "hộ đồng bào Êđê, M'nông"),
 Q("26.400 m2", 26400, "m2"), Q("3,85 tỷ đồng", 3850000000, "đồng"), Q("46 mô hình", 46, "mô hình"),
 Q("9 mô hình tiêu biểu", 9, "mô hình tiêu biểu"), Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân"),
 Q("85 người dân", 85, "người dân"), Q("4 vụ tranh chấp đất đai", 4, "vụ tranh chấp đất đai"), Q("32 hộ", 32, "hộ"),
 Q("48 ha", 48, "ha"), Q("12 nhà Đại đoàn kết", 12, "nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("320 hội viên mới", 320, "hội viên mới"), Q("1.150 hộ", 1150, "hộ"),
 Q("6 lớp dạy tiếng Êđê", 6, "lớp dạy tiếng Êđê"), Q("180 cán bộ, đoàn viên", 180, "cán bộ, đoàn viên"),
 Q("35 chức sắc, chức việc", 35, "chức sắc, chức việc"),
 Q("9 buôn", 9, "buôn"), Q("1.860 hộ", 1860, "hộ"), Q("21,4%", 21.4, "%")],
[D("Kế hoạch", "96", "KH/HU", "2019-04-15", "Ban Thường vụ Huyện ủy", "Kế hoạch số 96-KH/HU ngày 15/4/2019"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW")],
[prov("Đắk Lắk"), com("Cư Kty"), com("Yang Mao"), com("Hòa Sơn"), com("Khuê Ngọc Điền"), com("Ea Trul")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG BÔNG", "Trang chủ >> Tin tức - Sự kiện >> Dân vận",
 "Ảnh: Đồng chí Y Phôn Niê trao giấy khen cho các tập thể.", "Dân vận khéo", "Vì người nghèo", "Quy chế dân chủ ở cơ sở"],
["Cập nhật lúc 15:30 ngày 27/12/2019", "năm 2019", "năm 2020", "Lễ Giáng sinh năm 2019"]))

PAGES.append(page("b5678-ninhbinh-mttq-tiepxuccutri-2020", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NINH BÌNH
Trang chủ - Tin hoạt động - Bản tin Mặt trận
12/06/2020 08:00
Bản tin Mặt trận số 23: Tiếp xúc cử tri trước kỳ họp thứ 9, Quốc hội khóa XIV
(MTNB) - Bản tin điểm lại hoạt động của Mặt trận các cấp tỉnh Ninh Bình từ ngày 5 đến 11/6/2020.
1. Tiếp xúc cử tri tại Kim Sơn
Ngày 9/6/2020, Ban Thường trực Ủy ban MTTQ tỉnh phối hợp Đoàn đại biểu Quốc hội tỉnh tổ chức Hội nghị tiếp xúc cử tri tại thị trấn Phát Diệm và xã Kim Chính, huyện Kim Sơn. Dự có các đại biểu Quốc hội: Đinh Thị Phương Lan, Trần Văn Khải. Ông Phạm Quang Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Có 245 cử tri dự và 17 ý kiến, kiến nghị, tập trung vào chính sách hỗ trợ người dân gặp khó khăn do đại dịch Covid-19 theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ và Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ.
2. Hỗ trợ người dân gặp khó khăn do dịch
Đến ngày 10/6, Mặt trận các cấp tiếp nhận 14,6 tỷ đồng và 320 tấn gạo ủng hộ phòng chống dịch; đã hỗ trợ 8.400 hộ nghèo, hộ cận nghèo. Bà Bùi Thị Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết 12 "ATM gạo" hoạt động tại các huyện, thành phố.
3. Giám sát tại Nho Quan
Ban Thường trực Ủy ban MTTQ huyện Nho Quan giám sát việc chi trả hỗ trợ tại xã Cúc Phương, xã Kỳ Phú. Ông Đinh Văn Hùng, Chủ tịch Ủy ban MTTQ huyện Nho Quan, đề nghị rà soát lại 27 trường hợp chưa được nhận hỗ trợ.
4. Đồng bào Công giáo chung tay
Linh mục Giuse Trần Văn Thắng, Chánh xứ giáo xứ Phát Diệm, vận động giáo dân ủng hộ 210 triệu đồng và 5 tấn gạo. Tổ tự quản của giáo xứ có 36 thành viên.
5. Hội Cựu chiến binh và Hội Nông dân
Hội CCB tỉnh phát động hội viên hiến máu, thu được 412 đơn vị máu. Hội Nông dân tỉnh giải ngân 3,2 tỷ đồng cho 160 hộ nông dân, bảo đảm yêu cầu phòng dịch theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.
6. Đoàn Thanh niên
Tỉnh đoàn tổ chức 45 điểm "Ngày Chủ nhật xanh". Anh Lã Văn Dũng, Phó Bí thư Tỉnh đoàn, vận động đoàn viên hỗ trợ 1.200 suất quà cho thiếu nhi nghèo.
7. Hoa Lư: Mặt trận xã phát huy vai trò giám sát
Ủy ban MTTQ xã Ninh Giang, huyện Hoa Lư chỉ đạo 11 Ban Thanh tra nhân dân, 11 Ban Giám sát đầu tư của cộng đồng hoạt động theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017. Bà Vũ Thị Hạnh, Chủ tịch Ủy ban MTTQ xã Ninh Giang, cho biết năm 2020 xã phấn đấu 100% kiến nghị sau giám sát được trả lời; đến nay đã có 9/12 kiến nghị được tiếp thu, giải quyết.
8. Gia Viễn: ra mắt mô hình
Xã Gia Sinh ra mắt mô hình "Khu dân cư không rác thải nhựa" với 320 hộ tham gia.
Phương Thảo
Lượt xem: 954
Tin liên quan
- Bản tin Mặt trận số 22 (05/06/2020)
- Yên Khánh: hiệp thương thống nhất nhân sự (28/05/2020)
- Ủy ban MTTQ tỉnh trao 500 suất quà cho công nhân (20/05/2020)
""", "2020-06-12", "Bản tin Mặt trận số 23: Tiếp xúc cử tri trước kỳ họp thứ 9, Quốc hội khóa XIV",
E("hoi_nghi", None, "2020-06-09"),
[P("Đinh Thị Phương Lan", "đại biểu Quốc hội"),
 P("Trần Văn Khải", "đại biểu Quốc hội"),
 P("Phạm Quang Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bùi Thị Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Hùng", "Chủ tịch Ủy ban MTTQ huyện Nho Quan"),
 P("Giuse Trần Văn Thắng", "Linh mục", "Chánh xứ giáo xứ Phát Diệm"),
 P("Lã Văn Dũng", "Phó Bí thư Tỉnh đoàn"),
 P("Vũ Thị Hạnh", "Chủ tịch Ủy ban MTTQ xã Ninh Giang")],
[Q("245 cử tri", 245, "cử tri"), Q("17 ý kiến, kiến nghị", 17, "ý kiến, kiến nghị"), Q("14,6 tỷ đồng", 14600000000, "đồng"),
 Q("320 tấn gạo", 320, "tấn"), Q("8.400 hộ nghèo, hộ cận nghèo", 8400, "hộ nghèo, hộ cận nghèo"),
 Q('12 "ATM gạo"', 12, "ATM gạo"), Q("27 trường hợp", 27, "trường hợp"), Q("210 triệu đồng", 210000000, "đồng"),
 Q("5 tấn gạo", 5, "tấn"), Q("36 thành viên", 36, "thành viên"), Q("412 đơn vị máu", 412, "đơn vị máu"),
 Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("160 hộ nông dân", 160, "hộ nông dân"), Q("45 điểm", 45, "điểm"),
 Q("1.200 suất quà", 1200, "suất quà"),
 Q("11 Ban Thanh tra nhân dân", 11, "Ban Thanh tra nhân dân"), Q("11 Ban Giám sát đầu tư của cộng đồng", 11, "Ban Giám sát đầu tư của cộng đồng"),
 Q("100%", 100, "%"), Q("9/12 kiến nghị", 9, "kiến nghị"), Q("320 hộ", 320, "hộ")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", "2020-04-24", "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020"),
 D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15", None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017")],
[prov("Ninh Bình"), com("Phát Diệm"), com("Kim Chính"), com("Cúc Phương"), com("Kỳ Phú"), com("Ninh Giang"), com("Gia Sinh")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NINH BÌNH", "Trang chủ - Tin hoạt động - Bản tin Mặt trận", "(MTNB)",
 "ATM gạo", "Ngày Chủ nhật xanh", "Khu dân cư không rác thải nhựa", "Lượt xem: 954", "Covid-19"],
["12/06/2020 08:00", "Bản tin Mặt trận số 23", "kỳ họp thứ 9", "khóa XIV", "Lượt xem: 954", "Covid-19", "năm 2020"]))

PAGES.append(page("b5679-camau-bdv-baocao-2020", """
BAN DÂN VẬN TỈNH ỦY CÀ MAU
Trang chủ | Tin tức | Tin tổng hợp
Thứ Ba, 29/12/2020
Tổng hợp tin dân vận cuối năm 2020
(DVCM) - Ban Dân vận Tỉnh ủy Cà Mau vừa ban hành Báo cáo số 145-BC/BDVTU ngày 24/12/2020 về kết quả công tác dân vận năm 2020. Sau đây là một số nội dung chính và tin hoạt động trong tuần.
▪ Báo cáo kết quả công tác dân vận năm 2020
Theo báo cáo, năm 2020 các cấp ủy đã lãnh đạo thực hiện tốt Kết luận số 43-KL/TW của Ban Bí thư và Chương trình hành động số 27-CTr/TU ngày 20/5/2019 của Tỉnh ủy. Toàn tỉnh có 1.245 mô hình "Dân vận khéo", trong đó 186 mô hình cấp tỉnh. Nhân dân đóng góp trên 68 tỷ đồng, hiến 152.000 m2 đất xây dựng 312 km đường giao thông nông thôn; các cơ quan dân vận tiếp nhận 324 đơn thư, đã giải quyết 298 đơn, đạt 92%. Đồng chí Lâm Văn Bi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh ký ban hành báo cáo.
▪ Năm Căn: vận động di dời nhà ven sông
Ban Dân vận Huyện ủy Năm Căn vận động 58 hộ dân di dời nhà ra khỏi khu vực sạt lở bờ sông Cửa Lớn. Ông Nguyễn Hoàng Thái, HUV, Trưởng Ban Dân vận Huyện ủy Năm Căn, cho biết mỗi hộ được hỗ trợ 40 triệu đồng.
▪ Trần Văn Thời: 14 chùa Phật giáo Nam tông Khmer đón Tết an toàn
Ban Dân vận Huyện ủy thăm, làm việc với 14 chùa Phật giáo Nam tông Khmer. Đại đức Danh Sa Ren, trụ trì chùa Cao Dân, xã Khánh Bình Tây Bắc, đề nghị hỗ trợ sửa chữa trường dạy chữ Khmer.
▪ Tổ chức Hội nghị đối thoại giữa Bí thư với thanh niên
Tỉnh đoàn tổ chức đối thoại giữa Bí thư Tỉnh ủy với 300 đoàn viên, thanh niên; ghi nhận 21 ý kiến. Anh Huỳnh Chí Nguyện, Phó Bí thư Thường trực Tỉnh đoàn, cho biết 18 ý kiến đã được trả lời trực tiếp.
▪ Hội Nông dân, Hội CCB, Hội LHPN
Hội Nông dân tỉnh phối hợp Ngân hàng Chính sách xã hội cho 2.460 hộ vay 96,5 tỷ đồng. Hội CCB tỉnh có 23.800 hội viên; hỗ trợ xây 25 căn nhà Nghĩa tình đồng đội. Bà Lê Thị Kiều, Phó Chủ tịch Hội LHPN tỉnh, cho biết năm 2020 hội giúp 1.120 phụ nữ khởi nghiệp.
▪ Phú Tân: ra mắt tổ tự quản
Xã Phú Thuận ra mắt 6 tổ tự quản bảo vệ rừng phòng hộ với 84 thành viên. Ông Danh Hùng, Bí thư Chi bộ ấp Cái Bát, xã Phú Thuận được cử làm tổ trưởng.
▪ U Minh: giám sát chi trả chính sách
Ủy ban MTTQ huyện U Minh giám sát việc chi trả hỗ trợ cho 1.340 người lao động bị ảnh hưởng dịch Covid-19 tại xã Khánh Lâm, Khánh Hòa. Bà Trần Thị Mộng Thu, Phó Chủ tịch Ủy ban MTTQ huyện U Minh, cho biết có 7 trường hợp chưa đúng đối tượng đã được kiến nghị thu hồi.
Hồng Nhung
Tin khác
- Hội nghị giao ban khối dân vận quý III/2020 (07/10/2020)
- Cái Nước: tổng kết phong trào thi đua "Dân vận khéo" (28/09/2020)
- Đầm Dơi trao 50 căn nhà Đại đoàn kết (15/09/2020)
""", "2020-12-29", "Tổng hợp tin dân vận cuối năm 2020",
E("bao_cao", "2020", "2020-12-24"),
[P("Lâm Văn Bi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hoàng Thái", "HUV", "Trưởng Ban Dân vận Huyện ủy Năm Căn"),
 P("Danh Sa Ren", "Đại đức", "trụ trì chùa Cao Dân"),
 P("Huỳnh Chí Nguyện", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Lê Thị Kiều", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Danh Hùng", "Bí thư Chi bộ ấp Cái Bát", "tổ trưởng"),
 P("Trần Thị Mộng Thu", "Phó Chủ tịch Ủy ban MTTQ huyện U Minh")],
[Q("1.245 mô hình", 1245, "mô hình"), Q("186 mô hình cấp tỉnh", 186, "mô hình cấp tỉnh"),
 Q("trên 68 tỷ đồng", 68000000000, "đồng", "over"), Q("152.000 m2", 152000, "m2"), Q("312 km", 312, "km"),
 Q("324 đơn thư", 324, "đơn thư"), Q("298 đơn", 298, "đơn"), Q("92%", 92, "%"), Q("58 hộ dân", 58, "hộ dân"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("14 chùa Phật giáo Nam tông Khmer", 14, "chùa Phật giáo Nam tông Khmer"),
 Q("300 đoàn viên, thanh niên", 300, "đoàn viên, thanh niên"), Q("21 ý kiến", 21, "ý kiến"), Q("18 ý kiến", 18, "ý kiến"),
 Q("2.460 hộ", 2460, "hộ"), Q("96,5 tỷ đồng", 96500000000, "đồng"), Q("23.800 hội viên", 23800, "hội viên"),
 Q("25 căn nhà Nghĩa tình đồng đội", 25, "căn nhà Nghĩa tình đồng đội"), Q("1.120 phụ nữ", 1120, "phụ nữ"),
 Q("6 tổ tự quản bảo vệ rừng phòng hộ", 6, "tổ tự quản bảo vệ rừng phòng hộ"), Q("84 thành viên", 84, "thành viên"),
 Q("1.340 người lao động", 1340, "người lao động"), Q("7 trường hợp", 7, "trường hợp")],
[D("Báo cáo", "145", "BC/BDVTU", "2020-12-24", "Ban Dân vận Tỉnh ủy Cà Mau", "Báo cáo số 145-BC/BDVTU ngày 24/12/2020"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận số 43-KL/TW"),
 D("Chương trình hành động", "27", "CTr/TU", "2019-05-20", "Tỉnh ủy", "Chương trình hành động số 27-CTr/TU ngày 20/5/2019")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc"), com("Phú Thuận"), com("Khánh Lâm"), com("Khánh Hòa")],
["BAN DÂN VẬN TỈNH ỦY CÀ MAU", "Trang chủ | Tin tức | Tin tổng hợp", "(DVCM)", "Dân vận khéo", "Nghĩa tình đồng đội",
 "Ngân hàng Chính sách xã hội", "Covid-19"],
["Thứ Ba, 29/12/2020", "năm 2020", "cuối năm 2020"]))

PAGES.append(page("b5680-hanoi-phuong-phuctan-khac-2021", """
Cổng thông tin điện tử phường Phúc Tân - quận Hoàn Kiếm - thành phố Hà Nội
Trang chủ > Tin tức > Tin Mặt trận - Đoàn thể
Ngày đăng 21/05/2021 | 10:35
Điểm tin hoạt động của Mặt trận và các đoàn thể phường tuần 3 tháng 5
Tuần qua, Mặt trận và các đoàn thể phường Phúc Tân tập trung tuyên truyền bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026, đồng thời tham gia phòng, chống dịch Covid-19.
- Tuyên truyền bầu cử
Ủy ban MTTQ phường phối hợp 14 Ban Công tác Mặt trận tổ dân phố treo 350 lá cờ Tổ quốc, 42 băng rôn, khẩu hiệu. Bà Nguyễn Thị Thu Hương, Chủ tịch Ủy ban MTTQ phường cho biết, phường có 9.860 cử tri được niêm yết tại 6 khu vực bỏ phiếu. Hoạt động thực hiện Chỉ thị số 45-CT/TW ngày 20/6/2020 của Bộ Chính trị và Kế hoạch số 18-KH/ĐU ngày 10/3/2021 của Đảng ủy phường.
- "Tổ Covid cộng đồng"
Phường thành lập 28 tổ Covid cộng đồng với 196 thành viên. Ông Trần Quốc Bảo, Bí thư Chi bộ kiêm Tổ trưởng tổ dân phố số 9, và ông Lê Văn Hải, Trưởng Ban Công tác Mặt trận tổ dân phố số 11, được Ủy ban MTTQ quận khen thưởng.
- Hội Cựu chiến binh
Hội CCB phường có 412 hội viên; ông Phạm Đức Trọng, Chủ tịch Hội CCB phường, vận động hội viên ủng hộ Quỹ vắc-xin phòng Covid-19 được 38,6 triệu đồng.
- Hội Liên hiệp Phụ nữ
Hội LHPN phường duy trì mô hình "Tủ bánh mì 0 đồng", mỗi ngày phát khoảng 150 chiếc bánh cho người lao động tự do. Các bà Đỗ Thị Lan, Vũ Minh Nguyệt - Phó Chủ tịch Hội LHPN phường, phụ trách điều phối tình nguyện viên.
- Đoàn Thanh niên
Đoàn phường ra quân làm sạch 3 tuyến phố ven sông Hồng, thu gom khoảng 2 tấn rác. Anh Đặng Minh Khoa được tín nhiệm giữ chức Phó Bí thư Đoàn phường.
- Công tác dân vận chính quyền
UBND phường tiếp nhận 37 ý kiến của người dân qua đường dây nóng, đã xử lý 35 ý kiến. Ông Ngô Văn Tiến, Phó Bí thư Đảng ủy, Chủ tịch UBND phường, yêu cầu trả lời dứt điểm các ý kiến còn lại trong tháng 5.
- Chăm lo người có công và hộ khó khăn
Quỹ "Vì người nghèo" phường tiếp nhận 126,4 triệu đồng; trao 45 suất quà, mỗi suất 500.000 đồng cho hộ cận nghèo, người cao tuổi neo đơn. Ông Hà Thanh Tùng, Phó Chủ tịch Ủy ban MTTQ phường, cho biết phường hiện còn 4 hộ nghèo và 11 hộ cận nghèo.
- Khuyến học
Hội Khuyến học phường trao 30 suất học bổng cho học sinh vượt khó, trị giá tổng cộng 15 triệu đồng, theo Kế hoạch số 22/KH-UBND ngày 2/4/2021 của UBND phường. Bà Lương Thị Mai, Chủ tịch Hội Khuyến học phường, đề nghị các chi hội rà soát thêm khoảng 20 em có hoàn cảnh khó khăn.
Ban Biên tập
Lượt xem: 312
Tin liên quan
- Phúc Tân tổng kết công tác Mặt trận năm 2020 (30/12/2020)
- Gặp mặt các gia đình chính sách dịp 27/7 (27/07/2020)
""", "2021-05-21", "Điểm tin hoạt động của Mặt trận và các đoàn thể phường tuần 3 tháng 5",
E("khac", None, None),
[P("Nguyễn Thị Thu Hương", "Chủ tịch Ủy ban MTTQ phường"),
 P("Trần Quốc Bảo", "Bí thư Chi bộ kiêm Tổ trưởng tổ dân phố số 9"),
 P("Lê Văn Hải", "Trưởng Ban Công tác Mặt trận tổ dân phố số 11"),
 P("Phạm Đức Trọng", "Chủ tịch Hội CCB phường"),
 P("Đỗ Thị Lan", "Phó Chủ tịch Hội LHPN phường"),
 P("Vũ Minh Nguyệt", "Phó Chủ tịch Hội LHPN phường"),
 P("Đặng Minh Khoa", "Phó Bí thư Đoàn phường"),
 P("Ngô Văn Tiến", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Hà Thanh Tùng", "Phó Chủ tịch Ủy ban MTTQ phường"),
 P("Lương Thị Mai", "Chủ tịch Hội Khuyến học phường")],
[Q("14 Ban Công tác Mặt trận tổ dân phố", 14, "Ban Công tác Mặt trận tổ dân phố"), Q("350 lá cờ Tổ quốc", 350, "lá cờ Tổ quốc"),
 Q("42 băng rôn, khẩu hiệu", 42, "băng rôn, khẩu hiệu"), Q("9.860 cử tri", 9860, "cử tri"),
 Q("6 khu vực bỏ phiếu", 6, "khu vực bỏ phiếu"), Q("28 tổ Covid cộng đồng", 28, "tổ Covid cộng đồng"),
 Q("196 thành viên", 196, "thành viên"), Q("412 hội viên", 412, "hội viên"), Q("38,6 triệu đồng", 38600000, "đồng"),
 Q("khoảng 150 chiếc bánh", 150, "chiếc bánh", "approx"), Q("3 tuyến phố", 3, "tuyến phố"),
 Q("khoảng 2 tấn", 2, "tấn", "approx"), Q("37 ý kiến", 37, "ý kiến"), Q("35 ý kiến", 35, "ý kiến"),
 Q("126,4 triệu đồng", 126400000, "đồng"), Q("45 suất quà", 45, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("4 hộ nghèo", 4, "hộ nghèo"), Q("11 hộ cận nghèo", 11, "hộ cận nghèo"), Q("30 suất học bổng", 30, "suất học bổng"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("khoảng 20 em", 20, "em", "approx")],
[D("Chỉ thị", "45", "CT/TW", "2020-06-20", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 20/6/2020"),
 D("Kế hoạch", "18", "KH/ĐU", "2021-03-10", "Đảng ủy phường", "Kế hoạch số 18-KH/ĐU ngày 10/3/2021"),
 D("Kế hoạch", "22", "KH-UBND", "2021-04-02", "UBND phường", "Kế hoạch số 22/KH-UBND ngày 2/4/2021")],
[prov("Hà Nội"), com("Phúc Tân")],
["Cổng thông tin điện tử phường Phúc Tân - quận Hoàn Kiếm - thành phố Hà Nội", "Trang chủ > Tin tức > Tin Mặt trận - Đoàn thể",
 "Tổ Covid cộng đồng", "Tủ bánh mì 0 đồng", "Ban Biên tập", "Lượt xem: 312", "Quỹ vắc-xin phòng Covid-19", "Vì người nghèo"],
["Ngày đăng 21/05/2021 | 10:35", "tuần 3 tháng 5", "khóa XV", "nhiệm kỳ 2021 - 2026", "0 đồng", "Lượt xem: 312",
 "tổ dân phố số 9", "tổ dân phố số 11"]))
