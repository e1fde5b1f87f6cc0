from lib import *
PAGES = []

PAGES.append(page("b6641-thaibinh-tongket-5nam-chithi05-2021", """
BÁO THÁI BÌNH ĐIỆN TỬ
Vị trí: Trang chủ / Chính trị / Xây dựng Đảng
29/06/2021 08:20 GMT+7
Thái Bình tổng kết 5 năm thực hiện Chỉ thị 05-CT/TW
Chiều 28/6, Tỉnh ủy Thái Bình tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, đồng thời quán triệt Kết luận 01-KL/TW ngày 18/5/2021 của Bộ Chính trị. Hội nghị được tổ chức trực tuyến đến 8 điểm cầu huyện, thành phố với gần 900 đại biểu.
Các đại biểu dự hội nghị tại điểm cầu Tỉnh ủy.
Chủ trì hội nghị có các đồng chí Nguyễn Tiến Dũng, Bùi Thị Hằng - Phó Bí thư Tỉnh ủy.
Báo cáo tổng kết do đồng chí Đỗ Văn Chiến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy trình bày nêu rõ: sau 5 năm, các cấp ủy đã cụ thể hóa Chỉ thị 05 bằng 326 văn bản; 100% cơ quan, đơn vị xây dựng chuẩn mực đạo đức theo Bác. Toàn tỉnh có hơn 3.400 tập thể, 7.900 cá nhân được khen thưởng các cấp; nhân dân đóng góp trên 1.850 tỷ đồng xây dựng nông thôn mới, 226 xã đạt chuẩn nông thôn mới. UBND tỉnh ban hành Quyết định số 1870/QĐ-UBND ngày 10/6/2021 khen thưởng 40 tập thể, 60 cá nhân tiêu biểu trong 5 năm thực hiện Chỉ thị.
Tham luận tại hội nghị, ông Phạm Văn Quyết, Bí thư Đảng ủy xã Thụy Trường (Thái Thụy), cho biết xã đã vận động ngư dân góp hơn 2,5 tỷ đồng làm kè biển, đường ven đê; 16 tàu cá của xã được trang bị máy liên lạc tầm xa. Bà Lương Thị Thu, Chủ tịch Hội Liên hiệp Phụ nữ xã Vũ Thắng (Kiến Xương), chia sẻ mô hình "Mỗi hội viên một việc làm theo Bác", giúp 48 hội viên khó khăn có việc làm ổn định.
Đại tá Trần Minh Thắng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, cho biết lực lượng vũ trang tỉnh đã tham gia xây 35 "Nhà đồng đội" và giúp dân khắc phục hậu quả 2 trận lũ.
Hội nghị cũng thẳng thắn chỉ ra: một số nơi việc học tập còn hình thức; trách nhiệm nêu gương của một bộ phận người đứng đầu chưa cao; việc nhân rộng điển hình chưa thường xuyên, còn khoảng 12% chi bộ chưa xây dựng được mô hình làm theo cụ thể.
Kết luận hội nghị, đồng chí Nguyễn Tiến Dũng yêu cầu các cấp ủy khẩn trương xây dựng kế hoạch thực hiện Kết luận 01-KL/TW; gắn việc học tập và làm theo Bác với thực hiện Nghị quyết Đại hội XX Đảng bộ tỉnh và nghị quyết Đại hội XIII của Đảng; xây dựng tủ sách Hồ Chí Minh ở tất cả các chi bộ.
Trong 5 năm qua, tỉnh đã xuất bản 2 tập sách "Những tấm gương bình dị mà cao quý" giới thiệu 150 gương điển hình tiêu biểu làm theo Bác.
Hà Trang - Minh Đức
Tin liên quan
- Đông Hưng tổng kết 5 năm thực hiện Chỉ thị 05 (18/06/2021)
- Quỳnh Phụ tuyên dương 80 điển hình (11/06/2021)
- Vũ Thư: làm theo Bác từ những việc nhỏ (02/06/2021)
""", "2021-06-29", "Thái Bình tổng kết 5 năm thực hiện Chỉ thị 05-CT/TW",
E("tong_ket", None, "2021-06-28"),
[P("Nguyễn Tiến Dũng", "Phó Bí thư Tỉnh ủy"), P("Bùi Thị Hằng", "Phó Bí thư Tỉnh ủy"),
 P("Đỗ Văn Chiến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Phạm Văn Quyết", "Bí thư Đảng ủy xã Thụy Trường"),
 P("Lương Thị Thu", "Chủ tịch Hội Liên hiệp Phụ nữ xã Vũ Thắng"),
 P("Trần Minh Thắng", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")],
[Q("8 điểm cầu huyện, thành phố", 8, "điểm cầu huyện, thành phố"), Q("gần 900 đại biểu", 900, "đại biểu", "approx"),
 Q("326 văn bản", 326, "văn bản"), Q("100% cơ quan, đơn vị", 100, "%"), Q("hơn 3.400 tập thể", 3400, "tập thể", "over"),
 Q("7.900 cá nhân", 7900, "cá nhân"), Q("trên 1.850 tỷ đồng", 1850000000000, "đồng", "over"), Q("226 xã", 226, "xã"),
 Q("40 tập thể", 40, "tập thể"), Q("60 cá nhân tiêu biểu", 60, "cá nhân tiêu biểu"),
 Q("hơn 2,5 tỷ đồng", 2500000000, "đồng", "over"), Q("16 tàu cá", 16, "tàu cá"), Q("48 hội viên khó khăn", 48, "hội viên khó khăn"),
 Q('35 "Nhà đồng đội"', 35, "Nhà đồng đội"), Q("2 trận lũ", 2, "trận lũ"), Q("khoảng 12%", 12, "%", "approx"),
 Q("2 tập sách", 2, "tập sách"), Q("150 gương điển hình tiêu biểu", 150, "gương điển hình tiêu biểu")],
[D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị 05-CT/TW ngày 15/5/2016"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận 01-KL/TW ngày 18/5/2021"),
 D("Quyết định", "1870", "QĐ-UBND", "2021-06-10", "UBND tỉnh", "Quyết định số 1870/QĐ-UBND ngày 10/6/2021")],
[prov("Thái Bình"), com("Thụy Trường"), com("Vũ Thắng")],
["BÁO THÁI BÌNH ĐIỆN TỬ", "Vị trí: Trang chủ / Chính trị / Xây dựng Đảng", "Các đại biểu dự hội nghị tại điểm cầu Tỉnh ủy.",
 "Mỗi hội viên một việc làm theo Bác", "Những tấm gương bình dị mà cao quý", "Bộ Chỉ huy Quân sự tỉnh", "Hà Trang - Minh Đức"],
["29/06/2021 08:20 GMT+7", "5 năm", "sau 5 năm", "Đại hội XX", "Đại hội XIII", "Mỗi hội viên một việc làm theo Bác"]))

PAGES.append(page("b6642-kiengiang-guong-giaovien-khmer-2021", """
Báo Kiên Giang Online
Xã hội > Gương sáng
Thứ Tư, 24/11/2021
Cô giáo Khmer 20 năm gieo chữ ở Vĩnh Hòa Hưng Bắc
Cô Danh Thị Sa Muôn trong giờ dạy chữ Khmer cho học sinh. Ảnh: Kim Sơn
Hơn 20 năm đứng lớp, cô Danh Thị Sa Muôn, giáo viên Trường Tiểu học Vĩnh Hòa Hưng Bắc 2, xã Vĩnh Hòa Hưng Bắc, huyện Gò Quao, đã dìu dắt hàng trăm học trò người Khmer vượt khó đến trường. Cô là một trong những gương điển hình được huyện Gò Quao tuyên dương trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2021.
Nhà cô Sa Muôn ở ấp Ngã Tư, cách trường hơn 4 km đường đất. Những năm đầu đi dạy, mùa nước nổi cô phải chèo xuồng đến lớp. "Hồi đó lớp có 32 em thì hơn một nửa là con nhà nghèo, đi học một buổi nghỉ hai buổi để theo cha mẹ đi mò cua, bắt ốc", cô kể.
Không bỏ cuộc, cô cùng ban đại diện cha mẹ học sinh đến từng nhà vận động. Mỗi năm, cô dành khoảng 5 triệu đồng tiền lương để mua tập, sách tặng học trò khó khăn, lại vận động mạnh thường quân hỗ trợ 60 chiếc xe đạp. Nhờ vậy, lớp của cô nhiều năm liền duy trì sĩ số 100%.
Ngoài giờ lên lớp, cô Sa Muôn còn mở lớp dạy chữ Khmer miễn phí tại chùa Cà Nhung vào mỗi dịp hè, mỗi khóa có từ 40 đến 50 em theo học. Đại đức Danh Phước, trụ trì chùa Cà Nhung, cho biết: "Cô Sa Muôn dạy không lấy tiền, còn tự bỏ tiền mua phấn, mua tập cho các em".
Ông Danh Hoàng, Bí thư Chi bộ ấp Ngã Tư, nhận xét: cô Sa Muôn là đảng viên gương mẫu, luôn hoàn thành tốt bản đăng ký làm theo Bác theo Kết luận 01-KL/TW của Bộ Chính trị; năm 2020 cô được Chủ tịch UBND tỉnh tặng bằng khen.
Bà Thị Ngọc Hà, Phó Bí thư Thường trực Huyện ủy Gò Quao, cho biết huyện đang nhân rộng những tấm gương như cô Sa Muôn trong đội ngũ giáo viên, nhất là ở các xã có đông đồng bào Khmer như Vĩnh Hòa Hưng Bắc, Định An, Vĩnh Tuy. Năm 2021, huyện đã chọn 27 gương điển hình để tuyên truyền trên loa phát thanh xã và trang thông tin điện tử của huyện.
Đồng nghiệp ở trường kể, có năm lũ lên sớm, nước ngập sân trường, cô Sa Muôn cùng các thầy cô kê bàn, dời sách vở lên cao, rồi chia nhau đến từng nhà học trò xem các em có an toàn không. Có em mồ côi cha, mẹ đi làm thuê ở Bình Dương, cô đón về nhà mình nuôi ăn học suốt một năm trời. Nhiều học trò cũ của cô nay đã trở thành giáo viên, y sĩ, cán bộ ấp, quay về giúp bà con trong xóm.
Hỏi về dự định, cô Sa Muôn chỉ cười hiền: "Tôi mong học trò ở ấp mình đứa nào cũng học hết lớp 12, có nghề nghiệp đàng hoàng. Vậy là tôi vui rồi".
Kim Sơn
Tin khác
- Gò Quao: 15 điểm sáng làm theo Bác (15/11/2021)
- Châu Thành khen thưởng 30 tập thể, cá nhân tiêu biểu (05/11/2021)
- Người thầy thuốc giàu lòng nhân ái ở Giồng Riềng (28/10/2021)
""", "2021-11-24", "Cô giáo Khmer 20 năm gieo chữ ở Vĩnh Hòa Hưng Bắc",
E("khac", None, None),
[P("Danh Thị Sa Muôn", "giáo viên Trường Tiểu học Vĩnh Hòa Hưng Bắc 2"),
 P("Danh Phước", "Đại đức", "trụ trì chùa Cà Nhung"),
 P("Danh Hoàng", "Bí thư Chi bộ ấp Ngã Tư"),
 P("Thị Ngọc Hà", "Phó Bí thư Thường trực Huyện ủy Gò Quao")],
[Q("hơn 4 km", 4, "km", "over"), Q("32 em", 32, "em"), Q("khoảng 5 triệu đồng", 5000000, "đồng", "approx"),
 Q("60 chiếc xe đạp", 60, "chiếc xe đạp"), Q("sĩ số 100%", 100, "%"), Q("40", 40, "em"), Q("50 em", 50, "em"),
 Q("27 gương điển hình", 27, "gương điển hình")],
[D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận 01-KL/TW của Bộ Chính trị")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Bắc"), com("Định An"), com("Vĩnh Tuy")],
["Báo Kiên Giang Online", "Xã hội > Gương sáng", "Cô Danh Thị Sa Muôn trong giờ dạy chữ Khmer cho học sinh. Ảnh: Kim Sơn",
 "chùa Cà Nhung", "Trường Tiểu học Vĩnh Hòa Hưng Bắc 2"],
["Thứ Tư, 24/11/2021", "20 năm", "một năm", "Hơn 20 năm", "hàng trăm", "một buổi", "hai buổi", "lớp 12", "năm 2020", "năm 2021"]))

