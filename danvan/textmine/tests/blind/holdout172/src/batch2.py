from lib import *
PAGES = []

PAGES.append(page("b4091-laocai-mttq-hopnhat-2025", """
BÁO LÀO CAI - CƠ QUAN CỦA ĐẢNG BỘ TỈNH LÀO CAI
Trang chủ | Chính trị | Mặt trận - Đoàn thể
Cập nhật: 14:10, 03/07/2025 (GMT+7)
Hợp nhất các tổ chức chính trị - xã hội vào Mặt trận Tổ quốc tỉnh Lào Cai
(BLC) - Chiều 1/7, Ban Thường vụ Tỉnh ủy Lào Cai tổ chức hội nghị công bố các quyết định về hợp nhất cơ quan Ủy ban MTTQ Việt Nam tỉnh, các tổ chức chính trị - xã hội và các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ cấp tỉnh; chỉ định nhân sự Ủy ban MTTQ Việt Nam tỉnh Lào Cai (mới) trên cơ sở hợp nhất tỉnh Lào Cai và tỉnh Yên Bái theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội.
Ảnh: Lãnh đạo tỉnh trao quyết định cho Ban Thường trực Ủy ban MTTQ tỉnh.
Thực hiện Kết luận số 155-KL/TW của Bộ Chính trị, Ban Bí thư và Quy định 302-QĐ/TW về chức năng, nhiệm vụ của MTTQ Việt Nam, các đoàn thể chính trị - xã hội, Ban Thường vụ Tỉnh ủy đã ban hành các Quyết định số 08, 09, 10-QĐ/TU ngày 30/6/2025 chỉ định Ban Chấp hành Đảng bộ cơ quan và Ban Thường trực Ủy ban MTTQ tỉnh. Sau hợp nhất, cơ quan Ủy ban MTTQ tỉnh có 11 ban, đơn vị chuyên môn (giảm 26 đầu mối), với 218 cán bộ, công chức, người lao động; 5 đoàn thể chính trị - xã hội trực thuộc Mặt trận.
Theo quyết định, bà Giàng Thị Dính, Ủy viên Ban Thường vụ Tỉnh ủy, giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lào Cai. Các Phó Chủ tịch gồm: ông Nguyễn Đức Thịnh, Phó Chủ tịch Thường trực; bà Hoàng Thị Thu Lý, Phó Chủ tịch kiêm Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; ông Sùng A Chứ, Phó Chủ tịch kiêm Chủ tịch Hội Nông dân tỉnh; ông Lò Văn Khiêm, Phó Chủ tịch kiêm Chủ tịch Hội Cựu chiến binh tỉnh; anh Vàng Seo Lử, Phó Chủ tịch Ủy ban MTTQ tỉnh, Bí thư Tỉnh đoàn; ông Trần Quốc Hưng, Phó Chủ tịch kiêm Chủ tịch Liên đoàn Lao động tỉnh.
Phát biểu giao nhiệm vụ, đồng chí Nguyễn Đình Khải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy nhấn mạnh: từ nay tỉnh có 99 xã, phường với hơn 1,77 triệu dân; Mặt trận phải là "cầu nối" giữa Đảng, chính quyền với nhân dân, nắm chắc dư luận của người dân ở các xã vùng cao khi đi làm thủ tục ở trung tâm hành chính mới xa hơn trước. Đồng chí yêu cầu trong tháng 7/2025 hoàn thành kiện toàn Ủy ban MTTQ 99 xã, phường, bố trí đủ 3 - 5 Phó Chủ tịch mỗi nơi.
Thay mặt tập thể được giao nhiệm vụ, bà Giàng Thị Dính cam kết đoàn kết, đổi mới, hoạt động "hướng mạnh về cơ sở", xây dựng Chương trình phối hợp và thống nhất hành động giai đoạn 2025 - 2030.
Tại hội nghị, Ban Thường vụ Tỉnh ủy cũng trao quyết định nghỉ hưu trước tuổi cho 17 đồng chí cán bộ Mặt trận, đoàn thể theo Nghị định 178/2024/NĐ-CP của Chính phủ.
Hồng Duyên
Lượt xem: 4.076
Tin liên quan
- Ra mắt Ủy ban MTTQ phường Yên Bái và phường Cam Đường (02/07/2025)
- Xã Bắc Hà trao quyết định nhân sự cho Đảng ủy, HĐND, UBND, MTTQ xã mới (01/07/2025)
- Bàn giao hồ sơ, tài liệu của Ủy ban MTTQ cấp huyện (28/06/2025)
- Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Lào Cai (mới) (30/06/2025)
""", "2025-07-03", "Hợp nhất các tổ chức chính trị - xã hội vào Mặt trận Tổ quốc tỉnh Lào Cai",
E("hoi_nghi", None, "2025-07-01"),
[P("Giàng Thị Dính", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lào Cai"),
 P("Nguyễn Đức Thịnh", "Phó Chủ tịch Thường trực"),
 P("Hoàng Thị Thu Lý", "Phó Chủ tịch kiêm Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Sùng A Chứ", "Phó Chủ tịch kiêm Chủ tịch Hội Nông dân tỉnh"),
 P("Lò Văn Khiêm", "Phó Chủ tịch kiêm Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Vàng Seo Lử", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "Bí thư Tỉnh đoàn"),
 P("Trần Quốc Hưng", "Phó Chủ tịch kiêm Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Nguyễn Đình Khải", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy")],
[Q("11 ban, đơn vị chuyên môn", 11, "ban, đơn vị chuyên môn"), Q("26 đầu mối", 26, "đầu mối"),
 Q("218 cán bộ, công chức, người lao động", 218, "cán bộ, công chức, người lao động"), Q("5 đoàn thể chính trị - xã hội", 5, "đoàn thể chính trị - xã hội"),
 Q("99 xã, phường", 99, "xã, phường"), Q("hơn 1,77 triệu dân", 1770000, "dân", "over"), Q("3 - 5 Phó Chủ tịch", 3, "Phó Chủ tịch"), Q("5 Phó Chủ tịch", 5, "Phó Chủ tịch"),
 Q("17 đồng chí", 17, "đồng chí")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kết luận", "155", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 155-KL/TW"),
 D("Quy định", "302", "QĐ/TW", None, None, "Quy định 302-QĐ/TW"),
 D("Quyết định", "08", "QĐ/TU", "2025-06-30", "Ban Thường vụ Tỉnh ủy", "Quyết định số 08, 09, 10-QĐ/TU ngày 30/6/2025"),
 D("Quyết định", "09", "QĐ/TU", "2025-06-30", "Ban Thường vụ Tỉnh ủy", "Quyết định số 08, 09, 10-QĐ/TU ngày 30/6/2025"),
 D("Quyết định", "10", "QĐ/TU", "2025-06-30", "Ban Thường vụ Tỉnh ủy", "Quyết định số 08, 09, 10-QĐ/TU ngày 30/6/2025"),
 D("Nghị định", "178", "2024/NĐ-CP", None, "Chính phủ", "Nghị định 178/2024/NĐ-CP")],
[prov("Lào Cai"), prov("Yên Bái")],
["BÁO LÀO CAI - CƠ QUAN CỦA ĐẢNG BỘ TỈNH LÀO CAI", "Trang chủ | Chính trị | Mặt trận - Đoàn thể", "(BLC)",
 "Ảnh: Lãnh đạo tỉnh trao quyết định cho Ban Thường trực Ủy ban MTTQ tỉnh.", "cầu nối", "hướng mạnh về cơ sở", "Lượt xem: 4.076"],
["Cập nhật: 14:10, 03/07/2025 (GMT+7)", "tháng 7/2025", "2025 - 2030", "17 đồng chí", "Lượt xem: 4.076"]))

PAGES.append(page("b4092-hagiang-bangiao-2025", """
ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HÀ GIANG
Tin tức › Thời sự › Địa phương
30 tháng 6, 2025 | 17:45
Đồng Văn: bàn giao hồ sơ, tài sản, con dấu cho 5 xã mới
Ngày 28/6, Ban Thường vụ Huyện ủy, UBND huyện Đồng Văn tổ chức hội nghị bàn giao hồ sơ, tài liệu, tài sản, trụ sở và nhân sự cho các xã mới Đồng Văn, Lũng Cú, Sà Phìn, Phố Bảng và Lũng Phìn, chuẩn bị vận hành chính quyền địa phương 2 cấp từ ngày 1/7/2025, khi Hà Giang hợp nhất vào tỉnh Tuyên Quang.
Ảnh: Đại diện các xã mới ký biên bản bàn giao.
Theo Đề án số 05-ĐA/HU và Kế hoạch số 212-KH/HU của Ban Thường vụ Huyện ủy, 19 xã, thị trấn của huyện được sắp xếp thành 5 xã. Tổng cộng huyện đã bàn giao 7.684 hồ sơ lưu trữ, 43 con dấu, 126 máy tính, 11 trụ sở; 486 cán bộ, công chức, viên chức được điều động về xã mới, trong đó 38 người từ cơ quan huyện. Ủy ban MTTQ huyện bàn giao Quỹ "Vì người nghèo" với số dư trên 1,3 tỷ đồng và 214 hồ sơ hộ đang đề nghị hỗ trợ làm nhà.
Tại hội nghị, đồng chí Sùng Mí Vừ, Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch Ủy ban MTTQ huyện, được chỉ định giữ chức Bí thư Đảng ủy xã Sà Phìn; đồng chí Lầu Thị Dí, Trưởng Ban Dân vận Huyện ủy, được chỉ định làm Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Cú. Các đồng chí Giàng Seo Chúng, Vàng Mí Lử, Ly Thị Sò được điều động làm Phó Chủ tịch UBND xã Phố Bảng. Bà Vừ Thị Mai, Phó Chủ tịch Hội LHPN huyện, được bổ nhiệm làm Phó Trưởng Phòng Văn hóa - Xã hội xã Lũng Phìn.
Phát biểu chỉ đạo, đồng chí Hoàng Văn Luân, Tỉnh ủy viên, Bí thư Huyện ủy Đồng Văn yêu cầu bàn giao "đúng, đủ, không để thất lạc"; xã nào chưa có trụ sở đủ diện tích phải thuê, mượn nhà văn hóa; mỗi xã bố trí ít nhất 2 xe đưa đón công chức. Qua khảo sát, khoảng 65% người dân các thôn vùng cao mong muốn Trung tâm phục vụ hành chính công xã có bộ phận tiếp nhận lưu động.
Ông Thào Mí Dính, người có uy tín thôn Lô Lô Chải, xã Lũng Cú, chia sẻ: "Bà con đồng thuận vì Đảng, Nhà nước làm cho dân; chỉ mong cán bộ về xã mới vẫn đến nhà dân như trước". Ông Dính cho biết thôn đã vận động 72 hộ tháo dỡ nhà tạm theo Chương trình "Xóa nhà tạm, nhà dột nát".
Cùng ngày, các huyện Mèo Vạc, Yên Minh, Quản Bạ cũng hoàn thành bàn giao cho 19 xã mới.
Tin, ảnh: Hoàng Nhung
Lượt xem: 958
Tin khác
- Hà Giang: Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết hoạt động (27/06/2025)
- Mèo Vạc trao quyết định cho lãnh đạo 8 xã mới (26/06/2025)
- Người dân Quản Bạ góp ý tên xã mới (12/05/2025)
- Yên Minh: 97% cử tri đồng ý sáp nhập xã (25/04/2025)
- Đồng Văn: Mặt trận huyện trao 150 suất quà cho hộ nghèo biên giới (20/04/2025)
- Quản Bạ tập huấn kỹ năng cho cán bộ xã chuẩn bị vận hành chính quyền 2 cấp (16/06/2025)
""", "2025-06-30", "Đồng Văn: bàn giao hồ sơ, tài sản, con dấu cho 5 xã mới",
E("hoi_nghi", None, "2025-06-28"),
[P("Sùng Mí Vừ", "Ủy viên Ban Thường vụ Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện", "Bí thư Đảng ủy xã Sà Phìn"),
 P("Lầu Thị Dí", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Cú"),
 P("Giàng Seo Chúng", "Phó Chủ tịch UBND xã Phố Bảng"),
 P("Vàng Mí Lử", "Phó Chủ tịch UBND xã Phố Bảng"),
 P("Ly Thị Sò", "Phó Chủ tịch UBND xã Phố Bảng"),
 P("Vừ Thị Mai", "Phó Chủ tịch Hội LHPN huyện", "Phó Trưởng Phòng Văn hóa - Xã hội xã Lũng Phìn"),
 P("Hoàng Văn Luân", "Tỉnh ủy viên", "Bí thư Huyện ủy Đồng Văn"),
 P("Thào Mí Dính", "người có uy tín thôn Lô Lô Chải")],
[Q("5 xã mới", 5, "xã mới"), Q("19 xã, thị trấn", 19, "xã, thị trấn"), Q("7.684 hồ sơ lưu trữ", 7684, "hồ sơ lưu trữ"),
 Q("43 con dấu", 43, "con dấu"), Q("126 máy tính", 126, "máy tính"), Q("11 trụ sở", 11, "trụ sở"),
 Q("486 cán bộ, công chức, viên chức", 486, "cán bộ, công chức, viên chức"), Q("38 người", 38, "người"),
 Q("trên 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("214 hồ sơ hộ", 214, "hồ sơ hộ"), Q("ít nhất 2 xe", 2, "xe", "over"),
 Q("khoảng 65%", 65, "%", "approx"), Q("72 hộ", 72, "hộ"), Q("19 xã mới", 19, "xã mới")],
[D("Đề án", "05", "ĐA/HU", None, "Ban Thường vụ Huyện ủy", "Đề án số 05-ĐA/HU"),
 D("Kế hoạch", "212", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 212-KH/HU")],
[prov("Hà Giang"), prov("Tuyên Quang"), com("Đồng Văn"), com("Lũng Cú"), com("Sà Phìn"), com("Phố Bảng"), com("Lũng Phìn")],
["ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HÀ GIANG", "Tin tức › Thời sự › Địa phương", "Ảnh: Đại diện các xã mới ký biên bản bàn giao.",
 "Vì người nghèo", "Xóa nhà tạm, nhà dột nát", "đúng, đủ, không để thất lạc", "Lượt xem: 958"],
["30 tháng 6, 2025 | 17:45", "ngày 1/7/2025", "2 cấp", "Lượt xem: 958"]))

PAGES.append(page("b4093-vinhlong-daihoi-xa-2025", """
ĐẢNG BỘ TỈNH VĨNH LONG - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ > Đại hội Đảng bộ các cấp > Cơ sở
Thứ Ba, 19/08/2025, 10:05
Đại hội Đảng bộ xã Hòa Minh lần thứ I thành công tốt đẹp
Trong 2 ngày 17 và 18/8/2025, Đảng bộ xã Hòa Minh tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội điểm cấp xã đầu tiên của tỉnh Vĩnh Long sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre và Trà Vinh. Xã Hòa Minh được thành lập trên cơ sở sáp nhập xã Hòa Minh, xã Long Hòa và một phần xã Hòa Thuận (huyện Châu Thành, tỉnh Trà Vinh cũ).
Ảnh: Ban Chấp hành Đảng bộ xã khóa I ra mắt đại hội.
Dự đại hội có đồng chí Trần Minh Quang, Phó Bí thư Tỉnh ủy; đồng chí Thạch Thị Ngọc Hân, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy cùng 150 đại biểu đại diện cho 1.126 đảng viên của 34 chi bộ. Đảng bộ xã có 8.914 hộ, trong đó 3.257 hộ đồng bào Khmer. Đại hội được tổ chức theo Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị và kế hoạch số 03-KH/TU của Ban Thường vụ Tỉnh ủy về đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030.
Nhiệm kỳ qua, trên địa bàn 3 xã cũ, nhân dân đã hiến 27.400 m2 đất, đóng góp trên 18,6 tỷ đồng làm 42 tuyến đường nông thôn và 15 cây cầu bê tông; tỷ lệ hộ nghèo giảm còn 1,92%; xây dựng 216 căn nhà Đại đoàn kết. Đại hội đề ra 18 chỉ tiêu, phấn đấu đến năm 2030 thu nhập bình quân đạt ít nhất 95 triệu đồng/người/năm.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 27 đồng chí; bầu 7 đồng chí vào Ban Thường vụ. Đồng chí Kim Sô Phon, Phó Trưởng Ban Dân vận Huyện ủy Châu Thành cũ, được tín nhiệm giữ chức Bí thư Đảng ủy xã; đồng chí Nguyễn Văn Tuấn giữ chức Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; đồng chí Thạch Rô Ta Na được bầu làm Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Đồng chí Sơn Thị Sa Ly, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã, được bầu làm Ủy viên Ban Thường vụ khóa I.
Phát biểu chỉ đạo, đồng chí Trần Minh Quang đề nghị Đảng bộ xã lưu ý phát huy vai trò 12 vị sư cả, 47 người có uy tín trong đồng bào Khmer; làm tốt công tác dân vận trong giải quyết thủ tục hành chính, "lấy sự hài lòng của người dân làm thước đo". Đại hội thông qua Nghị quyết và bầu 12 đại biểu dự Đại hội đại biểu Đảng bộ tỉnh lần thứ I.
Đại diện nhân dân, ông Lâm Sa Rinh, người có uy tín ấp Ô Chát, tặng hoa chúc mừng đại hội.
Phương Nghi
Lượt truy cập: 1.312
Tin cùng chuyên mục
- Đại hội Đảng bộ phường Trà Vinh lần thứ I (15/08/2025)
- Xã Ba Tri ra mắt Ban Chấp hành Đảng bộ nhiệm kỳ 2025 - 2030 (12/08/2025)
- Hội nghị rút kinh nghiệm đại hội điểm cấp xã (08/08/2025)
- Tỉnh ủy giao ban công tác chuẩn bị đại hội cơ sở (31/07/2025)
""", "2025-08-19", "Đại hội Đảng bộ xã Hòa Minh lần thứ I thành công tốt đẹp",
E("dai_hoi", None, "2025-08-17"),
[P("Trần Minh Quang", "Phó Bí thư Tỉnh ủy"),
 P("Thạch Thị Ngọc Hân", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Sô Phon", "Phó Trưởng Ban Dân vận Huyện ủy Châu Thành cũ", "Bí thư Đảng ủy xã"),
 P("Nguyễn Văn Tuấn", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Thạch Rô Ta Na", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Sơn Thị Sa Ly", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã", "Ủy viên Ban Thường vụ khóa I"),
 P("Lâm Sa Rinh", "người có uy tín ấp Ô Chát")],
[Q("3 tỉnh", 3, "tỉnh"), Q("150 đại biểu", 150, "đại biểu"), Q("1.126 đảng viên", 1126, "đảng viên"), Q("34 chi bộ", 34, "chi bộ"),
 Q("8.914 hộ", 8914, "hộ"), Q("3.257 hộ đồng bào Khmer", 3257, "hộ đồng bào Khmer"), Q("3 xã", 3, "xã"), Q("27.400 m2", 27400, "m2"),
 Q("trên 18,6 tỷ đồng", 18600000000, "đồng", "over"), Q("42 tuyến đường nông thôn", 42, "tuyến đường nông thôn"),
 Q("15 cây cầu bê tông", 15, "cây cầu bê tông"), Q("1,92%", 1.92, "%"), Q("216 căn nhà Đại đoàn kết", 216, "căn nhà Đại đoàn kết"),
 Q("18 chỉ tiêu", 18, "chỉ tiêu"), Q("ít nhất 95 triệu đồng", 95000000, "đồng", "over"), Q("27 đồng chí", 27, "đồng chí"),
 Q("7 đồng chí", 7, "đồng chí"), Q("12 vị sư cả", 12, "vị sư cả"), Q("47 người có uy tín", 47, "người có uy tín"), Q("12 đại biểu", 12, "đại biểu")],
[D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025"),
 D("Kế hoạch", "03", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "kế hoạch số 03-KH/TU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Hòa Minh"), com("Long Hòa"), com("Hòa Thuận")],
["ĐẢNG BỘ TỈNH VĨNH LONG - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ > Đại hội Đảng bộ các cấp > Cơ sở",
 "Ảnh: Ban Chấp hành Đảng bộ xã khóa I ra mắt đại hội.", "lấy sự hài lòng của người dân làm thước đo", "Lượt truy cập: 1.312"],
["Thứ Ba, 19/08/2025, 10:05", "lần thứ I", "2025 - 2030", "Trong 2 ngày", "năm 2030", "27 đồng chí", "7 đồng chí", "khóa I", "Lượt truy cập: 1.312"]))

PAGES.append(page("b4094-lamdong-mttq-giaoban-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ :: Tin hoạt động :: Mặt trận tỉnh
2025-10-10 16:40
Hôm nay: Thứ Sáu, 10/10/2025
Ảnh: Quang cảnh hội nghị tại điểm cầu tỉnh.
Mặt trận 124 xã, phường vào nhịp sau 100 ngày vận hành chính quyền 2 cấp
Ngày 8/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị giao ban công tác Mặt trận quý III năm 2025, trực tuyến đến 124 điểm cầu xã, phường, đặc khu. Bà Nguyễn Thị Bích Thảo, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Quý III là quý đầu tiên Mặt trận tỉnh Lâm Đồng (mới) hoạt động sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông và Bình Thuận, đồng thời hợp nhất 5 tổ chức chính trị - xã hội vào Mặt trận theo Hướng dẫn số 01-HD/MTTW-ĐĐ của Đảng đoàn MTTQ Việt Nam. Ban Thường trực đã ban hành 46 văn bản, trong đó có Quy chế làm việc, Chương trình phối hợp và thống nhất hành động số 02/CTr-MTTQ-BTT năm 2025; hướng dẫn kiện toàn 1.384 Ban công tác Mặt trận ở khu dân cư.
Theo báo cáo, 124 Ủy ban MTTQ xã, phường đã nhận 2.175 ý kiến, kiến nghị của cử tri, tập trung vào thủ tục đất đai, khoảng cách đến trung tâm hành chính công và chế độ cho người không chuyên trách thôn. Mặt trận các cấp vận động Quỹ "Vì người nghèo" được trên 21,4 tỷ đồng; hỗ trợ xây mới, sửa chữa 612 căn nhà cho hộ nghèo, hộ đồng bào dân tộc thiểu số; 98,7% hộ gia đình đã cài đặt ứng dụng VNeID.
Tại hội nghị, ông K'Brơi, Chủ tịch Ủy ban MTTQ Việt Nam xã Lạc Dương, đề xuất bố trí thêm 1 công chức chuyên trách cho Mặt trận ở xã có trên 30 thôn. Bà Thị Mai, Phó Chủ tịch Ủy ban MTTQ xã Quảng Tín (Đắk Nông cũ) và ông Đàng Văn Thương, Phó Chủ tịch Thường trực Ủy ban MTTQ xã Phan Hiệp (Bình Thuận cũ), nêu khó khăn về kinh phí hoạt động của các chi hội đoàn thể sau hợp nhất.
Kết luận, bà Nguyễn Thị Bích Thảo yêu cầu quý IV tập trung tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư; hoàn thành giám sát theo Quyết định 217-QĐ/TW và 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội, góp ý xây dựng Đảng; chuẩn bị Đại hội đại biểu MTTQ Việt Nam tỉnh nhiệm kỳ 2026 - 2031.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Nay H'Ruê, Lê Văn Hòa, Trần Thị Kim Ngân báo cáo tiến độ các cuộc vận động.
Hà Lan - K'Tin
Lượt đọc: 721
Tin liên quan
- Ủy ban MTTQ tỉnh ra mắt các ban chuyên môn sau hợp nhất (15/07/2025)
- Đức Trọng: đối thoại với người có uy tín đồng bào K'Ho (02/10/2025)
- Mặt trận phường Phan Thiết trao 200 suất quà Trung thu (28/09/2025)
- Bảo Lộc: vận động 2.100 hộ tham gia bảo hiểm y tế (19/09/2025)
- Gia Nghĩa sơ kết mô hình "Khu dân cư tự quản" (12/09/2025)
""", "2025-10-10", "Mặt trận 124 xã, phường vào nhịp sau 100 ngày vận hành chính quyền 2 cấp",
E("giao_ban", "2025-Q3", "2025-10-08"),
[P("Nguyễn Thị Bích Thảo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("K'Brơi", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lạc Dương"),
 P("Thị Mai", "Phó Chủ tịch Ủy ban MTTQ xã Quảng Tín"),
 P("Đàng Văn Thương", "Phó Chủ tịch Thường trực Ủy ban MTTQ xã Phan Hiệp"),
 P("Nay H'Ruê", "Phó Chủ tịch Ủy ban MTTQ tỉnh"), P("Lê Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Thị Kim Ngân", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("124 xã, phường", 124, "xã, phường"), Q("124 điểm cầu xã, phường, đặc khu", 124, "điểm cầu xã, phường, đặc khu"), Q("3 tỉnh", 3, "tỉnh"),
 Q("5 tổ chức chính trị - xã hội", 5, "tổ chức chính trị - xã hội"), Q("46 văn bản", 46, "văn bản"),
 Q("1.384 Ban công tác Mặt trận", 1384, "Ban công tác Mặt trận"), Q("2.175 ý kiến, kiến nghị", 2175, "ý kiến, kiến nghị"),
 Q("trên 21,4 tỷ đồng", 21400000000, "đồng", "over"), Q("612 căn nhà", 612, "căn nhà"), Q("98,7%", 98.7, "%"),
 Q("1 công chức chuyên trách", 1, "công chức chuyên trách"), Q("trên 30 thôn", 30, "thôn", "over"), Q("100% khu dân cư", 100, "%")],
[D("Hướng dẫn", "01", "HD/MTTW-ĐĐ", None, "Đảng đoàn MTTQ Việt Nam", "Hướng dẫn số 01-HD/MTTW-ĐĐ"),
 D("Chương trình phối hợp và thống nhất hành động", "02", "CTr-MTTQ-BTT", None, None, "Chương trình phối hợp và thống nhất hành động số 02/CTr-MTTQ-BTT"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương"), com("Quảng Tín"), com("Phan Hiệp")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ :: Tin hoạt động :: Mặt trận tỉnh", "Hôm nay: Thứ Sáu, 10/10/2025",
 "Ảnh: Quang cảnh hội nghị tại điểm cầu tỉnh.", "Vì người nghèo", "VNeID", "Lượt đọc: 721"],
["2025-10-10 16:40", "100 ngày", "quý III năm 2025", "năm 2025", "quý IV", "2026 - 2031", "Lượt đọc: 721"]))

PAGES.append(page("b4095-dongnai-giamsat-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Chính trị - Xã hội / Mặt trận - Đoàn thể
26-09-2025 09:40
Giám sát hoạt động của Trung tâm phục vụ hành chính công tại 6 phường, xã
Đoàn giám sát làm việc tại phường Bình Phước. Ảnh: Thanh Hải
(ĐN) - Từ ngày 22 đến 25/9, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức đoàn giám sát chuyên đề năm 2025 về việc tiếp nhận, giải quyết thủ tục hành chính cho người dân, doanh nghiệp sau khi vận hành chính quyền địa phương 2 cấp tại các phường Bình Phước, Đồng Xoài, Trấn Biên và các xã Bù Gia Mập, Lộc Ninh, Phú Lý. Đồng chí Điểu Minh Trọng, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn.
Việc giám sát thực hiện theo Quyết định số 217-QĐ/TW của Bộ Chính trị, Kế hoạch số 15/KH-MTTQ-BTT ngày 05/9/2025 và Chương trình giám sát năm 2025 của Ban Thường trực Ủy ban MTTQ tỉnh Đồng Nai (mới, hợp nhất Đồng Nai và Bình Phước).
Qua giám sát, từ ngày 1/7 đến 20/9/2025, Trung tâm phục vụ hành chính công 6 đơn vị đã tiếp nhận 41.386 hồ sơ, giải quyết đúng hạn 39.870 hồ sơ, đạt 96,34%; còn 218 hồ sơ trễ hạn, chủ yếu lĩnh vực đất đai. Tỷ lệ hồ sơ nộp trực tuyến toàn trình ở xã Bù Gia Mập chỉ đạt khoảng 22%, do 1.460 hộ đồng bào S'tiêng, M'nông ở xa, không có điện thoại thông minh.
Ông Điểu Bình, Chủ tịch UBND xã Bù Gia Mập, thừa nhận xã có 2 công chức địa chính phụ trách diện tích hơn 1.000 km2; đề nghị tỉnh tăng cường ít nhất 3 biên chế. Bà Thị Hạnh, Trưởng ban công tác Mặt trận thôn Bù Lư, phản ánh người dân phải đi trên 40 km để làm giấy chứng nhận quyền sử dụng đất.
Tại phường Trấn Biên, ông Lê Hoàng Nam, Phó Bí thư Đảng ủy, Chủ tịch UBND phường, cho biết phường đã bố trí 14 "tổ công nghệ số cộng đồng" ở 58 khu phố, hướng dẫn 12.400 lượt người dân làm thủ tục trên Cổng dịch vụ công.
Kết luận, đồng chí Điểu Minh Trọng đề nghị UBND các xã, phường niêm yết công khai thủ tục, đường dây nóng; tiếp thu 27 kiến nghị của đoàn; Mặt trận xã, phường tiếp tục phối hợp tổ chức lấy phiếu khảo sát mức độ hài lòng, mỗi xã ít nhất 200 phiếu. Kết quả giám sát sẽ được báo cáo Ban Thường vụ Tỉnh ủy và UBND tỉnh.
Tham gia đoàn có đồng chí Nguyễn Thị Thu Hương, Trưởng ban Dân chủ - Pháp luật và đồng chí Đinh Văn Lực, Trưởng ban Phong trào Ủy ban MTTQ tỉnh.
Thanh Hải
Lượt xem: 1.055
Xem thêm
- Mặt trận tỉnh hội nghị phản biện dự thảo bảng giá đất (18/09/2025)
- Phường Long Khánh ra mắt mô hình "Khu phố an toàn" (11/09/2025)
- Lộc Ninh: 100% hộ nghèo được hỗ trợ làm nhà trước 2/9 (29/08/2025)
- Ủy ban MTTQ tỉnh giao ban với Mặt trận 95 xã, phường (20/08/2025)
- Bù Đăng: tập huấn nghiệp vụ cho Ban công tác Mặt trận thôn, ấp (14/08/2025)
""", "2025-09-26", "Giám sát hoạt động của Trung tâm phục vụ hành chính công tại 6 phường, xã",
E("giam_sat", "2025", "2025-09-22"),
[P("Điểu Minh Trọng", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Bình", "Chủ tịch UBND xã Bù Gia Mập"),
 P("Thị Hạnh", "Trưởng ban công tác Mặt trận thôn Bù Lư"),
 P("Lê Hoàng Nam", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Nguyễn Thị Thu Hương", "Trưởng ban Dân chủ - Pháp luật"), P("Đinh Văn Lực", "Trưởng ban Phong trào Ủy ban MTTQ tỉnh")],
[Q("6 phường, xã", 6, "phường, xã"), Q("41.386 hồ sơ", 41386, "hồ sơ"), Q("39.870 hồ sơ", 39870, "hồ sơ"), Q("96,34%", 96.34, "%"),
 Q("218 hồ sơ", 218, "hồ sơ"), Q("khoảng 22%", 22, "%", "approx"), Q("1.460 hộ đồng bào S'tiêng, M'nông", 1460, "hộ đồng bào S'tiêng, M'nông"),
 Q("2 công chức địa chính", 2, "công chức địa chính"), Q("hơn 1.000 km2", 1000, "km2", "over"), Q("ít nhất 3 biên chế", 3, "biên chế", "over"),
 Q("trên 40 km", 40, "km", "over"), Q("14 \"tổ công nghệ số cộng đồng\"", 14, "tổ công nghệ số cộng đồng"), Q("58 khu phố", 58, "khu phố"),
 Q("12.400 lượt người dân", 12400, "lượt người dân"), Q("27 kiến nghị", 27, "kiến nghị"), Q("ít nhất 200 phiếu", 200, "phiếu", "over")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Kế hoạch", "15", "KH-MTTQ-BTT", "2025-09-05", "Ban Thường trực Ủy ban MTTQ tỉnh Đồng Nai", "Kế hoạch số 15/KH-MTTQ-BTT ngày 05/9/2025")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bình Phước"), com("Đồng Xoài"), com("Trấn Biên"), com("Bù Gia Mập"), com("Lộc Ninh"), com("Phú Lý")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Chính trị - Xã hội / Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại phường Bình Phước. Ảnh: Thanh Hải", "(ĐN)",
 "Chương trình giám sát năm 2025", "Cổng dịch vụ công", "Lượt xem: 1.055"],
["26-09-2025 09:40", "từ ngày 1/7 đến 20/9/2025", "năm 2025", "2 cấp", "Lượt xem: 1.055"]))

PAGES.append(page("b4096-hcm-phuong-traoqua-2025", """
ỦY BAN MTTQ VIỆT NAM PHƯỜNG THỦ DẦU MỘT - THÀNH PHỐ HỒ CHÍ MINH
Trang chủ - Tin tức - An sinh xã hội
Ngày đăng 03/10/2025 | 09:15
Trao 620 phần quà Trung thu cho thiếu nhi và hộ khó khăn
Chiều 2/10, Ủy ban MTTQ Việt Nam phường Thủ Dầu Một phối hợp Đoàn Thanh niên, Hội Liên hiệp Phụ nữ phường tổ chức chương trình "Trung thu yêu thương - Vầng trăng sẻ chia" và trao 620 phần quà cho thiếu nhi, hộ khó khăn trên địa bàn. Đây là chương trình an sinh lớn đầu tiên của phường Thủ Dầu Một (mới), Thành phố Hồ Chí Minh, hình thành từ 5 phường Phú Cường, Hiệp Thành, Phú Hòa, Phú Lợi, Chánh Nghĩa sau sắp xếp.
Ảnh: Lãnh đạo phường trao quà cho các em thiếu nhi.
Tham dự có ông Nguyễn Văn Lộc, Bí thư Đảng ủy phường; bà Võ Thị Minh Thư, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường; ông Huỳnh Tấn Phát, Phó Chủ tịch UBND phường cùng đại diện 32 khu phố.
Trong 620 phần quà có 450 phần quà dành cho thiếu nhi, mỗi phần gồm lồng đèn, bánh và tập vở trị giá 300.000 đồng; 170 phần quà cho hộ nghèo, hộ cận nghèo, mỗi phần 500.000 đồng tiền mặt và nhu yếu phẩm. Tổng giá trị chương trình hơn 220 triệu đồng, do 28 doanh nghiệp, nhà hảo tâm tài trợ thông qua Ban vận động Quỹ "Vì người nghèo" phường.
Bà Võ Thị Minh Thư cho biết, sau 3 tháng hợp nhất Mặt trận và các đoàn thể, phường đã kiện toàn 32 Ban công tác Mặt trận khu phố, vận động thành lập 64 tổ "Nhân dân tự quản"; tiếp nhận 93 ý kiến của người dân qua hộp thư góp ý và nhóm Zalo khu phố, đến nay đã trả lời 88 ý kiến. Phường dự kiến đến cuối năm sẽ bàn giao 6 căn nhà Đại đoàn kết cho các hộ khó khăn về nhà ở, mỗi căn hỗ trợ 60 triệu đồng.
Dịp này, anh Trần Minh Khang, Phó Chủ tịch Ủy ban MTTQ phường, Bí thư Đoàn phường, phát động đợt quyên góp sách giáo khoa cũ, đã nhận 1.350 quyển sách và 86 chiếc xe đạp cho học sinh.
Cũng tại chương trình, Ban Thường trực Ủy ban MTTQ phường trao 12 suất học bổng "Tiếp bước đến trường", mỗi suất 2 triệu đồng, cho học sinh giỏi có hoàn cảnh khó khăn; Hội Cựu chiến binh phường tặng 40 thùng sữa cho các em ở khu nhà trọ công nhân. Ông Nguyễn Văn Lộc đề nghị Mặt trận phường rà soát danh sách, bảo đảm quà đến đúng người, không trùng lặp giữa các khu phố cũ, công khai danh sách tại nhà văn hóa khu phố.
Các em Nguyễn Gia Hân, học sinh lớp 5 và Lê Minh Tuấn, lớp 3 khu phố 7 đại diện thiếu nhi cảm ơn các nhà tài trợ.
Bảo Ngọc
Lượt truy cập: 612
Tin liên quan
- Phường Thủ Dầu Một ra mắt Ban Thường trực Ủy ban MTTQ (02/07/2025)
- Hội nghị đại biểu nhân dân khu phố 7 (22/09/2025)
- Hội thi "Khu phố văn minh - Gia đình hạnh phúc" (15/09/2025)
- Tuyên truyền ứng dụng VNeID cho người cao tuổi (06/09/2025)
""", "2025-10-03", "Trao 620 phần quà Trung thu cho thiếu nhi và hộ khó khăn",
E("trao_qua", None, "2025-10-02"),
[P("Nguyễn Văn Lộc", "Bí thư Đảng ủy phường"),
 P("Võ Thị Minh Thư", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Huỳnh Tấn Phát", "Phó Chủ tịch UBND phường"),
 P("Trần Minh Khang", "Phó Chủ tịch Ủy ban MTTQ phường", "Bí thư Đoàn phường"),
 P("Nguyễn Gia Hân", "học sinh lớp 5"), P("Lê Minh Tuấn")],
[Q("620 phần quà", 620, "phần quà"), Q("5 phường", 5, "phường"), Q("32 khu phố", 32, "khu phố"), Q("450 phần quà", 450, "phần quà"),
 Q("300.000 đồng", 300000, "đồng"), Q("170 phần quà", 170, "phần quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("hơn 220 triệu đồng", 220000000, "đồng", "over"), Q("28 doanh nghiệp, nhà hảo tâm", 28, "doanh nghiệp, nhà hảo tâm"),
 Q("32 Ban công tác Mặt trận khu phố", 32, "Ban công tác Mặt trận khu phố"), Q("64 tổ", 64, "tổ \"Nhân dân tự quản\""),
 Q("93 ý kiến", 93, "ý kiến"), Q("88 ý kiến", 88, "ý kiến"), Q("6 căn nhà Đại đoàn kết", 6, "căn nhà Đại đoàn kết"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("12 suất học bổng", 12, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"), Q("40 thùng sữa", 40, "thùng sữa"), Q("1.350 quyển sách", 1350, "quyển sách"), Q("86 chiếc xe đạp", 86, "chiếc xe đạp")],
[],
[prov("Hồ Chí Minh"), com("Thủ Dầu Một"), com("Phú Cường"), com("Hiệp Thành"), com("Phú Hòa"), com("Phú Lợi"), com("Chánh Nghĩa")],
["ỦY BAN MTTQ VIỆT NAM PHƯỜNG THỦ DẦU MỘT - THÀNH PHỐ HỒ CHÍ MINH", "Trang chủ - Tin tức - An sinh xã hội",
 "Ảnh: Lãnh đạo phường trao quà cho các em thiếu nhi.", "Trung thu yêu thương - Vầng trăng sẻ chia", "Vì người nghèo", "Nhân dân tự quản", "Zalo", "Tiếp bước đến trường",
 "Lượt truy cập: 612"],
["Ngày đăng 03/10/2025 | 09:15", "3 tháng", "lớp 5", "lớp 3", "khu phố 7", "Lượt truy cập: 612"]))
