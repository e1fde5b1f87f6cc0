from lib import *
PAGES = []

PAGES.append(page("b7781-nghean-khuyenhoc-tongket-2011", """
HỘI KHUYẾN HỌC TỈNH NGHỆ AN - Cổng thông tin điện tử
Trang chủ » Tin tức » Hoạt động khuyến học
Thứ Tư, 28/12/2011 - 16:20
Ảnh: Toàn cảnh hội nghị.
Hội Khuyến học tỉnh Nghệ An tổng kết công tác năm 2011
Ngày 26/12/2011, Hội Khuyến học tỉnh Nghệ An tổ chức hội nghị tổng kết công tác khuyến học, khuyến tài năm 2011 và triển khai nhiệm vụ năm 2012. Đến dự có đồng chí Hoàng Thị Quế Lâm, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; GS.TS. Phan Đình Thụ, Chủ tịch Hội Khuyến học tỉnh chủ trì hội nghị.
Năm 2011, Hội đã phát triển thêm 41.200 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 486.350 người, chiếm 16,3% dân số. Toàn tỉnh có 480/480 xã, phường, thị trấn có tổ chức hội; 3.912 chi hội và 2.870 ban khuyến học ở các cơ quan, trường học, doanh nghiệp. Quỹ khuyến học các cấp huy động được hơn 42,6 tỷ đồng, tăng gần 5 tỷ đồng so với năm 2010.
Từ nguồn quỹ, các cấp hội đã trao 61.500 suất học bổng và phần thưởng cho học sinh nghèo, học sinh giỏi; riêng Hội Khuyến học tỉnh trao 320 suất học bổng, mỗi suất 1 triệu đồng, cho học sinh các huyện miền núi Kỳ Sơn, Tương Dương, Quế Phong. Phong trào xây dựng "Gia đình hiếu học", "Dòng họ khuyến học" tiếp tục lan rộng với 198.400 gia đình hiếu học và 2.315 dòng họ khuyến học được công nhận.
Các cấp hội tích cực thực hiện Quyết định số 112/2005/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án "Xây dựng xã hội học tập giai đoạn 2005 - 2010" và Chỉ thị số 11-CT/TW ngày 13/4/2007 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập. Đến nay có 476 trung tâm học tập cộng đồng hoạt động thường xuyên.
Tại hội nghị, ông Lô Văn Phong, Chủ tịch Hội Khuyến học huyện Quỳ Châu, chia sẻ kinh nghiệm vận động đồng bào Thái đưa con em đến trường; bà Lương Thị Hoa, Chi hội trưởng chi hội khuyến học bản Na Lạn, xã Châu Hạnh, kể việc bản lập "hũ gạo khuyến học" giúp 27 em học sinh không bỏ học.
Phát biểu chỉ đạo, đồng chí Hoàng Thị Quế Lâm ghi nhận những kết quả Hội đạt được, đề nghị năm 2012 Hội tiếp tục tham mưu cấp ủy, chính quyền thực hiện tốt Kết luận 17, 18-KL/TU của Ban Thường vụ Tỉnh ủy về công tác khuyến học giai đoạn 2011 - 2015; đẩy mạnh xã hội hóa, đưa mô hình "Cộng đồng học tập" cấp xã về tận thôn, bản.
Dịp này, Trung ương Hội Khuyến học Việt Nam tặng bằng khen cho 8 tập thể và 11 cá nhân; UBND tỉnh tặng bằng khen cho 15 tập thể và 24 cá nhân có thành tích xuất sắc trong công tác khuyến học năm 2011. Ông Trần Hữu Bằng, Phó Chủ tịch kiêm Tổng Thư ký Hội Khuyến học tỉnh, công bố các quyết định khen thưởng.
Hải Yến
Số lượt xem: 1.204
Tin liên quan
- Hội Khuyến học Diễn Châu trao 150 suất học bổng (20/12/2011)
- Thanh Chương: tôn vinh 86 dòng họ khuyến học tiêu biểu (05/12/2011)
- Quỹ khuyến học Nghi Lộc vượt 3 tỷ đồng (18/11/2011)
""", "2011-12-28", "Hội Khuyến học tỉnh Nghệ An tổng kết công tác năm 2011",
E("tong_ket", "2011", "2011-12-26"),
[P("Hoàng Thị Quế Lâm", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Phan Đình Thụ", "GS.TS.", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Lô Văn Phong", "Chủ tịch Hội Khuyến học huyện Quỳ Châu"),
 P("Lương Thị Hoa", "Chi hội trưởng chi hội khuyến học bản Na Lạn"),
 P("Trần Hữu Bằng", "Phó Chủ tịch kiêm Tổng Thư ký Hội Khuyến học tỉnh")],
[Q("41.200 hội viên mới", 41200, "hội viên mới"), Q("486.350 người", 486350, "người"), Q("16,3%", 16.3, "%"),
 Q("480/480 xã, phường, thị trấn", 480, "xã, phường, thị trấn"), Q("3.912 chi hội", 3912, "chi hội"),
 Q("2.870 ban khuyến học", 2870, "ban khuyến học"), Q("hơn 42,6 tỷ đồng", 42600000000, "đồng", "over"),
 Q("gần 5 tỷ đồng", 5000000000, "đồng", "approx"), Q("61.500 suất học bổng", 61500, "suất học bổng"),
 Q("320 suất học bổng", 320, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("198.400 gia đình hiếu học", 198400, "gia đình hiếu học"), Q("2.315 dòng họ khuyến học", 2315, "dòng họ khuyến học"),
 Q("476 trung tâm học tập cộng đồng", 476, "trung tâm học tập cộng đồng"), Q("27 em học sinh", 27, "em học sinh"),
 Q("8 tập thể", 8, "tập thể"), Q("11 cá nhân", 11, "cá nhân"), Q("15 tập thể", 15, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Quyết định", "112", "2005/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 112/2005/QĐ-TTg"),
 D("Chỉ thị", "11", "CT/TW", "2007-04-13", "Bộ Chính trị", "Chỉ thị số 11-CT/TW ngày 13/4/2007"),
 D("Kết luận", "17", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 17, 18-KL/TU"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 17, 18-KL/TU")],
[prov("Nghệ An"), com("Châu Hạnh")],
["HỘI KHUYẾN HỌC TỈNH NGHỆ AN - Cổng thông tin điện tử", "Trang chủ » Tin tức » Hoạt động khuyến học", "Ảnh: Toàn cảnh hội nghị.",
 "Gia đình hiếu học", "Dòng họ khuyến học", "Xây dựng xã hội học tập giai đoạn 2005 - 2010", "hũ gạo khuyến học", "Cộng đồng học tập",
 "Số lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 16:20", "năm 2011", "năm 2012", "năm 2010", "giai đoạn 2011 - 2015", "Số lượt xem: 1.204"]))

PAGES.append(page("b7782-haiduong-dongho-traohocbong-2012", """
Báo Hải Dương điện tử
Xã hội › Giáo dục
20/08/2012 | 09:35
Dòng họ Nguyễn Đình ở Cẩm Vũ trao thưởng cho 64 cháu học giỏi
Sáng 19/8, tại nhà thờ họ ở thôn Ngọc Lâu, xã Cẩm Vũ (Cẩm Giàng), Ban khuyến học dòng họ Nguyễn Đình tổ chức lễ trao thưởng cho 64 cháu đạt thành tích cao trong năm học 2011 - 2012, trong đó có 9 cháu đỗ đại học với điểm từ 24 trở lên.
Các cháu học sinh giỏi nhận thưởng của dòng họ. Ảnh: Văn Hưng
Dòng họ Nguyễn Đình hiện có 186 hộ với hơn 720 nhân khẩu, sinh sống chủ yếu ở thôn Ngọc Lâu. Từ năm 1998, dòng họ lập quỹ khuyến học với số vốn ban đầu chỉ 3 triệu đồng; đến nay quỹ đã có trên 85 triệu đồng do con cháu trong và ngoài tỉnh đóng góp. Mỗi năm, quỹ trích khoảng 12 triệu đồng để khen thưởng các cháu học giỏi và hỗ trợ 5 - 7 cháu có hoàn cảnh khó khăn.
Ông Nguyễn Đình Thược, Trưởng ban khuyến học dòng họ, cho biết: mức thưởng năm nay được nâng lên, cháu đỗ đại học được thưởng 500.000 đồng, học sinh giỏi cấp tỉnh 300.000 đồng, học sinh giỏi cấp trường 100.000 đồng. Dòng họ đã có 47 người tốt nghiệp đại học, 6 thạc sĩ và 2 tiến sĩ; 3 năm liền được UBND huyện công nhận "Dòng họ khuyến học tiêu biểu".
Dự buổi lễ có ông Phạm Văn Chiến, Chủ tịch Hội Khuyến học huyện Cẩm Giàng; bà Đỗ Thị Lụa, Bí thư Đảng ủy, Chủ tịch Hội Khuyến học xã Cẩm Vũ. Bà Lụa cho biết, toàn xã hiện có 27 dòng họ đều có ban khuyến học và quỹ khuyến học, tổng số quỹ của các dòng họ đạt gần 600 triệu đồng; năm 2011 xã có 1.152 hộ được công nhận "Gia đình hiếu học".
Theo Hội Khuyến học tỉnh, thực hiện Kế hoạch số 26/KH-UBND ngày 12/4/2011 của UBND tỉnh về xây dựng mô hình gia đình học tập, dòng họ học tập, cộng đồng học tập, toàn tỉnh đã có 2.964 dòng họ đăng ký khuyến học, trong đó hơn 1.800 dòng họ đạt danh hiệu dòng họ khuyến học. Đây là nguồn lực quan trọng hỗ trợ Quỹ khuyến học các cấp, góp phần để Hải Dương nhiều năm liền đứng trong tốp đầu cả nước về kết quả thi đại học.
Tại buổi lễ, cháu Nguyễn Đình Khánh Linh, thủ khoa khối A của trường THPT Cẩm Giàng, đại diện các cháu hứa sẽ cố gắng học tập để xứng đáng với truyền thống của dòng họ. Nhiều bậc phụ huynh cũng góp thêm vào quỹ, riêng buổi sáng quỹ nhận thêm 14,5 triệu đồng.
Năm học 2012 - 2013, dòng họ đặt mục tiêu không để cháu nào bỏ học giữa chừng, phấn đấu quỹ đạt 100 triệu đồng. Ban khuyến học cũng thống nhất lập sổ theo dõi kết quả học tập của từng cháu, đồng thời mời các cháu đã tốt nghiệp đại học về nói chuyện, hướng nghiệp cho học sinh lớp 12 trước mỗi kỳ thi.
Văn Hưng
Tin khác
- Cẩm Giàng: 100% xã có trung tâm học tập cộng đồng (14/08/2012)
- Hội Khuyến học tỉnh tặng 200 suất học bổng (02/08/2012)
- Tứ Kỳ: trao thưởng cho học sinh đỗ đại học (28/07/2012)
""", "2012-08-20", "Dòng họ Nguyễn Đình ở Cẩm Vũ trao thưởng cho 64 cháu học giỏi",
E("trao_qua", None, "2012-08-19"),
[P("Nguyễn Đình Thược", "Trưởng ban khuyến học dòng họ"),
 P("Phạm Văn Chiến", "Chủ tịch Hội Khuyến học huyện Cẩm Giàng"),
 P("Đỗ Thị Lụa", "Bí thư Đảng ủy", "Chủ tịch Hội Khuyến học xã Cẩm Vũ"),
 P("Nguyễn Đình Khánh Linh", "thủ khoa khối A của trường THPT Cẩm Giàng")],
[Q("64 cháu", 64, "cháu"), Q("9 cháu", 9, "cháu"), Q("186 hộ", 186, "hộ"), Q("hơn 720 nhân khẩu", 720, "nhân khẩu", "over"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("trên 85 triệu đồng", 85000000, "đồng", "over"),
 Q("khoảng 12 triệu đồng", 12000000, "đồng", "approx"), Q("5 - 7 cháu", 5, "cháu", "approx"),
 Q("500.000 đồng", 500000, "đồng"), Q("300.000 đồng", 300000, "đồng"), Q("100.000 đồng", 100000, "đồng"),
 Q("47 người", 47, "người"), Q("6 thạc sĩ", 6, "thạc sĩ"), Q("2 tiến sĩ", 2, "tiến sĩ"),
 Q("27 dòng họ", 27, "dòng họ"), Q("gần 600 triệu đồng", 600000000, "đồng", "approx"), Q("1.152 hộ", 1152, "hộ"),
 Q("2.964 dòng họ", 2964, "dòng họ"), Q("hơn 1.800 dòng họ", 1800, "dòng họ", "over"), Q("14,5 triệu đồng", 14500000, "đồng"), Q("100 triệu đồng", 100000000, "đồng")],
[D("Kế hoạch", "26", "KH-UBND", "2011-04-12", "UBND tỉnh", "Kế hoạch số 26/KH-UBND ngày 12/4/2011")],
[prov("Hải Dương"), com("Cẩm Vũ")],
["Báo Hải Dương điện tử", "Xã hội › Giáo dục", "Các cháu học sinh giỏi nhận thưởng của dòng họ. Ảnh: Văn Hưng",
 "Dòng họ khuyến học tiêu biểu", "Gia đình hiếu học"],
["20/08/2012 | 09:35", "năm học 2011 - 2012", "từ 24", "Từ năm 1998", "3 năm liền", "năm 2011"]))

PAGES.append(page("b7783-thanhhoa-khuyenhoc-daihoi-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THỌ XUÂN - TỈNH THANH HÓA
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Đoàn thể
Ngày đăng 15/06/2013 | 10:40
Đồng chí Lê Văn Tuấn trao hoa chúc mừng Ban Chấp hành khóa mới.
Đại hội Hội Khuyến học huyện Thọ Xuân lần thứ IV, nhiệm kỳ 2013 - 2018
Trong 2 ngày 13 và 14/6/2013, Hội Khuyến học huyện Thọ Xuân tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2013 - 2018. Dự đại hội có 185 đại biểu đại diện cho hơn 52.000 hội viên của 41 xã, thị trấn trong huyện. Về phía tỉnh có ông Nguyễn Văn Lạng, Phó Chủ tịch Hội Khuyến học tỉnh Thanh Hóa; về phía huyện có đồng chí Lê Văn Tuấn, Phó Bí thư Thường trực Huyện ủy và đồng chí Trịnh Thị Hương, HUV, Phó Chủ tịch UBND huyện.
Nhiệm kỳ 2008 - 2013, tổ chức hội phát triển mạnh, số hội viên tăng 2,3 lần so với đầu nhiệm kỳ; 100% thôn, làng, cơ quan, trường học có chi hội hoặc ban khuyến học. Quỹ khuyến học toàn huyện đạt 11,8 tỷ đồng, trong đó quỹ của các dòng họ chiếm khoảng 40%. Trong 5 năm, các cấp hội đã khen thưởng, trao học bổng cho 68.420 lượt học sinh, sinh viên với tổng số tiền trên 9,2 tỷ đồng. Toàn huyện có 21.650 gia đình được công nhận "Gia đình hiếu học" và 412 dòng họ được công nhận "Dòng họ khuyến học".
Đại hội đã đánh giá những hạn chế: một số chi hội hoạt động còn hình thức, quỹ khuyến học ở một số xã vùng giáo còn thấp, việc sơ kết mô hình "Cộng đồng học tập" chưa kịp thời. Đại hội thảo luận và thông qua chỉ tiêu nhiệm kỳ 2013 - 2018: phấn đấu có 95% trở lên số hộ đăng ký gia đình hiếu học; mỗi xã có ít nhất 10 dòng họ khuyến học tiêu biểu; quỹ khuyến học bình quân đạt 100.000 đồng/hội viên.
Phát biểu chỉ đạo, đồng chí Lê Văn Tuấn đề nghị Hội tiếp tục thực hiện Chỉ thị số 11-CT/TW của Bộ Chính trị và Nghị quyết số 05-NQ/HU ngày 20/8/2011 của Ban Chấp hành Đảng bộ huyện về phát triển giáo dục - đào tạo giai đoạn 2011 - 2015.
Tại đại hội, nhiều ý kiến đề nghị huyện sớm ban hành cơ chế hỗ trợ kinh phí hoạt động cho hội khuyến học cấp xã, bởi hiện mỗi xã chỉ được cấp khoảng 5 triệu đồng/năm, chưa đủ để tổ chức các hoạt động thường xuyên. Đại hội cũng biểu dương 12 tập thể và 20 cá nhân tiêu biểu trong nhiệm kỳ qua.
Đại hội đã bầu Ban Chấp hành khóa mới gồm 27 ủy viên. Ông Lê Đình Thám, nguyên Trưởng phòng Giáo dục và Đào tạo huyện, được tín nhiệm bầu giữ chức Chủ tịch Hội Khuyến học huyện khóa IV; các ông, bà Hoàng Văn Sỹ, Lê Thị Nguyệt - Phó Chủ tịch Hội Khuyến học huyện. Đại hội cũng bầu 7 đại biểu đi dự Đại hội Hội Khuyến học tỉnh lần thứ V.
Minh Hằng - Trung tâm VH-TT huyện
Tin cùng chuyên mục
- Thọ Xuân: Đại hội Hội Cựu chiến binh huyện (10/06/2013)
- Xã Xuân Lai tôn vinh 35 gia đình hiếu học (02/06/2013)
- Hội Khuyến học xã Thọ Lập đại hội nhiệm kỳ mới (25/05/2013)
""", "2013-06-15", "Đại hội Hội Khuyến học huyện Thọ Xuân lần thứ IV, nhiệm kỳ 2013 - 2018",
E("dai_hoi", None, "2013-06-13"),
[P("Nguyễn Văn Lạng", "Phó Chủ tịch Hội Khuyến học tỉnh Thanh Hóa"),
 P("Lê Văn Tuấn", "Phó Bí thư Thường trực Huyện ủy"),
 P("Trịnh Thị Hương", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Lê Đình Thám", "nguyên Trưởng phòng Giáo dục và Đào tạo huyện", "Chủ tịch Hội Khuyến học huyện khóa IV"),
 P("Hoàng Văn Sỹ", "Phó Chủ tịch Hội Khuyến học huyện"),
 P("Lê Thị Nguyệt", "Phó Chủ tịch Hội Khuyến học huyện")],
[Q("185 đại biểu", 185, "đại biểu"), Q("hơn 52.000 hội viên", 52000, "hội viên", "over"), Q("41 xã, thị trấn", 41, "xã, thị trấn"),
 Q("2,3 lần", 2.3, "lần"), Q("100%", 100, "%"), Q("11,8 tỷ đồng", 11800000000, "đồng"), Q("khoảng 40%", 40, "%", "approx"),
 Q("68.420 lượt học sinh, sinh viên", 68420, "lượt học sinh, sinh viên"), Q("trên 9,2 tỷ đồng", 9200000000, "đồng", "over"),
 Q("21.650 gia đình", 21650, "gia đình"), Q("412 dòng họ", 412, "dòng họ"), Q("95% trở lên", 95, "%", "over"),
 Q("ít nhất 10 dòng họ khuyến học tiêu biểu", 10, "dòng họ khuyến học tiêu biểu", "over"),
 Q("100.000 đồng/hội viên", 100000, "đồng"), Q("khoảng 5 triệu đồng", 5000000, "đồng", "approx"), Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân tiêu biểu", 20, "cá nhân tiêu biểu"), Q("27 ủy viên", 27, "ủy viên"), Q("7 đại biểu", 7, "đại biểu")],
[D("Chỉ thị", "11", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 11-CT/TW của Bộ Chính trị"),
 D("Nghị quyết", "05", "NQ/HU", "2011-08-20", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 05-NQ/HU ngày 20/8/2011")],
[prov("Thanh Hóa")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THỌ XUÂN - TỈNH THANH HÓA", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Đoàn thể",
 "Đồng chí Lê Văn Tuấn trao hoa chúc mừng Ban Chấp hành khóa mới.", "Gia đình hiếu học", "Dòng họ khuyến học", "Cộng đồng học tập"],
["Ngày đăng 15/06/2013 | 10:40", "lần thứ IV", "nhiệm kỳ 2013 - 2018", "2 ngày", "Nhiệm kỳ 2008 - 2013", "Trong 5 năm",
 "giai đoạn 2011 - 2015", "lần thứ V", "khóa IV"]))

PAGES.append(page("b7784-quangtri-khuyenhoc-soket-2014", """
HỘI KHUYẾN HỌC QUẢNG TRỊ
Trang chủ > Hoạt động Hội > Tin trong tỉnh
Cập nhật lúc 15:05 ngày 10/07/2014
Hội Khuyến học tỉnh sơ kết hoạt động 6 tháng đầu năm
Chiều 8/7, Thường trực Hội Khuyến học tỉnh Quảng Trị tổ chức hội nghị sơ kết hoạt động 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Ông Hồ Sỹ Nguyên, Chủ tịch Hội Khuyến học tỉnh chủ trì; dự hội nghị có bà Trần Thị Thu Hà, Phó Giám đốc Sở Giáo dục và Đào tạo và lãnh đạo hội khuyến học 10 huyện, thị xã, thành phố.
Quang cảnh hội nghị sơ kết.
Báo cáo do ông Nguyễn Quang Vinh, Phó Chủ tịch Thường trực Hội Khuyến học tỉnh trình bày cho biết, 6 tháng qua các cấp hội kết nạp thêm 6.820 hội viên mới, nâng tổng số lên 142.560 hội viên, đạt 23,4% dân số. Quỹ khuyến học các cấp huy động được 8,34 tỷ đồng, bằng 71% kế hoạch năm; các cấp hội đã trao 4.215 suất học bổng, trong đó có 612 suất cho học sinh dân tộc Vân Kiều, Pa Kô ở hai huyện Hướng Hóa và Đakrông.
Hội đã phối hợp Sở Giáo dục và Đào tạo triển khai Kế hoạch số 1582/KH-UBND ngày 23/4/2014 của UBND tỉnh về thực hiện Đề án "Xây dựng xã hội học tập giai đoạn 2012 - 2020" theo Quyết định số 89/QĐ-TTg ngày 9/1/2013 của Thủ tướng Chính phủ; hướng dẫn các huyện bình xét danh hiệu "Gia đình hiếu học", "Dòng họ hiếu học" theo Hướng dẫn số 15/HD-KH của Hội Khuyến học tỉnh. Đến nay có 38.700 hộ đăng ký gia đình học tập, 1.046 dòng họ và 580 thôn, khu phố đăng ký cộng đồng học tập.
Tại hội nghị, ông Hồ Văn Dinh, Chủ tịch Hội Khuyến học xã Hướng Phùng (Hướng Hóa), chia sẻ mô hình "Mỗi thôn một tủ sách" đã giúp 14 thôn có nơi đọc sách cho thiếu nhi; bà Kăn Thị Hiền, Phó Chủ tịch Hội Khuyến học huyện Đakrông, đề nghị Hội tỉnh quan tâm hỗ trợ học sinh bán trú trong mùa mưa lũ.
Hội nghị cũng chỉ ra một số hạn chế: việc thu quỹ ở một số xã miền núi còn khó khăn, nhiều chi hội chưa có sổ sách theo dõi; hoạt động của 23 trung tâm học tập cộng đồng ở vùng sâu còn đơn điệu, chủ yếu tổ chức các lớp chuyển giao kỹ thuật nông nghiệp. Dịp này, Hội Khuyến học tỉnh trao 40 suất học bổng, mỗi suất 500.000 đồng, cho học sinh có hoàn cảnh khó khăn của huyện Đakrông.
Kết luận hội nghị, ông Hồ Sỹ Nguyên đề nghị 6 tháng cuối năm các cấp hội tập trung chuẩn bị trao học bổng dịp khai giảng, phấn đấu huy động quỹ đạt trên 11 tỷ đồng, kết nạp ít nhất 10.000 hội viên trong cả năm; đồng thời chuẩn bị tổ chức đại hội hội khuyến học cơ sở theo kế hoạch của Trung ương Hội.
Thanh Bình
Các tin khác
- Vĩnh Linh: trao 120 suất học bổng cho học sinh nghèo (30/06/2014)
- Hội Khuyến học Gio Linh tập huấn cán bộ chi hội (18/06/2014)
- Đông Hà: biểu dương 48 gia đình hiếu học (05/06/2014)
""", "2014-07-10", "Hội Khuyến học tỉnh sơ kết hoạt động 6 tháng đầu năm",
E("so_ket", "2014-H1", "2014-07-08"),
[P("Hồ Sỹ Nguyên", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Trần Thị Thu Hà", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Nguyễn Quang Vinh", "Phó Chủ tịch Thường trực Hội Khuyến học tỉnh"),
 P("Hồ Văn Dinh", "Chủ tịch Hội Khuyến học xã Hướng Phùng"),
 P("Kăn Thị Hiền", "Phó Chủ tịch Hội Khuyến học huyện Đakrông")],
[Q("10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"), Q("6.820 hội viên mới", 6820, "hội viên mới"),
 Q("142.560 hội viên", 142560, "hội viên"), Q("23,4%", 23.4, "%"), Q("8,34 tỷ đồng", 8340000000, "đồng"), Q("71%", 71, "%"),
 Q("4.215 suất học bổng", 4215, "suất học bổng"), Q("612 suất", 612, "suất"), Q("38.700 hộ", 38700, "hộ"),
 Q("1.046 dòng họ", 1046, "dòng họ"), Q("580 thôn, khu phố", 580, "thôn, khu phố"), Q("14 thôn", 14, "thôn"), Q("23 trung tâm học tập cộng đồng", 23, "trung tâm học tập cộng đồng"), Q("40 suất học bổng", 40, "suất học bổng"), Q("500.000 đồng", 500000, "đồng"),
 Q("trên 11 tỷ đồng", 11000000000, "đồng", "over"), Q("ít nhất 10.000 hội viên", 10000, "hội viên", "over")],
[D("Kế hoạch", "1582", "KH-UBND", "2014-04-23", "UBND tỉnh", "Kế hoạch số 1582/KH-UBND ngày 23/4/2014"),
 D("Quyết định", "89", "QĐ-TTg", "2013-01-09", "Thủ tướng Chính phủ", "Quyết định số 89/QĐ-TTg ngày 9/1/2013"),
 D("Hướng dẫn", "15", "HD-KH", None, "Hội Khuyến học tỉnh", "Hướng dẫn số 15/HD-KH")],
[prov("Quảng Trị"), com("Hướng Phùng")],
["HỘI KHUYẾN HỌC QUẢNG TRỊ", "Trang chủ > Hoạt động Hội > Tin trong tỉnh", "Quang cảnh hội nghị sơ kết.",
 "Xây dựng xã hội học tập giai đoạn 2012 - 2020", "Gia đình hiếu học", "Dòng họ hiếu học", "Mỗi thôn một tủ sách"],
["Cập nhật lúc 15:05 ngày 10/07/2014", "6 tháng đầu năm 2014", "6 tháng cuối năm", "6 tháng qua", "giai đoạn 2012 - 2020"]))

PAGES.append(page("b7785-bacninh-giadinhhieuhoc-hoinghi-2015", """
Báo Bắc Ninh - Cơ quan của Đảng bộ, Chính quyền, Nhân dân tỉnh Bắc Ninh
Thời sự | Xã hội | Giáo dục | Văn hóa
20-11-2015 08:50
Bắc Ninh biểu dương 150 gia đình hiếu học, dòng họ khuyến học tiêu biểu
Ngày 19/11, Hội Khuyến học tỉnh phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức Hội nghị biểu dương gia đình hiếu học, dòng họ khuyến học tiêu biểu năm 2015. Dự hội nghị có đồng chí Nguyễn Văn Lương, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy; PGS.TS. Ngô Văn Hòa, Chủ tịch Hội Khuyến học tỉnh.
Các gia đình, dòng họ tiêu biểu nhận bằng khen tại hội nghị.
150 gia đình, dòng họ được biểu dương năm nay gồm 96 gia đình hiếu học và 54 dòng họ khuyến học tiêu biểu, được chọn từ 8 huyện, thị xã, thành phố. Nhiều gia đình có 3 thế hệ đều tốt nghiệp đại học; có dòng họ mỗi năm có từ 20 cháu trở lên đỗ đại học, cao đẳng.
Theo báo cáo của Hội Khuyến học tỉnh, sau 5 năm thực hiện Chương trình hành động số 12-CTr/TU của Tỉnh ủy về phát triển giáo dục, toàn tỉnh có 198.600 hộ đạt danh hiệu "Gia đình hiếu học", chiếm 72,5% tổng số hộ; 1.430 dòng họ đạt danh hiệu "Dòng họ khuyến học". Tổng quỹ khuyến học của các dòng họ đạt hơn 27 tỷ đồng, nhiều dòng họ có quỹ từ 500 triệu đồng trở lên như dòng họ Nguyễn ở xã Tam Sơn, dòng họ Ngô ở xã Tam Đa.
Tại hội nghị, bà Nguyễn Thị Thanh, người ở phường Đình Bảng, chia sẻ: gia đình bà làm nghề đậu phụ, thu nhập mỗi tháng chỉ khoảng 6 triệu đồng, nhưng cả 3 người con đều đỗ đại học, trong đó 1 người là tiến sĩ. Ông Ngô Xuân Trường, Trưởng ban khuyến học dòng họ Ngô xã Tam Đa, cho biết quỹ của dòng họ được gây dựng từ năm 1996; 20 năm qua đã trao 1.340 suất thưởng cho con cháu.
Phát biểu tại hội nghị, đồng chí Nguyễn Văn Lương đánh giá cao vai trò của gia đình, dòng họ trong xây dựng xã hội học tập; đề nghị các cấp hội tiếp tục thực hiện Kết luận số 49-KL/TW ngày 10/5/2012 của Ban Bí thư về tiếp tục thực hiện Chỉ thị 11-CT/TW của Bộ Chính trị; gắn phong trào khuyến học với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Hội nghị cũng đã nghe 6 tham luận của các gia đình, dòng họ; nhiều ý kiến đề nghị nâng mức thưởng cho học sinh đỗ thủ khoa các kỳ thi và có hình thức tôn vinh những người con xa quê vẫn góp quỹ khuyến học cho quê hương.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 30 gia đình và 20 dòng họ có thành tích xuất sắc; Hội Khuyến học tỉnh tặng giấy khen cho 100 gia đình, dòng họ còn lại, mỗi gia đình, dòng họ kèm phần thưởng 1 triệu đồng.
Bảo Ngọc
Xem thêm
- Từ Sơn: 100% xã, phường có quỹ khuyến học trên 1 tỷ đồng (12/11/2015)
- Hội Khuyến học Yên Phong đại hội nhiệm kỳ 2015 - 2020 (02/11/2015)
- Trao 300 suất học bổng cho học sinh nghèo vượt khó (20/10/2015)
""", "2015-11-20", "Bắc Ninh biểu dương 150 gia đình hiếu học, dòng họ khuyến học tiêu biểu",
E("hoi_nghi", "2015", "2015-11-19"),
[P("Nguyễn Văn Lương", "Ủy viên Ban Thường vụ", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Ngô Văn Hòa", "PGS.TS.", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Nguyễn Thị Thanh"),
 P("Ngô Xuân Trường", "Trưởng ban khuyến học dòng họ Ngô xã Tam Đa")],
[Q("150 gia đình hiếu học, dòng họ khuyến học tiêu biểu", 150, "gia đình hiếu học, dòng họ khuyến học tiêu biểu"),
 Q("96 gia đình hiếu học", 96, "gia đình hiếu học"), Q("54 dòng họ khuyến học tiêu biểu", 54, "dòng họ khuyến học tiêu biểu"),
 Q("8 huyện, thị xã, thành phố", 8, "huyện, thị xã, thành phố"), Q("từ 20 cháu trở lên", 20, "cháu", "over"),
 Q("198.600 hộ", 198600, "hộ"), Q("72,5%", 72.5, "%"), Q("1.430 dòng họ", 1430, "dòng họ"),
 Q("hơn 27 tỷ đồng", 27000000000, "đồng", "over"), Q("từ 500 triệu đồng trở lên", 500000000, "đồng", "over"),
 Q("khoảng 6 triệu đồng", 6000000, "đồng", "approx"), Q("3 người con", 3, "người con"), Q("1.340 suất thưởng", 1340, "suất thưởng"),
 Q("6 tham luận", 6, "tham luận"), Q("30 gia đình", 30, "gia đình"), Q("20 dòng họ", 20, "dòng họ"), Q("100 gia đình, dòng họ", 100, "gia đình, dòng họ"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Chương trình hành động", "12", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 12-CTr/TU"),
 D("Kết luận", "49", "KL/TW", "2012-05-10", "Ban Bí thư", "Kết luận số 49-KL/TW ngày 10/5/2012"),
 D("Chỉ thị", "11", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 11-CT/TW")],
[prov("Bắc Ninh"), com("Tam Sơn"), com("Tam Đa"), com("Đình Bảng")],
["Báo Bắc Ninh - Cơ quan của Đảng bộ, Chính quyền, Nhân dân tỉnh Bắc Ninh", "Thời sự | Xã hội | Giáo dục | Văn hóa",
 "Các gia đình, dòng họ tiêu biểu nhận bằng khen tại hội nghị.", "Gia đình hiếu học", "Dòng họ khuyến học",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["20-11-2015 08:50", "năm 2015", "3 thế hệ", "5 năm", "1 người", "từ năm 1996", "20 năm qua"]))

PAGES.append(page("b7786-daklak-hocbong-dtts-2016", """
ĐẮK LẮK ONLINE - Báo Đắk Lắk điện tử
Trang chủ » Giáo dục » Khuyến học
Thứ Hai, 05/09/2016 - 07:45
Trao 250 suất học bổng cho học sinh dân tộc thiểu số nghèo hiếu học
(ĐắkLắkOnline) - Sáng 3/9, tại huyện Krông Bông, Hội Khuyến học tỉnh phối hợp với Quỹ Bảo trợ trẻ em tỉnh tổ chức lễ trao 250 suất học bổng "Thắp sáng ước mơ" cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn, vượt khó học tốt năm học 2016 - 2017.
Mỗi suất học bổng trị giá 1,5 triệu đồng tiền mặt kèm một bộ sách giáo khoa và 10 cuốn vở; tổng trị giá hơn 450 triệu đồng, do các doanh nghiệp và nhà hảo tâm trong, ngoài tỉnh đóng góp. Các em nhận học bổng là người Êđê, M'nông, Gia Rai, Mông, Dao ở 12 xã vùng sâu, trong đó có 86 em mồ côi cha hoặc mẹ.
Em H'Nhi Niê nhận học bổng từ đại diện nhà tài trợ.
Phát biểu tại buổi lễ, ông Y Khu Niê, Phó Chủ tịch Thường trực Hội Khuyến học tỉnh, cho biết năm học 2015 - 2016, các cấp hội trong tỉnh đã trao trên 18.000 suất học bổng, khen thưởng với tổng kinh phí gần 7,6 tỷ đồng. Thực hiện Quyết định số 281/QĐ-TTg ngày 20/2/2014 của Thủ tướng Chính phủ về đẩy mạnh phong trào học tập suốt đời, toàn tỉnh đã có 41.300 gia đình học tập, 312 dòng họ học tập và 98 cộng đồng học tập được công nhận.
Dự buổi lễ có bà H'Yim Kđoh, Phó Chủ tịch UBND tỉnh; ông Ama Thương (Y Thương Byă), Chủ tịch Hội Khuyến học huyện Krông Bông, cùng các già làng, người có uy tín như Già làng Y Blới Êban ở buôn Ea Rớt, xã Cư Pui. Bà H'Yim Kđoh đề nghị các cấp hội tiếp tục thực hiện Kế hoạch số 4125/KH-UBND ngày 16/6/2015 của UBND tỉnh, vận động không để học sinh vùng đồng bào dân tộc thiểu số bỏ học giữa chừng.
Đại diện học sinh, em H'Nhi Niê, lớp 9 Trường THCS Hòa Phong, xã Hòa Phong, xúc động chia sẻ: nhà em có 5 anh chị em, bố mất sớm, mẹ làm rẫy; suất học bổng sẽ giúp em mua xe đạp để đi học quãng đường hơn 6 km.
Được biết, từ năm 2012 đến nay, chương trình "Thắp sáng ước mơ" đã trao tổng cộng 1.120 suất học bổng với số tiền khoảng 1,6 tỷ đồng. Năm nay, Hội Khuyến học tỉnh còn tặng 30 chiếc xe đạp cho học sinh các buôn xa trường.
Cũng trong dịp này, Hội Khuyến học huyện Krông Bông trao 45 suất quà gồm cặp sách, áo mưa cho học sinh Trường Phổ thông Dân tộc bán trú THCS Yang Mao, mỗi suất trị giá 300.000 đồng. Ông Y Thương Byă cho biết, năm học mới huyện có 9.860 học sinh người dân tộc thiểu số, chiếm khoảng 52% tổng số học sinh toàn huyện.
Hoàng Lâm
Tin cùng chuyên mục
- Buôn Đôn: ra mắt 4 mô hình gia đình học tập (28/08/2016)
- Hội Khuyến học Cư M'gar trao thưởng học sinh giỏi (20/08/2016)
- Tập huấn kỹ năng cho cán bộ khuyến học cơ sở (10/08/2016)
""", "2016-09-05", "Trao 250 suất học bổng cho học sinh dân tộc thiểu số nghèo hiếu học",
E("trao_qua", None, "2016-09-03"),
[P("H'Nhi Niê"), P("Y Khu Niê", "Phó Chủ tịch Thường trực Hội Khuyến học tỉnh"),
 P("H'Yim Kđoh", "Phó Chủ tịch UBND tỉnh"),
 P("Y Thương Byă", "Chủ tịch Hội Khuyến học huyện Krông Bông"),
 P("Y Blới Êban", "Già làng")],
[Q("250 suất học bổng", 250, "suất học bổng"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("10 cuốn vở", 10, "cuốn vở"),
 Q("hơn 450 triệu đồng", 450000000, "đồng", "over"), Q("12 xã vùng sâu", 12, "xã vùng sâu"), Q("86 em", 86, "em"),
 Q("trên 18.000 suất học bổng", 18000, "suất học bổng", "over"), Q("gần 7,6 tỷ đồng", 7600000000, "đồng", "approx"),
 Q("41.300 gia đình học tập", 41300, "gia đình học tập"), Q("312 dòng họ học tập", 312, "dòng họ học tập"),
 Q("98 cộng đồng học tập", 98, "cộng đồng học tập"), Q("5 anh chị em", 5, "anh chị em"), Q("hơn 6 km", 6, "km", "over"),
 Q("1.120 suất học bổng", 1120, "suất học bổng"), Q("khoảng 1,6 tỷ đồng", 1600000000, "đồng", "approx"),
 Q("30 chiếc xe đạp", 30, "chiếc xe đạp"), Q("45 suất quà", 45, "suất quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("9.860 học sinh người dân tộc thiểu số", 9860, "học sinh người dân tộc thiểu số"), Q("khoảng 52%", 52, "%", "approx")],
[D("Quyết định", "281", "QĐ-TTg", "2014-02-20", "Thủ tướng Chính phủ", "Quyết định số 281/QĐ-TTg ngày 20/2/2014"),
 D("Kế hoạch", "4125", "KH-UBND", "2015-06-16", "UBND tỉnh", "Kế hoạch số 4125/KH-UBND ngày 16/6/2015")],
[prov("Đắk Lắk"), com("Cư Pui"), com("Hòa Phong")],
["ĐẮK LẮK ONLINE - Báo Đắk Lắk điện tử", "Trang chủ » Giáo dục » Khuyến học", "(ĐắkLắkOnline)", "Thắp sáng ước mơ",
 "Em H'Nhi Niê nhận học bổng từ đại diện nhà tài trợ.", "Quỹ Bảo trợ trẻ em tỉnh"],
["Thứ Hai, 05/09/2016 - 07:45", "năm học 2016 - 2017", "năm học 2015 - 2016", "một bộ sách giáo khoa", "lớp 9", "từ năm 2012"]))
