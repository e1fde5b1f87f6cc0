from lib import *
PAGES = []

PAGES.append(page("b1445-nghean-quynhluu-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲNH LƯU - TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng
Thứ Tư, 28/12/2011 - 09:30
Đồng chí Hồ Sỹ Lương phát biểu chỉ đạo hội nghị. Ảnh: Ngọc Anh
Ban Dân vận Huyện ủy Quỳnh Lưu tổng kết công tác dân vận năm 2011
Chiều 27/12, Ban Dân vận Huyện ủy Quỳnh Lưu tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Trần Đình Hợi, Phó Trưởng Ban Dân vận Tỉnh ủy Nghệ An; đồng chí Hồ Sỹ Lương, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện cùng 86 đại biểu là trưởng khối dân vận, chủ tịch Ủy ban MTTQ các xã, thị trấn.
Theo báo cáo do đồng chí Nguyễn Thị Thanh Hà, HUV, Trưởng Ban Dân vận Huyện ủy trình bày, trong năm Ban đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 27-KH/HU ngày 18/4/2011 về thực hiện Quy chế dân chủ ở cơ sở giai đoạn 2011 - 2015; hướng dẫn các tổ chức cơ sở đảng sơ kết 2 năm thực hiện Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị. Ban Dân vận Huyện ủy cũng ban hành Hướng dẫn số 03-HD/BDVHU về kiện toàn và nâng cao chất lượng hoạt động của 1.126 tổ dân vận ở thôn, xóm, khối phố.
Công tác nắm tình hình nhân dân được duy trì thường xuyên. Các cơ quan dân vận và Mặt trận đã tiếp nhận 94 đơn thư, phối hợp giải quyết 87 đơn, đạt 92,6%; không để xảy ra điểm nóng. Phong trào thi đua "Dân vận khéo" được triển khai sâu rộng với 52 mô hình được công nhận. Thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" gắn với xây dựng nông thôn mới, nhân dân trong huyện đã hiến trên 12.400 m2 đất, đóng góp hơn 21,5 tỷ đồng và hàng nghìn ngày công để làm 37,6 km đường giao thông nông thôn, xây dựng 18 nhà văn hóa xóm.
Tại hội nghị, các đại biểu tập trung thảo luận những cách làm hay trong vận động ngư dân vùng bãi ngang. Đồng chí Hồ Văn Nam, Bí thư Đảng ủy xã Quỳnh Thạch, cho biết nhờ phát huy vai trò của người có uy tín trong dòng họ, xã đã vận động 46 hộ tháo dỡ công trình lấn chiếm hành lang đê mà không phải cưỡng chế. Bà Phan Thị Tuyết, Chủ tịch Hội LHPN thị trấn Cầu Giát, chia sẻ kinh nghiệm duy trì mô hình "Tổ phụ nữ tự quản đường làng".
Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: hoạt động của một số tổ dân vận còn hình thức; công tác dân vận chính quyền ở một vài xã chưa được quan tâm; việc giải quyết đơn thư liên quan đến đất đai ở xã Quỳnh Dị còn kéo dài.
Phát biểu chỉ đạo, đồng chí Hồ Sỹ Lương đề nghị năm 2012 khối dân vận tiếp tục quán triệt Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể; nắm chắc tư tưởng nhân dân ở những địa bàn có dự án, vùng giáo; đẩy mạnh phong trào "Dân vận khéo" trên các lĩnh vực.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 15 tập thể và 24 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2011.
Ngọc Anh - Văn phòng Huyện ủy
Số lượt xem: 1.204
Tin liên quan
- Quỳnh Lưu: hội nghị báo cáo viên tháng 12/2011 (20/12/2011)
- Xã Quỳnh Thạch ra mắt mô hình "Dòng họ tự quản" (09/12/2011)
- Hội Nông dân huyện tổng kết công tác hội năm 2011 (05/12/2011)
- Tập huấn nghiệp vụ cho 120 cán bộ dân vận cơ sở (18/11/2011)
""", "2011-12-28", "Ban Dân vận Huyện ủy Quỳnh Lưu tổng kết công tác dân vận năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Trần Đình Hợi", "Phó Trưởng Ban Dân vận Tỉnh ủy Nghệ An"),
 P("Hồ Sỹ Lương", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Nguyễn Thị Thanh Hà", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hồ Văn Nam", "Bí thư Đảng ủy xã Quỳnh Thạch"),
 P("Phan Thị Tuyết", "Chủ tịch Hội LHPN thị trấn Cầu Giát")],
[Q("86 đại biểu", 86, "đại biểu"), Q("1.126 tổ dân vận", 1126, "tổ dân vận"), Q("94 đơn thư", 94, "đơn thư"),
 Q("87 đơn", 87, "đơn"), Q("92,6%", 92.6, "%"), Q("52 mô hình", 52, "mô hình"),
 Q("trên 12.400 m2", 12400, "m2", "over"), Q("hơn 21,5 tỷ đồng", 21500000000, "đồng", "over"),
 Q("37,6 km", 37.6, "km"), Q("18 nhà văn hóa xóm", 18, "nhà văn hóa xóm"), Q("46 hộ", 46, "hộ"),
 Q("15 tập thể", 15, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Kế hoạch", "27", "KH/HU", "2011-04-18", "Ban Thường vụ Huyện ủy", "Kế hoạch số 27-KH/HU ngày 18/4/2011"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Hướng dẫn", "03", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn số 03-HD/BDVHU"),
 D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 8/12/2009")],
[prov("Nghệ An"), com("Quỳnh Thạch"), com("Cầu Giát"), com("Quỳnh Dị")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲNH LƯU - TỈNH NGHỆ AN", "Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng",
 "Đồng chí Hồ Sỹ Lương phát biểu chỉ đạo hội nghị. Ảnh: Ngọc Anh", "Dân vận khéo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Tổ phụ nữ tự quản đường làng", "Số lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 09:30", "năm 2011", "năm 2012", "giai đoạn 2011 - 2015", "2 năm", "Số lượt xem: 1.204"]))

PAGES.append(page("b1446-laocai-bdv-giaoban-quy3-2012", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ / Hoạt động dân vận / Tin trong tỉnh
05/10/2012 - 15:40
Lào Cai: Khối dân vận tập trung vận động đồng bào ra khỏi vùng sạt lở
Ngày 4/10, Ban Dân vận Tỉnh ủy Lào Cai tổ chức giao ban công tác dân vận quý III/2012, triển khai nhiệm vụ quý IV. Đồng chí Lù Văn Nhè, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Vàng Seo Phử, Lý Thị Mai và lãnh đạo Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh.
Quang cảnh buổi giao ban. Ảnh: Minh Hải
Báo cáo tại buổi giao ban nêu rõ, trong quý III, mưa lũ lớn đã gây sạt lở nghiêm trọng ở nhiều huyện vùng cao. Thực hiện Kế hoạch số 32-KH/BDVTU của Ban Dân vận Tỉnh ủy, khối dân vận các cấp đã phối hợp với chính quyền vận động 312 hộ đồng bào Mông ở 9 xã vùng cao di chuyển đến nơi ở an toàn; mỗi hộ được hỗ trợ 7 triệu đồng để làm nhà. Nhân dân các thôn, bản đã hiến 4,2 ha đất để bố trí tái định cư tập trung.
Công tác tuyên truyền, vận động đồng bào thực hiện Nghị quyết số 10-NQ/TU ngày 5/5/2011 của Ban Chấp hành Đảng bộ tỉnh về sắp xếp dân cư và Quyết định số 33/2007/QĐ-TTg của Thủ tướng Chính phủ về định canh, định cư được đẩy mạnh. Các đoàn thể đã tổ chức 146 buổi tuyên truyền với trên 11.000 lượt người nghe; Hội Nông dân tỉnh ứng trước 1.850 tấn phân bón cho hội viên khôi phục sản xuất sau lũ.
Tại buổi giao ban, bà Tẩn Thị Xuân, Phó Chủ tịch Ủy ban MTTQ tỉnh, thông tin Quỹ "Vì người nghèo" các cấp đã tiếp nhận gần 2,8 tỷ đồng ủng hộ đồng bào vùng lũ. Ông Sần Chín Lìn, HUV, Trưởng Ban Dân vận Huyện ủy Si Ma Cai, phản ánh tình trạng một số hộ ở xã Bản Mế đã chuyển đến nơi ở mới nhưng vẫn quay về nơi cũ canh tác, cần có chính sách giao đất sản xuất gần khu tái định cư. Đại diện Huyện ủy Mường Khương đề nghị tăng cường lực lượng cán bộ tăng cường xuống xã Nậm Chảy, nơi có 5 thôn nằm trong vùng nguy cơ sạt lở cao.
Đánh giá chung, đồng chí Vàng Seo Phử cho rằng tình hình tư tưởng của cán bộ, đảng viên và đồng bào các dân tộc cơ bản ổn định; tuy nhiên vẫn còn hiện tượng tuyên truyền, lôi kéo đồng bào theo "Vàng Chứ" ở một số thôn giáp biên.
Kết luận giao ban, đồng chí Lù Văn Nhè yêu cầu trong quý IV, khối dân vận tập trung nắm tình hình nhân dân ở các điểm tái định cư, kịp thời giải quyết những vướng mắc; chuẩn bị tốt hội nghị tổng kết công tác dân vận năm 2012; chỉ đạo các huyện rà soát, hoàn thiện hồ sơ đề nghị khen thưởng mô hình "Dân vận khéo". Đồng chí Lý Thị Mai được phân công theo dõi việc hỗ trợ đồng bào ổn định đời sống ở các huyện Bắc Hà, Si Ma Cai.
Hồng Nhung
Lượt xem: 689
Tin khác
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Bát Xát (21/09/2012)
- Tăng cường vận động đồng bào không di cư tự do (12/09/2012)
- Mặt trận tỉnh tiếp nhận ủng hộ đồng bào vùng lũ (30/08/2012)
- Tập huấn công tác dân vận cho cán bộ cơ sở huyện Văn Bàn (16/08/2012)
""", "2012-10-05", "Lào Cai: Khối dân vận tập trung vận động đồng bào ra khỏi vùng sạt lở",
E("giao_ban", "2012-Q3", "2012-10-04"),
[P("Lù Văn Nhè", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng Seo Phử", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Thị Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tẩn Thị Xuân", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Sần Chín Lìn", "HUV", "Trưởng Ban Dân vận Huyện ủy Si Ma Cai")],
[Q("312 hộ đồng bào Mông", 312, "hộ đồng bào Mông"), Q("9 xã vùng cao", 9, "xã vùng cao"),
 Q("7 triệu đồng", 7000000, "đồng"), Q("4,2 ha", 4.2, "ha"), Q("146 buổi tuyên truyền", 146, "buổi tuyên truyền"),
 Q("trên 11.000 lượt người nghe", 11000, "lượt người nghe", "over"), Q("1.850 tấn", 1850, "tấn"),
 Q("gần 2,8 tỷ đồng", 2800000000, "đồng", "approx"), Q("5 thôn", 5, "thôn")],
[D("Kế hoạch", "32", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 32-KH/BDVTU"),
 D("Nghị quyết", "10", "NQ/TU", "2011-05-05", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 10-NQ/TU ngày 5/5/2011"),
 D("Quyết định", "33", "2007/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 33/2007/QĐ-TTg")],
[prov("Lào Cai"), com("Bản Mế"), com("Nậm Chảy")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ / Hoạt động dân vận / Tin trong tỉnh", "Quang cảnh buổi giao ban. Ảnh: Minh Hải",
 "Vì người nghèo", "Vàng Chứ", "Dân vận khéo", "Lượt xem: 689"],
["05/10/2012 - 15:40", "quý III/2012", "quý IV", "năm 2012", "Lượt xem: 689"]))

PAGES.append(page("b1447-thanhhoa-thuongxuan-soket-2013", """
THƯỜNG XUÂN - CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THƯỜNG XUÂN, TỈNH THANH HÓA
Vị trí: Trang chủ :: Tin tức :: Công tác Đảng
08:20 | 12/07/2013
Thường Xuân: Sơ kết công tác dân vận 6 tháng đầu năm 2013
Sáng 10/7, Ban Dân vận Huyện ủy Thường Xuân (tỉnh Thanh Hóa) tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2013. Đồng chí Cầm Bá Tường, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện dự và chỉ đạo hội nghị.
Đồng chí Lê Văn Hòa, HUV, Trưởng Ban Dân vận Huyện ủy trình bày báo cáo sơ kết.
6 tháng đầu năm, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy tổ chức quán triệt Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới đến 100% chi, đảng bộ cơ sở; tham mưu sơ kết Chỉ thị 11, 12-CT/HU của Ban Thường vụ Huyện ủy về vận động nhân dân xây dựng nông thôn mới và về bảo vệ rừng đầu nguồn sông Chu.
Khối dân vận đã phối hợp tổ chức 28 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân, thu hút khoảng 2.600 lượt người tham gia; giải quyết 21/24 vụ việc phát sinh ở cơ sở. Người dân tham gia hiến 6.800 m2 đất, đóng góp 1,35 tỷ đồng cùng hơn 9.000 ngày công làm đường bê tông nội bản. Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa đạt 82,4%.
Nhiều mô hình dân vận khéo được nhân rộng như mô hình "Bản không có người nghiện ma túy" ở bản Vịn, xã Yên Nhân; mô hình nuôi bò sinh sản của Hội Phụ nữ xã Vạn Xuân giúp 37 hội viên thoát nghèo. Tại hội nghị, bà Lò Thị Nghiên, Bí thư Đảng ủy, Chủ tịch HĐND xã Bát Mọt, nêu kinh nghiệm vận động đồng bào Thái, Mường không chặt phá rừng phòng hộ; ông Vi Văn Lịch, trưởng bản Vịn, chia sẻ cách phát huy hương ước, quy ước trong xây dựng bản văn hóa.
Hội nghị chỉ ra hạn chế: công tác dân vận chính quyền ở một số xã chưa được chú trọng, tình trạng đơn thư vượt cấp liên quan dự án thủy điện vẫn còn. Một số tổ dân vận thôn, bản chưa sinh hoạt định kỳ.
Phát biểu chỉ đạo, đồng chí Cầm Bá Tường đề nghị các cấp, các ngành bám sát Kế hoạch số 19-KH/HU ngày 25/6/2013 của Ban Thường vụ Huyện ủy về thực hiện Nghị quyết 25; chú trọng công tác tiếp dân và đối thoại; gắn công tác dân vận với giảm nghèo bền vững ở 11 xã đặc biệt khó khăn. Đồng chí Lê Văn Hòa tiếp thu ý kiến và cho biết Ban sẽ tham mưu tổ chức hội thi "Dân vận khéo" cấp huyện vào quý III.
Hà Phương (Trung tâm VH-TT huyện)
Đã xem: 542
Bài viết liên quan
- Xã Vạn Xuân ra mắt tổ tự quản bảo vệ rừng (02/07/2013)
- Hội nghị quán triệt Nghị quyết Trung ương 7 khóa XI (26/06/2013)
- Thường Xuân tổng kết 10 năm thực hiện Chỉ thị 30 của Bộ Chính trị (11/06/2013)
""", "2013-07-12", "Thường Xuân: Sơ kết công tác dân vận 6 tháng đầu năm 2013",
E("so_ket", "2013-H1", "2013-07-10"),
[P("Cầm Bá Tường", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Lê Văn Hòa", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lò Thị Nghiên", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Bát Mọt"),
 P("Vi Văn Lịch", "trưởng bản Vịn")],
[Q("100%", 100, "%"), Q("28 cuộc đối thoại", 28, "cuộc đối thoại"),
 Q("khoảng 2.600 lượt người", 2600, "lượt người", "approx"), Q("21/24 vụ việc", 21, "vụ việc"),
 Q("6.800 m2", 6800, "m2"), Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("hơn 9.000 ngày công", 9000, "ngày công", "over"),
 Q("82,4%", 82.4, "%"), Q("37 hội viên", 37, "hội viên"), Q("11 xã đặc biệt khó khăn", 11, "xã đặc biệt khó khăn")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Chỉ thị", "11", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 11, 12-CT/HU"),
 D("Chỉ thị", "12", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 11, 12-CT/HU"),
 D("Kế hoạch", "19", "KH/HU", "2013-06-25", "Ban Thường vụ Huyện ủy", "Kế hoạch số 19-KH/HU ngày 25/6/2013")],
[prov("Thanh Hóa"), com("Yên Nhân"), com("Vạn Xuân"), com("Bát Mọt")],
["THƯỜNG XUÂN - CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THƯỜNG XUÂN, TỈNH THANH HÓA", "Vị trí: Trang chủ :: Tin tức :: Công tác Đảng",
 "Đồng chí Lê Văn Hòa, HUV, Trưởng Ban Dân vận Huyện ủy trình bày báo cáo sơ kết.", "Bản không có người nghiện ma túy",
 "Dân vận khéo", "Nghị quyết 25", "Đã xem: 542"],
["08:20 | 12/07/2013", "6 tháng đầu năm", "6 tháng cuối năm 2013", "khóa XI", "Nghị quyết 25", "quý III", "Đã xem: 542"]))

PAGES.append(page("b1448-quangnam-bdv-giamsat-daloc-2014", """
Báo Quảng Nam Online
Thời sự > Chính trị > Dân vận
19/09/2014 10:15
Giám sát thực hiện dân chủ cơ sở tại Đại Lộc
(QNO) - Ngày 18/9, Đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Phan Thị Mỹ Hạnh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Huyện ủy Đại Lộc về việc thực hiện Quy chế dân chủ ở cơ sở gắn với công tác bồi thường, giải phóng mặt bằng. Đây là cuộc giám sát thứ hai theo chương trình giám sát năm 2014 của Ban Dân vận Tỉnh ủy.
Đoàn giám sát làm việc tại Huyện ủy Đại Lộc. Ảnh: V.T
Theo báo cáo của Huyện ủy Đại Lộc do đồng chí Trần Văn Cường, Phó Bí thư Thường trực Huyện ủy trình bày, thực hiện Pháp lệnh số 34/2007/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội về thực hiện dân chủ ở xã, phường, thị trấn và Chỉ thị số 30-CT/TW ngày 18/2/1998 của Bộ Chính trị, 18/18 xã, thị trấn trong huyện đã xây dựng và triển khai quy chế dân chủ; 78% thôn, khối phố có hương ước, quy ước được phê duyệt.
Từ năm 2012 đến nay, trên địa bàn huyện triển khai 14 dự án phải thu hồi đất, với tổng kinh phí bồi thường gần 48 tỷ đồng. Huyện đã tổ chức 112 hội nghị đối thoại, công khai phương án bồi thường cho 318 hộ dân bị ảnh hưởng; đến nay 296 hộ đã nhận tiền và bàn giao mặt bằng. Việc niêm yết công khai thu, chi các khoản đóng góp của nhân dân được thực hiện ở tất cả các xã, thị trấn.
Tuy nhiên, qua kiểm tra thực tế tại xã Đại Hiệp và thị trấn Ái Nghĩa, đoàn nhận thấy một số nơi còn thiếu biên bản lấy ý kiến nhân dân; việc đối thoại với người dân ở khu công nghiệp Đại Hiệp đôi lúc chậm, để phát sinh 9 đơn khiếu nại gửi vượt cấp. Ban Thanh tra nhân dân ở xã Đại Quang hoạt động chưa thường xuyên.
Đồng chí Alăng Thị Mai, Phó Trưởng Ban Dân vận Tỉnh ủy, thành viên đoàn giám sát, đề nghị huyện rà soát lại toàn bộ hồ sơ lấy ý kiến nhân dân ở các dự án, nhất là dự án mở rộng Quốc lộ 14B.
Kết luận buổi làm việc, đồng chí Phan Thị Mỹ Hạnh ghi nhận Đại Lộc đã có nhiều cố gắng; đề nghị Huyện ủy chỉ đạo thực hiện nghiêm Kế hoạch số 45-KH/BDVTU ngày 10/3/2014 của Ban Dân vận Tỉnh ủy về giám sát việc thực hiện quy chế dân chủ; phát huy vai trò Mặt trận trong giám sát đầu tư của cộng đồng, kiên quyết không để hình thành điểm nóng. Trước đó, đoàn đã giám sát tại huyện Duy Xuyên. Theo kế hoạch, kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy vào cuối tháng 11.
VĂN TOÀN
Lượt xem: 1.617
Tin cùng chuyên mục
- Ban Dân vận Tỉnh ủy tập huấn công tác dân vận chính quyền (10/09/2014)
- Tây Giang: vận động đồng bào Cơ Tu bảo vệ rừng (29/08/2014)
- Gặp mặt người có uy tín tiêu biểu năm 2014 (15/08/2014)
""", "2014-09-19", "Giám sát thực hiện dân chủ cơ sở tại Đại Lộc",
E("giam_sat", "2014", "2014-09-18"),
[P("Phan Thị Mỹ Hạnh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Cường", "Phó Bí thư Thường trực Huyện ủy"),
 P("Alăng Thị Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy", "thành viên đoàn giám sát")],
[Q("18/18 xã, thị trấn", 18, "xã, thị trấn"), Q("78%", 78, "%"), Q("14 dự án", 14, "dự án"),
 Q("gần 48 tỷ đồng", 48000000000, "đồng", "approx"), Q("112 hội nghị đối thoại", 112, "hội nghị đối thoại"),
 Q("318 hộ dân", 318, "hộ dân"), Q("296 hộ", 296, "hộ"), Q("9 đơn khiếu nại", 9, "đơn khiếu nại")],
[D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, "Ủy ban Thường vụ Quốc hội", "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Chỉ thị", "30", "CT/TW", "1998-02-18", "Bộ Chính trị", "Chỉ thị số 30-CT/TW ngày 18/2/1998"),
 D("Kế hoạch", "45", "KH/BDVTU", "2014-03-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 45-KH/BDVTU ngày 10/3/2014")],
[prov("Quảng Nam"), com("Đại Hiệp"), com("Ái Nghĩa"), com("Đại Quang")],
["Báo Quảng Nam Online", "Thời sự > Chính trị > Dân vận", "(QNO)", "Đoàn giám sát làm việc tại Huyện ủy Đại Lộc. Ảnh: V.T",
 "Quốc lộ 14B", "Lượt xem: 1.617"],
["19/09/2014 10:15", "cuộc giám sát thứ hai", "tháng 11", "năm 2014", "Từ năm 2012", "Quốc lộ 14B", "Lượt xem: 1.617"]))

PAGES.append(page("b1449-longan-chibo-bdv-daihoi-2015", """
BAN DÂN VẬN TỈNH ỦY LONG AN
Trang chủ » Tin tức » Xây dựng Đảng
Thứ Sáu, 22/05/2015
Đại hội Chi bộ Ban Dân vận Tỉnh ủy nhiệm kỳ 2015 - 2020
Ngày 21/5/2015, Chi bộ Ban Dân vận Tỉnh ủy Long An tổ chức Đại hội lần thứ X, nhiệm kỳ 2015 - 2020. Đây là đại hội điểm của Đảng bộ Khối các cơ quan tỉnh. Dự đại hội có đồng chí Lê Thị Kim Phượng, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Đảng ủy Khối các cơ quan tỉnh và 24/24 đảng viên của Chi bộ.
Các đại biểu biểu quyết thông qua chương trình đại hội.
Báo cáo chính trị do đồng chí Trương Văn Bảy, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Bí thư Chi bộ trình bày cho thấy, nhiệm kỳ 2010 - 2015, Chi bộ đã lãnh đạo cơ quan hoàn thành tốt nhiệm vụ tham mưu Ban Thường vụ Tỉnh ủy về công tác dân vận. Cơ quan đã tham mưu ban hành 17 văn bản, trong đó có Chương trình hành động số 41-CTr/TU ngày 20/8/2013 của Tỉnh ủy thực hiện Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI) và Quy chế phối hợp số 09-QC/BDVTU-UBND giữa Ban Dân vận Tỉnh ủy với UBND tỉnh về công tác dân vận chính quyền giai đoạn 2014 - 2020.
Trong nhiệm kỳ, phong trào "Dân vận khéo" được nhân rộng với 1.354 mô hình ở các ấp, khu phố; nhân dân trong tỉnh đóng góp hơn 312 tỷ đồng, hiến trên 870.000 m2 đất để xây dựng nông thôn mới. Toàn tỉnh đã có 38 xã đạt chuẩn nông thôn mới. Hằng năm, 100% đảng viên của Chi bộ hoàn thành tốt nhiệm vụ trở lên, Chi bộ liên tục đạt danh hiệu trong sạch, vững mạnh; có 3 quần chúng ưu tú được kết nạp vào Đảng.
Đại hội đã thảo luận, góp ý vào dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh và dự thảo văn kiện Đại hội X Đảng bộ tỉnh. Đồng chí Huỳnh Minh Tâm, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị văn kiện cần nhấn mạnh hơn vai trò của dân vận chính quyền trong cải cách hành chính.
Phát biểu chỉ đạo, đồng chí Lê Thị Kim Phượng đề nghị Chi bộ quán triệt Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị về đại hội đảng bộ các cấp và Hướng dẫn số 12-HD/ĐUK của Đảng ủy Khối các cơ quan tỉnh, chú trọng xây dựng đội ngũ cán bộ dân vận "trọng dân, gần dân, hiểu dân, học dân, có trách nhiệm với dân".
Đại hội đã bầu Ban Chấp hành Chi bộ khóa mới gồm 5 đồng chí; bầu 3 đại biểu chính thức đi dự Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh. Tại phiên họp thứ nhất, đồng chí Trương Văn Bảy tái đắc cử Bí thư Chi bộ với 95,8% số phiếu; đồng chí Huỳnh Minh Tâm được bầu giữ chức Phó Bí thư Chi bộ.
Thanh Hương
Lượt truy cập: 3.088
Các tin đã đưa
- Tổng kết 5 năm phong trào "Dân vận khéo" giai đoạn 2010 - 2015 (08/05/2015)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Đức Hòa (24/04/2015)
- Tập huấn nghiệp vụ công tác dân vận năm 2015 (10/04/2015)
""", "2015-05-22", "Đại hội Chi bộ Ban Dân vận Tỉnh ủy nhiệm kỳ 2015 - 2020",
E("dai_hoi", None, "2015-05-21"),
[P("Lê Thị Kim Phượng", "Ủy viên Ban Thường vụ", "Trưởng Ban Tổ chức Đảng ủy Khối các cơ quan tỉnh"),
 P("Trương Văn Bảy", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Bí thư Chi bộ"),
 P("Huỳnh Minh Tâm", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Phó Bí thư Chi bộ")],
[Q("24/24 đảng viên", 24, "đảng viên"), Q("17 văn bản", 17, "văn bản"), Q("1.354 mô hình", 1354, "mô hình"),
 Q("hơn 312 tỷ đồng", 312000000000, "đồng", "over"), Q("trên 870.000 m2", 870000, "m2", "over"),
 Q("38 xã", 38, "xã"), Q("100%", 100, "%"), Q("3 quần chúng ưu tú", 3, "quần chúng ưu tú"),
 Q("5 đồng chí", 5, "đồng chí"), Q("3 đại biểu chính thức", 3, "đại biểu chính thức"), Q("95,8%", 95.8, "%")],
[D("Chương trình hành động", "41", "CTr/TU", "2013-08-20", "Tỉnh ủy", "Chương trình hành động số 41-CTr/TU ngày 20/8/2013"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương Đảng", "Nghị quyết 25-NQ/TW"),
 D("Quy chế phối hợp", "09", "QC/BDVTU-UBND", None, None, "Quy chế phối hợp số 09-QC/BDVTU-UBND"),
 D("Chỉ thị", "36", "CT/TW", "2014-05-30", "Bộ Chính trị", "Chỉ thị số 36-CT/TW ngày 30/5/2014"),
 D("Hướng dẫn", "12", "HD/ĐUK", None, "Đảng ủy Khối các cơ quan tỉnh", "Hướng dẫn số 12-HD/ĐUK")],
[prov("Long An")],
["BAN DÂN VẬN TỈNH ỦY LONG AN", "Trang chủ » Tin tức » Xây dựng Đảng", "Các đại biểu biểu quyết thông qua chương trình đại hội.",
 "Dân vận khéo", "trọng dân, gần dân, hiểu dân, học dân, có trách nhiệm với dân", "Lượt truy cập: 3.088"],
["nhiệm kỳ 2015 - 2020", "lần thứ X", "nhiệm kỳ 2010 - 2015", "giai đoạn 2014 - 2020", "khóa XI", "Đại hội X", "phiên họp thứ nhất", "Lượt truy cập: 3.088"]))

PAGES.append(page("b1450-hatinh-bdv-baocao-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY HÀ TĨNH
Trang chủ - Hoạt động - Tin Ban Dân vận
14-12-2016 16:45
Thường trực Tỉnh ủy nghe Ban Dân vận báo cáo kết quả công tác năm 2016
Chiều 13/12, Thường trực Tỉnh ủy Hà Tĩnh nghe Ban Dân vận Tỉnh ủy báo cáo kết quả thực hiện nhiệm vụ công tác dân vận năm 2016 và dự kiến chương trình công tác năm 2017. Đồng chí Đặng Quốc Hùng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì buổi làm việc.
Theo Báo cáo số 118-BC/BDVTU của Ban Dân vận Tỉnh ủy do đồng chí Nguyễn Thị Hoài Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy trình bày, năm 2016 là năm công tác dân vận của tỉnh chịu nhiều áp lực do ảnh hưởng của sự cố môi trường biển. Khối dân vận các cấp đã tổ chức 1.426 cuộc tiếp xúc, đối thoại với nhân dân ở 4 huyện, thị xã ven biển; phối hợp rà soát, kê khai thiệt hại cho hơn 38.500 hộ. Đến ngày 10/12/2016, đã có 35.912 hộ nhận tiền bồi thường đợt 1 với tổng số tiền khoảng 1.987 tỷ đồng, đạt 93,4%.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Đề án số 08-ĐA/TU ngày 15/6/2016 về nâng cao chất lượng hoạt động của tổ dân vận thôn, tổ dân phố; hướng dẫn các địa phương sơ kết 1 năm thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước; triển khai Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền.
Phong trào thi đua "Dân vận khéo" tiếp tục lan tỏa với 2.168 mô hình được đăng ký, trong đó 246 mô hình được công nhận cấp tỉnh. Nhân dân đóng góp hơn 1.050 tỷ đồng, hiến trên 1,2 triệu m2 đất xây dựng nông thôn mới; 69 xã về đích nông thôn mới, chiếm 29,4% tổng số xã. Ban Chỉ đạo Quy chế dân chủ các cấp đã tiếp nhận 512 đơn thư, giải quyết 468 đơn.
Phó Trưởng Ban Dân vận Tỉnh ủy Phan Đình Trung báo cáo thêm về tình hình ở xã Kỳ Lợi (thị xã Kỳ Anh), nơi có 1.264 hộ phải di dời, tái định cư phục vụ khu kinh tế Vũng Áng; và về mô hình "Chi hội nghề cá tự quản" của ngư dân xã Thạch Kim.
Kết luận buổi làm việc, đồng chí Đặng Quốc Hùng đánh giá cao vai trò tham mưu của Ban Dân vận Tỉnh ủy trong năm đặc biệt khó khăn. Đồng chí đề nghị năm 2017, Ban tiếp tục bám sát cơ sở, nắm chắc tình hình tư tưởng nhân dân vùng biển, vùng giáo; tham mưu sơ kết Nghị quyết 25-NQ/TW; chủ động phối hợp đấu tranh với các luận điệu xuyên tạc liên quan sự cố môi trường.
Nguyễn Hà
Lượt xem: 2.431
Tin liên quan
- Hội nghị giao ban công tác dân vận vùng giáo (02/12/2016)
- Ban Dân vận Tỉnh ủy làm việc với Thị ủy Kỳ Anh (22/11/2016)
- Vận động ngư dân nhận tiền bồi thường sự cố môi trường (04/10/2016)
- Hà Tĩnh: 246 mô hình "Dân vận khéo" cấp tỉnh (15/09/2016)
""", "2016-12-14", "Thường trực Tỉnh ủy nghe Ban Dân vận báo cáo kết quả công tác năm 2016",
E("bao_cao", "2016", "2016-12-13"),
[P("Đặng Quốc Hùng", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Thị Hoài Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Đình Trung", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("1.426 cuộc tiếp xúc, đối thoại", 1426, "cuộc tiếp xúc, đối thoại"), Q("4 huyện, thị xã ven biển", 4, "huyện, thị xã ven biển"),
 Q("hơn 38.500 hộ", 38500, "hộ", "over"), Q("35.912 hộ", 35912, "hộ"),
 Q("khoảng 1.987 tỷ đồng", 1987000000000, "đồng", "approx"), Q("93,4%", 93.4, "%"),
 Q("2.168 mô hình", 2168, "mô hình"), Q("246 mô hình", 246, "mô hình"),
 Q("hơn 1.050 tỷ đồng", 1050000000000, "đồng", "over"), Q("trên 1,2 triệu m2", 1200000, "m2", "over"),
 Q("69 xã", 69, "xã"), Q("29,4%", 29.4, "%"), Q("512 đơn thư", 512, "đơn thư"), Q("468 đơn", 468, "đơn"),
 Q("1.264 hộ", 1264, "hộ")],
[D("Báo cáo", "118", "BC/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Báo cáo số 118-BC/BDVTU"),
 D("Đề án", "08", "ĐA/TU", "2016-06-15", "Ban Thường vụ Tỉnh ủy", "Đề án số 08-ĐA/TU ngày 15/6/2016"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW")],
[prov("Hà Tĩnh"), com("Kỳ Lợi"), com("Thạch Kim")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY HÀ TĨNH", "Trang chủ - Hoạt động - Tin Ban Dân vận", "Dân vận khéo",
 "Chi hội nghề cá tự quản", "Lượt xem: 2.431"],
["14-12-2016 16:45", "năm 2016", "năm 2017", "1 năm", "đợt 1", "Lượt xem: 2.431"]))
