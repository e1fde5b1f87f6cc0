from lib import *
PAGES = []

PAGES.append(page("b3533-thanhhoa-bdv-giaoban-2011", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Thanh Hóa
Trang chủ > Hoạt động dân vận > Tin trong tỉnh
Lượt truy cập: 1.204.557
08:15 | 14/10/2011
Đồng chí Lê Thị Thanh Hằng phát biểu chỉ đạo giao ban.
Tập trung nắm tình hình, giải quyết dứt điểm các vụ khiếu kiện đông người
Ngày 12/10/2011, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức giao ban khối dân vận quý III năm 2011. Đồng chí Lê Thị Thanh Hằng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban.
Theo báo cáo do đồng chí Mai Xuân Lộc, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày, trong quý III toàn tỉnh xảy ra 7 vụ khiếu kiện đông người với khoảng 260 lượt người tham gia, chủ yếu liên quan đến bồi thường, giải phóng mặt bằng tại Khu kinh tế Nghi Sơn và các dự án giao thông. Đến nay đã giải quyết dứt điểm 5 vụ, 2 vụ đang tiếp tục tổ chức đối thoại. Các cơ quan dân vận đã tiếp nhận 46 đơn thư, chuyển cơ quan có thẩm quyền giải quyết 41 đơn.
Nổi lên là việc hơn 40 hộ dân xã Hải Yến tập trung tại trụ sở UBND xã phản đối mức giá bồi thường đất ở. Huyện đã tổ chức 3 buổi đối thoại, giải thích Quyết định số 2304/QĐ-UBND ngày 19/7/2011 của UBND tỉnh về đơn giá bồi thường; đến nay 36 hộ đã nhận tiền và bàn giao mặt bằng. Bà Phạm Thị Nhung, Chủ tịch UBND xã Hải Yến, cho biết xã đã thành lập 4 tổ công tác đến từng hộ để vận động.
Ban Dân vận Tỉnh ủy đã triển khai Kế hoạch số 112-KH/BDVTU ngày 05/8/2011 về nắm tình hình tư tưởng nhân dân vùng dự án, đồng thời tham mưu Ban Thường vụ Tỉnh ủy kiểm tra việc thực hiện Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong giải phóng mặt bằng.
Ở miền núi, ông Hà Văn Tuyển, HUV, Trưởng Ban Dân vận Huyện ủy Quan Hóa, thông tin tình hình một số hộ đồng bào Mông ở bản giáp biên nghe theo lời kích động bỏ đi nơi khác; huyện đã cử cán bộ bám bản, phối hợp với già làng, trưởng bản vận động 11 hộ quay về ổn định cuộc sống.
Kết luận giao ban, đồng chí Lê Thị Thanh Hằng yêu cầu các huyện, thị, thành ủy chủ động nắm chắc tình hình, phát hiện sớm mâu thuẫn ngay từ cơ sở, không để hình thành "điểm nóng"; người đứng đầu cấp ủy, chính quyền phải trực tiếp đối thoại với nhân dân; phấn đấu quý IV giải quyết xong 2 vụ còn tồn đọng.
Đồng chí cũng lưu ý việc phát huy vai trò của Mặt trận và các đoàn thể trong tuyên truyền, giải thích chủ trương, chính sách để người dân hiểu, đồng thuận.
Hoàng Minh
Ảnh: Quang cảnh buổi giao ban
In bài | Gửi email
Tin liên quan
- Tĩnh Gia: đối thoại với các hộ dân vùng dự án lọc hóa dầu (28/09/2011)
- Hội nghị tập huấn nghiệp vụ công tác dân vận năm 2011 (15/08/2011)
- Ban Dân vận Tỉnh ủy giao ban quý II (11/07/2011)
- Đoàn công tác Ban Dân vận Trung ương làm việc với Tỉnh ủy (24/06/2011)
""", "2011-10-14", "Tập trung nắm tình hình, giải quyết dứt điểm các vụ khiếu kiện đông người",
E("giao_ban", "2011-Q3", "2011-10-12"),
[P("Lê Thị Thanh Hằng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mai Xuân Lộc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Nhung", "Chủ tịch UBND xã Hải Yến"),
 P("Hà Văn Tuyển", "HUV", "Trưởng Ban Dân vận Huyện ủy Quan Hóa")],
[Q("7 vụ khiếu kiện đông người", 7, "vụ khiếu kiện đông người"), Q("khoảng 260 lượt người", 260, "lượt người", "approx"),
 Q("5 vụ", 5, "vụ"), Q("2 vụ đang", 2, "vụ"), Q("46 đơn thư", 46, "đơn thư"), Q("41 đơn", 41, "đơn"),
 Q("hơn 40 hộ dân", 40, "hộ dân", "over"), Q("3 buổi đối thoại", 3, "buổi đối thoại"), Q("36 hộ", 36, "hộ"),
 Q("4 tổ công tác", 4, "tổ công tác"), Q("11 hộ", 11, "hộ")],
[D("Quyết định", "2304", "QĐ-UBND", "2011-07-19", "UBND tỉnh", "Quyết định số 2304/QĐ-UBND ngày 19/7/2011"),
 D("Kế hoạch", "112", "KH/BDVTU", "2011-08-05", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 112-KH/BDVTU ngày 05/8/2011"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU")],
[prov("Thanh Hóa"), com("Hải Yến")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Thanh Hóa", "Trang chủ > Hoạt động dân vận > Tin trong tỉnh",
 "Đồng chí Lê Thị Thanh Hằng phát biểu chỉ đạo giao ban.", "Khu kinh tế Nghi Sơn", "Ảnh: Quang cảnh buổi giao ban", "In bài | Gửi email"],
["Lượt truy cập: 1.204.557", "08:15 | 14/10/2011", "quý III năm 2011", "quý IV"]))

PAGES.append(page("b3534-nghean-doithoai-moda-2012", """
BÁO NGHỆ AN ĐIỆN TỬ
Thời sự > Xã hội
Thứ Sáu, 18/05/2012 - 16:40
Quỳ Hợp: Đối thoại với người dân phản đối bụi từ mỏ đá
(Baonghean) - Chiều 16/5, UBND huyện Quỳ Hợp phối hợp với Ban Dân vận Huyện ủy tổ chức đối thoại với nhân dân xóm Bản Xăng, xã Châu Quang sau vụ việc hơn 70 người dân tập trung chặn xe chở đá trong 2 ngày. Huyện Quỳ Hợp là địa bàn có nhiều mỏ đá trắng nhất tỉnh Nghệ An. Đây là lần đối thoại trực tiếp thứ hai trong năm 2012 về ô nhiễm môi trường tại địa phương.
Dự đối thoại có ông Lô Văn Pọm, HUV, Phó Chủ tịch UBND huyện; bà Vi Thị Hoa, Trưởng Ban Dân vận Huyện ủy; đại diện các phòng chuyên môn và 3 doanh nghiệp khai thác đá.
Người dân nêu 14 ý kiến, tập trung vào bụi đá, tiếng nổ mìn làm nứt tường nhà, xe quá tải làm hỏng đường liên xóm. Ông Lương Văn Thiết, người có uy tín xóm Bản Xăng, nói: "Mỗi lần nổ mìn là cả xóm rung lên, bà con lo lắm".
Trả lời người dân, ông Lô Văn Pọm cho biết huyện đã kiểm tra, phát hiện một doanh nghiệp nổ mìn sai giờ quy định, đã đề nghị xử phạt 30 triệu đồng theo Nghị định số 117/2009/NĐ-CP của Chính phủ. Các doanh nghiệp cam kết hỗ trợ 47 hộ có nhà bị ảnh hưởng, mỗi hộ 3 triệu đồng, đồng thời sửa chữa khoảng 1,2 km đường liên xóm trước mùa mưa.
Bà Vi Thị Hoa đề nghị bà con phản ánh qua tổ hòa giải, Mặt trận xã, không tụ tập chặn đường, tránh bị kẻ xấu lợi dụng. Ban Dân vận Huyện ủy sẽ theo dõi việc thực hiện cam kết theo Kế hoạch số 27-KH/DVHU.
Ông Moong Văn Khăm, Chủ tịch UBND xã Châu Quang, cho biết sau đối thoại, người dân đã giải tán, giao thông trở lại bình thường. Xã sẽ thành lập tổ giám sát cộng đồng gồm 7 thành viên, trong đó có 2 người có uy tín.
Theo phản ánh của người dân, tình trạng bụi và xe quá tải kéo dài từ cuối năm 2011, nhiều lần kiến nghị qua các kỳ tiếp xúc cử tri nhưng chưa được xử lý triệt để. Một số đối tượng đã lợi dụng việc này để đưa thông tin sai lệch lên mạng, kích động người dân kéo lên huyện.
Đại diện Phòng Tài nguyên và Môi trường huyện cho biết sẽ lắp đặt trạm quan trắc bụi, công khai kết quả hằng tháng tại nhà văn hóa xóm; doanh nghiệp nào vi phạm lần thứ hai sẽ bị đề nghị tỉnh thu hồi giấy phép khai thác. Các doanh nghiệp cũng cam kết chỉ nổ mìn trong khung giờ đã thông báo và tưới nước mặt đường 3 lần mỗi ngày.
Trước đó, ngày 10/5, Thường trực Huyện ủy đã chỉ đạo thực hiện Chỉ thị số 06-CT/HU ngày 02/3/2012 của Ban Thường vụ Huyện ủy về tăng cường đối thoại, không để khiếu kiện vượt cấp.
Bài, ảnh: Quang Đông
Người dân xóm Bản Xăng nêu ý kiến tại buổi đối thoại.
Bình luận (3)
Tin cùng chuyên mục
- Con Cuông: 12 hộ dân được hỗ trợ di dời khỏi vùng sạt lở (15/05/2012)
- Quỳ Châu: hòa giải thành vụ tranh chấp đất rừng (11/05/2012)
- Nghĩa Đàn: cử tri kiến nghị về nước sạch (08/05/2012)
""", "2012-05-18", "Quỳ Hợp: Đối thoại với người dân phản đối bụi từ mỏ đá",
E("doi_thoai", "2012", "2012-05-16"),
[P("Lô Văn Pọm", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Vi Thị Hoa", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lương Văn Thiết", "người có uy tín xóm Bản Xăng"),
 P("Moong Văn Khăm", "Chủ tịch UBND xã Châu Quang")],
[Q("hơn 70 người dân", 70, "người dân", "over"), Q("3 doanh nghiệp khai thác đá", 3, "doanh nghiệp khai thác đá"),
 Q("14 ý kiến", 14, "ý kiến"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("47 hộ", 47, "hộ"), Q("3 triệu đồng", 3000000, "đồng"), Q("khoảng 1,2 km", 1.2, "km", "approx"),
 Q("7 thành viên", 7, "thành viên"), Q("2 người có uy tín", 2, "người có uy tín")],
[D("Nghị định", "117", "2009/NĐ-CP", None, "Chính phủ", "Nghị định số 117/2009/NĐ-CP"),
 D("Kế hoạch", "27", "KH/DVHU", None, None, "Kế hoạch số 27-KH/DVHU"),
 D("Chỉ thị", "06", "CT/HU", "2012-03-02", "Ban Thường vụ Huyện ủy", "Chỉ thị số 06-CT/HU ngày 02/3/2012")],
[prov("Nghệ An"), com("Châu Quang")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Thời sự > Xã hội", "(Baonghean)", "Người dân xóm Bản Xăng nêu ý kiến tại buổi đối thoại.",
 "Bình luận (3)", "Bài, ảnh: Quang Đông"],
["Thứ Sáu, 18/05/2012 - 16:40", "2 ngày", "lần đối thoại trực tiếp thứ hai", "Bình luận (3)", "ngày 10/5", "3 lần mỗi ngày", "lần thứ hai"]))

PAGES.append(page("b3535-hatinh-bdv-soket-2013", """
BAN DÂN VẬN TỈNH ỦY HÀ TĨNH
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Công tác dân vận
Cập nhật lúc 10:12 ngày 09/07/2013
Sơ kết công tác dân vận 6 tháng đầu năm 2013: giải quyết 19 vụ việc phức tạp
Sáng ngày 8/7/2013, Ban Dân vận Tỉnh ủy Hà Tĩnh tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2013.
Toàn cảnh hội nghị sơ kết.
Đồng chí Nguyễn Thị Kim Thoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị. Dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Đình Gia, Lê Văn Khánh.
Báo cáo nêu rõ, 6 tháng đầu năm tình hình nhân dân cơ bản ổn định, song vẫn phát sinh 23 vụ việc phức tạp liên quan đất đai, môi trường, đền bù dự án; có 4 vụ tụ tập đông người kéo đến trụ sở cơ quan nhà nước, lớn nhất là khoảng 150 người ở xã Kỳ Lợi. Khối dân vận đã phối hợp các ngành giải quyết 19 vụ việc phức tạp, đạt 82,6%; 4 vụ còn lại đang được xem xét.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận số 56-KL/TU ngày 12/3/2013 về công tác vận động nhân dân vùng dự án Vũng Áng, và hướng dẫn thực hiện Quyết định 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội. Các cấp đã tổ chức 112 cuộc tiếp xúc, đối thoại với hơn 6.800 lượt người.
Dư luận xã hội quan tâm thông tin thất thiệt lan truyền trên một số trang mạng về việc "thu hồi đất không bồi thường" ở vùng tái định cư; Ban đã phối hợp Ban Tuyên giáo kịp thời định hướng, cung cấp thông tin chính thức qua 86 buổi sinh hoạt khu dân cư.
Tại hội nghị, đồng chí Võ Hồng Sơn, HUV, Trưởng Ban Dân vận Huyện ủy Kỳ Anh, đề nghị tỉnh sớm có cơ chế hỗ trợ 1.200 hộ dân tái định cư ổn định sinh kế. Đồng chí Phan Thị Lài, Chủ tịch Hội Liên hiệp Phụ nữ xã Kỳ Thịnh, chia sẻ cách vận động hội viên không tham gia tụ tập.
Kết luận hội nghị, đồng chí Nguyễn Thị Kim Thoa yêu cầu 6 tháng cuối năm tập trung giải quyết dứt điểm 4 vụ còn tồn đọng, nâng cao chất lượng nắm tình hình ở cơ sở, không để bị động, bất ngờ. Đồng chí đề nghị các huyện, thị xã chủ động cung cấp thông tin chính thức, kịp thời phản bác thông tin sai sự thật trên mạng xã hội; phát huy vai trò của tổ dân vận thôn, người có uy tín trong vận động nhân dân chấp hành chủ trương, chính sách.
Hội nghị cũng thảo luận về việc nâng cao chất lượng báo cáo tình hình nhân dân định kỳ, bảo đảm số liệu thống nhất giữa các ngành, tránh tình trạng mỗi cơ quan báo cáo một số liệu khác nhau về cùng một vụ việc.
Văn phòng Ban
Số lượt xem: 1.032
Các tin đã đưa
- Kỳ Anh: đối thoại với 150 hộ dân vùng dự án (20/06/2013)
- Hội nghị giao ban khối dân vận quý I năm 2013 (10/04/2013)
- Tập huấn công tác nắm tình hình nhân dân (22/03/2013)
""", "2013-07-09", "Sơ kết công tác dân vận 6 tháng đầu năm 2013: giải quyết 19 vụ việc phức tạp",
E("so_ket", "2013-H1", "2013-07-08"),
[P("Nguyễn Thị Kim Thoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Đình Gia", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Khánh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Hồng Sơn", "HUV", "Trưởng Ban Dân vận Huyện ủy Kỳ Anh"),
 P("Phan Thị Lài", "Chủ tịch Hội Liên hiệp Phụ nữ xã Kỳ Thịnh")],
[Q("23 vụ việc phức tạp", 23, "vụ việc phức tạp"), Q("4 vụ tụ tập đông người", 4, "vụ tụ tập đông người"),
 Q("khoảng 150 người", 150, "người", "approx"), Q("19 vụ việc phức tạp", 19, "vụ việc phức tạp"),
 Q("82,6%", 82.6, "%"), Q("4 vụ còn lại", 4, "vụ"), Q("112 cuộc tiếp xúc, đối thoại", 112, "cuộc tiếp xúc, đối thoại"),
 Q("hơn 6.800 lượt người", 6800, "lượt người", "over"), Q("86 buổi sinh hoạt khu dân cư", 86, "buổi sinh hoạt khu dân cư"),
 Q("1.200 hộ dân tái định cư", 1200, "hộ dân tái định cư")],
[D("Kết luận", "56", "KL/TU", "2013-03-12", "Ban Thường vụ Tỉnh ủy", "Kết luận số 56-KL/TU ngày 12/3/2013"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW")],
[prov("Hà Tĩnh"), com("Kỳ Lợi"), com("Kỳ Thịnh")],
["BAN DÂN VẬN TỈNH ỦY HÀ TĨNH", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Công tác dân vận", "Toàn cảnh hội nghị sơ kết.",
 "Văn phòng Ban", "Vũng Áng", "thu hồi đất không bồi thường"],
["Cập nhật lúc 10:12 ngày 09/07/2013", "6 tháng đầu năm", "6 tháng cuối năm 2013", "Số lượt xem: 1.032"]))

PAGES.append(page("b3536-daklak-bdv-baocao-2014", """
Ban Dân vận Tỉnh ủy Đắk Lắk - Cổng thông tin điện tử
Trang chủ :: Tin tức :: Nắm tình hình nhân dân
Thứ Tư, 11/06/2014 - 07:55
Tình hình nhân dân tháng 5: xuất hiện tin đồn thất thiệt về thu hồi đất rẫy
Ngày 10/6/2014, Ban Dân vận Tỉnh ủy Đắk Lắk ban hành Báo cáo số 215-BC/BDVTU về tình hình nhân dân tháng 5/2014 và một số vấn đề cần quan tâm. Báo cáo do đồng chí H'Zơ Niê, Phó Trưởng Ban Dân vận Tỉnh ủy, ký.
Theo báo cáo, tư tưởng cán bộ, đảng viên và các tầng lớp nhân dân cơ bản ổn định, phấn khởi trước kết quả kỳ họp Quốc hội. Tuy nhiên, trong tháng đã xảy ra 3 vụ tụ tập đông người: khoảng 90 hộ dân buôn Ea Bông kéo đến trụ sở UBND xã Ea Bông đòi lại đất rẫy đã giao cho công ty lâm nghiệp; 35 người ở xã Cư Suê khiếu nại tập thể về giá đền bù dự án thủy lợi; và một nhóm người dân xã Ea Tul tụ tập phản đối trạm trộn bê tông. Cả 3 vụ đã được chính quyền cơ sở đối thoại, người dân giải tán trong ngày.
Đáng chú ý, trên mạng xã hội và trong một số buôn lan truyền tin đồn "Nhà nước sẽ thu hồi toàn bộ đất rẫy không có sổ đỏ" khiến hơn 200 hộ đồng bào Êđê lo lắng, có hộ bán vội cà phê non. Ban Dân vận các huyện đã phối hợp Ủy ban MTTQ tổ chức 27 buổi tuyên truyền tại buôn, giải thích Luật Đất đai năm 2013 và Nghị định số 43/2014/NĐ-CP của Chính phủ. Già làng Y Brơk Mlô, buôn Ea Bông, đã đi từng nhà giải thích để bà con yên tâm.
Về hoạt động tôn giáo, báo cáo cho biết có 2 trường hợp truyền đạo trái pháp luật tại huyện Krông Ana đã bị nhắc nhở, lập biên bản. Các điểm nhóm Tin lành sinh hoạt ổn định, chấp hành Chỉ thị số 01/2005/CT-TTg của Thủ tướng Chính phủ.
Trong tháng, các cơ quan dân vận tiếp nhận 31 đơn thư, đã chuyển 28 đơn đến cơ quan chức năng; hướng dẫn 43 lượt công dân đến đúng nơi giải quyết. Ông Y Kông Buôn Yă, Trưởng Ban Dân vận Huyện ủy Cư M'gar, kiến nghị tỉnh sớm rà soát, cấp giấy chứng nhận quyền sử dụng đất cho khoảng 1.500 hộ đồng bào dân tộc tại chỗ.
Báo cáo đề nghị Ban Thường vụ Tỉnh ủy chỉ đạo tiếp tục thực hiện Kết luận số 18-KL/TU của Ban Thường vụ Tỉnh ủy về giải quyết tranh chấp đất đai ở vùng đồng bào dân tộc thiểu số; giao cho Ban Dân vận chủ trì, phối hợp các ngành tổ chức đối thoại định kỳ tại các xã có đơn thư đông người.
Đồng chí H'Zơ Niê nhấn mạnh, các cấp cần kịp thời nắm, báo cáo tình hình, không để tin đồn lan rộng; mỗi cán bộ, đảng viên ở buôn phải là người tuyên truyền đầu tiên, nói đúng, nói đủ chủ trương của Đảng, chính sách của Nhà nước.
Nguyễn Hoài
Lượt xem: 642
Tin khác
- Hội nghị người có uy tín tỉnh Đắk Lắk năm 2014 (30/05/2014)
- Buôn Đôn: đối thoại với hộ dân về đất rừng (21/05/2014)
- Giao ban khối dân vận quý I năm 2014 (15/04/2014)
""", "2014-06-11", "Tình hình nhân dân tháng 5: xuất hiện tin đồn thất thiệt về thu hồi đất rẫy",
E("bao_cao", "2014-05", "2014-06-10"),
[P("H'Zơ Niê", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Brơk Mlô", "Già làng"),
 P("Y Kông Buôn Yă", "Trưởng Ban Dân vận Huyện ủy Cư M'gar")],
[Q("3 vụ tụ tập đông người", 3, "vụ tụ tập đông người"), Q("khoảng 90 hộ dân", 90, "hộ dân", "approx"),
 Q("35 người", 35, "người"), Q("hơn 200 hộ đồng bào Êđê", 200, "hộ đồng bào Êđê", "over"),
 Q("27 buổi tuyên truyền", 27, "buổi tuyên truyền"), Q("2 trường hợp", 2, "trường hợp"),
 Q("31 đơn thư", 31, "đơn thư"), Q("28 đơn", 28, "đơn"), Q("43 lượt công dân", 43, "lượt công dân"),
 Q("khoảng 1.500 hộ đồng bào dân tộc tại chỗ", 1500, "hộ đồng bào dân tộc tại chỗ", "approx")],
[D("Báo cáo", "215", "BC/BDVTU", "2014-06-10", "Ban Dân vận Tỉnh ủy Đắk Lắk", "Báo cáo số 215-BC/BDVTU"),
 D("Nghị định", "43", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 43/2014/NĐ-CP"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 01/2005/CT-TTg"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 18-KL/TU")],
[prov("Đắk Lắk"), com("Ea Bông"), com("Cư Suê"), com("Ea Tul")],
["Ban Dân vận Tỉnh ủy Đắk Lắk - Cổng thông tin điện tử", "Trang chủ :: Tin tức :: Nắm tình hình nhân dân",
 "Nhà nước sẽ thu hồi toàn bộ đất rẫy không có sổ đỏ", "Luật Đất đai năm 2013", "Tin lành", "Lượt xem: 642"],
["Thứ Tư, 11/06/2014 - 07:55", "tháng 5/2014", "Lượt xem: 642", "Luật Đất đai năm 2013"]))

PAGES.append(page("b3537-haiphong-mttq-giamsat-2015", """
MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ HẢI PHÒNG
Trang chủ » Hoạt động » Giám sát và phản biện xã hội
26/11/2015 - 09:30
Giám sát việc giải quyết khiếu nại, tố cáo tại quận Dương Kinh
Thực hiện chương trình giám sát năm 2015, ngày 24/11, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hải Phòng do bà Đỗ Thị Hương Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, làm trưởng đoàn đã giám sát việc tiếp công dân, giải quyết khiếu nại, tố cáo tại UBND quận Dương Kinh.
Bà Đỗ Thị Hương Lan phát biểu tại buổi giám sát. Ảnh: Ngọc Mai
Theo báo cáo của quận, từ đầu năm đến ngày 15/11/2015, các cơ quan hành chính trên địa bàn đã tiếp 1.146 lượt công dân, trong đó có 9 đoàn đông người với tổng số 214 người; tiếp nhận 387 đơn các loại. Quận đã giải quyết 52/61 vụ việc khiếu nại, tố cáo thuộc thẩm quyền, đạt 85,2%. Phần lớn đơn thư liên quan đến bồi thường, hỗ trợ khi thu hồi đất làm dự án khu đô thị, đường ven biển và tranh chấp ranh giới thửa đất.
Nổi bật là vụ khiếu nại kéo dài của 26 hộ dân phường Hòa Nghĩa về giá bồi thường đất nông nghiệp; sau 4 lần đối thoại, quận đã điều chỉnh phương án, hỗ trợ thêm 180.000 đồng/m2, đến nay 21 hộ đã đồng ý nhận tiền. Ông Phạm Văn Chiến, Phó Chủ tịch UBND quận Dương Kinh, thừa nhận công tác tuyên truyền chính sách có lúc chưa kịp thời, để người dân nghe theo thông tin không chính xác.
Đoàn giám sát đề nghị quận thực hiện nghiêm Luật Tiếp công dân, Nghị định số 64/2014/NĐ-CP của Chính phủ; công khai lịch tiếp dân của Chủ tịch UBND quận; phối hợp chặt chẽ với Mặt trận, các đoàn thể trong vận động, hòa giải ngay từ cơ sở.
Ông Nguyễn Văn Đồng, Chủ tịch Ủy ban MTTQ quận Dương Kinh, cho biết năm 2015 các tổ hòa giải ở khu dân cư đã hòa giải thành 48 vụ việc mâu thuẫn, tranh chấp, góp phần giảm đơn thư vượt cấp. Quận đang triển khai Quyết định 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể.
Kết thúc buổi giám sát, bà Đỗ Thị Hương Lan đề nghị quận tập trung giải quyết dứt điểm 9 vụ việc còn lại trước ngày 31/12/2015, không để phát sinh điểm nóng dịp Tết Nguyên đán Bính Thân. Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường trực và gửi UBND thành phố trong tháng 12.
Tại buổi giám sát, các thành viên đoàn cũng chỉ ra một số hạn chế: việc tiếp công dân ở cấp phường còn giao cho cán bộ địa chính thay người đứng đầu; sổ theo dõi đơn thư ghi chép chưa đầy đủ; một số văn bản trả lời công dân chưa nêu rõ căn cứ pháp lý, khiến người dân tiếp tục gửi đơn lên thành phố.
Minh Thư
Lượt đọc: 388
Tin liên quan
- Giám sát thực hiện Quy chế dân chủ ở cơ sở tại huyện Tiên Lãng (12/11/2015)
- Hội nghị phản biện dự thảo quy hoạch khu đô thị (03/11/2015)
- Ban Thường trực Ủy ban MTTQ thành phố tiếp xúc cử tri (20/10/2015)
""", "2015-11-26", "Giám sát việc giải quyết khiếu nại, tố cáo tại quận Dương Kinh",
E("giam_sat", "2015", "2015-11-24"),
[P("Đỗ Thị Hương Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "trưởng đoàn"),
 P("Phạm Văn Chiến", "Phó Chủ tịch UBND quận Dương Kinh"),
 P("Nguyễn Văn Đồng", "Chủ tịch Ủy ban MTTQ quận Dương Kinh")],
[Q("1.146 lượt công dân", 1146, "lượt công dân"), Q("9 đoàn đông người", 9, "đoàn đông người"),
 Q("214 người", 214, "người"), Q("387 đơn các loại", 387, "đơn"), Q("52/61 vụ việc khiếu nại, tố cáo", 52, "vụ việc khiếu nại, tố cáo"),
 Q("85,2%", 85.2, "%"), Q("26 hộ dân", 26, "hộ dân"), Q("180.000 đồng/m2", 180000, "đồng"), Q("21 hộ", 21, "hộ"),
 Q("48 vụ việc mâu thuẫn, tranh chấp", 48, "vụ việc mâu thuẫn, tranh chấp"), Q("9 vụ việc còn lại", 9, "vụ việc")],
[D("Nghị định", "64", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 64/2014/NĐ-CP"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW")],
[prov("Hải Phòng"), com("Hòa Nghĩa")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ HẢI PHÒNG", "Trang chủ » Hoạt động » Giám sát và phản biện xã hội",
 "Bà Đỗ Thị Hương Lan phát biểu tại buổi giám sát. Ảnh: Ngọc Mai", "Luật Tiếp công dân", "Lượt đọc: 388"],
["26/11/2015 - 09:30", "4 lần đối thoại", "Lượt đọc: 388", "năm 2015"]))

PAGES.append(page("b3538-binhduong-tindon-2016", """
Báo Bình Dương Online
Thời sự | Pháp luật | Xã hội
Thứ Tư, 20/04/2016, 14:20 (GMT+7)
Ảnh: Lực lượng công an phường làm việc với người đăng tin.
Bác bỏ tin đồn "bắt cóc trẻ em" trên mạng xã hội ở Dĩ An
(BDO) Những ngày qua, trên một số trang Facebook lan truyền thông tin "nhóm người lạ dùng xe 7 chỗ bắt cóc trẻ em trước cổng trường" tại phường Tân Đông Hiệp, thị xã Dĩ An. Tin đồn khiến nhiều phụ huynh hoang mang, có lúc khoảng 100 người tụ tập trước cổng một trường tiểu học.
Theo Công an thị xã Dĩ An, chiều 18/4, một phụ huynh thấy người đàn ông lạ đứng gần cổng trường đã chụp ảnh, đăng lên mạng kèm nội dung suy diễn. Chỉ sau vài giờ, bài viết có hơn 3.000 lượt chia sẻ và hàng trăm bình luận. Qua xác minh, người đàn ông là phụ huynh đến đón cháu, không có vụ bắt cóc nào xảy ra. Người đăng tin đã được mời lên làm việc, gỡ bài và xin lỗi trên trang cá nhân.
Ông Trần Thanh Liêm, Chủ tịch UBND phường Tân Đông Hiệp, cho biết phường đã chỉ đạo 12 khu phố thông tin trên hệ thống loa truyền thanh, đồng thời phối hợp với 5 trường học gửi thư đến phụ huynh. "Người dân cần bình tĩnh, khi thấy dấu hiệu nghi vấn thì báo ngay công an khu phố, không tự ý đăng tin chưa kiểm chứng", ông Liêm nói.
Bà Lê Thị Kim Hoa, Trưởng Ban Dân vận Thị ủy Dĩ An, cho biết Ban đã chỉ đạo khối dân vận phường nắm chắc dư luận, tổ chức 18 buổi tiếp xúc với công nhân ở các khu nhà trọ vì nhiều công nhân có con nhỏ gửi trẻ gần khu công nghiệp. Đây cũng là nội dung trong Kế hoạch số 33-KH/DVTU của Ban Dân vận Thị ủy về định hướng dư luận xã hội.
Theo Luật sư Nguyễn Hữu Phước, Đoàn Luật sư tỉnh Bình Dương, hành vi cung cấp, chia sẻ thông tin sai sự thật có thể bị xử phạt hành chính theo Nghị định số 174/2013/NĐ-CP của Chính phủ với mức phạt từ 10 triệu đến 20 triệu đồng; trường hợp gây hậu quả nghiêm trọng có thể bị xử lý hình sự.
Thời gian gần đây, tại một số địa phương khác cũng xuất hiện tin đồn tương tự. Công an tỉnh khuyến cáo người dân tỉnh táo trước các thông tin giật gân, chỉ tiếp nhận thông tin từ cơ quan chức năng và báo chí chính thống.
Trong khi đó, nhiều phụ huynh cho biết đã yên tâm đưa con đến trường trở lại. Chị Thạch Thị Sa Rin, công nhân Khu công nghiệp Sóng Thần, quê Trà Vinh, kể: "Nghe tin đồn tôi xin nghỉ làm 2 ngày để đưa đón con, giờ biết là không có thật thì yên tâm rồi".
Phú Hưng
Chia sẻ | In bài
Tin cùng chuyên mục
- Thuận An: xử phạt chủ tài khoản Facebook đưa tin sai sự thật (15/04/2016)
- Cảnh báo lừa đảo qua điện thoại dịp cuối tháng (11/04/2016)
- Tân Uyên: người dân giao nộp vũ khí, vật liệu nổ (05/04/2016)
""", "2016-04-20", "Bác bỏ tin đồn \"bắt cóc trẻ em\" trên mạng xã hội ở Dĩ An",
E("khac", None, None),
[P("Trần Thanh Liêm", "Chủ tịch UBND phường Tân Đông Hiệp"),
 P("Lê Thị Kim Hoa", "Trưởng Ban Dân vận Thị ủy Dĩ An"),
 P("Nguyễn Hữu Phước", "Luật sư", "Đoàn Luật sư tỉnh Bình Dương"),
 P("Thạch Thị Sa Rin", "công nhân Khu công nghiệp Sóng Thần")],
[Q("khoảng 100 người", 100, "người", "approx"), Q("hơn 3.000 lượt chia sẻ", 3000, "lượt chia sẻ", "over"),
 Q("12 khu phố", 12, "khu phố"), Q("5 trường học", 5, "trường học"), Q("18 buổi tiếp xúc", 18, "buổi tiếp xúc"),
 Q("10 triệu", 10000000, "đồng"), Q("20 triệu đồng", 20000000, "đồng")],
[D("Kế hoạch", "33", "KH/DVTU", None, "Ban Dân vận Thị ủy", "Kế hoạch số 33-KH/DVTU"),
 D("Nghị định", "174", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 174/2013/NĐ-CP")],
[prov("Bình Dương"), com("Tân Đông Hiệp"), prov("Trà Vinh")],
["Báo Bình Dương Online", "Thời sự | Pháp luật | Xã hội", "Ảnh: Lực lượng công an phường làm việc với người đăng tin.",
 "(BDO)", "nhóm người lạ dùng xe 7 chỗ bắt cóc trẻ em trước cổng trường", "Chia sẻ | In bài", "Phú Hưng"],
["Thứ Tư, 20/04/2016, 14:20 (GMT+7)", "xe 7 chỗ", "vài giờ", "hàng trăm bình luận", "2 ngày"]))
