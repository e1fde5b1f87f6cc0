from lib import *
PAGES = []

PAGES.append(page("b9407-tuyenquang-xalungcu-doithoai-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Trang chủ › Chính trị › Cơ sở
15/08/2025 | 08:40
Bí thư Đảng ủy xã Lũng Cú đối thoại với người có uy tín và nhân dân
Ngày 14/8, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam xã Lũng Cú, tỉnh Tuyên Quang tổ chức hội nghị đối thoại năm 2025 giữa người đứng đầu cấp ủy, chính quyền xã với người có uy tín, chức sắc tôn giáo và nhân dân các thôn. Đây là cuộc đối thoại đầu tiên kể từ khi xã Lũng Cú mới chính thức hoạt động theo mô hình chính quyền địa phương hai cấp.
Quang cảnh buổi đối thoại tại nhà văn hóa thôn Lô Lô Chải.
Chủ trì hội nghị có đồng chí Vàng Mí Sính, Bí thư Đảng ủy, Chủ tịch HĐND xã và đồng chí Hoàng Văn Quyết, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Hơn 150 người có uy tín, trưởng thôn, chức việc các điểm nhóm Tin lành và người dân các dân tộc Mông, Lô Lô, Dao, Tày đã về dự. Hội nghị được tổ chức theo Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 của Quốc hội và Kế hoạch số 18-KH/ĐU ngày 25/7/2025 của Ban Thường vụ Đảng ủy xã.
Mở đầu, đồng chí Hoàng Văn Quyết thông tin: sau sắp xếp, xã Lũng Cú mới được thành lập trên cơ sở nhập 3 xã cũ, có diện tích 78,6 km2 với 24 thôn, hơn 11.000 nhân khẩu, 96% là đồng bào dân tộc thiểu số. Xã có 38 người có uy tín và 7 điểm nhóm Tin lành đã được đăng ký sinh hoạt tôn giáo tập trung.
Tại buổi đối thoại, người dân đã nêu 31 ý kiến. Ông Sình Dì Gai, người có uy tín thôn Lô Lô Chải kiến nghị xã sớm hoàn thiện con đường vào thôn, giữ gìn kiến trúc nhà trình tường phục vụ du lịch. Ông Thào Mí Lử, người có uy tín thôn Séo Lủng, đề nghị giải quyết việc 14 hộ chưa được cấp giấy chứng nhận quyền sử dụng đất sau khi nhập xã. Bà Sùng Thị Mỷ, Chi hội trưởng Chi hội Phụ nữ thôn Thèn Ván hỏi về chính sách hỗ trợ làm nhà cho hộ nghèo. Ông Giàng Mí Sú, Thư ký điểm nhóm Tin lành thôn Sảng Pả, mong chính quyền hướng dẫn thủ tục đăng ký hoạt động tôn giáo theo địa giới hành chính mới.
Trả lời các ý kiến, đồng chí Vàng Mí Sính và các đồng chí trong Ban Thường vụ Đảng ủy đã giải đáp trực tiếp 26 ý kiến; 5 ý kiến thuộc thẩm quyền của tỉnh được tổng hợp, gửi Sở Dân tộc và Tôn giáo, Sở Nông nghiệp và Môi trường. Đồng chí Ly Thị Dính, Trưởng Ban Xây dựng Đảng Đảng ủy xã, phụ trách công tác dân vận, cho biết trong năm xã sẽ hỗ trợ 46 căn nhà cho hộ nghèo với mức 60 triệu đồng/căn.
Kết luận hội nghị, đồng chí Vàng Mí Sính đề nghị người có uy tín tiếp tục là "cánh tay nối dài" của Đảng ủy, chính quyền ở thôn; vận động đồng bào không nghe theo các đối tượng lợi dụng việc sắp xếp đơn vị hành chính để kích động; tham gia bảo vệ cột mốc, đường biên. Các nội dung đã trả lời sẽ được thông báo công khai tại nhà văn hóa các thôn.
Hội nghị cũng lắng nghe ý kiến của đại diện Đồn Biên phòng Lũng Cú về phối hợp giữ gìn an ninh trật tự khu vực biên giới và việc duy trì mô hình "Mỗi người có uy tín là một cột mốc sống" tại các thôn giáp biên.
Vàng Thị Hoa
Lượt xem: 611
Tin liên quan
- Mèo Vạc: ra mắt Đảng ủy xã sau sắp xếp (02/07/2025)
- Trao 120 suất quà cho người có uy tín xã Đồng Văn (20/06/2025)
- Tập huấn nghiệp vụ cho cán bộ cấp xã mới (10/07/2025)
""", "2025-08-15", "Bí thư Đảng ủy xã Lũng Cú đối thoại với người có uy tín và nhân dân",
E("doi_thoai", "2025", "2025-08-14"),
[P("Vàng Mí Sính", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Hoàng Văn Quyết", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Sình Dì Gai", "người có uy tín thôn Lô Lô Chải"),
 P("Thào Mí Lử", "người có uy tín thôn Séo Lủng"),
 P("Sùng Thị Mỷ", "Chi hội trưởng Chi hội Phụ nữ thôn Thèn Ván"),
 P("Giàng Mí Sú", "Thư ký điểm nhóm Tin lành thôn Sảng Pả"),
 P("Ly Thị Dính", "Trưởng Ban Xây dựng Đảng Đảng ủy xã")],
[Q("Hơn 150 người có uy tín, trưởng thôn, chức việc", 150, "người có uy tín, trưởng thôn, chức việc", "over"),
 Q("3 xã cũ", 3, "xã cũ"), Q("78,6 km2", 78.6, "km2"), Q("24 thôn", 24, "thôn"),
 Q("hơn 11.000 nhân khẩu", 11000, "nhân khẩu", "over"), Q("96%", 96, "%"), Q("38 người có uy tín", 38, "người có uy tín"),
 Q("7 điểm nhóm Tin lành", 7, "điểm nhóm Tin lành"), Q("31 ý kiến", 31, "ý kiến"), Q("14 hộ", 14, "hộ"),
 Q("26 ý kiến", 26, "ý kiến"), Q("5 ý kiến", 5, "ý kiến"), Q("46 căn nhà", 46, "căn nhà"),
 Q("60 triệu đồng/căn", 60000000, "đồng")],
[D("Luật", "10", "2022/QH15", None, "Quốc hội", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Kế hoạch", "18", "KH/ĐU", "2025-07-25", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 18-KH/ĐU ngày 25/7/2025")],
[prov("Tuyên Quang"), com("Lũng Cú")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ › Chính trị › Cơ sở",
 "Quang cảnh buổi đối thoại tại nhà văn hóa thôn Lô Lô Chải.", "cánh tay nối dài", "Mỗi người có uy tín là một cột mốc sống",
 "Đồn Biên phòng Lũng Cú", "Lượt xem: 611"],
["15/08/2025 | 08:40", "năm 2025", "hai cấp", "Lượt xem: 611"]))

PAGES.append(page("b9408-lamdong-kate-traoqua-2025", """
BÁO LÂM ĐỒNG
Trang chủ | Xã hội | Dân tộc - Tôn giáo
20/10/2025 - 10:05
Lãnh đạo tỉnh Lâm Đồng chúc mừng Lễ hội Katê của đồng bào Chăm
Đồng chí Nguyễn Minh Khôi trao quà cho Hội đồng chức sắc Bà-la-môn. Ảnh: Ngọc Hân
Ngày 19/10, đồng chí Nguyễn Minh Khôi, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Lâm Đồng dẫn đầu đoàn công tác của tỉnh đến thăm, chúc mừng và tặng quà các chức sắc, đồng bào Chăm nhân dịp Lễ hội Katê năm 2025 tại các xã Bắc Bình, Hải Ninh và phường Phú Thủy.
Đây là mùa Katê đầu tiên đồng bào Chăm vùng biển được đón trong tỉnh Lâm Đồng mới, sau khi ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận hợp nhất từ ngày 1/7/2025 theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội. Toàn tỉnh hiện có hơn 41.000 người Chăm theo đạo Bà-la-môn và Bà-ni, sinh sống tập trung ở 16 thôn, khu phố.
Tại tháp Pô Sah Inư, phường Phú Thủy, đoàn đã thăm hỏi Cả sư Thông Văn Lạc, Phó Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh và các vị Pô Adhia, Pô Acar. Thay mặt lãnh đạo tỉnh, đồng chí Nguyễn Minh Khôi chúc đồng bào Chăm đón lễ hội vui tươi, an toàn; đề nghị các vị chức sắc tiếp tục hướng dẫn bà con giữ gìn bản sắc văn hóa, đoàn kết, chấp hành tốt chủ trương của Đảng, pháp luật của Nhà nước.
Dịp này, đoàn đã trao 4 suất hỗ trợ tổ chức lễ hội, mỗi suất 30 triệu đồng cho các đền, tháp và Hội đồng chức sắc; trao 300 suất quà cho hộ nghèo, gia đình chính sách người Chăm, mỗi suất trị giá 500.000 đồng. Tổng kinh phí thăm, tặng quà dịp Katê năm nay là 270 triệu đồng, được thực hiện theo Công văn số 3865/UBND-VX ngày 8/10/2025 của UBND tỉnh.
Cả sư Thông Văn Lạc cảm ơn tỉnh đã quan tâm, cho biết các làng Chăm đã chuẩn bị chu đáo các nghi lễ rước y trang, mở cửa tháp. Ông Bá Văn Điền, người có uy tín thôn Bình Minh, xã Bắc Bình kiến nghị tỉnh đầu tư nâng cấp đường vào khu tháp, hỗ trợ lớp dạy chữ Chăm cho thiếu nhi.
Cùng ngày, đoàn của Ban Tuyên giáo và Dân vận Tỉnh ủy do đồng chí Lưu Thị Hồng Nhung, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dẫn đầu đã thăm, tặng 60 suất quà cho người có uy tín, chức sắc ở xã Tuy Phong, xã Phan Rí Cửa. Thực hiện Kế hoạch 45-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, các xã, phường có đông đồng bào Chăm đã thành lập tổ công tác nắm tình hình, bảo đảm an ninh trong suốt lễ hội.
Theo bà Thuận Thị Bích, Phó Giám đốc Sở Dân tộc và Tôn giáo, Lễ hội Katê năm 2025 diễn ra từ ngày 21 đến 23/10 tại 3 đền tháp, dự kiến thu hút khoảng 30.000 lượt người dân và du khách.
Ngọc Hân
Lượt xem: 489
Tin khác
- Gặp mặt 200 người có uy tín khu vực phía Nam tỉnh (10/10/2025)
- Đắk Song: chúc mừng Lễ Tạ ơn của đồng bào Tin lành (05/10/2025)
- Trao 150 căn nhà cho hộ nghèo dân tộc thiểu số (28/09/2025)
""", "2025-10-20", "Lãnh đạo tỉnh Lâm Đồng chúc mừng Lễ hội Katê của đồng bào Chăm",
E("trao_qua", None, "2025-10-19"),
[P("Nguyễn Minh Khôi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh Lâm Đồng"),
 P("Thông Văn Lạc", "Cả sư", "Phó Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh"),
 P("Bá Văn Điền", "người có uy tín thôn Bình Minh"),
 P("Lưu Thị Hồng Nhung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thuận Thị Bích", "Phó Giám đốc Sở Dân tộc và Tôn giáo")],
[Q("hơn 41.000 người Chăm", 41000, "người Chăm", "over"), Q("16 thôn, khu phố", 16, "thôn, khu phố"),
 Q("4 suất hỗ trợ", 4, "suất hỗ trợ"), Q("30 triệu đồng", 30000000, "đồng"), Q("300 suất quà", 300, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("270 triệu đồng", 270000000, "đồng"), Q("60 suất quà", 60, "suất quà"),
 Q("3 đền tháp", 3, "đền tháp"), Q("khoảng 30.000 lượt người dân và du khách", 30000, "lượt người dân và du khách", "approx")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Công văn", "3865", "UBND-VX", "2025-10-08", "UBND tỉnh", "Công văn số 3865/UBND-VX ngày 8/10/2025"),
 D("Kế hoạch", "45", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 45-KH/BTGDVTU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Bắc Bình"), com("Hải Ninh"), com("Phú Thủy"),
 com("Tuy Phong"), com("Phan Rí Cửa")],
["BÁO LÂM ĐỒNG", "Trang chủ | Xã hội | Dân tộc - Tôn giáo",
 "Đồng chí Nguyễn Minh Khôi trao quà cho Hội đồng chức sắc Bà-la-môn. Ảnh: Ngọc Hân", "tháp Pô Sah Inư", "Lễ hội Katê",
 "Lượt xem: 489"],
["20/10/2025 - 10:05", "năm 2025", "ba tỉnh", "Lượt xem: 489"]))

PAGES.append(page("b9409-vinhlong-sodtt-tongket-2025", """
Cổng thông tin điện tử tỉnh Vĩnh Long
Bạn đang ở: Trang chủ / Tin tức / Dân tộc - Tôn giáo
Thứ Sáu, 26/12/2025, 08:05
Tổng kết công tác dân tộc, tôn giáo năm 2025
Ngày 25/12, Sở Dân tộc và Tôn giáo tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác dân tộc, tôn giáo năm 2025, triển khai nhiệm vụ năm 2026. Dự hội nghị có đồng chí Sơn Ngọc Tính, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh và lãnh đạo 124 xã, phường.
Các đại biểu dự hội nghị tổng kết. Ảnh: Thảo Ly
Báo cáo do bà Thạch Thị Ngọc Hân, Giám đốc Sở Dân tộc và Tôn giáo trình bày cho biết, năm 2025 là năm đầu tiên tỉnh Vĩnh Long mới, hợp nhất từ ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh, thực hiện công tác dân tộc, tôn giáo trên địa bàn có gần 350.000 đồng bào Khmer và hơn 1,3 triệu tín đồ các tôn giáo. Toàn tỉnh có 187 chùa Phật giáo Nam tông Khmer, 9 tôn giáo với 1.520 cơ sở thờ tự.
Trong năm, các địa phương đã giải ngân hơn 412 tỷ đồng vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, đạt 91,3% kế hoạch; xóa 2.146 căn nhà tạm, nhà dột nát cho hộ đồng bào Khmer. Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số còn 2,08%. Chế độ đối với 718 người có uy tín được thực hiện đầy đủ theo Quyết định 28/2023/QĐ-TTg của Thủ tướng Chính phủ.
Sở cũng tham mưu Tỉnh ủy ban hành Kế hoạch 05, 06-KH/TU về tiếp tục thực hiện Chỉ thị 19-CT/TW của Ban Bí thư về công tác ở vùng đồng bào Khmer và về phát huy vai trò chức sắc, người có uy tín sau sắp xếp đơn vị hành chính. Các tôn giáo đã tổ chức an toàn 64 lễ hội lớn; các cơ sở tôn giáo đóng góp gần 58 tỷ đồng cho công tác an sinh xã hội.
Tại hội nghị, Hòa thượng Thạch Sok Xane, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, cho biết các chùa Khmer đã mở 213 lớp dạy chữ Khmer hè. Linh mục Phanxicô Xaviê Nguyễn Văn Hòa, Quản hạt Bến Tre, đề nghị tỉnh sớm cấp giấy chứng nhận quyền sử dụng đất cho các cơ sở thờ tự. Ông Kim Văn Sóc, người có uy tín ấp Ba Trạch, xã Long Hiệp nêu kiến nghị về nguồn vốn vay cho thanh niên Khmer đi làm việc ở nước ngoài. Ông Nguyễn Văn Út, Chánh trị sự Họ đạo Cao Đài Mỏ Cày, nói về việc vận động tín đồ tham gia hiến đất làm đường.
Phát biểu chỉ đạo, đồng chí Sơn Ngọc Tính ghi nhận kết quả ngành đạt được trong năm có nhiều biến động về tổ chức bộ máy; yêu cầu năm 2026 tập trung hoàn thiện cơ sở dữ liệu về người có uy tín, chức sắc ở 124 xã, phường; chủ động nắm tình hình, không để phát sinh điểm nóng; phát huy vai trò của cán bộ công tác dân tộc, tôn giáo ở cấp xã.
Dịp này, UBND tỉnh tặng bằng khen cho 12 tập thể, 23 cá nhân; Giám đốc Sở tặng giấy khen cho 30 người có uy tín tiêu biểu.
Thảo Ly
Lượt xem: 377
Tin liên quan
- Hội nghị gặp mặt chức sắc các tôn giáo cuối năm 2025 (18/12/2025)
- Trà Cú: trao 200 phần quà cho người có uy tín (12/12/2025)
- Chúc mừng Lễ Sene Dolta năm 2025 (20/09/2025)
""", "2025-12-26", "Tổng kết công tác dân tộc, tôn giáo năm 2025",
E("tong_ket", "2025", "2025-12-25"),
[P("Sơn Ngọc Tính", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Thị Ngọc Hân", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Thạch Sok Xane", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Phanxicô Xaviê Nguyễn Văn Hòa", "Linh mục", "Quản hạt Bến Tre"),
 P("Kim Văn Sóc", "người có uy tín ấp Ba Trạch"),
 P("Nguyễn Văn Út", "Chánh trị sự Họ đạo Cao Đài Mỏ Cày")],
[Q("124 xã, phường", 124, "xã, phường"), Q("gần 350.000 đồng bào Khmer", 350000, "đồng bào Khmer", "approx"),
 Q("hơn 1,3 triệu tín đồ", 1300000, "tín đồ", "over"), Q("187 chùa Phật giáo Nam tông Khmer", 187, "chùa Phật giáo Nam tông Khmer"),
 Q("9 tôn giáo", 9, "tôn giáo"), Q("1.520 cơ sở thờ tự", 1520, "cơ sở thờ tự"), Q("hơn 412 tỷ đồng", 412000000000, "đồng", "over"),
 Q("91,3%", 91.3, "%"), Q("2.146 căn nhà tạm, nhà dột nát", 2146, "căn nhà tạm, nhà dột nát"), Q("2,08%", 2.08, "%"),
 Q("718 người có uy tín", 718, "người có uy tín"), Q("64 lễ hội lớn", 64, "lễ hội lớn"),
 Q("gần 58 tỷ đồng", 58000000000, "đồng", "approx"), Q("213 lớp dạy chữ Khmer hè", 213, "lớp dạy chữ Khmer hè"),
 Q("12 tập thể", 12, "tập thể"), Q("23 cá nhân", 23, "cá nhân"), Q("30 người có uy tín tiêu biểu", 30, "người có uy tín tiêu biểu")],
[D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 28/2023/QĐ-TTg"),
 D("Kế hoạch", "05", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 05, 06-KH/TU"),
 D("Kế hoạch", "06", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 05, 06-KH/TU"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị 19-CT/TW")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp")],
["Cổng thông tin điện tử tỉnh Vĩnh Long", "Bạn đang ở: Trang chủ / Tin tức / Dân tộc - Tôn giáo",
 "Các đại biểu dự hội nghị tổng kết. Ảnh: Thảo Ly",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 377"],
["Thứ Sáu, 26/12/2025, 08:05", "năm 2025", "năm 2026", "ba tỉnh", "Lượt xem: 377"]))

PAGES.append(page("b9410-gialai-sodtt-baocao-nguoicouytin-2025", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị › Dân tộc - Tôn giáo
16/01/2026 07:30 GMT+7
Hôm nay: 18/01/2026
Năm 2025: người có uy tín góp phần giữ vững ổn định cơ sở
(GLO)- Sở Dân tộc và Tôn giáo tỉnh Gia Lai vừa có Báo cáo số 42/BC-SDTTG ngày 14/1/2026 gửi UBND tỉnh về kết quả thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số năm 2025. Đây là báo cáo đầu tiên tổng hợp số liệu của tỉnh Gia Lai mới, hợp nhất từ hai tỉnh Gia Lai và Bình Định.
Theo báo cáo, năm 2025 toàn tỉnh có 1.973 người có uy tín là già làng, trưởng thôn, làng, chức sắc tôn giáo người Jrai, Bahnar, Hrê, Chăm Hroi ở 77 xã, phường có đông đồng bào dân tộc thiểu số. Tổng kinh phí thực hiện chính sách theo Quyết định 28/2023/QĐ-TTg là hơn 6,8 tỷ đồng, gồm hỗ trợ thăm hỏi, tặng quà Tết, cấp thông tin và tổ chức 12 hội nghị, 9 lớp bồi dưỡng. Người có uy tín được hỗ trợ 1 triệu đồng/người/quý theo Nghị quyết 15/2024/NQ-HĐND của HĐND tỉnh Gia Lai (cũ), tiếp tục áp dụng sau hợp nhất.
Người có uy tín đã tham gia hòa giải thành 214 vụ việc mâu thuẫn, tranh chấp; cung cấp cho cơ quan chức năng 57 nguồn tin có giá trị; vận động 39 hộ từ bỏ "Hà Mòn" và "Tin lành Đê Ga", 18 người đi lao động ở nước ngoài trái phép trở về địa phương. Nhiều người đã hiến tổng cộng hơn 2,4 ha đất để làm đường, xây trường học.
Báo cáo nêu gương một số người có uy tín tiêu biểu: ông Rmah Đức, người có uy tín làng Bông, xã Ia Băng, vận động 23 hộ chuyển đổi cây trồng; bà Đinh Thị Hiền, người có uy tín thôn 3, xã An Lão, phát hiện, báo tin kịp thời vụ việc tuyên truyền đạo trái pháp luật; ông Siu Đek, già làng làng Kép, xã Ia Dom, giữ vững làng biên giới không có người vượt biên.
Báo cáo cũng chỉ ra hạn chế: sau sắp xếp, có 6 xã chưa cập nhật kịp danh sách người có uy tín; một số người có uy tín tuổi cao, sức yếu, khả năng tiếp cận thông tin qua mạng còn hạn chế. Sở kiến nghị UBND tỉnh chỉ đạo bình chọn lại người có uy tín giai đoạn 2026 - 2030 theo địa giới hành chính mới trước ngày 31/3/2026.
Trao đổi với phóng viên, ông Kpuih Nhuih, Phó Giám đốc Sở Dân tộc và Tôn giáo cho biết, Sở đang phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy thực hiện Hướng dẫn 02, 03-HD/BTGDVTU về phát huy vai trò người có uy tín trong xây dựng thôn, làng và về công tác vận động chức sắc tôn giáo. Năm 2026, tỉnh dự kiến tổ chức cho 150 người có uy tín đi tham quan, học tập kinh nghiệm ở các tỉnh bạn.
Bà Rmah H'Yơn, Trưởng phòng Chính sách dân tộc của Sở, cho biết thêm Sở sẽ xây dựng nhóm Zalo kết nối người có uy tín với cán bộ phụ trách ở từng xã để kịp thời tiếp nhận, xử lý thông tin từ cơ sở.
Mai Ka
Lượt xem: 254
Tin liên quan
- Gặp mặt người có uy tín nhân dịp Tết Bính Ngọ 2026 (12/01/2026)
- Ia Grai: trao 100 phần quà cho già làng (05/01/2026)
- Tập huấn cho người có uy tín khu vực phía Đông tỉnh (20/12/2025)
""", "2026-01-16", "Năm 2025: người có uy tín góp phần giữ vững ổn định cơ sở",
E("bao_cao", "2025", "2026-01-14"),
[P("Rmah Đức", "người có uy tín làng Bông"),
 P("Đinh Thị Hiền", "người có uy tín thôn 3"),
 P("Siu Đek", "già làng làng Kép"),
 P("Kpuih Nhuih", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Rmah H'Yơn", "Trưởng phòng Chính sách dân tộc")],
[Q("1.973 người có uy tín", 1973, "người có uy tín"), Q("77 xã, phường", 77, "xã, phường"),
 Q("hơn 6,8 tỷ đồng", 6800000000, "đồng", "over"), Q("12 hội nghị", 12, "hội nghị"), Q("9 lớp bồi dưỡng", 9, "lớp bồi dưỡng"),
 Q("1 triệu đồng/người/quý", 1000000, "đồng"), Q("214 vụ việc mâu thuẫn, tranh chấp", 214, "vụ việc mâu thuẫn, tranh chấp"),
 Q("57 nguồn tin", 57, "nguồn tin"), Q("39 hộ", 39, "hộ"), Q("18 người", 18, "người"), Q("hơn 2,4 ha", 2.4, "ha", "over"),
 Q("23 hộ", 23, "hộ"), Q("6 xã", 6, "xã"), Q("150 người có uy tín", 150, "người có uy tín")],
[D("Báo cáo", "42", "BC-SDTTG", "2026-01-14", "Sở Dân tộc và Tôn giáo tỉnh Gia Lai", "Báo cáo số 42/BC-SDTTG ngày 14/1/2026"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, None, "Quyết định 28/2023/QĐ-TTg"),
 D("Nghị quyết", "15", "2024/NQ-HĐND", None, "HĐND tỉnh Gia Lai", "Nghị quyết 15/2024/NQ-HĐND"),
 D("Hướng dẫn", "02", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 02, 03-HD/BTGDVTU"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 02, 03-HD/BTGDVTU")],
[prov("Gia Lai"), prov("Bình Định"), com("Ia Băng"), com("An Lão"), com("Ia Dom")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị › Dân tộc - Tôn giáo", "Hôm nay: 18/01/2026", "(GLO)", "Hà Mòn", "Tin lành Đê Ga", "Zalo",
 "Lượt xem: 254"],
["16/01/2026 07:30 GMT+7", "Hôm nay: 18/01/2026", "năm 2025", "giai đoạn 2026 - 2030", "Năm 2026", "Lượt xem: 254"]))

PAGES.append(page("b9411-camau-btgdv-giaoban-q1-2026", """
Hôm nay: Chủ Nhật, 12/04/2026
ĐẢNG BỘ TỈNH CÀ MAU - Ban Tuyên giáo và Dân vận Tỉnh ủy
Trang chủ >> Hoạt động >> Dân tộc, tôn giáo
10/04/2026 | 16:30
Đồng chí Lý Hoàng Nam phát biểu kết luận giao ban.
Khối dân vận giao ban công tác dân tộc, tôn giáo
Chiều 9/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Cà Mau tổ chức giao ban công tác dân tộc, tôn giáo quý I năm 2026 theo hình thức trực tiếp kết hợp trực tuyến đến 64 xã, phường. Đồng chí Lý Hoàng Nam, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Thạch Thị Sa Rươl, Đỗ Văn Khởi. Tham dự tại điểm cầu tỉnh có 38 đồng chí là lãnh đạo các sở, ngành, đoàn thể và phòng chuyên môn của Ban.
Theo báo cáo, quý I tình hình vùng đồng bào Khmer, Hoa và các tôn giáo trong tỉnh ổn định; các lễ Tết Nguyên đán, Tết Chôl Chnăm Thmây, lễ Phục sinh và lễ giỗ Đức Huỳnh Giáo chủ diễn ra an toàn. Trong quý, các cấp đã thăm, tặng 3.850 phần quà cho người có uy tín, hộ nghèo đồng bào dân tộc thiểu số với tổng trị giá gần 2,1 tỷ đồng; tổ chức 46 buổi gặp mặt chức sắc, chức việc tôn giáo.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 03, 04-KL/TU về công tác đối với đạo Công giáo và về công tác vận động đồng bào Khmer giai đoạn 2026 - 2030; ban hành Kế hoạch 25-KH/BTGDVTU tổ chức đợt sinh hoạt chính trị cho người có uy tín ở các xã mới. Toàn tỉnh có 412 người có uy tín được bình chọn lại theo địa giới hành chính mới.
Tại buổi giao ban, đồng chí Sơn Minh Thắng, vừa được điều động, bổ nhiệm giữ chức Phó Giám đốc Sở Dân tộc và Tôn giáo, cho biết Sở đã hướng dẫn 8 cơ sở tôn giáo chuyển đổi hồ sơ theo địa chỉ hành chính mới. Đồng chí Lâm Thị Ngọc Hân, Bí thư Đảng ủy phường Bạc Liêu phản ánh còn 2 vụ tranh chấp đất giữa chùa Khmer và hộ dân chưa giải quyết dứt điểm. Đồng chí Nguyễn Thanh Tùng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh đề nghị phát huy vai trò các tổ chức tôn giáo trong chương trình an sinh xã hội.
Kết luận buổi giao ban, đồng chí Lý Hoàng Nam đề nghị quý II các địa phương chủ động nắm tình hình trước, trong và sau Đại lễ Phật đản, Tết Sene Dolta; giải quyết dứt điểm các vụ tranh chấp liên quan cơ sở tôn giáo; tiếp tục thực hiện Chỉ thị số 18-CT/TU ngày 15/01/2026 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong tình hình mới.
Đồng chí cũng lưu ý việc kiện toàn đội ngũ cán bộ làm công tác dân tộc, tôn giáo ở 64 xã, phường; mỗi xã, phường phân công ít nhất 1 công chức theo dõi lĩnh vực này; kịp thời báo cáo những vụ việc phát sinh, không để bị động, bất ngờ.
Hải Nguyên
Lượt xem: 218
Tin liên quan
- Giao ban khối dân vận quý IV năm 2025 (09/01/2026)
- Trao quà Tết Chôl Chnăm Thmây năm 2026 (06/04/2026)
- Trao 500 phần quà cho hộ Khmer nghèo (25/01/2026)
""", "2026-04-10", "Khối dân vận giao ban công tác dân tộc, tôn giáo",
E("giao_ban", "2026-Q1", "2026-04-09"),
[P("Lý Hoàng Nam", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Thị Sa Rươl", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đỗ Văn Khởi", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sơn Minh Thắng", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Lâm Thị Ngọc Hân", "Bí thư Đảng ủy phường Bạc Liêu"),
 P("Nguyễn Thanh Tùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh")],
[Q("64 xã, phường", 64, "xã, phường"), Q("38 đồng chí", 38, "đồng chí"), Q("3.850 phần quà", 3850, "phần quà"), Q("gần 2,1 tỷ đồng", 2100000000, "đồng", "approx"),
 Q("46 buổi gặp mặt", 46, "buổi gặp mặt"), Q("412 người có uy tín", 412, "người có uy tín"),
 Q("8 cơ sở tôn giáo", 8, "cơ sở tôn giáo"), Q("2 vụ tranh chấp đất", 2, "vụ tranh chấp đất"),
 Q("ít nhất 1 công chức", 1, "công chức", "over")],
[D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU"),
 D("Kế hoạch", "25", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 25-KH/BTGDVTU"),
 D("Chỉ thị", "18", "CT/TU", "2026-01-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 18-CT/TU ngày 15/01/2026")],
[prov("Cà Mau"), com("Bạc Liêu")],
["Hôm nay: Chủ Nhật, 12/04/2026", "ĐẢNG BỘ TỈNH CÀ MAU - Ban Tuyên giáo và Dân vận Tỉnh ủy", "Trang chủ >> Hoạt động >> Dân tộc, tôn giáo",
 "Đồng chí Lý Hoàng Nam phát biểu kết luận giao ban.", "Lượt xem: 218"],
["Hôm nay: Chủ Nhật, 12/04/2026", "10/04/2026 | 16:30", "38 đồng chí", "quý I năm 2026", "quý II", "giai đoạn 2026 - 2030", "Lượt xem: 218"]))

PAGES.append(page("b9412-dongnai-phatdan-chucmung-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự - Chính trị › Tôn giáo
Thứ Sáu, 29/05/2026 - 11:20
Đoàn công tác của tỉnh chúc mừng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh. Ảnh: Công Nghĩa
Lãnh đạo tỉnh chúc mừng Đại lễ Phật đản Phật lịch 2570
Ngày 28/5, đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai do đồng chí Phạm Văn Hưng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh dẫn đầu đã đến thăm, chúc mừng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh nhân Đại lễ Phật đản Phật lịch 2570 - Dương lịch 2026.
Tiếp đoàn có Hòa thượng Thích Huệ Đăng, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Đồng Nai cùng chư tôn đức trong Ban Thường trực. Thay mặt lãnh đạo tỉnh, đồng chí Phạm Văn Hưng gửi lời chúc mừng đến chư tôn đức, tăng ni, phật tử; ghi nhận Giáo hội đã đồng hành cùng chính quyền trong giai đoạn sắp xếp bộ máy, vận động phật tử tham gia xóa nhà tạm, chăm lo người nghèo với tổng số tiền hơn 86 tỷ đồng trong năm 2025.
Sau hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước, Giáo hội Phật giáo tỉnh hiện quản lý hơn 1.100 cơ sở tự viện với khoảng 4.300 tăng ni, trong đó có 19 chùa Phật giáo Nam tông Khmer ở khu vực phía Bắc tỉnh. Hòa thượng Thích Huệ Đăng cho biết Giáo hội đã hoàn thành kiện toàn Ban Trị sự theo địa giới hành chính mới, đang hướng dẫn các cơ sở tự viện làm thủ tục theo Nghị định 95/2023/NĐ-CP của Chính phủ.
Cùng ngày, đồng chí Điểu Thị Lan, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy dẫn đầu đoàn đến thăm, chúc mừng chùa Sóc Lớn ở xã Lộc Ninh và tịnh xá Ngọc Thành ở phường Bình Phước. Đại đức Lâm Sóc Thi, trụ trì chùa Sóc Lớn cho biết nhà chùa đang duy trì 3 lớp dạy chữ Khmer cho con em đồng bào và tham gia vận động bà con S'tiêng, Khmer trong ấp giữ gìn an ninh trật tự.
Trao đổi với phóng viên, ông Trần Quang Hiếu, Phó Giám đốc Sở Dân tộc và Tôn giáo cho biết, Đồng Nai hiện có 12 tôn giáo với hơn 2,9 triệu tín đồ, chiếm khoảng 68% dân số. Thực hiện Kế hoạch số 112/KH-UBND của UBND tỉnh, từ ngày 20/5 đến 5/6/2026, các xã, phường sẽ tổ chức các đoàn thăm, chúc mừng cơ sở Phật giáo trên địa bàn; bảo đảm các hoạt động mừng Phật đản diễn ra trang nghiêm, an toàn, đúng quy định.
Dịp này, các cơ sở Phật giáo trong tỉnh dự kiến tổ chức 95 lễ đài Phật đản; Ban Trị sự Giáo hội Phật giáo tỉnh phát động đợt hiến máu tình nguyện "Giọt hồng Phật đản" và ủng hộ Quỹ "Vì người nghèo" các xã vùng đồng bào dân tộc thiểu số.
Tại buổi tiếp, chư tôn đức cũng kiến nghị tỉnh quan tâm giải quyết các hồ sơ đất đai tồn đọng của một số tự viện ở khu vực phía Bắc tỉnh. Đồng chí Phạm Văn Hưng giao Sở Dân tộc và Tôn giáo phối hợp với các sở, ngành rà soát, trả lời trong quý III năm 2026.
Công Nghĩa
Lượt xem: 1.087
Tin cùng chuyên mục
- Chúc mừng Đại lễ Phật đản tại 20 ngôi chùa Khmer (27/05/2026)
- Gặp mặt 250 chức sắc, chức việc tôn giáo (15/05/2026)
- Khánh thành chánh điện chùa Bửu Long (02/05/2026)
""", "2026-05-29", "Lãnh đạo tỉnh chúc mừng Đại lễ Phật đản Phật lịch 2570",
E("khac", None, "2026-05-28"),
[P("Phạm Văn Hưng", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Thích Huệ Đăng", "Hòa thượng", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Đồng Nai"),
 P("Điểu Thị Lan", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lâm Sóc Thi", "Đại đức", "trụ trì chùa Sóc Lớn"),
 P("Trần Quang Hiếu", "Phó Giám đốc Sở Dân tộc và Tôn giáo")],
[Q("hơn 86 tỷ đồng", 86000000000, "đồng", "over"), Q("hơn 1.100 cơ sở tự viện", 1100, "cơ sở tự viện", "over"),
 Q("khoảng 4.300 tăng ni", 4300, "tăng ni", "approx"), Q("19 chùa Phật giáo Nam tông Khmer", 19, "chùa Phật giáo Nam tông Khmer"),
 Q("3 lớp dạy chữ Khmer", 3, "lớp dạy chữ Khmer"), Q("12 tôn giáo", 12, "tôn giáo"),
 Q("hơn 2,9 triệu tín đồ", 2900000, "tín đồ", "over"), Q("khoảng 68%", 68, "%", "approx"),
 Q("95 lễ đài Phật đản", 95, "lễ đài Phật đản")],
[D("Nghị định", "95", "2023/NĐ-CP", None, "Chính phủ", "Nghị định 95/2023/NĐ-CP"),
 D("Kế hoạch", "112", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 112/KH-UBND")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Lộc Ninh"), com("Bình Phước")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Thời sự - Chính trị › Tôn giáo",
 "Đoàn công tác của tỉnh chúc mừng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh. Ảnh: Công Nghĩa", "Giọt hồng Phật đản",
 "Vì người nghèo", "Lượt xem: 1.087"],
["Thứ Sáu, 29/05/2026 - 11:20", "Phật lịch 2570", "Dương lịch 2026", "năm 2025", "quý III năm 2026", "Lượt xem: 1.087"]))
