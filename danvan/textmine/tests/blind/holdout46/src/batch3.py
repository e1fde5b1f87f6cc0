"""Pages b1073-b1078: text and labels side by side."""
from lib import Q, D, P, E, page, prov, com

PAGES = []

# ---------------------------------------------------------------- b1073
PAGES.append(page(
"b1073-travinh-mttq-daihoi-nhiemky-2019",
"""
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH
Trang chủ › Tin tức › Đại hội Mặt trận các cấp
05/07/2019 17:45
Ông Thạch Chanh Đa tái cử Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Trà Vinh
Các vị trong Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh khóa X ra mắt đại hội.
Trong hai ngày 3 và 4/7, tại Hội trường Tỉnh ủy, Đại hội đại biểu MTTQ Việt Nam tỉnh Trà Vinh lần thứ X, nhiệm kỳ 2019 - 2024 đã diễn ra với sự tham dự của 300 đại biểu chính thức, đại diện cho hơn 1 triệu người dân thuộc các dân tộc Kinh, Khmer, Hoa và các tôn giáo trong tỉnh.
Dự và chỉ đạo đại hội có bà Phạm Thị Hồng Thắm, Ủy viên Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; đồng chí Nguyễn Hoàng Khải, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Sơn Thị Ánh Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Nhiệm kỳ 2014 - 2019, Mặt trận các cấp đã vận động Quỹ "Vì người nghèo" được hơn 142,5 tỷ đồng, xây dựng và sửa chữa 2.163 căn nhà Đại đoàn kết với tổng trị giá hơn 86 tỷ đồng; tỷ lệ hộ nghèo toàn tỉnh giảm từ 17,4% xuống còn 5,2%. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được triển khai sâu rộng ở 85 xã, trong đó 41 xã đạt chuẩn nông thôn mới. Mặt trận đã chủ trì giám sát 326 cuộc, tổ chức 48 hội nghị phản biện xã hội theo Quyết định 217-QĐ/TW của Bộ Chính trị và Nghị quyết liên tịch 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN.
Đồng bào Khmer chiếm 31,53% dân số toàn tỉnh, với 143 chùa Phật giáo Nam tông Khmer. Phát biểu tham luận, Hòa thượng Kim Sa Vông, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Kompong, cho biết các chùa Khmer đã vận động Phật tử đóng góp trên 12 tỷ đồng làm đường, cầu nông thôn. Linh mục Phaolô Nguyễn Văn Tâm, Quản hạt Trà Vinh, và ông Trần Chí Hào, Trưởng ban Quản trị chùa Ông Bổn, thị trấn Cầu Ngang, cũng trình bày tham luận về phát huy vai trò chức sắc, người có uy tín.
Đại hội đã hiệp thương dân chủ cử 71 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa X; Ban Thường trực gồm 7 vị. Ông Thạch Chanh Đa, Ủy viên Ban Thường vụ Tỉnh ủy, tiếp tục được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Các ông, bà Huỳnh Thị Sa Ri, Trần Văn Út, Kiên Thị Sa Phone được hiệp thương cử làm Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Ông Thạch Bô Ra, Phó Bí thư Đảng ủy xã Long Hiệp, được bầu làm đại biểu đi dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX.
Đại hội đã bầu đoàn đại biểu gồm 11 vị đi dự Đại hội đại biểu toàn quốc, trong đó có 3 đại biểu là người dân tộc Khmer. Đại hội thực hiện theo Chỉ thị 17-CT/TW của Ban Bí thư và hướng dẫn số 25/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Phát biểu chỉ đạo, bà Phạm Thị Hồng Thắm đề nghị Ủy ban MTTQ Việt Nam tỉnh khóa X tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về khu dân cư, đặc biệt là vùng đồng bào Khmer ở xã Long Hiệp, xã Hàm Giang và các xã biên giới biển; thực hiện hiệu quả các phong trào thi đua, cuộc vận động trong nhiệm kỳ mới.
Huỳnh Như
Tin liên quan
- Đại hội điểm MTTQ cấp huyện tại Cầu Kè (15/05/2019)
- Hiệp thương cử Ủy ban MTTQ xã Long Hiệp khóa mới (10/04/2019)
- Tổng kết công tác Mặt trận năm 2018 (25/12/2018)
""",
"2019-07-05",
"Ông Thạch Chanh Đa tái cử Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Trà Vinh",
E("dai_hoi", None, "2019-07-03"),
[
    P("Phạm Thị Hồng Thắm", "Ủy viên Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"),
    P("Nguyễn Hoàng Khải", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
    P("Sơn Thị Ánh Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Kim Sa Vông", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Kompong"),
    P("Phaolô Nguyễn Văn Tâm", "Linh mục", "Quản hạt Trà Vinh"),
    P("Trần Chí Hào", "Trưởng ban Quản trị chùa Ông Bổn"),
    P("Thạch Chanh Đa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Huỳnh Thị Sa Ri", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Trần Văn Út", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Kiên Thị Sa Phone", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Thạch Bô Ra", "Phó Bí thư Đảng ủy xã Long Hiệp"),
],
[
    Q("300 đại biểu chính thức", 300, "đại biểu chính thức"),
    Q("hơn 1 triệu người dân", 1000000, "người dân", "over"),
    Q("hơn 142,5 tỷ đồng", 142500000000, "đồng", "over"),
    Q("2.163 căn nhà Đại đoàn kết", 2163, "căn nhà Đại đoàn kết"),
    Q("hơn 86 tỷ đồng", 86000000000, "đồng", "over"),
    Q("17,4%", 17.4, "%"),
    Q("5,2%", 5.2, "%"),
    Q("85 xã", 85, "xã"),
    Q("41 xã", 41, "xã"),
    Q("326 cuộc", 326, "cuộc"),
    Q("48 hội nghị phản biện xã hội", 48, "hội nghị phản biện xã hội"),
    Q("31,53%", 31.53, "%"),
    Q("143 chùa Phật giáo Nam tông Khmer", 143, "chùa Phật giáo Nam tông Khmer"),
    Q("trên 12 tỷ đồng", 12000000000, "đồng", "over"),
    Q("71 vị", 71, "vị"),
    Q("7 vị", 7, "vị"),
    Q("11 vị", 11, "vị"),
    Q("3 đại biểu", 3, "đại biểu"),
],
[
    D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 217-QĐ/TW của Bộ Chính trị"),
    D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None,
      surface="Nghị quyết liên tịch 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
    D("Chỉ thị", "17", "CT/TW", None, "Ban Bí thư", surface="Chỉ thị 17-CT/TW của Ban Bí thư"),
    D("Hướng dẫn", "25", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
      surface="hướng dẫn số 25/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"),
],
[prov("Trà Vinh"), com("Cầu Ngang"), com("Long Hiệp"), com("Hàm Giang")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH", "Trang chủ › Tin tức › Đại hội Mặt trận các cấp",
 "Các vị trong Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh khóa X ra mắt đại hội.", "Hội trường Tỉnh ủy", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "chùa Kompong", "chùa Ông Bổn",
 "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["05/07/2019 17:45", "lần thứ X", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019", "khóa X", "lần thứ IX"],
))

# ---------------------------------------------------------------- b1074
PAGES.append(page(
"b1074-vinhlong-xaloanmy-baocao-q1-2019",
"""
ỦY BAN NHÂN DÂN XÃ LOAN MỸ - HUYỆN TAM BÌNH - TỈNH VĨNH LONG
Lượt truy cập: 48.210 | Đang trực tuyến: 7
Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy
Kết quả công tác dân vận quý I năm 2019
Ngày đăng: 29/03/2019 | Người đăng: Văn phòng Đảng ủy
Ngày 27/3/2019, Đảng ủy xã Loan Mỹ ban hành Báo cáo số 18-BC/ĐU về kết quả công tác dân vận quý I năm 2019 và phương hướng nhiệm vụ quý II/2019. Trang thông tin điện tử xã Loan Mỹ (huyện Tam Bình, tỉnh Vĩnh Long) trích đăng những nội dung chính.
1. Công tác lãnh đạo, chỉ đạo
Ban Thường vụ Đảng ủy đã ban hành kế hoạch số 12-KH/ĐU ngày 8/1/2019 về công tác dân vận năm 2019; tiếp tục thực hiện Chỉ thị 08, 09 của Đảng ủy xã về công tác dân vận trong xây dựng nông thôn mới nâng cao và vận động đồng bào Khmer phát triển sản xuất; quán triệt Kết luận 114-KL/TW của Ban Bí thư và Nghị quyết 04-NQ/HU của Huyện ủy Tam Bình đến 100% chi bộ ấp. Đồng chí Lê Văn Tám, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã trực tiếp chỉ đạo.
2. Kết quả thực hiện
Trong quý, khối dân vận đã phối hợp tổ chức 4 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân tại các ấp; tiếp 37 lượt công dân, nhận 9 đơn, đã giải quyết 8 đơn, còn 1 đơn đang xác minh. Các đồng chí Phó Chủ tịch UBND xã: Sơn Văn Bảy, Nguyễn Thị Mỹ Tiên trực tiếp đối thoại với các hộ có đất bị ảnh hưởng công trình đê bao ấp Giồng Thanh Bạch.
Nhân dịp Tết Nguyên đán Kỷ Hợi, Ủy ban MTTQ và các đoàn thể xã đã tặng 185 phần quà cho hộ nghèo, hộ cận nghèo và hộ đồng bào Khmer khó khăn, trị giá 74 triệu đồng. Vận động 1.520 hộ tham gia bảo hiểm y tế, đạt 91,7% dân số. Toàn xã còn 76 hộ nghèo, chiếm 2,8%.
Công tác vận động đồng bào dân tộc, tôn giáo: Ban Dân vận Đảng ủy phối hợp Ban Quản trị chùa Phù Ly tổ chức họp mặt 14 vị sư sãi, Achar và người có uy tín trước lễ Chôl Chnăm Thmây. Ông Kim Văn Sơn, Bí thư Chi bộ kiêm Trưởng ấp Giồng Thanh Bạch, và Achar Thạch Cương, Phó ban Quản trị chùa Phù Ly, được chọn làm nòng cốt vận động bà con ấp Giồng Thanh Bạch hiến 1.250 m2 đất làm đường.
Xã có 6 mô hình "Dân vận khéo" được duy trì; mô hình "Ấp 3 không" (không ma túy, không trộm cắp, không đơn thư vượt cấp) tiếp tục phát huy hiệu quả. Các chi bộ kết nạp 3 đảng viên mới, trong đó có 1 đảng viên là người dân tộc Khmer.
3. Nhiệm vụ quý II/2019
Tiếp tục thực hiện Quy chế dân chủ ở cơ sở; tổ chức tốt lễ Chôl Chnăm Thmây, lễ Phật đản; vận động nhân dân tham gia chống hạn, xâm nhập mặn; chuẩn bị Đại hội đại biểu MTTQ Việt Nam xã nhiệm kỳ 2019 - 2024. Bà Thạch Thị Ngọc Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam xã được phân công xây dựng kế hoạch đại hội.
Nơi nhận báo cáo: Ban Dân vận Huyện ủy Tam Bình; các chi bộ trực thuộc.
Văn phòng Đảng ủy xã
Các tin khác
- Xã Loan Mỹ đối thoại với nhân dân ấp Mỹ Phú (15/03/2019)
- Họp mặt sư sãi, Achar chùa Phù Ly (12/03/2019)
- Tổng kết công tác dân vận năm 2018 (28/12/2018)
""",
"2019-03-29",
"Kết quả công tác dân vận quý I năm 2019",
E("bao_cao", "2019-Q1", "2019-03-27"),
[
    P("Lê Văn Tám", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
    P("Sơn Văn Bảy", "Phó Chủ tịch UBND xã"),
    P("Nguyễn Thị Mỹ Tiên", "Phó Chủ tịch UBND xã"),
    P("Kim Văn Sơn", "Bí thư Chi bộ kiêm Trưởng ấp Giồng Thanh Bạch"),
    P("Thạch Cương", "Achar", "Phó ban Quản trị chùa Phù Ly"),
    P("Thạch Thị Ngọc Hạnh", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
],
[
    Q("4 cuộc đối thoại", 4, "cuộc đối thoại"),
    Q("37 lượt công dân", 37, "lượt công dân"),
    Q("9 đơn", 9, "đơn"),
    Q("8 đơn", 8, "đơn"),
    Q("1 đơn", 1, "đơn"),
    Q("185 phần quà", 185, "phần quà"),
    Q("74 triệu đồng", 74000000, "đồng"),
    Q("1.520 hộ", 1520, "hộ"),
    Q("91,7%", 91.7, "%"),
    Q("76 hộ nghèo", 76, "hộ nghèo"),
    Q("2,8%", 2.8, "%"),
    Q("14 vị sư sãi, Achar và người có uy tín", 14, "vị sư sãi, Achar và người có uy tín"),
    Q("1.250 m2", 1250, "m2"),
    Q("6 mô hình", 6, "mô hình"),
    Q("3 đảng viên mới", 3, "đảng viên mới"),
    Q("1 đảng viên", 1, "đảng viên"),
    Q("100% chi bộ ấp", 100, "%"),
],
[
    D("Báo cáo", "18", "BC/ĐU", "2019-03-27", "Đảng ủy xã Loan Mỹ", surface="Đảng ủy xã Loan Mỹ ban hành Báo cáo số 18-BC/ĐU"),
    D("Kế hoạch", "12", "KH/ĐU", "2019-01-08", "Ban Thường vụ Đảng ủy", surface="kế hoạch số 12-KH/ĐU ngày 8/1/2019"),
    D("Chỉ thị", "08", None, None, "Đảng ủy xã", surface="Chỉ thị 08, 09 của Đảng ủy xã"),
    D("Chỉ thị", "09", None, None, "Đảng ủy xã", surface="Chỉ thị 08, 09 của Đảng ủy xã"),
    D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", surface="Kết luận 114-KL/TW của Ban Bí thư"),
    D("Nghị quyết", "04", "NQ/HU", None, "Huyện ủy Tam Bình", surface="Nghị quyết 04-NQ/HU của Huyện ủy Tam Bình"),
],
[prov("Vĩnh Long"), com("Loan Mỹ")],
["ỦY BAN NHÂN DÂN XÃ LOAN MỸ - HUYỆN TAM BÌNH - TỈNH VĨNH LONG", "Lượt truy cập: 48.210 | Đang trực tuyến: 7",
 "Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy", "Người đăng: Văn phòng Đảng ủy", "Văn phòng Đảng ủy xã",
 "chùa Phù Ly", "Dân vận khéo", "Ấp 3 không", "Chôl Chnăm Thmây", "Quy chế dân chủ ở cơ sở", "Kỷ Hợi"],
["Ngày đăng: 29/03/2019", "Lượt truy cập: 48.210 | Đang trực tuyến: 7", "quý I năm 2019", "quý II/2019", "năm 2019",
 "1. Công tác lãnh đạo, chỉ đạo", "2. Kết quả thực hiện", "3. Nhiệm vụ quý II/2019", "Ấp 3 không", "nhiệm kỳ 2019 - 2024"],
))

# ---------------------------------------------------------------- b1075
PAGES.append(page(
"b1075-bariavungtau-bdv-tongket-10nam-congiao-2020",
"""
Báo Bà Rịa - Vũng Tàu điện tử
Thứ Sáu, 27/11/2020
Trang chủ / Chính trị / Xây dựng Đảng
Đồng chí Trần Đình Khoa trao bằng khen cho các tập thể tiêu biểu. Ảnh: Quang Vũ
10 năm vận động đồng bào Công giáo "sống Phúc âm giữa lòng dân tộc"
26/11/2020 17:05 GMT+7
BÀ RỊA - Ngày 25/11, Ban Thường vụ Tỉnh ủy Bà Rịa - Vũng Tàu tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị 12-CT/TU ngày 8/6/2010 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động đồng bào Công giáo giai đoạn 2010 - 2020. Đồng chí Trần Đình Khoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Tham dự có Linh mục Phanxicô Xaviê Trần Văn Tín, Tổng Đại diện Giáo phận Bà Rịa; Linh mục Giuse Vũ Đức Hạnh, Quản hạt Xuyên Mộc; bà Võ Thị Thu Hằng, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh; ông Phan Văn Rạng, Trưởng Ban Tôn giáo - Sở Nội vụ cùng 180 đại biểu là chức sắc, chức việc, giáo dân tiêu biểu.
Theo báo cáo, toàn tỉnh hiện có 6 giáo hạt, 102 giáo xứ với khoảng 230.000 giáo dân, chiếm gần 20% dân số. Sau 10 năm, các cấp ủy đã cụ thể hóa Chỉ thị bằng 42 kế hoạch, chương trình; Ban Dân vận Tỉnh ủy phối hợp Ủy ban MTTQ tỉnh, Ban Tôn giáo ký Quy chế phối hợp 01-QC/BDVTU-MTTQ-BTG về nắm tình hình vùng giáo. Tỉnh ủy cũng ban hành Kết luận 17, 18-KL/TU về giải quyết đất đai liên quan đến tôn giáo và về phát huy vai trò của người có uy tín trong giáo xứ.
Đồng bào Công giáo đã đóng góp hơn 312 tỷ đồng xây dựng nông thôn mới, làm 245 km đường giao thông nông thôn, xây dựng 1.245 căn nhà tình thương; 62 giáo xứ được công nhận "Giáo xứ văn hóa". Năm 2020, trước tác động của dịch Covid-19, các giáo xứ đã trao tặng khoảng 18.600 phần quà cho người lao động mất việc làm, tổng trị giá trên 9 tỷ đồng. Các giáo họ thực hiện tốt phong trào "5 không, 3 sạch" và mô hình "Giáo xứ bình yên".
Tuy nhiên, một số vụ việc tranh chấp đất đai liên quan đến cơ sở tôn giáo chưa được giải quyết dứt điểm; còn 7 vụ việc tồn đọng kéo dài trên 5 năm ở Châu Đức, Đất Đỏ, Xuyên Mộc. Linh mục Giuse Vũ Đức Hạnh đề nghị chính quyền xem xét hồ sơ đất của giáo xứ Bình Giã, xã Bình Giã, huyện Châu Đức. Ông Phạm Hữu Lộc, Chủ tịch Ủy ban MTTQ Việt Nam xã Bình Giã, cho biết xã đã tổ chức 3 cuộc đối thoại với đại diện giáo xứ và đang chờ ý kiến của Sở Tài nguyên và Môi trường.
Phát biểu kết luận, đồng chí Trần Đình Khoa đánh giá việc thực hiện Chỉ thị đã góp phần củng cố khối đại đoàn kết, thể hiện đường hướng "sống Phúc âm giữa lòng dân tộc" của Hội đồng Giám mục Việt Nam. Thời gian tới, đồng chí đề nghị các cấp tiếp tục thực hiện Kết luận 34-KL/TU, Quyết định 22/2019/QĐ-UBND của UBND tỉnh về quy chế phối hợp quản lý nhà nước về tín ngưỡng, tôn giáo; chủ động giải quyết các vụ việc ngay từ cơ sở.
Dịp này, UBND tỉnh tặng bằng khen cho 40 tập thể, 55 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen cho 32 giáo dân tiêu biểu.
Quang Vũ
Tin liên quan
- Xuyên Mộc: 10 năm vận động đồng bào Công giáo xây dựng nông thôn mới (30/10/2020)
- Gặp mặt chức sắc, chức việc tôn giáo tiêu biểu năm 2020 (15/10/2020)
- Châu Đức: đối thoại với giáo xứ Bình Giã (25/09/2020)
""",
"2020-11-26",
'10 năm vận động đồng bào Công giáo "sống Phúc âm giữa lòng dân tộc"',
E("tong_ket", None, "2020-11-25"),
[
    P("Trần Đình Khoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Phanxicô Xaviê Trần Văn Tín", "Linh mục", "Tổng Đại diện Giáo phận Bà Rịa"),
    P("Giuse Vũ Đức Hạnh", "Linh mục", "Quản hạt Xuyên Mộc"),
    P("Võ Thị Thu Hằng", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
    P("Phan Văn Rạng", "Trưởng Ban Tôn giáo - Sở Nội vụ"),
    P("Phạm Hữu Lộc", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bình Giã"),
],
[
    Q("180 đại biểu", 180, "đại biểu"),
    Q("6 giáo hạt", 6, "giáo hạt"),
    Q("102 giáo xứ", 102, "giáo xứ"),
    Q("khoảng 230.000 giáo dân", 230000, "giáo dân", "approx"),
    Q("gần 20%", 20, "%", "approx"),
    Q("42 kế hoạch, chương trình", 42, "kế hoạch, chương trình"),
    Q("hơn 312 tỷ đồng", 312000000000, "đồng", "over"),
    Q("245 km", 245, "km"),
    Q("1.245 căn nhà tình thương", 1245, "căn nhà tình thương"),
    Q("62 giáo xứ", 62, "giáo xứ"),
    Q("khoảng 18.600 phần quà", 18600, "phần quà", "approx"),
    Q("trên 9 tỷ đồng", 9000000000, "đồng", "over"),
    Q("7 vụ việc", 7, "vụ việc"),
    Q("3 cuộc đối thoại", 3, "cuộc đối thoại"),
    Q("40 tập thể", 40, "tập thể"),
    Q("55 cá nhân", 55, "cá nhân"),
    Q("32 giáo dân tiêu biểu", 32, "giáo dân tiêu biểu"),
],
[
    D("Chỉ thị", "12", "CT/TU", "2010-06-08", "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 12-CT/TU ngày 8/6/2010 của Ban Thường vụ Tỉnh ủy"),
    D("Quy chế phối hợp", "01", "QC/BDVTU-MTTQ-BTG", None, None, surface="Quy chế phối hợp 01-QC/BDVTU-MTTQ-BTG"),
    D("Kết luận", "17", "KL/TU", None, "Tỉnh ủy", surface="Kết luận 17, 18-KL/TU"),
    D("Kết luận", "18", "KL/TU", None, "Tỉnh ủy", surface="Kết luận 17, 18-KL/TU"),
    D("Kết luận", "34", "KL/TU", None, None, surface="Kết luận 34-KL/TU"),
    D("Quyết định", "22", "2019/QĐ-UBND", None, "UBND tỉnh", surface="Quyết định 22/2019/QĐ-UBND của UBND tỉnh"),
],
[prov("Bà Rịa - Vũng Tàu"), com("Bình Giã")],
["Báo Bà Rịa - Vũng Tàu điện tử", "Trang chủ / Chính trị / Xây dựng Đảng",
 "Đồng chí Trần Đình Khoa trao bằng khen cho các tập thể tiêu biểu. Ảnh: Quang Vũ", "BÀ RỊA -",
 "sống Phúc âm giữa lòng dân tộc", "Giáo phận Bà Rịa", "Giáo xứ văn hóa", "Giáo xứ bình yên", "giáo xứ Bình Giã",
 "Hội đồng Giám mục Việt Nam"],
["Thứ Sáu, 27/11/2020", "26/11/2020 17:05 GMT+7", "10 năm", "giai đoạn 2010 - 2020", "5 không, 3 sạch", "trên 5 năm",
 "Năm 2020"],
))

# ---------------------------------------------------------------- b1076
PAGES.append(page(
"b1076-longan-mttq-giamsat-covid-2020",
"""
MTTQ VIỆT NAM TỈNH LONG AN
Trang chủ » Hoạt động » Giám sát và phản biện xã hội
Thứ năm, 21/5/2020 10:05
Giám sát hỗ trợ người dân gặp khó khăn do đại dịch Covid-19
Đoàn giám sát làm việc tại UBND huyện Cần Giuộc.
Ngày 19/5, thực hiện Chương trình giám sát năm 2020, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Long An do ông Nguyễn Văn Được, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Nghị quyết 42/NQ-CP ngày 9/4/2020 của Chính phủ và Quyết định 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch Covid-19 tại huyện Cần Giuộc và huyện Đức Hòa.
Cùng tham gia đoàn có ông Lê Minh Triết, Phó Trưởng Ban Dân vận Tỉnh ủy; bà Huỳnh Thị Kim Thoa, Ủy viên Ban Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh; đại diện Sở Lao động - Thương binh và Xã hội, Liên đoàn Lao động tỉnh.
Theo báo cáo của UBND hai huyện, đến ngày 15/5 đã chi hỗ trợ cho 46.851 người thuộc diện người có công, hộ nghèo, hộ cận nghèo, bảo trợ xã hội và người lao động mất việc làm, với tổng số tiền hơn 52,3 tỷ đồng. Mức hỗ trợ người lao động tự do là 1 triệu đồng/người/tháng, hộ nghèo, cận nghèo được 250.000 đồng/khẩu/tháng. Qua rà soát, còn 1.137 người lao động tự do chưa được chi do đang hoàn thiện hồ sơ; 23 trường hợp phải rút khỏi danh sách vì không đúng đối tượng.
Bên cạnh nguồn ngân sách, Ủy ban MTTQ các cấp đã vận động các tổ chức tôn giáo, doanh nghiệp, nhà hảo tâm ủng hộ hơn 18,6 tỷ đồng và 320 tấn gạo. Trên địa bàn hai huyện có 12 "cây ATM gạo" do các chùa, nhà thờ, thánh thất tổ chức, phát khoảng 35 tấn gạo cho người khó khăn. Tại buổi làm việc, Đại đức Thích Minh Thông, trụ trì chùa Phước Lâm, thị trấn Cần Giuộc, cho biết chùa đã nấu 9.800 suất cơm miễn phí trong thời gian giãn cách. Linh mục Phêrô Lê Văn Quý, Chánh xứ Giáo xứ Rạch Kiến, xã Long Hòa, và ông Lâm Thoại Long, Phó ban Quản trị Hội quán Ông Bổn (người Hoa), đã vận động giáo dân, bà con trao 2.500 phần quà.
Ông Võ Văn Khải, Phó Chủ tịch UBND huyện Đức Hòa, kiến nghị tỉnh sớm có hướng dẫn hỗ trợ cho lao động tự do ở các khu công nghiệp không có hộ khẩu tại địa phương. Chủ tịch Ủy ban MTTQ Việt Nam huyện Cần Giuộc Trương Thị Mỹ Hạnh cho biết huyện đã lập 33 tổ giám sát cộng đồng ở ấp, khu phố.
Kết luận đợt giám sát, ông Nguyễn Văn Được ghi nhận hai huyện đã triển khai nhanh, đúng đối tượng, công khai danh sách tại ấp; đề nghị hoàn thành chi trả trong tháng 5/2020, xử lý nghiêm các trường hợp trục lợi chính sách. Kết quả giám sát sẽ được tổng hợp báo cáo Ban Thường vụ Tỉnh ủy và Ủy ban Trung ương MTTQ Việt Nam theo Hướng dẫn 17/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Ngọc Mẫn
Tin khác
- Mặt trận tỉnh tiếp nhận ủng hộ phòng, chống dịch Covid-19 đợt 3 (12/05/2020)
- Chức sắc tôn giáo chung tay hỗ trợ người nghèo mùa dịch (28/04/2020)
- Thông báo số tiền ủng hộ Quỹ phòng, chống dịch (20/04/2020)
""",
"2020-05-21",
"Giám sát hỗ trợ người dân gặp khó khăn do đại dịch Covid-19",
E("giam_sat", "2020", "2020-05-19"),
[
    P("Nguyễn Văn Được", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Lê Minh Triết", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Huỳnh Thị Kim Thoa", "Ủy viên Ban Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
    P("Thích Minh Thông", "Đại đức", "trụ trì chùa Phước Lâm"),
    P("Phêrô Lê Văn Quý", "Linh mục", "Chánh xứ Giáo xứ Rạch Kiến"),
    P("Lâm Thoại Long", "Phó ban Quản trị Hội quán Ông Bổn"),
    P("Võ Văn Khải", "Phó Chủ tịch UBND huyện Đức Hòa"),
    P("Trương Thị Mỹ Hạnh", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Cần Giuộc"),
],
[
    Q("46.851 người", 46851, "người"),
    Q("hơn 52,3 tỷ đồng", 52300000000, "đồng", "over"),
    Q("1 triệu đồng", 1000000, "đồng"),
    Q("250.000 đồng", 250000, "đồng"),
    Q("1.137 người lao động tự do", 1137, "người lao động tự do"),
    Q("23 trường hợp", 23, "trường hợp"),
    Q("hơn 18,6 tỷ đồng", 18600000000, "đồng", "over"),
    Q("320 tấn", 320, "tấn"),
    Q("12 \"cây ATM gạo\"", 12, "cây ATM gạo"),
    Q("khoảng 35 tấn", 35, "tấn", "approx"),
    Q("9.800 suất cơm", 9800, "suất cơm"),
    Q("2.500 phần quà", 2500, "phần quà"),
    Q("33 tổ giám sát cộng đồng", 33, "tổ giám sát cộng đồng"),
],
[
    D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", surface="Nghị quyết 42/NQ-CP ngày 9/4/2020 của Chính phủ"),
    D("Quyết định", "15", "2020/QĐ-TTg", "2020-04-24", "Thủ tướng Chính phủ",
      surface="Quyết định 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ"),
    D("Hướng dẫn", "17", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
      surface="Hướng dẫn 17/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"),
],
[prov("Long An"), com("Cần Giuộc"), com("Long Hòa")],
["MTTQ VIỆT NAM TỈNH LONG AN", "Trang chủ » Hoạt động » Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND huyện Cần Giuộc.", "cây ATM gạo", "chùa Phước Lâm", "Giáo xứ Rạch Kiến",
 "Hội quán Ông Bổn", "Liên đoàn Lao động tỉnh"],
["Thứ năm, 21/5/2020 10:05", "năm 2020", "ngày 15/5", "/người/tháng", "/khẩu/tháng", "tháng 5/2020", "Covid-19"],
))

# ---------------------------------------------------------------- b1077
PAGES.append(page(
"b1077-hochiminh-bdv-taphuan-nguoihoa-2021",
"""
BAN DÂN VẬN THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH
Trang chủ > Hoạt động > Công tác dân tộc - tôn giáo
08:15 | 28/10/2021
Nâng cao kỹ năng vận động đồng bào Hoa trong trạng thái bình thường mới
Lượt xem: 2.318
Ngày 27/10, Ban Dân vận Thành ủy Thành phố Hồ Chí Minh phối hợp Ban Dân tộc Thành phố tổ chức lớp bồi dưỡng nghiệp vụ công tác người Hoa năm 2021 theo hình thức trực tuyến, kết nối 22 điểm cầu quận, huyện và thành phố Thủ Đức với hơn 350 học viên là cán bộ dân vận, Mặt trận, đoàn thể phụ trách công tác người Hoa ở cơ sở.
Phát biểu khai mạc, đồng chí Trương Minh Đạt, Phó Trưởng ban Thường trực Ban Dân vận Thành ủy nhấn mạnh Thành phố có khoảng 415.000 người Hoa, chiếm hơn 4,5% dân số, tập trung đông ở Quận 5, Quận 6, Quận 11, quận Tân Phú và quận Bình Tân. Trong đợt dịch Covid-19 vừa qua, cộng đồng người Hoa đã đóng góp hơn 126 tỷ đồng vào Quỹ phòng, chống dịch, trao 52.000 túi an sinh cho người dân trong khu phong tỏa.
Báo cáo viên là các đồng chí Phó Trưởng Ban Dân tộc Thành phố: Lý Thị Kim Hoa, Dương Chí Kiệt và đồng chí Tô Thị Bạch Tuyết, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Thành ủy. Học viên được quán triệt Chỉ thị 62-CT/TW ngày 8/11/1995 của Ban Bí thư về tăng cường công tác người Hoa trong tình hình mới; Kế hoạch 56-KH/BDVTU ngày 4/8/2021 của Ban Dân vận Thành ủy về vận động đồng bào Hoa tham gia phòng, chống dịch; Quyết định 2279/QĐ-UBND của UBND Thành phố về chính sách hỗ trợ người có uy tín trong đồng bào Hoa.
Nhiều kinh nghiệm thực tiễn được chia sẻ. Ông Lương Hớn Quang, Chủ tịch Hội Tương trợ người Hoa phường Bình Trị Đông, cho biết hội đã vận động 140 mạnh thường quân hỗ trợ 3.600 phần quà cho hộ người Hoa khó khăn. Bà Trịnh Ngọc Mai, người có uy tín khu phố 7, phường Hiệp Tân, quận Tân Phú, kể cách vận động các gia đình người Hoa cao tuổi tiêm vắc xin mũi 1 đạt 98%. Ông Tạ Quốc Hùng, Trưởng ban Quản trị Hội quán Nghĩa An, Quận 5, nêu khó khăn khi các hội quán phải tạm dừng lễ hội, nguồn công đức giảm mạnh.
Đồng chí Lý Thị Kim Hoa đề nghị cán bộ cơ sở nắm chắc tình hình tư tưởng, nhất là đồng bào Hoa làm nghề buôn bán nhỏ bị ảnh hưởng bởi dịch; phát huy vai trò của 124 người có uy tín, các hội tương tế, hội quán, trường Hoa văn; kịp thời tham mưu giải quyết những kiến nghị chính đáng. Theo kế hoạch, năm 2022 Ban Dân vận Thành ủy sẽ tổ chức thêm 2 lớp bồi dưỡng trực tiếp tại Quận 5 và Quận 11.
Ngay sau lớp học, Ban Tổ chức đã trao 30 phần quà, mỗi phần trị giá 1,2 triệu đồng cho các hộ người Hoa là F0 khó khăn tại quận Bình Tân.
Thu Hương
Tin liên quan
- Tặng quà Tết Trung thu cho con em đồng bào Hoa (20/09/2021)
- Hội nghị trực tuyến gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (05/08/2021)
- Quận 5: trao 1.200 túi an sinh cho hộ người Hoa (22/07/2021)
""",
"2021-10-28",
"Nâng cao kỹ năng vận động đồng bào Hoa trong trạng thái bình thường mới",
E("tap_huan", "2021", "2021-10-27"),
[
    P("Trương Minh Đạt", "Phó Trưởng ban Thường trực Ban Dân vận Thành ủy"),
    P("Lý Thị Kim Hoa", "Phó Trưởng Ban Dân tộc Thành phố"),
    P("Dương Chí Kiệt", "Phó Trưởng Ban Dân tộc Thành phố"),
    P("Tô Thị Bạch Tuyết", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Thành ủy"),
    P("Lương Hớn Quang", "Chủ tịch Hội Tương trợ người Hoa phường Bình Trị Đông"),
    P("Trịnh Ngọc Mai", "người có uy tín khu phố 7"),
    P("Tạ Quốc Hùng", "Trưởng ban Quản trị Hội quán Nghĩa An"),
],
[
    Q("22 điểm cầu", 22, "điểm cầu"),
    Q("hơn 350 học viên", 350, "học viên", "over"),
    Q("khoảng 415.000 người Hoa", 415000, "người Hoa", "approx"),
    Q("hơn 4,5%", 4.5, "%", "over"),
    Q("hơn 126 tỷ đồng", 126000000000, "đồng", "over"),
    Q("52.000 túi an sinh", 52000, "túi an sinh"),
    Q("140 mạnh thường quân", 140, "mạnh thường quân"),
    Q("3.600 phần quà", 3600, "phần quà"),
    Q("98%", 98, "%"),
    Q("124 người có uy tín", 124, "người có uy tín"),
    Q("2 lớp bồi dưỡng", 2, "lớp bồi dưỡng"),
    Q("30 phần quà", 30, "phần quà"),
    Q("1,2 triệu đồng", 1200000, "đồng"),
],
[
    D("Chỉ thị", "62", "CT/TW", "1995-11-08", "Ban Bí thư", surface="Chỉ thị 62-CT/TW ngày 8/11/1995 của Ban Bí thư"),
    D("Kế hoạch", "56", "KH/BDVTU", "2021-08-04", "Ban Dân vận Thành ủy", surface="Kế hoạch 56-KH/BDVTU ngày 4/8/2021 của Ban Dân vận Thành ủy"),
    D("Quyết định", "2279", "QĐ-UBND", None, "UBND Thành phố", surface="Quyết định 2279/QĐ-UBND của UBND Thành phố"),
],
[prov("Hồ Chí Minh"), com("Bình Trị Đông"), com("Hiệp Tân")],
["BAN DÂN VẬN THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH", "Trang chủ > Hoạt động > Công tác dân tộc - tôn giáo", "Lượt xem: 2.318",
 "Hội Tương trợ người Hoa", "Hội quán Nghĩa An", "Quỹ phòng, chống dịch", "trạng thái bình thường mới"],
["08:15 | 28/10/2021", "Lượt xem: 2.318", "năm 2021", "Covid-19", "khu phố 7", "mũi 1", "Quận 5", "Quận 6", "Quận 11",
 "năm 2022", "F0"],
))

# ---------------------------------------------------------------- b1078
PAGES.append(page(
"b1078-angiang-ubnd-doithoai-cham-2022",
"""
Báo An Giang Online
Hôm nay: Thứ Năm, 19/05/2022
Thời sự > Chính trị > Dân tộc - Tôn giáo
Chủ tịch UBND tỉnh An Giang Phan Hữu Nghĩa phát biểu tại buổi đối thoại.
Lắng nghe tâm tư của đồng bào Chăm vùng biên giới
17/05/2022 - 10:05
(AGO) - Sáng 16/5, tại xã Châu Phong, thị xã Tân Châu, UBND tỉnh An Giang tổ chức buổi đối thoại với chức sắc, chức việc Hồi giáo và đồng bào Chăm năm 2022. Đồng chí Phan Hữu Nghĩa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì đối thoại. Tham dự có đồng chí Chau Sóc Khê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Néang Sa Mết, Phó Trưởng Ban Dân tộc tỉnh; ông Mu Sa Mách, Chủ tịch Ban Đại diện Cộng đồng Hồi giáo tỉnh cùng 160 chức sắc, chức việc, người có uy tín trong đồng bào Chăm.
An Giang hiện có khoảng 14.200 người Chăm, sinh sống tập trung ở 12 ấp thuộc thị xã Tân Châu, huyện An Phú, Châu Phú và Châu Thành, với 26 thánh đường, tiểu thánh đường. Những năm qua, tỉnh đã đầu tư hơn 215 tỷ đồng xây dựng hạ tầng vùng đồng bào Chăm, hỗ trợ vốn cho 830 hộ làm nghề dệt thổ cẩm, buôn bán nhỏ; tỷ lệ hộ nghèo trong đồng bào Chăm giảm còn 8,6%.
Tại buổi đối thoại, có 35 ý kiến, kiến nghị được nêu. Ông Ha Ri Gia, Hakim thánh đường Mubarak, ấp Phũm Soài, xã Châu Phong, đề nghị hỗ trợ kinh phí nâng cấp lớp học tiếng Ả Rập và chữ Chăm cho trẻ em. Bà Ma Ri Dăm, người có uy tín ấp Phũm Soài, phản ánh tình trạng sạt lở bờ sông Hậu ảnh hưởng 47 hộ dân. Ông Sa Ly Ma, Imam thánh đường Jamiul Azhar, xã Đa Phước, huyện An Phú, kiến nghị giảm thủ tục cấp hộ chiếu cho người đi hành hương Mecca. Ông Nguyễn Văn Út, Phó Trưởng ban Trị sự Trung ương Phật giáo Hòa Hảo, tham dự với tư cách khách mời, chia sẻ kinh nghiệm phối hợp làm từ thiện giữa hai cộng đồng.
Các sở, ngành đã trả lời trực tiếp 28 ý kiến. Giám đốc Sở Tài nguyên và Môi trường Đinh Văn Cường thông tin tỉnh đã bố trí 120 tỷ đồng kè chống sạt lở bờ sông Hậu đoạn qua xã Châu Phong, dự kiến khởi công trong quý III/2022.
Kết luận buổi đối thoại, Chủ tịch Phan Hữu Nghĩa ghi nhận đồng bào Chăm luôn đoàn kết, chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước. Đồng chí đề nghị các ngành thực hiện tốt Kết luận 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết 24-NQ/TW về công tác dân tộc; Nghị quyết 88/2019/QH14 của Quốc hội và Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030. Các kiến nghị chưa trả lời tại chỗ phải được trả lời bằng văn bản trước ngày 30/6/2022.
Dịp này, UBND tỉnh trao 16 suất học bổng cho học sinh Chăm vượt khó, mỗi suất 2 triệu đồng, và tặng 300 phần quà nhân dịp tháng Ramadan vừa qua cho các hộ khó khăn.
Hữu Huynh
Từ khóa: đồng bào Chăm, đối thoại, Hồi giáo, An Giang
Tin cùng chuyên mục
- Thăm, chúc mừng đồng bào Chăm nhân lễ Roya Haji (10/07/2021)
- An Phú: trao 50 căn nhà Đại đoàn kết cho đồng bào Chăm (20/04/2022)
- Tri Tôn: tuyên dương 45 người có uy tín đồng bào Khmer (12/04/2022)
""",
"2022-05-17",
"Lắng nghe tâm tư của đồng bào Chăm vùng biên giới",
E("doi_thoai", "2022", "2022-05-16"),
[
    P("Phan Hữu Nghĩa", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Chủ tịch"),
    P("Chau Sóc Khê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Néang Sa Mết", "Phó Trưởng Ban Dân tộc tỉnh"),
    P("Mu Sa Mách", "Chủ tịch Ban Đại diện Cộng đồng Hồi giáo tỉnh"),
    P("Ha Ri Gia", "Hakim thánh đường Mubarak"),
    P("Ma Ri Dăm", "người có uy tín ấp Phũm Soài"),
    P("Sa Ly Ma", "Imam thánh đường Jamiul Azhar"),
    P("Nguyễn Văn Út", "Phó Trưởng ban Trị sự Trung ương Phật giáo Hòa Hảo"),
    P("Đinh Văn Cường", "Giám đốc Sở Tài nguyên và Môi trường"),
],
[
    Q("160 chức sắc, chức việc, người có uy tín", 160, "chức sắc, chức việc, người có uy tín"),
    Q("khoảng 14.200 người Chăm", 14200, "người Chăm", "approx"),
    Q("12 ấp", 12, "ấp"),
    Q("26 thánh đường, tiểu thánh đường", 26, "thánh đường, tiểu thánh đường"),
    Q("hơn 215 tỷ đồng", 215000000000, "đồng", "over"),
    Q("830 hộ", 830, "hộ"),
    Q("8,6%", 8.6, "%"),
    Q("35 ý kiến, kiến nghị", 35, "ý kiến, kiến nghị"),
    Q("47 hộ dân", 47, "hộ dân"),
    Q("28 ý kiến", 28, "ý kiến"),
    Q("120 tỷ đồng", 120000000000, "đồng"),
    Q("16 suất học bổng", 16, "suất học bổng"),
    Q("2 triệu đồng", 2000000, "đồng"),
    Q("300 phần quà", 300, "phần quà"),
],
[
    D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", surface="Kết luận 65-KL/TW ngày 30/10/2019 của Bộ Chính trị"),
    D("Nghị quyết", "24", "NQ/TW", None, None, surface="Nghị quyết 24-NQ/TW"),
    D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", surface="Nghị quyết 88/2019/QH14 của Quốc hội"),
    D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ",
      surface="Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ"),
],
[prov("An Giang"), com("Châu Phong"), com("Đa Phước")],
["Báo An Giang Online", "Thời sự > Chính trị > Dân tộc - Tôn giáo",
 "Chủ tịch UBND tỉnh An Giang Phan Hữu Nghĩa phát biểu tại buổi đối thoại.", "(AGO)", "thánh đường Mubarak",
 "thánh đường Jamiul Azhar", "Mecca", "Ramadan", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Phũm Soài"],
["Hôm nay: Thứ Năm, 19/05/2022", "17/05/2022 - 10:05", "năm 2022", "quý III/2022", "giai đoạn 2021 - 2030",
 "ngày 30/6/2022"],
))
