from lib import *
PAGES = []

PAGES.append(page("b1733-nghean-mttq-tongket-2011", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN
Trang chủ » Hoạt động Mặt trận » Tin tức
Thứ Năm, 29/12/2011 - 16:20
Ảnh: Quang cảnh hội nghị tổng kết.
Nghệ An: Mặt trận các cấp tăng cường giám sát, gửi 214 kiến nghị đến cơ quan chức năng
Ngày 27/12/2011, Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức hội nghị tổng kết công tác Mặt trận năm 2011, triển khai chương trình phối hợp và thống nhất hành động năm 2012. Đồng chí Lô Thị Kim Ngân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Dự hội nghị có 186 đại biểu là thành viên Ủy ban MTTQ tỉnh và chủ tịch Mặt trận các huyện, thành phố, thị xã.
Báo cáo do đồng chí Hoàng Văn Thắm, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh trình bày cho biết, năm 2011 Mặt trận các cấp đã chủ trì 1.126 cuộc giám sát, trong đó cấp tỉnh 9 cuộc, tập trung vào việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở theo Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008 của Thủ tướng Chính phủ, việc thu, chi các khoản đóng góp của nhân dân và công tác bồi thường, tái định cư tại các dự án thủy điện. Qua giám sát, Mặt trận đã gửi 214 kiến nghị, đến nay có 167 kiến nghị được cơ quan chức năng tiếp thu, giải quyết.
Ban Thường trực Ủy ban MTTQ tỉnh đã phối hợp tổ chức 3 hội nghị góp ý dự thảo nghị quyết của HĐND tỉnh; Ban Thanh tra nhân dân ở cơ sở phát hiện 58 vụ việc sai phạm, kiến nghị thu hồi cho ngân sách gần 1,3 tỷ đồng. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" có 82,5% khu dân cư đạt danh hiệu văn hóa. Quỹ "Vì người nghèo" các cấp vận động được trên 32,6 tỷ đồng, hỗ trợ xây mới 1.450 nhà Đại đoàn kết.
Tại hội nghị, ông Vi Văn Sơn, Chủ tịch Ủy ban MTTQ huyện Quế Phong chia sẻ cách vận động đồng bào Thái, Khơ Mú ở các bản vùng cao đóng góp ngày công làm đường; bà Nguyễn Thị Hằng, Trưởng Ban Thanh tra nhân dân xã Nghi Phong, nêu kinh nghiệm giám sát công trình xây dựng cơ bản ở xã. Ông Lang Văn Chương, Bí thư Đảng ủy xã Châu Hạnh, đề nghị Mặt trận cấp trên hướng dẫn cụ thể quy trình giám sát đầu tư của cộng đồng.
Phát biểu chỉ đạo, đồng chí Trần Quốc Khánh, Phó Bí thư Thường trực Tỉnh ủy ghi nhận kết quả Mặt trận đạt được trong năm, đồng thời yêu cầu năm 2012 Mặt trận các cấp tiếp tục đổi mới nội dung, phương thức hoạt động, nâng cao chất lượng giám sát, tham gia góp ý xây dựng Đảng, xây dựng chính quyền, kịp thời phản ánh tâm tư, nguyện vọng của nhân dân với cấp ủy.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 25 tập thể và 38 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2011.
Hồng Nhung
Lượt xem: 1.204
Tin liên quan
- Quế Phong: ra quân xây nhà Đại đoàn kết cho 40 hộ nghèo (15/12/2011)
- Hội nghị giám sát việc thực hiện chính sách người có công (02/12/2011)
- Mặt trận huyện Nghi Lộc tổng kết Ngày hội Đại đoàn kết (24/11/2011)
- Tặng 200 suất quà cho học sinh nghèo vùng cao (10/11/2011)
""", "2011-12-29", "Nghệ An: Mặt trận các cấp tăng cường giám sát, gửi 214 kiến nghị đến cơ quan chức năng",
E("tong_ket", "2011", "2011-12-27"),
[P("Lô Thị Kim Ngân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Thắm", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vi Văn Sơn", "Chủ tịch Ủy ban MTTQ huyện Quế Phong"),
 P("Nguyễn Thị Hằng", "Trưởng Ban Thanh tra nhân dân xã Nghi Phong"),
 P("Lang Văn Chương", "Bí thư Đảng ủy xã Châu Hạnh"),
 P("Trần Quốc Khánh", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("214 kiến nghị", 214, "kiến nghị"), Q("186 đại biểu", 186, "đại biểu"), Q("1.126 cuộc giám sát", 1126, "cuộc giám sát"),
 Q("9 cuộc", 9, "cuộc"), Q("167 kiến nghị", 167, "kiến nghị"), Q("3 hội nghị", 3, "hội nghị"),
 Q("58 vụ việc sai phạm", 58, "vụ việc sai phạm"), Q("gần 1,3 tỷ đồng", 1300000000, "đồng", "approx"),
 Q("82,5%", 82.5, "%"), Q("trên 32,6 tỷ đồng", 32600000000, "đồng", "over"),
 Q("1.450 nhà Đại đoàn kết", 1450, "nhà Đại đoàn kết"), Q("25 tập thể", 25, "tập thể"), Q("38 cá nhân", 38, "cá nhân")],
[D("Quyết định", "167", "2008/QĐ-TTg", "2008-12-12", "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008")],
[prov("Nghệ An"), com("Nghi Phong"), com("Châu Hạnh")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN", "Trang chủ » Hoạt động Mặt trận » Tin tức", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo", "Lượt xem: 1.204"],
["Thứ Năm, 29/12/2011 - 16:20", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b1734-laocai-mttq-giamsat-2012", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Lào Cai
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Giám sát - Phản biện | Văn bản
08:15 | 17/08/2012
Giám sát việc hỗ trợ đất sản xuất, nước sinh hoạt tại Bát Xát
Thực hiện chương trình giám sát năm 2012, từ ngày 13 đến 15/8/2012, đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do bà Vàng Thị Mỷ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quyết định số 1592/QĐ-TTg ngày 12/10/2009 của Thủ tướng Chính phủ về hỗ trợ đất sản xuất, đất ở, nhà ở và nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo tại huyện Bát Xát.
Đoàn giám sát làm việc với UBND huyện Bát Xát. Ảnh: Minh Thu
Cuộc giám sát được tiến hành theo Kế hoạch số 19/KH-MTTQ-BTT ngày 2/8/2012 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Đoàn đã làm việc với UBND huyện và trực tiếp kiểm tra tại 4 xã Y Tý, A Lù, Trịnh Tường, Bản Xèo; gặp gỡ, trao đổi với 65 hộ dân được thụ hưởng chính sách.
Theo báo cáo của đồng chí Đặng Văn Lục, HUV, Phó Chủ tịch UBND huyện Bát Xát, từ năm 2010 đến nay huyện đã hỗ trợ đất sản xuất cho 312 hộ với tổng diện tích 86,5 ha; hỗ trợ nước sinh hoạt phân tán cho 1.240 hộ với kinh phí trên 1,8 tỷ đồng; xây dựng 9 công trình cấp nước tập trung. Tuy vậy, vẫn còn 46 hộ chưa được cấp đất do quỹ đất của địa phương hạn hẹp, một số công trình nước xuống cấp sau hai mùa mưa.
Tại buổi làm việc ở xã Y Tý, ông Sùng A Páo, Chủ tịch Ủy ban MTTQ xã Y Tý, phản ánh nhiều hộ người Mông, Hà Nhì mong muốn được hỗ trợ chuyển đổi sang trồng cây dược liệu thay vì nhận tiền mặt. Ông Ly Xe Chừ, Trưởng thôn Choản Thèn, đề nghị sớm sửa chữa bể nước của thôn. Bà Tẩn Mùi Xuân, Chủ tịch Hội Liên hiệp Phụ nữ xã A Lù cho biết chị em đã tham gia giám sát việc bình xét hộ được thụ hưởng ngay từ thôn.
Kết thúc đợt giám sát, bà Vàng Thị Mỷ đánh giá huyện Bát Xát đã triển khai chính sách đúng đối tượng, công khai, dân chủ. Đoàn giám sát đưa ra 7 kiến nghị với UBND huyện, tập trung vào việc rà soát quỹ đất, bảo trì công trình nước sinh hoạt, và 3 kiến nghị với UBND tỉnh về bố trí thêm vốn cho các xã biên giới.
Bà Hoàng Thị Hợp, Chủ tịch Ủy ban MTTQ huyện Bát Xát cho biết, Mặt trận huyện sẽ phối hợp với Ban Thanh tra nhân dân các xã theo dõi việc tiếp thu, giải quyết kiến nghị sau giám sát và báo cáo kết quả về Ban Thường trực Ủy ban MTTQ tỉnh trước ngày 30/11/2012.
Minh Thu
Số lượt truy cập: 245.310
Các tin đã đưa
- Mặt trận huyện Sa Pa giám sát việc thực hiện chính sách người có uy tín (09/08/2012)
- Hội nghị góp ý dự thảo đề án xây dựng nông thôn mới (27/07/2012)
- Tập huấn công tác giám sát cho cán bộ Mặt trận cơ sở (12/07/2012)
""", "2012-08-17", "Giám sát việc hỗ trợ đất sản xuất, nước sinh hoạt tại Bát Xát",
E("giam_sat", "2012", "2012-08-13"),
[P("Vàng Thị Mỷ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Văn Lục", "HUV", "Phó Chủ tịch UBND huyện Bát Xát"),
 P("Sùng A Páo", "Chủ tịch Ủy ban MTTQ xã Y Tý"),
 P("Ly Xe Chừ", "Trưởng thôn Choản Thèn"),
 P("Tẩn Mùi Xuân", "Chủ tịch Hội Liên hiệp Phụ nữ xã A Lù"),
 P("Hoàng Thị Hợp", "Chủ tịch Ủy ban MTTQ huyện Bát Xát")],
[Q("4 xã", 4, "xã"), Q("65 hộ dân", 65, "hộ dân"), Q("312 hộ", 312, "hộ"), Q("86,5 ha", 86.5, "ha"),
 Q("1.240 hộ", 1240, "hộ"), Q("trên 1,8 tỷ đồng", 1800000000, "đồng", "over"),
 Q("9 công trình cấp nước tập trung", 9, "công trình cấp nước tập trung"), Q("46 hộ", 46, "hộ"),
 Q("7 kiến nghị", 7, "kiến nghị"), Q("3 kiến nghị", 3, "kiến nghị")],
[D("Quyết định", "1592", "QĐ-TTg", "2009-10-12", "Thủ tướng Chính phủ", "Quyết định số 1592/QĐ-TTg ngày 12/10/2009"),
 D("Kế hoạch", "19", "KH-MTTQ-BTT", "2012-08-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 19/KH-MTTQ-BTT ngày 2/8/2012")],
[prov("Lào Cai"), com("Y Tý"), com("A Lù"), com("Trịnh Tường"), com("Bản Xèo")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Lào Cai", "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Giám sát - Phản biện | Văn bản",
 "Đoàn giám sát làm việc với UBND huyện Bát Xát. Ảnh: Minh Thu", "Số lượt truy cập: 245.310"],
["08:15 | 17/08/2012", "năm 2012", "từ năm 2010", "hai mùa mưa", "ngày 30/11/2012", "Số lượt truy cập: 245.310"]))

