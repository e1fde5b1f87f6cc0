from lib import *
PAGES = []

PAGES.append(page("b5201-dienbien-bdv-traoqua-hocsinhbantru-2023", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Trang chủ » Xã hội » Giáo dục
13/01/2023 - 15:30
Đồng chí Giàng Thị Xuân trao quà cho học sinh bán trú.
Thăm, tặng quà Tết học sinh bán trú xã Sín Chải
(BĐBP) - Ngày 12/1/2023, đoàn công tác của Ban Dân vận Tỉnh ủy do đồng chí Giàng Thị Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, tặng quà Tết cho giáo viên và học sinh Trường PTDT bán trú Tiểu học và THCS xã Sín Chải, huyện Tủa Chùa.
Cùng đi có đồng chí Lò Văn Muôn, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Sùng A Páo, HUV, Trưởng Ban Dân vận Huyện ủy Tủa Chùa; đồng chí Mùa A Sử, Bí thư Đảng ủy xã Sín Chải.
Trường hiện có 34 cán bộ, giáo viên, nhân viên và 612 học sinh, 100% là con em đồng bào Mông; trong đó 387 em ở bán trú. Thầy Giàng A Dình, Bí thư Chi bộ, Hiệu trưởng nhà trường cho biết: mùa đông năm nay nhiệt độ xuống dưới 5 độ C, nhiều em thiếu áo ấm, chăn. Nhà trường đã phối hợp với già làng, trưởng bản vận động được 29 em bỏ học trở lại lớp và duy trì sĩ số đạt 98,5%.
Thay mặt đoàn công tác, đồng chí Giàng Thị Xuân ghi nhận sự tận tụy của các thầy cô giáo cắm bản và đề nghị nhà trường tiếp tục thực hiện tốt Nghị định số 116/2016/NĐ-CP của Chính phủ, Kế hoạch số 1543-KH/TU ngày 20/5/2022 của Tỉnh ủy về thực hiện Quy chế công tác dân vận và Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy về vận động đồng bào Mông phát triển kinh tế và xóa bỏ hủ tục; tích cực vận động phụ huynh không để con em tảo hôn.
Dịp này, đoàn đã tặng nhà trường 1 bếp ăn tập thể được nâng cấp trị giá 120 triệu đồng; tặng 387 suất quà cho học sinh bán trú, mỗi suất gồm 1 áo ấm, 1 chăn và 200.000 đồng tiền mặt; tặng 34 suất quà cho giáo viên, mỗi suất 500.000 đồng. Tổng trị giá các phần quà hơn 250 triệu đồng, do Ban Dân vận Tỉnh ủy vận động các doanh nghiệp, nhà hảo tâm ủng hộ thông qua chương trình "Áo ấm cho em".
Cũng trong chuyến công tác, đoàn đã thăm, tặng 15 suất quà cho các hộ nghèo và 5 người có uy tín tại bản Sín Chải; mỗi suất trị giá 700.000 đồng. Ông Sùng A Chư, người có uy tín bản Sín Chải, xúc động cảm ơn sự quan tâm của Đảng, Nhà nước và hứa vận động bà con đón Tết an toàn, tiết kiệm.
Thực hiện chương trình "Xuân ấm biên cương" năm 2023, Ban Dân vận Tỉnh ủy Điện Biên dự kiến tổ chức 6 đoàn công tác đến thăm, tặng quà tại các trường học vùng cao trong tháng 1.
Quàng Hương
Tin cùng chuyên mục
- Mường Nhé: Khai giảng lớp xóa mù chữ cho 45 học viên (05/01/2023)
- Tặng 300 áo ấm cho học sinh Nậm Pồ (28/12/2022)
- Tổng kết công tác dân vận năm 2022 (22/12/2022)
""", "2023-01-13", "Thăm, tặng quà Tết học sinh bán trú xã Sín Chải",
E("trao_qua", None, "2023-01-12"),
[P("Giàng Thị Xuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Muôn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng A Páo", "HUV", "Trưởng Ban Dân vận Huyện ủy Tủa Chùa"),
 P("Mùa A Sử", "Bí thư Đảng ủy xã Sín Chải"),
 P("Giàng A Dình", "Bí thư Chi bộ", "Hiệu trưởng nhà trường"),
 P("Sùng A Chư", "người có uy tín bản Sín Chải")],
[Q("34 cán bộ, giáo viên, nhân viên", 34, "cán bộ, giáo viên, nhân viên"), Q("612 học sinh", 612, "học sinh"),
 Q("100%", 100, "%"), Q("387 em", 387, "em"), Q("5 độ C", 5, "độ C"), Q("29 em", 29, "em"), Q("98,5%", 98.5, "%"),
 Q("120 triệu đồng", 120000000, "đồng"), Q("387 suất quà", 387, "suất quà"),
 Q("200.000 đồng", 200000, "đồng"), Q("34 suất quà", 34, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("hơn 250 triệu đồng", 250000000, "đồng", "over"), Q("15 suất quà", 15, "suất quà"), Q("5 người có uy tín", 5, "người có uy tín"),
 Q("700.000 đồng", 700000, "đồng"), Q("6 đoàn công tác", 6, "đoàn công tác")],
[D("Nghị định", "116", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 116/2016/NĐ-CP"),
 D("Kế hoạch", "1543", "KH/TU", "2022-05-20", "Tỉnh ủy", "Kế hoạch số 1543-KH/TU ngày 20/5/2022"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU")],
[prov("Điện Biên"), com("Sín Chải")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Trang chủ » Xã hội » Giáo dục", "Đồng chí Giàng Thị Xuân trao quà cho học sinh bán trú.",
 "(BĐBP)", "Áo ấm cho em", "Xuân ấm biên cương"],
["13/01/2023 - 15:30", "1 áo ấm, 1 chăn", "1 bếp ăn tập thể", "năm 2023", "tháng 1"]))

PAGES.append(page("b5202-tiengiang-bdv-giaoban-q1-2023", """
BAN DÂN VẬN TỈNH ỦY TIỀN GIANG
Trang chủ - Hoạt động - Tin hoạt động của Ban
2023-04-07 16:40
Giao ban khối dân vận quý I/2023: Tăng cường vận động phụ huynh phòng, chống đuối nước, bạo lực học đường
Ngày 6/4, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận, Mặt trận và các đoàn thể chính trị - xã hội quý I/2023, triển khai nhiệm vụ quý II. Đồng chí Nguyễn Thị Thanh Trúc, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Quý I, các đoàn thể đã tập trung phối hợp với ngành giáo dục tuyên truyền, vận động phụ huynh, học sinh phòng, chống đuối nước, bạo lực học đường và tác hại của thuốc lá điện tử. Hội Liên hiệp Phụ nữ tỉnh tổ chức 214 buổi sinh hoạt chuyên đề với trên 9.800 lượt hội viên là phụ huynh học sinh tham dự; Tỉnh đoàn phối hợp mở 36 lớp dạy bơi miễn phí cho 1.420 em. Ủy ban MTTQ Việt Nam tỉnh và các tổ chức thành viên trao 1.865 suất học bổng với tổng trị giá hơn 1,8 tỷ đồng cho học sinh nghèo.
Theo báo cáo, thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị 49-CT/TW về xây dựng gia đình thời kỳ công nghiệp hóa, hiện đại hóa và Kế hoạch 121, 122-KH/BDVTU của Ban Dân vận Tỉnh ủy, các huyện đã xây dựng 18 mô hình "Trường học an toàn, thân thiện, không có bạo lực". Huyện Cái Bè vận động được 4 xã Hậu Mỹ Bắc A, Hậu Mỹ Trinh, An Cư, Mỹ Đức Tây hoàn thành công trình hàng rào an toàn tại các bến sông gần trường học.
Tại hội nghị, đồng chí Phan Văn Bé Tư, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị các đoàn thể tăng cường giám sát việc thực hiện dạy thêm, học thêm. Đồng chí Võ Thị Ngọc Hân, Phó Bí thư Tỉnh đoàn, cho biết trong quý II sẽ ra quân chiến dịch "Mùa hè xanh" với khoảng 3.000 chiến sĩ tình nguyện. Đồng chí Lê Văn Nghĩa, Phó Giám đốc Sở Giáo dục và Đào tạo, thông tin toàn tỉnh có 3 vụ việc học sinh đánh nhau gây xôn xao dư luận trong quý I, đã được xử lý kịp thời, có sự tham gia của phụ huynh và Ban đại diện cha mẹ học sinh.
Phát biểu kết luận, đồng chí Nguyễn Thị Thanh Trúc đề nghị trong quý II, khối dân vận tập trung chuẩn bị tổng kết 10 năm thực hiện Nghị quyết 25-NQ/TW của BCH Trung ương (khóa XI) về công tác dân vận; vận động học sinh tham gia sinh hoạt hè tại địa phương; nắm chắc tình hình dư luận trong phụ huynh trước kỳ thi tốt nghiệp THPT năm 2023; chủ động phối hợp với ngành giáo dục chuẩn bị các hoạt động hè an toàn, bổ ích cho thiếu nhi.
Ban Dân vận Tỉnh ủy Tiền Giang
Tin khác
- Biểu dương 60 gương "Dân vận khéo" năm 2022 (28/02/2023)
- Chợ Gạo: tặng 200 xe đạp cho học sinh nghèo (15/02/2023)
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2022 (29/12/2022)
""", "2023-04-07", "Giao ban khối dân vận quý I/2023: Tăng cường vận động phụ huynh phòng, chống đuối nước, bạo lực học đường",
E("giao_ban", "2023-Q1", "2023-04-06"),
[P("Nguyễn Thị Thanh Trúc", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Văn Bé Tư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Thị Ngọc Hân", "Phó Bí thư Tỉnh đoàn"),
 P("Lê Văn Nghĩa", "Phó Giám đốc Sở Giáo dục và Đào tạo")],
[Q("214 buổi sinh hoạt chuyên đề", 214, "buổi sinh hoạt chuyên đề"), Q("trên 9.800 lượt hội viên", 9800, "lượt hội viên", "over"),
 Q("36 lớp dạy bơi", 36, "lớp dạy bơi"), Q("1.420 em", 1420, "em"), Q("1.865 suất học bổng", 1865, "suất học bổng"),
 Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"), Q("18 mô hình", 18, "mô hình"), Q("4 xã", 4, "xã"),
 Q("khoảng 3.000 chiến sĩ tình nguyện", 3000, "chiến sĩ tình nguyện", "approx"),
 Q("3 vụ việc học sinh đánh nhau", 3, "vụ việc học sinh đánh nhau")],
[D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Chỉ thị", "49", "CT/TW", None, None, "Chỉ thị 49-CT/TW"),
 D("Kế hoạch", "121", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 121, 122-KH/BDVTU"),
 D("Kế hoạch", "122", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 121, 122-KH/BDVTU"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 25-NQ/TW")],
[prov("Tiền Giang"), com("Hậu Mỹ Bắc A"), com("Hậu Mỹ Trinh"), com("An Cư"), com("Mỹ Đức Tây")],
["BAN DÂN VẬN TỈNH ỦY TIỀN GIANG", "Trang chủ - Hoạt động - Tin hoạt động của Ban", "Trường học an toàn, thân thiện, không có bạo lực",
 "Mùa hè xanh", "Ban Dân vận Tỉnh ủy Tiền Giang"],
["2023-04-07 16:40", "quý I/2023", "quý II", "10 năm", "khóa XI", "năm 2023"]))

PAGES.append(page("b5203-lamdong-ubnd-doithoai-giaovienmamnon-2024", """
Báo Lâm Đồng điện tử
Thời sự › Chính trị › Dân vận chính quyền
Thứ Sáu, 16/08/2024 - 14:10
Chủ tịch UBND tỉnh đối thoại với giáo viên mầm non năm 2024
(LĐ online) - Chiều 15/8, tại Đà Lạt, đồng chí Trần Quốc Thịnh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã chủ trì hội nghị đối thoại với giáo viên mầm non năm 2024, thực hiện Kế hoạch số 40-KH/TU ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy về dân vận chính quyền và Nghị định 61/2023/NĐ-CP của Chính phủ về xây dựng và thực hiện hương ước, quy ước của cộng đồng dân cư. Tham dự có khoảng 250 cán bộ quản lý, giáo viên mầm non đến từ 12 huyện, thành phố.
Đồng chí Trần Quốc Thịnh trả lời ý kiến của giáo viên.
Cùng chủ trì có các đồng chí: Ka Thị Bền, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; Phạm Thị Thúy Hằng, Giám đốc Sở Giáo dục và Đào tạo; Cil Ha Sớp, Phó Chủ tịch Liên đoàn Lao động tỉnh.
Theo báo cáo, toàn tỉnh có 315 trường mầm non với 5.926 giáo viên; còn thiếu khoảng 640 giáo viên so với định mức. Trong 6 tháng đầu năm 2024, các địa phương đã tuyển dụng 182 giáo viên, trong đó 47 giáo viên là người dân tộc thiểu số K'Ho, Mạ, Chu Ru.
Tại buổi đối thoại, 23 ý kiến được nêu lên. Cô K'Thị Dương, giáo viên Trường Mầm non Đạ Tông, xã Đạ Tông, huyện Đam Rông, phản ánh nhiều lớp ghép có trên 35 cháu ở 3 độ tuổi, giáo viên vừa dạy vừa làm cấp dưỡng. Cô Bon Niêng Ha Thúy, Hiệu trưởng Trường Mầm non Lát, xã Lát, huyện Lạc Dương, đề nghị tăng mức hỗ trợ cho giáo viên dạy tăng cường tiếng Việt, hiện chỉ 500.000 đồng/tháng. Cô Nguyễn Thị Hải Yến, Chủ tịch Công đoàn Trường Mầm non Hoa Sen, kiến nghị giải quyết chế độ cho 19 giáo viên hợp đồng đã công tác trên 10 năm.
Trả lời các ý kiến, đồng chí Phạm Thị Thúy Hằng cho biết Sở đã tham mưu UBND tỉnh ban hành Quyết định số 1120/QĐ-UBND ngày 5/6/2024 về giao bổ sung 96 biên chế giáo viên mầm non. Đồng chí Trần Quốc Thịnh ghi nhận các ý kiến tâm huyết và giao Sở Nội vụ, Sở Tài chính phối hợp rà soát, đề xuất tăng mức hỗ trợ tối đa 1 triệu đồng/tháng cho giáo viên vùng đặc biệt khó khăn; yêu cầu các huyện bố trí ít nhất 1 nhân viên nấu ăn cho mỗi điểm trường có bán trú.
Đồng chí Ka Thị Bền cho biết, đây là cuộc đối thoại thứ ba trong năm của người đứng đầu chính quyền tỉnh với các đối tượng cụ thể, theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân.
Viết Hưng
Tin liên quan
- Đối thoại với thanh niên năm 2024 (10/07/2024)
- Bảo Lâm: 120 hộ hiến đất làm đường (25/06/2024)
- Trao 400 suất học bổng cho học sinh dân tộc thiểu số (30/05/2024)
""", "2024-08-16", "Chủ tịch UBND tỉnh đối thoại với giáo viên mầm non năm 2024",
E("doi_thoai", "2024", "2024-08-15"),
[P("Trần Quốc Thịnh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Ka Thị Bền", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Thúy Hằng", "Giám đốc Sở Giáo dục và Đào tạo"),
 P("Cil Ha Sớp", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("K'Thị Dương", "giáo viên Trường Mầm non Đạ Tông"),
 P("Bon Niêng Ha Thúy", "Hiệu trưởng Trường Mầm non Lát"),
 P("Nguyễn Thị Hải Yến", "Chủ tịch Công đoàn Trường Mầm non Hoa Sen")],
[Q("khoảng 250 cán bộ quản lý, giáo viên mầm non", 250, "cán bộ quản lý, giáo viên mầm non", "approx"),
 Q("12 huyện, thành phố", 12, "huyện, thành phố"), Q("315 trường mầm non", 315, "trường mầm non"),
 Q("5.926 giáo viên", 5926, "giáo viên"), Q("khoảng 640 giáo viên", 640, "giáo viên", "approx"),
 Q("182 giáo viên", 182, "giáo viên"), Q("47 giáo viên", 47, "giáo viên"), Q("23 ý kiến", 23, "ý kiến"),
 Q("trên 35 cháu", 35, "cháu", "over"), Q("500.000 đồng", 500000, "đồng"), Q("19 giáo viên hợp đồng", 19, "giáo viên hợp đồng"),
 Q("96 biên chế giáo viên mầm non", 96, "biên chế giáo viên mầm non"), Q("tối đa 1 triệu đồng", 1000000, "đồng"),
 Q("ít nhất 1 nhân viên nấu ăn", 1, "nhân viên nấu ăn", "over")],
[D("Kế hoạch", "40", "KH/TU", "2021-03-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 40-KH/TU ngày 12/3/2021"),
 D("Nghị định", "61", "2023/NĐ-CP", None, "Chính phủ", "Nghị định 61/2023/NĐ-CP"),
 D("Quyết định", "1120", "QĐ-UBND", "2024-06-05", "UBND tỉnh", "Quyết định số 1120/QĐ-UBND ngày 5/6/2024"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019")],
[prov("Lâm Đồng"), com("Đạ Tông"), com("Lát")],
["Báo Lâm Đồng điện tử", "Thời sự › Chính trị › Dân vận chính quyền", "(LĐ online)",
 "Đồng chí Trần Quốc Thịnh trả lời ý kiến của giáo viên.", "Trường Mầm non Hoa Sen"],
["Thứ Sáu, 16/08/2024 - 14:10", "năm 2024", "6 tháng đầu năm 2024", "3 độ tuổi", "trên 10 năm", "thứ ba"]))

PAGES.append(page("b5204-thanhhoa-congdoangd-soket-h1-2024", """
CÔNG ĐOÀN NGÀNH GIÁO DỤC THANH HÓA
Trang chủ >> Tin tức >> Hoạt động công đoàn
Ngày 19/07/2024 | 09:15
Ảnh: Quang cảnh hội nghị sơ kết.
Phát huy vai trò đoàn viên nhà giáo trong công tác dân vận
Ngày 18/7/2024, Công đoàn ngành Giáo dục Thanh Hóa tổ chức hội nghị sơ kết công tác công đoàn 6 tháng đầu năm 2024, đánh giá kết quả thực hiện công tác dân vận trong các nhà trường và triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lê Thị Phương Hoa, UVBCH Tổng Liên đoàn Lao động Việt Nam khóa XIII, Chủ tịch Công đoàn ngành Giáo dục tỉnh chủ trì hội nghị. Dự có đồng chí Hà Văn Nguyên, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phạm Văn Tuân, Phó Giám đốc Sở Giáo dục và Đào tạo.
Báo cáo cho biết, 6 tháng đầu năm, Công đoàn ngành đã chỉ đạo 1.984 công đoàn cơ sở với hơn 58.000 đoàn viên thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới. Các cấp công đoàn đã vận động đoàn viên ủng hộ Quỹ "Mái ấm Công đoàn" được 2,35 tỷ đồng, hỗ trợ xây mới 21 Mái ấm Công đoàn và sửa chữa 9 nhà cho giáo viên khó khăn ở 11 huyện miền núi; thăm hỏi 1.126 lượt đoàn viên ốm đau với số tiền trên 780 triệu đồng.
Thực hiện Chương trình phối hợp số 05/CTPH-BDVTU-CĐGD giữa Ban Dân vận Tỉnh ủy và Công đoàn ngành, các trường đã xây dựng 96 mô hình "Dân vận khéo", tiêu biểu như "Thầy cô đến từng nhà" ở Trường PTDT bán trú THCS Trung Lý, xã Trung Lý, huyện Mường Lát, giúp 63 học sinh người Mông bỏ học trở lại trường. Hưởng ứng Quyết định số 1292/QĐ-TLĐ của Tổng Liên đoàn, đã có 3.450 đoàn viên tham gia Chương trình "Tấm lòng nhà giáo".
Tại hội nghị, đồng chí Lò Thị Mai, Chủ tịch Công đoàn Trường PTDT nội trú Ngọc Lặc, chia sẻ cách làm "3 cùng" với học sinh người Mường, người Thái; đồng chí Hà Văn Khiêm, Chủ tịch Công đoàn Trường THPT Quan Sơn, đề nghị quan tâm hơn nữa tới giáo viên vùng biên giới, nơi có 14 điểm trường lẻ chưa có điện lưới.
Phát biểu, đồng chí Hà Văn Nguyên đánh giá cao kết quả phối hợp, đề nghị Công đoàn ngành tiếp tục triển khai Kết luận 43, 44-KL/TU của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng công tác dân vận của các cơ quan nhà nước và về vận động đồng bào các dân tộc miền núi; quan tâm đến khoảng 15% giáo viên hợp đồng chưa tham gia đầy đủ bảo hiểm xã hội.
Kết luận hội nghị, đồng chí Lê Thị Phương Hoa yêu cầu 6 tháng cuối năm phấn đấu 100% công đoàn cơ sở tổ chức hội nghị cán bộ, viên chức đúng quy định, không dưới 30 Mái ấm Công đoàn được bàn giao trước ngày 20/11/2024.
Công đoàn ngành
Các tin khác
- Trao 200 suất học bổng "Tiếp sức đến trường" (02/07/2024)
- Mường Lát: Khánh thành Mái ấm Công đoàn (20/06/2024)
- Tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở (10/05/2024)
""", "2024-07-19", "Phát huy vai trò đoàn viên nhà giáo trong công tác dân vận",
E("so_ket", "2024-H1", "2024-07-18"),
[P("Lê Thị Phương Hoa", "UVBCH Tổng Liên đoàn Lao động Việt Nam khóa XIII", "Chủ tịch Công đoàn ngành Giáo dục tỉnh"),
 P("Hà Văn Nguyên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Tuân", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Lò Thị Mai", "Chủ tịch Công đoàn Trường PTDT nội trú Ngọc Lặc"),
 P("Hà Văn Khiêm", "Chủ tịch Công đoàn Trường THPT Quan Sơn")],
[Q("1.984 công đoàn cơ sở", 1984, "công đoàn cơ sở"), Q("hơn 58.000 đoàn viên", 58000, "đoàn viên", "over"),
 Q("2,35 tỷ đồng", 2350000000, "đồng"), Q("21 Mái ấm Công đoàn", 21, "Mái ấm Công đoàn"), Q("9 nhà", 9, "nhà"),
 Q("11 huyện miền núi", 11, "huyện miền núi"), Q("1.126 lượt đoàn viên", 1126, "lượt đoàn viên"),
 Q("trên 780 triệu đồng", 780000000, "đồng", "over"), Q("96 mô hình", 96, "mô hình"), Q("63 học sinh", 63, "học sinh"),
 Q("3.450 đoàn viên", 3450, "đoàn viên"), Q("14 điểm trường lẻ", 14, "điểm trường lẻ"),
 Q("khoảng 15%", 15, "%", "approx"), Q("100%", 100, "%"),
 Q("không dưới 30 Mái ấm Công đoàn", 30, "Mái ấm Công đoàn", "over")],
[D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết số 02-NQ/TW ngày 12/6/2021"),
 D("Chương trình phối hợp", "05", "CTPH-BDVTU-CĐGD", None, None, "Chương trình phối hợp số 05/CTPH-BDVTU-CĐGD"),
 D("Quyết định", "1292", "QĐ-TLĐ", None, "Tổng Liên đoàn", "Quyết định số 1292/QĐ-TLĐ"),
 D("Kết luận", "43", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 43, 44-KL/TU"),
 D("Kết luận", "44", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 43, 44-KL/TU")],
[prov("Thanh Hóa"), com("Trung Lý")],
["CÔNG ĐOÀN NGÀNH GIÁO DỤC THANH HÓA", "Trang chủ >> Tin tức >> Hoạt động công đoàn", "Ảnh: Quang cảnh hội nghị sơ kết.",
 "Mái ấm Công đoàn", "Dân vận khéo", "Thầy cô đến từng nhà", "Tấm lòng nhà giáo", "3 cùng", "Công đoàn ngành"],
["Ngày 19/07/2024 | 09:15", "6 tháng đầu năm 2024", "6 tháng cuối năm", "khóa XIII", "3 cùng", "ngày 20/11/2024"]))

PAGES.append(page("b5205-tuyenquang-maudue-hoinghi-giaovien-2025", """
Trang thông tin điện tử xã Mậu Duệ - tỉnh Tuyên Quang
Trang chủ › Tin tức - Sự kiện › Hoạt động của Đảng ủy
Cập nhật: 22/08/2025 10:20
Các đại biểu dự hội nghị chụp ảnh lưu niệm.
Xã Mậu Duệ: Hội nghị gặp mặt giáo viên năm 2025, chuẩn bị năm học mới
Sáng 21/8, Đảng ủy xã Mậu Duệ tổ chức hội nghị gặp mặt cán bộ quản lý, giáo viên năm 2025 và triển khai công tác dân vận trong các nhà trường năm học 2025 - 2026. Đây là hội nghị đầu tiên kể từ khi xã mới được thành lập trên cơ sở sáp nhập các xã Mậu Duệ, Nam Ban và Ngam La theo Nghị quyết số 1683/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội.
Dự hội nghị có đồng chí Mua Thị Dợ, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang; các đồng chí Thào Mí Say, Bí thư Đảng ủy xã; Lý Văn Chẩn, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; cùng 168 cán bộ quản lý, giáo viên của 9 trường mầm non, tiểu học, THCS trên địa bàn.
Năm học 2024 - 2025, toàn xã có 4.236 học sinh, trong đó hơn 96% là con em đồng bào Mông, Dao, Giáy. Nhờ sự vào cuộc của cả hệ thống chính trị, xã đã vận động 52 học sinh bỏ học quay lại lớp, tỷ lệ chuyên cần đạt 97,3%; không xảy ra trường hợp tảo hôn trong học sinh THCS. Nhân dân đã hiến khoảng 1.200 m2 đất, góp 860 ngày công làm 3 điểm trường mới ở các thôn Sủng Khề, Lũng Hồ.
Tại hội nghị, cô Phàn Thị Liên, Hiệu trưởng Trường Mầm non Mậu Duệ, đề nghị xã tiếp tục phối hợp vận động các gia đình đưa trẻ 3 - 5 tuổi ra lớp. Thầy Giàng Seo Pháng, Bí thư Chi đoàn Trường PTDT bán trú THCS Nam Ban, chia sẻ mô hình "Cõng em đến trường" do đoàn viên thực hiện mỗi sáng thứ Hai. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Vàng Thị Mỷ, Lục Văn Tài cho biết trong năm học mới, Mặt trận và các tổ chức chính trị - xã hội sẽ vận động 100% hộ có học sinh bán trú tham gia góp gạo, rau xanh cho bếp ăn nhà trường.
Phát biểu chỉ đạo, đồng chí Mua Thị Dợ đề nghị Đảng ủy xã quán triệt Quyết định số 23-QĐ/TW của Bộ Chính trị và Kế hoạch 05-KH/BTGDVTU ngày 28/7/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác dân vận sau sắp xếp đơn vị hành chính; mỗi giáo viên cắm bản là một "tuyên truyền viên" ở thôn, bản.
Dịp này, Đảng ủy xã trao 45 suất quà cho giáo viên có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng, và 120 bộ sách vở cho học sinh nghèo.
Hội nghị cũng đã thống nhất phân công mỗi đảng viên là giáo viên phụ trách nắm tình hình một nhóm hộ gia đình có học sinh ở thôn xa, kịp thời báo cáo Đảng ủy những trường hợp có nguy cơ bỏ học.
Đảng ủy xã Mậu Duệ
Tin liên quan
- Xã Mậu Duệ ra mắt Ủy ban MTTQ Việt Nam xã (05/07/2025)
- Hội nghị triển khai Nghị quyết Đại hội Đảng bộ xã (20/07/2025)
- Tặng 300 áo đồng phục cho học sinh (10/08/2025)
""", "2025-08-22", "Xã Mậu Duệ: Hội nghị gặp mặt giáo viên năm 2025, chuẩn bị năm học mới",
E("hoi_nghi", "2025", "2025-08-21"),
[P("Mua Thị Dợ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang"),
 P("Thào Mí Say", "Bí thư Đảng ủy xã"),
 P("Lý Văn Chẩn", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Phàn Thị Liên", "Hiệu trưởng Trường Mầm non Mậu Duệ"),
 P("Giàng Seo Pháng", "Bí thư Chi đoàn Trường PTDT bán trú THCS Nam Ban"),
 P("Vàng Thị Mỷ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lục Văn Tài", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("168 cán bộ quản lý, giáo viên", 168, "cán bộ quản lý, giáo viên"),
 Q("9 trường mầm non, tiểu học, THCS", 9, "trường mầm non, tiểu học, THCS"), Q("4.236 học sinh", 4236, "học sinh"),
 Q("hơn 96%", 96, "%", "over"), Q("52 học sinh", 52, "học sinh"), Q("97,3%", 97.3, "%"),
 Q("khoảng 1.200 m2", 1200, "m2", "approx"), Q("860 ngày công", 860, "ngày công"), Q("3 điểm trường", 3, "điểm trường"),
 Q("100%", 100, "%"), Q("45 suất quà", 45, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("120 bộ sách vở", 120, "bộ sách vở")],
[D("Nghị quyết", "1683", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1683/NQ-UBTVQH15 ngày 16/6/2025"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW"),
 D("Kế hoạch", "05", "KH/BTGDVTU", "2025-07-28", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 05-KH/BTGDVTU ngày 28/7/2025")],
[prov("Tuyên Quang"), com("Mậu Duệ"), com("Nam Ban"), com("Ngam La")],
["Trang thông tin điện tử xã Mậu Duệ - tỉnh Tuyên Quang", "Trang chủ › Tin tức - Sự kiện › Hoạt động của Đảng ủy",
 "Các đại biểu dự hội nghị chụp ảnh lưu niệm.", "Cõng em đến trường", "tuyên truyền viên", "Đảng ủy xã Mậu Duệ"],
["Cập nhật: 22/08/2025 10:20", "năm 2025", "năm học 2025 - 2026", "Năm học 2024 - 2025", "3 - 5 tuổi", "thứ Hai"]))

PAGES.append(page("b5206-vinhlong-mttq-giamsat-thuchi-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Chính trị | Mặt trận - Đoàn thể
Cập nhật: 09:42, 26/09/2025 (GMT+7)
Giám sát việc thu, chi đầu năm học tại các trường vùng đồng bào Khmer
(VL) - Ngày 25/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long do đồng chí Thạch Thị Sô Phên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện các khoản thu, chi đầu năm học 2025 - 2026 tại xã Long Hiệp và phường Trà Vinh, theo Chương trình giám sát năm 2025.
Đoàn giám sát làm việc tại Trường Tiểu học Long Hiệp A.
Tham gia đoàn có đồng chí Nguyễn Văn Bảy, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh; đồng chí Kim Thị Sa Ranh, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; đại diện Sở Giáo dục và Đào tạo, Sở Tài chính. Đây là cuộc giám sát chuyên đề đầu tiên của Mặt trận tỉnh Vĩnh Long mới sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh theo Nghị quyết số 202/2025/QH15 của Quốc hội.
Theo báo cáo của UBND xã Long Hiệp, trên địa bàn có 7 trường với 3.108 học sinh, trong đó 78% là học sinh dân tộc Khmer. Thực hiện Nghị định số 238/2025/NĐ-CP của Chính phủ về miễn học phí, 100% học sinh công lập từ mầm non đến THPT không phải đóng học phí năm học này. Các trường chỉ thu các khoản dịch vụ như bán trú, nước uống, với mức thu tối đa 150.000 đồng/học sinh/tháng; Ban đại diện cha mẹ học sinh vận động tài trợ tự nguyện được khoảng 86 triệu đồng.
Qua giám sát trực tiếp tại 5 trường, đoàn ghi nhận các đơn vị đã công khai các khoản thu tại bảng tin và qua nhóm Zalo phụ huynh; chưa phát hiện khoản thu trái quy định. Tuy nhiên, 2 trường còn chậm hoàn trả 14 khoản tiền thu thừa của năm học trước; 1 trường chưa lập sổ theo dõi tài trợ riêng.
Tại buổi làm việc, Hòa thượng Thạch Sóc Xane, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Ô Chắc, đề nghị các trường tiếp tục phối hợp với nhà chùa mở lớp dạy chữ Khmer, hiện có 24 lớp với 610 em theo học. Ông Sơn Văn Hên, người có uy tín ấp Bến Có, xã Long Hiệp, phản ánh một số phụ huynh chưa hiểu rõ chính sách miễn học phí mới.
Kết luận, đồng chí Thạch Thị Sô Phên đề nghị UBND xã, phường chỉ đạo các trường thực hiện nghiêm Thông tư số 16/2018/TT-BGDĐT của Bộ Giáo dục và Đào tạo về tài trợ cho các cơ sở giáo dục; hoàn trả các khoản thu thừa trước ngày 15/10/2025; Ban Thanh tra nhân dân các xã, phường tăng cường giám sát theo Quyết định số 217-QĐ/TW và Quy định 124-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội của Mặt trận Tổ quốc.
Sa Vươn
Tin liên quan
- Ủy ban MTTQ tỉnh trao 1.000 suất học bổng cho học sinh nghèo (12/09/2025)
- Hội nghị hiệp thương thống nhất tổ chức bộ máy Mặt trận (28/07/2025)
- Tặng quà khai giảng cho học sinh vùng lũ (04/09/2025)
""", "2025-09-26", "Giám sát việc thu, chi đầu năm học tại các trường vùng đồng bào Khmer",
E("giam_sat", "2025", "2025-09-25"),
[P("Thạch Thị Sô Phên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Bảy", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Thị Sa Ranh", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Thạch Sóc Xane", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Ô Chắc"),
 P("Sơn Văn Hên", "người có uy tín ấp Bến Có")],
[Q("3 tỉnh", 3, "tỉnh"), Q("7 trường", 7, "trường"), Q("3.108 học sinh", 3108, "học sinh"), Q("78%", 78, "%"),
 Q("100%", 100, "%"), Q("tối đa 150.000 đồng", 150000, "đồng"), Q("khoảng 86 triệu đồng", 86000000, "đồng", "approx"),
 Q("5 trường", 5, "trường"), Q("2 trường", 2, "trường"), Q("14 khoản tiền", 14, "khoản tiền"),
 Q("24 lớp", 24, "lớp"), Q("610 em", 610, "em")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Nghị định", "238", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 238/2025/NĐ-CP"),
 D("Thông tư", "16", "2018/TT-BGDĐT", None, "Bộ Giáo dục và Đào tạo", "Thông tư số 16/2018/TT-BGDĐT"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quy định", "124", "QĐ/TW", None, "Bộ Chính trị", "Quy định 124-QĐ/TW")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp"), com("Trà Vinh")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Chính trị | Mặt trận - Đoàn thể", "(VL)", "Đoàn giám sát làm việc tại Trường Tiểu học Long Hiệp A.",
 "Zalo", "chùa Ô Chắc"],
["Cập nhật: 09:42, 26/09/2025 (GMT+7)", "năm học 2025 - 2026", "năm 2025", "1 trường", "năm học trước", "ngày 15/10/2025", "1 trường chưa lập sổ"]))
