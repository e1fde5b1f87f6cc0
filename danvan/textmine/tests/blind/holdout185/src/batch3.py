from lib import *
PAGES = []

PAGES.append(page("b4409-bacgiang-quantriet-2021", """
BAN DÂN VẬN TỈNH ỦY BẮC GIANG
Bạn đang ở: Trang chủ > Tin tức > Hoạt động của Ban
Cập nhật: 14:30, 22/09/2021 (GMT+7)
Học tập, quán triệt Quyết định 23-QĐ/TW ban hành Quy chế công tác dân vận của hệ thống chính trị
Sáng 21/9, Ban Thường vụ Tỉnh ủy Bắc Giang tổ chức hội nghị trực tuyến học tập, quán triệt Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương Đảng ban hành Quy chế công tác dân vận của hệ thống chính trị và Kế hoạch số 73-KH/TU ngày 10/9/2021 của Ban Thường vụ Tỉnh ủy triển khai thực hiện. Hội nghị được kết nối tới 230 điểm cầu cấp huyện, cấp xã với hơn 9.800 cán bộ, đảng viên tham dự.
Quang cảnh hội nghị tại điểm cầu Tỉnh ủy. Ảnh: Lệ Thu
Dự tại điểm cầu Tỉnh ủy có đồng chí Lê Thị Thu Hằng, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Thân Văn Khải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Nguyễn Văn Gấu, Hoàng Thị Tiến.
Tại hội nghị, đồng chí Thân Văn Khải trực tiếp quán triệt những điểm mới của Quy chế: Quyết định 23-QĐ/TW thay thế Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị, gồm 5 chương, 30 điều, bổ sung trách nhiệm của người đứng đầu và quy định rõ công tác dân vận của lực lượng vũ trang. Đồng chí Vi Thị Thu Thủy, Phó Trưởng Ban Dân vận Tỉnh ủy hướng dẫn xây dựng quy chế ở cấp huyện, cấp xã theo Hướng dẫn số 41-HD/BDVTW ngày 15/9/2021 của Ban Dân vận Trung ương.
Theo Kế hoạch số 73-KH/TU, trước ngày 31/12/2021, 10/10 huyện ủy, thành ủy và 100% đảng ủy cấp xã phải ban hành quy chế công tác dân vận mới; đến năm 2025, ít nhất 90% cơ quan, đơn vị xây dựng được mô hình "Dân vận khéo". Khối dân vận tiếp tục thực hiện Nghị quyết số 111-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về công tác dân vận giai đoạn 2021 - 2025 và Chỉ thị 08, 09-CT/TU về phòng, chống dịch Covid-19 ở khu dân cư, khu công nghiệp.
Trước đó, trong đợt dịch từ tháng 5/2021, hệ thống chính trị đã vận động gần 150.000 công nhân tại 6 khu công nghiệp thực hiện "3 tại chỗ"; nhân dân và doanh nghiệp ủng hộ trên 320 tỷ đồng và 1.200 tấn nông sản.
Phát biểu kết luận, đồng chí Lê Thị Thu Hằng yêu cầu các cấp ủy, người đứng đầu quán triệt nghiêm túc, gắn với Nghị quyết Đại hội XIII của Đảng, Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị; hằng năm đối thoại với nhân dân ít nhất 1 lần.
Lệ Thu
Lượt xem: 985
Tin liên quan
- Lục Ngạn đối thoại với nông dân trồng vải thiều (12/09/2021)
- Tập huấn nghiệp vụ dân vận cho cán bộ cơ sở (30/08/2021)
- Giao ban công tác dân vận 6 tháng đầu năm 2021 (15/07/2021)
""", "2021-09-22", "Học tập, quán triệt Quyết định 23-QĐ/TW ban hành Quy chế công tác dân vận của hệ thống chính trị",
E("hoi_nghi", None, "2021-09-21"),
[P("Lê Thị Thu Hằng", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Thân Văn Khải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Gấu", "Ủy viên Ban Thường vụ Tỉnh ủy"),
 P("Hoàng Thị Tiến", "Ủy viên Ban Thường vụ Tỉnh ủy"),
 P("Vi Thị Thu Thủy", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("230 điểm cầu cấp huyện, cấp xã", 230, "điểm cầu cấp huyện, cấp xã"), Q("hơn 9.800 cán bộ, đảng viên", 9800, "cán bộ, đảng viên", "over"),
 Q("5 chương", 5, "chương"), Q("30 điều", 30, "điều"), Q("10/10 huyện ủy, thành ủy", 10, "huyện ủy, thành ủy"),
 Q("100% đảng ủy cấp xã", 100, "%"), Q("ít nhất 90%", 90, "%", "over"), Q("gần 150.000 công nhân", 150000, "công nhân", "approx"),
 Q("6 khu công nghiệp", 6, "khu công nghiệp"), Q("trên 320 tỷ đồng", 320000000000, "đồng", "over"), Q("1.200 tấn", 1200, "tấn")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương Đảng", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "73", "KH/TU", "2021-09-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 73-KH/TU ngày 10/9/2021"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Hướng dẫn", "41", "HD/BDVTW", "2021-09-15", "Ban Dân vận Trung ương", "Hướng dẫn số 41-HD/BDVTW ngày 15/9/2021"),
 D("Nghị quyết", "111", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 111-NQ/TU"),
 D("Chỉ thị", "08", "CT/TU", None, None, "Chỉ thị 08, 09-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, None, "Chỉ thị 08, 09-CT/TU"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021")],
[prov("Bắc Giang")],
["BAN DÂN VẬN TỈNH ỦY BẮC GIANG", "Bạn đang ở: Trang chủ > Tin tức > Hoạt động của Ban",
 "Quang cảnh hội nghị tại điểm cầu Tỉnh ủy. Ảnh: Lệ Thu", "Quy chế công tác dân vận của hệ thống chính trị", "Dân vận khéo",
 "3 tại chỗ", "Nghị quyết Đại hội XIII của Đảng", "Lượt xem: 985"],
["Cập nhật: 14:30, 22/09/2021 (GMT+7)", "31/12/2021", "năm 2025", "giai đoạn 2021 - 2025", "tháng 5/2021", "3 tại chỗ", "Đại hội XIII",
 "ít nhất 1 lần", "Covid-19", "Lượt xem: 985"]))

PAGES.append(page("b4410-kontum-kehoach-2021", """
HUYỆN ỦY ĐĂK TÔ - ĐẢNG BỘ TỈNH KON TUM
Trang chủ » Văn bản chỉ đạo » Tin hoạt động
05-11-2021 16:45
Huyện ủy Đăk Tô ban hành Nghị quyết chuyên đề và 3 kế hoạch thực hiện công tác dân vận giai đoạn 2021 - 2025
Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI và Nghị quyết số 06-NQ/TU ngày 20/4/2021 của Ban Chấp hành Đảng bộ tỉnh về tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số, ngày 29/10/2021, Ban Chấp hành Đảng bộ huyện Đăk Tô đã ban hành Nghị quyết chuyên đề số 12-NQ/HU; Ban Thường vụ Huyện ủy ban hành các Kế hoạch số 48, 49, 50-KH/HU triển khai Quyết định 23-QĐ/TW của Ban Chấp hành Trung ương và Chương trình hành động số 09-CTr/TU của Tỉnh ủy.
Nghị quyết đặt mục tiêu đến năm 2025: 100% thôn, làng có tổ dân vận hoạt động hiệu quả; mỗi năm mỗi xã, thị trấn có từ 3 mô hình "Dân vận khéo" trở lên; tỷ lệ hộ nghèo giảm bình quân trên 3%/năm; 80% người có uy tín được bồi dưỡng kiến thức về công tác vận động quần chúng; không để xảy ra điểm nóng về an ninh nông thôn.
Theo đồng chí A Pươi, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện, hiện huyện có 9 xã, thị trấn với 73 thôn, làng, trong đó đồng bào Xơ Đăng, Ba Na chiếm trên 62% dân số. Giai đoạn 2016 - 2020, toàn huyện xây dựng 126 mô hình "Dân vận khéo", vận động đồng bào hiến 31.500 m2 đất, góp khoảng 8.900 ngày công làm 47 km đường giao thông; tỷ lệ hộ nghèo giảm từ 26,14% xuống còn 11,3%. Toàn huyện hiện có 85 người có uy tín, trong đó có 41 già làng.
Theo kế hoạch, tháng 11/2021 các xã Đăk Trăm, Văn Lem, Ngọk Tụ tổ chức hội nghị quán triệt cho cán bộ, đảng viên và người có uy tín. Các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Y Thị Bích Hằng, A Sang được phân công theo dõi, đôn đốc từng cụm xã. Đồng chí Y Lan, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện yêu cầu các chi bộ thôn, làng đưa nội dung dân vận vào sinh hoạt chuyên đề ít nhất 1 lần/quý.
Kèm theo Nghị quyết là 4 chỉ tiêu cụ thể về phát triển đảng viên: mỗi năm kết nạp ít nhất 35 đảng viên mới là người dân tộc thiểu số, 100% thôn, làng có đảng viên. UBND huyện ban hành Quyết định số 1548/QĐ-UBND ngày 02/11/2021 phân bổ 450 triệu đồng hỗ trợ hoạt động của tổ dân vận thôn, mỗi tổ 6 triệu đồng/năm.
Ông A Nhong, già làng, người có uy tín làng Kon Đao, xã Văn Lem, phấn khởi: "Nghị quyết nói đúng điều dân làng mong, có đường, có nước sạch thì không ai nghe kẻ xấu xúi giục".
Y Duyên
Lượt xem: 376
Tin khác
- Đăk Tô tổng kết 5 năm thực hiện Chỉ thị 49 (15/10/2021)
- Gặp mặt người có uy tín các xã vùng biên (27/09/2021)
""", "2021-11-05", "Huyện ủy Đăk Tô ban hành Nghị quyết chuyên đề và 3 kế hoạch thực hiện công tác dân vận giai đoạn 2021 - 2025",
E("khac", None, None),
[P("A Pươi", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Y Thị Bích Hằng", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("A Sang", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Y Lan", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("A Nhong", "già làng", "người có uy tín làng Kon Đao")],
[Q("3 kế hoạch", 3, "kế hoạch"), Q("100% thôn, làng", 100, "%"), Q("từ 3 mô hình", 3, "mô hình", "over"), Q("trên 3%/năm", 3, "%", "over"),
 Q("80% người có uy tín", 80, "%"), Q("9 xã, thị trấn", 9, "xã, thị trấn"), Q("73 thôn, làng", 73, "thôn, làng"),
 Q("trên 62%", 62, "%", "over"), Q("126 mô hình", 126, "mô hình"), Q("31.500 m2", 31500, "m2"),
 Q("khoảng 8.900 ngày công", 8900, "ngày công", "approx"), Q("47 km", 47, "km"), Q("26,14%", 26.14, "%"), Q("11,3%", 11.3, "%"),
 Q("85 người có uy tín", 85, "người có uy tín"), Q("41 già làng", 41, "già làng"), Q("4 chỉ tiêu", 4, "chỉ tiêu"),
 Q("ít nhất 35 đảng viên mới", 35, "đảng viên mới", "over"), Q("450 triệu đồng", 450000000, "đồng"), Q("6 triệu đồng/năm", 6000000, "đồng")],
[D("Nghị quyết", "06", "NQ/TU", "2021-04-20", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 06-NQ/TU ngày 20/4/2021"),
 D("Nghị quyết", "12", "NQ/HU", "2021-10-29", "Ban Chấp hành Đảng bộ huyện Đăk Tô", "Nghị quyết chuyên đề số 12-NQ/HU"),
 D("Kế hoạch", "48", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 48, 49, 50-KH/HU"),
 D("Kế hoạch", "49", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 48, 49, 50-KH/HU"),
 D("Kế hoạch", "50", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 48, 49, 50-KH/HU"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định 23-QĐ/TW"),
 D("Chương trình hành động", "09", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 09-CTr/TU"),
 D("Quyết định", "1548", "QĐ-UBND", "2021-11-02", "UBND huyện", "Quyết định số 1548/QĐ-UBND ngày 02/11/2021")],
[prov("Kon Tum"), com("Đăk Trăm"), com("Văn Lem"), com("Ngọk Tụ")],
["HUYỆN ỦY ĐĂK TÔ - ĐẢNG BỘ TỈNH KON TUM", "Trang chủ » Văn bản chỉ đạo » Tin hoạt động",
 "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI", "Dân vận khéo", "Lượt xem: 376"],
["05-11-2021 16:45", "giai đoạn 2021 - 2025", "lần thứ XVI", "năm 2025", "Giai đoạn 2016 - 2020", "tháng 11/2021", "ít nhất 1 lần/quý", "Lượt xem: 376"]))

PAGES.append(page("b4411-tuyenquang-giaoban-2022", """
Báo Tuyên Quang điện tử
Chính trị › Dân vận
08:15 | 31/03/2022
Giao ban khối dân vận quý I: đẩy mạnh thực hiện Kết luận 01-KL/TW, Chỉ thị 05, 06-CT/TU
Ngày 30/3, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý I năm 2022. Đồng chí Ma Thế Cường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì. Dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hà Thị Thu, Lý Văn Minh và lãnh đạo Ban Dân vận 7 huyện ủy, thành ủy; đảng đoàn, ban cán sự đảng các đoàn thể tỉnh.
Đồng chí Ma Thế Cường phát biểu tại hội nghị giao ban.
Quý I, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 86-KH/TU ngày 12/01/2022 sơ kết 1 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; tham mưu Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong thực hiện các chương trình mục tiêu quốc gia và về vận động nhân dân hiến đất làm đường giao thông nông thôn; ban hành các Công văn số 412, 415-CV/BDVTU hướng dẫn xây dựng mô hình "Dân vận khéo" năm 2022.
Các cấp đã tổ chức 1.116 hội nghị học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Quyết định 23-QĐ/TW; thăm, tặng 8.940 suất quà Tết cho hộ nghèo, người có uy tín trị giá gần 4,5 tỷ đồng. Nhân dân hiến 86.400 m2 đất, tháo dỡ 2.150 m tường rào để làm 64 km đường bê tông. Khối dân vận nắm tình hình 2 vụ việc phức tạp về tôn giáo ở xã Yên Thuận, xã Phù Lưu.
Thảo luận tại hội nghị, đồng chí Bàn Văn Lịch, HUV, Trưởng Ban Dân vận Huyện ủy Na Hang cho biết huyện đã vận động 152 hộ dân tộc Dao, Mông di dời khỏi vùng sạt lở; bà Hoàng Thị Nhài, Phó Chủ tịch Ủy ban MTTQ tỉnh kiến nghị sớm ban hành quy định hỗ trợ người có uy tín theo Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ.
Đồng chí Nguyễn Thị Hoài, Chủ tịch Hội LHPN tỉnh, cho biết trong quý các cấp hội đã ra mắt 18 câu lạc bộ "Gia đình 5 không, 3 sạch", giúp 240 hội viên nghèo vay trên 7,2 tỷ đồng từ nguồn vốn ủy thác; đồng chí Quan Văn Tùng, Chủ tịch Hội Nông dân tỉnh, đề nghị phối hợp tuyên truyền việc chuyển đổi 1.500 ha đất trồng ngô kém hiệu quả sang trồng cây ăn quả có múi.
Kết luận giao ban, đồng chí Ma Thế Cường đề nghị quý II tập trung tổng kết 10 năm thực hiện Nghị quyết 25-NQ/TW (theo Hướng dẫn số 52-HD/BDVTW của Ban Dân vận Trung ương), phấn đấu 100% xã công nhận ít nhất 1 mô hình; chuẩn bị hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân tại 3 huyện Lâm Bình, Chiêm Hóa, Hàm Yên.
Toàn cảnh giao ban. Ảnh: Trịnh Nam
Trịnh Nam
Tin cùng chuyên mục
- Sơn Dương ra mắt 14 mô hình "Dân vận khéo" (25/03/2022)
- Tổng kết công tác dân vận năm 2021 (20/12/2021)
""", "2022-03-31", "Giao ban khối dân vận quý I: đẩy mạnh thực hiện Kết luận 01-KL/TW, Chỉ thị 05, 06-CT/TU",
E("giao_ban", "2022-Q1", "2022-03-30"),
[P("Ma Thế Cường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Thị Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Văn Minh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bàn Văn Lịch", "HUV", "Trưởng Ban Dân vận Huyện ủy Na Hang"),
 P("Hoàng Thị Nhài", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Hoài", "Chủ tịch Hội LHPN tỉnh"), P("Quan Văn Tùng", "Chủ tịch Hội Nông dân tỉnh")],
[Q("7 huyện ủy, thành ủy", 7, "huyện ủy, thành ủy"), Q("1.116 hội nghị học tập, quán triệt", 1116, "hội nghị học tập, quán triệt"),
 Q("8.940 suất quà", 8940, "suất quà"), Q("gần 4,5 tỷ đồng", 4500000000, "đồng", "approx"), Q("86.400 m2", 86400, "m2"),
 Q("2.150 m", 2150, "m"), Q("64 km", 64, "km"), Q("2 vụ việc phức tạp về tôn giáo", 2, "vụ việc phức tạp về tôn giáo"),
 Q("152 hộ dân tộc Dao, Mông", 152, "hộ dân tộc Dao, Mông"), Q("100% xã", 100, "%"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"),
 Q("3 huyện", 3, "huyện"), Q("18 câu lạc bộ", 18, "câu lạc bộ"), Q("240 hội viên nghèo", 240, "hội viên nghèo"),
 Q("trên 7,2 tỷ đồng", 7200000000, "đồng", "over"), Q("1.500 ha", 1500, "ha")],
[D("Kế hoạch", "86", "KH/TU", "2022-01-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 86-KH/TU ngày 12/01/2022"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Công văn", "412", "CV/BDVTU", None, None, "Công văn số 412, 415-CV/BDVTU"),
 D("Công văn", "415", "CV/BDVTU", None, None, "Công văn số 412, 415-CV/BDVTU"),
 D("Quyết định", "23", "QĐ/TW", None, None, "Quyết định 23-QĐ/TW"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW"),
 D("Hướng dẫn", "52", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 52-HD/BDVTW")],
[prov("Tuyên Quang"), com("Yên Thuận"), com("Phù Lưu")],
["Báo Tuyên Quang điện tử", "Chính trị › Dân vận", "Đồng chí Ma Thế Cường phát biểu tại hội nghị giao ban.", "Dân vận khéo",
 "Nghị quyết Đại hội XIII của Đảng", "Toàn cảnh giao ban. Ảnh: Trịnh Nam", "Gia đình 5 không, 3 sạch"],
["08:15 | 31/03/2022", "quý I năm 2022", "1 năm", "năm 2022", "10 năm", "quý II", "Đại hội XIII", "5 không, 3 sạch"]))

PAGES.append(page("b4412-bentre-doithoai-2022", """
BÁO ĐỒNG KHỞI ONLINE
Trang chủ | Chính trị | Xây dựng Đảng - Dân vận
Thứ Năm, 27/10/2022, 17:05
Bí thư Tỉnh ủy đối thoại với cán bộ, hội viên nông dân năm 2022
Chiều 26/10/2022, tại Hội trường Tỉnh ủy, Ban Thường vụ Tỉnh ủy phối hợp Hội Nông dân tỉnh tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy với cán bộ, hội viên nông dân năm 2022 theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương và Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân. Đồng chí Lê Văn Thuận, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy chủ trì; cùng dự có 250 đại biểu là cán bộ hội, nông dân tiêu biểu từ 9 huyện, thành phố.
Đồng chí Bí thư Tỉnh ủy giải đáp ý kiến của nông dân. Ảnh: Cẩm Trúc
Báo cáo của Hội Nông dân tỉnh cho biết, thực hiện Kết luận số 61-KL/TW ngày 03/8/2009 của Ban Bí thư và Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam giai đoạn 2010 - 2020", Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 93, 94-KH/TU và chỉ đạo 9/9 huyện ủy, thành ủy cụ thể hóa. Năm 2022, các cấp hội vận động 24.650 hộ đăng ký hộ sản xuất, kinh doanh giỏi; xây dựng 312 tổ hợp tác, 46 hợp tác xã; phối hợp giải ngân 215,6 tỷ đồng vốn vay ủy thác cho 6.120 hộ. Toàn tỉnh có 1.840 hộ bị ảnh hưởng xâm nhập mặn được hỗ trợ 2 triệu đồng mỗi hộ.
Tại buổi đối thoại, 17 ý kiến của nông dân tập trung vào giá vật tư đầu vào tăng, đầu ra của dừa, bưởi da xanh, chính sách tích tụ ruộng đất. Ông Huỳnh Văn Bé, nông dân xã Phú Phụng, huyện Chợ Lách đề nghị hỗ trợ chứng nhận VietGAP; bà Nguyễn Thị Kim Cương, Chi hội trưởng nông dân ấp 4, xã An Thủy, kiến nghị nạo vét kênh thủy lợi.
Đồng chí Lê Văn Thuận và các đồng chí: Trần Quang Hiếu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Nguyễn Thị Yến Oanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy trực tiếp trả lời các ý kiến. Đồng chí Bí thư Tỉnh ủy khẳng định tỉnh sẽ chỉ đạo thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về nông nghiệp, nông dân, nông thôn; giao UBND tỉnh trong quý IV nghiên cứu cơ chế hỗ trợ liên kết tiêu thụ theo Nghị định 98/2018/NĐ-CP của Chính phủ, hoàn thành nạo vét 25 tuyến kênh trước mùa khô.
Trước buổi đối thoại, Ban Dân vận Tỉnh ủy Bến Tre đã tổng hợp 43 ý kiến, kiến nghị gửi qua 9 Hội Nông dân cấp huyện; đến nay 38 ý kiến đã được các sở, ngành trả lời bằng văn bản, đạt 88,4%.
Trương Cẩm Trúc
Lượt xem: 1.512
Tin liên quan
- Giồng Trôm: đối thoại với hội viên phụ nữ (18/10/2022)
- Ban Dân vận Tỉnh ủy giao ban quý III (05/10/2022)
""", "2022-10-27", "Bí thư Tỉnh ủy đối thoại với cán bộ, hội viên nông dân năm 2022",
E("doi_thoai", "2022", "2022-10-26"),
[P("Lê Văn Thuận", "Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Huỳnh Văn Bé"),
 P("Nguyễn Thị Kim Cương", "Chi hội trưởng nông dân ấp 4"),
 P("Trần Quang Hiếu", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Yến Oanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("250 đại biểu", 250, "đại biểu"), Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("9/9 huyện ủy, thành ủy", 9, "huyện ủy, thành ủy"),
 Q("24.650 hộ", 24650, "hộ"), Q("312 tổ hợp tác", 312, "tổ hợp tác"), Q("46 hợp tác xã", 46, "hợp tác xã"),
 Q("215,6 tỷ đồng", 215600000000, "đồng"), Q("6.120 hộ", 6120, "hộ"), Q("1.840 hộ", 1840, "hộ"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("17 ý kiến", 17, "ý kiến"), Q("25 tuyến kênh", 25, "tuyến kênh"),
 Q("43 ý kiến, kiến nghị", 43, "ý kiến, kiến nghị"), Q("9 Hội Nông dân cấp huyện", 9, "Hội Nông dân cấp huyện"),
 Q("38 ý kiến", 38, "ý kiến"), Q("88,4%", 88.4, "%")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/02/2019"),
 D("Kết luận", "61", "KL/TW", "2009-08-03", "Ban Bí thư", "Kết luận số 61-KL/TW ngày 03/8/2009"),
 D("Kế hoạch", "93", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 93, 94-KH/TU"),
 D("Kế hoạch", "94", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 93, 94-KH/TU"),
 D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương", "Nghị quyết số 19-NQ/TW ngày 16/6/2022"),
 D("Nghị định", "98", "2018/NĐ-CP", None, "Chính phủ", "Nghị định 98/2018/NĐ-CP")],
[prov("Bến Tre"), com("Phú Phụng"), com("An Thủy")],
["BÁO ĐỒNG KHỞI ONLINE", "Trang chủ | Chính trị | Xây dựng Đảng - Dân vận", "Đồng chí Bí thư Tỉnh ủy giải đáp ý kiến của nông dân. Ảnh: Cẩm Trúc",
 "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam giai đoạn 2010 - 2020",
 "VietGAP", "Lượt xem: 1.512"],
["Thứ Năm, 27/10/2022, 17:05", "năm 2022", "Năm 2022", "giai đoạn 2010 - 2020", "quý IV", "ấp 4", "Lượt xem: 1.512"]))

PAGES.append(page("b4413-quangnam-tongket-2023", """
BÁO QUẢNG NAM ONLINE
Trang chủ / Chính trị / Xây dựng Đảng
Ngày đăng 12/05/2023 | 16:20
Quảng Nam: 10 năm thực hiện Nghị quyết 25, nhân dân đóng góp hơn 12.000 tỷ đồng xây dựng nông thôn mới
(QNO) - Sáng 11/5, Tỉnh ủy Quảng Nam tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới, Chương trình hành động số 18-CTr/TU của Tỉnh ủy và 5 năm thực hiện Kết luận 43-KL/TW của Ban Bí thư. Đồng chí Phan Thái Bình, Phó Bí thư Tỉnh ủy chủ trì.
Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến 18 điểm cầu huyện, thị xã, thành phố với hơn 1.200 đại biểu tham dự.
Quang cảnh hội nghị tại điểm cầu Tỉnh ủy. Ảnh: Văn Phin
Báo cáo do đồng chí Nguyễn Thị Hoàng Anh, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy trình bày cho biết, 10 năm qua Ban Thường vụ Tỉnh ủy đã ban hành 36 văn bản lãnh đạo, chỉ đạo về công tác dân vận, tiêu biểu là các Chỉ thị số 11, 12, 27-CT/TU; Nghị quyết số 06-NQ/TU về phát triển kinh tế - xã hội miền núi gắn với công tác dân vận; Quy định số 1012-QĐ/TU về trách nhiệm người đứng đầu trong tiếp dân, đối thoại. Cấp ủy cấp huyện ban hành 417 văn bản, cấp xã trên 2.600 văn bản.
Nhân dân đã đóng góp hơn 12.000 tỷ đồng, hiến trên 4,5 triệu m2 đất xây dựng nông thôn mới; toàn tỉnh có 139/193 xã đạt chuẩn nông thôn mới, 37 xã đạt chuẩn nâng cao. Phong trào thi đua "Dân vận khéo" có 5.216 mô hình, điển hình, trong đó 604 mô hình, điển hình cấp tỉnh. Vùng đồng bào Cơ Tu, Xơ Đăng, Giẻ Triêng có 265 người có uy tín tham gia vận động hơn 1.900 hộ bỏ tục lệ lạc hậu.
Tham luận tại hội nghị, đồng chí Bhling Mia, Tỉnh ủy viên, Bí thư Huyện ủy Tây Giang chia sẻ việc vận động đồng bào hiến 820 ha đất rừng; đồng chí Alăng Thị Nhung, Chủ tịch Hội LHPN xã A Xan, nói về mô hình "Phụ nữ Cơ Tu giữ rừng". Ông Zơ Râm Ba, già làng thôn Ga Ry, xã Ch'ơm, được biểu dương tại hội nghị.
Phát biểu kết luận, đồng chí Phan Thái Bình yêu cầu Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành kết luận về tiếp tục thực hiện Nghị quyết 25 trong giai đoạn mới, triển khai Kết luận số 54-KL/TW ngày 07/4/2023 của Ban Bí thư và Quyết định số 99-QĐ/TW; phấn đấu đến năm 2025 mỗi cơ quan nhà nước có ít nhất 1 mô hình dân vận chính quyền.
Dịp này, UBND tỉnh tặng bằng khen cho 20 tập thể và 25 cá nhân; mỗi tập thể được thưởng 2,5 triệu đồng.
Văn Phin
Tin liên quan
- Núi Thành đối thoại với công nhân (05/05/2023)
- Tiên Phước tổng kết 10 năm Nghị quyết 25 (20/04/2023)
""", "2023-05-12", "Quảng Nam: 10 năm thực hiện Nghị quyết 25, nhân dân đóng góp hơn 12.000 tỷ đồng xây dựng nông thôn mới",
E("tong_ket", None, "2023-05-11"),
[P("Phan Thái Bình", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Thị Hoàng Anh", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Bhling Mia", "Tỉnh ủy viên", "Bí thư Huyện ủy Tây Giang"),
 P("Alăng Thị Nhung", "Chủ tịch Hội LHPN xã A Xan"),
 P("Zơ Râm Ba", "già làng thôn Ga Ry")],
[Q("18 điểm cầu huyện, thị xã, thành phố", 18, "điểm cầu huyện, thị xã, thành phố"), Q("hơn 1.200 đại biểu", 1200, "đại biểu", "over"),
 Q("36 văn bản lãnh đạo, chỉ đạo", 36, "văn bản lãnh đạo, chỉ đạo"), Q("417 văn bản", 417, "văn bản"), Q("trên 2.600 văn bản", 2600, "văn bản", "over"),
 Q("hơn 12.000 tỷ đồng", 12000000000000, "đồng", "over"), Q("trên 4,5 triệu m2", 4500000, "m2", "over"), Q("139/193 xã", 139, "xã"),
 Q("37 xã", 37, "xã"), Q("5.216 mô hình, điển hình", 5216, "mô hình, điển hình"), Q("604 mô hình, điển hình cấp tỉnh", 604, "mô hình, điển hình cấp tỉnh"),
 Q("265 người có uy tín", 265, "người có uy tín"), Q("hơn 1.900 hộ", 1900, "hộ", "over"), Q("820 ha", 820, "ha"),
 Q("ít nhất 1 mô hình dân vận chính quyền", 1, "mô hình dân vận chính quyền", "over"), Q("20 tập thể", 20, "tập thể"), Q("25 cá nhân", 25, "cá nhân"),
 Q("2,5 triệu đồng", 2500000, "đồng")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 03/6/2013"),
 D("Chương trình hành động", "18", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 18-CTr/TU"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận 43-KL/TW"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11, 12, 27-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11, 12, 27-CT/TU"),
 D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11, 12, 27-CT/TU"),
 D("Nghị quyết", "06", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 06-NQ/TU"),
 D("Quy định", "1012", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 1012-QĐ/TU"),
 D("Kết luận", "54", "KL/TW", "2023-04-07", "Ban Bí thư", "Kết luận số 54-KL/TW ngày 07/4/2023"),
 D("Quyết định", "99", "QĐ/TW", None, None, "Quyết định số 99-QĐ/TW")],
[prov("Quảng Nam"), com("A Xan"), com("Ch'ơm")],
["BÁO QUẢNG NAM ONLINE", "Trang chủ / Chính trị / Xây dựng Đảng", "(QNO)",
 "Quang cảnh hội nghị tại điểm cầu Tỉnh ủy. Ảnh: Văn Phin",
 "Dân vận khéo", "Phụ nữ Cơ Tu giữ rừng"],
["Ngày đăng 12/05/2023 | 16:20", "10 năm", "khóa XI", "5 năm", "năm 2025", "Nghị quyết 25"]))

PAGES.append(page("b4414-daklak-taphuan-2023", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ - Hoạt động - Tập huấn, bồi dưỡng
2023-08-24 15:40
Ảnh: Các học viên tham dự lớp tập huấn.
Tập huấn nghiệp vụ công tác dân vận năm 2023 cho cán bộ cơ sở vùng đồng bào dân tộc thiểu số
Trong 2 ngày 22 và 23/8/2023, tại thành phố Buôn Ma Thuột, Ban Dân vận Tỉnh ủy phối hợp Trường Chính trị tỉnh tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2023 cho 165 học viên là trưởng khối dân vận, chủ tịch Ủy ban MTTQ và cán bộ dân vận của 52 xã vùng đồng bào dân tộc thiểu số thuộc 11 huyện. Đồng chí H'Yim Kđoh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy dự và phát biểu khai mạc.
Các học viên được nghe đồng chí Y Wai Byă, Phó Trưởng Ban Dân vận Tỉnh ủy, giới thiệu Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 23-QĐ/TW của Ban Chấp hành Trung ương và Quyết định số 1148-QĐ/TU ngày 15/12/2021 của Ban Thường vụ Tỉnh ủy; đồng chí Nguyễn Thị Hương, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, hướng dẫn thực hiện Kết luận số 65-KL/TW, 66-KL/TW của Bộ Chính trị về công tác dân tộc và về công tác tôn giáo; TS. Lê Văn Hòa, Phó Hiệu trưởng Trường Chính trị tỉnh, trao đổi kỹ năng đối thoại với người dân theo Nghị định 61/2023/NĐ-CP của Chính phủ về xây dựng và thực hiện hương ước, quy ước của cộng đồng dân cư.
Theo Ban Dân vận Tỉnh ủy, toàn tỉnh Đắk Lắk có 49 dân tộc cùng sinh sống, đồng bào dân tộc thiểu số chiếm khoảng 36% dân số; có 1.146 người có uy tín, 683 chức sắc, chức việc các tôn giáo. Từ đầu năm đến nay, khối dân vận các cấp đã nắm 23 vụ việc truyền đạo trái pháp luật, giải quyết ổn định 19 vụ; vận động 112 hộ ở buôn Cư Kuăh, xã Ea Hu, 46 hộ ở xã Krông Jing ký cam kết không nghe theo tổ chức "Tin lành Đấng Christ".
Trao đổi tại lớp, bà H'Luyện Mlô, Chủ tịch Ủy ban MTTQ Việt Nam xã Ea Hu, chia sẻ: xã đã thành lập 14 tổ hòa giải ở cơ sở, mỗi buôn 1 tổ; ông Y Khuê Niê, Bí thư Chi bộ kiêm Trưởng buôn Cư Kuăh, nêu cách vận động đồng bào bỏ tục "nối dây".
Bế mạc lớp tập huấn, đồng chí H'Yim Kđoh đề nghị học viên vận dụng kiến thức vào thực hiện Kế hoạch số 126-KH/TU, Chỉ thị số 22, 23-CT/TU của Ban Thường vụ Tỉnh ủy; 100% xã vùng dân tộc thiểu số xây dựng ít nhất 1 mô hình "Dân vận khéo" gắn với Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định 1719/QĐ-TTg.
Các học viên được cấp giấy chứng nhận; 10 học viên có bài thu hoạch xuất sắc được tặng giấy khen, mỗi suất 500.000 đồng.
H'Lan Ayun
Lượt xem: 428
Tin khác
- Lắk: hội nghị đối thoại với người có uy tín (17/08/2023)
- Giao ban khối dân vận 6 tháng đầu năm 2023 (14/07/2023)
""", "2023-08-24", "Tập huấn nghiệp vụ công tác dân vận năm 2023 cho cán bộ cơ sở vùng đồng bào dân tộc thiểu số",
E("tap_huan", "2023", "2023-08-22"),
[P("H'Yim Kđoh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Wai Byă", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hương", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Hòa", "TS.", "Phó Hiệu trưởng Trường Chính trị tỉnh"),
 P("H'Luyện Mlô", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ea Hu"),
 P("Y Khuê Niê", "Bí thư Chi bộ kiêm Trưởng buôn Cư Kuăh")],
[Q("165 học viên", 165, "học viên"), Q("52 xã vùng đồng bào dân tộc thiểu số", 52, "xã vùng đồng bào dân tộc thiểu số"), Q("11 huyện", 11, "huyện"),
 Q("49 dân tộc", 49, "dân tộc"), Q("khoảng 36%", 36, "%", "approx"), Q("1.146 người có uy tín", 1146, "người có uy tín"),
 Q("683 chức sắc, chức việc", 683, "chức sắc, chức việc"), Q("23 vụ việc truyền đạo trái pháp luật", 23, "vụ việc truyền đạo trái pháp luật"),
 Q("19 vụ", 19, "vụ"), Q("112 hộ", 112, "hộ"), Q("46 hộ", 46, "hộ"), Q("14 tổ hòa giải", 14, "tổ hòa giải"),
 Q("100% xã vùng dân tộc thiểu số", 100, "%"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("10 học viên", 10, "học viên"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW"),
 D("Quyết định", "1148", "QĐ/TU", "2021-12-15", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1148-QĐ/TU ngày 15/12/2021"),
 D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", "Kết luận số 65-KL/TW"),
 D("Kết luận", "66", "KL/TW", None, "Bộ Chính trị", "66-KL/TW"),
 D("Nghị định", "61", "2023/NĐ-CP", None, "Chính phủ", "Nghị định 61/2023/NĐ-CP"),
 D("Kế hoạch", "126", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 126-KH/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 22, 23-CT/TU"),
 D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 22, 23-CT/TU"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg")],
[prov("Đắk Lắk"), com("Ea Hu"), com("Krông Jing")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ - Hoạt động - Tập huấn, bồi dưỡng", "Ảnh: Các học viên tham dự lớp tập huấn.",
 "Quy chế công tác dân vận của hệ thống chính trị", "Tin lành Đấng Christ", "nối dây", "Dân vận khéo",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 428"],
["2023-08-24 15:40", "2 ngày", "năm 2023", "Từ đầu năm", "1 tổ", "Lượt xem: 428"]))
