from lib import *
PAGES = []

PAGES.append(page("b1949-laocai-bdv-giaoban-q1-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ > Hoạt động > Khối dân vận
Thứ Sáu, 08/04/2011 - 09:20
Ảnh: Quang cảnh buổi giao ban.
Giao ban khối dân vận tỉnh quý I/2011
Ngày 6/4/2011, Ban Dân vận Tỉnh ủy Lào Cai tổ chức giao ban khối dân vận quý I năm 2011. Đồng chí Giàng Seo Phử, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự giao ban có đồng chí Lò Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và 35 đồng chí lãnh đạo các đoàn thể chính trị - xã hội, ban dân vận 9 huyện, thành phố.
Theo báo cáo, trong quý I khối dân vận các cấp đã tập trung vận động nhân dân đón Tết Tân Mão an toàn, tiết kiệm; phối hợp tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIII và đại biểu HĐND các cấp nhiệm kỳ 2011-2016. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 27-KH/TU về thực hiện Quy chế dân vận của hệ thống chính trị giai đoạn 2011-2015; hướng dẫn các huyện tiếp tục thực hiện Chỉ thị số 01/2005/CT-TTg của Thủ tướng Chính phủ về một số công tác đối với đạo Tin lành.
Các đoàn thể đã tổ chức 214 buổi tuyên truyền với trên 18.000 lượt người tham dự. Hội Nông dân vận động hội viên hiến 3.200 m2 đất làm đường liên thôn; Hội LHPN tỉnh giải ngân 4,6 tỷ đồng vốn vay ủy thác cho 312 hộ phụ nữ nghèo. Tình hình vùng đồng bào Mông ở các huyện Bắc Hà, Si Ma Cai, Mường Khương cơ bản ổn định, song vẫn còn 7 hộ theo đạo trái pháp luật ở xã Lùng Phình.
Đồng chí Giàng Seo Phử phát biểu kết luận giao ban.
Tại giao ban, đồng chí Sần Chỉn Thào, HUV, Trưởng Ban Dân vận Huyện ủy Si Ma Cai, đề nghị tỉnh sớm có hướng dẫn về chế độ cho tổ dân vận thôn; bà Hoàng Thị Dung, Chủ tịch Hội LHPN tỉnh, thông tin về mô hình "Phụ nữ Mông không sinh con thứ ba". Đồng chí Phàn Văn Sài, Bí thư Tỉnh đoàn, cho biết Tỉnh đoàn ra quân 26 đội hình thanh niên tình nguyện giúp xã Tả Van làm nhà văn hóa thôn.
Kết luận giao ban, đồng chí Giàng Seo Phử yêu cầu trong quý II các cơ quan khối dân vận bám sát Hướng dẫn số 12-HD/BDVTU của Ban Dân vận Tỉnh ủy, tăng cường nắm tình hình tư tưởng nhân dân sau bầu cử; phối hợp với chính quyền giải quyết dứt điểm 11 vụ việc tranh chấp đất rừng; tiếp tục nhân rộng phong trào "Dân vận khéo" và làm tốt công tác chuẩn bị sơ kết 6 tháng đầu năm.
Nhiều ý kiến cũng cho rằng cần phát huy hơn nữa vai trò của già làng, trưởng bản, người có uy tín trong vận động đồng bào giữ gìn an ninh trật tự, không nghe theo kẻ xấu xúi giục di cư tự do; các đoàn thể cần đổi mới nội dung sinh hoạt chi hội để thu hút hội viên trẻ.
Minh Đức
Lượt xem: 1.204
Tin liên quan
- Bắc Hà: ra mắt tổ dân vận thôn điểm (01/04/2011)
- Hội nghị tổng kết công tác dân vận năm 2010 (28/12/2010)
- Trao 200 suất quà Tết cho hộ nghèo xã Bản Phố (25/01/2011)
- Bát Xát tập huấn công tác dân vận cho cán bộ cơ sở (15/03/2011)
- Sa Pa: 5 năm thực hiện Quy chế dân chủ ở cơ sở (10/03/2011)
""", "2011-04-08", "Giao ban khối dân vận tỉnh quý I/2011",
E("giao_ban", "2011-Q1", "2011-04-06"),
[P("Giàng Seo Phử", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sần Chỉn Thào", "HUV", "Trưởng Ban Dân vận Huyện ủy Si Ma Cai"),
 P("Hoàng Thị Dung", "Chủ tịch Hội LHPN tỉnh"),
 P("Phàn Văn Sài", "Bí thư Tỉnh đoàn")],
[Q("35 đồng chí", 35, "đồng chí"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("214 buổi tuyên truyền", 214, "buổi tuyên truyền"), Q("trên 18.000 lượt người", 18000, "lượt người", "over"),
 Q("3.200 m2", 3200, "m2"), Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("312 hộ phụ nữ nghèo", 312, "hộ phụ nữ nghèo"),
 Q("7 hộ", 7, "hộ"), Q("26 đội hình thanh niên tình nguyện", 26, "đội hình thanh niên tình nguyện"),
 Q("11 vụ việc tranh chấp đất rừng", 11, "vụ việc tranh chấp đất rừng")],
[D("Kế hoạch", "27", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 27-KH/TU"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 01/2005/CT-TTg"),
 D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU")],
[prov("Lào Cai"), com("Lùng Phình"), com("Tả Van")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ > Hoạt động > Khối dân vận", "Ảnh: Quang cảnh buổi giao ban.",
 "Đồng chí Giàng Seo Phử phát biểu kết luận giao ban.", "Quy chế dân vận", "Phụ nữ Mông không sinh con thứ ba",
 "Dân vận khéo", "Lượt xem: 1.204"],
["Thứ Sáu, 08/04/2011 - 09:20", "quý I năm 2011", "35 đồng chí", "khóa XIII", "nhiệm kỳ 2011-2016",
 "giai đoạn 2011-2015", "con thứ ba", "6 tháng đầu năm", "Lượt xem: 1.204"]))

PAGES.append(page("b1950-nghean-bdv-kiemtra-quyche-2012", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Nghệ An
Bạn đang ở: Trang chủ / Tin tức / Kiểm tra, giám sát
21/09/2012 - 15:30
Kiểm tra việc thực hiện Quy chế dân vận tại huyện Quỳ Châu
Từ ngày 17 đến 19/9/2012, Đoàn kiểm tra số 3 của Ban Thường vụ Tỉnh ủy do đồng chí Vi Văn Sơn, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã kiểm tra việc thực hiện Quy chế công tác dân vận của hệ thống chính trị tại Huyện ủy Quỳ Châu, theo Kế hoạch số 58-KH/TU ngày 2/8/2012 của Ban Thường vụ Tỉnh ủy về kiểm tra, giám sát năm 2012.
Tham gia đoàn có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lô Thị Kim Ngân, Nguyễn Đình Hảo; đồng chí Lương Văn Khánh, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ tỉnh và đại diện Hội Cựu chiến binh tỉnh.
Đoàn kiểm tra làm việc với Ban Thường vụ Huyện ủy Quỳ Châu. Ảnh: Hải Yến
Báo cáo với đoàn, đồng chí Sầm Văn Pho, Phó Bí thư Thường trực Huyện ủy Quỳ Châu cho biết: Huyện ủy đã ban hành Chương trình hành động số 09-CTr/HU thực hiện Quyết định 290-QĐ/TW của Bộ Chính trị; 12/12 xã, thị trấn đã xây dựng và ban hành quy chế dân vận cấp xã; 100% chi bộ thôn, bản có nghị quyết chuyên đề về dân vận. Trên địa bàn có 1.120 hộ dân tái định cư, đến nay đã ổn định đời sống. Năm 2012, nhân dân đóng góp 1,35 tỷ đồng và 6.400 ngày công làm 17 km đường giao thông nông thôn.
Đoàn đã kiểm tra thực tế tại xã Châu Bình và thị trấn Tân Lạc. Ông Lang Văn Chiến, Chủ tịch UBND xã Châu Bình, cho biết xã đã tổ chức 4 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân; các kiến nghị về đất sản xuất được giải quyết kịp thời. Bà Vi Thị Thoan, Trưởng ban Dân vận Đảng ủy thị trấn Tân Lạc, báo cáo về hoạt động của 9 tổ dân vận ở các khối, bản.
Qua kiểm tra, đoàn đánh giá Huyện ủy Quỳ Châu đã lãnh đạo thực hiện Quy chế dân vận nghiêm túc, có nhiều chuyển biến. Tuy nhiên, đoàn cũng chỉ ra 3 hạn chế: việc cụ thể hóa quy chế ở một số cơ quan chính quyền còn chung chung; sinh hoạt của khối dân vận xã chưa đều; việc sơ kết, tổng kết chưa kịp thời.
Phát biểu kết luận, đồng chí Vi Văn Sơn đề nghị Huyện ủy tiếp tục chỉ đạo thực hiện Nghị quyết số 08-NQ/HU của Ban Chấp hành Đảng bộ huyện về công tác dân vận vùng đồng bào dân tộc Thái, chuẩn bị sơ kết 3 năm thực hiện Chương trình hành động số 09-CTr/HU; phát huy vai trò người có uy tín trong các bản, không để xảy ra điểm nóng về an ninh nông thôn.
Trước đó, đoàn đã kiểm tra tại huyện Quế Phong và huyện Tương Dương. Theo kế hoạch, đến hết tháng 10/2012 các đoàn sẽ hoàn thành kiểm tra tại 8 huyện miền núi.
Hải Yến
Số lượt truy cập: 215.730
Các tin khác
- Tương Dương: hội nghị người có uy tín năm 2012 (14/09/2012)
- Kiểm tra công tác dân vận tại Đảng ủy Khối Doanh nghiệp (06/09/2012)
- Quỳ Hợp ra mắt mô hình "Dân vận khéo" (29/08/2012)
- Sơ kết 6 tháng công tác dân vận năm 2012 (16/07/2012)
""", "2012-09-21", "Kiểm tra việc thực hiện Quy chế dân vận tại huyện Quỳ Châu",
E("giam_sat", "2012", "2012-09-17"),
[P("Vi Văn Sơn", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lô Thị Kim Ngân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đình Hảo", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Khánh", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ tỉnh"),
 P("Sầm Văn Pho", "Phó Bí thư Thường trực Huyện ủy Quỳ Châu"),
 P("Lang Văn Chiến", "Chủ tịch UBND xã Châu Bình"),
 P("Vi Thị Thoan", "Trưởng ban Dân vận Đảng ủy thị trấn Tân Lạc")],
[Q("12/12 xã, thị trấn", 12, "xã, thị trấn"), Q("100%", 100, "%"), Q("1.120 hộ dân tái định cư", 1120, "hộ dân tái định cư"),
 Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("6.400 ngày công", 6400, "ngày công"), Q("17 km", 17, "km"),
 Q("4 cuộc đối thoại", 4, "cuộc đối thoại"), Q("9 tổ dân vận", 9, "tổ dân vận"), Q("3 hạn chế", 3, "hạn chế"),
 Q("8 huyện miền núi", 8, "huyện miền núi")],
[D("Kế hoạch", "58", "KH/TU", "2012-08-02", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 58-KH/TU ngày 2/8/2012"),
 D("Chương trình hành động", "09", "CTr/HU", None, "Huyện ủy", "Chương trình hành động số 09-CTr/HU"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 290-QĐ/TW"),
 D("Nghị quyết", "08", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 08-NQ/HU")],
[prov("Nghệ An"), com("Châu Bình"), com("Tân Lạc")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Nghệ An", "Bạn đang ở: Trang chủ / Tin tức / Kiểm tra, giám sát",
 "Đoàn kiểm tra làm việc với Ban Thường vụ Huyện ủy Quỳ Châu. Ảnh: Hải Yến", "Quy chế dân vận",
 "Quy chế công tác dân vận của hệ thống chính trị", "Số lượt truy cập: 215.730"],
["21/09/2012 - 15:30", "Đoàn kiểm tra số 3", "năm 2012", "3 năm", "tháng 10/2012", "Số lượt truy cập: 215.730"]))

PAGES.append(page("b1951-daklak-bdv-taphuan-2013", """
Ban Dân vận Tỉnh ủy Đắk Lắk
Trang chủ » Đào tạo - Bồi dưỡng
Ngày đăng 17/05/2013 | 08:40
Tập huấn nghiệp vụ cho 120 cán bộ dân vận cơ sở
Trong 2 ngày 15 và 16/5/2013, tại Trường Chính trị tỉnh, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2013 cho 120 cán bộ dân vận cơ sở là trưởng, phó ban dân vận đảng ủy xã, phường, thị trấn và cán bộ khối dân vận 15 huyện, thị xã, thành phố.
Lớp tập huấn được tổ chức theo Kế hoạch số 36-KH/BDVTU ngày 2/4/2013 của Ban Dân vận Tỉnh ủy. Dự khai mạc có đồng chí Y Biêr Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí H'Năm Byă, Phó Trưởng Ban Dân vận Tỉnh ủy và đồng chí Lê Văn Phúc, Phó Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương.
Quang cảnh lớp tập huấn. (Ảnh: H.Giang)
Học viên được truyền đạt 4 chuyên đề: kỹ năng nắm tình hình tư tưởng nhân dân; công tác dân vận chính quyền và thực hiện Quy chế dân chủ ở cơ sở; công tác vận động đồng bào dân tộc thiểu số và đồng bào có đạo; những điểm mới của Nghị định 92/2012/NĐ-CP của Chính phủ quy định chi tiết và biện pháp thi hành Pháp lệnh tín ngưỡng, tôn giáo. Báo cáo viên là các đồng chí Vụ Dân tộc Ban Dân vận Trung ương và Ban Tôn giáo tỉnh.
Phát biểu khai mạc, đồng chí Y Biêr Niê cho biết toàn tỉnh hiện có 184 xã, phường, thị trấn và trên 600 buôn; nhiều cán bộ dân vận cơ sở mới được bầu, chưa qua đào tạo nghiệp vụ. Năm 2012, khối dân vận đã vận động gần 2.000 hộ đồng bào Êđê, M'nông định canh định cư, giải quyết 46 đơn thư liên quan tranh chấp đất đai.
Tại buổi thảo luận, ông Y Suôn Mlô, Trưởng ban Dân vận Đảng ủy xã Ea Tul, chia sẻ cách vận động bà con bỏ tục chôn chung; bà H'Bla Ê Ban, Chủ tịch Hội LHPN xã Krông Jing, nêu kinh nghiệm xây dựng tổ phụ nữ tiết kiệm ở buôn. Ông Nguyễn Thành Trung, HUV, Trưởng Ban Dân vận Huyện ủy Krông Pắc, đề nghị mở thêm lớp tập huấn tại huyện để cán bộ thôn, buôn cùng tham dự.
Kinh phí tổ chức lớp là 180 triệu đồng; mỗi học viên được cấp 1 bộ tài liệu và hỗ trợ 150.000 đồng/ngày tiền ăn. Kết thúc lớp, 118 học viên đạt yêu cầu bài thu hoạch, trong đó 37 bài xếp loại khá, giỏi.
Bế mạc lớp học, đồng chí H'Năm Byă đề nghị học viên vận dụng kiến thức vào thực tiễn, thực hiện tốt phương châm "Trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân" trong công tác ở buôn làng.
Hồng Giang
Tin liên quan
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số năm 2013 (10/05/2013)
- Krông Pắc: ra mắt 3 tổ dân vận buôn (26/04/2013)
- Giao ban khối dân vận quý I năm 2013 (09/04/2013)
- Ea H'leo: vận động đồng bào hiến đất làm đường (01/04/2013)
""", "2013-05-17", "Tập huấn nghiệp vụ cho 120 cán bộ dân vận cơ sở",
E("tap_huan", "2013", "2013-05-15"),
[P("Y Biêr Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Năm Byă", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Phúc", "Phó Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương"),
 P("Y Suôn Mlô", "Trưởng ban Dân vận Đảng ủy xã Ea Tul"),
 P("H'Bla Ê Ban", "Chủ tịch Hội LHPN xã Krông Jing"),
 P("Nguyễn Thành Trung", "HUV", "Trưởng Ban Dân vận Huyện ủy Krông Pắc")],
[Q("120 cán bộ dân vận cơ sở", 120, "cán bộ dân vận cơ sở"), Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"),
 Q("4 chuyên đề", 4, "chuyên đề"), Q("184 xã, phường, thị trấn", 184, "xã, phường, thị trấn"),
 Q("trên 600 buôn", 600, "buôn", "over"),
 Q("gần 2.000 hộ đồng bào Êđê, M'nông", 2000, "hộ đồng bào Êđê, M'nông", "approx"), Q("46 đơn thư", 46, "đơn thư"),
 Q("180 triệu đồng", 180000000, "đồng"), Q("150.000 đồng", 150000, "đồng"), Q("118 học viên", 118, "học viên"),
 Q("37 bài", 37, "bài")],
[D("Kế hoạch", "36", "KH/BDVTU", "2013-04-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 36-KH/BDVTU ngày 2/4/2013"),
 D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định 92/2012/NĐ-CP")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Krông Jing")],
["Ban Dân vận Tỉnh ủy Đắk Lắk", "Trang chủ » Đào tạo - Bồi dưỡng", "Quang cảnh lớp tập huấn. (Ảnh: H.Giang)",
 "Trường Chính trị tỉnh", "Pháp lệnh tín ngưỡng, tôn giáo", "Trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân"],
["Ngày đăng 17/05/2013 | 08:40", "2 ngày", "năm 2013", "Năm 2012", "1 bộ tài liệu"]))

PAGES.append(page("b1952-hagiang-bdv-giaoban-q3-2014", """
BÁO HÀ GIANG ĐIỆN TỬ
Chính trị :: Dân vận
08:15 | 10/10/2014
Khối dân vận tập trung giúp dân thu hoạch vụ mùa, phòng chống rét
Ngày 8/10, Ban Dân vận Tỉnh ủy Hà Giang tổ chức giao ban khối dân vận quý III năm 2014. Chủ trì giao ban có đồng chí Vàng Mí Sử, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; cùng dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Sùng Thị Mỷ, Lý Seo Chứ và lãnh đạo các đoàn thể chính trị - xã hội tỉnh.
Đồng chí Vàng Mí Sử phát biểu tại giao ban.
Báo cáo của Ban Dân vận Tỉnh ủy cho thấy, quý III, khối dân vận đã tuyên truyền, vận động nhân dân thực hiện Kết luận 15, 16-KL/TU của Ban Thường vụ Tỉnh ủy về xóa bỏ hủ tục trong đám cưới, đám tang và về vận động đồng bào Mông không di cư tự do. Trong quý có 1.860 hộ nghèo được hỗ trợ giống ngô, lúa; các đoàn thể huy động 2,15 tỷ đồng xây dựng 45 căn nhà cho hộ khó khăn ở 4 huyện vùng cao núi đá phía Bắc. Trong 9 tháng, các cấp đã tiếp nhận 41 đơn thư của công dân, đã hướng dẫn, giải quyết 38 đơn; tổ chức 12 buổi đối thoại tại các xã biên giới với gần 900 lượt người dân tham gia.
Ban Dân vận Tỉnh ủy đã chủ trì kiểm tra việc thực hiện Quy chế dân vận tại 3 huyện Đồng Văn, Mèo Vạc, Yên Minh; phối hợp với Ban Tôn giáo tỉnh nắm tình hình 27 điểm nhóm sinh hoạt tôn giáo tập trung. Phong trào "4 không" trong đồng bào Mông được duy trì; 96,5% thôn, bản có hương ước, quy ước được phê duyệt.
Tại giao ban, đồng chí Lò Văn Pủa, HUV, Trưởng Ban Dân vận Huyện ủy Mèo Vạc, phản ánh tình trạng một số hộ bỏ bản đi làm ăn xa; bà Hầu Thị Xâu, Bí thư Đảng ủy xã Lũng Cú, đề nghị hỗ trợ xi măng làm đường lên các thôn giáp biên. Đồng chí Triệu Văn Thàng, Phó Trưởng Ban Dân vận Tỉnh ủy, thông tin về việc chuẩn bị đại hội Mặt trận các cấp.
Kết luận giao ban, đồng chí Vàng Mí Sử yêu cầu quý IV tập trung vận động nhân dân thu hoạch vụ mùa, chuẩn bị cây con vụ đông; chủ động phòng chống rét cho người và gia súc; tiếp tục thực hiện Chỉ thị số 22-CT/TU ngày 14/3/2014 của Tỉnh ủy về tăng cường công tác dân vận ở vùng biên giới; chuẩn bị tổng kết công tác dân vận năm 2014 và tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư.
Cũng tại giao ban, đại biểu đề nghị các đoàn thể phối hợp tổ chức đợt cao điểm vận động học sinh ra lớp, bảo đảm không có học sinh bỏ học giữa chừng ở các xã biên giới.
Hoàng Hà
TIN CÙNG CHUYÊN MỤC
- Đồng Văn: vận động đồng bào làm nhà vệ sinh hợp vệ sinh (06/10/2014)
- Bắc Mê tập huấn nghiệp vụ dân vận cơ sở (30/09/2014)
- Xín Mần: tổ dân vận thôn góp sức xây dựng nông thôn mới (24/09/2014)
- Trao 150 suất quà cho học sinh nghèo xã Sủng Là (16/09/2014)
""", "2014-10-10", "Khối dân vận tập trung giúp dân thu hoạch vụ mùa, phòng chống rét",
E("giao_ban", "2014-Q3", "2014-10-08"),
[P("Vàng Mí Sử", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng Thị Mỷ", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lý Seo Chứ", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lò Văn Pủa", "HUV", "Trưởng Ban Dân vận Huyện ủy Mèo Vạc"),
 P("Hầu Thị Xâu", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Triệu Văn Thàng", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("1.860 hộ nghèo", 1860, "hộ nghèo"), Q("2,15 tỷ đồng", 2150000000, "đồng"), Q("45 căn nhà", 45, "căn nhà"),
 Q("4 huyện vùng cao núi đá phía Bắc", 4, "huyện vùng cao núi đá phía Bắc"), Q("3 huyện", 3, "huyện"),
 Q("27 điểm nhóm sinh hoạt tôn giáo tập trung", 27, "điểm nhóm sinh hoạt tôn giáo tập trung"), Q("96,5%", 96.5, "%"), Q("41 đơn thư", 41, "đơn thư"), Q("38 đơn", 38, "đơn"), Q("12 buổi đối thoại", 12, "buổi đối thoại"),
 Q("gần 900 lượt người dân", 900, "lượt người dân", "approx"),
 Q("100%", 100, "%")],
[D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Kết luận", "16", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Chỉ thị", "22", "CT/TU", "2014-03-14", "Tỉnh ủy", "Chỉ thị số 22-CT/TU ngày 14/3/2014")],
[prov("Hà Giang"), com("Lũng Cú")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Chính trị :: Dân vận", "Đồng chí Vàng Mí Sử phát biểu tại giao ban.", "Quy chế dân vận",
 "4 không", "Ngày hội Đại đoàn kết toàn dân tộc"],
["08:15 | 10/10/2014", "quý III năm 2014", "9 tháng", "4 không", "năm 2014"]))

PAGES.append(page("b1953-soctrang-bdv-soket-2015", """
Ban Dân vận Tỉnh ủy Sóc Trăng - Trang thông tin điện tử
Trang chủ | Tin tức - Sự kiện | Hoạt động Ban
Thứ Tư, 15/07/2015
Sơ kết công tác dân vận 6 tháng đầu năm 2015
Sáng 14/7, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2015. Đồng chí Thạch Sô Phăl, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Trưởng khối dân vận tỉnh chủ trì hội nghị.
Hội nghị có 64 đại biểu là lãnh đạo Ban Dân vận các huyện ủy, thị ủy, thành ủy, Đảng ủy Khối Doanh nghiệp, Đảng ủy Khối Các cơ quan tỉnh và các cơ quan khối dân vận tỉnh.
Ảnh: Toàn cảnh hội nghị sơ kết.
Theo báo cáo, 6 tháng qua Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 12-CTr/TU thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; chủ trì hướng dẫn 11 huyện, thị xã, thành phố sơ kết 2 năm thực hiện phong trào thi đua "Dân vận khéo". Toàn tỉnh có 1.047 mô hình "Dân vận khéo" được công nhận, tăng 215 mô hình so với cuối năm 2014.
Trong dịp Tết Chôl Chnăm Thmây, khối dân vận phối hợp thăm, tặng 1.500 suất quà Tết cho hộ đồng bào Khmer nghèo và 92 chùa Phật giáo Nam tông Khmer, tổng trị giá hơn 750 triệu đồng. Các cấp đã tiếp 316 lượt công dân, nhận 58 đơn thư; đã giải quyết 49 đơn, đạt 84,5%.
Tại hội nghị, Hòa thượng Lý Hươl, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, đề nghị tiếp tục quan tâm hỗ trợ các lớp dạy chữ Khmer trong chùa. Bà Sơn Thị Chanh Thi, HUV, Trưởng Ban Dân vận Huyện ủy Trần Đề, giới thiệu mô hình vận động hộ Khmer chuyển đổi cây trồng ở xã Lịch Hội Thượng; ông Kim Ngọc Sơn Ra, Bí thư Đảng ủy xã Viên Bình, nêu kinh nghiệm vận động nhân dân hiến 4.800 m2 đất mở rộng đường liên ấp.
Phát biểu chỉ đạo, đồng chí Thạch Sô Phăl yêu cầu 6 tháng cuối năm, khối dân vận tập trung tuyên truyền về đại hội đảng bộ các cấp nhiệm kỳ 2015-2020; tiếp tục thực hiện Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong vùng đồng bào Khmer và về vận động nhân dân tham gia xây dựng nông thôn mới; làm tốt công tác nắm tình hình, không để bị động, bất ngờ.
Đồng chí Trần Ngọc Khánh, Phó Trưởng Ban Dân vận Tỉnh ủy, đã quán triệt kế hoạch kiểm tra, giám sát 6 tháng cuối năm.
Song Ngân
Lượt truy cập: 98.412
Tin khác
- Trần Đề: ra mắt 5 tổ dân vận ấp (08/07/2015)
- Vĩnh Châu tập huấn nghiệp vụ công tác dân vận (30/06/2015)
- Gặp mặt chức sắc Phật giáo Nam tông Khmer (12/06/2015)
- Mỹ Xuyên: đối thoại với nông dân (03/06/2015)
""", "2015-07-15", "Sơ kết công tác dân vận 6 tháng đầu năm 2015",
E("so_ket", "2015-H1", "2015-07-14"),
[P("Thạch Sô Phăl", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng khối dân vận tỉnh"),
 P("Lý Hươl", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Thị Chanh Thi", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Đề"),
 P("Kim Ngọc Sơn Ra", "Bí thư Đảng ủy xã Viên Bình"),
 P("Trần Ngọc Khánh", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("64 đại biểu", 64, "đại biểu"), Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
 Q("1.047 mô hình", 1047, "mô hình"), Q("215 mô hình", 215, "mô hình"), Q("1.500 suất quà", 1500, "suất quà"),
 Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"), Q("hơn 750 triệu đồng", 750000000, "đồng", "over"),
 Q("316 lượt công dân", 316, "lượt công dân"), Q("58 đơn thư", 58, "đơn thư"), Q("49 đơn", 49, "đơn"), Q("84,5%", 84.5, "%"),
 Q("4.800 m2", 4800, "m2")],
[D("Chương trình hành động", "12", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 12-CTr/TU"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Viên Bình")],
["Ban Dân vận Tỉnh ủy Sóc Trăng - Trang thông tin điện tử", "Trang chủ | Tin tức - Sự kiện | Hoạt động Ban",
 "Ảnh: Toàn cảnh hội nghị sơ kết.", "Dân vận khéo", "Tết Chôl Chnăm Thmây", "Hội Đoàn kết sư sãi yêu nước tỉnh",
 "Lượt truy cập: 98.412"],
["Thứ Tư, 15/07/2015", "6 tháng đầu năm", "6 tháng cuối năm 2015", "khóa XI", "2 năm", "năm 2014",
 "nhiệm kỳ 2015-2020", "Lượt truy cập: 98.412"]))

PAGES.append(page("b1954-thanhhoa-bdv-giaoban-q2-2016", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Thanh Hóa
Vị trí: Trang chủ - Hoạt động khối dân vận
12/07/2016 - 16:45
Ban Dân vận Tỉnh ủy: Giao ban khối dân vận quý II/2016
Chiều 11/7/2016, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức giao ban khối dân vận tỉnh quý II/2016. Đồng chí Cầm Bá Tường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì. Cùng dự có đồng chí Lê Thị Hoài Thu, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; đồng chí Hà Văn Ban, Phó Trưởng ban Dân tộc tỉnh và đại diện lãnh đạo Công an tỉnh, Sở Nội vụ.
Đồng chí Cầm Bá Tường phát biểu kết luận giao ban. Ảnh: Văn Thành
Quý II, các cơ quan khối dân vận đã tích cực tuyên truyền, vận động cử tri tham gia bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016-2021, tỷ lệ cử tri đi bầu đạt 99,6%. Ban Dân vận Tỉnh ủy đã tham mưu ban hành Chỉ thị số 16-CT/TU ngày 12/5/2016 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong thực hiện các dự án trọng điểm; phối hợp với Ban Tổ chức Tỉnh ủy hướng dẫn kiện toàn khối dân vận ở 27 huyện, thị xã, thành phố.
Phong trào thi đua "Dân vận khéo" tiếp tục lan tỏa với 350 mô hình đăng ký mới. Hội Nông dân tỉnh kết nạp 2.340 hội viên mới; Tỉnh đoàn kết nạp 120 đoàn viên mới tại các doanh nghiệp khu kinh tế Nghi Sơn. Các đoàn thể vận động 2.650 hộ dân bàn giao mặt bằng cho dự án; hỗ trợ xây 63 nhà đại đoàn kết với tổng kinh phí 2,52 tỷ đồng. Cũng trong quý, các cơ quan khối dân vận đã tiếp 204 lượt công dân, tiếp nhận 37 đơn thư; phối hợp tổ chức 15 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân tại các huyện miền núi.
Thảo luận tại giao ban, đồng chí Lò Thị Xinh, HUV, Trưởng Ban Dân vận Huyện ủy Quan Sơn, đề nghị tỉnh quan tâm chế độ cho trưởng bản vùng biên giới; đồng chí Phạm Văn Điệp, Phó Chủ tịch Hội Cựu chiến binh tỉnh, cho biết hội đã phối hợp hòa giải thành 18 vụ việc ở khu tái định cư. Ông Vi Văn Cường, Chủ tịch UBND xã Tam Chung, kiến nghị sớm giải quyết đất sản xuất cho đồng bào Mông.
Kết luận giao ban, đồng chí Cầm Bá Tường đề nghị quý III, khối dân vận tập trung thực hiện Kế hoạch số 41-KH/BDVTU của Ban Dân vận Tỉnh ủy về kiểm tra thực hiện Quy chế dân vận; nắm chắc tình hình nhân dân vùng dự án, vùng giáo, không để phát sinh khiếu kiện đông người; chuẩn bị tổng kết 5 năm thực hiện Quy chế dân chủ ở cơ sở.
Văn Thành
Lượt xem: 2.318
Bài viết liên quan
- Hội thi dân vận khéo cấp tỉnh năm 2016 (30/06/2016)
- Đoàn công tác Ban Dân vận Trung ương làm việc tại Thanh Hóa (17/06/2016)
- Mường Lát: giúp dân khắc phục hậu quả lốc xoáy (02/06/2016)
- Giao ban khối dân vận quý I/2016 (08/04/2016)
""", "2016-07-12", "Ban Dân vận Tỉnh ủy: Giao ban khối dân vận quý II/2016",
E("giao_ban", "2016-Q2", "2016-07-11"),
[P("Cầm Bá Tường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Thị Hoài Thu", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Ban", "Phó Trưởng ban Dân tộc tỉnh"),
 P("Lò Thị Xinh", "HUV", "Trưởng Ban Dân vận Huyện ủy Quan Sơn"),
 P("Phạm Văn Điệp", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Vi Văn Cường", "Chủ tịch UBND xã Tam Chung")],
[Q("99,6%", 99.6, "%"), Q("27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"), Q("350 mô hình", 350, "mô hình"),
 Q("2.340 hội viên mới", 2340, "hội viên mới"), Q("120 đoàn viên mới", 120, "đoàn viên mới"), Q("2.650 hộ dân", 2650, "hộ dân"),
 Q("63 nhà đại đoàn kết", 63, "nhà đại đoàn kết"), Q("2,52 tỷ đồng", 2520000000, "đồng"), Q("18 vụ việc", 18, "vụ việc"),
 Q("204 lượt công dân", 204, "lượt công dân"), Q("37 đơn thư", 37, "đơn thư"), Q("15 hội nghị đối thoại", 15, "hội nghị đối thoại")],
[D("Chỉ thị", "16", "CT/TU", "2016-05-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 12/5/2016"),
 D("Kế hoạch", "41", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 41-KH/BDVTU")],
[prov("Thanh Hóa"), com("Tam Chung")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Thanh Hóa", "Vị trí: Trang chủ - Hoạt động khối dân vận",
 "Đồng chí Cầm Bá Tường phát biểu kết luận giao ban. Ảnh: Văn Thành", "Dân vận khéo", "Quy chế dân vận",
 "Lượt xem: 2.318"],
["12/07/2016 - 16:45", "quý II/2016", "khóa XIV", "nhiệm kỳ 2016-2021", "5 năm", "Lượt xem: 2.318"]))
