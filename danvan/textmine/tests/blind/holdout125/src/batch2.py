from lib import *
PAGES = []

PAGES.append(page("b2963-nghean-bdv-giaoban-q3-2017", """
BAN DÂN VẬN TỈNH ỦY NGHỆ AN
Vị trí: Trang chủ >> Tin tức >> Dân vận các cấp
12-10-2017 15:20
Tăng cường nắm tình hình ở các giáo xứ vùng ven biển
Toàn cảnh buổi giao ban.
Ngày 11/10/2017, Ban Dân vận Tỉnh ủy Nghệ An tổ chức giao ban khối dân vận quý III năm 2017, đánh giá công tác vận động đồng bào có đạo và triển khai nhiệm vụ quý IV. Đồng chí Lê Thị Hoài Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hoàng Văn Bốn, Lô Thị Kim Ngân.
Theo báo cáo, Nghệ An có gần 300.000 giáo dân thuộc Giáo phận Vinh, trong đó 43 giáo xứ ở vùng ven biển. Trong quý III, khối dân vận các cấp đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 02, 03-KL/TU về công tác vận động đồng bào Công giáo và về giải quyết các vụ việc liên quan đất đai cơ sở tôn giáo; Ban Dân vận Tỉnh ủy ban hành kế hoạch số 71-KH/BDV kiểm tra công tác dân vận ở 6 huyện, thị xã ven biển.
Các cơ quan dân vận đã tiếp 46 lượt công dân, tiếp nhận 19 đơn thư; phối hợp giải quyết 15 đơn. Đáng chú ý, các xã Diễn Kim, Nghi Thiết đã đối thoại thành công với giáo dân về việc bồi thường ngư cụ, không để xảy ra tụ tập đông người. Phong trào "Sống tốt đời, đẹp đạo" có thêm 28 mô hình mới, nâng tổng số lên 214 mô hình.
Tại buổi giao ban, đồng chí Lữ Văn Khánh, HUV, Trưởng Ban Dân vận Huyện ủy Quỳnh Lưu, kiến nghị có cơ chế hỗ trợ ngư dân giáo xứ chuyển đổi nghề. Ông Vi Văn Sơn, Phó Trưởng ban Tôn giáo tỉnh, thông tin về việc hướng dẫn các giáo xứ thực hiện Luật Tín ngưỡng, tôn giáo sẽ có hiệu lực từ năm 2018.
Kết luận giao ban, đồng chí Lê Thị Hoài Thu yêu cầu quý IV tập trung nắm chắc tư tưởng giáo dân trước dịp Lễ Giáng sinh, chuẩn bị tốt các đoàn thăm, chúc mừng các giáo xứ; tiếp tục thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; chủ động đối thoại, giải quyết dứt điểm đơn thư ngay từ cơ sở. Đồng chí cũng giao phòng Dân tộc - Tôn giáo của Ban phối hợp chuẩn bị hội nghị gặp mặt chức sắc, chức việc vào cuối năm.
Các đại biểu thống nhất cao với nhận định: tình hình vùng giáo cơ bản ổn định, song một số đối tượng vẫn lợi dụng mạng xã hội để kích động, xuyên tạc chủ trương của chính quyền; cần kịp thời cung cấp thông tin chính thống cho giáo dân.
Minh Khôi
Lượt xem: 3.119
Bài viết liên quan
- Yên Thành: gặp mặt linh mục quản xứ trên địa bàn (28/9/2017)
- Hưng Nguyên: giáo dân góp 2 tỷ đồng xây dựng nông thôn mới (14/9/2017)
- Giao ban khối dân vận quý II năm 2017 (12/7/2017)
- Diễn Châu ra mắt mô hình giáo xứ tự quản về môi trường (30/6/2017)
""", "2017-10-12", "Tăng cường nắm tình hình ở các giáo xứ vùng ven biển",
E("giao_ban", "2017-Q3", "2017-10-11"),
[P("Lê Thị Hoài Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Bốn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lô Thị Kim Ngân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lữ Văn Khánh", "HUV", "Trưởng Ban Dân vận Huyện ủy Quỳnh Lưu"),
 P("Vi Văn Sơn", "Phó Trưởng ban Tôn giáo tỉnh")],
[Q("gần 300.000 giáo dân", 300000, "giáo dân", "approx"), Q("43 giáo xứ", 43, "giáo xứ"),
 Q("6 huyện, thị xã ven biển", 6, "huyện, thị xã ven biển"), Q("46 lượt công dân", 46, "lượt công dân"),
 Q("19 đơn thư", 19, "đơn thư"), Q("15 đơn", 15, "đơn"), Q("28 mô hình mới", 28, "mô hình mới"), Q("214 mô hình", 214, "mô hình")],
[D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 02, 03-KL/TU"),
 D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 02, 03-KL/TU"),
 D("Kế hoạch", "71", "KH/BDV", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 71-KH/BDV"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị")],
[prov("Nghệ An"), com("Diễn Kim"), com("Nghi Thiết")],
["BAN DÂN VẬN TỈNH ỦY NGHỆ AN", "Vị trí: Trang chủ >> Tin tức >> Dân vận các cấp", "Toàn cảnh buổi giao ban.",
 "Sống tốt đời, đẹp đạo", "Luật Tín ngưỡng, tôn giáo", "Giáo phận Vinh", "Lượt xem: 3.119"],
["12-10-2017 15:20", "quý III năm 2017", "quý IV", "năm 2018", "Lượt xem: 3.119"]))

