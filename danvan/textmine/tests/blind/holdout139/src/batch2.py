from lib import *
PAGES = []

PAGES.append(page("b3299-quangnam-taphuan-2017", """
Báo Quảng Nam Online
Thời sự | Miền núi
Cập nhật: 14:05, 26/05/2017 (GMT+7)
Toàn cảnh lớp tập huấn tại huyện Nam Giang. Ảnh: ALĂNG NGƯỚC
Nâng cao năng lực cho người có uy tín vùng đồng bào Cơ Tu
(QNO) - Trong 2 ngày 24 và 25/5, Ban Dân tộc tỉnh Quảng Nam phối hợp với UBND huyện Nam Giang tổ chức lớp tập huấn, bồi dưỡng kiến thức cho người có uy tín trong đồng bào dân tộc thiểu số năm 2017. Tham gia có 86 già làng, trưởng thôn, người có uy tín ở 12 xã của hai huyện Nam Giang và Đông Giang.
Phát biểu khai mạc, ông Zơrâm Đào, Phó Trưởng Ban Dân tộc tỉnh, cho biết toàn tỉnh hiện có 615 người có uy tín; năm 2017, tỉnh bố trí khoảng 1,2 tỷ đồng để thực hiện chính sách theo Quyết định 2561/QĐ-TTg ngày 31/12/2016 của Thủ tướng Chính phủ, gồm tập huấn, tham quan học tập kinh nghiệm, thăm hỏi khi ốm đau và tặng quà dịp lễ, Tết.
Tại lớp học, các học viên được bà Alăng Thị Hoa, Trưởng phòng Tuyên truyền Ban Dân tộc tỉnh, và ông Bríu Quân, Phó Trưởng phòng Dân tộc huyện Nam Giang, truyền đạt các chuyên đề: chủ trương của Đảng về công tác dân tộc; Chương trình 30a và Chương trình 135; chính sách hỗ trợ nhà ở, đất sản xuất, nước sinh hoạt theo Quyết định 2085/QĐ-TTg; kỹ năng hòa giải ở cơ sở và vận động đồng bào xóa bỏ hủ tục trong tang ma, cưới hỏi.
Theo báo cáo của huyện Nam Giang, năm 2016 huyện đã hỗ trợ 412 hộ nghèo làm nhà, xây dựng 19 công trình nước sạch tự chảy, hỗ trợ 236 hộ chuyển đổi nghề với mức 5 triệu đồng/hộ; tỷ lệ hộ nghèo giảm còn 48,6%. Người có uy tín đã vận động bà con hiến hơn 7 ha đất để làm đường giao thông, trường học.
Già làng Bhling Mia ở thôn Pà Dấu, xã Tà Bhing, chia sẻ: "Làng mình trước đây còn làm lễ đâm trâu tốn kém, nay bà con đã bỏ dần. Đi học về, mình sẽ nói lại cho con cháu nghe, để cái chính sách đến được từng nhà". Ông Clâu Blao, trưởng thôn Đhrôồng, xã Tư, đề nghị Nhà nước hỗ trợ thêm đường ống dẫn nước về các nóc ở xa.
Bế mạc lớp học, ông Zơrâm Đào đề nghị mỗi người có uy tín sau tập huấn trở thành tuyên truyền viên tích cực ở thôn, bản; phản ánh kịp thời với chính quyền những vụ việc phức tạp. Dịp này, Ban tặng mỗi học viên 1 bộ tài liệu hỏi - đáp chính sách và 1 chiếc radio.
Kế hoạch năm 2017, Ban Dân tộc tỉnh còn tổ chức 3 lớp tương tự tại các huyện Tây Giang, Phước Sơn, Nam Trà My, với khoảng 260 học viên.
Nhiều học viên cho biết đây là lần đầu tiên được tham dự lớp tập huấn dài ngày, được nghe giải thích cặn kẽ về các chính sách mà trước đây chỉ biết qua loa phát thanh của xã. Ban tổ chức cũng dành một buổi để học viên thảo luận nhóm, xử lý các tình huống thường gặp ở thôn như tranh chấp ranh giới rẫy, tảo hôn.
ALĂNG NGƯỚC
Tin liên quan
- Tây Giang: 100% thôn có nước sinh hoạt tự chảy (20/05/2017)
- Phước Sơn cấp gạo cứu đói giáp hạt cho 1.200 khẩu (12/05/2017)
- Gặp mặt già làng tiêu biểu huyện Đông Giang (04/05/2017)
""", "2017-05-26", "Nâng cao năng lực cho người có uy tín vùng đồng bào Cơ Tu",
E("tap_huan", "2017", "2017-05-24"),
[P("Zơrâm Đào", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Alăng Thị Hoa", "Trưởng phòng Tuyên truyền Ban Dân tộc tỉnh"),
 P("Bríu Quân", "Phó Trưởng phòng Dân tộc huyện Nam Giang"),
 P("Bhling Mia", "Già làng"),
 P("Clâu Blao", "trưởng thôn Đhrôồng")],
[Q("86 già làng, trưởng thôn, người có uy tín", 86, "già làng, trưởng thôn, người có uy tín"), Q("12 xã", 12, "xã"),
 Q("615 người có uy tín", 615, "người có uy tín"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("412 hộ nghèo", 412, "hộ nghèo"), Q("19 công trình nước sạch tự chảy", 19, "công trình nước sạch tự chảy"),
 Q("236 hộ", 236, "hộ"), Q("5 triệu đồng/hộ", 5000000, "đồng"), Q("48,6%", 48.6, "%"), Q("hơn 7 ha", 7, "ha", "over"),
 Q("3 lớp", 3, "lớp"), Q("khoảng 260 học viên", 260, "học viên", "approx")],
[D("Quyết định", "2561", "QĐ-TTg", "2016-12-31", "Thủ tướng Chính phủ", "Quyết định 2561/QĐ-TTg ngày 31/12/2016 của Thủ tướng Chính phủ"),
 D("Quyết định", "2085", "QĐ-TTg", None, None, "Quyết định 2085/QĐ-TTg")],
[prov("Quảng Nam"), com("Tà Bhing"), com("Tư")],
["Báo Quảng Nam Online", "Thời sự | Miền núi", "Toàn cảnh lớp tập huấn tại huyện Nam Giang. Ảnh: ALĂNG NGƯỚC", "(QNO)",
 "Chương trình 30a", "Chương trình 135"],
["Cập nhật: 14:05, 26/05/2017 (GMT+7)", "2 ngày", "năm 2017", "năm 2016", "1 bộ tài liệu", "1 chiếc radio", "Chương trình 30a"]))

PAGES.append(page("b3300-caobang-chandung-2018", """
CAO BẰNG ĐIỆN TỬ
Trang chủ - Xã hội - Gương sáng
21.08.2018 | 10:30
Ông Nông Văn Slằn bên con đường bê tông do bà con trong xóm hiến đất làm.
Người "giữ lửa" ở xóm Nà Mò
Hơn 20 năm làm trưởng xóm, ông Nông Văn Slằn, người có uy tín xóm Nà Mò, xã Hồng Việt (huyện Hòa An) được bà con người Tày, người Nùng tin yêu gọi là "người giữ lửa". Xóm có 96 hộ, trước đây hơn nửa số hộ thuộc diện nghèo, thiếu nước sinh hoạt quanh năm.
Năm 2016, khi huyện triển khai dự án nước sinh hoạt tập trung theo Chương trình 135, ông Slằn là người đầu tiên hiến 300 m2 đất vườn để làm bể chứa. Noi theo ông, 14 hộ khác cũng hiến đất làm tuyến ống dài khoảng 3,5 km. Công trình có tổng vốn 1,85 tỷ đồng, trong đó nhân dân đóng góp hơn 240 triệu đồng và trên 900 ngày công; nay cả 96 hộ đều có nước sạch.
Bà Hoàng Thị Lả, Chủ tịch UBND xã Hồng Việt, cho biết: nhờ ông Slằn vận động, xóm Nà Mò là nơi đầu tiên trong xã không còn nhà tạm. Giai đoạn 2016-2018, xóm có 11 hộ được hỗ trợ làm nhà theo Quyết định 33/2015/QĐ-TTg của Thủ tướng Chính phủ, mỗi hộ được vay 25 triệu đồng; ông vận động con cháu, họ hàng góp ngày công để các gia đình dựng nhà kịp trước mùa mưa. Tỷ lệ hộ nghèo của xóm nay giảm còn 17%.
Không chỉ lo việc xóm, ông Slằn còn tham gia hòa giải. Năm 2017, ông cùng tổ hòa giải giải quyết thành 4 vụ tranh chấp đất đai giữa các hộ, không để phát sinh đơn thư vượt cấp. Ông cũng vận động bà con bỏ tục cúng bái kéo dài khi có người ốm, đưa người bệnh đến trạm y tế.
Theo ông Lương Văn Thẳng, Phó Trưởng Ban Dân tộc tỉnh Cao Bằng, toàn tỉnh hiện có 2.718 người có uy tín. Thực hiện Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, tỉnh đã tổ chức rà soát, công nhận lại; mỗi người có uy tín được hỗ trợ thăm hỏi, tặng quà không quá 500.000 đồng/người/năm. Ông Slằn là 1 trong 30 người có uy tín tiêu biểu của tỉnh được Ban Dân tộc tỉnh đề nghị Ủy ban Dân tộc tặng Bằng khen năm nay.
"Mình già rồi, còn sức thì còn làm. Bà con tin thì mình phải làm cho đến nơi đến chốn", ông Slằn nói, tay chỉ về phía những nếp nhà sàn mới lợp ngói đỏ.
Những ngày cuối tuần, nhà ông Slằn thường đông người đến hỏi chuyện: khi thì hỏi cách làm hồ sơ vay vốn, khi thì nhờ ông nói giúp với xã về việc cấp giấy chứng nhận quyền sử dụng đất. Ông đều ghi chép cẩn thận vào cuốn sổ nhỏ, rồi mang lên xã hỏi cán bộ chuyên môn, xong lại về trả lời bà con. Với ông, việc của xóm không có việc nào là nhỏ, chỉ cần bà con đồng lòng thì việc khó mấy cũng làm được.
Bài, ảnh: Bế Lan
Chia sẻ: Facebook | Zalo
Tin liên quan
- Trùng Khánh: xóa nhà tạm cho 62 hộ nghèo (15/08/2018)
- Hội nghị triển khai Quyết định 12/2018/QĐ-TTg (02/08/2018)
- Bảo Lạc: tặng 200 con bò giống (20/07/2018)
""", "2018-08-21", 'Người "giữ lửa" ở xóm Nà Mò',
E("khac", None, None),
[P("Nông Văn Slằn", "người có uy tín xóm Nà Mò", "trưởng xóm"),
 P("Hoàng Thị Lả", "Chủ tịch UBND xã Hồng Việt"),
 P("Lương Văn Thẳng", "Phó Trưởng Ban Dân tộc tỉnh Cao Bằng")],
[Q("96 hộ", 96, "hộ"), Q("300 m2", 300, "m2"), Q("14 hộ", 14, "hộ"), Q("khoảng 3,5 km", 3.5, "km", "approx"),
 Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("hơn 240 triệu đồng", 240000000, "đồng", "over"), Q("trên 900 ngày công", 900, "ngày công", "over"),
 Q("11 hộ", 11, "hộ"), Q("25 triệu đồng", 25000000, "đồng"), Q("17%", 17, "%"), Q("4 vụ tranh chấp đất đai", 4, "vụ tranh chấp đất đai"),
 Q("2.718 người có uy tín", 2718, "người có uy tín"), Q("500.000 đồng/người/năm", 500000, "đồng"),
 Q("30 người có uy tín tiêu biểu", 30, "người có uy tín tiêu biểu")],
[D("Quyết định", "33", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 33/2015/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ")],
[prov("Cao Bằng"), com("Hồng Việt")],
["CAO BẰNG ĐIỆN TỬ", "Trang chủ - Xã hội - Gương sáng",
 "Ông Nông Văn Slằn bên con đường bê tông do bà con trong xóm hiến đất làm.", "Chương trình 135", "Chia sẻ: Facebook | Zalo", "Ủy ban Dân tộc"],
["21.08.2018 | 10:30", "Hơn 20 năm", "2016-2018", "Chương trình 135", "1 trong 30", "Năm 2017", "Năm 2016"]))

PAGES.append(page("b3301-laocai-daihoi-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁT XÁT - TỈNH LÀO CAI
You are here: Trang chủ / Tin tức - Sự kiện / Tin hoạt động
Thứ Năm, 16/05/2019
Bát Xát: Đại hội đại biểu các dân tộc thiểu số lần thứ III
Ngày 15/5/2019, huyện Bát Xát long trọng tổ chức Đại hội đại biểu các dân tộc thiểu số huyện lần thứ III, năm 2019. Về dự có 250 đại biểu chính thức đại diện cho gần 60.000 đồng bào 13 dân tộc thiểu số trong huyện. Đoàn Chủ tịch gồm 9 đồng chí.
Đồng chí Giàng Seo Vần, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh dự và phát biểu chỉ đạo đại hội. Về phía huyện có đồng chí Chảo Láo Tả, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện; các đồng chí Phó Chủ tịch UBND huyện: Vàng Thị Mỷ, Chu Lù Xá.
Báo cáo tại đại hội cho biết, giai đoạn 2014 - 2019, tổng vốn đầu tư trên địa bàn huyện hơn 1.200 tỷ đồng, trong đó vốn Chương trình 135 và Chương trình 30a chiếm khoảng 35%. Huyện đã hỗ trợ 1.870 hộ làm nhà ở, 3.400 hộ được hỗ trợ nước sinh hoạt phân tán, 640 hộ được hỗ trợ chuyển đổi nghề theo Quyết định 755/QĐ-TTg; xây dựng 48 công trình nước sinh hoạt tập trung. Tỷ lệ hộ nghèo giảm từ 44,5% năm 2014 xuống còn 21,3% năm 2018; 100% xã có đường ô tô đến trung tâm.
Công tác bảo tồn văn hóa được chú trọng: huyện có 26 đội văn nghệ quần chúng, lễ hội Gầu Tào của người Mông và lễ cúng rừng của người Hà Nhì được khôi phục. Chính sách đối với người có uy tín theo Quyết định số 12/2018/QĐ-TTg được thực hiện đầy đủ cho 164 người.
Tham luận tại đại hội, ông Sùng A Chang, người có uy tín thôn Phìn Ngan, xã Phìn Ngan, chia sẻ kinh nghiệm vận động bà con người Mông trồng thảo quả dưới tán rừng; bà Tẩn Thị Sểnh, Chủ tịch Hội Liên hiệp Phụ nữ xã Y Tý, nói về mô hình phụ nữ Dao đỏ làm du lịch cộng đồng.
Thực hiện Chỉ thị số 14/CT-TTg ngày 12/6/2018 của Thủ tướng Chính phủ và Kế hoạch số 75/KH-UBND của UBND huyện, đại hội đã hiệp thương cử 52 đại biểu chính thức đi dự Đại hội đại biểu các dân tộc thiểu số tỉnh Lào Cai lần thứ III. Dịp này, UBND huyện tặng giấy khen cho 25 tập thể và 40 cá nhân tiêu biểu trong sự nghiệp xây dựng, phát triển huyện giai đoạn 2014 - 2019.
Phát biểu chỉ đạo, đồng chí Giàng Seo Vần đề nghị huyện tiếp tục phát huy vai trò của người có uy tín, tập trung giảm nghèo bền vững, không để đồng bào thiếu đất sản xuất, thiếu nước sinh hoạt; đấu tranh với các hoạt động truyền đạo trái pháp luật ở khu vực biên giới.
Đại hội đã thông qua bản cam kết thi đua với 5 nội dung và biểu dương khẩu hiệu "Các dân tộc Bát Xát đoàn kết, sáng tạo, phát huy tiềm năng, hội nhập và phát triển".
Đức Tùng - Trung tâm VH-TT huyện
Số người truy cập: 1.045.776
Tin khác
- Y Tý: hỗ trợ 300 bồn nước cho hộ nghèo (10/05/2019)
- Hội nghị người có uy tín huyện Bát Xát năm 2019 (02/05/2019)
- Bát Xát khánh thành 5 công trình nước sinh hoạt (25/04/2019)
""", "2019-05-16", "Bát Xát: Đại hội đại biểu các dân tộc thiểu số lần thứ III",
E("dai_hoi", "2019", "2019-05-15"),
[P("Giàng Seo Vần", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
 P("Chảo Láo Tả", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Vàng Thị Mỷ", "Phó Chủ tịch UBND huyện"),
 P("Chu Lù Xá", "Phó Chủ tịch UBND huyện"),
 P("Sùng A Chang", "người có uy tín thôn Phìn Ngan"),
 P("Tẩn Thị Sểnh", "Chủ tịch Hội Liên hiệp Phụ nữ xã Y Tý")],
[Q("250 đại biểu chính thức", 250, "đại biểu chính thức"), Q("gần 60.000 đồng bào", 60000, "đồng bào", "approx"),
 Q("13 dân tộc thiểu số", 13, "dân tộc thiểu số"), Q("9 đồng chí", 9, "đồng chí"),
 Q("hơn 1.200 tỷ đồng", 1200000000000, "đồng", "over"), Q("khoảng 35%", 35, "%", "approx"), Q("1.870 hộ", 1870, "hộ"),
 Q("3.400 hộ", 3400, "hộ"), Q("640 hộ", 640, "hộ"), Q("48 công trình nước sinh hoạt tập trung", 48, "công trình nước sinh hoạt tập trung"),
 Q("44,5%", 44.5, "%"), Q("21,3%", 21.3, "%"), Q("100% xã", 100, "%"), Q("26 đội văn nghệ quần chúng", 26, "đội văn nghệ quần chúng"),
 Q("164 người", 164, "người"), Q("52 đại biểu chính thức", 52, "đại biểu chính thức"), Q("25 tập thể", 25, "tập thể"),
 Q("40 cá nhân tiêu biểu", 40, "cá nhân tiêu biểu"), Q("5 nội dung", 5, "nội dung")],
[D("Quyết định", "755", "QĐ-TTg", None, None, "Quyết định 755/QĐ-TTg"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, None, "Quyết định số 12/2018/QĐ-TTg"),
 D("Chỉ thị", "14", "CT-TTg", "2018-06-12", "Thủ tướng Chính phủ", "Chỉ thị số 14/CT-TTg ngày 12/6/2018 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "75", "KH-UBND", None, "UBND huyện", "Kế hoạch số 75/KH-UBND của UBND huyện")],
[prov("Lào Cai"), com("Phìn Ngan"), com("Y Tý")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁT XÁT - TỈNH LÀO CAI", "You are here: Trang chủ / Tin tức - Sự kiện / Tin hoạt động",
 "Chương trình 135", "Chương trình 30a", "Gầu Tào", "Các dân tộc Bát Xát đoàn kết, sáng tạo, phát huy tiềm năng, hội nhập và phát triển",
 "Số người truy cập: 1.045.776"],
["Thứ Năm, 16/05/2019", "9 đồng chí", "lần thứ III", "2014 - 2019", "năm 2014", "năm 2018", "Số người truy cập: 1.045.776"]))

PAGES.append(page("b3302-daklak-bdt-tongket-2019", """
Ban Dân tộc tỉnh Đắk Lắk - Cổng thông tin điện tử
Bạn đang ở: Trang chủ > Tin tức > Hoạt động của Ban
2019-12-27 17:10
Đắk Lắk: Hơn 8.000 hộ đồng bào dân tộc thiểu số được hỗ trợ nước sinh hoạt
Ngày 26/12/2019, Ban Dân tộc tỉnh tổ chức hội nghị tổng kết công tác dân tộc năm 2019, triển khai nhiệm vụ năm 2020. Bà H'Bia Êban, Trưởng Ban Dân tộc tỉnh chủ trì. Năm qua, hơn 8.000 hộ đồng bào dân tộc thiểu số trên địa bàn tỉnh đã được hỗ trợ nước sinh hoạt phân tán, góp phần cải thiện đời sống ở các buôn vùng sâu.
Ảnh: Bà H'Bia Êban phát biểu kết luận hội nghị
Theo báo cáo của Ban, năm 2019 tỉnh được phân bổ hơn 176 tỷ đồng vốn Chương trình 135 cho 45 xã đặc biệt khó khăn và 174 buôn, thôn đặc biệt khó khăn; giải ngân đạt 92,7%. Thực hiện Quyết định 2085, 2086/QĐ-TTg của Thủ tướng Chính phủ, tỉnh đã hỗ trợ đất ở cho 312 hộ, hỗ trợ chuyển đổi nghề cho 1.450 hộ, cho vay vốn phát triển sản xuất 2.016 hộ với tổng dư nợ khoảng 98 tỷ đồng. Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm 4,1% so với năm 2018.
Đối với người có uy tín, toàn tỉnh có 2.381 người; năm 2019 đã tổ chức thăm hỏi, tặng quà, hỗ trợ khi ốm đau với tổng kinh phí khoảng 1,9 tỷ đồng. Người có uy tín đã tham gia giải quyết 215 vụ việc tranh chấp đất đai, vận động 37 hộ trở về buôn làm ăn ổn định.
Tại hội nghị, ông Y Wang Mlô, Phó Trưởng ban - Chánh Văn phòng Ban Dân tộc tỉnh, báo cáo đã tham mưu UBND tỉnh ban hành Kế hoạch số 11207/KH-UBND ngày 15/11/2019 của UBND tỉnh xây dựng Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số giai đoạn 2021 - 2030. Ông Hoàng Văn Páo, Trưởng phòng Dân tộc huyện Ea Súp, phản ánh huyện còn khoảng 1.300 hộ đồng bào Tày, Nùng, Dao di cư tự do chưa có đất sản xuất. Ông Y Sơn Byă, người có uy tín buôn Kô Siêr, phường Tân Lợi (TP Buôn Ma Thuột), kiến nghị tăng mức hỗ trợ đối với người có uy tín ở các buôn nội thành.
Phát biểu kết luận, bà H'Bia Êban yêu cầu năm 2020 các phòng tập trung hoàn thành điều tra, thu thập thông tin về thực trạng kinh tế - xã hội của 53 dân tộc thiểu số; tổ chức thành công Đại hội đại biểu các dân tộc thiểu số cấp huyện, cấp tỉnh; tăng cường kiểm tra việc quản lý, sử dụng các công trình nước sinh hoạt sau đầu tư. Theo kế hoạch, năm 2020 tỉnh tiếp tục hỗ trợ khoảng 3.500 hộ về nước sinh hoạt.
Dịp này, Trưởng Ban Dân tộc tỉnh tặng giấy khen cho 8 tập thể, 21 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2019.
Bài, ảnh: H'Xíu
Tin liên quan
- Krông Bông: bàn giao 30 căn nhà cho hộ nghèo (20/12/2019)
- Lắk: gặp mặt người có uy tín nhân dịp Tết Độc lập (03/09/2019)
- Tập huấn nghiệp vụ công tác dân tộc cho cán bộ cấp xã (21/08/2019)
""", "2019-12-27", "Đắk Lắk: Hơn 8.000 hộ đồng bào dân tộc thiểu số được hỗ trợ nước sinh hoạt",
E("tong_ket", "2019", "2019-12-26"),
[P("H'Bia Êban", "Trưởng Ban Dân tộc tỉnh"),
 P("Y Wang Mlô", "Phó Trưởng ban - Chánh Văn phòng Ban Dân tộc tỉnh"),
 P("Hoàng Văn Páo", "Trưởng phòng Dân tộc huyện Ea Súp"),
 P("Y Sơn Byă", "người có uy tín buôn Kô Siêr")],
[Q("Hơn 8.000 hộ đồng bào dân tộc thiểu số", 8000, "hộ đồng bào dân tộc thiểu số", "over"),
 Q("hơn 176 tỷ đồng", 176000000000, "đồng", "over"), Q("45 xã đặc biệt khó khăn", 45, "xã đặc biệt khó khăn"),
 Q("174 buôn, thôn đặc biệt khó khăn", 174, "buôn, thôn đặc biệt khó khăn"), Q("92,7%", 92.7, "%"), Q("312 hộ", 312, "hộ"),
 Q("1.450 hộ", 1450, "hộ"), Q("2.016 hộ", 2016, "hộ"), Q("khoảng 98 tỷ đồng", 98000000000, "đồng", "approx"), Q("4,1%", 4.1, "%"),
 Q("2.381 người", 2381, "người"), Q("khoảng 1,9 tỷ đồng", 1900000000, "đồng", "approx"),
 Q("215 vụ việc tranh chấp đất đai", 215, "vụ việc tranh chấp đất đai"), Q("37 hộ", 37, "hộ"),
 Q("khoảng 1.300 hộ đồng bào Tày, Nùng, Dao di cư tự do", 1300, "hộ đồng bào Tày, Nùng, Dao di cư tự do", "approx"),
 Q("53 dân tộc thiểu số", 53, "dân tộc thiểu số"), Q("khoảng 3.500 hộ", 3500, "hộ", "approx"), Q("8 tập thể", 8, "tập thể"), Q("21 cá nhân", 21, "cá nhân")],
[D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 2085, 2086/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Quyết định", "2086", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 2085, 2086/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Kế hoạch", "11207", "KH-UBND", "2019-11-15", "UBND tỉnh", "Kế hoạch số 11207/KH-UBND ngày 15/11/2019 của UBND tỉnh")],
[prov("Đắk Lắk"), com("Tân Lợi")],
["Ban Dân tộc tỉnh Đắk Lắk - Cổng thông tin điện tử", "Bạn đang ở: Trang chủ > Tin tức > Hoạt động của Ban",
 "Ảnh: Bà H'Bia Êban phát biểu kết luận hội nghị", "Chương trình 135",
 "Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số giai đoạn 2021 - 2030"],
["2019-12-27 17:10", "năm 2019", "năm 2020", "năm 2018", "2021 - 2030"]))

PAGES.append(page("b3303-ninhthuan-bdt-soket-2020", """
Báo Ninh Thuận điện tử
Chính trị › Dân tộc - Tôn giáo
Cập nhật: 16:40 - 10/07/2020
Ban Dân tộc tỉnh: Sơ kết công tác 6 tháng đầu năm
Sáng 9-7, Ban Dân tộc tỉnh tổ chức hội nghị sơ kết công tác dân tộc 6 tháng đầu năm 2020 và triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Quảng Văn Sang, Trưởng Ban Dân tộc tỉnh chủ trì hội nghị.
Quang cảnh hội nghị. Ảnh: Văn Nỷ
Theo báo cáo, 6 tháng đầu năm, dù chịu ảnh hưởng của dịch Covid-19 và hạn hán kéo dài, Ban đã phối hợp với các địa phương kịp thời cấp 386 tấn gạo cứu đói cho 25.700 khẩu thiếu lương thực, hỗ trợ nước sinh hoạt bằng xe bồn cho khoảng 4.200 hộ đồng bào Raglai, Chăm ở các huyện Bác Ái, Thuận Bắc, Ninh Phước. Vốn Chương trình 135 năm 2020 được giao 52,3 tỷ đồng, đến ngày 30/6 đã giải ngân 41,8%.
Thực hiện Nghị quyết 88/2019/QH14 và Nghị quyết 120/2020/QH14 ngày 19/6/2020 của Quốc hội, Ban đã chủ động rà soát, xây dựng dữ liệu về hộ thiếu đất ở, đất sản xuất, nhà ở và nước sinh hoạt để chuẩn bị thực hiện Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025. Kết quả rà soát bước đầu: toàn tỉnh có 1.146 hộ thiếu đất ở, 2.871 hộ thiếu đất sản xuất, khoảng 3.900 hộ thiếu nước sinh hoạt; hơn 620 căn nhà tạm cần hỗ trợ xây mới.
Chính sách đối với người có uy tín được thực hiện đầy đủ: 428 người có uy tín được cấp báo, thăm hỏi dịp Tết Nguyên đán và lễ Ramưwan với tổng kinh phí 325 triệu đồng. Hội nghị Đại hội đại biểu các dân tộc thiểu số tỉnh lần thứ III đã được tổ chức thành công ngày 15/1/2020 theo Kế hoạch số 5612/KH-UBND.
Tại hội nghị, bà Pinăng Thị Thơm, Phó Trưởng Ban Dân tộc tỉnh, đề nghị các phòng đẩy nhanh thẩm định 14 dự án hỗ trợ phát triển sản xuất; ông Châu Văn Đạo, Trưởng phòng Dân tộc huyện Ninh Phước, nêu khó khăn trong thực hiện Quyết định 2085/QĐ-TTg do nhiều hộ Chăm ở xã Phước Hải không đủ điều kiện vay vốn. Ông Katơr Lâm, Phó Chủ tịch UBND xã Phước Bình (huyện Bác Ái), đề nghị sớm khoan thêm giếng cho các thôn Gia É, Bố Lang.
Kết luận hội nghị, đồng chí Quảng Văn Sang đề nghị 6 tháng cuối năm tập trung hoàn thành Đề án tổng thể của tỉnh, chuẩn bị điều kiện thực hiện Quyết định 1719/QĐ-TTg khi được ban hành; chú trọng nắm tình hình trong các chức sắc, chức việc tôn giáo Bàni, Bàlamôn; tham mưu tổ chức hội nghị biểu dương người có uy tín vào quý IV.
Thanh Hải
Lượt xem: 2.358
TIN CÙNG CHUYÊN MỤC
- Bác Ái: cấp 120 bồn chứa nước cho hộ nghèo (06/07/2020)
- Phát huy vai trò người có uy tín trong phòng, chống dịch (25/06/2020)
- Trao 50 suất học bổng cho học sinh Chăm, Raglai (12/06/2020)
- Thuận Nam: hỗ trợ bò giống cho đồng bào dân tộc thiểu số (05/06/2020)
""", "2020-07-10", "Ban Dân tộc tỉnh: Sơ kết công tác 6 tháng đầu năm",
E("so_ket", "2020-H1", "2020-07-09"),
[P("Quảng Văn Sang", "Trưởng Ban Dân tộc tỉnh"),
 P("Pinăng Thị Thơm", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Châu Văn Đạo", "Trưởng phòng Dân tộc huyện Ninh Phước"),
 P("Katơr Lâm", "Phó Chủ tịch UBND xã Phước Bình")],
[Q("386 tấn gạo", 386, "tấn"), Q("25.700 khẩu", 25700, "khẩu"), Q("khoảng 4.200 hộ đồng bào Raglai, Chăm", 4200, "hộ đồng bào Raglai, Chăm", "approx"),
 Q("52,3 tỷ đồng", 52300000000, "đồng"), Q("41,8%", 41.8, "%"), Q("1.146 hộ", 1146, "hộ"), Q("2.871 hộ", 2871, "hộ"),
 Q("khoảng 3.900 hộ", 3900, "hộ", "approx"), Q("hơn 620 căn nhà tạm", 620, "căn nhà tạm", "over"),
 Q("428 người có uy tín", 428, "người có uy tín"), Q("325 triệu đồng", 325000000, "đồng"),
 Q("14 dự án hỗ trợ phát triển sản xuất", 14, "dự án hỗ trợ phát triển sản xuất")],
[D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết 88/2019/QH14"),
 D("Nghị quyết", "120", "2020/QH14", "2020-06-19", "Quốc hội", "Nghị quyết 120/2020/QH14 ngày 19/6/2020 của Quốc hội"),
 D("Kế hoạch", "5612", "KH-UBND", None, None, "Kế hoạch số 5612/KH-UBND"),
 D("Quyết định", "2085", "QĐ-TTg", None, None, "Quyết định 2085/QĐ-TTg"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg")],
[prov("Ninh Thuận"), com("Phước Hải"), com("Phước Bình")],
["Báo Ninh Thuận điện tử", "Chính trị › Dân tộc - Tôn giáo", "Quang cảnh hội nghị. Ảnh: Văn Nỷ", "Chương trình 135",
 "Chương trình mục tiêu quốc gia", "Ramưwan", "Bàni", "Bàlamôn", "Lượt xem: 2.358"],
["Cập nhật: 16:40 - 10/07/2020", "6 tháng đầu năm 2020", "6 tháng cuối năm", "Covid-19", "30/6", "2021 - 2025", "lần thứ III", "15/1/2020", "quý IV", "Lượt xem: 2.358"]))

PAGES.append(page("b3304-travinh-doithoai-2020", """
TRÀ VINH ONLINE
Trang chủ | Thời sự | Dân tộc - Miền núi
Thứ Bảy, 26/9/2020 - 08:00
Ông Kim Ngọc Thái phát biểu tại buổi đối thoại.
Trà Cú: Đối thoại với người có uy tín về đất sản xuất và nhà ở
Ngày 25/9, UBND huyện Trà Cú tổ chức buổi đối thoại giữa người đứng đầu cấp ủy, chính quyền với người có uy tín, chức sắc trong đồng bào Khmer năm 2020. Ông Kim Ngọc Thái, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì. Dự có ông Thạch Sô Phanh, Phó Trưởng Ban Dân tộc tỉnh, cùng 112 người có uy tín, 35 vị sư cả, Achar các chùa trên địa bàn huyện.
Tại buổi đối thoại, có 27 ý kiến được nêu ra, tập trung vào chính sách hỗ trợ đất sản xuất, nhà ở, nước sinh hoạt và vay vốn. Ông Sơn Ngọc Hoàng, người có uy tín ấp Leng, xã Ngãi Xuyên, phản ánh ấp còn 46 hộ không có đất sản xuất, đề nghị được hỗ trợ học nghề và vay vốn buôn bán nhỏ. Ông Thạch Phum, Achar chùa Ô Chích, xã Tập Sơn, kiến nghị sửa chữa 2 tuyến đường dẫn vào chùa bị xuống cấp. Bà Kiên Thị Sa Phia, người có uy tín ấp Chợ, xã Kim Sơn, hỏi về tiến độ cấp nước sạch cho khoảng 200 hộ ở cuối tuyến ống.
Trả lời các ý kiến, các ông Trần Văn Lực, Dương Hoàng Nghĩa - Phó Chủ tịch UBND huyện cho biết: năm 2020, huyện đã hỗ trợ 215 hộ đồng bào Khmer nghèo làm nhà ở theo Quyết định 2085/QĐ-TTg, với mức vay 40 triệu đồng/hộ; hỗ trợ 163 hộ chuyển đổi nghề; thực hiện Nghị quyết 12/NQ-CP của Chính phủ, huyện đang rà soát để đưa vào kế hoạch giai đoạn 2021 - 2025 khoảng 1.100 hộ thiếu đất. Công ty cấp nước cam kết hoàn thành tuyến ống xã Kim Sơn trước Tết Nguyên đán.
Ông Kim Ngọc Thái ghi nhận 19 ý kiến được trả lời trực tiếp tại buổi đối thoại; 8 ý kiến còn lại được giao cho các phòng, ban chuyên môn xem xét, trả lời bằng văn bản trong 15 ngày. Ông đề nghị các vị sư, Achar và người có uy tín tiếp tục tuyên truyền bà con không nghe theo đối tượng xấu kích động, thực hiện tốt phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa".
Theo ông Thạch Sô Phanh, toàn tỉnh Trà Vinh hiện có 523 người có uy tín trong đồng bào Khmer. Thực hiện Kế hoạch số 36/KH-UBND ngày 20/7/2020 của UBND tỉnh, các huyện, thị xã sẽ tổ chức đối thoại với người có uy tín ít nhất 1 lần mỗi năm.
Dịp này, UBND huyện trao 30 phần quà cho người có uy tín có hoàn cảnh khó khăn, mỗi phần gồm 500.000 đồng tiền mặt và nhu yếu phẩm.
Sau buổi đối thoại, nhiều vị có uy tín bày tỏ phấn khởi vì các kiến nghị được lãnh đạo huyện lắng nghe, trả lời thẳng thắn, cụ thể. Ông Sơn Ngọc Hoàng cho biết sẽ về ấp họp dân, thông tin lại những nội dung đã được giải đáp, nhất là việc đăng ký học nghề, để bà con yên tâm làm ăn.
Thạch Phương
Bài viết liên quan
- Cầu Ngang: hỗ trợ 60 bồn chứa nước cho hộ Khmer nghèo (18/09/2020)
- Tỉnh Trà Vinh có 523 người có uy tín (10/09/2020)
- Duyên Hải: bàn giao nhà đại đoàn kết (02/09/2020)
""", "2020-09-26", "Trà Cú: Đối thoại với người có uy tín về đất sản xuất và nhà ở",
E("doi_thoai", "2020", "2020-09-25"),
[P("Kim Ngọc Thái", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Thạch Sô Phanh", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Sơn Ngọc Hoàng", "người có uy tín ấp Leng"),
 P("Thạch Phum", "Achar chùa Ô Chích"),
 P("Kiên Thị Sa Phia", "người có uy tín ấp Chợ"),
 P("Trần Văn Lực", "Phó Chủ tịch UBND huyện"),
 P("Dương Hoàng Nghĩa", "Phó Chủ tịch UBND huyện")],
[Q("112 người có uy tín", 112, "người có uy tín"), Q("35 vị sư cả, Achar", 35, "vị sư cả, Achar"), Q("27 ý kiến", 27, "ý kiến"),
 Q("46 hộ", 46, "hộ"), Q("2 tuyến đường", 2, "tuyến đường"), Q("khoảng 200 hộ", 200, "hộ", "approx"),
 Q("215 hộ đồng bào Khmer nghèo", 215, "hộ đồng bào Khmer nghèo"), Q("40 triệu đồng/hộ", 40000000, "đồng"), Q("163 hộ", 163, "hộ"),
 Q("khoảng 1.100 hộ", 1100, "hộ", "approx"), Q("19 ý kiến", 19, "ý kiến"), Q("8 ý kiến", 8, "ý kiến"),
 Q("523 người có uy tín", 523, "người có uy tín"), Q("30 phần quà", 30, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "2085", "QĐ-TTg", None, None, "Quyết định 2085/QĐ-TTg"),
 D("Nghị quyết", "12", "NQ-CP", None, "Chính phủ", "Nghị quyết 12/NQ-CP của Chính phủ"),
 D("Kế hoạch", "36", "KH-UBND", "2020-07-20", "UBND tỉnh", "Kế hoạch số 36/KH-UBND ngày 20/7/2020 của UBND tỉnh")],
[prov("Trà Vinh"), com("Ngãi Xuyên"), com("Tập Sơn"), com("Kim Sơn")],
["TRÀ VINH ONLINE", "Trang chủ | Thời sự | Dân tộc - Miền núi", "Ông Kim Ngọc Thái phát biểu tại buổi đối thoại.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa"],
["Thứ Bảy, 26/9/2020 - 08:00", "năm 2020", "15 ngày", "1 lần", "2021 - 2025"]))
