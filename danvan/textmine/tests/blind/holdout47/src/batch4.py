"""holdout47 batch 4: b1103-b1108 (page text and labels side by side)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b1103 An Giang 2024, Ban Dân vận Tỉnh ủy, sơ kết 6 tháng
PAGES.append(page(
"b1103-angiang-bdv-soket-2024",
"""
BÁO AN GIANG ONLINE
Thứ Năm, 18/07/2024
Trang chủ » Chính trị » Xây dựng Đảng
Cập nhật ngày: 17/07/2024 10:05
Sơ kết công tác dân vận 6 tháng đầu năm
(AGO) - Sáng 16/7, Ban Dân vận Tỉnh ủy An Giang tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lê Thị Kim Phượng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Văn Lâm, Chau Pol.
Quang cảnh hội nghị. Ảnh: Hữu Huynh
6 tháng qua, Ban Dân vận Tỉnh ủy đã tham mưu xây dựng Kế hoạch số 212-KH/TU ngày 5/6/2024 của Tỉnh ủy về thực hiện Quy định số 144-QĐ/TW ngày 9/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới. Khối dân vận các cấp đã tuyên truyền Luật Thực hiện dân chủ ở cơ sở và Nghị định số 59/2023/NĐ-CP của Chính phủ quy định chi tiết một số điều của luật; phối hợp sơ kết Nghị quyết 05, 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển vùng đồng bào dân tộc thiểu số và về xây dựng đô thị biên giới.
Các cấp ủy, chính quyền đã tổ chức 86 cuộc tiếp xúc, đối thoại với 5.640 lượt người dân. Hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", toàn tỉnh đã xây mới 425 căn nhà Đại đoàn kết, tổng trị giá hơn 21 tỷ đồng; Quỹ "Vì người nghèo" các cấp vận động gần 36 tỷ đồng. Dịp Tết Chôl Chnăm Thmây, khối dân vận phối hợp thăm, tặng 1.250 suất quà cho hộ đồng bào Khmer khó khăn và 64 chùa Phật giáo Nam tông Khmer. Trước tình trạng sạt lở bờ sông, các địa phương đã vận động khoảng 2.000 hộ dân ở 117 điểm sạt lở di dời đến nơi an toàn; 95,3% hộ dân trong vùng dự án đồng thuận với phương án bồi thường.
Tại hội nghị, đồng chí Néang Sóc Phi, Phó Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, báo cáo tình hình các tôn giáo 6 tháng đầu năm. Hakim Ysa Ly, Trưởng Ban Quản trị thánh đường Mubarak, xã Châu Phong (thị xã Tân Châu), cho biết cộng đồng Chăm Islam luôn đoàn kết, tích cực tham gia xây dựng nông thôn mới; đề nghị hỗ trợ kinh phí sửa chữa đường dẫn vào thánh đường. Ông Huỳnh Văn Lộc, Phó Trưởng ban Trị sự Trung ương Phật giáo Hòa Hảo, khẳng định tín đồ Phật giáo Hòa Hảo tiếp tục đóng góp xây cầu, làm đường, nấu cơm từ thiện; riêng 6 tháng đầu năm đã xây 18 cây cầu bê tông nông thôn. Đồng chí Trương Quốc Hào, Trưởng Ban Liên lạc người Hoa tỉnh, mong muốn được hỗ trợ tổ chức lễ hội truyền thống của đồng bào Hoa.
Đồng chí Chau Sóc Kha, Chủ tịch Ủy ban MTTQ xã Ô Lâm (huyện Tri Tôn), chia sẻ mô hình "Phum sóc bình yên" giúp xã giảm 70% vụ việc mâu thuẫn trong cộng đồng; đồng chí Lê Thị Thu Hồng, Phó Bí thư Thường trực Đảng ủy thị trấn Tri Tôn, kiến nghị có chính sách thu hút cán bộ người Khmer về công tác tại cơ sở.
Kết luận hội nghị, đồng chí Lê Thị Kim Phượng đề nghị 6 tháng cuối năm khối dân vận tập trung tuyên truyền, vận động nhân dân góp ý dự thảo văn kiện đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030; tiếp tục vận động hoàn thành chỉ tiêu xóa nhà tạm, nhà dột nát trong năm 2024; nắm chắc tình hình tư tưởng của đồng bào dân tộc, tôn giáo ở vùng biên giới, không để bị động, bất ngờ.
Hữu Huynh
Tin liên quan
- Tri Tôn: Bàn giao 50 căn nhà Đại đoàn kết (10/07/2024)
- Gặp mặt chức sắc, chức việc các tôn giáo (02/07/2024)
- Châu Đốc: Đối thoại với người dân vùng sạt lở (25/06/2024)
""",
"2024-07-17",
"Sơ kết công tác dân vận 6 tháng đầu năm",
E("so_ket", "2024-H1", "2024-07-16"),
[
    P("Lê Thị Kim Phượng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Trần Văn Lâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Chau Pol", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Néang Sóc Phi", "Phó Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
    P("Ysa Ly", "Hakim", "Trưởng Ban Quản trị thánh đường Mubarak"),
    P("Huỳnh Văn Lộc", "Phó Trưởng ban Trị sự Trung ương Phật giáo Hòa Hảo"),
    P("Trương Quốc Hào", "Trưởng Ban Liên lạc người Hoa tỉnh"),
    P("Chau Sóc Kha", "Chủ tịch Ủy ban MTTQ xã Ô Lâm"),
    P("Lê Thị Thu Hồng", "Phó Bí thư Thường trực Đảng ủy thị trấn Tri Tôn"),
],
[
    Q("86 cuộc tiếp xúc, đối thoại", 86, "cuộc tiếp xúc, đối thoại"),
    Q("5.640 lượt người dân", 5640, "lượt người dân"),
    Q("425 căn nhà Đại đoàn kết", 425, "căn nhà Đại đoàn kết"),
    Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"),
    Q("gần 36 tỷ đồng", 36000000000, "đồng", "approx"),
    Q("1.250 suất quà", 1250, "suất quà"),
    Q("64 chùa Phật giáo Nam tông Khmer", 64, "chùa Phật giáo Nam tông Khmer"),
    Q("khoảng 2.000 hộ dân", 2000, "hộ dân", "approx"),
    Q("117 điểm sạt lở", 117, "điểm sạt lở"),
    Q("95,3%", 95.3, "%"),
    Q("18 cây cầu bê tông nông thôn", 18, "cây cầu bê tông nông thôn"),
    Q("70%", 70, "%"),
],
[
    D("Kế hoạch", "212", "KH/TU", "2024-06-05", "Tỉnh ủy", surface="Kế hoạch số 212-KH/TU ngày 5/6/2024 của Tỉnh ủy"),
    D("Quy định", "144", "QĐ/TW", "2024-05-09", "Bộ Chính trị", surface="Quy định số 144-QĐ/TW ngày 9/5/2024 của Bộ Chính trị"),
    D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", surface="Nghị định số 59/2023/NĐ-CP của Chính phủ"),
    D("Nghị quyết", "05", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", surface="Nghị quyết 05, 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh"),
    D("Nghị quyết", "06", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", surface="Nghị quyết 05, 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh"),
],
[prov("An Giang"), com("Châu Phong"), com("Ô Lâm"), com("Tri Tôn")],
["BÁO AN GIANG ONLINE", "Trang chủ » Chính trị » Xây dựng Đảng", "(AGO)", "Quang cảnh hội nghị. Ảnh: Hữu Huynh",
 "Luật Thực hiện dân chủ ở cơ sở", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Vì người nghèo", "Chôl Chnăm Thmây",
 "Phum sóc bình yên", "Mubarak", "Tân Châu"],
["Thứ Năm, 18/07/2024", "Cập nhật ngày: 17/07/2024 10:05", "6 tháng đầu năm 2024", "6 tháng cuối năm",
 "nhiệm kỳ 2025 - 2030", "năm 2024", "6 tháng qua"],
))

# ---------------------------------------------------------------- b1104 Hà Giang 2024, newspaper feature (no event)
PAGES.append(page(
"b1104-hagiang-phongsu-khac-2024",
"""
BÁO HÀ GIANG ĐIỆN TỬ
Thứ Tư, 20/11/2024
Trang chủ | Phóng sự - Ghi chép | Dân vận khéo
Anh Sùng Mí Vần (giữa) trao đổi với người dân về làm homestay.
Người "giữ lửa" ở Séo Lủng
BHG - Hơn 11 năm làm Bí thư Chi bộ, Trưởng thôn Séo Lủng, xã Lũng Cú (huyện Đồng Văn), anh Sùng Mí Vần được bà con gọi là "người giữ lửa" của thôn. Từ một thôn nghèo nhất xã, Séo Lủng nay đã có đường bê tông đến từng ngõ, có điện, có nước, có homestay đón khách.
Séo Lủng có 136 hộ với 712 nhân khẩu, 98% là đồng bào Mông. Năm 2019, thôn còn 74 hộ nghèo; đến nay chỉ còn 21 hộ. Anh Vần kể, khó nhất là vận động bà con hiến đất làm đường. "Nói một lần không được thì nói mười lần, mình làm trước để bà con nhìn thấy", anh nói. Chính gia đình anh đã hiến 400 m2 đất vườn. Sau 3 năm, thôn đã vận động 42 hộ hiến 3.200 m2 đất, góp công mở 2 km đường bê tông; xây 15 bể chứa nước, mỗi bể 6 m3, bảo đảm nước sinh hoạt mùa khô.
Thực hiện Nghị quyết số 15-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch cộng đồng, anh Vần cùng 5 hộ trong thôn mạnh dạn vay vốn làm homestay. Năm 2023, thôn đón hơn 5.000 lượt khách, thu nhập bình quân đạt 28 triệu đồng/người/năm, tăng gần gấp đôi so với năm 2019. Thực hiện Đề án 06 của Chính phủ, anh cùng tổ công nghệ số cộng đồng hướng dẫn 100% người dân trong độ tuổi kích hoạt tài khoản định danh điện tử.
Không chỉ làm kinh tế, anh còn vận động bà con bỏ tục thách cưới, tổ chức đám ma gọn nhẹ. Cụ Sùng Chìa Dìn (82 tuổi), người cao tuổi có uy tín của thôn, nói: "Cán bộ trẻ mà biết nghe người già, biết làm trước, nên dân tin". Chị Lù Thị Dung, người Lô Lô ở thôn Lô Lô Chải, Chi hội trưởng Chi hội phụ nữ thôn, cũng học cách làm của Séo Lủng để vận động chị em giữ nghề thêu truyền thống.
Ông Vàng Mí Chứ, Chủ tịch UBND xã Lũng Cú, đánh giá: Séo Lủng là một trong những thôn đi đầu của xã về xây dựng nông thôn mới và thực hiện Quy chế dân chủ ở cơ sở. Theo đồng chí Lò Văn Pầu, Trưởng Ban Dân vận Huyện ủy Đồng Văn, mô hình "Dân vận khéo" ở Séo Lủng đã được nhân rộng ra 19 xã, thị trấn trong huyện.
Năm 2024, anh Sùng Mí Vần vinh dự là 1 trong 10 gương điển hình "Dân vận khéo" tiêu biểu được Ban Dân vận Tỉnh ủy Hà Giang tuyên dương. Anh bảo, phần thưởng lớn nhất là thấy bà con Séo Lủng không còn phải lo đói mỗi khi giáp hạt. Những ngày cuối năm, anh lại cùng Ban công tác Mặt trận thôn đi từng nhà rà soát hộ khó khăn để đề nghị hỗ trợ quà Tết; năm 2023, thôn được nhận 36 suất quà Tết, mỗi suất 500.000 đồng từ Quỹ "Vì người nghèo" của huyện.
Bài, ảnh: Vũ Thắng
Tin liên quan
- Mèo Vạc: Vận động nhân dân hiến 20.000 m2 đất làm đường (13/11/2024)
- Tuyên dương 50 điển hình "Dân vận khéo" (06/11/2024)
- Yên Minh: Gặp mặt người có uy tín (30/10/2024)
""",
"2024-11-20",
"Người \"giữ lửa\" ở Séo Lủng",
E("khac", None, None),
[
    P("Sùng Mí Vần", "Bí thư Chi bộ", "Trưởng thôn Séo Lủng"),
    P("Sùng Chìa Dìn", "người cao tuổi có uy tín của thôn"),
    P("Lù Thị Dung", "Chi hội trưởng Chi hội phụ nữ thôn"),
    P("Vàng Mí Chứ", "Chủ tịch UBND xã Lũng Cú"),
    P("Lò Văn Pầu", "Trưởng Ban Dân vận Huyện ủy Đồng Văn"),
],
[
    Q("136 hộ", 136, "hộ"),
    Q("712 nhân khẩu", 712, "nhân khẩu"),
    Q("98%", 98, "%"),
    Q("74 hộ nghèo", 74, "hộ nghèo"),
    Q("21 hộ", 21, "hộ"),
    Q("400 m2", 400, "m2"),
    Q("42 hộ", 42, "hộ"),
    Q("3.200 m2", 3200, "m2"),
    Q("2 km", 2, "km"),
    Q("15 bể chứa nước", 15, "bể chứa nước"),
    Q("6 m3", 6, "m3"),
    Q("5 hộ", 5, "hộ"),
    Q("hơn 5.000 lượt khách", 5000, "lượt khách", "over"),
    Q("28 triệu đồng", 28000000, "đồng"),
    Q("100% người dân", 100, "%"),
    Q("19 xã, thị trấn", 19, "xã, thị trấn"),
    Q("10 gương điển hình", 10, "gương điển hình"),
    Q("36 suất quà Tết", 36, "suất quà Tết"),
    Q("500.000 đồng", 500000, "đồng"),
],
[
    D("Nghị quyết", "15", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", surface="Nghị quyết số 15-NQ/TU của Ban Chấp hành Đảng bộ tỉnh"),
    D("Đề án", "06", None, None, "Chính phủ", surface="Đề án 06 của Chính phủ"),
],
[prov("Hà Giang"), com("Lũng Cú")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Trang chủ | Phóng sự - Ghi chép | Dân vận khéo",
 "Anh Sùng Mí Vần (giữa) trao đổi với người dân về làm homestay.", "BHG", "người giữ lửa", "Dân vận khéo",
 "Quy chế dân chủ ở cơ sở", "Lô Lô Chải", "Séo Lủng", "Vì người nghèo"],
["Thứ Tư, 20/11/2024", "Hơn 11 năm", "Năm 2019", "Sau 3 năm", "82 tuổi", "mười lần", "gần gấp đôi", "1 trong 10", "Năm 2024"],
))

# ---------------------------------------------------------------- b1105 Tuyên Quang (mới, hợp nhất Hà Giang) 2025, Ban Tuyên giáo và Dân vận Tỉnh ủy, tổng kết
PAGES.append(page(
"b1105-tuyenquang-btgdv-tongket-2025",
"""
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Thời sự > Chính trị > Xây dựng Đảng
Thứ Sáu, 26/12/2025 - 09:42
Ảnh: Quang cảnh hội nghị tổng kết.
Năm 2026, tập trung đưa nghị quyết của Đảng vào cuộc sống
Ngày 25/12, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Ma Thế Hồng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Cùng chủ trì có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Ly Mí Sính, Bàn Thị Thu, Lục Văn Đông. Dự hội nghị có đồng chí Hoàng Minh Tiến, Phó Bí thư Thường trực Tỉnh ủy.
Năm 2025 là năm đầu tiên tỉnh Tuyên Quang mới đi vào hoạt động sau khi hợp nhất với tỉnh Hà Giang theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh. Tỉnh hiện có 124 xã, phường với hơn 1,86 triệu người, trong đó đồng bào dân tộc thiểu số chiếm khoảng 78%. Khối tuyên giáo và dân vận đã kịp thời nắm bắt tâm tư của cán bộ, đảng viên và nhân dân trong quá trình sắp xếp bộ máy, vận hành chính quyền địa phương hai cấp.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 05-CTr/TU thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; ban hành Kế hoạch 12, 13-KH/BTGDVTU về tuyên truyền Nghị quyết Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 và về khảo sát dư luận xã hội sau sắp xếp đơn vị hành chính. Toàn tỉnh tổ chức 2.536 hội nghị quán triệt, tuyên truyền với hơn 186.000 lượt cán bộ, đảng viên tham dự.
Phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát" về đích trước thời hạn: toàn tỉnh đã xóa 14.862 nhà tạm, nhà dột nát với tổng kinh phí hơn 786 tỷ đồng, trong đó nhân dân đóng góp khoảng 120.000 ngày công. Phong trào "Dân vận khéo" có 1.264 mô hình được công nhận, riêng năm 2025 có thêm 312 mô hình.
Cũng trong năm, nhân dân đã hiến hơn 210.000 m2 đất, đóng góp trên 48 tỷ đồng làm đường giao thông nông thôn; người đứng đầu cấp ủy, chính quyền các cấp đã tổ chức 1.845 cuộc tiếp xúc, đối thoại với nhân dân. Các cơ quan dân vận tiếp nhận 264 đơn thư, phối hợp giải quyết dứt điểm 231 đơn, không để phát sinh điểm nóng. Đội ngũ 96 cộng tác viên dư luận xã hội hoạt động ở các xã, phường; 2 cuộc khảo sát về vận hành chính quyền địa phương hai cấp cho thấy 91,6% người dân hài lòng với chất lượng phục vụ của Trung tâm phục vụ hành chính công cấp xã.
Tại hội nghị, bà Triệu Thị Mai, Giám đốc Sở Dân tộc và Tôn giáo, thông tin về việc thực hiện chính sách đối với người có uy tín sau hợp nhất. Chủ tịch Ủy ban MTTQ Việt Nam phường Hà Giang 1 Vương Thị Hoa cho biết phường đã thành lập 38 tổ dân vận ở các tổ dân phố. Đồng chí Giàng Thị Dung, Bí thư Đảng ủy xã Mèo Vạc, chia sẻ cách làm "mỗi đảng viên phụ trách 10 hộ" ở vùng cao núi đá. Đồng chí Bàn Thị Thu, được điều động, bổ nhiệm giữ chức Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy từ tháng 8/2025, báo cáo kết quả khảo sát tại 45 xã mới hợp nhất.
Phát biểu chỉ đạo, đồng chí Hoàng Minh Tiến ghi nhận những kết quả nổi bật; đề nghị năm 2026 khối tuyên giáo và dân vận tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng, cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; làm tốt công tác dân vận của chính quyền cấp xã, nhất là ở các xã biên giới vùng cao.
Dịp này, 25 tập thể và 40 cá nhân được Ban Thường vụ Tỉnh ủy tặng Giấy khen vì có thành tích xuất sắc trong công tác tuyên giáo và dân vận năm 2025.
Thu Phương - Đức Hòa
Tin liên quan
- Xã Thượng Lâm đối thoại với nhân dân (18/12/2025)
- Hà Giang 2: Ra mắt tổ dân vận tổ dân phố (10/12/2025)
- Gặp mặt 200 người có uy tín năm 2025 (05/12/2025)
""",
"2025-12-26",
"Năm 2026, tập trung đưa nghị quyết của Đảng vào cuộc sống",
E("tong_ket", "2025", "2025-12-25"),
[
    P("Ma Thế Hồng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Ly Mí Sính", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Bàn Thị Thu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Lục Văn Đông", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Hoàng Minh Tiến", "Phó Bí thư Thường trực Tỉnh ủy"),
    P("Triệu Thị Mai", "Giám đốc Sở Dân tộc và Tôn giáo"),
    P("Vương Thị Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam phường Hà Giang 1"),
    P("Giàng Thị Dung", "Bí thư Đảng ủy xã Mèo Vạc"),
],
[
    Q("124 xã, phường", 124, "xã, phường"),
    Q("hơn 1,86 triệu người", 1860000, "người", "over"),
    Q("khoảng 78%", 78, "%", "approx"),
    Q("2.536 hội nghị", 2536, "hội nghị"),
    Q("hơn 186.000 lượt cán bộ, đảng viên", 186000, "lượt cán bộ, đảng viên", "over"),
    Q("14.862 nhà tạm, nhà dột nát", 14862, "nhà tạm, nhà dột nát"),
    Q("hơn 786 tỷ đồng", 786000000000, "đồng", "over"),
    Q("khoảng 120.000 ngày công", 120000, "ngày công", "approx"),
    Q("1.264 mô hình", 1264, "mô hình"),
    Q("312 mô hình", 312, "mô hình"),
    Q("hơn 210.000 m2", 210000, "m2", "over"),
    Q("trên 48 tỷ đồng", 48000000000, "đồng", "over"),
    Q("1.845 cuộc tiếp xúc, đối thoại", 1845, "cuộc tiếp xúc, đối thoại"),
    Q("264 đơn thư", 264, "đơn thư"),
    Q("231 đơn", 231, "đơn"),
    Q("96 cộng tác viên dư luận xã hội", 96, "cộng tác viên dư luận xã hội"),
    Q("2 cuộc khảo sát", 2, "cuộc khảo sát"),
    Q("91,6%", 91.6, "%"),
    Q("38 tổ dân vận", 38, "tổ dân vận"),
    Q("45 xã", 45, "xã"),
    Q("25 tập thể", 25, "tập thể"),
    Q("40 cá nhân", 40, "cá nhân"),
],
[
    D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", surface="Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội"),
    D("Chương trình hành động", "05", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chương trình hành động số 05-CTr/TU"),
    D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", surface="Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"),
    D("Kế hoạch", "12", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Kế hoạch 12, 13-KH/BTGDVTU"),
    D("Kế hoạch", "13", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Kế hoạch 12, 13-KH/BTGDVTU"),
],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Hà Giang 1"), com("Mèo Vạc")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Thời sự > Chính trị > Xây dựng Đảng", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Dân vận khéo", "mỗi đảng viên phụ trách 10 hộ",
 "Nghị quyết Đại hội XIV của Đảng"],
["Thứ Sáu, 26/12/2025 - 09:42", "Năm 2026", "hai cấp", "nhiệm kỳ 2025 - 2030", "Hà Giang 1", "10 hộ", "tháng 8/2025",
 "Đại hội XIV", "khóa XVI", "nhiệm kỳ 2026 - 2031"],
))

# ---------------------------------------------------------------- b1106 Vĩnh Long (mới, hợp nhất Bến Tre, Trà Vinh) 2026, Ủy ban MTTQ tỉnh, quà Tết
PAGES.append(page(
"b1106-vinhlong-mttq-traoqua-2026",
"""
BÁO VĨNH LONG ĐIỆN TỬ
Xã hội › An sinh - Từ thiện
Ngày 05/02/2026 | 08:20
Hơn 72.000 suất quà Tết đến với người nghèo
(VL) - Ngày 4/2, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long do đồng chí Lê Văn Thành, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã thăm, chúc Tết và trao 500 phần quà cho hộ nghèo, hộ cận nghèo đồng bào Khmer tại phường Trà Vinh và xã Long Hiệp. Mỗi phần quà trị giá 600.000 đồng, gồm tiền mặt và nhu yếu phẩm.
Cùng đi có đồng chí Sơn Thị Kim Thoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; đồng chí Nguyễn Hữu Phước, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh.
Đồng chí Lê Văn Thành (thứ 2, từ phải) trao quà Tết cho hộ nghèo xã Long Hiệp.
Tại xã Long Hiệp, đoàn đã dự lễ bàn giao 12 căn nhà Đại đoàn kết cho hộ nghèo, mỗi căn trị giá 60 triệu đồng, do Quỹ "Vì người nghèo" tỉnh hỗ trợ. Ông Thạch Sô Phanh, Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hiệp, cho biết xã hiện còn 143 hộ nghèo, phần lớn là đồng bào Khmer không có đất sản xuất; dịp Tết năm nay, các hộ nghèo của xã đều được nhận ít nhất 2 phần quà. Bà Kim Thị Nhung, một trong 12 hộ nhận nhà mới, xúc động nói: "Năm nay gia đình tôi được đón Tết trong căn nhà kiên cố, không còn lo mưa dột".
Đoàn cũng đến thăm, chúc Tết Hòa thượng Kim Sa Mết, Trụ trì chùa Âng, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, và tặng 20 phần quà cho các vị sư sãi. Hòa thượng Kim Sa Mết cảm ơn sự quan tâm của Mặt trận, khẳng định sư sãi, phật tử Khmer luôn đồng hành với chính quyền trong chăm lo đời sống cho bà con.
Thực hiện Chỉ thị số 36/CT-TTg ngày 10/12/2025 của Thủ tướng Chính phủ về việc tổ chức Tết Nguyên đán Bính Ngọ năm 2026, Công văn số 1024-CV/TU của Tỉnh ủy và Kế hoạch số 15/KH-MTTQ-BTT ngày 2/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, dịp Tết năm nay, MTTQ và các tổ chức chính trị - xã hội các cấp trong tỉnh dự kiến trao hơn 72.000 suất quà với tổng giá trị khoảng 58 tỷ đồng. Ngay trong ngày 4/2, các đoàn công tác của tỉnh đã chia nhau đi thăm, tặng quà tại phường Bến Tre và 14 xã vùng sâu, vùng đồng bào Khmer.
Theo đồng chí Lê Văn Thành, sau khi hợp nhất ba tỉnh, Vĩnh Long có gần 4,2 triệu dân với 124 xã, phường; tỷ lệ hộ nghèo toàn tỉnh còn 1,12%. Chương trình "Tết vì người nghèo và nạn nhân chất độc da cam" năm nay được các doanh nghiệp hưởng ứng mạnh mẽ, tổng số tiền, hàng đã tiếp nhận đến ngày 3/2 hơn 41,5 tỷ đồng.
Ngọc Trăm
Tin liên quan
- Trao 1.000 phần quà cho công nhân khó khăn (03/02/2026)
- Hội Chữ thập đỏ tỉnh khởi động Phiên chợ nhân đạo (30/01/2026)
- Bàn giao 30 căn nhà Đại đoàn kết tại phường Bến Tre (22/01/2026)
""",
"2026-02-05",
"Hơn 72.000 suất quà Tết đến với người nghèo",
E("trao_qua", None, "2026-02-04"),
[
    P("Lê Văn Thành", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Sơn Thị Kim Thoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
    P("Nguyễn Hữu Phước", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
    P("Thạch Sô Phanh", "Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hiệp"),
    P("Kim Thị Nhung"),
    P("Kim Sa Mết", "Hòa thượng", "Trụ trì chùa Âng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
],
[
    Q("500 phần quà", 500, "phần quà"),
    Q("600.000 đồng", 600000, "đồng"),
    Q("12 căn nhà Đại đoàn kết", 12, "căn nhà Đại đoàn kết"),
    Q("60 triệu đồng", 60000000, "đồng"),
    Q("143 hộ nghèo", 143, "hộ nghèo"),
    Q("ít nhất 2 phần quà", 2, "phần quà", "over"),
    Q("20 phần quà", 20, "phần quà"),
    Q("hơn 72.000 suất quà", 72000, "suất quà", "over"),
    Q("khoảng 58 tỷ đồng", 58000000000, "đồng", "approx"),
    Q("14 xã", 14, "xã"),
    Q("gần 4,2 triệu dân", 4200000, "dân", "approx"),
    Q("124 xã, phường", 124, "xã, phường"),
    Q("1,12%", 1.12, "%"),
    Q("hơn 41,5 tỷ đồng", 41500000000, "đồng", "over"),
],
[
    D("Chỉ thị", "36", "CT-TTg", "2025-12-10", "Thủ tướng Chính phủ", surface="Chỉ thị số 36/CT-TTg ngày 10/12/2025 của Thủ tướng Chính phủ"),
    D("Công văn", "1024", "CV/TU", None, "Tỉnh ủy", surface="Công văn số 1024-CV/TU của Tỉnh ủy"),
    D("Kế hoạch", "15", "KH-MTTQ-BTT", "2026-01-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", surface="Kế hoạch số 15/KH-MTTQ-BTT ngày 2/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
],
[prov("Vĩnh Long"), com("Trà Vinh"), com("Long Hiệp"), com("Bến Tre")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Xã hội › An sinh - Từ thiện", "(VL)",
 "Đồng chí Lê Văn Thành (thứ 2, từ phải) trao quà Tết cho hộ nghèo xã Long Hiệp.", "Vì người nghèo",
 "Tết vì người nghèo và nạn nhân chất độc da cam", "Hội Đoàn kết sư sãi yêu nước tỉnh", "chùa Âng"],
["Ngày 05/02/2026 | 08:20", "thứ 2", "Tết Nguyên đán Bính Ngọ năm 2026", "ba tỉnh", "một trong 12 hộ", "đến ngày 3/2"],
))

# ---------------------------------------------------------------- b1107 Lâm Đồng (mới) 2025, Đảng ủy xã Quảng Tín (cổng xã), đối thoại
PAGES.append(page(
"b1107-lamdong-xaquangtin-doithoai-2025",
"""
TRANG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG TÍN - TỈNH LÂM ĐỒNG
Trang chủ / Tin tức - Sự kiện / Hoạt động của Đảng ủy
16/10/2025 15:30:00
Bí thư Đảng ủy xã đối thoại với nhân dân về đất đai, tái định cư
Chiều 15/10, Đảng ủy xã Quảng Tín tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy xã với nhân dân năm 2025, với chủ đề "Công tác bồi thường, hỗ trợ, tái định cư và cấp giấy chứng nhận quyền sử dụng đất". Hơn 150 người dân các thôn, bon trên địa bàn xã đã tham dự.
Chủ trì hội nghị có đồng chí Lê Văn Hùng, Bí thư Đảng ủy xã; đồng chí Y Bliêng, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; đồng chí Nguyễn Thị Hường, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã. Cùng dự có các đồng chí Phó Chủ tịch UBND xã: Trần Quốc Tuấn, Thị Blanh.
Xã Quảng Tín (mới), tỉnh Lâm Đồng, được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp các xã Quảng Tín, Đắk Ru và Đắk Sin của huyện Đắk R'lấp, tỉnh Đắk Nông cũ. Mở đầu hội nghị, đồng chí Y Bliêng thông tin: dự án khai thác bô-xít và tuyến đường liên xã đi qua địa bàn ảnh hưởng 326 hộ với diện tích 184,5 ha. Đến nay, xã đã chi trả bồi thường cho 254 hộ, tổng số tiền hơn 96 tỷ đồng; bố trí 112 lô đất tái định cư; cấp 1.046 giấy chứng nhận quyền sử dụng đất cho người dân, đạt 87% kế hoạch năm.
Việc bồi thường được thực hiện theo Nghị định số 88/2024/NĐ-CP của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất và Quyết định số 2596/QĐ-UBND ngày 26/9/2025 của UBND tỉnh ban hành đơn giá bồi thường cây trồng.
Tại hội nghị, người dân đã nêu 12 ý kiến. Ông Điểu Mlông (bon Bu Dăr) phản ánh đơn giá bồi thường cây cà phê 145.000 đồng/cây là thấp so với thu nhập từ vườn cà phê đang cho thu hoạch. Bà Nguyễn Thị Sáu (thôn 4) đề nghị sớm làm đường và kéo điện vào khu tái định cư. Ông Y Kroa, người có uy tín bon Ndốt, kiến nghị dành quỹ đất sản xuất cho các hộ đồng bào Mnông bị thu hồi hết đất. Ông Phạm Văn Lực, Trưởng thôn Đắk Ru 2, đề nghị công khai danh sách hộ được hỗ trợ chuyển đổi nghề.
Đồng chí Lê Văn Hùng và lãnh đạo UBND xã đã trả lời trực tiếp 10 ý kiến; 2 ý kiến thuộc thẩm quyền của tỉnh được xã tổng hợp, báo cáo Sở Nông nghiệp và Môi trường. Bí thư Đảng ủy xã cam kết trong quý IV sẽ hoàn thành kéo điện vào khu tái định cư; giao UBND xã phối hợp doanh nghiệp hỗ trợ mỗi hộ mất đất sản xuất 30 triệu đồng để chuyển đổi nghề.
Thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân, cùng Kế hoạch số 18-KH/ĐU của Đảng ủy xã, từ nay đến cuối năm, Bí thư Đảng ủy xã sẽ tổ chức thêm 2 buổi đối thoại tại các bon đồng bào dân tộc thiểu số.
Văn phòng HĐND và UBND xã
Tin khác
- Xã Quảng Tín ra mắt mô hình "Bon không có đơn thư vượt cấp" (08/10/2025)
- Trao 50 suất học bổng cho học sinh đồng bào Mnông (30/09/2025)
- Đại hội Đảng bộ xã Quảng Tín lần thứ I, nhiệm kỳ 2025 - 2030 (12/08/2025)
""",
"2025-10-16",
"Bí thư Đảng ủy xã đối thoại với nhân dân về đất đai, tái định cư",
E("doi_thoai", "2025", "2025-10-15"),
[
    P("Lê Văn Hùng", "Bí thư Đảng ủy xã"),
    P("Y Bliêng", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
    P("Nguyễn Thị Hường", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
    P("Trần Quốc Tuấn", "Phó Chủ tịch UBND xã"),
    P("Thị Blanh", "Phó Chủ tịch UBND xã"),
    P("Điểu Mlông"),
    P("Nguyễn Thị Sáu"),
    P("Y Kroa", "người có uy tín bon Ndốt"),
    P("Phạm Văn Lực", "Trưởng thôn Đắk Ru 2"),
],
[
    Q("Hơn 150 người dân", 150, "người dân", "over"),
    Q("326 hộ", 326, "hộ"),
    Q("184,5 ha", 184.5, "ha"),
    Q("254 hộ", 254, "hộ"),
    Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over"),
    Q("112 lô đất tái định cư", 112, "lô đất tái định cư"),
    Q("1.046 giấy chứng nhận quyền sử dụng đất", 1046, "giấy chứng nhận quyền sử dụng đất"),
    Q("87%", 87, "%"),
    Q("12 ý kiến", 12, "ý kiến"),
    Q("145.000 đồng/cây", 145000, "đồng"),
    Q("10 ý kiến", 10, "ý kiến"),
    Q("2 ý kiến", 2, "ý kiến"),
    Q("30 triệu đồng", 30000000, "đồng"),
    Q("2 buổi đối thoại", 2, "buổi đối thoại"),
],
[
    D("Nghị định", "88", "2024/NĐ-CP", None, "Chính phủ", surface="Nghị định số 88/2024/NĐ-CP của Chính phủ"),
    D("Quyết định", "2596", "QĐ-UBND", "2025-09-26", "UBND tỉnh", surface="Quyết định số 2596/QĐ-UBND ngày 26/9/2025 của UBND tỉnh"),
    D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", surface="Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị"),
    D("Kế hoạch", "18", "KH/ĐU", None, "Đảng ủy xã", surface="Kế hoạch số 18-KH/ĐU của Đảng ủy xã"),
],
[prov("Lâm Đồng"), com("Quảng Tín"), com("Đắk Ru"), com("Đắk Sin"), prov("Đắk Nông")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG TÍN - TỈNH LÂM ĐỒNG", "Trang chủ / Tin tức - Sự kiện / Hoạt động của Đảng ủy",
 "Văn phòng HĐND và UBND xã", "Bu Dăr", "Ndốt", "Đắk R'lấp"],
["16/10/2025 15:30:00", "thôn 4", "Đắk Ru 2", "quý IV", "từ ngày 1/7/2025", "năm 2025"],
))

# ---------------------------------------------------------------- b1108 Đồng Nai (mới, hợp nhất Bình Phước) 2026, Ban Tuyên giáo và Dân vận Tỉnh ủy, giao ban quý I
PAGES.append(page(
"b1108-dongnai-btgdv-giaoban-2026",
"""
BÁO ĐỒNG NAI ĐIỆN TỬ
You are here: Trang chủ › Chính trị › Xây dựng Đảng
Thứ Năm, 09/04/2026 - 16:40
Khối dân vận triển khai nhiệm vụ quý II/2026
Quang cảnh hội nghị giao ban.
Chiều 8/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức hội nghị giao ban công tác dân vận quý I năm 2026 với khối dân vận 95 xã, phường trong tỉnh. Đồng chí Huỳnh Thị Mỹ Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; các đồng chí Điểu Lộc, Lâm Mỹ Linh - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy đồng chủ trì. Dự hội nghị có đồng chí Trần Quốc Kiệt, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh.
Quý I năm 2026, khối dân vận các cấp đã tập trung tuyên truyền, vận động nhân dân tham gia cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; tỷ lệ cử tri đi bầu toàn tỉnh đạt 99,4%. Các cấp đã phối hợp tổ chức 428 hội nghị tiếp xúc cử tri, tiếp nhận 1.160 ý kiến, kiến nghị. Dịp Tết Nguyên đán Bính Ngọ, khối dân vận phối hợp MTTQ trao 186.500 suất quà cho hộ nghèo, gia đình chính sách, công nhân lao động, tổng trị giá gần 145 tỷ đồng.
Ban Tuyên giáo và Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 18, 19-KL/TU về công tác dân vận trong giải phóng mặt bằng các dự án giao thông trọng điểm và về công tác vận động đồng bào dân tộc thiểu số ở khu vực tỉnh Bình Phước cũ; ban hành Kế hoạch số 03-KH/BTGDVTU triển khai Hướng dẫn số 21-HD/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương về công tác dân vận năm 2026. Việc triển khai Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật được gắn với tuyên truyền pháp luật ở cơ sở.
Trong quý, khối dân vận đã vận động 1.260 hộ dân bàn giao mặt bằng cho các dự án đường Vành đai 3, Vành đai 4 và các tuyến kết nối sân bay Long Thành; các cơ quan dân vận tiếp 52 lượt công dân, nhận 31 đơn thư, phối hợp giải quyết 24 đơn. Toàn tỉnh có 2.146 mô hình "Dân vận khéo", trong đó 86 mô hình mới được công nhận trong quý. Về dân vận chính quyền, các Trung tâm phục vụ hành chính công cấp xã đã tiếp nhận hơn 312.000 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 97,8%; 14 xã, phường được Ban Thường vụ Tỉnh ủy biểu dương về thực hiện dân chủ ở cơ sở.
Tại hội nghị, Linh mục Giuse Phạm Văn Tú, Chánh xứ giáo xứ Thái Hòa, phường Trấn Biên, chia sẻ việc giáo xứ phối hợp vận động 100% giáo dân đi bầu cử và tham gia giữ gìn an ninh trật tự. Ông Lưu Kiến Hoa, Trưởng ban Quản trị Thất Phủ cổ miếu, phường Trấn Biên, cho biết cộng đồng người Hoa đã đóng góp 1,2 tỷ đồng xây nhà tình thương cho hộ nghèo trong phường. Ông Dương Văn Tâm, người có uy tín ấp Lý Lịch 1, xã Phú Lý, đề nghị tỉnh tiếp tục hỗ trợ đồng bào Chơ Ro giữ rừng, làm du lịch sinh thái. Đồng chí Điểu Khum, Bí thư Chi bộ sóc Bom Bo, xã Bom Bo, cho biết đồng bào S'tiêng trong sóc đã hiến hơn 5.000 m2 đất làm đường vào khu sản xuất. Đồng chí Hà Thị Minh Thư, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Đồng Xoài, nêu khó khăn của cán bộ dân vận phường khi địa bàn được mở rộng gấp ba lần sau sắp xếp.
Kết luận hội nghị, đồng chí Huỳnh Thị Mỹ Dung đề nghị quý II khối dân vận tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng; vận động nhân dân thực hiện Luật Thực hiện dân chủ ở cơ sở; nắm chắc tình hình nhân dân ở các dự án, các khu công nghiệp, vùng đồng bào dân tộc, tôn giáo; chuẩn bị sơ kết 6 tháng đầu năm.
Minh Hải
Tin liên quan
- Gặp mặt chức sắc tôn giáo nhân dịp Phục sinh (05/04/2026)
- Phường Long Khánh ra mắt 12 tổ dân vận (28/03/2026)
- Đồng Nai: 99,4% cử tri đi bầu (17/03/2026)
""",
"2026-04-09",
"Khối dân vận triển khai nhiệm vụ quý II/2026",
E("giao_ban", "2026-Q1", "2026-04-08"),
[
    P("Huỳnh Thị Mỹ Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Điểu Lộc", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Lâm Mỹ Linh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Trần Quốc Kiệt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
    P("Giuse Phạm Văn Tú", "Linh mục", "Chánh xứ giáo xứ Thái Hòa"),
    P("Lưu Kiến Hoa", "Trưởng ban Quản trị Thất Phủ cổ miếu"),
    P("Dương Văn Tâm", "người có uy tín ấp Lý Lịch 1"),
    P("Điểu Khum", "Bí thư Chi bộ sóc Bom Bo"),
    P("Hà Thị Minh Thư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Đồng Xoài"),
],
[
    Q("95 xã, phường", 95, "xã, phường"),
    Q("99,4%", 99.4, "%"),
    Q("428 hội nghị tiếp xúc cử tri", 428, "hội nghị tiếp xúc cử tri"),
    Q("1.160 ý kiến, kiến nghị", 1160, "ý kiến, kiến nghị"),
    Q("186.500 suất quà", 186500, "suất quà"),
    Q("gần 145 tỷ đồng", 145000000000, "đồng", "approx"),
    Q("1.260 hộ dân", 1260, "hộ dân"),
    Q("52 lượt công dân", 52, "lượt công dân"),
    Q("31 đơn thư", 31, "đơn thư"),
    Q("24 đơn", 24, "đơn"),
    Q("2.146 mô hình", 2146, "mô hình"),
    Q("86 mô hình", 86, "mô hình"),
    Q("hơn 312.000 hồ sơ", 312000, "hồ sơ", "over"),
    Q("97,8%", 97.8, "%"),
    Q("14 xã, phường", 14, "xã, phường"),
    Q("100% giáo dân", 100, "%"),
    Q("1,2 tỷ đồng", 1200000000, "đồng"),
    Q("hơn 5.000 m2", 5000, "m2", "over"),
],
[
    D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kết luận 18, 19-KL/TU"),
    D("Kết luận", "19", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kết luận 18, 19-KL/TU"),
    D("Kế hoạch", "03", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Kế hoạch số 03-KH/BTGDVTU"),
    D("Hướng dẫn", "21", "HD/BTGDVTW", None, "Ban Tuyên giáo và Dân vận Trung ương", surface="Hướng dẫn số 21-HD/BTGDVTW của Ban Tuyên giáo và Dân vận Trung ương"),
    D("Nghị quyết", "66", "NQ/TW", "2025-04-30", "Bộ Chính trị", surface="Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị"),
],
[prov("Đồng Nai"), prov("Bình Phước"), com("Trấn Biên"), com("Phú Lý"), com("Bom Bo"), com("Đồng Xoài")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "You are here: Trang chủ › Chính trị › Xây dựng Đảng", "Quang cảnh hội nghị giao ban.",
 "Dân vận khéo", "Luật Thực hiện dân chủ ở cơ sở", "Nghị quyết Đại hội XIV của Đảng", "sân bay Long Thành", "Lý Lịch 1"],
["Thứ Năm, 09/04/2026 - 16:40", "Lý Lịch 1", "quý II/2026", "quý I năm 2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Vành đai 3",
 "Vành đai 4", "gấp ba lần", "Đại hội XIV", "6 tháng đầu năm"],
))