PAGES.append(page("b2964-kontum-doithoai-giaoxu-2018", """
BÁO KON TUM ĐIỆN TỬ
Thời sự > Chính trị
Ngày đăng: 21/08/2018 | 10:35
Đối thoại với giáo dân giáo xứ Đắk Mót về đất đai
Đồng chí Nguyễn Hữu Tình (đứng) trả lời ý kiến của giáo dân.
Ngày 20/8, Ban Dân vận Huyện ủy Đắk Hà phối hợp với Đảng ủy, UBND xã Đắk Mar tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với giáo dân giáo xứ Đắk Mót năm 2018. Tham dự có 120 giáo dân là đồng bào Xơ Đăng, Kinh và các chức việc của giáo xứ.
Chủ trì đối thoại có đồng chí Nguyễn Hữu Tình, Phó Bí thư Thường trực Huyện ủy Đắk Hà; đồng chí Y Thị Hoa, HUV, Trưởng Ban Dân vận Huyện ủy; đồng chí A Khang, Chủ tịch UBND xã Đắk Mar. Về phía giáo xứ có Linh mục Giuse Nguyễn Văn Thắng, Chánh xứ giáo xứ Đắk Mót và ông A Pết, Trưởng ban Hành giáo.
Tại buổi đối thoại, bà con nêu 17 ý kiến, chủ yếu về cấp giấy chứng nhận quyền sử dụng đất cho diện tích 3,2 ha đất nhà thờ và nghĩa trang giáo xứ, hỗ trợ làm đường vào làng Kon Gung, cấp nước sinh hoạt. Ông A Tuấn, giáo dân làng Kon Gung, đề nghị sớm cắm mốc ranh giới đất sản xuất giữa các hộ.
Đại diện các phòng, ban của huyện đã giải đáp tại chỗ 12 ý kiến góp ý; những ý kiến còn lại được tiếp thu, giao cơ quan chuyên môn trả lời bằng văn bản trước ngày 30/9. Theo đồng chí Nguyễn Hữu Tình, việc xem xét đất cơ sở tôn giáo sẽ thực hiện theo Nghị định 43/2014/NĐ-CP của Chính phủ và Quyết định số 1088/QĐ-UBND ngày 05/10/2017 của UBND tỉnh về trình tự, thủ tục giao đất cho cơ sở tôn giáo.
Linh mục Giuse Nguyễn Văn Thắng cảm ơn huyện đã lắng nghe, cam kết vận động giáo dân chấp hành Luật Tín ngưỡng, tôn giáo và Nghị định 162/2017/NĐ-CP; tiếp tục tham gia mô hình "Giáo xứ không có tội phạm và tệ nạn xã hội". Năm qua, giáo xứ đã vận động bà con hiến 1.500 m2 đất, góp 85 triệu đồng làm đường bê tông; 100% hộ giáo dân cam kết không trồng, sử dụng chất cấm.
Đắk Mót là một trong những giáo xứ lâu đời của Giáo phận Kon Tum, phần lớn giáo dân là đồng bào dân tộc thiểu số sống bằng nghề trồng cà phê, mì. Những năm gần đây, được sự quan tâm của tỉnh Kon Tum và huyện, đời sống bà con từng bước được nâng lên, nhiều gia đình đã có nhà kiên cố, con em được đi học đầy đủ.
Phát biểu kết thúc, đồng chí Y Thị Hoa đề nghị Đảng ủy xã duy trì đối thoại định kỳ, công khai kết quả giải quyết kiến nghị để giáo dân giám sát. Ban Dân vận Huyện ủy sẽ theo dõi việc trả lời các ý kiến theo Kế hoạch số 18-KH/BDVHU.
Thanh Như
Lượt đọc: 642
Tin cùng chuyên mục
- Kon Plông: gặp mặt người có uy tín trong đồng bào Xơ Đăng (15/8/2018)
- Sa Thầy vận động giáo dân tham gia bảo vệ rừng (02/8/2018)
- Ngọc Hồi: sơ kết 6 tháng đầu năm công tác dân vận (18/7/2018)
""", "2018-08-21", "Đối thoại với giáo dân giáo xứ Đắk Mót về đất đai",
E("doi_thoai", "2018", "2018-08-20"),
[P("Nguyễn Hữu Tình", "Phó Bí thư Thường trực Huyện ủy Đắk Hà"),
 P("Y Thị Hoa", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("A Khang", "Chủ tịch UBND xã Đắk Mar"),
 P("Giuse Nguyễn Văn Thắng", "Linh mục", "Chánh xứ giáo xứ Đắk Mót"),
 P("A Pết", "Trưởng ban Hành giáo"),
 P("A Tuấn")],
[Q("120 giáo dân", 120, "giáo dân"), Q("17 ý kiến", 17, "ý kiến"), Q("3,2 ha", 3.2, "ha"),
 Q("12 ý kiến góp ý", 12, "ý kiến"), Q("1.500 m2", 1500, "m2"), Q("85 triệu đồng", 85000000, "đồng"), Q("100%", 100, "%")],
[D("Nghị định", "43", "2014/NĐ-CP", None, "Chính phủ", "Nghị định 43/2014/NĐ-CP của Chính phủ"),
 D("Quyết định", "1088", "QĐ-UBND", "2017-10-05", "UBND tỉnh", "Quyết định số 1088/QĐ-UBND ngày 05/10/2017 của UBND tỉnh"),
 D("Nghị định", "162", "2017/NĐ-CP", None, None, "Nghị định 162/2017/NĐ-CP"),
 D("Kế hoạch", "18", "KH/BDVHU", None, None, "Kế hoạch số 18-KH/BDVHU")],
[prov("Kon Tum"), com("Đắk Mar")],
["BÁO KON TUM ĐIỆN TỬ", "Thời sự > Chính trị", "Đồng chí Nguyễn Hữu Tình (đứng) trả lời ý kiến của giáo dân.",
 "Luật Tín ngưỡng, tôn giáo", "Giáo xứ không có tội phạm và tệ nạn xã hội", "làng Kon Gung", "Lượt đọc: 642"],
["Ngày đăng: 21/08/2018 | 10:35", "năm 2018", "ngày 30/9", "Lượt đọc: 642"]))

PAGES.append(page("b2965-bariavungtau-nutu-bepcom-2019", """
Báo Bà Rịa - Vũng Tàu Online
Xã hội | Nhân ái
Thứ Sáu, 20/12/2019 - 09:00
Nữ tu Maria Nguyễn Thị Lệ chuẩn bị suất cơm cho bệnh nhân. Ảnh: QUANG VŨ
Người "mẹ" của những bữa cơm nghĩa tình
Hai mươi năm qua, căn bếp nhỏ cạnh Bệnh viện Bà Rịa chưa ngày nào tắt lửa. Người giữ lửa cho căn bếp ấy là Nữ tu Maria Nguyễn Thị Lệ, Dòng Mến Thánh Giá Bà Rịa, năm nay đã ngoài 60 tuổi.
Mỗi sáng, từ 3 giờ, nữ tu cùng khoảng 20 tình nguyện viên là giáo dân giáo xứ Phước Lễ và cả những người theo đạo Phật, người không tôn giáo ở phường Phước Hiệp đã có mặt để nấu hơn 400 suất cơm, cháo miễn phí cho bệnh nhân nghèo và người nhà. Mỗi tháng, bếp chi khoảng 90 triệu đồng, phần lớn do các nhà hảo tâm, các giáo xứ trong hạt Bà Rịa đóng góp.
"Mình theo đạo thì phải sống tốt đời, đẹp đạo. Thấy người bệnh khổ thì giúp, không phân biệt lương hay giáo", nữ tu nói.
Bà Lê Thị Ngọc Hân, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Bà Rịa, cho biết bếp ăn của nữ tu là một trong 35 mô hình từ thiện của đồng bào Công giáo được Mặt trận thành phố biểu dương. Năm 2019, các giáo xứ trên địa bàn đã đóng góp hơn 3,7 tỷ đồng cho công tác an sinh, trao 1.200 phần quà Tết cho hộ nghèo và xây 9 căn nhà Đại đoàn kết.
Không chỉ nấu cơm, nữ tu còn vận động được 46 suất học bổng cho học sinh nghèo vượt khó ở xã Long Phước, mỗi suất 2 triệu đồng. Linh mục Đaminh Phan Văn Khởi, Chánh xứ giáo xứ Phước Lễ, nhận xét: "Sơ Lệ làm việc lặng lẽ nhưng bền bỉ, giáo dân nhìn vào đó mà làm theo".
Anh Trần Thanh Bình, người nhà bệnh nhân ở huyện Xuyên Mộc, xúc động: "Vợ tôi nằm viện hai tháng, ngày nào cũng được cho cơm. Không có các sơ, gia đình tôi không biết xoay xở ra sao".
Ghi nhận những đóng góp đó, năm 2019 Nữ tu Maria Nguyễn Thị Lệ được tặng Bằng khen của Thủ tướng Chính phủ theo Quyết định số 1234/QĐ-TTg ngày 12/9/2019 và được UBND tỉnh vinh danh là một trong 10 gương điển hình tiêu biểu học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Những ngày cuối năm, căn bếp càng thêm tất bật. Người mang bao gạo, người gửi thùng rau, có cả những em học sinh dành dụm tiền ăn sáng để góp vào. Với nữ tu, mỗi suất cơm trao đi là một lời cầu nguyện cho người bệnh sớm bình phục.
Dịp Giáng sinh năm nay, bếp ăn tiếp tục trao 300 phần quà cho bệnh nhân nghèo đang điều trị dài ngày.
QUANG VŨ
Lượt xem: 4.512
Tin khác
- Giáo xứ Bình Giã trao 50 suất học bổng (12/12/2019)
- Ấm áp đêm nhạc Giáng sinh gây quỹ người nghèo (05/12/2019)
- Tân Thành: giáo dân chung tay xây nhà tình thương (20/11/2019)
- Hội nghị biểu dương gương người tốt việc tốt trong đồng bào tôn giáo (08/11/2019)
""", "2019-12-20", "Người \"mẹ\" của những bữa cơm nghĩa tình",
E("khac", None, None),
[P("Maria Nguyễn Thị Lệ", "Nữ tu"),
 P("Lê Thị Ngọc Hân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Bà Rịa"),
 P("Đaminh Phan Văn Khởi", "Linh mục", "Chánh xứ giáo xứ Phước Lễ"),
 P("Trần Thanh Bình")],
[Q("khoảng 20 tình nguyện viên", 20, "tình nguyện viên", "approx"), Q("hơn 400 suất cơm, cháo", 400, "suất cơm, cháo", "over"),
 Q("khoảng 90 triệu đồng", 90000000, "đồng", "approx"), Q("35 mô hình từ thiện", 35, "mô hình từ thiện"),
 Q("hơn 3,7 tỷ đồng", 3700000000, "đồng", "over"), Q("1.200 phần quà Tết", 1200, "phần quà"),
 Q("9 căn nhà Đại đoàn kết", 9, "căn nhà Đại đoàn kết"), Q("46 suất học bổng", 46, "suất học bổng"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("10 gương điển hình tiêu biểu", 10, "gương điển hình tiêu biểu"),
 Q("300 phần quà", 300, "phần quà")],
[D("Quyết định", "1234", "QĐ-TTg", "2019-09-12", "Thủ tướng Chính phủ", "Quyết định số 1234/QĐ-TTg ngày 12/9/2019")],
[prov("Bà Rịa - Vũng Tàu"), com("Phước Hiệp"), com("Long Phước")],
["Báo Bà Rịa - Vũng Tàu Online", "Xã hội | Nhân ái", "Nữ tu Maria Nguyễn Thị Lệ chuẩn bị suất cơm cho bệnh nhân. Ảnh: QUANG VŨ",
 "Dòng Mến Thánh Giá Bà Rịa", "Bệnh viện Bà Rịa", "Sơ Lệ", "Lượt xem: 4.512"],
["Thứ Sáu, 20/12/2019 - 09:00", "Hai mươi năm", "ngoài 60 tuổi", "3 giờ", "hai tháng", "Năm 2019", "Lượt xem: 4.512"]))

PAGES.append(page("b2966-laocai-mttq-giamsat-tinlanh-2020", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI
Trang chủ - Hoạt động - Giám sát, phản biện xã hội
Cập nhật: 06/11/2020 16:05
Giám sát việc thực hiện chính sách, pháp luật về tôn giáo tại Si Ma Cai
Ngày 04/11/2020, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai do bà Giàng Thị Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Luật Tín ngưỡng, tôn giáo đối với cộng đồng theo đạo Tin lành tại huyện Si Ma Cai. Đây là nội dung nằm trong chương trình giám sát năm 2020 của Mặt trận tỉnh, thực hiện theo Kế hoạch số 124/KH-MTTQ-BTT ngày 15/9/2020.
Đoàn giám sát làm việc với Huyện ủy, UBND huyện Si Ma Cai.
Cùng đi có ông Sùng Seo Vàng, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh; bà Trần Thị Minh Nguyệt, Phó Giám đốc Sở Nội vụ; đại diện Ban Dân vận Tỉnh ủy. Làm việc với đoàn có ông Ly Seo Chứ, Phó Chủ tịch UBND huyện Si Ma Cai.
Báo cáo của huyện cho biết, toàn huyện có hơn 1.900 hộ với 10.700 khẩu theo đạo Tin lành, chủ yếu là đồng bào Mông, sinh hoạt tại 32 điểm nhóm; trong đó 19 điểm nhóm đã được cấp đăng ký sinh hoạt tôn giáo tập trung theo Nghị định 162/2017/NĐ-CP. Năm 2020, các điểm nhóm đã vận động tín đồ tham gia hiến 2.300 m2 đất, góp 1.150 ngày công làm đường; không còn tình trạng tụ tập, di cư tự do như trước.
Đoàn đã trực tiếp giám sát tại 4 xã: Nàn Sán, Sán Chải, Cán Cấu, Lùng Thẩn. Tại xã Sán Chải, ông Thào A Dình, Trưởng điểm nhóm Tin lành thôn Sín Chải, phản ánh một số thủ tục đăng ký còn kéo dài; bà Giàng Thị Mai, Chủ tịch Hội LHPN xã, cho biết chị em tín đồ tích cực tham gia mô hình "5 không, 3 sạch".
Qua giám sát, đoàn ghi nhận huyện đã triển khai nghiêm túc Chỉ thị 01/2005/CT-TTg và Quyết định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền. Tuy nhiên, vẫn còn khoảng 13 điểm nhóm chưa đủ điều kiện đăng ký, việc quản lý hoạt động truyền đạo ở các thôn giáp biên còn khó khăn.
Kết luận buổi giám sát, bà Giàng Thị Dung đề nghị UBND huyện rà soát, hướng dẫn các điểm nhóm hoàn thiện hồ sơ; tăng cường vai trò người có uy tín, trưởng thôn trong tuyên truyền, vận động đồng bào; kịp thời phát hiện, xử lý hoạt động lợi dụng tôn giáo gây mất đoàn kết.
Vàng Hoa
Tin liên quan
- Bắc Hà: gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (28/10/2020)
- Mặt trận tỉnh phản biện dự thảo nghị quyết về hỗ trợ hộ nghèo (15/10/2020)
- Giám sát thực hiện chính sách bảo hiểm y tế tại Mường Khương (30/9/2020)
- Bát Xát: tín đồ Tin lành chung tay xây dựng nông thôn mới (18/9/2020)
""", "2020-11-06", "Giám sát việc thực hiện chính sách, pháp luật về tôn giáo tại Si Ma Cai",
E("giam_sat", "2020", "2020-11-04"),
[P("Giàng Thị Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng Seo Vàng", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Trần Thị Minh Nguyệt", "Phó Giám đốc Sở Nội vụ"),
 P("Ly Seo Chứ", "Phó Chủ tịch UBND huyện Si Ma Cai"),
 P("Thào A Dình", "Trưởng điểm nhóm Tin lành thôn Sín Chải"),
 P("Giàng Thị Mai", "Chủ tịch Hội LHPN xã")],
[Q("hơn 1.900 hộ", 1900, "hộ", "over"), Q("10.700 khẩu", 10700, "khẩu"), Q("32 điểm nhóm", 32, "điểm nhóm"),
 Q("19 điểm nhóm", 19, "điểm nhóm"), Q("2.300 m2", 2300, "m2"), Q("1.150 ngày công", 1150, "ngày công"),
 Q("4 xã", 4, "xã"), Q("khoảng 13 điểm nhóm", 13, "điểm nhóm", "approx")],
[D("Kế hoạch", "124", "KH-MTTQ-BTT", "2020-09-15", None, "Kế hoạch số 124/KH-MTTQ-BTT ngày 15/9/2020"),
 D("Nghị định", "162", "2017/NĐ-CP", None, None, "Nghị định 162/2017/NĐ-CP"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, None, "Chỉ thị 01/2005/CT-TTg"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW của Bộ Chính trị"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW của Bộ Chính trị")],
[prov("Lào Cai"), com("Nàn Sán"), com("Sán Chải"), com("Cán Cấu"), com("Lùng Thẩn")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI", "Trang chủ - Hoạt động - Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc với Huyện ủy, UBND huyện Si Ma Cai.", "Luật Tín ngưỡng, tôn giáo", "5 không, 3 sạch"],
["Cập nhật: 06/11/2020 16:05", "năm 2020", "5 không, 3 sạch"]))

PAGES.append(page("b2967-quangbinh-traoqua-giangsinh-2021", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG BÌNH
Trang chủ | Tin tức | Công tác dân tộc - tôn giáo
22/12/2021 08:40
Trao 500 suất quà Giáng sinh cho giáo dân và người dân vùng lũ
(MTTQ Quảng Bình) - Chiều 21/12, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Ban Bác ái xã hội - Caritas hạt Tam Tòa tổ chức trao 500 suất quà Giáng sinh cho giáo dân và người dân có hoàn cảnh khó khăn bị ảnh hưởng bởi mưa lũ trên địa bàn thành phố Đồng Hới và huyện Minh Hóa. Mỗi suất quà gồm tiền mặt và nhu yếu phẩm trị giá 700.000 đồng, tổng trị giá 350 triệu đồng.
Bà Hoàng Thị Mai Hương trao quà cho bà con giáo dân phường Đồng Phú.
Tham dự có bà Hoàng Thị Mai Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Lê Quang Phước, Phó Trưởng ban Tôn giáo Sở Nội vụ; Linh mục Phaolô Trương Văn Hiền, Quản hạt Tam Tòa; Linh mục Giuse Đinh Văn Thái, Trưởng ban Bác ái xã hội hạt.
Phát biểu tại buổi trao quà, bà Hoàng Thị Mai Hương ghi nhận đóng góp của chức sắc, giáo dân trong phong trào "Sống tốt đời, đẹp đạo" và cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Năm 2021, dù chịu tác động của dịch Covid-19, các giáo xứ trong tỉnh vẫn đóng góp hơn 4,2 tỷ đồng cho Quỹ phòng, chống dịch và hỗ trợ 2.600 hộ dân khó khăn; nhiều linh mục, tu sĩ tình nguyện vào các khu cách ly phục vụ.
Linh mục Phaolô Trương Văn Hiền cho biết, nguồn quà được các ân nhân trong và ngoài nước quyên góp. Cùng với đợt trao quà này, Caritas hạt còn tặng 60 xe lăn cho người khuyết tật và 15 con bò giống cho các hộ nghèo là đồng bào Bru - Vân Kiều ở xã Trọng Hóa, xã Dân Hóa.
Ông Hồ Văn Thành, Chủ tịch UBND xã Trọng Hóa, bày tỏ: "Bà con ở bản rất mừng khi được các cha và Mặt trận quan tâm. Xã sẽ phân bổ bò giống đúng đối tượng, công khai để dân giám sát".
Cũng trong dịp này, Ủy ban MTTQ tỉnh đã ban hành Kế hoạch số 96/KH-MTTQ-BTT về tổ chức thăm, chúc mừng các cơ sở tôn giáo dịp Lễ Giáng sinh năm 2021 và Tết Nguyên đán Nhâm Dần 2022, theo tinh thần Hướng dẫn số 30-HD/BDVTW ngày 10/11/2021 của Ban Dân vận Trung ương. Theo đó, các đoàn của tỉnh sẽ đến thăm, chúc mừng 8 giáo hạt và Hội thánh Tin lành Đồng Hới.
Nhiều hộ nhận quà xúc động chia sẻ, món quà tuy không lớn nhưng giúp gia đình đón một mùa Giáng sinh ấm áp hơn sau những tháng ngày vất vả vì dịch bệnh và mưa lũ.
Bảo Ngọc
Lượt truy cập: 75.390
Tin khác
- Quảng Trạch: gặp mặt chức sắc, chức việc các tôn giáo (16/12/2021)
- Mặt trận tỉnh tiếp nhận 1 tỷ đồng ủng hộ người dân vùng lũ (25/11/2021)
- Bố Trạch: giáo xứ Hướng Phương hỗ trợ nhà cho hộ nghèo (10/11/2021)
""", "2021-12-22", "Trao 500 suất quà Giáng sinh cho giáo dân và người dân vùng lũ",
E("trao_qua", None, "2021-12-21"),
[P("Hoàng Thị Mai Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Quang Phước", "Phó Trưởng ban Tôn giáo Sở Nội vụ"),
 P("Phaolô Trương Văn Hiền", "Linh mục", "Quản hạt Tam Tòa"),
 P("Giuse Đinh Văn Thái", "Linh mục", "Trưởng ban Bác ái xã hội hạt"),
 P("Hồ Văn Thành", "Chủ tịch UBND xã Trọng Hóa")],
[Q("500 suất quà Giáng sinh", 500, "suất quà"), Q("700.000 đồng", 700000, "đồng"), Q("350 triệu đồng", 350000000, "đồng"),
 Q("hơn 4,2 tỷ đồng", 4200000000, "đồng", "over"), Q("2.600 hộ dân", 2600, "hộ dân"), Q("60 xe lăn", 60, "xe lăn"),
 Q("15 con bò giống", 15, "con bò giống"), Q("8 giáo hạt", 8, "giáo hạt")],
[D("Kế hoạch", "96", "KH-MTTQ-BTT", None, "Ủy ban MTTQ tỉnh", "Kế hoạch số 96/KH-MTTQ-BTT"),
 D("Hướng dẫn", "30", "HD/BDVTW", "2021-11-10", "Ban Dân vận Trung ương", "Hướng dẫn số 30-HD/BDVTW ngày 10/11/2021 của Ban Dân vận Trung ương")],
[prov("Quảng Bình"), com("Đồng Phú"), com("Trọng Hóa"), com("Dân Hóa")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG BÌNH", "Trang chủ | Tin tức | Công tác dân tộc - tôn giáo", "(MTTQ Quảng Bình)",
 "Bà Hoàng Thị Mai Hương trao quà cho bà con giáo dân phường Đồng Phú.", "Sống tốt đời, đẹp đạo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Caritas hạt Tam Tòa", "Lượt truy cập: 75.390"],
["22/12/2021 08:40", "Covid-19", "Năm 2021", "Nhâm Dần 2022", "Lượt truy cập: 75.390"]))

PAGES.append(page("b2968-thuathienhue-daihoi-doanket-congiao-2022", """
BÁO THỪA THIÊN HUẾ ONLINE
Chính trị - Xã hội › Mặt trận
Thứ Tư, 15/06/2022, 18:10
Quang cảnh đại hội. Ảnh: Đức Quang
Người Công giáo Thừa Thiên Huế đồng hành cùng dân tộc
Ngày 14/6, Ủy ban Đoàn kết Công giáo tỉnh Thừa Thiên Huế tổ chức Đại hội đại biểu những người Công giáo Việt Nam xây dựng và bảo vệ Tổ quốc tỉnh lần thứ VII, nhiệm kỳ 2022 - 2027. Về dự có 150 đại biểu là linh mục, tu sĩ và giáo dân tiêu biểu đại diện cho hơn 63.000 giáo dân trong tỉnh.
Dự và chỉ đạo đại hội có đồng chí Trần Quang Vĩnh, Phó Bí thư Tỉnh ủy; đồng chí Nguyễn Thị Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Hồ Văn Kiên, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam.
Báo cáo tại đại hội cho thấy, nhiệm kỳ 2017 - 2022, phong trào thi đua "Sống tốt đời, đẹp đạo" được đẩy mạnh tại 34 giáo xứ; đồng bào Công giáo đã đóng góp gần 18 tỷ đồng cho công tác từ thiện, an sinh xã hội, xây dựng 27 nhà tình thương, trao hơn 1.100 suất học bổng. Trong đại dịch Covid-19, Ủy ban Đoàn kết Công giáo tỉnh vận động được khoảng 1,8 tỷ đồng và 40 tấn gạo hỗ trợ người dân khó khăn. Nhiều cá nhân tiêu biểu như Linh mục Phêrô Lê Đình Cường, Chánh xứ giáo xứ Phủ Cam, phường Phước Vĩnh, đã vận động xây dựng 12 căn nhà cho hộ nghèo ở xã Phong Chương.
Phát biểu chỉ đạo, đồng chí Trần Quang Vĩnh đề nghị Ủy ban Đoàn kết Công giáo tỉnh tiếp tục tuyên truyền, vận động giáo dân thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa IX về công tác tôn giáo, Kết luận số 12-KL/TW ngày 12/8/2021 của Bộ Chính trị về công tác người Việt Nam ở nước ngoài và Chỉ thị số 06-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường khối đại đoàn kết toàn dân tộc; phát huy vai trò cầu nối giữa giáo hội với chính quyền.
Đại hội đã hiệp thương cử 31 vị vào Ủy ban Đoàn kết Công giáo tỉnh khóa VII. Linh mục Giuse Trần Văn Ân, Chánh xứ giáo xứ Kim Long, tiếp tục được tín nhiệm giữ chức Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh; các Linh mục Antôn Hồ Văn Quý, Phanxicô Nguyễn Hữu Lộc được bầu làm Phó Chủ tịch. Đại hội cũng cử 9 đại biểu đi dự Đại hội toàn quốc.
Thay mặt Ủy ban khóa mới, Linh mục Giuse Trần Văn Ân cam kết tiếp tục đồng hành cùng dân tộc, động viên giáo dân sống "kính Chúa, yêu nước", chung tay xây dựng Thừa Thiên Huế trở thành thành phố trực thuộc Trung ương.
Đức Quang
Lượt xem: 1.876
Tin cùng chuyên mục
- Mặt trận tỉnh gặp mặt chức sắc Phật giáo nhân mùa Phật đản (12/5/2022)
- Phú Vang: giáo dân hiến đất mở rộng đường liên xã (20/4/2022)
- Hội nghị triển khai cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" (05/4/2022)
""", "2022-06-15", "Người Công giáo Thừa Thiên Huế đồng hành cùng dân tộc",
E("dai_hoi", None, "2022-06-14"),
[P("Trần Quang Vĩnh", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Thị Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Kiên", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Phêrô Lê Đình Cường", "Linh mục", "Chánh xứ giáo xứ Phủ Cam"),
 P("Giuse Trần Văn Ân", "Linh mục", "Chánh xứ giáo xứ Kim Long", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
 P("Antôn Hồ Văn Quý", "Linh mục", "Phó Chủ tịch"),
 P("Phanxicô Nguyễn Hữu Lộc", "Linh mục", "Phó Chủ tịch")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 63.000 giáo dân", 63000, "giáo dân", "over"), Q("34 giáo xứ", 34, "giáo xứ"),
 Q("gần 18 tỷ đồng", 18000000000, "đồng", "approx"), Q("27 nhà tình thương", 27, "nhà tình thương"),
 Q("hơn 1.100 suất học bổng", 1100, "suất học bổng", "over"), Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx"),
 Q("40 tấn", 40, "tấn"), Q("12 căn nhà", 12, "căn nhà"), Q("31 vị", 31, "vị"), Q("9 đại biểu", 9, "đại biểu")],
[D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương khóa IX", "Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa IX"),
 D("Kết luận", "12", "KL/TW", "2021-08-12", "Bộ Chính trị", "Kết luận số 12-KL/TW ngày 12/8/2021 của Bộ Chính trị"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Thừa Thiên Huế"), com("Phước Vĩnh"), com("Phong Chương")],
["BÁO THỪA THIÊN HUẾ ONLINE", "Chính trị - Xã hội › Mặt trận", "Quang cảnh đại hội. Ảnh: Đức Quang", "Sống tốt đời, đẹp đạo",
 "kính Chúa, yêu nước", "Ủy ban Đoàn kết Công giáo tỉnh", "Lượt xem: 1.876"],
["Thứ Tư, 15/06/2022, 18:10", "lần thứ VII", "nhiệm kỳ 2022 - 2027", "nhiệm kỳ 2017 - 2022", "Covid-19", "khóa VII", "Lượt xem: 1.876"]))
