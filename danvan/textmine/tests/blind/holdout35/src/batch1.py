"""holdout35 batch 1: b797-b802 (Lào Cai 2011, Nghệ An 2012, Quảng Nam 2013, Thanh Hóa 2014, Bình Thuận 2015, Hà Nam 2016)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b797
PAGES.append(page(
"b797-laocai-bdv-tongket-2011",
"""
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ » Tin tức - Sự kiện » Hoạt động dân vận
Thứ Tư, 28/12/2011 - 15:45 | Lượt xem: 1.246
Công tác dân vận góp phần giữ ổn định vùng đồng bào Mông
Ngày 27/12, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai phương hướng, nhiệm vụ năm 2012. Đồng chí Giàng Seo Vần, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có lãnh đạo Ban Dân vận các huyện ủy, thành ủy, Đảng ủy Khối các cơ quan tỉnh và Đảng ủy Khối doanh nghiệp tỉnh.
Đồng chí Giàng Seo Vần phát biểu chỉ đạo hội nghị.
Báo cáo do đồng chí Lù Thị Dín, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết: năm 2011, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 14-CT/TU ngày 04/5/2011 về tăng cường công tác dân vận ở vùng đồng bào dân tộc Mông, tập trung vào vấn đề di cư tự do và truyền đạo trái pháp luật; phối hợp hướng dẫn các huyện sơ kết Kết luận 62-KL/TW của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể. Việc thực hiện Quy chế dân chủ ở cơ sở tiếp tục đi vào nền nếp; 100% cơ quan, đơn vị đã xây dựng quy chế dân chủ theo Nghị định 71/1998/NĐ-CP của Chính phủ.
Khối dân vận các cấp đã vận động 1.326 hộ dân ở 11 xã vùng cao di dời ra khỏi vùng nguy cơ sạt lở, lũ quét, trong đó 412 hộ tự tháo dỡ, di chuyển nhà ngay trong mùa mưa lũ; vận động nhân dân hiến hơn 48.000 m2 đất, đóng góp gần 21.000 ngày công làm đường giao thông nông thôn. Ở xã Bản Lầu, huyện Mường Khương, vụ tranh chấp đất nương giữa 2 thôn kéo dài nhiều năm đã được giải quyết dứt điểm sau 3 buổi đối thoại do cấp ủy xã chủ trì, có sự tham gia của người có uy tín.
Các cơ quan dân vận đã phối hợp tiếp 264 lượt công dân, tiếp nhận 137 đơn thư khiếu nại, tố cáo, kiến nghị, đã giải quyết 121 đơn. Toàn tỉnh hiện có 498 người có uy tín trong đồng bào các dân tộc; trong năm, các cấp đã thăm hỏi, tặng quà người có uy tín với tổng kinh phí hơn 620 triệu đồng theo Quyết định 18/2011/QĐ-TTg của Thủ tướng Chính phủ.
Tại hội nghị, đồng chí Vàng A Dình, HUV, Trưởng Ban Dân vận Huyện ủy Mường Khương, chia sẻ kinh nghiệm phát huy vai trò già làng, trưởng bản trong vận động đồng bào; ông Thào Seo Lử, người có uy tín thôn Sảng Chải, kể lại việc đi từng nhà vận động bà con trả lại phần đất nương cho thôn bạn. Đồng chí Lý Láo Tả, Bí thư Đảng ủy xã Tả Phìn, đề nghị tỉnh hỗ trợ kinh phí hoạt động cho tổ dân vận thôn.
Phát biểu kết luận, đồng chí Giàng Seo Vần ghi nhận những kết quả khối dân vận đạt được, đồng thời chỉ ra hạn chế: công tác nắm tình hình ở một số nơi chưa kịp thời, còn để xảy ra tình trạng người dân bỏ địa phương đi nơi khác; việc tiếp dân, đối thoại của người đứng đầu cấp ủy có nơi chưa thường xuyên. Năm 2012, đồng chí yêu cầu các cấp tập trung tuyên truyền, vận động nhân dân thực hiện tốt chủ trương "3 không" ở vùng cao, xây dựng tổ dân vận thôn, bản hoạt động thực chất.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 12 tập thể và 19 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2011.
Lê Nam
Tin cùng chuyên mục
- Bắc Hà: Gặp mặt người có uy tín năm 2011 (20/12/2011)
- Ban Dân vận Tỉnh ủy kiểm tra công tác dân vận tại huyện Si Ma Cai (09/12/2011)
- Tập huấn nghiệp vụ cho 250 cán bộ dân vận cơ sở (25/11/2011)
- Sa Pa: Vận động 40 hộ dân hiến đất làm đường (11/11/2011)
""",
"2011-12-28",
"Công tác dân vận góp phần giữ ổn định vùng đồng bào Mông",
E("tong_ket", "2011", "2011-12-27"),
[
    P("Giàng Seo Vần", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Lù Thị Dín", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Vàng A Dình", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Khương"),
    P("Thào Seo Lử", "người có uy tín thôn Sảng Chải"),
    P("Lý Láo Tả", "Bí thư Đảng ủy xã Tả Phìn"),
],
[
    Q("100% cơ quan", 100, "%"),
    Q("1.326 hộ dân", 1326, "hộ dân"),
    Q("11 xã vùng cao", 11, "xã vùng cao"),
    Q("412 hộ", 412, "hộ"),
    Q("hơn 48.000 m2", 48000, "m2", "over"),
    Q("gần 21.000 ngày công", 21000, "ngày công", "approx"),
    Q("2 thôn", 2, "thôn"),
    Q("3 buổi đối thoại", 3, "buổi đối thoại"),
    Q("264 lượt công dân", 264, "lượt công dân"),
    Q("137 đơn thư", 137, "đơn thư"),
    Q("121 đơn", 121, "đơn"),
    Q("498 người có uy tín", 498, "người có uy tín"),
    Q("hơn 620 triệu đồng", 620000000, "đồng", "over"),
    Q("12 tập thể", 12, "tập thể"),
    Q("19 cá nhân", 19, "cá nhân"),
],
[
    D("Chỉ thị", "14", "CT/TU", "2011-05-04", "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị số 14-CT/TU ngày 04/5/2011"),
    D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", surface="Kết luận 62-KL/TW của Bộ Chính trị"),
    D("Nghị định", "71", "1998/NĐ-CP", None, "Chính phủ", surface="Nghị định 71/1998/NĐ-CP của Chính phủ"),
    D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 18/2011/QĐ-TTg của Thủ tướng Chính phủ"),
],
[prov("Lào Cai"), com("Bản Lầu"), com("Tả Phìn")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ » Tin tức - Sự kiện » Hoạt động dân vận",
 "Đồng chí Giàng Seo Vần phát biểu chỉ đạo hội nghị.", "Quy chế dân chủ ở cơ sở", "Sảng Chải"],
["Thứ Tư, 28/12/2011 - 15:45", "Lượt xem: 1.246", "năm 2012", "\"3 không\"", "Nghị định 71/1998/NĐ-CP"],
))

# ---------------------------------------------------------------- b798
PAGES.append(page(
"b798-nghean-giaoban-quy3-2012",
"""
Báo Nghệ An điện tử
Chính trị > Xây dựng Đảng
Thứ Bảy, 06/10/2012 08:30
Nhiều vụ việc phức tạp được giải quyết qua đối thoại
(Baonghean) - Chiều 5/10, Ban Dân vận Tỉnh ủy chủ trì giao ban Khối dân vận quý III năm 2012, đánh giá tình hình nhân dân và bàn nhiệm vụ quý IV. Đồng chí Lê Đình Sang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Vi Thị Hoa, Nguyễn Hữu Cầu.
Quang cảnh buổi giao ban. Ảnh: Đình Tuyên
Theo đánh giá, trong quý III, tình hình nhân dân trên địa bàn tỉnh cơ bản ổn định, tuy nhiên vẫn phát sinh 47 vụ việc khiếu kiện đông người, tập trung ở lĩnh vực bồi thường, giải phóng mặt bằng và ô nhiễm môi trường. Khối dân vận đã phối hợp chính quyền tổ chức 12 buổi đối thoại, giải quyết ổn định 42 vụ việc, đạt 89,4%.
Điển hình là vụ việc tại xã Tân Long, huyện Tân Kỳ: hơn 200 người dân kéo đến cổng nhà máy chế biến tinh bột sắn phản đối việc xả nước thải gây mùi hôi. Ban Dân vận Huyện ủy đã cùng UBND huyện và doanh nghiệp đối thoại trực tiếp với nhân dân; doanh nghiệp cam kết đầu tư 2,5 tỷ đồng nâng cấp hệ thống xử lý nước thải và hỗ trợ 3 triệu đồng mỗi hộ bị ảnh hưởng; người dân đã tự giải tán, không để phát sinh điểm nóng. Tại xã Diễn Thịnh, huyện Diễn Châu, sau 2 lần đối thoại, 37 hộ đã đồng ý nhận tiền bồi thường, bàn giao mặt bằng mở rộng Quốc lộ 1A.
Về công tác tiếp dân, các cơ quan trong khối đã tiếp 1.215 lượt người, nhận 318 đơn thư, trong đó có 96 đơn vượt cấp. Thượng tá Phan Văn Thành, Phó Trưởng phòng An ninh nội địa Công an tỉnh, thông tin: một số đối tượng lợi dụng vấn đề đất đai, tôn giáo để kích động, lôi kéo người dân khiếu kiện; đề nghị khối dân vận tăng cường nắm tình hình tại 15 xã vùng giáo.
Đồng chí Lô Văn Pọm, Bí thư Huyện ủy Quế Phong, báo cáo việc vận động đồng bào Thái, Khơ Mú ở các bản tái định cư thủy điện ổn định cuộc sống; bà Moong Thị Dung, Chủ tịch Hội LHPN huyện Kỳ Sơn, phản ánh tình trạng phụ nữ bị lừa bán sang biên giới.
Kết luận giao ban, đồng chí Lê Đình Sang đề nghị các thành viên trong khối tiếp tục quán triệt Quyết định 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; triển khai Kế hoạch 68-KH/BDV của Ban Dân vận Tỉnh ủy về khảo sát tình hình tư tưởng nhân dân vùng dự án. Các huyện ủy chỉ đạo đối thoại ngay từ khi vụ việc mới phát sinh, không để kéo dài, phức tạp; quý IV phải có báo cáo chuyên đề về các vụ việc tồn đọng.
Đình Tuyên
Tin liên quan
- Thanh Chương: Vận động nhân dân hiến đất làm đường liên xã (28/09/2012)
- Gặp mặt 120 già làng, trưởng bản tiêu biểu (14/09/2012)
- Tăng cường công tác dân vận vùng giáo (03/09/2012)
""",
"2012-10-06",
"Nhiều vụ việc phức tạp được giải quyết qua đối thoại",
E("giao_ban", "2012-Q3", "2012-10-05"),
[
    P("Lê Đình Sang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Vi Thị Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Nguyễn Hữu Cầu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Phan Văn Thành", "Thượng tá", "Phó Trưởng phòng An ninh nội địa Công an tỉnh"),
    P("Lô Văn Pọm", "Bí thư Huyện ủy Quế Phong"),
    P("Moong Thị Dung", "Chủ tịch Hội LHPN huyện Kỳ Sơn"),
],
[
    Q("47 vụ việc", 47, "vụ việc khiếu kiện đông người"),
    Q("12 buổi đối thoại", 12, "buổi đối thoại"),
    Q("42 vụ việc", 42, "vụ việc"),
    Q("89,4%", 89.4, "%"),
    Q("hơn 200 người dân", 200, "người dân", "over"),
    Q("2,5 tỷ đồng", 2500000000, "đồng"),
    Q("3 triệu đồng", 3000000, "đồng"),
    Q("2 lần đối thoại", 2, "lần đối thoại"),
    Q("37 hộ", 37, "hộ"),
    Q("1.215 lượt người", 1215, "lượt người"),
    Q("318 đơn thư", 318, "đơn thư"),
    Q("96 đơn vượt cấp", 96, "đơn vượt cấp"),
    Q("15 xã vùng giáo", 15, "xã vùng giáo"),
],
[
    D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", surface="Quyết định 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị"),
    D("Kế hoạch", "68", "KH/BDV", None, "Ban Dân vận Tỉnh ủy", surface="Kế hoạch 68-KH/BDV của Ban Dân vận Tỉnh ủy"),
],
[prov("Nghệ An"), com("Tân Long"), com("Diễn Thịnh")],
["Báo Nghệ An điện tử", "Chính trị > Xây dựng Đảng", "Quang cảnh buổi giao ban. Ảnh: Đình Tuyên", "(Baonghean)",
 "Quy chế công tác dân vận của hệ thống chính trị", "Quốc lộ 1A"],
["Thứ Bảy, 06/10/2012 08:30", "quý III năm 2012", "quý IV", "Quốc lộ 1A", "Quyết định 290-QĐ/TW"],
))

# ---------------------------------------------------------------- b799
PAGES.append(page(
"b799-quangnam-bieuduong-nguoicouytin-2013",
"""
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NAM
Trang chủ / Tin tức - Sự kiện / Chính trị
13-09-2013 | 10:12
Biểu dương 215 người có uy tín tiêu biểu vùng đồng bào dân tộc thiểu số
Sáng 12/9, tại TP Tam Kỳ, Ban Dân vận Tỉnh ủy Quảng Nam phối hợp với Ban Dân tộc tỉnh tổ chức Hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2013. Tham dự có đồng chí Trần Đình Khải, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; đồng chí Phan Thị Mỹ Lộc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và 215 già làng, trưởng thôn, người có uy tín đến từ 9 huyện miền núi.
Các đại biểu người có uy tín chụp ảnh lưu niệm với lãnh đạo tỉnh.
Theo báo cáo của Ban Dân tộc tỉnh, toàn tỉnh hiện có 1.048 người có uy tín, phần lớn là đồng bào Cơ Tu, Xơ Đăng, Giẻ Triêng, Co, Bh'noong. Thời gian qua, đội ngũ này đã tích cực vận động bà con phát triển sản xuất, giữ gìn an ninh trật tự; góp phần hòa giải thành công 73 vụ mâu thuẫn trong cộng đồng, vận động 156 hộ tháo dỡ nhà ở vùng sạt lở để chuyển đến nơi ở mới. Chính sách đối với người có uy tín theo Quyết định 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ được thực hiện đầy đủ, kịp thời.
Tại hội nghị, già làng Clâu Nhìu ở thôn Bhlô Bền, xã A Tiêng, huyện Tây Giang chia sẻ: "Làng mình trước đây còn tục chôn của cho người chết, tốn kém lắm. Mình là người già phải đi trước, nói trước thì bà con mới nghe". Ông Hồ Văn Tín, trưởng thôn 2 xã Trà Cang (huyện Nam Trà My) kể về việc vận động bà con không phá rừng làm rẫy. Bà Pơloong Thị Bhưa, người có uy tín ở xã Ga Ri, đề nghị tỉnh quan tâm hỗ trợ thêm thiết bị nghe nhìn để đồng bào nắm bắt thông tin.
Thay mặt lãnh đạo tỉnh, đồng chí Trần Đình Khải biểu dương những đóng góp của người có uy tín. Đồng chí đề nghị các cấp ủy, chính quyền tiếp tục thực hiện Chỉ thị 06/2008/CT-TTg về phát huy vai trò người có uy tín; quán triệt sâu rộng Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới.
Đồng chí Phan Thị Mỹ Lộc cho biết, Ban Dân vận Tỉnh ủy sẽ tham mưu Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện Nghị quyết 25-NQ/TW, trong đó có nội dung định kỳ cung cấp thông tin thời sự cho người có uy tín.
Dịp này, UBND tỉnh tặng Bằng khen cho 28 người có uy tín có thành tích xuất sắc; mỗi đại biểu dự hội nghị được tặng một phần quà trị giá 500.000 đồng.
Bài, ảnh: Hoàng Liên
Bài viết liên quan
- Tây Giang: 40 người có uy tín được tập huấn kỹ năng hòa giải (30/08/2013)
- Nam Giang tổ chức hội nghị đối thoại với đồng bào vùng thủy điện (15/08/2013)
- Nông Sơn: Vận động nhân dân giữ rừng đầu nguồn (02/08/2013)
""",
"2013-09-13",
"Biểu dương 215 người có uy tín tiêu biểu vùng đồng bào dân tộc thiểu số",
E("hoi_nghi", "2013", "2013-09-12"),
[
    P("Trần Đình Khải", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
    P("Phan Thị Mỹ Lộc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Clâu Nhìu", "già làng"),
    P("Hồ Văn Tín", "trưởng thôn 2 xã Trà Cang"),
    P("Pơloong Thị Bhưa", "người có uy tín ở xã Ga Ri"),
],
[
    Q("215 người có uy tín tiêu biểu", 215, "người có uy tín tiêu biểu"),
    Q("9 huyện miền núi", 9, "huyện miền núi"),
    Q("1.048 người có uy tín", 1048, "người có uy tín"),
    Q("73 vụ mâu thuẫn", 73, "vụ mâu thuẫn"),
    Q("156 hộ", 156, "hộ"),
    Q("28 người có uy tín", 28, "người có uy tín"),
    Q("500.000 đồng", 500000, "đồng"),
],
[
    D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", surface="Quyết định 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ"),
    D("Chỉ thị", "06", "2008/CT-TTg", None, None, surface="Chỉ thị 06/2008/CT-TTg"),
    D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", surface="Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng"),
],
[prov("Quảng Nam"), com("A Tiêng"), com("Trà Cang"), com("Ga Ri")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NAM", "Trang chủ / Tin tức - Sự kiện / Chính trị",
 "Các đại biểu người có uy tín chụp ảnh lưu niệm với lãnh đạo tỉnh.", "Bhlô Bền", "Tam Kỳ", "Ban Dân tộc tỉnh"],
["13-09-2013 | 10:12", "năm 2013", "khóa XI", "thôn 2", "một phần quà"],
))

# ---------------------------------------------------------------- b800
PAGES.append(page(
"b800-thanhhoa-xa-doithoai-gpmb-2014",
"""
BÁO THANH HÓA - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Thanh Hóa
Trang chủ | Thời sự | Xây dựng Đảng
Thứ Sáu, 20/06/2014 10:05
Đối thoại để người dân đồng thuận bàn giao mặt bằng
Chiều 19/6, Đảng ủy, UBND xã Hải Thượng (Tĩnh Gia) tổ chức hội nghị đối thoại với nhân dân năm 2014 về công tác bồi thường, hỗ trợ, tái định cư dự án khu tái định cư phục vụ Khu kinh tế Nghi Sơn. Dự hội nghị có đồng chí Lê Thị Hằng, Trưởng Ban Dân vận Huyện ủy Tĩnh Gia; ông Mai Xuân Bảy, Phó Trưởng ban Quản lý Khu kinh tế Nghi Sơn cùng hơn 300 người dân thuộc 4 thôn có đất bị thu hồi.
Người dân thôn Tân Lộc nêu ý kiến tại hội nghị đối thoại.
Đồng chí Lê Văn Thúy, Bí thư Đảng ủy xã Hải Thượng chủ trì hội nghị. Theo báo cáo của UBND xã, dự án thu hồi 42,6 ha đất của 412 hộ; đến nay đã có 274 hộ nhận tiền bồi thường với tổng số tiền 38,6 tỷ đồng, còn 138 hộ chưa nhận tiền, chưa bàn giao mặt bằng. Nguyên nhân chủ yếu là người dân chưa đồng tình với đơn giá bồi thường đất vườn, cây lâu năm và vị trí lô đất tái định cư.
Tại buổi đối thoại, 16 ý kiến của người dân đã được nêu thẳng thắn. Ông Lê Văn Quế (thôn Tân Lộc) đề nghị làm rõ vì sao cùng một thửa đất nhưng phần đất vườn lại được tính giá thấp hơn đất ở. Bà Hoàng Thị Lụa (thôn Thượng Hải) phản ánh việc đo đạc thiếu 120 m2 đất của gia đình. Trưởng thôn Tân Lộc Mai Văn Tình đề nghị sớm hoàn thiện hạ tầng khu tái định cư để bà con yên tâm di chuyển.
Các ý kiến đã được lãnh đạo xã và đại diện Ban Quản lý Khu kinh tế trả lời cụ thể. Ông Mai Xuân Bảy cho biết đơn giá bồi thường được áp dụng theo Quyết định số 1820/QĐ-UBND ngày 12/5/2014 của UBND tỉnh; với các trường hợp đo đạc chưa chính xác, Ban sẽ cùng xã kiểm tra lại ngay trong tháng 6. Chủ tịch UBND xã Nguyễn Đình Hòa thông tin thêm, mỗi hộ bàn giao mặt bằng trước ngày 30/7 được thưởng tiến độ 5 triệu đồng.
Kết luận hội nghị, đồng chí Lê Văn Thúy đề nghị các chi bộ, Mặt trận và đoàn thể xã tiếp tục đến từng hộ tuyên truyền Luật Đất đai năm 2013 và Nghị định 47/2014/NĐ-CP của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất; những nội dung vượt thẩm quyền, xã sẽ tổng hợp báo cáo huyện.
Đồng chí Lê Thị Hằng đánh giá cao cách làm của Đảng ủy xã Hải Thượng: tổ chức đối thoại ngay tại nhà văn hóa thôn, có biên bản, có thời hạn trả lời. Sau hội nghị, 21 hộ đã ký biên bản đồng ý nhận tiền bồi thường.
Minh Hiếu
Các tin khác
- Hải Yến: Tổ dân vận thôn vào cuộc giải phóng mặt bằng (12/06/2014)
- Nông Cống: Tập huấn công tác dân vận chính quyền (05/06/2014)
- Hơn 500 hộ dân hiến đất mở đường giao thông nông thôn (28/05/2014)
""",
"2014-06-20",
"Đối thoại để người dân đồng thuận bàn giao mặt bằng",
E("doi_thoai", "2014", "2014-06-19"),
[
    P("Lê Thị Hằng", "Trưởng Ban Dân vận Huyện ủy Tĩnh Gia"),
    P("Mai Xuân Bảy", "Phó Trưởng ban Quản lý Khu kinh tế Nghi Sơn"),
    P("Lê Văn Thúy", "Bí thư Đảng ủy xã Hải Thượng"),
    P("Lê Văn Quế"),
    P("Hoàng Thị Lụa"),
    P("Mai Văn Tình", "Trưởng thôn Tân Lộc"),
    P("Nguyễn Đình Hòa", "Chủ tịch UBND xã"),
],
[
    Q("hơn 300 người dân", 300, "người dân", "over"),
    Q("4 thôn", 4, "thôn"),
    Q("42,6 ha", 42.6, "ha"),
    Q("412 hộ", 412, "hộ"),
    Q("274 hộ", 274, "hộ"),
    Q("38,6 tỷ đồng", 38600000000, "đồng"),
    Q("138 hộ", 138, "hộ"),
    Q("16 ý kiến", 16, "ý kiến"),
    Q("120 m2", 120, "m2"),
    Q("5 triệu đồng", 5000000, "đồng"),
    Q("21 hộ", 21, "hộ"),
],
[
    D("Quyết định", "1820", "QĐ-UBND", "2014-05-12", "UBND tỉnh", surface="Quyết định số 1820/QĐ-UBND ngày 12/5/2014 của UBND tỉnh"),
    D("Nghị định", "47", "2014/NĐ-CP", None, "Chính phủ", surface="Nghị định 47/2014/NĐ-CP của Chính phủ"),
],
[prov("Thanh Hóa"), com("Hải Thượng")],
["BÁO THANH HÓA - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Thanh Hóa", "Trang chủ | Thời sự | Xây dựng Đảng",
 "Người dân thôn Tân Lộc nêu ý kiến tại hội nghị đối thoại.", "Khu kinh tế Nghi Sơn", "Luật Đất đai năm 2013", "Tân Lộc"],
["Thứ Sáu, 20/06/2014 10:05", "ngày 30/7", "tháng 6", "Luật Đất đai năm 2013"],
))

# ---------------------------------------------------------------- b801
PAGES.append(page(
"b801-binhthuan-bdv-soket-2015",
"""
Ban Dân vận Tỉnh ủy Bình Thuận
Trang chủ >> Hoạt động >> Tin trong tỉnh
15/07/2015 | 16:40 | Lượt đọc: 532
Sơ kết công tác dân vận 6 tháng đầu năm 2015
Ngày 14/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2015. Phó Bí thư Thường trực Tỉnh ủy Trần Hữu Đạt dự và chỉ đạo hội nghị. Đồng chí Nguyễn Thị Kim Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Phó Bí thư Thường trực Tỉnh ủy Trần Hữu Đạt phát biểu chỉ đạo hội nghị.
6 tháng đầu năm, khối dân vận các cấp đã tập trung triển khai Quyết định 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền; Ban Chỉ đạo Quy chế dân chủ ở cơ sở tỉnh ban hành Kế hoạch 08-KH/BCĐ về kiểm tra thực hiện Nghị định 04/2015/NĐ-CP của Chính phủ tại 24 cơ quan, đơn vị. Phong trào thi đua "Dân vận khéo" được triển khai sâu rộng, toàn tỉnh xây dựng được 126 mô hình, điển hình mới, nâng tổng số lên 418 mô hình.
Công tác nắm tình hình nhân dân được chú trọng. Tại xã Hòa Thắng, huyện Bắc Bình, khi gần 150 hộ dân phản ứng việc doanh nghiệp khai thác titan để cát tràn xuống ruộng, Đảng ủy xã đã chủ động báo cáo Huyện ủy, tổ chức đối thoại với sự tham gia của doanh nghiệp; doanh nghiệp bồi thường 1,2 tỷ đồng cho 63 hộ và cam kết xây bờ bao chắn cát trước mùa mưa. Các cơ quan trong khối đã tiếp 436 lượt công dân, tiếp nhận 208 đơn, đã chuyển và giải quyết 187 đơn.
Công tác vận động đồng bào Chăm và chức sắc tôn giáo có nhiều chuyển biến. Ông Thông Văn Bường, Phó Chủ tịch Hội đồng Chức sắc Bàlamôn giáo tỉnh, cho biết các vị chức sắc đã vận động bà con tổ chức lễ Ramưwan tiết kiệm, đúng quy định. Đồng chí Đàng Năng Thọ, Bí thư Đảng ủy xã Phan Thanh, chia sẻ mô hình "Tổ hòa giải ba cùng" giúp xã hòa giải thành công 19 vụ mâu thuẫn.
Phát biểu chỉ đạo, đồng chí Trần Hữu Đạt yêu cầu 6 tháng cuối năm, khối dân vận tập trung vận động nhân dân tham gia góp ý dự thảo văn kiện đại hội đảng các cấp, nhiệm kỳ 2015 - 2020; chủ động tham mưu giải quyết các vụ việc phức tạp ngay từ cơ sở. Đồng chí Lộ Thị Thu Trang, Phó Trưởng Ban Dân vận Tỉnh ủy đã quán triệt chương trình công tác 6 tháng cuối năm.
Tại hội nghị, Ban Dân vận Tỉnh ủy khen thưởng 14 tập thể, 22 cá nhân đạt thành tích trong phong trào "Dân vận khéo".
T.Hồng
Tin khác
- Hàm Thuận Nam: Gặp mặt chức sắc tôn giáo dịp lễ Katê (02/07/2015)
- Tuy Phong: Đối thoại với ngư dân về khai thác hải sản vùng lộng (24/06/2015)
- Tập huấn công tác dân vận chính quyền năm 2015 (10/06/2015)
""",
"2015-07-15",
"Sơ kết công tác dân vận 6 tháng đầu năm 2015",
E("so_ket", "2015-H1", "2015-07-14"),
[
    P("Trần Hữu Đạt", "Phó Bí thư Thường trực Tỉnh ủy"),
    P("Nguyễn Thị Kim Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Thông Văn Bường", "Phó Chủ tịch Hội đồng Chức sắc Bàlamôn giáo tỉnh"),
    P("Đàng Năng Thọ", "Bí thư Đảng ủy xã Phan Thanh"),
    P("Lộ Thị Thu Trang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
],
[
    Q("24 cơ quan", 24, "cơ quan, đơn vị"),
    Q("126 mô hình", 126, "mô hình, điển hình"),
    Q("418 mô hình", 418, "mô hình"),
    Q("gần 150 hộ dân", 150, "hộ dân", "approx"),
    Q("1,2 tỷ đồng", 1200000000, "đồng"),
    Q("63 hộ", 63, "hộ"),
    Q("436 lượt công dân", 436, "lượt công dân"),
    Q("208 đơn", 208, "đơn"),
    Q("187 đơn", 187, "đơn"),
    Q("19 vụ mâu thuẫn", 19, "vụ mâu thuẫn"),
    Q("14 tập thể", 14, "tập thể"),
    Q("22 cá nhân", 22, "cá nhân"),
],
[
    D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 217-QĐ/TW"),
    D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", surface="218-QĐ/TW của Bộ Chính trị"),
    D("Kế hoạch", "08", "KH/BCĐ", None, "Ban Chỉ đạo Quy chế dân chủ ở cơ sở tỉnh", surface="Kế hoạch 08-KH/BCĐ"),
    D("Nghị định", "04", "2015/NĐ-CP", None, "Chính phủ", surface="Nghị định 04/2015/NĐ-CP của Chính phủ"),
],
[prov("Bình Thuận"), com("Hòa Thắng"), com("Phan Thanh")],
["Ban Dân vận Tỉnh ủy Bình Thuận", "Trang chủ >> Hoạt động >> Tin trong tỉnh",
 "Phó Bí thư Thường trực Tỉnh ủy Trần Hữu Đạt phát biểu chỉ đạo hội nghị.", "Dân vận khéo", "Tổ hòa giải ba cùng", "Ramưwan"],
["15/07/2015 | 16:40 | Lượt đọc: 532", "6 tháng đầu năm", "6 tháng cuối năm 2015", "nhiệm kỳ 2015 - 2020"],
))

# ---------------------------------------------------------------- b802
PAGES.append(page(
"b802-hanam-taphuan-tiepcongdan-2016",
"""
HANAM.GOV.VN - Cổng thông tin điện tử tỉnh Hà Nam
Bạn đang ở: Trang chủ › Tin tức › Hoạt động của các cơ quan Đảng
Thứ Tư, 24/08/2016
Tập huấn kỹ năng tiếp công dân, đối thoại với nhân dân cho cán bộ cơ sở
Trong 2 ngày 23 và 24/8, Ban Dân vận Tỉnh ủy Hà Nam phối hợp với Thanh tra tỉnh tổ chức lớp tập huấn nghiệp vụ công tác dân vận chính quyền, kỹ năng tiếp công dân và đối thoại với nhân dân năm 2016 cho 180 học viên là Phó Bí thư Đảng ủy, Chủ tịch UBND, cán bộ địa chính, cán bộ tư pháp các xã, phường, thị trấn và trưởng khối dân vận 6 huyện, thành phố.
Toàn cảnh lớp tập huấn.
Phát biểu khai mạc, đồng chí Trần Thị Thanh Nhàn, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: những năm gần đây, đơn thư liên quan đến đất đai, bồi thường giải phóng mặt bằng ở một số địa phương có chiều hướng tăng; nhiều vụ việc lẽ ra giải quyết được ngay ở cơ sở nếu người đứng đầu chịu lắng nghe, đối thoại sớm. Năm 2015, toàn tỉnh tiếp nhận 1.384 đơn thư, trong đó gần 70% liên quan đến đất đai.
Các học viên được nghe đồng chí Trần Quốc Việt, Phó Chánh Thanh tra tỉnh, giới thiệu Luật Tiếp công dân năm 2013 và Nghị định 64/2014/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật; quán triệt Chỉ thị 35-CT/TW ngày 26/5/2014 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác tiếp công dân và giải quyết khiếu nại, tố cáo. Trung tá Phạm Thị Hà, Phó Trưởng phòng An ninh chính trị nội bộ Công an tỉnh, trao đổi kinh nghiệm nhận diện, xử lý tình huống khi có đông người tụ tập, khiếu kiện.
Đồng chí Đỗ Văn Quyết, Phó Trưởng Ban Dân vận Tỉnh ủy, hướng dẫn triển khai Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp và Kế hoạch 36-KH/BDVTU của Ban Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo" trong giải quyết đơn thư ở cơ sở.
Tại lớp học, nhiều tình huống thực tế được đưa ra thảo luận. Đồng chí Nguyễn Văn Tuấn, Chủ tịch UBND xã Thanh Nghị (huyện Thanh Liêm), chia sẻ: năm 2015, xã tổ chức 4 cuộc đối thoại với 57 hộ dân bị ảnh hưởng bụi từ các mỏ đá; nhờ công khai số liệu quan trắc và cam kết của doanh nghiệp về hỗ trợ 1,5 triệu đồng/hộ/năm, tình hình đã ổn định. Bà Lại Thị Hoan, Phó Bí thư Đảng ủy phường Lam Hạ, nêu khó khăn khi tiếp công dân đến nhiều lần với cùng một nội dung đã được giải quyết đúng pháp luật.
Kết thúc lớp tập huấn, 100% học viên hoàn thành bài thu hoạch. Ban Dân vận Tỉnh ủy sẽ tiếp tục mở thêm 2 lớp cho cán bộ thôn, tổ dân phố trong tháng 10.
Thu Hiền
Tin liên quan
- Duy Tiên: Hội nghị đối thoại giữa Bí thư Huyện ủy với nhân dân (15/08/2016)
- Ban Dân vận Tỉnh ủy kiểm tra thực hiện Quy chế dân chủ ở Kim Bảng (05/08/2016)
- Lý Nhân: 30 mô hình "Dân vận khéo" được biểu dương (27/07/2016)
""",
"2016-08-24",
"Tập huấn kỹ năng tiếp công dân, đối thoại với nhân dân cho cán bộ cơ sở",
E("tap_huan", "2016", "2016-08-23"),
[
    P("Trần Thị Thanh Nhàn", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Trần Quốc Việt", "Phó Chánh Thanh tra tỉnh"),
    P("Phạm Thị Hà", "Trung tá", "Phó Trưởng phòng An ninh chính trị nội bộ Công an tỉnh"),
    P("Đỗ Văn Quyết", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Nguyễn Văn Tuấn", "Chủ tịch UBND xã Thanh Nghị"),
    P("Lại Thị Hoan", "Phó Bí thư Đảng ủy phường Lam Hạ"),
],
[
    Q("180 học viên", 180, "học viên"),
    Q("6 huyện, thành phố", 6, "huyện, thành phố"),
    Q("1.384 đơn thư", 1384, "đơn thư"),
    Q("gần 70%", 70, "%", "approx"),
    Q("4 cuộc đối thoại", 4, "cuộc đối thoại"),
    Q("57 hộ dân", 57, "hộ dân"),
    Q("1,5 triệu đồng", 1500000, "đồng"),
    Q("100% học viên", 100, "%"),
    Q("2 lớp", 2, "lớp"),
],
[
    D("Nghị định", "64", "2014/NĐ-CP", None, "Chính phủ", surface="Nghị định 64/2014/NĐ-CP của Chính phủ"),
    D("Chỉ thị", "35", "CT/TW", "2014-05-26", "Bộ Chính trị", surface="Chỉ thị 35-CT/TW ngày 26/5/2014 của Bộ Chính trị"),
    D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", surface="Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư"),
    D("Kế hoạch", "36", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Kế hoạch 36-KH/BDVTU của Ban Dân vận Tỉnh ủy"),
],
[prov("Hà Nam"), com("Thanh Nghị"), com("Lam Hạ")],
["HANAM.GOV.VN - Cổng thông tin điện tử tỉnh Hà Nam", "Bạn đang ở: Trang chủ › Tin tức › Hoạt động của các cơ quan Đảng",
 "Toàn cảnh lớp tập huấn.", "Luật Tiếp công dân năm 2013", "Dân vận khéo", "Thanh tra tỉnh"],
["Thứ Tư, 24/08/2016", "2 ngày 23 và 24/8", "Năm 2015", "Luật Tiếp công dân năm 2013", "1,5 triệu đồng/hộ/năm", "tháng 10"],
))
