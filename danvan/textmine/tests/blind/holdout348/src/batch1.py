from lib import *
PAGES = []

PAGES.append(page("b8309-hue-phatgiao-bepcom-tongket-2011", """
BAN TRỊ SỰ GIÁO HỘI PHẬT GIÁO VIỆT NAM TỈNH THỪA THIÊN HUẾ
Trang chủ » Phật sự » Từ thiện xã hội
Thứ Tư, 28/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị.
Ban Từ thiện xã hội Phật giáo tỉnh tổng kết công tác năm 2011
Sáng 26/12/2011, tại chùa Từ Quang, Ban Từ thiện xã hội Ban Trị sự GHPGVN tỉnh Thừa Thiên Huế tổ chức hội nghị tổng kết công tác từ thiện xã hội năm 2011, triển khai chương trình năm 2012. Thượng tọa Thích Quảng Tuệ, Phó Trưởng ban Trị sự, Trưởng ban Từ thiện xã hội Phật giáo tỉnh chủ trì hội nghị. Dự có bà Nguyễn Thị Ánh Nguyệt, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và ông Hồ Văn Cẩn, Phó Trưởng Ban Tôn giáo tỉnh.
Ni sư Thích Nữ Diệu Hòa phát biểu tại hội nghị.
Theo báo cáo, năm 2011, 3 bếp cơm từ thiện do các chùa, tịnh thất duy trì tại Bệnh viện Trung ương Huế đã phát 486.000 suất cơm, cháo miễn phí cho bệnh nhân nghèo và người nhà, tăng 12% so với năm 2010. Riêng bếp cơm do Ni sư Thích Nữ Diệu Hòa, trụ trì chùa Diệu Hạnh phụ trách phục vụ bình quân 1.300 suất mỗi ngày. Các niệm Phật đường trong tỉnh đã góp trên 40 tấn gạo cùng nhiều rau củ, đậu phụ cho các bếp.
Tổng giá trị hoạt động từ thiện xã hội của Phật giáo tỉnh năm 2011 ước đạt 18,6 tỷ đồng, trong đó riêng các bếp ăn chiếm khoảng 7,2 tỷ đồng. Ban đã triển khai Kế hoạch số 05, 06/KH-TTXH của Ban Từ thiện xã hội về vận động tài trợ bếp ăn và về chăm lo bệnh nhân chạy thận; phối hợp thực hiện Quyết định số 1379/QĐ-UBND ngày 18/7/2011 của UBND tỉnh về công nhận các tổ chức từ thiện tham gia hỗ trợ người bệnh.
Các Đại đức Thích Minh Pháp, Thích Tâm Hải - Phó ban Từ thiện xã hội Phật giáo tỉnh cho biết, khó khăn lớn nhất là mặt bằng nấu ăn chật hẹp, nhiều hôm phải xếp hàng từ 5 giờ sáng. Đại diện Bệnh viện Trung ương Huế, bác sĩ Lê Đình Khoa, Trưởng phòng Công tác xã hội, đề nghị các bếp ăn ghi chép nguồn gốc thực phẩm, lưu mẫu thức ăn hằng ngày.
Phát biểu tại hội nghị, bà Nguyễn Thị Ánh Nguyệt ghi nhận những đóng góp của tăng ni, phật tử, đề nghị tiếp tục hưởng ứng cuộc vận động "Ngày vì người nghèo" và gắn hoạt động bếp ăn với phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Năm 2012, Ban đặt mục tiêu mở thêm 2 bếp ăn tại Bệnh viện Đa khoa tỉnh và Trung tâm Y tế huyện Phong Điền.
Dịp này, Ban Trị sự tặng bằng tuyên dương công đức cho 14 tập thể và 37 cá nhân; bà Trần Thị Lài ở phường Thuận Thành được tuyên dương vì 10 năm liên tục nấu cháo phát cho bệnh nhân.
Minh Đức
Tin liên quan
- Chùa Diệu Hạnh trao 500 suất quà cho bệnh nhân nghèo (20/12/2011)
- Phật giáo Phú Vang khánh thành nhà tình thương (12/12/2011)
- Ra mắt bếp cơm xã Phú Thượng (30/11/2011)
- Lễ Vu Lan báo hiếu tại các chùa trong tỉnh (15/08/2011)
""", "2011-12-28", "Ban Từ thiện xã hội Phật giáo tỉnh tổng kết công tác năm 2011",
E("tong_ket", "2011", "2011-12-26"),
[P("Thích Quảng Tuệ", "Thượng tọa", "Phó Trưởng ban Trị sự", "Trưởng ban Từ thiện xã hội Phật giáo tỉnh"),
 P("Nguyễn Thị Ánh Nguyệt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Cẩn", "Phó Trưởng Ban Tôn giáo tỉnh"),
 P("Thích Nữ Diệu Hòa", "Ni sư", "trụ trì chùa Diệu Hạnh"),
 P("Thích Minh Pháp", "Đại đức", "Phó ban Từ thiện xã hội Phật giáo tỉnh"),
 P("Thích Tâm Hải", "Đại đức", "Phó ban Từ thiện xã hội Phật giáo tỉnh"),
 P("Lê Đình Khoa", "bác sĩ", "Trưởng phòng Công tác xã hội"),
 P("Trần Thị Lài")],
[Q("3 bếp cơm từ thiện", 3, "bếp cơm từ thiện"), Q("486.000 suất cơm, cháo", 486000, "suất cơm, cháo"),
 Q("12%", 12, "%"), Q("1.300 suất", 1300, "suất"), Q("trên 40 tấn gạo", 40, "tấn", "over"),
 Q("18,6 tỷ đồng", 18600000000, "đồng"), Q("khoảng 7,2 tỷ đồng", 7200000000, "đồng", "approx"),
 Q("2 bếp ăn", 2, "bếp ăn"), Q("14 tập thể", 14, "tập thể"), Q("37 cá nhân", 37, "cá nhân")],
[D("Kế hoạch", "05", "KH-TTXH", None, "Ban Từ thiện xã hội", "Kế hoạch số 05, 06/KH-TTXH"),
 D("Kế hoạch", "06", "KH-TTXH", None, "Ban Từ thiện xã hội", "Kế hoạch số 05, 06/KH-TTXH"),
 D("Quyết định", "1379", "QĐ-UBND", "2011-07-18", "UBND tỉnh", "Quyết định số 1379/QĐ-UBND ngày 18/7/2011")],
[prov("Thừa Thiên Huế"), com("Thuận Thành")],
["BAN TRỊ SỰ GIÁO HỘI PHẬT GIÁO VIỆT NAM TỈNH THỪA THIÊN HUẾ", "Trang chủ » Phật sự » Từ thiện xã hội",
 "Ảnh: Quang cảnh hội nghị.", "Ni sư Thích Nữ Diệu Hòa phát biểu tại hội nghị.", "Ngày vì người nghèo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Bệnh viện Trung ương Huế"],
["Thứ Tư, 28/12/2011 - 09:30", "năm 2011", "năm 2012", "5 giờ sáng", "10 năm"]))

