from lib import *
PAGES = []

PAGES.append(page("b6449-kontum-bdv-xedap-2021", """
Báo Kon Tum điện tử
Trang chủ › Xã hội › Giáo dục
2021-09-16 10:30
Trao 120 xe đạp cho học sinh nghèo Tu Mơ Rông
Các em học sinh nhận xe đạp tại buổi lễ.
Ngày 15/9, Ban Dân vận Tỉnh ủy Kon Tum phối hợp với Tỉnh đoàn và Ngân hàng Chính sách xã hội chi nhánh tỉnh tổ chức trao 120 xe đạp và 200 suất học bổng cho học sinh người Xơ Đăng có hoàn cảnh khó khăn tại huyện Tu Mơ Rông. Do diễn biến dịch COVID-19, buổi trao quà được chia thành 3 điểm tại xã Đăk Na, xã Măng Ri và xã Tu Mơ Rông, mỗi điểm không quá 30 người.
Tham dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: A Thuyên, Nguyễn Thị Mỹ Hà; ông A Đức, HUV, Phó Chủ tịch UBND huyện Tu Mơ Rông.
Mỗi chiếc xe đạp trị giá 1,7 triệu đồng, mỗi suất học bổng 800.000 đồng; tổng giá trị khoảng 364 triệu đồng. Kinh phí do cán bộ, công chức khối dân vận tỉnh đóng góp 1 ngày lương cùng sự tài trợ của 11 doanh nghiệp trên địa bàn.
Theo đồng chí A Thuyên, Kế hoạch số 37-KH/BDVTU của Ban Dân vận Tỉnh ủy xác định vận động học sinh đồng bào dân tộc thiểu số ra lớp là nhiệm vụ trọng tâm năm học 2021 - 2022. Cùng với các chính sách miễn, giảm học phí theo Nghị định số 81/2021/NĐ-CP ngày 27/8/2021 của Chính phủ, sự hỗ trợ của cộng đồng giúp các em yên tâm đến trường. Năm học trước, toàn huyện còn 87 học sinh bỏ học; đến nay đã vận động được 64 em trở lại lớp.
Ông A Đức cho biết Tu Mơ Rông có 11 xã thì 10 xã đặc biệt khó khăn, hơn 96% học sinh là người Xơ Đăng. Nhiều em ở các thôn vùng sâu phải vượt 7 - 10 km đường đồi dốc; mùa mưa đường trơn trượt, suối dâng nước.
Bà Y Nhung, Bí thư Chi bộ kiêm Trưởng thôn Đăk Prế, xã Đăk Na, cho biết cán bộ thôn sẽ cùng giáo viên đến từng nhà nhắc phụ huynh cho con đi học đều. Em Y Hằng, học sinh lớp 9 Trường PTDT bán trú THCS Măng Ri, nói nhà em cách trường gần 8 km, trước đây phải ở lại trường cả tuần vì không có xe.
Tại buổi lễ, Tỉnh đoàn trao thêm 500 cuốn vở và 100 bộ đồng phục cho học sinh Trường PTDT bán trú THCS Măng Ri. Anh Nguyễn Quang Tú, Phó Bí thư Tỉnh đoàn, cho biết trong năm học tới, các cơ sở Đoàn sẽ triển khai mô hình "Cõng bạn đến trường", giúp học sinh ở xa có bạn đồng hành.
Theo ngành giáo dục địa phương, những năm gần đây cơ sở vật chất trường lớp ở Tu Mơ Rông đã được đầu tư khang trang hơn, nhưng khoảng cách địa lý và điều kiện kinh tế của gia đình vẫn là trở ngại lớn nhất đối với việc học của các em. Vì vậy, những món quà thiết thực như xe đạp, áo ấm, đồ dùng học tập có ý nghĩa rất lớn trong việc duy trì sĩ số.
Huyền Trang
Tin khác
- Đăk Hà: tặng 50 suất quà cho học sinh dân tộc thiểu số (10/09/2021)
- Khối dân vận tỉnh ủng hộ phòng, chống dịch (02/09/2021)
- Hội nghị người có uy tín năm 2021 (20/08/2021)
""", "2021-09-16", "Trao 120 xe đạp cho học sinh nghèo Tu Mơ Rông",
E("trao_qua", None, "2021-09-15"),
[P("A Thuyên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Mỹ Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Đức", "HUV", "Phó Chủ tịch UBND huyện Tu Mơ Rông"),
 P("Y Nhung", "Bí thư Chi bộ kiêm Trưởng thôn Đăk Prế"),
 P("Y Hằng", "học sinh lớp 9 Trường PTDT bán trú THCS Măng Ri"),
 P("Nguyễn Quang Tú", "Phó Bí thư Tỉnh đoàn")],
[Q("120 xe đạp", 120, "xe đạp"), Q("200 suất học bổng", 200, "suất học bổng"), Q("3 điểm", 3, "điểm"),
 Q("không quá 30 người", 30, "người"), Q("1,7 triệu đồng", 1700000, "đồng"), Q("800.000 đồng", 800000, "đồng"),
 Q("khoảng 364 triệu đồng", 364000000, "đồng", "approx"), Q("11 doanh nghiệp", 11, "doanh nghiệp"),
 Q("87 học sinh", 87, "học sinh"), Q("64 em", 64, "em"), Q("11 xã", 11, "xã"), Q("10 xã đặc biệt khó khăn", 10, "xã đặc biệt khó khăn"),
 Q("hơn 96%", 96, "%", "over"), Q("7 - 10 km", 7, "km"), Q("10 km", 10, "km"), Q("gần 8 km", 8, "km", "approx"),
 Q("500 cuốn vở", 500, "cuốn vở"), Q("100 bộ đồng phục", 100, "bộ đồng phục")],
[D("Kế hoạch", "37", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 37-KH/BDVTU"),
 D("Nghị định", "81", "2021/NĐ-CP", "2021-08-27", "Chính phủ", "Nghị định số 81/2021/NĐ-CP ngày 27/8/2021")],
[prov("Kon Tum"), com("Đăk Na"), com("Măng Ri"), com("Tu Mơ Rông")],
["Báo Kon Tum điện tử", "Trang chủ › Xã hội › Giáo dục", "Các em học sinh nhận xe đạp tại buổi lễ.", "Cõng bạn đến trường",
 "Ngân hàng Chính sách xã hội chi nhánh tỉnh"],
["2021-09-16 10:30", "1 ngày lương", "năm học 2021 - 2022", "lớp 9", "cả tuần"]))

PAGES.append(page("b6450-bacgiang-khuyenhoc-hoinghi-2021", """
BÁO BẮC GIANG ĐIỆN TỬ
Giáo dục | Khuyến học - Khuyến tài
Thứ Hai, 22/11/2021 - 15:45
Tuyên dương 180 học sinh nghèo vượt khó tiêu biểu
BGĐT - Ngày 20/11, Hội Khuyến học tỉnh Bắc Giang phối hợp với Sở Giáo dục và Đào tạo tổ chức Hội nghị tuyên dương học sinh nghèo vượt khó năm 2021. Hội nghị được tổ chức trực tiếp kết hợp trực tuyến tới 10 điểm cầu huyện, thành phố.
Dự hội nghị có đồng chí Lê Ánh Dương, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh; bà La Thị Thanh, Chủ tịch Hội Khuyến học tỉnh.
Đồng chí Lê Ánh Dương trao bằng khen cho học sinh.
Năm 2021, 180 học sinh nghèo vượt khó tiêu biểu được lựa chọn từ hơn 2.600 em được các trường đề xuất; trong đó có 74 em là người dân tộc Nùng, Tày, Sán Dìu, Sán Chí ở các huyện Sơn Động, Lục Ngạn, Lục Nam. Mỗi em được tặng giấy khen của Hội Khuyến học tỉnh và 2 triệu đồng; riêng 30 em đạt giải học sinh giỏi quốc gia, cấp tỉnh được thưởng thêm 1 triệu đồng. Tổng kinh phí trao thưởng 390 triệu đồng.
Báo cáo tại hội nghị cho biết, thực hiện Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án "Xây dựng xã hội học tập giai đoạn 2021 - 2030" và Kế hoạch số 125/KH-UBND ngày 12/4/2021 của UBND tỉnh, các cấp hội đã trao hơn 12.000 suất học bổng, 850 xe đạp; hỗ trợ máy tính bảng, điện thoại cho 1.320 học sinh khó khăn học trực tuyến trong thời gian giãn cách.
Đại diện học sinh được tuyên dương, em Lăng Thị Hoa, học sinh lớp 12 Trường THPT Sơn Động số 1, quê xã Tuấn Đạo, mồ côi cha từ nhỏ, kể về những năm đi bộ 6 km đến trường và ước mơ trở thành bác sĩ. Thầy Hoàng Văn Chiến, Hiệu trưởng Trường PTDT nội trú huyện Sơn Động, cho biết 98% học sinh của trường là con hộ nghèo, hộ cận nghèo.
Ông Lăng Văn Ba, Chủ tịch Hội Khuyến học xã An Lạc, chia sẻ kinh nghiệm thành lập quỹ khuyến học thôn với mức góp 20.000 đồng/hộ/năm; đến nay quỹ của xã đã có trên 150 triệu đồng.
Phát biểu tại hội nghị, đồng chí Lê Ánh Dương biểu dương sự nỗ lực của các em và ghi nhận vai trò của Hội Khuyến học các cấp. Đồng chí đề nghị ngành giáo dục, các đoàn thể tiếp tục quan tâm đến học sinh vùng đặc biệt khó khăn; không để học sinh nào bỏ học vì thiếu thiết bị học trực tuyến.
Kết thúc hội nghị, các đại biểu chụp ảnh lưu niệm với các em học sinh được tuyên dương. Nhiều phụ huynh từ các xã vùng cao về dự không giấu được niềm xúc động khi con em mình được vinh danh.
Ngọc Thúy
Bài viết liên quan
- Lục Ngạn trao 200 suất học bổng cho học sinh nghèo (15/11/2021)
- Trao máy tính bảng cho học sinh khó khăn (05/10/2021)
- Hội Khuyến học tỉnh giao ban quý III (28/09/2021)
""", "2021-11-22", "Tuyên dương 180 học sinh nghèo vượt khó tiêu biểu",
E("hoi_nghi", "2021", "2021-11-20"),
[P("Lê Ánh Dương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("La Thị Thanh", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Lăng Thị Hoa", "học sinh lớp 12 Trường THPT Sơn Động số 1"),
 P("Hoàng Văn Chiến", "Hiệu trưởng Trường PTDT nội trú huyện Sơn Động"),
 P("Lăng Văn Ba", "Chủ tịch Hội Khuyến học xã An Lạc")],
[Q("180 học sinh nghèo vượt khó tiêu biểu", 180, "học sinh nghèo vượt khó tiêu biểu"),
 Q("10 điểm cầu huyện, thành phố", 10, "điểm cầu huyện, thành phố"), Q("hơn 2.600 em", 2600, "em", "over"),
 Q("74 em", 74, "em"), Q("2 triệu đồng", 2000000, "đồng"), Q("30 em", 30, "em"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("390 triệu đồng", 390000000, "đồng"), Q("hơn 12.000 suất học bổng", 12000, "suất học bổng", "over"),
 Q("850 xe đạp", 850, "xe đạp"), Q("1.320 học sinh khó khăn", 1320, "học sinh khó khăn"), Q("6 km", 6, "km"),
 Q("98%", 98, "%"), Q("20.000 đồng/hộ/năm", 20000, "đồng"), Q("trên 150 triệu đồng", 150000000, "đồng", "over")],
[D("Quyết định", "1373", "QĐ-TTg", "2021-07-30", "Thủ tướng Chính phủ", "Quyết định số 1373/QĐ-TTg ngày 30/7/2021"),
 D("Kế hoạch", "125", "KH-UBND", "2021-04-12", "UBND tỉnh", "Kế hoạch số 125/KH-UBND ngày 12/4/2021")],
[prov("Bắc Giang"), com("Tuấn Đạo"), com("An Lạc")],
["BÁO BẮC GIANG ĐIỆN TỬ", "Giáo dục | Khuyến học - Khuyến tài", "BGĐT", "Đồng chí Lê Ánh Dương trao bằng khen cho học sinh.",
 "Xây dựng xã hội học tập giai đoạn 2021 - 2030"],
["Thứ Hai, 22/11/2021 - 15:45", "năm 2021", "Năm 2021", "lớp 12", "số 1"]))

PAGES.append(page("b6451-soctrang-bdv-hocbong-2022", """
Báo Sóc Trăng Online
Tin tức › Xã hội › Giáo dục
Học sinh dân tộc Khmer nhận học bổng. Ảnh: Kim Ngân
31 tháng 8, 2022 | 17:45
Trao học bổng "Vì em hiếu học" cho 300 học sinh Khmer
(STO) - Ngày 30/8, Ban Dân vận Tỉnh ủy Sóc Trăng phối hợp với Ban Dân tộc tỉnh và Trường Đại học Cần Thơ tổ chức trao 300 suất học bổng "Vì em hiếu học" cho học sinh, sinh viên dân tộc Khmer có hoàn cảnh khó khăn, học giỏi. Mỗi suất trị giá từ 1 đến 3 triệu đồng; tổng trị giá 520 triệu đồng.
Đến dự có đồng chí Lâm Thị Sa Phia, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; ông Thạch Chanh Đa, Phó Trưởng Ban Dân tộc tỉnh; Đại đức Thạch Sóc Khon, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.
Phát biểu tại buổi lễ, đồng chí Lâm Thị Sa Phia cho biết: thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, cùng Kết luận 15, 16-KL/TU của Ban Thường vụ Tỉnh ủy, công tác chăm lo giáo dục vùng đồng bào Khmer được các cấp quan tâm. Năm học 2021 - 2022, toàn tỉnh có 92 trường dạy tiếng Khmer, 31 chùa mở lớp dạy chữ Khmer hè với gần 9.800 học sinh theo học.
Trong số 300 suất học bổng, có 40 suất dành cho sinh viên đang theo học tại các trường đại học, cao đẳng, mỗi suất 3 triệu đồng; 260 suất còn lại dành cho học sinh ở các xã Viên Bình, Vĩnh Hải, Lịch Hội Thượng và thị trấn Trần Đề.
Đại đức Thạch Sóc Khon cho biết, các chùa Khmer trong tỉnh đã vận động phật tử đóng góp hơn 300 triệu đồng để hỗ trợ học sinh nghèo trong năm qua, đồng thời tặng 60 chiếc xe đạp cho các em ở xa trường.
Em Sơn Thị Sa Lel, sinh viên năm thứ hai ngành Sư phạm Trường Đại học Cần Thơ, người xã Vĩnh Hải, chia sẻ: "Nhà em có 6 người, cha mẹ làm thuê. Em sẽ cố gắng học để sau này về dạy các em nhỏ ở quê".
Ông Kim Sa Phươl, người có uy tín ấp Tà Điệp C1, xã Viên Bình, bày tỏ vui mừng khi con em đồng bào ngày càng được quan tâm; đồng thời đề nghị các ngành tiếp tục hỗ trợ học sinh nghèo học lên đại học.
Theo Ban Dân tộc tỉnh, tỷ lệ học sinh Khmer bỏ học ở cấp trung học cơ sở năm học 2021 - 2022 là 2,1%, giảm 0,8% so với năm học trước. Tuy vậy, số học sinh Khmer thi đỗ vào đại học vẫn còn thấp so với mặt bằng chung.
Trong thời gian tới, Ban Dân vận Tỉnh ủy sẽ phối hợp với các đơn vị mở rộng chương trình, kêu gọi thêm doanh nghiệp, nhà hảo tâm đồng hành để mỗi năm có thêm nhiều suất học bổng đến với học sinh, sinh viên đồng bào dân tộc.
Kim Ngân
Tin liên quan
- Trao 150 suất quà cho hộ Khmer nghèo (20/08/2022)
- Lễ Sene Đôlta năm 2022 (23/09/2022)
- Sóc Trăng họp mặt người có uy tín (10/08/2022)
""", "2022-08-31", "Trao học bổng \"Vì em hiếu học\" cho 300 học sinh Khmer",
E("trao_qua", None, "2022-08-30"),
[P("Lâm Thị Sa Phia", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Chanh Đa", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Thạch Sóc Khon", "Đại đức", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Sơn Thị Sa Lel", "sinh viên năm thứ hai ngành Sư phạm Trường Đại học Cần Thơ"),
 P("Kim Sa Phươl", "người có uy tín ấp Tà Điệp C1")],
[Q("300 suất học bổng", 300, "suất học bổng"), Q("từ 1 đến 3 triệu đồng", 1000000, "đồng"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("520 triệu đồng", 520000000, "đồng"), Q("92 trường dạy tiếng Khmer", 92, "trường dạy tiếng Khmer"),
 Q("31 chùa", 31, "chùa"), Q("gần 9.800 học sinh", 9800, "học sinh", "approx"), Q("40 suất", 40, "suất"),
 Q("260 suất", 260, "suất"), Q("hơn 300 triệu đồng", 300000000, "đồng", "over"), Q("60 chiếc xe đạp", 60, "chiếc xe đạp"),
 Q("2,1%", 2.1, "%"), Q("0,8%", 0.8, "%")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Kết luận", "16", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU")],
[prov("Sóc Trăng"), com("Viên Bình"), com("Vĩnh Hải"), com("Lịch Hội Thượng"), com("Trần Đề")],
["Báo Sóc Trăng Online", "Tin tức › Xã hội › Giáo dục", "Học sinh dân tộc Khmer nhận học bổng. Ảnh: Kim Ngân", "(STO)",
 "Vì em hiếu học", "Trường Đại học Cần Thơ"],
["31 tháng 8, 2022 | 17:45", "năm học 2021 - 2022", "năm thứ hai", "6 người"]))

PAGES.append(page("b6452-quangnam-chandung-xedap-2022", """
QUẢNG NAM ONLINE - Báo Quảng Nam
Xã hội › Người tốt việc tốt
12/10/2022 06:00
Ông giáo về hưu và hơn 1.300 chiếc xe đạp cho học trò nghèo
Ông Trần Văn Hòa bên những chiếc xe đạp vừa sửa xong.
Mười năm nay, khoảng sân nhỏ nhà ông Trần Văn Hòa, nguyên giáo viên Trường THCS Nguyễn Du, ở phường Tân Thạnh (TP.Tam Kỳ, Quảng Nam) lúc nào cũng ngổn ngang xe đạp cũ. Người ta gọi ông là "ông giáo sửa xe", bởi từ năm 2012 đến nay, ông đã thu gom, sửa chữa và tặng hơn 1.300 chiếc xe đạp cho học sinh nghèo ở các huyện miền núi.
Ông Hòa kể, sau khi nghỉ hưu, một lần theo đoàn từ thiện lên xã A Tiêng, huyện Tây Giang, thấy nhiều em người Cơ Tu đi chân đất hơn 5 km đến trường, ông trăn trở mãi. Về nhà, ông nhờ con cháu, học trò cũ đăng tin xin lại xe đạp cũ, rồi tự tay thay săm lốp, sơn lại khung, lắp thêm giỏ. Mỗi chiếc xe sau khi sửa có giá trị khoảng 700.000 đồng; tiền mua phụ tùng phần lớn từ lương hưu của ông và sự góp sức của bạn bè.
Đến nay, xe đạp của ông đã có mặt ở 9 huyện miền núi của tỉnh. Riêng năm học 2022 - 2023, ông cùng nhóm thiện nguyện "Bánh xe yêu thương" trao 140 chiếc xe cho học sinh xã A Tiêng và xã Ch'ơm. Anh Bhling Mia, Bí thư Đoàn xã A Tiêng, cho biết nhiều em nhờ có xe đạp mà không còn nghỉ học vào mùa mưa.
Cô Alăng Thị Nhi, giáo viên Trường PTDT bán trú THCS Lý Tự Trọng, cho hay trong lớp cô chủ nhiệm có 12 em đi học bằng xe của "ông giáo sửa xe". "Các em quý xe lắm, lau chùi sạch sẽ mỗi ngày", cô kể.
Không chỉ tặng xe, ông Hòa còn vận động được hơn 150 triệu đồng để trao học bổng cho 80 học sinh nghèo. Năm 2021, ông được Chủ tịch UBND tỉnh tặng bằng khen theo Quyết định số 2154/QĐ-UBND vì có thành tích xuất sắc trong phong trào "Người tốt, việc tốt".
Bà Nguyễn Thị Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Tân Thạnh, nhận xét: việc làm của ông Hòa đã lan tỏa tinh thần tương thân, tương ái trong khu phố; nhiều gia đình đã chủ động mang xe cũ đến nhà ông mỗi dịp hè.
Ở tuổi 72, đôi tay ông vẫn thoăn thoắt với cờ lê, mỏ lết. "Chừng nào còn sức thì tôi còn sửa xe. Mỗi chiếc xe lên núi là thêm một em được đến trường", ông cười.
Hằng năm, trước mỗi mùa khai giảng, khoảng sân nhà ông lại rộn ràng hơn. Những chiếc xe được xếp hàng ngay ngắn, dán tên trường, tên em học sinh sẽ nhận. Ông bảo niềm vui lớn nhất là nhận được những lá thư, những cuộc điện thoại của các em báo tin đã học xong cấp hai, cấp ba, có em đã đỗ đại học.
Thanh Thắng
Tin cùng chuyên mục
- Cô giáo vùng cao và lớp học xóa mù chữ (05/10/2022)
- Chàng trai Cơ Tu khởi nghiệp từ cây dược liệu (28/09/2022)
- Hội viên phụ nữ góp "heo đất" giúp học sinh nghèo (20/09/2022)
""", "2022-10-12", "Ông giáo về hưu và hơn 1.300 chiếc xe đạp cho học trò nghèo",
E("khac", None, None),
[P("Trần Văn Hòa", "nguyên giáo viên Trường THCS Nguyễn Du"),
 P("Bhling Mia", "Bí thư Đoàn xã A Tiêng"),
 P("Alăng Thị Nhi", "giáo viên Trường PTDT bán trú THCS Lý Tự Trọng"),
 P("Nguyễn Thị Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Tân Thạnh")],
[Q("hơn 1.300 chiếc xe đạp", 1300, "chiếc xe đạp", "over"), Q("hơn 5 km", 5, "km", "over"),
 Q("khoảng 700.000 đồng", 700000, "đồng", "approx"), Q("9 huyện miền núi", 9, "huyện miền núi"),
 Q("140 chiếc xe", 140, "chiếc xe"), Q("12 em", 12, "em"), Q("hơn 150 triệu đồng", 150000000, "đồng", "over"),
 Q("80 học sinh nghèo", 80, "học sinh nghèo")],
[D("Quyết định", "2154", "QĐ-UBND", None, None, "Quyết định số 2154/QĐ-UBND")],
[prov("Quảng Nam"), com("Tân Thạnh"), com("A Tiêng"), com("Ch'ơm")],
["QUẢNG NAM ONLINE - Báo Quảng Nam", "Xã hội › Người tốt việc tốt", "Ông Trần Văn Hòa bên những chiếc xe đạp vừa sửa xong.",
 "ông giáo sửa xe", "Bánh xe yêu thương", "Người tốt, việc tốt"],
["12/10/2022 06:00", "Mười năm nay", "từ năm 2012", "năm học 2022 - 2023", "Năm 2021", "tuổi 72", "một em"]))

PAGES.append(page("b6453-ninhbinh-bdv-tongket-2023", """
BAN DÂN VẬN TỈNH ỦY NINH BÌNH
Trang chủ » Tin hoạt động » Dân vận với tôn giáo
Thứ Ba, 26/12/2023, 14:30
Toàn cảnh hội nghị.
Khối dân vận và giáo phận chung tay nâng bước học sinh nghèo
Ngày 22/12/2023, Ban Dân vận Tỉnh ủy Ninh Bình tổ chức hội nghị tổng kết chương trình "Đồng hành cùng học sinh nghèo vùng giáo" năm 2023. Đồng chí Đinh Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có Linh mục Giuse Phạm Văn Tuyên, Chánh xứ giáo xứ Văn Hải, đại diện Ủy ban Bác ái Xã hội giáo phận Phát Diệm.
Năm 2023, chương trình được triển khai theo Chỉ thị 27, 28-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Công giáo và về chăm lo giáo dục vùng ven biển. Khối dân vận các cấp phối hợp với các giáo xứ trao 1.450 suất học bổng, 260 xe đạp, 3.100 bộ sách vở cho học sinh nghèo; tổng giá trị hơn 2,1 tỷ đồng, trong đó nguồn từ các giáo xứ, giáo họ chiếm khoảng 35%.
Tại huyện Kim Sơn, 100% học sinh có hoàn cảnh khó khăn ở xã Kim Đông, xã Cồn Thoi và thị trấn Phát Diệm đã được nhận hỗ trợ đầu năm học. Ông Phạm Văn Thịnh, Phó Bí thư Thường trực Huyện ủy, Trưởng Ban Dân vận Huyện ủy Kim Sơn, cho biết huyện có 42 giáo xứ tham gia chương trình, nhiều giáo xứ lập quỹ khuyến học riêng với số dư trên 100 triệu đồng.
Linh mục Giuse Phạm Văn Tuyên chia sẻ: giáo xứ Văn Hải mỗi năm dành khoảng 80 triệu đồng để trao học bổng cho học sinh nghèo, không phân biệt lương - giáo. Ông Vũ Văn Hoàn, Trưởng ban Hành giáo xứ Văn Hải, đề nghị các ngành hỗ trợ thêm xe đạp cho học sinh ở các xóm xa trường.
Hội nghị cũng ghi nhận một số hạn chế: việc trao học bổng ở vài nơi còn trùng lặp đối tượng; thông tin giữa chính quyền và giáo xứ có lúc chưa kịp thời.
Phát biểu kết luận, đồng chí Đinh Thị Lan đề nghị năm 2024 tiếp tục quán triệt Nghị quyết số 43-NQ/TW ngày 24/11/2023 của BCH Trung ương về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc; phấn đấu mỗi giáo xứ có ít nhất 1 mô hình khuyến học, không để học sinh vùng giáo nào bỏ học vì nghèo.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 10 tập thể, 16 cá nhân và 5 giáo xứ tiêu biểu trong chương trình năm 2023.
Theo đánh giá của các đại biểu, chương trình không chỉ giúp học sinh nghèo có thêm điều kiện đến trường mà còn góp phần tăng cường mối quan hệ gắn bó giữa cấp ủy, chính quyền với chức sắc, đồng bào Công giáo. Nhiều linh mục đã chủ động phối hợp với nhà trường theo dõi tình hình học tập của các em, kịp thời báo cho chính quyền những trường hợp có nguy cơ bỏ học.
Minh Đức
Các tin khác
- Ninh Bình: gặp mặt chức sắc tôn giáo dịp Giáng sinh (20/12/2023)
- Yên Mô ra mắt mô hình "Dân vận khéo" (12/12/2023)
- Kim Sơn trao 50 xe đạp cho học sinh nghèo (01/12/2023)
""", "2023-12-26", "Khối dân vận và giáo phận chung tay nâng bước học sinh nghèo",
E("tong_ket", "2023", "2023-12-22"),
[P("Đinh Thị Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giuse Phạm Văn Tuyên", "Linh mục", "Chánh xứ giáo xứ Văn Hải"),
 P("Phạm Văn Thịnh", "Phó Bí thư Thường trực Huyện ủy", "Trưởng Ban Dân vận Huyện ủy Kim Sơn"),
 P("Vũ Văn Hoàn", "Trưởng ban Hành giáo xứ Văn Hải")],
[Q("1.450 suất học bổng", 1450, "suất học bổng"), Q("260 xe đạp", 260, "xe đạp"), Q("3.100 bộ sách vở", 3100, "bộ sách vở"),
 Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("khoảng 35%", 35, "%", "approx"), Q("100%", 100, "%"),
 Q("42 giáo xứ", 42, "giáo xứ"), Q("trên 100 triệu đồng", 100000000, "đồng", "over"),
 Q("khoảng 80 triệu đồng", 80000000, "đồng", "approx"), Q("ít nhất 1 mô hình khuyến học", 1, "mô hình khuyến học", "over"),
 Q("10 tập thể", 10, "tập thể"), Q("16 cá nhân", 16, "cá nhân"), Q("5 giáo xứ tiêu biểu", 5, "giáo xứ tiêu biểu")],
[D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Chỉ thị", "28", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27, 28-CT/TU"),
 D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "BCH Trung ương", "Nghị quyết số 43-NQ/TW ngày 24/11/2023")],
[prov("Ninh Bình"), com("Kim Đông"), com("Cồn Thoi"), com("Phát Diệm")],
["BAN DÂN VẬN TỈNH ỦY NINH BÌNH", "Trang chủ » Tin hoạt động » Dân vận với tôn giáo", "Toàn cảnh hội nghị.",
 "Đồng hành cùng học sinh nghèo vùng giáo", "Ủy ban Bác ái Xã hội giáo phận Phát Diệm"],
["Thứ Ba, 26/12/2023, 14:30", "Năm 2023", "năm 2023", "năm 2024"]))

PAGES.append(page("b6454-gialai-hoilhpn-xedap-2023", """
Báo Gia Lai điện tử
Xã hội > Giáo dục
Ngày đăng 05/09/2023 | 16:20
Ia Grai: "Tiếp bước cho em đến trường" với 100 chiếc xe đạp
(GLO)- Ngày 4/9, tại xã Ia Dom, Hội Liên hiệp Phụ nữ huyện Ia Grai phối hợp với Bộ đội Biên phòng tỉnh Gia Lai trao 100 chiếc xe đạp, 150 suất quà cho học sinh người Jrai có hoàn cảnh khó khăn tại 3 xã biên giới Ia Dom, Ia Chía, Ia O. Mỗi suất quà gồm ba lô, sách vở và 300.000 đồng tiền mặt.
Bà Ksor H'Bia, HUV, Chủ tịch Hội LHPN huyện Ia Grai cho biết, chương trình "Tiếp bước cho em đến trường" được Hội triển khai từ năm 2020, đến nay đã trao tổng cộng 420 xe đạp và 1.100 suất quà, trị giá hơn 1 tỷ đồng. Nguồn kinh phí huy động từ hội viên, doanh nghiệp và các nhà hảo tâm ở Pleiku, TP.Hồ Chí Minh.
Các em học sinh xã Ia Dom nhận xe đạp.
Tham dự buổi lễ có các bà Rơ Châm Lyn, Siu Thị Blúi - Phó Chủ tịch Hội LHPN huyện Ia Grai; ông Rah Lan Hoan, Phó Bí thư Thường trực Đảng ủy xã Ia Dom.
Theo ông Rah Lan Hoan, xã Ia Dom có 5 làng với 92% dân số là người Jrai. Năm học 2023 - 2024, xã có 1.060 học sinh các cấp, trong đó gần 300 em thuộc hộ nghèo, hộ cận nghèo. Thực hiện Nghị quyết số 88/2019/QH14 của Quốc hội và Kế hoạch số 204-KH/HU của Huyện ủy Ia Grai, xã đã phân công mỗi đảng viên phụ trách vận động ít nhất 2 học sinh ra lớp.
Thiếu tá Nguyễn Văn Sang, Chính trị viên phó Đồn Biên phòng Ia Dom, cho biết đơn vị đang nhận đỡ đầu 14 học sinh theo chương trình "Nâng bước em tới trường", mỗi em được hỗ trợ 500.000 đồng/tháng đến khi học hết lớp 12.
Em Siu H'Nhung, học sinh lớp 8 Trường THCS Võ Thị Sáu, xã Ia Chía, vui mừng: "Em sẽ giữ gìn chiếc xe thật cẩn thận và cố gắng học thật giỏi".
Chị Kpuih H'Phết, phụ huynh làng Bi, xã Ia O, chia sẻ gia đình có 4 con đang đi học, nhà cách trường hơn 6 km, có xe đạp các con không phải đi bộ dưới nắng mưa.
Cũng dịp này, Hội LHPN huyện trao 20 suất học bổng, mỗi suất 1 triệu đồng, cho học sinh nghèo học giỏi của Trường THCS Võ Thị Sáu.
Ngoài hỗ trợ phương tiện đi học, các chi hội phụ nữ ở các làng còn duy trì mô hình "Mẹ đỡ đầu", thường xuyên thăm hỏi, động viên những em có nguy cơ nghỉ học, giúp đỡ gia đình các em phát triển sản xuất. Nhờ vậy, tình trạng học sinh bỏ học ở các xã biên giới của huyện đã giảm đáng kể so với những năm trước.
Theo lãnh đạo huyện Ia Grai, thời gian tới huyện sẽ tiếp tục phối hợp với các lực lượng đóng quân trên địa bàn, các tổ chức chính trị - xã hội vận động nguồn lực hỗ trợ học sinh vùng biên giới; đồng thời chỉ đạo các trường duy trì bữa ăn bán trú, tăng cường phối hợp với già làng, người có uy tín trong công tác vận động học sinh ra lớp.
Phương Vi
Tin khác
- Chư Prông: trao 200 suất quà cho học sinh nghèo (30/08/2023)
- Khối dân vận huyện Ia Grai ra quân hè tình nguyện (15/07/2023)
- Tôn vinh người có uy tín tiêu biểu (05/07/2023)
""", "2023-09-05", "Ia Grai: \"Tiếp bước cho em đến trường\" với 100 chiếc xe đạp",
E("trao_qua", None, "2023-09-04"),
[P("Ksor H'Bia", "HUV", "Chủ tịch Hội LHPN huyện Ia Grai"),
 P("Rơ Châm Lyn", "Phó Chủ tịch Hội LHPN huyện Ia Grai"),
 P("Siu Thị Blúi", "Phó Chủ tịch Hội LHPN huyện Ia Grai"),
 P("Rah Lan Hoan", "Phó Bí thư Thường trực Đảng ủy xã Ia Dom"),
 P("Nguyễn Văn Sang", "Thiếu tá", "Chính trị viên phó Đồn Biên phòng Ia Dom"),
 P("Siu H'Nhung", "học sinh lớp 8 Trường THCS Võ Thị Sáu"),
 P("Kpuih H'Phết", "phụ huynh làng Bi")],
[Q("100 chiếc xe đạp", 100, "chiếc xe đạp"), Q("150 suất quà", 150, "suất quà"), Q("3 xã biên giới", 3, "xã biên giới"),
 Q("300.000 đồng", 300000, "đồng"), Q("420 xe đạp", 420, "xe đạp"), Q("1.100 suất quà", 1100, "suất quà"),
 Q("hơn 1 tỷ đồng", 1000000000, "đồng", "over"), Q("5 làng", 5, "làng"), Q("92%", 92, "%"),
 Q("1.060 học sinh", 1060, "học sinh"), Q("gần 300 em", 300, "em", "approx"),
 Q("ít nhất 2 học sinh", 2, "học sinh", "over"), Q("14 học sinh", 14, "học sinh"), Q("500.000 đồng/tháng", 500000, "đồng"),
 Q("4 con", 4, "con"), Q("hơn 6 km", 6, "km", "over"), Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14"),
 D("Kế hoạch", "204", "KH/HU", None, "Huyện ủy Ia Grai", "Kế hoạch số 204-KH/HU")],
[prov("Gia Lai"), com("Ia Dom"), com("Ia Chía"), com("Ia O")],
["Báo Gia Lai điện tử", "Xã hội > Giáo dục", "(GLO)", "Các em học sinh xã Ia Dom nhận xe đạp.", "Tiếp bước cho em đến trường",
 "Nâng bước em tới trường", "Mẹ đỡ đầu", "TP.Hồ Chí Minh"],
["Ngày đăng 05/09/2023 | 16:20", "từ năm 2020", "Năm học 2023 - 2024", "lớp 12", "lớp 8"]))
