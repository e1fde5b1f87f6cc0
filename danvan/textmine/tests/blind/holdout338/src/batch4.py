from lib import *
PAGES = []

PAGES.append(page("b8087-vinhlong-tapson-daukuy-tongket-2025", """
Hôm nay: Chủ Nhật, 28/12/2025
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH VĨNH LONG
Chính trị | Dân vận | Cơ sở
Thứ Sáu, 26/12/2025 | 15:20
Xã Tập Sơn: 100% ấp có nhà sinh hoạt cộng đồng
Ngày 25/12, Đảng ủy xã Tập Sơn, tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Kim Văn Phol, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; dự hội nghị có đồng chí Thạch Thị Sa Rươl, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Theo báo cáo, xã Tập Sơn được thành lập từ 3 xã Tập Sơn, Tân Sơn, Tân Hiệp (cũ), có 24 ấp với 9.860 hộ, trong đó 61,3% là đồng bào Khmer. Năm 2025, khối dân vận và Ủy ban MTTQ Việt Nam xã vận động nhân dân, chư tăng các chùa Khmer và mạnh thường quân đóng góp 2,74 tỷ đồng xây mới 4 nhà sinh hoạt cộng đồng ấp, sửa chữa 7 nhà; đến nay tất cả các ấp đều có nhà sinh hoạt cộng đồng, đạt 100%. Mỗi nhà xây mới có kinh phí khoảng 520 triệu đồng, diện tích 150 - 180 m2, có sân khấu và khu vui chơi cho trẻ em.
Các nhà sinh hoạt cộng đồng được giao cho Ban nhân dân ấp và tổ tự quản quản lý; 18/24 ấp đã có quy chế sử dụng do hội nghị ấp thông qua. Trong năm, tại các nhà sinh hoạt cộng đồng đã tổ chức 46 lớp dạy chữ Khmer hè cho 1.120 học sinh, 15 buổi đối thoại, tiếp xúc cử tri và hơn 300 buổi sinh hoạt văn nghệ, thể thao. Đội nhạc ngũ âm ấp Ô Rồng, đội múa Rô băm ấp Sóc Cầu duy trì luyện tập mỗi tuần.
Tại hội nghị, Đại đức Thạch Sóc Khen, trụ trì chùa Ô Rồng, Ủy viên Ủy ban MTTQ Việt Nam xã cho biết nhà chùa đã hiến 300 m2 đất để xây nhà sinh hoạt cộng đồng ấp Ô Rồng. Ông Sơn Sà Ri, người có uy tín ấp Sóc Cầu, đề nghị xã hỗ trợ trang thiết bị âm thanh; bà Huỳnh Thị Bé Năm, Trưởng ấp Cây Da, kiến nghị làm đường dẫn vào nhà sinh hoạt cộng đồng.
Năm 2025, khối dân vận xã tiếp nhận 34 đơn thư, giải quyết 31 đơn, đạt 91,2%; vận động 128 hộ hiến 2,1 ha đất làm đường; phối hợp xây dựng 12 căn nhà Đại đoàn kết cho hộ nghèo, mỗi căn 60 triệu đồng. Đảng ủy xã đã ban hành Nghị quyết chuyên đề số 08-NQ/ĐU và Kế hoạch số 14-KH/ĐU ngày 20/8/2025 về phát huy vai trò nhà sinh hoạt cộng đồng ấp; thực hiện Kết luận 12, 13-KL/TU của Ban Thường vụ Tỉnh ủy Vĩnh Long.
Năm 2026, xã phấn đấu 100% ấp có quy chế sử dụng nhà sinh hoạt cộng đồng; mỗi ấp có ít nhất 2 câu lạc bộ văn nghệ, thể thao; xây dựng 5 mô hình "Dân vận khéo" gắn với nhà sinh hoạt cộng đồng. Dịp này, Đảng ủy xã tặng giấy khen cho 9 tập thể, 16 cá nhân.
Sa Rinh
Tin liên quan
- Xã Trà Cú tổng kết công tác Mặt trận năm 2025 (24/12/2025)
- Vĩnh Long: khai giảng lớp bồi dưỡng tiếng Khmer cho cán bộ cấp xã (18/12/2025)
- Lễ hội Ok Om Bok năm 2025 thu hút hàng chục nghìn lượt khách (06/11/2025)
""", "2025-12-26", "Xã Tập Sơn: 100% ấp có nhà sinh hoạt cộng đồng",
E("tong_ket", "2025", "2025-12-25"),
[P("Kim Văn Phol", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Thạch Thị Sa Rươl", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Sóc Khen", "Đại đức", "trụ trì chùa Ô Rồng", "Ủy viên Ủy ban MTTQ Việt Nam xã"),
 P("Sơn Sà Ri", "người có uy tín ấp Sóc Cầu"),
 P("Huỳnh Thị Bé Năm", "Trưởng ấp Cây Da")],
[Q("100%", 100, "%"), Q("3 xã", 3, "xã"), Q("24 ấp", 24, "ấp"), Q("9.860 hộ", 9860, "hộ"), Q("61,3%", 61.3, "%"),
 Q("2,74 tỷ đồng", 2740000000, "đồng"), Q("4 nhà sinh hoạt cộng đồng ấp", 4, "nhà sinh hoạt cộng đồng ấp"),
 Q("7 nhà", 7, "nhà"), Q("khoảng 520 triệu đồng", 520000000, "đồng", "approx"), Q("150 - 180 m2", 150, "m2"),
 Q("150 - 180 m2", 180, "m2"), Q("18/24 ấp", 18, "ấp"), Q("46 lớp dạy chữ Khmer hè", 46, "lớp dạy chữ Khmer hè"),
 Q("1.120 học sinh", 1120, "học sinh"), Q("15 buổi đối thoại, tiếp xúc cử tri", 15, "buổi đối thoại, tiếp xúc cử tri"),
 Q("hơn 300 buổi sinh hoạt văn nghệ, thể thao", 300, "buổi sinh hoạt văn nghệ, thể thao", "over"),
 Q("300 m2", 300, "m2"), Q("34 đơn thư", 34, "đơn thư"), Q("31 đơn", 31, "đơn"), Q("91,2%", 91.2, "%"),
 Q("128 hộ", 128, "hộ"), Q("2,1 ha", 2.1, "ha"), Q("12 căn nhà Đại đoàn kết", 12, "căn nhà Đại đoàn kết"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("100% ấp", 100, "%"),
 Q("ít nhất 2 câu lạc bộ văn nghệ, thể thao", 2, "câu lạc bộ văn nghệ, thể thao", "over"),
 Q("5 mô hình", 5, "mô hình"), Q("9 tập thể", 9, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 08-NQ/ĐU"),
 D("Kế hoạch", "14", "KH/ĐU", "2025-08-20", "Đảng ủy xã", "Kế hoạch số 14-KH/ĐU ngày 20/8/2025"),
 D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy Vĩnh Long", "Kết luận 12, 13-KL/TU"),
 D("Kết luận", "13", "KL/TU", None, "Ban Thường vụ Tỉnh ủy Vĩnh Long", "Kết luận 12, 13-KL/TU")],
[prov("Vĩnh Long"), com("Tập Sơn"), com("Tân Sơn"), com("Tân Hiệp")],
["Hôm nay: Chủ Nhật, 28/12/2025", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH VĨNH LONG", "Chính trị | Dân vận | Cơ sở",
 "Dân vận khéo", "Rô băm"],
["Hôm nay: Chủ Nhật, 28/12/2025", "Thứ Sáu, 26/12/2025 | 15:20", "năm 2025", "năm 2026", "Năm 2025", "Năm 2026"]))

PAGES.append(page("b8088-tuyenquang-lungcu-doithoai-nhavanhoa-2026", """
BÁO TUYÊN QUANG
Trang chủ >> Xã hội >> Dân tộc - Miền núi
Ngày đăng: 14/01/2026 - 10:15
Ảnh: Người dân thôn Lô Lô Chải nêu ý kiến tại buổi đối thoại.
Lũng Cú: Đối thoại với nhân dân về quản lý, sử dụng nhà văn hóa thôn
Ngày 13/1, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Lũng Cú, tỉnh Tuyên Quang tổ chức hội nghị đối thoại năm 2026 giữa người đứng đầu cấp ủy, chính quyền với nhân dân về chủ đề "Quản lý, sử dụng hiệu quả nhà văn hóa thôn". Hội nghị có 210 đại biểu là trưởng thôn, người có uy tín, đại diện các hộ gia đình của 23 thôn.
Đối thoại có các đồng chí: Vàng Mí Lử, Bí thư Đảng ủy, Chủ tịch HĐND xã; Sùng Thị Mai, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; Lò Văn Pùa, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Mở đầu, đồng chí Sùng Thị Mai thông tin: xã Lũng Cú (mới) được sắp xếp từ 3 xã Lũng Cú, Ma Lé, Thài Phìn Tủng; hiện tất cả các thôn đều có nhà văn hóa, trong đó 14 nhà được xây dựng từ năm 2010 - 2015 đã xuống cấp. Năm 2025, xã đã sửa chữa 6 nhà văn hóa với kinh phí 850 triệu đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; người dân góp 620 ngày công, 45 m3 đá, cát.
Tại buổi đối thoại, 17 lượt ý kiến được nêu. Ông Giàng Chứ Sử, người có uy tín thôn Séo Lủng, hỏi vì sao nhà văn hóa thôn xây xong nhưng thường xuyên khóa cửa, thanh niên muốn tập khèn, múa cũng không vào được. Bà Lò Thị Chinh, thôn Lô Lô Chải, đề nghị cho phép dùng nhà văn hóa làm nơi đón khách du lịch, bán hàng thổ cẩm, vì thôn có 114 hộ làm du lịch cộng đồng, năm 2025 đón trên 26.000 lượt khách. Ông Ly Mí Chá, Trưởng thôn Thèn Ván, phản ánh tiền điện nhà văn hóa mỗi tháng 200.000 - 300.000 đồng, thôn không có nguồn chi.
Trả lời các ý kiến, đồng chí Vàng Mí Lử khẳng định nhà văn hóa là tài sản chung của cộng đồng, phải mở cửa thường xuyên; giao UBND xã trong quý I/2026 ban hành quy chế mẫu, mỗi thôn bầu ban quản lý từ 3 đến 5 người, trong đó có đại diện thanh niên, phụ nữ. Về kinh phí, xã sẽ đề xuất hỗ trợ 150.000 đồng/tháng/nhà văn hóa theo Nghị quyết số 21/2025/NQ-HĐND của HĐND tỉnh; phần còn lại do thôn tự thỏa thuận đóng góp. Xã đồng ý để thôn Lô Lô Chải dùng nhà văn hóa phục vụ du lịch, với điều kiện trích 10% nguồn thu để duy tu.
Kết thúc hội nghị, Đảng ủy xã tiếp thu 11 kiến nghị, trong đó 8 kiến nghị được trả lời trực tiếp. Đồng chí Vàng Mí Lử yêu cầu các chi bộ thôn đưa nội dung quản lý nhà văn hóa vào sinh hoạt chi bộ, thực hiện theo Hướng dẫn số 02-HD/ĐU và Kế hoạch số 09-KH/ĐU của Đảng ủy xã, gắn với thực hiện Chỉ thị 03, 04-CT/TU của Ban Thường vụ Tỉnh ủy Tuyên Quang.
Mạnh Hùng
Tin khác
- Đồng Văn: khánh thành nhà văn hóa thôn Má Lé (08/01/2026)
- Xã Mèo Vạc tổ chức Ngày hội Đại đoàn kết muộn cho 6 thôn (29/12/2025)
- Lũng Cú đón 1 triệu lượt khách năm 2025 (20/12/2025)
""", "2026-01-14", "Lũng Cú: Đối thoại với nhân dân về quản lý, sử dụng nhà văn hóa thôn",
E("doi_thoai", "2026", "2026-01-13"),
[P("Vàng Mí Lử", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Sùng Thị Mai", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lò Văn Pùa", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Giàng Chứ Sử", "người có uy tín thôn Séo Lủng"),
 P("Lò Thị Chinh"),
 P("Ly Mí Chá", "Trưởng thôn Thèn Ván")],
[Q("210 đại biểu", 210, "đại biểu"), Q("23 thôn", 23, "thôn"), Q("3 xã", 3, "xã"), Q("14 nhà", 14, "nhà"),
 Q("6 nhà văn hóa", 6, "nhà văn hóa"), Q("850 triệu đồng", 850000000, "đồng"), Q("620 ngày công", 620, "ngày công"),
 Q("45 m3", 45, "m3"), Q("17 lượt ý kiến", 17, "lượt ý kiến"), Q("114 hộ", 114, "hộ"),
 Q("trên 26.000 lượt khách", 26000, "lượt khách", "over"), Q("200.000 - 300.000 đồng", 200000, "đồng"),
 Q("200.000 - 300.000 đồng", 300000, "đồng"), Q("từ 3 đến 5 người", 3, "người"), Q("từ 3 đến 5 người", 5, "người"),
 Q("150.000 đồng", 150000, "đồng"), Q("10%", 10, "%"), Q("11 kiến nghị", 11, "kiến nghị"), Q("8 kiến nghị", 8, "kiến nghị")],
[D("Nghị quyết", "21", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 21/2025/NQ-HĐND"),
 D("Hướng dẫn", "02", "HD/ĐU", None, "Đảng ủy xã", "Hướng dẫn số 02-HD/ĐU"),
 D("Kế hoạch", "09", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 09-KH/ĐU"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy Tuyên Quang", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy Tuyên Quang", "Chỉ thị 03, 04-CT/TU")],
[prov("Tuyên Quang"), com("Lũng Cú"), com("Ma Lé"), com("Thài Phìn Tủng")],
["BÁO TUYÊN QUANG", "Trang chủ >> Xã hội >> Dân tộc - Miền núi",
 "Ảnh: Người dân thôn Lô Lô Chải nêu ý kiến tại buổi đối thoại.", "Quản lý, sử dụng hiệu quả nhà văn hóa thôn",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Ngày đăng: 14/01/2026 - 10:15", "năm 2010 - 2015", "Năm 2025", "năm 2025", "quý I/2026", "năm 2026"]))

PAGES.append(page("b8089-phutho-thungnai-mttq-traoqua-tet-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH PHÚ THỌ
Xã hội › An sinh xã hội
Thứ Năm, 05/02/2026 - 16:45
Trao quà Tết tại nhà văn hóa xóm Bưa Cố
Chiều 4/2, tại nhà văn hóa xóm Bưa Cố, xã Thung Nai, tỉnh Phú Thọ, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh do bà Bùi Thị Hoa, Tỉnh ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh làm trưởng đoàn đã thăm, chúc Tết và trao quà cho các hộ gia đình chính sách, hộ nghèo nhân dịp Tết Nguyên đán Bính Ngọ 2026.
Cùng đi có ông Đinh Công Sứ, Phó Chủ tịch UBND xã Thung Nai; ông Quách Văn Thành, Bí thư Chi bộ, Trưởng xóm Bưa Cố.
Đoàn đã trao 120 suất quà cho hộ nghèo, hộ cận nghèo, người cao tuổi neo đơn của xã; mỗi suất quà gồm 500.000 đồng tiền mặt và hàng hóa trị giá 300.000 đồng. Dịp này, Ủy ban MTTQ Việt Nam tỉnh cũng trao hỗ trợ 50 triệu đồng để xóm Bưa Cố mua sắm bàn ghế, loa đài cho nhà văn hóa và tặng 2 bộ chiêng Mường cho câu lạc bộ văn hóa dân gian của xóm. Tổng trị giá quà trao trong đợt là 146 triệu đồng.
Xóm Bưa Cố có 168 hộ, 97% là đồng bào Mường. Nhà văn hóa xóm được bà con góp sức xây dựng năm 2019 theo kiểu nhà sàn Mường, diện tích 140 m2, với tổng kinh phí 690 triệu đồng, trong đó nhân dân đóng góp 410 triệu đồng và gần 1.000 ngày công. Đây là nơi sinh hoạt của câu lạc bộ văn hóa dân gian 35 thành viên, câu lạc bộ dưỡng sinh, đội bóng chuyền và lớp dạy đánh chiêng Mường cho thiếu nhi.
Ông Quách Văn Thành cho biết, mỗi năm xóm tổ chức tại nhà văn hóa hơn 20 buổi họp, sinh hoạt chi bộ, hòa giải; trước Tết, bà con tổ chức gói bánh chưng, chơi đu, đánh mảng. "Nhà văn hóa là nơi xóm giữ nếp nhà, giữ tiếng chiêng. Ai đi làm ăn xa về Tết cũng ghé qua", ông nói.
Bà Bùi Thị Hoa ghi nhận nỗ lực của cấp ủy, chính quyền xã và nhân dân xóm Bưa Cố; đề nghị xã tiếp tục phát huy nhà văn hóa làm nơi thực hiện Quy chế phối hợp số 01/QCPH-MTTQ-UBND giữa Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh về vận động, chăm lo Tết cho người nghèo; đồng thời triển khai Kế hoạch số 58/KH-MTTQ-BTT ngày 05/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về tổ chức "Tết Vì người nghèo" Xuân Bính Ngọ 2026.
Cùng ngày, đoàn đến thăm, tặng quà gia đình bà Bùi Thị Nga, thương binh, ở xóm Mới và gia đình ông Đinh Văn Hò, người có uy tín xóm Ong.
Bùi Hằng
Tin cùng chuyên mục
- Phú Thọ: 12.000 suất quà Tết đến với hộ nghèo vùng cao (03/02/2026)
- Xã Mường Thàng khánh thành nhà văn hóa xóm Vó (28/01/2026)
- Hội nghị tổng kết công tác Mặt trận năm 2025 (15/01/2026)
- Xã Cao Phong ra mắt câu lạc bộ chiêng Mường (10/01/2026)
- Xã Tân Lạc: người dân góp 1.200 ngày công sửa nhà văn hóa xóm (05/01/2026)
""", "2026-02-05", "Trao quà Tết tại nhà văn hóa xóm Bưa Cố",
E("trao_qua", None, "2026-02-04"),
[P("Bùi Thị Hoa", "Tỉnh ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", "trưởng đoàn"),
 P("Đinh Công Sứ", "Phó Chủ tịch UBND xã Thung Nai"),
 P("Quách Văn Thành", "Bí thư Chi bộ", "Trưởng xóm Bưa Cố"),
 P("Bùi Thị Nga", "thương binh"),
 P("Đinh Văn Hò", "người có uy tín xóm Ong")],
[Q("120 suất quà", 120, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("300.000 đồng", 300000, "đồng"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("2 bộ chiêng Mường", 2, "bộ chiêng Mường"), Q("146 triệu đồng", 146000000, "đồng"),
 Q("168 hộ", 168, "hộ"), Q("97%", 97, "%"), Q("140 m2", 140, "m2"), Q("690 triệu đồng", 690000000, "đồng"),
 Q("410 triệu đồng", 410000000, "đồng"), Q("gần 1.000 ngày công", 1000, "ngày công", "approx"),
 Q("35 thành viên", 35, "thành viên"),
 Q("hơn 20 buổi họp, sinh hoạt chi bộ, hòa giải", 20, "buổi họp, sinh hoạt chi bộ, hòa giải", "over")],
[D("Quy chế phối hợp", "01", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 01/QCPH-MTTQ-UBND"),
 D("Kế hoạch", "58", "KH-MTTQ-BTT", "2026-01-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
   "Kế hoạch số 58/KH-MTTQ-BTT ngày 05/01/2026")],
[prov("Phú Thọ"), com("Thung Nai")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH PHÚ THỌ", "Xã hội › An sinh xã hội", "Tết Vì người nghèo",
 "Tết Nguyên đán Bính Ngọ 2026"],
["Thứ Năm, 05/02/2026 - 16:45", "Bính Ngọ 2026", "năm 2019"]))

PAGES.append(page("b8090-dongnai-mttq-taphuan-nhavanhoa-ap-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Chính trị - Xã hội / Mặt trận
19.03.2026 | 09:20
Bà Điểu Thị Lan hướng dẫn học viên ghi sổ thu chi quỹ nhà văn hóa.
Bồi dưỡng kỹ năng cho ban quản lý nhà văn hóa ấp vùng đồng bào S'tiêng
Từ ngày 17 đến 18/3/2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai phối hợp với Đảng ủy xã Bù Gia Mập tổ chức lớp tập huấn năm 2026 về kỹ năng quản lý, tổ chức hoạt động nhà văn hóa, nhà sinh hoạt cộng đồng ấp cho 96 học viên đến từ 4 xã biên giới Bù Gia Mập, Đăk Ơ, Phú Nghĩa, Đa Kia.
Phát biểu khai mạc, ông Điểu Kim, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết sau sắp xếp, toàn tỉnh có 95 xã, phường; riêng khu vực phía Bắc tỉnh có 312 ấp, sóc, bon đồng bào dân tộc thiểu số, trong đó 281 ấp đã có nhà văn hóa hoặc nhà sinh hoạt cộng đồng. Năm 2025, nhân dân các ấp đã đóng góp khoảng 5,6 tỷ đồng để sửa chữa, nâng cấp 38 nhà văn hóa.
Dự lớp học có bà Thị Hường, Phó Bí thư Thường trực Đảng ủy xã Bù Gia Mập; ông Lâm Văn Nhân, Trưởng Ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh.
Trong 2 ngày, các học viên được truyền đạt 4 chuyên đề: vai trò của nhà văn hóa trong thực hiện dân chủ ở cơ sở theo Luật Thực hiện dân chủ ở cơ sở; quy chế quản lý, sử dụng nhà văn hóa ấp theo Quyết định số 07/2025/QĐ-UBND của UBND tỉnh; kỹ năng vận động, công khai thu chi nguồn đóng góp của nhân dân; tổ chức sinh hoạt văn hóa, giữ gìn lễ hội, cồng chiêng của đồng bào S'tiêng, M'nông.
Bà Điểu Thị Lan, Trưởng ban Công tác Mặt trận ấp Bù Lư, xã Bù Gia Mập, chia sẻ: ấp có 186 hộ, 90% là đồng bào S'tiêng. Từ năm 2023, ban quản lý nhà văn hóa ấp thu quỹ tự nguyện, mỗi hộ 20.000 đồng/tháng, mọi khoản thu chi được ghi sổ, dán công khai. Nhà văn hóa ấp mở cửa mỗi tối, có 2 ti vi, tủ sách với hơn 400 cuốn, là nơi 3 tổ hòa giải, đội cồng chiêng và câu lạc bộ đờn ca sinh hoạt.
Ông Điểu Xuân, Trưởng ấp Đắk Á, xã Đăk Ơ, và ông Thị Bình, người có uy tín ấp Bù Rên, xã Phú Nghĩa, cùng đề nghị tỉnh hỗ trợ mua sắm bộ chiêng cho các ấp vì nhiều gia đình đã bán chiêng cổ. Theo ông Điểu Kim, năm 2026 Ủy ban MTTQ Việt Nam tỉnh sẽ vận động hỗ trợ 20 bộ chiêng, mỗi bộ trị giá khoảng 35 triệu đồng, theo Kế hoạch số 112/KH-MTTQ-BTT và Kế hoạch số 113/KH-MTTQ-BTT của Ban Thường trực.
Kết thúc lớp học, 94 học viên đạt yêu cầu được cấp giấy chứng nhận. Ban tổ chức đề nghị các học viên về ấp tham mưu xây dựng quy chế sử dụng nhà văn hóa, phấn đấu đến cuối năm 2026 có trên 90% ấp có quy chế được hội nghị ấp thông qua.
Điểu Hà
Tin liên quan
- Xã Bù Gia Mập tổ chức lễ hội cơm mới của đồng bào S'tiêng (10/03/2026)
- Đồng Nai: 95 xã, phường hoàn thành đại hội điểm khu dân cư (25/02/2026)
- Phước Long: khánh thành nhà văn hóa khu phố Long Thủy (12/02/2026)
""", "2026-03-19", "Bồi dưỡng kỹ năng cho ban quản lý nhà văn hóa ấp vùng đồng bào S'tiêng",
E("tap_huan", "2026", "2026-03-17"),
[P("Điểu Thị Lan", "Trưởng ban Công tác Mặt trận ấp Bù Lư"),
 P("Điểu Kim", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Hường", "Phó Bí thư Thường trực Đảng ủy xã Bù Gia Mập"),
 P("Lâm Văn Nhân", "Trưởng Ban Dân tộc và Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Xuân", "Trưởng ấp Đắk Á"),
 P("Thị Bình", "người có uy tín ấp Bù Rên")],
[Q("96 học viên", 96, "học viên"), Q("4 xã biên giới", 4, "xã biên giới"), Q("95 xã, phường", 95, "xã, phường"),
 Q("312 ấp, sóc, bon đồng bào dân tộc thiểu số", 312, "ấp, sóc, bon đồng bào dân tộc thiểu số"), Q("281 ấp", 281, "ấp"),
 Q("khoảng 5,6 tỷ đồng", 5600000000, "đồng", "approx"), Q("38 nhà văn hóa", 38, "nhà văn hóa"),
 Q("4 chuyên đề", 4, "chuyên đề"), Q("186 hộ", 186, "hộ"), Q("90%", 90, "%"), Q("20.000 đồng", 20000, "đồng"),
 Q("2 ti vi", 2, "ti vi"), Q("hơn 400 cuốn", 400, "cuốn", "over"), Q("3 tổ hòa giải", 3, "tổ hòa giải"),
 Q("20 bộ chiêng", 20, "bộ chiêng"), Q("khoảng 35 triệu đồng", 35000000, "đồng", "approx"),
 Q("94 học viên", 94, "học viên"), Q("trên 90%", 90, "%", "over")],
[D("Quyết định", "07", "2025/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 07/2025/QĐ-UBND"),
 D("Kế hoạch", "112", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch số 112/KH-MTTQ-BTT"),
 D("Kế hoạch", "113", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch số 113/KH-MTTQ-BTT")],
[prov("Đồng Nai"), com("Bù Gia Mập"), com("Đăk Ơ"), com("Phú Nghĩa"), com("Đa Kia")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Chính trị - Xã hội / Mặt trận",
 "Bà Điểu Thị Lan hướng dẫn học viên ghi sổ thu chi quỹ nhà văn hóa.", "Luật Thực hiện dân chủ ở cơ sở"],
["19.03.2026 | 09:20", "2 ngày", "Năm 2025", "năm 2023", "năm 2026"]))

PAGES.append(page("b8091-quangngai-bato-daukuy-giaoban-2026-q1", """
ĐẢNG BỘ TỈNH QUẢNG NGÃI - TRANG THÔNG TIN ĐIỆN TỬ
Vị trí hiện tại: Trang chủ / Tin hoạt động / Cơ sở
Thứ Tư, ngày 08 tháng 04 năm 2026, 09:05
Đồng chí Đinh Văn Lưới phát biểu kết luận hội nghị.
Ba Tơ: Nhà văn hóa thôn thành điểm tuyên truyền pháp luật cho bà con Hrê
Ngày 6/4, Đảng ủy xã Ba Tơ, tỉnh Quảng Ngãi tổ chức hội nghị giao ban công tác dân vận quý I năm 2026. Đồng chí Đinh Văn Lưới, Bí thư Đảng ủy xã chủ trì; dự có đồng chí Phạm Thị Hồng Nhi, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Báo cáo cho biết, trong quý I, xã đã chọn nhà văn hóa của 16 thôn làm "điểm tuyên truyền pháp luật", tổ chức 48 buổi tuyên truyền với hơn 3.200 lượt người dự về phòng, chống tảo hôn, hôn nhân cận huyết thống, ma túy và lừa đảo qua mạng. Mỗi buổi có báo cáo viên là cán bộ Công an xã, Trạm Y tế và người có uy tín nói bằng tiếng Hrê.
Nhân dân các thôn đã góp 265 triệu đồng, 740 ngày công lát sân, làm nhà vệ sinh và hàng rào cho 9 nhà văn hóa; 4 hộ hiến 860 m2 đất. Thôn Làng Mâm có 132 hộ, 100% là đồng bào Hrê, đã tự nguyện góp mỗi hộ 1 - 2 ngày công để làm lại mái nhà văn hóa bị bão số 13 năm 2025 làm tốc mái.
Tại hội nghị, các đồng chí Phó Bí thư Đảng ủy xã: Phạm Văn Gõ, Đinh Thị Hiêng báo cáo kết quả thực hiện Quy chế dân chủ ở cơ sở và công tác vận động người dân bàn giao mặt bằng xây dựng tuyến đường liên xã; ông Đinh Văn Rin, Trưởng thôn Làng Mâm, đề nghị xã sớm cấp loa truyền thanh thông minh cho nhà văn hóa. Bà Phạm Thị Ni, Chủ tịch Hội Liên hiệp Phụ nữ xã, cho biết Hội đã duy trì 5 câu lạc bộ "Phụ nữ Hrê giữ gìn nghề dệt thổ cẩm" với 87 thành viên, sinh hoạt tại nhà văn hóa thôn.
Quý I, khối dân vận xã tiếp nhận 19 ý kiến, kiến nghị của cử tri; đã giải quyết 14 ý kiến, số còn lại đang xem xét. Ủy ban MTTQ Việt Nam xã vận động Quỹ "Vì người nghèo" được 118 triệu đồng.
Kết luận hội nghị, đồng chí Đinh Văn Lưới đề nghị quý II triển khai Kế hoạch số 21-KH/ĐU, 22-KH/ĐU của Ban Thường vụ Đảng ủy xã về công tác dân vận năm 2026; thực hiện Nghị quyết 01, 02-NQ/ĐU của Đảng ủy xã; mỗi nhà văn hóa thôn có tủ sách pháp luật và lịch sinh hoạt cố định; tiếp tục thực hiện Kết luận số 18-KL/TU ngày 12/01/2026 của Ban Thường vụ Tỉnh ủy về phát huy vai trò người có uy tín.
Đinh Hương
Các tin đã đưa
- Xã Sơn Hà: khánh thành nhà văn hóa thôn Làng Rê (01/04/2026)
- Quảng Ngãi: tập huấn công tác dân vận cho cán bộ cấp xã vùng đồng bào dân tộc thiểu số (25/03/2026)
- Xã Đăk Tô tổ chức hội nghị người có uy tín năm 2026 (18/03/2026)
- Ba Tơ: Lễ hội ăn trâu của đồng bào Hrê được phục dựng (05/03/2026)
""", "2026-04-08", "Ba Tơ: Nhà văn hóa thôn thành điểm tuyên truyền pháp luật cho bà con Hrê",
E("giao_ban", "2026-Q1", "2026-04-06"),
[P("Đinh Văn Lưới", "Bí thư Đảng ủy xã"),
 P("Phạm Thị Hồng Nhi", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Văn Gõ", "Phó Bí thư Đảng ủy xã"),
 P("Đinh Thị Hiêng", "Phó Bí thư Đảng ủy xã"),
 P("Đinh Văn Rin", "Trưởng thôn Làng Mâm"),
 P("Phạm Thị Ni", "Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("16 thôn", 16, "thôn"), Q("48 buổi tuyên truyền", 48, "buổi tuyên truyền"),
 Q("hơn 3.200 lượt người", 3200, "lượt người", "over"), Q("265 triệu đồng", 265000000, "đồng"),
 Q("740 ngày công", 740, "ngày công"), Q("9 nhà văn hóa", 9, "nhà văn hóa"), Q("4 hộ", 4, "hộ"), Q("860 m2", 860, "m2"),
 Q("132 hộ", 132, "hộ"), Q("100%", 100, "%"), Q("1 - 2 ngày công", 1, "ngày công"), Q("1 - 2 ngày công", 2, "ngày công"),
 Q("5 câu lạc bộ", 5, "câu lạc bộ"), Q("87 thành viên", 87, "thành viên"),
 Q("19 ý kiến, kiến nghị", 19, "ý kiến, kiến nghị"), Q("14 ý kiến", 14, "ý kiến"), Q("118 triệu đồng", 118000000, "đồng")],
[D("Kế hoạch", "21", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 21-KH/ĐU"),
 D("Kế hoạch", "22", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "22-KH/ĐU"),
 D("Nghị quyết", "01", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 01, 02-NQ/ĐU"),
 D("Nghị quyết", "02", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 01, 02-NQ/ĐU"),
 D("Kết luận", "18", "KL/TU", "2026-01-12", "Ban Thường vụ Tỉnh ủy", "Kết luận số 18-KL/TU ngày 12/01/2026")],
[prov("Quảng Ngãi"), com("Ba Tơ")],
["ĐẢNG BỘ TỈNH QUẢNG NGÃI - TRANG THÔNG TIN ĐIỆN TỬ", "Vị trí hiện tại: Trang chủ / Tin hoạt động / Cơ sở",
 "Đồng chí Đinh Văn Lưới phát biểu kết luận hội nghị.", "điểm tuyên truyền pháp luật",
 "Phụ nữ Hrê giữ gìn nghề dệt thổ cẩm", "Vì người nghèo", "Quy chế dân chủ ở cơ sở"],
["Thứ Tư, ngày 08 tháng 04 năm 2026, 09:05", "quý I năm 2026", "bão số 13", "quý II", "năm 2026"]))

PAGES.append(page("b8092-hanoi-phuthuong-tiepxuccutri-nhavanhoa-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG PHÚ THƯỢNG - THÀNH PHỐ HÀ NỘI
Trang chủ » Tin tức » Hoạt động HĐND
Thứ Hai, 18/05/2026 | 07:50
Cử tri Phú Thượng kiến nghị về nhà văn hóa tổ dân phố
Tối 16/5, tại nhà văn hóa tổ dân phố số 5, Tổ đại biểu HĐND thành phố Hà Nội khóa XVII ứng cử tại phường Phú Thượng và đại biểu HĐND phường đã tổ chức hội nghị tiếp xúc cử tri trước kỳ họp thứ hai HĐND thành phố. Tham dự có 186 cử tri của 8 tổ dân phố.
Tham gia tiếp xúc có các đại biểu: bà Nguyễn Thị Lan Hương, Ủy viên Thường trực Ban Văn hóa - Xã hội HĐND thành phố; ông Trần Quang Vinh, Phó Bí thư Đảng ủy, Chủ tịch HĐND phường Phú Thượng. Bà Đỗ Thị Minh, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường chủ trì hội nghị.
Ông Lê Văn Khang, Phó Chủ tịch UBND phường, thông tin nhanh về tình hình kinh tế - xã hội 4 tháng đầu năm 2026: thu ngân sách đạt 46,8% dự toán; phường đã hoàn thành cải tạo 3 nhà văn hóa tổ dân phố với tổng kinh phí 4,2 tỷ đồng, trong đó nhân dân đóng góp 1,35 tỷ đồng.
Nhiều ý kiến của cử tri tập trung vào việc nhà văn hóa. Ông Nguyễn Văn Tư, Tổ trưởng tổ dân phố số 5, cho biết nhà văn hóa của tổ do 214 hộ góp tiền xây từ năm 2007, diện tích chỉ 72 m2, nay xuống cấp, không đủ chỗ cho các câu lạc bộ; đề nghị thành phố bố trí quỹ đất khoảng 300 m2 để xây mới. Bà Phạm Thị Hằng, tổ dân phố số 8, phản ánh tổ có hơn 500 hộ nhưng chưa có nhà văn hóa, phải mượn sân đình để họp. Cử tri Vũ Đình Hợi đề nghị sử dụng trụ sở UBND phường Xuân La (cũ) dôi dư sau sáp nhập làm điểm sinh hoạt cộng đồng cho người cao tuổi.
Thay mặt Tổ đại biểu, bà Nguyễn Thị Lan Hương tiếp thu các ý kiến, cho biết thành phố đang triển khai Nghị quyết số 15/2025/NQ-HĐND và Nghị quyết số 16/2025/NQ-HĐND của HĐND thành phố về chuẩn hóa thiết chế văn hóa cơ sở, theo đó mỗi tổ dân phố có nhà văn hóa diện tích tối thiểu 100 m2; các trụ sở dôi dư sẽ ưu tiên chuyển sang phục vụ sinh hoạt cộng đồng theo Quyết định số 2315/QĐ-UBND ngày 20/8/2025 của UBND thành phố.
Ông Trần Quang Vinh cho biết, năm 2026 phường dự kiến bố trí 2,8 tỷ đồng sửa chữa 4 nhà văn hóa tổ dân phố; đề nghị các tổ dân phố lập ban vận động xã hội hóa, thực hiện công khai theo Luật Thực hiện dân chủ ở cơ sở. Kết thúc hội nghị, có 12 ý kiến được tiếp thu, 7 ý kiến được giải đáp trực tiếp tại hội nghị, 5 ý kiến được chuyển đến các cơ quan có thẩm quyền.
Minh Thu
Tin liên quan
- Phường Phú Thượng ra mắt câu lạc bộ dưỡng sinh tổ dân phố số 3 (11/05/2026)
- Hà Nội: chuẩn hóa nhà văn hóa tổ dân phố sau sắp xếp (04/05/2026)
- Phường Tây Hồ tiếp xúc cử tri sau bầu cử (28/04/2026)
- Hội nghị đối thoại với nhân dân phường Phú Thượng năm 2026 (20/04/2026)
""", "2026-05-18", "Cử tri Phú Thượng kiến nghị về nhà văn hóa tổ dân phố",
E("hoi_nghi", None, "2026-05-16"),
[P("Nguyễn Thị Lan Hương", "Ủy viên Thường trực Ban Văn hóa - Xã hội HĐND thành phố"),
 P("Trần Quang Vinh", "Phó Bí thư Đảng ủy", "Chủ tịch HĐND phường Phú Thượng"),
 P("Đỗ Thị Minh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lê Văn Khang", "Phó Chủ tịch UBND phường"),
 P("Nguyễn Văn Tư", "Tổ trưởng tổ dân phố số 5"),
 P("Phạm Thị Hằng"), P("Vũ Đình Hợi")],
[Q("186 cử tri", 186, "cử tri"), Q("8 tổ dân phố", 8, "tổ dân phố"), Q("46,8%", 46.8, "%"),
 Q("3 nhà văn hóa tổ dân phố", 3, "nhà văn hóa tổ dân phố"), Q("4,2 tỷ đồng", 4200000000, "đồng"),
 Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("214 hộ", 214, "hộ"), Q("72 m2", 72, "m2"),
 Q("khoảng 300 m2", 300, "m2", "approx"), Q("hơn 500 hộ", 500, "hộ", "over"), Q("tối thiểu 100 m2", 100, "m2"),
 Q("2,8 tỷ đồng", 2800000000, "đồng"), Q("4 nhà văn hóa tổ dân phố", 4, "nhà văn hóa tổ dân phố"),
 Q("12 ý kiến", 12, "ý kiến"), Q("7 ý kiến", 7, "ý kiến"), Q("5 ý kiến", 5, "ý kiến")],
[D("Nghị quyết", "15", "2025/NQ-HĐND", None, "HĐND thành phố", "Nghị quyết số 15/2025/NQ-HĐND"),
 D("Nghị quyết", "16", "2025/NQ-HĐND", None, "HĐND thành phố", "Nghị quyết số 16/2025/NQ-HĐND"),
 D("Quyết định", "2315", "QĐ-UBND", "2025-08-20", "UBND thành phố", "Quyết định số 2315/QĐ-UBND ngày 20/8/2025")],
[prov("Hà Nội"), com("Phú Thượng"), com("Xuân La")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG PHÚ THƯỢNG - THÀNH PHỐ HÀ NỘI", "Trang chủ » Tin tức » Hoạt động HĐND",
 "Luật Thực hiện dân chủ ở cơ sở", "Tổ đại biểu HĐND thành phố Hà Nội khóa XVII"],
["Thứ Hai, 18/05/2026 | 07:50", "khóa XVII", "kỳ họp thứ hai", "4 tháng đầu năm 2026", "năm 2007", "năm 2026",
 "tổ dân phố số 5", "tổ dân phố số 8"]))
