from lib import *
PAGES = []

PAGES.append(page("b4595-hagiang-dongvan-doithoai-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỒNG VĂN - TỈNH HÀ GIANG
Vị trí: Trang chủ » Tin tức - Sự kiện » Hoạt động cơ sở
Thứ Sáu, 12/05/2017 - 16:30
Bí thư Huyện ủy đối thoại với 215 người dân xã Sủng Là
Sáng 10/5, tại nhà văn hóa xã Sủng Là, Ban Thường vụ Huyện ủy Đồng Văn tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2017. Đồng chí Vàng Mí Chớ, Tỉnh ủy viên, Bí thư Huyện ủy Đồng Văn chủ trì; cùng chủ trì có đồng chí Sính Mí Già, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện. Tham dự có 215 người dân là đại diện các hộ của 11 thôn, trong đó có 34 người có uy tín, trưởng dòng họ người Mông.
Đồng chí Vàng Mí Chớ trả lời kiến nghị của người dân.
Hội nghị được tổ chức theo Kế hoạch số 46-KH/HU của Ban Thường vụ Huyện ủy thực hiện Quyết định số 1236-QĐ/TU ngày 9/9/2016 của Tỉnh ủy Hà Giang ban hành Quy định về trách nhiệm của người đứng đầu trong tiếp dân, đối thoại trực tiếp với dân. Trước hội nghị, các chi bộ thôn đã tổng hợp được 27 ý kiến, kiến nghị của nhân dân, tập trung vào nước sinh hoạt, điện lưới, làm đường bê tông, chế độ cho người có uy tín và hỗ trợ hộ nghèo theo Nghị quyết 30a.
Tại buổi đối thoại có 19 lượt người phát biểu trực tiếp. Ông Thào Mí Dính, người có uy tín thôn Sáng Ngài, nêu: thôn có 72 hộ, mùa khô phải đi gùi nước hơn 3 km. Bà Lầu Thị Dở, Chi hội trưởng Chi hội Phụ nữ thôn Lùng Thúng, đề nghị mở thêm lớp dạy nghề thêu dệt lanh cho chị em. Ông Vừ Mí Sùng, Bí thư Chi bộ thôn Thành Ma Tủng, phản ánh việc 5 hộ trong thôn bị kẻ xấu rủ sang nước ngoài làm thuê, hiện đã có 2 hộ trở về.
Trả lời người dân, lãnh đạo UBND huyện cho biết năm 2017 huyện đầu tư 4 bể chứa nước loại 100 m3 tại xã, tổng kinh phí khoảng 1,4 tỷ đồng từ Chương trình 135; hỗ trợ 60 con bò giống cho hộ nghèo. Ông Hầu Sáu Nhìa, Phó Chủ tịch UBND xã Sủng Là, nhận trách nhiệm giải quyết dứt điểm 3 trường hợp tranh chấp đất nương trước tháng 7.
Kết luận hội nghị, đồng chí Vàng Mí Chớ yêu cầu các cơ quan giải quyết 27 ý kiến đúng hẹn, công khai kết quả tại thôn; đề nghị người có uy tín, trưởng dòng họ tiếp tục vận động con cháu không nghe theo lời dụ dỗ đi làm thuê trái phép qua biên giới, không theo "Giê Sùa", bỏ tục thách cưới và để người chết trong nhà nhiều ngày. Trong năm 2017, Huyện ủy sẽ tổ chức đối thoại ở ít nhất 6 xã vùng cao khác.
Sau hội nghị, Ủy ban MTTQ huyện trao 50 suất quà, mỗi suất trị giá 400.000 đồng, cho các hộ nghèo của xã.
Mai Linh - Trung tâm VH-TT huyện
Lượt xem: 1.018
Tin liên quan
- Lũng Cú: 320 hộ nghèo được hỗ trợ bò giống (28/04/2017)
- Huyện ủy Đồng Văn sơ kết Chỉ thị 12-CT/HU (15/04/2017)
- Phố Bảng: ra mắt mô hình "Thôn bản bình yên" (03/04/2017)
""", "2017-05-12", "Bí thư Huyện ủy đối thoại với 215 người dân xã Sủng Là",
E("doi_thoai", "2017", "2017-05-10"),
[P("Vàng Mí Chớ", "Tỉnh ủy viên", "Bí thư Huyện ủy Đồng Văn"),
 P("Sính Mí Già", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Thào Mí Dính", "người có uy tín thôn Sáng Ngài"),
 P("Lầu Thị Dở", "Chi hội trưởng Chi hội Phụ nữ thôn Lùng Thúng"),
 P("Vừ Mí Sùng", "Bí thư Chi bộ thôn Thành Ma Tủng"),
 P("Hầu Sáu Nhìa", "Phó Chủ tịch UBND xã Sủng Là")],
[Q("215 người dân", 215, "người dân"), Q("11 thôn", 11, "thôn"), Q("34 người có uy tín, trưởng dòng họ", 34, "người có uy tín, trưởng dòng họ"),
 Q("27 ý kiến, kiến nghị", 27, "ý kiến, kiến nghị"), Q("19 lượt người", 19, "lượt người"), Q("72 hộ", 72, "hộ"),
 Q("hơn 3 km", 3, "km", "over"), Q("5 hộ", 5, "hộ"), Q("2 hộ", 2, "hộ"), Q("4 bể chứa nước", 4, "bể chứa nước"),
 Q("khoảng 1,4 tỷ đồng", 1400000000, "đồng", "approx"), Q("60 con bò giống", 60, "con bò giống"),
 Q("3 trường hợp", 3, "trường hợp"), Q("ít nhất 6 xã vùng cao", 6, "xã vùng cao", "over"),
 Q("50 suất quà", 50, "suất quà"), Q("400.000 đồng", 400000, "đồng")],
[D("Kế hoạch", "46", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 46-KH/HU"),
 D("Quyết định", "1236", "QĐ/TU", "2016-09-09", "Tỉnh ủy Hà Giang", "Quyết định số 1236-QĐ/TU ngày 9/9/2016"),
 D("Nghị quyết", "30a", None, None, None, "Nghị quyết 30a")],
[prov("Hà Giang"), com("Sủng Là")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỒNG VĂN - TỈNH HÀ GIANG", "Vị trí: Trang chủ » Tin tức - Sự kiện » Hoạt động cơ sở",
 "Đồng chí Vàng Mí Chớ trả lời kiến nghị của người dân.", "Chương trình 135", "Giê Sùa",
 "Mai Linh - Trung tâm VH-TT huyện", "Lượt xem: 1.018"],
["Thứ Sáu, 12/05/2017 - 16:30", "năm 2017", "100 m3", "tháng 7", "Chương trình 135", "Lượt xem: 1.018"]))

PAGES.append(page("b4596-laichau-bdv-giamsat-2018", """
BÁO LAI CHÂU ĐIỆN TỬ
Chính trị - Xây dựng Đảng / Dân vận
17/08/2018 - 09:40
Giám sát thực hiện chính sách đối với người có uy tín tại huyện Sìn Hồ
Ảnh: Đoàn giám sát làm việc tại xã Pa Tần.
(BLC) - Trong 3 ngày từ 14 đến 16/8, đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Lê Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số tại huyện Sìn Hồ, theo chương trình giám sát năm 2018 của Ban Thường vụ Tỉnh ủy Lai Châu.
Cùng đi có các đồng chí: Vàng A Chứ, Phó Trưởng Ban Dân vận Tỉnh ủy; Tẩn Thị Liên, Phó Trưởng Ban Dân tộc tỉnh; Hoàng Văn Tuyến, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo của Ban Thường vụ Huyện ủy Sìn Hồ cho biết, thực hiện Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ và Kế hoạch số 58/KH-UBND của UBND tỉnh, huyện hiện có 237 người có uy tín, trong đó 129 người Mông, 61 người Dao, 38 người Hà Nhì, còn lại là người Thái, Lự. Năm 2018, mỗi người có uy tín được cấp báo, được thăm hỏi khi ốm đau với mức 500.000 đồng; huyện đã cấp phát 237 bộ lịch, tổ chức 2 đoàn cho 45 người có uy tín đi tham quan học tập ở Điện Biên, Sơn La.
Người có uy tín đã tham gia hòa giải thành 48 vụ việc, vận động 17 hộ di cư tự do trở về, phát hiện và báo cáo 6 trường hợp tuyên truyền đạo trái phép. Ông Sùng A Páo, người có uy tín bản Nậm Ngập, xã Pa Tần, cho biết nhờ được tập huấn mà bà con trong bản đã bỏ việc giết nhiều trâu bò trong đám ma; ông Pờ Xá Dế, người Hà Nhì, Trưởng bản Ô Pha Mù, xã Tả Ngảo, đề nghị tăng mức hỗ trợ Tết lên 1 triệu đồng.
Qua giám sát, đoàn chỉ ra một số hạn chế: việc bình chọn người có uy tín ở 4 xã còn chưa đúng quy trình; còn 9 người có uy tín tuổi cao, sức yếu, không còn khả năng tham gia; kinh phí cấp chậm so với Thông tư số 06/2018/TT-UBDT của Ủy ban Dân tộc.
Kết luận giám sát, đồng chí Lê Thị Thu Hằng đề nghị Huyện ủy Sìn Hồ chỉ đạo rà soát, điều chỉnh danh sách người có uy tín trước ngày 30/9; thực hiện nghiêm Chỉ thị số 14-CT/TU về tăng cường công tác dân vận vùng đồng bào dân tộc thiểu số, coi người có uy tín là "cầu nối" giữa Đảng với bản làng. Đồng chí Tẩn Thị Liên đề nghị huyện kịp thời biểu dương ít nhất 20 người có uy tín tiêu biểu trong năm.
Minh Thu
Số lượt xem: 896
Tin cùng chuyên mục
- Than Uyên: đối thoại với nhân dân năm 2018 (10/08/2018)
- Giao ban công tác dân vận quý II (20/07/2018)
- Tam Đường: 15 mô hình "Dân vận khéo" (12/07/2018)
""", "2018-08-17", "Giám sát thực hiện chính sách đối với người có uy tín tại huyện Sìn Hồ",
E("giam_sat", "2018", "2018-08-14"),
[P("Lê Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng A Chứ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tẩn Thị Liên", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Hoàng Văn Tuyến", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng A Páo", "người có uy tín bản Nậm Ngập"),
 P("Pờ Xá Dế", "Trưởng bản Ô Pha Mù")],
[Q("237 người có uy tín", 237, "người có uy tín"), Q("129 người Mông", 129, "người Mông"), Q("61 người Dao", 61, "người Dao"),
 Q("38 người Hà Nhì", 38, "người Hà Nhì"), Q("500.000 đồng", 500000, "đồng"), Q("237 bộ lịch", 237, "bộ lịch"),
 Q("2 đoàn", 2, "đoàn"), Q("45 người có uy tín", 45, "người có uy tín"), Q("48 vụ việc", 48, "vụ việc"),
 Q("17 hộ di cư tự do", 17, "hộ di cư tự do"), Q("6 trường hợp", 6, "trường hợp"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("4 xã", 4, "xã"), Q("9 người có uy tín", 9, "người có uy tín"),
 Q("ít nhất 20 người có uy tín tiêu biểu", 20, "người có uy tín tiêu biểu", "over")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Kế hoạch", "58", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 58/KH-UBND"),
 D("Thông tư", "06", "2018/TT-UBDT", None, "Ủy ban Dân tộc", "Thông tư số 06/2018/TT-UBDT"),
 D("Chỉ thị", "14", "CT/TU", None, None, "Chỉ thị số 14-CT/TU")],
[prov("Lai Châu"), com("Pa Tần"), com("Tả Ngảo"), prov("Điện Biên"), prov("Sơn La")],
["BÁO LAI CHÂU ĐIỆN TỬ", "Chính trị - Xây dựng Đảng / Dân vận", "Ảnh: Đoàn giám sát làm việc tại xã Pa Tần.", "(BLC)",
 "cầu nối", "Số lượt xem: 896"],
["17/08/2018 - 09:40", "3 ngày", "năm 2018", "trước ngày 30/9", "Số lượt xem: 896"]))

PAGES.append(page("b4597-laocai-ytyxa-daihoi-2019", """
Trang thông tin điện tử xã Y Tý - huyện Bát Xát - tỉnh Lào Cai
Trang chủ - Tin tức - Hoạt động của MTTQ và các đoàn thể
Ngày 12/04/2019 | 10:20
Đại hội đại biểu MTTQ Việt Nam xã Y Tý lần thứ VI, nhiệm kỳ 2019 - 2024
Toàn cảnh đại hội.
Ngày 10/4/2019, Ủy ban MTTQ Việt Nam xã Y Tý long trọng tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ VI, nhiệm kỳ 2019 - 2024. Dự đại hội có ông Tẩn Láo Lở, Phó Chủ tịch Ủy ban MTTQ huyện Bát Xát; ông Ly Seo Sáng, Bí thư Đảng ủy xã; cùng 95 đại biểu đại diện cho hơn 6.700 nhân dân các dân tộc Hà Nhì, Mông, Dao trong xã.
Nhiệm kỳ 2014 - 2019, Mặt trận xã đã phối hợp vận động nhân dân hiến 8.400 m2 đất, đóng góp trên 1.200 ngày công làm 14 km đường bê tông liên thôn. Quỹ "Vì người nghèo" vận động được 186 triệu đồng, hỗ trợ làm 21 nhà Đại đoàn kết; tỷ lệ hộ nghèo giảm từ 71,3% xuống còn 39,8%. Ban công tác Mặt trận 15 thôn đã vận động 11 hộ bỏ theo "Giê Sùa", 6 hộ di cư tự do sang Lai Châu trở về quê; đến nay 12/15 khu dân cư đạt danh hiệu khu dân cư văn hóa.
Thực hiện Quyết định số 217-QĐ/TW, Mặt trận xã đã chủ trì 9 cuộc giám sát, chủ yếu về chính sách hỗ trợ theo Quyết định 2085/QĐ-TTg và việc bình xét hộ nghèo; tổ chức 3 hội nghị góp ý xây dựng Đảng, chính quyền.
Phát biểu tại đại hội, ông Ly Seo Sáng biểu dương những đóng góp của Mặt trận trong xây dựng nông thôn mới và đề nghị nhiệm kỳ tới tập trung triển khai Nghị quyết số 05-NQ/ĐU của Đảng ủy xã về phát triển du lịch cộng đồng gắn với bảo tồn nhà trình tường của người Hà Nhì; vận động bà con trồng 300 ha thảo quả, mở rộng 2 hợp tác xã.
Đại hội đã hiệp thương cử 41 vị vào Ủy ban MTTQ Việt Nam xã khóa VI. Tại phiên họp thứ nhất, bà Chu Thị Sừ, người Hà Nhì, được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã khóa VI; các ông Lý Seo Dìn, Phàn Văn Quẩy - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng bầu 7 đại biểu đi dự Đại hội đại biểu MTTQ huyện lần thứ XIV.
Nhân dịp này, đại hội trao 20 suất quà, mỗi suất 500.000 đồng, cho các hộ nghèo tiêu biểu vươn lên; tặng giấy khen cho 8 trưởng ban công tác Mặt trận thôn.
Ông Sần Chin Lù, Trưởng ban công tác Mặt trận thôn Mò Phú Chải, phát biểu đại diện các đại biểu, hứa sẽ đưa nghị quyết đại hội về từng hộ gia đình.
Đại hội đã thông qua Chương trình hành động nhiệm kỳ 2019 - 2024 với 3 khâu đột phá về giảm nghèo, xây dựng khu dân cư văn hóa và giữ gìn an ninh biên giới.
Công chức Văn hóa - Xã hội xã
Lượt xem: 312
Tin khác
- Y Tý: khai trương homestay của người Hà Nhì (02/04/2019)
- Đảng ủy xã học tập Chỉ thị 05-CT/TW (20/03/2019)
- Thôn Choản Thèn đón nhận danh hiệu thôn văn hóa (10/03/2019)
""", "2019-04-12", "Đại hội đại biểu MTTQ Việt Nam xã Y Tý lần thứ VI, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-04-10"),
[P("Tẩn Láo Lở", "Phó Chủ tịch Ủy ban MTTQ huyện Bát Xát"),
 P("Ly Seo Sáng", "Bí thư Đảng ủy xã"),
 P("Chu Thị Sừ", "Chủ tịch Ủy ban MTTQ Việt Nam xã khóa VI"),
 P("Lý Seo Dìn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"), P("Phàn Văn Quẩy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sần Chin Lù", "Trưởng ban công tác Mặt trận thôn Mò Phú Chải")],
[Q("95 đại biểu", 95, "đại biểu"), Q("hơn 6.700 nhân dân", 6700, "nhân dân", "over"), Q("8.400 m2", 8400, "m2"),
 Q("trên 1.200 ngày công", 1200, "ngày công", "over"), Q("14 km", 14, "km"), Q("186 triệu đồng", 186000000, "đồng"),
 Q("21 nhà Đại đoàn kết", 21, "nhà Đại đoàn kết"), Q("71,3%", 71.3, "%"), Q("39,8%", 39.8, "%"), Q("15 thôn", 15, "thôn"),
 Q("11 hộ", 11, "hộ"), Q("6 hộ di cư tự do", 6, "hộ di cư tự do"), Q("12/15 khu dân cư", 12, "khu dân cư"),
 Q("9 cuộc giám sát", 9, "cuộc giám sát"), Q("3 hội nghị", 3, "hội nghị"), Q("300 ha", 300, "ha"),
 Q("2 hợp tác xã", 2, "hợp tác xã"), Q("41 vị", 41, "vị"), Q("7 đại biểu", 7, "đại biểu"), Q("20 suất quà", 20, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("8 trưởng ban công tác Mặt trận thôn", 8, "trưởng ban công tác Mặt trận thôn")],
[D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "2085", "QĐ-TTg", None, None, "Quyết định 2085/QĐ-TTg"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU")],
[prov("Lào Cai"), com("Y Tý"), prov("Lai Châu")],
["Trang thông tin điện tử xã Y Tý - huyện Bát Xát - tỉnh Lào Cai", "Trang chủ - Tin tức - Hoạt động của MTTQ và các đoàn thể",
 "Toàn cảnh đại hội.", "Vì người nghèo", "Giê Sùa", "Lượt xem: 312"],
["Ngày 12/04/2019 | 10:20", "3 khâu đột phá", "lần thứ VI", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019", "khóa VI", "lần thứ XIV", "Lượt xem: 312"]))

PAGES.append(page("b4598-dienbien-bdv-baocao-2019", """
BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN
Trang chủ :: Văn bản - Báo cáo :: Tình hình nhân dân
Cập nhật lúc 08:50 ngày 05/10/2019
Ban Dân vận Tỉnh ủy báo cáo tình hình tư tưởng nhân dân vùng đồng bào Mông quý III năm 2019
Ngày 3/10/2019, Ban Dân vận Tỉnh ủy đã có Báo cáo số 212-BC/BDVTU gửi Ban Thường vụ Tỉnh ủy và Ban Dân vận Trung ương về tình hình tư tưởng nhân dân và kết quả công tác dân vận vùng đồng bào Mông quý III năm 2019. Báo cáo do đồng chí Lò Thị Bích, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy ký.
Đồng chí Lò Thị Bích làm việc với cán bộ xã Nà Khoa.
Theo báo cáo, trong quý III tình hình nhân dân cơ bản ổn định; tuy nhiên trên địa bàn 5 huyện Mường Nhé, Nậm Pồ, Tủa Chùa, Điện Biên Đông, Mường Chà vẫn phát sinh 14 trường hợp tuyên truyền "Vương quốc Mông", 3 vụ việc truyền đạo trái pháp luật và 27 hộ với 153 khẩu di cư tự do đi các tỉnh Tây Nguyên. Các lực lượng đã vận động 21 hộ trở về, xử lý hành chính 4 đối tượng.
Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp đã tổ chức 37 buổi tiếp công dân, tiếp nhận 92 lượt người; giải quyết 58/64 đơn thư, đạt 90,6%. Khối dân vận tham gia vận động giải phóng mặt bằng Cảng hàng không Điện Biên, trong đó có khoảng 150 hộ phải di dời.
Báo cáo nêu các gương điển hình: ông Lầu A Chống, người có uy tín bản Nậm Chua 3, xã Nà Khoa, đã vận động 9 hộ bỏ nghe theo kẻ xấu; ông Sùng A Lầu, Bí thư Chi bộ, Trưởng bản Huổi Khon, xã Mường Nhé, tố giác 2 đối tượng lạ vào bản. Bà Lò Thị Ngọc, Trưởng Ban Dân vận Huyện ủy Nậm Pồ, được đề nghị biểu dương.
Ban Dân vận Tỉnh ủy đề xuất Ban Thường vụ Tỉnh ủy chỉ đạo sơ kết 5 năm thực hiện Đề án 05-ĐA/TU về ổn định dân cư vùng biên giới, bổ sung kinh phí khoảng 2,5 tỷ đồng hỗ trợ nhà ở cho 100 hộ nghèo; đề nghị Ban Dân vận Trung ương tăng cường phối hợp với các tỉnh Tây Nguyên để nắm số hộ đã đi. Trong quý IV, Ban sẽ tổ chức ít nhất 3 đoàn công tác về cơ sở, tập trung vào những bản có trên 50% hộ nghèo.
Cùng với báo cáo, Ban Dân vận Tỉnh ủy ban hành Công văn số 318-CV/BDVTU đề nghị các huyện ủy báo cáo định kỳ hằng tháng về tình hình di cư tự do.
Báo cáo cũng chỉ rõ hạn chế: một số chi bộ bản chưa nắm chắc hộ có người đi làm ăn xa; việc phát huy vai trò người có uy tín ở một số nơi còn hình thức; cán bộ dân vận xã biết tiếng Mông, tiếng Khơ Mú còn ít. Ban Dân vận Tỉnh ủy kiến nghị mở lớp dạy tiếng dân tộc cho cán bộ, công chức cấp xã vùng biên trong năm 2020.
Quỳnh Anh
Lượt xem: 745
Tin liên quan
- Hội nghị giao ban dân vận quý III (25/09/2019)
- Nậm Pồ: 12 hộ di cư tự do trở về (10/09/2019)
- Tủa Chùa tổ chức đối thoại với nhân dân (30/08/2019)
""", "2019-10-05", "Ban Dân vận Tỉnh ủy báo cáo tình hình tư tưởng nhân dân vùng đồng bào Mông quý III năm 2019",
E("bao_cao", "2019-Q3", "2019-10-03"),
[P("Lò Thị Bích", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lầu A Chống", "người có uy tín bản Nậm Chua 3"),
 P("Sùng A Lầu", "Bí thư Chi bộ", "Trưởng bản Huổi Khon"),
 P("Lò Thị Ngọc", "Trưởng Ban Dân vận Huyện ủy Nậm Pồ")],
[Q("5 huyện", 5, "huyện"), Q("14 trường hợp", 14, "trường hợp"), Q("3 vụ việc truyền đạo trái pháp luật", 3, "vụ việc truyền đạo trái pháp luật"),
 Q("27 hộ", 27, "hộ"), Q("153 khẩu", 153, "khẩu"), Q("21 hộ", 21, "hộ"), Q("4 đối tượng", 4, "đối tượng"),
 Q("37 buổi tiếp công dân", 37, "buổi tiếp công dân"), Q("92 lượt người", 92, "lượt người"), Q("58/64 đơn thư", 58, "đơn thư"),
 Q("90,6%", 90.6, "%"), Q("khoảng 150 hộ", 150, "hộ", "approx"), Q("9 hộ", 9, "hộ"), Q("2 đối tượng lạ", 2, "đối tượng lạ"),
 Q("khoảng 2,5 tỷ đồng", 2500000000, "đồng", "approx"), Q("100 hộ nghèo", 100, "hộ nghèo"),
 Q("ít nhất 3 đoàn công tác", 3, "đoàn công tác", "over"), Q("trên 50%", 50, "%", "over")],
[D("Báo cáo", "212", "BC/BDVTU", "2019-10-03", "Ban Dân vận Tỉnh ủy", "Báo cáo số 212-BC/BDVTU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Đề án", "05", "ĐA/TU", None, None, "Đề án 05-ĐA/TU"),
 D("Công văn", "318", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 318-CV/BDVTU")],
[prov("Điện Biên"), com("Nà Khoa"), com("Mường Nhé")],
["BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN", "Trang chủ :: Văn bản - Báo cáo :: Tình hình nhân dân",
 "Đồng chí Lò Thị Bích làm việc với cán bộ xã Nà Khoa.", "Vương quốc Mông", "Cảng hàng không Điện Biên", "Lượt xem: 745"],
["Cập nhật lúc 08:50 ngày 05/10/2019", "quý III năm 2019", "5 năm", "quý IV", "Nậm Chua 3", "Lượt xem: 745"]))

PAGES.append(page("b4599-sonla-baosonla-khac-2020", """
Báo Sơn La - Cơ quan của Đảng bộ tỉnh Sơn La
Xã hội > Dân tộc - Miền núi > Gương sáng
19/06/2020 - 14:25
Ảnh: Ông Mùa A Vàng (bên phải) trao đổi với cán bộ xã về trồng cây ăn quả.
Người có uy tín giữ bình yên bản Mông vùng biên
Hơn 10 năm làm người có uy tín bản Huổi Một, xã Mường Lạn, huyện Sốp Cộp, ông Mùa A Vàng, 58 tuổi, đồng thời là Bí thư Chi bộ bản, đã trở thành chỗ dựa tin cậy của 126 hộ đồng bào Mông nơi đây.
Bản Huổi Một cách trung tâm xã gần 20 km, giáp biên giới Việt - Lào. Những năm trước, bà con còn trồng cây thuốc phiện, nhiều người nghe theo kẻ xấu bỏ đi tìm "đất hứa". Ông Vàng kể: "Năm 2011 có 8 hộ bán nhà, bán ruộng định đi Điện Biên theo lời rủ rê, mình phải đến từng nhà, ngồi cả đêm bên bếp lửa nói chuyện". Kết quả cả 8 hộ ở lại; đến nay bản không còn hộ nào di cư tự do, không có người nghiện ma túy.
Là đảng viên, ông Vàng cùng chi bộ bàn cách đưa cây xoài, cây nhãn vào thay ngô trên đất dốc. Từ 3 hộ làm thử, nay cả bản có 67 hộ trồng trên 85 ha cây ăn quả, thu nhập bình quân khoảng 32 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm từ 68% năm 2014 xuống còn 21%. Ông còn vận động bà con hiến 2.300 m2 đất làm sân bóng, nhà văn hóa và đóng góp 150 ngày công làm đường vào bản.
Ông Lò Văn Ón, Chủ tịch UBND xã Mường Lạn, cho biết: "Trong các cuộc họp bản, ý kiến của ông Vàng rất có trọng lượng. Ba năm qua, ông cùng tổ hòa giải giải quyết 14 vụ việc tranh chấp đất nương, không để vụ nào kéo dài". Bà Quàng Thị Xương, Trưởng Ban Dân vận Huyện ủy Sốp Cộp, nhận xét ông là một trong 32 người có uy tín tiêu biểu của huyện được Ban Dân vận Tỉnh ủy tặng giấy khen giai đoạn 2015 - 2020.
Với những đóng góp đó, năm 2019 ông Mùa A Vàng được Chủ tịch UBND tỉnh tặng Bằng khen theo Quyết định số 1642/QĐ-UBND. Ông vẫn giữ thói quen mỗi tối đi thăm vài nhà trong bản, nhắc nhở con cháu giữ đường biên, cột mốc, không nghe theo các luận điệu lợi dụng "Giê Sùa" để chia rẽ.
Không chỉ vậy, vợ ông là bà Sồng Thị Dợ, Chi hội trưởng Chi hội Phụ nữ bản, cũng vận động 30 chị em tham gia tổ tiết kiệm, mỗi tháng góp 100.000 đồng để giúp nhau mua giống. Cả gia đình là tấm gương về "Dân vận khéo" ở vùng biên.
Chia tay chúng tôi ở đầu bản, ông Vàng nói mong muốn lớn nhất là con cháu người Mông ở Huổi Một được học hết cấp ba, có nghề, rồi quay về làm cán bộ cho bản. Hiện bản đã có 4 sinh viên đang theo học cao đẳng, đại học ở Sơn La và Hà Nội.
Bài, ảnh: Thảo Lê
Lượt đọc: 2.140
Tin cùng chuyên mục
- Cô giáo người Thái bám bản dạy chữ (15/06/2020)
- Sốp Cộp: 5 năm xây dựng bản văn hóa (10/06/2020)
- Mai Sơn: người có uy tín góp sức xây dựng nông thôn mới (02/06/2020)
""", "2020-06-19", "Người có uy tín giữ bình yên bản Mông vùng biên",
E("khac", None, None),
[P("Mùa A Vàng", "người có uy tín bản Huổi Một", "Bí thư Chi bộ bản"),
 P("Lò Văn Ón", "Chủ tịch UBND xã Mường Lạn"),
 P("Quàng Thị Xương", "Trưởng Ban Dân vận Huyện ủy Sốp Cộp"),
 P("Sồng Thị Dợ", "Chi hội trưởng Chi hội Phụ nữ bản")],
[Q("126 hộ", 126, "hộ"), Q("gần 20 km", 20, "km", "approx"), Q("8 hộ", 8, "hộ"), Q("3 hộ", 3, "hộ"), Q("67 hộ", 67, "hộ"),
 Q("trên 85 ha", 85, "ha", "over"), Q("khoảng 32 triệu đồng", 32000000, "đồng", "approx"), Q("68%", 68, "%"), Q("21%", 21, "%"),
 Q("2.300 m2", 2300, "m2"), Q("150 ngày công", 150, "ngày công"), Q("14 vụ việc tranh chấp đất nương", 14, "vụ việc tranh chấp đất nương"),
 Q("32 người có uy tín tiêu biểu", 32, "người có uy tín tiêu biểu"), Q("30 chị em", 30, "chị em"), Q("100.000 đồng", 100000, "đồng"), Q("4 sinh viên", 4, "sinh viên")],
[D("Quyết định", "1642", "QĐ-UBND", None, None, "Quyết định số 1642/QĐ-UBND")],
[prov("Sơn La"), com("Mường Lạn")],
["Báo Sơn La - Cơ quan của Đảng bộ tỉnh Sơn La", "Xã hội > Dân tộc - Miền núi > Gương sáng",
 "Ảnh: Ông Mùa A Vàng (bên phải) trao đổi với cán bộ xã về trồng cây ăn quả.", "đất hứa", "Giê Sùa", "Dân vận khéo", "Lượt đọc: 2.140"],
["19/06/2020 - 14:25", "Hơn 10 năm", "58 tuổi", "Năm 2011", "năm 2014", "Ba năm qua", "2015 - 2020", "năm 2019", "Lượt đọc: 2.140"]))

PAGES.append(page("b4600-caobang-bdv-tongket-2020", """
BAN DÂN VẬN TỈNH ỦY CAO BẰNG
Trang chủ » Tin tức » Hoạt động Ban Dân vận
Thứ Tư, 30/12/2020 - 16:05
Ảnh: Toàn cảnh hội nghị tổng kết.
Khối dân vận tỉnh tổng kết năm 2020: 1.634 hộ người Mông trở về sinh hoạt tín ngưỡng đúng pháp luật
Ngày 28/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2020, triển khai nhiệm vụ năm 2021. Đồng chí Nông Văn Thàng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự hội nghị có đồng chí Hoàng Thị Kiều, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Đàm Văn Sáu, Lành Thị Phượng, Vương Văn Tâm.
Năm 2020, dù chịu ảnh hưởng của dịch COVID-19, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 21, 22-CT/TU về tăng cường công tác dân vận trong tình hình mới và về vận động đồng bào Mông ổn định cuộc sống; tổng kết 20 năm thực hiện Chỉ thị số 08-CT/TU của Ban Thường vụ Tỉnh ủy khóa XV. Kết quả nổi bật là đã vận động 1.634 hộ người Mông ở các huyện Bảo Lạc, Bảo Lâm, Hà Quảng từ bỏ "Dương Văn Mình", trở về sinh hoạt tín ngưỡng đúng pháp luật; tháo dỡ 37 nhà đòn. Đây là kết quả lớn nhất trong nhiều năm ở vùng đồng bào Mông của tỉnh Cao Bằng.
Công tác dân vận chính quyền có chuyển biến: toàn tỉnh tổ chức 412 cuộc đối thoại, tiếp xúc với nhân dân; giải quyết 318/342 đơn thư, đạt 93%. Phong trào "Dân vận khéo" có 1.125 mô hình được công nhận, trong đó 86 mô hình cấp tỉnh. Nhân dân hiến trên 95.000 m2 đất, đóng góp hơn 37 tỷ đồng xây dựng nông thôn mới.
Tại hội nghị, ông Hoàng Văn Lù, người Nùng, Bí thư Chi bộ xóm Khau Ràng, xã Trường Hà, chia sẻ cách vận động 45 hộ trong xóm hiến đất làm đường. Bà Lý Thị Mây, HUV, Trưởng Ban Dân vận Huyện ủy Bảo Lạc, cho biết huyện còn 218 hộ chưa chuyển biến, cần tiếp tục có sự phối hợp của lực lượng công an, biên phòng. Ông Giàng Seo Lử, người có uy tín xóm Phiêng Pẻn, xã Đình Phùng, kể ông đã thuyết phục được 12 hộ họ Giàng bỏ làm lễ "Dương Văn Mình".
Phát biểu chỉ đạo, đồng chí Hoàng Thị Kiều đề nghị năm 2021 khối dân vận tập trung tuyên truyền Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX; triển khai Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết 25-NQ/TW; phối hợp tốt bầu cử đại biểu Quốc hội và HĐND các cấp.
Dịp này, 14 tập thể, 22 cá nhân được Ban Dân vận Tỉnh ủy tặng giấy khen; 3 tập thể nhận Bằng khen của Ban Dân vận Trung ương.
Thu Hằng
Lượt xem: 1.335
Tin liên quan
- Hạ Lang: đối thoại với nhân dân năm 2020 (20/12/2020)
- Bảo Lâm tổng kết công tác dân vận (18/12/2020)
- Ban Dân vận Tỉnh ủy giao ban quý IV (10/12/2020)
""", "2020-12-30", "Khối dân vận tỉnh tổng kết năm 2020: 1.634 hộ người Mông trở về sinh hoạt tín ngưỡng đúng pháp luật",
E("tong_ket", "2020", "2020-12-28"),
[P("Nông Văn Thàng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Kiều", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Đàm Văn Sáu", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Lành Thị Phượng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vương Văn Tâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Lù", "Bí thư Chi bộ xóm Khau Ràng"),
 P("Lý Thị Mây", "HUV", "Trưởng Ban Dân vận Huyện ủy Bảo Lạc"),
 P("Giàng Seo Lử", "người có uy tín xóm Phiêng Pẻn")],
[Q("1.634 hộ người Mông", 1634, "hộ người Mông"), Q("37 nhà đòn", 37, "nhà đòn"),
 Q("412 cuộc đối thoại, tiếp xúc", 412, "cuộc đối thoại, tiếp xúc"), Q("318/342 đơn thư", 318, "đơn thư"), Q("93%", 93, "%"),
 Q("1.125 mô hình", 1125, "mô hình"), Q("86 mô hình cấp tỉnh", 86, "mô hình cấp tỉnh"), Q("trên 95.000 m2", 95000, "m2", "over"),
 Q("hơn 37 tỷ đồng", 37000000000, "đồng", "over"), Q("45 hộ", 45, "hộ"), Q("218 hộ", 218, "hộ"), Q("12 hộ họ Giàng", 12, "hộ họ Giàng"),
 Q("14 tập thể", 14, "tập thể"), Q("22 cá nhân", 22, "cá nhân"), Q("3 tập thể", 3, "tập thể")],
[D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08-CT/TU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW")],
[prov("Cao Bằng"), com("Trường Hà"), com("Đình Phùng")],
["BAN DÂN VẬN TỈNH ỦY CAO BẰNG", "Trang chủ » Tin tức » Hoạt động Ban Dân vận", "Ảnh: Toàn cảnh hội nghị tổng kết.",
 "Dương Văn Mình", "Dân vận khéo", "Nghị quyết Đại hội XIII", "Lượt xem: 1.335"],
["Thứ Tư, 30/12/2020 - 16:05", "năm 2020", "năm 2021", "COVID-19", "20 năm", "khóa XV", "Đại hội XIII", "lần thứ XIX", "Lượt xem: 1.335"]))
