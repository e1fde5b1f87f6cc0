from lib import *
PAGES = []

PAGES.append(page("b4811-laocai-bdv-giaoban-2017", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI - CỔNG THÔNG TIN ĐIỆN TỬ
Hôm nay: Thứ Hai, 09/10/2017
Vị trí: Trang chủ / Tin hoạt động / Công tác dân tộc, tôn giáo
Thứ Sáu, 06/10/2017 - 15:30
Giao ban công tác vận động đồng bào theo đạo Tin lành
Chiều 5/10, Ban Dân vận Tỉnh ủy Lào Cai chủ trì hội nghị giao ban khối dân vận quý III năm 2017, tập trung đánh giá công tác vận động đồng bào Mông, Dao theo đạo Tin lành. Đồng chí Sùng Thị Mai, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì; cùng dự có đồng chí Lù Văn Kiên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Ảnh: Quang cảnh hội nghị giao ban.
Báo cáo của Ban cho biết, trong quý, toàn tỉnh phát sinh 36 hộ, 187 khẩu theo đạo Tin lành mới; số hộ theo đạo hiện khoảng 8.900 hộ với trên 47.000 khẩu. 9 điểm nhóm đã được UBND các huyện cấp đăng ký sinh hoạt tôn giáo tập trung, nâng tổng số điểm được đăng ký lên 68/112 điểm nhóm, đạt 60,7%. Các cơ quan đã hướng dẫn 4 chi hội thuộc Tổng hội Báp-tít Việt Nam và Tổng Liên hội Hội thánh Tin lành Việt Nam (miền Bắc) lập hồ sơ đề nghị công nhận tổ chức.
Khối dân vận các huyện Bắc Hà, Mường Khương, Si Ma Cai đã tổ chức 52 cuộc tiếp xúc với trưởng nhóm và người có uy tín; tuyên truyền Luật Tín ngưỡng, tôn giáo cho trên 3.600 lượt người. Ban Dân vận Tỉnh ủy ban hành hướng dẫn số 18-HD/BDVTU về quy trình nắm tình hình tư tưởng đồng bào có đạo và phối hợp thực hiện kế hoạch 146, 147-KH/UBND của UBND tỉnh về ổn định dân cư vùng biên.
Tại giao ban, đồng chí Vàng Seo Dín, HUV, Trưởng Ban Dân vận Huyện ủy Si Ma Cai, báo cáo mô hình "Dòng họ không có người vi phạm pháp luật" đã nhân rộng ra 27 dòng họ; đồng chí Thào Thị Chúng, Phó Chủ tịch Ủy ban MTTQ huyện Mường Khương, phản ánh ở xã Pha Long và xã Dìn Chin còn 2 nhóm sinh hoạt chưa đăng ký. Đại diện Công an tỉnh thông tin đã phát hiện 3 trường hợp truyền đạo trái phép qua mạng xã hội.
Kết luận hội nghị, đồng chí Sùng Thị Mai yêu cầu trong quý IV tập trung triển khai Nghị quyết số 09-NQ/TU ngày 18/7/2017 của Ban Chấp hành Đảng bộ tỉnh; phấn đấu cấp đăng ký cho ít nhất 10 điểm nhóm đủ điều kiện, chuẩn bị chu đáo kế hoạch thăm, chúc mừng Lễ Giáng sinh cho 100% chi hội, điểm nhóm. Đồng chí đề nghị MTTQ và các đoàn thể phân công 1 cán bộ theo dõi mỗi điểm nhóm, bảo đảm nắm chắc tình hình từ cơ sở.
Hội nghị cũng thống nhất chọn xã Bản Phố, huyện Bắc Hà làm điểm chỉ đạo về xây dựng "Bản có đạo văn hóa" năm 2018 với 540 hộ tham gia.
Hải Yến
Lượt xem: 1.518
Tin cùng chuyên mục
- Bát Xát: trao quà cho người có uy tín (29/09/2017)
- Si Ma Cai: tập huấn Luật Tín ngưỡng, tôn giáo (21/09/2017)
- Lãnh đạo Ban Dân vận làm việc tại Mường Khương (12/09/2017)
""", "2017-10-06", "Giao ban công tác vận động đồng bào theo đạo Tin lành",
E("giao_ban", "2017-Q3", "2017-10-05"),
[P("Sùng Thị Mai", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lù Văn Kiên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Vàng Seo Dín", "HUV", "Trưởng Ban Dân vận Huyện ủy Si Ma Cai"),
 P("Thào Thị Chúng", "Phó Chủ tịch Ủy ban MTTQ huyện Mường Khương")],
[Q("36 hộ", 36, "hộ"), Q("187 khẩu", 187, "khẩu"), Q("khoảng 8.900 hộ", 8900, "hộ", "approx"), Q("trên 47.000 khẩu", 47000, "khẩu", "over"),
 Q("9 điểm nhóm", 9, "điểm nhóm"), Q("68/112 điểm nhóm", 68, "điểm nhóm"), Q("60,7%", 60.7, "%"), Q("4 chi hội", 4, "chi hội"),
 Q("52 cuộc tiếp xúc", 52, "cuộc tiếp xúc"), Q("trên 3.600 lượt người", 3600, "lượt người", "over"), Q("27 dòng họ", 27, "dòng họ"),
 Q("2 nhóm sinh hoạt chưa đăng ký", 2, "nhóm sinh hoạt chưa đăng ký"), Q("3 trường hợp", 3, "trường hợp"),
 Q("ít nhất 10 điểm nhóm", 10, "điểm nhóm", "over"), Q("100%", 100, "%"), Q("540 hộ", 540, "hộ")],
[D("Hướng dẫn", "18", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 18-HD/BDVTU"),
 D("Kế hoạch", "146", "KH/UBND", None, "UBND tỉnh", "kế hoạch 146, 147-KH/UBND"),
 D("Kế hoạch", "147", "KH/UBND", None, "UBND tỉnh", "kế hoạch 146, 147-KH/UBND"),
 D("Nghị quyết", "09", "NQ/TU", "2017-07-18", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 09-NQ/TU ngày 18/7/2017")],
[prov("Lào Cai"), com("Pha Long"), com("Dìn Chin"), com("Bản Phố")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI - CỔNG THÔNG TIN ĐIỆN TỬ", "Vị trí: Trang chủ / Tin hoạt động / Công tác dân tộc, tôn giáo",
 "Ảnh: Quang cảnh hội nghị giao ban.", "Tổng hội Báp-tít Việt Nam", "Luật Tín ngưỡng, tôn giáo",
 "Dòng họ không có người vi phạm pháp luật", "Bản có đạo văn hóa", "Lượt xem: 1.518"],
["Hôm nay: Thứ Hai, 09/10/2017", "Thứ Sáu, 06/10/2017 - 15:30", "quý III năm 2017", "quý IV", "1 cán bộ", "Lượt xem: 1.518"]))

PAGES.append(page("b4812-lamdong-mttq-giangsinh-2018", """
Báo Lâm Đồng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng
Xã hội >> Dân tộc - Tôn giáo
Cập nhật lúc 17:20 ngày 22/12/2018
Thăm, tặng quà các hội thánh Tin lành nhân dịp Giáng sinh 2018
(LĐ online) - Trong hai ngày 20 và 21/12, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng do ông K'Mák, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu đã đến thăm, chúc mừng và tặng quà 12 chi hội Tin lành, 1 hội thánh Cơ Đốc Phục Lâm và 3 nhà thờ Tin lành Liên hữu Cơ đốc tại Đà Lạt, Lạc Dương, Đơn Dương và Di Linh.
Ông K'Mák tặng quà Chi hội Tin lành Đà Lạt. Ảnh: N.Hoa
Tại Chi hội Tin lành Đà Lạt, Mục sư Ka Sol, Quản nhiệm Chi hội, Ủy viên Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh Lâm Đồng cho biết: năm 2018, chi hội có 1.240 tín hữu, đã vận động 100% tín hữu tham gia bảo hiểm y tế, quyên góp trên 85 triệu đồng ủng hộ đồng bào bị lũ lụt. Tại Lạc Dương, đoàn thăm Chi hội Tin lành Đưng K'Nớ, xã Đưng K'Nớ do Truyền đạo Kơ Să Ha Mây phụ trách, gặp gỡ các chấp sự Cil Ha Sen, Liêng Hót Ha Kiều.
Theo Ban Tôn giáo tỉnh, Lâm Đồng hiện có khoảng 140.000 tín đồ Tin lành, thuộc 11 tổ chức, hệ phái; trong đó Hội thánh Tin lành Việt Nam (miền Nam) có 83 chi hội với 116 mục sư, mục sư nhiệm chức và truyền đạo. Năm 2018, tỉnh đã chấp thuận cho 7 điểm nhóm đăng ký sinh hoạt tôn giáo tập trung theo Luật Tín ngưỡng, tôn giáo và Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ.
Thay mặt đoàn, ông K'Mák chúc các mục sư, truyền đạo và bà con tín hữu đón Lễ Giáng sinh vui tươi, an lành; đề nghị các chi hội hưởng ứng Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam", tham gia giữ gìn an ninh trật tự ở khu dân cư.
Dịp này, đoàn trao 16 phần quà, mỗi phần trị giá 1,5 triệu đồng. Cùng ngày, Ban Thường trực Ủy ban MTTQ huyện Đơn Dương trao 45 suất quà Giáng sinh cho tín đồ Tin lành nghèo ở xã Ka Đơn, xã Pró với tổng số tiền 22,5 triệu đồng. Theo Kế hoạch số 132/KH-MTTQ-BTT, từ ngày 18 đến 25/12, lãnh đạo Mặt trận các cấp thăm, chúc mừng trên 300 cơ sở tôn giáo, 25 chức sắc tiêu biểu.
Đi cùng đoàn có bà Nguyễn Thị Ngọc Hà, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh và ông Ya Tiến, Phó Trưởng Ban Dân vận Tỉnh ủy.
Cũng trong dịp này, Ban Dân vận Huyện ủy Lạc Dương phối hợp Ủy ban MTTQ huyện tổ chức gặp mặt 38 chức sắc, chức việc Tin lành; ông Đa Cát Ha Thuận, Trưởng Ban Dân vận Huyện ủy Lạc Dương ghi nhận các chi hội đã vận động tín hữu không phá rừng, bảo vệ trên 2.000 ha rừng nhận khoán.
Nhật Hoa
Lượt xem: 2.076
Tin khác
- Bảo Lâm: gặp mặt chức sắc các tôn giáo (19/12/2018)
- Đạ Tẻh trao 100 phần quà cho hộ nghèo (17/12/2018)
- Di Linh: đối thoại với người có uy tín năm 2018 (10/12/2018)
""", "2018-12-22", "Thăm, tặng quà các hội thánh Tin lành nhân dịp Giáng sinh 2018",
E("trao_qua", None, "2018-12-20"),
[P("K'Mák", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka Sol", "Mục sư", "Quản nhiệm Chi hội", "Ủy viên Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh Lâm Đồng"),
 P("Kơ Să Ha Mây", "Truyền đạo"),
 P("Cil Ha Sen", "chấp sự"),
 P("Liêng Hót Ha Kiều", "chấp sự"),
 P("Nguyễn Thị Ngọc Hà", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ya Tiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đa Cát Ha Thuận", "Trưởng Ban Dân vận Huyện ủy Lạc Dương")],
[Q("12 chi hội Tin lành", 12, "chi hội Tin lành"), Q("3 nhà thờ Tin lành Liên hữu Cơ đốc", 3, "nhà thờ Tin lành Liên hữu Cơ đốc"),
 Q("1.240 tín hữu", 1240, "tín hữu"), Q("100%", 100, "%"), Q("trên 85 triệu đồng", 85000000, "đồng", "over"),
 Q("khoảng 140.000 tín đồ Tin lành", 140000, "tín đồ Tin lành", "approx"), Q("11 tổ chức, hệ phái", 11, "tổ chức, hệ phái"),
 Q("83 chi hội", 83, "chi hội"), Q("116 mục sư, mục sư nhiệm chức và truyền đạo", 116, "mục sư, mục sư nhiệm chức và truyền đạo"),
 Q("7 điểm nhóm", 7, "điểm nhóm"), Q("16 phần quà", 16, "phần quà"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("45 suất quà", 45, "suất quà"), Q("22,5 triệu đồng", 22500000, "đồng"), Q("trên 300 cơ sở tôn giáo", 300, "cơ sở tôn giáo", "over"),
 Q("25 chức sắc tiêu biểu", 25, "chức sắc tiêu biểu"),
 Q("38 chức sắc, chức việc Tin lành", 38, "chức sắc, chức việc Tin lành"), Q("trên 2.000 ha", 2000, "ha", "over")],
[D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017"),
 D("Kế hoạch", "132", "KH-MTTQ-BTT", None, None, "Kế hoạch số 132/KH-MTTQ-BTT")],
[prov("Lâm Đồng"), com("Đưng K'Nớ"), com("Ka Đơn"), com("Pró")],
["Báo Lâm Đồng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng", "Xã hội >> Dân tộc - Tôn giáo", "(LĐ online)",
 "Ông K'Mák tặng quà Chi hội Tin lành Đà Lạt. Ảnh: N.Hoa", "Luật Tín ngưỡng, tôn giáo", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
 "Lượt xem: 2.076"],
["Cập nhật lúc 17:20 ngày 22/12/2018", "Giáng sinh 2018", "năm 2018", "1 hội thánh", "Lượt xem: 2.076"]))

PAGES.append(page("b4813-caobang-bdv-taphuan-2018", """
Báo Cao Bằng điện tử
Chính trị - Xã hội | Dân tộc - Tôn giáo
14.09.2018 | 16:05
Toàn cảnh lớp tập huấn.
Bồi dưỡng nghiệp vụ công tác tôn giáo cho cán bộ cơ sở vùng có đạo
Ngày 12 - 13/9/2018, Ban Dân vận Tỉnh ủy phối hợp với Ban Tôn giáo (Sở Nội vụ) tổ chức lớp tập huấn nghiệp vụ công tác dân vận và công tác tôn giáo năm 2018 cho 135 học viên là cán bộ dân vận, Mặt trận, công an xã ở các huyện có đông đồng bào theo đạo Tin lành: Bảo Lạc, Bảo Lâm, Hà Quảng, Nguyên Bình, Thông Nông.
Khai mạc lớp tập huấn, đồng chí Hoàng Thị Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: cả tỉnh hiện có trên 3.700 hộ, 19.600 khẩu theo đạo Tin lành, sinh hoạt tại 58 điểm nhóm, trong đó mới có 21 điểm nhóm được đăng ký; nhiều cán bộ xã chưa nắm vững quy trình giải quyết thủ tục hành chính về tôn giáo, còn lúng túng khi xử lý các vụ việc phát sinh.
Trong 2 ngày, các học viên được nghe TS. Nông Văn Lý, Phó Giám đốc Trường Chính trị Hoàng Đình Giong, giới thiệu quan điểm của Đảng về công tác tôn giáo theo Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương và Chỉ thị số 18-CT/TW ngày 10/1/2018 của Ban Bí thư; ông Lục Văn Thìn, Trưởng Ban Tôn giáo, phổ biến những điểm mới của Luật Tín ngưỡng, tôn giáo và Nghị định 162/2017/NĐ-CP. Ông Đàm Văn Hưng, Phó Trưởng phòng An ninh chính trị nội bộ Công an tỉnh, thông tin về các hoạt động tôn giáo trái pháp luật như "Giê Hô Va", "Bà Cô Dợ", "Hội thánh của Đức Chúa Trời Mẹ".
Học viên đã thảo luận theo 6 nhóm, xử lý 12 tình huống giả định, trong đó có việc một điểm nhóm tổ chức lễ Phục sinh vượt quá số người đã đăng ký, việc tín đồ từ chối tham gia tang lễ theo phong tục. Bà Ma Thị Hiền, Chủ tịch Ủy ban MTTQ xã Cần Yên, và ông Lý Văn Sìn, Phó Chủ tịch UBND xã Nam Quang, chia sẻ kinh nghiệm vận động 14 hộ tín đồ thống nhất thực hiện tang lễ văn minh, tiết kiệm.
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu bài kiểm tra. Ban Dân vận Tỉnh ủy cho biết sẽ triển khai Kế hoạch số 75-KH/BDVTU ngày 2/8/2018, mở thêm 2 lớp cho cán bộ thôn, xóm trước ngày 30/11.
Theo đánh giá của Ban Dân vận Tỉnh ủy, qua 3 năm thực hiện Kết luận số 31-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào theo đạo Tin lành, đã có 1.126 lượt cán bộ cơ sở được tập huấn; tuy nhiên tỷ lệ cán bộ xã biết tiếng Mông mới đạt khoảng 35%, chưa đáp ứng yêu cầu nắm tình hình ở các xóm vùng cao biên giới.
Lục Thuý
Lượt xem: 645
Tin liên quan
- Hà Quảng: 5 điểm nhóm Tin lành được đăng ký sinh hoạt tập trung (30/08/2018)
- Vận động đồng bào Mông bỏ tục lệ lạc hậu (15/08/2018)
- Bảo Lâm tuyên truyền Luật Tín ngưỡng, tôn giáo (02/08/2018)
""", "2018-09-14", "Bồi dưỡng nghiệp vụ công tác tôn giáo cho cán bộ cơ sở vùng có đạo",
E("tap_huan", "2018", "2018-09-12"),
[P("Hoàng Thị Xuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nông Văn Lý", "TS.", "Phó Giám đốc Trường Chính trị Hoàng Đình Giong"),
 P("Lục Văn Thìn", "Trưởng Ban Tôn giáo"),
 P("Đàm Văn Hưng", "Phó Trưởng phòng An ninh chính trị nội bộ Công an tỉnh"),
 P("Ma Thị Hiền", "Chủ tịch Ủy ban MTTQ xã Cần Yên"),
 P("Lý Văn Sìn", "Phó Chủ tịch UBND xã Nam Quang")],
[Q("135 học viên", 135, "học viên"), Q("trên 3.700 hộ", 3700, "hộ", "over"), Q("19.600 khẩu", 19600, "khẩu"),
 Q("58 điểm nhóm", 58, "điểm nhóm"), Q("21 điểm nhóm", 21, "điểm nhóm"), Q("6 nhóm", 6, "nhóm"),
 Q("12 tình huống giả định", 12, "tình huống giả định"), Q("14 hộ tín đồ", 14, "hộ tín đồ"), Q("100%", 100, "%"), Q("2 lớp", 2, "lớp"),
 Q("1.126 lượt cán bộ cơ sở", 1126, "lượt cán bộ cơ sở"), Q("khoảng 35%", 35, "%", "approx")],
[D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 12/3/2003"),
 D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/1/2018"),
 D("Nghị định", "162", "2017/NĐ-CP", None, None, "Nghị định 162/2017/NĐ-CP"),
 D("Kết luận", "31", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 31-KL/TU"),
 D("Kế hoạch", "75", "KH/BDVTU", "2018-08-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 75-KH/BDVTU ngày 2/8/2018")],
[prov("Cao Bằng"), com("Cần Yên"), com("Nam Quang")],
["Báo Cao Bằng điện tử", "Chính trị - Xã hội | Dân tộc - Tôn giáo", "Toàn cảnh lớp tập huấn.", "Luật Tín ngưỡng, tôn giáo",
 "Giê Hô Va", "Bà Cô Dợ", "Hội thánh của Đức Chúa Trời Mẹ", "Trường Chính trị Hoàng Đình Giong", "Lượt xem: 645"],
["14.09.2018 | 16:05", "năm 2018", "2 ngày", "3 năm", "Lượt xem: 645"]))

PAGES.append(page("b4814-daknong-mttq-giamsat-2019", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK NÔNG
Trang chủ - Hoạt động giám sát, phản biện xã hội
Ngày 23/08/2019 | 09:15
Giám sát việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo tại Đắk Glong
Thực hiện chương trình giám sát năm 2019, ngày 21/8, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Nông do ông Điểu Đăm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Luật Tín ngưỡng, tôn giáo và Nghị định số 162/2017/NĐ-CP tại UBND huyện Đắk Glong và các xã Quảng Sơn, Đắk R'Măng.
Đoàn giám sát làm việc với UBND xã Quảng Sơn. Ảnh: Thu Hiền
Theo báo cáo, huyện Đắk Glong có 9.846 tín đồ Tin lành, chiếm khoảng 13,4% dân số, phần lớn là đồng bào Mông, Dao, Tày di cư từ các tỉnh phía Bắc và đồng bào M'nông tại chỗ. Trên địa bàn có 6 chi hội thuộc Hội thánh Tin lành Việt Nam (miền Nam), 1 hội thánh Liên hữu Cơ đốc và 31 điểm nhóm; từ năm 2018 đến nay, huyện đã giải quyết 24 hồ sơ đăng ký sinh hoạt tôn giáo tập trung, 8 hồ sơ thông báo người phụ trách, 3 hồ sơ đề nghị sửa chữa nhà nguyện.
Qua giám sát, đoàn đánh giá cấp ủy, chính quyền đã quan tâm triển khai Kế hoạch số 45/KH-UBND ngày 14/3/2018 của UBND tỉnh; tuy nhiên việc giải quyết thủ tục ở cấp xã có 5 hồ sơ quá hạn, 2 điểm nhóm tại thôn 2, xã Quảng Sơn đang sinh hoạt trên đất chưa được cấp giấy chứng nhận. Một số cán bộ xã chưa được bồi dưỡng nghiệp vụ.
Tại buổi làm việc, Mục sư nhiệm chức Y Ngông Niê, Quản nhiệm Chi hội Tin lành Quảng Sơn, và ông Hầu A Sính, trưởng điểm nhóm Tin lành thôn 4, xã Đắk R'Măng, kiến nghị đơn giản hóa hồ sơ đăng ký hoạt động tôn giáo cho các điểm nhóm ở vùng sâu. Ông Lê Văn Nhật, Phó Chủ tịch UBND huyện Đắk Glong tiếp thu, cam kết giải quyết xong trong quý IV.
Phát biểu kết luận, ông Điểu Đăm đề nghị huyện rà soát toàn bộ 31 điểm nhóm, công khai thủ tục tại bộ phận một cửa; kiến nghị UBND tỉnh hỗ trợ kinh phí cho 100% cán bộ làm công tác tôn giáo cấp xã được tập huấn trong năm 2019. Các kiến nghị của đoàn sẽ được tổng hợp trong báo cáo gửi Thường trực HĐND tỉnh theo Quy chế phối hợp số 02/QCPH-MTTQ-HĐND.
Tham gia đoàn có bà Thị Sen, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh; đại diện Ban Dân vận Tỉnh ủy, Ban Tôn giáo Sở Nội vụ, Công an tỉnh.
Được biết, năm 2019 Ủy ban MTTQ tỉnh chủ trì 4 cuộc giám sát chuyên đề, trong đó có 2 cuộc về chính sách tôn giáo và chính sách đối với đồng bào dân tộc thiểu số di cư tự do.
Thu Hiền
Lượt xem: 412
Tin khác
- Mặt trận tỉnh giám sát công tác giải quyết đơn thư (16/08/2019)
- Tuy Đức: 2 chi hội Tin lành được công nhận (05/08/2019)
- Phản biện dự thảo quy định về hỗ trợ hộ nghèo (26/07/2019)
""", "2019-08-23", "Giám sát việc thực hiện chính sách, pháp luật về tín ngưỡng, tôn giáo tại Đắk Glong",
E("giam_sat", "2019", "2019-08-21"),
[P("Điểu Đăm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Ngông Niê", "Mục sư nhiệm chức", "Quản nhiệm Chi hội Tin lành Quảng Sơn"),
 P("Hầu A Sính", "trưởng điểm nhóm Tin lành thôn 4"),
 P("Lê Văn Nhật", "Phó Chủ tịch UBND huyện Đắk Glong"),
 P("Thị Sen", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("9.846 tín đồ Tin lành", 9846, "tín đồ Tin lành"), Q("khoảng 13,4%", 13.4, "%", "approx"), Q("6 chi hội", 6, "chi hội"),
 Q("31 điểm nhóm", 31, "điểm nhóm"), Q("24 hồ sơ đăng ký sinh hoạt tôn giáo tập trung", 24, "hồ sơ đăng ký sinh hoạt tôn giáo tập trung"),
 Q("8 hồ sơ thông báo người phụ trách", 8, "hồ sơ thông báo người phụ trách"), Q("3 hồ sơ đề nghị sửa chữa nhà nguyện", 3, "hồ sơ đề nghị sửa chữa nhà nguyện"),
 Q("5 hồ sơ", 5, "hồ sơ"), Q("2 điểm nhóm", 2, "điểm nhóm"), Q("100%", 100, "%"),
 Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"), Q("2 cuộc", 2, "cuộc")],
[D("Nghị định", "162", "2017/NĐ-CP", None, None, "Nghị định số 162/2017/NĐ-CP"),
 D("Kế hoạch", "45", "KH-UBND", "2018-03-14", "UBND tỉnh", "Kế hoạch số 45/KH-UBND ngày 14/3/2018"),
 D("Quy chế phối hợp", "02", "QCPH-MTTQ-HĐND", None, None, "Quy chế phối hợp số 02/QCPH-MTTQ-HĐND")],
[prov("Đắk Nông"), com("Quảng Sơn"), com("Đắk R'Măng")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK NÔNG", "Trang chủ - Hoạt động giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc với UBND xã Quảng Sơn. Ảnh: Thu Hiền", "Luật Tín ngưỡng, tôn giáo", "Lượt xem: 412"],
["Ngày 23/08/2019 | 09:15", "năm 2019", "năm 2018", "1 hội thánh", "thôn 2", "thôn 4", "quý IV", "Lượt xem: 412"]))

PAGES.append(page("b4815-sonla-mttq-giangsinh-2019", """
Báo Sơn La điện tử
Thời sự » Trong tỉnh
Thứ Ba, 24/12/2019 - 07:50
Ảnh: Đoàn công tác chúc mừng Chi hội Tin lành Chiềng Cọ.
Chúc mừng Giáng sinh các điểm nhóm Tin lành Mông
(Báo Sơn La) - Chiều 23/12, đồng chí Cầm Thị Phong, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh dẫn đầu đoàn công tác của tỉnh đã đến thăm, chúc mừng Lễ Giáng sinh năm 2019 tại Chi hội Tin lành Chiềng Cọ (thành phố Sơn La) và các điểm nhóm Tin lành ở xã Chiềng Xôm, xã Phiêng Cằm.
Tiếp đoàn, Truyền đạo Vừ A Lềnh, thư ký Ban Trị sự Chi hội Tin lành Chiềng Cọ cho biết: chi hội thuộc Tổng Liên hội Hội thánh Tin lành Việt Nam (miền Bắc), được công nhận tổ chức từ năm 2017, hiện có 156 hộ, 812 tín đồ người Mông sinh hoạt ở 4 bản. Năm 2019, chi hội hướng dẫn tín đồ hiến 1.800 m2 đất, đóng góp 420 ngày công mở rộng đường vào bản; không có hộ nào tái nghèo, không có tín đồ vi phạm pháp luật.
Tại điểm nhóm bản Nà Viền, xã Phiêng Cằm, ông Sồng A Chứ, trưởng nhóm, và ông Lầu Văn Tủa, phó nhóm, báo cáo điểm nhóm đã được UBND huyện Mai Sơn cấp đăng ký sinh hoạt tôn giáo tập trung theo Quyết định số 2314/QĐ-UBND ngày 15/10/2019; 43 hộ tín đồ đều cam kết thực hiện hương ước, quy ước của bản.
Đồng chí Cầm Thị Phong gửi lời chúc các chức việc và bà con tín đồ một mùa Giáng sinh an lành, hạnh phúc; mong bà con tiếp tục sống "tốt đời, đẹp đạo", tích cực tham gia xây dựng nông thôn mới, không nghe theo các đối tượng xấu lôi kéo di cư tự do, tuyên truyền "Vàng Chứ", "Bà Cô Dợ". Đồng chí đề nghị các điểm nhóm đã đăng ký giúp đỡ 9 nhóm đang lập hồ sơ trong tỉnh thực hiện đúng Nghị định 162/2017/NĐ-CP.
Cùng đi có đồng chí Lò Minh Hải, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Giàng A Dính, Phó Trưởng ban Tôn giáo - Sở Nội vụ và lãnh đạo UBND các xã. Theo Ban Tôn giáo, Sơn La hiện có 8 chi hội được công nhận, 64 điểm nhóm được đăng ký với khoảng 36.000 tín đồ Tin lành, chủ yếu là đồng bào Mông, Khơ Mú.
Trước dịp Giáng sinh, Ban Thường vụ Tỉnh ủy đã có Công văn số 1296-CV/TU chỉ đạo các huyện ủy, thành ủy tổ chức thăm, chúc mừng các chi hội, điểm nhóm; đến ngày 23/12, lãnh đạo các huyện đã đến chúc mừng 51 điểm nhóm.
Chia tay đoàn, Truyền đạo Vừ A Lềnh bày tỏ: bà con tín đồ rất phấn khởi khi năm nào lãnh đạo tỉnh cũng đến chúc mừng; chi hội sẽ tiếp tục vận động các gia đình cho con em đến trường đầy đủ, giữ gìn tiếng nói, trang phục của dân tộc Mông, xây dựng bản làng bình yên.
Quàng Hoa
Lượt xem: 1.092
Tin liên quan
- Mộc Châu: gặp mặt chức sắc, chức việc các tôn giáo (20/12/2019)
- Thuận Châu trao 80 suất quà cho người có uy tín (16/12/2019)
- Hội nghị tổng kết công tác Mặt trận năm 2019 (12/12/2019)
""", "2019-12-24", "Chúc mừng Giáng sinh các điểm nhóm Tin lành Mông",
E("khac", None, "2019-12-23"),
[P("Cầm Thị Phong", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vừ A Lềnh", "Truyền đạo", "thư ký Ban Trị sự Chi hội Tin lành Chiềng Cọ"),
 P("Sồng A Chứ", "trưởng nhóm"),
 P("Lầu Văn Tủa", "phó nhóm"),
 P("Lò Minh Hải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Dính", "Phó Trưởng ban Tôn giáo - Sở Nội vụ")],
[Q("156 hộ", 156, "hộ"), Q("812 tín đồ", 812, "tín đồ"), Q("4 bản", 4, "bản"), Q("1.800 m2", 1800, "m2"),
 Q("420 ngày công", 420, "ngày công"), Q("43 hộ tín đồ", 43, "hộ tín đồ"), Q("9 nhóm", 9, "nhóm"), Q("8 chi hội", 8, "chi hội"),
 Q("64 điểm nhóm", 64, "điểm nhóm"), Q("khoảng 36.000 tín đồ Tin lành", 36000, "tín đồ Tin lành", "approx"), Q("51 điểm nhóm", 51, "điểm nhóm")],
[D("Quyết định", "2314", "QĐ-UBND", "2019-10-15", "UBND huyện Mai Sơn", "Quyết định số 2314/QĐ-UBND ngày 15/10/2019"),
 D("Nghị định", "162", "2017/NĐ-CP", None, None, "Nghị định 162/2017/NĐ-CP"),
 D("Công văn", "1296", "CV/TU", None, "Ban Thường vụ Tỉnh ủy", "Công văn số 1296-CV/TU")],
[prov("Sơn La"), com("Chiềng Xôm"), com("Phiêng Cằm")],
["Báo Sơn La điện tử", "Thời sự » Trong tỉnh", "Ảnh: Đoàn công tác chúc mừng Chi hội Tin lành Chiềng Cọ.", "(Báo Sơn La)",
 "tốt đời, đẹp đạo", "Vàng Chứ", "Bà Cô Dợ", "Lượt xem: 1.092"],
["Thứ Ba, 24/12/2019 - 07:50", "Lễ Giáng sinh năm 2019", "năm 2017", "Lượt xem: 1.092"]))

PAGES.append(page("b4816-gialai-bdv-baocao-2020", """
TRANG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY GIA LAI
Tin tức - Sự kiện > Công tác tôn giáo
Thứ Tư, 30/12/2020
Thường trực Tỉnh ủy nghe báo cáo tình hình đạo Tin lành năm 2020
Sáng 29/12/2020, Thường trực Tỉnh ủy Gia Lai nghe Ban Dân vận Tỉnh ủy báo cáo tình hình đạo Tin lành và kết quả công tác vận động đồng bào theo đạo Tin lành năm 2020. Chủ trì buổi làm việc có đồng chí Hồ Văn Niên, Bí thư Tỉnh ủy; dự có đồng chí Rah Lan Chung, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.
Đồng chí Hồ Văn Niên phát biểu tại buổi làm việc.
Báo cáo do đồng chí Ksor Tuyên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết: toàn tỉnh hiện có 245.163 tín đồ Tin lành, chiếm gần 16% dân số, trong đó hơn 90% là đồng bào Jrai, Bahnar; có 14 tổ chức, hệ phái đang hoạt động, nhiều nhất là Hội thánh Tin lành Việt Nam (miền Nam) với 79 chi hội, 168 mục sư, mục sư nhiệm chức, truyền đạo. Năm 2020 có thêm 35 điểm nhóm được đăng ký sinh hoạt tôn giáo tập trung; 11 chi hội được công nhận; 6 công trình nhà thờ được cấp phép xây dựng.
Thực hiện Chỉ thị 10, 11-CT/TU của Ban Thường vụ Tỉnh ủy về công tác Tin lành và về đấu tranh với "Tin lành Đê Ga", khối dân vận đã vận động được 73 hộ, 339 người từ bỏ tà đạo, sinh hoạt ở các hệ phái hợp pháp; tổ chức 214 buổi gặp gỡ với chức sắc, chức việc. Các đối tượng lợi dụng đạo Tin lành tiếp tục lôi kéo qua mạng xã hội; đã phát hiện 4 trường hợp tổ chức sinh hoạt trái phép tại huyện Chư Prông, Ia Pa.
Theo đồng chí Ksor Tuyên, dịch Covid-19 khiến nhiều hoạt động tôn giáo phải tạm dừng; các chi hội đã chấp hành nghiêm Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ, quyên góp trên 1,2 tỷ đồng và 38 tấn gạo hỗ trợ người dân khó khăn.
Đồng chí Đinh Văn Thơm, Chủ tịch Ủy ban MTTQ tỉnh, đề nghị bổ sung vào báo cáo đánh giá 15 năm thực hiện Chỉ thị 01/2005/CT-TTg. Đồng chí Siu Ly, Phó Trưởng Ban Dân vận Tỉnh ủy, giải trình thêm về việc cấp đất cho các chi hội ở 17 xã vùng sâu.
Kết luận, đồng chí Hồ Văn Niên đánh giá cao chất lượng báo cáo; giao Ban Dân vận Tỉnh ủy chủ trì tham mưu ban hành kết luận mới thay thế Kết luận số 18-KL/TU ngày 5/5/2016, hoàn thành trong quý I/2021.
Cũng theo báo cáo, năm 2020 khối dân vận đã phối hợp với các chi hội xây dựng 28 mô hình "Làng có đạo bình yên, phát triển", giúp 1.045 hộ tín đồ thoát nghèo; 92% làng có đông tín đồ đạt chuẩn làng văn hóa.
Hoài Nhiên
Lượt xem: 1.637
Các tin khác
- Chư Sê: gặp mặt chức sắc Tin lành nhân dịp Giáng sinh (24/12/2020)
- Đức Cơ trao 120 suất quà cho người có uy tín (18/12/2020)
- Hội nghị tổng kết công tác dân vận năm 2020 (16/12/2020)
""", "2020-12-30", "Thường trực Tỉnh ủy nghe báo cáo tình hình đạo Tin lành năm 2020",
E("bao_cao", "2020", "2020-12-29"),
[P("Hồ Văn Niên", "Bí thư Tỉnh ủy"),
 P("Rah Lan Chung", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Ksor Tuyên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Thơm", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Siu Ly", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("245.163 tín đồ Tin lành", 245163, "tín đồ Tin lành"), Q("gần 16%", 16, "%", "approx"), Q("hơn 90%", 90, "%", "over"),
 Q("14 tổ chức, hệ phái", 14, "tổ chức, hệ phái"), Q("79 chi hội", 79, "chi hội"),
 Q("168 mục sư, mục sư nhiệm chức, truyền đạo", 168, "mục sư, mục sư nhiệm chức, truyền đạo"), Q("35 điểm nhóm", 35, "điểm nhóm"),
 Q("11 chi hội", 11, "chi hội"), Q("6 công trình nhà thờ", 6, "công trình nhà thờ"), Q("73 hộ", 73, "hộ"), Q("339 người", 339, "người"),
 Q("214 buổi gặp gỡ", 214, "buổi gặp gỡ"), Q("4 trường hợp", 4, "trường hợp"), Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("38 tấn gạo", 38, "tấn"), Q("17 xã vùng sâu", 17, "xã vùng sâu"),
 Q("28 mô hình", 28, "mô hình"), Q("1.045 hộ tín đồ", 1045, "hộ tín đồ"), Q("92%", 92, "%")],
[D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 10, 11-CT/TU"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 10, 11-CT/TU"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Chỉ thị", "01", "2005/CT-TTg", None, None, "Chỉ thị 01/2005/CT-TTg"),
 D("Kết luận", "18", "KL/TU", "2016-05-05", None, "Kết luận số 18-KL/TU ngày 5/5/2016")],
[prov("Gia Lai")],
["TRANG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY GIA LAI", "Tin tức - Sự kiện > Công tác tôn giáo",
 "Đồng chí Hồ Văn Niên phát biểu tại buổi làm việc.", "Tin lành Đê Ga", "Làng có đạo bình yên, phát triển", "Lượt xem: 1.637"],
["Thứ Tư, 30/12/2020", "năm 2020", "15 năm", "Covid-19", "quý I/2021", "Lượt xem: 1.637"]))
