from lib import *
PAGES = []

PAGES.append(page("b2069-nghean-mttq-15nam-cvd-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN
Trang chủ > Tin tức > Hoạt động Mặt trận
08:15 | 18/11/2011
Toàn cảnh hội nghị tổng kết. Ảnh: Hữu Nghĩa
Nghệ An tổng kết 15 năm Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"
Ngày 16/11/2011, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết 15 năm thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" (1995 - 2010). Đồng chí Trần Hữu Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì; dự hội nghị có đồng chí Hoàng Thị Quý, Phó Chủ tịch UBND tỉnh cùng 280 đại biểu.
Báo cáo tổng kết cho biết, sau 15 năm, Cuộc vận động đã lan tỏa tới 5.946 khu dân cư trong toàn tỉnh. Năm 2010 có 512.600 hộ gia đình đạt danh hiệu "Gia đình văn hóa", bằng 80,1% tổng số hộ; 3.214 khu dân cư được công nhận danh hiệu "Làng văn hóa", "Khối văn hóa". Nhân dân đã đóng góp hơn 1.200 tỷ đồng, hiến trên 320.000 m2 đất để xây dựng 1.450 nhà văn hóa và làm đường giao thông nông thôn. Riêng các huyện miền núi có 27 bản được công nhận bản văn hóa lần đầu.
Thực hiện Chỉ thị số 16-CT/TU ngày 12/5/2008 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo Cuộc vận động và Kế hoạch 112/KH-MTTQ ngày 04/8/2011 của Ban Thường trực Ủy ban MTTQ tỉnh, Mặt trận các cấp đã lồng ghép Cuộc vận động với phong trào "Ngày vì người nghèo", giúp 9.870 hộ thoát nghèo.
Tại hội nghị, bà Lữ Thị Khuyên, Trưởng ban Công tác Mặt trận bản Nưa, xã Châu Hạnh (huyện Quỳ Châu) chia sẻ cách vận động bà con người Thái bỏ tục cúng bái khi có người ốm. Ông Kha Văn Tám, Chủ tịch Ủy ban MTTQ huyện Quế Phong, nêu khó khăn về kinh phí hoạt động của ban công tác mặt trận ở bản xa. Đại diện xã Nghi Phong (huyện Nghi Lộc) giới thiệu mô hình "Dòng họ không có người vi phạm pháp luật".
Phát biểu chỉ đạo, đồng chí Hoàng Thị Quý đề nghị các cấp tiếp tục thực hiện Chỉ thị 03-CT/TW ngày 14/5/2011 của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh, gắn với xây dựng nông thôn mới.
Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: việc bình xét danh hiệu ở một số nơi còn chạy theo thành tích, nặng về hình thức; kinh phí hoạt động của khu dân cư còn ít; vai trò của ban công tác mặt trận ở một số khối, xóm chưa rõ nét.
Nhân dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen cho 6 tập thể, 9 cá nhân; Chủ tịch UBND tỉnh tặng Bằng khen cho 35 tập thể và 62 cá nhân có thành tích xuất sắc trong 15 năm thực hiện Cuộc vận động.
Hữu Nghĩa
Lượt truy cập: 1.204.577
Tin liên quan
- Quỳ Châu: ra mắt 12 khu dân cư văn hóa (04/11/2011)
- Mặt trận tỉnh hướng dẫn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2011 (20/10/2011)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 5, khóa VII (30/9/2011)
- Con Cuông: tôn vinh người có uy tín tiêu biểu (12/9/2011)
""", "2011-11-18",
'Nghệ An tổng kết 15 năm Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"',
E("tong_ket", None, "2011-11-16"),
[P("Trần Hữu Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Thị Quý", "Phó Chủ tịch UBND tỉnh"),
 P("Lữ Thị Khuyên", "Trưởng ban Công tác Mặt trận bản Nưa"),
 P("Kha Văn Tám", "Chủ tịch Ủy ban MTTQ huyện Quế Phong")],
[Q("280 đại biểu", 280, "đại biểu"), Q("5.946 khu dân cư", 5946, "khu dân cư"),
 Q("512.600 hộ gia đình", 512600, "hộ gia đình"), Q("80,1%", 80.1, "%"),
 Q("3.214 khu dân cư", 3214, "khu dân cư"), Q("hơn 1.200 tỷ đồng", 1200000000000, "đồng", "over"),
 Q("trên 320.000 m2", 320000, "m2", "over"), Q("1.450 nhà văn hóa", 1450, "nhà văn hóa"),
 Q("27 bản", 27, "bản"), Q("9.870 hộ", 9870, "hộ"),
 Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân"), Q("35 tập thể", 35, "tập thể"), Q("62 cá nhân", 62, "cá nhân")],
[D("Chỉ thị", "16", "CT/TU", "2008-05-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 12/5/2008"),
 D("Kế hoạch", "112", "KH-MTTQ", "2011-08-04", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 112/KH-MTTQ ngày 04/8/2011"),
 D("Chỉ thị", "03", "CT/TW", "2011-05-14", "Bộ Chính trị", "Chỉ thị 03-CT/TW ngày 14/5/2011")],
[prov("Nghệ An"), com("Châu Hạnh"), com("Nghi Phong")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN", "Trang chủ > Tin tức > Hoạt động Mặt trận",
 "Toàn cảnh hội nghị tổng kết. Ảnh: Hữu Nghĩa", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Gia đình văn hóa", "Làng văn hóa", "Khối văn hóa", "Ngày vì người nghèo", "Dòng họ không có người vi phạm pháp luật",
 "Lượt truy cập: 1.204.577"],
["08:15 | 18/11/2011", "15 năm", "1995 - 2010", "Năm 2010", "Lượt truy cập: 1.204.577"]))

PAGES.append(page("b2070-hoabinh-bdv-tongket-knc-2012", """
BAN DÂN VẬN TỈNH ỦY HÒA BÌNH
Trang chủ » Hoạt động » Tin dân vận
Cập nhật: 16:40, 27/12/2012 (GMT+7)
Trao Kỷ niệm chương "Vì sự nghiệp Dân vận" cho 27 đồng chí
Chiều 26/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2012, triển khai nhiệm vụ năm 2013. Đồng chí Đinh Công Lượng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Quách Văn Thước, Bạch Thị Hiền.
Đồng chí Đinh Công Lượng trao Kỷ niệm chương cho các cá nhân.
Năm 2012, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 05, 06-KL/TU về công tác dân vận ở vùng đồng bào Mường, Dao và về vận động nhân dân giải phóng mặt bằng các công trình thủy lợi; ban hành kế hoạch số 37-KH/BDVTU hướng dẫn xây dựng mô hình "Dân vận khéo" ở 210 xã, phường, thị trấn. Các cấp đã xây dựng 1.136 mô hình "Dân vận khéo", trong đó 64 mô hình được biểu dương cấp tỉnh.
Thông qua vận động, nhân dân đã hiến 42.000 m2 đất, góp trên 38 tỷ đồng và hàng chục nghìn ngày công làm 215 km đường giao thông nông thôn. Tỷ lệ hộ nghèo toàn tỉnh giảm còn 24,5%. Các cơ quan dân vận phối hợp tiếp 1.420 lượt công dân, nhận 96 đơn thư, khiếu nại. Hòa Bình hiện có 6 dân tộc chủ yếu, trong đó người Mường chiếm hơn 63% dân số; vì vậy, công tác dân vận được xác định phải gắn với phong tục, tập quán của từng vùng, từng dân tộc.
Tại hội nghị, đồng chí Xa Văn Thoại, HUV, Trưởng Ban Dân vận Huyện ủy Mai Châu, chia sẻ kinh nghiệm phát huy vai trò trưởng bản trong vận động đồng bào Thái làm du lịch cộng đồng; bà Triệu Thị Mây, Chủ tịch Hội LHPN xã Phúc Sạn (huyện Mai Châu) kể về mô hình "Tổ phụ nữ người Dao giữ rừng". Ông Hà Văn Lịch, Bí thư Đảng ủy xã Tân Pheo, đề nghị tăng phụ cấp cho cán bộ dân vận thôn, xóm.
Kết luận hội nghị, đồng chí Đinh Công Lượng yêu cầu năm 2013 các cấp ủy tiếp tục thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; chuẩn bị tổng kết 15 năm thực hiện Chỉ thị 30-CT/TW của Bộ Chính trị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở.
Dịp này, Ban Dân vận Trung ương trao Kỷ niệm chương "Vì sự nghiệp Dân vận" cho 27 đồng chí; Ban Dân vận Trung ương tặng Bằng khen cho 4 tập thể; Ban Dân vận Tỉnh ủy tặng Giấy khen cho 18 tập thể, 31 cá nhân có thành tích xuất sắc năm 2012.
Bùi Thu Hà
Số lượt xem: 642
Các tin khác
- Lạc Sơn: 45 mô hình "Dân vận khéo" được công nhận (18/12/2012)
- Hội nghị giao ban khối dân vận quý IV (10/12/2012)
- Đoàn công tác Ban Dân vận Tỉnh ủy thăm, tặng quà người có uy tín xã Hang Kia (29/11/2012)
""", "2012-12-27", 'Trao Kỷ niệm chương "Vì sự nghiệp Dân vận" cho 27 đồng chí',
E("tong_ket", "2012", "2012-12-26"),
[P("Đinh Công Lượng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quách Văn Thước", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bạch Thị Hiền", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Xa Văn Thoại", "HUV", "Trưởng Ban Dân vận Huyện ủy Mai Châu"),
 P("Triệu Thị Mây", "Chủ tịch Hội LHPN xã Phúc Sạn"),
 P("Hà Văn Lịch", "Bí thư Đảng ủy xã Tân Pheo")],
[Q("27 đồng chí", 27, "đồng chí"), Q("210 xã, phường, thị trấn", 210, "xã, phường, thị trấn"),
 Q("1.136 mô hình", 1136, "mô hình"), Q("64 mô hình", 64, "mô hình"), Q("42.000 m2", 42000, "m2"),
 Q("trên 38 tỷ đồng", 38000000000, "đồng", "over"), Q("215 km", 215, "km"), Q("24,5%", 24.5, "%"), Q("6 dân tộc chủ yếu", 6, "dân tộc chủ yếu"), Q("hơn 63%", 63, "%", "over"),
 Q("1.420 lượt công dân", 1420, "lượt công dân"), Q("96 đơn thư, khiếu nại", 96, "đơn thư, khiếu nại"),
 Q("4 tập thể", 4, "tập thể"), Q("18 tập thể", 18, "tập thể"), Q("31 cá nhân", 31, "cá nhân")],
[D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Kế hoạch", "37", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 37-KH/BDVTU"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 30-CT/TW")],
[prov("Hòa Bình"), com("Phúc Sạn"), com("Tân Pheo")],
["BAN DÂN VẬN TỈNH ỦY HÒA BÌNH", "Trang chủ » Hoạt động » Tin dân vận",
 "Đồng chí Đinh Công Lượng trao Kỷ niệm chương cho các cá nhân.", "Vì sự nghiệp Dân vận", "Dân vận khéo",
 "Tổ phụ nữ người Dao giữ rừng", "Quy chế công tác dân vận", "Quy chế dân chủ ở cơ sở", "Số lượt xem: 642"],
["Cập nhật: 16:40, 27/12/2012 (GMT+7)", "27 đồng chí", "năm 2012", "năm 2013", "15 năm", "hàng chục nghìn ngày công",
 "Số lượt xem: 642"]))

PAGES.append(page("b2071-sonla-bdv-bieuduong-dvk-2013", """
Ban Dân vận Tỉnh ủy Sơn La
Trang chủ / Phong trào thi đua / Dân vận khéo
Thứ Tư, 25/09/2013 - 09:30
Sơn La biểu dương 120 điển hình "Dân vận khéo"
Sáng 24/9, Ban Dân vận Tỉnh ủy phối hợp với Ban Thi đua - Khen thưởng tỉnh tổ chức hội nghị biểu dương điển hình tiên tiến trong phong trào thi đua "Dân vận khéo" năm 2013. Dự hội nghị có đồng chí Lò Văn Mưởng, Phó Bí thư Tỉnh ủy; đồng chí Cầm Thị Phong, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy.
Các đại biểu dự hội nghị biểu dương. Ảnh: Quàng Hương
120 điển hình được biểu dương lần này gồm 48 tập thể và 72 cá nhân, là những người trực tiếp vận động đồng bào Thái, Mông, Dao, Khơ Mú thay đổi tập quán sản xuất, giữ gìn an ninh trật tự ở bản. Trong 4 năm triển khai phong trào theo Hướng dẫn số 09-HD/BDVTU ngày 15/6/2010 của Ban Dân vận Tỉnh ủy, toàn tỉnh đã có 2.305 mô hình, điển hình "Dân vận khéo" được công nhận, trong đó lĩnh vực kinh tế chiếm 61,4%.
Nhiều mô hình mang lại hiệu quả rõ rệt: bản Huổi Một, xã Nậm Lầu (huyện Thuận Châu) vận động 86 hộ chuyển từ trồng ngô trên đất dốc sang trồng cây ăn quả, thu nhập bình quân đạt 28 triệu đồng/hộ/năm; xã Chiềng Khoong (huyện Sông Mã) vận động nhân dân hiến đất làm 14 km đường liên bản. Ông Giàng A Chá, người có uy tín bản Pá Khoang, xã Mường Bang (huyện Phù Yên), đã thuyết phục 23 hộ người Mông từ bỏ tà đạo, trở về sinh hoạt bình thường.
Theo đồng chí Cầm Thị Phong, bên cạnh kết quả, một số nơi còn coi phong trào là việc riêng của khối dân vận; việc nhân rộng mô hình chưa đều giữa vùng thấp và vùng cao, nhiều mô hình hay ở bản xa chưa được phát hiện để biểu dương kịp thời.
Phát biểu tại hội nghị, đồng chí Lò Văn Mưởng ghi nhận những đóng góp của các điển hình, đề nghị các cấp tiếp tục thực hiện Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể, gắn phong trào thi đua "Dân vận khéo" với Chương trình hành động số 21-CTr/TU của Tỉnh ủy về xây dựng nông thôn mới.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 120 điển hình; mỗi tập thể được thưởng 1,5 triệu đồng, mỗi cá nhân 700.000 đồng. Đồng chí Sùng A Lử, Bí thư Đảng ủy xã Tà Xùa, và bà Mùa Thị Dớ, Chi hội trưởng Chi hội Phụ nữ bản Háng Đồng A, được mời lên nhận Bằng khen đầu tiên.
Quàng Hương
Lượt xem: 1.032
Tin cùng chuyên mục
- Mộc Châu: sơ kết 3 năm phong trào "Dân vận khéo" (12/09/2013)
- Ban Dân vận Tỉnh ủy giao ban khối dân vận quý III (03/09/2013)
- Yên Châu: phát huy vai trò người có uy tín trong đồng bào Mông (27/08/2013)
- Quỳnh Nhai: vận động nhân dân tái định cư ổn định cuộc sống (15/08/2013)
""", "2013-09-25", 'Sơn La biểu dương 120 điển hình "Dân vận khéo"',
E("hoi_nghi", "2013", "2013-09-24"),
[P("Lò Văn Mưởng", "Phó Bí thư Tỉnh ủy"),
 P("Cầm Thị Phong", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Chá", "người có uy tín bản Pá Khoang"),
 P("Sùng A Lử", "Bí thư Đảng ủy xã Tà Xùa"),
 P("Mùa Thị Dớ", "Chi hội trưởng Chi hội Phụ nữ bản Háng Đồng A")],
[Q("120 điển hình", 120, "điển hình"), Q("48 tập thể", 48, "tập thể"), Q("72 cá nhân", 72, "cá nhân"),
 Q("2.305 mô hình, điển hình", 2305, "mô hình, điển hình"), Q("61,4%", 61.4, "%"), Q("86 hộ", 86, "hộ"),
 Q("28 triệu đồng", 28000000, "đồng"), Q("14 km", 14, "km"), Q("23 hộ người Mông", 23, "hộ người Mông"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("700.000 đồng", 700000, "đồng")],
[D("Hướng dẫn", "09", "HD/BDVTU", "2010-06-15", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU ngày 15/6/2010"),
 D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 8/12/2009"),
 D("Chương trình hành động", "21", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 21-CTr/TU")],
[prov("Sơn La"), com("Nậm Lầu"), com("Chiềng Khoong"), com("Mường Bang"), com("Tà Xùa")],
["Ban Dân vận Tỉnh ủy Sơn La", "Trang chủ / Phong trào thi đua / Dân vận khéo", "Dân vận khéo",
 "Các đại biểu dự hội nghị biểu dương. Ảnh: Quàng Hương", "Lượt xem: 1.032"],
["Thứ Tư, 25/09/2013 - 09:30", "năm 2013", "4 năm", "Lượt xem: 1.032"]))

PAGES.append(page("b2072-thainguyen-lhpn-10nam-ct49-2015", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH THÁI NGUYÊN
Tin tức - Sự kiện :: Hoạt động Hội
29-06-2015 10:12
Tổng kết 10 năm thực hiện Chỉ thị 49-CT/TW về xây dựng gia đình thời kỳ công nghiệp hóa, hiện đại hóa
Ngày 26/6/2015, Hội LHPN tỉnh phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị 49-CT/TW ngày 21/2/2005 của Ban Bí thư về xây dựng gia đình thời kỳ công nghiệp hóa, hiện đại hóa đất nước. Đồng chí Hoàng Thị Bích Hạnh, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh và đồng chí Mạc Văn Thắng, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch đồng chủ trì.
Quang cảnh hội nghị.
Thực hiện Kế hoạch số 72-KH/TU ngày 10/5/2005 của Tỉnh ủy và Quyết định 629/QĐ-TTg ngày 29/5/2012 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển gia đình Việt Nam, sau 10 năm toàn tỉnh có 85,6% hộ gia đình đạt danh hiệu "Gia đình văn hóa"; 1.250 câu lạc bộ gia đình phát triển bền vững được thành lập với hơn 31.000 hội viên tham gia. Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" được triển khai ở 100% cơ sở hội, giúp 4.812 hộ phụ nữ nghèo có việc làm.
Các cấp hội đã phối hợp tư vấn, hòa giải thành 1.376 vụ mâu thuẫn gia đình; tỷ lệ tảo hôn trong đồng bào dân tộc thiểu số ở các huyện Võ Nhai, Định Hóa giảm rõ. Tuy vậy, tình trạng bạo lực gia đình vẫn còn xảy ra; năm 2014 toàn tỉnh Thái Nguyên ghi nhận 212 vụ, giảm 35% so với năm 2005. Một số cấp hội chưa chủ động tham mưu cấp ủy; nhiều câu lạc bộ hoạt động cầm chừng do thiếu kinh phí và người có kỹ năng tư vấn. Nguồn vốn do Hội tín chấp với Ngân hàng Chính sách xã hội đạt khoảng 1.040 tỷ đồng, với 36.500 hộ vay.
Tại hội nghị, bà Nông Thị Hoa, Chủ tịch Hội LHPN xã Bình Yên (huyện Định Hóa) giới thiệu câu lạc bộ "Gia đình hạnh phúc" của phụ nữ Tày; bà Dương Thị Hảo, Chủ tịch Hội LHPN xã Phú Thượng (huyện Võ Nhai) kể cách vận động đồng bào San Chay, Dao bỏ tục thách cưới.
Phát biểu chỉ đạo, đồng chí Ma Thị Nguyệt, Phó Bí thư Thường trực Tỉnh ủy, đề nghị các cấp tiếp tục thực hiện Chỉ thị 49 gắn với Chỉ thị 03-CT/TW của Bộ Chính trị, đưa tiêu chí gia đình vào xây dựng nông thôn mới.
Nhân dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 20 tập thể, 35 cá nhân; Hội LHPN tỉnh tặng Giấy khen cho 48 gia đình tiêu biểu có thành tích xuất sắc trong 10 năm thực hiện Chỉ thị 49-CT/TW.
Thu Hằng
Tin khác
- Phú Lương: Hội thi "Gia đình hạnh phúc" năm 2015 (19/06/2015)
- Đại hội đại biểu Hội LHPN huyện Đồng Hỷ lần thứ XV (05/06/2015)
- Trao 50 suất quà cho trẻ em nghèo nhân Ngày Quốc tế Thiếu nhi (01/06/2015)
- Định Hóa: phụ nữ Tày giữ gìn nghề dệt thổ cẩm truyền thống (22/05/2015)
""", "2015-06-29", "Tổng kết 10 năm thực hiện Chỉ thị 49-CT/TW về xây dựng gia đình thời kỳ công nghiệp hóa, hiện đại hóa",
E("tong_ket", None, "2015-06-26"),
[P("Hoàng Thị Bích Hạnh", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Mạc Văn Thắng", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Nông Thị Hoa", "Chủ tịch Hội LHPN xã Bình Yên"),
 P("Dương Thị Hảo", "Chủ tịch Hội LHPN xã Phú Thượng"),
 P("Ma Thị Nguyệt", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("85,6%", 85.6, "%"), Q("1.250 câu lạc bộ gia đình phát triển bền vững", 1250, "câu lạc bộ gia đình phát triển bền vững"),
 Q("hơn 31.000 hội viên", 31000, "hội viên", "over"), Q("100%", 100, "%"), Q("4.812 hộ phụ nữ nghèo", 4812, "hộ phụ nữ nghèo"),
 Q("1.376 vụ mâu thuẫn gia đình", 1376, "vụ mâu thuẫn gia đình"), Q("khoảng 1.040 tỷ đồng", 1040000000000, "đồng", "approx"),
 Q("36.500 hộ", 36500, "hộ"), Q("212 vụ", 212, "vụ"), Q("35%", 35, "%"), Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân", 35, "cá nhân"),
 Q("48 gia đình tiêu biểu", 48, "gia đình tiêu biểu")],
[D("Chỉ thị", "49", "CT/TW", "2005-02-21", "Ban Bí thư", "Chỉ thị 49-CT/TW ngày 21/2/2005"),
 D("Kế hoạch", "72", "KH/TU", "2005-05-10", "Tỉnh ủy", "Kế hoạch số 72-KH/TU ngày 10/5/2005"),
 D("Quyết định", "629", "QĐ-TTg", "2012-05-29", "Thủ tướng Chính phủ", "Quyết định 629/QĐ-TTg ngày 29/5/2012"),
 D("Chỉ thị", "03", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 03-CT/TW")],
[prov("Thái Nguyên"), com("Bình Yên"), com("Phú Thượng")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH THÁI NGUYÊN", "Tin tức - Sự kiện :: Hoạt động Hội", "Quang cảnh hội nghị.",
 "Gia đình văn hóa", "Xây dựng gia đình 5 không, 3 sạch", "Gia đình hạnh phúc", "Chiến lược phát triển gia đình Việt Nam"],
["29-06-2015 10:12", "10 năm", "năm 2014", "năm 2005", "5 không, 3 sạch", "Chỉ thị 49"]))

PAGES.append(page("b2073-gialai-bdv-10nam-ct12-2016", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Bạn đang ở: Trang chủ › Tin tức › Dân vận các cấp
Ngày đăng 12/08/2016 | 15:05
Đồng chí Rơ Mah Thuyên trao Bằng khen cho các tập thể.
Gia Lai: 10 năm xây dựng "làng điểm" trong vùng đồng bào dân tộc thiểu số
Ngày 10/8/2016, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số 12-CT/TU ngày 20/7/2006 của Ban Thường vụ Tỉnh ủy về xây dựng làng điểm về an ninh trật tự, phát triển kinh tế - xã hội trong vùng đồng bào Jrai, Bahnar. Đồng chí Rơ Mah Thuyên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Báo cáo do đồng chí Trần Quang Vịnh, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết, sau 10 năm, toàn tỉnh đã xây dựng 186 làng điểm ở 17 huyện, thị xã, thành phố; trong đó 142 làng đạt và vượt các tiêu chí. Thu nhập bình quân ở các làng điểm tăng từ 4,2 triệu đồng lên 21 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm bình quân 4,8% mỗi năm. Nhân dân các làng đã hiến trên 65 ha đất, đóng góp khoảng 12,6 tỷ đồng làm đường, nhà rông văn hóa.
Đội ngũ già làng, trưởng làng và người có uy tín đã vận động 2.317 người từng theo "Tin lành Đê Ga" trở về sinh hoạt tôn giáo bình thường, tố giác 39 đối tượng; các làng không có người vượt biên trái phép.
Tại hội nghị, già làng Nay Blúp (làng Plei Ơi, xã Ia Mơ Nông, huyện Chư Păh) chia sẻ: "Làng mình giờ không còn nhà tạm, con cháu được đi học đầy đủ". Bà Puih H'Djuin, Chủ tịch Hội LHPN xã Ia Dreh (huyện Krông Pa) nêu mô hình "Phụ nữ Jrai tiết kiệm". Ông Đinh Yă, Bí thư Chi bộ làng Kon Sơ Lăl, xã Hà Đông (huyện Đak Đoa) kiến nghị hỗ trợ giống cây cà phê tái canh.
Hội nghị cũng chỉ ra hạn chế: một số làng điểm chưa bền vững, còn trông chờ vào hỗ trợ của Nhà nước; đội ngũ cán bộ cơ sở là người dân tộc thiểu số còn thiếu và yếu về kỹ năng vận động quần chúng.
Kết luận hội nghị, đồng chí Rơ Mah Thuyên đề nghị thực hiện tốt Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp, và Quyết định 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ về chính sách đối với người có uy tín; sớm ban hành chỉ thị mới thay Chỉ thị 12-CT/TU.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 25 tập thể và 40 cá nhân; Ban Thường vụ Tỉnh ủy tặng Giấy khen cho 15 làng điểm tiêu biểu.
Ksor H'Bơ Khăp
Lượt xem: 738
Bài viết liên quan
- Chư Păh: sơ kết 5 năm làng điểm (28/07/2016)
- Trao 200 phần quà cho già làng, người có uy tín (15/07/2016)
- Ia Grai: hội nghị đối thoại với nhân dân năm 2016 (30/06/2016)
""", "2016-08-12", 'Gia Lai: 10 năm xây dựng "làng điểm" trong vùng đồng bào dân tộc thiểu số',
E("tong_ket", None, "2016-08-10"),
[P("Rơ Mah Thuyên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Quang Vịnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nay Blúp", "già làng"),
 P("Puih H'Djuin", "Chủ tịch Hội LHPN xã Ia Dreh"),
 P("Đinh Yă", "Bí thư Chi bộ làng Kon Sơ Lăl")],
[Q("186 làng điểm", 186, "làng điểm"), Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
 Q("142 làng", 142, "làng"), Q("4,2 triệu đồng", 4200000, "đồng"), Q("21 triệu đồng", 21000000, "đồng"),
 Q("4,8%", 4.8, "%"), Q("trên 65 ha", 65, "ha", "over"), Q("khoảng 12,6 tỷ đồng", 12600000000, "đồng", "approx"),
 Q("2.317 người", 2317, "người"), Q("39 đối tượng", 39, "đối tượng"),
 Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân"), Q("15 làng điểm tiêu biểu", 15, "làng điểm tiêu biểu")],
[D("Chỉ thị", "12", "CT/TU", "2006-07-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 20/7/2006"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận 114-KL/TW ngày 14/7/2015"),
 D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định 18/2011/QĐ-TTg ngày 18/3/2011")],
[prov("Gia Lai"), com("Ia Mơ Nông"), com("Ia Dreh"), com("Hà Đông")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Bạn đang ở: Trang chủ › Tin tức › Dân vận các cấp",
 "Đồng chí Rơ Mah Thuyên trao Bằng khen cho các tập thể.", "Tin lành Đê Ga", "Phụ nữ Jrai tiết kiệm", "Lượt xem: 738"],
["Ngày đăng 12/08/2016 | 15:05", "10 năm", "Lượt xem: 738"]))

PAGES.append(page("b2074-quangtri-chandung-vankieu-2017", """
Báo Quảng Trị - Cơ quan của Đảng bộ tỉnh Quảng Trị
Xã hội | Dân vận | Gương sáng
Thứ Hai, 11/12/2017
Già làng Hồ Văn Ka (bên phải) trò chuyện cùng cán bộ dân vận huyện.
Người giữ lửa ở bản Ra Ly
(QT) - Tròn 20 năm làm trưởng bản, ông Hồ Văn Ka, Trưởng bản Ra Ly, xã Hướng Linh (huyện Hướng Hóa), người Vân Kiều, vừa được Thủ tướng Chính phủ tặng Bằng khen vì có thành tích xuất sắc trong phong trào thi đua "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau".
Năm 1997, khi ông Ka được dân bản bầu làm trưởng bản, cả bản có 74 hộ thì 61 hộ thiếu ăn quanh năm, nhiều gia đình còn du canh, đốt nương. Bằng cách "nói dân hiểu, làm dân tin", ông vận động bà con khai hoang 38 ha ruộng nước, trồng 120 ha rừng keo. Đến nay bản Ra Ly có 92 hộ, chỉ còn 9 hộ nghèo, thu nhập bình quân đạt 19 triệu đồng/người/năm.
Đồng chí Hồ Thị Pỏi, Bí thư Đảng ủy, Chủ tịch HĐND xã Hướng Linh cho biết: "Già Ka nói thì bà con nghe. Năm 2016, riêng bản Ra Ly góp 1.600 ngày công, hiến 2.400 m2 đất để làm đường và sân bóng". Ông Ka còn là người đầu tiên trong bản gửi con đi học nội trú; 14 thanh niên của bản đã tốt nghiệp trung cấp, cao đẳng.
Vợ ông, bà Hồ Thị Lanh, kể: có năm ông bỏ cả mùa rẫy để cùng cán bộ đồn biên phòng đi vận động 11 hộ trong bản trả lại đất lấn chiếm của hàng xóm. Nhiều tranh chấp đất đai, mâu thuẫn giữa các dòng họ cũng được ông ngồi lại hòa giải ngay tại nhà sinh hoạt cộng đồng của bản, không để kéo dài, không để ai phải lên xã, lên huyện. Người trong bản gọi ông là "người giữ lửa", vì tối nào nhà ông cũng sáng đèn, có người đến hỏi chuyện làm ăn, chuyện con cái.
Ông Lê Văn Tùng, HUV, Trưởng Ban Dân vận Huyện ủy Hướng Hóa, nhận xét: ông Ka là hạt nhân trong việc thực hiện Chỉ thị 06-CT/HU của Ban Thường vụ Huyện ủy về phát huy vai trò người có uy tín; trong 5 năm qua, bản Ra Ly không có đơn thư vượt cấp.
Năm 2017, thực hiện Quyết định số 1781/QĐ-UBND ngày 04/8/2017 của UBND tỉnh, ông Ka cùng 36 người có uy tín tiêu biểu trong tỉnh được UBND tỉnh tặng Bằng khen; mỗi người được thưởng 1,2 triệu đồng. Ông dành toàn bộ tiền thưởng mua 24 bộ sách vở cho học sinh nghèo của bản.
Hỏi về mong muốn, ông Ka cười: "Mình già rồi, chỉ mong con cháu đừng nghe kẻ xấu, giữ rừng, giữ đất, giữ bản".
Bài, ảnh: Lê Thủy
Tin liên quan
- Hướng Hóa: 15 năm thực hiện Quy chế dân vận (30/11/2017)
- Tôn vinh 60 người có uy tín tiêu biểu (16/11/2017)
- Đakrông: vận động đồng bào Pa Kô định canh (02/11/2017)
- Gio Linh: ra mắt mô hình "Khu dân cư tự quản về an ninh trật tự" (20/10/2017)
- Hội nghị giao ban công tác dân vận quý III năm 2017 (05/10/2017)
""", "2017-12-11", "Người giữ lửa ở bản Ra Ly",
E("khac", None, None),
[P("Hồ Văn Ka", "Trưởng bản Ra Ly"),
 P("Hồ Thị Pỏi", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Hướng Linh"),
 P("Lê Văn Tùng", "HUV", "Trưởng Ban Dân vận Huyện ủy Hướng Hóa"),
 P("Hồ Thị Lanh")],
[Q("74 hộ", 74, "hộ"), Q("61 hộ", 61, "hộ"), Q("38 ha", 38, "ha"), Q("120 ha", 120, "ha"), Q("92 hộ", 92, "hộ"),
 Q("9 hộ nghèo", 9, "hộ nghèo"), Q("19 triệu đồng", 19000000, "đồng"), Q("1.600 ngày công", 1600, "ngày công"),
 Q("2.400 m2", 2400, "m2"), Q("14 thanh niên", 14, "thanh niên"), Q("11 hộ", 11, "hộ"), Q("36 người có uy tín tiêu biểu", 36, "người có uy tín tiêu biểu"),
 Q("1,2 triệu đồng", 1200000, "đồng"), Q("24 bộ sách vở", 24, "bộ sách vở")],
[D("Chỉ thị", "06", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 06-CT/HU"),
 D("Quyết định", "1781", "QĐ-UBND", "2017-08-04", "UBND tỉnh", "Quyết định số 1781/QĐ-UBND ngày 04/8/2017")],
[prov("Quảng Trị"), com("Hướng Linh")],
["Báo Quảng Trị - Cơ quan của Đảng bộ tỉnh Quảng Trị", "Xã hội | Dân vận | Gương sáng",
 "Già làng Hồ Văn Ka (bên phải) trò chuyện cùng cán bộ dân vận huyện.", "(QT)",
 "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "nói dân hiểu, làm dân tin"],
["Thứ Hai, 11/12/2017", "20 năm", "Năm 1997", "5 năm", "Năm 2017"]))
