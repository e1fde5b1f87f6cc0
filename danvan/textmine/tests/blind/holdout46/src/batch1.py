"""Pages b1061-b1066: text and labels side by side."""
from lib import Q, D, P, E, page, prov, com

PAGES = []

# ---------------------------------------------------------------- b1061
PAGES.append(page(
"b1061-soctrang-bdv-tongket-2011",
"""
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Hôm nay: Thứ Sáu, 30/12/2011
Trang chủ > Tin tức - Sự kiện > Công tác dân tộc - tôn giáo
Đồng chí Thạch Sô Phanh phát biểu tại hội nghị.
Vận động đồng bào Khmer giữ vững khối đại đoàn kết
Thứ Năm, 22/12/2011 - 15:40
Ngày 21/12, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức hội nghị tổng kết công tác dân vận, công tác dân tộc, tôn giáo năm 2011 và triển khai nhiệm vụ năm 2012. Đồng chí Thạch Sô Phanh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có Hòa thượng Sơn Ngọc Huôl, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Bưng Chông; Thượng tọa Thích Huệ Tâm, Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh cùng 67 đồng chí là lãnh đạo ban dân vận, Ủy ban MTTQ và các đoàn thể huyện, thị xã, thành phố.
Theo báo cáo, năm 2011 các cấp ủy đã tập trung quán triệt Chỉ thị 68-CT/TW ngày 18/4/1991 của Ban Bí thư (khóa VI) về công tác ở vùng đồng bào dân tộc Khmer và Nghị quyết 24, 25-NQ/TW của BCH Trung ương (khóa IX) về công tác dân tộc, công tác tôn giáo. Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 39-KH/TU ngày 14/3/2011 về tăng cường vận động đồng bào dân tộc, tôn giáo trong vùng dự án; đồng thời phối hợp Ban Dân tộc tỉnh triển khai đề án 05 "Nâng cao dân trí vùng đồng bào Khmer giai đoạn 2011 - 2015".
Trong năm, khối dân vận các cấp phối hợp vận động xây dựng 326 căn nhà đại đoàn kết cho hộ nghèo đồng bào Khmer, tổng trị giá trên 9,7 tỷ đồng; sửa chữa 14 chùa Phật giáo Nam tông Khmer xuống cấp; duy trì 271 lớp dạy chữ Khmer hè với hơn 6.800 học sinh. Tỷ lệ hộ nghèo trong đồng bào Khmer giảm từ 29,6% xuống còn 24,1%. Toàn tỉnh có 1.085 người có uy tín trong đồng bào dân tộc được gặp gỡ, thông tin tình hình thời sự định kỳ.
Phát biểu tại hội nghị, Hòa thượng Sơn Ngọc Huôl đánh giá cao sự quan tâm của cấp ủy, chính quyền đối với các chùa Khmer và đề nghị tiếp tục hỗ trợ kinh phí cho các lớp Pali trung cấp. Achar Lý Sang, Trưởng ban Quản trị chùa Tum Núp, xã Lịch Hội Thượng, phản ánh một số hộ trong phum, sóc còn thiếu đất sản xuất. Bà Sơn Thị Sa Phia, Phó Chủ tịch Hội LHPN huyện Mỹ Xuyên, chia sẻ kinh nghiệm vận động chị em Khmer tham gia mô hình "Tổ phụ nữ tiết kiệm" ở xã Gia Hòa 1.
Kết luận hội nghị, đồng chí Thạch Sô Phanh đề nghị năm 2012 các cấp tập trung thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; nắm chắc tình hình tư tưởng của sư sãi, đồng bào trước lễ Chôl Chnăm Thmây; chủ động phòng ngừa các hoạt động lợi dụng vấn đề dân tộc, tôn giáo gây mất ổn định. Ban Dân vận các huyện ủy, thị ủy, thành ủy khẩn trương xây dựng kế hoạch gặp mặt người có uy tín trong quý I/2012.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 12 tập thể và 25 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2011, trong đó có 6 vị sư sãi tiêu biểu.
Tấn Lộc
Tin liên quan
- Gặp mặt sư sãi, Achar nhân lễ Sene Dolta (28/09/2011)
- Vĩnh Châu: xây dựng 45 căn nhà đại đoàn kết cho đồng bào Khmer (15/09/2011)
- Hội nghị giao ban công tác dân vận quý III năm 2011 (06/10/2011)
- Trần Đề: tọa đàm về Chỉ thị 68-CT/TW (20/08/2011)
""",
"2011-12-22",
"Vận động đồng bào Khmer giữ vững khối đại đoàn kết",
E("tong_ket", "2011", "2011-12-21"),
[
    P("Thạch Sô Phanh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Sơn Ngọc Huôl", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Bưng Chông"),
    P("Thích Huệ Tâm", "Thượng tọa", "Phó Trưởng ban Thường trực Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
    P("Lý Sang", "Achar", "Trưởng ban Quản trị chùa Tum Núp"),
    P("Sơn Thị Sa Phia", "Phó Chủ tịch Hội LHPN huyện Mỹ Xuyên"),
],
[
    Q("67 đồng chí", 67, "đồng chí"),
    Q("326 căn nhà đại đoàn kết", 326, "căn nhà đại đoàn kết"),
    Q("trên 9,7 tỷ đồng", 9700000000, "đồng", "over"),
    Q("14 chùa Phật giáo Nam tông Khmer", 14, "chùa Phật giáo Nam tông Khmer"),
    Q("271 lớp dạy chữ Khmer hè", 271, "lớp dạy chữ Khmer hè"),
    Q("hơn 6.800 học sinh", 6800, "học sinh", "over"),
    Q("29,6%", 29.6, "%"),
    Q("24,1%", 24.1, "%"),
    Q("1.085 người có uy tín", 1085, "người có uy tín"),
    Q("12 tập thể", 12, "tập thể"),
    Q("25 cá nhân", 25, "cá nhân"),
    Q("6 vị sư sãi", 6, "vị sư sãi"),
],
[
    D("Chỉ thị", "68", "CT/TW", "1991-04-18", "Ban Bí thư", surface="Chỉ thị 68-CT/TW ngày 18/4/1991 của Ban Bí thư"),
    D("Nghị quyết", "24", "NQ/TW", None, "BCH Trung ương", surface="Nghị quyết 24, 25-NQ/TW của BCH Trung ương"),
    D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", surface="Nghị quyết 24, 25-NQ/TW của BCH Trung ương"),
    D("Kế hoạch", "39", "KH/TU", "2011-03-14", "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch 39-KH/TU ngày 14/3/2011"),
    D("Đề án", "05", None, None, None, surface='đề án 05 "Nâng cao dân trí vùng đồng bào Khmer'),
],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Gia Hòa 1")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ > Tin tức - Sự kiện > Công tác dân tộc - tôn giáo",
 "Đồng chí Thạch Sô Phanh phát biểu tại hội nghị.", "Hội Đoàn kết sư sãi yêu nước tỉnh", "chùa Tum Núp",
 "Tổ phụ nữ tiết kiệm", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Chôl Chnăm Thmây",
 "Nâng cao dân trí vùng đồng bào Khmer giai đoạn 2011 - 2015"],
["Hôm nay: Thứ Sáu, 30/12/2011", "Thứ Năm, 22/12/2011 - 15:40", "67 đồng chí", "năm 2012", "khóa VI", "khóa IX",
 "giai đoạn 2011 - 2015", "quý I/2012", "Gia Hòa 1"],
))

# ---------------------------------------------------------------- b1062
PAGES.append(page(
"b1062-ninhthuan-bdv-traoqua-kate-2012",
"""
Báo Ninh Thuận điện tử
Thời sự | Dân tộc - Tôn giáo | Xã hội
Cập nhật lúc 16:20, 10/10/2012
Ảnh: Đồng chí Thập Thị Minh Nguyệt trao quà cho hộ nghèo thôn Hữu Đức.
Trao 420 suất quà cho đồng bào Chăm nhân lễ hội Katê
(NTO) - Nhân dịp lễ hội Katê năm 2012, trong hai ngày 8 và 9/10, đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh do đồng chí Thập Thị Minh Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc mừng và trao 420 suất quà cho chức sắc, chức việc và hộ đồng bào Chăm có hoàn cảnh khó khăn tại các huyện Ninh Phước, Ninh Hải, Thuận Bắc. Mỗi suất quà trị giá 500.000 đồng, gồm tiền mặt 300.000 đồng và nhu yếu phẩm; tổng trị giá 210 triệu đồng do Ủy ban MTTQ tỉnh vận động từ Quỹ "Vì người nghèo".
Tại thôn Hữu Đức, xã Phước Hữu, đoàn đã thăm hỏi Cả sư Lưu Quang Vinh, người có uy tín trong đồng bào Chăm Bà-la-môn, và tặng 60 suất quà cho các hộ nghèo trong thôn. Tại thánh đường Hồi giáo Bàni thôn Văn Lâm, xã Phước Nam, đoàn thăm hỏi Cả sư Thành Văn Lộ, trụ trì thánh đường, cùng các vị Po Acar trong Hội đồng Sư cả. Cùng đi với đoàn có ông Thông Minh Hùng, Phó Chủ tịch UBND xã Phước Nam, và bà Quảng Thị Kim Liên, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Thay mặt lãnh đạo tỉnh, đồng chí Thập Thị Minh Nguyệt gửi lời chúc mừng lễ hội Katê đến toàn thể chức sắc, chức việc và bà con Chăm; ghi nhận đồng bào đã chung sức xây dựng nông thôn mới, giữ gìn an ninh trật tự ở thôn, làng. Đồng chí đề nghị các chức sắc tiếp tục vận động bà con thực hiện tốt Chỉ thị 06-CT/TU ngày 12/3/2012 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động đồng bào Chăm trong tình hình mới, tổ chức lễ hội tiết kiệm, an toàn, đúng phong tục.
Theo Ban Dân tộc tỉnh, Ninh Thuận hiện có 22 làng Chăm với hơn 67.000 người, chiếm khoảng 12% dân số toàn tỉnh; trong đó đồng bào theo đạo Bà-la-môn và Hồi giáo Bàni chiếm trên 90%. Năm 2012, tỉnh đã đầu tư trên 18 tỷ đồng từ Chương trình 135 để làm đường nội đồng, kênh mương và nhà sinh hoạt cộng đồng tại các thôn Chăm; 1.230 hộ được vay vốn hỗ trợ sản xuất theo Quyết định 74/2008/QĐ-TTg ngày 9/6/2008 của Thủ tướng Chính phủ.
Cả sư Lưu Quang Vinh bày tỏ vui mừng khi đời sống bà con ngày càng khá lên, đường bê tông đã về đến tận đền Po Klong Garai. Ông mong tỉnh quan tâm hơn nữa đến việc dạy và học chữ Chăm cho con em, hỗ trợ trùng tu các đền, tháp xuống cấp.
Trước đó, ngày 5/10, Ban Dân vận Tỉnh ủy đã phối hợp Ban Tôn giáo - Sở Nội vụ tổ chức gặp mặt, thông tin tình hình kinh tế - xã hội cho 85 chức sắc Chăm tiêu biểu.
Tin, ảnh: Phú Nguyên
Tin cùng chuyên mục
- Bác Ái: vận động đồng bào Raglai định canh định cư (02/10/2012)
- Hội nghị giao ban công tác dân vận quý III (28/09/2012)
- Ninh Phước: 15 năm thực hiện Chỉ thị 06 về công tác đồng bào Chăm (20/09/2012)
- Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (11/09/2012)
""",
"2012-10-10",
"Trao 420 suất quà cho đồng bào Chăm nhân lễ hội Katê",
E("trao_qua", None, "2012-10-08"),
[
    P("Thập Thị Minh Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Lưu Quang Vinh", "Cả sư", "người có uy tín trong đồng bào Chăm Bà-la-môn"),
    P("Thành Văn Lộ", "Cả sư", "trụ trì thánh đường"),
    P("Thông Minh Hùng", "Phó Chủ tịch UBND xã Phước Nam"),
    P("Quảng Thị Kim Liên", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
],
[
    Q("420 suất quà", 420, "suất quà"),
    Q("500.000 đồng", 500000, "đồng"),
    Q("300.000 đồng", 300000, "đồng"),
    Q("210 triệu đồng", 210000000, "đồng"),
    Q("60 suất quà", 60, "suất quà"),
    Q("22 làng Chăm", 22, "làng Chăm"),
    Q("hơn 67.000 người", 67000, "người", "over"),
    Q("khoảng 12%", 12, "%", "approx"),
    Q("trên 90%", 90, "%", "over"),
    Q("trên 18 tỷ đồng", 18000000000, "đồng", "over"),
    Q("1.230 hộ", 1230, "hộ"),
    Q("85 chức sắc Chăm tiêu biểu", 85, "chức sắc Chăm tiêu biểu"),
],
[
    D("Chỉ thị", "06", "CT/TU", "2012-03-12", "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 06-CT/TU ngày 12/3/2012 của Ban Thường vụ Tỉnh ủy"),
    D("Quyết định", "74", "2008/QĐ-TTg", "2008-06-09", "Thủ tướng Chính phủ", surface="Quyết định 74/2008/QĐ-TTg ngày 9/6/2008 của Thủ tướng Chính phủ"),
],
[prov("Ninh Thuận"), com("Phước Hữu"), com("Phước Nam")],
["Báo Ninh Thuận điện tử", "Thời sự | Dân tộc - Tôn giáo | Xã hội",
 "Ảnh: Đồng chí Thập Thị Minh Nguyệt trao quà cho hộ nghèo thôn Hữu Đức.", "(NTO)", "Katê", "Vì người nghèo",
 "Po Klong Garai", "Hội đồng Sư cả", "Po Acar", "thánh đường Hồi giáo Bàni", "Chương trình 135"],
["Cập nhật lúc 16:20, 10/10/2012", "năm 2012", "Chương trình 135", "8 và 9/10", "ngày 5/10"],
))

# ---------------------------------------------------------------- b1063
PAGES.append(page(
"b1063-binhduong-mttq-giamsat-tongiao-2012",
"""
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH DƯƠNG
Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện xã hội
Giám sát việc thực hiện chính sách tôn giáo tại thị xã Thuận An
16/10/2012 - 09:12
Lượt xem: 1.204
Thực hiện Chương trình giám sát năm 2012, ngày 15/10, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Dương do ông Huỳnh Văn Tám, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Pháp lệnh Tín ngưỡng, tôn giáo và Nghị định 22/2005/NĐ-CP của Chính phủ tại thị xã Thuận An. Tham gia đoàn có bà Nguyễn Thị Kim Oanh, Ủy viên Ban Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, đại diện Ban Dân vận Tỉnh ủy, Ban Tôn giáo - Sở Nội vụ.
Làm việc với đoàn có ông Trần Quốc Thái, Phó Chủ tịch UBND thị xã Thuận An; ông Lâm Văn Đức, Chủ tịch Ủy ban MTTQ Việt Nam thị xã và lãnh đạo Phòng Nội vụ.
Theo báo cáo của UBND thị xã, trên địa bàn hiện có 5 tôn giáo đang hoạt động với 57 cơ sở thờ tự, khoảng 36.400 tín đồ, 212 chức sắc, chức việc. Từ năm 2005 đến nay, thị xã đã giải quyết 46 hồ sơ đăng ký sinh hoạt, xây dựng, sửa chữa cơ sở thờ tự đúng thời hạn; cấp giấy chứng nhận quyền sử dụng đất cho 38 cơ sở tôn giáo. Các tôn giáo đóng góp hơn 3,2 tỷ đồng làm công tác từ thiện, xã hội, xây dựng 27 căn nhà tình thương. Tuy nhiên, vẫn còn 4 trường hợp xây dựng, cơi nới cơ sở thờ tự chưa đúng quy định, có 2 điểm nhóm sinh hoạt tôn giáo tập trung chưa đăng ký.
Đoàn đã làm việc trực tiếp tại phường Lái Thiêu và xã Bình Nhâm, gặp gỡ chức sắc các tôn giáo. Linh mục Giuse Phạm Văn Lộc, Chánh xứ Giáo xứ Búng, đề nghị sớm giải quyết hồ sơ đất của nhà thờ; Đại đức Thích Minh Quang, trụ trì chùa Hội Khánh, phản ánh thủ tục xin phép tổ chức lễ hội còn mất nhiều thời gian. Ông Tạ Vĩnh Phát, Trưởng ban Quản trị Miếu Bà Thiên Hậu phường Lái Thiêu, đại diện bà con người Hoa, cảm ơn chính quyền đã tạo điều kiện tổ chức lễ vía Bà năm 2012 an toàn, tiết kiệm.
Theo bà Nguyễn Thị Kim Oanh, qua giám sát cho thấy thị xã đã triển khai đầy đủ văn bản của Trung ương, của tỉnh về tín ngưỡng, tôn giáo, trong đó có Kế hoạch 15/KH-MTTQ-BTT ngày 20/9/2012 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Chỉ thị 21/2011/CT-UBND của UBND tỉnh về quản lý hoạt động lễ hội. Một số cán bộ cơ sở còn lúng túng khi hướng dẫn thủ tục cho các điểm nhóm.
Kết luận buổi giám sát, ông Huỳnh Văn Tám đề nghị thị xã rà soát các hồ sơ tồn đọng, trả lời bằng văn bản cho các cơ sở tôn giáo trong tháng 11; phát huy vai trò của Ủy ban MTTQ trong vận động chức sắc, tín đồ "sống tốt đời, đẹp đạo". Theo kế hoạch, từ nay đến cuối tháng 11/2012, đoàn tiếp tục giám sát tại 3 huyện, thị xã còn lại.
Minh Triết
Các tin đã đưa
- Hội nghị phản biện dự thảo quy định về lễ hội (05/10/2012)
- Mặt trận tỉnh giám sát việc bồi thường tại Bến Cát (28/09/2012)
- Gặp mặt chức sắc tôn giáo nhân dịp Quốc khánh 2/9 (31/08/2012)
""",
"2012-10-16",
"Giám sát việc thực hiện chính sách tôn giáo tại thị xã Thuận An",
E("giam_sat", "2012", "2012-10-15"),
[
    P("Huỳnh Văn Tám", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
    P("Nguyễn Thị Kim Oanh", "Ủy viên Ban Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
    P("Trần Quốc Thái", "Phó Chủ tịch UBND thị xã Thuận An"),
    P("Lâm Văn Đức", "Chủ tịch Ủy ban MTTQ Việt Nam thị xã"),
    P("Giuse Phạm Văn Lộc", "Linh mục", "Chánh xứ Giáo xứ Búng"),
    P("Thích Minh Quang", "Đại đức", "trụ trì chùa Hội Khánh"),
    P("Tạ Vĩnh Phát", "Trưởng ban Quản trị Miếu Bà Thiên Hậu phường Lái Thiêu"),
],
[
    Q("5 tôn giáo", 5, "tôn giáo"),
    Q("57 cơ sở thờ tự", 57, "cơ sở thờ tự"),
    Q("khoảng 36.400 tín đồ", 36400, "tín đồ", "approx"),
    Q("212 chức sắc, chức việc", 212, "chức sắc, chức việc"),
    Q("46 hồ sơ", 46, "hồ sơ"),
    Q("38 cơ sở tôn giáo", 38, "cơ sở tôn giáo"),
    Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"),
    Q("27 căn nhà tình thương", 27, "căn nhà tình thương"),
    Q("4 trường hợp", 4, "trường hợp"),
    Q("2 điểm nhóm", 2, "điểm nhóm"),
    Q("3 huyện, thị xã", 3, "huyện, thị xã"),
],
[
    D("Nghị định", "22", "2005/NĐ-CP", None, "Chính phủ", surface="Nghị định 22/2005/NĐ-CP của Chính phủ"),
    D("Kế hoạch", "15", "KH-MTTQ-BTT", "2012-09-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
      surface="Kế hoạch 15/KH-MTTQ-BTT ngày 20/9/2012 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
    D("Chỉ thị", "21", "2011/CT-UBND", None, "UBND tỉnh", surface="Chỉ thị 21/2011/CT-UBND của UBND tỉnh"),
],
[prov("Bình Dương"), com("Lái Thiêu"), com("Bình Nhâm")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH DƯƠNG", "Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện xã hội",
 "Lượt xem: 1.204", "Pháp lệnh Tín ngưỡng, tôn giáo", "Giáo xứ Búng", "chùa Hội Khánh", "Miếu Bà Thiên Hậu",
 "sống tốt đời, đẹp đạo", "Phòng Nội vụ"],
["16/10/2012 - 09:12", "Lượt xem: 1.204", "năm 2012", "Từ năm 2005 đến nay", "tháng 11/2012"],
))

# ---------------------------------------------------------------- b1064
PAGES.append(page(
"b1064-bentre-tinhuy-doithoai-tongiao-2013",
"""
ĐỒNG KHỞI ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bến Tre
Trang chủ / Chính trị / Dân vận
Toàn cảnh buổi đối thoại. Ảnh: Hữu Hiệp
Bí thư Tỉnh ủy đối thoại với chức sắc, chức việc các tôn giáo
Thứ Năm, 17/01/2013, 07:45 (GMT+7)
(ĐK) - Chiều 15/1, Ban Thường vụ Tỉnh ủy Bến Tre tổ chức buổi đối thoại với chức sắc, chức việc, nhà tu hành các tôn giáo năm 2013. Đồng chí Lê Minh Đạt, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy chủ trì đối thoại. Cùng dự có đồng chí Hồ Thị Lệ Thủy, Phó Chủ tịch UBND tỉnh; đồng chí Phan Văn Mến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và lãnh đạo các sở, ngành.
Tham dự đối thoại có 146 chức sắc, chức việc tiêu biểu của Phật giáo, Công giáo, Cao Đài, Tin Lành và Tịnh độ cư sĩ Phật hội Việt Nam. Theo báo cáo của Ban Tôn giáo tỉnh, Bến Tre hiện có 9 tôn giáo với 486 cơ sở thờ tự và hơn 278.000 tín đồ. Năm 2012, các tôn giáo đóng góp hơn 15,6 tỷ đồng cho công tác từ thiện xã hội, xây dựng 112 căn nhà tình thương, trao 2.400 suất học bổng cho học sinh nghèo.
Tại buổi đối thoại, có 14 ý kiến phát biểu. Linh mục Phêrô Nguyễn Văn Khởi, Quản hạt Bến Tre, đề nghị tỉnh sớm xem xét hồ sơ giao đất mở rộng khuôn viên nhà thờ Cái Mơn và tạo điều kiện để giáo xứ mở thêm lớp dạy nghề cho thanh niên. Hòa thượng Thích Thiện Hạnh, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, kiến nghị hỗ trợ kinh phí trùng tu chùa Tuyên Linh, di tích lịch sử cấp quốc gia. Giáo hữu Ngọc Sơn Thanh, Hội thánh Cao Đài Ban Chỉnh đạo, phản ánh tình trạng ô nhiễm từ các lò than gần Thánh thất Giồng Trôm. Mục sư Huỳnh Văn Thọ, Quản nhiệm Chi hội Tin Lành Bến Tre, đề nghị hướng dẫn cụ thể thủ tục đăng ký sinh hoạt cho các điểm nhóm theo Nghị định 92/2012/NĐ-CP của Chính phủ, có hiệu lực từ ngày 1/1/2013.
Trả lời các kiến nghị, đồng chí Hồ Thị Lệ Thủy cho biết UBND tỉnh đã giao Sở Tài nguyên và Môi trường rà soát quỹ đất cho 11 cơ sở tôn giáo; giám đốc Sở Tài nguyên và Môi trường Trương Văn Lực hứa trong quý I/2013 sẽ trả lời dứt điểm hồ sơ của giáo xứ Cái Mơn. Phó Chủ tịch Hồ Thị Lệ Thủy cũng chỉ đạo UBND huyện Giồng Trôm kiểm tra, xử lý các lò than gây ô nhiễm.
Phát biểu kết luận, Bí thư Tỉnh ủy Lê Minh Đạt ghi nhận các tôn giáo đã đồng hành cùng chính quyền trong phong trào "Đồng Khởi mới", vận động tín đồ hiến hơn 45.000 m2 đất làm đường giao thông nông thôn. Đồng chí yêu cầu các cấp ủy thực hiện nghiêm Quyết định 08/2012/QĐ-UBND của UBND tỉnh về quy chế phối hợp giải quyết kiến nghị của tổ chức tôn giáo; định kỳ mỗi năm tổ chức đối thoại với chức sắc để kịp thời tháo gỡ vướng mắc; phát huy các mô hình "Giáo xứ tự quản an ninh trật tự", "Chùa không có tội phạm".
Bài, ảnh: Hữu Hiệp
Tin liên quan
- Ban Dân vận Tỉnh ủy gặp mặt chức sắc Công giáo dịp Giáng sinh (24/12/2012)
- Mỏ Cày Nam: nhân rộng mô hình "Giáo xứ tự quản an ninh trật tự" (10/12/2012)
- Tổng kết công tác dân vận năm 2012 (28/12/2012)
""",
"2013-01-17",
"Bí thư Tỉnh ủy đối thoại với chức sắc, chức việc các tôn giáo",
E("doi_thoai", "2013", "2013-01-15"),
[
    P("Lê Minh Đạt", "Ủy viên BCH Trung ương Đảng", "Bí thư Tỉnh ủy"),
    P("Hồ Thị Lệ Thủy", "Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch"),
    P("Phan Văn Mến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Phêrô Nguyễn Văn Khởi", "Linh mục", "Quản hạt Bến Tre"),
    P("Thích Thiện Hạnh", "Hòa thượng", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
    P("Ngọc Sơn Thanh", "Giáo hữu"),
    P("Huỳnh Văn Thọ", "Mục sư", "Quản nhiệm Chi hội Tin Lành Bến Tre"),
    P("Trương Văn Lực", "giám đốc Sở Tài nguyên và Môi trường"),
],
[
    Q("146 chức sắc, chức việc tiêu biểu", 146, "chức sắc, chức việc tiêu biểu"),
    Q("9 tôn giáo", 9, "tôn giáo"),
    Q("486 cơ sở thờ tự", 486, "cơ sở thờ tự"),
    Q("hơn 278.000 tín đồ", 278000, "tín đồ", "over"),
    Q("hơn 15,6 tỷ đồng", 15600000000, "đồng", "over"),
    Q("112 căn nhà tình thương", 112, "căn nhà tình thương"),
    Q("2.400 suất học bổng", 2400, "suất học bổng"),
    Q("14 ý kiến", 14, "ý kiến"),
    Q("11 cơ sở tôn giáo", 11, "cơ sở tôn giáo"),
    Q("hơn 45.000 m2", 45000, "m2", "over"),
],
[
    D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", surface="Nghị định 92/2012/NĐ-CP của Chính phủ"),
    D("Quyết định", "08", "2012/QĐ-UBND", None, "UBND tỉnh", surface="Quyết định 08/2012/QĐ-UBND của UBND tỉnh"),
],
[prov("Bến Tre")],
["ĐỒNG KHỞI ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bến Tre", "Trang chủ / Chính trị / Dân vận",
 "Toàn cảnh buổi đối thoại. Ảnh: Hữu Hiệp", "(ĐK)", "Hội thánh Cao Đài Ban Chỉnh đạo", "Thánh thất Giồng Trôm",
 "nhà thờ Cái Mơn", "chùa Tuyên Linh", "Đồng Khởi mới", "Giáo xứ tự quản an ninh trật tự", "Chùa không có tội phạm",
 "Tịnh độ cư sĩ Phật hội Việt Nam"],
["Thứ Năm, 17/01/2013, 07:45 (GMT+7)", "năm 2013", "Năm 2012", "ngày 1/1/2013", "quý I/2013", "mỗi năm"],
))

# ---------------------------------------------------------------- b1065
PAGES.append(page(
"b1065-khanhhoa-bdv-taphuan-tongiao-2013",
"""
Ban Dân vận Tỉnh ủy Khánh Hòa - Trang thông tin điện tử
You are here: Trang chủ > Hoạt động dân vận > Đào tạo, bồi dưỡng
Số lượt truy cập: 215.388
Ngày đăng 23/05/2013 | 16:20
Nâng cao kỹ năng vận động đồng bào vùng có đạo
Từ ngày 21 đến 23/5, Ban Dân vận Tỉnh ủy Khánh Hòa phối hợp với Trường Chính trị tỉnh mở lớp tập huấn nghiệp vụ công tác dân vận, công tác tôn giáo năm 2013 cho 120 học viên là cán bộ dân vận, Mặt trận, công an của 38 xã, thị trấn có đông đồng bào dân tộc thiểu số và tín đồ các tôn giáo, trong đó có 31 học viên là người Raglai, Ê Đê, Cơ Ho.
Truyền đạt chuyên đề tại lớp có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Hồng Vân, Trần Quang Lâm và ông Võ Tấn Phúc, Trưởng Ban Tôn giáo - Sở Nội vụ. Học viên được nghiên cứu Nghị quyết 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng (khóa IX) về công tác tôn giáo; Chỉ thị 01/2005/CT-TTg ngày 4/2/2005 của Thủ tướng Chính phủ về một số công việc đối với đạo Tin Lành; Nghị định 92/2012/NĐ-CP quy định chi tiết và biện pháp thi hành Pháp lệnh Tín ngưỡng, tôn giáo; hướng dẫn số 16-HD/BDVTU của Ban Dân vận Tỉnh ủy về xây dựng "khu dân cư vùng giáo, vùng đồng bào dân tộc thiểu số văn minh, đoàn kết".
Theo báo cáo tại lớp học, toàn tỉnh có 8 tôn giáo với hơn 420.000 tín đồ, chiếm khoảng 36% dân số. Tại hai huyện miền núi Khánh Sơn, Khánh Vĩnh, đạo Tin Lành phát triển khá nhanh; hiện có 5 điểm nhóm sinh hoạt tại gia chưa đăng ký. Năm 2012, các xã đã vận động 640 hộ đồng bào Raglai bỏ tập quán phát rừng làm rẫy, chuyển sang trồng cây ăn trái; có 17 thôn được công nhận đạt chuẩn văn hóa.
Học viên được trao đổi kinh nghiệm thực tế. Đồng chí Pi Năng Thị Thanh, HUV, Trưởng Ban Dân vận Huyện ủy Khánh Sơn, chia sẻ cách huyện phát huy già làng, người có uy tín trong vận động đồng bào; già làng Mấu Văn Tư (thôn Tà Gụ, xã Sơn Bình) đã vận động 12 hộ tự nguyện trả lại 9 ha đất rừng lấn chiếm. Ông Cao Văn Ngỗi, Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Thượng, nêu khó khăn khi nhiều thanh niên đi làm ăn xa bị lôi kéo theo đạo.
Bế giảng lớp học, đồng chí Nguyễn Thị Hồng Vân đề nghị học viên vận dụng phương châm "nắm chắc, vận động khéo, đối thoại thường xuyên", tham mưu cấp ủy xây dựng kế hoạch vận động chức sắc, chức việc và người có uy tín; mỗi xã có ít nhất một mô hình "Dân vận khéo" trong vùng đồng bào có đạo. Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu.
Tin, ảnh: Ngọc Trâm
Các tin khác
- Khánh Vĩnh: gặp mặt người có uy tín (10/05/2013)
- Hội nghị giao ban khối dân vận quý I năm 2013 (12/04/2013)
- Tập huấn công tác dân vận chính quyền (28/03/2013)
- Cam Lâm: nhân rộng mô hình "Giáo xứ văn minh" (15/03/2013)
""",
"2013-05-23",
"Nâng cao kỹ năng vận động đồng bào vùng có đạo",
E("tap_huan", "2013", "2013-05-21"),
[
    P("Nguyễn Thị Hồng Vân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Trần Quang Lâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Võ Tấn Phúc", "Trưởng Ban Tôn giáo - Sở Nội vụ"),
    P("Pi Năng Thị Thanh", "HUV", "Trưởng Ban Dân vận Huyện ủy Khánh Sơn"),
    P("Mấu Văn Tư", "già làng"),
    P("Cao Văn Ngỗi", "Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Thượng"),
],
[
    Q("120 học viên", 120, "học viên"),
    Q("38 xã, thị trấn", 38, "xã, thị trấn"),
    Q("31 học viên", 31, "học viên"),
    Q("8 tôn giáo", 8, "tôn giáo"),
    Q("hơn 420.000 tín đồ", 420000, "tín đồ", "over"),
    Q("khoảng 36%", 36, "%", "approx"),
    Q("5 điểm nhóm", 5, "điểm nhóm"),
    Q("640 hộ đồng bào Raglai", 640, "hộ đồng bào Raglai"),
    Q("17 thôn", 17, "thôn"),
    Q("12 hộ", 12, "hộ"),
    Q("9 ha", 9, "ha"),
    Q("100% học viên", 100, "%"),
],
[
    D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương Đảng",
      surface="Nghị quyết 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng"),
    D("Chỉ thị", "01", "2005/CT-TTg", "2005-02-04", "Thủ tướng Chính phủ",
      surface="Chỉ thị 01/2005/CT-TTg ngày 4/2/2005 của Thủ tướng Chính phủ"),
    D("Nghị định", "92", "2012/NĐ-CP", None, None, surface="Nghị định 92/2012/NĐ-CP"),
    D("Hướng dẫn", "16", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="hướng dẫn số 16-HD/BDVTU của Ban Dân vận Tỉnh ủy"),
],
[prov("Khánh Hòa"), com("Sơn Bình"), com("Khánh Thượng")],
["Ban Dân vận Tỉnh ủy Khánh Hòa - Trang thông tin điện tử", "You are here: Trang chủ > Hoạt động dân vận > Đào tạo, bồi dưỡng",
 "Số lượt truy cập: 215.388", "Trường Chính trị tỉnh", "Pháp lệnh Tín ngưỡng, tôn giáo",
 "khu dân cư vùng giáo, vùng đồng bào dân tộc thiểu số văn minh, đoàn kết", "nắm chắc, vận động khéo, đối thoại thường xuyên",
 "Dân vận khéo", "Tà Gụ"],
["Ngày đăng 23/05/2013 | 16:20", "Số lượt truy cập: 215.388", "năm 2013", "Năm 2012", "khóa IX", "một mô hình"],
))

# ---------------------------------------------------------------- b1066
PAGES.append(page(
"b1066-kiengiang-bandantoc-daihoi-dtts-2014",
"""
BAN DÂN TỘC TỈNH KIÊN GIANG
Trang chủ :: Tin tức :: Hoạt động của Ban
Đại biểu biểu quyết thông qua nghị quyết đại hội.
08:15 | 08/10/2014
Đại hội đại biểu các dân tộc thiểu số tỉnh Kiên Giang lần thứ II
Trong hai ngày 6 và 7/10, tại Trung tâm Hội nghị tỉnh, UBND tỉnh Kiên Giang long trọng tổ chức Đại hội đại biểu các dân tộc thiểu số tỉnh Kiên Giang lần thứ II năm 2014 với chủ đề "Đoàn kết, dân chủ, đổi mới, hội nhập, phát triển bền vững".
Dự đại hội có ông Danh Minh Trí, Ủy viên Hội đồng Dân tộc của Quốc hội; bà Trương Thị Ngọc Hân, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo Đại hội; ông Danh Hùng, Trưởng Ban Dân tộc tỉnh; Hòa thượng Danh Sà Ươl, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, cùng 250 đại biểu chính thức, trong đó có 196 đại biểu dân tộc Khmer, 48 đại biểu dân tộc Hoa và 6 đại biểu các dân tộc khác.
Kiên Giang có hơn 240.000 người dân tộc thiểu số, chiếm 14,2% dân số. Báo cáo tại đại hội cho biết, giai đoạn 2009 - 2014 tỉnh đã đầu tư hơn 1.200 tỷ đồng xây dựng kết cấu hạ tầng vùng đồng bào dân tộc; thực hiện Quyết định 134/2004/QĐ-TTg và 74/2008/QĐ-TTg của Thủ tướng Chính phủ, hỗ trợ đất ở cho 3.415 hộ, đất sản xuất cho 1.062 hộ, chuyển đổi nghề cho gần 5.000 lao động. Tỷ lệ hộ nghèo đồng bào Khmer giảm từ 20,3% năm 2009 xuống còn 9,8% cuối năm 2013. Chương trình 135 giai đoạn II được triển khai tại 34 xã, ấp đặc biệt khó khăn.
Phát biểu tham luận, ông Lý Chấn Hưng, Phó Chủ tịch Hội Tương tế người Hoa thành phố Rạch Giá, nêu kinh nghiệm vận động bà con người Hoa đóng góp hơn 2,6 tỷ đồng xây trường, cấp học bổng. Bà Thị Sa Rương, người có uy tín ấp Hòa Lập, xã Hòa Điền, chia sẻ việc vận động bà con Khmer không nghe theo kẻ xấu xuyên tạc chính sách. Đại đức Danh Thạch Sên, trụ trì chùa Láng Cát, phường Vĩnh Hiệp, đề nghị tăng thời lượng phát sóng tiếng Khmer trên Đài Phát thanh - Truyền hình tỉnh.
Phát biểu chỉ đạo, ông Danh Minh Trí đề nghị tỉnh tiếp tục thực hiện hiệu quả Nghị quyết 24-NQ/TW của Ban Chấp hành Trung ương (khóa IX) về công tác dân tộc và Chỉ thị 68-CT/TW của Ban Bí thư; quan tâm đào tạo cán bộ người dân tộc thiểu số. Phó Chủ tịch UBND tỉnh Trương Thị Ngọc Hân khẳng định tỉnh sẽ dành nguồn lực thực hiện Kế hoạch 98/KH-UBND ngày 22/9/2014 của UBND tỉnh về công tác dân tộc giai đoạn 2014 - 2019.
Dịp này, UBND tỉnh tặng bằng khen cho 52 tập thể và 86 cá nhân tiêu biểu trong đồng bào dân tộc thiểu số. Đại hội đã bầu 18 đại biểu đi dự Đại hội đại biểu toàn quốc các dân tộc thiểu số Việt Nam lần thứ II, trong đó có 4 vị sư sãi, Achar.
Sa Rây
Tin liên quan
- Hòn Đất: Đại hội đại biểu các dân tộc thiểu số lần thứ II (18/06/2014)
- Gò Quao: tổ chức đại hội điểm cấp huyện (04/06/2014)
- Trao 300 suất quà Tết Chôl Chnăm Thmây (10/04/2014)
""",
"2014-10-08",
"Đại hội đại biểu các dân tộc thiểu số tỉnh Kiên Giang lần thứ II",
E("dai_hoi", "2014", "2014-10-06"),
[
    P("Danh Minh Trí", "Ủy viên Hội đồng Dân tộc của Quốc hội"),
    P("Trương Thị Ngọc Hân", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo Đại hội"),
    P("Danh Hùng", "Trưởng Ban Dân tộc tỉnh"),
    P("Danh Sà Ươl", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
    P("Lý Chấn Hưng", "Phó Chủ tịch Hội Tương tế người Hoa thành phố Rạch Giá"),
    P("Thị Sa Rương", "người có uy tín ấp Hòa Lập"),
    P("Danh Thạch Sên", "Đại đức", "trụ trì chùa Láng Cát"),
],
[
    Q("250 đại biểu chính thức", 250, "đại biểu chính thức"),
    Q("196 đại biểu dân tộc Khmer", 196, "đại biểu dân tộc Khmer"),
    Q("48 đại biểu dân tộc Hoa", 48, "đại biểu dân tộc Hoa"),
    Q("6 đại biểu các dân tộc khác", 6, "đại biểu các dân tộc khác"),
    Q("hơn 240.000 người dân tộc thiểu số", 240000, "người dân tộc thiểu số", "over"),
    Q("14,2%", 14.2, "%"),
    Q("hơn 1.200 tỷ đồng", 1200000000000, "đồng", "over"),
    Q("3.415 hộ", 3415, "hộ"),
    Q("1.062 hộ", 1062, "hộ"),
    Q("gần 5.000 lao động", 5000, "lao động", "approx"),
    Q("20,3%", 20.3, "%"),
    Q("9,8%", 9.8, "%"),
    Q("34 xã, ấp đặc biệt khó khăn", 34, "xã, ấp đặc biệt khó khăn"),
    Q("hơn 2,6 tỷ đồng", 2600000000, "đồng", "over"),
    Q("52 tập thể", 52, "tập thể"),
    Q("86 cá nhân", 86, "cá nhân"),
    Q("18 đại biểu", 18, "đại biểu"),
    Q("4 vị sư sãi, Achar", 4, "vị sư sãi, Achar"),
],
[
    D("Quyết định", "134", "2004/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 134/2004/QĐ-TTg và 74/2008/QĐ-TTg của Thủ tướng Chính phủ"),
    D("Quyết định", "74", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 134/2004/QĐ-TTg và 74/2008/QĐ-TTg của Thủ tướng Chính phủ"),
    D("Nghị quyết", "24", "NQ/TW", None, "Ban Chấp hành Trung ương", surface="Nghị quyết 24-NQ/TW của Ban Chấp hành Trung ương"),
    D("Chỉ thị", "68", "CT/TW", None, "Ban Bí thư", surface="Chỉ thị 68-CT/TW của Ban Bí thư"),
    D("Kế hoạch", "98", "KH-UBND", "2014-09-22", "UBND tỉnh", surface="Kế hoạch 98/KH-UBND ngày 22/9/2014 của UBND tỉnh"),
],
[prov("Kiên Giang"), com("Hòa Điền"), com("Vĩnh Hiệp")],
["BAN DÂN TỘC TỈNH KIÊN GIANG", "Trang chủ :: Tin tức :: Hoạt động của Ban",
 "Đại biểu biểu quyết thông qua nghị quyết đại hội.", "Trung tâm Hội nghị tỉnh",
 "Đoàn kết, dân chủ, đổi mới, hội nhập, phát triển bền vững", "Hội Tương tế người Hoa", "chùa Láng Cát",
 "Đài Phát thanh - Truyền hình tỉnh", "Chương trình 135", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["08:15 | 08/10/2014", "lần thứ II", "năm 2014", "giai đoạn 2009 - 2014", "năm 2009", "cuối năm 2013",
 "Chương trình 135 giai đoạn II", "giai đoạn 2014 - 2019", "khóa IX"],
))
