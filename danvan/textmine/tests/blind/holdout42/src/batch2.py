from lib import *

PAGES = []

# ---------------------------------------------------------------- b971
PAGES.append(page("b971-camau-bdv-ngudan-doithoai-2017", """
BÁO CÀ MAU ĐIỆN TỬ
Tin tức > Chính trị > Dân vận
14/11/2017 - 10:05
Đối thoại với ngư dân về chống khai thác hải sản bất hợp pháp
Quang cảnh buổi đối thoại tại thị trấn Sông Đốc.
Sáng 13/11, tại Hội trường thị trấn Sông Đốc (huyện Trần Văn Thời), Ban Dân vận Tỉnh ủy phối hợp Sở Nông nghiệp và Phát triển nông thôn, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức buổi đối thoại với ngư dân năm 2017. Hơn 150 chủ tàu, thuyền trưởng và ngư dân các xã ven biển đã tham dự.
Chủ trì buổi đối thoại có đồng chí Tô Minh Luân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; ông Phạm Hoàng Khải, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn; Thượng tá Lê Hoàng Nam, Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh.
Mở đầu buổi đối thoại, đại diện Chi cục Thủy sản thông tin: ngày 23/10/2017, Ủy ban châu Âu đã áp dụng "thẻ vàng" đối với thủy sản khai thác của Việt Nam. Toàn tỉnh Cà Mau hiện có khoảng 4.700 tàu cá, trong đó hơn 1.100 tàu có chiều dài từ 15 m trở lên. Từ đầu năm đến nay, có 6 tàu cá với 41 ngư dân của tỉnh bị nước ngoài bắt giữ. UBND tỉnh đã ban hành Kế hoạch số 145/KH-UBND ngày 30/10/2017 về khắc phục cảnh báo của Ủy ban châu Âu; Ban Dân vận Tỉnh ủy có Công văn số 312-CV/BDVTU đề nghị các đoàn thể tuyên truyền đến từng hộ ngư dân.
Tại buổi đối thoại, có 23 ý kiến phát biểu. Ông Nguyễn Văn Đực, ngụ khóm 7, thị trấn Sông Đốc, phản ánh giá nhiên liệu tăng, sản lượng đánh bắt giảm nên nhiều chủ tàu khó trang trải chi phí lắp thiết bị giám sát hành trình. Ông Huỳnh Văn Bảy, Chủ tịch Nghiệp đoàn nghề cá Sông Đốc, kiến nghị tỉnh có chính sách hỗ trợ một phần kinh phí và đơn giản hóa thủ tục cấp giấy phép khai thác. Một ngư dân ở xã Khánh Hải đề nghị kéo dài thời gian đăng ký lại tàu cá.
Trả lời các ý kiến, ông Phạm Hoàng Khải cho biết ngành nông nghiệp sẽ tham mưu hỗ trợ tối đa 50% chi phí lắp thiết bị, mỗi tàu không quá 15 triệu đồng. Thượng tá Lê Hoàng Nam khẳng định lực lượng biên phòng sẽ kiểm soát chặt tàu cá xuất bến, kiên quyết không để tàu vi phạm vùng biển nước ngoài; đồng thời tiếp tục duy trì 42 tổ đoàn kết trên biển với 380 tàu tham gia.
Kết luận buổi đối thoại, đồng chí Tô Minh Luân đề nghị bà con ngư dân "không vì cái lợi trước mắt mà vi phạm vùng biển nước ngoài", các cấp ủy, chính quyền phải gần dân, lắng nghe và giải quyết kịp thời những kiến nghị chính đáng. Các ý kiến chưa trả lời tại chỗ được giao các ngành trả lời bằng văn bản trước ngày 30/11.
Hồng Phượng
Tin cùng chuyên mục
- Ngư dân Cà Mau quyết tâm gỡ "thẻ vàng" (10/11/2017)
- Trần Văn Thời: tuyên truyền Luật Thủy sản cho ngư dân (03/11/2017)
- Hỗ trợ 200 phần quà cho ngư dân nghèo Khánh Hội (27/10/2017)
- Ban Dân vận Tỉnh ủy giao ban quý III năm 2017 (12/10/2017)
""",
    "2017-11-14", "Đối thoại với ngư dân về chống khai thác hải sản bất hợp pháp",
    E("doi_thoai", "2017", "2017-11-13"),
    [P("Tô Minh Luân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Phạm Hoàng Khải", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
     P("Lê Hoàng Nam", "Thượng tá", "Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
     P("Nguyễn Văn Đực"),
     P("Huỳnh Văn Bảy", "Chủ tịch Nghiệp đoàn nghề cá Sông Đốc")],
    [Q("Hơn 150 chủ tàu, thuyền trưởng và ngư dân", 150, "chủ tàu, thuyền trưởng và ngư dân", "over"),
     Q("khoảng 4.700 tàu cá", 4700, "tàu cá", "approx"),
     Q("hơn 1.100 tàu", 1100, "tàu", "over"),
     Q("6 tàu cá", 6, "tàu cá"),
     Q("41 ngư dân", 41, "ngư dân"),
     Q("23 ý kiến", 23, "ý kiến"),
     Q("50%", 50, "%"),
     Q("15 triệu đồng", 15000000, "đồng"),
     Q("42 tổ đoàn kết trên biển", 42, "tổ đoàn kết trên biển"),
     Q("380 tàu", 380, "tàu")],
    [D("Kế hoạch", "145", "KH-UBND", "2017-10-30", "UBND tỉnh", "Kế hoạch số 145/KH-UBND"),
     D("Công văn", "312", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 312-CV/BDVTU")],
    [prov("Cà Mau"), com("Sông Đốc"), com("Khánh Hải")],
    ["BÁO CÀ MAU ĐIỆN TỬ", "Tin tức > Chính trị > Dân vận", "Quang cảnh buổi đối thoại tại thị trấn Sông Đốc.",
     "Ủy ban châu Âu", "Chi cục Thủy sản"],
    ["14/11/2017 - 10:05", "15 m", "khóm 7", "ngày 30/11", "thẻ vàng"]))

# ---------------------------------------------------------------- b972
PAGES.append(page("b972-hcm-congdoan-chandung-2018", """
Người Lao Động Online
Công đoàn › Gương mặt công đoàn
Thứ Tư, 02/05/2018 06:30
Người "giữ lửa" công đoàn ở Khu chế xuất Tân Thuận
Chị Lê Thị Bích Ngọc (giữa) trao đổi với công nhân trong giờ nghỉ trưa.
Gần 15 năm làm chủ tịch công đoàn cơ sở, chị Lê Thị Bích Ngọc đã trở thành chỗ dựa tin cậy của hàng ngàn công nhân Công ty TNHH Điện tử Sao Nam trong Khu chế xuất Tân Thuận (phường Tân Thuận Đông, quận 7, TP Hồ Chí Minh).
Công ty hiện có 4.200 công nhân, phần lớn là lao động nữ đến từ các tỉnh miền Tây Nam Bộ và miền Trung. Khi chị Ngọc mới nhận nhiệm vụ, công đoàn chỉ có khoảng 900 đoàn viên; nay tỷ lệ đoàn viên đã đạt 97%. Chị kể, năm 2009 công ty xảy ra ngừng việc tập thể vì bữa ăn ca kém chất lượng. "Tôi ngồi ăn cùng anh chị em suốt một tuần, chụp ảnh từng khay cơm rồi đề nghị giám đốc đối thoại", chị nhớ lại. Sau cuộc đối thoại, giá trị bữa ăn ca được nâng từ 12.000 đồng lên 16.000 đồng mỗi suất, công ty lập thêm tủ sách và phòng vắt sữa cho lao động nữ.
Bằng cách đó, Ban Chấp hành công đoàn cơ sở đã thương lượng thành công bản thỏa ước lao động tập thể với 9 điều khoản có lợi hơn cho người lao động so với quy định của pháp luật, như hỗ trợ tiền nhà trọ 300.000 đồng/tháng, thưởng Tết tối thiểu 1,5 tháng lương. Năm 2017, công đoàn vận động trao 320 suất quà cho công nhân khó khăn và cùng Công đoàn các Khu chế xuất và công nghiệp thành phố xây tặng 2 căn Mái ấm Công đoàn tại quê nhà của đoàn viên ở miền Tây và miền Trung.
Anh Trần Văn Thạnh, Chủ tịch Công đoàn các Khu chế xuất và công nghiệp TP Hồ Chí Minh, nhận xét: "Chị Ngọc làm đúng tinh thần Chỉ thị số 22-CT/TW ngày 5/6/2008 của Ban Bí thư về xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong doanh nghiệp: công đoàn phải đứng giữa, nói được tiếng nói của công nhân mà doanh nghiệp cũng nghe". Theo ông Thạnh, mô hình "Bữa cơm công đoàn" ở công ty của chị Ngọc đã được nhân rộng ra 35 doanh nghiệp trong các khu chế xuất.
Với những đóng góp đó, chị Ngọc được Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen và năm 2017 vinh dự nhận giải thưởng Nguyễn Đức Cảnh. Chị chia sẻ, phần thưởng lớn nhất là khi công nhân tìm đến công đoàn trước tiên mỗi khi có chuyện, thay vì tự ý bỏ việc hay ngừng việc.
Chị Nguyễn Thị Thu, công nhân tổ lắp ráp, cho biết: "Có chuyện gì ở xưởng, tụi em nhắn chị Ngọc là trong ngày có câu trả lời".
Bài và ảnh: Minh Khôi
Tin liên quan
- Tháng Công nhân năm 2018: chăm lo thiết thực cho người lao động (01/05/2018)
- Khu chế xuất Linh Trung: đối thoại về tiền lương (24/04/2018)
- Mái ấm Công đoàn đến với đoàn viên khó khăn (12/04/2018)
""",
    "2018-05-02", "Người \"giữ lửa\" công đoàn ở Khu chế xuất Tân Thuận",
    E("khac", None, None),
    [P("Lê Thị Bích Ngọc", "chủ tịch công đoàn cơ sở"),
     P("Trần Văn Thạnh", "Chủ tịch Công đoàn các Khu chế xuất và công nghiệp TP Hồ Chí Minh"),
     P("Nguyễn Thị Thu", "công nhân tổ lắp ráp")],
    [Q("4.200 công nhân", 4200, "công nhân"),
     Q("khoảng 900 đoàn viên", 900, "đoàn viên", "approx"),
     Q("97%", 97, "%"),
     Q("12.000 đồng", 12000, "đồng"),
     Q("16.000 đồng", 16000, "đồng"),
     Q("9 điều khoản", 9, "điều khoản"),
     Q("300.000 đồng/tháng", 300000, "đồng"),
     Q("320 suất quà", 320, "suất quà"),
     Q("2 căn Mái ấm Công đoàn", 2, "căn Mái ấm Công đoàn"),
     Q("35 doanh nghiệp", 35, "doanh nghiệp")],
    [D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", "Chỉ thị số 22-CT/TW")],
    [prov("Hồ Chí Minh"), com("Tân Thuận Đông")],
    ["Người Lao Động Online", "Công đoàn › Gương mặt công đoàn",
     "Chị Lê Thị Bích Ngọc (giữa) trao đổi với công nhân trong giờ nghỉ trưa.", "Bữa cơm công đoàn",
     "giải thưởng Nguyễn Đức Cảnh", "Khu chế xuất Tân Thuận"],
    ["Thứ Tư, 02/05/2018 06:30", "Gần 15 năm", "năm 2009", "một tuần", "1,5 tháng lương", "quận 7"]))

# ---------------------------------------------------------------- b973
PAGES.append(page("b973-longan-bdv-giaoban-quy1-2019", """
Hôm nay: Thứ Sáu, 12/04/2019
BÁO LONG AN ONLINE
Trang chủ - Chính trị - Xây dựng Đảng
Vị trí: Chính trị
Khối dân vận tập trung nắm tình hình công nhân, giáo dân
11/04/2019 16:30
(LA) - Chiều 10/4, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận quý I/2019. Dự hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trương Thị Kim Hằng, Nguyễn Văn Quí; lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội tỉnh và Trưởng Ban Dân vận các Huyện ủy, Thành ủy.
Theo báo cáo, trong quý I, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy triển khai Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về công tác dân vận; ban hành kế hoạch số 112, 113-KH/BDVTU về kiểm tra công tác dân vận chính quyền và về nắm tình hình tư tưởng công nhân trong các khu công nghiệp.
Toàn tỉnh Long An hiện có 35 khu, cụm công nghiệp đang hoạt động với khoảng 160.000 công nhân, tập trung ở các huyện Đức Hòa, Bến Lức, Cần Giuộc. Trong quý, trên địa bàn xảy ra 3 vụ ngừng việc tập thể với gần 2.400 lượt công nhân tham gia, đều đã được giải quyết ổn định. Dịp Tết Kỷ Hợi, các cấp công đoàn và doanh nghiệp đã chăm lo 42.500 phần quà cho công nhân, tổng giá trị trên 19 tỷ đồng; tổ chức "Chuyến xe Công đoàn" đưa 1.600 công nhân về quê đón Tết.
Các cấp Mặt trận và đoàn thể tiếp nhận 86 đơn thư của người dân, đã phối hợp giải quyết 71 đơn; tổ chức 14 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân.
Tại hội nghị, đồng chí Lê Minh Triều, HUV, Trưởng Ban Dân vận Huyện ủy Đức Hòa, cho biết huyện có hơn 20.000 giáo dân thuộc Giáo phận Mỹ Tho và Giáo phận Sài Gòn sinh hoạt tại 16 giáo xứ; thời gian qua, Ban Dân vận Huyện ủy đã phối hợp các Linh mục quản xứ vận động giáo dân hiến 8.600 m2 đất làm đường ở xã Đức Hòa Hạ, xã Mỹ Hạnh Nam. Thượng tá Võ Văn Hiếu, Phó Trưởng phòng An ninh kinh tế Công an tỉnh, thông tin về tình hình an ninh trong các khu công nghiệp và đề nghị các doanh nghiệp phối hợp quản lý lao động tạm trú.
Phát biểu kết luận, đồng chí Trương Thị Kim Hằng đề nghị trong quý II, khối dân vận tiếp tục thực hiện Quyết định số 23-QĐ/TU của Tỉnh ủy về Quy chế dân vận của hệ thống chính trị tỉnh; chuẩn bị tổ chức Tháng Công nhân; phấn đấu đến cuối năm, 100% xã, phường, thị trấn có mô hình "Dân vận khéo" được công nhận.
Hoàng Yến
Các tin đã đưa
- Đức Hòa: gặp mặt chức sắc Công giáo nhân Lễ Phục sinh (05/04/2019)
- Cần Giuộc sơ kết mô hình "Khu dân cư không có đơn thư vượt cấp" (28/03/2019)
- Tặng 500 phần quà cho công nhân khó khăn (15/01/2019)
""",
    "2019-04-11", "Khối dân vận tập trung nắm tình hình công nhân, giáo dân",
    E("giao_ban", "2019-Q1", "2019-04-10"),
    [P("Trương Thị Kim Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Nguyễn Văn Quí", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lê Minh Triều", "HUV", "Trưởng Ban Dân vận Huyện ủy Đức Hòa"),
     P("Võ Văn Hiếu", "Thượng tá", "Phó Trưởng phòng An ninh kinh tế Công an tỉnh")],
    [Q("35 khu, cụm công nghiệp", 35, "khu, cụm công nghiệp"),
     Q("khoảng 160.000 công nhân", 160000, "công nhân", "approx"),
     Q("3 vụ ngừng việc tập thể", 3, "vụ ngừng việc tập thể"),
     Q("gần 2.400 lượt công nhân", 2400, "lượt công nhân", "approx"),
     Q("42.500 phần quà", 42500, "phần quà"),
     Q("trên 19 tỷ đồng", 19000000000, "đồng", "over"),
     Q("1.600 công nhân", 1600, "công nhân"),
     Q("86 đơn thư", 86, "đơn thư"),
     Q("71 đơn", 71, "đơn"),
     Q("14 cuộc đối thoại", 14, "cuộc đối thoại"),
     Q("hơn 20.000 giáo dân", 20000, "giáo dân", "over"),
     Q("16 giáo xứ", 16, "giáo xứ"),
     Q("8.600 m2", 8600, "m2"),
     Q("100% xã, phường, thị trấn", 100, "%")],
    [D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW"),
     D("Kế hoạch", "112", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 112, 113-KH/BDVTU"),
     D("Kế hoạch", "113", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 112, 113-KH/BDVTU"),
     D("Quyết định", "23", "QĐ/TU", None, "Tỉnh ủy", "Quyết định số 23-QĐ/TU")],
    [prov("Long An"), com("Đức Hòa Hạ"), com("Mỹ Hạnh Nam")],
    ["Hôm nay: Thứ Sáu, 12/04/2019", "BÁO LONG AN ONLINE", "Trang chủ - Chính trị - Xây dựng Đảng", "Vị trí: Chính trị",
     "(LA)", "Chuyến xe Công đoàn", "Dân vận khéo", "Giáo phận Mỹ Tho", "Giáo phận Sài Gòn", "Quy chế dân vận",
     "Nghị quyết Trung ương 7 khóa XI", "Tháng Công nhân"],
    ["11/04/2019 16:30", "quý I/2019", "quý II", "Tết Kỷ Hợi", "khóa XI"]))

# ---------------------------------------------------------------- b974
PAGES.append(page("b974-baclieu-mttq-covid-traoqua-2020", """
Báo Bạc Liêu
Xã hội | Mặt trận - Đoàn thể
Thứ Ba, 21/04/2020 | 15:20
Trao 1.200 phần quà cho người lao động mất việc do dịch COVID-19
BL - Ngày 20/4, Ủy ban MTTQ Việt Nam tỉnh tổ chức trao 1.200 phần quà cho người lao động tự do, công nhân bị mất việc làm, hộ nghèo và hộ Khmer khó khăn bị ảnh hưởng bởi dịch COVID-19 tại thành phố Bạc Liêu và các huyện Hồng Dân, Phước Long, Đông Hải. Mỗi phần quà gồm 500.000 đồng tiền mặt và 10 kg gạo, tổng trị giá hơn 720 triệu đồng.
Ông Lâm Văn Sơ, bà Trần Thị Út, ông Danh Hoàng - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh - chia nhau trực tiếp trao quà tại các điểm. Tại thành phố Bạc Liêu, bà Lý Thị Ngọc Hà, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đến thăm hỏi, động viên bà con tại phường 5 và phường Nhà Mát.
Theo Ủy ban MTTQ tỉnh, thực hiện Hướng dẫn số 24/HD-MTTQ-BTT ngày 02/4/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động ủng hộ phòng, chống dịch, đến nay Quỹ phòng, chống dịch COVID-19 của tỉnh đã tiếp nhận 12,6 tỷ đồng cùng nhiều hàng hóa, vật tư y tế; trong đó có 48 tấn gạo do các doanh nghiệp, chùa và nhà hảo tâm trao tặng. Hội Đoàn kết sư sãi yêu nước tỉnh và các chùa Khmer đã đóng góp gần 300 triệu đồng. Cùng với gói hỗ trợ theo Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ, tỉnh dự kiến có khoảng 36.000 người được hỗ trợ.
Chị Thạch Thị Sa Quênh, ngụ ấp Giồng Bướm A, xã Châu Thới, trước đây làm công nhân may ở miền Đông, cho biết: "Công ty tạm nghỉ, tôi về quê hơn một tháng chưa có việc làm, nhận phần quà này gia đình đỡ lo được ít ngày". Ông Tô Văn Mười, trưởng ấp Giồng Bướm A, cho biết ấp có 27 hộ có người lao động từ các khu công nghiệp trở về do mất việc.
Cũng trong ngày, Đại đức Lý Hoàng Sâm, trụ trì chùa Vĩnh Đức, phối hợp Ủy ban MTTQ huyện Vĩnh Lợi trao 150 phần quà, mỗi phần trị giá 300.000 đồng, cho bà con Khmer nghèo; Giáo xứ Tắc Sậy tổ chức "ATM gạo" phát mỗi ngày khoảng 1 tấn gạo cho người khó khăn.
Theo ghi nhận, nhiều người nhận quà là lao động tự do như bán vé số, phụ hồ, chạy xe ôm; có gia đình cả vợ chồng cùng mất việc ở công ty trên thành phố, phải đưa con về quê gửi ông bà. Nhiều hộ cho biết đang tính chuyển sang nuôi tôm, trồng rau để có thu nhập trong lúc chờ công ty hoạt động trở lại.
Bà Lý Thị Ngọc Hà đề nghị Mặt trận các cấp công khai, minh bạch việc tiếp nhận, phân phối, không để trùng lặp, sót đối tượng, đồng thời tiếp tục vận động tinh thần "tương thân tương ái" trong nhân dân.
Huỳnh Kiệt
Tin khác
- Bạc Liêu: nhiều "ATM gạo" hỗ trợ người nghèo (18/04/2020)
- Hội Liên hiệp Phụ nữ tỉnh trao quà cho phụ nữ khó khăn (15/04/2020)
- Công đoàn hỗ trợ công nhân mất việc (10/04/2020)
- Ủy ban MTTQ tỉnh tiếp nhận ủng hộ phòng, chống dịch COVID-19 (03/04/2020)
""",
    "2020-04-21", "Trao 1.200 phần quà cho người lao động mất việc do dịch COVID-19",
    E("trao_qua", None, "2020-04-20"),
    [P("Lâm Văn Sơ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Trần Thị Út", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Danh Hoàng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Lý Thị Ngọc Hà", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Thạch Thị Sa Quênh"),
     P("Tô Văn Mười", "trưởng ấp Giồng Bướm A"),
     P("Lý Hoàng Sâm", "Đại đức", "trụ trì chùa Vĩnh Đức")],
    [Q("1.200 phần quà", 1200, "phần quà"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("10 kg gạo", 10, "kg"),
     Q("hơn 720 triệu đồng", 720000000, "đồng", "over"),
     Q("12,6 tỷ đồng", 12600000000, "đồng"),
     Q("48 tấn gạo", 48, "tấn"),
     Q("gần 300 triệu đồng", 300000000, "đồng", "approx"),
     Q("khoảng 36.000 người", 36000, "người", "approx"),
     Q("27 hộ", 27, "hộ"),
     Q("150 phần quà", 150, "phần quà"),
     Q("300.000 đồng", 300000, "đồng"),
     Q("khoảng 1 tấn gạo", 1, "tấn", "approx")],
    [D("Hướng dẫn", "24", "HD-MTTQ-BTT", "2020-04-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 24/HD-MTTQ-BTT"),
     D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP")],
    [prov("Bạc Liêu"), com("Nhà Mát"), com("Châu Thới")],
    ["Báo Bạc Liêu", "Xã hội | Mặt trận - Đoàn thể", "BL -", "Hội Đoàn kết sư sãi yêu nước tỉnh", "ATM gạo",
     "tương thân tương ái", "Giáo xứ Tắc Sậy"],
    ["Thứ Ba, 21/04/2020 | 15:20", "hơn một tháng", "phường 5"]))

# ---------------------------------------------------------------- b975
PAGES.append(page("b975-cantho-mttq-giamsat-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ
Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện
Giám sát việc hỗ trợ người lao động gặp khó khăn do đại dịch COVID-19
Thứ Ba, 26/10/2021 - 09:45 | Lượt xem: 842
Ngày 25/10, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ do ông Huỳnh Thanh Bình, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch COVID-19 tại quận Ninh Kiều. Đây là nội dung trong chương trình giám sát năm 2021 của Mặt trận thành phố.
Cùng tham gia đoàn có đại diện Liên đoàn Lao động thành phố, Sở Lao động - Thương binh và Xã hội, Hội Liên hiệp Phụ nữ thành phố.
Theo báo cáo của UBND quận Ninh Kiều, thực hiện Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ và Quyết định số 23/2021/QĐ-TTg ngày 07/7/2021 của Thủ tướng Chính phủ, quận đã xét duyệt hỗ trợ cho 18.734 lao động tự do với tổng kinh phí hơn 28 tỷ đồng, mỗi người 1,5 triệu đồng; hỗ trợ 2.116 lao động tạm hoãn hợp đồng, nghỉ việc không hưởng lương. Ngoài ra, quận tiếp nhận và phân bổ 64.500 túi an sinh, 320 tấn gạo từ nguồn vận động của Mặt trận. Bên cạnh đó, có 41.200 lượt người lao động được hỗ trợ theo Nghị quyết số 116/NQ-CP ngày 24/9/2021 của Chính phủ thông qua Bảo hiểm xã hội thành phố.
Đoàn đã giám sát trực tiếp tại phường An Khánh và phường Cái Khế. Tại phường An Khánh, nơi có nhiều nhà trọ của công nhân Khu công nghiệp Trà Nóc và sinh viên, bà Nguyễn Thị Kim Loan, Chủ tịch Ủy ban MTTQ Việt Nam phường, cho biết Ban giám sát đầu tư của cộng đồng và 12 tổ giám sát ở khu vực đã tham gia rà soát danh sách, phát hiện 37 trường hợp trùng lặp, không đúng đối tượng, đề nghị điều chỉnh kịp thời. Một số chủ nhà trọ đã giảm 30 - 50% tiền thuê phòng cho công nhân.
Qua giám sát, đoàn ghi nhận quận đã triển khai kịp thời, công khai danh sách tại khu vực, chi trả đúng đối tượng; tuy nhiên vẫn còn tình trạng người lao động không có hợp đồng, tạm trú chưa đăng ký nên khó chứng minh điều kiện hưởng hỗ trợ; việc chi trả ở một số khu vực còn chậm.
Kết luận buổi giám sát, ông Huỳnh Thanh Bình đề nghị quận tiếp tục rà soát, không để sót đối tượng; phát huy vai trò của Tổ COVID cộng đồng; Mặt trận phường tiếp tục nhận phản ánh qua đường dây nóng, báo cáo kết quả về Ban Thường trực Ủy ban MTTQ Việt Nam thành phố trước ngày 15/11.
Ban Tuyên giáo
Tin khác
- Trao 5.000 túi an sinh cho công nhân Khu công nghiệp Trà Nóc (20/10/2021)
- Mặt trận thành phố vận động "Vì Cần Thơ thân yêu" (12/10/2021)
- Giám sát việc phân bổ hàng cứu trợ tại quận Bình Thủy (05/10/2021)
""",
    "2021-10-26", "Giám sát việc hỗ trợ người lao động gặp khó khăn do đại dịch COVID-19",
    E("giam_sat", "2021", "2021-10-25"),
    [P("Huỳnh Thanh Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
     P("Nguyễn Thị Kim Loan", "Chủ tịch Ủy ban MTTQ Việt Nam phường")],
    [Q("18.734 lao động tự do", 18734, "lao động tự do"),
     Q("hơn 28 tỷ đồng", 28000000000, "đồng", "over"),
     Q("1,5 triệu đồng", 1500000, "đồng"),
     Q("2.116 lao động", 2116, "lao động"),
     Q("64.500 túi an sinh", 64500, "túi an sinh"),
     Q("320 tấn gạo", 320, "tấn"),
     Q("41.200 lượt người lao động", 41200, "lượt người lao động"),
     Q("12 tổ giám sát", 12, "tổ giám sát"),
     Q("37 trường hợp", 37, "trường hợp"),
     Q("30 - 50%", 30, "%"),
     Q("50%", 50, "%")],
    [D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP"),
     D("Quyết định", "23", "2021/QĐ-TTg", "2021-07-07", "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg"),
     D("Nghị quyết", "116", "NQ-CP", "2021-09-24", "Chính phủ", "Nghị quyết số 116/NQ-CP")],
    [prov("Cần Thơ"), com("An Khánh"), com("Cái Khế")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ CẦN THƠ",
     "Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện", "Tổ COVID cộng đồng",
     "Khu công nghiệp Trà Nóc"],
    ["Thứ Ba, 26/10/2021 - 09:45 | Lượt xem: 842", "ngày 15/11"]))

# ---------------------------------------------------------------- b976
PAGES.append(page("b976-binhthuan-nghiepdoan-phuquy-daihoi-2022", """
Báo Bình Thuận
Chính trị >> Công đoàn
08/06/2022 | 10:15
Đại hội Nghiệp đoàn nghề cá xã Tam Thanh lần thứ III
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Ngày 7/6, Nghiệp đoàn nghề cá xã Tam Thanh (huyện đảo Phú Quý) tổ chức Đại hội lần thứ III, nhiệm kỳ 2022 - 2027. Dự đại hội có bà Trần Thị Hồng Hạnh, Phó Chủ tịch Liên đoàn Lao động tỉnh; ông Đặng Văn Sáu, Bí thư Huyện ủy Phú Quý; Thiếu tá Nguyễn Hữu Tín, Đồn trưởng Đồn Biên phòng Phú Quý cùng 95 đại biểu đại diện cho 212 đoàn viên nghiệp đoàn.
Nhiệm kỳ qua, Nghiệp đoàn đã phát triển từ 140 lên 212 đoàn viên, tổ chức 7 tổ đoàn kết sản xuất trên biển với 86 tàu cá tham gia. Các tổ thường xuyên hỗ trợ nhau thông tin ngư trường, cứu hộ, lai dắt 19 tàu bị hư hỏng máy về bờ an toàn; tham gia cứu 27 ngư dân gặp nạn. Nghiệp đoàn phối hợp Đồn Biên phòng Phú Quý tuyên truyền cho ngư dân không vi phạm vùng biển nước ngoài; đến nay 100% tàu cá có chiều dài từ 15 m trở lên của xã đã lắp thiết bị giám sát hành trình. Quỹ "Tương trợ ngư dân" của Nghiệp đoàn có số dư hơn 160 triệu đồng, đã hỗ trợ 34 lượt đoàn viên gặp rủi ro, mỗi lượt từ 2 đến 5 triệu đồng.
Phát biểu tại đại hội, bà Trần Thị Hồng Hạnh đề nghị Nghiệp đoàn quán triệt Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới; tiếp tục thực hiện Chỉ thị số 08-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định. Ông Đặng Văn Sáu mong Nghiệp đoàn là cầu nối giữa cấp ủy, chính quyền với ngư dân, góp phần giữ vững chủ quyền biển, đảo.
Thiếu tá Nguyễn Hữu Tín cho biết Đồn sẽ tặng Nghiệp đoàn 200 lá cờ Tổ quốc và 60 phao cứu sinh trong tháng 6.
Đại hội đã bầu Ban Chấp hành nhiệm kỳ 2022 - 2027 gồm 9 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành tín nhiệm bầu ông Nguyễn Văn Lự giữ chức Chủ tịch Nghiệp đoàn nghề cá xã Tam Thanh; ông Huỳnh Tấn Lợi, chủ tàu BTh 98126 TS, được bầu làm Phó Chủ tịch Nghiệp đoàn. Đại hội cũng bầu 3 đại biểu đi dự Đại hội Công đoàn huyện Phú Quý.
Thảo luận tại đại hội, nhiều đoàn viên đề nghị nhà nước có chính sách hỗ trợ giá dầu khi giá nhiên liệu tăng cao, hỗ trợ ngư dân chuyển đổi nghề đối với tàu công suất nhỏ khai thác ven bờ; đề nghị ngành chức năng sớm nạo vét luồng vào cảng cá để tàu ra vào an toàn trong mùa gió chướng.
Ông Nguyễn Văn Lự, 56 tuổi, có hơn 30 năm bám biển, là chủ 2 tàu cá. Ông cho biết sẽ vận động thêm ngư dân các xã Long Hải, Ngũ Phụng tham gia nghiệp đoàn.
Ngọc Lân
Tin liên quan
- Phú Quý: ngư dân tích cực lắp thiết bị giám sát hành trình (30/05/2022)
- Liên đoàn Lao động tỉnh thăm, tặng quà nghiệp đoàn nghề cá (18/05/2022)
- La Gi: thành lập thêm 2 nghiệp đoàn nghề cá (06/05/2022)
""",
    "2022-06-08", "Đại hội Nghiệp đoàn nghề cá xã Tam Thanh lần thứ III",
    E("dai_hoi", None, "2022-06-07"),
    [P("Trần Thị Hồng Hạnh", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
     P("Đặng Văn Sáu", "Bí thư Huyện ủy Phú Quý"),
     P("Nguyễn Hữu Tín", "Thiếu tá", "Đồn trưởng Đồn Biên phòng Phú Quý"),
     P("Nguyễn Văn Lự", "Chủ tịch Nghiệp đoàn nghề cá xã Tam Thanh"),
     P("Huỳnh Tấn Lợi", "chủ tàu BTh 98126 TS", "Phó Chủ tịch Nghiệp đoàn")],
    [Q("95 đại biểu", 95, "đại biểu"),
     Q("212 đoàn viên", 212, "đoàn viên"),
     Q("từ 140", 140, "đoàn viên"),
     Q("7 tổ đoàn kết sản xuất trên biển", 7, "tổ đoàn kết sản xuất trên biển"),
     Q("86 tàu cá", 86, "tàu cá"),
     Q("19 tàu", 19, "tàu"),
     Q("27 ngư dân", 27, "ngư dân"),
     Q("100% tàu cá", 100, "%"),
     Q("hơn 160 triệu đồng", 160000000, "đồng", "over"),
     Q("34 lượt đoàn viên", 34, "lượt đoàn viên"),
     Q("từ 2", 2000000, "đồng"),
     Q("5 triệu đồng", 5000000, "đồng"),
     Q("200 lá cờ Tổ quốc", 200, "lá cờ Tổ quốc"),
     Q("60 phao cứu sinh", 60, "phao cứu sinh"),
     Q("9 đồng chí", 9, "đồng chí"),
     Q("3 đại biểu", 3, "đại biểu"),
     Q("2 tàu cá", 2, "tàu cá")],
    [D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết số 02-NQ/TW"),
     D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08-CT/TU")],
    [prov("Bình Thuận"), com("Tam Thanh"), com("Long Hải"), com("Ngũ Phụng")],
    ["Báo Bình Thuận", "Chính trị >> Công đoàn", "Đại biểu biểu quyết thông qua nghị quyết đại hội.",
     "Tương trợ ngư dân", "BTh 98126 TS"],
    ["08/06/2022 | 10:15", "lần thứ III", "nhiệm kỳ 2022 - 2027", "15 m", "9 đồng chí", "56 tuổi", "hơn 30 năm",
     "phiên họp thứ nhất", "98126"]))
