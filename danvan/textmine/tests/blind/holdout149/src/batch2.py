from lib import *
PAGES = []

PAGES.append(page("b3539-quangnam-bdv-tongket-2017", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Vị trí: Trang chủ › Tin tức › Hoạt động Ban Dân vận
28/12/2017 | 10:40
Ảnh: Đồng chí Bríu Thị Quân báo cáo tại hội nghị.
Năm 2017, vận động ổn định 5 vụ việc đông người ở vùng thủy điện
Ngày 27/12/2017, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức hội nghị tổng kết công tác dân vận năm 2017, triển khai nhiệm vụ năm 2018. Đồng chí Trần Văn Mẫn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Báo cáo do đồng chí Bríu Thị Quân, Phó Trưởng Ban Dân vận Tỉnh ủy, trình bày nêu rõ: năm 2017 trên địa bàn tỉnh xảy ra 8 vụ việc tụ tập đông người, trong đó 5 vụ ở vùng thủy điện các huyện Nam Trà My, Bắc Trà My, Phước Sơn liên quan đến đất sản xuất cho đồng bào tái định cư. Khối dân vận đã phối hợp chính quyền vận động ổn định cả 5 vụ; 3 vụ ở vùng đồng bằng về ô nhiễm môi trường đã được doanh nghiệp khắc phục. Các cơ quan dân vận tiếp nhận 164 đơn thư, đã hướng dẫn, chuyển 159 đơn đến cơ quan có thẩm quyền.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 17, 18-CT/TU về công tác dân vận ở vùng dự án thủy điện và về phòng, chống hoạt động tà đạo; hướng dẫn thực hiện Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư về phát huy vai trò nhân dân trong đấu tranh ngăn chặn, đẩy lùi sự suy thoái.
Tại hội nghị, ông Alăng Ngước, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang, cho biết huyện đã vận động 126 hộ đồng bào Cơ Tu hiến đất làm đường, không để kẻ xấu lôi kéo vượt biên. Ông Hồ Văn Thiếp, Bí thư Đảng ủy xã Trà Mai, chia sẻ kinh nghiệm đối thoại với hơn 60 hộ tái định cư thủy điện Sông Tranh 2 sau tin đồn "được bồi thường thêm đất".
Bà Zơrâm Thị Ních, người có uy tín thôn Arớh, xã A Tiêng, kể lại việc cùng cán bộ thôn thuyết phục 14 thanh niên không tham gia nhóm "Tin lành Đấng Christ" trái phép.
Năm 2017, phong trào "Dân vận khéo" có 412 mô hình, trong đó 37 mô hình cấp tỉnh. Nhân dân đóng góp khoảng 28,5 tỷ đồng xây dựng nông thôn mới.
Phát biểu kết luận, đồng chí Trần Văn Mẫn yêu cầu năm 2018 các cấp tập trung nắm tình hình ở vùng dự án, vùng đồng bào dân tộc thiểu số và vùng giáo; phát huy vai trò người có uy tín; giải quyết dứt điểm đơn thư ngay từ thôn, không để hình thành điểm nóng. Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể, 22 cá nhân.
Đồng chí cũng đề nghị các huyện miền núi chú trọng công tác tuyên truyền bằng tiếng dân tộc, thông qua già làng, trưởng thôn và các buổi sinh hoạt cộng đồng, để bà con hiểu rõ chính sách bồi thường, hỗ trợ tái định cư, không nghe theo lời xúi giục của kẻ xấu.
Hữu Toàn
Tin khác
- Tây Giang: đối thoại với người dân về đất sản xuất (12/12/2017)
- Hội nghị người có uy tín huyện Nam Trà My (30/11/2017)
- Giao ban khối dân vận quý III (10/10/2017)
""", "2017-12-28", "Năm 2017, vận động ổn định 5 vụ việc đông người ở vùng thủy điện",
E("tong_ket", "2017", "2017-12-27"),
[P("Bríu Thị Quân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Mẫn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Alăng Ngước", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Hồ Văn Thiếp", "Bí thư Đảng ủy xã Trà Mai"),
 P("Zơrâm Thị Ních", "người có uy tín thôn Arớh")],
[Q("8 vụ việc tụ tập đông người", 8, "vụ việc tụ tập đông người"), Q("5 vụ ở vùng thủy điện", 5, "vụ"),
 Q("3 vụ ở vùng đồng bằng", 3, "vụ"), Q("164 đơn thư", 164, "đơn thư"), Q("159 đơn", 159, "đơn"),
 Q("126 hộ đồng bào Cơ Tu", 126, "hộ đồng bào Cơ Tu"), Q("hơn 60 hộ tái định cư", 60, "hộ tái định cư", "over"),
 Q("14 thanh niên", 14, "thanh niên"), Q("412 mô hình", 412, "mô hình"), Q("37 mô hình cấp tỉnh", 37, "mô hình cấp tỉnh"),
 Q("khoảng 28,5 tỷ đồng", 28500000000, "đồng", "approx"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 03/10/2017")],
[prov("Quảng Nam"), com("Trà Mai"), com("A Tiêng")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Vị trí: Trang chủ › Tin tức › Hoạt động Ban Dân vận",
 "Ảnh: Đồng chí Bríu Thị Quân báo cáo tại hội nghị.", "Tin lành Đấng Christ", "Dân vận khéo", "Sông Tranh 2", "được bồi thường thêm đất"],
["28/12/2017 | 10:40", "năm 2018", "Sông Tranh 2"]))

PAGES.append(page("b3540-ninhthuan-doithoai-2018", """
Cổng thông tin điện tử huyện Thuận Nam - tỉnh Ninh Thuận
Trang chủ > Tin tức - Sự kiện > Hoạt động của lãnh đạo
Ngày đăng 12/09/2018 | 15:30
Lượt xem: 215
Chủ tịch UBND huyện đối thoại với người dân về nước thải nuôi tôm
Chiều ngày 10/9/2018, tại Nhà văn hóa thôn Sơn Hải 2, xã Phước Dinh, đồng chí Pinăng Văn Thương, HUV, Chủ tịch UBND huyện Thuận Nam đã chủ trì buổi đối thoại với nhân dân về tình trạng xả nước thải nuôi tôm ra biển. Đây là buổi đối thoại theo Kế hoạch số 156/KH-UBND của UBND huyện về đối thoại với nhân dân năm 2018.
Cùng dự có các đồng chí: Đạo Thị Thu Hà, Trưởng Ban Dân vận Huyện ủy; Thông Minh Sang, Chủ tịch Ủy ban MTTQ Việt Nam huyện; lãnh đạo các phòng, ban và 4 chủ cơ sở nuôi tôm; cùng khoảng 120 người dân.
Trước đó, ngày 28/8, khoảng 50 hộ dân thôn Sơn Hải 2 đã tụ tập tại khu vực cống xả, yêu cầu các cơ sở ngừng xả thải vì nước biển gần bờ có mùi hôi, nhiều lồng cá chết. Một số clip quay cảnh cá chết được đăng tải trên mạng xã hội với nội dung "biển Phước Dinh bị đầu độc", thu hút hàng nghìn lượt xem.
Tại buổi đối thoại, 11 lượt ý kiến của người dân tập trung vào việc kiểm tra hệ thống xử lý nước thải, bồi thường thiệt hại cho 23 hộ nuôi cá lồng và công khai kết quả quan trắc. Ông Chamaléa Tô, người dân thôn Sơn Hải 2, đề nghị: "Cơ sở nào xả thải thì phải chịu trách nhiệm, dân không muốn kéo nhau đi đâu cả".
Đại diện Phòng Tài nguyên và Môi trường cho biết, kết quả lấy 6 mẫu nước cho thấy 2 cơ sở có chỉ tiêu vượt quy chuẩn; UBND huyện đã lập biên bản, xử phạt tổng cộng 85 triệu đồng theo Nghị định số 155/2016/NĐ-CP của Chính phủ và buộc khắc phục trong 30 ngày.
Kết luận buổi đối thoại, đồng chí Pinăng Văn Thương ghi nhận các ý kiến chính đáng của nhân dân; giao UBND xã Phước Dinh chủ trì cùng các cơ sở thỏa thuận mức hỗ trợ thiệt hại; đề nghị bà con không tụ tập, không chia sẻ thông tin chưa được kiểm chứng. Đồng chí Đạo Thị Thu Hà đề nghị Ủy ban MTTQ và các đoàn thể tham gia giám sát cộng đồng theo Quyết định số 217-QĐ/TW của Bộ Chính trị.
Ông Quảng Văn Tiến, Chủ tịch UBND xã Phước Dinh, cho biết xã sẽ thành lập tổ giám sát gồm 9 thành viên, trong đó có đại diện người dân, để theo dõi việc xả thải hằng tuần và báo cáo kết quả công khai tại các buổi họp thôn.
Ngay sau buổi đối thoại, các chủ cơ sở đã ký cam kết dừng xả thải trực tiếp, nạo vét mương dẫn và lắp đặt thêm hồ lắng. Người dân bày tỏ đồng tình, tin tưởng vào cách giải quyết của chính quyền.
Văn phòng HĐND và UBND huyện
Tin khác
- Thuận Nam: tiếp xúc cử tri trước kỳ họp thứ 7 HĐND tỉnh (05/09/2018)
- Hội nghị nắm tình hình dư luận xã hội quý III (28/08/2018)
- Phước Diêm hòa giải thành tranh chấp ngư trường (20/08/2018)
""", "2018-09-12", "Chủ tịch UBND huyện đối thoại với người dân về nước thải nuôi tôm",
E("doi_thoai", "2018", "2018-09-10"),
[P("Pinăng Văn Thương", "HUV", "Chủ tịch UBND huyện Thuận Nam"),
 P("Đạo Thị Thu Hà", "Trưởng Ban Dân vận Huyện ủy"),
 P("Thông Minh Sang", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Chamaléa Tô"),
 P("Quảng Văn Tiến", "Chủ tịch UBND xã Phước Dinh")],
[Q("4 chủ cơ sở nuôi tôm", 4, "chủ cơ sở nuôi tôm"), Q("khoảng 120 người dân", 120, "người dân", "approx"),
 Q("khoảng 50 hộ dân", 50, "hộ dân", "approx"), Q("11 lượt ý kiến", 11, "lượt ý kiến"), Q("23 hộ nuôi cá lồng", 23, "hộ nuôi cá lồng"),
 Q("6 mẫu nước", 6, "mẫu nước"), Q("2 cơ sở", 2, "cơ sở"), Q("85 triệu đồng", 85000000, "đồng"), Q("9 thành viên", 9, "thành viên")],
[D("Kế hoạch", "156", "KH-UBND", None, "UBND huyện", "Kế hoạch số 156/KH-UBND"),
 D("Nghị định", "155", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 155/2016/NĐ-CP"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW")],
[prov("Ninh Thuận"), com("Phước Dinh")],
["Cổng thông tin điện tử huyện Thuận Nam - tỉnh Ninh Thuận", "Trang chủ > Tin tức - Sự kiện > Hoạt động của lãnh đạo",
 "biển Phước Dinh bị đầu độc", "Văn phòng HĐND và UBND huyện", "Lượt xem: 215"],
["Ngày đăng 12/09/2018 | 15:30", "Lượt xem: 215", "hàng nghìn lượt xem", "30 ngày", "năm 2018"]))

PAGES.append(page("b3541-langson-bdv-giaoban-2019", """
Báo Lạng Sơn điện tử
Trang chủ / Chính trị / Xây dựng Đảng
Cập nhật: 09:42, 05/04/2019 (GMT+7)
Giao ban khối dân vận: nắm chắc tình hình ở khu vực cửa khẩu
LSO - Ngày 4/4, Ban Dân vận Tỉnh ủy Lạng Sơn tổ chức giao ban công tác dân vận quý I năm 2019 với 31 đồng chí là lãnh đạo ban dân vận các huyện ủy, thành ủy và các đảng ủy trực thuộc. Đồng chí Hoàng Văn Pản, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Đồng chí Hoàng Văn Pản phát biểu kết luận giao ban
Theo báo cáo, quý I tình hình nhân dân cơ bản ổn định, các hoạt động đón Tết Kỷ Hợi diễn ra an toàn. Tuy nhiên, tại khu vực cửa khẩu Tân Thanh đã xảy ra 2 vụ tụ tập đông người của khoảng 300 lái xe, chủ hàng khi ùn tắc xe thanh long kéo dài; trên mạng xã hội xuất hiện tin đồn "đóng cửa khẩu vô thời hạn" gây hoang mang. Ban Dân vận các cấp đã phối hợp với Ban Quản lý khu kinh tế cửa khẩu cung cấp thông tin chính thức, vận động tiểu thương giữ trật tự.
Trong quý, khối dân vận tiếp nhận 38 đơn thư, đã giải quyết, trả lời 30 đơn; tham mưu tổ chức 46 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân. Ban đã ban hành Hướng dẫn số 09-HD/BDVTU về nắm tình hình nhân dân và Kế hoạch 14, 15-KH/BDVTU về kiểm tra thực hiện Quy chế dân vận ở các huyện Cao Lộc, Văn Lãng.
Đồng chí Lộc Thị Mai, HUV, Trưởng Ban Dân vận Huyện ủy Văn Lãng, cho biết huyện có 12 hộ dân xã Tân Mỹ khiếu nại tập thể về việc bồi thường làm bãi xe cửa khẩu, huyện đã đối thoại 2 lần, người dân đồng thuận. Đồng chí Vi Văn Thành, Phó Bí thư Thường trực Đảng ủy xã Tân Thanh, đề nghị tăng thêm lực lượng hướng dẫn xe vào bãi để giảm bức xúc của lái xe.
Đồng chí Nông Thị Thu, Phó Trưởng Ban Dân vận Tỉnh ủy, lưu ý tình trạng một số hộ ở xã biên giới nghe theo lời rủ rê tham gia "Hội thánh Đức Chúa Trời Mẹ"; đã có 5 hộ được vận động từ bỏ.
Kết luận, đồng chí Hoàng Văn Pản yêu cầu các cấp thực hiện tốt Chỉ thị số 36-CT/TU ngày 18/1/2019 của Ban Thường vụ Tỉnh ủy về tăng cường nắm tình hình dư luận xã hội, chủ động phản bác thông tin sai trái trên không gian mạng; quý II tổ chức tốt đợt cao điểm tiếp xúc, đối thoại với nhân dân.
Đồng chí đề nghị Ban Dân vận các huyện biên giới phối hợp chặt chẽ với đồn biên phòng, nắm tình hình ở từng thôn, bản; kịp thời báo cáo những vụ việc phức tạp, không để kẻ xấu lợi dụng khó khăn trong thông quan hàng hóa để kích động tiểu thương, lái xe. Các đại biểu cũng thống nhất tăng cường đưa tin chính xác, kịp thời trên trang thông tin điện tử và nhóm Zalo của các thôn, khu phố.
Bài, ảnh: Minh Châu
Chia sẻ: Facebook | Zalo
Bài viết liên quan
- Văn Lãng: tập huấn nghiệp vụ công tác dân vận (28/03/2019)
- Cao Lộc ra mắt 6 mô hình "Dân vận khéo" (20/03/2019)
- Giao ban công tác dân vận quý IV năm 2018 (09/01/2019)
""", "2019-04-05", "Giao ban khối dân vận: nắm chắc tình hình ở khu vực cửa khẩu",
E("giao_ban", "2019-Q1", "2019-04-04"),
[P("Hoàng Văn Pản", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lộc Thị Mai", "HUV", "Trưởng Ban Dân vận Huyện ủy Văn Lãng"),
 P("Vi Văn Thành", "Phó Bí thư Thường trực Đảng ủy xã Tân Thanh"),
 P("Nông Thị Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("31 đồng chí", 31, "đồng chí"), Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"),
 Q("khoảng 300 lái xe, chủ hàng", 300, "lái xe, chủ hàng", "approx"), Q("38 đơn thư", 38, "đơn thư"), Q("30 đơn", 30, "đơn"),
 Q("46 cuộc đối thoại", 46, "cuộc đối thoại"), Q("12 hộ dân", 12, "hộ dân"), Q("5 hộ", 5, "hộ")],
[D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU"),
 D("Kế hoạch", "14", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 14, 15-KH/BDVTU"),
 D("Kế hoạch", "15", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 14, 15-KH/BDVTU"),
 D("Chỉ thị", "36", "CT/TU", "2019-01-18", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 36-CT/TU ngày 18/1/2019")],
[prov("Lạng Sơn"), com("Tân Mỹ"), com("Tân Thanh")],
["Báo Lạng Sơn điện tử", "Trang chủ / Chính trị / Xây dựng Đảng", "LSO", "Đồng chí Hoàng Văn Pản phát biểu kết luận giao ban",
 "đóng cửa khẩu vô thời hạn", "Hội thánh Đức Chúa Trời Mẹ", "Quy chế dân vận", "Chia sẻ: Facebook | Zalo"],
["Cập nhật: 09:42, 05/04/2019 (GMT+7)", "31 đồng chí", "quý I năm 2019", "2 lần", "quý II"]))

PAGES.append(page("b3542-camau-bdv-soket-2020", """
BAN DÂN VẬN TỈNH ỦY CÀ MAU
Trang chủ >> Tin tức >> Tin hoạt động
Thứ Sáu, 17/07/2020 - 10:05
Sơ kết 6 tháng: kịp thời định hướng dư luận, phản bác tin giả về dịch Covid-19
Sáng 16/7, Ban Dân vận Tỉnh ủy Cà Mau tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm 2020 với 10 điểm cầu huyện, thành phố. Đồng chí Lâm Văn Bi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, chủ trì hội nghị.
Quang cảnh điểm cầu Ban Dân vận Tỉnh ủy.
Báo cáo cho biết, 6 tháng qua, trong bối cảnh dịch bệnh Covid-19, khối dân vận các cấp đã phối hợp phát hiện 27 trường hợp đăng tải thông tin sai sự thật về dịch trên mạng xã hội, đề nghị cơ quan công an xử lý 9 trường hợp, phạt tiền tổng cộng 67,5 triệu đồng. Thông tin "Cà Mau có người tử vong do Covid-19" lan truyền hồi tháng 4 đã được Sở Y tế kịp thời bác bỏ.
Trong kỳ, toàn tỉnh phát sinh 6 vụ khiếu kiện đông người, với hơn 180 lượt người, chủ yếu liên quan quyền lợi của người nuôi tôm khi thực hiện dự án đê biển Tây và nợ lương công nhân một công ty chế biến thủy sản. Đến nay đã giải quyết 4 vụ; công ty đã trả đủ hơn 3,2 tỷ đồng tiền lương cho 415 công nhân.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 81-KH/TU ngày 20/3/2020 về công tác dân vận trong phòng, chống dịch và thực hiện Nghị quyết số 42/NQ-CP của Chính phủ về hỗ trợ người dân gặp khó khăn do đại dịch. Khối dân vận phối hợp vận động được gần 12 tỷ đồng, hơn 400 tấn gạo hỗ trợ người dân; 96 điểm "ATM gạo", "tủ bánh mì 0 đồng" được duy trì.
Tại hội nghị, đồng chí Danh Út, HUV, Trưởng Ban Dân vận Huyện ủy Trần Văn Thời, báo cáo về vụ 32 hộ ở xã Khánh Bình Tây tập trung tại trụ sở UBND xã đề nghị được nhận hỗ trợ theo Nghị quyết 42; sau khi rà soát, huyện bổ sung 19 hộ đủ điều kiện. Đồng chí Lý Kim Hoàng, Bí thư Đảng ủy phường Tân Thành, chia sẻ cách lập nhóm Zalo khóm để người dân phản ánh và nhận thông tin chính thống.
Đồng chí Thạch Thị Sà Mây, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết các chùa Nam tông Khmer đã tạm dừng lễ hội đông người theo vận động, đồng bào Khmer đồng tình cao.
Kết luận hội nghị, đồng chí Lâm Văn Bi yêu cầu 6 tháng cuối năm tiếp tục thực hiện Kết luận 01, 02-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận chính quyền và công tác dân tộc; chủ động nắm tình hình, giải quyết dứt điểm 2 vụ khiếu kiện còn lại; đặc biệt chuẩn bị tốt công tác dân vận phục vụ Đại hội Đảng bộ các cấp, không để phát sinh đơn thư liên quan nhân sự.
Đồng chí nhấn mạnh, việc tuyên truyền phải đi trước một bước, thông tin phải nhanh, chính xác để người dân không bị dẫn dắt bởi tin giả; cán bộ dân vận cần sử dụng thành thạo mạng xã hội để lan tỏa thông tin tích cực.
Hồng Phượng
Lượt xem: 1.517
Tin liên quan
- Tập huấn sử dụng mạng xã hội trong công tác dân vận (02/07/2020)
- Thăm, tặng quà người nghèo bị ảnh hưởng dịch Covid-19 (15/05/2020)
- Giao ban công tác dân vận quý I năm 2020 (09/04/2020)
""", "2020-07-17", "Sơ kết 6 tháng: kịp thời định hướng dư luận, phản bác tin giả về dịch Covid-19",
E("so_ket", "2020-H1", "2020-07-16"),
[P("Lâm Văn Bi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Út", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Văn Thời"),
 P("Lý Kim Hoàng", "Bí thư Đảng ủy phường Tân Thành"),
 P("Thạch Thị Sà Mây", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("10 điểm cầu huyện, thành phố", 10, "điểm cầu huyện, thành phố"), Q("27 trường hợp", 27, "trường hợp"),
 Q("9 trường hợp", 9, "trường hợp"), Q("67,5 triệu đồng", 67500000, "đồng"), Q("6 vụ khiếu kiện đông người", 6, "vụ khiếu kiện đông người"),
 Q("hơn 180 lượt người", 180, "lượt người", "over"), Q("4 vụ", 4, "vụ"), Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"),
 Q("415 công nhân", 415, "công nhân"), Q("gần 12 tỷ đồng", 12000000000, "đồng", "approx"), Q("hơn 400 tấn gạo", 400, "tấn", "over"),
 Q("96 điểm", 96, "điểm"), Q("32 hộ", 32, "hộ"), Q("19 hộ", 19, "hộ"),
 Q("2 vụ khiếu kiện", 2, "vụ khiếu kiện")],
[D("Kế hoạch", "81", "KH/TU", "2020-03-20", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 81-KH/TU ngày 20/3/2020"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP"),
 D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Tân Thành")],
["BAN DÂN VẬN TỈNH ỦY CÀ MAU", "Trang chủ >> Tin tức >> Tin hoạt động", "Quang cảnh điểm cầu Ban Dân vận Tỉnh ủy.",
 "Cà Mau có người tử vong do Covid-19", "ATM gạo", "tủ bánh mì 0 đồng", "Lượt xem: 1.517"],
["Thứ Sáu, 17/07/2020 - 10:05", "6 tháng đầu năm 2020", "Covid-19", "0 đồng", "tháng 4", "6 tháng cuối năm", "Lượt xem: 1.517"]))

PAGES.append(page("b3543-laocai-hoinghi-dluan-2021", """
BÁO LÀO CAI
Chính trị > Xây dựng Đảng
Thứ Tư, 24/11/2021 | 16:50
Nâng cao hiệu quả nắm bắt dư luận xã hội trên không gian mạng
Hội nghị diễn ra theo hình thức trực tiếp kết hợp trực tuyến.
Ngày 23/11, Ban Dân vận Tỉnh ủy Lào Cai phối hợp Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị chuyên đề về nắm tình hình nhân dân, dư luận xã hội và đấu tranh với thông tin xấu độc trên mạng xã hội năm 2021. Hội nghị kết nối tới 9 điểm cầu huyện, thị xã, thành phố với hơn 650 đại biểu.
Chủ trì hội nghị có các đồng chí: Giàng Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Sùng A Hồ, Phó Trưởng Ban Tuyên giáo Tỉnh ủy.
Tham luận tại hội nghị cho thấy, năm 2021 các lực lượng đã phát hiện 214 bài viết, video có nội dung xuyên tạc, bịa đặt liên quan công tác phòng, chống dịch, bầu cử đại biểu Quốc hội và HĐND các cấp, chính sách hỗ trợ đồng bào dân tộc thiểu số; đã đề nghị gỡ bỏ 176 bài, đạt 82%. Nổi lên là tin đồn "người về từ vùng dịch không được cách ly mà bị đuổi khỏi bản" tại huyện Bát Xát khiến khoảng 40 người ở xã Y Tý tụ tập tại chốt kiểm soát. Chính quyền xã đã kịp thời đối thoại, người dân giải tán ngay trong buổi chiều.
Đồng chí Tẩn Láo Sử, HUV, Trưởng Ban Dân vận Huyện ủy Bát Xát, cho biết huyện đã thành lập 21 tổ công tác cộng đồng, mỗi tổ có 1 người có uy tín biết tiếng Mông, Dao, Hà Nhì để giải thích cho bà con. Ông Ly Seo Dìn, người có uy tín thôn Lao Chải, xã Y Tý, kể đã đến từng nhà giải thích để 17 hộ không nghe theo lời rủ rê của đối tượng truyền "đạo Giê-sùa" trái phép.
Đồng chí Chảo Mẩy Lai, Bí thư Đoàn xã Bản Xèo, chia sẻ kinh nghiệm dùng trang Facebook của đoàn xã để phản bác thông tin sai, thu hút hơn 2.300 người theo dõi.
Hội nghị được nghe quán triệt Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới và Kế hoạch số 172-KH/TU của Tỉnh ủy thực hiện Nghị quyết.
Phát biểu kết luận, đồng chí Giàng Thị Dung yêu cầu các cấp ủy phát huy vai trò của 1.856 người có uy tín và gần 3.000 tổ dân vận thôn, tổ dân phố; mỗi cán bộ, đảng viên phải là một "tuyên truyền viên" trên không gian mạng; kịp thời nắm, báo cáo tình hình, không để bị động trước các vụ việc phức tạp.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 8 tập thể có thành tích trong đấu tranh phản bác thông tin xấu độc.
Đức Toàn
Ý kiến bạn đọc (0)
Tin cùng chuyên mục
- Bát Xát: đối thoại với người dân về chính sách hỗ trợ (15/11/2021)
- Sa Pa ra mắt mô hình "Dân vận khéo" trong du lịch cộng đồng (08/11/2021)
- Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở (29/10/2021)
""", "2021-11-24", "Nâng cao hiệu quả nắm bắt dư luận xã hội trên không gian mạng",
E("hoi_nghi", "2021", "2021-11-23"),
[P("Giàng Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng A Hồ", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Tẩn Láo Sử", "HUV", "Trưởng Ban Dân vận Huyện ủy Bát Xát"),
 P("Ly Seo Dìn", "người có uy tín thôn Lao Chải"),
 P("Chảo Mẩy Lai", "Bí thư Đoàn xã Bản Xèo")],
[Q("9 điểm cầu huyện, thị xã, thành phố", 9, "điểm cầu huyện, thị xã, thành phố"), Q("hơn 650 đại biểu", 650, "đại biểu", "over"),
 Q("214 bài viết, video", 214, "bài viết, video"), Q("176 bài", 176, "bài"), Q("82%", 82, "%"),
 Q("khoảng 40 người", 40, "người", "approx"), Q("21 tổ công tác cộng đồng", 21, "tổ công tác cộng đồng"),
 Q("17 hộ", 17, "hộ"), Q("hơn 2.300 người theo dõi", 2300, "người theo dõi", "over"),
 Q("1.856 người có uy tín", 1856, "người có uy tín"), Q("gần 3.000 tổ dân vận thôn, tổ dân phố", 3000, "tổ dân vận thôn, tổ dân phố", "approx"),
 Q("8 tập thể", 8, "tập thể")],
[D("Nghị quyết", "35", "NQ/TW", "2018-10-22", "Bộ Chính trị", "Nghị quyết số 35-NQ/TW ngày 22/10/2018"),
 D("Kế hoạch", "172", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 172-KH/TU")],
[prov("Lào Cai"), com("Y Tý"), com("Bản Xèo")],
["BÁO LÀO CAI", "Chính trị > Xây dựng Đảng", "Hội nghị diễn ra theo hình thức trực tiếp kết hợp trực tuyến.",
 "người về từ vùng dịch không được cách ly mà bị đuổi khỏi bản", "đạo Giê-sùa", "tuyên truyền viên", "Ý kiến bạn đọc (0)"],
["Thứ Tư, 24/11/2021 | 16:50", "1 người có uy tín", "Ý kiến bạn đọc (0)", "năm 2021"]))

PAGES.append(page("b3544-vinhlong-bdv-giamsat-2022", """
Cổng Thông tin điện tử Đảng bộ tỉnh Vĩnh Long
Trang chủ | Hoạt động của các ban Đảng | Ban Dân vận
Thứ Năm, 22/09/2022
Tìm kiếm...
Ban Dân vận Tỉnh ủy giám sát việc giải quyết đơn thư tại Huyện ủy Trà Ôn
Ngày 20/9/2022, Đoàn giám sát Ban Dân vận Tỉnh ủy Vĩnh Long do đồng chí Nguyễn Thị Minh Hạnh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc lãnh đạo, chỉ đạo giải quyết khiếu nại, tố cáo, kiến nghị của nhân dân và xử lý các vụ việc phức tạp tại Ban Thường vụ Huyện ủy Trà Ôn, theo Kế hoạch số 25-KH/BDVTU về giám sát năm 2022.
Tiếp đoàn có đồng chí Thạch Thị Kim Xuân, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Trà Ôn và lãnh đạo các ngành liên quan.
Đồng chí Nguyễn Thị Minh Hạnh phát biểu tại buổi giám sát.
Báo cáo của Huyện ủy cho thấy, từ tháng 1/2021 đến tháng 8/2022, các cơ quan trên địa bàn huyện tiếp nhận 268 đơn thư, trong đó 14 đơn khiếu nại, tố cáo đông người; đã giải quyết 251 đơn, đạt 93,7%. Huyện xảy ra 3 vụ tụ tập đông người: 2 vụ liên quan ô nhiễm từ các lò nung gạch ở xã Hựu Thành, 1 vụ của khoảng 60 hộ dân xã Thới Hòa phản đối việc san lấp mặt bằng làm ngập ruộng lúa. Các vụ việc đều được đối thoại, xử lý kịp thời; doanh nghiệp đã hỗ trợ 470 triệu đồng cho các hộ bị thiệt hại.
Huyện cũng ghi nhận thông tin sai sự thật trên mạng xã hội về việc "thu hồi đất trồng lúa của dân làm khu công nghiệp" khiến một số hộ hoang mang; Ban Dân vận Huyện ủy đã phối hợp các xã tổ chức 24 cuộc họp dân, thông tin công khai quy hoạch.
Phát biểu tại buổi làm việc, đồng chí Sơn Văn Hùng, Bí thư Đảng ủy xã Thới Hòa, cho biết xã áp dụng mô hình "Tiếp dân cuối tuần", qua đó giải quyết tại chỗ 35 kiến nghị, không để phát sinh đơn vượt cấp.
Đoàn giám sát đánh giá Ban Thường vụ Huyện ủy đã quan tâm lãnh đạo thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân; tuy nhiên một số vụ việc giải quyết còn chậm, có 5 đơn quá hạn.
Kết luận buổi giám sát, đồng chí Nguyễn Thị Minh Hạnh đề nghị Huyện ủy chỉ đạo giải quyết dứt điểm 17 đơn thư còn tồn đọng trong quý IV/2022; người đứng đầu cấp ủy định kỳ tiếp dân ít nhất 1 lần/tháng; chú trọng hòa giải ở cơ sở, phát huy vai trò của 62 tổ hòa giải và Mặt trận, các đoàn thể trong nắm tình hình nhân dân.
Đồng chí cũng lưu ý, huyện có đông đồng bào Khmer sinh sống, cần phối hợp với các vị sư sãi, Ban quản trị chùa tuyên truyền chính sách, không để kẻ xấu lợi dụng vấn đề đất đai, tôn giáo để kích động.
Ngọc Hân
Các tin khác
- Giám sát thực hiện Quy chế dân chủ ở cơ sở tại xã Loan Mỹ (09/09/2022)
- Hội nghị giao ban công tác dân vận quý III (31/08/2022)
- Tam Bình ra mắt 3 mô hình "Dân vận khéo" (19/08/2022)
""", "2022-09-22", "Ban Dân vận Tỉnh ủy giám sát việc giải quyết đơn thư tại Huyện ủy Trà Ôn",
E("giam_sat", "2022", "2022-09-20"),
[P("Nguyễn Thị Minh Hạnh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "trưởng đoàn"),
 P("Thạch Thị Kim Xuân", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Trà Ôn"),
 P("Sơn Văn Hùng", "Bí thư Đảng ủy xã Thới Hòa")],
[Q("268 đơn thư", 268, "đơn thư"), Q("14 đơn khiếu nại, tố cáo đông người", 14, "đơn khiếu nại, tố cáo đông người"),
 Q("251 đơn", 251, "đơn"), Q("93,7%", 93.7, "%"), Q("3 vụ tụ tập đông người", 3, "vụ tụ tập đông người"),
 Q("2 vụ", 2, "vụ"), Q("1 vụ", 1, "vụ"), Q("khoảng 60 hộ dân", 60, "hộ dân", "approx"), Q("470 triệu đồng", 470000000, "đồng"),
 Q("24 cuộc họp dân", 24, "cuộc họp dân"), Q("35 kiến nghị", 35, "kiến nghị"), Q("5 đơn", 5, "đơn"),
 Q("17 đơn thư", 17, "đơn thư"), Q("62 tổ hòa giải", 62, "tổ hòa giải")],
[D("Kế hoạch", "25", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 25-KH/BDVTU"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019")],
[prov("Vĩnh Long"), com("Hựu Thành"), com("Thới Hòa")],
["Cổng Thông tin điện tử Đảng bộ tỉnh Vĩnh Long", "Trang chủ | Hoạt động của các ban Đảng | Ban Dân vận", "Tìm kiếm...",
 "Đồng chí Nguyễn Thị Minh Hạnh phát biểu tại buổi giám sát.", "Tiếp dân cuối tuần", "thu hồi đất trồng lúa của dân làm khu công nghiệp"],
["Thứ Năm, 22/09/2022", "tháng 1/2021", "tháng 8/2022", "quý IV/2022", "1 lần/tháng", "năm 2022"]))
