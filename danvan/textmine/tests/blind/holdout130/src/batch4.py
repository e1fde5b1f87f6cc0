from lib import *
PAGES = []

PAGES.append(page("b3095-laichau-bdv-thamchucmung-2024", """
Báo Lai Châu điện tử
Trang chủ › Xã hội › Dân tộc - Tôn giáo
Thứ Sáu, 19/04/2024 - 15:40
Đồng chí Giàng Thị Pà thăm hỏi gia đình ông Tẩn Láo Lở.
Thăm, chúc mừng bản Sin Suối Hồ đón nhận danh hiệu "Bản văn hóa tiêu biểu không có hủ tục"
Ngày 18/4, đoàn công tác của Ban Dân vận Tỉnh ủy Lai Châu do đồng chí Giàng Thị Pà, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc mừng cán bộ và nhân dân bản Sin Suối Hồ, xã Sin Suối Hồ, huyện Phong Thổ nhân dịp bản đón nhận danh hiệu "Bản văn hóa tiêu biểu không có hủ tục" năm 2023.
Cùng đi có đồng chí Lò Văn Khởi, HUV, Trưởng Ban Dân vận Huyện ủy Phong Thổ, và lãnh đạo Đảng ủy, UBND xã Sin Suối Hồ.
Bản Sin Suối Hồ có 112 hộ, gần 600 nhân khẩu, 100% là đồng bào Mông. Chỉ hơn 10 năm trước, đây còn là bản nghèo nhất xã, nhiều hộ trồng cây thuốc phiện, tục "kéo vợ", tảo hôn, đám ma kéo dài 5 - 7 ngày rất phổ biến. Từ khi bà con bàn bạc đưa nội dung xóa bỏ hủ tục vào hương ước, đến nay bản đã 8 năm liền không có người tảo hôn; mỗi đám tang chỉ tổ chức tối đa 2 ngày, không mổ trâu, bò.
Ông Vàng A Chu, Bí thư Chi bộ, Trưởng bản Sin Suối Hồ cho biết: "Cái khó nhất là thay đổi nếp nghĩ của người già. Chi bộ phải nhờ ông Tẩn Láo Lở, người có uy tín trong dòng họ, đi từng nhà nói chuyện". Hiện bản có 48 hộ làm du lịch cộng đồng, thu nhập bình quân khoảng 42 triệu đồng/người/năm; năm 2023 đón hơn 25.000 lượt khách.
Ghi nhận những kết quả đó, đồng chí Giàng Thị Pà mong muốn bà con tiếp tục giữ gìn bản sắc văn hóa tốt đẹp, nói không với hủ tục, ma túy, di cư tự do; thực hiện tốt Chỉ thị số 21-CT/TU ngày 14/9/2023 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác vận động đồng bào Mông giai đoạn 2023 - 2030. Đồng chí cũng đề nghị Huyện ủy Phong Thổ nghiên cứu nhân rộng mô hình của bản ra 15 bản khác trong huyện theo Kế hoạch số 142-KH/HU.
Dịp này, đoàn cũng đến thăm hỏi sức khỏe gia đình ông Tẩn Láo Lở, người dân tộc Dao, 82 tuổi, người có uy tín bản Sin Suối Hồ, người đã hơn 30 năm vận động con cháu trong dòng họ Tẩn bỏ tục thách cưới bằng bạc trắng.
Theo Ban Dân vận Huyện ủy, đến nay toàn huyện Phong Thổ có 87/135 bản đạt danh hiệu bản văn hóa; 1.215 hộ đã ký cam kết thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội.
Ngọc Mai
Lượt xem: 1.487
Tin liên quan
- Tam Đường: phát huy vai trò người có uy tín trong xóa bỏ hủ tục (10/04/2024)
- Sìn Hồ tổ chức Hội nghị người có uy tín năm 2024 (02/04/2024)
- Nậm Nhùn: vận động đồng bào Cống giữ gìn bản sắc (26/03/2024)
- Mường Tè: người La Hủ bỏ tục du canh, du cư (18/03/2024)
""", "2024-04-19", 'Thăm, chúc mừng bản Sin Suối Hồ đón nhận danh hiệu "Bản văn hóa tiêu biểu không có hủ tục"',
E("khac", None, "2024-04-18"),
[P("Giàng Thị Pà", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Khởi", "HUV", "Trưởng Ban Dân vận Huyện ủy Phong Thổ"),
 P("Vàng A Chu", "Bí thư Chi bộ", "Trưởng bản Sin Suối Hồ"),
 P("Tẩn Láo Lở", "người có uy tín bản Sin Suối Hồ")],
[Q("112 hộ", 112, "hộ"), Q("gần 600 nhân khẩu", 600, "nhân khẩu", "approx"), Q("100%", 100, "%"),
 Q("48 hộ", 48, "hộ"),
 Q("khoảng 42 triệu đồng/người/năm", 42000000, "đồng", "approx"), Q("hơn 25.000 lượt khách", 25000, "lượt khách", "over"),
 Q("15 bản", 15, "bản"), Q("87/135 bản", 87, "bản"), Q("1.215 hộ", 1215, "hộ")],
[D("Chỉ thị", "21", "CT/TU", "2023-09-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 14/9/2023"),
 D("Kế hoạch", "142", "KH/HU", None, None, "Kế hoạch số 142-KH/HU")],
[prov("Lai Châu"), com("Sin Suối Hồ")],
["Báo Lai Châu điện tử", "Trang chủ › Xã hội › Dân tộc - Tôn giáo", "Đồng chí Giàng Thị Pà thăm hỏi gia đình ông Tẩn Láo Lở.",
 "Bản văn hóa tiêu biểu không có hủ tục", "kéo vợ", "Lượt xem: 1.487"],
["Thứ Sáu, 19/04/2024 - 15:40", "hơn 10 năm", "5 - 7 ngày", "tối đa 2 ngày", "8 năm liền", "82 tuổi", "hơn 30 năm", "giai đoạn 2023 - 2030",
 "năm 2023", "Lượt xem: 1.487"]))

PAGES.append(page("b3096-dienbien-nampo-daihoi-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NẬM PỒ - TỈNH ĐIỆN BIÊN
Trang chủ » Tin tức » Chính trị
26/03/2024 - 17:25
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Nậm Pồ: Đại hội đại biểu các dân tộc thiểu số huyện lần thứ IV
Ngày 26/3/2024, huyện Nậm Pồ long trọng tổ chức Đại hội đại biểu các dân tộc thiểu số huyện lần thứ IV, năm 2024. Dự Đại hội có 180 đại biểu chính thức đại diện cho hơn 62.000 đồng bào của 8 dân tộc Mông, Thái, Dao, Kháng, Khơ Mú, Hoa, Cống, Lào đang sinh sống trên địa bàn 15 xã.
Về phía tỉnh có đồng chí Lường Thị Xuân, Phó Trưởng Ban Dân tộc tỉnh; về phía huyện có đồng chí Sùng A Hồ, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo Đại hội; đồng chí Lò Văn Chương, HUV, Trưởng phòng Dân tộc huyện.
Báo cáo tại Đại hội cho biết, giai đoạn 2019 - 2024, huyện đã huy động trên 1.860 tỷ đồng đầu tư phát triển vùng đồng bào dân tộc thiểu số, trong đó gần 410 tỷ đồng từ Chương trình mục tiêu quốc gia theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ. Tỷ lệ hộ nghèo giảm từ 68,4% xuống còn 41,2%; 100% xã có đường ô tô đến trung tâm. Toàn huyện có 152 người có uy tín; đã có 76 bản xây dựng hương ước có nội dung xóa bỏ hủ tục, giảm 1.045 ha diện tích phá rừng làm nương.
Tuy vậy, Nậm Pồ vẫn là một trong những huyện nghèo nhất cả nước; tình trạng di cư tự do, tuyên truyền tà đạo, tảo hôn ở một số bản vùng biên giới giáp Lào vẫn còn diễn biến phức tạp.
Tại Đại hội, nhiều đại biểu đã tham luận. Ông Lò Văn Pó, người dân tộc Kháng, người có uy tín bản Huổi Thanh 1, xã Nà Khoa, chia sẻ việc vận động bà con bỏ tục cúng ma khi ốm đau. Chị Vàng Thị Mái, Bí thư Đoàn xã Chà Tở, nói về câu lạc bộ "Thanh niên Mông nói không với tảo hôn" với 45 thành viên. Ông Giàng A Sềnh, Chủ tịch Ủy ban MTTQ xã Si Pa Phìn, đề nghị đầu tư nước sinh hoạt cho 3 bản còn thiếu nước.
Phát biểu chỉ đạo, đồng chí Sùng A Hồ đề nghị các cấp thực hiện tốt Nghị quyết số 24-NQ/TW ngày 12/3/2003 của BCH Trung ương (khóa IX) về công tác dân tộc, Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 24-NQ/TW; phát huy vai trò người có uy tín, chống tư tưởng trông chờ, ỷ lại.
Đại hội đã bầu đoàn đại biểu gồm 19 đồng chí đi dự Đại hội đại biểu các dân tộc thiểu số tỉnh Điện Biên lần thứ IV; UBND huyện tặng giấy khen cho 20 tập thể, 35 cá nhân có thành tích xuất sắc.
Quàng Thảo - Trung tâm VH-TT&TH huyện
Lượt truy cập: 58.302
Tin cùng chuyên mục
- Nà Hỳ tổ chức Đại hội điểm đại biểu các DTTS cấp xã (15/03/2024)
- Nậm Pồ: tổng kết công tác dân vận năm 2023 (05/01/2024)
- Huyện Nậm Pồ đón 25 hộ di cư tự do trở về (20/12/2023)
""", "2024-03-26", "Nậm Pồ: Đại hội đại biểu các dân tộc thiểu số huyện lần thứ IV",
E("dai_hoi", "2024", "2024-03-26"),
[P("Lường Thị Xuân", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Sùng A Hồ", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện", "Trưởng Ban Chỉ đạo Đại hội"),
 P("Lò Văn Chương", "HUV", "Trưởng phòng Dân tộc huyện"),
 P("Lò Văn Pó", "người có uy tín bản Huổi Thanh 1"),
 P("Vàng Thị Mái", "Bí thư Đoàn xã Chà Tở"),
 P("Giàng A Sềnh", "Chủ tịch Ủy ban MTTQ xã Si Pa Phìn")],
[Q("180 đại biểu chính thức", 180, "đại biểu chính thức"), Q("hơn 62.000 đồng bào", 62000, "đồng bào", "over"),
 Q("8 dân tộc", 8, "dân tộc"), Q("15 xã", 15, "xã"), Q("trên 1.860 tỷ đồng", 1860000000000, "đồng", "over"),
 Q("gần 410 tỷ đồng", 410000000000, "đồng", "approx"), Q("68,4%", 68.4, "%"), Q("41,2%", 41.2, "%"), Q("100% xã", 100, "%"),
 Q("152 người có uy tín", 152, "người có uy tín"), Q("76 bản", 76, "bản"), Q("1.045 ha", 1045, "ha"),
 Q("45 thành viên", 45, "thành viên"), Q("3 bản", 3, "bản"), Q("19 đồng chí", 19, "đồng chí"),
 Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Nghị quyết", "24", "NQ/TW", "2003-03-12", "BCH Trung ương", "Nghị quyết số 24-NQ/TW ngày 12/3/2003"),
 D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 30/10/2019")],
[prov("Điện Biên"), com("Nà Khoa"), com("Chà Tở"), com("Si Pa Phìn")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NẬM PỒ - TỈNH ĐIỆN BIÊN", "Trang chủ » Tin tức » Chính trị",
 "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.", "Thanh niên Mông nói không với tảo hôn",
 "Chương trình mục tiêu quốc gia", "Trung tâm VH-TT&TH huyện", "Lượt truy cập: 58.302"],
["26/03/2024 - 17:25", "lần thứ IV", "năm 2024", "giai đoạn 2019 - 2024", "khóa IX", "19 đồng chí", "Lượt truy cập: 58.302"]))

PAGES.append(page("b3097-tuyenquang-btgdv-nguoicouytin-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ > Chính trị > Công tác dân vận
Thứ Ba, 18/11/2025 - 08:30
Toàn cảnh hội nghị tại điểm cầu xã Mèo Vạc.
Tôn vinh 250 người có uy tín tiêu biểu vùng cao núi đá
Ngày 17/11, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang phối hợp với Sở Dân tộc và Tôn giáo tổ chức Hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2025, kết nối trực tuyến tới 45 điểm cầu xã khu vực phía bắc tỉnh (tỉnh Hà Giang cũ). Đồng chí Hoàng Thị Chiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dự, chủ trì tại điểm cầu trung tâm.
Sau hợp nhất, toàn tỉnh Tuyên Quang có hơn 2.900 người có uy tín thuộc 22 dân tộc. Năm 2025, người có uy tín đã vận động khoảng 4.600 hộ đăng ký thực hiện nếp sống văn minh; tham gia hòa giải thành công 326 vụ việc mâu thuẫn; cung cấp cho lực lượng chức năng 41 nguồn tin có giá trị về an ninh trật tự, xuất nhập cảnh trái phép ở khu vực biên giới.
Thực hiện Quyết định số 28/2023/QĐ-TTg ngày 23/11/2023 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận và chính sách đối với người có uy tín, tỉnh đã tổ chức thăm hỏi, tặng quà, cấp báo với tổng kinh phí gần 5,8 tỷ đồng. Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch 20, 21-KH/TU về tổ chức hoạt động của Mặt trận, đoàn thể ở cấp xã sau sắp xếp và về phát huy vai trò người có uy tín trong xây dựng chính quyền địa phương hai cấp.
Tại hội nghị, các đại biểu: Ly Mí Sính, người dân tộc Pu Péo, người có uy tín thôn Cán Chu Phìn, xã Phố Bảng; Sình Thị Mỷ, dân tộc Lô Lô, người có uy tín thôn Lô Lô Chải, xã Lũng Cú; Phù Văn Thăng, dân tộc Pà Thẻn, Bí thư Chi bộ thôn Tân Phong, xã Tân Trịnh, đã chia sẻ kinh nghiệm vận động bà con bỏ tục thách cưới, làm nhà văn hóa, giữ gìn lễ nhảy lửa.
Ông Ly Mí Sính cho biết, thôn có 96 hộ, 5 năm nay không còn đám cưới thách bạc trắng, mỗi đám tang chỉ còn khoảng 20 mâm thay vì hơn 100 mâm như trước. Bà Sình Thị Mỷ đề nghị có thêm các lớp truyền dạy dân ca, dân vũ Lô Lô cho thế hệ trẻ.
Phát biểu tại hội nghị, đồng chí Hoàng Thị Chiêm đề nghị chính quyền các xã mới tiếp tục quan tâm, tạo điều kiện để người có uy tín phát huy vai trò "cầu nối"; tuyên truyền, tổ chức thực hiện tốt Kết luận số 183-KL/TW của Bộ Chính trị; không để kẻ xấu lợi dụng việc sắp xếp đơn vị hành chính để kích động, chia rẽ.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 250 người có uy tín tiêu biểu, mỗi người kèm tiền thưởng 1,5 triệu đồng. Đồng chí Ma Thị Quý, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, công bố quyết định khen thưởng.
Thanh Hòa
Tin liên quan
- Xã Đồng Văn đối thoại với người dân về đất đai sau sáp nhập (12/11/2025)
- Ra mắt mô hình "Dân vận khéo" ở 10 xã biên giới (05/11/2025)
- Lâm Bình: giữ gìn lễ Cấp sắc của người Dao (28/10/2025)
""", "2025-11-18", "Tôn vinh 250 người có uy tín tiêu biểu vùng cao núi đá",
E("hoi_nghi", "2025", "2025-11-17"),
[P("Hoàng Thị Chiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ly Mí Sính", "người có uy tín thôn Cán Chu Phìn"),
 P("Sình Thị Mỷ", "người có uy tín thôn Lô Lô Chải"),
 P("Phù Văn Thăng", "Bí thư Chi bộ thôn Tân Phong"),
 P("Ma Thị Quý", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("250 người có uy tín tiêu biểu", 250, "người có uy tín tiêu biểu"), Q("45 điểm cầu xã", 45, "điểm cầu xã"),
 Q("hơn 2.900 người có uy tín", 2900, "người có uy tín", "over"), Q("22 dân tộc", 22, "dân tộc"),
 Q("khoảng 4.600 hộ", 4600, "hộ", "approx"), Q("326 vụ việc mâu thuẫn", 326, "vụ việc mâu thuẫn"),
 Q("41 nguồn tin", 41, "nguồn tin"), Q("gần 5,8 tỷ đồng", 5800000000, "đồng", "approx"), Q("96 hộ", 96, "hộ"),
 Q("khoảng 20 mâm", 20, "mâm", "approx"), Q("hơn 100 mâm", 100, "mâm", "over"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Quyết định", "28", "2023/QĐ-TTg", "2023-11-23", "Thủ tướng Chính phủ", "Quyết định số 28/2023/QĐ-TTg ngày 23/11/2023"),
 D("Kế hoạch", "20", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 20, 21-KH/TU"),
 D("Kế hoạch", "21", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 20, 21-KH/TU"),
 D("Kết luận", "183", "KL/TW", None, "Bộ Chính trị", "Kết luận số 183-KL/TW của Bộ Chính trị")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Phố Bảng"), com("Lũng Cú"), com("Tân Trịnh")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ > Chính trị > Công tác dân vận", "Toàn cảnh hội nghị tại điểm cầu xã Mèo Vạc.",
 "Sở Dân tộc và Tôn giáo", "Pu Péo", "Pà Thẻn", "Lô Lô Chải", "cầu nối"],
["Thứ Ba, 18/11/2025 - 08:30", "năm 2025", "Năm 2025", "5 năm nay"]))

PAGES.append(page("b3098-laocai-btgdv-soket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÀO CAI
Thứ Sáu, 18/07/2025
Trang chủ / Tin tức / Dân vận
Ngày đăng: 17/07/2025 16:20
Lào Cai: Giữ vững ổn định tư tưởng nhân dân khi vận hành chính quyền hai cấp
Chiều 16/7, tại phường Văn Phú, Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm. Đây là hội nghị sơ kết đầu tiên sau khi hợp nhất tỉnh Lào Cai và tỉnh Yên Bái, kết nối trực tuyến đến 99 điểm cầu xã, phường.
Chủ trì hội nghị có đồng chí Nông Thị Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Hoàng Văn Páo, Lù Thị Sâm, Nguyễn Minh Đức.
Theo báo cáo, 6 tháng qua Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 03, 04-CT/TU về công tác tuyên truyền, vận động nhân dân trong sắp xếp đơn vị hành chính và về phát huy vai trò người có uy tín; ban hành Hướng dẫn số 07-HD/BTGDVTU ngày 5/6/2025 về tổ chức, hoạt động của khối dân vận cấp xã sau sắp xếp. Các cấp đã tổ chức hơn 1.200 hội nghị tuyên truyền, đối thoại với khoảng 86.000 lượt người tham dự.
Tình hình tư tưởng của cán bộ, đảng viên và nhân dân cơ bản ổn định, đồng thuận với chủ trương sắp xếp. Tuy nhiên, tại một số xã vùng cao như Y Tý, Mù Cang Chải, Trạm Tấu vẫn còn 4 vụ tụ tập đông người khiếu nại về đất đai; một số đối tượng lợi dụng mạng xã hội để tuyên truyền tà đạo "Bà Cô Dợ". Khối dân vận đã phối hợp vận động 18 hộ đồng bào Mông từ bỏ tà đạo.
Công tác vận động đồng bào xóa bỏ hủ tục tiếp tục có chuyển biến: 73% thôn, bản vùng đồng bào dân tộc thiểu số có hương ước mới; đã vận động 5.430 hộ thực hiện nếp sống văn minh trong việc cưới, việc tang. Phong trào "Dân vận khéo" có 236 mô hình mới được công nhận; nhân dân hiến trên 48.000 m2 đất làm đường, trường học.
Tại hội nghị, đồng chí Chảo Văn Lâm, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Y Tý, cho biết sau sắp xếp, xã có diện tích lớn, địa bàn chia cắt, cán bộ dân vận phải đi xe máy hơn 40 km mới tới thôn xa nhất. Bà Lò Thị Ánh, Trưởng Ban Xây dựng Đảng Đảng ủy xã Mù Cang Chải, đề nghị tỉnh sớm ban hành quy chế phối hợp cho khối dân vận cấp xã.
Kết luận hội nghị, đồng chí Nông Thị Hằng yêu cầu 6 tháng cuối năm 2025 tập trung tuyên truyền Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; thực hiện Quy định số 304-QĐ/TW của Ban Bí thư về chức năng, nhiệm vụ của ban tuyên giáo và dân vận cấp tỉnh; nắm chắc tình hình tư tưởng nhân dân các xã biên giới.
Minh Phương
Lượt xem: 2.003
Tin khác
- Văn Chấn: ra mắt Ban Dân vận xã sau sắp xếp (10/07/2025)
- Bảo Yên vận động nhân dân hiến đất làm đường liên xã (03/07/2025)
- Hội nghị tuyên truyền về chính quyền địa phương hai cấp (26/06/2025)
""", "2025-07-17", "Lào Cai: Giữ vững ổn định tư tưởng nhân dân khi vận hành chính quyền hai cấp",
E("so_ket", "2025-H1", "2025-07-16"),
[P("Nông Thị Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Văn Páo", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lù Thị Sâm", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Minh Đức", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chảo Văn Lâm", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Y Tý"),
 P("Lò Thị Ánh", "Trưởng Ban Xây dựng Đảng Đảng ủy xã Mù Cang Chải")],
[Q("99 điểm cầu xã, phường", 99, "điểm cầu xã, phường"), Q("hơn 1.200 hội nghị tuyên truyền, đối thoại", 1200, "hội nghị tuyên truyền, đối thoại", "over"),
 Q("khoảng 86.000 lượt người", 86000, "lượt người", "approx"), Q("4 vụ tụ tập đông người khiếu nại về đất đai", 4, "vụ tụ tập đông người khiếu nại về đất đai"),
 Q("18 hộ đồng bào Mông", 18, "hộ đồng bào Mông"), Q("73%", 73, "%"), Q("5.430 hộ", 5430, "hộ"),
 Q("236 mô hình mới", 236, "mô hình mới"), Q("trên 48.000 m2", 48000, "m2", "over"), Q("hơn 40 km", 40, "km", "over")],
[D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Hướng dẫn", "07", "HD/BTGDVTU", "2025-06-05", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BTGDVTU ngày 5/6/2025"),
 D("Quy định", "304", "QĐ/TW", None, "Ban Bí thư", "Quy định số 304-QĐ/TW của Ban Bí thư")],
[prov("Lào Cai"), prov("Yên Bái"), com("Văn Phú"), com("Y Tý"), com("Mù Cang Chải"), com("Trạm Tấu")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÀO CAI", "Thứ Sáu, 18/07/2025", "Trang chủ / Tin tức / Dân vận", "Bà Cô Dợ", "Dân vận khéo", "Lượt xem: 2.003"],
["Thứ Sáu, 18/07/2025", "Ngày đăng: 17/07/2025 16:20", "6 tháng đầu năm 2025", "6 tháng cuối năm", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Lượt xem: 2.003"]))

PAGES.append(page("b3099-sonla-btgdv-tongket-2025", """
Báo Sơn La điện tử
Chính trị | Xây dựng Đảng | Dân vận
Hôm nay: Thứ Bảy, 10/01/2026
09/01/2026 | 17:45
Quang cảnh hội nghị. Ảnh: Lò Diệp
Ban Tuyên giáo và Dân vận Tỉnh ủy Sơn La triển khai nhiệm vụ năm 2026
Ngày 8/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Sơn La tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Cầm Thị Phương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Hội nghị kết nối trực tuyến đến 75 điểm cầu xã, phường.
Năm 2025, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành 14 văn bản chỉ đạo, trong đó có Chỉ thị 08, 09-CT/TU về tăng cường công tác vận động đồng bào Mông, Khơ Mú, Xinh Mun xóa bỏ phong tục, tập quán lạc hậu và về phát huy vai trò người có uy tín ở các xã biên giới; phối hợp tổ chức thành công Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2025 - 2030.
Trong năm, các cấp đã tổ chức 326 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền cấp xã với nhân dân; tiếp nhận 412 đơn thư, kiến nghị, giải quyết xong 387 đơn thư, kiến nghị, đạt 93,9%. Toàn tỉnh có 1.984 người có uy tín; 2.260/3.055 bản, tiểu khu có hương ước được sửa đổi, bổ sung nội dung xóa bỏ hủ tục.
Công tác vận động đồng bào các dân tộc thực hiện nếp sống văn minh có nhiều chuyển biến. Các vụ tảo hôn giảm còn 91 vụ; khoảng 96% đám tang ở vùng đồng bào Thái đã hỏa táng hoặc chôn cất hợp vệ sinh, rút ngắn thời gian. Phong trào "Dân vận khéo" có 1.150 mô hình, trong đó 42 mô hình cấp tỉnh; nhân dân hiến gần 62.000 m2 đất, đóng góp hơn 27 tỷ đồng xây dựng nông thôn mới.
Tại hội nghị, ông Vì Văn Ơn, Bí thư Đảng ủy xã Mường Lạn, chia sẻ: sau sắp xếp, xã có đường biên giới dài hơn 70 km, đồng bào Mông chiếm hơn 40% dân số. Xã đã thành lập 12 tổ dân vận thôn bản, gắn mỗi đảng viên với 15 hộ dân. Bà Lò Thị Mai, Chủ tịch Hội LHPN xã Chiềng Khương, và ông Mùa A Lềnh, Phó Chủ tịch UBND xã Phiêng Pằn, cùng kiến nghị tăng định mức hỗ trợ người có uy tín.
Phát biểu kết luận, đồng chí Cầm Thị Phương yêu cầu năm 2026 tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng, bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp; tiếp tục thực hiện Quyết định số 99-QĐ/TW ngày 3/10/2022 của Ban Bí thư ban hành Hướng dẫn khung để các cấp ủy tiếp tục xây dựng và nhân rộng các mô hình "Dân vận khéo".
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 16 tập thể và 24 cá nhân có thành tích xuất sắc trong năm 2025.
Thu Hằng
Lượt đọc: 1.376
Tin cùng chuyên mục
- Sốp Cộp: đối thoại với đồng bào về chuyển đổi cây trồng (05/01/2026)
- Mộc Châu đón nhận danh hiệu bản văn hóa tiêu biểu (29/12/2025)
- Thuận Châu tổng kết mô hình "Bản không có tảo hôn" (22/12/2025)
""", "2026-01-09", "Ban Tuyên giáo và Dân vận Tỉnh ủy Sơn La triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("Cầm Thị Phương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vì Văn Ơn", "Bí thư Đảng ủy xã Mường Lạn"),
 P("Lò Thị Mai", "Chủ tịch Hội LHPN xã Chiềng Khương"),
 P("Mùa A Lềnh", "Phó Chủ tịch UBND xã Phiêng Pằn")],
[Q("75 điểm cầu xã, phường", 75, "điểm cầu xã, phường"), Q("14 văn bản chỉ đạo", 14, "văn bản chỉ đạo"),
 Q("326 hội nghị đối thoại", 326, "hội nghị đối thoại"), Q("412 đơn thư, kiến nghị", 412, "đơn thư, kiến nghị"),
 Q("387 đơn thư, kiến nghị", 387, "đơn thư, kiến nghị"), Q("93,9%", 93.9, "%"), Q("1.984 người có uy tín", 1984, "người có uy tín"),
 Q("2.260/3.055 bản, tiểu khu", 2260, "bản, tiểu khu"), Q("91 vụ", 91, "vụ"), Q("khoảng 96%", 96, "%", "approx"),
 Q("1.150 mô hình", 1150, "mô hình"), Q("42 mô hình cấp tỉnh", 42, "mô hình cấp tỉnh"), Q("gần 62.000 m2", 62000, "m2", "approx"),
 Q("hơn 27 tỷ đồng", 27000000000, "đồng", "over"), Q("hơn 70 km", 70, "km", "over"), Q("hơn 40%", 40, "%", "over"),
 Q("12 tổ dân vận thôn bản", 12, "tổ dân vận thôn bản"), Q("15 hộ dân", 15, "hộ dân"), Q("16 tập thể", 16, "tập thể"),
 Q("24 cá nhân", 24, "cá nhân")],
[D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Quyết định", "99", "QĐ/TW", "2022-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2022")],
[prov("Sơn La"), com("Mường Lạn"), com("Chiềng Khương"), com("Phiêng Pằn")],
["Báo Sơn La điện tử", "Chính trị | Xây dựng Đảng | Dân vận", "Hôm nay: Thứ Bảy, 10/01/2026", "Quang cảnh hội nghị. Ảnh: Lò Diệp",
 "Dân vận khéo", "Xinh Mun", "Khơ Mú", "Lượt đọc: 1.376"],
["Hôm nay: Thứ Bảy, 10/01/2026", "09/01/2026 | 17:45", "năm 2025", "năm 2026", "lần thứ XVI", "nhiệm kỳ 2025 - 2030",
 "Đại hội XIV", "khóa XVI", "Lượt đọc: 1.376"]))

PAGES.append(page("b3100-dienbien-btgdv-baocao-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐIỆN BIÊN
Trang chủ :: Văn bản - Tài liệu :: Báo cáo
10 tháng 4, 2026 | 15:00
Công tác dân vận quý I/2026: Chú trọng vận động đồng bào vùng biên xóa bỏ hủ tục
Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên vừa có Báo cáo số 215-BC/BTGDVTU ngày 8/4/2026 về kết quả công tác tuyên giáo, dân vận quý I, phương hướng, nhiệm vụ quý II năm 2026. Trang thông tin trích giới thiệu những nội dung chính.
Về công tác tham mưu, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 12, 13-KH/TU về tổ chức đợt sinh hoạt chính trị học tập Nghị quyết Đại hội XIV của Đảng và về thực hiện Quy chế dân chủ ở cơ sở theo Luật Thực hiện dân chủ ở cơ sở; hướng dẫn 45 xã, phường tổ chức hội nghị tuyên truyền bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Về nắm tình hình nhân dân, tư tưởng của đồng bào các dân tộc cơ bản ổn định, phấn khởi. Tuy nhiên, tại các xã biên giới Mường Nhé, Sín Thầu, Nà Hỳ vẫn phát hiện 6 trường hợp tuyên truyền đạo trái pháp luật và 3 nhóm hộ có biểu hiện di cư tự do sang nước bạn Lào. Lực lượng dân vận phối hợp Bộ đội Biên phòng vận động 14 hộ ổn định cuộc sống tại chỗ.
Về vận động xóa bỏ hủ tục, trong quý, các xã đã tổ chức 87 buổi sinh hoạt cộng đồng lồng ghép tuyên truyền về tảo hôn, hôn nhân cận huyết thống; vận động 1.326 hộ ký cam kết tổ chức việc cưới, việc tang văn minh, tiết kiệm. Đến hết quý I, toàn tỉnh có 1.540/1.711 thôn, bản, tổ dân phố có hương ước, quy ước phù hợp quy định; không phát sinh trường hợp kết hôn cận huyết thống.
Về công tác dân vận chính quyền, các xã, phường đã tổ chức 52 cuộc đối thoại với nhân dân; tiếp 386 lượt công dân; tiếp nhận 97 đơn thư, kiến nghị, trong đó đã giải quyết 80 đơn, đạt 82,5%. Phong trào "Dân vận khéo" tiếp tục được đẩy mạnh, có 64 mô hình mới đăng ký; nhân dân hiến hơn 15.000 m2 đất, đóng góp khoảng 4,2 tỷ đồng xây dựng đường giao thông, nhà văn hóa thôn, bản.
Về phương hướng quý II năm 2026, Ban tập trung tuyên truyền kết quả bầu cử; tham mưu sơ kết 3 năm thực hiện Kết luận số 43-KL/TW ngày 7/1/2023 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 49-CT/TW; chỉ đạo các xã phát huy vai trò của 1.096 người có uy tín trong giữ gìn an ninh trật tự vùng biên.
Báo cáo do đồng chí Lò Văn Tiến, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy ký.
Phòng Dân vận - Dân tộc - Tôn giáo
Lượt xem: 402
Tin liên quan
- Mường Nhé: đối thoại với nhân dân về ổn định dân cư (02/04/2026)
- Hội nghị giao ban khối dân vận quý I năm 2026 (27/03/2026)
- Tuần Giáo: vận động đồng bào đi bầu cử đầy đủ (20/03/2026)
""", "2026-04-10", "Công tác dân vận quý I/2026: Chú trọng vận động đồng bào vùng biên xóa bỏ hủ tục",
E("bao_cao", "2026-Q1", "2026-04-08"),
[P("Lò Văn Tiến", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("45 xã, phường", 45, "xã, phường"), Q("6 trường hợp", 6, "trường hợp"), Q("3 nhóm hộ", 3, "nhóm hộ"),
 Q("14 hộ", 14, "hộ"), Q("87 buổi sinh hoạt cộng đồng", 87, "buổi sinh hoạt cộng đồng"), Q("1.326 hộ", 1326, "hộ"),
 Q("1.540/1.711 thôn, bản, tổ dân phố", 1540, "thôn, bản, tổ dân phố"), Q("52 cuộc đối thoại", 52, "cuộc đối thoại"),
 Q("386 lượt công dân", 386, "lượt công dân"), Q("97 đơn thư, kiến nghị", 97, "đơn thư, kiến nghị"), Q("80 đơn", 80, "đơn"),
 Q("82,5%", 82.5, "%"), Q("64 mô hình mới", 64, "mô hình mới"), Q("hơn 15.000 m2", 15000, "m2", "over"),
 Q("khoảng 4,2 tỷ đồng", 4200000000, "đồng", "approx"), Q("1.096 người có uy tín", 1096, "người có uy tín")],
[D("Báo cáo", "215", "BC/BTGDVTU", "2026-04-08", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Báo cáo số 215-BC/BTGDVTU ngày 8/4/2026"),
 D("Kế hoạch", "12", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 12, 13-KH/TU"),
 D("Kế hoạch", "13", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 12, 13-KH/TU"),
 D("Kết luận", "43", "KL/TW", "2023-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2023"),
 D("Chỉ thị", "49", "CT/TW", None, None, "Chỉ thị số 49-CT/TW")],
[prov("Điện Biên"), com("Mường Nhé"), com("Sín Thầu"), com("Nà Hỳ")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐIỆN BIÊN", "Trang chủ :: Văn bản - Tài liệu :: Báo cáo", "Luật Thực hiện dân chủ ở cơ sở",
 "Quy chế dân chủ ở cơ sở", "Bộ đội Biên phòng", "Dân vận khéo", "Phòng Dân vận - Dân tộc - Tôn giáo", "Lượt xem: 402"],
["10 tháng 4, 2026 | 15:00", "quý I/2026", "quý II năm 2026", "Đại hội XIV", "khóa XVI", "nhiệm kỳ 2026 - 2031", "3 năm", "Lượt xem: 402"]))
