from lib import *
PAGES = []

PAGES.append(page("b8795-bentre-hdnd-giaoban-2017", """
HĐND TỈNH BẾN TRE - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ >> Hoạt động HĐND tỉnh >> Tin hoạt động
Thứ Năm, 12/10/2017 - 14:30
Thường trực HĐND tỉnh giao ban với Thường trực HĐND cấp huyện
Ảnh: Quang cảnh buổi giao ban.
Chiều ngày 11/10/2017, Thường trực HĐND tỉnh tổ chức giao ban quý III năm 2017 với Thường trực HĐND các huyện, thành phố. Ông Võ Thành Hạo, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì; cùng dự có các ông, bà Phó Chủ tịch HĐND tỉnh: Phan Thị Thanh Hương, Lê Văn Khánh và lãnh đạo các Ban HĐND tỉnh.
Theo báo cáo của Văn phòng HĐND tỉnh, trong quý III, các tổ đại biểu HĐND tỉnh đã tiếp xúc cử tri sau Kỳ họp thứ 5 tại 164 xã, phường, thị trấn với 9.860 lượt cử tri tham dự; cử tri nêu 412 ý kiến, kiến nghị. Đến ngày 30/9, UBND tỉnh và các sở, ngành đã trả lời 287 kiến nghị, đạt 69,7%; còn 125 kiến nghị đang được xem xét, chủ yếu liên quan đến xâm nhập mặn, sạt lở bờ sông và bồi thường giải phóng mặt bằng.
Thường trực HĐND cấp huyện cũng báo cáo kết quả giám sát việc giải quyết kiến nghị ở địa phương. Bà Nguyễn Thị Bé Mười, Phó Chủ tịch HĐND huyện Ba Tri cho biết, huyện đã giải quyết dứt điểm 38/45 kiến nghị thuộc thẩm quyền cấp huyện; riêng kiến nghị về đê bao ngăn mặn ở xã An Thủy, xã Bảo Thạnh cần kinh phí khoảng 18 tỷ đồng, vượt khả năng ngân sách huyện. Ông Huỳnh Văn Bé, Chủ tịch HĐND huyện Mỏ Cày Nam, đề nghị tỉnh hướng dẫn thống nhất cách ghi nhận, phân loại kiến nghị cử tri giữa các cấp để tránh trùng lặp.
Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh Trần Văn Cường cho rằng nhiều văn bản trả lời của các sở còn chung chung, "trả lời cho có", cử tri chưa hài lòng. Ban đề nghị đưa 15 kiến nghị kéo dài từ năm 2016 vào chương trình giám sát chuyên đề quý IV.
Kết luận buổi giao ban, ông Võ Thành Hạo yêu cầu Thường trực HĐND các cấp tiếp tục thực hiện Nghị quyết số 12/NQ-HĐND ngày 14/7/2017 của HĐND tỉnh về chất vấn và trả lời chất vấn; theo dõi đến cùng việc giải quyết kiến nghị cử tri, công khai kết quả trên Báo Đồng Khởi và Đài Phát thanh - Truyền hình tỉnh. Thường trực HĐND tỉnh sẽ ban hành Kế hoạch số 89/KH-TTHĐND về tổ chức tiếp xúc cử tri trước Kỳ họp thứ 6, dự kiến tổ chức trong 2 tuần đầu tháng 11.
Dịp này, Thường trực HĐND tỉnh Bến Tre cũng thống nhất với Ban Thường trực Ủy ban MTTQ tỉnh về việc đổi mới hình thức tiếp xúc cử tri theo chuyên đề, theo nhóm đối tượng như nông dân nuôi trồng thủy sản, người lao động trong các khu công nghiệp và đoàn viên thanh niên, nhằm tạo điều kiện để cử tri trực tiếp phản ánh những vấn đề bức xúc.
Minh Thư
Tin liên quan
- Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Thạnh Phú (28/07/2017)
- Bế mạc Kỳ họp thứ 5, HĐND tỉnh khóa IX (14/07/2017)
- Ban Pháp chế HĐND tỉnh giám sát tại Chợ Lách (20/06/2017)
""", "2017-10-12", "Thường trực HĐND tỉnh giao ban với Thường trực HĐND cấp huyện",
E("giao_ban", "2017-Q3", "2017-10-11"),
[P("Võ Thành Hạo", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Phan Thị Thanh Hương", "Phó Chủ tịch HĐND tỉnh"),
 P("Lê Văn Khánh", "Phó Chủ tịch HĐND tỉnh"),
 P("Nguyễn Thị Bé Mười", "Phó Chủ tịch HĐND huyện Ba Tri"),
 P("Huỳnh Văn Bé", "Chủ tịch HĐND huyện Mỏ Cày Nam"),
 P("Trần Văn Cường", "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh")],
[Q("164 xã, phường, thị trấn", 164, "xã, phường, thị trấn"), Q("9.860 lượt cử tri", 9860, "lượt cử tri"),
 Q("412 ý kiến, kiến nghị", 412, "ý kiến, kiến nghị"), Q("287 kiến nghị", 287, "kiến nghị"), Q("69,7%", 69.7, "%"),
 Q("125 kiến nghị", 125, "kiến nghị"), Q("38/45 kiến nghị", 38, "kiến nghị"),
 Q("khoảng 18 tỷ đồng", 18000000000, "đồng", "approx"), Q("15 kiến nghị", 15, "kiến nghị")],
[D("Nghị quyết", "12", "NQ-HĐND", "2017-07-14", "HĐND tỉnh", "Nghị quyết số 12/NQ-HĐND ngày 14/7/2017"),
 D("Kế hoạch", "89", "KH-TTHĐND", None, "Thường trực HĐND tỉnh", "Kế hoạch số 89/KH-TTHĐND")],
[prov("Bến Tre"), com("An Thủy"), com("Bảo Thạnh")],
["HĐND TỈNH BẾN TRE - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ >> Hoạt động HĐND tỉnh >> Tin hoạt động", "Ảnh: Quang cảnh buổi giao ban.",
 "trả lời cho có", "Báo Đồng Khởi",
 "Đài Phát thanh - Truyền hình tỉnh"],
["Thứ Năm, 12/10/2017 - 14:30", "quý III năm 2017", "Kỳ họp thứ 5", "quý IV", "Kỳ họp thứ 6", "2 tuần", "khóa IX"]))

PAGES.append(page("b8796-quangninh-bao-txct-2018", """
BÁO QUẢNG NINH
Thời sự / Chính trị
Cập nhật lúc 17:20 ngày 27/11/2018
Cử tri vùng cao Bình Liêu kiến nghị về đất rừng và nước sạch
Các đại biểu HĐND tỉnh tiếp xúc cử tri xã Đồng Văn.
Ngày 26/11, Tổ đại biểu HĐND tỉnh ứng cử tại huyện Bình Liêu đã tiếp xúc cử tri các xã Đồng Văn, Hoành Mô và thị trấn Bình Liêu trước Kỳ họp thứ 9, HĐND tỉnh Quảng Ninh khóa XIII - kỳ họp thường lệ cuối năm 2018.
Tham gia tổ đại biểu có: bà Vi Thị Hoa, Tỉnh ủy viên, Trưởng Ban Dân tộc HĐND tỉnh; ông Đặng Văn Chiến, Phó Giám đốc Sở Nông nghiệp và PTNT; ông Hoàng Văn Nhàn, HUV, Chủ tịch UBND huyện Bình Liêu. Có khoảng 280 cử tri là người Tày, Dao, Sán Chỉ đến dự.
Các đại biểu đã thông tin về tình hình kinh tế - xã hội năm 2018 của tỉnh, dự kiến nội dung kỳ họp với 26 nội dung cần xem xét, quyết định, trong đó có các nghị quyết về giá đất, hỗ trợ phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số, miền núi.
Cử tri đã nêu 21 ý kiến, kiến nghị. Ông Chìu Văn Sáng, Trưởng thôn Khe Tiền, xã Đồng Văn, đề nghị tỉnh sớm giao đất, giao rừng cho 135 hộ trong thôn vì nhiều năm nay người dân trồng quế, trồng hồi nhưng chưa được cấp giấy chứng nhận. Bà Lỷ Thị Nhì, cán bộ Hội Phụ nữ xã Hoành Mô, phản ánh công trình nước sạch xây dựng năm 2015 trị giá hơn 3 tỷ đồng nay chỉ cấp được nước cho khoảng 40% số hộ. Cử tri Lục Văn Thắng ở thị trấn Bình Liêu kiến nghị giảm thời gian giải quyết thủ tục hành chính tại Trung tâm Hành chính công huyện.
Thay mặt tổ đại biểu, bà Vi Thị Hoa đã trả lời một số ý kiến thuộc lĩnh vực dân tộc, đồng thời cho biết thực hiện Nghị quyết số 196/2015/NQ-HĐND của HĐND tỉnh về chính sách hỗ trợ người dân vùng đồng bào dân tộc, năm 2018 tỉnh đã bố trí 45 tỷ đồng cho huyện Bình Liêu để làm đường, trường, trạm. Ông Hoàng Văn Nhàn cho biết huyện đã đưa 2 công trình nước sạch vào kế hoạch sửa chữa năm 2019 với tổng kinh phí 1,8 tỷ đồng.
Cũng tại buổi tiếp xúc, các đại biểu thông báo kết quả giải quyết 68 kiến nghị của cử tri Bình Liêu sau Kỳ họp thứ 8; đến nay đã có 57 kiến nghị được giải quyết, trả lời bằng văn bản. Cử tri đánh giá cao việc tỉnh đã đầu tư tuyến đường Hoành Mô - Đồng Văn dài 19 km mà cử tri nhiều lần kiến nghị.
Ông Đặng Văn Chiến tiếp thu ý kiến về giao đất, giao rừng và cho biết Sở Nông nghiệp và PTNT sẽ phối hợp với huyện hoàn thành việc rà soát trong quý I/2019. Các ý kiến khác sẽ được tổng hợp, gửi Thường trực HĐND tỉnh và UBND tỉnh xem xét, trả lời tại kỳ họp.
Trước đó, ngày 25/11, tổ đại biểu cũng đã đến thăm và làm việc với Ban Quản lý các xã biên giới, nắm tình hình đời sống, tư tưởng của đồng bào các dân tộc sau thời gian xảy ra mưa lũ.
Hùng Sơn
Tin cùng chuyên mục
- Đại biểu HĐND tỉnh tiếp xúc cử tri TP Uông Bí (24/11/2018)
- Thường trực HĐND tỉnh giám sát tại huyện Ba Chẽ (16/11/2018)
- 13 xã của Bình Liêu về đích nông thôn mới (05/11/2018)
""", "2018-11-27", "Cử tri vùng cao Bình Liêu kiến nghị về đất rừng và nước sạch",
E("hoi_nghi", "2018", "2018-11-26"),
[P("Vi Thị Hoa", "Tỉnh ủy viên", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Đặng Văn Chiến", "Phó Giám đốc Sở Nông nghiệp và PTNT"),
 P("Hoàng Văn Nhàn", "HUV", "Chủ tịch UBND huyện Bình Liêu"),
 P("Chìu Văn Sáng", "Trưởng thôn Khe Tiền"),
 P("Lỷ Thị Nhì", "cán bộ Hội Phụ nữ xã Hoành Mô"),
 P("Lục Văn Thắng")],
[Q("khoảng 280 cử tri", 280, "cử tri", "approx"), Q("26 nội dung", 26, "nội dung"),
 Q("21 ý kiến, kiến nghị", 21, "ý kiến, kiến nghị"), Q("135 hộ", 135, "hộ"), Q("hơn 3 tỷ đồng", 3000000000, "đồng", "over"),
 Q("khoảng 40%", 40, "%", "approx"), Q("45 tỷ đồng", 45000000000, "đồng"), Q("2 công trình nước sạch", 2, "công trình nước sạch"),
 Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("68 kiến nghị", 68, "kiến nghị"), Q("57 kiến nghị", 57, "kiến nghị"), Q("19 km", 19, "km")],
[D("Nghị quyết", "196", "2015/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 196/2015/NQ-HĐND")],
[prov("Quảng Ninh"), com("Đồng Văn"), com("Hoành Mô"), com("Bình Liêu")],
["BÁO QUẢNG NINH", "Thời sự / Chính trị", "Các đại biểu HĐND tỉnh tiếp xúc cử tri xã Đồng Văn.", "Trung tâm Hành chính công huyện"],
["Cập nhật lúc 17:20 ngày 27/11/2018", "Kỳ họp thứ 9", "khóa XIII", "năm 2018", "Kỳ họp thứ 8", "quý I/2019", "năm 2015", "năm 2019"]))

PAGES.append(page("b8797-hagiang-xa-txct-2019", """
XÃ LŨNG CÚ - HUYỆN ĐỒNG VĂN - TỈNH HÀ GIANG
Trang chủ | Tin tức sự kiện | Hoạt động của HĐND xã
Thứ Hai, 11/11/2019
Đại biểu HĐND tỉnh tiếp xúc cử tri xã Lũng Cú
Đồng chí Vàng Mí Sính phát biểu tại buổi tiếp xúc cử tri.
Sáng 9/11/2019, tại Nhà văn hóa thôn Thèn Ván, xã Lũng Cú, Tổ đại biểu HĐND tỉnh Hà Giang khóa XVII ứng cử tại huyện Đồng Văn đã tiếp xúc cử tri các xã Lũng Cú, Má Lé trước Kỳ họp thứ 11, HĐND tỉnh khóa XVII, nhiệm kỳ 2016 - 2021.
Tổ đại biểu gồm các đồng chí: Vàng Mí Sính, Tỉnh ủy viên, Bí thư Huyện ủy Đồng Văn; Lò Thị Dín, Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh; Nguyễn Đức Toàn, Phó Giám đốc Sở Giao thông vận tải. Dự buổi tiếp xúc có đồng chí Sùng Mí Chá, Bí thư Đảng ủy, Chủ tịch HĐND xã Lũng Cú; đồng chí Giàng Seo Pó, Chủ tịch UBND xã cùng 210 cử tri của 9 thôn.
Đồng chí Lò Thị Dín thông báo dự kiến chương trình kỳ họp và kết quả giải quyết kiến nghị của cử tri huyện Đồng Văn sau Kỳ họp thứ 10: trong 34 kiến nghị, các cơ quan đã giải quyết, trả lời 30 kiến nghị, còn 4 kiến nghị chưa được giải quyết do chưa bố trí được nguồn vốn.
Tại buổi tiếp xúc, cử tri đã nêu 16 ý kiến, kiến nghị. Cử tri Thào Mí Dế, thôn Lô Lô Chải, đề nghị cứng hóa tuyến đường vào thôn dài 3,2 km để phục vụ khách du lịch; cử tri Vàng Thị Dính, thôn Séo Lủng 1, phản ánh 23 hộ thuộc diện hộ nghèo chưa được hỗ trợ bể chứa nước theo chính sách. Ông Sình Đức Pao, người có uy tín thôn Thèn Ván, đề nghị tăng mức hỗ trợ cho người có uy tín và quan tâm tu sửa đường ra cột cờ Lũng Cú.
Trả lời cử tri, đồng chí Nguyễn Đức Toàn cho biết Sở Giao thông vận tải đã trình UBND tỉnh bổ sung tuyến đường Lô Lô Chải vào kế hoạch năm 2020 với mức vốn dự kiến 6 tỷ đồng theo cơ chế Nhà nước và nhân dân cùng làm. Đồng chí Vàng Mí Sính thông tin, năm 2019 huyện đã hỗ trợ 512 bể chứa nước cho hộ nghèo, mỗi bể 4 triệu đồng; những hộ còn lại sẽ được hỗ trợ trước mùa khô.
Đồng chí Bí thư Huyện ủy đề nghị cấp ủy, chính quyền xã tiếp tục vận động nhân dân hiến đất làm đường, không nghe theo kẻ xấu, xóa bỏ hủ tục trong cưới hỏi, tang ma. Các ý kiến thuộc thẩm quyền tỉnh sẽ được tổ đại biểu tổng hợp gửi tới kỳ họp theo Kế hoạch số 215/KH-HĐND ngày 21/10/2019 của Thường trực HĐND tỉnh.
Kết thúc buổi tiếp xúc, đồng chí Sùng Mí Chá cảm ơn các đại biểu và cam kết UBND xã sẽ chỉ đạo các thôn rà soát lại danh sách hộ nghèo chưa được hỗ trợ bể nước, báo cáo huyện trước ngày 30/11.
Ban biên tập xã Lũng Cú
Tin khác
- Xã Lũng Cú ra quân làm đường bê tông thôn Séo Lủng 2 (30/10/2019)
- Hội nghị sơ kết 9 tháng của Đảng ủy xã (04/10/2019)
- Thăm và làm việc với Đồn Biên phòng Lũng Cú (20/09/2019)
""", "2019-11-11", "Đại biểu HĐND tỉnh tiếp xúc cử tri xã Lũng Cú",
E("hoi_nghi", None, "2019-11-09"),
[P("Vàng Mí Sính", "Tỉnh ủy viên", "Bí thư Huyện ủy Đồng Văn", "Bí thư Huyện ủy"),
 P("Lò Thị Dín", "Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Nguyễn Đức Toàn", "Phó Giám đốc Sở Giao thông vận tải"),
 P("Sùng Mí Chá", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Lũng Cú"),
 P("Giàng Seo Pó", "Chủ tịch UBND xã"),
 P("Thào Mí Dế"),
 P("Vàng Thị Dính"),
 P("Sình Đức Pao", "người có uy tín thôn Thèn Ván")],
[Q("210 cử tri", 210, "cử tri"), Q("9 thôn", 9, "thôn"), Q("34 kiến nghị", 34, "kiến nghị"), Q("30 kiến nghị", 30, "kiến nghị"),
 Q("4 kiến nghị", 4, "kiến nghị"), Q("16 ý kiến, kiến nghị", 16, "ý kiến, kiến nghị"), Q("3,2 km", 3.2, "km"),
 Q("23 hộ", 23, "hộ"), Q("6 tỷ đồng", 6000000000, "đồng"), Q("512 bể chứa nước", 512, "bể chứa nước"),
 Q("4 triệu đồng", 4000000, "đồng")],
[D("Kế hoạch", "215", "KH-HĐND", "2019-10-21", "Thường trực HĐND tỉnh", "Kế hoạch số 215/KH-HĐND ngày 21/10/2019")],
[prov("Hà Giang"), com("Lũng Cú"), com("Má Lé")],
["XÃ LŨNG CÚ - HUYỆN ĐỒNG VĂN - TỈNH HÀ GIANG", "Trang chủ | Tin tức sự kiện | Hoạt động của HĐND xã",
 "Đồng chí Vàng Mí Sính phát biểu tại buổi tiếp xúc cử tri.", "Ban biên tập xã Lũng Cú", "cột cờ Lũng Cú"],
["Thứ Hai, 11/11/2019", "khóa XVII", "Kỳ họp thứ 11", "2016 - 2021", "Kỳ họp thứ 10", "năm 2020", "năm 2019"]))

PAGES.append(page("b8798-daklak-hdnd-giamsat-2019", """
Báo Đắk Lắk điện tử
Chính trị - Xã hội » Hoạt động của HĐND
14/06/2019 - 10:05
Giám sát kết quả giải quyết kiến nghị cử tri tại huyện Krông Bông
Toàn cảnh buổi giám sát.
Ngày 12/6, Đoàn giám sát của Thường trực HĐND tỉnh Đắk Lắk do ông Y Khuê Mlô, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn đã giám sát việc giải quyết kiến nghị của cử tri năm 2018 tại huyện Krông Bông.
Cùng tham gia đoàn giám sát có bà H'Liên Niê, Trưởng Ban Dân tộc HĐND tỉnh; ông Trần Quốc Huy, Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh và đại diện Ủy ban MTTQ Việt Nam tỉnh, Sở Tài nguyên và Môi trường.
Theo báo cáo của UBND huyện Krông Bông, năm 2018 cử tri trên địa bàn huyện đã gửi tới các kỳ họp HĐND tỉnh 58 kiến nghị; trong đó 26 kiến nghị thuộc thẩm quyền cấp tỉnh và 32 kiến nghị thuộc thẩm quyền của huyện. Đến nay huyện đã giải quyết 27/32 kiến nghị, đạt 84,4%. Các kiến nghị chưa giải quyết xong chủ yếu liên quan đến tranh chấp đất đai với Công ty Lâm nghiệp Krông Bông và việc cấp giấy chứng nhận quyền sử dụng đất cho hơn 1.100 hộ đồng bào dân tộc thiểu số tại chỗ.
Trong năm, huyện đã dành 12,6 tỷ đồng từ nguồn vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững để làm 14 tuyến đường giao thông nông thôn, 3 công trình thủy lợi nhỏ mà cử tri nhiều lần kiến nghị; hỗ trợ 86 hộ nghèo làm nhà ở.
Tại buổi giám sát, ông Y Ngọc Byă, Chủ tịch UBND xã Yang Mao, cho biết người dân buôn Tlông, buôn Cư Rang vẫn phải đi đường tạm qua suối vào mùa mưa, "kiến nghị đã được cử tri nêu tại 3 kỳ họp liên tiếp". Bà H'Bình Ayun, Phó Chủ tịch UBND xã Cư Pui, đề nghị tỉnh sớm phê duyệt phương án sử dụng 620 ha đất do Công ty Lâm nghiệp bàn giao để giao cho đồng bào sản xuất.
Ông Lê Văn Thanh, Phó Chủ tịch UBND huyện Krông Bông giải trình thêm: việc chậm cấp giấy chứng nhận do nhiều thửa đất chồng lấn với đất lâm nghiệp, huyện đã đề nghị Sở Tài nguyên và Môi trường hướng dẫn theo Nghị định số 01/2017/NĐ-CP của Chính phủ.
Kết luận buổi giám sát, ông Y Khuê Mlô ghi nhận huyện đã có nhiều cố gắng, song đề nghị các phòng, ban chuyên môn trả lời kiến nghị cử tri đúng thời hạn, cụ thể, tránh đùn đẩy; công khai kết quả tại các buổi tiếp xúc cử tri. Những kiến nghị vượt thẩm quyền, Đoàn giám sát sẽ tổng hợp trong báo cáo gửi Kỳ họp thứ 8, HĐND tỉnh khóa IX. Việc giám sát được thực hiện theo Kế hoạch số 31/KH-HĐND ngày 15/4/2019 của Thường trực HĐND tỉnh.
H'Xuân
Tin liên quan
- Ban Pháp chế HĐND tỉnh giám sát tại thị xã Buôn Hồ (07/06/2019)
- Đại biểu HĐND tỉnh tiếp xúc cử tri huyện M'Đrắk (15/05/2019)
- Khai mạc Kỳ họp thứ 7, HĐND tỉnh khóa IX (10/12/2018)
""", "2019-06-14", "Giám sát kết quả giải quyết kiến nghị cử tri tại huyện Krông Bông",
E("giam_sat", "2018", "2019-06-12"),
[P("Y Khuê Mlô", "Phó Chủ tịch HĐND tỉnh", "trưởng đoàn"),
 P("H'Liên Niê", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Trần Quốc Huy", "Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Y Ngọc Byă", "Chủ tịch UBND xã Yang Mao"),
 P("H'Bình Ayun", "Phó Chủ tịch UBND xã Cư Pui"),
 P("Lê Văn Thanh", "Phó Chủ tịch UBND huyện Krông Bông")],
[Q("58 kiến nghị", 58, "kiến nghị"), Q("26 kiến nghị", 26, "kiến nghị"), Q("32 kiến nghị", 32, "kiến nghị"),
 Q("27/32 kiến nghị", 27, "kiến nghị"), Q("84,4%", 84.4, "%"),
 Q("hơn 1.100 hộ đồng bào dân tộc thiểu số tại chỗ", 1100, "hộ đồng bào dân tộc thiểu số tại chỗ", "over"),
 Q("12,6 tỷ đồng", 12600000000, "đồng"), Q("14 tuyến đường giao thông nông thôn", 14, "tuyến đường giao thông nông thôn"),
 Q("3 công trình thủy lợi nhỏ", 3, "công trình thủy lợi nhỏ"), Q("86 hộ nghèo", 86, "hộ nghèo"), Q("620 ha", 620, "ha")],
[D("Nghị định", "01", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 01/2017/NĐ-CP"),
 D("Kế hoạch", "31", "KH-HĐND", "2019-04-15", "Thường trực HĐND tỉnh", "Kế hoạch số 31/KH-HĐND ngày 15/4/2019")],
[prov("Đắk Lắk"), com("Yang Mao"), com("Cư Pui")],
["Báo Đắk Lắk điện tử", "Chính trị - Xã hội » Hoạt động của HĐND", "Toàn cảnh buổi giám sát.",
 "Chương trình mục tiêu quốc gia giảm nghèo bền vững", "Công ty Lâm nghiệp Krông Bông"],
["14/06/2019 - 10:05", "năm 2018", "3 kỳ họp", "Kỳ họp thứ 8", "khóa IX"]))

PAGES.append(page("b8799-thuathienhue-mttq-txct-2020", """
Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế
Trang chủ > Tin tức > Dân chủ - Pháp luật
08/07/2020 14:45 GMT+7
Tiếp xúc cử tri trực tuyến trước kỳ họp giữa năm: Cử tri A Lưới mong sớm có đường tránh sạt lở
Lần đầu tiên, các tổ đại biểu HĐND tỉnh Thừa Thiên Huế tiếp xúc cử tri qua hình thức trực tuyến trước Kỳ họp thứ 13 - kỳ họp thường lệ giữa năm 2020, HĐND tỉnh khóa VII.
Điểm cầu xã Hồng Thủy, huyện A Lưới. Ảnh: Hoài Thu
Sáng 6/7/2020, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp với Thường trực HĐND tỉnh tổ chức hội nghị tiếp xúc cử tri trực tuyến với 10 điểm cầu tại các huyện, thị xã, thành phố, thu hút hơn 900 cử tri tham dự. Ông Hồ Văn Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì tại điểm cầu chính.
Các đại biểu HĐND tỉnh gồm: bà Tôn Nữ Thị Hoài, Phó Chủ tịch HĐND tỉnh; ông Nguyễn Văn Phương, Giám đốc Sở Kế hoạch và Đầu tư; bà Căn Thị Lợi, Phó Trưởng ban Dân tộc HĐND tỉnh đã báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm trong bối cảnh dịch Covid-19, dự kiến nội dung kỳ họp và trả lời trực tiếp nhiều ý kiến của cử tri.
Tại 10 điểm cầu, đã có 47 lượt cử tri phát biểu với 63 ý kiến, kiến nghị. Cử tri Kăn Thị Hoa ở xã Hồng Thủy, huyện A Lưới đề nghị tỉnh sớm đầu tư tuyến đường tránh điểm sạt lở dài gần 2 km; cử tri phường Phú Hội, thành phố Huế phản ánh chậm chi trả hỗ trợ cho người lao động bị ảnh hưởng bởi dịch theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ.
Trả lời cử tri, ông Nguyễn Văn Phương cho biết đến cuối tháng 6, toàn tỉnh đã chi hỗ trợ cho 96.500 người với tổng số tiền hơn 140 tỷ đồng; khoảng 3% hồ sơ còn vướng do thiếu giấy tờ. Bà Tôn Nữ Thị Hoài thông tin thêm, trong 215 kiến nghị cử tri gửi đến Kỳ họp thứ 12, đã có 186 kiến nghị được trả lời, giải quyết.
Ông Hồ Xuân Liêm, Trưởng thôn Pi Ây 1, xã Hồng Thủy, cho rằng hình thức trực tuyến giúp người dân vùng sâu được nói trực tiếp với lãnh đạo tỉnh mà không phải đi xa. Tuy vậy, một số điểm cầu đường truyền chưa ổn định, cử tri phải phát biểu lại nhiều lần.
Phát biểu kết thúc hội nghị, ông Hồ Văn Ngọc đề nghị các sở, ngành nghiên cứu, trả lời thấu đáo các kiến nghị; Ủy ban MTTQ tỉnh sẽ tổng hợp đầy đủ để báo cáo tại phiên khai mạc kỳ họp, đồng thời phối hợp tổ chức giám sát việc giải quyết theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN.
Hoài Thu
Bài viết liên quan
- Mặt trận tỉnh trao 1.000 suất quà cho người lao động khó khăn (25/06/2020)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 5, khóa X (12/06/2020)
- Giám sát việc chi trả hỗ trợ theo Nghị quyết 42 tại Phong Điền (28/05/2020)
""", "2020-07-08", "Tiếp xúc cử tri trực tuyến trước kỳ họp giữa năm: Cử tri A Lưới mong sớm có đường tránh sạt lở",
E("hoi_nghi", "2020", "2020-07-06"),
[P("Hồ Văn Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Tôn Nữ Thị Hoài", "Phó Chủ tịch HĐND tỉnh"),
 P("Nguyễn Văn Phương", "Giám đốc Sở Kế hoạch và Đầu tư"),
 P("Căn Thị Lợi", "Phó Trưởng ban Dân tộc HĐND tỉnh"),
 P("Kăn Thị Hoa"),
 P("Hồ Xuân Liêm", "Trưởng thôn Pi Ây 1")],
[Q("10 điểm cầu", 10, "điểm cầu"), Q("hơn 900 cử tri", 900, "cử tri", "over"), Q("47 lượt cử tri", 47, "lượt cử tri"),
 Q("63 ý kiến, kiến nghị", 63, "ý kiến, kiến nghị"), Q("gần 2 km", 2, "km", "approx"), Q("96.500 người", 96500, "người"),
 Q("hơn 140 tỷ đồng", 140000000000, "đồng", "over"), Q("khoảng 3%", 3, "%", "approx"), Q("215 kiến nghị", 215, "kiến nghị"),
 Q("186 kiến nghị", 186, "kiến nghị")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")],
[prov("Thừa Thiên Huế"), com("Hồng Thủy"), com("Phú Hội")],
["Ủy ban MTTQ Việt Nam tỉnh Thừa Thiên Huế", "Trang chủ > Tin tức > Dân chủ - Pháp luật", "Điểm cầu xã Hồng Thủy, huyện A Lưới. Ảnh: Hoài Thu",
 "Covid-19"],
["08/07/2020 14:45 GMT+7", "Kỳ họp thứ 13", "năm 2020", "khóa VII", "6 tháng đầu năm", "Kỳ họp thứ 12", "Covid-19"]))

PAGES.append(page("b8800-longan-hdnd-baocao-2020", """
Báo Long An Online
Thời sự > Chính trị > Kỳ họp HĐND tỉnh
Thứ Tư, 09/12/2020
95,4% kiến nghị của cử tri năm 2020 được giải quyết
Phó Chủ tịch UBND tỉnh báo cáo tại kỳ họp.
(LA) - Tại Kỳ họp thứ 22 (kỳ họp thường lệ cuối năm), HĐND tỉnh khóa IX khai mạc sáng 8/12, ông Phạm Tấn Hòa, Phó Chủ tịch UBND tỉnh trình bày báo cáo kết quả giải quyết kiến nghị của cử tri năm 2020.
Theo báo cáo, trong năm 2020, qua các đợt tiếp xúc cử tri trước và sau các kỳ họp, cử tri tỉnh Long An đã gửi 152 kiến nghị thuộc thẩm quyền giải quyết của UBND tỉnh. Đến nay, UBND tỉnh đã chỉ đạo các sở, ngành, địa phương giải quyết, trả lời 145 kiến nghị, đạt 95,4%; 7 kiến nghị đang được tiếp tục xem xét vì liên quan đến quy hoạch và nguồn vốn đầu tư công giai đoạn 2021 - 2025.
Các lĩnh vực được cử tri quan tâm nhiều nhất gồm: giao thông với 41 kiến nghị, đất đai - môi trường 36 kiến nghị, chính sách an sinh xã hội 29 kiến nghị. Nhiều kiến nghị đã được giải quyết dứt điểm như nâng cấp đường tỉnh 830 đoạn qua xã Lương Hòa, xây dựng cầu Kênh Ranh ở xã Mỹ Quý Tây; hỗ trợ gần 3.200 hộ bị ảnh hưởng bởi hạn mặn đầu năm với tổng kinh phí khoảng 16 tỷ đồng.
Thẩm tra báo cáo, bà Lê Thị Ngọc Bích, Trưởng Ban Pháp chế HĐND tỉnh cho rằng chất lượng trả lời kiến nghị đã được nâng lên, song một số văn bản trả lời vẫn chưa đúng thời hạn theo Quy chế phối hợp số 02/QCPH-HĐND-UBND; có kiến nghị được cử tri nêu lại qua 3 kỳ họp. Ban đề nghị UBND tỉnh chỉ đạo công khai kết quả giải quyết trên Cổng thông tin điện tử tỉnh.
Cũng tại phiên khai mạc, ông Nguyễn Văn Được, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh thông báo tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp. Các tổ đại biểu đã tổ chức 30 cuộc tiếp xúc với khoảng 2.700 lượt cử tri; cử tri nêu 118 ý kiến, kiến nghị, trong đó có nhiều ý kiến đề nghị tiếp tục hỗ trợ người dân bị ảnh hưởng bởi dịch Covid-19 và giá nông sản giảm.
Cử tri Hồ Văn Tư ở ấp 4, xã Thạnh Hưng được nêu trong báo cáo như một điển hình: kiến nghị lắp đèn chiếu sáng cho tuyến đê bao dài 5 km của ông sau 2 tháng đã được UBND huyện thực hiện.
Phát biểu chỉ đạo, ông Nguyễn Văn Quá, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh đề nghị các đại biểu tập trung thảo luận, chất vấn làm rõ trách nhiệm đối với các kiến nghị chậm giải quyết. Kỳ họp diễn ra đến ngày 10/12, xem xét, thông qua 28 nghị quyết.
Trước đó, Thường trực HĐND tỉnh đã tổ chức giám sát việc giải quyết kiến nghị cử tri tại các huyện Cần Giuộc, Đức Hòa, Tân Thạnh và thành phố Tân An theo Kế hoạch số 210/KH-HĐND của Thường trực HĐND tỉnh.
Thanh Hải
Tin khác
- Khai mạc Kỳ họp thứ 22, HĐND tỉnh khóa IX (08/12/2020)
- Đại biểu HĐND tỉnh tiếp xúc cử tri Cần Đước (25/11/2020)
- Long An: 125 xã đạt chuẩn nông thôn mới (18/11/2020)
""", "2020-12-09", "95,4% kiến nghị của cử tri năm 2020 được giải quyết",
E("bao_cao", "2020", "2020-12-08"),
[P("Phạm Tấn Hòa", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Thị Ngọc Bích", "Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Nguyễn Văn Được", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Tư"),
 P("Nguyễn Văn Quá", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh")],
[Q("152 kiến nghị", 152, "kiến nghị"), Q("145 kiến nghị", 145, "kiến nghị"), Q("95,4%", 95.4, "%"),
 Q("7 kiến nghị", 7, "kiến nghị"), Q("41 kiến nghị", 41, "kiến nghị"), Q("36 kiến nghị", 36, "kiến nghị"),
 Q("29 kiến nghị", 29, "kiến nghị"), Q("gần 3.200 hộ", 3200, "hộ", "approx"), Q("khoảng 16 tỷ đồng", 16000000000, "đồng", "approx"),
 Q("30 cuộc tiếp xúc", 30, "cuộc tiếp xúc"), Q("khoảng 2.700 lượt cử tri", 2700, "lượt cử tri", "approx"),
 Q("118 ý kiến, kiến nghị", 118, "ý kiến, kiến nghị"), Q("5 km", 5, "km"), Q("28 nghị quyết", 28, "nghị quyết")],
[D("Quy chế phối hợp", "02", "QCPH-HĐND-UBND", None, None, "Quy chế phối hợp số 02/QCPH-HĐND-UBND"),
 D("Kế hoạch", "210", "KH-HĐND", None, "Thường trực HĐND tỉnh", "Kế hoạch số 210/KH-HĐND")],
[prov("Long An"), com("Lương Hòa"), com("Mỹ Quý Tây"), com("Thạnh Hưng")],
["Báo Long An Online", "Thời sự > Chính trị > Kỳ họp HĐND tỉnh", "Phó Chủ tịch UBND tỉnh báo cáo tại kỳ họp.", "(LA)",
 "Cổng thông tin điện tử tỉnh", "Covid-19"],
["Thứ Tư, 09/12/2020", "Kỳ họp thứ 22", "khóa IX", "năm 2020", "2021 - 2025", "đường tỉnh 830", "3 kỳ họp", "2 tháng", "ấp 4"]))
