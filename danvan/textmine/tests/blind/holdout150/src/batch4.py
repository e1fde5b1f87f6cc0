from lib import *
PAGES = []

PAGES.append(page("b3575-quangngai-mttq-xa-giaoban-thang11-2025", """
Trang thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi
Trang chủ | Hoạt động cơ sở | Khu vực Kon Tum (cũ)
Cập nhật lúc 16:30 ngày 28/11/2025
Xã Đăk Tô Kan: giao ban tháng 11, bàn cách giữ chân hội viên phụ nữ ở làng xa
Ngày 26/11, Ban Thường trực Ủy ban MTTQ Việt Nam xã Đăk Tô Kan tổ chức giao ban công tác Mặt trận và các tổ chức chính trị - xã hội tháng 11/2025. Đây là buổi giao ban hằng tháng được duy trì từ khi xã mới đi vào hoạt động.
Quang cảnh buổi giao ban tháng 11.
Dự buổi giao ban có ông A Hoan, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã; bà Y Thanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã; các phó chủ tịch Ủy ban MTTQ Việt Nam xã: A Phiên, Nguyễn Văn Hùng và trưởng ban công tác Mặt trận 18 thôn, làng.
Báo cáo của Hội LHPN xã cho thấy, trong tháng Hội đã tổ chức 6 buổi sinh hoạt chuyên đề "Phòng, chống bạo lực gia đình và tảo hôn" tại các làng Kon Hia, Đăk Ling, Tu Mơ Rông với khoảng 420 lượt hội viên dự; phối hợp Công an xã can thiệp 1 vụ bạo lực gia đình. Tổ tiết kiệm của chi hội làng Kon Hia có 24 chị em người Xơ Đăng, mỗi tháng góp 30.000 đồng, hiện có gần 9 triệu đồng quay vòng cho vay mua giống heo.
Tuy nhiên, bà Y Thanh thẳng thắn nêu khó khăn: sau khi sắp xếp, xã Đăk Tô Kan rộng hơn 340 km2, nhiều làng cách trung tâm xã trên 30 km; 7 chi hội chưa sinh hoạt đều, một số chi hội trưởng đã lớn tuổi, không sử dụng được điện thoại thông minh. Bà đề xuất mỗi cụm làng bố trí một cán bộ Hội phụ trách, và được hỗ trợ chi phí đi lại 200.000 đồng/tháng.
Tại buổi giao ban, bà Y Lim, Chi hội trưởng phụ nữ làng Đăk Ling, cho biết chị em đã góp 15 ngày công dọn vệ sinh nhà rông, làm vườn rau dinh dưỡng cho điểm trường; đề nghị Mặt trận xã kêu gọi hỗ trợ áo ấm cho 60 học sinh bán trú.
Kết luận giao ban, ông A Hoan giao Hội LHPN xã tham mưu xây dựng kế hoạch hỗ trợ các chi hội yếu, hoàn thành trong tháng 12/2025; đề nghị các đoàn thể triển khai Hướng dẫn số 12-HD/MTTQ-BTT ngày 03/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về chăm lo Tết cho hộ nghèo, phụ nữ đơn thân. Ông cũng nhắc các chi hội phát huy tinh thần "Phụ nữ Việt Nam tự tin, tự trọng, trung hậu, đảm đang", gắn sinh hoạt Hội với giữ gìn văn hóa cồng chiêng, dệt thổ cẩm của đồng bào.
Ban Thường trực thống nhất dành 20 triệu đồng từ quỹ "Vì người nghèo" của xã để hỗ trợ 8 phụ nữ đơn thân nghèo sửa chữa nhà trước Tết.
Y Xuân (Đăk Tô Kan)
Lượt xem: 167
Tin liên quan
- Quảng Ngãi: Hội LHPN tỉnh ra mắt sau hợp nhất (15/08/2025)
- Đăk Tô Kan tổ chức ngày hội đại đoàn kết toàn dân tộc (18/11/2025)
- Giao ban Mặt trận xã tháng 10/2025 (29/10/2025)
""", "2025-11-28", "Xã Đăk Tô Kan: giao ban tháng 11, bàn cách giữ chân hội viên phụ nữ ở làng xa",
E("giao_ban", "2025-11", "2025-11-26"),
[P("A Hoan", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Y Thanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("A Phiên", "phó chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Văn Hùng", "phó chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Y Lim", "Chi hội trưởng phụ nữ làng Đăk Ling")],
[Q("18 thôn, làng", 18, "thôn, làng"), Q("6 buổi sinh hoạt chuyên đề", 6, "buổi sinh hoạt chuyên đề"),
 Q("khoảng 420 lượt hội viên", 420, "lượt hội viên", "approx"), Q("1 vụ bạo lực gia đình", 1, "vụ bạo lực gia đình"),
 Q("24 chị em người Xơ Đăng", 24, "chị em người Xơ Đăng"), Q("30.000 đồng", 30000, "đồng"), Q("gần 9 triệu đồng", 9000000, "đồng", "approx"),
 Q("hơn 340 km2", 340, "km2", "over"), Q("trên 30 km", 30, "km", "over"), Q("7 chi hội", 7, "chi hội"),
 Q("200.000 đồng", 200000, "đồng"), Q("15 ngày công", 15, "ngày công"), Q("60 học sinh bán trú", 60, "học sinh bán trú"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("8 phụ nữ đơn thân nghèo", 8, "phụ nữ đơn thân nghèo")],
[D("Hướng dẫn", "12", "HD/MTTQ-BTT", "2025-11-03", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 12-HD/MTTQ-BTT ngày 03/11/2025")],
[prov("Quảng Ngãi"), com("Đăk Tô Kan")],
["Trang thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi", "Trang chủ | Hoạt động cơ sở | Khu vực Kon Tum (cũ)",
 "Quang cảnh buổi giao ban tháng 11.", "Phòng, chống bạo lực gia đình và tảo hôn", "Phụ nữ Việt Nam tự tin, tự trọng, trung hậu, đảm đang",
 "Vì người nghèo", "Lượt xem: 167"],
["Cập nhật lúc 16:30 ngày 28/11/2025", "tháng 11/2025", "tháng 12/2025", "Lượt xem: 167"]))

PAGES.append(page("b3576-gialai-lhpn-xa-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Hôm nay: Thứ Tư, 14/01/2026
Xã hội > Phụ nữ - Gia đình
Thứ Sáu, 09/01/2026 - 14:25
Hội LHPN xã Kbang triển khai nhiệm vụ năm 2026
Toàn cảnh hội nghị. Ảnh: Đinh Yến
(GLO) - Ngày 8/1, Hội LHPN xã Kbang tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2025, triển khai phương hướng, nhiệm vụ năm 2026. Bà Đinh Thị Hlen, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã chủ trì hội nghị.
Năm 2025 là năm đặc biệt: xã Kbang (tỉnh Gia Lai) mới được thành lập trên cơ sở thị trấn Kbang và các xã Lơ Ku, Đăk Smar; Hội LHPN các đơn vị cũ hợp nhất, trực thuộc Ủy ban MTTQ Việt Nam xã. Dù vậy, Hội vẫn hoàn thành và vượt 10/11 chỉ tiêu. Toàn xã có 5.364 hội viên ở 41 chi hội; kết nạp mới 236 hội viên.
Hội duy trì 19 tổ tiết kiệm với 457 thành viên, tổng số tiền tiết kiệm hơn 1,9 tỷ đồng; quản lý 15 tổ tiết kiệm và vay vốn ủy thác với dư nợ trên 38,5 tỷ đồng. Nhờ vậy, 46 hộ phụ nữ làm chủ đã thoát nghèo. Hội triển khai Dự án 8 tại 9 làng đồng bào Bahnar, thành lập 4 "Tổ truyền thông cộng đồng" và 2 câu lạc bộ "Thủ lĩnh của sự thay đổi".
Về xây dựng gia đình hạnh phúc, Hội tổ chức 31 buổi truyền thông phòng, chống bạo lực gia đình, tảo hôn cho hơn 2.700 lượt người. Năm 2025, trên địa bàn xảy ra 5 vụ bạo lực gia đình, giảm 3 vụ so với năm 2024; 100% vụ việc được phát hiện, can thiệp kịp thời.
Tham luận tại hội nghị, bà Đinh Thị Blưn, Chi hội trưởng phụ nữ làng Kon Lốc 2, chia sẻ cách vận động chị em Bahnar bỏ tục ăn trái để sinh con tại nhà. Bà Nguyễn Thị Hồng Vân, Phó Chủ tịch Hội LHPN xã, trình bày kết quả mô hình "Gia đình 5 có, 3 sạch" gắn với xây dựng nông thôn mới.
Phát biểu chỉ đạo, ông Đinh Văn Phước, Phó Bí thư Thường trực Đảng ủy xã Kbang, ghi nhận những đóng góp của chị em; đề nghị năm 2026 Hội tiếp tục quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030 và Chương trình hành động số 05-CTr/ĐU ngày 10/10/2025 của Đảng ủy xã; tích cực chuẩn bị cho đại hội phụ nữ các cấp. Ông nhấn mạnh phương châm "Phụ nữ Việt Nam tự tin, tự trọng, trung hậu, đảm đang" phải được cụ thể hóa bằng những việc làm thiết thực ở từng chi hội, từng làng.
Năm 2026, Hội LHPN xã đặt mục tiêu kết nạp ít nhất 200 hội viên mới; thành lập thêm 5 tổ tiết kiệm; giảm ít nhất 2 vụ tảo hôn so với năm 2025.
Dịp này, Hội LHPN tỉnh tặng bằng khen cho Hội LHPN xã Kbang; Hội LHPN xã tặng giấy khen cho 8 tập thể và 14 cá nhân.
Đinh Yến
Lượt xem: 623
Tin cùng chuyên mục
- Hội LHPN tỉnh Gia Lai tổng kết năm 2025 (06/01/2026)
- Phụ nữ An Nhơn làm giàu từ nghề nấu rượu (02/01/2026)
- Trao 100 suất quà Tết cho phụ nữ nghèo xã Ia Grai (30/12/2025)
""", "2026-01-09", "Hội LHPN xã Kbang triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("Đinh Thị Hlen", "Ủy viên Ban Thường vụ Đảng ủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("Đinh Thị Blưn", "Chi hội trưởng phụ nữ làng Kon Lốc 2"),
 P("Nguyễn Thị Hồng Vân", "Phó Chủ tịch Hội LHPN xã"),
 P("Đinh Văn Phước", "Phó Bí thư Thường trực Đảng ủy xã Kbang")],
[Q("10/11 chỉ tiêu", 10, "chỉ tiêu"), Q("5.364 hội viên", 5364, "hội viên"), Q("41 chi hội", 41, "chi hội"),
 Q("236 hội viên", 236, "hội viên"), Q("19 tổ tiết kiệm", 19, "tổ tiết kiệm"), Q("457 thành viên", 457, "thành viên"),
 Q("hơn 1,9 tỷ đồng", 1900000000, "đồng", "over"), Q("15 tổ tiết kiệm và vay vốn", 15, "tổ tiết kiệm và vay vốn"),
 Q("trên 38,5 tỷ đồng", 38500000000, "đồng", "over"), Q("46 hộ", 46, "hộ"), Q("9 làng", 9, "làng"),
 Q('4 "Tổ truyền thông cộng đồng"', 4, "Tổ truyền thông cộng đồng"), Q("2 câu lạc bộ", 2, "câu lạc bộ"),
 Q("31 buổi truyền thông", 31, "buổi truyền thông"), Q("hơn 2.700 lượt người", 2700, "lượt người", "over"),
 Q("5 vụ bạo lực gia đình", 5, "vụ bạo lực gia đình"), Q("3 vụ", 3, "vụ"), Q("100%", 100, "%"),
 Q("ít nhất 200 hội viên mới", 200, "hội viên mới", "over"), Q("5 tổ tiết kiệm", 5, "tổ tiết kiệm"),
 Q("ít nhất 2 vụ tảo hôn", 2, "vụ tảo hôn", "over"), Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Chương trình hành động", "05", "CTr/ĐU", "2025-10-10", "Đảng ủy xã", "Chương trình hành động số 05-CTr/ĐU ngày 10/10/2025")],
[prov("Gia Lai"), com("Kbang"), com("Lơ Ku"), com("Đăk Smar")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Hôm nay: Thứ Tư, 14/01/2026", "Xã hội > Phụ nữ - Gia đình", "Toàn cảnh hội nghị. Ảnh: Đinh Yến",
 "(GLO)", "Tổ truyền thông cộng đồng", "Thủ lĩnh của sự thay đổi", "Gia đình 5 có, 3 sạch",
 "Phụ nữ Việt Nam tự tin, tự trọng, trung hậu, đảm đang", "Lượt xem: 623"],
["Hôm nay: Thứ Tư, 14/01/2026", "Thứ Sáu, 09/01/2026 - 14:25", "năm 2025", "năm 2026", "Dự án 8", "năm 2024", "5 có, 3 sạch",
 "lần thứ I", "nhiệm kỳ 2025 - 2030", "Lượt xem: 623"]))

PAGES.append(page("b3577-cantho-doithoai-phunu-2026", """
Cổng thông tin điện tử xã Lịch Hội Thượng - thành phố Cần Thơ
Trang chủ » Tin hoạt động » Mặt trận - Đoàn thể
Ngày đăng 06/03/2026 | 16:20
Chủ tịch UBND xã đối thoại với hội viên, phụ nữ năm 2026
Sáng ngày 5/3/2026, nhân kỷ niệm 116 năm Ngày Quốc tế Phụ nữ, UBND xã Lịch Hội Thượng phối hợp với Hội LHPN xã tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với hội viên, phụ nữ năm 2026 với chủ đề "Phụ nữ tham gia phát triển kinh tế, xây dựng gia đình hạnh phúc".
Ông Lý Hoàng Tuấn, Chủ tịch UBND xã và bà Lâm Thị Sà Phone, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã đồng chủ trì buổi đối thoại. Tham dự có 102 hội viên, phụ nữ đại diện 38 chi hội; các phó chủ tịch UBND xã Trần Văn Nhân, Sơn Thị Mỹ Hiền và trưởng các phòng chuyên môn.
Trước buổi đối thoại, Hội LHPN xã đã tập hợp 27 ý kiến của hội viên gửi UBND xã, tập trung vào vốn vay, việc làm cho lao động nữ, an ninh trật tự, bạo lực gia đình và nạn cờ bạc online.
Tại buổi đối thoại, chị Thạch Thị Sa Ranh, Chi hội trưởng phụ nữ ấp Tắc Bướm, phản ánh nhiều hộ nuôi tôm thua lỗ, cần được giãn nợ; đề nghị hỗ trợ chị em học nghề làm bánh pía, dệt chiếu để có thu nhập tại chỗ. Chị Trần Thị Bé Năm, hội viên ấp Chợ, kiến nghị tăng cường lực lượng tuần tra vì tình trạng thanh niên say xỉn gây rối. Chị Kim Thị Đa Ly đề nghị UBND xã sớm xử lý 2 điểm sạt lở bờ kè gần trường học.
Trả lời các ý kiến, ông Lý Hoàng Tuấn cho biết năm 2026 UBND xã phối hợp Ngân hàng Chính sách xã hội dành khoảng 15 tỷ đồng cho hộ phụ nữ vay vốn; sẽ mở 3 lớp đào tạo nghề cho khoảng 90 lao động nữ. Xã đã chỉ đạo Công an xã xử lý 4 vụ gây rối, đánh bạc trong 2 tháng đầu năm; đối với điểm sạt lở, UBND xã đã báo cáo thành phố và bố trí kinh phí khắc phục tạm thời. Ông ghi nhận vai trò của 12 tổ tiết kiệm do Hội quản lý, đã giúp hơn 300 hội viên có vốn xoay vòng.
Bà Lâm Thị Sà Phone cho biết, thực hiện Kế hoạch số 09/KH-UBND ngày 20/01/2026 của UBND xã về công tác bình đẳng giới và vì sự tiến bộ của phụ nữ, Hội sẽ phối hợp các ngành mở 10 buổi truyền thông phòng, chống bạo lực gia đình bằng song ngữ Việt - Khmer trong năm; duy trì 4 "Địa chỉ tin cậy" và 2 câu lạc bộ "Gia đình hạnh phúc".
Kết thúc buổi đối thoại, 22/27 ý kiến được giải đáp trực tiếp, 5 ý kiến còn lại được giao các bộ phận chuyên môn trả lời bằng văn bản trước ngày 31/3/2026. Hội nghị cũng trao 10 phần quà cho phụ nữ đơn thân nuôi con nhỏ, mỗi phần 500.000 đồng.
Hoàng Nhi
Lượt xem: 389
Tin khác
- Hội LHPN xã tổ chức ngày hội "Áo dài - Di sản văn hóa Việt Nam" (04/03/2026)
- Xã Lịch Hội Thượng ra quân vệ sinh môi trường (20/02/2026)
- Trao nhà đại đoàn kết cho hộ nghèo ấp Chợ (10/02/2026)
""", "2026-03-06", "Chủ tịch UBND xã đối thoại với hội viên, phụ nữ năm 2026",
E("doi_thoai", "2026", "2026-03-05"),
[P("Lý Hoàng Tuấn", "Chủ tịch UBND xã"),
 P("Lâm Thị Sà Phone", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("Trần Văn Nhân", "phó chủ tịch UBND xã"),
 P("Sơn Thị Mỹ Hiền", "phó chủ tịch UBND xã"),
 P("Thạch Thị Sa Ranh", "Chi hội trưởng phụ nữ ấp Tắc Bướm"),
 P("Trần Thị Bé Năm", "hội viên ấp Chợ"),
 P("Kim Thị Đa Ly")],
[Q("102 hội viên, phụ nữ", 102, "hội viên, phụ nữ"), Q("38 chi hội", 38, "chi hội"), Q("27 ý kiến", 27, "ý kiến"),
 Q("2 điểm sạt lở bờ kè", 2, "điểm sạt lở bờ kè"), Q("khoảng 15 tỷ đồng", 15000000000, "đồng", "approx"), Q("3 lớp đào tạo nghề", 3, "lớp đào tạo nghề"),
 Q("khoảng 90 lao động nữ", 90, "lao động nữ", "approx"), Q("4 vụ gây rối, đánh bạc", 4, "vụ gây rối, đánh bạc"),
 Q("12 tổ tiết kiệm", 12, "tổ tiết kiệm"), Q("hơn 300 hội viên", 300, "hội viên", "over"), Q("10 buổi truyền thông", 10, "buổi truyền thông"),
 Q('4 "Địa chỉ tin cậy"', 4, "Địa chỉ tin cậy"), Q("2 câu lạc bộ", 2, "câu lạc bộ"), Q("22/27 ý kiến", 22, "ý kiến"),
 Q("5 ý kiến", 5, "ý kiến"), Q("10 phần quà", 10, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "09", "KH-UBND", "2026-01-20", "UBND xã", "Kế hoạch số 09/KH-UBND ngày 20/01/2026")],
[prov("Cần Thơ"), com("Lịch Hội Thượng")],
["Cổng thông tin điện tử xã Lịch Hội Thượng - thành phố Cần Thơ", "Trang chủ » Tin hoạt động » Mặt trận - Đoàn thể",
 "Phụ nữ tham gia phát triển kinh tế, xây dựng gia đình hạnh phúc", "Địa chỉ tin cậy", "Gia đình hạnh phúc", "Lượt xem: 389"],
["Ngày đăng 06/03/2026 | 16:20", "116 năm", "năm 2026", "2 tháng đầu năm", "Lượt xem: 389"]))

PAGES.append(page("b3578-khanhhoa-mttq-lhpn-giamsat-2026", """
Báo Khánh Hòa điện tử
Thời sự > Mặt trận - Đoàn thể
Thứ Tư, 22/04/2026 | 09:50
Ảnh: Đoàn giám sát kiểm tra sổ sách tổ tiết kiệm tại thôn Ma Hoa.
Giám sát hoạt động tổ tiết kiệm và vay vốn của phụ nữ Raglai ở xã Bác Ái Đông
Trong 2 ngày 20 - 21/4, Ban Thường trực Ủy ban MTTQ Việt Nam xã Bác Ái Đông phối hợp với Hội LHPN xã tổ chức giám sát việc thực hiện chính sách tín dụng ưu đãi và hoạt động của các tổ tiết kiệm và vay vốn do Hội LHPN quản lý năm 2026.
Đoàn giám sát do bà Pinăng Thị Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã làm trưởng đoàn; thành viên gồm đại diện Ban Thanh tra nhân dân, Hội Nông dân xã và Phòng giao dịch Ngân hàng Chính sách xã hội khu vực. Xã Bác Ái Đông được thành lập từ ngày 1/7/2025 trên cơ sở nhập các xã Phước Đại, Phước Chính, Phước Thắng của huyện Bác Ái (cũ), nay thuộc tỉnh Khánh Hòa.
Cuộc giám sát thực hiện theo Kế hoạch số 14/KH-MTTQ-BTT ngày 02/4/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam xã và Quy định số 124-QĐ/TW ngày 10/10/2023 của Ban Bí thư về giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và Nhân dân.
Kết quả giám sát cho thấy, Hội LHPN xã đang quản lý 11 tổ tiết kiệm và vay vốn với 486 hộ vay, dư nợ khoảng 21,7 tỷ đồng, chiếm 43% dư nợ chính sách của xã. Tỷ lệ nợ quá hạn 0,8%, cao hơn mức chung do một số hộ bị mất mùa vì hạn hán. Đoàn phát hiện 3 tổ chưa họp bình xét công khai, 2 tổ trưởng ghi chép sổ sách chưa đầy đủ; 1 trường hợp sử dụng vốn sai mục đích.
Làm việc với đoàn, bà Chamaléa Thị Hiền, Tổ trưởng tổ tiết kiệm và vay vốn thôn Ma Hoa, cho biết tổ có 52 thành viên, đa số là phụ nữ Raglai; chị em chủ yếu vay để trồng bắp, nuôi bò. Bà Katơr Thị Nhung, Chi hội trưởng phụ nữ thôn Suối Rua, kiến nghị nâng mức cho vay hộ cận nghèo lên 100 triệu đồng/hộ và cho phép giao dịch tại điểm thôn thay vì tại trụ sở xã cách hơn 18 km.
Ông Mấu Văn Tâm, Phó Chủ tịch UBND xã, tiếp thu các kiến nghị, cho biết xã sẽ đề nghị Ngân hàng Chính sách xã hội bố trí thêm 1 điểm giao dịch cố định tại thôn Suối Rua từ quý III.
Kết luận giám sát, bà Pinăng Thị Lan đề nghị các tổ khắc phục hạn chế trước ngày 30/6/2026; Hội LHPN xã tăng cường kiểm tra, tập huấn nghiệp vụ cho 11 tổ trưởng; lồng ghép sinh hoạt tổ với tuyên truyền phòng, chống bạo lực gia đình, xây dựng "Gia đình hạnh phúc". Đoàn sẽ tổ chức tái giám sát vào tháng 10/2026 và báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam xã.
Theo bà Lan, trong quý I năm 2026, nhờ nguồn vốn qua các tổ, 29 hộ phụ nữ Raglai đã có vốn chăn nuôi, trồng xoài, từng bước thoát nghèo. Hội sẽ vận động thêm 3 tổ tiết kiệm do chị em tự quản.
Minh Anh - Pi Năng Thiên
Lượt xem: 276
Tin liên quan
- Khánh Hòa: Hội LHPN tỉnh tập huấn kỹ năng giám sát cho cán bộ Hội cấp xã (10/04/2026)
- Phụ nữ Raglai giữ nghề đan gùi (28/03/2026)
- Bác Ái Đông đối thoại với hội viên phụ nữ năm 2026 (09/03/2026)
""", "2026-04-22", "Giám sát hoạt động tổ tiết kiệm và vay vốn của phụ nữ Raglai ở xã Bác Ái Đông",
E("giam_sat", "2026", "2026-04-20"),
[P("Pinăng Thị Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("Chamaléa Thị Hiền", "Tổ trưởng tổ tiết kiệm và vay vốn thôn Ma Hoa"),
 P("Katơr Thị Nhung", "Chi hội trưởng phụ nữ thôn Suối Rua"),
 P("Mấu Văn Tâm", "Phó Chủ tịch UBND xã")],
[Q("11 tổ tiết kiệm và vay vốn", 11, "tổ tiết kiệm và vay vốn"), Q("486 hộ", 486, "hộ"),
 Q("khoảng 21,7 tỷ đồng", 21700000000, "đồng", "approx"), Q("43%", 43, "%"), Q("0,8%", 0.8, "%"), Q("3 tổ", 3, "tổ"),
 Q("2 tổ trưởng", 2, "tổ trưởng"), Q("1 trường hợp", 1, "trường hợp"), Q("52 thành viên", 52, "thành viên"),
 Q("100 triệu đồng", 100000000, "đồng"), Q("hơn 18 km", 18, "km", "over"), Q("1 điểm giao dịch cố định", 1, "điểm giao dịch cố định"),
 Q("11 tổ trưởng", 11, "tổ trưởng"), Q("29 hộ phụ nữ Raglai", 29, "hộ phụ nữ Raglai"), Q("3 tổ tiết kiệm", 3, "tổ tiết kiệm")],
[D("Kế hoạch", "14", "KH-MTTQ-BTT", "2026-04-02", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 14/KH-MTTQ-BTT ngày 02/4/2026"),
 D("Quy định", "124", "QĐ/TW", "2023-10-10", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 10/10/2023")],
[prov("Khánh Hòa"), com("Bác Ái Đông"), com("Phước Đại"), com("Phước Chính"), com("Phước Thắng")],
["Báo Khánh Hòa điện tử", "Thời sự > Mặt trận - Đoàn thể", "Ảnh: Đoàn giám sát kiểm tra sổ sách tổ tiết kiệm tại thôn Ma Hoa.",
 "Gia đình hạnh phúc", "Ban Thanh tra nhân dân", "Lượt xem: 276"],
["Thứ Tư, 22/04/2026 | 09:50", "2 ngày", "năm 2026", "quý III", "tháng 10/2026", "quý I năm 2026", "Lượt xem: 276"]))

PAGES.append(page("b3579-phutho-totietkiem-muong-2026", """
BÁO PHÚ THỌ ĐIỆN TỬ
Trang chủ › Đời sống › Gia đình
05/06/2026 - 06:00
Chị Bùi Thị Thơm (giữa) cùng các thành viên tổ tiết kiệm xóm Mơ.
"Quỹ nhỏ" của phụ nữ Mường xóm Mơ
Mỗi tối ngày 15 hằng tháng, nhà văn hóa xóm Mơ, xã Cao Phong lại sáng đèn. 27 chị em người Mường trong tổ tiết kiệm ngồi quây quần, người góp 100.000 đồng, người góp 200.000 đồng, tổ trưởng ghi sổ, đọc to cho cả tổ cùng nghe. Buổi sinh hoạt nào cũng kéo dài hơn 1 tiếng vì chị em còn kể chuyện nhà, chuyện con cái, chuyện làm ăn.
Chị Bùi Thị Thơm, Tổ trưởng tổ tiết kiệm xóm Mơ, kể: tổ thành lập từ năm 2019 với 12 thành viên, ban đầu chỉ để giúp nhau mua phân bón. Đến nay quỹ của tổ đã lên hơn 140 triệu đồng, mỗi năm cho khoảng 20 lượt chị em vay, mức vay tối đa 15 triệu đồng, lãi suất chỉ bằng một nửa lãi ngân hàng. Tiền lãi được dùng thăm hỏi khi ốm đau và thưởng cho con em học giỏi.
Sau khi tỉnh Hòa Bình sáp nhập vào tỉnh Phú Thọ, xã Cao Phong mới hình thành từ thị trấn Cao Phong và các xã Tây Phong, Thu Phong. Bà Quách Thị Lý, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội LHPN xã, cho biết toàn xã hiện có 34 tổ tiết kiệm với khoảng 710 thành viên, tổng quỹ gần 2,3 tỷ đồng. Theo bà, tổ tiết kiệm không chỉ là "ngân hàng" của chị em, mà còn là nơi Hội lồng ghép tuyên truyền về phòng, chống bạo lực gia đình, bình đẳng giới, nuôi con khỏe, dạy con ngoan.
"Có chị trước kia bị chồng say rượu đánh, không dám kể với ai. Đến tổ, chị em động viên, báo chi hội, mời cả anh chồng đến sinh hoạt câu lạc bộ 'Gia đình hạnh phúc'. Giờ anh ấy bỏ rượu, hai vợ chồng cùng trồng cam", bà Lý kể.
Năm 2025, Hội LHPN xã phối hợp hòa giải thành 9 vụ mâu thuẫn gia đình, không để phát sinh vụ bạo lực nghiêm trọng. Hội đã nhân rộng cách làm của xóm Mơ ra 6 xóm khác, kèm theo quy chế mẫu về góp quỹ, bình xét, công khai sổ sách.
Ông Đinh Công Sơn, Bí thư Đảng ủy xã Cao Phong, đánh giá những "quỹ nhỏ" ấy đã góp phần đáng kể vào giảm nghèo: năm 2025, xã giảm 58 hộ nghèo, trong đó 21 hộ do phụ nữ làm chủ. Đảng ủy xã đã đưa việc hỗ trợ các tổ tiết kiệm vào Nghị quyết số 07-NQ/ĐU ngày 15/01/2026 về phát triển kinh tế hộ gia đình giai đoạn 2026 - 2030.
Chị Bùi Thị Hoa, thành viên trẻ nhất tổ, mới vay 10 triệu đồng để mở lớp dạy nhảy sạp, đánh cồng chiêng cho thiếu nhi trong xóm. "Tiền thì không nhiều, nhưng chị em tin nhau, giúp nhau là quý nhất", chị nói.
Phương châm "Phụ nữ Việt Nam tự tin, tự trọng, trung hậu, đảm đang" vì thế không còn là khẩu hiệu xa xôi với chị em xóm Mơ: nó hiện lên trong từng cuốn sổ tiết kiệm ghi chép cẩn thận, trong những bữa cơm gia đình đầm ấm.
Bài và ảnh: Hà Linh
Lượt xem: 1.052
Tin liên quan
- Phú Thọ: Hội LHPN tỉnh tổng kết mô hình tổ tiết kiệm (28/05/2026)
- Phụ nữ Tân Lạc giữ gìn trang phục Mường (20/05/2026)
- Ra mắt câu lạc bộ gia đình hạnh phúc xã Lạc Sơn (12/05/2026)
""", "2026-06-05", '"Quỹ nhỏ" của phụ nữ Mường xóm Mơ',
E("khac", None, None),
[P("Bùi Thị Thơm", "Tổ trưởng tổ tiết kiệm xóm Mơ"),
 P("Quách Thị Lý", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã"),
 P("Đinh Công Sơn", "Bí thư Đảng ủy xã Cao Phong"),
 P("Bùi Thị Hoa")],
[Q("27 chị em người Mường", 27, "chị em người Mường"), Q("100.000 đồng", 100000, "đồng"), Q("200.000 đồng", 200000, "đồng"),
 Q("12 thành viên", 12, "thành viên"), Q("hơn 140 triệu đồng", 140000000, "đồng", "over"),
 Q("khoảng 20 lượt chị em", 20, "lượt chị em", "approx"), Q("tối đa 15 triệu đồng", 15000000, "đồng"),
 Q("34 tổ tiết kiệm", 34, "tổ tiết kiệm"), Q("khoảng 710 thành viên", 710, "thành viên", "approx"),
 Q("gần 2,3 tỷ đồng", 2300000000, "đồng", "approx"), Q("9 vụ mâu thuẫn gia đình", 9, "vụ mâu thuẫn gia đình"),
 Q("6 xóm", 6, "xóm"), Q("58 hộ nghèo", 58, "hộ nghèo"), Q("21 hộ", 21, "hộ"), Q("10 triệu đồng", 10000000, "đồng")],
[D("Nghị quyết", "07", "NQ/ĐU", "2026-01-15", "Đảng ủy xã", "Nghị quyết số 07-NQ/ĐU ngày 15/01/2026")],
[prov("Hòa Bình"), prov("Phú Thọ"), com("Cao Phong"), com("Tây Phong"), com("Thu Phong")],
["BÁO PHÚ THỌ ĐIỆN TỬ", "Trang chủ › Đời sống › Gia đình", "Chị Bùi Thị Thơm (giữa) cùng các thành viên tổ tiết kiệm xóm Mơ.",
 "Gia đình hạnh phúc", "Phụ nữ Việt Nam tự tin, tự trọng, trung hậu, đảm đang", "Bài và ảnh: Hà Linh", "Lượt xem: 1.052"],
["05/06/2026 - 06:00", "ngày 15", "hơn 1 tiếng", "từ năm 2019", "Năm 2025", "giai đoạn 2026 - 2030", "Lượt xem: 1.052"]))

PAGES.append(page("b3580-dienbien-daihoi-phunu-xa-2026", """
Trang thông tin điện tử Hội LHPN tỉnh Điện Biên
Trang chủ / Tin tức / Đại hội phụ nữ các cấp
2026-06-18 10:30
Đồng chí Lò Thị Luyến tặng hoa chúc mừng Ban Chấp hành khóa mới.
Xã Mường Nhé tổ chức Đại hội đại biểu Phụ nữ lần thứ I
Ngày 16/6/2026, Hội LHPN xã Mường Nhé long trọng tổ chức Đại hội đại biểu Phụ nữ xã lần thứ I, nhiệm kỳ 2026 - 2031. Đây là đại hội đầu tiên của Hội LHPN xã sau khi xã Mường Nhé mới được thành lập trên cơ sở hợp nhất các xã Mường Nhé, Sín Thầu và Chung Chải. 130 đại biểu chính thức thay mặt cho hơn 4.100 hội viên thuộc các dân tộc Hà Nhì, Thái, Mông, Khơ Mú, Cống dự đại hội.
Dự đại hội có bà Lò Thị Luyến, Ủy viên Ban Thường vụ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh Điện Biên; ông Lỳ Phì Cơ, Phó Bí thư Thường trực Đảng ủy xã Mường Nhé; ông Giàng A Páo, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Báo cáo tại đại hội nêu rõ, giai đoạn 2021 - 2026, các cơ sở Hội trên địa bàn đã giúp 312 hộ phụ nữ thoát nghèo; thành lập 28 tổ tiết kiệm với khoảng 560 thành viên, số tiền tiết kiệm hơn 1,4 tỷ đồng; phối hợp can thiệp, hòa giải 47 vụ việc bạo lực gia đình, ngăn chặn 19 trường hợp tảo hôn. Tỷ lệ hội viên trên tổng số phụ nữ đạt 84%.
Đại hội đã thảo luận các giải pháp thực hiện Nghị quyết số 11-NQ/ĐU ngày 05/3/2026 của Ban Chấp hành Đảng bộ xã về phát triển kinh tế gắn với bảo tồn văn hóa dân tộc, và Kế hoạch số 31/KH-HPN ngày 10/02/2026 của Ban Thường vụ Hội LHPN tỉnh về chỉ đạo đại hội phụ nữ cấp xã. Bà Chu Thị Sờ, hội viên bản Nậm Pố, tham luận về cách chị em Hà Nhì giữ nghề thêu và làm du lịch cộng đồng.
Phát biểu chỉ đạo, bà Lò Thị Luyến đề nghị Ban Chấp hành khóa mới bám sát phương châm "Phụ nữ Việt Nam tự tin, tự trọng, trung hậu, đảm đang"; chú trọng chăm lo phụ nữ vùng biên giới, phòng, chống mua bán người, tảo hôn; phát huy vai trò trong khối đại đoàn kết dưới sự chủ trì của Ủy ban MTTQ Việt Nam xã.
Đại hội đã bầu 19 đồng chí vào Ban Chấp hành Hội LHPN xã khóa I. Tại phiên họp thứ nhất, bà Pờ Thị Mé, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, được bầu giữ chức Chủ tịch Hội LHPN xã Mường Nhé nhiệm kỳ 2026 - 2031; bà Lò Thị Ngân và bà Vàng Thị Dia được bầu làm Phó Chủ tịch. Đại hội cũng bầu 5 đại biểu đi dự Đại hội đại biểu Phụ nữ tỉnh lần thứ XVI.
Nhiệm kỳ 2026 - 2031, đại hội đề ra 10 chỉ tiêu chủ yếu, trong đó phấn đấu hằng năm kết nạp ít nhất 150 hội viên mới; mỗi chi hội có ít nhất 1 tổ tiết kiệm; 90% trở lên chi hội duy trì sinh hoạt câu lạc bộ "Gia đình hạnh phúc".
Vì Thu Hà
Lượt xem: 318
Tin liên quan
- Đại hội điểm phụ nữ xã Tủa Chùa (10/06/2026)
- Hội LHPN tỉnh hướng dẫn đại hội phụ nữ cấp xã (12/02/2026)
- Phụ nữ Hà Nhì Mường Nhé làm du lịch cộng đồng (25/05/2026)
""", "2026-06-18", "Xã Mường Nhé tổ chức Đại hội đại biểu Phụ nữ lần thứ I",
E("dai_hoi", None, "2026-06-16"),
[P("Lò Thị Luyến", "Ủy viên Ban Thường vụ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh Điện Biên"),
 P("Lỳ Phì Cơ", "Phó Bí thư Thường trực Đảng ủy xã Mường Nhé"),
 P("Giàng A Páo", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Chu Thị Sờ", "hội viên bản Nậm Pố"),
 P("Pờ Thị Mé", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội LHPN xã Mường Nhé nhiệm kỳ 2026 - 2031"),
 P("Lò Thị Ngân", "Phó Chủ tịch"),
 P("Vàng Thị Dia", "Phó Chủ tịch")],
[Q("130 đại biểu chính thức", 130, "đại biểu chính thức"), Q("hơn 4.100 hội viên", 4100, "hội viên", "over"),
 Q("312 hộ phụ nữ", 312, "hộ phụ nữ"), Q("28 tổ tiết kiệm", 28, "tổ tiết kiệm"), Q("khoảng 560 thành viên", 560, "thành viên", "approx"),
 Q("hơn 1,4 tỷ đồng", 1400000000, "đồng", "over"), Q("47 vụ việc bạo lực gia đình", 47, "vụ việc bạo lực gia đình"),
 Q("19 trường hợp", 19, "trường hợp"), Q("84%", 84, "%"), Q("19 đồng chí", 19, "đồng chí"), Q("5 đại biểu", 5, "đại biểu"),
 Q("10 chỉ tiêu chủ yếu", 10, "chỉ tiêu chủ yếu"), Q("ít nhất 150 hội viên mới", 150, "hội viên mới", "over"),
 Q("ít nhất 1 tổ tiết kiệm", 1, "tổ tiết kiệm", "over"), Q("90% trở lên", 90, "%", "over")],
[D("Nghị quyết", "11", "NQ/ĐU", "2026-03-05", "Ban Chấp hành Đảng bộ xã", "Nghị quyết số 11-NQ/ĐU ngày 05/3/2026"),
 D("Kế hoạch", "31", "KH-HPN", "2026-02-10", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 31/KH-HPN ngày 10/02/2026")],
[prov("Điện Biên"), com("Mường Nhé"), com("Sín Thầu"), com("Chung Chải")],
["Trang thông tin điện tử Hội LHPN tỉnh Điện Biên", "Trang chủ / Tin tức / Đại hội phụ nữ các cấp",
 "Đồng chí Lò Thị Luyến tặng hoa chúc mừng Ban Chấp hành khóa mới.", "Phụ nữ Việt Nam tự tin, tự trọng, trung hậu, đảm đang",
 "Gia đình hạnh phúc", "Lượt xem: 318"],
["2026-06-18 10:30", "lần thứ I", "nhiệm kỳ 2026 - 2031", "giai đoạn 2021 - 2026", "khóa I", "phiên họp thứ nhất", "lần thứ XVI", "Lượt xem: 318"]))
