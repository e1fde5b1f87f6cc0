from lib import *
PAGES = []

PAGES.append(page("b2597-laocai-bdv-taphuan-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ › Hoạt động › Đào tạo, bồi dưỡng
Thứ Năm, 15/09/2011 - 09:30
Quang cảnh lớp tập huấn. Ảnh: Hoàng Hà
Tập huấn nghiệp vụ công tác dân vận cho 215 cán bộ cơ sở
Trong 2 ngày 13 và 14/9, Ban Dân vận Tỉnh ủy Lào Cai tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2011 cho 215 học viên là trưởng khối dân vận, cán bộ Mặt trận và các đoàn thể của 164 xã, phường, thị trấn trong tỉnh. Đồng chí Sùng A Páo, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy dự và phát biểu khai mạc.
Đồng chí Sùng A Páo phát biểu khai mạc lớp tập huấn.
Tại lớp tập huấn, các học viên được nghe TS. Lê Thanh Bình, Phó Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương, truyền đạt chuyên đề về công tác vận động đồng bào dân tộc thiểu số vùng biên giới; ThS. Vàng Thị Mỷ, Phó Trưởng khoa Xây dựng Đảng Trường Chính trị tỉnh, giới thiệu những nội dung cơ bản của Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị. Đồng chí Lù Văn Chiến, Phó Trưởng Ban Dân vận Tỉnh ủy, hướng dẫn thực hiện Chỉ thị 12, 13-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở vùng tái định cư thủy điện và về vận động nhân dân không di cư tự do.
Chương trình gồm 6 chuyên đề, xen kẽ thảo luận nhóm và trao đổi kinh nghiệm. Theo Kế hoạch số 36-KH/BDVTU ngày 5/8/2011 của Ban Dân vận Tỉnh ủy, năm nay tỉnh mở thêm 2 lớp tại các huyện Bát Xát và Mường Khương cho cán bộ thôn, bản, với tổng kinh phí hơn 180 triệu đồng.
Trao đổi tại lớp học, bà Thào Thị Mai, Chủ tịch Hội Liên hiệp Phụ nữ xã Tả Van, cho biết nhờ vận động khéo, năm qua xã đã có 38 hộ tự nguyện bỏ tập tục ma chay kéo dài, 12 thôn xây dựng được hương ước mới. Ông Lò Văn Khiêm, Trưởng khối dân vận xã Bản Phố, đề nghị tỉnh biên soạn tài liệu bằng tiếng Mông, tiếng Dao để cán bộ thôn dễ tuyên truyền.
Các học viên cũng được giới thiệu 3 mô hình "Dân vận khéo" tiêu biểu của tỉnh và cách nắm tình hình tư tưởng nhân dân theo phương châm "nghe dân nói, nói dân hiểu, làm dân tin". Kết thúc lớp học, 92% học viên đạt loại khá, giỏi trong bài thu hoạch.
Bế mạc lớp tập huấn, đồng chí Sùng A Páo đề nghị các học viên vận dụng kiến thức đã học vào công việc, kịp thời báo cáo những vấn đề nảy sinh ở cơ sở, không để bị động, bất ngờ; chú trọng xây dựng đội ngũ cốt cán là người có uy tín trong đồng bào các dân tộc.
Minh Tâm
Số lượt xem: 1.204
Tin liên quan
- Bảo Thắng: 5 năm thực hiện Quy chế dân chủ ở cơ sở (30/08/2011)
- Ra mắt 20 tổ dân vận thôn ở Si Ma Cai (18/08/2011)
- Hội nghị giao ban công tác dân vận quý II (22/07/2011)
- Tăng cường vận động đồng bào ổn định dân cư (05/07/2011)
""", "2011-09-15", "Tập huấn nghiệp vụ công tác dân vận cho 215 cán bộ cơ sở",
E("tap_huan", "2011", "2011-09-13"),
[P("Sùng A Páo", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thanh Bình", "TS", "Phó Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương"),
 P("Vàng Thị Mỷ", "ThS", "Phó Trưởng khoa Xây dựng Đảng Trường Chính trị tỉnh"),
 P("Lù Văn Chiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thào Thị Mai", "Chủ tịch Hội Liên hiệp Phụ nữ xã Tả Van"),
 P("Lò Văn Khiêm", "Trưởng khối dân vận xã Bản Phố")],
[Q("215 học viên", 215, "học viên"), Q("164 xã, phường, thị trấn", 164, "xã, phường, thị trấn"),
 Q("6 chuyên đề", 6, "chuyên đề"), Q("2 lớp", 2, "lớp"), Q("hơn 180 triệu đồng", 180000000, "đồng", "over"),
 Q("38 hộ", 38, "hộ"), Q("12 thôn", 12, "thôn"), Q("3 mô hình", 3, "mô hình"), Q("92%", 92, "%")],
[D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Kế hoạch", "36", "KH/BDVTU", "2011-08-05", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 36-KH/BDVTU ngày 5/8/2011")],
[prov("Lào Cai"), com("Tả Van"), com("Bản Phố")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ › Hoạt động › Đào tạo, bồi dưỡng", "Quang cảnh lớp tập huấn. Ảnh: Hoàng Hà",
 "Đồng chí Sùng A Páo phát biểu khai mạc lớp tập huấn.", "Dân vận khéo", "nghe dân nói, nói dân hiểu, làm dân tin",
 "Số lượt xem: 1.204"],
["Thứ Năm, 15/09/2011 - 09:30", "Trong 2 ngày", "năm 2011", "Số lượt xem: 1.204"]))

PAGES.append(page("b2598-nghean-bdv-hoinghi-nq25-2013", """
Báo Nghệ An điện tử
Trang chủ > Thời sự > Chính trị
Cập nhật: 09:42, 21/08/2013 (GMT+7)
Hơn 1.200 cán bộ dân vận học tập Nghị quyết Trung ương 7
(Baonghean) - Sáng 20/8, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị trực tuyến học tập, quán triệt Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới. Hội nghị được kết nối tới 21 điểm cầu huyện, thành phố, thị xã với hơn 1.200 đại biểu tham dự.
Toàn cảnh hội nghị tại điểm cầu tỉnh. Ảnh: Thành Duy
Dự và chủ trì tại điểm cầu tỉnh có đồng chí Trần Quốc Khánh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Vi Văn Sơn, Đặng Thị Hằng.
Đồng chí Phan Đình Hưng, Vụ trưởng Vụ Tổng hợp Ban Dân vận Trung ương, báo cáo viên Trung ương, đã truyền đạt những nội dung cơ bản của Nghị quyết, trong đó nhấn mạnh 5 quan điểm chỉ đạo và 4 nhóm giải pháp; yêu cầu đổi mới phong cách, tác phong công tác của cán bộ, đảng viên theo phương châm "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân".
Tiếp đó, đồng chí Trần Quốc Khánh quán triệt dự thảo Chương trình hành động số 17-CTr/TU của Tỉnh ủy thực hiện Nghị quyết; đồng chí Vi Văn Sơn hướng dẫn triển khai Kế hoạch 112-KH/TU ngày 12/8/2013 về học tập, quán triệt Nghị quyết trong toàn Đảng bộ.
Theo báo cáo, 10 năm qua, các cấp ủy trong tỉnh đã xây dựng được 1.750 mô hình "Dân vận khéo", vận động nhân dân hiến trên 300.000 m2 đất làm đường giao thông nông thôn. Tuy vậy, ở một số nơi, công tác dân vận chính quyền còn hạn chế, còn 36 vụ việc khiếu kiện đông người chưa được giải quyết dứt điểm.
Thảo luận tại điểm cầu huyện Kỳ Sơn, ông Moong Văn Tư, HUV, Trưởng Ban Dân vận Huyện ủy Kỳ Sơn, đề nghị tăng cường bồi dưỡng tiếng dân tộc cho cán bộ vùng cao. Bà Lô Thị Kim Ngân, Phó Bí thư Thường trực Đảng ủy xã Châu Tiến, kiến nghị bố trí cán bộ chuyên trách dân vận ở những xã đông đồng bào dân tộc Thái.
Kết luận hội nghị, đồng chí Trần Quốc Khánh yêu cầu các cấp ủy tổ chức học tập Nghị quyết đến 100% chi bộ trước ngày 30/9; gắn việc thực hiện Nghị quyết với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và Quy chế dân chủ ở cơ sở theo phương châm "dân biết, dân bàn, dân làm, dân kiểm tra".
Quang Minh
Bài viết liên quan
- Quỳ Hợp: tổng kết 5 năm phong trào thi đua "Dân vận khéo" (15/08/2013)
- Nghệ An có 9 tập thể được Ban Dân vận Trung ương tặng bằng khen (02/08/2013)
- Con Cuông vận động đồng bào hiến đất làm trường học (24/07/2013)
- Ban Dân vận Tỉnh ủy giao ban 6 tháng đầu năm (10/07/2013)
""", "2013-08-21", "Hơn 1.200 cán bộ dân vận học tập Nghị quyết Trung ương 7",
E("hoi_nghi", None, "2013-08-20"),
[P("Trần Quốc Khánh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Thị Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Đình Hưng", "Vụ trưởng Vụ Tổng hợp Ban Dân vận Trung ương", "báo cáo viên Trung ương"),
 P("Moong Văn Tư", "HUV", "Trưởng Ban Dân vận Huyện ủy Kỳ Sơn"),
 P("Lô Thị Kim Ngân", "Phó Bí thư Thường trực Đảng ủy xã Châu Tiến")],
[Q("21 điểm cầu huyện, thành phố, thị xã", 21, "điểm cầu huyện, thành phố, thị xã"),
 Q("hơn 1.200 đại biểu", 1200, "đại biểu", "over"),
 Q("5 quan điểm chỉ đạo", 5, "quan điểm chỉ đạo"), Q("4 nhóm giải pháp", 4, "nhóm giải pháp"),
 Q("1.750 mô hình", 1750, "mô hình"), Q("trên 300.000 m2", 300000, "m2", "over"),
 Q("36 vụ việc khiếu kiện đông người", 36, "vụ việc khiếu kiện đông người"), Q("100% chi bộ", 100, "%")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Chương trình hành động", "17", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 17-CTr/TU"),
 D("Kế hoạch", "112", "KH/TU", "2013-08-12", None, "Kế hoạch 112-KH/TU ngày 12/8/2013")],
[prov("Nghệ An"), com("Châu Tiến")],
["Báo Nghệ An điện tử", "Trang chủ > Thời sự > Chính trị", "(Baonghean)", "Toàn cảnh hội nghị tại điểm cầu tỉnh. Ảnh: Thành Duy",
 "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân", "Dân vận khéo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "dân biết, dân bàn, dân làm, dân kiểm tra",
 "Nghị quyết Trung ương 7"],
["Cập nhật: 09:42, 21/08/2013 (GMT+7)", "Trung ương 7", "khóa XI", "10 năm qua", "trước ngày 30/9"]))

PAGES.append(page("b2599-quangtri-mttq-taphuan-giamsat-2014", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
Trang chủ | Tin tức - Sự kiện | Hoạt động Mặt trận
08:15 | 03/10/2014
Tập huấn kỹ năng giám sát và phản biện xã hội cho cán bộ Mặt trận
Ngày 2/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị tổ chức lớp tập huấn công tác giám sát và phản biện xã hội năm 2014 cho 147 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ các huyện, thị xã, thành phố và cán bộ Mặt trận của 141 xã, phường, thị trấn.
Ảnh: Các học viên tham dự lớp tập huấn.
Tham dự khai mạc có bà Hồ Thị Thu Hằng, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Kray Xuân Nghĩa, Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh.
Lớp học được nghe ThS. Phạm Quang Dũng, Phó Trưởng ban Dân chủ - Pháp luật Ủy ban Trung ương MTTQ Việt Nam, giới thiệu Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế về giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội và Quy định về việc Mặt trận, các đoàn thể tham gia góp ý xây dựng Đảng, xây dựng chính quyền. Báo cáo viên cũng hướng dẫn Hướng dẫn số 07/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về quy trình tổ chức một cuộc giám sát.
Theo báo cáo của Ban Thường trực, 9 tháng năm 2014, Mặt trận các cấp trong tỉnh đã chủ trì 28 cuộc giám sát chuyên đề, tổ chức 12 hội nghị phản biện cấp huyện, tham gia góp ý 46 dự thảo văn bản của chính quyền. Ban Thanh tra nhân dân các xã đã phát hiện và kiến nghị xử lý 19 vụ việc sai phạm trong quản lý đất đai, xây dựng cơ bản.
Trao đổi tại lớp học, ông Hồ Văn Thăng, Chủ tịch Ủy ban MTTQ xã A Túc, cho biết cán bộ Mặt trận cơ sở còn lúng túng khi lập kế hoạch giám sát, nhất là giám sát việc thực hiện chính sách hỗ trợ đồng bào Vân Kiều, Pa Kô. Bà Côn Thị Liên, Trưởng ban Công tác Mặt trận thôn Ka Tăng, xã Hướng Phùng, đề nghị có mẫu biên bản giám sát đơn giản, dễ dùng. Ông Nguyễn Văn Thạnh, Phó Chủ tịch Ủy ban MTTQ thị trấn Lao Bảo, chia sẻ kinh nghiệm phối hợp với Hội đồng nhân dân giám sát chợ biên giới.
Phát biểu bế giảng, bà Hồ Thị Thu Hằng đề nghị mỗi huyện, thị xã, thành phố chọn 2 nội dung giám sát trong quý IV, ưu tiên các lĩnh vực người dân quan tâm; triển khai tốt cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và hưởng ứng "Ngày hội Đại đoàn kết toàn dân tộc" năm 2014.
Bảo Ngọc
Tin khác
- Gặp mặt đại biểu tiêu biểu các tôn giáo nhân dịp Lễ Vu lan (12/08/2014)
- Hướng Hóa: vận động đồng bào xóa bỏ phong tục lạc hậu (29/07/2014)
- Giao ban công tác Mặt trận 6 tháng đầu năm 2014 (15/07/2014)
- Hội nghị hiệp thương lần thứ 3 nhiệm kỳ 2014 - 2019 (04/06/2014)
""", "2014-10-03", "Tập huấn kỹ năng giám sát và phản biện xã hội cho cán bộ Mặt trận",
E("tap_huan", "2014", "2014-10-02"),
[P("Hồ Thị Thu Hằng", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kray Xuân Nghĩa", "Phó Chủ tịch - Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Quang Dũng", "ThS", "Phó Trưởng ban Dân chủ - Pháp luật Ủy ban Trung ương MTTQ Việt Nam"),
 P("Hồ Văn Thăng", "Chủ tịch Ủy ban MTTQ xã A Túc"),
 P("Côn Thị Liên", "Trưởng ban Công tác Mặt trận thôn Ka Tăng"),
 P("Nguyễn Văn Thạnh", "Phó Chủ tịch Ủy ban MTTQ thị trấn Lao Bảo")],
[Q("147 học viên", 147, "học viên"), Q("141 xã, phường, thị trấn", 141, "xã, phường, thị trấn"),
 Q("28 cuộc giám sát chuyên đề", 28, "cuộc giám sát chuyên đề"), Q("12 hội nghị phản biện cấp huyện", 12, "hội nghị phản biện cấp huyện"),
 Q("46 dự thảo văn bản", 46, "dự thảo văn bản"), Q("19 vụ việc sai phạm trong quản lý đất đai, xây dựng cơ bản", 19, "vụ việc sai phạm trong quản lý đất đai, xây dựng cơ bản"),
 Q("2 nội dung giám sát", 2, "nội dung giám sát")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Hướng dẫn", "07", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 07/HD-MTTW-BTT")],
[prov("Quảng Trị"), com("A Túc"), com("Hướng Phùng"), com("Lao Bảo")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ", "Trang chủ | Tin tức - Sự kiện | Hoạt động Mặt trận",
 "Ảnh: Các học viên tham dự lớp tập huấn.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Ngày hội Đại đoàn kết toàn dân tộc"],
["08:15 | 03/10/2014", "năm 2014", "9 tháng năm 2014", "quý IV"]))

