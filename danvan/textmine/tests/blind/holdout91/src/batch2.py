from lib import *
PAGES = []

PAGES.append(page("b2147-dienbien-bdv-giaoban-2017", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Điện Biên
Vị trí: Trang chủ > Tin hoạt động > Hoạt động của Ban
Thứ Sáu, 07/04/2017
Ảnh: Đồng chí Lò Thị Bình phát biểu chỉ đạo tại hội nghị.
Tăng cường nắm tình hình vùng đồng bào Mông
Sáng 5/4, Ban Dân vận Tỉnh ủy Điện Biên tổ chức hội nghị giao ban công tác dân vận quý I năm 2017 với Ban Dân vận các huyện, thị, thành ủy và Đảng ủy Khối. Đồng chí Lò Thị Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Quý I, khối dân vận các cấp đã tham mưu cấp ủy lãnh đạo tổ chức Tết Nguyên đán Đinh Dậu an toàn, tiết kiệm; vận động nhân dân ủng hộ Quỹ "Vì người nghèo" được 1,86 tỷ đồng. Ban Dân vận Tỉnh ủy ban hành Kế hoạch số 71-KH/BDVTU ngày 10/2/2017 về thực hiện Chỉ thị số 49-CT/TW ngày 20/10/2015 của Ban Bí thư về tăng cường và đổi mới công tác dân vận của Đảng ở vùng đồng bào dân tộc thiểu số, đồng thời hướng dẫn triển khai Quyết định số 23-QĐ/TW của Ban Bí thư về thực hiện Quy chế dân vận.
Tình hình an ninh nông thôn cơ bản ổn định; tuy nhiên tại các huyện Mường Nhé, Nậm Pồ vẫn xuất hiện tà đạo "Vàng Chứ" với 4 vụ tuyên truyền trái phép, lôi kéo 27 hộ tham gia; có 16 hộ người Mông bỏ đi khỏi địa phương. Các lực lượng đã vận động 11 hộ quay trở về, bố trí đất sản xuất cho 9 hộ.
Tại hội nghị, đồng chí Vừ A Páo, HUV, Trưởng Ban Dân vận Huyện ủy Nậm Pồ, đề nghị tỉnh hỗ trợ thêm kinh phí cho tổ công tác bám bản; đồng chí Lò Văn Puôn, người Khơ Mú, Phó Trưởng Ban Dân vận Huyện ủy Mường Ảng, cho biết huyện đã xây dựng 3 mô hình "Bản văn hóa không có ma túy". Đồng chí Giàng Thị Mỷ, Phó Bí thư Thường trực Đảng ủy xã Chà Nưa, nêu kinh nghiệm phân công đảng viên phụ trách hộ, mỗi đảng viên theo dõi một nhóm hộ gia đình ở gần nhà, hằng tháng báo cáo chi bộ những việc mới nảy sinh.
Các đại biểu cũng thảo luận, thống nhất cách triển khai năm "Dân vận chính quyền" và việc củng cố 1.620 tổ dân vận thôn, bản, tổ dân phố trong toàn tỉnh.
Kết luận hội nghị, đồng chí Lò Thị Bình yêu cầu quý II các cấp tập trung nắm chắc tình hình tư tưởng đồng bào, không để kẻ xấu kích động, lôi kéo; đẩy mạnh phong trào thi đua "Dân vận khéo" gắn với xây dựng nông thôn mới, lựa chọn các mô hình tiêu biểu để nhân rộng; quan tâm bồi dưỡng cán bộ dân vận cơ sở biết tiếng Mông, tiếng Thái. Đồng chí cũng đề nghị Ban Dân vận các huyện ủy báo cáo kết quả thực hiện Chỉ thị 49 trước ngày 15/6/2017.
Thu Hằng
Lượt xem: 642
Các tin đã đưa
- Tuần Giáo ra mắt 5 tổ dân vận kiểu mẫu (30/03/2017)
- Gặp mặt già làng, trưởng bản tiêu biểu (17/03/2017)
- Mường Chà: đối thoại với nhân dân xã Sá Tổng (02/03/2017)
""", "2017-04-07", "Tăng cường nắm tình hình vùng đồng bào Mông",
E("giao_ban", "2017-Q1", "2017-04-05"),
[P("Lò Thị Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vừ A Páo", "HUV", "Trưởng Ban Dân vận Huyện ủy Nậm Pồ"),
 P("Lò Văn Puôn", "Phó Trưởng Ban Dân vận Huyện ủy Mường Ảng"),
 P("Giàng Thị Mỷ", "Phó Bí thư Thường trực Đảng ủy xã Chà Nưa")],
[Q("1,86 tỷ đồng", 1860000000, "đồng"), Q("4 vụ tuyên truyền trái phép", 4, "vụ tuyên truyền trái phép"), Q("27 hộ", 27, "hộ"),
 Q("16 hộ người Mông", 16, "hộ người Mông"), Q("11 hộ", 11, "hộ"), Q("9 hộ", 9, "hộ"),
 Q("3 mô hình", 3, "mô hình"), Q("1.620 tổ dân vận thôn, bản, tổ dân phố", 1620, "tổ dân vận thôn, bản, tổ dân phố")],
[D("Kế hoạch", "71", "KH/BDVTU", "2017-02-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 71-KH/BDVTU ngày 10/2/2017"),
 D("Chỉ thị", "49", "CT/TW", "2015-10-20", "Ban Bí thư", "Chỉ thị số 49-CT/TW ngày 20/10/2015"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 23-QĐ/TW")],
[prov("Điện Biên"), com("Chà Nưa")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Điện Biên", "Vị trí: Trang chủ > Tin hoạt động > Hoạt động của Ban",
 "Ảnh: Đồng chí Lò Thị Bình phát biểu chỉ đạo tại hội nghị.", "Vì người nghèo", "Vàng Chứ", "Bản văn hóa không có ma túy",
 "Dân vận chính quyền", "Dân vận khéo", "Lượt xem: 642"],
["Thứ Sáu, 07/04/2017", "quý I năm 2017", "quý II", "Chỉ thị 49", "15/6/2017", "Lượt xem: 642"]))

PAGES.append(page("b2148-daknong-huyenuy-doithoai-2018", """
HUYỆN ỦY TUY ĐỨC - TỈNH ĐẮK NÔNG
Trang chủ » Tin tức - Sự kiện » Công tác dân vận
28/09/2018 - 10:05
Bí thư Huyện ủy Tuy Đức đối thoại với đồng bào M'nông xã Quảng Trực
Ngày 26/9/2018, tại nhà văn hóa bon Bu Prăng 1, Ban Thường vụ Huyện ủy Tuy Đức (tỉnh Đắk Nông) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với người có uy tín và nhân dân xã Quảng Trực năm 2018. Đồng chí Điểu Brang, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì; cùng dự có các đồng chí Phó Chủ tịch UBND huyện Tuy Đức: Y Krec Byă, Trần Văn Thạch.
Toàn cảnh buổi đối thoại tại bon Bu Prăng 1.
Hơn 170 người dân, trong đó có 26 già làng, người có uy tín của 7 bon, thôn đã đến dự. Tại buổi đối thoại, 19 ý kiến góp ý, kiến nghị đã được nêu, tập trung vào giao đất, giao rừng, cấp giấy chứng nhận quyền sử dụng đất, nước sinh hoạt, điện lưới cho các bon vùng biên và việc quản lý người dân tộc thiểu số từ các tỉnh phía Bắc di cư tự do đến.
Già làng Điểu Sơn, bon Bu Prăng 2, phản ánh: bà con đồng bào M'nông vẫn thiếu đất sản xuất, có hộ phải đi làm thuê cho các công ty cao su. Bà Thị Mai, người có uy tín bon Bu Lum, kiến nghị sớm xây lại cầu treo qua suối Đắk Huýt đã xuống cấp. Ông Vàng Seo Sử, người Mông, Trưởng thôn 3, đề nghị được giao đất ổn định để bà con yên tâm sinh sống.
Trả lời các ý kiến, đồng chí Y Krec Byă cho biết huyện đang triển khai Đề án 42 về ổn định dân di cư tự do, năm 2018 đã bố trí đất ở cho 84 hộ, cấp 1.260 ha đất sản xuất từ quỹ đất thu hồi của các công ty lâm nghiệp; đường điện ra bon Bu Lum sẽ đóng điện trong quý IV năm 2018. Đối với cầu treo, huyện đã bố trí 1,2 tỷ đồng từ Chương trình 135.
Kết luận buổi đối thoại, đồng chí Điểu Brang ghi nhận các ý kiến thẳng thắn, tâm huyết của bà con; đề nghị các ngành trả lời bằng văn bản những kiến nghị chưa giải quyết được ngay, chậm nhất sau 30 ngày. Đồng chí nhấn mạnh việc đối thoại định kỳ là thực hiện Quyết định số 11-QĐi/TW ngày 18/2/2014 của Ban Chấp hành Trung ương về trách nhiệm của người đứng đầu cấp ủy trong tiếp dân, đối thoại trực tiếp với dân, và Kế hoạch số 28-KH/HU ngày 3/4/2018 của Ban Thường vụ Huyện ủy.
Đồng chí Thị Bắp, Bí thư Chi bộ bon Bu Prăng 1, cho biết chi bộ có 14 đảng viên, trong đó 11 đảng viên là người M'nông; năm nay chi bộ kết nạp được 2 đảng viên mới là thanh niên trong bon.
Dịp này, Huyện ủy trao 50 suất quà cho các hộ nghèo, mỗi suất gồm 20 kg gạo và 300.000 đồng tiền mặt.
Phạm Hòa
Tin liên quan
- Tuy Đức: sơ kết 3 năm thực hiện Chỉ thị 49-CT/TW (14/09/2018)
- Gặp mặt người có uy tín huyện Tuy Đức năm 2018 (30/08/2018)
""", "2018-09-28", "Bí thư Huyện ủy Tuy Đức đối thoại với đồng bào M'nông xã Quảng Trực",
E("doi_thoai", "2018", "2018-09-26"),
[P("Điểu Brang", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Y Krec Byă", "Phó Chủ tịch UBND huyện Tuy Đức"),
 P("Trần Văn Thạch", "Phó Chủ tịch UBND huyện Tuy Đức"),
 P("Điểu Sơn", "Già làng"),
 P("Thị Mai", "người có uy tín bon Bu Lum"),
 P("Vàng Seo Sử", "Trưởng thôn 3"),
 P("Thị Bắp", "Bí thư Chi bộ bon Bu Prăng 1")],
[Q("Hơn 170 người dân", 170, "người dân", "over"), Q("26 già làng, người có uy tín", 26, "già làng, người có uy tín"),
 Q("7 bon, thôn", 7, "bon, thôn"), Q("19 ý kiến", 19, "ý kiến"), Q("84 hộ", 84, "hộ"), Q("1.260 ha", 1260, "ha"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("14 đảng viên", 14, "đảng viên"), Q("11 đảng viên", 11, "đảng viên"),
 Q("2 đảng viên mới", 2, "đảng viên mới"), Q("50 suất quà", 50, "suất quà"), Q("20 kg", 20, "kg"), Q("300.000 đồng", 300000, "đồng")],
[D("Quyết định", "11", "QĐi/TW", "2014-02-18", "Ban Chấp hành Trung ương", "Quyết định số 11-QĐi/TW ngày 18/2/2014"),
 D("Kế hoạch", "28", "KH/HU", "2018-04-03", "Ban Thường vụ Huyện ủy", "Kế hoạch số 28-KH/HU ngày 3/4/2018"),
 D("Đề án", "42", None, None, None, "Đề án 42")],
[prov("Đắk Nông"), com("Quảng Trực")],
["HUYỆN ỦY TUY ĐỨC - TỈNH ĐẮK NÔNG", "Trang chủ » Tin tức - Sự kiện » Công tác dân vận", "Toàn cảnh buổi đối thoại tại bon Bu Prăng 1.",
 "Chương trình 135"],
["28/09/2018 - 10:05", "năm 2018", "quý IV năm 2018", "30 ngày", "Chương trình 135", "bon Bu Prăng 1", "Trưởng thôn 3"]))

PAGES.append(page("b2149-caobang-bdv-tongket-2019", """
Hôm nay: Thứ Hai, 30/12/2019
BAN DÂN VẬN TỈNH ỦY CAO BẰNG
Trang chủ / Tin tức / Hoạt động của Ban Dân vận
Cập nhật lúc 16:40 ngày 27/12/2019
Ảnh: Toàn cảnh hội nghị.
Khối dân vận Cao Bằng hoàn thành toàn diện các nhiệm vụ
Ngày 26/12/2019, Ban Dân vận Tỉnh ủy Cao Bằng tổ chức hội nghị tổng kết công tác dân vận năm 2019, triển khai nhiệm vụ năm 2020. Đồng chí Nông Thị Tuyết, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự hội nghị có đồng chí Lục Văn Sình, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, lãnh đạo các đoàn thể và Ban Dân vận 12 huyện ủy, thành ủy.
Năm 2019, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 17-CTr/TU thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về công tác dân vận; sơ kết Chỉ thị 06, 07-CT/TU về vận động đồng bào Mông, Dao, Lô Lô vùng biên giới định cư ổn định và về xây dựng "Xóm không có người vi phạm pháp luật". Phối hợp Ban Tuyên giáo Tỉnh ủy tổ chức 4 hội nghị cấp tỉnh tuyên truyền Luật Biên giới quốc gia cho 720 người có uy tín.
Phong trào thi đua "Dân vận khéo" có 358 mô hình được công nhận, trong đó 41 mô hình cấp tỉnh. Nhân dân hiến 62.000 m2 đất, đóng góp 12.600 ngày công và 5,4 tỷ đồng làm đường giao thông nông thôn; xóa 683 nhà tạm, nhà dột nát cho hộ nghèo. Tỷ lệ hộ nghèo toàn tỉnh giảm 4,2%.
Phát biểu tại hội nghị, bà Sầm Thị Páo, người Lô Lô, Bí thư Chi bộ xóm Khau Dề, xã Cô Ba, cho biết chi bộ đã vận động 100% hộ trong xóm ký cam kết không trồng cây thuốc phiện. Ông Hoàng Văn Khoan, HUV, Trưởng Ban Dân vận Huyện ủy Bảo Lạc, đề nghị tỉnh tăng phụ cấp cho tổ trưởng tổ dân vận xóm; ông Triệu Tài Vàng, người Dao, người có uy tín xóm Nà Ca, xã Hồng Trị, kể lại việc thuyết phục 6 thanh niên bỏ theo "Giê-hô-va" trở về.
Hội nghị cũng chỉ rõ hạn chế: hoạt động truyền đạo trái pháp luật ở một số xóm vùng cao còn diễn biến phức tạp; có 3 vụ việc tranh chấp đất đai chưa được giải quyết dứt điểm; công tác dân vận của chính quyền cơ sở chưa đồng đều.
Kết luận hội nghị, đồng chí Nông Thị Tuyết yêu cầu năm 2020 khối dân vận tập trung phục vụ đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng; thực hiện tốt Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư ban hành Khung hướng dẫn tiếp tục đổi mới nội dung, phương thức công tác dân vận của Đảng ở các loại hình cơ sở.
Dịp này, 15 tập thể, 22 cá nhân được Ban Dân vận Tỉnh ủy tặng giấy khen; đồng chí Lý Thị Thư, Chánh Văn phòng Ban Dân vận Tỉnh ủy, công bố quyết định khen thưởng.
Bích Ngọc
Tin khác
- Hà Quảng: tổng kết 10 năm mô hình "Xóm tự quản" (20/12/2019)
- Thông Nông gặp mặt người có uy tín (12/12/2019)
- Trùng Khánh đối thoại với nhân dân (02/12/2019)
""", "2019-12-27", "Khối dân vận Cao Bằng hoàn thành toàn diện các nhiệm vụ",
E("tong_ket", "2019", "2019-12-26"),
[P("Nông Thị Tuyết", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Văn Sình", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sầm Thị Páo", "Bí thư Chi bộ xóm Khau Dề"),
 P("Hoàng Văn Khoan", "HUV", "Trưởng Ban Dân vận Huyện ủy Bảo Lạc"),
 P("Triệu Tài Vàng", "người có uy tín xóm Nà Ca"),
 P("Lý Thị Thư", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("12 huyện ủy, thành ủy", 12, "huyện ủy, thành ủy"), Q("4 hội nghị cấp tỉnh", 4, "hội nghị cấp tỉnh"),
 Q("720 người có uy tín", 720, "người có uy tín"), Q("358 mô hình", 358, "mô hình"), Q("41 mô hình cấp tỉnh", 41, "mô hình cấp tỉnh"),
 Q("62.000 m2", 62000, "m2"), Q("12.600 ngày công", 12600, "ngày công"), Q("5,4 tỷ đồng", 5400000000, "đồng"),
 Q("683 nhà tạm, nhà dột nát", 683, "nhà tạm, nhà dột nát"), Q("4,2%", 4.2, "%"), Q("100%", 100, "%"),
 Q("6 thanh niên", 6, "thanh niên"), Q("3 vụ việc tranh chấp đất đai", 3, "vụ việc tranh chấp đất đai"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chương trình hành động", "17", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 17-CTr/TU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017")],
[prov("Cao Bằng"), com("Cô Ba"), com("Hồng Trị")],
["Hôm nay: Thứ Hai, 30/12/2019", "BAN DÂN VẬN TỈNH ỦY CAO BẰNG", "Trang chủ / Tin tức / Hoạt động của Ban Dân vận", "Ảnh: Toàn cảnh hội nghị.",
 "Xóm không có người vi phạm pháp luật", "Dân vận khéo", "Luật Biên giới quốc gia", "Giê-hô-va", "Nghị quyết Trung ương 7 khóa XI"],
["Hôm nay: Thứ Hai, 30/12/2019", "năm 2019", "năm 2020", "Nghị quyết Trung ương 7", "khóa XI", "Đại hội XIII"]))

PAGES.append(page("b2150-kontum-ubnd-daihoi-dttts-2019", """
BAN DÂN TỘC TỈNH KON TUM
Trang chủ › Tin tức sự kiện › Đại hội các DTTS
18/10/2019 07:30 GMT+7
Đại hội đại biểu các dân tộc thiểu số tỉnh Kon Tum lần thứ III: Đoàn kết, phát huy nội lực
Sáng 17/10/2019, tại Trung tâm Hội nghị tỉnh, UBND tỉnh Kon Tum long trọng tổ chức Đại hội đại biểu các dân tộc thiểu số tỉnh Kon Tum lần thứ III, năm 2019. Dự đại hội có 250 đại biểu chính thức, đại diện cho hơn 300.000 đồng bào của 25 dân tộc thiểu số trong tỉnh, trong đó đông nhất là Xơ Đăng, Ba Na, Giẻ Triêng, Gia Rai, Brâu, Rơ Măm.
Các đại biểu dự phiên khai mạc đại hội. Ảnh: Quang Định
Báo cáo tại đại hội cho biết, sau 5 năm (2014 - 2019), tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm từ 42,5% xuống còn 21,4%; 100% xã có đường ô tô đến trung tâm; 89 trường được công nhận đạt chuẩn quốc gia. Thực hiện Chỉ thị số 49-CT/TW của Ban Bí thư và Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ, tỉnh hiện có 1.352 người có uy tín được hưởng chính sách; toàn tỉnh có 1.021 chi bộ thôn, làng, trong đó 648 chi bộ có bí thư là người dân tộc thiểu số.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Hòa, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, đề nghị các cấp tiếp tục thực hiện hiệu quả Nghị quyết số 03-NQ/TU ngày 22/7/2016 của Tỉnh ủy về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số; quan tâm xây dựng đội ngũ cán bộ người dân tộc thiểu số, nhất là ở các xã biên giới.
Đại biểu A Hiên, người Xơ Đăng, Bí thư Chi bộ làng Đăk Răng, xã Đăk Ring, tham luận về việc vận động đồng bào trồng sâm Ngọc Linh dưới tán rừng, giúp 43 hộ có thu nhập hơn 100 triệu đồng mỗi năm. Già làng Y Nhoi, người Ba Na, làng Kon Hra Chót, phường Thống Nhất, chia sẻ kinh nghiệm giữ gìn cồng chiêng, lập đội cồng chiêng thiếu niên với 32 em. Chị Y Blươm, người Giẻ Triêng, Phó Bí thư Đoàn xã Đăk Nhoong, kể việc vận động chị em không tảo hôn.
Đại hội đã biểu dương 75 tập thể, 160 cá nhân tiêu biểu trong sự nghiệp xây dựng khối đại đoàn kết toàn dân tộc; bầu 15 đại biểu đi dự Đại hội đại biểu toàn quốc các dân tộc thiểu số Việt Nam lần thứ II, trong đó 9 đại biểu là người có uy tín.
Đồng chí A Khiêm, Trưởng Ban Dân tộc tỉnh, khẳng định trong những năm tới, tỉnh tiếp tục triển khai Đề án 65 về phát triển sâm Ngọc Linh và các chương trình hỗ trợ sản xuất, phấn đấu mỗi năm giảm 4% hộ nghèo vùng đồng bào dân tộc thiểu số.
Đại hội đã thông qua thư gửi đồng bào các dân tộc thiểu số trong tỉnh với khẩu hiệu "Các dân tộc tỉnh Kon Tum đoàn kết, sáng tạo, hội nhập và phát triển".
Quang Định
Tin liên quan
- Kon Rẫy tổ chức Đại hội đại biểu các DTTS lần thứ III (25/04/2019)
- Tu Mơ Rông: 120 đại biểu dự đại hội các dân tộc thiểu số (16/04/2019)
- Đăk Tô biểu dương 30 điển hình (05/04/2019)
""", "2019-10-18", "Đại hội đại biểu các dân tộc thiểu số tỉnh Kon Tum lần thứ III: Đoàn kết, phát huy nội lực",
E("dai_hoi", "2019", "2019-10-17"),
[P("Nguyễn Văn Hòa", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("A Hiên", "Bí thư Chi bộ làng Đăk Răng"),
 P("Y Nhoi", "Già làng"),
 P("Y Blươm", "Phó Bí thư Đoàn xã Đăk Nhoong"),
 P("A Khiêm", "Trưởng Ban Dân tộc tỉnh")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("hơn 300.000 đồng bào", 300000, "đồng bào", "over"),
 Q("25 dân tộc thiểu số", 25, "dân tộc thiểu số"), Q("42,5%", 42.5, "%"), Q("21,4%", 21.4, "%"), Q("100%", 100, "%"),
 Q("89 trường", 89, "trường"), Q("1.352 người có uy tín", 1352, "người có uy tín"), Q("1.021 chi bộ thôn, làng", 1021, "chi bộ thôn, làng"),
 Q("648 chi bộ", 648, "chi bộ"), Q("43 hộ", 43, "hộ"), Q("hơn 100 triệu đồng", 100000000, "đồng", "over"),
 Q("32 em", 32, "em"), Q("75 tập thể", 75, "tập thể"), Q("160 cá nhân", 160, "cá nhân"), Q("15 đại biểu", 15, "đại biểu"),
 Q("9 đại biểu", 9, "đại biểu"), Q("4%", 4, "%")],
[D("Chỉ thị", "49", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 49-CT/TW"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg"),
 D("Nghị quyết", "03", "NQ/TU", "2016-07-22", "Tỉnh ủy", "Nghị quyết số 03-NQ/TU ngày 22/7/2016"),
 D("Đề án", "65", None, None, None, "Đề án 65")],
[prov("Kon Tum"), com("Đăk Ring"), com("Thống Nhất"), com("Đăk Nhoong")],
["BAN DÂN TỘC TỈNH KON TUM", "Trang chủ › Tin tức sự kiện › Đại hội các DTTS", "Các đại biểu dự phiên khai mạc đại hội. Ảnh: Quang Định",
 "Trung tâm Hội nghị tỉnh", "Các dân tộc tỉnh Kon Tum đoàn kết, sáng tạo, hội nhập và phát triển"],
["18/10/2019 07:30 GMT+7", "hơn 300.000 đồng bào", "lần thứ III", "năm 2019", "5 năm (2014 - 2019)", "lần thứ II", "mỗi năm"]))

PAGES.append(page("b2151-sonla-bdv-soket-2020", """
BAN DÂN VẬN TỈNH ỦY SƠN LA
Trang chủ - Tin tức - Hoạt động dân vận
Ngày 15/07/2020 | 08:30
Khối dân vận chung tay phòng, chống dịch Covid-19 ở vùng cao
Sáng 13/7, Ban Dân vận Tỉnh ủy Sơn La tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020 tới 12 điểm cầu huyện, thành phố. Đồng chí Cầm Thị Phong, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì tại điểm cầu tỉnh.
Đồng chí Cầm Thị Phong phát biểu tại điểm cầu tỉnh.
6 tháng đầu năm 2020, khối dân vận các cấp đã tuyên truyền, vận động nhân dân thực hiện nghiêm Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch Covid-19. Các tổ dân vận đã đến từng bản, dùng tiếng Thái, tiếng Mông để tuyên truyền; vận động 3.418 lao động từ các tỉnh về địa phương khai báo y tế. Mặt trận và các đoàn thể tiếp nhận ủng hộ phòng, chống dịch trị giá trên 9,7 tỷ đồng, trao 12.500 suất quà cho hộ nghèo, hộ gặp khó khăn do dịch.
Thực hiện Chỉ thị số 17-CT/TU ngày 6/1/2020 của Ban Thường vụ Tỉnh ủy về công tác dân vận trong xây dựng nông thôn mới, nhân dân đã hiến 27.450 m2 đất, tháo dỡ 312 công trình kiến trúc để mở rộng đường; 20 xã được công nhận đạt chuẩn nông thôn mới. Toàn tỉnh phát sinh 96 vụ tranh chấp đất đai, các tổ hòa giải ở cơ sở đã hòa giải thành 81 vụ, số còn lại đang được chính quyền các cấp xem xét, giải quyết theo thẩm quyền.
Tại điểm cầu huyện Sốp Cộp, đồng chí Sồng A Tủa, HUV, Trưởng Ban Dân vận Huyện ủy, cho biết huyện đã vận động 57 hộ người Mông ở bản Huổi Lạn, xã Mường Lạn bỏ tục cúng ma tốn kém. Đồng chí Lò Văn Tịnh, người Xinh Mun, Bí thư Đảng ủy xã Chiềng On, đề nghị tiếp tục hỗ trợ bà con trồng xoài, cây ăn quả trên đất dốc; ông Quàng Văn Chiến, người La Ha, người có uy tín bản Nà Lốc, xã Mường Giôn, kể việc vận động 14 thanh niên không đi làm ăn xa trong thời gian dịch.
Kết luận hội nghị, đồng chí Cầm Thị Phong yêu cầu 6 tháng cuối năm tiếp tục thực hiện "mục tiêu kép" vừa phòng, chống dịch vừa phát triển kinh tế; phục vụ tốt đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025; đẩy mạnh phong trào thi đua "Dân vận khéo", phấn đấu mỗi huyện xây dựng thêm mô hình mới.
Dịp này, đồng chí Lò Thị Nhung, Phó Trưởng Ban Dân vận Tỉnh ủy, đã công bố quyết định tặng giấy khen của Ban Dân vận Tỉnh ủy cho 8 tập thể, 11 cá nhân có thành tích xuất sắc trong phòng, chống dịch.
Ngọc Lan
Bài viết liên quan
- Thuận Châu: trao 300 suất quà cho người dân khó khăn do dịch (20/05/2020)
- Mộc Châu giao ban khối dân vận quý I (10/04/2020)
""", "2020-07-15", "Khối dân vận chung tay phòng, chống dịch Covid-19 ở vùng cao",
E("so_ket", "2020-H1", "2020-07-13"),
[P("Cầm Thị Phong", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sồng A Tủa", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lò Văn Tịnh", "Bí thư Đảng ủy xã Chiềng On"),
 P("Quàng Văn Chiến", "người có uy tín bản Nà Lốc"),
 P("Lò Thị Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("12 điểm cầu huyện, thành phố", 12, "điểm cầu huyện, thành phố"), Q("3.418 lao động", 3418, "lao động"),
 Q("trên 9,7 tỷ đồng", 9700000000, "đồng", "over"), Q("12.500 suất quà", 12500, "suất quà"), Q("27.450 m2", 27450, "m2"),
 Q("312 công trình kiến trúc", 312, "công trình kiến trúc"), Q("20 xã", 20, "xã"),
 Q("96 vụ tranh chấp đất đai", 96, "vụ tranh chấp đất đai"),
 Q("81 vụ", 81, "vụ"), Q("57 hộ người Mông", 57, "hộ người Mông"), Q("14 thanh niên", 14, "thanh niên"),
 Q("8 tập thể", 8, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Chỉ thị", "17", "CT/TU", "2020-01-06", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 6/1/2020")],
[prov("Sơn La"), com("Mường Lạn"), com("Chiềng On"), com("Mường Giôn")],
["BAN DÂN VẬN TỈNH ỦY SƠN LA", "Trang chủ - Tin tức - Hoạt động dân vận", "Đồng chí Cầm Thị Phong phát biểu tại điểm cầu tỉnh.",
 "mục tiêu kép", "Dân vận khéo"],
["Ngày 15/07/2020 | 08:30", "6 tháng đầu năm 2020", "6 tháng cuối năm 2020", "6 tháng cuối năm", "nhiệm kỳ 2020 - 2025", "Covid-19"]))

PAGES.append(page("b2152-lamdong-bdv-traoqua-2020", """
Ban Dân vận Tỉnh ủy Lâm Đồng
Trang chủ | Hoạt động | Tin địa phương
Thứ Sáu, 17/01/2020 - 09:12
Ảnh: Đồng chí Ka Sô Ha Liên trao quà cho người có uy tín.
Ấm áp Tết vùng đồng bào K'Ho, Chu Ru
Ngày 15/1/2020, Ban Dân vận Tỉnh ủy Lâm Đồng tổ chức đoàn công tác thăm, chúc Tết Canh Tý, tặng quà người có uy tín, già làng, chức sắc tôn giáo và hộ nghèo đồng bào dân tộc thiểu số tại huyện Lạc Dương và huyện Đơn Dương. Đoàn do đồng chí Ka Sô Ha Liên, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy làm trưởng đoàn.
Tại thị trấn Lạc Dương, đoàn đến thăm già làng Kră Jăn K'Điệp, người có uy tín tổ dân phố Bon Đơng 1, và ông Liêng Hót Ha Thu, Bí thư Chi bộ Đưng K'Si. Già làng Kră Jăn K'Điệp cho biết, năm 2019 tổ dân phố có thêm 18 hộ thoát nghèo nhờ trồng cà phê xen hồng, làm du lịch cộng đồng; 100% trẻ em trong độ tuổi được đến trường. Tại xã Đạ Sar, đoàn thăm hỏi Mục sư Cil Mup, chức sắc Hội thánh Tin lành Việt Nam (miền Nam), và bà Rơ Ông K'Bia, Chi hội trưởng Chi hội Phụ nữ thôn Đạ Nghịt.
Tại huyện Đơn Dương, đoàn thăm xã Tu Tra, nơi có đông đồng bào Chu Ru sinh sống. Ông Touneh Ya Hoa, người có uy tín thôn Kăn Kil, bày tỏ vui mừng vì đường vào thôn đã được bê tông hóa, 62 hộ có nhà mới từ chương trình hỗ trợ nhà ở. Đồng chí Ya Hrưng, HUV, Trưởng Ban Dân vận Huyện ủy Đơn Dương, báo cáo huyện có 93 người có uy tín; năm 2019 các đoàn thể đã vận động xây 14 căn nhà đại đoàn kết cho hộ nghèo người Chu Ru, K'Ho.
Trò chuyện với bà con, đồng chí Ka Sô Ha Liên ghi nhận vai trò của người có uy tín trong tuyên truyền, vận động đồng bào thực hiện Quyết định 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ, Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết 24 về công tác dân tộc; mong bà con đón Tết vui tươi, an toàn, không đốt pháo, không uống rượu say rồi điều khiển xe máy.
Dịp này, đoàn đã trao 145 suất quà, trị giá mỗi suất 500.000 đồng gồm tiền mặt và nhu yếu phẩm; trao 20 suất học bổng, mỗi suất 1 triệu đồng cho học sinh người dân tộc thiểu số vượt khó học giỏi. Tổng giá trị quà tặng trong đợt này là 92,5 triệu đồng, do các doanh nghiệp trên địa bàn tỉnh đóng góp thông qua Ban Dân vận Tỉnh ủy.
Được biết, dịp Tết Canh Tý, Ban Dân vận Tỉnh ủy phối hợp Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể trao tổng cộng 1.200 suất quà cho người có uy tín, hộ nghèo ở 12 huyện, thành phố.
K'Thuận
Tin liên quan
- Đam Rông gặp mặt 60 người có uy tín (10/01/2020)
- Di Linh: tổng kết công tác dân vận năm 2019 (27/12/2019)
- Hội nghị đối thoại với đồng bào Chu Ru xã Ka Đơn (12/12/2019)
""", "2020-01-17", "Ấm áp Tết vùng đồng bào K'Ho, Chu Ru",
E("trao_qua", None, "2020-01-15"),
[P("Ka Sô Ha Liên", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Kră Jăn K'Điệp", "già làng", "người có uy tín tổ dân phố Bon Đơng 1"),
 P("Liêng Hót Ha Thu", "Bí thư Chi bộ Đưng K'Si"),
 P("Cil Mup", "Mục sư", "chức sắc Hội thánh Tin lành Việt Nam (miền Nam)"),
 P("Rơ Ông K'Bia", "Chi hội trưởng Chi hội Phụ nữ thôn Đạ Nghịt"),
 P("Touneh Ya Hoa", "người có uy tín thôn Kăn Kil"),
 P("Ya Hrưng", "HUV", "Trưởng Ban Dân vận Huyện ủy Đơn Dương")],
[Q("18 hộ", 18, "hộ"), Q("100%", 100, "%"), Q("62 hộ", 62, "hộ"), Q("93 người có uy tín", 93, "người có uy tín"),
 Q("14 căn nhà đại đoàn kết", 14, "căn nhà đại đoàn kết"), Q("145 suất quà", 145, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("92,5 triệu đồng", 92500000, "đồng"),
 Q("1.200 suất quà", 1200, "suất quà"), Q("12 huyện, thành phố", 12, "huyện, thành phố")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 30/10/2019")],
[prov("Lâm Đồng"), com("Lạc Dương"), com("Đạ Sar"), com("Tu Tra")],
["Ban Dân vận Tỉnh ủy Lâm Đồng", "Trang chủ | Hoạt động | Tin địa phương", "Ảnh: Đồng chí Ka Sô Ha Liên trao quà cho người có uy tín.",
 "Hội thánh Tin lành Việt Nam (miền Nam)", "Nghị quyết 24"],
["Thứ Sáu, 17/01/2020 - 09:12", "năm 2019", "Nghị quyết 24", "Tết Canh Tý", "Bon Đơng 1"]))
