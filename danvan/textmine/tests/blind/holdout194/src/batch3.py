from lib import *
PAGES = []

PAGES.append(page("b4625-laocai-hnct-daihoi-2026", """
Báo Lào Cai điện tử
Xã hội >> Mặt trận - Đoàn thể
Thứ Sáu, 08/05/2026 - 15:10
Ảnh: Đại biểu biểu quyết thông qua Nghị quyết đại hội.
Người cao tuổi xã Bắc Hà "tuổi cao - gương sáng" trong những tháng đầu xã mới
(BLC) - Ngày 6/5, Hội Người cao tuổi xã Bắc Hà tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2026 - 2031. Đây là đại hội điểm cấp xã của tỉnh Lào Cai, được tổ chức sau khi Hội Người cao tuổi các xã Bắc Hà, Na Hối, Bảo Nhai (tỉnh Lào Cai trước sắp xếp) hợp nhất theo Quyết định số 36/QĐ-MTTQ-BTT ngày 15/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã.
Dự đại hội có đồng chí Lù Văn Páo, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã; ông Hoàng Văn Nghiêm, Phó Chủ tịch Thường trực Hội Người cao tuổi tỉnh và 120 đại biểu đại diện cho 2.946 hội viên người cao tuổi của 34 chi hội.
Nhiệm kỳ 2021 - 2026, Hội đã vận động 418 hội viên tham gia phát triển kinh tế, trong đó 63 hội viên đạt danh hiệu "Người cao tuổi sản xuất kinh doanh giỏi" các cấp; 27 hội viên là người có uy tín trong đồng bào Mông, Tày, Nùng, Dao đã tham gia hòa giải thành 54 vụ việc mâu thuẫn ở thôn. Quỹ Chăm sóc và phát huy vai trò người cao tuổi đạt trên 1,3 tỷ đồng; 100% người cao tuổi từ 75 tuổi trở lên được hưởng trợ cấp xã hội. Hội tổ chức mừng thọ cho 1.108 lượt người cao tuổi, tặng 356 suất quà cho hội viên có hoàn cảnh khó khăn, mỗi suất từ 300.000 đến 500.000 đồng.
Đại hội đã nghe tham luận của cụ Giàng Seo Phử, người có uy tín thôn Sín Chải, và bà Vàng Thị Dua, Chi hội trưởng Chi hội Người cao tuổi thôn Na Kim. Cụ Phử kể lại việc vận động 19 hộ bỏ tục cúng bái linh đình trong đám ma.
Phát biểu chỉ đạo, đồng chí Lù Văn Páo đề nghị Hội tiếp tục thực hiện Chỉ thị 59-CT/TW của Ban Bí thư và Chương trình hành động số 12-CTr/ĐU của Đảng ủy xã, phát huy phong trào "Tuổi cao - Gương sáng".
Đại hội hiệp thương cử 15 đồng chí vào Ban Chấp hành khóa I. Ông Lục Văn Thọ, nguyên Phó Chủ tịch UBND huyện Bắc Hà, được bầu làm Chủ tịch Hội Người cao tuổi xã; các ông, bà Sần Thị Ly, Mã Văn Chín được bầu làm Phó Chủ tịch Hội Người cao tuổi xã.
Thông qua các chỉ tiêu nhiệm kỳ: 95% trở lên chi hội có Câu lạc bộ liên thế hệ tự giúp nhau; thành lập mới ít nhất 6 câu lạc bộ dưỡng sinh, văn nghệ; mỗi năm huy động Quỹ Chăm sóc người cao tuổi tăng khoảng 10%.
Hồng Duyên
Lượt xem: 1.388
Tin liên quan
- Xã Si Ma Cai ra mắt Câu lạc bộ liên thế hệ thứ 5 (28/04/2026)
- Lào Cai: 100% xã, phường hoàn thành đại hội Hội Người cao tuổi trước tháng 9/2026 (20/04/2026)
- Hội Người cao tuổi phường Yên Bái mừng thọ 400 hội viên (15/04/2026)
""", "2026-05-08", 'Người cao tuổi xã Bắc Hà "tuổi cao - gương sáng" trong những tháng đầu xã mới',
E("dai_hoi", None, "2026-05-06"),
[P("Lù Văn Páo", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hoàng Văn Nghiêm", "Phó Chủ tịch Thường trực Hội Người cao tuổi tỉnh"),
 P("Giàng Seo Phử", "người có uy tín thôn Sín Chải"),
 P("Vàng Thị Dua", "Chi hội trưởng Chi hội Người cao tuổi thôn Na Kim"),
 P("Lục Văn Thọ", "nguyên Phó Chủ tịch UBND huyện Bắc Hà", "Chủ tịch Hội Người cao tuổi xã"),
 P("Sần Thị Ly", "Phó Chủ tịch Hội Người cao tuổi xã"),
 P("Mã Văn Chín", "Phó Chủ tịch Hội Người cao tuổi xã")],
[Q("120 đại biểu", 120, "đại biểu"), Q("2.946 hội viên người cao tuổi", 2946, "hội viên người cao tuổi"), Q("34 chi hội", 34, "chi hội"),
 Q("418 hội viên", 418, "hội viên"), Q("63 hội viên", 63, "hội viên"), Q("27 hội viên", 27, "hội viên"),
 Q("54 vụ việc mâu thuẫn", 54, "vụ việc mâu thuẫn"), Q("trên 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("100%", 100, "%"),
 Q("1.108 lượt người cao tuổi", 1108, "lượt người cao tuổi"), Q("356 suất quà", 356, "suất quà"), Q("300.000", 300000, "đồng"),
 Q("500.000 đồng", 500000, "đồng"), Q("19 hộ", 19, "hộ"), Q("15 đồng chí", 15, "đồng chí"), Q("95% trở lên", 95, "%", "over"),
 Q("ít nhất 6 câu lạc bộ dưỡng sinh, văn nghệ", 6, "câu lạc bộ dưỡng sinh, văn nghệ", "over"), Q("khoảng 10%", 10, "%", "approx")],
[D("Quyết định", "36", "QĐ-MTTQ-BTT", "2025-08-15", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Quyết định số 36/QĐ-MTTQ-BTT ngày 15/8/2025"),
 D("Chỉ thị", "59", "CT/TW", None, "Ban Bí thư", "Chỉ thị 59-CT/TW"),
 D("Chương trình hành động", "12", "CTr/ĐU", None, "Đảng ủy xã", "Chương trình hành động số 12-CTr/ĐU")],
[prov("Lào Cai"), com("Bắc Hà"), com("Na Hối"), com("Bảo Nhai")],
["Báo Lào Cai điện tử", "Xã hội >> Mặt trận - Đoàn thể", "Ảnh: Đại biểu biểu quyết thông qua Nghị quyết đại hội.", "(BLC)",
 "Người cao tuổi sản xuất kinh doanh giỏi", "Tuổi cao - Gương sáng", "Lượt xem: 1.388"],
["Thứ Sáu, 08/05/2026 - 15:10", "lần thứ I", "nhiệm kỳ 2026 - 2031", "Nhiệm kỳ 2021 - 2026", "75 tuổi", "15 đồng chí", "khóa I", "Lượt xem: 1.388"]))

PAGES.append(page("b4626-hungyen-mttq-tiepxuccutri-2025", """
ỦY BAN MTTQ VIỆT NAM XÃ THÁI THỤY - TỈNH HƯNG YÊN
Trang chủ | Tin tức | Hoạt động Mặt trận
Cập nhật: 20/10/2025
Đại biểu Quốc hội tiếp xúc cử tri xã Thái Thụy
Chiều 18/10, Ban Thường trực Ủy ban MTTQ Việt Nam xã Thái Thụy phối hợp Đoàn đại biểu Quốc hội tỉnh Hưng Yên tổ chức Hội nghị tiếp xúc cử tri trước Kỳ họp thứ 10, Quốc hội khóa XV. Tham dự có đại biểu Quốc hội: Trần Khánh Thu, Phó Trưởng Đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh; Nguyễn Văn Huy, Ủy viên chuyên trách Ủy ban Văn hóa và Xã hội của Quốc hội; cùng 215 cử tri của 36 thôn.
Ảnh: Cử tri xã Thái Thụy phát biểu tại hội nghị.
Xã Thái Thụy được thành lập theo Nghị quyết số 1666/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội, trên cơ sở thị trấn Diêm Điền, xã Thụy Hải và xã Thụy Trường (tỉnh Thái Bình cũ). Sau hơn 3 tháng vận hành, Trung tâm Phục vụ hành chính công xã tiếp nhận 6.842 hồ sơ, giải quyết đúng hạn 98,6%.
Tại hội nghị, 14 lượt cử tri phát biểu với 22 ý kiến, kiến nghị. Cử tri Phạm Văn Lâm, thôn Tân Bồi, đề nghị sớm có hướng dẫn chế độ đối với 147 cán bộ không chuyên trách dôi dư sau sắp xếp; cử tri Bùi Thị Nhàn, hội viên Hội Nông dân thôn Đông Hồ, phản ánh 12 ha đất nuôi trồng thủy sản ven biển bị sạt lở sau bão số 3; ông Vũ Đức Thịnh, cựu chiến binh thôn Thụy Trường, kiến nghị tăng mức hỗ trợ cho 68 người có công cao tuổi.
Thay mặt Đoàn, đại biểu Trần Khánh Thu tiếp thu, giải trình các ý kiến thuộc thẩm quyền; cho biết Quốc hội đã ban hành Nghị quyết số 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh và Chính phủ đã có Nghị định 154/2025/NĐ-CP về tinh giản biên chế, trong đó có chế độ với người hoạt động không chuyên trách. Đồng chí Đặng Văn Quyết, Phó Chủ tịch UBND xã Thái Thụy trả lời 9 ý kiến thuộc thẩm quyền của xã.
Đồng chí Hà Thị Nguyệt, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã cho biết trước hội nghị Mặt trận xã đã tổng hợp 31 ý kiến qua hòm thư góp ý, mạng xã hội Zalo của 36 Ban công tác Mặt trận; sau hội nghị sẽ tổng hợp đầy đủ gửi Ủy ban MTTQ Việt Nam tỉnh theo Kế hoạch số 112/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Từ tháng 7 đến nay, Mặt trận và các đoàn thể xã đã giám sát 3 chuyên đề, vận động 1,48 tỷ đồng ủng hộ người dân vùng bão lũ, trao 530 suất quà.
Cử tri cũng đề nghị Quốc hội quan tâm chính sách cho ngư dân đánh bắt xa bờ, sớm nâng cấp tuyến đê biển qua địa bàn xã.
Thu Hà - Ban công tác Mặt trận
Lượt truy cập: 892
Các tin khác
- Thái Thụy: Hội nghị Ban Thường trực mở rộng tháng 9 (30/09/2025)
- Trao 25 phần quà cho ngư dân bị thiệt hại do bão số 3 (25/07/2025)
- Xã Thái Thụy ra mắt Ủy ban MTTQ Việt Nam xã (01/07/2025)
""", "2025-10-20", "Đại biểu Quốc hội tiếp xúc cử tri xã Thái Thụy",
E("hoi_nghi", None, "2025-10-18"),
[P("Trần Khánh Thu", "Phó Trưởng Đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh", "đại biểu Quốc hội"),
 P("Nguyễn Văn Huy", "Ủy viên chuyên trách Ủy ban Văn hóa và Xã hội của Quốc hội", "đại biểu Quốc hội"),
 P("Phạm Văn Lâm"),
 P("Bùi Thị Nhàn", "hội viên Hội Nông dân thôn Đông Hồ"),
 P("Vũ Đức Thịnh", "cựu chiến binh thôn Thụy Trường"),
 P("Đặng Văn Quyết", "Phó Chủ tịch UBND xã Thái Thụy"),
 P("Hà Thị Nguyệt", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("215 cử tri", 215, "cử tri"), Q("36 thôn", 36, "thôn"), Q("6.842 hồ sơ", 6842, "hồ sơ"), Q("98,6%", 98.6, "%"),
 Q("14 lượt cử tri", 14, "lượt cử tri"), Q("22 ý kiến, kiến nghị", 22, "ý kiến, kiến nghị"),
 Q("147 cán bộ không chuyên trách", 147, "cán bộ không chuyên trách"), Q("12 ha", 12, "ha"),
 Q("68 người có công cao tuổi", 68, "người có công cao tuổi"), Q("9 ý kiến", 9, "ý kiến"), Q("31 ý kiến", 31, "ý kiến"),
 Q("36 Ban công tác Mặt trận", 36, "Ban công tác Mặt trận"), Q("3 chuyên đề", 3, "chuyên đề"), Q("1,48 tỷ đồng", 1480000000, "đồng"),
 Q("530 suất quà", 530, "suất quà")],
[D("Nghị quyết", "1666", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1666/NQ-UBTVQH15 ngày 16/6/2025"),
 D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Nghị định", "154", "2025/NĐ-CP", None, "Chính phủ", "Nghị định 154/2025/NĐ-CP"),
 D("Kế hoạch", "112", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT")],
[prov("Hưng Yên"), prov("Thái Bình"), com("Thái Thụy"), com("Diêm Điền"), com("Thụy Hải"), com("Thụy Trường")],
["ỦY BAN MTTQ VIỆT NAM XÃ THÁI THỤY - TỈNH HƯNG YÊN", "Trang chủ | Tin tức | Hoạt động Mặt trận",
 "Ảnh: Cử tri xã Thái Thụy phát biểu tại hội nghị.", "Trung tâm Phục vụ hành chính công xã", "Lượt truy cập: 892"],
["Cập nhật: 20/10/2025", "Kỳ họp thứ 10", "khóa XV", "hơn 3 tháng", "bão số 3", "Lượt truy cập: 892"]))

PAGES.append(page("b4627-kiengiang-mttq-taphuan-2022", """
Báo Kiên Giang Online
Tin tức › Chính trị › Mặt trận - Đoàn thể
30 tháng 6, 2022 | 17:45
Tập huấn nghiệp vụ cho 96 cán bộ Mặt trận cơ sở xã Vĩnh Hòa Hưng Bắc
(BKG) - Ngày 29/6, Ủy ban MTTQ Việt Nam xã Vĩnh Hòa Hưng Bắc (huyện Gò Quao) tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận năm 2022 cho 96 học viên là ủy viên Ủy ban MTTQ xã, trưởng, phó Ban công tác Mặt trận, trưởng ấp và chi hội trưởng các đoàn thể của 11 ấp.
Ông Danh Sơn, Chủ tịch Ủy ban MTTQ Việt Nam xã phát biểu khai giảng lớp tập huấn.
Các học viên được bà Thị Sô Phi, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam huyện Gò Quao và ông Lê Hoàng Vũ, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện truyền đạt các chuyên đề: Điều lệ MTTQ Việt Nam; Luật Thực hiện dân chủ ở cơ sở; Quyết định số 217-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội; Hướng dẫn số 18/HD-MTTW-BTT ngày 2/6/2022 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về Ngày hội Đại đoàn kết toàn dân tộc; kỹ năng vận động đồng bào Khmer, chức sắc, chức việc tôn giáo.
Theo ông Danh Sơn, xã Vĩnh Hòa Hưng Bắc có 3.104 hộ, trong đó 1.215 hộ đồng bào Khmer; có 3 chùa Phật giáo Nam tông Khmer, 1 họ đạo Công giáo. 6 tháng đầu năm 2022, Ban công tác Mặt trận các ấp đã vận động 86 hộ hiến 12.400 m2 đất làm đường, hỗ trợ xây 14 căn nhà Đại đoàn kết, mỗi căn 50 triệu đồng; 100% ấp đạt chuẩn ấp văn hóa. Tuy nhiên vẫn còn 2 ấp có Ban công tác Mặt trận hoạt động chưa đều, 9 trưởng ban mới được bầu chưa qua bồi dưỡng.
Tại lớp học, Đại đức Danh Phol, trụ trì chùa Cạn Đám, chia sẻ cách nhà chùa phối hợp vận động con em đồng bào Khmer đến trường; bà Nguyễn Thị Bé Tư, Trưởng ban công tác Mặt trận ấp Hòa Hưng, giới thiệu mô hình "Tổ nhân dân tự quản không có đơn thư vượt cấp".
Cuối lớp tập huấn, 96/96 học viên làm bài thu hoạch, trong đó 71 bài đạt loại khá, giỏi. Lớp tập huấn được tổ chức theo Kế hoạch số 31/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Gò Quao với kinh phí khoảng 18 triệu đồng.
Dịp này, Ủy ban MTTQ xã trao 20 suất học bổng, mỗi suất 1 triệu đồng cho học sinh Khmer vượt khó.
Theo kế hoạch, trong quý III, Ủy ban MTTQ huyện Gò Quao sẽ tiếp tục mở 2 lớp tương tự cho các xã vùng đồng bào Khmer còn lại, đồng thời biên soạn tài liệu song ngữ Việt - Khmer để phát cho Ban công tác Mặt trận các ấp.
Danh Út
Lượt xem: 1.057
Tin liên quan
- Gò Quao: sơ kết 6 tháng đầu năm 2022 công tác Mặt trận (24/06/2022)
- Kiên Giang: 120 người có uy tín được tập huấn kỹ năng (17/06/2022)
- Xã Vĩnh Phước A bàn giao 5 căn nhà Đại đoàn kết (10/06/2022)
""", "2022-06-30", "Tập huấn nghiệp vụ cho 96 cán bộ Mặt trận cơ sở xã Vĩnh Hòa Hưng Bắc",
E("tap_huan", "2022", "2022-06-29"),
[P("Danh Sơn", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thị Sô Phi", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam huyện Gò Quao"),
 P("Lê Hoàng Vũ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Danh Phol", "Đại đức", "trụ trì chùa Cạn Đám"),
 P("Nguyễn Thị Bé Tư", "Trưởng ban công tác Mặt trận ấp Hòa Hưng")],
[Q("96 cán bộ Mặt trận cơ sở", 96, "cán bộ Mặt trận cơ sở"), Q("11 ấp", 11, "ấp"), Q("3.104 hộ", 3104, "hộ"),
 Q("1.215 hộ đồng bào Khmer", 1215, "hộ đồng bào Khmer"), Q("3 chùa Phật giáo Nam tông Khmer", 3, "chùa Phật giáo Nam tông Khmer"),
 Q("86 hộ", 86, "hộ"), Q("12.400 m2", 12400, "m2"), Q("14 căn nhà Đại đoàn kết", 14, "căn nhà Đại đoàn kết"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("100%", 100, "%"), Q("2 ấp", 2, "ấp"), Q("9 trưởng ban", 9, "trưởng ban"),
 Q("71 bài", 71, "bài"), Q("khoảng 18 triệu đồng", 18000000, "đồng", "approx"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("2 lớp", 2, "lớp")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Hướng dẫn", "18", "HD-MTTW-BTT", "2022-06-02", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 18/HD-MTTW-BTT ngày 2/6/2022"),
 D("Kế hoạch", "31", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Gò Quao", "Kế hoạch số 31/KH-MTTQ-BTT")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Bắc")],
["Báo Kiên Giang Online", "Tin tức › Chính trị › Mặt trận - Đoàn thể", "(BKG)",
 "Ông Danh Sơn, Chủ tịch Ủy ban MTTQ Việt Nam xã phát biểu khai giảng lớp tập huấn.", "Luật Thực hiện dân chủ ở cơ sở",
 "Điều lệ MTTQ Việt Nam", "Tổ nhân dân tự quản không có đơn thư vượt cấp", "Lượt xem: 1.057"],
["30 tháng 6, 2022 | 17:45", "năm 2022", "6 tháng đầu năm 2022", "1 họ đạo", "Lượt xem: 1.057"]))

PAGES.append(page("b4628-dongnai-mttq-giaoban-2026", """
PHƯỜNG BÌNH LONG - TỈNH ĐỒNG NAI | Cổng thông tin điện tử
Trang chủ > Mặt trận Tổ quốc và các đoàn thể
06/02/2026 06:00
Toàn cảnh buổi giao ban.
Phường Bình Long: Giao ban Mặt trận, đoàn thể tháng 1 và triển khai chăm lo Tết
Sáng 4/2, Ban Thường trực Ủy ban MTTQ Việt Nam phường Bình Long chủ trì giao ban với Hội LHPN, Hội Nông dân, Hội Cựu chiến binh, Đoàn Thanh niên và 32 Ban công tác Mặt trận khu phố, đánh giá kết quả tháng 1/2026. Đồng chí Điểu Thị Hằng, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường chủ trì; dự có đồng chí Trần Quốc Dũng, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch Thường trực HĐND phường.
Phường Bình Long (tỉnh Bình Phước cũ, nay thuộc tỉnh Đồng Nai) được thành lập từ phường An Lộc, phường Phú Thịnh và xã Thanh Lương, hiện có 9.870 hộ, trong đó 612 hộ đồng bào S'tiêng, Khmer.
Trong tháng 1, Mặt trận và các đoàn thể đã vận động được 1,26 tỷ đồng và 8,5 tấn gạo cho chương trình "Tết nhân ái"; dự kiến trao 2.400 phần quà Tết, mỗi phần trị giá 600.000 đồng, trong đó 350 phần cho công nhân, lao động thuê trọ không về quê đón Tết. Hội LHPN phường phối hợp tổ chức "Phiên chợ 0 đồng" phục vụ khoảng 1.000 lượt người; Đoàn Thanh niên ra quân 15 điểm "Xuân tình nguyện".
Các Ban công tác Mặt trận đã tổ chức 32/32 hội nghị lấy ý kiến nhân dân về tiêu chuẩn người ứng cử đại biểu HĐND phường; tiếp nhận 9 đơn kiến nghị, giải quyết xong 7 đơn.
Bà Thị Bé, Trưởng ban công tác Mặt trận khu phố Phú Lạc, người S'tiêng, kiến nghị hỗ trợ 11 hộ đồng bào dân tộc thiểu số chưa có đất sản xuất. Ông Điểu Xanh, người có uy tín sóc Bồn Xăng, đề nghị phường duy trì lớp dạy tiếng S'tiêng cho thiếu nhi.
Đồng chí Phan Thị Lệ, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội LHPN phường và đồng chí Lê Tấn Phát, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội Nông dân phường báo cáo tiến độ rà soát danh sách hộ nghèo, cận nghèo; hiện phường còn 47 hộ nghèo, 86 hộ cận nghèo.
Kết luận, đồng chí Điểu Thị Hằng yêu cầu hoàn thành trao quà Tết trước ngày 14/2; triển khai Kế hoạch số 04/KH-MTTQ-BTT ngày 12/01/2026 và Hướng dẫn 05-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy; thực hiện Chỉ thị 46-CT/TW, 47-CT/TW của Ban Bí thư về bầu cử.
Cũng tại giao ban, các đoàn thể thống nhất phân công 18 cán bộ trực tại các khu phố đông công nhân trong những ngày Tết; Hội Cựu chiến binh phường nhận thăm, tặng quà 64 cựu chiến binh là thương binh, bệnh binh nặng. Đoàn Thanh niên phường phối hợp Công an phường bố trí lực lượng bảo đảm an ninh, trật tự tại 4 điểm bắn pháo hoa, vui chơi đón Giao thừa.
Mỹ Hạnh
Lượt truy cập: 2.215
Tin khác
- Đồng Nai: 100% xã, phường tổ chức "Tết nhân ái" (02/02/2026)
- Phường Bình Long giao ban Mặt trận tháng 12/2025 (06/01/2026)
- Trao 30 căn nhà Đại đoàn kết cho hộ đồng bào S'tiêng (28/12/2025)
""", "2026-02-06", "Phường Bình Long: Giao ban Mặt trận, đoàn thể tháng 1 và triển khai chăm lo Tết",
E("giao_ban", "2026-01", "2026-02-04"),
[P("Điểu Thị Hằng", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Trần Quốc Dũng", "Ủy viên Ban Thường vụ Đảng ủy", "Phó Chủ tịch Thường trực HĐND phường"),
 P("Thị Bé", "Trưởng ban công tác Mặt trận khu phố Phú Lạc"),
 P("Điểu Xanh", "người có uy tín sóc Bồn Xăng"),
 P("Phan Thị Lệ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội LHPN phường"),
 P("Lê Tấn Phát", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Nông dân phường")],
[Q("32 Ban công tác Mặt trận khu phố", 32, "Ban công tác Mặt trận khu phố"), Q("9.870 hộ", 9870, "hộ"),
 Q("612 hộ đồng bào S'tiêng, Khmer", 612, "hộ đồng bào S'tiêng, Khmer"), Q("1,26 tỷ đồng", 1260000000, "đồng"),
 Q("8,5 tấn", 8.5, "tấn"), Q("2.400 phần quà", 2400, "phần quà"), Q("600.000 đồng", 600000, "đồng"), Q("350 phần", 350, "phần"),
 Q("khoảng 1.000 lượt người", 1000, "lượt người", "approx"), Q("15 điểm", 15, "điểm"), Q("32/32 hội nghị", 32, "hội nghị"),
 Q("9 đơn kiến nghị", 9, "đơn kiến nghị"), Q("7 đơn", 7, "đơn"), Q("11 hộ đồng bào dân tộc thiểu số", 11, "hộ đồng bào dân tộc thiểu số"),
 Q("47 hộ nghèo", 47, "hộ nghèo"), Q("86 hộ cận nghèo", 86, "hộ cận nghèo"),
 Q("18 cán bộ", 18, "cán bộ"), Q("64 cựu chiến binh", 64, "cựu chiến binh"), Q("4 điểm", 4, "điểm")],
[D("Kế hoạch", "04", "KH-MTTQ-BTT", "2026-01-12", None, "Kế hoạch số 04/KH-MTTQ-BTT ngày 12/01/2026"),
 D("Hướng dẫn", "05", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 05-HD/BTGDVTU"),
 D("Chỉ thị", "46", "CT/TW", None, "Ban Bí thư", "Chỉ thị 46-CT/TW, 47-CT/TW"),
 D("Chỉ thị", "47", "CT/TW", None, "Ban Bí thư", "Chỉ thị 46-CT/TW, 47-CT/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bình Long"), com("An Lộc"), com("Phú Thịnh"), com("Thanh Lương")],
["PHƯỜNG BÌNH LONG - TỈNH ĐỒNG NAI | Cổng thông tin điện tử", "Trang chủ > Mặt trận Tổ quốc và các đoàn thể", "Toàn cảnh buổi giao ban.",
 "Tết nhân ái", "Phiên chợ 0 đồng", "Xuân tình nguyện", "Lượt truy cập: 2.215"],
["06/02/2026 06:00", "tháng 1/2026", "Phiên chợ 0 đồng", "Lượt truy cập: 2.215"]))

PAGES.append(page("b4629-khanhhoa-mttq-chandung-2025", """
Báo Khánh Hòa điện tử
Xã hội / Gương sáng
Cập nhật lúc 10:20 ngày 19/12/2025
Nữ Chủ tịch Mặt trận người Chăm của xã mới Phước Hữu
Sau ngày 1/7/2025, khi xã Phước Hữu (tỉnh Ninh Thuận cũ, nay thuộc tỉnh Khánh Hòa) được thành lập từ xã Phước Hữu, xã Phước Thái và xã Phước Hậu, chị Đàng Thị Mỹ Hạnh, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hữu, nhận nhiệm vụ trong bộn bề việc mới: địa bàn rộng gấp 3 lần, dân số hơn 31.000 người với 14 thôn, trong đó 9 thôn đồng bào Chăm.
Chị Đàng Thị Mỹ Hạnh (bìa trái) trò chuyện với bà con thôn Hậu Sanh. Ảnh: Phan Sáu
Sinh năm 1984 tại thôn Hữu Đức, từng là Bí thư Đoàn xã rồi Chủ tịch Hội LHPN xã Phước Hữu cũ, chị Hạnh hiểu phong tục của cả đồng bào Chăm Bàlamôn và Chăm Bàni. Tháng đầu tiên, chị cùng các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Thành Văn Tuấn, Quảng Thị Lệ về tất cả 14 thôn để gặp 28 chức sắc tôn giáo, 36 người có uy tín. "Mình không mang quà, chỉ mang tai để nghe", chị kể.
Từ những buổi gặp đó, Mặt trận xã tham mưu Đảng ủy ban hành Nghị quyết chuyên đề số 03-NQ/ĐU về công tác vận động đồng bào Chăm giai đoạn 2025 - 2030. Ông Thông Minh Lâm, Cả sư, người có uy tín thôn Hữu Đức, nhận xét: "Cô Hạnh nói tiếng Chăm, hiểu lễ Katê, nên bà con tin".
Trong 5 tháng, Mặt trận xã vận động được 412 triệu đồng xây 6 căn nhà cho hộ nghèo; vận động 73 hộ hiến 8.600 m2 đất làm kênh tưới, giúp khoảng 120 ha lúa chủ động nước. Xã có 25 mô hình "Dân vận khéo", trong đó mô hình "Thôn Chăm không có ma túy" ở 9/9 thôn được Ban Tuyên giáo và Dân vận Tỉnh ủy biểu dương.
Bà Nguyễn Thị Kim Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa đánh giá: chỉ sau 5 tháng, Phước Hữu là một trong 10 xã vùng đồng bào dân tộc có kết quả vận động quỹ và giải quyết kiến nghị tốt nhất tỉnh, 100% kiến nghị được trả lời.
Với chị Hạnh, điều khó nhất là giữ được sự gắn bó của người dân khi trụ sở xã xa hơn: "Có bà con phải đi 17 km mới lên tới xã, nên Mặt trận phải xuống thôn nhiều hơn". Theo Kế hoạch số 15/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ xã, mỗi tuần một ủy viên Ban Thường trực trực tại một thôn.
Chương trình công tác năm 2026 của Mặt trận xã đặt mục tiêu xóa toàn bộ 21 căn nhà tạm còn lại, vận động ít nhất 500 triệu đồng cho Quỹ "Vì người nghèo" và duy trì đều đặn hội nghị nghe ý kiến nhân dân mỗi quý ở từng thôn. Với chị Hạnh, đó cũng là cách để người dân thấy xã mới "gần" hơn dù đường lên xã xa hơn.
Phan Sáu
Lượt xem: 4.026
Tin liên quan
- Khánh Hòa: Tôn vinh 60 "Gương sáng dân vận" năm 2025 (15/12/2025)
- Xã Phước Dinh trao 40 suất quà cho ngư dân (10/12/2025)
- Hội nghị người có uy tín đồng bào Chăm (05/12/2025)
""", "2025-12-19", "Nữ Chủ tịch Mặt trận người Chăm của xã mới Phước Hữu",
E("khac", None, None),
[P("Đàng Thị Mỹ Hạnh", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hữu"),
 P("Thành Văn Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Quảng Thị Lệ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thông Minh Lâm", "Cả sư", "người có uy tín thôn Hữu Đức"),
 P("Nguyễn Thị Kim Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa")],
[Q("hơn 31.000 người", 31000, "người", "over"), Q("14 thôn", 14, "thôn"), Q("9 thôn đồng bào Chăm", 9, "thôn đồng bào Chăm"),
 Q("28 chức sắc tôn giáo", 28, "chức sắc tôn giáo"), Q("36 người có uy tín", 36, "người có uy tín"), Q("412 triệu đồng", 412000000, "đồng"),
 Q("6 căn nhà", 6, "căn nhà"), Q("73 hộ", 73, "hộ"), Q("8.600 m2", 8600, "m2"), Q("khoảng 120 ha", 120, "ha", "approx"),
 Q("25 mô hình", 25, "mô hình"), Q("9/9 thôn", 9, "thôn"), Q("10 xã vùng đồng bào dân tộc", 10, "xã vùng đồng bào dân tộc"),
 Q("100%", 100, "%"), Q("17 km", 17, "km"), Q("21 căn nhà tạm", 21, "căn nhà tạm"),
 Q("ít nhất 500 triệu đồng", 500000000, "đồng", "over")],
[D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy", "Nghị quyết chuyên đề số 03-NQ/ĐU"),
 D("Kế hoạch", "15", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ xã", "Kế hoạch số 15/KH-MTTQ-BTT")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Phước Hữu"), com("Phước Thái"), com("Phước Hậu")],
["Báo Khánh Hòa điện tử", "Xã hội / Gương sáng", "Chị Đàng Thị Mỹ Hạnh (bìa trái) trò chuyện với bà con thôn Hậu Sanh. Ảnh: Phan Sáu",
 "Dân vận khéo", "Thôn Chăm không có ma túy", "Vì người nghèo", "Lượt xem: 4.026"],
["Cập nhật lúc 10:20 ngày 19/12/2025", "gấp 3 lần", "Sinh năm 1984", "5 tháng", "giai đoạn 2025 - 2030", "Lượt xem: 4.026"]))

PAGES.append(page("b4630-hatinh-dangvan-giaoban-2024", """
ĐẢNG ỦY XÃ CẨM BÌNH - HUYỆN CẨM XUYÊN
Bạn đang ở: Trang chủ » Công tác dân vận » Tin hoạt động
11/10/2024 | 08:00
Khối dân vận xã Cẩm Bình giao ban quý III
Ngày 9/10, Khối dân vận xã Cẩm Bình (huyện Cẩm Xuyên, tỉnh Hà Tĩnh) tổ chức giao ban đánh giá kết quả công tác dân vận, Mặt trận và đoàn thể quý III năm 2024, bàn nhiệm vụ quý IV. Đồng chí Trần Thị Hoài, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã chủ trì; dự có đồng chí Hà Văn Minh, Phó Trưởng Ban Dân vận Huyện ủy Cẩm Xuyên.
Quý III, khối dân vận xã tập trung vận động nhân dân khắc phục hậu quả bão số 4, giúp 126 hộ dựng lại chuồng trại, dọn dẹp trên 2,3 km kênh mương; Ủy ban MTTQ xã tiếp nhận 98 triệu đồng ủng hộ đồng bào các tỉnh phía Bắc bị thiệt hại do bão số 3 (bão Yagi). Các tổ dân vận thôn đã vận động 37 hộ hiến 2.760 m2 đất, tháo dỡ 410 m tường rào để mở rộng đường liên thôn; 12/12 thôn tổ chức lấy ý kiến góp ý dự thảo văn kiện Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030 với 1.326 lượt người tham gia.
Thực hiện Kết luận số 114-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận của Nhà nước và Kế hoạch số 302-KH/HU ngày 14/8/2024 của Ban Thường vụ Huyện ủy, Đảng ủy xã đã chỉ đạo rà soát, giải quyết 14 đơn thư tồn đọng, đến nay đã giải quyết dứt điểm 11/14 đơn. Phong trào thi đua "Dân vận khéo" có thêm 4 mô hình mới, nâng tổng số lên 23 mô hình, trong đó 3 mô hình cấp huyện.
Tại giao ban, các đồng chí Nguyễn Văn Hải, Chủ tịch Ủy ban MTTQ xã; Phan Thị Thanh, Chủ tịch Hội Phụ nữ xã; Lê Xuân Bình, Bí thư Đoàn xã phản ánh khó khăn khi vận động nhân dân tham gia bảo hiểm y tế hộ gia đình, tỷ lệ mới đạt 91,4%.
Ông Hồ Văn Lợi, Bí thư Chi bộ kiêm Trưởng thôn Bình Hòa, đề xuất hỗ trợ kinh phí cho 5 tổ tự quản vệ sinh môi trường.
Phát biểu kết luận, đồng chí Trần Thị Hoài đề nghị quý IV tập trung thực hiện Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp; phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 12 thôn; chuẩn bị các điều kiện cho việc sắp xếp đơn vị hành chính theo chủ trương của cấp trên, làm tốt công tác tư tưởng trong cán bộ, nhân dân.
Theo báo cáo, 9 tháng năm 2024, các tổ hòa giải ở thôn đã hòa giải thành 17/19 vụ việc; không có khiếu kiện đông người, vượt cấp. Hội Cựu chiến binh xã đứng ra bảo lãnh cho 42 hội viên vay vốn với tổng dư nợ khoảng 2,1 tỷ đồng. Việc thực hiện Quy chế dân chủ ở cơ sở được Ban Thanh tra nhân dân giám sát 3 cuộc, kiến nghị công khai thu, chi các khoản đóng góp của nhân dân.
Hà Tuệ
Lượt xem: 703
Tin liên quan
- Cẩm Bình: ra quân hỗ trợ nhân dân khắc phục hậu quả bão số 4 (22/09/2024)
- Hội Nông dân xã Cẩm Bình trao 10 con bò giống cho hội viên nghèo (05/09/2024)
- Khối dân vận xã giao ban quý II năm 2024 (10/07/2024)
""", "2024-10-11", "Khối dân vận xã Cẩm Bình giao ban quý III",
E("giao_ban", "2024-Q3", "2024-10-09"),
[P("Trần Thị Hoài", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Hà Văn Minh", "Phó Trưởng Ban Dân vận Huyện ủy Cẩm Xuyên"),
 P("Nguyễn Văn Hải", "Chủ tịch Ủy ban MTTQ xã"),
 P("Phan Thị Thanh", "Chủ tịch Hội Phụ nữ xã"),
 P("Lê Xuân Bình", "Bí thư Đoàn xã"),
 P("Hồ Văn Lợi", "Bí thư Chi bộ kiêm Trưởng thôn Bình Hòa")],
[Q("126 hộ", 126, "hộ"), Q("trên 2,3 km", 2.3, "km", "over"), Q("98 triệu đồng", 98000000, "đồng"), Q("37 hộ", 37, "hộ"),
 Q("2.760 m2", 2760, "m2"), Q("410 m", 410, "m"), Q("12/12 thôn", 12, "thôn"), Q("1.326 lượt người", 1326, "lượt người"),
 Q("14 đơn thư tồn đọng", 14, "đơn thư tồn đọng"), Q("11/14 đơn", 11, "đơn"), Q("4 mô hình mới", 4, "mô hình mới"),
 Q("23 mô hình", 23, "mô hình"), Q("3 mô hình cấp huyện", 3, "mô hình cấp huyện"), Q("91,4%", 91.4, "%"),
 Q("5 tổ tự quản vệ sinh môi trường", 5, "tổ tự quản vệ sinh môi trường"),
 Q("17/19 vụ việc", 17, "vụ việc"), Q("42 hội viên", 42, "hội viên"), Q("khoảng 2,1 tỷ đồng", 2100000000, "đồng", "approx"), Q("3 cuộc", 3, "cuộc")],
[D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Kế hoạch", "302", "KH/HU", "2024-08-14", "Ban Thường vụ Huyện ủy", "Kế hoạch số 302-KH/HU ngày 14/8/2024"),
 D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 35-CT/TW")],
[prov("Hà Tĩnh"), com("Cẩm Bình")],
["ĐẢNG ỦY XÃ CẨM BÌNH - HUYỆN CẨM XUYÊN", "Bạn đang ở: Trang chủ » Công tác dân vận » Tin hoạt động", "Dân vận khéo",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 703"],
["11/10/2024 | 08:00", "quý III năm 2024", "quý IV", "bão số 4", "bão số 3", "9 tháng năm 2024", "nhiệm kỳ 2025 - 2030", "Lượt xem: 703"]))
