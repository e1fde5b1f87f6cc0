from lib import *
PAGES = []

PAGES.append(page("b6317-langson-bdv-taphuan-2011", """
BAN DÂN VẬN TỈNH ỦY LẠNG SƠN - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ › Hoạt động › Tin trong tỉnh
Thứ Sáu, 14/10/2011 - 09:20
Học viên dự lớp tập huấn tại Hội trường Tỉnh ủy.
Tập huấn nghiệp vụ nắm bắt dư luận xã hội và thông tin trên mạng Internet
Trong hai ngày 12 và 13/10/2011, Ban Dân vận Tỉnh ủy Lạng Sơn phối hợp với Ban Tuyên giáo Tỉnh ủy mở lớp tập huấn nghiệp vụ công tác dân vận năm 2011, chuyên đề nắm bắt tình hình nhân dân, dư luận xã hội và thông tin xấu, độc trên mạng Internet. Tham dự có 96 học viên là cán bộ dân vận, báo cáo viên, cộng tác viên dư luận xã hội của 11 huyện, thành phố và 23 đồng chí cán bộ khối dân vận cấp tỉnh.
Phát biểu khai mạc, đồng chí Hoàng Văn Pắn, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: thời gian gần đây trên một số trang blog, diễn đàn đã xuất hiện tin đồn thất thiệt về việc thu hồi đất ở khu vực cửa khẩu, về thu mua nông sản qua biên giới, gây hoang mang trong một bộ phận nhân dân. Cán bộ dân vận phải nắm chắc tư tưởng quần chúng ngay từ thôn, bản, kịp thời cung cấp thông tin chính thống để bà con "không nghe, không tin, không làm theo" lời kẻ xấu.
Trong 2 ngày, các học viên được bà Lộc Thị Mai, Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy, giới thiệu những điểm mới của Nghị quyết số 25-NQ/TW ngày 03/6/2008 của BCH Trung ương về tăng cường, đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới và Hướng dẫn 07, 08-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy về chế độ báo cáo dư luận xã hội. Ông Vi Văn Thành, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, hướng dẫn cách ghi chép, tổng hợp ý kiến của nhân dân theo Kế hoạch số 32-KH/BDVTU ngày 05/9/2011 của Ban Dân vận Tỉnh ủy.
Kết quả phiếu khảo sát đầu khóa cho thấy trên 60% học viên ở cơ sở chưa thường xuyên sử dụng Internet; nhiều xã vùng cao chưa có điểm truy cập. Toàn tỉnh hiện có 214 cộng tác viên dư luận xã hội, trong đó 37 người là người dân tộc Dao, Mông. Năm 2011, mạng lưới này đã gửi 1.350 phiếu phản ánh về Ban Dân vận và Ban Tuyên giáo các cấp.
Tại lớp học, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nông Thị Hạnh, Lương Văn Bảo trao đổi kinh nghiệm xử lý tin đồn ở khu vực biên giới. Bà Chu Thị Lìn, HUV, Trưởng Ban Dân vận Huyện ủy Cao Lộc, cho biết huyện đã lập 6 tổ nắm tình hình ở các thôn giáp biên; ông Hoàng Văn Sình, Bí thư Đảng ủy xã Tân Thanh, đề nghị tỉnh hỗ trợ loa truyền thanh cho các thôn chưa có.
Kinh phí tổ chức lớp học gần 45 triệu đồng, trích từ ngân sách của Ban Dân vận Tỉnh ủy. Cuối khóa, 92 học viên đạt yêu cầu bài thu hoạch.
Bế mạc lớp tập huấn, đồng chí Hoàng Văn Pắn đề nghị mỗi học viên về cơ sở tổ chức ít nhất 1 buổi thông tin cho tổ dân vận thôn, đồng thời duy trì chế độ báo cáo nhanh những vụ việc phức tạp, không để bị động, bất ngờ, nhất là ở xã Tân Thanh và xã Đồng Đăng.
Lăng Huyền
Tin liên quan
- Cao Lộc: gặp mặt 45 người có uy tín khu vực biên giới (05/10/2011)
- Ban Dân vận Tỉnh ủy giao ban quý III năm 2011 (28/09/2011)
- Tràng Định nâng cao chất lượng tổ dân vận thôn (15/09/2011)
- Hội thảo về công tác vận động đồng bào Mông (30/08/2011)
""", "2011-10-14", "Tập huấn nghiệp vụ nắm bắt dư luận xã hội và thông tin trên mạng Internet",
E("tap_huan", "2011", "2011-10-12"),
[P("Hoàng Văn Pắn", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lộc Thị Mai", "Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy"),
 P("Vi Văn Thành", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Nông Thị Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Bảo", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chu Thị Lìn", "HUV", "Trưởng Ban Dân vận Huyện ủy Cao Lộc"),
 P("Hoàng Văn Sình", "Bí thư Đảng ủy xã Tân Thanh")],
[Q("96 học viên", 96, "học viên"), Q("11 huyện, thành phố", 11, "huyện, thành phố"), Q("23 đồng chí", 23, "đồng chí"),
 Q("trên 60%", 60, "%", "over"), Q("214 cộng tác viên dư luận xã hội", 214, "cộng tác viên dư luận xã hội"),
 Q("37 người", 37, "người"), Q("1.350 phiếu phản ánh", 1350, "phiếu phản ánh"), Q("6 tổ nắm tình hình", 6, "tổ nắm tình hình"),
 Q("gần 45 triệu đồng", 45000000, "đồng", "approx"), Q("92 học viên", 92, "học viên")],
[D("Nghị quyết", "25", "NQ/TW", "2008-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 03/6/2008"),
 D("Hướng dẫn", "07", "HD/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Hướng dẫn 07, 08-HD/BTGTU"),
 D("Hướng dẫn", "08", "HD/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Hướng dẫn 07, 08-HD/BTGTU"),
 D("Kế hoạch", "32", "KH/BDVTU", "2011-09-05", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 32-KH/BDVTU ngày 05/9/2011")],
[prov("Lạng Sơn"), com("Tân Thanh"), com("Đồng Đăng")],
["BAN DÂN VẬN TỈNH ỦY LẠNG SƠN - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ › Hoạt động › Tin trong tỉnh",
 "Học viên dự lớp tập huấn tại Hội trường Tỉnh ủy.", "không nghe, không tin, không làm theo", "Internet"],
["Thứ Sáu, 14/10/2011 - 09:20", "23 đồng chí", "Trong 2 ngày", "1 buổi", "năm 2011"]))

PAGES.append(page("b6318-nghean-bdv-giaoban-2012q3", """
BÁO NGHỆ AN ĐIỆN TỬ
Trang chủ > Chính trị > Xây dựng Đảng
Cập nhật: 16:40, 28/09/2012 (GMT+7)
Giao ban khối dân vận quý III: chú ý nắm dư luận trước thông tin sai lệch trên mạng
(Baonghean) - Chiều 27/9, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý III năm 2012 với Ban Thường trực Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh. Đồng chí Nguyễn Đình Khoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Quang cảnh buổi giao ban. Ảnh: Thu Huyền
Báo cáo tại giao ban nêu rõ: quý III, tình hình tư tưởng nhân dân cơ bản ổn định, song xuất hiện một số thông tin sai lệch trên các trang mạng, blog cá nhân về việc đền bù ở dự án thủy điện và về giá điện, khiến một bộ phận người dân bức xúc. Toàn tỉnh xảy ra 4 vụ khiếu kiện đông người; các cơ quan dân vận đã tiếp nhận 215 đơn thư, phối hợp giải quyết 188 đơn, đạt 87,4%. Các lực lượng chức năng thu hồi 2.600 tờ rơi có nội dung xuyên tạc ở khu vực giáo xứ.
Khối dân vận các cấp đã triển khai Chỉ thị số 16-CT/TU ngày 12/3/2012 của Ban Thường vụ Tỉnh ủy về tăng cường công tác nắm bắt dư luận xã hội; thực hiện kế hoạch 58, 59-KH/BDVTU của Ban Dân vận Tỉnh ủy về vận động đồng bào vùng tái định cư và vận động đồng bào theo đạo. Ủy ban MTTQ các cấp vận động Quỹ "Vì người nghèo" được 12,5 tỷ đồng; hỗ trợ xây dựng 318 nhà Đại đoàn kết.
Bà Lô Thị Kim Thúy, Phó Chủ tịch Ủy ban MTTQ tỉnh, cho biết Mặt trận đã ký Quy chế phối hợp số 04-QCPH/BDV-MTTQ với Ban Dân vận về tiếp nhận phản ánh của nhân dân, trong đó có thông tin trên mạng xã hội. Các đồng chí Vi Văn Sơn, Lang Thị Hoa - Phó Trưởng Ban Dân vận Tỉnh ủy đề nghị các đoàn thể lập đường dây nóng, cử cán bộ theo dõi các diễn đàn có đông người Nghệ An tham gia.
Ông Lữ Văn Pòng, HUV, Bí thư Đảng ủy xã Châu Tiến, phản ánh có đối tượng lợi dụng tin đồn về "tiền bồi thường được chia thêm" để thu tiền của 27 hộ. Ông Vừ Bá Chống, người có uy tín bản Huồi Xái, xã Nậm Cắn, kể việc già làng, trưởng bản đã cùng cán bộ đồn biên phòng đến từng nhà giải thích, giúp bà con không nghe theo kẻ xấu.
Kết luận giao ban, đồng chí Nguyễn Đình Khoa yêu cầu trong quý IV các đơn vị bám sát cơ sở, chủ động cung cấp thông tin chính thống, không để tin thất thiệt lan rộng; phối hợp chặt chẽ với cơ quan công an trong xử lý các trang mạng đăng tải thông tin sai sự thật. Dự giao ban có 18 đồng chí đại diện các ban, ngành, đoàn thể.
Đình Tuấn
Tin khác
- Nghi Lộc: vận động nhân dân hiến đất làm đường (21/09/2012)
- Ủy ban MTTQ tỉnh tiếp nhận ủng hộ đồng bào bị lũ (13/09/2012)
- Kỳ Sơn: gặp mặt người có uy tín trong đồng bào Mông (04/09/2012)
""", "2012-09-28", "Giao ban khối dân vận quý III: chú ý nắm dư luận trước thông tin sai lệch trên mạng",
E("giao_ban", "2012-Q3", "2012-09-27"),
[P("Nguyễn Đình Khoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lô Thị Kim Thúy", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vi Văn Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lang Thị Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lữ Văn Pòng", "HUV", "Bí thư Đảng ủy xã Châu Tiến"),
 P("Vừ Bá Chống", "người có uy tín bản Huồi Xái")],
[Q("4 vụ khiếu kiện đông người", 4, "vụ khiếu kiện đông người"), Q("215 đơn thư", 215, "đơn thư"), Q("188 đơn", 188, "đơn"),
 Q("87,4%", 87.4, "%"), Q("2.600 tờ rơi", 2600, "tờ rơi"), Q("12,5 tỷ đồng", 12500000000, "đồng"),
 Q("318 nhà Đại đoàn kết", 318, "nhà Đại đoàn kết"), Q("27 hộ", 27, "hộ"), Q("18 đồng chí", 18, "đồng chí")],
[D("Chỉ thị", "16", "CT/TU", "2012-03-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 12/3/2012"),
 D("Kế hoạch", "58", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch 58, 59-KH/BDVTU"),
 D("Kế hoạch", "59", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch 58, 59-KH/BDVTU"),
 D("Quy chế phối hợp", "04", "QCPH/BDV-MTTQ", None, None, "Quy chế phối hợp số 04-QCPH/BDV-MTTQ")],
[prov("Nghệ An"), com("Châu Tiến"), com("Nậm Cắn")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Trang chủ > Chính trị > Xây dựng Đảng", "Quang cảnh buổi giao ban. Ảnh: Thu Huyền", "(Baonghean)",
 "Vì người nghèo", "tiền bồi thường được chia thêm"],
["Cập nhật: 16:40, 28/09/2012 (GMT+7)", "quý III năm 2012", "quý IV", "18 đồng chí"]))

PAGES.append(page("b6319-daklak-eahleo-soket-2013h1", """
Cổng thông tin điện tử huyện Ea H'Leo - tỉnh Đắk Lắk
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động Đảng
08:15 | 17/07/2013
Huyện ủy Ea H'Leo: không để kẻ xấu lợi dụng thông tin trên mạng lôi kéo đồng bào
Ngày 15/7, Ban Dân vận Huyện ủy Ea H'Leo tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Y Thuyên Mlô, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện dự và chỉ đạo hội nghị.
Đồng chí Y Thuyên Mlô phát biểu chỉ đạo hội nghị.
Theo báo cáo do bà H'Bla Êban, HUV, Trưởng Ban Dân vận Huyện ủy trình bày, 6 tháng qua các đối tượng phản động lưu vong tiếp tục lợi dụng Internet, đài phát thanh nước ngoài và điện thoại di động để tán phát tài liệu xuyên tạc, kích động thành lập cái gọi là "Nhà nước Đê Ga". Lực lượng chức năng đã phát hiện 3 trường hợp nghe, phát tán đĩa, tài liệu có nội dung xấu tại 2 buôn; vận động 14 người đã tham gia "Tin lành Đê Ga" từ bỏ hoạt động.
Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 47-KH/HU ngày 20/2/2013 về tăng cường công tác vận động đồng bào dân tộc thiểu số tại chỗ và Chỉ thị 05, 06-CT/HU của Ban Thường vụ Huyện ủy về đấu tranh với luận điệu sai trái và về quản lý các điểm nhóm tôn giáo. Khối dân vận tổ chức 126 buổi tuyên truyền tại các buôn, thu hút trên 8.400 lượt người nghe.
Các đồng chí Bí thư Đảng ủy xã: Y Kô Byă, Nguyễn Văn Thắng, Ksor H'Nhi báo cáo kinh nghiệm phát huy vai trò người có uy tín trong giải thích các tin đồn thất thiệt. Ông Ama Khoa, già làng buôn Tơ Zoa, xã Ea Sol, cho biết đã cùng Ban tự quản buôn đến từng gia đình có người nghe đài nước ngoài để vận động. Ở xã Dliê Yang, 52 hộ đồng bào đã ký cam kết không nghe, không tàng trữ tài liệu phản động.
Trong 6 tháng, Ủy ban MTTQ và các đoàn thể huyện trao 640 suất quà cho hộ nghèo đồng bào Êđê, Jrai, tổng trị giá 192 triệu đồng; phối hợp giải quyết 29/34 vụ việc tranh chấp đất đai tại cơ sở.
Kết luận hội nghị, đồng chí Y Thuyên Mlô yêu cầu 6 tháng cuối năm, các cấp ủy thực hiện nghiêm Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị, bám buôn, bám hộ, nắm chắc tình hình, phát hiện sớm các đối tượng tuyên truyền, lôi kéo; chỉ đạo xã Ea Hiao và xã Ea Sol củng cố đội ngũ cộng tác viên dư luận. Ông Nay Y Blim, Chủ tịch Ủy ban MTTQ Việt Nam huyện, được giao chủ trì sơ kết mô hình "Buôn không có người nghe đài phản động".
H'Yơn - Minh Đức
Các tin đã đưa
- Ea H'Leo: ra mắt mô hình "Dân vận khéo" ở buôn Ea Dreh (05/07/2013)
- Trao 120 con bò giống cho hộ nghèo đồng bào dân tộc (20/06/2013)
- Hội nghị cung cấp thông tin cho người có uy tín năm 2013 (11/06/2013)
""", "2013-07-17", "Huyện ủy Ea H'Leo: không để kẻ xấu lợi dụng thông tin trên mạng lôi kéo đồng bào",
E("so_ket", "2013-H1", "2013-07-15"),
[P("Y Thuyên Mlô", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("H'Bla Êban", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Y Kô Byă", "Bí thư Đảng ủy xã"), P("Nguyễn Văn Thắng", "Bí thư Đảng ủy xã"), P("Ksor H'Nhi", "Bí thư Đảng ủy xã"),
 P("Ama Khoa", "già làng buôn Tơ Zoa"),
 P("Nay Y Blim", "Chủ tịch Ủy ban MTTQ Việt Nam huyện")],
[Q("3 trường hợp", 3, "trường hợp"), Q("2 buôn", 2, "buôn"), Q("14 người", 14, "người"),
 Q("126 buổi tuyên truyền", 126, "buổi tuyên truyền"), Q("trên 8.400 lượt người nghe", 8400, "lượt người nghe", "over"),
 Q("52 hộ đồng bào", 52, "hộ đồng bào"), Q("640 suất quà", 640, "suất quà"), Q("192 triệu đồng", 192000000, "đồng"),
 Q("29/34 vụ việc tranh chấp đất đai", 29, "vụ việc tranh chấp đất đai")],
[D("Kế hoạch", "47", "KH/HU", "2013-02-20", "Ban Thường vụ Huyện ủy", "Kế hoạch số 47-KH/HU ngày 20/2/2013"),
 D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU"),
 D("Chỉ thị", "06", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Đắk Lắk"), com("Ea Sol"), com("Dliê Yang"), com("Ea Hiao")],
["Cổng thông tin điện tử huyện Ea H'Leo - tỉnh Đắk Lắk", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động Đảng",
 "Đồng chí Y Thuyên Mlô phát biểu chỉ đạo hội nghị.", "Nhà nước Đê Ga", "Tin lành Đê Ga", "Buôn không có người nghe đài phản động",
 "Ban tự quản buôn"],
["08:15 | 17/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "Trong 6 tháng"]))

PAGES.append(page("b6320-soctrang-bdv-tongket-2014", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ :: Tin tức :: Hoạt động dân vận
29-12-2014 09:40
Ảnh: Quang cảnh hội nghị tổng kết.
Sóc Trăng: nâng cao hiệu quả đấu tranh với thông tin xấu, độc trong vùng đồng bào Khmer
Sáng 26/12/2014, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức hội nghị tổng kết công tác dân vận năm 2014 và triển khai nhiệm vụ năm 2015. Đồng chí Lâm Thị Sa Phone, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; dự có 64 đại biểu đại diện các ban, ngành, đoàn thể tỉnh và Ban Dân vận 11 huyện, thị xã, thành phố.
Năm 2014, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết 3 năm thực hiện Chỉ thị số 12-CT/TU ngày 08/8/2011 về công tác vận động đồng bào Khmer và ban hành Kết luận 31, 32-KL/TU về nắm bắt, định hướng dư luận xã hội và về phòng, chống lợi dụng vấn đề dân tộc, tôn giáo. Ban phối hợp Ban Tuyên giáo Tỉnh ủy xây dựng đội ngũ 348 cộng tác viên dư luận xã hội, trong đó có 96 chức sắc, nhà sư Phật giáo Nam tông Khmer.
Trong năm, các đối tượng xấu tiếp tục lợi dụng mạng Internet, đài phát thanh của tổ chức "Khmer Kampuchea Krom" để xuyên tạc chính sách dân tộc. Khối dân vận đã phối hợp vận động 23 sư sãi không tham gia ký đơn theo tin đồn thất thiệt, tổ chức 412 cuộc sinh hoạt, đối thoại tại chùa và ấp, với khoảng 21.000 lượt người dự. Phong trào "Dân vận khéo" có 275 mô hình; nhân dân đóng góp 8,6 tỷ đồng xây dựng đường giao thông nông thôn.
Bà Thạch Thị Sa Quênh, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết: qua khảo sát tại 40 chùa Phật giáo Nam tông Khmer, 87% sư sãi và phật tử tin tưởng chủ trương của Đảng, Nhà nước; tuy nhiên có 6 điểm chùa cần theo dõi thường xuyên. Hòa thượng Lý Sênh, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Khleang, đề nghị các cấp chính quyền kịp thời cung cấp thông tin chính thống cho sư sãi để giải thích với bà con.
Ông Sơn Ngọc Thanh, HUV, Trưởng Ban Dân vận Huyện ủy Trần Đề, chia sẻ cách làm của huyện: mỗi tổ dân vận ấp có 1 người theo dõi, báo cáo tin đồn; Đảng ủy xã Lịch Hội Thượng đã giải quyết 17/19 đơn thư phát sinh từ thông tin sai lệch. Bà Danh Thị Ngọc Hân, Bí thư Đảng ủy thị trấn Mỹ Xuyên, đề nghị tỉnh tập huấn kỹ năng sử dụng mạng xã hội cho cán bộ ấp, khóm.
Hội nghị đã quán triệt Nghị định số 72/2013/NĐ-CP ngày 15/7/2013 của Chính phủ về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng. Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể và 28 cá nhân có thành tích trong công tác dân vận năm 2014.
Phát biểu kết luận, đồng chí Lâm Thị Sa Phone yêu cầu năm 2015 tập trung tuyên truyền Đại hội Đảng các cấp, chủ động phản bác thông tin sai trái, nhất là ở xã Lịch Hội Thượng và các xã vùng sâu.
Thạch Sóc Kha
Tin liên quan
- Tọa đàm "Công tác dân vận trong vùng đồng bào Khmer" (12/12/2014)
- Thăm, chúc mừng Lễ Sene Đolta tại các chùa (22/09/2014)
- Mỹ Tú ra mắt 12 mô hình "Dân vận khéo" (15/08/2014)
""", "2014-12-29", "Sóc Trăng: nâng cao hiệu quả đấu tranh với thông tin xấu, độc trong vùng đồng bào Khmer",
E("tong_ket", "2014", "2014-12-26"),
[P("Lâm Thị Sa Phone", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Thị Sa Quênh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Sênh", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Khleang"),
 P("Sơn Ngọc Thanh", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Đề"),
 P("Danh Thị Ngọc Hân", "Bí thư Đảng ủy thị trấn Mỹ Xuyên")],
[Q("64 đại biểu", 64, "đại biểu"), Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
 Q("348 cộng tác viên dư luận xã hội", 348, "cộng tác viên dư luận xã hội"),
 Q("96 chức sắc, nhà sư Phật giáo Nam tông Khmer", 96, "chức sắc, nhà sư Phật giáo Nam tông Khmer"),
 Q("23 sư sãi", 23, "sư sãi"), Q("412 cuộc sinh hoạt, đối thoại", 412, "cuộc sinh hoạt, đối thoại"),
 Q("khoảng 21.000 lượt người", 21000, "lượt người", "approx"), Q("275 mô hình", 275, "mô hình"),
 Q("8,6 tỷ đồng", 8600000000, "đồng"), Q("40 chùa Phật giáo Nam tông Khmer", 40, "chùa Phật giáo Nam tông Khmer"),
 Q("87%", 87, "%"), Q("6 điểm chùa", 6, "điểm chùa"), Q("17/19 đơn thư", 17, "đơn thư"),
 Q("15 tập thể", 15, "tập thể"), Q("28 cá nhân", 28, "cá nhân")],
[D("Chỉ thị", "12", "CT/TU", "2011-08-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 08/8/2011"),
 D("Kết luận", "31", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 31, 32-KL/TU"),
 D("Kết luận", "32", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 31, 32-KL/TU"),
 D("Nghị định", "72", "2013/NĐ-CP", "2013-07-15", "Chính phủ", "Nghị định số 72/2013/NĐ-CP ngày 15/7/2013")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Mỹ Xuyên")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ :: Tin tức :: Hoạt động dân vận", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Khmer Kampuchea Krom", "Dân vận khéo", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["29-12-2014 09:40", "năm 2014", "năm 2015", "3 năm", "1 người"]))

PAGES.append(page("b6321-quangtri-huongphung-mttq-daihoi-2019", """
TRANG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG TRỊ
Trang chủ - Hoạt động Mặt trận - Mặt trận cơ sở
Thứ Năm, 20/06/2019 - 14:35
Đại hội đại biểu MTTQ Việt Nam xã Hướng Phùng lần thứ XII, nhiệm kỳ 2019 - 2024
Ngày 18/6, Ủy ban MTTQ Việt Nam xã Hướng Phùng, huyện Hướng Hóa, tỉnh Quảng Trị tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam xã lần thứ XII, nhiệm kỳ 2019 - 2024. Đây là đại hội điểm cấp xã của huyện. Dự đại hội có đồng chí Hồ Văn Nhoi, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Hướng Hóa cùng 120 đại biểu chính thức đại diện cho hơn 7.000 nhân dân các dân tộc Vân Kiều, Pa Kô, Kinh trong xã.
Toàn cảnh Đại hội. Ảnh: Hồ Nam
Nhiệm kỳ 2014 - 2019, Ủy ban MTTQ xã đã vận động nhân dân thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", xây dựng 46 nhà Đại đoàn kết cho hộ nghèo; tỷ lệ hộ nghèo giảm từ 48,2% xuống còn 21,6%. Nhân dân hiến hơn 12.000 m2 đất và đóng góp trên 650 triệu đồng làm đường vào các thôn.
Báo cáo chính trị nhấn mạnh: thời gian qua trên mạng xã hội Facebook xuất hiện nhiều thông tin sai sự thật về việc "thu hồi đất rừng cộng đồng", về chính sách hỗ trợ người dân tộc thiểu số, gây hoang mang cho bà con. Ban Thường trực Ủy ban MTTQ xã đã phối hợp với 11 Ban công tác Mặt trận thôn, người có uy tín giải thích, không để phát sinh điểm nóng. Thực hiện Hướng dẫn số 09-HD/MTTW-BTT ngày 15/1/2019 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Mặt trận xã đã tổng hợp 38 ý kiến, kiến nghị của cử tri gửi HĐND các cấp.
Tham luận tại Đại hội, ông Hồ Văn Lai, người có uy tín thôn Cheng, xã Hướng Phùng, cho biết có đối tượng dùng điện thoại đọc cho bà con nghe các tin trên mạng nói sai về việc cấp giấy chứng nhận quyền sử dụng đất; thôn đã tổ chức 3 buổi họp dân để giải thích. Bà Hồ Thị Vinh, Chủ tịch Hội Liên hiệp Phụ nữ xã, đề nghị Mặt trận tổ chức lớp hướng dẫn chị em nhận biết tin giả.
Đại hội đã hiệp thương cử 35 vị vào Ủy ban MTTQ Việt Nam xã khóa XII. Tại hội nghị lần thứ nhất, ông Kray Sỹ được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; các ông Hồ Văn Thăng, Nguyễn Văn Bảy - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cử 5 đại biểu dự Đại hội đại biểu MTTQ Việt Nam huyện Hướng Hóa.
Phát biểu chỉ đạo, đồng chí Hồ Văn Nhoi đề nghị Ủy ban MTTQ xã nhiệm kỳ mới chủ động nắm bắt dư luận, kịp thời phản ánh với cấp ủy; thực hiện Chỉ thị số 18-CT/TW ngày 10/10/2017 của Ban Bí thư về phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số. Đồng chí Lê Thị Hồng Nhung, Bí thư Đảng ủy xã Hướng Phùng, phát biểu tiếp thu.
Hồ Nam
Tin cùng chuyên mục
- Đại hội MTTQ thị trấn Khe Sanh nhiệm kỳ 2019 - 2024 (14/06/2019)
- Ủy ban MTTQ huyện Đakrông tổ chức hội nghị hiệp thương (07/06/2019)
- Trao 20 nhà Đại đoàn kết cho hộ nghèo xã Ba Nang (30/05/2019)
- Đại hội điểm MTTQ xã Triệu Độ (24/05/2019)
""", "2019-06-20", "Đại hội đại biểu MTTQ Việt Nam xã Hướng Phùng lần thứ XII, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-06-18"),
[P("Hồ Văn Nhoi", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Hướng Hóa"),
 P("Hồ Văn Lai", "người có uy tín thôn Cheng"),
 P("Hồ Thị Vinh", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Kray Sỹ", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hồ Văn Thăng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Văn Bảy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Thị Hồng Nhung", "Bí thư Đảng ủy xã Hướng Phùng")],
[Q("120 đại biểu chính thức", 120, "đại biểu chính thức"), Q("hơn 7.000 nhân dân", 7000, "nhân dân", "over"),
 Q("46 nhà Đại đoàn kết", 46, "nhà Đại đoàn kết"), Q("48,2%", 48.2, "%"), Q("21,6%", 21.6, "%"),
 Q("hơn 12.000 m2", 12000, "m2", "over"), Q("trên 650 triệu đồng", 650000000, "đồng", "over"),
 Q("11 Ban công tác Mặt trận thôn", 11, "Ban công tác Mặt trận thôn"), Q("38 ý kiến, kiến nghị", 38, "ý kiến, kiến nghị"),
 Q("3 buổi họp dân", 3, "buổi họp dân"), Q("35 vị", 35, "vị"), Q("5 đại biểu", 5, "đại biểu")],
[D("Hướng dẫn", "09", "HD/MTTW-BTT", "2019-01-15", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 09-HD/MTTW-BTT ngày 15/1/2019"),
 D("Chỉ thị", "18", "CT/TW", "2017-10-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/10/2017")],
[prov("Quảng Trị"), com("Hướng Phùng")],
["TRANG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG TRỊ", "Trang chủ - Hoạt động Mặt trận - Mặt trận cơ sở",
 "Toàn cảnh Đại hội. Ảnh: Hồ Nam", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Facebook", "thu hồi đất rừng cộng đồng"],
["Thứ Năm, 20/06/2019 - 14:35", "lần thứ XII", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019", "khóa XII", "lần thứ nhất"]))

PAGES.append(page("b6322-hanoi-yenso-doithoai-2015", """
HÀ NỘI MỚI ONLINE
Thời sự › Hà Nội › Quận - Huyện
Thứ Hai, 09/11/2015 - 07:05
Bí thư Quận ủy Hoàng Mai đối thoại với nhân dân phường Yên Sở: làm rõ tin đồn về dự án trên mạng
(HNM) - Sáng 07/11, tại hội trường UBND phường Yên Sở, Quận ủy, UBND quận Hoàng Mai phối hợp Ủy ban MTTQ Việt Nam quận tổ chức hội nghị đối thoại năm 2015 giữa người đứng đầu cấp ủy, chính quyền với nhân dân. Đồng chí Trần Quốc Vinh, Thành ủy viên, Bí thư Quận ủy Hoàng Mai và đồng chí Đỗ Thị Minh Thu, Phó Bí thư Quận ủy, Chủ tịch UBND quận chủ trì; hơn 300 người dân của 14 tổ dân phố tham dự.
Quang cảnh buổi đối thoại tại phường Yên Sở.
Thời gian gần đây, trên một số trang mạng, diễn đàn và trang Facebook cá nhân xuất hiện thông tin cho rằng quận sẽ "thu hồi toàn bộ đất nông nghiệp với giá rẻ", "giải tỏa trắng cả phường", khiến nhiều hộ dân lo lắng, có 21 hộ đã gửi đơn lên nhiều cơ quan. Trả lời người dân, đồng chí Đỗ Thị Minh Thu khẳng định đây là thông tin sai sự thật: dự án công viên chỉ thu hồi 38,5 ha đất của 412 hộ, mức bồi thường thực hiện theo Quyết định số 23/2014/QĐ-UBND ngày 20/6/2014 của UBND thành phố, hỗ trợ thêm cho mỗi hộ tối đa 50 triệu đồng tiền chuyển đổi nghề.
Ông Ngô Văn Thiện, tổ dân phố số 7, đề nghị quận công khai bản đồ quy hoạch tại trụ sở phường để dân không phải đọc trên mạng. Bà Phùng Thị Loan, tổ trưởng tổ dân phố số 3, phản ánh một số đối tượng lợi dụng tin đồn để thu tiền "làm hồ sơ bồi thường" của người dân với giá 2 triệu đồng/hồ sơ.
Đồng chí Trần Quốc Vinh đề nghị Công an quận xác minh, xử lý nghiêm những người tung tin thất thiệt; giao Ban Dân vận Quận ủy, Ủy ban MTTQ quận tổ chức tuyên truyền về Chỉ thị số 03-CT/QU ngày 15/4/2015 của Ban Thường vụ Quận ủy về công tác dân vận trong giải phóng mặt bằng, và về Kế hoạch số 112/KH-UBND ngày 2/6/2015 của UBND quận về tiếp nhận, trả lời phản ánh của nhân dân trên môi trường mạng. Quận cũng giao phường mở chuyên mục hỏi - đáp trên hệ thống loa truyền thanh của 14 tổ dân phố.
Báo cáo tại hội nghị, ông Lê Hữu Thanh, Chủ tịch Ủy ban MTTQ phường Yên Sở cho biết năm 2015, phường đã tiếp nhận 56 ý kiến, kiến nghị; đã giải quyết 49 ý kiến, đạt 87,5%. Tổ phản ánh nhanh của phường gồm 9 thành viên do ông Đinh Công Hiếu, Phó Bí thư Thường trực Đảng ủy phường Yên Sở, làm tổ trưởng.
Kết thúc đối thoại, các đồng chí Phó Chủ tịch UBND quận: Nguyễn Thị Hường, Vũ Mạnh Cường được giao trực tiếp trả lời bằng văn bản các ý kiến chưa được giải đáp trong vòng 15 ngày.
Minh Phương
Các tin khác
- Hoàng Mai: 98% hộ dân đồng thuận giải phóng mặt bằng đường vành đai 2,5 (02/11/2015)
- Ra mắt mô hình "Khu dân cư tự quản" ở phường Lĩnh Nam (27/10/2015)
- Ủy ban MTTQ quận Thanh Xuân giám sát việc thu phí (20/10/2015)
""", "2015-11-09", "Bí thư Quận ủy Hoàng Mai đối thoại với nhân dân phường Yên Sở: làm rõ tin đồn về dự án trên mạng",
E("doi_thoai", "2015", "2015-11-07"),
[P("Trần Quốc Vinh", "Thành ủy viên", "Bí thư Quận ủy Hoàng Mai"),
 P("Đỗ Thị Minh Thu", "Phó Bí thư Quận ủy", "Chủ tịch UBND quận"),
 P("Ngô Văn Thiện"),
 P("Phùng Thị Loan", "tổ trưởng tổ dân phố số 3"),
 P("Lê Hữu Thanh", "Chủ tịch Ủy ban MTTQ phường Yên Sở"),
 P("Đinh Công Hiếu", "Phó Bí thư Thường trực Đảng ủy phường Yên Sở"),
 P("Nguyễn Thị Hường", "Phó Chủ tịch UBND quận"), P("Vũ Mạnh Cường", "Phó Chủ tịch UBND quận")],
[Q("hơn 300 người dân", 300, "người dân", "over"), Q("14 tổ dân phố", 14, "tổ dân phố"), Q("21 hộ", 21, "hộ"),
 Q("38,5 ha", 38.5, "ha"), Q("412 hộ", 412, "hộ"), Q("tối đa 50 triệu đồng", 50000000, "đồng"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("56 ý kiến, kiến nghị", 56, "ý kiến, kiến nghị"), Q("49 ý kiến", 49, "ý kiến"),
 Q("87,5%", 87.5, "%"), Q("9 thành viên", 9, "thành viên")],
[D("Quyết định", "23", "2014/QĐ-UBND", "2014-06-20", "UBND thành phố", "Quyết định số 23/2014/QĐ-UBND ngày 20/6/2014"),
 D("Chỉ thị", "03", "CT/QU", "2015-04-15", "Ban Thường vụ Quận ủy", "Chỉ thị số 03-CT/QU ngày 15/4/2015"),
 D("Kế hoạch", "112", "KH-UBND", "2015-06-02", "UBND quận", "Kế hoạch số 112/KH-UBND ngày 2/6/2015")],
[prov("Hà Nội"), com("Yên Sở")],
["HÀ NỘI MỚI ONLINE", "Thời sự › Hà Nội › Quận - Huyện", "Quang cảnh buổi đối thoại tại phường Yên Sở.", "(HNM)",
 "thu hồi toàn bộ đất nông nghiệp với giá rẻ", "giải tỏa trắng cả phường", "làm hồ sơ bồi thường", "Tổ phản ánh nhanh"],
["Thứ Hai, 09/11/2015 - 07:05", "tổ dân phố số 7", "tổ dân phố số 3", "15 ngày", "năm 2015"]))
