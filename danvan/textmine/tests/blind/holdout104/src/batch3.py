from lib import *
PAGES = []

PAGES.append(page("b2465-kontum-bdv-tongket-2021", """
BAN DÂN VẬN TỈNH ỦY KON TUM
You are here: Trang chủ / Tin tức - Sự kiện / Hoạt động của Ban
29/12/2021 - 10:05
Toàn cảnh hội nghị.
Vượt khó, chung tay phòng chống dịch và xây dựng nông thôn mới
Ngày 28/12, Ban Dân vận Tỉnh ủy Kon Tum tổ chức hội nghị tổng kết công tác dân vận năm 2021 theo hình thức trực tuyến tại 10 điểm cầu huyện, thành phố. Đồng chí A Pớt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2021, trong bối cảnh dịch COVID-19 diễn biến phức tạp, Ban Dân vận Tỉnh ủy đã tham mưu Tỉnh ủy ban hành Kết luận 01, 02-KL/TU về công tác dân vận trong phòng, chống dịch và về vận động đồng bào dân tộc thiểu số thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Ban cũng chủ trì xây dựng đề án số 05-ĐA/TU về nâng cao chất lượng hoạt động của tổ dân vận thôn, làng.
Khối dân vận các cấp đã vận động nhân dân ủng hộ phòng, chống dịch trên 12,4 tỷ đồng và 86 tấn nông sản; hỗ trợ theo Nghị quyết số 68/NQ-CP cho 7.215 lao động. Toàn tỉnh có 28 xã đạt chuẩn nông thôn mới, tăng 5 xã so với năm 2020; nhân dân hiến 61.000 m2 đất, góp 38.000 ngày công làm đường làng. Phong trào thi đua "Dân vận khéo" có 426 mô hình, điển hình được biểu dương, trong đó 39 mô hình cấp tỉnh.
Thảo luận tại hội nghị, bà Y Khuyên, HUV, Trưởng Ban Dân vận Huyện ủy Tu Mơ Rông, cho biết huyện đã vận động 1.140 hộ đồng bào Xơ Đăng bỏ tập quán chăn nuôi thả rông. Ông A Hiêng, Bí thư Chi bộ làng Kon Hring, xã Đắk Tơ Lung, chia sẻ kinh nghiệm vận động bà con tiêm vắc xin: "Già làng, người có uy tín tiêm trước, bà con mới yên tâm". Bà Nguyễn Thị Hồng Nhung, Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, báo cáo kết quả thực hiện Quy chế dân chủ ở cơ sở.
Đồng chí A Pớt đề nghị năm 2022 tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; phối hợp triển khai Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ; vận động nhân dân thực hiện "thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19".
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 14 tập thể và 22 cá nhân; đồng chí Y Sương, Phó Trưởng Ban Dân vận Tỉnh ủy, công bố quyết định khen thưởng. Trong năm, Ban đã phối hợp tổ chức 6 đợt khảo sát tình hình tư tưởng nhân dân tại các xã biên giới.
Thu Hoài
Lượt xem: 1.448
Tin liên quan
- Đắk Hà ra mắt 3 mô hình Dân vận khéo (15/12/2021)
- Giao ban khối dân vận quý III năm 2021 (04/10/2021)
- Vận động đồng bào tiêm vắc xin phòng COVID-19 (20/9/2021)
""", "2021-12-29", "Vượt khó, chung tay phòng chống dịch và xây dựng nông thôn mới",
E("tong_ket", "2021", "2021-12-28"),
[P("A Pớt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Khuyên", "HUV", "Trưởng Ban Dân vận Huyện ủy Tu Mơ Rông"),
 P("A Hiêng", "Bí thư Chi bộ làng Kon Hring"),
 P("Nguyễn Thị Hồng Nhung", "Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Y Sương", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("10 điểm cầu huyện, thành phố", 10, "điểm cầu huyện, thành phố"), Q("trên 12,4 tỷ đồng", 12400000000, "đồng", "over"),
 Q("86 tấn", 86, "tấn"), Q("7.215 lao động", 7215, "lao động"), Q("28 xã", 28, "xã"), Q("5 xã", 5, "xã"),
 Q("61.000 m2", 61000, "m2"), Q("38.000 ngày công", 38000, "ngày công"), Q("426 mô hình, điển hình", 426, "mô hình, điển hình"),
 Q("39 mô hình cấp tỉnh", 39, "mô hình cấp tỉnh"), Q("1.140 hộ đồng bào Xơ Đăng", 1140, "hộ đồng bào Xơ Đăng"),
 Q("14 tập thể", 14, "tập thể"), Q("22 cá nhân", 22, "cá nhân"), Q("6 đợt khảo sát tình hình tư tưởng nhân dân", 6, "đợt khảo sát tình hình tư tưởng nhân dân")],
[D("Kết luận", "01", "KL/TU", None, "Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Đề án", "05", "ĐA/TU", None, None, "đề án số 05-ĐA/TU"),
 D("Nghị quyết", "68", "NQ-CP", None, None, "Nghị quyết số 68/NQ-CP"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Kon Tum"), com("Đắk Tơ Lung")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "You are here: Trang chủ / Tin tức - Sự kiện / Hoạt động của Ban", "Toàn cảnh hội nghị.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Dân vận khéo", "Quy chế công tác dân vận của hệ thống chính trị",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19", "Lượt xem: 1.448"],
["29/12/2021 - 10:05", "năm 2021", "năm 2020", "năm 2022", "COVID-19", "Lượt xem: 1.448"]))

PAGES.append(page("b2466-kiengiang-mttq-giaoban-2022", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KIÊN GIANG
Hôm nay: Thứ Hai, 28/03/2022
Trang chủ - Tin hoạt động - Mặt trận các cấp
08:15 | 25/03/2022
Giao ban khối Mặt trận quý I: hơn 1.300 hộ nghèo được hỗ trợ sinh kế
Sáng 24/3, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị giao ban công tác Mặt trận quý I năm 2022 với Ủy ban MTTQ các huyện, thành phố. Đồng chí Danh Thị Mỹ Hạnh, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Trong quý I, thực hiện Kế hoạch số 12/KH-MTTQ-BTT ngày 10/01/2022 của Ban Thường trực Ủy ban MTTQ tỉnh, Mặt trận các cấp đã vận động chăm lo Tết Nhâm Dần được 48,7 tỷ đồng, trao 61.300 phần quà cho hộ nghèo, hộ cận nghèo, người có công. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" tiếp tục gắn với phong trào "Kiên Giang chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"; hơn 1.300 hộ nghèo được hỗ trợ con giống, cây giống, phương tiện sinh kế.
Đồng chí Danh Thị Mỹ Hạnh chủ trì hội nghị giao ban.
Trong đồng bào Khmer, Mặt trận phối hợp với Hội Đoàn kết sư sãi yêu nước tỉnh thăm, chúc Tết Chôl Chnăm Thmây sớm tại 73 chùa Phật giáo Nam tông Khmer. Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" được lồng ghép với giới thiệu 54 sản phẩm OCOP của tỉnh; 3 phiên chợ hàng Việt được tổ chức ở các xã vùng sâu.
Tại hội nghị, ông Chau Chanh Đa, Chủ tịch Ủy ban MTTQ Việt Nam huyện Giồng Riềng, đề nghị tỉnh sớm phân bổ kinh phí hỗ trợ xây 120 căn nhà Đại đoàn kết năm 2022. Bà Néang Sa Phia, Trưởng ban Công tác Mặt trận ấp Xẻo Cạn, xã Vĩnh Hòa Hưng Bắc, nêu khó khăn khi vận động bà con chăn nuôi theo hướng an toàn sinh học. Đại đức Danh Sóc Ta, trụ trì chùa Khmer Thạnh Lợi, cho biết chùa vừa mở 4 lớp dạy chữ Khmer cho 126 em.
Kết luận, đồng chí Danh Thị Mỹ Hạnh đề nghị quý II tập trung hướng dẫn tổ chức Ngày hội Đại đoàn kết toàn dân tộc; triển khai Chỉ thị 18, 19-CT/TU của Ban Thường vụ Tỉnh ủy về công tác Mặt trận ở khu dân cư và công tác vận động đồng bào dân tộc, tôn giáo; chuẩn bị giám sát việc thực hiện Nghị quyết 11/NQ-CP về Chương trình phục hồi và phát triển kinh tế - xã hội tại 5 huyện.
Các đại biểu cũng phản ánh tình trạng một số Ban Công tác Mặt trận ấp chưa nắm chắc số hộ tái nghèo sau dịch; đề nghị tỉnh bổ sung kinh phí hoạt động cho khu dân cư.
Hội nghị thống nhất mỗi huyện, thành phố chọn ít nhất 1 ấp để xây dựng mô hình "Ấp văn minh, sạch đẹp" trong năm 2022.
Ánh Nguyệt
Tin khác
- Mặt trận tỉnh bàn giao 25 căn nhà Đại đoàn kết ở Hòn Đất (15/3/2022)
- Hội nghị tổng kết công tác Mặt trận năm 2021 (30/12/2021)
- Trao 200 suất quà cho đồng bào Khmer khó khăn (02/3/2022)
""", "2022-03-25", "Giao ban khối Mặt trận quý I: hơn 1.300 hộ nghèo được hỗ trợ sinh kế",
E("giao_ban", "2022-Q1", "2022-03-24"),
[P("Danh Thị Mỹ Hạnh", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chau Chanh Đa", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Giồng Riềng"),
 P("Néang Sa Phia", "Trưởng ban Công tác Mặt trận ấp Xẻo Cạn"),
 P("Danh Sóc Ta", "Đại đức", "trụ trì chùa Khmer Thạnh Lợi")],
[Q("hơn 1.300 hộ nghèo", 1300, "hộ nghèo", "over"), Q("48,7 tỷ đồng", 48700000000, "đồng"), Q("61.300 phần quà", 61300, "phần quà"),
 Q("73 chùa Phật giáo Nam tông Khmer", 73, "chùa Phật giáo Nam tông Khmer"), Q("54 sản phẩm OCOP", 54, "sản phẩm OCOP"),
 Q("3 phiên chợ hàng Việt", 3, "phiên chợ hàng Việt"), Q("120 căn nhà Đại đoàn kết", 120, "căn nhà Đại đoàn kết"),
 Q("4 lớp dạy chữ Khmer", 4, "lớp dạy chữ Khmer"), Q("126 em", 126, "em"), Q("5 huyện", 5, "huyện")],
[D("Kế hoạch", "12", "KH-MTTQ-BTT", "2022-01-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 12/KH-MTTQ-BTT ngày 10/01/2022"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU"),
 D("Nghị quyết", "11", "NQ-CP", None, None, "Nghị quyết 11/NQ-CP")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Bắc")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KIÊN GIANG", "Hôm nay: Thứ Hai, 28/03/2022", "Trang chủ - Tin hoạt động - Mặt trận các cấp",
 "Đồng chí Danh Thị Mỹ Hạnh chủ trì hội nghị giao ban.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Kiên Giang chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Chương trình phục hồi và phát triển kinh tế - xã hội", "Ấp văn minh, sạch đẹp",
 "Ngày hội Đại đoàn kết toàn dân tộc"],
["Hôm nay: Thứ Hai, 28/03/2022", "08:15 | 25/03/2022", "quý I năm 2022", "Tết Nhâm Dần", "Tết Chôl Chnăm Thmây", "quý II", "1 ấp",
 "năm 2022"]))

PAGES.append(page("b2467-namdinh-bdvhu-taphuan-2022", """
Cổng thông tin điện tử huyện Hải Hậu - tỉnh Nam Định
Trang chủ > Tin tức sự kiện > Tin hoạt động
17/05/2022 - 10:05
Tập huấn nghiệp vụ xây dựng nông thôn mới kiểu mẫu cho 280 học viên
Trong 2 ngày 16 và 17/5/2022, Ban Dân vận Huyện ủy phối hợp với Ủy ban MTTQ Việt Nam huyện Hải Hậu tổ chức hội nghị tập huấn nghiệp vụ công tác dân vận và cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2022 cho 280 học viên là Trưởng ban Công tác Mặt trận, chi hội trưởng các đoàn thể ở 264 xóm, tổ dân phố. Đồng chí Vũ Thị Thu Hường, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện khai mạc lớp tập huấn.
Các học viên được nghe báo cáo viên của Ban Dân vận Tỉnh ủy và Văn phòng Điều phối nông thôn mới tỉnh quán triệt Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025; Quyết định số 318/QĐ-TTg ngày 08/3/2022 về bộ tiêu chí quốc gia về xã nông thôn mới; Hướng dẫn 04, 05-HD/BDVHU của Ban Dân vận Huyện ủy về xây dựng "Khu dân cư kiểu mẫu" và "Vườn mẫu".
Báo cáo viên Trần Văn Khiêm, Phó Chánh Văn phòng Điều phối nông thôn mới tỉnh, cho biết Hải Hậu là huyện đầu tiên của cả nước đạt chuẩn nông thôn mới kiểu mẫu; đến nay 100% xã đạt chuẩn nông thôn mới nâng cao và 15 xã đạt chuẩn kiểu mẫu. Bình quân mỗi xóm có 1 tuyến đường hoa dài khoảng 1,2 km do nhân dân tự làm, tự quản.
Tại lớp học, đồng chí Phạm Văn Nghĩa, Trưởng ban Công tác Mặt trận xóm 5, xã Hải Tân, chia sẻ cách vận động 146 hộ trong xóm đóng góp 1,1 tỷ đồng xây nhà văn hóa và đặt 30 thùng rác phân loại. Bà Đoàn Thị Huế, Chi hội trưởng phụ nữ tổ dân phố số 3, thị trấn Yên Định, giới thiệu mô hình "5 không, 3 sạch" gắn với "Nhà sạch, vườn đẹp".
Bế mạc lớp tập huấn, đồng chí Vũ Thị Thu Hường đề nghị học viên tuyên truyền sâu rộng đến từng hộ gia đình; mỗi khu dân cư đăng ký ít nhất 1 công trình, phần việc cụ thể chào mừng kỷ niệm 92 năm Ngày truyền thống MTTQ Việt Nam; tiếp tục thực hiện tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
Nhiều học viên cho rằng nội dung tập huấn thiết thực, dễ áp dụng, nhất là kỹ năng tổ chức họp khu dân cư và lấy ý kiến nhân dân.
Kết thúc lớp tập huấn, 100% học viên làm bài thu hoạch đạt yêu cầu, trong đó 62 bài đạt loại khá, giỏi.
Hoàng Long - Trung tâm Văn hóa, Thông tin và Thể thao huyện
Tin cùng chuyên mục
- Hải Hậu: 35 khu dân cư đăng ký đạt chuẩn kiểu mẫu năm 2022 (06/5/2022)
- Hội nghị giao ban khối dân vận quý I (12/4/2022)
- Đối thoại giữa Bí thư Huyện ủy với nông dân (30/3/2022)
""", "2022-05-17", "Tập huấn nghiệp vụ xây dựng nông thôn mới kiểu mẫu cho 280 học viên",
E("tap_huan", "2022", "2022-05-16"),
[P("Vũ Thị Thu Hường", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trần Văn Khiêm", "Báo cáo viên", "Phó Chánh Văn phòng Điều phối nông thôn mới tỉnh"),
 P("Phạm Văn Nghĩa", "Trưởng ban Công tác Mặt trận xóm 5"),
 P("Đoàn Thị Huế", "Chi hội trưởng phụ nữ tổ dân phố số 3")],
[Q("280 học viên", 280, "học viên"), Q("264 xóm, tổ dân phố", 264, "xóm, tổ dân phố"), Q("100%", 100, "%"),
 Q("15 xã", 15, "xã"), Q("khoảng 1,2 km", 1.2, "km", "approx"), Q("146 hộ", 146, "hộ"), Q("1,1 tỷ đồng", 1100000000, "đồng"),
 Q("30 thùng rác phân loại", 30, "thùng rác phân loại"), Q("100%", 100, "%"), Q("62 bài", 62, "bài")],
[D("Quyết định", "263", "QĐ-TTg", "2022-02-22", "Thủ tướng Chính phủ", "Quyết định số 263/QĐ-TTg ngày 22/02/2022"),
 D("Quyết định", "318", "QĐ-TTg", "2022-03-08", None, "Quyết định số 318/QĐ-TTg ngày 08/3/2022"),
 D("Hướng dẫn", "04", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn 04, 05-HD/BDVHU"),
 D("Hướng dẫn", "05", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn 04, 05-HD/BDVHU")],
[prov("Nam Định"), com("Hải Tân"), com("Yên Định")],
["Cổng thông tin điện tử huyện Hải Hậu - tỉnh Nam Định", "Trang chủ > Tin tức sự kiện > Tin hoạt động",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Khu dân cư kiểu mẫu", "Vườn mẫu", "5 không, 3 sạch", "Nhà sạch, vườn đẹp",
 "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025", "Hoàng Long - Trung tâm Văn hóa, Thông tin và Thể thao huyện"],
["17/05/2022 - 10:05", "2 ngày", "16 và 17/5/2022", "năm 2022", "giai đoạn 2021 - 2025", "xóm 5", "tổ dân phố số 3", "5 không, 3 sạch",
 "1 tuyến đường hoa", "1 công trình", "92 năm"]))

PAGES.append(page("b2468-sonla-bdv-hoinghi-2023", """
BAN DÂN VẬN TỈNH ỦY SƠN LA
Trang chủ » Tin tức » Phong trào thi đua "Dân vận khéo"
Thứ Sáu, 09/06/2023 - 16:40
Đồng chí Cầm Văn Chiến trao giấy khen cho các tập thể.
Tôn vinh 80 điển hình "Dân vận khéo" trên vùng cao
Ngày 8/6, Ban Dân vận Tỉnh ủy Sơn La tổ chức hội nghị biểu dương điển hình "Dân vận khéo" gắn với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2023. Đồng chí Cầm Văn Chiến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và chỉ đạo.
Theo báo cáo, thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp và Kế hoạch số 136-KH/TU của Tỉnh ủy, các cấp đã xây dựng 1.846 mô hình "Dân vận khéo", trong đó 214 mô hình cấp tỉnh, 612 mô hình cấp huyện. Nhờ vận động khéo, nhân dân đã hiến 215.000 m2 đất, tháo dỡ 3.400 m tường rào để mở rộng đường; 73 bản đạt chuẩn bản văn hóa, 41 xã đạt chuẩn nông thôn mới.
Hội nghị biểu dương 80 điển hình gồm 32 tập thể và 48 cá nhân. Trong đó có ông Mùa A Tủa, người có uy tín bản Phiêng Cài, xã Chiềng Ngàm, người đã vận động 37 hộ đồng bào Mông chuyển đổi từ ngô trên đất dốc sang trồng mận, cà phê, thu nhập bình quân tăng lên 45 triệu đồng/hộ/năm. Bà Quàng Thị Hương, Chủ tịch Hội Liên hiệp Phụ nữ xã Mường Giàng, với mô hình "Hũ gạo tình thương" giúp 29 hội viên nghèo.
Phát biểu tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lường Văn Sâm, Vì Thị Thu Hà đã trao đổi với các điển hình về cách vận động đồng bào bỏ tập tục lạc hậu, phòng chống ma túy, buôn bán người; vận động người dân không nghe kẻ xấu truyền đạo trái pháp luật.
Ông Sồng A Lử, Bí thư Chi bộ bản Co Mạ, xã Co Mạ, nói: "Cán bộ phải làm trước, dân mới làm theo. Năm ngoái tôi hiến 300 m2 đất trước, 18 hộ khác hiến theo". Đồng chí Cầm Văn Chiến đề nghị các cấp thực hiện "4 nhất: gần dân nhất, hiểu dân nhất, sát dân nhất, có trách nhiệm với dân nhất"; nhân rộng các mô hình trong Năm dân vận khéo 2023.
Hội nghị cũng chỉ ra một số hạn chế: có nơi đăng ký mô hình còn hình thức, chưa gắn với nhiệm vụ chính trị của địa phương; việc tổng kết, nhân rộng mô hình hay chưa kịp thời; một bộ phận cán bộ cơ sở còn lúng túng khi vận động đồng bào vùng đặc biệt khó khăn.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 80 điển hình; mỗi điển hình được tặng 1 giấy khen và 1 triệu đồng tiền thưởng.
Lò Hùng
Số lượt truy cập: 90.214
Bài viết liên quan
- Thuận Châu: sơ kết 3 năm phong trào thi đua Dân vận khéo (25/5/2023)
- Tập huấn công tác dân vận cho cán bộ cơ sở (10/5/2023)
- Mộc Châu trao 20 nhà Đại đoàn kết (02/5/2023)
""", "2023-06-09", "Tôn vinh 80 điển hình \"Dân vận khéo\" trên vùng cao",
E("hoi_nghi", "2023", "2023-06-08"),
[P("Cầm Văn Chiến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Mùa A Tủa", "người có uy tín bản Phiêng Cài"),
 P("Quàng Thị Hương", "Chủ tịch Hội Liên hiệp Phụ nữ xã Mường Giàng"),
 P("Lường Văn Sâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vì Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sồng A Lử", "Bí thư Chi bộ bản Co Mạ")],
[Q("80 điển hình", 80, "điển hình"), Q("1.846 mô hình", 1846, "mô hình"), Q("214 mô hình cấp tỉnh", 214, "mô hình cấp tỉnh"),
 Q("612 mô hình cấp huyện", 612, "mô hình cấp huyện"), Q("215.000 m2", 215000, "m2"), Q("3.400 m", 3400, "m"),
 Q("73 bản", 73, "bản"), Q("41 xã", 41, "xã"), Q("32 tập thể", 32, "tập thể"), Q("48 cá nhân", 48, "cá nhân"),
 Q("37 hộ đồng bào Mông", 37, "hộ đồng bào Mông"), Q("45 triệu đồng/hộ/năm", 45000000, "đồng"),
 Q("29 hội viên nghèo", 29, "hội viên nghèo"), Q("300 m2", 300, "m2"), Q("18 hộ", 18, "hộ"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "136", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 136-KH/TU")],
[prov("Sơn La"), com("Chiềng Ngàm"), com("Mường Giàng"), com("Co Mạ")],
["BAN DÂN VẬN TỈNH ỦY SƠN LA", "Trang chủ » Tin tức » Phong trào thi đua \"Dân vận khéo\"",
 "Đồng chí Cầm Văn Chiến trao giấy khen cho các tập thể.", "Dân vận khéo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Hũ gạo tình thương", "4 nhất: gần dân nhất, hiểu dân nhất, sát dân nhất, có trách nhiệm với dân nhất", "Năm dân vận khéo 2023",
 "Số lượt truy cập: 90.214"],
["Thứ Sáu, 09/06/2023 - 16:40", "năm 2023", "4 nhất", "Năm ngoái", "1 giấy khen", "Năm dân vận khéo 2023", "Số lượt truy cập: 90.214"]))

PAGES.append(page("b2469-tiengiang-hnd-daihoi-2023", """
HỘI NÔNG DÂN TỈNH TIỀN GIANG
Trang chủ | Tin tức | Xây dựng Hội
Ngày đăng 06/09/2023 | 16:20
Đại hội Hội Nông dân xã Long Hưng lần thứ X, nhiệm kỳ 2023 - 2028
Ngày 5/9/2023, Hội Nông dân xã Long Hưng, huyện Châu Thành tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2023 - 2028. Dự đại hội có đồng chí Nguyễn Thị Bé Tư, Phó Chủ tịch Hội Nông dân tỉnh Tiền Giang; đồng chí Lê Văn Thạnh, HUV, Chủ tịch Hội Nông dân huyện Châu Thành; đồng chí Huỳnh Văn Út, Bí thư Đảng ủy xã cùng 98 đại biểu đại diện cho 1.642 hội viên.
Các đại biểu biểu quyết thông qua chương trình Đại hội.
Nhiệm kỳ 2018 - 2023, Hội Nông dân xã đã phát triển 214 hội viên mới, nâng tỷ lệ hộ nông dân tham gia sinh hoạt Hội đạt 82,6%. Phong trào nông dân thi đua sản xuất, kinh doanh giỏi có 486 hộ đạt danh hiệu cấp các cấp; Hội phối hợp giải ngân Quỹ Hỗ trợ nông dân 3,8 tỷ đồng cho 95 hộ vay phát triển trồng sầu riêng, thanh long, nuôi bò. Hội tích cực vận động hội viên hiến 4.700 m2 đất, góp 620 triệu đồng cùng chính quyền làm 9 tuyến đường; xã được công nhận đạt chuẩn nông thôn mới nâng cao năm 2022.
Hưởng ứng cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam", Hội thành lập 2 tổ hợp tác tiêu thụ nông sản, xây dựng 1 sản phẩm OCOP 3 sao; trong dịch COVID-19 năm 2021 đã vận động hội viên ủng hộ 42 tấn rau, củ, quả cho Thành phố Hồ Chí Minh.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Bé Tư đề nghị nhiệm kỳ tới Hội tập trung thực hiện Kết luận số 61-KL/TW ngày 03/12/2009 của Ban Bí thư về đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam"; Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII về nông nghiệp, nông dân, nông thôn.
Đại hội đã hiệp thương bầu 15 đồng chí vào Ban Chấp hành Hội Nông dân xã khóa X. Đồng chí Trương Văn Hậu được tín nhiệm bầu giữ chức Chủ tịch Hội Nông dân xã; đồng chí Nguyễn Thị Kim Loan được bầu làm Phó Chủ tịch Hội Nông dân xã. Đại hội cũng bầu 6 đại biểu dự Đại hội Hội Nông dân huyện lần thứ XI.
Đại hội đã thảo luận sôi nổi về liên kết sản xuất theo chuỗi giá trị. Đại hội đề ra 6 chỉ tiêu, trong đó phấn đấu mỗi năm có ít nhất 30% hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; kết nạp mới 150 hội viên trong nhiệm kỳ; Quỹ Hỗ trợ nông dân xã đạt 5 tỷ đồng vào năm 2028.
Thanh Trúc
Tin liên quan
- Đại hội Hội Nông dân xã Tam Hiệp nhiệm kỳ 2023 - 2028 (30/8/2023)
- Hội Nông dân tỉnh tập huấn kỹ thuật trồng sầu riêng (22/8/2023)
- Ra mắt tổ hợp tác sản xuất lúa chất lượng cao (10/8/2023)
""", "2023-09-06", "Đại hội Hội Nông dân xã Long Hưng lần thứ X, nhiệm kỳ 2023 - 2028",
E("dai_hoi", None, "2023-09-05"),
[P("Nguyễn Thị Bé Tư", "Phó Chủ tịch Hội Nông dân tỉnh Tiền Giang"),
 P("Lê Văn Thạnh", "HUV", "Chủ tịch Hội Nông dân huyện Châu Thành"),
 P("Huỳnh Văn Út", "Bí thư Đảng ủy xã"),
 P("Trương Văn Hậu", "Chủ tịch Hội Nông dân xã"),
 P("Nguyễn Thị Kim Loan", "Phó Chủ tịch Hội Nông dân xã")],
[Q("98 đại biểu", 98, "đại biểu"), Q("1.642 hội viên", 1642, "hội viên"), Q("214 hội viên mới", 214, "hội viên mới"),
 Q("82,6%", 82.6, "%"), Q("486 hộ", 486, "hộ"), Q("3,8 tỷ đồng", 3800000000, "đồng"), Q("95 hộ", 95, "hộ"),
 Q("4.700 m2", 4700, "m2"), Q("620 triệu đồng", 620000000, "đồng"), Q("9 tuyến đường", 9, "tuyến đường"),
 Q("2 tổ hợp tác tiêu thụ nông sản", 2, "tổ hợp tác tiêu thụ nông sản"), Q("42 tấn", 42, "tấn"), Q("15 đồng chí", 15, "đồng chí"),
 Q("6 đại biểu", 6, "đại biểu"), Q("6 chỉ tiêu", 6, "chỉ tiêu"), Q("ít nhất 30%", 30, "%", "over"), Q("150 hội viên", 150, "hội viên"),
 Q("5 tỷ đồng", 5000000000, "đồng")],
[D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 03/12/2009"),
 D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "Hội nghị Trung ương 5 khóa XIII", "Nghị quyết số 19-NQ/TW ngày 16/6/2022")],
[prov("Tiền Giang"), prov("Hồ Chí Minh"), com("Long Hưng")],
["HỘI NÔNG DÂN TỈNH TIỀN GIANG", "Trang chủ | Tin tức | Xây dựng Hội", "Các đại biểu biểu quyết thông qua chương trình Đại hội.",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Quỹ Hỗ trợ nông dân",
 "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam"],
["Ngày đăng 06/09/2023 | 16:20", "lần thứ X", "nhiệm kỳ 2023 - 2028", "Nhiệm kỳ 2018 - 2023", "năm 2022", "1 sản phẩm OCOP 3 sao",
 "3 sao", "năm 2021", "COVID-19", "khóa XIII", "Hội nghị Trung ương 5", "15 đồng chí", "khóa X", "lần thứ XI", "năm 2028"]))

PAGES.append(page("b2470-haiduong-mttq-tongket-2023", """
Mặt trận Tổ quốc Việt Nam tỉnh Hải Dương
Trang chủ >> Tin tức >> Hoạt động Mặt trận
Thứ Tư, 27/12/2023 - 09:10
Ảnh: Quang cảnh hội nghị tổng kết.
Hải Dương: 91,7% người tiêu dùng ưu tiên chọn hàng Việt
Chiều 26/12, Ban Chỉ đạo cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" tỉnh Hải Dương tổ chức hội nghị tổng kết năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí Nguyễn Đình Thuấn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng Ban Chỉ đạo chủ trì; dự có các đồng chí Phó Trưởng Ban Chỉ đạo: Phạm Thị Kim Oanh, Đỗ Văn Tuân.
Báo cáo của Ban Chỉ đạo cho biết, năm 2023 các thành viên đã triển khai Kế hoạch số 219-KH/BCĐ và Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về đẩy mạnh cuộc vận động và về phát triển sản phẩm OCOP. Qua khảo sát 2.400 người tiêu dùng, 91,7% ưu tiên chọn mua hàng Việt khi đi chợ, siêu thị. Toàn tỉnh có 276 sản phẩm OCOP, trong đó 12 sản phẩm 5 sao; tổ chức 9 phiên chợ hàng Việt về nông thôn và khu công nghiệp với tổng doanh thu khoảng 14,6 tỷ đồng.
Gắn cuộc vận động với phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", tỉnh có 156/207 xã đạt chuẩn nông thôn mới nâng cao, 41 xã đạt chuẩn kiểu mẫu. Thực hiện Nghị quyết số 25/2021/QH15 ngày 28/7/2021 của Quốc hội, nhân dân trong tỉnh đã đóng góp trên 186 tỷ đồng xây dựng nông thôn mới năm 2023.
Tại hội nghị, ông Bùi Văn Hiển, Giám đốc Hợp tác xã bánh gai Ninh Giang, chia sẻ sản phẩm của hợp tác xã đã có mặt ở 32 tỉnh, thành phố. Bà Tăng Thị Lan, Chủ tịch Ủy ban MTTQ Việt Nam phường Tứ Minh, nêu kinh nghiệm vận động 100% cơ quan, trường học trên địa bàn ưu tiên mua sắm hàng Việt.
Phát biểu chỉ đạo, đồng chí Nguyễn Đình Thuấn đề nghị năm 2024 thực hiện tốt Kết luận số 107-KL/TW ngày 10/4/2015 của Ban Bí thư; đẩy mạnh thương mại điện tử, hỗ trợ hộ sản xuất đưa sản phẩm lên sàn; nhân rộng khẩu hiệu "Hàng Việt - niềm tự hào của người Việt" và mô hình "Chợ văn minh, an toàn thực phẩm".
Các ý kiến tại hội nghị cũng chỉ ra tình trạng hàng giả, hàng nhái, hàng không rõ nguồn gốc vẫn còn bày bán ở một số chợ nông thôn; đề nghị lực lượng quản lý thị trường tăng cường kiểm tra, xử lý; các doanh nghiệp cần chú trọng chất lượng, mẫu mã, giá cả hợp lý.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 16 tập thể, 21 cá nhân có thành tích xuất sắc. Hội nghị cũng ký kết chương trình phối hợp giữa Ban Chỉ đạo với 8 doanh nghiệp phân phối lớn trên địa bàn.
Bảo Ngọc
Tin liên quan
- Phiên chợ hàng Việt về huyện Thanh Hà (15/12/2023)
- Hội nghị giao ban công tác Mặt trận quý IV (05/12/2023)
- Trao 150 nhà Đại đoàn kết cho hộ nghèo (20/11/2023)
""", "2023-12-27", "Hải Dương: 91,7% người tiêu dùng ưu tiên chọn hàng Việt",
E("tong_ket", "2023", "2023-12-26"),
[P("Nguyễn Đình Thuấn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Phạm Thị Kim Oanh", "Phó Trưởng Ban Chỉ đạo"),
 P("Đỗ Văn Tuân", "Phó Trưởng Ban Chỉ đạo"),
 P("Bùi Văn Hiển", "Giám đốc Hợp tác xã bánh gai Ninh Giang"),
 P("Tăng Thị Lan", "Chủ tịch Ủy ban MTTQ Việt Nam phường Tứ Minh")],
[Q("91,7%", 91.7, "%"), Q("2.400 người tiêu dùng", 2400, "người tiêu dùng"), Q("276 sản phẩm OCOP", 276, "sản phẩm OCOP"),
 Q("12 sản phẩm", 12, "sản phẩm"), Q("9 phiên chợ hàng Việt", 9, "phiên chợ hàng Việt"),
 Q("khoảng 14,6 tỷ đồng", 14600000000, "đồng", "approx"), Q("156/207 xã", 156, "xã"), Q("41 xã", 41, "xã"),
 Q("trên 186 tỷ đồng", 186000000000, "đồng", "over"), Q("32 tỉnh, thành phố", 32, "tỉnh, thành phố"), Q("100%", 100, "%"),
 Q("16 tập thể", 16, "tập thể"), Q("21 cá nhân", 21, "cá nhân"), Q("8 doanh nghiệp phân phối lớn", 8, "doanh nghiệp phân phối lớn")],
[D("Kế hoạch", "219", "KH/BCĐ", None, None, "Kế hoạch số 219-KH/BCĐ"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Nghị quyết", "25", "2021/QH15", "2021-07-28", "Quốc hội", "Nghị quyết số 25/2021/QH15 ngày 28/7/2021"),
 D("Kết luận", "107", "KL/TW", "2015-04-10", "Ban Bí thư", "Kết luận số 107-KL/TW ngày 10/4/2015")],
[prov("Hải Dương"), com("Tứ Minh")],
["Mặt trận Tổ quốc Việt Nam tỉnh Hải Dương", "Trang chủ >> Tin tức >> Hoạt động Mặt trận", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Hàng Việt - niềm tự hào của người Việt", "Chợ văn minh, an toàn thực phẩm", "Hợp tác xã bánh gai Ninh Giang"],
["Thứ Tư, 27/12/2023 - 09:10", "năm 2023", "năm 2024", "5 sao"]))
