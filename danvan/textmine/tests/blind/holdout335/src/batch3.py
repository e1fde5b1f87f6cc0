from lib import *
PAGES = []

PAGES.append(page("b8009-haiduong-ldld-tongket-banthayvang-2020", """
CÔNG ĐOÀN HẢI DƯƠNG
Trang chủ » Tin tức » Thi đua khen thưởng
Thứ Tư, 30/12/2020 - 14:40
LĐLĐ tỉnh tổng kết phong trào thi đua năm 2020, trao Giải thưởng "Bàn tay vàng" cho 40 công nhân
Ngày 29/12/2020, LĐLĐ tỉnh Hải Dương tổ chức hội nghị tổng kết phong trào thi đua "Lao động giỏi, lao động sáng tạo" năm 2020 và trao Giải thưởng "Bàn tay vàng" lần thứ V. Tham dự có đồng chí Nguyễn Thị Ngọc Bích, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phạm Văn Nghiêm, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh.
Đồng chí Nguyễn Thị Ngọc Bích trao Giải thưởng cho các công nhân.
Năm 2020, dù chịu ảnh hưởng của dịch Covid-19, phong trào thi đua trong công nhân, viên chức, lao động vẫn được duy trì. Toàn tỉnh có 2.845 sáng kiến được công nhận, làm lợi trên 112 tỷ đồng; công đoàn các cấp chăm lo cho 38.600 lượt đoàn viên với tổng số tiền khoảng 19,4 tỷ đồng; hỗ trợ 6.210 lao động bị ngừng việc do dịch theo Nghị quyết số 42/NQ-CP và Quyết định số 15/2020/QĐ-TTg của Thủ tướng Chính phủ.
Giải thưởng "Bàn tay vàng" được xét theo Quy chế số 03/QC-LĐLĐ và Quyết định số 318, 319/QĐ-LĐLĐ ngày 15/12/2020 của Ban Thường vụ LĐLĐ tỉnh. 40 công nhân được trao giải gồm 12 công nhân ngành may, giày da; 9 công nhân cơ khí, điện tử; 11 công nhân xây dựng, sản xuất vật liệu; 8 công nhân nông nghiệp, dịch vụ. Mỗi công nhân nhận Bằng khen và 3.000.000 đồng tiền thưởng; 5 công nhân có sáng kiến giá trị làm lợi trên 1 tỷ đồng được thưởng thêm 2.000.000 đồng.
Danh sách tiêu biểu: anh Vũ Văn Hưởng, thợ hàn bậc 7/7, tổ trưởng tổ hàn Công ty Đóng tàu Hải Dương; chị Đỗ Thị Mận, tổ trưởng chuyền may Công ty TNHH May Tinh Lợi; anh Phạm Đức Thịnh, kỹ thuật viên Công ty Ford Việt Nam; chị Nguyễn Thị Hoài, công nhân Công ty cổ phần Sứ Hải Dương; anh Lê Văn Khải, anh Bùi Quang Tùng - tổ trưởng sản xuất Nhà máy Nhiệt điện Phả Lại.
Anh Vũ Văn Hưởng có 4 sáng kiến cải tiến quy trình hàn tự động, giúp công ty tiết kiệm khoảng 2,3 tỷ đồng mỗi năm. Anh chia sẻ: "Tôi chỉ học hết lớp 9, nhưng công ty tạo điều kiện cho đi học nghề 2 năm, nhờ đó mới có những sáng kiến này".
Cũng tại hội nghị, LĐLĐ tỉnh tặng cờ thi đua cho 15 công đoàn cấp trên cơ sở và tặng Bằng khen cho 62 tập thể, 110 cá nhân. Đồng chí Phạm Văn Nghiêm cho biết năm 2021 LĐLĐ tỉnh đặt mục tiêu xây dựng ít nhất 10 Mái ấm Công đoàn, tổ chức "Tết Sum vầy" cho khoảng 5.000 công nhân.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Ngọc Bích đề nghị các cấp công đoàn tiếp tục thực hiện Nghị quyết số 20-NQ/TW của Ban Chấp hành Trung ương khóa X về xây dựng giai cấp công nhân, quan tâm chỗ ở, đời sống tinh thần của công nhân trong các khu công nghiệp.
Thanh Hà
Tin khác
- Chí Linh: 300 suất quà cho công nhân khó khăn (20/12/2020)
- Công đoàn Khu công nghiệp tổ chức đối thoại với người lao động (12/12/2020)
- LĐLĐ tỉnh giao ban công tác công đoàn quý IV (05/12/2020)
""", "2020-12-30",
'LĐLĐ tỉnh tổng kết phong trào thi đua năm 2020, trao Giải thưởng "Bàn tay vàng" cho 40 công nhân',
E("tong_ket", "2020", "2020-12-29"),
[P("Nguyễn Thị Ngọc Bích", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Nghiêm", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Vũ Văn Hưởng", "thợ hàn bậc 7/7", "tổ trưởng tổ hàn Công ty Đóng tàu Hải Dương"),
 P("Đỗ Thị Mận", "tổ trưởng chuyền may Công ty TNHH May Tinh Lợi"),
 P("Phạm Đức Thịnh", "kỹ thuật viên Công ty Ford Việt Nam"),
 P("Nguyễn Thị Hoài", "công nhân Công ty cổ phần Sứ Hải Dương"),
 P("Lê Văn Khải", "tổ trưởng sản xuất Nhà máy Nhiệt điện Phả Lại"), P("Bùi Quang Tùng", "tổ trưởng sản xuất Nhà máy Nhiệt điện Phả Lại")],
[Q("40 công nhân", 40, "công nhân"), Q("2.845 sáng kiến", 2845, "sáng kiến"), Q("trên 112 tỷ đồng", 112000000000, "đồng", "over"),
 Q("38.600 lượt đoàn viên", 38600, "lượt đoàn viên"), Q("khoảng 19,4 tỷ đồng", 19400000000, "đồng", "approx"),
 Q("6.210 lao động", 6210, "lao động"),
 Q("12 công nhân ngành may, giày da", 12, "công nhân ngành may, giày da"), Q("9 công nhân cơ khí, điện tử", 9, "công nhân cơ khí, điện tử"),
 Q("11 công nhân xây dựng, sản xuất vật liệu", 11, "công nhân xây dựng, sản xuất vật liệu"),
 Q("8 công nhân nông nghiệp, dịch vụ", 8, "công nhân nông nghiệp, dịch vụ"),
 Q("3.000.000 đồng", 3000000, "đồng"), Q("5 công nhân", 5, "công nhân"), Q("trên 1 tỷ đồng", 1000000000, "đồng", "over"),
 Q("2.000.000 đồng", 2000000, "đồng"), Q("4 sáng kiến", 4, "sáng kiến"), Q("khoảng 2,3 tỷ đồng", 2300000000, "đồng", "approx"),
 Q("15 công đoàn cấp trên cơ sở", 15, "công đoàn cấp trên cơ sở"), Q("62 tập thể", 62, "tập thể"), Q("110 cá nhân", 110, "cá nhân"),
 Q("ít nhất 10 Mái ấm Công đoàn", 10, "Mái ấm Công đoàn", "over"), Q("khoảng 5.000 công nhân", 5000, "công nhân", "approx")],
[D("Nghị quyết", "42", "NQ-CP", None, None, "Nghị quyết số 42/NQ-CP"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg"),
 D("Quy chế", "03", "QC-LĐLĐ", None, "Ban Thường vụ LĐLĐ tỉnh", "Quy chế số 03/QC-LĐLĐ"),
 D("Quyết định", "318", "QĐ-LĐLĐ", "2020-12-15", "Ban Thường vụ LĐLĐ tỉnh", "Quyết định số 318, 319/QĐ-LĐLĐ ngày 15/12/2020"),
 D("Quyết định", "319", "QĐ-LĐLĐ", "2020-12-15", "Ban Thường vụ LĐLĐ tỉnh", "Quyết định số 318, 319/QĐ-LĐLĐ ngày 15/12/2020"),
 D("Nghị quyết", "20", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 20-NQ/TW")],
[prov("Hải Dương")],
["CÔNG ĐOÀN HẢI DƯƠNG", "Trang chủ » Tin tức » Thi đua khen thưởng", "Đồng chí Nguyễn Thị Ngọc Bích trao Giải thưởng cho các công nhân.",
 "Bàn tay vàng", "Lao động giỏi, lao động sáng tạo", "Tết Sum vầy", "Công ty Đóng tàu Hải Dương", "Công ty TNHH May Tinh Lợi",
 "Công ty Ford Việt Nam", "Nhà máy Nhiệt điện Phả Lại"],
["Thứ Tư, 30/12/2020 - 14:40", "lần thứ V", "bậc 7/7", "lớp 9", "2 năm", "năm 2021", "khóa X"]))

PAGES.append(page("b8010-kontum-bdv-cuocthiviet-nguoicouytin-2021", """
Ban Dân vận Tỉnh ủy Kon Tum
Trang chủ | Tin tức | Công tác dân tộc
15/10/2021 | 10:20
Ảnh: Đồng chí A Pớt trao giải Nhất cho tác giả Y Hương.
Trao giải Cuộc thi viết "Người có uy tín trong đồng bào dân tộc thiểu số với phong trào xây dựng nông thôn mới"
Sáng 14/10, Ban Dân vận Tỉnh ủy Kon Tum phối hợp với Ban Dân tộc tỉnh tổ chức lễ trao giải Cuộc thi viết "Người có uy tín trong đồng bào dân tộc thiểu số với phong trào xây dựng nông thôn mới". Đồng chí A Pớt, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Trưởng ban Tổ chức cuộc thi; đồng chí Y Ngọc, Phó Trưởng Ban Dân tộc tỉnh dự và trao giải.
Cuộc thi được phát động theo Kế hoạch số 24-KH/BDVTU ngày 01/3/2021 của Ban Dân vận Tỉnh ủy, nhằm thực hiện Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín. Sau hơn 6 tháng, Ban Tổ chức nhận được 317 bài viết của 245 tác giả; trong đó 96 bài viết bằng tiếng Xơ Đăng, Ba Na, Giẻ Triêng có bản dịch tiếng Việt kèm theo.
Ban Giám khảo chọn 20 bài viết trao giải, gồm 01 giải Nhất, 02 giải Nhì, 03 giải Ba, 14 giải Khuyến khích. Giải Nhất trị giá 7 triệu đồng; giải Nhì 5 triệu đồng; giải Ba 3 triệu đồng; giải Khuyến khích 1 triệu đồng. Tổng giá trị giải thưởng 33 triệu đồng.
Kết quả cụ thể:
1. Giải Nhất: bài "Già A Hyôn và con đường bê tông về làng" của tác giả Y Hương, giáo viên Trường Tiểu học xã Đăk Rơ Nga.
2. Giải Nhì: bài "Người giữ lửa làng Kon Klor" của tác giả A Tuấn, công chức Văn hóa - Xã hội xã Ngọk Wang; bài "Ông Lưn và 18 hộ thoát nghèo" của tác giả Đinh Thị Thu Hiền, phóng viên Báo Kon Tum.
3. Giải Ba: các tác giả Y Blen, A Đàn, Nguyễn Văn Sáu.
4. Giải Khuyến khích: các tác giả ở 9 huyện, thành phố.
Đáng chú ý, tác giả Y Hương là người dân tộc Giẻ Triêng, đã ba lần vượt hơn 40 km đường đất đỏ vào làng Đăk Xanh để gặp nhân vật, ghi chép bằng cả tiếng mẹ đẻ và tiếng Việt.
Bài viết đoạt giải Nhất kể về già làng A Hyôn, người có uy tín làng Đăk Xanh, đã vận động dân làng góp gần 2.000 ngày công, hiến 3.600 m2 đất để làm 1,8 km đường bê tông. Theo đồng chí A Pớt, toàn tỉnh hiện có 658 người có uy tín, trong đó 95% tích cực tham gia vận động đồng bào thực hiện chủ trương của Đảng, chính sách của Nhà nước.
Dịp này, Ban Tổ chức tặng 10 suất quà, mỗi suất 1,2 triệu đồng cho người có uy tín là nhân vật trong các bài viết đạt giải. Đồng chí A Pớt đề nghị tiếp tục thực hiện Chỉ thị số 06-CT/TU của Ban Thường vụ Tỉnh ủy, phát huy vai trò người có uy tín trong phòng, chống dịch Covid-19 và chống tái nghèo.
Y Sương
Tin liên quan
- Ngọc Hồi: gặp mặt 52 người có uy tín (05/10/2021)
- Sa Thầy: vận động đồng bào tiêm vắc xin phòng Covid-19 (28/09/2021)
- Ban Dân vận Tỉnh ủy giao ban quý III (20/09/2021)
""", "2021-10-15",
'Trao giải Cuộc thi viết "Người có uy tín trong đồng bào dân tộc thiểu số với phong trào xây dựng nông thôn mới"',
E("khac", None, "2021-10-14"),
[P("A Pớt", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng ban Tổ chức cuộc thi"),
 P("Y Ngọc", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Y Hương", "giáo viên Trường Tiểu học xã Đăk Rơ Nga"),
 P("A Tuấn", "công chức Văn hóa - Xã hội xã Ngọk Wang"),
 P("Đinh Thị Thu Hiền", "phóng viên Báo Kon Tum"),
 P("Y Blen"), P("A Đàn"), P("Nguyễn Văn Sáu"),
 P("A Hyôn", "già làng", "người có uy tín làng Đăk Xanh")],
[Q("317 bài viết", 317, "bài viết"), Q("245 tác giả", 245, "tác giả"), Q("96 bài", 96, "bài"), Q("20 bài viết", 20, "bài viết"),
 Q("01 giải Nhất", 1, "giải Nhất"), Q("02 giải Nhì", 2, "giải Nhì"), Q("03 giải Ba", 3, "giải Ba"), Q("14 giải Khuyến khích", 14, "giải Khuyến khích"),
 Q("7 triệu đồng", 7000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"), Q("3 triệu đồng", 3000000, "đồng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("33 triệu đồng", 33000000, "đồng"), Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("hơn 40 km", 40, "km", "over"),
 Q("gần 2.000 ngày công", 2000, "ngày công", "approx"), Q("3.600 m2", 3600, "m2"), Q("1,8 km", 1.8, "km"),
 Q("658 người có uy tín", 658, "người có uy tín"), Q("95%", 95, "%"), Q("10 suất quà", 10, "suất quà"), Q("1,2 triệu đồng", 1200000, "đồng")],
[D("Kế hoạch", "24", "KH/BDVTU", "2021-03-01", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 24-KH/BDVTU ngày 01/3/2021"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06-CT/TU")],
[prov("Kon Tum"), com("Đăk Rơ Nga"), com("Ngọk Wang")],
["Ban Dân vận Tỉnh ủy Kon Tum", "Trang chủ | Tin tức | Công tác dân tộc", "Ảnh: Đồng chí A Pớt trao giải Nhất cho tác giả Y Hương.",
 "Người có uy tín trong đồng bào dân tộc thiểu số với phong trào xây dựng nông thôn mới", "Già A Hyôn và con đường bê tông về làng",
 "Người giữ lửa làng Kon Klor", "Ông Lưn và 18 hộ thoát nghèo", "Báo Kon Tum", "Trường Tiểu học xã Đăk Rơ Nga"],
["15/10/2021 | 10:20", "hơn 6 tháng", "quý III", "Ông Lưn và 18 hộ thoát nghèo", "ba lần"]))

PAGES.append(page("b8011-bariavungtau-daihoi-khuyenhoc-2022", """
BÁO BÀ RỊA - VŨNG TÀU
Xã hội › Giáo dục
Cập nhật: 08:55, 10/06/2022 (GMT+7)
Đại hội Hội Khuyến học tỉnh lần thứ V: trao Giải thưởng "Đồng hành cùng khuyến học" cho 26 tập thể, cá nhân
Ngày 9/6, Hội Khuyến học tỉnh Bà Rịa - Vũng Tàu tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2022 - 2027. Dự đại hội có ông Phạm Viết Thanh, Bí thư Tỉnh ủy; bà Nguyễn Thị Yến, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh, cùng 210 đại biểu đại diện cho hơn 212.000 hội viên.
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Nhiệm kỳ 2017 - 2022, các cấp Hội đã vận động xây dựng quỹ khuyến học trên 86 tỷ đồng, trao 94.350 suất học bổng, phần thưởng; 100% xã, phường, thị trấn có Trung tâm học tập cộng đồng; 68,4% hộ gia đình đạt danh hiệu "Gia đình học tập". Hội đã phối hợp thực hiện Quyết định số 1373/QĐ-TTg của Thủ tướng Chính phủ về xây dựng xã hội học tập và Chỉ thị số 99-CT/TU của Ban Thường vụ Tỉnh ủy.
Tại đại hội, Hội Khuyến học tỉnh trao Giải thưởng "Đồng hành cùng khuyến học" cho 12 tập thể và 14 cá nhân có nhiều đóng góp. Giải thưởng dành cho tập thể trị giá 20 triệu đồng, cá nhân 10 triệu đồng kèm biểu trưng. Các doanh nghiệp nhận giải gồm Tổng công ty Khí Việt Nam, Công ty cổ phần Cảng Sài Gòn - Bà Rịa, Liên doanh Vietsovpetro. Các cá nhân tiêu biểu: ông Trần Văn Rõ, 78 tuổi, Chủ tịch Hội Khuyến học phường Long Tâm, 15 năm vận động trên 2 tỷ đồng cho quỹ; bà Huỳnh Thị Mỹ Lệ, Chi hội trưởng Chi hội Khuyến học ấp Láng Cát, xã Tân Hải; ông Nguyễn Thanh Phong, Giám đốc Công ty TNHH Thanh Phong; linh mục Giuse Phạm Văn Lộc, Chánh xứ giáo xứ Bình Giã.
Đại hội đã bầu Ban Chấp hành Hội Khuyến học tỉnh khóa V gồm 31 ủy viên. Ông Lê Thành Trung, nguyên Phó Chủ tịch UBND tỉnh, được tín nhiệm bầu giữ chức Chủ tịch Hội Khuyến học tỉnh khóa V; bà Võ Thị Ngọc Thảo và ông Đặng Văn Hiển được bầu làm Phó Chủ tịch Hội.
Phát biểu chỉ đạo, ông Phạm Viết Thanh đề nghị Hội tiếp tục thực hiện Kết luận số 49-KL/TW của Ban Bí thư về đẩy mạnh phong trào khuyến học, khuyến tài, xây dựng xã hội học tập; phấn đấu đến năm 2027 có ít nhất 75% hộ đạt danh hiệu "Gia đình học tập", 90% dòng họ đạt danh hiệu "Dòng họ học tập". Bí thư Tỉnh ủy tặng Hội 50 triệu đồng để bổ sung quỹ học bổng cho học sinh nghèo vùng biển.
Đại hội bầu 7 đại biểu dự Đại hội đại biểu toàn quốc Hội Khuyến học Việt Nam lần thứ VI.
Hồng Thắm
Bài viết liên quan
- Xuyên Mộc: trao 120 suất học bổng cho học sinh nghèo (02/06/2022)
- Hội Khuyến học TP Vũng Tàu đại hội nhiệm kỳ mới (20/05/2022)
- Tuyên dương 65 "Gia đình học tập" tiêu biểu (12/05/2022)
""", "2022-06-10",
'Đại hội Hội Khuyến học tỉnh lần thứ V: trao Giải thưởng "Đồng hành cùng khuyến học" cho 26 tập thể, cá nhân',
E("dai_hoi", None, "2022-06-09"),
[P("Phạm Viết Thanh", "Bí thư Tỉnh ủy"),
 P("Nguyễn Thị Yến", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Đoàn ĐBQH tỉnh"),
 P("Trần Văn Rõ", "Chủ tịch Hội Khuyến học phường Long Tâm"),
 P("Huỳnh Thị Mỹ Lệ", "Chi hội trưởng Chi hội Khuyến học ấp Láng Cát"),
 P("Nguyễn Thanh Phong", "Giám đốc Công ty TNHH Thanh Phong"),
 P("Giuse Phạm Văn Lộc", "linh mục", "Chánh xứ giáo xứ Bình Giã"),
 P("Lê Thành Trung", "nguyên Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội Khuyến học tỉnh khóa V"),
 P("Võ Thị Ngọc Thảo", "Phó Chủ tịch Hội"), P("Đặng Văn Hiển", "Phó Chủ tịch Hội")],
[Q("26 tập thể, cá nhân", 26, "tập thể, cá nhân"), Q("210 đại biểu", 210, "đại biểu"), Q("hơn 212.000 hội viên", 212000, "hội viên", "over"),
 Q("trên 86 tỷ đồng", 86000000000, "đồng", "over"), Q("94.350 suất học bổng, phần thưởng", 94350, "suất học bổng, phần thưởng"),
 Q("100%", 100, "%"), Q("68,4%", 68.4, "%"), Q("12 tập thể", 12, "tập thể"), Q("14 cá nhân", 14, "cá nhân"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("trên 2 tỷ đồng", 2000000000, "đồng", "over"),
 Q("31 ủy viên", 31, "ủy viên"), Q("ít nhất 75%", 75, "%", "over"), Q("90%", 90, "%"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("7 đại biểu", 7, "đại biểu")],
[D("Quyết định", "1373", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1373/QĐ-TTg"),
 D("Chỉ thị", "99", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 99-CT/TU"),
 D("Kết luận", "49", "KL/TW", None, "Ban Bí thư", "Kết luận số 49-KL/TW")],
[prov("Bà Rịa - Vũng Tàu"), com("Long Tâm"), com("Tân Hải")],
["BÁO BÀ RỊA - VŨNG TÀU", "Xã hội › Giáo dục", "Đại biểu biểu quyết thông qua nghị quyết đại hội.", "Đồng hành cùng khuyến học",
 "Gia đình học tập", "Dòng họ học tập", "Tổng công ty Khí Việt Nam", "Công ty cổ phần Cảng Sài Gòn - Bà Rịa", "Liên doanh Vietsovpetro",
 "Trung tâm học tập cộng đồng"],
["Cập nhật: 08:55, 10/06/2022 (GMT+7)", "lần thứ V", "nhiệm kỳ 2022 - 2027", "Nhiệm kỳ 2017 - 2022", "78 tuổi", "15 năm", "khóa V",
 "năm 2027", "lần thứ VI"]))

PAGES.append(page("b8012-thaibinh-giaithuong-vhnt-2022", """
Báo Thái Bình điện tử
Văn hóa - Văn nghệ
Thứ Ba, 22/11/2022 | 16:30
Hôm nay: Thứ Ba, 22/11/2022
Trao Giải thưởng Văn học nghệ thuật Lê Quý Đôn lần thứ VI: 48 tác phẩm, tổng giá trị 400 triệu đồng
Tối 21/11/2022, tại Nhà hát Chèo Thái Bình, UBND tỉnh tổ chức lễ trao Giải thưởng Văn học nghệ thuật Lê Quý Đôn lần thứ VI (giai đoạn 2017 - 2022). Dự buổi lễ có đồng chí Ngô Đông Hải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Nguyễn Khắc Thận, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Trần Thị Thu Hương, Vũ Đức Tuấn.
Giải thưởng được xét tặng theo Quyết định số 2750/QĐ-UBND ngày 05/10/2022 của UBND tỉnh. Hội đồng xét tặng đã nhận 312 tác phẩm, công trình của 205 tác giả thuộc 9 chuyên ngành. Kết quả, 48 tác phẩm được trao giải gồm: 4 giải A, 14 giải B, 30 giải C. Mức thưởng giải A là 20 triệu đồng, giải B 10 triệu đồng, giải C 6 triệu đồng; tổng giá trị giải thưởng 400 triệu đồng.
Bốn tác phẩm đạt giải A gồm:
- Tiểu thuyết "Bến Tiên Hưng" của nhà văn Phạm Thị Thanh Hằng, Hội viên Hội Nhà văn Việt Nam;
- Vở chèo "Nàng Tấm đất Thái" của NSƯT Nguyễn Văn Quý, Phó Giám đốc Nhà hát Chèo Thái Bình;
- Bộ ảnh "Mùa vàng Thụy Trường" của nghệ sĩ nhiếp ảnh Trần Đăng Khoa;
- Công trình "Hát văn Thái Bình - di sản và bảo tồn" của PGS.TS. Bùi Thị Xuân, giảng viên Trường Đại học Thái Bình.
Các tác giả đạt giải B có nhà thơ Đặng Huy Giang, họa sĩ Lưu Thị Nguyệt, nhạc sĩ Hoàng Văn Thái, nhà nghiên cứu Đào Duy Khương... Đáng chú ý, tác giả trẻ nhất đạt giải là Nguyễn Thùy Dung, 24 tuổi, giáo viên Trường THCS Thái Thượng, với tập truyện ngắn "Ngõ gió".
Phát biểu tại lễ trao giải, đồng chí Ngô Đông Hải nhấn mạnh sau 5 năm thực hiện Nghị quyết số 23-NQ/TW của Bộ Chính trị và Chương trình hành động số 09-CTr/TU của Tỉnh ủy về văn học nghệ thuật, đội ngũ văn nghệ sĩ tỉnh đã phát triển lên 530 hội viên, xuất bản trên 200 đầu sách, tổ chức 86 cuộc triển lãm, liên hoan. Tỉnh sẽ nâng mức đầu tư cho Quỹ hỗ trợ sáng tác lên 1,5 tỷ đồng mỗi năm.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 5 văn nghệ sĩ cao tuổi có nhiều cống hiến và trao 10 suất hỗ trợ sáng tác, mỗi suất 15 triệu đồng, cho các tác giả trẻ dưới 35 tuổi.
Lễ trao giải còn có chương trình nghệ thuật với 12 tiết mục chèo, ca trù, hát văn do Nhà hát Chèo Thái Bình biểu diễn.
Minh Anh
Tin cùng chuyên mục
- Khai mạc Triển lãm mỹ thuật khu vực đồng bằng sông Hồng (15/11/2022)
- Hội Văn học nghệ thuật tỉnh sơ kết 6 tháng đầu năm (20/07/2022)
- Liên hoan chèo "Giọng hát hay" năm 2022 (05/07/2022)
""", "2022-11-22",
"Trao Giải thưởng Văn học nghệ thuật Lê Quý Đôn lần thứ VI: 48 tác phẩm, tổng giá trị 400 triệu đồng",
E("khac", None, "2022-11-21"),
[P("Ngô Đông Hải", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Nguyễn Khắc Thận", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Trần Thị Thu Hương", "Ủy viên Ban Thường vụ Tỉnh ủy"), P("Vũ Đức Tuấn", "Ủy viên Ban Thường vụ Tỉnh ủy"),
 P("Phạm Thị Thanh Hằng", "nhà văn", "Hội viên Hội Nhà văn Việt Nam"),
 P("Nguyễn Văn Quý", "NSƯT", "Phó Giám đốc Nhà hát Chèo Thái Bình"),
 P("Trần Đăng Khoa", "nghệ sĩ nhiếp ảnh"),
 P("Bùi Thị Xuân", "PGS.TS.", "giảng viên Trường Đại học Thái Bình"),
 P("Đặng Huy Giang", "nhà thơ"), P("Lưu Thị Nguyệt", "họa sĩ"), P("Hoàng Văn Thái", "nhạc sĩ"), P("Đào Duy Khương", "nhà nghiên cứu"),
 P("Nguyễn Thùy Dung", "giáo viên Trường THCS Thái Thượng")],
[Q("48 tác phẩm", 48, "tác phẩm"),
 Q("312 tác phẩm, công trình", 312, "tác phẩm, công trình"), Q("205 tác giả", 205, "tác giả"), Q("9 chuyên ngành", 9, "chuyên ngành"),
 Q("4 giải A", 4, "giải A"), Q("14 giải B", 14, "giải B"), Q("30 giải C", 30, "giải C"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("6 triệu đồng", 6000000, "đồng"),
 Q("400 triệu đồng", 400000000, "đồng"),
 Q("530 hội viên", 530, "hội viên"), Q("trên 200 đầu sách", 200, "đầu sách", "over"), Q("86 cuộc triển lãm, liên hoan", 86, "cuộc triển lãm, liên hoan"),
 Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("5 văn nghệ sĩ cao tuổi", 5, "văn nghệ sĩ cao tuổi"), Q("10 suất hỗ trợ sáng tác", 10, "suất hỗ trợ sáng tác"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("12 tiết mục", 12, "tiết mục")],
[D("Quyết định", "2750", "QĐ-UBND", "2022-10-05", "UBND tỉnh", "Quyết định số 2750/QĐ-UBND ngày 05/10/2022"),
 D("Nghị quyết", "23", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 23-NQ/TW"),
 D("Chương trình hành động", "09", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 09-CTr/TU")],
[prov("Thái Bình")],
["Báo Thái Bình điện tử", "Văn hóa - Văn nghệ", "Hôm nay: Thứ Ba, 22/11/2022", "Giải thưởng Văn học nghệ thuật Lê Quý Đôn",
 "Nhà hát Chèo Thái Bình", "Bến Tiên Hưng", "Nàng Tấm đất Thái", "Mùa vàng Thụy Trường", "Hát văn Thái Bình - di sản và bảo tồn",
 "Ngõ gió", "Quỹ hỗ trợ sáng tác", "Trường Đại học Thái Bình"],
["Thứ Ba, 22/11/2022 | 16:30", "lần thứ VI", "giai đoạn 2017 - 2022", "24 tuổi", "5 năm", "dưới 35 tuổi"]))

PAGES.append(page("b8013-quangnam-mttq-tongket-giaibaochi-2023", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM
Trang chủ > Tin tức > Hoạt động Mặt trận
Ngày đăng 19/12/2023 | 15:05
Toàn cảnh hội nghị tổng kết.
Ủy ban MTTQ tỉnh tổng kết năm 2023, trao 18 giải báo chí "Mặt trận với cuộc vận động Toàn dân đoàn kết"
Chiều 18/12/2023, Ủy ban MTTQ Việt Nam tỉnh Quảng Nam tổ chức hội nghị tổng kết công tác Mặt trận năm 2023, triển khai nhiệm vụ năm 2024 và trao giải cuộc thi báo chí về công tác Mặt trận. Đồng chí Bùi Thị Quỳnh Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có đồng chí Lê Văn Dũng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.
Năm 2023, các cấp Mặt trận đã vận động Quỹ "Vì người nghèo" trên 48,7 tỷ đồng; hỗ trợ xây mới, sửa chữa 1.126 nhà Đại đoàn kết cho hộ nghèo, hộ khó khăn về nhà ở; tổ chức 326 cuộc giám sát, 41 hội nghị phản biện xã hội, trong đó phản biện dự thảo Nghị quyết của HĐND tỉnh về hỗ trợ hộ nghèo người Cơ Tu, Xê Đăng. Tỷ lệ hộ nghèo toàn tỉnh giảm còn 3,94%.
Đồng chí Lê Văn Dũng trao giải cho các tác giả.
Cuộc thi báo chí được tổ chức theo Kế hoạch số 102/KH-MTTQ-BTT ngày 20/3/2023, nhận 143 tác phẩm. Ban Giám khảo trao 18 giải, gồm 2 giải A (10 triệu đồng/giải), 4 giải B (6 triệu đồng/giải), 6 giải C (4 triệu đồng/giải), 6 giải Khuyến khích (1,5 triệu đồng/giải).
Hai giải A thuộc về phóng sự "Hơi ấm Gươl" của nhóm tác giả Đài Phát thanh - Truyền hình Quảng Nam và loạt bài "Nhà Đại đoàn kết trên đỉnh Ngọc Linh" của tác giả Alăng Thị Thêm, phóng viên Báo Quảng Nam. Giải B trao cho các tác giả Bríu Văn Quân, Zơ Râm Thị Lệ, Hồ Văn Tuấn và Phan Thị Kim Oanh; giải C cho các tác giả: Trần Hữu Vinh, Hôih Thị Dương, Nguyễn Đức Hoàng, Lê Thị Thúy, A Lăng Văn Mưa, Tơ Ngôl Thị Hương.
Loạt bài "Nhà Đại đoàn kết trên đỉnh Ngọc Linh" phản ánh việc xã Trà Linh xóa 74 nhà tạm cho đồng bào Xê Đăng, nhờ sự vào cuộc của ông Hồ Văn Bay, Chủ tịch Ủy ban MTTQ xã Trà Linh, cùng già làng Hồ Văn Lý, người có uy tín thôn 2.
Hội nghị cũng khen thưởng 23 tập thể, 31 cá nhân xuất sắc trong thực hiện Chỉ thị số 05-CT/TU và Kết luận số 17, 18-KL/TU của Ban Thường vụ Tỉnh ủy.
Phát biểu tại hội nghị, đồng chí Lê Văn Dũng đề nghị năm 2024 Mặt trận tiếp tục hỗ trợ ít nhất 1.500 nhà cho hộ nghèo theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ; cam kết UBND tỉnh bố trí 30 tỷ đồng đối ứng.
Quang Việt
Tin liên quan
- Đại Lộc: Ngày hội Đại đoàn kết toàn dân tộc ở thôn Hà Tân (17/11/2023)
- Trao 50 nhà Đại đoàn kết cho đồng bào Tây Giang (10/11/2023)
- Mặt trận tỉnh giám sát chính sách người có uy tín (25/10/2023)
""", "2023-12-19",
'Ủy ban MTTQ tỉnh tổng kết năm 2023, trao 18 giải báo chí "Mặt trận với cuộc vận động Toàn dân đoàn kết"',
E("tong_ket", "2023", "2023-12-18"),
[P("Bùi Thị Quỳnh Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Dũng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Alăng Thị Thêm", "phóng viên Báo Quảng Nam"),
 P("Bríu Văn Quân"), P("Zơ Râm Thị Lệ"), P("Hồ Văn Tuấn"), P("Phan Thị Kim Oanh"),
 P("Trần Hữu Vinh"), P("Hôih Thị Dương"), P("Nguyễn Đức Hoàng"), P("Lê Thị Thúy"), P("A Lăng Văn Mưa"), P("Tơ Ngôl Thị Hương"),
 P("Hồ Văn Bay", "Chủ tịch Ủy ban MTTQ xã Trà Linh"), P("Hồ Văn Lý", "già làng", "người có uy tín thôn 2")],
[Q("18 giải", 18, "giải"), Q("trên 48,7 tỷ đồng", 48700000000, "đồng", "over"),
 Q("1.126 nhà Đại đoàn kết", 1126, "nhà Đại đoàn kết"), Q("326 cuộc giám sát", 326, "cuộc giám sát"),
 Q("41 hội nghị phản biện xã hội", 41, "hội nghị phản biện xã hội"), Q("3,94%", 3.94, "%"), Q("143 tác phẩm", 143, "tác phẩm"),
 Q("2 giải A", 2, "giải A"), Q("10 triệu đồng", 10000000, "đồng"), Q("4 giải B", 4, "giải B"), Q("6 triệu đồng", 6000000, "đồng"),
 Q("6 giải C", 6, "giải C"), Q("4 triệu đồng", 4000000, "đồng"), Q("6 giải Khuyến khích", 6, "giải Khuyến khích"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("74 nhà tạm", 74, "nhà tạm"), Q("23 tập thể", 23, "tập thể"), Q("31 cá nhân xuất sắc", 31, "cá nhân xuất sắc"),
 Q("ít nhất 1.500 nhà", 1500, "nhà", "over"), Q("30 tỷ đồng", 30000000000, "đồng")],
[D("Kế hoạch", "102", "KH-MTTQ-BTT", "2023-03-20", None, "Kế hoạch số 102/KH-MTTQ-BTT ngày 20/3/2023"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU"),
 D("Kết luận", "17", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 17, 18-KL/TU"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 17, 18-KL/TU"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Quảng Nam"), com("Trà Linh")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM", "Trang chủ > Tin tức > Hoạt động Mặt trận", "Toàn cảnh hội nghị tổng kết.",
 "Đồng chí Lê Văn Dũng trao giải cho các tác giả.", "Mặt trận với cuộc vận động Toàn dân đoàn kết", "Vì người nghèo",
 "Hơi ấm Gươl", "Nhà Đại đoàn kết trên đỉnh Ngọc Linh", "Đài Phát thanh - Truyền hình Quảng Nam", "Báo Quảng Nam"],
["Ngày đăng 19/12/2023 | 15:05", "năm 2024", "thôn 2"]))

PAGES.append(page("b8014-haugiang-tinhdoan-saothanggieng-2023", """
TỈNH ĐOÀN HẬU GIANG
Trang chủ › Tin tức › Tuyên dương - Khen thưởng
Chủ Nhật, 26/03/2023
Ảnh: Các đoàn viên nhận Giải thưởng "Sao Tháng Giêng".
Trao Giải thưởng "Sao Tháng Giêng" và "Gương mặt trẻ tiêu biểu" tỉnh Hậu Giang năm 2022
Sáng 25/3/2023, nhân kỷ niệm 92 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh, Tỉnh đoàn Hậu Giang tổ chức lễ trao Giải thưởng "Sao Tháng Giêng" cho cán bộ Đoàn, hội viên tiêu biểu và Giải thưởng "Gương mặt trẻ tiêu biểu" tỉnh Hậu Giang năm 2022. Dự có đồng chí Đồng Văn Thanh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Huỳnh Thanh Phong, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn.
Giải thưởng được xét chọn theo Quy chế ban hành kèm theo Quyết định số 215-QĐ/TĐTN ngày 02/12/2022 của Ban Thường vụ Tỉnh đoàn. Từ 64 hồ sơ đề cử, Hội đồng xét chọn đã bình chọn 10 "Gương mặt trẻ tiêu biểu" và 15 gương nhận Giải thưởng "Sao Tháng Giêng". Mỗi gương mặt trẻ tiêu biểu nhận Bằng khen, biểu trưng và 5 triệu đồng; mỗi gương "Sao Tháng Giêng" nhận 3 triệu đồng. Tổng giá trị tiền thưởng 95 triệu đồng do Công ty cổ phần Dược Hậu Giang và Ngân hàng TMCP Công Thương chi nhánh Hậu Giang tài trợ.
Danh sách 10 Gương mặt trẻ tiêu biểu: Thượng úy Lê Minh Khang, cán bộ Đội Cảnh sát hình sự Công an huyện Phụng Hiệp; Thạc sĩ Trương Ngọc Bích, giảng viên Trường Cao đẳng Cộng đồng Hậu Giang; anh Danh Tuấn, chủ hợp tác xã khóm Hỏa Tiến, xã Hỏa Tiến; chị Lý Thị Sô Phia, Bí thư Chi đoàn ấp Tân Long, xã Lương Tâm; anh Trần Quốc Vũ, kỹ sư Công ty Giấy Lee & Man; anh Nguyễn Văn Út Em, công nhân; chị Kim Thị Ngọc Hà, bác sĩ Trung tâm Y tế huyện Long Mỹ; anh Võ Hoàng Nam, sinh viên; chị Thạch Thị Cẩm Tú, giáo viên; anh Phạm Thanh Liêm, đoàn viên ấp Vĩnh Thuận.
Anh Danh Tuấn, 31 tuổi, người Khmer, đã liên kết 126 hộ trồng khóm theo tiêu chuẩn VietGAP trên diện tích 85 ha, giúp thành viên tăng thu nhập bình quân 20%, tạo việc làm cho 43 lao động. Năm 2022, hợp tác xã của anh đạt doanh thu khoảng 12 tỷ đồng.
Các gương nhận Giải thưởng "Sao Tháng Giêng" là những cán bộ Đoàn, Hội cơ sở như: Bí thư Đoàn xã Vị Thanh Huỳnh Thị Mỹ Duyên, Phó Bí thư Đoàn phường Ngã Bảy Nguyễn Hoàng Phúc, Chủ tịch Hội LHTN xã Tân Phú Thạnh Lâm Quốc Việt...
Phát biểu tại buổi lễ, đồng chí Đồng Văn Thanh đề nghị tuổi trẻ tỉnh tiếp tục thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy về phát triển nguồn nhân lực trẻ, xung kích trong chuyển đổi số với mục tiêu 100% xã, phường có ít nhất 1 tổ công nghệ số cộng đồng do đoàn viên làm nòng cốt.
Kim Thoa
Tin khác
- Ra quân Tháng Thanh niên năm 2023 (05/03/2023)
- Tỉnh đoàn tổng kết công tác Đoàn năm 2022 (28/12/2022)
- Tuyên dương 50 đội viên tiêu biểu (20/12/2022)
""", "2023-03-26",
'Trao Giải thưởng "Sao Tháng Giêng" và "Gương mặt trẻ tiêu biểu" tỉnh Hậu Giang năm 2022',
E("khac", None, "2023-03-25"),
[P("Đồng Văn Thanh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Huỳnh Thanh Phong", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Lê Minh Khang", "Thượng úy", "cán bộ Đội Cảnh sát hình sự Công an huyện Phụng Hiệp"),
 P("Trương Ngọc Bích", "Thạc sĩ", "giảng viên Trường Cao đẳng Cộng đồng Hậu Giang"),
 P("Danh Tuấn", "chủ hợp tác xã khóm Hỏa Tiến"), P("Lý Thị Sô Phia", "Bí thư Chi đoàn ấp Tân Long"),
 P("Trần Quốc Vũ", "kỹ sư Công ty Giấy Lee & Man"), P("Nguyễn Văn Út Em", "công nhân"),
 P("Kim Thị Ngọc Hà", "bác sĩ Trung tâm Y tế huyện Long Mỹ"), P("Võ Hoàng Nam", "sinh viên"),
 P("Thạch Thị Cẩm Tú", "giáo viên"), P("Phạm Thanh Liêm", "đoàn viên ấp Vĩnh Thuận"),
 P("Huỳnh Thị Mỹ Duyên", "Bí thư Đoàn xã Vị Thanh"), P("Nguyễn Hoàng Phúc", "Phó Bí thư Đoàn phường Ngã Bảy"),
 P("Lâm Quốc Việt", "Chủ tịch Hội LHTN xã Tân Phú Thạnh")],
[Q("64 hồ sơ", 64, "hồ sơ"), Q("10 \"Gương mặt trẻ tiêu biểu\"", 10, "Gương mặt trẻ tiêu biểu"), Q("15 gương", 15, "gương"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("3 triệu đồng", 3000000, "đồng"), Q("95 triệu đồng", 95000000, "đồng"),
 Q("126 hộ", 126, "hộ"), Q("85 ha", 85, "ha"), Q("20%", 20, "%"), Q("43 lao động", 43, "lao động"),
 Q("khoảng 12 tỷ đồng", 12000000000, "đồng", "approx"), Q("100%", 100, "%")],
[D("Quyết định", "215", "QĐ/TĐTN", "2022-12-02", "Ban Thường vụ Tỉnh đoàn", "Quyết định số 215-QĐ/TĐTN ngày 02/12/2022"),
 D("Nghị quyết", "09", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 09-NQ/TU")],
[prov("Hậu Giang"), com("Hỏa Tiến"), com("Lương Tâm"), com("Vị Thanh"), com("Ngã Bảy"), com("Tân Phú Thạnh")],
["TỈNH ĐOÀN HẬU GIANG", "Trang chủ › Tin tức › Tuyên dương - Khen thưởng", "Ảnh: Các đoàn viên nhận Giải thưởng \"Sao Tháng Giêng\".",
 "Sao Tháng Giêng", "Gương mặt trẻ tiêu biểu", "Công ty cổ phần Dược Hậu Giang", "Ngân hàng TMCP Công Thương chi nhánh Hậu Giang",
 "Trường Cao đẳng Cộng đồng Hậu Giang", "Công ty Giấy Lee & Man", "VietGAP"],
["Chủ Nhật, 26/03/2023", "92 năm", "năm 2022", "31 tuổi", "Năm 2022", "1 tổ công nghệ số cộng đồng"]))
