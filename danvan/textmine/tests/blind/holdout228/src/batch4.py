from lib import *
PAGES = []

PAGES.append(page("b5447-lamdong-mttq-traoqua-2026", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Xã hội - Mặt trận - Đoàn thể
06/02/2026 - 14:35
Ảnh: Trao quà Tết cho nghệ nhân làng gốm Bình Đức.
Thăm, chúc Tết và trao quà cho đồng bào Chăm làng gốm Bình Đức
Ngày 5/2, đoàn công tác Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng do bà Trần Thị Thanh Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh làm trưởng đoàn đã thăm, chúc Tết và trao 350 suất quà Tết cho hộ nghèo, hộ cận nghèo đồng bào Chăm, Raglai tại các xã Phan Rí Thành, Bắc Bình. Mỗi suất quà trị giá 600.000 đồng, tổng trị giá 210 triệu đồng, từ nguồn vận động theo chương trình "Tết Đại đoàn kết".
Đây là năm đầu tiên sau khi các tỉnh Lâm Đồng, Đắk Nông và Bình Thuận hợp nhất, đoàn của tỉnh về với làng gốm cổ ven sông Lũy. Làng Bình Đức hiện có 86 hộ làm gốm, trong đó 43 hộ vẫn nung gốm bằng 3 lò nung lộ thiên theo cách truyền thống; mỗi năm làng đón khoảng 40.000 lượt khách, trên 30% là khách quốc tế.
Tại buổi thăm, Nghệ nhân Ưu tú Thông Thị Hoa, người đã gắn bó hơn 50 năm với nghề nặn gốm không dùng bàn xoay, bày tỏ xúc động khi nghề gốm Chăm được UNESCO ghi danh và được chính quyền các cấp quan tâm. Cả sư Lưu Quang Thành, Phó Trưởng Hội đồng Chức sắc Bà-la-môn tỉnh, đề nghị tỉnh tiếp tục hỗ trợ bảo tồn tháp Pô Dam và các lễ hội Katê, Ramưwan.
Bà Trần Thị Thanh Mai cho biết, thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc và Kế hoạch số 02/KH-MTTQ-BTT ngày 6/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, năm 2026 Mặt trận tỉnh sẽ vận động xây 5 căn nhà Đại đoàn kết cho hộ làm gốm khó khăn, mỗi căn hỗ trợ 60 triệu đồng; đồng thời phối hợp Sở Văn hóa, Thể thao và Du lịch thực hiện Đề án số 05-ĐA/TU của Ban Thường vụ Tỉnh ủy về bảo tồn nghề gốm Chăm gắn với du lịch cộng đồng.
Ông Đàng Năng Quang, Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Rí Thành, cho biết năm 2025 xã đã giúp 25 hộ nghèo thoát nghèo nhờ bán gốm cho khách; tỷ lệ hộ nghèo của làng giảm còn 12%. Bà Mang Thị Lành, Phó Chủ tịch UBND xã Bắc Bình, đề nghị hỗ trợ sân phơi và lò nung cải tiến, giảm khói bụi mà vẫn giữ được màu gốm truyền thống.
Dịp này, đoàn cũng trao 20 suất học bổng cho học sinh Chăm vượt khó, mỗi suất 1 triệu đồng, và thăm, tặng quà các vị chức sắc tôn giáo Bà-la-môn, Bà Ni tiêu biểu. Không khí đón Tết tại làng gốm thật rộn ràng, nhiều gia đình đã sửa sang nhà cửa, bày sản phẩm gốm ra sân đón khách du xuân.
Ngọc Hà
Lượt xem: 1.840
Tin liên quan
- Ủy ban MTTQ Việt Nam tỉnh trao 2.000 suất quà Tết cho hộ nghèo (03/02/2026)
- Đà Lạt: ra mắt tuyến du lịch làng hoa Vạn Thành (28/01/2026)
- Gia Nghĩa: hỗ trợ đồng bào M'nông giữ nghề đan gùi (20/01/2026)
""", "2026-02-06", "Thăm, chúc Tết và trao quà cho đồng bào Chăm làng gốm Bình Đức",
E("trao_qua", None, "2026-02-05"),
[P("Trần Thị Thanh Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Thông Thị Hoa", "Nghệ nhân Ưu tú"),
 P("Lưu Quang Thành", "Cả sư", "Phó Trưởng Hội đồng Chức sắc Bà-la-môn tỉnh"),
 P("Đàng Năng Quang", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Rí Thành"),
 P("Mang Thị Lành", "Phó Chủ tịch UBND xã Bắc Bình")],
[Q("350 suất quà Tết", 350, "suất quà"), Q("600.000 đồng", 600000, "đồng"), Q("210 triệu đồng", 210000000, "đồng"),
 Q("86 hộ làm gốm", 86, "hộ"), Q("43 hộ", 43, "hộ"), Q("3 lò nung lộ thiên", 3, "lò nung lộ thiên"),
 Q("khoảng 40.000 lượt khách", 40000, "lượt khách", "approx"), Q("trên 30%", 30, "%", "over"),
 Q("5 căn nhà Đại đoàn kết", 5, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"), Q("25 hộ nghèo", 25, "hộ nghèo"),
 Q("12%", 12, "%"), Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương", "Nghị quyết số 43-NQ/TW ngày 24/11/2023"),
 D("Kế hoạch", "02", "KH-MTTQ-BTT", "2026-01-06", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 02/KH-MTTQ-BTT ngày 6/1/2026"),
 D("Đề án", "05", "ĐA/TU", None, "Ban Thường vụ Tỉnh ủy", "Đề án số 05-ĐA/TU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Phan Rí Thành"), com("Bắc Bình")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Xã hội - Mặt trận - Đoàn thể", "Ảnh: Trao quà Tết cho nghệ nhân làng gốm Bình Đức.",
 "Tết Đại đoàn kết", "Lượt xem: 1.840"],
["06/02/2026 - 14:35", "hơn 50 năm", "năm 2026", "năm 2025", "Lượt xem: 1.840"]))

PAGES.append(page("b5448-dongnai-mttq-hoinghi-2025", """
Báo Đồng Nai điện tử
Trang chủ / Chính trị / Mặt trận
12/09/2025 17:05
Người có uy tín góp sức giữ hồn văn hóa sóc Bom Bo
Sáng 11/9, Ủy ban MTTQ Việt Nam tỉnh Đồng Nai tổ chức hội nghị gặp mặt, biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2025. Đây là hội nghị đầu tiên của tỉnh Đồng Nai sau khi hợp nhất với tỉnh Bình Phước, với 320 người có uy tín là đồng bào S'tiêng, Mạ, Chơ Ro, Khmer, Hoa tham dự.
Quang cảnh hội nghị gặp mặt người có uy tín.
Chủ trì hội nghị có ông Nguyễn Tấn Lực, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và các ông, bà Lâm Thị Kim Phượng, Điểu K'Ré - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo tại hội nghị cho biết, thực hiện Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ và Kết luận số 65-KL/TW của Bộ Chính trị về công tác dân tộc, những năm qua người có uy tín đã vận động 1.850 hộ đồng bào S'tiêng tham gia giữ gìn văn hóa truyền thống, trong đó có 16 bộ cồng chiêng cổ được phục dựng và 24 khung dệt thổ cẩm được khôi phục. Khu du lịch cộng đồng sóc Bom Bo và làng Mạ ở Tà Lài đón trên 65.000 lượt khách mỗi năm; 95% người có uy tín tham gia hòa giải, giúp giải quyết 38 vụ tranh chấp đất đai ngay tại cơ sở.
Tại hội nghị, ông Điểu Lênh, người có uy tín sóc Bom Bo, xã Bom Bo, kể lại việc vận động các gia đình S'tiêng giữ nghề giã gạo, dệt thổ cẩm để biểu diễn phục vụ khách. Bà Thị Hoa, Chủ tịch Hội LHPN xã Tà Lài, cho biết 42 chị em người Mạ đã hình thành tổ dệt, mỗi tháng có thêm thu nhập 3 triệu đồng. Ông Điểu Thanh Sơn, Bí thư Chi bộ ấp 5, xã Phú Lý, đề nghị tỉnh hỗ trợ xây nhà dài truyền thống của đồng bào Chơ Ro.
Theo Kế hoạch số 45/KH-MTTQ-BTT ngày 15/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, năm 2025 Mặt trận các cấp sẽ hỗ trợ ít nhất 10 câu lạc bộ văn hóa dân gian, đào tạo khoảng 100 thanh niên dân tộc thiểu số làm hướng dẫn viên du lịch tại chỗ. Đầu tư cho các hoạt động này dự kiến 2,1 tỷ đồng.
Phát biểu tại hội nghị, ông Nguyễn Tấn Lực đánh giá cao vai trò "cầu nối" của người có uy tín, đề nghị các cấp tiếp tục thực hiện Quy chế phối hợp số 01/QCPH-MTTQ-BDT giữa Ủy ban MTTQ Việt Nam tỉnh và Sở Dân tộc và Tôn giáo; kịp thời nắm bắt tâm tư của bà con sau khi sắp xếp đơn vị hành chính.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 35 người có uy tín tiêu biểu và trao 320 phần quà, mỗi phần trị giá 1 triệu đồng.
Hải Quân
Lượt xem: 1.122
Tin liên quan
- Bù Đăng: giữ nghề dệt thổ cẩm S'tiêng (05/09/2025)
- Tân Phú: ra mắt tổ du lịch cộng đồng làng Mạ (28/08/2025)
- Ủy ban MTTQ Việt Nam tỉnh Đồng Nai ra mắt bộ máy sau hợp nhất (01/07/2025)
""", "2025-09-12", "Người có uy tín góp sức giữ hồn văn hóa sóc Bom Bo",
E("hoi_nghi", "2025", "2025-09-11"),
[P("Nguyễn Tấn Lực", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Thị Kim Phượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu K'Ré", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Lênh", "người có uy tín sóc Bom Bo"),
 P("Thị Hoa", "Chủ tịch Hội LHPN xã Tà Lài"),
 P("Điểu Thanh Sơn", "Bí thư Chi bộ ấp 5")],
[Q("320 người có uy tín", 320, "người có uy tín"), Q("1.850 hộ đồng bào S'tiêng", 1850, "hộ đồng bào S'tiêng"),
 Q("16 bộ cồng chiêng cổ", 16, "bộ cồng chiêng cổ"), Q("24 khung dệt thổ cẩm", 24, "khung dệt thổ cẩm"),
 Q("trên 65.000 lượt khách", 65000, "lượt khách", "over"), Q("95%", 95, "%"), Q("38 vụ tranh chấp đất đai", 38, "vụ tranh chấp đất đai"),
 Q("42 chị em người Mạ", 42, "chị em người Mạ"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("ít nhất 10 câu lạc bộ văn hóa dân gian", 10, "câu lạc bộ văn hóa dân gian", "over"),
 Q("khoảng 100 thanh niên dân tộc thiểu số", 100, "thanh niên dân tộc thiểu số", "approx"), Q("2,1 tỷ đồng", 2100000000, "đồng"),
 Q("35 người có uy tín tiêu biểu", 35, "người có uy tín tiêu biểu"), Q("320 phần quà", 320, "phần quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", "Kết luận số 65-KL/TW"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", "2025-08-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 45/KH-MTTQ-BTT ngày 15/8/2025"),
 D("Quy chế phối hợp", "01", "QCPH-MTTQ-BDT", None, None, "Quy chế phối hợp số 01/QCPH-MTTQ-BDT")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bom Bo"), com("Tà Lài"), com("Phú Lý")],
["Báo Đồng Nai điện tử", "Trang chủ / Chính trị / Mặt trận", "Quang cảnh hội nghị gặp mặt người có uy tín.", "Lượt xem: 1.122"],
["12/09/2025 17:05", "năm 2025", "Lượt xem: 1.122"]))

PAGES.append(page("b5449-thaibinh-mttq-daihoi-2014", """
BÁO THÁI BÌNH ĐIỆN TỬ
Thứ Tư, 21/05/2014 - 10:10
Chính trị - Xã hội » Mặt trận Tổ quốc
Đại hội điểm MTTQ cấp xã ở làng nghề dệt đũi Nam Cao
Ngày 20/5, Ủy ban MTTQ Việt Nam xã Nam Cao, huyện Kiến Xương, tỉnh Thái Bình tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XVIII, nhiệm kỳ 2014 - 2019. Đây là đại hội điểm cấp xã của tỉnh. Dự đại hội có 145 đại biểu đại diện cho hơn 2.900 hộ với trên 10.500 nhân khẩu.
Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Về dự có ông Trần Văn Quý, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Đức Tiến, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Kiến Xương; ông Phạm Văn Toàn, Bí thư Đảng ủy, Chủ tịch HĐND xã Nam Cao.
Nhiệm kỳ 2009 - 2014, Mặt trận xã đã phối hợp vận động nhân dân thực hiện Nghị quyết số 03-NQ/ĐU ngày 5/1/2013 của Đảng ủy xã về khôi phục, phát triển làng nghề dệt đũi gắn với du lịch. Toàn xã hiện có 1.150 hộ làm nghề dệt, ươm tơ với khoảng 2.000 lao động; sản phẩm đũi Nam Cao được xuất sang 6 nước, đón trên 5.000 lượt khách tham quan mỗi năm. Thu nhập bình quân đầu người đạt 22 triệu đồng/năm, tỷ lệ hộ nghèo giảm còn 3,6%.
Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" được triển khai sâu rộng, 9/9 thôn đạt danh hiệu làng văn hóa; nhân dân đóng góp 3,8 tỷ đồng cứng hóa đường làng, tu bổ đình Nam Cao. Quỹ "Vì người nghèo" vận động được 124 triệu đồng, giúp 8 hộ sửa chữa nhà ở.
Đại hội đã hiệp thương cử 35 vị vào Ủy ban MTTQ Việt Nam xã khóa XVIII. Ông Nguyễn Văn Toản được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ xã khóa XVIII; bà Lại Thị Nhàn được cử làm Phó Chủ tịch Ủy ban MTTQ xã. Đại hội bầu 9 đại biểu dự Đại hội MTTQ huyện.
Phát biểu chỉ đạo, ông Trần Văn Quý đề nghị Mặt trận xã quán triệt Chỉ thị số 38-CT/TW của Ban Bí thư về lãnh đạo đại hội MTTQ các cấp và Hướng dẫn số 06/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; tiếp tục vận động các hộ làm nghề xử lý nước thải nhuộm, giữ gìn cảnh quan làng nghề, phấn đấu nhiệm kỳ tới có thêm ít nhất 200 hộ tham gia dệt đũi.
Đại hội dành nhiều thời gian thảo luận về việc giữ gìn nghề truyền thống. Nhiều ý kiến cho rằng lớp thợ dệt lành nghề ngày càng lớn tuổi, thanh niên phần lớn đi làm ở các khu công nghiệp; việc nhuộm vải bằng hóa chất ở một số hộ gây ô nhiễm kênh mương, cần được chấn chỉnh.
Trong nhiệm kỳ mới, Mặt trận xã đề ra 5 chỉ tiêu chủ yếu, trong đó phấn đấu 95% hộ gia đình đạt danh hiệu gia đình văn hóa. Nhiều đại biểu kiến nghị huyện quan tâm quy hoạch khu trưng bày, giới thiệu sản phẩm đũi, tạo điều kiện cho các hộ vay vốn đầu tư máy dệt mới.
Minh Thu
Lượt xem: 987
Tin liên quan
- Tiền Hải: đại hội điểm MTTQ cấp huyện (16/05/2014)
- Thái Thụy: giữ nghề chiếu cói Hới (08/05/2014)
- Hưng Hà: vận động giữ nghề dệt khăn Phương La (25/04/2014)
""", "2014-05-21", "Đại hội điểm MTTQ cấp xã ở làng nghề dệt đũi Nam Cao",
E("dai_hoi", None, "2014-05-20"),
[P("Trần Văn Quý", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đức Tiến", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Kiến Xương"),
 P("Phạm Văn Toàn", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Nam Cao"),
 P("Nguyễn Văn Toản", "Chủ tịch Ủy ban MTTQ xã khóa XVIII"),
 P("Lại Thị Nhàn", "Phó Chủ tịch Ủy ban MTTQ xã")],
[Q("145 đại biểu", 145, "đại biểu"), Q("hơn 2.900 hộ", 2900, "hộ", "over"), Q("trên 10.500 nhân khẩu", 10500, "nhân khẩu", "over"),
 Q("1.150 hộ", 1150, "hộ"), Q("khoảng 2.000 lao động", 2000, "lao động", "approx"), Q("6 nước", 6, "nước"),
 Q("trên 5.000 lượt khách tham quan", 5000, "lượt khách tham quan", "over"), Q("22 triệu đồng", 22000000, "đồng"),
 Q("3,6%", 3.6, "%"), Q("9/9 thôn", 9, "thôn"), Q("3,8 tỷ đồng", 3800000000, "đồng"), Q("124 triệu đồng", 124000000, "đồng"),
 Q("8 hộ", 8, "hộ"), Q("35 vị", 35, "vị"), Q("9 đại biểu", 9, "đại biểu"), Q("ít nhất 200 hộ", 200, "hộ", "over"),
 Q("5 chỉ tiêu chủ yếu", 5, "chỉ tiêu chủ yếu"), Q("95%", 95, "%")],
[D("Nghị quyết", "03", "NQ/ĐU", "2013-01-05", "Đảng ủy xã", "Nghị quyết số 03-NQ/ĐU ngày 5/1/2013"),
 D("Chỉ thị", "38", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 38-CT/TW"),
 D("Hướng dẫn", "06", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 06/HD-MTTW-BTT")],
[prov("Thái Bình"), com("Nam Cao")],
["BÁO THÁI BÌNH ĐIỆN TỬ", "Chính trị - Xã hội » Mặt trận Tổ quốc", "Các đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo", "Lượt xem: 987"],
["Thứ Tư, 21/05/2014 - 10:10", "lần thứ XVIII", "nhiệm kỳ 2014 - 2019", "Nhiệm kỳ 2009 - 2014", "khóa XVIII", "Lượt xem: 987"]))

PAGES.append(page("b5450-camau-bdv-giaoban-2018", """
BÁO CÀ MAU ĐIỆN TỬ
Trang chủ - Chính trị - Dân vận
07:50 | 06/07/2018
Đất Mũi: người dân cùng làm du lịch cộng đồng
Chiều 5/7, Ban Dân vận Tỉnh ủy Cà Mau tổ chức giao ban khối dân vận quý II năm 2018, tập trung đánh giá công tác vận động nhân dân tham gia phát triển du lịch cộng đồng ở vùng rừng ngập mặn, vùng đất mũi. Bà Lâm Thị Sa Thol, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Bà Lâm Thị Sa Thol phát biểu kết luận giao ban.
Theo báo cáo, trong quý khối dân vận đã triển khai Kết luận 15, 16-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong phát triển du lịch và trong quản lý, bảo vệ rừng phòng hộ; phối hợp hướng dẫn thực hiện Nghị quyết số 08-NQ/TU ngày 4/8/2016 của Tỉnh ủy về phát triển du lịch giai đoạn 2016 - 2020 và kế hoạch số 101-KH/BDVTU về xây dựng mô hình "Dân vận khéo" ở các xã ven biển.
Toàn tỉnh có 46 hộ làm du lịch cộng đồng, tập trung ở xã Đất Mũi và xã Khánh Bình Tây; làng nghề đan đát Trí Phải có 230 hộ với khoảng 500 lao động. 6 tháng đầu năm, các điểm du lịch cộng đồng đón trên 82.000 lượt khách, doanh thu đạt 7,5 tỷ đồng, tăng 22% so với cùng kỳ. Qua vận động, 124 hộ ký cam kết không chặt phá rừng đước, 15 vụ việc mâu thuẫn được hòa giải thành.
Tại giao ban, ông Danh Hoàng, Chủ tịch Ủy ban MTTQ Việt Nam xã Trí Phải, cho biết xã đã có 2 hợp tác xã đan đát bằng cây bàng, lác, sản phẩm bán cho khách tham quan. Ông Tô Minh Khải, HUV, Trưởng Ban Dân vận Huyện ủy Ngọc Hiển, đề nghị hỗ trợ vốn cho các hộ làm homestay từ 50 triệu đồng trở lên. Bà Nguyễn Thị Kiều, Bí thư Chi bộ ấp Mũi, xã Đất Mũi, phản ánh tình trạng thiếu nước ngọt phục vụ khách.
Các đồng chí Huỳnh Văn Tư, Trần Thị Ngọc Hân - Phó Trưởng Ban Dân vận Tỉnh ủy thông tin kết quả kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 12 xã.
Nhiều ý kiến cho rằng du lịch cộng đồng ở vùng đất mũi còn manh mún, chưa có sự liên kết giữa các hộ; sản phẩm còn đơn điệu, chủ yếu là ăn uống, đi xuồng tham quan rừng. Cần có quy hoạch, hướng dẫn người dân giữ gìn cảnh quan sông nước, đặc sản cá khô, ba khía, mật ong rừng U Minh.
Kết luận giao ban, bà Lâm Thị Sa Thol đề nghị quý III khối dân vận phối hợp ngành du lịch tổ chức tập huấn cho người dân, vận động thêm ít nhất 20 hộ tham gia du lịch cộng đồng, nắm chắc tình hình nhân dân ở vùng dự án, không để phát sinh khiếu kiện đông người.
Hoàng Vũ
Lượt xem: 674
Tin khác
- Ngọc Hiển: ra mắt mô hình "Dân vận khéo" giữ rừng (28/06/2018)
- U Minh: vận động người dân làm du lịch sinh thái (20/06/2018)
- Giao ban khối dân vận quý I năm 2018 (05/04/2018)
""", "2018-07-06", "Đất Mũi: người dân cùng làm du lịch cộng đồng",
E("giao_ban", "2018-Q2", "2018-07-05"),
[P("Lâm Thị Sa Thol", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Hoàng", "Chủ tịch Ủy ban MTTQ Việt Nam xã Trí Phải"),
 P("Tô Minh Khải", "HUV", "Trưởng Ban Dân vận Huyện ủy Ngọc Hiển"),
 P("Nguyễn Thị Kiều", "Bí thư Chi bộ ấp Mũi"),
 P("Huỳnh Văn Tư", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Ngọc Hân", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("46 hộ", 46, "hộ"), Q("230 hộ", 230, "hộ"), Q("khoảng 500 lao động", 500, "lao động", "approx"),
 Q("trên 82.000 lượt khách", 82000, "lượt khách", "over"), Q("7,5 tỷ đồng", 7500000000, "đồng"), Q("22%", 22, "%"),
 Q("124 hộ", 124, "hộ"), Q("15 vụ việc mâu thuẫn", 15, "vụ việc mâu thuẫn"), Q("2 hợp tác xã đan đát", 2, "hợp tác xã đan đát"),
 Q("từ 50 triệu đồng trở lên", 50000000, "đồng", "over"), Q("12 xã", 12, "xã"), Q("ít nhất 20 hộ", 20, "hộ", "over")],
[D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Kết luận", "16", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Nghị quyết", "08", "NQ/TU", "2016-08-04", "Tỉnh ủy", "Nghị quyết số 08-NQ/TU ngày 4/8/2016"),
 D("Kế hoạch", "101", "KH/BDVTU", None, None, "kế hoạch số 101-KH/BDVTU")],
[prov("Cà Mau"), com("Đất Mũi"), com("Khánh Bình Tây"), com("Trí Phải")],
["BÁO CÀ MAU ĐIỆN TỬ", "Trang chủ - Chính trị - Dân vận", "Bà Lâm Thị Sa Thol phát biểu kết luận giao ban.", "Dân vận khéo",
 "Quy chế dân chủ ở cơ sở", "Lượt xem: 674"],
["07:50 | 06/07/2018", "quý II năm 2018", "6 tháng đầu năm", "giai đoạn 2016 - 2020", "quý III", "Lượt xem: 674"]))

PAGES.append(page("b5451-sonla-bdv-doithoai-2020", """
BÁO SƠN LA ĐIỆN TỬ
Bạn đang ở: Trang chủ > Chính trị > Dân vận
30 tháng 10, 2020 | 17:45
Ảnh: Người dân bản Áng nêu ý kiến tại buổi đối thoại.
Đối thoại với người dân làm du lịch cộng đồng ở bản Áng
Ngày 29/10, Huyện ủy Mộc Châu, tỉnh Sơn La tổ chức hội nghị đối thoại năm 2020 giữa người đứng đầu cấp ủy, chính quyền với người dân làm du lịch cộng đồng ở xã Đông Sang và xã Chiềng Yên. Chủ trì đối thoại có đồng chí Nguyễn Văn Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Mộc Châu; cùng dự có bà Cầm Thị Phong, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy.
Buổi đối thoại được tổ chức theo Quy định số 11-QĐi/TW của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân; Nghị định số 04/2015/NĐ-CP của Chính phủ và Kế hoạch 125, 126-KH/HU của Ban Thường vụ Huyện ủy. Hơn 120 hộ dân người Thái, Mông, Dao đã tham dự.
Hiện bản Áng có 21 hộ homestay, bản Dọi có 9 hộ; năm 2019 khu vực này đón khoảng 180.000 lượt khách. Thực hiện Quyết định số 1076/QĐ-UBND ngày 20/5/2020 của UBND tỉnh phê duyệt đề án phát triển du lịch cộng đồng, huyện đã hỗ trợ 14 hộ cải tạo nhà sàn, mỗi hộ 30 triệu đồng.
Tại hội nghị, người dân nêu 27 ý kiến. Ông Lò Văn Inh, Trưởng bản Áng 1, xã Đông Sang, đề nghị quy hoạch bãi đỗ xe, làm rõ việc cho thuê đất rừng thông; bà Cầm Thị Pọm, chủ homestay ở bản Áng 2, phản ánh tình trạng một số đơn vị lữ hành ép giá, nợ tiền hộ làm dịch vụ. Ông Hà Văn Tuyên, HUV, Bí thư Đảng ủy xã Đông Sang, cho biết xã có 3 vụ việc tranh chấp đất giữa các hộ đã được hòa giải.
Trả lời ý kiến, đồng chí Nguyễn Văn Hải giao UBND huyện trong 15 ngày hoàn thành phương án bãi đỗ xe, bố trí 1,8 tỷ đồng làm đường nội bản; yêu cầu các hộ cùng xây dựng hương ước giữ gìn nhà sàn, trang phục, lễ hội truyền thống, không bán đất cho người ngoài xây nhà nghỉ bê tông. Các đồng chí Phó Chủ tịch UBND huyện: Lường Văn Thắng, Đinh Thị Thu trực tiếp giải đáp về thủ tục vay vốn, cấp phép kinh doanh lưu trú.
Kết thúc đối thoại, 24/27 ý kiến được trả lời trực tiếp; 3 ý kiến còn lại được chuyển các phòng, ban chuyên môn xem xét trả lời bằng văn bản. Người dân phấn khởi khi được lắng nghe, chia sẻ; nhiều hộ cam kết cùng chính quyền giữ bản làng xanh, sạch, đẹp, ứng xử văn minh với du khách.
Bà Cầm Thị Phong đề nghị Ban Dân vận Huyện ủy theo dõi, đôn đốc việc giải quyết các kiến nghị sau đối thoại, tiếp tục nhân rộng mô hình "Dân vận khéo" trong du lịch cộng đồng.
Quang Hưng
Lượt xem: 2.015
Tin liên quan
- Mộc Châu: khai mạc lễ hội hoa ban (20/10/2020)
- Vân Hồ: hỗ trợ hộ nghèo làm du lịch cộng đồng (12/10/2020)
- Thuận Châu: giữ nghề dệt thổ cẩm Thái (02/10/2020)
""", "2020-10-30", "Đối thoại với người dân làm du lịch cộng đồng ở bản Áng",
E("doi_thoai", "2020", "2020-10-29"),
[P("Nguyễn Văn Hải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Huyện ủy Mộc Châu"),
 P("Cầm Thị Phong", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Inh", "Trưởng bản Áng 1"),
 P("Cầm Thị Pọm", "chủ homestay ở bản Áng 2"),
 P("Hà Văn Tuyên", "HUV", "Bí thư Đảng ủy xã Đông Sang"),
 P("Lường Văn Thắng", "Phó Chủ tịch UBND huyện"),
 P("Đinh Thị Thu", "Phó Chủ tịch UBND huyện")],
[Q("Hơn 120 hộ dân người Thái, Mông, Dao", 120, "hộ dân người Thái, Mông, Dao", "over"), Q("21 hộ homestay", 21, "hộ homestay"), Q("9 hộ", 9, "hộ"),
 Q("khoảng 180.000 lượt khách", 180000, "lượt khách", "approx"), Q("14 hộ", 14, "hộ"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("27 ý kiến", 27, "ý kiến"), Q("3 vụ việc tranh chấp đất", 3, "vụ việc tranh chấp đất"), Q("1,8 tỷ đồng", 1800000000, "đồng"),
 Q("24/27 ý kiến", 24, "ý kiến"), Q("3 ý kiến", 3, "ý kiến")],
[D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Nghị định", "04", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 04/2015/NĐ-CP"),
 D("Kế hoạch", "125", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 125, 126-KH/HU"),
 D("Kế hoạch", "126", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 125, 126-KH/HU"),
 D("Quyết định", "1076", "QĐ-UBND", "2020-05-20", "UBND tỉnh", "Quyết định số 1076/QĐ-UBND ngày 20/5/2020")],
[prov("Sơn La"), com("Đông Sang"), com("Chiềng Yên")],
["BÁO SƠN LA ĐIỆN TỬ", "Bạn đang ở: Trang chủ > Chính trị > Dân vận", "Ảnh: Người dân bản Áng nêu ý kiến tại buổi đối thoại.",
 "Dân vận khéo", "Lượt xem: 2.015"],
["30 tháng 10, 2020 | 17:45", "năm 2020", "năm 2019", "15 ngày", "Lượt xem: 2.015"]))

PAGES.append(page("b5452-hanoi-xabattrang-khac-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ BÁT TRÀNG - THÀNH PHỐ HÀ NỘI
You are here: Trang chủ > Tin tức > Văn hóa - Du lịch
27/03/2026 - 16:20
Du khách trải nghiệm nặn gốm tại một xưởng trong làng.
Làng gốm giữ nghề, làm du lịch trong không gian xã mới
Sau gần 9 tháng vận hành chính quyền địa phương hai cấp, xã Bát Tràng, thành phố Hà Nội được hình thành trên cơ sở sắp xếp các xã ven sông Hồng, tiếp tục là điểm đến hấp dẫn với du khách trong và ngoài nước. Người dân làng gốm vừa giữ nghề cổ, vừa chủ động làm du lịch.
Theo ông Lê Văn Khoa, Bí thư Đảng ủy xã Bát Tràng, toàn xã hiện có khoảng 1.300 hộ, cơ sở sản xuất gốm sứ, trong đó 420 hộ tham gia làm du lịch trải nghiệm; mỗi năm xã đón trên 600.000 lượt khách, riêng quý I năm 2026 đón gần 170.000 lượt. Doanh thu từ du lịch, dịch vụ ước đạt 180 tỷ đồng/năm.
Thực hiện Nghị quyết số 09-NQ/TU ngày 22/2/2022 của Thành ủy về phát triển công nghiệp văn hóa trên địa bàn Thủ đô và Kế hoạch số 18/KH-UBND ngày 10/1/2026 của UBND xã, Bát Tràng đã chỉnh trang tuyến đường gốm, phục dựng 6 ngôi nhà cổ, đưa 15 lò bầu cũ vào danh mục điểm tham quan. Luật Di sản văn hóa sửa đổi được tuyên truyền đến từng khu dân cư.
Bà Nguyễn Thị Huế, Chủ tịch Ủy ban MTTQ Việt Nam xã Bát Tràng, cho biết Mặt trận xã vận động 98% hộ làm nghề ký cam kết dùng lò ga, lò điện, không đốt than; phối hợp với Hội Phụ nữ ra mắt 4 mô hình "Phố gốm văn minh". Qua vận động, người dân đã đóng góp trên 3,2 tỷ đồng để lát gạch gốm các ngõ cổ.
Nghệ nhân Nhân dân Trần Văn Độ, 74 tuổi, người có hơn 50 năm làm men gốm, vẫn mở cửa xưởng cho học sinh, sinh viên đến học miễn phí. Ông đã truyền nghề cho trên 200 học trò, trong đó 17 người được phong nghệ nhân. "Khách đến làng không chỉ mua gốm mà muốn nghe chuyện nghề, chuyện làng", ông nói.
Các Phó Chủ tịch UBND xã: Phạm Quang Huy, Vũ Thị Minh Nguyệt cho biết xã đang phối hợp với xã Phù Đổng xây dựng tuyến du lịch đường sông nối hai làng di sản, dự kiến khai trương trong năm 2026 với ít nhất 3 bến thuyền.
Dọc các con ngõ nhỏ, nhiều gia đình đã biến phòng khách thành không gian trưng bày, mời khách ngồi bàn xoay, tự tay nặn, vẽ rồi mang sản phẩm về làm kỷ niệm. Các tổ dân vận thôn thường xuyên nhắc nhở các hộ niêm yết giá, giữ vệ sinh, không chèo kéo khách.
Dù vậy, làng nghề vẫn còn những trăn trở: giá nguyên liệu tăng, hàng gốm nhập khẩu giá rẻ cạnh tranh, nhiều con em không muốn theo nghề cha ông. Chính quyền xã đang nghiên cứu đề án đào tạo nghề cho lớp trẻ gắn với phát triển thương hiệu gốm làng.
Phương Linh
Lượt truy cập: 58.204
Các tin khác
- Bát Tràng: ra mắt không gian trưng bày gốm cổ (18/03/2026)
- Hội nghị Ban Chấp hành Đảng bộ xã quý I năm 2026 (10/03/2026)
- Xã Bát Tràng tổ chức lễ hội làng đầu xuân (20/02/2026)
""", "2026-03-27", "Làng gốm giữ nghề, làm du lịch trong không gian xã mới",
E("khac", None, None),
[P("Lê Văn Khoa", "Bí thư Đảng ủy xã Bát Tràng"),
 P("Nguyễn Thị Huế", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bát Tràng"),
 P("Trần Văn Độ", "Nghệ nhân Nhân dân"),
 P("Phạm Quang Huy", "Phó Chủ tịch UBND xã"),
 P("Vũ Thị Minh Nguyệt", "Phó Chủ tịch UBND xã")],
[Q("khoảng 1.300 hộ, cơ sở sản xuất gốm sứ", 1300, "hộ, cơ sở sản xuất gốm sứ", "approx"), Q("420 hộ", 420, "hộ"),
 Q("trên 600.000 lượt khách", 600000, "lượt khách", "over"), Q("gần 170.000 lượt", 170000, "lượt", "approx"),
 Q("180 tỷ đồng", 180000000000, "đồng"), Q("6 ngôi nhà cổ", 6, "ngôi nhà cổ"), Q("15 lò bầu cũ", 15, "lò bầu cũ"),
 Q("98%", 98, "%"), Q("4 mô hình", 4, "mô hình"), Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"),
 Q("trên 200 học trò", 200, "học trò", "over"), Q("17 người", 17, "người"), Q("ít nhất 3 bến thuyền", 3, "bến thuyền", "over")],
[D("Nghị quyết", "09", "NQ/TU", "2022-02-22", "Thành ủy", "Nghị quyết số 09-NQ/TU ngày 22/2/2022"),
 D("Kế hoạch", "18", "KH-UBND", "2026-01-10", "UBND xã", "Kế hoạch số 18/KH-UBND ngày 10/1/2026")],
[prov("Hà Nội"), com("Bát Tràng"), com("Phù Đổng")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ BÁT TRÀNG - THÀNH PHỐ HÀ NỘI", "You are here: Trang chủ > Tin tức > Văn hóa - Du lịch",
 "Du khách trải nghiệm nặn gốm tại một xưởng trong làng.", "Phố gốm văn minh", "Luật Di sản văn hóa", "Lượt truy cập: 58.204"],
["27/03/2026 - 16:20", "gần 9 tháng", "quý I năm 2026", "74 tuổi", "hơn 50 năm", "năm 2026", "Lượt truy cập: 58.204"]))
