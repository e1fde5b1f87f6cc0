from lib import *
PAGES = []

PAGES.append(page("b5171-nghean-nudoanhnhan-daihoi-2017", """
BÁO NGHỆ AN ĐIỆN TỬ
Trang chủ / Kinh tế / Doanh nghiệp
12/05/2017 - 09:30
Đại hội Hội Nữ doanh nhân tỉnh Nghệ An lần thứ III
Đại hội biểu quyết thông qua nghị quyết.
(Baonghean.vn) - Ngày 11/5, tại thành phố Vinh, Hội Nữ doanh nhân tỉnh Nghệ An tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2017 - 2022. Dự đại hội có đồng chí Lê Quang Hiếu, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh; đồng chí Vi Thị Hương, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh cùng 150 đại biểu đại diện cho 312 hội viên.
Nhiệm kỳ 2012 - 2017, Hội đã phát triển từ 186 lên 312 hội viên; các doanh nghiệp hội viên tạo việc làm thường xuyên cho hơn 6.800 lao động, trong đó khoảng 70% là lao động nữ, đóng góp trên 120 tỷ đồng vào ngân sách mỗi năm. Hội viên đã ủng hộ các chương trình an sinh xã hội gần 2,4 tỷ đồng, xây 16 nhà "Mái ấm tình thương" và nhận đỡ đầu 45 trẻ em mồ côi.
Báo cáo chính trị do bà Nguyễn Thị Thu Trang, Phó Chủ tịch Thường trực Hội khóa II trình bày nêu rõ, Hội đã chủ động tham gia góp ý vào việc triển khai Nghị quyết số 35/NQ-CP ngày 16/5/2016 của Chính phủ về hỗ trợ và phát triển doanh nghiệp đến năm 2020 và Chỉ thị 11, 12-CT/TU của Ban Thường vụ Tỉnh ủy về cải thiện môi trường đầu tư, kinh doanh và về phát triển kinh tế tư nhân. Hội cũng phối hợp Hội LHPN tỉnh tổ chức 8 lớp tập huấn khởi sự kinh doanh cho 420 phụ nữ vùng miền Tây.
Nhiều tham luận gây ấn tượng: bà Lô Thị Kim Ngân, Giám đốc Hợp tác xã dệt thổ cẩm Hoa Tiến ở xã Châu Tiến, chia sẻ cách đưa sản phẩm thổ cẩm của đồng bào Thái ra thị trường du lịch; bà Phan Thị Hải Yến, Giám đốc Công ty CP Thực phẩm Sen Vàng, kể hành trình xây dựng thương hiệu đặc sản vùng Nam Đàn. Nhiều ý kiến đề nghị Hội quan tâm hơn tới doanh nhân nữ ở các huyện miền núi, nơi chị em còn thiếu thông tin thị trường và khó tiếp cận tín dụng.
Phát biểu chỉ đạo, đồng chí Lê Quang Hiếu đề nghị Hội tiếp tục là cầu nối giữa doanh nhân nữ với chính quyền, sớm đề xuất cơ chế hỗ trợ doanh nghiệp do nữ làm chủ theo Quyết định số 1216/QĐ-UBND ngày 5/4/2017 của UBND tỉnh về chương trình hỗ trợ doanh nghiệp nhỏ và vừa.
Đại hội đã bầu Ban Chấp hành khóa III gồm 27 ủy viên. Bà Hồ Thị Thanh Tâm, Giám đốc Công ty TNHH Thanh Tâm, được tín nhiệm giữ chức Chủ tịch Hội Nữ doanh nhân tỉnh khóa III; các Phó Chủ tịch Hội: Nguyễn Thị Thu Trang, Lô Thị Kim Ngân, Đặng Thị Mai Phương. Đại hội đề ra mục tiêu đến năm 2022 phát triển lên ít nhất 450 hội viên, mỗi năm hỗ trợ 50 phụ nữ khởi nghiệp.
Hải Vân
Tin liên quan
- Hội Nữ doanh nhân tỉnh trao 100 suất quà cho học sinh nghèo (20/04/2017)
- Nữ doanh nhân xứ Nghệ: bản lĩnh và khát vọng (08/03/2017)
- Kết nối doanh nhân nữ Nghệ An - Hà Tĩnh (15/12/2016)
""", "2017-05-12", "Đại hội Hội Nữ doanh nhân tỉnh Nghệ An lần thứ III",
E("dai_hoi", None, "2017-05-11"),
[P("Lê Quang Hiếu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"),
 P("Vi Thị Hương", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Thu Trang", "Phó Chủ tịch Thường trực Hội khóa II", "Phó Chủ tịch Hội"),
 P("Lô Thị Kim Ngân", "Giám đốc Hợp tác xã dệt thổ cẩm Hoa Tiến", "Phó Chủ tịch Hội"),
 P("Phan Thị Hải Yến", "Giám đốc Công ty CP Thực phẩm Sen Vàng"),
 P("Hồ Thị Thanh Tâm", "Giám đốc Công ty TNHH Thanh Tâm", "Chủ tịch Hội Nữ doanh nhân tỉnh khóa III"),
 P("Đặng Thị Mai Phương", "Phó Chủ tịch Hội")],
[Q("150 đại biểu", 150, "đại biểu"), Q("312 hội viên", 312, "hội viên"), Q("186", 186, "hội viên"),
 Q("hơn 6.800 lao động", 6800, "lao động", "over"), Q("khoảng 70%", 70, "%", "approx"),
 Q("trên 120 tỷ đồng", 120000000000, "đồng", "over"), Q("gần 2,4 tỷ đồng", 2400000000, "đồng", "approx"),
 Q("16 nhà", 16, "nhà"), Q("45 trẻ em mồ côi", 45, "trẻ em mồ côi"), Q("8 lớp tập huấn", 8, "lớp tập huấn"),
 Q("420 phụ nữ", 420, "phụ nữ"), Q("27 ủy viên", 27, "ủy viên"), Q("ít nhất 450 hội viên", 450, "hội viên", "over"),
 Q("50 phụ nữ", 50, "phụ nữ")],
[D("Nghị quyết", "35", "NQ-CP", "2016-05-16", "Chính phủ", "Nghị quyết số 35/NQ-CP ngày 16/5/2016"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Quyết định", "1216", "QĐ-UBND", "2017-04-05", "UBND tỉnh", "Quyết định số 1216/QĐ-UBND ngày 5/4/2017")],
[prov("Nghệ An"), com("Châu Tiến")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Trang chủ / Kinh tế / Doanh nghiệp", "Đại hội biểu quyết thông qua nghị quyết.", "(Baonghean.vn)", "Mái ấm tình thương"],
["12/05/2017 - 09:30", "lần thứ III", "nhiệm kỳ 2017 - 2022", "Nhiệm kỳ 2012 - 2017", "khóa III", "khóa II"]))

PAGES.append(page("b5172-daklak-hlhpn-giamsat-2018", """
Báo Đắk Lắk điện tử
Chính trị - Xã hội | Mặt trận - Đoàn thể
Cập nhật: 15:40, 26/09/2018 (GMT+7)
Giám sát việc hỗ trợ phụ nữ khởi nghiệp tại huyện Krông Bông
Ngày 24/9, Đoàn giám sát Hội LHPN tỉnh do bà H'Luân Niê, Phó Chủ tịch Hội LHPN tỉnh, Trưởng đoàn giám sát làm trưởng đoàn đã giám sát việc thực hiện Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ phê duyệt Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025" tại huyện Krông Bông. Đây là cuộc giám sát năm 2018 theo Kế hoạch giám sát số 07-KH/HPN của Ban Thường vụ Hội LHPN tỉnh.
Đoàn giám sát làm việc với Hội LHPN huyện Krông Bông.
Theo báo cáo của UBND huyện do ông Y Blan Ayun, Phó Chủ tịch UBND huyện Krông Bông trình bày, sau hơn một năm triển khai Quyết định số 1005/QĐ-UBND ngày 20/10/2017 của UBND huyện về kế hoạch thực hiện Đề án, toàn huyện đã có 126 phụ nữ khởi nghiệp được hỗ trợ tư vấn, vay vốn; 19 ý tưởng khởi nghiệp được chọn để ươm tạo; thành lập mới 7 hợp tác xã do phụ nữ quản lý với 214 thành viên. Nguồn vốn Ngân hàng Chính sách xã hội qua kênh Hội giải ngân cho 42 hộ phụ nữ làm chủ hộ kinh doanh với tổng số tiền 1,8 tỷ đồng.
Đoàn đã giám sát trực tiếp tại 3 xã Yang Mao, Cư Drăm và Hòa Sơn. Bà H'Nga Êban, Chủ tịch Hội LHPN xã Yang Mao, cho biết xã có 56% hộ nghèo, chị em chủ yếu trồng lúa nước và bắp; sau tập huấn đã có 11 chị em mở quán tạp hóa, nuôi heo rừng lai. Chị H'Mai Kbuôr, buôn Cư Drăm, chủ mô hình sản xuất rượu cần truyền thống, kiến nghị được hỗ trợ đăng ký nhãn hiệu và bao bì sản phẩm.
Qua giám sát, đoàn nhận thấy việc triển khai Đề án còn chậm; một số xã chưa bố trí kinh phí; cán bộ Hội cơ sở còn thiếu kỹ năng tư vấn khởi nghiệp; sản phẩm của phụ nữ chủ yếu bán nhỏ lẻ tại chợ xã, chưa có chứng nhận an toàn thực phẩm.
Đoàn giám sát đã ghi nhận 4 kiến nghị của địa phương, trong đó có đề nghị tỉnh bổ sung ít nhất 500 triệu đồng cho quỹ hỗ trợ phụ nữ phát triển kinh tế của huyện. Bà Trần Thị Phương Thảo, Trưởng ban Kinh tế Hội LHPN tỉnh, thành viên đoàn giám sát, đề nghị huyện Hội lập danh sách các mô hình đủ điều kiện tham gia cuộc thi "Phụ nữ khởi nghiệp" cấp tỉnh năm 2018.
Kết luận buổi giám sát, bà H'Luân Niê đề nghị UBND huyện chỉ đạo các phòng, ban phối hợp chặt chẽ với Hội LHPN huyện; ưu tiên lồng ghép nguồn vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững để hỗ trợ phụ nữ đồng bào Ê Đê, M'nông khởi sự kinh doanh.
Hồng Lam
Tin cùng chuyên mục
- Trao vốn khởi nghiệp cho 20 phụ nữ Buôn Đôn (14/09/2018)
- Hội thi "Phụ nữ khởi nghiệp" cấp tỉnh (30/08/2018)
- Ra mắt câu lạc bộ nữ doanh nhân Buôn Ma Thuột (16/08/2018)
""", "2018-09-26", "Giám sát việc hỗ trợ phụ nữ khởi nghiệp tại huyện Krông Bông",
E("giam_sat", "2018", "2018-09-24"),
[P("H'Luân Niê", "Phó Chủ tịch Hội LHPN tỉnh", "Trưởng đoàn giám sát"),
 P("Y Blan Ayun", "Phó Chủ tịch UBND huyện Krông Bông"),
 P("H'Nga Êban", "Chủ tịch Hội LHPN xã Yang Mao"),
 P("H'Mai Kbuôr", "chủ mô hình sản xuất rượu cần truyền thống"),
 P("Trần Thị Phương Thảo", "Trưởng ban Kinh tế Hội LHPN tỉnh", "thành viên đoàn giám sát")],
[Q("126 phụ nữ", 126, "phụ nữ"), Q("19 ý tưởng khởi nghiệp", 19, "ý tưởng khởi nghiệp"), Q("7 hợp tác xã", 7, "hợp tác xã"),
 Q("214 thành viên", 214, "thành viên"), Q("42 hộ phụ nữ", 42, "hộ phụ nữ"), Q("1,8 tỷ đồng", 1800000000, "đồng"),
 Q("3 xã", 3, "xã"), Q("56%", 56, "%"), Q("11 chị em", 11, "chị em"), Q("4 kiến nghị", 4, "kiến nghị"),
 Q("ít nhất 500 triệu đồng", 500000000, "đồng", "over")],
[D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 939/QĐ-TTg ngày 30/6/2017"),
 D("Kế hoạch", "07", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch giám sát số 07-KH/HPN"),
 D("Quyết định", "1005", "QĐ-UBND", "2017-10-20", "UBND huyện", "Quyết định số 1005/QĐ-UBND ngày 20/10/2017")],
[prov("Đắk Lắk"), com("Yang Mao"), com("Cư Drăm"), com("Hòa Sơn")],
["Báo Đắk Lắk điện tử", "Chính trị - Xã hội | Mặt trận - Đoàn thể", "Đoàn giám sát làm việc với Hội LHPN huyện Krông Bông.",
 "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025", "Phụ nữ khởi nghiệp", "Chương trình mục tiêu quốc gia giảm nghèo bền vững"],
["Cập nhật: 15:40, 26/09/2018 (GMT+7)", "giám sát năm 2018", "hơn một năm"]))

PAGES.append(page("b5173-hanam-hlhpn-hoinghi-2019", """
HỘI LHPN TỈNH HÀ NAM
Trang chủ :: Tin tức :: Phong trào phụ nữ
18.10.2019 | 16:05
Hà Nam: Hội nghị kết nối, hỗ trợ phụ nữ khởi nghiệp năm 2019
Sáng 16/10, Hội LHPN tỉnh Hà Nam phối hợp Sở Công Thương tổ chức Hội nghị kết nối, hỗ trợ phụ nữ khởi nghiệp năm 2019. Dự hội nghị có đồng chí Ngô Thị Bích Thủy, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Trần Đức Lâm, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng gần 250 đại biểu là cán bộ Hội, chủ doanh nghiệp, hợp tác xã và hội viên có ý tưởng kinh doanh.
Các đại biểu tham quan gian hàng sản phẩm của phụ nữ.
Báo cáo của bà Lại Thị Thanh Huyền, Chủ tịch Hội LHPN tỉnh, cho biết sau 2 năm thực hiện Quyết định 939/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch 45, 46-KH/BTV của Ban Thường vụ Hội LHPN tỉnh, các cấp Hội đã hỗ trợ 1.186 phụ nữ khởi nghiệp, thành lập mới 9 hợp tác xã và 64 tổ hợp tác do phụ nữ làm chủ. Có 26 ý tưởng khởi nghiệp được tư vấn hoàn thiện, 8 dự án khởi nghiệp được vay vốn với tổng số tiền 3,6 tỷ đồng.
Tại hội nghị, đại diện 12 doanh nghiệp đã ký biên bản ghi nhớ bao tiêu sản phẩm cho các tổ hợp tác. Bà Trịnh Thị Hường, Giám đốc Hợp tác xã mây tre đan Ngọc Động ở xã Hoàng Đông, chia sẻ hợp tác xã hiện tạo việc làm cho 85 lao động nữ với thu nhập 4,5 triệu đồng/tháng. Chị Vũ Thị Hạnh, chủ cơ sở chế biến bánh đa nem ở xã Mộc Nam, cho biết sản phẩm của chị đã đạt chứng nhận OCOP 3 sao.
Đồng chí Trần Đức Lâm nhấn mạnh, việc hỗ trợ phụ nữ khởi nghiệp gắn với thực hiện Nghị quyết số 08-NQ/TU ngày 15/3/2018 của Tỉnh ủy về phát triển kinh tế tập thể và Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Phát biểu chỉ đạo, đồng chí Ngô Thị Bích Thủy đề nghị các cấp Hội phối hợp ngành Công Thương, Nông nghiệp đưa sản phẩm của phụ nữ lên sàn thương mại điện tử; phấn đấu năm 2020 mỗi huyện, thị xã có ít nhất 2 sản phẩm OCOP của phụ nữ. Đồng chí cũng lưu ý các tổ hợp tác phải chú trọng chất lượng, mẫu mã và bảo đảm an toàn thực phẩm để giữ uy tín với người tiêu dùng.
Dịp này, Hội LHPN tỉnh tuyên dương 25 mô hình kinh tế tiêu biểu của phụ nữ và trao giải cuộc thi ý tưởng khởi nghiệp; giải nhất trị giá 10 triệu đồng thuộc về nhóm phụ nữ xã Nhân Mỹ với ý tưởng trồng rau mầm thủy canh. Các bà Nguyễn Thị Lan, Đinh Thị Thu - Phó Chủ tịch Hội LHPN tỉnh trao giải cho các tác giả.
Thanh Loan
Xem thêm
- Phụ nữ Kim Bảng học nghề làm hương (02/10/2019)
- Hội thi "Tổ trưởng tổ vay vốn giỏi" (19/09/2019)
- Bình Lục ra mắt câu lạc bộ phụ nữ khởi nghiệp (05/09/2019)
""", "2019-10-18", "Hà Nam: Hội nghị kết nối, hỗ trợ phụ nữ khởi nghiệp năm 2019",
E("hoi_nghi", "2019", "2019-10-16"),
[P("Ngô Thị Bích Thủy", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Trần Đức Lâm", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lại Thị Thanh Huyền", "Chủ tịch Hội LHPN tỉnh"),
 P("Trịnh Thị Hường", "Giám đốc Hợp tác xã mây tre đan Ngọc Động"),
 P("Vũ Thị Hạnh", "chủ cơ sở chế biến bánh đa nem"),
 P("Nguyễn Thị Lan", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Thị Thu", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("gần 250 đại biểu", 250, "đại biểu", "approx"), Q("1.186 phụ nữ", 1186, "phụ nữ"), Q("9 hợp tác xã", 9, "hợp tác xã"),
 Q("64 tổ hợp tác", 64, "tổ hợp tác"), Q("26 ý tưởng khởi nghiệp", 26, "ý tưởng khởi nghiệp"),
 Q("8 dự án khởi nghiệp", 8, "dự án khởi nghiệp"), Q("3,6 tỷ đồng", 3600000000, "đồng"), Q("12 doanh nghiệp", 12, "doanh nghiệp"),
 Q("85 lao động nữ", 85, "lao động nữ"), Q("4,5 triệu đồng", 4500000, "đồng"),
 Q("ít nhất 2 sản phẩm OCOP", 2, "sản phẩm OCOP", "over"), Q("25 mô hình kinh tế tiêu biểu", 25, "mô hình kinh tế tiêu biểu"),
 Q("10 triệu đồng", 10000000, "đồng")],
[D("Quyết định", "939", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 939/QĐ-TTg"),
 D("Kế hoạch", "45", "KH/BTV", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 45, 46-KH/BTV"),
 D("Kế hoạch", "46", "KH/BTV", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 45, 46-KH/BTV"),
 D("Nghị quyết", "08", "NQ/TU", "2018-03-15", "Tỉnh ủy", "Nghị quyết số 08-NQ/TU ngày 15/3/2018"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016")],
[prov("Hà Nam"), com("Hoàng Đông"), com("Mộc Nam"), com("Nhân Mỹ")],
["HỘI LHPN TỈNH HÀ NAM", "Trang chủ :: Tin tức :: Phong trào phụ nữ", "Các đại biểu tham quan gian hàng sản phẩm của phụ nữ."],
["18.10.2019 | 16:05", "2 năm", "OCOP 3 sao", "giải nhất"]))

PAGES.append(page("b5174-bentre-hlhpn-soket-2020", """
Báo Đồng Khởi Online
Xã hội > Phụ nữ
14/07/2020 - 10:05
Ảnh: Quang cảnh hội nghị sơ kết.
Phụ nữ Bến Tre vượt khó sau dịch Covid-19 và hạn mặn
Ngày 10/7/2020, Hội LHPN tỉnh tổ chức hội nghị trực tuyến sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2020 với 9 điểm cầu huyện, thành phố. Bà Huỳnh Thị Kim Thoa, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị.
Sáu tháng đầu năm, dịch Covid-19 và đợt hạn mặn lịch sử ảnh hưởng nặng đến sinh kế của hội viên: trên 4.600 hộ do phụ nữ làm chủ bị thiệt hại vườn cây ăn trái, rau màu; nhiều tiểu thương, lao động nữ tự do mất việc. Các cấp Hội đã rà soát, đề xuất cho 2.315 lao động nữ được nhận hỗ trợ theo Nghị quyết 42/NQ-CP của Chính phủ và Quyết định 15/2020/QĐ-TTg của Thủ tướng Chính phủ; vận động 1.520 bồn chứa nước ngọt và gần 3,2 tỷ đồng tiền mặt hỗ trợ hội viên vùng hạn mặn.
Thực hiện Kế hoạch số 65-KH/HPN ngày 20/3/2020 của Ban Thường vụ Hội LHPN tỉnh, các cơ sở Hội duy trì 1.108 tổ tiết kiệm và vay vốn, dư nợ ủy thác qua Ngân hàng Chính sách xã hội đạt 812 tỷ đồng; 99,2% tổ xếp loại tốt. Hội đã giải ngân 46 suất vốn khởi nghiệp, mỗi suất tối đa 50 triệu đồng, cho phụ nữ mở cơ sở làm kẹo dừa, đan giỏ lục bình, bán hàng trực tuyến.
Tại hội nghị, bà Nguyễn Thị Bé Ba, Chủ tịch Hội LHPN xã An Thủy, cho biết xã có 312 hộ thiếu nước sinh hoạt; Hội đã vận động các mạnh thường quân tặng 80 lu chứa nước. Bà Trần Thị Ngọc Diễm, Phó Chủ tịch Hội LHPN huyện Mỏ Cày Nam, đề nghị có chính sách hỗ trợ giống cây trồng chịu mặn cho phụ nữ trồng bưởi, chôm chôm.
Bà Huỳnh Thị Kim Thoa nhấn mạnh, 6 tháng cuối năm các cấp Hội phải thực hiện tốt Chỉ thị 16/CT-TTg về phòng, chống dịch; hỗ trợ phụ nữ phục hồi sản xuất, chuyển đổi cây trồng, vật nuôi thích ứng biến đổi khí hậu; phấn đấu đến cuối năm giúp ít nhất 500 phụ nữ khởi nghiệp hoặc mở rộng sản xuất. Các cấp Hội cũng cần chuẩn bị chu đáo cho đại hội phụ nữ cơ sở, lồng ghép góp ý văn kiện đại hội Đảng bộ các cấp.
Phát biểu tại hội nghị, bà Lê Thị Mỹ Hạnh, Phó Trưởng Ban Dân vận Tỉnh ủy, ghi nhận nỗ lực của các cấp Hội trong thời gian giãn cách xã hội và đề nghị Hội tiếp tục nắm chắc tâm tư, nguyện vọng của hội viên vùng hạn mặn, kịp thời phản ánh với cấp ủy, chính quyền.
Dịp này, Trung ương Hội LHPN Việt Nam tặng bằng khen cho 3 tập thể và 5 cá nhân có thành tích trong phòng, chống dịch Covid-19.
Kim Thoa (Hội LHPN tỉnh)
Tin khác
- Ba Tri: trao 200 phần quà cho phụ nữ nghèo (30/06/2020)
- Phụ nữ Chợ Lách bán hàng qua mạng mùa dịch (12/06/2020)
- Trao 150 bồn chứa nước cho hội viên xã Bảo Thạnh (25/05/2020)
""", "2020-07-14", "Phụ nữ Bến Tre vượt khó sau dịch Covid-19 và hạn mặn",
E("so_ket", "2020-H1", "2020-07-10"),
[P("Huỳnh Thị Kim Thoa", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Bé Ba", "Chủ tịch Hội LHPN xã An Thủy"),
 P("Trần Thị Ngọc Diễm", "Phó Chủ tịch Hội LHPN huyện Mỏ Cày Nam"),
 P("Lê Thị Mỹ Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("9 điểm cầu huyện, thành phố", 9, "điểm cầu huyện, thành phố"), Q("trên 4.600 hộ", 4600, "hộ", "over"),
 Q("2.315 lao động nữ", 2315, "lao động nữ"), Q("1.520 bồn chứa nước ngọt", 1520, "bồn chứa nước ngọt"),
 Q("gần 3,2 tỷ đồng", 3200000000, "đồng", "approx"), Q("1.108 tổ tiết kiệm và vay vốn", 1108, "tổ tiết kiệm và vay vốn"),
 Q("812 tỷ đồng", 812000000000, "đồng"), Q("99,2%", 99.2, "%"), Q("46 suất vốn khởi nghiệp", 46, "suất vốn khởi nghiệp"),
 Q("tối đa 50 triệu đồng", 50000000, "đồng"), Q("312 hộ", 312, "hộ"), Q("80 lu chứa nước", 80, "lu chứa nước"),
 Q("ít nhất 500 phụ nữ", 500, "phụ nữ", "over"), Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân")],
[D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết 42/NQ-CP"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 15/2020/QĐ-TTg"),
 D("Kế hoạch", "65", "KH/HPN", "2020-03-20", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 65-KH/HPN ngày 20/3/2020"),
 D("Chỉ thị", "16", "CT-TTg", None, None, "Chỉ thị 16/CT-TTg")],
[prov("Bến Tre"), com("An Thủy")],
["Báo Đồng Khởi Online", "Xã hội > Phụ nữ", "Ảnh: Quang cảnh hội nghị sơ kết."],
["14/07/2020 - 10:05", "6 tháng đầu năm 2020", "Sáu tháng đầu năm", "6 tháng cuối năm"]))

PAGES.append(page("b5175-kontum-hlhpn-baocao-2021", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH KON TUM
Trang chủ | Hoạt động Hội | Kinh tế
Ngày 03/12/2021 | 09:15
Kon Tum: 2.140 phụ nữ dân tộc thiểu số được hỗ trợ sinh kế trong năm 2021
Theo Báo cáo số 112/BC-HPN ngày 30/11/2021 của Hội LHPN tỉnh Kon Tum về kết quả công tác hỗ trợ phụ nữ phát triển kinh tế năm 2021, mặc dù chịu ảnh hưởng của dịch Covid-19, các cấp Hội đã hỗ trợ sinh kế cho 2.140 phụ nữ dân tộc thiểu số, vượt 7% chỉ tiêu năm.
Phụ nữ xã Đăk Tơ Lung chăm sóc vườn sâm dây.
Báo cáo nêu rõ, thực hiện Kế hoạch số 19-KH/TU ngày 11/1/2021 của Tỉnh ủy về phát triển kinh tế vùng đồng bào dân tộc thiểu số và Quyết định 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ, các cấp Hội đã hỗ trợ thành lập 14 tổ hợp tác và 3 hợp tác xã do phụ nữ làm chủ; hỗ trợ 38 ý tưởng khởi nghiệp, trong đó 6 sản phẩm được công nhận OCOP. Dư nợ ủy thác qua Ngân hàng Chính sách xã hội đạt 698,5 tỷ đồng với 15.730 hộ còn dư nợ.
Từ nguồn Quỹ "Phụ nữ nghèo vùng cao", Hội đã trao 320 con heo giống, 95 con bò giống và 12.000 cây giống sâm dây cho hội viên. Đến nay, khoảng 1.050 hộ có phụ nữ được hỗ trợ đã có thu nhập ổn định, 186 hộ thoát nghèo.
Báo cáo ghi nhận những cách làm hay như mô hình "Tổ phụ nữ góp vốn xoay vòng" ở xã Đăk Tơ Lung do bà Y Thuận, Chủ tịch Hội LHPN xã Đăk Tơ Lung, hướng dẫn, với 42 thành viên góp mỗi tháng 200.000 đồng/người; mô hình trồng sâm dây dưới tán rừng của chị Y Khuê, dân tộc Xơ Đăng, ở xã Măng Ri cho thu nhập trên 80 triệu đồng/năm.
Theo bà A Lang Thị Nhung, Phó Chủ tịch Hội LHPN tỉnh, khó khăn lớn nhất là trình độ của một bộ phận hội viên còn hạn chế, nhiều chị em chưa biết tiếng phổ thông; một số tổ hợp tác hoạt động cầm chừng vì thiếu thị trường. Năm 2022, Hội đặt mục tiêu hỗ trợ ít nhất 2.500 phụ nữ, thực hiện Nghị quyết số 03-NQ/ĐĐH của Đại hội đại biểu Phụ nữ tỉnh lần thứ XV.
Trước đó, đoàn công tác của Trung ương Hội LHPN Việt Nam do bà Đoàn Thị Ngọc Mai, Ủy viên Đoàn Chủ tịch, Trưởng ban Hỗ trợ phụ nữ phát triển kinh tế Trung ương Hội LHPN Việt Nam dẫn đầu đã khảo sát tại xã Đăk Tơ Lung và xã Măng Ri, đánh giá cao sự chủ động của các cấp Hội Kon Tum trong hỗ trợ chị em phục hồi sinh kế sau dịch.
Báo cáo cũng kiến nghị UBND tỉnh bố trí khoảng 1,5 tỷ đồng cho Hội triển khai dự án hỗ trợ phụ nữ dân tộc thiểu số thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Phương Linh
Tin liên quan
- Trao 50 con bò giống cho phụ nữ nghèo Tu Mơ Rông (19/11/2021)
- Hội LHPN tỉnh giao ban quý III năm 2021 (08/10/2021)
- Phụ nữ Sa Thầy làm giàu từ cây cà phê (21/09/2021)
""", "2021-12-03", "Kon Tum: 2.140 phụ nữ dân tộc thiểu số được hỗ trợ sinh kế trong năm 2021",
E("bao_cao", "2021", "2021-11-30"),
[P("Y Thuận", "Chủ tịch Hội LHPN xã Đăk Tơ Lung"),
 P("Y Khuê"),
 P("A Lang Thị Nhung", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đoàn Thị Ngọc Mai", "Ủy viên Đoàn Chủ tịch", "Trưởng ban Hỗ trợ phụ nữ phát triển kinh tế Trung ương Hội LHPN Việt Nam")],
[Q("2.140 phụ nữ dân tộc thiểu số", 2140, "phụ nữ dân tộc thiểu số"), Q("7%", 7, "%"), Q("14 tổ hợp tác", 14, "tổ hợp tác"),
 Q("3 hợp tác xã", 3, "hợp tác xã"), Q("38 ý tưởng khởi nghiệp", 38, "ý tưởng khởi nghiệp"), Q("6 sản phẩm", 6, "sản phẩm"),
 Q("698,5 tỷ đồng", 698500000000, "đồng"), Q("15.730 hộ", 15730, "hộ"), Q("320 con heo giống", 320, "con heo giống"),
 Q("95 con bò giống", 95, "con bò giống"), Q("12.000 cây giống sâm dây", 12000, "cây giống sâm dây"),
 Q("khoảng 1.050 hộ", 1050, "hộ", "approx"), Q("186 hộ", 186, "hộ"), Q("42 thành viên", 42, "thành viên"),
 Q("200.000 đồng", 200000, "đồng"), Q("trên 80 triệu đồng", 80000000, "đồng", "over"),
 Q("ít nhất 2.500 phụ nữ", 2500, "phụ nữ", "over"), Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx")],
[D("Báo cáo", "112", "BC-HPN", "2021-11-30", "Hội LHPN tỉnh Kon Tum", "Báo cáo số 112/BC-HPN ngày 30/11/2021"),
 D("Kế hoạch", "19", "KH/TU", "2021-01-11", "Tỉnh ủy", "Kế hoạch số 19-KH/TU ngày 11/1/2021"),
 D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định 939/QĐ-TTg ngày 30/6/2017"),
 D("Nghị quyết", "03", "NQ/ĐĐH", None, "Đại hội đại biểu Phụ nữ tỉnh lần thứ XV", "Nghị quyết số 03-NQ/ĐĐH")],
[prov("Kon Tum"), com("Đăk Tơ Lung"), com("Măng Ri")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH KON TUM", "Trang chủ | Hoạt động Hội | Kinh tế", "Phụ nữ xã Đăk Tơ Lung chăm sóc vườn sâm dây.",
 "Phụ nữ nghèo vùng cao", "Tổ phụ nữ góp vốn xoay vòng",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Ngày 03/12/2021 | 09:15", "năm 2021", "Năm 2022", "lần thứ XV", "OCOP"]))

PAGES.append(page("b5176-thanhhoa-nuchunhiem-htx-2022", """
Báo Thanh Hóa
Xã hội › Gương sáng
Thứ Ba, 08/03/2022, 07:45
Chị Hà Thị Nhung (thứ hai từ trái) giới thiệu sản phẩm với khách hàng.
Nữ giám đốc hợp tác xã người Mường và hành trình đưa măng đắng đi xa
Từ một người phụ nữ làm nương, chị Hà Thị Nhung, dân tộc Mường, Giám đốc Hợp tác xã Nông sản sạch Thành Lâm, Chi hội trưởng Chi hội phụ nữ thôn Đồng Mới, xã Thành Lâm, huyện Bá Thước, đã trở thành người tạo việc làm cho hàng chục chị em trong vùng.
Năm 2017, được Hội LHPN huyện Bá Thước giới thiệu vay 50 triệu đồng từ Ngân hàng Chính sách xã hội theo chương trình hỗ trợ phụ nữ khởi nghiệp, chị cùng 7 chị em góp vốn thu mua, sơ chế măng đắng, măng nứa. Năm 2019, tổ hợp tác được chuyển thành hợp tác xã với 24 thành viên, trong đó 19 thành viên là phụ nữ dân tộc Mường, Thái.
Hiện hợp tác xã có xưởng sơ chế rộng 600 m2, mỗi năm tiêu thụ khoảng 120 tấn măng tươi, doanh thu năm 2021 đạt gần 3,4 tỷ đồng, tạo việc làm thường xuyên cho 32 lao động với thu nhập khoảng 5,5 triệu đồng/người/tháng. Sản phẩm măng đắng sấy khô của hợp tác xã đã đạt chứng nhận OCOP 3 sao cấp tỉnh năm 2021 và được bán ở 14 cửa hàng nông sản sạch tại Hà Nội và thành phố Thanh Hóa.
Bà Lương Thị Hoa, Phó Chủ tịch Hội LHPN huyện Bá Thước, cho biết chị Nhung là một trong 65 phụ nữ khởi nghiệp của huyện được hỗ trợ theo Quyết định số 939/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 156/KH-UBND ngày 17/7/2018 của UBND tỉnh Thanh Hóa. "Từ mô hình của chị Nhung, chúng tôi đã nhân rộng thêm 4 tổ hợp tác măng, dược liệu ở các xã vùng cao", bà Hoa nói.
Không chỉ làm kinh tế giỏi, chị Nhung còn tích cực trong công tác Hội. Chi hội phụ nữ thôn Đồng Mới do chị phụ trách có 87 hội viên, năm nào cũng đạt chi hội vững mạnh. Chị vận động chị em góp hơn 30 triệu đồng lập quỹ tín dụng xoay vòng, giúp 9 hội viên nghèo mua giống gà, giống lợn.
Ông Trương Văn Đông, Chủ tịch UBND xã Thành Lâm, nhận xét: "Chị Nhung vừa giỏi việc nước, vừa đảm việc nhà, là tấm gương để phụ nữ trong xã học tập". Năm 2021, chị được Trung ương Hội LHPN Việt Nam trao Giải thưởng "Phụ nữ khởi nghiệp sáng tạo" và được UBND tỉnh tặng bằng khen.
Chia sẻ dự định, chị Nhung muốn đầu tư thêm máy sấy lạnh khoảng 400 triệu đồng để nâng chất lượng sản phẩm và liên kết với ít nhất 100 hộ trồng măng trong vùng, trong đó ưu tiên các hộ nghèo, hộ có phụ nữ đơn thân nuôi con nhỏ.
Lê Hà
Lượt xem: 2.317
Tin cùng chuyên mục
- Người phụ nữ Thái giữ nghề dệt thổ cẩm (28/02/2022)
- Cô giáo vùng cao 15 năm bám bản (14/02/2022)
- Nữ chủ trang trại gà đồi ở Như Thanh (25/01/2022)
""", "2022-03-08", "Nữ giám đốc hợp tác xã người Mường và hành trình đưa măng đắng đi xa",
E("khac", None, None),
[P("Hà Thị Nhung", "Giám đốc Hợp tác xã Nông sản sạch Thành Lâm", "Chi hội trưởng Chi hội phụ nữ thôn Đồng Mới"),
 P("Lương Thị Hoa", "Phó Chủ tịch Hội LHPN huyện Bá Thước"),
 P("Trương Văn Đông", "Chủ tịch UBND xã Thành Lâm")],
[Q("50 triệu đồng", 50000000, "đồng"), Q("7 chị em", 7, "chị em"), Q("24 thành viên", 24, "thành viên"),
 Q("19 thành viên", 19, "thành viên"), Q("600 m2", 600, "m2"), Q("khoảng 120 tấn", 120, "tấn", "approx"),
 Q("gần 3,4 tỷ đồng", 3400000000, "đồng", "approx"), Q("32 lao động", 32, "lao động"), Q("khoảng 5,5 triệu đồng", 5500000, "đồng", "approx"),
 Q("14 cửa hàng nông sản sạch", 14, "cửa hàng nông sản sạch"), Q("65 phụ nữ", 65, "phụ nữ"),
 Q("4 tổ hợp tác", 4, "tổ hợp tác"), Q("87 hội viên", 87, "hội viên"), Q("hơn 30 triệu đồng", 30000000, "đồng", "over"),
 Q("9 hội viên nghèo", 9, "hội viên nghèo"), Q("khoảng 400 triệu đồng", 400000000, "đồng", "approx"),
 Q("ít nhất 100 hộ", 100, "hộ", "over")],
[D("Quyết định", "939", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 939/QĐ-TTg"),
 D("Kế hoạch", "156", "KH-UBND", "2018-07-17", "UBND tỉnh Thanh Hóa", "Kế hoạch số 156/KH-UBND ngày 17/7/2018")],
[prov("Thanh Hóa"), com("Thành Lâm")],
["Báo Thanh Hóa", "Xã hội › Gương sáng", "Chị Hà Thị Nhung (thứ hai từ trái) giới thiệu sản phẩm với khách hàng.",
 "Phụ nữ khởi nghiệp sáng tạo", "Lượt xem: 2.317"],
["Thứ Ba, 08/03/2022, 07:45", "Năm 2017", "Năm 2019", "OCOP 3 sao", "Lượt xem: 2.317"]))
