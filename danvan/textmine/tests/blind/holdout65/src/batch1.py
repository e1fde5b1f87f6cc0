from lib import *
PAGES = []

PAGES.append(page("b1517-nghean-mttq-giamsat-nhao-2011", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN
Trang chủ > Hoạt động Mặt trận > Giám sát - Phản biện
Thứ Năm, 22/09/2011 - 16:40
Giám sát việc hỗ trợ nhà ở cho hộ nghèo tại huyện Quỳ Châu
Ngày 20/9/2011, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Nghệ An do ông Lê Văn Hòa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008 của Thủ tướng Chính phủ về chính sách hỗ trợ hộ nghèo về nhà ở trên địa bàn huyện Quỳ Châu. Cùng đi có bà Vi Thị Hương, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh và ông Nguyễn Đình Lực, Phó Trưởng Ban Dân vận Tỉnh ủy.
Đoàn giám sát làm việc tại xã Châu Hạnh. Ảnh: Đức Anh
Đợt giám sát nằm trong chương trình giám sát năm 2011 của Mặt trận tỉnh, được tiến hành theo Kế hoạch số 38/KH-MTTQ-BTT ngày 15/8/2011 của Ban Thường trực Ủy ban MTTQ tỉnh, tại 5 huyện miền núi có tỷ lệ hộ nghèo cao.
Theo báo cáo của UBND huyện, giai đoạn 2009-2011 Quỳ Châu có 1.426 hộ nghèo thuộc diện hỗ trợ nhà ở, trong đó 1.108 hộ là đồng bào dân tộc Thái. Đến hết tháng 8/2011 đã có 1.215 căn nhà hoàn thành, đạt 85,2% kế hoạch; tổng kinh phí giải ngân hơn 21,8 tỷ đồng, trong đó vốn vay ưu đãi của Ngân hàng Chính sách xã hội là 9,7 tỷ đồng. Mỗi hộ được ngân sách Trung ương hỗ trợ 6 triệu đồng và được vay thêm 8 triệu đồng với lãi suất 3%/năm. Mặt trận các xã đã vận động được 3.840 ngày công và trên 460 triệu đồng giúp các hộ làm nhà.
Kiểm tra thực tế tại xã Châu Hạnh và xã Châu Bình, đoàn ghi nhận nhiều ngôi nhà được làm chắc chắn, đúng đối tượng, việc bình xét công khai tại các bản. Tuy vậy, còn 47 hộ chưa làm nhà do không có đất ở hoặc là người già cả, neo đơn; một số nhà làm xong chưa bảo đảm "3 cứng"; việc thanh quyết toán ở một vài xã còn chậm.
Trao đổi với đoàn, ông Lương Văn Thiết, Trưởng bản Na Lằn, cho biết nhiều hộ muốn làm nhà sàn theo tập quán nhưng giá gỗ tăng cao, số tiền hỗ trợ không đủ. Bà Lô Thị Lan ở bản Hội Nguyên, xã Châu Bình, mong được vay thêm vốn để hoàn thiện mái và nền nhà.
Ông Sầm Văn Chiến, Phó Chủ tịch UBND huyện Quỳ Châu, tiếp thu ý kiến và cho biết huyện sẽ bố trí quỹ đất tái định cư cho các hộ chưa có đất ở, đồng thời chỉ đạo Phòng Lao động - Thương binh và Xã hội phối hợp với Ủy ban MTTQ huyện rà soát lại danh sách.
Kết luận buổi giám sát, ông Lê Văn Hòa đề nghị UBND huyện khẩn trương giải quyết dứt điểm 47 hộ còn lại trước mùa mưa lũ, công khai danh sách và mức hỗ trợ tại nhà văn hóa bản để nhân dân cùng giám sát; Mặt trận các cấp tiếp tục vận động doanh nghiệp, con em xa quê ủng hộ vật liệu. Kết quả giám sát sẽ được tổng hợp, kiến nghị với UBND tỉnh và các sở, ngành liên quan.
Đức Anh
Lượt xem: 1.204
Tin liên quan
- Ủy ban MTTQ tỉnh giám sát chính sách đối với người có công tại Anh Sơn (09/09/2011)
- Hội nghị Ban Thường trực mở rộng quý III (31/08/2011)
- Quỳ Hợp: vận động 120 hộ hiến đất làm đường (18/08/2011)
- Tổng kết 5 năm cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" (05/08/2011)
""", "2011-09-22", "Giám sát việc hỗ trợ nhà ở cho hộ nghèo tại huyện Quỳ Châu",
E("giam_sat", "2011", "2011-09-20"),
[P("Lê Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vi Thị Hương", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đình Lực", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Thiết", "Trưởng bản Na Lằn"),
 P("Lô Thị Lan"),
 P("Sầm Văn Chiến", "Phó Chủ tịch UBND huyện Quỳ Châu")],
[Q("5 huyện miền núi", 5, "huyện miền núi"), Q("1.426 hộ nghèo", 1426, "hộ nghèo"), Q("1.108 hộ", 1108, "hộ"),
 Q("1.215 căn nhà", 1215, "căn nhà"), Q("85,2%", 85.2, "%"), Q("hơn 21,8 tỷ đồng", 21800000000, "đồng", "over"),
 Q("9,7 tỷ đồng", 9700000000, "đồng"), Q("6 triệu đồng", 6000000, "đồng"), Q("8 triệu đồng", 8000000, "đồng"),
 Q("3%/năm", 3, "%"), Q("3.840 ngày công", 3840, "ngày công"), Q("trên 460 triệu đồng", 460000000, "đồng", "over"),
 Q("47 hộ", 47, "hộ")],
[D("Quyết định", "167", "2008/QĐ-TTg", "2008-12-12", "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008"),
 D("Kế hoạch", "38", "KH-MTTQ-BTT", "2011-08-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 38/KH-MTTQ-BTT ngày 15/8/2011")],
[prov("Nghệ An"), com("Châu Hạnh"), com("Châu Bình")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN", "Trang chủ > Hoạt động Mặt trận > Giám sát - Phản biện",
 "Đoàn giám sát làm việc tại xã Châu Hạnh. Ảnh: Đức Anh", "Ngân hàng Chính sách xã hội", "Lượt xem: 1.204"],
["Thứ Năm, 22/09/2011 - 16:40", "năm 2011", "giai đoạn 2009-2011", "tháng 8/2011", "3 cứng", "Lượt xem: 1.204"]))

PAGES.append(page("b1518-hagiang-hoangsuphi-doithoai-2012", """
BÁO HÀ GIANG ĐIỆN TỬ
Trang chủ / Chính trị / Xây dựng Đảng
18/05/2012 - 08:30
Bí thư Huyện ủy Hoàng Su Phì đối thoại với nhân dân xã Bản Máy
BHG - Ngày 16/5, tại Trụ sở UBND xã Bản Máy, huyện Hoàng Su Phì, Thường trực Huyện ủy tổ chức buổi đối thoại trực tiếp với nhân dân năm 2012. Đồng chí Hoàng Văn Nhàn, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì; cùng dự có các đồng chí Phó Chủ tịch UBND huyện: Lù Văn Páo, Cháng Seo Dìn và đồng chí Lý Thị Dung, HUV, Trưởng Ban Dân vận Huyện ủy.
Quang cảnh buổi đối thoại tại xã Bản Máy.
Buổi đối thoại được tổ chức theo Quy chế số 07-QC/HU của Ban Thường vụ Huyện ủy về tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân. Tham dự có hơn 200 người dân, là người có uy tín, trưởng thôn và đại diện các hộ đồng bào La Chí, Nùng, Dao, Mông ở 9 thôn.
Mở đầu buổi đối thoại, đồng chí Lý Thị Dung thông tin tình hình kinh tế - xã hội của huyện 4 tháng đầu năm và kết quả thực hiện Nghị quyết số 05-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển cây chè Shan tuyết. Toàn xã hiện có khoảng 380 ha chè, năm 2011 thu nhập từ chè đạt gần 4,2 tỷ đồng.
Tại buổi đối thoại, bà con đã nêu 23 ý kiến. Ông Thèn Văn Chúng, thôn Tả Chải, đề nghị sớm sửa tuyến đường liên thôn bị sạt lở sau mưa lớn năm ngoái. Ông Sùng A Páo, Trưởng thôn Cốc Cọc, phản ánh giá phân bón tăng mà giá chè búp tươi giảm, nhiều hộ không có lãi; bà Lùng Thị Mây kiến nghị mở lớp dạy nghề cho thanh niên nữ và hỗ trợ giống cây trồng cho 56 hộ nghèo trong thôn.
Một số ý kiến băn khoăn về việc chi trả tiền hỗ trợ theo Quyết định số 102/2009/QĐ-TTg của Thủ tướng Chính phủ còn chậm, có hộ chưa nhận được tiền hỗ trợ năm 2011.
Trả lời các ý kiến, đồng chí Lù Văn Páo cho biết huyện đã bố trí 1,5 tỷ đồng sửa chữa tuyến đường Tả Chải - Cốc Cọc, dự kiến khởi công trong tháng 6. Đồng chí Cháng Seo Dìn yêu cầu Phòng Lao động - Thương binh và Xã hội kiểm tra việc chi trả hỗ trợ trực tiếp, hoàn thành trước ngày 30/6.
Phát biểu kết luận, đồng chí Hoàng Văn Nhàn đánh giá cao tinh thần thẳng thắn của bà con; các ý kiến thuộc thẩm quyền của huyện đã được trả lời ngay tại buổi đối thoại, những vấn đề vượt thẩm quyền sẽ được tổng hợp báo cáo Tỉnh ủy, UBND tỉnh Hà Giang. Đồng chí đề nghị Đảng ủy, chính quyền xã Bản Máy thực hiện tốt Quy chế dân chủ ở cơ sở, công khai các khoản hỗ trợ để nhân dân biết, bàn, kiểm tra; Ban Dân vận Huyện ủy theo dõi, đôn đốc việc giải quyết các kiến nghị sau đối thoại.
Giàng Thu
Lượt xem: 657
Tin khác
- Xín Mần: ra quân làm đường giao thông nông thôn (15/05/2012)
- Hội nghị giao ban công tác dân vận khu vực phía Tây (10/05/2012)
- Bắc Quang: 35 mô hình "Dân vận khéo" được biểu dương (04/05/2012)
- Quản Bạ tổ chức đối thoại với đồng bào Mông (26/04/2012)
""", "2012-05-18", "Bí thư Huyện ủy Hoàng Su Phì đối thoại với nhân dân xã Bản Máy",
E("doi_thoai", "2012", "2012-05-16"),
[P("Hoàng Văn Nhàn", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Lù Văn Páo", "Phó Chủ tịch UBND huyện"),
 P("Cháng Seo Dìn", "Phó Chủ tịch UBND huyện"),
 P("Lý Thị Dung", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Thèn Văn Chúng"),
 P("Sùng A Páo", "Trưởng thôn Cốc Cọc"),
 P("Lùng Thị Mây")],
[Q("hơn 200 người dân", 200, "người dân", "over"), Q("9 thôn", 9, "thôn"), Q("khoảng 380 ha", 380, "ha", "approx"),
 Q("gần 4,2 tỷ đồng", 4200000000, "đồng", "approx"), Q("23 ý kiến", 23, "ý kiến"), Q("56 hộ nghèo", 56, "hộ nghèo"),
 Q("1,5 tỷ đồng", 1500000000, "đồng")],
[D("Quy chế", "07", "QC/HU", None, "Ban Thường vụ Huyện ủy", "Quy chế số 07-QC/HU"),
 D("Nghị quyết", "05", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 05-NQ/HU"),
 D("Quyết định", "102", "2009/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 102/2009/QĐ-TTg")],
[prov("Hà Giang"), com("Bản Máy")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Trang chủ / Chính trị / Xây dựng Đảng", "Quang cảnh buổi đối thoại tại xã Bản Máy.", "BHG",
 "Quy chế dân chủ ở cơ sở", "Lượt xem: 657"],
["18/05/2012 - 08:30", "năm 2012", "4 tháng đầu năm", "năm 2011", "ngày 30/6", "Lượt xem: 657"]))

PAGES.append(page("b1519-quangnam-mttq-gopy-hienphap-2013", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Quảng Nam
Bạn đang ở: Trang chủ » Tin hoạt động » Phản biện xã hội
08:15 | 08/03/2013
Ảnh: Quang cảnh hội nghị góp ý.
Quảng Nam: Hơn 150 đại biểu góp ý Dự thảo sửa đổi Hiến pháp năm 1992
Ngày 6/3/2013, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Nam tổ chức hội nghị lấy ý kiến góp ý Dự thảo sửa đổi Hiến pháp năm 1992 đối với các vị Ủy viên Ủy ban MTTQ tỉnh, chức sắc tôn giáo, người có uy tín và đại diện các tầng lớp nhân dân. Đây là đợt góp ý thứ hai của Mặt trận tỉnh trong năm 2013, thực hiện Nghị quyết số 38/2012/QH13 của Quốc hội về việc tổ chức lấy ý kiến nhân dân về dự thảo sửa đổi Hiến pháp.
Chủ trì hội nghị có ông Phan Văn Thọ, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và bà Nguyễn Thị Bích Trâm, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Hội nghị có hơn 150 đại biểu tham dự, trong đó có 27 vị là chức sắc, chức việc các tôn giáo. Theo bà Nguyễn Thị Bích Trâm, từ đầu tháng 1 đến nay, Mặt trận các cấp trong tỉnh đã tổ chức 612 hội nghị, thu hút trên 38.000 lượt người tham gia, tổng hợp được 4.270 ý kiến góp ý.
Đa số đại biểu tán thành với việc bổ sung quy định về quyền con người, quyền và nghĩa vụ cơ bản của công dân. Thượng tọa Thích Hạnh Quang, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị làm rõ hơn quyền tự do tín ngưỡng, tôn giáo. Ông Bríu Pố, già làng ở thôn Ty Hy, xã Ch'ơm, huyện Tây Giang, mong Hiến pháp sửa đổi tiếp tục khẳng định chính sách ưu tiên phát triển vùng đồng bào dân tộc thiểu số, miền núi.
Nhiều ý kiến đề nghị quy định rõ vai trò giám sát và phản biện xã hội của MTTQ Việt Nam. Ông Trần Đình Quý, Chủ tịch Hội Cựu chiến binh tỉnh, cho rằng cần có cơ chế để kiến nghị sau giám sát của Mặt trận được cơ quan nhà nước trả lời trong thời hạn nhất định. Luật sư Lê Văn Hiếu, Phó Chủ nhiệm Đoàn Luật sư tỉnh, đề nghị cân nhắc quy định về chính quyền địa phương ở nông thôn, đô thị và hải đảo.
Liên quan đến đất đai, bà Hồ Thị Lê, Chủ tịch Hội Liên hiệp Phụ nữ xã Tam Thăng, phản ánh nhiều hộ bị thu hồi đất nông nghiệp để xây dựng khu công nghiệp nhưng việc đào tạo nghề, chuyển đổi việc làm chưa hiệu quả, đề nghị Hiến pháp quy định việc thu hồi đất phải bảo đảm công khai, minh bạch, bồi thường thỏa đáng.
Kết luận hội nghị, ông Phan Văn Thọ ghi nhận các ý kiến tâm huyết, có chất lượng và giao bộ phận giúp việc tổng hợp đầy đủ, báo cáo Ủy ban Trung ương MTTQ Việt Nam trước ngày 15/3/2013 theo Hướng dẫn số 25/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Minh Hải
Lượt xem: 2.318
Tin liên quan
- Mặt trận các huyện miền núi tổ chức lấy ý kiến về dự thảo Hiến pháp (01/03/2013)
- Hội nghị Ban Thường trực mở rộng lần thứ 3 (22/02/2013)
- Thăm, chúc Tết chức sắc các tôn giáo dịp Xuân Quý Tỵ (04/02/2013)
- Tam Kỳ: 1.200 ý kiến góp ý sửa đổi Hiến pháp (25/01/2013)
""", "2013-03-08", "Quảng Nam: Hơn 150 đại biểu góp ý Dự thảo sửa đổi Hiến pháp năm 1992",
E("hoi_nghi", "2013", "2013-03-06"),
[P("Phan Văn Thọ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Bích Trâm", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thích Hạnh Quang", "Thượng tọa", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Bríu Pố", "già làng ở thôn Ty Hy"),
 P("Trần Đình Quý", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Lê Văn Hiếu", "Luật sư", "Phó Chủ nhiệm Đoàn Luật sư tỉnh"),
 P("Hồ Thị Lê", "Chủ tịch Hội Liên hiệp Phụ nữ xã Tam Thăng")],
[Q("hơn 150 đại biểu", 150, "đại biểu", "over"), Q("27 vị", 27, "vị"), Q("612 hội nghị", 612, "hội nghị"),
 Q("trên 38.000 lượt người", 38000, "lượt người", "over"), Q("4.270 ý kiến góp ý", 4270, "ý kiến góp ý")],
[D("Nghị quyết", "38", "2012/QH13", None, "Quốc hội", "Nghị quyết số 38/2012/QH13"),
 D("Hướng dẫn", "25", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 25/HD-MTTW-BTT")],
[prov("Quảng Nam"), com("Ch'ơm"), com("Tam Thăng")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Quảng Nam", "Bạn đang ở: Trang chủ » Tin hoạt động » Phản biện xã hội",
 "Ảnh: Quang cảnh hội nghị góp ý.", "Hiến pháp năm 1992", "Giáo hội Phật giáo Việt Nam", "Lượt xem: 2.318"],
["08:15 | 08/03/2013", "năm 1992", "năm 2013", "đợt góp ý thứ hai", "ngày 15/3/2013", "Lượt xem: 2.318"]))

PAGES.append(page("b1520-camau-mttq-tongket-giamsat-2014", """
BÁO CÀ MAU ĐIỆN TỬ
Chính trị » Mặt trận - Đoàn thể
Cập nhật lúc 16:45 ngày 26/12/2014
Nâng chất lượng giám sát, phản biện xã hội
(CMO) Chiều 25/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cà Mau tổ chức hội nghị tổng kết công tác Mặt trận năm 2014, trong đó tập trung đánh giá 1 năm thực hiện Quyết định 217-QĐ/TW và Quyết định 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền.
Đồng chí Huỳnh Minh Tâm trao bằng khen cho các tập thể. Ảnh: Quốc Bảo
Dự và chỉ đạo hội nghị có đồng chí Lâm Văn Bi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Huỳnh Minh Tâm, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2014, Mặt trận các cấp chủ trì tổ chức 96 cuộc giám sát, phối hợp với HĐND cùng cấp giám sát 143 cuộc; nội dung tập trung vào chính sách đối với hộ nghèo, bồi thường giải phóng mặt bằng, xây dựng nông thôn mới và việc giải quyết khiếu nại, tố cáo. Qua giám sát, Mặt trận đã kiến nghị 318 nội dung, đến nay có 271 kiến nghị được cơ quan chức năng tiếp thu, giải quyết, đạt 85,2%.
Về phản biện xã hội, Ủy ban MTTQ tỉnh tổ chức 4 hội nghị phản biện dự thảo nghị quyết của HĐND tỉnh, trong đó có dự thảo về mức thu học phí và quy hoạch nuôi trồng thủy sản. Ban Thanh tra nhân dân ở 101 xã, phường, thị trấn và Ban Giám sát đầu tư của cộng đồng đã thực hiện 512 cuộc giám sát, phát hiện 37 vụ việc sai phạm, kiến nghị thu hồi hơn 640 triệu đồng.
Cũng trong năm, cuộc vận động "Ngày vì người nghèo" đã tiếp nhận gần 18,6 tỷ đồng; Mặt trận xây dựng 1.135 căn nhà Đại đoàn kết và trao 9.400 suất quà Tết.
Tại hội nghị, ông Nguyễn Văn Út, Chủ tịch Ủy ban MTTQ xã Tân Ân, huyện Ngọc Hiển, cho biết việc giám sát các công trình trên địa bàn gặp khó vì thành viên Ban Giám sát đầu tư của cộng đồng thiếu kiến thức chuyên môn. Bà Trần Thị Hồng Nga, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ huyện Thới Bình, đề nghị tỉnh sớm có hướng dẫn về quy trình phản biện ở cấp huyện.
Phát biểu chỉ đạo, đồng chí Lâm Văn Bi đề nghị năm 2015 Mặt trận các cấp bám sát Chương trình hành động số 21-CTr/TU của Tỉnh ủy thực hiện Quyết định 217, 218; chọn nội dung giám sát đúng vấn đề nhân dân quan tâm, theo dõi đến cùng việc thực hiện kiến nghị sau giám sát. Đồng chí Bi cũng yêu cầu phát huy vai trò của người có uy tín trong đồng bào Khmer, Hoa.
Dịp này, 15 tập thể và 22 cá nhân được nhận bằng khen của Ủy ban Trung ương MTTQ Việt Nam và UBND tỉnh.
Quốc Bảo
Số lượt xem: 1.541
Tin cùng chuyên mục
- Trần Văn Thời: Đại hội điểm Mặt trận cấp xã nhiệm kỳ 2014-2019 (19/12/2014)
- Trao 200 suất quà cho hộ nghèo xã Khánh Hưng (12/12/2014)
- Giám sát việc chi trả tiền bồi thường dự án Khí - Điện - Đạm (05/12/2014)
""", "2014-12-26", "Nâng chất lượng giám sát, phản biện xã hội",
E("tong_ket", "2014", "2014-12-25"),
[P("Huỳnh Minh Tâm", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Văn Bi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Út", "Chủ tịch Ủy ban MTTQ xã Tân Ân"),
 P("Trần Thị Hồng Nga", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ huyện Thới Bình")],
[Q("96 cuộc giám sát", 96, "cuộc giám sát"), Q("143 cuộc", 143, "cuộc"), Q("318 nội dung", 318, "nội dung"),
 Q("271 kiến nghị", 271, "kiến nghị"), Q("85,2%", 85.2, "%"), Q("4 hội nghị phản biện", 4, "hội nghị phản biện"),
 Q("101 xã, phường, thị trấn", 101, "xã, phường, thị trấn"), Q("512 cuộc giám sát", 512, "cuộc giám sát"),
 Q("37 vụ việc sai phạm", 37, "vụ việc sai phạm"), Q("hơn 640 triệu đồng", 640000000, "đồng", "over"),
 Q("gần 18,6 tỷ đồng", 18600000000, "đồng", "approx"), Q("1.135 căn nhà Đại đoàn kết", 1135, "căn nhà Đại đoàn kết"),
 Q("9.400 suất quà Tết", 9400, "suất quà Tết"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 218-QĐ/TW ngày 12/12/2013"),
 D("Chương trình hành động", "21", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 21-CTr/TU")],
[prov("Cà Mau"), com("Tân Ân")],
["BÁO CÀ MAU ĐIỆN TỬ", "Chính trị » Mặt trận - Đoàn thể", "Đồng chí Huỳnh Minh Tâm trao bằng khen cho các tập thể. Ảnh: Quốc Bảo",
 "(CMO)", "Ngày vì người nghèo", "Ban Thanh tra nhân dân", "Ban Giám sát đầu tư của cộng đồng", "Số lượt xem: 1.541"],
["Cập nhật lúc 16:45 ngày 26/12/2014", "năm 2014", "1 năm", "năm 2015", "Quyết định 217, 218", "Số lượt xem: 1.541"]))

PAGES.append(page("b1521-thanhhoa-taphuan-giamsat-phanbien-2015", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA
Trang chủ :: Tin tức - Sự kiện :: Hoạt động của Ban
Ngày đăng 10/07/2015 | 09:20
Tập huấn kỹ năng giám sát, phản biện xã hội cho cán bộ cơ sở
Trong 2 ngày 8 và 9/7/2015, Ban Dân vận Tỉnh ủy Thanh Hóa phối hợp với Ủy ban MTTQ tỉnh tổ chức lớp tập huấn nghiệp vụ giám sát, phản biện xã hội và tham gia góp ý xây dựng Đảng, xây dựng chính quyền năm 2015 cho 186 học viên là Trưởng ban Dân vận, Chủ tịch Ủy ban MTTQ các xã, phường, thị trấn thuộc 9 huyện miền núi.
Đồng chí Lê Thị Thìn phát biểu khai mạc lớp tập huấn.
Đến dự khai mạc có đồng chí Lê Thị Thìn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phạm Văn Hưng, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh.
Phát biểu khai mạc, đồng chí Lê Thị Thìn nhấn mạnh, sau hơn 1 năm triển khai Quyết định số 217-QĐ/TW của Bộ Chính trị và Kế hoạch số 112-KH/TU ngày 26/3/2014 của Ban Thường vụ Tỉnh ủy, hoạt động giám sát của Mặt trận và các đoàn thể đã có chuyển biến, nhưng ở cơ sở còn lúng túng, chủ yếu giám sát qua báo cáo, chưa dám nêu kiến nghị cụ thể; phản biện xã hội hầu như chưa thực hiện ở cấp xã.
Các học viên được nghe đồng chí Hà Văn Tuyên, Phó Trưởng Ban Dân vận Tỉnh ủy, giới thiệu chuyên đề về nội dung, hình thức giám sát; ông Lê Minh Đức, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, hướng dẫn quy trình tổ chức hội nghị phản biện, cách xây dựng văn bản kiến nghị sau giám sát theo Hướng dẫn số 27/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Ngày thứ hai, lớp học thảo luận nhóm, xử lý tình huống giả định về việc giám sát thu, chi các khoản đóng góp của nhân dân và giám sát công trình đường giao thông nông thôn. Ông Ngân Văn Hỏa, Chủ tịch Ủy ban MTTQ xã Trung Lý, huyện Mường Lát, chia sẻ: ở bản người Mông, có công trình nhà văn hóa kinh phí hơn 700 triệu đồng, nhưng Ban Giám sát đầu tư của cộng đồng không được xem thiết kế, dự toán. Bà Lò Thị Mai, Trưởng Ban Dân vận Đảng ủy xã Thanh Xuân, huyện Như Xuân, cho biết xã đã vận động 41 hộ hiến gần 3.200 m2 đất làm đường nhờ công khai từ đầu.
Theo số liệu của Ban Dân vận Tỉnh ủy, 6 tháng đầu năm 2015, Mặt trận và các đoàn thể cấp xã trong tỉnh đã tổ chức 1.074 cuộc giám sát; toàn tỉnh có 2.246 Ban Thanh tra nhân dân.
Kết thúc lớp học, 100% học viên đạt yêu cầu và được cấp giấy chứng nhận. Ban Dân vận Tỉnh ủy sẽ tiếp tục mở 2 lớp cho các huyện đồng bằng, ven biển trong tháng 8.
Lê Hà
Lượt truy cập: 3.087
Tin liên quan
- Giao ban công tác dân vận 6 tháng đầu năm 2015 (03/07/2015)
- Hội nghị biểu dương điển hình "Dân vận khéo" giai đoạn 2010-2015 (19/06/2015)
- Quan Hóa: đối thoại với nhân dân về bồi thường thủy điện (05/06/2015)
""", "2015-07-10", "Tập huấn kỹ năng giám sát, phản biện xã hội cho cán bộ cơ sở",
E("tap_huan", "2015", "2015-07-08"),
[P("Lê Thị Thìn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Hưng", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Hà Văn Tuyên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Minh Đức", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Ngân Văn Hỏa", "Chủ tịch Ủy ban MTTQ xã Trung Lý"),
 P("Lò Thị Mai", "Trưởng Ban Dân vận Đảng ủy xã Thanh Xuân")],
[Q("186 học viên", 186, "học viên"), Q("9 huyện miền núi", 9, "huyện miền núi"), Q("hơn 700 triệu đồng", 700000000, "đồng", "over"),
 Q("41 hộ", 41, "hộ"), Q("gần 3.200 m2", 3200, "m2", "approx"), Q("1.074 cuộc giám sát", 1074, "cuộc giám sát"),
 Q("2.246 Ban Thanh tra nhân dân", 2246, "Ban Thanh tra nhân dân"), Q("100%", 100, "%"), Q("2 lớp", 2, "lớp")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Kế hoạch", "112", "KH/TU", "2014-03-26", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 112-KH/TU ngày 26/3/2014"),
 D("Hướng dẫn", "27", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 27/HD-MTTW-BTT")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Thanh Xuân")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA", "Trang chủ :: Tin tức - Sự kiện :: Hoạt động của Ban",
 "Đồng chí Lê Thị Thìn phát biểu khai mạc lớp tập huấn.", "Ban Giám sát đầu tư của cộng đồng", "Lượt truy cập: 3.087"],
["Ngày đăng 10/07/2015 | 09:20", "2 ngày", "năm 2015", "hơn 1 năm", "Ngày thứ hai", "6 tháng đầu năm 2015", "Lượt truy cập: 3.087"]))

PAGES.append(page("b1522-daklak-doithoai-buonmathuot-khac-2016", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Thời sự | Chính trị | Dân vận
Thứ Ba, 15/11/2016 - 07:05
Khi người đứng đầu ngồi lại với dân
Nhiều năm qua, những buổi đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân ở Đắk Lắk không còn là chuyện hiếm. Ở nhiều buôn đồng bào Êđê, M'nông, người dân đã quen với việc mang những băn khoăn về đất đai, về nước tưới, về con đường vào rẫy đến hỏi thẳng Bí thư, Chủ tịch xã.
Một buổi đối thoại tại buôn Ko Siêr. Ảnh: Hoàng Gia
Theo Ban Dân vận Tỉnh ủy, từ khi thực hiện Quyết định số 1320-QĐ/TU ngày 12/5/2014 của Ban Thường vụ Tỉnh ủy ban hành Quy định về tiếp xúc, đối thoại của người đứng đầu, đến nay cấp ủy, chính quyền các cấp trong tỉnh đã tổ chức 2.967 buổi đối thoại, với khoảng 184.000 lượt người tham dự. Nhân dân đã nêu hơn 9.100 ý kiến, trong đó 87% đã được trả lời, giải quyết.
Ông Y Kông Kbuôr, người có uy tín buôn Ko Siêr, phường Tân Lợi, TP Buôn Ma Thuột, nhớ lại: trước đây việc tranh chấp đất giữa các hộ trong buôn kéo dài, đơn thư gửi nhiều nơi mà không ai trả lời. "Từ khi có đối thoại, cán bộ về tận buôn nghe dân nói, cái gì làm được thì hứa ngày làm, cái gì chưa làm được thì nói rõ vì sao. Bà con thấy cán bộ thật lòng nên tin", ông nói.
Ở huyện Krông Bông, sau buổi đối thoại năm 2015 giữa Bí thư Huyện ủy với đồng bào xã Cư Pui, huyện đã đầu tư kênh mương tưới cho 120 ha lúa nước và giải quyết dứt điểm 14 vụ tranh chấp đất rẫy. Bà H'Nhi Ayun, Chủ tịch Hội Liên hiệp Phụ nữ xã Cư Pui, cho biết chị em phụ nữ nay mạnh dạn phát biểu hơn trong các cuộc họp buôn.
Ông Nguyễn Văn Sơn, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, nhận xét: đối thoại chỉ có ý nghĩa khi lời hứa được thực hiện. Vì vậy, Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn số 15-HD/BDVTU về theo dõi việc thực hiện kết luận sau đối thoại, giao Ban Dân vận các huyện ủy, thị ủy, thành ủy báo cáo định kỳ 6 tháng một lần.
Tuy vậy, ông Sơn cũng thừa nhận ở một số nơi đối thoại còn hình thức, chuẩn bị sẵn câu hỏi, người dân ngại nói; có địa phương chỉ tổ chức khi đã phát sinh điểm nóng. "Mục tiêu là để dân nói thật, và cán bộ làm thật", ông Sơn nói.
Thực hiện Chỉ thị số 17-CT/TU của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả công tác dân vận chính quyền, từ năm 2017 tỉnh sẽ đưa kết quả đối thoại vào tiêu chí đánh giá người đứng đầu hằng năm.
Hoàng Gia
Lượt xem: 4.012
Tin khác
- Ea Kar: 23 mô hình "Dân vận khéo" được công nhận (10/11/2016)
- Hội nghị người có uy tín tiêu biểu năm 2016 (02/11/2016)
- Buôn Đôn giải quyết dứt điểm tranh chấp đất tại buôn Jang Lành (25/10/2016)
""", "2016-11-15", "Khi người đứng đầu ngồi lại với dân",
E("khac", None, None),
[P("Y Kông Kbuôr", "người có uy tín buôn Ko Siêr"),
 P("H'Nhi Ayun", "Chủ tịch Hội Liên hiệp Phụ nữ xã Cư Pui"),
 P("Nguyễn Văn Sơn", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy")],
[Q("2.967 buổi đối thoại", 2967, "buổi đối thoại"), Q("khoảng 184.000 lượt người", 184000, "lượt người", "approx"),
 Q("hơn 9.100 ý kiến", 9100, "ý kiến", "over"), Q("87%", 87, "%"), Q("120 ha", 120, "ha"),
 Q("14 vụ tranh chấp đất rẫy", 14, "vụ tranh chấp đất rẫy")],
[D("Quyết định", "1320", "QĐ/TU", "2014-05-12", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1320-QĐ/TU ngày 12/5/2014"),
 D("Hướng dẫn", "15", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 15-HD/BDVTU"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU")],
[prov("Đắk Lắk"), com("Tân Lợi"), com("Cư Pui")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Thời sự | Chính trị | Dân vận", "Một buổi đối thoại tại buôn Ko Siêr. Ảnh: Hoàng Gia", "Lượt xem: 4.012"],
["Thứ Ba, 15/11/2016 - 07:05", "năm 2015", "6 tháng một lần", "năm 2017", "Lượt xem: 4.012"]))
