from lib import *
PAGES = []

PAGES.append(page("b4325-namdinh-conggiao-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH
Trang chủ » Hoạt động dân vận » Công tác tôn giáo
Thứ Năm, 29/12/2011 - 16:20
Ảnh: Quang cảnh hội nghị tổng kết.
Nam Định: tổng kết công tác vận động đồng bào Công giáo năm 2011
Ngày 27/12, Ban Dân vận Tỉnh ủy Nam Định tổ chức hội nghị tổng kết công tác vận động đồng bào Công giáo năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Trần Thị Thu Hiền, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có 63 đồng chí là trưởng ban dân vận, chủ tịch Ủy ban MTTQ các huyện, thành phố và đại diện Ủy ban Đoàn kết Công giáo tỉnh.
Toàn tỉnh hiện có trên 440.000 giáo dân, chiếm khoảng 22% dân số, sinh hoạt tại 2 giáo phận với 178 giáo xứ. Năm qua, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 17, 18-CT/TU về công tác đối với đạo Công giáo trong tình hình mới và về xây dựng hệ thống chính trị ở cơ sở vùng giáo; phối hợp hướng dẫn thực hiện Nghị định số 22/2005/NĐ-CP của Chính phủ và kế hoạch số 36-KH/BDVTU ngày 10/3/2011 của Ban Dân vận Tỉnh ủy về xây dựng "Giáo họ, giáo xứ văn hóa".
Đến nay có 1.246 gia đình Công giáo đạt danh hiệu gia đình văn hóa, tăng 312 gia đình so với năm 2010; 46 giáo họ được công nhận "Giáo họ tiêu biểu". Đồng bào Công giáo đóng góp hơn 3,5 tỷ đồng xây dựng đường giao thông nông thôn, hiến trên 12.000 m2 đất làm đường xóm.
Tại hội nghị, đồng chí Vũ Văn Khang, HUV, Trưởng Ban Dân vận Huyện ủy Hải Hậu, chia sẻ kinh nghiệm phối hợp với các cha xứ giải quyết 7 vụ việc tranh chấp đất đai liên quan cơ sở thờ tự. Ông Giuse Đoàn Văn Lợi, Chủ tịch Ủy ban Đoàn kết Công giáo huyện Giao Thủy, đề nghị quan tâm xây dựng cơ sở hạ tầng ở các xã ven biển như Giao Thịnh, Giao Xuân.
Đồng chí Lê Quang Vinh, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết vẫn còn 9 vụ việc phức tạp về đất đai, xây dựng tại các giáo xứ chưa giải quyết dứt điểm, chủ yếu ở thành phố Nam Định và các xã Xuân Ngọc, Hải Lý.
Phát biểu kết luận, đồng chí Trần Thị Thu Hiền đề nghị năm 2012 tiếp tục thực hiện Chỉ thị số 1940/CT-TTg ngày 31/12/2008 của Thủ tướng Chính phủ về nhà, đất liên quan đến tôn giáo; phát huy phong trào "Sống tốt đời, đẹp đạo"; chủ động thăm hỏi các chức sắc nhân dịp lễ Giáng sinh.
Hội nghị cũng nghe đồng chí Nguyễn Thị Lý, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, quán triệt kế hoạch kiểm tra năm 2012 tại 10 huyện, thành phố.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể và 24 cá nhân có thành tích trong công tác vận động đồng bào Công giáo.
Ngọc Lan
Lượt xem: 1.204
Tin liên quan
- Hải Hậu: gặp mặt chức sắc Công giáo dịp Giáng sinh (20/12/2011)
- Giao Thủy ra mắt 3 mô hình "Giáo họ bình yên" (02/12/2011)
- Sơ kết công tác dân vận vùng ven biển (15/11/2011)
""", "2011-12-29", "Nam Định: tổng kết công tác vận động đồng bào Công giáo năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Trần Thị Thu Hiền", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Văn Khang", "HUV", "Trưởng Ban Dân vận Huyện ủy Hải Hậu"),
 P("Giuse Đoàn Văn Lợi", "Chủ tịch Ủy ban Đoàn kết Công giáo huyện Giao Thủy"),
 P("Lê Quang Vinh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Lý", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy")],
[Q("63 đồng chí", 63, "đồng chí"), Q("trên 440.000 giáo dân", 440000, "giáo dân", "over"), Q("khoảng 22%", 22, "%", "approx"),
 Q("2 giáo phận", 2, "giáo phận"), Q("178 giáo xứ", 178, "giáo xứ"), Q("1.246 gia đình Công giáo", 1246, "gia đình Công giáo"),
 Q("312 gia đình", 312, "gia đình"), Q("46 giáo họ", 46, "giáo họ"), Q("hơn 3,5 tỷ đồng", 3500000000, "đồng", "over"),
 Q("trên 12.000 m2", 12000, "m2", "over"), Q("7 vụ việc tranh chấp đất đai", 7, "vụ việc tranh chấp đất đai"),
 Q("9 vụ việc phức tạp về đất đai, xây dựng", 9, "vụ việc phức tạp về đất đai, xây dựng"),
 Q("10 huyện, thành phố", 10, "huyện, thành phố"), Q("15 tập thể", 15, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Kế hoạch", "36", "KH/BDVTU", "2011-03-10", "Ban Dân vận Tỉnh ủy", "kế hoạch số 36-KH/BDVTU ngày 10/3/2011"),
 D("Nghị định", "22", "2005/NĐ-CP", None, "Chính phủ", "Nghị định số 22/2005/NĐ-CP"),
 D("Chỉ thị", "1940", "CT-TTg", "2008-12-31", "Thủ tướng Chính phủ", "Chỉ thị số 1940/CT-TTg ngày 31/12/2008")],
[prov("Nam Định"), com("Giao Thịnh"), com("Giao Xuân"), com("Xuân Ngọc"), com("Hải Lý")],
["BAN DÂN VẬN TỈNH ỦY NAM ĐỊNH", "Trang chủ » Hoạt động dân vận » Công tác tôn giáo", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Sống tốt đời, đẹp đạo", "Giáo họ, giáo xứ văn hóa", "Giáo họ tiêu biểu", "Lượt xem: 1.204", "Ủy ban Đoàn kết Công giáo tỉnh"],
["Thứ Năm, 29/12/2011 - 16:20", "63 đồng chí", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b4326-ninhbinh-giangsinh-traoqua-2012", """
Cổng thông tin điện tử tỉnh Ninh Bình
Trang chủ > Tin tức - Sự kiện > Hoạt động lãnh đạo tỉnh
Cập nhật: 09:42, 22/12/2012 (GMT+7)
Lãnh đạo tỉnh thăm, chúc mừng Giáng sinh Tòa Giám mục Phát Diệm
Nhân dịp lễ Giáng sinh năm 2012, chiều 21/12, đoàn công tác của tỉnh do đồng chí Đinh Văn Khuê, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh làm trưởng đoàn đã đến thăm, chúc mừng Tòa Giám mục Phát Diệm và tặng quà các gia đình giáo dân nghèo tại huyện Kim Sơn.
Cùng đi có các đồng chí: Nguyễn Thị Bích Thủy, Phạm Quang Nghiêm - Ủy viên Ban Thường vụ Tỉnh ủy; đồng chí Bùi Văn Mạnh, Trưởng Ban Tôn giáo tỉnh.
Đồng chí Đinh Văn Khuê tặng quà Tòa Giám mục Phát Diệm. Ảnh: Anh Tuấn
Tại Tòa Giám mục, đồng chí Đinh Văn Khuê gửi lời chúc mừng tới Đức cha Phêrô Trần Văn Lộc, Giám mục Giáo phận Phát Diệm, cùng các linh mục, tu sĩ và hơn 150.000 giáo dân trong giáo phận. Đồng chí thông báo năm 2012 kinh tế của tỉnh tăng trưởng khoảng 12%; toàn tỉnh đã có 38 xã đạt từ 10 tiêu chí nông thôn mới trở lên, trong đó nhiều xã vùng giáo như Kim Chính, Lưu Phương. Đồng bào Công giáo đã tích cực hưởng ứng cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", hiến hơn 8.000 m2 đất mở rộng đường liên xã.
Thay mặt giáo phận, Lm. Giuse Phạm Văn Thi, Tổng Đại diện Giáo phận Phát Diệm, cảm ơn sự quan tâm của lãnh đạo tỉnh, khẳng định sẽ tiếp tục vận động bà con giáo dân sống "tốt đời, đẹp đạo", chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước.
Cùng ngày, đoàn đã đến thăm giáo xứ Phát Diệm, giáo xứ Lưu Phương và trao 200 suất quà, mỗi suất trị giá 500.000 đồng, cho các gia đình giáo dân có hoàn cảnh khó khăn ở thị trấn Phát Diệm và xã Kim Chính. Tổng giá trị quà tặng hơn 100 triệu đồng do Ủy ban MTTQ tỉnh và các doanh nghiệp hỗ trợ. Linh mục Đaminh Vũ Đình Khoan, Chánh xứ giáo xứ Phát Diệm, cho biết năm qua giáo xứ có 96% hộ giáo dân đạt gia đình văn hóa.
Theo Ban Tôn giáo tỉnh, năm 2012 các giáo xứ trong tỉnh đã mở 14 lớp giáo lý hôn nhân gắn với tuyên truyền pháp luật cho gần 2.000 thanh niên Công giáo; 27 nhà thờ, nhà nguyện được cấp phép tu sửa đúng quy định, không phát sinh điểm nóng về đất đai tôn giáo. Các nhóm bác ái của giáo phận đã nấu 36.000 suất cơm miễn phí cho bệnh nhân nghèo tại Bệnh viện đa khoa tỉnh.
Trước đó, ngày 19/12, đồng chí Phạm Quang Nghiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh đã thăm, chúc mừng một số giáo xứ thuộc huyện Yên Mô, Hoa Lư và tặng 80 suất quà cho giáo dân nghèo.
Hồng Minh
Số lượt đọc: 2.315
Tin khác
- Ninh Bình: gặp mặt chức sắc tôn giáo nhân dịp năm mới (18/12/2012)
- Kim Sơn tổng kết phong trào "Sống tốt đời, đẹp đạo" (05/12/2012)
- Hội nghị công tác tôn giáo năm 2012 (29/11/2012)
- Yên Khánh: giáo xứ Tri Chỉ góp sức làm đường giao thông nông thôn (15/11/2012)
""", "2012-12-22", "Lãnh đạo tỉnh thăm, chúc mừng Giáng sinh Tòa Giám mục Phát Diệm",
E("trao_qua", None, "2012-12-21"),
[P("Đinh Văn Khuê", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Thị Bích Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy"),
 P("Phạm Quang Nghiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"),
 P("Bùi Văn Mạnh", "Trưởng Ban Tôn giáo tỉnh"),
 P("Phêrô Trần Văn Lộc", "Đức cha", "Giám mục Giáo phận Phát Diệm"),
 P("Giuse Phạm Văn Thi", "Lm.", "Tổng Đại diện Giáo phận Phát Diệm"),
 P("Đaminh Vũ Đình Khoan", "Linh mục", "Chánh xứ giáo xứ Phát Diệm")],
[Q("hơn 150.000 giáo dân", 150000, "giáo dân", "over"), Q("khoảng 12%", 12, "%", "approx"), Q("38 xã", 38, "xã"),
 Q("hơn 8.000 m2", 8000, "m2", "over"), Q("200 suất quà", 200, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("hơn 100 triệu đồng", 100000000, "đồng", "over"), Q("96%", 96, "%"), Q("14 lớp giáo lý hôn nhân", 14, "lớp giáo lý hôn nhân"),
 Q("gần 2.000 thanh niên Công giáo", 2000, "thanh niên Công giáo", "approx"), Q("27 nhà thờ, nhà nguyện", 27, "nhà thờ, nhà nguyện"),
 Q("36.000 suất cơm", 36000, "suất cơm"), Q("80 suất quà", 80, "suất quà")],
[],
[prov("Ninh Bình"), com("Kim Chính"), com("Lưu Phương"), com("Phát Diệm")],
["Cổng thông tin điện tử tỉnh Ninh Bình", "Trang chủ > Tin tức - Sự kiện > Hoạt động lãnh đạo tỉnh",
 "Đồng chí Đinh Văn Khuê tặng quà Tòa Giám mục Phát Diệm. Ảnh: Anh Tuấn", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Số lượt đọc: 2.315", "Tòa Giám mục Phát Diệm"],
["Cập nhật: 09:42, 22/12/2012 (GMT+7)", "Giáng sinh năm 2012", "10 tiêu chí", "Số lượt đọc: 2.315"]))

PAGES.append(page("b4327-thaibinh-giaohovanhoa-soket-2013", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI BÌNH
Tin tức | Hoạt động Mặt trận | Đoàn kết tôn giáo
17/07/2013 - 10:05
Toàn cảnh hội nghị sơ kết.
Sơ kết mô hình "Giáo xứ bình yên" ở Tiền Hải
Sáng 16/7, Ủy ban MTTQ huyện Tiền Hải phối hợp với Ban Dân vận Huyện ủy tổ chức hội nghị sơ kết 6 tháng đầu năm 2013 thực hiện mô hình "Giáo xứ bình yên, gia đình hạnh phúc". Dự hội nghị có đồng chí Nguyễn Hồng Điệp, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Bí thư Huyện ủy Tiền Hải: Phạm Văn Sinh, Đặng Thị Hoa; cùng 11 linh mục chánh xứ và 86 ông trùm, chủ tịch hội đồng mục vụ các giáo xứ, giáo họ.
Huyện Tiền Hải có 41.650 giáo dân, chiếm gần 20% dân số, sinh hoạt ở 23 giáo xứ, 117 giáo họ. Thực hiện kế hoạch số 52-KH/HU ngày 12/01/2013 của Ban Thường vụ Huyện ủy và Hướng dẫn 03, 04-HD/MTTQ của Ban Thường trực Ủy ban MTTQ huyện, sau 6 tháng đã có 14 giáo xứ đăng ký xây dựng mô hình, vượt 4 giáo xứ so với chỉ tiêu. Các giáo xứ đã vận động 1.120 lượt giáo dân tham gia tuần tra, 95 hộ gia đình hiến đất mở rộng đường làng với tổng diện tích 3.600 m2; quỹ "Bác ái" của các giáo xứ giúp đỡ 62 hộ nghèo với số tiền 310 triệu đồng.
Giáo xứ Nam Đồng, xã Nam Hà được đánh giá là điểm sáng: 100% gia đình giáo dân ký cam kết không vi phạm pháp luật, không có đơn thư vượt cấp. Ông Phanxicô Trần Văn Đệ, trùm trưởng giáo xứ Nam Đồng, cho biết hội đồng mục vụ đã phối hợp với chi bộ thôn hòa giải thành 5 vụ mâu thuẫn trong giáo dân.
Tại hội nghị, Linh mục Vinhsơn Nguyễn Ngọc Thăng, Quản xứ giáo xứ Trà Vi, đề nghị chính quyền sớm giải quyết thủ tục cấp phép sửa chữa nhà thờ giáo họ Trà Lý ở xã Đông Trà. Đồng chí Bùi Đức Tâm, Chủ tịch UBND xã Đông Trà, tiếp thu và hứa hoàn thành hồ sơ trong quý III.
Bên cạnh kết quả, hội nghị chỉ ra một số hạn chế: việc phối hợp giữa chi bộ thôn với hội đồng mục vụ ở một số giáo họ chưa thường xuyên; còn 3 giáo họ tự ý xây dựng, cơi nới công trình phụ trợ khi chưa được cấp phép; việc sinh hoạt của Ban công tác Mặt trận ở khu dân cư vùng giáo còn hình thức. Đại diện Ban Dân vận Tỉnh ủy tỉnh Thái Bình, bà Lưu Thị Xuân, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền, đánh giá Tiền Hải là huyện đầu tiên trong tỉnh triển khai mô hình đồng bộ ở cả 35 xã, thị trấn; đề nghị các xã Đông Minh, Nam Thịnh sớm ra mắt mô hình ở giáo họ còn lại.
Kết luận hội nghị, đồng chí Phạm Văn Sinh đề nghị nhân rộng mô hình ra ít nhất 20 giáo xứ vào cuối năm 2013.
Văn Thịnh
Lượt truy cập: 3.478
Tin liên quan
- Kiến Xương: ra mắt mô hình "Giáo họ văn hóa" (02/07/2013)
- Thái Bình: 92% gia đình Công giáo đạt gia đình văn hóa (20/06/2013)
- Vũ Thư gặp mặt linh mục, ông trùm các giáo xứ (11/06/2013)
- Hội nghị giao ban công tác Mặt trận vùng giáo quý II (28/05/2013)
""", "2013-07-17", "Sơ kết mô hình \"Giáo xứ bình yên\" ở Tiền Hải",
E("so_ket", "2013-H1", "2013-07-16"),
[P("Nguyễn Hồng Điệp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Sinh", "Phó Bí thư Huyện ủy Tiền Hải"), P("Đặng Thị Hoa", "Phó Bí thư Huyện ủy Tiền Hải"),
 P("Phanxicô Trần Văn Đệ", "trùm trưởng giáo xứ Nam Đồng"),
 P("Vinhsơn Nguyễn Ngọc Thăng", "Linh mục", "Quản xứ giáo xứ Trà Vi"),
 P("Bùi Đức Tâm", "Chủ tịch UBND xã Đông Trà"),
 P("Lưu Thị Xuân", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền")],
[Q("11 linh mục chánh xứ", 11, "linh mục chánh xứ"), Q("86 ông trùm, chủ tịch hội đồng mục vụ", 86, "ông trùm, chủ tịch hội đồng mục vụ"),
 Q("41.650 giáo dân", 41650, "giáo dân"), Q("gần 20%", 20, "%", "approx"), Q("23 giáo xứ", 23, "giáo xứ"), Q("117 giáo họ", 117, "giáo họ"),
 Q("14 giáo xứ", 14, "giáo xứ"), Q("4 giáo xứ", 4, "giáo xứ"), Q("1.120 lượt giáo dân", 1120, "lượt giáo dân"),
 Q("95 hộ gia đình", 95, "hộ gia đình"), Q("3.600 m2", 3600, "m2"), Q("62 hộ nghèo", 62, "hộ nghèo"),
 Q("310 triệu đồng", 310000000, "đồng"), Q("100%", 100, "%"), Q("5 vụ mâu thuẫn", 5, "vụ mâu thuẫn"),
 Q("3 giáo họ", 3, "giáo họ"), Q("35 xã, thị trấn", 35, "xã, thị trấn"), Q("ít nhất 20 giáo xứ", 20, "giáo xứ", "over")],
[D("Kế hoạch", "52", "KH/HU", "2013-01-12", "Ban Thường vụ Huyện ủy", "kế hoạch số 52-KH/HU ngày 12/01/2013"),
 D("Hướng dẫn", "03", "HD/MTTQ", None, "Ban Thường trực Ủy ban MTTQ huyện", "Hướng dẫn 03, 04-HD/MTTQ"),
 D("Hướng dẫn", "04", "HD/MTTQ", None, "Ban Thường trực Ủy ban MTTQ huyện", "Hướng dẫn 03, 04-HD/MTTQ")],
[prov("Thái Bình"), com("Nam Hà"), com("Đông Trà"), com("Đông Minh"), com("Nam Thịnh")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THÁI BÌNH", "Tin tức | Hoạt động Mặt trận | Đoàn kết tôn giáo", "Toàn cảnh hội nghị sơ kết.",
 "Giáo xứ bình yên, gia đình hạnh phúc", "Bác ái", "Lượt truy cập: 3.478"],
["17/07/2013 - 10:05", "6 tháng đầu năm 2013", "6 tháng", "Lượt truy cập: 3.478"]))

PAGES.append(page("b4328-nghean-doithoai-datnhatho-2014", """
BÁO NGHỆ AN ĐIỆN TỬ
Thời sự » Chính trị » Dân vận
08:15 | 24/09/2014
Ảnh: Quang cảnh buổi đối thoại tại nhà văn hóa xóm 5.
Hưng Nguyên: đối thoại với giáo dân về tranh chấp đất quanh nhà thờ
(Baonghean) - Ngày 23/9, UBND huyện Hưng Nguyên tổ chức buổi đối thoại trực tiếp với hơn 300 giáo dân giáo xứ Kẻ Gai về việc sử dụng 2.450 m2 đất giáp khuôn viên nhà thờ tại xã Hưng Thịnh. Đây là cuộc đối thoại thứ hai trong năm 2014 theo Quyết định số 2756/QĐ-UBND ngày 12/8/2014 của UBND huyện về tổ chức đối thoại với nhân dân vùng giáo.
Chủ trì đối thoại có đồng chí Nguyễn Văn Tuấn, HUV, Phó Chủ tịch UBND huyện Hưng Nguyên; dự có đồng chí Hồ Thị Thanh, Phó Trưởng Ban Dân vận Tỉnh ủy Nghệ An; đồng chí Võ Hải Đăng, Phó Trưởng ban Tôn giáo Sở Nội vụ; Linh mục Antôn Lê Đình Hội, Chánh xứ giáo xứ Kẻ Gai cùng 12 thành viên Hội đồng mục vụ.
Theo báo cáo của UBND xã Hưng Thịnh, khu đất trên do hợp tác xã quản lý từ năm 1978, nay giáo xứ đề nghị được giao lại để mở rộng sân nhà thờ và xây nhà giáo lý. Từ đầu năm, xã đã tiếp nhận 4 đơn kiến nghị của giáo xứ; một số giáo dân đã tự ý dựng tường rào trên khoảng 300 m2 đất.
Tại buổi đối thoại, 17 ý kiến của bà con được nêu lên. Ông Phêrô Nguyễn Văn Lương, Chủ tịch Hội đồng mục vụ giáo xứ Kẻ Gai, đề nghị huyện công khai hồ sơ địa chính; bà Maria Trần Thị Huệ, giáo dân xóm 5, phản ánh việc chậm cấp giấy chứng nhận quyền sử dụng đất cho 26 hộ giáo dân.
Đồng chí Nguyễn Văn Tuấn giải thích rõ quy định tại Luật Đất đai năm 2013 và Nghị định 43/2014/NĐ-CP của Chính phủ, khẳng định huyện sẽ lập phương án giao 1.200 m2 cho giáo xứ theo đúng quy hoạch, phần còn lại dùng làm sân thể thao chung của xóm. Huyện cũng giao UBND xã hoàn thành cấp giấy chứng nhận cho 26 hộ trước ngày 30/11.
Linh mục Antôn Lê Đình Hội cảm ơn chính quyền đã lắng nghe, cam kết vận động giáo dân tháo dỡ tường rào, không tụ tập đông người. Đồng chí Hồ Thị Thanh đề nghị Ban Dân vận Huyện ủy tiếp tục nắm tình hình, thực hiện tốt Chỉ thị số 03-CT/TU ngày 15/4/2011 của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Công giáo.
Được biết, năm 2014 trên địa bàn huyện Hưng Nguyên còn 6 vụ việc liên quan đến đất đai cơ sở tôn giáo; đến nay đã giải quyết xong 2 vụ. Toàn tỉnh có khoảng 280.000 giáo dân thuộc 2 giáo phận Vinh và Hưng Hóa, trong đó vùng giáo ven đô thành phố Vinh có nhiều dự án đang giải phóng mặt bằng, cần làm tốt công tác dân vận ngay từ khi lập quy hoạch.
Phong Quang
Lượt xem: 2.087
Tin liên quan
- Nghi Lộc: vận động giáo dân hiến đất làm đường (15/09/2014)
- Xây dựng "xứ họ đạo văn hóa" ở Quỳnh Lưu (04/09/2014)
""", "2014-09-24", "Hưng Nguyên: đối thoại với giáo dân về tranh chấp đất quanh nhà thờ",
E("doi_thoai", "2014", "2014-09-23"),
[P("Nguyễn Văn Tuấn", "HUV", "Phó Chủ tịch UBND huyện Hưng Nguyên"),
 P("Hồ Thị Thanh", "Phó Trưởng Ban Dân vận Tỉnh ủy Nghệ An"),
 P("Võ Hải Đăng", "Phó Trưởng ban Tôn giáo Sở Nội vụ"),
 P("Antôn Lê Đình Hội", "Linh mục", "Chánh xứ giáo xứ Kẻ Gai"),
 P("Phêrô Nguyễn Văn Lương", "Chủ tịch Hội đồng mục vụ giáo xứ Kẻ Gai"),
 P("Maria Trần Thị Huệ", "giáo dân xóm 5")],
[Q("hơn 300 giáo dân", 300, "giáo dân", "over"), Q("2.450 m2", 2450, "m2"), Q("12 thành viên", 12, "thành viên"),
 Q("4 đơn kiến nghị", 4, "đơn kiến nghị"), Q("khoảng 300 m2", 300, "m2", "approx"), Q("17 ý kiến", 17, "ý kiến"),
 Q("26 hộ giáo dân", 26, "hộ giáo dân"), Q("1.200 m2", 1200, "m2"), Q("6 vụ việc", 6, "vụ việc"), Q("2 vụ", 2, "vụ"),
 Q("khoảng 280.000 giáo dân", 280000, "giáo dân", "approx"), Q("2 giáo phận", 2, "giáo phận")],
[D("Quyết định", "2756", "QĐ-UBND", "2014-08-12", "UBND huyện", "Quyết định số 2756/QĐ-UBND ngày 12/8/2014"),
 D("Nghị định", "43", "2014/NĐ-CP", None, "Chính phủ", "Nghị định 43/2014/NĐ-CP"),
 D("Chỉ thị", "03", "CT/TU", "2011-04-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 15/4/2011")],
[prov("Nghệ An"), com("Hưng Thịnh")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Thời sự » Chính trị » Dân vận", "Ảnh: Quang cảnh buổi đối thoại tại nhà văn hóa xóm 5.", "(Baonghean)",
 "Luật Đất đai năm 2013", "Lượt xem: 2.087"],
["08:15 | 24/09/2014", "năm 1978", "năm 2014", "Lượt xem: 2.087"]))

PAGES.append(page("b4329-hatinh-vunggiao-giaoban-2015", """
Ban Dân vận Tỉnh ủy Hà Tĩnh - Trang thông tin điện tử
Bạn đang ở: Trang chủ / Tin tức / Dân vận các cấp
Hôm nay: Thứ Hai, 19/10/2015
Ngày đăng 16/10/2015 | 14:20
Giao ban khối dân vận: tập trung nắm tình hình vùng giáo
Chiều 15/10, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận các huyện vùng giáo để đánh giá kết quả công tác quý III và triển khai nhiệm vụ quý IV năm 2015. Đồng chí Nguyễn Thị Hoài Nam, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Đồng chí Nguyễn Thị Hoài Nam phát biểu chỉ đạo giao ban.
Báo cáo tại giao ban cho thấy, trong quý III, các huyện Cẩm Xuyên, Kỳ Anh, Đức Thọ, Hương Khê đã tổ chức 27 cuộc tiếp xúc, gặp mặt chức sắc, chức việc Công giáo; vận động 318 hộ giáo dân bàn giao mặt bằng cho dự án đường tránh quốc lộ 1A. Tuy nhiên, tại xã Kỳ Lợi và xã Kỳ Phương vẫn còn khoảng 40 hộ giáo dân chưa đồng thuận với phương án bồi thường, di dời 2 nhà nguyện giáo họ.
Thực hiện Kết luận 45, 46-KL/TU của Ban Thường vụ Tỉnh ủy về công tác đối với đạo Công giáo và về giải quyết các vụ việc tồn đọng ở Khu kinh tế Vũng Áng, các ngành đã phối hợp đối thoại 9 lần với giáo dân; giải quyết dứt điểm 11/15 đơn thư. Ban Dân vận Tỉnh ủy cũng ban hành công văn số 214-CV/BDVTU ngày 02/9/2015 hướng dẫn các huyện xây dựng "Giáo xứ văn hóa, an toàn" gắn với thực hiện Nghị quyết số 25-NQ/TW ngày 12/3/2003 của BCH Trung ương khóa IX về công tác tôn giáo.
Tại giao ban, các đồng chí Trưởng Ban Dân vận Huyện ủy: Trần Đình Lục (Kỳ Anh), Lê Thị Tuyết (Cẩm Xuyên), Phan Văn Nam (Đức Thọ) đã trao đổi cách làm trong vận động giáo dân. Đồng chí Lê Thị Tuyết cho biết, huyện Cẩm Xuyên đã phối hợp với Linh mục Gioan Baotixita Nguyễn Văn Thông, Quản hạt Cẩm Xuyên, vận động các giáo xứ ủng hộ 150 triệu đồng cho quỹ "Vì người nghèo"; 4 giáo xứ nhận đỡ đầu 32 học sinh nghèo vượt khó.
Đồng chí Võ Văn Tuấn, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, lưu ý dịp kỷ niệm, lễ trọng cuối năm các giáo xứ thường tổ chức rước kiệu lớn, có thể thu hút khoảng 6.000 người, cần phối hợp bảo đảm an ninh trật tự.
Kết luận giao ban, đồng chí Nguyễn Thị Hoài Nam yêu cầu trong quý IV, mỗi huyện vùng giáo xây dựng ít nhất 1 mô hình "Dân vận khéo" trong vùng đồng bào Công giáo; tổ chức tốt các đoàn thăm, chúc mừng lễ Giáng sinh; giải quyết dứt điểm 4 đơn thư còn tồn đọng trước ngày 15/12/2015.
Hà Phương
Lượt xem: 654
Các tin khác
- Thạch Hà: sơ kết 5 năm mô hình "Xứ họ đạo bình yên" (09/10/2015)
- Ban Dân vận Tỉnh ủy làm việc với Tòa Giám mục Giáo phận Vinh (28/09/2015)
- Kỳ Anh: gặp mặt người có uy tín trong vùng giáo (18/09/2015)
""", "2015-10-16", "Giao ban khối dân vận: tập trung nắm tình hình vùng giáo",
E("giao_ban", "2015-Q3", "2015-10-15"),
[P("Nguyễn Thị Hoài Nam", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Đình Lục", "Trưởng Ban Dân vận Huyện ủy"), P("Lê Thị Tuyết", "Trưởng Ban Dân vận Huyện ủy"),
 P("Phan Văn Nam", "Trưởng Ban Dân vận Huyện ủy"),
 P("Gioan Baotixita Nguyễn Văn Thông", "Linh mục", "Quản hạt Cẩm Xuyên"),
 P("Võ Văn Tuấn", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy")],
[Q("27 cuộc tiếp xúc, gặp mặt", 27, "cuộc tiếp xúc, gặp mặt"), Q("318 hộ giáo dân", 318, "hộ giáo dân"),
 Q("khoảng 40 hộ giáo dân", 40, "hộ giáo dân", "approx"), Q("2 nhà nguyện", 2, "nhà nguyện"), Q("9 lần", 9, "lần"),
 Q("11/15 đơn thư", 11, "đơn thư"), Q("150 triệu đồng", 150000000, "đồng"), Q("4 giáo xứ", 4, "giáo xứ"),
 Q("32 học sinh nghèo vượt khó", 32, "học sinh nghèo vượt khó"), Q("khoảng 6.000 người", 6000, "người", "approx"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("4 đơn thư", 4, "đơn thư")],
[D("Kết luận", "45", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU"),
 D("Kết luận", "46", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU"),
 D("Công văn", "214", "CV/BDVTU", "2015-09-02", "Ban Dân vận Tỉnh ủy", "công văn số 214-CV/BDVTU ngày 02/9/2015"),
 D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 12/3/2003")],
[prov("Hà Tĩnh"), com("Kỳ Lợi"), com("Kỳ Phương")],
["Ban Dân vận Tỉnh ủy Hà Tĩnh - Trang thông tin điện tử", "Bạn đang ở: Trang chủ / Tin tức / Dân vận các cấp",
 "Đồng chí Nguyễn Thị Hoài Nam phát biểu chỉ đạo giao ban.", "Giáo xứ văn hóa, an toàn", "Vì người nghèo", "Dân vận khéo",
 "Lượt xem: 654", "Khu kinh tế Vũng Áng"],
["Hôm nay: Thứ Hai, 19/10/2015", "quý III", "quý IV năm 2015", "quốc lộ 1A", "khóa IX", "Lượt xem: 654"]))

PAGES.append(page("b4330-thanhhoa-doanketconggiao-daihoi-2016", """
BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thời sự | Chính trị | Mặt trận - Đoàn thể
Thứ Sáu, 25/11/2016 - 07:30
Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Đại hội đại biểu những người Công giáo Việt Nam xây dựng và bảo vệ Tổ quốc tỉnh Thanh Hóa lần thứ VI
Ngày 24/11, tại Hội trường 25B, Ủy ban Đoàn kết Công giáo (UBĐKCG) tỉnh Thanh Hóa long trọng tổ chức Đại hội đại biểu những người Công giáo Việt Nam xây dựng và bảo vệ Tổ quốc tỉnh lần thứ VI, nhiệm kỳ 2016 - 2021. Về dự có 185 đại biểu là linh mục, tu sĩ, giáo dân tiêu biểu đại diện cho hơn 156.000 đồng bào Công giáo trong tỉnh.
Dự đại hội có các đồng chí: Lê Văn Tùng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Phạm Thị Thanh Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; Linh mục Giuse Nguyễn Văn Thọ, Phó Chủ tịch Ủy ban Đoàn kết Công giáo Việt Nam.
Nhiệm kỳ 2011 - 2016, UBĐKCG các cấp đã vận động đồng bào Công giáo tham gia tích cực phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh": hiến hơn 46.000 m2 đất, đóng góp 28,6 tỷ đồng và trên 95.000 ngày công làm đường, kênh mương. Toàn tỉnh có 92,5% gia đình Công giáo đạt gia đình văn hóa; 61 giáo xứ, 214 giáo họ giữ vững danh hiệu xứ, họ đạo văn hóa. Các dòng tu, giáo xứ đã mở 38 lớp học tình thương, 12 nhóm trẻ mầm non, tổ chức khám, cấp thuốc miễn phí cho hơn 20.000 lượt người.
Phát biểu chỉ đạo, đồng chí Lê Văn Tùng ghi nhận những đóng góp của đội ngũ linh mục, ông trùm, chánh trương các giáo xứ; đề nghị nhiệm kỳ tới tiếp tục thực hiện Chỉ thị số 18-CT/TW ngày 10/1/2008 của Ban Bí thư về tiếp tục đẩy mạnh thực hiện Nghị quyết 25 về công tác tôn giáo và Kế hoạch 101, 102-KH/TU của Ban Thường vụ Tỉnh ủy; chủ động nắm tình hình, giải quyết kịp thời kiến nghị về đất đai, xây dựng cơ sở thờ tự.
Đại hội đã hiệp thương cử 45 vị vào UBĐKCG tỉnh khóa VI. Linh mục Phaolô Trịnh Văn Ngọ, Chánh xứ giáo xứ Ba Làng, phường Hải Thanh, được tín nhiệm giữ chức Chủ tịch UBĐKCG tỉnh; các vị Phó Chủ tịch UBĐKCG tỉnh: ông Đaminh Mai Xuân Hòa, bà Têrêsa Lê Thị Liên, Linh mục Giuse Hoàng Đức Lân. Đại hội cũng bầu 14 đại biểu đi dự Đại hội toàn quốc lần thứ VI.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 8 tập thể, 17 cá nhân tiêu biểu, trong đó có giáo xứ Công Luận, xã Nga Giáp và giáo xứ Thạch Thành, xã Thành Vân.
Minh Hiếu
Lượt xem: 1.132
Tin liên quan
- Nga Sơn: đại hội UBĐKCG huyện nhiệm kỳ 2016 - 2021 (10/10/2016)
- Giáo xứ Phúc Lãng chung tay xây dựng nông thôn mới (22/09/2016)
- Thanh Hóa gặp mặt chức sắc Công giáo nhân dịp Quốc khánh (01/09/2016)
""", "2016-11-25", "Đại hội đại biểu những người Công giáo Việt Nam xây dựng và bảo vệ Tổ quốc tỉnh Thanh Hóa lần thứ VI",
E("dai_hoi", None, "2016-11-24"),
[P("Lê Văn Tùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Thanh Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Giuse Nguyễn Văn Thọ", "Linh mục", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo Việt Nam"),
 P("Phaolô Trịnh Văn Ngọ", "Linh mục", "Chánh xứ giáo xứ Ba Làng", "Chủ tịch UBĐKCG tỉnh"),
 P("Đaminh Mai Xuân Hòa", "Phó Chủ tịch UBĐKCG tỉnh"), P("Têrêsa Lê Thị Liên", "Phó Chủ tịch UBĐKCG tỉnh"),
 P("Giuse Hoàng Đức Lân", "Linh mục", "Phó Chủ tịch UBĐKCG tỉnh")],
[Q("185 đại biểu", 185, "đại biểu"), Q("hơn 156.000 đồng bào Công giáo", 156000, "đồng bào Công giáo", "over"),
 Q("hơn 46.000 m2", 46000, "m2", "over"), Q("28,6 tỷ đồng", 28600000000, "đồng"), Q("trên 95.000 ngày công", 95000, "ngày công", "over"),
 Q("92,5%", 92.5, "%"), Q("61 giáo xứ", 61, "giáo xứ"), Q("214 giáo họ", 214, "giáo họ"), Q("38 lớp học tình thương", 38, "lớp học tình thương"),
 Q("12 nhóm trẻ mầm non", 12, "nhóm trẻ mầm non"), Q("hơn 20.000 lượt người", 20000, "lượt người", "over"), Q("45 vị", 45, "vị"),
 Q("14 đại biểu", 14, "đại biểu"), Q("8 tập thể", 8, "tập thể"), Q("17 cá nhân tiêu biểu", 17, "cá nhân tiêu biểu")],
[D("Chỉ thị", "18", "CT/TW", "2008-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/1/2008"),
 D("Nghị quyết", "25", None, None, None, "Nghị quyết 25"),
 D("Kế hoạch", "101", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 101, 102-KH/TU"),
 D("Kế hoạch", "102", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 101, 102-KH/TU")],
[prov("Thanh Hóa"), com("Hải Thanh"), com("Nga Giáp"), com("Thành Vân")],
["BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Thời sự | Chính trị | Mặt trận - Đoàn thể",
 "Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Hội trường 25B", "Lượt xem: 1.132"],
["Thứ Sáu, 25/11/2016 - 07:30", "lần thứ VI", "nhiệm kỳ 2016 - 2021", "Nhiệm kỳ 2011 - 2016", "khóa VI", "Lượt xem: 1.132"]))
