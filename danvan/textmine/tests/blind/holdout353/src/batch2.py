from lib import *
PAGES = []

PAGES.append(page("b8435-daklak-gialang-doithoai-2017", """
Báo Đắk Lắk điện tử
Chính trị - Xã hội > Dân tộc - Tôn giáo
11/05/2017 - 16:30
Krông Bông: Đối thoại với già làng, người có uy tín về tranh chấp đất đai
Ngày 9/5, Huyện ủy, UBND huyện Krông Bông tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với già làng, người có uy tín năm 2017. Chủ trì đối thoại có đồng chí Y Wal Mlô, Bí thư Huyện ủy; đồng chí Phan Văn Lực, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.
Hơn 120 già làng, trưởng buôn, người có uy tín của 14 xã, thị trấn trong huyện đã nêu 26 ý kiến, tập trung vào tranh chấp đất giữa người dân với các công ty lâm nghiệp, việc cấp giấy chứng nhận quyền sử dụng đất và tình trạng mâu thuẫn trong gia đình do chia đất theo chế độ mẫu hệ.
Già làng Y Bhiông Niê, buôn Cư Păm, xã Cư Pui, cho biết buôn có 12 hộ tranh chấp khoảng 25 ha đất rẫy với Công ty TNHH MTV Lâm nghiệp Krông Bông; bà con mong được đo đạc lại, trả đất cho dân. Bà H'Luyến Êban, người có uy tín buôn Khanh, xã Yang Mao, nêu thực trạng nhiều gia đình con gái lấy chồng chia hết đất cho con rể, đến khi ly hôn lại tranh chấp, già làng hòa giải theo luật tục thì người chồng không chịu, theo luật thì người vợ không hiểu.
Trả lời các ý kiến, đồng chí Phan Văn Lực cho biết, thực hiện Nghị quyết số 30-NQ/TW ngày 12/3/2014 của Bộ Chính trị về sắp xếp, đổi mới công ty nông, lâm nghiệp, huyện đã đề nghị tỉnh thu hồi 1.240 ha đất của công ty để giao lại cho địa phương; trong năm 2017 sẽ ưu tiên cấp đất cho khoảng 300 hộ đồng bào tại chỗ thiếu đất sản xuất. Với các vụ tranh chấp trong gia đình, UBND huyện giao Phòng Tư pháp phối hợp Mặt trận các xã mở lớp hướng dẫn già làng vận dụng luật tục phù hợp với Luật Hôn nhân và gia đình năm 2014.
Đồng chí Y Wal Mlô ghi nhận trong năm 2016, già làng, người có uy tín đã tham gia hòa giải thành 64 vụ việc, góp phần giữ ổn định buôn làng; đồng thời yêu cầu các xã trả lời bằng văn bản những ý kiến chưa giải quyết ngay tại hội nghị trong thời hạn 15 ngày, thực hiện nghiêm Kế hoạch số 42-KH/HU ngày 20/02/2017 của Ban Thường vụ Huyện ủy về tiếp xúc, đối thoại với nhân dân.
Ông Y Khuê Byă, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện, thông tin Mặt trận đã chuyển 9 ý kiến liên quan đến đất đai cho cơ quan chức năng của tỉnh. Kết thúc hội nghị, huyện trao 20 phần quà, mỗi phần trị giá 1 triệu đồng, cho già làng có nhiều đóng góp trong hòa giải.
Cuối buổi, nhiều già làng nói rằng đây là lần đầu được ngồi nói chuyện thẳng với Bí thư Huyện ủy, và mong năm nào cũng có một buổi đối thoại như vậy.
Hoàng Tiến
Tin liên quan
- Lắk: 3 buôn ký cam kết không tranh chấp đất rẫy (28/04/2017)
- Buôn Đôn tập huấn luật tục cho người có uy tín (19/04/2017)
- Ea Kar tuyên dương 30 già làng tiêu biểu (06/04/2017)
""", "2017-05-11", "Krông Bông: Đối thoại với già làng, người có uy tín về tranh chấp đất đai",
E("doi_thoai", "2017", "2017-05-09"),
[P("Y Wal Mlô", "Bí thư Huyện ủy"),
 P("Phan Văn Lực", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Y Bhiông Niê", "Già làng"),
 P("H'Luyến Êban", "người có uy tín buôn Khanh"),
 P("Y Khuê Byă", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện")],
[Q("Hơn 120 già làng, trưởng buôn, người có uy tín", 120, "già làng, trưởng buôn, người có uy tín", "over"),
 Q("14 xã, thị trấn", 14, "xã, thị trấn"), Q("26 ý kiến", 26, "ý kiến"), Q("12 hộ", 12, "hộ"),
 Q("khoảng 25 ha", 25, "ha", "approx"), Q("1.240 ha", 1240, "ha"),
 Q("khoảng 300 hộ đồng bào tại chỗ thiếu đất sản xuất", 300, "hộ đồng bào tại chỗ thiếu đất sản xuất", "approx"),
 Q("64 vụ việc", 64, "vụ việc"), Q("9 ý kiến", 9, "ý kiến"), Q("20 phần quà", 20, "phần quà"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "30", "NQ/TW", "2014-03-12", "Bộ Chính trị", "Nghị quyết số 30-NQ/TW ngày 12/3/2014"),
 D("Kế hoạch", "42", "KH/HU", "2017-02-20", "Ban Thường vụ Huyện ủy", "Kế hoạch số 42-KH/HU ngày 20/02/2017")],
[prov("Đắk Lắk"), com("Cư Pui"), com("Yang Mao")],
["Báo Đắk Lắk điện tử", "Chính trị - Xã hội > Dân tộc - Tôn giáo", "Công ty TNHH MTV Lâm nghiệp Krông Bông",
 "Luật Hôn nhân và gia đình năm 2014"],
["11/05/2017 - 16:30", "năm 2017", "năm 2016", "15 ngày"]))

PAGES.append(page("b8436-laocai-bdv-giaoban-2018", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ >> Tin tức >> Hoạt động của Ban
Thứ Ba, 09/10/2018 - 14:50
Đồng chí Giàng Thị Dung phát biểu kết luận giao ban.
Giao ban khối dân vận quý III: Phát huy người có uy tín trong hòa giải mâu thuẫn dòng họ
Chiều 8/10, Ban Dân vận Tỉnh ủy Lào Cai tổ chức giao ban công tác dân vận quý III năm 2018, triển khai nhiệm vụ quý IV. Đồng chí Giàng Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự giao ban có lãnh đạo Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh, trưởng ban dân vận 9 huyện ủy, thành ủy.
Theo báo cáo, trong quý III, các tổ hòa giải có người có uy tín tham gia đã giải quyết 87 vụ việc, hòa giải thành 79 vụ; trong đó có 21 vụ tranh chấp đất đai giữa các dòng họ người Mông, Dao, 34 vụ mâu thuẫn gia đình, số còn lại là va chạm trong sinh hoạt. Đáng chú ý, tại xã Bản Phố, huyện Bắc Hà, ông Ly Seo Chúng, trưởng họ Ly, đã cùng tổ hòa giải thôn giải quyết dứt điểm vụ tranh chấp hơn 4.000 m2 đất trồng mận kéo dài 6 năm giữa hai nhánh họ.
Khối dân vận cũng đã tham mưu triển khai Kế hoạch số 137-KH/TU của Tỉnh ủy về phát huy vai trò người có uy tín giai đoạn 2018 - 2020 và Hướng dẫn số 15, 16-HD/BDVTU của Ban Dân vận Tỉnh ủy về xây dựng mô hình "Dòng họ không có đơn thư vượt cấp". Đến nay đã có 112 dòng họ đăng ký thực hiện, vượt 12% so với chỉ tiêu.
Các đại biểu thảo luận nhiều ý kiến: đồng chí Tẩn Láo Lở, HUV, Trưởng Ban Dân vận Huyện ủy Sa Pa, đề nghị tăng thời lượng tập huấn pháp luật cho trưởng họ; đồng chí Hoàng Thị Vấn, Phó Chủ tịch Hội LHPN tỉnh cho biết nhiều vụ "bắt vợ" gây mâu thuẫn giữa hai gia đình đã được hội phụ nữ cùng người có uy tín can thiệp kịp thời.
Ông Vàng Seo Páo, người có uy tín thôn Sín Chéng, được mời dự giao ban, kể lại việc thôn có 2 hộ tranh chấp lối đi vào nương, ông phải đến từng nhà 4 lần, mời cả trưởng họ hai bên cùng ngồi mới thống nhất được. Theo ông, người Mông nghe trưởng họ hơn nghe cán bộ, nên cán bộ phải đi cùng trưởng họ.
Kết luận giao ban, đồng chí Giàng Thị Dung yêu cầu quý IV tập trung nắm tình hình tư tưởng nhân dân trước mùa thu hoạch, chủ động hòa giải các tranh chấp ranh giới đất đai phát sinh khi triển khai dồn điền đổi thửa; hoàn thành đánh giá 3 năm thực hiện Chỉ thị số 49-CT/TU; chuẩn bị tốt hội nghị gặp mặt 450 người có uy tín toàn tỉnh dự kiến tổ chức trong tháng 12/2018.
Cũng tại giao ban, Ban Dân vận Tỉnh ủy đã thông báo kết quả bình chọn 15 mô hình "Dân vận khéo" cấp tỉnh năm 2018, trong đó có 4 mô hình về hòa giải ở cơ sở.
Phương Thúy
Tin cùng chuyên mục
- Bát Xát: tuyên truyền phòng, chống "bắt vợ" trái pháp luật (01/10/2018)
- Ban Dân vận Tỉnh ủy kiểm tra công tác dân vận tại Mường Khương (20/09/2018)
- Si Ma Cai ra mắt mô hình dòng họ tự quản (12/09/2018)
""", "2018-10-09", "Giao ban khối dân vận quý III: Phát huy người có uy tín trong hòa giải mâu thuẫn dòng họ",
E("giao_ban", "2018-Q3", "2018-10-08"),
[P("Giàng Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ly Seo Chúng", "trưởng họ Ly"),
 P("Vàng Seo Páo", "người có uy tín thôn Sín Chéng"),
 P("Tẩn Láo Lở", "HUV", "Trưởng Ban Dân vận Huyện ủy Sa Pa"),
 P("Hoàng Thị Vấn", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("9 huyện ủy, thành ủy", 9, "huyện ủy, thành ủy"), Q("87 vụ việc", 87, "vụ việc"), Q("79 vụ", 79, "vụ"),
 Q("21 vụ tranh chấp đất đai", 21, "vụ tranh chấp đất đai"), Q("34 vụ mâu thuẫn gia đình", 34, "vụ mâu thuẫn gia đình"),
 Q("hơn 4.000 m2", 4000, "m2", "over"), Q("2 hộ", 2, "hộ"), Q("112 dòng họ", 112, "dòng họ"), Q("12%", 12, "%"),
 Q("450 người có uy tín", 450, "người có uy tín"), Q("15 mô hình", 15, "mô hình"), Q("4 mô hình về hòa giải ở cơ sở", 4, "mô hình")],
[D("Kế hoạch", "137", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 137-KH/TU"),
 D("Hướng dẫn", "15", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 15, 16-HD/BDVTU"),
 D("Hướng dẫn", "16", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 15, 16-HD/BDVTU"),
 D("Chỉ thị", "49", "CT/TU", None, None, "Chỉ thị số 49-CT/TU")],
[prov("Lào Cai"), com("Bản Phố")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ >> Tin tức >> Hoạt động của Ban",
 "Đồng chí Giàng Thị Dung phát biểu kết luận giao ban.", "Dòng họ không có đơn thư vượt cấp", "Dân vận khéo"],
["Thứ Ba, 09/10/2018 - 14:50", "quý III năm 2018", "quý IV", "6 năm", "4 lần", "3 năm", "tháng 12/2018", "năm 2018"]))

PAGES.append(page("b8437-caobang-dtts-daihoi-2019", """
BÁO CAO BẰNG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cao Bằng
Thời sự / Chính trị / Đại hội các dân tộc thiểu số
Thứ Năm, 31/10/2019, 08:20
Quang cảnh Đại hội. Ảnh: Bế Hằng
Bảo Lạc: Đại hội đại biểu các dân tộc thiểu số lần thứ III
Ngày 29/10, huyện Bảo Lạc (Cao Bằng) tổ chức Đại hội đại biểu các dân tộc thiểu số huyện lần thứ III, năm 2019 với chủ đề "Các dân tộc huyện Bảo Lạc đoàn kết, sáng tạo, khai thác tiềm năng, lợi thế, phát triển bền vững". Dự Đại hội có 180 đại biểu chính thức đại diện cho hơn 52.000 người của 7 dân tộc Tày, Nùng, Dao, Mông, Lô Lô, Sán Chỉ, Kinh trong huyện.
Báo cáo tại Đại hội cho thấy, giai đoạn 2014 - 2019, đội ngũ 312 người có uy tín của huyện đã phát huy tốt vai trò cầu nối giữa cấp ủy, chính quyền với nhân dân. Các tổ hòa giải ở 17 xã, thị trấn đã hòa giải thành 463 vụ việc, trong đó hơn 200 vụ liên quan tranh chấp ranh giới đất rừng, đất nương giữa các thôn người Mông, người Dao. Tỷ lệ hòa giải thành đạt trên 90%. Người có uy tín còn vận động 1.350 hộ tham gia mô hình "Dòng họ tự quản", 86 hộ tự nguyện hiến đất làm đường.
Tại Đại hội, ông Hoàng Văn Sần, già làng, người có uy tín xóm Nà Pù, xã Hưng Thịnh, tham luận về cách hòa giải tranh chấp thừa kế đất ruộng giữa anh em ruột; bà Triệu Thị Mẩy, trưởng xóm Khau Cà, xã Cô Ba, người Dao Tiền, chia sẻ kinh nghiệm vận động phụ nữ không kết hôn sớm, không nghe kẻ xấu dụ dỗ sang biên giới.
Phát biểu chỉ đạo, đồng chí Nông Thanh Tùng, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh ghi nhận những kết quả Bảo Lạc đạt được trong thực hiện Quyết định số 2356/QĐ-TTg ngày 04/12/2013 của Thủ tướng Chính phủ ban hành Chương trình hành động thực hiện Chiến lược công tác dân tộc; đề nghị huyện tiếp tục chăm lo đội ngũ người có uy tín, bồi dưỡng cho họ kiến thức pháp luật để hòa giải đúng luật, hợp tình.
Đồng chí Lý Văn Hoan, HUV, Phó Chủ tịch UBND huyện Bảo Lạc, khẳng định huyện sẽ dành 250 triệu đồng mỗi năm cho hoạt động của tổ hòa giải và người có uy tín, thực hiện Nghị quyết số 09-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.
Đại hội đã bầu 45 đại biểu đi dự Đại hội đại biểu các dân tộc thiểu số tỉnh Cao Bằng lần thứ III. Ông Chu Văn Tỉnh, Chủ tịch UBND huyện được bầu làm Trưởng đoàn. Dịp này, UBND huyện tặng giấy khen cho 25 tập thể và 40 cá nhân tiêu biểu trong công tác dân tộc giai đoạn 2014 - 2019.
Bế Hằng
Tin liên quan
- Hà Quảng: gặp mặt người có uy tín năm 2019 (22/10/2019)
- Thông Nông hòa giải thành 35 vụ tranh chấp đất rừng (10/10/2019)
- Đại hội đại biểu các dân tộc thiểu số huyện Hạ Lang (02/10/2019)
""", "2019-10-31", "Bảo Lạc: Đại hội đại biểu các dân tộc thiểu số lần thứ III",
E("dai_hoi", "2019", "2019-10-29"),
[P("Hoàng Văn Sần", "già làng", "người có uy tín xóm Nà Pù"),
 P("Triệu Thị Mẩy", "trưởng xóm Khau Cà"),
 P("Nông Thanh Tùng", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
 P("Lý Văn Hoan", "HUV", "Phó Chủ tịch UBND huyện Bảo Lạc"),
 P("Chu Văn Tỉnh", "Chủ tịch UBND huyện", "Trưởng đoàn")],
[Q("180 đại biểu chính thức", 180, "đại biểu chính thức"), Q("hơn 52.000 người", 52000, "người", "over"),
 Q("7 dân tộc", 7, "dân tộc"), Q("312 người có uy tín", 312, "người có uy tín"), Q("17 xã, thị trấn", 17, "xã, thị trấn"),
 Q("463 vụ việc", 463, "vụ việc"), Q("hơn 200 vụ", 200, "vụ", "over"), Q("trên 90%", 90, "%", "over"),
 Q("1.350 hộ", 1350, "hộ"), Q("86 hộ", 86, "hộ"), Q("250 triệu đồng", 250000000, "đồng"),
 Q("45 đại biểu", 45, "đại biểu"), Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân tiêu biểu", 40, "cá nhân tiêu biểu")],
[D("Quyết định", "2356", "QĐ-TTg", "2013-12-04", "Thủ tướng Chính phủ", "Quyết định số 2356/QĐ-TTg ngày 04/12/2013"),
 D("Nghị quyết", "09", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 09-NQ/HU")],
[prov("Cao Bằng"), com("Hưng Thịnh"), com("Cô Ba")],
["BÁO CAO BẰNG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cao Bằng", "Thời sự / Chính trị / Đại hội các dân tộc thiểu số",
 "Quang cảnh Đại hội. Ảnh: Bế Hằng", "Các dân tộc huyện Bảo Lạc đoàn kết, sáng tạo, khai thác tiềm năng, lợi thế, phát triển bền vững",
 "Dòng họ tự quản", "Chiến lược công tác dân tộc"],
["Thứ Năm, 31/10/2019, 08:20", "lần thứ III", "năm 2019", "giai đoạn 2014 - 2019"]))

PAGES.append(page("b8438-quangnam-cotu-baocao-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NAM GIANG - TỈNH QUẢNG NAM
Bạn đang ở: Trang chủ | Tin tức - Sự kiện | Chính trị
Ngày 25/09/2020 | 09:05
Nam Giang báo cáo Đoàn công tác Trung ương về vai trò già làng trong hòa giải
Ngày 23/9/2020, Đoàn công tác của Ban Dân vận Trung ương do đồng chí Hồ Văn Niên, Phó Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương làm trưởng đoàn đã làm việc với Ban Thường vụ Huyện ủy Nam Giang (Quảng Nam) về kết quả phát huy vai trò già làng, người có uy tín trong hòa giải ở cơ sở giai đoạn 2018 - 2020. Tiếp và làm việc với đoàn có đồng chí Zơrâm Điêu, Phó Bí thư Thường trực Huyện ủy; các đồng chí Bhling Mia, Alăng Thị Đào - Phó Chủ tịch UBND huyện.
Đồng chí Zơrâm Điêu báo cáo tại buổi làm việc. Ảnh: Đinh Hiền
Báo cáo của Huyện ủy nêu rõ, Nam Giang có 12 xã, thị trấn với 65 thôn, trong đó đồng bào Cơ Tu, Gié Triêng, Ve, Tà Riềng chiếm 76% dân số. Toàn huyện có 98 già làng, người có uy tín, 100% tham gia tổ hòa giải thôn. Trong 3 năm, các tổ đã hòa giải thành 214/238 vụ việc, phần lớn là tranh chấp đất sản xuất, đất ở khi thực hiện các dự án thủy điện Sông Bung 2, Sông Bung 4 và tái định cư; mâu thuẫn giữa các gia đình khi chia tiền đền bù.
Huyện ủy đã ban hành Nghị quyết số 06-NQ/HU ngày 15/3/2018 về "Phát huy vai trò già làng trong xây dựng thôn bản văn hóa" và Quy chế phối hợp số 02-QC/HU giữa Ban Dân vận Huyện ủy với UBND huyện. Bình quân mỗi năm huyện bố trí khoảng 180 triệu đồng hỗ trợ già làng, tổ chức 2 đợt gặp mặt; 37 già làng được tặng Bằng khen, giấy khen các cấp.
Già làng Pơloong Bốn, thôn Pà Dấu 2, xã Tà Bhing, báo cáo với đoàn về vụ tranh chấp 3,2 ha đất rẫy giữa hai thôn Pà Dấu 1 và Pà Dấu 2 kéo dài từ năm 2016. "Tôi mời già làng hai thôn vào gươl, làm lễ theo phong tục, cả hai bên cùng đi cắm mốc, ký biên bản. Từ đó không còn ai cãi nhau nữa", già Bốn kể. Bà Briu Thị Pố, Chủ tịch Ủy ban MTTQ Việt Nam xã Tà Bhing, cho biết xã có 5 vụ mâu thuẫn vợ chồng được già làng khuyên giải, không vụ nào phải ra tòa.
Bên cạnh kết quả, báo cáo cũng thẳng thắn chỉ ra: một số già làng tuổi cao, sức yếu; chế độ hỗ trợ theo Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ chưa tương xứng; có nơi còn xử phạt theo luật tục bằng trâu, heo, vượt quá quy định.
Đồng chí Hồ Văn Niên đánh giá cao cách làm của Nam Giang, đề nghị huyện tổng kết thành mô hình để Ban Dân vận Trung ương tham khảo khi xây dựng đề án về người có uy tín giai đoạn tới; lưu ý gắn hòa giải với việc thực hiện Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị.
Đinh Hiền
Tin khác
- Nam Giang: 15 thôn ký quy ước bảo vệ rừng (18/09/2020)
- Hội nghị đối thoại với già làng xã La Dêê (04/09/2020)
""", "2020-09-25", "Nam Giang báo cáo Đoàn công tác Trung ương về vai trò già làng trong hòa giải",
E("bao_cao", None, "2020-09-23"),
[P("Hồ Văn Niên", "Phó Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương"),
 P("Zơrâm Điêu", "Phó Bí thư Thường trực Huyện ủy"),
 P("Bhling Mia", "Phó Chủ tịch UBND huyện"),
 P("Alăng Thị Đào", "Phó Chủ tịch UBND huyện"),
 P("Pơloong Bốn", "Già làng"),
 P("Briu Thị Pố", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tà Bhing")],
[Q("12 xã, thị trấn", 12, "xã, thị trấn"), Q("65 thôn", 65, "thôn"), Q("76%", 76, "%"),
 Q("98 già làng, người có uy tín", 98, "già làng, người có uy tín"), Q("100%", 100, "%"),
 Q("214/238 vụ việc", 214, "vụ việc"), Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"),
 Q("2 đợt gặp mặt", 2, "đợt gặp mặt"), Q("37 già làng", 37, "già làng"), Q("3,2 ha", 3.2, "ha"),
 Q("5 vụ mâu thuẫn vợ chồng", 5, "vụ mâu thuẫn vợ chồng")],
[D("Nghị quyết", "06", "NQ/HU", "2018-03-15", "Huyện ủy", "Nghị quyết số 06-NQ/HU ngày 15/3/2018"),
 D("Quy chế phối hợp", "02", "QC/HU", None, None, "Quy chế phối hợp số 02-QC/HU"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/02/2010")],
[prov("Quảng Nam"), com("Tà Bhing")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NAM GIANG - TỈNH QUẢNG NAM", "Bạn đang ở: Trang chủ | Tin tức - Sự kiện | Chính trị",
 "Đồng chí Zơrâm Điêu báo cáo tại buổi làm việc. Ảnh: Đinh Hiền", "Phát huy vai trò già làng trong xây dựng thôn bản văn hóa",
 "Sông Bung 2", "Sông Bung 4"],
["Ngày 25/09/2020 | 09:05", "giai đoạn 2018 - 2020", "Trong 3 năm", "năm 2016"]))

PAGES.append(page("b8439-binhphuoc-nguoiuytin-traoqua-2021", """
BAN DÂN VẬN TỈNH ỦY BÌNH PHƯỚC
Trang chủ - Tin tức - Dân tộc, tôn giáo
05-02-2021 10:20
Thăm, tặng quà Tết người có uy tín có công hòa giải ở Bù Đăng
Trong 2 ngày 3 và 4/2/2021, đồng chí Điểu Lứt, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đoàn công tác đến thăm, chúc Tết và tặng quà người có uy tín, già làng đồng bào S'tiêng, M'nông trên địa bàn huyện Bù Đăng, tỉnh Bình Phước nhân dịp Tết Nguyên đán Tân Sửu 2021.
Đồng chí Điểu Lứt tặng quà già làng Điểu Brơi. Ảnh: Thị Hiền
Đoàn đã đến thăm 6 già làng tiêu biểu tại các xã Đak Nhau, Đường 10, Bom Bo và trao 50 phần quà cho người có uy tín của huyện, mỗi phần quà gồm 1 triệu đồng tiền mặt và các nhu yếu phẩm, tổng trị giá hơn 75 triệu đồng. Kinh phí do Ban Dân vận Tỉnh ủy vận động từ các doanh nghiệp và Quỹ "Vì người nghèo" tỉnh.
Thăm già làng Điểu Brơi, 78 tuổi, ở bon Bù Kroai, xã Đường 10, đồng chí Điểu Lứt ghi nhận ông đã nhiều năm đứng ra hòa giải các vụ tranh chấp đất rẫy điều, cao su trong bon. Năm 2020, già Brơi cùng tổ hòa giải đã giải quyết thành 7 vụ, trong đó có vụ tranh chấp 2,8 ha đất giữa hai chị em ruột kéo dài 4 năm. Già làng Thị Bé (dân tộc M'nông), bon Bu Gia Rá, xã Đak Nhau, cũng được biểu dương vì đã vận động 3 cặp vợ chồng trẻ từ bỏ ý định ly hôn, đưa 11 thanh niên khỏi tệ nạn rượu chè, cờ bạc.
Theo đồng chí Lê Văn Hào, Phó Trưởng Ban Dân vận Tỉnh ủy, năm 2020 toàn tỉnh có 326 người có uy tín; các tổ hòa giải có người có uy tín tham gia đã hòa giải thành 392 vụ việc, chiếm 88,5% số vụ tiếp nhận. Tỉnh đã thực hiện đầy đủ chế độ theo Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 215-KH/TU ngày 15/6/2020 của Tỉnh ủy.
Dịp này, đoàn cũng đến thăm, tặng quà Ban Thường trực Ủy ban MTTQ xã Bom Bo. Ông Điểu Thanh Hải, Chủ tịch Ủy ban MTTQ Việt Nam xã Bom Bo, cho biết xã đang duy trì 9 tổ hòa giải, 9 tổ tự quản về an ninh trật tự, trong năm không để xảy ra điểm nóng về tranh chấp đất đai.
Đồng chí Điểu Lứt đề nghị già làng, người có uy tín tiếp tục làm tốt vai trò "người giữ lửa" của bon, sóc; vận động bà con đón Tết vui tươi, an toàn, thực hiện nghiêm các biện pháp phòng, chống dịch Covid-19, không tụ tập đông người.
Tại xã Đak Nhau, bà Thị Lan, Phó Chủ tịch UBND xã, cho biết nhiều vụ việc trước đây phải đưa lên huyện nay được già làng mời hai bên về nhà dài của bon để nói chuyện, phân xử theo lệ bon và theo pháp luật; năm 2020 xã không có đơn thư vượt cấp về đất đai.
Cùng ngày, đoàn tặng 200 suất quà Tết cho hộ đồng bào dân tộc thiểu số nghèo của huyện, mỗi suất trị giá 500.000 đồng.
Thị Hiền
Tin liên quan
- Lộc Ninh: gặp mặt người có uy tín năm 2021 (29/01/2021)
- Bù Gia Mập trao 300 phần quà cho hộ nghèo (22/01/2021)
- Ban Dân vận Tỉnh ủy giao ban khối quý IV/2020 (31/12/2020)
""", "2021-02-05", "Thăm, tặng quà Tết người có uy tín có công hòa giải ở Bù Đăng",
E("trao_qua", None, "2021-02-03"),
[P("Điểu Lứt", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Brơi", "già làng"),
 P("Thị Bé", "Già làng"),
 P("Lê Văn Hào", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thị Lan", "Phó Chủ tịch UBND xã"),
 P("Điểu Thanh Hải", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bom Bo")],
[Q("6 già làng tiêu biểu", 6, "già làng tiêu biểu"), Q("50 phần quà", 50, "phần quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("hơn 75 triệu đồng", 75000000, "đồng", "over"), Q("7 vụ", 7, "vụ"), Q("2,8 ha", 2.8, "ha"),
 Q("3 cặp vợ chồng trẻ", 3, "cặp vợ chồng trẻ"), Q("11 thanh niên", 11, "thanh niên"),
 Q("326 người có uy tín", 326, "người có uy tín"), Q("392 vụ việc", 392, "vụ việc"), Q("88,5%", 88.5, "%"),
 Q("9 tổ hòa giải", 9, "tổ hòa giải"), Q("9 tổ tự quản về an ninh trật tự", 9, "tổ tự quản về an ninh trật tự"),
 Q("200 suất quà", 200, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Kế hoạch", "215", "KH/TU", "2020-06-15", "Tỉnh ủy", "Kế hoạch số 215-KH/TU ngày 15/6/2020")],
[prov("Bình Phước"), com("Đak Nhau"), com("Đường 10"), com("Bom Bo")],
["BAN DÂN VẬN TỈNH ỦY BÌNH PHƯỚC", "Trang chủ - Tin tức - Dân tộc, tôn giáo",
 "Đồng chí Điểu Lứt tặng quà già làng Điểu Brơi. Ảnh: Thị Hiền", "Vì người nghèo", "người giữ lửa", "Covid-19"],
["05-02-2021 10:20", "Trong 2 ngày", "Tết Nguyên đán Tân Sửu 2021", "78 tuổi", "Năm 2020", "4 năm", "năm 2020"]))

PAGES.append(page("b8440-nghean-kyson-hoinghi-2022", """
BÁO NGHỆ AN
Xã hội › Dân tộc - Miền núi
Cập nhật lúc 17:20 ngày 02/12/2022
Kỳ Sơn biểu dương 85 người có uy tín tiêu biểu trong hòa giải ở cơ sở
(Baonghean.vn) - Ngày 1/12, UBND huyện Kỳ Sơn (Nghệ An) tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2022. Dự hội nghị có đồng chí Vi Thị Hương, Phó Trưởng Ban Dân tộc tỉnh; đồng chí Lữ Thanh Bình, Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện Kỳ Sơn.
Các đại biểu dự hội nghị. Ảnh: Đình Tuấn
Kỳ Sơn là huyện biên giới có 21 xã, thị trấn với các dân tộc Mông, Khơ Mú, Thái, Hoa. Toàn huyện hiện có 204 người có uy tín, trong đó 85 người được bình chọn tiêu biểu năm 2022. Theo báo cáo, năm qua người có uy tín đã tham gia hòa giải thành công 58/63 vụ việc, chủ yếu là tranh chấp đất nương rẫy giữa các bản giáp ranh, mâu thuẫn về chia đất giữa anh em trong dòng họ người Mông; vận động 27 cặp tảo hôn, kết hôn cận huyết thống dừng chung sống; cung cấp 16 nguồn tin có giá trị cho lực lượng biên phòng.
Điển hình là ông Xồng Bá Dê, người có uy tín bản Huồi Giảng 2, xã Na Ngoi, đã hòa giải thành vụ tranh chấp khoảng 5 ha đất nương giữa họ Xồng và họ Lầu kéo dài hơn 10 năm; ông Lo Văn Pắn (dân tộc Khơ Mú), bản Xốp Tụ, xã Mường Lống, vận động con cháu trong họ trả lại 2.000 m2 đất lấn chiếm của gia đình người em. Ông Lô Văn Ngọc, trưởng bản Piêng Phô, xã Bảo Nam (dân tộc Thái), thì cùng Chi hội Phụ nữ bản hòa giải thành 4 vụ mâu thuẫn vợ chồng.
Phát biểu tại hội nghị, đồng chí Vi Thị Hương đánh giá cao vai trò của người có uy tín trong thực hiện Quyết định số 12/2018/QĐ-TTg và Chỉ thị số 05-CT/TU ngày 23/3/2021 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác hòa giải ở cơ sở; đề nghị huyện quan tâm tập huấn cho người có uy tín kiến thức về Luật Đất đai, kỹ năng hòa giải.
Đồng chí Lữ Thanh Bình yêu cầu các xã không để người có uy tín "đơn độc" khi hòa giải các vụ việc phức tạp; cán bộ tư pháp, công an xã phải cùng vào cuộc; định kỳ 6 tháng một lần tổ chức gặp mặt, nắm tâm tư của người có uy tín.
Ông Moong Văn Thái, Phó Chủ tịch UBND xã Mường Lống, cho biết xã đã đưa người có uy tín vào thành phần tổ hòa giải ở 100% bản; nhờ vậy, năm 2022 xã không có vụ tranh chấp nào phải chuyển lên huyện, số đơn thư giảm hơn một nửa so với năm trước.
Dịp này, UBND huyện tặng giấy khen cho 85 người có uy tín tiêu biểu, mỗi người được thưởng 500.000 đồng; Đồn Biên phòng Mường Lống tặng 30 suất quà, trị giá 300.000 đồng mỗi suất, cho người có uy tín các xã biên giới.
Đình Tuấn
Tin liên quan
- Tương Dương tập huấn kỹ năng hòa giải cho 120 trưởng bản (25/11/2022)
- Quế Phong: 3 vụ tranh chấp đất rừng được hòa giải thành (17/11/2022)
- Con Cuông gặp mặt người có uy tín đồng bào Đan Lai (08/11/2022)
""", "2022-12-02", "Kỳ Sơn biểu dương 85 người có uy tín tiêu biểu trong hòa giải ở cơ sở",
E("hoi_nghi", "2022", "2022-12-01"),
[P("Vi Thị Hương", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Lữ Thanh Bình", "Tỉnh ủy viên", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện Kỳ Sơn"),
 P("Xồng Bá Dê", "người có uy tín bản Huồi Giảng 2"),
 P("Lo Văn Pắn"),
 P("Lô Văn Ngọc", "trưởng bản Piêng Phô"),
 P("Moong Văn Thái", "Phó Chủ tịch UBND xã Mường Lống")],
[Q("85 người có uy tín tiêu biểu", 85, "người có uy tín tiêu biểu"), Q("21 xã, thị trấn", 21, "xã, thị trấn"),
 Q("204 người có uy tín", 204, "người có uy tín"), Q("58/63 vụ việc", 58, "vụ việc"),
 Q("27 cặp tảo hôn, kết hôn cận huyết thống", 27, "cặp tảo hôn, kết hôn cận huyết thống"),
 Q("16 nguồn tin có giá trị", 16, "nguồn tin có giá trị"), Q("khoảng 5 ha", 5, "ha", "approx"),
 Q("2.000 m2", 2000, "m2"), Q("4 vụ mâu thuẫn vợ chồng", 4, "vụ mâu thuẫn vợ chồng"), Q("100% bản", 100, "%"),
 Q("500.000 đồng", 500000, "đồng"), Q("30 suất quà", 30, "suất quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, None, "Quyết định số 12/2018/QĐ-TTg"),
 D("Chỉ thị", "05", "CT/TU", "2021-03-23", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 23/3/2021")],
[prov("Nghệ An"), com("Na Ngoi"), com("Mường Lống"), com("Bảo Nam")],
["BÁO NGHỆ AN", "Xã hội › Dân tộc - Miền núi", "(Baonghean.vn)", "Các đại biểu dự hội nghị. Ảnh: Đình Tuấn", "Luật Đất đai",
 "Đồn Biên phòng Mường Lống", "Chi hội Phụ nữ bản"],
["Cập nhật lúc 17:20 ngày 02/12/2022", "năm 2022", "hơn 10 năm", "6 tháng một lần", "hơn một nửa"]))
