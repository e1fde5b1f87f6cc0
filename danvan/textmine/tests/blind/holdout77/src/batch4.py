from lib import *
PAGES = []

PAGES.append(page("b1823-dienbien-mttq-phatdong-vnn-2024", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐIỆN BIÊN
Trang chủ › Tin tức - Sự kiện › Vì người nghèo
18/10/2024 - 15:45
Các đại biểu ủng hộ Quỹ "Vì người nghèo" tại hội nghị.
Điện Biên: phát động Tháng cao điểm "Vì người nghèo" và chung tay xóa nhà tạm, nhà dột nát
Sáng 17/10/2024, Ủy ban MTTQ Việt Nam tỉnh Điện Biên tổ chức hội nghị phát động Tháng cao điểm "Vì người nghèo" năm 2024 và hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát". Dự hội nghị có đồng chí Cà Thị Phanh, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Mùa A Sử, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Hội nghị được tổ chức theo Kế hoạch số 205/KH-MTTQ-BTT ngày 2/10/2024 của Ban Thường trực Ủy ban MTTQ tỉnh và Chỉ thị số 34-CT/TU ngày 25/9/2024 của Ban Thường vụ Tỉnh ủy về huy động nguồn lực xóa nhà tạm, nhà dột nát trên địa bàn tỉnh đến năm 2025.
Theo báo cáo, toàn tỉnh hiện còn 5.826 hộ nghèo, hộ cận nghèo có nhà tạm, nhà dột nát cần hỗ trợ, trong đó 4.310 nhà làm mới và 1.516 nhà sửa chữa. Mức hỗ trợ theo Quyết định số 1015/QĐ-UBND của UBND tỉnh là 60 triệu đồng/nhà làm mới, 30 triệu đồng/nhà sửa chữa. Từ năm 2020 đến nay, Quỹ "Vì người nghèo" các cấp đã hỗ trợ xây mới, sửa chữa 2.918 nhà Đại đoàn kết.
Ngay tại hội nghị, 64 cơ quan, đơn vị, doanh nghiệp đã ủng hộ Quỹ với tổng số tiền 9,87 tỷ đồng và 1.500 tấn xi măng; trong đó Tập đoàn Viễn thông Quân đội ủng hộ 3 tỷ đồng, Ngân hàng TMCP Đầu tư và Phát triển Việt Nam chi nhánh Điện Biên 1,5 tỷ đồng, cán bộ, công chức toàn tỉnh đóng góp 1 ngày lương.
Tại hội nghị, ông Quàng Văn Hặc, Chủ tịch Ủy ban MTTQ huyện Mường Nhé, cho biết huyện có 1.264 nhà cần hỗ trợ; bà Lầu Thị Dợ, Chủ tịch Hội LHPN xã Sín Thầu, đề nghị tổ chức "ngày thứ bảy tình nguyện" để hội viên góp công vận chuyển vật liệu. Ông Lò Văn Pọm, người có uy tín bản Huổi Lếch, xã Nà Khoa, chia sẻ: bản có 28 hộ ở nhà tạm, dân bản đã góp 400 ngày công và gỗ để làm trước 10 nhà.
Phát biểu tại hội nghị, đồng chí Cà Thị Phanh đề nghị các cấp ủy, chính quyền, MTTQ và các tổ chức chính trị - xã hội coi đây là nhiệm vụ chính trị trọng tâm; phấn đấu đến 31/12/2025 cơ bản hoàn thành xóa nhà tạm trên địa bàn tỉnh; công khai nguồn lực, danh sách hộ được hỗ trợ; thực hiện phương châm "Ai có gì giúp nấy, ai có công góp công, ai có của góp của".
Tháng cao điểm "Vì người nghèo" năm nay diễn ra từ ngày 17/10 đến 18/11/2024. Dịp này, Ban Thường trực Ủy ban MTTQ tỉnh tặng bằng khen cho 15 tập thể, 22 cá nhân có nhiều đóng góp cho Quỹ giai đoạn 2019-2024.
Quỳnh Anh
Tin liên quan
- Tuần Giáo: bàn giao 30 nhà Đại đoàn kết (10/10/2024)
- Ra mắt Ban Chỉ đạo xóa nhà tạm, nhà dột nát tỉnh (28/09/2024)
- Mường Chà phát động ủng hộ đồng bào bị ảnh hưởng bão số 3 (15/09/2024)
- Hội nghị giao ban công tác Mặt trận quý III năm 2024 (05/09/2024)
""", "2024-10-18", 'Điện Biên: phát động Tháng cao điểm "Vì người nghèo" và chung tay xóa nhà tạm, nhà dột nát',
E("hoi_nghi", "2024", "2024-10-17"),
[P("Cà Thị Phanh", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Mùa A Sử", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quàng Văn Hặc", "Chủ tịch Ủy ban MTTQ huyện Mường Nhé"),
 P("Lầu Thị Dợ", "Chủ tịch Hội LHPN xã Sín Thầu"),
 P("Lò Văn Pọm", "người có uy tín bản Huổi Lếch")],
[Q("5.826 hộ nghèo, hộ cận nghèo", 5826, "hộ nghèo, hộ cận nghèo"), Q("4.310 nhà", 4310, "nhà"), Q("1.516 nhà", 1516, "nhà"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"), Q("2.918 nhà Đại đoàn kết", 2918, "nhà Đại đoàn kết"),
 Q("64 cơ quan, đơn vị, doanh nghiệp", 64, "cơ quan, đơn vị, doanh nghiệp"), Q("9,87 tỷ đồng", 9870000000, "đồng"),
 Q("1.500 tấn", 1500, "tấn"), Q("3 tỷ đồng", 3000000000, "đồng"), Q("1,5 tỷ đồng", 1500000000, "đồng"),
 Q("1.264 nhà", 1264, "nhà"), Q("28 hộ", 28, "hộ"), Q("400 ngày công", 400, "ngày công"), Q("10 nhà", 10, "nhà"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Kế hoạch", "205", "KH-MTTQ-BTT", "2024-10-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 205/KH-MTTQ-BTT ngày 2/10/2024"),
 D("Chỉ thị", "34", "CT/TU", "2024-09-25", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 34-CT/TU ngày 25/9/2024"),
 D("Quyết định", "1015", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1015/QĐ-UBND")],
[prov("Điện Biên"), com("Sín Thầu"), com("Nà Khoa")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐIỆN BIÊN", "Trang chủ › Tin tức - Sự kiện › Vì người nghèo",
 'Các đại biểu ủng hộ Quỹ "Vì người nghèo" tại hội nghị.', "Vì người nghèo", "Tháng cao điểm",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Tập đoàn Viễn thông Quân đội",
 "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam chi nhánh Điện Biên", "ngày thứ bảy tình nguyện",
 "Ai có gì giúp nấy, ai có công góp công, ai có của góp của"],
["18/10/2024 - 15:45", "năm 2024", "năm 2025", "Từ năm 2020", "1 ngày lương", "giai đoạn 2019-2024", "ngày thứ bảy tình nguyện"]))

PAGES.append(page("b1824-lamdong-mttq-giamsat-xoanhatam-2025", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ > Giám sát - Phản biện xã hội
Thứ Sáu, 22/08/2025 - 14:00
Đoàn giám sát kiểm tra căn nhà mới của hộ bà Điểu Thị Nở.
Giám sát việc xóa nhà tạm, nhà dột nát tại các xã vùng Đắk Nông cũ
Ngày 21/8/2025, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng do ông K'Bres, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chương trình xóa nhà tạm, nhà dột nát tại xã Đắk Song và xã Tuy Đức. Cùng đi có bà Thổ Thị Mỹ Lệ, Ủy viên Ban Thường trực, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh.
Đây là đợt giám sát đầu tiên sau khi tỉnh Lâm Đồng mới được hợp nhất từ ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận và chính quyền địa phương hai cấp chính thức vận hành từ ngày 1/7/2025. Hoạt động giám sát thực hiện theo Kế hoạch số 09/KH-MTTQ-BTT ngày 5/8/2025 của Ban Thường trực Ủy ban MTTQ tỉnh và Công văn 1258/UBND-VX của UBND tỉnh về đẩy nhanh tiến độ hoàn thành xóa nhà tạm trước ngày 31/8/2025.
Theo báo cáo của UBND xã Đắk Song, chương trình trên địa bàn xã có 286 căn, gồm 241 căn làm mới và 45 căn sửa chữa; đến nay đã hoàn thành 268 căn, đạt 93,7%; 18 căn còn lại đang hoàn thiện phần mái. Mức hỗ trợ 60 triệu đồng/căn làm mới, 30 triệu đồng/căn sửa chữa; ngoài ra các hộ được vay thêm 50 triệu đồng từ Ngân hàng Chính sách xã hội. Xã Tuy Đức hoàn thành 197/205 căn; Ban Thường trực Ủy ban MTTQ xã đã vận động 1.350 ngày công của đoàn viên, hội viên và bộ đội giúp vận chuyển vật liệu.
Đoàn đã đến thăm nhà mới của bà Điểu Thị Nở, người Mnông ở bon Bu Prăng. Bà cho biết căn nhà 45 m2 được xây bằng tiền hỗ trợ và 15 triệu đồng tiền bán cà phê của gia đình. Ông Y Nam B'Krông, người có uy tín bon Bu Prăng, đề nghị hỗ trợ thêm bồn chứa nước cho các hộ mới làm nhà.
Qua giám sát, đoàn ghi nhận xã Đắk Song và xã Tuy Đức đã công khai danh sách hộ được hỗ trợ; tuy nhiên 7 hộ chưa được giải ngân đợt 2 do hồ sơ chưa đầy đủ, 3 căn chưa bảo đảm tiêu chí "3 cứng". Ông Trần Minh Khoa, Chủ tịch UBND xã Đắk Song, tiếp thu và cam kết hoàn thành trong tháng 8.
Kết luận buổi giám sát, ông K'Bres đề nghị Ủy ban MTTQ các xã tiếp tục giám sát chặt chẽ chất lượng công trình; sau khi hoàn thành, tổ chức bàn giao nhà kèm theo hướng dẫn sinh kế, giúp các hộ "an cư" để "lạc nghiệp", không để tái nghèo.
Hồng Thắm
Tin khác
- Lâm Đồng bàn giao 1.000 căn nhà cho hộ nghèo trong tháng 8 (18/08/2025)
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng sau hợp nhất (02/07/2025)
- Xã Quảng Sơn vận động 500 ngày công xây nhà cho hộ nghèo (25/07/2025)
- Hội nghị hiệp thương cử Ủy ban MTTQ Việt Nam các xã, phường, đặc khu (30/06/2025)
""", "2025-08-22", "Giám sát việc xóa nhà tạm, nhà dột nát tại các xã vùng Đắk Nông cũ",
E("giam_sat", None, "2025-08-21"),
[P("K'Bres", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Thổ Thị Mỹ Lệ", "Ủy viên Ban Thường trực", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Nở"),
 P("Y Nam B'Krông", "người có uy tín bon Bu Prăng"),
 P("Trần Minh Khoa", "Chủ tịch UBND xã Đắk Song")],
[Q("286 căn", 286, "căn"), Q("241 căn", 241, "căn"), Q("45 căn", 45, "căn"), Q("268 căn", 268, "căn"), Q("93,7%", 93.7, "%"),
 Q("18 căn", 18, "căn"), Q("60 triệu đồng", 60000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("197/205 căn", 197, "căn"), Q("1.350 ngày công", 1350, "ngày công"), Q("45 m2", 45, "m2"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("7 hộ", 7, "hộ"), Q("3 căn", 3, "căn")],
[D("Kế hoạch", "09", "KH-MTTQ-BTT", "2025-08-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 09/KH-MTTQ-BTT ngày 5/8/2025"),
 D("Công văn", "1258", "UBND-VX", None, "UBND tỉnh", "Công văn 1258/UBND-VX")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Đắk Song"), com("Tuy Đức")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ > Giám sát - Phản biện xã hội",
 "Đoàn giám sát kiểm tra căn nhà mới của hộ bà Điểu Thị Nở.", "3 cứng", "an cư", "lạc nghiệp", "Ngân hàng Chính sách xã hội"],
["Thứ Sáu, 22/08/2025 - 14:00", "đợt giám sát đầu tiên", "ba tỉnh", "hai cấp", "đợt 2", "3 cứng", "tháng 8"]))

PAGES.append(page("b1825-tuyenquang-bdv-trungthu-2025", """
Báo và Phát thanh, Truyền hình Tuyên Quang
Thời sự | Xã hội | An sinh
Thứ Ba, 30/9/2025 | 20:15
Đồng chí Sùng Mí Chá trao quà Trung thu cho trẻ em xã Lũng Cú.
Ấm áp đêm hội trăng rằm nơi địa đầu Tổ quốc
Tối 29/9, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang phối hợp với Ủy ban MTTQ Việt Nam tỉnh, Tỉnh đoàn và Bộ đội Biên phòng tỉnh tổ chức chương trình "Trung thu biên cương" tại xã Lũng Cú và xã Đồng Văn. Đây là lần đầu tiên chương trình được tổ chức ở vùng cao nguyên đá sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất thành tỉnh Tuyên Quang.
Dự chương trình có các đồng chí: Sùng Mí Chá, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Ma Thị Thanh Huyền, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đại tá Vàng Seo Lử, Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh.
Ban tổ chức đã trao 1.200 suất quà Trung thu cho trẻ em người Mông, Lô Lô, Dao, mỗi suất trị giá 300 nghìn đồng gồm bánh nướng, đèn ông sao, sách vở và áo ấm; tặng 80 chiếc xe đạp cho học sinh nghèo vượt khó và 25 suất học bổng "Nâng bước em tới trường", mỗi suất 5.000.000 đồng. Nhân dịp này, Bộ đội Biên phòng tỉnh trao 12 con bò giống cho 12 hộ nghèo trong chương trình "Nâng bước em tới trường" và "Con nuôi đồn Biên phòng". Tổng trị giá chương trình trên 860 triệu đồng.
Ông Vừ Mí Sính, Chủ tịch UBND xã Lũng Cú, cho biết xã mới được sắp xếp từ xã Lũng Cú và một phần xã Ma Lé cũ, có 2.450 hộ, tỷ lệ hộ nghèo 38,6%; năm học 2025-2026 xã có hơn 1.900 học sinh, trong đó 60% là con em hộ nghèo. Bà Lý Thị Lai, Bí thư Chi bộ kiêm Trưởng thôn Lô Lô Chải, kể việc thôn vừa được bàn giao 9 căn nhà mới trong phong trào xóa nhà tạm, nhà dột nát.
Phát biểu tại chương trình, đồng chí Sùng Mí Chá mong các em chăm ngoan, học giỏi; đề nghị cấp ủy, chính quyền xã thực hiện tốt Kết luận số 06, 07-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận và chăm lo trẻ em vùng đặc biệt khó khăn sau hợp nhất, cùng Chỉ thị số 03-CT/TU ngày 15/8/2025 về tổ chức các hoạt động an sinh xã hội năm 2025.
Các em nhỏ hào hứng tham gia rước đèn, phá cỗ và xem các tiết mục văn nghệ do cán bộ, chiến sĩ Đồn Biên phòng Lũng Cú biểu diễn. Chương trình khép lại trong tiếng khèn Mông rộn rã giữa đêm trăng rằm nơi cực Bắc.
Vân Anh - Tuấn Hùng
Tin cùng chuyên mục
- Tuyên Quang: trao 500 suất quà Trung thu cho trẻ em xã Minh Quang (28/09/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy làm việc với Đảng ủy xã Mèo Vạc (20/09/2025)
- Khánh thành 150 căn nhà cho hộ nghèo trên cao nguyên đá (15/09/2025)
- Hội nghị giao ban công tác tuyên giáo và dân vận tháng 8 (05/09/2025)
""", "2025-09-30", "Ấm áp đêm hội trăng rằm nơi địa đầu Tổ quốc",
E("trao_qua", None, "2025-09-29"),
[P("Sùng Mí Chá", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ma Thị Thanh Huyền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng Seo Lử", "Đại tá", "Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
 P("Vừ Mí Sính", "Chủ tịch UBND xã Lũng Cú"),
 P("Lý Thị Lai", "Bí thư Chi bộ kiêm Trưởng thôn Lô Lô Chải")],
[Q("1.200 suất quà", 1200, "suất quà"), Q("300 nghìn đồng", 300000, "đồng"), Q("80 chiếc xe đạp", 80, "chiếc xe đạp"),
 Q("25 suất học bổng", 25, "suất học bổng"), Q("5.000.000 đồng", 5000000, "đồng"), Q("12 con bò giống", 12, "con bò giống"),
 Q("12 hộ nghèo", 12, "hộ nghèo"), Q("trên 860 triệu đồng", 860000000, "đồng", "over"), Q("2.450 hộ", 2450, "hộ"),
 Q("38,6%", 38.6, "%"), Q("hơn 1.900 học sinh", 1900, "học sinh", "over"), Q("60%", 60, "%"), Q("9 căn nhà", 9, "căn nhà")],
[D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 06, 07-KL/TU"),
 D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 06, 07-KL/TU"),
 D("Chỉ thị", "03", "CT/TU", "2025-08-15", None, "Chỉ thị số 03-CT/TU ngày 15/8/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Đồng Văn"), com("Ma Lé")],
["Báo và Phát thanh, Truyền hình Tuyên Quang", "Thời sự | Xã hội | An sinh",
 "Đồng chí Sùng Mí Chá trao quà Trung thu cho trẻ em xã Lũng Cú.", "Trung thu biên cương", "Nâng bước em tới trường",
 "Con nuôi đồn Biên phòng", "Đồn Biên phòng Lũng Cú", "Bộ đội Biên phòng tỉnh"],
["Thứ Ba, 30/9/2025 | 20:15", "lần đầu tiên", "năm học 2025-2026", "năm 2025"]))

PAGES.append(page("b1826-vinhlong-xa-daihoi-mttq-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ HÒA MINH - TỈNH VĨNH LONG
Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể
Ngày đăng: 19/12/2025
Đại hội đại biểu MTTQ Việt Nam xã Hòa Minh lần thứ I, nhiệm kỳ 2025 - 2030
Đoàn Chủ tịch điều hành đại hội.
Ngày 18/12/2025, Ủy ban MTTQ Việt Nam xã Hòa Minh tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ I, nhiệm kỳ 2025 - 2030. Dự đại hội có ông Thạch Văn Sơn, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long; ông Kiên Minh Tâm, Bí thư Đảng ủy xã, cùng 120 đại biểu đại diện cho hơn 21.000 người dân các dân tộc Kinh, Khmer, Hoa trong xã. Xã Hòa Minh được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập các xã Hòa Minh, Long Hòa, Đông Hải cũ (tỉnh Trà Vinh cũ).
Báo cáo của Ủy ban MTTQ khóa trước do bà Sơn Thị Chanh Thu, Chủ tịch Ủy ban MTTQ Việt Nam xã trình bày cho thấy, nhiệm kỳ qua Quỹ "Vì người nghèo" và an sinh xã hội các xã cũ đã vận động được 7,64 tỷ đồng; xây mới 168 căn nhà Đại đoàn kết, sửa chữa 54 căn; trao 14.800 phần quà Tết, 2.600 suất quà Trung thu và 3.450 suất học bổng cho học sinh nghèo. Khi bão lũ và triều cường năm 2024 gây sạt lở 3,2 km bờ biển, MTTQ đã tiếp nhận và trao 680 phần hàng cứu trợ cho người dân. Tỷ lệ hộ nghèo giảm từ 8,9% xuống còn 1,76%.
Đại hội đã thảo luận, thống nhất các chỉ tiêu nhiệm kỳ mới, trong đó mỗi năm vận động Quỹ "Vì người nghèo" trên 1,5 tỷ đồng, hỗ trợ xây mới 20 căn nhà Đại đoàn kết; 100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Ông Thạch Ngọc Rết, người có uy tín ấp Giồng Giếng, đại diện đồng bào Khmer phát biểu, cam kết vận động bà con tích cực tham gia các phong trào, giữ gìn an ninh trật tự.
Đại hội đã hiệp thương cử 35 vị vào Ủy ban MTTQ Việt Nam xã khóa I; Hội nghị lần thứ nhất Ủy ban MTTQ xã đã hiệp thương cử Ban Thường trực gồm 3 vị: bà Sơn Thị Chanh Thu được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã; các ông, bà: Lâm Văn Tươi, Trần Thị Bích Ngân - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng bầu 11 đại biểu dự Đại hội đại biểu MTTQ Việt Nam tỉnh Vĩnh Long lần thứ I.
Phát biểu chỉ đạo, ông Kiên Minh Tâm đề nghị Ủy ban MTTQ xã khóa mới quán triệt Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, Kết luận số 126-KL/TW, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy; chăm lo đời sống nhân dân, nhất là hộ nghèo, hộ đồng bào dân tộc thiểu số sau sáp nhập.
Đại hội đã thông qua Nghị quyết Đại hội và phát động thi đua chào mừng Đại hội Đảng toàn quốc lần thứ XIV.
Đài Truyền thanh xã Hòa Minh
Tin liên quan
- Xã Hòa Minh bàn giao 8 căn nhà Đại đoàn kết (10/12/2025)
- Hội nghị hiệp thương lần thứ nhất chuẩn bị Đại hội MTTQ xã (15/11/2025)
- Lễ ra mắt Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã Hòa Minh (01/07/2025)
- Vĩnh Long: tổ chức Đại hội điểm MTTQ cấp xã (20/10/2025)
""", "2025-12-19", "Đại hội đại biểu MTTQ Việt Nam xã Hòa Minh lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-12-18"),
[P("Thạch Văn Sơn", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long"),
 P("Kiên Minh Tâm", "Bí thư Đảng ủy xã"),
 P("Sơn Thị Chanh Thu", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thạch Ngọc Rết", "người có uy tín ấp Giồng Giếng"),
 P("Lâm Văn Tươi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Trần Thị Bích Ngân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 21.000 người dân", 21000, "người dân", "over"), Q("7,64 tỷ đồng", 7640000000, "đồng"),
 Q("168 căn nhà Đại đoàn kết", 168, "căn nhà Đại đoàn kết"), Q("54 căn", 54, "căn"), Q("14.800 phần quà", 14800, "phần quà"),
 Q("2.600 suất quà", 2600, "suất quà"), Q("3.450 suất học bổng", 3450, "suất học bổng"), Q("3,2 km", 3.2, "km"),
 Q("680 phần hàng cứu trợ", 680, "phần hàng cứu trợ"), Q("8,9%", 8.9, "%"), Q("1,76%", 1.76, "%"),
 Q("trên 1,5 tỷ đồng", 1500000000, "đồng", "over"), Q("20 căn nhà Đại đoàn kết", 20, "căn nhà Đại đoàn kết"), Q("100%", 100, "%"),
 Q("35 vị", 35, "vị"), Q("3 vị", 3, "vị"), Q("11 đại biểu", 11, "đại biểu")],
[D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 126-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "127-KL/TW")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Hòa Minh"), com("Long Hòa"), com("Đông Hải")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ HÒA MINH - TỈNH VĨNH LONG", "Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể",
 "Đoàn Chủ tịch điều hành đại hội.", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc", "Đài Truyền thanh xã Hòa Minh"],
["Ngày đăng: 19/12/2025", "lần thứ I", "nhiệm kỳ 2025 - 2030", "khóa I", "lần thứ nhất", "năm 2024", "lần thứ XIV"]))

PAGES.append(page("b1827-gialai-mttq-quatet-binhngo-2026", """
Hôm nay: Thứ Năm, 12/02/2026
Báo Gia Lai điện tử
Chính trị - Xã hội » Mặt trận - Đoàn thể
08:00 | 09/02/2026
"Tết sum vầy" đến với hộ nghèo vùng biên giới
(GLO) - Ngày 7/2, Ủy ban MTTQ Việt Nam tỉnh Gia Lai phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức chương trình "Tết sum vầy - Xuân biên giới" năm 2026 tại xã Ia Dom và xã Ia Pnôn, trao 1.000 phần quà Tết Bính Ngọ cho hộ nghèo, hộ có hoàn cảnh khó khăn người Jrai, Ba Na.
Đồng chí Rah Lan Hiếu trao quà Tết cho người dân xã Ia Dom.
Dự chương trình có các đồng chí: Rah Lan Hiếu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đinh Y Blưn, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Ksor H'Mai, Chủ tịch Hội LHPN xã Ia Dom.
Mỗi phần quà trị giá 800.000 đồng, gồm 10 kg gạo, dầu ăn, bánh chưng và 400 nghìn đồng tiền mặt. Ban tổ chức còn tặng 50 phần quà cho các gia đình có con là cán bộ, chiến sĩ đang làm nhiệm vụ tại các đồn biên phòng, trao 4 căn nhà "Mái ấm biên cương" trị giá 70 triệu đồng mỗi căn. Tổng kinh phí chương trình hơn 1,1 tỷ đồng do các doanh nghiệp ở phường Quy Nhơn và phường Pleiku tài trợ.
Theo báo cáo của Ban Thường trực Ủy ban MTTQ tỉnh, dịp Tết Bính Ngọ năm 2026, MTTQ các cấp trong tỉnh Gia Lai (sau hợp nhất với tỉnh Bình Định) dự kiến trao trên 128.000 suất quà cho hộ nghèo, hộ cận nghèo, người có uy tín, tổng trị giá khoảng 64 tỷ đồng; phấn đấu 100% hộ nghèo đều có quà Tết. Năm 2025, toàn tỉnh đã hoàn thành xóa 9.427 nhà tạm, nhà dột nát.
Ông Siu Đam, Chủ tịch UBND xã Ia Dom, cho biết xã có 312 hộ nghèo, chủ yếu là đồng bào Jrai; năm nay nhiều hộ đã có nhà mới nên Tết đầm ấm hơn. Ông Rơ Châm Khoa, người có uy tín làng Mook Trê, vui mừng: "Làng có 14 nhà mới xây, bà con ăn Tết trong nhà vững chãi".
Chương trình được tổ chức theo Kế hoạch số 18-KH/MTTQ-BTT ngày 5/1/2026 của Ban Thường trực Ủy ban MTTQ tỉnh về tổ chức các hoạt động chăm lo Tết Nguyên đán Bính Ngọ, thực hiện Chỉ thị số 51-CT/TW của Ban Bí thư về tổ chức Tết Nguyên đán năm 2026.
Dịp này, đoàn cũng đến thăm, chúc Tết cán bộ, chiến sĩ Đồn Biên phòng Ia Dom, tặng đơn vị 20 triệu đồng.
Không khí Tết đã về khắp các buôn làng vùng biên. Tại nhà văn hóa làng, bà con mang rượu cần, chiêng ché ra đón đoàn; các em thiếu nhi trong trang phục truyền thống hát múa chào mừng. Nhiều hộ nghèo cho biết, món quà Tết của Mặt trận giúp gia đình có thêm gạo, thịt để đón năm mới, yên tâm bước vào mùa rẫy mới.
Văn Ngọc
Các tin khác
- Gia Lai: hơn 3.000 suất quà Tết cho công nhân (06/02/2026)
- Ia Grai vận động ủng hộ Quỹ "Vì người nghèo" (03/02/2026)
- Phường Quy Nhơn trao 500 phần quà cho hộ khó khăn (02/02/2026)
- Hội nghị tổng kết công tác Mặt trận năm 2025 (25/12/2025)
- Đức Cơ: người có uy tín vận động bà con giữ gìn an ninh biên giới (20/12/2025)
""", "2026-02-09", '"Tết sum vầy" đến với hộ nghèo vùng biên giới',
E("trao_qua", None, "2026-02-07"),
[P("Rah Lan Hiếu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Y Blưn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ksor H'Mai", "Chủ tịch Hội LHPN xã Ia Dom"),
 P("Siu Đam", "Chủ tịch UBND xã Ia Dom"),
 P("Rơ Châm Khoa", "người có uy tín làng Mook Trê")],
[Q("1.000 phần quà", 1000, "phần quà"), Q("800.000 đồng", 800000, "đồng"), Q("10 kg", 10, "kg"),
 Q("400 nghìn đồng", 400000, "đồng"), Q("50 phần quà", 50, "phần quà"), Q("4 căn nhà", 4, "căn nhà"),
 Q("70 triệu đồng", 70000000, "đồng"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"),
 Q("trên 128.000 suất quà", 128000, "suất quà", "over"), Q("khoảng 64 tỷ đồng", 64000000000, "đồng", "approx"),
 Q("100%", 100, "%"), Q("9.427 nhà tạm, nhà dột nát", 9427, "nhà tạm, nhà dột nát"), Q("312 hộ nghèo", 312, "hộ nghèo"),
 Q("14 nhà", 14, "nhà"), Q("20 triệu đồng", 20000000, "đồng")],
[D("Kế hoạch", "18", "KH/MTTQ-BTT", "2026-01-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 18-KH/MTTQ-BTT ngày 5/1/2026"),
 D("Chỉ thị", "51", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 51-CT/TW")],
[prov("Gia Lai"), prov("Bình Định"), com("Ia Dom"), com("Ia Pnôn"), com("Quy Nhơn"), com("Pleiku")],
["Báo Gia Lai điện tử", "Chính trị - Xã hội » Mặt trận - Đoàn thể", "(GLO)", "Tết sum vầy - Xuân biên giới", "Tết sum vầy",
 "Đồng chí Rah Lan Hiếu trao quà Tết cho người dân xã Ia Dom.", "Mái ấm biên cương", "Đồn Biên phòng Ia Dom"],
["Hôm nay: Thứ Năm, 12/02/2026", "08:00 | 09/02/2026", "năm 2026", "Năm 2025"]))

PAGES.append(page("b1828-cantho-chandung-saphien-2026", """
BÁO CẦN THƠ ONLINE
Trang chủ » Xã hội » Gương sáng
Thứ Sáu, 20/03/2026
Người phụ nữ Khmer "giữ lửa" những mái nhà Đại đoàn kết
Bà Lâm Thị Sa Phiên (bên phải) cùng cán bộ Mặt trận xã thăm một căn nhà mới xây.
Gần 20 năm làm Chi hội trưởng Chi hội Phụ nữ ấp Tà Điếp C1, bà Lâm Thị Sa Phiên ở xã Thạnh Thới An, thành phố Cần Thơ (trước đây thuộc tỉnh Sóc Trăng) được bà con gọi thân thương là "má Phiên". Bà không chỉ vận động chị em góp vốn giúp nhau làm ăn mà còn là người đầu tiên hiến đất để dựng nhà cho hộ nghèo trong ấp.
Năm 2015, gia đình bà tự nguyện hiến 600 m2 đất vườn để xây 4 căn nhà Đại đoàn kết cho các hộ nghèo không có đất ở. Từ đó đến nay, bà đã vận động các mạnh thường quân, sư sãi chùa Tà Điếp và bà con xa quê đóng góp trên 2,3 tỷ đồng, cùng chính quyền và Ủy ban MTTQ xã xây mới 57 căn nhà, sửa chữa 19 căn; mỗi căn nhà trị giá khoảng 70 triệu đồng. Bà còn vận động 35 hội viên mới tham gia tổ tiết kiệm, giúp 23 hộ thoát nghèo.
"Thấy bà con ở nhà lá dột, mùa mưa con nít không có chỗ học, tôi không yên lòng", bà Sa Phiên tâm sự. Mỗi dịp Tết Chôl Chnăm Thmây, bà lại cùng chị em gói 300 đòn bánh tét tặng hộ nghèo.
Ông Thạch Sô Kha, Chủ tịch Ủy ban MTTQ Việt Nam xã Thạnh Thới An, cho biết: nhờ những người như bà Sa Phiên mà năm 2025 xã hoàn thành xóa 126 nhà tạm, nhà dột nát, sớm hơn kế hoạch 2 tháng. Hòa thượng Lý Chanh Thu, trụ trì chùa Tà Điếp, nhận xét bà là "cầu nối" giữa nhà chùa với bà con nghèo.
Với những đóng góp của mình, bà Lâm Thị Sa Phiên được Thủ tướng Chính phủ tặng Bằng khen năm 2023 và được Ủy ban Trung ương MTTQ Việt Nam vinh danh là một trong 100 gương điển hình tiêu biểu trong phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát" năm 2025.
Ở tuổi 67, bà vẫn hằng ngày đạp xe đi khắp các xóm, ghi chép hoàn cảnh từng hộ khó khăn để đề xuất với Mặt trận. Bà bảo: "Còn sức thì còn làm, miễn bà con có nhà vững chãi để ở là tôi vui rồi".
Theo Ủy ban MTTQ Việt Nam thành phố Cần Thơ, sau hợp nhất, toàn thành phố có hơn 1.200 người có uy tín, chức sắc tôn giáo tham gia vận động xây nhà cho hộ nghèo; những tấm gương như bà Sa Phiên đang được nhân rộng trong phong trào "Dân vận khéo".
Mùa mưa năm nay, lần đầu tiên nhiều gia đình trong ấp không còn phải căng bạt che dột. Với bà Sa Phiên, đó là phần thưởng lớn nhất, còn lớn hơn cả những tấm bằng khen treo trang trọng trong căn nhà nhỏ của bà.
Bài, ảnh: Ngọc Hân
Tin liên quan
- Cần Thơ: biểu dương 200 gương điển hình "Dân vận khéo" (15/03/2026)
- Xã Thạnh Thới An ra mắt tổ tự quản bảo vệ an ninh trật tự (05/03/2026)
- Người có uy tín góp sức xây dựng phum sóc (25/02/2026)
- Trao 120 phần quà cho hộ nghèo dịp Tết Bính Ngọ (10/02/2026)
- Cần Thơ hoàn thành xóa nhà tạm, nhà dột nát (28/08/2025)
""", "2026-03-20", 'Người phụ nữ Khmer "giữ lửa" những mái nhà Đại đoàn kết',
E("khac", None, None),
[P("Lâm Thị Sa Phiên", "Chi hội trưởng Chi hội Phụ nữ ấp Tà Điếp C1"),
 P("Thạch Sô Kha", "Chủ tịch Ủy ban MTTQ Việt Nam xã Thạnh Thới An"),
 P("Lý Chanh Thu", "Hòa thượng", "trụ trì chùa Tà Điếp")],
[Q("600 m2", 600, "m2"), Q("4 căn nhà Đại đoàn kết", 4, "căn nhà Đại đoàn kết"), Q("trên 2,3 tỷ đồng", 2300000000, "đồng", "over"),
 Q("57 căn nhà", 57, "căn nhà"), Q("19 căn", 19, "căn"), Q("khoảng 70 triệu đồng", 70000000, "đồng", "approx"),
 Q("35 hội viên mới", 35, "hội viên mới"), Q("23 hộ", 23, "hộ"), Q("300 đòn bánh tét", 300, "đòn bánh tét"),
 Q("126 nhà tạm, nhà dột nát", 126, "nhà tạm, nhà dột nát"), Q("100 gương điển hình tiêu biểu", 100, "gương điển hình tiêu biểu"),
 Q("hơn 1.200 người có uy tín, chức sắc tôn giáo", 1200, "người có uy tín, chức sắc tôn giáo", "over")],
[],
[prov("Cần Thơ"), prov("Sóc Trăng"), com("Thạnh Thới An")],
["BÁO CẦN THƠ ONLINE", "Trang chủ » Xã hội » Gương sáng",
 "Bà Lâm Thị Sa Phiên (bên phải) cùng cán bộ Mặt trận xã thăm một căn nhà mới xây.", "má Phiên", "cầu nối",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Dân vận khéo", "Bài, ảnh: Ngọc Hân"],
["Thứ Sáu, 20/03/2026", "Gần 20 năm", "Năm 2015", "năm 2025", "2 tháng", "năm 2023", "tuổi 67", "Tà Điếp C1", "lần đầu tiên"]))
