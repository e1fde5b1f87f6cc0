from lib import *
PAGES = []

PAGES.append(page("b9413-laocai-bdv-giaoban-thang8-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ > Hoạt động > Tin dân vận
Thứ Tư, 07/09/2011 - 16:30
Giao ban công tác dân vận tháng 8/2011
Sáng 06/9, Ban Dân vận Tỉnh ủy Lào Cai tổ chức giao ban công tác dân vận tháng 8, triển khai nhiệm vụ tháng 9/2011. Đồng chí Lục Văn Thuận, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự giao ban có 26 đồng chí là lãnh đạo các phòng chuyên môn của Ban, trưởng ban dân vận các huyện ủy, thành ủy và đại diện khối dân vận tỉnh; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Hòa, Vàng A Dình.
Đồng chí Lục Văn Thuận phát biểu chỉ đạo tại buổi giao ban.
Báo cáo của Ban cho biết, trong tháng 8 tình hình tư tưởng của cán bộ, đảng viên và nhân dân các dân tộc trong tỉnh cơ bản ổn định. Mưa lũ cuối tháng 7, đầu tháng 8 làm 47 ngôi nhà bị sập, trôi tại các huyện Bát Xát, Bảo Yên; khối dân vận đã vận động nhân dân góp 1.250 ngày công giúp các hộ dựng lại nhà, Ủy ban MTTQ tỉnh hỗ trợ 86 triệu đồng. Ban đã phối hợp kiểm tra việc thực hiện Chỉ thị số 01/2005/CT-TTg của Thủ tướng Chính phủ về một số công tác đối với đạo Tin lành tại 9 xã vùng cao; ban hành Hướng dẫn số 12-HD/BDVTU ngày 15/8/2011 về xây dựng mô hình "Dân vận khéo" ở thôn, bản.
Thảo luận tại giao ban, đồng chí Sùng A Lử, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Hà cho biết, tại xã Bản Liền vẫn còn 3 hộ nghe theo tuyên truyền về "Vàng Chứ"; tổ công tác của huyện đã phối hợp với già làng, trưởng bản vận động 11 hộ khác trở lại sinh hoạt tín ngưỡng truyền thống. Bà Tẩn Kiều Mẩy, Phó Chủ tịch Hội LHPN tỉnh, đề nghị các huyện quan tâm hơn đến việc vận động phụ nữ người Dao, người Mông không kết hôn sớm, không nghe theo kẻ xấu sang biên giới làm thuê.
Đồng chí Nguyễn Thị Hòa thông báo kết quả kiểm tra Quy chế dân chủ ở cơ sở tại xã Tả Van và một số xã vùng thấp; nhiều nơi đã công khai thu, chi các khoản đóng góp của nhân dân, song việc lấy ý kiến người dân về quy hoạch khu dân cư còn làm chưa tới.
Kết luận giao ban, đồng chí Lục Văn Thuận yêu cầu trong tháng 9 các phòng của Ban và ban dân vận các huyện ủy, thành ủy tập trung triển khai Kế hoạch 27, 28-KH/BDVTU của Ban Dân vận Tỉnh ủy về vận động nhân dân hiến đất làm đường giao thông nông thôn và về nắm tình hình đồng bào theo đạo; tiếp tục thực hiện Quy chế công tác dân vận ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị; kịp thời báo cáo những vụ việc phức tạp phát sinh ở cơ sở, không để bị động, bất ngờ.
Minh Huệ
Số lượt xem: 512
Tin liên quan
- Ban Dân vận Tỉnh ủy giao ban công tác tháng 7/2011 (05/08/2011)
- Mường Khương: 120 hộ hiến đất làm đường liên thôn (28/07/2011)
- Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở năm 2011 (14/07/2011)
""", "2011-09-07", "Giao ban công tác dân vận tháng 8/2011",
E("giao_ban", "2011-08", "2011-09-06"),
[P("Lục Văn Thuận", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng A Dình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng A Lử", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Hà"),
 P("Tẩn Kiều Mẩy", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("26 đồng chí", 26, "đồng chí"), Q("47 ngôi nhà", 47, "ngôi nhà"), Q("1.250 ngày công", 1250, "ngày công"),
 Q("86 triệu đồng", 86000000, "đồng"), Q("9 xã vùng cao", 9, "xã vùng cao"), Q("3 hộ", 3, "hộ"), Q("11 hộ", 11, "hộ")],
[D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 01/2005/CT-TTg"),
 D("Hướng dẫn", "12", "HD/BDVTU", "2011-08-15", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU ngày 15/8/2011"),
 D("Kế hoạch", "27", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 27, 28-KH/BDVTU"),
 D("Kế hoạch", "28", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 27, 28-KH/BDVTU"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Lào Cai"), com("Bản Liền"), com("Tả Van")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ > Hoạt động > Tin dân vận",
 "Đồng chí Lục Văn Thuận phát biểu chỉ đạo tại buổi giao ban.", "Dân vận khéo", "Vàng Chứ", "Quy chế dân chủ",
 "Số lượt xem: 512"],
["Thứ Tư, 07/09/2011 - 16:30", "26 đồng chí", "tháng 8/2011", "tháng 9/2011", "Số lượt xem: 512"]))

PAGES.append(page("b9414-nghean-bdv-giaoban-quy1-2012", """
Báo Nghệ An điện tử
Thời sự › Chính trị › Dân vận
Cập nhật lúc 09:20 ngày 06/04/2012
Khối dân vận giao ban quý I: tập trung nắm tình hình vùng giáo, vùng tái định cư
(Baonghean) - Chiều 5/4, Ban Dân vận Tỉnh ủy chủ trì giao ban khối dân vận quý I/2012, bàn nhiệm vụ trọng tâm quý II. Chủ trì có đồng chí Hồ Đức Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Lô Thị Kim, Trần Văn Hậu - Phó Trưởng Ban Dân vận Tỉnh ủy.
Các đại biểu dự giao ban khối dân vận quý I. Ảnh: Thu Huyền
Quý I, các cơ quan trong khối đã phối hợp tổ chức chu đáo các hoạt động mừng Đảng, mừng Xuân; riêng dịp Tết Nhâm Thìn, Ủy ban MTTQ và các đoàn thể đã trao 18.400 suất quà cho hộ nghèo, gia đình chính sách với tổng trị giá khoảng 5,2 tỷ đồng. Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 11, 12-CT/TU về tăng cường công tác dân vận trong vùng đồng bào công giáo và vùng tái định cư thủy điện; ban hành kế hoạch số 31-KH/BDVTU về khảo sát tình hình đời sống đồng bào Khơ Mú, Thái ở các xã biên giới.
Tình hình nổi lên là việc 2.850 hộ tái định cư thủy điện Bản Vẽ vẫn còn nhiều khó khăn về đất sản xuất; một số hộ tự ý quay về nơi ở cũ. Trong quý, các cơ quan dân vận đã tiếp 164 lượt công dân, nhận 94 đơn thư, đã chuyển và đôn đốc giải quyết 71 đơn, đạt 75,5%.
Tại giao ban, đồng chí Vi Văn Sơn, HUV, Trưởng Ban Dân vận Huyện ủy Tương Dương cho biết huyện đã cử 42 cán bộ bám các bản tái định cư, vận động 36 hộ trở lại khu tái định cư tại xã Hữu Khuông. Đồng chí Moong Văn Hợi, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh nêu đề nghị rà soát lại việc thực hiện Quyết định số 2210/QĐ-UBND ngày 15/6/2011 của UBND tỉnh về hỗ trợ lương thực cho hộ tái định cư. Linh mục Giuse Phan Văn Điển, Quản xứ giáo xứ Yên Đại, được mời dự giao ban, cũng chia sẻ về phong trào xây dựng giáo họ văn hóa tại xã Quỳnh Yên.
Chỉ đạo giao ban, đồng chí Hồ Đức Lâm đề nghị quý II các cơ quan tiếp tục quán triệt Quy chế công tác dân vận theo Quyết định 290-QĐ/TW của Bộ Chính trị; nắm chắc tình hình vùng giáo và vùng tái định cư, giải quyết dứt điểm đơn thư tồn đọng; chuẩn bị sơ kết phong trào "Dân vận khéo" giai đoạn đầu; phát huy vai trò người có uy tín, hướng dẫn khu dân cư thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Đồng chí cũng lưu ý khối dân vận cần phối hợp chặt chẽ với các lực lượng chức năng trong việc tuyên truyền, vận động nhân dân các xã biên giới không nghe theo kẻ xấu, không vượt biên trái phép, không tàng trữ, vận chuyển ma túy.
Thanh Lê
Tin liên quan
- Quỳ Hợp ra mắt mô hình "Dân vận khéo" ở bản Khơ Mú (29/03/2012)
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2011 (10/01/2012)
- Tặng quà Tết cho đồng bào tái định cư (18/01/2012)
""", "2012-04-06", "Khối dân vận giao ban quý I: tập trung nắm tình hình vùng giáo, vùng tái định cư",
E("giao_ban", "2012-Q1", "2012-04-05"),
[P("Hồ Đức Lâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lô Thị Kim", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Hậu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Sơn", "HUV", "Trưởng Ban Dân vận Huyện ủy Tương Dương"),
 P("Moong Văn Hợi", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Giuse Phan Văn Điển", "Linh mục", "Quản xứ giáo xứ Yên Đại")],
[Q("18.400 suất quà", 18400, "suất quà"), Q("khoảng 5,2 tỷ đồng", 5200000000, "đồng", "approx"),
 Q("2.850 hộ tái định cư", 2850, "hộ tái định cư"), Q("164 lượt công dân", 164, "lượt công dân"),
 Q("94 đơn thư", 94, "đơn thư"), Q("71 đơn", 71, "đơn"), Q("75,5%", 75.5, "%"),
 Q("42 cán bộ", 42, "cán bộ"), Q("36 hộ", 36, "hộ")],
[D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Kế hoạch", "31", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 31-KH/BDVTU"),
 D("Quyết định", "2210", "QĐ-UBND", "2011-06-15", "UBND tỉnh", "Quyết định số 2210/QĐ-UBND ngày 15/6/2011"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 290-QĐ/TW")],
[prov("Nghệ An"), com("Hữu Khuông"), com("Quỳnh Yên")],
["Báo Nghệ An điện tử", "Thời sự › Chính trị › Dân vận", "(Baonghean)",
 "Các đại biểu dự giao ban khối dân vận quý I. Ảnh: Thu Huyền", "Dân vận khéo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Bản Vẽ"],
["Cập nhật lúc 09:20 ngày 06/04/2012", "quý I/2012", "quý II", "Tết Nhâm Thìn"]))

PAGES.append(page("b9415-sonla-bdv-giaoban-thang4-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA
Hôm nay: Thứ Hai, 13/05/2013
Tin tức - Sự kiện / Hoạt động của các sở, ban, ngành
Ngày đăng 08/05/2013 | 15:40
Ảnh: Quang cảnh buổi giao ban.
Ban Dân vận Tỉnh ủy giao ban công tác tháng 4
Ngày 7/5, Ban Dân vận Tỉnh ủy Sơn La tổ chức giao ban đánh giá kết quả công tác dân vận tháng 4/2013 và triển khai nhiệm vụ tháng 5/2013. Đồng chí Cầm Thị Phong, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban.
Theo báo cáo, tháng 4 Ban đã hoàn thành việc tổng hợp ý kiến nhân dân về dự thảo sửa đổi Hiến pháp năm 1992 với trên 3.400 ý kiến góp ý; phối hợp với Ban Tuyên giáo tổ chức 2 hội nghị cung cấp thông tin cho người có uy tín. Ban ban hành hướng dẫn số 09-HD/BDVTU về củng cố tổ dân vận bản; tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 15, 16-CT/TU về công tác vận động đồng bào Mông và về ổn định dân cư các điểm tái định cư thủy điện Sơn La.
Tại 12 điểm tái định cư ở huyện Mường La, Quỳnh Nhai, đời sống nhân dân dần ổn định, song còn 25 hộ di cư tự do từ tỉnh ngoài đến cư trú chưa có hộ khẩu. Phong trào trồng cao su tiếp tục được đồng bào hưởng ứng, các hộ đã góp trên 1.860 ha đất; khoảng 94% số hộ góp đất đã nhận tiền ứng trước.
Phát biểu tại giao ban, đồng chí Mùa A Sử, HUV, Trưởng Ban Dân vận Huyện ủy Thuận Châu phản ánh tại xã Co Mạ có 2 vụ tranh chấp đất nương giữa các dòng họ, đã hòa giải thành 1 vụ. Đồng chí Lò Văn Khiêm, Phó Trưởng Ban Dân vận Tỉnh ủy, thông báo lịch kiểm tra thực hiện Kết luận số 62-KL/TW của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của MTTQ và các đoàn thể tại 4 huyện.
Đồng chí Quàng Văn Pọm, Chánh Văn phòng Ban Dân vận Tỉnh ủy cho biết, Văn phòng đã thẩm định hồ sơ đề nghị công nhận 31 mô hình "Dân vận khéo", trong đó 8 mô hình cấp tỉnh.
Trong tháng, các cơ quan dân vận và Ủy ban MTTQ các cấp đã tiếp nhận 37 đơn thư, chủ yếu liên quan đến đền bù, hỗ trợ tái định cư và tranh chấp đất đai; đã chuyển các cơ quan có thẩm quyền giải quyết 29 đơn. Ban Dân vận Tỉnh ủy cử cán bộ cùng đoàn công tác của tỉnh đến xã Chiềng Ơn nắm tình hình, đối thoại với bà con người Mông về việc quy hoạch đất sản xuất.
Kết luận giao ban, đồng chí Cầm Thị Phong yêu cầu tháng 5 các đơn vị tập trung tuyên truyền về Kế hoạch số 52-KH/TU ngày 10/4/2013 của Tỉnh ủy thực hiện Quy chế dân chủ ở cơ sở; vận động nhân dân chuẩn bị cho mùa mưa lũ, không đốt nương làm rẫy trái phép; theo dõi sát diễn biến tư tưởng trong vùng đồng bào theo đạo và các hộ di cư.
Lò Hương (Ban Dân vận Tỉnh ủy)
Lượt truy cập: 1.204
Các tin khác
- Ban Dân vận Tỉnh ủy làm việc tại huyện Sốp Cộp (26/04/2013)
- Giao ban công tác dân vận tháng 3/2013 (05/04/2013)
- Mai Sơn: hiến 4.000 m2 đất xây nhà văn hóa bản (22/03/2013)
""", "2013-05-08", "Ban Dân vận Tỉnh ủy giao ban công tác tháng 4",
E("giao_ban", "2013-04", "2013-05-07"),
[P("Cầm Thị Phong", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mùa A Sử", "HUV", "Trưởng Ban Dân vận Huyện ủy Thuận Châu"),
 P("Lò Văn Khiêm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quàng Văn Pọm", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("trên 3.400 ý kiến", 3400, "ý kiến", "over"), Q("2 hội nghị", 2, "hội nghị"),
 Q("12 điểm tái định cư", 12, "điểm tái định cư"), Q("25 hộ di cư tự do", 25, "hộ di cư tự do"),
 Q("trên 1.860 ha", 1860, "ha", "over"), Q("khoảng 94%", 94, "%", "approx"),
 Q("2 vụ tranh chấp đất nương", 2, "vụ tranh chấp đất nương"), Q("1 vụ", 1, "vụ"), Q("4 huyện", 4, "huyện"),
 Q("31 mô hình", 31, "mô hình"), Q("8 mô hình cấp tỉnh", 8, "mô hình cấp tỉnh"),
 Q("37 đơn thư", 37, "đơn thư"), Q("29 đơn", 29, "đơn")],
[D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 09-HD/BDVTU"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận số 62-KL/TW"),
 D("Kế hoạch", "52", "KH/TU", "2013-04-10", "Tỉnh ủy", "Kế hoạch số 52-KH/TU ngày 10/4/2013")],
[prov("Sơn La"), com("Co Mạ"), com("Chiềng Ơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA", "Tin tức - Sự kiện / Hoạt động của các sở, ban, ngành",
 "Ảnh: Quang cảnh buổi giao ban.", "Dân vận khéo", "Hiến pháp năm 1992", "Quy chế dân chủ ở cơ sở",
 "Lượt truy cập: 1.204"],
["Hôm nay: Thứ Hai, 13/05/2013", "Ngày đăng 08/05/2013 | 15:40", "tháng 4/2013", "tháng 5/2013",
 "Hiến pháp năm 1992", "Lượt truy cập: 1.204"]))

PAGES.append(page("b9416-quangtri-bdv-giaoban-quy3-2014", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ - TRANG THÔNG TIN ĐIỆN TỬ
Vị trí: Trang chủ :: Hoạt động dân vận :: Tin trong tỉnh
Thứ Năm, 16/10/2014, 08:30
Đồng chí Trưởng Ban Dân vận Tỉnh ủy kết luận buổi giao ban.
Khối dân vận tỉnh giao ban quý III năm 2014
Ngày 14/10/2014, Ban Dân vận Tỉnh ủy Quảng Trị chủ trì giao ban công tác dân vận quý III, triển khai nhiệm vụ quý IV năm 2014 với Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội và ban dân vận các huyện, thị, thành ủy. Đồng chí Nguyễn Thị Minh Tâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Báo cáo tại giao ban nêu rõ, sau sự kiện Trung Quốc hạ đặt trái phép giàn khoan Hải Dương 981, khối dân vận đã tổ chức 146 buổi nói chuyện thời sự cho hơn 12.000 lượt người; vận động ngư dân tiếp tục bám biển, nhân dân đóng góp trên 1,1 tỷ đồng cho Quỹ "Vì biển, đảo quê hương". Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 38-CTr/TU thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới.
Tại các huyện miền núi Hướng Hóa, Đakrông, khối dân vận phối hợp với bộ đội biên phòng vận động đồng bào Vân Kiều, Pa Kô định canh định cư; 318 hộ được hỗ trợ làm nhà. Trong quý, các cơ quan dân vận tiếp nhận 52 đơn thư, đã giải quyết 40 đơn.
Về công tác dân vận của chính quyền, trong quý các sở, ngành đã tổ chức 9 cuộc đối thoại với doanh nghiệp và nhân dân; UBND tỉnh chỉ đạo rà soát, tháo gỡ những vướng mắc trong bồi thường, giải phóng mặt bằng tuyến tránh Quốc lộ 1 qua thành phố Đông Hà. Một số cán bộ, công chức ở cơ sở vẫn còn biểu hiện hách dịch, gây phiền hà khi giải quyết thủ tục hành chính cho người dân.
Phát biểu tại giao ban, đồng chí Hồ Văn Thăm, HUV, Trưởng Ban Dân vận Huyện ủy Đakrông cho biết xã A Ngo đã có 7 bản đăng ký xây dựng "bản không có người vi phạm pháp luật". Đồng chí Kăn Sáu, Chủ tịch Hội Nông dân xã A Bung, được mời dự giao ban, chia sẻ kinh nghiệm vận động bà con trồng rừng kinh tế.
Đại diện Ủy ban MTTQ tỉnh, bà Lê Thị Hồng Vân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị làm rõ trách nhiệm người đứng đầu trong việc tiếp dân, đối thoại với dân theo Quy chế dân chủ.
Kết luận giao ban, đồng chí Nguyễn Thị Minh Tâm đề nghị quý IV tập trung thực hiện Kế hoạch 63, 64-KH/BDVTU về khảo sát công tác dân vận chính quyền và về phong trào "Dân vận khéo"; chuẩn bị chu đáo hội nghị tổng kết năm; phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư.
Hồng Nhung
Lượt đọc: 689
Tin cùng chuyên mục
- Giao ban khối dân vận quý II năm 2014 (11/07/2014)
- Vĩnh Linh: phát huy vai trò già làng, trưởng bản (26/06/2014)
- Gio Linh ra mắt 3 mô hình "Dân vận khéo" (12/06/2014)
""", "2014-10-16", "Khối dân vận tỉnh giao ban quý III năm 2014",
E("giao_ban", "2014-Q3", "2014-10-14"),
[P("Nguyễn Thị Minh Tâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Thăm", "HUV", "Trưởng Ban Dân vận Huyện ủy Đakrông"),
 P("Kăn Sáu", "Chủ tịch Hội Nông dân xã A Bung"),
 P("Lê Thị Hồng Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("146 buổi nói chuyện thời sự", 146, "buổi nói chuyện thời sự"), Q("hơn 12.000 lượt người", 12000, "lượt người", "over"),
 Q("trên 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("318 hộ", 318, "hộ"), Q("52 đơn thư", 52, "đơn thư"),
 Q("40 đơn", 40, "đơn"), Q("9 cuộc đối thoại", 9, "cuộc đối thoại"), Q("7 bản", 7, "bản"), Q("100% khu dân cư", 100, "%")],
[D("Chương trình hành động", "38", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 38-CTr/TU"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 03/6/2013"),
 D("Kế hoạch", "63", "KH/BDVTU", None, None, "Kế hoạch 63, 64-KH/BDVTU"),
 D("Kế hoạch", "64", "KH/BDVTU", None, None, "Kế hoạch 63, 64-KH/BDVTU")],
[prov("Quảng Trị"), com("A Ngo"), com("A Bung")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ - TRANG THÔNG TIN ĐIỆN TỬ", "Vị trí: Trang chủ :: Hoạt động dân vận :: Tin trong tỉnh",
 "Đồng chí Trưởng Ban Dân vận Tỉnh ủy kết luận buổi giao ban.", "Hải Dương 981", "Vì biển, đảo quê hương",
 "bản không có người vi phạm pháp luật", "Dân vận khéo", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt đọc: 689"],
["Thứ Năm, 16/10/2014, 08:30", "quý IV năm 2014", "Quốc lộ 1", "Hải Dương 981", "Lượt đọc: 689"]))

PAGES.append(page("b9417-hoabinh-bdv-giaoban-thang6-2015", """
Báo Hòa Bình Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hòa Bình
Chính trị - Xây dựng Đảng
03-07-2015 14:20
Phát huy vai trò người có uy tín ở vùng đồng bào Mường
(HBĐT) - Ngày 2/7, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận tháng 6/2015, triển khai nhiệm vụ tháng 7. Tham dự có đồng chí Bùi Thị Nhàn, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; lãnh đạo các phòng, đơn vị thuộc Ban và trưởng ban dân vận 11 huyện, thành ủy.
Theo đánh giá, tháng 6 các cấp đã tổ chức gặp mặt, tập huấn cho 265 người có uy tín là trưởng dòng họ, thầy mo, già làng trong đồng bào Mường, Dao; nhiều người trở thành nòng cốt vận động bà con dồn điền đổi thửa, xóa bỏ hủ tục trong việc tang. Ban đã phối hợp đánh giá việc thực hiện Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ về chính sách đối với người có uy tín; ban hành đề án 03-ĐA/BDVTU về nâng cao chất lượng hoạt động tổ dân vận xóm, bản.
Nhân dân trong tỉnh đã hiến 26.500 m2 đất, đóng góp khoảng 3,8 tỷ đồng xây dựng nông thôn mới; 47 xóm đăng ký thực hiện cuộc vận động "5 không, 3 sạch". Tuy nhiên, việc đền bù tại một số dự án còn chậm khiến người dân bức xúc; 2 vụ tụ tập đông người tại công trình thủy điện đã được vận động giải tán.
Cũng trong tháng, Ban phối hợp với Ủy ban MTTQ tỉnh kiểm tra việc thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" tại 6 xã của huyện Lạc Thủy, Yên Thủy; phần lớn khu dân cư đã xây dựng và thực hiện tốt hương ước, quy ước. Mô hình "Dòng họ không có người vi phạm pháp luật" ở huyện Kim Bôi được nhân rộng ra 28 dòng họ.
Tại giao ban, đồng chí Quách Văn Sởi, HUV, Trưởng Ban Dân vận Huyện ủy Tân Lạc nêu kinh nghiệm: để vận động 132 hộ ở xóm Trào, xã Phong Phú nhường đất làm đường, huyện đã nhờ ông Đinh Công Mạnh, trưởng dòng họ Đinh, đến từng nhà thuyết phục. Bà Xa Thị Lả, Phó Trưởng Ban Dân vận Huyện ủy Mai Châu cho biết xã Chiềng Châu đã có 5 bản làm du lịch cộng đồng hiệu quả.
Đồng chí Triệu Thị Sìu, Phó Trưởng Ban Dân vận Tỉnh ủy đề nghị các huyện hoàn thiện danh sách người có uy tín trước ngày 15/7 để tỉnh xét khen thưởng.
Kết luận giao ban, đồng chí Bùi Thị Nhàn yêu cầu tháng 7 tập trung tuyên truyền đại hội đảng bộ các cấp nhiệm kỳ 2015 - 2020; thực hiện Kết luận 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong các dự án và về vận động đồng bào xóa bỏ hủ tục; chủ động nắm tình hình, không để phát sinh điểm nóng.
Nguyễn Hà
Lượt xem: 1.032
Tin khác
- Kỳ Sơn giao ban khối dân vận 6 tháng đầu năm (29/06/2015)
- Lạc Sơn ra mắt mô hình "Dân vận khéo" trong xây dựng nông thôn mới (18/06/2015)
- Hội nghị giao ban công tác dân vận tháng 5/2015 (04/06/2015)
""", "2015-07-03", "Phát huy vai trò người có uy tín ở vùng đồng bào Mường",
E("giao_ban", "2015-06", "2015-07-02"),
[P("Bùi Thị Nhàn", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quách Văn Sởi", "HUV", "Trưởng Ban Dân vận Huyện ủy Tân Lạc"),
 P("Đinh Công Mạnh", "trưởng dòng họ Đinh"),
 P("Xa Thị Lả", "Phó Trưởng Ban Dân vận Huyện ủy Mai Châu"),
 P("Triệu Thị Sìu", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("11 huyện, thành ủy", 11, "huyện, thành ủy"), Q("265 người có uy tín", 265, "người có uy tín"),
 Q("26.500 m2", 26500, "m2"), Q("khoảng 3,8 tỷ đồng", 3800000000, "đồng", "approx"), Q("47 xóm", 47, "xóm"),
 Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"), Q("6 xã", 6, "xã"), Q("28 dòng họ", 28, "dòng họ"), Q("132 hộ", 132, "hộ"), Q("5 bản", 5, "bản")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg"),
 D("Đề án", "03", "ĐA/BDVTU", None, "Ban Dân vận Tỉnh ủy", "đề án 03-ĐA/BDVTU"),
 D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU")],
[prov("Hòa Bình"), com("Phong Phú"), com("Chiềng Châu")],
["Báo Hòa Bình Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hòa Bình", "Chính trị - Xây dựng Đảng",
 "(HBĐT)", "5 không, 3 sạch", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Dòng họ không có người vi phạm pháp luật", "Lượt xem: 1.032"],
["03-07-2015 14:20", "tháng 6/2015", "5 không, 3 sạch", "nhiệm kỳ 2015 - 2020", "ngày 15/7", "Lượt xem: 1.032"]))

PAGES.append(page("b9418-gialai-bdv-giaoban-quy1-2016", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Gia Lai
Bạn đang ở: Trang chủ / Tin tức / Dân vận các cấp
15/04/2016 - 09:45
Các đại biểu dự giao ban. Ảnh: Hoàng Ngọc
Giao ban khối dân vận: tiếp tục vận động đồng bào theo Tin lành Đê Ga từ bỏ
Sáng 14/4, tại Pleiku, Ban Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị giao ban công tác dân vận quý I năm 2016. Đồng chí Rơ Mah Tuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Quý I, khối dân vận các cấp đã tổ chức cho nhân dân vui Xuân, đón Tết Bính Thân an toàn; vận động 45 hộ với 213 khẩu từ bỏ theo "Tin lành Đê Ga", nâng số hộ từ bỏ từ đầu năm 2015 đến nay lên trên 400 hộ. Ban đã tham mưu Tỉnh ủy ban hành Kế hoạch số 86-KH/TU thực hiện Chỉ thị số 49-CT/TW ngày 20/10/2015 của Ban Bí thư về tăng cường và đổi mới công tác dân vận của Đảng ở vùng đồng bào dân tộc thiểu số; hướng dẫn các huyện thực hiện Kết luận 114-KL/TW của Ban Bí thư về công tác dân vận của cơ quan nhà nước.
Tỉnh hiện có 1.146 người có uy tín trong đồng bào Jrai, Ba Na; trong quý, các cấp đã tổ chức 38 buổi tiếp xúc, cung cấp thông tin cho người có uy tín. Bộ đội biên phòng phối hợp vận động 6 đối tượng trốn ra nước ngoài trở về địa phương.
Về công tác dân vận chính quyền, UBND tỉnh đã chỉ đạo các sở, ngành rà soát 27 vụ việc khiếu nại đất đai có liên quan đến các nông, lâm trường; đến nay đã giải quyết xong 19 vụ. Tuy nhiên, tình trạng tranh chấp đất giữa người dân với một số công ty cao su ở huyện Chư Prông, Đức Cơ vẫn tiềm ẩn phức tạp, có lúc người dân kéo đến trụ sở công ty đòi đất.
Tại hội nghị, ông Siu Đức, Già làng làng Plei Ơi, xã Ia Băng, chia sẻ: làng có 82 hộ, trước đây nhiều hộ nghe theo kẻ xấu, nay đều đã yên tâm làm ăn. Đồng chí Nay H'Lan, HUV, Trưởng Ban Dân vận Huyện ủy Krông Pa đề nghị tăng cường cán bộ biết tiếng Jrai cho các xã. Đồng chí Đinh Văn Glơl, Bí thư Đảng ủy xã Kon Pne, cho biết xã đã đạt 4 tiêu chí nông thôn mới.
Kết luận hội nghị, đồng chí Rơ Mah Tuân đề nghị quý II các cấp tập trung tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các cấp nhiệm kỳ 2016 - 2021; bám sát các làng trọng điểm, phối hợp với lực lượng vũ trang giữ vững an ninh chính trị ở vùng đồng bào dân tộc thiểu số; tổng hợp ý kiến, kiến nghị của người có uy tín để báo cáo Ban Thường vụ Tỉnh ủy.
Hội nghị cũng nghe các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Rơ Châm H'Pheo, Trần Đình Khải quán triệt kế hoạch kiểm tra quý II.
Thanh Hương
Số lượt đọc: 734
Tin liên quan
- Chư Sê: 20 hộ từ bỏ "Tin lành Đê Ga" (30/03/2016)
- Giao ban công tác dân vận quý IV năm 2015 (12/01/2016)
- Tặng quà người có uy tín dịp Tết (28/01/2016)
""", "2016-04-15", "Giao ban khối dân vận: tiếp tục vận động đồng bào theo Tin lành Đê Ga từ bỏ",
E("giao_ban", "2016-Q1", "2016-04-14"),
[P("Rơ Mah Tuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Siu Đức", "Già làng làng Plei Ơi"),
 P("Nay H'Lan", "HUV", "Trưởng Ban Dân vận Huyện ủy Krông Pa"),
 P("Đinh Văn Glơl", "Bí thư Đảng ủy xã Kon Pne"),
 P("Rơ Châm H'Pheo", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Đình Khải", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("45 hộ", 45, "hộ"), Q("213 khẩu", 213, "khẩu"), Q("trên 400 hộ", 400, "hộ", "over"),
 Q("1.146 người có uy tín", 1146, "người có uy tín"), Q("38 buổi tiếp xúc", 38, "buổi tiếp xúc"),
 Q("6 đối tượng", 6, "đối tượng"), Q("27 vụ việc khiếu nại đất đai", 27, "vụ việc khiếu nại đất đai"), Q("19 vụ", 19, "vụ"), Q("82 hộ", 82, "hộ"), Q("4 tiêu chí nông thôn mới", 4, "tiêu chí nông thôn mới")],
[D("Kế hoạch", "86", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 86-KH/TU"),
 D("Chỉ thị", "49", "CT/TW", "2015-10-20", "Ban Bí thư", "Chỉ thị số 49-CT/TW ngày 20/10/2015"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW")],
[prov("Gia Lai"), com("Ia Băng"), com("Kon Pne")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Gia Lai", "Bạn đang ở: Trang chủ / Tin tức / Dân vận các cấp",
 "Các đại biểu dự giao ban. Ảnh: Hoàng Ngọc", "Tin lành Đê Ga", "Plei Ơi", "Số lượt đọc: 734"],
["15/04/2016 - 09:45", "quý I năm 2016", "Tết Bính Thân", "khóa XIV", "nhiệm kỳ 2016 - 2021", "quý II",
 "Số lượt đọc: 734"]))
