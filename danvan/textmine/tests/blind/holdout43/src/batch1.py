"""holdout43 batch 1: b989-b994 (page text and labels side by side)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b989
PAGES.append(page(
"b989-laocai-bdv-tongket-2011",
"""
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang thông tin điện tử
Trang chủ » Hoạt động » Tin hoạt động của Ban
Khối dân vận tỉnh Lào Cai tổng kết công tác năm 2011
Thứ Tư, 28/12/2011 - 16:20 | Lượt xem: 845
(BDV) - Ngày 27/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Vàng A Chớ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có đồng chí Nguyễn Hữu Tường, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lý Seo Chảo, Đặng Thị Thu Hà; lãnh đạo Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh và trưởng ban dân vận các huyện ủy, thành ủy.
Năm 2011, khối dân vận các cấp tập trung tuyên truyền, vận động nhân dân tham gia cuộc bầu cử đại biểu Quốc hội khóa XIII và đại biểu HĐND các cấp nhiệm kỳ 2011 - 2016; tỷ lệ cử tri đi bầu toàn tỉnh đạt 99,7%. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 36-KH/TU triển khai Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị về tiếp tục đẩy mạnh việc "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh"; hướng dẫn các huyện sơ kết 3 năm thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy về công tác vận động đồng bào Mông. Ban phối hợp kiểm tra việc thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị tại 4 huyện Bát Xát, Mường Khương, Si Ma Cai, Bắc Hà.
Mặt trận và các đoàn thể đã vận động nhân dân hiến 46.800 m2 đất, đóng góp trên 12.500 ngày công làm mới, sửa chữa 86 km đường giao thông nông thôn; phối hợp hỗ trợ làm 412 nhà ở cho hộ nghèo theo Quyết định 167/2008/QĐ-TTg của Thủ tướng Chính phủ. Toàn tỉnh hiện có 1.612 tổ dân vận ở thôn, bản, tổ dân phố; 38 hộ di cư tự do đã được vận động trở về quê cũ ổn định cuộc sống.
Ảnh: Đồng chí Vàng A Chớ phát biểu tại hội nghị.
Tại hội nghị, các đại biểu tập trung thảo luận về việc nắm tình hình nhân dân ở vùng biên giới. Đồng chí Giàng Seo Vần, HUV, Trưởng Ban Dân vận Huyện ủy Si Ma Cai cho biết, huyện đã duy trì tổ "3 cùng" ở 13 xã, cán bộ về ở, ăn, làm cùng dân từ 10 đến 15 ngày mỗi tháng. Bà Tẩn Thị Mẩy, Chủ tịch Hội LHPN xã Sàng Ma Sáo, huyện Bát Xát, kiến nghị tỉnh có cơ chế hỗ trợ cán bộ hội ở thôn, bản vùng cao. Ông Lù Văn Páo, người có uy tín thôn Pạc Tà, xã Bản Lầu, chia sẻ kinh nghiệm vận động bà con không nghe kẻ xấu xúi giục, giữ vững an ninh vùng biên.
Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực Tỉnh ủy Nguyễn Hữu Tường ghi nhận kết quả khối dân vận đạt được trong năm, đồng thời chỉ ra một số hạn chế: việc thực hiện Quy chế dân chủ ở cơ sở một số nơi còn hình thức; công tác nắm tình hình có lúc chưa kịp thời. Đồng chí yêu cầu năm 2012, khối dân vận bám sát Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV, đẩy mạnh phong trào thi đua "Dân vận khéo", chú trọng vận động đồng bào vùng cao xóa bỏ tập tục lạc hậu, chung tay xây dựng nông thôn mới.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể và 22 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2011.
Hoàng Thu
Tin liên quan
- Bát Xát: Sơ kết 3 năm thực hiện Nghị quyết 05-NQ/TU (12/12/2011)
- Ban Dân vận Tỉnh ủy kiểm tra công tác dân vận tại Mường Khương (30/11/2011)
- Hội nghị báo cáo viên dư luận xã hội quý IV (15/11/2011)
- Si Ma Cai duy trì hiệu quả tổ "3 cùng" (02/11/2011)
""",
"2011-12-28",
"Khối dân vận tỉnh Lào Cai tổng kết công tác năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[
    P("Vàng A Chớ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Nguyễn Hữu Tường", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
    P("Lý Seo Chảo", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Đặng Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Giàng Seo Vần", "HUV", "Trưởng Ban Dân vận Huyện ủy Si Ma Cai"),
    P("Tẩn Thị Mẩy", "Chủ tịch Hội LHPN xã Sàng Ma Sáo"),
    P("Lù Văn Páo", "người có uy tín thôn Pạc Tà"),
],
[
    Q("99,7%", 99.7, "%"),
    Q("4 huyện", 4, "huyện"),
    Q("46.800 m2", 46800, "m2"),
    Q("trên 12.500 ngày công", 12500, "ngày công", "over"),
    Q("86 km", 86, "km"),
    Q("412 nhà ở", 412, "nhà ở"),
    Q("1.612 tổ dân vận", 1612, "tổ dân vận"),
    Q("38 hộ di cư tự do", 38, "hộ di cư tự do"),
    Q("13 xã", 13, "xã"),
    Q("15 tập thể", 15, "tập thể"),
    Q("22 cá nhân", 22, "cá nhân"),
],
[
    D("Kế hoạch", "36", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch số 36-KH/TU"),
    D("Chỉ thị", "03", "CT/TW", "2011-05-14", "Bộ Chính trị", surface="Chỉ thị số 03-CT/TW ngày 14/5/2011"),
    D("Nghị quyết", "05", "NQ/TU", None, "Tỉnh ủy", surface="Nghị quyết số 05-NQ/TU"),
    D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", surface="Quyết định số 290-QĐ/TW ngày 25/2/2010"),
    D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 167/2008/QĐ-TTg"),
],
[prov("Lào Cai"), com("Sàng Ma Sáo"), com("Bản Lầu")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang thông tin điện tử", "Trang chủ » Hoạt động » Tin hoạt động của Ban", "(BDV)",
 "Ảnh: Đồng chí Vàng A Chớ phát biểu tại hội nghị.", "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh",
 "Dân vận khéo", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV", "Quy chế dân chủ ở cơ sở", "Si Ma Cai", "Bắc Hà"],
["Thứ Tư, 28/12/2011 - 16:20", "Lượt xem: 845", "khóa XIII", "nhiệm kỳ 2011 - 2016", "3 năm", "3 cùng",
 "từ 10 đến 15 ngày", "lần thứ XIV", "năm 2012"],
))

# ---------------------------------------------------------------- b990
PAGES.append(page(
"b990-thanhhoa-thuongxuan-giaoban-2012",
"""
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THƯỜNG XUÂN
Tỉnh Thanh Hóa
Bạn đang xem: Trang chủ / Tin tức - Sự kiện / Hoạt động của Đảng
Đồng chí Cầm Bá Xuân, Trưởng Ban Dân vận Huyện ủy phát biểu tại hội nghị.
Khối dân vận huyện Thường Xuân giao ban quý III
Ngày cập nhật 05/10/2012 15:40
Ngày 4/10/2012, Ban Dân vận Huyện ủy Thường Xuân tổ chức hội nghị giao ban khối dân vận quý III, triển khai nhiệm vụ quý IV năm 2012. Đồng chí Cầm Bá Xuân, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy chủ trì. Dự hội nghị có đồng chí Lê Văn Thịnh, Phó Bí thư Thường trực Huyện ủy; đồng chí Lò Thị Hoa, Phó Trưởng Ban Dân vận Tỉnh ủy Thanh Hóa; đại diện lãnh đạo Ủy ban MTTQ, các đoàn thể huyện và trưởng khối dân vận 17 xã, thị trấn.
Quý III, khối dân vận đã tập trung tuyên truyền, vận động nhân dân thực hiện Chỉ thị 11, 12-CT/HU của Ban Thường vụ Huyện ủy về công tác dân vận trong bồi thường, giải phóng mặt bằng và ổn định đời sống đồng bào tái định cư hồ Cửa Đạt. Đến nay đã có 1.056 hộ tái định cư nhận đất sản xuất; các xã Xuân Cẩm, Vạn Xuân vận động nhân dân hiến 8.400 m2 đất mở rộng đường vào khu tái định cư. Mặt trận và các đoàn thể phối hợp giải ngân 3,2 tỷ đồng vốn hỗ trợ phát triển sản xuất theo Nghị quyết 30a/2008/NQ-CP của Chính phủ và Quyết định số 2096/QĐ-UBND ngày 22/6/2012 của UBND tỉnh; 212 hộ nghèo được vay vốn chăn nuôi trâu, bò sinh sản.
Khối dân vận tiếp tục thực hiện Kết luận số 62-KL/TW ngày 08/12/2009 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội; tổ chức 6 cuộc đối thoại giữa chính quyền với nhân dân, tiếp nhận 43 ý kiến, kiến nghị, đến nay đã giải quyết 39 ý kiến.
Tại hội nghị, các đại biểu nêu khó khăn trong vận động đồng bào ở vùng lòng hồ. Bí thư Đảng ủy xã Xuân Lẹ Hà Văn Ca cho biết, còn 27 hộ chưa nhận đất sản xuất do chưa thống nhất vị trí. Các đồng chí Phó Bí thư Đảng ủy kiêm Trưởng khối dân vận: Lang Văn Thoa (xã Bát Mọt), Vi Thị Mai (xã Yên Nhân) đề nghị huyện sớm bố trí kinh phí làm đường vào các bản Khe Hẹ, Vịn.
Kết luận hội nghị, đồng chí Cầm Bá Xuân yêu cầu quý IV, khối dân vận tập trung vận động nhân dân thực hiện tốt việc dồn điền, đổi thửa, phòng chống cháy rừng mùa khô; duy trì hoạt động của 126 tổ hòa giải ở thôn, bản; phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư. Phó Bí thư Thường trực Huyện ủy Lê Văn Thịnh đề nghị các xã làm tốt công tác nắm tình hình, không để xảy ra khiếu kiện đông người, đồng thời quan tâm bồi dưỡng kỹ năng cho đội ngũ cán bộ dân vận thôn, bản.
Hà Minh (Ban Dân vận Huyện ủy)
Tin khác
- Thường Xuân: Gần 300 hộ dân hiến đất làm đường giao thông (20/09/2012)
- Hội nghị quán triệt Nghị quyết Trung ương 4 khóa XI (10/09/2012)
- Xuân Lộc phát huy vai trò người có uy tín (27/08/2012)
- Lương Sơn ra mắt mô hình "Dân vận khéo" (15/08/2012)
- Sơ kết 6 tháng công tác dân vận (12/07/2012)
""",
"2012-10-05",
"Khối dân vận huyện Thường Xuân giao ban quý III",
E("giao_ban", "2012-Q3", "2012-10-04"),
[
    P("Cầm Bá Xuân", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
    P("Lê Văn Thịnh", "Phó Bí thư Thường trực Huyện ủy"),
    P("Lò Thị Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy Thanh Hóa"),
    P("Hà Văn Ca", "Bí thư Đảng ủy xã Xuân Lẹ"),
    P("Lang Văn Thoa", "Phó Bí thư Đảng ủy kiêm Trưởng khối dân vận"),
    P("Vi Thị Mai", "Phó Bí thư Đảng ủy kiêm Trưởng khối dân vận"),
],
[
    Q("17 xã, thị trấn", 17, "xã, thị trấn"),
    Q("1.056 hộ tái định cư", 1056, "hộ tái định cư"),
    Q("8.400 m2", 8400, "m2"),
    Q("3,2 tỷ đồng", 3200000000, "đồng"),
    Q("212 hộ nghèo", 212, "hộ nghèo"),
    Q("6 cuộc đối thoại", 6, "cuộc đối thoại"),
    Q("43 ý kiến, kiến nghị", 43, "ý kiến, kiến nghị"),
    Q("39 ý kiến", 39, "ý kiến"),
    Q("27 hộ", 27, "hộ"),
    Q("126 tổ hòa giải", 126, "tổ hòa giải"),
    Q("100% khu dân cư", 100, "%"),
],
[
    D("Chỉ thị", "11", "CT/HU", None, "Ban Thường vụ Huyện ủy", surface="Chỉ thị 11, 12-CT/HU"),
    D("Chỉ thị", "12", "CT/HU", None, "Ban Thường vụ Huyện ủy", surface="Chỉ thị 11, 12-CT/HU"),
    D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", surface="Nghị quyết 30a/2008/NQ-CP"),
    D("Quyết định", "2096", "QĐ-UBND", "2012-06-22", "UBND tỉnh", surface="Quyết định số 2096/QĐ-UBND ngày 22/6/2012"),
    D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", surface="Kết luận số 62-KL/TW ngày 08/12/2009"),
],
[prov("Thanh Hóa"), com("Xuân Cẩm"), com("Vạn Xuân"), com("Xuân Lẹ"), com("Bát Mọt"), com("Yên Nhân")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THƯỜNG XUÂN", "Bạn đang xem: Trang chủ / Tin tức - Sự kiện / Hoạt động của Đảng",
 "Đồng chí Cầm Bá Xuân, Trưởng Ban Dân vận Huyện ủy phát biểu tại hội nghị.", "hồ Cửa Đạt",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Khe Hẹ"],
["Ngày cập nhật 05/10/2012 15:40", "quý III", "quý IV năm 2012", "Chỉ thị 11, 12-CT/HU", "Nghị quyết 30a/2008/NQ-CP"],
))

# ---------------------------------------------------------------- b991
PAGES.append(page(
"b991-nghean-bdv-quantriet-nq25-2013",
"""
BÁO NGHỆ AN
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Thời sự › Chính trị
Thứ Bảy, 27/07/2013 - 10:45
Quán triệt Nghị quyết về tăng cường, đổi mới công tác dân vận
(Baonghean) - Ngày 26/7, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị học tập, quán triệt Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới. Hội nghị được tổ chức trực tuyến tới 21 điểm cầu các huyện, thành, thị với hơn 2.800 cán bộ, đảng viên tham dự.
Toàn cảnh hội nghị tại điểm cầu Trường Chính trị tỉnh. Ảnh: Thành Duy
Dự và chỉ đạo tại điểm cầu tỉnh có đồng chí Nguyễn Văn Hải, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh; đồng chí Lương Văn Thảnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Tại hội nghị, đồng chí Vũ Đức Trọng, Phó Vụ trưởng Vụ Nghiên cứu Ban Dân vận Trung ương đã truyền đạt những nội dung cơ bản của Nghị quyết. Báo cáo viên nhấn mạnh, công tác dân vận phải được tiến hành đồng bộ, trong đó công tác dân vận của cơ quan nhà nước là khâu then chốt; tiếp tục thực hiện Quyết định số 290-QĐ/TW của Bộ Chính trị (khóa X) về Quy chế công tác dân vận của hệ thống chính trị, gắn với Kết luận 62-KL/TW về đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể.
Đồng chí Lương Văn Thảnh thông qua dự thảo Chương trình hành động số 37-CTr/TU của Tỉnh ủy thực hiện Nghị quyết 25. Theo dự thảo, đến năm 2015 phấn đấu 100% cơ quan, đơn vị xây dựng và thực hiện tốt quy chế dân chủ; các huyện miền núi mỗi năm xây dựng thêm mô hình "Dân vận khéo" ở vùng đồng bào dân tộc thiểu số và đồng bào có đạo. Tính đến tháng 6/2013, toàn tỉnh đã có 1.124 mô hình "Dân vận khéo", trong đó 268 mô hình ở các huyện miền núi.
Phát biểu thảo luận, đồng chí Moong Văn Lả, Bí thư Huyện ủy Kỳ Sơn cho biết huyện đang vận động 214 hộ đồng bào Mông ở các xã biên giới định canh, định cư, không di cư tự do. Đồng chí Lô Thị Xuân, Phó Bí thư Đảng ủy xã Tam Hợp, huyện Tương Dương, kiến nghị tỉnh quan tâm chế độ cho cán bộ dân vận thôn, bản và người có uy tín trong đồng bào Thái, Khơ Mú.
Kết luận hội nghị, đồng chí Nguyễn Văn Hải yêu cầu các cấp ủy khẩn trương xây dựng kế hoạch thực hiện Nghị quyết, hoàn thành trước ngày 30/9/2013; trước mắt tập trung giải quyết dứt điểm các vụ việc khiếu kiện kéo dài liên quan thu hồi đất ở dự án thủy điện Bản Vẽ và Khu kinh tế Đông Nam. Các huyện ủy, thành ủy, thị ủy chỉ đạo rà soát, sửa đổi quy chế công tác dân vận theo Hướng dẫn số 09-HD/BDVTU, 10-HD/BDVTU của Ban Dân vận Tỉnh ủy; người đứng đầu cấp ủy, chính quyền phải trực tiếp đối thoại với nhân dân khi có vụ việc phức tạp.
Phạm Bằng
Tin cùng chuyên mục
- Tỉnh ủy Nghệ An sơ kết 6 tháng đầu năm 2013
- Quế Phong: Vận động đồng bào xóa bỏ hủ tục trong việc cưới, việc tang
- Ban Dân vận Trung ương làm việc với Tỉnh ủy Nghệ An
- Con Cuông tổng kết 5 năm thực hiện Quyết định 290-QĐ/TW
""",
"2013-07-27",
"Quán triệt Nghị quyết về tăng cường, đổi mới công tác dân vận",
E("hoi_nghi", None, "2013-07-26"),
[
    P("Nguyễn Văn Hải", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh"),
    P("Lương Văn Thảnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Vũ Đức Trọng", "Phó Vụ trưởng Vụ Nghiên cứu Ban Dân vận Trung ương"),
    P("Moong Văn Lả", "Bí thư Huyện ủy Kỳ Sơn"),
    P("Lô Thị Xuân", "Phó Bí thư Đảng ủy xã Tam Hợp"),
],
[
    Q("21 điểm cầu", 21, "điểm cầu"),
    Q("hơn 2.800 cán bộ, đảng viên", 2800, "cán bộ, đảng viên", "over"),
    Q("100% cơ quan, đơn vị", 100, "%"),
    Q("1.124 mô hình", 1124, "mô hình"),
    Q("268 mô hình", 268, "mô hình"),
    Q("214 hộ đồng bào Mông", 214, "hộ đồng bào Mông"),
],
[
    D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", surface="Nghị quyết số 25-NQ/TW ngày 03/6/2013"),
    D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định số 290-QĐ/TW"),
    D("Kết luận", "62", "KL/TW", None, None, surface="Kết luận 62-KL/TW"),
    D("Chương trình", "37", "CTr/TU", None, "Tỉnh ủy", surface="Chương trình hành động số 37-CTr/TU"),
    D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Hướng dẫn số 09-HD/BDVTU"),
    D("Hướng dẫn", "10", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="10-HD/BDVTU"),
],
[prov("Nghệ An"), com("Tam Hợp")],
["BÁO NGHỆ AN", "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An", "Thời sự › Chính trị", "(Baonghean)",
 "Toàn cảnh hội nghị tại điểm cầu Trường Chính trị tỉnh. Ảnh: Thành Duy", "Dân vận khéo", "Bản Vẽ",
 "Khu kinh tế Đông Nam", "Quy chế dân chủ ở cơ sở"],
["Thứ Bảy, 27/07/2013 - 10:45", "khóa XI", "khóa X", "năm 2015", "tháng 6/2013", "30/9/2013", "Nghị quyết 25"],
))

# ---------------------------------------------------------------- b992
PAGES.append(page(
"b992-quangnam-bdv-taphuan-2014",
"""
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Đang xem: Trang chủ > Tin tức - Sự kiện > Hoạt động dân vận
15/08/2014 10:22 AM
Các học viên tham dự lớp tập huấn tại Tây Giang.
Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở miền núi
Trong 2 ngày 13 và 14/8/2014, tại Trung tâm Bồi dưỡng chính trị huyện Tây Giang, Ban Dân vận Tỉnh ủy Quảng Nam phối hợp với Trường Chính trị tỉnh tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2014 cho 140 học viên là cán bộ khối dân vận của 9 huyện miền núi, người có uy tín và trưởng thôn ở các xã biên giới.
Phát biểu khai mạc, đồng chí Alăng Thị Bích, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy nhấn mạnh, sau hơn một năm triển khai Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương (khóa XI), công tác dân vận ở vùng đồng bào Cơ Tu, Giẻ Triêng, Xơ Đăng có nhiều chuyển biến; tuy nhiên năng lực của một bộ phận cán bộ cơ sở còn hạn chế, nhất là kỹ năng nắm bắt tâm tư, nguyện vọng của nhân dân và xử lý các tình huống phức tạp nảy sinh.
Các học viên được nghe Tiến sĩ Phạm Quang Huy, Phó Hiệu trưởng Trường Chính trị tỉnh, giới thiệu chuyên đề về kỹ năng tuyên truyền, vận động đồng bào dân tộc thiểu số; đồng chí Bhling Đào, Trưởng phòng Dân vận chính quyền và Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy hướng dẫn quy trình tiếp dân, đối thoại và giải quyết đơn thư ở cơ sở.
Học viên cũng được quán triệt Chỉ thị số 21-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số, Hướng dẫn số 16-HD/BDVTW của Ban Dân vận Trung ương về phong trào thi đua "Dân vận khéo" và chính sách đối với người có uy tín theo Quyết định 18/2011/QĐ-TTg của Thủ tướng Chính phủ. Theo kế hoạch số 65-KH/BDVTU của Ban Dân vận Tỉnh ủy, năm 2014 toàn tỉnh mở 6 lớp tập huấn cho khoảng 850 lượt cán bộ cơ sở.
Tại lớp học, nhiều học viên đã trao đổi kinh nghiệm thực tế. Bà Pơloong Thị Nhiên, Chủ tịch Hội LHPN xã A Tiêng, chia sẻ cách vận động chị em bỏ tục tảo hôn; năm qua xã không còn trường hợp tảo hôn. Ông Zơ Râm Vấy, già làng thôn Agrồng, xã A Tiêng, cho rằng cán bộ phải nói được tiếng Cơ Tu, "ăn cùng, ở cùng" thì dân mới tin. Đồng chí Clâu Nhim, Bí thư Đảng ủy xã Ch'ơm, huyện Tây Giang, đề nghị tỉnh hỗ trợ kinh phí duy trì 24 tổ tự quản an ninh trật tự ở các thôn giáp biên giới Lào.
Kết thúc lớp tập huấn, 138 học viên đạt yêu cầu được cấp giấy chứng nhận. Mỗi học viên được hỗ trợ 150.000 đồng/ngày tiền ăn, ở trong thời gian học.
Trần Hoa
Bài viết liên quan
- Nam Giang: Gặp mặt người có uy tín năm 2014 (05/08/2014)
- Ban Dân vận Tỉnh ủy sơ kết công tác 6 tháng đầu năm (18/07/2014)
- Phước Sơn vận động đồng bào định canh, định cư (02/07/2014)
- Hội thảo nâng cao chất lượng phong trào "Dân vận khéo" (20/06/2014)
""",
"2014-08-15",
"Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở miền núi",
E("tap_huan", "2014", "2014-08-13"),
[
    P("Alăng Thị Bích", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
    P("Phạm Quang Huy", "Tiến sĩ", "Phó Hiệu trưởng Trường Chính trị tỉnh"),
    P("Bhling Đào", "Trưởng phòng Dân vận chính quyền và Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
    P("Pơloong Thị Nhiên", "Chủ tịch Hội LHPN xã A Tiêng"),
    P("Zơ Râm Vấy", "già làng thôn Agrồng"),
    P("Clâu Nhim", "Bí thư Đảng ủy xã Ch'ơm"),
],
[
    Q("140 học viên", 140, "học viên"),
    Q("9 huyện miền núi", 9, "huyện miền núi"),
    Q("6 lớp tập huấn", 6, "lớp tập huấn"),
    Q("khoảng 850 lượt cán bộ cơ sở", 850, "lượt cán bộ cơ sở", "approx"),
    Q("24 tổ tự quản an ninh trật tự", 24, "tổ tự quản an ninh trật tự"),
    Q("138 học viên", 138, "học viên"),
    Q("150.000 đồng/ngày", 150000, "đồng"),
],
[
    D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", surface="Nghị quyết số 25-NQ/TW"),
    D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị số 21-CT/TU"),
    D("Hướng dẫn", "16", "HD/BDVTW", None, "Ban Dân vận Trung ương", surface="Hướng dẫn số 16-HD/BDVTW"),
    D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 18/2011/QĐ-TTg"),
    D("Kế hoạch", "65", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="kế hoạch số 65-KH/BDVTU"),
],
[prov("Quảng Nam"), com("A Tiêng"), com("Ch'ơm")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Đang xem: Trang chủ > Tin tức - Sự kiện > Hoạt động dân vận",
 "Các học viên tham dự lớp tập huấn tại Tây Giang.", "Trung tâm Bồi dưỡng chính trị huyện Tây Giang",
 "Trường Chính trị tỉnh", "Dân vận khéo", "ăn cùng, ở cùng", "Agrồng"],
["15/08/2014 10:22 AM", "2 ngày", "13 và 14/8/2014", "hơn một năm", "khóa XI", "năm 2014"],
))

# ---------------------------------------------------------------- b993
PAGES.append(page(
"b993-caobang-bdv-tongket-2015",
"""
Báo Cao Bằng điện tử
Chính trị - Xây dựng Đảng
Nâng cao hiệu quả công tác dân vận của chính quyền các cấp
Cập nhật lúc: 30/12/2015 - 10:05
Sáng 29/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2015, triển khai phương hướng, nhiệm vụ năm 2016. Đồng chí Nông Thị Hường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có đồng chí Lục Văn Thạch, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh.
Năm 2015, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 27, 28 và 29-CT/TU về công tác dân vận trong triển khai các dự án trọng điểm, trong xây dựng nông thôn mới và trong đồng bào các dân tộc vùng biên giới; Kế hoạch số 86-KH/TU thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp. Ban phối hợp với Ban Cán sự đảng UBND tỉnh ký Quy chế phối hợp số 05-QC/BDV-BCS về công tác dân vận chính quyền.
Khối dân vận các cấp đã vận động nhân dân hiến trên 52.000 m2 đất, đóng góp 4,6 tỷ đồng và 31.500 ngày công xây dựng nông thôn mới; toàn tỉnh có 316 mô hình "Dân vận khéo" được công nhận. Tỷ lệ hộ nghèo giảm từ 32,1% xuống còn 28,9%. Công tác dân vận chính quyền có chuyển biến: các cơ quan tiếp 2.146 lượt công dân, nhận 418 đơn thư, đã giải quyết 392 đơn, đạt 93,8%.
Ảnh: Các đại biểu dự hội nghị.
Tại hội nghị, đồng chí Chi Thị Duyên, Trưởng Ban Dân vận Huyện ủy Bảo Lạc, cho biết huyện đã vận động đồng bào Lô Lô ở xã Cô Ba giữ gìn bản sắc văn hóa, thành lập 3 tổ văn nghệ dân gian. Đồng chí Lý Văn Kiến, Bí thư Chi bộ xóm Khuổi Khon, xã Thành Công, huyện Nguyên Bình, phản ánh đường vào xóm còn khó khăn, nhân dân sẵn sàng hiến đất nếu được hỗ trợ xi măng. Đồng chí Bế Văn Tuân, Phó Chủ tịch UBND huyện Hà Quảng, đề nghị tỉnh sớm ban hành hướng dẫn tiếp công dân tại cấp xã.
Kết luận hội nghị, Trưởng ban Nông Thị Hường yêu cầu năm 2016 khối dân vận bám sát Chỉ thị số 49-CT/TW ngày 20/10/2015 của Ban Bí thư về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận ở vùng đồng bào dân tộc thiểu số; tuyên truyền, vận động cử tri tham gia cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021; phát huy vai trò của người có uy tín trong giữ gìn an ninh biên giới.
Nhân dịp này, 12 tập thể, 19 cá nhân được tặng Bằng khen của Ban Dân vận Trung ương; Kỷ niệm chương "Vì sự nghiệp dân vận" được trao cho 27 đồng chí.
Minh Thu
Tin liên quan
- Hà Quảng: Hơn 1.000 hộ dân tham gia làm đường nông thôn
- Trao Kỷ niệm chương "Vì sự nghiệp dân vận" cho 45 đồng chí
- Ban Dân vận Tỉnh ủy giám sát Quy chế dân chủ tại Trùng Khánh
- Thông Nông: Nhân rộng mô hình "Dân vận khéo"
""",
"2015-12-30",
"Nâng cao hiệu quả công tác dân vận của chính quyền các cấp",
E("tong_ket", "2015", "2015-12-29"),
[
    P("Nông Thị Hường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng ban"),
    P("Lục Văn Thạch", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Đoàn đại biểu Quốc hội tỉnh"),
    P("Chi Thị Duyên", "Trưởng Ban Dân vận Huyện ủy Bảo Lạc"),
    P("Lý Văn Kiến", "Bí thư Chi bộ xóm Khuổi Khon"),
    P("Bế Văn Tuân", "Phó Chủ tịch UBND huyện Hà Quảng"),
],
[
    Q("trên 52.000 m2", 52000, "m2", "over"),
    Q("4,6 tỷ đồng", 4600000000, "đồng"),
    Q("31.500 ngày công", 31500, "ngày công"),
    Q("316 mô hình", 316, "mô hình"),
    Q("32,1%", 32.1, "%"),
    Q("28,9%", 28.9, "%"),
    Q("2.146 lượt công dân", 2146, "lượt công dân"),
    Q("418 đơn thư", 418, "đơn thư"),
    Q("392 đơn", 392, "đơn"),
    Q("93,8%", 93.8, "%"),
    Q("3 tổ văn nghệ dân gian", 3, "tổ văn nghệ dân gian"),
    Q("12 tập thể", 12, "tập thể"),
    Q("19 cá nhân", 19, "cá nhân"),
    Q("27 đồng chí", 27, "đồng chí"),
],
[
    D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 27, 28 và 29-CT/TU"),
    D("Chỉ thị", "28", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 27, 28 và 29-CT/TU"),
    D("Chỉ thị", "29", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 27, 28 và 29-CT/TU"),
    D("Kế hoạch", "86", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch số 86-KH/TU"),
    D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", surface="Kết luận số 114-KL/TW ngày 14/7/2015"),
    D("Quy chế", "05", "QC/BDV-BCS", None, None, surface="Quy chế phối hợp số 05-QC/BDV-BCS"),
    D("Chỉ thị", "49", "CT/TW", "2015-10-20", "Ban Bí thư", surface="Chỉ thị số 49-CT/TW ngày 20/10/2015"),
],
[prov("Cao Bằng"), com("Cô Ba"), com("Thành Công")],
["Báo Cao Bằng điện tử", "Chính trị - Xây dựng Đảng", "Ảnh: Các đại biểu dự hội nghị.", "Dân vận khéo",
 "Vì sự nghiệp dân vận", "Khuổi Khon", "Ban Cán sự đảng UBND tỉnh"],
["Cập nhật lúc: 30/12/2015 - 10:05", "năm 2016", "khóa XIV", "nhiệm kỳ 2016 - 2021", "27 đồng chí",
 "Chỉ thị 27, 28 và 29-CT/TU"],
))

# ---------------------------------------------------------------- b994
PAGES.append(page(
"b994-hatinh-bdv-giamsat-2016",
"""
BAN DÂN VẬN TỈNH ỦY HÀ TĨNH
Trang chủ :: Tin hoạt động :: Kiểm tra, giám sát
Giám sát việc thực hiện Quy chế dân chủ ở cơ sở tại huyện Cẩm Xuyên
Thứ ba, 12/07/2016 - 14:47
Ngày 11/7/2016, Đoàn giám sát số 3 của Ban Dân vận Tỉnh ủy Hà Tĩnh do đồng chí Trần Thị Thu Hương, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Huyện ủy Cẩm Xuyên về việc xây dựng và thực hiện Quy chế dân chủ ở cơ sở, theo Kế hoạch số 24-KH/BDVTU ngày 05/4/2016 của Ban Dân vận Tỉnh ủy về kiểm tra, giám sát năm 2016. Cùng dự có đồng chí Nguyễn Văn Lợi, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện Cẩm Xuyên; đại diện Thường trực HĐND, UBND huyện.
Theo báo cáo của Huyện ủy, thực hiện Chỉ thị số 30-CT/TW ngày 18/2/1998 của Bộ Chính trị, Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị và Pháp lệnh số 34/2007/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội, Ban Thường vụ Huyện ủy đã ban hành Nghị quyết chuyên đề 05-NQ/HU về phát huy quyền làm chủ của nhân dân trong xây dựng nông thôn mới; 100% xã, thị trấn xây dựng và công khai quy chế dân chủ. Trong 3 năm gần đây, các xã đã công khai 1.860 công trình, dự án có đóng góp của dân; tổ chức 146 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân; 27 xã, thị trấn có Ban Thanh tra nhân dân hoạt động thường xuyên. Từ đầu năm 2016, UBND huyện tiếp nhận 74 đơn thư, đã giải quyết 68/74 đơn.
Đoàn đã giám sát trực tiếp tại xã Cẩm Nhượng và xã Cẩm Lĩnh. Tại Cẩm Nhượng, đoàn nghe ông Hồ Văn Phúc, Chủ tịch UBND xã báo cáo việc lấy ý kiến nhân dân về phương án chuyển đổi nghề cho 312 hộ ngư dân; ông Nguyễn Đình Tư, Trưởng Ban Thanh tra nhân dân xã, cho biết ban đã giám sát 9 công trình, phát hiện và kiến nghị xử lý 2 trường hợp thu sai quy định. Tại Cẩm Lĩnh, đoàn gặp gỡ Linh mục Giuse Phan Đình Khang, Chánh xứ giáo xứ Tân Hội, trao đổi về việc vận động giáo dân tham gia xây dựng khu dân cư kiểu mẫu.
Đoàn giám sát cũng chỉ ra một số hạn chế: một số chi bộ chưa đưa nội dung dân chủ vào sinh hoạt thường kỳ; việc công khai thu, chi các khoản đóng góp ở một số thôn còn chậm; hoạt động của Ban Giám sát đầu tư cộng đồng còn hình thức.
Kết luận buổi giám sát, đồng chí Trần Thị Thu Hương đề nghị Huyện ủy chỉ đạo thực hiện nghiêm Nghị định 04/2015/NĐ-CP của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và Quyết định số 1535/QĐ-UBND ngày 20/5/2016 của UBND tỉnh về bộ tiêu chí đánh giá xã thực hiện tốt Quy chế dân chủ. Đoàn sẽ tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 15/8.
Văn phòng Ban Dân vận Tỉnh ủy
Các tin khác
- Đoàn giám sát số 2 làm việc tại thị xã Hồng Lĩnh
- Ban Dân vận Tỉnh ủy gặp mặt chức sắc các tôn giáo
- Hương Khê: Đối thoại giữa Bí thư Huyện ủy với nhân dân
- Lộc Hà ra mắt 5 mô hình "Dân vận khéo"
""",
"2016-07-12",
"Giám sát việc thực hiện Quy chế dân chủ ở cơ sở tại huyện Cẩm Xuyên",
E("giam_sat", "2016", "2016-07-11"),
[
    P("Trần Thị Thu Hương", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy", "trưởng đoàn"),
    P("Nguyễn Văn Lợi", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện Cẩm Xuyên"),
    P("Hồ Văn Phúc", "Chủ tịch UBND xã"),
    P("Nguyễn Đình Tư", "Trưởng Ban Thanh tra nhân dân xã"),
    P("Giuse Phan Đình Khang", "Linh mục", "Chánh xứ giáo xứ Tân Hội"),
],
[
    Q("100% xã, thị trấn", 100, "%"),
    Q("1.860 công trình, dự án", 1860, "công trình, dự án"),
    Q("146 cuộc đối thoại", 146, "cuộc đối thoại"),
    Q("27 xã, thị trấn", 27, "xã, thị trấn"),
    Q("74 đơn thư", 74, "đơn thư"),
    Q("68/74 đơn", 68, "đơn"),
    Q("312 hộ ngư dân", 312, "hộ ngư dân"),
    Q("9 công trình", 9, "công trình"),
    Q("2 trường hợp", 2, "trường hợp"),
],
[
    D("Kế hoạch", "24", "KH/BDVTU", "2016-04-05", "Ban Dân vận Tỉnh ủy", surface="Kế hoạch số 24-KH/BDVTU ngày 05/4/2016"),
    D("Chỉ thị", "30", "CT/TW", "1998-02-18", "Bộ Chính trị", surface="Chỉ thị số 30-CT/TW ngày 18/2/1998"),
    D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", surface="Kết luận số 120-KL/TW ngày 07/01/2016"),
    D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, "Ủy ban Thường vụ Quốc hội", surface="Pháp lệnh số 34/2007/PL-UBTVQH11"),
    D("Nghị quyết", "05", "NQ/HU", None, "Ban Thường vụ Huyện ủy", surface="Nghị quyết chuyên đề 05-NQ/HU"),
    D("Nghị định", "04", "2015/NĐ-CP", None, "Chính phủ", surface="Nghị định 04/2015/NĐ-CP"),
    D("Quyết định", "1535", "QĐ-UBND", "2016-05-20", "UBND tỉnh", surface="Quyết định số 1535/QĐ-UBND ngày 20/5/2016"),
],
[prov("Hà Tĩnh"), com("Cẩm Nhượng"), com("Cẩm Lĩnh")],
["BAN DÂN VẬN TỈNH ỦY HÀ TĨNH", "Trang chủ :: Tin hoạt động :: Kiểm tra, giám sát", "Văn phòng Ban Dân vận Tỉnh ủy",
 "Quy chế dân chủ ở cơ sở", "Ban Thanh tra nhân dân", "Ban Giám sát đầu tư cộng đồng", "giáo xứ Tân Hội"],
["Thứ ba, 12/07/2016 - 14:47", "Đoàn giám sát số 3", "năm 2016", "Trong 3 năm", "68/74", "trước ngày 15/8"],
))
