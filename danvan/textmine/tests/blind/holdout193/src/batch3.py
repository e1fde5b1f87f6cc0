from lib import *
PAGES = []

PAGES.append(page("b4601-hagiang-mttq-traoqua-2021", """
Mặt trận Tổ quốc Việt Nam tỉnh Hà Giang
Trang chủ / Tin tức / Vì người nghèo - An sinh xã hội
Thứ Sáu, 05/02/2021, 08:10
Trao 1.500 suất quà Tết cho hộ nghèo, người có uy tín 4 huyện vùng cao núi đá
Ngày 3/2/2021, Ủy ban MTTQ Việt Nam tỉnh Hà Giang phối hợp Báo Đại Đoàn Kết và các nhà tài trợ tổ chức chương trình "Tết vì người nghèo và nạn nhân chất độc da cam" Xuân Tân Sửu 2021, trao 1.500 suất quà Tết cho hộ nghèo, người có uy tín tại 4 huyện Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ. Mỗi suất quà trị giá 700.000 đồng gồm tiền mặt, gạo và nhu yếu phẩm; tổng trị giá hơn 1 tỷ đồng.
Ảnh: Lãnh đạo Ủy ban MTTQ tỉnh trao quà cho người dân xã Sơn Vĩ.
Tham gia đoàn có bà Vương Thị Sảo, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các ông, bà: Ly Mí Phừ, Nguyễn Thị Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Lục Văn Chung, Phó Trưởng Ban Dân tộc tỉnh.
Tại xã Sơn Vĩ, huyện Mèo Vạc, đoàn trao 400 suất quà; riêng 52 người có uy tín mỗi người nhận thêm 1 triệu đồng. Ông Mua Mí Dình, Chủ tịch Ủy ban MTTQ xã Sơn Vĩ cho biết, xã có 2.143 hộ thì 1.205 hộ nghèo, 270 hộ cận nghèo; năm 2020, Mặt trận xã đã vận động làm 16 căn nhà Đại đoàn kết, xóa 42 nhà tạm cho đồng bào Mông, Lô Lô. Ông Sình Dỉ Gai, người Lô Lô, Trưởng thôn Lô Lô Chải, xã Lũng Cú, bày tỏ vui mừng vì cả thôn không có ai mắc COVID-19, không có người vượt biên trái phép.
Bà Vương Thị Sảo cho biết, thực hiện Kế hoạch liên tịch số 08/KHLT-MTTQ-LĐLĐ-HCTĐ về vận động ủng hộ dịp Tết, năm nay toàn tỉnh dự kiến trao khoảng 28.000 suất quà với tổng trị giá trên 16,5 tỷ đồng; ưu tiên hộ nghèo ở 6 huyện nghèo theo Nghị quyết 30a và các xã biên giới. Ủy ban MTTQ các cấp được yêu cầu thực hiện đúng Hướng dẫn số 15/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về quản lý Quỹ "Vì người nghèo".
Cùng ngày, Ủy ban MTTQ huyện Mèo Vạc trao thêm 120 chiếc áo ấm cho học sinh bán trú, 30 bộ quần áo cho người cao tuổi. Ông Hầu Mí Chá, Ủy viên Ban Thường trực Ủy ban MTTQ huyện, cho biết dịp Tết này Mặt trận huyện sẽ thăm hỏi 18 gia đình người Mông mới trở về từ nơi di cư tự do.
Bà Vương Thị Sảo đề nghị chính quyền, Mặt trận cơ sở bảo đảm quà đến đúng người, đúng đối tượng, không để "sót hộ"; đồng thời tuyên truyền người dân thực hiện "5K", không tụ tập đông người trong dịp Tết. Đoàn cũng đến thăm, động viên cán bộ, chiến sĩ Đồn Biên phòng Lũng Cú đang làm nhiệm vụ chống dịch ở biên giới.
Vinh Quang
Lượt xem: 967
Tin khác
- Quản Bạ: 60 phần quà cho học sinh nghèo (01/02/2021)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 2 (28/01/2021)
- Yên Minh ra mắt 3 mô hình khu dân cư tự quản (20/01/2021)
""", "2021-02-05", "Trao 1.500 suất quà Tết cho hộ nghèo, người có uy tín 4 huyện vùng cao núi đá",
E("trao_qua", None, "2021-02-03"),
[P("Vương Thị Sảo", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ly Mí Phừ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Nguyễn Thị Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lục Văn Chung", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Mua Mí Dình", "Chủ tịch Ủy ban MTTQ xã Sơn Vĩ"),
 P("Sình Dỉ Gai", "Trưởng thôn Lô Lô Chải"),
 P("Hầu Mí Chá", "Ủy viên Ban Thường trực Ủy ban MTTQ huyện")],
[Q("1.500 suất quà Tết", 1500, "suất quà"), Q("4 huyện", 4, "huyện"), Q("700.000 đồng", 700000, "đồng"),
 Q("hơn 1 tỷ đồng", 1000000000, "đồng", "over"), Q("400 suất quà", 400, "suất quà"), Q("52 người có uy tín", 52, "người có uy tín"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("2.143 hộ", 2143, "hộ"), Q("1.205 hộ nghèo", 1205, "hộ nghèo"), Q("270 hộ cận nghèo", 270, "hộ cận nghèo"),
 Q("16 căn nhà Đại đoàn kết", 16, "căn nhà Đại đoàn kết"), Q("42 nhà tạm", 42, "nhà tạm"),
 Q("khoảng 28.000 suất quà", 28000, "suất quà", "approx"), Q("trên 16,5 tỷ đồng", 16500000000, "đồng", "over"),
 Q("6 huyện nghèo", 6, "huyện nghèo"), Q("120 chiếc áo ấm", 120, "chiếc áo ấm"), Q("30 bộ quần áo", 30, "bộ quần áo"),
 Q("18 gia đình người Mông", 18, "gia đình người Mông")],
[D("Kế hoạch liên tịch", "08", "KHLT-MTTQ-LĐLĐ-HCTĐ", None, None, "Kế hoạch liên tịch số 08/KHLT-MTTQ-LĐLĐ-HCTĐ"),
 D("Hướng dẫn", "15", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 15/HD-MTTW-BTT"),
 D("Nghị quyết", "30a", None, None, None, "Nghị quyết 30a")],
[prov("Hà Giang"), com("Sơn Vĩ"), com("Lũng Cú")],
["Mặt trận Tổ quốc Việt Nam tỉnh Hà Giang", "Trang chủ / Tin tức / Vì người nghèo - An sinh xã hội",
 "Ảnh: Lãnh đạo Ủy ban MTTQ tỉnh trao quà cho người dân xã Sơn Vĩ.", "Báo Đại Đoàn Kết",
 "Tết vì người nghèo và nạn nhân chất độc da cam", "Vì người nghèo", "sót hộ", "5K", "Lượt xem: 967"],
["Thứ Sáu, 05/02/2021, 08:10", "Xuân Tân Sửu 2021", "COVID-19", "năm 2020", "5K", "Lượt xem: 967"]))

PAGES.append(page("b4602-laocai-bdv-giaoban-2021", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ > Hoạt động của Ban > Giao ban
Cập nhật: 14:35, 04/11/2021 (GMT+7)
Ảnh: Đồng chí Giàng Thị Dung chủ trì giao ban.
Giao ban khối dân vận: tập trung vận động người dân vùng cao tiêm vắc xin, không di cư tự do
Chiều 2/11, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận tháng 10/2021 bằng hình thức trực tuyến tới 9 điểm cầu huyện, thị xã, thành phố. Đồng chí Giàng Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự tại điểm cầu tỉnh có lãnh đạo Ủy ban MTTQ tỉnh, các tổ chức chính trị - xã hội và 23 đồng chí cán bộ, chuyên viên của Ban.
Báo cáo giao ban cho biết, trong tháng 10, khối dân vận các cấp đã phối hợp vận động 12.460 người dân vùng cao ở các huyện Si Ma Cai, Mường Khương, Bắc Hà tiêm vắc xin phòng COVID-19 mũi 1, nâng tỷ lệ người từ 18 tuổi trở lên được tiêm lên 87,3%. Các tổ dân vận thôn đã vận động 31 hộ đồng bào Mông không bỏ đi nơi khác; phát hiện 2 trường hợp truyền đạo trái pháp luật ở xã Cán Cấu.
Ban Dân vận Tỉnh ủy đã hướng dẫn các huyện triển khai Kết luận số 01-KL/TW của Bộ Chính trị và Kế hoạch 52, 53-KH/TU của Ban Thường vụ Tỉnh ủy về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và về công tác dân vận đến năm 2025; ban hành văn bản số 415-CV/BDVTU đề nghị sơ kết mô hình "Dân vận khéo" trong phòng, chống dịch.
Tại giao ban, đồng chí Vàng Thị Mai, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, thông tin: hiện có 246 mô hình "Dân vận khéo" gắn với chống dịch, trong đó khoảng 40 mô hình ở các thôn người Mông, Dao, Phù Lá, Hà Nhì. Đồng chí Lù Văn Sử, HUV, Trưởng Ban Dân vận Huyện ủy Si Ma Cai đề nghị tỉnh hỗ trợ thêm phương tiện cho 13 tổ vận động lưu động. Bà Tráng Thị Mỷ, Bí thư Chi bộ, Trưởng thôn Sín Chải, xã Sín Chéng, kể chuyện đi từng nhà vận động 6 người cao tuổi tiêm vắc xin.
Kết luận giao ban, đồng chí Giàng Thị Dung yêu cầu tháng 11 tập trung chuẩn bị tổng kết năm; tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư nhưng bảo đảm an toàn phòng dịch; kịp thời nắm tình hình trước thông tin xấu độc về vắc xin, không để phát sinh "điểm nóng". Theo kế hoạch, giao ban tháng 11 sẽ được tổ chức tại huyện Bắc Hà.
Trước đó, Ban Dân vận Tỉnh ủy Lào Cai đã có đoàn công tác đến kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại xã Sín Chéng, ghi nhận cách làm của chi bộ thôn trong phân công đảng viên phụ trách từng nhóm hộ, mỗi đảng viên theo dõi khoảng 12 hộ, kịp thời nắm tâm tư của bà con người Mông khi có người lạ vào thôn.
Hoàng Hà
Lượt xem: 402
Tin liên quan
- Bảo Thắng: 8 tổ dân vận hỗ trợ tiêm chủng (29/10/2021)
- Giao ban khối dân vận tháng 9/2021 (05/10/2021)
- Sa Pa tổng kết đợt cao điểm "Dân vận khéo" (28/09/2021)
""", "2021-11-04", "Giao ban khối dân vận: tập trung vận động người dân vùng cao tiêm vắc xin, không di cư tự do",
E("giao_ban", "2021-10", "2021-11-02"),
[P("Giàng Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng Thị Mai", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lù Văn Sử", "HUV", "Trưởng Ban Dân vận Huyện ủy Si Ma Cai"),
 P("Tráng Thị Mỷ", "Bí thư Chi bộ", "Trưởng thôn Sín Chải")],
[Q("9 điểm cầu huyện, thị xã, thành phố", 9, "điểm cầu huyện, thị xã, thành phố"), Q("23 đồng chí", 23, "đồng chí"),
 Q("12.460 người dân", 12460, "người dân"), Q("87,3%", 87.3, "%"), Q("31 hộ", 31, "hộ"), Q("2 trường hợp", 2, "trường hợp"),
 Q("246 mô hình", 246, "mô hình"), Q("khoảng 40 mô hình", 40, "mô hình", "approx"), Q("13 tổ vận động lưu động", 13, "tổ vận động lưu động"),
 Q("6 người cao tuổi", 6, "người cao tuổi"), Q("100% khu dân cư", 100, "%"), Q("khoảng 12 hộ", 12, "hộ", "approx")],
[D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Kế hoạch", "52", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 52, 53-KH/TU"),
 D("Kế hoạch", "53", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 52, 53-KH/TU"),
 D("Công văn", "415", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "văn bản số 415-CV/BDVTU")],
[prov("Lào Cai"), com("Cán Cấu"), com("Sín Chéng")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ > Hoạt động của Ban > Giao ban", "Ảnh: Đồng chí Giàng Thị Dung chủ trì giao ban.",
 "Dân vận khéo", "Ngày hội Đại đoàn kết toàn dân tộc", "điểm nóng", "Lượt xem: 402"],
["Cập nhật: 14:35, 04/11/2021 (GMT+7)", "tháng 10/2021", "23 đồng chí", "COVID-19", "mũi 1", "18 tuổi", "đến năm 2025", "tháng 11", "Lượt xem: 402"]))

PAGES.append(page("b4603-laichau-bdv-hoinghi-tongiao-2022", """
Cổng Thông tin điện tử tỉnh Lai Châu
Trang chủ › Tin tức - Sự kiện › Dân tộc - Tôn giáo
Ngày đăng 22/04/2022 | 10:45
Gặp mặt, đối thoại với 160 chức sắc, chức việc, người có uy tín trong vùng đồng bào có đạo
Sáng 20/4, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh và Sở Nội vụ tổ chức hội nghị gặp mặt chức sắc, chức việc, người có uy tín trong vùng đồng bào dân tộc thiểu số có đạo năm 2022. Đồng chí Tẩn Chin Vàng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và chủ trì. Tham dự có 160 đại biểu là chức sắc, chức việc Tin Lành, Công giáo và người có uy tín của 8 huyện, thành phố.
Đại biểu chức sắc Tin Lành phát biểu tại hội nghị.
Theo báo cáo của Ban Tôn giáo Sở Nội vụ, toàn tỉnh hiện có 3 tôn giáo được Nhà nước công nhận với khoảng 46.000 tín đồ, trong đó đạo Tin Lành chiếm trên 90%, chủ yếu là đồng bào Mông, Dao, Hà Nhì, Khơ Mú. Có 121 điểm nhóm Tin Lành đã được đăng ký sinh hoạt tập trung, 9 chi hội Tin Lành được công nhận tổ chức. Thực hiện Luật Tín ngưỡng, tôn giáo và Nghị định số 162/2017/NĐ-CP của Chính phủ, tỉnh đã giải quyết 27 hồ sơ đề nghị đăng ký sinh hoạt tôn giáo tập trung.
Bên cạnh kết quả, vẫn còn 5 vụ việc lợi dụng tôn giáo để tuyên truyền "Vương quốc Mông", 2 nhóm theo "Bà Cô Dợ" hoạt động trái phép ở huyện Phong Thổ. Đồng chí Tẩn Chin Vàng đề nghị các chức sắc vận động tín đồ "sống tốt đời, đẹp đạo", không để kẻ xấu lợi dụng.
Tại hội nghị, Mục sư nhiệm chức Giàng A Của, Trưởng Ban đại diện Chi hội Tin Lành Nậm Xe, xã Nậm Xe, cho biết chi hội có 312 tín đồ, 100% hộ ký cam kết không di cư tự do, không truyền đạo trái phép. Ông Lý A Sình, người có uy tín bản Lả Mù, xã Tung Qua Lìn, kiến nghị được hỗ trợ in sách hát Thánh ca tiếng Mông. Linh mục Phêrô Trần Văn Hùng, Quản nhiệm Giáo xứ Lai Châu, phát biểu về đóng góp của giáo dân vào xây dựng nông thôn mới.
Các đồng chí: Chu Văn Lún, Phó Trưởng Ban Dân vận Tỉnh ủy; Vàng Thị Chở, Phó Giám đốc Sở Nội vụ; Lò Văn Kiên, Trưởng Ban Tôn giáo tỉnh đã trả lời 18 ý kiến của đại biểu về đất xây dựng điểm sinh hoạt, cấp giấy chứng nhận đăng ký, đào tạo chức sắc.
Tiếp tục thực hiện Chỉ thị số 18-CT/TW ngày 10/1/2018 của Ban Bí thư về tiếp tục thực hiện Chỉ thị 01/2005/CT-TTg của Thủ tướng Chính phủ về công tác đối với đạo Tin Lành, Ban Dân vận Tỉnh ủy sẽ tham mưu sơ kết Kế hoạch số 86-KH/TU của Tỉnh ủy. Dịp này, Ban tặng 160 phần quà, mỗi phần trị giá 300.000 đồng cho đại biểu.
Ngân Hà
Lượt xem: 1.208
Tin liên quan
- Sìn Hồ: 42 hộ ký cam kết không truyền đạo trái pháp luật (15/04/2022)
- Tam Đường: sơ kết quy chế phối hợp giữa Ban Dân vận và Công an huyện (10/04/2022)
""", "2022-04-22", "Gặp mặt, đối thoại với 160 chức sắc, chức việc, người có uy tín trong vùng đồng bào có đạo",
E("hoi_nghi", "2022", "2022-04-20"),
[P("Tẩn Chin Vàng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Của", "Mục sư nhiệm chức", "Trưởng Ban đại diện Chi hội Tin Lành Nậm Xe"),
 P("Lý A Sình", "người có uy tín bản Lả Mù"),
 P("Phêrô Trần Văn Hùng", "Linh mục", "Quản nhiệm Giáo xứ Lai Châu"),
 P("Chu Văn Lún", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Vàng Thị Chở", "Phó Giám đốc Sở Nội vụ"),
 P("Lò Văn Kiên", "Trưởng Ban Tôn giáo tỉnh")],
[Q("160 chức sắc, chức việc, người có uy tín", 160, "chức sắc, chức việc, người có uy tín"), Q("8 huyện, thành phố", 8, "huyện, thành phố"),
 Q("3 tôn giáo", 3, "tôn giáo"), Q("khoảng 46.000 tín đồ", 46000, "tín đồ", "approx"), Q("trên 90%", 90, "%", "over"),
 Q("121 điểm nhóm Tin Lành", 121, "điểm nhóm Tin Lành"), Q("9 chi hội Tin Lành", 9, "chi hội Tin Lành"),
 Q("27 hồ sơ", 27, "hồ sơ"), Q("5 vụ việc lợi dụng tôn giáo", 5, "vụ việc lợi dụng tôn giáo"), Q("2 nhóm", 2, "nhóm"),
 Q("312 tín đồ", 312, "tín đồ"), Q("100% hộ", 100, "%"), Q("18 ý kiến", 18, "ý kiến"), Q("160 phần quà", 160, "phần quà"),
 Q("300.000 đồng", 300000, "đồng")],
[D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 162/2017/NĐ-CP"),
 D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/1/2018"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 01/2005/CT-TTg"),
 D("Kế hoạch", "86", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 86-KH/TU")],
[prov("Lai Châu"), com("Nậm Xe"), com("Tung Qua Lìn")],
["Cổng Thông tin điện tử tỉnh Lai Châu", "Trang chủ › Tin tức - Sự kiện › Dân tộc - Tôn giáo", "Đại biểu chức sắc Tin Lành phát biểu tại hội nghị.",
 "Luật Tín ngưỡng, tôn giáo", "Vương quốc Mông", "Bà Cô Dợ", "sống tốt đời, đẹp đạo", "Chi hội Tin Lành Nậm Xe", "Giáo xứ Lai Châu", "Lượt xem: 1.208"],
["Ngày đăng 22/04/2022 | 10:45", "năm 2022", "Lượt xem: 1.208"]))

PAGES.append(page("b4604-dienbien-bdv-soket-2022", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Chính trị | Xây dựng Đảng
15/07/2022 - 08:20
Ảnh: Quang cảnh hội nghị.
Phát huy vai trò chi bộ bản trong vận động đồng bào vùng biên
(ĐBP) - Ngày 13/7, Ban Dân vận Tỉnh ủy Điện Biên tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2022, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lò Văn Phương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Vàng A Dơ, Lò Thị Hoa; đại diện Ban Dân vận 10 huyện ủy, thị ủy, thành ủy.
6 tháng đầu năm, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 17-CTr/TU thực hiện Kết luận số 01-KL/TW của Bộ Chính trị; hướng dẫn 130 chi bộ bản vùng biên xây dựng nghị quyết chuyên đề về công tác dân vận. Ban chủ trì kiểm tra việc thực hiện Quy chế dân vận tại 6 xã, giám sát Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi ở 12 bản.
Khối dân vận đã vận động nhân dân hiến 18.600 m2 đất, đóng góp khoảng 3,2 tỷ đồng làm đường, nhà văn hóa; hỗ trợ xóa 89 nhà tạm cho hộ nghèo. Tình hình di cư tự do giảm mạnh, 6 tháng chỉ phát sinh 7 hộ với 36 khẩu, giảm 21 hộ so với cùng kỳ; không xảy ra tụ tập đông người.
Tại hội nghị, ông Sùng A Sử, Bí thư Chi bộ bản Nậm Pồ, xã Chà Cang, chia sẻ: chi bộ phân công 14 đảng viên phụ trách các nhóm hộ, đến nay 100% hộ không trồng cây thuốc phiện. Bà Lò Thị Thanh, người Thái, Trưởng ban công tác Mặt trận bản Phiêng Ban, xã Mường Phăng, cho biết bản đã có 37 hộ làm du lịch homestay. Ông Vừ A Sinh, HUV, Phó Chủ tịch UBND huyện Nậm Pồ, đề nghị tỉnh có cơ chế hỗ trợ cán bộ bản vùng biên.
Phát biểu kết luận, đồng chí Lò Văn Phương yêu cầu 6 tháng cuối năm 2022 tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; chỉ đạo 100% xã vùng biên tổ chức đối thoại với nhân dân; xây dựng ít nhất 50 mô hình "Dân vận khéo" mới; phối hợp chặt chẽ với Bộ đội Biên phòng trong vận động đồng bào ở 40 bản giáp biên giới Việt - Lào.
Hội nghị cũng nghe đồng chí Lò Thị Hoa quán triệt Hướng dẫn số 27-HD/BDVTW của Ban Dân vận Trung ương về đánh giá, phân loại mô hình, điển hình "Dân vận khéo".
Thu Phương
Lượt xem: 688
Tin liên quan
- Mường Nhé: bàn giao 20 nhà Đại đoàn kết (10/07/2022)
- Điện Biên Đông đối thoại với nhân dân (05/07/2022)
- Tủa Chùa giao ban dân vận quý II (30/06/2022)
""", "2022-07-15", "Phát huy vai trò chi bộ bản trong vận động đồng bào vùng biên",
E("so_ket", "2022-H1", "2022-07-13"),
[P("Lò Văn Phương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng A Dơ", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Lò Thị Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng A Sử", "Bí thư Chi bộ bản Nậm Pồ"),
 P("Lò Thị Thanh", "Trưởng ban công tác Mặt trận bản Phiêng Ban"),
 P("Vừ A Sinh", "HUV", "Phó Chủ tịch UBND huyện Nậm Pồ")],
[Q("10 huyện ủy, thị ủy, thành ủy", 10, "huyện ủy, thị ủy, thành ủy"), Q("130 chi bộ bản vùng biên", 130, "chi bộ bản vùng biên"),
 Q("6 xã", 6, "xã"), Q("12 bản", 12, "bản"), Q("18.600 m2", 18600, "m2"), Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx"),
 Q("89 nhà tạm", 89, "nhà tạm"), Q("7 hộ", 7, "hộ"), Q("36 khẩu", 36, "khẩu"), Q("21 hộ", 21, "hộ"), Q("14 đảng viên", 14, "đảng viên"),
 Q("100% hộ", 100, "%"), Q("37 hộ", 37, "hộ"), Q("100% xã vùng biên", 100, "%"), Q("ít nhất 50 mô hình", 50, "mô hình", "over"),
 Q("40 bản giáp biên giới", 40, "bản giáp biên giới")],
[D("Chương trình hành động", "17", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 17-CTr/TU"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Hướng dẫn", "27", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 27-HD/BDVTW")],
[prov("Điện Biên"), com("Chà Cang"), com("Mường Phăng")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Chính trị | Xây dựng Đảng", "Ảnh: Quang cảnh hội nghị.", "(ĐBP)", "Quy chế dân vận",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Dân vận khéo", "Lượt xem: 688"],
["15/07/2022 - 08:20", "6 tháng đầu năm 2022", "6 tháng cuối năm", "6 tháng cuối năm 2022", "Lượt xem: 688"]))

PAGES.append(page("b4605-sonla-bdv-tongket-2023", """
BAN DÂN VẬN TỈNH ỦY SƠN LA
Trang chủ » Tin tức - Sự kiện » Hoạt động của Ban
Thứ Sáu, 22/12/2023 - 17:10
Toàn cảnh hội nghị. Ảnh: Hồng Nhung
You are here: Trang chủ / Tin hoạt động
Khối dân vận tỉnh triển khai nhiệm vụ năm 2024
Ngày 20/12/2023, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí Cầm Văn Chính, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự có đồng chí Lò Thị Luyến, Phó Bí thư Tỉnh ủy; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hoàng Văn Ngọc, Quàng Văn Bình, Mùa A Chang.
Năm 2023, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Kết luận 06, 07-KL/TU về công tác vận động đồng bào Mông và về xây dựng "bản không có đạo trái pháp luật"; ban hành Kế hoạch số 214-KH/TU triển khai Quyết định số 23-QĐ/TW của Bộ Chính trị. Toàn tỉnh có 3.186 mô hình "Dân vận khéo", trong đó 148 mô hình cấp tỉnh; 52 tập thể, 91 cá nhân được biểu dương.
Khối dân vận vận động xây dựng 2.300 nhà ở cho hộ nghèo theo Đề án số 01-ĐA/TU của Tỉnh ủy, mỗi nhà hỗ trợ 50 triệu đồng; tỷ lệ hộ nghèo giảm còn 16,2%. Công tác nắm tình hình được tăng cường; đã vận động 34 hộ người Mông di cư tự do trở về, giải quyết dứt điểm 2 vụ việc tụ tập đông người ở huyện Sốp Cộp và Mường La.
Tại hội nghị, bà Lường Thị Tâm, Bí thư Đảng ủy xã Chiềng Khoa, kể chuyện vận động 17 hộ đồng bào Mông ở bản Nà Bai hiến đất làm đường; ông Hạng A Páo, người có uy tín bản Pá Lông, xã Chiềng Ân, cho biết bản có 212 hộ đã ký cam kết không trồng cây thuốc phiện; ông Lò Văn Inh, HUV, Trưởng Ban Dân vận Huyện ủy Thuận Châu, đề nghị có chế độ cho người có uy tín ở các bản đặc biệt khó khăn.
Phát biểu chỉ đạo, đồng chí Lò Thị Luyến đề nghị năm 2024 các cấp tiếp tục thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc; chuẩn bị tốt đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030; tổ chức đối thoại ở ít nhất 200 xã, phường, thị trấn; vận động nhân dân thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững.
Dịp này, 25 tập thể, 40 cá nhân được Ban Dân vận Tỉnh ủy tặng giấy khen; đồng chí Quàng Văn Bình công bố Quyết định số 382-QĐ/BDVTU về khen thưởng. Hội nghị cũng thống nhất 5 nhóm nhiệm vụ trọng tâm của khối dân vận tỉnh Sơn La năm 2024, trong đó ưu tiên củng cố chi bộ bản, phát huy người có uy tín trong đồng bào Mông, Thái, Dao, Khơ Mú, Xinh Mun ở vùng biên.
Hồng Nhung
Lượt truy cập: 1.477
Các tin khác
- Mộc Châu: 15 năm thực hiện Quy chế dân chủ (18/12/2023)
- Yên Châu gặp mặt người có uy tín năm 2023 (12/12/2023)
- Ban Dân vận Tỉnh ủy giao ban quý IV (05/12/2023)
""", "2023-12-22", "Khối dân vận tỉnh triển khai nhiệm vụ năm 2024",
E("tong_ket", "2023", "2023-12-20"),
[P("Cầm Văn Chính", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Thị Luyến", "Phó Bí thư Tỉnh ủy"),
 P("Hoàng Văn Ngọc", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Quàng Văn Bình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mùa A Chang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lường Thị Tâm", "Bí thư Đảng ủy xã Chiềng Khoa"),
 P("Hạng A Páo", "người có uy tín bản Pá Lông"),
 P("Lò Văn Inh", "HUV", "Trưởng Ban Dân vận Huyện ủy Thuận Châu")],
[Q("3.186 mô hình", 3186, "mô hình"), Q("148 mô hình cấp tỉnh", 148, "mô hình cấp tỉnh"), Q("52 tập thể", 52, "tập thể"),
 Q("91 cá nhân", 91, "cá nhân"), Q("2.300 nhà ở", 2300, "nhà ở"), Q("50 triệu đồng", 50000000, "đồng"), Q("16,2%", 16.2, "%"),
 Q("34 hộ người Mông di cư tự do", 34, "hộ người Mông di cư tự do"), Q("2 vụ việc tụ tập đông người", 2, "vụ việc tụ tập đông người"),
 Q("17 hộ", 17, "hộ"), Q("212 hộ", 212, "hộ"), Q("ít nhất 200 xã, phường, thị trấn", 200, "xã, phường, thị trấn", "over"),
 Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân"), Q("5 nhóm nhiệm vụ trọng tâm", 5, "nhóm nhiệm vụ trọng tâm")],
[D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Kế hoạch", "214", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 214-KH/TU"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW"),
 D("Đề án", "01", "ĐA/TU", None, "Tỉnh ủy", "Đề án số 01-ĐA/TU"),
 D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương", "Nghị quyết số 43-NQ/TW ngày 24/11/2023"),
 D("Quyết định", "382", "QĐ/BDVTU", None, None, "Quyết định số 382-QĐ/BDVTU")],
[prov("Sơn La"), com("Chiềng Khoa"), com("Chiềng Ân")],
["BAN DÂN VẬN TỈNH ỦY SƠN LA", "Trang chủ » Tin tức - Sự kiện » Hoạt động của Ban", "Toàn cảnh hội nghị. Ảnh: Hồng Nhung",
 "You are here: Trang chủ / Tin hoạt động", "bản không có đạo trái pháp luật", "Dân vận khéo",
 "Chương trình mục tiêu quốc gia giảm nghèo bền vững", "Lượt truy cập: 1.477"],
["Thứ Sáu, 22/12/2023 - 17:10", "năm 2023", "năm 2024", "nhiệm kỳ 2025 - 2030", "Lượt truy cập: 1.477"]))

PAGES.append(page("b4606-caobang-mttq-doithoai-2023", """
ỦY BAN MTTQ VIỆT NAM TỈNH CAO BẰNG
Trang chủ | Tin tức | Giám sát - Phản biện xã hội
13.10.2023 | 15:40
Đối thoại giữa Chủ tịch UBND tỉnh với người có uy tín, trưởng xóm năm 2023
Ngày 11/10/2023, Ủy ban MTTQ Việt Nam tỉnh phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với người có uy tín, trưởng xóm, bí thư chi bộ xóm vùng đồng bào dân tộc thiểu số năm 2023. Đồng chí Hoàng Văn Khởi, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và bà Đinh Thị Dào, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đồng chủ trì. Dự có 210 đại biểu đến từ 10 huyện, thành phố.
Đồng chí Hoàng Văn Khởi trả lời ý kiến đại biểu.
Trước hội nghị, Ủy ban MTTQ các cấp tổng hợp được 64 ý kiến, kiến nghị; tại hội nghị có 15 ý kiến phát biểu trực tiếp. Ông Chu Văn Sình, người Mông, người có uy tín xóm Khuổi Khon, xã Kim Cúc, kiến nghị sớm làm 7 km đường vào xóm, hiện mùa mưa ô tô không vào được. Bà Lục Thị Nhàn, người Nùng, Bí thư Chi bộ xóm Nà Lủng, xã Cần Yên, phản ánh việc hỗ trợ nhà ở theo Quyết định số 1719/QĐ-TTg còn chậm, mới có 18/45 hộ được giải ngân. Ông Triệu Văn Đình, người Dao, Trưởng xóm Lũng Rảo, xã Ca Thành, đề nghị hỗ trợ nước sinh hoạt cho 63 hộ.
Ông Lý Seo Chua, người có uy tín xóm Kéo Nặm, xã Lý Bôn, nêu lo ngại việc một số thanh niên nghe theo đối tượng xấu vượt biên sang Trung Quốc làm thuê, có 4 trường hợp bị lừa. Ông đề nghị tăng cường tuyên truyền và có việc làm tại chỗ cho thanh niên.
Trả lời đại biểu, đồng chí Hoàng Văn Khởi cho biết năm 2023 tỉnh bố trí khoảng 1.230 tỷ đồng thực hiện 3 chương trình mục tiêu quốc gia; giao Sở Giao thông vận tải khảo sát tuyến đường vào xóm Khuổi Khon trong quý IV; yêu cầu UBND các huyện hoàn thành giải ngân hỗ trợ nhà ở trước 31/12. Đồng chí Phó Chủ tịch UBND tỉnh Nông Văn Tráng và các đồng chí: Hà Văn Lợi, Giám đốc Sở Lao động - Thương binh và Xã hội; Mạc Thị Vân, Trưởng Ban Dân tộc tỉnh trả lời các ý kiến thuộc lĩnh vực phụ trách.
Bà Đinh Thị Dào đề nghị Ủy ban MTTQ các cấp giám sát việc thực hiện các ý kiến đã được trả lời, theo Quyết định số 217-QĐ/TW và Quy chế phối hợp số 05/QCPH-UBND-MTTQ giữa UBND tỉnh với Ủy ban MTTQ tỉnh. Các kết quả sẽ được báo cáo tại kỳ họp HĐND tỉnh cuối năm.
Đây là năm thứ ba tỉnh Cao Bằng tổ chức đối thoại theo hình thức này; sau hội nghị năm 2022, đã có 41/52 kiến nghị được giải quyết xong, số còn lại đang được các sở, ngành theo dõi, đôn đốc.
Kim Chi
Lượt xem: 859
Tin liên quan
- Giám sát thực hiện chính sách người có uy tín tại Bảo Lâm (28/09/2023)
- Hòa An: 200 suất quà cho hộ nghèo (15/09/2023)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 9 (05/09/2023)
""", "2023-10-13", "Đối thoại giữa Chủ tịch UBND tỉnh với người có uy tín, trưởng xóm năm 2023",
E("doi_thoai", "2023", "2023-10-11"),
[P("Hoàng Văn Khởi", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Đinh Thị Dào", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chu Văn Sình", "người có uy tín xóm Khuổi Khon"),
 P("Lục Thị Nhàn", "Bí thư Chi bộ xóm Nà Lủng"),
 P("Triệu Văn Đình", "Trưởng xóm Lũng Rảo"),
 P("Lý Seo Chua", "người có uy tín xóm Kéo Nặm"),
 P("Nông Văn Tráng", "Phó Chủ tịch UBND tỉnh"),
 P("Hà Văn Lợi", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Mạc Thị Vân", "Trưởng Ban Dân tộc tỉnh")],
[Q("210 đại biểu", 210, "đại biểu"), Q("10 huyện, thành phố", 10, "huyện, thành phố"), Q("64 ý kiến, kiến nghị", 64, "ý kiến, kiến nghị"),
 Q("15 ý kiến", 15, "ý kiến"), Q("7 km", 7, "km"), Q("18/45 hộ", 18, "hộ"), Q("63 hộ", 63, "hộ"), Q("4 trường hợp", 4, "trường hợp"),
 Q("khoảng 1.230 tỷ đồng", 1230000000000, "đồng", "approx"), Q("3 chương trình mục tiêu quốc gia", 3, "chương trình mục tiêu quốc gia"), Q("41/52 kiến nghị", 41, "kiến nghị")],
[D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg"),
 D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định số 217-QĐ/TW"),
 D("Quy chế phối hợp", "05", "QCPH-UBND-MTTQ", None, None, "Quy chế phối hợp số 05/QCPH-UBND-MTTQ")],
[prov("Cao Bằng"), com("Kim Cúc"), com("Cần Yên"), com("Ca Thành"), com("Lý Bôn")],
["ỦY BAN MTTQ VIỆT NAM TỈNH CAO BẰNG", "Trang chủ | Tin tức | Giám sát - Phản biện xã hội",
 "Đồng chí Hoàng Văn Khởi trả lời ý kiến đại biểu.", "Sở Giao thông vận tải", "Lượt xem: 859"],
["13.10.2023 | 15:40", "năm 2023", "năm thứ ba", "năm 2022", "quý IV", "trước 31/12", "Lượt xem: 859"]))
