from lib import *
PAGES = []

PAGES.append(page("b4931-daklak-hkh-giaoban-2017", """
Báo Đắk Lắk điện tử
Trang chủ | Xã hội | Giáo dục - Khuyến học
08.04.2017 | 16:05
Ảnh: Quang cảnh hội nghị giao ban.
Khuyến học vùng buôn làng: nhiều chuyển biến trong quý đầu năm
Sáng 7/4, Hội Khuyến học tỉnh Đắk Lắk tổ chức hội nghị giao ban công tác hội quý I năm 2017, triển khai nhiệm vụ quý II. Ông Y Wang Mlô, Phó Chủ tịch Thường trực Hội Khuyến học tỉnh chủ trì; dự hội nghị có đại diện Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh và lãnh đạo hội khuyến học 15 huyện, thị xã, thành phố.
Theo báo cáo, quý I/2017, các cấp hội đã kết nạp thêm 2.315 hội viên mới, thành lập mới 46 chi hội khuyến học ở buôn, thôn; vận động quỹ khuyến học được 1,87 tỷ đồng. Nhân dịp Tết Nguyên đán Đinh Dậu, các cấp hội đã trao 2.600 phần quà Tết cho học sinh nghèo, mỗi phần trị giá 300.000 đồng. Toàn tỉnh có 36.800 hộ đăng ký "Gia đình học tập", 214 buôn, thôn đăng ký "Cộng đồng học tập".
Hội Khuyến học tỉnh đã phối hợp với Sở Giáo dục và Đào tạo ký Chương trình phối hợp số 03/CTPH-HKH-SGDĐT ngày 15/02/2017 về vận động học sinh đồng bào Êđê, M'nông, Jrai đi học chuyên cần; tham mưu Ban Thường vụ Tỉnh ủy sơ kết 5 năm thực hiện Kết luận số 49-KL/TW của Ban Bí thư và Kế hoạch số 65-KH/TU của Tỉnh ủy.
Tại hội nghị, bà H'Luyến Niê, Chủ tịch Hội Khuyến học huyện Krông Bông, cho biết huyện có 1.140 học sinh người dân tộc thiểu số được hỗ trợ gạo theo Quyết định số 36/2013/QĐ-TTg của Thủ tướng Chính phủ, tỷ lệ học sinh đi học chuyên cần đạt trên 96%. Ông Y Bhiêt Ayun, Chủ tịch Hội Khuyến học xã Ea Tul, chia sẻ kinh nghiệm vận động già làng, người có uy tín cùng đến từng nhà vận động phụ huynh; đến nay xã không còn học sinh bỏ học giữa chừng. Ông Ama Hoan, người có uy tín buôn Tar, xã Ea Tul, đề nghị tổ chức thêm lớp dạy tiếng Êđê cho giáo viên người Kinh.
Nhiều ý kiến cho biết hoạt động của một số trung tâm học tập cộng đồng còn hình thức; có 12 xã chưa có cán bộ chuyên trách; việc vận động quỹ khuyến học ở vùng đồng bào còn khó khăn do thu nhập người dân thấp.
Kết luận hội nghị, ông Y Wang Mlô đề nghị quý II các cấp hội tập trung chuẩn bị tổng kết năm học, tổ chức trao thưởng cho học sinh giỏi cấp tỉnh, vận động ít nhất 500 suất học bổng cho học sinh vào đại học, cao đẳng; phối hợp với Hội Liên hiệp Phụ nữ và Tỉnh đoàn hướng dẫn công nhận "Gia đình học tập" đúng quy trình theo Thông tư số 44/2014/TT-BGDĐT của Bộ Giáo dục và Đào tạo.
H'Xíu Niê
Lượt đọc: 1.087
Tin liên quan
- Hội Khuyến học Buôn Đôn đại hội nhiệm kỳ 2017 - 2022 (30/03/2017)
- Trao 100 suất học bổng cho học sinh M'nông (14/03/2017)
- Ea H'leo: 25 buôn đạt Cộng đồng học tập (01/03/2017)
""", "2017-04-08", "Khuyến học vùng buôn làng: nhiều chuyển biến trong quý đầu năm",
E("giao_ban", "2017-Q1", "2017-04-07"),
[P("Y Wang Mlô", "Phó Chủ tịch Thường trực Hội Khuyến học tỉnh"),
 P("H'Luyến Niê", "Chủ tịch Hội Khuyến học huyện Krông Bông"),
 P("Y Bhiêt Ayun", "Chủ tịch Hội Khuyến học xã Ea Tul"),
 P("Ama Hoan", "người có uy tín buôn Tar")],
[Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"), Q("2.315 hội viên mới", 2315, "hội viên mới"),
 Q("46 chi hội khuyến học", 46, "chi hội khuyến học"), Q("1,87 tỷ đồng", 1870000000, "đồng"), Q("2.600 phần quà Tết", 2600, "phần quà"),
 Q("300.000 đồng", 300000, "đồng"), Q("36.800 hộ", 36800, "hộ"), Q("214 buôn, thôn", 214, "buôn, thôn"),
 Q("1.140 học sinh người dân tộc thiểu số", 1140, "học sinh người dân tộc thiểu số"), Q("trên 96%", 96, "%", "over"),
 Q("12 xã", 12, "xã"), Q("ít nhất 500 suất học bổng", 500, "suất học bổng", "over")],
[D("Chương trình phối hợp", "03", "CTPH-HKH-SGDĐT", "2017-02-15", None, "Chương trình phối hợp số 03/CTPH-HKH-SGDĐT ngày 15/02/2017"),
 D("Kết luận", "49", "KL/TW", None, "Ban Bí thư", "Kết luận số 49-KL/TW"),
 D("Kế hoạch", "65", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 65-KH/TU"),
 D("Quyết định", "36", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 36/2013/QĐ-TTg"),
 D("Thông tư", "44", "2014/TT-BGDĐT", None, "Bộ Giáo dục và Đào tạo", "Thông tư số 44/2014/TT-BGDĐT")],
[prov("Đắk Lắk"), com("Ea Tul")],
["Báo Đắk Lắk điện tử", "Trang chủ | Xã hội | Giáo dục - Khuyến học", "Ảnh: Quang cảnh hội nghị giao ban.",
 "Gia đình học tập", "Cộng đồng học tập", "Lượt đọc: 1.087"],
["08.04.2017 | 16:05", "quý I năm 2017", "quý I/2017", "quý II", "5 năm", "Lượt đọc: 1.087"]))

PAGES.append(page("b4932-bentre-hkh-hoinghi-2018", """
BÁO ĐỒNG KHỞI ĐIỆN TỬ
Xã hội » Giáo dục » Khuyến học, khuyến tài
20 tháng 11, 2018 | 17:45
Biểu dương 125 gia đình, dòng họ học tập tiêu biểu
Ông Nguyễn Văn Sáu, Chủ tịch Hội Khuyến học tỉnh trao giấy khen cho các gia đình học tập tiêu biểu.
Ngày 19/11/2018, Hội Khuyến học tỉnh Bến Tre tổ chức hội nghị biểu dương gia đình học tập, dòng họ học tập, đơn vị học tập tiêu biểu năm 2018. Dự hội nghị có đồng chí Huỳnh Thị Kim Loan, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lê Minh Khoa, Phó Chủ tịch UBND tỉnh; ông Nguyễn Văn Sáu, Chủ tịch Hội Khuyến học tỉnh cùng khoảng 300 đại biểu.
Qua 3 năm thực hiện Kế hoạch số 3425/KH-UBND ngày 06/7/2015 của UBND tỉnh và Hướng dẫn số 11/HD-KH của Hội Khuyến học tỉnh, toàn tỉnh có 248.600 hộ được công nhận "Gia đình học tập", đạt 74,5% số hộ; 3.210 dòng họ đạt "Dòng họ học tập"; 1.864 ấp, khu phố đạt "Cộng đồng học tập" cấp ấp và 412 cơ quan, đơn vị đạt "Đơn vị học tập". Quỹ khuyến học các cấp đến nay đạt trên 62 tỷ đồng, trong đó quỹ khuyến học của các dòng họ khoảng 9,8 tỷ đồng.
Tại hội nghị, bà Trần Thị Bé Ba ở ấp Phú Hữu, xã Phú Túc kể về gia đình làm nghề trồng dừa có 4 người con đều tốt nghiệp đại học. Ông Lê Hoàng Minh, Trưởng ban khuyến học dòng họ Lê, xã An Hiệp, cho biết dòng họ lập quỹ trên 1,2 tỷ đồng, mỗi năm khen thưởng khoảng 70 cháu học giỏi. Linh mục Giuse Phạm Văn Thành, Chánh xứ giáo xứ Cái Mơn, chia sẻ việc giáo xứ vận động giáo dân mở lớp học tình thương cho 45 em.
Phát biểu tại hội nghị, đồng chí Huỳnh Thị Kim Loan đánh giá cao phong trào xây dựng xã hội học tập của tỉnh, đề nghị các cấp hội tiếp tục quán triệt Nghị quyết số 29-NQ/TW ngày 04/11/2013 của BCH Trung ương về đổi mới căn bản, toàn diện giáo dục và đào tạo; phối hợp với Ủy ban MTTQ và các đoàn thể gắn phong trào với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", phấn đấu đến năm 2020 có không dưới 80% số hộ đạt "Gia đình học tập".
Dịp này, UBND tỉnh tặng bằng khen cho 125 gia đình, dòng họ học tập tiêu biểu; Hội Khuyến học tỉnh tặng giấy khen cho 38 tập thể và 57 cá nhân; Công ty TNHH Dừa Bến Tre trao 100 suất học bổng, mỗi suất 2 triệu đồng cho học sinh nghèo vượt khó ở các xã bãi ngang.
Sau hội nghị, các đại biểu tham quan mô hình thư viện dòng họ tại xã An Hiệp. Ông Võ Văn Đạt, Phó Chủ tịch Hội Khuyến học tỉnh, cho biết sẽ nhân rộng mô hình này ra 9 huyện, thành phố.
Hoàng Vũ
Bài viết liên quan
- Hội Khuyến học Chợ Lách đại hội nhiệm kỳ mới (02/11/2018)
- Trao 500 suất học bổng Nguyễn Đình Chiểu (15/10/2018)
- Ba Tri: tuyên dương 150 học sinh giỏi (20/09/2018)
""", "2018-11-20", "Biểu dương 125 gia đình, dòng họ học tập tiêu biểu",
E("hoi_nghi", "2018", "2018-11-19"),
[P("Nguyễn Văn Sáu", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Huỳnh Thị Kim Loan", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Minh Khoa", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Thị Bé Ba"),
 P("Lê Hoàng Minh", "Trưởng ban khuyến học dòng họ Lê"),
 P("Giuse Phạm Văn Thành", "Linh mục", "Chánh xứ giáo xứ Cái Mơn"),
 P("Võ Văn Đạt", "Phó Chủ tịch Hội Khuyến học tỉnh")],
[Q("125 gia đình, dòng họ học tập tiêu biểu", 125, "gia đình, dòng họ học tập tiêu biểu"), Q("khoảng 300 đại biểu", 300, "đại biểu", "approx"),
 Q("248.600 hộ", 248600, "hộ"), Q("74,5%", 74.5, "%"), Q("3.210 dòng họ", 3210, "dòng họ"), Q("1.864 ấp, khu phố", 1864, "ấp, khu phố"),
 Q("412 cơ quan, đơn vị", 412, "cơ quan, đơn vị"), Q("trên 62 tỷ đồng", 62000000000, "đồng", "over"),
 Q("khoảng 9,8 tỷ đồng", 9800000000, "đồng", "approx"), Q("4 người con", 4, "người con"),
 Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("khoảng 70 cháu", 70, "cháu", "approx"), Q("45 em", 45, "em"),
 Q("không dưới 80%", 80, "%", "over"), Q("38 tập thể", 38, "tập thể"), Q("57 cá nhân", 57, "cá nhân"),
 Q("100 suất học bổng", 100, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"), Q("9 huyện, thành phố", 9, "huyện, thành phố")],
[D("Kế hoạch", "3425", "KH-UBND", "2015-07-06", "UBND tỉnh", "Kế hoạch số 3425/KH-UBND ngày 06/7/2015"),
 D("Hướng dẫn", "11", "HD-KH", None, "Hội Khuyến học tỉnh", "Hướng dẫn số 11/HD-KH"),
 D("Nghị quyết", "29", "NQ/TW", "2013-11-04", "BCH Trung ương", "Nghị quyết số 29-NQ/TW ngày 04/11/2013")],
[prov("Bến Tre"), com("Phú Túc"), com("An Hiệp")],
["BÁO ĐỒNG KHỞI ĐIỆN TỬ", "Xã hội » Giáo dục » Khuyến học, khuyến tài",
 "Ông Nguyễn Văn Sáu, Chủ tịch Hội Khuyến học tỉnh trao giấy khen cho các gia đình học tập tiêu biểu.",
 "Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập", "Đơn vị học tập",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Công ty TNHH Dừa Bến Tre"],
["20 tháng 11, 2018 | 17:45", "năm 2018", "3 năm", "năm 2020"]))

PAGES.append(page("b4933-bacgiang-tandinh-daihoi-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN DĨNH - HUYỆN LẠNG GIANG - TỈNH BẮC GIANG
Tin tức - Sự kiện / Hoạt động các đoàn thể
2019-06-25 16:40
Đại hội Hội Khuyến học xã Tân Dĩnh lần thứ V, nhiệm kỳ 2019 - 2024
Ngày 23/6/2019, Hội Khuyến học xã Tân Dĩnh tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2019 - 2024. Về dự có bà Nguyễn Thị Hường, Phó Chủ tịch Hội Khuyến học huyện Lạng Giang; đồng chí Thân Văn Hòa, ĐUV, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã cùng 120 đại biểu đại diện cho 2.480 hội viên của 14 chi hội thôn, 3 chi hội trường học và 21 chi hội dòng họ.
Toàn cảnh Đại hội. Ảnh: Hồng Nhung
Báo cáo chính trị do ông Dương Văn Khải, Chủ tịch Hội Khuyến học xã khóa IV trình bày nêu rõ, nhiệm kỳ qua, hội đã tham mưu Đảng ủy ban hành Nghị quyết chuyên đề số 07-NQ/ĐU về xây dựng xã hội học tập giai đoạn 2015 - 2020 và phối hợp với UBND xã thực hiện Kế hoạch số 12/KH-UBND về công nhận "Gia đình học tập". Quỹ khuyến học xã và các chi hội huy động được trên 1,35 tỷ đồng; đã trao thưởng cho 3.900 lượt học sinh, 86 sinh viên đỗ đại học, trong đó 7 em đỗ thủ khoa, á khoa. Toàn xã có 2.130 hộ đạt "Gia đình học tập", chiếm 81%; 14/14 thôn đạt "Cộng đồng học tập".
Đại hội đề ra mục tiêu nhiệm kỳ 2019 - 2024: phát triển thêm ít nhất 300 hội viên; 100% thôn có chi hội khuyến học; quỹ khuyến học đạt 2 tỷ đồng; không dưới 85% số hộ đạt "Gia đình học tập".
Phát biểu chỉ đạo, đồng chí Thân Văn Hòa đề nghị hội khuyến học xã bám sát Kết luận 49-KL/TW của Ban Bí thư, Quyết định số 89/QĐ-TTg của Thủ tướng Chính phủ về xây dựng xã hội học tập giai đoạn 2012 - 2020 và Chỉ thị 18, 19-CT/HU của Ban Thường vụ Huyện ủy về khuyến học, khuyến tài; quan tâm hơn học sinh con gia đình công nhân ở khu công nghiệp.
Đại hội đã bầu Ban Chấp hành khóa V gồm 15 ủy viên. Tại phiên họp thứ nhất, Ban Chấp hành bầu ông Dương Văn Khải tái cử Chủ tịch Hội Khuyến học xã Tân Dĩnh khóa V; bà Giáp Thị Thu, Phó Hiệu trưởng Trường THCS Tân Dĩnh, và ông Hoàng Văn Luyện, nguyên Trưởng thôn Hạ, được bầu giữ chức Phó Chủ tịch Hội Khuyến học xã. Đại hội bầu 4 đại biểu đi dự Đại hội Hội Khuyến học huyện lần thứ IV.
Dịp này, Hội Khuyến học huyện trao giấy khen cho 5 tập thể, 11 cá nhân; doanh nghiệp trên địa bàn ủng hộ quỹ khuyến học xã 50 triệu đồng. Phát biểu nhận nhiệm vụ, ông Dương Văn Khải cam kết cùng Ban Chấp hành đưa phong trào khuyến học của xã tiếp tục dẫn đầu các xã của huyện Lạng Giang và tỉnh Bắc Giang, hỗ trợ kịp thời học sinh vùng giãn dân.
BBT
Tin cùng chuyên mục
- Xã Tân Dĩnh sơ kết 6 tháng đầu năm 2019 (05/06/2019)
- Trao 45 suất quà cho học sinh nghèo (01/06/2019)
- Hội Nông dân xã tập huấn kỹ thuật (20/05/2019)
""", "2019-06-25", "Đại hội Hội Khuyến học xã Tân Dĩnh lần thứ V, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-06-23"),
[P("Nguyễn Thị Hường", "Phó Chủ tịch Hội Khuyến học huyện Lạng Giang"),
 P("Thân Văn Hòa", "ĐUV", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Dương Văn Khải", "Chủ tịch Hội Khuyến học xã khóa IV", "Chủ tịch Hội Khuyến học xã Tân Dĩnh khóa V"),
 P("Giáp Thị Thu", "Phó Hiệu trưởng Trường THCS Tân Dĩnh", "Phó Chủ tịch Hội Khuyến học xã"),
 P("Hoàng Văn Luyện", "nguyên Trưởng thôn Hạ", "Phó Chủ tịch Hội Khuyến học xã")],
[Q("120 đại biểu", 120, "đại biểu"), Q("2.480 hội viên", 2480, "hội viên"), Q("14 chi hội thôn", 14, "chi hội thôn"),
 Q("3 chi hội trường học", 3, "chi hội trường học"), Q("21 chi hội dòng họ", 21, "chi hội dòng họ"),
 Q("trên 1,35 tỷ đồng", 1350000000, "đồng", "over"), Q("3.900 lượt học sinh", 3900, "lượt học sinh"), Q("86 sinh viên", 86, "sinh viên"),
 Q("7 em", 7, "em"), Q("2.130 hộ", 2130, "hộ"), Q("81%", 81, "%"), Q("14/14 thôn", 14, "thôn"),
 Q("ít nhất 300 hội viên", 300, "hội viên", "over"), Q("100% thôn", 100, "%"), Q("2 tỷ đồng", 2000000000, "đồng"),
 Q("không dưới 85%", 85, "%", "over"), Q("15 ủy viên", 15, "ủy viên"), Q("4 đại biểu", 4, "đại biểu"),
 Q("5 tập thể", 5, "tập thể"), Q("11 cá nhân", 11, "cá nhân"), Q("50 triệu đồng", 50000000, "đồng")],
[D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy", "Nghị quyết chuyên đề số 07-NQ/ĐU"),
 D("Kế hoạch", "12", "KH-UBND", None, "UBND xã", "Kế hoạch số 12/KH-UBND"),
 D("Kết luận", "49", "KL/TW", None, "Ban Bí thư", "Kết luận 49-KL/TW"),
 D("Quyết định", "89", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 89/QĐ-TTg"),
 D("Chỉ thị", "18", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 18, 19-CT/HU"),
 D("Chỉ thị", "19", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 18, 19-CT/HU")],
[prov("Bắc Giang"), com("Tân Dĩnh")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN DĨNH - HUYỆN LẠNG GIANG - TỈNH BẮC GIANG", "Tin tức - Sự kiện / Hoạt động các đoàn thể",
 "Toàn cảnh Đại hội. Ảnh: Hồng Nhung", "Gia đình học tập", "Cộng đồng học tập", "BBT"],
["2019-06-25 16:40", "lần thứ V", "nhiệm kỳ 2019 - 2024", "khóa IV", "khóa V", "lần thứ IV", "giai đoạn 2015 - 2020"]))

PAGES.append(page("b4934-kontum-huyen-doithoai-2020", """
Báo Kon Tum điện tử
Chính trị - Xã hội › Dân vận
Thứ Sáu, 14/08/2020
Ảnh: Đồng chí A Pớt trả lời ý kiến của phụ huynh.
Đối thoại với phụ huynh về vận động học sinh ra lớp
Ngày 12/8, Huyện ủy, UBND huyện Tu Mơ Rông tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với phụ huynh học sinh và người có uy tín về công tác vận động học sinh ra lớp năm 2020, chuẩn bị năm học 2020 - 2021. Đồng chí A Pớt, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện và đồng chí Y Khiên, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì. Tham dự có 146 phụ huynh, già làng, người có uy tín của 11 xã.
Thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị và Kế hoạch số 48-KH/HU của Ban Thường vụ Huyện ủy về đối thoại trực tiếp với nhân dân, huyện đã tổ chức 3 hội nghị đối thoại trong năm. Theo báo cáo, năm học 2019 - 2020, toàn huyện còn 287 học sinh bỏ học, chủ yếu ở bậc THCS, tập trung tại các xã Đăk Na, Măng Ri, Tu Mơ Rông. Nguyên nhân chủ yếu do học sinh phải ở nhà phụ gia đình làm rẫy, một số em lấy vợ, lấy chồng sớm. Huyện đã cấp 1.925 suất gạo hỗ trợ học sinh bán trú theo Nghị định số 116/2016/NĐ-CP của Chính phủ.
Tại hội nghị, 18 ý kiến của phụ huynh được nêu trực tiếp. Ông A Hùng, người có uy tín thôn Đăk Dế, xã Đăk Na, đề nghị sửa lại nhà bán trú vì mùa mưa bị dột; bà Y Loan ở xã Măng Ri phản ánh tiền hỗ trợ ăn trưa 149.000 đồng/tháng chậm chi trả 2 tháng. Ông A Gió, Chủ tịch UBND xã Tu Mơ Rông, cho biết xã đã cùng Đoàn Thanh niên đến 63 hộ vận động 71 em trở lại trường.
Trả lời các ý kiến, đồng chí A Pớt cho biết huyện bố trí 850 triệu đồng sửa chữa 6 nhà bán trú trước ngày 5/9; giao Phòng Giáo dục và Đào tạo chi trả dứt điểm tiền hỗ trợ trong tháng 8. Đồng chí Trần Văn Cường, Phó Chủ tịch UBND huyện, Chủ tịch Hội Khuyến học huyện, cho biết Hội Khuyến học huyện vận động được 320 triệu đồng, sẽ trao 400 bộ sách vở và 120 xe đạp cho học sinh nghèo.
Bà Y Hoa, Bí thư Đoàn xã Măng Ri, cho biết đoàn viên đã lập 9 nhóm "Đôi bạn cùng tiến" và mở lớp học hè tiếng Việt cho khoảng 60 trẻ mầm non người Xơ Đăng, giúp các em tự tin khi vào lớp 1.
Kết luận hội nghị, đồng chí Y Khiên đề nghị Mặt trận và các đoàn thể phân công cán bộ bám từng thôn, phấn đấu huy động trên 98% trẻ trong độ tuổi ra lớp; phát huy vai trò người có uy tín theo Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ.
Y Thanh
Tin liên quan
- Tu Mơ Rông ra mắt 5 mô hình "Dân vận khéo" (30/07/2020)
- Trao 200 suất học bổng cho học sinh Xơ Đăng (12/07/2020)
- Đăk Hà: 100% học sinh lớp 1 biết tiếng Việt (25/06/2020)
""", "2020-08-14", "Đối thoại với phụ huynh về vận động học sinh ra lớp",
E("doi_thoai", "2020", "2020-08-12"),
[P("A Pớt", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Y Khiên", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("A Hùng", "người có uy tín thôn Đăk Dế"),
 P("Y Loan"),
 P("A Gió", "Chủ tịch UBND xã Tu Mơ Rông"),
 P("Y Hoa", "Bí thư Đoàn xã Măng Ri"),
 P("Trần Văn Cường", "Phó Chủ tịch UBND huyện", "Chủ tịch Hội Khuyến học huyện")],
[Q("146 phụ huynh, già làng, người có uy tín", 146, "phụ huynh, già làng, người có uy tín"), Q("11 xã", 11, "xã"),
 Q("3 hội nghị đối thoại", 3, "hội nghị đối thoại"), Q("287 học sinh", 287, "học sinh"), Q("1.925 suất gạo", 1925, "suất gạo"),
 Q("18 ý kiến", 18, "ý kiến"), Q("149.000 đồng/tháng", 149000, "đồng"), Q("63 hộ", 63, "hộ"), Q("71 em", 71, "em"),
 Q("850 triệu đồng", 850000000, "đồng"), Q("6 nhà bán trú", 6, "nhà bán trú"), Q("320 triệu đồng", 320000000, "đồng"),
 Q("400 bộ sách vở", 400, "bộ sách vở"), Q("120 xe đạp", 120, "xe đạp"), Q("9 nhóm", 9, "nhóm"), Q("khoảng 60 trẻ mầm non", 60, "trẻ mầm non", "approx"), Q("trên 98%", 98, "%", "over")],
[D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Kế hoạch", "48", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 48-KH/HU"),
 D("Nghị định", "116", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 116/2016/NĐ-CP"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg")],
[prov("Kon Tum"), com("Đăk Na"), com("Măng Ri"), com("Tu Mơ Rông")],
["Báo Kon Tum điện tử", "Chính trị - Xã hội › Dân vận", "Ảnh: Đồng chí A Pớt trả lời ý kiến của phụ huynh.", "Đôi bạn cùng tiến"],
["Thứ Sáu, 14/08/2020", "năm học 2020 - 2021", "năm học 2019 - 2020", "2 tháng", "ngày 5/9", "tháng 8", "lớp 1"]))

PAGES.append(page("b4935-cantho-mttq-traoqua-2021", """
BÁO CẦN THƠ ONLINE
Xã hội | Mặt trận - Đoàn thể
06/09/2021 06:00
Trao 1.200 phần quà, 350 máy tính bảng cho học sinh khó khăn học trực tuyến
Ảnh: Đại diện Ủy ban MTTQ Việt Nam thành phố trao máy tính bảng cho học sinh.
Ngày 04/9/2021, Ủy ban MTTQ Việt Nam thành phố Cần Thơ phối hợp với Hội Khuyến học thành phố và Sở Giáo dục và Đào tạo tổ chức trao 1.200 phần quà và 350 máy tính bảng cho học sinh có hoàn cảnh khó khăn, học sinh là con em công nhân mất việc do dịch COVID-19, chuẩn bị cho năm học 2021 - 2022 học trực tuyến. Tổng trị giá quà tặng khoảng 2,4 tỷ đồng, từ chương trình "Sóng và máy tính cho em" và Quỹ khuyến học thành phố.
Dự buổi trao quà có các đồng chí: Trần Thị Thúy Nga, Thành ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam thành phố; Lê Quang Dũng, Phó Chủ tịch UBND thành phố; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố: Đoàn Văn Út, Trương Thị Mỹ Hạnh - Chủ tịch Hội Liên hiệp Phụ nữ thành phố.
Thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ, Kế hoạch số 92-KH/MTTQ-BTT ngày 25/8/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố về vận động hỗ trợ học sinh học trực tuyến và Công văn số 1045/UBND-KGVX của UBND thành phố, đến nay toàn thành phố đã tiếp nhận 2.615 thiết bị học tập, trong đó 1.780 máy tính bảng, 520 máy tính xách tay, 315 điện thoại thông minh; hỗ trợ 4.300 thẻ sim 4G miễn phí cước 12 tháng. Theo thống kê của ngành giáo dục, toàn thành phố còn khoảng 8.900 học sinh chưa có thiết bị học trực tuyến.
Em Danh Thị Kim Ngân, học sinh lớp 8 Trường THCS Thới An, quận Ô Môn, cho biết mẹ em làm công nhân đã nghỉ việc từ tháng 7 vì giãn cách; có chiếc máy tính bảng, em sẽ không phải học nhờ điện thoại của hàng xóm. Ông Lý Văn Hải, Chủ tịch Ủy ban MTTQ phường Thới An, cho biết phường có 126 học sinh thuộc hộ nghèo, hộ cận nghèo cần hỗ trợ.
Phát biểu tại buổi trao quà, đồng chí Trần Thị Thúy Nga kêu gọi các doanh nghiệp, nhà hảo tâm tiếp tục đồng hành với chương trình, phấn đấu đến ngày 20/9 không còn học sinh nào thiếu thiết bị học tập; đề nghị Mặt trận các quận, huyện rà soát danh sách, ưu tiên học sinh mồ côi do dịch bệnh. Toàn thành phố hiện có 43 học sinh mồ côi cả cha lẫn mẹ do COVID-19, mỗi em được nhận 10 triệu đồng và được bảo trợ học phí đến hết lớp 12.
Dịp này, Ngân hàng Nông nghiệp và Phát triển nông thôn Chi nhánh Cần Thơ ủng hộ 500 triệu đồng cho Quỹ khuyến học thành phố; Hội Khuyến học thành phố trao 60 suất học bổng, mỗi suất 3 triệu đồng cho học sinh dân tộc Khmer.
Như Huỳnh
Tin liên quan
- Mặt trận thành phố tiếp nhận ủng hộ phòng, chống dịch (30/08/2021)
- Trao 300 túi an sinh cho công nhân (20/08/2021)
- Ninh Kiều hỗ trợ 500 học sinh khó khăn (15/08/2021)
""", "2021-09-06", "Trao 1.200 phần quà, 350 máy tính bảng cho học sinh khó khăn học trực tuyến",
E("trao_qua", None, "2021-09-04"),
[P("Trần Thị Thúy Nga", "Thành ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Quang Dũng", "Phó Chủ tịch UBND thành phố"),
 P("Đoàn Văn Út", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Trương Thị Mỹ Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Chủ tịch Hội Liên hiệp Phụ nữ thành phố"),
 P("Danh Thị Kim Ngân", "học sinh lớp 8 Trường THCS Thới An"),
 P("Lý Văn Hải", "Chủ tịch Ủy ban MTTQ phường Thới An")],
[Q("1.200 phần quà", 1200, "phần quà"), Q("350 máy tính bảng", 350, "máy tính bảng"), Q("khoảng 2,4 tỷ đồng", 2400000000, "đồng", "approx"),
 Q("2.615 thiết bị học tập", 2615, "thiết bị học tập"), Q("1.780 máy tính bảng", 1780, "máy tính bảng"),
 Q("520 máy tính xách tay", 520, "máy tính xách tay"), Q("315 điện thoại thông minh", 315, "điện thoại thông minh"),
 Q("4.300 thẻ sim 4G", 4300, "thẻ sim 4G"), Q("khoảng 8.900 học sinh", 8900, "học sinh", "approx"),
 Q("126 học sinh", 126, "học sinh"), Q("43 học sinh mồ côi", 43, "học sinh mồ côi"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("500 triệu đồng", 500000000, "đồng"), Q("60 suất học bổng", 60, "suất học bổng"), Q("3 triệu đồng", 3000000, "đồng")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Kế hoạch", "92", "KH/MTTQ-BTT", "2021-08-25", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch số 92-KH/MTTQ-BTT ngày 25/8/2021"),
 D("Công văn", "1045", "UBND-KGVX", None, "UBND thành phố", "Công văn số 1045/UBND-KGVX")],
[prov("Cần Thơ"), com("Thới An")],
["BÁO CẦN THƠ ONLINE", "Xã hội | Mặt trận - Đoàn thể", "Ảnh: Đại diện Ủy ban MTTQ Việt Nam thành phố trao máy tính bảng cho học sinh.",
 "Sóng và máy tính cho em", "Ngân hàng Nông nghiệp và Phát triển nông thôn Chi nhánh Cần Thơ"],
["06/09/2021 06:00", "năm học 2021 - 2022", "COVID-19", "12 tháng", "lớp 8", "tháng 7", "ngày 20/9", "lớp 12"]))

PAGES.append(page("b4936-binhdinh-hkh-baocao-2021", """
HỘI KHUYẾN HỌC TỈNH BÌNH ĐỊNH
Trang chủ :: Tin tức :: Hoạt động Hội
Cập nhật lúc 17:20 ngày 28/12/2021
Quỹ khuyến học các cấp đạt trên 95 tỷ đồng
Ngày 27/12/2021, Thường trực Hội Khuyến học tỉnh Bình Định có báo cáo số 86/BC-HKH gửi Ban Thường vụ Tỉnh ủy, UBND tỉnh về kết quả công tác khuyến học, khuyến tài, xây dựng xã hội học tập năm 2021. Báo cáo do ông Trần Văn Thiện, Chủ tịch Hội Khuyến học tỉnh ký.
Ảnh minh họa: Hội Khuyến học trao học bổng cho học sinh vùng cao An Lão.
Theo báo cáo, năm 2021, dù chịu ảnh hưởng nặng của dịch COVID-19, các cấp hội vẫn duy trì hoạt động; toàn tỉnh có 159/159 xã, phường, thị trấn có hội khuyến học với 286.700 hội viên, tăng 6.150 hội viên so với năm 2020. Quỹ khuyến học các cấp đạt trên 95 tỷ đồng, trong đó quỹ của các dòng họ khoảng 31 tỷ đồng. Các cấp hội đã trao 21.450 suất học bổng, tổng trị giá 9,6 tỷ đồng; hỗ trợ 1.340 thiết bị học trực tuyến cho học sinh khó khăn.
Toàn tỉnh có 263.000 hộ đạt "Gia đình học tập", đạt 78,4%; 2.870 dòng họ đạt "Dòng họ học tập"; 1.102 thôn, khu phố đạt "Cộng đồng học tập" và 980 cơ quan, đơn vị đạt "Đơn vị học tập". Hội đã phối hợp tổ chức 4 lớp bồi dưỡng cho 420 cán bộ hội cơ sở.
Báo cáo nêu rõ, hội đã tham mưu triển khai Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án "Xây dựng xã hội học tập giai đoạn 2021 - 2030" và Kế hoạch số 178/KH-UBND ngày 12/11/2021 của UBND tỉnh thực hiện đề án này; phối hợp với Ban Tuyên giáo Tỉnh ủy sơ kết Kết luận 04, 05-KL/TU của Ban Thường vụ Tỉnh ủy về phát triển giáo dục miền núi và chăm lo học sinh con hộ ngư dân.
Về hạn chế, báo cáo chỉ ra một số nơi còn chưa thực hiện đúng Thông tư số 44/2014/TT-BGDĐT khi công nhận danh hiệu, còn chạy theo số lượng; 9 xã miền núi chưa có trung tâm học tập cộng đồng hoạt động thường xuyên; quỹ khuyến học ở các huyện Vân Canh, Vĩnh Thạnh, An Lão bình quân chỉ khoảng 20.000 đồng/hội viên.
Báo cáo đề xuất năm 2022 phấn đấu quỹ khuyến học đạt 100 tỷ đồng; trên 80% số hộ đạt "Gia đình học tập"; kiến nghị UBND tỉnh bố trí 1 biên chế chuyên trách cho Văn phòng Hội Khuyến học tỉnh.
Cùng ngày, bà Đinh Thị Hạnh, Phó Chủ tịch Hội Khuyến học tỉnh, dẫn đầu đoàn công tác làm việc với Hội Khuyến học huyện An Lão. Ông Đinh Văn Roi, Chủ tịch Hội Khuyến học xã An Toàn, báo cáo xã đã vận động 58 học sinh người Bana trở lại lớp sau thời gian nghỉ học do dịch.
Hoài Thu
Tin khác
- Trao 100 suất học bổng "Tiếp bước cho em đến trường" (10/12/2021)
- Phù Mỹ: 20 dòng họ học tập tiêu biểu (25/11/2021)
- Tập huấn cán bộ hội khuyến học cơ sở (15/11/2021)
""", "2021-12-28", "Quỹ khuyến học các cấp đạt trên 95 tỷ đồng",
E("bao_cao", "2021", "2021-12-27"),
[P("Trần Văn Thiện", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Đinh Thị Hạnh", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Đinh Văn Roi", "Chủ tịch Hội Khuyến học xã An Toàn")],
[Q("trên 95 tỷ đồng", 95000000000, "đồng", "over"), Q("159/159 xã, phường, thị trấn", 159, "xã, phường, thị trấn"),
 Q("286.700 hội viên", 286700, "hội viên"), Q("6.150 hội viên", 6150, "hội viên"), Q("khoảng 31 tỷ đồng", 31000000000, "đồng", "approx"),
 Q("21.450 suất học bổng", 21450, "suất học bổng"), Q("9,6 tỷ đồng", 9600000000, "đồng"),
 Q("1.340 thiết bị học trực tuyến", 1340, "thiết bị học trực tuyến"), Q("263.000 hộ", 263000, "hộ"), Q("78,4%", 78.4, "%"),
 Q("2.870 dòng họ", 2870, "dòng họ"), Q("1.102 thôn, khu phố", 1102, "thôn, khu phố"), Q("980 cơ quan, đơn vị", 980, "cơ quan, đơn vị"),
 Q("4 lớp bồi dưỡng", 4, "lớp bồi dưỡng"), Q("420 cán bộ hội cơ sở", 420, "cán bộ hội cơ sở"), Q("9 xã miền núi", 9, "xã miền núi"),
 Q("khoảng 20.000 đồng/hội viên", 20000, "đồng", "approx"), Q("100 tỷ đồng", 100000000000, "đồng"), Q("trên 80%", 80, "%", "over"), Q("58 học sinh người Bana", 58, "học sinh người Bana")],
[D("Báo cáo", "86", "BC-HKH", "2021-12-27", "Thường trực Hội Khuyến học tỉnh Bình Định", "báo cáo số 86/BC-HKH"),
 D("Quyết định", "1373", "QĐ-TTg", "2021-07-30", "Thủ tướng Chính phủ", "Quyết định số 1373/QĐ-TTg ngày 30/7/2021"),
 D("Kế hoạch", "178", "KH-UBND", "2021-11-12", "UBND tỉnh", "Kế hoạch số 178/KH-UBND ngày 12/11/2021"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Thông tư", "44", "2014/TT-BGDĐT", None, None, "Thông tư số 44/2014/TT-BGDĐT")],
[prov("Bình Định"), com("An Toàn")],
["HỘI KHUYẾN HỌC TỈNH BÌNH ĐỊNH", "Trang chủ :: Tin tức :: Hoạt động Hội", "Ảnh minh họa: Hội Khuyến học trao học bổng cho học sinh vùng cao An Lão.",
 "Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập", "Đơn vị học tập", "Xây dựng xã hội học tập giai đoạn 2021 - 2030"],
["Cập nhật lúc 17:20 ngày 28/12/2021", "1 biên chế chuyên trách", "năm 2021", "năm 2020", "năm 2022", "COVID-19"]))