PAGES.append(page("b1735-quangnam-mttq-gopy-2013", """
BÁO QUẢNG NAM ONLINE
Thời sự / Chính trị - Xã hội
17/05/2013 - 10:05
Góp ý dự thảo đề án giảm nghèo bền vững cho các huyện miền núi
(QNO) - Sáng 16/5, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị góp ý dự thảo Đề án giảm nghèo nhanh và bền vững tại 9 huyện miền núi giai đoạn 2013 - 2017. Đây là hội nghị góp ý đầu tiên trong chương trình năm 2013 của Mặt trận tỉnh. Bà Phan Thị Minh Tâm, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Các đại biểu góp ý tại hội nghị. Ảnh: H.LIÊN
Theo dự thảo do ông Lê Công Định, Phó Giám đốc Sở Lao động - Thương binh và Xã hội trình bày, tỷ lệ hộ nghèo ở các huyện miền núi hiện còn 38,6%, có huyện trên 60%. Đề án đề xuất 6 nhóm giải pháp, tổng kinh phí khoảng 2.150 tỷ đồng, ưu tiên hỗ trợ đất sản xuất, nước sinh hoạt, dạy nghề và tín dụng ưu đãi, lồng ghép với Nghị quyết 30a/2008/NQ-CP của Chính phủ và Nghị quyết số 80/NQ-CP ngày 19/5/2011 của Chính phủ về định hướng giảm nghèo bền vững.
Góp ý vào dự thảo, bà Zơrâm Thị Hiên, Chủ tịch Ủy ban MTTQ huyện Tây Giang cho rằng đề án cần tính đến đặc thù văn hóa của đồng bào Cơ Tu, tránh hỗ trợ cho không làm nảy sinh tâm lý trông chờ. Ông Alăng Văn Thơm, già làng, người có uy tín thôn Arớh, xã Ga Ri, đề nghị giao rừng cho cộng đồng thôn quản lý để bà con có thu nhập từ rừng. Ông Hồ Văn Lếch, Phó Chủ tịch UBND xã Trà Cang, phản ánh nhiều hộ đã thoát nghèo lại tái nghèo sau các đợt bão lũ.
Ông Trần Quang Vũ, Phó Chủ nhiệm Đoàn Luật sư tỉnh, đề nghị làm rõ trách nhiệm của từng sở, ngành và cơ chế giám sát của Mặt trận, các đoàn thể đối với nguồn vốn giảm nghèo. Nhiều ý kiến đề nghị bổ sung chỉ tiêu về số hộ được vay vốn, số lao động được đào tạo nghề.
Kết luận hội nghị, bà Phan Thị Minh Tâm cho biết Ban Thường trực sẽ tổng hợp 27 ý kiến góp ý gửi UBND tỉnh trước khi trình HĐND tỉnh tại kỳ họp giữa năm. Mặt trận các cấp sẽ tham gia giám sát việc triển khai đề án ngay từ khi được phê duyệt, theo tinh thần Công văn số 1120/UBND-KTN ngày 3/5/2013 của UBND tỉnh về lấy ý kiến các tổ chức trong hệ thống chính trị.
Hội nghị có sự tham dự của hơn 50 đại biểu là thành viên Ủy ban MTTQ tỉnh, đại diện các sở, ngành và chủ tịch Mặt trận các huyện miền núi.
Theo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Nam, thời gian tới Mặt trận sẽ duy trì việc tổ chức hội nghị lấy ý kiến đối với các dự thảo chính sách có tác động trực tiếp đến đời sống người dân vùng đồng bào dân tộc thiểu số, đồng thời mời đại diện người dân, già làng tham gia.
HOÀNG LIÊN
Tin cùng chuyên mục
- Nam Trà My: trao 120 con bò giống cho hộ nghèo (14/05/2013)
- Mặt trận tỉnh giám sát chính sách bảo hiểm y tế cho người nghèo (08/05/2013)
- Tây Giang tổ chức Ngày hội văn hóa Cơ Tu (29/04/2013)
""", "2013-05-17", "Góp ý dự thảo đề án giảm nghèo bền vững cho các huyện miền núi",
E("hoi_nghi", "2013", "2013-05-16"),
[P("Phan Thị Minh Tâm", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Công Định", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Zơrâm Thị Hiên", "Chủ tịch Ủy ban MTTQ huyện Tây Giang"),
 P("Alăng Văn Thơm", "già làng", "người có uy tín thôn Arớh"),
 P("Hồ Văn Lếch", "Phó Chủ tịch UBND xã Trà Cang"),
 P("Trần Quang Vũ", "Phó Chủ nhiệm Đoàn Luật sư tỉnh")],
[Q("9 huyện miền núi", 9, "huyện miền núi"), Q("38,6%", 38.6, "%"), Q("trên 60%", 60, "%", "over"),
 Q("6 nhóm giải pháp", 6, "nhóm giải pháp"), Q("khoảng 2.150 tỷ đồng", 2150000000000, "đồng", "approx"),
 Q("27 ý kiến góp ý", 27, "ý kiến góp ý"), Q("hơn 50 đại biểu", 50, "đại biểu", "over")],
[D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", "Nghị quyết 30a/2008/NQ-CP"),
 D("Nghị quyết", "80", "NQ-CP", "2011-05-19", "Chính phủ", "Nghị quyết số 80/NQ-CP ngày 19/5/2011"),
 D("Công văn", "1120", "UBND-KTN", "2013-05-03", "UBND tỉnh", "Công văn số 1120/UBND-KTN ngày 3/5/2013")],
[prov("Quảng Nam"), com("Ga Ri"), com("Trà Cang")],
["BÁO QUẢNG NAM ONLINE", "Thời sự / Chính trị - Xã hội", "(QNO)", "Các đại biểu góp ý tại hội nghị. Ảnh: H.LIÊN"],
["17/05/2013 - 10:05", "giai đoạn 2013 - 2017", "năm 2013"]))

