from lib import *
PAGES = []

PAGES.append(page("b1397-thanhhoa-giaoban-quy3-2011", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA
Trang chủ > Hoạt động dân vận > Tin trong tỉnh
Thứ Ba, 11/10/2011 - 16:20
Giao ban khối dân vận quý III: tập trung nắm tình hình nhân dân vùng dự án
Ngày 10/10/2011, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức giao ban khối dân vận quý III năm 2011, đánh giá tình hình nhân dân và triển khai nhiệm vụ quý IV. Đồng chí Lê Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trịnh Văn Khiêm, Hoàng Ngọc Lan.
Quang cảnh buổi giao ban. Ảnh: Ngọc Huấn
Báo cáo cho thấy, trong quý III tình hình nhân dân trong tỉnh cơ bản ổn định; tuy nhiên ở khu kinh tế Nghi Sơn và vùng lòng hồ Cửa Đạt vẫn còn những bức xúc liên quan bồi thường, hỗ trợ tái định cư. Toàn tỉnh còn 412 hộ dân tái định cư chưa được giao đất sản xuất; một số hộ ở xã Hải Yến, xã Nghi Sơn tụ tập đông người kéo lên trụ sở UBND huyện Tĩnh Gia yêu cầu nâng đơn giá bồi thường. Các cơ quan khối dân vận đã phối hợp tiếp 236 lượt công dân, nhận 94 đơn thư khiếu nại, tố cáo, trong đó 61 đơn thuộc lĩnh vực đất đai; đã giải quyết, trả lời 72 đơn.
Thực hiện Chỉ thị số 21-CT/TU ngày 14/6/2011 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong giải phóng mặt bằng, Ban đã cử 3 đoàn công tác xuống cơ sở, phối hợp với Ủy ban MTTQ tỉnh và các đoàn thể vận động 1.150 hộ bàn giao mặt bằng. Ban cũng ban hành Hướng dẫn số 07-HD/BDVTU về củng cố tổ dân vận thôn, bản.
Tại giao ban, đồng chí Lê Văn Tứ, HUV, Trưởng Ban Dân vận Huyện ủy Tĩnh Gia, phản ánh nhiều hộ đã nhận tiền nhưng chưa có nơi ở mới vì hạ tầng các khu tái định cư ở xã Xuân Lâm, Mai Lâm chậm hoàn thiện; đồng chí đề nghị tỉnh sớm bố trí khoảng 35 tỷ đồng cho các khu này. Ông Cầm Bá Thịnh, Phó Chủ tịch Ủy ban MTTQ huyện Thường Xuân, cho biết đời sống một bộ phận người dân tái định cư Cửa Đạt còn khó khăn, có 57 hộ thiếu đói giáp hạt.
Kết luận giao ban, đồng chí Lê Thị Hạnh yêu cầu khối dân vận các cấp thực hiện nghiêm Quyết định số 290-QĐ/TW của Ban Bí thư về Quy chế công tác dân vận của hệ thống chính trị; chủ động nắm tình hình, không để phát sinh điểm nóng, khiếu kiện đông người; người đứng đầu cấp ủy phải trực tiếp đối thoại với dân. Quý IV, Ban tập trung kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 12 xã có dự án lớn.
Minh Hằng
Tin liên quan
- Tĩnh Gia: vận động nhân dân bàn giao mặt bằng cho dự án lọc hóa dầu (28/09/2011)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Bá Thước (15/09/2011)
- Hội nghị tập huấn nghiệp vụ công tác dân vận năm 2011 (30/08/2011)
- Thường Xuân: chăm lo đời sống đồng bào tái định cư lòng hồ (12/08/2011)
""", "2011-10-11", "Giao ban khối dân vận quý III: tập trung nắm tình hình nhân dân vùng dự án",
E("giao_ban", "2011-Q3", "2011-10-10"),
[P("Lê Thị Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trịnh Văn Khiêm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Ngọc Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Tứ", "HUV", "Trưởng Ban Dân vận Huyện ủy Tĩnh Gia"),
 P("Cầm Bá Thịnh", "Phó Chủ tịch Ủy ban MTTQ huyện Thường Xuân")],
[Q("412 hộ dân tái định cư", 412, "hộ dân tái định cư"), Q("236 lượt công dân", 236, "lượt công dân"),
 Q("94 đơn thư khiếu nại, tố cáo", 94, "đơn thư khiếu nại, tố cáo"), Q("61 đơn", 61, "đơn"), Q("72 đơn", 72, "đơn"),
 Q("3 đoàn công tác", 3, "đoàn công tác"), Q("1.150 hộ", 1150, "hộ"), Q("khoảng 35 tỷ đồng", 35000000000, "đồng", "approx"),
 Q("57 hộ thiếu đói", 57, "hộ thiếu đói"), Q("12 xã", 12, "xã")],
[D("Chỉ thị", "21", "CT/TU", "2011-06-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BDVTU"),
 D("Quyết định", "290", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 290-QĐ/TW")],
[prov("Thanh Hóa"), com("Hải Yến"), com("Nghi Sơn"), com("Xuân Lâm"), com("Mai Lâm")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA", "Trang chủ > Hoạt động dân vận > Tin trong tỉnh", "Quang cảnh buổi giao ban. Ảnh: Ngọc Huấn",
 "Quy chế công tác dân vận của hệ thống chính trị", "Quy chế dân chủ ở cơ sở"],
["Thứ Ba, 11/10/2011 - 16:20", "quý III năm 2011", "quý IV"]))

PAGES.append(page("b1398-hungyen-doithoai-dat-dichvu-2012", """
Cổng thông tin điện tử tỉnh Hưng Yên
Tin tức - Sự kiện / Chính trị - Xã hội
08:30 | 23/08/2012
Lượt xem: 1.274
Văn Giang: đối thoại với người dân có đất bị thu hồi
Chiều 21/8, UBND huyện Văn Giang tổ chức đối thoại với 146 hộ dân xã Phụng Công có đất nông nghiệp bị thu hồi để thực hiện dự án khu đô thị thương mại - du lịch. Đồng chí Nguyễn Hữu Quang, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì buổi đối thoại.
Ông Nguyễn Hữu Quang trả lời ý kiến của người dân.
Cùng dự có đồng chí Đỗ Thị Mận, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Vũ Đình Khải, Phó Chủ tịch Ủy ban MTTQ tỉnh; lãnh đạo các phòng Tài nguyên và Môi trường, Tài chính - Kế hoạch và Đảng ủy, UBND xã Phụng Công.
Tại buổi đối thoại, nhiều ý kiến thắc mắc về đơn giá bồi thường đất nông nghiệp, việc giao đất dịch vụ và hỗ trợ chuyển đổi nghề. Ông Lê Văn Thược, thôn Đồng Tỉnh, cho rằng mức hỗ trợ 135.000 đồng/m2 là thấp so với các dự án lân cận; bà Phạm Thị Lài đề nghị công khai danh sách hộ được giao đất dịch vụ. Một số hộ phản ánh đã gửi đơn nhiều lần từ năm 2010 nhưng chưa được trả lời.
Trả lời các kiến nghị, đồng chí Chủ tịch UBND huyện cho biết việc bồi thường được thực hiện theo Quyết định số 15/2011/QĐ-UBND ngày 10/8/2011 của UBND tỉnh quy định đơn giá bồi thường, hỗ trợ khi Nhà nước thu hồi đất; tổng kinh phí đã chi trả cho dự án là trên 418 tỷ đồng, đạt 87% số hộ. Huyện đã thành lập tổ công tác gồm 9 đồng chí để rà soát lại từng hồ sơ, trường hợp nào tính thiếu sẽ được bổ sung. Riêng việc giao đất dịch vụ, huyện sẽ lập phương án trình tỉnh theo đúng quy định, công khai tại nhà văn hóa thôn.
Đồng chí Đỗ Thị Mận đề nghị cấp ủy, chính quyền huyện thực hiện tốt Chỉ thị số 14-CT/TU ngày 12/3/2012 của Tỉnh ủy về tăng cường lãnh đạo công tác bồi thường, giải phóng mặt bằng và tái định cư; Mặt trận, các đoàn thể bám dân, tuyên truyền để người dân hiểu chủ trương, không để kẻ xấu kích động, lôi kéo.
Theo Ban Dân vận Huyện ủy Văn Giang, từ đầu năm 2012 đến nay huyện đã tổ chức 5 cuộc đối thoại với người dân vùng dự án; tuy vậy vẫn còn 64 hộ chưa nhận tiền, trong đó nhiều hộ bị một số đối tượng bên ngoài lôi kéo, ký đơn tập thể gửi lên Trung ương.
Kết thúc đối thoại, 38 hộ đã ký biên bản nhận tiền bồi thường. Ông Nguyễn Văn Cừ, Bí thư Đảng ủy xã Phụng Công, cho biết xã sẽ tiếp tục phối hợp với Ban Dân vận Huyện ủy vận động các hộ còn lại.
Thu Hà
Tin khác
- Hưng Yên: tiếp nhận 112 đơn thư trong tháng 7 (05/08/2012)
- Khoái Châu công khai phương án giao đất dịch vụ (28/07/2012)
- Hội nghị giao ban công tác dân vận 6 tháng đầu năm (17/07/2012)
- Mỹ Hào: đối thoại doanh nghiệp với công nhân (10/07/2012)
""", "2012-08-23", "Văn Giang: đối thoại với người dân có đất bị thu hồi",
E("doi_thoai", None, "2012-08-21"),
[P("Nguyễn Hữu Quang", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Đỗ Thị Mận", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Đình Khải", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Văn Thược"),
 P("Phạm Thị Lài"),
 P("Nguyễn Văn Cừ", "Bí thư Đảng ủy xã Phụng Công")],
[Q("146 hộ dân", 146, "hộ dân"), Q("135.000 đồng/m2", 135000, "đồng"), Q("trên 418 tỷ đồng", 418000000000, "đồng", "over"),
 Q("87% số hộ", 87, "%"), Q("9 đồng chí", 9, "đồng chí"), Q("5 cuộc đối thoại", 5, "cuộc đối thoại"), Q("64 hộ", 64, "hộ"), Q("38 hộ", 38, "hộ")],
[D("Quyết định", "15", "2011/QĐ-UBND", "2011-08-10", "UBND tỉnh", "Quyết định số 15/2011/QĐ-UBND"),
 D("Chỉ thị", "14", "CT/TU", "2012-03-12", "Tỉnh ủy", "Chỉ thị số 14-CT/TU")],
[prov("Hưng Yên"), com("Phụng Công")],
["Cổng thông tin điện tử tỉnh Hưng Yên", "Tin tức - Sự kiện / Chính trị - Xã hội", "Lượt xem: 1.274",
 "Ông Nguyễn Hữu Quang trả lời ý kiến của người dân."],
["08:30 | 23/08/2012", "Lượt xem: 1.274", "9 đồng chí", "năm 2010", "từ đầu năm 2012"]))

PAGES.append(page("b1399-quangnam-mttq-giamsat-taidinhcu-2013", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM
Trang chủ » Hoạt động Mặt trận » Giám sát và phản biện xã hội
Thứ Sáu, 08/11/2013 - 09:12
Ảnh: Đoàn giám sát làm việc tại khu tái định cư thôn 2, xã Trà Đốc.
Giám sát việc thực hiện chính sách tái định cư vùng thủy điện Sông Tranh 2
Thực hiện Chương trình giám sát năm 2013, từ ngày 5 đến 7/11, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do ông Trần Văn Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách bồi thường, hỗ trợ, tái định cư cho người dân vùng dự án thủy điện Sông Tranh 2 tại huyện Bắc Trà My.
Tham gia đoàn có đại diện Ban Dân vận Tỉnh ủy, Sở Nông nghiệp và Phát triển nông thôn, Hội Nông dân tỉnh và bà Hồ Thị Minh, Ủy viên Ban Thường trực, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo của UBND huyện, dự án có 1.064 hộ với 4.582 khẩu phải di dời, được bố trí vào 21 khu tái định cư tập trung ở các xã Trà Tân, Trà Đốc, Trà Bui. Đến nay, các hộ đã nhận tiền bồi thường với tổng số hơn 296 tỷ đồng; tuy vậy còn 318 hộ chưa được cấp đủ đất sản xuất theo Quyết định số 3075/QĐ-UBND ngày 28/9/2012 của UBND tỉnh, nhiều nơi đất cấp nằm xa khu dân cư, độ dốc lớn, khó canh tác.
Qua làm việc trực tiếp tại các khu tái định cư, người dân phản ánh tình trạng nhà ở xuống cấp, nứt tường, thiếu nước sinh hoạt vào mùa khô; một số hộ người Ca Dong đã quay về nơi ở cũ trong lòng hồ để làm rẫy. Ông Hồ Văn Thắng, người có uy tín thôn 2, xã Trà Đốc, đề nghị sớm làm lại hệ thống nước tự chảy đã hư hỏng từ năm 2012. Sau các đợt động đất kéo dài, tâm lý một bộ phận người dân vùng hạ du còn lo lắng.
Đoàn giám sát ghi nhận cấp ủy, chính quyền huyện đã nỗ lực ổn định đời sống người dân, thực hiện hỗ trợ lương thực 6 tháng cho mỗi nhân khẩu, mỗi hộ được hỗ trợ 3 triệu đồng mua giống cây trồng. Tuy nhiên, việc đối thoại với dân chưa thường xuyên; có 27 đơn thư kiến nghị của người dân kéo dài nhiều tháng chưa được trả lời dứt điểm.
Kết luận đợt giám sát, ông Trần Văn Mai đề nghị UBND tỉnh Quảng Nam chỉ đạo chủ đầu tư khẩn trương khắc phục các công trình hư hỏng, rà soát quỹ đất để cấp bổ sung đất sản xuất; thực hiện đúng Nghị định số 69/2009/NĐ-CP của Chính phủ về quy hoạch sử dụng đất, giá đất, thu hồi đất, bồi thường, hỗ trợ và tái định cư. Kết quả giám sát sẽ được tổng hợp, báo cáo Thường trực Tỉnh ủy.
Nguyễn Hòa
Tin liên quan
- Hội nghị hiệp thương lần thứ ba Ủy ban MTTQ tỉnh (30/10/2013)
- Phản biện dự thảo quy định giá đất năm 2014 (18/10/2013)
- Nam Trà My: trao 120 suất quà cho hộ nghèo (04/10/2013)
""", "2013-11-08", "Giám sát việc thực hiện chính sách tái định cư vùng thủy điện Sông Tranh 2",
E("giam_sat", "2013", "2013-11-05"),
[P("Trần Văn Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Minh", "Ủy viên Ban Thường trực", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Thắng", "người có uy tín thôn 2")],
[Q("1.064 hộ", 1064, "hộ"), Q("4.582 khẩu", 4582, "khẩu"), Q("21 khu tái định cư tập trung", 21, "khu tái định cư tập trung"),
 Q("hơn 296 tỷ đồng", 296000000000, "đồng", "over"), Q("318 hộ", 318, "hộ"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("27 đơn thư kiến nghị", 27, "đơn thư kiến nghị")],
[D("Quyết định", "3075", "QĐ-UBND", "2012-09-28", "UBND tỉnh", "Quyết định số 3075/QĐ-UBND"),
 D("Nghị định", "69", "2009/NĐ-CP", None, "Chính phủ", "Nghị định số 69/2009/NĐ-CP")],
[prov("Quảng Nam"), com("Trà Đốc"), com("Trà Tân"), com("Trà Bui")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM", "Trang chủ » Hoạt động Mặt trận » Giám sát và phản biện xã hội",
 "Ảnh: Đoàn giám sát làm việc tại khu tái định cư thôn 2, xã Trà Đốc.", "Chương trình giám sát năm 2013", "Sông Tranh 2"],
["Thứ Sáu, 08/11/2013 - 09:12", "6 tháng", "năm 2012", "Sông Tranh 2"]))

PAGES.append(page("b1400-binhduong-bdv-baocao-tinhhinh-2014", """
Báo Bình Dương Online
Chính trị > Xây dựng Đảng
Thứ Ba, 20/05/2014 - 17:35
Ban Dân vận Tỉnh ủy báo cáo tình hình tư tưởng nhân dân sau các vụ gây rối
(BDO) Chiều 19/5, tại cuộc làm việc với Thường trực Tỉnh ủy, Ban Dân vận Tỉnh ủy đã báo cáo nhanh tình hình tư tưởng nhân dân, công nhân lao động trong tháng 5/2014, sau các vụ tụ tập, gây rối, đập phá tài sản doanh nghiệp tại một số khu công nghiệp trên địa bàn tỉnh.
Đồng chí Phạm Thị Bích Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy báo cáo tại buổi làm việc.
Báo cáo do đồng chí Phạm Thị Bích Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy trình bày nêu rõ: đại đa số cán bộ, đảng viên, công nhân và nhân dân đồng tình với các hoạt động bày tỏ lòng yêu nước một cách ôn hòa, đúng pháp luật trước việc Trung Quốc hạ đặt trái phép giàn khoan Hải Dương 981; nhưng bức xúc, lên án hành vi lợi dụng để kích động, gây rối, cướp phá tài sản. Qua rà soát, có 460 doanh nghiệp bị ảnh hưởng, trong đó 15 doanh nghiệp bị đốt cháy nhà xưởng; khoảng 3.000 công nhân tạm nghỉ việc.
Ban Dân vận Tỉnh ủy đã phối hợp với Ủy ban MTTQ Việt Nam tỉnh, Liên đoàn Lao động tỉnh tổ chức 42 cuộc tiếp xúc, đối thoại tại doanh nghiệp, thăm hỏi 217 công nhân bị thương hoặc mất việc; các cơ sở tôn giáo lớn đều ra thông báo kêu gọi tín đồ bình tĩnh, không tham gia tụ tập. Khối dân vận các cấp cũng tiếp nhận 36 kiến nghị của doanh nghiệp nước ngoài về bảo đảm an ninh trật tự.
Cũng theo báo cáo, tại phường Tân Định (thị xã Bến Cát), một số người có đất bị thu hồi làm khu công nghiệp trước đây đã lợi dụng tình hình để tụ tập, đòi bồi thường bổ sung; các lực lượng đã kịp thời vận động 23 người trở về nhà, không để vụ việc kéo dài.
Ông Lê Minh Trí, Tỉnh ủy viên, Chủ tịch Liên đoàn Lao động tỉnh, cho biết các công đoàn cơ sở đã kịp thời nắm tình hình ở 1.120 doanh nghiệp có tổ chức công đoàn, vận động công nhân trở lại làm việc; đến ngày 18/5 có hơn 90% doanh nghiệp hoạt động trở lại.
Kết luận buổi làm việc, đồng chí Lâm Văn Trung, Phó Bí thư Thường trực Tỉnh ủy, biểu dương sự vào cuộc của khối dân vận; yêu cầu tiếp tục thực hiện Kế hoạch số 85-KH/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong doanh nghiệp, hướng dẫn các cơ quan báo chí thông tin chính xác, không để phát sinh tin đồn thất thiệt; định kỳ báo cáo Thường trực Tỉnh ủy hằng tuần.
Ngọc Thanh
Tin liên quan
- Bình Dương: các tôn giáo thể hiện lòng yêu nước (17/05/2014)
- Ổn định sản xuất tại các khu công nghiệp (16/05/2014)
- Công đoàn thăm hỏi công nhân bị ảnh hưởng (15/05/2014)
""", "2014-05-20", "Ban Dân vận Tỉnh ủy báo cáo tình hình tư tưởng nhân dân sau các vụ gây rối",
E("bao_cao", "2014-05", "2014-05-19"),
[P("Phạm Thị Bích Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Minh Trí", "Tỉnh ủy viên", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Lâm Văn Trung", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("460 doanh nghiệp", 460, "doanh nghiệp"), Q("15 doanh nghiệp", 15, "doanh nghiệp"), Q("khoảng 3.000 công nhân", 3000, "công nhân", "approx"),
 Q("42 cuộc tiếp xúc, đối thoại", 42, "cuộc tiếp xúc, đối thoại"), Q("217 công nhân", 217, "công nhân"),
 Q("36 kiến nghị", 36, "kiến nghị"), Q("23 người", 23, "người"), Q("1.120 doanh nghiệp", 1120, "doanh nghiệp"), Q("hơn 90%", 90, "%", "over")],
[D("Kế hoạch", "85", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 85-KH/TU")],
[prov("Bình Dương"), com("Tân Định")],
["Báo Bình Dương Online", "Chính trị > Xây dựng Đảng", "(BDO)",
 "Đồng chí Phạm Thị Bích Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy báo cáo tại buổi làm việc.", "Hải Dương 981"],
["Thứ Ba, 20/05/2014 - 17:35", "tháng 5/2014", "Hải Dương 981", "ngày 18/5"]))

PAGES.append(page("b1401-nghean-bdv-soket-6thang-2015", """
Báo Nghệ An điện tử
Thời sự / Chính trị
16/07/2015 - 10:40
Nghệ An: Sơ kết công tác dân vận 6 tháng đầu năm 2015
Toàn cảnh hội nghị sơ kết.
Sáng 15/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2015. Đồng chí Võ Thị Minh Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Theo báo cáo, 6 tháng qua tình hình nhân dân trên địa bàn cơ bản ổn định, song vẫn tiềm ẩn yếu tố phức tạp. Tại thị xã Hoàng Mai, một số hộ dân ở xã Quỳnh Vinh kéo đến cổng nhà máy xi măng phản đối ô nhiễm bụi; ở huyện Quỳ Hợp có tranh chấp đất rừng giữa người dân và công ty lâm nghiệp; một số giáo dân giáo xứ Mỹ Yên tụ tập đông người liên quan đến vụ việc trên biển. Các cơ quan dân vận đã phối hợp nắm tình hình, tham mưu xử lý 11 vụ việc phức tạp, không để phát sinh thành điểm nóng.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 33-CT/TU ngày 26/3/2015 về tăng cường công tác dân vận trong bồi thường, giải phóng mặt bằng và Quy chế phối hợp số 02-QC/BDVTU-UBND giữa Ban Dân vận Tỉnh ủy với UBND tỉnh về tiếp công dân, giải quyết khiếu nại, tố cáo. Toàn tỉnh tiếp 1.846 lượt công dân, tiếp nhận 932 đơn thư, trong đó 64% liên quan đất đai; đã giải quyết 701 đơn.
Tham luận tại hội nghị, đồng chí Lô Thị Kim Ngân, HUV, Trưởng Ban Dân vận Huyện ủy Tương Dương, nêu kết quả vận động 212 hộ đồng bào Thái, Khơ Mú tái định cư thủy điện Bản Vẽ ổn định sản xuất; đồng chí Hồ Sỹ Tùng, Bí thư Đảng ủy xã Diễn Kỷ, chia sẻ cách làm đối thoại định kỳ hằng tháng giúp giảm 40% số đơn thư so với cùng kỳ.
Cũng tại hội nghị, đồng chí Vi Văn Sơn, Phó Trưởng Ban Dân vận Tỉnh ủy thông qua dự thảo kế hoạch kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở 6 tháng cuối năm tại 7 huyện, thị xã; trong đó tập trung vào những xã có đơn thư khiếu nại đông người, kéo dài.
Phát biểu chỉ đạo, đồng chí Trần Hữu Khánh, Phó Bí thư Thường trực Tỉnh ủy, đề nghị khối dân vận tiếp tục thực hiện Kết luận số 114-KL/TW của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của chính quyền; chủ động nắm chắc tình hình nhân dân, nhất là vùng dự án, vùng giáo; phối hợp giải quyết dứt điểm các vụ khiếu kiện kéo dài. Dịp này, 14 tập thể và 9 cá nhân được Ban Dân vận Tỉnh ủy tặng giấy khen.
Hồ Lài
Tin liên quan
- Quỳnh Lưu: đối thoại với ngư dân về chính sách hỗ trợ (08/07/2015)
- Tương Dương: chăm lo đời sống đồng bào tái định cư (30/06/2015)
- Hội thảo dân vận khéo trong xây dựng nông thôn mới (19/06/2015)
""", "2015-07-16", "Nghệ An: Sơ kết công tác dân vận 6 tháng đầu năm 2015",
E("so_ket", "2015-H1", "2015-07-15"),
[P("Võ Thị Minh Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lô Thị Kim Ngân", "HUV", "Trưởng Ban Dân vận Huyện ủy Tương Dương"),
 P("Hồ Sỹ Tùng", "Bí thư Đảng ủy xã Diễn Kỷ"),
 P("Vi Văn Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Hữu Khánh", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("11 vụ việc phức tạp", 11, "vụ việc phức tạp"), Q("1.846 lượt công dân", 1846, "lượt công dân"), Q("932 đơn thư", 932, "đơn thư"),
 Q("64%", 64, "%"), Q("701 đơn", 701, "đơn"), Q("212 hộ đồng bào Thái, Khơ Mú tái định cư", 212, "hộ đồng bào Thái, Khơ Mú tái định cư"),
 Q("40%", 40, "%"), Q("7 huyện, thị xã", 7, "huyện, thị xã"), Q("14 tập thể", 14, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Chỉ thị", "33", "CT/TU", "2015-03-26", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 33-CT/TU"),
 D("Quy chế phối hợp", "02", "QC/BDVTU-UBND", None, None, "Quy chế phối hợp số 02-QC/BDVTU-UBND"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW")],
[prov("Nghệ An"), com("Quỳnh Vinh"), com("Diễn Kỷ")],
["Báo Nghệ An điện tử", "Thời sự / Chính trị", "Toàn cảnh hội nghị sơ kết.", "Bản Vẽ"],
["16/07/2015 - 10:40", "6 tháng đầu năm", "6 tháng cuối năm 2015", "6 tháng qua", "hằng tháng"]))

PAGES.append(page("b1402-hatinh-vandong-ngudan-2016", """
BÁO HÀ TĨNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Trang chủ | Chính trị | Dân vận
Thứ Hai, 12/09/2016 - 10:05
Ngư dân Kỳ Anh dần trở lại với biển
Sau gần 5 tháng kể từ khi xảy ra sự cố môi trường biển, những ngày này tại các cảng cá ở thị xã Kỳ Anh, không khí ra khơi đã dần trở lại. Có được kết quả ấy là nhờ sự vào cuộc bền bỉ của cả hệ thống chính trị trong công tác vận động, nắm bắt tâm tư người dân.
Tàu cá của ngư dân phường Kỳ Ninh chuẩn bị ra khơi. Ảnh: Thiên Vỹ
Theo Ban Dân vận Thị ủy Kỳ Anh, thời điểm tháng 4 và tháng 5, tâm lý người dân vùng biển hết sức hoang mang; nhiều lần người dân tập trung đông người chặn quốc lộ 1A tại xã Kỳ Phương, Kỳ Lợi yêu cầu làm rõ nguyên nhân cá chết. Nhiều hộ vừa di dời, tái định cư để nhường đất cho khu kinh tế Vũng Áng nay lại mất sinh kế trên biển, đời sống rất khó khăn. Toàn thị xã khi đó có 1.732 hộ với khoảng 6.900 nhân khẩu sống chủ yếu bằng nghề khai thác, chế biến hải sản; nhiều lao động trẻ tính chuyện đi làm ăn xa.
Trước tình hình đó, Ban Thường vụ Thị ủy đã ban hành Kế hoạch số 46-KH/TU về tăng cường công tác dân vận, ổn định tình hình nhân dân vùng ảnh hưởng sự cố. Thị xã thành lập 8 tổ công tác do các đồng chí Thị ủy viên làm tổ trưởng, xuống từng thôn, tổ dân phố gặp gỡ, lắng nghe người dân; đồng thời cấp phát trên 2.600 tấn gạo cứu trợ cho 31.400 nhân khẩu.
“Có những cuộc họp kéo dài đến nửa đêm, bà con nói gay gắt lắm, nhưng mình phải kiên trì giải thích”, bà Phan Thị Hằng, Thị ủy viên, Trưởng Ban Dân vận Thị ủy Kỳ Anh kể lại. Cùng với đó, Mặt trận và các đoàn thể đã vận động ngư dân nhận tiền hỗ trợ theo Quyết định số 772/QĐ-TTg ngày 6/5/2016 của Thủ tướng Chính phủ, với tổng kinh phí thị xã đã chi trả hơn 19,5 tỷ đồng.
Ông Nguyễn Văn Thiết, Bí thư Đảng ủy phường Kỳ Ninh, cho biết: phường có 346 tàu thuyền, đến nay đã có 290 chiếc ra khơi trở lại; các chi hội nghề cá cam kết không nghe theo kẻ xấu xúi giục. Ngư dân Lê Văn Ánh, tổ dân phố Hải Phong 1, chia sẻ: “Giờ cá đã bán được, tàu lại ra khơi, bà con yên tâm hơn rồi”.
Tuy vậy, theo đồng chí Phan Thị Hằng, tình hình vẫn còn tiềm ẩn phức tạp, nhất là ở những nơi có đông giáo dân và những hộ tái định cư chưa có việc làm. Thời gian tới, Ban Dân vận Thị ủy tiếp tục phối hợp tổ chức đối thoại, tuyên truyền để người dân hiểu rõ chính sách, tham gia giám sát việc chi trả bồi thường bảo đảm công khai, minh bạch.
Thu Phương
Các tin khác
- Hà Tĩnh chi trả bồi thường đợt 1 cho người dân bị ảnh hưởng (05/09/2016)
- Cẩm Xuyên: vận động giáo dân ổn định cuộc sống (29/08/2016)
- Tập huấn kỹ năng dân vận cho cán bộ cơ sở (22/08/2016)
""", "2016-09-12", "Ngư dân Kỳ Anh dần trở lại với biển",
E("khac", None, None),
[P("Phan Thị Hằng", "Thị ủy viên", "Trưởng Ban Dân vận Thị ủy Kỳ Anh"),
 P("Nguyễn Văn Thiết", "Bí thư Đảng ủy phường Kỳ Ninh"),
 P("Lê Văn Ánh")],
[Q("1.732 hộ", 1732, "hộ"), Q("khoảng 6.900 nhân khẩu", 6900, "nhân khẩu", "approx"), Q("8 tổ công tác", 8, "tổ công tác"), Q("trên 2.600 tấn gạo", 2600, "tấn", "over"), Q("31.400 nhân khẩu", 31400, "nhân khẩu"),
 Q("hơn 19,5 tỷ đồng", 19500000000, "đồng", "over"), Q("346 tàu thuyền", 346, "tàu thuyền"), Q("290 chiếc", 290, "chiếc")],
[D("Kế hoạch", "46", "KH/TU", None, "Ban Thường vụ Thị ủy", "Kế hoạch số 46-KH/TU"),
 D("Quyết định", "772", "QĐ-TTg", "2016-05-06", "Thủ tướng Chính phủ", "Quyết định số 772/QĐ-TTg")],
[prov("Hà Tĩnh"), com("Kỳ Ninh"), com("Kỳ Phương"), com("Kỳ Lợi")],
["BÁO HÀ TĨNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh", "Trang chủ | Chính trị | Dân vận",
 "Tàu cá của ngư dân phường Kỳ Ninh chuẩn bị ra khơi. Ảnh: Thiên Vỹ"],
["Thứ Hai, 12/09/2016 - 10:05", "gần 5 tháng", "quốc lộ 1A", "tháng 4 và tháng 5", "Hải Phong 1"]))
