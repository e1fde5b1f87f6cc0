from lib import *
PAGES = []

PAGES.append(page("b3503-gialai-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ > Tin tức > Dân vận - Dân tộc - Tôn giáo
Thứ Sáu, 26/12/2025 - 10:45
Toàn cảnh hội nghị tại điểm cầu chính.
Gia Lai triển khai nhiệm vụ dân vận năm 2026
Ngày 24/12/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị trực tuyến tổng kết công tác tuyên giáo, dân vận năm 2025, triển khai nhiệm vụ năm 2026 tới 135 điểm cầu xã, phường. Đây là năm đầu tiên tỉnh Gia Lai mới (hợp nhất từ tỉnh Gia Lai và tỉnh Bình Định) tổng kết công tác dân vận.
Đồng chí Rah Lan Chung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị. Cùng chủ trì có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Lê Văn Thành, Ksor H'Nương, Đinh Văn Tú.
Báo cáo cho thấy, năm 2025 công tác vận động đồng bào vùng có dân di cư tự do tiếp tục chuyển biến. Toàn tỉnh phát sinh 19 hộ với 83 khẩu di cư tự do đến, thấp nhất trong 10 năm; các xã đã đăng ký thường trú cho 1.265 hộ di cư còn tồn đọng, đưa tỷ lệ hộ di cư tự do có nơi thường trú lên 96,4%. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 03, 04-CT/TU về công tác dân vận trong giai đoạn vận hành chính quyền địa phương hai cấp và về ổn định dân cư vùng biên giới, vùng đồng bào dân tộc thiểu số.
Thực hiện Quyết định số 590/QĐ-TTg của Thủ tướng Chính phủ, tỉnh đã hoàn thành 4 dự án bố trí ổn định dân di cư tự do tại các xã Ia Lâu, Ia Pia, Ia Púch với tổng vốn hơn 210 tỷ đồng. Toàn tỉnh có 1.348 mô hình "Dân vận khéo", trong đó 64 mô hình cấp tỉnh.
Tại hội nghị, đồng chí Siu Thị Hoa, Bí thư Đảng ủy xã Ia Púch nhiệm kỳ 2025 - 2030, cho biết xã vừa vận động 42 hộ dân di cư tự do sống rải rác trong rừng về điểm dân cư tập trung làng Mới. Đồng chí Nguyễn Văn Phúc, Phó Chủ tịch UBND xã Ia Lâu, đề nghị tỉnh có cơ chế cho các xã chủ động quỹ đất để giao cho hộ mới đến.
Phát biểu kết luận, đồng chí Rah Lan Chung yêu cầu năm 2026 toàn ngành tập trung tuyên truyền Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I; nâng cao chất lượng hoạt động của đội công tác dân vận ở các xã biên giới; không để phát sinh điểm dân cư tự phát mới. Đồng chí cũng đề nghị sớm hoàn thành rà soát, xây dựng cơ sở dữ liệu hộ di cư tự do gắn với dữ liệu dân cư quốc gia.
Dịp này, 21 tập thể và 35 cá nhân được Ban tặng giấy khen vì thành tích xuất sắc trong công tác tuyên giáo, dân vận năm 2025.
Phương Vi
Lượt xem: 2.046
Tin liên quan
- Quy Nhơn Nam: đối thoại với người dân về chỉnh trang đô thị (19/12/2025)
- Gia Lai tuyên dương 150 người có uy tín tiêu biểu (12/12/2025)
- Giao ban khối dân vận quý III năm 2025 (03/10/2025)
- Xã Ia Pia ra mắt mô hình "Làng không có hộ di cư tự do mới" (26/09/2025)
""", "2025-12-26", "Gia Lai triển khai nhiệm vụ dân vận năm 2026",
E("tong_ket", "2025", "2025-12-24"),
[P("Rah Lan Chung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Văn Thành", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ksor H'Nương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Văn Tú", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Siu Thị Hoa", "Bí thư Đảng ủy xã Ia Púch nhiệm kỳ 2025 - 2030"),
 P("Nguyễn Văn Phúc", "Phó Chủ tịch UBND xã Ia Lâu")],
[Q("135 điểm cầu xã, phường", 135, "điểm cầu xã, phường"), Q("19 hộ", 19, "hộ"), Q("83 khẩu", 83, "khẩu"), Q("1.265 hộ di cư", 1265, "hộ di cư"),
 Q("96,4%", 96.4, "%"), Q("4 dự án bố trí ổn định dân di cư tự do", 4, "dự án bố trí ổn định dân di cư tự do"), Q("hơn 210 tỷ đồng", 210000000000, "đồng", "over"),
 Q("1.348 mô hình", 1348, "mô hình"), Q("64 mô hình cấp tỉnh", 64, "mô hình cấp tỉnh"), Q("42 hộ dân di cư tự do", 42, "hộ dân di cư tự do"),
 Q("21 tập thể", 21, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Quyết định", "590", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 590/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Gia Lai"), prov("Bình Định"), com("Ia Lâu"), com("Ia Pia"), com("Ia Púch")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ > Tin tức > Dân vận - Dân tộc - Tôn giáo", "Toàn cảnh hội nghị tại điểm cầu chính.",
 "Dân vận khéo", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I", "Lượt xem: 2.046", "làng Mới"],
["Thứ Sáu, 26/12/2025 - 10:45", "năm 2025", "năm 2026", "trong 10 năm", "hai cấp", "nhiệm kỳ 2025 - 2030", "lần thứ I", "Lượt xem: 2.046"]))

PAGES.append(page("b3504-lamdong-btgdv-giaoban-q3-2025", """
Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng
You are here: Trang chủ » Hoạt động » Dân vận
09/10/2025 - 15:20
Đồng chí K'Điệp phát biểu tại hội nghị.
Quan tâm ổn định dân cư tự do ở các xã phía Tây tỉnh
Sáng 8/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức giao ban công tác dân vận quý III năm 2025 theo hình thức trực tiếp kết hợp trực tuyến. Đồng chí K'Điệp, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận, toàn tỉnh hiện còn khoảng 3.900 hộ di cư tự do chưa ổn định, tập trung ở các xã Quảng Trực, Tuy Đức, Quảng Sơn, Đắk Wil (thuộc tỉnh Đắk Nông cũ). Trong quý III, các xã đã tiếp nhận thêm 12 hộ với 51 khẩu; vận động 27 hộ vào các điểm dân cư tập trung; 9 hộ tự nguyện trả lại khoảng 14 ha đất rừng lấn chiếm.
Công tác dân vận chính quyền cấp xã có nhiều chuyển biến sau khi vận hành mô hình chính quyền địa phương hai cấp: 124/124 xã, phường, đặc khu đã thành lập tổ dân vận; bộ phận một cửa giải quyết 2.315 hồ sơ đăng ký cư trú, trong đó 640 hồ sơ của hộ di cư tự do.
Tại hội nghị, đồng chí Điểu Khanh, Bí thư Đảng ủy xã Quảng Trực nhiệm kỳ 2025 - 2030, phản ánh: xã có đường biên giới dài, nhiều hộ người Mông, Dao mới đến sống rải rác trong các tiểu khu rừng, việc vận động vào khu tập trung còn khó khăn vì thiếu đất sản xuất. Bà Hoàng Thị Dung, Chủ tịch Ủy ban MTTQ Việt Nam xã Tuy Đức, cho biết Mặt trận xã đã vận động xây 6 căn nhà Đại đoàn kết cho hộ di cư nghèo, mỗi căn 60 triệu đồng.
Đồng chí Bon Jốc Ha Duyên, Trưởng phòng Dân vận chính quyền, Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy, thông tin: Ban đang tham mưu Ban Thường vụ Tỉnh ủy xây dựng Đề án số 05-ĐA/TU về ổn định dân di cư tự do giai đoạn 2026 - 2030, dự kiến trình trong quý IV.
Kết luận giao ban, đồng chí K'Điệp đề nghị các đảng ủy xã tiếp tục thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; bám sát địa bàn, không để phát sinh điểm nóng về đất đai; phối hợp lực lượng Biên phòng kiểm soát người đến cư trú ở khu vực biên giới.
Trọng Nghĩa
Lượt xem: 734
Các tin khác
- Xã Tuy Đức tuyên dương 12 gương điển hình "Dân vận khéo" (30/09/2025)
- Hội nghị người có uy tín xã Đắk Wil năm 2025 (24/09/2025)
- Phan Thiết: đối thoại với tiểu thương chợ trung tâm (16/09/2025)
- Lâm Đồng ra mắt chuyên trang Dân vận trên Cổng thông tin tỉnh (05/09/2025)
- Xã Quảng Sơn: trao 20 suất học bổng cho học sinh người Mông (28/08/2025)
- Hàm Thuận Nam tập huấn kỹ năng dân vận cho cán bộ thôn (15/08/2025)
""", "2025-10-09", "Quan tâm ổn định dân cư tự do ở các xã phía Tây tỉnh",
E("giao_ban", "2025-Q3", "2025-10-08"),
[P("K'Điệp", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Khanh", "Bí thư Đảng ủy xã Quảng Trực nhiệm kỳ 2025 - 2030"),
 P("Hoàng Thị Dung", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tuy Đức"),
 P("Bon Jốc Ha Duyên", "Trưởng phòng Dân vận chính quyền, Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("3 tỉnh", 3, "tỉnh"), Q("khoảng 3.900 hộ di cư tự do", 3900, "hộ di cư tự do", "approx"), Q("12 hộ", 12, "hộ"), Q("51 khẩu", 51, "khẩu"),
 Q("27 hộ", 27, "hộ"), Q("9 hộ", 9, "hộ"), Q("khoảng 14 ha", 14, "ha", "approx"), Q("124/124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("2.315 hồ sơ đăng ký cư trú", 2315, "hồ sơ đăng ký cư trú"), Q("640 hồ sơ", 640, "hồ sơ"), Q("6 căn nhà Đại đoàn kết", 6, "căn nhà Đại đoàn kết"),
 Q("60 triệu đồng", 60000000, "đồng")],
[D("Đề án", "05", "ĐA/TU", None, "Ban Thường vụ Tỉnh ủy", "Đề án số 05-ĐA/TU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Tuy Đức"), com("Quảng Sơn"), com("Đắk Wil")],
["Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng", "You are here: Trang chủ » Hoạt động » Dân vận", "Đồng chí K'Điệp phát biểu tại hội nghị.", "Lượt xem: 734"],
["09/10/2025 - 15:20", "quý III năm 2025", "quý III", "hai cấp", "nhiệm kỳ 2025 - 2030", "giai đoạn 2026 - 2030", "quý IV", "Lượt xem: 734"]))

PAGES.append(page("b3505-daklak-mttq-giamsat-easup-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ :: Giám sát, phản biện xã hội
14.11.2025 | 08:50
Đoàn giám sát khảo sát thực tế tại điểm dân cư số 3.
Mặt trận giám sát dự án ổn định dân di cư tự do tại xã Ea Súp
Trong 2 ngày 11 và 12/11/2025, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk do đồng chí Y Wem Mlô, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Dự án sắp xếp, ổn định dân di cư tự do tại xã Ea Súp và xã Ia Rvê.
Tham gia đoàn có 14 đồng chí là đại diện các tổ chức chính trị - xã hội tỉnh, Sở Nông nghiệp và Môi trường, Ban Dân tộc - Tôn giáo.
Báo cáo của UBND xã Ea Súp cho biết, dự án được phê duyệt theo Quyết định số 2716/QĐ-UBND ngày 30/9/2021 của UBND tỉnh Đắk Lắk (cũ), quy mô bố trí 450 hộ, tổng mức đầu tư hơn 96 tỷ đồng. Đến nay đã hoàn thành 18 km đường giao thông, 1 trạm biến áp, 2 công trình cấp nước; bố trí đất ở cho 318 hộ, đạt 70,7% kế hoạch; cấp giấy chứng nhận quyền sử dụng đất cho 205 hộ.
Qua giám sát, đoàn ghi nhận việc thực hiện dự án đã góp phần ổn định đời sống cho đồng bào Nùng, Tày, Mông từ các tỉnh phía Bắc đến sinh sống. Tuy nhiên, tiến độ giao đất sản xuất chậm; có 37 hộ sau khi nhận đất ở đã chuyển nhượng trái phép; một số hạng mục xuống cấp sau khi bàn giao. Việc hợp nhất tỉnh Đắk Lắk và tỉnh Phú Yên, tổ chức lại chính quyền cấp xã cũng khiến việc bàn giao hồ sơ dự án còn lúng túng.
Tại buổi làm việc, bà Nông Thị Hằng, Chủ tịch Ủy ban MTTQ Việt Nam xã Ea Súp, đề nghị công khai danh sách hộ được giao đất để nhân dân giám sát. Ông Hoàng Văn Kỳ, Trưởng thôn 6, xã Ia Rvê, kiến nghị làm thêm cầu tràn vì mùa mưa thôn bị chia cắt. Đồng chí Y Dhi Niê, Phó Chủ tịch UBND xã Ia Rvê, tiếp thu và cho biết xã đã lập kế hoạch thu hồi đất của các hộ chuyển nhượng sai quy định.
Kết luận, đồng chí Y Wem Mlô đề nghị UBND các xã phối hợp các sở, ngành hoàn thành giao đất sản xuất trong quý I/2026; thực hiện đúng Quy chế giám sát và phản biện xã hội ban hành kèm theo Quyết định số 217-QĐ/TW của Bộ Chính trị; phát huy vai trò Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng ở cơ sở.
Kim Oanh
Lượt xem: 517
Tin liên quan
- Tuy An: Mặt trận xã vận động xây nhà Đại đoàn kết (07/11/2025)
- Ngày hội Đại đoàn kết toàn dân tộc ở buôn Ko Siêr (31/10/2025)
- Giám sát thực hiện chính sách đối với người có uy tín (20/10/2025)
- Xã Ea Rốk: đối thoại với người dân về đất sản xuất (10/10/2025)
- Phường Tuy Hòa ra mắt mô hình khu dân cư văn minh (02/10/2025)
- Hiệp thương cử Ban Thường trực Ủy ban MTTQ xã Ea Súp (18/09/2025)
""", "2025-11-14", "Mặt trận giám sát dự án ổn định dân di cư tự do tại xã Ea Súp",
E("giam_sat", None, "2025-11-11"),
[P("Y Wem Mlô", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nông Thị Hằng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ea Súp"),
 P("Hoàng Văn Kỳ", "Trưởng thôn 6"),
 P("Y Dhi Niê", "Phó Chủ tịch UBND xã Ia Rvê")],
[Q("14 đồng chí", 14, "đồng chí"), Q("450 hộ", 450, "hộ"), Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over"), Q("18 km", 18, "km"),
 Q("2 công trình cấp nước", 2, "công trình cấp nước"), Q("318 hộ", 318, "hộ"), Q("70,7%", 70.7, "%"), Q("205 hộ", 205, "hộ"), Q("37 hộ", 37, "hộ")],
[D("Quyết định", "2716", "QĐ-UBND", "2021-09-30", "UBND tỉnh Đắk Lắk (cũ)", "Quyết định số 2716/QĐ-UBND ngày 30/9/2021 của UBND tỉnh Đắk Lắk (cũ)"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW của Bộ Chính trị")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Ea Súp"), com("Ia Rvê")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ :: Giám sát, phản biện xã hội", "Đoàn giám sát khảo sát thực tế tại điểm dân cư số 3.",
 "Quy chế giám sát và phản biện xã hội", "Lượt xem: 517"],
["14.11.2025 | 08:50", "14 đồng chí", "2 ngày", "1 trạm biến áp", "quý I/2026", "điểm dân cư số 3", "thôn 6", "Lượt xem: 517"]))

PAGES.append(page("b3506-laocai-dangu-muchangchai-thamtet-2026", """
Đảng ủy xã Mù Cang Chải - tỉnh Lào Cai
Trang chủ > Tin tức > Hoạt động của Đảng ủy
Thứ Ba, 10/02/2026
Lãnh đạo xã thăm gia đình ông Lý A Dơ.
Thăm, chúc Tết các hộ trở về từ Tây Nguyên
Ngày 9/2/2026, đồng chí Thào A Chư, Bí thư Đảng ủy xã Mù Cang Chải cùng đoàn công tác của xã đã đến thăm, chúc Tết Bính Ngọ 2026 các gia đình đồng bào Mông đã di cư tự do vào Tây Nguyên nay trở về quê sinh sống tại các thôn Mồ Dề, Chế Cu Nha, Dế Xu Phình.
Cùng đi có đồng chí Lù Thị Chiên, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã và đồng chí Giàng A Sình, Phó Chủ tịch UBND xã, Trưởng Công an xã.
Theo thống kê của xã, từ năm 2023 đến nay đã có 17 hộ với 86 nhân khẩu từ các tỉnh Đắk Lắk, Lâm Đồng (mới) trở về. Sau khi tỉnh Lào Cai và tỉnh Yên Bái hợp nhất, xã Mù Cang Chải được thành lập trên cơ sở thị trấn Mù Cang Chải và các xã lân cận; công tác tiếp nhận, đăng ký thường trú cho người trở về được thực hiện ngay tại bộ phận một cửa của xã. Đến nay 100% số hộ đã được đăng ký thường trú, 14 hộ được hỗ trợ đất ở theo Nghị quyết số 08/2025/NQ-HĐND của HĐND tỉnh.
Tại nhà ông Lý A Dơ, thôn Mồ Dề, đồng chí Thào A Chư hỏi thăm tình hình sản xuất, đời sống. Ông Dơ kể, năm 2017 cả nhà bán ruộng bậc thang vào Đắk Lắk làm thuê, cuộc sống bấp bênh, con không được đi học; năm 2024 được cán bộ xã liên hệ, động viên nên quyết định về quê. Nay gia đình đã có nhà mới, 2 con đi học trở lại, vợ chồng làm homestay đón khách du lịch.
Bà Sùng Thị Mai, thôn Chế Cu Nha, chia sẻ mong muốn được vay vốn để nuôi bò. Đồng chí Lù Thị Chiên ghi nhận và đề nghị Hội Liên hiệp Phụ nữ xã hướng dẫn thủ tục vay ưu đãi.
Đồng chí Bí thư Đảng ủy xã mong các gia đình yên tâm ổn định cuộc sống, tích cực lao động sản xuất, trở thành những "tuyên truyền viên" vận động người thân đang ở nơi khác về quê; đồng thời giao các tổ công tác dân vận thôn tiếp tục nắm chắc tâm tư của bà con, kịp thời báo cáo những trường hợp có ý định di cư.
Thào Mỷ
Lượt truy cập: 3.305
Tin liên quan
- Xã Mù Cang Chải tổng kết công tác xây dựng Đảng năm 2025 (30/12/2025)
- Ra mắt tổ công nghệ số cộng đồng ở thôn Dế Xu Phình (18/12/2025)
- Lễ hội ruộng bậc thang thu hút đông du khách (28/09/2025)
- Đại hội Đảng bộ xã Mù Cang Chải lần thứ I, nhiệm kỳ 2025 - 2030 (15/08/2025)
- Công an xã hỗ trợ người dân làm thủ tục cư trú trực tuyến (05/08/2025)
- Ra mắt xã Mù Cang Chải sau sắp xếp đơn vị hành chính (01/07/2025)
- Thanh niên tình nguyện giúp đồng bào sửa nhà, làm đường (20/06/2025)
- Vận động đồng bào giữ gìn nghề dệt thổ cẩm truyền thống (06/06/2025)
- Hội Nông dân xã hướng dẫn bà con nuôi bò vỗ béo (22/05/2025)
""", "2026-02-10", "Thăm, chúc Tết các hộ trở về từ Tây Nguyên",
E("khac", None, "2026-02-09"),
[P("Thào A Chư", "Bí thư Đảng ủy xã Mù Cang Chải", "Bí thư Đảng ủy xã"),
 P("Lù Thị Chiên", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Giàng A Sình", "Phó Chủ tịch UBND xã", "Trưởng Công an xã"),
 P("Lý A Dơ"), P("Sùng Thị Mai")],
[Q("17 hộ", 17, "hộ"), Q("86 nhân khẩu", 86, "nhân khẩu"), Q("100%", 100, "%"), Q("14 hộ", 14, "hộ")],
[D("Nghị quyết", "08", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 08/2025/NQ-HĐND của HĐND tỉnh")],
[prov("Lào Cai"), prov("Yên Bái"), prov("Đắk Lắk"), prov("Lâm Đồng"), com("Mù Cang Chải")],
["Đảng ủy xã Mù Cang Chải - tỉnh Lào Cai", "Trang chủ > Tin tức > Hoạt động của Đảng ủy", "Lãnh đạo xã thăm gia đình ông Lý A Dơ.",
 "Tây Nguyên", "tuyên truyền viên", "Lượt truy cập: 3.305", "thôn Mồ Dề"],
["Thứ Ba, 10/02/2026", "Tết Bính Ngọ 2026", "2 con", "từ năm 2023", "năm 2017", "năm 2024", "Lượt truy cập: 3.305"]))

PAGES.append(page("b3507-quangngai-xaiatoi-doithoai-2026", """
Cổng thông tin điện tử xã Ia Tơi - tỉnh Quảng Ngãi
Trang chủ | Tin tức - Sự kiện | Thông tin hoạt động
Ngày đăng 23/04/2026 | 16:20
Đồng chí Lương Văn Thái phát biểu tại buổi đối thoại.
Xã Ia Tơi đối thoại với hộ di cư tự do về đất ở, đất sản xuất
Chiều 21/4, Đảng ủy, HĐND, UBND xã Ia Tơi tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2026, tập trung vào việc giải quyết đất ở, đất sản xuất cho các hộ di cư tự do. Đồng chí Lương Văn Thái, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; dự có đồng chí A Pơ, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Quảng Ngãi.
Xã Ia Tơi được thành lập từ ngày 1/7/2025 trên cơ sở các xã Ia Tơi, Ia Đal của huyện Ia H'Drai, tỉnh Kon Tum (cũ). Toàn xã hiện có 1.524 hộ, trong đó khoảng 900 hộ di cư tự do đến từ các tỉnh Thanh Hóa, Nghệ An, Cao Bằng; phần lớn sống trên đất nông, lâm trường cũ đã bàn giao về địa phương.
Tại buổi đối thoại, 26 ý kiến đã được người dân nêu lên. Ông Sùng A Pó, thôn 5, hỏi khi nào các hộ ở trên đất Công ty cao su cũ được cấp giấy chứng nhận quyền sử dụng đất. Bà Y Bríu, người Xơ Đăng, vừa được bầu giữ chức Trưởng thôn 2, đề nghị sớm kéo điện lưới đến các nhóm hộ ở xa. Ông Hà Văn Chiến, người Thái từ Nghệ An vào năm 2014, phản ánh tình trạng tranh chấp ranh giới rẫy giữa các hộ.
Trả lời các ý kiến, đồng chí A Pơ cho biết tỉnh đang thực hiện Đề án số 03/ĐA-UBND ngày 15/01/2026 của UBND tỉnh về rà soát, sắp xếp, ổn định dân di cư tự do khu vực Ia H'Drai (cũ) giai đoạn 2026 - 2030, dự kiến bố trí khoảng 420 tỷ đồng, quy hoạch 6 điểm dân cư tập trung. Trước mắt, năm 2026 xã được giao đo đạc, cấp giấy chứng nhận cho không dưới 300 hộ đủ điều kiện.
Đồng chí Đinh Thị Lành, Phó Chủ tịch UBND xã, thông tin: từ khi vận hành chính quyền hai cấp, xã đã đăng ký thường trú cho 412 hộ với 1.630 nhân khẩu; thực hiện Nghị định số 154/2024/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Cư trú, các trường hợp đủ điều kiện được giải quyết trong ngày tại Trung tâm phục vụ hành chính công xã.
Kết luận, đồng chí Lương Văn Thái giao Ban Chỉ huy Quân sự xã và các đội công tác dân vận phối hợp hòa giải tranh chấp ranh giới đất rẫy trong tháng 5; yêu cầu công khai kết quả giải quyết các kiến nghị tại nhà văn hóa các thôn.
Sau buổi đối thoại, đoàn công tác của tỉnh đã đến thăm điểm dân cư tập trung thôn 7, nơi có 64 hộ đồng bào Mông đang sinh sống.
Minh Khang
Lượt xem: 388
Tin liên quan
- Xã Ia Tơi ra mắt tổ hòa giải ở cơ sở (15/04/2026)
- Bầu cử đại biểu Quốc hội và HĐND các cấp thành công tốt đẹp (16/03/2026)
- Xã Ia Đal tổ chức Ngày hội văn hóa các dân tộc (02/03/2026)
""", "2026-04-23", "Xã Ia Tơi đối thoại với hộ di cư tự do về đất ở, đất sản xuất",
E("doi_thoai", "2026", "2026-04-21"),
[P("Lương Văn Thái", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("A Pơ", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh Quảng Ngãi"),
 P("Sùng A Pó"),
 P("Y Bríu", "Trưởng thôn 2"),
 P("Hà Văn Chiến"),
 P("Đinh Thị Lành", "Phó Chủ tịch UBND xã")],
[Q("1.524 hộ", 1524, "hộ"), Q("khoảng 900 hộ di cư tự do", 900, "hộ di cư tự do", "approx"), Q("26 ý kiến", 26, "ý kiến"),
 Q("khoảng 420 tỷ đồng", 420000000000, "đồng", "approx"), Q("6 điểm dân cư tập trung", 6, "điểm dân cư tập trung"),
 Q("không dưới 300 hộ", 300, "hộ", "over"), Q("412 hộ", 412, "hộ"), Q("1.630 nhân khẩu", 1630, "nhân khẩu"), Q("64 hộ đồng bào Mông", 64, "hộ đồng bào Mông")],
[D("Đề án", "03", "ĐA-UBND", "2026-01-15", "UBND tỉnh", "Đề án số 03/ĐA-UBND ngày 15/01/2026 của UBND tỉnh"),
 D("Nghị định", "154", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 154/2024/NĐ-CP của Chính phủ")],
[prov("Quảng Ngãi"), prov("Kon Tum"), prov("Thanh Hóa"), prov("Nghệ An"), prov("Cao Bằng"), com("Ia Tơi"), com("Ia Đal")],
["Cổng thông tin điện tử xã Ia Tơi - tỉnh Quảng Ngãi", "Trang chủ | Tin tức - Sự kiện | Thông tin hoạt động",
 "Đồng chí Lương Văn Thái phát biểu tại buổi đối thoại.", "Luật Cư trú", "Trung tâm phục vụ hành chính công xã", "Lượt xem: 388"],
["Ngày đăng 23/04/2026 | 16:20", "năm 2026", "1/7/2025", "năm 2014", "giai đoạn 2026 - 2030", "hai cấp", "tháng 5", "thôn 5", "thôn 7", "Lượt xem: 388"]))

PAGES.append(page("b3508-tuyenquang-btgdv-soket-2026", """
Hôm nay: Chủ Nhật, 19/07/2026
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ » Dân vận » Dân tộc - Tôn giáo
17/07/2026 - 09:05
Tuyên Quang: Ngăn chặn tình trạng di cư tự do ở các xã vùng cao biên giới
Ngày 15/7/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm, trong đó đánh giá chuyên đề về vận động đồng bào ở các xã vùng cao không di cư tự do.
Quang cảnh hội nghị. Ảnh: Thanh Hà
Chủ trì hội nghị có đồng chí Ma Thị Thúy, TUV, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Vàng Mí Sính, Nông Thị Hạnh - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Báo cáo cho biết, trên địa bàn các xã vùng cao thuộc tỉnh Hà Giang (cũ), 6 tháng đầu năm phát sinh 11 hộ với 54 khẩu di cư tự do đi các tỉnh Đắk Lắk, Lâm Đồng, giảm 15 hộ so với cùng kỳ năm 2025; 8 hộ đã được vận động trở về. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 25-KH/TU về tăng cường công tác dân vận vùng đồng bào dân tộc thiểu số, biên giới; Ban ban hành Hướng dẫn số 07-HD/BTGDVTU về hoạt động của tổ dân vận thôn sau sắp xếp.
Toàn tỉnh đã kiện toàn 2.046 tổ dân vận thôn, tổ dân phố; phát huy vai trò của 1.180 người có uy tín trong đồng bào dân tộc thiểu số. Các xã biên giới Lũng Cú, Sơn Vĩ, Mèo Vạc đã tổ chức 212 buổi tuyên truyền với hơn 15.000 lượt người tham gia, tập trung vào Luật Cư trú và thủ đoạn lôi kéo di cư, xuất cảnh trái phép.
Tại hội nghị, đồng chí Sùng Mí Vảng, Bí thư Đảng ủy xã Lũng Cú nhiệm kỳ 2025 - 2030, cho biết xã áp dụng cách làm "mỗi cán bộ, đảng viên theo dõi 10 hộ", nhờ đó đã phát hiện sớm 3 hộ có ý định bán nhà đi nơi khác. Bà Lò Thị Ghênh, người Lô Lô, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Sơn Vĩ, đề nghị có chính sách hỗ trợ sinh kế cho hộ nghèo, vì phần lớn hộ di cư là hộ thiếu đất canh tác.
Kết luận hội nghị, đồng chí Ma Thị Thúy đề nghị 6 tháng cuối năm tiếp tục thực hiện Kết luận 121, 122-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân tộc và về xây dựng khối đại đoàn kết ở vùng biên giới; phối hợp chặt chẽ với tỉnh Lâm Đồng, tỉnh Đắk Lắk trong việc nắm số hộ đã đi để vận động trở về; hỗ trợ mỗi hộ hồi hương 30 triệu đồng làm nhà theo Nghị quyết số 14/2026/NQ-HĐND của HĐND tỉnh.
Thanh Hà
Lượt xem: 1.120
Tin liên quan
- Đồng Văn: tuyên dương 30 điển hình "Dân vận khéo" (10/07/2026)
- Xã Mèo Vạc đối thoại với người dân về đất ở (01/07/2026)
- Giao ban khối dân vận quý II năm 2026 (26/06/2026)
- Xã Sơn Vĩ: người có uy tín vận động con cháu ở lại quê làm ăn (18/06/2026)
- Tập huấn kỹ năng dân vận cho cán bộ xã sau sắp xếp (05/06/2026)
""", "2026-07-17", "Tuyên Quang: Ngăn chặn tình trạng di cư tự do ở các xã vùng cao biên giới",
E("so_ket", "2026-H1", "2026-07-15"),
[P("Ma Thị Thúy", "TUV", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vàng Mí Sính", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nông Thị Hạnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Vảng", "Bí thư Đảng ủy xã Lũng Cú nhiệm kỳ 2025 - 2030"),
 P("Lò Thị Ghênh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Sơn Vĩ")],
[Q("11 hộ", 11, "hộ"), Q("54 khẩu", 54, "khẩu"), Q("15 hộ", 15, "hộ"), Q("8 hộ", 8, "hộ"), Q("2.046 tổ dân vận thôn, tổ dân phố", 2046, "tổ dân vận thôn, tổ dân phố"),
 Q("1.180 người có uy tín", 1180, "người có uy tín"), Q("212 buổi tuyên truyền", 212, "buổi tuyên truyền"), Q("hơn 15.000 lượt người", 15000, "lượt người", "over"),
 Q("3 hộ", 3, "hộ"), Q("30 triệu đồng", 30000000, "đồng")],
[D("Kế hoạch", "25", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 25-KH/TU"),
 D("Hướng dẫn", "07", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BTGDVTU"),
 D("Kết luận", "121", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 121, 122-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "122", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 121, 122-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Nghị quyết", "14", "2026/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 14/2026/NQ-HĐND của HĐND tỉnh")],
[prov("Tuyên Quang"), prov("Hà Giang"), prov("Đắk Lắk"), prov("Lâm Đồng"), com("Lũng Cú"), com("Sơn Vĩ"), com("Mèo Vạc")],
["Hôm nay: Chủ Nhật, 19/07/2026", "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ » Dân vận » Dân tộc - Tôn giáo",
 "Quang cảnh hội nghị. Ảnh: Thanh Hà", "mỗi cán bộ, đảng viên theo dõi 10 hộ", "Luật Cư trú", "Lượt xem: 1.120"],
["Hôm nay: Chủ Nhật, 19/07/2026", "17/07/2026 - 09:05", "6 tháng đầu năm 2026", "6 tháng cuối năm", "năm 2025", "mỗi cán bộ, đảng viên theo dõi 10 hộ", "Lượt xem: 1.120"]))
