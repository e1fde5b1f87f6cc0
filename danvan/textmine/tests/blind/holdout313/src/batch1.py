from lib import *
PAGES = []

PAGES.append(page("b7469-laocai-mttq-hiepthuong-2011", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI
Trang chủ > Hoạt động Mặt trận > Công tác bầu cử
Thứ Sáu, 08/04/2011 - 16:30
Lào Cai: Thông báo kết quả hội nghị hiệp thương lần thứ ba
Chiều 6/4/2011, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai tổ chức Hội nghị hiệp thương lần thứ ba lập danh sách chính thức những người đủ tiêu chuẩn ứng cử đại biểu Quốc hội khóa XIII và đại biểu HĐND tỉnh nhiệm kỳ 2011 - 2016. Ông Giàng Seo Vần, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự hội nghị có 47 đại biểu là thành viên Ủy ban MTTQ tỉnh, đại diện Thường trực HĐND, UBND và Ủy ban bầu cử tỉnh. Trang tin xin đăng toàn văn thông báo của Ban Thường trực.
Toàn cảnh hội nghị hiệp thương lần thứ ba.
ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI
BAN THƯỜNG TRỰC
Số: 87/TB-MTTQ-BTT
Lào Cai, ngày 06 tháng 4 năm 2011
THÔNG BÁO
Kết quả Hội nghị hiệp thương lần thứ ba
Căn cứ Luật Bầu cử đại biểu Quốc hội, Luật Bầu cử đại biểu Hội đồng nhân dân; Nghị quyết liên tịch số 09/2011/NQLT-UBTVQH12-CP-ĐCTUBTWMTTQVN ngày 17/01/2011 của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam hướng dẫn quy trình hiệp thương; thực hiện Kế hoạch số 12/KH-MTTQ-BTT ngày 05/01/2011 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Hội nghị hiệp thương lần thứ ba đã thống nhất:
1. Lập danh sách chính thức gồm 10 ứng cử viên đại biểu Quốc hội khóa XIII để bầu 6 đại biểu tại 2 đơn vị bầu cử của tỉnh; trong đó có 4 ứng cử viên do Trung ương giới thiệu.
2. Lập danh sách chính thức gồm 85 ứng cử viên đại biểu HĐND tỉnh để bầu 53 đại biểu. Trong số người ứng cử, nữ có 23 người, chiếm 27,1%; người dân tộc thiểu số có 41 người, chiếm 48,2%; người ngoài Đảng có 7 người.
3. Hội nghị ghi nhận việc lấy ý kiến cử tri nơi cư trú được tổ chức đúng luật ở 164 xã, phường, thị trấn; cử tri thôn Lùng Phìn, xã Bản Lầu và tổ dân phố số 5, phường Kim Tân tín nhiệm cao những người được giới thiệu.
Ban Thường trực đề nghị Ủy ban bầu cử tỉnh, các tổ chức phụ trách bầu cử niêm yết danh sách đúng thời hạn, tổ chức cho người ứng cử gặp gỡ, tiếp xúc cử tri theo quy định.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
(Đã ký)
Giàng Seo Vần
Phát biểu tại hội nghị, bà Lù Thị Mai, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, cho biết quá trình hiệp thương bảo đảm dân chủ, đúng cơ cấu, thành phần. Ông Vàng A Sử, Phó Chủ tịch HĐND tỉnh, Phó Chủ tịch Ủy ban bầu cử tỉnh, đề nghị các địa phương vùng cao chuẩn bị tài liệu bằng tiếng Mông, tiếng Dao để tuyên truyền cho đồng bào.
Hồng Nhung
Số lượt xem: 1.204
Tin liên quan
- Hội nghị hiệp thương lần thứ hai giới thiệu 94 người ứng cử (18/03/2011)
- Bát Xát tổ chức lấy ý kiến cử tri nơi cư trú (28/03/2011)
- Mặt trận tỉnh tập huấn công tác bầu cử cho 300 cán bộ cơ sở (15/02/2011)
- Sa Pa: tuyên truyền bầu cử bằng tiếng dân tộc (10/02/2011)
""", "2011-04-08", "Lào Cai: Thông báo kết quả hội nghị hiệp thương lần thứ ba",
E("hoi_nghi", None, "2011-04-06"),
[P("Giàng Seo Vần", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "CHỦ TỊCH"),
 P("Lù Thị Mai", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng A Sử", "Phó Chủ tịch HĐND tỉnh", "Phó Chủ tịch Ủy ban bầu cử tỉnh")],
[Q("47 đại biểu", 47, "đại biểu"), Q("10 ứng cử viên đại biểu Quốc hội", 10, "ứng cử viên đại biểu Quốc hội"),
 Q("6 đại biểu", 6, "đại biểu"), Q("2 đơn vị bầu cử", 2, "đơn vị bầu cử"), Q("4 ứng cử viên", 4, "ứng cử viên"),
 Q("85 ứng cử viên đại biểu HĐND tỉnh", 85, "ứng cử viên đại biểu HĐND tỉnh"), Q("53 đại biểu", 53, "đại biểu"),
 Q("23 người", 23, "người"), Q("27,1%", 27.1, "%"), Q("41 người", 41, "người"), Q("48,2%", 48.2, "%"),
 Q("7 người", 7, "người"), Q("164 xã, phường, thị trấn", 164, "xã, phường, thị trấn")],
[D("Thông báo", "87", "TB-MTTQ-BTT", "2011-04-06", "Ban Thường trực", "Số: 87/TB-MTTQ-BTT"),
 D("Nghị quyết liên tịch", "09", "2011/NQLT-UBTVQH12-CP-ĐCTUBTWMTTQVN", "2011-01-17",
   "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
   "Nghị quyết liên tịch số 09/2011/NQLT-UBTVQH12-CP-ĐCTUBTWMTTQVN ngày 17/01/2011"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", "2011-01-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 12/KH-MTTQ-BTT ngày 05/01/2011")],
[prov("Lào Cai"), com("Bản Lầu"), com("Kim Tân")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI", "Trang chủ > Hoạt động Mặt trận > Công tác bầu cử",
 "Toàn cảnh hội nghị hiệp thương lần thứ ba.", "ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI", "BAN THƯỜNG TRỰC", "TM. BAN THƯỜNG TRỰC",
 "Luật Bầu cử đại biểu Quốc hội", "Số lượt xem: 1.204"],
["lần thứ ba", "khóa XIII", "nhiệm kỳ 2011 - 2016", "tổ dân phố số 5", "Số lượt xem: 1.204", "Thứ Sáu, 08/04/2011 - 16:30"]))

PAGES.append(page("b7470-namdinh-mttq-congvan-vinguoingheo-2012", """
Báo Nam Định điện tử
Xã hội » Mặt trận - Đoàn thể
19/10/2012 - 10:05
Mặt trận tỉnh ra công văn hưởng ứng Tháng cao điểm "Vì người nghèo"
(NĐ) - Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh vừa ban hành Công văn số 215/MTTQ-BTT ngày 15/10/2012 gửi Ủy ban MTTQ các huyện, thành phố, các tổ chức thành viên và các doanh nghiệp trên địa bàn về việc hưởng ứng Tháng cao điểm "Vì người nghèo" từ ngày 17/10 đến 18/11/2012.
Theo công văn, năm 2011 Quỹ "Vì người nghèo" các cấp trong tỉnh đã vận động được hơn 18,6 tỷ đồng; hỗ trợ xây mới 312 nhà đại đoàn kết, sửa chữa 145 nhà cho hộ nghèo, tặng 6.400 suất quà Tết cho hộ nghèo và gia đình chính sách. Tuy vậy, đến cuối năm 2011 toàn tỉnh vẫn còn 24.357 hộ nghèo, chiếm 6,52% tổng số hộ, tập trung ở các xã ven biển và vùng bãi ngang.
Thực hiện Chỉ thị số 20-CT/TU ngày 02/10/2012 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", Ban Thường trực đề nghị mỗi cán bộ, công chức, viên chức, người lao động ủng hộ ít nhất 1 ngày lương; các doanh nghiệp, nhà hảo tâm, con em quê hương xa quê ủng hộ bằng tiền, hiện vật hoặc nhận đỡ đầu hộ nghèo. Mục tiêu của tháng cao điểm năm nay là xây dựng khoảng 250 nhà đại đoàn kết, mức hỗ trợ 20 triệu đồng/nhà.
Ủy ban MTTQ các huyện, thành phố tổ chức lễ phát động trước ngày 25/10; tiền ủng hộ được tập trung vào tài khoản của Ban Vận động Quỹ cùng cấp, công khai danh sách trên hệ thống truyền thanh cơ sở. Việc xét chọn hộ được hỗ trợ phải qua hội nghị ở khu dân cư, có giám sát của Ban Thanh tra nhân dân.
Trao đổi với phóng viên, bà Trần Thị Hương, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, cho biết những năm qua một số cơ sở làm tốt như xã Giao Thiện, thị trấn Ngô Đồng đã vận động được trên 95% hộ gia đình tham gia ủng hộ. Ông Đoàn Văn Khải, Trưởng ban Phong trào Ủy ban MTTQ tỉnh, lưu ý các địa phương báo cáo kết quả về Ban Thường trực trước ngày 25/11/2012 để tổng hợp, báo cáo Ủy ban Trung ương MTTQ Việt Nam.
Ban Thường trực cũng lưu ý các địa phương không giao chỉ tiêu, không ép buộc người dân; khuyến khích hình thức nhận đỡ đầu hộ nghèo theo nhóm hộ, dòng họ, giáo xứ, hội đồng hương và phát huy vai trò của các chức sắc tôn giáo trong vận động.
Cuối công văn là chữ ký:
TM. BAN THƯỜNG TRỰC
PHÓ CHỦ TỊCH THƯỜNG TRỰC
Trần Thị Hương
Nơi nhận: Ban Thường vụ Tỉnh ủy (để b/c); UBND tỉnh; các tổ chức thành viên; lưu VP.
Minh Thu
Bản in | Gửi bạn bè
Tin khác
- Hội LHPN tỉnh trao 40 con bò cho hội viên nghèo (16/10/2012)
- Xuân Trường ra mắt 12 tổ hòa giải ở cơ sở (12/10/2012)
- Mặt trận Ý Yên giám sát việc bình xét hộ nghèo (05/10/2012)
- Nghĩa Hưng: 300 suất quà cho trẻ em vùng biển (28/09/2012)
""", "2012-10-19", "Mặt trận tỉnh ra công văn hưởng ứng Tháng cao điểm \"Vì người nghèo\"",
E("khac", None, None),
[P("Trần Thị Hương", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"),
 P("Đoàn Văn Khải", "Trưởng ban Phong trào Ủy ban MTTQ tỉnh")],
[Q("hơn 18,6 tỷ đồng", 18600000000, "đồng", "over"), Q("312 nhà đại đoàn kết", 312, "nhà đại đoàn kết"),
 Q("145 nhà", 145, "nhà"), Q("6.400 suất quà", 6400, "suất quà"), Q("24.357 hộ nghèo", 24357, "hộ nghèo"),
 Q("6,52%", 6.52, "%"), Q("khoảng 250 nhà đại đoàn kết", 250, "nhà đại đoàn kết", "approx"),
 Q("20 triệu đồng/nhà", 20000000, "đồng"), Q("trên 95%", 95, "%", "over")],
[D("Công văn", "215", "MTTQ-BTT", "2012-10-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Công văn số 215/MTTQ-BTT ngày 15/10/2012"),
 D("Chỉ thị", "20", "CT/TU", "2012-10-02", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 20-CT/TU ngày 02/10/2012")],
[prov("Nam Định"), com("Giao Thiện"), com("Ngô Đồng")],
["Báo Nam Định điện tử", "Xã hội » Mặt trận - Đoàn thể", "(NĐ)", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "TM. BAN THƯỜNG TRỰC", "Bản in | Gửi bạn bè"],
["19/10/2012 - 10:05", "1 ngày lương", "năm 2011", "năm nay"]))

PAGES.append(page("b7471-quangbinh-mttq-giaoban-q3-2013", """
UBMTTQ VIỆT NAM TỈNH QUẢNG BÌNH - CỔNG THÔNG TIN ĐIỆN TỬ
Bạn đang ở: Trang chủ / Tin hoạt động / Văn bản chỉ đạo
Ngày đăng: 18/10/2013 | 08:40
Ảnh: Quang cảnh buổi giao ban.
Thông báo kết luận của Ban Thường trực tại hội nghị giao ban
Ngày 15/10/2013, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị giao ban công tác Mặt trận quý III năm 2013 với Ủy ban MTTQ các huyện, thị xã, thành phố. Đồng chí Nguyễn Thị Lan Anh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; cùng dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Hoàng Văn Nam, Lê Minh Đức. Sau hội nghị, Ban Thường trực đã ra Thông báo số 54/TB-MTTQ-BTT ngày 16/10/2013. Nội dung chính như sau:
1. Quý III, Mặt trận các cấp đã chủ động triển khai Kết luận 15, 16-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào có đạo và đồng bào dân tộc Chứt, Bru - Vân Kiều; phối hợp với UBND tỉnh thực hiện Chương trình phối hợp số 08/CTrPH-MTTQ-UBND về giám sát đầu tư của cộng đồng. Quỹ "Vì người nghèo" các cấp tiếp nhận 3,2 tỷ đồng, hỗ trợ xây dựng 86 nhà đại đoàn kết. Chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc, đã có 1.240 khu dân cư đăng ký tổ chức.
2. Một số hạn chế: việc nắm tình hình nhân dân ở vùng sâu còn chậm; báo cáo định kỳ của một số huyện chưa đúng thời gian quy định; hoạt động của Ban Thanh tra nhân dân ở 9 xã còn hình thức.
3. Nhiệm vụ quý IV: tổ chức Ngày hội Đại đoàn kết toàn dân tộc gắn với tổng kết cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; phấn đấu có ít nhất 80% khu dân cư được công nhận đạt chuẩn văn hóa; tiếp tục vận động đồng bào vùng lũ ổn định sản xuất.
Tại hội nghị, ông Đinh Xuân Thái, Chủ tịch Ủy ban MTTQ huyện Minh Hóa, phản ánh đồng bào Chứt ở bản Ón, xã Dân Hóa và bản Cà Xen, xã Trọng Hóa còn thiếu đất sản xuất, đề nghị tỉnh quan tâm hỗ trợ giống cây trồng. Bà Cao Thị Huế, Phó Chủ tịch Ủy ban MTTQ huyện Quảng Ninh, kiến nghị tăng kinh phí hoạt động cho Ban công tác Mặt trận ở khu dân cư.
Kết luận hội nghị, đồng chí Nguyễn Thị Lan Anh yêu cầu Mặt trận các cấp trong tỉnh Quảng Bình bám sát cơ sở, nắm chắc tâm tư, nguyện vọng của nhân dân sau mùa mưa bão; chủ động phối hợp với chính quyền giải quyết kịp thời các kiến nghị chính đáng, không để phát sinh điểm nóng. Văn phòng có trách nhiệm đôn đốc các huyện gửi báo cáo đúng hạn, tổng hợp số liệu phục vụ tổng kết năm.
TL. BAN THƯỜNG TRỰC
CHÁNH VĂN PHÒNG
Phan Thị Thu
Văn phòng UBMTTQ tỉnh
Tin cùng chuyên mục
- Hướng dẫn tổ chức Ngày hội Đại đoàn kết năm 2013 (01/10/2013)
- Mặt trận Bố Trạch vận động ủng hộ đồng bào vùng lũ (25/09/2013)
- Giao ban công tác Mặt trận quý II/2013 (12/07/2013)
""", "2013-10-18", "Thông báo kết luận của Ban Thường trực tại hội nghị giao ban",
E("giao_ban", "2013-Q3", "2013-10-15"),
[P("Nguyễn Thị Lan Anh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Nam", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Minh Đức", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Xuân Thái", "Chủ tịch Ủy ban MTTQ huyện Minh Hóa"),
 P("Cao Thị Huế", "Phó Chủ tịch Ủy ban MTTQ huyện Quảng Ninh"),
 P("Phan Thị Thu", "CHÁNH VĂN PHÒNG")],
[Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("86 nhà đại đoàn kết", 86, "nhà đại đoàn kết"),
 Q("1.240 khu dân cư", 1240, "khu dân cư"), Q("9 xã", 9, "xã"), Q("ít nhất 80%", 80, "%", "over")],
[D("Thông báo", "54", "TB-MTTQ-BTT", "2013-10-16", "Ban Thường trực", "Thông báo số 54/TB-MTTQ-BTT ngày 16/10/2013"),
 D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Kết luận", "16", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Chương trình phối hợp", "08", "CTrPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 08/CTrPH-MTTQ-UBND")],
[prov("Quảng Bình"), com("Dân Hóa"), com("Trọng Hóa")],
["UBMTTQ VIỆT NAM TỈNH QUẢNG BÌNH - CỔNG THÔNG TIN ĐIỆN TỬ", "Bạn đang ở: Trang chủ / Tin hoạt động / Văn bản chỉ đạo",
 "Ảnh: Quang cảnh buổi giao ban.", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "TL. BAN THƯỜNG TRỰC", "Văn phòng UBMTTQ tỉnh"],
["Ngày đăng: 18/10/2013 | 08:40", "quý III năm 2013", "Nhiệm vụ quý IV"]))

PAGES.append(page("b7472-hatinh-mttq-trieutap-daihoi-2014", """
BÁO HÀ TĨNH
Thời sự | Chính trị | Mặt trận
Thứ Năm, 25/09/2014 14:12 (GMT+7)
Hà Tĩnh sẽ tổ chức Đại hội đại biểu MTTQ tỉnh lần thứ XI vào ngày 9/10
(Baohatinh.vn) - Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh vừa ban hành thông báo triệu tập Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh lần thứ XI, nhiệm kỳ 2014 - 2019. Đại hội diễn ra trong 2 ngày 9 và 10/10/2014 tại Trung tâm Hội nghị tỉnh, phường Bắc Hà, thành phố Hà Tĩnh.
Theo Thông báo số 132/TB-MTTQ-BTT ngày 22/9/2014, có 280 đại biểu chính thức được triệu tập, gồm các vị Ủy viên Ủy ban MTTQ tỉnh khóa X, đại biểu do đại hội cấp huyện bầu, đại diện các tổ chức thành viên, chức sắc tôn giáo, người có uy tín và doanh nhân tiêu biểu. Trong đó, đại biểu nữ chiếm 32,5%, đại biểu là người ngoài Đảng chiếm 21%.
Đại hội được tổ chức theo tinh thần Chỉ thị số 37-CT/TW của Bộ Chính trị về lãnh đạo đại hội Mặt trận Tổ quốc Việt Nam các cấp và Kế hoạch số 96-KH/TU ngày 10/7/2014 của Ban Thường vụ Tỉnh ủy. Đến nay, 100% xã, phường, thị trấn và 12 huyện, thị xã, thành phố đã tổ chức xong đại hội; đại hội điểm cấp xã được chọn tại xã Kỳ Trinh và phường Bắc Hà.
Đại hội sẽ đánh giá kết quả 5 năm thực hiện Nghị quyết Đại hội lần thứ X, hiệp thương cử Ủy ban MTTQ tỉnh khóa mới gồm 95 vị, cử đoàn đại biểu dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ VIII. Trong nhiệm kỳ qua, các cấp Mặt trận đã vận động xây dựng 4.580 nhà đại đoàn kết với tổng giá trị hơn 137 tỷ đồng; giúp 21.300 hộ thoát nghèo.
Ông Hoàng Văn Lợi, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết các văn kiện đã được lấy ý kiến rộng rãi tại 3 hội nghị và qua Cổng thông tin điện tử của Mặt trận tỉnh, nhận được 417 ý kiến góp ý. Ông Trần Đình Khiêm, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Tiểu ban Nhân sự, đã làm việc với Ban Thường trực về phương án nhân sự.
Đồng chí Lê Thị Thảo, Trưởng ban Tuyên giáo Ủy ban MTTQ tỉnh, đề nghị các cơ quan báo chí dành thời lượng tuyên truyền trước, trong và sau đại hội.
Theo Ban Thường trực, công tác chuẩn bị cơ sở vật chất, khánh tiết, đón tiếp đại biểu đã được giao cho Văn phòng chủ trì, phối hợp với các sở, ngành liên quan. Các đoàn đại biểu đăng ký danh sách, nộp thẻ đại biểu và nhận tài liệu tại nơi đón tiếp trước khi khai mạc; đại biểu là đồng bào có đạo được bố trí thời gian sinh hoạt tôn giáo phù hợp.
Thông báo do ông Hoàng Văn Lợi ký:
TM. BAN THƯỜNG TRỰC
Chủ tịch
Hoàng Văn Lợi
Phan Trâm
Tin liên quan
- Mặt trận huyện Kỳ Anh đại hội nhiệm kỳ 2014 - 2019 (19/08/2014)
- 100% xã hoàn thành đại hội Mặt trận (05/08/2014)
- Góp ý dự thảo báo cáo chính trị Đại hội MTTQ tỉnh (20/07/2014)
""", "2014-09-25", "Hà Tĩnh sẽ tổ chức Đại hội đại biểu MTTQ tỉnh lần thứ XI vào ngày 9/10",
E("dai_hoi", None, "2014-10-09"),
[P("Hoàng Văn Lợi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch"),
 P("Trần Đình Khiêm", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Tiểu ban Nhân sự"),
 P("Lê Thị Thảo", "Trưởng ban Tuyên giáo Ủy ban MTTQ tỉnh")],
[Q("280 đại biểu chính thức", 280, "đại biểu chính thức"), Q("32,5%", 32.5, "%"), Q("21%", 21, "%"),
 Q("100% xã, phường, thị trấn", 100, "%"), Q("12 huyện, thị xã, thành phố", 12, "huyện, thị xã, thành phố"),
 Q("95 vị", 95, "vị"), Q("4.580 nhà đại đoàn kết", 4580, "nhà đại đoàn kết"), Q("hơn 137 tỷ đồng", 137000000000, "đồng", "over"),
 Q("21.300 hộ", 21300, "hộ"), Q("3 hội nghị", 3, "hội nghị"), Q("417 ý kiến góp ý", 417, "ý kiến")],
[D("Thông báo", "132", "TB-MTTQ-BTT", "2014-09-22", None, "Thông báo số 132/TB-MTTQ-BTT ngày 22/9/2014"),
 D("Chỉ thị", "37", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 37-CT/TW"),
 D("Kế hoạch", "96", "KH/TU", "2014-07-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 96-KH/TU ngày 10/7/2014")],
[prov("Hà Tĩnh"), com("Bắc Hà"), com("Kỳ Trinh")],
["BÁO HÀ TĨNH", "Thời sự | Chính trị | Mặt trận", "(Baohatinh.vn)", "TM. BAN THƯỜNG TRỰC", "Cổng thông tin điện tử của Mặt trận tỉnh"],
["lần thứ XI", "nhiệm kỳ 2014 - 2019", "2 ngày", "khóa X", "5 năm", "lần thứ X", "lần thứ VIII", "Thứ Năm, 25/09/2014 14:12 (GMT+7)"]))

PAGES.append(page("b7473-cantho-mttq-giamsat-bhyt-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TP. CẦN THƠ
Trang chủ :: Giám sát - Phản biện xã hội
12-06-2015 09:40
Giám sát việc thực hiện chính sách bảo hiểm y tế cho hộ cận nghèo
Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ vừa có Công văn số 318/MTTQ-BTT ngày 10/6/2015 gửi UBND các quận, huyện và Bảo hiểm xã hội thành phố thông báo lịch giám sát việc thực hiện chính sách bảo hiểm y tế đối với hộ cận nghèo. Đợt giám sát diễn ra từ ngày 15/6 đến 30/6/2015.
Đoàn giám sát do ông Nguyễn Văn Quang, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, làm Trưởng đoàn, gồm 9 thành viên là đại diện các tổ chức chính trị - xã hội, Sở Y tế, Sở Lao động - Thương binh và Xã hội. Đoàn sẽ làm việc trực tiếp tại 4 quận, huyện và 12 phường, xã; tổ chức khảo sát ý kiến khoảng 600 người dân thuộc hộ cận nghèo.
Hoạt động giám sát được thực hiện theo Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội ban hành kèm theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Kế hoạch số 25/KH-MTTQ-BTT ngày 02/3/2015 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố. Nội dung tập trung vào việc lập danh sách, cấp thẻ, mức hỗ trợ đóng theo Nghị định số 105/2014/NĐ-CP ngày 15/11/2014 của Chính phủ.
Theo số liệu ban đầu, toàn thành phố có 15.620 hộ cận nghèo; tỷ lệ người thuộc hộ cận nghèo tham gia bảo hiểm y tế mới đạt 68,4%. Người thuộc hộ cận nghèo được ngân sách hỗ trợ 70% mức đóng, phần còn lại gia đình tự đóng, nhiều hộ chưa đủ khả năng.
Đoàn sẽ làm việc đầu tiên tại phường An Khánh, quận Ninh Kiều, sau đó đến xã Trường Long, huyện Phong Điền và xã Thới Hưng, huyện Cờ Đỏ. Bà Huỳnh Thị Kim Loan, Phó Giám đốc Bảo hiểm xã hội thành phố, cho biết ngành sẵn sàng cung cấp số liệu và tiếp thu kiến nghị của đoàn.
Trước đó, Mặt trận các quận, huyện đã rà soát, lập danh sách những trường hợp thuộc hộ cận nghèo chưa có thẻ, phát hiện một số hộ không biết mình thuộc diện được hỗ trợ. Ban Thường trực đề nghị các đơn vị được giám sát chuẩn bị báo cáo bằng văn bản, cử cán bộ có thẩm quyền làm việc với đoàn, bố trí để đoàn gặp gỡ trực tiếp người dân tại khu vực, ấp.
Kết thúc đợt giám sát, Ban Thường trực sẽ tổng hợp báo cáo, kiến nghị Thành ủy, UBND thành phố các giải pháp nâng tỷ lệ bao phủ bảo hiểm y tế. Công văn được ký:
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Quang
Kim Ngân
Lượt đọc: 642
Các tin khác
- Ninh Kiều: Mặt trận phường giám sát cấp thẻ BHYT (02/06/2015)
- Hội nghị phản biện dự thảo quy hoạch khu dân cư (27/05/2015)
- Thốt Nốt trao 150 thẻ BHYT cho người nghèo (20/05/2015)
""", "2015-06-12", "Giám sát việc thực hiện chính sách bảo hiểm y tế cho hộ cận nghèo",
E("giam_sat", None, "2015-06-15"),
[P("Nguyễn Văn Quang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Trưởng đoàn", "PHÓ CHỦ TỊCH"),
 P("Huỳnh Thị Kim Loan", "Phó Giám đốc Bảo hiểm xã hội thành phố")],
[Q("9 thành viên", 9, "thành viên"), Q("4 quận, huyện", 4, "quận, huyện"), Q("12 phường, xã", 12, "phường, xã"),
 Q("khoảng 600 người dân", 600, "người dân", "approx"), Q("15.620 hộ cận nghèo", 15620, "hộ cận nghèo"),
 Q("68,4%", 68.4, "%"), Q("70%", 70, "%")],
[D("Công văn", "318", "MTTQ-BTT", "2015-06-10", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ", "Công văn số 318/MTTQ-BTT ngày 10/6/2015"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "25", "KH-MTTQ-BTT", "2015-03-02", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch số 25/KH-MTTQ-BTT ngày 02/3/2015"),
 D("Nghị định", "105", "2014/NĐ-CP", "2014-11-15", "Chính phủ", "Nghị định số 105/2014/NĐ-CP ngày 15/11/2014")],
[prov("Cần Thơ"), com("An Khánh"), com("Trường Long"), com("Thới Hưng")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TP. CẦN THƠ", "Trang chủ :: Giám sát - Phản biện xã hội",
 "Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội", "KT. CHỦ TỊCH", "Lượt đọc: 642"],
["12-06-2015 09:40", "Lượt đọc: 642"]))