PAGES.append(page("b6643-hanoi-dongda-giaoban-thang8-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN ĐỐNG ĐA - THÀNH PHỐ HÀ NỘI
Trang chủ > Tin tức > Hoạt động của Quận ủy
Ngày 6 tháng 9, 2022 | 16:20
Ảnh: Đồng chí Trần Thị Thu Hương chủ trì giao ban.
Đống Đa: giao ban công tác tuyên giáo tháng 8, đẩy mạnh làm theo Bác ở khu dân cư
Ngày 5/9/2022, Ban Tuyên giáo Quận ủy Đống Đa tổ chức giao ban công tác tuyên giáo tháng 8/2022 với Ban Tuyên giáo các đảng ủy phường. Đồng chí Trần Thị Thu Hương, Quận ủy viên, Trưởng Ban Tuyên giáo Quận ủy chủ trì.
Báo cáo nhanh tại giao ban cho thấy, trong tháng 8, các đảng bộ, chi bộ cơ sở tiếp tục triển khai Kết luận 01-KL/TW của Bộ Chính trị và Chương trình hành động số 08-CTr/QU của Quận ủy về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2021 - 2025. 21/21 đảng ủy phường đã hoàn thành học tập chuyên đề năm 2022 "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc" với hơn 15.300 lượt đảng viên tham gia.
Quận ủy đã ban hành Kế hoạch số 125-KH/QU về tuyên truyền kỷ niệm 77 năm Cách mạng Tháng Tám và Quốc khánh 2/9; các phường tổ chức 64 buổi sinh hoạt chính trị tại tổ dân phố, treo khoảng 4.200 lá cờ Tổ quốc trên các tuyến phố.
Một số cách làm hay được chia sẻ. Bà Nguyễn Thị Minh Nguyệt, Phó Bí thư Thường trực Đảng ủy phường Văn Chương, cho biết phường đã gắn biển "Tuyến phố làm theo Bác" cho 6 tuyến phố, mỗi tuyến do một chi bộ phụ trách giữ vệ sinh, trật tự. Ông Lê Quang Huy, Bí thư Chi bộ tổ dân phố số 14, phường Láng Thượng, giới thiệu "Tủ sách Bác Hồ" với hơn 600 đầu sách do người dân quyên góp.
Đồng chí Đỗ Mạnh Cường, Phó Trưởng Ban Tuyên giáo Quận ủy, lưu ý tình hình dư luận xã hội: trong tháng, Ban đã tổng hợp 19 ý kiến, kiến nghị của nhân dân về trật tự xây dựng, giá điện, học phí; đã chuyển các cơ quan chức năng xem xét 17 ý kiến.
Kết luận giao ban, đồng chí Trần Thị Thu Hương đề nghị tháng 9, các phường chuẩn bị tổ chức tuyên dương điển hình làm theo Bác năm 2022 ở cấp phường, mỗi phường lựa chọn từ 3 đến 5 tập thể, cá nhân để đề nghị quận khen thưởng; tăng cường đấu tranh, phản bác các quan điểm sai trái trên mạng xã hội, nhất là trong dịp Quốc khánh.
Cũng tại giao ban, Ban Tuyên giáo Quận ủy đã phổ biến kế hoạch tổ chức Hội thi "Kể chuyện về Bác" dành cho đoàn viên, thanh niên, dự kiến tổ chức vào tháng 10/2022, với tổng giá trị giải thưởng 25 triệu đồng.
Theo Ban Tuyên giáo Thành ủy Hà Nội, trong 8 tháng năm 2022, toàn thành phố có 1.450 tập thể, cá nhân được biểu dương vì có việc làm theo Bác cụ thể.
Phương Linh
Lượt xem: 387
Các tin đã đưa
- Đống Đa: tuyên dương 25 đảng viên tiêu biểu (25/08/2022)
- Phường Trung Liệt ra mắt mô hình "Khu dân cư văn minh" (15/08/2022)
- Giao ban tuyên giáo tháng 7/2022 (05/08/2022)
""", "2022-09-06", "Đống Đa: giao ban công tác tuyên giáo tháng 8, đẩy mạnh làm theo Bác ở khu dân cư",
E("giao_ban", "2022-08", "2022-09-05"),
[P("Trần Thị Thu Hương", "Quận ủy viên", "Trưởng Ban Tuyên giáo Quận ủy"),
 P("Nguyễn Thị Minh Nguyệt", "Phó Bí thư Thường trực Đảng ủy phường Văn Chương"),
 P("Lê Quang Huy", "Bí thư Chi bộ tổ dân phố số 14"),
 P("Đỗ Mạnh Cường", "Phó Trưởng Ban Tuyên giáo Quận ủy")],
[Q("21/21 đảng ủy phường", 21, "đảng ủy phường"), Q("hơn 15.300 lượt đảng viên", 15300, "lượt đảng viên", "over"),
 Q("64 buổi sinh hoạt chính trị", 64, "buổi sinh hoạt chính trị"), Q("khoảng 4.200 lá cờ Tổ quốc", 4200, "lá cờ Tổ quốc", "approx"),
 Q("6 tuyến phố", 6, "tuyến phố"), Q("hơn 600 đầu sách", 600, "đầu sách", "over"), Q("19 ý kiến, kiến nghị", 19, "ý kiến, kiến nghị"),
 Q("17 ý kiến", 17, "ý kiến"), Q("3", 3, "tập thể, cá nhân"), Q("5 tập thể, cá nhân", 5, "tập thể, cá nhân"),
 Q("25 triệu đồng", 25000000, "đồng"), Q("1.450 tập thể, cá nhân", 1450, "tập thể, cá nhân")],
[D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận 01-KL/TW của Bộ Chính trị"),
 D("Chương trình hành động", "08", "CTr/QU", None, "Quận ủy", "Chương trình hành động số 08-CTr/QU"),
 D("Kế hoạch", "125", "KH/QU", None, "Quận ủy", "Kế hoạch số 125-KH/QU")],
[prov("Hà Nội"), com("Văn Chương"), com("Láng Thượng")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN ĐỐNG ĐA - THÀNH PHỐ HÀ NỘI", "Trang chủ > Tin tức > Hoạt động của Quận ủy",
 "Ảnh: Đồng chí Trần Thị Thu Hương chủ trì giao ban.", "Tuyến phố làm theo Bác", "Tủ sách Bác Hồ", "Kể chuyện về Bác",
 "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc",
 "Lượt xem: 387"],
["Ngày 6 tháng 9, 2022 | 16:20", "tháng 8/2022", "giai đoạn 2021 - 2025", "77 năm", "Quốc khánh 2/9", "tổ dân phố số 14",
 "tháng 10/2022", "8 tháng năm 2022", "một chi bộ", "Lượt xem: 387"]))

PAGES.append(page("b6644-quangnam-taygiang-hoinghi-chuyende-2022", """
BÁO QUẢNG NAM
Thời sự › Chính trị › Xây dựng Đảng
15/12/2022 09:02 (GMT+07:00)
Tây Giang: học Bác bằng tiếng Cơ Tu
(QNO) - Ngày 14/12, Huyện ủy Tây Giang tổ chức hội nghị học tập, quán triệt chuyên đề năm 2022 và biểu dương gương điển hình làm theo Bác cho cán bộ chủ chốt huyện, xã. Hội nghị diễn ra tại hội trường Huyện ủy, kết nối trực tuyến đến 10 điểm cầu xã với khoảng 420 đại biểu, cán bộ, đảng viên tham dự.
Già làng Alăng Vân (thứ hai từ trái) chia sẻ tại hội nghị. Ảnh: Đoàn Ánh
Điểm mới của hội nghị năm nay là phần tài liệu chuyên đề được Ban Tuyên giáo Huyện ủy dịch, tóm tắt bằng tiếng Cơ Tu, in thành 1.500 tờ gấp phát đến từng chi bộ thôn. Đồng chí Zơrâm Bhươch, Huyện ủy viên, Trưởng Ban Tuyên giáo Huyện ủy, cho biết: "Bà con nghe bằng tiếng của mình thì hiểu nhanh, nhớ lâu, về thôn nói lại cho nhau nghe".
Theo báo cáo của Huyện ủy, thực hiện Kết luận 01-KL/TW của Bộ Chính trị và Kế hoạch số 79-KH/HU, năm 2022 toàn huyện có 2.150 cán bộ, đảng viên đăng ký làm theo; 68 chi bộ xây dựng được mô hình "Chi bộ tự quản làm theo Bác". Nhân dân đã hiến hơn 12 ha đất sản xuất để làm đường, xây trường học; đóng góp trên 8.000 ngày công và khoảng 640 triệu đồng làm nhà gươl, sửa đường liên thôn.
Tại hội nghị, già làng Alăng Vân, người có uy tín thôn A Xò, xã A Tiêng, kể chuyện thôn giữ rừng: 15 năm qua thôn không để xảy ra một vụ phá rừng, mỗi năm được chi trả dịch vụ môi trường rừng gần 900 triệu đồng. Bà Bling Thị Nhiên, Chủ tịch Hội Liên hiệp Phụ nữ xã Lăng, chia sẻ việc vận động 34 hộ bỏ tập tục tảo hôn, giúp 19 phụ nữ vay vốn trồng ba kích.
Ông Coor Blúi, Bí thư Đảng ủy xã Ch'ơm, cho biết xã đã đưa việc làm theo Bác vào hương ước, quy ước của 5 thôn, gắn với giữ gìn bản sắc văn hóa Cơ Tu.
Phát biểu tại hội nghị, đồng chí Alăng Thị Đào, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Tây Giang nhấn mạnh: học Bác ở miền núi phải bắt đầu từ những việc gần gũi như giữ rừng, làm nhà vệ sinh, cho con đến trường. Đồng chí yêu cầu các chi bộ thôn đưa nội dung chuyên đề năm 2022 vào sinh hoạt hằng tháng và đánh giá cụ thể việc làm theo của từng đảng viên cuối năm.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 12 tập thể, 20 cá nhân điển hình, mỗi tập thể được thưởng 1 triệu đồng, mỗi cá nhân 500.000 đồng.
Năm 2022, huyện Tây Giang là một trong những địa phương miền núi của tỉnh Quảng Nam có tỷ lệ giảm nghèo cao, đạt 8,6%.
Đoàn Ánh
Tin cùng chuyên mục
- Nam Giang: 45 gương điển hình làm theo Bác (08/12/2022)
- Đông Giang tổng kết công tác xây dựng Đảng năm 2022 (30/11/2022)
- Phước Sơn: già làng làm theo lời Bác (21/11/2022)
""", "2022-12-15", "Tây Giang: học Bác bằng tiếng Cơ Tu",
E("hoi_nghi", "2022", "2022-12-14"),
[P("Zơrâm Bhươch", "Huyện ủy viên", "Trưởng Ban Tuyên giáo Huyện ủy"),
 P("Alăng Vân", "Già làng", "người có uy tín thôn A Xò"),
 P("Bling Thị Nhiên", "Chủ tịch Hội Liên hiệp Phụ nữ xã Lăng"),
 P("Coor Blúi", "Bí thư Đảng ủy xã Ch'ơm"),
 P("Alăng Thị Đào", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện Tây Giang")],
[Q("10 điểm cầu xã", 10, "điểm cầu xã"), Q("khoảng 420 đại biểu, cán bộ, đảng viên", 420, "đại biểu, cán bộ, đảng viên", "approx"),
 Q("1.500 tờ gấp", 1500, "tờ gấp"), Q("2.150 cán bộ, đảng viên", 2150, "cán bộ, đảng viên"), Q("68 chi bộ", 68, "chi bộ"),
 Q("hơn 12 ha", 12, "ha", "over"), Q("trên 8.000 ngày công", 8000, "ngày công", "over"),
 Q("khoảng 640 triệu đồng", 640000000, "đồng", "approx"), Q("gần 900 triệu đồng", 900000000, "đồng", "approx"),
 Q("34 hộ", 34, "hộ"), Q("19 phụ nữ", 19, "phụ nữ"), Q("5 thôn", 5, "thôn"), Q("12 tập thể", 12, "tập thể"),
 Q("20 cá nhân điển hình", 20, "cá nhân điển hình"), Q("1 triệu đồng", 1000000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("8,6%", 8.6, "%")],
[D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận 01-KL/TW của Bộ Chính trị"),
 D("Kế hoạch", "79", "KH/HU", None, None, "Kế hoạch số 79-KH/HU")],
[prov("Quảng Nam"), com("A Tiêng"), com("Lăng"), com("Ch'ơm")],
["BÁO QUẢNG NAM", "Thời sự › Chính trị › Xây dựng Đảng", "(QNO)", "Già làng Alăng Vân (thứ hai từ trái) chia sẻ tại hội nghị. Ảnh: Đoàn Ánh",
 "Chi bộ tự quản làm theo Bác"],
["15/12/2022 09:02 (GMT+07:00)", "năm 2022", "15 năm", "một vụ", "thứ hai"]))

PAGES.append(page("b6645-yenbai-baocao-ketluan01-2023", """
Báo Yên Bái điện tử
Chính trị - Xây dựng Đảng
2023-06-13 15:10
Yên Bái: 2 năm thực hiện Kết luận 01-KL/TW, gần 8.000 tập thể, cá nhân được khen thưởng
(YênBái) - Ban Thường vụ Tỉnh ủy Yên Bái vừa ban hành Báo cáo số 215-BC/TU ngày 8/6/2023 đánh giá 2 năm thực hiện Kết luận 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Nhà văn hóa thôn Háng Tày, xã Chế Cu Nha được xây dựng từ công sức của nhân dân. Ảnh: Thanh Chi
Theo báo cáo, thực hiện Kế hoạch số 45-KH/TU của Tỉnh ủy, sau 2 năm, 100% tổ chức cơ sở đảng đã tổ chức học tập chuyên đề toàn khóa và chuyên đề hằng năm; tỷ lệ cán bộ, đảng viên tham gia học tập đạt trên 96%. Các cấp ủy đã lựa chọn 187 khâu đột phá, việc làm cụ thể để tập trung làm theo; toàn tỉnh có gần 8.000 tập thể, cá nhân được các cấp khen thưởng, trong đó 215 điển hình được biểu dương ở cấp tỉnh.
Việc làm theo Bác gắn với các phong trào thi đua đã góp phần giảm tỷ lệ hộ nghèo của tỉnh từ 18,2% cuối năm 2021 xuống còn 13,5% cuối năm 2022. Nhân dân các dân tộc trong tỉnh đã hiến trên 41 ha đất, đóng góp khoảng 96 tỷ đồng và hàng trăm nghìn ngày công để xây dựng nông thôn mới.
Báo cáo nêu một số cách làm nổi bật. Ở huyện Mù Cang Chải, ông Giàng A Dình, Bí thư Chi bộ thôn Háng Tày, xã Chế Cu Nha, đã vận động 52 hộ người Mông cùng góp công, góp tiền xây nhà văn hóa thôn và 2 km đường bê tông. Bà Lý Thị Dung, người Dao, Chủ tịch Hội Nông dân xã Khau Phạ, hướng dẫn bà con phát triển 120 ha quế hữu cơ, nhiều hộ có thu nhập trên 150 triệu đồng/năm. Ông Hoàng Văn Tường, người Tày, Trưởng thôn Đồng Tâm, xã Đào Thịnh (Trấn Yên), đứng ra hòa giải thành 11 vụ tranh chấp đất đai giữa các hộ trong thôn.
Bên cạnh kết quả, báo cáo cũng chỉ rõ hạn chế: một số cấp ủy chưa quan tâm đúng mức việc sơ kết, tổng kết; việc xây dựng chuẩn mực đạo đức ở một số cơ quan còn chung chung; có 7 đảng viên bị xử lý kỷ luật do vi phạm đạo đức, lối sống.
Về nhiệm vụ thời gian tới, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy tiếp tục thực hiện Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về những điều đảng viên không được làm; gắn học tập và làm theo Bác với Nghị quyết Trung ương 4 khóa XIII về xây dựng, chỉnh đốn Đảng; phấn đấu mỗi năm có ít nhất 50 mô hình làm theo tiêu biểu được nhân rộng.
Báo cáo được gửi đến các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc và các sở, ngành, đoàn thể của tỉnh để quán triệt, thực hiện.
Thanh Chi
TIN CÙNG CHUYÊN MỤC
- Văn Yên biểu dương 40 điển hình làm theo Bác (09/06/2023)
- Lục Yên: nữ bí thư chi bộ người Tày làm theo Bác (31/05/2023)
- Trạm Tấu học tập chuyên đề năm 2023 (19/05/2023)
""", "2023-06-13", "Yên Bái: 2 năm thực hiện Kết luận 01-KL/TW, gần 8.000 tập thể, cá nhân được khen thưởng",
E("bao_cao", None, "2023-06-08"),
[P("Giàng A Dình", "Bí thư Chi bộ thôn Háng Tày"),
 P("Lý Thị Dung", "Chủ tịch Hội Nông dân xã Khau Phạ"),
 P("Hoàng Văn Tường", "Trưởng thôn Đồng Tâm")],
[Q("100% tổ chức cơ sở đảng", 100, "%"), Q("trên 96%", 96, "%", "over"), Q("187 khâu đột phá, việc làm cụ thể", 187, "khâu đột phá, việc làm cụ thể"),
 Q("gần 8.000 tập thể, cá nhân", 8000, "tập thể, cá nhân", "approx"), Q("215 điển hình", 215, "điển hình"),
 Q("18,2%", 18.2, "%"), Q("13,5%", 13.5, "%"), Q("trên 41 ha", 41, "ha", "over"),
 Q("khoảng 96 tỷ đồng", 96000000000, "đồng", "approx"), Q("52 hộ người Mông", 52, "hộ người Mông"), Q("2 km", 2, "km"),
 Q("120 ha", 120, "ha"), Q("trên 150 triệu đồng/năm", 150000000, "đồng", "over"),
 Q("11 vụ tranh chấp đất đai", 11, "vụ tranh chấp đất đai"), Q("7 đảng viên", 7, "đảng viên"),
 Q("ít nhất 50 mô hình làm theo tiêu biểu", 50, "mô hình làm theo tiêu biểu", "over")],
[D("Báo cáo", "215", "BC/TU", "2023-06-08", "Ban Thường vụ Tỉnh ủy", "Báo cáo số 215-BC/TU ngày 8/6/2023"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Kế hoạch", "45", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 45-KH/TU của Tỉnh ủy"),
 D("Quy định", "37", "QĐ/TW", "2021-10-25", "Ban Chấp hành Trung ương", "Quy định số 37-QĐ/TW ngày 25/10/2021")],
[prov("Yên Bái"), com("Chế Cu Nha"), com("Khau Phạ"), com("Đào Thịnh")],
["Báo Yên Bái điện tử", "Chính trị - Xây dựng Đảng", "(YênBái)",
 "Nhà văn hóa thôn Háng Tày, xã Chế Cu Nha được xây dựng từ công sức của nhân dân. Ảnh: Thanh Chi",
 "Nghị quyết Trung ương 4 khóa XIII"],
["2023-06-13 15:10", "2 năm", "sau 2 năm", "cuối năm 2021", "cuối năm 2022", "hàng trăm nghìn ngày công",
 "Nghị quyết Trung ương 4", "khóa XIII", "mỗi năm"]))

PAGES.append(page("b6646-binhduong-phuloi-tongket-2023", """
BÁO BÌNH DƯƠNG ONLINE
Trang chủ » Chính trị » Xây dựng Đảng
Cập nhật: 27/12/2023 | 16:45
Hôm nay: Thứ Năm, 28/12/2023
Phường Phú Lợi: mỗi khu phố một "công trình làm theo Bác"
Chiều 26/12, Đảng ủy phường Phú Lợi (TP.Thủ Dầu Một) tổ chức hội nghị tổng kết năm 2023 việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với công tác xây dựng Đảng, triển khai nhiệm vụ năm 2024.
Đồng chí Nguyễn Thị Kim Yến trao giấy khen cho các tập thể tiêu biểu.
Dự hội nghị có đồng chí Huỳnh Minh Tâm, Thành ủy viên, Phó Trưởng Ban Tuyên giáo Thành ủy Thủ Dầu Một; đồng chí Nguyễn Thị Kim Yến, Bí thư Đảng ủy phường chủ trì hội nghị.
Năm 2023, Đảng ủy phường đã ban hành Kế hoạch số 14-KH/ĐU và Nghị quyết chuyên đề số 06-NQ/ĐU về xây dựng khu phố văn minh, mỗi khu phố có một "công trình làm theo Bác". Đến nay, 10/10 khu phố đã hoàn thành công trình, gồm 4 tuyến hẻm được bê tông hóa, 3 camera an ninh, 2 tủ sách cộng đồng và 1 điểm vui chơi cho thiếu nhi, tổng kinh phí hơn 1,6 tỷ đồng, trong đó nhân dân và doanh nghiệp đóng góp 78%.
Đảng bộ phường có 29 chi bộ với 612 đảng viên; 98,4% đảng viên được xếp loại hoàn thành tốt nhiệm vụ. Năm qua, phường kết nạp 21 đảng viên mới, trong đó có 9 công nhân làm việc tại các doanh nghiệp trên địa bàn. Các chi bộ nghiêm túc thực hiện Quy định 37-QĐ/TW về những điều đảng viên không được làm và Kết luận 01-KL/TW của Bộ Chính trị.
Phát biểu tham luận, ông Trần Văn Lộc, Bí thư Chi bộ khu phố 5, chia sẻ: chi bộ phân công mỗi đảng viên theo dõi từ 10 hộ trở lên, vận động 135 hộ ký cam kết không xả rác ra đường, giữ vệ sinh hẻm. Bà Lâm Ngọc Thúy, Chủ tịch Ủy ban MTTQ Việt Nam phường, cho biết Quỹ "Vì người nghèo" của phường năm nay vận động được 420 triệu đồng, hỗ trợ sửa chữa 5 căn nhà và trao 860 phần quà Tết cho hộ nghèo, công nhân khó khăn.
Các đồng chí Lê Hoàng Nam, Võ Thị Bích Trâm - Phó Chủ tịch UBND phường, báo cáo công tác cải cách hành chính: năm 2023, phường tiếp nhận 7.530 hồ sơ, giải quyết đúng hạn 99,6%.
Phát biểu tại hội nghị, đồng chí Huỳnh Minh Tâm ghi nhận cách làm của Phú Lợi, đề nghị phường tiếp tục phát huy vai trò nêu gương của người đứng đầu, chuẩn bị tốt các điều kiện tiến tới đại hội đảng bộ phường nhiệm kỳ 2025 - 2030.
Dịp này, Đảng ủy phường tặng giấy khen cho 8 tập thể, 17 cá nhân tiêu biểu trong học tập và làm theo Bác năm 2023. Phú Lợi là một trong những phường đầu tiên của tỉnh Bình Dương xây dựng mô hình "khu phố làm theo Bác".
Bảo Trân
Tin liên quan
- Phường Phú Cường tổng kết công tác năm 2023 (22/12/2023)
- Thủ Dầu Một: 120 đảng viên mới là công nhân (18/12/2023)
- Tân Uyên biểu dương điển hình làm theo Bác (12/12/2023)
""", "2023-12-27", "Phường Phú Lợi: mỗi khu phố một \"công trình làm theo Bác\"",
E("tong_ket", "2023", "2023-12-26"),
[P("Nguyễn Thị Kim Yến", "Bí thư Đảng ủy phường"),
 P("Huỳnh Minh Tâm", "Thành ủy viên", "Phó Trưởng Ban Tuyên giáo Thành ủy Thủ Dầu Một"),
 P("Trần Văn Lộc", "Bí thư Chi bộ khu phố 5"),
 P("Lâm Ngọc Thúy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lê Hoàng Nam", "Phó Chủ tịch UBND phường"), P("Võ Thị Bích Trâm", "Phó Chủ tịch UBND phường")],
[Q("10/10 khu phố", 10, "khu phố"), Q("4 tuyến hẻm", 4, "tuyến hẻm"), Q("3 camera an ninh", 3, "camera an ninh"),
 Q("2 tủ sách cộng đồng", 2, "tủ sách cộng đồng"), Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"), Q("78%", 78, "%"),
 Q("29 chi bộ", 29, "chi bộ"), Q("612 đảng viên", 612, "đảng viên"), Q("98,4%", 98.4, "%"),
 Q("21 đảng viên mới", 21, "đảng viên mới"), Q("9 công nhân", 9, "công nhân"), Q("từ 10 hộ trở lên", 10, "hộ", "over"),
 Q("135 hộ", 135, "hộ"), Q("420 triệu đồng", 420000000, "đồng"), Q("5 căn nhà", 5, "căn nhà"), Q("860 phần quà", 860, "phần quà"),
 Q("7.530 hồ sơ", 7530, "hồ sơ"), Q("99,6%", 99.6, "%"), Q("8 tập thể", 8, "tập thể"), Q("17 cá nhân tiêu biểu", 17, "cá nhân tiêu biểu")],
[D("Kế hoạch", "14", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 14-KH/ĐU"),
 D("Nghị quyết", "06", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết chuyên đề số 06-NQ/ĐU"),
 D("Quy định", "37", "QĐ/TW", None, None, "Quy định 37-QĐ/TW"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận 01-KL/TW của Bộ Chính trị")],
[prov("Bình Dương"), com("Phú Lợi")],
["BÁO BÌNH DƯƠNG ONLINE", "Trang chủ » Chính trị » Xây dựng Đảng", "Hôm nay: Thứ Năm, 28/12/2023",
 "Đồng chí Nguyễn Thị Kim Yến trao giấy khen cho các tập thể tiêu biểu.", "Vì người nghèo", "công trình làm theo Bác", "khu phố làm theo Bác"],
["Cập nhật: 27/12/2023 | 16:45", "Hôm nay: Thứ Năm, 28/12/2023", "năm 2023", "năm 2024", "1 điểm vui chơi", "khu phố 5",
 "nhiệm kỳ 2025 - 2030"]))
