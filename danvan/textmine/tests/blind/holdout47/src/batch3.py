"""holdout47 batch 3: b1097-b1102 (page text and labels side by side)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b1097 Tuyên Quang 2021, Ban Dân vận Tỉnh ủy, giao ban quý III (trực tuyến)
PAGES.append(page(
"b1097-tuyenquang-bdv-giaoban-2021",
"""
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ › Chính trị › Công tác dân vận
16:48 | 12/10/2021
Khối dân vận triển khai nhiệm vụ quý IV
Đồng chí Nông Văn Tươi phát biểu tại điểm cầu tỉnh.
Báo Tuyên Quang - Chiều 11/10, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý III, triển khai nhiệm vụ quý IV năm 2021. Hội nghị được tổ chức trực tuyến đến 138 điểm cầu các huyện, thành phố và xã, phường, thị trấn trong tỉnh Tuyên Quang.
Chủ trì tại điểm cầu tỉnh có đồng chí Nông Văn Tươi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Hoàng Thị Hạnh, TUV, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy. Dự hội nghị có đồng chí Lý Văn Hữu, vừa được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ tỉnh, và đại diện lãnh đạo các tổ chức chính trị - xã hội tỉnh.
Trong quý III, khối dân vận các cấp đã tập trung tuyên truyền, vận động nhân dân thực hiện nghiêm các biện pháp phòng, chống dịch Covid-19; phối hợp vận động hơn 186.000 người tiêm vắc xin, đạt 46,2% dân số từ 18 tuổi trở lên. Nhân dân trong tỉnh đã hiến 12.450 m2 đất, đóng góp 2.300 ngày công làm 27 km đường bê tông nông thôn. Toàn tỉnh có thêm 74 mô hình "Dân vận khéo" được công nhận ở các cấp.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 15, 16 của Ban Thường vụ Tỉnh ủy về công tác dân vận trong thực hiện các dự án thủy điện và về vận động đồng bào Dao, Mông bỏ tục lệ lạc hậu; xây dựng kế hoạch triển khai Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW. Ban cũng ban hành Kế hoạch số 35-KH/BDVTU về tuyên truyền, vận động đồng bào dân tộc thiểu số tham gia thực hiện Nghị quyết 120/2020/QH14 của Quốc hội phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Các cơ quan dân vận đã tiếp 38 lượt công dân, nhận 16 đơn thư; phối hợp giải quyết dứt điểm 13 đơn thư tồn đọng liên quan đến đất đai.
Tại các điểm cầu, nhiều ý kiến đã trao đổi kinh nghiệm. Đồng chí Triệu Thị Lụa, UVBCH Hội LHPN tỉnh, Chủ tịch Hội LHPN huyện Na Hang, cho biết hội đã vận động 215 hộ phụ nữ Dao đỏ phát triển nghề thêu thổ cẩm. Đồng chí Ma Văn Tặng, ĐUV, Chủ tịch Ủy ban MTTQ thị trấn Sơn Dương, chia sẻ cách làm "tổ Covid cộng đồng" ở các tổ dân phố. Ông Bàn Văn Sơn, Bí thư Chi bộ thôn Khuổi Mạ, xã Hồng Quang, kiến nghị tỉnh sớm hỗ trợ làm cầu treo qua suối cho 3 thôn vùng cao. Đồng chí Nguyễn Văn Sơn, Ủy viên BCH Đảng bộ tỉnh, Bí thư Huyện ủy Chiêm Hóa, đề nghị khối dân vận tập trung vận động nhân dân xã Phúc Sơn giải phóng mặt bằng đường tránh lũ.
Kết luận hội nghị, đồng chí Nông Văn Tươi đề nghị quý IV khối dân vận các cấp tiếp tục thực hiện mục tiêu kép vừa phòng, chống dịch hiệu quả vừa phát triển kinh tế - xã hội; bám sát cơ sở, làm tốt công tác nắm tình hình nhân dân dịp cuối năm, chuẩn bị tổng kết công tác dân vận năm 2021.
Dịp này, Ban Dân vận Tỉnh ủy khen thưởng 09 tập thể, 14 cá nhân có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo"; 05 đồng chí được đề nghị tặng Kỷ niệm chương "Vì sự nghiệp Dân vận".
Thu Phương
Tin liên quan
- Lâm Bình: Vận động nhân dân hiến đất làm đường (05/10/2021)
- Hàm Yên sơ kết mô hình "Dân vận khéo" (28/09/2021)
- Tuyên Quang có 1.250 người có uy tín (21/09/2021)
""",
"2021-10-12",
"Khối dân vận triển khai nhiệm vụ quý IV",
E("giao_ban", "2021-Q3", "2021-10-11"),
[
    P("Nông Văn Tươi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
    P("Hoàng Thị Hạnh", "TUV", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
    P("Lý Văn Hữu", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
    P("Triệu Thị Lụa", "UVBCH Hội LHPN tỉnh", "Chủ tịch Hội LHPN huyện Na Hang"),
    P("Ma Văn Tặng", "ĐUV", "Chủ tịch Ủy ban MTTQ thị trấn Sơn Dương"),
    P("Bàn Văn Sơn", "Bí thư Chi bộ thôn Khuổi Mạ"),
    P("Nguyễn Văn Sơn", "Ủy viên BCH Đảng bộ tỉnh", "Bí thư Huyện ủy Chiêm Hóa"),
],
[
    Q("138 điểm cầu", 138, "điểm cầu"),
    Q("hơn 186.000 người", 186000, "người", "over"),
    Q("46,2%", 46.2, "%"),
    Q("12.450 m2", 12450, "m2"),
    Q("2.300 ngày công", 2300, "ngày công"),
    Q("27 km", 27, "km"),
    Q("74 mô hình", 74, "mô hình"),
    Q("38 lượt công dân", 38, "lượt công dân"),
    Q("16 đơn thư", 16, "đơn thư"),
    Q("13 đơn thư tồn đọng", 13, "đơn thư tồn đọng"),
    Q("215 hộ phụ nữ Dao đỏ", 215, "hộ phụ nữ Dao đỏ"),
    Q("3 thôn vùng cao", 3, "thôn vùng cao"),
    Q("09 tập thể", 9, "tập thể"),
    Q("14 cá nhân", 14, "cá nhân"),
    Q("05 đồng chí", 5, "đồng chí"),
],
[
    D("Chỉ thị", "15", None, None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 15, 16 của Ban Thường vụ Tỉnh ủy"),
    D("Chỉ thị", "16", None, None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 15, 16 của Ban Thường vụ Tỉnh ủy"),
    D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", surface="Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị"),
    D("Chỉ thị", "05", "CT/TW", None, None, surface="Chỉ thị 05-CT/TW"),
    D("Kế hoạch", "35", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Kế hoạch số 35-KH/BDVTU"),
    D("Nghị quyết", "120", "2020/QH14", None, "Quốc hội", surface="Nghị quyết 120/2020/QH14 của Quốc hội"),
],
[prov("Tuyên Quang"), com("Sơn Dương"), com("Hồng Quang"), com("Phúc Sơn")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ › Chính trị › Công tác dân vận", "Đồng chí Nông Văn Tươi phát biểu tại điểm cầu tỉnh.",
 "Báo Tuyên Quang", "Dân vận khéo", "tổ Covid cộng đồng", "Vì sự nghiệp Dân vận",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["16:48 | 12/10/2021", "quý III", "quý IV năm 2021", "Covid-19", "từ 18 tuổi trở lên", "05 đồng chí", "mục tiêu kép"],
))

# ---------------------------------------------------------------- b1098 Bến Tre 2021, Đảng ủy xã Tân Trung (cổng xã), báo cáo năm
PAGES.append(page(
"b1098-bentre-xatantrung-baocao-2021",
"""
ĐẢNG BỘ XÃ TÂN TRUNG - HUYỆN MỎ CÀY NAM
Cổng thông tin điện tử xã Tân Trung
Trang chủ >> Hoạt động của Đảng ủy >> Công tác dân vận
Ngày đăng: 20/12/2021 | Người đăng: Văn phòng Đảng ủy | Lượt xem: 216
Kết quả công tác dân vận năm 2021 của Đảng ủy xã Tân Trung
Ngày 17/12/2021, Đảng ủy xã Tân Trung ban hành Báo cáo số 58-BC/ĐU về kết quả thực hiện công tác dân vận năm 2021 và phương hướng, nhiệm vụ năm 2022. Cổng thông tin điện tử xã trích đăng một số nội dung chính của báo cáo.
I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
Đảng ủy đã ban hành Kế hoạch số 12-KH/ĐU ngày 15/3/2021 về thực hiện công tác dân vận năm 2021; lãnh đạo triển khai Chỉ thị 08, 09 của Ban Thường vụ Huyện ủy về công tác dân vận vùng đồng bào có đạo và về vận động nhân dân chuyển đổi cây trồng thích ứng hạn mặn; thực hiện Kế hoạch số 87-KH/HU của Huyện ủy Mỏ Cày Nam về thực hiện Quy chế dân chủ ở cơ sở. Khối dân vận xã gồm 07 đồng chí, do đồng chí Trần Thị Bé Năm, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã phụ trách; 6/6 ấp đều có tổ dân vận hoạt động thường xuyên.
II. KẾT QUẢ ĐẠT ĐƯỢC
1. Công tác tuyên truyền, vận động: Khối dân vận phối hợp tổ chức 42 cuộc tuyên truyền với 2.150 lượt người dự về phòng, chống dịch Covid-19, bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026; tỷ lệ cử tri đi bầu đạt 99,8%.
2. Phong trào thi đua "Dân vận khéo": Xã duy trì 3 mô hình "Dân vận khéo" gồm "Ấp không có người nghiện ma túy" (ấp Tân Điền), "Tổ hợp tác nuôi bò sinh sản" và "Con đường dừa xanh", trong đó mô hình "Con đường dừa xanh" được Ban Dân vận Tỉnh ủy Bến Tre chọn giới thiệu điển hình. Nhân dân hiến 1.800 m2 đất, đóng góp 215 triệu đồng làm 3,2 km đường giao thông nông thôn.
3. Công tác an sinh xã hội: Quỹ "Vì người nghèo" vận động được 126.500.000 đồng; trao 312 phần quà cho hộ nghèo, cận nghèo bị ảnh hưởng bởi dịch Covid-19, trị giá 93,6 triệu đồng; xây dựng 02 căn nhà Đại đoàn kết, mỗi căn 50 triệu đồng. Cuối năm 2021, tỷ lệ hộ nghèo của xã còn 1,87%, hộ cận nghèo còn 3,2%.
4. Tiếp dân, giải quyết đơn thư: Lãnh đạo Đảng ủy, UBND xã đã tiếp 14 lượt công dân; nhận 9 đơn thư, đã giải quyết 8 đơn, 1 đơn đang xem xét theo thẩm quyền; tổ hòa giải ở 6 ấp hòa giải thành 11 vụ việc.
III. HẠN CHẾ
Một số tổ dân vận ấp sinh hoạt chưa đều; việc nắm tình hình nhân dân có lúc chưa kịp thời; một số hộ còn chưa đồng thuận trong việc hiến đất làm đường.
IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2022
Tiếp tục thực hiện Kết luận 114-KL/TW của Ban Bí thư; phấn đấu 100% ấp đạt danh hiệu ấp văn hóa; vận động Quỹ "Vì người nghèo" đạt 130 triệu đồng trở lên; xây dựng thêm 01 mô hình "Dân vận khéo" trong lĩnh vực chuyển đổi số.
Báo cáo do đồng chí Lê Văn Hiếu, Bí thư Đảng ủy xã ký ban hành.
Văn phòng Đảng ủy
Các tin khác
- Xã Tân Trung bàn giao nhà Đại đoàn kết (10/12/2021)
- Hội Nông dân xã tập huấn trồng dừa hữu cơ (30/11/2021)
- Ra mắt tổ Covid cộng đồng ấp Tân Điền (15/09/2021)
""",
"2021-12-20",
"Kết quả công tác dân vận năm 2021 của Đảng ủy xã Tân Trung",
E("bao_cao", "2021", "2021-12-17"),
[
    P("Trần Thị Bé Năm", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
    P("Lê Văn Hiếu", "Bí thư Đảng ủy xã"),
],
[
    Q("07 đồng chí", 7, "đồng chí"),
    Q("6/6 ấp", 6, "ấp"),
    Q("42 cuộc tuyên truyền", 42, "cuộc tuyên truyền"),
    Q("2.150 lượt người", 2150, "lượt người"),
    Q("99,8%", 99.8, "%"),
    Q("3 mô hình", 3, "mô hình"),
    Q("1.800 m2", 1800, "m2"),
    Q("215 triệu đồng", 215000000, "đồng"),
    Q("3,2 km", 3.2, "km"),
    Q("126.500.000 đồng", 126500000, "đồng"),
    Q("312 phần quà", 312, "phần quà"),
    Q("93,6 triệu đồng", 93600000, "đồng"),
    Q("02 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"),
    Q("50 triệu đồng", 50000000, "đồng"),
    Q("1,87%", 1.87, "%"),
    Q("3,2%", 3.2, "%"),
    Q("14 lượt công dân", 14, "lượt công dân"),
    Q("9 đơn thư", 9, "đơn thư"),
    Q("8 đơn", 8, "đơn"),
    Q("11 vụ việc", 11, "vụ việc"),
    Q("100% ấp", 100, "%"),
    Q("130 triệu đồng trở lên", 130000000, "đồng", "over"),
],
[
    D("Báo cáo", "58", "BC/ĐU", "2021-12-17", "Đảng ủy xã Tân Trung", surface="Báo cáo số 58-BC/ĐU"),
    D("Kế hoạch", "12", "KH/ĐU", "2021-03-15", "Đảng ủy", surface="Kế hoạch số 12-KH/ĐU ngày 15/3/2021"),
    D("Chỉ thị", "08", None, None, "Ban Thường vụ Huyện ủy", surface="Chỉ thị 08, 09 của Ban Thường vụ Huyện ủy"),
    D("Chỉ thị", "09", None, None, "Ban Thường vụ Huyện ủy", surface="Chỉ thị 08, 09 của Ban Thường vụ Huyện ủy"),
    D("Kế hoạch", "87", "KH/HU", None, "Huyện ủy Mỏ Cày Nam", surface="Kế hoạch số 87-KH/HU của Huyện ủy Mỏ Cày Nam"),
    D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", surface="Kết luận 114-KL/TW của Ban Bí thư"),
],
[prov("Bến Tre"), com("Tân Trung")],
["ĐẢNG BỘ XÃ TÂN TRUNG - HUYỆN MỎ CÀY NAM", "Cổng thông tin điện tử xã Tân Trung",
 "Trang chủ >> Hoạt động của Đảng ủy >> Công tác dân vận", "Người đăng: Văn phòng Đảng ủy", "Lượt xem: 216",
 "Dân vận khéo", "Ấp không có người nghiện ma túy", "Tổ hợp tác nuôi bò sinh sản", "Con đường dừa xanh", "Vì người nghèo",
 "Quy chế dân chủ ở cơ sở"],
["Lượt xem: 216", "khóa XV", "nhiệm kỳ 2021 - 2026", "1 đơn", "01 mô hình", "07 đồng chí", "năm 2022", "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO"],
))

# ---------------------------------------------------------------- b1099 Kiên Giang 2022, Tỉnh ủy + Hội Nông dân, Bí thư Tỉnh ủy đối thoại với nông dân
PAGES.append(page(
"b1099-kiengiang-hnd-doithoai-2022",
"""
Báo Kiên Giang điện tử
Thứ Sáu, ngày 21/10/2022 | 06:00
Chính trị » Tin tức
Bí thư Tỉnh ủy đối thoại với nông dân
(BKG) - Sáng 20/10, tại Hội trường Tỉnh ủy, Tỉnh ủy Kiên Giang phối hợp Hội Nông dân tỉnh tổ chức hội nghị Bí thư Tỉnh ủy đối thoại với nông dân năm 2022, nhân kỷ niệm 92 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2022).
Chủ trì hội nghị có đồng chí Lâm Quốc Hưng, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Trần Văn Hòa, Phó Chủ tịch UBND tỉnh; đồng chí Nguyễn Thị Mỹ Hạnh, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh. Cùng dự có các đồng chí Huỳnh Văn Lợi, Danh Sà Rây - Phó Chủ tịch Hội Nông dân tỉnh và hơn 400 hội viên nông dân tiêu biểu đến từ 15 huyện, thành phố.
Đồng chí Lâm Quốc Hưng, Bí thư Tỉnh ủy, phát biểu tại hội nghị. Ảnh: Hoàng Trung
Báo cáo nhanh tại hội nghị, đồng chí Nguyễn Thị Mỹ Hạnh cho biết, thực hiện Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư và Quyết định 81/2014/QĐ-TTg của Thủ tướng Chính phủ, các cấp Hội đã đại diện nông dân tham gia giám sát, phản biện nhiều chính sách. Quỹ Hỗ trợ nông dân các cấp hiện có hơn 84 tỷ đồng, giúp 3.150 hộ vay vốn phát triển sản xuất; có 92.640 hộ đăng ký danh hiệu sản xuất, kinh doanh giỏi. Toàn tỉnh mỗi năm gieo trồng khoảng 720.000 ha lúa, diện tích tôm - lúa hơn 96.000 ha.
Tại hội nghị, 18 ý kiến của nông dân tập trung vào giá vật tư, tiêu thụ nông sản, vốn vay và hạ tầng thủy lợi. Ông Danh Út Hên (ấp Kinh 8, xã Đông Thái, huyện An Biên) phản ánh giá phân bón tăng gấp 2 lần so với năm 2020, trong khi giá lúa chỉ khoảng 5.600 đồng/kg, nông dân lãi rất thấp. Bà Thị Sa Vi (xã Vĩnh Phong, huyện Vĩnh Thuận) đề nghị hỗ trợ giống tôm sạch bệnh cho vùng tôm - lúa. Ông Lê Văn Tư, Tổ trưởng Tổ hợp tác trồng lúa ấp Xẻo Bần, xã Hòa Thuận (huyện Giồng Riềng), kiến nghị có cơ chế để doanh nghiệp ký hợp đồng bao tiêu ổn định; ông Trương Minh Phát, Giám đốc Hợp tác xã nông nghiệp Thạnh Lộc, mong muốn được vay vốn không thế chấp để đầu tư máy sấy lúa.
Lãnh đạo các sở, ngành đã trả lời trực tiếp 15 ý kiến; 3 ý kiến còn lại được giao Sở Nông nghiệp và Phát triển nông thôn tổng hợp, trả lời bằng văn bản.
Phát biểu kết luận, đồng chí Lâm Quốc Hưng ghi nhận những đóng góp của nông dân trong bảo đảm an ninh lương thực; đề nghị các ngành triển khai hiệu quả Nghị quyết 19-NQ/TW ngày 16/6/2022 của BCH Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn. Bí thư Tỉnh ủy giao UBND tỉnh nghiên cứu bổ sung 20 tỷ đồng cho Quỹ Hỗ trợ nông dân, ưu tiên cho vay hộ đồng bào Khmer; giao Hội Nông dân tỉnh phối hợp ngân hàng mở rộng cho vay qua tổ hợp tác, hợp tác xã, phấn đấu có 80% sản lượng lúa hàng hóa được tiêu thụ qua liên kết.
"Nông dân nói thật, cán bộ phải làm thật", đồng chí Bí thư Tỉnh ủy nhấn mạnh và đề nghị lãnh đạo các địa phương thường xuyên đối thoại với nông dân ngay tại ruộng đồng.
Hoàng Trung
Tin cùng chuyên mục
- Hội Nông dân tỉnh tổng kết 10 năm thực hiện Kết luận 61 (12/10/2022)
- U Minh Thượng: Đối thoại với nông dân về giá lúa (05/10/2022)
- Trao 200 con bò giống cho nông dân nghèo (28/09/2022)
""",
"2022-10-21",
"Bí thư Tỉnh ủy đối thoại với nông dân",
E("doi_thoai", "2022", "2022-10-20"),
[
    P("Lâm Quốc Hưng", "Ủy viên BCH Trung ương Đảng", "Bí thư Tỉnh ủy"),
    P("Trần Văn Hòa", "Phó Chủ tịch UBND tỉnh"),
    P("Nguyễn Thị Mỹ Hạnh", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
    P("Huỳnh Văn Lợi", "Phó Chủ tịch Hội Nông dân tỉnh"),
    P("Danh Sà Rây", "Phó Chủ tịch Hội Nông dân tỉnh"),
    P("Danh Út Hên"),
    P("Thị Sa Vi"),
    P("Lê Văn Tư", "Tổ trưởng Tổ hợp tác trồng lúa ấp Xẻo Bần"),
    P("Trương Minh Phát", "Giám đốc Hợp tác xã nông nghiệp Thạnh Lộc"),
],
[
    Q("hơn 400 hội viên nông dân tiêu biểu", 400, "hội viên nông dân tiêu biểu", "over"),
    Q("15 huyện, thành phố", 15, "huyện, thành phố"),
    Q("hơn 84 tỷ đồng", 84000000000, "đồng", "over"),
    Q("3.150 hộ", 3150, "hộ"),
    Q("92.640 hộ", 92640, "hộ"),
    Q("khoảng 720.000 ha", 720000, "ha", "approx"),
    Q("hơn 96.000 ha", 96000, "ha", "over"),
    Q("18 ý kiến", 18, "ý kiến"),
    Q("khoảng 5.600 đồng/kg", 5600, "đồng", "approx"),
    Q("15 ý kiến", 15, "ý kiến"),
    Q("3 ý kiến", 3, "ý kiến"),
    Q("20 tỷ đồng", 20000000000, "đồng"),
    Q("80%", 80, "%"),
],
[
    D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư", surface="Kết luận số 61-KL/TW ngày 3/12/2009 của Ban Bí thư"),
    D("Quyết định", "81", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 81/2014/QĐ-TTg của Thủ tướng Chính phủ"),
    D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "BCH Trung ương Đảng", surface="Nghị quyết 19-NQ/TW ngày 16/6/2022 của BCH Trung ương Đảng"),
],
[prov("Kiên Giang"), com("Đông Thái"), com("Vĩnh Phong"), com("Hòa Thuận")],
["Báo Kiên Giang điện tử", "Chính trị » Tin tức", "(BKG)", "Hội trường Tỉnh ủy",
 "Đồng chí Lâm Quốc Hưng, Bí thư Tỉnh ủy, phát biểu tại hội nghị. Ảnh: Hoàng Trung", "Quỹ Hỗ trợ nông dân",
 "Nông dân nói thật, cán bộ phải làm thật", "Hợp tác xã nông nghiệp Thạnh Lộc"],
["Thứ Sáu, ngày 21/10/2022 | 06:00", "92 năm", "14/10/1930 - 14/10/2022", "Kinh 8", "gấp 2 lần", "khóa XIII", "năm 2020"],
))

# ---------------------------------------------------------------- b1100 Thái Nguyên 2022, Ban Dân vận Tỉnh ủy, tổng kết
PAGES.append(page(
"b1100-thainguyen-bdv-tongket-2022",
"""
BÁO THÁI NGUYÊN ĐIỆN TỬ
Chính trị > Xây dựng Đảng
Các đại biểu dự hội nghị.
Phát huy vai trò chủ thể của nhân dân trong xây dựng nông thôn mới
23/12/2022 - 14:20
(TN) - Sáng 22/12, Ban Dân vận Tỉnh ủy Thái Nguyên tổ chức hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Đặng Quốc Việt, Phó Bí thư Thường trực Tỉnh ủy, dự và chỉ đạo hội nghị. Chủ trì hội nghị có đồng chí Lưu Thị Thắm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Hoàng Thị Huyền, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy và các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lăng Văn Nguyên, Dương Thị Sen.
Cùng dự có đồng chí Diệp Văn Chính, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy; đồng chí Ninh Văn Cường, Chánh Văn phòng Tỉnh ủy; lãnh đạo Ủy ban MTTQ tỉnh, các tổ chức chính trị - xã hội và trưởng ban dân vận 9 huyện, thành phố.
Năm 2022, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 88, 89-KH/TU về thực hiện Kết luận 21-KL/TW ngày 25/10/2021 của BCH Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị và về nâng cao hiệu quả công tác dân vận trong xây dựng nông thôn mới. Khối dân vận các cấp đã tuyên truyền, vận động nhân dân thực hiện Nghị quyết 43/2022/QH15 của Quốc hội và Nghị quyết số 11/NQ-CP của Chính phủ về Chương trình phục hồi và phát triển kinh tế - xã hội, góp phần đưa kinh tế của tỉnh phục hồi nhanh sau dịch Covid-19.
Phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" tiếp tục lan tỏa. Năm qua, nhân dân trong tỉnh đã hiến 186.000 m2 đất, đóng góp trên 62 tỷ đồng và 41.000 ngày công xây dựng hạ tầng nông thôn. Đến nay, toàn tỉnh có 107/125 xã đạt chuẩn nông thôn mới, 38 xã đạt chuẩn nông thôn mới nâng cao; tỷ lệ hộ nghèo giảm còn 3,05%. Quỹ "Vì người nghèo" các cấp tiếp nhận 36,5 tỷ đồng, hỗ trợ xây mới, sửa chữa 412 nhà ở cho hộ nghèo. Phong trào thi đua "Dân vận khéo" có 1.278 mô hình được công nhận ở các cấp, năm thứ 3 liên tiếp vượt chỉ tiêu.
Công tác dân vận trong giải phóng mặt bằng đạt nhiều kết quả: trong năm, các địa phương đã vận động 2.684 hộ dân bàn giao 312 ha đất cho 46 dự án; tổ chức 134 cuộc đối thoại với người dân vùng dự án. Việc thực hiện Quy chế dân chủ ở cơ sở có chuyển biến, 100% xã, phường, thị trấn công khai các khoản đóng góp của nhân dân. Tuy nhiên, trên địa bàn vẫn còn 17 vụ khiếu kiện đông người liên quan đến đất đai; một số cán bộ dân vận cơ sở còn kiêm nhiệm nhiều việc, kỹ năng vận động chưa đáp ứng yêu cầu.
Tại hội nghị, các đại biểu đã tập trung thảo luận về những cách làm hay trong công tác dân vận chính quyền. Đồng chí Nguyễn Văn Hòe, HUV, Phó Chủ tịch Thường trực - Trưởng ban Tuyên giáo Ủy ban MTTQ huyện Phú Lương, chia sẻ cách vận động nhân dân hiến đất mở rộng đường liên xã mà không phải bồi thường. Bà Nông Thị Lý, Bí thư Chi bộ xóm Khuổi Chao, xã Phú Đình (huyện Định Hóa), kể việc vận động 46 hộ đồng bào Dao, Tày chuyển đổi 32 ha đất đồi sang trồng chè, quế. Đồng chí Trịnh Thị Thu, Trưởng Ban Dân vận Thành ủy Phổ Yên, đề nghị tỉnh hướng dẫn cụ thể việc thực hiện Luật Thực hiện dân chủ ở cơ sở khi có hiệu lực.
Phát biểu chỉ đạo, đồng chí Đặng Quốc Việt ghi nhận những kết quả nổi bật của khối dân vận; đề nghị năm 2023 tiếp tục nâng cao chất lượng công tác dân vận của cơ quan nhà nước, trọng tâm là cải cách thủ tục hành chính, chuyển đổi số; tập trung vận động nhân dân giải phóng mặt bằng các dự án trọng điểm như đường vành đai V vùng Thủ đô, khu công nghiệp Yên Bình. Đồng chí đề nghị các cấp ủy tiếp tục thực hiện nghiêm việc tiếp dân, đối thoại trực tiếp của người đứng đầu.
Dịp này, 40 tập thể và 65 cá nhân được Ban Thường vụ Tỉnh ủy, Ban Dân vận Tỉnh ủy khen thưởng vì có thành tích xuất sắc trong công tác dân vận năm 2022.
Thu Hà
Tin liên quan
- Đồng Hỷ: 100% xóm có tổ dân vận (16/12/2022)
- Gặp mặt người có uy tín tiêu biểu năm 2022 (08/12/2022)
- Võ Nhai: Vận động đồng bào Mông định canh, định cư (01/12/2022)
""",
"2022-12-23",
"Phát huy vai trò chủ thể của nhân dân trong xây dựng nông thôn mới",
E("tong_ket", "2022", "2022-12-22"),
[
    P("Đặng Quốc Việt", "Phó Bí thư Thường trực Tỉnh ủy"),
    P("Lưu Thị Thắm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Hoàng Thị Huyền", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
    P("Lăng Văn Nguyên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Dương Thị Sen", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Diệp Văn Chính", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
    P("Ninh Văn Cường", "Chánh Văn phòng Tỉnh ủy"),
    P("Nguyễn Văn Hòe", "HUV", "Phó Chủ tịch Thường trực - Trưởng ban Tuyên giáo Ủy ban MTTQ huyện Phú Lương"),
    P("Nông Thị Lý", "Bí thư Chi bộ xóm Khuổi Chao"),
    P("Trịnh Thị Thu", "Trưởng Ban Dân vận Thành ủy Phổ Yên"),
],
[
    Q("9 huyện, thành phố", 9, "huyện, thành phố"),
    Q("186.000 m2", 186000, "m2"),
    Q("trên 62 tỷ đồng", 62000000000, "đồng", "over"),
    Q("41.000 ngày công", 41000, "ngày công"),
    Q("107/125 xã", 107, "xã"),
    Q("38 xã", 38, "xã"),
    Q("3,05%", 3.05, "%"),
    Q("36,5 tỷ đồng", 36500000000, "đồng"),
    Q("412 nhà ở", 412, "nhà ở"),
    Q("1.278 mô hình", 1278, "mô hình"),
    Q("2.684 hộ dân", 2684, "hộ dân"),
    Q("312 ha", 312, "ha"),
    Q("46 dự án", 46, "dự án"),
    Q("134 cuộc đối thoại", 134, "cuộc đối thoại"),
    Q("100% xã, phường, thị trấn", 100, "%"),
    Q("17 vụ khiếu kiện đông người", 17, "vụ khiếu kiện đông người"),
    Q("46 hộ đồng bào Dao, Tày", 46, "hộ đồng bào Dao, Tày"),
    Q("32 ha", 32, "ha"),
    Q("40 tập thể", 40, "tập thể"),
    Q("65 cá nhân", 65, "cá nhân"),
],
[
    D("Kế hoạch", "88", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch 88, 89-KH/TU"),
    D("Kế hoạch", "89", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch 88, 89-KH/TU"),
    D("Kết luận", "21", "KL/TW", "2021-10-25", "BCH Trung ương Đảng", surface="Kết luận 21-KL/TW ngày 25/10/2021 của BCH Trung ương Đảng"),
    D("Nghị quyết", "43", "2022/QH15", None, "Quốc hội", surface="Nghị quyết 43/2022/QH15 của Quốc hội"),
    D("Nghị quyết", "11", "NQ-CP", None, "Chính phủ", surface="Nghị quyết số 11/NQ-CP của Chính phủ"),
],
[prov("Thái Nguyên"), com("Phú Đình")],
["BÁO THÁI NGUYÊN ĐIỆN TỬ", "Chính trị > Xây dựng Đảng", "Các đại biểu dự hội nghị.", "(TN)",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Dân vận khéo",
 "Luật Thực hiện dân chủ ở cơ sở", "Yên Bình", "Phổ Yên", "Quy chế dân chủ ở cơ sở"],
["23/12/2022 - 14:20", "khóa XIII", "năm thứ 3 liên tiếp", "Covid-19", "vành đai V", "năm 2023"],
))

# ---------------------------------------------------------------- b1101 Thanh Hóa 2023, Ủy ban MTTQ tỉnh, tập huấn
PAGES.append(page(
"b1101-thanhhoa-mttq-taphuan-2023",
"""
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA
Trang thông tin điện tử
Trang chủ | Hoạt động Mặt trận | Tập huấn - Bồi dưỡng
Ngày đăng 14/03/2023 | 15:35
Bồi dưỡng kỹ năng cho cán bộ Mặt trận cơ sở vùng dân tộc thiểu số
Trong 2 ngày 13 và 14/3, tại thị trấn Cành Nàng, huyện Bá Thước, Ban Thường trực Ủy ban MTTQ tỉnh Thanh Hóa tổ chức hội nghị tập huấn nghiệp vụ công tác Mặt trận năm 2023 cho 180 cán bộ Mặt trận cơ sở của 11 huyện miền núi.
Quang cảnh hội nghị tập huấn.
Đồng chí Hà Thị Loan, Phó Chủ tịch Ủy ban MTTQ tỉnh dự và phát biểu khai mạc. Các học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ xã, thị trấn và Trưởng ban Công tác Mặt trận ở các thôn, bản có đông đồng bào Mường, Thái, Mông, Dao, Thổ, Khơ Mú sinh sống.
Tại hội nghị, học viên được nghe 4 chuyên đề: Những điểm mới của Luật Thực hiện dân chủ ở cơ sở năm 2022; kỹ năng giám sát, phản biện xã hội theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; vai trò của Mặt trận trong thực hiện Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; kỹ năng tập hợp, vận động người có uy tín. Các chuyên đề do đồng chí Lê Văn Tuấn, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh; đồng chí Bùi Văn Thành, Phó Trưởng ban Dân tộc tỉnh và Trưởng ban Tuyên giáo Ủy ban MTTQ tỉnh Phạm Thị Bích Ngọc trực tiếp truyền đạt.
Theo Ban Thường trực Ủy ban MTTQ tỉnh, toàn tỉnh hiện có 1.125 Ban Công tác Mặt trận ở khu dân cư vùng dân tộc thiểu số. Giai đoạn 2021 - 2022, Quỹ "Vì người nghèo" các cấp đã hỗ trợ xây mới 3.218 nhà Đại đoàn kết, mỗi nhà 40 triệu đồng; riêng năm 2022, Mặt trận các cấp ở 11 huyện miền núi chủ trì giám sát 1.436 cuộc, tỷ lệ hộ nghèo các huyện miền núi giảm còn 8,7%. Chương trình phối hợp số 07/CTr-MTTQ-BTT giữa Ban Thường trực Ủy ban MTTQ tỉnh và Ban Dân tộc tỉnh đã được triển khai đến tất cả các xã vùng dân tộc thiểu số.
Trao đổi tại hội nghị, ông Phạm Bá Thiềng, Chủ tịch Ủy ban MTTQ xã Thiết Ống, cho biết xã đã vận động 128 hộ đồng bào Mường hiến đất làm đường, đóng góp gần 1,5 tỷ đồng xây nhà văn hóa bản. Bà Lò Thị Hồng, Trưởng ban Công tác Mặt trận bản Son, xã Trung Lý (huyện Mường Lát), chia sẻ kinh nghiệm vận động đồng bào Mông không nghe theo đối tượng xấu tuyên truyền "Nhà nước Mông", không di cư tự do, giữ gìn an ninh biên giới.
Bế mạc lớp tập huấn, đồng chí Hà Thị Loan đề nghị các học viên vận dụng sáng tạo kiến thức vào thực tiễn, thực hiện tốt phương châm "nghe dân nói, nói dân hiểu, làm dân tin"; kịp thời phản ánh tâm tư, nguyện vọng của nhân dân với cấp ủy, chính quyền. Mỗi học viên được cấp 01 bộ tài liệu và hỗ trợ 200.000 đồng/ngày theo quy định.
Ngọc Huấn
Tin khác
- Mường Lát: Bàn giao 25 nhà Đại đoàn kết cho hộ nghèo (08/03/2023)
- MTTQ tỉnh giám sát việc thực hiện chính sách bảo hiểm y tế (01/03/2023)
- Ngày hội Đại đoàn kết toàn dân tộc ở bản Lát (20/02/2023)
""",
"2023-03-14",
"Bồi dưỡng kỹ năng cho cán bộ Mặt trận cơ sở vùng dân tộc thiểu số",
E("tap_huan", "2023", "2023-03-13"),
[
    P("Hà Thị Loan", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
    P("Lê Văn Tuấn", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
    P("Bùi Văn Thành", "Phó Trưởng ban Dân tộc tỉnh"),
    P("Phạm Thị Bích Ngọc", "Trưởng ban Tuyên giáo Ủy ban MTTQ tỉnh"),
    P("Phạm Bá Thiềng", "Chủ tịch Ủy ban MTTQ xã Thiết Ống"),
    P("Lò Thị Hồng", "Trưởng ban Công tác Mặt trận bản Son"),
],
[
    Q("180 cán bộ Mặt trận cơ sở", 180, "cán bộ Mặt trận cơ sở"),
    Q("11 huyện miền núi", 11, "huyện miền núi"),
    Q("4 chuyên đề", 4, "chuyên đề"),
    Q("1.125 Ban Công tác Mặt trận", 1125, "Ban Công tác Mặt trận"),
    Q("3.218 nhà Đại đoàn kết", 3218, "nhà Đại đoàn kết"),
    Q("40 triệu đồng", 40000000, "đồng"),
    Q("1.436 cuộc", 1436, "cuộc"),
    Q("8,7%", 8.7, "%"),
    Q("128 hộ đồng bào Mường", 128, "hộ đồng bào Mường"),
    Q("gần 1,5 tỷ đồng", 1500000000, "đồng", "approx"),
    Q("200.000 đồng/ngày", 200000, "đồng"),
],
[
    D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None,
      "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
      surface="Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
    D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", surface="Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ"),
    D("Chương trình phối hợp", "07", "CTr-MTTQ-BTT", None, None, surface="Chương trình phối hợp số 07/CTr-MTTQ-BTT"),
],
[prov("Thanh Hóa"), com("Cành Nàng"), com("Thiết Ống"), com("Trung Lý")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA", "Trang chủ | Hoạt động Mặt trận | Tập huấn - Bồi dưỡng",
 "Quang cảnh hội nghị tập huấn.", "Luật Thực hiện dân chủ ở cơ sở", "Vì người nghèo", "Nhà nước Mông",
 "nghe dân nói, nói dân hiểu, làm dân tin",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Ngày đăng 14/03/2023 | 15:35", "Trong 2 ngày 13 và 14/3", "Giai đoạn 2021 - 2022", "01 bộ tài liệu", "năm 2022"],
))

# ---------------------------------------------------------------- b1102 Đắk Lắk 2023, Ban Dân vận Tỉnh ủy, giao ban tháng 11
PAGES.append(page(
"b1102-daklak-bdv-giaoban-2023",
"""
BÁO ĐẮK LẮK ĐIỆN TỬ
Thứ Năm, 07/12/2023, 15:30
Chính trị › Xây dựng Đảng
Tăng cường nắm tình hình nhân dân dịp cuối năm
Ngày 6/12, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức giao ban công tác dân vận tháng 11/2023 với khối dân vận các huyện, thị xã, thành phố, triển khai nhiệm vụ tháng 12. Các đồng chí Y Thuận Mlô, H'Ble Niê, Nông Thị Lan - Phó Trưởng Ban Dân vận Tỉnh ủy đồng chủ trì.
Theo báo cáo, trong tháng 11, khối dân vận các cấp đã tổ chức 27 buổi tiếp xúc, đối thoại với 1.860 lượt người; nắm tình hình nhân dân tại 184 xã, phường, thị trấn, nhất là ở các buôn có đông đồng bào theo đạo. Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch 155, 156-KH/BDVTU về kiểm tra việc thực hiện Kết luận 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về công tác dân vận và về khảo sát hoạt động của người có uy tín; Công văn số 512-CV/BDVTU ngày 20/11/2023 của Ban Dân vận Tỉnh ủy đề nghị các huyện ủy, thị ủy, thành ủy chỉ đạo chăm lo Tết cho đồng bào.
Khối dân vận các huyện đã vận động 312 hộ đồng bào tái canh 415 ha cà phê; phối hợp trao 146 suất quà, trị giá 73 triệu đồng cho hộ nghèo bị ảnh hưởng mưa lũ. Tỉnh đã tổ chức cho 36 người có uy tín tiêu biểu đi tham quan, học tập kinh nghiệm tại các tỉnh phía Bắc. Trong tháng, các địa phương phát hiện 12 vụ việc phức tạp liên quan đến tranh chấp đất đai, đã giải quyết dứt điểm 9 vụ tại cơ sở.
Tại hội nghị, đồng chí Y Dhăm Ênuôl, Phó Trưởng Ban Dân tộc tỉnh, thông tin về tiến độ giải ngân vốn Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số, đạt 58,3% kế hoạch. Thiếu tá H'Nhi Ksơr, Phó Trưởng phòng Công tác đảng, công tác chính trị Công an tỉnh, đề nghị khối dân vận phối hợp tuyên truyền để đồng bào không nghe theo các đối tượng xấu kích động. Ông Y Kluên Byă, người có uy tín buôn Cuôr Đăng A, xã Cuôr Đăng (huyện Cư M'gar), cho biết buôn đã vận động 100% hộ ký cam kết không tham gia tà đạo. Bà H'Yơn Êban, Chủ tịch Hội LHPN xã Ea Tiêu, đề nghị hỗ trợ vốn cho chị em đồng bào phát triển mô hình nuôi heo đen.
Phát biểu kết luận, đồng chí Y Thuận Mlô đề nghị tháng 12 khối dân vận tập trung nắm tình hình nhân dân trước, trong và sau Tết Nguyên đán Giáp Thìn 2024; phối hợp tổ chức tốt các hoạt động thăm, tặng quà Tết cho hộ nghèo, gia đình chính sách và người có uy tín; chuẩn bị nội dung tổng kết công tác dân vận năm 2023.
H Xuân
Bài viết liên quan
- Cư Kuin: Đối thoại giữa Bí thư Huyện ủy với nhân dân (01/12/2023)
- Ban Dân vận Tỉnh ủy gặp mặt 120 người có uy tín (22/11/2023)
- Krông Pắc sơ kết 3 năm mô hình "Dân vận khéo" (15/11/2023)
""",
"2023-12-07",
"Tăng cường nắm tình hình nhân dân dịp cuối năm",
E("giao_ban", "2023-11", "2023-12-06"),
[
    P("Y Thuận Mlô", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("H'Ble Niê", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Nông Thị Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Y Dhăm Ênuôl", "Phó Trưởng Ban Dân tộc tỉnh"),
    P("H'Nhi Ksơr", "Thiếu tá", "Phó Trưởng phòng Công tác đảng, công tác chính trị Công an tỉnh"),
    P("Y Kluên Byă", "người có uy tín buôn Cuôr Đăng A"),
    P("H'Yơn Êban", "Chủ tịch Hội LHPN xã Ea Tiêu"),
],
[
    Q("27 buổi tiếp xúc, đối thoại", 27, "buổi tiếp xúc, đối thoại"),
    Q("1.860 lượt người", 1860, "lượt người"),
    Q("184 xã, phường, thị trấn", 184, "xã, phường, thị trấn"),
    Q("312 hộ đồng bào", 312, "hộ đồng bào"),
    Q("415 ha", 415, "ha"),
    Q("146 suất quà", 146, "suất quà"),
    Q("73 triệu đồng", 73000000, "đồng"),
    Q("36 người có uy tín tiêu biểu", 36, "người có uy tín tiêu biểu"),
    Q("12 vụ việc phức tạp", 12, "vụ việc phức tạp"),
    Q("9 vụ", 9, "vụ"),
    Q("58,3%", 58.3, "%"),
    Q("100% hộ", 100, "%"),
],
[
    D("Kế hoạch", "155", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Kế hoạch 155, 156-KH/BDVTU"),
    D("Kế hoạch", "156", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Kế hoạch 155, 156-KH/BDVTU"),
    D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", surface="Kết luận 43-KL/TW ngày 7/1/2019 của Ban Bí thư"),
    D("Công văn", "512", "CV/BDVTU", "2023-11-20", "Ban Dân vận Tỉnh ủy", surface="Công văn số 512-CV/BDVTU ngày 20/11/2023 của Ban Dân vận Tỉnh ủy"),
],
[prov("Đắk Lắk"), com("Cuôr Đăng"), com("Ea Tiêu")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Chính trị › Xây dựng Đảng", "Nghị quyết Trung ương 7 khóa XI",
 "Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số", "Tết Nguyên đán Giáp Thìn 2024", "Cư M'gar"],
["Thứ Năm, 07/12/2023, 15:30", "tháng 11/2023", "tháng 12", "Nghị quyết Trung ương 7", "khóa XI", "năm 2023"],
))