PAGES.append(page("b7474-hue-mttq-phanbo-trao-qua-lulut-2016", """
Báo Thừa Thiên Huế Online
Xã hội > Nhân ái
Thứ Năm, 10/11/2016 07:55
Ảnh: Trao quà cho bà con vùng lũ Phong Điền.
Mặt trận tỉnh phân bổ hơn 3,6 tỷ đồng, trao quà cho bà con vùng lũ
BTTH - Sáng 9/11, đoàn công tác Ủy ban MTTQ Việt Nam tỉnh do ông Trương Công Định, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Vận động cứu trợ tỉnh dẫn đầu đã đến thăm, trao 300 suất quà cho các hộ bị thiệt hại nặng trong đợt lũ vừa qua tại xã Phong Chương (huyện Phong Điền) và xã Quảng Thái (huyện Quảng Điền). Mỗi suất quà gồm 500.000 đồng tiền mặt, 10 kg gạo và nhu yếu phẩm.
Cùng ngày, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ban hành Thông báo số 210/TB-MTTQ về việc phân bổ nguồn kinh phí ủng hộ đồng bào bị thiệt hại do lũ lụt. Theo thông báo, tính đến ngày 8/11/2016, Ban Vận động cứu trợ tỉnh đã tiếp nhận hơn 3,6 tỷ đồng và 12 tấn gạo từ các cơ quan, doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh.
Toàn bộ số tiền được phân bổ cho 1.250 hộ có nhà bị ngập sâu, hư hỏng; mức hỗ trợ từ 1 đến 3 triệu đồng/hộ tùy mức độ thiệt hại. Riêng 14 hộ có nhà bị sập hoàn toàn được hỗ trợ 20 triệu đồng/hộ để dựng lại nhà. Việc xét chọn do Ban Công tác Mặt trận thôn thực hiện, công khai tại nhà văn hóa thôn.
Thông báo thực hiện theo Nghị định số 64/2008/NĐ-CP ngày 14/5/2008 của Chính phủ về vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện hỗ trợ nhân dân khắc phục khó khăn do thiên tai, hỏa hoạn, sự cố nghiêm trọng, và Quy chế phối hợp số 03/QCPH-MTTQ-UBND giữa Ủy ban MTTQ Việt Nam tỉnh với UBND tỉnh.
Tại buổi trao quà, bà Hồ Thị Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị Mặt trận các xã kịp thời nắm bắt những hộ còn khó khăn để đề xuất hỗ trợ đợt tiếp theo. Ông Lê Văn Phước, Chủ tịch UBND xã Phong Chương, thay mặt bà con cảm ơn sự quan tâm của tỉnh.
Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đề nghị Mặt trận các huyện, thị xã và thành phố Huế hoàn thành việc cấp phát trước ngày 20/11/2016; công khai danh sách hộ được hỗ trợ tại trụ sở UBND xã và trên loa truyền thanh; báo cáo kết quả bằng văn bản để tổng hợp gửi Ủy ban Trung ương MTTQ Việt Nam. Tổ chức, cá nhân muốn tiếp tục ủng hộ có thể chuyển vào tài khoản của Ban Vận động cứu trợ tỉnh hoặc nộp trực tiếp tại trụ sở Mặt trận tỉnh.
Thông báo do Chủ tịch Ủy ban MTTQ Việt Nam tỉnh ký:
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Trương Công Định
Bài, ảnh: Hoài Thương
Tin cùng chuyên mục
- Quảng Điền: tiếp nhận 2 tấn gạo ủng hộ vùng lũ (07/11/2016)
- Hội Chữ thập đỏ tỉnh trao 500 phần quà cho người dân vùng ngập (04/11/2016)
- Phú Vang: thăm hỏi 30 hộ bị sạt lở (02/11/2016)
""", "2016-11-10", "Mặt trận tỉnh phân bổ hơn 3,6 tỷ đồng, trao quà cho bà con vùng lũ",
E("trao_qua", None, "2016-11-09"),
[P("Trương Công Định", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Vận động cứu trợ tỉnh", "CHỦ TỊCH"),
 P("Hồ Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Phước", "Chủ tịch UBND xã Phong Chương")],
[Q("300 suất quà", 300, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("10 kg", 10, "kg"),
 Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"), Q("12 tấn", 12, "tấn"), Q("1.250 hộ", 1250, "hộ"),
 Q("từ 1", 1000000, "đồng"), Q("3 triệu đồng/hộ", 3000000, "đồng"), Q("14 hộ", 14, "hộ"), Q("20 triệu đồng/hộ", 20000000, "đồng")],
[D("Thông báo", "210", "TB-MTTQ", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Thông báo số 210/TB-MTTQ"),
 D("Nghị định", "64", "2008/NĐ-CP", "2008-05-14", "Chính phủ", "Nghị định số 64/2008/NĐ-CP ngày 14/5/2008"),
 D("Quy chế phối hợp", "03", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 03/QCPH-MTTQ-UBND")],
[prov("Thừa Thiên Huế"), com("Phong Chương"), com("Quảng Thái")],
["Báo Thừa Thiên Huế Online", "Xã hội > Nhân ái", "Ảnh: Trao quà cho bà con vùng lũ Phong Điền.", "BTTH", "TM. BAN THƯỜNG TRỰC"],
["Thứ Năm, 10/11/2016 07:55"]))
