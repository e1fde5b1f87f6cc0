from lib import *
PAGES = []

PAGES.append(page("b5885-namdinh-bdv-gapmat-chucsac-2011", """
BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Công tác tôn giáo
Thứ Ba, 20/12/2011 - 16:45
Ảnh: Quang cảnh buổi gặp mặt.
Gặp mặt chức sắc, chức việc tôn giáo tiêu biểu năm 2011
Chiều 19/12, Ban Dân vận Tỉnh ủy Nam Định phối hợp với Ban Tôn giáo tỉnh tổ chức hội nghị gặp mặt chức sắc, chức việc tôn giáo năm 2011. Đồng chí Trần Quang Dũng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự hội nghị có 215 đại biểu là linh mục, tu sĩ, ban hành giáo các giáo xứ và tăng ni Phật giáo trong tỉnh.
Đồng chí Trần Quang Dũng phát biểu tại buổi gặp mặt.
Báo cáo do đồng chí Vũ Thị Hạnh, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết, toàn tỉnh hiện có trên 430.000 tín đồ các tôn giáo, chiếm khoảng 22% dân số; trong đó Công giáo có 118 giáo xứ, Phật giáo có 674 chùa. Năm 2011, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 37-KH/TU ngày 14/4/2011 về thực hiện Chỉ thị số 01/2005/CT-TTg của Thủ tướng Chính phủ về một số công tác đối với đạo Tin lành, đồng thời hướng dẫn các huyện ủy sơ kết Chỉ thị 16, 17-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Công giáo.
Các chức sắc, chức việc đã tích cực vận động giáo dân tham gia phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; đóng góp trên 11,5 tỷ đồng làm đường giao thông nông thôn, hiến 3.200 m2 đất. Nhiều giáo xứ ở huyện Hải Hậu, Giao Thủy được công nhận đạt tiêu chuẩn "Giáo xứ văn hóa".
Tại hội nghị, Linh mục Giuse Phạm Văn Thiện, Quản xứ giáo xứ Kiên Lao, xã Xuân Kiên, bày tỏ vui mừng trước sự quan tâm của cấp ủy, chính quyền; Đại đức Thích Minh Tuệ, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị tiếp tục tạo điều kiện để các chùa tu sửa cơ sở thờ tự. Ông Đặng Văn Lục, Trưởng ban hành giáo giáo xứ Quần Phương, thị trấn Yên Định, kiến nghị sớm giải quyết 7 vụ việc về đất đai liên quan cơ sở tôn giáo.
Phát biểu kết luận, đồng chí Trần Quang Dũng ghi nhận những đóng góp của chức sắc, chức việc và đồng bào các tôn giáo; đề nghị tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 12/3/2003 của BCH Trung ương về công tác tôn giáo, sống "tốt đời, đẹp đạo". Các cấp ủy cần tăng cường tiếp xúc, đối thoại, giải quyết dứt điểm kiến nghị chính đáng của giáo dân.
Dịp này, UBND tỉnh tặng bằng khen cho 15 tập thể và 32 cá nhân là chức sắc, chức việc có thành tích trong phong trào thi đua yêu nước. Đồng chí Lê Văn Bình, Phó Chủ tịch UBND tỉnh trao thưởng.
Minh Hằng
Lượt xem: 1.204
Tin liên quan
- Giao Thủy: gặp mặt ban hành giáo các giáo xứ (12/12/2011)
- Hội nghị công tác dân vận vùng giáo năm 2011 (30/11/2011)
- Ban Dân vận Tỉnh ủy làm việc với Tòa Giám mục (15/11/2011)
- Hải Hậu có 9 giáo xứ văn hóa (02/11/2011)
""", "2011-12-20", "Gặp mặt chức sắc, chức việc tôn giáo tiêu biểu năm 2011",
E("hoi_nghi", "2011", "2011-12-19"),
[P("Trần Quang Dũng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Thị Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giuse Phạm Văn Thiện", "Linh mục", "Quản xứ giáo xứ Kiên Lao"),
 P("Thích Minh Tuệ", "Đại đức", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Đặng Văn Lục", "Trưởng ban hành giáo giáo xứ Quần Phương"),
 P("Lê Văn Bình", "Phó Chủ tịch UBND tỉnh")],
[Q("215 đại biểu", 215, "đại biểu"), Q("trên 430.000 tín đồ", 430000, "tín đồ", "over"),
 Q("khoảng 22%", 22, "%", "approx"), Q("118 giáo xứ", 118, "giáo xứ"), Q("674 chùa", 674, "chùa"),
 Q("trên 11,5 tỷ đồng", 11500000000, "đồng", "over"), Q("3.200 m2", 3200, "m2"),
 Q("7 vụ việc về đất đai", 7, "vụ việc về đất đai"), Q("15 tập thể", 15, "tập thể"), Q("32 cá nhân", 32, "cá nhân")],
[D("Kế hoạch", "37", "KH/TU", "2011-04-14", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 37-KH/TU ngày 14/4/2011"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 01/2005/CT-TTg"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU"),
 D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 12/3/2003")],
[prov("Nam Định"), com("Xuân Kiên"), com("Yên Định")],
["BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ > Tin tức > Công tác tôn giáo",
 "Ảnh: Quang cảnh buổi gặp mặt.", "Đồng chí Trần Quang Dũng phát biểu tại buổi gặp mặt.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Giáo xứ văn hóa", "tốt đời, đẹp đạo", "Lượt xem: 1.204"],
["Thứ Ba, 20/12/2011 - 16:45", "năm 2011", "Lượt xem: 1.204"]))

PAGES.append(page("b5886-angiang-mttq-tongket-tongiao-2012", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh An Giang
Bạn đang ở: Trang chủ » Hoạt động Mặt trận » Dân tộc - Tôn giáo
Cập nhật: 09:40, 28/12/2012 (GMT+7)
Mặt trận tỉnh gặp gỡ hơn 300 chức sắc, chức việc các tôn giáo
Ngày 27/12, Ủy ban MTTQ Việt Nam tỉnh An Giang tổ chức hội nghị tổng kết công tác vận động đồng bào các tôn giáo năm 2012, kết hợp gặp mặt chức sắc, chức việc tiêu biểu. Tham dự có hơn 300 chức sắc, chức việc đại diện Phật giáo Hòa Hảo, Phật giáo, Công giáo, Cao Đài, Hồi giáo và Tin lành.
Toàn cảnh hội nghị. Ảnh: Hữu Nghĩa
Theo báo cáo, năm 2012 Mặt trận các cấp đã phối hợp với 16 tổ chức tôn giáo vận động tín đồ đóng góp xây dựng 87 căn nhà Đại đoàn kết, trị giá trên 2,6 tỷ đồng; các cơ sở tôn giáo tổ chức 142 điểm nấu cơm từ thiện tại bệnh viện và nhà trường. Ban Đại diện Phật giáo Hòa Hảo vận động xây dựng 35 cây cầu bê tông nông thôn với tổng kinh phí 9,8 tỷ đồng.
Ủy ban MTTQ tỉnh đã triển khai Nghị quyết liên tịch số 03/NQLT-MTTW-BNV ngày 20/6/2012 và ký Quy chế phối hợp số 12/QCPH-MTTQ-BDVTU với Ban Dân vận Tỉnh ủy về vận động chức sắc, chức việc. Đồng thời phối hợp thực hiện Kế hoạch 28, 29-KH/TU của Tỉnh ủy về công tác vận động đồng bào Chăm theo đạo Hồi và đồng bào Khmer.
Tại hội nghị, ông Huỳnh Văn Nhì, Phó Trưởng ban Thường trực Ban Trị sự Trung ương Phật giáo Hòa Hảo, cho biết 98% gia đình tín đồ ở các xã Hòa Lạc, Phú Thành đạt gia đình văn hóa. Hakim Ahmad Sa Li, Trưởng ban đại diện cộng đồng Hồi giáo tỉnh, và Thượng tọa Chau Sóc Khon, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam huyện Tri Tôn, đề nghị tiếp tục hỗ trợ đào tạo chữ Khmer, chữ Chăm cho con em đồng bào.
Nhiều ý kiến cho rằng việc phối hợp giữa Mặt trận với các tổ chức tôn giáo ở một số nơi còn mang tính thời vụ, chủ yếu vào dịp lễ, Tết; công tác nắm tình hình tư tưởng tín đồ ở vùng biên giới chưa thường xuyên. Một số chức việc đề nghị Mặt trận tổ chức thêm các buổi tọa đàm giữa các tôn giáo để chia sẻ kinh nghiệm làm từ thiện xã hội, chăm lo người nghèo, người già neo đơn.
Phát biểu tổng kết, bà Nguyễn Thị Kim Loan, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị các chức sắc, chức việc tiếp tục hướng dẫn tín đồ thực hiện phương châm "Đạo pháp - Dân tộc - Chủ nghĩa xã hội", tham gia cuộc vận động "Ngày vì người nghèo". Năm 2013, Mặt trận phấn đấu vận động ít nhất 100 căn nhà Đại đoàn kết cho hộ nghèo đồng bào tôn giáo.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 24 tập thể và 41 cá nhân. Các ông Lê Văn Tân, Trần Thanh Phong - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao bằng khen cho các chức sắc.
Hữu Nghĩa
Tin khác
- Châu Phú: gặp mặt 120 chức sắc, chức việc (20/12/2012)
- Thăm, chúc mừng Lễ Giáng sinh năm 2012 (19/12/2012)
- Tri Tôn tổng kết công tác vận động đồng bào Khmer (10/12/2012)
- Phú Tân: 15 căn nhà Đại đoàn kết cho tín đồ nghèo (28/11/2012)
""", "2012-12-28", "Mặt trận tỉnh gặp gỡ hơn 300 chức sắc, chức việc các tôn giáo",
E("tong_ket", "2012", "2012-12-27"),
[P("Huỳnh Văn Nhì", "Phó Trưởng ban Thường trực Ban Trị sự Trung ương Phật giáo Hòa Hảo"),
 P("Ahmad Sa Li", "Hakim", "Trưởng ban đại diện cộng đồng Hồi giáo tỉnh"),
 P("Chau Sóc Khon", "Thượng tọa", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam huyện Tri Tôn"),
 P("Nguyễn Thị Kim Loan", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Tân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thanh Phong", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 300 chức sắc, chức việc", 300, "chức sắc, chức việc", "over"), Q("16 tổ chức tôn giáo", 16, "tổ chức tôn giáo"),
 Q("87 căn nhà Đại đoàn kết", 87, "căn nhà Đại đoàn kết"), Q("trên 2,6 tỷ đồng", 2600000000, "đồng", "over"),
 Q("142 điểm nấu cơm từ thiện", 142, "điểm nấu cơm từ thiện"), Q("35 cây cầu bê tông nông thôn", 35, "cây cầu bê tông nông thôn"),
 Q("9,8 tỷ đồng", 9800000000, "đồng"), Q("98%", 98, "%"),
 Q("ít nhất 100 căn nhà Đại đoàn kết", 100, "căn nhà Đại đoàn kết", "over"),
 Q("24 tập thể", 24, "tập thể"), Q("41 cá nhân", 41, "cá nhân")],
[D("Nghị quyết liên tịch", "03", "NQLT-MTTW-BNV", "2012-06-20", None, "Nghị quyết liên tịch số 03/NQLT-MTTW-BNV ngày 20/6/2012"),
 D("Quy chế phối hợp", "12", "QCPH-MTTQ-BDVTU", None, None, "Quy chế phối hợp số 12/QCPH-MTTQ-BDVTU"),
 D("Kế hoạch", "28", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 28, 29-KH/TU"),
 D("Kế hoạch", "29", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 28, 29-KH/TU")],
[prov("An Giang"), com("Hòa Lạc"), com("Phú Thành")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh An Giang", "Bạn đang ở: Trang chủ » Hoạt động Mặt trận » Dân tộc - Tôn giáo",
 "Toàn cảnh hội nghị. Ảnh: Hữu Nghĩa", "Đạo pháp - Dân tộc - Chủ nghĩa xã hội", "Ngày vì người nghèo", "Phật giáo Hòa Hảo"],
["Cập nhật: 09:40, 28/12/2012 (GMT+7)", "năm 2012", "Năm 2013"]))

PAGES.append(page("b5887-gialai-bdv-thamtangqua-giangsinh-2013", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị » Xã hội » Dân tộc - Tôn giáo
08:20 | 23/12/2013
Đồng chí Ksor Y Thanh (thứ 2 từ trái sang) tặng quà Hội thánh Tin lành Việt Nam (miền Nam) chi hội Plei Ring.
Lãnh đạo tỉnh thăm, tặng quà chức sắc Tin lành, Công giáo dịp Giáng sinh
(GLO) - Ngày 22/12, đoàn công tác của Tỉnh ủy do đồng chí Ksor Y Thanh, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh làm trưởng đoàn đã đến thăm, chúc mừng Lễ Giáng sinh năm 2013 và tặng quà Tòa Giám mục Kon Tum tại Gia Lai cùng các chi hội Tin lành trên địa bàn thành phố Pleiku và huyện Chư Păh.
Cùng đi có đồng chí Rơ Châm Đinh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Khánh, Siu H'Năm.
Tại chi hội Tin lành Plei Ring, xã Ia Kênh, Mục sư Rah Lan Thưởng, Quản nhiệm chi hội, báo cáo chi hội hiện có 1.150 tín đồ, trong đó 86% là đồng bào Jrai; năm 2013, tín đồ đã đóng góp 140 ngày công và 35 triệu đồng sửa đường vào làng. Tại giáo xứ Thánh Tâm, Linh mục Phaolô Nguyễn Hữu Tín, Quản xứ, cho biết giáo xứ đã nhận đỡ đầu 25 học sinh nghèo.
Đồng chí Ksor Y Thanh gửi lời chúc mừng Giáng sinh an lành đến các chức sắc và đồng bào; đề nghị các chức sắc tiếp tục vận động tín đồ thực hiện tốt Nghị định số 92/2012/NĐ-CP ngày 8/11/2012 của Chính phủ quy định chi tiết Pháp lệnh tín ngưỡng, tôn giáo, không nghe theo kẻ xấu tham gia tổ chức "Tin lành Đê Ga". Đồng chí cũng nhắc lại Chỉ thị số 23-CT/TU ngày 5/3/2012 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động quần chúng vùng đồng bào dân tộc thiểu số theo đạo Tin lành.
Dịp này, đoàn trao 12 suất quà, mỗi suất trị giá 2 triệu đồng, cho các chi hội, giáo xứ và 40 phần quà cho tín đồ nghèo. Theo kế hoạch, từ ngày 20 đến 25/12, các đoàn của tỉnh sẽ thăm 46 cơ sở tôn giáo với tổng giá trị quà trên 150 triệu đồng.
Ông Nay Blum, người có uy tín làng Plei Ring, cho biết bà con phấn khởi vì cấp ủy, chính quyền luôn quan tâm tới đời sống đồng bào theo đạo.
Theo Ban Dân vận Tỉnh ủy, những năm gần đây tình hình các tôn giáo trên địa bàn cơ bản ổn định; các chức sắc, chức việc Tin lành đã chủ động đăng ký sinh hoạt, nhiều chi hội phối hợp với chính quyền vận động tín đồ bỏ tập tục lạc hậu, không để kẻ xấu lôi kéo vượt biên trái phép. Tuy vậy, ở một số làng vùng sâu vẫn còn hiện tượng sinh hoạt tôn giáo tự phát, cần tiếp tục tăng cường công tác vận động quần chúng.
Trong chuyến thăm, đoàn công tác cũng đến chúc mừng Linh mục Giuse Đinh Văn Thạch, Quản xứ giáo xứ Plei Chuét, và thăm hỏi gia đình một số tín đồ có hoàn cảnh khó khăn ở xã Chư Á.
Văn Ngọc
Lượt đọc: 642
Tin liên quan
- Chư Sê: gặp mặt chức sắc, chức việc Tin lành (18/12/2013)
- Trao 200 suất quà cho tín đồ nghèo (12/12/2013)
- Ia Grai vận động đồng bào bỏ tà đạo (05/12/2013)
- Giao ban công tác dân vận quý IV/2013 (28/11/2013)
""", "2013-12-23", "Lãnh đạo tỉnh thăm, tặng quà chức sắc Tin lành, Công giáo dịp Giáng sinh",
E("trao_qua", None, "2013-12-22"),
[P("Ksor Y Thanh", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Rơ Châm Đinh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Khánh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Siu H'Năm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rah Lan Thưởng", "Mục sư", "Quản nhiệm chi hội"),
 P("Phaolô Nguyễn Hữu Tín", "Linh mục", "Quản xứ"),
 P("Nay Blum", "người có uy tín làng Plei Ring"),
 P("Giuse Đinh Văn Thạch", "Linh mục", "Quản xứ giáo xứ Plei Chuét")],
[Q("1.150 tín đồ", 1150, "tín đồ"), Q("86%", 86, "%"), Q("140 ngày công", 140, "ngày công"),
 Q("35 triệu đồng", 35000000, "đồng"), Q("25 học sinh nghèo", 25, "học sinh nghèo"),
 Q("12 suất quà", 12, "suất quà"), Q("2 triệu đồng", 2000000, "đồng"), Q("40 phần quà", 40, "phần quà"),
 Q("46 cơ sở tôn giáo", 46, "cơ sở tôn giáo"), Q("trên 150 triệu đồng", 150000000, "đồng", "over")],
[D("Nghị định", "92", "2012/NĐ-CP", "2012-11-08", "Chính phủ", "Nghị định số 92/2012/NĐ-CP ngày 8/11/2012"),
 D("Chỉ thị", "23", "CT/TU", "2012-03-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 23-CT/TU ngày 5/3/2012")],
[prov("Gia Lai"), com("Ia Kênh"), com("Chư Á")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị » Xã hội » Dân tộc - Tôn giáo",
 "Đồng chí Ksor Y Thanh (thứ 2 từ trái sang) tặng quà Hội thánh Tin lành Việt Nam (miền Nam) chi hội Plei Ring.",
 "(GLO)", "Tin lành Đê Ga", "Pháp lệnh tín ngưỡng, tôn giáo", "Lượt đọc: 642"],
["08:20 | 23/12/2013", "năm 2013", "Lượt đọc: 642", "thứ 2"]))

PAGES.append(page("b5888-thuathienhue-bdv-soket-tongiao-2014", """
Báo Thừa Thiên Huế Online
Trang chủ / Chính trị / Dân vận
Thứ Năm, 10/07/2014 09:15
Sơ kết 6 tháng công tác vận động chức sắc, chức việc Phật giáo
Sáng 9/7, Ban Dân vận Tỉnh ủy Thừa Thiên Huế tổ chức hội nghị sơ kết công tác dân vận đối với tôn giáo 6 tháng đầu năm 2014, kết hợp gặp mặt đại diện Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh và chức sắc, chức việc các tôn giáo. Đồng chí Hồ Thị Thu Trang, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Các đại biểu dự hội nghị sơ kết.
Báo cáo cho biết, 6 tháng qua, Ban Dân vận Tỉnh ủy đã phối hợp tổ chức 18 buổi đối thoại với chức sắc, chức việc; nắm tình hình ở 152 cơ sở thờ tự. Thực hiện Kết luận số 57-KL/TW ngày 8/3/2013 của Ban Bí thư về tiếp tục thực hiện Chỉ thị 37-CT/TW, Ban đã tham mưu Tỉnh ủy ban hành Kế hoạch số 112-KH/TU về công tác vận động đồng bào có đạo giai đoạn 2014 - 2016. Ban Tôn giáo - Sở Nội vụ đã giải quyết 23/27 hồ sơ đề nghị sửa chữa, cải tạo cơ sở thờ tự.
Dịp Đại lễ Phật đản Phật lịch 2558, các cấp ủy đã thăm, chúc mừng 47 chùa, niệm Phật đường; trên 1.500 đoàn viên thanh niên tham gia giữ gìn trật tự tại các điểm hành lễ. Các chùa đã tổ chức khám bệnh, cấp thuốc miễn phí cho khoảng 4.600 lượt người.
Phát biểu tại hội nghị, Hòa thượng Thích Nguyên Tịnh, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị chính quyền quan tâm giải quyết đất đai cho chùa Từ Quang, phường Thủy Xuân. Linh mục Phêrô Trần Văn Khanh, Chánh xứ giáo xứ Phủ Cam, phường Phước Vĩnh, và Thượng tọa Thích Quảng Nhật, Chánh Thư ký Ban Trị sự, cùng chia sẻ những khó khăn trong quản lý các hoạt động tôn giáo tại gia.
Kết luận hội nghị, đồng chí Hồ Thị Thu Trang đề nghị 6 tháng cuối năm tập trung triển khai Chỉ thị số 07-CT/TU ngày 22/5/2014 của Ban Thường vụ Tỉnh ủy về công tác tôn giáo trong tình hình mới; nắm chắc tình hình, vận động các chức sắc phát huy vai trò trong xây dựng khối đại đoàn kết; chủ động phòng ngừa các hoạt động lợi dụng tôn giáo. Đồng chí Nguyễn Đình Hòa, Phó Trưởng Ban Dân vận Tỉnh ủy, triển khai kế hoạch gặp mặt chức sắc nhân dịp Vu Lan.
Các đại biểu cũng thảo luận về việc nâng cao chất lượng hoạt động của tổ dân vận ở các phường có đông đồng bào theo đạo; thống nhất cần tăng cường tiếp xúc, lắng nghe chức sắc, chức việc thường xuyên chứ không chỉ vào dịp lễ lớn. Nhiều ý kiến đề nghị các cơ quan chức năng sớm hoàn thiện hồ sơ về đất đai của các cơ sở tôn giáo, tránh để kéo dài gây bức xúc trong tín đồ.
Đông Văn
Lượt truy cập: 3.219
Tin liên quan
- Phú Vang: 100% chùa đăng ký hoạt động (30/06/2014)
- Đại lễ Phật đản Phật lịch 2558 trang nghiêm, an toàn (14/05/2014)
- Gặp mặt linh mục, tu sĩ Tổng giáo phận Huế (20/04/2014)
""", "2014-07-10", "Sơ kết 6 tháng công tác vận động chức sắc, chức việc Phật giáo",
E("so_ket", "2014-H1", "2014-07-09"),
[P("Hồ Thị Thu Trang", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thích Nguyên Tịnh", "Hòa thượng", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Phêrô Trần Văn Khanh", "Linh mục", "Chánh xứ giáo xứ Phủ Cam"),
 P("Thích Quảng Nhật", "Thượng tọa", "Chánh Thư ký Ban Trị sự"),
 P("Nguyễn Đình Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("18 buổi đối thoại", 18, "buổi đối thoại"), Q("152 cơ sở thờ tự", 152, "cơ sở thờ tự"),
 Q("23/27 hồ sơ", 23, "hồ sơ"), Q("47 chùa, niệm Phật đường", 47, "chùa, niệm Phật đường"),
 Q("trên 1.500 đoàn viên thanh niên", 1500, "đoàn viên thanh niên", "over"),
 Q("khoảng 4.600 lượt người", 4600, "lượt người", "approx")],
[D("Kết luận", "57", "KL/TW", "2013-03-08", "Ban Bí thư", "Kết luận số 57-KL/TW ngày 8/3/2013"),
 D("Chỉ thị", "37", "CT/TW", None, None, "Chỉ thị 37-CT/TW"),
 D("Kế hoạch", "112", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 112-KH/TU"),
 D("Chỉ thị", "07", "CT/TU", "2014-05-22", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU ngày 22/5/2014")],
[prov("Thừa Thiên Huế"), com("Thủy Xuân"), com("Phước Vĩnh")],
["Báo Thừa Thiên Huế Online", "Trang chủ / Chính trị / Dân vận", "Các đại biểu dự hội nghị sơ kết.",
 "Đại lễ Phật đản Phật lịch 2558", "Ban Tôn giáo - Sở Nội vụ", "Lượt truy cập: 3.219"],
["Thứ Năm, 10/07/2014 09:15", "6 tháng đầu năm 2014", "6 tháng cuối năm", "Phật lịch 2558", "giai đoạn 2014 - 2016", "6 tháng qua", "Lượt truy cập: 3.219"]))

PAGES.append(page("b5889-soctrang-myxuyen-doithoai-susai-2015", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN MỸ XUYÊN - TỈNH SÓC TRĂNG
Vị trí: Trang chủ :: Tin tức - Sự kiện :: Dân tộc - Tôn giáo
Ngày đăng 08/04/2015 | 14:30
Đồng chí Lâm Văn Thươl (đứng) phát biểu tại buổi đối thoại.
Mỹ Xuyên: Đối thoại với sư sãi, chức sắc Phật giáo Nam tông Khmer
Ngày 7/4, Huyện ủy Mỹ Xuyên (tỉnh Sóc Trăng) tổ chức buổi đối thoại với chức sắc, chức việc tôn giáo năm 2015, tập trung vào sư sãi, achar các chùa Phật giáo Nam tông Khmer trên địa bàn huyện. Chủ trì đối thoại có đồng chí Lâm Văn Thươl, Bí thư Huyện ủy, Chủ tịch HĐND huyện và đồng chí Huỳnh Văn Đực, Phó Bí thư, Chủ tịch UBND huyện.
Huyện Mỹ Xuyên hiện có 21 chùa Phật giáo Nam tông Khmer với 486 vị sư sãi, 2 chùa Phật giáo Bắc tông và 1 giáo xứ Công giáo; đồng bào Khmer chiếm 46,7% dân số. Năm 2014, các chùa đã mở 38 lớp dạy chữ Khmer hè cho 1.240 học sinh; sư sãi, achar vận động nhân dân đóng góp hơn 1,3 tỷ đồng xây dựng 11 cây cầu và 6,4 km đường giao thông.
Tại buổi đối thoại, Đại đức Lý Sươl, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam huyện, trụ trì chùa Tắc Gồng, xã Gia Hòa 1, đề nghị hỗ trợ kinh phí sửa chữa trường dạy giáo lý Pali. Achar Thạch Sa Rát, Trưởng ban quản trị chùa Bưng Tum, xã Tham Đôn, phản ánh 4 hộ Khmer nghèo chưa được cấp giấy chứng nhận quyền sử dụng đất. Sư cả Kim Ngọc Sa Phon, Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện, kiến nghị tăng định mức hỗ trợ hằng tháng cho sư sãi.
Trả lời các kiến nghị, đồng chí Huỳnh Văn Đực cho biết, huyện đang triển khai Quyết định số 2561/QĐ-TTg của Thủ tướng Chính phủ và Nghị quyết số 05-NQ/HU ngày 15/1/2015 của Ban Chấp hành Đảng bộ huyện về phát triển kinh tế - xã hội vùng đồng bào Khmer; năm 2015 sẽ dành 850 triệu đồng sửa chữa 5 trường dạy giáo lý. Hội Đoàn kết sư sãi yêu nước được hỗ trợ 300.000 đồng/tháng cho mỗi vị sư cả.
Phát biểu kết luận, đồng chí Lâm Văn Thươl ghi nhận 25 kiến nghị của chức sắc, chức việc; trong đó 19 kiến nghị được trả lời trực tiếp tại buổi đối thoại, số còn lại giao các phòng, ban chuyên môn giải quyết trước ngày 30/6. Đồng chí đề nghị các chùa tiếp tục thực hiện Chỉ thị 68-CT/TW của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer.
Dịp Tết cổ truyền Chôl Chnăm Thmây năm 2015, huyện chuẩn bị 1.200 phần quà cho hộ nghèo Khmer.
Theo đánh giá của Ban Dân vận Huyện ủy, thời gian qua sư sãi, achar các chùa đã phát huy tốt vai trò cầu nối giữa cấp ủy, chính quyền với đồng bào; nhiều chùa trở thành trung tâm sinh hoạt văn hóa cộng đồng của phum, sóc. Huyện ủy xác định đối thoại định kỳ là cách làm thiết thực để lắng nghe tâm tư, nguyện vọng của chức sắc, chức việc và giải quyết kịp thời những vướng mắc từ cơ sở.
Thạch Sô Phia
Tin liên quan
- Hội nghị người có uy tín huyện Mỹ Xuyên năm 2015 (25/03/2015)
- Thăm, chúc Tết Chôl Chnăm Thmây tại xã Hòa Tú 1 (02/04/2014)
- Sóc Trăng: 92 chùa Khmer đạt chùa văn hóa (18/03/2015)
""", "2015-04-08", "Mỹ Xuyên: Đối thoại với sư sãi, chức sắc Phật giáo Nam tông Khmer",
E("doi_thoai", "2015", "2015-04-07"),
[P("Lâm Văn Thươl", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Huỳnh Văn Đực", "Phó Bí thư", "Chủ tịch UBND huyện"),
 P("Lý Sươl", "Đại đức", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam huyện", "trụ trì chùa Tắc Gồng"),
 P("Thạch Sa Rát", "Achar", "Trưởng ban quản trị chùa Bưng Tum"),
 P("Kim Ngọc Sa Phon", "Sư cả", "Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện")],
[Q("21 chùa Phật giáo Nam tông Khmer", 21, "chùa Phật giáo Nam tông Khmer"), Q("486 vị sư sãi", 486, "vị sư sãi"),
 Q("2 chùa Phật giáo Bắc tông", 2, "chùa Phật giáo Bắc tông"), Q("46,7%", 46.7, "%"),
 Q("38 lớp dạy chữ Khmer hè", 38, "lớp dạy chữ Khmer hè"), Q("1.240 học sinh", 1240, "học sinh"),
 Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("11 cây cầu", 11, "cây cầu"), Q("6,4 km", 6.4, "km"),
 Q("4 hộ Khmer nghèo", 4, "hộ Khmer nghèo"), Q("850 triệu đồng", 850000000, "đồng"), Q("5 trường dạy giáo lý", 5, "trường dạy giáo lý"),
 Q("300.000 đồng/tháng", 300000, "đồng"), Q("25 kiến nghị", 25, "kiến nghị"), Q("19 kiến nghị", 19, "kiến nghị"),
 Q("1.200 phần quà", 1200, "phần quà")],
[D("Quyết định", "2561", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2561/QĐ-TTg"),
 D("Nghị quyết", "05", "NQ/HU", "2015-01-15", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 05-NQ/HU ngày 15/1/2015"),
 D("Chỉ thị", "68", "CT/TW", None, "Ban Bí thư", "Chỉ thị 68-CT/TW")],
[prov("Sóc Trăng"), com("Gia Hòa 1"), com("Tham Đôn")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN MỸ XUYÊN - TỈNH SÓC TRĂNG", "Vị trí: Trang chủ :: Tin tức - Sự kiện :: Dân tộc - Tôn giáo",
 "Đồng chí Lâm Văn Thươl (đứng) phát biểu tại buổi đối thoại.", "Hội Đoàn kết sư sãi yêu nước", "Chôl Chnăm Thmây"],
["Ngày đăng 08/04/2015 | 14:30", "năm 2015", "Năm 2014", "ngày 30/6", "Tết cổ truyền Chôl Chnăm Thmây năm 2015", "1 giáo xứ Công giáo"]))

PAGES.append(page("b5890-ninhbinh-kimchinh-giaoban-giaoho-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ KIM CHÍNH - HUYỆN KIM SƠN
Trang chủ >> Tin tức - Sự kiện >> Hoạt động Đảng ủy
28-09-2016 10:20
Đảng ủy xã Kim Chính giao ban quý III với chức việc các giáo họ
Chiều 27/9/2016, Đảng ủy xã Kim Chính, huyện Kim Sơn, tỉnh Ninh Bình tổ chức hội nghị giao ban công tác dân vận quý III/2016 với ban hành giáo các giáo họ, gặp mặt chức sắc, chức việc trong xã. Đồng chí Phạm Văn Tường, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; dự có Linh mục Đaminh Vũ Đình Hiệu, Chánh xứ giáo xứ Chất Thành cùng 34 trưởng, phó ban hành giáo của 9 giáo họ.
Quang cảnh hội nghị giao ban quý III.
Đồng chí Đinh Thị Mận, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã báo cáo: quý III, toàn xã có 2.870 hộ với 9.912 nhân khẩu, trong đó 87% là giáo dân. Thực hiện Kế hoạch số 14-KH/ĐU ngày 10/7/2016 của Đảng ủy xã, các giáo họ đã vận động nhân dân hiến 1.850 m2 đất, góp 420 triệu đồng và 1.300 ngày công làm 2,8 km đường trục xóm. 15 hộ nghèo giáo dân được vay vốn với tổng số tiền 375 triệu đồng.
Xã đã thực hiện Nghị quyết 08, 09-NQ/ĐU của Đảng ủy xã về xây dựng nông thôn mới và về công tác dân vận vùng giáo; giải quyết 6/7 đơn thư của công dân. Dịp Tết Trung thu, các giáo họ phối hợp Đoàn Thanh niên tặng 210 suất quà Trung thu cho thiếu nhi.
Tại hội nghị, ông Trần Văn Khuyến, Trưởng ban hành giáo giáo họ Tùng Thiện, và ông Vũ Văn Sinh, Phó ban hành giáo giáo họ Đông Tây, đề nghị xã sớm nâng cấp tuyến đường xóm 8; ông Phạm Đức Thành, Trưởng xóm kiêm Trưởng ban công tác Mặt trận xóm 5, phản ánh tình trạng nước thải làng nghề cói.
Linh mục Đaminh Vũ Đình Hiệu cảm ơn cấp ủy, chính quyền và khẳng định giáo xứ sẽ tiếp tục động viên giáo dân "kính Chúa, yêu nước", tham gia phong trào "Chung sức xây dựng nông thôn mới".
Kết luận hội nghị, đồng chí Phạm Văn Tường yêu cầu quý IV/2016 các đoàn thể phối hợp chặt chẽ với ban hành giáo, phấn đấu đến hết năm có trên 90% hộ giáo dân đạt gia đình văn hóa; hoàn thành 100% chỉ tiêu thu quỹ "Vì người nghèo". Ông Lê Văn Quý, Phó Chủ tịch UBND xã, được giao trả lời bằng văn bản các kiến nghị trước ngày 15/10.
Theo đánh giá của Đảng ủy, mối quan hệ giữa cấp ủy, chính quyền với linh mục, ban hành giáo ngày càng gắn bó; các giáo họ đã chủ động thông báo lịch sinh hoạt tôn giáo, phối hợp giữ gìn an ninh trật tự trong các dịp lễ trọng. Tuy nhiên, việc tuyên truyền pháp luật đến giáo dân ở các xóm ven biển còn hạn chế, một số thanh niên chưa tích cực tham gia sinh hoạt đoàn thể.
Ban Biên tập
Số lượt truy cập: 48.715
Tin khác
- Giao ban công tác dân vận quý II/2016 (29/06/2016)
- Xã Kim Chính ra mắt mô hình "Xóm đạo văn minh" (15/06/2016)
- Gặp mặt các linh mục nhân dịp Giáng sinh 2015 (22/12/2015)
""", "2016-09-28", "Đảng ủy xã Kim Chính giao ban quý III với chức việc các giáo họ",
E("giao_ban", "2016-Q3", "2016-09-27"),
[P("Phạm Văn Tường", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Đaminh Vũ Đình Hiệu", "Linh mục", "Chánh xứ giáo xứ Chất Thành"),
 P("Đinh Thị Mận", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Trần Văn Khuyến", "Trưởng ban hành giáo giáo họ Tùng Thiện"),
 P("Vũ Văn Sinh", "Phó ban hành giáo giáo họ Đông Tây"),
 P("Phạm Đức Thành", "Trưởng xóm kiêm Trưởng ban công tác Mặt trận xóm 5"),
 P("Lê Văn Quý", "Phó Chủ tịch UBND xã")],
[Q("34 trưởng, phó ban hành giáo", 34, "trưởng, phó ban hành giáo"), Q("9 giáo họ", 9, "giáo họ"),
 Q("2.870 hộ", 2870, "hộ"), Q("9.912 nhân khẩu", 9912, "nhân khẩu"), Q("87%", 87, "%"),
 Q("1.850 m2", 1850, "m2"), Q("420 triệu đồng", 420000000, "đồng"), Q("1.300 ngày công", 1300, "ngày công"),
 Q("2,8 km", 2.8, "km"), Q("15 hộ nghèo giáo dân", 15, "hộ nghèo giáo dân"), Q("375 triệu đồng", 375000000, "đồng"),
 Q("6/7 đơn thư", 6, "đơn thư"), Q("210 suất quà Trung thu", 210, "suất quà"),
 Q("trên 90%", 90, "%", "over"), Q("100%", 100, "%")],
[D("Kế hoạch", "14", "KH/ĐU", "2016-07-10", "Đảng ủy xã", "Kế hoạch số 14-KH/ĐU ngày 10/7/2016"),
 D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 08, 09-NQ/ĐU"),
 D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 08, 09-NQ/ĐU")],
[prov("Ninh Bình"), com("Kim Chính")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ KIM CHÍNH - HUYỆN KIM SƠN", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động Đảng ủy",
 "Quang cảnh hội nghị giao ban quý III.", "kính Chúa, yêu nước", "Chung sức xây dựng nông thôn mới", "Vì người nghèo",
 "Số lượt truy cập: 48.715"],
["28-09-2016 10:20", "quý III/2016", "quý IV/2016", "xóm 8", "xóm 5", "Số lượt truy cập: 48.715", "ngày 15/10"]))
