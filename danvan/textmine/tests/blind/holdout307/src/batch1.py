from lib import *
PAGES = []

PAGES.append(page("b7325-hanam-hnct-taphuan-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ NAM
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Thứ Năm, 14/07/2011 - 09:30
Học viên thực hành sinh hoạt câu lạc bộ tại lớp tập huấn.
Tập huấn kỹ năng quản lý câu lạc bộ liên thế hệ tự giúp nhau
Trong hai ngày 12 và 13/7, Hội Người cao tuổi tỉnh phối hợp với Tổ chức Hỗ trợ người cao tuổi quốc tế (HelpAge International) tại Việt Nam mở lớp tập huấn năm 2011 về kỹ năng quản lý, điều hành câu lạc bộ liên thế hệ tự giúp nhau cho 46 học viên là thành viên ban chủ nhiệm các câu lạc bộ ở 8 xã thí điểm của huyện Lý Nhân và huyện Thanh Liêm.
Dự lớp học có ông Trần Văn Khuê, Chủ tịch Hội Người cao tuổi tỉnh; bà Nguyễn Thị Thu Hà, cán bộ chương trình của HelpAge International tại Việt Nam.
Các học viên được giới thiệu mục đích, nguyên tắc hoạt động của mô hình câu lạc bộ liên thế hệ tự giúp nhau; cách lập kế hoạch sinh hoạt hằng tháng, quản lý quỹ quay vòng, theo dõi sức khỏe người cao tuổi và tổ chức các hoạt động chăm sóc tại nhà. Theo quy định, mỗi câu lạc bộ có từ 50 đến 70 thành viên, trong đó ít nhất 70% là người cao tuổi và 70% là phụ nữ; hội viên được vay vốn từ quỹ quay vòng để phát triển kinh tế hộ gia đình.
Theo ông Trần Văn Khuê, sau hơn một năm triển khai thí điểm theo Kế hoạch số 12/KH-HNCT ngày 20/4/2010 của Ban Đại diện Hội Người cao tuổi tỉnh, 8 câu lạc bộ đầu tiên đã thu hút 472 thành viên, quỹ quay vòng đạt khoảng 380 triệu đồng, giúp 126 hộ vay vốn chăn nuôi, trồng rau màu. Các tình nguyện viên của câu lạc bộ đã đến thăm, chăm sóc tại nhà cho 58 người cao tuổi cô đơn, ốm đau nằm một chỗ.
Chia sẻ tại lớp học, bà Đỗ Thị Lan, Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau thôn Tiến Thắng, xã Nhân Hưng, cho biết: "Lúc đầu nhiều cụ ngại tham gia vì nghĩ chỉ là họp hành. Khi thấy câu lạc bộ cho vay vốn, đo huyết áp, tổ chức văn nghệ, các cụ rủ nhau vào đông. Nay câu lạc bộ có 60 thành viên, nhiều gia đình đã thoát nghèo".
Ông Phạm Ngọc Tước, Phó Chủ tịch UBND xã Thanh Hà, đề nghị Hội Người cao tuổi tỉnh hướng dẫn cụ thể hơn cách ghi chép sổ sách tài chính, vì nhiều ban chủ nhiệm là các cụ ngoài 70 tuổi, việc ghi chép còn lúng túng.
Kết thúc lớp học, các học viên được thực hành xây dựng kế hoạch hoạt động năm 2012 cho câu lạc bộ của mình. Hội Người cao tuổi tỉnh cho biết sẽ tham mưu UBND tỉnh thực hiện Chương trình hành động số 18/CTr-UBND ngày 05/5/2011 về công tác người cao tuổi, hướng tới nhân rộng mô hình ra các huyện Kim Bảng, Bình Lục, để người cao tuổi Hà Nam vừa được chăm sóc vừa phát huy vai trò trong cộng đồng.
Thu Hằng
Lượt đọc: 1.204
Tin liên quan
- Hội Người cao tuổi tỉnh sơ kết 6 tháng đầu năm 2011 (08/07/2011)
- Mừng thọ 312 cụ tròn 90 tuổi ở Duy Tiên (24/06/2011)
- Câu lạc bộ dưỡng sinh phường Lê Hồng Phong ra mắt (10/06/2011)
- Trao 50 suất quà cho người cao tuổi nghèo (02/06/2011)
""", "2011-07-14", "Tập huấn kỹ năng quản lý câu lạc bộ liên thế hệ tự giúp nhau",
E("tap_huan", "2011", "2011-07-12"),
[P("Trần Văn Khuê", "Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Nguyễn Thị Thu Hà", "cán bộ chương trình của HelpAge International tại Việt Nam"),
 P("Đỗ Thị Lan", "Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau thôn Tiến Thắng"),
 P("Phạm Ngọc Tước", "Phó Chủ tịch UBND xã Thanh Hà")],
[Q("46 học viên", 46, "học viên"), Q("8 xã thí điểm", 8, "xã thí điểm"),
 Q("từ 50 đến 70 thành viên", 50, "thành viên"), Q("ít nhất 70% là người cao tuổi", 70, "%", "over"),
 Q("70% là phụ nữ", 70, "%"), Q("8 câu lạc bộ", 8, "câu lạc bộ"), Q("472 thành viên", 472, "thành viên"),
 Q("khoảng 380 triệu đồng", 380000000, "đồng", "approx"), Q("126 hộ", 126, "hộ"),
 Q("58 người cao tuổi cô đơn", 58, "người cao tuổi cô đơn"), Q("60 thành viên", 60, "thành viên")],
[D("Kế hoạch", "12", "KH-HNCT", "2010-04-20", "Ban Đại diện Hội Người cao tuổi tỉnh", "Kế hoạch số 12/KH-HNCT ngày 20/4/2010"),
 D("Chương trình hành động", "18", "CTr-UBND", "2011-05-05", None, "Chương trình hành động số 18/CTr-UBND ngày 05/5/2011")],
[prov("Hà Nam"), com("Nhân Hưng"), com("Thanh Hà")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ NAM", "Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội",
 "Học viên thực hành sinh hoạt câu lạc bộ tại lớp tập huấn.", "HelpAge International", "Lượt đọc: 1.204"],
["Thứ Năm, 14/07/2011 - 09:30", "hơn một năm", "ngoài 70 tuổi", "năm 2012", "Lượt đọc: 1.204"]))

PAGES.append(page("b7326-thaibinh-hnct-tongket-2012", """
Báo Thái Bình điện tử
Xã hội » Người cao tuổi
27/12/2012 | 15:42
Thái Bình có 196 câu lạc bộ liên thế hệ tự giúp nhau
Chiều 26/12, Ban Đại diện Hội Người cao tuổi tỉnh tổng kết công tác hội và phong trào người cao tuổi năm 2012, triển khai nhiệm vụ năm 2013.
Đồng chí Vũ Đức Thắng, Phó Chủ tịch UBND tỉnh tặng bằng khen cho các tập thể. Ảnh: Minh Ngọc
Dự hội nghị có đồng chí Vũ Đức Thắng, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; đồng chí Bùi Thị Nhàn, Phó Trưởng Ban Dân vận Tỉnh ủy. Đồng chí Lương Văn Quỳnh, Trưởng Ban Đại diện Hội Người cao tuổi tỉnh chủ trì hội nghị.
Năm 2012, toàn tỉnh có 246.810 hội viên người cao tuổi, chiếm 97,6% số người cao tuổi trên địa bàn. Điểm nổi bật là mô hình câu lạc bộ liên thế hệ tự giúp nhau được nhân rộng nhanh: từ 42 câu lạc bộ cuối năm 2011, đến nay toàn tỉnh đã có 196 câu lạc bộ với hơn 10.300 thành viên, tổng quỹ đạt gần 4,6 tỷ đồng. Các câu lạc bộ đã cho 2.815 lượt hộ vay vốn, tổ chức chăm sóc tại nhà cho 1.120 người cao tuổi yếu thế.
Các cấp hội đã tổ chức mừng thọ cho 38.400 cụ ở các độ tuổi 70, 75, 80, 85, 90 và trên 100 tuổi; phối hợp với ngành y tế khám sức khỏe định kỳ cho khoảng 61.000 lượt người cao tuổi. Quỹ chăm sóc và phát huy vai trò người cao tuổi các cấp vận động được 7,25 tỷ đồng. Hội cũng tích cực tham gia cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", với 91% gia đình hội viên đạt danh hiệu gia đình văn hóa.
Tại hội nghị, ông Đặng Văn Tạo, Chủ tịch Hội Người cao tuổi xã Thụy Dương, chia sẻ: từ 1 câu lạc bộ năm 2011, xã đã phát triển thêm 2 câu lạc bộ; mỗi tháng các thành viên góp 10.000 đồng vào quỹ, đến nay quỹ đạt 96 triệu đồng. Bà Trần Thị Mến, Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau xã Vũ Lễ, kiến nghị tỉnh có cơ chế hỗ trợ kinh phí ban đầu cho các câu lạc bộ mới thành lập.
Phát biểu chỉ đạo, đồng chí Vũ Đức Thắng đề nghị các cấp hội tiếp tục quán triệt Chỉ thị số 59-CT/TW ngày 27/9/1995 của Bộ Chính trị về chăm sóc người cao tuổi và Luật Người cao tuổi; phối hợp với Mặt trận Tổ quốc, các đoàn thể thực hiện Quyết định số 1781/QĐ-TTg ngày 22/11/2012 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia về người cao tuổi giai đoạn 2012 - 2020. Năm 2013, phấn đấu mỗi huyện, thành phố có thêm ít nhất 10 câu lạc bộ.
Dịp này, UBND tỉnh tặng bằng khen cho 14 tập thể và 21 cá nhân; Trung ương Hội Người cao tuổi Việt Nam tặng kỷ niệm chương cho 9 cá nhân.
Minh Ngọc
Tin cùng chuyên mục
- Vũ Thư: 120 cụ được tặng quà nhân Ngày Quốc tế Người cao tuổi (02/10/2012)
- Kiến Xương: ra mắt câu lạc bộ thơ người cao tuổi (18/09/2012)
- Hưng Hà chú trọng phát triển hội viên (30/08/2012)
""", "2012-12-27", "Thái Bình có 196 câu lạc bộ liên thế hệ tự giúp nhau",
E("tong_ket", "2012", "2012-12-26"),
[P("Vũ Đức Thắng", "Phó Chủ tịch UBND tỉnh", "Tỉnh ủy viên"),
 P("Bùi Thị Nhàn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Quỳnh", "Trưởng Ban Đại diện Hội Người cao tuổi tỉnh"),
 P("Đặng Văn Tạo", "Chủ tịch Hội Người cao tuổi xã Thụy Dương"),
 P("Trần Thị Mến", "Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau xã Vũ Lễ")],
[Q("196 câu lạc bộ liên thế hệ tự giúp nhau", 196, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("246.810 hội viên người cao tuổi", 246810, "hội viên người cao tuổi"), Q("97,6%", 97.6, "%"),
 Q("42 câu lạc bộ", 42, "câu lạc bộ"), Q("hơn 10.300 thành viên", 10300, "thành viên", "over"),
 Q("gần 4,6 tỷ đồng", 4600000000, "đồng", "approx"), Q("2.815 lượt hộ", 2815, "lượt hộ"),
 Q("1.120 người cao tuổi yếu thế", 1120, "người cao tuổi yếu thế"), Q("38.400 cụ", 38400, "cụ"),
 Q("khoảng 61.000 lượt người cao tuổi", 61000, "lượt người cao tuổi", "approx"),
 Q("7,25 tỷ đồng", 7250000000, "đồng"), Q("91% gia đình hội viên", 91, "%"),
 Q("2 câu lạc bộ", 2, "câu lạc bộ"), Q("10.000 đồng", 10000, "đồng"), Q("96 triệu đồng", 96000000, "đồng"),
 Q("ít nhất 10 câu lạc bộ", 10, "câu lạc bộ", "over"), Q("14 tập thể", 14, "tập thể"),
 Q("21 cá nhân", 21, "cá nhân"), Q("9 cá nhân", 9, "cá nhân")],
[D("Chỉ thị", "59", "CT/TW", "1995-09-27", "Bộ Chính trị", "Chỉ thị số 59-CT/TW ngày 27/9/1995"),
 D("Quyết định", "1781", "QĐ-TTg", "2012-11-22", "Thủ tướng Chính phủ", "Quyết định số 1781/QĐ-TTg ngày 22/11/2012")],
[prov("Thái Bình"), com("Thụy Dương"), com("Vũ Lễ")],
["Báo Thái Bình điện tử", "Xã hội » Người cao tuổi",
 "Đồng chí Vũ Đức Thắng, Phó Chủ tịch UBND tỉnh tặng bằng khen cho các tập thể. Ảnh: Minh Ngọc",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Luật Người cao tuổi",
 "Chương trình hành động quốc gia về người cao tuổi giai đoạn 2012 - 2020"],
["27/12/2012 | 15:42", "năm 2012", "năm 2013", "cuối năm 2011", "70, 75, 80, 85, 90", "trên 100 tuổi",
 "1 câu lạc bộ", "giai đoạn 2012 - 2020"]))

PAGES.append(page("b7327-quangbinh-hnct-traoqua-2013", """
BÁO QUẢNG BÌNH ONLINE
Trang chủ / Xã hội / Chính sách xã hội
Cập nhật lúc 16:05 ngày 31/01/2013
Mang Tết ấm đến với người cao tuổi vùng lũ
(QBĐT) - Ngày 30/1, đoàn công tác của Hội Người cao tuổi tỉnh do ông Hoàng Minh Đức, Chủ tịch Hội, dẫn đầu đã đến thăm, tặng quà Tết Quý Tỵ cho người cao tuổi có hoàn cảnh khó khăn và các câu lạc bộ liên thế hệ tự giúp nhau tại huyện Lệ Thủy và Quảng Ninh.
Tại xã Tân Ninh, đoàn đã trao 120 suất quà, mỗi suất gồm 300.000 đồng tiền mặt và một số nhu yếu phẩm, cho các cụ cô đơn, không nơi nương tựa, gia đình bị thiệt hại trong đợt lũ cuối năm 2012. Tại xã An Thủy, đoàn trao tặng 80 suất quà Tết cho thành viên câu lạc bộ liên thế hệ tự giúp nhau và hỗ trợ 15 triệu đồng bổ sung quỹ quay vòng cho câu lạc bộ thôn Xuân Hồi.
Đón đoàn, bà Lê Thị Thơm, Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau thôn Xuân Hồi xúc động cho biết, câu lạc bộ thành lập từ giữa năm 2012 với 55 thành viên, phần đông là các cụ bà và phụ nữ trung niên. Sau trận lũ, các thành viên đã góp gạo, góp công dọn dẹp nhà cửa cho 17 hộ người cao tuổi bị ngập sâu; nhóm tình nguyện viên trẻ của câu lạc bộ thay nhau đến nấu cơm, giặt giũ cho cụ Trần Thị Hến, 92 tuổi, sống một mình.
Cùng đi với đoàn, ông Nguyễn Văn Lợi, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, cho biết toàn tỉnh hiện có hơn 104.000 người cao tuổi, trong đó khoảng 12% thuộc hộ nghèo. Dịp Tết này, từ nguồn ngân sách và vận động xã hội hóa, tỉnh dành hơn 2,3 tỷ đồng để thăm, tặng quà người cao tuổi, trong đó riêng Hội Người cao tuổi tỉnh vận động được 650 triệu đồng.
Ông Hoàng Minh Đức đề nghị Hội Người cao tuổi các xã tiếp tục thực hiện Kế hoạch số 05-KH/HNCT về chăm sóc người cao tuổi dịp Tết, không để cụ nào không có Tết; đồng thời cùng chính quyền địa phương rà soát, đề xuất nhân rộng mô hình câu lạc bộ liên thế hệ tự giúp nhau ở những xã thường xuyên bị ngập lụt.
Trong niềm vui đón Tết, nhiều cụ bày tỏ mong muốn câu lạc bộ sớm được mở rộng để những người già neo đơn ở thôn bên cũng có chỗ dựa. Cụ Nguyễn Văn Thắm, 84 tuổi, thành viên câu lạc bộ, kể: "Năm nay nhà ngập gần đến nóc, nếu không có mấy đứa trẻ trong câu lạc bộ sang dọn giúp thì tôi cũng chẳng biết xoay xở thế nào". Ở nhiều thôn, các cháu thanh niên còn lập danh sách, phân công nhau đến từng nhà các cụ neo đơn trong những ngày giáp Tết.
Cũng trong dịp này, Hội Chữ thập đỏ tỉnh và Công ty Điện lực Quảng Bình đã phối hợp trao 200 chiếc chăn ấm cho người cao tuổi nghèo ở xã Hiền Ninh.
Thanh Hải
Tin khác
- Ra mắt câu lạc bộ liên thế hệ thứ 10 ở Bố Trạch (12/01/2013)
- Quảng Trạch: mừng thọ 245 cụ đầu xuân (05/01/2013)
- Hội Người cao tuổi tỉnh tổng kết năm 2012 (26/12/2012)
""", "2013-01-31", "Mang Tết ấm đến với người cao tuổi vùng lũ",
E("trao_qua", None, "2013-01-30"),
[P("Hoàng Minh Đức", "Chủ tịch Hội"),
 P("Lê Thị Thơm", "Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau thôn Xuân Hồi"),
 P("Nguyễn Văn Lợi", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Trần Thị Hến"), P("Nguyễn Văn Thắm", "thành viên câu lạc bộ")],
[Q("120 suất quà", 120, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("80 suất quà Tết", 80, "suất quà"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("55 thành viên", 55, "thành viên"),
 Q("17 hộ người cao tuổi", 17, "hộ người cao tuổi"),
 Q("hơn 104.000 người cao tuổi", 104000, "người cao tuổi", "over"), Q("khoảng 12%", 12, "%", "approx"),
 Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("650 triệu đồng", 650000000, "đồng"),
 Q("200 chiếc chăn ấm", 200, "chiếc chăn ấm")],
[D("Kế hoạch", "05", "KH/HNCT", None, None, "Kế hoạch số 05-KH/HNCT")],
[prov("Quảng Bình"), com("Tân Ninh"), com("An Thủy"), com("Hiền Ninh")],
["BÁO QUẢNG BÌNH ONLINE", "Trang chủ / Xã hội / Chính sách xã hội", "(QBĐT)",
 "Sở Lao động - Thương binh và Xã hội", "Công ty Điện lực Quảng Bình"],
["Cập nhật lúc 16:05 ngày 31/01/2013", "Tết Quý Tỵ", "cuối năm 2012", "giữa năm 2012", "92 tuổi", "84 tuổi"]))

PAGES.append(page("b7328-camau-clblth-ramat-2014", """
Cà Mau Online - Báo Cà Mau
Bạn đang ở: Trang chủ | Xã hội | Đời sống
Thứ Ba, 20/05/2014
Cập nhật: 14:20, 20-5-2014
Ra mắt câu lạc bộ liên thế hệ tự giúp nhau đầu tiên ở Cà Mau
(CMO) Sáng 19/5, tại ấp Cái Cấm, xã Lý Văn Lâm, Hội Người cao tuổi tỉnh phối hợp với UBND thành phố Cà Mau tổ chức ra mắt câu lạc bộ liên thế hệ tự giúp nhau đầu tiên của tỉnh.
Câu lạc bộ có 52 thành viên, trong đó 38 người là người cao tuổi, 34 người là phụ nữ, còn lại là thanh niên và trung niên trong ấp. Bà Dương Thị Bích, Phó Chủ tịch Hội Người cao tuổi xã Lý Văn Lâm được bầu làm Chủ nhiệm câu lạc bộ; ông Lâm Văn Út và chị Thạch Thị Sa Ly được bầu làm Phó Chủ nhiệm.
Phát biểu tại buổi lễ, ông Tô Minh Hoàng, Chủ tịch Hội Người cao tuổi tỉnh cho biết, câu lạc bộ được thành lập theo Công văn số 86/HNCT-VP ngày 14/3/2014 của Trung ương Hội Người cao tuổi Việt Nam về thí điểm mô hình ở các tỉnh Đồng bằng sông Cửu Long. Câu lạc bộ hoạt động theo 8 nội dung: tăng thu nhập, chăm sóc sức khỏe, chăm sóc tại nhà, văn hóa - văn nghệ, học tập suốt đời, tình nguyện, quyền lợi và huy động nguồn lực.
Để có vốn ban đầu, Hội Người cao tuổi tỉnh hỗ trợ 40 triệu đồng, UBND xã hỗ trợ 5 triệu đồng; mỗi thành viên đóng góp 20.000 đồng mỗi tháng. Theo dự kiến, quỹ sẽ cho khoảng 15 hộ vay đợt đầu, mức vay từ 3 đến 5 triệu đồng/hộ, thời hạn 12 tháng, để nuôi heo, nuôi vịt và trồng rau.
Ông Nguyễn Hoàng Khải, Phó Chủ tịch UBND thành phố Cà Mau đánh giá: mô hình rất phù hợp với vùng ven đô, nơi nhiều người cao tuổi phải sống một mình do con cháu đi làm ăn xa ở Bình Dương, Thành phố Hồ Chí Minh. Thành phố sẽ tạo điều kiện về nơi sinh hoạt, bố trí cán bộ y tế xã đo huyết áp định kỳ cho các cụ.
Chị Thạch Thị Sa Ly, Phó Chủ nhiệm câu lạc bộ chia sẻ: "Tôi tham gia để học các cô chú cách làm ăn, và cũng để đi thăm các ông bà neo đơn trong ấp mỗi tuần".
Theo kế hoạch của Hội Người cao tuổi tỉnh, từ nay đến cuối năm 2014 sẽ thành lập thêm 4 câu lạc bộ ở các huyện Thới Bình, Trần Văn Thời và Đầm Dơi, hướng tới mỗi huyện có ít nhất 1 câu lạc bộ điểm.
Theo số liệu của Hội Người cao tuổi tỉnh, Cà Mau hiện có trên 96.000 người cao tuổi, trong đó nhiều cụ sống ở vùng sâu, đi lại khó khăn, thu nhập bấp bênh. Việc ra mắt câu lạc bộ tại xã Lý Văn Lâm được xem là bước thử để rút kinh nghiệm trước khi nhân rộng.
Buổi lễ ra mắt diễn ra trong không khí ấm cúng với các tiết mục đờn ca tài tử do chính thành viên câu lạc bộ biểu diễn.
Huỳnh Lâm
Tin liên quan
- Cà Mau: hơn 4.000 cụ được mừng thọ năm 2014 (10/02/2014)
- Hội Người cao tuổi tỉnh triển khai nhiệm vụ năm 2014 (08/01/2014)
- Trao 300 thẻ bảo hiểm y tế cho người cao tuổi nghèo (20/12/2013)
""", "2014-05-20", "Ra mắt câu lạc bộ liên thế hệ tự giúp nhau đầu tiên ở Cà Mau",
E("khac", None, "2014-05-19"),
[P("Dương Thị Bích", "Phó Chủ tịch Hội Người cao tuổi xã Lý Văn Lâm", "Chủ nhiệm câu lạc bộ"),
 P("Lâm Văn Út", "Phó Chủ nhiệm"),
 P("Thạch Thị Sa Ly", "Phó Chủ nhiệm", "Phó Chủ nhiệm câu lạc bộ"),
 P("Tô Minh Hoàng", "Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Nguyễn Hoàng Khải", "Phó Chủ tịch UBND thành phố Cà Mau")],
[Q("52 thành viên", 52, "thành viên"), Q("38 người", 38, "người"), Q("34 người", 34, "người"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("5 triệu đồng", 5000000, "đồng"), Q("20.000 đồng", 20000, "đồng"),
 Q("khoảng 15 hộ", 15, "hộ", "approx"), Q("từ 3 đến 5 triệu đồng/hộ", 3000000, "đồng"),
 Q("trên 96.000 người cao tuổi", 96000, "người cao tuổi", "over"), Q("4 câu lạc bộ", 4, "câu lạc bộ"), Q("ít nhất 1 câu lạc bộ điểm", 1, "câu lạc bộ điểm", "over")],
[D("Công văn", "86", "HNCT-VP", "2014-03-14", "Trung ương Hội Người cao tuổi Việt Nam", "Công văn số 86/HNCT-VP ngày 14/3/2014")],
[prov("Cà Mau"), com("Lý Văn Lâm")],
["Cà Mau Online - Báo Cà Mau", "Bạn đang ở: Trang chủ | Xã hội | Đời sống", "(CMO)",
 "Đồng bằng sông Cửu Long", "Bình Dương", "Thành phố Hồ Chí Minh"],
["Thứ Ba, 20/05/2014", "Cập nhật: 14:20, 20-5-2014", "8 nội dung", "12 tháng", "cuối năm 2014"]))

PAGES.append(page("b7329-ninhbinh-hnct-soket-2015", """
NINH BÌNH ONLINE - Cơ quan của Đảng bộ, Chính quyền, Nhân dân tỉnh Ninh Bình
Chính trị - Xã hội >> Mặt trận - Đoàn thể
10/07/2015 - 08:50
Ảnh: Quang cảnh hội nghị.
Hội Người cao tuổi tỉnh: Hoàn thành 56% chỉ tiêu năm
Ngày 9/7, Hội Người cao tuổi tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2015, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Đinh Văn Hùng, Chủ tịch Hội Người cao tuổi tỉnh chủ trì hội nghị.
Sáu tháng qua, các cấp hội đã kết nạp thêm 3.260 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 131.420 người. Mô hình câu lạc bộ liên thế hệ tự giúp nhau tiếp tục được quan tâm, thành lập mới 11 câu lạc bộ, nâng tổng số lên 64 câu lạc bộ với 3.580 thành viên; tổng quỹ quay vòng của các câu lạc bộ đạt 2,14 tỷ đồng. Nhiều câu lạc bộ ở huyện Yên Khánh, Kim Sơn hoạt động hiệu quả, hơn 90% hộ vay vốn trả nợ đúng hạn.
Các cấp hội đã phối hợp tổ chức mừng thọ cho 14.600 cụ; vận động xây dựng, sửa chữa 23 nhà ở cho người cao tuổi nghèo với tổng trị giá trên 1,1 tỷ đồng. Công tác thực hiện chính sách theo Nghị định số 06/2011/NĐ-CP ngày 14/1/2011 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Người cao tuổi được bảo đảm, 100% người từ đủ 80 tuổi trở lên được hưởng trợ cấp xã hội hằng tháng.
Hội nghị đã nghe đại diện một số câu lạc bộ trao đổi kinh nghiệm. Bà Phạm Thị Hoa, Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau xã Khánh Thiện, cho biết sau hơn 2 năm hoạt động, câu lạc bộ đã cho 94 lượt thành viên vay vốn, 7 hộ thoát nghèo. Ông Vũ Văn Tiến, Phó Chủ tịch Hội Người cao tuổi huyện Kim Sơn đề nghị tỉnh hỗ trợ thêm kinh phí tập huấn cho ban chủ nhiệm.
Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: việc phát triển hội viên ở khu vực thành phố Ninh Bình còn chậm; một số câu lạc bộ sinh hoạt chưa đều, sổ sách ghi chép chưa đầy đủ; nguồn quỹ của nhiều chi hội còn nhỏ, chủ yếu dựa vào đóng góp của hội viên.
Phát biểu chỉ đạo, bà Lê Thị Thủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị 6 tháng cuối năm các cấp hội bám sát Kế hoạch số 37/KH-UBND ngày 08/5/2015 của UBND tỉnh về nhân rộng mô hình câu lạc bộ liên thế hệ tự giúp nhau giai đoạn 2015 - 2020, phấn đấu đến cuối năm có 80 câu lạc bộ; chuẩn bị tốt các hoạt động hưởng ứng Tháng hành động vì người cao tuổi Việt Nam và kỷ niệm 74 năm Ngày Truyền thống người cao tuổi Việt Nam.
Nguyễn Lưu
Lượt xem: 645
Tin cùng chuyên mục
- Hoa Lư: 15 câu lạc bộ liên thế hệ được tặng giấy khen (02/07/2015)
- Người cao tuổi Yên Mô làm kinh tế giỏi (24/06/2015)
- Ra mắt câu lạc bộ liên thế hệ tự giúp nhau xã Gia Sinh (11/06/2015)
- Kim Sơn: hội nghị triển khai Luật Người cao tuổi (29/05/2015)
""", "2015-07-10", "Hội Người cao tuổi tỉnh: Hoàn thành 56% chỉ tiêu năm",
E("so_ket", "2015-H1", "2015-07-09"),
[P("Đinh Văn Hùng", "Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Phạm Thị Hoa", "Chủ nhiệm câu lạc bộ liên thế hệ tự giúp nhau xã Khánh Thiện"),
 P("Vũ Văn Tiến", "Phó Chủ tịch Hội Người cao tuổi huyện Kim Sơn"),
 P("Lê Thị Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("56% chỉ tiêu", 56, "%"), Q("3.260 hội viên mới", 3260, "hội viên mới"), Q("131.420 người", 131420, "người"),
 Q("11 câu lạc bộ", 11, "câu lạc bộ"), Q("64 câu lạc bộ", 64, "câu lạc bộ"), Q("3.580 thành viên", 3580, "thành viên"),
 Q("2,14 tỷ đồng", 2140000000, "đồng"), Q("hơn 90% hộ", 90, "%", "over"), Q("14.600 cụ", 14600, "cụ"),
 Q("23 nhà ở", 23, "nhà ở"), Q("trên 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("100% người", 100, "%"),
 Q("94 lượt thành viên", 94, "lượt thành viên"), Q("7 hộ", 7, "hộ"), Q("80 câu lạc bộ", 80, "câu lạc bộ")],
[D("Nghị định", "06", "2011/NĐ-CP", "2011-01-14", "Chính phủ", "Nghị định số 06/2011/NĐ-CP ngày 14/1/2011"),
 D("Kế hoạch", "37", "KH-UBND", "2015-05-08", "UBND tỉnh", "Kế hoạch số 37/KH-UBND ngày 08/5/2015")],
[prov("Ninh Bình"), com("Khánh Thiện")],
["NINH BÌNH ONLINE - Cơ quan của Đảng bộ, Chính quyền, Nhân dân tỉnh Ninh Bình", "Chính trị - Xã hội >> Mặt trận - Đoàn thể",
 "Ảnh: Quang cảnh hội nghị.", "Luật Người cao tuổi", "Tháng hành động vì người cao tuổi Việt Nam", "Lượt xem: 645"],
["10/07/2015 - 08:50", "6 tháng đầu năm 2015", "6 tháng cuối năm", "đủ 80 tuổi trở lên", "hơn 2 năm",
 "giai đoạn 2015 - 2020", "74 năm", "Lượt xem: 645"]))

PAGES.append(page("b7330-hue-hdnd-giamsat-2016", """
Báo Thừa Thiên Huế Online
Thời sự > Chính trị
Thứ Năm, 16/06/2016 | 17:10
Giám sát việc thực hiện chính sách đối với người cao tuổi
Trong hai ngày 14 - 15/6, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh do bà Hồ Thị Thanh Hương, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn, đã giám sát việc thực hiện chính sách pháp luật về người cao tuổi năm 2016 tại Sở Lao động - Thương binh và Xã hội, Hội Người cao tuổi tỉnh và thị xã Hương Thủy.
Theo báo cáo, toàn tỉnh hiện có 118.540 người cao tuổi, trong đó 20.870 người từ 80 tuổi trở lên đang hưởng trợ cấp xã hội hằng tháng với mức 270.000 đồng/người/tháng. Trong năm 2015, ngân sách tỉnh chi gần 68 tỷ đồng cho trợ cấp, mua thẻ bảo hiểm y tế và mừng thọ người cao tuổi. Toàn tỉnh có 27 câu lạc bộ liên thế hệ tự giúp nhau thành lập theo Kế hoạch số 96/KH-UBND ngày 12/6/2013 của UBND tỉnh thực hiện Chương trình hành động quốc gia về người cao tuổi, phần lớn là các câu lạc bộ thí điểm do tổ chức HelpAge hỗ trợ từ năm 2013.
Tại buổi làm việc ở thị xã Hương Thủy, ông Lê Văn Phước, Phó Chủ tịch UBND thị xã, cho biết thị xã có 9 câu lạc bộ liên thế hệ tự giúp nhau với 486 thành viên, tập trung ở phường Thủy Dương và các xã Thủy Thanh, Thủy Vân. Các câu lạc bộ đã giúp 212 lượt hộ vay vốn với tổng số tiền khoảng 1,3 tỷ đồng; tình nguyện viên thường xuyên chăm sóc 64 người cao tuổi neo đơn.
Bà Nguyễn Thị Xuân, Chủ tịch Hội Người cao tuổi tỉnh, kiến nghị HĐND tỉnh xem xét nâng mức chúc thọ, mừng thọ và bố trí kinh phí cho Hội triển khai Đề án số 04-ĐA/HNCT về phát triển câu lạc bộ liên thế hệ giai đoạn 2016 - 2020. Theo bà Xuân, hiện còn khoảng 15% người cao tuổi chưa được khám sức khỏe định kỳ, nhiều trạm y tế xã chưa lập hồ sơ theo dõi sức khỏe cho các cụ.
Kết luận buổi giám sát, bà Hồ Thị Thanh Hương ghi nhận các ngành, địa phương đã thực hiện khá đầy đủ chính sách theo Luật Người cao tuổi; đề nghị UBND tỉnh sớm ban hành kế hoạch nhân rộng câu lạc bộ liên thế hệ tự giúp nhau, mỗi huyện, thị xã, thành phố phấn đấu có ít nhất 5 câu lạc bộ vào năm 2020; Sở Y tế chỉ đạo 100% trạm y tế xã, phường lập sổ theo dõi sức khỏe người cao tuổi.
Các thành viên đoàn cũng chỉ ra một số tồn tại như: việc rà soát đối tượng hưởng trợ cấp ở một số xã còn chậm; kinh phí hoạt động của Hội Người cao tuổi cấp xã còn hạn hẹp; nhiều câu lạc bộ chưa có nơi sinh hoạt ổn định, phải mượn nhà văn hóa thôn hoặc nhà riêng của thành viên.
Tham gia đoàn giám sát có ông Trần Văn Dũng, Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh và đại diện Ủy ban MTTQ Việt Nam tỉnh.
Phương Thảo
Tin liên quan
- HĐND tỉnh giám sát công tác giảm nghèo (10/06/2016)
- Phú Vang mừng thọ 1.500 cụ (02/06/2016)
- Ra mắt câu lạc bộ liên thế hệ ở phường Hương Sơ (20/05/2016)
""", "2016-06-16", "Giám sát việc thực hiện chính sách đối với người cao tuổi",
E("giam_sat", "2016", "2016-06-14"),
[P("Hồ Thị Thanh Hương", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh", "trưởng đoàn"),
 P("Lê Văn Phước", "Phó Chủ tịch UBND thị xã"),
 P("Nguyễn Thị Xuân", "Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Trần Văn Dũng", "Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh")],
[Q("118.540 người cao tuổi", 118540, "người cao tuổi"), Q("20.870 người", 20870, "người"),
 Q("270.000 đồng/người/tháng", 270000, "đồng"), Q("gần 68 tỷ đồng", 68000000000, "đồng", "approx"),
 Q("27 câu lạc bộ liên thế hệ tự giúp nhau", 27, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("9 câu lạc bộ liên thế hệ tự giúp nhau", 9, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("486 thành viên", 486, "thành viên"), Q("212 lượt hộ", 212, "lượt hộ"),
 Q("khoảng 1,3 tỷ đồng", 1300000000, "đồng", "approx"), Q("64 người cao tuổi neo đơn", 64, "người cao tuổi neo đơn"),
 Q("khoảng 15% người cao tuổi", 15, "%", "approx"), Q("ít nhất 5 câu lạc bộ", 5, "câu lạc bộ", "over"),
 Q("100% trạm y tế", 100, "%")],
[D("Kế hoạch", "96", "KH-UBND", "2013-06-12", "UBND tỉnh", "Kế hoạch số 96/KH-UBND ngày 12/6/2013"),
 D("Đề án", "04", "ĐA/HNCT", None, None, "Đề án số 04-ĐA/HNCT")],
[prov("Thừa Thiên Huế"), com("Thủy Dương"), com("Thủy Thanh"), com("Thủy Vân")],
["Báo Thừa Thiên Huế Online", "Thời sự > Chính trị", "Luật Người cao tuổi", "HelpAge",
 "Sở Lao động - Thương binh và Xã hội", "Chương trình hành động quốc gia về người cao tuổi"],
["Thứ Năm, 16/06/2016 | 17:10", "năm 2016", "năm 2015", "từ 80 tuổi trở lên", "giai đoạn 2016 - 2020", "năm 2020", "năm 2013"]))
