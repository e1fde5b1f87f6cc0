from lib import *
PAGES = []

PAGES.append(page("b4589-hagiang-bdv-nguoicouytin-2011", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Trang chủ > Tin tức > Dân tộc - Tôn giáo
Thứ Sáu, 18/11/2011 - 09:30
Ảnh: Quang cảnh hội nghị.
Hà Giang: Gặp mặt 250 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2011
Ngày 16/11, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt, biểu dương 250 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2011. Dự và chỉ đạo hội nghị có đồng chí Sùng Mí Pó, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Lù Thị Dín, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Hoàng Văn Nhèo, Trưởng Ban Dân tộc tỉnh.
Đồng chí Sùng Mí Pó tặng quà các già làng, trưởng bản.
Theo báo cáo, toàn tỉnh hiện có 1.046 người có uy tín ở 1.966 thôn, bản; trong đó người Mông chiếm trên 52%. Thực hiện Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ về chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, năm 2011 tỉnh đã cấp 1.046 tờ báo Dân tộc và Phát triển, tổ chức 4 đoàn cho gần 200 người có uy tín đi tham quan học tập. Người có uy tín đã vận động 312 hộ người Mông ở các huyện Mèo Vạc, Đồng Văn không di cư tự do, tham gia hòa giải thành 86 vụ việc mâu thuẫn trong thôn bản, góp phần ngăn chặn việc truyền đạo trái pháp luật ở 9 thôn giáp biên.
Tại hội nghị, ông Giàng Mí Chứ, người có uy tín thôn Lũng Táo, xã Lũng Táo, chia sẻ cách vận động bà con bỏ tục cúng ma tốn kém, đưa giống ngô lai vào trồng. Bà Triệu Thị Mẩy, người Dao, Trưởng thôn Nặm Đăm, xã Quản Bạ, cho biết cả thôn đã có 47 hộ làm du lịch cộng đồng. Ông Vàng Seo Sử, Bí thư Chi bộ kiêm Trưởng thôn Sủng Là, đề nghị tỉnh hỗ trợ thêm bể chứa nước cho vùng núi đá.
Phát biểu chỉ đạo, đồng chí Sùng Mí Pó đề nghị các cấp ủy tiếp tục thực hiện Chỉ thị số 06-CT/TU ngày 12/5/2010 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở vùng đồng bào Mông; kịp thời nắm tâm tư của người có uy tín, coi họ là "cánh tay nối dài" của cấp ủy, chính quyền ở thôn bản.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 35 người có uy tín có thành tích xuất sắc, mỗi người kèm 500.000 đồng; tổng giá trị quà tặng tại hội nghị gần 150 triệu đồng.
Trước đó, trong các ngày 14 và 15/11, đoàn đại biểu người có uy tín đã đến thăm Khu di tích Cột cờ Lũng Cú, nghe giới thiệu về kết quả xây dựng nông thôn mới và giảm nghèo bền vững ở xã Lũng Cú. Nhiều đại biểu người Mông, Dao, Lô Lô, Pu Péo lần đầu được gặp gỡ, trao đổi kinh nghiệm vận động con cháu không nghe theo kẻ xấu, giữ vững đường biên, cột mốc.
Hương Ly
Lượt xem: 1.204
Tin liên quan
- Đồng Văn: 18 hộ người Mông trở về quê cũ (02/11/2011)
- Hội nghị chức sắc tôn giáo năm 2011 (20/10/2011)
- Quản Bạ ra mắt 3 mô hình "Dân vận khéo" (05/10/2011)
- Yên Minh: tập huấn cho cán bộ thôn bản (19/09/2011)
""", "2011-11-18", "Hà Giang: Gặp mặt 250 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2011",
E("hoi_nghi", "2011", "2011-11-16"),
[P("Sùng Mí Pó", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lù Thị Dín", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Nhèo", "Trưởng Ban Dân tộc tỉnh"),
 P("Giàng Mí Chứ", "người có uy tín thôn Lũng Táo"),
 P("Triệu Thị Mẩy", "Trưởng thôn Nặm Đăm"),
 P("Vàng Seo Sử", "Bí thư Chi bộ kiêm Trưởng thôn Sủng Là")],
[Q("250 người có uy tín tiêu biểu", 250, "người có uy tín tiêu biểu"), Q("1.046 người có uy tín", 1046, "người có uy tín"),
 Q("1.966 thôn, bản", 1966, "thôn, bản"), Q("trên 52%", 52, "%", "over"), Q("1.046 tờ báo", 1046, "tờ báo"),
 Q("4 đoàn", 4, "đoàn"), Q("gần 200 người có uy tín", 200, "người có uy tín", "approx"), Q("312 hộ", 312, "hộ"),
 Q("86 vụ việc mâu thuẫn", 86, "vụ việc mâu thuẫn"), Q("9 thôn giáp biên", 9, "thôn giáp biên"), Q("47 hộ", 47, "hộ"),
 Q("35 người có uy tín", 35, "người có uy tín"), Q("500.000 đồng", 500000, "đồng"), Q("gần 150 triệu đồng", 150000000, "đồng", "approx")],
[D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011"),
 D("Chỉ thị", "06", "CT/TU", "2010-05-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06-CT/TU ngày 12/5/2010")],
[prov("Hà Giang"), com("Lũng Táo"), com("Quản Bạ"), com("Lũng Cú")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Trang chủ > Tin tức > Dân tộc - Tôn giáo", "Ảnh: Quang cảnh hội nghị.",
 "Đồng chí Sùng Mí Pó tặng quà các già làng, trưởng bản.", "Dân tộc và Phát triển", "cánh tay nối dài", "Khu di tích Cột cờ Lũng Cú", "Lượt xem: 1.204"],
["Thứ Sáu, 18/11/2011 - 09:30", "năm 2011", "Lượt xem: 1.204"]))

PAGES.append(page("b4590-laocai-mttq-traoqua-2012", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI
Trang chủ / Hoạt động Mặt trận / Vì người nghèo
Cập nhật: 16:40, 14/01/2012 (GMT+7)
Mang Tết đến với đồng bào Dao, Mông vùng cao Bát Xát
Chiều 12/1, đoàn công tác Ủy ban MTTQ tỉnh do bà Lò Thị Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, chúc Tết và trao 420 suất quà Tết cho hộ nghèo, hộ chính sách ở các xã Y Tý, A Lù, Ngải Thầu. Mỗi suất quà gồm 10 kg gạo, 1 thùng mì và 300.000 đồng tiền mặt, tổng trị giá trên 252 triệu đồng.
Bà Lò Thị Vân trao quà cho hộ nghèo xã Y Tý. Ảnh: Minh Hải
Cùng đi có các ông, bà Phó Chủ tịch Ủy ban MTTQ tỉnh: Vàng Văn Mạ, Sần Thị Mai; ông Tẩn Láo Lở, HUV, Chủ tịch Ủy ban MTTQ huyện Bát Xát.
Báo cáo với đoàn, ông Lý Seo Chừ, Bí thư Đảng ủy, Chủ tịch HĐND xã Y Tý cho biết, xã có 1.187 hộ với 6.320 khẩu, chủ yếu là người Hà Nhì, Mông, Dao; tỷ lệ hộ nghèo còn 58,6%. Năm 2011, từ Quỹ "Vì người nghèo" các cấp, xã được hỗ trợ làm mới 14 căn nhà Đại đoàn kết, mỗi căn 20 triệu đồng, sửa chữa 6 căn nhà dột nát. Các chi bộ thôn đã vận động 25 hộ theo đạo trái pháp luật trở lại sinh hoạt bình thường tại cộng đồng; ở thôn Choản Thèn không còn hộ nào bỏ đi nơi khác.
Tại xã A Lù, ông Chảo Láo Tả, người có uy tín thôn Phìn Hồ, bày tỏ: "Nhờ Mặt trận giúp đỡ mà năm nay bà con có gạo ăn Tết, không phải vào rừng đào củ mài". Đoàn còn tặng 50 chiếc chăn ấm, 120 bộ quần áo cho học sinh bán trú Trường Tiểu học Ngải Thầu.
Thực hiện Kế hoạch số 27/KH-MTTQ-BTT ngày 20/12/2011 của Ban Thường trực Ủy ban MTTQ tỉnh, dịp Tết Nguyên đán Nhâm Thìn 2012 toàn tỉnh dự kiến trao khoảng 9.500 suất quà với tổng trị giá 3,8 tỷ đồng, bảo đảm "không để hộ nào không có Tết". Ủy ban MTTQ tỉnh cũng đề nghị các huyện thực hiện nghiêm Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ hộ nghèo về nhà ở.
Bà Lò Thị Vân đề nghị cấp ủy, chính quyền xã tiếp tục phát huy vai trò người có uy tín, Ban công tác Mặt trận ở 15 thôn, bản trong vận động nhân dân phát triển sản xuất, giữ gìn an ninh biên giới.
Cùng ngày, Ủy ban MTTQ huyện Bát Xát phối hợp Đồn Biên phòng Y Tý tổ chức chương trình "Xuân biên phòng ấm lòng dân bản", tặng thêm 80 suất quà cho các gia đình người Hà Nhì ở thôn Choản Thèn, Lao Chải. Đây là hoạt động thiết thực hưởng ứng cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" trên địa bàn tỉnh Lào Cai.
Minh Hải
Số lượt đọc: 643
Tin khác
- MTTQ tỉnh trao 200 suất quà cho người nghèo Sa Pa (10/01/2012)
- Tổng kết cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" (28/12/2011)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 5 (20/12/2011)
""", "2012-01-14", "Mang Tết đến với đồng bào Dao, Mông vùng cao Bát Xát",
E("trao_qua", None, "2012-01-12"),
[P("Lò Thị Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng Văn Mạ", "Phó Chủ tịch Ủy ban MTTQ tỉnh"), P("Sần Thị Mai", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Tẩn Láo Lở", "HUV", "Chủ tịch Ủy ban MTTQ huyện Bát Xát"),
 P("Lý Seo Chừ", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Y Tý"),
 P("Chảo Láo Tả", "người có uy tín thôn Phìn Hồ")],
[Q("420 suất quà Tết", 420, "suất quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("trên 252 triệu đồng", 252000000, "đồng", "over"), Q("1.187 hộ", 1187, "hộ"), Q("6.320 khẩu", 6320, "khẩu"),
 Q("58,6%", 58.6, "%"), Q("14 căn nhà Đại đoàn kết", 14, "căn nhà Đại đoàn kết"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("6 căn nhà dột nát", 6, "căn nhà dột nát"), Q("25 hộ", 25, "hộ"), Q("50 chiếc chăn ấm", 50, "chiếc chăn ấm"),
 Q("120 bộ quần áo", 120, "bộ quần áo"), Q("khoảng 9.500 suất quà", 9500, "suất quà", "approx"),
 Q("3,8 tỷ đồng", 3800000000, "đồng"), Q("15 thôn, bản", 15, "thôn, bản"), Q("80 suất quà", 80, "suất quà")],
[D("Kế hoạch", "27", "KH-MTTQ-BTT", "2011-12-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT ngày 20/12/2011"),
 D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg")],
[prov("Lào Cai"), com("Y Tý"), com("A Lù"), com("Ngải Thầu")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI", "Trang chủ / Hoạt động Mặt trận / Vì người nghèo",
 "Bà Lò Thị Vân trao quà cho hộ nghèo xã Y Tý. Ảnh: Minh Hải", "Vì người nghèo", "Xuân biên phòng ấm lòng dân bản", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "không để hộ nào không có Tết", "Số lượt đọc: 643"],
["Cập nhật: 16:40, 14/01/2012 (GMT+7)", "1 thùng mì", "Năm 2011", "Nhâm Thìn 2012", "Số lượt đọc: 643"]))

PAGES.append(page("b4591-laichau-bdv-soket-2013", """
Cổng thông tin điện tử tỉnh Lai Châu
Tin tức - Sự kiện » Chính trị
08:15 | 10/07/2013
Ban Dân vận Tỉnh ủy: Vận động đồng bào Hà Nhì, Mông ổn định dân cư
Sáng 9/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2013. Đồng chí Tao Văn Lả, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có 38 đồng chí là trưởng ban dân vận các huyện ủy, thị ủy và lãnh đạo các đoàn thể tỉnh.
Toàn cảnh hội nghị sơ kết. Ảnh: Thu Hà
Báo cáo sơ kết cho biết, 6 tháng đầu năm 2013, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 112, 113-KH/TU triển khai Kết luận số 62-KL/TW của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể. Các huyện Mường Tè, Phong Thổ, Sìn Hồ đã vận động 146 hộ di cư tự do ổn định nơi ở, trong đó 39 hộ trở về quê cũ. Tình trạng người Mông theo "Giê Sùa" giảm rõ, song vẫn còn 7 vụ tụ tập đông người trái phép ở vùng biên.
Ban Dân vận Huyện ủy Mường Tè chỉ đạo 16 chi bộ bản vận động người Hà Nhì, La Hủ bỏ phong tục lạc hậu; 100% bản đã có hương ước, quy ước. Ông Lỳ Chờ Xá, HUV, Trưởng Ban Dân vận Huyện ủy Mường Tè cho biết, riêng xã Ka Lăng đã có 28 hộ Hà Nhì chuyển sang trồng thảo quả dưới tán rừng, thu nhập khoảng 35 triệu đồng/hộ/năm.
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Giàng A Tính, Lò Thị Thủy đã phân tích nguyên nhân của việc di cư tự do, chủ yếu do thiếu đất sản xuất và bị kẻ xấu lôi kéo. Bà Chang Thị Xuân, Chủ tịch Hội LHPN xã Tà Tổng, kiến nghị tăng cường cán bộ nữ người dân tộc tại chỗ.
Đồng chí Tao Văn Lả yêu cầu 6 tháng cuối năm tập trung thực hiện Quyết định số 33/2007/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ di dân thực hiện định canh, định cư; tổ chức đối thoại với nhân dân ở ít nhất 20 xã biên giới; xây dựng thêm 30 mô hình "Dân vận khéo"; phấn đấu giảm tỷ lệ hộ nghèo trên 5%. Đồng chí cũng đề nghị Mặt trận, các đoàn thể quan tâm bồi dưỡng người có uy tín, trưởng bản, chi hội trưởng các hội ở 108 bản đặc biệt khó khăn, kịp thời phát hiện và đấu tranh với luận điệu xuyên tạc về vấn đề dân tộc, tôn giáo.
Hội nghị cũng thông qua quy chế phối hợp giữa Ban Dân vận Tỉnh ủy với Bộ Chỉ huy Bộ đội Biên phòng tỉnh trong vận động quần chúng khu vực biên giới.
Thu Hà (Trung tâm Tin học - Công báo)
Lượt truy cập: 2.815
Các tin khác
- Phong Thổ: trao 80 suất quà cho học sinh nghèo (05/07/2013)
- Mường Tè tổng kết 5 năm Quy chế dân chủ (28/06/2013)
- Sìn Hồ: hội nghị người có uy tín năm 2013 (18/06/2013)
""", "2013-07-10", "Ban Dân vận Tỉnh ủy: Vận động đồng bào Hà Nhì, Mông ổn định dân cư",
E("so_ket", "2013-H1", "2013-07-09"),
[P("Tao Văn Lả", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lỳ Chờ Xá", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Tè"),
 P("Giàng A Tính", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Lò Thị Thủy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chang Thị Xuân", "Chủ tịch Hội LHPN xã Tà Tổng")],
[Q("38 đồng chí", 38, "đồng chí"), Q("146 hộ di cư tự do", 146, "hộ di cư tự do"), Q("39 hộ", 39, "hộ"),
 Q("7 vụ tụ tập đông người trái phép", 7, "vụ tụ tập đông người trái phép"), Q("16 chi bộ bản", 16, "chi bộ bản"),
 Q("100%", 100, "%"), Q("28 hộ Hà Nhì", 28, "hộ Hà Nhì"), Q("khoảng 35 triệu đồng", 35000000, "đồng", "approx"),
 Q("ít nhất 20 xã biên giới", 20, "xã biên giới", "over"), Q("30 mô hình", 30, "mô hình"), Q("trên 5%", 5, "%", "over"), Q("108 bản đặc biệt khó khăn", 108, "bản đặc biệt khó khăn")],
[D("Kế hoạch", "112", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 112, 113-KH/TU"),
 D("Kế hoạch", "113", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 112, 113-KH/TU"),
 D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận số 62-KL/TW"),
 D("Quyết định", "33", "2007/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 33/2007/QĐ-TTg")],
[prov("Lai Châu"), com("Ka Lăng"), com("Tà Tổng")],
["Cổng thông tin điện tử tỉnh Lai Châu", "Tin tức - Sự kiện » Chính trị", "Toàn cảnh hội nghị sơ kết. Ảnh: Thu Hà",
 "Giê Sùa", "Dân vận khéo", "Lượt truy cập: 2.815"],
["08:15 | 10/07/2013", "38 đồng chí", "6 tháng đầu năm 2013", "6 tháng cuối năm", "Lượt truy cập: 2.815"]))

PAGES.append(page("b4592-dienbien-bdv-tongket-2014", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Trang chủ >> Chính trị >> Xây dựng Đảng
Thứ Sáu, 26/12/2014 - 07:45
Ảnh: Đồng chí Mùa A Sơn phát biểu chỉ đạo hội nghị.
Khối dân vận tổng kết: 1.280 hộ di dịch cư tự do được ổn định
(ĐBP) - Ngày 24/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2014, triển khai nhiệm vụ năm 2015. Dự hội nghị có đồng chí Mùa A Sơn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí Lò Văn Muôn, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Vừ A Bằng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, năm 2014 các cấp ủy đã lãnh đạo giải quyết cơ bản tình trạng di dịch cư tự do, tụ tập đông người ở huyện Mường Nhé; 1.280 hộ di dịch cư tự do được bố trí ổn định tại 12 điểm dân cư tập trung. Ban Dân vận Tỉnh ủy đã tham mưu ban hành Chỉ thị 15, 16-CT/TU về công tác vận động quần chúng ở vùng đồng bào Mông và về củng cố hệ thống chính trị cơ sở vùng biên giới; phối hợp triển khai Nghị quyết số 30a/2008/NQ-CP của Chính phủ về chương trình hỗ trợ giảm nghèo nhanh và bền vững đối với 62 huyện nghèo.
Các tổ công tác tăng cường về bản đã vận động 3.412 lượt người dân tham gia làm đường, làm thủy lợi; nhân dân hiến hơn 21.000 m2 đất, đóng góp khoảng 4,6 tỷ đồng xây dựng nông thôn mới. Tỷ lệ hộ nghèo toàn tỉnh Điện Biên giảm còn 38,7%. Tuy nhiên, hoạt động truyền đạo trái phép vẫn diễn biến phức tạp, phát sinh 4 điểm nhóm Tin Lành chưa được công nhận.
Tại hội nghị, ông Giàng A Dề, Bí thư Chi bộ bản Huổi Lụ 2, xã Chung Chải, kể lại việc vận động 19 hộ theo "Vương quốc Mông" trở về làm ăn. Bà Quàng Thị Ón, người Thái, Trưởng ban công tác Mặt trận bản Noong Bua, phường Noong Bua, chia sẻ mô hình "Bản không có tội phạm và tệ nạn xã hội". Ông Chang A Phử, HUV, Bí thư Đảng ủy xã Pa Tần, đề nghị hỗ trợ giống, vốn cho hộ mới đến.
Phát biểu chỉ đạo, đồng chí Mùa A Sơn biểu dương khối dân vận; yêu cầu năm 2015 tiếp tục quán triệt Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận, thực hiện tốt Quy chế dân chủ ở cơ sở, không để phát sinh "điểm nóng".
Dịp này, Ban Dân vận Tỉnh ủy trao giấy khen cho 17 tập thể và 24 cá nhân, trong đó có 9 người có uy tín người Mông, Khơ Mú, Cống. Đồng chí Lý Thị Mai, Chánh Văn phòng Ban Dân vận Tỉnh ủy, đọc quyết định khen thưởng.
Phạm Quang
Lượt xem: 1.562
Tin liên quan
- Mường Chà: giúp đỡ 45 hộ nghèo đón Tết (20/12/2014)
- Hội nghị người có uy tín huyện Mường Nhé (12/12/2014)
- Tuần Giáo sơ kết 3 năm thực hiện Chỉ thị 08-CT/TU (28/11/2014)
""", "2014-12-26", "Khối dân vận tổng kết: 1.280 hộ di dịch cư tự do được ổn định",
E("tong_ket", "2014", "2014-12-24"),
[P("Mùa A Sơn", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Lò Văn Muôn", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Vừ A Bằng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Dề", "Bí thư Chi bộ bản Huổi Lụ 2"),
 P("Quàng Thị Ón", "Trưởng ban công tác Mặt trận bản Noong Bua"),
 P("Chang A Phử", "HUV", "Bí thư Đảng ủy xã Pa Tần"),
 P("Lý Thị Mai", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("1.280 hộ di dịch cư tự do", 1280, "hộ di dịch cư tự do"), Q("12 điểm dân cư tập trung", 12, "điểm dân cư tập trung"),
 Q("62 huyện nghèo", 62, "huyện nghèo"), Q("3.412 lượt người dân", 3412, "lượt người dân"),
 Q("hơn 21.000 m2", 21000, "m2", "over"), Q("khoảng 4,6 tỷ đồng", 4600000000, "đồng", "approx"), Q("38,7%", 38.7, "%"),
 Q("4 điểm nhóm Tin Lành chưa được công nhận", 4, "điểm nhóm Tin Lành"), Q("19 hộ", 19, "hộ"),
 Q("17 tập thể", 17, "tập thể"), Q("24 cá nhân", 24, "cá nhân"), Q("9 người có uy tín", 9, "người có uy tín")],
[D("Chỉ thị", "15", "CT/TU", None, None, "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, None, "Chỉ thị 15, 16-CT/TU"),
 D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", "Nghị quyết số 30a/2008/NQ-CP"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013")],
[prov("Điện Biên"), com("Chung Chải"), com("Noong Bua"), com("Pa Tần")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Trang chủ >> Chính trị >> Xây dựng Đảng", "Ảnh: Đồng chí Mùa A Sơn phát biểu chỉ đạo hội nghị.",
 "(ĐBP)", "Vương quốc Mông", "Bản không có tội phạm và tệ nạn xã hội", "Lượt xem: 1.562"],
["Thứ Sáu, 26/12/2014 - 07:45", "năm 2014", "năm 2015", "Huổi Lụ 2", "Lượt xem: 1.562"]))

PAGES.append(page("b4593-sonla-mttq-giaoban-2015", """
Mặt trận Tổ quốc Việt Nam tỉnh Sơn La
Trang chủ › Tin tức › Hoạt động MTTQ các cấp
Ngày đăng 08/07/2015 | 15:20
Giao ban công tác Mặt trận quý II: vận động đồng bào Mông, Thái giảm nghèo
Ngày 7/7/2015, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức giao ban công tác Mặt trận quý II năm 2015 với Ủy ban MTTQ 12 huyện, thành phố. Bà Cầm Thị Phong, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; cùng dự có các ông, bà Phó Chủ tịch Ủy ban MTTQ tỉnh Lường Văn Thượng, Hà Thị Lả.
Quang cảnh buổi giao ban. Ảnh: Ngọc Anh
Báo cáo của Ban Thường trực cho biết, trong quý II, Mặt trận các cấp đã phối hợp tổ chức 46 hội nghị tuyên truyền Luật Mặt trận Tổ quốc Việt Nam năm 2015 cho trên 5.800 lượt người; vận động Quỹ "Vì người nghèo" được 1,26 tỷ đồng, hỗ trợ xây mới 63 nhà Đại đoàn kết cho hộ nghèo người Mông, Thái, Khơ Mú, Xinh Mun. Thực hiện Chương trình phối hợp số 04/CTr-MTTQ-BTT về giám sát, phản biện xã hội, Ủy ban MTTQ tỉnh đã giám sát việc thực hiện Quyết định số 2085/QĐ-TTg, 2086/QĐ-TTg của Thủ tướng Chính phủ tại 8 xã vùng III.
Ở huyện Mộc Châu, Ban công tác Mặt trận 29 bản đã vận động 410 hộ chuyển đổi từ trồng ngô trên đất dốc sang trồng cây ăn quả; ở huyện Sốp Cộp, 12 hộ người Mông theo đạo Tin Lành chưa đăng ký đã cam kết sinh hoạt đúng quy định. Ông Hờ A Chư, Chủ tịch Ủy ban MTTQ xã Chiềng Sơn, cho biết xã có 3 bản đạt bản văn hóa, tỷ lệ hộ nghèo giảm còn 24,5%.
Ý kiến tại giao ban phản ánh một số nơi còn hiện tượng người dân bỏ bản đi lao động tự do sang nước bạn, kết hôn không giá thú. Bà Lò Thị Hặc, Trưởng ban công tác Mặt trận bản Nà Tấu, xã Mường Bú, đề nghị tăng phụ cấp cho trưởng ban công tác Mặt trận ở khu dân cư, hiện chỉ khoảng 200.000 đồng/tháng.
Kết luận giao ban, bà Cầm Thị Phong đề nghị quý III tập trung triển khai Kế hoạch số 35-KH/TU của Ban Thường vụ Tỉnh ủy về tổ chức đại hội đảng bộ các cấp, chuẩn bị Đại hội đại biểu MTTQ tỉnh lần thứ XIII; phấn đấu mỗi huyện có ít nhất 2 mô hình "Khu dân cư tự quản" mới, tiếp tục vận động đồng bào không di cư tự do, không nghe theo kẻ xấu lợi dụng tín ngưỡng.
Cũng tại buổi giao ban, Ủy ban MTTQ huyện Phù Yên báo cáo kết quả vận động xây dựng "Nhà văn hóa bản" ở vùng tái định cư thủy điện; Ủy ban MTTQ huyện Sông Mã nêu kinh nghiệm phối hợp với đồn biên phòng tuyên truyền cho bà con người Mông ở các bản giáp biên. Ban Thường trực yêu cầu các huyện gửi báo cáo quý III trước ngày 25/9 để tổng hợp.
Ngọc Anh
Lượt xem: 538
Tin cùng chuyên mục
- Mường La: trao 14 nhà Đại đoàn kết (30/06/2015)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 11 (22/06/2015)
- Thuận Châu: gặp mặt chức sắc tôn giáo (15/06/2015)
""", "2015-07-08", "Giao ban công tác Mặt trận quý II: vận động đồng bào Mông, Thái giảm nghèo",
E("giao_ban", "2015-Q2", "2015-07-07"),
[P("Cầm Thị Phong", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lường Văn Thượng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"), P("Hà Thị Lả", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hờ A Chư", "Chủ tịch Ủy ban MTTQ xã Chiềng Sơn"),
 P("Lò Thị Hặc", "Trưởng ban công tác Mặt trận bản Nà Tấu")],
[Q("12 huyện, thành phố", 12, "huyện, thành phố"), Q("46 hội nghị", 46, "hội nghị"),
 Q("trên 5.800 lượt người", 5800, "lượt người", "over"), Q("1,26 tỷ đồng", 1260000000, "đồng"),
 Q("63 nhà Đại đoàn kết", 63, "nhà Đại đoàn kết"), Q("8 xã vùng III", 8, "xã vùng III"), Q("29 bản", 29, "bản"),
 Q("410 hộ", 410, "hộ"), Q("12 hộ", 12, "hộ"), Q("3 bản", 3, "bản"), Q("24,5%", 24.5, "%"),
 Q("khoảng 200.000 đồng", 200000, "đồng", "approx"), Q("ít nhất 2 mô hình", 2, "mô hình", "over")],
[D("Chương trình phối hợp", "04", "CTr-MTTQ-BTT", None, None, "Chương trình phối hợp số 04/CTr-MTTQ-BTT"),
 D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg"),
 D("Quyết định", "2086", "QĐ-TTg", None, "Thủ tướng Chính phủ", "2086/QĐ-TTg"),
 D("Kế hoạch", "35", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 35-KH/TU")],
[prov("Sơn La"), com("Chiềng Sơn"), com("Mường Bú")],
["Mặt trận Tổ quốc Việt Nam tỉnh Sơn La", "Trang chủ › Tin tức › Hoạt động MTTQ các cấp", "Quang cảnh buổi giao ban. Ảnh: Ngọc Anh",
 "Luật Mặt trận Tổ quốc Việt Nam", "Vì người nghèo", "Khu dân cư tự quản", "Lượt xem: 538"],
["Ngày đăng 08/07/2015 | 15:20", "quý II năm 2015", "quý III", "lần thứ XIII", "năm 2015", "trước ngày 25/9", "Lượt xem: 538"]))

PAGES.append(page("b4594-caobang-bdv-taphuan-2016", """
Ban Dân vận Tỉnh ủy Cao Bằng - Trang thông tin điện tử
Bạn đang ở: Trang chủ | Tin hoạt động | Dân vận cơ sở
23-09-2016 10:05
Bồi dưỡng nghiệp vụ dân vận cho 180 bí thư chi bộ, trưởng xóm vùng đồng bào dân tộc
Trong 2 ngày 21 và 22/9/2016, Ban Dân vận Tỉnh ủy phối hợp Trường Chính trị Hoàng Đình Giong mở lớp tập huấn nghiệp vụ công tác dân vận năm 2016 cho 180 bí thư chi bộ, trưởng xóm của 5 huyện Bảo Lạc, Bảo Lâm, Hà Quảng, Thông Nông, Nguyên Bình. Đồng chí Nông Thị Lệ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy dự và phát biểu khai mạc.
Đồng chí Nông Thị Lệ phát biểu khai mạc lớp tập huấn.
Các học viên được nghe đồng chí Hoàng Văn Đàm, Phó Trưởng Ban Dân vận Tỉnh ủy quán triệt Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền; đồng chí Lục Thị Hoa, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy giới thiệu tình hình tôn giáo, nhất là hoạt động của "Hội thánh Đức Chúa Trời" và "Dương Văn Mình" ở vùng đồng bào Mông. Theo số liệu, toàn tỉnh có 38 xóm với 1.107 hộ người Mông theo "Dương Văn Mình", tập trung ở Bảo Lạc, Bảo Lâm.
Học viên cũng được hướng dẫn kỹ năng nắm tình hình, xử lý 5 tình huống thường gặp ở cơ sở như tranh chấp đất đai, tảo hôn, tang ma kéo dài. Ông Lý Văn Páo, người Dao, Bí thư Chi bộ xóm Nà Sa, xã Yên Thổ, cho biết: "Xóm có 64 hộ thì 41 hộ là hộ nghèo, nếu không gần dân thì không vận động được gì".
Ông Thào A Vảng, Trưởng xóm Cốc Phát, xã Đức Hạnh, chia sẻ kinh nghiệm vận động 23 hộ Mông bỏ việc làm nhà mồ, đám ma kéo dài 7 ngày. Bà Hoàng Thị Nhị, HUV, Trưởng Ban Dân vận Huyện ủy Bảo Lâm, nói thêm huyện đã xây dựng 12 mô hình "Dân vận khéo" gắn với Chương trình 135.
Theo Hướng dẫn số 09-HD/BDVTU của Ban Dân vận Tỉnh ủy, sau tập huấn mỗi bí thư chi bộ sẽ xây dựng kế hoạch vận động ở xóm mình; kinh phí mở lớp khoảng 126 triệu đồng từ ngân sách tỉnh. Năm 2016, Ban dự kiến mở thêm 3 lớp cho khoảng 400 học viên ở các huyện còn lại.
Bế mạc lớp tập huấn, đồng chí Nông Thị Lệ đề nghị các học viên người Tày, Nùng, Dao, Mông, Sán Chỉ, Lô Lô vận dụng ngay kiến thức vào thực tế; thường xuyên gặp gỡ người có uy tín, già làng, thầy mo, thầy cúng để nắm tâm tư; kịp thời báo cáo cấp ủy khi xuất hiện người lạ vào xóm tuyên truyền đạo, kích động bà con bỏ đi nơi khác. 100% học viên đã hoàn thành bài thu hoạch cuối khóa.
Bế Thu
Lượt xem: 427
Tin khác
- Hà Quảng: gặp mặt người có uy tín (15/09/2016)
- Sơ kết 6 tháng công tác dân vận (14/07/2016)
- Thông Nông: 11 hộ trở về sinh hoạt tôn giáo đúng pháp luật (30/06/2016)
""", "2016-09-23", "Bồi dưỡng nghiệp vụ dân vận cho 180 bí thư chi bộ, trưởng xóm vùng đồng bào dân tộc",
E("tap_huan", "2016", "2016-09-21"),
[P("Nông Thị Lệ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Đàm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Thị Hoa", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Lý Văn Páo", "Bí thư Chi bộ xóm Nà Sa"),
 P("Thào A Vảng", "Trưởng xóm Cốc Phát"),
 P("Hoàng Thị Nhị", "HUV", "Trưởng Ban Dân vận Huyện ủy Bảo Lâm")],
[Q("180 bí thư chi bộ, trưởng xóm", 180, "bí thư chi bộ, trưởng xóm"), Q("5 huyện", 5, "huyện"),
 Q("38 xóm", 38, "xóm"), Q("1.107 hộ người Mông", 1107, "hộ người Mông"), Q("5 tình huống", 5, "tình huống"),
 Q("64 hộ", 64, "hộ"), Q("41 hộ là hộ nghèo", 41, "hộ"), Q("23 hộ Mông", 23, "hộ Mông"),
 Q("12 mô hình", 12, "mô hình"), Q("khoảng 126 triệu đồng", 126000000, "đồng", "approx"), Q("3 lớp", 3, "lớp"),
 Q("khoảng 400 học viên", 400, "học viên", "approx"), Q("100% học viên", 100, "%")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU")],
[prov("Cao Bằng"), com("Yên Thổ"), com("Đức Hạnh")],
["Ban Dân vận Tỉnh ủy Cao Bằng - Trang thông tin điện tử", "Bạn đang ở: Trang chủ | Tin hoạt động | Dân vận cơ sở",
 "Đồng chí Nông Thị Lệ phát biểu khai mạc lớp tập huấn.", "Trường Chính trị Hoàng Đình Giong", "Hội thánh Đức Chúa Trời",
 "Dương Văn Mình", "Dân vận khéo", "Chương trình 135", "Lượt xem: 427"],
["23-09-2016 10:05", "2 ngày", "năm 2016", "7 ngày", "Chương trình 135", "Lượt xem: 427"]))
