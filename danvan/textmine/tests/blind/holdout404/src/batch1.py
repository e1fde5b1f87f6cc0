from lib import *
PAGES = []

PAGES.append(page("b9653-laocai-btg-tongket-2011", """
BAN TUYÊN GIÁO TỈNH ỦY LÀO CAI - Trang thông tin điện tử
Trang chủ » Hoạt động tuyên giáo » Tin trong tỉnh
Thứ Năm, 29/12/2011 - 16:20
Lào Cai: Ngành Tuyên giáo tổng kết công tác năm 2011
Toàn cảnh hội nghị tổng kết.
Ngày 28/12/2011, Ban Tuyên giáo Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác tuyên giáo năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Giàng Seo Lềnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị. Dự hội nghị có 65 đồng chí là lãnh đạo ban tuyên giáo các huyện ủy, thành ủy, đảng ủy trực thuộc và báo cáo viên cấp tỉnh.
Năm 2011, ngành Tuyên giáo đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 38, 39-KH/TU về tổ chức học tập, quán triệt Nghị quyết Đại hội XI của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV. Ban cũng ban hành Hướng dẫn số 12-HD/BTGTU ngày 14/4/2011 về công tác nắm bắt dư luận xã hội ở cơ sở. Toàn tỉnh tổ chức 1.246 buổi học tập nghị quyết với gần 96.000 lượt cán bộ, đảng viên tham gia.
Đội ngũ báo cáo viên được kiện toàn với 32 báo cáo viên cấp tỉnh, 214 báo cáo viên cấp huyện; mạng lưới cộng tác viên dư luận xã hội có 178 người. Hội nghị báo cáo viên định kỳ được duy trì hằng tháng, thông tin kịp thời tình hình thời sự trong nước, quốc tế và tình hình biên giới.
Đồng chí Lù Thị Dung, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, cho biết năm qua dư luận trong nhân dân tập trung vào giá cả, đền bù giải phóng mặt bằng và tình trạng một số người Mông di cư tự do. Ban Tuyên giáo các huyện đã phối hợp tổ chức 320 buổi tuyên truyền bằng tiếng Mông, tiếng Dao tại các thôn, bản vùng cao.
Tham luận tại hội nghị, đồng chí Phàn Văn Sử, HUV, Trưởng Ban Tuyên giáo Huyện ủy Sa Pa, chia sẻ cách làm đưa tài liệu tuyên truyền đến từng bản; ông Vàng A Chính, Bí thư Đảng ủy xã Tả Van, đề nghị tăng thời lượng phát thanh bằng tiếng dân tộc trên loa truyền thanh xã.
Kết luận hội nghị, đồng chí Giàng Seo Lềnh yêu cầu năm 2012 tiếp tục triển khai Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh; nâng cao chất lượng đội ngũ báo cáo viên, chủ động định hướng dư luận, đấu tranh với các luận điệu xuyên tạc.
Hội nghị cũng chỉ ra một số hạn chế: đội ngũ cán bộ tuyên giáo cấp xã còn kiêm nhiệm nhiều việc; tài liệu bằng tiếng dân tộc chưa nhiều; việc nắm dư luận ở các thôn xa trung tâm có lúc chưa kịp thời.
Dịp này, 8 tập thể và 15 cá nhân được Ban Tuyên giáo Tỉnh ủy tặng giấy khen.
Đồng chí Giàng Seo Lềnh trao giấy khen cho các tập thể.
Hồng Nhung
Số lượt xem: 1.032
Tin liên quan
- Bảo Thắng tổ chức hội nghị báo cáo viên tháng 12 (20/12/2011)
- Tập huấn nghiệp vụ cho cộng tác viên dư luận xã hội (30/11/2011)
- Ban Tuyên giáo Trung ương làm việc tại Lào Cai (15/11/2011)
- Bát Xát: học tập Nghị quyết Đại hội XI cho 500 đảng viên (02/11/2011)
""", "2011-12-29", "Lào Cai: Ngành Tuyên giáo tổng kết công tác năm 2011",
E("tong_ket", "2011", "2011-12-28"),
[P("Giàng Seo Lềnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Lù Thị Dung", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Phàn Văn Sử", "HUV", "Trưởng Ban Tuyên giáo Huyện ủy Sa Pa"),
 P("Vàng A Chính", "Bí thư Đảng ủy xã Tả Van")],
[Q("65 đồng chí", 65, "đồng chí"), Q("1.246 buổi học tập nghị quyết", 1246, "buổi học tập nghị quyết"),
 Q("gần 96.000 lượt cán bộ, đảng viên", 96000, "lượt cán bộ, đảng viên", "approx"),
 Q("32 báo cáo viên cấp tỉnh", 32, "báo cáo viên cấp tỉnh"), Q("214 báo cáo viên cấp huyện", 214, "báo cáo viên cấp huyện"),
 Q("178 người", 178, "người"), Q("320 buổi tuyên truyền", 320, "buổi tuyên truyền"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Kế hoạch", "38", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 38, 39-KH/TU"),
 D("Kế hoạch", "39", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 38, 39-KH/TU"),
 D("Hướng dẫn", "12", "HD/BTGTU", "2011-04-14", None, "Hướng dẫn số 12-HD/BTGTU ngày 14/4/2011"),
 D("Chỉ thị", "03", "CT/TW", "2011-05-14", "Bộ Chính trị", "Chỉ thị số 03-CT/TW ngày 14/5/2011")],
[prov("Lào Cai"), com("Tả Van")],
["BAN TUYÊN GIÁO TỈNH ỦY LÀO CAI - Trang thông tin điện tử", "Trang chủ » Hoạt động tuyên giáo » Tin trong tỉnh",
 "Toàn cảnh hội nghị tổng kết.", "Đồng chí Giàng Seo Lềnh trao giấy khen cho các tập thể.", "Số lượt xem: 1.032",
 "Nghị quyết Đại hội XI"],
["Thứ Năm, 29/12/2011 - 16:20", "65 đồng chí", "lần thứ XIV", "Đại hội XI", "năm 2011", "năm 2012", "Số lượt xem: 1.032"]))

PAGES.append(page("b9654-nghean-btg-hoinghi-bcv-2012", """
Báo Nghệ An điện tử
Thời sự > Chính trị > Tuyên giáo
Cập nhật: 16:45, 20/04/2012 (GMT+7)
Bạn đang xem: Hội nghị báo cáo viên
Thông tin thời sự tháng 4 cho đội ngũ báo cáo viên toàn tỉnh
(Baonghean) - Sáng 19/4, Ban Tuyên giáo Tỉnh ủy Nghệ An tổ chức Hội nghị báo cáo viên định kỳ tháng 4/2012 theo hình thức trực tiếp tại hội trường Tỉnh ủy, với sự tham dự của hơn 200 báo cáo viên cấp tỉnh, cấp huyện và cán bộ chủ chốt các sở, ban, ngành.
Tại hội nghị, đồng chí Nguyễn Thị Thu Hường, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy, thông tin tình hình kinh tế - xã hội quý I năm 2012 của tỉnh: tổng giá trị sản xuất tăng 8,6%; thu ngân sách trên địa bàn đạt 1.380 tỷ đồng; giải quyết việc làm cho 7.500 lao động. Tuy vậy, giá vật tư nông nghiệp tăng cao, một bộ phận nông dân vùng Tây Nam gặp khó khăn.
Đồng chí Lô Văn Thắm, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, định hướng một số vấn đề dư luận quan tâm: việc triển khai Nghị quyết Trung ương 4 (khóa XI) về một số vấn đề cấp bách trong xây dựng Đảng hiện nay; tình hình Biển Đông; và việc thực hiện Quyết định số 2331/QĐ-UBND ngày 02/3/2012 của UBND tỉnh về bồi thường, hỗ trợ tái định cư các dự án thủy điện.
Báo cáo viên được nghe đại diện Bộ Chỉ huy Bộ đội Biên phòng tỉnh thông báo tình hình tuyến biên giới Việt - Lào dài 419 km; trong quý I, lực lượng chức năng đã bắt giữ 27 vụ vận chuyển trái phép chất ma túy.
Theo đồng chí Lô Văn Thắm, thực hiện Kế hoạch số 56-KH/BTGTU của Ban Tuyên giáo Tỉnh ủy, 3 tháng đầu năm các báo cáo viên đã tổ chức 1.840 buổi nói chuyện thời sự tại chi bộ, khối xóm. Cộng tác viên dư luận xã hội ở 21 huyện, thành, thị đã gửi 63 báo cáo phản ánh.
Các đại biểu cũng nghe ông Vi Văn Sơn, báo cáo viên Huyện ủy Tương Dương, chia sẻ kinh nghiệm nói chuyện thời sự tại các bản người Thái, người Khơ Mú, người Mông; nhiều bản ở xã Tam Hợp, xã Yên Na nay đã có loa truyền thanh.
Nhiều ý kiến tại hội nghị cho rằng tài liệu sinh hoạt chi bộ hằng tháng cần ngắn gọn hơn, có phần hỏi - đáp để đảng viên ở vùng sâu dễ nắm bắt; việc cung cấp thông tin cho báo cáo viên cơ sở còn chậm, nhiều nơi chưa có máy tính để nhận tài liệu qua mạng.
Đồng chí Nguyễn Thị Thu Hường đề nghị báo cáo viên nắm chắc tình hình, trả lời thắc mắc của nhân dân, không để kẻ xấu lợi dụng xuyên tạc.
Quang cảnh hội nghị báo cáo viên. Ảnh: Thành Duy
Thành Duy
Tin cùng chuyên mục
- Học tập chuyên đề năm 2012 về tấm gương đạo đức Hồ Chí Minh (12/04/2012)
- Quỳ Hợp: bồi dưỡng nghiệp vụ cho 80 báo cáo viên cơ sở (05/04/2012)
- Ban Tuyên giáo Tỉnh ủy giao ban khối tư tưởng - văn hóa quý I (30/03/2012)
- Hội nghị báo cáo viên tháng 3: thông tin về an ninh biên giới (22/03/2012)
""", "2012-04-20", "Thông tin thời sự tháng 4 cho đội ngũ báo cáo viên toàn tỉnh",
E("hoi_nghi", "2012-04", "2012-04-19"),
[P("Nguyễn Thị Thu Hường", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy"),
 P("Lô Văn Thắm", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Vi Văn Sơn", "báo cáo viên Huyện ủy Tương Dương")],
[Q("hơn 200 báo cáo viên", 200, "báo cáo viên", "over"), Q("8,6%", 8.6, "%"),
 Q("1.380 tỷ đồng", 1380000000000, "đồng"), Q("7.500 lao động", 7500, "lao động"),
 Q("419 km", 419, "km"), Q("27 vụ vận chuyển trái phép chất ma túy", 27, "vụ vận chuyển trái phép chất ma túy"),
 Q("1.840 buổi nói chuyện thời sự", 1840, "buổi nói chuyện thời sự"), Q("21 huyện, thành, thị", 21, "huyện, thành, thị"),
 Q("63 báo cáo", 63, "báo cáo")],
[D("Quyết định", "2331", "QĐ-UBND", "2012-03-02", "UBND tỉnh", "Quyết định số 2331/QĐ-UBND ngày 02/3/2012"),
 D("Kế hoạch", "56", "KH/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Kế hoạch số 56-KH/BTGTU")],
[prov("Nghệ An"), com("Tam Hợp"), com("Yên Na")],
["Báo Nghệ An điện tử", "Thời sự > Chính trị > Tuyên giáo", "Bạn đang xem: Hội nghị báo cáo viên", "(Baonghean)",
 "Quang cảnh hội nghị báo cáo viên. Ảnh: Thành Duy", "Nghị quyết Trung ương 4 (khóa XI)"],
["Cập nhật: 16:45, 20/04/2012 (GMT+7)", "tháng 4/2012", "quý I năm 2012", "3 tháng đầu năm", "Nghị quyết Trung ương 4", "khóa XI"]))

PAGES.append(page("b9655-soctrang-btg-taphuan-dlxh-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH SÓC TRĂNG
Bạn đang ở: Trang chủ / Tuyên giáo / Dư luận xã hội
16/08/2013 - 09:30
Ảnh: Lớp tập huấn tại hội trường Tỉnh ủy.
Tập huấn nghiệp vụ cho 150 cộng tác viên dư luận xã hội
Trong 2 ngày 14 và 15/8/2013, Ban Tuyên giáo Tỉnh ủy Sóc Trăng mở lớp tập huấn nghiệp vụ công tác dư luận xã hội năm 2013 cho 150 cộng tác viên dư luận xã hội của 11 huyện, thị xã, thành phố và các đảng bộ trực thuộc Tỉnh ủy.
Phát biểu khai giảng, đồng chí Lâm Văn Thạnh, Tỉnh ủy viên, Trưởng Ban Tuyên giáo Tỉnh ủy nhấn mạnh: nắm bắt dư luận xã hội là việc thường xuyên của cấp ủy; mỗi cộng tác viên phải là "tai mắt" của Đảng ở cơ sở, phản ánh trung thực, kịp thời tâm trạng của nhân dân, nhất là trong đồng bào Khmer và vùng có đông đồng bào theo đạo.
Học viên được nghe TS. Trần Hữu Phước, Phó Viện trưởng Viện Dư luận xã hội thuộc Ban Tuyên giáo Trung ương, truyền đạt các chuyên đề: phương pháp thu thập, xử lý thông tin dư luận; kỹ năng viết báo cáo nhanh; cách thiết kế phiếu hỏi. Các học viên thực hành điều tra thử với 1.200 phiếu tại xã Đại Tâm và xã Thạnh Thới An.
Bà Thạch Thị Sa Rênh, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, cho biết thực hiện Quy định số 08-QĐ/TW ngày 25/10/2011 của Bộ Chính trị về tổ chức và hoạt động của Viện Dư luận xã hội và Hướng dẫn 21-HD/BTGTW của Ban Tuyên giáo Trung ương, từ đầu năm đến nay tỉnh đã thực hiện 4 cuộc điều tra dư luận xã hội, thu về 3.600 phiếu; 87% người được hỏi đánh giá tình hình an ninh trật tự ở địa phương ổn định.
Tại lớp học, ông Sơn Ngọc Hoàng, cộng tác viên dư luận xã hội huyện Trần Đề, nêu thực tế: nhiều phản ánh của bà con chỉ được nghe trong các buổi sinh hoạt ở chùa; sư cả Lý Sà Rinh, trụ trì chùa Trà Tim, là người giúp nhiều cộng tác viên nắm tâm tư Phật tử.
Theo kế hoạch, Ban sẽ chi 45 triệu đồng in 2.000 cuốn tài liệu song ngữ Việt - Khmer phục vụ công tác tuyên truyền, nắm dư luận trong năm 2013.
Kết thúc lớp học, các học viên làm bài thu hoạch, xây dựng dự thảo báo cáo nhanh về một vấn đề dư luận đang quan tâm ở địa phương mình, như giá lúa, tình hình xuất khẩu lao động hay việc cấp giấy chứng nhận quyền sử dụng đất.
Bế giảng lớp học, đồng chí Lâm Văn Thạnh đề nghị mỗi huyện gửi báo cáo nhanh về dư luận xã hội ít nhất 2 lần mỗi tháng.
Kim Sóc Khanh
Lượt truy cập: 45.812
Tin khác
- Ban Tuyên giáo Tỉnh ủy sơ kết 6 tháng đầu năm 2013 (15/07/2013)
- Hội nghị báo cáo viên tháng 7: thông tin về dự thảo sửa đổi Hiến pháp (10/07/2013)
- Long Phú: tuyên truyền bằng tiếng Khmer trên loa truyền thanh (20/06/2013)
- Mỹ Xuyên học tập chuyên đề năm 2013 cho 1.500 đảng viên (28/06/2013)
""", "2013-08-16", "Tập huấn nghiệp vụ cho 150 cộng tác viên dư luận xã hội",
E("tap_huan", "2013", "2013-08-14"),
[P("Lâm Văn Thạnh", "Tỉnh ủy viên", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Trần Hữu Phước", "TS.", "Phó Viện trưởng Viện Dư luận xã hội thuộc Ban Tuyên giáo Trung ương"),
 P("Thạch Thị Sa Rênh", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Sơn Ngọc Hoàng", "cộng tác viên dư luận xã hội huyện Trần Đề"),
 P("Lý Sà Rinh", "sư cả", "trụ trì chùa Trà Tim")],
[Q("150 cộng tác viên dư luận xã hội", 150, "cộng tác viên dư luận xã hội"),
 Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"), Q("1.200 phiếu", 1200, "phiếu"),
 Q("4 cuộc điều tra dư luận xã hội", 4, "cuộc điều tra dư luận xã hội"), Q("3.600 phiếu", 3600, "phiếu"),
 Q("87%", 87, "%"), Q("45 triệu đồng", 45000000, "đồng"), Q("2.000 cuốn tài liệu song ngữ Việt - Khmer", 2000, "cuốn tài liệu song ngữ Việt - Khmer"),
 Q("ít nhất 2 lần", 2, "lần", "over")],
[D("Quy định", "08", "QĐ/TW", "2011-10-25", "Bộ Chính trị", "Quy định số 08-QĐ/TW ngày 25/10/2011"),
 D("Hướng dẫn", "21", "HD/BTGTW", None, "Ban Tuyên giáo Trung ương", "Hướng dẫn 21-HD/BTGTW")],
[prov("Sóc Trăng"), com("Đại Tâm"), com("Thạnh Thới An")],
["CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH SÓC TRĂNG", "Bạn đang ở: Trang chủ / Tuyên giáo / Dư luận xã hội",
 "Ảnh: Lớp tập huấn tại hội trường Tỉnh ủy.", "Lượt truy cập: 45.812", "Viện Dư luận xã hội"],
["16/08/2013 - 09:30", "2 ngày", "năm 2013", "Lượt truy cập: 45.812"]))

PAGES.append(page("b9656-gialai-btg-soket-2014", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị - Xã hội :: Xây dựng Đảng
08:15 | 11/07/2014
Nắm chắc dư luận, định hướng kịp thời thông tin về Biển Đông
(GLO)- Sáng 10-7, Ban Tuyên giáo Tỉnh ủy Gia Lai tổ chức hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2014. Đồng chí Rơ Châm Khuyên, Tỉnh ủy viên, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị.
Đồng chí Rơ Châm Khuyên phát biểu chỉ đạo hội nghị. Ảnh: Hà Duy
Báo cáo của Ban Tuyên giáo Tỉnh ủy cho biết, từ đầu tháng 5, khi Trung Quốc hạ đặt trái phép giàn khoan Hải Dương 981 trong vùng biển của Việt Nam, ngành Tuyên giáo đã kịp thời tham mưu Ban Thường vụ Tỉnh ủy ban hành Công văn số 1125-CV/TU hướng dẫn tuyên truyền về tình hình Biển Đông. Các cấp đã tổ chức 2.860 buổi tuyên truyền với trên 214.000 lượt người nghe; dư luận trong cán bộ, nhân dân đồng tình cao với chủ trương của Đảng, Nhà nước.
Trong 6 tháng, Ban đã tổ chức 6 hội nghị báo cáo viên cấp tỉnh; đội ngũ 1.150 báo cáo viên, tuyên truyền viên cơ sở hoạt động đều. Việc học tập chuyên đề năm 2014 theo Chỉ thị 03-CT/TW đạt 96% số đảng viên tham gia. Công tác nắm dư luận ở vùng đồng bào Jrai, Bahnar được chú trọng; đã phát hiện, phản ánh 12 vụ việc liên quan hoạt động của tổ chức "Tin lành Đê Ga".
Đồng chí Ksor H'Bơ Khăp, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, đề nghị các huyện biên giới tăng cường tuyên truyền miệng bằng tiếng dân tộc. Đồng chí Đinh Ngọc Yêm, Trưởng Ban Tuyên giáo Huyện ủy Kông Chro, cho biết huyện đã in 3.000 tờ rơi song ngữ Việt - Bahnar. Ông Rah Lan Blui, người có uy tín làng Plei Ơi, xã Ia Pếch, chia sẻ cách vận động bà con không nghe theo kẻ xấu.
Hội nghị cũng chỉ ra hạn chế: việc nắm bắt dư luận ở một số xã vùng sâu còn chậm, báo cáo chưa kịp thời; nội dung sinh hoạt của một số chi bộ thôn, làng chưa gắn với tình hình thực tế; hệ thống loa truyền thanh ở nhiều nơi đã xuống cấp, hoạt động không thường xuyên.
Kết luận hội nghị, đồng chí Rơ Châm Khuyên yêu cầu 6 tháng cuối năm triển khai Kế hoạch số 72-KH/BTGTU ngày 02/6/2014 về đấu tranh phản bác các quan điểm sai trái, thù địch; chuẩn bị tốt việc sơ kết 3 năm thực hiện Kết luận 12-KL/TW ngày 24/10/2011 của Bộ Chính trị về phát triển vùng Tây Nguyên.
Văn Ngọc
Bài viết liên quan
- Chư Păh: hội nghị báo cáo viên quý II (03/07/2014)
- Tọa đàm "Biển đảo quê hương" tại Pleiku (20/06/2014)
- Gần 5.000 đoàn viên thanh niên mít tinh phản đối giàn khoan (25/05/2014)
- Ban Tuyên giáo Tỉnh ủy tập huấn cho cộng tác viên dư luận xã hội (15/04/2014)
- Ia Grai: đưa thông tin thời sự đến với đồng bào vùng biên giới (02/04/2014)
- Hội nghị báo cáo viên Tỉnh ủy tháng 3/2014 (25/03/2014)
""", "2014-07-11", "Nắm chắc dư luận, định hướng kịp thời thông tin về Biển Đông",
E("so_ket", "2014-H1", "2014-07-10"),
[P("Rơ Châm Khuyên", "Tỉnh ủy viên", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Ksor H'Bơ Khăp", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Đinh Ngọc Yêm", "Trưởng Ban Tuyên giáo Huyện ủy Kông Chro"),
 P("Rah Lan Blui", "người có uy tín làng Plei Ơi")],
[Q("2.860 buổi tuyên truyền", 2860, "buổi tuyên truyền"), Q("trên 214.000 lượt người nghe", 214000, "lượt người nghe", "over"),
 Q("6 hội nghị báo cáo viên cấp tỉnh", 6, "hội nghị báo cáo viên cấp tỉnh"),
 Q("1.150 báo cáo viên, tuyên truyền viên cơ sở", 1150, "báo cáo viên, tuyên truyền viên cơ sở"),
 Q("96%", 96, "%"), Q("12 vụ việc", 12, "vụ việc"), Q("3.000 tờ rơi song ngữ Việt - Bahnar", 3000, "tờ rơi song ngữ Việt - Bahnar")],
[D("Công văn", "1125", "CV/TU", None, "Ban Thường vụ Tỉnh ủy", "Công văn số 1125-CV/TU"),
 D("Chỉ thị", "03", "CT/TW", None, None, "Chỉ thị 03-CT/TW"),
 D("Kế hoạch", "72", "KH/BTGTU", "2014-06-02", None, "Kế hoạch số 72-KH/BTGTU ngày 02/6/2014"),
 D("Kết luận", "12", "KL/TW", "2011-10-24", "Bộ Chính trị", "Kết luận 12-KL/TW ngày 24/10/2011")],
[prov("Gia Lai"), com("Ia Pếch")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị - Xã hội :: Xây dựng Đảng", "(GLO)", "Đồng chí Rơ Châm Khuyên phát biểu chỉ đạo hội nghị. Ảnh: Hà Duy",
 "Hải Dương 981", "Tin lành Đê Ga"],
["08:15 | 11/07/2014", "6 tháng đầu năm", "6 tháng cuối năm 2014", "Hải Dương 981", "3 năm", "năm 2014"]))

PAGES.append(page("b9657-thainguyen-btg-daihoi-chibo-2015", """
Trang thông tin điện tử Ban Tuyên giáo Tỉnh ủy Thái Nguyên
Vị trí: Trang chủ > Tin tức - Sự kiện > Xây dựng Đảng
Ngày đăng 22/05/2015 | 14:10
Đại hội Chi bộ Ban Tuyên giáo Tỉnh ủy lần thứ XV, nhiệm kỳ 2015 - 2020
Ngày 21/5/2015, Chi bộ Ban Tuyên giáo Tỉnh ủy Thái Nguyên tổ chức Đại hội đại biểu lần thứ XV, nhiệm kỳ 2015 - 2020. Đây là đại hội điểm của Đảng bộ Khối các cơ quan tỉnh. Dự đại hội có đồng chí Hoàng Văn Quỳnh, Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh và 27 đảng viên của chi bộ.
Quang cảnh Đại hội.
Nhiệm kỳ 2010 - 2015, Chi bộ đã lãnh đạo cơ quan tham mưu Ban Thường vụ Tỉnh ủy ban hành 46 văn bản về công tác tư tưởng, trong đó có Nghị quyết số 12-NQ/TU về phát triển văn hóa, con người Thái Nguyên và Chỉ thị số 27-CT/TU ngày 10/9/2013 về tăng cường công tác nắm bắt, định hướng dư luận xã hội. Đội ngũ báo cáo viên của Tỉnh ủy được kiện toàn với 45 đồng chí; cả tỉnh có 2.310 tuyên truyền viên ở cơ sở. Hằng năm, 100% đảng viên chi bộ hoàn thành tốt nhiệm vụ; chi bộ 5 năm liền đạt trong sạch, vững mạnh.
Phát biểu chỉ đạo, đồng chí Hoàng Văn Quỳnh ghi nhận vai trò của chi bộ trong việc tham mưu tổ chức học tập, quán triệt Nghị quyết Trung ương 4 (khóa XI) và đề nghị chi bộ đi đầu thực hiện Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XII của Đảng.
Đại hội đã bầu Chi ủy khóa mới gồm 3 đồng chí. Đồng chí Ma Thị Thoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy được bầu giữ chức Bí thư Chi bộ; đồng chí Dương Văn Lượng, Phó Trưởng Ban Tuyên giáo Tỉnh ủy được bầu làm Phó Bí thư Chi bộ. Đại hội cũng bầu 3 đại biểu đi dự Đại hội Đảng bộ Khối.
Đại hội thống nhất các chỉ tiêu nhiệm kỳ 2015 - 2020: hằng năm tổ chức ít nhất 10 hội nghị báo cáo viên cấp tỉnh; thực hiện từ 2 cuộc điều tra dư luận xã hội trở lên; bảo đảm 100% báo cáo viên được bồi dưỡng kiến thức.
Bên cạnh kết quả, đại hội thẳng thắn chỉ ra những hạn chế: việc dự báo tình hình tư tưởng có lúc chưa sát; chất lượng sinh hoạt chi bộ có thời điểm chưa cao; công tác nghiên cứu, tổng kết thực tiễn còn ít.
Tham luận tại đại hội, đồng chí Triệu Thị Hoa, Trưởng phòng Lý luận chính trị - Lịch sử Đảng, đề xuất xây dựng chuyên mục hỏi - đáp trên trang thông tin điện tử của Ban.
Minh Hằng
Lượt xem: 612
Tin liên quan
- Đại hội Chi bộ Văn phòng Tỉnh ủy nhiệm kỳ 2015 - 2020 (19/05/2015)
- Hội nghị báo cáo viên Tỉnh ủy tháng 5/2015 (12/05/2015)
- Võ Nhai: tuyên truyền kỷ niệm 125 năm Ngày sinh Chủ tịch Hồ Chí Minh (06/05/2015)
""", "2015-05-22", "Đại hội Chi bộ Ban Tuyên giáo Tỉnh ủy lần thứ XV, nhiệm kỳ 2015 - 2020",
E("dai_hoi", None, "2015-05-21"),
[P("Hoàng Văn Quỳnh", "Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh"),
 P("Ma Thị Thoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy", "Bí thư Chi bộ"),
 P("Dương Văn Lượng", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy", "Phó Bí thư Chi bộ"),
 P("Triệu Thị Hoa", "Trưởng phòng Lý luận chính trị - Lịch sử Đảng")],
[Q("27 đảng viên", 27, "đảng viên"), Q("46 văn bản", 46, "văn bản"), Q("45 đồng chí", 45, "đồng chí"),
 Q("2.310 tuyên truyền viên", 2310, "tuyên truyền viên"), Q("100% đảng viên", 100, "%"),
 Q("3 đồng chí", 3, "đồng chí"), Q("3 đại biểu", 3, "đại biểu"),
 Q("ít nhất 10 hội nghị báo cáo viên cấp tỉnh", 10, "hội nghị báo cáo viên cấp tỉnh", "over"),
 Q("từ 2 cuộc điều tra dư luận xã hội trở lên", 2, "cuộc điều tra dư luận xã hội", "over"),
 Q("100% báo cáo viên", 100, "%")],
[D("Nghị quyết", "12", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 12-NQ/TU"),
 D("Chỉ thị", "27", "CT/TU", "2013-09-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 27-CT/TU ngày 10/9/2013"),
 D("Chỉ thị", "36", "CT/TW", "2014-05-30", "Bộ Chính trị", "Chỉ thị số 36-CT/TW ngày 30/5/2014")],
[prov("Thái Nguyên")],
["Trang thông tin điện tử Ban Tuyên giáo Tỉnh ủy Thái Nguyên", "Vị trí: Trang chủ > Tin tức - Sự kiện > Xây dựng Đảng",
 "Quang cảnh Đại hội.", "Lượt xem: 612", "Nghị quyết Trung ương 4 (khóa XI)"],
["Ngày đăng 22/05/2015 | 14:10", "45 đồng chí", "3 đồng chí", "lần thứ XV", "nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2010 - 2015", "5 năm", "lần thứ XII", "khóa XI"]))

PAGES.append(page("b9658-quangtri-btg-giaoban-q2-2016", """
BAN TUYÊN GIÁO TỈNH ỦY QUẢNG TRỊ
Tin tức | Hoạt động ngành | Giao ban
08/07/2016 - 10:05
Hôm nay: Thứ Hai, 11/07/2016
Đồng chí Lê Thị Thanh Nhàn chủ trì hội nghị.
Ổn định tư tưởng ngư dân sau sự cố môi trường biển
Chiều 7/7/2016, Ban Tuyên giáo Tỉnh ủy Quảng Trị tổ chức giao ban công tác tuyên giáo quý II năm 2016 với lãnh đạo ban tuyên giáo các huyện, thị, thành ủy và đảng ủy trực thuộc. Đồng chí Lê Thị Thanh Nhàn, Tỉnh ủy viên, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì.
Báo cáo giao ban nêu rõ, quý II nổi lên là sự cố hải sản chết bất thường ở vùng biển miền Trung, ảnh hưởng trực tiếp đến 4 huyện ven biển với gần 5.800 hộ ngư dân. Ban Tuyên giáo Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Công văn 412, 413-CV/TU về định hướng tuyên truyền, ổn định tư tưởng nhân dân; tổ chức 3 hội nghị báo cáo viên chuyên đề, cung cấp thông tin cho 350 báo cáo viên, tuyên truyền viên.
Tổng hợp từ 96 cộng tác viên dư luận xã hội cho thấy: tâm trạng ngư dân lo lắng về sinh kế; giá hải sản giảm tới 50%; một số đối tượng lợi dụng kích động tụ tập. Đến cuối tháng 6, đã có 2 vụ tụ tập đông người được vận động giải tán, không để phát sinh điểm nóng.
Đồng chí Hồ Xuân Ninh, Phó Trưởng Ban Tuyên giáo Tỉnh ủy, thông tin: thực hiện Quyết định số 772/QĐ-TTg ngày 04/5/2016 của Thủ tướng Chính phủ, tỉnh đã cấp 1.650 tấn gạo hỗ trợ ngư dân; các ngành đã kiểm tra 42 cơ sở kinh doanh hải sản, bảo đảm an toàn thực phẩm.
Các đại biểu thống nhất đánh giá, thông tin trên mạng xã hội về sự cố lan truyền rất nhanh, có nhiều nội dung sai lệch, gây hoang mang; trong khi đó việc cung cấp thông tin chính thống cho báo cáo viên ở cơ sở có lúc còn chậm, chưa đủ để trả lời những thắc mắc của bà con.
Tại giao ban, đồng chí Nguyễn Hữu Hiền, Trưởng Ban Tuyên giáo Huyện ủy Gio Linh, đề nghị sớm công bố kết quả quan trắc môi trường biển; đồng chí Lê Quang Chiến, Bí thư Đảng ủy xã Triệu Vân, phản ánh bà con mong sớm nhận hỗ trợ gạo và tiền. Ông Trần Văn Lực, ngư dân thôn 2, xã Triệu Vân, bày tỏ mong muốn được vay vốn chuyển đổi nghề.
Kết luận, đồng chí Lê Thị Thanh Nhàn yêu cầu quý III tiếp tục thực hiện Kết luận số 05-KL/TU ngày 20/5/2016 của Ban Thường vụ Tỉnh ủy về công tác tuyên truyền ứng phó sự cố; phát huy vai trò linh mục, chức sắc tôn giáo trong vận động giáo dân vùng biển; bảo đảm thông tin thống nhất, chính xác.
Phương Thảo
Lượt xem: 734
Các tin đã đưa
- Hải Lăng: hội nghị báo cáo viên tháng 6 (24/06/2016)
- Gần 700 đại biểu dự học tập chuyên đề năm 2016 (10/06/2016)
- Ban Tuyên giáo Tỉnh ủy làm việc với Huyện ủy Vĩnh Linh (26/05/2016)
""", "2016-07-08", "Ổn định tư tưởng ngư dân sau sự cố môi trường biển",
E("giao_ban", "2016-Q2", "2016-07-07"),
[P("Lê Thị Thanh Nhàn", "Tỉnh ủy viên", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Hồ Xuân Ninh", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Nguyễn Hữu Hiền", "Trưởng Ban Tuyên giáo Huyện ủy Gio Linh"),
 P("Lê Quang Chiến", "Bí thư Đảng ủy xã Triệu Vân"),
 P("Trần Văn Lực", "ngư dân thôn 2")],
[Q("4 huyện ven biển", 4, "huyện ven biển"), Q("gần 5.800 hộ ngư dân", 5800, "hộ ngư dân", "approx"),
 Q("3 hội nghị báo cáo viên chuyên đề", 3, "hội nghị báo cáo viên chuyên đề"),
 Q("350 báo cáo viên, tuyên truyền viên", 350, "báo cáo viên, tuyên truyền viên"),
 Q("96 cộng tác viên dư luận xã hội", 96, "cộng tác viên dư luận xã hội"), Q("50%", 50, "%"),
 Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"), Q("1.650 tấn gạo", 1650, "tấn"),
 Q("42 cơ sở kinh doanh hải sản", 42, "cơ sở kinh doanh hải sản")],
[D("Công văn", "412", "CV/TU", None, "Ban Thường vụ Tỉnh ủy", "Công văn 412, 413-CV/TU"),
 D("Công văn", "413", "CV/TU", None, "Ban Thường vụ Tỉnh ủy", "Công văn 412, 413-CV/TU"),
 D("Quyết định", "772", "QĐ-TTg", "2016-05-04", "Thủ tướng Chính phủ", "Quyết định số 772/QĐ-TTg ngày 04/5/2016"),
 D("Kết luận", "05", "KL/TU", "2016-05-20", "Ban Thường vụ Tỉnh ủy", "Kết luận số 05-KL/TU ngày 20/5/2016")],
[prov("Quảng Trị"), com("Triệu Vân")],
["BAN TUYÊN GIÁO TỈNH ỦY QUẢNG TRỊ", "Tin tức | Hoạt động ngành | Giao ban", "Hôm nay: Thứ Hai, 11/07/2016",
 "Đồng chí Lê Thị Thanh Nhàn chủ trì hội nghị.", "Lượt xem: 734"],
["08/07/2016 - 10:05", "Hôm nay: Thứ Hai, 11/07/2016", "quý II năm 2016", "quý III", "tháng 6"]))
