from lib import *
PAGES = []

PAGES.append(page("b3341-hagiang-khuyenhoc-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG
Trang chủ » Tin tức - Sự kiện » Giáo dục
Thứ Ba, 20/12/2011 - 16:40
Ảnh: Toàn cảnh hội nghị tổng kết.
Hội Khuyến học tỉnh tổng kết công tác năm 2011
Ngày 19/12/2011, Hội Khuyến học tỉnh Hà Giang tổ chức hội nghị tổng kết công tác khuyến học, khuyến tài năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Sền Thị Pà, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; đồng chí Vàng Seo Chứ, Chủ tịch Hội Khuyến học tỉnh chủ trì hội nghị cùng 65 đại biểu là chủ tịch hội khuyến học các huyện, thành phố.
Theo báo cáo, năm 2011 toàn tỉnh có 11/11 huyện, thành phố và 187 xã, phường, thị trấn có tổ chức hội khuyến học; tổng số hội viên đạt hơn 48.000 người, tăng 6.200 hội viên mới so với năm 2010. Các cấp hội đã vận động xây dựng quỹ khuyến học được trên 4,3 tỷ đồng, trao 2.150 suất học bổng cho học sinh dân tộc thiểu số nghèo vượt khó. Hội đã phối hợp với ngành giáo dục thực hiện Chỉ thị số 11-CT/TW ngày 13/4/2007 của Bộ Chính trị về đẩy mạnh phong trào khuyến học, khuyến tài, xây dựng xã hội học tập và Quyết định 112/2005/QĐ-TTg của Thủ tướng Chính phủ.
Phong trào xây dựng "Dòng họ khuyến học", "Gia đình hiếu học" tiếp tục phát triển với 1.240 gia đình và 96 dòng họ được công nhận. Tại các xã vùng cao như Lũng Cú, Sủng Là, cán bộ hội đã đến từng thôn bản vận động gia đình đưa con em đến lớp, góp phần duy trì tỷ lệ huy động trẻ 6 tuổi vào lớp 1 đạt 98,5%.
Phát biểu tại hội nghị, bà Sền Thị Pà ghi nhận những kết quả Hội đạt được, đồng thời đề nghị các cấp hội phối hợp chặt chẽ với Mặt trận Tổ quốc và các đoàn thể, thực hiện tốt Kế hoạch số 86/KH-UBND của UBND tỉnh về xây dựng xã hội học tập giai đoạn 2011 - 2015, quan tâm hơn đến học sinh bán trú ở các huyện vùng cao núi đá phía Bắc.
Ông Lù Văn Sính, Chủ tịch Hội Khuyến học huyện Mèo Vạc, chia sẻ: "Nhiều em người Mông phải đi bộ hơn 10 km đến trường, hội đã vận động các nhà hảo tâm hỗ trợ 300 chiếc áo ấm và 120 bộ chăn màn cho học sinh nội trú". Bà Hoàng Thị Lan, Phó Chủ tịch Hội Khuyến học xã Sủng Là, kiến nghị tăng mức hỗ trợ cho học sinh đỗ đại học.
Dịp này, Trung ương Hội Khuyến học Việt Nam tặng Bằng khen cho 3 tập thể; Hội Khuyến học tỉnh tặng giấy khen cho 25 tập thể và 42 cá nhân có thành tích xuất sắc trong công tác khuyến học năm 2011.
Minh Chiến
Số lượt xem: 1.054
Tin liên quan
- Mèo Vạc: trao 50 suất học bổng cho học sinh nghèo (02/12/2011)
- Đồng Văn ra mắt Hội Khuyến học xã Lũng Táo (18/11/2011)
- Hội Khuyến học tỉnh triển khai năm học mới (05/09/2011)
- Quản Bạ: xây dựng mô hình học tập cộng đồng ở thôn bản (22/08/2011)
""", "2011-12-20", "Hội Khuyến học tỉnh tổng kết công tác năm 2011",
E("tong_ket", "2011", "2011-12-19"),
[P("Sền Thị Pà", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Vàng Seo Chứ", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Lù Văn Sính", "Chủ tịch Hội Khuyến học huyện Mèo Vạc"),
 P("Hoàng Thị Lan", "Phó Chủ tịch Hội Khuyến học xã Sủng Là")],
[Q("65 đại biểu", 65, "đại biểu"), Q("11/11 huyện, thành phố", 11, "huyện, thành phố"),
 Q("187 xã, phường, thị trấn", 187, "xã, phường, thị trấn"), Q("hơn 48.000 người", 48000, "người", "over"),
 Q("6.200 hội viên mới", 6200, "hội viên mới"), Q("trên 4,3 tỷ đồng", 4300000000, "đồng", "over"),
 Q("2.150 suất học bổng", 2150, "suất học bổng"), Q("1.240 gia đình", 1240, "gia đình"), Q("96 dòng họ", 96, "dòng họ"),
 Q("98,5%", 98.5, "%"), Q("hơn 10 km", 10, "km", "over"), Q("300 chiếc áo ấm", 300, "chiếc áo ấm"),
 Q("120 bộ chăn màn", 120, "bộ chăn màn"), Q("3 tập thể", 3, "tập thể"), Q("25 tập thể", 25, "tập thể"),
 Q("42 cá nhân", 42, "cá nhân")],
[D("Chỉ thị", "11", "CT/TW", "2007-04-13", "Bộ Chính trị", "Chỉ thị số 11-CT/TW ngày 13/4/2007"),
 D("Quyết định", "112", "2005/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 112/2005/QĐ-TTg"),
 D("Kế hoạch", "86", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 86/KH-UBND")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sủng Là")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG", "Trang chủ » Tin tức - Sự kiện » Giáo dục", "Ảnh: Toàn cảnh hội nghị tổng kết.",
 "Dòng họ khuyến học", "Gia đình hiếu học", "Số lượt xem: 1.054", "Trung ương Hội Khuyến học Việt Nam"],
["Thứ Ba, 20/12/2011 - 16:40", "năm 2011", "năm 2012", "6 tuổi", "lớp 1", "2011 - 2015", "Số lượt xem: 1.054"]))

PAGES.append(page("b3342-nghean-nangbuoc-hocbong-2012", """
Báo Nghệ An điện tử
Xã hội > Giáo dục
Cập nhật: 08:20, 08/09/2012 (GMT+7)
Trao 200 suất học bổng "Nâng bước em đến trường" cho học sinh miền Tây
Chiều 7/9, tại huyện Kỳ Sơn, Ủy ban MTTQ tỉnh phối hợp Hội Khuyến học tỉnh và Báo Nghệ An tổ chức trao 200 suất học bổng "Nâng bước em đến trường" cho học sinh nghèo vượt khó các huyện Kỳ Sơn, Tương Dương, Con Cuông nhân dịp khai giảng năm học 2012 - 2013.
Các em học sinh nhận học bổng. Ảnh: Hồ Phương
Mỗi suất học bổng trị giá 1 triệu đồng, kèm theo 1 bộ sách giáo khoa và 10 quyển vở; tổng giá trị chương trình hơn 260 triệu đồng, do các doanh nghiệp và cán bộ, công chức trong tỉnh đóng góp. Ngoài ra, Công ty cổ phần Xi măng Hoàng Mai trao tặng 40 chiếc xe đạp cho học sinh ở xa trường tại các xã Mường Lống, Na Ngoi.
Tham dự buổi lễ có ông Lương Văn Thông, Phó Chủ tịch Ủy ban MTTQ tỉnh; bà Vi Thị Hương, Phó Chủ tịch Hội Khuyến học tỉnh; ông Lô Văn Bảy, Phó Bí thư Thường trực Huyện ủy Kỳ Sơn, cùng đại diện Phòng Giáo dục và Đào tạo các huyện.
Phát biểu tại buổi lễ, ông Lương Văn Thông cho biết: năm học 2011 - 2012, toàn tỉnh có khoảng 3.500 học sinh miền Tây bỏ học giữa chừng vì hoàn cảnh khó khăn. Thực hiện Chỉ thị 06-CT/TU của Ban Thường vụ Tỉnh ủy về vận động học sinh ra lớp, Mặt trận các cấp đã vận động được hơn 2.800 em trở lại trường. Chương trình học bổng "Nâng bước em đến trường" lần này nhằm động viên các em không bỏ học, nhất là học sinh người Thái, Khơ Mú, Mông.
Em Xồng Bá Dê, học sinh lớp 9 Trường PTDT nội trú huyện Kỳ Sơn, xúc động: "Nhà em có 7 anh chị em, bố mẹ làm nương, em đi học phải qua 2 con suối. Có học bổng, em sẽ cố gắng học tốt để sau này về dạy chữ cho bản".
Cô giáo Moong Thị Xuân, Hiệu trưởng Trường Tiểu học Na Ngoi, cho biết nhờ có chiếc xe đạp mà học sinh bản xa đỡ vất vả, tỷ lệ chuyên cần của trường tăng lên 96%. Tuy nhiên, nhà trường còn thiếu 4 phòng học và 2 phòng ở cho giáo viên cắm bản.
Được biết, từ năm 2009 đến nay, chương trình đã trao hơn 1.600 suất học bổng với tổng trị giá gần 1,5 tỷ đồng cho học sinh nghèo trên địa bàn tỉnh.
Nhóm PV
Các tin khác
- Tương Dương: khai giảng lớp xóa mù chữ cho phụ nữ người Khơ Mú (30/08/2012)
- Quỳ Châu vận động được 240 học sinh bỏ học trở lại trường (24/08/2012)
- Trao 50 xe đạp cho học sinh nghèo Anh Sơn (15/08/2012)
- Con Cuông: hoàn thành xây dựng nhà bán trú cho học sinh bản Khe Choăng (10/08/2012)
- Hội Khuyến học tỉnh sơ kết 6 tháng đầu năm 2012 (25/07/2012)
- Doanh nghiệp chung tay hỗ trợ học sinh vùng lũ (12/07/2012)
Chia sẻ: Facebook | Twitter | Gửi email | In bài
""", "2012-09-08", "Trao 200 suất học bổng \"Nâng bước em đến trường\" cho học sinh miền Tây",
E("trao_qua", None, "2012-09-07"),
[P("Lương Văn Thông", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vi Thị Hương", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Lô Văn Bảy", "Phó Bí thư Thường trực Huyện ủy Kỳ Sơn"),
 P("Xồng Bá Dê", "học sinh lớp 9 Trường PTDT nội trú huyện Kỳ Sơn"),
 P("Moong Thị Xuân", "Hiệu trưởng Trường Tiểu học Na Ngoi")],
[Q("200 suất học bổng", 200, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("10 quyển vở", 10, "quyển vở"),
 Q("hơn 260 triệu đồng", 260000000, "đồng", "over"), Q("40 chiếc xe đạp", 40, "chiếc xe đạp"),
 Q("khoảng 3.500 học sinh", 3500, "học sinh", "approx"), Q("hơn 2.800 em", 2800, "em", "over"),
 Q("7 anh chị em", 7, "anh chị em"), Q("2 con suối", 2, "con suối"), Q("96%", 96, "%"), Q("4 phòng học", 4, "phòng học"),
 Q("2 phòng ở", 2, "phòng ở"), Q("hơn 1.600 suất học bổng", 1600, "suất học bổng", "over"),
 Q("gần 1,5 tỷ đồng", 1500000000, "đồng", "approx")],
[D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06-CT/TU")],
[prov("Nghệ An"), com("Mường Lống"), com("Na Ngoi")],
["Báo Nghệ An điện tử", "Xã hội > Giáo dục", "Các em học sinh nhận học bổng. Ảnh: Hồ Phương", "Nâng bước em đến trường",
 "Công ty cổ phần Xi măng Hoàng Mai", "Trường Tiểu học Na Ngoi", "Nhóm PV"],
["Cập nhật: 08:20, 08/09/2012 (GMT+7)", "2012 - 2013", "2011 - 2012", "1 bộ sách giáo khoa", "lớp 9", "từ năm 2009"]))

PAGES.append(page("b3343-soctrang-xedap-khmer-2013", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG
Bạn đang ở: Trang chủ / Hoạt động Mặt trận / An sinh xã hội
08:30 | 29/08/2013
Ông Lâm Văn Mẫn trao xe đạp cho học sinh.
Trao 150 xe đạp cho học sinh dân tộc Khmer nghèo
Sáng 28/8/2013, tại Trường THCS Lai Hòa, Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng phối hợp Hội Khuyến học tỉnh và Quỹ Bảo trợ trẻ em tỉnh tổ chức trao 150 chiếc xe đạp cho học sinh dân tộc Khmer có hoàn cảnh khó khăn tại thị xã Vĩnh Châu và huyện Trần Đề.
Đến dự có ông Lâm Văn Mẫn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Thạch Pholly, Chủ tịch Hội Khuyến học tỉnh; Đại đức Lý Sa Rinh, trụ trì chùa Prếk Chóp; bà Trần Thị Thu Hằng, Phó Giám đốc Sở Giáo dục và Đào tạo.
Mỗi chiếc xe đạp trị giá 1,2 triệu đồng, kèm 1 chiếc cặp và 10 quyển tập. Tổng kinh phí 195 triệu đồng do Công ty TNHH MTV Xổ số kiến thiết Sóc Trăng tài trợ. Cùng dịp, Hội Khuyến học tỉnh trao 30 suất học bổng, mỗi suất 500.000 đồng cho học sinh giỏi vượt khó các phường Vĩnh Phước, Khánh Hòa.
Phát biểu tại buổi lễ, ông Lâm Văn Mẫn cho biết, thực hiện Nghị quyết 05-NQ/TU của Tỉnh ủy về phát triển giáo dục vùng đồng bào Khmer, thời gian qua Mặt trận các cấp đã vận động xây dựng 12 phòng học và 3 nhà bán trú cho học sinh. Tỷ lệ học sinh Khmer bỏ học giảm từ 4,2% xuống còn 2,1%. Tuy nhiên, vẫn còn khoảng 700 học sinh phải đi học xa trên 5 km, nhiều em phải nghỉ học vào mùa mưa.
Đại đức Lý Sa Rinh cho biết, nhà chùa đang duy trì 6 lớp dạy chữ Khmer hè với hơn 250 học sinh theo học, đồng thời vận động phật tử đóng góp được 40 triệu đồng cho quỹ khuyến học của ấp.
Em Thạch Thị Sà Phol, học sinh lớp 8 Trường THCS Lai Hòa, bày tỏ: "Nhà em cách trường 7 km, từ nay em có xe đạp đi học, không phải nhờ bạn chở nữa".
Được biết, năm 2013, Ủy ban MTTQ tỉnh đã phối hợp với các nhà hảo tâm trao tổng cộng 620 chiếc xe đạp và 1.500 bộ sách giáo khoa cho học sinh nghèo, trong đó có hơn 60% là học sinh người Khmer. Thực hiện Kế hoạch 25/KH-MTTQ-BTT, từ nay đến cuối năm, Mặt trận tỉnh tiếp tục vận động thêm 200 xe đạp.
Thạch Rỹ
Tin cùng chuyên mục
- Mỹ Xuyên: trao 20 căn nhà Đại đoàn kết (20/08/2013)
- Ngã Năm tổ chức lễ ra quân "Mùa hè xanh" (02/08/2013)
- Trao quà cho học sinh nghèo xã Viên An (25/07/2013)
- Long Phú: vận động hơn 100 học sinh bỏ học trở lại lớp (18/07/2013)
- Hội thi giáo viên dạy giỏi tiếng Khmer cấp tỉnh (05/07/2013)
- Sư sãi chùa Khleang tham gia dạy chữ cho trẻ em nghèo (28/06/2013)
- Thạnh Trị: Mặt trận vận động xây dựng điểm trường ấp Tà Công (20/06/2013)
- Tuyên dương học sinh Khmer đạt thành tích cao trong kỳ thi tốt nghiệp (11/06/2013)
Chia sẻ bài viết | In trang | Về đầu trang
""", "2013-08-29", "Trao 150 xe đạp cho học sinh dân tộc Khmer nghèo",
E("trao_qua", None, "2013-08-28"),
[P("Lâm Văn Mẫn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Pholly", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Lý Sa Rinh", "Đại đức", "trụ trì chùa Prếk Chóp"),
 P("Trần Thị Thu Hằng", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Thạch Thị Sà Phol", "học sinh lớp 8 Trường THCS Lai Hòa")],
[Q("150 chiếc xe đạp", 150, "chiếc xe đạp"), Q("1,2 triệu đồng", 1200000, "đồng"), Q("10 quyển tập", 10, "quyển tập"),
 Q("195 triệu đồng", 195000000, "đồng"), Q("30 suất học bổng", 30, "suất học bổng"), Q("500.000 đồng", 500000, "đồng"),
 Q("12 phòng học", 12, "phòng học"), Q("3 nhà bán trú", 3, "nhà bán trú"), Q("4,2%", 4.2, "%"), Q("2,1%", 2.1, "%"),
 Q("khoảng 700 học sinh", 700, "học sinh", "approx"), Q("trên 5 km", 5, "km", "over"),
 Q("6 lớp dạy chữ Khmer hè", 6, "lớp dạy chữ Khmer hè"), Q("hơn 250 học sinh", 250, "học sinh", "over"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("7 km", 7, "km"), Q("620 chiếc xe đạp", 620, "chiếc xe đạp"),
 Q("1.500 bộ sách giáo khoa", 1500, "bộ sách giáo khoa"), Q("hơn 60%", 60, "%", "over"), Q("200 xe đạp", 200, "xe đạp")],
[D("Nghị quyết", "05", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết 05-NQ/TU"),
 D("Kế hoạch", "25", "KH-MTTQ-BTT", None, None, "Kế hoạch 25/KH-MTTQ-BTT")],
[prov("Sóc Trăng"), com("Vĩnh Phước"), com("Khánh Hòa")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG", "Bạn đang ở: Trang chủ / Hoạt động Mặt trận / An sinh xã hội",
 "Ông Lâm Văn Mẫn trao xe đạp cho học sinh.", "Công ty TNHH MTV Xổ số kiến thiết Sóc Trăng", "Quỹ Bảo trợ trẻ em tỉnh",
 "Trường THCS Lai Hòa", "Thạch Rỹ"],
["08:30 | 29/08/2013", "1 chiếc cặp", "lớp 8", "năm 2013"]))

PAGES.append(page("b3344-quangtri-khuyenhoc-daihoi-2014", """
HỘI KHUYẾN HỌC TỈNH QUẢNG TRỊ
Trang chủ | Tin tức | Hoạt động hội cơ sở
16-05-2014 09:40
Đại hội Hội Khuyến học huyện Hướng Hóa lần thứ IV, nhiệm kỳ 2014 - 2019
Ngày 15/5/2014, Hội Khuyến học huyện Hướng Hóa tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2014 - 2019. Về dự có ông Lê Quang Trung, Phó Chủ tịch Hội Khuyến học tỉnh; bà Hồ Thị Bích Ngọc, Phó Chủ tịch UBND huyện Hướng Hóa cùng 125 đại biểu đại diện cho hơn 16.500 hội viên trong toàn huyện.
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Nhiệm kỳ 2009 - 2014, các cấp hội trong huyện đã phát triển được 22/22 hội khuyến học xã, thị trấn, 136 chi hội khuyến học thôn, bản và 95 ban khuyến học trong các cơ quan, trường học. Quỹ khuyến học toàn huyện đạt gần 2,8 tỷ đồng; đã trao 4.320 suất học bổng và phần thưởng cho học sinh giỏi, học sinh nghèo vượt khó, trong đó hơn 70% là con em đồng bào Vân Kiều, Pa Kô.
Hội đã phối hợp vận động 318 học sinh bỏ học trở lại trường, vận động nhân dân hiến khoảng 3.200 m2 đất và góp hơn 5.000 ngày công để xây dựng điểm trường mầm non ở các xã Hướng Phùng, A Dơi, Ba Tầng. Phong trào "Gia đình hiếu học", "Dòng họ khuyến học" phát triển rộng khắp với 3.850 gia đình và 27 dòng họ đạt danh hiệu.
Nói chuyện với đại hội, ông Lê Quang Trung đề nghị Hội Khuyến học huyện tiếp tục thực hiện Kết luận số 49-KL/TW ngày 10/5/2013 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 11-CT/TW về đẩy mạnh phong trào khuyến học, khuyến tài, xây dựng xã hội học tập, cùng Quyết định số 89/QĐ-TTg ngày 09/01/2013 của Thủ tướng Chính phủ phê duyệt Đề án "Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng".
Đại biểu Hồ Văn Thắm, Chủ tịch Hội Khuyến học xã Hướng Phùng, chia sẻ kinh nghiệm vận động già làng, trưởng bản nhắc nhở con cháu đi học đều. Già làng Kăn Sương ở bản Cợp cũng phát biểu, mong muốn các thầy cô giáo ở lại với bản lâu hơn.
Đại hội đã bầu Ban Chấp hành khóa IV gồm 21 ủy viên. Bà Hồ Thị Nhanh, Trưởng phòng Giáo dục và Đào tạo huyện được bầu giữ chức Chủ tịch Hội Khuyến học huyện nhiệm kỳ 2014 - 2019; ông Nguyễn Đăng Khoa và ông Hồ Văn Lai được bầu làm Phó Chủ tịch. Đại hội cũng bầu 7 đại biểu đi dự Đại hội Hội Khuyến học tỉnh Quảng Trị lần thứ IV.
Đại hội đề ra mục tiêu đến năm 2019 có ít nhất 90% hộ gia đình là hội viên, 100% thôn, bản có chi hội khuyến học và quỹ khuyến học đạt bình quân 50.000 đồng/hội viên.
Hồ Nguyên
Xem thêm
- Đại hội Hội Khuyến học huyện Đakrông lần thứ IV (09/05/2014)
- Gio Linh tổng kết 10 năm xây dựng xã hội học tập (28/04/2014)
- Triệu Phong ra mắt mô hình "Cộng đồng học tập" cấp xã (15/04/2014)
""", "2014-05-16", "Đại hội Hội Khuyến học huyện Hướng Hóa lần thứ IV, nhiệm kỳ 2014 - 2019",
E("dai_hoi", None, "2014-05-15"),
[P("Lê Quang Trung", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Hồ Thị Bích Ngọc", "Phó Chủ tịch UBND huyện Hướng Hóa"),
 P("Hồ Văn Thắm", "Chủ tịch Hội Khuyến học xã Hướng Phùng"),
 P("Kăn Sương", "Già làng"),
 P("Hồ Thị Nhanh", "Trưởng phòng Giáo dục và Đào tạo huyện", "Chủ tịch Hội Khuyến học huyện nhiệm kỳ 2014 - 2019"),
 P("Nguyễn Đăng Khoa", "Phó Chủ tịch"),
 P("Hồ Văn Lai", "Phó Chủ tịch")],
[Q("125 đại biểu", 125, "đại biểu"), Q("hơn 16.500 hội viên", 16500, "hội viên", "over"),
 Q("22/22 hội khuyến học xã, thị trấn", 22, "hội khuyến học xã, thị trấn"),
 Q("136 chi hội khuyến học thôn, bản", 136, "chi hội khuyến học thôn, bản"),
 Q("95 ban khuyến học", 95, "ban khuyến học"), Q("gần 2,8 tỷ đồng", 2800000000, "đồng", "approx"),
 Q("4.320 suất học bổng và phần thưởng", 4320, "suất học bổng và phần thưởng"), Q("hơn 70%", 70, "%", "over"),
 Q("318 học sinh", 318, "học sinh"), Q("khoảng 3.200 m2", 3200, "m2", "approx"),
 Q("hơn 5.000 ngày công", 5000, "ngày công", "over"), Q("3.850 gia đình", 3850, "gia đình"), Q("27 dòng họ", 27, "dòng họ"),
 Q("21 ủy viên", 21, "ủy viên"), Q("7 đại biểu", 7, "đại biểu"), Q("ít nhất 90%", 90, "%", "over"), Q("100%", 100, "%"),
 Q("50.000 đồng", 50000, "đồng")],
[D("Kết luận", "49", "KL/TW", "2013-05-10", "Bộ Chính trị", "Kết luận số 49-KL/TW ngày 10/5/2013"),
 D("Chỉ thị", "11", "CT/TW", None, None, "Chỉ thị 11-CT/TW"),
 D("Quyết định", "89", "QĐ-TTg", "2013-01-09", "Thủ tướng Chính phủ", "Quyết định số 89/QĐ-TTg ngày 09/01/2013")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("A Dơi"), com("Ba Tầng")],
["HỘI KHUYẾN HỌC TỈNH QUẢNG TRỊ", "Trang chủ | Tin tức | Hoạt động hội cơ sở", "Đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "Gia đình hiếu học", "Dòng họ khuyến học", "Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng", "Hồ Nguyên"],
["16-05-2014 09:40", "lần thứ IV", "2014 - 2019", "2009 - 2014", "khóa IV", "đến năm 2019"]))

PAGES.append(page("b3345-gialai-bdv-xaytruong-soket-2015", """
Ban Dân vận Tỉnh ủy Gia Lai - Trang thông tin điện tử
Vị trí: Trang chủ >> Dân vận các cấp >> Tin hoạt động
Ngày đăng 10/07/2015 | 15:20
Toàn cảnh hội nghị.
Vận động nhân dân góp công, góp đất xây dựng trường lớp vùng đồng bào dân tộc thiểu số
Sáng 9/7, Ban Dân vận Tỉnh ủy phối hợp Sở Giáo dục và Đào tạo, Hội Khuyến học tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2015 việc thực hiện đề án 01 về vận động nhân dân tham gia xây dựng trường lớp, huy động học sinh ra lớp ở vùng đồng bào dân tộc thiểu số. Đồng chí Rah Lan Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Báo cáo tại hội nghị nêu rõ, 6 tháng đầu năm, thực hiện Kết luận 45, 46-KL/TU của Ban Thường vụ Tỉnh ủy, các địa phương đã vận động nhân dân hiến hơn 12.000 m2 đất, đóng góp 8.600 ngày công và khoảng 1,9 tỷ đồng để xây dựng 46 phòng học, 18 nhà công vụ giáo viên và 9 bếp ăn bán trú. Toàn tỉnh đã vận động được 1.124 học sinh bỏ học trở lại trường, trong đó có 867 em là người Jrai, Bahnar. Tỷ lệ huy động trẻ 5 tuổi ra lớp mẫu giáo đạt 97,3%.
Tại hội nghị, đồng chí Ksor Nham, HUV, Trưởng Ban Dân vận Huyện ủy Krông Pa, chia sẻ cách làm "3 cùng" của cán bộ dân vận với bà con làng. Ông Đinh Văn Thuk, Chủ tịch UBND xã Ayun, cho biết xã đã huy động 35 hộ dân tự nguyện tháo dỡ hàng rào, nhường đất mở rộng điểm trường làng Đê Tar. Bà Siu H'Nhi, người có uy tín làng Plei Bông, kể lại chuyện đi từng nhà vận động cha mẹ cho con đi học.
Các ý kiến cũng chỉ ra một số khó khăn: nhiều điểm trường lẻ còn tạm bợ, thiếu nhà vệ sinh và nước sạch; ở một số làng tình trạng tảo hôn vẫn khiến học sinh nữ bỏ học sớm; việc phối hợp giữa nhà trường với chi bộ thôn, làng có lúc chưa chặt chẽ.
Kết luận hội nghị, đồng chí Rah Lan Lâm đề nghị 6 tháng cuối năm các cấp tiếp tục thực hiện Kế hoạch số 37-KH/BDVTU ngày 12/3/2015 của Ban Dân vận Tỉnh ủy, gắn với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; phấn đấu trước ngày khai giảng năm học mới hoàn thành ít nhất 20 phòng học còn dở dang; phát huy vai trò già làng, người có uy tín trong vận động học sinh ra lớp.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 8 tập thể, 14 cá nhân có thành tích trong vận động xây dựng trường lớp. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Thanh Lịch, Rơ Châm Ngân trao giấy khen cho các tập thể, cá nhân.
Văn Ngọc
Lượt xem: 642
Tin khác
- Đak Pơ: tổ chức đối thoại với người có uy tín (03/07/2015)
- Hội nghị giao ban công tác dân vận quý II năm 2015 (26/06/2015)
- Chư Sê ra mắt mô hình "Dân vận khéo" trong xây dựng nông thôn mới (15/06/2015)
- Trao 100 suất học bổng cho học sinh nghèo Ia Grai (02/06/2015)
""", "2015-07-10", "Vận động nhân dân góp công, góp đất xây dựng trường lớp vùng đồng bào dân tộc thiểu số",
E("so_ket", "2015-H1", "2015-07-09"),
[P("Rah Lan Lâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor Nham", "HUV", "Trưởng Ban Dân vận Huyện ủy Krông Pa"),
 P("Đinh Văn Thuk", "Chủ tịch UBND xã Ayun"),
 P("Siu H'Nhi", "người có uy tín làng Plei Bông"),
 P("Nguyễn Thị Thanh Lịch", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Châm Ngân", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("hơn 12.000 m2", 12000, "m2", "over"), Q("8.600 ngày công", 8600, "ngày công"),
 Q("khoảng 1,9 tỷ đồng", 1900000000, "đồng", "approx"), Q("46 phòng học", 46, "phòng học"),
 Q("18 nhà công vụ giáo viên", 18, "nhà công vụ giáo viên"), Q("9 bếp ăn bán trú", 9, "bếp ăn bán trú"),
 Q("1.124 học sinh", 1124, "học sinh"), Q("867 em", 867, "em"), Q("97,3%", 97.3, "%"), Q("35 hộ dân", 35, "hộ dân"),
 Q("ít nhất 20 phòng học", 20, "phòng học", "over"), Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Đề án", "01", None, None, None, "đề án 01"),
 D("Kết luận", "45", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU"),
 D("Kết luận", "46", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU"),
 D("Kế hoạch", "37", "KH/BDVTU", "2015-03-12", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 37-KH/BDVTU ngày 12/3/2015")],
[prov("Gia Lai"), com("Ayun")],
["Ban Dân vận Tỉnh ủy Gia Lai - Trang thông tin điện tử", "Vị trí: Trang chủ >> Dân vận các cấp >> Tin hoạt động",
 "Toàn cảnh hội nghị.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 642", "làng Đê Tar"],
["Ngày đăng 10/07/2015 | 15:20", "6 tháng đầu năm 2015", "6 tháng cuối năm", "3 cùng", "5 tuổi", "Lượt xem: 642"]))

PAGES.append(page("b3346-laocai-khuyenhoc-giaoban-q3-2016", """
Hôm nay: Thứ Hai, 10/10/2016
BÁO LÀO CAI ĐIỆN TỬ
Giáo dục :: Khuyến học
07.10.2016 | 10:15
Hội nghị giao ban công tác khuyến học quý III
Chiều 6/10, Hội Khuyến học tỉnh Lào Cai tổ chức hội nghị giao ban công tác khuyến học, khuyến tài quý III năm 2016, triển khai nhiệm vụ quý IV. Ông Lý Seo Dình, Chủ tịch Hội Khuyến học tỉnh chủ trì; tham dự có đại diện Ban Tuyên giáo Tỉnh ủy, Sở Giáo dục và Đào tạo và chủ tịch hội khuyến học 9 huyện, thành phố.
Ông Lý Seo Dình phát biểu tại hội nghị. Ảnh: Thu Hương
Trong quý III, các cấp hội tập trung vận động học sinh ra lớp đầu năm học 2016 - 2017. Toàn tỉnh đã trao 1.870 suất quà khai giảng với tổng trị giá hơn 560 triệu đồng, trong đó có 420 bộ quần áo ấm, 650 đôi dép nhựa và 300 chiếc cặp sách cho học sinh bán trú các huyện Si Ma Cai, Mường Khương, Bát Xát. Chương trình "Nâng bước em đến trường" do Hội phối hợp Tỉnh đoàn thực hiện đã trao 85 chiếc xe đạp cho học sinh THCS ở xa trường.
Quỹ khuyến học các cấp tăng thêm khoảng 720 triệu đồng; có thêm 2.400 hội viên mới, nâng tổng số hội viên toàn tỉnh lên hơn 95.000 người. Thực hiện Hướng dẫn số 12/HD-KH ngày 05/7/2016 của Hội Khuyến học tỉnh về đánh giá, công nhận "Cộng đồng học tập" cấp xã, đã có 38 xã tự đánh giá đạt chuẩn.
Tại hội nghị, bà Chảo Thị Mai, Chủ tịch Hội Khuyến học huyện Bát Xát, cho biết huyện đã vận động được 64 học sinh người Dao, Hà Nhì bỏ học quay lại trường. Ông Tẩn Láo Lở, Chủ tịch Hội Khuyến học xã Y Tý, phản ánh còn nhiều em học sinh phải ở lán trại gần trường do nhà cách trường hơn 15 km. Bà Lò Thị Chu, Phó Chủ tịch Hội Khuyến học huyện Mường Khương, đề nghị tỉnh có chính sách hỗ trợ gạo cho học sinh bán trú không đủ điều kiện hưởng theo Nghị định 116/2016/NĐ-CP của Chính phủ.
Một số ý kiến đề nghị Hội Khuyến học tỉnh sớm ban hành tiêu chí đánh giá "Đơn vị học tập" trong cơ quan, doanh nghiệp; tăng cường ứng dụng công nghệ thông tin trong quản lý hội viên; phối hợp với các nhà trường rà soát, nắm chắc hoàn cảnh từng học sinh có nguy cơ bỏ học để kịp thời hỗ trợ.
Kết luận hội nghị, ông Lý Seo Dình yêu cầu quý IV các cấp hội tập trung tổng kết phong trào năm 2016; tiếp tục triển khai Chỉ thị số 25-CT/TU của Tỉnh ủy về xây dựng xã hội học tập; bình xét "Gia đình hiếu học", "Dòng họ khuyến học" đúng thực chất, tránh chạy theo số lượng.
Thu Hương
Các tin đã đưa
- Bắc Hà: trao 120 suất học bổng cho học sinh nghèo vượt khó (28/09/2016)
- Sa Pa khai giảng lớp xóa mù chữ cho phụ nữ Mông (19/09/2016)
- Hội Khuyến học tỉnh tặng quà học sinh vùng lũ Bảo Yên (08/09/2016)
- Giao ban công tác khuyến học quý II năm 2016 (08/07/2016)
""", "2016-10-07", "Hội nghị giao ban công tác khuyến học quý III",
E("giao_ban", "2016-Q3", "2016-10-06"),
[P("Lý Seo Dình", "Chủ tịch Hội Khuyến học tỉnh"),
 P("Chảo Thị Mai", "Chủ tịch Hội Khuyến học huyện Bát Xát"),
 P("Tẩn Láo Lở", "Chủ tịch Hội Khuyến học xã Y Tý"),
 P("Lò Thị Chu", "Phó Chủ tịch Hội Khuyến học huyện Mường Khương")],
[Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("1.870 suất quà", 1870, "suất quà"),
 Q("hơn 560 triệu đồng", 560000000, "đồng", "over"), Q("420 bộ quần áo ấm", 420, "bộ quần áo ấm"),
 Q("650 đôi dép nhựa", 650, "đôi dép nhựa"), Q("300 chiếc cặp sách", 300, "chiếc cặp sách"),
 Q("85 chiếc xe đạp", 85, "chiếc xe đạp"), Q("khoảng 720 triệu đồng", 720000000, "đồng", "approx"),
 Q("2.400 hội viên mới", 2400, "hội viên mới"), Q("hơn 95.000 người", 95000, "người", "over"),
 Q("38 xã", 38, "xã"), Q("64 học sinh", 64, "học sinh"), Q("hơn 15 km", 15, "km", "over")],
[D("Hướng dẫn", "12", "HD-KH", "2016-07-05", "Hội Khuyến học tỉnh", "Hướng dẫn số 12/HD-KH ngày 05/7/2016"),
 D("Nghị định", "116", "2016/NĐ-CP", None, "Chính phủ", "Nghị định 116/2016/NĐ-CP"),
 D("Chỉ thị", "25", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 25-CT/TU")],
[prov("Lào Cai"), com("Y Tý")],
["BÁO LÀO CAI ĐIỆN TỬ", "Giáo dục :: Khuyến học", "Ông Lý Seo Dình phát biểu tại hội nghị. Ảnh: Thu Hương",
 "Nâng bước em đến trường", "Cộng đồng học tập", "Gia đình hiếu học", "Dòng họ khuyến học", "Hôm nay: Thứ Hai, 10/10/2016", "Đơn vị học tập"],
["Hôm nay: Thứ Hai, 10/10/2016", "quý III năm 2016", "quý IV", "2016 - 2017", "năm 2016"]))