PAGES.append(page("b8310-nghean-congiao-bepchao-traoqua-2012", """
BÁO NGHỆ AN ĐIỆN TỬ
Xã hội > Từ thiện - Nhân đạo
Cập nhật: 14:05, 19/01/2012 (GMT+7)
Trao 2.000 suất quà Tết cho bệnh nhân nghèo bên bếp cháo tình thương
(Baonghean) - Chiều 18/1, Ủy ban Đoàn kết Công giáo tỉnh phối hợp với Ban Bác ái xã hội - Caritas Giáo phận Vinh tổ chức trao 2.000 suất quà Tết Nhâm Thìn cho bệnh nhân nghèo đang điều trị tại Bệnh viện Hữu nghị đa khoa Nghệ An.
Mỗi suất quà gồm 10 kg gạo, bánh chưng, dầu ăn và 300.000 đồng tiền mặt, tổng trị giá 1,1 tỷ đồng. Đến dự có ông Trần Đình Lực, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh; Linh mục Phêrô Nguyễn Văn Hòa, Giám đốc Caritas Giáo phận Vinh; bà Hoàng Thị Thu Hiền, Phó Giám đốc Bệnh viện Hữu nghị đa khoa Nghệ An.
Các nữ tu trao quà cho người bệnh. Ảnh: Công Kiên
Chương trình được thực hiện theo Kế hoạch số 12/KH-UBĐKCG ngày 5/1/2012 của Ủy ban Đoàn kết Công giáo tỉnh, hưởng ứng Chỉ thị số 07-CT/TU ngày 26/12/2011 của Ban Thường vụ Tỉnh ủy về tổ chức Tết Nguyên đán vui tươi, lành mạnh, không để hộ nào không có Tết.
Bếp cháo tình thương ở cổng sau bệnh viện do các nữ tu Dòng Mến Thánh Giá Vinh duy trì từ năm 2008. Mỗi ngày, bếp nấu khoảng 450 suất cháo và 200 suất cơm, phát miễn phí vào 2 buổi sáng, chiều. Nữ tu Maria Lê Thị Xuân, phụ trách bếp cháo, cho biết năm 2011 bếp đã dùng hơn 18 tấn gạo, do 27 giáo xứ và nhiều nhà hảo tâm lương, giáo đóng góp.
"Có những bệnh nhân ở miền núi xa, người nhà phải ngủ ngoài hành lang cả tháng, bát cháo nóng với họ quý lắm", nữ tu Maria Lê Thị Xuân chia sẻ.
Bà Lô Thị Phương, người dân tộc Thái ở xã Châu Kim, huyện Quế Phong, có chồng đang điều trị suy thận, xúc động khi nhận quà: "Năm nay nhà tôi không về quê ăn Tết được, có quà này cũng ấm lòng".
Phát biểu tại buổi trao quà, ông Trần Đình Lực đánh giá cao tinh thần "kính Chúa, yêu nước" của bà con giáo dân, mong các giáo xứ tiếp tục phối hợp với bệnh viện duy trì bếp cháo. Bà Hoàng Thị Thu Hiền cho biết bệnh viện sẽ dành thêm 60 m2 mặt bằng để mở rộng khu nấu, bảo đảm vệ sinh an toàn thực phẩm.
Cùng ngày, đoàn đã thăm, tặng 150 suất quà cho bệnh nhi tại khoa Nhi và 35 bệnh nhân chạy thận nhân tạo, mỗi suất quà trị giá 500.000 đồng.
Theo Ban Bác ái xã hội - Caritas Giáo phận Vinh, hiện trên địa bàn tỉnh có 9 bếp ăn, bếp cháo do các giáo xứ, dòng tu duy trì gần các bệnh viện tuyến tỉnh và huyện. Dịp Tết, các bếp sẽ nấu thêm bánh chưng để phát cho những người bệnh phải ở lại viện, không về quê đón năm mới được.
Nguyễn Hải
Tin liên quan
- Giáo phận Vinh tặng 300 xe lăn cho người khuyết tật (10/01/2012)
- Ấm áp chương trình "Tết vì người nghèo" ở Quỳnh Lưu (08/01/2012)
- Thăm, chúc mừng Giáng sinh các giáo xứ (24/12/2011)
""", "2012-01-19", "Trao 2.000 suất quà Tết cho bệnh nhân nghèo bên bếp cháo tình thương",
E("trao_qua", None, "2012-01-18"),
[P("Trần Đình Lực", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Phêrô Nguyễn Văn Hòa", "Linh mục", "Giám đốc Caritas Giáo phận Vinh"),
 P("Hoàng Thị Thu Hiền", "Phó Giám đốc Bệnh viện Hữu nghị đa khoa Nghệ An"),
 P("Maria Lê Thị Xuân", "Nữ tu", "phụ trách bếp cháo"),
 P("Lô Thị Phương")],
[Q("2.000 suất quà", 2000, "suất quà"), Q("10 kg gạo", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("1,1 tỷ đồng", 1100000000, "đồng"), Q("khoảng 450 suất cháo", 450, "suất cháo", "approx"),
 Q("200 suất cơm", 200, "suất cơm"), Q("hơn 18 tấn gạo", 18, "tấn", "over"), Q("27 giáo xứ", 27, "giáo xứ"),
 Q("60 m2", 60, "m2"), Q("150 suất quà", 150, "suất quà"), Q("35 bệnh nhân chạy thận nhân tạo", 35, "bệnh nhân"),
 Q("500.000 đồng", 500000, "đồng"), Q("9 bếp ăn, bếp cháo", 9, "bếp ăn, bếp cháo")],
[D("Kế hoạch", "12", "KH-UBĐKCG", "2012-01-05", "Ủy ban Đoàn kết Công giáo tỉnh", "Kế hoạch số 12/KH-UBĐKCG ngày 5/1/2012"),
 D("Chỉ thị", "07", "CT/TU", "2011-12-26", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU ngày 26/12/2011")],
[prov("Nghệ An"), com("Châu Kim")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Xã hội > Từ thiện - Nhân đạo", "(Baonghean)", "Các nữ tu trao quà cho người bệnh. Ảnh: Công Kiên",
 "kính Chúa, yêu nước", "Dòng Mến Thánh Giá Vinh", "Caritas Giáo phận Vinh"],
["Cập nhật: 14:05, 19/01/2012 (GMT+7)", "năm 2008", "năm 2011", "2 buổi sáng, chiều", "cả tháng"]))

PAGES.append(page("b8311-cantho-mttq-bepan-hoinghi-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ
Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Tôn giáo
08:40 | 15/10/2013
Cần Thơ: gặp mặt các bếp ăn từ thiện năm 2013
Sáng 14/10, Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức hội nghị gặp mặt, biểu dương các bếp ăn từ thiện năm 2013. Thành ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam thành phố Trần Quốc Nghĩa chủ trì hội nghị; cùng dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố: Lê Thị Mỹ Xuân, Trương Văn Hậu, Huỳnh Kim Sang.
Đại biểu tham quan gian trưng bày hình ảnh các bếp ăn.
Theo báo cáo, toàn thành phố hiện có 27 bếp ăn từ thiện do các chùa, tịnh xá, giáo xứ, thánh thất và nhóm thiện nguyện duy trì, trong đó 11 bếp đặt tại các bệnh viện. Từ đầu năm đến nay, các bếp đã nấu, phát trên 1,5 triệu suất cơm, cháo, sữa cho bệnh nhân và người nhà, huy động khoảng 2.600 tình nguyện viên tham gia. Bếp cơm chùa Sà Rôn Pô của đồng bào Khmer ở phường An Bình mỗi tuần phục vụ 3 bữa chay cho bệnh nhân chạy thận.
Hoạt động của các bếp ăn được Ban Thường trực Ủy ban MTTQ Việt Nam thành phố hướng dẫn theo Hướng dẫn số 08, 09/HD-MTTQ-BTT về vận động, quản lý nguồn đóng góp từ thiện và về phối hợp với các bệnh viện; mỗi bếp đều có sổ theo dõi, công khai thu chi. Tổng giá trị các bếp huy động được ước khoảng 23 tỷ đồng, bằng 118% so với năm 2012.
Tại hội nghị, Đại đức Danh Sơn Huôl, trụ trì chùa Sà Rôn Pô, cho biết nhà chùa mong được hỗ trợ thêm tủ lạnh, tủ cơm công nghiệp. Linh mục Phanxicô Trần Văn Thi, Chánh xứ giáo xứ Cái Răng, chia sẻ kinh nghiệm tổ chức nhóm giáo dân trẻ chuyển cơm đến từng khoa. Bà Ba Kim Loan, Trưởng nhóm thiện nguyện Hạt Gạo Thương, đề nghị bệnh viện bố trí nơi phát cơm có mái che.
Ông Trương Văn Hậu, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, đề nghị các bếp ăn tiếp tục thực hiện Quyết định số 4128/QĐ-UBND ngày 20/12/2012 của UBND thành phố về bảo đảm an toàn thực phẩm tại các bếp ăn tập thể, kiểm tra định kỳ ít nhất 2 lần mỗi năm.
Kết luận hội nghị, ông Trần Quốc Nghĩa nhấn mạnh các bếp ăn là minh chứng sinh động của cuộc vận động "Vì người nghèo - Không để ai bị bỏ lại phía sau", đề nghị các quận, huyện nhân rộng mô hình. Dịp này, Ủy ban MTTQ Việt Nam thành phố tặng bằng khen cho 15 bếp ăn và 32 cá nhân, mỗi bếp được tặng kèm 5 triệu đồng.
Năm 2014, Ủy ban MTTQ Việt Nam thành phố sẽ phối hợp Sở Y tế khảo sát nhu cầu tại 9 bệnh viện chưa có bếp ăn từ thiện, đồng thời vận động các doanh nghiệp nhận đỡ đầu gạo, gas cho các bếp.
Thanh Phong
Tin khác
- Ninh Kiều ra mắt nhóm "Bữa cơm yêu thương" (08/10/2013)
- Mặt trận quận Cái Răng trao 100 căn nhà Đại đoàn kết (01/10/2013)
- Tọa đàm vai trò tôn giáo trong công tác an sinh xã hội (20/09/2013)
""", "2013-10-15", "Cần Thơ: gặp mặt các bếp ăn từ thiện năm 2013",
E("hoi_nghi", "2013", "2013-10-14"),
[P("Trần Quốc Nghĩa", "Thành ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Thị Mỹ Xuân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Trương Văn Hậu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Huỳnh Kim Sang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Danh Sơn Huôl", "Đại đức", "trụ trì chùa Sà Rôn Pô"),
 P("Phanxicô Trần Văn Thi", "Linh mục", "Chánh xứ giáo xứ Cái Răng"),
 P("Ba Kim Loan", "Trưởng nhóm thiện nguyện Hạt Gạo Thương")],
[Q("27 bếp ăn từ thiện", 27, "bếp ăn từ thiện"), Q("11 bếp", 11, "bếp"),
 Q("trên 1,5 triệu suất cơm, cháo, sữa", 1500000, "suất cơm, cháo, sữa", "over"),
 Q("khoảng 2.600 tình nguyện viên", 2600, "tình nguyện viên", "approx"), Q("3 bữa chay", 3, "bữa chay"),
 Q("khoảng 23 tỷ đồng", 23000000000, "đồng", "approx"), Q("118%", 118, "%"),
 Q("ít nhất 2 lần", 2, "lần", "over"), Q("15 bếp ăn", 15, "bếp ăn"), Q("32 cá nhân", 32, "cá nhân"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("9 bệnh viện", 9, "bệnh viện")],
[D("Hướng dẫn", "08", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Hướng dẫn số 08, 09/HD-MTTQ-BTT"),
 D("Hướng dẫn", "09", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Hướng dẫn số 08, 09/HD-MTTQ-BTT"),
 D("Quyết định", "4128", "QĐ-UBND", "2012-12-20", "UBND thành phố", "Quyết định số 4128/QĐ-UBND ngày 20/12/2012")],
[prov("Cần Thơ"), com("An Bình")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ", "Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Tôn giáo",
 "Đại biểu tham quan gian trưng bày hình ảnh các bếp ăn.", "Hạt Gạo Thương",
 "Vì người nghèo - Không để ai bị bỏ lại phía sau", "Sà Rôn Pô"],
["08:40 | 15/10/2013", "năm 2013", "năm 2012", "mỗi năm", "Năm 2014"]))

PAGES.append(page("b8312-binhdinh-mttq-giamsat-bepan-2014", """
Báo Bình Định Online
Chính trị - Xã hội | Mặt trận
22-08-2014 10:12
Giám sát an toàn thực phẩm tại các bếp ăn từ thiện ở bệnh viện
(BĐ) - Ngày 20/8, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức đoàn giám sát việc bảo đảm an toàn thực phẩm tại 4 bếp ăn từ thiện phục vụ người bệnh ở Bệnh viện Đa khoa tỉnh và Bệnh viện Lao và Bệnh phổi tỉnh, theo chương trình giám sát năm 2014. Bà Đặng Thị Thu Hương, Ủy viên Ban Thường vụ, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, làm trưởng đoàn.
Đoàn giám sát kiểm tra khu sơ chế của bếp cơm tịnh xá Ngọc Hòa.
Tham gia đoàn có đại diện Sở Y tế, Chi cục An toàn vệ sinh thực phẩm, Ban Tôn giáo tỉnh và các tổ chức thành viên. Cuộc giám sát thực hiện Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát, phản biện xã hội của Mặt trận và Quy định về việc Mặt trận, đoàn thể tham gia góp ý xây dựng Đảng, xây dựng chính quyền, cùng Kế hoạch giám sát số 19/KH-MTTQ-BTT ngày 4/8/2014.
Qua giám sát, 4 bếp ăn mỗi ngày phục vụ khoảng 1.800 suất cơm, cháo, chi phí bình quân khoảng 9 triệu đồng/ngày, hoàn toàn do các chùa, giáo xứ và nhà hảo tâm đóng góp. Đoàn đã lấy 16 mẫu thực phẩm để xét nghiệm nhanh; 14 mẫu đạt yêu cầu, 2 mẫu rau có dư lượng thuốc bảo vệ thực vật vượt ngưỡng cho phép.
Sư cô Thích Nữ Tâm Liên, phụ trách bếp cơm tịnh xá Ngọc Hòa, cho biết bếp có 22 tình nguyện viên thay nhau nấu từ 3 giờ sáng, nhưng mới 6 người có giấy xác nhận kiến thức an toàn thực phẩm. Ông Võ Tấn Lộc - Trưởng ban Điều hành bếp ăn giáo xứ Thái Bình, phường Ghềnh Ráng - đề nghị được hướng dẫn cách chọn nguồn rau sạch.
BS.CKII Nguyễn Hữu Phước, Phó Giám đốc Bệnh viện Đa khoa tỉnh, cho biết bệnh viện đã bố trí khu nấu riêng rộng 120 m2, hỗ trợ điện, nước cho các bếp và giao Phòng Công tác xã hội theo dõi.
Kết luận buổi giám sát, bà Đặng Thị Thu Hương ghi nhận tấm lòng của tăng ni, giáo dân; đề nghị Sở Y tế tổ chức tập huấn kiến thức an toàn thực phẩm cho 100% tình nguyện viên trước ngày 30/10/2014, các bếp ăn ký hợp đồng mua thực phẩm có nguồn gốc rõ ràng và lưu mẫu thức ăn 24 giờ. Ông Lê Văn Trí - Phó Giám đốc Sở Y tế tiếp thu, hứa sẽ cấp tủ lưu mẫu cho 4 bếp trong tháng 9.
Kết quả giám sát sẽ được báo cáo Ban Thường vụ Tỉnh ủy và UBND tỉnh. Theo kế hoạch, từ nay đến cuối năm, Ủy ban MTTQ Việt Nam tỉnh tiếp tục giám sát tại 3 trung tâm y tế huyện có bếp ăn từ thiện, đồng thời đề nghị UBND tỉnh sớm có quy định về điều kiện hoạt động của các bếp ăn từ thiện trong khuôn viên bệnh viện.
Ngọc Thu
Tin liên quan
- MTTQ tỉnh giám sát thực hiện chính sách bảo hiểm y tế (10/07/2014)
- Bếp cơm tình thương giáo xứ Thái Bình tròn 5 tuổi (02/06/2014)
- Hội nghị phản biện xã hội dự thảo quy hoạch y tế (15/05/2014)
""", "2014-08-22", "Giám sát an toàn thực phẩm tại các bếp ăn từ thiện ở bệnh viện",
E("giam_sat", "2014", "2014-08-20"),
[P("Đặng Thị Thu Hương", "Ủy viên Ban Thường vụ", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Thích Nữ Tâm Liên", "Sư cô", "phụ trách bếp cơm tịnh xá Ngọc Hòa"),
 P("Võ Tấn Lộc", "Trưởng ban Điều hành bếp ăn giáo xứ Thái Bình"),
 P("Nguyễn Hữu Phước", "BS.CKII", "Phó Giám đốc Bệnh viện Đa khoa tỉnh"),
 P("Lê Văn Trí", "Phó Giám đốc Sở Y tế")],
[Q("4 bếp ăn từ thiện", 4, "bếp ăn từ thiện"), Q("khoảng 1.800 suất cơm, cháo", 1800, "suất cơm, cháo", "approx"),
 Q("khoảng 9 triệu đồng/ngày", 9000000, "đồng", "approx"), Q("16 mẫu thực phẩm", 16, "mẫu thực phẩm"),
 Q("14 mẫu", 14, "mẫu"), Q("2 mẫu rau", 2, "mẫu rau"), Q("22 tình nguyện viên", 22, "tình nguyện viên"),
 Q("6 người", 6, "người"), Q("120 m2", 120, "m2"), Q("100% tình nguyện viên", 100, "%"), Q("3 trung tâm y tế huyện", 3, "trung tâm y tế huyện")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch giám sát", "19", "KH-MTTQ-BTT", "2014-08-04", None, "Kế hoạch giám sát số 19/KH-MTTQ-BTT ngày 4/8/2014")],
[prov("Bình Định"), com("Ghềnh Ráng")],
["Báo Bình Định Online", "Chính trị - Xã hội | Mặt trận", "(BĐ)",
 "Đoàn giám sát kiểm tra khu sơ chế của bếp cơm tịnh xá Ngọc Hòa.", "Quy chế giám sát, phản biện xã hội của Mặt trận"],
["22-08-2014 10:12", "năm 2014", "3 giờ sáng", "24 giờ", "tháng 9", "30/10/2014"]))

PAGES.append(page("b8313-dongnai-congiao-bepan-soket-2015", """
ỦY BAN ĐOÀN KẾT CÔNG GIÁO VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ | Tin tức - Sự kiện | Bác ái xã hội
Ngày đăng 10/07/2015 | 15:30
Người Công giáo Đồng Nai duy trì 19 bếp ăn từ thiện tại bệnh viện
Ngày 8/7, Ủy ban Đoàn kết Công giáo tỉnh Đồng Nai tổ chức hội nghị sơ kết hoạt động 6 tháng đầu năm 2015, triển khai phương hướng 6 tháng cuối năm. Báo cáo tại hội nghị cho biết các giáo xứ trong tỉnh đang duy trì 19 bếp ăn từ thiện tại bệnh viện và trung tâm y tế.
Linh mục Giuse Trần Văn Khánh, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh chủ trì hội nghị. Dự có ông Phạm Minh Quang, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Nguyễn Thành Tâm, Trưởng Ban Tôn giáo - Sở Nội vụ; các Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh: linh mục Phaolô Lê Đức Mạnh, ông Vũ Văn Hải.
Giáo dân giáo xứ Gia Kiệm nấu cơm chay phát cho bệnh nhân. Ảnh: P.L
Theo báo cáo, 6 tháng qua 43 giáo xứ đã tham gia nấu, phát gần 620.000 suất cơm, cháo tại Bệnh viện Đa khoa Đồng Nai, Bệnh viện Đa khoa Thống Nhất và 7 trung tâm y tế huyện, tổng kinh phí khoảng 4,3 tỷ đồng. Ngoài bữa ăn, các bếp còn trao 8.500 phần quà, 1.200 thẻ bảo hiểm y tế cho bệnh nhân nghèo; hỗ trợ tiền viện phí cho 96 bệnh nhân, mỗi người từ 2 đến 5 triệu đồng.
Hội nghị nhận định, hoạt động bác ái được thực hiện đúng Nghị định số 92/2012/NĐ-CP của Chính phủ và Kế hoạch số 132/KH-UBND ngày 9/1/2015 của UBND tỉnh về huy động nguồn lực xã hội chăm lo người nghèo; 95% bếp ăn đã đăng ký với chính quyền xã, phường nơi đặt bếp. Tuy vậy, một số bếp tự phát ở phường Tân Hiệp còn chưa bảo đảm vệ sinh, chưa có sổ ghi chép nguồn thực phẩm.
Ông Phạm Minh Quang đánh giá cao sự đồng hành của bà con Công giáo, đề nghị gắn hoạt động các bếp ăn với phong trào "Sống tốt đời, đẹp đạo" và cuộc vận động "Ngày vì người nghèo". Linh mục Phaolô Lê Đức Mạnh, Quản xứ giáo xứ Gia Kiệm, chia sẻ cách giáo xứ chia 12 giáo họ thay phiên nấu, mỗi giáo họ đảm trách một tuần.
6 tháng cuối năm, Ủy ban Đoàn kết Công giáo tỉnh phấn đấu mở thêm ít nhất 3 bếp ăn ở các huyện Tân Phú, Định Quán; phối hợp tổ chức tập huấn an toàn thực phẩm cho khoảng 300 giáo dân tham gia nấu ăn.
Dịp này, Ủy ban Đoàn kết Công giáo tỉnh tặng giấy khen cho 6 tập thể và 11 cá nhân có nhiều đóng góp cho các bếp ăn từ thiện. Bà Maria Đỗ Thị Lan, Trưởng ban Bác ái giáo xứ Thánh Tâm, cho biết bếp của giáo xứ 4 năm nay chưa ngày nào nghỉ, kể cả dịp Tết, nhờ hơn 70 giáo dân luân phiên đứng bếp.
Văn Chiến
Các tin khác
- Giáo phận Xuân Lộc trao 50 căn nhà tình thương (30/06/2015)
- Biên Hòa: đối thoại với chức sắc các tôn giáo (18/06/2015)
- Giáo xứ Hà Nội (Hố Nai) tổ chức hiến máu nhân đạo (05/06/2015)
""", "2015-07-10", "Người Công giáo Đồng Nai duy trì 19 bếp ăn từ thiện tại bệnh viện",
E("so_ket", "2015-H1", "2015-07-08"),
[P("Giuse Trần Văn Khánh", "Linh mục", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Phạm Minh Quang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thành Tâm", "Trưởng Ban Tôn giáo - Sở Nội vụ"),
 P("Phaolô Lê Đức Mạnh", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh", "linh mục", "Quản xứ giáo xứ Gia Kiệm"),
 P("Vũ Văn Hải", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Maria Đỗ Thị Lan", "Trưởng ban Bác ái giáo xứ Thánh Tâm")],
[Q("19 bếp ăn từ thiện", 19, "bếp ăn từ thiện"), Q("43 giáo xứ", 43, "giáo xứ"),
 Q("gần 620.000 suất cơm, cháo", 620000, "suất cơm, cháo", "approx"), Q("7 trung tâm y tế huyện", 7, "trung tâm y tế huyện"),
 Q("khoảng 4,3 tỷ đồng", 4300000000, "đồng", "approx"), Q("8.500 phần quà", 8500, "phần quà"),
 Q("1.200 thẻ bảo hiểm y tế", 1200, "thẻ bảo hiểm y tế"), Q("96 bệnh nhân", 96, "bệnh nhân"),
 Q("2 đến 5 triệu đồng", 2000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"), Q("95%", 95, "%"),
 Q("12 giáo họ", 12, "giáo họ"), Q("ít nhất 3 bếp ăn", 3, "bếp ăn", "over"),
 Q("khoảng 300 giáo dân", 300, "giáo dân", "approx"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân"), Q("hơn 70 giáo dân", 70, "giáo dân", "over")],
[D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 92/2012/NĐ-CP"),
 D("Kế hoạch", "132", "KH-UBND", "2015-01-09", "UBND tỉnh", "Kế hoạch số 132/KH-UBND ngày 9/1/2015")],
[prov("Đồng Nai"), com("Tân Hiệp")],
["ỦY BAN ĐOÀN KẾT CÔNG GIÁO VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ | Tin tức - Sự kiện | Bác ái xã hội",
 "Giáo dân giáo xứ Gia Kiệm nấu cơm chay phát cho bệnh nhân. Ảnh: P.L", "Sống tốt đời, đẹp đạo", "Ngày vì người nghèo"],
["Ngày đăng 10/07/2015 | 15:30", "6 tháng đầu năm 2015", "6 tháng cuối năm", "một tuần", "4 năm"]))

PAGES.append(page("b8314-hanoi-chua-comvienk-khac-2016", """
TIN TỨC HÀ NỘI - Chuyên trang đời sống Thủ đô
Đời sống › Nhân ái
14/03/2016 - 07:45
Các phật tử chuẩn bị suất cơm cho bệnh nhân. Ảnh: Hải Linh
Nồi cơm 0 đồng bên cổng viện K
5 giờ sáng, khi dãy phố trước cổng Bệnh viện K cơ sở Tân Triều còn chìm trong sương, căn bếp nhỏ trong ngõ đã đỏ lửa. Gần 300 suất cơm chay nóng được đóng hộp, xếp lên xe đẩy để kịp phát cho người bệnh trước giờ truyền hóa chất.
Căn bếp do Sư cô Thích Đàm Minh, trụ trì chùa Phúc Lâm (xã Tân Triều, huyện Thanh Trì) khởi xướng từ mùa thu năm 2013. Ban đầu chỉ có 4 phật tử với hai nồi cơm điện, đến nay bếp có 15 phật tử thường trực và hơn 60 tình nguyện viên là sinh viên thay nhau đến giúp. Mỗi ngày bếp tiêu thụ khoảng 80 kg gạo, 40 kg rau củ; mỗi tháng chi phí chừng 95 triệu đồng, hoàn toàn do phật tử và người hảo tâm góp.
"Người bệnh ung thư ăn uống khó, nên chúng tôi nấu mềm, ít dầu mỡ. Có hôm hết cơm, thấy người ta đứng chờ mà thương", sư cô nói.
Người nhận cơm đến từ khắp các tỉnh. Anh Vàng A Sùng, người Mông ở Mù Cang Chải, Yên Bái, đưa vợ xuống điều trị đã hơn 2 tháng. "Tiền thuê trọ 50.000 đồng một đêm, nếu không có cơm chùa thì không trụ được", anh kể. Chị Lò Thị Hoa (Sơn La) mang theo chiếc cặp lồng mỗi sáng, lấy cơm cho cả 3 người cùng phòng.
Ông Lưu Văn Thịnh, Trưởng phòng Công tác xã hội Bệnh viện K, cho biết quanh bệnh viện hiện có 7 bếp ăn, quầy cháo từ thiện, mỗi ngày phát chừng 2.500 suất. Bệnh viện đã hướng dẫn các bếp thực hiện chế độ ăn theo Thông tư số 08/2011/TT-BYT của Bộ Y tế về công tác dinh dưỡng trong bệnh viện, và mời chuyên gia dinh dưỡng góp ý thực đơn cho người bệnh sau hóa trị.
Ngoài bữa trưa, chùa Phúc Lâm còn phát 150 hộp sữa mỗi chiều cho bệnh nhi. Mỗi dịp rằm, mùng một, sư cô tổ chức bữa cơm chung cho khoảng 200 người bệnh và người nhà trong sân chùa.
Theo thống kê chưa đầy đủ của Ủy ban MTTQ Việt Nam thành phố Hà Nội, hiện quanh các bệnh viện lớn của Thủ đô có hơn 40 bếp ăn, quán cháo từ thiện, phần lớn do chùa, nhà thờ và các nhóm phật tử, giáo dân duy trì. Nhiều bếp đã được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm.
Chị Nguyễn Thị Hà, sinh viên năm thứ ba, tình nguyện ở bếp từ năm thứ nhất, nói: "Em học được cách sống chậm lại, biết chia sẻ". Với những người như chị, suất cơm 0 đồng không chỉ là bữa ăn, mà là sợi dây gắn người khỏe với người bệnh.
Bài, ảnh: Hải Linh
Lượt xem: 2.314
Tin liên quan
- Quán cháo miễn phí cho bệnh nhi viện Nhi Trung ương (01/03/2016)
- Hà Nội khen thưởng 20 điển hình nhân ái (20/02/2016)
- "Siêu thị 0 đồng" ở Hoàng Mai (12/01/2016)
""", "2016-03-14", "Nồi cơm 0 đồng bên cổng viện K",
E("khac", None, None),
[P("Thích Đàm Minh", "Sư cô", "trụ trì chùa Phúc Lâm"),
 P("Vàng A Sùng"),
 P("Lò Thị Hoa"),
 P("Lưu Văn Thịnh", "Trưởng phòng Công tác xã hội Bệnh viện K"),
 P("Nguyễn Thị Hà", "sinh viên năm thứ ba")],
[Q("Gần 300 suất cơm chay", 300, "suất cơm chay", "approx"), Q("4 phật tử", 4, "phật tử"),
 Q("15 phật tử", 15, "phật tử"), Q("hơn 60 tình nguyện viên", 60, "tình nguyện viên", "over"),
 Q("khoảng 80 kg gạo", 80, "kg", "approx"), Q("40 kg rau củ", 40, "kg"),
 Q("chừng 95 triệu đồng", 95000000, "đồng", "approx"), Q("50.000 đồng", 50000, "đồng"),
 Q("3 người", 3, "người"), Q("7 bếp ăn, quầy cháo từ thiện", 7, "bếp ăn, quầy cháo từ thiện"),
 Q("chừng 2.500 suất", 2500, "suất", "approx"), Q("150 hộp sữa", 150, "hộp sữa"),
 Q("hơn 40 bếp ăn, quán cháo từ thiện", 40, "bếp ăn, quán cháo từ thiện", "over"), Q("khoảng 200 người bệnh và người nhà", 200, "người bệnh và người nhà", "approx")],
[D("Thông tư", "08", "2011/TT-BYT", None, "Bộ Y tế", "Thông tư số 08/2011/TT-BYT")],
[prov("Hà Nội"), com("Tân Triều"), prov("Yên Bái"), prov("Sơn La")],
["TIN TỨC HÀ NỘI - Chuyên trang đời sống Thủ đô", "Đời sống › Nhân ái",
 "Các phật tử chuẩn bị suất cơm cho bệnh nhân. Ảnh: Hải Linh", "Lượt xem: 2.314", "Bệnh viện K"],
["14/03/2016 - 07:45", "5 giờ sáng", "năm 2013", "hơn 2 tháng", "hai nồi cơm điện", "năm thứ ba", "Lượt xem: 2.314", "0 đồng"]))
