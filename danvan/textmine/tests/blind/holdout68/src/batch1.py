from lib import *
PAGES = []

PAGES.append(page("b1589-laocai-mttq-tongket-giamsat-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI
Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện
Thứ Sáu, 16/12/2011 - 09:20
Ảnh: Quang cảnh hội nghị tổng kết.
Lào Cai: Tổng kết công tác giám sát của Mặt trận năm 2011
Ngày 14/12/2011, Ủy ban MTTQ Việt Nam tỉnh Lào Cai tổ chức hội nghị tổng kết công tác giám sát và hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng năm 2011. Đồng chí Giàng Seo Vàng, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự hội nghị có 96 đại biểu là thường trực Mặt trận các huyện, thành phố và trưởng các Ban Thanh tra nhân dân tiêu biểu.
Báo cáo do đồng chí Vũ Thị Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày nêu rõ: năm 2011, Mặt trận các cấp đã tổ chức 312 cuộc giám sát, trong đó cấp tỉnh chủ trì 6 cuộc, tập trung vào việc thực hiện chính sách hỗ trợ hộ nghèo theo Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ và việc cấp thẻ bảo hiểm y tế cho đồng bào vùng cao. Toàn tỉnh có 164 Ban Thanh tra nhân dân xã, phường, thị trấn với 1.312 thành viên; 164 Ban Giám sát đầu tư của cộng đồng được kiện toàn.
Qua giám sát, các Ban Thanh tra nhân dân đã phát hiện 47 vụ việc có dấu hiệu sai phạm, kiến nghị thu hồi gần 385 triệu đồng; 41 kiến nghị đã được cơ quan có thẩm quyền tiếp thu, giải quyết, đạt 87,2%. Ban Giám sát đầu tư của cộng đồng giám sát 528 công trình, phát hiện 19 công trình thi công chưa đúng thiết kế.
Hội nghị cũng đánh giá việc thực hiện Chỉ thị số 37-CT/TU ngày 20/4/2010 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của các cấp ủy đối với hoạt động giám sát của Mặt trận và Quy chế phối hợp số 02/QCPH-MTTQ-UBND giữa Ủy ban MTTQ tỉnh và UBND tỉnh.
Tại hội nghị, ông Lý Seo Chẩn, Trưởng Ban Thanh tra nhân dân xã Bản Khoang, chia sẻ: "Nhờ bà con báo tin kịp thời, Ban đã phát hiện việc cấp phát giống ngô chậm, kiến nghị xã khắc phục ngay trong vụ xuân". Bà Hoàng Thị Mai, HUV, Chủ tịch Ủy ban MTTQ huyện Bắc Hà, đề nghị bố trí kinh phí hoạt động cho Ban Thanh tra nhân dân ở mức ổn định.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Vịnh, Phó Bí thư Thường trực Tỉnh ủy, ghi nhận kết quả đạt được, đồng thời yêu cầu năm 2012 Mặt trận các cấp chọn đúng nội dung giám sát, tránh dàn trải; chú trọng giám sát việc thực hiện các chương trình, dự án ở xã đặc biệt khó khăn; thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 15 tập thể và 22 cá nhân có thành tích xuất sắc trong công tác giám sát.
Quang Hưng
Lượt xem: 1.024
Tin liên quan
- Sa Pa: kiện toàn 18 Ban Thanh tra nhân dân (02/12/2011)
- Tập huấn nghiệp vụ giám sát cho cán bộ Mặt trận cơ sở (18/11/2011)
- Mường Khương tổ chức Ngày hội Đại đoàn kết toàn dân tộc (14/11/2011)
- Giám sát việc thực hiện Chương trình 135 tại Si Ma Cai (26/10/2011)
""", "2011-12-16", "Lào Cai: Tổng kết công tác giám sát của Mặt trận năm 2011",
E("tong_ket", "2011", "2011-12-14"),
[P("Giàng Seo Vàng", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vũ Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Seo Chẩn", "Trưởng Ban Thanh tra nhân dân xã Bản Khoang"),
 P("Hoàng Thị Mai", "HUV", "Chủ tịch Ủy ban MTTQ huyện Bắc Hà"),
 P("Nguyễn Văn Vịnh", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("96 đại biểu", 96, "đại biểu"), Q("312 cuộc giám sát", 312, "cuộc giám sát"), Q("6 cuộc", 6, "cuộc"),
 Q("164 Ban Thanh tra nhân dân xã, phường, thị trấn", 164, "Ban Thanh tra nhân dân"), Q("1.312 thành viên", 1312, "thành viên"),
 Q("164 Ban Giám sát đầu tư của cộng đồng", 164, "Ban Giám sát đầu tư của cộng đồng"),
 Q("47 vụ việc", 47, "vụ việc"), Q("gần 385 triệu đồng", 385000000, "đồng", "approx"), Q("41 kiến nghị", 41, "kiến nghị"),
 Q("87,2%", 87.2, "%"), Q("528 công trình", 528, "công trình"), Q("19 công trình", 19, "công trình"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg"),
 D("Chỉ thị", "37", "CT/TU", "2010-04-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 37-CT/TU ngày 20/4/2010"),
 D("Quy chế phối hợp", "02", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-UBND")],
[prov("Lào Cai"), com("Bản Khoang")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI", "Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 1.024"],
["Thứ Sáu, 16/12/2011 - 09:20", "năm 2011", "năm 2012", "Lượt xem: 1.024"]))

PAGES.append(page("b1590-nghean-taphuan-ttnd-2012", """
Báo Nghệ An điện tử
Trang chủ > Thời sự > Chính trị
Cập nhật: 15:40, 22/08/2012 (GMT+7)
Tập huấn nghiệp vụ cho 230 trưởng Ban Thanh tra nhân dân
(Baonghean) - Trong 2 ngày 20 và 21/8, Ủy ban MTTQ tỉnh Nghệ An phối hợp với Thanh tra tỉnh tổ chức lớp tập huấn nghiệp vụ giám sát, thanh tra nhân dân năm 2012 cho 230 học viên là trưởng Ban Thanh tra nhân dân, trưởng Ban Giám sát đầu tư của cộng đồng các xã thuộc 7 huyện miền Tây.
Đồng chí Hồ Thị Châu, Phó Chủ tịch Ủy ban MTTQ tỉnh phát biểu khai mạc lớp tập huấn. Ảnh: Phương Thúy
Phát biểu khai mạc, đồng chí Hồ Thị Châu, Phó Chủ tịch Ủy ban MTTQ tỉnh nhấn mạnh: thời gian qua, hoạt động của Ban Thanh tra nhân dân ở nhiều xã miền núi còn lúng túng, nhiều thành viên chưa nắm được quy trình giám sát, nhất là giám sát các công trình thuộc Chương trình 135 và việc thực hiện Nghị quyết số 30a/2008/NQ-CP của Chính phủ về giảm nghèo nhanh và bền vững đối với 62 huyện nghèo.
Các học viên được ông Trần Đình Quang, Phó Chánh Thanh tra tỉnh, truyền đạt những nội dung cơ bản của Luật Thanh tra năm 2010, Nghị định số 99/2005/NĐ-CP của Chính phủ quy định chi tiết về tổ chức, hoạt động của Ban Thanh tra nhân dân; bà Lô Thị Kim Ngân, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, hướng dẫn Thông tư liên tịch số 04/2006/TTLT-BKH-UBTƯMTTQVN-BTC về giám sát đầu tư của cộng đồng và cách ghi sổ theo dõi, lập biên bản giám sát.
Theo số liệu của Ủy ban MTTQ tỉnh, toàn tỉnh hiện có 480 Ban Thanh tra nhân dân với hơn 3.800 thành viên. 6 tháng đầu năm 2012, các Ban đã tiến hành 1.152 cuộc giám sát, phát hiện 86 vụ việc, kiến nghị xử lý; số tiền kiến nghị thu hồi trên 1,2 tỷ đồng. Kinh phí hoạt động của mỗi Ban Thanh tra nhân dân cấp xã được hỗ trợ 2 triệu đồng/năm.
Tại lớp tập huấn, nhiều học viên nêu khó khăn trong giám sát các dự án do huyện làm chủ đầu tư. Ông Vi Văn Thuận, Trưởng Ban Thanh tra nhân dân xã Châu Kim (huyện Quế Phong), cho biết Ban đã 3 lần kiến nghị về chất lượng con đường vào bản Na Chạng nhưng chưa được trả lời. Ông Lương Văn Hoa, Chủ tịch Ủy ban MTTQ xã Tam Quang, đề nghị cấp tỉnh hướng dẫn cụ thể việc phối hợp với Ban Giám sát đầu tư của cộng đồng.
Kết thúc lớp tập huấn, các học viên được phát 1 bộ tài liệu và làm bài kiểm tra. Dự kiến trong tháng 9, Ủy ban MTTQ tỉnh sẽ mở tiếp 2 lớp cho các huyện đồng bằng với khoảng 450 học viên.
Thu Hương
Tin liên quan
- Mặt trận Nghệ An giám sát việc cấp thẻ bảo hiểm y tế (10/08/2012)
- Kỳ Sơn: đồng bào Mông góp công làm đường (02/08/2012)
- Hội nghị phản biện dự thảo quy hoạch phát triển nông thôn (27/07/2012)
- Bài học từ một Ban Thanh tra nhân dân ở Quỳnh Lưu (18/07/2012)
""", "2012-08-22", "Tập huấn nghiệp vụ cho 230 trưởng Ban Thanh tra nhân dân",
E("tap_huan", "2012", "2012-08-20"),
[P("Hồ Thị Châu", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Đình Quang", "Phó Chánh Thanh tra tỉnh"),
 P("Lô Thị Kim Ngân", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Vi Văn Thuận", "Trưởng Ban Thanh tra nhân dân xã Châu Kim"),
 P("Lương Văn Hoa", "Chủ tịch Ủy ban MTTQ xã Tam Quang")],
[Q("230 trưởng Ban Thanh tra nhân dân", 230, "trưởng Ban Thanh tra nhân dân"), Q("7 huyện miền Tây", 7, "huyện miền Tây"),
 Q("62 huyện nghèo", 62, "huyện nghèo"), Q("480 Ban Thanh tra nhân dân", 480, "Ban Thanh tra nhân dân"),
 Q("hơn 3.800 thành viên", 3800, "thành viên", "over"), Q("1.152 cuộc giám sát", 1152, "cuộc giám sát"),
 Q("86 vụ việc", 86, "vụ việc"), Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("2 lớp", 2, "lớp"), Q("khoảng 450 học viên", 450, "học viên", "approx")],
[D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", "Nghị quyết số 30a/2008/NQ-CP"),
 D("Nghị định", "99", "2005/NĐ-CP", None, "Chính phủ", "Nghị định số 99/2005/NĐ-CP"),
 D("Thông tư liên tịch", "04", "2006/TTLT-BKH-UBTƯMTTQVN-BTC", None, None, "Thông tư liên tịch số 04/2006/TTLT-BKH-UBTƯMTTQVN-BTC")],
[prov("Nghệ An"), com("Châu Kim"), com("Tam Quang")],
["Báo Nghệ An điện tử", "Trang chủ > Thời sự > Chính trị", "(Baonghean)",
 "Đồng chí Hồ Thị Châu, Phó Chủ tịch Ủy ban MTTQ tỉnh phát biểu khai mạc lớp tập huấn. Ảnh: Phương Thúy",
 "Chương trình 135", "Luật Thanh tra năm 2010"],
["Cập nhật: 15:40, 22/08/2012 (GMT+7)", "2 ngày", "6 tháng đầu năm 2012", "3 lần", "1 bộ tài liệu", "tháng 9", "năm 2012"]))

PAGES.append(page("b1591-thanhhoa-giamsat-bhyt-2013", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Giám sát và phản biện xã hội
08:30 | 17/05/2013
Giám sát việc thực hiện chính sách bảo hiểm y tế tại Ngọc Lặc
Ngày 15/5/2013, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do đồng chí Lê Văn Toản, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách bảo hiểm y tế cho người nghèo, người dân tộc thiểu số tại huyện Ngọc Lặc. Cùng tham gia đoàn có đại diện Sở Y tế, Bảo hiểm xã hội tỉnh và Ban Dân tộc tỉnh.
Cuộc giám sát thực hiện theo Kế hoạch số 18/KH-MTTQ-BTT ngày 2/4/2013 của Ban Thường trực Ủy ban MTTQ tỉnh, nhằm đánh giá việc triển khai Luật Bảo hiểm y tế và Quyết định số 139/2002/QĐ-TTg của Thủ tướng Chính phủ về khám, chữa bệnh cho người nghèo.
Theo báo cáo của UBND huyện, năm 2012 toàn huyện có 98.450 người được cấp thẻ bảo hiểm y tế, đạt 74,6% dân số; trong đó có 41.300 người dân tộc Mường, Thái thuộc diện được ngân sách nhà nước đóng. Số lượt khám, chữa bệnh bảo hiểm y tế tại Trung tâm Y tế huyện và 22 trạm y tế xã là 126.800 lượt, tổng chi phí trên 19,6 tỷ đồng. Vẫn còn khoảng 1.200 thẻ cấp sai thông tin, phải điều chỉnh.
Đoàn đã làm việc trực tiếp tại xã Minh Sơn và xã Phùng Giáo. Tại xã Phùng Giáo, ông Phạm Văn Thơm, Chủ tịch Ủy ban MTTQ xã kiêm Trưởng Ban Thanh tra nhân dân, phản ánh nhiều hộ nhận thẻ chậm tới 3 tháng, một số người cao tuổi chưa biết cách sử dụng thẻ. Bà Bùi Thị Lan, Trưởng thôn Quang Trung, cho biết trạm y tế xã thiếu thuốc điều trị bệnh mãn tính, bà con phải ra huyện.
Kết luận buổi giám sát, đồng chí Lê Văn Toản đề nghị UBND huyện chỉ đạo rà soát, cấp đổi ngay 1.200 thẻ sai thông tin trước ngày 30/6; Bảo hiểm xã hội huyện ký hợp đồng cung ứng đủ thuốc cho trạm y tế; UBND các xã phối hợp với Mặt trận tuyên truyền để người dân hiểu quyền lợi khi tham gia bảo hiểm y tế. Ý kiến của đoàn sẽ được tổng hợp thành văn bản kiến nghị gửi UBND tỉnh.
Đồng chí Phạm Văn Hùng, Phó Chủ tịch UBND huyện Ngọc Lặc tiếp thu các ý kiến và cam kết báo cáo kết quả khắc phục với Ủy ban MTTQ tỉnh trong quý III/2013.
Theo nhận xét của đoàn, công tác tuyên truyền chính sách bảo hiểm y tế ở vùng cao còn hạn chế: tài liệu chưa được biên soạn bằng tiếng dân tộc, nhiều thôn, bản chưa có loa truyền thanh; một số trạm y tế xuống cấp, chưa có bác sĩ thường trực. Việc lập danh sách đối tượng ở một số xã còn phụ thuộc vào trưởng thôn, chưa công khai để người dân cùng kiểm tra.
Được biết, năm 2013 Ban Thường trực Ủy ban MTTQ tỉnh Thanh Hóa chủ trì 4 cuộc giám sát chuyên đề, phối hợp với Đoàn đại biểu Quốc hội tỉnh thực hiện 2 cuộc giám sát.
Minh Hiếu
Tin khác
- Như Xuân: Mặt trận giám sát việc cấp gạo cứu đói (09/05/2013)
- Hội nghị phản biện dự thảo quy hoạch khu kinh tế Nghi Sơn (25/04/2013)
- Tổng kết 10 năm thực hiện Quy chế dân chủ ở cơ sở (12/04/2013)
""", "2013-05-17", "Giám sát việc thực hiện chính sách bảo hiểm y tế tại Ngọc Lặc",
E("giam_sat", None, "2013-05-15"),
[P("Lê Văn Toản", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phạm Văn Thơm", "Chủ tịch Ủy ban MTTQ xã kiêm Trưởng Ban Thanh tra nhân dân"),
 P("Bùi Thị Lan", "Trưởng thôn Quang Trung"),
 P("Phạm Văn Hùng", "Phó Chủ tịch UBND huyện Ngọc Lặc")],
[Q("98.450 người", 98450, "người"), Q("74,6%", 74.6, "%"), Q("41.300 người dân tộc Mường, Thái", 41300, "người dân tộc Mường, Thái"),
 Q("22 trạm y tế xã", 22, "trạm y tế"), Q("126.800 lượt", 126800, "lượt"), Q("trên 19,6 tỷ đồng", 19600000000, "đồng", "over"),
 Q("khoảng 1.200 thẻ", 1200, "thẻ", "approx"), Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"),
 Q("2 cuộc giám sát", 2, "cuộc giám sát")],
[D("Kế hoạch", "18", "KH-MTTQ-BTT", "2013-04-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 18/KH-MTTQ-BTT ngày 2/4/2013"),
 D("Quyết định", "139", "2002/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 139/2002/QĐ-TTg")],
[prov("Thanh Hóa"), com("Minh Sơn"), com("Phùng Giáo")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Giám sát và phản biện xã hội",
 "Luật Bảo hiểm y tế", "Trung tâm Y tế huyện"],
["08:30 | 17/05/2013", "năm 2012", "3 tháng", "quý III/2013", "năm 2013", "ngày 30/6"]))

PAGES.append(page("b1592-daklak-mttq-soket-2014", """
Báo Đắk Lắk điện tử
Chính trị - Xã hội » Mặt trận
Thứ Sáu, 18/07/2014 - 16:15
Toàn cảnh hội nghị.
Mặt trận các cấp giám sát gần 1.900 cuộc trong 6 tháng
(Baodaklak.vn) - Sáng 16/7, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2014. Đồng chí Y Drim Byă, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Theo báo cáo, 6 tháng đầu năm 2014, Mặt trận và các tổ chức thành viên các cấp đã tổ chức gần 1.900 cuộc giám sát, trong đó cấp tỉnh 5 cuộc, cấp huyện 87 cuộc; tổ chức 14 hội nghị phản biện xã hội và góp ý 26 dự thảo văn bản của chính quyền. Ban Thanh tra nhân dân ở 184 xã, phường, thị trấn đã tiếp nhận 312 đơn thư, kiến nghị, phối hợp giải quyết 279 đơn.
Cuộc vận động "Ngày vì người nghèo" huy động được hơn 8,3 tỷ đồng; từ nguồn quỹ đã xây mới 126 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Êđê, Mnông, J'rai, mỗi căn hỗ trợ 30 triệu đồng.
Hội nghị đã nghe quán triệt Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận và các đoàn thể chính trị - xã hội và Quy định về việc Mặt trận, các đoàn thể và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền; cùng Kế hoạch số 42-KH/TU của Tỉnh ủy Đắk Lắk triển khai thực hiện hai quyết định.
Thảo luận tại hội nghị, bà H'Yăm Niê, Chủ tịch Ủy ban MTTQ Việt Nam huyện Krông Búk, cho rằng việc giám sát ở buôn còn hình thức do cán bộ chưa nắm nghiệp vụ. Ông Y Kô Byă, người có uy tín buôn Ea Kmar, xã Ea Kao, kiến nghị sớm giải quyết tranh chấp đất rẫy giữa bà con với một công ty cà phê.
Phát biểu chỉ đạo, đồng chí Y Drim Byă yêu cầu 6 tháng cuối năm các cấp Mặt trận cụ thể hóa hai quyết định của Bộ Chính trị bằng chương trình giám sát có trọng tâm, phối hợp với Hội đồng nhân dân cùng cấp, tránh chồng chéo. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Thị Thu Hà, Trương Văn Lợi được phân công theo dõi việc thực hiện ở 15 huyện, thị xã, thành phố.
Hội nghị cũng chỉ ra hạn chế: một số Ban Thanh tra nhân dân hoạt động cầm chừng, chưa được cấp ủy quan tâm; việc theo dõi, đôn đốc thực hiện kiến nghị sau giám sát chưa thường xuyên, nhiều kiến nghị gửi đi nhưng chưa nhận được trả lời.
Dịp này, Ủy ban MTTQ tỉnh trao tặng Bằng khen cho 8 tập thể và 11 cá nhân.
H'Linh
Tin liên quan
- Buôn Đôn: ra mắt 12 tổ hòa giải ở buôn (08/07/2014)
- Góp ý dự thảo Luật Mặt trận Tổ quốc Việt Nam (sửa đổi) (26/06/2014)
- Mặt trận Ea H'leo giám sát công trình nước sinh hoạt (12/06/2014)
- Hội nghị Ban Thường trực Ủy ban MTTQ tỉnh mở rộng (30/05/2014)
""", "2014-07-18", "Mặt trận các cấp giám sát gần 1.900 cuộc trong 6 tháng",
E("so_ket", "2014-H1", "2014-07-16"),
[P("Y Drim Byă", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Yăm Niê", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Krông Búk"),
 P("Y Kô Byă", "người có uy tín buôn Ea Kmar"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Văn Lợi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("gần 1.900 cuộc", 1900, "cuộc", "approx"), Q("5 cuộc", 5, "cuộc"), Q("87 cuộc", 87, "cuộc"),
 Q("14 hội nghị phản biện xã hội", 14, "hội nghị phản biện xã hội"), Q("26 dự thảo văn bản", 26, "dự thảo văn bản"),
 Q("184 xã, phường, thị trấn", 184, "xã, phường, thị trấn"), Q("312 đơn thư, kiến nghị", 312, "đơn thư, kiến nghị"),
 Q("279 đơn", 279, "đơn"), Q("hơn 8,3 tỷ đồng", 8300000000, "đồng", "over"), Q("126 căn nhà Đại đoàn kết", 126, "căn nhà Đại đoàn kết"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"),
 Q("8 tập thể", 8, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "42", "KH/TU", None, "Tỉnh ủy Đắk Lắk", "Kế hoạch số 42-KH/TU")],
[prov("Đắk Lắk"), com("Ea Kao")],
["Báo Đắk Lắk điện tử", "Chính trị - Xã hội » Mặt trận", "Toàn cảnh hội nghị.", "(Baodaklak.vn)", "Ngày vì người nghèo"],
["Thứ Sáu, 18/07/2014 - 16:15", "6 tháng đầu năm", "6 tháng cuối năm 2014", "6 tháng đầu năm 2014", "6 tháng"]))

PAGES.append(page("b1593-camau-daihoi-mttq-xa-2014", """
Cổng thông tin điện tử huyện Trần Văn Thời
Vị trí: Trang chủ >> Tin tức >> Hoạt động đoàn thể
29-04-2014 10:05
Đại hội đại biểu MTTQ Việt Nam xã Khánh Bình Tây Bắc lần thứ X
Ngày 26/4/2014, Ủy ban MTTQ Việt Nam xã Khánh Bình Tây Bắc (huyện Trần Văn Thời, tỉnh Cà Mau) tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã lần thứ X, nhiệm kỳ 2014 - 2019. Về dự có ông Trần Quốc Khởi, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Trần Văn Thời; bà Lê Thị Mỹ Duyên, Bí thư Đảng ủy, Chủ tịch HĐND xã cùng 120 đại biểu đại diện cho hơn 14.000 nhân dân trong xã.
Báo cáo chính trị trình tại đại hội cho thấy, nhiệm kỳ 2009 - 2014, Mặt trận xã đã vận động nhân dân đóng góp gần 5,4 tỷ đồng làm 23 cây cầu bê tông, 18 km lộ nông thôn; xây dựng 64 căn nhà Đại đoàn kết và sửa chữa 37 căn. Tỷ lệ hộ nghèo giảm từ 14,6% xuống còn 6,2%. Ban Thanh tra nhân dân xã và 9 tổ giám sát ở ấp đã giám sát 41 công trình, phát hiện và kiến nghị khắc phục 6 công trình chậm tiến độ; Ban Giám sát đầu tư của cộng đồng hoạt động đều đặn theo Quyết định số 80/2005/QĐ-TTg của Thủ tướng Chính phủ.
Đại hội đã thảo luận, thông qua Nghị quyết Đại hội với các chỉ tiêu: mỗi năm có ít nhất 95% hộ đạt gia đình văn hóa, xây dựng 15 căn nhà Đại đoàn kết, thực hiện 2 cuộc giám sát chuyên đề; phấn đấu 100% ấp đạt danh hiệu ấp văn hóa.
Đại hội đã hiệp thương cử 35 vị vào Ủy ban MTTQ Việt Nam xã khóa X. Tại hội nghị lần thứ nhất, ông Nguyễn Văn Tám được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; các ông, bà: Đỗ Thị Bé Năm, Lý Văn Sang được cử làm Phó Chủ tịch Ủy ban MTTQ Việt Nam xã.
Phát biểu chỉ đạo, ông Trần Quốc Khởi ghi nhận những kết quả đạt được, đề nghị Ủy ban MTTQ xã khóa mới tiếp tục thực hiện Chỉ thị số 17-CT/TW của Ban Bí thư về đại hội Mặt trận các cấp, chủ động giám sát việc thực hiện các tiêu chí xây dựng nông thôn mới theo Quyết định số 491/QĐ-TTg, nhất là tiêu chí thủy lợi và giao thông; phát huy vai trò của Ban Thanh tra nhân dân trong giám sát việc thu, chi các khoản đóng góp của nhân dân.
Nhiều ý kiến tại đại hội cho rằng việc giám sát của Mặt trận ở ấp còn lúng túng; có công trình do dân đóng góp nhưng khi quyết toán chưa được công khai đầy đủ. Ông Trương Văn Út, Trưởng Ban Thanh tra nhân dân xã, đề nghị xã công khai dự toán tại nhà văn hóa ấp trước khi khởi công để người dân cùng theo dõi.
Đại hội cũng bầu 7 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam huyện lần thứ IX.
Ngọc Điệp
Lượt xem: 412
Tin khác
- Xã Khánh Hải tổ chức Đại hội Mặt trận điểm (18/04/2014)
- Phát động Tháng hành động vì người nghèo (10/04/2014)
- Xã Trần Hợi sơ kết 3 năm xây dựng nông thôn mới (02/04/2014)
""", "2014-04-29", "Đại hội đại biểu MTTQ Việt Nam xã Khánh Bình Tây Bắc lần thứ X",
E("dai_hoi", None, "2014-04-26"),
[P("Trương Văn Út", "Trưởng Ban Thanh tra nhân dân xã"),
 P("Trần Quốc Khởi", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Trần Văn Thời"),
 P("Lê Thị Mỹ Duyên", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Nguyễn Văn Tám", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Đỗ Thị Bé Năm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lý Văn Sang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 14.000 nhân dân", 14000, "nhân dân", "over"),
 Q("gần 5,4 tỷ đồng", 5400000000, "đồng", "approx"), Q("23 cây cầu bê tông", 23, "cây cầu bê tông"), Q("18 km", 18, "km"),
 Q("64 căn nhà Đại đoàn kết", 64, "căn nhà Đại đoàn kết"), Q("37 căn", 37, "căn"), Q("14,6%", 14.6, "%"), Q("6,2%", 6.2, "%"),
 Q("9 tổ giám sát", 9, "tổ giám sát"), Q("41 công trình", 41, "công trình"), Q("6 công trình", 6, "công trình"),
 Q("95%", 95, "%", "over"), Q("15 căn nhà Đại đoàn kết", 15, "căn nhà Đại đoàn kết"), Q("2 cuộc giám sát chuyên đề", 2, "cuộc giám sát chuyên đề"),
 Q("100%", 100, "%"), Q("35 vị", 35, "vị"), Q("7 đại biểu", 7, "đại biểu")],
[D("Quyết định", "80", "2005/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 80/2005/QĐ-TTg"),
 D("Chỉ thị", "17", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 17-CT/TW"),
 D("Quyết định", "491", "QĐ-TTg", None, None, "Quyết định số 491/QĐ-TTg")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc")],
["Cổng thông tin điện tử huyện Trần Văn Thời", "Vị trí: Trang chủ >> Tin tức >> Hoạt động đoàn thể", "Lượt xem: 412"],
["29-04-2014 10:05", "lần thứ X", "nhiệm kỳ 2014 - 2019", "nhiệm kỳ 2009 - 2014", "lần thứ nhất", "khóa X", "lần thứ IX", "Lượt xem: 412"]))

PAGES.append(page("b1594-quangninh-phanbien-quyhoach-2015", """
BÁO QUẢNG NINH
Trang chủ › Chính trị › Mặt trận - Đoàn thể
Ngày đăng 25/09/2015 | 14:50
Ảnh: Các đại biểu tham gia ý kiến tại hội nghị.
Phản biện xã hội dự thảo Đề án sắp xếp dân cư vùng ven biển
Ngày 23/9/2015, Ban Thường trực Ủy ban MTTQ tỉnh Quảng Ninh tổ chức hội nghị phản biện xã hội đối với dự thảo Đề án sắp xếp, ổn định dân cư vùng ven biển, hải đảo giai đoạn 2016 - 2020 do UBND tỉnh xây dựng. Đồng chí Đỗ Thị Hoàng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Đây là hội nghị phản biện xã hội thứ 3 trong năm 2015 của Mặt trận tỉnh, thực hiện theo Quyết định số 217-QĐ/TW của Bộ Chính trị và Kế hoạch số 07/KH-MTTQ ngày 15/1/2015 của Ban Thường trực Ủy ban MTTQ tỉnh. Tham dự có hơn 80 đại biểu là các nhà khoa học, luật sư, thành viên Hội đồng tư vấn của Ủy ban MTTQ tỉnh và đại diện người dân các xã Cái Chiên, Quảng Phong, Vạn Yên.
Theo dự thảo, giai đoạn 2016 - 2020 tỉnh sẽ di dời, sắp xếp khoảng 1.650 hộ dân đang sinh sống ở vùng có nguy cơ sạt lở, ngập lụt, với tổng kinh phí dự kiến 1.276 tỷ đồng; mỗi hộ di dời được hỗ trợ 60 triệu đồng làm nhà và một suất đất tái định cư.
Các ý kiến phản biện tập trung vào tính khả thi của nguồn vốn và quyền lợi của người dân. PGS.TS Phạm Văn Dũng, thành viên Hội đồng tư vấn về kinh tế của Ủy ban MTTQ tỉnh, cho rằng mức hỗ trợ 60 triệu đồng là thấp so với giá vật liệu ở hải đảo, đề nghị tính thêm chi phí vận chuyển. Luật sư Vũ Đức Thịnh, Phó Chủ nhiệm Đoàn Luật sư tỉnh, đề nghị bổ sung quy định công khai danh sách hộ di dời và lấy ý kiến cộng đồng dân cư trước khi phê duyệt. Ông Chìu Văn Sáng, người có uy tín thôn Khe Tiên, xã Quảng Phong, phản ánh nhiều hộ người Dao, người Sán Chỉ lo ngại nơi ở mới xa nương rẫy.
Bà Lương Thị Nguyệt, Phó Chủ tịch Ủy ban MTTQ tỉnh, cho biết sau hội nghị, Ban Thường trực sẽ tổng hợp thành 12 nhóm kiến nghị gửi UBND tỉnh; đồng thời phối hợp với Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng ở các xã có dự án để giám sát việc bố trí tái định cư.
Đại diện Sở Kế hoạch và Đầu tư, ông Nguyễn Mạnh Cường, Phó Giám đốc Sở, ghi nhận 23 ý kiến phản biện, trong đó 17 ý kiến sẽ được nghiên cứu để điều chỉnh dự thảo trước khi trình HĐND tỉnh tại kỳ họp cuối năm.
Kết luận hội nghị, đồng chí Đỗ Thị Hoàng khẳng định phản biện xã hội là kênh để nhân dân tham gia xây dựng chính sách ngay từ đầu, không phải là thủ tục. Mặt trận các cấp cần tiếp tục thực hiện Kết luận số 62-KL/TW của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể chính trị - xã hội; tránh để người dân đứng ngoài những quyết định liên quan đến chính cuộc sống của họ.
Thu Nguyệt
Lượt xem: 2.315
Tin liên quan
- Mặt trận tỉnh giám sát việc thu hồi đất dự án cảng biển (14/09/2015)
- Hiệp thương giới thiệu người ứng cử đại biểu Quốc hội khóa XIV (02/09/2015)
- Ba Chẽ: đối thoại với người dân về bồi thường giải phóng mặt bằng (20/08/2015)
""", "2015-09-25", "Phản biện xã hội dự thảo Đề án sắp xếp dân cư vùng ven biển",
E("hoi_nghi", "2015", "2015-09-23"),
[P("Đỗ Thị Hoàng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phạm Văn Dũng", "PGS.TS", "thành viên Hội đồng tư vấn về kinh tế của Ủy ban MTTQ tỉnh"),
 P("Vũ Đức Thịnh", "Luật sư", "Phó Chủ nhiệm Đoàn Luật sư tỉnh"),
 P("Chìu Văn Sáng", "người có uy tín thôn Khe Tiên"),
 P("Lương Thị Nguyệt", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Mạnh Cường", "Phó Giám đốc Sở")],
[Q("hơn 80 đại biểu", 80, "đại biểu", "over"), Q("khoảng 1.650 hộ dân", 1650, "hộ dân", "approx"),
 Q("1.276 tỷ đồng", 1276000000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("12 nhóm kiến nghị", 12, "nhóm kiến nghị"), Q("23 ý kiến phản biện", 23, "ý kiến phản biện"), Q("17 ý kiến", 17, "ý kiến")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Kế hoạch", "07", "KH-MTTQ", "2015-01-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 07/KH-MTTQ ngày 15/1/2015"),
 D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận số 62-KL/TW")],
[prov("Quảng Ninh"), com("Cái Chiên"), com("Quảng Phong"), com("Vạn Yên")],
["BÁO QUẢNG NINH", "Trang chủ › Chính trị › Mặt trận - Đoàn thể", "Ảnh: Các đại biểu tham gia ý kiến tại hội nghị.",
 "Hội đồng tư vấn", "Lượt xem: 2.315", "Đề án sắp xếp, ổn định dân cư vùng ven biển, hải đảo"],
["Ngày đăng 25/09/2015 | 14:50", "giai đoạn 2016 - 2020", "thứ 3", "năm 2015", "Lượt xem: 2.315"]))
