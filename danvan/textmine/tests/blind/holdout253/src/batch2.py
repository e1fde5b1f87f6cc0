from lib import *
PAGES = []

PAGES.append(page("b6035-camau-giaoban-quy3-2016", """
BÁO CÀ MAU ĐIỆN TỬ
Thời sự › Chính trị › Dân vận
07.10.2016 | 16:05
Ảnh: Quang cảnh giao ban.
Phát huy vai trò sư sãi, achar trong vận động đồng bào Khmer
(CM) - Ngày 6/10, Ban Dân vận Tỉnh ủy Cà Mau tổ chức giao ban công tác dân vận quý III năm 2016, tập trung đánh giá công tác vận động đồng bào Khmer và các chùa Phật giáo Nam tông Khmer. Đồng chí Lý Hoàng Vũ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Cà Mau hiện có 36 chùa Phật giáo Nam tông Khmer, khoảng 520 sư sãi; đồng bào Khmer có trên 7.500 hộ với gần 31.000 người, sống tập trung ở các huyện Trần Văn Thời, Thới Bình, U Minh và thành phố Cà Mau. Trong quý, các cấp đã tổ chức thăm, tặng 36 chùa nhân lễ Sene Đôlta, mỗi chùa 3 triệu đồng; Ủy ban MTTQ Việt Nam các cấp hỗ trợ xây dựng 19 căn nhà đại đoàn kết cho hộ Khmer nghèo.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Hồng Quân, Lâm Thị Sa Ra báo cáo kết quả thực hiện Kế hoạch 45, 46-KH/BDVTU về vận động sư sãi, achar tham gia giữ gìn an ninh trật tự và về xây dựng "Chùa văn hóa". Qua đó, 28 chùa đã đăng ký và 11 chùa được công nhận đạt chuẩn; các achar vận động 230 thanh niên Khmer tham gia học nghề, 96 hộ chuyển đổi sang nuôi tôm - lúa.
Đại đức Thạch Sô Vanh, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, cho biết Hội đang phối hợp Ban Dân tộc tỉnh mở lớp dạy chữ Khmer cho 1.140 học sinh tại 24 chùa. Ông Lý Văn Sà Rươl, achar chùa Cây Trâm, xã Khánh Bình Tây Bắc, đề nghị hỗ trợ xây nhà hỏa táng cho chùa. Bà Danh Thị Huệ, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Trần Văn Thời, đề nghị tỉnh sớm có chính sách bồi dưỡng cho achar các chùa.
Đồng chí Lý Hoàng Vũ đề nghị quý IV tập trung triển khai Chỉ thị số 19-CT/TU ngày 12/8/2016 của Ban Thường vụ Tỉnh ủy về tăng cường công tác ở vùng đồng bào Khmer, rà soát hộ nghèo theo Quyết định số 59/2015/QĐ-TTg của Thủ tướng Chính phủ về chuẩn nghèo tiếp cận đa chiều, phấn đấu đến cuối năm giảm ít nhất 2% hộ nghèo Khmer; Ban Dân vận các huyện chủ động phối hợp tổ chức tốt lễ Ok Om Bok - đua ghe Ngo năm 2016.
Dịp này, Ban Dân vận Tỉnh ủy cũng thông báo kết quả thực hiện Quy chế phối hợp số 12-QC/BDVTU-BDT giữa Ban Dân vận Tỉnh ủy và Ban Dân tộc tỉnh; đến nay 100% chùa Khmer có tổ hòa giải do achar tham gia.
Phát biểu tại giao ban, ông Danh Sa Rương, người có uy tín ấp Cơi Năm, xã Khánh Bình Tây Bắc, mong muốn các ngành quan tâm đầu tư nâng cấp lộ giao thông nông thôn, giúp bà con đi lại thuận tiện hơn vào mùa mưa.
Kim Cúc
Tin cùng chuyên mục
- Giao ban dân vận quý II: phát huy hiệu quả mô hình "Dân vận khéo" (08/07/2016)
- Thới Bình: trao 12 căn nhà đại đoàn kết cho hộ Khmer (22/09/2016)
- Lãnh đạo tỉnh thăm các chùa Khmer nhân lễ Sene Đôlta (28/09/2016)
""", "2016-10-07", "Phát huy vai trò sư sãi, achar trong vận động đồng bào Khmer",
E("giao_ban", "2016-Q3", "2016-10-06"),
[P("Lý Hoàng Vũ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Hồng Quân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Thị Sa Ra", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sô Vanh", "Đại đức", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Lý Văn Sà Rươl", "achar chùa Cây Trâm"),
 P("Danh Thị Huệ", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện Trần Văn Thời"),
 P("Danh Sa Rương", "người có uy tín ấp Cơi Năm")],
[Q("36 chùa Phật giáo Nam tông Khmer", 36, "chùa Phật giáo Nam tông Khmer"), Q("khoảng 520 sư sãi", 520, "sư sãi", "approx"),
 Q("trên 7.500 hộ", 7500, "hộ", "over"), Q("gần 31.000 người", 31000, "người", "approx"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("19 căn nhà đại đoàn kết", 19, "căn nhà đại đoàn kết"),
 Q("28 chùa", 28, "chùa"), Q("11 chùa", 11, "chùa"), Q("230 thanh niên Khmer", 230, "thanh niên Khmer"),
 Q("96 hộ", 96, "hộ"), Q("1.140 học sinh", 1140, "học sinh"), Q("24 chùa", 24, "chùa"),
 Q("ít nhất 2%", 2, "%", "over"), Q("100%", 100, "%")],
[D("Kế hoạch", "45", "KH/BDVTU", None, None, "Kế hoạch 45, 46-KH/BDVTU"),
 D("Kế hoạch", "46", "KH/BDVTU", None, None, "Kế hoạch 45, 46-KH/BDVTU"),
 D("Chỉ thị", "19", "CT/TU", "2016-08-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 19-CT/TU ngày 12/8/2016 của Ban Thường vụ Tỉnh ủy"),
 D("Quyết định", "59", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 59/2015/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Quy chế phối hợp", "12", "QC/BDVTU-BDT", None, None, "Quy chế phối hợp số 12-QC/BDVTU-BDT")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc")],
["BÁO CÀ MAU ĐIỆN TỬ", "Thời sự › Chính trị › Dân vận", "Ảnh: Quang cảnh giao ban.", "(CM)", "Chùa văn hóa",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Ok Om Bok", "Sene Đôlta"],
["07.10.2016 | 16:05", "quý III năm 2016", "quý IV", "năm 2016"]))

PAGES.append(page("b6036-binhphuoc-mttq-giamsat-2016", """
Ủy ban MTTQ Việt Nam tỉnh Bình Phước
Thứ Năm, 15/09/2016, 08:05
Trang chủ - Hoạt động Mặt trận - Giám sát, phản biện
Giám sát việc thực hiện chính sách đối với người có uy tín, achar vùng đồng bào Khmer
Đoàn giám sát làm việc tại chùa Sóc Lớn. Ảnh: P.V
Từ ngày 12 đến 14/9, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do bà Điểu Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách đối với người có uy tín và achar chùa Khmer tại huyện Lộc Ninh và thị xã Bình Long, theo chương trình giám sát năm 2016. Tham gia đoàn có ông Lâm Văn Sơn, Phó Trưởng ban Dân tộc tỉnh; bà Thị Sa Vên, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh.
Bình Phước có 9 chùa Phật giáo Nam tông Khmer, 146 sư sãi, 54 achar và 112 người có uy tín trong đồng bào Khmer, tập trung ở các xã biên giới. Theo báo cáo của UBND huyện Lộc Ninh, giai đoạn 2014 - 2016, huyện đã cấp 2.460 tờ báo, tặng 336 phần quà cho người có uy tín với tổng kinh phí hơn 268 triệu đồng theo Quyết định số 56/2013/QĐ-TTg và Thông tư liên tịch số 01/2014/TTLT-UBDT-BTC; thăm hỏi 18 người có uy tín ốm đau, mỗi lượt 500.000 đồng.
Tại chùa Sóc Lớn, xã Lộc Thái, Đại đức Lâm Huỳnh, trụ trì chùa cho biết, achar và ban quản trị chùa đã vận động 42 hộ Khmer hiến đất làm đường, tổng diện tích 6.800 m2. Ông Điểu Lên, achar chùa Sóc Lớn và ông Thạch Rươne, người có uy tín sóc Bù Nồm, đề nghị nâng mức hỗ trợ và tổ chức cho người có uy tín đi tham quan, học tập kinh nghiệm. Tại xã Lộc Thiện, bà Lâm Thị Thu, Bí thư Đảng ủy xã cho biết xã còn 87 hộ Khmer nghèo, chiếm 23,4% số hộ đồng bào.
Đoàn giám sát nhận thấy việc thực hiện chính sách cơ bản kịp thời, đúng đối tượng; tuy nhiên danh sách người có uy tín một số xã chưa được rà soát theo Công văn số 1508/UBND-VX của UBND tỉnh, việc cấp báo có nơi chậm 2-3 tháng. Chưa có quy định cụ thể về chế độ đối với achar chùa Khmer.
Kết luận buổi giám sát, bà Điểu Thị Hồng Nhung đề nghị UBND huyện Lộc Ninh rà soát, bổ sung danh sách người có uy tín trước ngày 30/10; Ban Dân tộc tỉnh tham mưu UBND tỉnh ban hành chính sách hỗ trợ achar theo tinh thần Kết luận số 65-KL/TW của Ban Bí thư. Ủy ban MTTQ Việt Nam tỉnh sẽ tổng hợp, kiến nghị thực hiện Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của MTTQ Việt Nam và các đoàn thể chính trị - xã hội.
Trước đó, ngày 12/9, đoàn đã làm việc với Thường trực Ủy ban MTTQ Việt Nam thị xã Bình Long và xã Thanh Lương, nơi có 240 hộ đồng bào Khmer.
Thu Hà
Tin khác
- Hội nghị sơ kết 6 tháng công tác Mặt trận năm 2016 (12/07/2016)
- Trao 40 căn nhà đại đoàn kết cho hộ nghèo biên giới (20/08/2016)
- Lộc Ninh: gặp mặt người có uy tín dịp Tết Chôl Chnăm Thmây (12/04/2016)
""", "2016-09-15", "Giám sát việc thực hiện chính sách đối với người có uy tín, achar vùng đồng bào Khmer",
E("giam_sat", "2016", "2016-09-12"),
[P("Điểu Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Lâm Văn Sơn", "Phó Trưởng ban Dân tộc tỉnh"),
 P("Thị Sa Vên", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Huỳnh", "Đại đức", "trụ trì chùa"),
 P("Điểu Lên", "achar chùa Sóc Lớn"),
 P("Thạch Rươne", "người có uy tín sóc Bù Nồm"),
 P("Lâm Thị Thu", "Bí thư Đảng ủy xã")],
[Q("9 chùa Phật giáo Nam tông Khmer", 9, "chùa Phật giáo Nam tông Khmer"), Q("146 sư sãi", 146, "sư sãi"),
 Q("54 achar", 54, "achar"), Q("112 người có uy tín", 112, "người có uy tín"), Q("2.460 tờ báo", 2460, "tờ báo"),
 Q("336 phần quà", 336, "phần quà"), Q("hơn 268 triệu đồng", 268000000, "đồng", "over"),
 Q("18 người có uy tín", 18, "người có uy tín"), Q("500.000 đồng", 500000, "đồng"), Q("42 hộ Khmer", 42, "hộ Khmer"),
 Q("6.800 m2", 6800, "m2"), Q("87 hộ Khmer nghèo", 87, "hộ Khmer nghèo"), Q("23,4%", 23.4, "%"),
 Q("240 hộ đồng bào Khmer", 240, "hộ đồng bào Khmer")],
[D("Quyết định", "56", "2013/QĐ-TTg", None, None, "Quyết định số 56/2013/QĐ-TTg"),
 D("Thông tư liên tịch", "01", "2014/TTLT-UBDT-BTC", None, None, "Thông tư liên tịch số 01/2014/TTLT-UBDT-BTC"),
 D("Công văn", "1508", "UBND-VX", None, "UBND tỉnh", "Công văn số 1508/UBND-VX của UBND tỉnh"),
 D("Kết luận", "65", "KL/TW", None, "Ban Bí thư", "Kết luận số 65-KL/TW của Ban Bí thư"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị")],
[prov("Bình Phước"), com("Lộc Thái"), com("Lộc Thiện"), com("Thanh Lương")],
["Ủy ban MTTQ Việt Nam tỉnh Bình Phước", "Trang chủ - Hoạt động Mặt trận - Giám sát, phản biện",
 "Đoàn giám sát làm việc tại chùa Sóc Lớn. Ảnh: P.V", "Quy chế giám sát và phản biện xã hội"],
["Thứ Năm, 15/09/2016, 08:05", "Từ ngày 12 đến 14/9", "năm 2016", "giai đoạn 2014 - 2016", "2-3 tháng", "trước ngày 30/10"]))

PAGES.append(page("b6037-daknong-bdv-gapmat-khmer-2017", """
BÁO ĐẮK NÔNG
Cập nhật lúc 17:20 ngày 09/06/2017
Chính trị - Xã hội / Dân tộc
Gặp mặt achar, người có uy tín đồng bào Khmer di cư năm 2017
Đồng chí Y Quang Niê phát biểu tại hội nghị.
Ngày 8/6, Ban Dân vận Tỉnh ủy Đắk Nông phối hợp Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt achar, người có uy tín đồng bào Khmer di cư năm 2017. Đồng chí Y Quang Niê, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và bà H'Lim Bkrông, Phó Trưởng ban Dân tộc tỉnh chủ trì. Dự có 74 đại biểu là achar, người có uy tín, cán bộ dân vận các huyện Đắk Song, Tuy Đức, Đắk R'lấp.
Theo báo cáo, Đắk Nông có khoảng 1.280 hộ với trên 5.600 đồng bào Khmer, phần lớn từ Trà Vinh, Sóc Trăng lên lập nghiệp từ năm 1994 đến nay. Bà con đã xây dựng 2 chùa Phật giáo Nam tông Khmer là chùa Pô Thi Rêm ở xã Trường Xuân và chùa Sóc Tư ở xã Nhân Cơ, với 17 sư sãi và 12 achar. Hiện còn 214 hộ Khmer thuộc diện nghèo, chiếm 16,7%; 38 hộ di cư tự do chưa có đất sản xuất.
Tại hội nghị, ông Thạch Sen, achar chùa Pô Thi Rêm, cho biết ban quản trị chùa đã vận động 63 hộ góp 126 triệu đồng làm 1,2 km đường vào chùa và mở lớp dạy chữ Khmer cho 85 em. Ông Sơn Thạch Ngọc, người có uy tín bon Bu Prăng Khmer, xã Trường Xuân, đề nghị giải quyết dứt điểm việc cấp giấy chứng nhận quyền sử dụng đất cho bà con. Ông Y Bhin Êban, Phó Chủ tịch UBND huyện Đắk Song, tiếp thu và cho biết huyện đang đo đạc 46 thửa đất theo Kế hoạch số 112/KH-UBND của UBND huyện.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Thơm, K'Sơ Rinh đã thông tin về Chỉ thị số 18-CT/TU ngày 5/3/2017 của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào di cư tự do và Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ phê duyệt chính sách đặc thù hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số và miền núi giai đoạn 2017 - 2020.
Phát biểu, đồng chí Y Quang Niê ghi nhận đồng bào Khmer đã đoàn kết với đồng bào M'nông, Ê Đê và các dân tộc khác; đề nghị các achar tiếp tục vận động bà con giữ gìn tiếng nói, chữ viết, không nghe theo kẻ xấu; các cấp quan tâm tổ chức Tết Chôl Chnăm Thmây, lễ Sene Đôlta cho đồng bào. Ban Dân vận Tỉnh ủy sẽ tham mưu Thường trực Tỉnh ủy ban hành Thông báo kết luận về vấn đề đất ở, đất sản xuất cho đồng bào Khmer trong quý III.
Cuối buổi, ban tổ chức tặng 74 phần quà cho các đại biểu, mỗi phần 400.000 đồng.
Quang Hưng
Tin liên quan
- Đắk Song: hơn 300 hộ di cư tự do được hỗ trợ ổn định cuộc sống (02/06/2017)
- Gặp mặt người có uy tín tiêu biểu năm 2017 (25/05/2017)
- Tuy Đức: đối thoại với nhân dân xã Quảng Trực (19/05/2017)
""", "2017-06-09", "Gặp mặt achar, người có uy tín đồng bào Khmer di cư năm 2017",
E("hoi_nghi", "2017", "2017-06-08"),
[P("Y Quang Niê", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Lim Bkrông", "Phó Trưởng ban Dân tộc tỉnh"),
 P("Thạch Sen", "achar chùa Pô Thi Rêm"),
 P("Sơn Thạch Ngọc", "người có uy tín bon Bu Prăng Khmer"),
 P("Y Bhin Êban", "Phó Chủ tịch UBND huyện Đắk Song"),
 P("Nguyễn Thị Thơm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("K'Sơ Rinh", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("74 đại biểu", 74, "đại biểu"), Q("khoảng 1.280 hộ", 1280, "hộ", "approx"), Q("trên 5.600 đồng bào Khmer", 5600, "đồng bào Khmer", "over"),
 Q("2 chùa Phật giáo Nam tông Khmer", 2, "chùa Phật giáo Nam tông Khmer"), Q("17 sư sãi", 17, "sư sãi"), Q("12 achar", 12, "achar"),
 Q("214 hộ Khmer", 214, "hộ Khmer"), Q("16,7%", 16.7, "%"), Q("38 hộ di cư tự do", 38, "hộ di cư tự do"),
 Q("63 hộ", 63, "hộ"), Q("126 triệu đồng", 126000000, "đồng"), Q("1,2 km", 1.2, "km"), Q("85 em", 85, "em"),
 Q("46 thửa đất", 46, "thửa đất"), Q("74 phần quà", 74, "phần quà"), Q("400.000 đồng", 400000, "đồng")],
[D("Kế hoạch", "112", "KH-UBND", None, "UBND huyện", "Kế hoạch số 112/KH-UBND của UBND huyện"),
 D("Chỉ thị", "18", "CT/TU", "2017-03-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 18-CT/TU ngày 5/3/2017 của Ban Thường vụ Tỉnh ủy"),
 D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ")],
[prov("Đắk Nông"), prov("Trà Vinh"), prov("Sóc Trăng"), com("Trường Xuân"), com("Nhân Cơ")],
["BÁO ĐẮK NÔNG", "Chính trị - Xã hội / Dân tộc", "Đồng chí Y Quang Niê phát biểu tại hội nghị.", "Tết Chôl Chnăm Thmây", "Thông báo kết luận"],
["Cập nhật lúc 17:20 ngày 09/06/2017", "năm 2017", "từ năm 1994 đến nay", "giai đoạn 2017 - 2020", "quý III"]))

PAGES.append(page("b6038-haugiang-daihoi-suxai-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẬU GIANG
You are here: Trang chủ > Tin tức > Văn hóa - Xã hội
05/12/2017 - 10:05
Đại hội Hội Đoàn kết sư sãi yêu nước tỉnh Hậu Giang lần thứ IV
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Ngày 4/12, Hội Đoàn kết sư sãi yêu nước tỉnh Hậu Giang tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2017 - 2022 tại chùa Som Rong, xã Vĩnh Viễn. Dự đại hội có đồng chí Trần Công Chánh, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Huỳnh Thị Hồng Đào, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng 95 đại biểu là sư sãi, achar đại diện cho 7 chùa Phật giáo Nam tông Khmer trong tỉnh.
Nhiệm kỳ 2012 - 2017, Hội đã vận động sư sãi, achar và Phật tử đóng góp trên 3,2 tỷ đồng xây dựng 14 cây cầu, 9,6 km đường giao thông nông thôn, hỗ trợ 41 căn nhà đại đoàn kết; tổ chức 52 lớp dạy chữ Khmer cho 2.380 lượt học sinh. Có 6 chùa đạt danh hiệu "Chùa văn hóa"; 100% sư sãi chấp hành tốt chủ trương, chính sách, pháp luật. Hội thực hiện tốt Quy chế phối hợp số 05-QCPH/MTTQ-HĐKSS với Ủy ban MTTQ Việt Nam tỉnh và hưởng ứng cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam".
Phát biểu chỉ đạo, đồng chí Trần Công Chánh đề nghị Hội tiếp tục quán triệt Chỉ thị số 68-CT/TW, Kết luận số 65-KL/TW của Ban Bí thư và Chỉ thị số 09-CT/TU ngày 22/6/2017 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động đồng bào Khmer; phát huy vai trò sư sãi trong vận động Phật tử giữ gìn an ninh, trật tự.
Đại hội đã hiệp thương cử Ban Chấp hành khóa IV gồm 15 vị. Hòa thượng Danh Sóc Khanh, trụ trì chùa Som Rong, được tín nhiệm giữ chức Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh Hậu Giang khóa IV. Các vị Phó Chủ tịch Hội: Đại đức Thạch Sa Phia, Đại đức Lâm Văn Sươl. Ông Kim Chanh Thi, achar chùa Sà Mum, xã Vĩnh Trung, được bầu làm Ủy viên Ban Chấp hành.
Thay mặt Ban Chấp hành, Hòa thượng Danh Sóc Khanh cảm ơn sự quan tâm của Tỉnh ủy, UBND tỉnh; cam kết Hội sẽ phấn đấu đến năm 2022 có ít nhất 5 chùa đạt "Chùa văn hóa", vận động xây dựng 50 căn nhà đại đoàn kết cho hộ Khmer nghèo.
Dịp này, UBND tỉnh tặng bằng khen cho 3 tập thể chùa và 8 sư sãi; Ủy ban MTTQ Việt Nam tỉnh tặng mỗi chùa 2 triệu đồng. Bà Thị Hồng Thắm, Chủ tịch Ủy ban MTTQ Việt Nam huyện Vị Thủy, nói thêm Ủy ban đang tổ chức các hoạt động chăm lo cho bà con Khmer nghèo dịp Tết.
Hồng Đào
Lượt xem: 2.431
Bài viết liên quan
- Đại hội Hội Đoàn kết sư sãi yêu nước huyện Long Mỹ (15/11/2017)
- Trao 20 căn nhà đại đoàn kết cho hộ Khmer nghèo (01/11/2017)
- Lễ hội Ok Om Bok tỉnh Hậu Giang năm 2017 (03/11/2017)
""", "2017-12-05", "Đại hội Hội Đoàn kết sư sãi yêu nước tỉnh Hậu Giang lần thứ IV",
E("dai_hoi", None, "2017-12-04"),
[P("Trần Công Chánh", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Huỳnh Thị Hồng Đào", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Sóc Khanh", "Hòa thượng", "trụ trì chùa Som Rong", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh Hậu Giang khóa IV"),
 P("Thạch Sa Phia", "Đại đức", "Phó Chủ tịch Hội"),
 P("Lâm Văn Sươl", "Đại đức", "Phó Chủ tịch Hội"),
 P("Kim Chanh Thi", "achar chùa Sà Mum", "Ủy viên Ban Chấp hành"),
 P("Thị Hồng Thắm", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Vị Thủy")],
[Q("95 đại biểu", 95, "đại biểu"), Q("7 chùa Phật giáo Nam tông Khmer", 7, "chùa Phật giáo Nam tông Khmer"),
 Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("14 cây cầu", 14, "cây cầu"), Q("9,6 km", 9.6, "km"),
 Q("41 căn nhà đại đoàn kết", 41, "căn nhà đại đoàn kết"), Q("52 lớp dạy chữ Khmer", 52, "lớp dạy chữ Khmer"),
 Q("2.380 lượt học sinh", 2380, "lượt học sinh"), Q("6 chùa", 6, "chùa"), Q("100%", 100, "%"), Q("15 vị", 15, "vị"),
 Q("ít nhất 5 chùa", 5, "chùa", "over"), Q("50 căn nhà đại đoàn kết", 50, "căn nhà đại đoàn kết"),
 Q("3 tập thể chùa", 3, "tập thể chùa"), Q("8 sư sãi", 8, "sư sãi"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Quy chế phối hợp", "05", "QCPH/MTTQ-HĐKSS", None, None, "Quy chế phối hợp số 05-QCPH/MTTQ-HĐKSS"),
 D("Chỉ thị", "68", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 68-CT/TW"),
 D("Kết luận", "65", "KL/TW", None, "Ban Bí thư", "Kết luận số 65-KL/TW của Ban Bí thư"),
 D("Chỉ thị", "09", "CT/TU", "2017-06-22", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 09-CT/TU ngày 22/6/2017 của Ban Thường vụ Tỉnh ủy")],
[prov("Hậu Giang"), com("Vĩnh Viễn"), com("Vĩnh Trung")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẬU GIANG", "You are here: Trang chủ > Tin tức > Văn hóa - Xã hội",
 "Đại biểu biểu quyết thông qua nghị quyết đại hội.", "Chùa văn hóa", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Lượt xem: 2.431"],
["05/12/2017 - 10:05", "lần thứ IV", "nhiệm kỳ 2017 - 2022", "Nhiệm kỳ 2012 - 2017", "khóa IV", "đến năm 2022", "Lượt xem: 2.431"]))

PAGES.append(page("b6039-travinh-bdv-baocao-2018", """
Ban Dân vận Tỉnh ủy Trà Vinh - Trang thông tin điện tử
Trang chủ › Văn bản - Báo cáo › Báo cáo chuyên đề
2018-12-26 16:40
Báo cáo kết quả công tác vận động sư sãi, achar và đồng bào Khmer năm 2018
(Trích Báo cáo số 128-BC/BDVTU ngày 24/12/2018 của Ban Dân vận Tỉnh ủy)
Năm 2018, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 71-KH/TU ngày 9/3/2018 thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp, đồng thời chủ trì sơ kết Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về công tác ở vùng đồng bào Khmer và vận động sư sãi trẻ.
Toàn tỉnh có 143 chùa Phật giáo Nam tông Khmer với 3.920 sư sãi, 1.016 achar, thành viên ban quản trị chùa. Trong năm, các cấp đã tổ chức 286 cuộc thăm, chúc mừng các chùa nhân Tết Chôl Chnăm Thmây, lễ Sene Đôlta, Ok Om Bok; tặng 4.350 phần quà cho sư sãi, achar và hộ Khmer nghèo với tổng trị giá trên 2,1 tỷ đồng. Sư sãi, achar vận động Phật tử đóng góp 12,4 tỷ đồng xây dựng 68 cây cầu, 37 km đường nông thôn; hiến 21.500 m2 đất.
Thực hiện Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín, toàn tỉnh đã bình chọn 798 người có uy tín, trong đó 214 người là achar. Tỷ lệ hộ nghèo đồng bào Khmer giảm từ 11,8% xuống 8,9%.
Các chùa duy trì 132 lớp dạy chữ Khmer hè với khoảng 9.700 học sinh. Mô hình "Achar tham gia hòa giải ở cơ sở" được nhân rộng ở 85 xã, phường, thị trấn; hòa giải thành 214 vụ việc mâu thuẫn trong nhân dân, đạt 87,3%.
Về hạn chế, báo cáo nêu: một số sư sãi trẻ bị các đối tượng xấu lôi kéo tham gia hoạt động của tổ chức "Khmer Krôm" ở nước ngoài; 3 trường hợp sư sãi đăng tải thông tin sai lệch trên mạng xã hội đã được ban quản trị chùa và chính quyền vận động gỡ bỏ.
Phương hướng năm 2019, Ban Dân vận Tỉnh ủy tiếp tục tham mưu thực hiện Quy định số 124-QĐ/TW, Quyết định số 2561/QĐ-TTg ngày 31/12/2016 của Thủ tướng Chính phủ về hỗ trợ cho sư sãi, achar; phấn đấu 100% chùa có tổ hòa giải, ít nhất 30 chùa đạt "Chùa văn hóa".
Báo cáo do đồng chí Thạch Thị Ngọc Hân, Phó Trưởng Ban Dân vận Tỉnh ủy ký. Ngày 25/12, đồng chí Kim Sơn Nhiên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đã cho ý kiến chỉ đạo Văn phòng Ban và phòng Dân tộc - Tôn giáo triển khai nội dung báo cáo đến Ban Dân vận các huyện ủy, thị ủy, thành ủy. Ông Sơn Sà Mết, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, được giao theo dõi việc thực hiện.
Phòng Dân tộc - Tôn giáo
Tin khác
- Giao ban công tác dân vận quý IV/2018 (20/12/2018)
- Trà Cú: tổng kết 10 năm mô hình achar hòa giải (10/12/2018)
- Hội thi "Dân vận khéo" tỉnh Trà Vinh năm 2018 (28/11/2018)
""", "2018-12-26", "Báo cáo kết quả công tác vận động sư sãi, achar và đồng bào Khmer năm 2018",
E("bao_cao", "2018", "2018-12-24"),
[P("Thạch Thị Ngọc Hân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kim Sơn Nhiên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sơn Sà Mết", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy")],
[Q("143 chùa Phật giáo Nam tông Khmer", 143, "chùa Phật giáo Nam tông Khmer"), Q("3.920 sư sãi", 3920, "sư sãi"),
 Q("1.016 achar, thành viên ban quản trị chùa", 1016, "achar, thành viên ban quản trị chùa"), Q("286 cuộc", 286, "cuộc"),
 Q("4.350 phần quà", 4350, "phần quà"), Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("12,4 tỷ đồng", 12400000000, "đồng"),
 Q("68 cây cầu", 68, "cây cầu"), Q("37 km", 37, "km"), Q("21.500 m2", 21500, "m2"),
 Q("798 người có uy tín", 798, "người có uy tín"), Q("214 người", 214, "người"), Q("11,8%", 11.8, "%"), Q("8,9%", 8.9, "%"),
 Q("132 lớp dạy chữ Khmer hè", 132, "lớp dạy chữ Khmer hè"), Q("khoảng 9.700 học sinh", 9700, "học sinh", "approx"),
 Q("85 xã, phường, thị trấn", 85, "xã, phường, thị trấn"), Q("214 vụ việc mâu thuẫn", 214, "vụ việc mâu thuẫn"),
 Q("87,3%", 87.3, "%"), Q("3 trường hợp", 3, "trường hợp"), Q("100%", 100, "%"), Q("ít nhất 30 chùa", 30, "chùa", "over")],
[D("Báo cáo", "128", "BC/BDVTU", "2018-12-24", "Ban Dân vận Tỉnh ủy", "Báo cáo số 128-BC/BDVTU ngày 24/12/2018 của Ban Dân vận Tỉnh ủy"),
 D("Kế hoạch", "71", "KH/TU", "2018-03-09", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 71-KH/TU ngày 9/3/2018"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ"),
 D("Quy định", "124", "QĐ/TW", None, None, "Quy định số 124-QĐ/TW"),
 D("Quyết định", "2561", "QĐ-TTg", "2016-12-31", "Thủ tướng Chính phủ", "Quyết định số 2561/QĐ-TTg ngày 31/12/2016 của Thủ tướng Chính phủ")],
[prov("Trà Vinh")],
["Ban Dân vận Tỉnh ủy Trà Vinh - Trang thông tin điện tử", "Trang chủ › Văn bản - Báo cáo › Báo cáo chuyên đề",
 "Achar tham gia hòa giải ở cơ sở", "Khmer Krôm", "Chùa văn hóa", "Phòng Dân tộc - Tôn giáo"],
["2018-12-26 16:40", "Năm 2018", "năm 2019"]))

PAGES.append(page("b6040-hue-trao-qua-susinh-khmer-2018", """
BÁO THỪA THIÊN HUẾ ONLINE
Thứ Sáu, 05/10/2018
Xã hội » Tôn giáo
Tặng quà tăng sinh, sư sinh Khmer nhân lễ Sene Đôlta
Đồng chí Hồ Thị Minh Tâm trao quà cho tăng sinh Khmer. Ảnh: Hữu Phúc
Chiều 4/10, tại Học viện Phật giáo Việt Nam tại Huế, Ban Dân vận Tỉnh ủy Thừa Thiên Huế phối hợp Ban Tôn giáo Sở Nội vụ và Ủy ban MTTQ Việt Nam tỉnh tổ chức thăm, chúc mừng và tặng quà 87 tăng sinh, sư sinh người Khmer đang theo học tại Huế nhân dịp lễ Sene Đôlta năm 2018.
Tham dự có đồng chí Hồ Thị Minh Tâm, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; ông Nguyễn Văn Hiếu, Phó Trưởng Ban Tôn giáo Sở Nội vụ; Thượng tọa Thích Minh Hải, Phó Viện trưởng Thường trực Học viện Phật giáo Việt Nam tại Huế.
Số tăng sinh, sư sinh Khmer đến từ 9 tỉnh, thành phố Nam Bộ, trong đó đông nhất là Sóc Trăng với 31 vị, Trà Vinh 24 vị, Kiên Giang 12 vị. Hiện có 63 vị theo học chương trình cử nhân Phật học khóa XII, 24 vị học trung cấp. Trong năm học 2017 - 2018, có 19 vị đạt loại giỏi, 2 vị được Học viện khen thưởng vì thành tích xuất sắc.
Tại buổi gặp mặt, đồng chí Hồ Thị Minh Tâm chúc các tăng sinh, sư sinh đón lễ Sene Đôlta ấm áp, học tập tốt để sau khi về địa phương góp phần hướng dẫn Phật tử thực hiện tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước; tiếp tục thực hiện Quy chế phối hợp số 08-QC/BDVTU-BTG giữa Ban Dân vận Tỉnh ủy và Ban Tôn giáo tỉnh về công tác tôn giáo.
Dịp này, Ban Dân vận Tỉnh ủy trao tặng 87 phần quà, mỗi phần gồm 500.000 đồng tiền mặt và nhu yếu phẩm; Ủy ban MTTQ Việt Nam tỉnh hỗ trợ 10 triệu đồng để tổ chức lễ cúng ông bà theo phong tục. Tổng giá trị quà tặng khoảng 65 triệu đồng, được trích từ kinh phí thực hiện Kế hoạch số 126-KH/BDVTU ngày 14/9/2018 của Ban Dân vận Tỉnh ủy.
Đại diện tăng sinh, sư sinh, Đại đức Thạch Phi Sal (quê xã Đại An, tỉnh Trà Vinh) cảm ơn lãnh đạo tỉnh đã quan tâm những người con xa quê; cho biết anh em tăng sinh luôn chấp hành nội quy của Học viện, chương trình giáo dục của Giáo hội Phật giáo Việt Nam và các quy định về tạm trú tại phường Phú Hội.
Trước đó, ngày 3/10, đoàn cán bộ Ban Dân vận Tỉnh ủy do đồng chí Lê Văn Thạnh, Phó Trưởng Ban Dân vận Tỉnh ủy dẫn đầu đã thăm 2 chùa nơi tăng sinh Khmer tạm trú, tặng mỗi chùa 3 triệu đồng.
Theo Ban Dân vận Tỉnh ủy, đây là năm thứ năm liên tiếp tỉnh tổ chức thăm hỏi tăng sinh Khmer dịp lễ Sene Đôlta và Tết Chôl Chnăm Thmây, góp phần tăng cường khối đại đoàn kết giữa đồng bào các dân tộc, tôn giáo.
Hữu Phúc
Tin liên quan
- Gặp mặt chức sắc các tôn giáo nhân dịp Quốc khánh 2/9 (31/08/2018)
- Khai giảng năm học mới tại Học viện Phật giáo Việt Nam tại Huế (15/09/2018)
- Tặng 50 suất học bổng cho tăng sinh có hoàn cảnh khó khăn (20/07/2018)
""", "2018-10-05", "Tặng quà tăng sinh, sư sinh Khmer nhân lễ Sene Đôlta",
E("trao_qua", None, "2018-10-04"),
[P("Hồ Thị Minh Tâm", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hiếu", "Phó Trưởng Ban Tôn giáo Sở Nội vụ"),
 P("Thích Minh Hải", "Thượng tọa", "Phó Viện trưởng Thường trực Học viện Phật giáo Việt Nam tại Huế"),
 P("Thạch Phi Sal", "Đại đức"),
 P("Lê Văn Thạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("87 tăng sinh, sư sinh", 87, "tăng sinh, sư sinh"), Q("9 tỉnh, thành phố", 9, "tỉnh, thành phố"),
 Q("31 vị", 31, "vị"), Q("24 vị", 24, "vị"), Q("12 vị", 12, "vị"), Q("63 vị", 63, "vị"), Q("19 vị", 19, "vị"), Q("2 vị", 2, "vị"),
 Q("87 phần quà", 87, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("khoảng 65 triệu đồng", 65000000, "đồng", "approx"), Q("2 chùa", 2, "chùa"), Q("3 triệu đồng", 3000000, "đồng")],
[D("Quy chế phối hợp", "08", "QC/BDVTU-BTG", None, None, "Quy chế phối hợp số 08-QC/BDVTU-BTG"),
 D("Kế hoạch", "126", "KH/BDVTU", "2018-09-14", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 126-KH/BDVTU ngày 14/9/2018 của Ban Dân vận Tỉnh ủy")],
[prov("Thừa Thiên Huế"), prov("Sóc Trăng"), prov("Trà Vinh"), prov("Kiên Giang"), com("Đại An"), com("Phú Hội")],
["BÁO THỪA THIÊN HUẾ ONLINE", "Xã hội » Tôn giáo", "Đồng chí Hồ Thị Minh Tâm trao quà cho tăng sinh Khmer. Ảnh: Hữu Phúc",
 "Học viện Phật giáo Việt Nam tại Huế", "Giáo hội Phật giáo Việt Nam", "Sene Đôlta"],
["Thứ Sáu, 05/10/2018", "năm 2018", "khóa XII", "năm học 2017 - 2018", "năm thứ năm"]))
