from lib import *
PAGES = []

PAGES.append(page("b5693-laocai-bdv-congbo-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI - Cổng thông tin điện tử
Trang chủ » Tin tức » Công tác cán bộ
Thứ Sáu, 18/11/2011 - 09:30
Toàn cảnh hội nghị công bố quyết định.
Lào Cai: Công bố quyết định bổ nhiệm Phó Trưởng Ban Dân vận Tỉnh ủy
Chiều 17/11/2011, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị công bố Quyết định số 512-QĐ/TU ngày 14/11/2011 của Ban Thường vụ Tỉnh ủy về việc điều động, bổ nhiệm đồng chí Vàng Seo Dìn, HUV, Trưởng Ban Dân vận Huyện ủy Mường Khương giữ chức Phó Trưởng Ban Dân vận Tỉnh ủy, thời hạn giữ chức vụ 5 năm. Đồng chí Lục Thị Mai, Tỉnh ủy viên, Trưởng Ban Tổ chức Tỉnh ủy dự và trao quyết định.
Dự hội nghị có đồng chí Hoàng Văn Sỹ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Giàng A Tủa, Đặng Thị Kiều; cùng 35 đồng chí là cán bộ, công chức cơ quan Ban.
Đồng chí Lục Thị Mai trao quyết định cho đồng chí Vàng Seo Dìn.
Theo quy trình, việc bổ nhiệm được thực hiện đúng Quy định số 54-QĐ/TW ngày 12/5/1999 của Bộ Chính trị về chế độ học tập lý luận chính trị và Quy chế bổ nhiệm cán bộ ban hành kèm theo Quyết định số 68-QĐ/TU ngày 06/7/2009 của Tỉnh ủy. Tại hội nghị lấy phiếu tín nhiệm, đồng chí Vàng Seo Dìn đạt 31/33 phiếu, bằng 93,9% số người được triệu tập.
Đồng chí Vàng Seo Dìn, người dân tộc Nùng, sinh năm 1968, quê xã Pha Long, huyện Mường Khương; có 17 năm công tác ở cơ sở, từng giữ chức Bí thư Đảng ủy xã Pha Long. Trong thời gian làm Trưởng Ban Dân vận Huyện ủy, đồng chí đã cùng tập thể vận động 1.240 hộ đồng bào Mông, Nùng chuyển đổi cơ cấu cây trồng, hiến hơn 18.000 m2 đất làm đường liên thôn và xây dựng 27 mô hình "Dân vận khéo".
Phát biểu giao nhiệm vụ, đồng chí Lục Thị Mai đề nghị đồng chí Vàng Seo Dìn phát huy kinh nghiệm vận động đồng bào vùng cao, cùng tập thể Ban tham mưu Ban Thường vụ Tỉnh ủy thực hiện tốt Chỉ thị số 24-CT/TU, 25-CT/TU của Tỉnh ủy về công tác dân vận ở vùng biên giới và về xây dựng thôn bản văn hóa.
Nhận nhiệm vụ mới, đồng chí Vàng Seo Dìn cảm ơn sự tin tưởng của Ban Thường vụ Tỉnh ủy, hứa sẽ đoàn kết cùng tập thể lãnh đạo Ban hoàn thành nhiệm vụ được giao, nhất là nắm tình hình ở 26 xã biên giới.
Cũng tại hội nghị, đồng chí Hoàng Văn Sỹ trao Kỷ niệm chương "Vì sự nghiệp Dân vận" cho 4 cá nhân và tặng hoa chúc mừng đồng chí Vàng Seo Dìn.
Ma Thị Duyên
Số lượt xem: 1.204
Tin liên quan
- Mường Khương: tổng kết phong trào "Dân vận khéo" giai đoạn 2009-2011 (03/11/2011)
- Bắc Hà: vận động 400 hộ đồng bào Mông hiến đất làm đường (21/10/2011)
- Ban Dân vận Tỉnh ủy giao ban quý III (07/10/2011)
- Tập huấn nghiệp vụ cho cán bộ dân vận cơ sở (22/09/2011)
""", "2011-11-18", "Lào Cai: Công bố quyết định bổ nhiệm Phó Trưởng Ban Dân vận Tỉnh ủy",
E("hoi_nghi", None, "2011-11-17"),
[P("Vàng Seo Dìn", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Khương", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Bí thư Đảng ủy xã Pha Long"),
 P("Lục Thị Mai", "Tỉnh ủy viên", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Hoàng Văn Sỹ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Tủa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Thị Kiều", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("35 đồng chí", 35, "đồng chí"), Q("31/33 phiếu", 31, "phiếu"), Q("93,9%", 93.9, "%"),
 Q("1.240 hộ đồng bào Mông, Nùng", 1240, "hộ đồng bào Mông, Nùng"), Q("hơn 18.000 m2", 18000, "m2", "over"),
 Q("27 mô hình", 27, "mô hình"), Q("26 xã biên giới", 26, "xã biên giới"), Q("4 cá nhân", 4, "cá nhân")],
[D("Quyết định", "512", "QĐ/TU", "2011-11-14", "Ban Thường vụ Tỉnh ủy", "Quyết định số 512-QĐ/TU ngày 14/11/2011"),
 D("Quy định", "54", "QĐ/TW", "1999-05-12", "Bộ Chính trị", "Quy định số 54-QĐ/TW ngày 12/5/1999"),
 D("Quyết định", "68", "QĐ/TU", "2009-07-06", "Tỉnh ủy", "Quyết định số 68-QĐ/TU ngày 06/7/2009"),
 D("Chỉ thị", "24", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 24-CT/TU, 25-CT/TU"),
 D("Chỉ thị", "25", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 24-CT/TU, 25-CT/TU")],
[prov("Lào Cai"), com("Pha Long")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI - Cổng thông tin điện tử", "Trang chủ » Tin tức » Công tác cán bộ",
 "Toàn cảnh hội nghị công bố quyết định.", "Đồng chí Lục Thị Mai trao quyết định cho đồng chí Vàng Seo Dìn.",
 "Dân vận khéo", "Vì sự nghiệp Dân vận", "Số lượt xem: 1.204"],
["Thứ Sáu, 18/11/2011 - 09:30", "5 năm", "35 đồng chí", "sinh năm 1968", "17 năm", "Số lượt xem: 1.204"]))

PAGES.append(page("b5694-nghean-mttq-hiepthuong-2012", """
Báo Nghệ An điện tử
Thời sự > Chính trị > Mặt trận
Cập nhật: 16:40, 07/08/2012 (GMT+7)
Huyện Kỳ Sơn có tân Chủ tịch Ủy ban MTTQ
(Baonghean) - Ngày 06/8, Ủy ban MTTQ huyện Kỳ Sơn tổ chức hội nghị hiệp thương lần thứ 4, khóa XII, nhiệm kỳ 2009 - 2014 để cử bổ sung Chủ tịch Ủy ban MTTQ huyện. Đồng chí Lô Thị Xuân, Phó Chủ tịch Ủy ban MTTQ tỉnh dự và chỉ đạo hội nghị.
Ảnh: Đại biểu biểu quyết tại hội nghị hiệp thương.
Trước đó, Ban Thường vụ Huyện ủy Kỳ Sơn đã ban hành Quyết định số 215-QĐ/HU ngày 25/7/2012 điều động đồng chí Xồng Bá Giống, HUV, Bí thư Đảng ủy xã Mường Lống, đến nhận công tác tại Ủy ban MTTQ huyện và giới thiệu để hiệp thương cử giữ chức Chủ tịch. Đồng chí Lương Văn Toàn, nguyên Chủ tịch Ủy ban MTTQ huyện, nghỉ hưu theo chế độ từ ngày 01/8/2012 theo Quyết định số 208-QĐ/HU của Ban Thường vụ Huyện ủy.
Với 41/43 thành viên có mặt tán thành, chiếm 95,3%, hội nghị đã hiệp thương cử đồng chí Xồng Bá Giống giữ chức Ủy viên Ban Thường trực, Chủ tịch Ủy ban MTTQ huyện Kỳ Sơn khóa XII. Hội nghị cũng hiệp thương cử bổ sung 3 ủy viên Ủy ban MTTQ huyện là các đồng chí Vi Văn Hặc, Lữ Thị Ba, Cụt Văn Thoong - Chủ tịch Ủy ban MTTQ các xã.
Báo cáo tại hội nghị cho biết, 7 tháng đầu năm, Mặt trận các cấp trong huyện đã vận động Quỹ "Vì người nghèo" được 612 triệu đồng, hỗ trợ xây mới 38 nhà Đại đoàn kết cho hộ nghèo, mỗi nhà 20 triệu đồng; khoảng 2.100 hộ đăng ký phấn đấu đạt gia đình văn hóa. Việc thực hiện Nghị quyết liên tịch số 05/2009/NQLT-CP-UBTWMTTQVN của Chính phủ và Ủy ban Trung ương MTTQ Việt Nam về giám sát đầu tư cộng đồng có nhiều tiến bộ.
Phát biểu tại hội nghị, đồng chí Lô Thị Xuân chúc mừng đồng chí Xồng Bá Giống và đề nghị Ủy ban MTTQ huyện tiếp tục thực hiện Chương trình phối hợp số 12/CTrPH-MTTQ-UBND giữa Ủy ban MTTQ tỉnh và UBND tỉnh về xóa nhà tạm, chuẩn bị tốt Đại hội MTTQ các xã nhiệm kỳ 2014 - 2019 ở 21 xã.
Đồng chí Xồng Bá Giống, người dân tộc Mông, sinh năm 1975, là Thạc sĩ Quản lý kinh tế. Đồng chí hứa sẽ cùng tập thể Ban Thường trực chăm lo đoàn kết các dân tộc Thái, Mông, Khơ Mú trên địa bàn biên giới.
Đồng chí Vi Văn Hặc, Chủ tịch Ủy ban MTTQ xã Tà Cạ, phát biểu thay mặt các ủy viên mới.
Hữu Nghĩa
Các tin khác
- Ủy ban MTTQ tỉnh giám sát thực hiện chính sách ở Tương Dương (02/08/2012)
- Trao 50 nhà Đại đoàn kết ở huyện Quế Phong (27/07/2012)
- Con Cuông: hiệp thương cử Phó Chủ tịch Ủy ban MTTQ huyện (12/07/2012)
- Tổng kết 10 năm Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư (05/07/2012)
- Quỳ Châu: vận động đồng bào Thái giữ gìn bản sắc văn hóa (28/06/2012)
""", "2012-08-07", "Huyện Kỳ Sơn có tân Chủ tịch Ủy ban MTTQ",
E("hoi_nghi", None, "2012-08-06"),
[P("Lô Thị Xuân", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Xồng Bá Giống", "HUV", "Bí thư Đảng ủy xã Mường Lống", "Ủy viên Ban Thường trực", "Chủ tịch Ủy ban MTTQ huyện Kỳ Sơn khóa XII"),
 P("Lương Văn Toàn", "nguyên Chủ tịch Ủy ban MTTQ huyện"),
 P("Vi Văn Hặc", "Chủ tịch Ủy ban MTTQ các xã", "Chủ tịch Ủy ban MTTQ xã Tà Cạ"),
 P("Lữ Thị Ba", "Chủ tịch Ủy ban MTTQ các xã"),
 P("Cụt Văn Thoong", "Chủ tịch Ủy ban MTTQ các xã")],
[Q("41/43 thành viên", 41, "thành viên"), Q("95,3%", 95.3, "%"), Q("3 ủy viên", 3, "ủy viên"),
 Q("612 triệu đồng", 612000000, "đồng"), Q("38 nhà Đại đoàn kết", 38, "nhà Đại đoàn kết"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("khoảng 2.100 hộ", 2100, "hộ", "approx"), Q("21 xã", 21, "xã")],
[D("Quyết định", "215", "QĐ/HU", "2012-07-25", "Ban Thường vụ Huyện ủy Kỳ Sơn", "Quyết định số 215-QĐ/HU ngày 25/7/2012"),
 D("Quyết định", "208", "QĐ/HU", None, "Ban Thường vụ Huyện ủy", "Quyết định số 208-QĐ/HU"),
 D("Nghị quyết liên tịch", "05", "2009/NQLT-CP-UBTWMTTQVN", None, "Chính phủ và Ủy ban Trung ương MTTQ Việt Nam", "Nghị quyết liên tịch số 05/2009/NQLT-CP-UBTWMTTQVN"),
 D("Chương trình phối hợp", "12", "CTrPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 12/CTrPH-MTTQ-UBND")],
[prov("Nghệ An"), com("Mường Lống"), com("Tà Cạ")],
["Báo Nghệ An điện tử", "Thời sự > Chính trị > Mặt trận", "(Baonghean)", "Ảnh: Đại biểu biểu quyết tại hội nghị hiệp thương.", "Vì người nghèo"],
["Cập nhật: 16:40, 07/08/2012 (GMT+7)", "lần thứ 4", "nhiệm kỳ 2009 - 2014", "7 tháng đầu năm", "sinh năm 1975", "nhiệm kỳ 2014 - 2019"]))

PAGES.append(page("b5695-gialai-bdv-tongket-2013", """
BÁO GIA LAI ĐIỆN TỬ
Bạn đang ở: Trang chủ / Chính trị / Xây dựng Đảng
08:15 | 27/12/2013
Ban Dân vận Tỉnh ủy Gia Lai tổng kết năm 2013, công bố quyết định về cán bộ
(GLO) - Ngày 26/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2013 và triển khai nhiệm vụ năm 2014. Tại hội nghị, Ban Thường vụ Tỉnh ủy đã công bố quyết định điều động và bổ nhiệm cán bộ lãnh đạo Ban.
Đồng chí Ksor Phước phát biểu nhận nhiệm vụ. Ảnh: Hồng Thi
Dự và chỉ đạo hội nghị có đồng chí Rơ Lan Thị Hiền, Phó Bí thư Thường trực Tỉnh ủy. Đồng chí Nguyễn Đức Hòa, Phó Trưởng Ban Tổ chức Tỉnh ủy, đọc Quyết định số 1086-QĐ/TU ngày 20/12/2013 của Ban Thường vụ Tỉnh ủy điều động đồng chí Ksor Phước, Tỉnh ủy viên, Bí thư Huyện ủy Ia Pa, đến nhận công tác và giữ chức Trưởng Ban Dân vận Tỉnh ủy thay đồng chí Trần Quang Lâm nghỉ hưu; đồng thời đọc Quyết định số 1087-QĐ/TU bổ nhiệm đồng chí Siu H'Ngơn, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, giữ chức Phó Trưởng Ban Dân vận Tỉnh ủy.
Theo báo cáo tổng kết, năm 2013 Ban đã tham mưu Tỉnh ủy ban hành Nghị quyết chuyên đề số 07-NQ/TU về công tác vận động đồng bào dân tộc thiểu số giai đoạn 2013 - 2015 và Kế hoạch 41, 42-KH/TU triển khai Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương về tăng cường đổi mới sự lãnh đạo của Đảng đối với công tác dân vận. Khối dân vận các cấp đã vận động 1.856 hộ trở về làm ăn ổn định, tuyên truyền cho trên 12.000 lượt người ở 184 làng đồng bào; 3 vụ tụ tập đông người được giải quyết ngay tại cơ sở. Toàn tỉnh có 212 mô hình "Dân vận khéo", trong đó 36 mô hình tiêu biểu.
Phát biểu tại hội nghị, đồng chí Rơ Lan Thị Hiền ghi nhận những đóng góp của đồng chí Trần Quang Lâm trong 9 năm làm Trưởng Ban Dân vận Tỉnh ủy và đề nghị đồng chí Ksor Phước cùng tập thể Ban sớm nắm bắt tình hình, tập trung thực hiện Quyết định số 290-QĐ/TW của Bộ Chính trị và Chỉ thị số 49-CT/TW của Ban Bí thư; chú trọng vai trò của 1.120 người có uy tín trong các buôn làng.
Tại hội nghị, các đồng chí Kpă Thuyên, Phó Trưởng Ban Dân vận Huyện ủy Chư Sê; Đinh Văn Trơ, Bí thư Đảng ủy xã Ia Tiêm và già làng Rah Lan Hnao, người có uy tín làng Ia Dreng, tham luận về kinh nghiệm vận động đồng bào không nghe theo kẻ xấu. Đồng chí Ksor Phước, người dân tộc Jrai, sinh năm 1966, hứa sẽ phát huy truyền thống của Ban, đoàn kết với tập thể lãnh đạo gồm 1 trưởng ban và 3 phó trưởng ban.
Dịp này, 14 tập thể và 22 cá nhân được Ban Dân vận Tỉnh ủy tặng giấy khen, mỗi cá nhân kèm 500.000 đồng tiền thưởng.
Hoàng Ngọc
Lượt xem: 2.315
Tin liên quan
- Chư Pưh: ra mắt 5 mô hình "Dân vận khéo" (19/12/2013)
- Hội nghị người có uy tín tỉnh Gia Lai năm 2013 (10/12/2013)
- Ia Grai: hội thi dân vận khéo cấp huyện (28/11/2013)
- Kbang tập huấn công tác dân vận cho cán bộ xã (15/11/2013)
""", "2013-12-27", "Ban Dân vận Tỉnh ủy Gia Lai tổng kết năm 2013, công bố quyết định về cán bộ",
E("tong_ket", "2013", "2013-12-26"),
[P("Ksor Phước", "Tỉnh ủy viên", "Bí thư Huyện ủy Ia Pa", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Lan Thị Hiền", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nguyễn Đức Hòa", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Trần Quang Lâm", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Siu H'Ngơn", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kpă Thuyên", "Phó Trưởng Ban Dân vận Huyện ủy Chư Sê"),
 P("Đinh Văn Trơ", "Bí thư Đảng ủy xã Ia Tiêm"),
 P("Rah Lan Hnao", "già làng", "người có uy tín làng Ia Dreng")],
[Q("1.856 hộ", 1856, "hộ"), Q("trên 12.000 lượt người", 12000, "lượt người", "over"), Q("184 làng đồng bào", 184, "làng đồng bào"),
 Q("3 vụ tụ tập đông người", 3, "vụ tụ tập đông người"), Q("212 mô hình", 212, "mô hình"), Q("36 mô hình tiêu biểu", 36, "mô hình tiêu biểu"),
 Q("1.120 người có uy tín", 1120, "người có uy tín"), Q("1 trưởng ban", 1, "trưởng ban"), Q("3 phó trưởng ban", 3, "phó trưởng ban"),
 Q("14 tập thể", 14, "tập thể"), Q("22 cá nhân", 22, "cá nhân"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "1086", "QĐ/TU", "2013-12-20", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1086-QĐ/TU ngày 20/12/2013"),
 D("Quyết định", "1087", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 1087-QĐ/TU"),
 D("Nghị quyết", "07", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết chuyên đề số 07-NQ/TU"),
 D("Kế hoạch", "41", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 41, 42-KH/TU"),
 D("Kế hoạch", "42", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 41, 42-KH/TU"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 03/6/2013"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW"),
 D("Chỉ thị", "49", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 49-CT/TW")],
[prov("Gia Lai"), com("Ia Tiêm")],
["BÁO GIA LAI ĐIỆN TỬ", "Bạn đang ở: Trang chủ / Chính trị / Xây dựng Đảng", "(GLO)",
 "Đồng chí Ksor Phước phát biểu nhận nhiệm vụ. Ảnh: Hồng Thi", "Dân vận khéo", "Lượt xem: 2.315"],
["08:15 | 27/12/2013", "năm 2013", "năm 2014", "giai đoạn 2013 - 2015", "9 năm", "sinh năm 1966", "Lượt xem: 2.315"]))

PAGES.append(page("b5696-cantho-phongdien-soket-2014", """
Cổng thông tin điện tử huyện Phong Điền - TP Cần Thơ
Tin tức - Sự kiện | Hoạt động các đoàn thể
11/07/2014 - 14:20
Phong Điền: sơ kết công tác dân vận, Mặt trận và đoàn thể 6 tháng đầu năm
Sáng ngày 10/7/2014, Ban Dân vận Huyện ủy Phong Điền phối hợp Ủy ban MTTQ huyện tổ chức hội nghị sơ kết công tác dân vận, Mặt trận và các đoàn thể chính trị - xã hội 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lê Thị Bích Vân, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện chủ trì.
Toàn cảnh hội nghị. Ảnh: Kim Ngân
Mở đầu hội nghị, đồng chí Trần Văn Út, Chánh Văn phòng Huyện ủy, công bố Quyết định số 342-QĐ/HU ngày 04/7/2014 của Ban Thường vụ Huyện ủy về việc điều động đồng chí Huỳnh Thị Kim Hoa, Phó Chủ tịch Hội LHPN huyện, giữ chức Chủ tịch Hội LHPN huyện nhiệm kỳ 2011 - 2016, và Quyết định số 343-QĐ/HU chỉ định đồng chí Phan Minh Triều, Bí thư Đoàn xã Nhơn Ái, tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Huyện đoàn.
Báo cáo sơ kết cho thấy, 6 tháng đầu năm khối dân vận và Mặt trận đã vận động nhân dân đóng góp trên 3,2 tỷ đồng và 4.500 ngày công làm 11,6 km đường giao thông nông thôn; Quỹ "Vì người nghèo" các cấp vận động được 486 triệu đồng, xây 15 căn nhà Đại đoàn kết; 2 xã Nhơn Ái, Tân Thới đạt chuẩn nông thôn mới theo Quyết định số 491/QĐ-TTg của Thủ tướng Chính phủ. Hội Nông dân huyện phát triển 215 hội viên mới, Hội Cựu chiến binh giúp 37 hội viên vay vốn với tổng số tiền 1,1 tỷ đồng. Tỷ lệ hộ nghèo giảm còn 3,8%.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ huyện: Nguyễn Thanh Sang, Lâm Thị Mỹ Lệ cùng đồng chí Thạch Sô Phal, Trưởng ban công tác Mặt trận ấp Trường Hòa, đã trao đổi kinh nghiệm thực hiện Chỉ thị 10, 11-CT/HU của Huyện ủy về vận động hiến đất làm đường và về xây dựng khu dân cư văn hóa.
Đồng chí Lê Thị Bích Vân chúc mừng các đồng chí được điều động, chỉ định; yêu cầu 6 tháng cuối năm tập trung thực hiện Kế hoạch số 27-KH/BDVHU của Ban Dân vận Huyện ủy về công tác dân vận chính quyền, phấn đấu 100% ấp tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc.
Nhận nhiệm vụ mới, đồng chí Huỳnh Thị Kim Hoa cho biết sẽ cùng Ban Thường vụ Hội tập trung giúp 120 hội viên phụ nữ nghèo có vốn làm ăn, duy trì hoạt động của 46 tổ tiết kiệm và vay vốn, phấn đấu cuối năm không còn chi hội yếu.
Mai Trâm
Tin cùng chuyên mục
- Hội LHPN huyện trao 20 con bò giống cho phụ nữ nghèo (02/07/2014)
- Giao ban khối dân vận quý II năm 2014 (26/06/2014)
- Mỹ Khánh ra mắt mô hình "Tuyến đường hoa" (12/06/2014)
- Huyện đoàn tổ chức Ngày hội thanh niên với biển đảo quê hương (30/05/2014)
""", "2014-07-11", "Phong Điền: sơ kết công tác dân vận, Mặt trận và đoàn thể 6 tháng đầu năm",
E("so_ket", "2014-H1", "2014-07-10"),
[P("Lê Thị Bích Vân", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Trần Văn Út", "Chánh Văn phòng Huyện ủy"),
 P("Huỳnh Thị Kim Hoa", "Phó Chủ tịch Hội LHPN huyện", "Chủ tịch Hội LHPN huyện nhiệm kỳ 2011 - 2016"),
 P("Phan Minh Triều", "Bí thư Đoàn xã Nhơn Ái", "Phó Bí thư Huyện đoàn"),
 P("Nguyễn Thanh Sang", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Lâm Thị Mỹ Lệ", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Thạch Sô Phal", "Trưởng ban công tác Mặt trận ấp Trường Hòa")],
[Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("4.500 ngày công", 4500, "ngày công"), Q("11,6 km", 11.6, "km"),
 Q("486 triệu đồng", 486000000, "đồng"), Q("15 căn nhà Đại đoàn kết", 15, "căn nhà Đại đoàn kết"), Q("2 xã", 2, "xã"),
 Q("215 hội viên mới", 215, "hội viên mới"), Q("37 hội viên", 37, "hội viên"), Q("1,1 tỷ đồng", 1100000000, "đồng"),
 Q("3,8%", 3.8, "%"), Q("100%", 100, "%"),
 Q("120 hội viên phụ nữ nghèo", 120, "hội viên phụ nữ nghèo"), Q("46 tổ tiết kiệm và vay vốn", 46, "tổ tiết kiệm và vay vốn")],
[D("Quyết định", "342", "QĐ/HU", "2014-07-04", "Ban Thường vụ Huyện ủy", "Quyết định số 342-QĐ/HU ngày 04/7/2014"),
 D("Quyết định", "343", "QĐ/HU", None, "Ban Thường vụ Huyện ủy", "Quyết định số 343-QĐ/HU"),
 D("Quyết định", "491", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 491/QĐ-TTg"),
 D("Chỉ thị", "10", "CT/HU", None, "Huyện ủy", "Chỉ thị 10, 11-CT/HU"),
 D("Chỉ thị", "11", "CT/HU", None, "Huyện ủy", "Chỉ thị 10, 11-CT/HU"),
 D("Kế hoạch", "27", "KH/BDVHU", None, "Ban Dân vận Huyện ủy", "Kế hoạch số 27-KH/BDVHU")],
[prov("Cần Thơ"), com("Nhơn Ái"), com("Tân Thới")],
["Cổng thông tin điện tử huyện Phong Điền - TP Cần Thơ", "Tin tức - Sự kiện | Hoạt động các đoàn thể",
 "Toàn cảnh hội nghị. Ảnh: Kim Ngân", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc"],
["11/07/2014 - 14:20", "6 tháng đầu năm 2014", "6 tháng cuối năm", "nhiệm kỳ 2011 - 2016"]))

PAGES.append(page("b5697-thainguyen-hnd-daihoi-2015", """
HỘI NÔNG DÂN TỈNH THÁI NGUYÊN
Trang chủ >> Tin tức >> Hoạt động Hội
Ngày đăng 23/10/2015 | 10:15
Ảnh: Ban Chấp hành Hội Nông dân tỉnh khóa IX ra mắt đại hội.
Đại hội Hội Nông dân tỉnh lần thứ IX: đồng chí Ma Thị Nguyệt tái đắc cử Chủ tịch
Trong 2 ngày 21 và 22/10/2015, Hội Nông dân tỉnh Thái Nguyên tổ chức Đại hội đại biểu lần thứ IX, nhiệm kỳ 2015 - 2020. Dự đại hội có 280 đại biểu chính thức đại diện cho hơn 158.000 hội viên trong toàn tỉnh. Đồng chí Hoàng Văn Thắng, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam; đồng chí Lý Thị Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và chỉ đạo.
Nhiệm kỳ 2010 - 2015, các cấp Hội đã vận động nông dân đóng góp trên 47 tỷ đồng, hiến 126.000 m2 đất xây dựng nông thôn mới; Quỹ Hỗ trợ nông dân tăng lên 21,5 tỷ đồng, giúp 3.600 lượt hộ vay vốn; bình quân mỗi năm có khoảng 96.000 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. Hội đã tham mưu Tỉnh ủy ban hành Chỉ thị số 15-CT/TU ngày 08/4/2013 về tăng cường sự lãnh đạo đối với công tác Hội và thực hiện Kết luận số 61-KL/TW của Ban Bí thư, Quyết định số 673/QĐ-TTg của Thủ tướng Chính phủ về việc Hội Nông dân trực tiếp thực hiện các chương trình phát triển kinh tế - xã hội nông thôn.
Đại hội đã bầu Ban Chấp hành khóa IX gồm 39 đồng chí. Trước đó, Ban Thường vụ Tỉnh ủy đã ban hành Quyết định số 1532-QĐ/TU ngày 12/10/2015 giới thiệu nhân sự. Tại phiên họp thứ nhất, đồng chí Ma Thị Nguyệt, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh khóa VIII, được tín nhiệm bầu giữ chức Chủ tịch Hội Nông dân tỉnh khóa IX với 100% số phiếu. Các đồng chí Dương Văn Lượng, Nông Thị Thu Hà được bầu giữ chức Phó Chủ tịch Hội Nông dân tỉnh. Đồng chí Trần Quang Khải, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh, được bầu làm Ủy viên Ban Thường vụ.
Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Lý Thị Hằng trao Quyết định số 1558-QĐ/TU chuẩn y kết quả bầu cử và tặng hoa chúc mừng. Đồng chí đề nghị Hội tập trung thực hiện Nghị quyết số 26-NQ/TW về nông nghiệp, nông dân, nông thôn, phấn đấu đến năm 2020 có 80% trở lên hội viên tham gia phong trào thi đua sản xuất giỏi và xây dựng ít nhất 20 mô hình kinh tế tập thể.
Phát biểu tại đại hội, bà La Thị Sinh, hội viên xóm Khuôn Lân, xã Quân Chu, người dân tộc Sán Dìu, kể chuyện từ 1,5 ha chè đã giúp 12 hộ cùng xóm thoát nghèo.
Đại hội đã thông qua 4 chương trình hành động và biểu quyết thông qua Nghị quyết đại hội với 100% đại biểu tán thành.
Phương Thảo
Bài viết liên quan
- Võ Nhai: Đại hội Hội Nông dân huyện lần thứ X (18/08/2015)
- Trao 200 triệu đồng từ Quỹ Hỗ trợ nông dân cho hội viên xã La Hiên (07/08/2015)
- Đồng Hỷ tập huấn kỹ thuật trồng chè an toàn (24/07/2015)
""", "2015-10-23", "Đại hội Hội Nông dân tỉnh lần thứ IX: đồng chí Ma Thị Nguyệt tái đắc cử Chủ tịch",
E("dai_hoi", None, "2015-10-21"),
[P("Ma Thị Nguyệt", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh khóa VIII", "Chủ tịch Hội Nông dân tỉnh khóa IX"),
 P("Hoàng Văn Thắng", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"),
 P("Lý Thị Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Dương Văn Lượng", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nông Thị Thu Hà", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Quang Khải", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh", "Ủy viên Ban Thường vụ"),
 P("La Thị Sinh", "hội viên xóm Khuôn Lân")],
[Q("280 đại biểu chính thức", 280, "đại biểu chính thức"), Q("hơn 158.000 hội viên", 158000, "hội viên", "over"),
 Q("trên 47 tỷ đồng", 47000000000, "đồng", "over"), Q("126.000 m2", 126000, "m2"), Q("21,5 tỷ đồng", 21500000000, "đồng"),
 Q("3.600 lượt hộ", 3600, "lượt hộ"), Q("khoảng 96.000 hộ", 96000, "hộ", "approx"), Q("39 đồng chí", 39, "đồng chí"),
 Q("100% số phiếu", 100, "%"), Q("80% trở lên", 80, "%", "over"), Q("ít nhất 20 mô hình kinh tế tập thể", 20, "mô hình kinh tế tập thể", "over"),
 Q("1,5 ha", 1.5, "ha"), Q("12 hộ", 12, "hộ"), Q("4 chương trình hành động", 4, "chương trình hành động"), Q("100% đại biểu", 100, "%")],
[D("Chỉ thị", "15", "CT/TU", "2013-04-08", "Tỉnh ủy", "Chỉ thị số 15-CT/TU ngày 08/4/2013"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW"),
 D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg"),
 D("Quyết định", "1532", "QĐ/TU", "2015-10-12", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1532-QĐ/TU ngày 12/10/2015"),
 D("Quyết định", "1558", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 1558-QĐ/TU"),
 D("Nghị quyết", "26", "NQ/TW", None, None, "Nghị quyết số 26-NQ/TW")],
[prov("Thái Nguyên"), com("Quân Chu")],
["HỘI NÔNG DÂN TỈNH THÁI NGUYÊN", "Trang chủ >> Tin tức >> Hoạt động Hội",
 "Ảnh: Ban Chấp hành Hội Nông dân tỉnh khóa IX ra mắt đại hội.", "Quỹ Hỗ trợ nông dân"],
["Ngày đăng 23/10/2015 | 10:15", "2 ngày", "lần thứ IX", "nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2010 - 2015", "khóa IX", "khóa VIII", "đến năm 2020", "39 đồng chí"]))

PAGES.append(page("b5698-quangnam-bdv-giaoban-2016", """
Báo Quảng Nam Online
Thời sự › Chính trị
Thứ Sáu, 14/10/2016
Giao ban khối dân vận quý III: công bố quyết định bổ nhiệm 2 Phó Trưởng ban
(QNO) - Chiều 13/10, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận tỉnh quý III năm 2016, triển khai nhiệm vụ quý IV. Bà Đinh Thị Bích Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Bà Đinh Thị Bích Lan trao quyết định cho hai Phó Trưởng ban mới.
Tại buổi giao ban, ông Hồ Văn Bảy, Phó Trưởng Ban Tổ chức Tỉnh ủy công bố các Quyết định số 2104-QĐ/TU và 2105-QĐ/TU ngày 10/10/2016 của Ban Thường vụ Tỉnh ủy bổ nhiệm bà Alăng Thị Nhung, Trưởng phòng Dân vận chính quyền và ông Bhriu Quân, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang, giữ chức Phó Trưởng Ban Dân vận Tỉnh ủy. Như vậy, lãnh đạo Ban Dân vận Tỉnh ủy hiện có 1 trưởng ban và 4 phó trưởng ban.
Theo báo cáo, quý III, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 03, 04-CT/TU về công tác dân vận trong thực hiện dự án thủy điện và về vận động đồng bào Cơ Tu giữ gìn bản sắc văn hóa; phối hợp tổ chức 18 cuộc đối thoại với 1.300 lượt người dân ở vùng dự án cao tốc Đà Nẵng - Quảng Ngãi. Các cơ quan đã tiếp nhận 64 đơn thư, giải quyết xong 51 đơn; vận động 274 hộ di dời bàn giao mặt bằng; hỗ trợ 1,85 tỷ đồng cho đồng bào bị ảnh hưởng lũ quét. Tỷ lệ xã có mô hình "Dân vận khéo" đạt 87%.
Các đại biểu thảo luận về tình hình tư tưởng nhân dân sau bầu cử đại biểu Quốc hội khóa XIV và Hội đồng nhân dân các cấp. Ông Zơ Râm Ất, Chủ tịch Ủy ban MTTQ huyện Nam Giang, phản ánh 9 vụ tranh chấp đất rẫy ở xã Tà Bhing đã được hòa giải thành.
Kết luận giao ban, bà Đinh Thị Bích Lan đề nghị quý IV tập trung thực hiện Kế hoạch số 96-KH/TU của Tỉnh ủy thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; đồng thời chuẩn bị hội nghị biểu dương khoảng 150 người có uy tín tiêu biểu và tổng kết năm 2016. Bà cũng đề nghị hai Phó Trưởng ban mới sớm nắm bắt công việc, trong đó bà Alăng Thị Nhung phụ trách lĩnh vực dân vận chính quyền, ông Bhriu Quân phụ trách lĩnh vực dân tộc, tôn giáo.
Ông Bhriu Quân, người Cơ Tu, 45 tuổi, từng là Bí thư Đảng ủy xã A Tiêng. Thay mặt hai cán bộ được bổ nhiệm, ông cảm ơn Ban Thường vụ Tỉnh ủy và hứa sẽ bám sát 61 xã miền núi, nhất là 14 xã biên giới giáp Lào, để nắm chắc tâm tư của đồng bào trước mùa mưa bão.
Văn Phong
Lượt đọc: 902
TIN CÙNG CHUYÊN MỤC
- Tây Giang: đồng bào Cơ Tu hiến 30 ha đất rừng (05/10/2016)
- Hội nghị người có uy tín huyện Phước Sơn (27/09/2016)
- Ban Dân vận Tỉnh ủy kiểm tra thực hiện Quy chế dân chủ ở Núi Thành (14/09/2016)
""", "2016-10-14", "Giao ban khối dân vận quý III: công bố quyết định bổ nhiệm 2 Phó Trưởng ban",
E("giao_ban", "2016-Q3", "2016-10-13"),
[P("Đinh Thị Bích Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Bảy", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Alăng Thị Nhung", "Trưởng phòng Dân vận chính quyền", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bhriu Quân", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Bí thư Đảng ủy xã A Tiêng"),
 P("Zơ Râm Ất", "Chủ tịch Ủy ban MTTQ huyện Nam Giang")],
[Q("2 Phó Trưởng ban", 2, "Phó Trưởng ban"), Q("1 trưởng ban", 1, "trưởng ban"), Q("4 phó trưởng ban", 4, "phó trưởng ban"),
 Q("18 cuộc đối thoại", 18, "cuộc đối thoại"), Q("1.300 lượt người dân", 1300, "lượt người dân"), Q("64 đơn thư", 64, "đơn thư"),
 Q("51 đơn", 51, "đơn"), Q("274 hộ", 274, "hộ"), Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("87%", 87, "%"),
 Q("61 xã miền núi", 61, "xã miền núi"), Q("14 xã biên giới", 14, "xã biên giới"), Q("9 vụ tranh chấp đất rẫy", 9, "vụ tranh chấp đất rẫy"), Q("khoảng 150 người có uy tín tiêu biểu", 150, "người có uy tín tiêu biểu", "approx")],
[D("Quyết định", "2104", "QĐ/TU", "2016-10-10", "Ban Thường vụ Tỉnh ủy", "Quyết định số 2104-QĐ/TU và 2105-QĐ/TU ngày 10/10/2016"),
 D("Quyết định", "2105", "QĐ/TU", "2016-10-10", "Ban Thường vụ Tỉnh ủy", "2105-QĐ/TU ngày 10/10/2016"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Kế hoạch", "96", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 96-KH/TU"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016")],
[prov("Quảng Nam"), com("Tà Bhing"), com("A Tiêng")],
["Báo Quảng Nam Online", "Thời sự › Chính trị", "(QNO)", "Bà Đinh Thị Bích Lan trao quyết định cho hai Phó Trưởng ban mới.", "Dân vận khéo", "Lượt đọc: 902"],
["Thứ Sáu, 14/10/2016", "quý III năm 2016", "quý IV", "khóa XIV", "45 tuổi", "Lượt đọc: 902"]))
