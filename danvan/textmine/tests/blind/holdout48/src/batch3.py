"""holdout48 batch 3: b1121-b1126. Page text and labels side by side."""
from lib import Q, D, P, E, page, prov, com

PAGES = []

# ---------------------------------------------------------------- b1121
PAGES.append(page(
"b1121-angiang-btgdv-tongiao-2025",
"""
BÁO AN GIANG ĐIỆN TỬ
Bạn đang xem: Trang chủ / Chính trị / Dân tộc - Tôn giáo
12/12/2025 - 19:25
Họp mặt chức sắc, chức việc các tôn giáo và người có uy tín năm 2025
Sáng 11/12, tại phường Rạch Giá, Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang phối hợp với Ủy ban MTTQ Việt Nam tỉnh và Sở Dân tộc và Tôn giáo tổ chức hội nghị họp mặt chức sắc, chức việc các tôn giáo và người có uy tín trong đồng bào dân tộc thiểu số năm 2025. Đây là lần đầu tiên hội nghị được tổ chức chung cho toàn tỉnh An Giang sau khi hợp nhất với tỉnh Kiên Giang.
Dự hội nghị có đồng chí Lê Hữu Trí, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Danh Quốc Khải, Phó Chủ tịch UBND tỉnh; bà Néang Sa Phiên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Trần Minh Luân, Giám đốc Sở Dân tộc và Tôn giáo cùng 250 đại biểu.
Hòa thượng Danh Sên phát biểu tại hội nghị. Ảnh: Hữu Huynh
Theo báo cáo, toàn tỉnh hiện có 11 tôn giáo được Nhà nước công nhận với hơn 2,4 triệu tín đồ, 1.246 chức sắc, chức việc; có 141 chùa Phật giáo Nam tông Khmer. Năm 2025, các cấp triển khai Nghị định số 95/2023/NĐ-CP của Chính phủ quy định chi tiết Luật Tín ngưỡng, tôn giáo; Kết luận số 25-KL/TU ngày 18/9/2025 của Ban Thường vụ Tỉnh ủy về công tác tôn giáo trong tình hình mới. Ban Tuyên giáo và Dân vận Tỉnh ủy và Sở Dân tộc và Tôn giáo đã ký Quy chế phối hợp số 02-QC/BTGDVTU về nắm tình hình, giải quyết các vụ việc liên quan đến tôn giáo; Sở cũng ban hành Kế hoạch số 88/KH-SDTTG về thăm hỏi các cơ sở tôn giáo dịp lễ, tết.
Phát biểu tại hội nghị, Hòa thượng Danh Sên, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh cho biết, các chùa Khmer đã mở 96 lớp dạy chữ Khmer hè cho hơn 3.000 em học sinh. Linh mục Giuse Trần Văn Lộc, Quản hạt Rạch Giá chia sẻ giáo dân đã đóng góp 850 triệu đồng xây nhà tình thương. Hakim Ysa Ma Ly, Phó Ban Đại diện Cộng đồng Hồi giáo tỉnh, mong muốn được hỗ trợ sửa chữa tiểu thánh đường ở xã Châu Phong. Ông Nguyễn Văn Đởm, Phó Trưởng ban Trị sự Trung ương Phật giáo Hòa Hảo đề nghị đơn giản hóa thủ tục đăng ký sinh hoạt tôn giáo tập trung.
Đại đức Chau Sóc Tha, trụ trì chùa Xvayton, và ông Chau Sóc Kha, người có uy tín ấp Tà Dung, xã Tri Tôn, cùng kiến nghị quan tâm đầu tư đường giao thông nông thôn ở các phum, sóc vùng biên giới. Một số ý kiến của chức sắc ở đặc khu Phú Quốc đề nghị quy hoạch đất xây dựng cơ sở tôn giáo trong khu vực phát triển đô thị.
Kết luận hội nghị, đồng chí Lê Hữu Trí ghi nhận chức sắc, tín đồ các tôn giáo đã đồng hành với chính quyền trong sắp xếp đơn vị hành chính, sống "tốt đời, đẹp đạo". Dịp này, Ban tổ chức trao 230 phần quà, mỗi phần 1 triệu đồng, tặng các cơ sở tôn giáo và người có uy tín; tổng trị giá 230 triệu đồng.
Hữu Huynh
Tin liên quan
- An Giang: Thăm chúc mừng lễ Sene Đolta (21/09/2025)
- Phường Long Xuyên gặp mặt chức sắc tôn giáo (10/12/2025)
- Hội nghị người có uy tín đồng bào Chăm (02/12/2025)
""",
"2025-12-12",
"Họp mặt chức sắc, chức việc các tôn giáo và người có uy tín năm 2025",
E("hoi_nghi", "2025", "2025-12-11"),
[
    P("Lê Hữu Trí", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Danh Quốc Khải", "Phó Chủ tịch UBND tỉnh"),
    P("Néang Sa Phiên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Trần Minh Luân", "Giám đốc Sở Dân tộc và Tôn giáo"),
    P("Danh Sên", "Hòa thượng", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
    P("Giuse Trần Văn Lộc", "Linh mục", "Quản hạt Rạch Giá"),
    P("Ysa Ma Ly", "Hakim", "Phó Ban Đại diện Cộng đồng Hồi giáo tỉnh"),
    P("Nguyễn Văn Đởm", "Phó Trưởng ban Trị sự Trung ương Phật giáo Hòa Hảo"),
    P("Chau Sóc Tha", "Đại đức", "trụ trì chùa Xvayton"),
    P("Chau Sóc Kha", "người có uy tín ấp Tà Dung"),
],
[
    Q("250 đại biểu", 250, "đại biểu"),
    Q("11 tôn giáo", 11, "tôn giáo"),
    Q("hơn 2,4 triệu tín đồ", 2400000, "tín đồ", "over"),
    Q("1.246 chức sắc, chức việc", 1246, "chức sắc, chức việc"),
    Q("141 chùa Phật giáo Nam tông Khmer", 141, "chùa Phật giáo Nam tông Khmer"),
    Q("96 lớp dạy chữ Khmer hè", 96, "lớp dạy chữ Khmer hè"),
    Q("hơn 3.000 em học sinh", 3000, "em học sinh", "over"),
    Q("850 triệu đồng", 850000000, "đồng"),
    Q("230 phần quà", 230, "phần quà"),
    Q("1 triệu đồng", 1000000, "đồng"),
    Q("230 triệu đồng", 230000000, "đồng"),
],
[
    D("Nghị định", "95", "2023/NĐ-CP", None, "Chính phủ", surface="Nghị định số 95/2023/NĐ-CP"),
    D("Kết luận", "25", "KL/TU", "2025-09-18", "Ban Thường vụ Tỉnh ủy", surface="Kết luận số 25-KL/TU"),
    D("Quy chế phối hợp", "02", "QC/BTGDVTU", None, None, surface="Quy chế phối hợp số 02-QC/BTGDVTU"),
    D("Kế hoạch", "88", "KH-SDTTG", None, "Sở Dân tộc và Tôn giáo", surface="Kế hoạch số 88/KH-SDTTG"),
],
[prov("An Giang"), prov("Kiên Giang"), com("Rạch Giá"), com("Châu Phong"), com("Tri Tôn"), com("Phú Quốc")],
["BÁO AN GIANG ĐIỆN TỬ", "Bạn đang xem: Trang chủ / Chính trị / Dân tộc - Tôn giáo",
 "Hòa thượng Danh Sên phát biểu tại hội nghị. Ảnh: Hữu Huynh", "Luật Tín ngưỡng, tôn giáo", "Xvayton", "Tà Dung",
 "tốt đời, đẹp đạo", "Phật giáo Hòa Hảo"],
["12/12/2025 - 19:25", "năm 2025", "Năm 2025", "lần đầu tiên"],
))

# ---------------------------------------------------------------- b1122
PAGES.append(page(
"b1122-quangtri-xa-huongphung-doithoai-2025",
"""
TRANG THÔNG TIN ĐIỆN TỬ XÃ HƯỚNG PHÙNG
Tỉnh Quảng Trị
Vị trí hiện tại: Trang chủ > Tin tức > Tin hoạt động
19-09-2025 14:32
Bí thư Đảng ủy xã đối thoại với Nhân dân về chuyển đổi cây trồng, đất sản xuất
Sáng 18/9, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Hướng Phùng tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền xã với Nhân dân năm 2025. Đây là hội nghị đối thoại đầu tiên của xã sau khi sáp nhập 3 xã Hướng Phùng, Hướng Sơn, Hướng Linh theo Nghị quyết số 1680/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội.
Đồng chí Nguyễn Đình Quế, Bí thư Đảng ủy, Chủ tịch HĐND xã và đồng chí Hồ Văn Thiên, Phó Bí thư Đảng ủy, Chủ tịch UBND xã đồng chủ trì. Dự hội nghị có đồng chí Trần Thị Minh Hà, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị; đồng chí Lê Quang Chiến, Trưởng phòng Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy cùng khoảng 150 người dân đại diện các thôn, bản.
Quang cảnh hội nghị đối thoại.
Hội nghị được tổ chức theo Kế hoạch số 26-KH/ĐU của Đảng ủy xã, thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân; Luật Thực hiện dân chủ ở cơ sở.
Tại hội nghị, người dân đã nêu 42 ý kiến, kiến nghị. Ông Hồ Văn Đôi (thôn Xa Re) phản ánh giá cà phê tươi vụ trước chỉ còn khoảng 23.000 đồng/kg, thấp hơn nhiều so với dự kiến, đề nghị xã hỗ trợ kết nối doanh nghiệp bao tiêu. Bà Hồ Thị Nguyệt (thôn Cheng) hỏi về việc cấp giấy chứng nhận quyền sử dụng đất cho diện tích rẫy cũ. Ông Pả Roi, thôn Ka Tăng, kiến nghị làm lại cầu tràn bị lũ cuốn trôi năm 2024. Già làng Hồ Văn Pát đề nghị có chính sách giữ rừng cộng đồng.
Trả lời các ý kiến, đồng chí Hồ Văn Thiên cho biết toàn xã có 1.240 ha cà phê, trong đó khoảng 300 ha đã già cỗi; xã sẽ triển khai Quyết định số 1300/QĐ-UBND ngày 05/9/2025 của UBND tỉnh, hỗ trợ 320 hộ chuyển đổi sang trồng mắc ca, chuối xen cà phê. Thiếu tá Hồ Văn Ngọc, vừa được bổ nhiệm làm Trưởng Công an xã, giải đáp các ý kiến về an ninh trật tự vùng biên giới. Đồng chí Hồ Thị Lan, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã cam kết giám sát việc thực hiện các nội dung đã hứa tại hội nghị.
Kết quả, 35 ý kiến được trả lời trực tiếp tại hội nghị; 7 ý kiến thuộc thẩm quyền cấp tỉnh được tổng hợp gửi cơ quan chức năng. Kết luận hội nghị, đồng chí Nguyễn Đình Quế yêu cầu các bộ phận chuyên môn trả lời bằng văn bản trong thời hạn 15 ngày; Văn phòng Đảng ủy theo dõi, đôn đốc.
Hồ Hạnh (Văn phòng Đảng ủy xã)
Tin khác
- Ra mắt mô hình "Thôn biên giới không có tội phạm ma túy" (10/09/2025)
- Bàn giao 3 căn nhà Đại đoàn kết tại thôn Hướng Choa (02/09/2025)
- Lễ khai giảng năm học mới tại Trường PTDTBT Hướng Phùng (05/09/2025)
""",
"2025-09-19",
"Bí thư Đảng ủy xã đối thoại với Nhân dân về chuyển đổi cây trồng, đất sản xuất",
E("doi_thoai", "2025", "2025-09-18"),
[
    P("Nguyễn Đình Quế", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
    P("Hồ Văn Thiên", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
    P("Trần Thị Minh Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị"),
    P("Lê Quang Chiến", "Trưởng phòng Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Hồ Văn Đôi"),
    P("Hồ Thị Nguyệt"),
    P("Pả Roi"),
    P("Hồ Văn Pát", "Già làng"),
    P("Hồ Văn Ngọc", "Thiếu tá", "Trưởng Công an xã"),
    P("Hồ Thị Lan", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
],
[
    Q("3 xã", 3, "xã"),
    Q("khoảng 150 người dân", 150, "người dân", "approx"),
    Q("42 ý kiến, kiến nghị", 42, "ý kiến, kiến nghị"),
    Q("khoảng 23.000 đồng", 23000, "đồng", "approx"),
    Q("1.240 ha", 1240, "ha"),
    Q("khoảng 300 ha", 300, "ha", "approx"),
    Q("320 hộ", 320, "hộ"),
    Q("35 ý kiến", 35, "ý kiến"),
    Q("7 ý kiến", 7, "ý kiến"),
],
[
    D("Nghị quyết", "1680", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", surface="Nghị quyết số 1680/NQ-UBTVQH15"),
    D("Kế hoạch", "26", "KH/ĐU", None, "Đảng ủy xã", surface="Kế hoạch số 26-KH/ĐU"),
    D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", surface="Quy định số 11-QĐi/TW"),
    D("Quyết định", "1300", "QĐ-UBND", "2025-09-05", "UBND tỉnh", surface="Quyết định số 1300/QĐ-UBND"),
],
[prov("Quảng Trị"), com("Hướng Phùng"), com("Hướng Sơn"), com("Hướng Linh")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ HƯỚNG PHÙNG", "Vị trí hiện tại: Trang chủ > Tin tức > Tin hoạt động",
 "Quang cảnh hội nghị đối thoại.", "Luật Thực hiện dân chủ ở cơ sở", "Xa Re", "Cheng", "Ka Tăng",
 "Hồ Hạnh (Văn phòng Đảng ủy xã)"],
["19-09-2025 14:32", "năm 2025", "năm 2024", "15 ngày"],
))

# ---------------------------------------------------------------- b1123
PAGES.append(page(
"b1123-caobang-bdv-tongket-2011",
"""
Cổng thông tin điện tử tỉnh Cao Bằng
Trang chủ » Tin tức - Sự kiện » Hoạt động các sở, ban, ngành
30/12/2011 10:25:36 AM
Ban Dân vận Tỉnh ủy tổng kết công tác năm 2011
Ngày 28/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Nông Thị Tuyết, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có đồng chí Bế Văn Hưng, TUV, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; lãnh đạo Ban Dân vận các huyện ủy, thị ủy và các đoàn thể chính trị - xã hội tỉnh.
Năm 2011, khối dân vận các cấp tập trung tuyên truyền, vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XIII và đại biểu HĐND các cấp nhiệm kỳ 2011 - 2016; tiếp tục thực hiện Quyết định 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị và Kết luận 62-KL/TW của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể. Ban Dân vận Tỉnh ủy đã tham mưu sơ kết Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào Mông, Dao và vận động nhân dân định canh, định cư; ban hành Hướng dẫn số 12-HD/BDVTU về xây dựng mô hình điểm "Dân vận khéo".
Các cấp đã xây dựng được 156 mô hình điểm; vận động nhân dân hiến 45.000 m2 đất, đóng góp 2.150 ngày công làm đường liên xóm. Thực hiện Quyết định 167/2008/QĐ-TTg của Thủ tướng Chính phủ, toàn tỉnh hỗ trợ làm 1.240 nhà cho hộ nghèo; 89% số nhà đã hoàn thành trước Tết. Các cơ quan khối dân vận tiếp nhận và phối hợp giải quyết 93 đơn thư.
Tham luận tại hội nghị, đồng chí Lục Văn Thình, HUV, Trưởng Ban Dân vận Huyện ủy Bảo Lạc nêu kinh nghiệm phối hợp với đồn biên phòng vận động đồng bào không di cư tự do. Ông Triệu Văn Tòng, Bí thư chi bộ xóm Khuổi Khon, xã Quang Trung cho biết cả xóm người Dao đã cùng làm 3 km đường bê tông mà không cần chờ Nhà nước. Ông Lý Văn Chứ, người có uy tín xóm Nặm Dân, xã Lý Quốc kể chuyện vận động 17 hộ đồng bào Mông bỏ tục lệ ma chay kéo dài. Đại diện thị trấn Nước Hai báo cáo mô hình tổ dân phố tự quản về an ninh trật tự.
Phát biểu kết luận, đồng chí Nông Thị Tuyết đề nghị năm 2012 các cấp tiếp tục đổi mới công tác dân vận, chú trọng vùng đồng bào dân tộc thiểu số, vùng biên giới; phát huy vai trò người có uy tín; phối hợp thực hiện tốt phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Đồng chí Đàm Thị Vân, Phó Trưởng Ban Dân vận Tỉnh ủy triển khai chương trình công tác năm 2012.
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 15 tập thể, 24 cá nhân.
Bế Thanh
Các tin khác
- Hội nghị triển khai nhiệm vụ của Hội Nông dân tỉnh năm 2012 (29/12/2011)
- Hà Quảng: Trao 200 suất quà cho hộ nghèo (26/12/2011)
- Thông Nông: Ra mắt mô hình "Xóm văn hóa" (20/12/2011)
""",
"2011-12-30",
"Ban Dân vận Tỉnh ủy tổng kết công tác năm 2011",
E("tong_ket", "2011", "2011-12-28"),
[
    P("Nông Thị Tuyết", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Bế Văn Hưng", "TUV", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Lục Văn Thình", "HUV", "Trưởng Ban Dân vận Huyện ủy Bảo Lạc"),
    P("Triệu Văn Tòng", "Bí thư chi bộ xóm Khuổi Khon"),
    P("Lý Văn Chứ", "người có uy tín xóm Nặm Dân"),
    P("Đàm Thị Vân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
],
[
    Q("156 mô hình điểm", 156, "mô hình điểm"),
    Q("45.000 m2", 45000, "m2"),
    Q("2.150 ngày công", 2150, "ngày công"),
    Q("1.240 nhà", 1240, "nhà"),
    Q("89%", 89, "%"),
    Q("93 đơn thư", 93, "đơn thư"),
    Q("3 km", 3, "km"),
    Q("17 hộ đồng bào Mông", 17, "hộ đồng bào Mông"),
    Q("15 tập thể", 15, "tập thể"),
    Q("24 cá nhân", 24, "cá nhân"),
],
[
    D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", surface="Quyết định 290-QĐ/TW"),
    D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", surface="Kết luận 62-KL/TW"),
    D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 03, 04-CT/TU"),
    D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 03, 04-CT/TU"),
    D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Hướng dẫn số 12-HD/BDVTU"),
    D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 167/2008/QĐ-TTg"),
],
[prov("Cao Bằng"), com("Quang Trung"), com("Lý Quốc"), com("Nước Hai")],
["Cổng thông tin điện tử tỉnh Cao Bằng", "Trang chủ » Tin tức - Sự kiện » Hoạt động các sở, ban, ngành", "Dân vận khéo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Quang Trung", "Lý Quốc", "Khuổi Khon", "Nặm Dân", "Bảo Lạc"],
["30/12/2011 10:25:36 AM", "năm 2011", "Năm 2011", "năm 2012", "khóa XIII", "nhiệm kỳ 2011 - 2016"],
))

# ---------------------------------------------------------------- b1124
PAGES.append(page(
"b1124-hcm-phuong-vungtau-baocao-q1-2026",
"""
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG VŨNG TÀU - THÀNH PHỐ HỒ CHÍ MINH
Trang chủ » Mặt trận và các tổ chức chính trị - xã hội » Tin hoạt động
Ngày đăng: 07/04/2026 | Lượt xem: 256
Ủy ban MTTQ Việt Nam phường Vũng Tàu báo cáo kết quả công tác Mặt trận quý I/2026
Ngày 31/3/2026, Ban Thường trực Ủy ban MTTQ Việt Nam phường Vũng Tàu ban hành Báo cáo số 15/BC-MTTQ-BTT về kết quả công tác Mặt trận và hoạt động của các tổ chức chính trị - xã hội quý I năm 2026, phương hướng nhiệm vụ quý II. Báo cáo do bà Nguyễn Thị Kim Loan, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường ký. Phường Vũng Tàu được thành lập từ ngày 01/7/2025 trên cơ sở sắp xếp các phường 1, 2, 3, 4, 5 và phường Thắng Nhì của thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu (cũ), nay thuộc Thành phố Hồ Chí Minh. Trang thông tin điện tử phường trích đăng một số nội dung chính.
1. Công tác tuyên truyền, vận động
Thực hiện Nghị quyết số 19-NQ/ĐU của Đảng ủy phường và Thông tri số 03/TT-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Ủy ban MTTQ Việt Nam phường phối hợp tổ chức 3 lần hiệp thương, 48 hội nghị lấy ý kiến cử tri nơi cư trú về người ứng cử đại biểu HĐND phường nhiệm kỳ 2026 - 2031. Ngày bầu cử 15/3/2026, tỷ lệ cử tri đi bầu đạt 99,2%. Ban Công tác Mặt trận 86 khu phố đã tuyên truyền trực tiếp tới trên 31.000 hộ gia đình.
2. Công tác an sinh xã hội
Quỹ "Vì người nghèo" phường tiếp nhận 1,36 tỷ đồng; trao 1.200 phần quà Tết Bính Ngọ, mỗi phần trị giá 500.000 đồng; phối hợp xây mới 4 căn nhà Đại đoàn kết. Hội Cựu chiến binh phường do ông Phạm Quốc Việt, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội Cựu chiến binh phường phụ trách đã vận động hội viên góp 120 triệu đồng hỗ trợ ngư dân khó khăn ở các phường Tam Thắng, Rạch Dừa, Phước Thắng.
3. Công tác giám sát, phản biện xã hội
Ban Thanh tra nhân dân phường thực hiện 3 cuộc giám sát; nhận 27 đơn, kiến nghị, đã chuyển cơ quan có thẩm quyền 25 đơn. Ông Trần Văn Tám, Trưởng ban Công tác Mặt trận khu phố 5 được biểu dương vì vận động các hộ kinh doanh ven biển tự tháo dỡ mái che lấn chiếm vỉa hè.
4. Hoạt động của Đoàn Thanh niên
Chị Lê Thị Ngọc Trâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Bí thư Đoàn phường cho biết Đoàn đã tổ chức "Ngày Chủ nhật xanh" với khoảng 600 đoàn viên tham gia, phối hợp với đặc khu Côn Đảo đón 20 thanh niên tình nguyện về giao lưu.
Phương hướng quý II/2026: triển khai Chương trình phối hợp số 05/CTr-MTTQ-BTT về thực hiện cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam"; chuẩn bị Đại hội đại biểu MTTQ Việt Nam phường.
Ban biên tập
Tin cùng chuyên mục
- Hội nghị hiệp thương lần thứ ba phường Vũng Tàu (18/02/2026)
- Ra mắt Chi hội Phụ nữ khu phố 12 (10/02/2026)
- Trao 1.200 phần quà Tết cho hộ khó khăn (06/02/2026)
""",
"2026-04-07",
"Ủy ban MTTQ Việt Nam phường Vũng Tàu báo cáo kết quả công tác Mặt trận quý I/2026",
E("bao_cao", "2026-Q1", "2026-03-31"),
[
    P("Nguyễn Thị Kim Loan", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
    P("Phạm Quốc Việt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Cựu chiến binh phường"),
    P("Trần Văn Tám", "Trưởng ban Công tác Mặt trận khu phố 5"),
    P("Lê Thị Ngọc Trâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Bí thư Đoàn phường"),
],
[
    Q("48 hội nghị", 48, "hội nghị"),
    Q("99,2%", 99.2, "%"),
    Q("86 khu phố", 86, "khu phố"),
    Q("trên 31.000 hộ gia đình", 31000, "hộ gia đình", "over"),
    Q("1,36 tỷ đồng", 1360000000, "đồng"),
    Q("1.200 phần quà", 1200, "phần quà"),
    Q("500.000 đồng", 500000, "đồng"),
    Q("4 căn nhà Đại đoàn kết", 4, "căn nhà Đại đoàn kết"),
    Q("120 triệu đồng", 120000000, "đồng"),
    Q("3 cuộc giám sát", 3, "cuộc giám sát"),
    Q("27 đơn, kiến nghị", 27, "đơn, kiến nghị"),
    Q("25 đơn", 25, "đơn"),
    Q("khoảng 600 đoàn viên", 600, "đoàn viên", "approx"),
    Q("20 thanh niên tình nguyện", 20, "thanh niên tình nguyện"),
],
[
    D("Báo cáo", "15", "BC-MTTQ-BTT", "2026-03-31", "Ban Thường trực Ủy ban MTTQ Việt Nam phường Vũng Tàu", surface="Báo cáo số 15/BC-MTTQ-BTT"),
    D("Nghị quyết", "19", "NQ/ĐU", None, "Đảng ủy phường", surface="Nghị quyết số 19-NQ/ĐU"),
    D("Thông tri", "03", "TT-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", surface="Thông tri số 03/TT-MTTW-BTT"),
    D("Chương trình phối hợp", "05", "CTr-MTTQ-BTT", None, None, surface="Chương trình phối hợp số 05/CTr-MTTQ-BTT"),
],
[prov("Hồ Chí Minh"), prov("Bà Rịa - Vũng Tàu"), com("Vũng Tàu"), com("Thắng Nhì"), com("Tam Thắng"), com("Rạch Dừa"), com("Phước Thắng"), com("Côn Đảo")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG VŨNG TÀU - THÀNH PHỐ HỒ CHÍ MINH",
 "Trang chủ » Mặt trận và các tổ chức chính trị - xã hội » Tin hoạt động", "Ngày đăng: 07/04/2026 | Lượt xem: 256",
 "Vì người nghèo", "Ngày Chủ nhật xanh", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Ban biên tập",
 "1. Công tác tuyên truyền, vận động", "2. Công tác an sinh xã hội"],
["Ngày đăng: 07/04/2026 | Lượt xem: 256", "01/7/2025", "các phường 1, 2, 3, 4, 5", "quý I/2026", "quý I năm 2026", "quý II/2026", "3 lần hiệp thương",
 "nhiệm kỳ 2026 - 2031", "15/3/2026", "khu phố 5", "1. Công tác tuyên truyền, vận động", "2. Công tác an sinh xã hội",
 "3. Công tác giám sát, phản biện xã hội", "4. Hoạt động của Đoàn Thanh niên"],
))

# ---------------------------------------------------------------- b1125
PAGES.append(page(
"b1125-kontum-bdv-taphuan-2022",
"""
BÁO KON TUM ĐIỆN TỬ
Chính trị › Dân vận
Thứ 6, 19/08/2022 | 15:45
Đồng chí A Blớt phát biểu khai mạc lớp tập huấn. Ảnh: Y Thu
Nâng cao kỹ năng vận động quần chúng cho cán bộ thôn, làng vùng đồng bào dân tộc thiểu số
Trong 2 ngày 17 và 18/8, Ban Dân vận Tỉnh ủy phối hợp với Trường Chính trị tỉnh tổ chức lớp tập huấn công tác dân vận năm 2022 cho 160 học viên là bí thư chi bộ, trưởng thôn, người có uy tín và chi hội trưởng các đoàn thể ở các thôn, làng đồng bào dân tộc thiểu số thuộc 102 xã, phường, thị trấn của tỉnh Kon Tum.
Đồng chí A Blớt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và phát biểu khai mạc. Đồng chí Y Ngân, Phó Trưởng Ban Dân vận Tỉnh ủy điều hành lớp học.
Trong 2 ngày, học viên được nghe 7 chuyên đề: quán triệt Quyết định 23-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị; Hướng dẫn số 28-HD/BDVTW của Ban Dân vận Trung ương về phong trào thi đua "Dân vận khéo"; Chỉ thị 16, 17-CT/TU của Ban Thường vụ Tỉnh ủy về vận động đồng bào xây dựng nông thôn mới và phòng, chống "Tin lành Đê Ga"; đề án 05 của Tỉnh ủy về nâng cao chất lượng đội ngũ người có uy tín; kỹ năng nắm tình hình, hòa giải mâu thuẫn ở cơ sở. Thạc sĩ Phạm Thị Thu Trang, Trưởng khoa Xây dựng Đảng Trường Chính trị tỉnh hướng dẫn học viên thảo luận theo 5 nhóm.
Học viên thực hành xử lý tình huống tại lớp học.
Chia sẻ tại lớp học, anh A Hùng, Bí thư Chi bộ kiêm Trưởng thôn Kon Pring cho biết thôn có 98 hộ người Xơ Đăng, trước đây thường xảy ra tranh chấp đất rẫy; nhờ áp dụng cách "đi từng ngõ, gõ từng nhà", các vụ việc đều được hòa giải ngay tại thôn. Chị Y Hiên, người có uy tín làng Kon Jơ Ri, xã Đăk Long, kể chuyện vận động các gia đình bỏ tục kết hôn sớm. Chị Thao Thị Hiên, Chi hội trưởng phụ nữ làng Đăk Mế, xã Bờ Y, mong có thêm tài liệu bằng tiếng Brâu. Già làng A Đoan ở thôn Măng Rương cho rằng lớp học nên tổ chức ngay tại làng để nhiều người được nghe hơn.
Đồng chí A Sang, HUV, Trưởng Ban Dân vận Huyện ủy Kon Plông cho biết, tại thị trấn Măng Đen, ban dân vận đã phối hợp vận động 37 hộ hiến đất mở đường vào khu du lịch cộng đồng.
Theo Ban tổ chức, khoảng 30% học viên là người có uy tín; mỗi học viên được hỗ trợ 150.000 đồng/ngày tiền ăn. Năm 2022, toàn tỉnh có 950 người có uy tín được cấp báo, tài liệu tuyên truyền.
Bế mạc lớp học, đồng chí Y Ngân đề nghị học viên về truyền đạt lại cho bà con theo phương châm "nghe dân nói, nói dân hiểu, làm dân tin".
Y Thu
Bài viết liên quan
- Kon Tum: Hội nghị biểu dương người có uy tín (12/08/2022)
- Đăk Hà ra mắt mô hình "Làng không có ma túy" (03/08/2022)
- Tuyên truyền pháp luật bằng tiếng Xơ Đăng (25/07/2022)
""",
"2022-08-19",
"Nâng cao kỹ năng vận động quần chúng cho cán bộ thôn, làng vùng đồng bào dân tộc thiểu số",
E("tap_huan", "2022", "2022-08-17"),
[
    P("A Blớt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Y Ngân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Phạm Thị Thu Trang", "Thạc sĩ", "Trưởng khoa Xây dựng Đảng Trường Chính trị tỉnh"),
    P("A Hùng", "Bí thư Chi bộ kiêm Trưởng thôn Kon Pring"),
    P("Y Hiên", "người có uy tín làng Kon Jơ Ri"),
    P("Thao Thị Hiên", "Chi hội trưởng phụ nữ làng Đăk Mế"),
    P("A Đoan", "Già làng"),
    P("A Sang", "HUV", "Trưởng Ban Dân vận Huyện ủy Kon Plông"),
],
[
    Q("160 học viên", 160, "học viên"),
    Q("102 xã, phường, thị trấn", 102, "xã, phường, thị trấn"),
    Q("7 chuyên đề", 7, "chuyên đề"),
    Q("5 nhóm", 5, "nhóm"),
    Q("98 hộ người Xơ Đăng", 98, "hộ người Xơ Đăng"),
    Q("37 hộ", 37, "hộ"),
    Q("khoảng 30%", 30, "%", "approx"),
    Q("150.000 đồng", 150000, "đồng"),
    Q("950 người có uy tín", 950, "người có uy tín"),
],
[
    D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 23-QĐ/TW"),
    D("Hướng dẫn", "28", "HD/BDVTW", None, "Ban Dân vận Trung ương", surface="Hướng dẫn số 28-HD/BDVTW"),
    D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 16, 17-CT/TU"),
    D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 16, 17-CT/TU"),
    D("Đề án", "05", None, None, "Tỉnh ủy", surface="đề án 05 của Tỉnh ủy"),
],
[prov("Kon Tum"), com("Đăk Long"), com("Bờ Y"), com("Măng Đen")],
["BÁO KON TUM ĐIỆN TỬ", "Chính trị › Dân vận", "Đồng chí A Blớt phát biểu khai mạc lớp tập huấn. Ảnh: Y Thu",
 "Học viên thực hành xử lý tình huống tại lớp học.", "Dân vận khéo", "Tin lành Đê Ga", "Kon Pring", "Kon Jơ Ri",
 "Đăk Mế", "Măng Rương", "đi từng ngõ, gõ từng nhà", "nghe dân nói, nói dân hiểu, làm dân tin", "Kon Plông"],
["Thứ 6, 19/08/2022 | 15:45", "2 ngày", "17 và 18/8", "năm 2022", "Năm 2022"],
))

# ---------------------------------------------------------------- b1126
PAGES.append(page(
"b1126-cantho-guong-acha-2026",
"""
CẦN THƠ ONLINE - Báo và Phát thanh, Truyền hình Cần Thơ
Thời sự | Chính trị | Dân vận khéo | Kinh tế | Văn hóa
Thứ Sáu, 15/05/2026 06:00
Ông Lâm Văn Sa Rây (bìa phải) trao đổi với người dân ấp Sóc Ven. Ảnh: Kim Ngân
Người "lục cả" vận động bà con Khmer hiến đất làm đường
Gần 30 năm làm Acha ở chùa Sóc Ven, ông Lâm Văn Sa Rây đã cùng chính quyền và Mặt trận vận động hàng trăm lượt bà con Khmer hiến đất, góp công làm đường, bắc cầu, giúp nhau thoát nghèo.
Chùa Sóc Ven thuộc xã Lịch Hội Thượng, trước đây là huyện Trần Đề, tỉnh Sóc Trăng (cũ), nay thuộc thành phố Cần Thơ. Ở tuổi 67, ông Lâm Văn Sa Rây, Acha chùa Sóc Ven, người có uy tín ấp Sóc Ven, vẫn đều đặn đi từng nhà trong sóc để vận động bà con.
"Muốn làm đường thì phải có đất. Mình nói phải để bà con hiểu con đường là của mình, của con cháu mình", ông Sa Rây chia sẻ. Từ năm 2018 đến nay, ông đã cùng Ban Công tác Mặt trận ấp vận động 85 hộ hiến hơn 12.000 m2 đất, xây 12 cây cầu bê tông với tổng kinh phí 3,6 tỷ đồng, trong đó nhân dân đóng góp trên 1 tỷ đồng. Mỗi mùa hè, ông còn đứng lớp dạy chữ Khmer cho khoảng 140 em nhỏ trong sóc.
Trưởng ấp Sóc Ven Kim Sóc Kha cho biết, nhờ lời nói của ông Sa Rây mà nhiều việc khó ở ấp đều được giải quyết êm thấm. "Nhà nào có mâu thuẫn đất đai, chỉ cần ông Acha đến nói chuyện là bà con nghe", anh Sóc Kha nói.
Ông Thạch Hên, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã Lịch Hội Thượng cho biết, năm 2025, ông Sa Rây còn vận động và trực tiếp hướng dẫn 23 hộ nghèo nuôi bò, trồng hành tím; hiện các hộ này đều đã thoát nghèo. Theo bà Lý Thị Sô Phia, Bí thư Đảng ủy xã Lịch Hội Thượng, sau khi sắp xếp đơn vị hành chính, xã có hơn 60% dân số là đồng bào Khmer; những người như ông Sa Rây là "cầu nối" giữa Đảng, chính quyền với nhân dân.
Với những đóng góp đó, ông Lâm Văn Sa Rây vinh dự được UBND thành phố tặng Bằng khen theo Quyết định số 1027/QĐ-UBND ngày 20/4/2026 về khen thưởng điển hình "Dân vận khéo". Mô hình "Sóc Ven đoàn kết, nghĩa tình" do ông khởi xướng được Đảng ủy xã chọn nhân rộng theo Kết luận 01, 02-KL/ĐU của Ban Thường vụ Đảng ủy xã. Ông cũng là một trong những người đầu tiên ở xã Trần Đề đăng ký tham gia tổ hòa giải ở cơ sở.
Tiễn chúng tôi ra đầu sóc, ông Sa Rây nói vui: "Còn sức thì còn đi. Đường trong sóc còn 2 đoạn chưa làm xong, tôi phải lo cho xong".
Kim Ngân
Tin liên quan
- Cần Thơ: Biểu dương 100 điển hình "Dân vận khéo" năm 2026 (10/05/2026)
- Người có uy tín ở phường Sóc Trăng giữ gìn an ninh trật tự (02/05/2026)
- Hỗ trợ đồng bào Khmer đón Tết Chôl Chnăm Thmây (11/04/2026)
- Xã Trần Đề ra mắt tổ hòa giải kiểu mẫu (28/04/2026)
""",
"2026-05-15",
"Người \"lục cả\" vận động bà con Khmer hiến đất làm đường",
E("khac", None, None),
[
    P("Lâm Văn Sa Rây", "Acha chùa Sóc Ven", "người có uy tín ấp Sóc Ven"),
    P("Kim Sóc Kha", "Trưởng ấp Sóc Ven"),
    P("Thạch Hên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân xã Lịch Hội Thượng"),
    P("Lý Thị Sô Phia", "Bí thư Đảng ủy xã Lịch Hội Thượng"),
],
[
    Q("85 hộ", 85, "hộ"),
    Q("hơn 12.000 m2", 12000, "m2", "over"),
    Q("12 cây cầu bê tông", 12, "cây cầu bê tông"),
    Q("3,6 tỷ đồng", 3600000000, "đồng"),
    Q("trên 1 tỷ đồng", 1000000000, "đồng", "over"),
    Q("khoảng 140 em nhỏ", 140, "em nhỏ", "approx"),
    Q("23 hộ nghèo", 23, "hộ nghèo"),
    Q("hơn 60%", 60, "%", "over"),
],
[
    D("Quyết định", "1027", "QĐ-UBND", "2026-04-20", "UBND thành phố", surface="Quyết định số 1027/QĐ-UBND"),
    D("Kết luận", "01", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", surface="Kết luận 01, 02-KL/ĐU"),
    D("Kết luận", "02", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", surface="Kết luận 01, 02-KL/ĐU"),
],
[prov("Cần Thơ"), prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Trần Đề")],
["CẦN THƠ ONLINE - Báo và Phát thanh, Truyền hình Cần Thơ", "Thời sự | Chính trị | Dân vận khéo | Kinh tế | Văn hóa",
 "Ông Lâm Văn Sa Rây (bìa phải) trao đổi với người dân ấp Sóc Ven. Ảnh: Kim Ngân", "Sóc Ven", "Trần Đề",
 "Dân vận khéo", "Sóc Ven đoàn kết, nghĩa tình", "lục cả"],
["Thứ Sáu, 15/05/2026 06:00", "Gần 30 năm", "tuổi 67", "năm 2018", "năm 2025", "2 đoạn", "hàng trăm lượt"],
))
