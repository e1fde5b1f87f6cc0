from lib import *
PAGES = []

PAGES.append(page("b2159-laichau-bdv-tongket-2024", """
BAN DÂN VẬN TỈNH ỦY LAI CHÂU
Trang chủ › Tin tức › Hoạt động của Ban
2024-12-20 08:40
You are here: Trang chủ › Tin tức › Hoạt động của Ban
Toàn cảnh hội nghị.
Phát huy sức mạnh khối đại đoàn kết nơi biên cương
Ngày 18/12, Ban Dân vận Tỉnh ủy Lai Châu tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Tao Thị Kim, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy, lãnh đạo các đoàn thể chính trị - xã hội tỉnh và Trưởng Ban Dân vận 8 huyện ủy, thành ủy.
Năm 2024, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 21, 22-CT/TU về tăng cường công tác dân vận trong vận động đồng bào di dời khỏi vùng có nguy cơ sạt lở và về phát huy vai trò người có uy tín trong xây dựng chi bộ bản; sơ kết 5 năm thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước. Toàn tỉnh có 2.316 mô hình "Dân vận khéo", trong đó 58 mô hình cấp tỉnh; 100% bản có chi bộ, 843 chi bộ bản có bí thư là người dân tộc thiểu số.
Hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", các cấp đã vận động hỗ trợ xây mới, sửa chữa 1.475 căn nhà cho hộ nghèo, hộ cận nghèo, với tổng kinh phí trên 88 tỷ đồng. Sau cơn bão số 3 (Yagi), khối dân vận vận động 46.300 ngày công giúp dân khắc phục hậu quả, di dời 312 hộ ra khỏi vùng nguy hiểm.
Thảo luận tại hội nghị, đồng chí Lỳ Xá Dế, người Hà Nhì, HUV, Bí thư Đảng ủy xã Thu Lũm, cho biết xã đã vận động 100% hộ dân tham gia bảo vệ rừng, nhận tiền dịch vụ môi trường rừng bình quân 9 triệu đồng/hộ/năm. Đồng chí Tẩn Láo Sử, Trưởng Ban Dân vận Huyện ủy Phong Thổ, nêu kinh nghiệm "3 cùng" với dân của cán bộ tăng cường về bản. Bà Lò Thị Pọm, người Lự, người có uy tín bản Phiêng Pẻn, xã Bản Hon, chia sẻ cách giữ nghề dệt thổ cẩm với 27 chị em tham gia tổ hợp tác.
Kết luận hội nghị, đồng chí Tao Thị Kim yêu cầu năm 2025 khối dân vận tập trung phục vụ đại hội đảng bộ các cấp, nhiệm kỳ 2025 - 2030; làm tốt công tác tư tưởng trong sắp xếp tổ chức bộ máy; vận động nhân dân hoàn thành mục tiêu xóa nhà tạm trước ngày 30/6/2025; tiếp tục củng cố tổ dân vận bản, phát huy vai trò người có uy tín trong giữ gìn an ninh trật tự ở khu vực biên giới.
Dịp này, đồng chí Giàng A Tính, Phó Trưởng Ban Dân vận Tỉnh ủy, công bố quyết định tặng giấy khen cho 18 tập thể, 24 cá nhân.
Thanh Xuân
Lượt xem: 1.128
Tin liên quan
- Sìn Hồ: tổng kết phong trào "Dân vận khéo" (12/12/2024)
- Than Uyên gặp mặt người có uy tín (05/12/2024)
""", "2024-12-20", "Phát huy sức mạnh khối đại đoàn kết nơi biên cương",
E("tong_ket", "2024", "2024-12-18"),
[P("Tao Thị Kim", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lỳ Xá Dế", "HUV", "Bí thư Đảng ủy xã Thu Lũm"),
 P("Tẩn Láo Sử", "Trưởng Ban Dân vận Huyện ủy Phong Thổ"),
 P("Lò Thị Pọm", "người có uy tín bản Phiêng Pẻn"),
 P("Giàng A Tính", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("8 huyện ủy, thành ủy", 8, "huyện ủy, thành ủy"), Q('2.316 mô hình "Dân vận khéo"', 2316, "mô hình"),
 Q("58 mô hình cấp tỉnh", 58, "mô hình cấp tỉnh"), Q("100%", 100, "%"), Q("843 chi bộ bản", 843, "chi bộ bản"),
 Q("1.475 căn nhà", 1475, "căn nhà"), Q("trên 88 tỷ đồng", 88000000000, "đồng", "over"), Q("46.300 ngày công", 46300, "ngày công"),
 Q("312 hộ", 312, "hộ"), Q("100%", 100, "%"), Q("9 triệu đồng", 9000000, "đồng"), Q("27 chị em", 27, "chị em"),
 Q("18 tập thể", 18, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015")],
[prov("Lai Châu"), com("Thu Lũm"), com("Bản Hon")],
["BAN DÂN VẬN TỈNH ỦY LAI CHÂU", "Trang chủ › Tin tức › Hoạt động của Ban", "You are here: Trang chủ › Tin tức › Hoạt động của Ban",
 "Toàn cảnh hội nghị.", "Dân vận khéo", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Lượt xem: 1.128"],
["2024-12-20 08:40", "năm 2024", "năm 2025", "5 năm", "bão số 3", "Yagi", "3 cùng", "nhiệm kỳ 2025 - 2030", "30/6/2025",
 "Lượt xem: 1.128"]))

PAGES.append(page("b2160-tuyenquang-chandung-nguoiuytin-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Chính trị | Dân tộc - Tôn giáo | Gương sáng
Thứ Sáu, 15/08/2025 | 07:00
Già làng Sình Dũng Chín bên cột cờ Lũng Cú. Ảnh: Minh Khang
"Cây cao bóng cả" của đồng bào Lô Lô nơi địa đầu Tổ quốc
Ở thôn Lô Lô Chải, xã Lũng Cú, tỉnh Tuyên Quang, ai cũng biết già làng Sình Dũng Chín. Ở tuổi 74, với hơn 40 năm tuổi Đảng, ông vẫn là người có uy tín của thôn, là chỗ dựa của bà con người Lô Lô trong mọi việc, từ giữ đất, giữ rừng đến gìn giữ tiếng nói, trang phục của dân tộc mình.
Nhiều năm làm Bí thư Chi bộ thôn, ông Chín là người đi đầu vận động bà con bỏ tục để người chết trong nhà nhiều ngày, tổ chức đám cưới tiết kiệm. Năm 2018, khi tỉnh Hà Giang (cũ) có chủ trương làm đường bê tông vào thôn, ông hiến 450 m2 đất vườn rồi đến từng nhà vận động; chỉ sau 2 tháng, 26 hộ trong thôn đã tự nguyện hiến thêm 1.200 m2 đất. Con đường hơn 1,5 km nay là lối đi chính của du khách đến thăm thôn.
Ông Chín còn là người giữ "kho" dân ca Lô Lô. Mỗi tối thứ Bảy, ông dạy hát, dạy đánh trống đồng cho 30 em thiếu nhi trong thôn. Theo ông, "người Lô Lô còn tiếng nói, còn trống đồng thì còn bản sắc". Từ khi thôn làm du lịch cộng đồng, ông hướng dẫn 17 hộ làm homestay giữ nguyên kiến trúc nhà trình tường, mái ngói âm dương.
Bà Lò Thị Sía, Bí thư Chi bộ thôn Lô Lô Chải, cho biết: "Việc gì khó, chi bộ đều xin ý kiến già Chín. Nhờ ông, thôn nhiều năm liền không có người vi phạm pháp luật, không có hộ di cư tự do". Ông Vàng Mí Say, Phó Chủ tịch UBND xã Lũng Cú, nói thêm rằng sau khi sáp nhập, xã có 33 thôn với 4.900 hộ, 92% là đồng bào dân tộc thiểu số; những người như già Chín giúp chính quyền cấp xã mới nhanh chóng ổn định, gần dân hơn.
Năm 2024, ông Chín được Chủ tịch UBND tỉnh tặng bằng khen vì có thành tích xuất sắc trong phong trào "Toàn dân bảo vệ an ninh Tổ quốc". Theo chính sách tại Quyết định 28/2023/QĐ-TTg của Thủ tướng Chính phủ, mỗi năm ông được chính quyền thăm hỏi, tặng quà vào dịp Tết Nguyên đán và Tết cổ truyền của đồng bào Lô Lô, được cấp báo, tạp chí và tham dự các lớp tập huấn dành cho người có uy tín. Ông dành một phần tiền quà để mua sách vở cho học sinh nghèo trong thôn.
Chia tay chúng tôi dưới chân cột cờ, già Chín nhắn: "Người Lô Lô ở đây bao đời giữ đất biên cương. Đảng, Nhà nước lo cho bà con, bà con càng phải giữ chặt từng tấc đất".
Minh Khang
Tin cùng chuyên mục
- Người có uy tín ở Mèo Vạc tích cực vận động bà con làm du lịch (08/08/2025)
- Ra mắt Ban Tuyên giáo và Dân vận Đảng ủy xã Lũng Cú (01/08/2025)
- Tuyên Quang gặp mặt 200 người có uy tín tiêu biểu (25/07/2025)
""", "2025-08-15", '"Cây cao bóng cả" của đồng bào Lô Lô nơi địa đầu Tổ quốc',
E("khac", None, None),
[P("Sình Dũng Chín", "già làng"),
 P("Lò Thị Sía", "Bí thư Chi bộ thôn Lô Lô Chải"),
 P("Vàng Mí Say", "Phó Chủ tịch UBND xã Lũng Cú")],
[Q("450 m2", 450, "m2"), Q("26 hộ", 26, "hộ"), Q("1.200 m2", 1200, "m2"), Q("hơn 1,5 km", 1.5, "km", "over"),
 Q("30 em thiếu nhi", 30, "em thiếu nhi"), Q("17 hộ", 17, "hộ"), Q("33 thôn", 33, "thôn"), Q("4.900 hộ", 4900, "hộ"),
 Q("92%", 92, "%")],
[D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 28/2023/QĐ-TTg")],
[prov("Tuyên Quang"), com("Lũng Cú"), prov("Hà Giang")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Chính trị | Dân tộc - Tôn giáo | Gương sáng",
 "Già làng Sình Dũng Chín bên cột cờ Lũng Cú. Ảnh: Minh Khang", "Toàn dân bảo vệ an ninh Tổ quốc", "Cây cao bóng cả"],
["Thứ Sáu, 15/08/2025 | 07:00", "tuổi 74", "hơn 40 năm tuổi Đảng", "Năm 2018", "2 tháng", "Năm 2024"]))

PAGES.append(page("b2161-lamdong-btgdv-traoqua-2026", """
Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng
Trang chủ / Tin tức / Dân tộc - Tôn giáo
Thứ Sáu, 06/02/2026, 15:30
Đồng chí K'Bròi trao quà Tết cho người có uy tín xã Quảng Trực.
Xuân biên giới ấm áp nghĩa tình với đồng bào M'nông
Ngày 4/2/2026, đoàn công tác của Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng do đồng chí K'Bròi, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết Bính Ngọ 2026 và tặng quà người có uy tín, hộ nghèo đồng bào M'nông tại các xã Quảng Trực và Tuy Đức (khu vực tỉnh Đắk Nông cũ). Cùng đi có đồng chí Điểu Xuân, Phó Giám đốc Sở Dân tộc và Tôn giáo tỉnh.
Tại xã Quảng Trực, đoàn thăm và tặng quà các ông Điểu Dơn, Y Nhâm, Điểu Mênh - người có uy tín. Ông Điểu Dơn, ở bon Bu Prăng, kể: năm 2025, bon có 21 hộ thoát nghèo nhờ trồng sầu riêng, cà phê; đường vào bon đã được bê tông hóa 3,2 km. Bà Thị Rơ Ka, Bí thư Chi bộ bon Bu Lum, cho biết chi bộ có 16 đảng viên, năm qua kết nạp được 3 đảng viên mới là người M'nông; bon không có người vi phạm pháp luật, không có người vượt biên trái phép; các gia đình đều cho con em đến trường đúng độ tuổi.
Tại xã Tuy Đức, đồng chí Nguyễn Văn Tấn, Bí thư Đảng ủy xã, báo cáo: sau sắp xếp, xã có 27 bon, thôn với 3.850 hộ, trong đó 1.412 hộ đồng bào dân tộc thiểu số; tỷ lệ hộ nghèo còn 6,8%. Thực hiện Kế hoạch số 15-KH/ĐU ngày 10/12/2025 của Đảng ủy xã về vận động đồng bào đón Tết, Ủy ban MTTQ xã đã vận động được 265 suất quà cho hộ khó khăn.
Trò chuyện với bà con, đồng chí K'Bròi thông tin về chủ trương sáp nhập tỉnh theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, mô hình chính quyền địa phương hai cấp, khẳng định các chính sách đối với người có uy tín và đồng bào dân tộc thiểu số vẫn được bảo đảm. Đồng chí đề nghị già làng, người có uy tín tiếp tục vận động bà con đón Tết vui tươi, an toàn, tiết kiệm; không nghe, không theo kẻ xấu; cảnh giác trước các luận điệu xuyên tạc về "Nhà nước Đê Ga".
Dịp này, đoàn trao 120 suất quà Tết cho người có uy tín và hộ nghèo, mỗi suất trị giá 700.000 đồng; trao 40 chăn ấm và 2 bồn chứa nước cho nhà văn hóa bon. Tổng giá trị quà tặng hơn 95 triệu đồng, do các doanh nghiệp đồng hành cùng Ban Tuyên giáo và Dân vận Tỉnh ủy đóng góp.
Theo kế hoạch, dịp Tết Bính Ngọ, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức 9 đoàn thăm, chúc Tết người có uy tín, chức sắc tôn giáo ở các xã vùng đồng bào dân tộc thiểu số.
K'Thuận - Y Nhung
Tin liên quan
- Lâm Đồng gặp mặt 350 người có uy tín tiêu biểu (28/01/2026)
- Đắk R'lấp: trao 500 phần quà Tết cho hộ nghèo (20/01/2026)
""", "2026-02-06", "Xuân biên giới ấm áp nghĩa tình với đồng bào M'nông",
E("trao_qua", None, "2026-02-04"),
[P("K'Bròi", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Xuân", "Phó Giám đốc Sở Dân tộc và Tôn giáo tỉnh"),
 P("Điểu Dơn", "người có uy tín"),
 P("Y Nhâm", "người có uy tín"),
 P("Điểu Mênh", "người có uy tín"),
 P("Thị Rơ Ka", "Bí thư Chi bộ bon Bu Lum"),
 P("Nguyễn Văn Tấn", "Bí thư Đảng ủy xã")],
[Q("21 hộ", 21, "hộ"), Q("3,2 km", 3.2, "km"), Q("16 đảng viên", 16, "đảng viên"), Q("3 đảng viên mới", 3, "đảng viên mới"),
 Q("27 bon, thôn", 27, "bon, thôn"), Q("3.850 hộ", 3850, "hộ"), Q("1.412 hộ đồng bào dân tộc thiểu số", 1412, "hộ đồng bào dân tộc thiểu số"),
 Q("6,8%", 6.8, "%"), Q("265 suất quà", 265, "suất quà"), Q("120 suất quà Tết", 120, "suất quà"), Q("700.000 đồng", 700000, "đồng"),
 Q("40 chăn ấm", 40, "chăn ấm"), Q("2 bồn chứa nước", 2, "bồn chứa nước"), Q("hơn 95 triệu đồng", 95000000, "đồng", "over"),
 Q("9 đoàn", 9, "đoàn")],
[D("Kế hoạch", "15", "KH/ĐU", "2025-12-10", "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU ngày 10/12/2025"),
 D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025")],
[prov("Lâm Đồng"), com("Quảng Trực"), com("Tuy Đức"), prov("Đắk Nông")],
["Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng", "Trang chủ / Tin tức / Dân tộc - Tôn giáo",
 "Đồng chí K'Bròi trao quà Tết cho người có uy tín xã Quảng Trực.", "Nhà nước Đê Ga"],
["Thứ Sáu, 06/02/2026, 15:30", "Tết Bính Ngọ 2026", "năm 2025"]))

PAGES.append(page("b2162-quangngai-xa-dakto-tongket-2026", """
Hôm nay: Thứ Hai, 12/01/2026
CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐĂK TÔ - TỈNH QUẢNG NGÃI
Trang chủ >> Tin tức - Sự kiện >> Hoạt động Đảng ủy
Ngày đăng: 09/01/2026 | 10:10
Ảnh: Đồng chí A Thuyết phát biểu chỉ đạo hội nghị.
Đảng ủy xã Đăk Tô triển khai nhiệm vụ năm 2026
Ngày 7/1, Đảng ủy xã Đăk Tô tổ chức hội nghị tổng kết công tác xây dựng Đảng, công tác dân vận và hệ thống chính trị năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí A Thuyết, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; dự có các đồng chí Phó Bí thư Đảng ủy xã: Y Hằng, Lê Văn Quý.
Đăk Tô là xã mới được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập thị trấn Đăk Tô và các xã Kon Đào, Tân Cảnh của huyện Đăk Tô (tỉnh Kon Tum cũ), nay thuộc tỉnh Quảng Ngãi. Đảng bộ xã có 52 chi bộ với 1.364 đảng viên; toàn xã có 41 thôn, tổ dân phố, trong đó 17 thôn đồng bào Xơ Đăng.
Năm 2025, Đảng ủy xã đã lãnh đạo tổ chức thành công Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030; ban hành Nghị quyết số 01-NQ/ĐH của Đại hội Đảng bộ xã về phát triển kinh tế - xã hội gắn với du lịch cộng đồng. Ban Thường vụ Đảng ủy xã ban hành Chỉ thị 03, 04-CT/ĐU về công tác dân vận trong vận động hiến đất làm đường và về phát huy vai trò người có uy tín trong các thôn đồng bào dân tộc thiểu số. Các chi bộ kết nạp 46 đảng viên mới; 100% chi bộ thôn có đảng viên là người có uy tín.
Công tác dân vận có nhiều kết quả: nhân dân hiến 8.700 m2 đất, góp 2.900 ngày công làm 6,4 km đường giao thông nông thôn; xóa 96 căn nhà tạm, nhà dột nát cho hộ nghèo người Xơ Đăng; tỷ lệ hộ nghèo giảm còn 8,2%. Ủy ban MTTQ Việt Nam xã vận động Quỹ "Vì người nghèo" được 318 triệu đồng.
Tham luận tại hội nghị, đồng chí A Blưn, Bí thư Chi bộ kiêm Trưởng thôn Đăk Rơ Nga, chia sẻ kinh nghiệm vận động 100% hộ ký cam kết không tảo hôn. Đồng chí Y Thơm, người có uy tín thôn Kon Đào, kể việc cùng chi bộ hòa giải thành 5 vụ tranh chấp đất rẫy giữa các hộ. Đồng chí Đinh Thị Hà, vừa được bổ nhiệm làm Phó Trưởng Ban Xây dựng Đảng Đảng ủy xã, trình bày chương trình công tác năm 2026.
Phát biểu chỉ đạo, đồng chí A Thuyết đề nghị năm 2026 các chi bộ tập trung thực hiện Nghị quyết Đại hội Đảng bộ xã và Nghị quyết Đại hội XIV của Đảng; đẩy mạnh phong trào "Dân vận khéo", phấn đấu mỗi thôn có mô hình tiêu biểu; làm tốt công tác bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 - 2031.
Dịp này, Đảng ủy xã trao Huy hiệu 40 năm tuổi Đảng cho 3 đảng viên và tặng giấy khen cho 9 tập thể, 14 cá nhân.
Văn phòng Đảng ủy xã
Tin khác
- Xã Đăk Tô ra mắt mô hình "Thôn không có tảo hôn" (02/01/2026)
- Gặp mặt người có uy tín dịp Tết Dương lịch 2026 (30/12/2025)
""", "2026-01-09", "Đảng ủy xã Đăk Tô triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-07"),
[P("A Thuyết", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Y Hằng", "Phó Bí thư Đảng ủy xã"),
 P("Lê Văn Quý", "Phó Bí thư Đảng ủy xã"),
 P("A Blưn", "Bí thư Chi bộ kiêm Trưởng thôn Đăk Rơ Nga"),
 P("Y Thơm", "người có uy tín thôn Kon Đào"),
 P("Đinh Thị Hà", "Phó Trưởng Ban Xây dựng Đảng Đảng ủy xã")],
[Q("52 chi bộ", 52, "chi bộ"), Q("1.364 đảng viên", 1364, "đảng viên"), Q("41 thôn, tổ dân phố", 41, "thôn, tổ dân phố"),
 Q("17 thôn đồng bào Xơ Đăng", 17, "thôn đồng bào Xơ Đăng"), Q("46 đảng viên mới", 46, "đảng viên mới"), Q("100%", 100, "%"),
 Q("8.700 m2", 8700, "m2"), Q("2.900 ngày công", 2900, "ngày công"), Q("6,4 km", 6.4, "km"),
 Q("96 căn nhà tạm, nhà dột nát", 96, "căn nhà tạm, nhà dột nát"), Q("8,2%", 8.2, "%"), Q("318 triệu đồng", 318000000, "đồng"),
 Q("100% hộ", 100, "%"), Q("5 vụ tranh chấp đất rẫy", 5, "vụ tranh chấp đất rẫy"), Q("3 đảng viên", 3, "đảng viên"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Nghị quyết", "01", "NQ/ĐH", None, "Đại hội Đảng bộ xã", "Nghị quyết số 01-NQ/ĐH"),
 D("Chỉ thị", "03", "CT/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Chỉ thị 03, 04-CT/ĐU"),
 D("Chỉ thị", "04", "CT/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Chỉ thị 03, 04-CT/ĐU")],
[prov("Quảng Ngãi"), com("Đăk Tô"), com("Kon Đào"), com("Tân Cảnh"), prov("Kon Tum")],
["Hôm nay: Thứ Hai, 12/01/2026", "CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐĂK TÔ - TỈNH QUẢNG NGÃI", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động Đảng ủy",
 "Ảnh: Đồng chí A Thuyết phát biểu chỉ đạo hội nghị.", "Vì người nghèo", "Dân vận khéo",
 "Nghị quyết Đại hội Đảng bộ xã", "Nghị quyết Đại hội XIV của Đảng"],
["Hôm nay: Thứ Hai, 12/01/2026", "Ngày đăng: 09/01/2026 | 10:10", "năm 2025", "năm 2026", "1/7/2025", "lần thứ I",
 "nhiệm kỳ 2025 - 2030", "khóa XVI", "nhiệm kỳ 2026 - 2031", "40 năm tuổi Đảng", "Đại hội XIV"]))

PAGES.append(page("b2163-daklak-btgdv-taphuan-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ | Tin tức | Dân vận | Dân tộc - Tôn giáo
24/10/2025 - 09:45
Các học viên dự lớp tập huấn tại phường Buôn Ma Thuột.
Nâng cao năng lực cho 180 người có uy tín vùng đồng bào dân tộc thiểu số
Trong 3 ngày, từ 21 đến 23/10/2025, tại phường Buôn Ma Thuột, Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk phối hợp Sở Dân tộc và Tôn giáo tỉnh tổ chức lớp tập huấn, bồi dưỡng kiến thức cho người có uy tín trong đồng bào dân tộc thiểu số năm 2025. Đồng chí H'Lê Niê, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dự, phát biểu khai mạc.
Tham gia lớp tập huấn có 180 người có uy tín đến từ 46 xã, phường ở khu vực phía Tây và phía Đông của tỉnh sau hợp nhất, gồm đồng bào Ê Đê, M'nông, Gia Rai, Chăm H'roi, Ba Na, Mông, Tày, Nùng. Đây là lớp đầu tiên tổ chức chung cho người có uy tín của tỉnh Đắk Lắk và tỉnh Phú Yên (cũ) kể từ khi sáp nhập.
Các học viên được nghe các chuyên đề: những điểm mới của mô hình chính quyền địa phương 2 cấp; Quyết định 28/2023/QĐ-TTg của Thủ tướng Chính phủ sửa đổi, bổ sung chính sách đối với người có uy tín; Kế hoạch số 12-KH/BTGDVTU ngày 5/9/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về phát huy vai trò người có uy tín trong giai đoạn mới; kỹ năng nhận diện, đấu tranh với các luận điệu của tổ chức "Tin lành Đấng Christ" và "Nhà nước Đê Ga" trên mạng xã hội.
Đồng chí Y Dlei Êban, Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết toàn tỉnh hiện có 2.184 người có uy tín; năm 2025 đã tham gia hòa giải thành 368 vụ việc, vận động 142 người từ bỏ "Tin lành Đấng Christ", cung cấp cho lực lượng chức năng 57 nguồn tin có giá trị.
Tại lớp học, ông La O Nhiên, người Chăm H'roi, người có uy tín buôn Ma Giang, xã Xuân Phước, chia sẻ cách giữ nghề đan lát, phục dựng lễ cúng bến nước. Ông Sùng A Lềnh, người Mông, Trưởng thôn Ea Lang, xã Cư Pơng, kể việc vận động 31 hộ di cư tự do làm thủ tục đăng ký thường trú. Bà H'Mai Ayŭn, Chi hội trưởng Chi hội Phụ nữ buôn Tơng Jũ, phường Ea Kao, đề nghị được hỗ trợ điện thoại thông minh để cập nhật thông tin cho bà con.
Bế giảng, đồng chí H'Lê Niê đề nghị người có uy tín về cơ sở phổ biến lại nội dung cho bà con, nhất là ở các buôn vùng biên giới; kịp thời phản ánh với cấp ủy, chính quyền xã những vấn đề mới nảy sinh. Mỗi học viên được cấp 1 bộ tài liệu song ngữ Việt - Ê Đê và được hỗ trợ 200.000 đồng/ngày.
Được biết, năm 2025 Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp tổ chức 4 lớp tập huấn cho 650 lượt người có uy tín, tổng kinh phí gần 1,1 tỷ đồng.
Hải Yến
Tin liên quan
- Gặp mặt 300 người có uy tín tiêu biểu tỉnh Đắk Lắk (10/10/2025)
- Ra mắt Ban Tuyên giáo và Dân vận Đảng ủy các xã (15/07/2025)
""", "2025-10-24", "Nâng cao năng lực cho 180 người có uy tín vùng đồng bào dân tộc thiểu số",
E("tap_huan", "2025", "2025-10-21"),
[P("H'Lê Niê", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Dlei Êban", "Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("La O Nhiên", "người có uy tín buôn Ma Giang"),
 P("Sùng A Lềnh", "Trưởng thôn Ea Lang"),
 P("H'Mai Ayŭn", "Chi hội trưởng Chi hội Phụ nữ buôn Tơng Jũ")],
[Q("180 người có uy tín", 180, "người có uy tín"), Q("46 xã, phường", 46, "xã, phường"), Q("2.184 người có uy tín", 2184, "người có uy tín"),
 Q("368 vụ việc", 368, "vụ việc"), Q("142 người", 142, "người"), Q("57 nguồn tin", 57, "nguồn tin"),
 Q("31 hộ di cư tự do", 31, "hộ di cư tự do"), Q("200.000 đồng", 200000, "đồng"), Q("4 lớp tập huấn", 4, "lớp tập huấn"),
 Q("650 lượt người có uy tín", 650, "lượt người có uy tín"), Q("gần 1,1 tỷ đồng", 1100000000, "đồng", "approx")],
[D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 28/2023/QĐ-TTg"),
 D("Kế hoạch", "12", "KH/BTGDVTU", "2025-09-05", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 12-KH/BTGDVTU ngày 5/9/2025")],
[prov("Đắk Lắk"), com("Buôn Ma Thuột"), prov("Phú Yên"), com("Xuân Phước"), com("Cư Pơng"), com("Ea Kao")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ | Tin tức | Dân vận | Dân tộc - Tôn giáo",
 "Các học viên dự lớp tập huấn tại phường Buôn Ma Thuột.", "Tin lành Đấng Christ", "Nhà nước Đê Ga"],
["24/10/2025 - 09:45", "3 ngày", "năm 2025", "2 cấp", "1 bộ tài liệu"]))

PAGES.append(page("b2164-gialai-btgdv-giaoban-2026", """
Báo và Phát thanh, Truyền hình Gia Lai
Thời sự › Xây dựng Đảng › Dân vận
Cập nhật: 08:05, 10/04/2026 (GMT+7)
Quang cảnh hội nghị giao ban tại điểm cầu tỉnh. Ảnh: Đức Thụy
Phát huy vai trò chi bộ thôn, làng trong vùng đồng bào Bahnar, Jrai
Ngày 8/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý I năm 2026 theo hình thức trực tiếp kết hợp trực tuyến đến 135 điểm cầu xã, phường. Đồng chí Rơ Lan Thị Hlim, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Quý I, khối tuyên giáo và dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 45, 46-KH/TU về tuyên truyền, vận động bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 và về thực hiện Nghị quyết Đại hội XIV của Đảng trong vùng đồng bào dân tộc thiểu số. Ngày bầu cử 15/3/2026, tỷ lệ cử tri đi bầu toàn tỉnh đạt 99,6%; nhiều làng đồng bào Bahnar, Jrai đạt 100% cử tri đi bầu.
Các cấp đã tổ chức 212 hội nghị tuyên truyền ở thôn, làng với hơn 26.000 lượt người dự; trao 3.400 suất quà Tết Bính Ngọ cho hộ nghèo, người có uy tín, tổng trị giá 2,04 tỷ đồng. Toàn tỉnh hiện có 1.957 chi bộ thôn, làng, tổ dân phố; trong quý I kết nạp 386 đảng viên mới, trong đó 142 đảng viên là người dân tộc thiểu số.
Tại hội nghị, các đồng chí Đinh Văn Mươi, Đinh Thị Phú - Phó Bí thư Đảng ủy xã An Lão, cho biết xã đã duy trì sinh hoạt chi bộ ghép ở 4 làng Bahnar vùng sâu, giúp đảng viên nắm chắc tình hình từng hộ. Đồng chí Ksor Y Tin, Bí thư Chi bộ làng Plei Ơi, xã Ia Hrú, nêu kinh nghiệm thực hiện phương châm "3 không" trong vận động đồng bào: không nói khác làm, không hứa suông, không bỏ dân lúc khó. Đồng chí Nguyễn Thị Thu Hà, Trưởng phòng Dân vận Ban Tuyên giáo và Dân vận Tỉnh ủy, thông tin về kết quả rà soát 64 vụ khiếu nại đất đai ở các xã vùng Tây Nguyên của tỉnh, đã giải quyết dứt điểm 51 vụ.
Kết luận hội nghị, đồng chí Rơ Lan Thị Hlim đề nghị quý II các đơn vị tập trung tuyên truyền kết quả bầu cử; tổ chức học tập, quán triệt Nghị quyết Đại hội XIV đến từng chi bộ thôn, làng; triển khai Hướng dẫn số 08-HD/BTGDVTU ngày 20/3/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy về hoạt động của tổ dân vận thôn, làng sau sắp xếp; chú trọng bồi dưỡng đội ngũ báo cáo viên biết tiếng Bahnar, tiếng Jrai.
Hội nghị cũng đã biểu dương 12 tập thể, 20 cá nhân có thành tích trong công tác tuyên truyền bầu cử.
Đức Thụy
Tin liên quan
- Gia Lai: 500 người có uy tín được tập huấn về bầu cử (28/02/2026)
- Xã Vĩnh Thạnh ra mắt tổ dân vận làng kiểu mẫu (12/03/2026)
""", "2026-04-10", "Phát huy vai trò chi bộ thôn, làng trong vùng đồng bào Bahnar, Jrai",
E("giao_ban", "2026-Q1", "2026-04-08"),
[P("Rơ Lan Thị Hlim", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Văn Mươi", "Phó Bí thư Đảng ủy xã An Lão"),
 P("Đinh Thị Phú", "Phó Bí thư Đảng ủy xã An Lão"),
 P("Ksor Y Tin", "Bí thư Chi bộ làng Plei Ơi"),
 P("Nguyễn Thị Thu Hà", "Trưởng phòng Dân vận Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("135 điểm cầu xã, phường", 135, "điểm cầu xã, phường"), Q("99,6%", 99.6, "%"), Q("100%", 100, "%"),
 Q("212 hội nghị tuyên truyền", 212, "hội nghị tuyên truyền"), Q("hơn 26.000 lượt người", 26000, "lượt người", "over"),
 Q("3.400 suất quà Tết Bính Ngọ", 3400, "suất quà"), Q("2,04 tỷ đồng", 2040000000, "đồng"),
 Q("1.957 chi bộ thôn, làng, tổ dân phố", 1957, "chi bộ thôn, làng, tổ dân phố"), Q("386 đảng viên mới", 386, "đảng viên mới"),
 Q("142 đảng viên", 142, "đảng viên"), Q("4 làng Bahnar", 4, "làng Bahnar"), Q("64 vụ khiếu nại đất đai", 64, "vụ khiếu nại đất đai"),
 Q("51 vụ", 51, "vụ"), Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Kế hoạch", "45", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 45, 46-KH/TU"),
 D("Kế hoạch", "46", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 45, 46-KH/TU"),
 D("Hướng dẫn", "08", "HD/BTGDVTU", "2026-03-20", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 08-HD/BTGDVTU ngày 20/3/2026")],
[prov("Gia Lai"), com("An Lão"), com("Ia Hrú")],
["Báo và Phát thanh, Truyền hình Gia Lai", "Thời sự › Xây dựng Đảng › Dân vận", "Quang cảnh hội nghị giao ban tại điểm cầu tỉnh. Ảnh: Đức Thụy",
 "3 không", "Nghị quyết Đại hội XIV"],
["Cập nhật: 08:05, 10/04/2026 (GMT+7)", "quý I năm 2026", "quý II", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Đại hội XIV", "3 không",
 "15/3/2026", "Tết Bính Ngọ"]))
