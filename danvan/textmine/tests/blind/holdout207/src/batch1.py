from lib import *
PAGES = []

PAGES.append(page("b4925-thaibinh-hkh-tongket-2011", """
HỘI KHUYẾN HỌC TỈNH THÁI BÌNH - Cổng thông tin điện tử
Trang chủ » Hoạt động hội » Tin tức
Thứ Năm, 29/12/2011 - 09:30
Toàn cảnh hội nghị tổng kết.
Hội Khuyến học tỉnh tổng kết công tác năm 2011
Ngày 27/12/2011, Hội Khuyến học tỉnh Thái Bình tổ chức hội nghị tổng kết công tác khuyến học, khuyến tài năm 2011 và triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Phạm Thị Hạnh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Vũ Đức Thắng, Phó Chủ tịch UBND tỉnh và 186 đại biểu là lãnh đạo hội khuyến học các huyện, thành phố và cơ sở.
Báo cáo do ông Ngô Văn Kiên, Phó Chủ tịch Thường trực Hội Khuyến học tỉnh trình bày cho biết, năm 2011 toàn tỉnh có 286/286 xã, phường, thị trấn có hội khuyến học; tổng số hội viên đạt 312.450 người, tăng 18.200 người so với năm 2010. Các cấp hội đã vận động xây dựng quỹ khuyến học được trên 21,6 tỷ đồng; khen thưởng, trao học bổng cho 48.500 lượt học sinh, sinh viên nghèo vượt khó và học giỏi. Toàn tỉnh có 204.300 hộ đăng ký "Gia đình hiếu học", trong đó 176.000 hộ đạt danh hiệu, đạt 86,2%; 1.540 dòng họ được công nhận "Dòng họ khuyến học".
Hội đã phối hợp với Sở Giáo dục và Đào tạo triển khai Chỉ thị số 11-CT/TW ngày 13/4/2007 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập và Quyết định số 112/2005/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án "Xây dựng xã hội học tập giai đoạn 2005 - 2010". Ban Thường vụ Tỉnh ủy đã ban hành Kết luận 45, 46-KL/TU về đẩy mạnh phong trào khuyến học và củng cố trung tâm học tập cộng đồng.
Tại hội nghị, các đại biểu thảo luận nhiều cách làm hay. Bà Đỗ Thị Thu, Chủ tịch Hội Khuyến học xã Vũ Lạc, cho biết xã đã lập 42 chi hội khuyến học ở thôn, trường học và dòng họ; quỹ khuyến học xã đạt gần 350 triệu đồng. Ông Bùi Quang Lộc, Chủ tịch Hội Khuyến học huyện Tiền Hải, đề nghị tỉnh sớm hướng dẫn tiêu chí công nhận "Cộng đồng học tập" cấp thôn.
Phát biểu chỉ đạo, đồng chí Phạm Thị Hạnh đề nghị năm 2012 các cấp hội tiếp tục phối hợp với Mặt trận Tổ quốc và các đoàn thể đưa phong trào khuyến học về từng khu dân cư, gắn với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; quan tâm học sinh vùng ven biển, con em gia đình chính sách.
Dịp này, UBND tỉnh tặng bằng khen cho 15 tập thể và 24 cá nhân; Trung ương Hội Khuyến học Việt Nam tặng kỷ niệm chương "Vì sự nghiệp khuyến học" cho 36 cá nhân có nhiều đóng góp.
Minh Hương
Lượt xem: 1.204
Tin liên quan
- Hội Khuyến học huyện Kiến Xương đại hội nhiệm kỳ 2011 - 2016 (15/12/2011)
- Trao 120 suất học bổng cho học sinh nghèo (02/12/2011)
- Vũ Thư: ra mắt 12 chi hội khuyến học dòng họ (18/11/2011)
""", "2011-12-29", "Hội Khuyến học tỉnh tổng kết công tác năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Phạm Thị Hạnh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Đức Thắng", "Phó Chủ tịch UBND tỉnh"),
 P("Ngô Văn Kiên", "Phó Chủ tịch Thường trực Hội Khuyến học tỉnh"),
 P("Đỗ Thị Thu", "Chủ tịch Hội Khuyến học xã Vũ Lạc"),
 P("Bùi Quang Lộc", "Chủ tịch Hội Khuyến học huyện Tiền Hải")],
[Q("186 đại biểu", 186, "đại biểu"), Q("286/286 xã, phường, thị trấn", 286, "xã, phường, thị trấn"),
 Q("312.450 người", 312450, "người"), Q("18.200 người", 18200, "người"),
 Q("trên 21,6 tỷ đồng", 21600000000, "đồng", "over"),
 Q("48.500 lượt học sinh, sinh viên", 48500, "lượt học sinh, sinh viên"),
 Q("204.300 hộ", 204300, "hộ"), Q("176.000 hộ", 176000, "hộ"), Q("86,2%", 86.2, "%"),
 Q("1.540 dòng họ", 1540, "dòng họ"), Q("42 chi hội khuyến học", 42, "chi hội khuyến học"),
 Q("gần 350 triệu đồng", 350000000, "đồng", "approx"),
 Q("15 tập thể", 15, "tập thể"), Q("24 cá nhân", 24, "cá nhân"), Q("36 cá nhân", 36, "cá nhân")],
