from lib import *
PAGES = []

PAGES.append(page("b7793-binhdinh-khuyenhoc-daihoi-2022", """
BÁO BÌNH ĐỊNH ONLINE
Thời sự - Chính trị » Đoàn thể
Thứ Năm, 18/8/2022 14:25
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Đại hội Hội Khuyến học tỉnh lần thứ V: Hướng tới xã hội học tập toàn diện
(BĐ) - Ngày 17/8, Hội Khuyến học tỉnh Bình Định tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2022 - 2027, với 210 đại biểu đại diện cho gần 298.000 hội viên trong toàn tỉnh. Dự đại hội có đồng chí Lê Kim Toàn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Vũ Thị Cúc, Phó Chủ tịch Trung ương Hội Khuyến học Việt Nam.
Nhiệm kỳ 2017 - 2022, các cấp hội đã huy động quỹ khuyến học được 318,6 tỷ đồng, gấp 1,8 lần nhiệm kỳ trước; trao 412.000 suất học bổng, phần thưởng. Toàn tỉnh có 225.400 gia đình học tập, 1.860 dòng họ học tập, 948 cộng đồng học tập và 1.105 đơn vị học tập được công nhận. 100% xã, phường, thị trấn có trung tâm học tập cộng đồng; tỷ lệ hội viên đạt 20,1% dân số.
Ở 3 huyện miền núi An Lão, Vĩnh Thạnh, Vân Canh, Hội đã phối hợp với các đồn biên phòng, đồn công an thực hiện mô hình "Nâng bước em đến trường", nhận đỡ đầu 146 học sinh người Ba Na, Hrê, Chăm; mỗi em được hỗ trợ 500.000 đồng/tháng. Tham luận tại đại hội, bà Đinh Thị Hà, Chủ tịch Hội Khuyến học xã An Toàn (An Lão), kể việc vận động từng hộ người Hrê không cho con nghỉ học lên rẫy.
Phát biểu chỉ đạo, đồng chí Lê Kim Toàn đề nghị Hội tiếp tục thực hiện Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 11-CT/TW của Bộ Chính trị khóa X, Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án "Xây dựng xã hội học tập giai đoạn 2021 - 2030" và Kế hoạch số 52, 53/KH-UBND của UBND tỉnh triển khai đề án.
Đại hội thông qua các chỉ tiêu nhiệm kỳ 2022 - 2027: phấn đấu đến năm 2027 có trên 80% hộ đạt gia đình học tập, 70% dòng họ đạt dòng họ học tập; quỹ khuyến học tăng bình quân 10% mỗi năm; mỗi năm trao không dưới 70.000 suất học bổng.
Đại hội đã hiệp thương cử Ban Chấp hành khóa V gồm 35 ủy viên, Ban Thường vụ gồm 9 ủy viên. TS. Trần Văn Thạnh, nguyên Giám đốc Sở Giáo dục và Đào tạo, được tín nhiệm giữ chức Chủ tịch Hội Khuyến học tỉnh khóa V; các Phó Chủ tịch Hội Khuyến học tỉnh: Nguyễn Thị Bích Liên, Đinh Văn Nhi, Phan Văn Hải. Bà Nguyễn Thị Bích Liên đồng thời là Phó Chủ tịch Thường trực.
Dịp này, Trung ương Hội Khuyến học Việt Nam tặng Kỷ niệm chương "Vì sự nghiệp khuyến học" cho 15 cá nhân; UBND tỉnh tặng bằng khen cho 12 tập thể, 17 cá nhân có thành tích xuất sắc trong nhiệm kỳ.
Ngọc Thanh
Lượt xem: 2.318
Tin cùng chuyên mục
- Đại hội Hội Khuyến học huyện Phù Mỹ nhiệm kỳ 2022 - 2027 (05/08/2022)
- Quy Nhơn: Hội Khuyến học thành phố trao 400 suất học bổng (28/07/2022)
- Tuy Phước có 38 dòng họ học tập tiêu biểu (20/07/2022)
""", "2022-08-18", "Đại hội Hội Khuyến học tỉnh lần thứ V: Hướng tới xã hội học tập toàn diện",
E("dai_hoi", None, "2022-08-17"),
[P("Lê Kim Toàn", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Vũ Thị Cúc", "Phó Chủ tịch Trung ương Hội Khuyến học Việt Nam"),
 P("Đinh Thị Hà", "Chủ tịch Hội Khuyến học xã An Toàn"),
 P("Trần Văn Thạnh", "TS.", "nguyên Giám đốc Sở Giáo dục và Đào tạo", "Chủ tịch Hội Khuyến học tỉnh khóa V"),
 P("Nguyễn Thị Bích Liên", "Phó Chủ tịch Hội Khuyến học tỉnh", "Phó Chủ tịch Thường trực"),
 P("Đinh Văn Nhi", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Phan Văn Hải", "Phó Chủ tịch Hội Khuyến học tỉnh")],
[Q("210 đại biểu", 210, "đại biểu"), Q("gần 298.000 hội viên", 298000, "hội viên", "approx"), Q("318,6 tỷ đồng", 318600000000, "đồng"),
 Q("1,8 lần", 1.8, "lần"), Q("412.000 suất học bổng, phần thưởng", 412000, "suất học bổng, phần thưởng"),
 Q("225.400 gia đình học tập", 225400, "gia đình học tập"), Q("1.860 dòng họ học tập", 1860, "dòng họ học tập"),
 Q("948 cộng đồng học tập", 948, "cộng đồng học tập"), Q("1.105 đơn vị học tập", 1105, "đơn vị học tập"), Q("100%", 100, "%"),
 Q("20,1%", 20.1, "%"), Q("3 huyện miền núi", 3, "huyện miền núi"), Q("146 học sinh người Ba Na, Hrê, Chăm", 146, "học sinh người Ba Na, Hrê, Chăm"),
 Q("500.000 đồng/tháng", 500000, "đồng"), Q("trên 80%", 80, "%", "over"), Q("70%", 70, "%"), Q("10%", 10, "%"),
 Q("không dưới 70.000 suất học bổng", 70000, "suất học bổng", "over"), Q("35 ủy viên", 35, "ủy viên"), Q("9 ủy viên", 9, "ủy viên"),
 Q("15 cá nhân", 15, "cá nhân"), Q("12 tập thể", 12, "tập thể"), Q("17 cá nhân", 17, "cá nhân")],
[D("Kết luận", "49", "KL/TW", "2019-05-10", "Ban Bí thư", "Kết luận số 49-KL/TW ngày 10/5/2019"),
 D("Chỉ thị", "11", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 11-CT/TW"),
 D("Quyết định", "1373", "QĐ-TTg", "2021-07-30", "Thủ tướng Chính phủ", "Quyết định số 1373/QĐ-TTg ngày 30/7/2021"),
 D("Kế hoạch", "52", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 52, 53/KH-UBND"),
 D("Kế hoạch", "53", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 52, 53/KH-UBND")],
[prov("Bình Định"), com("An Toàn")],
["BÁO BÌNH ĐỊNH ONLINE", "Thời sự - Chính trị » Đoàn thể", "Đại biểu biểu quyết thông qua nghị quyết đại hội.", "(BĐ)",
 "Nâng bước em đến trường", "Xây dựng xã hội học tập giai đoạn 2021 - 2030", "Vì sự nghiệp khuyến học", "Lượt xem: 2.318"],
["Thứ Năm, 18/8/2022 14:25", "lần thứ V", "nhiệm kỳ 2022 - 2027", "Nhiệm kỳ 2017 - 2022", "khóa X", "năm 2027", "khóa V", "Lượt xem: 2.318"]))

PAGES.append(page("b7794-kiengiang-khuyenhoc-baocao-2023", """
Cổng Thông tin điện tử tỉnh Kiên Giang
Trang chủ > Tin tức - Sự kiện > Hoạt động các ngành
Thứ Tư, ngày 06 tháng 12 năm 2023
Hội Khuyến học tỉnh báo cáo kết quả công tác năm 2023 với Thường trực Tỉnh ủy
Chiều 5/12/2023, đồng chí Mai Văn Huỳnh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh nghe Hội Khuyến học tỉnh báo cáo kết quả công tác khuyến học, khuyến tài, xây dựng xã hội học tập năm 2023 và kết quả 4 năm thực hiện Kết luận số 49-KL/TW của Ban Bí thư. Cùng dự có đồng chí Danh Út, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo do ông Trần Thanh Việt, Chủ tịch Hội Khuyến học tỉnh trình bày, năm 2023 toàn tỉnh có 312.700 hội viên, tăng 9.450 hội viên so với năm 2022; 144/144 xã, phường, thị trấn có hội khuyến học và trung tâm học tập cộng đồng. Quỹ khuyến học các cấp huy động được 58,3 tỷ đồng, vượt 16,6% kế hoạch; đã trao 36.120 suất học bổng, trong đó 8.940 suất cho học sinh người Khmer.
Ông Trần Thanh Việt báo cáo tại buổi làm việc.
Kết quả đánh giá năm 2023 có 221.560 hộ đạt gia đình học tập (đạt 78,4%), 760 dòng họ học tập, 1.214 cộng đồng học tập cấp ấp, khu phố và 690 đơn vị học tập. Tại huyện đảo Phú Quốc và Kiên Hải, Hội phối hợp với Bộ đội Biên phòng duy trì 6 lớp học tình thương cho khoảng 120 trẻ em ngư dân. Tại xã Mỹ Lâm (Hòn Đất), dòng họ Thạch của đồng bào Khmer đã lập quỹ khuyến học 45 triệu đồng, mỗi năm thưởng cho trên 30 cháu học giỏi. Hội đã phối hợp Ban Tuyên giáo Tỉnh ủy tham mưu ban hành Kế hoạch số 187-KH/TU ngày 20/3/2023 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 64/KH-UBND của UBND tỉnh thực hiện Quyết định số 1373/QĐ-TTg.
Báo cáo cũng nêu những khó khăn: đội ngũ cán bộ hội phần lớn là người nghỉ hưu, tuổi cao; kinh phí hoạt động của hội cấp xã bình quân chỉ 8 triệu đồng/năm; việc huy động quỹ ở 2 huyện U Minh Thượng, Giang Thành còn thấp, chưa đạt 60% chỉ tiêu.
Ông Danh Sơn, Phó Chủ tịch Hội Khuyến học tỉnh, đề xuất Thường trực Tỉnh ủy chỉ đạo bố trí biên chế cho Văn phòng Hội và hỗ trợ kinh phí cho 30 trung tâm học tập cộng đồng ở vùng đồng bào Khmer.
Kết luận buổi làm việc, đồng chí Mai Văn Huỳnh đánh giá cao kết quả Hội đạt được, đề nghị năm 2024 Hội tham mưu sơ kết 5 năm thực hiện Kết luận 49-KL/TW, phấn đấu có ít nhất 80% hộ đạt gia đình học tập; giao Ban Dân vận Tỉnh ủy và UBND tỉnh nghiên cứu, giải quyết các kiến nghị về kinh phí.
Hồng Nhung - Sở Thông tin và Truyền thông
Các tin khác
- Kiên Lương: trao 90 suất học bổng cho học sinh Khmer (30/11/2023)
- Hội Khuyến học Rạch Giá biểu dương gia đình hiếu học (22/11/2023)
- Châu Thành tổ chức ngày hội học tập suốt đời (10/10/2023)
""", "2023-12-06", "Hội Khuyến học tỉnh báo cáo kết quả công tác năm 2023 với Thường trực Tỉnh ủy",
E("bao_cao", "2023", "2023-12-05"),
[P("Mai Văn Huỳnh", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Danh Út", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thanh Việt", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Danh Sơn", "Phó Chủ tịch Hội Khuyến học tỉnh")],
[Q("312.700 hội viên", 312700, "hội viên"), Q("9.450 hội viên", 9450, "hội viên"),
 Q("144/144 xã, phường, thị trấn", 144, "xã, phường, thị trấn"), Q("58,3 tỷ đồng", 58300000000, "đồng"), Q("16,6%", 16.6, "%"),
 Q("36.120 suất học bổng", 36120, "suất học bổng"), Q("8.940 suất", 8940, "suất"), Q("221.560 hộ", 221560, "hộ"),
 Q("78,4%", 78.4, "%"), Q("760 dòng họ học tập", 760, "dòng họ học tập"), Q("1.214 cộng đồng học tập cấp ấp, khu phố", 1214, "cộng đồng học tập cấp ấp, khu phố"),
 Q("690 đơn vị học tập", 690, "đơn vị học tập"), Q("6 lớp học tình thương", 6, "lớp học tình thương"),
 Q("khoảng 120 trẻ em ngư dân", 120, "trẻ em ngư dân", "approx"), Q("45 triệu đồng", 45000000, "đồng"), Q("trên 30 cháu", 30, "cháu", "over"), Q("8 triệu đồng/năm", 8000000, "đồng"),
 Q("2 huyện", 2, "huyện"), Q("60%", 60, "%"), Q("30 trung tâm học tập cộng đồng", 30, "trung tâm học tập cộng đồng"),
 Q("ít nhất 80%", 80, "%", "over")],
[D("Kết luận", "49", "KL/TW", None, "Ban Bí thư", "Kết luận số 49-KL/TW"),
 D("Kế hoạch", "187", "KH/TU", "2023-03-20", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 187-KH/TU ngày 20/3/2023"),
 D("Kế hoạch", "64", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 64/KH-UBND"),
 D("Quyết định", "1373", "QĐ-TTg", None, None, "Quyết định số 1373/QĐ-TTg")],
[prov("Kiên Giang"), com("Mỹ Lâm")],
["Cổng Thông tin điện tử tỉnh Kiên Giang", "Trang chủ > Tin tức - Sự kiện > Hoạt động các ngành",
 "Ông Trần Thanh Việt báo cáo tại buổi làm việc.", "Sở Thông tin và Truyền thông"],
["Thứ Tư, ngày 06 tháng 12 năm 2023", "năm 2023", "4 năm", "năm 2022", "năm 2024", "5 năm"]))

PAGES.append(page("b7795-quangnam-khuyenhoc-soket-2023", """
BÁO QUẢNG NAM ONLINE
Xã hội | Giáo dục | Khuyến học
2023-07-12 10:15
Khuyến học miền núi Quảng Nam: Nhiều dòng họ Cơ Tu lập quỹ khuyến học
Chiều 11.7, Hội Khuyến học tỉnh Quảng Nam tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023 tại huyện Nam Giang. Ông Phan Thanh Sơn, Chủ tịch Hội Khuyến học tỉnh chủ trì; tham dự có lãnh đạo hội khuyến học 18 huyện, thị xã, thành phố.
6 tháng qua, các cấp hội phát triển thêm 5.230 hội viên mới, tổng số hội viên đạt 362.400 người. Quỹ khuyến học huy động được 24,7 tỷ đồng, đạt 55% kế hoạch năm; đã trao 11.650 suất học bổng, phần thưởng. Nổi bật là phong trào lập quỹ khuyến học dòng họ ở vùng đồng bào Cơ Tu, Xơ Đăng, Giẻ Triêng: đến nay 6 huyện miền núi có 142 dòng họ thành lập ban khuyến học, trong đó 38 dòng họ có quỹ từ 20 triệu đồng trở lên.
Các đại biểu tham quan nhà gươl thôn Pà Dấu 1, nơi dòng họ Zơrâm góp quỹ khuyến học.
Tại hội nghị, ông Bhling Mia, già làng thôn Pà Dấu 1, xã Tà Bhing, cho biết dòng họ Zơrâm có 47 hộ, đã góp được 26 triệu đồng và 1,2 tấn thóc vào quỹ; mỗi năm thưởng cho con cháu đỗ đại học 1 triệu đồng, học sinh giỏi 200.000 đồng. Bà Alăng Thị Liên, Chủ tịch Hội Khuyến học huyện Nam Giang, cho biết huyện đã có 21 dòng họ Cơ Tu lập quỹ, tỷ lệ học sinh bỏ học giảm còn 0,6%.
Ông Hốih Văn Nhung, Phó Chủ tịch Hội Khuyến học huyện Tây Giang, HUV, đề nghị tỉnh hỗ trợ tủ sách cho các điểm trường cắm bản; ông A Viết Sơn, Bí thư Đảng ủy xã Ch'ơm (Tây Giang), cho rằng cần gắn khuyến học với phong trào xây dựng thôn văn hóa. Theo ông, toàn xã hiện có 9 dòng họ lập quỹ khuyến học với tổng số tiền khoảng 70 triệu đồng, cả xã không còn học sinh bỏ học trong học kỳ II vừa qua.
Hội Khuyến học tỉnh cho biết đang triển khai Kế hoạch số 1620/KH-UBND ngày 10/3/2023 của UBND tỉnh về đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, cùng Nghị quyết số 10-NQ/TU, Chương trình hành động số 22-CTr/TU của Tỉnh ủy về phát triển giáo dục vùng đồng bào dân tộc thiểu số.
Kết luận hội nghị, ông Phan Thanh Sơn đề nghị 6 tháng cuối năm các cấp hội tập trung trao học bổng dịp khai giảng, phấn đấu quỹ cả năm đạt từ 45 tỷ đồng trở lên; nhân rộng mô hình dòng họ khuyến học ở vùng cao, mỗi huyện miền núi có thêm ít nhất 5 dòng họ lập quỹ. Dịp này, Hội Khuyến học tỉnh trao 50 suất học bổng, mỗi suất 1 triệu đồng, cho học sinh Trường Phổ thông dân tộc nội trú huyện Nam Giang.
Alăng Ngước
Tin liên quan
- Đông Giang: 100% thôn có chi hội khuyến học (02/07/2023)
- Phước Sơn trao 100 suất học bổng cho học sinh Giẻ Triêng (20/06/2023)
- Hội Khuyến học Tam Kỳ tổ chức ngày hội đọc sách (05/06/2023)
""", "2023-07-12", "Khuyến học miền núi Quảng Nam: Nhiều dòng họ Cơ Tu lập quỹ khuyến học",
E("so_ket", "2023-H1", "2023-07-11"),
[P("Phan Thanh Sơn", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Bhling Mia", "già làng thôn Pà Dấu 1"),
 P("Alăng Thị Liên", "Chủ tịch Hội Khuyến học huyện Nam Giang"),
 P("Hốih Văn Nhung", "Phó Chủ tịch Hội Khuyến học huyện Tây Giang", "HUV"),
 P("A Viết Sơn", "Bí thư Đảng ủy xã Ch'ơm")],
[Q("18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố"), Q("5.230 hội viên mới", 5230, "hội viên mới"),
 Q("362.400 người", 362400, "người"), Q("24,7 tỷ đồng", 24700000000, "đồng"), Q("55%", 55, "%"),
 Q("11.650 suất học bổng, phần thưởng", 11650, "suất học bổng, phần thưởng"), Q("6 huyện miền núi", 6, "huyện miền núi"),
 Q("142 dòng họ", 142, "dòng họ"), Q("38 dòng họ", 38, "dòng họ"), Q("từ 20 triệu đồng trở lên", 20000000, "đồng", "over"),
 Q("47 hộ", 47, "hộ"), Q("26 triệu đồng", 26000000, "đồng"), Q("1,2 tấn thóc", 1.2, "tấn"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("200.000 đồng", 200000, "đồng"), Q("21 dòng họ Cơ Tu", 21, "dòng họ Cơ Tu"), Q("0,6%", 0.6, "%"), Q("9 dòng họ", 9, "dòng họ"), Q("khoảng 70 triệu đồng", 70000000, "đồng", "approx"),
 Q("từ 45 tỷ đồng trở lên", 45000000000, "đồng", "over"), Q("ít nhất 5 dòng họ", 5, "dòng họ", "over"), Q("50 suất học bổng", 50, "suất học bổng")],
[D("Kế hoạch", "1620", "KH-UBND", "2023-03-10", "UBND tỉnh", "Kế hoạch số 1620/KH-UBND ngày 10/3/2023"),
 D("Nghị quyết", "10", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 10-NQ/TU"),
 D("Chương trình hành động", "22", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 22-CTr/TU")],
[prov("Quảng Nam"), com("Tà Bhing"), com("Ch'ơm")],
["BÁO QUẢNG NAM ONLINE", "Xã hội | Giáo dục | Khuyến học",
 "Các đại biểu tham quan nhà gươl thôn Pà Dấu 1, nơi dòng họ Zơrâm góp quỹ khuyến học."],
["2023-07-12 10:15", "6 tháng đầu năm 2023", "6 tháng qua", "6 tháng cuối năm", "Chiều 11.7"]))

PAGES.append(page("b7796-hoabinh-dongho-hoinghi-2024", """
HỘI KHUYẾN HỌC TỈNH HÒA BÌNH
Trang chủ › Tin hoạt động › Gia đình - Dòng họ học tập
Cập nhật 09:15 ngày 15/10/2024
Ảnh: Lãnh đạo tỉnh trao bằng khen cho các dòng họ tiêu biểu.
Tôn vinh 80 dòng họ học tập tiêu biểu
Sáng 14/10/2024, Hội Khuyến học tỉnh Hòa Bình tổ chức Hội nghị biểu dương gia đình học tập, dòng họ học tập tiêu biểu năm 2024. Dự hội nghị có đồng chí Bùi Văn Cửu, Tỉnh ủy viên, Phó Chủ tịch Thường trực UBND tỉnh; đồng chí Quách Thị Hồng Ngoan, Phó Trưởng Ban Tuyên giáo Tỉnh ủy.
80 dòng họ và 120 gia đình được biểu dương năm nay đến từ 10 huyện, thành phố, phần lớn là đồng bào Mường, Dao, Tày, Thái. Nhiều dòng họ Mường như họ Đinh Công ở xã Mường Chiềng (Đà Bắc), họ Bùi ở xã Phong Phú (Tân Lạc), họ Quách ở xã Yên Lạc (Yên Thủy) có truyền thống hiếu học, có quỹ khuyến học từ 100 triệu đồng trở lên.
Theo báo cáo của Hội Khuyến học tỉnh, sau 3 năm thực hiện Kế hoạch số 148/KH-UBND ngày 21/9/2021 của UBND tỉnh về xây dựng xã hội học tập giai đoạn 2021 - 2030, toàn tỉnh có 134.800 gia đình học tập, chiếm 67,2% số hộ; 2.145 dòng họ học tập; 1.080 cộng đồng học tập cấp thôn, xóm. Quỹ khuyến học của các dòng họ đạt hơn 19,6 tỷ đồng, bằng khoảng một phần ba tổng quỹ khuyến học toàn tỉnh.
Tại hội nghị, ông Đinh Công Sứ, Trưởng ban khuyến học dòng họ Đinh Công xã Mường Chiềng, cho biết dòng họ có 68 hộ, đã có 41 người tốt nghiệp đại học, 3 thạc sĩ; quỹ dòng họ đạt 215 triệu đồng. Bà Xa Thị Hoa, người Thái ở xóm Đá Bia, xã Mai Hạ (Mai Châu), chia sẻ gia đình bà làm homestay, cả 3 con đều đỗ đại học. Ông Triệu Tiến Sơn, người Dao, Trưởng xóm Sơn Thủy, xã Ngọc Lương (Yên Thủy), cho biết xóm đã xóa được tình trạng học sinh bỏ học sau lớp 9.
Phát biểu tại hội nghị, đồng chí Bùi Văn Cửu biểu dương các gia đình, dòng họ; đề nghị các cấp hội tiếp tục thực hiện Kết luận số 49-KL/TW của Ban Bí thư và Chỉ thị số 21-CT/TU của Ban Thường vụ Tỉnh ủy về công tác khuyến học trong tình hình mới; quan tâm học sinh vùng lòng hồ sông Đà.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 20 dòng họ và 25 gia đình; Hội Khuyến học tỉnh tặng giấy khen cho 60 dòng họ, 95 gia đình tiêu biểu, kèm phần thưởng trị giá từ 500.000 đồng đến 1 triệu đồng.
Hội Khuyến học tỉnh cũng trao 100 suất học bổng "Vì tương lai xanh" cho học sinh các xã vùng lòng hồ, mỗi suất trị giá 1,5 triệu đồng, do một ngân hàng thương mại tài trợ.
Bùi Minh
Tin khác
- Lạc Sơn: 15 dòng họ Mường lập quỹ khuyến học (05/10/2024)
- Mai Châu trao học bổng cho học sinh dân tộc Thái (20/09/2024)
- Đại hội Hội Khuyến học huyện Kim Bôi (12/09/2024)
""", "2024-10-15", "Tôn vinh 80 dòng họ học tập tiêu biểu",
E("hoi_nghi", "2024", "2024-10-14"),
[P("Bùi Văn Cửu", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Quách Thị Hồng Ngoan", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Đinh Công Sứ", "Trưởng ban khuyến học dòng họ Đinh Công xã Mường Chiềng"),
 P("Xa Thị Hoa"),
 P("Triệu Tiến Sơn", "Trưởng xóm Sơn Thủy")],
[Q("80 dòng họ học tập tiêu biểu", 80, "dòng họ học tập tiêu biểu"), Q("120 gia đình", 120, "gia đình"),
 Q("10 huyện, thành phố", 10, "huyện, thành phố"), Q("từ 100 triệu đồng trở lên", 100000000, "đồng", "over"),
 Q("134.800 gia đình học tập", 134800, "gia đình học tập"), Q("67,2%", 67.2, "%"), Q("2.145 dòng họ học tập", 2145, "dòng họ học tập"),
 Q("1.080 cộng đồng học tập cấp thôn, xóm", 1080, "cộng đồng học tập cấp thôn, xóm"),
 Q("hơn 19,6 tỷ đồng", 19600000000, "đồng", "over"), Q("68 hộ", 68, "hộ"), Q("41 người", 41, "người"), Q("3 thạc sĩ", 3, "thạc sĩ"),
 Q("215 triệu đồng", 215000000, "đồng"), Q("3 con", 3, "con"), Q("20 dòng họ", 20, "dòng họ"), Q("25 gia đình", 25, "gia đình"),
 Q("60 dòng họ", 60, "dòng họ"), Q("95 gia đình tiêu biểu", 95, "gia đình tiêu biểu"), Q("500.000 đồng", 500000, "đồng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("100 suất học bổng", 100, "suất học bổng"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Kế hoạch", "148", "KH-UBND", "2021-09-21", "UBND tỉnh", "Kế hoạch số 148/KH-UBND ngày 21/9/2021"),
 D("Kết luận", "49", "KL/TW", None, "Ban Bí thư", "Kết luận số 49-KL/TW"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU")],
[prov("Hòa Bình"), com("Mường Chiềng"), com("Phong Phú"), com("Yên Lạc"), com("Mai Hạ"), com("Ngọc Lương")],
["HỘI KHUYẾN HỌC TỈNH HÒA BÌNH", "Trang chủ › Tin hoạt động › Gia đình - Dòng họ học tập",
 "Ảnh: Lãnh đạo tỉnh trao bằng khen cho các dòng họ tiêu biểu.", "Vì tương lai xanh"],
["Cập nhật 09:15 ngày 15/10/2024", "năm 2024", "3 năm", "giai đoạn 2021 - 2030", "một phần ba", "lớp 9"]))

PAGES.append(page("b7797-dongthap-khuyenhoc-tongket-2024", """
Báo Đồng Tháp Online
Trang chủ / Xã hội / Giáo dục
T6, 20/12/2024 - 08:00
Hội Khuyến học Đồng Tháp: Quỹ khuyến học năm 2024 vượt 100 tỷ đồng
(ĐTO) - Sáng ngày 19/12, Hội Khuyến học tỉnh tổng kết công tác khuyến học, khuyến tài, xây dựng xã hội học tập năm 2024 và triển khai phương hướng, nhiệm vụ năm 2025. Đến dự có đồng chí Phan Văn Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy.
Đồng chí Phan Văn Thắng trao cờ thi đua cho các đơn vị dẫn đầu.
Năm 2024, các cấp hội trong tỉnh vận động quỹ khuyến học đạt hơn 103 tỷ đồng, tăng 7,5% so với năm 2023; đã trao 57.800 suất học bổng, phần thưởng cho học sinh, sinh viên, trị giá trên 42 tỷ đồng. Hội viên toàn tỉnh đạt 447.300 người, chiếm 28,6% dân số; có 12/12 huyện, thành phố và 143/143 xã, phường, thị trấn có hội khuyến học.
Phong trào gia đình học tập, dòng họ học tập tiếp tục lan tỏa: toàn tỉnh có 318.400 gia đình học tập, 1.750 dòng họ học tập, 1.305 cộng đồng học tập cấp ấp, khóm và 1.240 đơn vị học tập. Tại huyện Tháp Mười, mô hình "Tủ sách dòng họ" đã có 46 tủ sách với hơn 9.000 đầu sách; tại thành phố Sa Đéc, dòng họ Huỳnh ở phường An Hòa có quỹ 1,2 tỷ đồng, lớn nhất tỉnh.
Các cấp hội thực hiện có hiệu quả Chỉ thị số 24-CT/TU, 25-CT/TU của Ban Thường vụ Tỉnh ủy về đẩy mạnh phong trào khuyến học và phát triển nguồn nhân lực chất lượng cao, Kế hoạch số 310/KH-UBND ngày 18/10/2022 của UBND tỉnh về xây dựng xã hội học tập giai đoạn 2021 - 2030. Chương trình "Tiếp bước cho em đến trường" được duy trì với 720 học sinh được nhận đỡ đầu, mỗi em nhận 300.000 đồng/tháng.
Ông Nguyễn Văn Dương, Chủ tịch Hội Khuyến học tỉnh, cho biết năm 2025 Hội phấn đấu quỹ khuyến học đạt trên 110 tỷ đồng, 80% hộ đạt gia đình học tập, tổ chức ít nhất 2 đợt trao học bổng lớn cho sinh viên nghèo. Ông cũng đề nghị các huyện chuẩn bị tốt việc kiện toàn tổ chức hội khi thực hiện sắp xếp đơn vị hành chính.
Tại hội nghị, các ông, bà Lê Thị Mỹ Hạnh, Trần Văn Lợi, Võ Thành Đông - Phó Chủ tịch Hội Khuyến học tỉnh - lần lượt báo cáo chuyên đề về quỹ học bổng, công tác phát triển hội viên và ứng dụng chuyển đổi số trong quản lý hội viên.
Dịp này, Hội Khuyến học tỉnh trao cờ thi đua cho 3 đơn vị dẫn đầu là Hội Khuyến học huyện Cao Lãnh, Lai Vung và thành phố Sa Đéc; tặng giấy khen cho 22 tập thể và 36 cá nhân tiêu biểu.
Ngọc Trâm
Tin cùng chuyên mục
- Lấp Vò: dòng họ học tập tiêu biểu nhận bằng khen (10/12/2024)
- Hội Khuyến học Tam Nông trao 200 suất học bổng (28/11/2024)
- Châu Thành: ra mắt mô hình "Gia đình đọc sách" (15/11/2024)
""", "2024-12-20", "Hội Khuyến học Đồng Tháp: Quỹ khuyến học năm 2024 vượt 100 tỷ đồng",
E("tong_ket", "2024", "2024-12-19"),
[P("Phan Văn Thắng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Nguyễn Văn Dương", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Lê Thị Mỹ Hạnh", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Trần Văn Lợi", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Võ Thành Đông", "Phó Chủ tịch Hội Khuyến học tỉnh")],
[Q("hơn 103 tỷ đồng", 103000000000, "đồng", "over"), Q("7,5%", 7.5, "%"),
 Q("57.800 suất học bổng, phần thưởng", 57800, "suất học bổng, phần thưởng"), Q("trên 42 tỷ đồng", 42000000000, "đồng", "over"),
 Q("447.300 người", 447300, "người"), Q("28,6%", 28.6, "%"), Q("12/12 huyện, thành phố", 12, "huyện, thành phố"),
 Q("143/143 xã, phường, thị trấn", 143, "xã, phường, thị trấn"), Q("318.400 gia đình học tập", 318400, "gia đình học tập"),
 Q("1.750 dòng họ học tập", 1750, "dòng họ học tập"), Q("1.305 cộng đồng học tập cấp ấp, khóm", 1305, "cộng đồng học tập cấp ấp, khóm"),
 Q("1.240 đơn vị học tập", 1240, "đơn vị học tập"), Q("46 tủ sách", 46, "tủ sách"), Q("hơn 9.000 đầu sách", 9000, "đầu sách", "over"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("720 học sinh", 720, "học sinh"), Q("300.000 đồng/tháng", 300000, "đồng"),
 Q("trên 110 tỷ đồng", 110000000000, "đồng", "over"), Q("80%", 80, "%"), Q("ít nhất 2 đợt", 2, "đợt", "over"),
 Q("3 đơn vị", 3, "đơn vị"), Q("22 tập thể", 22, "tập thể"), Q("36 cá nhân tiêu biểu", 36, "cá nhân tiêu biểu")],
[D("Chỉ thị", "24", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 24-CT/TU"),
 D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "25-CT/TU"),
 D("Kế hoạch", "310", "KH-UBND", "2022-10-18", "UBND tỉnh", "Kế hoạch số 310/KH-UBND ngày 18/10/2022")],
[prov("Đồng Tháp"), com("An Hòa")],
["Báo Đồng Tháp Online", "Trang chủ / Xã hội / Giáo dục", "(ĐTO)", "Đồng chí Phan Văn Thắng trao cờ thi đua cho các đơn vị dẫn đầu.",
 "Tủ sách dòng họ", "Tiếp bước cho em đến trường"],
["T6, 20/12/2024 - 08:00", "năm 2024", "năm 2025", "năm 2023", "giai đoạn 2021 - 2030"]))

PAGES.append(page("b7798-gialai-hocbong-jrai-2024", """
BÁO GIA LAI ĐIỆN TỬ
Xã hội » Giáo dục
Ngày 16/09/2024 | 15:00
Trao 120 suất học bổng "Tiếp sức em đến trường" cho học sinh Jrai, Bahnar
(GLO)- Sáng 15-9, tại xã Ia Pếch, huyện Ia Grai, Hội Khuyến học tỉnh Gia Lai phối hợp với Hội Doanh nhân trẻ tỉnh trao 120 suất học bổng "Tiếp sức em đến trường" cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn của các huyện Ia Grai, Chư Păh, Đak Đoa.
Mỗi suất học bổng gồm 1 triệu đồng tiền mặt, 1 balo và 20 quyển vở, tổng trị giá khoảng 156 triệu đồng. Trong số 120 em nhận học bổng có 74 em người Jrai, 39 em người Bahnar, còn lại là học sinh người Kinh ở các làng đồng bào; 22 em là học sinh mồ côi.
Các em học sinh Jrai nhận học bổng.
Tham dự buổi lễ có bà Rơ Châm H'Yao, Phó Chủ tịch Hội Khuyến học tỉnh; ông Ksor Phước Hà, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Ia Grai; ông Puih Thu, Phó Chủ tịch UBND xã Ia Pếch; cùng già làng Siu Đe (làng Ia Bang), Rơ Lan Mlơ (làng Pa Pết).
Bà Rơ Châm H'Yao cho biết, năm học 2023 - 2024, các cấp hội trong tỉnh đã trao gần 21.000 suất học bổng, phần thưởng với tổng số tiền hơn 9,4 tỷ đồng; toàn tỉnh có 152.300 gia đình học tập, 486 dòng họ học tập và 1.960 cộng đồng học tập được công nhận. Thực hiện Kế hoạch số 2561/KH-UBND ngày 29/11/2021 của UBND tỉnh, nhiều làng Jrai, Bahnar đã lập "hũ gạo khuyến học", "quỹ khuyến học làng" do già làng, người có uy tín đứng ra vận động.
Già làng Siu Đe chia sẻ: làng Ia Bang có 215 hộ, trước đây nhiều em học hết lớp 5 đã nghỉ ở nhà lên rẫy; mấy năm nay làng lập quỹ, mỗi hộ góp 20.000 đồng hoặc 5 kg gạo mỗi năm, đến nay quỹ có 18 triệu đồng, thưởng cho em nào đi học đều, thi đỗ. Năm học vừa qua, làng có 4 em đỗ đại học, cao đẳng.
Em Puih H'Nuy, học sinh lớp 11 Trường THPT Ia Grai, bày tỏ: "Bố mẹ em đi làm thuê, em sẽ dùng tiền học bổng để mua sách và đóng tiền ăn bán trú".
Theo ông Ksor Phước Hà, huyện Ia Grai đang triển khai Nghị quyết số 09-NQ/HU của Ban Chấp hành Đảng bộ huyện về nâng cao chất lượng giáo dục vùng đồng bào dân tộc thiểu số, phấn đấu không dưới 98% trẻ trong độ tuổi đến trường.
Dịp này, Hội Doanh nhân trẻ tỉnh trao thêm 50 chiếc xe đạp cho học sinh ở các làng xa trường. Từ năm 2019 đến nay, chương trình "Tiếp sức em đến trường" đã trao tổng cộng 860 suất học bổng, trị giá hơn 1 tỷ đồng, cho học sinh 9 huyện khó khăn của tỉnh; năm nay Hội dự kiến trao thêm khoảng 300 suất ở các huyện phía đông.
Hồng Thi
Tin liên quan
- Kbang: trao 80 suất học bổng cho học sinh Bahnar (10/09/2024)
- Hội Khuyến học Pleiku tổ chức ngày hội khuyến học (25/08/2024)
- Chư Sê có 12 dòng họ Jrai lập quỹ khuyến học (15/08/2024)
""", "2024-09-16", 'Trao 120 suất học bổng "Tiếp sức em đến trường" cho học sinh Jrai, Bahnar',
E("trao_qua", None, "2024-09-15"),
[P("Rơ Châm H'Yao", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Ksor Phước Hà", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Ia Grai"),
 P("Puih Thu", "Phó Chủ tịch UBND xã Ia Pếch"),
 P("Siu Đe", "già làng"),
 P("Rơ Lan Mlơ", "già làng"),
 P("Puih H'Nuy")],
[Q("120 suất học bổng", 120, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("20 quyển vở", 20, "quyển vở"),
 Q("khoảng 156 triệu đồng", 156000000, "đồng", "approx"), Q("74 em người Jrai", 74, "em người Jrai"),
 Q("39 em người Bahnar", 39, "em người Bahnar"), Q("22 em", 22, "em"),
 Q("gần 21.000 suất học bổng, phần thưởng", 21000, "suất học bổng, phần thưởng", "approx"),
 Q("hơn 9,4 tỷ đồng", 9400000000, "đồng", "over"), Q("152.300 gia đình học tập", 152300, "gia đình học tập"),
 Q("486 dòng họ học tập", 486, "dòng họ học tập"), Q("1.960 cộng đồng học tập", 1960, "cộng đồng học tập"),
 Q("215 hộ", 215, "hộ"), Q("20.000 đồng", 20000, "đồng"), Q("5 kg gạo", 5, "kg"), Q("18 triệu đồng", 18000000, "đồng"),
 Q("4 em", 4, "em"), Q("không dưới 98%", 98, "%", "over"), Q("50 chiếc xe đạp", 50, "chiếc xe đạp"), Q("860 suất học bổng", 860, "suất học bổng"),
 Q("hơn 1 tỷ đồng", 1000000000, "đồng", "over"), Q("9 huyện khó khăn", 9, "huyện khó khăn"), Q("khoảng 300 suất", 300, "suất", "approx")],
[D("Kế hoạch", "2561", "KH-UBND", "2021-11-29", "UBND tỉnh", "Kế hoạch số 2561/KH-UBND ngày 29/11/2021"),
 D("Nghị quyết", "09", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 09-NQ/HU")],
[prov("Gia Lai"), com("Ia Pếch")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội » Giáo dục", "(GLO)-", "Các em học sinh Jrai nhận học bổng.", "Tiếp sức em đến trường",
 "hũ gạo khuyến học", "quỹ khuyến học làng", "Hội Doanh nhân trẻ tỉnh"],
["Ngày 16/09/2024 | 15:00", "Sáng 15-9", "Từ năm 2019", "năm học 2023 - 2024", "lớp 5", "lớp 11", "1 balo"]))
