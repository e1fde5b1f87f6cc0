from lib import *
PAGES = []

PAGES.append(page("b1757-kontum-bdv-gapmat-uytin-2011", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Trang chủ > Hoạt động > Công tác dân tộc, tôn giáo
08:15 | 14/12/2011
Ảnh: Các già làng, người có uy tín dự hội nghị.
Kon Tum: Gặp mặt 265 già làng, người có uy tín năm 2011
Ngày 12/12/2011, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt già làng, người có uy tín trong đồng bào dân tộc thiểu số năm 2011. Về dự có 265 già làng, người có uy tín đến từ 9 huyện, thành phố. Đồng chí A Pớt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và bà Y Hrang, Trưởng Ban Dân tộc tỉnh đồng chủ trì hội nghị.
Báo cáo tại hội nghị cho biết, thực hiện Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ về chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, năm 2011 tỉnh đã cấp 3.120 tờ báo, tạp chí cho người có uy tín, thăm hỏi 47 người có uy tín bị ốm đau, tổng kinh phí gần 1,2 tỷ đồng. Già làng, người có uy tín đã tham gia hòa giải thành 86 vụ việc mâu thuẫn trong cộng đồng, vận động 312 hộ bỏ tập tục lạc hậu trong ma chay, cưới hỏi và phát hiện, báo cáo chính quyền 14 vụ việc truyền đạo trái pháp luật.
Tại hội nghị, nhiều già làng phát biểu tâm huyết. Già làng A Nhong ở thôn Kon Skôi, xã Đăk Kôi chia sẻ cách vận động con cháu đi học, không bỏ học giữa chừng để lên rẫy. Ông A Blai, người có uy tín làng Đăk Wơk, xã Đăk Hring, kiến nghị sớm làm lại cầu treo qua sông Pô Kô vì mùa mưa bà con không đi lại được. Linh mục Phaolô Đinh Văn Ngọc, Quản xứ giáo xứ Kon Hơ Ngo cho biết giáo xứ luôn nhắc nhở giáo dân "kính Chúa, yêu nước", sống tốt đời, đẹp đạo.
Phát biểu kết luận, đồng chí A Pớt ghi nhận những đóng góp của đội ngũ người có uy tín; đề nghị các cấp ủy, chính quyền tiếp tục thực hiện Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào dân tộc thiểu số và về phòng, chống lợi dụng tôn giáo; đồng thời triển khai kế hoạch số 37-KH/BDVTU về phát huy vai trò người có uy tín giai đoạn 2012 - 2015. Đồng chí mong các già làng tiếp tục là "cánh tay nối dài" của Đảng, chính quyền ở thôn, làng.
Dịp này, Ban Dân vận Tỉnh ủy tặng quà cho các đại biểu, mỗi suất quà trị giá 300.000 đồng; Ủy ban nhân dân tỉnh tặng bằng khen cho 18 người có uy tín tiêu biểu.
Ksor Nhung
Lượt xem: 1.204
Tin liên quan
- Đăk Tô: gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (05/12/2011)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Kon Plông (28/11/2011)
- Sa Thầy ra mắt 3 mô hình "Dân vận khéo" (16/11/2011)
- Hội nghị công tác dân vận chính quyền năm 2011 (04/11/2011)
- Kon Rẫy: vận động đồng bào Xơ Đăng định canh, định cư (25/10/2011)
BAN DÂN VẬN TỈNH ỦY KON TUM
Địa chỉ: 41 Trần Hưng Đạo, thành phố Kon Tum. Điện thoại: 060.3862xxx
Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", "2011-12-14", "Kon Tum: Gặp mặt 265 già làng, người có uy tín năm 2011",
E("hoi_nghi", "2011", "2011-12-12"),
[P("A Pớt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Hrang", "Trưởng Ban Dân tộc tỉnh"),
 P("A Nhong", "Già làng"),
 P("A Blai", "người có uy tín làng Đăk Wơk"),
 P("Phaolô Đinh Văn Ngọc", "Linh mục", "Quản xứ giáo xứ Kon Hơ Ngo")],
[Q("265 già làng, người có uy tín", 265, "già làng, người có uy tín"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("3.120 tờ báo, tạp chí", 3120, "tờ báo, tạp chí"), Q("47 người có uy tín", 47, "người có uy tín"),
 Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("86 vụ việc mâu thuẫn", 86, "vụ việc mâu thuẫn"),
 Q("312 hộ", 312, "hộ"), Q("14 vụ việc", 14, "vụ việc"), Q("300.000 đồng", 300000, "đồng"),
 Q("18 người có uy tín tiêu biểu", 18, "người có uy tín tiêu biểu")],
[D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Kế hoạch", "37", "KH/BDVTU", None, None, "kế hoạch số 37-KH/BDVTU")],
[prov("Kon Tum"), com("Đăk Kôi"), com("Đăk Hring")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Trang chủ > Hoạt động > Công tác dân tộc, tôn giáo",
 "Ảnh: Các già làng, người có uy tín dự hội nghị.", "kính Chúa, yêu nước", "sống tốt đời, đẹp đạo", "cánh tay nối dài",
 "Lượt xem: 1.204"],
["08:15 | 14/12/2011", "năm 2011", "giai đoạn 2012 - 2015", "Lượt xem: 1.204"]))

PAGES.append(page("b1758-soctrang-bdv-chol-chnam-thmay-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Tin tức | Dân tộc - Tôn giáo | Hoạt động
Thứ Ba, 10/04/2012 - 16:30
Thăm, chúc Tết Chôl Chnăm Thmây các chùa Phật giáo Nam tông Khmer
Ngày 9/4, đoàn công tác của Tỉnh ủy do đồng chí Thạch Sô Phal, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết Chôl Chnăm Thmây và tặng quà tại 12 chùa Phật giáo Nam tông Khmer trên địa bàn các huyện Mỹ Xuyên, Trần Đề và thị xã Vĩnh Châu, tỉnh Sóc Trăng.
Đồng chí Thạch Sô Phal trao quà cho Ban quản trị chùa Bưng Chông.
Tại chùa Prếk Chắc, Hòa thượng Sơn Khuôl, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Prếk Chắc, cảm ơn Tỉnh ủy đã quan tâm hỗ trợ xây dựng sala và lớp dạy chữ Khmer. Hòa thượng cho biết, năm qua nhà chùa đã mở 4 lớp dạy chữ Khmer hè cho 136 học sinh, vận động bà con đóng góp trên 85 triệu đồng sửa đường vào chùa.
Đến thăm chùa Bưng Chông, xã Lịch Hội Thượng, đoàn được Đại đức Lý Sa Ron, trụ trì chùa Bưng Chông và Achar Kim Sóc Rinh, Trưởng Ban quản trị chùa Bưng Chông đón tiếp. Achar Kim Sóc Rinh báo cáo, phum sóc quanh chùa có 218 hộ Khmer, trong đó còn 41 hộ nghèo; nhà chùa phối hợp Mặt trận xã vận động con em đi học, không để tái mù chữ.
Thay mặt đoàn công tác, đồng chí Thạch Sô Phal chúc các vị sư sãi, Achar và bà con Khmer đón Tết cổ truyền vui tươi, an toàn. Đồng chí nhấn mạnh, tiếp tục thực hiện Chỉ thị số 68-CT/TW ngày 18/4/1991 của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer, Ban Dân vận Tỉnh ủy đã tham mưu Tỉnh ủy ban hành Kế hoạch số 15-KH/TU ngày 02/3/2012 về đẩy mạnh công tác vận động đồng bào Khmer; mong các vị chức sắc tiếp tục vận động phật tử thực hiện tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.
Toàn tỉnh hiện có 92 chùa Phật giáo Nam tông Khmer với trên 3.200 sư sãi; đồng bào Khmer chiếm khoảng 30,1% dân số. Dịp Tết Chôl Chnăm Thmây năm nay, mỗi chùa được tặng 5 triệu đồng; các cấp Mặt trận, đoàn thể trong tỉnh trao 1.500 phần quà Tết cho hộ nghèo Khmer, mỗi phần quà trị giá 400.000 đồng.
Cùng ngày, đoàn của đồng chí Trần Văn Hiếu, Phó Trưởng Ban Dân vận Tỉnh ủy đến thăm, chúc Tết tại xã Vĩnh Hải và chùa Sa Lăng Cũ.
Tin, ảnh: Kim Ngân
In bài viết | Gửi email
Các tin khác
- Họp mặt chức sắc, chức việc Phật giáo Nam tông Khmer nhân dịp Tết cổ truyền (05/04/2012)
- Vĩnh Châu: trao 200 phần quà cho hộ nghèo Khmer (02/04/2012)
- Tọa đàm phát huy vai trò Achar trong phum sóc (20/03/2012)
- Mỹ Tú: ra mắt tổ tự quản an ninh trật tự ấp Phước Hòa (12/03/2012)
- Châu Thành: trao 50 căn nhà Đại đoàn kết cho hộ Khmer nghèo (01/03/2012)
Bản quyền thuộc Ban Dân vận Tỉnh ủy Sóc Trăng. Địa chỉ: đường Hùng Vương, phường 6, thành phố Sóc Trăng.
""", "2012-04-10", "Thăm, chúc Tết Chôl Chnăm Thmây các chùa Phật giáo Nam tông Khmer",
E("trao_qua", None, "2012-04-09"),
[P("Thạch Sô Phal", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sơn Khuôl", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Prếk Chắc"),
 P("Lý Sa Ron", "Đại đức", "trụ trì chùa Bưng Chông"),
 P("Kim Sóc Rinh", "Achar", "Trưởng Ban quản trị chùa Bưng Chông"),
 P("Trần Văn Hiếu", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("12 chùa Phật giáo Nam tông Khmer", 12, "chùa Phật giáo Nam tông Khmer"), Q("4 lớp dạy chữ Khmer hè", 4, "lớp dạy chữ Khmer hè"),
 Q("136 học sinh", 136, "học sinh"), Q("trên 85 triệu đồng", 85000000, "đồng", "over"),
 Q("218 hộ Khmer", 218, "hộ Khmer"), Q("41 hộ nghèo", 41, "hộ nghèo"),
 Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"), Q("trên 3.200 sư sãi", 3200, "sư sãi", "over"),
 Q("khoảng 30,1%", 30.1, "%", "approx"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("1.500 phần quà", 1500, "phần quà"), Q("400.000 đồng", 400000, "đồng")],
[D("Chỉ thị", "68", "CT/TW", "1991-04-18", "Ban Bí thư", "Chỉ thị số 68-CT/TW ngày 18/4/1991"),
 D("Kế hoạch", "15", "KH/TU", "2012-03-02", "Tỉnh ủy", "Kế hoạch số 15-KH/TU ngày 02/3/2012")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Vĩnh Hải")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Tin tức | Dân tộc - Tôn giáo | Hoạt động",
 "Đồng chí Thạch Sô Phal trao quà cho Ban quản trị chùa Bưng Chông.", "Hội Đoàn kết sư sãi yêu nước tỉnh",
 "In bài viết | Gửi email"],
["Thứ Ba, 10/04/2012 - 16:30", "Tết Chôl Chnăm Thmây"]))

PAGES.append(page("b1759-laichau-bdv-tongket-2013", """
Ban Dân vận Tỉnh ủy Lai Châu - Cổng thông tin điện tử
Trang chủ / Tin tức - Sự kiện / Dân tộc - Tôn giáo
Cập nhật: 09:40, 27/12/2013 (GMT+7)
Lai Châu: Phát huy vai trò người có uy tín ở vùng cao biên giới
Ngày 26/12, Ban Dân vận Tỉnh ủy Lai Châu tổ chức hội nghị tổng kết công tác dân vận năm 2013, triển khai nhiệm vụ năm 2014. Đồng chí Giàng A Tông, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lò Văn Khiêm, Tẩn Thị Mẩy.
Toàn cảnh hội nghị tổng kết.
Năm 2013, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận số 46-KL/TU ngày 8/5/2013 về tiếp tục thực hiện Nghị quyết 24, 25-NQ/TW của BCH Trung ương (khóa IX) về công tác dân tộc và công tác tôn giáo; tổ chức học tập Nghị quyết Trung ương 7 (khóa XI) về tăng cường công tác dân vận cho 100% cán bộ khối dân vận. Toàn tỉnh có 1.027 người có uy tín, phần lớn là người Mông, Dao, Hà Nhì, Thái. Người có uy tín đã tham gia hòa giải thành 215/238 vụ việc ở cơ sở, vận động 96 hộ di cư tự do trở về quê ổn định cuộc sống.
Phong trào thi đua "Dân vận khéo" và xây dựng "Bản 3 không" được hưởng ứng: nhân dân hiến 12.600 m2 đất, đóng góp 25.400 ngày công và trên 3,4 tỷ đồng làm đường giao thông nông thôn; 97,5% bản ký cam kết không trồng cây thuốc phiện.
Tại hội nghị, đồng chí Sùng A Dế, HUV, Bí thư Đảng ủy xã Pa Vệ Sủ (huyện Mường Tè) cho biết xã đã vận động 23 hộ bỏ theo tà đạo "Dương Văn Mình". Ông Pờ Dần Xè, người có uy tín bản Nậm Xả, xã Pa Ủ, người La Hủ, chia sẻ việc vận động con cháu không tảo hôn. Ông Vàng A Dơ, Trưởng điểm nhóm Tin lành bản Sì Thâu Chải, xã Sì Lở Lầu, cam kết sinh hoạt tôn giáo đúng nơi đăng ký.
Kết luận hội nghị, đồng chí Giàng A Tông yêu cầu năm 2014 khối dân vận chú trọng nắm tình hình vùng biên giới, vùng có đạo; phối hợp giải quyết dứt điểm các vụ việc phức tạp; tăng cường tiếp xúc, đối thoại với người có uy tín.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 21 tập thể và 34 cá nhân. Đồng chí Lò Văn Khiêm, Phó Trưởng Ban công bố quyết định khen thưởng.
Hoàng Hà
Lượt xem: 642
Xem thêm
- Tam Đường: đối thoại với nhân dân về bồi thường đường nối cao tốc (19/12/2013)
- Phong Thổ tổng kết 5 năm thực hiện Quy chế dân vận (12/12/2013)
- Gặp mặt người có uy tín vùng đồng bào Hà Nhì, La Hủ (02/12/2013)
- Sìn Hồ: ra mắt mô hình "Dòng họ không có người vi phạm pháp luật" (20/11/2013)
- Than Uyên: gặp mặt chức sắc, chức việc các tôn giáo cuối năm (14/11/2013)
- Nậm Nhùn: ra quân xây dựng nhà văn hóa bản cho đồng bào Cống (06/11/2013)
Ban Dân vận Tỉnh ủy Lai Châu giữ bản quyền. Địa chỉ: phường Tân Phong, thành phố Lai Châu, tỉnh Lai Châu.
Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", "2013-12-27", "Lai Châu: Phát huy vai trò người có uy tín ở vùng cao biên giới",
E("tong_ket", "2013", "2013-12-26"),
[P("Giàng A Tông", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Khiêm", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Phó Trưởng Ban"),
 P("Tẩn Thị Mẩy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng A Dế", "HUV", "Bí thư Đảng ủy xã Pa Vệ Sủ"),
 P("Pờ Dần Xè", "người có uy tín bản Nậm Xả"),
 P("Vàng A Dơ", "Trưởng điểm nhóm Tin lành bản Sì Thâu Chải")],
[Q("100%", 100, "%"), Q("1.027 người có uy tín", 1027, "người có uy tín"), Q("215/238 vụ việc", 215, "vụ việc"),
 Q("96 hộ", 96, "hộ"), Q("12.600 m2", 12600, "m2"), Q("25.400 ngày công", 25400, "ngày công"),
 Q("trên 3,4 tỷ đồng", 3400000000, "đồng", "over"), Q("97,5%", 97.5, "%"), Q("23 hộ", 23, "hộ"),
 Q("21 tập thể", 21, "tập thể"), Q("34 cá nhân", 34, "cá nhân")],
[D("Kết luận", "46", "KL/TU", "2013-05-08", "Ban Thường vụ Tỉnh ủy", "Kết luận số 46-KL/TU ngày 8/5/2013"),
 D("Nghị quyết", "24", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 24, 25-NQ/TW"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 24, 25-NQ/TW")],
[prov("Lai Châu"), com("Pa Vệ Sủ"), com("Pa Ủ"), com("Sì Lở Lầu")],
["Ban Dân vận Tỉnh ủy Lai Châu - Cổng thông tin điện tử", "Trang chủ / Tin tức - Sự kiện / Dân tộc - Tôn giáo",
 "Toàn cảnh hội nghị tổng kết.", "Nghị quyết Trung ương 7 (khóa XI)", "Dân vận khéo", "Bản 3 không", "Dương Văn Mình",
 "Lượt xem: 642"],
["Cập nhật: 09:40, 27/12/2013 (GMT+7)", "năm 2013", "năm 2014", "Nghị quyết Trung ương 7", "khóa XI", "Bản 3 không",
 "Lượt xem: 642"]))

PAGES.append(page("b1760-gialai-mttq-doithoai-tinlanh-2014", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI
Trang chủ » Hoạt động Mặt trận » Dân tộc - Tôn giáo
Ngày đăng 18/07/2014 | 15:10
Đối thoại với tín đồ Tin lành ở Ia Grai
Ngày 17/7, Ủy ban MTTQ Việt Nam tỉnh Gia Lai phối hợp với Ban Tôn giáo tỉnh tổ chức đối thoại với đồng bào theo đạo Tin lành năm 2014 tại xã Ia Krái, huyện Ia Grai. Tham dự có bà Rơ Mah H'Bê, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; ông Siu Đoan, Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh cùng 150 tín đồ, chức việc của 7 điểm nhóm Tin lành trong huyện.
Ảnh: Quang cảnh buổi đối thoại.
Mở đầu, ông Nay Phin, Chủ tịch UBND xã Ia Krái thông tin: xã có 1.843 hộ, trong đó 1.120 hộ đồng bào Jrai; 62% dân số theo đạo Tin lành. Năm qua, xã đã cấp 346 giấy chứng nhận quyền sử dụng đất, hỗ trợ 85 hộ nghèo làm nhà ở theo Quyết định 167/2008/QĐ-TTg của Thủ tướng Chính phủ, mỗi hộ vay 8 triệu đồng.
Tại buổi đối thoại, 54 ý kiến được nêu. Mục sư Ksor Blanh, Quản nhiệm Chi hội Tin lành Plei Ia Ring đề nghị sớm giải quyết đất xây nhà nguyện cho chi hội. Truyền đạo Rơ Châm Dết hỏi về thủ tục đăng ký sinh hoạt tôn giáo tập trung theo Nghị định số 92/2012/NĐ-CP ngày 08/11/2012 của Chính phủ. Bà Kpă Thị Hlên, thôn Plei Bông, phản ánh đường vào khu sản xuất xuống cấp, mùa mưa xe không đi được.
Trả lời các ý kiến, đại diện Ban Tôn giáo tỉnh hướng dẫn trình tự đăng ký; cho biết toàn tỉnh đã cấp đăng ký sinh hoạt cho 246 điểm nhóm Tin lành. Ông Siu Đoan đề nghị các chức sắc, chức việc tiếp tục thực hiện Chương trình phối hợp số 05/CTrPH-MTTQ-BTG giữa Ủy ban MTTQ tỉnh và Ban Tôn giáo tỉnh, vận động tín đồ "sống phúc âm giữa lòng dân tộc", không nghe theo kẻ xấu lôi kéo vào "Tin lành Đề Ga".
Bà Rơ Mah H'Bê ghi nhận 36 ý kiến đã được trả lời ngay tại buổi đối thoại; các ý kiến còn lại sẽ được tổng hợp theo Hướng dẫn số 08-HD/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh để chuyển các ngành chức năng xem xét, trả lời bằng văn bản trước ngày 30/8/2014.
Kpă Hồng
Lượt truy cập: 215.380
Tin khác
- Chư Păh: hội nghị người có uy tín năm 2014 (10/07/2014)
- Tặng 200 suất quà cho hộ nghèo ở Đức Cơ (02/07/2014)
- MTTQ tỉnh giám sát chính sách hỗ trợ đất sản xuất (20/06/2014)
- Krông Pa: gặp mặt chức sắc, chức việc Tin lành và Công giáo (12/06/2014)
- Phú Thiện: đối thoại với người dân về thu hồi đất làm thủy lợi (05/06/2014)
- Ia Pa ra mắt 3 tổ hòa giải ở cơ sở (28/05/2014)
- Ayun Pa: Mặt trận vận động xây dựng 15 nhà Đại đoàn kết (21/05/2014)
- Kông Chro: tuyên truyền pháp luật về tín ngưỡng, tôn giáo cho đồng bào Ba Na (14/05/2014)
Ủy ban MTTQ Việt Nam tỉnh Gia Lai. Địa chỉ: 26 Trần Hưng Đạo, thành phố Pleiku. Chịu trách nhiệm nội dung: Ban Thường trực Ủy ban MTTQ tỉnh.
""", "2014-07-18", "Đối thoại với tín đồ Tin lành ở Ia Grai",
E("doi_thoai", "2014", "2014-07-17"),
[P("Rơ Mah H'Bê", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Đoan", "Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nay Phin", "Chủ tịch UBND xã Ia Krái"),
 P("Ksor Blanh", "Mục sư", "Quản nhiệm Chi hội Tin lành Plei Ia Ring"),
 P("Rơ Châm Dết", "Truyền đạo"),
 P("Kpă Thị Hlên")],
[Q("150 tín đồ, chức việc", 150, "tín đồ, chức việc"), Q("7 điểm nhóm Tin lành", 7, "điểm nhóm Tin lành"),
 Q("1.843 hộ", 1843, "hộ"), Q("1.120 hộ đồng bào Jrai", 1120, "hộ đồng bào Jrai"), Q("62%", 62, "%"),
 Q("346 giấy chứng nhận quyền sử dụng đất", 346, "giấy chứng nhận quyền sử dụng đất"), Q("85 hộ nghèo", 85, "hộ nghèo"),
 Q("8 triệu đồng", 8000000, "đồng"), Q("54 ý kiến", 54, "ý kiến"), Q("246 điểm nhóm Tin lành", 246, "điểm nhóm Tin lành"),
 Q("36 ý kiến", 36, "ý kiến")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 167/2008/QĐ-TTg"),
 D("Nghị định", "92", "2012/NĐ-CP", "2012-11-08", "Chính phủ", "Nghị định số 92/2012/NĐ-CP ngày 08/11/2012"),
 D("Chương trình phối hợp", "05", "CTrPH-MTTQ-BTG", None, None, "Chương trình phối hợp số 05/CTrPH-MTTQ-BTG"),
 D("Hướng dẫn", "08", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 08-HD/MTTQ-BTT")],
[prov("Gia Lai"), com("Ia Krái")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI", "Trang chủ » Hoạt động Mặt trận » Dân tộc - Tôn giáo",
 "Ảnh: Quang cảnh buổi đối thoại.", "sống phúc âm giữa lòng dân tộc", "Tin lành Đề Ga", "Lượt truy cập: 215.380"],
["Ngày đăng 18/07/2014 | 15:10", "năm 2014", "30/8/2014", "Lượt truy cập: 215.380"]))

PAGES.append(page("b1761-angiang-bdv-hoinghi-chucsac-islam-2015", """
Ban Dân vận Tỉnh ủy An Giang
Trang chủ | Tin tức | Công tác dân tộc - tôn giáo
22/10/2015 - 10:05
Phát huy vai trò chức sắc Islam trong vận động đồng bào Chăm
Ngày 21/10/2015, Ban Dân vận Tỉnh ủy phối hợp Ban Dân tộc tỉnh tổ chức hội nghị gặp gỡ chức sắc, chức việc Hồi giáo năm 2015. Dự hội nghị có đồng chí Trần Thị Mỹ Hạnh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; ông Phan Văn Đức, Trưởng Ban Dân tộc tỉnh và 86 đại biểu là Hakim, Naib, Imam, Khatib của 14 thánh đường và 12 tiểu thánh đường trong tỉnh.
Đồng chí Trần Thị Mỹ Hạnh phát biểu tại hội nghị.
Theo báo cáo, toàn tỉnh có trên 14.000 đồng bào Chăm, sống tập trung ở thị xã Tân Châu và các huyện An Phú, Châu Phú. Thời gian qua, thực hiện Quyết định 1212, 1213/QĐ-UBND của UBND tỉnh về hỗ trợ sinh kế và nhà ở cho đồng bào dân tộc thiểu số, tỉnh đã xây dựng 28 căn nhà Đại đoàn kết, mỗi căn 40 triệu đồng; tỷ lệ hộ nghèo trong đồng bào Chăm giảm còn 6,2%. Các thánh đường đã mở 19 lớp dạy kinh Qur'an kết hợp dạy chữ Chăm, chữ quốc ngữ cho 540 em.
Hakim Mohamad Ros, Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh, cho biết cộng đồng đã vận động bà con hoàn thành tháng chay Ramadan an toàn, không để xảy ra việc truyền đạo trái phép. Ông Sa Lết, Imam thánh đường Jamiul Muslimin, xã Châu Phong, đề nghị hỗ trợ cho thanh niên Chăm học nghề để không phải đi làm ăn xa. Imam Abdul Ha Lim ở xã Đa Phước kiến nghị nâng cấp tuyến đường ven kênh vào tiểu thánh đường Al-Ehsan.
Ông Chau Sa Rết, Phó Trưởng Ban Dân tộc tỉnh, giải đáp các ý kiến và cho biết năm 2016 tỉnh dành trên 2,5 tỷ đồng để đào tạo nghề cho lao động người dân tộc thiểu số.
Phát biểu kết luận, đồng chí Trần Thị Mỹ Hạnh đề nghị các vị chức sắc tiếp tục thực hiện tốt Kế hoạch số 27-KH/BDVTU ngày 06/4/2015 của Ban Dân vận Tỉnh ủy về vận động đồng bào Chăm giai đoạn 2015 - 2020, phát huy tinh thần "tốt đời, đẹp đạo", giữ gìn đoàn kết với đồng bào Kinh, Hoa, Khmer ở địa phương.
Ngọc Diễm
Số lượt xem: 2.308
Bài viết liên quan
- Thăm, chúc mừng đồng bào Chăm nhân tháng Ramadan (18/06/2015)
- Tịnh Biên: hội nghị người có uy tín đồng bào Khmer (05/06/2015)
- Tri Tôn ra mắt 4 mô hình "Dân vận khéo" (22/05/2015)
- Châu Phú: vận động xây dựng cầu nông thôn vùng đồng bào Chăm (12/05/2015)
- Tân Châu: hội nghị dân vận chính quyền 6 tháng đầu năm 2015 (02/05/2015)
- An Phú: trao học bổng cho học sinh dân tộc Chăm nghèo hiếu học (24/04/2015)
- Tịnh Biên: tọa đàm về vai trò của Achar trong phum sóc (15/04/2015)
Trang thông tin điện tử Ban Dân vận Tỉnh ủy An Giang. Địa chỉ: thành phố Long Xuyên, tỉnh An Giang. Ghi rõ nguồn khi phát hành lại thông tin.
""", "2015-10-22", "Phát huy vai trò chức sắc Islam trong vận động đồng bào Chăm",
E("hoi_nghi", "2015", "2015-10-21"),
[P("Trần Thị Mỹ Hạnh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Văn Đức", "Trưởng Ban Dân tộc tỉnh"),
 P("Mohamad Ros", "Hakim", "Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Sa Lết", "Imam thánh đường Jamiul Muslimin"),
 P("Abdul Ha Lim", "Imam"),
 P("Chau Sa Rết", "Phó Trưởng Ban Dân tộc tỉnh")],
[Q("86 đại biểu", 86, "đại biểu"), Q("14 thánh đường", 14, "thánh đường"), Q("12 tiểu thánh đường", 12, "tiểu thánh đường"),
 Q("trên 14.000 đồng bào Chăm", 14000, "đồng bào Chăm", "over"), Q("28 căn nhà Đại đoàn kết", 28, "căn nhà Đại đoàn kết"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("6,2%", 6.2, "%"), Q("19 lớp dạy kinh Qur'an", 19, "lớp dạy kinh Qur'an"),
 Q("540 em", 540, "em"), Q("trên 2,5 tỷ đồng", 2500000000, "đồng", "over")],
[D("Quyết định", "1212", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1212, 1213/QĐ-UBND"),
 D("Quyết định", "1213", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1212, 1213/QĐ-UBND"),
 D("Kế hoạch", "27", "KH/BDVTU", "2015-04-06", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 27-KH/BDVTU ngày 06/4/2015")],
[prov("An Giang"), com("Châu Phong"), com("Đa Phước")],
["Ban Dân vận Tỉnh ủy An Giang", "Trang chủ | Tin tức | Công tác dân tộc - tôn giáo",
 "Đồng chí Trần Thị Mỹ Hạnh phát biểu tại hội nghị.", "tốt đời, đẹp đạo", "Số lượt xem: 2.308"],
["22/10/2015 - 10:05", "năm 2015", "năm 2016", "giai đoạn 2015 - 2020", "Số lượt xem: 2.308"]))

PAGES.append(page("b1762-hagiang-bdv-giamsat-uytin-2016", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Trang chủ >> Tin hoạt động >> Kiểm tra, giám sát
Thứ Năm, 15/09/2016
Giám sát thực hiện chính sách đối với người có uy tín tại Mèo Vạc
Trong 2 ngày 13 - 14/9/2016, Đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Vàng Mí Lử, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện chính sách đối với người có uy tín năm 2016 tại huyện Mèo Vạc. Cùng đi có bà Lục Thị Nương, Phó Trưởng Ban Dân vận Tỉnh ủy và đại diện Ban Dân tộc tỉnh.
Đoàn giám sát làm việc tại UBND xã Pả Vi.
Theo báo cáo của huyện, toàn huyện có 186 người có uy tín ở 18 xã, thị trấn, chủ yếu là người Mông, Lô Lô, Giáy. Thực hiện Quyết định số 18/2011/QĐ-TTg và Quyết định số 56/2013/QĐ-TTg của Thủ tướng Chính phủ, 8 tháng năm 2016 huyện đã cấp phát báo, tạp chí đến 100% người có uy tín; thăm hỏi, tặng quà 23 người có uy tín ốm đau và 6 gia đình có người thân qua đời, kinh phí trên 620 triệu đồng. Năm 2016 huyện thay thế 13 người có uy tín do tuổi cao, sức yếu.
Làm việc tại xã Pả Vi, đoàn nghe các ông Giàng Mí Dính, Ly Chứ Sính, Mua Mí Vàng - người có uy tín xã Pả Vi phản ánh tình hình: bà con yên tâm sản xuất, nhiều hộ làm homestay đón khách du lịch; chỉ còn 2 hộ nghe theo "Giê Sùa" nhưng đã được vận động từ bỏ. Ông Thào Mí Chá, người có uy tín thôn Lũng Phìn A, xã Sơn Vĩ, kiến nghị nâng mức hỗ trợ thăm hỏi vì nhiều người đi lại xa, đường khó.
Bà Lò Thị Dợ, Phó Chủ tịch UBND xã Sơn Vĩ, người Lô Lô, cho biết xã có 14 thôn giáp biên, người có uy tín đã cùng đồn Biên phòng vận động 47 hộ ký cam kết không vượt biên trái phép.
Kết luận đợt giám sát, đồng chí Vàng Mí Lử đề nghị huyện thực hiện nghiêm Hướng dẫn số 12-HD/BDVTU ngày 20/7/2016 của Ban Dân vận Tỉnh ủy về lựa chọn, công nhận người có uy tín; rà soát, đề xuất khen thưởng kịp thời; gắn chính sách với phong trào "Hà Giang chung tay vì người nghèo". Kết quả giám sát sẽ được báo cáo Ban Thường vụ Tỉnh ủy trong tháng 10/2016.
Mạnh Cường
Tin cùng chuyên mục
- Yên Minh: hội nghị đối thoại với người dân về dự án đường tuần tra biên giới (08/09/2016)
- Đồng Văn: 20 mô hình "Dân vận khéo" được biểu dương (30/08/2016)
- Bắc Mê tập huấn nghiệp vụ dân vận cho cán bộ cơ sở (24/08/2016)
- Quản Bạ gặp mặt người có uy tín dịp Tết Độc lập (26/08/2016)
- Hoàng Su Phì: biểu dương người có uy tín tiêu biểu (16/08/2016)
- Xín Mần: vận động đồng bào Nùng, La Chí giữ gìn bản sắc (08/08/2016)
- Vị Xuyên sơ kết 6 tháng thực hiện Quy chế dân vận (28/07/2016)
Ban Dân vận Tỉnh ủy Hà Giang. Địa chỉ: phường Nguyễn Trãi, thành phố Hà Giang. Điện thoại: 0219.3866xxx. Ghi rõ nguồn khi phát hành lại thông tin.
""", "2016-09-15", "Giám sát thực hiện chính sách đối với người có uy tín tại Mèo Vạc",
E("giam_sat", "2016", "2016-09-13"),
[P("Vàng Mí Lử", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Thị Nương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng Mí Dính", "người có uy tín xã Pả Vi"),
 P("Ly Chứ Sính", "người có uy tín xã Pả Vi"),
 P("Mua Mí Vàng", "người có uy tín xã Pả Vi"),
 P("Thào Mí Chá", "người có uy tín thôn Lũng Phìn A"),
 P("Lò Thị Dợ", "Phó Chủ tịch UBND xã Sơn Vĩ")],
[Q("186 người có uy tín", 186, "người có uy tín"), Q("18 xã, thị trấn", 18, "xã, thị trấn"), Q("100%", 100, "%"),
 Q("23 người có uy tín", 23, "người có uy tín"), Q("6 gia đình", 6, "gia đình"),
 Q("trên 620 triệu đồng", 620000000, "đồng", "over"), Q("13 người có uy tín", 13, "người có uy tín"),
 Q("2 hộ", 2, "hộ"), Q("14 thôn giáp biên", 14, "thôn giáp biên"), Q("47 hộ", 47, "hộ")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 56/2013/QĐ-TTg"),
 D("Hướng dẫn", "12", "HD/BDVTU", "2016-07-20", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU ngày 20/7/2016")],
[prov("Hà Giang"), com("Pả Vi"), com("Sơn Vĩ")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Trang chủ >> Tin hoạt động >> Kiểm tra, giám sát",
 "Đoàn giám sát làm việc tại UBND xã Pả Vi.", "Giê Sùa", "Hà Giang chung tay vì người nghèo"],
["Thứ Năm, 15/09/2016", "2 ngày", "năm 2016", "8 tháng năm 2016", "tháng 10/2016"]))
