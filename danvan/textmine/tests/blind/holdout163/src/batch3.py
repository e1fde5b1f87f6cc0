from lib import *
PAGES = []

PAGES.append(page("b3881-kiengiang-bdvhuyen-giaoban-2020", """
HUYỆN ỦY HÒN ĐẤT - TỈNH KIÊN GIANG
Trang chủ / Tin tức / Dân vận - Mặt trận
Thứ Năm, 05/11/2020
Hòn Đất: giao ban khối dân vận tháng 10/2020
Ngày 03/11/2020, Ban Dân vận Huyện ủy Hòn Đất (tỉnh Kiên Giang) tổ chức họp giao ban khối dân vận tháng 10, triển khai phương hướng nhiệm vụ tháng 11 năm 2020. Chủ trì có bà Danh Thị Ngọc Hà, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy; ông Trương Văn Hùng, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện.
Bà Danh Thị Ngọc Hà phát biểu tại cuộc họp.
Theo báo cáo, trong tháng 10, Ban Dân vận Huyện ủy phối hợp tổ chức 3 hội nghị triển khai Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI và Đại hội Đảng bộ huyện lần thứ XII; hướng dẫn 14 xã, thị trấn xây dựng kế hoạch thực hiện Nghị định số 149/2018/NĐ-CP của Chính phủ về quy chế dân chủ ở cơ sở trong cơ quan, đơn vị. Ban cũng tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 07-KH/HU và Kế hoạch số 08-KH/HU về kiểm tra công tác dân vận chính quyền năm 2021.
Ủy ban MTTQ huyện và các đoàn thể vận động ủng hộ đồng bào miền Trung bị lũ lụt được 685 triệu đồng; Hội Liên hiệp Phụ nữ huyện trao 120 suất quà cho phụ nữ nghèo người Khmer ở các ấp Hòn Me, Vàm Răng; Hội Nông dân ra mắt 2 tổ hợp tác trồng dưa hấu với 34 thành viên. Huyện đoàn hỗ trợ sửa chữa 3 căn nhà "Nhân ái" cho đoàn viên khó khăn, mỗi căn 25 triệu đồng.
Tình hình nhân dân: đa số người dân phấn khởi vì vụ lúa Thu Đông năng suất khá, giá lúa tăng. Tuy nhiên, tại xã Thổ Sơn còn 11 hộ chưa đồng thuận giá bồi thường dự án tuyến tránh quốc lộ 80; tại xã Bình Giang, Bình Sơn có 4 vụ việc tranh chấp đất ruộng giữa các hộ trong dòng họ, 3 vụ đã được hòa giải thành.
Phát biểu tại cuộc họp, Thượng tọa Danh Út, Trụ trì chùa Cà Nhúm, Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện, cho biết các chùa đã vận động phật tử góp 42 triệu đồng làm cầu nông thôn. Ông Lâm Văn Tú, Bí thư Đảng ủy, Chủ tịch UBND xã Thổ Sơn, kiến nghị tăng cường tuyên truyền chính sách bồi thường cho người dân.
Kết luận cuộc họp, bà Danh Thị Ngọc Hà đề nghị tháng 11 khối dân vận tập trung tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 100% ấp, khu phố; chuẩn bị lễ hội Ok Om Bok của đồng bào Khmer; đẩy mạnh thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị; nắm chắc tình hình 11 hộ ở xã Thổ Sơn, không để phát sinh khiếu kiện đông người. Ban Dân vận Huyện ủy giao bà Nguyễn Thị Bé Tư, Phó Trưởng Ban, tổng hợp kết quả trước ngày 28/11.
Minh Thư - Ban Dân vận Huyện ủy
Tin liên quan
- Hòn Đất: Ngày hội Đại đoàn kết tại ấp Vàm Răng (29/10/2020)
- Giao ban khối dân vận tháng 9/2020 (06/10/2020)
- Hội Nông dân huyện ra mắt tổ hợp tác trồng dưa hấu (25/09/2020)
""", "2020-11-05", "Hòn Đất: giao ban khối dân vận tháng 10/2020",
E("giao_ban", "2020-10", "2020-11-03"),
[P("Danh Thị Ngọc Hà", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
 P("Trương Văn Hùng", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Danh Út", "Thượng tọa", "Trụ trì chùa Cà Nhúm", "Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện"),
 P("Lâm Văn Tú", "Bí thư Đảng ủy", "Chủ tịch UBND xã Thổ Sơn"),
 P("Nguyễn Thị Bé Tư", "Phó Trưởng Ban")],
[Q("3 hội nghị", 3, "hội nghị"), Q("14 xã, thị trấn", 14, "xã, thị trấn"), Q("685 triệu đồng", 685000000, "đồng"),
 Q("120 suất quà", 120, "suất quà"), Q("2 tổ hợp tác", 2, "tổ hợp tác"), Q("34 thành viên", 34, "thành viên"),
 Q("3 căn nhà", 3, "căn nhà"), Q("25 triệu đồng", 25000000, "đồng"), Q("11 hộ", 11, "hộ"),
 Q("4 vụ việc tranh chấp đất ruộng", 4, "vụ việc tranh chấp đất ruộng"), Q("3 vụ", 3, "vụ"), Q("42 triệu đồng", 42000000, "đồng"),
 Q("100% ấp, khu phố", 100, "%")],
[D("Nghị định", "149", "2018/NĐ-CP", None, "Chính phủ", "Nghị định số 149/2018/NĐ-CP"),
 D("Kế hoạch", "07", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 07-KH/HU"),
 D("Kế hoạch", "08", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 08-KH/HU"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW")],
[prov("Kiên Giang"), com("Thổ Sơn"), com("Bình Giang"), com("Bình Sơn")],
["HUYỆN ỦY HÒN ĐẤT - TỈNH KIÊN GIANG", "Trang chủ / Tin tức / Dân vận - Mặt trận", "Bà Danh Thị Ngọc Hà phát biểu tại cuộc họp.",
 "Nhân ái", "Ok Om Bok", "Ngày hội Đại đoàn kết toàn dân tộc", "Minh Thư - Ban Dân vận Huyện ủy"],
["Thứ Năm, 05/11/2020", "tháng 11 năm 2020", "lần thứ XI", "lần thứ XII", "năm 2021", "quốc lộ 80", "ngày 28/11"]))

PAGES.append(page("b3882-sonla-khoidanvan-giaoban-2021", """
Báo Sơn La điện tử
Chính trị | Xây dựng Đảng | Dân vận
08:15 | 12/10/2021
Hơn 4.000 hộ được vận động tiêm vắc-xin, thu hoạch nông sản an toàn
Sáng 11/10, Ban Dân vận Tỉnh ủy Sơn La tổ chức hội nghị giao ban công tác dân vận quý III năm 2021 theo hình thức trực tuyến đến 12 điểm cầu huyện, thành phố. Đồng chí Lò Minh Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự tại điểm cầu tỉnh có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Cầm Thị Phong, Quàng Văn Lả, Vì Thị Hiên.
Các đại biểu dự tại điểm cầu tỉnh. Ảnh: Thu Hà
Báo cáo tại hội nghị cho thấy: quý III, khối dân vận các cấp đã vận động hơn 4.000 hộ đồng bào Mông, Dao, Thái ở vùng cao thực hiện tiêm vắc-xin phòng COVID-19 và thu hoạch, tiêu thụ nông sản bảo đảm phòng dịch; tổ chức 1.520 lượt tuyên truyền lưu động bằng tiếng dân tộc. Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 35-KH/TU ngày 26/7/2021 thực hiện Chỉ thị số 05-CT/TW và hướng dẫn số 02-HD/BDVTU về tổ chức phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2025.
Ủy ban MTTQ tỉnh tiếp nhận 21,6 tỷ đồng ủng hộ Quỹ phòng, chống COVID-19; Hội Nông dân tỉnh phối hợp tiêu thụ khoảng 9.800 tấn xoài, nhãn; Hội Liên hiệp Phụ nữ tỉnh tặng 2.300 suất quà cho phụ nữ, trẻ em bị ảnh hưởng bởi dịch. Tỉnh đoàn thành lập 86 đội thanh niên tình nguyện hỗ trợ công dân trở về từ vùng dịch.
Tình hình tư tưởng nhân dân cơ bản ổn định. Có 1.740 công dân Sơn La từ các tỉnh phía Nam trở về địa phương được hỗ trợ cách ly. Tại xã Huổi Một, huyện Sông Mã và xã Mường Lạn, huyện Sốp Cộp phát hiện 5 trường hợp tuyên truyền tà đạo "Giê Sùa"; 2 vụ việc đồng bào Mông di cư tự do đã được vận động trở về.
Phát biểu tại điểm cầu huyện, đồng chí Sồng A Lử, Bí thư Đảng ủy xã Chiềng En, và đồng chí Tòng Văn Ơn, HUV, Trưởng Ban Dân vận Huyện ủy Sông Mã, kiến nghị hỗ trợ giống cây trồng cho 160 hộ thiếu đất sản xuất. Đồng chí Lò Thị Minh Tâm, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, nêu kết quả giám sát việc chi trả hỗ trợ theo Nghị quyết số 68/NQ-CP.
Kết luận, đồng chí Lò Minh Hải yêu cầu quý IV các cấp chú trọng nắm tình hình, giải quyết dứt điểm đơn thư; phấn đấu 90% trở lên người từ 18 tuổi được tiêm đủ liều; triển khai hiệu quả Quyết định số 1719/QĐ-TTg về chương trình phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.
Thu Hà
Lượt xem: 2.447
Tin cùng chuyên mục
- Mai Sơn: Ra mắt mô hình "Bản không có tà đạo" (28/09/2021)
- Quỳnh Nhai tiêu thụ nhãn cho nông dân (20/08/2021)
- Giao ban công tác dân vận quý II/2021 (09/07/2021)
""", "2021-10-12", "Hơn 4.000 hộ được vận động tiêm vắc-xin, thu hoạch nông sản an toàn",
E("giao_ban", "2021-Q3", "2021-10-11"),
[P("Lò Minh Hải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cầm Thị Phong", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Quàng Văn Lả", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Vì Thị Hiên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sồng A Lử", "Bí thư Đảng ủy xã Chiềng En"),
 P("Tòng Văn Ơn", "HUV", "Trưởng Ban Dân vận Huyện ủy Sông Mã"),
 P("Lò Thị Minh Tâm", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("12 điểm cầu huyện, thành phố", 12, "điểm cầu huyện, thành phố"), Q("hơn 4.000 hộ đồng bào Mông, Dao, Thái", 4000, "hộ đồng bào Mông, Dao, Thái", "over"),
 Q("1.520 lượt tuyên truyền lưu động", 1520, "lượt tuyên truyền lưu động"), Q("21,6 tỷ đồng", 21600000000, "đồng"),
 Q("khoảng 9.800 tấn", 9800, "tấn", "approx"), Q("2.300 suất quà", 2300, "suất quà"), Q("86 đội thanh niên tình nguyện", 86, "đội thanh niên tình nguyện"),
 Q("1.740 công dân", 1740, "công dân"), Q("5 trường hợp", 5, "trường hợp"), Q("2 vụ việc đồng bào Mông di cư tự do", 2, "vụ việc đồng bào Mông di cư tự do"),
 Q("160 hộ thiếu đất sản xuất", 160, "hộ thiếu đất sản xuất"), Q("90% trở lên", 90, "%", "over")],
[D("Kế hoạch", "35", "KH/TU", "2021-07-26", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 35-KH/TU ngày 26/7/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị số 05-CT/TW"),
 D("Hướng dẫn", "02", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 02-HD/BDVTU"),
 D("Nghị quyết", "68", "NQ-CP", None, None, "Nghị quyết số 68/NQ-CP"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg")],
[prov("Sơn La"), com("Huổi Một"), com("Mường Lạn"), com("Chiềng En")],
["Báo Sơn La điện tử", "Chính trị | Xây dựng Đảng | Dân vận", "Các đại biểu dự tại điểm cầu tỉnh. Ảnh: Thu Hà", "Giê Sùa",
 "Dân vận khéo", "Quỹ phòng, chống COVID-19", "Lượt xem: 2.447"],
["08:15 | 12/10/2021", "quý III năm 2021", "quý IV", "18 tuổi", "giai đoạn 2021 - 2025", "Lượt xem: 2.447"]))

PAGES.append(page("b3883-quangninh-bdvtinh-giaoban-2022", """
BÁO QUẢNG NINH
Thời sự › Chính trị
Cập nhật: 09:42, 11/02/2022 (GMT+7)
Khối dân vận giao ban tháng 1, triển khai nhiệm vụ tháng 2/2022
Chiều 10/2, Ban Dân vận Tỉnh ủy Quảng Ninh tổ chức giao ban công tác dân vận tháng 1/2022 với Ủy ban MTTQ tỉnh, các tổ chức chính trị - xã hội và Ban Dân vận các huyện, thị, thành ủy. Đồng chí Trịnh Thị Minh Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Ảnh: Quang cảnh hội nghị.
Theo báo cáo, trong tháng 1, các cơ quan khối dân vận tập trung vận động nhân dân đón Tết Nhâm Dần an toàn trong điều kiện dịch bệnh; Ủy ban MTTQ các cấp và các đoàn thể trao 48.600 suất quà Tết cho hộ nghèo, gia đình chính sách, người lao động với tổng trị giá trên 31,2 tỷ đồng. Ban Dân vận Tỉnh ủy tham mưu Thường trực Tỉnh ủy ban hành Công văn số 1845-CV/TU về tổ chức thăm, chúc Tết các vị chức sắc, chức việc tôn giáo và người có uy tín; phối hợp tổ chức 12 đoàn đến thăm 146 người có uy tín vùng đồng bào dân tộc thiểu số.
Ban đã hướng dẫn thực hiện Quyết định 23-QĐ/TW, 24-QĐ/TW của Ban Bí thư và ban hành quyết định số 15-QĐ/BDVTU thành lập đoàn kiểm tra việc thực hiện Quy chế dân chủ tại 7 địa phương. Toàn tỉnh duy trì 2.860 mô hình "Dân vận khéo", trong đó có 155 mô hình cấp tỉnh.
Về tình hình nhân dân: người dân phấn khởi trước việc khánh thành tuyến cao tốc Vân Đồn - Móng Cái; tuy nhiên giá cả hàng hóa dịp Tết tăng, nhiều hộ kinh doanh ở cửa khẩu bị ảnh hưởng do ách tắc hàng hóa. Ghi nhận 2 vụ việc tranh chấp đất rừng giữa các hộ dân tộc Dao ở xã Đồng Sơn, Đồng Lâm, huyện Hoành Bồ cũ (nay thuộc thành phố Hạ Long).
Tại hội nghị, đồng chí Chíu Thị Mai, HUV, Trưởng Ban Dân vận Huyện ủy Bình Liêu, và đồng chí Tằng Văn Sáng, Bí thư Đảng ủy xã Húc Động, đề xuất tiếp tục hỗ trợ đồng bào Dao Thanh Phán, Sán Chỉ phát triển cây quế, cây hồi. Đồng chí Vũ Thị Thu Thủy, Phó Chủ tịch Ủy ban MTTQ tỉnh, thông báo Quỹ "Vì người nghèo" tỉnh đã tiếp nhận 6,5 tỷ đồng trong tháng.
Kết luận, đồng chí Trịnh Thị Minh Hằng yêu cầu tháng 2 khối dân vận phối hợp tổ chức các lễ hội đầu xuân theo đúng quy định phòng dịch; vận động 100% người dân trên 18 tuổi tiêm mũi nhắc lại; thực hiện Kết luận số 01-KL/TW của Bộ Chính trị; chuẩn bị tổng kết 10 năm thực hiện Nghị quyết 25-NQ/TW. Đồng chí Nguyễn Thị Hoa, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, được giao chủ trì đoàn kiểm tra.
Thu Nguyệt
Lượt xem: 3.118
Tin liên quan
- Bình Liêu: Trao 500 suất quà Tết cho đồng bào dân tộc thiểu số (25/01/2022)
- Ủy ban MTTQ tỉnh thăm, chúc Tết chức sắc tôn giáo (20/01/2022)
- Tổng kết công tác dân vận năm 2021 (05/01/2022)
""", "2022-02-11", "Khối dân vận giao ban tháng 1, triển khai nhiệm vụ tháng 2/2022",
E("giao_ban", "2022-01", "2022-02-10"),
[P("Trịnh Thị Minh Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Chíu Thị Mai", "HUV", "Trưởng Ban Dân vận Huyện ủy Bình Liêu"),
 P("Tằng Văn Sáng", "Bí thư Đảng ủy xã Húc Động"),
 P("Vũ Thị Thu Thủy", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Hoa", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy")],
[Q("48.600 suất quà Tết", 48600, "suất quà"), Q("trên 31,2 tỷ đồng", 31200000000, "đồng", "over"), Q("12 đoàn", 12, "đoàn"),
 Q("146 người có uy tín", 146, "người có uy tín"), Q("7 địa phương", 7, "địa phương"), Q("2.860 mô hình", 2860, "mô hình"),
 Q("155 mô hình cấp tỉnh", 155, "mô hình cấp tỉnh"), Q("2 vụ việc tranh chấp đất rừng", 2, "vụ việc tranh chấp đất rừng"),
 Q("6,5 tỷ đồng", 6500000000, "đồng"), Q("100% người dân", 100, "%")],
[D("Công văn", "1845", "CV/TU", None, "Thường trực Tỉnh ủy", "Công văn số 1845-CV/TU"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Bí thư", "Quyết định 23-QĐ/TW"),
 D("Quyết định", "24", "QĐ/TW", None, "Ban Bí thư", "24-QĐ/TW"),
 D("Quyết định", "15", "QĐ/BDVTU", None, "Ban Dân vận Tỉnh ủy", "quyết định số 15-QĐ/BDVTU"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW")],
[prov("Quảng Ninh"), com("Đồng Sơn"), com("Đồng Lâm"), com("Húc Động")],
["BÁO QUẢNG NINH", "Thời sự › Chính trị", "Ảnh: Quang cảnh hội nghị.", "Dân vận khéo", "Vì người nghèo", "Lượt xem: 3.118"],
["Cập nhật: 09:42, 11/02/2022 (GMT+7)", "tháng 1/2022", "tháng 2/2022", "18 tuổi", "10 năm", "Lượt xem: 3.118"]))

PAGES.append(page("b3884-phutho-bdvhuyen-baocao-2022", """
Trang thông tin điện tử huyện Tân Sơn - tỉnh Phú Thọ
Trang chủ » Hoạt động » Mặt trận, đoàn thể
15/07/2022 - 10:05
Kết quả công tác dân vận quý II, nhiệm vụ quý III năm 2022
Ngày 12/7/2022, Ban Dân vận Huyện ủy Tân Sơn ban hành báo cáo số 58-BC/BDVHU về kết quả công tác dân vận quý II và phương hướng, nhiệm vụ quý III năm 2022. Báo cáo được gửi Ban Dân vận Tỉnh ủy, Thường trực Huyện ủy và các cơ quan khối dân vận huyện.
1. Công tác lãnh đạo, chỉ đạo
Ban Dân vận đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 112-KH/HU thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư; Chương trình hành động số 09-CTr/HU về thực hiện Nghị quyết Đại hội MTTQ Việt Nam các cấp; hướng dẫn 17 xã xây dựng quy chế phối hợp giữa chính quyền với Mặt trận. Huyện đã tổ chức 2 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân tại xã Xuân Đài và xã Kim Thượng, tiếp nhận 37 ý kiến.
2. Hoạt động của Mặt trận và các đoàn thể
Ủy ban MTTQ huyện vận động Quỹ "Vì người nghèo" được 412 triệu đồng, hỗ trợ xây mới 9 nhà Đại đoàn kết, mỗi nhà 50 triệu đồng. Hội Liên hiệp Phụ nữ huyện vận động 1.160 hội viên tham gia phong trào "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc"; Hội Nông dân huyện phối hợp tổ chức 6 lớp tập huấn trồng chè, trồng rừng gỗ lớn cho 280 hội viên. Huyện đoàn thành lập 3 tổ thanh niên xung kích giúp đồng bào dân tộc Mường, Dao chuyển đổi nghề.
3. Tình hình nhân dân
Đời sống nhân dân từng bước ổn định; tỷ lệ hộ nghèo giảm còn 18,6%. Tuy nhiên, giá vật tư nông nghiệp tăng cao; 24 hộ ở xóm Bến Thân, xã Thạch Kiệt bị sạt lở đất do mưa lớn. Trong quý, các cơ quan tiếp nhận 16 đơn thư, giải quyết 14 đơn, đạt 87,5%.
4. Nhiệm vụ quý III
Tiếp tục tuyên truyền, vận động đồng bào thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số; tổ chức gặp mặt 64 người có uy tín; chỉ đạo 100% xã hoàn thành đại hội chi hội, phân hội; tham mưu sơ kết 5 năm thực hiện Quyết định số 99-QĐ/TW của Ban Bí thư.
Báo cáo do đồng chí Hà Thị Thảo, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy ký. Trước đó, tại buổi làm việc với Ban, đồng chí Đinh Văn Đồng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, đề nghị các đoàn thể nắm chắc những hộ bị thiệt hại do mưa lũ; đồng chí Đinh Thị Lụa, Bí thư Đảng ủy xã Thạch Kiệt, cho biết xã đã vận động di dời 24 hộ khỏi vùng nguy hiểm. Bà Hà Thị Mận, Chủ tịch Ủy ban MTTQ huyện, đề nghị các xã rà soát hộ cận nghèo.
Ban Dân vận Huyện ủy
Lượt truy cập: 5.306
Các tin khác
- Tân Sơn: Đối thoại với nhân dân xã Kim Thượng (28/06/2022)
- Khánh thành nhà Đại đoàn kết tại xóm Chiềng (15/06/2022)
- Sơ kết công tác dân vận 6 tháng (30/06/2022)
""", "2022-07-15", "Kết quả công tác dân vận quý II, nhiệm vụ quý III năm 2022",
E("bao_cao", "2022-Q2", "2022-07-12"),
[P("Hà Thị Thảo", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
 P("Đinh Văn Đồng", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Đinh Thị Lụa", "Bí thư Đảng ủy xã Thạch Kiệt"),
 P("Hà Thị Mận", "Chủ tịch Ủy ban MTTQ huyện")],
[Q("17 xã", 17, "xã"), Q("2 hội nghị đối thoại", 2, "hội nghị đối thoại"), Q("37 ý kiến", 37, "ý kiến"), Q("412 triệu đồng", 412000000, "đồng"),
 Q("9 nhà Đại đoàn kết", 9, "nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"), Q("1.160 hội viên", 1160, "hội viên"),
 Q("6 lớp tập huấn", 6, "lớp tập huấn"), Q("280 hội viên", 280, "hội viên"), Q("3 tổ thanh niên xung kích", 3, "tổ thanh niên xung kích"),
 Q("18,6%", 18.6, "%"), Q("24 hộ", 24, "hộ"), Q("16 đơn thư", 16, "đơn thư"), Q("14 đơn", 14, "đơn"), Q("87,5%", 87.5, "%"),
 Q("64 người có uy tín", 64, "người có uy tín"), Q("100% xã", 100, "%")],
[D("Báo cáo", "58", "BC/BDVHU", None, "Ban Dân vận Huyện ủy Tân Sơn", "báo cáo số 58-BC/BDVHU"),
 D("Kế hoạch", "112", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 112-KH/HU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 07/01/2019"),
 D("Chương trình hành động", "09", "CTr/HU", None, "Ban Thường vụ Huyện ủy", "Chương trình hành động số 09-CTr/HU"),
 D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 99-QĐ/TW")],
[prov("Phú Thọ"), com("Xuân Đài"), com("Kim Thượng"), com("Thạch Kiệt")],
["Trang thông tin điện tử huyện Tân Sơn - tỉnh Phú Thọ", "Trang chủ » Hoạt động » Mặt trận, đoàn thể", "Vì người nghèo",
 "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số",
 "Lượt truy cập: 5.306"],
["15/07/2022 - 10:05", "quý II", "quý III năm 2022", "5 năm", "Lượt truy cập: 5.306"]))

PAGES.append(page("b3885-ninhthuan-bdvhuyen-giaoban-2022", """
Cổng thông tin điện tử huyện Ninh Phước
Tỉnh Ninh Thuận
Trang chủ - Tin tức - Sự kiện - Hoạt động Đảng, đoàn thể
06-10-2022 09:40
Ninh Phước: Giao ban công tác dân vận tháng 9
Sáng 05/10/2022, Ban Dân vận Huyện ủy Ninh Phước tổ chức giao ban khối dân vận định kỳ tháng 9 năm 2022. Đồng chí Đàng Thị Mỹ Hương, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì; dự có đồng chí Thập Văn Sinh, Phó Chủ tịch UBND huyện và các đồng chí Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ các xã Phước Hậu, Phước Thái, Phước Hữu.
Đồng chí Đàng Thị Mỹ Hương phát biểu kết luận giao ban. Ảnh: Phú Lâm
Theo báo cáo, tháng 9 các cơ quan khối dân vận đã phối hợp tuyên truyền, vận động đồng bào Chăm Bà-la-môn, Chăm Bà-ni chuẩn bị Lễ hội Katê năm 2022; thăm, tặng 186 phần quà cho chức sắc, hộ khó khăn với tổng kinh phí 93 triệu đồng. Ban Dân vận Huyện ủy hướng dẫn 8 xã, thị trấn triển khai Kế hoạch số 75-KH/BDVTU ngày 18/8/2022 của Ban Dân vận Tỉnh ủy về thực hiện Kết luận 20-KL/TW của Ban Bí thư về tiếp tục thực hiện Chỉ thị 42-CT/TW về công tác chống truyền đạo trái pháp luật; ban hành hướng dẫn số 14-HD/BDVHU về phong trào "Dân vận khéo" năm 2023.
Các đoàn thể đã tổ chức 27 buổi sinh hoạt chi hội, thu hút khoảng 1.900 lượt hội viên; Hội Nông dân huyện giải ngân 3,8 tỷ đồng từ Quỹ Hỗ trợ nông dân cho 95 hộ chăn nuôi dê, cừu; Hội Liên hiệp Phụ nữ ra mắt 4 tổ "Phụ nữ Chăm giữ gìn nghề dệt thổ cẩm". Hội Cựu chiến binh vận động xây 2 căn nhà tình nghĩa, mỗi căn trị giá 60 triệu đồng.
Tình hình nhân dân: hạn hán kéo dài làm 420 ha lúa vụ Hè Thu thiếu nước; giá nho, táo giảm. Tại thôn Hiếu Thiện, xã Phước Thái có 2 vụ việc tranh chấp ranh giới đất sản xuất; tại xã Phước Hữu ghi nhận 6 hộ tụ tập ở nhà riêng để sinh hoạt tôn giáo chưa đăng ký. Các vụ việc đã được Ủy ban MTTQ xã phối hợp hòa giải.
Tham luận tại giao ban, ông Haji Mohamad Sa Lem, Ủy viên Ủy ban MTTQ Việt Nam huyện, Trưởng Ban đại diện Cộng đồng Hồi giáo thôn Văn Lâm, cho biết bà con đã đóng góp 16 triệu đồng sửa đường nội thôn. Cả sư Lưu Văn Yến, Phó Trưởng Hội đồng Chức sắc Bà-la-môn huyện, đề nghị chính quyền hỗ trợ tu bổ đền tháp Po Klong Garai.
Kết luận, đồng chí Đàng Thị Mỹ Hương yêu cầu tháng 10 khối dân vận tổ chức chu đáo Lễ hội Katê ở 100% thôn đồng bào Chăm; đẩy mạnh vận động nhân dân tích trữ nước; tham mưu Huyện ủy chuẩn bị tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW. Đồng chí Châu Thị Thu Hà, Phó Trưởng Ban Dân vận Huyện ủy, được giao đôn đốc thực hiện.
Phú Lâm
Tin khác
- Phước Hậu: Ra mắt mô hình "Thôn Chăm văn minh" (26/09/2022)
- Huyện đoàn Ninh Phước tổ chức Tết Trung thu cho thiếu nhi (10/09/2022)
- Giao ban khối dân vận tháng 8/2022 (06/09/2022)
""", "2022-10-06", "Ninh Phước: Giao ban công tác dân vận tháng 9",
E("giao_ban", "2022-09", "2022-10-05"),
[P("Đàng Thị Mỹ Hương", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Thập Văn Sinh", "Phó Chủ tịch UBND huyện"),
 P("Haji Mohamad Sa Lem", "Ủy viên Ủy ban MTTQ Việt Nam huyện", "Trưởng Ban đại diện Cộng đồng Hồi giáo thôn Văn Lâm"),
 P("Lưu Văn Yến", "Cả sư", "Phó Trưởng Hội đồng Chức sắc Bà-la-môn huyện"),
 P("Châu Thị Thu Hà", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("186 phần quà", 186, "phần quà"), Q("93 triệu đồng", 93000000, "đồng"), Q("8 xã, thị trấn", 8, "xã, thị trấn"),
 Q("27 buổi sinh hoạt chi hội", 27, "buổi sinh hoạt chi hội"), Q("khoảng 1.900 lượt hội viên", 1900, "lượt hội viên", "approx"),
 Q("3,8 tỷ đồng", 3800000000, "đồng"), Q("95 hộ chăn nuôi dê, cừu", 95, "hộ chăn nuôi dê, cừu"), Q("4 tổ", 4, "tổ"),
 Q("2 căn nhà tình nghĩa", 2, "căn nhà tình nghĩa"), Q("60 triệu đồng", 60000000, "đồng"), Q("420 ha", 420, "ha"),
 Q("2 vụ việc tranh chấp ranh giới đất sản xuất", 2, "vụ việc tranh chấp ranh giới đất sản xuất"), Q("6 hộ", 6, "hộ"),
 Q("16 triệu đồng", 16000000, "đồng"), Q("100% thôn", 100, "%")],
[D("Kế hoạch", "75", "KH/BDVTU", "2022-08-18", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 75-KH/BDVTU ngày 18/8/2022"),
 D("Kết luận", "20", "KL/TW", None, "Ban Bí thư", "Kết luận 20-KL/TW"),
 D("Chỉ thị", "42", "CT/TW", None, None, "Chỉ thị 42-CT/TW"),
 D("Hướng dẫn", "14", "HD/BDVHU", None, "Ban Dân vận Huyện ủy Ninh Phước", "hướng dẫn số 14-HD/BDVHU"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết số 25-NQ/TW")],
[prov("Ninh Thuận"), com("Phước Hậu"), com("Phước Thái"), com("Phước Hữu")],
["Cổng thông tin điện tử huyện Ninh Phước", "Trang chủ - Tin tức - Sự kiện - Hoạt động Đảng, đoàn thể",
 "Đồng chí Đàng Thị Mỹ Hương phát biểu kết luận giao ban. Ảnh: Phú Lâm", "Katê", "Dân vận khéo", "Phụ nữ Chăm giữ gìn nghề dệt thổ cẩm",
 "Po Klong Garai", "Quỹ Hỗ trợ nông dân"],
["06-10-2022 09:40", "tháng 9 năm 2022", "năm 2022", "năm 2023", "tháng 10", "10 năm"]))

PAGES.append(page("b3886-namdinh-khoidanvan-giaoban-2023", """
Báo Nam Định - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nam Định
Chính trị / Xây dựng Đảng
2023-04-12 16:40
Ảnh: Đồng chí Trần Văn Chung phát biểu chỉ đạo hội nghị.
Vận động đồng bào Công giáo tham gia xây dựng nông thôn mới kiểu mẫu
Ngày 11/4, Ban Dân vận Tỉnh ủy Nam Định tổ chức hội nghị giao ban công tác dân vận quý I/2023. Đồng chí Trần Văn Chung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự có lãnh đạo Ủy ban MTTQ, các tổ chức chính trị - xã hội tỉnh và Trưởng Ban Dân vận 10 huyện ủy, thành ủy.
Báo cáo tại hội nghị cho biết, trong quý I, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 142-KH/TU về tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI); phối hợp tổ chức gặp mặt 215 chức sắc, chức việc các tôn giáo nhân dịp Tết Quý Mão. Các cơ quan khối dân vận đã vận động 2.890 hộ giáo dân ở các giáo xứ Phú Nhai, Kiên Lao, Bùi Chu hiến trên 18.000 m2 đất, đóng góp gần 14,5 tỷ đồng xây dựng nông thôn mới kiểu mẫu.
Ủy ban MTTQ tỉnh và các tổ chức chính trị - xã hội trao 16.400 suất quà Tết cho hộ nghèo, hộ cận nghèo, trị giá khoảng 8,2 tỷ đồng; Hội Cựu chiến binh tỉnh ra mắt 14 mô hình "Cựu chiến binh tham gia bảo vệ môi trường". Toàn tỉnh hiện có 3.146 mô hình "Dân vận khéo", trong đó có 62 mô hình cấp tỉnh được biểu dương.
Tình hình tư tưởng nhân dân cơ bản ổn định. Dư luận quan tâm việc triển khai dự án đường bộ ven biển; còn 37 hộ ở xã Hải Hòa, Giao Phong chưa đồng thuận phương án bồi thường. Trong quý, các cơ quan tiếp 264 lượt công dân, tiếp nhận 81 đơn thư, kiến nghị; đã giải quyết 73 đơn. Có 3 vụ tụ tập đông người liên quan đến ô nhiễm môi trường làng nghề ở xã Nam Thanh, đã được đối thoại, giải quyết.
Tại hội nghị, Linh mục Giuse Nguyễn Văn Thành, Chánh xứ giáo xứ Kiên Lao, Ủy viên Ủy ban MTTQ Việt Nam tỉnh, chia sẻ kinh nghiệm vận động giáo dân "sống tốt đời, đẹp đạo". Đồng chí Vũ Thị Hằng, HUV, Trưởng Ban Dân vận Huyện ủy Giao Thủy, kiến nghị có cơ chế hỗ trợ cán bộ dân vận ở 22 xã ven biển.
Phát biểu chỉ đạo, đồng chí Trần Văn Chung yêu cầu quý II các cơ quan khối dân vận nắm chắc tình hình vùng giáo, nhất là dịp lễ Phục sinh; tham mưu thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong tiếp dân, đối thoại trực tiếp với dân; phấn đấu giải quyết không dưới 90% đơn thư thuộc thẩm quyền. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Phạm Thị Thu Hà, Đỗ Văn Định được giao theo dõi các huyện phía Nam.
Lâm Hồng
Lượt xem: 1.874
Tin liên quan
- Xuân Trường: biểu dương 40 gương "Dân vận khéo" trong vùng giáo (03/04/2023)
- Hội nghị chức sắc tôn giáo nhân dịp Tết Quý Mão (10/01/2023)
- Giao ban công tác dân vận quý IV/2022 (06/01/2023)
""", "2023-04-12", "Vận động đồng bào Công giáo tham gia xây dựng nông thôn mới kiểu mẫu",
E("giao_ban", "2023-Q1", "2023-04-11"),
[P("Trần Văn Chung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giuse Nguyễn Văn Thành", "Linh mục", "Chánh xứ giáo xứ Kiên Lao", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vũ Thị Hằng", "HUV", "Trưởng Ban Dân vận Huyện ủy Giao Thủy"),
 P("Phạm Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Đỗ Văn Định", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("10 huyện ủy, thành ủy", 10, "huyện ủy, thành ủy"), Q("215 chức sắc, chức việc", 215, "chức sắc, chức việc"), Q("2.890 hộ giáo dân", 2890, "hộ giáo dân"),
 Q("trên 18.000 m2", 18000, "m2", "over"), Q("gần 14,5 tỷ đồng", 14500000000, "đồng", "approx"), Q("16.400 suất quà Tết", 16400, "suất quà"),
 Q("khoảng 8,2 tỷ đồng", 8200000000, "đồng", "approx"), Q("14 mô hình", 14, "mô hình"), Q("3.146 mô hình", 3146, "mô hình"),
 Q("62 mô hình cấp tỉnh", 62, "mô hình cấp tỉnh"), Q("37 hộ", 37, "hộ"), Q("264 lượt công dân", 264, "lượt công dân"),
 Q("81 đơn thư, kiến nghị", 81, "đơn thư, kiến nghị"), Q("73 đơn", 73, "đơn"), Q("3 vụ tụ tập đông người", 3, "vụ tụ tập đông người"),
 Q("22 xã ven biển", 22, "xã ven biển"), Q("không dưới 90%", 90, "%", "over")],
[D("Kế hoạch", "142", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 142-KH/TU"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 03/6/2013"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW")],
[prov("Nam Định"), com("Hải Hòa"), com("Giao Phong"), com("Nam Thanh")],
["Báo Nam Định - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nam Định", "Chính trị / Xây dựng Đảng",
 "Ảnh: Đồng chí Trần Văn Chung phát biểu chỉ đạo hội nghị.", "Cựu chiến binh tham gia bảo vệ môi trường", "Dân vận khéo",
 "sống tốt đời, đẹp đạo", "Lượt xem: 1.874"],
["2023-04-12 16:40", "quý I/2023", "quý II", "10 năm", "khóa XI", "Lượt xem: 1.874"]))
