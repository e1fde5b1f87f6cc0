from lib import *
PAGES = []

PAGES.append(page("b5717-laocai-mttq-banlau-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG KHƯƠNG - TỈNH LÀO CAI
Trang chủ > Tin tức > Tin từ cơ sở
Thứ Tư, 28/12/2011 - 16:40
MTTQ xã Bản Lầu tổng kết công tác mặt trận năm 2011
Chiều ngày 26/12/2011, Uỷ ban MTTQ xã Bản Lầu (huyện Mường Khương, tỉnh Lào Cai) đã tổ chưc hội nghị tổng kết công tác Mặt trận năm 2011 và triển khai chương trình phối hợp thống nhất hành động năm 2012. Về dự có đồng chí Lù Văn Páo, HUV, Phó Chủ tịch Uỷ ban MTTQ huyện; đồng chí Giàng Seo Phử, Bí thư Đảng ủy, Chủ tịch HĐND xã cùng 65 đại biểu là trưởng ban công tác mặt trận các thôn, người có uy tín và đại diện các đoàn thể.
Quang cảnh hội nghị
Theo báo cáo do bà Vàng Thị Dung, Chủ tịch Uỷ ban MTTQ xã trình bày, năm qua Mặt trận xã đã phối hợp các đoàn thể vận động nhân dân thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", có 14/17 thôn đạt danh hiệu thôn văn hóa, 1.126 hộ đạt gia đình văn hóa chiếm 82,5%. Quỹ "Vì người nghèo" của xã vận động được trên 18 triệu đồng; cùng với nguồn của huyện đã hỗ trợ xây mới 6 căn nhà đại đoàn kết cho hộ nghèo người Mông, Nùng tổng trị giá 180 triệu đồng, mỗi căn được hỗ trợ 30 triệu đồng.
Thực hiện Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh và Kế hoạch số 12/KH-MTTQ ngày 20/2/2011 của Ban Thường trực Uỷ ban MTTQ xã, Mặt trận đã tổ chức 9 buổi tuyên truyền tại các thôn với trên 700 lượt người nghe. Mặt trận cũng tham gia giám sát việc thực hiện Nghị quyết số 08-NQ/ĐU của Đảng ủy xã về phát triển cây chè, nhân dân trồng mới được 35 ha chè.
Tai hội nghị nhiều ý kiến tham luận sôi nổi. Anh Sùng A Chơ, người có uy tín thôn Na Lốc, chia sẻ cách vận động bà con không nghe theo kẻ xấu tuyên truyền đạo trái phép, không di cư tự do. Ông Thào Seo Lử, trưởng ban công tác mặt trận thôn Pạc Bo, nêu khó khăn là kinh phí hoạt động của ban công tác mặt trận còn ít, mỗi năm chỉ có 1,2 triệu đồng.
Phát biểu chỉ đạo, đồng chí Lù Văn Páo ghi nhận kết quả MTTQ xã đã đạt dược, đồng thời đề nghị năm 2012 Mặt trận xã tiếp tục làm tốt công tác nắm tình hình nhân dân khu vực biên giới, phối hợp với Đồn Biên phòng giữ vững an ninh, phấn đấu giảm 10% hộ nghèo.
Hội nghị đã hiệp thương cử bổ sung các đồng chí Phó Chủ tịch Uỷ ban MTTQ xã: Lồ Thị Mai, Nông Văn Thắng. Dịp này Uỷ ban MTTQ huyện tặng giấy khen cho 3 tập thể và 7 cá nhân có thành tích trong công tác Mặt trận.
CTV: Hoàng Thị Len
Số lượt xem: 214
Tin liên quan
- Thanh Bình: ra mắt 2 tổ tự quản bảo vệ đường biên, mốc giới (15/12/2011)
- Mường Khương tổ chức Ngày hội Đại đoàn kết toàn dân tộc (18/11/2011)
- Bàn giao 20 căn nhà đại đoàn kết cho hộ nghèo xã Tả Ngài Chồ (02/11/2011)
- Lùng Vai tập huấn nghiệp vụ công tác mặt trận (20/10/2011)
""", "2011-12-28", "MTTQ xã Bản Lầu tổng kết công tác mặt trận năm 2011",
E("tong_ket", "2011", "2011-12-26"),
[P("Lù Văn Páo", "HUV", "Phó Chủ tịch Uỷ ban MTTQ huyện"),
 P("Giàng Seo Phử", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Vàng Thị Dung", "Chủ tịch Uỷ ban MTTQ xã"),
 P("Sùng A Chơ", "người có uy tín thôn Na Lốc"),
 P("Thào Seo Lử", "trưởng ban công tác mặt trận thôn Pạc Bo"),
 P("Lồ Thị Mai", "Phó Chủ tịch Uỷ ban MTTQ xã"),
 P("Nông Văn Thắng", "Phó Chủ tịch Uỷ ban MTTQ xã")],
[Q("65 đại biểu", 65, "đại biểu"), Q("14/17 thôn", 14, "thôn"), Q("1.126 hộ", 1126, "hộ"), Q("82,5%", 82.5, "%"),
 Q("trên 18 triệu đồng", 18000000, "đồng", "over"), Q("6 căn nhà đại đoàn kết", 6, "căn nhà đại đoàn kết"),
 Q("180 triệu đồng", 180000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("9 buổi tuyên truyền", 9, "buổi tuyên truyền"), Q("trên 700 lượt người", 700, "lượt người", "over"),
 Q("35 ha", 35, "ha"), Q("1,2 triệu đồng", 1200000, "đồng"), Q("10% hộ nghèo", 10, "%"),
 Q("3 tập thể", 3, "tập thể"), Q("7 cá nhân", 7, "cá nhân")],
[D("Chỉ thị", "03", "CT/TW", "2011-05-14", "Bộ Chính trị", "Chỉ thị số 03-CT/TW ngày 14/5/2011"),
 D("Kế hoạch", "12", "KH-MTTQ", "2011-02-20", "Ban Thường trực Uỷ ban MTTQ xã", "Kế hoạch số 12/KH-MTTQ ngày 20/2/2011"),
 D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 08-NQ/ĐU")],
[prov("Lào Cai"), com("Bản Lầu")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG KHƯƠNG - TỈNH LÀO CAI", "Trang chủ > Tin tức > Tin từ cơ sở", "Quang cảnh hội nghị",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo", "Số lượt xem: 214", "Đồn Biên phòng"],
["Thứ Tư, 28/12/2011 - 16:40", "năm 2011", "năm 2012", "Số lượt xem: 214"]))

PAGES.append(page("b5718-nghean-hnd-dienhai-soket-2012", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN DIỄN CHÂU
Trang chủ / Hoạt động đoàn thể / Hội Nông dân
Cập nhật lúc 09:12 ngày 18/07/2012
Diễn Hải: Hội nông dân sơ kết công tác Hội
Sáng ngày 16/7, Hội Nông dân xã Diễn Hải (huyện Diễn Châu, tỉnh Nghệ An) tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2012, triển khai nhiệm vụ trong tâm 6 tháng cuối năm. Tới dự có ông Hồ Sỹ Lương, Phó chủ tịch Hội Nông dân huyện Diễn Châu; ông Cao Văn Thịnh, Phó Bí thư Thường trực Đảng ủy xã; bà Nguyễn Thị Lài, Chủ tịch UBMTTQ xã cùng 48 đại biểu là chi hội trưởng các xóm.
Ông Hồ Sỹ Lương phát biểu tại hội nghị
Báo cáo do ông Hoàng Văn Kỳ, Chủ tịch Hội Nông dân xã trình bày nêu rõ: 6 tháng qua Hội đã kết nạp 37 hội viên mới, nâng tổng số hội viên lên 1.215 người, đạt 86% số hộ nông dân. Phối hợp Ngân hàng CSXH huyện giải ngân cho 52 hộ vay vốn với số tiền 1,56 tỷ đồng; dư nợ qua kênh Hội nhận ủy thác đến nay đạt gần 9,2 tỷ đồng với 418 hộ vay. Phong trào nông dân sản xuất kinh doanh giỏi có 264 hộ đăng ký, trong đó 31 hộ có thu nhập từ 100 triệu đồng/năm trở lên.
Là xã bãi ngang ven biển, Hội đã vận động 23 chủ tàu thuyền tham gia tổ đoàn kết trên biển, thành lập mới 4 tổ hợp tác khai thác hải sản. Các chi hội tiếp tục thực hiện Nghị quyết số 26-NQ/TW của BCH Trung ương về nông nghiệp, nông dân, nông thôn; Kế hoạch số 09-KH/HND của Ban Thường vụ Hội Nông dân huyện về phát triên mô hình kinh tế tập thể và Chỉ thị 05, 06-CT/ĐU của Đảng ủy xã về dồn điền đổi thửa và về vệ sinh môi trường vùng biển.
Tại hội nghị có 7 ý kiến tham luận. Ông Phạm Văn Tư, Chi hội trưởng xóm Hải Thắng, cho rằng bà con đánh bắt gần bờ thu nhập giảm, cần có vốn vay để đóng tàu lớn. Bà Lê Thị Hoa - PCT Hội Nông dân xã đề nghị tăng cường tập huấn khoa học kỹ thuật về nuôi ngao, vì năm nay có 15 ha ngao bị chết.
Phát biểu chỉ đạo, ông Cao Văn Thịnh biểu dương những kết quả Hội nông dân xã đã đạt được, đề nghị 6 tháng cuối năm Hội tập trung vận động hội viên tham gia xây dựng nông thôn mới, phấn đấu kết nạp thêm ít nhất 40 hội viên, không để phát sinh nợ quá hạn.
Cũng tại hội nghị, các đại biểu đã thảo luận và thống nhất nhiều giải pháp, trong đó chú trọng công tác tuyên truyền, vận động hội viên chấp hành tốt các quy định về khai thác thủy sản, không dùng chất nổ, xung điện đánh bắt cá gần bờ.
Dịp này, Hội Nông dân xã khen thưởng 5 chi hội và 12 hội viên có thành tích xuất sắc trong 6 tháng đầu năm.
Tin, ảnh: Ngọc Anh (CTV)
Các tin khác
- Diễn Thịnh ra mắt câu lạc bộ nông dân với pháp luật (10/07/2012)
- Hội Nông dân huyện tập huấn kỹ thuật trồng dưa hấu cho 300 hội viên (02/07/2012)
- Diễn Kim: nông dân góp 1,2 tỷ đồng làm đường giao thông (25/06/2012)
""", "2012-07-18", "Diễn Hải: Hội nông dân sơ kết công tác Hội",
E("so_ket", "2012-H1", "2012-07-16"),
[P("Hồ Sỹ Lương", "Phó chủ tịch Hội Nông dân huyện Diễn Châu"),
 P("Cao Văn Thịnh", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Nguyễn Thị Lài", "Chủ tịch UBMTTQ xã"),
 P("Hoàng Văn Kỳ", "Chủ tịch Hội Nông dân xã"),
 P("Phạm Văn Tư", "Chi hội trưởng xóm Hải Thắng"),
 P("Lê Thị Hoa", "PCT Hội Nông dân xã")],
[Q("48 đại biểu", 48, "đại biểu"), Q("37 hội viên mới", 37, "hội viên mới"), Q("1.215 người", 1215, "người"),
 Q("86%", 86, "%"), Q("52 hộ", 52, "hộ"), Q("1,56 tỷ đồng", 1560000000, "đồng"),
 Q("gần 9,2 tỷ đồng", 9200000000, "đồng", "approx"), Q("418 hộ", 418, "hộ"), Q("264 hộ", 264, "hộ"), Q("31 hộ", 31, "hộ"),
 Q("100 triệu đồng/năm trở lên", 100000000, "đồng", "over"), Q("23 chủ tàu thuyền", 23, "chủ tàu thuyền"),
 Q("4 tổ hợp tác khai thác hải sản", 4, "tổ hợp tác khai thác hải sản"), Q("7 ý kiến tham luận", 7, "ý kiến tham luận"),
 Q("15 ha", 15, "ha"), Q("ít nhất 40 hội viên", 40, "hội viên", "over"), Q("5 chi hội", 5, "chi hội"), Q("12 hội viên", 12, "hội viên")],
[D("Nghị quyết", "26", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 26-NQ/TW"),
 D("Kế hoạch", "09", "KH/HND", None, "Ban Thường vụ Hội Nông dân huyện", "Kế hoạch số 09-KH/HND"),
 D("Chỉ thị", "05", "CT/ĐU", None, "Đảng ủy xã", "Chỉ thị 05, 06-CT/ĐU"),
 D("Chỉ thị", "06", "CT/ĐU", None, "Đảng ủy xã", "Chỉ thị 05, 06-CT/ĐU")],
[prov("Nghệ An"), com("Diễn Hải")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN DIỄN CHÂU", "Trang chủ / Hoạt động đoàn thể / Hội Nông dân",
 "Ông Hồ Sỹ Lương phát biểu tại hội nghị", "Ngân hàng CSXH"],
["Cập nhật lúc 09:12 ngày 18/07/2012", "6 tháng đầu năm 2012", "6 tháng cuối năm"]))

PAGES.append(page("b5719-gialai-mttq-iapnon-traoqua-2013", """
Trang tin điện tử huyện Đức Cơ - tỉnh Gia Lai
Tin tức - Sự kiện >> Tin cơ sở
05/02/2013 08:30
Trao 200 suất quà Tết cho hộ nghèo xã Ia Pnôn
Ngày 3/2 (tức 23 tháng Chạp), Ủy ban MTTQ xã Ia Pnôn phối hợp với Đồn Biên phòng Ia Pnôn tổ chưc trao 200 suất quà Tết cho hộ nghèo, hộ cận nghèo người Jrai trên địa bàn 9 làng của xã.
Cán bộ biên phòng trao quà cho bà con làng Sơn. Ảnh: CTV
Mỗi suất quà gồm 10 kg gạo, 1 thùng mì tôm và 200.000 đồng tiền mặt, tổng trị giá trên 90 triệu đồng, từ nguồn quỹ "Vì người nghèo" của huyện và sự đóng góp của các nhà hảo tâm. Thực hiện Kế hoạch số 15/KH-MTTQ ngày 10/1/2013 của Ban Thường trực Ủy ban MTTQ huyện Đức Cơ và Công văn số 27/CV-MTTQ của UBMTTQ tỉnh Gia Lai về vận động chăm lo Tết cho người nghèo, xã đã rà soát kỹ danh sách, đảm bảo đúng đối tượng, không để sót hộ nào.
Tham dự buổi trao quà có ông Rơ Châm Hyơi, Chủ tịch Uỷ ban MTTQ xã; Thiếu tá Nguyễn Văn Hiền, Chính trị viên Đồn Biên phòng Ia Pnôn; bà Ksor H'Blin, Phó chủ tịch UBND xã. Có mặt tại buổi trao quà có các già làng: Rơ Mah Phun, Siu Glông, Kpă Nhơ.
Dịp này, Đồn Biên phòng còn tặng thêm 50 chăn ấm cho người già neo đơn, đoàn thanh niên của Đồn cắt tóc miễn phí cho 120 lượt trẻ em. Trạm y tế xã khám bệnh, cấp thuốc miễn phí cho khoảng 150 người dân.
Theo ông Rơ Châm Hyơi, năm 2012 toàn xã giảm được 47 hộ nghèo, tuy nhiên tỷ lệ hộ nghèo còn cao, 38,6%. Thực hiện Chỉ thị số 06/CT-UBND ngày 18/1/2013 của UBND huyện về tổ chức Tết Quý Tỵ, xã đã vận động bà con đón Tết vui tươi, tiết kiệm, không uống rượu say, không đốt rẫy bừa bãi khi mùa khô đến.
Già làng Rơ Mah Phun thay mặt bà con cảm ơn Đảng, Nhà nước, bộ đội biên phòng đã quan tâm giúp dân ăn Tết đầy đủ. "Bà con làng mình nhận quà vui lắm, hứa sẽ chăm chỉ làm ăn, không nghe kẻ xấu xúi dục", ông Phun nói.
Xã Ia Pnôn là xã biên giới, đời sống bà con người Jrai còn nhiều khó khăn, phần lớn sống dựa vào cây cà phê, cây điều và lúa rẫy. Những năm gần đây, được sự quan tâm của các cấp, các ngành, đường sá, trường học, trạm y tế đã được đầu tư; nhiều hộ biết áp dụng khoa học kỹ thuật vào sản xuất, vươn lên thoát nghèo. Tuy vậy, một bộ phận bà con vẫn còn tư tưởng trông chờ, ỷ lại vào sự hỗ trợ của nhà nước.
Được biết, trong dịp Tết năm nay, Ủy ban MTTQ huyện Đức Cơ dự kiến trao khoảng 1.500 suất quà cho hộ nghèo ở 10 xã, thị trấn, với tổng kinh phí gần 600 triệu đồng.
CTV Rcom H'Mai
Lượt xem: 356
Tin liên quan
- Ia Dơk: ra mắt mô hình "Làng không có ma túy" (28/01/2013)
- Đức Cơ tổng kết công tác Mặt trận năm 2012 (24/12/2012)
- Ia Kriêng bàn giao 5 căn nhà đại đoàn kết (12/12/2012)
""", "2013-02-05", "Trao 200 suất quà Tết cho hộ nghèo xã Ia Pnôn",
E("trao_qua", None, "2013-02-03"),
[P("Rơ Châm Hyơi", "Chủ tịch Uỷ ban MTTQ xã"),
 P("Nguyễn Văn Hiền", "Thiếu tá", "Chính trị viên Đồn Biên phòng Ia Pnôn"),
 P("Ksor H'Blin", "Phó chủ tịch UBND xã"),
 P("Rơ Mah Phun", "già làng"), P("Siu Glông", "già làng"), P("Kpă Nhơ", "già làng")],
[Q("200 suất quà", 200, "suất quà"), Q("9 làng", 9, "làng"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("trên 90 triệu đồng", 90000000, "đồng", "over"), Q("50 chăn ấm", 50, "chăn ấm"), Q("120 lượt trẻ em", 120, "lượt trẻ em"),
 Q("khoảng 150 người dân", 150, "người dân", "approx"), Q("47 hộ nghèo", 47, "hộ nghèo"), Q("38,6%", 38.6, "%"),
 Q("khoảng 1.500 suất quà", 1500, "suất quà", "approx"), Q("10 xã, thị trấn", 10, "xã, thị trấn"),
 Q("gần 600 triệu đồng", 600000000, "đồng", "approx")],
[D("Kế hoạch", "15", "KH-MTTQ", "2013-01-10", "Ban Thường trực Ủy ban MTTQ huyện Đức Cơ", "Kế hoạch số 15/KH-MTTQ ngày 10/1/2013"),
 D("Công văn", "27", "CV-MTTQ", None, "UBMTTQ tỉnh Gia Lai", "Công văn số 27/CV-MTTQ"),
 D("Chỉ thị", "06", "CT-UBND", "2013-01-18", "UBND huyện", "Chỉ thị số 06/CT-UBND ngày 18/1/2013")],
[prov("Gia Lai"), com("Ia Pnôn")],
["Trang tin điện tử huyện Đức Cơ - tỉnh Gia Lai", "Tin tức - Sự kiện >> Tin cơ sở",
 "Cán bộ biên phòng trao quà cho bà con làng Sơn. Ảnh: CTV", "Vì người nghèo", "Lượt xem: 356", "Đồn Biên phòng Ia Pnôn"],
["05/02/2013 08:30", "23 tháng Chạp", "1 thùng mì tôm", "năm 2012", "Lượt xem: 356"]))

PAGES.append(page("b5720-soctrang-du-lamtan-doithoai-2014", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN THẠNH TRỊ
Trang chủ › Dân vận › Tin huyện - xã
Thứ Năm, 09/10/2014
Ông Lý Sa Phol (đứng) phát biểu tại buổi đối thoại.
Lâm Tân: Bí thư Đảng ủy xã đối thoại với nhân dân năm 2014
Ngày 7/10/2014, Đảng ủy xã Lâm Tân (huyện Thạnh Trị, tỉnh Sóc Trăng) tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy xã với nhân dân năm 2014, thực hiện Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Kế hoạch số 34-KH/ĐU ngày 2/9/2014 của Đảng ủy xã. Đồng chí Lý Sa Phol, Bí thư Đảng ủy xã chủ trì buổi đối thoaị.
Tham dự có ông Trần Minh Đức, HUV, Trưởng Ban Dân vận Huyện ủy Thạnh Trị; bà Thạch Thị Sa Rây, Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã; ông Sơn Hoàng, Chủ tịch UBND xã cùng 135 người dân đại diện 11 ấp, trong đó phần đông là đồng bào Khmer.
Tai buổi đối thoại có 19 ý kiến phát biểu, tập trung vào các vấn đề như giá lúa thấp, đường nông thôn xuống cấp, việc bình xét hộ nghèo, cấp thẻ bảo hiểm y tế. Ông Danh Sơn, ngụ ấp Tà Điếp C1, phản ánh con đường đal liên ấp bị sạt lở hơn 200 m mà chưa được sửa. Bà Kim Thị Sà Ra, ấp Kiết Nhất, hỏi vì sao gia đình bà khó khăn mà không được vào danh sách hộ cận nghèo.
Ông Sơn Hoàng, Chủ tịch UBND xã đã trả lời trực tiếp từng ý kiến. Theo đó, trong năm 2014 xã đã xây dựng 3 cây cầu giao thông nông thôn, năm 2015 sẽ ưu tiên sửa chữa tuyến đường ấp Tà Điếp với kinh phí dự kiến 25 triệu đồng; việc bình xét hộ nghèo thực hiện theo Quyết định số 09/2011/QĐ-TTg của Thủ tướng Chính phủ, có sự giám sát của Mặt trận và các đoàn thể.
Kết quả, 14 ý kiến được giải đáp trực tiếp tại hội nghị, 5 ý kiến được ghi nhận để chuyển cấp trên xem xét. Bà con cũng được thông tin năm nay toàn xã có 210 hộ Khmer được vay vốn ưu đãi, 100% hộ nghèo được cấp thẻ BHYT, vụ Hè Thu ước khoảng 1.500 ha lúa cho năng suất khá.
Phát biểu kết luận, đồng chí Lý Sa Phol cảm ơn sự thẳng thắn của bà con, giao các ngành chức năng xã khẩn trương xử lý các kiến nghị, báo cáo kết quả bằng văn bản trước ngày 30/11. Ông Trần Minh Đức đánh giá buổi đối thoại đã thực hiện đúng tinh thần "dân biết, dân bàn, dân làm, dân kiểm tra".
Nhiều người dân ra về phấn khởi. Ông Thạch Sóc Khên, Trưởng ban Nhân dân ấp Kiết Lợi, cho biết đây là lần đầu tiên bà con được nói chuyện trực tiếp với Bí thư Đảng ủy xã nên ai cũng muốn nói hết tâm tư.
Lâm Khải (CTV)
Tin liên quan
- Thạnh Trị: 100% xã tổ chức đối thoại với nhân dân (25/09/2014)
- Vĩnh Lợi sơ kết Quy chế dân chủ ở cơ sở (12/09/2014)
- Hội nghị người có uy tín trong đồng bào Khmer huyện Thạnh Trị (20/08/2014)
""", "2014-10-09", "Lâm Tân: Bí thư Đảng ủy xã đối thoại với nhân dân năm 2014",
E("doi_thoai", "2014", "2014-10-07"),
[P("Lý Sa Phol", "Bí thư Đảng ủy xã"),
 P("Trần Minh Đức", "HUV", "Trưởng Ban Dân vận Huyện ủy Thạnh Trị"),
 P("Thạch Thị Sa Rây", "Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã"),
 P("Sơn Hoàng", "Chủ tịch UBND xã"),
 P("Danh Sơn"), P("Kim Thị Sà Ra"),
 P("Thạch Sóc Khên", "Trưởng ban Nhân dân ấp Kiết Lợi")],
[Q("135 người dân", 135, "người dân"), Q("11 ấp", 11, "ấp"), Q("19 ý kiến", 19, "ý kiến"), Q("hơn 200 m", 200, "m", "over"),
 Q("3 cây cầu giao thông nông thôn", 3, "cây cầu giao thông nông thôn"), Q("25 triệu đồng", 25000000, "đồng"),
 Q("14 ý kiến", 14, "ý kiến"), Q("5 ý kiến", 5, "ý kiến"), Q("210 hộ Khmer", 210, "hộ Khmer"), Q("100% hộ nghèo", 100, "%"),
 Q("khoảng 1.500 ha", 1500, "ha", "approx")],
[D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "34", "KH/ĐU", "2014-09-02", "Đảng ủy xã", "Kế hoạch số 34-KH/ĐU ngày 2/9/2014"),
 D("Quyết định", "09", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 09/2011/QĐ-TTg")],
[prov("Sóc Trăng"), com("Lâm Tân")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN THẠNH TRỊ", "Trang chủ › Dân vận › Tin huyện - xã",
 "Ông Lý Sa Phol (đứng) phát biểu tại buổi đối thoại.", "dân biết, dân bàn, dân làm, dân kiểm tra"],
["Thứ Năm, 09/10/2014", "năm 2014", "năm 2015", "ngày 30/11", "Hè Thu"]))

PAGES.append(page("b5721-thaibinh-dangbo-vulac-daihoi-2015", """
Cổng TTĐT huyện Kiến Xương
Tin tức :: Xây dựng Đảng :: Đại hội Đảng các cấp
20-05-2015 14:25
Đại hội Đảng bộ xã Vũ Lạc lần thứ XXIII, nhiệm kỳ 2015 - 2020
Ngày 18/5, Đảng bộ xã Vũ Lạc (huyện Kiến Xương, tỉnh Thái Bình) long trọng tổ chức Đại hội đại biểu lần thứ XXIII, nhiệm kỳ 2015 - 2020. Về dự có đồng chí Đặng Văn Hòe, Ủy viên BTV Huyện ủy, Phó Chủ tịch UBND huyện; đồng chí Vũ Thị Nhàn, HUV, Phó Trưởng ban Tổ chức Huyện ủy cùng 120 đại biểu đại diện cho 356 đảng viên của 14 chi bộ trong toàn Đảng bộ.
Đại biểu biểu quyết thông qua chương trình Đại hội
Nhiệm kỳ 2010 - 2015, dưới sự lãnh đạo của Đảng ủy, kinh tế xã có bước phát triển khá, tốc độ tăng trưởng bình quân đạt 12,4%/năm; thu nhập bình quân đầu người đạt 28,5 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn 3,1%. Xã về đích nông thôn mới năm 2014, nhân dân đóng góp trên 6,3 tỷ đồng và hiến 4.200 m2 đất để làm đường, kênh mương nội đồng. Công tác xây dựng Đảng được chú trọng, kết nạp 41 đảng viên mới.
Các Nghị quyết 03, 04-NQ/ĐU của Đảng ủy xã về chuyển đổi cơ cấu cây trồng và xây dựng nông thôn mới được triển khai có hiệu quả, toàn xã chuyển đổi được 52 ha đất lúa kém hiệu quả sang trồng cây vụ đông và nuôi trồng thủy sản. Công tác dân vận, Mặt trận và các đoàn thể có nhiều đổi mới, tập hợp được 92% hộ gia đình tham gia các tổ chức chính trị - xã hội.
Đại hội thực hiện theo Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị về đại hội đảng bộ các cấp và Kế hoạch số 116-KH/HU của Ban Thường vụ Huyện ủy Kiến Xương. Nhiệm kỳ tới Đảng bộ phấn đấu đến năm 2020 thu nhập bình quân đầu người đạt 45 triệu đồng/người/năm, tỷ lệ hộ nghèo giảm xuống còn 1,5%, kết nạp từ 40 đảng viên trở lên.
Phát biểu chỉ đạo, đồng chí Đặng Văn Hòe đề nghị Đảng bộ xã quan tâm công tác dân vận, giải quyết dứt điểm 2 vụ việc khiếu nại về đất đai kéo dài, không để phát sinh điểm nóng. Ông Lê Quang Vinh, Bí thư Chi bộ thôn Tri Lễ, tham luận về kinh nghiệm vận động nhân dân dồn điền đổi thửa.
Đại hội đã bầu BCH Đảng bộ khóa mới gồm 15 đồng chí và bầu 8 đại biểu đi dự Đại hội Đảng bộ huyện. Tại phiên họp thứ nhất, BCH khóa mới đã bầu đồng chí Phạm Văn Hiệu giữ chức Bí thư Đảng ủy xã nhiệm kỳ 2015 - 2020; các đồng chí Nguyễn Thị Thu, Bùi Văn Toàn giữ chức Phó Bí thư Đảng ủy xã. Đại hội biểu quyết thông qua Nghị quyết với tỷ lệ 100% đại biểu nhất trí.
Bài & ảnh: CTV Trần Hưng
Lượt truy cập: 1.032
Bài viết liên quan
- Đại hội Đảng bộ xã Quang Bình nhiệm kỳ 2015 - 2020 (15/05/2015)
- Kiến Xương: 100% chi bộ hoàn thành đại hội (20/04/2015)
- Vũ Ninh đại hội điểm cấp cơ sở (10/04/2015)
""", "2015-05-20", "Đại hội Đảng bộ xã Vũ Lạc lần thứ XXIII, nhiệm kỳ 2015 - 2020",
E("dai_hoi", None, "2015-05-18"),
[P("Đặng Văn Hòe", "Ủy viên BTV Huyện ủy", "Phó Chủ tịch UBND huyện"),
 P("Vũ Thị Nhàn", "HUV", "Phó Trưởng ban Tổ chức Huyện ủy"),
 P("Lê Quang Vinh", "Bí thư Chi bộ thôn Tri Lễ"),
 P("Phạm Văn Hiệu", "Bí thư Đảng ủy xã nhiệm kỳ 2015 - 2020"),
 P("Nguyễn Thị Thu", "Phó Bí thư Đảng ủy xã"), P("Bùi Văn Toàn", "Phó Bí thư Đảng ủy xã")],
[Q("120 đại biểu", 120, "đại biểu"), Q("356 đảng viên", 356, "đảng viên"), Q("14 chi bộ", 14, "chi bộ"),
 Q("12,4%/năm", 12.4, "%"), Q("28,5 triệu đồng/người/năm", 28500000, "đồng"), Q("3,1%", 3.1, "%"),
 Q("trên 6,3 tỷ đồng", 6300000000, "đồng", "over"), Q("4.200 m2", 4200, "m2"), Q("41 đảng viên mới", 41, "đảng viên mới"),
 Q("52 ha", 52, "ha"), Q("92% hộ gia đình", 92, "%"), Q("45 triệu đồng/người/năm", 45000000, "đồng"), Q("1,5%", 1.5, "%"),
 Q("từ 40 đảng viên trở lên", 40, "đảng viên", "over"), Q("2 vụ việc khiếu nại về đất đai", 2, "vụ việc khiếu nại về đất đai"),
 Q("15 đồng chí", 15, "đồng chí"), Q("8 đại biểu", 8, "đại biểu"), Q("100% đại biểu", 100, "%")],
[D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 03, 04-NQ/ĐU"),
 D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 03, 04-NQ/ĐU"),
 D("Chỉ thị", "36", "CT/TW", "2014-05-30", "Bộ Chính trị", "Chỉ thị số 36-CT/TW ngày 30/5/2014"),
 D("Kế hoạch", "116", "KH/HU", None, "Ban Thường vụ Huyện ủy Kiến Xương", "Kế hoạch số 116-KH/HU")],
[prov("Thái Bình"), com("Vũ Lạc")],
["Cổng TTĐT huyện Kiến Xương", "Tin tức :: Xây dựng Đảng :: Đại hội Đảng các cấp",
 "Đại biểu biểu quyết thông qua chương trình Đại hội", "Lượt truy cập: 1.032"],
["20-05-2015 14:25", "lần thứ XXIII", "nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2010 - 2015", "năm 2014", "năm 2020", "15 đồng chí",
 "phiên họp thứ nhất", "Lượt truy cập: 1.032"]))

PAGES.append(page("b5722-quangnam-xa-tamthanh-taphuan-2016", """
UBND XÃ TAM THANH - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ | Tin tức | Tuyên truyền pháp luật
Ngày đăng 12/08/2016 | 10:20
Tập huấn nghiệp vụ hòa giải cơ sở năm 2016
Trong 2 ngày 11 và 12/8/2016, UBND xã phối hợp Ủy ban MTTQ Việt Nam xã tổ chức lớp tập huấn nghiệp vụ hòa giải ở cơ sở cho 72 hòa giải viên của 12 tổ hòa giải thuộc 6 thôn trên địa bàn xã Tam Thanh, thành phố Tam Kỳ, tỉnh Quảng Nam.
Ông Lê Văn Sang, Chủ tịch UBND xã phát biểu khai mạc lớp tập huấn
Lớp tập huấn được tổ chức theo Kế hoạch số 45/KH-UBND ngày 2/8/2016 của UBND xã, nhằm triển khai Luật Hòa giải ở cơ sở và Nghị định số 15/2014/NĐ-CP ngày 27/02/2014 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật. Học viên cũng được phổ biến các Quyết định 1211, 1212/QĐ-UBND của UBND thành phố Tam Kỳ về kiện toàn tổ hòa giải và chuẩn tiếp cận pháp luật.
Báo cáo viên là ông Huỳnh Tấn Lực, Phó Trưởng phòng Tư pháp thành phố Tam Kỳ, đã truyền đạt kỹ năng tiếp cận đương sự, cách lắng nghe, phân tích đúng sai và một số tình huống hay gặp như tranh chấp ranh giới đất, mâu thuẫn gia đình, nợ nần.
Theo bà Trần Thị Mỹ Lệ, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng ban Thanh tra nhân dân xã, năm 2015 các tổ hòa giải đã tiếp nhận 38 vụ việc, hòa giải thành 33 vụ việc, đạt 86,8%. Riêng 6 tháng đầu năm 2016 đã tiếp nhận 17 vụ việc tranh chấp đất đai, chủ yếu do làm đường ven biển và nuôi tôm trên cát.
Ông Phan Văn Quý, tổ trưởng tổ hòa giải thôn 2, chia sẻ: "Làm hòa giải ở thôn nhiều khi mất lòng cả hai bên, có vụ phải đến nhà nhiều lần mới xong. Có lớp tập huấn này anh em mình tự tin hơn". Nhiều học viên kiến nghị tăng mức hỗ trợ cho hòa giải viên vì hiện mỗi vụ việc chỉ được chi 200.000 đồng.
Kết thúc lớp tập huấn, 100% học viên làm bài thu hoạch đạt yêu cầu. Mỗi học viên được hỗ trợ 100.000 đồng/ngày và được cấp phát 72 bộ tài liệu hỏi - đáp pháp luật. Dự kiến tháng 10 tới, xã sẽ tổ chức Hội thi hòa giải viên giỏi với sự tham gia của 6 đội thi.
Trong buổi thảo luận, nhiều hòa giải viên lớn tuổi bày tỏ mong muốn được tập huấn thường xuyên hơn, vì các quy định pháp luật về đất đai, hôn nhân gia đình thay đổi liên tục, trong khi nhiều người không có điều kiện tìm hiểu qua mạng internet. Một số tổ đề nghị xã hỗ trợ tủ sách pháp luật đặt tại nhà văn hóa thôn.
Phát biểu bế mạc, ông Lê Văn Sang yêu cầu các tổ hòa giải phải nắm chắc tình hình, phát hiện sớm mâu thuẫn ngay từ thôn xóm, không để đơn thư vượt cấp lên thành phố.
Tin: Thu Hà (CTV)
Tin khác
- Tam Thanh: ra mắt mô hình "Khu dân cư không có tội phạm" (05/08/2016)
- Làng bích họa Tam Thanh đón hàng ngàn du khách (20/07/2016)
- Hội LHPN xã tổ chức ngày hội "Gia đình hạnh phúc" (28/06/2016)
""", "2016-08-12", "Tập huấn nghiệp vụ hòa giải cơ sở năm 2016",
E("tap_huan", "2016", "2016-08-11"),
[P("Lê Văn Sang", "Chủ tịch UBND xã"),
 P("Huỳnh Tấn Lực", "Phó Trưởng phòng Tư pháp thành phố Tam Kỳ"),
 P("Trần Thị Mỹ Lệ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng ban Thanh tra nhân dân xã"),
 P("Phan Văn Quý", "tổ trưởng tổ hòa giải thôn 2")],
[Q("72 hòa giải viên", 72, "hòa giải viên"), Q("12 tổ hòa giải", 12, "tổ hòa giải"), Q("6 thôn", 6, "thôn"),
 Q("38 vụ việc", 38, "vụ việc"), Q("33 vụ việc", 33, "vụ việc"), Q("86,8%", 86.8, "%"),
 Q("17 vụ việc tranh chấp đất đai", 17, "vụ việc tranh chấp đất đai"), Q("200.000 đồng", 200000, "đồng"),
 Q("100% học viên", 100, "%"), Q("100.000 đồng/ngày", 100000, "đồng"), Q("72 bộ tài liệu hỏi - đáp pháp luật", 72, "bộ tài liệu hỏi - đáp pháp luật"),
 Q("6 đội thi", 6, "đội thi")],
[D("Kế hoạch", "45", "KH-UBND", "2016-08-02", "UBND xã", "Kế hoạch số 45/KH-UBND ngày 2/8/2016"),
 D("Nghị định", "15", "2014/NĐ-CP", "2014-02-27", "Chính phủ", "Nghị định số 15/2014/NĐ-CP ngày 27/02/2014"),
 D("Quyết định", "1211", "QĐ-UBND", None, "UBND thành phố Tam Kỳ", "Quyết định 1211, 1212/QĐ-UBND"),
 D("Quyết định", "1212", "QĐ-UBND", None, "UBND thành phố Tam Kỳ", "Quyết định 1211, 1212/QĐ-UBND")],
[prov("Quảng Nam"), com("Tam Thanh")],
["UBND XÃ TAM THANH - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ | Tin tức | Tuyên truyền pháp luật",
 "Ông Lê Văn Sang, Chủ tịch UBND xã phát biểu khai mạc lớp tập huấn", "Luật Hòa giải ở cơ sở"],
["Ngày đăng 12/08/2016 | 10:20", "2 ngày", "năm 2015", "6 tháng đầu năm 2016", "tháng 10", "thôn 2"]))
