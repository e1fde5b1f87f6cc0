from lib import *
PAGES = []

PAGES.append(page("b7043-hanoi-phuongnghiatan-tongket-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY
Bạn đang ở: Trang chủ / Tin tức / Hoạt động của phường
Ngày đăng 28/12/2017 | 10:45
Ảnh: Đồng chí Bí thư Đảng ủy phường trao Huy hiệu Đảng cho các đảng viên.
Đảng bộ phường Nghĩa Tân tổng kết năm 2017, trao Huy hiệu Đảng cho 17 đảng viên
Chiều 27/12/2017, Đảng bộ phường Nghĩa Tân (quận Cầu Giấy, Hà Nội) tổ chức hội nghị tổng kết công tác xây dựng Đảng và thực hiện nhiệm vụ chính trị năm 2017, triển khai phương hướng năm 2018. Tại hội nghị, Đảng ủy phường đã trao Huy hiệu Đảng đợt 7/11 cho 17 đảng viên.
Đồng chí Đỗ Thị Thanh Hương, Quận ủy viên, Bí thư Đảng ủy phường chủ trì hội nghị. Dự có đồng chí Lê Tuấn Định, Phó Bí thư Quận ủy, Chủ tịch UBND quận Cầu Giấy.
Năm 2017, Đảng bộ phường với 29 chi bộ, 1.684 đảng viên đã lãnh đạo hoàn thành 15/15 chỉ tiêu Nghị quyết; thu ngân sách đạt 118% dự toán. Đảng ủy đã cụ thể hóa Chỉ thị số 05-CT/TW của Bộ Chính trị bằng Kế hoạch số 37-KH/ĐU; học tập, quán triệt Nghị quyết Trung ương 6 (khóa XII) đến 100% đảng viên. Kết quả đánh giá, phân loại, có 26 chi bộ hoàn thành tốt nhiệm vụ trở lên, 161 đảng viên hoàn thành xuất sắc nhiệm vụ. Trong năm, phường kết nạp 12 đảng viên mới, vận động ủng hộ Quỹ "Vì người nghèo" hơn 210 triệu đồng.
Trong số 17 đảng viên được nhận Huy hiệu Đảng, có 3 đồng chí nhận Huy hiệu 70 năm tuổi Đảng, gồm: Nguyễn Đình Luận, Phạm Văn Tước, Trần Thị Bích - đảng viên Chi bộ khu tập thể Nghĩa Tân số 9; 5 đồng chí nhận Huy hiệu 60 năm, 6 đồng chí nhận Huy hiệu 50 năm và 3 đồng chí nhận Huy hiệu 45 năm tuổi Đảng.
Thay mặt các đảng viên, đồng chí Nguyễn Đình Luận, 93 tuổi, nguyên Thứ trưởng Bộ Giao thông vận tải, bày tỏ niềm vinh dự và cho biết sẽ tiếp tục cùng chi bộ tham gia giám sát, góp ý với cấp ủy về những vấn đề dân sinh bức xúc ở khu dân cư như trật tự đô thị, vệ sinh môi trường.
Phát biểu chỉ đạo, đồng chí Lê Tuấn Định biểu dương những kết quả phường Nghĩa Tân đạt được; đề nghị năm 2018 Đảng bộ phường tập trung thực hiện Nghị quyết Trung ương 6 khóa XII về đổi mới, sắp xếp tổ chức bộ máy, tinh giản biên chế; đẩy mạnh cải cách hành chính và chỉnh trang đô thị; thường xuyên quan tâm các đảng viên cao tuổi, kịp thời đề nghị tặng Huy hiệu Đảng đúng quy định.
Nhân dịp này, Đảng ủy phường khen thưởng 4 chi bộ trong sạch vững mạnh tiêu biểu 5 năm liền và 15 đảng viên hoàn thành xuất sắc nhiệm vụ tiêu biểu năm 2017.
Thu Hà (Văn phòng Đảng ủy phường)
Lượt truy cập: 45.318
Bài viết liên quan
- Phường Dịch Vọng Hậu trao Huy hiệu Đảng đợt 7/11 (10/11/2017)
- Cầu Giấy: Hội nghị giao ban công tác xây dựng Đảng quý IV (20/12/2017)
- Phường Mai Dịch học tập Nghị quyết Trung ương 6 khóa XII (15/11/2017)
""", "2017-12-28", "Đảng bộ phường Nghĩa Tân tổng kết năm 2017, trao Huy hiệu Đảng cho 17 đảng viên",
E("tong_ket", "2017", "2017-12-27"),
[P("Đỗ Thị Thanh Hương", "Quận ủy viên", "Bí thư Đảng ủy phường"),
 P("Lê Tuấn Định", "Phó Bí thư Quận ủy", "Chủ tịch UBND quận Cầu Giấy"),
 P("Nguyễn Đình Luận", "đảng viên Chi bộ khu tập thể Nghĩa Tân số 9", "nguyên Thứ trưởng Bộ Giao thông vận tải"),
 P("Phạm Văn Tước", "đảng viên Chi bộ khu tập thể Nghĩa Tân số 9"),
 P("Trần Thị Bích", "đảng viên Chi bộ khu tập thể Nghĩa Tân số 9")],
[Q("17 đảng viên", 17, "đảng viên"), Q("29 chi bộ", 29, "chi bộ"), Q("1.684 đảng viên", 1684, "đảng viên"),
 Q("15/15 chỉ tiêu", 15, "chỉ tiêu"), Q("118%", 118, "%"), Q("100%", 100, "%"), Q("26 chi bộ", 26, "chi bộ"),
 Q("161 đảng viên", 161, "đảng viên"), Q("12 đảng viên mới", 12, "đảng viên mới"),
 Q("hơn 210 triệu đồng", 210000000, "đồng", "over"), Q("3 đồng chí", 3, "đồng chí"), Q("5 đồng chí", 5, "đồng chí"),
 Q("6 đồng chí", 6, "đồng chí"), Q("4 chi bộ trong sạch vững mạnh tiêu biểu", 4, "chi bộ trong sạch vững mạnh tiêu biểu"),
 Q("15 đảng viên", 15, "đảng viên")],
[D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW"),
 D("Kế hoạch", "37", "KH/ĐU", None, None, "Kế hoạch số 37-KH/ĐU")],
[prov("Hà Nội"), com("Nghĩa Tân")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY", "Bạn đang ở: Trang chủ / Tin tức / Hoạt động của phường",
 "Ảnh: Đồng chí Bí thư Đảng ủy phường trao Huy hiệu Đảng cho các đảng viên.", "Vì người nghèo", "Lượt truy cập: 45.318",
 "Nghị quyết Trung ương 6 (khóa XII)"],
["Ngày đăng 28/12/2017 | 10:45", "năm 2017", "năm 2018", "đợt 7/11", "Nghị quyết Trung ương 6", "khóa XII", "3 đồng chí",
 "5 đồng chí", "6 đồng chí", "70 năm tuổi Đảng", "60 năm", "50 năm", "45 năm tuổi Đảng", "93 tuổi", "5 năm liền", "số 9"]))

PAGES.append(page("b7044-danang-lienchieu-huyhieu-2018", """
Báo Đà Nẵng
Chính trị > Xây dựng Đảng
Thứ Sáu, 02/02/2018, 07:00 (GMT+7)
Quận Liên Chiểu: 88 đảng viên nhận Huy hiệu Đảng
Sáng 1-2, Quận ủy Liên Chiểu tổ chức lễ trao Huy hiệu Đảng đợt 3-2-2018 cho 88 đảng viên, chào mừng 88 năm Ngày thành lập Đảng Cộng sản Việt Nam (3-2-1930 - 3-2-2018). Dự buổi lễ có Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tổ chức Thành ủy Đặng Văn Chiến; Bí thư Quận ủy Liên Chiểu Hồ Thị Kim Oanh.
Đợt này có 2 đảng viên được trao Huy hiệu 75 năm tuổi Đảng là các đồng chí Ngô Văn Thái và Huỳnh Thị Lựu; 4 đảng viên nhận Huy hiệu 70 năm; 9 đảng viên nhận Huy hiệu 60 năm; 24 đảng viên nhận Huy hiệu 50 năm; 49 đảng viên nhận Huy hiệu 40, 30 năm tuổi Đảng.
Các đồng chí lãnh đạo thành phố và quận trao Huy hiệu 75 năm tuổi Đảng cho đảng viên lão thành.
Cụ Ngô Văn Thái năm nay 95 tuổi, vào Đảng tháng 8-1943, từng tham gia giành chính quyền ở Hòa Khánh trong Cách mạng Tháng Tám. Cụ bà Huỳnh Thị Lựu, 92 tuổi, từng là giao liên của Quận ủy Hòa Vang thời chống Pháp. Hai cụ hiện sinh hoạt tại Chi bộ tổ dân phố 41, phường Hòa Khánh Bắc.
Phát biểu chúc mừng, Trưởng Ban Tổ chức Thành ủy Đặng Văn Chiến nhắc lại, 88 đảng viên nhận Huy hiệu hôm nay đúng bằng số năm tuổi của Đảng, đó là sự trùng hợp có ý nghĩa. Đồng chí mong các đảng viên lão thành tiếp tục nêu gương, tham gia tích cực cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và chương trình "Thành phố 4 an" của Đà Nẵng.
Bí thư Quận ủy Hồ Thị Kim Oanh cho biết, Đảng bộ quận hiện có 43 tổ chức cơ sở đảng, 5.912 đảng viên. Năm 2017, Quận ủy đã trao Huy hiệu Đảng cho 310 đảng viên, tăng khoảng 15% so với năm 2016. Quận ủy đã ban hành Quy định số 06-QĐ/QU về chế độ thăm hỏi, tặng quà đảng viên nhận Huy hiệu; theo đó mỗi đảng viên nhận Huy hiệu 50 năm tuổi Đảng trở lên được tặng 500.000 đồng, đảng viên nhận Huy hiệu 70, 75 năm được tặng 1.000.000 đồng.
Dịp Tết Mậu Tuất, Quận ủy cũng dành 120 triệu đồng thăm, tặng quà 240 đảng viên cao tuổi, đảng viên có hoàn cảnh khó khăn trên địa bàn 7 phường.
Đại diện các đảng viên, ông Trần Quang Vinh, nguyên Chủ tịch UBND phường Hòa Minh, nhận Huy hiệu 50 năm tuổi Đảng, bày tỏ: "Sống ở khu dân cư, đảng viên phải đi trước trong từng việc nhỏ, từ giữ vệ sinh đường phố đến hòa giải chuyện bà con". Ông hiện là Tổ trưởng tổ hòa giải tổ dân phố 12, phường Hòa Minh.
BẢO LÂM
Tin cùng chuyên mục
- Hải Châu trao Huy hiệu Đảng cho 120 đảng viên (31-01-2018)
- Thanh Khê: 56 đảng viên nhận Huy hiệu 50 năm tuổi Đảng (30-01-2018)
- Thành ủy tổng kết công tác tổ chức xây dựng Đảng năm 2017 (12-01-2018)
""", "2018-02-02", "Quận Liên Chiểu: 88 đảng viên nhận Huy hiệu Đảng",
E("khac", None, "2018-02-01"),
[P("Đặng Văn Chiến", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tổ chức Thành ủy"),
 P("Hồ Thị Kim Oanh", "Bí thư Quận ủy Liên Chiểu", "Bí thư Quận ủy"),
 P("Ngô Văn Thái"), P("Huỳnh Thị Lựu", "giao liên của Quận ủy Hòa Vang"),
 P("Trần Quang Vinh", "nguyên Chủ tịch UBND phường Hòa Minh", "Tổ trưởng tổ hòa giải tổ dân phố 12")],
[Q("88 đảng viên", 88, "đảng viên"), Q("2 đảng viên", 2, "đảng viên"), Q("4 đảng viên", 4, "đảng viên"),
 Q("9 đảng viên", 9, "đảng viên"), Q("24 đảng viên", 24, "đảng viên"), Q("49 đảng viên", 49, "đảng viên"),
 Q("43 tổ chức cơ sở đảng", 43, "tổ chức cơ sở đảng"), Q("5.912 đảng viên", 5912, "đảng viên"),
 Q("310 đảng viên", 310, "đảng viên"), Q("khoảng 15%", 15, "%", "approx"), Q("500.000 đồng", 500000, "đồng"),
 Q("1.000.000 đồng", 1000000, "đồng"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("240 đảng viên cao tuổi", 240, "đảng viên cao tuổi"), Q("7 phường", 7, "phường")],
[D("Quy định", "06", "QĐ/QU", None, "Quận ủy", "Quy định số 06-QĐ/QU")],
[prov("Đà Nẵng"), com("Hòa Khánh Bắc"), com("Hòa Minh")],
["Báo Đà Nẵng", "Chính trị > Xây dựng Đảng", "Các đồng chí lãnh đạo thành phố và quận trao Huy hiệu 75 năm tuổi Đảng cho đảng viên lão thành.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Thành phố 4 an", "Cách mạng Tháng Tám"],
["Thứ Sáu, 02/02/2018, 07:00 (GMT+7)", "Sáng 1-2", "đợt 3-2-2018", "88 năm", "3-2-1930 - 3-2-2018", "75 năm tuổi Đảng", "70 năm",
 "60 năm", "50 năm", "40, 30 năm tuổi Đảng", "95 tuổi", "tháng 8-1943", "92 tuổi", "tổ dân phố 41", "Năm 2017", "năm 2016",
 "50 năm tuổi Đảng trở lên", "70, 75 năm", "4 an", "tổ dân phố 12"]))

PAGES.append(page("b7045-gialai-chupah-huyhieu-2019", """
BÁO GIA LAI ĐIỆN TỬ
Trang chủ › Chính trị › Xây dựng Đảng
Thứ Ba, 03/09/2019 - 09:12
Chư Păh: Trao Huy hiệu Đảng cho 41 đảng viên, nhiều người là đồng bào Jrai
(GLO)- Ngày 30-8, Huyện ủy Chư Păh tổ chức lễ trao Huy hiệu Đảng đợt 2-9 cho 41 đảng viên, chào mừng kỷ niệm 74 năm Cách mạng tháng Tám thành công và Quốc khánh 2-9, 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh.
Tới dự có ông Rơ Mah Tuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; lãnh đạo Huyện ủy, UBND huyện Chư Păh và thân nhân các đảng viên.
Ông Rơ Mah Tuân trao Huy hiệu 50 năm tuổi Đảng cho các đảng viên. Ảnh: Đinh Yến
Đợt này có 6 đảng viên nhận Huy hiệu 50 năm tuổi Đảng; 15 đảng viên nhận Huy hiệu 40 năm và 20 đảng viên nhận Huy hiệu 30 năm tuổi Đảng. Trong số 41 đảng viên có 17 người là đồng bào dân tộc thiểu số, chủ yếu là người Jrai ở các xã Ia Ka, Ia Mơ Nông, Ia Nhin.
Ông Ksor Nheo (làng Tơ Vơ, xã Ia Ka), nhận Huy hiệu 50 năm tuổi Đảng, từng là du kích, rồi Bí thư Chi bộ làng nhiều nhiệm kỳ. Dù đã 76 tuổi, ông vẫn là già làng, người có uy tín của làng Tơ Vơ, thường xuyên vận động bà con không nghe theo kẻ xấu tuyên truyền "Tin lành Đê Ga", không bán đất, giữ rừng. "Mình già rồi nhưng còn nói được thì còn đi vận động", ông nói.
Phát biểu tại buổi lễ, ông Rơ Mah Tuân cho rằng, các đảng viên nhận Huy hiệu lần này đều là những người đã gắn bó với buôn làng qua nhiều giai đoạn cách mạng, nhiều người là chỗ dựa cho cấp ủy ở cơ sở. Ông đề nghị Huyện ủy tiếp tục chăm lo đảng viên cao tuổi, phát huy vai trò đảng viên là người có uy tín trong thực hiện Chỉ thị số 03-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động quần chúng vùng đồng bào dân tộc thiểu số.
Bà Siu H'Mai, Phó Bí thư Thường trực Huyện ủy Chư Păh cho biết: Đảng bộ huyện có 27 tổ chức cơ sở đảng, 2.634 đảng viên, trong đó đảng viên là người dân tộc thiểu số gần 35%. Đến nay 100% làng đồng bào dân tộc thiểu số có chi bộ và có đảng viên. Thực hiện Nghị quyết số 23-NQ/HU về phát triển đảng viên vùng đồng bào dân tộc thiểu số, 8 tháng đầu năm 2019 huyện kết nạp 96 đảng viên mới, trong đó 44 đảng viên là người Jrai, Bahnar.
Dịp này, Huyện ủy tặng mỗi đảng viên nhận Huy hiệu một phần quà trị giá 300.000 đồng; các đảng viên ở xa được bố trí xe đưa đón. Dịp 2-9 năm nay, toàn tỉnh Gia Lai có hơn 500 đảng viên được trao Huy hiệu Đảng.
Đinh Yến
Lượt xem: 1.284
Tin liên quan
- Ia Grai: 37 đảng viên nhận Huy hiệu Đảng (31-08-2019)
- Đak Đoa tổng kết 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh (27-08-2019)
- Chư Sê trao Huy hiệu 40 năm tuổi Đảng (20-08-2019)
""", "2019-09-03", "Chư Păh: Trao Huy hiệu Đảng cho 41 đảng viên, nhiều người là đồng bào Jrai",
E("khac", None, "2019-08-30"),
[P("Rơ Mah Tuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Nheo", "già làng", "người có uy tín của làng Tơ Vơ"),
 P("Siu H'Mai", "Phó Bí thư Thường trực Huyện ủy Chư Păh")],
[Q("41 đảng viên", 41, "đảng viên"), Q("6 đảng viên", 6, "đảng viên"), Q("15 đảng viên", 15, "đảng viên"),
 Q("20 đảng viên", 20, "đảng viên"), Q("17 người", 17, "người"), Q("27 tổ chức cơ sở đảng", 27, "tổ chức cơ sở đảng"),
 Q("2.634 đảng viên", 2634, "đảng viên"), Q("gần 35%", 35, "%", "approx"), Q("100%", 100, "%"),
 Q("96 đảng viên mới", 96, "đảng viên mới"), Q("44 đảng viên", 44, "đảng viên"), Q("300.000 đồng", 300000, "đồng"), Q("hơn 500 đảng viên", 500, "đảng viên", "over")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU"),
 D("Nghị quyết", "23", "NQ/HU", None, None, "Nghị quyết số 23-NQ/HU")],
[prov("Gia Lai"), com("Ia Ka"), com("Ia Mơ Nông"), com("Ia Nhin")],
["BÁO GIA LAI ĐIỆN TỬ", "Trang chủ › Chính trị › Xây dựng Đảng", "(GLO)", "Ông Rơ Mah Tuân trao Huy hiệu 50 năm tuổi Đảng cho các đảng viên. Ảnh: Đinh Yến",
 "Tin lành Đê Ga", "Lượt xem: 1.284", "Mình già rồi nhưng còn nói được thì còn đi vận động"],
["Thứ Ba, 03/09/2019 - 09:12", "Ngày 30-8", "đợt 2-9", "74 năm", "2-9", "50 năm", "50 năm tuổi Đảng", "40 năm", "30 năm tuổi Đảng",
 "76 tuổi", "8 tháng đầu năm 2019", "một phần quà", "Lượt xem: 1.284"]))

PAGES.append(page("b7046-haiphong-thuynguyen-huyhieu-2020", """
BÁO HẢI PHÒNG
Chính trị | Xây dựng Đảng
Cập nhật lúc 16:40 ngày 06/11/2020
Thủy Nguyên trao Huy hiệu Đảng cho 152 đảng viên
Ngày 5/11/2020, Huyện ủy Thủy Nguyên tổ chức trao Huy hiệu Đảng đợt 7/11/2020 cho 152 đảng viên. Để bảo đảm phòng, chống dịch Covid-19, buổi lễ được tổ chức gọn nhẹ tại Trung tâm Chính trị huyện với số lượng đại biểu hạn chế; 46 đảng viên tuổi cao, sức yếu được các đảng ủy xã, thị trấn trao tại nhà.
Toàn cảnh buổi lễ trao Huy hiệu Đảng.
Dự và trao Huy hiệu có các đồng chí: Phạm Văn Mạnh, Ủy viên Ban Thường vụ Thành ủy, Bí thư Huyện ủy Thủy Nguyên; Đào Xuân Lương, Phó Bí thư Thường trực Huyện ủy; Nguyễn Thị Hằng, Trưởng Ban Tổ chức Huyện ủy.
Trong 152 đảng viên nhận Huy hiệu Đảng đợt này có 11 đồng chí nhận Huy hiệu 70 năm tuổi Đảng; 14 đồng chí nhận Huy hiệu 65 năm; 29 đồng chí nhận Huy hiệu 55 năm; 42 đồng chí nhận Huy hiệu 45 năm và 56 đồng chí nhận Huy hiệu 30 năm tuổi Đảng.
Tính từ đầu năm 2020 đến nay, Huyện ủy Thủy Nguyên đã trao Huy hiệu Đảng cho 607 đảng viên. Hiện Đảng bộ huyện có 58 tổ chức cơ sở đảng, 407 chi bộ trực thuộc với hơn 15.700 đảng viên; trong đó gần 4.100 đảng viên được miễn công tác và sinh hoạt đảng.
Thay mặt Ban Thường vụ Huyện ủy, đồng chí Phạm Văn Mạnh chúc mừng các đảng viên, đặc biệt là những đồng chí được nhận Huy hiệu 70 năm tuổi Đảng - những người đã đi qua hai cuộc kháng chiến. Đồng chí cho biết, năm 2020 là năm Đảng bộ huyện thành công tốt đẹp Đại hội đại biểu Đảng bộ huyện lần thứ XXVI, nhiệm kỳ 2020 - 2025; nhiều ý kiến đóng góp cho văn kiện Đại hội đến từ các đảng viên lão thành. Đồng chí đề nghị các chi bộ tiếp tục thực hiện nghiêm Hướng dẫn số 12-HD/BTCTU ngày 18/3/2020 của Ban Tổ chức Thành ủy về quy trình xét đề nghị tặng Huy hiệu Đảng, không để đảng viên nhận Huy hiệu chậm so với thời điểm đủ tuổi Đảng.
Đại diện các đảng viên, đồng chí Lê Văn Cường, đảng viên Chi bộ thôn 3, xã Lập Lễ, nhận Huy hiệu 70 năm tuổi Đảng, cho biết ông vào Đảng năm 1950 khi đang là du kích xã; ông hứa cùng chi bộ vận động bà con giữ gìn trật tự, không để dịch bệnh lây lan. Các xã Lập Lễ, Thủy Triều, Ngũ Lão và thị trấn Núi Đèo là những địa phương có nhiều đảng viên nhận Huy hiệu nhất.
Theo Ban Tổ chức Thành ủy, dịp 7/11 năm nay toàn thành phố Hải Phòng có khoảng 1.300 đảng viên được trao Huy hiệu Đảng; các địa phương đều chủ động hình thức tổ chức phù hợp với tình hình dịch bệnh.
Cũng dịp này, Huyện ủy tặng 152 phần quà cho các đảng viên, mỗi phần trị giá 400.000 đồng.
Minh Phương
Tin khác
- Kiến Thụy trao Huy hiệu Đảng đợt 7/11 cho 68 đảng viên (05/11/2020)
- Quận ủy Lê Chân trao Huy hiệu Đảng cho 74 đảng viên (04/11/2020)
- Thủy Nguyên: Học tập, quán triệt Nghị quyết Đại hội Đảng bộ thành phố (28/10/2020)
""", "2020-11-06", "Thủy Nguyên trao Huy hiệu Đảng cho 152 đảng viên",
E("khac", None, "2020-11-05"),
[P("Phạm Văn Mạnh", "Ủy viên Ban Thường vụ Thành ủy", "Bí thư Huyện ủy Thủy Nguyên"),
 P("Đào Xuân Lương", "Phó Bí thư Thường trực Huyện ủy"),
 P("Nguyễn Thị Hằng", "Trưởng Ban Tổ chức Huyện ủy"),
 P("Lê Văn Cường", "đảng viên Chi bộ thôn 3")],
[Q("152 đảng viên", 152, "đảng viên"), Q("46 đảng viên tuổi cao, sức yếu", 46, "đảng viên tuổi cao, sức yếu"),
 Q("11 đồng chí", 11, "đồng chí"), Q("14 đồng chí", 14, "đồng chí"), Q("29 đồng chí", 29, "đồng chí"),
 Q("42 đồng chí", 42, "đồng chí"), Q("56 đồng chí", 56, "đồng chí"), Q("607 đảng viên", 607, "đảng viên"),
 Q("58 tổ chức cơ sở đảng", 58, "tổ chức cơ sở đảng"), Q("407 chi bộ", 407, "chi bộ"),
 Q("hơn 15.700 đảng viên", 15700, "đảng viên", "over"), Q("gần 4.100 đảng viên", 4100, "đảng viên", "approx"),
 Q("khoảng 1.300 đảng viên", 1300, "đảng viên", "approx"), Q("152 phần quà", 152, "phần quà"), Q("400.000 đồng", 400000, "đồng")],
[D("Hướng dẫn", "12", "HD/BTCTU", "2020-03-18", "Ban Tổ chức Thành ủy", "Hướng dẫn số 12-HD/BTCTU ngày 18/3/2020")],
[prov("Hải Phòng"), com("Lập Lễ"), com("Thủy Triều"), com("Ngũ Lão"), com("Núi Đèo")],
["BÁO HẢI PHÒNG", "Chính trị | Xây dựng Đảng", "Toàn cảnh buổi lễ trao Huy hiệu Đảng.", "Trung tâm Chính trị huyện"],
["Cập nhật lúc 16:40 ngày 06/11/2020", "đợt 7/11/2020", "Covid-19", "11 đồng chí", "14 đồng chí", "29 đồng chí", "42 đồng chí",
 "56 đồng chí", "70 năm tuổi Đảng", "65 năm", "55 năm", "45 năm", "30 năm tuổi Đảng", "năm 2020", "lần thứ XXVI",
 "nhiệm kỳ 2020 - 2025", "năm 1950", "thôn 3"]))

PAGES.append(page("b7047-binhduong-thuanan-huyhieu-2021", """
Báo Bình Dương Online
Trang chủ >> Chính trị >> Xây dựng Đảng
08/11/2021 - 14:30
Ảnh: Lãnh đạo Thành ủy Thuận An trao Huy hiệu Đảng tại nhà đảng viên.
TP.Thuận An: Trao Huy hiệu Đảng cho đảng viên sau thời gian giãn cách
(BDO) Ngày 6-11, Thành ủy Thuận An tổ chức trao Huy hiệu Đảng đợt 3-2, 19-5, 2-9 và 7-11-2021 cho 263 đảng viên. Do ảnh hưởng của dịch Covid-19, các đợt trao Huy hiệu trước đó phải tạm hoãn; đến nay, khi thành phố đã kiểm soát được dịch, việc trao Huy hiệu được tổ chức tại 10 điểm phường với quy mô không quá 30 người mỗi điểm.
Tại điểm phường Lái Thiêu, đồng chí Nguyễn Thanh Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Thuận An đã trao Huy hiệu 60 năm tuổi Đảng cho đồng chí Võ Thị Ngọc, nguyên Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Sông Bé; trao Huy hiệu 50 năm tuổi Đảng cho các đồng chí Huỳnh Văn Nghĩa, Trần Văn Ba - nguyên cán bộ Tỉnh đội Thủ Dầu Một.
Trong 263 đảng viên nhận Huy hiệu năm 2021 có 9 đảng viên nhận Huy hiệu 65 năm, 60 năm tuổi Đảng; 38 đảng viên nhận Huy hiệu 55, 50 năm; 71 đảng viên nhận Huy hiệu 45, 40 năm và 145 đảng viên nhận Huy hiệu 30 năm tuổi Đảng. Đặc biệt, có 4 đảng viên nhận Huy hiệu khi đang điều trị Covid-19 tại nhà nên được chi bộ gửi Huy hiệu kèm thư chúc mừng.
Đồng chí Nguyễn Thanh Tâm bày tỏ cảm ơn các đảng viên lão thành đã động viên con cháu tham gia tổ Covid cộng đồng, ủng hộ tiền, lương thực cho người dân khó khăn trong đợt giãn cách. Theo thống kê của Ủy ban MTTQ Việt Nam thành phố, từ tháng 6 đến tháng 10, các chi bộ khu phố đã vận động trên 4,2 tỷ đồng và hơn 180 tấn gạo, nhu yếu phẩm hỗ trợ khoảng 36.000 lượt hộ dân.
Bà Lê Thị Thu Hồng, Phó Bí thư Thường trực Thành ủy cho biết, Thành ủy đã thực hiện Công văn số 1045-CV/TU ngày 22/9/2021 của Ban Thường vụ Tỉnh ủy Bình Dương về việc tổ chức trao Huy hiệu Đảng trong điều kiện phòng, chống dịch; yêu cầu 100% đảng viên tham dự buổi lễ phải tiêm đủ 2 mũi vắc xin hoặc có xét nghiệm âm tính.
"Chờ mấy tháng mới được nhận Huy hiệu, tôi càng thấy quý", bà Võ Thị Ngọc nói. Bà năm nay 82 tuổi, vẫn sinh hoạt đều đặn tại Chi bộ khu phố Đông Tư, phường Lái Thiêu và là thành viên Ban Thanh tra nhân dân phường. Tại phường Bình Hòa và phường An Phú, lễ trao Huy hiệu cũng được tổ chức cùng ngày.
Trong những năm qua, Thành ủy Thuận An luôn quan tâm công tác xét tặng Huy hiệu Đảng; hồ sơ đề nghị được lập từ chi bộ, đảng ủy phường tổng hợp và gửi Ban Tổ chức Thành ủy thẩm định trước 45 ngày so với đợt trao.
Hải Dương
Tin cùng chuyên mục
- Dĩ An trao Huy hiệu Đảng cho 195 đảng viên (05-11-2021)
- Tân Uyên: Hội nghị sơ kết 9 tháng công tác xây dựng Đảng (20-10-2021)
- Bến Cát tặng quà đảng viên cao tuổi bị ảnh hưởng dịch (15-10-2021)
""", "2021-11-08", "TP.Thuận An: Trao Huy hiệu Đảng cho đảng viên sau thời gian giãn cách",
E("khac", None, "2021-11-06"),
[P("Nguyễn Thanh Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Thành ủy Thuận An"),
 P("Võ Thị Ngọc", "nguyên Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Sông Bé", "thành viên Ban Thanh tra nhân dân phường"),
 P("Huỳnh Văn Nghĩa", "nguyên cán bộ Tỉnh đội Thủ Dầu Một"), P("Trần Văn Ba", "nguyên cán bộ Tỉnh đội Thủ Dầu Một"),
 P("Lê Thị Thu Hồng", "Phó Bí thư Thường trực Thành ủy")],
[Q("263 đảng viên", 263, "đảng viên"), Q("10 điểm phường", 10, "điểm phường"), Q("không quá 30 người", 30, "người"),
 Q("9 đảng viên", 9, "đảng viên"), Q("38 đảng viên", 38, "đảng viên"), Q("71 đảng viên", 71, "đảng viên"),
 Q("145 đảng viên", 145, "đảng viên"), Q("4 đảng viên", 4, "đảng viên"), Q("trên 4,2 tỷ đồng", 4200000000, "đồng", "over"),
 Q("hơn 180 tấn", 180, "tấn", "over"), Q("khoảng 36.000 lượt hộ dân", 36000, "lượt hộ dân", "approx"), Q("100%", 100, "%"),
 Q("2 mũi vắc xin", 2, "mũi vắc xin")],
[D("Công văn", "1045", "CV/TU", "2021-09-22", "Ban Thường vụ Tỉnh ủy Bình Dương", "Công văn số 1045-CV/TU ngày 22/9/2021")],
[prov("Bình Dương"), com("Lái Thiêu"), com("Bình Hòa"), com("An Phú")],
["Báo Bình Dương Online", "Trang chủ >> Chính trị >> Xây dựng Đảng", "Ảnh: Lãnh đạo Thành ủy Thuận An trao Huy hiệu Đảng tại nhà đảng viên.",
 "(BDO)", "Chờ mấy tháng mới được nhận Huy hiệu, tôi càng thấy quý", "tổ Covid cộng đồng"],
["08/11/2021 - 14:30", "Ngày 6-11", "đợt 3-2, 19-5, 2-9 và 7-11-2021", "Covid-19", "60 năm tuổi Đảng", "50 năm tuổi Đảng",
 "năm 2021", "65 năm, 60 năm tuổi Đảng", "55, 50 năm", "45, 40 năm", "30 năm tuổi Đảng", "từ tháng 6 đến tháng 10", "82 tuổi", "45 ngày"]))

PAGES.append(page("b7048-quangtri-giolinh-huyhieu-2022", """
Báo Quảng Trị
Chính trị - Xây dựng Đảng
19/05/2022 | 10:05
Gio Linh trao Huy hiệu Đảng đợt 19/5 cho 54 đảng viên
QTO - Sáng 18/5/2022, Huyện ủy Gio Linh tổ chức lễ trao Huy hiệu Đảng đợt 19/5 cho 54 đảng viên nhân dịp kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh. Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hồ Đại Phong dự và trao Huy hiệu.
Đợt này, Huyện ủy trao Huy hiệu 75 năm tuổi Đảng cho 2 đảng viên, Huy hiệu 70 năm cho 3 đảng viên, Huy hiệu 60 năm cho 5 đảng viên, Huy hiệu 50 năm cho 12 đảng viên, Huy hiệu 45 năm cho 8 đảng viên, Huy hiệu 40 năm cho 11 đảng viên và Huy hiệu 30 năm tuổi Đảng cho 13 đảng viên.
Lãnh đạo tỉnh và huyện trao Huy hiệu Đảng cho các đảng viên - Ảnh: T.P
Hai đảng viên nhận Huy hiệu 75 năm tuổi Đảng là cụ Nguyễn Văn Vực (97 tuổi, xã Gio Mỹ) và cụ Lê Thị Xuân (95 tuổi, thị trấn Cửa Việt). Cụ Vực từng là đội viên du kích Vĩnh Linh, tham gia tiếp tế cho chiến trường Cồn Tiên, Dốc Miếu; cụ Xuân là cán bộ phụ nữ bám trụ vùng giới tuyến suốt những năm chiến tranh. Vì tuổi cao, hai cụ được lãnh đạo huyện trao Huy hiệu tại nhà ngay sau buổi lễ.
Phát biểu chúc mừng, đồng chí Hồ Đại Phong khẳng định Huy hiệu Đảng là phần thưởng cao quý ghi nhận sự cống hiến, rèn luyện của mỗi đảng viên. Đồng chí đề nghị các đảng viên lão thành tiếp tục phát huy vai trò trong thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; tham gia phản biện, góp ý xây dựng Đảng, chính quyền, nhất là trong phòng, chống suy thoái về tư tưởng chính trị, đạo đức, lối sống theo tinh thần Nghị quyết Trung ương 4 khóa XII.
Đồng chí Trần Thị Mỹ Hạnh, Phó Bí thư Thường trực Huyện ủy Gio Linh cho biết, từ năm 2016 đến nay, Huyện ủy đã trao tổng cộng 1.147 Huy hiệu Đảng; năm 2022 dự kiến trao cho khoảng 190 đảng viên. Đảng bộ huyện hiện có 38 tổ chức cơ sở đảng, 4.283 đảng viên, là một trong những đảng bộ có nhiều đảng viên lão thành của tỉnh Quảng Trị.
Thực hiện Nghị quyết số 02-NQ/HU của Ban Chấp hành Đảng bộ huyện khóa XVIII, các chi bộ thôn, khu phố đã mời đảng viên lão thành tham gia sinh hoạt chuyên đề kể chuyện truyền thống cho đoàn viên, thanh niên; năm qua có 27 buổi sinh hoạt với gần 1.500 lượt đoàn viên tham gia.
Đại diện các đảng viên, ông Phan Văn Lâm, nguyên Bí thư Đảng ủy xã Gio Mỹ, nhận Huy hiệu 50 năm tuổi Đảng, bày tỏ: "Tuổi Đảng càng cao thì trách nhiệm càng lớn, càng phải gương mẫu với con cháu, với bà con làng xóm".
Thanh Phương
Tin liên quan
- Triệu Phong: 36 đảng viên nhận Huy hiệu Đảng (17/05/2022)
- Quảng Trị: Hơn 600 đảng viên nhận Huy hiệu Đảng dịp 3/2 (05/02/2022)
- Vĩnh Linh học tập chuyên đề năm 2022 (10/05/2022)
""", "2022-05-19", "Gio Linh trao Huy hiệu Đảng đợt 19/5 cho 54 đảng viên",
E("khac", None, "2022-05-18"),
[P("Hồ Đại Phong", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Nguyễn Văn Vực", "đội viên du kích Vĩnh Linh"), P("Lê Thị Xuân", "cán bộ phụ nữ"),
 P("Trần Thị Mỹ Hạnh", "Phó Bí thư Thường trực Huyện ủy Gio Linh"),
 P("Phan Văn Lâm", "nguyên Bí thư Đảng ủy xã Gio Mỹ")],
[Q("54 đảng viên", 54, "đảng viên"), Q("2 đảng viên", 2, "đảng viên"), Q("3 đảng viên", 3, "đảng viên"),
 Q("5 đảng viên", 5, "đảng viên"), Q("12 đảng viên", 12, "đảng viên"), Q("8 đảng viên", 8, "đảng viên"),
 Q("11 đảng viên", 11, "đảng viên"), Q("13 đảng viên", 13, "đảng viên"), Q("1.147 Huy hiệu Đảng", 1147, "Huy hiệu Đảng"),
 Q("khoảng 190 đảng viên", 190, "đảng viên", "approx"), Q("38 tổ chức cơ sở đảng", 38, "tổ chức cơ sở đảng"),
 Q("4.283 đảng viên", 4283, "đảng viên"), Q("27 buổi sinh hoạt", 27, "buổi sinh hoạt"),
 Q("gần 1.500 lượt đoàn viên", 1500, "lượt đoàn viên", "approx")],
[D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Nghị quyết", "02", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện khóa XVIII", "Nghị quyết số 02-NQ/HU")],
[prov("Quảng Trị"), com("Gio Mỹ"), com("Cửa Việt")],
["Báo Quảng Trị", "Chính trị - Xây dựng Đảng", "QTO", "Lãnh đạo tỉnh và huyện trao Huy hiệu Đảng cho các đảng viên - Ảnh: T.P",
 "Nghị quyết Trung ương 4 khóa XII", "Cồn Tiên, Dốc Miếu"],
["19/05/2022 | 10:05", "đợt 19/5", "132 năm", "75 năm tuổi Đảng", "70 năm", "60 năm", "50 năm", "45 năm", "40 năm",
 "30 năm tuổi Đảng", "97 tuổi", "95 tuổi", "khóa XII", "từ năm 2016", "năm 2022", "khóa XVIII", "50 năm tuổi Đảng"]))