PAGES.append(page("b1736-soctrang-mttq-soket-2014", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG
Bạn đang ở: Trang chủ » Tin tức » Hoạt động Mặt trận
Cập nhật: 09:42, 18/07/2014 (GMT+7)
Toàn cảnh hội nghị.
Mặt trận Sóc Trăng đẩy mạnh giám sát và phản biện xã hội
Ngày 16/7/2014, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2014. Đồng chí Lý Sà Quanh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Theo báo cáo, 6 tháng đầu năm Mặt trận tỉnh đã tham mưu Tỉnh ủy ban hành kế hoạch thực hiện Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành quy chế giám sát và phản biện xã hội của Mặt trận, các đoàn thể chính trị - xã hội và quy định về việc Mặt trận, các đoàn thể và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền. Ban Thường trực cũng ban hành Hướng dẫn số 07/HD-MTTQ-BTT ngày 10/3/2014 hướng dẫn Mặt trận cấp huyện, cấp xã xây dựng chương trình giám sát năm 2014.
Mặt trận các cấp đã tổ chức 148 cuộc giám sát, đưa ra 96 kiến nghị, chủ yếu về chính sách hỗ trợ đồng bào dân tộc Khmer, thu chi quỹ đóng góp và xây dựng nông thôn mới. Ban Thanh tra nhân dân 109 xã, phường, thị trấn tiếp nhận 64 đơn thư, phát hiện 23 vụ việc chưa đúng quy định. Mặt trận tỉnh lần đầu tổ chức hội nghị phản biện dự thảo Nghị quyết của HĐND tỉnh về mức thu học phí, có 19 ý kiến được cơ quan soạn thảo tiếp thu. Quỹ "Vì người nghèo" vận động được hơn 5,2 tỷ đồng, xây 312 căn nhà Đại đoàn kết.
Tại hội nghị, Thượng tọa Thạch Sô Nal, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, đề nghị Mặt trận tiếp tục lắng nghe ý kiến của sư sãi, đồng bào trong các chùa Khmer. Bà Sơn Thị Ngọc Hân, Chủ tịch Ủy ban MTTQ thị trấn Lịch Hội Thượng, chia sẻ cách lựa chọn nội dung giám sát sát với bức xúc của người dân. Ông Tăng Văn Hỷ, Trưởng Ban Thanh tra nhân dân xã Lâm Tân, nêu khó khăn khi giám sát công trình do cấp huyện làm chủ đầu tư.
Phát biểu kết luận, đồng chí Lý Sà Quanh yêu cầu 6 tháng cuối năm Mặt trận các cấp thực hiện nghiêm Quyết định 217, 218; mỗi huyện chọn ít nhất một nội dung để phản biện xã hội; theo dõi đến cùng việc giải quyết các kiến nghị sau giám sát. Đồng chí Danh Thị Mỹ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh quán triệt Kế hoạch số 34/KH-MTTQ-BTT về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2014.
Bảo Trân
Lượt xem: 632
Tin khác
- Mỹ Xuyên: trao 15 căn nhà Đại đoàn kết cho hộ nghèo Khmer (10/07/2014)
- Mặt trận tỉnh thăm, chúc mừng lễ Sene Dolta (02/07/2014)
- Hội nghị hiệp thương giới thiệu người ứng cử bổ sung (20/06/2014)
""", "2014-07-18", "Mặt trận Sóc Trăng đẩy mạnh giám sát và phản biện xã hội",
E("so_ket", "2014-H1", "2014-07-16"),
[P("Lý Sà Quanh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Nal", "Thượng tọa", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Thị Ngọc Hân", "Chủ tịch Ủy ban MTTQ thị trấn Lịch Hội Thượng"),
 P("Tăng Văn Hỷ", "Trưởng Ban Thanh tra nhân dân xã Lâm Tân"),
 P("Danh Thị Mỹ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("148 cuộc giám sát", 148, "cuộc giám sát"), Q("96 kiến nghị", 96, "kiến nghị"),
 Q("109 xã, phường, thị trấn", 109, "xã, phường, thị trấn"), Q("64 đơn thư", 64, "đơn thư"),
 Q("23 vụ việc", 23, "vụ việc"), Q("19 ý kiến", 19, "ý kiến"), Q("hơn 5,2 tỷ đồng", 5200000000, "đồng", "over"),
 Q("312 căn nhà Đại đoàn kết", 312, "căn nhà Đại đoàn kết")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Hướng dẫn", "07", "HD-MTTQ-BTT", "2014-03-10", "Ban Thường trực", "Hướng dẫn số 07/HD-MTTQ-BTT ngày 10/3/2014"),
 D("Kế hoạch", "34", "KH-MTTQ-BTT", None, None, "Kế hoạch số 34/KH-MTTQ-BTT")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Lâm Tân")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG", "Bạn đang ở: Trang chủ » Tin tức » Hoạt động Mặt trận", "Toàn cảnh hội nghị.",
 "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 632"],
["Cập nhật: 09:42, 18/07/2014 (GMT+7)", "6 tháng đầu năm", "6 tháng cuối năm 2014", "6 tháng cuối năm", "năm 2014", "Lượt xem: 632"]))

PAGES.append(page("b1737-hue-phuonghuongso-giamsat-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HƯƠNG SƠ - THÀNH PHỐ HUẾ - TỈNH THỪA THIÊN HUẾ
Trang chủ > Tin tức - Sự kiện > Mặt trận - Đoàn thể
Ngày đăng 06/10/2015 | 16:20
MTTQ phường giám sát việc thu, chi đầu năm học tại các trường
Thực hiện chương trình giám sát năm 2015, ngày 2/10/2015, Ban Thường trực Ủy ban MTTQ Việt Nam phường Hương Sơ phối hợp với Ban Thanh tra nhân dân phường tiến hành giám sát việc thu, chi các khoản đóng góp đầu năm học 2015 - 2016 tại 3 trường trên địa bàn. Bà Trương Thị Thu Hà, Chủ tịch Ủy ban MTTQ Việt Nam phường làm trưởng đoàn.
Đoàn giám sát làm việc tại Trường Mầm non Hương Sơ.
Cuộc giám sát thực hiện theo Kế hoạch số 12/KH-MTTQ ngày 25/9/2015 của Ban Thường trực Ủy ban MTTQ Việt Nam phường, căn cứ Quyết định 217-QĐ/TW của Bộ Chính trị và Thông tư số 29/2012/TT-BGDĐT ngày 10/9/2012 của Bộ Giáo dục và Đào tạo quy định về tài trợ cho các cơ sở giáo dục thuộc hệ thống giáo dục quốc dân. Thành phần đoàn có đại diện Hội Cựu chiến binh, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên phường và trưởng các ban công tác Mặt trận.
Qua kiểm tra hồ sơ, sổ sách, năm học này 3 trường có 1.084 học sinh, tổng số tiền các khoản thu là 458,6 triệu đồng. Các trường đã công khai mức thu tại bảng tin và họp phụ huynh từ đầu năm; tuy nhiên đoàn phát hiện 2 khoản thu chưa đúng quy định, gồm tiền mua sắm rèm cửa và tiền trang trí lớp học thu bình quân 150.000 đồng mỗi học sinh.
Bà Tôn Nữ Minh Nguyệt, Hiệu trưởng Trường Mầm non Hương Sơ tiếp thu ý kiến và cam kết hoàn trả khoản thu chưa đúng cho phụ huynh trong tháng 10. Ông Hồ Đắc Lộc, Trưởng Ban Thanh tra nhân dân phường đề nghị các trường lập sổ theo dõi riêng từng khoản tài trợ và công khai quyết toán vào cuối năm học.
Ông Lê Văn Tư, Trưởng Ban công tác Mặt trận tổ dân phố 7, phản ánh một số phụ huynh e ngại không dám ý kiến vì sợ ảnh hưởng đến con em. Đoàn giám sát đề nghị các trường lập hòm thư góp ý và thông báo số điện thoại đường dây nóng của Ban Thanh tra nhân dân.
Kết thúc buổi giám sát, bà Trương Thị Thu Hà thông qua dự thảo báo cáo với 5 kiến nghị gửi Ban Giám hiệu các trường và UBND phường, đề nghị báo cáo kết quả tiếp thu trước ngày 30/10/2015. Đây là cuộc giám sát thứ 3 của Mặt trận phường trong năm nay; trước đó Mặt trận đã giám sát việc cấp phép xây dựng và việc thu gom rác thải ở khu dân cư.
Thanh Bình - Văn phòng Đảng ủy phường
Bản quyền thuộc UBND phường Hương Sơ, thành phố Huế, Thừa Thiên Huế. Địa chỉ: 12 Nguyễn Phúc Nguyên.
Lượt truy cập: 58.413
Bài viết liên quan
- Phường Hương Sơ ra mắt mô hình "Khu dân cư không rác" (28/09/2015)
- Hội nghị lấy ý kiến nhân dân về dự thảo quy hoạch chỉnh trang đô thị (15/09/2015)
- Trao 10 suất học bổng cho học sinh nghèo vượt khó (03/09/2015)
""", "2015-10-06", "MTTQ phường giám sát việc thu, chi đầu năm học tại các trường",
E("giam_sat", "2015", "2015-10-02"),
[P("Trương Thị Thu Hà", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Tôn Nữ Minh Nguyệt", "Hiệu trưởng Trường Mầm non Hương Sơ"),
 P("Hồ Đắc Lộc", "Trưởng Ban Thanh tra nhân dân phường"),
 P("Lê Văn Tư", "Trưởng Ban công tác Mặt trận tổ dân phố 7")],
[Q("3 trường", 3, "trường"), Q("1.084 học sinh", 1084, "học sinh"), Q("458,6 triệu đồng", 458600000, "đồng"),
 Q("2 khoản thu", 2, "khoản thu"), Q("150.000 đồng", 150000, "đồng"), Q("5 kiến nghị", 5, "kiến nghị")],
[D("Kế hoạch", "12", "KH-MTTQ", "2015-09-25", "Ban Thường trực Ủy ban MTTQ Việt Nam phường", "Kế hoạch số 12/KH-MTTQ ngày 25/9/2015"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Thông tư", "29", "2012/TT-BGDĐT", "2012-09-10", "Bộ Giáo dục và Đào tạo", "Thông tư số 29/2012/TT-BGDĐT ngày 10/9/2012")],
[prov("Thừa Thiên Huế"), com("Hương Sơ")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HƯƠNG SƠ - THÀNH PHỐ HUẾ - TỈNH THỪA THIÊN HUẾ", "Trang chủ > Tin tức - Sự kiện > Mặt trận - Đoàn thể",
 "Đoàn giám sát làm việc tại Trường Mầm non Hương Sơ.", "Lượt truy cập: 58.413"],
["Ngày đăng 06/10/2015 | 16:20", "năm 2015", "năm học 2015 - 2016", "tháng 10", "cuộc giám sát thứ 3", "Lượt truy cập: 58.413"]))

PAGES.append(page("b1738-gialai-mttq-giaoban-2016", """
Hôm nay: Thứ Ba, 04/10/2016
BÁO GIA LAI ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
Thứ Hai, 03/10/2016
Mặt trận Gia Lai: Giám sát tập trung vào những vấn đề dân quan tâm
(GLO) - Chiều 30/9, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị giao ban công tác Mặt trận quý III năm 2016. Chủ trì hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Siu Thị H'Nhi, Nguyễn Đình Hòa. Tham dự có Chủ tịch Ủy ban MTTQ 17 huyện, thị xã, thành phố.
Đồng chí Siu Thị H'Nhi phát biểu tại hội nghị. Ảnh: Đ.T
Theo báo cáo, trong quý III, Mặt trận các cấp đã tổ chức 62 cuộc giám sát, chủ yếu về việc thực hiện chính sách hỗ trợ đồng bào dân tộc thiểu số, cấp giấy chứng nhận quyền sử dụng đất và quản lý, sử dụng đất rừng. Mặt trận tỉnh tham gia góp ý 14 dự thảo văn bản của HĐND, UBND tỉnh; tiếp nhận 31 đơn thư của công dân, đã chuyển cơ quan có thẩm quyền giải quyết 27 đơn. Mặt trận các cấp phối hợp triển khai Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị đến hơn 3.200 trưởng ban công tác Mặt trận, người có uy tín trong đồng bào.
Quỹ "Vì người nghèo" các cấp tiếp nhận trên 2,1 tỷ đồng, hỗ trợ xây 85 căn nhà Đại đoàn kết, mỗi căn 40 triệu đồng. Ban Thường trực Ủy ban MTTQ tỉnh và Sở Tài nguyên và Môi trường ký Chương trình phối hợp số 03/CTPH-MTTQ-STNMT về giám sát việc cấp giấy chứng nhận quyền sử dụng đất cho hộ đồng bào dân tộc thiểu số.
Tại hội nghị, bà Ksor H'Ngiêm, Chủ tịch Ủy ban MTTQ huyện Đức Cơ, cho biết qua giám sát tại xã Ia Dom, Mặt trận phát hiện 43 hộ đồng bào Jrai chưa được cấp giấy chứng nhận do vướng ranh giới với công ty cao su. Ông Đinh Văn Dul, Chủ tịch Ủy ban MTTQ huyện Kbang, phản ánh tình trạng mua bán đất trái phép ở vùng giáp ranh. Ông Rơ Lan Kly, người có uy tín làng Ia Nan, xã Ia Nan, đề nghị Mặt trận tiếp tục tổ chức các buổi đối thoại tại làng.
Phát biểu kết luận, đồng chí Nguyễn Đình Hòa đề nghị quý IV Mặt trận các cấp theo dõi việc giải quyết kiến nghị sau giám sát, chuẩn bị tốt Ngày hội Đại đoàn kết toàn dân tộc ở 2.180 khu dân cư và tổng kết công tác Mặt trận năm 2016. Đồng chí cũng lưu ý các huyện biên giới chủ động nắm tình hình, vận động đồng bào không nghe theo kẻ xấu xúi giục vượt biên trái phép, không tin theo tà đạo; mỗi cuộc giám sát phải chọn đúng vấn đề bức xúc, có kết luận rõ ràng và theo dõi đến cùng.
ĐINH THUẬN
Bài viết liên quan
- Đức Cơ: Mặt trận giám sát cấp giấy chứng nhận quyền sử dụng đất (22/09/2016)
- Chư Sê trao 10 căn nhà Đại đoàn kết (14/09/2016)
- Tập huấn nghiệp vụ cho cán bộ Mặt trận cơ sở (05/09/2016)
- Ia Grai: vận động đồng bào hiến đất làm đường liên làng (29/08/2016)
- Gặp mặt người có uy tín tiêu biểu năm 2016 (18/08/2016)
""", "2016-10-03", "Mặt trận Gia Lai: Giám sát tập trung vào những vấn đề dân quan tâm",
E("giao_ban", "2016-Q3", "2016-09-30"),
[P("Siu Thị H'Nhi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đình Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor H'Ngiêm", "Chủ tịch Ủy ban MTTQ huyện Đức Cơ"),
 P("Đinh Văn Dul", "Chủ tịch Ủy ban MTTQ huyện Kbang"),
 P("Rơ Lan Kly", "người có uy tín làng Ia Nan")],
[Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"), Q("62 cuộc giám sát", 62, "cuộc giám sát"),
 Q("14 dự thảo văn bản", 14, "dự thảo văn bản"), Q("31 đơn thư", 31, "đơn thư"), Q("27 đơn", 27, "đơn"),
 Q("hơn 3.200 trưởng ban công tác Mặt trận, người có uy tín", 3200, "trưởng ban công tác Mặt trận, người có uy tín", "over"),
 Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("85 căn nhà Đại đoàn kết", 85, "căn nhà Đại đoàn kết"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("43 hộ", 43, "hộ"), Q("2.180 khu dân cư", 2180, "khu dân cư")],
[D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị 05-CT/TW ngày 15/5/2016"),
 D("Chương trình phối hợp", "03", "CTPH-MTTQ-STNMT", None, None, "Chương trình phối hợp số 03/CTPH-MTTQ-STNMT")],
[prov("Gia Lai"), com("Ia Dom"), com("Ia Nan")],
["Hôm nay: Thứ Ba, 04/10/2016", "BÁO GIA LAI ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "(GLO)",
 "Đồng chí Siu Thị H'Nhi phát biểu tại hội nghị. Ảnh: Đ.T", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc"],
["Thứ Hai, 03/10/2016", "Hôm nay: Thứ Ba, 04/10/2016", "quý III năm 2016", "quý IV", "năm 2016"]))
