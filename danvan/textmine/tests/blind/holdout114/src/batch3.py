from lib import *
PAGES = []

PAGES.append(page("b2705-kiengiang-chandung-hoathuong-2021", """
BÁO KIÊN GIANG ĐIỆN TỬ
Xã hội » Gương sáng
19/3/2021 | 15:30
Hòa thượng Danh Lung và chùa Phước Lâm. Ảnh: Thanh Tâm
Vị sư cả 40 năm gắn bó với phum sóc Gò Quao
Ở xã Vĩnh Hòa Hưng Nam, huyện Gò Quao, tỉnh Kiên Giang, nhắc đến Hòa thượng Danh Lung, trụ trì chùa Phước Lâm, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, ai cũng kính trọng. Năm nay đã 72 tuổi, hơn 40 năm tu hành, Hòa thượng vẫn ngày ngày cùng ban quản trị chùa lo chuyện học chữ cho con em, chuyện làm đường, cất nhà cho bà con nghèo trong phum.
Theo ông Danh Hoa, Trưởng Ban Quản trị chùa Phước Lâm, từ năm 2010 đến nay Hòa thượng đã vận động các nhà hảo tâm, Phật tử gần xa đóng góp hơn 4,7 tỷ đồng để xây 52 căn nhà tình thương, làm 9 cây cầu bê tông và hơn 6 km đường giao thông nông thôn. Mỗi năm, chùa mở 5 lớp dạy chữ Khmer hè cho khoảng 200 học sinh, tặng trên 100 suất học bổng cho học sinh nghèo hiếu học, mỗi suất 500.000 đồng.
"Sư sãi không chỉ tu hành trong chùa mà phải cùng bà con vượt khó. Bà con no ấm thì chùa mới vững", Hòa thượng chia sẻ.
Không chỉ lo an sinh, Hòa thượng còn là người hòa giải có uy tín. Bà Thị Sa Mết, Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Hòa Hưng Nam, cho biết nhiều vụ tranh chấp đất đai, mâu thuẫn gia đình được Hòa thượng và các achar đến tận nhà phân tích, khuyên giải; chỉ riêng năm 2020, tổ hòa giải có sư sãi tham gia đã hòa giải thành 11 vụ việc. Trong đợt dịch Covid-19, chùa Phước Lâm vận động được 12 tấn gạo, hơn 300 triệu đồng hỗ trợ bà con khó khăn.
Đại đức Danh Thanh Tùng, Phó trụ trì chùa Phước Lâm, kể: có năm lũ lớn, Hòa thượng dẫn sư sãi trẻ xuống từng xóm giúp dân dời nhà, đắp bờ bao. Đến nay, 100% sư sãi của chùa đều biết chữ Việt, 6 vị đã tốt nghiệp đại học, trở về phục vụ phum sóc.
Ghi nhận những đóng góp đó, Hòa thượng được Chủ tịch nước tặng Huân chương Đại đoàn kết dân tộc; được Thủ tướng Chính phủ, UBND tỉnh tặng nhiều bằng khen. Ông Trần Văn Dũng, Phó Trưởng Ban Dân vận Tỉnh ủy, nhận xét Hòa thượng là "cây đại thụ" trong việc vận động đồng bào Khmer thực hiện tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước, góp phần xây dựng khối đại đoàn kết toàn dân tộc ở địa phương.
Chia tay chúng tôi, Hòa thượng Danh Lung cho biết mong ước lớn nhất của ông là chùa có thêm phòng học khang trang để con em đồng bào được học chữ, học nghề ngay tại phum sóc.
Thanh Tâm
Lượt xem: 1.876
Tin liên quan
- Gò Quao: tổ hòa giải ở ấp có sư sãi tham gia (10/03/2021)
- Gặp mặt người có uy tín tiêu biểu trong đồng bào Khmer (02/03/2021)
- Chùa Khmer góp sức xây dựng nông thôn mới (22/02/2021)
""", "2021-03-19", "Vị sư cả 40 năm gắn bó với phum sóc Gò Quao",
E("khac", None, None),
[P("Danh Lung", "Hòa thượng", "trụ trì chùa Phước Lâm", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Danh Hoa", "Trưởng Ban Quản trị chùa Phước Lâm"),
 P("Thị Sa Mết", "Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Hòa Hưng Nam"),
 P("Danh Thanh Tùng", "Đại đức", "Phó trụ trì chùa Phước Lâm"),
 P("Trần Văn Dũng", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("hơn 4,7 tỷ đồng", 4700000000, "đồng", "over"), Q("52 căn nhà tình thương", 52, "căn nhà tình thương"),
 Q("9 cây cầu bê tông", 9, "cây cầu bê tông"), Q("hơn 6 km", 6, "km", "over"), Q("5 lớp dạy chữ Khmer hè", 5, "lớp dạy chữ Khmer hè"),
 Q("khoảng 200 học sinh", 200, "học sinh", "approx"), Q("trên 100 suất học bổng", 100, "suất học bổng", "over"),
 Q("500.000 đồng", 500000, "đồng"), Q("11 vụ việc", 11, "vụ việc"), Q("12 tấn", 12, "tấn"),
 Q("hơn 300 triệu đồng", 300000000, "đồng", "over"), Q("100%", 100, "%"), Q("6 vị", 6, "vị")],
[],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Nam")],
["BÁO KIÊN GIANG ĐIỆN TỬ", "Xã hội » Gương sáng", "Hòa thượng Danh Lung và chùa Phước Lâm. Ảnh: Thanh Tâm",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Covid-19", "Huân chương Đại đoàn kết dân tộc", "cây đại thụ", "Lượt xem: 1.876"],
["19/3/2021 | 15:30", "72 tuổi", "hơn 40 năm", "40 năm", "từ năm 2010", "năm 2020", "Covid-19", "Lượt xem: 1.876"]))

PAGES.append(page("b2706-baclieu-sene-dolta-2021", """
Cổng thông tin điện tử tỉnh Bạc Liêu
Tin tức > Chính trị - Xã hội > Tin địa phương
Thứ Sáu, 01/10/2021 - 09:12
Lãnh đạo tỉnh thăm, tặng quà các chùa Khmer nhân lễ Sene Dolta
Chiều 30/9, đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Bạc Liêu do đồng chí Lê Thị Ái Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã đến thăm, chúc mừng lễ Sene Dolta năm 2021 tại chùa Xiêm Cán (phường Nhà Mát, thành phố Bạc Liêu) và chùa Vĩnh Thạnh (xã Vĩnh Hậu A, huyện Hòa Bình).
Đồng chí Lê Thị Ái Xuân tặng quà chùa Xiêm Cán.
Trong bối cảnh dịch Covid-19 còn diễn biến phức tạp, đoàn chỉ gồm 8 thành viên, thực hiện nghiêm quy định 5K. Tại chùa Xiêm Cán, Hòa thượng Huỳnh Sóc Phi, Ủy viên Hội đồng Trị sự Trung ương Giáo hội Phật giáo Việt Nam, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa, thông tin: năm nay các chùa thống nhất không tổ chức lễ hội tập trung; bà con cúng ông bà tại nhà, sư sãi đến tận nhà tụng kinh theo yêu cầu với số lượng không quá 3 vị.
Trong những tháng giãn cách, 25 chùa Khmer trên địa bàn tỉnh đã nấu hơn 18.000 suất cơm, tặng khoảng 40 tấn rau củ, hỗ trợ bà con khó khăn và lực lượng tuyến đầu chống dịch; tổng trị giá vận động ước gần 1,6 tỷ đồng.
Đồng chí Lê Thị Ái Xuân ghi nhận, biểu dương tinh thần "tốt đạo, đẹp đời" của chư tăng, achar và bà con Khmer; đề nghị các chùa tiếp tục tuyên truyền bà con tiêm vắc xin đầy đủ, thực hiện nghiêm Công văn số 3214/UBND-KGVX ngày 27/9/2021 của UBND tỉnh về phòng, chống dịch trong dịp lễ, Tết của đồng bào Khmer. Dịp này, đoàn trao tặng mỗi chùa 5 triệu đồng, 10 thùng mì và 2 bao gạo.
Tại chùa Vĩnh Thạnh, đoàn thăm hỏi Đại đức Lý Sên, trụ trì chùa, và achar Tăng Văn Út, Trưởng Ban Quản trị chùa. Ông Tăng Văn Út cho biết năm nay có 76 hộ Khmer trong ấp được hỗ trợ theo Nghị quyết 68/NQ-CP của Chính phủ.
Cũng trong chiều 30/9, đoàn công tác thứ hai do đồng chí Phan Thành Đạt, Phó Chủ tịch UBND tỉnh dẫn đầu đã đến thăm chùa Cả Điều (xã Hưng Hội, huyện Vĩnh Lợi) và chùa Ông Bắc (thị xã Giá Rai), trao quà và ghi nhận đóng góp của sư sãi trong phòng, chống dịch.\nTrước đó, Ban Dân tộc tỉnh phối hợp các huyện, thị xã, thành phố thăm, tặng 1.250 phần quà Sene Dolta cho hộ nghèo, gia đình chính sách đồng bào Khmer, mỗi phần trị giá 500.000 đồng. Đồng chí Lâm Thị Ngọc Hiền, Phó Trưởng Ban Dân tộc tỉnh, cho biết tổng kinh phí chăm lo lễ Sene Dolta năm nay khoảng 710 triệu đồng.
Ngọc Hân
Lượt truy cập: 2.904.332
Các tin đã đưa
- Bạc Liêu: sư sãi chùa Khmer nấu cơm gửi khu cách ly (20/08/2021)
- Hỗ trợ 120 sư sãi, achar bị ảnh hưởng bởi dịch (28/07/2021)
- Hội Đoàn kết sư sãi yêu nước tỉnh chung tay phòng, chống dịch (15/07/2021)
""", "2021-10-01", "Lãnh đạo tỉnh thăm, tặng quà các chùa Khmer nhân lễ Sene Dolta",
E("trao_qua", None, "2021-09-30"),
[P("Lê Thị Ái Xuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Sóc Phi", "Hòa thượng", "Ủy viên Hội đồng Trị sự Trung ương Giáo hội Phật giáo Việt Nam", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa"),
 P("Lý Sên", "Đại đức", "trụ trì chùa"),
 P("Tăng Văn Út", "achar", "Trưởng Ban Quản trị chùa"),
 P("Phan Thành Đạt", "Phó Chủ tịch UBND tỉnh"),
 P("Lâm Thị Ngọc Hiền", "Phó Trưởng Ban Dân tộc tỉnh")],
[Q("8 thành viên", 8, "thành viên"), Q("3 vị", 3, "vị"), Q("25 chùa Khmer", 25, "chùa Khmer"), Q("hơn 18.000 suất cơm", 18000, "suất cơm", "over"),
 Q("khoảng 40 tấn", 40, "tấn", "approx"), Q("gần 1,6 tỷ đồng", 1600000000, "đồng", "approx"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("10 thùng mì", 10, "thùng mì"), Q("2 bao gạo", 2, "bao gạo"), Q("76 hộ Khmer", 76, "hộ Khmer"),
 Q("1.250 phần quà", 1250, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("khoảng 710 triệu đồng", 710000000, "đồng", "approx")],
[D("Công văn", "3214", "UBND-KGVX", "2021-09-27", "UBND tỉnh", "Công văn số 3214/UBND-KGVX ngày 27/9/2021 của UBND tỉnh"),
 D("Nghị quyết", "68", "NQ-CP", None, "Chính phủ", "Nghị quyết 68/NQ-CP của Chính phủ")],
[prov("Bạc Liêu"), com("Nhà Mát"), com("Vĩnh Hậu A"), com("Hưng Hội")],
["Cổng thông tin điện tử tỉnh Bạc Liêu", "Tin tức > Chính trị - Xã hội > Tin địa phương", "Đồng chí Lê Thị Ái Xuân tặng quà chùa Xiêm Cán.",
 "Sene Dolta", "Covid-19", "5K", "tốt đạo, đẹp đời", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lượt truy cập: 2.904.332"],
["Thứ Sáu, 01/10/2021 - 09:12", "Chiều 30/9", "năm 2021", "5K", "Lượt truy cập: 2.904.332"]))

PAGES.append(page("b2707-camau-baocao-susai-2022", """
BAN DÂN VẬN TỈNH ỦY CÀ MAU
Trang chủ - Tin hoạt động - Công tác dân tộc, tôn giáo
28/12/2022 - 10:40
Kết quả vận động sư sãi, achar và đồng bào Khmer năm 2022
Ban Dân vận Tỉnh ủy vừa có Báo cáo số 186-BC/BDVTU ngày 23/12/2022 về kết quả công tác vận động sư sãi, achar và đồng bào dân tộc Khmer năm 2022. Theo báo cáo, toàn tỉnh Cà Mau có 36 chùa Phật giáo Nam tông Khmer với 520 vị sư sãi; đồng bào Khmer có hơn 7.900 hộ, chiếm khoảng 1,5% dân số.
Chùa Khmer ở Trần Văn Thời. Ảnh: Tư liệu
Năm 2022, thực hiện Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương Đảng khóa IX về công tác dân tộc, Ban Dân vận Tỉnh ủy đã phối hợp Ban Dân tộc tỉnh, Ủy ban MTTQ Việt Nam tỉnh tổ chức 4 đợt thăm, chúc mừng các lễ Chôl Chnăm Thmây, Sene Dolta, Ok Om Bok tại 36 chùa, trao tặng 2.300 phần quà trị giá hơn 920 triệu đồng. Tỉnh đã hỗ trợ mỗi vị trụ trì 1,2 triệu đồng/tháng theo Nghị quyết số 08/2021/NQ-HĐND của HĐND tỉnh.
Sư sãi, achar tích cực tham gia các phong trào ở địa phương: vận động bà con hiến 12.600 m2 đất, đóng góp trên 3 tỷ đồng làm đường, cầu; tham gia hòa giải thành 27 vụ việc mâu thuẫn ở cơ sở; 18 chùa tổ chức lớp dạy chữ Khmer hè cho 964 học sinh.
Trong năm, Ban Dân vận Tỉnh ủy phối hợp Hội Đoàn kết sư sãi yêu nước tỉnh mở 2 lớp bồi dưỡng kiến thức chính trị, pháp luật cho 138 sư sãi, achar; tổ chức đoàn 25 sư sãi, achar tiêu biểu đi học tập kinh nghiệm tại Sóc Trăng, Trà Vinh.\nBáo cáo nêu một số gương tiêu biểu: Thượng tọa Thạch Sà Rinh, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Bào Sen, xã Khánh Bình Tây, huyện Trần Văn Thời, vận động xây 14 căn nhà đại đoàn kết; achar Danh Hoàng Lâm, Phó Chủ tịch Hội, cùng ban quản trị chùa Cao Dân góp sức xóa 3 cây cầu khỉ ở xã Trí Phải; bà Lâm Thị Sa Vươl, người có uy tín ấp Kinh Hãng, vận động 20 hộ Khmer chuyển sang nuôi tôm - lúa.
Tuy nhiên, báo cáo cũng chỉ ra một số hạn chế: việc nắm tình hình tư tưởng sư sãi trẻ đi học ở nước ngoài chưa chặt chẽ; 5 chùa chưa được cấp giấy chứng nhận quyền sử dụng đất; đời sống một bộ phận đồng bào Khmer vẫn còn khó khăn, tỷ lệ hộ nghèo Khmer còn 4,3%.
Năm 2023, Ban Dân vận Tỉnh ủy xác định tiếp tục tham mưu Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị số 17-CT/TU về tăng cường công tác vận động đồng bào Khmer trong tình hình mới; đồng chí Trần Hồng Quân, Phó Trưởng Ban Dân vận Tỉnh ủy, được giao theo dõi, đôn đốc các huyện thực hiện.
Ban Dân vận Tỉnh ủy
Lượt xem: 705
Tin khác
- Cà Mau: họp mặt sư sãi, achar nhân lễ Ok Om Bok (08/11/2022)
- Thăm chùa Khmer nhân lễ Sene Dolta năm 2022 (23/09/2022)
- Trao 50 suất học bổng cho học sinh Khmer (15/08/2022)
""", "2022-12-28", "Kết quả vận động sư sãi, achar và đồng bào Khmer năm 2022",
E("bao_cao", "2022", None),
[P("Thạch Sà Rinh", "Thượng tọa", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Bào Sen"),
 P("Danh Hoàng Lâm", "achar", "Phó Chủ tịch Hội"),
 P("Lâm Thị Sa Vươl", "người có uy tín ấp Kinh Hãng"),
 P("Trần Hồng Quân", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("36 chùa Phật giáo Nam tông Khmer", 36, "chùa Phật giáo Nam tông Khmer"), Q("520 vị sư sãi", 520, "vị sư sãi"),
 Q("hơn 7.900 hộ", 7900, "hộ", "over"), Q("khoảng 1,5%", 1.5, "%", "approx"), Q("4 đợt", 4, "đợt"),
 Q("2.300 phần quà", 2300, "phần quà"), Q("hơn 920 triệu đồng", 920000000, "đồng", "over"), Q("1,2 triệu đồng", 1200000, "đồng"),
 Q("12.600 m2", 12600, "m2"), Q("trên 3 tỷ đồng", 3000000000, "đồng", "over"), Q("27 vụ việc mâu thuẫn", 27, "vụ việc mâu thuẫn"),
 Q("18 chùa", 18, "chùa"), Q("964 học sinh", 964, "học sinh"), Q("2 lớp bồi dưỡng", 2, "lớp bồi dưỡng"), Q("138 sư sãi, achar", 138, "sư sãi, achar"), Q("25 sư sãi, achar", 25, "sư sãi, achar"), Q("14 căn nhà đại đoàn kết", 14, "căn nhà đại đoàn kết"),
 Q("3 cây cầu khỉ", 3, "cây cầu khỉ"), Q("20 hộ Khmer", 20, "hộ Khmer"), Q("5 chùa", 5, "chùa"), Q("4,3%", 4.3, "%")],
[D("Báo cáo", "186", "BC/BDVTU", "2022-12-23", "Ban Dân vận Tỉnh ủy", "Báo cáo số 186-BC/BDVTU ngày 23/12/2022"),
 D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị"),
 D("Nghị quyết", "24", "NQ/TW", None, "Ban Chấp hành Trung ương Đảng khóa IX", "Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương Đảng khóa IX"),
 D("Nghị quyết", "08", "2021/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 08/2021/NQ-HĐND của HĐND tỉnh"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU")],
[prov("Cà Mau"), prov("Sóc Trăng"), prov("Trà Vinh"), com("Khánh Bình Tây"), com("Trí Phải")],
["BAN DÂN VẬN TỈNH ỦY CÀ MAU", "Trang chủ - Tin hoạt động - Công tác dân tộc, tôn giáo", "Chùa Khmer ở Trần Văn Thời. Ảnh: Tư liệu",
 "Chôl Chnăm Thmây", "Sene Dolta", "Ok Om Bok", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lượt xem: 705"],
["28/12/2022 - 10:40", "năm 2022", "Năm 2023", "khóa IX", "Lượt xem: 705"]))

PAGES.append(page("b2708-vinhlong-giaoban-quy3-2022", """
BAN DÂN VẬN TỈNH ỦY VĨNH LONG
Vị trí: Trang chủ > Hoạt động Ban Dân vận > Tin hoạt động
07/10/2022 14:20
Ảnh: Quang cảnh buổi giao ban.
Phát huy vai trò sư sãi, achar trong xây dựng khối đại đoàn kết
Ngày 6/10, Ban Dân vận Tỉnh ủy Vĩnh Long tổ chức giao ban công tác dân vận vùng đồng bào dân tộc Khmer quý III năm 2022 với Ban Dân vận các huyện Trà Ôn, Tam Bình, Bình Tân và thị xã Bình Minh. Đồng chí Đặng Văn Chính, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, trong quý III, khối dân vận các huyện đã tổ chức 9 cuộc tiếp xúc với sư sãi, achar, ban quản trị các chùa; tiếp nhận 15 ý kiến, kiến nghị, đã giải quyết 12 ý kiến. Các chùa Khmer trong tỉnh tổ chức an toàn lễ Sene Dolta, thu hút khoảng 6.500 lượt người tham dự. Ban Dân vận Tỉnh ủy đã hướng dẫn triển khai Kế hoạch số 72-KH/BDVTU ngày 15/7/2022 về phát huy vai trò người có uy tín, sư sãi, achar trong thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.
Toàn tỉnh có 14 chùa Phật giáo Nam tông Khmer với khoảng 290 vị sư sãi. Trong quý, các chùa phối hợp Hội Chữ thập đỏ trao 640 phần quà cho hộ khó khăn; vận động xây 6 căn nhà đại đoàn kết, mỗi căn 50 triệu đồng.
Tại buổi giao ban, bà Thạch Thị Hồng Đào, Trưởng Ban Dân vận Huyện ủy Trà Ôn, đề nghị sớm hỗ trợ kinh phí sửa chữa chùa Kandal bị sạt lở bờ kênh. Ông Sơn Thanh Tùng, Phó Trưởng Ban Dân vận Huyện ủy Tam Bình, thông tin xã Loan Mỹ đã ra mắt tổ hòa giải có 2 achar tham gia. Ông Đinh Hoàng Tuấn, Trưởng Ban Dân vận Thị ủy Bình Minh, kiến nghị tăng cường tập huấn tiếng Khmer cho cán bộ dân vận cơ sở.
Đại đức Thạch Phương Sa Rây, Ủy viên Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, được mời dự, cảm ơn cấp ủy, chính quyền đã quan tâm chăm lo đời sống sư sãi.
Cũng theo báo cáo, qua nắm tình hình, tư tưởng sư sãi, achar và đồng bào Khmer cơ bản ổn định, tin tưởng vào sự lãnh đạo của Đảng; tuy nhiên giá vật tư nông nghiệp tăng cao, một số hộ Khmer thiếu việc làm phải đi làm ăn xa, ảnh hưởng đến việc học của con em. Một số ban quản trị chùa chưa nắm rõ thủ tục đăng ký sinh hoạt tôn giáo theo quy định.\nKết luận, đồng chí Đặng Văn Chính đề nghị quý IV các huyện chuẩn bị tốt lễ Ok Om Bok, tiếp tục thực hiện Chỉ thị 49, 50-CT/TU của Ban Thường vụ Tỉnh ủy; rà soát 100% chùa về đất đai, cơ sở thờ tự để đề xuất hỗ trợ kịp thời.
Minh Triết
Lượt xem: 459
Các tin khác
- Tam Bình: thăm chùa Khmer nhân lễ Sene Dolta (22/09/2022)
- Giao ban công tác dân vận quý II năm 2022 (08/07/2022)
- Trà Ôn: đối thoại với đồng bào dân tộc Khmer (20/06/2022)
- Bình Tân: ra mắt mô hình "Chùa Khmer an toàn" (10/06/2022)
""", "2022-10-07", "Phát huy vai trò sư sãi, achar trong xây dựng khối đại đoàn kết",
E("giao_ban", "2022-Q3", "2022-10-06"),
[P("Đặng Văn Chính", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Thạch Thị Hồng Đào", "Trưởng Ban Dân vận Huyện ủy Trà Ôn"),
 P("Sơn Thanh Tùng", "Phó Trưởng Ban Dân vận Huyện ủy Tam Bình"),
 P("Đinh Hoàng Tuấn", "Trưởng Ban Dân vận Thị ủy Bình Minh"),
 P("Thạch Phương Sa Rây", "Đại đức", "Ủy viên Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")],
[Q("9 cuộc tiếp xúc", 9, "cuộc tiếp xúc"), Q("15 ý kiến, kiến nghị", 15, "ý kiến, kiến nghị"), Q("12 ý kiến", 12, "ý kiến"),
 Q("khoảng 6.500 lượt người", 6500, "lượt người", "approx"), Q("14 chùa Phật giáo Nam tông Khmer", 14, "chùa Phật giáo Nam tông Khmer"),
 Q("khoảng 290 vị sư sãi", 290, "vị sư sãi", "approx"), Q("640 phần quà", 640, "phần quà"),
 Q("6 căn nhà đại đoàn kết", 6, "căn nhà đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"), Q("2 achar", 2, "achar"),
 Q("100%", 100, "%")],
[D("Kế hoạch", "72", "KH/BDVTU", "2022-07-15", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 72-KH/BDVTU ngày 15/7/2022"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ"),
 D("Chỉ thị", "49", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 49, 50-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "50", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 49, 50-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Vĩnh Long"), com("Loan Mỹ")],
["BAN DÂN VẬN TỈNH ỦY VĨNH LONG", "Vị trí: Trang chủ > Hoạt động Ban Dân vận > Tin hoạt động", "Ảnh: Quang cảnh buổi giao ban.",
 "Sene Dolta", "Ok Om Bok", "Hội Chữ thập đỏ", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Lượt xem: 459"],
["07/10/2022 14:20", "quý III năm 2022", "quý III", "quý IV", "Lượt xem: 459"]))

PAGES.append(page("b2709-soctrang-tongket-hoi-susai-2023", """
Báo Sóc Trăng
Trang chủ › Xã hội › Tôn giáo
22 tháng 12, 2023 | 16:45
Sư sãi, achar góp sức xây dựng phum sóc ngày càng giàu đẹp
(STO) - Sáng 21/12, Hội Đoàn kết sư sãi yêu nước tỉnh Sóc Trăng tổ chức hội nghị tổng kết hoạt động năm 2023, triển khai phương hướng năm 2024. Dự hội nghị có đồng chí Lâm Minh Nghĩa, Phó Bí thư Thường trực Tỉnh ủy; Hòa thượng Lâm Sà Vên, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh; cùng 140 đại biểu là sư sãi, achar đại diện 92 chùa Phật giáo Nam tông Khmer trong tỉnh.
Hòa thượng Lâm Sà Vên phát biểu tại hội nghị. Ảnh: Thạch Sang
Báo cáo do Thượng tọa Tăng Sô Phal, Phó Chủ tịch kiêm Tổng Thư ký Hội trình bày cho biết, năm 2023 các chùa đã vận động sư sãi, Phật tử đóng góp hơn 8,2 tỷ đồng xây dựng cầu, đường, tặng quà hộ nghèo, học bổng cho học sinh; 87 chùa mở lớp dạy chữ Khmer hè với 15.340 học sinh; 230 vị sư được cử đi học các lớp Pali trung cấp, cao đẳng, đại học. Hội đã phối hợp với Ban Dân vận Tỉnh ủy, Ban Dân tộc tỉnh tổ chức 3 lớp bồi dưỡng kiến thức về Luật Tín ngưỡng, tôn giáo cho 310 sư sãi, achar; phối hợp triển khai Chỉ thị số 42-CT/TU ngày 06/3/2023 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động đồng bào Khmer.
Hội cũng hướng dẫn các chùa thực hiện Nghị định số 95/2023/NĐ-CP của Chính phủ quy định chi tiết Luật Tín ngưỡng, tôn giáo (thay thế Nghị định 162/2017/NĐ-CP), bảo đảm sinh hoạt tôn giáo đúng quy định. Đến nay có 89/92 chùa đạt danh hiệu "Chùa văn hóa - an toàn".
Phát biểu tại hội nghị, đồng chí Lâm Minh Nghĩa ghi nhận những đóng góp của Hội trong năm qua; đề nghị năm 2024 Hội tiếp tục phát huy vai trò cầu nối giữa Đảng, chính quyền với sư sãi và đồng bào Khmer; quan tâm giáo dục sư sãi trẻ, chủ động phát hiện, ngăn chặn hoạt động lợi dụng tôn giáo, dân tộc.
Đại đức Kim Ra Ni, trụ trì chùa Kompong Chrây, xã Vĩnh Hải, thị xã Vĩnh Châu, chia sẻ mô hình nhà chùa tham gia bảo vệ rừng phòng hộ ven biển; achar Sơn Thị Na, Trưởng Ban Quản trị chùa Bưng Chông, xã Ba Trinh, huyện Kế Sách, trình bày kinh nghiệm vận động bà con làm đường không nhận tiền đền bù.
Hội nghị cũng thống nhất chương trình hoạt động năm 2024, trong đó chú trọng chuẩn bị Đại hội Hội Đoàn kết sư sãi yêu nước các cấp, nhiệm kỳ 2024 - 2029.\nDịp này, UBND tỉnh tặng bằng khen cho 6 tập thể, 10 cá nhân; Hội tặng giấy khen cho 20 chùa và 25 vị sư sãi, achar tiêu biểu. Mỗi tập thể, cá nhân được nhận bằng khen kèm tiền thưởng 1,5 triệu đồng.
Thạch Sang
Lượt xem: 1.093
Tin liên quan
- Lãnh đạo tỉnh thăm chùa Kh'Leang nhân lễ Ok Om Bok (26/11/2023)
- Lễ hội Oóc Om Bóc - đua ghe Ngo năm 2023 (24/11/2023)
- Hội Đoàn kết sư sãi yêu nước huyện Trần Đề tổng kết năm (15/12/2023)
""", "2023-12-22", "Sư sãi, achar góp sức xây dựng phum sóc ngày càng giàu đẹp",
E("tong_ket", "2023", "2023-12-21"),
[P("Lâm Minh Nghĩa", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lâm Sà Vên", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Tăng Sô Phal", "Thượng tọa", "Phó Chủ tịch kiêm Tổng Thư ký Hội"),
 P("Kim Ra Ni", "Đại đức", "trụ trì chùa Kompong Chrây"),
 P("Sơn Thị Na", "achar", "Trưởng Ban Quản trị chùa Bưng Chông")],
[Q("140 đại biểu", 140, "đại biểu"), Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("hơn 8,2 tỷ đồng", 8200000000, "đồng", "over"), Q("87 chùa", 87, "chùa"), Q("15.340 học sinh", 15340, "học sinh"),
 Q("230 vị sư", 230, "vị sư"), Q("3 lớp bồi dưỡng", 3, "lớp bồi dưỡng"), Q("310 sư sãi, achar", 310, "sư sãi, achar"),
 Q("89/92 chùa", 89, "chùa"), Q("6 tập thể", 6, "tập thể"), Q("10 cá nhân", 10, "cá nhân"), Q("20 chùa", 20, "chùa"),
 Q("25 vị sư sãi, achar", 25, "vị sư sãi, achar"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Chỉ thị", "42", "CT/TU", "2023-03-06", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 42-CT/TU ngày 06/3/2023 của Ban Thường vụ Tỉnh ủy"),
 D("Nghị định", "95", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 95/2023/NĐ-CP của Chính phủ"),
 D("Nghị định", "162", "2017/NĐ-CP", None, None, "Nghị định 162/2017/NĐ-CP")],
[prov("Sóc Trăng"), com("Vĩnh Hải"), com("Ba Trinh")],
["Báo Sóc Trăng", "Trang chủ › Xã hội › Tôn giáo", "(STO)", "Hòa thượng Lâm Sà Vên phát biểu tại hội nghị. Ảnh: Thạch Sang",
 "Luật Tín ngưỡng, tôn giáo", "Chùa văn hóa - an toàn", "Lượt xem: 1.093"],
["22 tháng 12, 2023 | 16:45", "năm 2023", "năm 2024", "nhiệm kỳ 2024 - 2029", "Lượt xem: 1.093"]))

PAGES.append(page("b2710-travinh-hopmat-chol-chnam-thmay-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TRÀ VINH
Tin tức - Sự kiện - Tin trong tỉnh
Ngày 08/04/2023 | 10:05
Họp mặt chức sắc, sư sãi, achar mừng Tết Chôl Chnăm Thmây năm 2023
Chiều 7/4, Ban Thường vụ Tỉnh ủy Trà Vinh tổ chức họp mặt chức sắc, sư sãi, achar và người có uy tín trong đồng bào Khmer nhân dịp Tết cổ truyền Chôl Chnăm Thmây năm 2023. Dự họp mặt có đồng chí Hồ Thị Kim Thanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Kiên Sa Rinh, Phó Chủ tịch UBND tỉnh; Hòa thượng Thạch Sô Vanh, Phó Chủ tịch Hội đồng Trị sự Trung ương Giáo hội Phật giáo Việt Nam, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; cùng khoảng 350 đại biểu.
Tiết mục văn nghệ chào mừng họp mặt.
Phát biểu tại buổi họp mặt, đồng chí Hồ Thị Kim Thanh điểm lại những kết quả nổi bật năm 2022: thu nhập bình quân đầu người trong đồng bào Khmer tăng; tỷ lệ hộ nghèo Khmer giảm còn 2,68%; toàn tỉnh có 143 chùa Phật giáo Nam tông Khmer, 4.460 vị sư sãi, 100% chùa đăng ký hoạt động tôn giáo đúng quy định. Tỉnh đã dành hơn 3,4 tỷ đồng hỗ trợ các chùa tổ chức lễ, Tết và trùng tu cơ sở thờ tự theo Nghị quyết số 03/2022/NQ-HĐND ngày 15/7/2022 của HĐND tỉnh.
Đồng chí cảm ơn chư tăng, achar đã tích cực vận động đồng bào tham gia xây dựng nông thôn mới, phòng, chống tội phạm, hỗ trợ đồng bào nghèo; đề nghị các chùa tiếp tục thực hiện Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới và Kết luận số 65-KL/TW của Bộ Chính trị.
Thay mặt chức sắc, sư sãi, Hòa thượng Thạch Sô Vanh gửi lời cảm ơn và cam kết tiếp tục vận động Phật tử sống tốt đời, đẹp đạo. Ông Thạch Ngọc Sơn, người có uy tín ấp Ba Se B, xã Lương Hòa, phát biểu mong tỉnh tiếp tục hỗ trợ cây giống, con giống cho hộ Khmer nghèo.
Tại buổi họp mặt, các đại biểu được xem phóng sự về những đổi thay ở vùng đồng bào Khmer Trà Vinh và thưởng thức các tiết mục múa Rom vong, Lâm thôn do Đoàn nghệ thuật Khmer Ánh Bình Minh biểu diễn. Nhiều vị sư cả, achar cao tuổi bày tỏ phấn khởi khi phum sóc có đường bê tông, điện sáng, trường học khang trang.\nDịp này, Ban Thường vụ Tỉnh ủy tặng quà cho các đại biểu; trao 143 phần quà Tết cho các chùa, mỗi phần trị giá 2 triệu đồng. Trước đó, các đoàn do đồng chí Huỳnh Văn Kha, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đã thăm, tặng 3.500 phần quà cho hộ nghèo Khmer ở các huyện Trà Cú, Cầu Ngang, Tiểu Cần.
Sơn Tuấn
Số lượt truy cập: 7.402.119
Tin liên quan
- Trà Vinh: Tết Chôl Chnăm Thmây vui tươi, an toàn (16/04/2023)
- Lãnh đạo tỉnh thăm chùa Âng, chùa Hang (05/04/2023)
- Phát động Tháng hành động vì đồng bào Khmer (01/04/2023)
""", "2023-04-08", "Họp mặt chức sắc, sư sãi, achar mừng Tết Chôl Chnăm Thmây năm 2023",
E("hoi_nghi", "2023", "2023-04-07"),
[P("Hồ Thị Kim Thanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kiên Sa Rinh", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Sô Vanh", "Hòa thượng", "Phó Chủ tịch Hội đồng Trị sự Trung ương Giáo hội Phật giáo Việt Nam", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Thạch Ngọc Sơn", "người có uy tín ấp Ba Se B"),
 P("Huỳnh Văn Kha", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("khoảng 350 đại biểu", 350, "đại biểu", "approx"), Q("2,68%", 2.68, "%"),
 Q("143 chùa Phật giáo Nam tông Khmer", 143, "chùa Phật giáo Nam tông Khmer"), Q("4.460 vị sư sãi", 4460, "vị sư sãi"),
 Q("100%", 100, "%"), Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"), Q("143 phần quà", 143, "phần quà"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("3.500 phần quà", 3500, "phần quà")],
[D("Nghị quyết", "03", "2022/NQ-HĐND", "2022-07-15", "HĐND tỉnh", "Nghị quyết số 03/2022/NQ-HĐND ngày 15/7/2022 của HĐND tỉnh"),
 D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư"),
 D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", "Kết luận số 65-KL/TW của Bộ Chính trị")],
[prov("Trà Vinh"), com("Lương Hòa")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TRÀ VINH", "Tin tức - Sự kiện - Tin trong tỉnh", "Tiết mục văn nghệ chào mừng họp mặt.",
 "Chôl Chnăm Thmây", "sống tốt đời, đẹp đạo", "Đoàn nghệ thuật Khmer Ánh Bình Minh", "Rom vong", "Lâm thôn", "Số lượt truy cập: 7.402.119"],
["Ngày 08/04/2023 | 10:05", "năm 2023", "năm 2022", "Số lượt truy cập: 7.402.119"]))
