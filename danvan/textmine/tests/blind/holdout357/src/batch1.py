from lib import *
PAGES = []

PAGES.append(page("b8525-nghean-bdv-taphuan-2011", """
BAN DÂN VẬN TỈNH ỦY NGHỆ AN
Trang chủ > Tin tức > Hoạt động dân vận
Thứ Ba, 20/12/2011 - 09:30
Ảnh: Quang cảnh lớp tập huấn.
Nghệ An: Tập huấn triển khai Nghị định 80/2011/NĐ-CP về tái hòa nhập cộng đồng
Ngày 19/12/2011, Ban Dân vận Tỉnh ủy phối hợp với Công an tỉnh tổ chức lớp tập huấn nghiệp vụ năm 2011 về công tác giúp đỡ người chấp hành xong án phạt tù tái hòa nhập cộng đồng cho 215 học viên là cán bộ dân vận, công an, Mặt trận và các đoàn thể của 21 huyện, thành phố, thị xã.
Dự và chỉ đạo lớp tập huấn có đồng chí Trần Thị Minh Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Đại tá Hồ Văn Lợi, Phó Giám đốc Công an tỉnh.
Tại lớp tập huấn, Thượng tá Phan Đình Khôi, Trưởng phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp Công an tỉnh, đã giới thiệu những nội dung cơ bản của Nghị định số 80/2011/NĐ-CP ngày 20/9/2011 của Chính phủ quy định các biện pháp bảo đảm tái hòa nhập cộng đồng đối với người chấp hành xong án phạt tù, có hiệu lực từ ngày 15/11/2011. Nghị định quy định rõ trách nhiệm của UBND cấp xã, Ủy ban MTTQ và các đoàn thể trong việc tiếp nhận, giáo dục, giúp đỡ người trở về.
Theo báo cáo của Công an tỉnh, từ năm 2006 đến nay toàn tỉnh đã tiếp nhận 4.326 người chấp hành xong án phạt tù trở về địa phương, trong đó có 1.158 người được đặc xá; số người tái phạm tội là 287 người, chiếm 6,6%. Qua rà soát, có 1.920 người chưa có việc làm ổn định, 346 người thuộc hộ nghèo, gần 600 người chưa có giấy tờ tùy thân.
Nhiều địa phương đã có cách làm hay. Tại xã Diễn Hồng (Diễn Châu), Ban Công tác Mặt trận các xóm nhận đỡ đầu 14 người, giúp 9 người vay vốn với tổng số tiền 270 triệu đồng để chăn nuôi, làm nghề mộc. Ông Nguyễn Hữu Thắng, Chủ tịch Ủy ban MTTQ xã Diễn Hồng, chia sẻ: "Người lầm lỗi trở về sợ nhất là ánh mắt dè bỉu của hàng xóm. Mặt trận phải đến nhà trước, ngồi uống nước với gia đình trước thì họ mới mở lòng".
Phát biểu chỉ đạo, đồng chí Trần Thị Minh Hạnh đề nghị các cấp ủy, chính quyền quán triệt Chỉ thị số 48-CT/TW ngày 22/10/2010 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tội phạm trong tình hình mới; sớm xây dựng kế hoạch triển khai Nghị định 80 ở cấp xã; đưa nội dung giúp đỡ người chấp hành xong án phạt tù vào cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Ban Dân vận các huyện ủy thực hiện theo Hướng dẫn số 12-HD/BDVTU ngày 05/12/2011 của Ban Dân vận Tỉnh ủy, định kỳ 6 tháng báo cáo kết quả.
Đại tá Hồ Văn Lợi yêu cầu Công an các xã, thị trấn phối hợp chặt chẽ với Mặt trận, đoàn thể trong tiếp nhận, quản lý, giúp đỡ; tuyệt đối không để xảy ra kỳ thị, phân biệt đối xử với người đã chấp hành xong án phạt tù.
Dịp này, Ban Dân vận Tỉnh ủy cấp phát 250 bộ tài liệu cho học viên và các xã trọng điểm.
Minh Châu
Lượt xem: 1.245
Tin liên quan
- Ban Dân vận Tỉnh ủy giao ban khối dân vận quý IV/2011 (12/12/2011)
- Quỳnh Lưu: 30 người lầm lỗi được giúp đỡ vay vốn (28/11/2011)
- Tổng kết 10 năm thực hiện Quy chế dân chủ ở cơ sở (15/11/2011)
- Nghi Lộc ra mắt mô hình "Xóm bình yên" (02/11/2011)
""", "2011-12-20", "Nghệ An: Tập huấn triển khai Nghị định 80/2011/NĐ-CP về tái hòa nhập cộng đồng",
E("tap_huan", "2011", "2011-12-19"),
[P("Trần Thị Minh Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Lợi", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Phan Đình Khôi", "Thượng tá", "Trưởng phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp Công an tỉnh"),
 P("Nguyễn Hữu Thắng", "Chủ tịch Ủy ban MTTQ xã Diễn Hồng")],
[Q("215 học viên", 215, "học viên"), Q("21 huyện, thành phố, thị xã", 21, "huyện, thành phố, thị xã"),
 Q("4.326 người", 4326, "người"), Q("1.158 người", 1158, "người"), Q("287 người", 287, "người"),
 Q("6,6%", 6.6, "%"), Q("1.920 người", 1920, "người"), Q("346 người", 346, "người"),
 Q("gần 600 người", 600, "người", "approx"), Q("14 người", 14, "người"), Q("9 người", 9, "người"),
 Q("270 triệu đồng", 270000000, "đồng"), Q("250 bộ tài liệu", 250, "bộ tài liệu")],
[D("Nghị định", "80", "2011/NĐ-CP", "2011-09-20", "Chính phủ", "Nghị định số 80/2011/NĐ-CP ngày 20/9/2011 của Chính phủ"),
 D("Chỉ thị", "48", "CT/TW", "2010-10-22", "Bộ Chính trị", "Chỉ thị số 48-CT/TW ngày 22/10/2010 của Bộ Chính trị"),
 D("Hướng dẫn", "12", "HD/BDVTU", "2011-12-05", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU ngày 05/12/2011")],
[prov("Nghệ An"), com("Diễn Hồng")],
["BAN DÂN VẬN TỈNH ỦY NGHỆ AN", "Trang chủ > Tin tức > Hoạt động dân vận", "Ảnh: Quang cảnh lớp tập huấn.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 1.245", "Diễn Châu"],
["Thứ Ba, 20/12/2011 - 09:30", "năm 2011", "từ năm 2006", "Nghị định 80", "định kỳ 6 tháng", "Lượt xem: 1.245"]))

PAGES.append(page("b8526-langson-mttq-tongket-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH LẠNG SƠN
Trang chủ » Hoạt động Mặt trận » Tin trong tỉnh
Cập nhật: 08:40, 27/12/2012 (GMT+7)
Tổng kết công tác phối hợp giúp đỡ người lầm lỗi tái hòa nhập cộng đồng
Sáng 26/12, Ban Thường trực Ủy ban MTTQ tỉnh và Công an tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác phối hợp năm 2012 thực hiện Chương trình phối hợp số 09/CTPH-MTTQ-CA trong vận động nhân dân giúp đỡ người chấp hành xong án phạt tù tái hòa nhập cộng đồng.
Dự hội nghị có đồng chí Nông Thị Lài, Chủ tịch Ủy ban MTTQ tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Hoàng Văn Nghiệp, Lăng Thị Diệu; Đại tá Chu Văn Mạnh, Phó Giám đốc Công an tỉnh cùng 64 đại biểu là Chủ tịch Ủy ban MTTQ, Trưởng Công an các huyện, thành phố.
Năm 2012, toàn tỉnh tiếp nhận 312 người chấp hành xong án phạt tù trở về địa phương, tăng 41 người so với năm 2011. Ban Công tác Mặt trận ở 1.640 khu dân cư đã phối hợp với Công an xã tổ chức gặp mặt, động viên 298 người, đạt 95,5%; phân công 530 đoàn viên, hội viên kèm cặp, giúp đỡ. Các tổ chức thành viên giới thiệu việc làm cho 116 người, giúp 47 người được vay vốn từ Ngân hàng Chính sách xã hội với tổng dư nợ hơn 1,2 tỷ đồng.
Nhiều mô hình được duy trì như "Khu dân cư tự quản giúp đỡ người lầm lỗi" ở xã Hoàng Đồng (thành phố Lạng Sơn), "Tổ tự quản an ninh trật tự" ở thị trấn Đồng Đăng (Cao Lộc). Ông Lăng Văn Khoa, Trưởng ban Công tác Mặt trận thôn Nà Pàn, xã Hoàng Đồng, cho biết thôn có 6 người trở về sau khi chấp hành án, nay 5 người đã có việc làm ổn định, 2 người đã lập gia đình. "Chúng tôi không coi họ là người ngoài. Nhà nào có việc, bà con đều gọi họ sang giúp, dần dần họ thấy mình được tin", ông Khoa nói.
Tuy vậy, hội nghị cũng chỉ ra một số hạn chế: ở một số nơi việc tiếp nhận còn hình thức, chưa lập hồ sơ theo dõi; còn 23 người tái phạm tội, trong đó có 9 trường hợp liên quan ma túy; việc hỗ trợ vốn, học nghề còn khó khăn vì nguồn lực hạn chế. Đồng chí Đinh Văn Tiến, Trưởng Công an huyện Văn Lãng, đề nghị bổ sung kinh phí cho Ban Công tác Mặt trận ở các thôn biên giới.
Phát biểu kết luận, đồng chí Nông Thị Lài đề nghị năm 2013 Mặt trận các cấp tiếp tục thực hiện Kế hoạch số 27/KH-UBND ngày 12/3/2012 của UBND tỉnh về triển khai thi hành Nghị định số 80/2011/NĐ-CP; đưa tiêu chí không có người tái phạm vào bình xét khu dân cư văn hóa; mỗi Ban Công tác Mặt trận nhận giúp đỡ ít nhất 1 người có hoàn cảnh khó khăn.
Dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho 8 tập thể, 15 cá nhân; Giám đốc Công an tỉnh tặng Giấy khen cho 6 tập thể có thành tích trong công tác phối hợp.
Hoàng Anh
Tin khác
- Văn Quan: đối thoại với người có uy tín ở khu dân cư (20/12/2012)
- Mặt trận tỉnh giám sát việc thực hiện chính sách người có công (11/12/2012)
- Ra mắt mô hình "Khu dân cư không có tội phạm" ở Chi Lăng (30/11/2012)
""", "2012-12-27", "Tổng kết công tác phối hợp giúp đỡ người lầm lỗi tái hòa nhập cộng đồng",
E("tong_ket", "2012", "2012-12-26"),
[P("Nông Thị Lài", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Nghiệp", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lăng Thị Diệu", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Chu Văn Mạnh", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Lăng Văn Khoa", "Trưởng ban Công tác Mặt trận thôn Nà Pàn"),
 P("Đinh Văn Tiến", "Trưởng Công an huyện Văn Lãng")],
[Q("64 đại biểu", 64, "đại biểu"), Q("312 người", 312, "người"), Q("41 người", 41, "người"),
 Q("1.640 khu dân cư", 1640, "khu dân cư"), Q("298 người", 298, "người"), Q("95,5%", 95.5, "%"),
 Q("530 đoàn viên, hội viên", 530, "đoàn viên, hội viên"), Q("116 người", 116, "người"), Q("47 người", 47, "người"),
 Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("6 người", 6, "người"), Q("5 người", 5, "người"),
 Q("2 người", 2, "người"), Q("23 người", 23, "người"), Q("9 trường hợp", 9, "trường hợp"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân"), Q("6 tập thể", 6, "tập thể")],
[D("Chương trình phối hợp", "09", "CTPH-MTTQ-CA", None, None, "Chương trình phối hợp số 09/CTPH-MTTQ-CA"),
 D("Kế hoạch", "27", "KH-UBND", "2012-03-12", "UBND tỉnh", "Kế hoạch số 27/KH-UBND ngày 12/3/2012 của UBND tỉnh"),
 D("Nghị định", "80", "2011/NĐ-CP", None, None, "Nghị định số 80/2011/NĐ-CP")],
[prov("Lạng Sơn"), com("Hoàng Đồng"), com("Đồng Đăng")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH LẠNG SƠN", "Trang chủ » Hoạt động Mặt trận » Tin trong tỉnh",
 "Khu dân cư tự quản giúp đỡ người lầm lỗi", "Tổ tự quản an ninh trật tự", "Ngân hàng Chính sách xã hội", "Cao Lộc", "Văn Lãng"],
["Cập nhật: 08:40, 27/12/2012 (GMT+7)", "năm 2012", "năm 2011", "năm 2013", "ít nhất 1 người"]))

PAGES.append(page("b8527-quangnam-xa-doithoai-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ DUY PHƯỚC - HUYỆN DUY XUYÊN - TỈNH QUẢNG NAM
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ
08:15 | 14/06/2013
Đối thoại với người chấp hành xong án phạt tù trở về địa phương
Chiều 13/6, Đảng ủy, UBND xã Duy Phước tổ chức buổi đối thoại năm 2013 giữa lãnh đạo xã với người chấp hành xong án phạt tù, người được đặc xá đang cư trú trên địa bàn. Đây là lần đầu tiên xã tổ chức đối thoại riêng với nhóm đối tượng này.
Chủ trì buổi đối thoại có ông Trương Công Hiếu, Bí thư Đảng ủy xã; ông Lê Văn Sơn, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; bà Nguyễn Thị Lệ, Chủ tịch UBND xã. Cùng dự có các ông Đỗ Văn Tám, Phan Văn Hòa - Phó Chủ tịch UBND xã; ông Phạm Ngọc Ánh, Trưởng Công an xã và đại diện Mặt trận, các đoàn thể.
Theo báo cáo của Công an xã, hiện Duy Phước có 37 người đã chấp hành xong án phạt tù, trong đó 4 người được đặc xá năm 2011; có 31 người đến dự đối thoại. Thực hiện Kế hoạch số 18/KH-UBND ngày 02/5/2013 của UBND xã về triển khai Nghị định 80/2011/NĐ-CP, xã đã phân công 12 cán bộ, đoàn viên theo dõi, giúp đỡ từng người.
Tại buổi đối thoại, 8 ý kiến được nêu lên, tập trung vào vay vốn, học nghề, làm lại giấy tờ và việc bị kỳ thị khi xin việc. Anh Huỳnh Văn T. (SN 1984, thôn Phú Đa) kể: "Em ra trại được hai năm, xin vào mấy xưởng may ở khu công nghiệp đều bị từ chối khi họ hỏi lý lịch. Mong xã xác nhận giúp em đã chấp hành xong để em làm lại hồ sơ". Anh Nguyễn Tấn Lực đề nghị được vay vốn mua ghe để đánh bắt trên sông Thu Bồn.
Trả lời các ý kiến, bà Nguyễn Thị Lệ cho biết UBND xã sẽ cấp giấy xác nhận trong 3 ngày làm việc; phối hợp Ngân hàng Chính sách xã hội ưu tiên cho vay tối đa 20 triệu đồng/người theo chương trình giải quyết việc làm; Hội Nông dân xã đã giới thiệu 5 người vào làm tại các cơ sở mộc, nề trong xã.
Ông Phạm Ngọc Ánh nhắc nhở những người đã trở về tuân thủ pháp luật, tránh xa ma túy, cờ bạc, đồng thời đề nghị gia đình, khu dân cư không xa lánh, kỳ thị.
Kết luận buổi đối thoại, ông Trương Công Hiếu yêu cầu các chi bộ thôn đưa việc giúp đỡ người lầm lỗi vào nghị quyết sinh hoạt hằng tháng; Hội Liên hiệp Phụ nữ, Đoàn Thanh niên nhận đỡ đầu những trường hợp khó khăn; mỗi năm xã tổ chức ít nhất một lần đối thoại như thế này.
Theo Công an tỉnh Quảng Nam, năm 2012 toàn huyện Duy Xuyên có 9 người tái phạm sau khi chấp hành xong án phạt tù; riêng Duy Phước 2 năm liền không có trường hợp nào tái phạm.
Văn phòng Đảng ủy
Các tin khác
- Duy Phước ra quân làm đường giao thông nông thôn (05/06/2013)
- Hội nghị sơ kết 6 tháng Ban Công tác Mặt trận thôn Phú Đa (28/05/2013)
- Xã tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/05/2013)
""", "2013-06-14", "Đối thoại với người chấp hành xong án phạt tù trở về địa phương",
E("doi_thoai", "2013", "2013-06-13"),
[P("Trương Công Hiếu", "Bí thư Đảng ủy xã"),
 P("Lê Văn Sơn", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Nguyễn Thị Lệ", "Chủ tịch UBND xã"),
 P("Đỗ Văn Tám", "Phó Chủ tịch UBND xã"),
 P("Phan Văn Hòa", "Phó Chủ tịch UBND xã"),
 P("Phạm Ngọc Ánh", "Trưởng Công an xã"),
 P("Huỳnh Văn T."),
 P("Nguyễn Tấn Lực")],
[Q("37 người", 37, "người"), Q("4 người", 4, "người"), Q("31 người", 31, "người"),
 Q("12 cán bộ, đoàn viên", 12, "cán bộ, đoàn viên"), Q("8 ý kiến", 8, "ý kiến"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("5 người", 5, "người"), Q("9 người", 9, "người")],
[D("Kế hoạch", "18", "KH-UBND", "2013-05-02", "UBND xã", "Kế hoạch số 18/KH-UBND ngày 02/5/2013 của UBND xã"),
 D("Nghị định", "80", "2011/NĐ-CP", None, None, "Nghị định 80/2011/NĐ-CP")],
[prov("Quảng Nam"), com("Duy Phước")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ DUY PHƯỚC - HUYỆN DUY XUYÊN - TỈNH QUẢNG NAM",
 "Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ", "Ngân hàng Chính sách xã hội", "Thu Bồn"],
["08:15 | 14/06/2013", "năm 2013", "năm 2011", "năm 2012", "SN 1984", "hai năm", "3 ngày làm việc", "2 năm liền"]))

PAGES.append(page("b8528-tayninh-hlhpn-traoqua-2014", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH TÂY NINH
Trang chủ / Hoạt động Hội / Tin tức
17/05/2014 - 10:05
Chị em phụ nữ hoàn lương nhận vốn tại buổi trao.
Trao vốn, tặng quà cho phụ nữ chấp hành xong án phạt tù
Ngày 16/5, tại xã Trường Tây (huyện Hòa Thành), Ban Thường vụ Hội LHPN tỉnh phối hợp với Phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp Công an tỉnh Tây Ninh trao vốn, tặng quà cho phụ nữ đã chấp hành xong án phạt tù, phụ nữ được đặc xá đang sinh sống tại các huyện Hòa Thành, Châu Thành và thành phố Tây Ninh.
Đến dự và trao quà có bà Nguyễn Thị Kim Loan, Phó Chủ tịch Thường trực Hội LHPN tỉnh; Trung tá Võ Thành Nhân, Phó Trưởng phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp Công an tỉnh; bà Lê Thị Bích Thủy, Chủ tịch Hội LHPN huyện Hòa Thành.
Theo bà Nguyễn Thị Kim Loan, thực hiện Quy chế phối hợp số 02/QCPH-CA-HPN giữa Công an tỉnh và Hội LHPN tỉnh, từ đầu năm đến nay các cấp Hội đã tiếp nhận, nắm danh sách 86 phụ nữ trở về địa phương sau khi chấp hành án; tổ chức thăm hỏi tại gia đình 79 trường hợp; phân công 158 chi hội trưởng, tổ trưởng tổ phụ nữ trực tiếp kèm cặp. Đến nay có 52 chị đã có việc làm, chiếm 60,5%.
Tại buổi lễ, Hội LHPN tỉnh trao vốn không lãi cho 12 chị, mỗi chị 10 triệu đồng từ nguồn vốn "Tổ tiết kiệm phụ nữ nghĩa tình"; tặng 40 phần quà, mỗi phần trị giá 500.000 đồng, gồm gạo, sữa và nhu yếu phẩm cho các chị có hoàn cảnh khó khăn. Tổng trị giá vốn và quà trao đợt này là 140 triệu đồng. Ngoài ra, Hội Doanh nhân nữ tỉnh nhận 6 chị vào làm việc tại các cơ sở may gia công, chế biến bánh tráng.
Chị Trần Thị Mỹ H. (ngụ ấp Long Bình, xã Trường Tây) nghẹn ngào: "Ngày về, tôi không dám ra đường vì sợ người ta chỉ trỏ. Nhờ chị em trong chi hội đến nhà hoài, rủ đi sinh hoạt, giờ tôi có sạp bán rau ở chợ, nuôi được hai đứa con đi học".
Bà Lê Thị Bích Thủy cho biết, Hội LHPN huyện Hòa Thành đang duy trì 3 câu lạc bộ "Phụ nữ giúp nhau hoàn lương" với 64 thành viên, sinh hoạt mỗi tháng một lần tại nhà văn hóa ấp. Theo Kế hoạch số 36/KH-BTV ngày 20/3/2014 của Ban Thường vụ Hội LHPN tỉnh, năm nay mỗi huyện, thành phố xây dựng ít nhất 1 câu lạc bộ như vậy.
Phát biểu tại buổi trao quà, Trung tá Võ Thành Nhân mong các chị vượt qua mặc cảm, chấp hành tốt pháp luật, tích cực lao động; đồng thời đề nghị các cấp Hội phát hiện sớm những trường hợp có nguy cơ tái phạm để báo với Công an xã.
Ngọc Trâm
Tin liên quan
- Hội LHPN huyện Tân Châu ra mắt mô hình "Ngôi nhà an toàn" (08/05/2014)
- Tây Ninh: 120 hội viên được tập huấn kỹ năng phòng chống bạo lực gia đình (25/04/2014)
- Trao 15 "Mái ấm tình thương" cho hội viên nghèo (10/04/2014)
""", "2014-05-17", "Trao vốn, tặng quà cho phụ nữ chấp hành xong án phạt tù",
E("trao_qua", None, "2014-05-16"),
[P("Nguyễn Thị Kim Loan", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Võ Thành Nhân", "Trung tá", "Phó Trưởng phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp Công an tỉnh"),
 P("Lê Thị Bích Thủy", "Chủ tịch Hội LHPN huyện Hòa Thành"),
 P("Trần Thị Mỹ H.")],
[Q("86 phụ nữ", 86, "phụ nữ"), Q("79 trường hợp", 79, "trường hợp"),
 Q("158 chi hội trưởng, tổ trưởng tổ phụ nữ", 158, "chi hội trưởng, tổ trưởng tổ phụ nữ"),
 Q("52 chị", 52, "chị"), Q("60,5%", 60.5, "%"), Q("12 chị", 12, "chị"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("40 phần quà", 40, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("140 triệu đồng", 140000000, "đồng"),
 Q("6 chị", 6, "chị"), Q("3 câu lạc bộ", 3, "câu lạc bộ"), Q("64 thành viên", 64, "thành viên")],
[D("Quy chế phối hợp", "02", "QCPH-CA-HPN", None, None, "Quy chế phối hợp số 02/QCPH-CA-HPN"),
 D("Kế hoạch", "36", "KH-BTV", "2014-03-20", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 36/KH-BTV ngày 20/3/2014")],
[prov("Tây Ninh"), com("Trường Tây")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH TÂY NINH", "Trang chủ / Hoạt động Hội / Tin tức",
 "Chị em phụ nữ hoàn lương nhận vốn tại buổi trao.", "Tổ tiết kiệm phụ nữ nghĩa tình", "Phụ nữ giúp nhau hoàn lương",
 "Hội Doanh nhân nữ tỉnh", "Hòa Thành", "Châu Thành"],
["17/05/2014 - 10:05", "hai đứa con", "mỗi tháng một lần", "ít nhất 1 câu lạc bộ"]))

PAGES.append(page("b8529-hatinh-bdv-hoinghi-dacxa-2015", """
BAN DÂN VẬN TỈNH ỦY HÀ TĨNH
Bạn đang ở: Trang chủ › Tin hoạt động › Dân vận chính quyền
Ngày đăng 10/09/2015 | 16:20
Hà Tĩnh triển khai tiếp nhận 146 người được đặc xá năm 2015
Sáng 09/9/2015, Ban Dân vận Tỉnh ủy, Công an tỉnh và Ủy ban MTTQ tỉnh tổ chức hội nghị triển khai công tác tiếp nhận, quản lý, giúp đỡ người được đặc xá năm 2015 trở về địa phương. Đây là đợt đặc xá nhân dịp kỷ niệm 70 năm Cách mạng Tháng Tám và Quốc khánh 2/9 theo Quyết định số 1527/QĐ-CTN ngày 24/8/2015 của Chủ tịch nước.
Hội nghị do đồng chí Lê Thị Thanh Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Đại tá Nguyễn Hồng Phong, Phó Giám đốc Công an tỉnh và bà Phan Thị Hà, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ tỉnh đồng chủ trì. Tham dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Đình Hải, Võ Thị Minh Nguyệt, Đặng Quốc Tuấn cùng lãnh đạo Ban Dân vận, Công an, Mặt trận 13 huyện, thành phố, thị xã.
Theo thông báo của Công an tỉnh, trong đợt này Hà Tĩnh có 146 người được đặc xá, đang chấp hành án tại 11 trại giam. Trong số này có 12 người là nữ, 9 người là người dân tộc thiểu số, 27 người có hoàn cảnh gia đình đặc biệt khó khăn. Huyện có nhiều người được đặc xá nhất là Kỳ Anh với 21 người, tiếp đến là Cẩm Xuyên 18 người.
Đồng chí Đặng Quốc Tuấn đã quán triệt Hướng dẫn số 09-HD/BDVTU ngày 04/9/2015 của Ban Dân vận Tỉnh ủy; theo đó, Ban Dân vận các huyện ủy phối hợp Công an cùng cấp đón, bàn giao người được đặc xá cho xã trong ngày; UBND xã tổ chức gặp mặt trong vòng 7 ngày kể từ ngày người được đặc xá về đến nơi cư trú.
Thảo luận tại hội nghị, ông Hồ Sỹ Lâm, HUV, Trưởng Ban Dân vận Huyện ủy Kỳ Anh, cho biết huyện đã chuẩn bị 21 hồ sơ giới thiệu việc làm tại Khu kinh tế Vũng Áng. Ông Lê Văn Duẩn, Chủ tịch UBND xã Cẩm Bình (Cẩm Xuyên), đề nghị tỉnh hỗ trợ kinh phí cho các xã có đông người được đặc xá trở về.
Kết luận hội nghị, đồng chí Lê Thị Thanh Bình yêu cầu các địa phương thực hiện nghiêm Nghị định 80/2011/NĐ-CP và Kế hoạch số 312/KH-UBND ngày 28/8/2015 của UBND tỉnh; không để người được đặc xá về địa phương mà không có người giúp đỡ; Ngân hàng Chính sách xã hội tỉnh dành khoảng 3 tỷ đồng cho vay giải quyết việc làm đối với người được đặc xá và gia đình.
Cũng tại hội nghị, Ủy ban MTTQ tỉnh phát động các khu dân cư hưởng ứng phong trào "Toàn dân bảo vệ an ninh Tổ quốc" gắn với giúp đỡ người lầm lỗi, đặt mục tiêu trên 90% người được đặc xá có việc làm sau một năm.
Thu Hà
Tin liên quan
- Ban Dân vận Tỉnh ủy giao ban khối dân vận tháng 8 (31/08/2015)
- Thạch Hà: 20 mô hình "Dân vận khéo" gắn với xây dựng nông thôn mới (18/08/2015)
- Đoàn công tác Ban Dân vận Trung ương làm việc tại Hà Tĩnh (05/08/2015)
""", "2015-09-10", "Hà Tĩnh triển khai tiếp nhận 146 người được đặc xá năm 2015",
E("hoi_nghi", "2015", "2015-09-09"),
[P("Lê Thị Thanh Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hồng Phong", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Phan Thị Hà", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ tỉnh"),
 P("Trần Đình Hải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Thị Minh Nguyệt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Quốc Tuấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Sỹ Lâm", "HUV", "Trưởng Ban Dân vận Huyện ủy Kỳ Anh"),
 P("Lê Văn Duẩn", "Chủ tịch UBND xã Cẩm Bình")],
[Q("146 người", 146, "người"), Q("13 huyện, thành phố, thị xã", 13, "huyện, thành phố, thị xã"),
 Q("11 trại giam", 11, "trại giam"), Q("12 người", 12, "người"), Q("9 người", 9, "người"), Q("27 người", 27, "người"),
 Q("21 người", 21, "người"), Q("18 người", 18, "người"), Q("21 hồ sơ", 21, "hồ sơ"),
 Q("khoảng 3 tỷ đồng", 3000000000, "đồng", "approx"), Q("trên 90%", 90, "%", "over")],
[D("Quyết định", "1527", "QĐ-CTN", "2015-08-24", "Chủ tịch nước", "Quyết định số 1527/QĐ-CTN ngày 24/8/2015 của Chủ tịch nước"),
 D("Hướng dẫn", "09", "HD/BDVTU", "2015-09-04", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU ngày 04/9/2015"),
 D("Nghị định", "80", "2011/NĐ-CP", None, None, "Nghị định 80/2011/NĐ-CP"),
 D("Kế hoạch", "312", "KH-UBND", "2015-08-28", "UBND tỉnh", "Kế hoạch số 312/KH-UBND ngày 28/8/2015 của UBND tỉnh")],
[prov("Hà Tĩnh"), com("Cẩm Bình")],
["BAN DÂN VẬN TỈNH ỦY HÀ TĨNH", "Bạn đang ở: Trang chủ › Tin hoạt động › Dân vận chính quyền", "Toàn dân bảo vệ an ninh Tổ quốc",
 "Khu kinh tế Vũng Áng", "Ngân hàng Chính sách xã hội tỉnh", "Kỳ Anh", "Cẩm Xuyên"],
["Ngày đăng 10/09/2015 | 16:20", "năm 2015", "70 năm", "Quốc khánh 2/9", "7 ngày", "một năm"]))

PAGES.append(page("b8530-kiengiang-bdv-soket-2016", """
BÁO KIÊN GIANG ĐIỆN TỬ
Chính trị | Dân vận | Pháp luật
29-07-2016 09:40
Kiên Giang: 512 người chấp hành xong án phạt tù được giúp đỡ tái hòa nhập
(BKG) - Ngày 28/7, Ban Dân vận Tỉnh ủy Kiên Giang tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2016, trong đó đánh giá riêng kết quả vận động, giúp đỡ người chấp hành xong án phạt tù tái hòa nhập cộng đồng. Trong 6 tháng, các cấp đã giúp đỡ 512 người chấp hành xong án phạt tù có việc làm, ổn định cuộc sống.
Đồng chí Danh Sơn Hùng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, chủ trì hội nghị.
Toàn cảnh hội nghị sơ kết. Ảnh: Hữu Nghĩa
Theo báo cáo, toàn tỉnh hiện có 1.874 người chấp hành xong án phạt tù đang cư trú tại 145 xã, phường, thị trấn. Thực hiện Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong vùng đồng bào dân tộc Khmer và về phòng, chống tội phạm, ma túy, Ban Dân vận các cấp đã phối hợp với Công an vận động 38 chùa Phật giáo Nam tông Khmer tham gia cảm hóa, giáo dục người lầm lỗi. Các sư sãi đã tổ chức 64 buổi thuyết pháp, tư vấn tâm lý cho hơn 900 lượt người.
Nhiều cách làm được đánh giá cao. Tại xã Vĩnh Phước B (Gò Quao), Hòa thượng Danh Lung, trụ trì chùa Kal Pô Prưk, cho người lầm lỗi ở lại chùa học nghề đan lát, làm nhang. Đồng chí Thị Sa Vy, Phó Trưởng Ban Dân vận Huyện ủy Gò Quao, cho biết từ mô hình này, 17 thanh niên người Khmer đã có việc làm, không ai tái phạm.
Tại thành phố Rạch Giá, phường Vĩnh Thanh Vân phối hợp với các chủ nậu vựa nhận 23 người vào làm việc trên tàu cá và cơ sở chế biến hải sản, thu nhập bình quân 5 triệu đồng/tháng. Ông Lâm Văn Bảy, Bí thư Đảng ủy phường Vĩnh Thanh Vân, nói: "Cái khó nhất là giữ chân họ. Mình phải cùng chủ tàu theo dõi, có chuyện gì thì ngồi lại nói với nhau ngay".
Hội nghị cũng chỉ ra hạn chế: 6 tháng qua toàn tỉnh có 41 người tái phạm tội, chủ yếu trộm cắp tài sản và liên quan ma túy; nhiều người không có giấy tờ tùy thân nên khó vay vốn. Ông Danh Thành Ngoan, Phó Trưởng phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp Công an tỉnh, đề nghị các địa phương sớm cập nhật danh sách theo Kế hoạch số 87/KH-UBND ngày 15/4/2016 của UBND tỉnh.
Kết luận hội nghị, đồng chí Danh Sơn Hùng yêu cầu 6 tháng cuối năm tiếp tục thực hiện phong trào thi đua "Dân vận khéo", nhân rộng mô hình "Chùa Khmer giúp người lầm lỗi hoàn lương"; phấn đấu đến cuối năm có trên 80% người chấp hành xong án phạt tù có việc làm ổn định. Ngân hàng Chính sách xã hội tỉnh cho biết đã dành 4,5 tỷ đồng cho vay đối với nhóm này.
Hữu Nghĩa
Tin liên quan
- Phú Quốc: 200 hộ dân hiến đất làm đường (22/07/2016)
- Ban Dân vận Tỉnh ủy họp mặt chức sắc, chức việc Phật giáo Nam tông Khmer (15/07/2016)
- Giồng Riềng triển khai Quy chế dân vận của hệ thống chính trị (05/07/2016)
""", "2016-07-29", "Kiên Giang: 512 người chấp hành xong án phạt tù được giúp đỡ tái hòa nhập",
E("so_ket", "2016-H1", "2016-07-28"),
[P("Danh Sơn Hùng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Lung", "Hòa thượng", "trụ trì chùa Kal Pô Prưk"),
 P("Thị Sa Vy", "Phó Trưởng Ban Dân vận Huyện ủy Gò Quao"),
 P("Lâm Văn Bảy", "Bí thư Đảng ủy phường Vĩnh Thanh Vân"),
 P("Danh Thành Ngoan", "Phó Trưởng phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp Công an tỉnh")],
[Q("512 người", 512, "người"), Q("1.874 người", 1874, "người"), Q("145 xã, phường, thị trấn", 145, "xã, phường, thị trấn"),
 Q("38 chùa Phật giáo Nam tông Khmer", 38, "chùa Phật giáo Nam tông Khmer"), Q("64 buổi thuyết pháp", 64, "buổi thuyết pháp"),
 Q("hơn 900 lượt người", 900, "lượt người", "over"), Q("17 thanh niên người Khmer", 17, "thanh niên người Khmer"),
 Q("23 người", 23, "người"), Q("5 triệu đồng", 5000000, "đồng"), Q("41 người", 41, "người"),
 Q("trên 80%", 80, "%", "over"), Q("4,5 tỷ đồng", 4500000000, "đồng")],
[D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Kế hoạch", "87", "KH-UBND", "2016-04-15", "UBND tỉnh", "Kế hoạch số 87/KH-UBND ngày 15/4/2016 của UBND tỉnh")],
[prov("Kiên Giang"), com("Vĩnh Phước B"), com("Vĩnh Thanh Vân")],
["BÁO KIÊN GIANG ĐIỆN TỬ", "Chính trị | Dân vận | Pháp luật", "(BKG)", "Toàn cảnh hội nghị sơ kết. Ảnh: Hữu Nghĩa",
 "Dân vận khéo", "Chùa Khmer giúp người lầm lỗi hoàn lương", "Ngân hàng Chính sách xã hội tỉnh", "Gò Quao", "Rạch Giá"],
["29-07-2016 09:40", "6 tháng đầu năm 2016", "Trong 6 tháng", "6 tháng qua", "6 tháng cuối năm"]))
