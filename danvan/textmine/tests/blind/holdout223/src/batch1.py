from lib import *
PAGES = []

PAGES.append(page("b5309-laocai-btg-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH LÀO CAI
Trang chủ » Tuyên giáo » Tuyên truyền miệng
Thứ Tư, 28/12/2011 - 09:30
Toàn cảnh hội nghị tổng kết. Ảnh: Quang Huy
Nâng cao chất lượng đội ngũ báo cáo viên, tuyên truyền viên cơ sở
Ngày 26/12, Ban Tuyên giáo Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác tuyên truyền miệng năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Lù Văn Páo, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị. Dự có các đồng chí Phó Trưởng Ban Tuyên giáo Tỉnh ủy: Đỗ Thị Hảo, Vàng Seo Chư.
Báo cáo tổng kết cho biết, toàn tỉnh hiện có 1.214 báo cáo viên, tuyên truyền viên các cấp, trong đó có 42 báo cáo viên cấp tỉnh và 168 báo cáo viên cấp huyện; 100% chi bộ thôn, bản đã có tuyên truyền viên. Trong năm, đội ngũ này đã tổ chức trên 3.600 buổi tuyên truyền với khoảng 215.000 lượt người nghe. Ban Tuyên giáo Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy chế số 07-QC/TU về hoạt động của đội ngũ báo cáo viên và Hướng dẫn số 15-HD/BTGTU ngày 10/3/2011 về tuyên truyền bầu cử đại biểu Quốc hội khóa XIII và đại biểu HĐND các cấp nhiệm kỳ 2011 - 2016.
Hệ thống truyền thanh cơ sở tiếp tục phát huy hiệu quả: 126/164 xã, phường, thị trấn có đài truyền thanh, 38 xã vùng cao sử dụng cụm loa không dây; nhiều bản tin được biên tập bằng tiếng Mông, tiếng Dao. Tổng kinh phí duy trì hệ thống truyền thanh năm 2011 là 1,35 tỷ đồng.
Tại hội nghị, bà Giàng Thị Dung, HUV, Trưởng Ban Tuyên giáo Huyện ủy Bắc Hà, chia sẻ cách tuyên truyền "mưa dầm thấm lâu" qua buổi chợ phiên; ông Sần Văn Lử, Bí thư Đảng ủy xã Bản Phố, cho biết xã đã gắn tuyên truyền miệng với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Ông Hoàng Văn Thắng, Giám đốc Đài Phát thanh - Truyền hình tỉnh, đề nghị bổ sung phụ cấp cho 164 cán bộ phụ trách truyền thanh xã.
Phát biểu kết luận, đồng chí Lù Văn Páo yêu cầu năm 2012 các cấp ủy quán triệt Nghị quyết Đại hội XI của Đảng và Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh; kiện toàn mạng lưới cộng tác viên dư luận xã hội, bảo đảm mỗi huyện có ít nhất 15 cộng tác viên.
Hội nghị cũng chỉ ra hạn chế: nội dung nói chuyện ở một số bản còn đọc lại văn bản, ít ví dụ gần gũi; chế độ cho tuyên truyền viên thôn, bản chưa có.
Dịp này, Ban Tuyên giáo Tỉnh ủy tặng giấy khen cho 9 tập thể và 23 cá nhân có thành tích xuất sắc.
Minh Nguyệt
Lượt xem: 1.042
Tin liên quan
- Sa Pa: bồi dưỡng 60 tuyên truyền viên cơ sở (12/12/2011)
- Hội nghị báo cáo viên tháng 11/2011 (25/11/2011)
- Tuyên truyền Nghị quyết số 12-NQ/TU đến đồng bào vùng cao (04/11/2011)
""", "2011-12-28", "Nâng cao chất lượng đội ngũ báo cáo viên, tuyên truyền viên cơ sở",
E("tong_ket", "2011", "2011-12-26"),
[P("Lù Văn Páo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Đỗ Thị Hảo", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Vàng Seo Chư", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Giàng Thị Dung", "HUV", "Trưởng Ban Tuyên giáo Huyện ủy Bắc Hà"),
 P("Sần Văn Lử", "Bí thư Đảng ủy xã Bản Phố"),
 P("Hoàng Văn Thắng", "Giám đốc Đài Phát thanh - Truyền hình tỉnh")],
[Q("1.214 báo cáo viên, tuyên truyền viên", 1214, "báo cáo viên, tuyên truyền viên"),
 Q("42 báo cáo viên cấp tỉnh", 42, "báo cáo viên cấp tỉnh"),
 Q("168 báo cáo viên cấp huyện", 168, "báo cáo viên cấp huyện"),
 Q("100%", 100, "%"),
 Q("trên 3.600 buổi tuyên truyền", 3600, "buổi tuyên truyền", "over"),
 Q("khoảng 215.000 lượt người nghe", 215000, "lượt người nghe", "approx"),
 Q("126/164 xã, phường, thị trấn", 126, "xã, phường, thị trấn"),
 Q("38 xã vùng cao", 38, "xã vùng cao"),
 Q("1,35 tỷ đồng", 1350000000, "đồng"),
 Q("164 cán bộ", 164, "cán bộ"),
 Q("ít nhất 15 cộng tác viên", 15, "cộng tác viên", "over"),
 Q("9 tập thể", 9, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Quy chế", "07", "QC/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy chế số 07-QC/TU"),
 D("Hướng dẫn", "15", "HD/BTGTU", "2011-03-10", None, "Hướng dẫn số 15-HD/BTGTU ngày 10/3/2011"),
 D("Chỉ thị", "03", "CT/TW", "2011-05-14", "Bộ Chính trị", "Chỉ thị số 03-CT/TW ngày 14/5/2011")],
[prov("Lào Cai"), com("Bản Phố")],
["CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH LÀO CAI", "Trang chủ » Tuyên giáo » Tuyên truyền miệng",
 "Toàn cảnh hội nghị tổng kết. Ảnh: Quang Huy", "mưa dầm thấm lâu",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Nghị quyết Đại hội XI", "Lượt xem: 1.042"],
["Thứ Tư, 28/12/2011 - 09:30", "năm 2011", "năm 2012", "khóa XIII", "nhiệm kỳ 2011 - 2016", "Lượt xem: 1.042"]))

PAGES.append(page("b5310-nghean-concuong-truyenthanh-soket-2012", """
BÁO NGHỆ AN ĐIỆN TỬ
Thời sự | Chính trị | Cơ sở
Cập nhật: 16:40, 20/07/2012 (GMT+7)
Con Cuông: Đài truyền thanh xã là "cánh tay nối dài" của cấp ủy
(Baonghean) - Ngày 18/7, Huyện ủy Con Cuông tổ chức hội nghị sơ kết công tác tuyên truyền và hoạt động của hệ thống truyền thanh cơ sở 6 tháng đầu năm 2012. Đồng chí Lô Thị Kim Ngân, HUV, Trưởng Ban Tuyên giáo Huyện ủy, Phó Trưởng ban Thường trực Ban Chỉ đạo công tác tuyên truyền huyện chủ trì hội nghị.
Đồng chí Lô Thị Kim Ngân phát biểu tại hội nghị.
Theo báo cáo, 6 tháng qua 13/13 xã, thị trấn duy trì phát thanh ít nhất 2 buổi/ngày; tổng thời lượng tiếp âm và phát chương trình địa phương đạt hơn 4.200 giờ. Các đài đã phát 312 tin, bài về Nghị quyết Trung ương 4 (khóa XI), về phòng chống ma túy và vận động đồng bào Thái, Khơ Mú, Đan Lai giữ rừng. Huyện đã đầu tư sửa chữa 47 cụm loa ở các bản vùng sâu với kinh phí 285 triệu đồng, trong đó nhân dân đóng góp 60 triệu đồng.
Thực hiện Kế hoạch số 21-KH/HU ngày 05/3/2012 của Ban Thường vụ Huyện ủy và Công văn 118, 119-CV/BTGHU của Ban Tuyên giáo Huyện ủy, đội ngũ 86 tuyên truyền viên cơ sở đã tổ chức khoảng 540 buổi nói chuyện ở nhà văn hóa bản. Mạng lưới 26 cộng tác viên dư luận xã hội gửi về huyện 74 báo cáo nhanh.
Tại hội nghị, ông Vi Văn Khánh, Chủ tịch UBND xã Môn Sơn, kiến nghị cấp thêm máy tăng âm; bà Lương Thị Hoa, cán bộ phụ trách đài truyền thanh xã Châu Khê, cho biết nhiều loa đã hỏng vì mưa bão. Ông Kha Văn Tám, Bí thư Chi bộ bản Khe Búng, nêu việc người dân chưa nghe rõ loa vào giờ làm nương.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Lộc, Phó Bí thư Thường trực Huyện ủy yêu cầu 6 tháng cuối năm các xã bố trí cán bộ có năng lực làm phát thanh viên, bảo đảm tin bài phản ánh đúng đời sống nhân dân; phấn đấu 100% bản có loa truyền thanh trước tháng 12/2012.
Hội nghị cũng thẳng thắn chỉ ra hạn chế: một số đài xã còn phát lại nguyên văn bản tin của tỉnh, thiếu tin về chính địa phương mình; giờ phát chưa phù hợp với giờ sinh hoạt của đồng bào; việc ghi nhật ký phát thanh chưa đều. Ở nhiều bản xa trung tâm, tín hiệu cụm loa không dây còn chập chờn, nhất là vào mùa mưa. Một số cán bộ truyền thanh xã kiêm nhiệm nhiều việc, chưa qua lớp bồi dưỡng nghiệp vụ nào.
Theo Ban Tuyên giáo Huyện ủy, thời gian tới huyện sẽ phối hợp Đài Phát thanh - Truyền hình Nghệ An mở lớp tập huấn kỹ năng viết tin, đọc tin cho cán bộ đài xã; đồng thời đề nghị tỉnh hỗ trợ kinh phí thay thế máy phát đã xuống cấp. Các xã được yêu cầu lập chuyên mục "Người tốt, việc tốt" phát vào tối thứ Bảy hằng tuần.
Thái Hiền
Tin khác
- Anh Sơn: trao 30 bộ loa cho các bản vùng cao (10/07/2012)
- Tương Dương: hội nghị báo cáo viên quý II (02/07/2012)
- Kỳ Sơn đẩy mạnh tuyên truyền bằng tiếng Mông (25/06/2012)
""", "2012-07-20", 'Con Cuông: Đài truyền thanh xã là "cánh tay nối dài" của cấp ủy',
E("so_ket", "2012-H1", "2012-07-18"),
[P("Lô Thị Kim Ngân", "HUV", "Trưởng Ban Tuyên giáo Huyện ủy", "Phó Trưởng ban Thường trực Ban Chỉ đạo công tác tuyên truyền huyện"),
 P("Vi Văn Khánh", "Chủ tịch UBND xã Môn Sơn"),
 P("Lương Thị Hoa", "cán bộ phụ trách đài truyền thanh xã Châu Khê"),
 P("Kha Văn Tám", "Bí thư Chi bộ bản Khe Búng"),
 P("Nguyễn Văn Lộc", "Phó Bí thư Thường trực Huyện ủy")],
[Q("13/13 xã, thị trấn", 13, "xã, thị trấn"),

 Q("312 tin, bài", 312, "tin, bài"),
 Q("47 cụm loa", 47, "cụm loa"),
 Q("285 triệu đồng", 285000000, "đồng"),
 Q("60 triệu đồng", 60000000, "đồng"),
 Q("86 tuyên truyền viên cơ sở", 86, "tuyên truyền viên cơ sở"),
 Q("khoảng 540 buổi nói chuyện", 540, "buổi nói chuyện", "approx"),
 Q("26 cộng tác viên dư luận xã hội", 26, "cộng tác viên dư luận xã hội"),
 Q("74 báo cáo nhanh", 74, "báo cáo nhanh"),
 Q("100% bản", 100, "%")],
[D("Kế hoạch", "21", "KH/HU", "2012-03-05", "Ban Thường vụ Huyện ủy", "Kế hoạch số 21-KH/HU ngày 05/3/2012"),
 D("Công văn", "118", "CV/BTGHU", None, "Ban Tuyên giáo Huyện ủy", "Công văn 118, 119-CV/BTGHU"),
 D("Công văn", "119", "CV/BTGHU", None, "Ban Tuyên giáo Huyện ủy", "Công văn 118, 119-CV/BTGHU")],
[prov("Nghệ An"), com("Môn Sơn"), com("Châu Khê")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Thời sự | Chính trị | Cơ sở", "(Baonghean)",
 "Đồng chí Lô Thị Kim Ngân phát biểu tại hội nghị.", "Nghị quyết Trung ương 4 (khóa XI)", "cánh tay nối dài", "Người tốt, việc tốt"],
["Cập nhật: 16:40, 20/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "2 buổi/ngày", "6 tháng cuối năm", "Nghị quyết Trung ương 4", "tháng 12/2012", "hơn 4.200 giờ"]))

PAGES.append(page("b5311-gialai-btg-taphuan-2013", """
BAN TUYÊN GIÁO TỈNH ỦY GIA LAI
Bạn đang ở: Trang chủ / Hoạt động tuyên giáo / Đào tạo, bồi dưỡng
08:15 | 17/05/2013
Tập huấn nghiệp vụ cho 180 tuyên truyền viên người dân tộc thiểu số
Quang cảnh lớp tập huấn.
Trong 2 ngày 15 và 16/5/2013, Ban Tuyên giáo Tỉnh ủy Gia Lai phối hợp Ban Dân tộc tỉnh mở lớp tập huấn nghiệp vụ tuyên truyền miệng cho 180 tuyên truyền viên là người Jrai, Bahnar tại các làng đồng bào dân tộc thiểu số. Đồng chí Rơ Châm H'Bloan, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy dự và phát biểu khai mạc.
Các học viên được nghe đồng chí Nguyễn Thị Mỹ Lệ, Trưởng phòng Tuyên truyền - Báo chí, Xuất bản Ban Tuyên giáo Tỉnh ủy, giới thiệu chuyên đề về Chỉ thị số 17-CT/TU ngày 02/01/2013 của Ban Thường vụ Tỉnh ủy về tăng cường công tác tuyên truyền vận động đồng bào vùng có đạo Tin lành, và Kế hoạch 62, 63-KH/BTGTU của Ban Tuyên giáo Tỉnh ủy về củng cố mạng lưới tuyên truyền viên làng. Ông Ksor Phước, Phó Giám đốc Đài Phát thanh - Truyền hình tỉnh, hướng dẫn cách viết tin ngắn và đọc bản tin song ngữ trên loa truyền thanh làng.
Theo Ban Tuyên giáo Tỉnh ủy, toàn tỉnh có 1.642 tuyên truyền viên cơ sở, trong đó trên 70% là người dân tộc thiểu số; 202/222 xã, phường, thị trấn có đài truyền thanh, nhưng ở 96 làng vùng sâu người dân vẫn chủ yếu nghe tin qua già làng và người có uy tín. Năm 2012, tỉnh đã cấp 1.500 chiếc radio cho hộ nghèo đồng bào dân tộc thiểu số với tổng giá trị gần 450 triệu đồng theo Quyết định số 1592/QĐ-TTg của Thủ tướng Chính phủ.
Thảo luận tại lớp tập huấn, già làng Siu Đớt, làng Ia Lốp, xã Ia Kriêng, cho biết ông thường nói chuyện với bà con bên bếp lửa nhà rông vào tối thứ Bảy. Chị H'Nhuy Niê, Bí thư Chi đoàn làng Plei Tơ Nia, đề nghị in thêm tờ gấp bằng tiếng Jrai. Anh Đinh Văn Ưih, tuyên truyền viên xã Đak Pling, kể việc dùng điện thoại ghi âm bản tin để phát lại trên loa cầm tay khi lên rẫy.
Bế mạc lớp học, đồng chí Rơ Châm H'Bloan đề nghị mỗi học viên về làng tổ chức ít nhất 2 buổi nói chuyện mỗi tháng, kịp thời nắm và báo cáo tình hình dư luận; kiên quyết đấu tranh với luận điệu của tổ chức phản động "Nhà nước Đề Ga" lôi kéo đồng bào vượt biên. Mỗi học viên được hỗ trợ 150.000 đồng/ngày và một bộ tài liệu.
Dịp này, Ban Tuyên giáo Tỉnh ủy trao 25 bộ loa cầm tay cho các tuyên truyền viên ở làng xa trung tâm xã.
Lớp tập huấn là hoạt động thứ hai trong năm của Ban Tuyên giáo Tỉnh ủy nhằm củng cố đội ngũ tuyên truyền viên làng. Trước đó, tháng 3/2013 đã có 120 tuyên truyền viên huyện Chư Păh, Ia Grai được bồi dưỡng tại chỗ.
Hồng Thi
TIN CÙNG CHUYÊN MỤC
- Chư Sê: 42 làng có tổ tuyên truyền viên nòng cốt (09/05/2013)
- Hội nghị báo cáo viên tỉnh tháng 4/2013 (26/04/2013)
- Đưa Nghị quyết vào nhà rông (18/04/2013)
""", "2013-05-17", "Tập huấn nghiệp vụ cho 180 tuyên truyền viên người dân tộc thiểu số",
E("tap_huan", "2013", "2013-05-15"),
[P("Rơ Châm H'Bloan", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy"),
 P("Nguyễn Thị Mỹ Lệ", "Trưởng phòng Tuyên truyền - Báo chí, Xuất bản Ban Tuyên giáo Tỉnh ủy"),
 P("Ksor Phước", "Phó Giám đốc Đài Phát thanh - Truyền hình tỉnh"),
 P("Siu Đớt", "già làng"),
 P("H'Nhuy Niê", "Bí thư Chi đoàn làng Plei Tơ Nia"),
 P("Đinh Văn Ưih", "tuyên truyền viên xã Đak Pling")],
[Q("180 tuyên truyền viên", 180, "tuyên truyền viên"),
 Q("1.642 tuyên truyền viên cơ sở", 1642, "tuyên truyền viên cơ sở"),
 Q("trên 70%", 70, "%", "over"),
 Q("202/222 xã, phường, thị trấn", 202, "xã, phường, thị trấn"),
 Q("96 làng vùng sâu", 96, "làng vùng sâu"),
 Q("1.500 chiếc radio", 1500, "chiếc radio"),
 Q("gần 450 triệu đồng", 450000000, "đồng", "approx"),
 Q("ít nhất 2 buổi nói chuyện", 2, "buổi nói chuyện", "over"),
 Q("150.000 đồng/ngày", 150000, "đồng"),
 Q("25 bộ loa cầm tay", 25, "bộ loa cầm tay"),
 Q("120 tuyên truyền viên", 120, "tuyên truyền viên")],
[D("Chỉ thị", "17", "CT/TU", "2013-01-02", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 02/01/2013"),
 D("Kế hoạch", "62", "KH/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Kế hoạch 62, 63-KH/BTGTU"),
 D("Kế hoạch", "63", "KH/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Kế hoạch 62, 63-KH/BTGTU"),
 D("Quyết định", "1592", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1592/QĐ-TTg")],
[prov("Gia Lai"), com("Ia Kriêng"), com("Đak Pling")],
["BAN TUYÊN GIÁO TỈNH ỦY GIA LAI", "Bạn đang ở: Trang chủ / Hoạt động tuyên giáo / Đào tạo, bồi dưỡng",
 "Quang cảnh lớp tập huấn.", "Nhà nước Đề Ga"],
["08:15 | 17/05/2013", "2 ngày", "một bộ tài liệu", "tháng 3/2013", "hoạt động thứ hai"]))

PAGES.append(page("b5312-soctrang-btg-giaoban-2014", """
Báo Sóc Trăng Online
Trang chủ >> Chính trị >> Xây dựng Đảng
Ngày đăng 08/10/2014 | 15:20
Phát huy vai trò báo cáo viên người Khmer trong tuyên truyền ở phum, sóc
Giao ban công tác tuyên giáo quý III năm 2014
Sáng 7/10, Ban Tuyên giáo Tỉnh ủy Sóc Trăng tổ chức giao ban công tác tuyên giáo quý III, triển khai nhiệm vụ quý IV năm 2014. Đồng chí Lâm Thị Sa Quên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo Tỉnh ủy Trần Văn Đời, Thạch Sô Phal.
Đồng chí Thạch Sô Phal trình bày báo cáo tại buổi giao ban.
Trong quý III, đội ngũ 58 báo cáo viên cấp tỉnh và 412 báo cáo viên cấp huyện đã nói chuyện thời sự tại 1.280 buổi sinh hoạt chi bộ, họp tổ nhân dân tự quản với trên 46.000 lượt người dự. Đáng chú ý, 73 báo cáo viên người Khmer đã tuyên truyền song ngữ Việt - Khmer tại 92 chùa Phật giáo Nam tông Khmer trong dịp lễ Sen Đôlta. Mạng lưới 310 cộng tác viên dư luận xã hội gửi về 1.046 phiếu thu thập ý kiến; 85% ý kiến đồng tình với chủ trương bảo vệ chủ quyền biển đảo sau sự kiện giàn khoan Hải Dương 981.
Hệ thống truyền thanh của 109 xã, phường, thị trấn phát chuyên mục tiếng Khmer 3 lần mỗi tuần. Ban Tuyên giáo Tỉnh ủy đã phối hợp Sở Thông tin và Truyền thông hoàn thành Đề án 15-ĐA/TU của Tỉnh ủy về nâng cao hiệu quả thông tin cơ sở, trong đó dự kiến đầu tư 1,8 tỷ đồng thay mới khoảng 240 cụm loa. Các đơn vị cũng triển khai Hướng dẫn số 104-HD/BTGTW của Ban Tuyên giáo Trung ương và Công văn số 2456-CV/BTGTU ngày 12/8/2014 của Ban Tuyên giáo Tỉnh ủy về tuyên truyền kỷ niệm 85 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam.
Tại buổi giao ban, ông Sơn Ngọc Chanh, HUV, Trưởng Ban Tuyên giáo Huyện ủy Trần Đề, cho biết huyện mời sư cả các chùa tham gia tuyên truyền; Đại đức Danh Sóc Khêm, trụ trì chùa Tà Mẹt, xã Viên An, được biểu dương vì vận động 36 thanh niên bỏ ý định đi làm thuê ở nước ngoài trái phép. Bà Trương Thị Diệu, Phó Trưởng Ban Tuyên giáo Thị ủy Vĩnh Châu, nêu khó khăn khi chưa có biên tập viên tiếng Khmer.
Một số ý kiến cho rằng nội dung nói chuyện thời sự ở phum, sóc cần ngắn gọn hơn, nhiều hình ảnh hơn.
Kết luận giao ban, đồng chí Lâm Thị Sa Quên yêu cầu quý IV tập trung tuyên truyền Nghị quyết số 09-NQ/TU của Tỉnh ủy về xây dựng nông thôn mới, chuẩn bị tổng kết năm; các huyện bổ sung báo cáo viên trẻ, mỗi huyện không dưới 30 người.
Thanh Hùng
Lượt xem: 612
Tin liên quan
- Mỹ Xuyên: 25 chùa Khmer có tủ sách pháp luật (30/09/2014)
- Tập huấn cộng tác viên dư luận xã hội năm 2014 (12/09/2014)
- Hội nghị báo cáo viên tháng 9/2014 (29/09/2014)
""", "2014-10-08", "Phát huy vai trò báo cáo viên người Khmer trong tuyên truyền ở phum, sóc",
E("giao_ban", "2014-Q3", "2014-10-07"),
[P("Lâm Thị Sa Quên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Trần Văn Đời", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Thạch Sô Phal", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Sơn Ngọc Chanh", "HUV", "Trưởng Ban Tuyên giáo Huyện ủy Trần Đề"),
 P("Danh Sóc Khêm", "Đại đức", "trụ trì chùa Tà Mẹt"),
 P("Trương Thị Diệu", "Phó Trưởng Ban Tuyên giáo Thị ủy Vĩnh Châu")],
[Q("58 báo cáo viên cấp tỉnh", 58, "báo cáo viên cấp tỉnh"),
 Q("412 báo cáo viên cấp huyện", 412, "báo cáo viên cấp huyện"),
 Q("1.280 buổi sinh hoạt chi bộ", 1280, "buổi sinh hoạt chi bộ"),
 Q("trên 46.000 lượt người", 46000, "lượt người", "over"),
 Q("73 báo cáo viên người Khmer", 73, "báo cáo viên người Khmer"),
 Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("310 cộng tác viên dư luận xã hội", 310, "cộng tác viên dư luận xã hội"),
 Q("1.046 phiếu thu thập ý kiến", 1046, "phiếu thu thập ý kiến"),
 Q("85%", 85, "%"),
 Q("109 xã, phường, thị trấn", 109, "xã, phường, thị trấn"),
 Q("1,8 tỷ đồng", 1800000000, "đồng"),
 Q("khoảng 240 cụm loa", 240, "cụm loa", "approx"),
 Q("36 thanh niên", 36, "thanh niên"),
 Q("không dưới 30 người", 30, "người", "over")],
[D("Đề án", "15", "ĐA/TU", None, "Tỉnh ủy", "Đề án 15-ĐA/TU"),
 D("Hướng dẫn", "104", "HD/BTGTW", None, "Ban Tuyên giáo Trung ương", "Hướng dẫn số 104-HD/BTGTW"),
 D("Công văn", "2456", "CV/BTGTU", "2014-08-12", "Ban Tuyên giáo Tỉnh ủy", "Công văn số 2456-CV/BTGTU ngày 12/8/2014"),
 D("Nghị quyết", "09", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 09-NQ/TU")],
[prov("Sóc Trăng"), com("Viên An")],
["Báo Sóc Trăng Online", "Trang chủ >> Chính trị >> Xây dựng Đảng", "Giao ban công tác tuyên giáo quý III năm 2014",
 "Đồng chí Thạch Sô Phal trình bày báo cáo tại buổi giao ban.", "Sen Đôlta", "Hải Dương 981", "Lượt xem: 612"],
["Ngày đăng 08/10/2014 | 15:20", "quý III", "quý IV năm 2014", "3 lần mỗi tuần", "85 năm", "giàn khoan Hải Dương 981", "Lượt xem: 612"]))

PAGES.append(page("b5313-thaibinh-vuthang-daihoi-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ VŨ THẮNG - HUYỆN KIẾN XƯƠNG - TỈNH THÁI BÌNH
Trang chủ › Tin tức - Sự kiện › Hoạt động của Đảng bộ
12-03-2015 10:15
Đại hội Đảng bộ xã Vũ Thắng lần thứ XXIV, nhiệm kỳ 2015 - 2020
Đại hội biểu quyết thông qua Nghị quyết. Ảnh: Đài truyền thanh xã
Trong 2 ngày 10 và 11/3/2015, Đảng bộ xã Vũ Thắng long trọng tổ chức Đại hội đại biểu lần thứ XXIV, nhiệm kỳ 2015 - 2020. Dự đại hội có đồng chí Nguyễn Hữu Chiến, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tuyên giáo Huyện ủy Kiến Xương cùng 125 đại biểu đại diện cho 318 đảng viên của 14 chi bộ trong Đảng bộ.
Báo cáo chính trị trình đại hội khẳng định, nhiệm kỳ 2010 - 2015 công tác tuyên truyền, vận động nhân dân có nhiều đổi mới. Đảng ủy đã ban hành Nghị quyết chuyên đề số 05-NQ/ĐU về nâng cao chất lượng hoạt động của Đài truyền thanh xã và Quy chế phối hợp số 02-QC/ĐU giữa Đảng ủy với Ủy ban MTTQ xã trong tuyên truyền ở khu dân cư. Đài truyền thanh xã được đầu tư 420 triệu đồng nâng cấp, với 36 cụm loa phủ sóng 9/9 thôn; mỗi năm phát khoảng 650 tin, bài, trong đó hơn 200 tin tự sản xuất. Tổ tuyên truyền viên 9 thôn có 27 thành viên, là nòng cốt vận động nhân dân hiến 3.600 m2 đất, đóng góp trên 5,2 tỷ đồng xây dựng nông thôn mới. Thu nhập bình quân đạt 28,5 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn 4,1%.
Tham luận tại đại hội, ông Đỗ Văn Khải, Bí thư Chi bộ thôn Đồng Tâm, nêu kinh nghiệm dùng loa truyền thanh thôn thông báo công khai các khoản đóng góp; bà Vũ Thị Nhàn, Chủ tịch Hội LHPN xã, đề xuất mở chuyên mục "Phụ nữ với pháp luật" trên đài xã.
Phát biểu chỉ đạo, đồng chí Nguyễn Hữu Chiến đề nghị Đảng bộ tiếp tục thực hiện Chỉ thị số 03-CT/TW của Bộ Chính trị, Kết luận số 21-KL/HU của Ban Thường vụ Huyện ủy; chú trọng công tác nắm bắt dư luận xã hội, phát huy vai trò đội ngũ tuyên truyền viên chi bộ.
Đại hội đã bầu Ban Chấp hành Đảng bộ khóa XXIV gồm 15 đồng chí. Đồng chí Phạm Văn Quyết được tín nhiệm bầu giữ chức Bí thư Đảng ủy xã nhiệm kỳ 2015 - 2020; các đồng chí Phó Bí thư Đảng ủy xã: Trần Văn Nghĩa, Bùi Thị Lụa. Đại hội cũng bầu 11 đại biểu đi dự Đại hội Đảng bộ huyện lần thứ XXIV.
Đại hội đề ra mục tiêu nhiệm kỳ 2015 - 2020: thu nhập bình quân đạt trên 45 triệu đồng/người/năm, tỷ lệ hộ nghèo dưới 2%, 100% thôn có cụm loa truyền thanh hoạt động tốt và đạt chuẩn nông thôn mới trước năm 2017, góp phần cùng huyện Kiến Xương và tỉnh Thái Bình hoàn thành Chương trình mục tiêu quốc gia xây dựng nông thôn mới.
Ban biên tập
Tin khác
- Hội nghị báo cáo viên huyện tháng 2/2015 (26/02/2015)
- Đại hội Chi bộ thôn Đồng Tâm nhiệm kỳ 2015 - 2017 (05/01/2015)
- Xã Vũ Thắng ra quân xây dựng nông thôn mới (02/01/2015)
""", "2015-03-12", "Đại hội Đảng bộ xã Vũ Thắng lần thứ XXIV, nhiệm kỳ 2015 - 2020",
E("dai_hoi", None, "2015-03-10"),
[P("Nguyễn Hữu Chiến", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Tuyên giáo Huyện ủy Kiến Xương"),
 P("Đỗ Văn Khải", "Bí thư Chi bộ thôn Đồng Tâm"),
 P("Vũ Thị Nhàn", "Chủ tịch Hội LHPN xã"),
 P("Phạm Văn Quyết", "Bí thư Đảng ủy xã nhiệm kỳ 2015 - 2020"),
 P("Trần Văn Nghĩa", "Phó Bí thư Đảng ủy xã"),
 P("Bùi Thị Lụa", "Phó Bí thư Đảng ủy xã")],
[Q("125 đại biểu", 125, "đại biểu"), Q("318 đảng viên", 318, "đảng viên"), Q("14 chi bộ", 14, "chi bộ"),
 Q("420 triệu đồng", 420000000, "đồng"), Q("36 cụm loa", 36, "cụm loa"), Q("9/9 thôn", 9, "thôn"),
 Q("khoảng 650 tin, bài", 650, "tin, bài", "approx"), Q("hơn 200 tin", 200, "tin", "over"),
 Q("27 thành viên", 27, "thành viên"), Q("3.600 m2", 3600, "m2"),
 Q("trên 5,2 tỷ đồng", 5200000000, "đồng", "over"), Q("28,5 triệu đồng/người/năm", 28500000, "đồng"),
 Q("4,1%", 4.1, "%"), Q("15 đồng chí", 15, "đồng chí"), Q("11 đại biểu", 11, "đại biểu"),
 Q("trên 45 triệu đồng/người/năm", 45000000, "đồng", "over"), Q("dưới 2%", 2, "%"), Q("100% thôn", 100, "%")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy", "Nghị quyết chuyên đề số 05-NQ/ĐU"),
 D("Quy chế phối hợp", "02", "QC/ĐU", None, "Đảng ủy", "Quy chế phối hợp số 02-QC/ĐU"),
 D("Chỉ thị", "03", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 03-CT/TW"),
 D("Kết luận", "21", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận số 21-KL/HU")],
[prov("Thái Bình"), com("Vũ Thắng")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ VŨ THẮNG - HUYỆN KIẾN XƯƠNG - TỈNH THÁI BÌNH", "Trang chủ › Tin tức - Sự kiện › Hoạt động của Đảng bộ",
 "Đại hội biểu quyết thông qua Nghị quyết. Ảnh: Đài truyền thanh xã", "Phụ nữ với pháp luật", "Ban biên tập"],
["12-03-2015 10:15", "lần thứ XXIV", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2010 - 2015", "khóa XXIV", "15 đồng chí", "2 ngày"]))

PAGES.append(page("b5314-quangtri-mttq-giamsat-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
Vị trí: Trang chủ | Hoạt động Mặt trận | Giám sát, phản biện xã hội
Thứ Sáu, 23/09/2016 - 10:05
Giám sát hoạt động của đài truyền thanh cơ sở tại huyện Hướng Hóa
Đoàn giám sát làm việc tại xã Hướng Phùng.
Thực hiện chương trình giám sát năm 2016, từ ngày 20 đến 22/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị do đồng chí Lê Thị Hương Giang, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quyết định số 52/2016/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 87/KH-UBND ngày 06/5/2016 của UBND tỉnh về thông tin cơ sở tại huyện Hướng Hóa và 3 xã Hướng Phùng, Tân Thành, A Dơi. Tham gia đoàn có ông Phan Văn Bình, Phó Giám đốc Sở Thông tin và Truyền thông, và bà Hồ Thị Thanh, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Qua giám sát, toàn huyện có 20/22 xã, thị trấn có đài truyền thanh, với 148 cụm loa; tuy nhiên 31 cụm loa đã hư hỏng, 5 đài xã không hoạt động thường xuyên do thiếu kinh phí. Riêng 3 xã được giám sát có 19 bản đồng bào Vân Kiều, Pa Kô, trong đó 7 bản chưa có loa. Năm 2015, huyện bố trí 380 triệu đồng cho sửa chữa thiết bị, bình quân mỗi đài chỉ khoảng 17 triệu đồng/năm.
Làm việc với đoàn, ông Hồ Văn Lai, Chủ tịch UBND xã A Dơi, cho biết cán bộ phụ trách đài là người kiêm nhiệm, phụ cấp 0,3 mức lương cơ sở; xã đã huy động đội ngũ 12 tuyên truyền viên là người có uy tín đến từng bản thông tin về chính sách. Già làng Hồ Văn Đủ, bản A Sói, kiến nghị phát thêm chương trình tiếng Vân Kiều vào buổi tối. Ông Kăn Sức, Trưởng Ban Công tác Mặt trận bản Ka Tiêng, đề nghị hỗ trợ loa cầm tay cho bản chưa có loa.
Ông Trần Đình Tú, HUV, Trưởng Ban Tuyên giáo Huyện ủy Hướng Hóa, cho biết huyện đang xây dựng Đề án 04-ĐA/HU của Huyện ủy về kiện toàn mạng lưới thông tin cơ sở giai đoạn 2016 - 2020, dự kiến kinh phí khoảng 2,4 tỷ đồng.
Kết luận buổi giám sát, đồng chí Lê Thị Hương Giang đề nghị UBND huyện rà soát, ưu tiên thay thế 31 cụm loa hư hỏng trước mùa mưa bão, bố trí ít nhất 1 cán bộ chuyên trách cho mỗi đài; Ủy ban MTTQ huyện phát huy vai trò Ban Thanh tra nhân dân trong giám sát kinh phí thông tin cơ sở. Đoàn sẽ tổng hợp kiến nghị báo cáo Ban Thường trực Ủy ban MTTQ tỉnh và UBND tỉnh trong tháng 10/2016.
Nhân dịp này, đoàn đã tặng 15 radio cho các hộ nghèo bản A Sói và Ka Tiêng.
Minh Đức
Các tin khác
- Ủy ban MTTQ tỉnh giám sát chính sách cho người có uy tín (12/09/2016)
- Gio Linh: hội nghị tuyên truyền viên cơ sở (30/08/2016)
- Ra mắt mô hình "Khu dân cư tự quản về an ninh trật tự" (18/08/2016)
""", "2016-09-23", "Giám sát hoạt động của đài truyền thanh cơ sở tại huyện Hướng Hóa",
E("giam_sat", "2016", "2016-09-20"),
[P("Lê Thị Hương Giang", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Văn Bình", "Phó Giám đốc Sở Thông tin và Truyền thông"),
 P("Hồ Thị Thanh", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Lai", "Chủ tịch UBND xã A Dơi"),
 P("Hồ Văn Đủ", "Già làng"),
 P("Kăn Sức", "Trưởng Ban Công tác Mặt trận bản Ka Tiêng"),
 P("Trần Đình Tú", "HUV", "Trưởng Ban Tuyên giáo Huyện ủy Hướng Hóa")],
[Q("3 xã", 3, "xã"), Q("20/22 xã, thị trấn", 20, "xã, thị trấn"), Q("148 cụm loa", 148, "cụm loa"),
 Q("31 cụm loa", 31, "cụm loa"), Q("5 đài xã", 5, "đài xã"), Q("19 bản", 19, "bản"), Q("7 bản", 7, "bản"),
 Q("380 triệu đồng", 380000000, "đồng"), Q("khoảng 17 triệu đồng/năm", 17000000, "đồng", "approx"),
 Q("12 tuyên truyền viên", 12, "tuyên truyền viên"), Q("khoảng 2,4 tỷ đồng", 2400000000, "đồng", "approx"),
 Q("15 radio", 15, "radio")],
[D("Quyết định", "52", "2016/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 52/2016/QĐ-TTg"),
 D("Kế hoạch", "87", "KH-UBND", "2016-05-06", "UBND tỉnh", "Kế hoạch số 87/KH-UBND ngày 06/5/2016"),
 D("Đề án", "04", "ĐA/HU", None, "Huyện ủy", "Đề án 04-ĐA/HU")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("Tân Thành"), com("A Dơi")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ", "Vị trí: Trang chủ | Hoạt động Mặt trận | Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại xã Hướng Phùng.", "Ban Thanh tra nhân dân"],
["Thứ Sáu, 23/09/2016 - 10:05", "năm 2016", "0,3 mức lương cơ sở", "giai đoạn 2016 - 2020", "1 cán bộ", "tháng 10/2016"]))
