from lib import *
PAGES = []

PAGES.append(page("b4991-dienbien-dvca-giaoban-q1-2024", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Trang chủ >> Chính trị >> Dân vận
05/04/2024 - 09:15
Ảnh: Đồng chí Lò Thị Luyến phát biểu kết luận buổi giao ban.
Nâng cao hiệu quả phối hợp dân vận giữa Ban Dân vận Tỉnh ủy và Công an tỉnh
(ĐBP) - Chiều 4/4, Ban Dân vận Tỉnh ủy phối hợp với Công an tỉnh tổ chức giao ban công tác dân vận quý I năm 2024. Đồng chí Lò Thị Luyến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và Đại tá Vì Văn Sơn, Phó Giám đốc Công an tỉnh đồng chủ trì.
Theo báo cáo, trong quý I, Công an tỉnh đã chỉ đạo Công an 130 xã, phường, thị trấn phối hợp với Ban Dân vận các huyện ủy tổ chức 418 buổi tuyên truyền bằng tiếng Mông, tiếng Thái cho khoảng 26.500 lượt người; vận động 11 hộ người Mông di cư tự do ở huyện Mường Nhé về nơi ở ổn định. Thực hiện Kế hoạch số 219-KH/TU của Tỉnh ủy về thực hiện Chỉ thị 18-CT/TW, 19-CT/TW của Ban Bí thư, các lực lượng đã hòa giải thành 37 vụ tranh chấp đất đai, 5 vụ mâu thuẫn về tôn giáo; không để xảy ra điểm nóng.
Dịp Tết Nguyên đán Giáp Thìn, Công an tỉnh phối hợp với Ủy ban MTTQ trao 1.250 suất quà cho hộ nghèo, tổng trị giá trên 625 triệu đồng; lực lượng công an xã đã hỗ trợ làm mới 9 căn nhà cho 9 hộ đặc biệt khó khăn ở các xã Sín Thầu, Chung Chải, Mường Toong. Toàn tỉnh hiện có 1.654 tổ bảo vệ an ninh, trật tự ở cơ sở với 5.012 thành viên được kiện toàn theo Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở.
Tại giao ban, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Quàng Văn Nhất, Giàng Thị Hoa đã trao đổi về tình hình hoạt động của các nhóm "Giê Sùa", "Bà Cô Dợ" ở một số bản vùng cao; Trung tá Sùng A Chá, Phó Trưởng phòng An ninh nội địa Công an tỉnh, cho biết đã vận động 23 hộ với 126 khẩu từ bỏ "Giê Sùa".
Ông Lầu A Páo, người có uy tín bản Huổi Lếch, xã Mường Toong, được mời dự giao ban, kiến nghị tăng cường cán bộ công an nói tiếng Mông về bản.
Kết luận giao ban, đồng chí Lò Thị Luyến đề nghị quý II hai cơ quan thực hiện tốt Quy chế phối hợp số 04-QCPH/BDVTU-CAT; tham mưu sơ kết Nghị quyết số 12-NQ/TU ngày 09/8/2021 của Ban Chấp hành Đảng bộ tỉnh về công tác dân tộc, tôn giáo; chuẩn bị chu đáo công tác bảo đảm an ninh Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024). Mỗi huyện biên giới phải có ít nhất 5 mô hình "Dân vận khéo" trong lĩnh vực an ninh, trật tự.
Ngọc Thúy
Lượt đọc: 1.986
Tin liên quan
- Giao ban công tác dân vận quý IV năm 2023 (05/01/2024)
- Mường Nhé: ổn định đời sống đồng bào di cư tự do (20/03/2024)
- Công an tỉnh trao 100 suất quà Tết cho hộ nghèo vùng biên (02/02/2024)
- Tủa Chùa ra mắt mô hình "Bản không có ma túy" (15/01/2024)
""", "2024-04-05", "Nâng cao hiệu quả phối hợp dân vận giữa Ban Dân vận Tỉnh ủy và Công an tỉnh",
E("giao_ban", "2024-Q1", "2024-04-04"),
[P("Lò Thị Luyến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vì Văn Sơn", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Quàng Văn Nhất", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Giàng Thị Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng A Chá", "Trung tá", "Phó Trưởng phòng An ninh nội địa Công an tỉnh"),
 P("Lầu A Páo", "người có uy tín bản Huổi Lếch")],
[Q("130 xã, phường, thị trấn", 130, "xã, phường, thị trấn"), Q("418 buổi tuyên truyền", 418, "buổi tuyên truyền"),
 Q("khoảng 26.500 lượt người", 26500, "lượt người", "approx"), Q("11 hộ người Mông di cư tự do", 11, "hộ người Mông di cư tự do"),
 Q("37 vụ tranh chấp đất đai", 37, "vụ tranh chấp đất đai"), Q("5 vụ mâu thuẫn về tôn giáo", 5, "vụ mâu thuẫn về tôn giáo"),
 Q("1.250 suất quà", 1250, "suất quà"), Q("trên 625 triệu đồng", 625000000, "đồng", "over"), Q("9 căn nhà", 9, "căn nhà"),
 Q("9 hộ đặc biệt khó khăn", 9, "hộ đặc biệt khó khăn"), Q("1.654 tổ bảo vệ an ninh, trật tự", 1654, "tổ bảo vệ an ninh, trật tự"),
 Q("5.012 thành viên", 5012, "thành viên"), Q("23 hộ", 23, "hộ"), Q("126 khẩu", 126, "khẩu"),
 Q("ít nhất 5 mô hình", 5, "mô hình", "over")],
[D("Kế hoạch", "219", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 219-KH/TU"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị 18-CT/TW, 19-CT/TW"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị 18-CT/TW, 19-CT/TW"),
 D("Quy chế phối hợp", "04", "QCPH/BDVTU-CAT", None, None, "Quy chế phối hợp số 04-QCPH/BDVTU-CAT"),
 D("Nghị quyết", "12", "NQ/TU", "2021-08-09", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 12-NQ/TU ngày 09/8/2021")],
[prov("Điện Biên"), com("Sín Thầu"), com("Chung Chải"), com("Mường Toong")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Trang chủ >> Chính trị >> Dân vận", "Ảnh: Đồng chí Lò Thị Luyến phát biểu kết luận buổi giao ban.",
 "(ĐBP)", "Giê Sùa", "Bà Cô Dợ", "Dân vận khéo", "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "Lượt đọc: 1.986"],
["05/04/2024 - 09:15", "quý I năm 2024", "quý II", "Tết Nguyên đán Giáp Thìn", "70 năm", "7/5/1954 - 7/5/2024", "Lượt đọc: 1.986"]))

PAGES.append(page("b4992-bentre-thanhphu-doithoai-2024", """
Báo Đồng Khởi Online
Hôm nay: Thứ Hai, 28/10/2024
Thời sự | Chính trị | An ninh - Trật tự
Cập nhật: 08:30, 25/10/2024 (GMT+7)
Chủ tịch UBND xã đối thoại với nhân dân về an ninh trật tự vùng ven biển
Ngày 23/10, UBND xã Thạnh Phong (huyện Thạnh Phú, tỉnh Bến Tre) tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với nhân dân năm 2024 về công tác bảo đảm an ninh, trật tự và phòng, chống khai thác thủy sản bất hợp pháp. Khoảng 180 người dân là chủ tàu cá, thành viên tổ tự quản của 7 ấp dự đối thoại.
Quang cảnh hội nghị đối thoại.
Chủ trì đối thoại là ông Võ Văn Lành, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Dự có bà Trương Thị Mỹ Dung, HUV, Trưởng Ban Dân vận Huyện ủy Thạnh Phú; Thiếu tá Lê Quốc Tuấn, Trưởng Công an xã.
Cuộc đối thoại thực hiện theo Quyết định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Nghị định 61/2023/NĐ-CP của Chính phủ về xây dựng và thực hiện hương ước, quy ước của cộng đồng dân cư. Người dân đã nêu 23 ý kiến, kiến nghị, trong đó có 9 ý kiến về tình trạng trộm cắp ngư cụ, 6 ý kiến về việc sạt lở đê biển và việc đền bù khi làm dự án điện gió.
Ông Nguyễn Văn Bảy, chủ tàu cá ở ấp Thạnh Hải, đề nghị hỗ trợ chi phí duy trì thiết bị giám sát hành trình khoảng 3 triệu đồng/năm. Bà Đặng Thị Kim Lan, Tổ trưởng tổ tự quản ấp Giồng Chùa, phản ánh tình trạng thanh niên tụ tập chơi đá gà; ông Huỳnh Văn Út, người có uy tín ấp Thạnh Hòa, đề nghị lắp thêm đèn đường.
Lãnh đạo xã và các ngành đã trả lời trực tiếp 19 ý kiến; 4 ý kiến thuộc thẩm quyền cấp huyện được tiếp thu, chuyển đến UBND huyện. Theo Thiếu tá Lê Quốc Tuấn, 9 tháng năm 2024 xã xảy ra 8 vụ trộm cắp, giảm 5 vụ; 100% tàu cá khai thác xa bờ đã lắp thiết bị giám sát; 412 hộ ký cam kết không để tàu cá vi phạm vùng biển nước ngoài.
Bà Trương Thị Mỹ Dung đánh giá buổi đối thoại thẳng thắn, đề nghị xã tiếp tục thực hiện Kết luận số 01-KL/HU của Ban Thường vụ Huyện ủy và xây dựng mô hình "Ấp ven biển an toàn". Xã cam kết trong năm 2025 lắp đặt 60 bóng đèn năng lượng mặt trời trên các tuyến đê, kinh phí khoảng 240 triệu đồng từ xã hội hóa.
Nhiều người dân cho biết sẽ tham gia tổ tự quản, tích cực tố giác tội phạm. Cuối buổi, UBND xã tặng 20 phần quà cho ngư dân có hoàn cảnh khó khăn, mỗi phần 400.000 đồng.
Hữu Hiệp
Tin khác
- Thạnh Phú: ra mắt tổ tàu thuyền an toàn (18/10/2024)
- Ba Tri: đối thoại với nông dân về chuyển đổi cây trồng (11/10/2024)
- Bến Tre chống khai thác IUU (04/10/2024)
- Hội Nông dân xã Thạnh Phong vận động 50 hội viên mới (27/09/2024)
""", "2024-10-25", "Chủ tịch UBND xã đối thoại với nhân dân về an ninh trật tự vùng ven biển",
E("doi_thoai", "2024", "2024-10-23"),
[P("Võ Văn Lành", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Trương Thị Mỹ Dung", "HUV", "Trưởng Ban Dân vận Huyện ủy Thạnh Phú"),
 P("Lê Quốc Tuấn", "Thiếu tá", "Trưởng Công an xã"),
 P("Nguyễn Văn Bảy", "chủ tàu cá"),
 P("Đặng Thị Kim Lan", "Tổ trưởng tổ tự quản ấp Giồng Chùa"),
 P("Huỳnh Văn Út", "người có uy tín ấp Thạnh Hòa")],
[Q("Khoảng 180 người dân", 180, "người dân", "approx"),
 Q("7 ấp", 7, "ấp"), Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"), Q("9 ý kiến", 9, "ý kiến"), Q("6 ý kiến", 6, "ý kiến"),
 Q("khoảng 3 triệu đồng", 3000000, "đồng", "approx"), Q("19 ý kiến", 19, "ý kiến"), Q("4 ý kiến", 4, "ý kiến"),
 Q("8 vụ trộm cắp", 8, "vụ trộm cắp"), Q("5 vụ", 5, "vụ"), Q("100% tàu cá", 100, "%"), Q("412 hộ", 412, "hộ"),
 Q("60 bóng đèn năng lượng mặt trời", 60, "bóng đèn năng lượng mặt trời"), Q("khoảng 240 triệu đồng", 240000000, "đồng", "approx"),
 Q("20 phần quà", 20, "phần quà"), Q("400.000 đồng", 400000, "đồng")],
[D("Quyết định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quyết định số 11-QĐi/TW ngày 18/2/2019"),
 D("Nghị định", "61", "2023/NĐ-CP", None, "Chính phủ", "Nghị định 61/2023/NĐ-CP"),
 D("Kết luận", "01", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận số 01-KL/HU")],
[prov("Bến Tre"), com("Thạnh Phong")],
["Báo Đồng Khởi Online", "Hôm nay: Thứ Hai, 28/10/2024", "Thời sự | Chính trị | An ninh - Trật tự", "Quang cảnh hội nghị đối thoại.",
 "Ấp ven biển an toàn"],
["Hôm nay: Thứ Hai, 28/10/2024", "Cập nhật: 08:30, 25/10/2024 (GMT+7)", "năm 2024", "3 triệu đồng/năm", "9 tháng năm 2024", "năm 2025"]))

PAGES.append(page("b4993-tuyenquang-congan-soket-h1-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ › Chính trị › Quốc phòng - An ninh
Thứ Sáu, 11/07/2025, 15:20
Đại tá Hoàng Văn Sinh phát biểu tại hội nghị.
Công an tỉnh sơ kết công tác dân vận và phong trào toàn dân bảo vệ an ninh Tổ quốc
Sáng 10/7, Công an tỉnh Tuyên Quang tổ chức hội nghị sơ kết công tác dân vận và phong trào toàn dân bảo vệ an ninh Tổ quốc 6 tháng đầu năm 2025, là hội nghị đầu tiên sau khi hợp nhất Công an hai tỉnh Tuyên Quang và Hà Giang. Hội nghị được kết nối trực tuyến tới 124 điểm cầu Công an xã, phường. Đại tá Hoàng Văn Sinh, Phó Giám đốc Công an tỉnh chủ trì; dự có đồng chí Ma Thị Thúy, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Báo cáo cho biết, 6 tháng đầu năm, trên địa bàn tỉnh (gồm cả địa bàn tỉnh Hà Giang trước đây) lực lượng Công an đã phối hợp tổ chức 2.860 buổi tuyên truyền cho hơn 143.000 lượt người; vận động nhân dân giao nộp 486 khẩu súng tự chế, 96 kg vật liệu nổ. Quần chúng cung cấp 1.312 nguồn tin có giá trị; vận động 41 đối tượng truy nã ra đầu thú. Cả tỉnh hiện có 4.218 tổ bảo vệ an ninh, trật tự ở cơ sở với 12.650 thành viên.
Thực hiện Kế hoạch số 62-KH/TU, 63-KH/TU của Ban Thường vụ Tỉnh ủy (cũ) về xây dựng "Thôn, bản không có ma túy" và Chỉ thị 12/CT-UBND của UBND tỉnh, đã có 168 thôn, bản ở các xã vùng cao như Mậu Duệ, Sủng Máng, Lũng Cú được công nhận không có ma túy. Trong đợt sáp nhập đơn vị hành chính, lực lượng Công an phối hợp với Ban Tuyên giáo và Dân vận vận động 100% hộ dân đồng thuận, không phát sinh khiếu kiện.
Tại hội nghị, Thiếu tá Sùng Mí Pó, Trưởng Công an xã Mậu Duệ, chia sẻ việc phối hợp với người có uy tín vận động 17 hộ người Mông bỏ tà đạo "Dương Văn Mình". Bà Triệu Thị Mùi, Chủ tịch Ủy ban MTTQ Việt Nam xã Thượng Lâm, cho biết xã đã vận động đồng bào Dao đóng góp 215 triệu đồng lắp hệ thống camera tại 12 thôn. Các đồng chí Nông Văn Giáp, Hà Thị Thu Hương - Phó Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc, trình bày tham luận.
Phát biểu chỉ đạo, đồng chí Ma Thị Thúy đề nghị lực lượng Công an tiếp tục thực hiện Kết luận 44-KL/TW của Ban Bí thư, Nghị quyết 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, chuyển đổi số quốc gia; chủ động nắm tình hình tư tưởng nhân dân sau sắp xếp chính quyền 2 cấp.
Kết luận hội nghị, Đại tá Hoàng Văn Sinh yêu cầu 6 tháng cuối năm, mỗi xã, phường phải có ít nhất 3 mô hình tự quản về an ninh, trật tự hoạt động hiệu quả; phấn đấu 95% thôn, tổ dân phố đạt tiêu chuẩn "An toàn về an ninh, trật tự". Giám đốc Công an tỉnh tặng giấy khen cho 36 tập thể, 58 cá nhân.
Thu Phương
Tin liên quan
- Công an xã Lũng Cú ra mắt mô hình "Cột cờ bình yên" (02/07/2025)
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang (01/07/2025)
- Công an tỉnh hợp nhất, bố trí 124 Trưởng Công an xã, phường (28/06/2025)
- Hà Giang: tổng kết 10 năm phong trào "Xóa nhà tạm" (20/06/2025)
""", "2025-07-11", "Công an tỉnh sơ kết công tác dân vận và phong trào toàn dân bảo vệ an ninh Tổ quốc",
E("so_ket", "2025-H1", "2025-07-10"),
[P("Hoàng Văn Sinh", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Ma Thị Thúy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Pó", "Thiếu tá", "Trưởng Công an xã Mậu Duệ"),
 P("Triệu Thị Mùi", "Chủ tịch Ủy ban MTTQ Việt Nam xã Thượng Lâm"),
 P("Nông Văn Giáp", "Phó Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc"),
 P("Hà Thị Thu Hương", "Phó Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc")],
[Q("124 điểm cầu", 124, "điểm cầu"), Q("2.860 buổi tuyên truyền", 2860, "buổi tuyên truyền"),
 Q("hơn 143.000 lượt người", 143000, "lượt người", "over"), Q("486 khẩu súng tự chế", 486, "khẩu súng tự chế"),
 Q("96 kg", 96, "kg"), Q("1.312 nguồn tin", 1312, "nguồn tin"), Q("41 đối tượng truy nã", 41, "đối tượng truy nã"),
 Q("4.218 tổ bảo vệ an ninh, trật tự", 4218, "tổ bảo vệ an ninh, trật tự"), Q("12.650 thành viên", 12650, "thành viên"),
 Q("168 thôn, bản", 168, "thôn, bản"), Q("100% hộ dân", 100, "%"), Q("17 hộ người Mông", 17, "hộ người Mông"),
 Q("215 triệu đồng", 215000000, "đồng"), Q("12 thôn", 12, "thôn"), Q("ít nhất 3 mô hình tự quản", 3, "mô hình tự quản", "over"),
 Q("95%", 95, "%"), Q("36 tập thể", 36, "tập thể"), Q("58 cá nhân", 58, "cá nhân")],
[D("Kế hoạch", "62", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 62-KH/TU, 63-KH/TU"),
 D("Kế hoạch", "63", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 62-KH/TU, 63-KH/TU"),
 D("Chỉ thị", "12", "CT-UBND", None, "UBND tỉnh", "Chỉ thị 12/CT-UBND"),
 D("Kết luận", "44", "KL/TW", None, "Ban Bí thư", "Kết luận 44-KL/TW"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57-NQ/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mậu Duệ"), com("Sủng Máng"), com("Lũng Cú"), com("Thượng Lâm")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ › Chính trị › Quốc phòng - An ninh", "Đại tá Hoàng Văn Sinh phát biểu tại hội nghị.",
 "Thôn, bản không có ma túy", "Dương Văn Mình", "An toàn về an ninh, trật tự"],
["Thứ Sáu, 11/07/2025, 15:20", "6 tháng đầu năm 2025", "6 tháng cuối năm", "chính quyền 2 cấp"]))

PAGES.append(page("b4994-vinhlong-dangbo-congan-daihoi-2025", """
Báo Vĩnh Long điện tử
Chính trị › Xây dựng Đảng › Đại hội Đảng các cấp
15/08/2025 10:20
Đại hội Đảng bộ Công an tỉnh Vĩnh Long lần thứ I, nhiệm kỳ 2025 - 2030
Trong 2 ngày 13 và 14/8, Đảng bộ Công an tỉnh Vĩnh Long tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội đầu tiên sau khi hợp nhất Đảng bộ Công an ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Dự đại hội có 250 đại biểu đại diện cho hơn 4.800 đảng viên của 96 tổ chức cơ sở đảng.
Đoàn Chủ tịch điều hành phiên trọng thể Đại hội.
Về dự và chỉ đạo có đồng chí Nguyễn Văn Thạnh, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Thạch Thị Hồng Đào, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Báo cáo chính trị nêu rõ, nhiệm kỳ 2020 - 2025, lực lượng Công an ba tỉnh đã thực hiện hiệu quả Chỉ thị số 05-CT/ĐUCA của Đảng ủy Công an Trung ương về công tác dân vận và Quy định số 70-QĐ/TW của Bộ Chính trị; xây dựng 1.246 mô hình "Dân vận khéo" trong phong trào toàn dân bảo vệ an ninh Tổ quốc, vận động hơn 2.300 người nghiện ma túy đi cai nghiện, hòa giải thành 18.540 vụ việc ở cơ sở. Công an ba tỉnh đã xây tặng 412 căn nhà "Mái ấm Công an" với tổng kinh phí trên 24,7 tỷ đồng; 100% xã, phường, thị trấn có công an chính quy.
Đại hội đề ra 4 khâu đột phá, 12 chỉ tiêu chủ yếu, trong đó phấn đấu hằng năm kéo giảm từ 5% trở lên số vụ phạm pháp hình sự, tỷ lệ điều tra khám phá án đạt trên 85%, 100% Công an xã, phường có ít nhất 2 mô hình "Dân vận khéo". Tham luận tại Đại hội, Thượng tá Kim Sô Phia, Trưởng Công an phường Trà Vinh, trình bày kinh nghiệm vận động đồng bào Khmer phòng, chống tội phạm tín dụng đen; Trung tá Lê Thị Ngọc Hân, Bí thư Chi bộ Phòng Cảnh sát Quản lý hành chính về trật tự xã hội, nói về thực hiện Đề án 06.
Đại hội đã bầu Ban Chấp hành Đảng bộ Công an tỉnh khóa I gồm 21 đồng chí. Thiếu tướng Huỳnh Văn Đởm, Giám đốc Công an tỉnh, được bầu giữ chức Bí thư Đảng ủy Công an tỉnh nhiệm kỳ 2025 - 2030; các đồng chí Đại tá Trần Hữu Lộc, Đại tá Phạm Thanh Bình được bầu làm Phó Bí thư Đảng ủy Công an tỉnh. Đại hội cũng bầu 15 đại biểu chính thức và 2 đại biểu dự khuyết đi dự Đại hội đại biểu Đảng bộ tỉnh lần thứ I.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Thạnh đề nghị Đảng bộ Công an tỉnh quán triệt Nghị quyết 18-NQ/TW, Kết luận 121-KL/TW của Ban Chấp hành Trung ương về sắp xếp tổ chức bộ máy; Kế hoạch 05-KH/TU của Tỉnh ủy về công tác dân vận sau hợp nhất; gần dân, sát dân hơn trong bối cảnh chính quyền địa phương 2 cấp.
Dịp này, đồng chí Thạch Thị Hồng Đào thay mặt Ban Tuyên giáo và Dân vận Tỉnh ủy tặng hoa chúc mừng Đại hội và 50 phần quà cho gia đình cán bộ, chiến sĩ có hoàn cảnh khó khăn.
Thanh Tùng
Tin liên quan
- Đại hội Đảng bộ phường Phước Hậu lần thứ I (10/08/2025)
- Công an tỉnh ra mắt đường dây nóng mới (01/08/2025)
- Đại hội Đảng bộ xã Tam Ngãi nhiệm kỳ 2025 - 2030 (28/07/2025)
- Vĩnh Long: hợp nhất Ủy ban MTTQ Việt Nam tỉnh (01/07/2025)
""", "2025-08-15", "Đại hội Đảng bộ Công an tỉnh Vĩnh Long lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-08-13"),
[P("Nguyễn Văn Thạnh", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Thạch Thị Hồng Đào", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Sô Phia", "Thượng tá", "Trưởng Công an phường Trà Vinh"),
 P("Lê Thị Ngọc Hân", "Trung tá", "Bí thư Chi bộ Phòng Cảnh sát Quản lý hành chính về trật tự xã hội"),
 P("Huỳnh Văn Đởm", "Thiếu tướng", "Giám đốc Công an tỉnh", "Bí thư Đảng ủy Công an tỉnh nhiệm kỳ 2025 - 2030"),
 P("Trần Hữu Lộc", "Đại tá", "Phó Bí thư Đảng ủy Công an tỉnh"),
 P("Phạm Thanh Bình", "Đại tá", "Phó Bí thư Đảng ủy Công an tỉnh")],
[Q("250 đại biểu", 250, "đại biểu"), Q("hơn 4.800 đảng viên", 4800, "đảng viên", "over"),
 Q("96 tổ chức cơ sở đảng", 96, "tổ chức cơ sở đảng"), Q("1.246 mô hình", 1246, "mô hình"),
 Q("hơn 2.300 người nghiện ma túy", 2300, "người nghiện ma túy", "over"), Q("18.540 vụ việc", 18540, "vụ việc"),
 Q("412 căn nhà", 412, "căn nhà"), Q("trên 24,7 tỷ đồng", 24700000000, "đồng", "over"), Q("100% xã, phường, thị trấn", 100, "%"),
 Q("4 khâu đột phá", 4, "khâu đột phá"), Q("12 chỉ tiêu chủ yếu", 12, "chỉ tiêu chủ yếu"), Q("từ 5% trở lên", 5, "%", "over"),
 Q("trên 85%", 85, "%", "over"), Q("100% Công an xã, phường", 100, "%"), Q("ít nhất 2 mô hình", 2, "mô hình", "over"),
 Q("21 đồng chí", 21, "đồng chí"), Q("15 đại biểu chính thức", 15, "đại biểu chính thức"), Q("2 đại biểu dự khuyết", 2, "đại biểu dự khuyết"),
 Q("50 phần quà", 50, "phần quà")],
[D("Chỉ thị", "05", "CT/ĐUCA", None, "Đảng ủy Công an Trung ương", "Chỉ thị số 05-CT/ĐUCA"),
 D("Quy định", "70", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 70-QĐ/TW"),
 D("Đề án", "06", None, None, None, "Đề án 06"),
 D("Nghị quyết", "18", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 18-NQ/TW"),
 D("Kết luận", "121", "KL/TW", None, "Ban Chấp hành Trung ương", "Kết luận 121-KL/TW"),
 D("Kế hoạch", "05", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 05-KH/TU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Vinh")],
["Báo Vĩnh Long điện tử", "Chính trị › Xây dựng Đảng › Đại hội Đảng các cấp", "Đoàn Chủ tịch điều hành phiên trọng thể Đại hội.",
 "Dân vận khéo", "Mái ấm Công an"],
["15/08/2025 10:20", "2 ngày", "lần thứ I", "nhiệm kỳ 2025 - 2030", "nhiệm kỳ 2020 - 2025", "khóa I", "21 đồng chí", "chính quyền địa phương 2 cấp"]))

PAGES.append(page("b4995-lamdong-congan-tongket-2025", """
Báo và Phát thanh, Truyền hình Lâm Đồng
Thứ Hai, 12/01/2026
Trang chủ | Thời sự | An ninh - Trật tự
Thứ Sáu, 09/01/2026 - 11:00
Toàn cảnh hội nghị tại điểm cầu Công an tỉnh.
Lâm Đồng triển khai nhiệm vụ năm 2026 về xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc
Ngày 8/1, Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026 theo hình thức trực tuyến tới 124 xã, phường, đặc khu. Đây là năm đầu tiên tổng kết sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận. Đại tá Lê Hữu Tâm, Phó Giám đốc Công an tỉnh, Phó Trưởng Ban Thường trực Ban Chỉ đạo chủ trì hội nghị.
Báo cáo cho biết, năm 2025 toàn tỉnh đã xây dựng mới 312 mô hình tự quản, nâng tổng số lên 3.486 mô hình; 14.200 tổ bảo vệ an ninh, trật tự ở cơ sở với hơn 42.000 thành viên hoạt động ổn định. Nhân dân đã cung cấp 6.115 nguồn tin có giá trị, giúp phát hiện 1.420 vụ việc vi phạm pháp luật. Tại vùng đồng bào K'Ho, Mnông, Chăm, lực lượng Công an phối hợp với người có uy tín vận động 94 hộ từ bỏ hoạt động "Tin lành Đấng Christ" và "Hà Mòn".
Thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ và Kế hoạch số 09-KH/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận năm 2025, Công an tỉnh đã phối hợp Ủy ban MTTQ Việt Nam tỉnh xây dựng 186 căn nhà cho hộ nghèo theo chương trình "Cả nước chung tay xóa nhà tạm, nhà dột nát", kinh phí gần 11,2 tỷ đồng.
Tại hội nghị, ông Điểu Kré, Chủ tịch UBND xã Quảng Trực, cho biết xã đã thành lập 8 tổ tự quản đường biên với người Mnông làm nòng cốt. Bà Nguyễn Thị Kim Loan, Chủ tịch Ủy ban MTTQ Việt Nam phường Phan Thiết, trình bày mô hình "Khu phố ven biển an toàn". Các già làng K'Brơi, Ya Tuấn được biểu dương vì có nhiều đóng góp trong hòa giải ở cơ sở.
Phát biểu chỉ đạo, đồng chí Trần Thị Lộc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đề nghị năm 2026 tiếp tục quán triệt Kết luận 127-KL/TW, 128-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp bộ máy và Nghị quyết 66-NQ/TW; chú trọng công tác dân vận ở các đặc khu, các dự án khai thác bô xít.
Kết luận hội nghị, Đại tá Lê Hữu Tâm yêu cầu phấn đấu năm 2026 có không dưới 90% xã, phường, đặc khu đạt tiêu chuẩn "An toàn về an ninh, trật tự"; mỗi xã ít nhất 2 mô hình "Dân vận khéo". Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 28 tập thể, 45 cá nhân; Giám đốc Công an tỉnh tặng giấy khen cho 62 tập thể, 110 cá nhân.
Nhiều đại biểu cho rằng sau hợp nhất, địa bàn rộng, đi lại khó khăn, cần tăng cường ứng dụng chuyển đổi số để kết nối các tổ tự quản với Công an xã.
Hải Yến
Xem thêm
- Lâm Đồng: gặp mặt người có uy tín dịp Tết Bính Ngọ 2026 (06/01/2026)
- Đắk Song: ra mắt tổ tự quản đường biên (28/12/2025)
- Công an tỉnh trao 30 căn nhà cho hộ nghèo (20/12/2025)
- Hội nghị giao ban công tác dân vận quý IV năm 2025 (15/12/2025)
""", "2026-01-09", "Lâm Đồng triển khai nhiệm vụ năm 2026 về xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc",
E("tong_ket", "2025", "2026-01-08"),
[P("Lê Hữu Tâm", "Đại tá", "Phó Giám đốc Công an tỉnh", "Phó Trưởng Ban Thường trực Ban Chỉ đạo"),
 P("Điểu Kré", "Chủ tịch UBND xã Quảng Trực"),
 P("Nguyễn Thị Kim Loan", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phan Thiết"),
 P("K'Brơi", "già làng"), P("Ya Tuấn", "già làng"),
 P("Trần Thị Lộc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("312 mô hình tự quản", 312, "mô hình tự quản"),
 Q("3.486 mô hình", 3486, "mô hình"), Q("14.200 tổ bảo vệ an ninh, trật tự", 14200, "tổ bảo vệ an ninh, trật tự"),
 Q("hơn 42.000 thành viên", 42000, "thành viên", "over"), Q("6.115 nguồn tin", 6115, "nguồn tin"),
 Q("1.420 vụ việc vi phạm pháp luật", 1420, "vụ việc vi phạm pháp luật"), Q("94 hộ", 94, "hộ"),
 Q("186 căn nhà", 186, "căn nhà"), Q("gần 11,2 tỷ đồng", 11200000000, "đồng", "approx"),
 Q("8 tổ tự quản đường biên", 8, "tổ tự quản đường biên"), Q("không dưới 90%", 90, "%", "over"),
 Q("ít nhất 2 mô hình", 2, "mô hình", "over"), Q("28 tập thể", 28, "tập thể"), Q("45 cá nhân", 45, "cá nhân"),
 Q("62 tập thể", 62, "tập thể"), Q("110 cá nhân", 110, "cá nhân")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "09", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 09-KH/TU"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127-KL/TW, 128-KL/TW"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127-KL/TW, 128-KL/TW"),
 D("Nghị quyết", "66", "NQ/TW", None, None, "Nghị quyết 66-NQ/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Phan Thiết")],
["Báo và Phát thanh, Truyền hình Lâm Đồng", "Thứ Hai, 12/01/2026", "Trang chủ | Thời sự | An ninh - Trật tự",
 "Toàn cảnh hội nghị tại điểm cầu Công an tỉnh.", "Tin lành Đấng Christ", "Hà Mòn",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Khu phố ven biển an toàn", "An toàn về an ninh, trật tự", "Dân vận khéo"],
["Thứ Hai, 12/01/2026", "Thứ Sáu, 09/01/2026 - 11:00", "năm 2025", "năm 2026"]))

PAGES.append(page("b4996-dongnai-congan-traoqua-tet-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Xã hội › Tết nhân ái
Ngày đăng 06/02/2026 | 14:10
Công an tỉnh thăm, chúc Tết, tặng quà người có uy tín và hộ nghèo đồng bào S'tiêng
Ngày 5/2, đoàn công tác Công an tỉnh Đồng Nai do Đại tá Nguyễn Hồng Quang, Phó Giám đốc Công an tỉnh làm trưởng đoàn đã đến thăm, chúc Tết và trao 400 phần quà Tết Bính Ngọ 2026 cho người có uy tín, hộ nghèo đồng bào S'tiêng, M'nông tại các xã Bù Gia Mập, Đak Ơ, Bình Tân (khu vực tỉnh Bình Phước trước đây).
Đại tá Nguyễn Hồng Quang trao quà cho người có uy tín xã Đak Ơ.
Cùng đi có bà Điểu Thị Hiền, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Dân tộc - Tôn giáo; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Lê Văn Phong, Thị Hồng Nhung.
Mỗi phần quà trị giá 1 triệu đồng gồm tiền mặt và nhu yếu phẩm; riêng 52 người có uy tín được tặng thêm 500.000 đồng. Tổng trị giá quà hơn 426 triệu đồng, do cán bộ, chiến sĩ Công an tỉnh đóng góp và vận động các doanh nghiệp tài trợ theo Kế hoạch số 15/KH-CAT-PX03 ngày 06/01/2026 của Công an tỉnh và Hướng dẫn 02-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy.
Tại xã Bù Gia Mập, đoàn thăm gia đình ông Điểu Điều, người có uy tín bon Bù Lư. Ông cho biết năm qua đã cùng công an xã vận động 6 thanh niên bỏ sang Campuchia làm việc trái phép trở về, vận động 14 hộ ký cam kết không nghe kẻ xấu lôi kéo. Bà Thị Kìm, người có uy tín bon Đak Côn, phản ánh còn tình trạng cho vay nặng lãi ở một số bon.
Thông tin với đoàn, Thượng tá Đỗ Thành Trung, Trưởng Công an xã Đak Ơ, cho biết năm 2025 xã có 3.112 hộ đồng bào dân tộc thiểu số, trong đó 186 hộ nghèo; công an xã đã giúp dân 420 ngày công sửa nhà, làm 2 cây cầu tạm. Theo Đại tá Nguyễn Hồng Quang, thực hiện Nghị định 16/2024/NĐ-CP (bổ sung chế độ cho người có uy tín) và Quyết định 28/2023/QĐ-TTg, toàn tỉnh hiện có 726 người có uy tín, trong đó 318 người ở khu vực Bình Phước cũ.
Dịp này, đoàn cũng trao 10 suất học bổng, mỗi suất 2 triệu đồng cho học sinh S'tiêng học giỏi; Đoàn Thanh niên Công an tỉnh tặng 300 chiếc áo ấm và 200 bộ sách vở. Bà Điểu Thị Hiền đề nghị bà con đón Tết vui tươi, an toàn, cảnh giác với thủ đoạn lừa đảo qua mạng, tích cực tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc.
Theo kế hoạch, từ nay đến trước Tết, Công an tỉnh sẽ tổ chức thêm 12 đoàn công tác đi thăm, tặng quà tại các xã biên giới, đặc biệt các hộ có người đang cai nghiện, phạm nhân đang chấp hành án và người được đặc xá.
Lê Quyên
Tin liên quan
- Đồng Nai: 1.500 phần quà Tết cho công nhân khó khăn (03/02/2026)
- Gặp mặt người có uy tín tỉnh Đồng Nai năm 2026 (28/01/2026)
- Công an tỉnh tổng kết công tác năm 2025 (10/01/2026)
- Bù Đăng ra mắt tổ tự quản đường biên (05/01/2026)
""", "2026-02-06", "Công an tỉnh thăm, chúc Tết, tặng quà người có uy tín và hộ nghèo đồng bào S'tiêng",
E("trao_qua", None, "2026-02-05"),
[P("Nguyễn Hồng Quang", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Điểu Thị Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân tộc - Tôn giáo"),
 P("Lê Văn Phong", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thị Hồng Nhung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Điều", "người có uy tín bon Bù Lư"),
 P("Thị Kìm", "người có uy tín bon Đak Côn"),
 P("Đỗ Thành Trung", "Thượng tá", "Trưởng Công an xã Đak Ơ")],
[Q("400 phần quà", 400, "phần quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("52 người có uy tín", 52, "người có uy tín"),
 Q("500.000 đồng", 500000, "đồng"), Q("hơn 426 triệu đồng", 426000000, "đồng", "over"), Q("6 thanh niên", 6, "thanh niên"),
 Q("14 hộ", 14, "hộ"), Q("3.112 hộ đồng bào dân tộc thiểu số", 3112, "hộ đồng bào dân tộc thiểu số"), Q("186 hộ nghèo", 186, "hộ nghèo"),
 Q("420 ngày công", 420, "ngày công"), Q("2 cây cầu tạm", 2, "cây cầu tạm"), Q("726 người có uy tín", 726, "người có uy tín"),
 Q("318 người", 318, "người"), Q("10 suất học bổng", 10, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("300 chiếc áo ấm", 300, "chiếc áo ấm"), Q("200 bộ sách vở", 200, "bộ sách vở"), Q("12 đoàn công tác", 12, "đoàn công tác")],
[D("Kế hoạch", "15", "KH-CAT-PX03", "2026-01-06", "Công an tỉnh", "Kế hoạch số 15/KH-CAT-PX03 ngày 06/01/2026"),
 D("Hướng dẫn", "02", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 02-HD/BTGDVTU"),
 D("Nghị định", "16", "2024/NĐ-CP", None, None, "Nghị định 16/2024/NĐ-CP"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, None, "Quyết định 28/2023/QĐ-TTg")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đak Ơ"), com("Bình Tân")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Xã hội › Tết nhân ái", "Đại tá Nguyễn Hồng Quang trao quà cho người có uy tín xã Đak Ơ."],
["Ngày đăng 06/02/2026 | 14:10", "Tết Bính Ngọ 2026", "năm 2025"]))
