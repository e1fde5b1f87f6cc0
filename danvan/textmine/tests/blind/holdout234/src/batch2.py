from lib import *
PAGES = []

PAGES.append(page("b5579-daklak-huyen-daihoi-2019", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Trang chủ / Chính trị / Công tác dân tộc
21.05.2019 | 16:05
Đại biểu các dân tộc thiểu số huyện Krông Bông dâng hoa tại Đại hội.
Krông Bông: Giữ tiếng nói, tiếng chiêng là nhiệm vụ hàng đầu của đồng bào
Ngày 20/5, huyện Krông Bông (Đắk Lắk) tổ chức Đại hội đại biểu các dân tộc thiểu số huyện lần thứ III, năm 2019 với sự tham dự của 250 đại biểu chính thức, đại diện cho hơn 31.000 đồng bào của 17 dân tộc thiểu số trên địa bàn. Đồng chí Y Thuôn Êban, Tỉnh ủy viên, Bí thư Huyện ủy Krông Bông và bà H'Nhi Mlô, Phó Trưởng Ban Dân tộc tỉnh dự và chỉ đạo Đại hội.
Báo cáo tại Đại hội do ông Lê Văn Hưng, Phó Chủ tịch Thường trực UBND huyện, Trưởng Ban chỉ đạo Đại hội trình bày cho biết, giai đoạn 2014 - 2019, huyện đã triển khai hiệu quả Nghị quyết số 03-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và Kế hoạch số 49/KH-UBND ngày 15/02/2019 của UBND huyện về tổ chức Đại hội theo Hướng dẫn số 12/HD-UBDT của Ủy ban Dân tộc. Tỷ lệ hộ nghèo trong đồng bào giảm còn 18,5%; tổng vốn đầu tư cho các xã đặc biệt khó khăn đạt trên 86 tỷ đồng.
Về văn hóa, huyện hiện có 312 bộ cồng chiêng, 56 đội chiêng buôn; 5 năm qua đã mở 15 lớp truyền dạy đánh chiêng, 9 lớp dạy tiếng Êđê cho cán bộ, công chức. Khoảng 1.300 học sinh được học tiếng Êđê trong nhà trường; 100% buôn có nhà văn hóa cộng đồng hoặc nhà dài truyền thống được tu sửa.
Tham luận tại Đại hội, nghệ nhân ưu tú Y Kram Byă (buôn Cư Drăm, xã Cư Drăm) nói: "Tiếng chiêng là tiếng nói của ông bà. Con cháu không biết đánh chiêng, không nói được tiếng mẹ đẻ thì buôn làng mất gốc". Bà H'Luyến Buôn Yă, Chủ tịch Hội LHPN xã Yang Mao, kể về việc các chị em mở lớp dệt thổ cẩm và hát kể khan cho thiếu nữ vào mùa khô.
Phát biểu chỉ đạo, đồng chí Y Thuôn Êban đề nghị các cấp ủy, chính quyền tiếp tục đưa nội dung bảo tồn tiếng nói, chữ viết, cồng chiêng vào nghị quyết hằng năm; phát huy vai trò 86 người có uy tín trong việc vận động bà con không bán chiêng cổ, không bỏ lễ cúng bến nước, lễ mừng lúa mới.
Dịp này, UBND huyện tuyên dương 32 tập thể, 68 cá nhân tiêu biểu trong các phong trào thi đua giai đoạn 2014 - 2019. Đại hội đã bầu 45 đại biểu đi dự Đại hội đại biểu các dân tộc thiểu số tỉnh Đắk Lắk lần thứ III. Đoàn đại biểu do các ông Y Bhin Niê, Y Wang Mlô - Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện dẫn đầu.
Giữa các phiên làm việc, đội chiêng thanh niên buôn Cư Drăm và đội chiêng nữ buôn Ja trình diễn các bài chiêng cổ, tạo không khí vui tươi, đoàn kết trong Đại hội.
H'Xíu
Lượt xem: 2.318
Tin liên quan
- Đại hội đại biểu các dân tộc thiểu số huyện Lắk lần thứ III (17/05/2019)
- Buôn Đôn: Khai mạc lớp truyền dạy cồng chiêng (10/05/2019)
- Tuyên dương 120 người có uy tín tiêu biểu (25/04/2019)
""", "2019-05-21", "Krông Bông: Giữ tiếng nói, tiếng chiêng là nhiệm vụ hàng đầu của đồng bào",
E("dai_hoi", "2019", "2019-05-20"),
[P("Y Thuôn Êban", "Tỉnh ủy viên", "Bí thư Huyện ủy Krông Bông"),
 P("H'Nhi Mlô", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Lê Văn Hưng", "Phó Chủ tịch Thường trực UBND huyện", "Trưởng Ban chỉ đạo Đại hội"),
 P("Y Kram Byă", "nghệ nhân ưu tú"),
 P("H'Luyến Buôn Yă", "Chủ tịch Hội LHPN xã Yang Mao"),
 P("Y Bhin Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Y Wang Mlô", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("hơn 31.000 đồng bào", 31000, "đồng bào", "over"),
 Q("17 dân tộc thiểu số", 17, "dân tộc thiểu số"), Q("18,5%", 18.5, "%"), Q("trên 86 tỷ đồng", 86000000000, "đồng", "over"),
 Q("312 bộ cồng chiêng", 312, "bộ cồng chiêng"), Q("56 đội chiêng buôn", 56, "đội chiêng buôn"),
 Q("15 lớp truyền dạy đánh chiêng", 15, "lớp truyền dạy đánh chiêng"), Q("9 lớp dạy tiếng Êđê", 9, "lớp dạy tiếng Êđê"),
 Q("Khoảng 1.300 học sinh", 1300, "học sinh", "approx"), Q("100%", 100, "%"), Q("86 người có uy tín", 86, "người có uy tín"),
 Q("32 tập thể", 32, "tập thể"), Q("68 cá nhân tiêu biểu", 68, "cá nhân tiêu biểu"), Q("45 đại biểu", 45, "đại biểu")],
[D("Nghị quyết", "03", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 03-NQ/HU"),
 D("Kế hoạch", "49", "KH-UBND", "2019-02-15", "UBND huyện", "Kế hoạch số 49/KH-UBND ngày 15/02/2019"),
 D("Hướng dẫn", "12", "HD-UBDT", None, "Ủy ban Dân tộc", "Hướng dẫn số 12/HD-UBDT")],
[prov("Đắk Lắk"), com("Cư Drăm"), com("Yang Mao")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Trang chủ / Chính trị / Công tác dân tộc", "Đại biểu các dân tộc thiểu số huyện Krông Bông dâng hoa tại Đại hội.",
 "Lượt xem: 2.318", "Krông Bông"],
["21.05.2019 | 16:05", "lần thứ III", "năm 2019", "giai đoạn 2014 - 2019", "5 năm qua", "Lượt xem: 2.318"]))

PAGES.append(page("b5580-caobang-huyen-doithoai-2017", """
Cổng thông tin điện tử huyện Trùng Khánh - tỉnh Cao Bằng
Tin tức > Hoạt động của Huyện ủy
29-11-2017 09:40
Đối thoại với nghệ nhân hát Then, đàn tính: Làm sao để lời Then không vắng trong bản?
Ngày 28/11, Ban Thường vụ Huyện ủy Trùng Khánh tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nghệ nhân, người có uy tín và hội viên các câu lạc bộ hát Then, đàn tính năm 2017. Đồng chí Nông Thanh Bình, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì; cùng dự có đồng chí Hoàng Văn Khải, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện và các Phó Chủ tịch UBND huyện: Lục Văn Sáng, Hà Thị Kim.
Mở đầu hội nghị, bà Đàm Thị Liên, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện thông tin: toàn huyện có 42 câu lạc bộ hát Then, đàn tính với 760 hội viên, nhưng chỉ 28 nghệ nhân còn thuộc trọn các khúc Then cổ. Thực hiện Quyết định số 2209/QĐ-UBND ngày 30/12/2015 của UBND tỉnh phê duyệt Đề án bảo tồn nghệ thuật hát Then, đàn tính, mỗi câu lạc bộ được hỗ trợ 3 triệu đồng/năm; 9/20 xã đã đưa dạy hát Then vào hoạt động ngoại khóa của trường học.
Tại buổi đối thoại, 15 ý kiến được nêu thẳng thắn. Nghệ nhân Nông Thị Nhình (xã Đình Phong) đề nghị huyện lập hồ sơ để các nghệ nhân lớn tuổi được xét tặng danh hiệu theo Nghị định số 62/2014/NĐ-CP ngày 25/6/2014 của Chính phủ: "Tôi dạy Then hơn ba chục năm, giờ chỉ mong có người nối nghề". Bà Lưu Thị Mày, người có uy tín xóm Pác Rà, xã Chí Viễn, phản ánh tình trạng một số đoàn du lịch mời nghệ nhân biểu diễn nghi lễ Then cấp sắc tùy tiện, sai lệch với tín ngưỡng.
Anh Đinh Văn Quý, Bí thư Đoàn xã Phong Nậm, mong có lớp học làm đàn tính vì "cả xã chỉ còn 2 người làm được đàn, quả bầu và cần đàn phải đặt từ nơi khác".
Trả lời các ý kiến, đồng chí Hoàng Văn Khải cho biết huyện sẽ dành khoảng 250 triệu đồng năm 2018 để mở 6 lớp truyền dạy hát Then, đàn tính, trong đó có 1 lớp làm đàn tính; đồng thời lập danh sách 11 nghệ nhân đề nghị xét tặng danh hiệu Nghệ nhân ưu tú.
Kết luận hội nghị, đồng chí Nông Thanh Bình giao Ban Dân vận Huyện ủy theo dõi việc thực hiện các kiến nghị; yêu cầu các xã thực hiện nghiêm Kế hoạch 31, 32-KH/HU của Ban Thường vụ Huyện ủy về đối thoại định kỳ và về bảo tồn văn hóa dân tộc Tày, Nùng. Các cấp ủy cơ sở phải coi nghệ nhân là "cánh tay nối dài" của công tác dân vận, không để lời Then chỉ còn trên sân khấu.
Sau hội nghị, các nghệ nhân và hội viên câu lạc bộ đã biểu diễn một số làn điệu Then cổ, thu hút đông đảo cán bộ, nhân dân thị trấn Trùng Khánh đến xem.
Bế Hường
Các tin đã đưa
- Đình Phong ra mắt câu lạc bộ hát Then thiếu nhi (20/11/2017)
- Hội thi hát Then, đàn tính huyện Trùng Khánh năm 2017 (02/11/2017)
- Đối thoại với nông dân về chuyển đổi cây trồng (18/10/2017)
""", "2017-11-29", "Đối thoại với nghệ nhân hát Then, đàn tính: Làm sao để lời Then không vắng trong bản?",
E("doi_thoai", "2017", "2017-11-28"),
[P("Nông Thanh Bình", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Hoàng Văn Khải", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Lục Văn Sáng", "Phó Chủ tịch UBND huyện"), P("Hà Thị Kim", "Phó Chủ tịch UBND huyện"),
 P("Đàm Thị Liên", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nông Thị Nhình", "Nghệ nhân"),
 P("Lưu Thị Mày", "người có uy tín xóm Pác Rà"),
 P("Đinh Văn Quý", "Bí thư Đoàn xã Phong Nậm")],
[Q("42 câu lạc bộ hát Then, đàn tính", 42, "câu lạc bộ hát Then, đàn tính"), Q("760 hội viên", 760, "hội viên"),
 Q("28 nghệ nhân", 28, "nghệ nhân"), Q("3 triệu đồng", 3000000, "đồng"), Q("9/20 xã", 9, "xã"), Q("15 ý kiến", 15, "ý kiến"),
 Q("2 người", 2, "người"), Q("khoảng 250 triệu đồng", 250000000, "đồng", "approx"),
 Q("6 lớp truyền dạy hát Then, đàn tính", 6, "lớp truyền dạy hát Then, đàn tính"), Q("11 nghệ nhân", 11, "nghệ nhân")],
[D("Quyết định", "2209", "QĐ-UBND", "2015-12-30", "UBND tỉnh", "Quyết định số 2209/QĐ-UBND ngày 30/12/2015"),
 D("Nghị định", "62", "2014/NĐ-CP", "2014-06-25", "Chính phủ", "Nghị định số 62/2014/NĐ-CP ngày 25/6/2014"),
 D("Kế hoạch", "31", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 31, 32-KH/HU"),
 D("Kế hoạch", "32", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 31, 32-KH/HU")],
[prov("Cao Bằng"), com("Đình Phong"), com("Chí Viễn"), com("Phong Nậm"), com("Trùng Khánh")],
["Cổng thông tin điện tử huyện Trùng Khánh - tỉnh Cao Bằng", "Tin tức > Hoạt động của Huyện ủy", "cánh tay nối dài", "Then cấp sắc"],
["29-11-2017 09:40", "năm 2017", "năm 2018", "hơn ba chục năm", "1 lớp làm đàn tính"]))

PAGES.append(page("b5581-quangnam-bdv-giaoban-2018", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Hôm nay: Thứ Hai, 08/10/2018
Trang chủ :: Tin tức :: Dân vận miền núi
Cập nhật lúc 17:20 ngày 05/10/2018
Đưa lễ hội Cơ Tu vào đời sống du lịch cộng đồng
Chiều 4/10, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức giao ban công tác dân vận quý III năm 2018 với ban dân vận các huyện miền núi. Đồng chí Briu Thị Duyên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban.
Quang cảnh buổi giao ban.
Theo báo cáo, trong quý III, khối dân vận đã phối hợp tổ chức thành công Lễ hội văn hóa Cơ Tu tại huyện Tây Giang, thu hút khoảng 4.500 lượt khách. Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn số 21-HD/BDVTU về xây dựng mô hình "Dân vận khéo" trong bảo tồn văn hóa các dân tộc thiểu số, sơ kết Kết luận 15, 16-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào và về phát triển du lịch cộng đồng. Các huyện tiếp tục thực hiện Quyết định số 3198/QĐ-UBND ngày 25/10/2017 của UBND tỉnh phê duyệt Đề án bảo tồn văn hóa Cơ Tu gắn với du lịch.
Đến nay, 3 làng du lịch cộng đồng ở Tây Giang, Đông Giang đã đón khách thường xuyên với 320 hộ tham gia; tổng thu từ dịch vụ du lịch quý III đạt 1,8 tỷ đồng. Toàn tỉnh đã phục dựng 12 nhà gươl, vận động người dân đóng góp hơn 2.000 ngày công và 460 triệu đồng.
Tại giao ban, bà Alăng Thị Mai, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang cho biết, một số hộ đã tự ý bán tượng gỗ, đồ cổ cho thương lái; huyện phải giao cho người có uy tín ở từng thôn vận động. Già làng Zơrâm Dinh, người có uy tín thôn Bhơ Hôồng, xã Sông Kôn được mời dự giao ban, chia sẻ kinh nghiệm: "Khách đến thì vui, nhưng lễ hội thì phải làm đúng như ông bà dạy, không làm cho khách xem mà bỏ điều thiêng".
Ông Bhriu Pố, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã A Tiêng đề nghị hỗ trợ trang phục, cồng chiêng cho 7 đội văn nghệ thôn và tổ chức lớp dạy tiếng Cơ Tu cho cán bộ người Kinh công tác ở xã.
Kết luận giao ban, đồng chí Briu Thị Duyên yêu cầu quý IV tập trung thực hiện Chỉ thị số 49-CT/TW ngày 20/10/2015 của Ban Bí thư về tăng cường và đổi mới công tác dân vận của Đảng ở vùng đồng bào dân tộc thiểu số; khẩn trương nhân rộng 25 mô hình "Dân vận khéo" cấp tỉnh về bảo tồn văn hóa; chuẩn bị sơ kết 3 năm thực hiện đề án vào tháng 12.
Cùng dự giao ban có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Thu, Hồ Văn Lý.
Thanh Sang
Tin cùng chuyên mục
- Nam Giang: Lễ hội mừng lúa mới của đồng bào Cơ Tu (28/09/2018)
- Tặng cồng chiêng cho 5 thôn vùng cao (14/09/2018)
- Đông Giang phục dựng lễ hội đâm trâu (03/09/2018)
""", "2018-10-05", "Đưa lễ hội Cơ Tu vào đời sống du lịch cộng đồng",
E("giao_ban", "2018-Q3", "2018-10-04"),
[P("Briu Thị Duyên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Alăng Thị Mai", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Zơrâm Dinh", "Già làng", "người có uy tín thôn Bhơ Hôồng"),
 P("Bhriu Pố", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã A Tiêng"),
 P("Nguyễn Thị Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Hồ Văn Lý", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("khoảng 4.500 lượt khách", 4500, "lượt khách", "approx"), Q("3 làng du lịch cộng đồng", 3, "làng du lịch cộng đồng"),
 Q("320 hộ", 320, "hộ"), Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("12 nhà gươl", 12, "nhà gươl"),
 Q("hơn 2.000 ngày công", 2000, "ngày công", "over"), Q("460 triệu đồng", 460000000, "đồng"),
 Q("7 đội văn nghệ thôn", 7, "đội văn nghệ thôn"), Q("25 mô hình", 25, "mô hình")],
[D("Hướng dẫn", "21", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 21-HD/BDVTU"),
 D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Kết luận", "16", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Quyết định", "3198", "QĐ-UBND", "2017-10-25", "UBND tỉnh", "Quyết định số 3198/QĐ-UBND ngày 25/10/2017"),
 D("Chỉ thị", "49", "CT/TW", "2015-10-20", "Ban Bí thư", "Chỉ thị số 49-CT/TW ngày 20/10/2015")],
[prov("Quảng Nam"), com("Sông Kôn"), com("A Tiêng")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Hôm nay: Thứ Hai, 08/10/2018", "Trang chủ :: Tin tức :: Dân vận miền núi", "Quang cảnh buổi giao ban.",
 "Dân vận khéo", "Lễ hội văn hóa Cơ Tu"],
["Hôm nay: Thứ Hai, 08/10/2018", "quý III năm 2018", "quý IV", "3 năm", "tháng 12"]))

PAGES.append(page("b5582-travinh-bdv-baocao-2019", """
Báo Trà Vinh điện tử
Trang chủ > Chính trị > Dân vận
Ngày 16/07/2019 | 09:15
Trà Vinh: 4.600 học sinh học chữ Khmer dịp hè
(TV) - Ngày 15/7, Ban Dân vận Tỉnh ủy Trà Vinh ban hành báo cáo kết quả công tác dân vận vùng đồng bào dân tộc Khmer 6 tháng đầu năm 2019. Theo báo cáo, dịp hè năm nay các chùa Phật giáo Nam tông Khmer phối hợp ngành giáo dục mở 142 lớp dạy chữ Khmer hè với 4.600 học sinh theo học, tăng 12% so với cùng kỳ.
Báo cáo nêu rõ, thực hiện Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới và Kế hoạch số 38-KH/TU của Tỉnh ủy, 6 tháng qua khối dân vận các cấp đã phối hợp 96 chùa tổ chức Tết Chôl Chnăm Thmây an toàn, tiết kiệm; vận động 2.300 lượt người tham gia các hội thi văn nghệ truyền thống. Toàn tỉnh hiện duy trì 48 đội nhạc ngũ âm, 22 đội Dù kê, Rô băm; năm 2019 được hỗ trợ 1,05 tỷ đồng mua sắm nhạc cụ, trang phục.
Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn số 05-HD/BDVTU về xây dựng mô hình "Chùa Khmer tiêu biểu trong giữ gìn bản sắc văn hóa"; đến nay có 17 chùa Khmer đăng ký thực hiện mô hình. Ban tổ chức lớp học tiếng Khmer giao tiếp cho 27 đồng chí là cán bộ dân vận, Mặt trận cấp huyện, xã, do Đại đức Sơn Chanh Thol, Phó Trụ trì chùa Âng trực tiếp giảng dạy.
Theo đồng chí Thạch Ngọc Sơn, Phó Trưởng Ban Dân vận Tỉnh ủy, điểm mới là nhiều chùa đã kết hợp dạy chữ với dạy đàn, dạy múa; các vị sư sãi, người có uy tín trở thành cầu nối giữa cấp ủy với bà con. Thượng tọa Thạch Sô Phol, Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện Trà Cú cho biết: "Chữ Khmer có trong kinh sách, trong văn bia, nếu các em không biết thì mất đi một phần gốc rễ".
Ông Kiên Sa Rết, người có uy tín ấp Ba Se A, xã Lương Hòa, đề xuất mở thêm lớp dạy chữ vào buổi tối cho thanh niên đi làm công nhân. Báo cáo cũng nêu hạn chế: giáo viên dạy chữ Khmer hè chủ yếu là sư sãi, chế độ bồi dưỡng còn thấp (khoảng 1,5 triệu đồng/lớp/khóa); sách giáo khoa thiếu ở một số điểm chùa vùng sâu thuộc xã Đại An, xã Ngọc Biên.
6 tháng cuối năm, Ban Dân vận Tỉnh ủy đề ra 5 nhiệm vụ trọng tâm, trong đó chuẩn bị tốt Lễ hội Ok Om Bok năm 2019, tổng kết mô hình dạy chữ Khmer hè và tham mưu Ban Thường vụ Tỉnh ủy sơ kết Quyết định 11, 12-QĐ/TU về quy chế phối hợp giữa các cơ quan trong công tác dân tộc, tôn giáo.
Hữu Hiệp
Tin khác
- Trao học bổng cho 200 học sinh Khmer nghèo hiếu học (12/07/2019)
- Cầu Ngang: khai giảng lớp dạy chữ Khmer hè tại chùa Ba Se (05/07/2019)
- Hội thi đờn ca tài tử và nhạc ngũ âm năm 2019 (25/06/2019)
""", "2019-07-16", "Trà Vinh: 4.600 học sinh học chữ Khmer dịp hè",
E("bao_cao", "2019-H1", "2019-07-15"),
[P("Sơn Chanh Thol", "Đại đức", "Phó Trụ trì chùa Âng"),
 P("Thạch Ngọc Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sô Phol", "Thượng tọa", "Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện Trà Cú"),
 P("Kiên Sa Rết", "người có uy tín ấp Ba Se A")],
[Q("142 lớp dạy chữ Khmer hè", 142, "lớp dạy chữ Khmer hè"), Q("4.600 học sinh", 4600, "học sinh"), Q("12%", 12, "%"),
 Q("96 chùa", 96, "chùa"), Q("2.300 lượt người", 2300, "lượt người"), Q("48 đội nhạc ngũ âm", 48, "đội nhạc ngũ âm"),
 Q("22 đội Dù kê, Rô băm", 22, "đội Dù kê, Rô băm"), Q("1,05 tỷ đồng", 1050000000, "đồng"), Q("17 chùa Khmer", 17, "chùa Khmer"),
 Q("27 đồng chí", 27, "đồng chí"), Q("khoảng 1,5 triệu đồng", 1500000, "đồng", "approx")],
[D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/01/2018"),
 D("Kế hoạch", "38", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 38-KH/TU"),
 D("Hướng dẫn", "05", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BDVTU"),
 D("Quyết định", "11", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định 11, 12-QĐ/TU"),
 D("Quyết định", "12", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định 11, 12-QĐ/TU")],
[prov("Trà Vinh"), com("Lương Hòa"), com("Đại An"), com("Ngọc Biên")],
["Báo Trà Vinh điện tử", "Trang chủ > Chính trị > Dân vận", "(TV)", "Chùa Khmer tiêu biểu trong giữ gìn bản sắc văn hóa",
 "Chôl Chnăm Thmây", "Ok Om Bok", "Hội Đoàn kết sư sãi yêu nước huyện Trà Cú"],
["Ngày 16/07/2019 | 09:15", "6 tháng đầu năm 2019", "6 tháng qua", "6 tháng cuối năm", "27 đồng chí", "5 nhiệm vụ trọng tâm", "năm 2019"]))

PAGES.append(page("b5583-lamdong-chandung-2020", """
BÁO LÂM ĐỒNG
Xã hội >> Văn hóa >> Bản sắc
30 tháng 6, 2020 | 17:45
Nghệ nhân ưu tú Kơ Să Ha Dung bên bộ chiêng của gia đình.
Người giữ lửa cồng chiêng K'Ho dưới chân núi Lang Biang
Ở thôn Bon Đưng, thị trấn Lạc Dương, ai cũng biết nghệ nhân ưu tú Kơ Să Ha Dung. Ông năm nay đã ngoài 70 tuổi nhưng vẫn đều đặn mỗi tối thứ Bảy mở nhà dạy đánh chiêng, múa tâng tung da dá cho thanh thiếu niên trong thôn. Hơn 20 năm qua, ông đã truyền dạy cho trên 200 em, giúp thành lập 3 đội chiêng thiếu nhi.
Gia đình ông còn giữ 12 bộ chiêng, trong đó có những chiếc chiêng được ông bà đổi bằng trâu từ nhiều đời trước. "Có người trả cả trăm triệu đồng cho một bộ chiêng cổ, tôi không bán. Bán chiêng là bán tiếng nói của ông bà", ông nói. Không chỉ đánh chiêng, ông còn thuộc nhiều bài hát kể, lời nói vần của người K'Ho và thường được mời nói chuyện tại các buổi sinh hoạt của Chi đoàn, Chi hội phụ nữ thôn.
Theo ông Liêng Hót Ha Noen, Phó Chủ tịch UBND xã Đạ Sar, cách làm của nghệ nhân Kơ Să Ha Dung được xã nhân rộng: năm 2019, mỗi thôn người K'Ho đều có một "nhóm giữ chiêng" gồm người có uy tín, đoàn viên và cán bộ Mặt trận. Đồng chí Lê Văn Hùng, Bí thư Đảng ủy thị trấn Lạc Dương, cho biết thị trấn đang có 5 đội chiêng với khoảng 120 thành viên; nhiều đội tham gia phục vụ du lịch cộng đồng, mỗi buổi diễn được trả từ 1,5 đến 2 triệu đồng.
Nghệ nhân ưu tú Kơ Să Ha Dung là một trong 14 nghệ nhân của tỉnh được hưởng chế độ hỗ trợ theo Nghị định số 109/2015/NĐ-CP ngày 28/10/2015 của Chính phủ về hỗ trợ đối với nghệ nhân nhân dân, nghệ nhân ưu tú có thu nhập thấp, hoàn cảnh khó khăn. Tỉnh cũng đang triển khai Quyết định số 2133/QĐ-UBND ngày 30/9/2019 của UBND tỉnh về Đề án bảo tồn và phát huy giá trị không gian văn hóa cồng chiêng giai đoạn 2020 - 2025, dự kiến mở 40 lớp truyền dạy và trao tặng 30 bộ chiêng cho các thôn.
Bà Bon Yô Ka Thin, Trưởng Ban công tác Mặt trận thôn Bon Đưng, kể rằng nhờ ông mà nhiều thanh niên đã bỏ thói quen nhậu nhẹt, tối tối tập trung ở nhà dài học chiêng. Năm 2019, đội chiêng thiếu nhi của thôn đoạt giải A tại Liên hoan cồng chiêng thiếu nhi tỉnh Lâm Đồng.
Với ông Kơ Să Ha Dung, điều mong mỏi nhất là "khi mình đi rồi, tiếng chiêng vẫn còn vang ở Bon Đưng". Mỗi lần thấy các cháu nhỏ đánh đúng nhịp bài chiêng mừng lúa mới, ông lại cười hiền, đôi mắt ánh lên niềm vui.
Bài, ảnh: K'Duyên
Bài viết liên quan
- Lạc Dương: Liên hoan cồng chiêng thiếu nhi lần thứ nhất (20/06/2020)
- Tặng 15 bộ chiêng cho các thôn vùng đồng bào (04/06/2020)
- Đam Rông: Giữ nghề dệt thổ cẩm của người Mạ (22/05/2020)
""", "2020-06-30", "Người giữ lửa cồng chiêng K'Ho dưới chân núi Lang Biang",
E("khac", None, None),
[P("Kơ Să Ha Dung", "nghệ nhân ưu tú"),
 P("Liêng Hót Ha Noen", "Phó Chủ tịch UBND xã Đạ Sar"),
 P("Lê Văn Hùng", "Bí thư Đảng ủy thị trấn Lạc Dương"),
 P("Bon Yô Ka Thin", "Trưởng Ban công tác Mặt trận thôn Bon Đưng")],
[Q("trên 200 em", 200, "em", "over"), Q("3 đội chiêng thiếu nhi", 3, "đội chiêng thiếu nhi"), Q("12 bộ chiêng", 12, "bộ chiêng"),
 Q("5 đội chiêng", 5, "đội chiêng"), Q("khoảng 120 thành viên", 120, "thành viên", "approx"),
 Q("1,5", 1500000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"), Q("14 nghệ nhân", 14, "nghệ nhân"),
 Q("40 lớp truyền dạy", 40, "lớp truyền dạy"), Q("30 bộ chiêng", 30, "bộ chiêng")],
[D("Nghị định", "109", "2015/NĐ-CP", "2015-10-28", "Chính phủ", "Nghị định số 109/2015/NĐ-CP ngày 28/10/2015"),
 D("Quyết định", "2133", "QĐ-UBND", "2019-09-30", "UBND tỉnh", "Quyết định số 2133/QĐ-UBND ngày 30/9/2019")],
[prov("Lâm Đồng"), com("Lạc Dương"), com("Đạ Sar")],
["BÁO LÂM ĐỒNG", "Xã hội >> Văn hóa >> Bản sắc", "Nghệ nhân ưu tú Kơ Să Ha Dung bên bộ chiêng của gia đình.", "nhóm giữ chiêng",
 "Lang Biang", "Liên hoan cồng chiêng thiếu nhi tỉnh Lâm Đồng"],
["30 tháng 6, 2020 | 17:45", "ngoài 70 tuổi", "Hơn 20 năm qua", "cả trăm triệu đồng", "năm 2019", "Năm 2019", "giai đoạn 2020 - 2025", "giải A"]))

PAGES.append(page("b5584-dienbien-bdv-tongket-2021", """
Báo Điện Biên Phủ điện tử
Thời sự › Xây dựng Đảng › Dân vận
2021-12-24 16:40
Đồng chí Lò Thị Ơn phát biểu kết luận hội nghị.
Triển khai nhiệm vụ công tác dân vận năm 2022
Ngày 23/12, Ban Dân vận Tỉnh ủy Điện Biên tổ chức hội nghị tổng kết công tác dân vận năm 2021, triển khai nhiệm vụ năm 2022. Đồng chí Lò Thị Ơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự hội nghị có 64 đại biểu tại điểm cầu tỉnh và 10 điểm cầu huyện, thị xã, thành phố.
Năm 2021 đánh dấu sự kiện "Nghệ thuật Xòe Thái" được UNESCO ghi danh là di sản văn hóa phi vật thể đại diện của nhân loại. Khối dân vận đã vận động nhân dân tham gia giữ gìn, thực hành di sản; đến nay toàn tỉnh có 217 câu lạc bộ xòe với trên 5.000 hội viên. Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 48, 49-KH/TU về tuyên truyền, vận động bảo vệ di sản Xòe Thái và về bảo tồn tiếng nói, chữ viết dân tộc Thái, Mông; phối hợp thực hiện Quyết định số 1160/QĐ-UBND ngày 05/7/2021 của UBND tỉnh, mở 24 lớp dạy chữ Thái cổ cho 720 học viên.
Các cấp đã triển khai Nghị quyết số 33-NQ/TW ngày 09/6/2014 của BCH Trung ương về xây dựng và phát triển văn hóa, con người Việt Nam gắn với phong trào thi đua "Dân vận khéo"; năm 2021 có 154 mô hình "Dân vận khéo" được công nhận, trong đó 38 mô hình về bảo tồn văn hóa. Kinh phí hỗ trợ các câu lạc bộ, đội văn nghệ trong năm là 3,5 tỷ đồng; 96,5% bản có hương ước, quy ước có nội dung giữ gìn bản sắc văn hóa.
Tại hội nghị, đồng chí Giàng A Dính, HUV, Trưởng Ban Dân vận Huyện ủy Tủa Chùa chia sẻ cách vận động đồng bào Mông giữ tiếng khèn trong đám cưới, bỏ các nghi lễ tốn kém trong đám tang. Bà Lò Thị Xiêng, nghệ nhân ưu tú, người có uy tín bản Che Căn, phường Mường Thanh đề nghị có thêm lớp dạy xòe cho học sinh.
Phát biểu kết luận, đồng chí Lò Thị Ơn yêu cầu năm 2022 các cấp ủy tập trung thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; xây dựng kế hoạch hành động bảo vệ di sản Xòe Thái sau khi được ghi danh; mỗi xã có ít nhất 1 mô hình về bảo tồn văn hóa gắn với du lịch cộng đồng.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 18 tập thể, 27 cá nhân; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Quàng Văn Pơ, Lường Thị Xuân trao giấy khen.
Hội nghị được tổ chức theo hình thức trực tuyến, bảo đảm các quy định phòng, chống dịch COVID-19.
Mai Phương
Lượt xem: 1.027
Tin liên quan
- Mường Chà: sơ kết mô hình "Dân vận khéo" (20/12/2021)
- Lễ đón nhận Bằng UNESCO ghi danh Nghệ thuật Xòe Thái (15/12/2021)
- Điện Biên Đông ra mắt câu lạc bộ khèn Mông (03/12/2021)
""", "2021-12-24", "Triển khai nhiệm vụ công tác dân vận năm 2022",
E("tong_ket", "2021", "2021-12-23"),
[P("Lò Thị Ơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giàng A Dính", "HUV", "Trưởng Ban Dân vận Huyện ủy Tủa Chùa"),
 P("Lò Thị Xiêng", "nghệ nhân ưu tú", "người có uy tín bản Che Căn"),
 P("Quàng Văn Pơ", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Lường Thị Xuân", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("64 đại biểu", 64, "đại biểu"), Q("10 điểm cầu huyện, thị xã, thành phố", 10, "điểm cầu huyện, thị xã, thành phố"),
 Q("217 câu lạc bộ xòe", 217, "câu lạc bộ xòe"), Q("trên 5.000 hội viên", 5000, "hội viên", "over"),
 Q("24 lớp dạy chữ Thái cổ", 24, "lớp dạy chữ Thái cổ"), Q("720 học viên", 720, "học viên"), Q("154 mô hình", 154, "mô hình"),
 Q("38 mô hình", 38, "mô hình"), Q("3,5 tỷ đồng", 3500000000, "đồng"), Q("96,5%", 96.5, "%"),
 Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Kế hoạch", "48", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 48, 49-KH/TU"),
 D("Kế hoạch", "49", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 48, 49-KH/TU"),
 D("Quyết định", "1160", "QĐ-UBND", "2021-07-05", "UBND tỉnh", "Quyết định số 1160/QĐ-UBND ngày 05/7/2021"),
 D("Nghị quyết", "33", "NQ/TW", "2014-06-09", "BCH Trung ương", "Nghị quyết số 33-NQ/TW ngày 09/6/2014"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW")],
[prov("Điện Biên"), com("Mường Thanh")],
["Báo Điện Biên Phủ điện tử", "Thời sự › Xây dựng Đảng › Dân vận", "Đồng chí Lò Thị Ơn phát biểu kết luận hội nghị.",
 "Nghệ thuật Xòe Thái", "Dân vận khéo", "Lượt xem: 1.027", "UNESCO"],
["2021-12-24 16:40", "năm 2021", "năm 2022", "Năm 2021", "COVID-19", "Lượt xem: 1.027", "ít nhất 1 mô hình"]))