[D("Chỉ thị", "11", "CT/TW", "2007-04-13", "Bộ Chính trị", "Chỉ thị số 11-CT/TW ngày 13/4/2007"),
 D("Quyết định", "112", "2005/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 112/2005/QĐ-TTg"),
 D("Kết luận", "45", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU"),
 D("Kết luận", "46", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU")],
[prov("Thái Bình"), com("Vũ Lạc")],
["HỘI KHUYẾN HỌC TỈNH THÁI BÌNH - Cổng thông tin điện tử", "Trang chủ » Hoạt động hội » Tin tức", "Toàn cảnh hội nghị tổng kết.",
 "Gia đình hiếu học", "Dòng họ khuyến học", "Cộng đồng học tập", "Xây dựng xã hội học tập giai đoạn 2005 - 2010",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì sự nghiệp khuyến học", "Lượt xem: 1.204"],
["Thứ Năm, 29/12/2011 - 09:30", "năm 2011", "năm 2012", "năm 2010", "Lượt xem: 1.204"]))

PAGES.append(page("b4926-nghean-hkh-daihoi-2012", """
Báo Nghệ An điện tử
Xã hội > Giáo dục > Khuyến học
Cập nhật: 16:20, 18/05/2012 (GMT+7)
Đại hội Hội Khuyến học huyện Nghi Lộc lần thứ III, nhiệm kỳ 2012 - 2017
(Baonghean) - Ngày 17/5, Hội Khuyến học huyện Nghi Lộc tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2012 - 2017. Về dự có đồng chí Hồ Sỹ Đông, Phó Chủ tịch Thường trực Hội Khuyến học tỉnh; đồng chí Lê Văn Tịnh, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện cùng 215 đại biểu đại diện cho hơn 38.000 hội viên trong toàn huyện.
Đại biểu biểu quyết thông qua các văn kiện đại hội. Ảnh: Hữu Nghĩa
Nhiệm kỳ 2007 - 2012, phong trào khuyến học ở Nghi Lộc phát triển rộng khắp, 35/35 xã, thị trấn có hội khuyến học, 100% trường học và 412 dòng họ có chi hội, ban khuyến học. Quỹ khuyến học các cấp huy động được 14,3 tỷ đồng, trao thưởng cho khoảng 62.000 lượt học sinh giỏi, học sinh nghèo vượt khó. Huyện có 27 trung tâm học tập cộng đồng hoạt động hiệu quả, mở 1.150 lớp chuyên đề với trên 86.000 lượt người tham gia.
Hội đã tham mưu Huyện ủy ban hành Nghị quyết số 09-NQ/HU về phát triển giáo dục và xây dựng xã hội học tập giai đoạn 2011 - 2015 và phối hợp với UBND huyện thực hiện Kế hoạch số 37/KH-UBND ngày 05/3/2011 về khuyến học, khuyến tài. Các xã Nghi Phong, Nghi Thái là điểm sáng với mô hình quỹ khuyến học dòng họ đạt hàng trăm triệu đồng.
Phát biểu tại đại hội, đồng chí Hồ Sỹ Đông ghi nhận kết quả của nhiệm kỳ qua, đề nghị hội khuyến học huyện tập trung thực hiện Chỉ thị số 11-CT/TW của Bộ Chính trị và Kế hoạch số 18-KH/TU ngày 20/02/2012 của Ban Thường vụ Tỉnh ủy, đồng thời chú trọng phát triển hội viên trong các cơ quan, doanh nghiệp.
Đại hội đã bầu Ban Chấp hành Hội Khuyến học huyện nhiệm kỳ 2012 - 2017 gồm 31 ủy viên. Ông Nguyễn Đình Hiếu, nguyên Phó Chủ tịch UBND huyện, được tín nhiệm bầu giữ chức Chủ tịch Hội Khuyến học huyện Nghi Lộc; các ông Phó Chủ tịch Hội Khuyến học huyện: Trần Văn Lự, Hoàng Xuân Mai được bầu lại. Đại hội cũng bầu 9 đại biểu đi dự Đại hội Hội Khuyến học tỉnh lần thứ IV.
Thảo luận tại đại hội, bà Phan Thị Lan, Chủ tịch Hội Khuyến học xã Nghi Thái, chia sẻ: xã có 18 chi hội khuyến học dòng họ, mỗi năm trao khoảng 400 suất quà cho học sinh; nhiều con em đỗ đại học đã quay về đóng góp quỹ khuyến học của dòng họ. Ông Võ Công Thành, Hiệu trưởng Trường THPT Nghi Lộc 2, đề nghị hội quan tâm hơn đến học sinh con hộ ngư dân bãi ngang.
Đại hội đề ra mục tiêu đến năm 2017 có ít nhất 90% số hộ đạt danh hiệu "Gia đình hiếu học", 100% xã đạt "Cộng đồng học tập" và phấn đấu quỹ khuyến học đạt bình quân 50.000 đồng/hội viên.
Hữu Nghĩa - Thanh Lê
Tin khác
- Hội Khuyến học xã Nghi Xuân đại hội điểm (10/04/2012)
- Diễn Châu: 85% dòng họ đạt danh hiệu khuyến học (22/03/2012)
- Trao 300 suất học bổng cho học sinh vùng giáo (12/02/2012)
""", "2012-05-18", "Đại hội Hội Khuyến học huyện Nghi Lộc lần thứ III, nhiệm kỳ 2012 - 2017",
E("dai_hoi", None, "2012-05-17"),
[P("Hồ Sỹ Đông", "Phó Chủ tịch Thường trực Hội Khuyến học tỉnh"),
 P("Lê Văn Tịnh", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Nguyễn Đình Hiếu", "nguyên Phó Chủ tịch UBND huyện", "Chủ tịch Hội Khuyến học huyện Nghi Lộc"),
 P("Trần Văn Lự", "Phó Chủ tịch Hội Khuyến học huyện"),
 P("Hoàng Xuân Mai", "Phó Chủ tịch Hội Khuyến học huyện"),
 P("Phan Thị Lan", "Chủ tịch Hội Khuyến học xã Nghi Thái"),
 P("Võ Công Thành", "Hiệu trưởng Trường THPT Nghi Lộc 2")],
[Q("215 đại biểu", 215, "đại biểu"), Q("hơn 38.000 hội viên", 38000, "hội viên", "over"),
 Q("35/35 xã, thị trấn", 35, "xã, thị trấn"), Q("100% trường học", 100, "%"), Q("412 dòng họ", 412, "dòng họ"),
 Q("14,3 tỷ đồng", 14300000000, "đồng"), Q("khoảng 62.000 lượt học sinh giỏi, học sinh nghèo vượt khó", 62000, "lượt học sinh giỏi, học sinh nghèo vượt khó", "approx"),
 Q("27 trung tâm học tập cộng đồng", 27, "trung tâm học tập cộng đồng"), Q("1.150 lớp chuyên đề", 1150, "lớp chuyên đề"),
 Q("trên 86.000 lượt người", 86000, "lượt người", "over"), Q("31 ủy viên", 31, "ủy viên"), Q("9 đại biểu", 9, "đại biểu"), Q("18 chi hội khuyến học dòng họ", 18, "chi hội khuyến học dòng họ"), Q("khoảng 400 suất quà", 400, "suất quà", "approx"),
 Q("ít nhất 90%", 90, "%", "over"), Q("100% xã", 100, "%"), Q("50.000 đồng/hội viên", 50000, "đồng")],
[D("Nghị quyết", "09", "NQ/HU", None, "Huyện ủy", "Nghị quyết số 09-NQ/HU"),
 D("Kế hoạch", "37", "KH-UBND", "2011-03-05", "UBND huyện", "Kế hoạch số 37/KH-UBND ngày 05/3/2011"),
 D("Chỉ thị", "11", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 11-CT/TW"),
 D("Kế hoạch", "18", "KH/TU", "2012-02-20", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 18-KH/TU ngày 20/02/2012")],
[prov("Nghệ An"), com("Nghi Phong"), com("Nghi Thái")],
["Báo Nghệ An điện tử", "Xã hội > Giáo dục > Khuyến học", "(Baonghean)", "Đại biểu biểu quyết thông qua các văn kiện đại hội. Ảnh: Hữu Nghĩa",
 "Gia đình hiếu học", "Cộng đồng học tập"],
["Cập nhật: 16:20, 18/05/2012 (GMT+7)", "lần thứ III", "nhiệm kỳ 2012 - 2017", "Nhiệm kỳ 2007 - 2012", "lần thứ IV", "năm 2017"]))

PAGES.append(page("b4927-quangtri-mttq-traoqua-2013", """
ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG TRỊ
Bạn đang ở: Trang chủ / Hoạt động Mặt trận / An sinh xã hội
08:45 | 06/09/2013
Trao 450 suất học bổng cho học sinh nghèo vượt khó trước năm học mới
Ảnh: Đại diện Ủy ban MTTQ tỉnh trao học bổng cho học sinh.
Ngày 05/9/2013, Ủy ban MTTQ Việt Nam tỉnh Quảng Trị phối hợp với Hội Khuyến học tỉnh tổ chức trao 450 suất học bổng cho học sinh nghèo vượt khó, con em đồng bào Vân Kiều, Pa Kô ở các huyện miền núi trước thềm năm học 2013 - 2014. Mỗi suất học bổng trị giá 1 triệu đồng, tổng giá trị 450 triệu đồng, trích từ Quỹ "Vì người nghèo" tỉnh và nguồn vận động các doanh nghiệp.
Tham dự buổi trao có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lê Thị Thanh Bình, Hồ Văn Hưng; đồng chí Trần Đình Quế, Chủ tịch Hội Khuyến học tỉnh và đại diện lãnh đạo Sở Giáo dục và Đào tạo.
Thực hiện Kế hoạch liên tịch số 05/KHLT-MTTQ-HKH ngày 10/01/2013 giữa Ủy ban MTTQ tỉnh và Hội Khuyến học tỉnh về phối hợp vận động xây dựng quỹ khuyến học, từ đầu năm đến nay các cấp Mặt trận và hội khuyến học đã vận động được trên 2,1 tỷ đồng, hỗ trợ 3.260 học sinh có hoàn cảnh khó khăn mua sách vở, quần áo; tặng 820 xe đạp cho học sinh ở xa trường. Riêng huyện Đakrông và Hướng Hóa có 1.140 em được hỗ trợ tiền ăn bán trú theo Quyết định số 85/2010/QĐ-TTg của Thủ tướng Chính phủ.
Tại buổi lễ, em Hồ Thị Xoan, học sinh lớp 9 Trường PTDTNT huyện Đakrông, người Vân Kiều ở xã A Bung, xúc động bày tỏ lời cảm ơn và hứa sẽ cố gắng học tốt để sau này trở về phục vụ quê hương. Già làng Hồ Văn Bốc, người có uy tín thôn Cựp, xã Hướng Lập, cho biết những năm gần đây bà con đã hiểu hơn việc cho con đi học, không còn để các em nghỉ học lên rẫy.
Phát biểu tại buổi trao, đồng chí Lê Thị Thanh Bình đề nghị các cấp Mặt trận tiếp tục thực hiện Chỉ thị số 17-CT/TU ngày 22/6/2012 của Ban Thường vụ Tỉnh ủy về vận động học sinh dân tộc thiểu số đến trường và Hướng dẫn số 09/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, phấn đấu không để học sinh nào phải bỏ học vì hoàn cảnh khó khăn. Dịp này, Công ty Cổ phần Cao su Quảng Trị trao tặng thêm 200 bộ sách giáo khoa và 2.000 cuốn vở cho học sinh xã Hướng Lập.
Được biết, trong tháng 9, Ủy ban MTTQ tỉnh sẽ tiếp tục trao khoảng 150 suất quà cho học sinh vùng lũ huyện Hải Lăng. Theo ông Trần Đình Quế, toàn tỉnh hiện còn 47 xã đặc biệt khó khăn, nhiều học sinh phải đi bộ trên 10 km đến trường; hội sẽ phối hợp với Đoàn Thanh niên vận động thêm các nhà hảo tâm xây 6 nhà bán trú cho học sinh ở xa.
Minh Đức
Tin liên quan
- Hội Khuyến học tỉnh trao thưởng học sinh đỗ thủ khoa (20/08/2013)
- Vận động ủng hộ Quỹ "Vì người nghèo" năm 2013 (05/08/2013)
- Hướng Hóa: 100% học sinh đến trường đúng độ tuổi (22/07/2013)
""", "2013-09-06", "Trao 450 suất học bổng cho học sinh nghèo vượt khó trước năm học mới",
E("trao_qua", None, "2013-09-05"),
[P("Lê Thị Thanh Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Hưng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Đình Quế", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Hồ Thị Xoan", "học sinh lớp 9 Trường PTDTNT huyện Đakrông"),
 P("Hồ Văn Bốc", "Già làng", "người có uy tín thôn Cựp")],
[Q("450 suất học bổng", 450, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("450 triệu đồng", 450000000, "đồng"),
 Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("3.260 học sinh", 3260, "học sinh"), Q("820 xe đạp", 820, "xe đạp"),
 Q("1.140 em", 1140, "em"), Q("200 bộ sách giáo khoa", 200, "bộ sách giáo khoa"), Q("2.000 cuốn vở", 2000, "cuốn vở"),
 Q("khoảng 150 suất quà", 150, "suất quà", "approx"), Q("47 xã đặc biệt khó khăn", 47, "xã đặc biệt khó khăn"),
 Q("trên 10 km", 10, "km", "over"), Q("6 nhà bán trú", 6, "nhà bán trú")],
[D("Kế hoạch liên tịch", "05", "KHLT-MTTQ-HKH", "2013-01-10", None, "Kế hoạch liên tịch số 05/KHLT-MTTQ-HKH ngày 10/01/2013"),
 D("Quyết định", "85", "2010/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 85/2010/QĐ-TTg"),
 D("Chỉ thị", "17", "CT/TU", "2012-06-22", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 22/6/2012"),
 D("Hướng dẫn", "09", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 09/HD-MTTQ-BTT")],
[prov("Quảng Trị"), com("A Bung"), com("Hướng Lập")],
["ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG TRỊ", "Bạn đang ở: Trang chủ / Hoạt động Mặt trận / An sinh xã hội",
 "Ảnh: Đại diện Ủy ban MTTQ tỉnh trao học bổng cho học sinh.", "Vì người nghèo", "Công ty Cổ phần Cao su Quảng Trị"],
["08:45 | 06/09/2013", "năm học 2013 - 2014", "lớp 9", "tháng 9"]))

PAGES.append(page("b4928-gialai-hkh-soket-2014", """
Báo Gia Lai điện tử
Thời sự | Xã hội | Giáo dục
15/07/2014 - 10:05
Hội Khuyến học tỉnh: Vận động hơn 3,4 tỷ đồng cho quỹ khuyến học
(GLO)- Sáng 14/7, Hội Khuyến học tỉnh Gia Lai tổ chức hội nghị sơ kết công tác hội 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Rơ Chăm H'Yên, Tỉnh ủy viên, Chủ tịch Hội Khuyến học tỉnh chủ trì hội nghị.
Quang cảnh hội nghị. Ảnh: Hồng Thi
Theo báo cáo, 6 tháng đầu năm, các cấp hội đã vận động được hơn 3,4 tỷ đồng cho quỹ khuyến học, đạt 68% kế hoạch năm; kết nạp mới 4.860 hội viên, nâng tổng số hội viên toàn tỉnh lên 121.300 người. Toàn tỉnh có 2.870 chi hội, ban khuyến học, trong đó 640 chi hội ở làng đồng bào dân tộc thiểu số. Hội đã trao 5.120 suất học bổng với tổng trị giá 2,05 tỷ đồng cho học sinh Jrai, Bahnar có hoàn cảnh khó khăn.
Hội Khuyến học tỉnh đã phối hợp với Ban Dân tộc tỉnh triển khai Kế hoạch số 22/KH-HKH ngày 12/02/2014 về vận động học sinh dân tộc thiểu số ra lớp, phối hợp thực hiện Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về phát triển giáo dục vùng đồng bào và xây dựng mô hình học tập ở làng. Tỷ lệ học sinh bỏ học giảm còn 0,8%, thấp hơn 0,4% so với cùng kỳ.
Tại hội nghị, ông Ksor Pơlang, Chủ tịch Hội Khuyến học huyện Ia Pa, cho biết huyện đã vận động được 186 triệu đồng, xây dựng 12 "Làng học tập" ở các xã Ia Mrơn, Pờ Tó. Bà Siu H'Nhi, Phó Chủ tịch Hội Khuyến học xã Ia Ka, đề xuất hỗ trợ thêm phụ cấp cho cán bộ chi hội ở làng vì nhiều người làm không có thù lao. Ông Đinh Văn Tơ, Trưởng thôn kiêm Chi hội trưởng chi hội khuyến học làng Bi, xã Kon Pne, chia sẻ cách vận động gia đình đưa con trở lại lớp.
Kết luận hội nghị, đồng chí Rơ Chăm H'Yên đề nghị 6 tháng cuối năm các cấp hội tập trung triển khai Quyết định số 281/QĐ-TTg ngày 20/02/2014 của Thủ tướng Chính phủ về Đề án "Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng đến năm 2020", phấn đấu 100% xã có trung tâm học tập cộng đồng; vận động thêm ít nhất 1,5 tỷ đồng cho quỹ khuyến học và chăm lo học sinh vào năm học mới.
Hội nghị cũng nghe ông Nguyễn Hữu Phước, Phó Chủ tịch kiêm Tổng Thư ký Hội Khuyến học tỉnh, triển khai kế hoạch tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2014. Theo kế hoạch, mỗi huyện, thị xã, thành phố tổ chức ít nhất 1 lễ phát động; các trung tâm học tập cộng đồng mở lớp xóa mù chữ cho khoảng 1.200 người từ 15 đến 35 tuổi ở 38 làng đồng bào.
Hồng Thi
Lượt đọc: 2.315
Tin khác
- Trao 300 xe đạp cho học sinh nghèo (02/07/2014)
- Ia Grai: 98% trẻ 6 tuổi ra lớp 1 (20/06/2014)
- Hội Khuyến học Chư Păh đại hội nhiệm kỳ mới (11/06/2014)
""", "2014-07-15", "Hội Khuyến học tỉnh: Vận động hơn 3,4 tỷ đồng cho quỹ khuyến học",
E("so_ket", "2014-H1", "2014-07-14"),
[P("Rơ Chăm H'Yên", "Tỉnh ủy viên", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Ksor Pơlang", "Chủ tịch Hội Khuyến học huyện Ia Pa"),
 P("Siu H'Nhi", "Phó Chủ tịch Hội Khuyến học xã Ia Ka"),
 P("Đinh Văn Tơ", "Trưởng thôn kiêm Chi hội trưởng chi hội khuyến học làng Bi"),
 P("Nguyễn Hữu Phước", "Phó Chủ tịch kiêm Tổng Thư ký Hội Khuyến học tỉnh")],
[Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"), Q("68%", 68, "%"), Q("4.860 hội viên", 4860, "hội viên"),
 Q("121.300 người", 121300, "người"), Q("2.870 chi hội, ban khuyến học", 2870, "chi hội, ban khuyến học"), Q("640 chi hội", 640, "chi hội"),
 Q("5.120 suất học bổng", 5120, "suất học bổng"), Q("2,05 tỷ đồng", 2050000000, "đồng"), Q("0,8%", 0.8, "%"), Q("0,4%", 0.4, "%"),
 Q("186 triệu đồng", 186000000, "đồng"), Q("12 \"Làng học tập\"", 12, "Làng học tập"), Q("100% xã", 100, "%"),
 Q("ít nhất 1,5 tỷ đồng", 1500000000, "đồng", "over"), Q("khoảng 1.200 người", 1200, "người", "approx"), Q("38 làng đồng bào", 38, "làng đồng bào")],
[D("Kế hoạch", "22", "KH-HKH", "2014-02-12", None, "Kế hoạch số 22/KH-HKH ngày 12/02/2014"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Quyết định", "281", "QĐ-TTg", "2014-02-20", "Thủ tướng Chính phủ", "Quyết định số 281/QĐ-TTg ngày 20/02/2014")],
[prov("Gia Lai"), com("Ia Mrơn"), com("Pờ Tó"), com("Ia Ka"), com("Kon Pne")],
["Báo Gia Lai điện tử", "Thời sự | Xã hội | Giáo dục", "(GLO)", "Quang cảnh hội nghị. Ảnh: Hồng Thi", "Làng học tập",
 "Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng đến năm 2020", "Tuần lễ hưởng ứng học tập suốt đời", "Lượt đọc: 2.315"],
["15/07/2014 - 10:05", "ít nhất 1 lễ phát động", "từ 15 đến 35 tuổi", "6 tháng đầu năm 2014", "6 tháng cuối năm", "năm 2014", "Lượt đọc: 2.315"]))

PAGES.append(page("b4929-soctrang-mttq-giamsat-2015", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng
Vị trí: Trang chủ >> Giám sát, phản biện xã hội
Ngày đăng 22/10/2015 | 14:20
Ủy ban MTTQ tỉnh giám sát việc hỗ trợ học sinh dân tộc Khmer tại huyện Trần Đề
Ngày 20/10/2015, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng do ông Thạch Sô Phol, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ học sinh dân tộc thiểu số và công tác khuyến học tại huyện Trần Đề. Đây là một trong 3 cuộc giám sát chuyên đề năm 2015 của Ủy ban MTTQ tỉnh.
Đoàn gồm 9 đồng chí, trong đó có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: Lâm Thị Ngọc Hà, Trương Văn Đực; ông Sơn Chanh Đa, Phó Chủ tịch Hội Khuyến học tỉnh và đại diện Ban Dân tộc tỉnh.
Đoàn giám sát làm việc tại xã Lịch Hội Thượng. Ảnh: Kim Sang
Theo báo cáo của UBND huyện, năm học 2014 - 2015 toàn huyện có 4.916 học sinh dân tộc Khmer, chiếm 37,5% số học sinh. Thực hiện Nghị định số 49/2010/NĐ-CP của Chính phủ và Quyết định số 12/2013/QĐ-TTg của Thủ tướng Chính phủ, huyện đã chi trên 5,2 tỷ đồng miễn, giảm học phí, hỗ trợ chi phí học tập cho 3.470 lượt học sinh; cấp 1.265 bộ sách giáo khoa và 96 suất học bổng từ nguồn ngân sách tỉnh. Hội Khuyến học huyện vận động được 640 triệu đồng, trao 1.030 phần quà cho học sinh nghèo. Tỷ lệ học sinh bỏ học bậc trung học cơ sở còn 2,1%.
Qua giám sát, đoàn ghi nhận huyện đã thực hiện đúng quy trình xét duyệt, chi trả công khai tại 11 xã, thị trấn; tuy nhiên việc chi trả ở một số trường còn chậm, có 27 trường hợp chưa được nhận hỗ trợ học kỳ I do hồ sơ chưa đầy đủ. Ông Trần Quang Vũ, Phó Chủ tịch UBND huyện Trần Đề, tiếp thu và cho biết sẽ chỉ đạo Phòng Giáo dục và Đào tạo giải quyết dứt điểm trong tháng 11.
Đoàn cũng làm việc trực tiếp tại xã Lịch Hội Thượng và thị trấn Trần Đề. Ông Thạch Hên, Chủ tịch Ủy ban MTTQ xã Lịch Hội Thượng, cho biết Mặt trận xã đã phối hợp với 4 chùa Phật giáo Nam tông Khmer mở 14 lớp dạy chữ Khmer hè cho 520 em. Đại đức Lý Sà Rên, trụ trì chùa Bưng Tum, mong muốn được hỗ trợ thêm bàn ghế cho các lớp học tại chùa.
Kết luận buổi giám sát, ông Thạch Sô Phol đề nghị huyện tiếp tục thực hiện Chỉ thị số 08-CT/TU ngày 15/4/2013 của Ban Thường vụ Tỉnh ủy về công tác giáo dục vùng đồng bào Khmer và Kế hoạch số 71/KH-UBND của UBND tỉnh; Mặt trận các cấp tăng cường giám sát, bảo đảm chính sách đến đúng đối tượng, không để học sinh nào thiếu sách vở khi đến trường. Đoàn sẽ tổng hợp kiến nghị gửi Ban Thường vụ Tỉnh ủy, UBND tỉnh theo Quyết định số 217-QĐ/TW của Bộ Chính trị.
Kim Sang
Các tin khác
- Hội nghị hiệp thương lần thứ ba (08/10/2015)
- Trao 200 suất học bổng "Tiếp sức đến trường" (25/09/2015)
- Mặt trận huyện Mỹ Xuyên sơ kết 9 tháng (18/09/2015)
""", "2015-10-22", "Ủy ban MTTQ tỉnh giám sát việc hỗ trợ học sinh dân tộc Khmer tại huyện Trần Đề",
E("giam_sat", "2015", "2015-10-20"),
[P("Thạch Sô Phol", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Thị Ngọc Hà", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Văn Đực", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sơn Chanh Đa", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Trần Quang Vũ", "Phó Chủ tịch UBND huyện Trần Đề"),
 P("Thạch Hên", "Chủ tịch Ủy ban MTTQ xã Lịch Hội Thượng"),
 P("Lý Sà Rên", "Đại đức", "trụ trì chùa Bưng Tum")],
[Q("9 đồng chí", 9, "đồng chí"), Q("3 cuộc giám sát chuyên đề", 3, "cuộc giám sát chuyên đề"), Q("4.916 học sinh dân tộc Khmer", 4916, "học sinh dân tộc Khmer"),
 Q("37,5%", 37.5, "%"), Q("trên 5,2 tỷ đồng", 5200000000, "đồng", "over"), Q("3.470 lượt học sinh", 3470, "lượt học sinh"),
 Q("1.265 bộ sách giáo khoa", 1265, "bộ sách giáo khoa"), Q("96 suất học bổng", 96, "suất học bổng"),
 Q("640 triệu đồng", 640000000, "đồng"), Q("1.030 phần quà", 1030, "phần quà"), Q("2,1%", 2.1, "%"),
 Q("11 xã, thị trấn", 11, "xã, thị trấn"), Q("27 trường hợp", 27, "trường hợp"),
 Q("4 chùa Phật giáo Nam tông Khmer", 4, "chùa Phật giáo Nam tông Khmer"), Q("14 lớp dạy chữ Khmer hè", 14, "lớp dạy chữ Khmer hè"),
 Q("520 em", 520, "em")],
[D("Nghị định", "49", "2010/NĐ-CP", None, "Chính phủ", "Nghị định số 49/2010/NĐ-CP"),
 D("Quyết định", "12", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2013/QĐ-TTg"),
 D("Chỉ thị", "08", "CT/TU", "2013-04-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08-CT/TU ngày 15/4/2013"),
 D("Kế hoạch", "71", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 71/KH-UBND"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Trần Đề")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng", "Vị trí: Trang chủ >> Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại xã Lịch Hội Thượng. Ảnh: Kim Sang"],
["Ngày đăng 22/10/2015 | 14:20", "9 đồng chí", "năm học 2014 - 2015", "học kỳ I", "tháng 11"]))

PAGES.append(page("b4930-hagiang-hkh-taphuan-2016", """
HỘI KHUYẾN HỌC TỈNH HÀ GIANG
Trang chủ › Tin hoạt động › Tập huấn, bồi dưỡng
Thứ Ba, 12/04/2016 - 08:10
Tập huấn nghiệp vụ cho 160 cán bộ khuyến học cơ sở vùng cao
Ảnh: Các học viên tham gia lớp tập huấn.
Trong 2 ngày 10 - 11/4/2016, Hội Khuyến học tỉnh Hà Giang phối hợp với Trường Chính trị tỉnh tổ chức lớp tập huấn nghiệp vụ công tác khuyến học, khuyến tài năm 2016 cho 160 học viên là chủ tịch, phó chủ tịch hội khuyến học các xã và cán bộ phụ trách trung tâm học tập cộng đồng thuộc 4 huyện vùng cao núi đá phía Bắc: Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ.
Đồng chí Vàng Thị Mai, Tỉnh ủy viên, Phó Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Hội Khuyến học tỉnh phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Vàng Thị Mai, Tỉnh ủy viên, Phó Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Hội Khuyến học tỉnh cho biết, toàn tỉnh hiện có 195/195 xã, phường, thị trấn có hội khuyến học với trên 98.000 hội viên; song ở vùng cao, nhiều cán bộ hội là người dân tộc Mông, Dao, Lô Lô, kiêm nhiệm nhiều việc, kỹ năng vận động còn hạn chế. Năm 2015, toàn tỉnh vẫn còn 1.860 học sinh bỏ học, tập trung ở các huyện vùng cao.
Tại lớp tập huấn, các học viên được nghe ông Hoàng Văn Thạch, Phó Chủ tịch Thường trực Hội Khuyến học tỉnh, quán triệt Kết luận số 49-KL/TW ngày 10/5/2012 của Ban Bí thư về tiếp tục thực hiện Chỉ thị 11-CT/TW của Bộ Chính trị; Kế hoạch 14, 15-KH/TU của Tỉnh ủy về xây dựng xã hội học tập và xóa mù chữ cho người lớn; hướng dẫn đánh giá, công nhận "Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập" theo Quyết định số 89/QĐ-TTg ngày 09/01/2013 của Thủ tướng Chính phủ. ThS. Lò Văn Chiến, giảng viên Trường Chính trị tỉnh, hướng dẫn kỹ năng vận động quần chúng và xây dựng quỹ khuyến học.
Trao đổi tại lớp học, ông Sùng Mí Páo, Chủ tịch Hội Khuyến học xã Lũng Cú, cho biết xã đã vận động 312 hộ đưa con trong độ tuổi ra lớp, mở 8 lớp xóa mù chữ cho 174 người; bà Lù Thị Dính, Phó Chủ tịch Hội Khuyến học xã Sơn Vĩ, chia sẻ mô hình "Nồi cháo khuyến học" do chi hội phụ nữ các thôn góp gạo nấu cho khoảng 90 học sinh bán trú.
Ông Ly Seo Chứ, Phó Chủ tịch UBND xã Xín Cái, đề nghị tỉnh dịch tài liệu tập huấn sang tiếng Mông và tổ chức thêm lớp ngay tại cụm xã để cán bộ thôn bản không phải đi lại hơn 100 km.
Kết thúc lớp tập huấn, 100% học viên được cấp giấy chứng nhận. Dịp này, Hội Khuyến học tỉnh trao tặng 4 tủ sách cho các trung tâm học tập cộng đồng xã Lũng Cú, Sơn Vĩ, Xín Cái, Sủng Là, mỗi tủ trị giá 5 triệu đồng.
Trần Hà
Lượt xem: 642
Tin liên quan
- Hội Khuyến học Hà Giang tổng kết năm 2015 (28/12/2015)
- Trao 80 xe đạp cho học sinh Mèo Vạc (15/03/2016)
- Vận động xây dựng quỹ khuyến học dòng họ (02/03/2016)
""", "2016-04-12", "Tập huấn nghiệp vụ cho 160 cán bộ khuyến học cơ sở vùng cao",
E("tap_huan", "2016", "2016-04-10"),
[P("Vàng Thị Mai", "Tỉnh ủy viên", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Hoàng Văn Thạch", "Phó Chủ tịch Thường trực Hội Khuyến học tỉnh"),
 P("Lò Văn Chiến", "ThS.", "giảng viên Trường Chính trị tỉnh"),
 P("Sùng Mí Páo", "Chủ tịch Hội Khuyến học xã Lũng Cú"),
 P("Lù Thị Dính", "Phó Chủ tịch Hội Khuyến học xã Sơn Vĩ"),
 P("Ly Seo Chứ", "Phó Chủ tịch UBND xã Xín Cái")],
[Q("160 cán bộ khuyến học cơ sở", 160, "cán bộ khuyến học cơ sở"), Q("4 huyện vùng cao núi đá", 4, "huyện vùng cao núi đá"),
 Q("195/195 xã, phường, thị trấn", 195, "xã, phường, thị trấn"), Q("trên 98.000 hội viên", 98000, "hội viên", "over"),
 Q("1.860 học sinh", 1860, "học sinh"), Q("312 hộ", 312, "hộ"), Q("8 lớp xóa mù chữ", 8, "lớp xóa mù chữ"), Q("174 người", 174, "người"),
 Q("khoảng 90 học sinh bán trú", 90, "học sinh bán trú", "approx"), Q("hơn 100 km", 100, "km", "over"), Q("100% học viên", 100, "%"), Q("4 tủ sách", 4, "tủ sách"),
 Q("5 triệu đồng", 5000000, "đồng")],
[D("Kết luận", "49", "KL/TW", "2012-05-10", "Ban Bí thư", "Kết luận số 49-KL/TW ngày 10/5/2012"),
 D("Chỉ thị", "11", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 11-CT/TW"),
 D("Kế hoạch", "14", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 14, 15-KH/TU"),
 D("Kế hoạch", "15", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 14, 15-KH/TU"),
 D("Quyết định", "89", "QĐ-TTg", "2013-01-09", "Thủ tướng Chính phủ", "Quyết định số 89/QĐ-TTg ngày 09/01/2013")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sơn Vĩ"), com("Xín Cái"), com("Sủng Là")],
["HỘI KHUYẾN HỌC TỈNH HÀ GIANG", "Trang chủ › Tin hoạt động › Tập huấn, bồi dưỡng", "Ảnh: Các học viên tham gia lớp tập huấn.",
 "Đồng chí Vàng Thị Mai, Tỉnh ủy viên, Phó Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Hội Khuyến học tỉnh phát biểu khai mạc lớp tập huấn.",
 "Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập", "Nồi cháo khuyến học", "Lượt xem: 642"],
["Thứ Ba, 12/04/2016 - 08:10", "2 ngày", "năm 2016", "Năm 2015", "Lượt xem: 642"]))
