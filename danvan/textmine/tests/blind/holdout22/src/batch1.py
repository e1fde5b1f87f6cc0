from lib import *

PAGES = []

PAGES.append(page("b485-thaibinh-bdv-tongket-2012", """
BAN DÂN VẬN TỈNH ỦY THÁI BÌNH
Cổng thông tin điện tử
Hôm nay: 13/01/2012
Trang chủ >> Tin tức - Sự kiện >> Hoạt động Ban Dân vận
Thứ Năm, 12/01/2012 - 15:20
Ban Dân vận Tỉnh ủy triển khai nhiệm vụ công tác dân vận năm 2012
Chiều 10/1, Ban Dân vận Tỉnh ủy Thái Bình tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai phương hướng, nhiệm vụ năm 2012. Dự hội nghị có đồng chí Phạm Văn Khiêm, Phó Bí thư Thường trực Tỉnh ủy; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Vũ Thị Hạnh, Bùi Đức Thịnh, Đào Quang Lợi cùng 156 đại biểu là trưởng ban dân vận các huyện ủy, thành ủy, đảng ủy trực thuộc.
Toàn cảnh hội nghị tổng kết.
Năm 2011, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 09-CT/TU về tăng cường công tác dân vận trong xây dựng nông thôn mới và Kế hoạch 21-KH/TU thực hiện Nghị quyết Trung ương 7 khóa X. Khối dân vận các cấp tiếp tục triển khai Kết luận 62-KL/TW của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể, gắn với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Theo báo cáo, toàn tỉnh có 286 xã, phường, thị trấn xây dựng quy chế dân chủ ở cơ sở; nhân dân đã hiến hơn 41.000 m2 đất, đóng góp gần 96 tỷ đồng và 312.000 ngày công để làm đường giao thông, kênh mương nội đồng. Phong trào thi đua "Dân vận khéo" được nhân rộng với 1.245 mô hình, điển hình, trong đó 437 mô hình thuộc lĩnh vực phát triển kinh tế. Tỷ lệ hộ nghèo giảm còn 6,8%.
Đồng chí Vũ Thị Hạnh, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày báo cáo tổng kết. Ảnh: Minh Thu
Tại hội nghị, 14 ý kiến tham luận tập trung làm rõ kinh nghiệm vận động nhân dân dồn điền đổi thửa, giải phóng mặt bằng các dự án giao thông. Ông Nguyễn Hữu Tưởng, Bí thư Đảng ủy xã Vũ Lạc cho biết, nhờ làm tốt công tác dân vận, xã đã vận động 1.120 hộ dồn điền, giảm bình quân từ 7 thửa xuống còn 2 thửa mỗi hộ. Bà Trần Thị Nụ, Chủ tịch Hội Nông dân xã Thụy Liên chia sẻ cách vận động hội viên tham gia "3 tăng, 3 giảm" trong sản xuất lúa.
Phát biểu chỉ đạo, đồng chí Phạm Văn Khiêm đề nghị các cấp ủy tiếp tục quán triệt Quyết định 290-QĐ/TW của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị, chú trọng đối thoại trực tiếp với nhân dân, kịp thời giải quyết những vấn đề bức xúc ngay từ cơ sở.
Hội nghị cũng chỉ ra những hạn chế: ở một số nơi cấp ủy chưa quan tâm đúng mức đến công tác dân vận, việc tiếp dân và đối thoại còn hình thức; một số vụ khiếu kiện đông người liên quan đến đất đai chưa được giải quyết dứt điểm. Năm 2012, Ban Dân vận Tỉnh ủy xác định tập trung hướng về cơ sở, nắm chắc tình hình nhân dân, nhất là ở các xã ven biển và vùng có dự án lớn.
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 23 tập thể và 41 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2011; đồng chí Đào Quang Lợi công bố quyết định khen thưởng.
Đức Long
Lượt xem: 1.032
Tin liên quan
- Hội nghị giao ban Khối dân vận quý IV năm 2011
- Huyện Tiền Hải tổng kết 10 năm thực hiện Quy chế dân chủ ở cơ sở
- Ra mắt mô hình "Dân vận khéo" tại xã Đông Hoàng
- Thái Bình: Nông dân hiến đất làm đường giao thông nông thôn
- Ban Dân vận Huyện ủy Kiến Xương sơ kết 6 tháng đầu năm 2011
- Tăng cường công tác dân vận trong giải phóng mặt bằng đường ven biển
- Hội Cựu chiến binh tỉnh triển khai chương trình công tác năm 2012
- Khối dân vận huyện Quỳnh Phụ gặp mặt cán bộ hưu trí
""", "2012-01-12", "Ban Dân vận Tỉnh ủy triển khai nhiệm vụ công tác dân vận năm 2012",
 E("tong_ket", "2011", "2012-01-10"),
 [P("Phạm Văn Khiêm", "Phó Bí thư Thường trực Tỉnh ủy"),
  P("Vũ Thị Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
  P("Bùi Đức Thịnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
  P("Đào Quang Lợi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
  P("Nguyễn Hữu Tưởng", "Bí thư Đảng ủy xã Vũ Lạc"),
  P("Trần Thị Nụ", "Chủ tịch Hội Nông dân xã Thụy Liên")],
 [Q("156 đại biểu", 156, "đại biểu"),
  Q("286 xã, phường, thị trấn", 286, "xã, phường, thị trấn"),
  Q("hơn 41.000 m2 đất", 41000, "m2", "over"),
  Q("gần 96 tỷ đồng", 96000000000, "đồng", "approx"),
  Q("312.000 ngày công", 312000, "ngày công"),
  Q("1.245 mô hình", 1245, "mô hình"),
  Q("437 mô hình", 437, "mô hình"),
  Q("6,8%", 6.8, "%"),
  Q("14 ý kiến tham luận", 14, "ý kiến tham luận"),
  Q("1.120 hộ", 1120, "hộ"),
  Q("từ 7 thửa", 7, "thửa"),
  Q("còn 2 thửa", 2, "thửa"),
  Q("23 tập thể", 23, "tập thể"),
  Q("41 cá nhân", 41, "cá nhân")],
 [D("Chỉ thị", "09", "CT/TU", issuer="Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 09-CT/TU"),
  D("Kế hoạch", "21", "KH/TU", issuer="Ban Thường vụ Tỉnh ủy", surface="Kế hoạch 21-KH/TU"),
  D("Kết luận", "62", "KL/TW", issuer="Bộ Chính trị", surface="Kết luận 62-KL/TW của Bộ Chính trị"),
  D("Quyết định", "290", "QĐ/TW", issuer="Bộ Chính trị", surface="Quyết định 290-QĐ/TW của Bộ Chính trị")],
 [prov("Thái Bình"), com("Vũ Lạc"), com("Thụy Liên")],
 ["BAN DÂN VẬN TỈNH ỦY THÁI BÌNH", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động Ban Dân vận", "Toàn cảnh hội nghị tổng kết.",
  "Đồng chí Vũ Thị Hạnh, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày báo cáo tổng kết. Ảnh: Minh Thu",
  "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Dân vận khéo", "Lượt xem: 1.032", "Nghị quyết Trung ương 7 khóa X"],
 ["Hôm nay: 13/01/2012", "Thứ Năm, 12/01/2012 - 15:20", "3 tăng, 3 giảm", "khóa X", "Lượt xem: 1.032"]))

PAGES.append(page("b486-namdinh-mttq-soket-2013", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NAM ĐỊNH
Trang chủ | Hoạt động Mặt trận | Tin địa phương
Cập nhật: 08:40, 18/07/2013 (GMT+7)
Sơ kết công tác Mặt trận, bàn giải pháp vận động nhân dân những tháng cuối năm
Ngày 16/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nam Định tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Trần Văn Chính, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Quang cảnh hội nghị sơ kết. Ảnh: Hoàng Long
Dự hội nghị có đồng chí Đoàn Minh Phúc, Phó Bí thư Tỉnh ủy; các đồng chí Ngô Thị Thủy, Lê Đình Hào, Phạm Quang Vinh - Phó Chủ tịch Ủy ban MTTQ tỉnh; đại diện lãnh đạo các tổ chức thành viên và Ủy ban MTTQ 10 huyện, thành phố.
Sáu tháng đầu năm, các cấp Mặt trận trong tỉnh đã triển khai kế hoạch số 15 của Ban Thường trực Ủy ban MTTQ tỉnh về thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", đồng thời phối hợp thực hiện Nghị định 56, 57/2013/NĐ-CP của Chính phủ. Quỹ "Vì người nghèo" các cấp tiếp nhận hơn 7,2 tỷ đồng; hỗ trợ xây mới 186 căn nhà đại đoàn kết và sửa chữa 74 căn nhà cho hộ nghèo, mỗi căn nhà xây mới được hỗ trợ 30 triệu đồng. Dịp Tết Quý Tỵ, Mặt trận các cấp trao 21.650 suất quà cho hộ nghèo, hộ chính sách.
Bà Ngô Thị Thủy, Phó Chủ tịch Ủy ban MTTQ tỉnh trình bày báo cáo sơ kết.
Công tác giám sát và phản biện xã hội được chú trọng: Mặt trận các cấp tổ chức 92 cuộc giám sát, tập hợp 1.318 ý kiến, kiến nghị của cử tri gửi tới kỳ họp thứ 5 Quốc hội khóa XIII. Ban Thanh tra nhân dân ở 229 xã, phường, thị trấn đã tiếp nhận, xem xét 57 đơn thư.
Tại hội nghị, ông Vũ Văn Thiện, Chủ tịch Ủy ban MTTQ xã Hải Đông và bà Lưu Thị Hiền, Trưởng ban công tác Mặt trận khu dân cư số 4 phường Lộc Hạ trao đổi kinh nghiệm vận động nhân dân giữ gìn vệ sinh môi trường, xây dựng khu dân cư văn hóa.
Bên cạnh kết quả đạt được, hội nghị thẳng thắn chỉ ra một số hạn chế: hoạt động của Ban công tác Mặt trận ở một số khu dân cư còn lúng túng; việc nắm bắt tâm tư, nguyện vọng của nhân dân có lúc chưa kịp thời; công tác phối hợp giữa Mặt trận với chính quyền trong giải quyết đơn thư ở một số nơi còn chậm. Các đại biểu đề nghị tăng cường tập huấn nghiệp vụ cho cán bộ Mặt trận cơ sở, nhất là cán bộ mới được hiệp thương.
Phát biểu kết luận, đồng chí Trần Văn Chính yêu cầu các cấp Mặt trận tập trung thực hiện Hướng dẫn 08-HD/MTTQ-BTT về tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" năm 2013, phấn đấu 100% khu dân cư tổ chức ngày hội.
Thanh Hương
Số lượt đọc: 687
Các tin khác
- Nam Định: Trao 50 nhà đại đoàn kết cho hộ nghèo huyện Xuân Trường
- Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách bảo hiểm y tế
- Hội nghị hiệp thương bầu bổ sung Ủy viên Ủy ban MTTQ tỉnh
- Phát động tháng cao điểm "Vì người nghèo" năm 2013
- Ra mắt Ban Thanh tra nhân dân phường Trần Hưng Đạo
- Tập huấn nghiệp vụ công tác Mặt trận cho cán bộ cơ sở
- Mặt trận huyện Hải Hậu tiếp xúc cử tri trước kỳ họp
- Ủy ban MTTQ tỉnh thăm, tặng quà gia đình chính sách nhân ngày 27/7
- Nghĩa Hưng: Nhân dân đóng góp xây dựng đường giao thông nông thôn
""", "2013-07-18", "Sơ kết công tác Mặt trận, bàn giải pháp vận động nhân dân những tháng cuối năm",
 E("so_ket", "2013-H1", "2013-07-16"),
 [P("Trần Văn Chính", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
  P("Đoàn Minh Phúc", "Phó Bí thư Tỉnh ủy"),
  P("Ngô Thị Thủy", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
  P("Lê Đình Hào", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
  P("Phạm Quang Vinh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
  P("Vũ Văn Thiện", "Chủ tịch Ủy ban MTTQ xã Hải Đông"),
  P("Lưu Thị Hiền", "Trưởng ban công tác Mặt trận khu dân cư số 4 phường Lộc Hạ")],
 [Q("10 huyện, thành phố", 10, "huyện, thành phố"),
  Q("hơn 7,2 tỷ đồng", 7200000000, "đồng", "over"),
  Q("186 căn nhà đại đoàn kết", 186, "căn nhà đại đoàn kết"),
  Q("74 căn nhà", 74, "căn nhà"),
  Q("30 triệu đồng", 30000000, "đồng"),
  Q("21.650 suất quà", 21650, "suất quà"),
  Q("92 cuộc giám sát", 92, "cuộc giám sát"),
  Q("1.318 ý kiến, kiến nghị", 1318, "ý kiến, kiến nghị"),
  Q("229 xã, phường, thị trấn", 229, "xã, phường, thị trấn"),
  Q("57 đơn thư", 57, "đơn thư"),
  Q("100% khu dân cư", 100, "%")],
 [D("Kế hoạch", "15", None, issuer="Ban Thường trực Ủy ban MTTQ tỉnh", surface="kế hoạch số 15 của Ban Thường trực Ủy ban MTTQ tỉnh"),
  D("Nghị định", "56", "2013/NĐ-CP", issuer="Chính phủ", surface="Nghị định 56, 57/2013/NĐ-CP của Chính phủ"),
  D("Nghị định", "57", "2013/NĐ-CP", issuer="Chính phủ", surface="Nghị định 56, 57/2013/NĐ-CP của Chính phủ"),
  D("Hướng dẫn", "08", "HD/MTTQ-BTT", surface="Hướng dẫn 08-HD/MTTQ-BTT")],
 [prov("Nam Định"), com("Hải Đông"), com("Lộc Hạ")],
 ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NAM ĐỊNH", "Trang chủ | Hoạt động Mặt trận | Tin địa phương",
  "Quang cảnh hội nghị sơ kết. Ảnh: Hoàng Long", "Bà Ngô Thị Thủy, Phó Chủ tịch Ủy ban MTTQ tỉnh trình bày báo cáo sơ kết.",
  "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc",
  "Tết Quý Tỵ", "Số lượt đọc: 687"],
 ["Cập nhật: 08:40, 18/07/2013 (GMT+7)", "6 tháng đầu năm 2013", "6 tháng cuối năm", "kỳ họp thứ 5", "khóa XIII",
  "khu dân cư số 4", "Số lượt đọc: 687"]))

PAGES.append(page("b487-ninhbinh-hnd-giaoban-2014", """
HỘI NÔNG DÂN TỈNH NINH BÌNH
Bạn đang ở: Trang chủ › Tin hoạt động › Hội Nông dân các cấp
08:15 | 09/10/2014
Giao ban công tác Hội và phong trào nông dân
Sáng 7/10, Ban Thường vụ Hội Nông dân tỉnh Ninh Bình tổ chức hội nghị giao ban công tác Hội và phong trào nông dân quý III năm 2014. Chủ trì hội nghị có đồng chí Đinh Văn Hùng, Chủ tịch Hội Nông dân tỉnh; các Phó Chủ tịch Hội Nông dân tỉnh: Nguyễn Thị Xuân, Lã Văn Quý.
Đồng chí Đinh Văn Hùng, Chủ tịch Hội Nông dân tỉnh phát biểu kết luận giao ban.
Trong quý, các cấp Hội đã tập trung triển khai Kết luận 61-KL/TW của Ban Bí thư về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam" và Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ. Hội Nông dân tỉnh phối hợp với Ngân hàng Chính sách xã hội tỉnh thực hiện chương trình phối hợp số 05/CTPH-HND-NHCS về ủy thác cho vay vốn.
Đến nay, toàn tỉnh có 1.537 tổ tiết kiệm và vay vốn do Hội quản lý, dư nợ ủy thác đạt 612,4 tỷ đồng với 31.200 hộ vay; Quỹ Hỗ trợ nông dân các cấp đạt hơn 18 tỷ đồng. Trong quý III, các cấp Hội phối hợp mở 64 lớp dạy nghề cho 2.150 lao động nông thôn, cung ứng 870 tấn phân bón trả chậm cho hội viên. Phong trào nông dân sản xuất, kinh doanh giỏi có 41.826 hộ đăng ký, tăng 3,5% so với cùng kỳ.
Quang cảnh hội nghị giao ban quý III.
Về công tác xây dựng tổ chức Hội, trong quý đã kết nạp 1.046 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 132.480 người. Các cấp Hội tổ chức 356 buổi tuyên truyền, phổ biến pháp luật với sự tham gia của hội viên ở 145 xã, phường, thị trấn.
Tại hội nghị, ông Bùi Văn Thắng, Chủ tịch Hội Nông dân xã Gia Sinh, chia sẻ kinh nghiệm thành lập tổ hợp tác chăn nuôi dê núi; bà Quách Thị Lụa, hội viên Chi hội Nông dân thôn Đồi Mây, xã Cúc Phương, là người dân tộc Mường, trình bày mô hình trồng cây ăn quả trên đất đồi cho thu nhập hơn 300 triệu đồng mỗi năm.
Các đại biểu cũng phản ánh khó khăn: giá lúa vụ mùa thấp, chi phí vật tư tăng, một số nơi chưa có hợp đồng tiêu thụ nông sản ổn định; việc dồn điền đổi thửa ở vùng đồi núi gặp trở ngại do địa hình chia cắt. Nhiều cơ sở Hội chưa chủ động trong việc xây dựng mô hình kinh tế tập thể.
Kết luận hội nghị, đồng chí Đinh Văn Hùng yêu cầu các cấp Hội tập trung chỉ đạo thu hoạch vụ mùa, chuẩn bị sản xuất vụ đông; tiếp tục thực hiện phong trào "Nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững"; chuẩn bị tốt các điều kiện tổ chức đại hội Hội Nông dân cấp cơ sở nhiệm kỳ 2013-2018 còn lại.
Hà Phương
Lượt truy cập: 2.418
Tin cùng chuyên mục
- Hội Nông dân huyện Nho Quan tập huấn kỹ thuật trồng lúa chất lượng cao
- Nông dân Kim Sơn thu hoạch cói vụ chiêm
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2014
- Trao vốn hỗ trợ nông dân nghèo xã Yên Quang
- Hội thi "Nhà nông đua tài" cấp tỉnh năm 2014
- Hội Nông dân tỉnh giám sát việc cung ứng vật tư nông nghiệp
- Mô hình trang trại tổng hợp của nông dân Tam Điệp
- Hội Nông dân xã Khánh Thiện ra quân làm thủy lợi nội đồng
""", "2014-10-09", "Giao ban công tác Hội và phong trào nông dân",
 E("giao_ban", "2014-Q3", "2014-10-07"),
 [P("Đinh Văn Hùng", "Chủ tịch Hội Nông dân tỉnh"),
  P("Nguyễn Thị Xuân", "Phó Chủ tịch Hội Nông dân tỉnh"),
  P("Lã Văn Quý", "Phó Chủ tịch Hội Nông dân tỉnh"),
  P("Bùi Văn Thắng", "Chủ tịch Hội Nông dân xã Gia Sinh"),
  P("Quách Thị Lụa", "hội viên Chi hội Nông dân thôn Đồi Mây")],
 [Q("1.537 tổ tiết kiệm và vay vốn", 1537, "tổ tiết kiệm và vay vốn"),
  Q("612,4 tỷ đồng", 612400000000, "đồng"),
  Q("31.200 hộ vay", 31200, "hộ vay"),
  Q("hơn 18 tỷ đồng", 18000000000, "đồng", "over"),
  Q("64 lớp dạy nghề", 64, "lớp dạy nghề"),
  Q("2.150 lao động nông thôn", 2150, "lao động nông thôn"),
  Q("870 tấn", 870, "tấn"),
  Q("41.826 hộ", 41826, "hộ"),
  Q("3,5%", 3.5, "%"),
  Q("1.046 hội viên mới", 1046, "hội viên mới"),
  Q("132.480 người", 132480, "người"),
  Q("356 buổi", 356, "buổi"),
  Q("145 xã, phường, thị trấn", 145, "xã, phường, thị trấn"),
  Q("hơn 300 triệu đồng", 300000000, "đồng", "over")],
 [D("Kết luận", "61", "KL/TW", issuer="Ban Bí thư", surface="Kết luận 61-KL/TW của Ban Bí thư"),
  D("Quyết định", "673", "QĐ-TTg", issuer="Thủ tướng Chính phủ", surface="Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ"),
  D("Chương trình phối hợp", "05", "CTPH-HND-NHCS", surface="chương trình phối hợp số 05/CTPH-HND-NHCS")],
 [prov("Ninh Bình"), com("Gia Sinh"), com("Cúc Phương")],
 ["HỘI NÔNG DÂN TỈNH NINH BÌNH", "Bạn đang ở: Trang chủ › Tin hoạt động › Hội Nông dân các cấp",
  "Đồng chí Đinh Văn Hùng, Chủ tịch Hội Nông dân tỉnh phát biểu kết luận giao ban.", "Quang cảnh hội nghị giao ban quý III.",
  "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam",
  "Nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững", "Ngân hàng Chính sách xã hội tỉnh",
  "thôn Đồi Mây", "Lượt truy cập: 2.418"],
 ["08:15 | 09/10/2014", "quý III năm 2014", "nhiệm kỳ 2013-2018", "Lượt truy cập: 2.418"]))

PAGES.append(page("b488-haiduong-lhpn-tongket-2015", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HẢI DƯƠNG
Trang chủ » Tin tức » Hoạt động Hội
22/12/2015 - 10:05
Phụ nữ Hải Dương giúp 1.260 hộ hội viên thoát nghèo
Ngày 19/12, Hội LHPN tỉnh Hải Dương tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2015. Qua 5 năm thực hiện Đề án "Hỗ trợ hội viên phụ nữ nghèo", các cấp Hội đã giúp 1.260 hộ hội viên thoát nghèo. Dự hội nghị có bà Nguyễn Thị Thành, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; bà Phạm Thị Kim Oanh, Chủ tịch Hội LHPN tỉnh.
Các đại biểu dự hội nghị tổng kết năm 2015.
Năm 2015, các cấp Hội tập trung tuyên truyền, triển khai Nghị quyết đại hội đại biểu phụ nữ tỉnh lần thứ XV và Chỉ thị 03, 05-CT/HPN của Đoàn Chủ tịch Hội LHPN tỉnh về tổ chức các hoạt động kỷ niệm 85 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam. Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" tiếp tục được triển khai sâu rộng, đến nay có 284.500 hộ gia đình đăng ký, trong đó 219.300 hộ đạt tiêu chí.
Các cấp Hội đã giúp 1.260 hộ hội viên thoát nghèo, vận động xây dựng 37 "Mái ấm tình thương" với tổng trị giá hơn 1,8 tỷ đồng; phối hợp Ngân hàng Chính sách xã hội quản lý 1.102 tổ tiết kiệm và vay vốn với dư nợ 1.024 tỷ đồng. Hội đã tổ chức 2.436 buổi truyền thông về phòng, chống bạo lực gia đình, thu hút 148.000 lượt hội viên tham gia; thành lập mới 52 câu lạc bộ "Gia đình hạnh phúc".
Bà Phạm Thị Kim Oanh, Chủ tịch Hội LHPN tỉnh tặng bằng khen cho các tập thể. Ảnh: Thu Trang
Các Phó Chủ tịch Hội LHPN tỉnh: Đỗ Thị Hòa, Vương Thị Nga trình bày báo cáo kết quả giám sát việc thực hiện chính sách đối với lao động nữ tại các khu công nghiệp và kế hoạch số 18/KH-HPN của Ban Thường vụ Hội LHPN tỉnh về tổ chức phong trào thi đua năm 2016.
Nhiều tham luận được trình bày tại hội nghị. Bà Mạc Thị Duyên, Chủ tịch Hội LHPN xã Cộng Hòa kể lại cách vận động chị em vay vốn trồng vải thiều; bà Tăng Thị Nguyệt, Chi hội trưởng phụ nữ thôn Đông Hải phường Thái Học chia sẻ mô hình "Tiết kiệm vì phụ nữ nghèo" với số tiền tiết kiệm mỗi hội viên 20.000 đồng/tháng.
Phát biểu chỉ đạo, bà Nguyễn Thị Thành đề nghị các cấp Hội tiếp tục thực hiện Quyết định 1893/QĐ-TTg ngày 25/12/2014 của Thủ tướng Chính phủ về Chương trình hành động quốc gia về bình đẳng giới; quan tâm phát triển hội viên trong lao động nữ tại các doanh nghiệp ngoài nhà nước; nâng cao chất lượng sinh hoạt chi hội.
Hội nghị cũng chỉ ra một số hạn chế như: chất lượng sinh hoạt ở một số chi hội chưa cao, nội dung còn đơn điệu; việc tập hợp nữ công nhân trong các khu công nghiệp còn khó khăn do thời gian làm việc theo ca; nguồn lực hỗ trợ phụ nữ khởi nghiệp còn hạn chế, chủ yếu dựa vào vốn vay ưu đãi.
Dịp này, Trung ương Hội LHPN Việt Nam tặng Cờ thi đua cho Hội LHPN tỉnh; 18 tập thể và 30 cá nhân được Hội LHPN tỉnh tặng Bằng khen.
Minh Nguyệt
Tin liên quan
- Hội LHPN tỉnh gặp mặt kỷ niệm 85 năm Ngày thành lập Hội
- Hội thi "Phụ nữ Hải Dương duyên dáng, thanh lịch"
- Phụ nữ Chí Linh giúp nhau phát triển kinh tế
- Ra mắt mô hình "Phụ nữ tham gia bảo vệ môi trường"
- Hội LHPN huyện Thanh Hà tổng kết phong trào năm 2015
- Trao tặng "Mái ấm tình thương" cho hội viên nghèo
- Phụ nữ Kinh Môn chung tay xây dựng nông thôn mới
- Tập huấn kỹ năng truyền thông cho cán bộ Hội cơ sở
""", "2015-12-22", "Phụ nữ Hải Dương giúp 1.260 hộ hội viên thoát nghèo",
 E("tong_ket", "2015", "2015-12-19"),
 [P("Nguyễn Thị Thành", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
  P("Phạm Thị Kim Oanh", "Chủ tịch Hội LHPN tỉnh"),
  P("Đỗ Thị Hòa", "Phó Chủ tịch Hội LHPN tỉnh"),
  P("Vương Thị Nga", "Phó Chủ tịch Hội LHPN tỉnh"),
  P("Mạc Thị Duyên", "Chủ tịch Hội LHPN xã Cộng Hòa"),
  P("Tăng Thị Nguyệt", "Chi hội trưởng phụ nữ thôn Đông Hải phường Thái Học")],
 [Q("1.260 hộ hội viên", 1260, "hộ hội viên"),
  Q("284.500 hộ gia đình", 284500, "hộ gia đình"),
  Q("219.300 hộ", 219300, "hộ"),
  Q("37 \"Mái ấm tình thương\"", 37, "Mái ấm tình thương"),
  Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"),
  Q("1.102 tổ tiết kiệm và vay vốn", 1102, "tổ tiết kiệm và vay vốn"),
  Q("1.024 tỷ đồng", 1024000000000, "đồng"),
  Q("2.436 buổi truyền thông", 2436, "buổi truyền thông"),
  Q("148.000 lượt hội viên", 148000, "lượt hội viên"),
  Q("52 câu lạc bộ", 52, "câu lạc bộ"),
  Q("20.000 đồng/tháng", 20000, "đồng"),
  Q("18 tập thể", 18, "tập thể"),
  Q("30 cá nhân", 30, "cá nhân")],
 [D("Chỉ thị", "03", "CT/HPN", issuer="Đoàn Chủ tịch Hội LHPN tỉnh", surface="Chỉ thị 03, 05-CT/HPN của Đoàn Chủ tịch Hội LHPN tỉnh"),
  D("Chỉ thị", "05", "CT/HPN", issuer="Đoàn Chủ tịch Hội LHPN tỉnh", surface="Chỉ thị 03, 05-CT/HPN của Đoàn Chủ tịch Hội LHPN tỉnh"),
  D("Kế hoạch", "18", "KH-HPN", issuer="Ban Thường vụ Hội LHPN tỉnh", surface="kế hoạch số 18/KH-HPN của Ban Thường vụ Hội LHPN tỉnh"),
  D("Quyết định", "1893", "QĐ-TTg", date="2014-12-25", issuer="Thủ tướng Chính phủ", surface="Quyết định 1893/QĐ-TTg ngày 25/12/2014 của Thủ tướng Chính phủ")],
 [prov("Hải Dương"), com("Cộng Hòa"), com("Thái Học")],
 ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HẢI DƯƠNG", "Trang chủ » Tin tức » Hoạt động Hội", "Các đại biểu dự hội nghị tổng kết năm 2015.",
  "Bà Phạm Thị Kim Oanh, Chủ tịch Hội LHPN tỉnh tặng bằng khen cho các tập thể. Ảnh: Thu Trang", "Hỗ trợ hội viên phụ nữ nghèo",
  "Xây dựng gia đình 5 không, 3 sạch", "Mái ấm tình thương", "Gia đình hạnh phúc", "Tiết kiệm vì phụ nữ nghèo", "thôn Đông Hải"],
 ["22/12/2015 - 10:05", "5 năm", "lần thứ XV", "85 năm", "5 không, 3 sạch"]))

PAGES.append(page("b489-hungyen-ccb-doithoai-2016", """
HỘI CỰU CHIẾN BINH TỈNH HƯNG YÊN
Trang chủ / Tin tức / Hoạt động các cấp Hội
Thứ Năm, 15/09/2016
Người đứng đầu cấp ủy, chính quyền lắng nghe ý kiến cựu chiến binh
Ngày 13/9, Thường trực Tỉnh ủy, UBND tỉnh Hưng Yên tổ chức hội nghị đối thoại với cán bộ, hội viên cựu chiến binh năm 2016, thực hiện Quyết định 217-QĐ/TW và Quyết định 218-QĐ/TW của Bộ Chính trị. Hội nghị do đồng chí Đỗ Quang Thái, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh và Đại tá Lê Xuân Cảnh, Chủ tịch Hội CCB tỉnh đồng chủ trì.
Đồng chí Đỗ Quang Thái, Bí thư Tỉnh ủy phát biểu tại hội nghị đối thoại. Ảnh: Quang Huy
Tham dự có đồng chí Nguyễn Hữu Lộc, Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ngành và 210 đại biểu là cán bộ, hội viên CCB đến từ 10 huyện, thành phố. Trước hội nghị, Hội CCB các cấp đã tổng hợp 47 ý kiến, kiến nghị gửi tới Thường trực Tỉnh ủy.
Tại hội nghị, 12 ý kiến phát biểu trực tiếp tập trung vào chế độ chính sách đối với cựu chiến binh bị nhiễm chất độc da cam, việc thực hiện Quyết định 62/2011/QĐ-TTg của Thủ tướng Chính phủ, thu hồi đất làm khu công nghiệp, ô nhiễm môi trường làng nghề. Ông Đào Văn Khải, hội viên Chi hội CCB thôn Nhân Vũ, xã Nhân La đề nghị tỉnh sớm giải quyết hồ sơ còn tồn đọng của 136 trường hợp đề nghị hưởng trợ cấp một lần. Thượng tá Hoàng Minh Toản, Chủ tịch Hội CCB xã Đình Dù phản ánh tình trạng một số doanh nghiệp chậm trả tiền bồi thường khi thu hồi đất.
Các Phó Chủ tịch Hội CCB tỉnh Trần Đức Mạnh, Lương Văn Bình báo cáo kết quả phong trào "Cựu chiến binh gương mẫu": toàn tỉnh có 18.650 hội viên CCB làm kinh tế giỏi, 412 doanh nghiệp, trang trại của CCB tạo việc làm cho 9.800 lao động. Quỹ hỗ trợ hội viên phát triển kinh tế các cấp đạt 23,5 tỷ đồng.
Toàn cảnh hội nghị đối thoại năm 2016.
Đại diện các sở, ngành đã trả lời, giải trình cụ thể từng ý kiến. Giám đốc Sở Lao động - Thương binh và Xã hội cho biết năm 2016 tỉnh đã giải quyết cho 1.245 đối tượng hưởng chế độ theo Quyết định 62; số hồ sơ còn lại sẽ được thẩm định xong trong quý IV. Đối với các kiến nghị về ô nhiễm làng nghề, UBND tỉnh giao các huyện kiểm tra, xử lý dứt điểm trước ngày 31/12/2016.
Nhiều hội viên bày tỏ phấn khởi vì lần đầu tiên được trực tiếp trao đổi với người đứng đầu cấp ủy tỉnh. Một số ý kiến đề nghị tỉnh quan tâm hơn đến việc đào tạo nghề, giải quyết việc làm cho con em cựu chiến binh; hỗ trợ tu sửa nhà ở cho hội viên có hoàn cảnh khó khăn; đồng thời xử lý nghiêm các trường hợp cán bộ có biểu hiện nhũng nhiễu khi giải quyết thủ tục hành chính cho người dân.
Kết luận hội nghị, đồng chí Đỗ Quang Thái ghi nhận những đóng góp của cựu chiến binh trong xây dựng nông thôn mới, đề nghị Hội CCB tỉnh tiếp tục thực hiện Chỉ thị 11-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác cựu chiến binh; phát huy phẩm chất "Bộ đội Cụ Hồ", tham gia giám sát, phản biện xã hội, góp phần giữ vững an ninh nông thôn.
Văn Hiển
Lượt xem: 856
Bài viết liên quan
- Hội CCB tỉnh sơ kết 6 tháng đầu năm 2016
- CCB Khoái Châu giúp nhau giảm nghèo
- Trao 15 nhà "Nghĩa tình đồng đội" cho hội viên khó khăn
- Gặp mặt kỷ niệm 27 năm Ngày thành lập Hội CCB Việt Nam
- Hội thao CCB tỉnh Hưng Yên năm 2016
- Giám sát thực hiện chính sách đối với người có công
- Hội CCB thành phố Hưng Yên ra mắt câu lạc bộ doanh nhân CCB
""", "2016-09-15", "Người đứng đầu cấp ủy, chính quyền lắng nghe ý kiến cựu chiến binh",
 E("doi_thoai", "2016", "2016-09-13"),
 [P("Đỗ Quang Thái", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
  P("Lê Xuân Cảnh", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
  P("Nguyễn Hữu Lộc", "Phó Chủ tịch UBND tỉnh"),
  P("Đào Văn Khải", "hội viên Chi hội CCB thôn Nhân Vũ"),
  P("Hoàng Minh Toản", "Thượng tá", "Chủ tịch Hội CCB xã Đình Dù"),
  P("Trần Đức Mạnh", "Phó Chủ tịch Hội CCB tỉnh"),
  P("Lương Văn Bình", "Phó Chủ tịch Hội CCB tỉnh")],
 [Q("210 đại biểu", 210, "đại biểu"),
  Q("10 huyện, thành phố", 10, "huyện, thành phố"),
  Q("47 ý kiến, kiến nghị", 47, "ý kiến, kiến nghị"),
  Q("12 ý kiến", 12, "ý kiến"),
  Q("136 trường hợp", 136, "trường hợp"),
  Q("18.650 hội viên CCB", 18650, "hội viên CCB"),
  Q("412 doanh nghiệp, trang trại", 412, "doanh nghiệp, trang trại"),
  Q("9.800 lao động", 9800, "lao động"),
  Q("23,5 tỷ đồng", 23500000000, "đồng"),
  Q("1.245 đối tượng", 1245, "đối tượng")],
 [D("Quyết định", "217", "QĐ/TW", issuer="Bộ Chính trị", surface="Quyết định 217-QĐ/TW"),
  D("Quyết định", "218", "QĐ/TW", issuer="Bộ Chính trị", surface="Quyết định 218-QĐ/TW của Bộ Chính trị"),
  D("Quyết định", "62", "2011/QĐ-TTg", issuer="Thủ tướng Chính phủ", surface="Quyết định 62/2011/QĐ-TTg của Thủ tướng Chính phủ"),
  D("Chỉ thị", "11", "CT/TU", issuer="Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 11-CT/TU của Ban Thường vụ Tỉnh ủy")],
 [prov("Hưng Yên"), com("Nhân La"), com("Đình Dù")],
 ["HỘI CỰU CHIẾN BINH TỈNH HƯNG YÊN", "Trang chủ / Tin tức / Hoạt động các cấp Hội",
  "Đồng chí Đỗ Quang Thái, Bí thư Tỉnh ủy phát biểu tại hội nghị đối thoại. Ảnh: Quang Huy", "Toàn cảnh hội nghị đối thoại năm 2016.",
  "Cựu chiến binh gương mẫu", "Bộ đội Cụ Hồ", "Sở Lao động - Thương binh và Xã hội", "thôn Nhân Vũ", "Lượt xem: 856"],
 ["Thứ Năm, 15/09/2016", "Quyết định 62;", "quý IV", "31/12/2016", "Lượt xem: 856"]))

PAGES.append(page("b490-bacninh-doan-taphuan-2017", """
TỈNH ĐOÀN BẮC NINH
Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh Bắc Ninh
Trang chủ :: Tin hoạt động :: Công tác Đoàn
Ngày đăng 06/04/2017 | 16:20
Nâng cao kỹ năng cho đội ngũ cán bộ Đoàn cơ sở
Trong hai ngày 4 và 5/4, Ban Thường vụ Tỉnh đoàn Bắc Ninh tổ chức lớp tập huấn nghiệp vụ công tác Đoàn, Hội, Đội năm 2017 cho 320 học viên là bí thư, phó bí thư Đoàn xã, phường, thị trấn và bí thư chi đoàn thôn, khu phố trên địa bàn tỉnh.
Các học viên tham gia lớp tập huấn nghiệp vụ năm 2017. Ảnh: Tuấn Anh
Dự khai mạc có đồng chí Nguyễn Thị Hải Yến, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn; các đồng chí Phó Bí thư Tỉnh đoàn: Trần Văn Quyết, Lê Thu Hằng. Lớp tập huấn được tổ chức theo Kế hoạch 46, 47-KH/TĐTN của Ban Thường vụ Tỉnh đoàn, nhằm triển khai Chỉ thị 42-CT/TW của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ và Hướng dẫn 12-HD/TWĐTN của Ban Bí thư Trung ương Đoàn.
Trong chương trình, các học viên được nghe 8 chuyên đề về kỹ năng tổ chức sinh hoạt chi đoàn, kỹ năng tuyên truyền trên mạng xã hội, công tác dân vận của Đoàn Thanh niên, kỹ năng quản lý đoàn viên tại các khu công nghiệp. Đặc biệt, học viên được thực hành xây dựng kế hoạch tổ chức "Tháng Thanh niên" và hoạt động tình nguyện "Ngày thứ Bảy tình nguyện" tại 3 mô hình điểm.
Đồng chí Nguyễn Thị Hải Yến, Bí thư Tỉnh đoàn phát biểu khai mạc lớp tập huấn.
Báo cáo tại lớp, đồng chí Trần Văn Quyết cho biết, năm 2016 toàn tỉnh có 126 cơ sở Đoàn tham gia thực hiện 35 công trình thanh niên với tổng giá trị 1,2 tỷ đồng; trồng mới 4.500 cây xanh, làm mới và sửa chữa 18 km đường giao thông nông thôn; 5.400 đoàn viên tham gia hiến máu tình nguyện. Tỷ lệ tập hợp thanh niên vào tổ chức Đoàn, Hội đạt 78%.
Cũng tại lớp, anh Ngô Quang Huy, vừa được tín nhiệm giữ chức Bí thư Đoàn phường Đình Bảng, chia sẻ kinh nghiệm tập hợp thanh niên công nhân ngoại tỉnh làm việc tại khu công nghiệp; chị Nguyễn Thị Mơ, Bí thư Chi đoàn thôn Xuân Ổ, xã Võ Cường giới thiệu mô hình "Tuyến đường thanh niên tự quản" và cách vận động mỗi đoàn viên thực hiện "2 không" với pháo nổ và ma túy.
Đồng chí Lê Thu Hằng, Phó Bí thư Tỉnh đoàn nhấn mạnh, năm 2017 các cơ sở Đoàn cần chú trọng đổi mới nội dung sinh hoạt, đưa ứng dụng công nghệ thông tin vào quản lý đoàn viên, phấn đấu kết nạp 2.800 đoàn viên mới. Cán bộ Đoàn phải thực sự là người "nói dân hiểu, làm dân tin", gần gũi, lắng nghe thanh niên.
Kết thúc lớp tập huấn, 100% học viên hoàn thành bài thu hoạch; Ban Tổ chức trao Giấy chứng nhận cho 320 học viên và khen thưởng 12 học viên có bài thu hoạch xuất sắc.
Thanh Bình
Lượt xem: 1.204
Tin khác
- Tỉnh đoàn Bắc Ninh ra quân "Tháng Thanh niên" năm 2017
- Tuổi trẻ Từ Sơn chung tay xây dựng nông thôn mới
- Đại hội Đoàn phường Đình Bảng nhiệm kỳ 2017-2022
- Hội thi "Bí thư chi đoàn giỏi" cụm thi số 2
- Thanh niên Yên Phong hiến máu tình nguyện
- Tỉnh đoàn gặp mặt đoàn viên tiêu biểu trong doanh nghiệp FDI
- Ra mắt câu lạc bộ "Thanh niên với pháp luật"
- Khởi công công trình thanh niên "Thắp sáng đường quê"
""", "2017-04-06", "Nâng cao kỹ năng cho đội ngũ cán bộ Đoàn cơ sở",
 E("tap_huan", "2017", "2017-04-04"),
 [P("Nguyễn Thị Hải Yến", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
  P("Trần Văn Quyết", "Phó Bí thư Tỉnh đoàn"),
  P("Lê Thu Hằng", "Phó Bí thư Tỉnh đoàn"),
  P("Ngô Quang Huy", "Bí thư Đoàn phường Đình Bảng"),
  P("Nguyễn Thị Mơ", "Bí thư Chi đoàn thôn Xuân Ổ")],
 [Q("320 học viên", 320, "học viên"),
  Q("8 chuyên đề", 8, "chuyên đề"),
  Q("3 mô hình điểm", 3, "mô hình điểm"),
  Q("126 cơ sở Đoàn", 126, "cơ sở Đoàn"),
  Q("35 công trình thanh niên", 35, "công trình thanh niên"),
  Q("1,2 tỷ đồng", 1200000000, "đồng"),
  Q("4.500 cây xanh", 4500, "cây xanh"),
  Q("18 km", 18, "km"),
  Q("5.400 đoàn viên", 5400, "đoàn viên"),
  Q("78%", 78, "%"),
  Q("2.800 đoàn viên mới", 2800, "đoàn viên mới"),
  Q("100% học viên", 100, "%"),
  Q("12 học viên", 12, "học viên")],
 [D("Kế hoạch", "46", "KH/TĐTN", issuer="Ban Thường vụ Tỉnh đoàn", surface="Kế hoạch 46, 47-KH/TĐTN của Ban Thường vụ Tỉnh đoàn"),
  D("Kế hoạch", "47", "KH/TĐTN", issuer="Ban Thường vụ Tỉnh đoàn", surface="Kế hoạch 46, 47-KH/TĐTN của Ban Thường vụ Tỉnh đoàn"),
  D("Chỉ thị", "42", "CT/TW", issuer="Bộ Chính trị", surface="Chỉ thị 42-CT/TW của Bộ Chính trị"),
  D("Hướng dẫn", "12", "HD/TWĐTN", issuer="Ban Bí thư Trung ương Đoàn", surface="Hướng dẫn 12-HD/TWĐTN của Ban Bí thư Trung ương Đoàn")],
 [prov("Bắc Ninh"), com("Đình Bảng"), com("Võ Cường")],
 ["TỈNH ĐOÀN BẮC NINH", "Cổng thông tin Đoàn TNCS Hồ Chí Minh tỉnh Bắc Ninh", "Trang chủ :: Tin hoạt động :: Công tác Đoàn",
  "Các học viên tham gia lớp tập huấn nghiệp vụ năm 2017. Ảnh: Tuấn Anh",
  "Đồng chí Nguyễn Thị Hải Yến, Bí thư Tỉnh đoàn phát biểu khai mạc lớp tập huấn.", "Tháng Thanh niên", "Ngày thứ Bảy tình nguyện",
  "Tuyến đường thanh niên tự quản", "nói dân hiểu, làm dân tin", "thôn Xuân Ổ", "Lượt xem: 1.204"],
 ["Ngày đăng 06/04/2017 | 16:20", "hai ngày 4 và 5/4", "2 không", "Lượt xem: 1.204"]))
