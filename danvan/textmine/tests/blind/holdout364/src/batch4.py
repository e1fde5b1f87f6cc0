from lib import *
PAGES = []

PAGES.append(page("b8711-hagiang-bcd-tongket-2024", """
Báo Hà Giang điện tử
Xã hội | Dân số - Gia đình
25 tháng 10, 2024 | 16:10
Toàn cảnh hội nghị. Ảnh: Tùng Lâm
Hà Giang tổng kết Điều tra dân số và nhà ở giữa kỳ năm 2024
(BHG) - Ngày 23/10/2024, Ban Chỉ đạo Điều tra dân số và nhà ở giữa kỳ tỉnh tổ chức hội nghị tổng kết cuộc Điều tra dân số và nhà ở giữa kỳ năm 2024. Đồng chí Hoàng Văn Nhàn, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Cuộc điều tra được thực hiện theo Kế hoạch số 41/KH-UBND ngày 22/01/2024 của UBND tỉnh, thu thập thông tin tại 650 địa bàn mẫu với 22.460 hộ ở 193 xã, phường, thị trấn. Toàn tỉnh huy động 402 điều tra viên và 91 tổ trưởng, 100% phiếu được thu thập trên thiết bị điện tử. Kết quả sơ bộ cho thấy dân số Hà Giang ước khoảng 909.000 người, đồng bào dân tộc thiểu số chiếm 87,9%; tỷ lệ hộ có nhà ở kiên cố, bán kiên cố đạt 71,2%, tăng 9,6% so với năm 2019; vẫn còn hơn 6.100 hộ ở nhà tạm, nhà đơn sơ.
Theo báo cáo, Ủy ban MTTQ và các đoàn thể đã tham gia tích cực. Thực hiện Kế hoạch số 95-KH/BDVTU của Ban Dân vận Tỉnh ủy, khối dân vận tổ chức 326 buổi tuyên truyền bằng tiếng Mông, Dao, Tày tại thôn, bản; huy động 184 người có uy tín làm người dẫn đường. Ở các huyện vùng cao núi đá, nhiều điều tra viên phải đi bộ hơn 10 km mới đến được hộ, có thôn phải ở lại qua đêm.
Phát biểu tại hội nghị, bà Vàng Thị Dính, Chủ tịch Hội Liên hiệp Phụ nữ huyện Mèo Vạc, kể chi hội phụ nữ các thôn đã lập danh sách phụ nữ đi làm thuê ở Trung Quốc để điều tra viên hỏi qua người thân. Ông Sùng Mí Vừ, Chủ tịch Ủy ban MTTQ xã Lũng Cú, cho biết 9 thôn của xã đều hoàn thành đúng tiến độ nhờ Ban công tác Mặt trận đi cùng điều tra viên. Ông Lò Văn Cư, người có uy tín thôn Mã Há, xã Lũng Cú, đề nghị Nhà nước tiếp tục hỗ trợ xóa nhà tạm dựa trên số liệu điều tra.
Bà Triệu Thị Chiêm, Phó Cục trưởng Cục Thống kê tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo, cho biết số liệu đã được nghiệm thu với tỷ lệ phiếu sai sót dưới 1%. Các đồng chí Lù Văn Pó, Giàng Thị Mỷ - Phó Trưởng Ban Dân vận Tỉnh ủy, cùng dự hội nghị.
Kết luận hội nghị, đồng chí Hoàng Văn Nhàn đề nghị các sở, ngành sử dụng kết quả điều tra trong xây dựng kế hoạch 5 năm 2026 - 2030, nhất là Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 12 tập thể, 20 cá nhân; tổng kinh phí cuộc điều tra của tỉnh hơn 3,6 tỷ đồng.
Tùng Lâm
Tin liên quan
- Đồng Văn: Hội Phụ nữ giúp điều tra viên vượt núi đến từng hộ (18/04/2024)
- Hà Giang ra quân Điều tra dân số và nhà ở giữa kỳ năm 2024 (01/04/2024)
- Tập huấn nghiệp vụ cho điều tra viên (22/03/2024)
""", "2024-10-25", "Hà Giang tổng kết Điều tra dân số và nhà ở giữa kỳ năm 2024",
E("tong_ket", "2024", "2024-10-23"),
[P("Hoàng Văn Nhàn", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Vàng Thị Dính", "Chủ tịch Hội Liên hiệp Phụ nữ huyện Mèo Vạc"),
 P("Sùng Mí Vừ", "Chủ tịch Ủy ban MTTQ xã Lũng Cú"),
 P("Lò Văn Cư", "người có uy tín thôn Mã Há"),
 P("Triệu Thị Chiêm", "Phó Cục trưởng Cục Thống kê tỉnh", "Phó Trưởng ban Thường trực Ban Chỉ đạo"),
 P("Lù Văn Pó", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng Thị Mỷ", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("650 địa bàn mẫu", 650, "địa bàn mẫu"), Q("22.460 hộ", 22460, "hộ"), Q("193 xã, phường, thị trấn", 193, "xã, phường, thị trấn"),
 Q("402 điều tra viên", 402, "điều tra viên"), Q("91 tổ trưởng", 91, "tổ trưởng"), Q("100%", 100, "%"),
 Q("khoảng 909.000 người", 909000, "người", "approx"), Q("87,9%", 87.9, "%"), Q("71,2%", 71.2, "%"), Q("9,6%", 9.6, "%"),
 Q("hơn 6.100 hộ", 6100, "hộ", "over"), Q("326 buổi tuyên truyền", 326, "buổi tuyên truyền"),
 Q("184 người có uy tín", 184, "người có uy tín"), Q("hơn 10 km", 10, "km", "over"), Q("9 thôn", 9, "thôn"),
 Q("dưới 1%", 1, "%"), Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân"),
 Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over")],
[D("Kế hoạch", "41", "KH-UBND", "2024-01-22", "UBND tỉnh", "Kế hoạch số 41/KH-UBND ngày 22/01/2024"),
 D("Kế hoạch", "95", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 95-KH/BDVTU")],
[prov("Hà Giang"), com("Lũng Cú")],
["Báo Hà Giang điện tử", "Xã hội | Dân số - Gia đình", "Toàn cảnh hội nghị. Ảnh: Tùng Lâm", "(BHG)",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "thôn Mã Há"],
["25 tháng 10, 2024 | 16:10", "năm 2024", "năm 2019", "kế hoạch 5 năm 2026 - 2030"]))

PAGES.append(page("b8712-thanhhoa-mttq-hoinghi-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH THANH HÓA
Trang chủ › Tin tức › Vì người nghèo - An sinh xã hội
Thứ Sáu, 21/3/2025 - 17:00
Hội nghị triển khai rà soát, khảo sát nhà tạm, nhà dột nát năm 2025
Ngày 19/3/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa phối hợp với Sở Nông nghiệp và Môi trường, Sở Dân tộc và Tôn giáo tổ chức hội nghị triển khai công tác rà soát, khảo sát hộ nghèo, hộ cận nghèo có nhà tạm, nhà dột nát năm 2025 tại 26 huyện, thị xã, thành phố.
Chủ trì hội nghị có ông Phạm Văn Hưng, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; bà Lò Thị Hoa, Phó Giám đốc Sở Dân tộc và Tôn giáo. Hội nghị được kết nối trực tuyến đến 547 điểm cầu cấp xã.
Triển khai Nghị quyết số 42-NQ/TW ngày 24/11/2023 của BCH Trung ương về tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội và phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", tỉnh đặt mục tiêu hoàn thành xóa nhà tạm trong năm 2025. Theo kết quả rà soát đợt 1, toàn tỉnh còn 4.862 căn nhà tạm, nhà dột nát cần hỗ trợ, trong đó 3.115 căn xây mới và 1.747 căn sửa chữa; riêng 11 huyện miền núi chiếm hơn 70%. Mức hỗ trợ từ Quỹ "Vì người nghèo" là 60 triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa.
Theo Kế hoạch số 86/KH-MTTQ-BTT ngày 10/3/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, việc khảo sát được thực hiện bằng phiếu tại từng hộ, có sự tham gia của Ban công tác Mặt trận, trưởng thôn và đại diện Hội Cựu chiến binh, Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên. Ông Hà Văn Ban, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, lưu ý những hộ đã được hỗ trợ theo các chương trình khác từ năm 2021 trở lại đây không thuộc diện khảo sát.
Tại hội nghị, ông Lương Văn Thiện, Chủ tịch Ủy ban MTTQ Việt Nam huyện Quan Sơn, đề nghị linh hoạt với hộ không có đất ở ổn định, nhất là ở xã Na Mèo, nơi nhiều hộ sống ven suối có nguy cơ sạt lở. Bà Cầm Thị Luyến, Chủ tịch Ủy ban MTTQ Việt Nam xã Trung Lý, cho biết xã có 146 hộ người Mông cần làm nhà nhưng vật liệu phải vận chuyển bằng xe máy nên chi phí đội lên gần gấp đôi.
Kết luận hội nghị, ông Phạm Văn Hưng yêu cầu Mặt trận các cấp hoàn thành khảo sát trước ngày 5/4/2025, công khai danh sách tại nhà văn hóa thôn, bản; mỗi huyện lập tổ giám sát do Chủ tịch Ủy ban MTTQ huyện làm tổ trưởng. Dự kiến tổng kinh phí cần hỗ trợ khoảng 239 tỷ đồng, trong đó ngân sách tỉnh khoảng 120 tỷ đồng, phần còn lại vận động doanh nghiệp, nhà hảo tâm. Hội nghị cũng quán triệt Công điện số 16/CĐ-TTg của Thủ tướng Chính phủ về đẩy nhanh tiến độ xóa nhà tạm.
Minh Hiếu
Tin liên quan
- Thanh Hóa: Khởi công 320 căn nhà Đại đoàn kết cho hộ nghèo (12/03/2025)
- Bá Thước: Huy động ngày công giúp hộ nghèo làm nhà (04/03/2025)
- Hội nghị trực tuyến toàn quốc về xóa nhà tạm, nhà dột nát (22/02/2025)
""", "2025-03-21", "Hội nghị triển khai rà soát, khảo sát nhà tạm, nhà dột nát năm 2025",
E("hoi_nghi", "2025", "2025-03-19"),
[P("Phạm Văn Hưng", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Thị Hoa", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Hà Văn Ban", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lương Văn Thiện", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Quan Sơn"),
 P("Cầm Thị Luyến", "Chủ tịch Ủy ban MTTQ Việt Nam xã Trung Lý")],
[Q("26 huyện, thị xã, thành phố", 26, "huyện, thị xã, thành phố"), Q("547 điểm cầu", 547, "điểm cầu"),
 Q("4.862 căn nhà tạm, nhà dột nát", 4862, "căn nhà tạm, nhà dột nát"), Q("3.115 căn", 3115, "căn"),
 Q("1.747 căn", 1747, "căn"), Q("11 huyện miền núi", 11, "huyện miền núi"), Q("hơn 70%", 70, "%", "over"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"), Q("146 hộ người Mông", 146, "hộ người Mông"),
 Q("khoảng 239 tỷ đồng", 239000000000, "đồng", "approx"), Q("khoảng 120 tỷ đồng", 120000000000, "đồng", "approx")],
[D("Nghị quyết", "42", "NQ/TW", "2023-11-24", "BCH Trung ương", "Nghị quyết số 42-NQ/TW ngày 24/11/2023"),
 D("Kế hoạch", "86", "KH-MTTQ-BTT", "2025-03-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 86/KH-MTTQ-BTT ngày 10/3/2025")],
[prov("Thanh Hóa"), com("Na Mèo"), com("Trung Lý")],
["ỦY BAN MTTQ VIỆT NAM TỈNH THANH HÓA", "Trang chủ › Tin tức › Vì người nghèo - An sinh xã hội",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Vì người nghèo", "Công điện số 16/CĐ-TTg", "Sở Nông nghiệp và Môi trường"],
["Thứ Sáu, 21/3/2025 - 17:00", "năm 2025", "đợt 1", "năm 2021", "gần gấp đôi", "ngày 5/4/2025", "Công điện số 16/CĐ-TTg"]))

PAGES.append(page("b8713-tuyenquang-xa-giamsat-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ LŨNG PHÌN - TỈNH TUYÊN QUANG
Trang chủ | Tin tức | Mặt trận - Đoàn thể
Thứ Sáu, 14/11/2025 - 08:30
Ban Thường trực Ủy ban MTTQ xã giám sát rà soát hộ nghèo, hộ cận nghèo năm 2025
Ngày 12/11/2025, Ban Thường trực Ủy ban MTTQ Việt Nam xã Lũng Phìn tổ chức giám sát công tác rà soát hộ nghèo, hộ cận nghèo năm 2025 tại 6 thôn Lũng Phìn, Sủng Sài, Há Đề, Cá Ha, Sáng Ngài và Lùng Thàng. Đây là đợt rà soát đầu tiên sau khi xã Lũng Phìn mới được thành lập trên cơ sở sáp nhập các xã cũ và tỉnh Tuyên Quang, Hà Giang hợp nhất thành tỉnh Tuyên Quang.
Đoàn giám sát do bà Vàng Thị Pà, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã làm trưởng đoàn; thành viên gồm đại diện Hội Nông dân, Hội Cựu chiến binh, Đoàn Thanh niên và Ban Thanh tra nhân dân xã.
Căn cứ Kế hoạch số 45/KH-MTTQ-BTT ngày 20/10/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã và Kế hoạch số 112/KH-UBND ngày 15/10/2025 của UBND xã, việc rà soát năm nay áp dụng chuẩn nghèo đa chiều giai đoạn 2026 - 2030. Theo số liệu đầu kỳ, toàn xã có 3.184 hộ với 16.920 nhân khẩu, hầu hết là đồng bào Mông; hộ nghèo 1.402 hộ, chiếm 44,03%; hộ cận nghèo 611 hộ. Các tổ rà soát đã lập danh sách 275 hộ có khả năng thoát nghèo và 64 hộ có nguy cơ rơi vào nghèo.
Qua giám sát tại thôn Há Đề, đoàn ghi nhận tổ rà soát đã đến từng hộ, phiếu được ghi đủ thông tin; cuộc họp thôn có 92 hộ dự, đạt 88%. Ông Sùng Mí Dế, Bí thư Chi bộ, Trưởng thôn Há Đề, cho biết nhiều hộ có người đi làm công nhân ở Bắc Ninh, Thái Nguyên nên thu nhập đã cải thiện, tự nguyện đăng ký thoát nghèo. Tuy nhiên, tại thôn Cá Ha, đoàn phát hiện 5 hộ chưa được phỏng vấn trực tiếp mà do trưởng thôn tự ghi phiếu.
Ông Ly Mí Sính, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã, dự buổi giám sát, đề nghị tổ rà soát phúc tra ngay 5 hộ nói trên, đồng thời quan tâm những hộ có người khuyết tật, người cao tuổi sống một mình. Ông Giàng Mí Chứ, Trưởng Ban Xây dựng Đảng Đảng ủy xã, lưu ý không để xảy ra việc chia tách hộ để hưởng chính sách.
Kết thúc đợt giám sát, bà Vàng Thị Pà đề nghị UBND xã công khai danh sách tại nhà văn hóa các thôn trong 7 ngày, kết quả rà soát phải được Ban Thường trực Ủy ban MTTQ xã thống nhất trước khi trình phê duyệt. Năm 2025, Mặt trận xã đã phối hợp hoàn thành 138 căn nhà cho hộ nghèo với tổng kinh phí hơn 8,2 tỷ đồng từ chương trình xóa nhà tạm, nhà dột nát.
Thào Thị Mỷ
Tin liên quan
- Xã Lũng Phìn ra mắt Ban Chấp hành Hội Nông dân nhiệm kỳ mới (28/10/2025)
- Hội nghị tuyên truyền pháp luật cho đồng bào vùng biên giới (10/10/2025)
- Bàn giao 20 căn nhà cho hộ nghèo thôn Sáng Ngài (25/09/2025)
""", "2025-11-14", "Ban Thường trực Ủy ban MTTQ xã giám sát rà soát hộ nghèo, hộ cận nghèo năm 2025",
E("giam_sat", "2025", "2025-11-12"),
[P("Vàng Thị Pà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Sùng Mí Dế", "Bí thư Chi bộ", "Trưởng thôn Há Đề"),
 P("Ly Mí Sính", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Giàng Mí Chứ", "Trưởng Ban Xây dựng Đảng Đảng ủy xã")],
[Q("6 thôn", 6, "thôn"), Q("3.184 hộ", 3184, "hộ"), Q("16.920 nhân khẩu", 16920, "nhân khẩu"),
 Q("1.402 hộ", 1402, "hộ"), Q("44,03%", 44.03, "%"), Q("611 hộ", 611, "hộ"), Q("275 hộ", 275, "hộ"),
 Q("64 hộ", 64, "hộ"), Q("92 hộ", 92, "hộ"), Q("88%", 88, "%"), Q("5 hộ", 5, "hộ"),
 Q("138 căn nhà", 138, "căn nhà"), Q("hơn 8,2 tỷ đồng", 8200000000, "đồng", "over")],
[D("Kế hoạch", "45", "KH-MTTQ-BTT", "2025-10-20", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 45/KH-MTTQ-BTT ngày 20/10/2025"),
 D("Kế hoạch", "112", "KH-UBND", "2025-10-15", "UBND xã", "Kế hoạch số 112/KH-UBND ngày 15/10/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), prov("Bắc Ninh"), prov("Thái Nguyên"), com("Lũng Phìn")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ LŨNG PHÌN - TỈNH TUYÊN QUANG", "Trang chủ | Tin tức | Mặt trận - Đoàn thể",
 "Ban Thanh tra nhân dân xã", "thôn Há Đề", "thôn Cá Ha"],
["Thứ Sáu, 14/11/2025 - 08:30", "năm 2025", "giai đoạn 2026 - 2030", "7 ngày", "Năm 2025"]))

PAGES.append(page("b8714-vinhlong-phuong-traoqua-2025", """
Báo Vĩnh Long điện tử
Xã hội › An sinh xã hội
19/12/2025 08:05
Phường Nguyệt Hóa trao 200 phần quà cho hộ nghèo, cận nghèo sau rà soát
Ngày 17/12/2025, Ủy ban MTTQ Việt Nam phường Nguyệt Hóa (tỉnh Vĩnh Long) phối hợp với chùa Ông Mẹt trao 200 phần quà Tết sớm cho hộ nghèo, hộ cận nghèo và hộ có hoàn cảnh khó khăn được xác định qua đợt rà soát cuối năm 2025. Mỗi phần quà trị giá 500.000 đồng gồm gạo, dầu ăn, nước mắm và tiền mặt.
Các đại biểu trao quà cho hộ nghèo đồng bào Khmer.
Theo báo cáo của UBND phường, sau sắp xếp đơn vị hành chính, Nguyệt Hóa có 7.852 hộ, trong đó hơn 41% là đồng bào Khmer. Kết quả rà soát theo chuẩn nghèo đa chiều giai đoạn 2026 - 2030 được công nhận tại Quyết định số 2145/QĐ-UBND ngày 05/12/2025 của UBND phường: hộ nghèo 64 hộ, chiếm 0,82%; hộ cận nghèo 112 hộ, chiếm 1,43%. Các đoàn thể thuộc Mặt trận đã cử 84 cán bộ chi hội tham gia 12 tổ rà soát ở các khóm, ấp.
Phát biểu tại buổi trao quà, bà Kim Thị Sô Phia, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội Liên hiệp Phụ nữ phường, cho biết nguồn quà do Quỹ "Vì người nghèo" của phường và các nhà hảo tâm đóng góp, tổng trị giá 100 triệu đồng. Từ danh sách rà soát, Mặt trận phường đã phân công mỗi tổ chức thành viên nhận giúp đỡ ít nhất 3 hộ nghèo năm 2026.
Đại đức Kim Sa Rinh, trụ trì chùa Ông Mẹt, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, chia sẻ nhà chùa đã tham gia cùng Ban công tác Mặt trận vận động bà con Khmer khai báo đúng thu nhập, "không sợ thoát nghèo thì mất chính sách". Ông Sơn Chanh Đa, Trưởng khóm 4, cho biết khóm có 9 hộ nghèo đều có người già yếu hoặc bệnh nặng, không có khả năng lao động, khóm sẽ đề nghị đưa vào diện bảo trợ xã hội.
Bà Thạch Thị Sa Vane, ngụ khóm 4, xúc động khi nhận quà: "Năm nay nhà tôi được giúp sửa lại mái nhà, giờ lại có quà Tết, cảm ơn cô chú Mặt trận". Cùng dịp, Đoàn Thanh niên phường trao 30 suất học bổng cho học sinh là con hộ nghèo, mỗi suất 1 triệu đồng.
Ông Trần Minh Hải, Bí thư Đảng ủy phường, đề nghị Mặt trận và các đoàn thể tiếp tục theo dõi sát những hộ mới thoát nghèo, không để tái nghèo; chăm lo Tết Nguyên đán Bính Ngọ 2026 để "không ai bị bỏ lại phía sau". Thực hiện Kế hoạch số 118/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam phường, dịp Tết, phường sẽ tiếp tục trao thêm khoảng 300 phần quà.
Kim Ngân
Tin liên quan
- Vĩnh Long: Hội nghị triển khai rà soát hộ nghèo giai đoạn 2026 - 2030 (30/10/2025)
- Phường Long Đức ra mắt mô hình "Khóm không có hộ nghèo" (15/10/2025)
- Trao 50 căn nhà Đại đoàn kết cho hộ nghèo Khmer (26/09/2025)
""", "2025-12-19", "Phường Nguyệt Hóa trao 200 phần quà cho hộ nghèo, cận nghèo sau rà soát",
E("trao_qua", None, "2025-12-17"),
[P("Kim Thị Sô Phia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Liên hiệp Phụ nữ phường"),
 P("Kim Sa Rinh", "Đại đức", "trụ trì chùa Ông Mẹt", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sơn Chanh Đa", "Trưởng khóm 4"),
 P("Thạch Thị Sa Vane"),
 P("Trần Minh Hải", "Bí thư Đảng ủy phường")],
[Q("200 phần quà", 200, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("7.852 hộ", 7852, "hộ"),
 Q("hơn 41%", 41, "%", "over"), Q("64 hộ", 64, "hộ"), Q("0,82%", 0.82, "%"), Q("112 hộ", 112, "hộ"), Q("1,43%", 1.43, "%"),
 Q("84 cán bộ chi hội", 84, "cán bộ chi hội"), Q("12 tổ rà soát", 12, "tổ rà soát"), Q("100 triệu đồng", 100000000, "đồng"),
 Q("ít nhất 3 hộ nghèo", 3, "hộ nghèo", "over"), Q("9 hộ nghèo", 9, "hộ nghèo"), Q("30 suất học bổng", 30, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("khoảng 300 phần quà", 300, "phần quà", "approx")],
[D("Quyết định", "2145", "QĐ-UBND", "2025-12-05", "UBND phường", "Quyết định số 2145/QĐ-UBND ngày 05/12/2025"),
 D("Kế hoạch", "118", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam phường", "Kế hoạch số 118/KH-MTTQ-BTT")],
[prov("Vĩnh Long"), com("Nguyệt Hóa")],
["Báo Vĩnh Long điện tử", "Xã hội › An sinh xã hội", "Các đại biểu trao quà cho hộ nghèo đồng bào Khmer.",
 "Vì người nghèo", "chùa Ông Mẹt", "Hội Đoàn kết sư sãi yêu nước tỉnh", "không ai bị bỏ lại phía sau", "khóm 4"],
["19/12/2025 08:05", "cuối năm 2025", "giai đoạn 2026 - 2030", "năm 2026", "Bính Ngọ 2026", "khóm 4"]))

PAGES.append(page("b8715-lamdong-bcd-tongket-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Thời sự » Kinh tế » Nông nghiệp
Thứ Sáu, 16/01/2026 | 11:25
Ảnh: Quang cảnh hội nghị tổng kết.
Tổng kết Tổng điều tra nông thôn, nông nghiệp: Hội viên nông dân là "cánh tay nối dài" của điều tra viên
Sáng 14/01/2026, Ban Chỉ đạo Tổng điều tra nông thôn, nông nghiệp tỉnh Lâm Đồng tổ chức hội nghị tổng kết Tổng điều tra nông thôn, nông nghiệp năm 2025, đồng thời triển khai kế hoạch công bố kết quả năm 2026. Ông Nguyễn Văn Lộc, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì.
Đây là cuộc tổng điều tra đầu tiên được tổ chức trên địa bàn tỉnh Lâm Đồng mới, sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận và sắp xếp chính quyền địa phương 2 cấp theo Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư. Thời điểm tổng điều tra là ngày 1/7/2025; việc thu thập thông tin diễn ra ngay khi 124 xã, phường, đặc khu vừa đi vào hoạt động.
Theo báo cáo của Thống kê tỉnh, toàn tỉnh đã thu thập thông tin của hơn 528.000 hộ nông thôn, 1.862 trang trại và 214 hợp tác xã nông nghiệp; huy động 2.640 điều tra viên, 410 giám sát viên. Kết quả sơ bộ cho thấy diện tích cây cà phê khoảng 310.000 ha, sầu riêng tăng mạnh với hơn 42.000 ha; tỷ lệ hộ nông thôn sử dụng internet đạt 86,4%. Tổng kinh phí thực hiện khoảng 46,8 tỷ đồng.
Theo ông Ka Sim, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh, các cấp hội đã vận động trên 3.500 chi hội trưởng tham gia dẫn đường, giới thiệu điều tra viên đến từng rẫy; ở các bon, buôn đồng bào M'nông, K'Ho, chi hội trưởng còn làm người phiên dịch. Bà Thập Thị Đào, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Thủy, cho biết Ban công tác Mặt trận các khu phố đã giúp điều tra viên tìm gặp các hộ làm thanh long, đánh bắt hải sản thường xuyên đi vắng.
Ông Điểu K'Rư, Trưởng bon Bu Prăng 1, xã Quảng Trực, nói: "Bà con trong bon lúc đầu ngại nói số cây, số con vật nuôi vì sợ bị thu thuế; Mặt trận giải thích rồi thì ai cũng nói thật". Ông Y Thịnh Êban, Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Trực, kiến nghị sớm công bố kết quả để các xã sử dụng xây dựng quy hoạch sản xuất.
Phát biểu kết luận, ông Nguyễn Văn Lộc ghi nhận vai trò của Mặt trận và các tổ chức chính trị - xã hội; yêu cầu Thống kê tỉnh hoàn thành báo cáo kết quả chính thức trong quý II/2026 theo Quyết định số 1058/QĐ-UBND ngày 15/7/2025 của UBND tỉnh. Dịp này, UBND tỉnh tặng Bằng khen cho 16 tập thể và 24 cá nhân.
Hoàng Yến
Tin liên quan
- Lâm Đồng hoàn thành thu thập thông tin Tổng điều tra nông thôn, nông nghiệp (05/09/2025)
- Hội Nông dân tỉnh ra mắt Ban Chấp hành sau hợp nhất (22/08/2025)
- Tập huấn nghiệp vụ Tổng điều tra cho điều tra viên (20/06/2025)
""", "2026-01-16", 'Tổng kết Tổng điều tra nông thôn, nông nghiệp: Hội viên nông dân là "cánh tay nối dài" của điều tra viên',
E("tong_ket", "2025", "2026-01-14"),
[P("Nguyễn Văn Lộc", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Ka Sim", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thập Thị Đào", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Thủy"),
 P("Điểu K'Rư", "Trưởng bon Bu Prăng 1"),
 P("Y Thịnh Êban", "Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Trực")],
[Q("3 tỉnh", 3, "tỉnh"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("hơn 528.000 hộ nông thôn", 528000, "hộ nông thôn", "over"), Q("1.862 trang trại", 1862, "trang trại"),
 Q("214 hợp tác xã nông nghiệp", 214, "hợp tác xã nông nghiệp"), Q("2.640 điều tra viên", 2640, "điều tra viên"),
 Q("410 giám sát viên", 410, "giám sát viên"), Q("khoảng 310.000 ha", 310000, "ha", "approx"),
 Q("hơn 42.000 ha", 42000, "ha", "over"), Q("86,4%", 86.4, "%"), Q("khoảng 46,8 tỷ đồng", 46800000000, "đồng", "approx"),
 Q("trên 3.500 chi hội trưởng", 3500, "chi hội trưởng", "over"), Q("16 tập thể", 16, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Quyết định", "1058", "QĐ-UBND", "2025-07-15", "UBND tỉnh", "Quyết định số 1058/QĐ-UBND ngày 15/7/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Phú Thủy"), com("Quảng Trực")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Thời sự » Kinh tế » Nông nghiệp", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "cánh tay nối dài", "bon Bu Prăng 1", "Thống kê tỉnh"],
["Thứ Sáu, 16/01/2026 | 11:25", "năm 2025", "năm 2026", "ngày 1/7/2025", "2 cấp", "quý II/2026", "bon Bu Prăng 1"]))

PAGES.append(page("b8716-dongnai-hlhpn-dieutra-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Trang chủ > Xã hội > Dân số
Thứ Tư, 08/04/2026 - 06:45
Hội viên phụ nữ khu phố đồng hành cùng điều tra viên
Điều tra biến động dân số và kế hoạch hóa gia đình năm 2026 đang được triển khai trên địa bàn tỉnh Đồng Nai với thời điểm điều tra là 0 giờ ngày 1/4/2026. Tại nhiều phường, xã, các chi hội phụ nữ khu phố, ấp đã trở thành "người dẫn đường" tin cậy cho điều tra viên.
Sáng 6/4/2026, tại phường Tam Hiệp, chị Nguyễn Thị Kim Oanh, Chi hội trưởng phụ nữ khu phố 12, cùng điều tra viên đến từng dãy phòng trọ công nhân. Khu phố có 1.148 hộ, trong đó khoảng 430 hộ là người thuê trọ, thường đi làm ca từ sáng sớm. "Chị em trong chi hội nắm giờ đi ca của từng phòng nên hẹn được lúc người ta ở nhà, điều tra viên không phải quay lại nhiều lần", chị Oanh nói.
Theo Thống kê tỉnh, cuộc điều tra năm nay thực hiện tại 1.102 địa bàn mẫu với hơn 41.000 hộ thuộc 95 xã, phường của tỉnh Đồng Nai sau hợp nhất với tỉnh Bình Phước; 1.350 điều tra viên thu thập thông tin bằng thiết bị điện tử từ ngày 1/4 đến ngày 30/4/2026. Kế hoạch số 36/KH-TK ngày 10/02/2026 của Thống kê tỉnh và Công văn số 215/UBND-VX của UBND tỉnh đề nghị Ủy ban MTTQ Việt Nam các cấp phối hợp tuyên truyền, vận động.
Bà Phạm Thị Thu Trang, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Tam Hiệp, Chủ tịch Hội Liên hiệp Phụ nữ phường, cho biết hội đã huy động 86 chi hội trưởng, tổ trưởng tổ phụ nữ tham gia; tuần đầu đã hỗ trợ điều tra viên hoàn thành khoảng 45% số hộ của phường. Với những hộ đi làm cả ngày, chi hội hướng dẫn điều tra viên hẹn gặp vào buổi tối hoặc ngày Chủ nhật; các trường hợp mới chuyển đến được chi hội báo ngay để bổ sung vào danh sách.
Ở xã Lộc Ninh, nơi có đông đồng bào S'tiêng, Khmer, bà Điểu Thị Hương, Chi hội trưởng phụ nữ sóc Bưng Ba, cùng chị Thị Bình, người S'tiêng, làm phiên dịch cho điều tra viên. "Có cụ hỏi điều tra để làm gì, mình giải thích là để Nhà nước biết mỗi nhà có mấy người, có sinh thêm con không, để lo trường học, trạm y tế cho đủ", bà Hương kể.
Theo bà Lê Thị Minh Thư, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, Đồng Nai mới có hơn 4,4 triệu người, dân nhập cư đông, biến động lớn, nên việc điều tra chính xác rất cần sự vào cuộc của hội viên. Hội LHPN tỉnh hỗ trợ mỗi chi hội tham gia 300.000 đồng và sẽ biểu dương 20 chi hội tiêu biểu khi kết thúc điều tra.
Hà Anh
Tin liên quan
- Phường Trấn Biên ra quân tuyên truyền về điều tra dân số (31/03/2026)
- Đồng Nai: Tập huấn nghiệp vụ cho 1.350 điều tra viên (24/03/2026)
- Hội LHPN tỉnh giao ban quý I năm 2026 (20/03/2026)
""", "2026-04-08", "Hội viên phụ nữ khu phố đồng hành cùng điều tra viên",
E("khac", None, "2026-04-06"),
[P("Nguyễn Thị Kim Oanh", "Chi hội trưởng phụ nữ khu phố 12"),
 P("Phạm Thị Thu Trang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Tam Hiệp", "Chủ tịch Hội Liên hiệp Phụ nữ phường"),
 P("Điểu Thị Hương", "Chi hội trưởng phụ nữ sóc Bưng Ba"),
 P("Thị Bình"),
 P("Lê Thị Minh Thư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")],
[Q("1.148 hộ", 1148, "hộ"), Q("khoảng 430 hộ", 430, "hộ", "approx"), Q("1.102 địa bàn mẫu", 1102, "địa bàn mẫu"),
 Q("hơn 41.000 hộ", 41000, "hộ", "over"), Q("95 xã, phường", 95, "xã, phường"), Q("1.350 điều tra viên", 1350, "điều tra viên"),
 Q("86 chi hội trưởng, tổ trưởng tổ phụ nữ", 86, "chi hội trưởng, tổ trưởng tổ phụ nữ"), Q("khoảng 45%", 45, "%", "approx"),
 Q("hơn 4,4 triệu người", 4400000, "người", "over"), Q("300.000 đồng", 300000, "đồng"),
 Q("20 chi hội tiêu biểu", 20, "chi hội tiêu biểu")],
[D("Kế hoạch", "36", "KH-TK", "2026-02-10", "Thống kê tỉnh", "Kế hoạch số 36/KH-TK ngày 10/02/2026"),
 D("Công văn", "215", "UBND-VX", None, "UBND tỉnh", "Công văn số 215/UBND-VX")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Tam Hiệp"), com("Lộc Ninh")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Trang chủ > Xã hội > Dân số", "người dẫn đường", "khu phố 12", "sóc Bưng Ba",
 "Điều tra biến động dân số và kế hoạch hóa gia đình năm 2026"],
["Thứ Tư, 08/04/2026 - 06:45", "0 giờ ngày 1/4/2026", "ngày 30/4/2026", "năm 2026", "tuần đầu", "khu phố 12"]))