PAGES.append(page("b2600-daklak-bdv-boiduong-2016", """
Cổng thông tin điện tử Đảng bộ tỉnh Đắk Lắk
Trang chủ / Dân vận / Tin hoạt động
17/05/2016 - 10:05
Khai giảng 3 lớp bồi dưỡng nghiệp vụ dân vận cho cán bộ, công chức xã
Sáng 16/5/2016, tại Trường Chính trị tỉnh, Ban Dân vận Tỉnh ủy Đắk Lắk phối hợp với Trường Chính trị tỉnh khai giảng lớp bồi dưỡng nghiệp vụ công tác dân vận năm 2016 (đợt 1). Trưởng Ban Dân vận Tỉnh ủy Đỗ Thị Hồng Nhung dự và phát biểu chỉ đạo.
Năm nay, Ban mở 3 lớp với 285 học viên là Chủ tịch, Phó Chủ tịch UBND xã và công chức phụ trách công tác dân vận chính quyền của 184 xã, phường, thị trấn thuộc 15 huyện, thị xã, thành phố. Mỗi lớp học trong 3 ngày.
Đồng chí Đỗ Thị Hồng Nhung phát biểu tại lễ khai giảng. Ảnh: H.Y
Giảng viên gồm ThS. H'Blưn Ktla, Phó Trưởng khoa Xây dựng Đảng Trường Chính trị tỉnh; đồng chí Y Thuật Êban, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh; đồng chí Trần Văn Kỳ, Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy. Nội dung bồi dưỡng tập trung vào Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; Nghị định số 04/2015/NĐ-CP ngày 9/1/2015 của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước; Kế hoạch 57-KH/TU của Tỉnh ủy và kỹ năng tiếp dân, đối thoại với nhân dân.
Đồng chí Y Thuật Êban đã dành nhiều thời gian trao đổi về phong tục, tập quán của đồng bào Êđê, M'nông, J'rai; những điều cán bộ cần tránh khi làm việc ở buôn, nhất là trong mùa lễ hội cúng bến nước, mừng lúa mới.
Theo Ban Dân vận Tỉnh ủy, năm 2015 toàn tỉnh có 1.134 mô hình, điển hình "Dân vận khéo", trong đó 212 mô hình trong lĩnh vực dân vận chính quyền; số đơn thư khiếu nại, tố cáo giảm 17% so với năm trước. Tuy vậy, vẫn còn 23 vụ việc tranh chấp đất đai kéo dài chưa giải quyết dứt điểm.
Bên lề lớp học, ông Y Sơn Mlô, Phó Chủ tịch UBND xã Ea Tu, cho biết trước đây cán bộ xã ngại xuống buôn, nay mỗi tháng đều có lịch tiếp dân tại nhà văn hóa buôn. Bà H'Ngọc Byă, công chức Văn phòng - Thống kê xã Cư Êbur, mong được bồi dưỡng thêm kỹ năng viết tin, bài tuyên truyền bằng tiếng Êđê.
Mỗi học viên được hỗ trợ 150.000 đồng/ngày tiền ăn; tổng kinh phí mở lớp khoảng 210 triệu đồng từ ngân sách tỉnh. Kết thúc khóa học, học viên làm bài thu hoạch và được cấp giấy chứng nhận.
Hồng Yến
Các tin đã đưa
- Ban Dân vận Tỉnh ủy giao ban công tác quý I năm 2016 (08/04/2016)
- Buôn Đôn: tôn vinh 40 già làng, người có uy tín (25/03/2016)
- Tọa đàm về dân vận chính quyền (11/03/2016)
- Krông Pắc ra mắt tổ hòa giải ở buôn (26/02/2016)
""", "2016-05-17", "Khai giảng 3 lớp bồi dưỡng nghiệp vụ dân vận cho cán bộ, công chức xã",
E("tap_huan", "2016", "2016-05-16"),
[P("Đỗ Thị Hồng Nhung", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Blưn Ktla", "ThS", "Phó Trưởng khoa Xây dựng Đảng Trường Chính trị tỉnh"),
 P("Y Thuật Êban", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
 P("Trần Văn Kỳ", "Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy"),
 P("Y Sơn Mlô", "Phó Chủ tịch UBND xã Ea Tu"),
 P("H'Ngọc Byă", "công chức Văn phòng - Thống kê xã Cư Êbur")],
[Q("3 lớp", 3, "lớp"), Q("285 học viên", 285, "học viên"), Q("184 xã, phường, thị trấn", 184, "xã, phường, thị trấn"),
 Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"), Q("1.134 mô hình, điển hình", 1134, "mô hình, điển hình"),
 Q("212 mô hình", 212, "mô hình"), Q("17%", 17, "%"), Q("23 vụ việc tranh chấp đất đai kéo dài", 23, "vụ việc tranh chấp đất đai kéo dài"),
 Q("150.000 đồng", 150000, "đồng"), Q("khoảng 210 triệu đồng", 210000000, "đồng", "approx")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Nghị định", "04", "2015/NĐ-CP", "2015-01-09", "Chính phủ", "Nghị định số 04/2015/NĐ-CP ngày 9/1/2015"),
 D("Kế hoạch", "57", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 57-KH/TU")],
[prov("Đắk Lắk"), com("Ea Tu"), com("Cư Êbur")],
["Cổng thông tin điện tử Đảng bộ tỉnh Đắk Lắk", "Trang chủ / Dân vận / Tin hoạt động",
 "Đồng chí Đỗ Thị Hồng Nhung phát biểu tại lễ khai giảng. Ảnh: H.Y", "Dân vận khéo", "Trường Chính trị tỉnh"],
["17/05/2016 - 10:05", "năm 2016", "đợt 1", "trong 3 ngày", "năm 2015", "mỗi tháng"]))

PAGES.append(page("b2601-hagiang-dongvan-taphuan-2017", """
HUYỆN ỦY ĐỒNG VĂN - BAN DÂN VẬN
Bạn đang ở: Trang chủ >> Tin tức >> Công tác dân vận
Ngày đăng 06/09/2017 | 16:20
Ảnh: Quang cảnh lớp tập huấn.
Đồng Văn tập huấn cho cán bộ dân vận xã, thôn
Trong hai ngày 4 và 5/9, Ban Dân vận Huyện ủy Đồng Văn tổ chức tập huấn nghiệp vụ công tác dân vận cho 134 học viên là trưởng khối dân vận, cán bộ Mặt trận, đoàn thể của 19 xã, thị trấn và trưởng thôn các thôn biên giới. Lớp học chia thành 2 lớp, tổ chức tại Trung tâm Bồi dưỡng chính trị huyện.
Đồng chí Vàng Mí Sính, HUV, Trưởng Ban Dân vận Huyện ủy, khai mạc lớp học. Tham dự có các đồng chí: Lù Văn Chứ, Chủ tịch Ủy ban MTTQ huyện; Giàng Thị Súa, Chủ tịch Hội LHPN huyện.
Các học viên được giới thiệu Hướng dẫn số 12-HD/BDVTU ngày 20/6/2017 của Ban Dân vận Tỉnh ủy Hà Giang về xây dựng tổ dân vận thôn; Nghị quyết 09-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển kinh tế - xã hội vùng biên; Chỉ thị số 02-CT/HU về vận động nhân dân không nghe theo kẻ xấu truyền đạo trái pháp luật. Báo cáo viên Hoàng Văn Tài, Phó Giám đốc Trung tâm Bồi dưỡng chính trị huyện, hướng dẫn cách nắm bắt dư luận và xử lý tình huống ở thôn bản.
Đồng chí Vàng Mí Sính nhấn mạnh, cán bộ dân vận phải thực hiện "3 cùng" với dân (cùng ăn, cùng ở, cùng làm), nói tiếng Mông được với đồng bào. Năm 2016, toàn huyện đã vận động 416 hộ tự nguyện cải tạo, xây mới nhà tiêu hợp vệ sinh; 27 thôn đã xây dựng quy ước về việc cưới, việc tang; không để xảy ra vụ tụ tập đông người nào.
Chia sẻ tại lớp học, ông Sùng Mí Dế, Bí thư Đảng ủy xã Lũng Cú, cho biết xã giáp biên giới có 9 thôn, 100% thôn có tổ dân vận; mỗi tổ dân vận có 5 thành viên. Bà Thào Thị Dính, Trưởng thôn Séo Lủng, xã Sủng Là, kể chuyện vận động 11 hộ hiến đất mở đường lên nương.
Nhiều học viên thẳng thắn nêu khó khăn: phụ cấp cho cán bộ thôn còn thấp, địa bàn rộng, đi lại vất vả vào mùa mưa; một số thôn còn có người nghe theo lời xấu bỏ bê sản xuất. Ông Ly Chứ Pó, Phó Chủ tịch Ủy ban MTTQ xã Phố Cáo, đề nghị huyện tổ chức tập huấn tại chỗ ở cụm xã để cán bộ thôn đi lại thuận tiện hơn, đồng thời in tờ rơi bằng hình ảnh cho bà con không biết chữ.
Trả lời các ý kiến, đồng chí Vàng Mí Sính cho biết Ban sẽ tham mưu Ban Thường vụ Huyện ủy năm tới mở thêm lớp tại cụm xã, mời người có uy tín trong dòng họ cùng tham gia tuyên truyền, và đề nghị các xã chủ động bố trí kinh phí cho tổ dân vận thôn hoạt động.
Kết thúc tập huấn, 100% học viên được cấp giấy chứng nhận. Huyện cũng trao tặng 134 bộ tài liệu nghiệp vụ cho học viên và cấp 38 cuốn sổ tay dân vận cho các thôn biên giới.
Lý Thị Hoa
Lượt truy cập: 45.218
Tin khác
- Phố Bảng ra mắt tổ dân vận thôn (28/08/2017)
- Sơ kết 6 tháng công tác dân vận năm 2017 (14/07/2017)
- Gặp mặt người có uy tín các xã biên giới (22/06/2017)
""", "2017-09-06", "Đồng Văn tập huấn cho cán bộ dân vận xã, thôn",
E("tap_huan", None, "2017-09-04"),
[P("Vàng Mí Sính", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lù Văn Chứ", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Giàng Thị Súa", "Chủ tịch Hội LHPN huyện"),
 P("Hoàng Văn Tài", "Báo cáo viên", "Phó Giám đốc Trung tâm Bồi dưỡng chính trị huyện"),
 P("Sùng Mí Dế", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Thào Thị Dính", "Trưởng thôn Séo Lủng"),
 P("Ly Chứ Pó", "Phó Chủ tịch Ủy ban MTTQ xã Phố Cáo")],
[Q("134 học viên", 134, "học viên"), Q("19 xã, thị trấn", 19, "xã, thị trấn"), Q("2 lớp", 2, "lớp"),
 Q("416 hộ", 416, "hộ"), Q("27 thôn", 27, "thôn"), Q("9 thôn", 9, "thôn"), Q("100% thôn", 100, "%"),
 Q("5 thành viên", 5, "thành viên"), Q("11 hộ", 11, "hộ"), Q("100% học viên", 100, "%"),
 Q("134 bộ tài liệu nghiệp vụ", 134, "bộ tài liệu nghiệp vụ"), Q("38 cuốn sổ tay dân vận", 38, "cuốn sổ tay dân vận")],
[D("Hướng dẫn", "12", "HD/BDVTU", "2017-06-20", "Ban Dân vận Tỉnh ủy Hà Giang", "Hướng dẫn số 12-HD/BDVTU ngày 20/6/2017"),
 D("Nghị quyết", "09", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 09-NQ/HU"),
 D("Chỉ thị", "02", "CT/HU", None, None, "Chỉ thị số 02-CT/HU")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sủng Là"), com("Phố Cáo")],
["HUYỆN ỦY ĐỒNG VĂN - BAN DÂN VẬN", "Bạn đang ở: Trang chủ >> Tin tức >> Công tác dân vận", "Ảnh: Quang cảnh lớp tập huấn.",
 "3 cùng", "cùng ăn, cùng ở, cùng làm", "Lượt truy cập: 45.218", "Trung tâm Bồi dưỡng chính trị huyện"],
["Ngày đăng 06/09/2017 | 16:20", "Trong hai ngày", "3 cùng", "Năm 2016", "Lượt truy cập: 45.218"]))

PAGES.append(page("b2602-binhdinh-bdv-hoinghi-kl43-2019", """
BÁO BÌNH ĐỊNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BÌNH ĐỊNH
Thứ Năm, 14/03/2019 | Hotline: 0256.3822.xxx
Chính trị › Xây dựng Đảng
14.03.2019 | 16:05
Quán triệt Kết luận 43 của Ban Bí thư về công tác dân vận
Chiều 13/3, Ban Thường vụ Tỉnh ủy Bình Định tổ chức hội nghị trực tuyến quán triệt Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới. Hội nghị được kết nối tới 11 điểm cầu huyện, thị xã, thành phố với hơn 2.000 cán bộ chủ chốt, cán bộ khối dân vận tham dự.
Đồng chí Lê Thị Kim Oanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị tại điểm cầu tỉnh.
Đồng chí Lê Thị Kim Oanh chủ trì hội nghị. Ảnh: N.Hân
Tại hội nghị, đồng chí Trương Công Lý, Phó Trưởng Ban Dân vận Tỉnh ủy, báo cáo viên cấp tỉnh, đã quán triệt những nội dung cơ bản của Kết luận 43-KL/TW và Nghị quyết số 25-NQ/TW ngày 3/6/2013 của BCH Trung ương Đảng khóa XI. Theo đó, sau 5 năm thực hiện Nghị quyết, toàn tỉnh đã xây dựng 2.364 mô hình "Dân vận khéo", trong đó 87 mô hình cấp tỉnh; 96,5% khu dân cư đạt danh hiệu khu dân cư văn hóa.
Báo cáo viên cũng giới thiệu dự thảo Kế hoạch số 28-KH/TU của Tỉnh ủy thực hiện Kết luận, với 6 nhóm nhiệm vụ trọng tâm, gắn với việc thực hiện Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư ban hành hướng dẫn khung để các cấp ủy đảng tiếp tục đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Tại điểm cầu huyện An Lão, ông Đinh Văn Mưa, HUV, Trưởng Ban Dân vận Huyện ủy An Lão, cho biết huyện đã vận động 64 hộ đồng bào Hrê tham gia tổ hợp tác trồng keo; chưa để xảy ra điểm nóng ở vùng đồng bào dân tộc thiểu số. Bà Đinh Thị Hiền, Bí thư Đảng ủy xã Vĩnh Kim (huyện Vĩnh Thạnh), kiến nghị tỉnh quan tâm hơn nữa đến chế độ phụ cấp cho cán bộ dân vận thôn, làng.
Kết luận hội nghị, đồng chí Lê Thị Kim Oanh yêu cầu các cấp ủy hoàn thành việc học tập, quán triệt Kết luận trong quý II năm 2019; cụ thể hóa bằng chương trình, kế hoạch sát với thực tiễn; thực hiện nghiêm việc tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy với nhân dân ít nhất 1 lần/năm.
Ngọc Hân
Lượt xem: 2.431
Tin cùng chuyên mục
- Tuy Phước: hội nghị giao ban công tác dân vận quý I (08/03/2019)
- Hoài Nhơn tôn vinh 50 điển hình "Dân vận khéo" (27/02/2019)
- Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2019 (15/01/2019)
- Vận động nhân dân đón Tết an toàn, tiết kiệm (28/01/2019)
""", "2019-03-14", "Quán triệt Kết luận 43 của Ban Bí thư về công tác dân vận",
E("hoi_nghi", None, "2019-03-13"),
[P("Lê Thị Kim Oanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Công Lý", "Phó Trưởng Ban Dân vận Tỉnh ủy", "báo cáo viên cấp tỉnh"),
 P("Đinh Văn Mưa", "HUV", "Trưởng Ban Dân vận Huyện ủy An Lão"),
 P("Đinh Thị Hiền", "Bí thư Đảng ủy xã Vĩnh Kim")],
[Q("11 điểm cầu huyện, thị xã, thành phố", 11, "điểm cầu huyện, thị xã, thành phố"),
 Q("hơn 2.000 cán bộ chủ chốt, cán bộ khối dân vận", 2000, "cán bộ chủ chốt, cán bộ khối dân vận", "over"),
 Q("2.364 mô hình", 2364, "mô hình"), Q("87 mô hình cấp tỉnh", 87, "mô hình cấp tỉnh"), Q("96,5%", 96.5, "%"),
 Q("6 nhóm nhiệm vụ trọng tâm", 6, "nhóm nhiệm vụ trọng tâm"), Q("64 hộ đồng bào Hrê", 64, "hộ đồng bào Hrê")],
[D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Kế hoạch", "28", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 28-KH/TU"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017")],
[prov("Bình Định"), com("Vĩnh Kim")],
["BÁO BÌNH ĐỊNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BÌNH ĐỊNH", "Hotline: 0256.3822.xxx", "Chính trị › Xây dựng Đảng",
 "Đồng chí Lê Thị Kim Oanh chủ trì hội nghị. Ảnh: N.Hân", "Dân vận khéo", "Nghị quyết Trung ương 7 (khóa XI)", "Lượt xem: 2.431"],
["Thứ Năm, 14/03/2019", "14.03.2019 | 16:05", "Trung ương 7", "khóa XI", "5 năm", "quý II năm 2019", "1 lần/năm", "Lượt xem: 2.431"]))
