from lib import *
PAGES = []

PAGES.append(page("b6647-dienbien-dienbiendong-soket-2024", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Trang chủ / Chính trị / Xây dựng Đảng
Thứ Sáu, 19/7/2024, 08:30
Điện Biên Đông: "Bản 3 không" từ những đảng viên làm theo Bác
Ngày 18/7, Ban Thường vụ Huyện ủy Điện Biên Đông tổ chức hội nghị sơ kết 6 tháng đầu năm 2024 thực hiện Kết luận 01-KL/TW của Bộ Chính trị và Chỉ thị 15-CT/TU của Ban Thường vụ Tỉnh ủy về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Quang cảnh hội nghị sơ kết.
Đồng chí Sùng A Chứ, Tỉnh ủy viên, Bí thư Huyện ủy Điện Biên Đông chủ trì hội nghị. Cùng dự có đồng chí Lò Văn Pâng, HUV, Trưởng Ban Tuyên giáo Huyện ủy, và bí thư các đảng bộ, chi bộ cơ sở.
Báo cáo cho thấy, 6 tháng qua các cấp ủy đã lồng ghép việc làm theo Bác với thực hiện Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Toàn huyện có 37 bản đăng ký xây dựng "Bản 3 không" (không ma túy, không tảo hôn, không di cư tự do); đến nay 14 bản đã được công nhận.
Nhờ đảng viên đến từng nhà vận động, trong 6 tháng, 8 hộ di cư tự do đã trở về quê ổn định cuộc sống; 21 cặp tảo hôn được ngăn chặn; 265 hộ nghèo được hỗ trợ xóa nhà tạm với mức 44 triệu đồng/hộ. Nhân dân hiến gần 7.200 m2 đất, góp hơn 1.100 ngày công làm đường vào bản.
Tại hội nghị, ông Giàng A Của, Bí thư Chi bộ kiêm Trưởng bản Háng Lìa, xã Háng Lìa, kể: chi bộ giao mỗi đảng viên "nhận" 5 hộ, tối nào cũng xuống nhà nói chuyện, "nói bằng tiếng Mông, bà con mới nghe". Bà Quàng Thị Xuân, người Khơ Mú, Chủ tịch Hội Liên hiệp Phụ nữ xã Phình Giàng, cho biết hội đã giúp 46 phụ nữ vay vốn nuôi lợn đen, trồng sa nhân.
Ông Vừ A Sử, Phó Chủ tịch UBND xã Phình Giàng, đề xuất huyện sớm phân bổ vốn hỗ trợ nhà ở để bà con kịp làm nhà trước mùa mưa lũ.
Kết luận hội nghị, đồng chí Sùng A Chứ yêu cầu 6 tháng cuối năm các chi bộ tiếp tục bám bản, bám dân; thực hiện nghiêm Quy định 144-QĐ/TW ngày 9/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới; phấn đấu đến cuối năm có thêm ít nhất 10 bản đạt "Bản 3 không".
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 5 tập thể, 11 cá nhân tiêu biểu, trong đó có 7 người là đồng bào Mông, Thái, Khơ Mú. Theo Ban Tuyên giáo Tỉnh ủy Điện Biên, mô hình "Bản 3 không" đang được nghiên cứu để nhân rộng ra các huyện vùng cao biên giới khác của tỉnh.
Thu Hằng
Tin khác
- Mường Nhé: học Bác từ việc giữ rừng (12/07/2024)
- Tủa Chùa tuyên dương 30 điển hình tiên tiến (05/07/2024)
- Nậm Pồ: chi bộ bản làm theo lời Bác (28/06/2024)
""", "2024-07-19", "Điện Biên Đông: \"Bản 3 không\" từ những đảng viên làm theo Bác",
E("so_ket", "2024-H1", "2024-07-18"),
[P("Sùng A Chứ", "Tỉnh ủy viên", "Bí thư Huyện ủy Điện Biên Đông"),
 P("Lò Văn Pâng", "HUV", "Trưởng Ban Tuyên giáo Huyện ủy"),
 P("Giàng A Của", "Bí thư Chi bộ kiêm Trưởng bản Háng Lìa"),
 P("Quàng Thị Xuân", "Chủ tịch Hội Liên hiệp Phụ nữ xã Phình Giàng"),
 P("Vừ A Sử", "Phó Chủ tịch UBND xã Phình Giàng")],
[Q("37 bản", 37, "bản"), Q("14 bản", 14, "bản"), Q("8 hộ di cư tự do", 8, "hộ di cư tự do"), Q("21 cặp tảo hôn", 21, "cặp tảo hôn"),
 Q("265 hộ nghèo", 265, "hộ nghèo"), Q("44 triệu đồng/hộ", 44000000, "đồng"), Q("gần 7.200 m2", 7200, "m2", "approx"),
 Q("hơn 1.100 ngày công", 1100, "ngày công", "over"), Q("5 hộ", 5, "hộ"), Q("46 phụ nữ", 46, "phụ nữ"),
 Q("ít nhất 10 bản", 10, "bản", "over"), Q("5 tập thể", 5, "tập thể"), Q("11 cá nhân tiêu biểu", 11, "cá nhân tiêu biểu"),
 Q("7 người", 7, "người")],
[D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận 01-KL/TW của Bộ Chính trị"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg ngày 14/10/2021"),
 D("Quy định", "144", "QĐ/TW", "2024-05-09", "Bộ Chính trị", "Quy định 144-QĐ/TW ngày 9/5/2024")],
[prov("Điện Biên"), com("Háng Lìa"), com("Phình Giàng")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Trang chủ / Chính trị / Xây dựng Đảng", "Quang cảnh hội nghị sơ kết.", "Bản 3 không",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Thứ Sáu, 19/7/2024, 08:30", "3 không", "6 tháng đầu năm 2024", "6 tháng qua", "trong 6 tháng", "6 tháng cuối năm"]))

PAGES.append(page("b6648-ninhbinh-kimson-tongket-2024", """
NINH BÌNH ONLINE - Báo Ninh Bình điện tử
Chính trị | Tin tức - Sự kiện
20.12.2024 | 15:30
Kim Sơn tổng kết học tập và làm theo Bác: vùng biển, vùng giáo cùng chung sức
(BNB) - Ngày 19/12/2024, Huyện ủy Kim Sơn tổ chức hội nghị tổng kết năm 2024 việc thực hiện Kết luận 01-KL/TW của Bộ Chính trị và Kế hoạch số 203-KH/HU của Ban Thường vụ Huyện ủy về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Đồng chí Đinh Văn Hùng phát biểu chỉ đạo tại hội nghị.
Năm 2024, Huyện ủy chỉ đạo 100% tổ chức cơ sở đảng tổ chức học tập, quán triệt Quy định số 144-QĐ/TW ngày 9/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới, với 6.870 đảng viên tham gia, đạt 97,1%. Mỗi cơ quan, đơn vị đều xây dựng và niêm yết chuẩn mực đạo đức theo Bác.
Toàn huyện đã hoàn thành 5 "công trình làm theo Bác" ở các xã ven biển như xây 2,4 km kè chắn sóng, 3 điểm trường, với tổng vốn khoảng 23,5 tỷ đồng; trong đó nhân dân, giáo dân các giáo xứ đóng góp hơn 4 tỷ đồng. Có 1.126 tập thể, cá nhân được các cấp khen thưởng vì thành tích làm theo Bác.
Tham luận tại hội nghị, ông Phạm Văn Nghĩa, Bí thư Đảng ủy xã Kim Đông, cho biết xã đã vận động 72 hộ nuôi trồng thủy sản chuyển sang nuôi ngao sạch, thu nhập bình quân đạt 85 triệu đồng/người/năm. Linh mục Phêrô Trần Văn Thịnh, Chánh xứ giáo xứ Như Tân, phát biểu: "Kính Chúa, yêu nước, sống tốt đời, đẹp đạo cũng là làm theo lời Bác dạy"; giáo xứ đã cùng chính quyền vận động 40 gia đình hiến đất mở rộng đường.
Bà Trần Thị Thu Hà, Chủ tịch Ủy ban MTTQ Việt Nam huyện, cho biết trong năm, Mặt trận các cấp đã hỗ trợ xây mới, sửa chữa 58 căn nhà đại đoàn kết, mỗi căn được hỗ trợ từ 40 đến 60 triệu đồng.
Phát biểu chỉ đạo, đồng chí Đinh Văn Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Kim Sơn, đánh giá cao sự vào cuộc của cả hệ thống chính trị và đồng bào Công giáo; yêu cầu năm 2025 các cấp ủy gắn việc làm theo Bác với chuẩn bị đại hội đảng bộ các cấp, với thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương về sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả.
Hội nghị đã nghe đồng chí Vũ Thị Minh Nguyệt, Huyện ủy viên, Trưởng Ban Tuyên giáo Huyện ủy, quán triệt chuyên đề năm 2025.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 15 tập thể, 25 cá nhân có thành tích tiêu biểu. Nhiều điển hình là ngư dân, giáo dân ở các xã bãi ngang, trong đó có ông Mai Văn Tiến, thuyền trưởng tàu cá xã Kim Đông, người đã nhiều lần cứu ngư dân gặp nạn trên biển.
Theo Ban Tuyên giáo Tỉnh ủy Ninh Bình, đây là năm thứ 3 liên tiếp Kim Sơn được đánh giá là một trong những đơn vị làm tốt việc học tập và làm theo Bác.
Hoàng Hương
Tin liên quan
- Yên Khánh: 25 mô hình làm theo Bác (16/12/2024)
- Nho Quan tổng kết chuyên đề năm 2024 (13/12/2024)
- Hoa Lư: gương sáng cựu chiến binh (06/12/2024)
""", "2024-12-20", "Kim Sơn tổng kết học tập và làm theo Bác: vùng biển, vùng giáo cùng chung sức",
E("tong_ket", "2024", "2024-12-19"),
[P("Phạm Văn Nghĩa", "Bí thư Đảng ủy xã Kim Đông"),
 P("Phêrô Trần Văn Thịnh", "Linh mục", "Chánh xứ giáo xứ Như Tân"),
 P("Trần Thị Thu Hà", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Đinh Văn Hùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Huyện ủy Kim Sơn"),
 P("Vũ Thị Minh Nguyệt", "Huyện ủy viên", "Trưởng Ban Tuyên giáo Huyện ủy"),
 P("Mai Văn Tiến", "thuyền trưởng tàu cá xã Kim Đông")],
[Q("100% tổ chức cơ sở đảng", 100, "%"), Q("6.870 đảng viên", 6870, "đảng viên"), Q("97,1%", 97.1, "%"),
 Q("5 \"công trình làm theo Bác\"", 5, "công trình làm theo Bác"), Q("2,4 km", 2.4, "km"), Q("3 điểm trường", 3, "điểm trường"),
 Q("khoảng 23,5 tỷ đồng", 23500000000, "đồng", "approx"), Q("hơn 4 tỷ đồng", 4000000000, "đồng", "over"),
 Q("1.126 tập thể, cá nhân", 1126, "tập thể, cá nhân"), Q("72 hộ", 72, "hộ"), Q("85 triệu đồng/người/năm", 85000000, "đồng"),
 Q("40 gia đình", 40, "gia đình"), Q("58 căn nhà đại đoàn kết", 58, "căn nhà đại đoàn kết"), Q("40", 40000000, "đồng"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("15 tập thể", 15, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận 01-KL/TW của Bộ Chính trị"),
 D("Kế hoạch", "203", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 203-KH/HU"),
 D("Quy định", "144", "QĐ/TW", "2024-05-09", "Bộ Chính trị", "Quy định số 144-QĐ/TW ngày 9/5/2024"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW ngày 25/10/2017")],
[prov("Ninh Bình"), com("Kim Đông")],
["NINH BÌNH ONLINE - Báo Ninh Bình điện tử", "Chính trị | Tin tức - Sự kiện", "(BNB)",
 "Đồng chí Đinh Văn Hùng phát biểu chỉ đạo tại hội nghị.", "công trình làm theo Bác",
 "Kính Chúa, yêu nước, sống tốt đời, đẹp đạo"],
["20.12.2024 | 15:30", "năm 2024", "năm 2025", "năm thứ 3"]))

PAGES.append(page("b6649-tuyenquang-soket-6thang-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ >> Chính trị >> Xây dựng Đảng
08:15 | 22/07/2025
Đưa việc làm theo Bác vào nhịp vận hành chính quyền hai cấp
Chiều 21/7, Ban Thường vụ Tỉnh ủy Tuyên Quang tổ chức hội nghị sơ kết 6 tháng đầu năm 2025 việc thực hiện Kết luận 01-KL/TW của Bộ Chính trị về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Đây là hội nghị đầu tiên về nội dung này sau khi tỉnh Tuyên Quang mới được thành lập trên cơ sở hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang.
Các đại biểu dự hội nghị tại điểm cầu tỉnh. Ảnh: Thanh Phúc
Hội nghị được kết nối trực tuyến đến 124 điểm cầu xã, phường với hơn 3.100 đại biểu. Dự và chỉ đạo có các đồng chí Phó Bí thư Tỉnh ủy: Hầu Văn Lý, Nguyễn Thị Hồng Vân.
Báo cáo do đồng chí Ma Thị Thúy, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy trình bày cho biết: 6 tháng qua, dù khối lượng công việc sắp xếp tổ chức bộ máy theo Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương rất lớn, các cấp ủy vẫn duy trì việc học tập chuyên đề; 98,2% cán bộ, đảng viên đã có bản cam kết làm theo. Tỉnh ủy ban hành Kế hoạch số 12-KH/TU ngày 8/7/2025 về thực hiện Kết luận 01-KL/TW trong giai đoạn vận hành chính quyền địa phương hai cấp.
Ở cơ sở, cán bộ các xã, phường mới đã chủ động "đi từng ngõ, gõ từng nhà", hướng dẫn người dân làm thủ tục hành chính trên môi trường điện tử. Trong 3 tuần đầu vận hành, trung tâm phục vụ hành chính công các xã, phường đã tiếp nhận khoảng 46.000 hồ sơ, trả kết quả đúng hạn 99,1%.
Tại hội nghị, đồng chí Vàng Mí Lử, Bí thư Đảng ủy xã Mèo Vạc, cho biết xã mới có 64 thôn, bản, diện tích rộng gấp ba lần xã cũ; đảng ủy phân công mỗi đồng chí ủy viên phụ trách ít nhất 3 thôn, bản. Bà Hoàng Thị Lệ, Chủ tịch UBND phường Hà Giang 1, kể việc phường lập 12 tổ công nghệ số cộng đồng với 180 đoàn viên, thanh niên hỗ trợ người dân cài đặt ứng dụng VNeID. Ông Ma Văn Định, người có uy tín thôn Nà Liềm, xã Lâm Bình, đã vận động 23 hộ người Tày, người Dao giữ rừng đầu nguồn và xây dựng homestay đón khách.
Phát biểu chỉ đạo, đồng chí Hầu Văn Lý nhấn mạnh: thời điểm này, làm theo Bác là tận tụy phục vụ nhân dân, không để người dân phải chờ đợi, đi lại nhiều lần vì sắp xếp bộ máy. Đồng chí yêu cầu 6 tháng cuối năm, các cấp ủy chọn việc khó, việc mới để làm theo; chuẩn bị tốt đại hội đảng bộ các cấp, tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030.
Hội nghị đã biểu dương 30 tập thể, 45 cá nhân có cách làm hay trong những ngày đầu vận hành mô hình mới.
Thanh Phúc
Tin khác
- Phường Minh Xuân: 100% hồ sơ được trả đúng hạn (18/07/2025)
- Xã Đồng Văn ra mắt tổ công nghệ số cộng đồng (15/07/2025)
- Học tập chuyên đề năm 2025 tại Đảng bộ xã Hàm Yên (09/07/2025)
""", "2025-07-22", "Đưa việc làm theo Bác vào nhịp vận hành chính quyền hai cấp",
E("so_ket", "2025-H1", "2025-07-21"),
[P("Hầu Văn Lý", "Phó Bí thư Tỉnh ủy"), P("Nguyễn Thị Hồng Vân", "Phó Bí thư Tỉnh ủy"),
 P("Ma Thị Thúy", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vàng Mí Lử", "Bí thư Đảng ủy xã Mèo Vạc"),
 P("Hoàng Thị Lệ", "Chủ tịch UBND phường Hà Giang 1"),
 P("Ma Văn Định", "người có uy tín thôn Nà Liềm")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("hơn 3.100 đại biểu", 3100, "đại biểu", "over"),
 Q("98,2%", 98.2, "%"), Q("khoảng 46.000 hồ sơ", 46000, "hồ sơ", "approx"), Q("99,1%", 99.1, "%"),
 Q("64 thôn, bản", 64, "thôn, bản"), Q("ít nhất 3 thôn, bản", 3, "thôn, bản", "over"),
 Q("12 tổ công nghệ số cộng đồng", 12, "tổ công nghệ số cộng đồng"), Q("180 đoàn viên, thanh niên", 180, "đoàn viên, thanh niên"),
 Q("23 hộ người Tày, người Dao", 23, "hộ người Tày, người Dao"), Q("30 tập thể", 30, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận 01-KL/TW của Bộ Chính trị"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kế hoạch", "12", "KH/TU", "2025-07-08", "Tỉnh ủy", "Kế hoạch số 12-KH/TU ngày 8/7/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Hà Giang 1"), com("Lâm Bình")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ >> Chính trị >> Xây dựng Đảng", "Các đại biểu dự hội nghị tại điểm cầu tỉnh. Ảnh: Thanh Phúc",
 "đi từng ngõ, gõ từng nhà", "VNeID"],
["08:15 | 22/07/2025", "6 tháng đầu năm 2025", "6 tháng qua", "hai cấp", "3 tuần đầu", "gấp ba lần", "6 tháng cuối năm",
 "lần thứ I", "nhiệm kỳ 2025 - 2030", "Hà Giang 1"]))

PAGES.append(page("b6650-vinhlong-tongket-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Thời sự - Chính trị › Xây dựng Đảng
Thứ Sáu, 26/12/2025 - 10:10
Ảnh: Toàn cảnh hội nghị tổng kết.
Vĩnh Long: tuyên dương 120 điển hình làm theo Bác sau hợp nhất
Ngày 25/12/2025, Ban Thường vụ Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết năm 2025 việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, tuyên dương 120 điển hình trên địa bàn tỉnh sau hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh.
Chủ trì hội nghị có đồng chí Lê Thanh Nhàn, Phó Bí thư Thường trực Tỉnh ủy - Trưởng Đoàn đại biểu Quốc hội tỉnh; đồng chí Thạch Thị Sô Phi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Theo báo cáo, năm 2025, các cấp ủy đã tổ chức học tập chuyên đề năm 2025 cho hơn 142.000 cán bộ, đảng viên, đạt 96,5%. Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 18, 19-KH/TU về thực hiện Kết luận 01-KL/TW và Quy định 144-QĐ/TW của Bộ Chính trị trong giai đoạn sau hợp nhất. Toàn tỉnh có 124 xã, phường đã xây dựng được ít nhất một mô hình làm theo Bác; nhân dân đóng góp trên 620 tỷ đồng xây dựng nông thôn mới, đô thị văn minh.
Trong năm, hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", các cấp đã hoàn thành 3.820 căn nhà cho hộ nghèo, hộ cận nghèo và gia đình chính sách, vượt 12% kế hoạch.
Tại hội nghị, bà Kim Thị Sa Rinh, Bí thư Chi bộ ấp Sóc Chà, xã Tam Ngãi, chia sẻ việc vận động bà con Khmer chuyển đổi 35 ha đất lúa kém hiệu quả sang trồng dừa sáp. Ông Nguyễn Văn Út, Chủ tịch Hội Nông dân phường An Hội, cho biết hội đã hỗ trợ 210 hội viên chuyển sang nuôi cá tra theo tiêu chuẩn VietGAP. Hòa thượng Thạch Sang, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Âng, phường Trà Vinh, nói về việc các chùa Khmer mở lớp dạy chữ, dạy nghề cho hơn 1.500 thanh, thiếu niên.
Đồng chí Lê Thanh Nhàn ghi nhận năm 2025 là năm đặc biệt, vừa sắp xếp bộ máy, vừa tổ chức đại hội đảng bộ các cấp nhưng việc làm theo Bác không gián đoạn. Đồng chí đề nghị năm 2026 các cấp ủy gắn việc học tập và làm theo Bác với thực hiện Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I; mỗi cán bộ, đảng viên "nói đi đôi với làm".
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 40 tập thể, 80 cá nhân; mỗi tập thể nhận 3 triệu đồng, mỗi cá nhân nhận 1,5 triệu đồng tiền thưởng.
Trong số 120 điển hình, có 26 người là đồng bào Khmer, 9 người là chức sắc, chức việc tôn giáo. Ban Tuyên giáo và Dân vận Tỉnh ủy sẽ biên tập các câu chuyện của họ thành sách ảnh để phát hành trong năm 2026.
Ngọc Thảo
Tin cùng chuyên mục
- Phường Long Châu học tập chuyên đề năm 2025 (20/12/2025)
- Xã Châu Thành: 15 điển hình làm theo Bác (12/12/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban quý IV (05/12/2025)
""", "2025-12-26", "Vĩnh Long: tuyên dương 120 điển hình làm theo Bác sau hợp nhất",
E("tong_ket", "2025", "2025-12-25"),
[P("Lê Thanh Nhàn", "Phó Bí thư Thường trực Tỉnh ủy - Trưởng Đoàn đại biểu Quốc hội tỉnh"),
 P("Thạch Thị Sô Phi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Thị Sa Rinh", "Bí thư Chi bộ ấp Sóc Chà"),
 P("Nguyễn Văn Út", "Chủ tịch Hội Nông dân phường An Hội"),
 P("Thạch Sang", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Âng")],
[Q("120 điển hình", 120, "điển hình"), Q("hơn 142.000 cán bộ, đảng viên", 142000, "cán bộ, đảng viên", "over"),
 Q("96,5%", 96.5, "%"), Q("124 xã, phường", 124, "xã, phường"), Q("trên 620 tỷ đồng", 620000000000, "đồng", "over"),
 Q("3.820 căn nhà", 3820, "căn nhà"), Q("12%", 12, "%"), Q("35 ha", 35, "ha"), Q("210 hội viên", 210, "hội viên"),
 Q("hơn 1.500 thanh, thiếu niên", 1500, "thanh, thiếu niên", "over"), Q("40 tập thể", 40, "tập thể"), Q("80 cá nhân", 80, "cá nhân"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("26 người", 26, "người"),
 Q("9 người", 9, "người")],
[D("Kế hoạch", "18", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 18, 19-KH/TU"),
 D("Kế hoạch", "19", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 18, 19-KH/TU"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận 01-KL/TW"),
 D("Quy định", "144", "QĐ/TW", None, "Bộ Chính trị", "Quy định 144-QĐ/TW của Bộ Chính trị")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Tam Ngãi"), com("An Hội"), com("Trà Vinh")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Thời sự - Chính trị › Xây dựng Đảng", "Ảnh: Toàn cảnh hội nghị tổng kết.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "nói đi đôi với làm", "Hội Đoàn kết sư sãi yêu nước tỉnh", "chùa Âng", "VietGAP",
 "Nghị quyết Đại hội XIV"],
["Thứ Sáu, 26/12/2025 - 10:10", "năm 2025", "năm 2026", "ít nhất một mô hình", "Đại hội XIV", "lần thứ I"]))

PAGES.append(page("b6651-lamdong-giaoban-quy1-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Trang chủ - Chính trị - Xây dựng Đảng
Ngày đăng: 08/04/2026 - 14:05
Giao ban quý I: lan tỏa những "việc làm theo Bác" từ buôn làng đến phố biển
Ngày 7/4/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị giao ban công tác quý I/2026 với ban tuyên giáo và dân vận các đảng ủy trực thuộc, tập trung vào việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với tuyên truyền kết quả Đại hội XIV của Đảng.
Đồng chí K'Mák phát biểu tại buổi giao ban. Ảnh: Ngọc Minh
Đồng chí K'Mák, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì giao ban. Cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Điểu Thị Hường, Nguyễn Văn Phong, Đàng Thị Mỹ Hạnh.
Trong quý I, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 35-KH/TU về học tập chuyên đề năm 2026 và ban hành Hướng dẫn số 05-HD/BTGDVTU về xây dựng, nhân rộng mô hình làm theo Bác ở xã, phường. Đến ngày 31/3, có 95/124 xã, phường, đặc khu đã tổ chức quán triệt cho cán bộ chủ chốt, với khoảng 18.600 lượt cán bộ, đảng viên tham gia.
Dịp Tết Nguyên đán Bính Ngọ, các cấp đã vận động trao hơn 48.000 phần quà, tổng trị giá gần 32 tỷ đồng cho hộ nghèo, hộ khó khăn, đồng bào dân tộc thiểu số. Các xã vùng đồng bào K'Ho, Mạ, Mnông, Chăm xây dựng 17 mô hình "Buôn làng làm theo lời Bác".
Tại giao ban, ông Ka Sô Liễng, Bí thư Đảng ủy xã Lạc Dương, cho biết xã đã đưa 9 nội dung làm theo Bác vào quy ước của các buôn; bà Thị Hoan, người Mnông, Trưởng Ban Dân vận Đảng ủy phường Bắc Gia Nghĩa, kể việc phường phân công 46 đảng viên giúp đỡ các hộ đồng bào tái định cư. Đại diện phường Phú Thủy, ông Lê Đình Khoa, Phó Bí thư Thường trực Đảng ủy phường, chia sẻ mô hình "Phố biển văn minh" với 14 tuyến đường sạch, đẹp do nhân dân tự quản.
Một số ý kiến phản ánh: sau hợp nhất, địa bàn rộng, có xã cách trung tâm tỉnh hơn 300 km nên việc tổ chức học tập tập trung còn khó; đội ngũ báo cáo viên cấp xã vừa thiếu vừa kiêm nhiệm nhiều việc. Nhiều nơi đề nghị tăng cường học tập trực tuyến, biên soạn tài liệu song ngữ để đưa về các buôn, làng vùng sâu.
Kết luận giao ban, đồng chí K'Mák yêu cầu quý II hoàn thành học tập chuyên đề ở 100% chi bộ; chuẩn bị kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh; đồng thời mở 4 lớp bồi dưỡng báo cáo viên cấp xã ở các khu vực Đà Lạt, Bảo Lộc, Gia Nghĩa, Phan Thiết.
Ngọc Minh - Thu Hà
Lượt xem: 1.018
Tin liên quan
- Phường Xuân Hương ra mắt tủ sách về Bác (02/04/2026)
- Xã Đam Rông: già làng làm theo Bác (27/03/2026)
- Đặc khu Phú Quý học tập chuyên đề năm 2026 (20/03/2026)
""", "2026-04-08", "Giao ban quý I: lan tỏa những \"việc làm theo Bác\" từ buôn làng đến phố biển",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("K'Mák", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Hường", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Phong", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đàng Thị Mỹ Hạnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ka Sô Liễng", "Bí thư Đảng ủy xã Lạc Dương"),
 P("Thị Hoan", "Trưởng Ban Dân vận Đảng ủy phường Bắc Gia Nghĩa"),
 P("Lê Đình Khoa", "Phó Bí thư Thường trực Đảng ủy phường")],
[Q("95/124 xã, phường, đặc khu", 95, "xã, phường, đặc khu"), Q("khoảng 18.600 lượt cán bộ, đảng viên", 18600, "lượt cán bộ, đảng viên", "approx"),
 Q("hơn 48.000 phần quà", 48000, "phần quà", "over"), Q("gần 32 tỷ đồng", 32000000000, "đồng", "approx"),
 Q("17 mô hình", 17, "mô hình"), Q("9 nội dung", 9, "nội dung"), Q("46 đảng viên", 46, "đảng viên"),
 Q("14 tuyến đường", 14, "tuyến đường"), Q("hơn 300 km", 300, "km", "over"), Q("100% chi bộ", 100, "%"),
 Q("4 lớp bồi dưỡng báo cáo viên cấp xã", 4, "lớp bồi dưỡng báo cáo viên cấp xã")],
[D("Kế hoạch", "35", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 35-KH/TU"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BTGDVTU")],
[prov("Lâm Đồng"), com("Lạc Dương"), com("Bắc Gia Nghĩa"), com("Phú Thủy")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Trang chủ - Chính trị - Xây dựng Đảng", "Đồng chí K'Mák phát biểu tại buổi giao ban. Ảnh: Ngọc Minh",
 "Buôn làng làm theo lời Bác", "Phố biển văn minh", "Tết Nguyên đán Bính Ngọ", "Lượt xem: 1.018"],
["Ngày đăng: 08/04/2026 - 14:05", "quý I/2026", "Đại hội XIV", "năm 2026", "quý II", "136 năm", "Lượt xem: 1.018"]))

PAGES.append(page("b6652-dongnai-binhphuoc-khonggian-hcm-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG BÌNH PHƯỚC - TỈNH ĐỒNG NAI
Trang chủ | Tin tức - Sự kiện | Văn hóa - Xã hội
14 Tháng 5, 2026 | 07:45
Khánh thành "Không gian văn hóa Hồ Chí Minh" tại phường Bình Phước
Sáng 13/5, nhân kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam phường Bình Phước tổ chức lễ khánh thành "Không gian văn hóa Hồ Chí Minh" tại Trung tâm Văn hóa - Thể thao phường.
Các đại biểu cắt băng khánh thành công trình.
Dự buổi lễ có đồng chí Điểu Thị Mỹ Linh, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai; đồng chí Trần Quốc Bảo, Bí thư Đảng ủy phường Bình Phước; cùng đông đảo cán bộ, đảng viên, đoàn viên, học sinh và người dân trên địa bàn.
Công trình được xây dựng trên diện tích khoảng 450 m2, gồm phòng trưng bày 126 hình ảnh, tư liệu về cuộc đời, sự nghiệp của Chủ tịch Hồ Chí Minh; tủ sách với hơn 2.000 đầu sách và khu sinh hoạt chuyên đề cho các chi bộ. Tổng kinh phí 1,85 tỷ đồng, trong đó nguồn xã hội hóa chiếm 65%, do 37 doanh nghiệp, nhà hảo tâm và nhân dân đóng góp.
Phát biểu tại buổi lễ, đồng chí Trần Quốc Bảo cho biết, công trình là một trong những việc làm cụ thể của Đảng bộ phường trong thực hiện Kết luận 01-KL/TW của Bộ Chính trị và Nghị quyết số 03-NQ/ĐU của Đảng ủy phường về xây dựng phường Bình Phước văn minh, nghĩa tình. Từ nay, các chi bộ khu phố sẽ luân phiên tổ chức sinh hoạt chuyên đề tại đây, mỗi tháng ít nhất 4 buổi.
Đồng chí Điểu Thị Mỹ Linh đánh giá cao cách làm của phường, mong muốn "Không gian văn hóa Hồ Chí Minh" không chỉ là nơi trưng bày mà thực sự trở thành địa chỉ giáo dục truyền thống cho thế hệ trẻ, nhất là con em đồng bào S'tiêng. Đồng chí đề nghị phường gắn việc khai thác công trình với thực hiện Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới.
Tại buổi lễ, bà Thị Hạnh, người S'tiêng, Chi hội trưởng Chi hội Phụ nữ khu phố Phước Bình, tặng công trình 50 cuốn sách về Bác bằng song ngữ Việt - S'tiêng do chi hội sưu tầm. Em Nguyễn Minh Khang, học sinh Trường THCS Tân Phú, đại diện đoàn viên, thanh niên, hứa sẽ thường xuyên đến đọc sách, tìm hiểu về Bác.
Dịp này, UBND phường trao 30 suất học bổng "Thắp sáng ước mơ", mỗi suất 1 triệu đồng, cho học sinh nghèo hiếu học; Đoàn phường ra mắt đội tình nguyện viên gồm 25 thành viên phục vụ tại công trình vào các ngày cuối tuần.
Phường Bình Phước được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp các phường Tân Phú, Tân Đồng, Tân Bình, Tân Xuân và Tiến Thành của thành phố Đồng Xoài (tỉnh Bình Phước cũ).
Ban Biên tập
Tin khác
- Phường Bình Phước tuyên dương 20 gương "người tốt, việc tốt" (08/05/2026)
- Hội nghị học tập chuyên đề năm 2026 (28/04/2026)
- Ra mắt tổ công nghệ số cộng đồng khu phố Phước Bình (15/04/2026)
""", "2026-05-14", "Khánh thành \"Không gian văn hóa Hồ Chí Minh\" tại phường Bình Phước",
E("khac", None, "2026-05-13"),
[P("Điểu Thị Mỹ Linh", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai"),
 P("Trần Quốc Bảo", "Bí thư Đảng ủy phường Bình Phước"),
 P("Thị Hạnh", "Chi hội trưởng Chi hội Phụ nữ khu phố Phước Bình"),
 P("Nguyễn Minh Khang", "học sinh Trường THCS Tân Phú")],
[Q("khoảng 450 m2", 450, "m2", "approx"), Q("126 hình ảnh, tư liệu", 126, "hình ảnh, tư liệu"),
 Q("hơn 2.000 đầu sách", 2000, "đầu sách", "over"), Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("65%", 65, "%"),
 Q("37 doanh nghiệp, nhà hảo tâm", 37, "doanh nghiệp, nhà hảo tâm"), Q("ít nhất 4 buổi", 4, "buổi", "over"),
 Q("50 cuốn sách", 50, "cuốn sách"), Q("30 suất học bổng", 30, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("25 thành viên", 25, "thành viên")],
[D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận 01-KL/TW của Bộ Chính trị"),
 D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết số 03-NQ/ĐU của Đảng ủy phường"),
 D("Quy định", "144", "QĐ/TW", None, None, "Quy định 144-QĐ/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bình Phước"), com("Tân Phú"), com("Tân Đồng"), com("Tân Bình"),
 com("Tân Xuân"), com("Tiến Thành")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG BÌNH PHƯỚC - TỈNH ĐỒNG NAI", "Trang chủ | Tin tức - Sự kiện | Văn hóa - Xã hội",
 "Các đại biểu cắt băng khánh thành công trình.", "Không gian văn hóa Hồ Chí Minh", "Thắp sáng ước mơ",
 "Trung tâm Văn hóa - Thể thao phường", "Trường THCS Tân Phú", "Ban Biên tập"],
["14 Tháng 5, 2026 | 07:45", "136 năm", "mỗi tháng", "ngày 1/7/2025"]))
