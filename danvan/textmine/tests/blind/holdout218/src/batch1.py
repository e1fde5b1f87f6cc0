from lib import *
PAGES = []

PAGES.append(page("b5189-laocai-bdv-truonghoc-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH LÀO CAI
Trang chủ » Dân vận » Dân vận trong trường học
Thứ Sáu, 16/12/2011 - 09:30
Toàn cảnh hội nghị tổng kết.
Lào Cai: Tổng kết công tác dân vận trong các trường học năm 2011
Ngày 14/12/2011, Ban Dân vận Tỉnh ủy phối hợp với Sở Giáo dục và Đào tạo tổ chức hội nghị tổng kết công tác dân vận trong các trường học năm 2011. Đồng chí Giàng Thị Mỷ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Hoàng Văn Thắm, Giám đốc Sở Giáo dục và Đào tạo đồng chủ trì. Dự hội nghị có 87 đồng chí là hiệu trưởng, bí thư chi bộ các trường trung học phổ thông và lãnh đạo phòng giáo dục các huyện, thành phố.
Báo cáo do đồng chí Lù Văn Pao, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày nêu rõ: năm 2011, thực hiện Kế hoạch số 32-KH/BDVTU ngày 10/3/2011 của Ban Dân vận Tỉnh ủy và Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về vận động học sinh dân tộc thiểu số ra lớp và về xây dựng trường chuẩn quốc gia, các nhà trường đã phối hợp với cấp ủy, chính quyền thôn bản vận động được 1.246 học sinh trở lại lớp; tỷ lệ huy động trẻ 6 tuổi vào lớp 1 đạt 99,2%. Toàn tỉnh có 312 giáo viên cắm bản, trong đó trên 40% là người dân tộc thiểu số.
Nhân dân các xã vùng cao đã hiến gần 6.800 m2 đất, đóng góp 4.150 ngày công và trên 1,3 tỷ đồng để xây dựng 58 phòng học bán trú, 21 nhà công vụ. Phong trào "Dân vận khéo" trong ngành giáo dục có 74 mô hình đăng ký, tiêu biểu là mô hình "Cô giáo đỡ đầu học sinh nghèo" ở xã Bản Phố và "Gạo nuôi em" ở xã Tả Van.
Tại hội nghị, thầy Vàng A Chứ, Hiệu trưởng Trường Phổ thông dân tộc bán trú THCS Tả Van, chia sẻ cách vận động cha mẹ học sinh người Mông không cho con nghỉ học để lấy vợ, lấy chồng sớm. Cô Tẩn Thị Sử, giáo viên Trường Tiểu học Bản Phố, đề nghị có chế độ hỗ trợ giáo viên dạy tăng cường tiếng Việt cho trẻ mầm non người Dao, người Mông.
Phát biểu kết luận, đồng chí Giàng Thị Mỷ đề nghị các trường tiếp tục quán triệt Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị; thực hiện tốt cuộc vận động "Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo"; mỗi giáo viên cắm bản phải thực sự là một cán bộ dân vận ở thôn bản.
Dịp này, UBND tỉnh tặng Bằng khen cho 9 tập thể và 16 cá nhân; Ban Dân vận Tỉnh ủy tặng Giấy khen cho 23 giáo viên tiêu biểu. Đồng chí Lý Seo Dìn, Chánh Văn phòng Ban Dân vận Tỉnh ủy, công bố các quyết định khen thưởng.
Minh Châu
Lượt xem: 1.024
Tin liên quan
- Bát Xát: vận động 300 học sinh trở lại lớp (28/11/2011)
- Sa Pa ra mắt mô hình "Cô giáo đỡ đầu" (14/11/2011)
- Hội nghị giao ban khối dân vận quý III/2011 (05/10/2011)
- Tặng 500 suất quà cho học sinh bán trú Si Ma Cai (22/09/2011)
""", "2011-12-16", "Lào Cai: Tổng kết công tác dân vận trong các trường học năm 2011",
E("tong_ket", "2011", "2011-12-14"),
[P("Giàng Thị Mỷ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Thắm", "Giám đốc Sở Giáo dục và Đào tạo"),
 P("Lù Văn Pao", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng A Chứ", "Hiệu trưởng Trường Phổ thông dân tộc bán trú THCS Tả Van"),
 P("Tẩn Thị Sử", "giáo viên Trường Tiểu học Bản Phố"),
 P("Lý Seo Dìn", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("87 đồng chí", 87, "đồng chí"), Q("1.246 học sinh", 1246, "học sinh"), Q("99,2%", 99.2, "%"),
 Q("312 giáo viên cắm bản", 312, "giáo viên cắm bản"), Q("trên 40%", 40, "%", "over"),
 Q("gần 6.800 m2", 6800, "m2", "approx"), Q("4.150 ngày công", 4150, "ngày công"),
 Q("trên 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("58 phòng học bán trú", 58, "phòng học bán trú"),
 Q("21 nhà công vụ", 21, "nhà công vụ"), Q("74 mô hình", 74, "mô hình"), Q("9 tập thể", 9, "tập thể"),
 Q("16 cá nhân", 16, "cá nhân"), Q("23 giáo viên tiêu biểu", 23, "giáo viên tiêu biểu")],
[D("Kế hoạch", "32", "KH/BDVTU", "2011-03-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 32-KH/BDVTU ngày 10/3/2011"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Lào Cai"), com("Bản Phố"), com("Tả Van")],
["CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH LÀO CAI", "Trang chủ » Dân vận » Dân vận trong trường học",
 "Toàn cảnh hội nghị tổng kết.", "Dân vận khéo", "Cô giáo đỡ đầu học sinh nghèo", "Gạo nuôi em",
 "Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo", "Lượt xem: 1.024"],
["Thứ Sáu, 16/12/2011 - 09:30", "87 đồng chí", "năm 2011", "6 tuổi", "lớp 1", "Lượt xem: 1.024"]))

PAGES.append(page("b5190-nghean-congdoangd-soket-2012", """
Báo Nghệ An điện tử
Thời sự | Giáo dục | Dân vận
Cập nhật: 16:40, 10/07/2012 (GMT+7)
Công đoàn Giáo dục Nghệ An: Hơn 2.000 đoàn viên tham gia "Dân vận khéo"
(Baonghean) - Sáng 9/7, Công đoàn Giáo dục tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2012, trọng tâm là công tác dân vận và phong trào thi đua "Dân vận khéo" trong các nhà trường; triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Thị Thu Hà, UVBCH Liên đoàn Lao động tỉnh, Chủ tịch Công đoàn Giáo dục tỉnh chủ trì hội nghị.
Đồng chí Nguyễn Thị Thu Hà phát biểu tại hội nghị. Ảnh: Hải Yến
Theo báo cáo, 6 tháng đầu năm, toàn ngành có hơn 2.000 đoàn viên đăng ký tham gia phong trào "Dân vận khéo"; các công đoàn cơ sở đã vận động cán bộ, giáo viên ủng hộ quỹ "Mái ấm công đoàn" được 865 triệu đồng, xây mới 11 Mái ấm Công đoàn và sửa chữa 6 căn nhà cho giáo viên khó khăn ở các huyện miền núi Kỳ Sơn, Tương Dương, Quế Phong. Thực hiện Nghị quyết số 07-NQ/CĐN ngày 12/1/2012 của Ban Chấp hành Công đoàn ngành và Hướng dẫn 15, 16-HD/CĐGD, các nhà trường đã tổ chức 146 buổi đối thoại giữa hiệu trưởng với cán bộ, giáo viên; giải quyết 38 ý kiến, kiến nghị, đạt 92%.
Công tác vận động học sinh ra lớp ở vùng cao có nhiều chuyển biến: 436 học sinh bỏ học ở các bản người Khơ Mú, Mông, Thái đã được thầy cô tới tận nhà vận động trở lại trường; khoảng 70 giáo viên tình nguyện dạy xóa mù chữ cho 1.150 lượt người dân vào buổi tối.
Tại hội nghị, đồng chí Lô Văn Thái, Chủ tịch Công đoàn Trường PTDT nội trú Kỳ Sơn, cho biết nhà trường duy trì mô hình "Mỗi thầy cô nhận đỡ đầu 1 em học sinh nghèo"; đồng chí Vi Thị Lan, Phó Chủ tịch Công đoàn giáo dục huyện Quế Phong, đề nghị sớm bố trí nhà công vụ cho giáo viên cắm bản tại xã Tri Lễ và xã Nậm Giải.
Phát biểu chỉ đạo, đồng chí Hồ Sỹ Trung, Phó Giám đốc Sở Giáo dục và Đào tạo, đề nghị Công đoàn ngành tiếp tục phối hợp thực hiện Chỉ thị số 40-CT/TW ngày 15/6/2004 của Ban Bí thư về xây dựng, nâng cao chất lượng đội ngũ nhà giáo; gắn phong trào "Dân vận khéo" với cuộc vận động "Hai không" và phong trào "Xây dựng trường học thân thiện, học sinh tích cực".
Hội nghị đã trao Giấy khen của Công đoàn Giáo dục tỉnh cho 15 công đoàn cơ sở và 27 đoàn viên có thành tích xuất sắc. Nhiệm vụ 6 tháng cuối năm được xác định là chăm lo đời sống giáo viên vùng khó, chuẩn bị tốt năm học mới và tiếp tục nhân rộng các mô hình dân vận hiệu quả trong nhà trường.
Hải Yến
Tin liên quan
- Tập huấn nghiệp vụ cho 300 chủ tịch công đoàn cơ sở (02/07/2012)
- Bàn giao Mái ấm Công đoàn cho cô giáo ở Tương Dương (20/06/2012)
- Kỳ Sơn: Vận động học sinh trở lại trường sau Tết (15/02/2012)
""", "2012-07-10", "Công đoàn Giáo dục Nghệ An: Hơn 2.000 đoàn viên tham gia \"Dân vận khéo\"",
E("so_ket", "2012-H1", "2012-07-09"),
[P("Nguyễn Thị Thu Hà", "UVBCH Liên đoàn Lao động tỉnh", "Chủ tịch Công đoàn Giáo dục tỉnh"),
 P("Lô Văn Thái", "Chủ tịch Công đoàn Trường PTDT nội trú Kỳ Sơn"),
 P("Vi Thị Lan", "Phó Chủ tịch Công đoàn giáo dục huyện Quế Phong"),
 P("Hồ Sỹ Trung", "Phó Giám đốc Sở Giáo dục và Đào tạo")],
[Q("Hơn 2.000 đoàn viên", 2000, "đoàn viên", "over"), Q("865 triệu đồng", 865000000, "đồng"),
 Q("11 Mái ấm Công đoàn", 11, "Mái ấm Công đoàn"), Q("6 căn nhà", 6, "căn nhà"),
 Q("146 buổi đối thoại", 146, "buổi đối thoại"), Q("38 ý kiến, kiến nghị", 38, "ý kiến, kiến nghị"), Q("92%", 92, "%"),
 Q("436 học sinh", 436, "học sinh"), Q("khoảng 70 giáo viên", 70, "giáo viên", "approx"),
 Q("1.150 lượt người dân", 1150, "lượt người dân"), Q("15 công đoàn cơ sở", 15, "công đoàn cơ sở"),
 Q("27 đoàn viên", 27, "đoàn viên")],
[D("Nghị quyết", "07", "NQ/CĐN", "2012-01-12", "Ban Chấp hành Công đoàn ngành", "Nghị quyết số 07-NQ/CĐN ngày 12/1/2012"),
 D("Hướng dẫn", "15", "HD/CĐGD", None, None, "Hướng dẫn 15, 16-HD/CĐGD"),
 D("Hướng dẫn", "16", "HD/CĐGD", None, None, "Hướng dẫn 15, 16-HD/CĐGD"),
 D("Chỉ thị", "40", "CT/TW", "2004-06-15", "Ban Bí thư", "Chỉ thị số 40-CT/TW ngày 15/6/2004")],
[prov("Nghệ An"), com("Tri Lễ"), com("Nậm Giải")],
["Báo Nghệ An điện tử", "Thời sự | Giáo dục | Dân vận", "Đồng chí Nguyễn Thị Thu Hà phát biểu tại hội nghị. Ảnh: Hải Yến",
 "(Baonghean)", "Dân vận khéo", "Mái ấm công đoàn", "Mỗi thầy cô nhận đỡ đầu 1 em học sinh nghèo", "Hai không",
 "Xây dựng trường học thân thiện, học sinh tích cực"],
["Cập nhật: 16:40, 10/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "1 em học sinh nghèo", "Hai không"]))

PAGES.append(page("b5191-gialai-tinhdoan-traoqua-2013", """
BÁO GIA LAI ĐIỆN TỬ
Xã hội › Giáo dục › Dân vận
08:15 | 06/09/2013
Trao 350 suất học bổng cho học sinh dân tộc thiểu số nghèo vượt khó
(GLO)- Ngày 5/9, tại Trường THCS Ia Kriêng, Ban Dân vận Tỉnh ủy phối hợp với Tỉnh đoàn, Hội Khuyến học tỉnh tổ chức lễ trao học bổng và quà cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn nhân dịp khai giảng năm học 2013-2014.
Các em học sinh nhận học bổng. Ảnh: Đinh Yến
Dự buổi lễ có các đồng chí: Rơ Châm H'Liên, Phó Trưởng Ban Dân vận Tỉnh ủy; Nguyễn Quốc Bảo, Bí thư Tỉnh đoàn; Ksor H'Bơ Khăp, Phó Chủ tịch Hội Khuyến học tỉnh; cùng đại diện Đảng ủy, UBND xã Ia Kriêng, xã Ia Pnôn và thầy cô giáo, phụ huynh.
Dịp này, Ban tổ chức đã trao 350 suất học bổng cho học sinh nghèo vượt khó, mỗi suất trị giá 500.000 đồng, cùng 1.200 quyển vở, 40 chiếc xe đạp và 120 bộ sách giáo khoa; tổng trị giá trên 300 triệu đồng. Kinh phí do Quỹ Khuyến học tỉnh, các doanh nghiệp và 27 cơ sở đoàn vận động đóng góp theo Kế hoạch số 118-KH/TĐTN ngày 20/7/2013 của Ban Thường vụ Tỉnh đoàn.
Phát biểu tại buổi lễ, đồng chí Rơ Châm H'Liên cho biết: thực hiện Chỉ thị 17, 18-CT/TU của Tỉnh ủy về công tác vận động học sinh đồng bào Jrai, Bahnar đến trường và về phát huy vai trò già làng trong vùng đồng bào dân tộc thiểu số, năm học 2012-2013 toàn tỉnh đã vận động được 2.318 học sinh bỏ học trở lại lớp; tỷ lệ học sinh chuyên cần ở các xã vùng sâu đạt khoảng 94%.
Em Siu H'Nhi, học sinh lớp 9A Trường THCS Ia Kriêng, xúc động: "Nhà em có 7 anh chị em, bố mẹ làm rẫy, có lúc em định nghỉ học. Cô giáo chủ nhiệm và già làng đã đến nhà động viên em tiếp tục đi học".
Già làng Rah Lan Bưk, làng Ia Kriêng, cho biết nhờ thầy cô kiên trì vận động mà làng đã có 12 em đỗ đại học, cao đẳng. Thầy Đinh Văn Hùng, Hiệu trưởng Trường THCS Ia Kriêng, cảm ơn các nhà hảo tâm và hứa cùng tập thể sư phạm tiếp tục thực hiện phong trào "Xây dựng trường học thân thiện, học sinh tích cực".
Cùng ngày, đoàn công tác tặng 50 phần quà cho các gia đình có con em là học sinh giỏi; mỗi phần quà gồm 20 kg gạo và 200.000 đồng tiền mặt.
Theo Ban Dân vận Tỉnh ủy Gia Lai, từ nay đến cuối năm, các cơ quan dân vận sẽ phối hợp với ngành giáo dục duy trì mô hình "Già làng cùng thầy cô đưa trẻ đến trường" tại các xã đặc biệt khó khăn, đồng thời vận động các doanh nghiệp tiếp tục đồng hành với Quỹ Khuyến học tỉnh Gia Lai để không em nào phải bỏ học vì nghèo.
Đinh Yến
Các tin khác
- Đức Cơ: Khai giảng lớp xóa mù chữ cho 60 người dân (30/08/2013)
- Tỉnh đoàn ra quân "Tiếp sức mùa thi" (25/06/2013)
- Chư Prông: tặng xe đạp cho học sinh nghèo (12/06/2013)
""", "2013-09-06", "Trao 350 suất học bổng cho học sinh dân tộc thiểu số nghèo vượt khó",
E("trao_qua", None, "2013-09-05"),
[P("Rơ Châm H'Liên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Quốc Bảo", "Bí thư Tỉnh đoàn"),
 P("Ksor H'Bơ Khăp", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Siu H'Nhi", "học sinh lớp 9A Trường THCS Ia Kriêng"),
 P("Rah Lan Bưk", "Già làng"),
 P("Đinh Văn Hùng", "Hiệu trưởng Trường THCS Ia Kriêng")],
[Q("350 suất học bổng", 350, "suất học bổng"), Q("500.000 đồng", 500000, "đồng"), Q("1.200 quyển vở", 1200, "quyển vở"),
 Q("40 chiếc xe đạp", 40, "chiếc xe đạp"), Q("120 bộ sách giáo khoa", 120, "bộ sách giáo khoa"),
 Q("trên 300 triệu đồng", 300000000, "đồng", "over"), Q("27 cơ sở đoàn", 27, "cơ sở đoàn"),
 Q("2.318 học sinh", 2318, "học sinh"), Q("khoảng 94%", 94, "%", "approx"), Q("7 anh chị em", 7, "anh chị em"),
 Q("12 em", 12, "em"), Q("50 phần quà", 50, "phần quà"), Q("20 kg", 20, "kg"), Q("200.000 đồng", 200000, "đồng")],
[D("Kế hoạch", "118", "KH/TĐTN", "2013-07-20", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 118-KH/TĐTN ngày 20/7/2013"),
 D("Chỉ thị", "17", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 17, 18-CT/TU")],
[prov("Gia Lai"), com("Ia Kriêng"), com("Ia Pnôn")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội › Giáo dục › Dân vận", "(GLO)", "Các em học sinh nhận học bổng. Ảnh: Đinh Yến",
 "Xây dựng trường học thân thiện, học sinh tích cực", "Trường THCS Ia Kriêng",
 "Già làng cùng thầy cô đưa trẻ đến trường", "Quỹ Khuyến học tỉnh Gia Lai"],
["08:15 | 06/09/2013", "năm học 2013-2014", "năm học 2012-2013", "lớp 9A"]))

PAGES.append(page("b5192-soctrang-tinhdoan-doithoai-2014", """
Tỉnh Đoàn Sóc Trăng - Cổng thông tin Đoàn TNCS Hồ Chí Minh
Trang chủ / Hoạt động / Tin Đoàn - Hội
20/05/2014 - 10:05
Đồng chí Trần Thị Mỹ Duyên trả lời ý kiến của học sinh.
Lãnh đạo tỉnh đối thoại với học sinh, sinh viên năm 2014
Sáng 19/5, tại Hội trường Trường Cao đẳng Cộng đồng Sóc Trăng, Tỉnh đoàn phối hợp với Ban Dân vận Tỉnh ủy, Sở Giáo dục và Đào tạo tổ chức chương trình đối thoại giữa lãnh đạo tỉnh với học sinh, sinh viên năm 2014, với chủ đề "Học sinh, sinh viên với lập thân, lập nghiệp". Tham gia có hơn 600 đoàn viên, học sinh, sinh viên đến từ 11 trường THPT, 2 trường cao đẳng và Trường Phổ thông Dân tộc nội trú tỉnh.
Chủ trì đối thoại có các đồng chí: Trần Thị Mỹ Duyên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Lâm Văn Đời, Phó Giám đốc Sở Giáo dục và Đào tạo; Thạch Thị Sa Rinh, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội Sinh viên Việt Nam tỉnh.
Tại buổi đối thoại, các em đã nêu 34 câu hỏi, tập trung vào học phí, học bổng cho học sinh người Khmer, cơ hội việc làm sau tốt nghiệp và việc dạy chữ Khmer trong nhà trường. Em Sơn Thị Kim Thoa, học sinh Trường Phổ thông Dân tộc nội trú tỉnh, hỏi về chính sách cử tuyển; em Danh Hoàng Phúc, sinh viên năm hai Trường Cao đẳng Cộng đồng Sóc Trăng, kiến nghị mở thêm lớp kỹ năng mềm cho sinh viên vùng nông thôn.
Trả lời các em, đồng chí Lâm Văn Đời cho biết thực hiện Quyết định số 2123/QĐ-TTg ngày 22/11/2010 của Thủ tướng Chính phủ và Nghị định 49/2010/NĐ-CP của Chính phủ về miễn, giảm học phí, năm học 2013-2014 toàn tỉnh đã miễn, giảm học phí cho 18.420 học sinh; cấp học bổng chính sách cho 3.960 học sinh dân tộc thiểu số; tỷ lệ học sinh người Khmer tốt nghiệp THPT đạt 96,5%. Tỉnh có 92 chùa Phật giáo Nam tông Khmer mở lớp dạy chữ Khmer hè với khoảng 14.000 lượt học sinh theo học.
Đồng chí Trần Thị Mỹ Duyên ghi nhận các ý kiến thẳng thắn của đoàn viên, thanh niên và cho biết Ban Dân vận Tỉnh ủy sẽ tham mưu thực hiện tốt Kết luận 62, 63-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Khmer và về công tác thanh niên trong tình hình mới. Đồng chí đề nghị các trường xây dựng kế hoạch tổ chức đối thoại định kỳ với học sinh ít nhất 2 lần mỗi năm học.
Kết thúc chương trình, Tỉnh đoàn trao 20 suất học bổng "Tiếp sức đến trường", mỗi suất 1 triệu đồng, cho học sinh, sinh viên nghèo hiếu học.
Thạch Sa Ni - Ban Tuyên giáo Tỉnh đoàn
Tin khác
- Ra quân chiến dịch "Thanh niên tình nguyện hè" năm 2014 (12/05/2014)
- Tuyên dương 50 "Sinh viên 5 tốt" cấp tỉnh (05/04/2014)
- Mỹ Xuyên: Hội trại truyền thống 26/3 (27/03/2014)
""", "2014-05-20", "Lãnh đạo tỉnh đối thoại với học sinh, sinh viên năm 2014",
E("doi_thoai", "2014", "2014-05-19"),
[P("Trần Thị Mỹ Duyên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Văn Đời", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Thạch Thị Sa Rinh", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội Sinh viên Việt Nam tỉnh"),
 P("Sơn Thị Kim Thoa", "học sinh Trường Phổ thông Dân tộc nội trú tỉnh"),
 P("Danh Hoàng Phúc", "sinh viên năm hai Trường Cao đẳng Cộng đồng Sóc Trăng")],
[Q("hơn 600 đoàn viên, học sinh, sinh viên", 600, "đoàn viên, học sinh, sinh viên", "over"),
 Q("11 trường THPT", 11, "trường THPT"), Q("2 trường cao đẳng", 2, "trường cao đẳng"),
 Q("34 câu hỏi", 34, "câu hỏi"), Q("18.420 học sinh", 18420, "học sinh"),
 Q("3.960 học sinh dân tộc thiểu số", 3960, "học sinh dân tộc thiểu số"), Q("96,5%", 96.5, "%"),
 Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("khoảng 14.000 lượt học sinh", 14000, "lượt học sinh", "approx"),
 Q("ít nhất 2 lần", 2, "lần", "over"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "2123", "QĐ-TTg", "2010-11-22", "Thủ tướng Chính phủ", "Quyết định số 2123/QĐ-TTg ngày 22/11/2010"),
 D("Nghị định", "49", "2010/NĐ-CP", None, "Chính phủ", "Nghị định 49/2010/NĐ-CP"),
 D("Kết luận", "62", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 62, 63-KL/TU"),
 D("Kết luận", "63", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 62, 63-KL/TU")],
[prov("Sóc Trăng")],
["Tỉnh Đoàn Sóc Trăng - Cổng thông tin Đoàn TNCS Hồ Chí Minh", "Trang chủ / Hoạt động / Tin Đoàn - Hội",
 "Đồng chí Trần Thị Mỹ Duyên trả lời ý kiến của học sinh.", "Học sinh, sinh viên với lập thân, lập nghiệp",
 "Tiếp sức đến trường", "Trường Cao đẳng Cộng đồng Sóc Trăng"],
["20/05/2014 - 10:05", "năm 2014", "năm học 2013-2014", "năm hai", "mỗi năm học"]))

PAGES.append(page("b5193-thaibinh-vuthu-giaoban-q3-2015", """
HUYỆN ỦY VŨ THƯ - TỈNH THÁI BÌNH
Bạn đang ở: Trang chủ >> Công tác dân vận >> Tin tức
Ngày đăng 09/10/2015 | 14:20
Giao ban khối dân vận huyện quý III: tập trung vận động phụ huynh chung tay xây dựng trường chuẩn
Chiều 8/10, Ban Dân vận Huyện ủy Vũ Thư tổ chức hội nghị giao ban khối dân vận quý III/2015, triển khai nhiệm vụ quý IV. Đồng chí Phạm Thị Ngát, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện chủ trì. Dự hội nghị có lãnh đạo các đoàn thể huyện, Phòng Giáo dục và Đào tạo, trưởng khối dân vận 30 xã, thị trấn và hiệu trưởng các trường THCS.
Quang cảnh hội nghị giao ban.
Trong quý III, khối dân vận đã tập trung vận động nhân dân, phụ huynh học sinh đóng góp xây dựng trường chuẩn quốc gia, chuẩn bị năm học mới 2015-2016. Các xã Song Lãng, Minh Quang, Tam Quang đã vận động được gần 2,4 tỷ đồng, 1.850 ngày công để xây dựng 14 phòng học, 6 nhà đa năng. Toàn huyện có thêm 5 trường đạt chuẩn quốc gia, nâng tổng số lên 71/93 trường, đạt 76,3%. Hội Khuyến học huyện trao 412 suất học bổng với tổng số tiền 206 triệu đồng.
Thực hiện Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, Ủy ban MTTQ và các đoàn thể đã giám sát việc thu, chi đầu năm học tại 18 trường; phát hiện và kiến nghị chấn chỉnh 3 khoản thu không đúng quy định. Ban Dân vận Huyện ủy ban hành Hướng dẫn số 09-HD/BDVHU về xây dựng mô hình "Dân vận khéo" trong trường học.
Tại hội nghị, đồng chí Nguyễn Văn Khiêm, Trưởng phòng Giáo dục và Đào tạo huyện, đề nghị các đoàn thể tiếp tục phối hợp vận động để không có học sinh bỏ học. Các đồng chí Phó Chủ tịch Ủy ban MTTQ huyện: Đỗ Văn Lượng, Bùi Thị Hoa đề nghị cấp ủy các xã chỉ đạo chặt chẽ hơn việc công khai các khoản đóng góp. Đồng chí Trần Văn Tùng, Bí thư Đảng ủy xã Song Lãng, chia sẻ kinh nghiệm "bàn bạc dân chủ, công khai minh bạch" với cha mẹ học sinh.
Kết luận hội nghị, đồng chí Phạm Thị Ngát yêu cầu quý IV các đơn vị thực hiện tốt Kế hoạch số 56-KH/HU ngày 3/8/2015 của Ban Thường vụ Huyện ủy về tổ chức đại hội đảng bộ cơ sở, nắm chắc tình hình tư tưởng nhân dân; vận động hoàn thành chỉ tiêu 8 trường chuẩn trong năm 2015; không để xảy ra tình trạng lạm thu trong nhà trường.
Hội nghị cũng thống nhất đề nghị Ban Dân vận Tỉnh ủy Thái Bình biểu dương các xã làm tốt công tác vận động xây dựng trường chuẩn, coi đây là nội dung chấm điểm thi đua của khối dân vận cuối năm.
Văn Hải - Ban Dân vận Huyện ủy
Các tin đã đưa
- Hội nghị biểu dương 45 gương "Dân vận khéo" (18/09/2015)
- Vũ Thư triển khai Tháng hành động vì người nghèo (02/09/2015)
- Giao ban khối dân vận quý II/2015 (07/07/2015)
""", "2015-10-09", "Giao ban khối dân vận huyện quý III: tập trung vận động phụ huynh chung tay xây dựng trường chuẩn",
E("giao_ban", "2015-Q3", "2015-10-08"),
[P("Phạm Thị Ngát", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Nguyễn Văn Khiêm", "Trưởng phòng Giáo dục và Đào tạo huyện"),
 P("Đỗ Văn Lượng", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Bùi Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Trần Văn Tùng", "Bí thư Đảng ủy xã Song Lãng")],
[Q("30 xã, thị trấn", 30, "xã, thị trấn"), Q("gần 2,4 tỷ đồng", 2400000000, "đồng", "approx"),
 Q("1.850 ngày công", 1850, "ngày công"), Q("14 phòng học", 14, "phòng học"), Q("6 nhà đa năng", 6, "nhà đa năng"),
 Q("5 trường", 5, "trường"), Q("71/93 trường", 71, "trường"), Q("76,3%", 76.3, "%"),
 Q("412 suất học bổng", 412, "suất học bổng"), Q("206 triệu đồng", 206000000, "đồng"),
 Q("18 trường", 18, "trường"), Q("3 khoản thu", 3, "khoản thu"), Q("8 trường chuẩn", 8, "trường chuẩn")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013"),
 D("Hướng dẫn", "09", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn số 09-HD/BDVHU"),
 D("Kế hoạch", "56", "KH/HU", "2015-08-03", "Ban Thường vụ Huyện ủy", "Kế hoạch số 56-KH/HU ngày 3/8/2015")],
[prov("Thái Bình"), com("Song Lãng"), com("Minh Quang"), com("Tam Quang")],
["HUYỆN ỦY VŨ THƯ - TỈNH THÁI BÌNH", "Bạn đang ở: Trang chủ >> Công tác dân vận >> Tin tức", "Quang cảnh hội nghị giao ban.",
 "Dân vận khéo", "bàn bạc dân chủ, công khai minh bạch", "Ban Dân vận Tỉnh ủy Thái Bình"],
["Ngày đăng 09/10/2015 | 14:20", "quý III/2015", "quý IV", "năm học mới 2015-2016", "năm 2015"]))

PAGES.append(page("b5194-quangnam-bdv-taphuan-2016", """
Hôm nay: Thứ Hai, 15/08/2016
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Tin tức - Sự kiện | Dân vận trong các trường học
Thứ Sáu, 12/08/2016
Ảnh: Các đại biểu tham gia lớp tập huấn.
Tập huấn nghiệp vụ công tác dân vận cho 180 cán bộ, giáo viên vùng miền núi
Trong 2 ngày 10 và 11/8/2016, tại thị trấn Khâm Đức, Ban Dân vận Tỉnh ủy phối hợp với Đảng ủy Khối Các cơ quan tỉnh và Sở Giáo dục và Đào tạo tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2016 cho 180 cán bộ, giáo viên là bí thư chi bộ, hiệu trưởng, tổng phụ trách đội các trường học ở 9 huyện miền núi.
Đồng chí Hồ Thị Ngọc Thư, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc. Đồng chí nhấn mạnh, người thầy ở vùng đồng bào Cơ Tu, Xơ Đăng, Giẻ Triêng không chỉ dạy chữ mà còn là cán bộ dân vận, là cầu nối giữa Đảng, chính quyền với bà con.
Các học viên được truyền đạt các chuyên đề: quán triệt Nghị quyết số 25-NQ/TW ngày 3/6/2013 của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước; kỹ năng vận động học sinh dân tộc thiểu số ra lớp; phương pháp nắm tình hình dư luận trong phụ huynh. Báo cáo viên là các đồng chí: Alăng Thị Biên, Phó Trưởng Ban Dân vận Tỉnh ủy; Trần Đức Minh, Trưởng phòng Giáo dục Dân tộc Sở Giáo dục và Đào tạo.
Theo Ban tổ chức, năm học 2015-2016, toàn tỉnh có 1.642 học sinh bỏ học, trong đó khoảng 70% ở các huyện miền núi; nhờ vận động, đã có 1.105 em quay lại trường. Toàn tỉnh đã xây dựng 63 mô hình "Dân vận khéo" trong trường học, nhiều mô hình như "Bếp ăn bán trú có sự góp sức của phụ huynh", "Trường học có vườn rau của dân làng" được nhân rộng.
Trong buổi thảo luận, thầy Bríu Pố, Bí thư Chi bộ, Hiệu trưởng Trường Tiểu học xã Ch'ơm, chia sẻ: nhà trường phối hợp với già làng vận động 100% trẻ trong độ tuổi ra lớp. Cô Zơ Râm Thị Lệ, Tổng phụ trách Đội Trường PTDT bán trú THCS xã Tr'hy, kiến nghị tăng định mức hỗ trợ gạo cho học sinh bán trú, hiện 15 kg/em/tháng theo Quyết định số 12/2013/QĐ-TTg của Thủ tướng Chính phủ.
Bế mạc lớp tập huấn, đồng chí Alăng Thị Biên đề nghị học viên áp dụng kiến thức vào thực tiễn, phối hợp triển khai Kế hoạch 71-KH/BDVTU năm 2016 của Ban Dân vận Tỉnh ủy.
Đây là lớp thứ hai trong năm do Ban Dân vận Tỉnh ủy Quảng Nam tổ chức cho đội ngũ nhà giáo vùng cao, sau lớp dành cho các trường vùng đồng bằng hồi tháng 4.
Lê Na
Tin cùng chuyên mục
- Tây Giang: sơ kết 6 tháng dân vận chính quyền (28/07/2016)
- Nam Giang trao 200 suất quà cho học sinh nghèo (20/07/2016)
- Phát huy vai trò già làng trong xây dựng nông thôn mới (05/07/2016)
""", "2016-08-12", "Tập huấn nghiệp vụ công tác dân vận cho 180 cán bộ, giáo viên vùng miền núi",
E("tap_huan", "2016", "2016-08-10"),
[P("Hồ Thị Ngọc Thư", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Alăng Thị Biên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Đức Minh", "Trưởng phòng Giáo dục Dân tộc Sở Giáo dục và Đào tạo"),
 P("Bríu Pố", "Bí thư Chi bộ", "Hiệu trưởng Trường Tiểu học xã Ch'ơm"),
 P("Zơ Râm Thị Lệ", "Tổng phụ trách Đội Trường PTDT bán trú THCS xã Tr'hy")],
[Q("180 cán bộ, giáo viên", 180, "cán bộ, giáo viên"), Q("9 huyện miền núi", 9, "huyện miền núi"),
 Q("1.642 học sinh", 1642, "học sinh"), Q("khoảng 70%", 70, "%", "approx"), Q("1.105 em", 1105, "em"),
 Q("63 mô hình", 63, "mô hình"), Q("100%", 100, "%"), Q("15 kg", 15, "kg")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận 114-KL/TW ngày 14/7/2015"),
 D("Quyết định", "12", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2013/QĐ-TTg"),
 D("Kế hoạch", "71", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 71-KH/BDVTU")],
[prov("Quảng Nam"), com("Khâm Đức"), com("Ch'ơm"), com("Tr'hy")],
["Hôm nay: Thứ Hai, 15/08/2016", "BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Tin tức - Sự kiện | Dân vận trong các trường học",
 "Ảnh: Các đại biểu tham gia lớp tập huấn.", "Dân vận khéo", "Bếp ăn bán trú có sự góp sức của phụ huynh",
 "Trường học có vườn rau của dân làng"],
["Thứ Sáu, 12/08/2016", "2 ngày", "lớp thứ hai", "tháng 4", "năm học 2015-2016", "năm 2016", "15 kg/em/tháng"]))
